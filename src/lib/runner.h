/*
 * The runner: the process in a session's sandbox that serves its work item (the
 * official SDK's EnvironmentWorker, or any worker the operator names). byoc
 * launches it in its own session so that it outlives the launching command,
 * keeps its pid, exit code and log in a state folder, and probes, stops and
 * preflights it with the programs in src/lib/sandbox/ (runner-*.sh) over the
 * toolbox; the reference runner's preflight (reference-preflight.sh) runs and reads
 * the same way. Everything secret goes in the command's environment, never argv.
 */
#ifndef BYOC_RUNNER_H
#define BYOC_RUNNER_H

#include <jansson.h>
#include <stdbool.h>

#include "lib/tbclient.h"

#define RUNNER_DEFAULT_STATE_DIR "/home/daytona/.byoc-runner"
#define RUNNER_DEFAULT_COMMAND "node /opt/byoc-runner/runner.mjs"
#define RUNNER_DEFAULT_CHECK "command -v node && test -r /opt/byoc-runner/runner.mjs"

struct runner_opts {
	const char *command;     /* the runner's command line (NULL: RUNNER_DEFAULT_COMMAND) */
	const char *check;       /* succeeds when the runner is installed (NULL: the default's check; "" none) */
	const char *workdir;     /* where it starts (required) */
	const char *state_dir;   /* NULL: RUNNER_DEFAULT_STATE_DIR */
	const char *memory_dir;  /* checked writable by the preflight when set */
};

enum runner_state {
	RUNNER_RUNNING, RUNNER_EXITED_ZERO, RUNNER_EXITED_NONZERO, RUNNER_MISSING_PIDFILE,
	RUNNER_MISSING_PROCESS, RUNNER_UNKNOWN,
};

struct runner_status {
	enum runner_state state;
	long pid;                /* -1 when unknown */
	int exit_code;           /* -1 when unknown */
	char detail[64];
};

const char *runner_state_name(enum runner_state s);
/* Reads the probe's JSON line; an unreadable line is RUNNER_UNKNOWN with a detail (never an error). */
void runner_parse_probe(const char *text, struct runner_status *out);

/* Each runs one program through tbc_execute. Errors: the toolbox's. */
int runner_probe(struct tbc *t, const struct runner_opts *o, struct runner_status *out);
/* The same checks: *missing (new array, empty when all hold) names each failed one. */
int runner_preflight_list(struct tbc *t, const struct runner_opts *o, json_t **missing);
/* The reference's preflight_runner_environment (reference-preflight.sh, in a login bash as the
 * reference runs it): workdir and /home/daytona writable (and /mnt/memory with memory_stores),
 * bash, python with pip, setsid, ps, awk, tr. *missing as runner_preflight_list's. */
int runner_reference_preflight_list(struct tbc *t, const char *python, const char *workdir, bool memory_stores,
				    json_t **missing);
/* The preflight and the probe in one call: *missing as runner_preflight_list, *st as runner_probe. */
int runner_check(struct tbc *t, const struct runner_opts *o, struct runner_status *st, json_t **missing);
/* The scripts runner_launch (with or without its probe) and runner_check send (malloc'd;
 * NULL when out of memory), and the pid a launch printed (-1 if none). */
char *runner_launch_text(bool probe);
char *runner_check_text(void);
long runner_parse_launch(const char *out);
/* 0 when missing (runner_preflight_list's) is empty, else BYOC_EREFUSED with "the sandbox
 * cannot run the runner: missing A; B". */
int runner_refuse_missing(const json_t *missing);
/* env: the runner's environment (object of strings, borrowed; may be NULL). *pid its pid.
 * With st, the same call waits probe_s in the sandbox and probes the runner into *st (one
 * round trip instead of two). */
int runner_launch(struct tbc *t, const struct runner_opts *o, const json_t *env, double probe_s, long *pid,
		  struct runner_status *st);
int runner_stop(struct tbc *t, const struct runner_opts *o);
/* The last 4 KiB of the runner's log (malloc'd), for error messages. */
int runner_log_tail(struct tbc *t, const struct runner_opts *o, char **out);

#endif
