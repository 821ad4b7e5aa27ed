/*
 * The work queue of a self-hosted environment (/v1/environments/{id}/work),
 * as the official SDK's WorkPoller and EnvironmentWorker drive it:
 *
 *   poll   queued item -> handed to one poller ("pending") with a fresh secret;
 *          an item polled but not acked for reclaim_older_than_ms (5000) goes
 *          to the next poller
 *   ack    queued -> starting; the lease runs from here
 *   heartbeat (expected_last_heartbeat: NO_HEARTBEAT, then the value returned)
 *          starting -> active (the worker attached); extends the lease by ttl;
 *          a stale expectation is a 412 heartbeat_precondition_failed
 *   stop   force: -> stopped; else -> stopping (the next heartbeat answers
 *          lease_extended false) ; 409 once stopped
 *   a lease not extended within its ttl: the item goes back to the queue (its
 *          old secret stops working) and the session is rescheduled.
 *
 * The work secret is base64url JSON {"sessions_token": "<session token>",
 * "api_base_url": "..."}: only its hash is kept; a new poll of the item issues
 * a new token.
 */
#include "local/ma.h"
#include "util/b64.h"
#include "util/err.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NO_HEARTBEAT "NO_HEARTBEAT"
#define RECLAIM_DEFAULT_MS 5000
#define POLLERS_WINDOW_MS 30000
/* A stopped item's token still answers the worker's last calls (a retried stop gets its 409),
 * then it is dead: a token is short-lived, never a standing credential for the session. */
#define TOKEN_AFTER_STOP_MS 60000

