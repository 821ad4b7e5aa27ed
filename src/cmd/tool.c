#include "cmd/tool.h"
#include "lib/daytona.h"
#include "lib/http.h"
#include "lib/labels.h"
#include "util/env.h"
#include "util/err.h"
#include "util/num.h"
#include "util/wipe.h"

#include <errno.h>
#include <getopt.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

const char *tool_name = "byoc";
bool tool_quiet;
bool tool_verbose;
volatile sig_atomic_t tool_interrupted;

/* The tools this one runs (byoc-prepare's steps): a signal is passed on to each at once, so
 * that a step cleans up what it half-made while this tool waits for it. */
#define CHILDREN_MAX 64
static volatile pid_t children[CHILDREN_MAX];

/* Becomes readable on the first interruption and stays so (never read): a sleeper polls it
 * instead of waking every few milliseconds to look at tool_interrupted. */
static int wake_pipe[2] = {-1, -1};

/* When the first SIGINT or SIGTERM came (http_now_ms's clock), 0 before. */
static volatile int64_t interrupted_at;

static void on_signal(int sig)
{
	int saved = errno, i;

	if (!interrupted_at) {
		struct timespec ts;

		clock_gettime(CLOCK_MONOTONIC, &ts);   /* async-signal-safe */
		interrupted_at = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	}
	tool_interrupted = sig;
	if (wake_pipe[1] >= 0) {
		ssize_t w = write(wake_pipe[1], "", 1);   /* full already is as good */
		(void)w;
	}
	for (i = 0; i < CHILDREN_MAX; i++)
		if (children[i] > 0)
			kill(children[i], sig);
	errno = saved;
}

void tool_interrupt(int sig)
{
	on_signal(sig);
}

int tool_nap(long ms, int fd)
{
	struct pollfd p[2] = {{.fd = wake_pipe[0], .events = POLLIN}, {.fd = fd, .events = POLLIN}};
	int64_t end = (int64_t)(tool_now_s() * 1000) + ms;

	for (;;) {
		int64_t left = end - (int64_t)(tool_now_s() * 1000);

		if (tool_interrupted)
			return -1;
		if (left <= 0)
			return 0;
		/* without a pipe (pipe2 failed) look at the flag every 50 ms */
		if (poll(p, 2, wake_pipe[0] < 0 && left > 50 ? 50 : (int)(left > INT32_MAX ? INT32_MAX : left)) > 0 &&
		    fd >= 0 && (p[1].revents & POLLIN))
			return 1;
	}
}

pid_t tool_spawn(const char *path, char *const argv[], int stdout_fd)
{
	sigset_t block, old;
	pid_t parent = getpid(), pid;
	int i;

	/* the signal mask makes the fork and the registration one step for on_signal */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		/* killed outright (SIGKILL), this tool cannot pass anything on: the kernel does */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		if (getppid() != parent)
			_exit(130);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		if (stdout_fd >= 0)
			dup2(stdout_fd, STDOUT_FILENO);
		execv(path, argv);
		_exit(127);
	}
	if (pid > 0) {
		for (i = 0; i < CHILDREN_MAX; i++)
			if (__sync_bool_compare_and_swap(&children[i], 0, pid))
				break;
		if (tool_interrupted)
			kill(pid, tool_interrupted);
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return pid;
}

int tool_wait(pid_t pid, int *status)
{
	int i, rc;

	while ((rc = waitpid(pid, status, 0)) < 0 && errno == EINTR)
		;
	for (i = 0; i < CHILDREN_MAX; i++)
		if (children[i] == pid)
			__sync_bool_compare_and_swap(&children[i], pid, 0);
	return rc;
}

