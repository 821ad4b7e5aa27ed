/*
 * byoc-local's sandbox runtime: see runtime.h for the model.
 *
 * Booting a sandbox (runtime_start): a dedicated long-lived "spawner" thread
 * clone()s the sandbox's PID 1 with new mount, PID, UTS, IPC (and network)
 * namespaces, rather than the short-lived connection thread that asked (whose
 * exit would fire PR_SET_PDEATHSIG). Note that the parent-death signal does not
 * outlive the child's credential changes below, and a PID namespace's init
 * ignores it anyway: a byoc-local killed with SIGKILL leaves its sandboxes'
 * processes running until the next one starts on the same state and kills them
 * (init.pid; runtime_startup). A clean stop kills them (runtime_shutdown). The child is
 * still the host's root in the initial user namespace, which it needs to
 * reach the sandbox root under a state dir that may be 0700, bind the host's
 * /usr and /etc files read-only, pivot_root into the sandbox root and mount
 * its own /proc and /dev. Only then does it unshare a user namespace; the
 * spawner writes uid_map/gid_map "1000 <host uid> 1", and the child becomes
 * uid/gid 1000, drops every capability, sets no_new_privs and execs the
 * sandbox's init (a /bin/sh loop around sleep that reaps orphans). The mount
 * namespace stays owned by the initial user namespace, so nothing inside the
 * sandbox can mount or unmount anything.
 *
 * Running a command (runtime_run): a forked child enters the namespaces with
 * setns() on a pidfd of PID 1 (mount, PID, UTS, IPC, network, then user),
 * becomes uid 1000 the same way, chdirs, and forks the command (so that it
 * is inside the PID namespace) in its own process group. The parent feeds
 * stdin, collects stdout+stderr from one pipe, and on a timeout SIGKILLs the
 * group.
 */
#include "local/runtime.h"

#include <limits.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <linux/capability.h>
#include <net/if.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "local/inroot.h"
#include "local/sandbox_cg.h"
#include "local/sandbox_disk.h"
#include "local/sandbox_net.h"
#include "local/sandbox_setid.h"
#include "util/err.h"
#include "util/file.h"
#include "util/num.h"

extern char **environ;

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif

#define RT_OUTPUT_DEFAULT ((size_t)8 << 20)
#define RT_PATH_ENV "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
#define RT_INIT_SCRIPT "trap '' HUP INT TERM QUIT; while :; do /usr/bin/sleep 2147483647 & wait $!; done"

/* ---- small helpers ----------------------------------------------------------------- */

uid_t runtime_host_uid(const char *sandbox_id)
{
	/* FNV-1a of the id, folded into 16M uids above 200,000,000: unprivileged, outside
	 * any range a distribution hands out, and distinct per sandbox in practice. */
	uint32_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)sandbox_id; *p; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	return (uid_t)(200000000u + (h & 0xffffffu));
}

void runtime_root_dir(struct local *L, const char *sandbox_id, char *out, size_t n)
{
	char dir[3900];
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	snprintf(out, n, "%s/root", dir);
}

static int pidfd_open_(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

static void close_from(int lowfd)
{
	syscall(SYS_close_range, (unsigned)lowfd, ~0U, 0);
}

static void cloexec_from(int lowfd)
{
	syscall(SYS_close_range, (unsigned)lowfd, ~0U, CLOSE_RANGE_CLOEXEC);
}

/* Becomes uid/gid 1000 of the current user namespace with no capabilities left.
 * Async-signal-safe (runs between fork/clone and exec). 0 or -errno-ish step code.
 * Raw syscalls, not glibc's setgroups/setres[ug]id: those broadcast the change to every
 * thread glibc knows of (__nptl_setxid), and in a child cloned from the multithreaded
 * byoc-local that list names threads which do not exist there, so the child can wait
 * forever (seen with 8 sandboxes created at once). */
static int become_daytona(bool forbid_setid)
{
	if (syscall(SYS_setgroups, 0, NULL) != 0)
		return 1;
	if (syscall(SYS_setresgid, RT_UID, RT_UID, RT_UID) != 0)
		return 2;
	for (int c = 0; c <= 63; c++)
		if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) != 0 && errno != EINVAL)
			return 3;
	if (syscall(SYS_setresuid, RT_UID, RT_UID, RT_UID) != 0)
		return 4;
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	memset(d, 0, sizeof(d));
	if (syscall(SYS_capset, &h, d) != 0)
		return 5;
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return 6;
	if (forbid_setid && sbxsetid_forbid() != 0)
		return 7;
	return 0;
}

/* Child-side error report: step name and errno, written raw to fd. */
struct rt_msg {
	int kind;        /* 1 = command pid, 2 = wait status, 3 = error */
	int val;         /* pid / status / errno */
	char step[56];
};

static void send_msg(int fd, int kind, int val, const char *step)
{
	struct rt_msg m;
	memset(&m, 0, sizeof(m));
	m.kind = kind;
	m.val = val;
	if (step)
		for (size_t i = 0; step[i] && i < sizeof(m.step) - 1; i++)
			m.step[i] = step[i];
	ssize_t w = write(fd, &m, sizeof(m));
	(void)w;
}

/* ---- the table of running sandboxes --------------------------------------------- */

struct rt_sbx {
	struct rt_sbx *next;
	char id[80];
	pid_t pid;     /* PID 1 of the sandbox, as the host sees it */
	int pidfd;
	pid_t net_helper; /* its pasta, 0 when none */
	struct local *L;
};

static pthread_mutex_t tab_mu = PTHREAD_MUTEX_INITIALIZER;
static struct rt_sbx *tab;

static struct rt_sbx *tab_find(const char *id)
{
	for (struct rt_sbx *s = tab; s; s = s->next)
		if (strcmp(s->id, id) == 0)
			return s;
	return NULL;
}

static bool pid_exited(int pidfd)
{
	struct pollfd p = { .fd = pidfd, .events = POLLIN };
	return poll(&p, 1, 0) > 0;
}

/* Removes and reaps an entry whose PID 1 is gone (or is being killed). Under tab_mu. */
static void tab_remove(struct rt_sbx *s, bool kill_it)
{
	for (struct rt_sbx **pp = &tab; *pp; pp = &(*pp)->next)
		if (*pp == s) {
			*pp = s->next;
			break;
		}
	if (kill_it)
		syscall(SYS_pidfd_send_signal, s->pidfd, SIGKILL, NULL, 0);
	/* PID 1's exit waits until every process of its namespace is gone. */
	while (waitpid(s->pid, NULL, __WALL) < 0 && errno == EINTR)
		;
	sbxnet_stop(s->L, s->id, s->net_helper);
	sbxcg_remove(s->id);
	close(s->pidfd);
	free(s);
}

/* The pidfd of a running sandbox's PID 1, dup'ed (caller closes); -1 when not running. */
static int running_pidfd(const char *id)
{
	int fd = -1;
	pthread_mutex_lock(&tab_mu);
	struct rt_sbx *s = tab_find(id);
	if (s && pid_exited(s->pidfd)) {
		tab_remove(s, false);
		s = NULL;
	}
	if (s)
		fd = fcntl(s->pidfd, F_DUPFD_CLOEXEC, 0);
	pthread_mutex_unlock(&tab_mu);
	return fd;
}

bool runtime_running(struct local *L, const char *sandbox_id)
{
	(void)L;
	int fd = running_pidfd(sandbox_id);
	if (fd < 0)
		return false;
	close(fd);
	return true;
}

/* ---- booting: the plan the cloned child follows --------------------------------- */

#define RT_MAX_BINDS 40

struct init_plan {
	char root[4096];
	char hostname[64];
	bool netns;
	bool forbid_setid;       /* plain files on the host disk: sandbox_setid.h */
	char usr_overlay[8300];  /* overlay options when the snapshot has files under /usr, else "" */
	char uid_map[4096], gid_map[4096];  /* runtime_ids.c */
	int nbinds;
	struct {
		char src[256];
		char dst[4352];
	} binds[RT_MAX_BINDS];
	int ready_wr;   /* child -> spawner: user namespace made, write the maps */
	int go_rd;      /* spawner -> child: maps written */
	int err_wr;     /* child -> spawner: rt_msg on failure; EOF (CLOEXEC) on exec */
	bool stall;     /* tests only (BYOC_LOCAL_TEST_BOOT_STALL): the child hangs before exec */
	char cg_procs[SBXCG_MAX_DIRS][4096]; /* the "init" leaf PID 1 joins before it execs */
	int ncg;
};

