/*
 * Orchestration of one self-hosted environment: what the reference's
 * orchestrator_lib.py and host_lib.py do, on byoc's library, plus what they
 * miss. For each claimed work item: read the session, pick its sandbox
 * (daytona.sandbox_id attaches a prepared one by the attach rules and binds it
 * with a guarded label merge; daytona.snapshot_name creates byoc-<session>
 * from that snapshot; neither creates it from the default snapshot), start it,
 * preflight the runner and launch it with the work item's environment. The
 * janitor stops idle sandboxes, archives terminated sessions', deletes the
 * long-idle ones and prepared sandboxes no session claimed within their TTL,
 * relaunches crashed runners while their work is live, and never touches a
 * sandbox of another environment.
 *
 * Threads: orch_handle_work and orch_janitor_pass may run on any threads at
 * once; work on one session is serialised by a per-session lock.
 * Logging: every event goes to cfg.log as a name and a JSON object of fields
 * (the tool renders them as text or JSON lines); secrets never enter them.
 */
#ifndef BYOC_ORCH_H
#define BYOC_ORCH_H

#include <jansson.h>
#include <signal.h>
#include <stdbool.h>

#include "lib/anthropic.h"
#include "lib/daytona.h"
#include "lib/metrics.h"
#include "lib/runner.h"
#include "lib/workq.h"

enum orch_level { ORCH_DEBUG, ORCH_INFO, ORCH_WARN, ORCH_ERROR };
/* fields is borrowed (a JSON object); event a short dotted name ("work.claimed"). */
typedef void (*orch_log_fn)(void *arg, enum orch_level level, const char *event, const json_t *fields);

struct orch_config {
	const char *environment_id;      /* required */
	const char *default_snapshot;    /* for sessions whose metadata names none (required) */
	struct runner_opts runner;       /* command, check, workdir, state dir, memory dir */
	const char *runner_base_url;     /* ANTHROPIC_BASE_URL inside sandboxes (required) */
	const char *environment_key;     /* given to runners only when pass_environment_key */
	bool pass_environment_key;
	double runner_max_idle_s;        /* RUNNER_MAX_IDLE_SECONDS, given to the runner (300) */
	double launch_probe_s;           /* RUNNER_LAUNCH_PROBE_SECONDS (3) */
	double replace_grace_s;          /* RUNNER_REPLACE_GRACE_SECONDS (10) */
	double max_idle_days;            /* MAX_IDLE_DAYS: stopped this long -> deleted (30; <= 0 never) */
	double prepared_ttl_s;           /* PREPARED_TTL_HOURS: unclaimed prepared -> deleted (<= 0 never) */
	int auto_archive_minutes;        /* set on sandboxes it creates (1440) */
	long start_timeout_s;            /* a sandbox start (300) */
	long bind_settle_ms;             /* the bind's settle before its last read (500) */
	bool recover_crashed_runners;    /* janitor relaunches (webhook mode; the poll loop does it itself) */
	orch_log_fn log;
	void *log_arg;
	struct metrics *metrics;         /* may be NULL */
	volatile sig_atomic_t *cancel;   /* set: waits stop early */
};

struct orch;

/* The clients are borrowed and must outlive the orch. */
int orch_new(const struct orch_config *cfg, struct dt_client *dt, struct anthropic_client *ma, struct orch **out);
void orch_free(struct orch *o);

/* What became of one work item. */
enum orch_outcome {
	ORCH_LAUNCHED,         /* a runner was started (or finished at once with 0) */
	ORCH_SKIPPED,          /* the work was stopped on purpose (reason says why) */
	ORCH_FAILED,           /* the work was stopped after an error (byoc_errmsg) */
};
struct orch_result {
	enum orch_outcome outcome;
	char reason[64];       /* "terminated", "not_found", "already_running", "runner_ambiguous", ... */
	char sandbox_id[128];
};

/* Runs one claimed (acked) work item to a runner or a stop. Never leaves it claimed
 * without either, unless the stop itself cannot be made (then the error says so). */
int orch_handle_work(struct orch *o, const struct workq_item *w, struct orch_result *res);

/*
 * Claims up to max_items (polling with block_ms and reclaim_ms; the first poll
 * may block, the rest do not), acks each, stops non-session work and all but the
 * newest item of each session, and hands the kept items to handle (called in the
 * caller's thread, or queued by it). Returns how many were handed over, or the
 * poll's error with *poll_status its HTTP status.
 */
typedef void (*orch_handle_fn)(void *arg, struct workq_item *w);   /* takes ownership of w */
int orch_claim(struct orch *o, const char *worker_id, int max_items, int block_ms, long reclaim_ms,
	       orch_handle_fn handle, void *arg, long *poll_status);

/* One janitor pass (the reference's janitor_once plus the prepared TTL). */
struct orch_janitor_counts {
	int stopped, archived, deleted, backfilled, relaunched, released, prepared_deleted, failed;
};
int orch_janitor_pass(struct orch *o, const char *worker_id, struct orch_janitor_counts *out);

/* Counts sandboxes of this environment by state into the metrics gauge (janitor does it too). */
const char *orch_outcome_name(enum orch_outcome o);

#endif
