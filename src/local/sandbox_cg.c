/*
 * A started sandbox's cgroup: see sandbox_cg.h.
 */
#include "local/sandbox_cg.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "local/server.h"
#include "util/err.h"
#include "util/file.h"

static int cg_version;                      /* 0 = unavailable, 1, 2 */
static char cg_base[SBXCG_MAX_DIRS][256];   /* v2: [0]; v1: pids, memory, cpu (pids first) */
static int cg_nbase;
static bool cg_probed, cg_probed_quiet; /* quiet: the reason was said already */

static int write_at(const char *dir, const char *file, const char *s)
{
	char p[4200];
	snprintf(p, sizeof(p), "%s/%s", dir, file);
	return file_write_text(p, s);
}

static unsigned cg_v2_ctl; /* v2: the SBXCG_*_CTL enabled for sandboxes */

/* The root of the v2 hierarchy: /sys/fs/cgroup, or BYOC_LOCAL_CGROUP2_ROOT (a delegated
 * cgroup v2 subtree, or the tests' own mount). */
static const char *v2_root(void)
{
	const char *r = getenv("BYOC_LOCAL_CGROUP2_ROOT");
	return r && *r == '/' ? r : "/sys/fs/cgroup";
}

/* True when word is one of the space-separated words of the file dir/name. */
static bool file_has_word(const char *dir, const char *name, const char *word)
{
	char p[4200], line[1024];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *f = fopen(p, "re");
	bool found = false;
	if (f && fgets(line, sizeof(line), f)) {
		char *save = NULL;
		for (char *t = strtok_r(line, " \n", &save); t && !found; t = strtok_r(NULL, " \n", &save))
			found = strcmp(t, word) == 0;
	}
	if (f)
		fclose(f);
	return found;
}

static bool probe_v2(void)
{
	const char *root = v2_root();
	char p[4200];
	snprintf(p, sizeof(p), "%s/cgroup.controllers", root);
	if (access(p, F_OK) != 0)
		return false;
	snprintf(cg_base[0], sizeof(cg_base[0]), "%s/byoc-local", root);
	if (mkdir(cg_base[0], 0755) != 0 && errno != EEXIST) {
		local_log("cgroup v2 at %s is not writable (%s): sandboxes run without cpu, memory and process "
			  "limits, and a command's timeout ends its process group only", root, strerror(errno));
		cg_probed_quiet = true;
		return true;
	}
	/* A controller the hierarchy lacks (bound to a v1 hierarchy, or not delegated) only
	 * takes its limit away: leaves, and cgroup.kill, work without any. */
	static const char *const ctl[] = { "pids", "memory", "cpu" };
	char missing[64] = "";
	for (int i = 0; i < 3; i++) {
		char plus[16];
		snprintf(plus, sizeof(plus), "+%s", ctl[i]);
		if (file_has_word(root, "cgroup.controllers", ctl[i]) && write_at(root, "cgroup.subtree_control", plus) == 0 &&
		    write_at(cg_base[0], "cgroup.subtree_control", plus) == 0)
			cg_v2_ctl |= 1u << i;
		else
			snprintf(missing + strlen(missing), sizeof(missing) - strlen(missing), "%s%s", *missing ? ", " : "",
				 ctl[i]);
	}
	if (*missing)
		local_log("cgroup v2 at %s: no %s controller can be enabled for %s: sandboxes run without %s", root,
			  missing, cg_base[0], strchr(missing, ',') ? "those limits" : "that limit");
	cg_version = 2;
	cg_nbase = 1;
	return true;
}

