#include "lib/orch.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/http.h"
#include "lib/labels.h"
#include "util/err.h"

#define SESSION_STRIPES 64
#define LABEL_MODE_TERMINAL "terminal"

struct orch {
	struct orch_config cfg;
	struct dt_client *dt;
	struct anthropic_client *ma;
	/* Work on one session is serialised; sessions share a lock only by hash. */
	pthread_mutex_t stripes[SESSION_STRIPES];
	struct metric *m_handled, *m_runner_start, *m_sandboxes, *m_janitor;
	/* Sessions whose work failed for a reason a retry will not fix (a refused sandbox, bad
	 * metadata, a snapshot without the runner): their next items are stopped at once until
	 * the back-off ends, rather than re-running every check each time the service requeues. */
	pthread_mutex_t backoff_mu;
	struct backoff {
		char sid[96];
		int64_t until_ms;
		long delay_ms;
	} backoff[64];
};

#define BACKOFF_MIN_MS 5000
#define BACKOFF_MAX_MS 300000

/* True while sid is backing off. */
static bool backing_off(struct orch *o, const char *sid)
{
	int64_t now = http_now_ms();
	bool yes = false;

	pthread_mutex_lock(&o->backoff_mu);
	for (size_t i = 0; i < sizeof o->backoff / sizeof *o->backoff; i++)
		if (!strcmp(o->backoff[i].sid, sid) && o->backoff[i].until_ms > now)
			yes = true;
	pthread_mutex_unlock(&o->backoff_mu);
	return yes;
}

/* failed: start or double sid's back-off; else clear it. */
static void note_outcome(struct orch *o, const char *sid, bool failed)
{
	int64_t now = http_now_ms();
	struct backoff *slot = NULL, *oldest = &o->backoff[0];

	pthread_mutex_lock(&o->backoff_mu);
	for (size_t i = 0; i < sizeof o->backoff / sizeof *o->backoff; i++) {
		if (!strcmp(o->backoff[i].sid, sid))
			slot = &o->backoff[i];
		if (o->backoff[i].until_ms < oldest->until_ms)
			oldest = &o->backoff[i];
	}
	if (failed) {
		if (!slot) {
			slot = oldest;
			snprintf(slot->sid, sizeof slot->sid, "%s", sid);
			slot->delay_ms = 0;
		}
		slot->delay_ms = slot->delay_ms ? slot->delay_ms * 2 : BACKOFF_MIN_MS;
		if (slot->delay_ms > BACKOFF_MAX_MS)
			slot->delay_ms = BACKOFF_MAX_MS;
		slot->until_ms = now + slot->delay_ms;
	} else if (slot) {
		memset(slot, 0, sizeof *slot);
	}
	pthread_mutex_unlock(&o->backoff_mu);
}

static const char *const outcome_names[] = {"launched", "skipped", "failed"};

const char *orch_outcome_name(enum orch_outcome o)
{
	return (unsigned)o < 3 ? outcome_names[o] : "unknown";
}

/* ---- events ----------------------------------------------------------------------- */

/* Emits event with fields from a json_pack format; the message of the last error when err. */
static void ev(struct orch *o, enum orch_level level, const char *event, const char *fmt, ...)
{
	json_t *f = NULL;
	va_list ap;

	if (!o->cfg.log)
		return;
	if (fmt) {
		va_start(ap, fmt);
		f = json_vpack_ex(NULL, 0, fmt, ap);
		va_end(ap);
	}
	if (!f)
		f = json_object();
	o->cfg.log(o->cfg.log_arg, level, event, f);
	json_decref(f);
}

static const char *nz(const char *s)
{
	return s ? s : "";
}

/* ---- setup ------------------------------------------------------------------------ */

