#include "cmd/tool.h"
#include "lib/daytona.h"
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

static void on_signal(int sig)
{
	int saved = errno, i;

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