static void up_loopback(void)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		return;
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.ifr_name, "lo", 3);
	if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0) {
		ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
		ioctl(s, SIOCSIFFLAGS, &ifr);
	}
	close(s);
}

#define CHILD_FAIL(step) do { send_msg(p->err_wr, 3, errno, step); _exit(1); } while (0)

static int init_child(void *arg)
{
	struct init_plan *p = arg;
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	umask(022);
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
		CHILD_FAIL("make mounts private");
	if (mount(p->root, p->root, NULL, MS_BIND | MS_REC, NULL) != 0)
		CHILD_FAIL("bind the sandbox root");
	if (mount(NULL, p->root, NULL, MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV, NULL) != 0)
		CHILD_FAIL("remount the sandbox root nosuid");
	if (p->usr_overlay[0]) {
		char dst[4200];
		size_t rl = strlen(p->root);
		memcpy(dst, p->root, rl);
		memcpy(dst + rl, "/usr", 5);
		if (mount("overlay", dst, "overlay", MS_RDONLY | MS_NOSUID | MS_NODEV, p->usr_overlay) != 0)
			CHILD_FAIL("mount the snapshot's /usr over the host's");
	}
	for (int i = 0; i < p->nbinds; i++) {
		if (mount(p->binds[i].src, p->binds[i].dst, NULL, MS_BIND | MS_REC, NULL) != 0)
			CHILD_FAIL("bind a host path");
		if (mount(NULL, p->binds[i].dst, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) != 0)
			CHILD_FAIL("remount a host path read-only");
	}
	if (chdir(p->root) != 0)
		CHILD_FAIL("chdir to the sandbox root");
	if (syscall(SYS_pivot_root, ".", ".") != 0)
		CHILD_FAIL("pivot_root");
	if (umount2(".", MNT_DETACH) != 0)
		CHILD_FAIL("detach the host root");
	if (chdir("/") != 0)
		CHILD_FAIL("chdir /");
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0)
		CHILD_FAIL("mount /proc");
	if (mount("tmpfs", "/dev", "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=0755,size=1024k") != 0)
		CHILD_FAIL("mount /dev");
	static const struct { const char *name; int maj, min; } devs[] = {
		{ "/dev/null", 1, 3 }, { "/dev/zero", 1, 5 }, { "/dev/full", 1, 7 },
		{ "/dev/random", 1, 8 }, { "/dev/urandom", 1, 9 }, { "/dev/tty", 5, 0 },
	};
	for (size_t i = 0; i < sizeof(devs) / sizeof(devs[0]); i++) {
		if (mknod(devs[i].name, S_IFCHR | 0666, makedev(devs[i].maj, devs[i].min)) != 0)
			CHILD_FAIL("mknod in /dev");
		chmod(devs[i].name, 0666);
	}
	symlink("/proc/self/fd", "/dev/fd");
	symlink("/proc/self/fd/0", "/dev/stdin");
	symlink("/proc/self/fd/1", "/dev/stdout");
	symlink("/proc/self/fd/2", "/dev/stderr");
	mkdir("/dev/pts", 0755);
	if (mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,ptmxmode=0666,mode=0620") == 0)
		symlink("pts/ptmx", "/dev/ptmx");
	mkdir("/dev/shm", 01777);
	mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=65536k");
	if (sethostname(p->hostname, strlen(p->hostname)) != 0)
		CHILD_FAIL("sethostname");
	if (p->netns)
		up_loopback();
	int nul = open("/dev/null", O_RDWR);
	if (nul < 0)
		CHILD_FAIL("open /dev/null");
	dup2(nul, 0);
	dup2(nul, 1);
	dup2(nul, 2);
	if (nul > 2)
		close(nul);
	/* Everything byoc-local had open (sockets, the store) closes at exec. */
	cloexec_from(3);

	if (unshare(CLONE_NEWUSER) != 0)
		CHILD_FAIL("unshare the user namespace");
	while (p->stall)
		pause();
	char c = 'r';
	if (write(p->ready_wr, &c, 1) != 1)
		CHILD_FAIL("signal the spawner");
	if (read(p->go_rd, &c, 1) != 1 || c != 'g')
		CHILD_FAIL("wait for the uid map");
	int step = become_daytona(p->forbid_setid);
	if (step)
		CHILD_FAIL(step == 4 ? "setuid 1000" : step == 7 ? "forbid set-id bits (seccomp)" : "drop privileges");
	static char *const argv[] = { "/bin/sh", "-c", RT_INIT_SCRIPT, NULL };
	static char *const envp[] = { "PATH=" RT_PATH_ENV, "HOME=" RT_HOME, NULL };
	execve("/bin/sh", argv, envp);
	CHILD_FAIL("exec the sandbox init /bin/sh");
}

/* How long a sandbox's init may take from clone to exec (BYOC_LOCAL_BOOT_TIMEOUT_MS,
 * default 30 s). The spawner, and tab_mu with it, waits for it: an init that never gets
 * there (it once hung in glibc's setxid) must fail this one start, not stall every later
 * start, stop and toolbox call of every sandbox. */
static int boot_timeout_ms(void)
{
	long ms;

	return num_parse_long(getenv("BYOC_LOCAL_BOOT_TIMEOUT_MS"), 1, INT_MAX, &ms) ? (int)ms : 30000;
}

/* read() of up to n bytes that gives up at deadline (CLOCK_MONOTONIC ms): the count, 0 at
 * EOF, -1 on an error, -2 at the deadline. */
