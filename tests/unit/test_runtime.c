/* The sandbox runtime on this machine: real namespaces (needs root; skipped otherwise). */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "local/runtime.h"
#include "local/server.h"
#include "util/err.h"

static char dir[64];
static struct local *L;

static void setup(void)
{
	if (geteuid() != 0)
		cr_skip_test("the runtime needs root to create namespaces");
	snprintf(dir, sizeof(dir), "/tmp/byoc-rt-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	struct local_options o = { 0 };
	o.state_dir = dir;
	o.api_key = "k";
	o.listen_host = "127.0.0.1";
	cr_assert_eq(local_new(&o, &L), 0, "%s", byoc_errmsg());
}

static void teardown(void)
{
	if (!L)
		return;
	runtime_shutdown(L);
	local_free(L);
	L = NULL;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

/* A sandbox doc and its files, started. */
static json_t *boot(const char *id, bool block_net)
{
	json_t *doc = json_pack("{s:s, s:s, s:b, s:{s:s}}", "id", id, "snapshot", "snap-rt", "networkBlockAll",
				block_net, "env", "FROM_SANDBOX", "sbx");
	cr_assert_eq(runtime_prepare(L, id, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(runtime_start(L, id, doc), 0, "%s", byoc_errmsg());
	cr_assert(runtime_running(L, id));
	return doc;
}

/* Runs script in sandbox id; returns the exit code, output in out (static). */
static int sh(const char *id, json_t *doc, const char *script, unsigned timeout, const char *cwd,
	      const char *const *envs, const char **out)
{
	static char text[65536];
	const char *argv[] = { "/bin/bash", NULL };
	struct rt_cmd c = { .argv = argv, .input = script, .input_len = strlen(script), .timeout_s = timeout,
			    .cwd = cwd, .envs = envs };
	struct rt_result r;
	int rc = runtime_run(L, id, doc, &c, &r);
	snprintf(text, sizeof(text), "%s", r.output.data);
	buf_release(&r.output);
	if (out)
		*out = text;
	if (rc < 0)
		return -1000 + rc;
	return r.timed_out ? -999 : r.exit_code;
}

TestSuite(runtime, .init = setup, .fini = teardown, .timeout = 60);

Test(runtime, runs_as_daytona_uid_1000_never_host_root)
{
	json_t *doc = boot("sbx-a", false);
	const char *out;
	cr_assert_eq(sh("sbx-a", doc, "id -u; id -un; id -g; echo $HOME; pwd; hostname; grep -E '^(Uid|CapEff)' /proc/self/status", 0,
			NULL, NULL, &out), 0);
	char want[512];
	snprintf(want, sizeof(want), "1000\ndaytona\n1000\n/home/daytona\n/home/daytona\nsbx-a\nUid:\t1000\t1000\t1000\t1000\n"
		 "CapEff:\t0000000000000000\n");
	cr_assert_str_eq(out, want);
	/* The user namespace maps 1000 to an unprivileged host uid, not to root. */
	cr_assert_eq(sh("sbx-a", doc, "cat /proc/self/uid_map", 0, NULL, NULL, &out), 0);
	unsigned in, host, n;
	cr_assert_eq(sscanf(out, "%u %u %u", &in, &host, &n), 3);
	cr_assert_eq(in, 1000u);
	cr_assert_eq(host, (unsigned)runtime_host_uid("sbx-a"));
	cr_assert_neq(host, 0u);
	json_decref(doc);
}

Test(runtime, exit_codes_order_stdin_script_and_cap)
{
	json_t *doc = boot("sbx-b", false);
	const char *out;
	cr_assert_eq(sh("sbx-b", doc, "exit 7", 0, NULL, NULL, NULL), 7);
	cr_assert_eq(sh("sbx-b", doc, "true", 0, NULL, NULL, NULL), 0);
	cr_assert_eq(sh("sbx-b", doc, "kill -9 $$", 0, NULL, NULL, NULL), -1);
	cr_assert_eq(sh("sbx-b", doc, "echo a; echo b >&2; echo c", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "a\nb\nc\n", "stdout and stderr interleave in order");
	/* The command is a script on stdin: a multi-line one with a here-doc. */
	cr_assert_eq(sh("sbx-b", doc, "x=1\ncat <<EOT\nv=$x\nEOT\n", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "v=1\n");
	const char *argv[] = { "/bin/bash", NULL };
	const char *script = "head -c 100000 /dev/zero | tr '\\0' x";
	struct rt_cmd c = { .argv = argv, .input = script, .input_len = strlen(script), .max_output = 1000 };
	struct rt_result r;
	cr_assert_eq(runtime_run(L, "sbx-b", doc, &c, &r), 0);
	cr_assert_eq(r.output.len, 1000u);
	cr_assert(r.truncated);
	cr_assert_eq(r.exit_code, 0);
	buf_release(&r.output);
	json_decref(doc);
}

Test(runtime, envs_image_env_and_cwd)
{
	/* The snapshot's recorded image env and WORKDIR, as the snapshot build stores them. */
	json_t *snap = json_pack("{s:s, s:s, s:{s:s, s:s}, s:s}", "id", "7b1c0a3e-0000-4000-8000-000000000001", "name",
				 "snap-rt", "_env", "FROM_IMAGE", "img", "FROM_SANDBOX", "img", "_workdir", "/srv/app");
	local_lock(L);
	cr_assert_eq(store_put(L, "snapshots", "7b1c0a3e-0000-4000-8000-000000000001", snap), 0);
	local_unlock(L);
	json_t *doc = boot("sbx-c", false);
	const char *out;
	const char *envs[] = { "FROM_REQ=req", NULL };
	cr_assert_eq(sh("sbx-c", doc, "echo $FROM_IMAGE $FROM_SANDBOX $FROM_REQ; pwd; touch here && echo writable", 0, NULL,
			envs, &out), 0);
	cr_assert_str_eq(out, "img sbx req\n/srv/app\nwritable\n", "image env < sandbox env < request envs; WORKDIR");
	cr_assert_eq(sh("sbx-c", doc, "pwd", 0, "/tmp", NULL, &out), 0);
	cr_assert_str_eq(out, "/tmp\n");
	cr_assert_eq(sh("sbx-c", doc, "pwd", 0, "/does/not/exist", NULL, &out), -1);
	cr_assert(strstr(out, "/does/not/exist") != NULL, "%s", out);
	json_decref(doc);
}

Test(runtime, timeout_kills_the_group)
{
	json_t *doc = boot("sbx-d", false);
	time_t t0 = time(NULL);
	cr_assert_eq(sh("sbx-d", doc, "sleep 30 & sleep 30; echo never", 1, NULL, NULL, NULL), -999);
	cr_assert_lt(time(NULL) - t0, 5);
	const char *out;
	cr_assert_eq(sh("sbx-d", doc, "ps -eo stat=,comm= | awk '$1 !~ /^Z/ && $2 == \"sleep\"' | wc -l", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "1\n", "only the init's own sleep is left: the group died (%s)", out);
	json_decref(doc);
}

Test(runtime, background_survives_stop_kills_start_keeps_files)
{
	json_t *doc = boot("sbx-e", false);
	const char *out;
	cr_assert_eq(sh("sbx-e", doc, "setsid sleep 300 >/dev/null 2>&1 & echo $! > /home/daytona/pid; echo kept > /home/daytona/f", 0,
			NULL, NULL, NULL), 0);
	cr_assert_eq(sh("sbx-e", doc, "kill -0 $(cat /home/daytona/pid) && echo alive", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "alive\n");
	cr_assert_eq(runtime_stop(L, "sbx-e"), 0);
	cr_assert_not(runtime_running(L, "sbx-e"));
	cr_assert_eq(sh("sbx-e", doc, "true", 0, NULL, NULL, NULL), -1000 + BYOC_ECONFLICT, "a stopped sandbox runs nothing");
	cr_assert_eq(runtime_start(L, "sbx-e", doc), 0);
	/* (pids restart at 1 in the new namespace, so look for the process itself) */
	cr_assert_eq(sh("sbx-e", doc, "cat /home/daytona/f; ps -eo args= | grep -qx 'sleep 300' || echo gone", 0, NULL,
			NULL, &out), 0);
	cr_assert_str_eq(out, "kept\ngone\n");
	cr_assert_eq(runtime_destroy(L, "sbx-e"), 0);
	char path[256];
	struct stat st;
	local_sandbox_dir(L, "sbx-e", path, sizeof(path));
	cr_assert_neq(lstat(path, &st), 0, "destroy leaves nothing on disk");
	json_decref(doc);
}

Test(runtime, sandboxes_are_isolated_from_each_other_and_the_state_dir)
{
	json_t *a = boot("sbx-f", false), *b = boot("sbx-g", false);
	const char *out;
	cr_assert_eq(sh("sbx-f", a, "echo secret > /home/daytona/s; sleep 300 >/dev/null 2>&1 & echo ok", 0, NULL, NULL, NULL), 0);
	char script[512];
	snprintf(script, sizeof(script),
		 "cat /home/daytona/s 2>/dev/null || echo no-file; ls %s 2>/dev/null || echo no-state; "
		 "ps -eo comm= | grep -c '^sleep$'", dir);
	cr_assert_eq(sh("sbx-g", b, script, 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "no-file\nno-state\n1\n", "%s", out);
	/* /usr is the host's, read-only. */
	cr_assert_eq(sh("sbx-g", b, "touch /usr/x 2>&1 | grep -c Read-only", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "1\n");
	json_decref(a);
	json_decref(b);
}

Test(runtime, network_block_all_leaves_only_loopback)
{
	json_t *doc = boot("sbx-h", true);
	const char *out;
	cr_assert_eq(sh("sbx-h", doc, "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "lo\n");
	json_decref(doc);
	json_t *open_doc = boot("sbx-i", false);
	cr_assert_eq(sh("sbx-i", open_doc, "tail -n +3 /proc/net/dev | wc -l", 0, NULL, NULL, &out), 0);
	cr_assert_gt(atoi(out), 1, "the host network has more than loopback");
	json_decref(open_doc);
}

Test(runtime, snapshot_files_under_usr_layer_over_the_host_usr)
{
	/* A snapshot whose COPY put files under /usr (WORKDIR /usr/src/app, a tool in /usr/local/bin). */
	char rootfs[128], cmd[1024];
	snprintf(rootfs, sizeof(rootfs), "%s/snap-usr", dir);
	snprintf(cmd, sizeof(cmd),
		 "mkdir -p %s/usr/src/app %s/usr/local/bin && echo app-file > %s/usr/src/app/f && "
		 "printf '#!/bin/sh\\necho my-tool\\n' > %s/usr/local/bin/mytool && chmod 755 %s/usr/local/bin/mytool",
		 rootfs, rootfs, rootfs, rootfs, rootfs);
	cr_assert_eq(system(cmd), 0);
	json_t *snap = json_pack("{s:s, s:s, s:s}", "id", "7b1c0a3e-0000-4000-8000-000000000002", "name", "snap-usr",
				 "_workdir", "/usr/src/app");
	local_lock(L);
	cr_assert_eq(store_put(L, "snapshots", "7b1c0a3e-0000-4000-8000-000000000002", snap), 0);
	local_unlock(L);
	json_t *doc = json_pack("{s:s, s:s}", "id", "sbx-u", "snapshot", "snap-usr");
	cr_assert_eq(runtime_prepare(L, "sbx-u", rootfs), 0, "%s", byoc_errmsg());
	cr_assert_eq(runtime_start(L, "sbx-u", doc), 0, "%s", byoc_errmsg());
	const char *out;
	cr_assert_eq(sh("sbx-u", doc, "pwd; cat f; mytool; test -x /usr/bin/bash && echo host-usr; touch /usr/x 2>/dev/null || echo ro",
			0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "/usr/src/app\napp-file\nmy-tool\nhost-usr\nro\n");
	json_decref(doc);
	/* A WORKDIR that exists nowhere in the sandbox falls back to the home directory. */
	snap = json_pack("{s:s, s:s, s:s}", "id", "7b1c0a3e-0000-4000-8000-000000000003", "name", "snap-nowd", "_workdir",
			 "/usr/share/nothing-here");
	local_lock(L);
	cr_assert_eq(store_put(L, "snapshots", "7b1c0a3e-0000-4000-8000-000000000003", snap), 0);
	local_unlock(L);
	doc = json_pack("{s:s, s:s}", "id", "sbx-w", "snapshot", "snap-nowd");
	cr_assert_eq(runtime_prepare(L, "sbx-w", NULL), 0);
	cr_assert_eq(runtime_start(L, "sbx-w", doc), 0);
	cr_assert_eq(sh("sbx-w", doc, "pwd", 0, NULL, NULL, &out), 0);
	cr_assert_str_eq(out, "/home/daytona\n");
	json_decref(doc);
}
