/*
 * A started sandbox's network: see sandbox_net.h.
 *
 * pasta is handed the namespace as an open file (/proc/self/fd/3 in its own process):
 * Debian 12's pasta drops to "nobody" before it opens a path, and cannot open
 * /proc/PID/ns/net of a process it does not own; --runas 0 keeps the right to enter the
 * namespace (pasta still confines itself: seccomp, its own namespaces). Its defaults
 * forward every port bound on either side ("auto"): each direction is named here.
 */
#include "local/sandbox_net.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/err.h"
#include "util/file.h"

extern char **environ;

#define NET_HELPER_WAIT_MS 10000

static const char *const pasta_paths[] = { "/usr/bin/pasta", "/usr/sbin/pasta", "/usr/local/bin/pasta", NULL };
static const char *const ip_paths[] = { "/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip", NULL };
static const char *const nsenter_paths[] = { "/usr/bin/nsenter", "/bin/nsenter", NULL };

static void net_file(struct local *L, const char *id, const char *name, char *out, size_t n)
{
	char dir[3900];
	local_sandbox_dir(L, id, dir, sizeof(dir));
	snprintf(out, n, "%s/%s", dir, name);
}

/* Reads a pid file; 0 when absent or bad. */
static pid_t read_pid(const char *path)
{
	char b[32] = "";
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, b, sizeof(b) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	b[n] = '\0';
	long v = strtol(b, NULL, 10);
	return v > 1 && v < (1L << 30) ? (pid_t)v : 0;
}

/* True when pid runs pasta (or passt): a pid file is only trusted as far as that. */
static bool is_pasta(pid_t pid)
{
	char path[64], comm[64] = "";
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, comm, sizeof(comm) - 1);
	close(fd);
	return n > 0 && (!strncmp(comm, "pasta", 5) || !strncmp(comm, "passt", 5));
}

/* Runs argv with fd 3 = nsfd and output to log_path; waits up to NET_HELPER_WAIT_MS for it
 * to exit 0. 0, or <0 with the error naming what (and the log's last line). */
static int run_helper(char *const *argv, int nsfd, const char *log_path, const char *what)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st = 0, e;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, log_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	posix_spawn_file_actions_adddup2(&fa, nsfd, 3);
	posix_spawn_file_actions_addclosefrom_np(&fa, 4);
	/* Signals as a fresh process has them: byoc-local ignores SIGPIPE, and Debian 12's
	 * pasta reads signal(SIGPIPE, SIG_IGN) returning SIG_IGN as a failure. */
	posix_spawnattr_t sa;
	sigset_t none, dfl;
	sigemptyset(&none);
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGPIPE);
	sigaddset(&dfl, SIGCHLD);
	posix_spawnattr_init(&sa);
	posix_spawnattr_setsigmask(&sa, &none);
	posix_spawnattr_setsigdefault(&sa, &dfl);
	posix_spawnattr_setflags(&sa, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	e = posix_spawn(&pid, argv[0], &fa, &sa, argv, environ);
	posix_spawnattr_destroy(&sa);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0)
		return byoc_fail(BYOC_EFAIL, "cannot run %s for the sandbox's network: %s", argv[0], strerror(e));
	for (int waited = 0;; waited += 20) {
		pid_t r = waitpid(pid, &st, WNOHANG);
		if (r == pid)
			break;
		if (r < 0 && errno != EINTR)
			return byoc_fail_errno(BYOC_EFAIL, "cannot wait for %s", argv[0]);
		if (waited >= NET_HELPER_WAIT_MS) {
			kill(pid, SIGKILL);
			while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
				;
			return byoc_fail(BYOC_EFAIL, "%s did not finish within %d ms", what, NET_HELPER_WAIT_MS);
		}
		struct timespec ts = { 0, 20 * 1000000L };
		nanosleep(&ts, NULL);
	}
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		return 0;
	char last[300] = "";
	FILE *f = fopen(log_path, "re");
	if (f) {
		char line[300];
		while (fgets(line, sizeof(line), f))
			if (line[0] != '\n' && strncmp(line, "Failed to send", 14))
				snprintf(last, sizeof(last), "%s", line);
		fclose(f);
	}
	last[strcspn(last, "\n")] = '\0';
	return byoc_fail(BYOC_EFAIL, "%s failed%s%s", what, last[0] ? ": " : "", last);
}