static void probe_v1(void)
{
	static const char *const ctl[] = { "pids", "memory", "cpu" };
	for (int i = 0; i < 3; i++) {
		char dir[256];
		snprintf(dir, sizeof(dir), "/sys/fs/cgroup/%s", ctl[i]);
		if (access(dir, F_OK) != 0)
			snprintf(dir, sizeof(dir), "/sys/fs/cgroup/cpu,cpuacct");
		char base[256];
		snprintf(base, sizeof(base), "%s/byoc-local", dir);
		if (access(dir, W_OK) != 0 || (mkdir(base, 0755) != 0 && errno != EEXIST)) {
			if (i == 0) { /* no pids hierarchy: no leaves to kill a command's processes by */
				local_log("cgroup v1: the pids hierarchy is not writable here: sandboxes run without cpu, "
					  "memory and process limits, and a command's timeout ends its process group only");
				cg_probed_quiet = true;
				return;
			}
			local_log("cgroup v1: the %s hierarchy is not writable here: sandboxes run without that limit", ctl[i]);
			continue;
		}
		snprintf(cg_base[cg_nbase++], sizeof(cg_base[0]), "%s", base);
	}
	if (cg_nbase)
		cg_version = 1;
}

/* True when a process can be put into a sandbox's cgroup with its limits set: tried
 * once on a throwaway cgroup, the way sbxcg_create and sbxcg_join do it for a sandbox
 * (a container's cgroup namespace, a read-only or undelegated hierarchy refuse one of
 * them). Leaves the error set when false. */
static bool probe_works(void)
{
	static const char probe[] = ".probe"; /* never a sandbox id: those never start with '.' */
	char (*procs)[4096] = calloc(SBXCG_MAX_DIRS, sizeof(*procs));
	bool ok = false;
	if (!procs || sbxcg_create(probe, NULL) < 0)
		goto out;
	int n = sbxcg_leaf(probe, "init", procs);
	pid_t pid = n ? fork() : -1;
	if (pid == 0) {
		for (;;)
			pause();
	}
	if (pid > 0) {
		sbxcg_join(procs, n, pid);
		char path[64], line[4096], want[80];
		snprintf(path, sizeof(path), "/proc/%d/cgroup", (int)pid);
		snprintf(want, sizeof(want), "/byoc-local/%s/init", probe);
		int joined = 0;
		FILE *f = fopen(path, "re");
		while (f && fgets(line, sizeof(line), f))
			joined += strstr(line, want) != NULL;
		if (f)
			fclose(f);
		kill(pid, SIGKILL);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		ok = joined >= n;
		if (!ok)
			byoc_fail(BYOC_EFAIL, "a process cannot be moved into '%s'", procs[0]);
	} else {
		byoc_fail(BYOC_EFAIL, "cannot create a cgroup leaf under %s", cg_base[0]);
	}
	sbxcg_remove(probe);
out:
	free(procs);
	return ok;
}

void sbxcg_startup(void)
{
	if (cg_probed)
		return;
	cg_probed = true;
	if (geteuid() != 0) {
		local_log("not root: sandboxes run without cpu, memory and process limits");
		return;
	}
	if (!probe_v2())
		probe_v1();
	if (!cg_version) {
		if (!cg_probed_quiet)
			local_log("no usable cgroup hierarchy: sandboxes run without cpu, memory and process limits, "
				  "and a command's timeout ends its process group only");
	} else if (!probe_works()) {
		local_log("cgroup v%d cannot be used here (%s): sandboxes run without cpu, memory and process "
			  "limits, and a command's timeout ends its process group only", cg_version, byoc_errmsg());
		cg_version = 0;
		cg_nbase = 0;
	}
}

bool sbxcg_available(void)
{
	return cg_version != 0;
}

static void id_dir(int i, const char *id, char *out, size_t n)
{
	snprintf(out, n, "%s/%s", cg_base[i], id);
}

static long long doc_int(const json_t *doc, const char *k, long long dflt)
{
	json_t *v = json_object_get(doc, k);
	return json_is_integer(v) && json_integer_value(v) > 0 ? json_integer_value(v) : dflt;
}

