/*
 * What every byoc tool shares: its name in messages, stderr logging that
 * respects --quiet, the one place where a library error becomes an exit
 * status, and Ctrl-C handling that lets the tool clean up before it exits.
 */
#ifndef BYOC_TOOL_H
#define BYOC_TOOL_H

#include <signal.h>
#include <stdbool.h>

extern const char *tool_name;   /* "byoc-snapshot" */
extern bool tool_quiet;         /* --quiet: errors only */
extern bool tool_verbose;       /* --verbose: traces (secrets redacted) */
extern volatile sig_atomic_t tool_interrupted;

/* Sets tool_name from argv[0] and installs the SIGINT/SIGTERM flag handler. */
void tool_init(int argc, char **argv);

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

/* Exit statuses (docs/exit-codes.md). */
enum {
	EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_NOTFOUND = 3, EXIT_REFUSED = 4,
	EXIT_BUILD = 5, EXIT_TIMEOUT = 6, EXIT_AUTH = 7, EXIT_INTERRUPTED = 130,
};

#endif