/* networkAllowList as one shell script for the namespace: every default and link route
 * goes, one route per CIDR via the gateway pasta set up comes back. Validated at create
 * (sandbox_api.c); checked again here, since it is pasted into a script. */
static int allow_script(const char *ip, const char *list, struct buf *sc)
{
	buf_printf(sc, "set -e; gw=$(%s -4 route show default | { read -r _ _ g _; echo \"$g\"; }); "
		       "%s -4 route flush dev eth0; %s -6 route flush dev eth0 2>/dev/null || true; ",
		   ip, ip, ip);
	const char *p = list;
	while (*p) {
		size_t n = strcspn(p, ",");
		char cidr[64];
		while (n && p[0] == ' ')
			p++, n--;
		size_t m = n;
		while (m && p[m - 1] == ' ')
			m--;
		if (m == 0 || m >= sizeof(cidr) || strspn(p, "0123456789./") < m)
			return byoc_fail(BYOC_EUSAGE, "bad networkAllowList entry '%.*s': want an IPv4 CIDR", (int)n, p);
		memcpy(cidr, p, m);
		cidr[m] = '\0';
		buf_printf(sc, "%s -4 route add %s via \"$gw\" dev eth0 onlink; ", ip, cidr);
		p += n;
		if (*p == ',')
			p++;
	}
	return 0;
}

static bool pasta_probed, pasta_on; /* on: sbxnet_startup's probe passed */

/* Starts pasta on the namespace nsfd with TCP forwards (from the namespace's 127.0.0.1 to
 * the host's) of ports ("none" for none); its pid into *helper. 0 or <0 with the error set. */
static int pasta_attach(int nsfd, const char *ports, const char *log_path, const char *pid_path, pid_t *helper)
{
	char *argv[] = {
		(char *)file_first_exec(pasta_paths), "--config-net", "--no-map-gw", "--quiet", "--runas", "0",
		"--ns-ifname", "eth0", "-t", "none", "-u", "none", "-U", "none", "-T", (char *)ports,
		"--netns", "/proc/self/fd/3", "--pid", (char *)pid_path, NULL,
	};
	unlink(log_path);
	unlink(pid_path);
	*helper = 0;
	int rc = run_helper(argv, nsfd, log_path, "pasta (the sandbox's outbound network)");
	if (rc < 0)
		return rc;
	for (int i = 0; i < 100 && !(*helper = read_pid(pid_path)); i++)
		usleep(10 * 1000);
	if (!*helper)
		return byoc_fail(BYOC_EFAIL, "pasta started but wrote no pid file '%s'", pid_path);
	return 0;
}

/* Tries pasta once on a throwaway namespace, as sbxnet_start runs it (where AppArmor, a
 * container without /dev/net/tun or a pasta too old refuses it). 0 or <0 with the error set. */
