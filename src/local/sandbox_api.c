/*
 * The sandbox API (contract.md section 4): /api/sandbox... and /api/health.
 *
 * A sandbox is one store document, kind "sandboxes", id = the sandbox id. It holds
 * the Sandbox DTO fields with `state` being the *stored* state (settled: unknown,
 * started, stopped, archived, error) and `desiredState`, plus private fields:
 *   _pending      bool   a transition is under way (the DTO then shows creating,
 *                        starting, stopping, archiving, restoring or destroying)
 *   _snapshotId   string id of the snapshot it was created from
 *   _createdMs    number creation time, epoch ms
 *   _activityMs   number last activity (create, start, toolbox use), epoch ms
 *   _stateMs      number when the stored state last settled, epoch ms
 * A transition runs on its own thread: it waits a short real time (so clients
 * must poll), calls the runtime (runtime_prepare/start/stop/destroy), and
 * settles the state. A destroyed sandbox's document is removed.
 */
#include "local/local_int.h"
#include "local/sandbox_api.h"
#include "local/server.h"
#include "util/err.h"
#include "util/num.h"

#include <limits.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define KIND "sandboxes"
#define MAX_AUTO_ARCHIVE 43200
#define CREATE_WAIT_MS 30000

/* ---- time ----------------------------------------------------------------------------- */

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void iso_ms(int64_t ms, char *out, size_t n)
{
	time_t s = (time_t)(ms / 1000);
	struct tm tm;
	char tmp[32];

	gmtime_r(&s, &tm);
	strftime(tmp, sizeof(tmp), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, n, "%s.%03dZ", tmp, (int)(ms % 1000));
}

int64_t sbx_iso_ms(const char *s)
{
	struct tm tm;
	const char *p;
	int64_t ms = 0, off = 0;
	time_t t;

	if (!s)
		return -1;
	memset(&tm, 0, sizeof(tm));
	p = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (!p) {
		p = strptime(s, "%Y-%m-%d", &tm);
		if (!p || *p)
			return -1;
	}
	if (*p == '.') {
		int digits = 0;

		p++;
		while (isdigit((unsigned char)*p)) {
			if (digits < 3)
				ms = ms * 10 + (*p - '0');
			digits++;
			p++;
		}
		if (!digits)
			return -1;
		while (digits < 3) {
			ms *= 10;
			digits++;
		}
	}
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		int hh, mm;

		if (sscanf(p + 1, "%2d:%2d", &hh, &mm) != 2)
			return -1;
		off = (int64_t)(hh * 60 + mm) * 60000 * (*p == '+' ? 1 : -1);
		p += 6;
	}
	if (*p)
		return -1;
	t = timegm(&tm);
	if (t == (time_t)-1)
		return -1;
	return (int64_t)t * 1000 + ms - off;
}

static int64_t minute_ms(void)
{
	static int64_t v;
	long ms;

	if (!v)
		v = num_parse_long(getenv("BYOC_LOCAL_MINUTE_MS"), 1, LONG_MAX, &ms) ? ms : 60000;
	return v;
}

static int transition_ms(void)
{
	static int v = -1;
	long ms;

	if (v < 0)
		v = num_parse_long(getenv("BYOC_LOCAL_TRANSITION_MS"), 0, INT_MAX, &ms) ? (int)ms : 300;
	return v;
}

/* ---- doc helpers ----------------------------------------------------------------------- */

static const char *sget(const json_t *doc, const char *k)
{
	const char *v = json_string_value(json_object_get(doc, k));

	return v ? v : "";
}

static int64_t iget(const json_t *doc, const char *k, int64_t def)
{
	json_t *v = json_object_get(doc, k);

	return json_is_number(v) ? (int64_t)json_number_value(v) : def;
}

static bool pending(const json_t *doc)
{
	return json_is_true(json_object_get(doc, "_pending"));
}

static bool is_errored(const char *state)
{
	return !strcmp(state, "error") || !strcmp(state, "build_failed");
}

/* Hidden: gone for clients (404, not listed). */
static bool hidden(const json_t *doc)
{
	const char *st = sget(doc, "state"), *de = sget(doc, "desiredState");

	if (!strcmp(st, "destroyed"))
		return true;
	return is_errored(st) && !strcmp(de, "destroyed");
}

static bool in_org(struct local *L, const json_t *doc)
{
	return !strcmp(sget(doc, "organizationId"), local_org_id(L));
}

static void touch_updated(json_t *doc)
{
	char ts[40];

	local_now_iso(ts, sizeof(ts));
	json_object_set_new(doc, "updatedAt", json_string(ts));
}

const char *sbx_dto_state(const char *state, const char *desired, bool is_pending)
{
	if (!is_pending || !strcmp(state, desired)) {
		if (!strcmp(state, "unknown") && !strcmp(desired, "started"))
			return "creating";
		/* A started sandbox being brought back (a restart of byoc-local) is still in
		 * transition: "starting", as Daytona shows it, so that no client acts on it (a
		 * delete or stop would get 409) before it has settled. */
		if (is_pending && !strcmp(state, "started") && !strcmp(desired, "started"))
			return "starting";
		return state;
	}
	if (!strcmp(desired, "destroyed"))
		return "destroying";
	if (!strcmp(desired, "started")) {
		if (!strcmp(state, "unknown"))
			return "creating";
		if (!strcmp(state, "archived"))
			return "restoring";
		return "starting";
	}
	if (!strcmp(desired, "stopped"))
		return "stopping";
	if (!strcmp(desired, "archived"))
		return "archiving";
	return state;
}

static json_t *to_dto(const json_t *doc, const char *base, bool list_item)
{
	static const char *const not_in_list[] = {
		"env", "volumes", "buildInfo", "linkedSandboxId", "backupCreatedAt", NULL
	};
	json_t *d = store_daytona_dto(doc, NULL);
	char url[256];
	int i;

	if (!d)
		return NULL;
	json_object_set_new(d, "state", json_string(sbx_dto_state(sget(doc, "state"), sget(doc, "desiredState"), pending(doc))));
	snprintf(url, sizeof(url), "%s/toolbox", base);
	json_object_set_new(d, "toolboxProxyUrl", json_string(url));
	if (list_item)
		for (i = 0; not_in_list[i]; i++)
			json_object_del(d, not_in_list[i]);
	return d;
}

struct find_ctx {
	struct local *L;
	const char *name;
	json_t *found;
};

static int find_by_name(const char *id, json_t *doc, void *arg)
{
	struct find_ctx *f = arg;

	(void)id;
	if (in_org(f->L, doc) && !hidden(doc) && !strcmp(sget(doc, "name"), f->name)) {
		f->found = doc;
		return 1;
	}
	return 0;
}

/* Finds a visible sandbox of this org by id, then by name. Call under local_lock. */
static json_t *find_sbx(struct local *L, const char *id_or_name, bool id_only)
{
	struct find_ctx f = { L, id_or_name, NULL };
	json_t *d = store_get(L, KIND, id_or_name);

	if (d && in_org(L, d) && !hidden(d))
		return d;
	if (id_only)
		return NULL;
	store_each(L, KIND, find_by_name, &f);
	return f.found;
}

/* ---- preconditions (contract.md 4.5) ---------------------------------------------------- */