static ssize_t read_by(int fd, void *b, size_t n, long long deadline)
{
	for (;;) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		long long left = deadline - ((long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
		if (left <= 0)
			return -2;
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int r = poll(&p, 1, left > 1000000 ? 1000000 : (int)left);
		if (r < 0 && errno != EINTR)
			return -1;
		if (r <= 0)
			continue;
		ssize_t got = read(fd, b, n);
		if (got >= 0 || errno != EINTR)
			return got;
	}
}

/* Runs in the spawner thread. */
static int boot(struct init_plan *plan, uid_t host_uid, pid_t *pid_out)
{
	int ready[2] = { -1, -1 }, go[2] = { -1, -1 }, err[2] = { -1, -1 };
	int rc = BYOC_EFAIL;
	pid_t pid = -1;
	size_t stack_size = 256 * 1024;
	void *stack = MAP_FAILED;

	if (pipe2(ready, O_CLOEXEC) || pipe2(go, O_CLOEXEC) || pipe2(err, O_CLOEXEC)) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot create pipes to boot the sandbox");
		goto out;
	}
	plan->ready_wr = ready[1];
	plan->go_rd = go[0];
	plan->err_wr = err[1];
	stack = mmap(NULL, stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (stack == MAP_FAILED) {
		rc = byoc_fail_errno(BYOC_ENOMEM, "cannot map a stack to boot the sandbox");
		goto out;
	}
	int flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC | SIGCHLD;
	if (plan->netns)
		flags |= CLONE_NEWNET;
	pid = clone(init_child, (char *)stack + stack_size, flags, plan);
	if (pid < 0) {
		rc = byoc_fail_errno(BYOC_EFAIL, "cannot create the sandbox's namespaces (byoc-local must run as root)");
		goto out;
	}
	close(ready[1]); ready[1] = -1;
	close(go[0]); go[0] = -1;
	close(err[1]); err[1] = -1;

	char c;
	struct rt_msg m;
	ssize_t n;
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int timeout_ms = boot_timeout_ms();
	long long deadline = (long long)t0.tv_sec * 1000 + t0.tv_nsec / 1000000 + timeout_ms;
	n = read_by(ready[0], &c, 1, deadline);
	if (n == -2) {
		rc = byoc_fail(BYOC_EFAIL, "cannot boot the sandbox: its init did not get ready within %d ms",
			       timeout_ms);
		goto fail_kill;
	}
	if (n == 1) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/uid_map", (int)pid);
		if (file_write_text(path, plan->uid_map) != 0) {
			rc = byoc_fail_errno(BYOC_EFAIL, "cannot write the sandbox's uid map");
			goto fail_kill;
		}
		snprintf(path, sizeof(path), "/proc/%d/gid_map", (int)pid);
		if (file_write_text(path, plan->gid_map) != 0) {
			rc = byoc_fail_errno(BYOC_EFAIL, "cannot write the sandbox's gid map");
			goto fail_kill;
		}
		/* into its cgroup before it runs anything: whatever it starts stays there */
		sbxcg_join(plan->cg_procs, plan->ncg, pid);
		c = 'g';
		if (write(go[1], &c, 1) != 1) {
			rc = byoc_fail_errno(BYOC_EFAIL, "cannot signal the sandbox init");
			goto fail_kill;
		}
	}
	n = read_by(err[0], &m, sizeof(m), deadline);
	if (n == -2) {
		rc = byoc_fail(BYOC_EFAIL, "cannot boot the sandbox: its init did not start within %d ms",
			       timeout_ms);
		goto fail_kill;
	}
	if (n == (ssize_t)sizeof(m)) {
		rc = byoc_fail(BYOC_EFAIL, "cannot boot the sandbox: %s: %s", m.step, strerror(m.val));
		goto fail_kill;
	}
	if (n != 0) {
		rc = byoc_fail(BYOC_EFAIL, "cannot boot the sandbox: its init died during setup");
		goto fail_kill;
	}
	*pid_out = pid;
	pid = -1;
	rc = 0;
	goto out;
fail_kill:
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
out:
	for (int i = 0; i < 2; i++) {
		if (ready[i] >= 0)
			close(ready[i]);
		if (go[i] >= 0)
			close(go[i]);
		if (err[i] >= 0)
			close(err[i]);
	}
	if (stack != MAP_FAILED)
		munmap(stack, stack_size);
	return rc;
}

/* ---- the spawner thread --------------------------------------------------------- */

struct spawn_job {
	struct init_plan *plan;
	uid_t host_uid;
	pid_t pid;
	int rc;
	char err[512];
	bool done;
};

static pthread_mutex_t sp_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sp_cv = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t sp_call_mu = PTHREAD_MUTEX_INITIALIZER;
static struct spawn_job *sp_job;
static bool sp_started;

static void *spawner_main(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&sp_mu);
	for (;;) {
		while (!sp_job || sp_job->done)
			pthread_cond_wait(&sp_cv, &sp_mu);
		struct spawn_job *j = sp_job;
		pthread_mutex_unlock(&sp_mu);
		j->rc = boot(j->plan, j->host_uid, &j->pid);
		if (j->rc < 0)
			snprintf(j->err, sizeof(j->err), "%s", byoc_errmsg());
		pthread_mutex_lock(&sp_mu);
		j->done = true;
		pthread_cond_broadcast(&sp_cv);
	}
	return NULL;
}

static int spawn(struct init_plan *plan, uid_t host_uid, pid_t *pid)
{
	pthread_mutex_lock(&sp_call_mu);
	pthread_mutex_lock(&sp_mu);
	if (!sp_started) {
		pthread_t t;
		pthread_attr_t a;
		pthread_attr_init(&a);
		pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
		if (pthread_create(&t, &a, spawner_main, NULL) != 0) {
			pthread_attr_destroy(&a);
			pthread_mutex_unlock(&sp_mu);
			pthread_mutex_unlock(&sp_call_mu);
			return byoc_fail(BYOC_EFAIL, "cannot start the sandbox spawner thread");
		}
		pthread_attr_destroy(&a);
		sp_started = true;
	}
	struct spawn_job j = { .plan = plan, .host_uid = host_uid, .pid = -1 };
	sp_job = &j;
	pthread_cond_broadcast(&sp_cv);
	while (!j.done)
		pthread_cond_wait(&sp_cv, &sp_mu);
	sp_job = NULL;
	pthread_mutex_unlock(&sp_mu);
	pthread_mutex_unlock(&sp_call_mu);
	if (j.rc < 0)
		return byoc_fail(j.rc, "%s", j.err);
	*pid = j.pid;
	return 0;
}

/* ---- laying out a sandbox's files ------------------------------------------------- */