static const char *str(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static int64_t num(const json_t *o, const char *k)
{
	return json_integer_value(json_object_get(o, k));
}

static bool is_state(const json_t *w, const char *st)
{
	return !strcmp(str(w, "state") ?: "", st);
}

static bool live(const json_t *w)
{
	return is_state(w, "queued") || is_state(w, "starting") || is_state(w, "active");
}

static json_t *work_public(const json_t *w)
{
	json_t *p = store_public(w);

	json_object_set_new(p, "secret", json_null());
	return p;
}

static void save(struct local *L, const char *wid, json_t *w)
{
	if (store_put(L, MA_KIND_WORK, wid, w) < 0)
		local_log("work %s: cannot save: %s", wid, byoc_errmsg());
}

static const char *session_of(const json_t *w)
{
	return str(json_object_get(w, "data"), "id");
}

/* ---- lookups ------------------------------------------------------------------------ */

struct find {
	const char *sid;      /* live item of this session */
	const char *hash;     /* item whose token has this hash */
	const char *id;
	json_t *doc;
};

static int find_cb(const char *id, json_t *w, void *arg)
{
	struct find *f = arg;

	if (f->sid && live(w) && !strcmp(session_of(w) ?: "", f->sid)) {
		f->id = id;
		f->doc = w;
		return 1;
	}
	if (f->hash && !strcmp(str(w, "_token") ?: "", f->hash) &&
	    (!is_state(w, "stopped") || ma_now_ms() - num(w, "_stopped_ms") < TOKEN_AFTER_STOP_MS)) {
		f->id = id;
		f->doc = w;
		return 1;
	}
	return 0;
}

json_t *ma_work_live(struct local *L, const char *sid, const char **work_id)
{
	struct find f = { sid, NULL, NULL, NULL };

	store_each(L, MA_KIND_WORK, find_cb, &f);
	if (work_id)
		*work_id = f.id;
	return f.doc;
}

json_t *ma_work_by_token(struct local *L, const char *hash, const char **work_id)
{
	struct find f = { NULL, hash, NULL, NULL };

	store_each(L, MA_KIND_WORK, find_cb, &f);
	if (work_id)
		*work_id = f.id;
	return f.doc;
}

/* ---- state changes ------------------------------------------------------------------------ */

void ma_work_queue(struct local *L, const char *env_id, const char *sid)
{
	char id[64], now[40];
	json_t *w;

	if (ma_work_live(L, sid, NULL))
		return;
	ma_id("work", id, sizeof(id));
	local_now_iso(now, sizeof(now));
	w = json_pack("{s:s, s:s, s:s, s:{s:s, s:s}, s:s, s:{}, s:n, s:s, s:n, s:n, s:n, s:n, s:n, s:I}",
		      "id", id, "type", "work", "environment_id", env_id, "data", "type", "session", "id", sid,
		      "state", "queued", "metadata", "secret", "created_at", now, "acknowledged_at", "started_at",
		      "latest_heartbeat_at", "stop_requested_at", "stopped_at", "_queued_ms", (json_int_t)ma_now_ms());
	if (w)
		save(L, id, w);
}

static void requeue(struct local *L, const char *wid, json_t *w)
{
	json_object_set_new(w, "state", json_string("queued"));
	json_object_set_new(w, "acknowledged_at", json_null());
	json_object_set_new(w, "started_at", json_null());
	json_object_set_new(w, "latest_heartbeat_at", json_null());
	json_object_del(w, "_token");
	json_object_del(w, "_polled_ms");
	json_object_del(w, "_last_hb");
	json_object_del(w, "_lease_ms");
	save(L, wid, w);
}

static void mark_stopped(struct local *L, const char *wid, json_t *w)
{
	char now[40];

	local_now_iso(now, sizeof(now));
	if (!json_is_string(json_object_get(w, "stop_requested_at")))
		json_object_set_new(w, "stop_requested_at", json_string(now));
	json_object_set_new(w, "stopped_at", json_string(now));
	json_object_set_new(w, "_stopped_ms", json_integer(ma_now_ms()));
	json_object_set_new(w, "state", json_string("stopped"));
	save(L, wid, w);
}

struct stop_session {
	const char *sid;
	struct local *L;
};

static int stop_session_cb(const char *id, json_t *w, void *arg)
{
	struct stop_session *s = arg;

	if (!is_state(w, "stopped") && !strcmp(session_of(w) ?: "", s->sid))
		mark_stopped(s->L, id, w);
	return 0;
}

void ma_work_stop_session(struct local *L, const char *sid)
{
	struct stop_session s = { sid, L };

	store_each(L, MA_KIND_WORK, stop_session_cb, &s);
}

/* A worker lost its item (lease expired) or stopped it early: the session is
 * rescheduled while its agent still has calls to make. */
static void worker_gone(struct local *L, const json_t *w)
{
	const char *sid = session_of(w), *type = str(json_object_get(w, "data"), "type");

	if (sid && type && !strcmp(type, "session"))
		ma_agent_on_worker_lost(L, sid);
}

struct tick {
	struct local *L;
	int64_t now;
	json_t *ids;   /* expired leases, handled after the walk (handlers edit the store) */
};

static int tick_cb(const char *id, json_t *w, void *arg)
{
	struct tick *t = arg;
	int64_t lease = num(w, "_lease_ms");

	if ((is_state(w, "starting") || is_state(w, "active") || is_state(w, "stopping")) && lease && t->now > lease)
		json_array_append_new(t->ids, json_string(id));
	return 0;
}

void ma_work_tick(struct local *L, int64_t now_ms)
{
	struct tick t = { L, now_ms, json_array() };
	json_t *v;
	size_t i;

	store_each(L, MA_KIND_WORK, tick_cb, &t);
	json_array_foreach(t.ids, i, v) {
		const char *wid = json_string_value(v);
		json_t *w = store_get(L, MA_KIND_WORK, wid);

		if (!w)
			continue;
		if (is_state(w, "stopping")) {
			mark_stopped(L, wid, w);
			continue;
		}
		local_log("work %s: lease expired (no heartbeat in %lld s): back to the queue", wid,
			  (long long)num(w, "_ttl"));
		requeue(L, wid, w);
		worker_gone(L, w);
	}
	json_decref(t.ids);
}

/* ---- request helpers ------------------------------------------------------------------------ */

/* The environment of the path: exists, self-hosted, and the credential may act on it. */
static json_t *env_for(struct lreq *req, struct lresp *resp, const struct ma_cred *c)
{
	const char *eid = lreq_param(req, 0);
	json_t *e = store_get(lreq_local(req), MA_KIND_ENVS, eid);

	if (!e) {
		ma_error(resp, 404, "not_found_error", "environment %s not found", eid);
		return NULL;
	}
	if (ma_scope_env(c, resp, eid) < 0)
		return NULL;
	if (strcmp(str(json_object_get(e, "config"), "type") ?: "", "self_hosted")) {
		ma_error(resp, 400, "invalid_request_error", "environment %s is not self_hosted: it has no work queue", eid);
		return NULL;
	}
	return e;
}

/* The work item of the path, in the path's environment, that c may act on. */
static json_t *work_for(struct lreq *req, struct lresp *resp, const struct ma_cred *c)
{
	const char *wid = lreq_param(req, 1);
	json_t *w;

	if (!env_for(req, resp, c))
		return NULL;
	w = store_get(lreq_local(req), MA_KIND_WORK, wid);
	if (!w || strcmp(str(w, "environment_id") ?: "", lreq_param(req, 0))) {
		ma_error(resp, 404, "not_found_error", "work %s not found", wid);
		return NULL;
	}
	if (c->kind == MA_CRED_SESSION && strcmp(c->work_id, wid)) {
		ma_error(resp, 403, "permission_error", "this session token cannot act on work %s", wid);
		return NULL;
	}
	return w;
}

static int parse_long(const char *s, long lo, long hi, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return (errno || end == s || *end || *out < lo || *out > hi) ? -1 : 0;
}

static char *make_secret(const char *token, const char *base)
{
	json_t *j = json_pack("{s:s, s:s}", "sessions_token", token, "api_base_url", base);
	char *js = j ? json_dumps(j, JSON_COMPACT) : NULL, *out;

	json_decref(j);
	if (!js)
		return NULL;
	out = b64_encode(js, strlen(js), true);
	free(js);
	return out;
}

/* ---- poll ------------------------------------------------------------------------------ */

struct pick {
	const char *env;
	int64_t now, reclaim_ms;
	const char *id;
	json_t *doc;
};

static int pick_cb(const char *id, json_t *w, void *arg)
{
	struct pick *p = arg;
	int64_t polled = num(w, "_polled_ms");

	if (!is_state(w, "queued") || strcmp(str(w, "environment_id") ?: "", p->env))
		return 0;
	if (polled && p->now - polled < p->reclaim_ms)
		return 0;
	if (!p->doc || num(w, "_queued_ms") < num(p->doc, "_queued_ms")) {
		p->id = id;
		p->doc = w;
	}
	return 0;
}

static void note_poller(json_t *env, const char *worker, int64_t now)
{
	json_t *p = json_object_get(env, "_pollers");

	/* kept in memory only (never written for a poll): a restart forgets who polled */
	if (!json_is_object(p)) {
		p = json_object();
		json_object_set_new(env, "_pollers", p);
	}
	json_object_set_new(p, worker, json_integer(now));
}

void ma_h_work_poll(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	const char *bs = lreq_query(req, "block_ms"), *rs = lreq_query(req, "reclaim_older_than_ms");
	const char *worker = lreq_header(req, "Anthropic-Worker-ID");
	long block = 0, reclaim = RECLAIM_DEFAULT_MS;
	int64_t deadline;
	json_t *env;

	if (ma_begin(req, resp, MA_CRED_ENV, &c) < 0)
		return;
	if (bs && parse_long(bs, 1, 999, &block) < 0) {
		ma_error(resp, 400, "invalid_request_error", "block_ms: must be an integer from 1 to 999");
		return;
	}
	if (rs && parse_long(rs, 0, 86400000L, &reclaim) < 0) {
		ma_error(resp, 400, "invalid_request_error", "reclaim_older_than_ms: must be a non-negative integer");
		return;
	}
	deadline = ma_now_ms() + block;
	for (;;) {
		struct pick p;
		int64_t now = ma_now_ms();

		local_lock(L);
		if (!(env = env_for(req, resp, &c))) {
			local_unlock(L);
			return;
		}
		if (worker && *worker)
			note_poller(env, worker, now);
		memset(&p, 0, sizeof(p));
		p.env = lreq_param(req, 0);
		p.now = now;
		p.reclaim_ms = reclaim;
		store_each(L, MA_KIND_WORK, pick_cb, &p);
		if (p.doc) {
			char token[96], hash[65], *secret;
			json_t *out;

			ma_token("sk-ant-req-", token, sizeof(token));
			ma_hash(token, hash);
			secret = make_secret(token, lreq_base_url(req));
			json_object_set_new(p.doc, "_token", json_string(hash));
			json_object_set_new(p.doc, "_polled_ms", json_integer(now));
			save(L, p.id, p.doc);
			out = work_public(p.doc);
			json_object_set_new(out, "secret", secret ? json_string(secret) : json_null());
			free(secret);
			local_unlock(L);
			ma_json(resp, 200, out);
			return;
		}
		local_unlock(L);
		if (now >= deadline || local_stopping(L))
			break;
		usleep(20 * 1000);
	}
	/* no work: a JSON null, which the SDK's poll() returns as null */
	ma_json(resp, 200, json_null());
}

/* ---- ack, heartbeat, stop ------------------------------------------------------------------ */

void ma_h_work_ack(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *w;
	char now[40];

	if (ma_begin(req, resp, MA_CRED_ENV | MA_CRED_SESSION, &c) < 0)
		return;
	local_lock(L);
	if (!(w = work_for(req, resp, &c)))
		goto out;
	if (!is_state(w, "queued") || !num(w, "_polled_ms")) {
		ma_error(resp, 409, "invalid_request_error", "work %s is %s: only a polled, queued item can be acknowledged",
			 lreq_param(req, 1), is_state(w, "queued") ? "not polled" : str(w, "state"));
		goto out;
	}
	local_now_iso(now, sizeof(now));
	json_object_set_new(w, "state", json_string("starting"));
	json_object_set_new(w, "acknowledged_at", json_string(now));
	json_object_set_new(w, "_ttl", json_integer(ma_work_ttl(L)));
	json_object_set_new(w, "_lease_ms", json_integer(ma_now_ms() + (int64_t)ma_work_ttl(L) * 1000));
	save(L, lreq_param(req, 1), w);
	ma_json(resp, 200, work_public(w));
out:
	local_unlock(L);
}

static json_t *lease_state(const json_t *w, bool extended)
{
	const char *last = str(w, "_last_hb");

	return json_pack("{s:s, s:s, s:b, s:s, s:I}", "type", "work_heartbeat", "last_heartbeat", last ? last : "",
			 "lease_extended", extended, "state", str(w, "state") ?: "queued",
			 "ttl_seconds", (json_int_t)(num(w, "_ttl") ? num(w, "_ttl") : 0));
}

void ma_h_work_heartbeat(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	const char *expect = lreq_query(req, "expected_last_heartbeat"), *ts = lreq_query(req, "desired_ttl_seconds");
	const char *last;
	long ttl = 0;
	json_t *w;
	char now[48];
	bool attach;

	if (ma_begin(req, resp, MA_CRED_ENV | MA_CRED_SESSION, &c) < 0)
		return;
	if (ts && *ts && parse_long(ts, 1, 3600, &ttl) < 0) {
		ma_error(resp, 400, "invalid_request_error", "desired_ttl_seconds: must be an integer from 1 to 3600");
		return;
	}
	local_lock(L);
	if (!(w = work_for(req, resp, &c)))
		goto out;
	if (is_state(w, "stopping") || is_state(w, "stopped")) {
		/* no comparison once stopping: the answer tells the worker to shut down */
		ma_json(resp, 200, lease_state(w, false));
		goto out;
	}
	if (is_state(w, "queued")) {
		ma_error(resp, 409, "invalid_request_error", "work %s has not been acknowledged", lreq_param(req, 1));
		goto out;
	}
	last = str(w, "_last_hb");
	if (expect && strcmp(expect, last ? last : NO_HEARTBEAT)) {
		json_t *st = lease_state(w, false), *body;

		json_object_del(st, "type");
		if (!last)
			json_object_set_new(st, "last_heartbeat", json_null());
		body = json_pack("{s:s, s:{s:s, s:s, s:{s:s, s:o}}}", "type", "error", "error", "type",
				 "invalid_request_error", "message",
				 "expected_last_heartbeat does not match the last heartbeat: another worker may hold the lease",
				 "details", "error_code", "heartbeat_precondition_failed", "current_state", st);
		ma_json(resp, 412, body);
		goto out;
	}
	attach = is_state(w, "starting");
	ma_now_us(now, sizeof(now));
	if (!ttl)
		ttl = num(w, "_ttl") ? num(w, "_ttl") : ma_work_ttl(L);
	json_object_set_new(w, "_last_hb", json_string(now));
	json_object_set_new(w, "latest_heartbeat_at", json_string(now));
	json_object_set_new(w, "_ttl", json_integer(ttl));
	json_object_set_new(w, "_lease_ms", json_integer(ma_now_ms() + (int64_t)ttl * 1000));
	if (attach) {
		json_object_set_new(w, "state", json_string("active"));
		json_object_set_new(w, "started_at", json_string(now));
	}
	save(L, lreq_param(req, 1), w);
	ma_json(resp, 200, lease_state(w, true));
	if (attach && session_of(w))
		ma_agent_on_attach(L, session_of(w));
out:
	local_unlock(L);
}

void ma_h_work_stop(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *w, *b, *force;
	char now[40];

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV | MA_CRED_SESSION, &c) < 0 || !(b = ma_body(req, resp)))
		return;
	force = json_object_get(b, "force");
	if (force && !json_is_boolean(force)) {
		ma_error(resp, 400, "invalid_request_error", "force: Input should be a valid boolean");
		json_decref(b);
		return;
	}
	local_lock(L);
	if (!(w = work_for(req, resp, &c)))
		goto out;
	if (is_state(w, "stopped")) {
		ma_error(resp, 409, "invalid_request_error", "work %s is already stopped", lreq_param(req, 1));
		goto out;
	}
	if (json_is_true(force) || is_state(w, "queued")) {
		mark_stopped(L, lreq_param(req, 1), w);
		worker_gone(L, w);
	} else {
		local_now_iso(now, sizeof(now));
		json_object_set_new(w, "state", json_string("stopping"));
		json_object_set_new(w, "stop_requested_at", json_string(now));
		save(L, lreq_param(req, 1), w);
	}
	/* the live API answers a stop with 204 and no body */
	lresp_empty(resp, 204);
	{
		char rid[64];

		ma_id("req", rid, sizeof(rid));
		lresp_header(resp, "request-id", rid);
	}