int sbx_check_op(const json_t *doc, int op, const char **msg)
{
	const char *st = sget(doc, "state"), *de = sget(doc, "desiredState");
	bool pend = pending(doc), settled = !pend && !strcmp(st, de);

	*msg = NULL;
	switch (op) {
	case SBX_OP_START:
		if (is_errored(st)) {
			*msg = "Sandbox is in an errored state";
			return 400;
		}
		if (!strcmp(st, "started") && !strcmp(de, "started") && !pend)
			return 1;
		if (!settled) {
			*msg = "Sandbox state change in progress";
			return 409;
		}
		if (strcmp(st, "stopped") && strcmp(st, "archived")) {
			*msg = "Sandbox is not in valid state";
			return 400;
		}
		return 0;
	case SBX_OP_STOP:
		if (is_errored(st)) {
			*msg = "Sandbox is in an errored state";
			return 400;
		}
		if (!settled) {
			*msg = "Sandbox state change in progress";
			return 409;
		}
		if (strcmp(st, "started")) {
			*msg = "Sandbox is not in a stoppable state";
			return 400;
		}
		return 0;
	case SBX_OP_ARCHIVE:
		if (!settled && !is_errored(st)) {
			*msg = "Sandbox state change in progress";
			return 409;
		}
		if (strcmp(st, "stopped")) {
			*msg = "Sandbox is not stopped";
			return 400;
		}
		if (iget(doc, "autoDeleteInterval", -1) == 0) {
			*msg = "Ephemeral sandboxes cannot be archived";
			return 400;
		}
		return 0;
	case SBX_OP_DELETE:
		if (pend) {
			*msg = "Sandbox state change in progress";
			return 409;
		}
		return 0;
	case SBX_OP_RECOVER:
		if (pend) {
			*msg = "Sandbox state change in progress";
			return 409;
		}
		if (!is_errored(st)) {
			*msg = "Sandbox is not in an errored state";
			return 400;
		}
		if (!json_is_true(json_object_get(doc, "recoverable"))) {
			*msg = "Sandbox is not recoverable";
			return 400;
		}
		return 0;
	}
	*msg = "unknown operation";
	return 400;
}

/* ---- list: labels, cursor, query -------------------------------------------------------- */

bool sbx_labels_match(const json_t *labels, const json_t *filter)
{
	const char *k;
	json_t *v;

	if (!json_is_object(filter))
		return false;
	json_object_foreach((json_t *)filter, k, v) {
		json_t *have = json_object_get(labels, k);

		if (!have || !json_equal(have, v))
			return false;
	}
	return true;
}

char *sbx_cursor_encode(const json_t *sort_value, const char *id)
{
	json_t *c = json_pack("{s:O, s:s}", "sortValue", (json_t *)sort_value, "id", id);
	char *js = c ? json_dumps(c, JSON_COMPACT) : NULL, *out = NULL;
	size_t n;

	json_decref(c);
	if (!js)
		return NULL;
	n = strlen(js);
	out = malloc(4 * ((n + 2) / 3) + 1);
	if (out)
		EVP_EncodeBlock((unsigned char *)out, (const unsigned char *)js, (int)n);
	free(js);
	return out;
}

int sbx_cursor_decode(const char *s, json_t **sort_value, char **id)
{
	size_t n = strlen(s), i, pad = 0;
	char *b64 = NULL;
	unsigned char *raw = NULL;
	json_t *c = NULL;
	int len, rc = -1;

	*sort_value = NULL;
	*id = NULL;
	if (n == 0 || n > 4096)
		return -1;
	b64 = malloc(n + 4);
	raw = malloc(n + 4);
	if (!b64 || !raw)
		goto out;
	for (i = 0; i < n; i++) {
		char ch = s[i];

		if (ch == '-')
			ch = '+';
		else if (ch == '_')
			ch = '/';
		else if (ch == ' ')
			ch = '+';   /* a '+' decoded as a space in the query */
		if (!isalnum((unsigned char)ch) && ch != '+' && ch != '/' && ch != '=')
			goto out;
		b64[i] = ch;
	}
	while (n % 4)
		b64[n++] = '=';
	b64[n] = '\0';
	len = EVP_DecodeBlock(raw, (unsigned char *)b64, (int)n);
	if (len < 0)
		goto out;
	for (i = n; i > 0 && b64[i - 1] == '='; i--)
		pad++;
	len -= (int)pad;
	c = json_loadb((const char *)raw, (size_t)len, 0, NULL);
	if (!json_is_object(c) || !json_is_string(json_object_get(c, "id")) || !json_object_get(c, "sortValue"))
		goto out;
	*sort_value = json_incref(json_object_get(c, "sortValue"));
	*id = strdup(json_string_value(json_object_get(c, "id")));
	rc = *id ? 0 : -1;
out:
	json_decref(c);
	free(b64);
	free(raw);
	return rc;
}

void sbx_query_init(struct sbx_query *q)
{
	memset(q, 0, sizeof(*q));
	q->limit = 100;
	q->sort = SBX_SORT_ACTIVITY;
	q->desc = true;
	q->min_cpu = q->max_cpu = q->min_mem = q->max_mem = q->min_disk = q->max_disk = -1;
	q->created_after = q->created_before = q->activity_after = q->activity_before = -1;
}

void sbx_query_release(struct sbx_query *q)
{
	free(q->id_prefix);
	free(q->name_prefix);
	json_decref(q->labels);
	json_decref(q->states);
	json_decref(q->snapshots);
	json_decref(q->cursor_value);
	free(q->cursor_id);
	sbx_query_init(q);
}

static int qerr(struct sbx_query *q, const char *fmt, const char *arg)
{
	snprintf(q->err, sizeof(q->err), fmt, arg);
	return -1;
}

static int parse_num(struct sbx_query *q, const char *k, const char *v, double *out)
{
	char *end;

	errno = 0;
	*out = strtod(v, &end);
	if (errno || end == v || *end || *out < 0)
		return qerr(q, "%s must be a number not less than 0", k);
	return 0;
}

static int parse_date(struct sbx_query *q, const char *k, const char *v, int64_t *out)
{
	*out = sbx_iso_ms(v);
	if (*out < 0)
		return qerr(q, "%s must be a valid ISO 8601 date string", k);
	return 0;
}

static int add_to_array(json_t **arr, const char *v)
{
	if (!*arr)
		*arr = json_array();
	return json_array_append_new(*arr, json_string(v));
}