int sbxcg_limits_v2(const char *dir, long long cpu, long long mem_gib, unsigned controllers)
{
	char pids[24], cpumax[64], memb[64];
	snprintf(pids, sizeof(pids), "%d", SBXCG_PIDS);
	snprintf(cpumax, sizeof(cpumax), "%lld 100000", cpu * 100000);
	snprintf(memb, sizeof(memb), "%lld", mem_gib << 30);
	if (((controllers & SBXCG_PIDS_CTL) && write_at(dir, "pids.max", pids)) ||
	    ((controllers & SBXCG_MEMORY_CTL) && write_at(dir, "memory.max", memb)) ||
	    ((controllers & SBXCG_CPU_CTL) && write_at(dir, "cpu.max", cpumax)))
		return byoc_fail_errno(BYOC_EFAIL, "cannot set the limits of cgroup '%s'", dir);
	if (controllers & SBXCG_MEMORY_CTL)
		write_at(dir, "memory.swap.max", "0"); /* absent without swap accounting */
	if (controllers & SBXCG_PIDS_CTL)
		write_at(dir, "cgroup.subtree_control", "+pids"); /* a leaf's own pids.max: sbxcg_kill_leaf */
	return 0;
}

int sbxcg_create(const char *sandbox_id, const json_t *sandbox_doc)
{
	if (!cg_version)
		return 0;
	long long cpu = doc_int(sandbox_doc, "cpu", 1), mem = doc_int(sandbox_doc, "memory", 1);
	char dir[4096], v[64];
	for (int i = 0; i < cg_nbase; i++) {
		id_dir(i, sandbox_id, dir, sizeof(dir));
		if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
			int e = errno;
			sbxcg_remove(sandbox_id);
			errno = e;
			return byoc_fail_errno(BYOC_EFAIL, "cannot create the cgroup '%s' of sandbox '%s'", dir, sandbox_id);
		}
	}
	int rc = 0;
	snprintf(v, sizeof(v), "%d", SBXCG_PIDS);
	if (cg_version == 2) {
		id_dir(0, sandbox_id, dir, sizeof(dir));
		rc = sbxcg_limits_v2(dir, cpu, mem, cg_v2_ctl);
	} else {
		for (int i = 0; i < cg_nbase && rc == 0; i++) {
			id_dir(i, sandbox_id, dir, sizeof(dir));
			char f[4200];
			if (snprintf(f, sizeof(f), "%s/pids.max", dir) > 0 && access(f, F_OK) == 0) {
				if (file_write_text(f, v))
					rc = -1;
			} else if (snprintf(f, sizeof(f), "%s/memory.limit_in_bytes", dir) > 0 && access(f, F_OK) == 0) {
				char memb[64];
				snprintf(memb, sizeof(memb), "%lld", mem << 30);
				if (file_write_text(f, memb))
					rc = -1;
				write_at(dir, "memory.memsw.limit_in_bytes", memb); /* with swap accounting only */
			} else if (snprintf(f, sizeof(f), "%s/cpu.cfs_quota_us", dir) > 0 && access(f, F_OK) == 0) {
				char q[64];
				snprintf(q, sizeof(q), "%lld", cpu * 100000);
				if (write_at(dir, "cpu.cfs_period_us", "100000") || file_write_text(f, q))
					rc = -1;
			}
			if (rc < 0)
				rc = byoc_fail_errno(BYOC_EFAIL, "cannot set the limits of cgroup '%s'", dir);
		}
	}
	if (rc < 0)
		sbxcg_remove(sandbox_id);
	return rc;
}

int sbxcg_leaf(const char *sandbox_id, const char *leaf, char paths[][4096])
{
	if (!cg_version)
		return 0;
	char dir[4096];
	for (int i = 0; i < cg_nbase; i++) {
		snprintf(dir, sizeof(dir), "%s/%s/%s", cg_base[i], sandbox_id, leaf);
		if (mkdir(dir, 0755) != 0 && errno != EEXIST)
			return 0;
		snprintf(paths[i], 4096, "%s/cgroup.procs", dir);
	}
	return cg_nbase;
}