out:
	local_unlock(L);
	json_decref(b);
}

/* ---- get, update, list, stats ------------------------------------------------------------------ */

void ma_h_work_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *w;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	local_lock(L);
	if ((w = work_for(req, resp, &c)))
		ma_json(resp, 200, work_public(w));
	local_unlock(L);
}

void ma_h_work_update(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *w, *b, *md;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0 || !(b = ma_body(req, resp)))
		return;
	local_lock(L);
	if (!(w = work_for(req, resp, &c)))
		goto out;
	if (!json_object_get(b, "metadata")) {
		ma_error(resp, 400, "invalid_request_error", "metadata: Field required");
		goto out;
	}
	md = json_deep_copy(json_object_get(w, "metadata"));
	if (ma_metadata(md, json_object_get(b, "metadata"), true, resp, "metadata") < 0) {
		json_decref(md);
		goto out;
	}
	json_object_set_new(w, "metadata", md);
	save(L, lreq_param(req, 1), w);
	ma_json(resp, 200, work_public(w));
out:
	local_unlock(L);
	json_decref(b);
}

void ma_h_work_list(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *arr, *w;
	size_t i;

	if (ma_begin(req, resp, MA_CRED_ENV, &c) < 0)
		return;
	local_lock(L);
	if (!env_for(req, resp, &c)) {
		local_unlock(L);
		return;
	}
	local_unlock(L);
	arr = ma_collect(L, MA_KIND_WORK, "environment_id", lreq_param(req, 0), true);
	json_array_foreach(arr, i, w)
		json_object_set_new(w, "secret", json_null());
	ma_page(req, resp, arr, 20, 100, false);
}