int sbx_query_add(struct sbx_query *q, const char *k, const char *v)
{
	static const char *const states[] = {
		"creating", "restoring", "destroyed", "destroying", "started", "stopped", "starting",
		"stopping", "error", "build_failed", "pending_build", "building_snapshot", "unknown",
		"pulling_snapshot", "archived", "archiving", "resizing", "snapshotting", "forking",
		"pausing", "paused", "resuming", NULL
	};
	static const char *const sorts[] = { "name", "cpu", "memoryGib", "diskGib", "lastActivityAt", "createdAt", NULL };
	int i;

	if (!v)
		v = "";
	if (!strcmp(k, "id")) {
		free(q->id_prefix);
		q->id_prefix = strdup(v);
	} else if (!strcmp(k, "name")) {
		free(q->name_prefix);
		q->name_prefix = strdup(v);
	} else if (!strcmp(k, "labels")) {
		json_t *l = json_loads(v, JSON_DECODE_ANY, NULL);

		if (!json_is_object(l)) {
			json_decref(l);
			return qerr(q, "%sInvalid labels JSON format", "");
		}
		json_decref(q->labels);
		q->labels = l;
	} else if (!strcmp(k, "states") || !strcmp(k, "states[]")) {
		for (i = 0; states[i]; i++)
			if (!strcmp(states[i], v))
				break;
		if (!states[i])
			return qerr(q, "each value in states must be one of the following values: %s",
				    "creating, restoring, destroyed, destroying, started, stopped, starting, stopping, error, build_failed, pending_build, building_snapshot, unknown, pulling_snapshot, archived, archiving, resizing, snapshotting, forking, pausing, paused, resuming");
		add_to_array(&q->states, v);
	} else if (!strcmp(k, "snapshots") || !strcmp(k, "snapshots[]")) {
		add_to_array(&q->snapshots, v);
	} else if (!strcmp(k, "includeErroredDeleted")) {
		q->include_errored_deleted = !strcmp(v, "true") || !strcmp(v, "1");
	} else if (!strcmp(k, "limit")) {
		char *end;
		long n;

		errno = 0;
		n = strtol(v, &end, 10);
		if (errno || end == v || *end)
			return qerr(q, "%slimit must be an integer number", "");
		if (n < 1)
			return qerr(q, "%slimit must not be less than 1", "");
		if (n > 200)
			return qerr(q, "%slimit must not be greater than 200", "");
		q->limit = (int)n;
	} else if (!strcmp(k, "sort")) {
		for (i = 0; sorts[i]; i++)
			if (!strcmp(sorts[i], v))
				break;
		if (!sorts[i])
			return qerr(q, "sort must be one of the following values: %s", "name, cpu, memoryGib, diskGib, lastActivityAt, createdAt");
		q->sort = i;
	} else if (!strcmp(k, "order")) {
		if (!strcmp(v, "asc"))
			q->desc = false;
		else if (!strcmp(v, "desc"))
			q->desc = true;
		else
			return qerr(q, "order must be one of the following values: %s", "asc, desc");
	} else if (!strcmp(k, "cursor")) {
		json_decref(q->cursor_value);
		free(q->cursor_id);
		q->cursor_value = NULL;
		q->cursor_id = NULL;
		if (*v && sbx_cursor_decode(v, &q->cursor_value, &q->cursor_id) < 0)
			return qerr(q, "%sInvalid cursor", "");
	} else if (!strcmp(k, "minCpu")) {
		return parse_num(q, k, v, &q->min_cpu);
	} else if (!strcmp(k, "maxCpu")) {
		return parse_num(q, k, v, &q->max_cpu);
	} else if (!strcmp(k, "minMemoryGiB")) {
		return parse_num(q, k, v, &q->min_mem);
	} else if (!strcmp(k, "maxMemoryGiB")) {
		return parse_num(q, k, v, &q->max_mem);
	} else if (!strcmp(k, "minDiskGiB")) {
		return parse_num(q, k, v, &q->min_disk);
	} else if (!strcmp(k, "maxDiskGiB")) {
		return parse_num(q, k, v, &q->max_disk);
	} else if (!strcmp(k, "createdAtAfter")) {
		return parse_date(q, k, v, &q->created_after);
	} else if (!strcmp(k, "createdAtBefore")) {
		return parse_date(q, k, v, &q->created_before);
	} else if (!strcmp(k, "lastEventAfter")) {
		return parse_date(q, k, v, &q->activity_after);
	} else if (!strcmp(k, "lastEventBefore")) {
		return parse_date(q, k, v, &q->activity_before);
	}
	/* anything else (verbose, regionIds, sandboxClasses, isPublic, ...) is accepted and ignored */
	return 0;
}

static bool prefix_ci(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

static bool in_array(const json_t *arr, const char *v)
{
	size_t i;
	json_t *x;

	json_array_foreach(arr, i, x)
		if (!strcmp(json_string_value(x), v))
			return true;
	return false;
}

static bool in_range(double v, double lo, double hi)
{
	return (lo < 0 || v >= lo) && (hi < 0 || v <= hi);
}

static bool in_time(int64_t v, int64_t after, int64_t before)
{
	return (after < 0 || v > after) && (before < 0 || v < before);
}

bool sbx_query_match(const struct sbx_query *q, const json_t *doc)
{
	const char *dto_state = sbx_dto_state(sget(doc, "state"), sget(doc, "desiredState"), pending(doc));

	if (!strcmp(sget(doc, "state"), "destroyed"))
		return false;
	if (!q->include_errored_deleted && hidden(doc))
		return false;
	if (q->id_prefix && !prefix_ci(sget(doc, "id"), q->id_prefix))
		return false;
	if (q->name_prefix && !prefix_ci(sget(doc, "name"), q->name_prefix))
		return false;
	if (q->labels && !sbx_labels_match(json_object_get(doc, "labels"), q->labels))
		return false;
	if (q->states && !in_array(q->states, dto_state))
		return false;
	if (q->snapshots && !in_array(q->snapshots, sget(doc, "snapshot")))
		return false;
	if (!in_range((double)iget(doc, "cpu", 0), q->min_cpu, q->max_cpu) ||
	    !in_range((double)iget(doc, "memory", 0), q->min_mem, q->max_mem) ||
	    !in_range((double)iget(doc, "disk", 0), q->min_disk, q->max_disk))
		return false;
	if (!in_time(iget(doc, "_createdMs", 0), q->created_after, q->created_before) ||
	    !in_time(iget(doc, "_activityMs", 0), q->activity_after, q->activity_before))
		return false;
	return true;
}

/* ---- transitions ------------------------------------------------------------------------- */

struct trans {
	struct local *L;
	char id[64];
};

static void *trans_main(void *arg);

/* running transition threads, so that shutdown can wait for them before the store closes */
static pthread_mutex_t trans_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t trans_cv = PTHREAD_COND_INITIALIZER;
static int trans_running;

static void trans_done(struct trans *t)
{
	free(t);
	pthread_mutex_lock(&trans_mu);
	trans_running--;
	pthread_cond_broadcast(&trans_cv);
	pthread_mutex_unlock(&trans_mu);
}

bool sbx_quiesce(struct local *L, int wait_ms)
{
	struct timespec ts;
	bool idle;

	(void)L;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += wait_ms / 1000;
	ts.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&trans_mu);
	while (trans_running > 0)
		if (pthread_cond_timedwait(&trans_cv, &trans_mu, &ts) != 0)
			break;
	idle = trans_running == 0;
	pthread_mutex_unlock(&trans_mu);
	return idle;
}

/* Starts the thread that settles doc's pending transition. Call under local_lock with
 * _pending already set and stored. */
static void spawn_transition(struct local *L, const char *id)
{
	struct trans *t = calloc(1, sizeof(*t));
	pthread_attr_t at;
	pthread_t th;

	if (!t)
		goto fail;
	t->L = L;
	snprintf(t->id, sizeof(t->id), "%s", id);
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	pthread_mutex_lock(&trans_mu);
	trans_running++;
	pthread_mutex_unlock(&trans_mu);
	if (pthread_create(&th, &at, trans_main, t) != 0) {
		pthread_attr_destroy(&at);
		trans_done(t);
		goto fail;
	}
	pthread_attr_destroy(&at);
	return;
fail:
	local_log("sandbox %s: cannot start a transition thread", id);
	/* nothing would ever settle it: settle it as errored (recoverable) rather than leave it
	 * pending, where every later stop or delete answers 409 */
	json_t *doc = store_get(L, KIND, id);
	if (doc) {
		json_object_set_new(doc, "_pending", json_false());
		json_object_set_new(doc, "state", json_string("error"));
		json_object_set_new(doc, "errorReason", json_string("cannot start a transition thread"));
		json_object_set_new(doc, "recoverable", json_true());
		json_object_set_new(doc, "_stateMs", json_integer(now_ms()));
		if (store_put(L, KIND, id, doc) < 0)
			local_log("sandbox %s: %s", id, byoc_errmsg());
	}
}

/* Marks doc for a transition to desired, stores it and starts the transition (under
 * local_lock). doc is the stored document or a caller's copy of it (the caller keeps its
 * reference); the edits go to a copy, so when the store cannot write it, the stored
 * document is left as it was, not marked pending with no thread to ever settle it. */
static int begin_transition(struct local *L, json_t *doc, const char *desired)
{
	char id[64];
	json_t *next;
	int rc;

	snprintf(id, sizeof(id), "%s", sget(doc, "id"));
	next = json_deep_copy(doc);
	if (!next)
		return byoc_fail(BYOC_ENOMEM, "out of memory changing sandbox '%s'", id);
	json_object_set_new(next, "desiredState", json_string(desired));
	json_object_set_new(next, "_pending", json_true());
	touch_updated(next);
	rc = store_put(L, KIND, id, next);   /* takes next: stored on success, freed on failure */
	if (rc == 0)
		spawn_transition(L, id);
	return rc;
}

