/*
 * The client library (http, dt_, tbc_) against the real byoc-local, started in this
 * process on 127.0.0.1: snapshot build with followed logs (success and failure),
 * sandbox lifecycle, labels, list filters, toolbox calls, and the retry paths under
 * byoc-local's --fault injection (503, 429 with Retry-After, resets).
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/daytona.h"
#include "lib/tbclient.h"
#include "local/server.h"
#include "util/buf.h"
#include "util/err.h"

static struct local *L;
static char state[] = "/tmp/byoc-client-local.XXXXXX";

static struct dt_client *start(double build_seconds, struct local_fault *faults, size_t nfaults)
{
	struct local_options o;
	struct dt_client_opts co = { 0 };
	struct dt_client *c = NULL;

	cr_assert(mkdtemp(state));
	memset(&o, 0, sizeof(o));
	o.listen_host = "127.0.0.1";
	o.state_dir = state;
	o.api_key = "client-unit-key";
	o.org_id = "org-client";
	o.build_seconds = build_seconds;
	o.faults = faults;
	o.nfaults = nfaults;
	cr_assert_eq(local_new(&o, &L), 0, "%s", byoc_errmsg());
	cr_assert_eq(local_listen(L), 0, "%s", byoc_errmsg());
	co.api_url = local_url(L);
	co.api_key = "client-unit-key";
	co.target = "";
	co.http.backoff_base_ms = 20;
	co.http.backoff_max_ms = 200;
	co.http.retry_after_max_ms = 2000;
	co.http.max_attempts = 10;
	cr_assert_eq(dt_client_new(&co, &c), 0, "%s", byoc_errmsg());
	return c;
}

static void stop(struct dt_client *c)
{
	char cmd[300];

	dt_client_free(c);
	if (L)
		local_free(L);
	L = NULL;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", state);
	if (system(cmd) != 0)
		cr_log_warn("cannot remove %s", state);
	strcpy(state, "/tmp/byoc-client-local.XXXXXX");
}

static int logcb(void *arg, const char *p, size_t n)
{
	return buf_append(arg, p, n);
}

Test(client_local, snapshot_build_follow_success_and_failure, .timeout = 60)
{
	struct dt_client *c = start(1.5, NULL, 0);
	struct dt_snapshot_create p = { .name = "client-snap-ok",
					.dockerfile_content = "FROM python:3.12-slim\nENV A=1\nRUN true\n" };
	struct dt_snapshot *s = NULL, *fin = NULL;
	struct dt_snapshot_list l;
	struct buf log;

	buf_init(&log, 0);
	cr_assert_eq(dt_snapshot_get(c, "client-snap-ok", &s), BYOC_ENOTFOUND);
	cr_assert_eq(dt_snapshot_create(c, &p, &s), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_create(c, &p, NULL), BYOC_ECONFLICT);
	cr_assert(strstr(byoc_errmsg(), "409"), "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_follow_logs(c, s->name, logcb, &log, http_now_ms() + 30000, &fin), 0, "%s",
		     byoc_errmsg());
	cr_assert_str_eq(fin->state, "active");
	cr_assert(strstr(log.data, "FROM python:3.12-slim"), "log: %s", log.data);
	dt_snapshot_free(fin);
	fin = NULL;

	/* failure: the followed stream never closes; the stop rule must end it */
	p.name = "client-snap-bad";
	p.dockerfile_content = "RUN echo no-from\n";
	buf_reset(&log);
	cr_assert_eq(dt_snapshot_create(c, &p, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_follow_logs(c, "client-snap-bad", logcb, &log, http_now_ms() + 30000, &fin),
		     BYOC_EBUILD);
	cr_assert_str_eq(fin->state, "build_failed");
	cr_assert(fin->error_reason && strstr(byoc_errmsg(), fin->error_reason), "%s", byoc_errmsg());
	cr_assert_gt(log.len, 0, "the failed build's log was shown");
	dt_snapshot_free(fin);

	cr_assert_eq(dt_snapshot_list(c, "client-snap", &l), 0, "%s", byoc_errmsg());
	cr_assert_eq(l.count, 2);
	dt_snapshot_list_release(&l);
	cr_assert_eq(dt_snapshot_delete(c, s->id), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_delete(c, "client-snap-bad"), BYOC_EFAIL, "a name is not a uuid (400)");
	dt_snapshot_free(s);
	buf_release(&log);
	stop(c);
}