int tool_collect(pid_t pid, int fd, void (*sink)(void *arg, const char *p, size_t n), void *arg, int *status)
{
	char chunk[4096];
	bool killed = false;
	ssize_t n;

	for (;;) {
		struct pollfd p[2] = {{.fd = fd, .events = POLLIN}, {.fd = wake_pipe[0], .events = POLLIN}};
		int64_t end = interrupted_at ? interrupted_at + TOOL_INTERRUPT_STEP_MS : 0;
		int64_t left = end ? end - http_now_ms() : -1;

		if (end && left <= 0) {
			/* its time is up: this tool's own cleanup (deleting the sandbox the step
			 * worked in) goes on without it */
			kill(pid, SIGKILL);
			killed = true;
			break;
		}
		/* interrupted, the wake pipe stays readable: wait on the child's output alone */
		if (poll(p, end || wake_pipe[0] < 0 ? 1 : 2, end ? (int)left : -1) <= 0)
			continue;
		if (!(p[0].revents & (POLLIN | POLLHUP | POLLERR)))
			continue;
		if ((n = read(fd, chunk, sizeof(chunk))) == 0)
			break;
		if (n < 0 && errno != EINTR && errno != EAGAIN)
			break;
		if (n > 0 && sink)
			sink(arg, chunk, (size_t)n);
	}
	tool_wait(pid, status);
	return killed;
}

static void on_poke(int sig)
{
	(void)sig;   /* its arrival is the point: the thread's blocking call returns EINTR */
}

void tool_poke_threads(const pthread_t *th, size_t n)
{
	for (size_t i = 0; i < n; i++)
		pthread_kill(th[i], SIGURG);
}