static void soft_delete_name(json_t *doc)
{
	char name[512];

	if (!strncmp(sget(doc, "name"), "DESTROYED_", 10))
		return;
	snprintf(name, sizeof(name), "DESTROYED_%s_%lld", sget(doc, "name"), (long long)now_ms());
	json_object_set_new(doc, "name", json_string(name));
}

static void *trans_main(void *arg)
{
	struct trans *t = arg;
	struct local *L = t->L;
	char state[32], desired[32], snap_id[128], rootfs[4096], reason[600] = "";
	json_t *doc, *copy = NULL;
	const char *settle = NULL;
	int rc = 0;

	usleep((useconds_t)transition_ms() * 1000);
	if (local_stopping(L)) {
		/* leave it pending: the next start of byoc-local finishes it */
		trans_done(t);
		return NULL;
	}
	local_lock(L);
	doc = store_get(L, KIND, t->id);
	if (!doc || !pending(doc)) {
		local_unlock(L);
		trans_done(t);
		return NULL;
	}
	snprintf(state, sizeof(state), "%s", sget(doc, "state"));
	snprintf(desired, sizeof(desired), "%s", sget(doc, "desiredState"));
	snprintf(snap_id, sizeof(snap_id), "%s", sget(doc, "_snapshotId"));
	copy = json_deep_copy(doc);
	local_unlock(L);

	byoc_err_clear();
	if (!strcmp(desired, "destroyed")) {
		rc = runtime_destroy(L, t->id);
		settle = "destroyed";
	} else if (!strcmp(desired, "started")) {
		if (!strcmp(state, "unknown")) {
			local_snapshot_rootfs(L, snap_id, rootfs, sizeof(rootfs));
			rc = runtime_prepare(L, t->id, rootfs);
		}
		if (rc == 0)
			rc = runtime_start(L, t->id, copy);
		settle = "started";
	} else if (!strcmp(desired, "stopped")) {
		rc = runtime_stop(L, t->id);
		settle = "stopped";
	} else if (!strcmp(desired, "archived")) {
		settle = "archived";
	} else {
		settle = state;
	}
	json_decref(copy);
	if (rc < 0)
		snprintf(reason, sizeof(reason), "%s", *byoc_errmsg() ? byoc_errmsg() : "runtime failure");

	local_lock(L);
	doc = store_get(L, KIND, t->id);
	if (!doc) {
		local_unlock(L);
		trans_done(t);
		return NULL;
	}
	if (rc == 0 && !strcmp(settle, "destroyed")) {
		if (store_del(L, KIND, t->id) < 0)
			local_log("sandbox %s: %s", t->id, byoc_errmsg());
		local_log("sandbox %s destroyed", t->id);
		local_unlock(L);
		trans_done(t);
		return NULL;
	}
	json_object_set_new(doc, "_pending", json_false());
	json_object_set_new(doc, "_stateMs", json_integer(now_ms()));
	touch_updated(doc);
	if (rc < 0) {
		json_object_set_new(doc, "state", json_string("error"));
		json_object_set_new(doc, "errorReason", json_string(reason));
		json_object_set_new(doc, "recoverable", json_boolean(strcmp(desired, "destroyed") != 0));
		local_log("sandbox %s: %s failed: %s", t->id, desired, reason);
	} else {
		json_object_set_new(doc, "state", json_string(settle));
		json_object_del(doc, "errorReason");
		json_object_set_new(doc, "recoverable", json_false());
		if (!strcmp(settle, "started")) {
			char ts[40];

			local_now_iso(ts, sizeof(ts));
			json_object_set_new(doc, "lastActivityAt", json_string(ts));
			json_object_set_new(doc, "_activityMs", json_integer(now_ms()));
		}
	}
	if (store_put(L, KIND, t->id, doc) < 0)
		local_log("sandbox %s: %s", t->id, byoc_errmsg());
	/* ephemeral: a stop is a soft delete */
	if (rc == 0 && !strcmp(settle, "stopped") && iget(doc, "autoDeleteInterval", -1) == 0) {
		soft_delete_name(doc);
		begin_transition(L, doc, "destroyed");
	}
	local_unlock(L);
	trans_done(t);
	return NULL;
}

/* Waits (without the lock) until the sandbox's transition settles, up to ms. */
static void wait_settled(struct local *L, const char *id, int ms)
{
	int64_t end = now_ms() + ms;
	json_t *doc;
	bool busy;

	for (;;) {
		local_lock(L);
		doc = store_get(L, KIND, id);
		busy = doc && pending(doc);
		local_unlock(L);
		if (!busy || now_ms() >= end || local_stopping(L))
			return;
		usleep(20 * 1000);
	}
}

/* ---- handlers ------------------------------------------------------------------------------- */

static void not_found(struct lresp *resp, struct lreq *req, const char *id)
{
	lresp_api_error(resp, req, 404, "Sandbox with ID or name %s not found", id);
}

static void reply_dto(struct lresp *resp, struct lreq *req, const json_t *doc)
{
	lresp_json(resp, 200, to_dto(doc, lreq_base_url(req), false));
}

/* Takes local_lock and finds the sandbox the path names (id or name); on a miss, unlocks and
 * answers 404. The opening of each handler that acts on one sandbox. */
static json_t *lock_sbx(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc;

	local_lock(L);
	doc = find_sbx(L, lreq_param(req, 0), false);
	if (!doc) {
		local_unlock(L);
		not_found(resp, req, lreq_param(req, 0));
	}
	return doc;
}

static void h_health(struct lreq *req, struct lresp *resp)
{
	(void)req;
	lresp_json(resp, 200, json_pack("{s:s}", "status", "ok"));
}

struct snap_find {
	struct local *L;
	const char *key;
	bool by_id;
	json_t *found;
};

static int snap_each(const char *id, json_t *doc, void *arg)
{
	struct snap_find *f = arg;
	const char *org = json_string_value(json_object_get(doc, "organizationId"));
	bool org_ok = !org || !strcmp(org, local_org_id(f->L)) || json_is_true(json_object_get(doc, "general"));

	if (!org_ok)
		return 0;
	if (!strcmp(sget(doc, "name"), f->key) || (f->by_id && !strcmp(id, f->key))) {
		/* prefer an active one */
		if (!f->found || (strcmp(sget(f->found, "state"), "active") && !strcmp(sget(doc, "state"), "active")))
			f->found = doc;
	}
	return 0;
}

static bool looks_uuid(const char *s)
{
	int i;

	if (strlen(s) != 36)
		return false;
	for (i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
		} else if (!isxdigit((unsigned char)s[i])) {
			return false;
		}
	}
	return true;
}

static bool bad_name(const char *s)
{
	const char *p;

	for (p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return true;
	if (strstr(s, "://") || (strchr(s, '<') && strchr(s, '>')))
		return true;
	return false;
}

static bool string_map(const json_t *v)
{
	const char *k;
	json_t *x;

	if (!json_is_object(v))
		return false;
	json_object_foreach((json_t *)v, k, x)
		if (!json_is_string(x))
			return false;
	return true;
}

static bool cidr_list_ok(const char *s)
{
	char buf[1024], *save = NULL, *tok;

	if (strlen(s) >= sizeof(buf))
		return false;
	snprintf(buf, sizeof(buf), "%s", s);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned a, b, c, d, m;
		char extra;

		while (*tok == ' ')
			tok++;
		if (sscanf(tok, "%u.%u.%u.%u/%u%c", &a, &b, &c, &d, &m, &extra) != 5 ||
		    a > 255 || b > 255 || c > 255 || d > 255 || m > 32)
			return false;
	}
	return true;
}

struct name_find {
	struct local *L;
	const char *name;
	bool taken;
};

static int name_each(const char *id, json_t *doc, void *arg)
{
	struct name_find *f = arg;

	(void)id;
	if (in_org(f->L, doc) && !strcmp(sget(doc, "name"), f->name) && strcmp(sget(doc, "state"), "destroyed")) {
		f->taken = true;
		return 1;
	}
	return 0;
}