struct stats {
	const char *env;
	int64_t now;
	long depth, pending;
	const char *oldest;
};

static int stats_cb(const char *id, json_t *w, void *arg)
{
	struct stats *s = arg;
	int64_t polled = num(w, "_polled_ms");
	const char *created = str(w, "created_at");

	(void)id;
	if (!is_state(w, "queued") || strcmp(str(w, "environment_id") ?: "", s->env))
		return 0;
	if (polled && s->now - polled < RECLAIM_DEFAULT_MS)
		s->pending++;
	else
		s->depth++;
	if (created && (!s->oldest || strcmp(created, s->oldest) < 0))
		s->oldest = created;
	return 0;
}

void ma_h_work_stats(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	struct stats s;
	json_t *env, *v;
	const char *k;
	long polling = 0;

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV, &c) < 0)
		return;
	local_lock(L);
	if (!(env = env_for(req, resp, &c))) {
		local_unlock(L);
		return;
	}
	memset(&s, 0, sizeof(s));
	s.env = lreq_param(req, 0);
	s.now = ma_now_ms();
	store_each(L, MA_KIND_WORK, stats_cb, &s);
	json_object_foreach(json_object_get(env, "_pollers"), k, v)
		if (s.now - json_integer_value(v) < POLLERS_WINDOW_MS)
			polling++;
	ma_json(resp, 200, json_pack("{s:s, s:i, s:i, s:s?, s:i}", "type", "work_queue_stats", "depth", (int)s.depth,
				     "pending", (int)s.pending, "oldest_queued_at", s.oldest, "workers_polling",
				     (int)polling));
	local_unlock(L);
}
