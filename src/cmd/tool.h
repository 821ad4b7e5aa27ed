/*
 * What every byoc tool shares: its name in messages, stderr logging that
 * respects --quiet, the one place where a library error becomes an exit
 * status, and Ctrl-C handling that lets the tool clean up before it exits.
 */
#ifndef BYOC_TOOL_H
#define BYOC_TOOL_H

#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct http_opts;
struct dt_client;

extern const char *tool_name;   /* "byoc-snapshot" */
extern bool tool_quiet;         /* --quiet: errors only */
extern bool tool_verbose;       /* --verbose: traces (secrets redacted) */
extern volatile sig_atomic_t tool_interrupted;

/* Sets tool_name from argv[0] and installs the SIGINT/SIGTERM flag handler. */
void tool_init(int argc, char **argv);

/* As if sig had arrived: sets tool_interrupted, passes it to the steps, wakes tool_nap. */
void tool_interrupt(int sig);

/* What an interrupted tool may spend deleting what it half-made: it ends within 3 s of
 * SIGINT or SIGTERM, and says truly what it could not delete in that time. */
#define TOOL_INTERRUPT_CLEANUP_MS 1500
/* What an interrupted tool's running step (byoc-prepare's child) has, from the signal, to
 * clean up and end before it is killed: the tool's own cleanup must still fit in the 3 s. */
#define TOOL_INTERRUPT_STEP_MS 1000
/* By when, from the signal, an interrupted tool's deletes are over whatever came before them
 * (a slow step, a slow cancel): room is left to say what was left and exit within the 3 s. */
#define TOOL_INTERRUPT_END_MS 2400
/* Interrupts the blocking call of each thread (a transfer's wait, a read): a signal reaches one
 * thread of a tool, and the others would see tool_interrupted only at their next wake-up (up to
 * 1 s in a transfer). A no-op signal (SIGURG) that tool_init installs a handler for. */
void tool_poke_threads(const pthread_t *th, size_t n);
/* Sleeps up to ms without polling: -1 at once when the tool is interrupted, 1 when fd (if
 * >= 0) becomes readable, 0 when the time is up. */
int tool_nap(long ms, int fd);

/* Runs path with argv (stdout onto stdout_fd when >= 0) as a step of this tool: a SIGINT or
 * SIGTERM this tool gets is passed on to it at once, and it gets SIGTERM when this tool dies
 * (even by SIGKILL), so a step never outlives the run it belongs to. Returns the pid or -1. */
pid_t tool_spawn(const char *path, char *const argv[], int stdout_fd);
/* waitpid for a tool_spawn child (EINTR retried); forgets it. */
int tool_wait(pid_t pid, int *status);
/* Reads fd (the child's stdout) to its end, each piece to sink (may be NULL), then waits for
 * the child (tool_wait). Once this tool is interrupted the child has TOOL_INTERRUPT_STEP_MS
 * from the signal to clean up and end; then it is killed (SIGKILL) and 1 returned. */
int tool_collect(pid_t pid, int fd, void (*sink)(void *arg, const char *p, size_t n), void *arg, int *status);

/*
 * Deleting what a failed or interrupted run made (byoc-sandbox's pool, byoc-prepare's
 * sandboxes), the same way in every tool. Not interrupted: each delete is asked until timeout
 * seconds, then waited for until gone for timeout seconds more; a lost create is looked for
 * until find_deadline (15 s). Interrupted: the deletes end TOOL_INTERRUPT_CLEANUP_MS after
 * tool_deletes_init, and the lookups of creates in flight TOOL_INTERRUPT_END_MS after the
 * signal (both by then at the latest); a delete accepted but not finished by then is said to be under way
 * (pending), one still refused (Daytona answers 409 while a create or start is pending) is kept
 * for tool_deletes_hand_off, and a create in flight not found by then is said to be possibly
 * made still (unfound). tool_find_lost and tool_delete may be called from several threads.
 */
struct tool_deletes {
	int64_t del_deadline, wait_deadline, find_deadline;  /* wait_deadline 0: timeout after the delete */
	long timeout;
	bool interrupted;
	pthread_mutex_t lock;
	size_t asked, pending;  /* deletes asked for; accepted, not gone by the deadline */
	size_t unfound;         /* creates in flight not found by name by find_deadline */
	char **refused;         /* interrupted: ids still refused at the deadline */
	size_t nrefused;
	int first_rc;           /* the first delete that failed otherwise, or 0 */
};
void tool_deletes_init(struct tool_deletes *d, long timeout_s);
/* A Daytona client for d's deletes (tool_dt_client(cancel)): interrupted, none of its calls
 * outlives d's deadline (a slow or unreachable API). */