/* Reads an optional integer field; false (and 400 set) when present but not an integer. */
static bool int_field(struct lreq *req, struct lresp *resp, const json_t *body, const char *k, int64_t *out)
{
	json_t *v = json_object_get(body, k);
	double d;

	if (!v || json_is_null(v))
		return true;
	d = json_number_value(v);
	if (!json_is_number(v) || d != floor(d)) {
		lresp_api_error(resp, req, 400, "%s must be an integer number", k);
		return false;
	}
	*out = (int64_t)d;
	return true;
}

/* CreateSandbox.secrets: [{"ENV": "secret name"}, ...] with environment variable names. */
static bool secrets_ok(const json_t *v)
{
	const char *k;
	json_t *e, *n;
	size_t i;

	if (!json_is_array(v))
		return false;
	json_array_foreach(v, i, e) {
		if (!json_is_object(e))
			return false;
		json_object_foreach(e, k, n)
			if (!json_is_string(n) || !*k || strspn(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") !=
			    strlen(k) || (*k >= '0' && *k <= '9'))
				return false;
	}
	return true;
}

/* Each secret's placeholder into the sandbox's env, as Daytona does: the sandbox never sees a
 * value. The secrets are kept by name in _secrets. Under local_lock; -1 with *missing (a new
 * reference) naming an unknown secret. */
static int attach_secrets(struct local *L, json_t *doc, const json_t *secrets, json_t **missing)
{
	json_t *env = json_object_get(doc, "env"), *e, *n, *names = json_object();
	const char *k;
	char ph[128];
	size_t i;

	*missing = NULL;
	json_array_foreach(secrets, i, e) {
		json_object_foreach(e, k, n) {
			if (local_secret_placeholder(L, json_string_value(n), ph, sizeof(ph)) < 0) {
				*missing = json_string(json_string_value(n));
				json_decref(names);
				return -1;
			}
			json_object_set_new(env, k, json_string(ph));
			json_object_set(names, k, n);
		}
	}
	if (json_object_size(names))
		json_object_set_new(doc, "_secrets", names);
	else
		json_decref(names);
	return 0;
}

/* ttlMinutes counts wall-clock time since creation; 0 disables it. */
static void set_ttl(json_t *doc, int64_t created_ms, int64_t ttl)
{
	char ts[40];

	if (ttl <= 0) {
		json_object_del(doc, "autoDestroyAt");
		json_object_del(doc, "_destroyAtMs");
		return;
	}
	iso_ms(created_ms + ttl * minute_ms(), ts, sizeof(ts));
	json_object_set_new(doc, "autoDestroyAt", json_string(ts));
	json_object_set_new(doc, "_destroyAtMs", json_integer(created_ms + ttl * minute_ms()));
}

/* What a create asks for, once its body has passed the checks (borrowed from the body). */
struct sbx_req {
	json_t *body;
	const char *snapshot, *name, *user, *target;
	int64_t auto_stop, auto_archive, auto_delete, ttl, auto_pause;
};

/* The body's fields, each of the type the API takes; false once it has answered 400. */
static bool create_fields_ok(struct lreq *req, struct lresp *resp, json_t *body, struct sbx_req *r)
{
	static const char *const resources[] = { "cpu", "gpu", "memory", "disk", NULL };
	json_t *v;
	int i;

	if (json_object_get(body, "buildInfo") && !json_is_null(json_object_get(body, "buildInfo"))) {
		lresp_api_error(resp, req, 400, "Declarative builds (buildInfo) are not supported by byoc-local: create the snapshot first, then the sandbox from it");
		return false;
	}
	r->snapshot = json_string_value(json_object_get(body, "snapshot"));
	if (!r->snapshot || !*r->snapshot) {
		lresp_api_error(resp, req, 400, "Snapshot is required: byoc-local has no default snapshot");
		return false;
	}
	for (i = 0; resources[i]; i++) {
		v = json_object_get(body, resources[i]);
		if (v && !json_is_null(v)) {
			lresp_api_error(resp, req, 400, "Cannot specify Sandbox resources when using a snapshot");
			return false;
		}
	}
	r->name = json_string_value(json_object_get(body, "name"));
	if (json_object_get(body, "name") && !json_is_null(json_object_get(body, "name")) && !r->name) {
		lresp_api_error(resp, req, 400, "name must be a string");
		return false;
	}
	if (r->name && (!*r->name || bad_name(r->name) || strlen(r->name) > 255)) {
		lresp_api_error(resp, req, 400, "Sandbox name must not be empty or contain HTML tags, URLs or control characters");
		return false;
	}
	v = json_object_get(body, "labels");
	if (v && !json_is_null(v) && !string_map(v)) {
		lresp_api_error(resp, req, 400, "labels must be an object of string values");
		return false;
	}
	v = json_object_get(body, "env");
	if (v && !json_is_null(v) && !string_map(v)) {
		lresp_api_error(resp, req, 400, "env must be an object of string values");
		return false;
	}
	v = json_object_get(body, "networkAllowList");
	if (v && !json_is_null(v) && (!json_is_string(v) || !cidr_list_ok(json_string_value(v)))) {
		lresp_api_error(resp, req, 400, "Invalid networkAllowList: want comma-separated IPv4 CIDRs, e.g. 10.0.0.0/8");
		return false;
	}
	v = json_object_get(body, "volumes");
	if (json_array_size(v) > 0) {
		lresp_api_error(resp, req, 400, "Volume %s not found", sget(json_array_get(v, 0), "volumeId"));
		return false;
	}
	v = json_object_get(body, "secrets");
	if (v && !json_is_null(v) && !secrets_ok(v)) {
		lresp_api_error(resp, req, 400, "secrets must be an array of {ENV_NAME: secret name} objects");
		return false;
	}
	r->user = json_string_value(json_object_get(body, "user"));
	r->target = json_string_value(json_object_get(body, "target"));
	return true;
}

/* The lifecycle intervals with their defaults and rules (auto-pause excludes auto-stop; an
 * archive interval of 0 means the most); false once it has answered 400. */
static bool create_intervals(struct lreq *req, struct lresp *resp, json_t *body, struct sbx_req *r)
{
	bool stop_given = json_is_integer(json_object_get(body, "autoStopInterval"));

	r->auto_stop = 15;
	r->auto_archive = 10080;
	r->auto_delete = -1;
	r->ttl = 0;
	r->auto_pause = 0;
	if (!int_field(req, resp, body, "autoStopInterval", &r->auto_stop) ||
	    !int_field(req, resp, body, "autoArchiveInterval", &r->auto_archive) ||
	    !int_field(req, resp, body, "autoDeleteInterval", &r->auto_delete) ||
	    !int_field(req, resp, body, "ttlMinutes", &r->ttl) ||
	    !int_field(req, resp, body, "autoPauseInterval", &r->auto_pause))
		return false;
	if (r->ttl < 0 || r->auto_pause < 0) {
		lresp_api_error(resp, req, 400, "%s must not be less than 0", r->ttl < 0 ? "ttlMinutes" : "autoPauseInterval");
		return false;
	}
	if (r->auto_pause > 0) {
		if (stop_given && r->auto_stop > 0) {
			lresp_api_error(resp, req, 400, "At most one of autoStopInterval and autoPauseInterval may be non-zero");
			return false;
		}
		if (r->auto_delete == 0) {
			lresp_api_error(resp, req, 400, "autoPauseInterval is not allowed for ephemeral sandboxes");
			return false;
		}
		r->auto_stop = 0;
	}
	if (r->auto_stop < 0) {
		lresp_api_error(resp, req, 400, "autoStopInterval must not be less than 0");
		return false;
	}
	if (r->auto_archive < 0) {
		lresp_api_error(resp, req, 400, "autoArchiveInterval must not be less than 0");
		return false;
	}
	if (r->auto_archive == 0 || r->auto_archive > MAX_AUTO_ARCHIVE)
		r->auto_archive = MAX_AUTO_ARCHIVE;
	return true;
}

/* Takes local_lock and finds the active snapshot the create names; else unlocks and answers 400. */
static json_t *lock_active_snapshot(struct local *L, struct lreq *req, struct lresp *resp, const char *snapshot)
{
	struct snap_find sf = { 0 };
	char st[64];

	local_lock(L);
	sf.L = L;
	sf.key = snapshot;
	sf.by_id = looks_uuid(snapshot);
	store_each(L, "snapshots", snap_each, &sf);
	if (!sf.found) {
		local_unlock(L);
		lresp_api_error(resp, req, 400, "Snapshot %s not found. Did you add it through the Daytona Dashboard?", snapshot);
		return NULL;
	}
	if (strcmp(sget(sf.found, "state"), "active")) {
		snprintf(st, sizeof(st), "%s", sget(sf.found, "state"));
		local_unlock(L);
		lresp_api_error(resp, req, 400, "Snapshot %s is %s", snapshot, st);
		return NULL;
	}
	return sf.found;
}

/* The new sandbox's document, pending towards started, its resources the snapshot's (fields
 * starting with _ are byoc-local's own). NULL with the name in missing when a secret it names
 * does not exist. Call under local_lock. */
static json_t *create_doc(struct local *L, const struct sbx_req *r, const json_t *snap, const char *id,
			  const char *name, char *missing, size_t n)
{
	json_t *doc = json_object(), *body = r->body, *v;
	int64_t now = now_ms();
	char ts[40];

	iso_ms(now, ts, sizeof(ts));
	json_object_set_new(doc, "id", json_string(id));
	json_object_set_new(doc, "organizationId", json_string(local_org_id(L)));
	json_object_set_new(doc, "name", json_string(name));
	json_object_set_new(doc, "target", json_string(r->target && *r->target ? r->target : "us"));
	json_object_set_new(doc, "snapshot", json_string(sget(snap, "name")));
	json_object_set_new(doc, "user", json_string(r->user && *r->user ? r->user : "daytona"));
	v = json_object_get(body, "env");
	json_object_set_new(doc, "env", json_is_object(v) ? json_deep_copy(v) : json_object());
	if (attach_secrets(L, doc, json_object_get(body, "secrets"), &v) < 0) {
		snprintf(missing, n, "%s", json_string_value(v));
		json_decref(v);
		json_decref(doc);
		return NULL;
	}
	v = json_object_get(body, "labels");
	json_object_set_new(doc, "labels", json_is_object(v) ? json_deep_copy(v) : json_object());
	json_object_set_new(doc, "public", json_boolean(json_is_true(json_object_get(body, "public"))));
	json_object_set_new(doc, "networkBlockAll", json_boolean(json_is_true(json_object_get(body, "networkBlockAll"))));
	v = json_object_get(body, "networkAllowList");
	if (json_is_string(v))
		json_object_set(doc, "networkAllowList", v);
	v = json_object_get(body, "domainAllowList");
	if (json_is_string(v))
		json_object_set(doc, "domainAllowList", v);
	json_object_set_new(doc, "cpu", json_integer(iget(snap, "cpu", 1)));
	json_object_set_new(doc, "gpu", json_integer(iget(snap, "gpu", 0)));
	json_object_set_new(doc, "memory", json_integer(iget(snap, "mem", iget(snap, "memory", 1))));
	json_object_set_new(doc, "disk", json_integer(iget(snap, "disk", 3)));
	json_object_set_new(doc, "volumes", json_array());
	json_object_set_new(doc, "state", json_string("unknown"));
	json_object_set_new(doc, "desiredState", json_string("started"));
	json_object_set_new(doc, "recoverable", json_false());
	json_object_set_new(doc, "backupState", json_string("None"));
	json_object_set_new(doc, "autoStopInterval", json_integer(r->auto_stop));
	json_object_set_new(doc, "autoArchiveInterval", json_integer(r->auto_archive));
	json_object_set_new(doc, "autoDeleteInterval", json_integer(r->auto_delete));
	json_object_set_new(doc, "autoPauseInterval", json_integer(r->auto_pause));
	set_ttl(doc, now, r->ttl);
	json_object_set_new(doc, "sandboxClass", json_string("container"));
	json_object_set_new(doc, "createdAt", json_string(ts));
	json_object_set_new(doc, "updatedAt", json_string(ts));
	json_object_set_new(doc, "lastActivityAt", json_string(ts));
	json_object_set_new(doc, "daemonVersion", json_string("0.190.0"));
	json_object_set_new(doc, "runnerId", json_string("byoc-local"));
	json_object_set_new(doc, "_pending", json_true());
	json_object_set_new(doc, "_snapshotId", json_string(sget(snap, "id")));
	json_object_set_new(doc, "_createdMs", json_integer(now));
	json_object_set_new(doc, "_activityMs", json_integer(now));
	json_object_set_new(doc, "_stateMs", json_integer(now));
	return doc;
}

/* After the create has waited for its sandbox to settle: the sandbox, or why it failed. */
static void reply_created(struct local *L, struct lreq *req, struct lresp *resp, const char *id)
{
	json_t *doc;

	local_lock(L);
	doc = store_get(L, KIND, id);
	if (!doc) {
		local_unlock(L);
		not_found(resp, req, id);
		return;
	}
	if (is_errored(sget(doc, "state"))) {
		char reason[600];

		snprintf(reason, sizeof(reason), "%s", sget(doc, "errorReason"));
		local_unlock(L);
		lresp_api_error(resp, req, 400, "Sandbox failed to start: %s", reason);
		return;
	}
	reply_dto(resp, req, doc);
	local_unlock(L);
}

static void h_create(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct sbx_req r = { .body = lreq_json(req) };
	struct name_find nf;
	const char *name;
	char id[40], missing[300];
	json_t *snap, *doc;

	if (!json_is_object(r.body)) {
		lresp_api_error(resp, req, 400, "request body must be a JSON object");
		return;
	}
	if (!create_fields_ok(req, resp, r.body, &r) || !create_intervals(req, resp, r.body, &r) ||
	    !(snap = lock_active_snapshot(L, req, resp, r.snapshot)))
		return;
	local_uuid(id);
	name = r.name ? r.name : id;
	nf.L = L;
	nf.name = name;
	nf.taken = false;
	store_each(L, KIND, name_each, &nf);
	if (nf.taken) {
		local_unlock(L);
		lresp_api_error(resp, req, 409, "Sandbox with name %s already exists", name);
		return;
	}
	if (!(doc = create_doc(L, &r, snap, id, name, missing, sizeof(missing)))) {
		local_unlock(L);
		lresp_api_error(resp, req, 400, "Secret %s not found", missing);
		return;
	}
	if (store_put(L, KIND, id, doc) < 0) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		local_log("create sandbox: %s", byoc_errmsg());
		return;
	}
	spawn_transition(L, id);
	local_unlock(L);
	local_log("sandbox %s (%s) creating from snapshot %s", id, name, r.snapshot);
	wait_settled(L, id, CREATE_WAIT_MS);
	reply_created(L, req, resp, id);
}