Test(client_local, sandbox_lifecycle_labels_toolbox, .timeout = 120)
{
	struct dt_client *c;
	struct dt_snapshot_create sp = { .name = "client-sbx-snap", .dockerfile_content = "FROM python:3.12-slim\n" };
	struct dt_sandbox_create p;
	struct dt_sandbox *sb = NULL, *got = NULL;
	struct dt_sandbox_list l;
	struct tbc *t = NULL;
	struct tbc_exec_result r;
	struct tbc_file_info fi;
	const char *started[] = { "started", NULL }, *stopped[] = { "stopped", NULL }, *gone[] = { "destroyed", NULL };
	json_t *labels, *filter, *other, *envs;
	char tmp[] = "/tmp/c1-local-XXXXXX", got_bytes[64] = "";
	int fd;
	long long n = 0;

	if (getenv("BYOC_WRAP") && strstr(getenv("BYOC_WRAP"), "valgrind"))
		cr_skip_test("real sandboxes (namespaces) do not start under valgrind");
	c = start(0, NULL, 0);
	labels = json_pack("{s:s,s:s}", "byoc.pool", "p1", "role", "worker");
	filter = json_pack("{s:s}", "byoc.pool", "p1");
	other = json_pack("{s:s}", "byoc.pool", "p2");
	envs = json_pack("{s:s}", "GREETING", "hi there");
	cr_assert_eq(dt_snapshot_create(c, &sp, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_wait(c, sp.name, http_now_ms() + 20000, NULL), 0, "%s", byoc_errmsg());

	dt_sandbox_create_init(&p);
	p.name = "client-sbx-1";
	p.snapshot = sp.name;
	p.labels = labels;
	p.auto_stop_interval = 0;
	cr_assert_eq(dt_sandbox_create(c, &p, &sb), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_create(c, &p, NULL), BYOC_ECONFLICT);
	cr_assert_eq(dt_sandbox_wait_state(c, sb->id, started, http_now_ms() + 30000, &got), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(dt_sandbox_label(got, "role"), "worker");
	cr_assert_not_null(got->toolbox_proxy_url);
	cr_assert_eq(got->auto_stop_interval, 0);

	cr_assert_eq(dt_sandbox_list(c, filter, &l), 0, "%s", byoc_errmsg());
	cr_assert_eq(l.count, 1);
	cr_assert_str_eq(l.items[0]->id, sb->id);
	dt_sandbox_list_release(&l);
	cr_assert_eq(dt_sandbox_list(c, other, &l), 0);
	cr_assert_eq(l.count, 0);
	dt_sandbox_list_release(&l);

	/* toolbox */
	cr_assert_eq(tbc_new_for_sandbox(c, got, &t), 0, "%s", byoc_errmsg());
	cr_assert_eq(tbc_execute(t, "echo \"$GREETING\"; pwd; exit 7", "/tmp", envs, 30, 0, &r), 0, "%s",
		     byoc_errmsg());
	cr_assert_eq(r.exit_code, 7);
	cr_assert_str_eq(r.result, "hi there\n/tmp\n");
	tbc_exec_result_release(&r);
	cr_assert_eq(tbc_execute(t, "sleep 5", NULL, NULL, 1, 0, &r), BYOC_ETIMEOUT, "%s", byoc_errmsg());

	/* a step runs once: the same id again answers with the first run's output and status */
	for (int k = 0; k < 2; k++) {
		cr_assert_eq(tbc_execute_once(t, "unit-step-1", "echo x >> /tmp/ran; echo \"$GREETING\"; exit 4", "/tmp",
					      envs, 30, 0, &r), 0, "%s", byoc_errmsg());
		cr_assert_eq(r.exit_code, 4);
		cr_assert_str_eq(r.result, "hi there\n");
		tbc_exec_result_release(&r);
	}
	cr_assert_eq(tbc_execute(t, "wc -l < /tmp/ran", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r.result, "1\n", "the step ran %s times", r.result);
	tbc_exec_result_release(&r);
	/* a step out of time is ended with its session (no late write), one that cannot enter its
	 * directory answers as execute does: -1 and why */
	cr_assert_eq(tbc_execute_once(t, "unit-step-2", "sleep 2; echo late > /tmp/late", NULL, NULL, 1, 0, &r),
		     BYOC_ETIMEOUT, "%s", byoc_errmsg());
	usleep(2500 * 1000);
	cr_assert_eq(tbc_execute(t, "cat /tmp/late 2>/dev/null; echo end", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r.result, "end\n");
	tbc_exec_result_release(&r);
	cr_assert_eq(tbc_execute_once(t, "unit-step-3", "true", "/no/such/dir", NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(r.exit_code, -1);
	cr_assert_str_eq(r.result, "cd /no/such/dir: No such file or directory\n");
	tbc_exec_result_release(&r);
	/* its stdin is not the rest of the script: a command that reads it cannot eat the record */
	cr_assert_eq(tbc_execute_once(t, NULL, "cat; echo done", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r.result, "done\n");
	tbc_exec_result_release(&r);
	cr_assert_eq(tbc_execute_once(t, "bad/id", "true", NULL, NULL, 30, 0, &r), BYOC_EUSAGE);

	fd = mkstemp(tmp);
	cr_assert_eq(write(fd, "payload 123\n", 12), 12);
	close(fd);
	cr_assert_eq(tbc_folder(t, "/home/daytona/d1/d2", 0750), 0, "%s", byoc_errmsg());
	cr_assert_eq(tbc_upload_file(t, tmp, "/home/daytona/d1/d2/f.txt", 0600), 0, "%s", byoc_errmsg());
	cr_assert_eq(tbc_info(t, "/home/daytona/d1/d2/f.txt", &fi), 0, "%s", byoc_errmsg());
	cr_assert_eq(fi.size, 12);
	cr_assert_str_eq(fi.permissions, "0600");
	tbc_file_info_release(&fi);
	cr_assert_eq(tbc_info(t, "/home/daytona/nope", &fi), BYOC_ENOTFOUND);
	fd = open(tmp, O_RDWR | O_TRUNC);
	cr_assert_eq(tbc_download_to_fd(t, "/home/daytona/d1/d2/f.txt", fd, &n), 0, "%s", byoc_errmsg());
	cr_assert_eq(n, 12);
	cr_assert_eq(pread(fd, got_bytes, sizeof(got_bytes) - 1, 0), 12);
	cr_assert_str_eq(got_bytes, "payload 123\n");
	cr_assert_eq(tbc_download_to_fd(t, "/home/daytona/nope", fd, &n), BYOC_ENOTFOUND);
	close(fd);
	unlink(tmp);
	tbc_free(t);

	/* labels, lifecycle */
	json_object_set_new(labels, "role", json_string("idle"));
	dt_sandbox_free(got);
	cr_assert_eq(dt_sandbox_set_labels(c, "client-sbx-1", labels, &got), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(dt_sandbox_label(got, "role"), "idle");
	dt_sandbox_free(got);
	cr_assert_eq(dt_sandbox_set_autoarchive(c, sb->id, 1440, &got), 0, "%s", byoc_errmsg());
	cr_assert_eq(got->auto_archive_interval, 1440);
	dt_sandbox_free(got);
	cr_assert_eq(dt_sandbox_stop(c, sb->id, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_wait_state(c, sb->id, stopped, http_now_ms() + 30000, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_start(c, sb->id, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_wait_state(c, sb->id, started, http_now_ms() + 30000, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_delete(c, sb->id, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_wait_state(c, sb->id, gone, http_now_ms() + 30000, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_sandbox_get(c, "client-sbx-1", NULL), BYOC_ENOTFOUND);

	dt_sandbox_free(sb);
	json_decref(labels);
	json_decref(filter);
	json_decref(other);
	json_decref(envs);
	stop(c);
}

Test(client_local, retries_under_injected_faults, .timeout = 120)
{
	struct local_fault f[3];
	struct dt_client *c;
	struct dt_snapshot_list l;
	struct dt_snapshot *s = NULL;
	int i, ok = 0;

	cr_assert_eq(local_fault_parse("GET /api/snapshots* 0.2 503", &f[0]), 0, "%s", byoc_errmsg());
	cr_assert_eq(local_fault_parse("GET /api/snapshots* 0.1 429", &f[1]), 0, "%s", byoc_errmsg());
	cr_assert_eq(local_fault_parse("GET /api/snapshots* 0.1 reset", &f[2]), 0, "%s", byoc_errmsg());
	c = start(0, f, 3);
	for (i = 0; i < 20; i++) {
		int rc = dt_snapshot_get(c, "absent", &s);

		cr_assert_eq(rc, BYOC_ENOTFOUND, "attempt %d: %s", i, byoc_errmsg());
		rc = dt_snapshot_list(c, NULL, &l);
		cr_assert_eq(rc, 0, "list %d: %s", i, byoc_errmsg());
		dt_snapshot_list_release(&l);
		ok++;
	}
	cr_assert_eq(ok, 20);
	stop(c);
}