int orch_new(const struct orch_config *cfg, struct dt_client *dt, struct anthropic_client *ma, struct orch **out)
{
	static const double buckets[] = {0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300};
	struct orch *o;

	*out = NULL;
	if (!cfg->environment_id || !*cfg->environment_id)
		return byoc_fail(BYOC_EUSAGE, "ENVIRONMENT_ID is not set");
	if (!cfg->default_snapshot || !*cfg->default_snapshot)
		return byoc_fail(BYOC_EUSAGE, "no default snapshot name");
	if (!cfg->runner_base_url || !*cfg->runner_base_url)
		return byoc_fail(BYOC_EUSAGE, "no base URL for the runners");
	if (!(o = calloc(1, sizeof *o)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	o->cfg = *cfg;
	o->dt = dt;
	o->ma = ma;
	for (int i = 0; i < SESSION_STRIPES; i++)
		pthread_mutex_init(&o->stripes[i], NULL);
	pthread_mutex_init(&o->backoff_mu, NULL);
	if (cfg->metrics) {
		o->m_handled = metrics_counter(cfg->metrics, "byoc_orchestrator_work_total",
					       "Work items by what became of them (claimed, acked, launched, skipped, "
					       "failed, stopped).", "outcome");
		o->m_runner_start = metrics_histogram(cfg->metrics, "byoc_orchestrator_runner_start_seconds",
						      "From a work item's creation to its runner's start.", buckets,
						      sizeof buckets / sizeof *buckets);
		o->m_sandboxes = metrics_gauge(cfg->metrics, "byoc_orchestrator_sandboxes",
					       "This environment's sandboxes by state, at the last janitor pass.",
					       "state");
		o->m_janitor = metrics_counter(cfg->metrics, "byoc_orchestrator_janitor_actions_total",
					       "What the janitor did.", "action");
	}
	*out = o;
	return 0;
}

void orch_free(struct orch *o)
{
	if (!o)
		return;
	for (int i = 0; i < SESSION_STRIPES; i++)
		pthread_mutex_destroy(&o->stripes[i]);
	pthread_mutex_destroy(&o->backoff_mu);
	free(o);
}

static pthread_mutex_t *session_lock(struct orch *o, const char *sid)
{
	unsigned h = 5381;

	for (const char *p = sid; *p; p++)
		h = h * 33 + (unsigned char)*p;
	return &o->stripes[h % SESSION_STRIPES];
}

static void count(struct metric *m, const char *label)
{
	metric_add(m, label, 1);
}

/* ---- work ------------------------------------------------------------------------- */

/* Stops a claimed item (force: stopped at once, so the service can queue the session's
 * next work). Logs, and returns the stop's own result. */
static int stop_work(struct orch *o, const char *work_id, const char *why)
{
	int rc = workq_stop(o->ma, o->cfg.environment_id, work_id, true);

	if (rc < 0)
		ev(o, ORCH_ERROR, "work.stop_failed", "{s:s, s:s, s:s}", "work_id", work_id, "reason", why, "error",
		   byoc_errmsg());
	else {
		ev(o, ORCH_INFO, "work.stopped", "{s:s, s:s}", "work_id", work_id, "reason", why);
		count(o->m_handled, "stopped");
	}
	return rc;
}

static void set_reason(struct orch_result *res, enum orch_outcome out, const char *reason)
{
	res->outcome = out;
	snprintf(res->reason, sizeof res->reason, "%s", reason);
}

/* The bind guard: the labels must still allow this session to take the sandbox. */
struct bind_guard {
	const char *session_id, *env;
};

static int guard_bind(void *arg, const char *sandbox_id, const json_t *labels)
{
	struct bind_guard *g = arg;
	struct labels_broken broken[LABELS_NRULES];
	const char *sid = json_string_value(json_object_get(labels, LABEL_SESSION_ID));
	const char *env = json_string_value(json_object_get(labels, LABEL_ENVIRONMENT_ID));

	if (sid && *sid) {
		if (strcmp(sid, g->session_id))
			return byoc_fail(BYOC_EREFUSED, "sandbox '%s' is already attached to session '%s'", sandbox_id,
					 sid);
		if (!env || strcmp(env, g->env))
			return byoc_fail(BYOC_EREFUSED, "sandbox '%s' is attached to environment '%s', expected '%s'",
					 sandbox_id, nz(env), g->env);
		return 0;   /* ours already: a retried item */
	}
	if (labels_check_attach(labels, sandbox_id, g->env, broken) > 0)
		return byoc_fail(BYOC_EREFUSED, "%s", broken[0].msg);
	return 0;
}

static int attach_prepared(struct orch *o, const char *sid, const char *sandbox_id, struct dt_sandbox **out)
{
	struct labels_changes ch;
	struct bind_guard g = {sid, o->cfg.environment_id};
	/* The merge's own settle is minimal: confirm_binding reads the labels once more after the
	 * full settle, which the sandbox's start and the preflight mostly cover. */
	struct dt_merge_opts mo = {.guard = guard_bind, .guard_arg = &g, .settle_ms = 1};
	struct dt_sandbox *named = NULL;
	char name[160];
	json_t *final = NULL;
	int rc;

	*out = NULL;
	/* A session that already has its own sandbox keeps it: never two sandboxes for one session. */
	snprintf(name, sizeof name, "byoc-%s", sid);
	rc = dt_sandbox_get(o->dt, name, &named);
	if (rc == 0 && strcmp(named->id, sandbox_id)) {
		rc = byoc_fail(BYOC_EREFUSED, "session sandbox '%s' already exists as '%s'; refusing to attach '%s'",
			       name, named->id, sandbox_id);
		dt_sandbox_free(named);
		return rc;
	}
	dt_sandbox_free(named);
	if (rc < 0 && rc != BYOC_ENOTFOUND)
		return rc;

	labels_changes_init(&ch);
	if ((rc = labels_changes_add(&ch, LABEL_SESSION_ID, sid, LABELS_ALLOW_RESERVED)) < 0 ||
	    (rc = labels_changes_add(&ch, LABEL_MODE, LABEL_MODE_IN_SANDBOX, LABELS_ALLOW_RESERVED)) < 0 ||
	    (rc = labels_changes_add(&ch, LABEL_STOPPED_AT, NULL, LABELS_ALLOW_RESERVED)) < 0)
		goto out;
	if ((rc = dt_sandbox_merge_labels(o->dt, sandbox_id, &ch, &mo, &final)) < 0)
		goto out;
	/* Read back once more through the guard: the settle may have let a late writer in. */
	if ((rc = guard_bind(&g, sandbox_id, final)) < 0)
		goto out;
	ev(o, ORCH_INFO, "sandbox.bound", "{s:s, s:s}", "session_id", sid, "sandbox_id", sandbox_id);
	rc = dt_sandbox_get(o->dt, sandbox_id, out);
out:
	json_decref(final);
	labels_changes_release(&ch);
	return rc;
}

/* A prepared sandbox stays bound to this session once bind_settle_ms have passed since the
 * merge (bound_ms): a writer that read before our write and wrote after it shows by then. */
static int confirm_binding(struct orch *o, const char *sid, const char *sandbox_id, int64_t bound_ms)
{
	struct bind_guard g = {sid, o->cfg.environment_id};
	int64_t wait = bound_ms + o->cfg.bind_settle_ms - http_now_ms();
	struct dt_sandbox *sb = NULL;
	int rc;

	if (wait > 0 && (rc = http_sleep_ms(wait, o->cfg.cancel)) < 0)
		return rc;
	if ((rc = dt_sandbox_get(o->dt, sandbox_id, &sb)) < 0)
		return rc;
	rc = guard_bind(&g, sb->id, sb->labels);
	dt_sandbox_free(sb);
	return rc;
}

/* byoc-<session>: the existing one when the orchestrator made it, else a new one. */
static int session_sandbox(struct orch *o, const char *sid, const char *snapshot, struct dt_sandbox **out)
{
	struct dt_sandbox_create p;
	char name[160];
	const char *mode;
	json_t *labels = NULL;
	int rc;

	snprintf(name, sizeof name, "byoc-%s", sid);
	rc = dt_sandbox_get(o->dt, name, out);
	if (rc == BYOC_ENOTFOUND) {
		labels = json_pack("{s:s, s:s, s:s}", LABEL_SESSION_ID, sid, LABEL_ENVIRONMENT_ID, o->cfg.environment_id,
				   LABEL_MODE, LABEL_MODE_IN_SANDBOX);
		dt_sandbox_create_init(&p);
		p.name = name;
		p.snapshot = snapshot;
		p.labels = labels;
		p.auto_archive_interval = o->cfg.auto_archive_minutes > 0 ? o->cfg.auto_archive_minutes : 1440;
		p.retry = true;   /* by name: a replayed create answers 409 */
		rc = labels ? dt_sandbox_create(o->dt, &p, out) : byoc_fail(BYOC_ENOMEM, "out of memory");
		json_decref(labels);
		if (rc == 0) {
			ev(o, ORCH_INFO, "sandbox.created", "{s:s, s:s, s:s}", "session_id", sid, "sandbox_id",
			   (*out)->id, "snapshot", snapshot);
			return 0;
		}
		if (rc != BYOC_ECONFLICT)
			return rc;
		rc = dt_sandbox_get(o->dt, name, out);
	}
	if (rc < 0)
		return rc;
	mode = dt_sandbox_label(*out, LABEL_MODE);
	if (!mode || strcmp(mode, LABEL_MODE_IN_SANDBOX)) {
		rc = byoc_fail(BYOC_EREFUSED, "sandbox '%s' exists with byoc.mode=%s; refusing to resurrect it (only "
			       "in-sandbox sandboxes are managed)", name, mode ? mode : "(none)");
		dt_sandbox_free(*out);
		*out = NULL;
	}
	return rc;
}

/* Started, whatever state it was in: stopped and archived ones are started, transitions waited. */
static int ensure_started(struct orch *o, struct dt_sandbox **sb)
{
	static const char *const settled[] = {"started", "stopped", "archived", NULL};
	static const char *const started[] = {"started", NULL};
	int64_t deadline = http_now_ms() + (o->cfg.start_timeout_s > 0 ? o->cfg.start_timeout_s : 300) * 1000;
	struct dt_sandbox *s = NULL;
	char id[128];
	int rc;

	snprintf(id, sizeof id, "%s", (*sb)->id);
	if (strcmp((*sb)->state, "started")) {
		if (strcmp((*sb)->state, "stopped") && strcmp((*sb)->state, "archived")) {
			if ((rc = dt_sandbox_wait_state(o->dt, id, settled, deadline, &s)) < 0)
				return rc;
			dt_sandbox_free(*sb);
			*sb = s;
		}
		if (strcmp((*sb)->state, "started")) {
			ev(o, ORCH_INFO, "sandbox.starting", "{s:s, s:s}", "sandbox_id", id, "from", (*sb)->state);
			rc = dt_sandbox_start(o->dt, id, NULL);
			if (rc < 0 && rc != BYOC_ECONFLICT)
				return rc;
			if ((rc = dt_sandbox_wait_state(o->dt, id, started, deadline, &s)) < 0)
				return rc;
			dt_sandbox_free(*sb);
			*sb = s;
		}
	}
	return 0;
}

/* The session's status ("idle", "running", ...; "terminated" when archived), for ambiguous runners. */
static int session_status(struct orch *o, const char *sid, char *out, size_t n)
{
	json_t *s = NULL;
	int rc = workq_session_get(o->ma, sid, &s);

	if (rc == 0) {
		const char *st = json_string_value(json_object_get(s, "status"));
		bool archived = json_is_string(json_object_get(s, "archived_at"));
		snprintf(out, n, "%s", archived ? "terminated" : st ? st : "");
	}
	json_decref(s);
	return rc;
}

/* A runner already alive keeps its session: wait out the grace for it to end first. One
 * serving this very item is replaced at once: the item came back because its lease ran out,
 * and its new claim carries a new secret (the service rotates it on every hand-out), so the
 * runner's own can no longer heartbeat. Its first look also runs the preflight (one round
 * trip): *missing as runner_check's. */
static int check_existing_runner(struct orch *o, struct tbc *t, const struct dt_sandbox *sb,
				 const struct workq_item *w, struct orch_result *res, json_t **missing)
{
	const char *sid = w->session_id, *serving = dt_sandbox_label(sb, LABEL_WORK_ID);
	int64_t deadline = http_now_ms() + (int64_t)(o->cfg.replace_grace_s * 1000);
	struct runner_status st;
	char status[32];
	int rc;

	for (bool first = true;; first = false) {
		if ((rc = first ? runner_check(t, &o->cfg.runner, &st, missing) : runner_probe(t, &o->cfg.runner, &st)) < 0)
			return rc;
		/* Its runner serving this very item needs no grace: it is replaced below. */
		if (st.state != RUNNER_RUNNING || http_now_ms() >= deadline || (serving && !strcmp(serving, w->id)))
			break;
		if ((rc = http_sleep_ms(500, o->cfg.cancel)) < 0)
			return rc;
	}
	if (st.state == RUNNER_UNKNOWN) {
		set_reason(res, ORCH_SKIPPED, "runner_ambiguous");
		return byoc_fail(BYOC_EREFUSED, "the runner's state is unclear (%s)", st.detail);
	}
	if (st.state != RUNNER_RUNNING)
		return 0;
	if (serving && !strcmp(serving, w->id)) {
		if ((rc = runner_stop(t, &o->cfg.runner)) < 0)
			return rc;
		ev(o, ORCH_INFO, "runner.replaced", "{s:s, s:s, s:s, s:I}", "work_id", w->id, "session_id", sid,
		   "reason", "lease_lost", "pid", (json_int_t)st.pid);
		return 0;
	}
	if (session_status(o, sid, status, sizeof status) == 0 && (!strcmp(status, "idle") || !strcmp(status, "running"))) {
		set_reason(res, ORCH_SKIPPED, "already_running");
		return byoc_fail(BYOC_EREFUSED, "runner pid %ld already serves session '%s' (%s)", st.pid, sid, status);
	}
	set_reason(res, ORCH_SKIPPED, "runner_ambiguous");
	return byoc_fail(BYOC_EREFUSED, "runner pid %ld is alive and session '%s' is '%s'", st.pid, sid, status);
}

static json_t *runner_env(struct orch *o, const struct workq_item *w)
{
	char idle[32];
	json_t *e;

	snprintf(idle, sizeof idle, "%g", o->cfg.runner_max_idle_s > 0 ? o->cfg.runner_max_idle_s : 300);
	e = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "ANTHROPIC_BASE_URL", o->cfg.runner_base_url,
		      "ANTHROPIC_WORK_ID", w->id, "ANTHROPIC_SESSION_ID", w->session_id, "ANTHROPIC_ENVIRONMENT_ID",
		      o->cfg.environment_id, "ANTHROPIC_WORKDIR", o->cfg.runner.workdir, "RUNNER_MAX_IDLE_SECONDS",
		      idle);
	if (e && w->secret)
		json_object_set_new(e, "ANTHROPIC_WORK_SECRET", json_string(w->secret));
	if (e && o->cfg.pass_environment_key && o->cfg.environment_key)
		json_object_set_new(e, "ANTHROPIC_ENVIRONMENT_KEY", json_string(o->cfg.environment_key));
	return e;
}

static void wipe_env(json_t *e)
{
	const char *k;
	json_t *v;

	/* jansson keeps its own copies: overwrite the secret ones before they are freed. */
	json_object_foreach(e, k, v)
		if (json_is_string(v) && (strstr(k, "SECRET") || strstr(k, "KEY")))
			explicit_bzero((char *)json_string_value(v), json_string_length(v));
	json_decref(e);
}

static int launch(struct orch *o, struct tbc *t, const struct workq_item *w, const char *sandbox_id)
{
	struct labels_changes ch;
	struct runner_status st;
	json_t *env;
	char *log = NULL;
	long pid;
	int rc;

	/* Stamped before the launch: whatever stops this sandbox can then stop the lingering lease. */
	labels_changes_init(&ch);
	rc = labels_changes_add(&ch, LABEL_WORK_ID, w->id, LABELS_ALLOW_RESERVED);
	if (rc == 0)
		rc = labels_changes_add(&ch, LABEL_STOPPED_AT, NULL, LABELS_ALLOW_RESERVED);
	if (rc == 0)
		rc = dt_sandbox_merge_labels(o->dt, sandbox_id, &ch, NULL, NULL);
	labels_changes_release(&ch);
	if (rc < 0)
		return rc;
	if (!w->secret && !(o->cfg.pass_environment_key && o->cfg.environment_key))
		return byoc_fail(BYOC_EREFUSED, "work item '%s' carries no secret and the environment key is not passed "
				 "to runners: the runner would have no credential (--pass-environment-key)", w->id);
	if (!(env = runner_env(o, w)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	/* the launch waits launch_probe_s in the sandbox and probes there: one round trip */
	rc = runner_launch(t, &o->cfg.runner, env, o->cfg.launch_probe_s, &pid, &st);
	wipe_env(env);
	if (rc < 0)
		return rc;
	ev(o, ORCH_INFO, "runner.launched", "{s:s, s:s, s:s, s:I}", "work_id", w->id, "session_id", w->session_id,
	   "sandbox_id", sandbox_id, "pid", (json_int_t)pid);
	if (st.state == RUNNER_RUNNING || st.state == RUNNER_EXITED_ZERO)
		return 0;
	runner_log_tail(t, &o->cfg.runner, &log);
	runner_stop(t, &o->cfg.runner);
	rc = byoc_fail(BYOC_EFAIL, "the runner did not stay up (%s%s%s, exit %d); its log ends: %.600s",
		       runner_state_name(st.state), *st.detail ? " " : "", st.detail, st.exit_code, log ? log : "");
	free(log);
	return rc;
}

static int handle_locked(struct orch *o, const struct workq_item *w, struct orch_result *res)
{
	struct labels_selection sel = {0};
	struct dt_sandbox *sb = NULL;
	struct tbc *t = NULL;
	json_t *session = NULL;
	const char *status;
	json_t *missing = NULL;
	int64_t bound_ms = 0;
	int rc;

	rc = workq_session_get(o->ma, w->session_id, &session);
	if (rc == BYOC_ENOTFOUND) {
		set_reason(res, ORCH_SKIPPED, "not_found");
		goto out;
	}
	if (rc < 0) {
		set_reason(res, ORCH_FAILED, "session_read");
		goto out;
	}
	status = json_string_value(json_object_get(session, "status"));
	if ((status && !strcmp(status, "terminated")) || json_is_string(json_object_get(session, "archived_at"))) {
		set_reason(res, ORCH_SKIPPED, "terminated");
		rc = 0;
		goto out;
	}
	if ((rc = labels_selection_from_metadata(json_object_get(session, "metadata"), &sel)) < 0) {
		set_reason(res, ORCH_FAILED, "bad_metadata");
		goto out;
	}
	if (sel.sandbox_id) {
		bound_ms = http_now_ms();
		rc = attach_prepared(o, w->session_id, sel.sandbox_id, &sb);
	} else
		rc = session_sandbox(o, w->session_id, sel.snapshot_name ? sel.snapshot_name : o->cfg.default_snapshot,
				     &sb);
	if (rc < 0) {
		set_reason(res, ORCH_FAILED, rc == BYOC_EREFUSED ? "sandbox_refused" : "sandbox");
		goto out;
	}
	snprintf(res->sandbox_id, sizeof res->sandbox_id, "%s", sb->id);
	if ((rc = ensure_started(o, &sb)) < 0) {
		set_reason(res, ORCH_FAILED, "sandbox_start");
		goto out;
	}
	if ((rc = tbc_new_for_sandbox(o->dt, sb, &t)) < 0) {
		set_reason(res, ORCH_FAILED, "toolbox");
		goto out;
	}
	set_reason(res, ORCH_FAILED, "runner");
	if ((rc = check_existing_runner(o, t, sb, w, res, &missing)) < 0)
		goto out;
	if ((rc = runner_refuse_missing(missing)) < 0) {
		set_reason(res, ORCH_FAILED, "preflight");
		goto out;
	}
	if (sel.sandbox_id && (rc = confirm_binding(o, w->session_id, sb->id, bound_ms)) < 0) {
		set_reason(res, ORCH_FAILED, rc == BYOC_EREFUSED ? "sandbox_refused" : "sandbox");
		goto out;
	}
	if ((rc = launch(o, t, w, sb->id)) < 0)
		goto out;
	set_reason(res, ORCH_LAUNCHED, "launched");
out:
	json_decref(missing);
	tbc_free(t);
	dt_sandbox_free(sb);
	labels_selection_release(&sel);
	json_decref(session);
	return rc;
}

int orch_handle_work(struct orch *o, const struct workq_item *w, struct orch_result *res)
{
	pthread_mutex_t *lock = session_lock(o, w->session_id);
	char err[512] = "";
	int rc;

	memset(res, 0, sizeof *res);
	pthread_mutex_lock(lock);
	if (backing_off(o, w->session_id)) {
		set_reason(res, ORCH_SKIPPED, "backoff");
		rc = byoc_fail(BYOC_EREFUSED, "session '%s' failed recently; its work is stopped until the back-off ends",
			       w->session_id);
	} else {
		rc = handle_locked(o, w, res);
		note_outcome(o, w->session_id, res->outcome == ORCH_FAILED &&
				(!strcmp(res->reason, "sandbox_refused") || !strcmp(res->reason, "bad_metadata") ||
				 !strcmp(res->reason, "preflight")));
	}
	if (rc < 0)
		snprintf(err, sizeof err, "%s", byoc_errmsg());
	if (res->outcome != ORCH_LAUNCHED) {
		/* Nothing runs this item: stop it so the session's next work can be queued. */
		int src = stop_work(o, w->id, res->reason);
		if (src < 0 && rc == 0)
			rc = src;
	}
	pthread_mutex_unlock(lock);
	if (res->outcome == ORCH_LAUNCHED && w->created_ms != INT64_MIN) {
		struct timespec now;
		clock_gettime(CLOCK_REALTIME, &now);
		double s = ((double)now.tv_sec * 1000 + now.tv_nsec / 1e6 - (double)w->created_ms) / 1000;
		metric_observe(o->m_runner_start, s < 0 ? 0 : s);
	}
	count(o->m_handled, orch_outcome_name(res->outcome));
	if (res->outcome == ORCH_FAILED) {
		ev(o, ORCH_ERROR, "work.failed", "{s:s, s:s, s:s, s:s, s:s}", "work_id", w->id, "session_id",
		   w->session_id, "sandbox_id", res->sandbox_id, "reason", res->reason, "error", err);
		if (rc == 0)
			rc = byoc_fail(BYOC_EFAIL, "%s", err);
		else
			byoc_fail(rc, "%s", err);
	} else if (res->outcome == ORCH_SKIPPED) {
		ev(o, ORCH_INFO, "work.skipped", "{s:s, s:s, s:s, s:s}", "work_id", w->id, "session_id", w->session_id,
		   "reason", res->reason, "detail", err);
		rc = 0;
	} else {
		ev(o, ORCH_INFO, "work.launched", "{s:s, s:s, s:s}", "work_id", w->id, "session_id", w->session_id,
		   "sandbox_id", res->sandbox_id);
	}
	return rc;
}

/* ---- claiming --------------------------------------------------------------------- */

int orch_claim(struct orch *o, const char *worker_id, int max_items, int block_ms, long reclaim_ms,
	       orch_handle_fn handle, void *arg, long *poll_status)
{
	struct workq_item **got = NULL, *w;
	int n = 0, kept = 0, rc = 0;

	if (poll_status)
		*poll_status = 0;
	if (!(got = calloc((size_t)max_items, sizeof *got)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	while (n < max_items && !(o->cfg.cancel && *o->cfg.cancel)) {
		struct anthropic_client *c = o->ma;
		rc = workq_poll(c, o->cfg.environment_id, worker_id, n == 0 ? block_ms : 0, reclaim_ms, &w);
		if (rc < 0) {
			ev(o, ORCH_WARN, "poll.failed", "{s:s}", "error", byoc_errmsg());
			break;
		}
		if (!w)
			break;
		count(o->m_handled, "claimed");
		ev(o, ORCH_INFO, "work.claimed", "{s:s, s:s, s:s}", "work_id", w->id, "type", w->data_type,
		   "session_id", nz(w->session_id));
		if (w->session_id && backing_off(o, w->session_id)) {
			/* Not acked: the service hands it out again after reclaim_ms, by then perhaps
			 * past the back-off. Acking and stopping it would only requeue it at once. */
			count(o->m_handled, "deferred");
			ev(o, ORCH_INFO, "work.deferred", "{s:s, s:s}", "work_id", w->id, "session_id", w->session_id);
			workq_item_free(w);
			continue;
		}
		if (workq_ack(c, o->cfg.environment_id, w->id) < 0) {
			/* Acked or not, a claim nobody serves must not linger: stop it. */
			ev(o, ORCH_WARN, "work.ack_failed", "{s:s, s:s}", "work_id", w->id, "error", byoc_errmsg());
			stop_work(o, w->id, "ack_failed");
			workq_item_free(w);
			continue;
		}
		count(o->m_handled, "acked");
		if (strcmp(w->data_type, "session")) {
			stop_work(o, w->id, "not_session_work");
			workq_item_free(w);
			continue;
		}
		got[n++] = w;
	}
	/* Keep the newest item of each session; the older ones are stopped. */
	for (int i = 0; i < n; i++) {
		bool newest = true;
		for (int j = 0; j < n && newest; j++)
			if (j != i && !strcmp(got[i]->session_id, got[j]->session_id) && workq_newer(got[j], got[i]))
				newest = false;
		if (!newest) {
			stop_work(o, got[i]->id, "newer_work_kept");
			workq_item_free(got[i]);
			got[i] = NULL;
		}
	}
	for (int i = 0; i < n; i++)
		if (got[i]) {
			handle(arg, got[i]);
			kept++;
		}
	free(got);
	if (rc < 0) {
		if (poll_status)
			*poll_status = 0;   /* the status of a failed poll is in its message */
		return rc;
	}
	return kept;
}

/* ---- janitor ---------------------------------------------------------------------- */

static int merge_one(struct orch *o, const char *id, const char *k1, const char *v1, const char *k2, const char *v2)
{
	struct labels_changes ch;
	int rc;

	labels_changes_init(&ch);
	rc = labels_changes_add(&ch, k1, v1, LABELS_ALLOW_RESERVED);
	if (rc == 0 && k2)
		rc = labels_changes_add(&ch, k2, v2, LABELS_ALLOW_RESERVED);
	if (rc == 0)
		rc = dt_sandbox_merge_labels(o->dt, id, &ch, NULL, NULL);
	labels_changes_release(&ch);
	return rc;
}

static void now_iso(char *out, size_t n)
{
	labels_iso_time(time(NULL), out, n);
}

/* Force-stops the work item a sandbox's runner held, so its lease does not linger. */
static void release_work(struct orch *o, const struct dt_sandbox *sb, struct orch_janitor_counts *c)
{
	const char *wid = dt_sandbox_label(sb, LABEL_WORK_ID);

	if (wid && *wid && stop_work(o, wid, "sandbox_released") == 0)
		c->released++;
}

static int stop_sandbox(struct orch *o, const struct dt_sandbox *sb)
{
	static const char *const stopped[] = {"stopped", NULL};
	char ts[40];
	int rc = dt_sandbox_stop(o->dt, sb->id, NULL);

	if (rc < 0 && rc != BYOC_ECONFLICT)
		return rc;
	if ((rc = dt_sandbox_wait_state(o->dt, sb->id, stopped, http_now_ms() + 300000, NULL)) < 0)
		return rc;
	now_iso(ts, sizeof ts);
	return merge_one(o, sb->id, LABEL_STOPPED_AT, ts, LABEL_WORK_ID, NULL);
}

static int archive_sandbox(struct orch *o, const struct dt_sandbox *sb)
{
	int rc = 0;

	if (!strcmp(sb->state, "started") && (rc = stop_sandbox(o, sb)) < 0)
		return rc;
	if ((rc = merge_one(o, sb->id, LABEL_MODE, LABEL_MODE_TERMINAL, LABEL_WORK_ID, NULL)) < 0)
		return rc;
	if (strcmp(sb->state, "archived") && strcmp(sb->state, "archiving")) {
		rc = dt_sandbox_archive(o->dt, sb->id, NULL);
		if (rc == BYOC_ECONFLICT)
			rc = 0;
	}
	return rc;
}

/* Stopped long enough (byoc.stopped_at, backfilled when missing): deleted. */
static void reap_stopped(struct orch *o, const struct dt_sandbox *sb, const char *why, struct orch_janitor_counts *c)
{
	const char *at = dt_sandbox_label(sb, LABEL_STOPPED_AT);
	char ts[40];
	time_t t;

	if (!at || labels_parse_time(at, &t) < 0) {
		now_iso(ts, sizeof ts);
		if (merge_one(o, sb->id, LABEL_STOPPED_AT, ts, NULL, NULL) == 0) {
			c->backfilled++;
			count(o->m_janitor, "backfilled");
		}
		return;
	}
	if (o->cfg.max_idle_days <= 0 || difftime(time(NULL), t) < o->cfg.max_idle_days * 86400)
		return;
	if (dt_sandbox_delete(o->dt, sb->id, NULL) == 0 || byoc_errcode() == BYOC_ENOTFOUND) {
		c->deleted++;
		count(o->m_janitor, "deleted");
		ev(o, ORCH_INFO, "janitor.deleted", "{s:s, s:s}", "sandbox_id", sb->id, "reason", why);
	} else {
		c->failed++;
		ev(o, ORCH_WARN, "janitor.delete_failed", "{s:s, s:s}", "sandbox_id", sb->id, "error", byoc_errmsg());
	}
}

static void relaunch_one(void *arg, struct workq_item *w)
{
	void **a = arg;
	struct orch *o = a[0];
	struct orch_result res;

	if (orch_handle_work(o, w, &res) == 0 && res.outcome == ORCH_LAUNCHED)
		(*(int *)a[1])++;
	workq_item_free(w);
}

/* Returns true when the session's runner crashed while its work is live (to recover). */
static bool janitor_in_sandbox(struct orch *o, struct dt_sandbox *sb, const char *sid, struct orch_janitor_counts *c)
{
	struct tbc *t = NULL;
	struct runner_status st;
	char status[32] = "";
	int rc;

	bool resting = !strcmp(sb->state, "stopped") || !strcmp(sb->state, "archived");

	if (!resting && strcmp(sb->state, "started"))
		return false;   /* in transition: next pass */
	if (!resting) {
		if (tbc_new_for_sandbox(o->dt, sb, &t) < 0 || runner_probe(t, &o->cfg.runner, &st) < 0) {
			ev(o, ORCH_WARN, "janitor.probe_failed", "{s:s, s:s}", "sandbox_id", sb->id, "error",
			   byoc_errmsg());
			tbc_free(t);
			return false;
		}
		tbc_free(t);
		if (st.state == RUNNER_RUNNING)
			return false;
	}
	rc = session_status(o, sid, status, sizeof status);
	if (rc < 0 && rc != BYOC_ENOTFOUND) {
		ev(o, ORCH_WARN, "janitor.session_read_failed", "{s:s, s:s}", "session_id", sid, "error", byoc_errmsg());
		if (resting)
			reap_stopped(o, sb, "long_idle", c);
		return false;
	}
	/* Unlike the reference, a sandbox already stopped when its session ends is archived too
	 * (its disk leaves the runner now, not MAX_IDLE_DAYS later). */
	if (rc == BYOC_ENOTFOUND || !strcmp(status, "terminated")) {
		release_work(o, sb, c);
		if (archive_sandbox(o, sb) == 0) {
			c->archived++;
			count(o->m_janitor, "archived");
			ev(o, ORCH_INFO, "janitor.archived", "{s:s, s:s, s:s}", "sandbox_id", sb->id, "session_id", sid,
			   "reason", rc == BYOC_ENOTFOUND ? "session_missing" : "session_terminated");
		} else {
			c->failed++;
			ev(o, ORCH_WARN, "janitor.archive_failed", "{s:s, s:s}", "sandbox_id", sb->id, "error",
			   byoc_errmsg());
		}
		return false;
	}
	if (resting) {
		reap_stopped(o, sb, "long_idle", c);
		return false;
	}
	if (!strcmp(status, "idle")) {
		release_work(o, sb, c);
		if (stop_sandbox(o, sb) == 0) {
			c->stopped++;
			count(o->m_janitor, "stopped");
			ev(o, ORCH_INFO, "janitor.stopped", "{s:s, s:s}", "sandbox_id", sb->id, "session_id", sid);
		} else {
			c->failed++;
			ev(o, ORCH_WARN, "janitor.stop_failed", "{s:s, s:s}", "sandbox_id", sb->id, "error", byoc_errmsg());
		}
		return false;
	}
	if (!strcmp(status, "running") || !strcmp(status, "rescheduling")) {
		/* The runner crashed while its work is live: free the lease so the service
		 * requeues the session's work; the caller claims it and launches again. */
		release_work(o, sb, c);
		ev(o, ORCH_INFO, "janitor.runner_missing", "{s:s, s:s, s:s}", "sandbox_id", sb->id, "session_id", sid,
		   "runner", runner_state_name(st.state));
		return true;
	}
	return false;
}

/* Prepared sandboxes nobody claimed: deleted once older than the TTL (byoc.prepared_at, else createdAt). */
static void janitor_prepared(struct orch *o, struct dt_sandbox *sb, struct orch_janitor_counts *c)
{
	const char *at = dt_sandbox_label(sb, LABEL_PREPARED_AT);
	time_t t;

	if (o->cfg.prepared_ttl_s <= 0)
		return;
	if (!at)
		at = sb->created_at;
	if (!at || labels_parse_time(at, &t) < 0 || difftime(time(NULL), t) < o->cfg.prepared_ttl_s)
		return;
	if (dt_sandbox_delete(o->dt, sb->id, NULL) == 0 || byoc_errcode() == BYOC_ENOTFOUND) {
		c->prepared_deleted++;
		count(o->m_janitor, "prepared_deleted");
		ev(o, ORCH_INFO, "janitor.prepared_expired", "{s:s, s:s}", "sandbox_id", sb->id, "prepared_at", at);
	} else {
		c->failed++;
		ev(o, ORCH_WARN, "janitor.delete_failed", "{s:s, s:s}", "sandbox_id", sb->id, "error", byoc_errmsg());
	}
}

int orch_janitor_pass(struct orch *o, const char *worker_id, struct orch_janitor_counts *out)
{
	struct dt_sandbox_list list = {0};
	json_t *filter = json_pack("{s:s}", LABEL_ENVIRONMENT_ID, o->cfg.environment_id);
	int rc, recover = 0;

	memset(out, 0, sizeof *out);
	rc = filter ? dt_sandbox_list(o->dt, filter, &list) : byoc_fail(BYOC_ENOMEM, "out of memory");
	json_decref(filter);
	if (rc < 0) {
		ev(o, ORCH_WARN, "janitor.list_failed", "{s:s}", "error", byoc_errmsg());
		return rc;
	}
	metric_reset(o->m_sandboxes);
	for (size_t i = 0; i < list.count && !(o->cfg.cancel && *o->cfg.cancel); i++) {
		struct dt_sandbox *sb = NULL;
		const char *listed_sid = dt_sandbox_label(list.items[i], LABEL_SESSION_ID), *sid, *env, *mode;
		pthread_mutex_t *lock = listed_sid && *listed_sid ? session_lock(o, listed_sid) : NULL;

		if (lock)
			pthread_mutex_lock(lock);
		/* Read it again under the session's lock: the list may be stale. */
		if (dt_sandbox_get(o->dt, list.items[i]->id, &sb) < 0)
			goto next;
		metric_add(o->m_sandboxes, sb->state, 1);
		env = dt_sandbox_label(sb, LABEL_ENVIRONMENT_ID);
		sid = dt_sandbox_label(sb, LABEL_SESSION_ID);
		mode = dt_sandbox_label(sb, LABEL_MODE);
		if (!env || strcmp(env, o->cfg.environment_id))
			goto next;   /* another environment's: never touched */
		if ((listed_sid || sid) && (!listed_sid || !sid || strcmp(listed_sid, sid)))
			goto next;   /* its session changed under us: next pass */
		if (mode && !strcmp(mode, LABEL_MODE_PREPARED) && !(sid && *sid))
			janitor_prepared(o, sb, out);
		else if (mode && !strcmp(mode, LABEL_MODE_IN_SANDBOX) && sid && *sid)
			recover += janitor_in_sandbox(o, sb, sid, out);
		else if (mode && !strcmp(mode, LABEL_MODE_TERMINAL))
			reap_stopped(o, sb, "terminal", out);
next:
		dt_sandbox_free(sb);
		if (lock)
			pthread_mutex_unlock(lock);
	}
	dt_sandbox_list_release(&list);
	/* Outside every session lock: the claimed items take their own. */
	if (recover && o->cfg.recover_crashed_runners) {
		int launched = 0;
		void *a[2] = {o, &launched};
		orch_claim(o, worker_id, 5 * recover, 0, 0, relaunch_one, a, NULL);
		out->relaunched += launched;
		if (launched)
			metric_add(o->m_janitor, "relaunched", launched);
	}
	if (out->stopped || out->archived || out->deleted || out->backfilled || out->relaunched || out->released ||
	    out->prepared_deleted)
		ev(o, ORCH_INFO, "janitor.pass", "{s:i, s:i, s:i, s:i, s:i, s:i, s:i, s:i}", "stopped", out->stopped,
		   "archived", out->archived, "deleted", out->deleted, "backfilled", out->backfilled, "relaunched",
		   out->relaunched, "released", out->released, "prepared_deleted", out->prepared_deleted, "failed",
		   out->failed);
	return 0;
}