static void h_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc;

	if (!(doc = lock_sbx(req, resp)))
		return;
	reply_dto(resp, req, doc);
	local_unlock(L);
}

struct list_item {
	json_t *doc;
	json_t *sv;
	const char *id;
};

struct list_ctx {
	struct local *L;
	struct sbx_query *q;
	struct list_item *items;
	size_t n, cap;
	bool oom;
};

static json_t *sort_value(const json_t *doc, int sort)
{
	switch (sort) {
	case SBX_SORT_NAME: return json_string(sget(doc, "name"));
	case SBX_SORT_CPU: return json_integer(iget(doc, "cpu", 0));
	case SBX_SORT_MEM: return json_integer(iget(doc, "memory", 0));
	case SBX_SORT_DISK: return json_integer(iget(doc, "disk", 0));
	case SBX_SORT_CREATED: return json_string(sget(doc, "createdAt"));
	default: return json_string(sget(doc, "lastActivityAt"));
	}
}

static int cmp_json(const json_t *a, const json_t *b)
{
	if (json_is_number(a) && json_is_number(b)) {
		double x = json_number_value(a), y = json_number_value(b);

		return x < y ? -1 : x > y;
	}
	if (json_is_string(a) && json_is_string(b))
		return strcmp(json_string_value(a), json_string_value(b));
	if (json_is_number(a))
		return -1;
	if (json_is_number(b))
		return 1;
	return 0;
}