void tool_init(int argc, char **argv)
{
	struct sigaction sa;
	const char *slash, *key;

	(void)argc;
	/* every JSON document is zeroed when freed: answers carry keys, push-access
	 * credentials, work secrets */
	json_set_alloc_funcs(malloc, wipe_block_free);
	if (argv && argv[0]) {
		slash = strrchr(argv[0], '/');
		tool_name = slash ? slash + 1 : argv[0];
	}
	if (pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
		wake_pipe[0] = wake_pipe[1] = -1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_poke;   /* without SA_RESTART: the poked call is interrupted */
	sigaction(SIGURG, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	/* the working directory's .env, read once, here: one that cannot be read safely stops
	 * the tool with one line naming it; an endpoint it sets is ignored, and said */
	if (byoc_env_load() < 0) {
		tool_error("%s", byoc_errmsg());
		exit(EXIT_USAGE);
	}
	for (size_t i = 0; (key = byoc_env_ignored(i)); i++)
		tool_warn("%s in .env.local or .env was ignored: an endpoint is read from the environment only, "
			  "so that a checkout's .env cannot send a credential elsewhere", key);
}

static void vmsg(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", tool_name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void tool_info(const char *fmt, ...)
{
	va_list ap;

	if (tool_quiet)
		return;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

void tool_warn(const char *fmt, ...)
{
	va_list ap;

	if (tool_quiet)
		return;
	va_start(ap, fmt);
	fprintf(stderr, "%s: warning: ", tool_name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void tool_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

int tool_fail(int code)
{
	if (code == BYOC_EINTR || tool_interrupted) {
		tool_error("interrupted");
		return EXIT_INTERRUPTED;
	}
	tool_error("%s", byoc_errmsg());
	return byoc_exit_code(code);
}

int tool_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	fprintf(stderr, "try '%s --help' for more information\n", tool_name);
	return EXIT_USAGE;
}

bool tool_progress_enabled(void)
{
	return !tool_quiet && isatty(STDERR_FILENO);
}

void tool_trace(void *arg, const char *line)
{
	(void)arg;
	if (tool_verbose)
		fprintf(stderr, "%s: %s\n", tool_name, line);
}

static const char *api_keys[3];
static pthread_once_t api_keys_once = PTHREAD_ONCE_INIT;

static void find_api_keys(void)
{
	const char *names[] = { "DAYTONA_API_KEY", "ANTHROPIC_API_KEY" };
	size_t i, n = 0;

	for (i = 0; i < 2; i++)
		if (byoc_env(names[i]))
			api_keys[n++] = byoc_env(names[i]);
}

void tool_http_opts(struct http_opts *o, volatile sig_atomic_t *cancel)
{
	pthread_once(&api_keys_once, find_api_keys);
	memset(o, 0, sizeof(*o));
	o->log = tool_verbose ? tool_trace : NULL;
	o->cancel = cancel;
	o->secrets = api_keys;
}

int tool_dt_client(struct dt_client **out, volatile sig_atomic_t *cancel)
{
	struct dt_client_opts o;

	memset(&o, 0, sizeof(o));
	tool_http_opts(&o.http, cancel);
	return dt_client_new(&o, out);
}

void tool_print_json(json_t *doc)
{
	char *s = json_dumps(doc, JSON_INDENT(2) | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6));

	if (s) {
		puts(s);
		free(s);
	}
}

int tool_print_json_line(json_t *doc)
{
	char *s = doc ? json_dumps(doc, JSON_COMPACT) : NULL;

	json_decref(doc);
	if (!s)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	printf("%s\n", s);
	free(s);
	return 0;
}

int tool_parse_long(const char *opt, const char *s, long min, long max, long *out)
{
	if (!num_parse_long(s, min, max, out))
		return tool_usage_error("%s expects a whole number from %ld to %ld, not '%s'", opt, min, max, s);
	return 0;
}

double tool_now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void tool_human(uint64_t n, char *out, size_t len)
{
	static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	double v = (double)n;
	int i = 0;

	while (v >= 1024 && i < 4) {
		v /= 1024;
		i++;
	}
	snprintf(out, len, i ? "%.1f %s" : "%.0f %s", v, units[i]);
}

const struct tool_cmd *tool_cmd_find(const struct tool_cmd *table, const char *name)
{
	for (; table->name; table++)
		if (!strcmp(table->name, name))
			return table;
	return NULL;
}

int tool_cmd_option(const struct tool_cmd *cmd, const struct option *lo, int val)
{
	const int *o;

	if (val == 'q' || val == 'v' || val == 'h' || val == '?' || val == ':')
		return 0;
	for (o = cmd->options; o && *o; o++)
		if (*o == val)
			return 0;
	for (; lo && lo->name; lo++)
		if (lo->val == val && !lo->flag)
			return tool_usage_error("--%s is not an option of '%s'", lo->name, cmd->name);
	return tool_usage_error("-%c is not an option of '%s'", val, cmd->name);
}

int tool_cmd_run(const struct tool_cmd *cmd, void *opts, int argc, char **argv)
{
	if (!cmd->takes_args && argc > 0)
		return tool_usage_error("unexpected argument '%s'", argv[0]);
	return cmd->run(opts, cmd->name, argc, argv);
}

/* ---- deleting what a run made ------------------------------------------------------------ */

void tool_deletes_init(struct tool_deletes *d, long timeout_s)
{
	int64_t now = http_now_ms(), end = tool_interrupted ? now + TOOL_INTERRUPT_CLEANUP_MS : 0;
	int64_t last = interrupted_at ? interrupted_at + TOOL_INTERRUPT_END_MS : end;

	if (end && end > last)
		end = last > now ? last : now;

	memset(d, 0, sizeof(*d));
	pthread_mutex_init(&d->lock, NULL);
	d->timeout = timeout_s;
	d->interrupted = end != 0;
	d->del_deadline = end ? end : now + (int64_t)timeout_s * 1000;
	d->wait_deadline = end;
	/* a create in flight may land late: looked for until the last moment the 3 s allow (then
	 * one delete is asked, and one still refused is handed off) */
	d->find_deadline = end ? (last > end ? last : end) : now + 15000;
}

int tool_deletes_client(const struct tool_deletes *d, volatile sig_atomic_t *cancel, struct dt_client **out)
{
	struct dt_client_opts co;

	memset(&co, 0, sizeof(co));
	tool_http_opts(&co.http, cancel);
	if (d->interrupted) {
		int64_t left = d->del_deadline - http_now_ms();

		co.http.timeout_ms = co.http.deadline_ms = left > 200 ? (long)left : 200;
		co.http.connect_timeout_ms = co.http.timeout_ms;
	}
	return dt_client_new(&co, out);
}

char *tool_find_lost(struct tool_deletes *d, struct dt_client *dt, const char *name, const char *stamp)
{
	char *id = dt_sandbox_find_lost(dt, name, LABEL_PREPARED_AT, stamp, d->find_deadline);

	if (!id && http_now_ms() >= d->find_deadline) {
		/* not absent long enough to say it was never made */
		tool_warn("the create of %s was in flight and %s is not found by name yet: it may still be made", name,
			  name);
		pthread_mutex_lock(&d->lock);
		d->unfound++;
		pthread_mutex_unlock(&d->lock);
	}
	return id;
}

/* Keeps id for tool_deletes_hand_off; false when out of memory. */
static bool keep_refused(struct tool_deletes *d, const char *id)
{
	char *keep = strdup(id), **r = NULL;

	pthread_mutex_lock(&d->lock);
	if (keep && (r = realloc(d->refused, (d->nrefused + 1) * sizeof(*r)))) {
		d->refused = r;
		d->refused[d->nrefused++] = keep;
	}
	pthread_mutex_unlock(&d->lock);
	if (!r)
		free(keep);
	return r != NULL;
}

int tool_delete(struct tool_deletes *d, struct dt_client *dt, const char *id, const char *name)
{
	static const char *const gone[] = {"destroyed", NULL};
	int rc = dt_sandbox_delete_until(dt, id, d->del_deadline);

	pthread_mutex_lock(&d->lock);
	d->asked++;
	pthread_mutex_unlock(&d->lock);
	if (rc < 0) {
		tool_error("could not delete %s (%s), it is left: %s", name, id, byoc_errmsg());
		if (d->interrupted && keep_refused(d, id))
			return 0;   /* for a background delete */
		goto failed;
	}
	rc = dt_sandbox_wait_state(dt, id, gone,
				   d->wait_deadline ? d->wait_deadline : http_now_ms() + (int64_t)d->timeout * 1000, NULL);
	if (rc == BYOC_ETIMEOUT && d->interrupted) {
		tool_info("deleting %s (%s): accepted, not gone yet", name, id);
		pthread_mutex_lock(&d->lock);
		d->pending++;
		pthread_mutex_unlock(&d->lock);
		return 0;
	}
	if (rc == 0) {
		tool_info("deleted %s (%s)", name, id);
		return 0;
	}
	tool_error("%s (%s) was not deleted: %s", name, id, byoc_errmsg());
failed:
	pthread_mutex_lock(&d->lock);
	if (!d->first_rc)
		d->first_rc = rc;
	pthread_mutex_unlock(&d->lock);
	return rc;
}

/* A detached `byoc-sandbox delete --timeout 120 ID...`, its output to /dev/null and the
 * default SIGINT and SIGTERM: a Ctrl-C of this tool's terminal does not reach it. Its pid, or -1. */
static pid_t delete_in_background(char **ids, size_t n)
{
	char self[4096], timeout[] = "120", verb[] = "delete", opt[] = "--timeout", *slash;
	ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 32);
	char **argv = calloc(n + 5, sizeof(char *));
	posix_spawnattr_t at;
	posix_spawn_file_actions_t fa;
	sigset_t none, dflt;
	pid_t pid = -1;

	if (len <= 0 || !argv) {
		free(argv);
		return -1;
	}
	self[len] = '\0';
	slash = strrchr(self, '/');
	snprintf(slash ? slash + 1 : self, sizeof(self) - (size_t)(slash ? slash + 1 - self : 0), "byoc-sandbox");
	argv[0] = self;
	argv[1] = verb;
	argv[2] = opt;
	argv[3] = timeout;
	for (size_t i = 0; i < n; i++)
		argv[4 + i] = ids[i];
	posix_spawnattr_init(&at);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	sigemptyset(&none);
	sigemptyset(&dflt);
	sigaddset(&dflt, SIGINT);
	sigaddset(&dflt, SIGTERM);
	sigaddset(&dflt, SIGPIPE);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &dflt);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	if (posix_spawn(&pid, self, &fa, &at, argv, environ) != 0)
		pid = -1;
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	free(argv);
	return pid;
}

int tool_deletes_hand_off(struct tool_deletes *d)
{
	int rc = d->first_rc;

	if (d->nrefused) {
		pid_t bg = delete_in_background(d->refused, d->nrefused);

		if (bg > 0)
			tool_warn("%zu sandbox%s named above %s left to a background 'byoc-sandbox delete' (pid %ld), "
				  "which asks again for up to 120 s", d->nrefused, d->nrefused > 1 ? "es" : "",
				  d->nrefused > 1 ? "are" : "is", (long)bg);
		else if (!rc)
			rc = byoc_fail(BYOC_EFAIL, "cannot start a background delete");
	}
	for (size_t i = 0; i < d->nrefused; i++)
		free(d->refused[i]);
	free(d->refused);
	d->refused = NULL;
	pthread_mutex_destroy(&d->lock);
	return rc;
}