void sbxcg_join(char paths[][4096], int n, pid_t pid)
{
	char num[24];
	int len = 0;
	unsigned long v = pid > 0 ? (unsigned long)pid : 0;
	do {
		num[sizeof(num) - 1 - len++] = (char)('0' + v % 10);
		v /= 10;
	} while (v && len < (int)sizeof(num));
	for (int i = 0; i < n; i++) {
		int fd = open(paths[i], O_WRONLY | O_CLOEXEC);
		if (fd >= 0) {
			ssize_t w = write(fd, num + sizeof(num) - len, (size_t)len);
			(void)w;
			close(fd);
		}
	}
}

/* Sends SIGKILL to every pid in a cgroup.procs file; how many were listed. */
static int kill_listed(const char *procs)
{
	FILE *f = fopen(procs, "re");
	if (!f)
		return 0;
	int n = 0;
	long pid;
	while (fscanf(f, "%ld", &pid) == 1) {
		if (pid > 1)
			kill((pid_t)pid, SIGKILL);
		n++;
	}
	fclose(f);
	return n;
}

static void nap_ms(int ms)
{
	struct timespec ts = { 0, ms * 1000000L };
	nanosleep(&ts, NULL);
}

static void rmdir_leaf(const char *sandbox_id, const char *leaf, int tries)
{
	char dir[4096];
	for (int i = 0; i < cg_nbase; i++) {
		snprintf(dir, sizeof(dir), "%s/%s/%s", cg_base[i], sandbox_id, leaf);
		for (int t = 0; t < tries && rmdir(dir) != 0 && errno == EBUSY; t++)
			nap_ms(10);
	}
}

/* True when the leaf's cgroup.procs (in the first hierarchy) lists no process. */
static bool leaf_empty(const char *sandbox_id, const char *leaf)
{
	char procs[4200];
	snprintf(procs, sizeof(procs), "%s/%s/%s/cgroup.procs", cg_base[0], sandbox_id, leaf);
	FILE *f = fopen(procs, "re");
	if (!f)
		return false;
	long pid;
	bool empty = fscanf(f, "%ld", &pid) != 1;
	fclose(f);
	return empty;
}

void sbxcg_drop_leaf(const char *sandbox_id, const char *leaf)
{
	/* a leaf whose last process was just reaped can be busy a moment longer: a few tries,
	 * so that a sandbox running many commands does not pile up empty cgroups */
	if (cg_version)
		rmdir_leaf(sandbox_id, leaf, leaf_empty(sandbox_id, leaf) ? 20 : 1);
}

void sbxcg_kill_leaf(const char *sandbox_id, const char *leaf)
{
	if (!cg_version)
		return;
	char dir[4096], procs[4200];
	snprintf(dir, sizeof(dir), "%s/%s/%s", cg_base[0], sandbox_id, leaf);
	snprintf(procs, sizeof(procs), "%s/cgroup.procs", dir);
	/* No fork from now on (a fork bomb refills every slot a kill frees), then v2 (5.14+)
	 * kills the whole leaf at once; else kill what is listed until nothing is. */
	if (cg_version == 1 || (cg_v2_ctl & SBXCG_PIDS_CTL))
		write_at(dir, "pids.max", "0");
	if (cg_version != 2 || write_at(dir, "cgroup.kill", "1") != 0)
		for (int round = 0; round < 500 && kill_listed(procs) > 0; round++)
			nap_ms(2);
	rmdir_leaf(sandbox_id, leaf, 100);
}

void sbxcg_remove(const char *sandbox_id)
{
	if (!cg_version)
		return;
	char dir[4096];
	for (int i = 0; i < cg_nbase; i++) {
		id_dir(i, sandbox_id, dir, sizeof(dir));
		DIR *d = opendir(dir);
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d)))
			if (e->d_type == DT_DIR && e->d_name[0] != '.') {
				char leaf[4400];
				snprintf(leaf, sizeof(leaf), "%s/%s", dir, e->d_name);
				for (int t = 0; t < 100 && rmdir(leaf) != 0 && errno == EBUSY; t++)
					nap_ms(10);
			}
		closedir(d);
		for (int t = 0; t < 100 && rmdir(dir) != 0 && errno == EBUSY; t++)
			nap_ms(10);
	}
}