static int cmp_key(const json_t *sva, const char *ida, const json_t *svb, const char *idb, bool desc)
{
	int c = cmp_json(sva, svb);

	if (c == 0)
		c = strcmp(ida, idb);
	return desc ? -c : c;
}

static int cmp_items(const void *a, const void *b, void *arg)
{
	const struct list_item *x = a, *y = b;

	return cmp_key(x->sv, x->id, y->sv, y->id, *(bool *)arg);
}

static int list_each(const char *id, json_t *doc, void *arg)
{
	struct list_ctx *c = arg;

	if (!in_org(c->L, doc) || !sbx_query_match(c->q, doc))
		return 0;
	if (c->n == c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 64;
		struct list_item *ni = realloc(c->items, ncap * sizeof(*ni));

		if (!ni) {
			c->oom = true;
			return 1;
		}
		c->items = ni;
		c->cap = ncap;
	}
	c->items[c->n].doc = doc;
	c->items[c->n].id = id;
	c->items[c->n].sv = sort_value(doc, c->q->sort);
	c->n++;
	return 0;
}

static int query_cb(const char *k, const char *v, void *arg)
{
	return sbx_query_add(arg, k, v) < 0 ? 1 : 0;
}

static void h_list(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct sbx_query q;
	struct list_ctx c;
	json_t *items, *out;
	size_t i, start = 0, end;
	char *next = NULL;

	sbx_query_init(&q);
	if (lreq_query_each(req, query_cb, &q)) {
		lresp_api_error(resp, req, 400, "%s", q.err);
		sbx_query_release(&q);
		return;
	}
	memset(&c, 0, sizeof(c));
	c.L = L;
	c.q = &q;
	local_lock(L);
	store_each(L, KIND, list_each, &c);
	if (c.oom) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		goto out;
	}
	if (c.n > 1) /* qsort_r with no items may be given NULL, which UBSan rightly refuses */
		qsort_r(c.items, c.n, sizeof(*c.items), cmp_items, &q.desc);
	if (q.cursor_id)
		while (start < c.n && cmp_key(c.items[start].sv, c.items[start].id, q.cursor_value, q.cursor_id, q.desc) <= 0)
			start++;
	end = start + (size_t)q.limit < c.n ? start + (size_t)q.limit : c.n;
	items = json_array();
	for (i = start; i < end; i++)
		json_array_append_new(items, to_dto(c.items[i].doc, lreq_base_url(req), true));
	if (end < c.n && end > start)
		next = sbx_cursor_encode(c.items[end - 1].sv, c.items[end - 1].id);
	local_unlock(L);
	out = json_pack("{s:o, s:o}", "items", items, "nextCursor", next ? json_string(next) : json_null());
	lresp_json(resp, 200, out);
out:
	for (i = 0; i < c.n; i++)
		json_decref(c.items[i].sv);
	free(c.items);
	free(next);
	sbx_query_release(&q);
}

