/*
 * The sandbox runtime (src/local/runtime.h) without processes, for fuzz_http:
 * byoc-local's HTTP front is fuzzed in-process, and a fuzzer must not boot a
 * namespace per input. Sandboxes are directories; commands "run" and exit 0
 * with no output; sessions cannot spawn. Linked instead of runtime.o.
 */
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "local/runtime.h"
#include "local/server.h"
#include "util/err.h"

uid_t runtime_host_uid(const char *sandbox_id)
{
	(void)sandbox_id;
	return getuid();
}

void runtime_root_dir(struct local *L, const char *sandbox_id, char *out, size_t n)
{
	char dir[3900];
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	snprintf(out, n, "%s/root", dir);
}

bool runtime_running(struct local *L, const char *sandbox_id)
{
	(void)L; (void)sandbox_id;
	return true;
}

void runtime_workdir(struct local *L, const json_t *sandbox_doc, char *out, size_t n)
{
	(void)L; (void)sandbox_doc;
	snprintf(out, n, "%s", RT_HOME);
}

int runtime_prepare(struct local *L, const char *sandbox_id, const char *snapshot_rootfs)
{
	char dir[4096], root[4200], home[4300];
	(void)snapshot_rootfs;
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	runtime_root_dir(L, sandbox_id, root, sizeof(root));
	snprintf(home, sizeof(home), "%s/home", root);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		mkdir(dir, 0755);
		*slash = '/';
	}
	mkdir(dir, 0700);
	mkdir(root, 0755);
	mkdir(home, 0755);
	snprintf(home, sizeof(home), "%s%s", root, RT_HOME);
	if (mkdir(home, 0755) != 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", home);
	return 0;
}

int runtime_start(struct local *L, const char *sandbox_id, json_t *sandbox_doc)
{
	(void)sandbox_doc;
	return runtime_prepare(L, sandbox_id, NULL);
}

int runtime_stop(struct local *L, const char *sandbox_id)
{
	(void)L; (void)sandbox_id;
	return 0;
}

/* best effort: a file that will not go is left to the state dir's removal */
static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st; (void)ftw;
	if (flag == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

int runtime_destroy(struct local *L, const char *sandbox_id)
{
	char dir[4096];
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	nftw(dir, rm_one, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
	return 0;
}

void runtime_startup(struct local *L) { (void)L; }
void runtime_reap_left(struct local *L) { (void)L; }
void runtime_shutdown(struct local *L) { (void)L; }

const char *runtime_shell(void)
{
	return "/bin/sh";
}

int runtime_run(struct local *L, const char *sandbox_id, const json_t *sandbox_doc,
		const struct rt_cmd *cmd, struct rt_result *res)
{
	(void)L; (void)sandbox_id; (void)sandbox_doc; (void)cmd;
	res->exit_code = 0;
	res->timed_out = false;
	res->truncated = false;
	buf_init(&res->output, 0);
	return 0;
}

int runtime_spawn(struct local *L, const char *sandbox_id, const json_t *sandbox_doc, const struct rt_cmd *cmd,
		  int *stdin_fd, pid_t *ipid, pid_t *pgid)
{
	(void)L; (void)sandbox_id; (void)sandbox_doc; (void)cmd; (void)stdin_fd; (void)ipid; (void)pgid;
	return byoc_fail(BYOC_EFAIL, "no processes under the fuzzer");
}