static int pasta_probe(struct local *L)
{
	int go[2];
	if (pipe2(go, O_CLOEXEC) != 0)
		return byoc_fail_errno(BYOC_EFAIL, "cannot create a pipe");
	pid_t pid = fork();
	if (pid == 0) {
		char c = unshare(CLONE_NEWNET) == 0 ? 'y' : 'n';
		if (write(go[1], &c, 1) != 1)
			_exit(1);
		for (;;) /* holds the namespace until the parent kills it */
			pause();
	}
	int rc = 0, nsfd = -1;
	char c = 'n', nspath[64], log_path[4200], pid_path[4200];
	snprintf(log_path, sizeof(log_path), "%s/.net-probe.log", local_state_dir(L));
	snprintf(pid_path, sizeof(pid_path), "%s/.net-probe.pid", local_state_dir(L));
	snprintf(nspath, sizeof(nspath), "/proc/%d/ns/net", (int)pid);
	close(go[1]);
	if (pid < 0 || read(go[0], &c, 1) != 1 || c != 'y' || (nsfd = open(nspath, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = byoc_fail(BYOC_EFAIL, "cannot make a network namespace");
	} else {
		pid_t helper = 0;
		rc = pasta_attach(nsfd, "none", log_path, pid_path, &helper);
		if (helper > 0 && is_pasta(helper))
			kill(helper, SIGKILL);
	}
	if (nsfd >= 0)
		close(nsfd);
	close(go[0]);
	if (pid > 0) {
		kill(pid, SIGKILL);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	unlink(log_path);
	unlink(pid_path);
	return rc;
}

void sbxnet_startup(struct local *L)
{
	if (pasta_probed)
		return;
	pasta_probed = true;
	if (!file_first_exec(pasta_paths)) {
		local_log("pasta (Debian package passt) is not installed: sandboxes get no network beyond their "
			  "own loopback, as with networkBlockAll");
	} else if (pasta_probe(L) < 0) {
		local_log("pasta cannot run here (%s): sandboxes get no network beyond their own loopback, "
			  "as with networkBlockAll", byoc_errmsg());
	} else {
		pasta_on = true;
	}
}

int sbxnet_start(struct local *L, const char *sandbox_id, const json_t *sandbox_doc, pid_t init_pid, pid_t *helper)
{
	char nspath[64], log_path[4200], pid_path[4200];
	int nsfd = -1, rc = 0;
	struct buf ports;

	*helper = 0;
	sbxnet_startup(L); /* once, for callers (tests) that start no server */
	if (json_is_true(json_object_get(sandbox_doc, "networkBlockAll")) || !pasta_on)
		return 0;
	buf_init(&ports, 4096);
	snprintf(nspath, sizeof(nspath), "/proc/%d/ns/net", (int)init_pid);
	nsfd = open(nspath, O_RDONLY | O_CLOEXEC);
	if (nsfd < 0) {
		rc = byoc_fail_errno(BYOC_EFAIL, "cannot open the network namespace of sandbox '%s'", sandbox_id);
		goto out;
	}
	net_file(L, sandbox_id, "net.log", log_path, sizeof(log_path));
	net_file(L, sandbox_id, "pasta.pid", pid_path, sizeof(pid_path));

	const struct local_options *o = local_opts(L);
	const char *sapi = local_sandbox_api_url(L);
	const char *colon = sapi ? strrchr(sapi, ':') : NULL;
	if (colon && colon[1])
		buf_printf(&ports, "%s", colon + 1);
	for (size_t i = 0; i < o->nforward; i++)
		buf_printf(&ports, "%s%d", ports.len ? "," : "", o->forward_ports[i]);
	if ((rc = pasta_attach(nsfd, ports.len ? ports.data : "none", log_path, pid_path, helper)) < 0) {
		char why[512];
		snprintf(why, sizeof(why), "%s", byoc_errmsg());
		rc = byoc_fail(BYOC_EFAIL, "sandbox '%s': %s", sandbox_id, why);
		goto out;
	}

	const char *allow = json_string_value(json_object_get(sandbox_doc, "networkAllowList"));
	if (allow && *allow) {
		const char *ip = file_first_exec(ip_paths), *nsenter = file_first_exec(nsenter_paths);
		struct buf sc;
		if (!ip || !nsenter) {
			rc = byoc_fail(BYOC_EFAIL, "networkAllowList needs ip (iproute2) and nsenter (util-linux) on this machine");
			goto fail_helper;
		}
		buf_init(&sc, 1 << 16);
		if ((rc = allow_script(ip, allow, &sc)) == 0) {
			char *av[] = { (char *)nsenter, "--net=/proc/self/fd/3", "/bin/sh", "-c", sc.data, NULL };
			rc = run_helper(av, nsfd, log_path, "setting the sandbox's networkAllowList routes");
		}
		buf_release(&sc);
		if (rc < 0)
			goto fail_helper;
	}
	goto out;
fail_helper:
	sbxnet_stop(L, sandbox_id, *helper);
	*helper = 0;
out:
	if (nsfd >= 0)
		close(nsfd);
	buf_release(&ports);
	return rc;
}

void sbxnet_stop(struct local *L, const char *sandbox_id, pid_t helper)
{
	char pid_path[4200];
	net_file(L, sandbox_id, "pasta.pid", pid_path, sizeof(pid_path));
	if (helper <= 0)
		helper = read_pid(pid_path);
	if (helper > 0 && is_pasta(helper))
		kill(helper, SIGKILL);
	unlink(pid_path);
}