int tool_deletes_client(const struct tool_deletes *d, volatile sig_atomic_t *cancel, struct dt_client **out);
/* The id of the sandbox a create in flight or unanswered made, found by name and its
 * byoc.prepared_at stamp (dt_sandbox_find_lost), or NULL; when find_deadline passed first, says
 * that it may still be made. */
char *tool_find_lost(struct tool_deletes *d, struct dt_client *dt, const char *name, const char *stamp);
/* Deletes the sandbox id (name: how the messages call it) and waits until it is gone, saying
 * which on stderr. 0 (deleted, under way, or refused and kept), or the error. */
int tool_delete(struct tool_deletes *d, struct dt_client *dt, const char *id, const char *name);
/* The deletes still refused go to a detached `byoc-sandbox delete --timeout 120 ID...` (the
 * byoc-sandbox beside this binary), which asks until it can, so that the tool ends now and the
 * sandboxes still go; says so. Returns first_rc, or the error when it cannot start. Releases
 * what d holds (its counts stay). */
int tool_deletes_hand_off(struct tool_deletes *d);

/* "byoc-x: message" on stderr; info is silenced by --quiet, errors never are. */
void tool_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void tool_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void tool_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints the library's last error for code and returns the matching exit
 * status (see docs/exit-codes.md). */
int tool_fail(int code);

/* Prints "byoc-x: msg" and "try 'byoc-x --help'" and returns exit status 2. */
int tool_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* True when stderr is a terminal and --quiet is off: progress lines may be drawn. */
bool tool_progress_enabled(void);

/* An http_opts.log callback: "byoc-x: line" on stderr when --verbose is on (the library
 * redacts secrets before it calls this). */
void tool_trace(void *arg, const char *line);

/* The HTTP options every tool's clients share: traces when --verbose, the cancel flag
 * (NULL: not cancellable), and the API keys of the environment as secrets to redact. */
void tool_http_opts(struct http_opts *o, volatile sig_atomic_t *cancel);

/* A Daytona client with tool_http_opts(cancel). */
int tool_dt_client(struct dt_client **out, volatile sig_atomic_t *cancel);

/* doc as indented JSON and a newline on stdout: the one result of --json. */
void tool_print_json(json_t *doc);

/* doc (taken; NULL when the json_pack that made it failed) as one compact JSON line on stdout,
 * for results a script reads line by line; 0, or BYOC_ENOMEM with nothing printed. */
int tool_print_json_line(json_t *doc);

/* Parses s, the value of option opt, as a whole number from min to max into *out; 0, or
 * prints the one usage message and returns exit status 2. */
int tool_parse_long(const char *opt, const char *s, long min, long max, long *out);

/* Monotonic seconds, for durations and rates. */
double tool_now_s(void);

/* n bytes as "512 B", "1.5 KiB" ... "2.0 TiB" into out. */
void tool_human(uint64_t n, char *out, size_t len);

/*
 * A tool's subcommands, dispatched from a table: each names the options it takes, so an
 * option given to a command that does not read it is a usage error, not silently ignored.
 */
struct option;
struct tool_cmd {
	const char *name;
	int (*run)(void *opts, const char *name, int argc, char **argv);
	const int *options;    /* getopt values it takes besides -q, -v, -h; 0-terminated */
	bool takes_args;       /* false: any argument left after the options is a usage error */
};

/* The entry of table (ended by a NULL name) for name, or NULL. */
const struct tool_cmd *tool_cmd_find(const struct tool_cmd *table, const char *name);

/* 0 when cmd takes the option getopt returned as val (named in lo), else prints
 * "--X is not an option of 'cmd'" and returns exit status 2. */
int tool_cmd_option(const struct tool_cmd *cmd, const struct option *lo, int val);

/* Runs cmd with what getopt left (argv[0] the first argument): a usage error when cmd
 * takes no arguments and some are left. */
int tool_cmd_run(const struct tool_cmd *cmd, void *opts, int argc, char **argv);

/* Exit statuses (docs/exit-codes.md). */
enum {
	EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_NOTFOUND = 3, EXIT_REFUSED = 4,
	EXIT_BUILD = 5, EXIT_TIMEOUT = 6, EXIT_AUTH = 7, EXIT_INTERRUPTED = 130,
};

#endif