/* Makes root/rel a real directory (replacing a symlink or file planted there) with mode/owner. */
static int ensure_dir(int rootfd, const char *rel, mode_t mode, uid_t uid)
{
	struct stat st;
	if (fstatat(rootfd, rel, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(st.st_mode))
		unlinkat(rootfd, rel, 0);
	if (mkdirat(rootfd, rel, mode) != 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create '/%s' in the sandbox", rel);
	if (fstatat(rootfd, rel, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode))
		return byoc_fail(BYOC_EIO, "'/%s' in the sandbox is not a directory", rel);
	if (fchownat(rootfd, rel, uid, uid, AT_SYMLINK_NOFOLLOW) != 0 ||
	    fchmodat(rootfd, rel, mode, 0) != 0)
		return byoc_fail_errno(BYOC_EIO, "cannot set the owner of '/%s' in the sandbox", rel);
	return 0;
}

/* Writes root/rel as a fresh regular file (never through a symlink). */
static int put_file(int rootfd, const char *rel, const char *text, mode_t mode)
{
	unlinkat(rootfd, rel, 0);
	int fd = openat(rootfd, rel, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
	if (fd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot write '/%s' in the sandbox", rel);
	size_t len = strlen(text);
	ssize_t w = write(fd, text, len);
	close(fd);
	if (w != (ssize_t)len)
		return byoc_fail(BYOC_EIO, "cannot write '/%s' in the sandbox", rel);
	return 0;
}

/* An empty file to bind a host file onto (kept if it already is a regular file). */
static void mount_point_file(int rootfd, const char *rel)
{
	struct stat st;
	if (fstatat(rootfd, rel, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		if (S_ISREG(st.st_mode))
			return;
		if (S_ISDIR(st.st_mode))
			return; /* leave the snapshot's directory alone; the bind is skipped */
		unlinkat(rootfd, rel, 0);
	}
	int fd = openat(rootfd, rel, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd >= 0)
		close(fd);
}

static int run_cp(const char *src, const char *dst)
{
	char from[4200];
	snprintf(from, sizeof(from), "%s/.", src);
	char *argv[] = { "/bin/cp", "-a", "--reflink=auto", from, (char *)dst, NULL };
	pid_t pid;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	int e = posix_spawn(&pid, "/bin/cp", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0)
		return byoc_fail(BYOC_EIO, "cannot run cp to copy the snapshot: %s", strerror(e));
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return byoc_fail(BYOC_EIO, "copying the snapshot's files '%s' into the sandbox failed", src);
	return 0;
}

static const char *const host_etc_dirs[] = {
	"alternatives", "ssl", "ca-certificates", "profile.d", "ld.so.conf.d", "python3", "python3.11",
	"perl", "bash_completion.d", NULL,
};
static const char *const host_etc_files[] = {
	"resolv.conf", "nsswitch.conf", "ld.so.cache", "ld.so.conf", "localtime", "bash.bashrc",
	"profile", "inputrc", "shells", "debian_version", "host.conf", "gai.conf", "services",
	"protocols", "mime.types", "ca-certificates.conf", "timezone", "networks", NULL,
};

/* Creates what every sandbox root has; safe to run again on an existing root. */
static int layout(const char *root, const char *sandbox_id)
{
	uid_t h = runtime_host_uid(sandbox_id);
	int rc = 0;
	int rootfd = open(root, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (rootfd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot open the sandbox root '%s'", root);
	if (fchownat(rootfd, "", 0, 0, AT_EMPTY_PATH) != 0 || chmod(root, 0755) != 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot set the owner of the sandbox root '%s'", root);
		goto out;
	}
	static const struct { const char *rel; mode_t mode; bool user; } dirs[] = {
		{ "etc", 0755, false }, { "home", 0755, false }, { "home/daytona", 0755, true },
		{ "mnt", 0755, false }, { "mnt/session", 0755, true }, { "tmp", 01777, false },
		{ "var", 0755, false }, { "var/tmp", 01777, false }, { "usr", 0755, false },
		{ "proc", 0555, false }, { "dev", 0755, false }, { "root", 0700, false },
	};
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if ((rc = ensure_dir(rootfd, dirs[i].rel, dirs[i].mode, dirs[i].user ? h : 0)) < 0)
			goto out;
	static const char *const links[][2] = {
		{ "usr/bin", "bin" }, { "usr/lib", "lib" }, { "usr/lib64", "lib64" }, { "usr/sbin", "sbin" },
	};
	for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		struct stat st;
		if (fstatat(rootfd, links[i][1], &st, AT_SYMLINK_NOFOLLOW) == 0) {
			if (S_ISDIR(st.st_mode))
				continue; /* the snapshot has a real one; keep it */
			unlinkat(rootfd, links[i][1], 0);
		}
		if (symlinkat(links[i][0], rootfd, links[i][1]) != 0) {
			rc = byoc_fail_errno(BYOC_EIO, "cannot create '/%s' in the sandbox", links[i][1]);
			goto out;
		}
	}
	char hosts[256];
	snprintf(hosts, sizeof(hosts), "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
		 "127.0.1.1\t%.63s\n", sandbox_id);
	char hostname[80];
	snprintf(hostname, sizeof(hostname), "%.63s\n", sandbox_id);
	if ((rc = put_file(rootfd, "etc/passwd", RT_ETC_PASSWD, 0644)) < 0 ||
	    (rc = put_file(rootfd, "etc/group", RT_ETC_GROUP, 0644)) < 0 ||
	    (rc = put_file(rootfd, "etc/hosts", hosts, 0644)) < 0 ||
	    (rc = put_file(rootfd, "etc/hostname", hostname, 0644)) < 0)
		goto out;
	struct stat st;
	if (fstatat(rootfd, "etc/os-release", &st, AT_SYMLINK_NOFOLLOW) != 0)
		symlinkat("../usr/lib/os-release", rootfd, "etc/os-release");
	for (int i = 0; host_etc_dirs[i]; i++) {
		char host[300], rel[300];
		snprintf(host, sizeof(host), "/etc/%s", host_etc_dirs[i]);
		snprintf(rel, sizeof(rel), "etc/%s", host_etc_dirs[i]);
		if (stat(host, &st) == 0 && S_ISDIR(st.st_mode)) {
			struct stat in;
			if (fstatat(rootfd, rel, &in, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(in.st_mode))
				unlinkat(rootfd, rel, 0);
			mkdirat(rootfd, rel, 0755);
		}
	}
	for (int i = 0; host_etc_files[i]; i++) {
		char host[300], rel[300];
		snprintf(host, sizeof(host), "/etc/%s", host_etc_files[i]);
		snprintf(rel, sizeof(rel), "etc/%s", host_etc_files[i]);
		if (stat(host, &st) == 0 && S_ISREG(st.st_mode))
			mount_point_file(rootfd, rel);
	}
out:
	close(rootfd);
	return rc;
}

int runtime_prepare(struct local *L, const char *sandbox_id, const char *snapshot_rootfs)
{
	char dir[4096], root[4200];
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	runtime_root_dir(L, sandbox_id, root, sizeof(root));
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		mkdir(dir, 0755); /* <state>/sandboxes, when no sandbox document made it yet */
		*slash = '/';
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create the sandbox directory '%s'", dir);
	chmod(dir, 0700);
	if (mkdir(root, 0755) != 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create the sandbox root '%s'", root);
	int drc = sbxdisk_mount(L, sandbox_id, root);
	if (drc < 0)
		return drc;
	struct stat st;
	if (snapshot_rootfs && *snapshot_rootfs && stat(snapshot_rootfs, &st) == 0 && S_ISDIR(st.st_mode)) {
		int rc = run_cp(snapshot_rootfs, root);
		if (rc < 0)
			return rc;
		/* before layout: its files are the sandbox's own already */
		char ids[4200];
		runtime_ids_path(L, sandbox_id, ids, sizeof(ids));
		if ((rc = rtids_shift(root, ids, sandbox_id)) < 0)
			return rc;
	}
	return layout(root, sandbox_id);
}

/* ---- start / stop / destroy ------------------------------------------------------ */

static void add_bind(struct init_plan *p, const char *src, const char *rel, bool want_dir)
{
	struct stat hs, rs;
	char dst[4352];
	if (p->nbinds >= RT_MAX_BINDS || stat(src, &hs) != 0 || S_ISDIR(hs.st_mode) != want_dir)
		return;
	snprintf(dst, sizeof(dst), "%s/%s", p->root, rel);
	/* Only onto a mount point of the right type that is not a symlink. */
	if (lstat(dst, &rs) != 0 || S_ISLNK(rs.st_mode) || S_ISDIR(rs.st_mode) != want_dir)
		return;
	snprintf(p->binds[p->nbinds].src, sizeof(p->binds[0].src), "%s", src);
	snprintf(p->binds[p->nbinds].dst, sizeof(p->binds[0].dst), "%s", dst);
	p->nbinds++;
}

/* "/" and the top-level system directories (and anything under /etc, /usr, /proc, /dev):
 * never handed to the sandbox user even when the image's WORKDIR names them. */
static bool system_dir(const char *p)
{
	static const char *const top[] = { "bin", "boot", "dev", "etc", "home", "lib", "lib64", "mnt", "opt", "proc",
					   "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var", NULL };
	static const char *const deep[] = { "etc", "usr", "proc", "dev", "sys", "bin", "sbin", "lib", "lib64", NULL };
	while (*p == '/')
		p++;
	if (!*p)
		return true;
	size_t n = strcspn(p, "/");
	const char *rest = p + n;
	while (*rest == '/')
		rest++;
	for (int i = 0; deep[i]; i++)
		if (strlen(deep[i]) == n && !strncmp(p, deep[i], n))
			return true;
	if (*rest)
		return false;
	for (int i = 0; top[i]; i++)
		if (strlen(top[i]) == n && !strncmp(p, top[i], n))
			return true;
	return false;
}

static void image_workdir(struct local *L, const json_t *sandbox_doc, char *out, size_t n);

static bool dir_has_entries(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return false;
	struct dirent *de;
	bool any = false;
	while (!any && (de = readdir(d)))
		any = strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(d);
	return any;
}

static void init_pid_write(struct local *L, const char *id, pid_t pid);
static void init_pid_remove(struct local *L, const char *id);

int runtime_start(struct local *L, const char *sandbox_id, json_t *sandbox_doc)
{
	int rc = 0;
	pthread_mutex_lock(&tab_mu);
	struct rt_sbx *s = tab_find(sandbox_id);
	if (s && !pid_exited(s->pidfd)) {
		pthread_mutex_unlock(&tab_mu);
		return 0;
	}
	if (s)
		tab_remove(s, false);
	else
		sbxcg_remove(sandbox_id); /* left by a byoc-local that was killed */

	struct init_plan *plan = calloc(1, sizeof(*plan));
	if (!plan) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory starting sandbox '%s'", sandbox_id);
		goto out;
	}
	runtime_root_dir(L, sandbox_id, plan->root, sizeof(plan->root));
	struct stat st;
	if (stat(plan->root, &st) != 0 || !S_ISDIR(st.st_mode)) {
		rc = byoc_fail(BYOC_ENOTFOUND, "sandbox '%s' has no files at '%s'", sandbox_id, plan->root);
		goto out;
	}
	if ((rc = sbxdisk_mount(L, sandbox_id, plan->root)) < 0) /* again after a restart */
		goto out;
	plan->forbid_setid = !sbxdisk_mounted(plan->root);
	sbxsetid_init();
	if ((rc = layout(plan->root, sandbox_id)) < 0)
		goto out;
	/* The work dir (the image's WORKDIR) exists and belongs to daytona, so commands and
	 * clones can write where they start, as in an image whose WORKDIR the user owns. */
	char wd[4096];
	image_workdir(L, sandbox_doc, wd, sizeof(wd));
	if (strcmp(wd, RT_HOME) != 0 && !system_dir(wd)) {
		int rfd = open(plan->root, O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (rfd >= 0) {
			if (inroot_mkdir_all(rfd, wd, 0755, 0) == 0) {
				/* as root: never through a symlink the sandbox planted (WORKDIR -> /etc) */
				const char *rel = wd + strspn(wd, "/");
				int wfd = inroot_open_dir(rfd, rel, false, wd);
				if (wfd >= 0) {
					uid_t hu = runtime_host_uid(sandbox_id);
					fchownat(wfd, "", hu, hu, AT_EMPTY_PATH);
					close(wfd);
				}
			}
			close(rfd);
		}
	}
	snprintf(plan->hostname, sizeof(plan->hostname), "%.63s", sandbox_id);
	char ids[4200];
	runtime_ids_path(L, sandbox_id, ids, sizeof(ids));
	if ((rc = rtids_maps(ids, runtime_host_uid(sandbox_id), plan->uid_map, plan->gid_map, sizeof(plan->uid_map))) < 0)
		goto out;
	plan->stall = getenv("BYOC_LOCAL_TEST_BOOT_STALL") != NULL;
	plan->netns = true;  /* always its own network: see sandbox_net.h */
	/* The host's /usr, read-only; with the snapshot's own /usr files (COPY into /usr/...)
	 * layered above it by a read-only overlay. */
	char usr[4200];
	snprintf(usr, sizeof(usr), "%s/usr", plan->root);
	if (dir_has_entries(usr) && !strpbrk(plan->root, ",:\\"))
		snprintf(plan->usr_overlay, sizeof(plan->usr_overlay), "lowerdir=%s:/usr", usr);
	else
		add_bind(plan, "/usr", "usr", true);
	for (int i = 0; host_etc_dirs[i]; i++) {
		char src[300], rel[300];
		snprintf(src, sizeof(src), "/etc/%s", host_etc_dirs[i]);
		snprintf(rel, sizeof(rel), "etc/%s", host_etc_dirs[i]);
		add_bind(plan, src, rel, true);
	}
	for (int i = 0; host_etc_files[i]; i++) {
		char src[300], rel[300];
		snprintf(src, sizeof(src), "/etc/%s", host_etc_files[i]);
		snprintf(rel, sizeof(rel), "etc/%s", host_etc_files[i]);
		add_bind(plan, src, rel, false);
	}
	if ((rc = sbxcg_create(sandbox_id, sandbox_doc)) < 0)
		goto out;
	plan->ncg = sbxcg_leaf(sandbox_id, "init", plan->cg_procs);
	pid_t pid = -1;
	if ((rc = spawn(plan, runtime_host_uid(sandbox_id), &pid)) < 0) {
		sbxcg_remove(sandbox_id);
		goto out;
	}
	s = calloc(1, sizeof(*s));
	int pfd = pidfd_open_(pid);
	if (!s || pfd < 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		if (pfd >= 0)
			close(pfd);
		free(s);
		rc = byoc_fail(BYOC_EFAIL, "cannot track sandbox '%s' after starting it", sandbox_id);
		goto out;
	}
	snprintf(s->id, sizeof(s->id), "%s", sandbox_id);
	s->pid = pid;
	s->pidfd = pfd;
	s->L = L;
	if ((rc = sbxnet_start(L, sandbox_id, sandbox_doc, pid, &s->net_helper)) < 0) {
		syscall(SYS_pidfd_send_signal, pfd, SIGKILL, NULL, 0);
		while (waitpid(pid, NULL, __WALL) < 0 && errno == EINTR)
			;
		sbxcg_remove(sandbox_id);
		close(pfd);
		free(s);
		goto out;
	}
	s->next = tab;
	tab = s;
	init_pid_write(L, sandbox_id, pid);
out:
	pthread_mutex_unlock(&tab_mu);
	free(plan);
	return rc;
}

int runtime_stop(struct local *L, const char *sandbox_id)
{
	pthread_mutex_lock(&tab_mu);
	struct rt_sbx *s = tab_find(sandbox_id);
	if (s)
		tab_remove(s, true);
	init_pid_remove(L, sandbox_id);
	pthread_mutex_unlock(&tab_mu);
	return 0;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st; (void)ftw;
	if (flag == FTW_DP || flag == FTW_D)
		return rmdir(path) == 0 || errno == ENOENT ? 0 : -1;
	return unlink(path) == 0 || errno == ENOENT ? 0 : -1;
}

int runtime_destroy(struct local *L, const char *sandbox_id)
{
	runtime_stop(L, sandbox_id);
	char dir[4096], root[4200];
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	runtime_root_dir(L, sandbox_id, root, sizeof(root));
	sbxdisk_unmount(root);
	struct stat st;
	if (lstat(dir, &st) != 0)
		return 0;
	/* Directories the sandbox made unwritable (chmod 0) must not stop the removal. */
	if (nftw(dir, rm_one, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT) != 0 && lstat(dir, &st) == 0) {
		char *argv[] = { "/bin/rm", "-rf", "--one-file-system", dir, NULL };
		pid_t pid;
		if (posix_spawn(&pid, "/bin/rm", NULL, NULL, argv, environ) == 0)
			while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
				;
		if (lstat(dir, &st) == 0)
			return byoc_fail(BYOC_EIO, "cannot remove the files of sandbox '%s' under '%s'", sandbox_id, dir);
	}
	return 0;
}

/* ---- inits left by a byoc-local that was killed ------------------------------------- */

/* The start time (clock ticks since boot) of pid, 0 if it is gone: with the pid it names
 * one process for good, whatever pid reuse happens later. */
static unsigned long long proc_starttime(pid_t pid)
{
	char path[64], buf[1024];
	unsigned long long t = 0;
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	char *p = strrchr(buf, ')');   /* the command may hold spaces and parentheses */
	for (int field = 2; p && field < 22; field++)
		p = strchr(p + 1, ' ');
	if (p)
		t = strtoull(p + 1, NULL, 10);
	return t;
}

/* <sandbox dir>/init.pid: "PID STARTTIME" of a running sandbox's PID 1. A byoc-local killed
 * with SIGKILL cannot stop its sandboxes (the parent-death signal does not reach a PID
 * namespace's init), and the next one cannot adopt them: it kills them at start-up. */
static void init_pid_path(struct local *L, const char *id, char *out, size_t n)
{
	char dir[3900];
	local_sandbox_dir(L, id, dir, sizeof(dir));
	snprintf(out, n, "%s/init.pid", dir);
}

static void init_pid_write(struct local *L, const char *id, pid_t pid)
{
	char path[4000];
	init_pid_path(L, id, path, sizeof(path));
	FILE *f = fopen(path, "we");
	if (!f)
		return;
	fprintf(f, "%d %llu\n", (int)pid, proc_starttime(pid));
	fclose(f);
}

static void init_pid_remove(struct local *L, const char *id)
{
	char path[4000];
	init_pid_path(L, id, path, sizeof(path));
	unlink(path);
}

void runtime_startup(struct local *L)
{
	sbxnet_startup(L);
	sbxcg_startup();
	sbxdisk_startup(L);
}

void runtime_reap_left(struct local *L)
{
	char dir[4096];
	snprintf(dir, sizeof(dir), "%s/sandboxes", local_state_dir(L));
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4000];
		init_pid_path(L, e->d_name, path, sizeof(path));
		FILE *f = fopen(path, "re");
		if (!f)
			continue;
		int pid = 0;
		unsigned long long t = 0;
		if (fscanf(f, "%d %llu", &pid, &t) == 2 && pid > 1 && t && proc_starttime(pid) == t) {
			kill(pid, SIGKILL);
			local_log("sandbox %s: killed init %d left by a byoc-local that did not stop", e->d_name, pid);
		}
		fclose(f);
		unlink(path);
		sbxnet_stop(L, e->d_name, 0);
	}
	closedir(d);
}

void runtime_shutdown(struct local *L)
{
	pthread_mutex_lock(&tab_mu);
	while (tab)
		tab_remove(tab, true);
	pthread_mutex_unlock(&tab_mu);
	/* every sandbox disk goes back to being an image file: no mount or loop device is
	 * left behind; starting a sandbox mounts it again */
	char dir[4096];
	snprintf(dir, sizeof(dir), "%s/sandboxes", local_state_dir(L));
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.' && !strchr(e->d_name, '.')) {
			char root[4200];
			runtime_root_dir(L, e->d_name, root, sizeof(root));
			sbxdisk_unmount(root);
		}
	if (d)
		closedir(d);
}

/* ---- environment and work dir ---------------------------------------------------- */

struct snap_query {
	const char *name;
	json_t *hit;
};

static int snap_by_name(const char *id, json_t *doc, void *arg)
{
	(void)id;
	struct snap_query *q = arg;
	const char *n = json_string_value(json_object_get(doc, "name"));
	if (n && strcmp(n, q->name) == 0) {
		q->hit = doc;
		return 1;
	}
	return 0;
}

/* A copy of the snapshot document a sandbox was created from (by name), or NULL. */
static json_t *snapshot_of(struct local *L, const json_t *sandbox_doc)
{
	const char *sid = json_string_value(json_object_get(sandbox_doc, "_snapshotId"));
	const char *name = json_string_value(json_object_get(sandbox_doc, "snapshot"));
	struct snap_query q = { name, NULL };
	local_lock(L);
	if (sid && *sid)
		q.hit = store_get(L, "snapshots", sid);
	if (!q.hit && name && *name)
		store_each(L, "snapshots", snap_by_name, &q);
	json_t *copy = q.hit ? json_deep_copy(q.hit) : NULL;
	local_unlock(L);
	return copy;
}

/* The image's WORKDIR as recorded, or /home/daytona. */
static void image_workdir(struct local *L, const json_t *sandbox_doc, char *out, size_t n)
{
	snprintf(out, n, "%s", RT_HOME);
	json_t *snap = sandbox_doc ? snapshot_of(L, sandbox_doc) : NULL;
	const char *wd = snap ? json_string_value(json_object_get(snap, "_workdir")) : NULL;
	if (wd && wd[0] == '/')
		snprintf(out, n, "%s", wd);
	json_decref(snap);
}

void runtime_workdir(struct local *L, const json_t *sandbox_doc, char *out, size_t n)
{
	image_workdir(L, sandbox_doc, out, n);
	if (!strcmp(out, RT_HOME) || !sandbox_doc)
		return;
	/* A WORKDIR that does not exist in the sandbox (e.g. under the host's /usr) would make
	 * every command fail to start: fall back to the home directory. */
	const char *id = json_string_value(json_object_get(sandbox_doc, "id"));
	char root[4096];
	if (!id)
		return;
	runtime_root_dir(L, id, root, sizeof(root));
	int rfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (rfd < 0)
		return;
	int fd = inroot_open(rfd, out, O_PATH | O_DIRECTORY, 0);
	if (fd >= 0)
		close(fd);
	else
		snprintf(out, n, "%s", RT_HOME);
	close(rfd);
}

/* ---- running a command -------------------------------------------------------------- */

const char *runtime_shell(void)
{
	static const char *const order[] = { "/usr/bin/zsh", "/bin/zsh", "/usr/bin/bash", "/bin/bash" };
	static const char *chosen;
	if (chosen)
		return chosen;
	const char *pick = "/bin/sh";
	FILE *f = fopen("/etc/shells", "re");
	if (f) {
		char line[256];
		const char *best = NULL;
		size_t best_rank = sizeof(order) / sizeof(order[0]);
		while (fgets(line, sizeof(line), f)) {
			line[strcspn(line, "\r\n")] = '\0';
			for (size_t i = 0; i < best_rank; i++)
				if (strcmp(line, order[i]) == 0 && access(order[i], X_OK) == 0) {
					best = order[i];
					best_rank = i;
				}
		}
		fclose(f);
		if (best)
			pick = best;
	}
	chosen = pick;
	return chosen;
}

struct envv {
	char **v;
	size_t n, cap;
};

static int env_set(struct envv *e, const char *key, size_t klen, const char *val)
{
	char *kv = malloc(klen + strlen(val) + 2);
	if (!kv)
		return BYOC_ENOMEM;
	memcpy(kv, key, klen);
	kv[klen] = '=';
	memcpy(kv + klen + 1, val, strlen(val) + 1);
	for (size_t i = 0; i < e->n; i++)
		if (strncmp(e->v[i], key, klen) == 0 && e->v[i][klen] == '=') {
			free(e->v[i]);
			e->v[i] = kv;
			return 0;
		}
	if (e->n + 2 > e->cap) {
		size_t cap = e->cap ? e->cap * 2 : 32;
		char **v = realloc(e->v, cap * sizeof(char *));
		if (!v) {
			free(kv);
			return BYOC_ENOMEM;
		}
		e->v = v;
		e->cap = cap;
	}
	e->v[e->n++] = kv;
	e->v[e->n] = NULL;
	return 0;
}

static int env_put(struct envv *e, const char *kv)
{
	const char *eq = strchr(kv, '=');
	if (!eq || eq == kv)
		return 0;
	return env_set(e, kv, (size_t)(eq - kv), eq + 1);
}

static void env_json(struct envv *e, const json_t *env)
{
	const char *k;
	json_t *v;
	size_t i;
	if (json_is_object(env)) {
		json_object_foreach((json_t *)env, k, v)
			if (json_is_string(v) && *k)
				env_set(e, k, strlen(k), json_string_value(v));
	} else if (json_is_array(env)) {
		json_array_foreach(env, i, v)
			if (json_is_string(v))
				env_put(e, json_string_value(v));
	}
}

static void env_free(struct envv *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->v[i]);
	free(e->v);
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Keeps the listed fds open and closes every other fd >= 3. Async-signal-safe. */
static void close_others(const int *keep, int nkeep)
{
	int next = 3;
	for (;;) {
		int lo = -1;
		for (int i = 0; i < nkeep; i++)
			if (keep[i] >= next && (lo < 0 || keep[i] < lo))
				lo = keep[i];
		if (lo < 0) {
			close_from(next);
			return;
		}
		if (lo > next)
			syscall(SYS_close_range, (unsigned)next, (unsigned)(lo - 1), 0);
		next = lo + 1;
	}
}

/* The command's environment (defaults, then the image's ENV, the sandbox's env, the
 * request's envs) into env, and its directory into cwd. */
static int build_env(struct local *L, const char *sandbox_id, const json_t *sandbox_doc, const struct rt_cmd *cmd,
		     struct envv *envp_out, char *cwd, size_t cwdn)
{
	struct envv env = { 0 };
	json_t *snap = NULL;
	int rc = 0;
	/* Environment: defaults, then the image's ENV, the sandbox's env, the request's envs. */
	env_set(&env, "PATH", 4, RT_PATH_ENV);
	env_set(&env, "HOME", 4, RT_HOME);
	env_set(&env, "USER", 4, "daytona");
	env_set(&env, "LOGNAME", 7, "daytona");
	env_set(&env, "SHELL", 5, runtime_shell());
	env_set(&env, "HOSTNAME", 8, sandbox_id);
	env_set(&env, "LANG", 4, "C.UTF-8");
	snap = sandbox_doc ? snapshot_of(L, sandbox_doc) : NULL;
	if (snap)
		env_json(&env, json_object_get(snap, "_env"));
	if (sandbox_doc)
		env_json(&env, json_object_get(sandbox_doc, "env"));
	for (size_t i = 0; cmd->envs && cmd->envs[i]; i++)
		env_put(&env, cmd->envs[i]);
	if (!env.v) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory building the environment");
	}
	if (cmd->cwd && *cmd->cwd)
		snprintf(cwd, cwdn, "%s", cmd->cwd);
	else
		runtime_workdir(L, sandbox_doc, cwd, cwdn);

	json_decref(snap);
	*envp_out = env;
	return rc;
}

/* True when the sandbox's files are plain host files (no disk image mounted on its root):
 * its processes may not set set-id bits (sandbox_setid.h). */
static bool plain_root(struct local *L, const char *sandbox_id)
{
	char root[4096];
	runtime_root_dir(L, sandbox_id, root, sizeof(root));
	sbxsetid_init();
	return !sbxdisk_mounted(root);
}

/* The intermediate (a fork of byoc-local): enters the sandbox's namespaces, becomes
 * daytona, forks the command (inside the PID namespace, its own process group), reports its
 * pid and later its wait status on info_fd. Never returns. */
static void __attribute__((noreturn)) enter_and_exec(int pidfd, int in_fd, int out_fd, int info_fd, const char *cwd,
						     char *const *argv, char *const *envp,
						     char cg_procs[][4096], int ncg, bool forbid_setid)
{
	int keep[] = { pidfd, in_fd, out_fd, info_fd };
	close_others(keep, 4);
	/* the command's own cgroup leaf: a timeout or a vanished client ends all it started */
	sbxcg_join(cg_procs, ncg, 0);
	if (setns(pidfd, CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET) != 0) {
		send_msg(info_fd, 3, errno, "enter the sandbox's namespaces");
		_exit(1);
	}
	if (setns(pidfd, CLONE_NEWUSER) != 0) {
		send_msg(info_fd, 3, errno, "enter the sandbox's user namespace");
		_exit(1);
	}
	close(pidfd);
	if (become_daytona(forbid_setid) != 0) {
		send_msg(info_fd, 3, errno, "become uid 1000");
		_exit(1);
	}
	if (chdir(cwd) != 0) {
		send_msg(info_fd, 3, errno, "chdir");
		_exit(1);
	}
	pid_t g = fork();
	if (g < 0) {
		send_msg(info_fd, 3, errno, "fork");
		_exit(1);
	}
	if (g == 0) {
		setpgid(0, 0);
		dup2(in_fd, 0);
		dup2(out_fd, 1);
		dup2(out_fd, 2);
		close_from(3);
		signal(SIGPIPE, SIG_DFL);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		execve(argv[0], argv, envp);
		int e = errno;
		const char *msg = "cannot execute: ";
		ssize_t w = write(2, msg, strlen(msg));
		w = write(2, argv[0], strlen(argv[0]));
		w = write(2, e == ENOENT ? ": no such file\n" : ": exec failed\n", e == ENOENT ? 15 : 14);
		(void)w;
		_exit(127);
	}
	setpgid(g, g);
	close(in_fd);
	close(out_fd);
	send_msg(info_fd, 1, g, NULL);
	int st;
	while (waitpid(g, &st, 0) < 0) {
		if (errno != EINTR) {
			st = 0x7f00;
			break;
		}
	}
	send_msg(info_fd, 2, st, NULL);
	_exit(0);
}

/* A fresh cgroup leaf for one command under the sandbox's: its name into leaf, its
 * cgroup.procs files into procs; how many (0 without cgroups). */
static int command_leaf(const char *sandbox_id, char *leaf, size_t n, char procs[][4096])
{
	static unsigned long seq;
	snprintf(leaf, n, "c%lu", __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
	return sbxcg_leaf(sandbox_id, leaf, procs);
}

/* The parent's side of a running command: its pipes, what it has been fed and has said, and
 * whether it has been killed. */
struct run_io {
	const char *sandbox_id;
	const struct rt_cmd *cmd;
	struct rt_result *res;
	const char *cwd;
	int in, out, info;        /* stdin's write end, output's and info's read ends; -1 closed */
	size_t cap, in_off, in_len;
	pid_t ipid, gpid;         /* the entering process; the command's group once it says */
	char leaf[32];            /* the command's cgroup leaf when ncg */
	int ncg;
	long long deadline;       /* ms; 0 none */
	bool have_status, child_failed, killed;
	int status;
};

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* n bytes of output kept up to the cap; the rest is read and dropped. */
static void keep_output(struct run_io *io, const char *chunk, size_t n)
{
	size_t room = io->cap - io->res->output.len;
	size_t take = n < room ? n : room;

	if (take)
		buf_append(&io->res->output, chunk, take);
	if (take < n)
		io->res->truncated = true;
}

/* The command timed out or its client hung up: every process it started is killed. */
static void run_kill(struct run_io *io, bool gone)
{
	/* the command's leaf holds all it started, setsid or not; without cgroups, its
	 * process group */
	if (io->gpid > 0)
		kill(-io->gpid, SIGKILL);
	else
		kill(io->ipid, SIGKILL);
	if (io->ncg)
		sbxcg_kill_leaf(io->sandbox_id, io->leaf);
	io->killed = true;
	io->res->timed_out = !gone;
	io->res->client_gone = gone;
}

static void run_read_output(struct run_io *io)
{
	char chunk[65536];
	ssize_t n = read(io->out, chunk, sizeof(chunk));

	if (n > 0)
		keep_output(io, chunk, (size_t)n);
	else if (n == 0 || (errno != EAGAIN && errno != EINTR))
		close_fd(&io->out);
}

static void run_feed_input(struct run_io *io)
{
	ssize_t n = write(io->in, io->cmd->input + io->in_off, io->in_len - io->in_off);

	if (n > 0)
		io->in_off += (size_t)n;
	if ((n < 0 && errno != EAGAIN && errno != EINTR) || io->in_off >= io->in_len)
		close_fd(&io->in);
}

/* What the entering process says: the command's group, its wait status, or why it could not
 * start (enter_and_exec's messages). */
static void run_read_info(struct run_io *io)
{
	struct rt_msg m;
	ssize_t n = read(io->info, &m, sizeof(m));

	if (n == (ssize_t)sizeof(m) && m.kind == 1) {
		io->gpid = m.val;
		if (io->killed)
			kill(-io->gpid, SIGKILL);
	} else if (n == (ssize_t)sizeof(m) && m.kind == 2) {
		io->status = m.val;
		io->have_status = true;
	} else if (n == (ssize_t)sizeof(m) && m.kind == 3) {
		io->child_failed = true;
		buf_printf(&io->res->output, "%s %s: %s", m.step, strcmp(m.step, "chdir") == 0 ? io->cwd : "",
			   strerror(m.val));
		io->have_status = true;
	} else if (n <= 0 && !(n < 0 && (errno == EAGAIN || errno == EINTR))) {
		close_fd(&io->info);
		io->child_failed = !io->have_status;
		io->have_status = true;
	}
}

/* One turn of the parent's loop: waits for output, room for input, news from the entering
 * process, the client's hang-up or the deadline, and acts on it. False once the command is done. */
static bool run_turn(struct run_io *io)
{
	struct pollfd p[4];
	int np = 0, i_out = -1, i_in = -1, i_info = -1, i_client = -1, wait_ms = -1, pr;
	bool gone;

	if (io->out >= 0) {
		p[np] = (struct pollfd){ .fd = io->out, .events = POLLIN };
		i_out = np++;
	}
	if (io->in >= 0) {
		p[np] = (struct pollfd){ .fd = io->in, .events = POLLOUT };
		i_in = np++;
	}
	if (io->info >= 0 && !io->have_status) {
		p[np] = (struct pollfd){ .fd = io->info, .events = POLLIN };
		i_info = np++;
	}
	if (io->have_status || np == 0)
		return false;
	if (io->cmd->client_fd > 0 && !io->killed) {
		p[np] = (struct pollfd){ .fd = io->cmd->client_fd, .events = POLLRDHUP };
		i_client = np++;
	}
	if (io->deadline && !io->killed) {
		long long left = io->deadline - now_ms();
		wait_ms = left < 0 ? 0 : (int)(left > 1000000 ? 1000000 : left);
	}
	pr = poll(p, (nfds_t)np, wait_ms);
	if (pr < 0 && errno != EINTR)
		return false;
	gone = i_client >= 0 && (p[i_client].revents & (POLLRDHUP | POLLHUP | POLLERR));
	if (!io->killed && (gone || (io->deadline && now_ms() >= io->deadline)))
		run_kill(io, gone);
	if (pr <= 0)
		return true;
	if (i_out >= 0 && (p[i_out].revents & (POLLIN | POLLHUP | POLLERR)))
		run_read_output(io);
	if (i_in >= 0 && (p[i_in].revents & (POLLOUT | POLLERR | POLLHUP)))
		run_feed_input(io);
	if (i_info >= 0 && (p[i_info].revents & (POLLIN | POLLHUP | POLLERR)))
		run_read_info(io);
	return true;
}

/* The command is gone: what it wrote is in the pipe; background processes that kept the pipe
 * open do not hold the answer back. Then its exit code. */
static void run_finish(struct run_io *io)
{
	char chunk[65536];
	ssize_t n;

	if (io->out >= 0 && !io->child_failed)
		while ((n = read(io->out, chunk, sizeof(chunk))) > 0)
			keep_output(io, chunk, (size_t)n);
	if (!io->child_failed && WIFEXITED(io->status))
		io->res->exit_code = WEXITSTATUS(io->status);
	else
		io->res->exit_code = -1;
}

/* The parent's side once the entering process runs: feed stdin, read output, watch the clock
 * and the client, with SIGPIPE held so that a command that closed its stdin early does not kill
 * byoc-local. */
static void run_parent(struct run_io *io)
{
	struct timespec zero = { 0, 0 };
	sigset_t pipe_set, old_set;

	fcntl(io->in, F_SETFL, O_NONBLOCK);
	fcntl(io->out, F_SETFL, O_NONBLOCK);
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_set);
	io->in_len = io->cmd->input ? io->cmd->input_len : 0;
	if (io->in_len == 0)
		close_fd(&io->in);
	io->deadline = io->cmd->timeout_s ? now_ms() + (long long)io->cmd->timeout_s * 1000 : 0;
	while (run_turn(io))
		;
	run_finish(io);
	while (sigtimedwait(&pipe_set, NULL, &zero) > 0)
		;
	pthread_sigmask(SIG_SETMASK, &old_set, NULL);
}

int runtime_run(struct local *L, const char *sandbox_id, const json_t *sandbox_doc,
		const struct rt_cmd *cmd, struct rt_result *res)
{
	struct run_io io = { .sandbox_id = sandbox_id, .cmd = cmd, .res = res, .in = -1, .out = -1, .info = -1,
			     .ipid = -1, .gpid = -1 };
	int in[2] = { -1, -1 }, outp[2] = { -1, -1 }, info[2] = { -1, -1 };
	int pidfd, rc = 0;
	struct envv env = { 0 };
	char cwd[4096];
	char (*cg_procs)[4096] = NULL;

	memset(res, 0, sizeof(*res));
	res->exit_code = -1;
	io.cap = cmd->max_output ? cmd->max_output : RT_OUTPUT_DEFAULT;
	io.cwd = cwd;
	buf_init(&res->output, io.cap + 1);

	pidfd = running_pidfd(sandbox_id);
	if (pidfd < 0)
		return byoc_fail(BYOC_ECONFLICT, "sandbox '%s' is not started", sandbox_id);
	if ((rc = build_env(L, sandbox_id, sandbox_doc, cmd, &env, cwd, sizeof(cwd))) < 0)
		goto out;
	if (!(cg_procs = calloc(SBXCG_MAX_DIRS, sizeof(*cg_procs)))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory running a command");
		goto out;
	}
	if (pipe2(in, O_CLOEXEC) || pipe2(outp, O_CLOEXEC) || pipe2(info, O_CLOEXEC)) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot create pipes for a command");
		goto out;
	}
	io.ncg = command_leaf(sandbox_id, io.leaf, sizeof(io.leaf), cg_procs);
	io.ipid = fork();
	if (io.ipid < 0) {
		rc = byoc_fail_errno(BYOC_EFAIL, "cannot fork to run a command");
		goto out;
	}
	if (io.ipid == 0)
		enter_and_exec(pidfd, in[0], outp[1], info[1], cwd, (char *const *)cmd->argv, env.v, cg_procs, io.ncg,
			       plain_root(L, sandbox_id));
	close_fd(&in[0]);
	close_fd(&outp[1]);
	close_fd(&info[1]);
	close_fd(&pidfd);
	io.in = in[1];
	io.out = outp[0];
	io.info = info[0];
	in[1] = outp[0] = info[0] = -1;
	run_parent(&io);
out:
	if (io.ipid > 0) {
		while (waitpid(io.ipid, NULL, 0) < 0 && errno == EINTR)
			;
		/* the entering process lived in the leaf too: only now can it be empty */
		if (io.ncg && !io.killed)
			sbxcg_drop_leaf(sandbox_id, io.leaf);
	}
	for (int i = 0; i < 2; i++) {
		close_fd(&in[i]);
		close_fd(&outp[i]);
		close_fd(&info[i]);
	}
	close_fd(&io.in);
	close_fd(&io.out);
	close_fd(&io.info);
	close_fd(&pidfd);
	env_free(&env);
	free(cg_procs);
	return rc;
}

int runtime_spawn(struct local *L, const char *sandbox_id, const json_t *sandbox_doc, const struct rt_cmd *cmd,
		  int *stdin_fd, pid_t *ipid_out, pid_t *pgid_out)
{
	int rc = 0;
	int in[2] = { -1, -1 }, info[2] = { -1, -1 }, nul = -1;
	struct envv env = { 0 };
	char cwd[4096];
	pid_t ipid = -1;
	char (*cg_procs)[4096] = NULL;

	*stdin_fd = -1;
	int pidfd = running_pidfd(sandbox_id);
	if (pidfd < 0)
		return byoc_fail(BYOC_ECONFLICT, "sandbox '%s' is not started", sandbox_id);
	if ((rc = build_env(L, sandbox_id, sandbox_doc, cmd, &env, cwd, sizeof(cwd))) < 0)
		goto out;
	nul = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (nul < 0 || pipe2(in, O_CLOEXEC) || pipe2(info, O_CLOEXEC)) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot create pipes for a command");
		goto out;
	}
	/* a session's command lives in a leaf of the sandbox's cgroup too: under its limits */
	char leaf[32];
	cg_procs = calloc(SBXCG_MAX_DIRS, sizeof(*cg_procs));
	int ncg = cg_procs ? command_leaf(sandbox_id, leaf, sizeof(leaf), cg_procs) : 0;
	ipid = fork();
	if (ipid < 0) {
		rc = byoc_fail_errno(BYOC_EFAIL, "cannot fork to run a command");
		goto out;
	}
	if (ipid == 0)
		enter_and_exec(pidfd, in[0], nul, info[1], cwd, (char *const *)cmd->argv, env.v, cg_procs, ncg,
			       plain_root(L, sandbox_id));
	close(info[1]);
	info[1] = -1;
	struct rt_msg m;
	ssize_t n;
	while ((n = read(info[0], &m, sizeof(m))) < 0 && errno == EINTR)
		;
	if (n != (ssize_t)sizeof(m) || m.kind != 1) {
		rc = n == (ssize_t)sizeof(m) && m.kind == 3
			     ? byoc_fail(BYOC_EFAIL, "cannot start the command: %s: %s", m.step, strerror(m.val))
			     : byoc_fail(BYOC_EFAIL, "cannot start the command");
		while (waitpid(ipid, NULL, 0) < 0 && errno == EINTR)
			;
		goto out;
	}
	*stdin_fd = in[1];
	in[1] = -1;
	*ipid_out = ipid;
	*pgid_out = m.val;
out:
	for (int i = 0; i < 2; i++) {
		if (in[i] >= 0)
			close(in[i]);
		if (info[i] >= 0)
			close(info[i]);
	}
	if (nul >= 0)
		close(nul);
	close(pidfd);
	env_free(&env);
	free(cg_procs);
	return rc;
}