static void h_labels(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *body = lreq_json(req), *labels, *doc;

	labels = json_object_get(body, "labels");
	if (!json_is_object(body) || !string_map(labels)) {
		lresp_api_error(resp, req, 400, "labels must be an object of string values");
		return;
	}
	if (!(doc = lock_sbx(req, resp)))
		return;
	json_object_set_new(doc, "labels", json_deep_copy(labels));
	touch_updated(doc);
	if (store_put(L, KIND, sget(doc, "id"), doc) < 0) {
		local_unlock(L);
		local_log("labels: %s", byoc_errmsg());
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	reply_dto(resp, req, doc);
	local_unlock(L);
}

static void lifecycle(struct lreq *req, struct lresp *resp, int op)
{
	struct local *L = lreq_local(req);
	const char *msg, *desired = NULL;
	char id[64];
	json_t *doc;
	int st, wait = 0;

	if (!(doc = lock_sbx(req, resp)))
		return;
	st = sbx_check_op(doc, op, &msg);
	if (st == 1) {
		reply_dto(resp, req, doc);
		local_unlock(L);
		return;
	}
	if (st) {
		local_unlock(L);
		lresp_api_error(resp, req, st, "%s", msg);
		return;
	}
	snprintf(id, sizeof(id), "%s", sget(doc, "id"));
	/* edit a copy: a change the store cannot write leaves the sandbox as it was */
	doc = json_deep_copy(doc);
	if (!doc) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	switch (op) {
	case SBX_OP_START:
		desired = "started";
		if (strcmp(sget(doc, "state"), "archived"))
			wait = CREATE_WAIT_MS;
		json_object_set_new(doc, "_activityMs", json_integer(now_ms()));
		break;
	case SBX_OP_RECOVER: {
		const char *skip = lreq_query(req, "skipStart");

		desired = skip && !strcmp(skip, "true") ? "stopped" : "started";
		/* recovery runs from the errored state: start it afresh */
		json_object_set_new(doc, "state", json_string("stopped"));
		break;
	}
	case SBX_OP_STOP:
		desired = "stopped";
		break;
	case SBX_OP_ARCHIVE:
		desired = "archived";
		break;
	case SBX_OP_DELETE:
		desired = "destroyed";
		soft_delete_name(doc);
		json_object_set_new(doc, "backupState", json_string("None"));
		break;
	}
	if (begin_transition(L, doc, desired) < 0) {
		json_decref(doc);
		local_unlock(L);
		local_log("sandbox %s: %s", id, byoc_errmsg());
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	json_decref(doc);
	local_log("sandbox %s: -> %s", id, desired);
	local_unlock(L);
	if (wait)
		wait_settled(L, id, wait);
	local_lock(L);
	doc = store_get(L, KIND, id);
	if (doc)
		reply_dto(resp, req, doc);
	else
		not_found(resp, req, id);
	local_unlock(L);
}

static void h_start(struct lreq *req, struct lresp *resp) { lifecycle(req, resp, SBX_OP_START); }
static void h_stop(struct lreq *req, struct lresp *resp) { lifecycle(req, resp, SBX_OP_STOP); }
static void h_archive(struct lreq *req, struct lresp *resp) { lifecycle(req, resp, SBX_OP_ARCHIVE); }
static void h_delete(struct lreq *req, struct lresp *resp) { lifecycle(req, resp, SBX_OP_DELETE); }
static void h_recover(struct lreq *req, struct lresp *resp) { lifecycle(req, resp, SBX_OP_RECOVER); }

static void set_interval(struct lreq *req, struct lresp *resp, const char *field)
{
	struct local *L = lreq_local(req);
	const char *s = lreq_param(req, 1);
	char *end;
	long long m;
	json_t *doc;

	errno = 0;
	m = strtoll(s, &end, 10);
	if (errno || end == s || *end) {
		lresp_api_error(resp, req, 400, "Validation failed (numeric string is expected)");
		return;
	}
	if (strcmp(field, "autoDeleteInterval") && m < 0) {
		lresp_api_error(resp, req, 400, "%s must not be less than 0", field);
		return;
	}
	if (!strcmp(field, "autoArchiveInterval") && (m == 0 || m > MAX_AUTO_ARCHIVE))
		m = MAX_AUTO_ARCHIVE;
	if (!(doc = lock_sbx(req, resp)))
		return;
	if (!strcmp(field, "ttlMinutes"))
		set_ttl(doc, iget(doc, "_createdMs", now_ms()), m);
	else
		json_object_set_new(doc, field, json_integer(m));
	if (!strcmp(field, "autoPauseInterval") && m > 0)
		json_object_set_new(doc, "autoStopInterval", json_integer(0));  /* at most one of the two */
	touch_updated(doc);
	if (store_put(L, KIND, sget(doc, "id"), doc) < 0) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	reply_dto(resp, req, doc);
	local_unlock(L);
}

static void h_autostop(struct lreq *req, struct lresp *resp) { set_interval(req, resp, "autoStopInterval"); }
static void h_autoarchive(struct lreq *req, struct lresp *resp) { set_interval(req, resp, "autoArchiveInterval"); }
static void h_autodelete(struct lreq *req, struct lresp *resp) { set_interval(req, resp, "autoDeleteInterval"); }
static void h_autopause(struct lreq *req, struct lresp *resp) { set_interval(req, resp, "autoPauseInterval"); }
static void h_ttl(struct lreq *req, struct lresp *resp) { set_interval(req, resp, "ttlMinutes"); }

static void h_proxy_url(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	char url[256];
	json_t *doc;

	local_lock(L);
	doc = find_sbx(L, lreq_param(req, 0), true);
	local_unlock(L);
	if (!doc) {
		not_found(resp, req, lreq_param(req, 0));
		return;
	}
	snprintf(url, sizeof(url), "%s/toolbox", lreq_base_url(req));
	lresp_json(resp, 200, json_pack("{s:s}", "url", url));
}

static void h_build_logs_url(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc;

	local_lock(L);
	doc = find_sbx(L, lreq_param(req, 0), false);
	local_unlock(L);
	if (!doc)
		not_found(resp, req, lreq_param(req, 0));
	else
		lresp_api_error(resp, req, 404, "Sandbox %s has no build info", lreq_param(req, 0));
}

const struct lroute sandbox_routes[] = {
	{ "GET", "/api/health", h_health, NULL, LROUTE_PUBLIC },
	{ "POST", "/api/sandbox", h_create, NULL, 0 },
	{ "GET", "/api/sandbox", h_list, NULL, 0 },
	{ "GET", "/api/sandbox/{}", h_get, NULL, 0 },
	{ "PUT", "/api/sandbox/{}/labels", h_labels, NULL, 0 },
	{ "POST", "/api/sandbox/{}/start", h_start, NULL, 0 },
	{ "POST", "/api/sandbox/{}/stop", h_stop, NULL, 0 },
	{ "POST", "/api/sandbox/{}/archive", h_archive, NULL, 0 },
	{ "POST", "/api/sandbox/{}/recover", h_recover, NULL, 0 },
	{ "DELETE", "/api/sandbox/{}", h_delete, NULL, 0 },
	{ "POST", "/api/sandbox/{}/autostop/{}", h_autostop, NULL, 0 },
	{ "POST", "/api/sandbox/{}/autoarchive/{}", h_autoarchive, NULL, 0 },
	{ "POST", "/api/sandbox/{}/autodelete/{}", h_autodelete, NULL, 0 },
	{ "POST", "/api/sandbox/{}/autopause/{}", h_autopause, NULL, 0 },
	{ "POST", "/api/sandbox/{}/ttl/{}", h_ttl, NULL, 0 },
	{ "GET", "/api/sandbox/{}/toolbox-proxy-url", h_proxy_url, NULL, 0 },
	{ "GET", "/api/sandbox/{}/build-logs-url", h_build_logs_url, NULL, 0 },
	{ 0 }
};

/* ---- between modules ------------------------------------------------------------------------- */

int local_sandbox_get(struct local *L, const char *id, json_t **doc_out)
{
	json_t *doc;

	*doc_out = NULL;
	local_lock(L);
	doc = find_sbx(L, id, true);
	if (doc)
		*doc_out = json_deep_copy(doc);
	local_unlock(L);
	if (!*doc_out)
		return byoc_fail(BYOC_ENOTFOUND, "sandbox '%s' not found", id);
	return 0;
}

void local_sandbox_dir(struct local *L, const char *id, char *out, size_t n)
{
	snprintf(out, n, "%s/sandboxes/%s", local_state_dir(L), id);
}

void local_sandbox_touch(struct local *L, const char *id)
{
	int64_t now = now_ms(), throttle = minute_ms() / 6;
	json_t *doc;
	char ts[40];

	if (throttle > 10000)
		throttle = 10000;
	local_lock(L);
	doc = store_get(L, KIND, id);
	if (doc && now - iget(doc, "_activityMs", 0) >= throttle) {
		iso_ms(now, ts, sizeof(ts));
		json_object_set_new(doc, "lastActivityAt", json_string(ts));
		json_object_set_new(doc, "_activityMs", json_integer(now));
		store_put(L, KIND, id, doc);
	}
	local_unlock(L);
}

/* ---- janitor: auto-stop, auto-archive, auto-delete; startup ------------------------------------ */

static pthread_t janitor_th;
static bool janitor_on;
static volatile int janitor_stop;

static int janitor_each(const char *id, json_t *doc, void *arg)
{
	struct local *L = arg;
	int64_t now = now_ms(), min = minute_ms();
	int64_t act = iget(doc, "_activityMs", 0), since = iget(doc, "_stateMs", 0);
	int64_t stop = iget(doc, "autoStopInterval", 15), arch = iget(doc, "autoArchiveInterval", 10080);
	int64_t del = iget(doc, "autoDeleteInterval", -1);
	const char *st = sget(doc, "state");

	if (pending(doc) || hidden(doc) || strcmp(st, sget(doc, "desiredState")))
		return 0;
	if (iget(doc, "_destroyAtMs", 0) > 0 && now >= iget(doc, "_destroyAtMs", 0)) {
		local_log("sandbox %s: its ttl ran out, destroying it", id);
		soft_delete_name(doc);
		begin_transition(L, doc, "destroyed");
		return 0;
	}
	if (since > act)
		act = since;
	if (!strcmp(st, "started") && stop > 0 && now - iget(doc, "_activityMs", 0) >= stop * min) {
		local_log("sandbox %s: idle for %lld min, auto-stopping", id, (long long)stop);
		begin_transition(L, doc, "stopped");
	} else if ((!strcmp(st, "stopped") || !strcmp(st, "archived")) && del >= 0 && now - act >= del * min) {
		local_log("sandbox %s: stopped for %lld min, auto-deleting", id, (long long)del);
		soft_delete_name(doc);
		begin_transition(L, doc, "destroyed");
	} else if (!strcmp(st, "stopped") && arch > 0 && del != 0 && now - act >= arch * min) {
		local_log("sandbox %s: stopped for %lld min, auto-archiving", id, (long long)arch);
		begin_transition(L, doc, "archived");
	}
	return 0;
}

static void *janitor_main(void *arg)
{
	struct local *L = arg;
	int64_t tick = minute_ms() / 4;

	if (tick > 1000)
		tick = 1000;
	if (tick < 20)
		tick = 20;
	while (!janitor_stop && !local_stopping(L)) {
		usleep((useconds_t)tick * 1000);
		store_each(L, KIND, janitor_each, L);
	}
	return NULL;
}

static int startup_each(const char *id, json_t *doc, void *arg)
{
	struct local *L = arg;
	const char *st = sget(doc, "state");

	(void)id;
	if (pending(doc)) {
		spawn_transition(L, id);   /* finish what a previous run began */
	} else if (!strcmp(st, "started") && !strcmp(sget(doc, "desiredState"), "started")) {
		begin_transition(L, doc, "started");  /* boot it again */
	}
	return 0;
}

void sbx_startup(struct local *L)
{
	store_each(L, KIND, startup_each, L);
	janitor_stop = 0;
	janitor_on = pthread_create(&janitor_th, NULL, janitor_main, L) == 0;
}

void sbx_shutdown(struct local *L)
{
	(void)L;
	janitor_stop = 1;
	if (janitor_on)
		pthread_join(janitor_th, NULL);
	janitor_on = false;
}
