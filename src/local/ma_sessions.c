/*
 * Sessions and their event log on byoc-local's /v1: create, get, list,
 * update (metadata patch), archive, delete; events send, list and the SSE
 * stream. Each session's events are one store document ({"events": [...]})
 * so the log survives a restart; a stream reader follows it by index.
 */
#include "local/ma.h"
#include "util/err.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>


json_t *ma_session_get(struct local *L, const char *sid)
{
	return store_get(L, MA_KIND_SESSIONS, sid);
}

void ma_session_save(struct local *L, const char *sid)
{
	json_t *s = store_get(L, MA_KIND_SESSIONS, sid);
	char now[40];

	if (!s)
		return;
	local_now_iso(now, sizeof(now));
	json_object_set_new(s, "updated_at", json_string(now));
	if (store_put(L, MA_KIND_SESSIONS, sid, s) < 0)
		local_log("session %s: cannot save: %s", sid, byoc_errmsg());
}

static json_t *event_log(struct local *L, const char *sid)
{
	json_t *d = store_get(L, MA_KIND_EVENTS, sid);

	return d ? json_object_get(d, "events") : NULL;
}

json_t *ma_event_append(struct local *L, const char *sid, json_t *ev)
{
	json_t *d = store_get(L, MA_KIND_EVENTS, sid), *log;
	char id[64], now[40];

	if (!ev)
		return NULL;
	if (!d) {
		if (store_put(L, MA_KIND_EVENTS, sid, json_pack("{s:[]}", "events")) < 0) {
			json_decref(ev);
			return NULL;
		}
		d = store_get(L, MA_KIND_EVENTS, sid);
	}
	if (!json_is_string(json_object_get(ev, "id"))) {
		ma_id("sevt", id, sizeof(id));
		json_object_set_new(ev, "id", json_string(id));
	}
	if (!json_is_string(json_object_get(ev, "processed_at"))) {
		local_now_iso(now, sizeof(now));
		json_object_set_new(ev, "processed_at", json_string(now));
	}
	log = json_object_get(d, "events");
	json_array_append_new(log, ev);
	if (store_put(L, MA_KIND_EVENTS, sid, d) < 0)
		local_log("session %s: cannot save its events: %s", sid, byoc_errmsg());
	return ev;
}

void ma_session_status(struct local *L, const char *sid, const char *status, json_t *stop_reason)
{
	json_t *s = ma_session_get(L, sid), *ev;
	char type[48];

	if (!s) {
		json_decref(stop_reason);
		return;
	}
	json_object_set_new(s, "status", json_string(status));
	ma_session_save(L, sid);
	snprintf(type, sizeof(type), "session.status_%s",
		 !strcmp(status, "rescheduling") ? "rescheduled" : status);
	ev = json_pack("{s:s}", "type", type);
	if (!strcmp(status, "idle")) {
		json_object_set_new(ev, "stop_reason", stop_reason ? stop_reason : json_pack("{s:s}", "type", "end_turn"));
		json_object_set_new(ev, "stop_details", json_null());
	} else {
		json_decref(stop_reason);
	}
	ma_event_append(L, sid, ev);
}

/* The session's agent as a session carries it: the agent record without its own bookkeeping. */
static json_t *session_agent(json_t *a)
{
	static const char *const keep[] = { "id", "description", "execution_identity", "mcp_servers", "model",
					    "multiagent", "name", "skills", "system", "tools", "type", "version" };
	json_t *out = json_object();
	size_t i;

	for (i = 0; i < sizeof(keep) / sizeof(keep[0]); i++) {
		json_t *v = json_object_get(a, keep[i]);

		json_object_set(out, keep[i], v ? v : json_null());
	}
	return out;
}

static bool session_ended(const json_t *s)
{
	return json_is_string(json_object_get(s, "archived_at")) ||
	       !strcmp(json_string_value(json_object_get(s, "status")) ?: "", "terminated");
}

/* Checks one event a client sends; returns a new event to record or NULL with a 400. */
static json_t *check_event(struct local *L, const char *sid, json_t *ev, size_t i, struct lresp *resp, json_t *batch)
{
	const char *type = json_string_value(json_object_get(ev, "type"));

	if (!json_is_object(ev) || !type) {
		ma_error(resp, 400, "invalid_request_error", "events.%zu.type: Field required", i);
		return NULL;
	}
	if (!strcmp(type, "user.message")) {
		json_t *content = json_object_get(ev, "content"), *b;
		size_t k;

		if (!json_is_array(content) || !json_array_size(content)) {
			ma_error(resp, 400, "invalid_request_error", "events.%zu.content: must be a non-empty list of content blocks", i);
			return NULL;
		}
		json_array_foreach(content, k, b) {
			const char *bt = json_string_value(json_object_get(b, "type"));

			if (!bt || (!strcmp(bt, "text") && !json_is_string(json_object_get(b, "text")))) {
				ma_error(resp, 400, "invalid_request_error", "events.%zu.content.%zu: a content block needs a type (and text for 'text')", i, k);
				return NULL;
			}
		}
		return json_pack("{s:s, s:O}", "type", type, "content", content);
	}
	if (!strcmp(type, "user.interrupt")) {
		json_t *out = json_pack("{s:s}", "type", type);

		if (json_is_string(json_object_get(ev, "session_thread_id")))
			json_object_set(out, "session_thread_id", json_object_get(ev, "session_thread_id"));
		return out;
	}
	if (!strcmp(type, "user.tool_result") || !strcmp(type, "user.tool_confirmation")) {
		const char *tid = json_string_value(json_object_get(ev, "tool_use_id"));
		json_t *log = event_log(L, sid), *e, *out;
		bool found = false, answered = false;
		size_t k;

		if (!tid) {
			ma_error(resp, 400, "invalid_request_error", "events.%zu.tool_use_id: Field required", i);
			return NULL;
		}
		json_array_foreach(log, k, e) {
			const char *et = json_string_value(json_object_get(e, "type")) ?: "";
			const char *eid = json_string_value(json_object_get(e, "id")) ?: "";
			const char *etid = json_string_value(json_object_get(e, "tool_use_id")) ?: "";

			if (!strcmp(et, "agent.tool_use") && !strcmp(eid, tid))
				found = true;
			if (!strcmp(et, type) && !strcmp(etid, tid))
				answered = true;
		}
		json_array_foreach(batch, k, e)
			if (!strcmp(json_string_value(json_object_get(e, "type")) ?: "", type) &&
			    !strcmp(json_string_value(json_object_get(e, "tool_use_id")) ?: "", tid))
				answered = true;
		if (!found) {
			ma_error(resp, 400, "invalid_request_error", "events.%zu.tool_use_id: %s is not a tool call of this session", i, tid);
			return NULL;
		}
		if (answered) {
			ma_error(resp, 400, "invalid_request_error", "events.%zu.tool_use_id: tool call %s already has a %s", i, tid,
				 strchr(type, '.') + 1);
			return NULL;
		}
		out = json_pack("{s:s, s:s}", "type", type, "tool_use_id", tid);
		if (!strcmp(type, "user.tool_confirmation")) {
			const char *r = json_string_value(json_object_get(ev, "result"));

			if (!r || (strcmp(r, "allow") && strcmp(r, "deny"))) {
				json_decref(out);
				ma_error(resp, 400, "invalid_request_error", "events.%zu.result: Input should be 'allow' or 'deny'", i);
				return NULL;
			}
			json_object_set_new(out, "result", json_string(r));
			return out;
		}
		json_object_set(out, "content", json_is_array(json_object_get(ev, "content")) ?
				json_object_get(ev, "content") : json_array());
		json_object_set_new(out, "is_error", json_boolean(json_is_true(json_object_get(ev, "is_error"))));
		return out;
	}
	ma_error(resp, 400, "invalid_request_error",
		 "events.%zu.type: '%s' is not an event byoc-local takes (user.message, user.interrupt, user.tool_result, user.tool_confirmation)",
		 i, type);
	return NULL;
}

static char *message_text(const json_t *ev)
{
	json_t *b;
	size_t k;
	char *out = strdup(""), *t;

	json_array_foreach(json_object_get(ev, "content"), k, b) {
		const char *s = json_string_value(json_object_get(b, "text"));

		if (!s || !out)
			continue;
		if (asprintf(&t, "%s%s", out, s) < 0)
			t = NULL;
		free(out);
		out = t;
	}
	return out;
}

/* Records checked events and lets the agent act on them. */
static json_t *record_events(struct local *L, const char *sid, json_t *batch)
{
	json_t *out = json_array(), *ev;
	size_t i;

	json_array_foreach(batch, i, ev) {
		json_t *stored = ma_event_append(L, sid, json_deep_copy(ev));
		const char *type = json_string_value(json_object_get(ev, "type"));

		if (!stored)
			continue;
		json_array_append(out, stored);
		if (!strcmp(type, "user.message")) {
			char *text = message_text(ev);

			ma_agent_on_message(L, sid, text ? text : "");
			free(text);
		} else if (!strcmp(type, "user.interrupt")) {
			ma_agent_on_interrupt(L, sid);
		} else if (!strcmp(type, "user.tool_result")) {
			ma_agent_on_result(L, sid, stored);
		}
	}
	return out;
}

static json_t *check_events(struct local *L, const char *sid, json_t *events, struct lresp *resp, size_t max)
{
	json_t *batch = json_array(), *ev;
	size_t i;

	if (!json_is_array(events) || !json_array_size(events) || json_array_size(events) > max) {
		ma_error(resp, 400, "invalid_request_error", "events: must be a list of 1 to %zu events", max);
		json_decref(batch);
		return NULL;
	}
	json_array_foreach(events, i, ev) {
		json_t *ok = check_event(L, sid, ev, i, resp, batch);

		if (!ok) {
			json_decref(batch);
			return NULL;
		}
		json_array_append_new(batch, ok);
	}
	return batch;
}

/* ---- sessions ---------------------------------------------------------------------- */

static const char *const create_fields[] = { "agent", "environment_id", "metadata", "title", "initial_events",
					     "resources", "vault_ids", "budget", NULL };

void ma_h_session_create(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *b, *agent, *a, *env, *md, *s = NULL, *res, *r, *initial = NULL;
	const char *aid, *eid, *k, *etype;
	char id[64], now[40];
	json_t *v;
	size_t i;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0 || !(b = ma_body(req, resp)))
		return;
	json_object_foreach(b, k, v) {
		for (i = 0; create_fields[i] && strcmp(create_fields[i], k); i++)
			;
		if (!create_fields[i]) {
			ma_error(resp, 400, "invalid_request_error", "%s: Extra inputs are not permitted", k);
			goto out;
		}
	}
	agent = json_object_get(b, "agent");
	aid = json_is_string(agent) ? json_string_value(agent) : json_string_value(json_object_get(agent, "id"));
	eid = json_string_value(json_object_get(b, "environment_id"));
	if (!aid) {
		ma_error(resp, 400, "invalid_request_error", "agent: Field required (an agent id, or {\"id\": ..., \"version\": ...})");
		goto out;
	}
	if (!eid) {
		ma_error(resp, 400, "invalid_request_error", "environment_id: Field required");
		goto out;
	}
	local_lock(L);
	a = store_get(L, MA_KIND_AGENTS, aid);
	env = store_get(L, MA_KIND_ENVS, eid);
	if (!a) {
		ma_error(resp, 404, "not_found_error", "agent %s not found", aid);
		goto outl;
	}
	if (!env) {
		ma_error(resp, 404, "not_found_error", "environment %s not found", eid);
		goto outl;
	}
	if (json_is_string(json_object_get(env, "archived_at"))) {
		ma_error(resp, 400, "invalid_request_error", "environment %s is archived", eid);
		goto outl;
	}
	etype = json_string_value(json_object_get(json_object_get(env, "config"), "type")) ?: "cloud";
	res = json_object_get(b, "resources");
	if (res && !json_is_array(res)) {
		ma_error(resp, 400, "invalid_request_error", "resources: Input should be a valid list");
		goto outl;
	}
	json_array_foreach(res, i, r) {
		const char *rt = json_string_value(json_object_get(r, "type")) ?: "";

		if (!strcmp(etype, "self_hosted") && (!strcmp(rt, "file") || !strcmp(rt, "github_repository"))) {
			ma_error(resp, 400, "invalid_request_error",
				 "resources.%zu: '%s' resources are not supported in self-hosted environments", i, rt);
			goto outl;
		}
	}
	if (json_object_get(b, "initial_events")) {
		json_t *ie = json_object_get(b, "initial_events"), *e;

		json_array_foreach(ie, i, e) {
			if (strcmp(json_string_value(json_object_get(e, "type")) ?: "", "user.message")) {
				ma_error(resp, 400, "invalid_request_error", "initial_events.%zu: only user.message events", i);
				goto outl;
			}
		}
		if (!(initial = check_events(L, "", ie, resp, 50)))
			goto outl;
	}
	md = json_object();
	if (json_object_get(b, "metadata") && ma_metadata(md, json_object_get(b, "metadata"), false, resp, "metadata") < 0) {
		json_decref(md);
		goto outl;
	}
	if (json_object_get(b, "title") && !json_is_string(json_object_get(b, "title")) && !json_is_null(json_object_get(b, "title"))) {
		json_decref(md);
		ma_error(resp, 400, "invalid_request_error", "title: Input should be a valid string");
		goto outl;
	}
	ma_id("sesn", id, sizeof(id));
	local_now_iso(now, sizeof(now));
	s = json_pack("{s:s, s:s, s:o, s:n, s:O, s:s, s:s, s:o, s:[], s:o, s:{}, s:s, s:O, s:s, s:{}, s:o}",
		      "id", id, "type", "session", "agent", session_agent(a), "archived_at",
		      "budget", json_object_get(b, "budget") ?: json_null(), "created_at", now,
		      "environment_id", eid, "metadata", md, "outcome_evaluations",
		      "resources", res ? json_incref(res) : json_array(), "stats", "status", "idle",
		      "title", json_object_get(b, "title") ?: json_null(), "updated_at", now, "usage",
		      "vault_ids", json_is_array(json_object_get(b, "vault_ids")) ? json_incref(json_object_get(b, "vault_ids")) : json_array());
	if (!s || store_put(L, MA_KIND_SESSIONS, id, json_incref(s)) < 0 ||
	    store_put(L, MA_KIND_EVENTS, id, json_pack("{s:[]}", "events")) < 0) {
		ma_error(resp, 500, "api_error", "Internal server error");
		goto outl;
	}
	if (initial)
		json_decref(record_events(L, id, initial));
	ma_json(resp, 200, store_public(ma_session_get(L, id)));
outl:
	local_unlock(L);
out:
	json_decref(initial);
	json_decref(s);
	json_decref(b);
}

/* The session named by the path, checked against the credential; NULL with an error set. */
static json_t *session_for(struct lreq *req, struct lresp *resp, const struct ma_cred *c)
{
	const char *sid = lreq_param(req, 0);
	json_t *s = ma_session_get(lreq_local(req), sid);

	if (!s) {
		ma_error(resp, 404, "not_found_error", "session %s not found", sid);
		return NULL;
	}
	if (ma_scope_session(c, resp, sid, s) < 0)
		return NULL;
	return s;
}

void ma_h_session_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *s;

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV | MA_CRED_SESSION, &c) < 0)
		return;
	local_lock(L);
	if ((s = session_for(req, resp, &c)))
		ma_json(resp, 200, store_public(s));
	local_unlock(L);
}

static int statuses_cb(const char *k, const char *v, void *arg)
{
	if (!strcmp(k, "statuses[]") || !strcmp(k, "statuses"))
		json_array_append_new(arg, json_string(v));
	return 0;
}

/* Sessions, newest first unless order=asc; agent_id and statuses[] narrow the list. */
void ma_h_session_list(struct lreq *req, struct lresp *resp)
{
	struct ma_cred c;
	const char *agent = lreq_query(req, "agent_id"), *order = lreq_query(req, "order");
	const char *arch = lreq_query(req, "include_archived");
	json_t *all, *out = json_array(), *statuses = json_array(), *s, *st;
	size_t i, n, k;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		goto out;
	if (order && strcmp(order, "asc") && strcmp(order, "desc")) {
		ma_error(resp, 400, "invalid_request_error", "order: Input should be 'asc' or 'desc'");
		goto out;
	}
	lreq_query_each(req, statuses_cb, statuses);
	all = ma_collect(lreq_local(req), MA_KIND_SESSIONS, NULL, NULL, arch && strcmp(arch, "false"));
	n = json_array_size(all);
	for (i = 0; i < n; i++) {
		bool want = !json_array_size(statuses);

		s = json_array_get(all, order && !strcmp(order, "asc") ? i : n - 1 - i);
		if (agent && strcmp(json_string_value(json_object_get(json_object_get(s, "agent"), "id")) ?: "", agent))
			continue;
		json_array_foreach(statuses, k, st)
			if (json_equal(st, json_object_get(s, "status")))
				want = true;
		if (want)
			json_array_append(out, s);
	}
	json_decref(all);
	ma_page(req, resp, out, 20, 100, true);
	out = NULL;
out:
	json_decref(out);
	json_decref(statuses);
}

void ma_h_session_update(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *b, *s, *md, *v;
	const char *k;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0 || !(b = ma_body(req, resp)))
		return;
	json_object_foreach(b, k, v) {
		if (strcmp(k, "metadata") && strcmp(k, "title") && strcmp(k, "vault_ids")) {
			ma_error(resp, 400, "invalid_request_error", "%s: Extra inputs are not permitted", k);
			json_decref(b);
			return;
		}
	}
	local_lock(L);
	if (!(s = session_for(req, resp, &c)))
		goto out;
	if (json_is_string(json_object_get(s, "archived_at"))) {
		ma_error(resp, 400, "invalid_request_error", "session %s is archived", lreq_param(req, 0));
		goto out;
	}
	md = json_deep_copy(json_object_get(s, "metadata"));
	if (json_object_get(b, "metadata") && !json_is_null(json_object_get(b, "metadata")) &&
	    ma_metadata(md, json_object_get(b, "metadata"), true, resp, "metadata") < 0) {
		json_decref(md);
		goto out;
	}
	if ((v = json_object_get(b, "title")) && !json_is_string(v) && !json_is_null(v)) {
		json_decref(md);
		ma_error(resp, 400, "invalid_request_error", "title: Input should be a valid string");
		goto out;
	}
	json_object_set_new(s, "metadata", md);
	if (v)
		json_object_set(s, "title", v);
	if (json_is_array(json_object_get(b, "vault_ids")))
		json_object_set(s, "vault_ids", json_object_get(b, "vault_ids"));
	ma_session_save(L, lreq_param(req, 0));
	ma_json(resp, 200, store_public(s));
out:
	local_unlock(L);
	json_decref(b);
}

void ma_h_session_archive(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *s;
	char now[40];

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	local_lock(L);
	if ((s = session_for(req, resp, &c))) {
		if (!json_is_string(json_object_get(s, "archived_at"))) {
			/* the API adds no event for an archive: only the status shows it */
			local_now_iso(now, sizeof(now));
			json_object_set_new(s, "archived_at", json_string(now));
			json_object_set_new(s, "status", json_string("terminated"));
			json_object_del(s, "_script");
			json_object_del(s, "_pending");
			json_object_del(s, "_pending_ms");
			ma_session_save(L, lreq_param(req, 0));
			ma_work_stop_session(L, lreq_param(req, 0));
		}
		ma_json(resp, 200, store_public(s));
	}
	local_unlock(L);
}

void ma_h_session_delete(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	const char *sid = lreq_param(req, 0);

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	local_lock(L);
	if (session_for(req, resp, &c)) {
		ma_work_stop_session(L, sid);
		store_del(L, MA_KIND_EVENTS, sid);
		store_del(L, MA_KIND_SESSIONS, sid);
		ma_json(resp, 200, json_pack("{s:s, s:s}", "id", sid, "type", "session_deleted"));
	}
	local_unlock(L);
}

/* ---- events ---------------------------------------------------------------------------- */

void ma_h_events_send(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *b, *s, *batch;

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV | MA_CRED_SESSION, &c) < 0 || !(b = ma_body(req, resp)))
		return;
	local_lock(L);
	if (!(s = session_for(req, resp, &c)))
		goto out;
	if (session_ended(s)) {
		ma_error(resp, 400, "invalid_request_error", "session %s is %s: it takes no more events", lreq_param(req, 0),
			 json_is_string(json_object_get(s, "archived_at")) ? "archived" : "terminated");
		goto out;
	}
	if (!(batch = check_events(L, lreq_param(req, 0), json_object_get(b, "events"), resp, 50)))
		goto out;
	ma_json(resp, 200, json_pack("{s:o}", "data", record_events(L, lreq_param(req, 0), batch)));
	json_decref(batch);
out:
	local_unlock(L);
	json_decref(b);
}

struct types_filter {
	json_t *types;
};

static int types_cb(const char *k, const char *v, void *arg)
{
	struct types_filter *t = arg;

	if (!strcmp(k, "types[]") || !strcmp(k, "types"))
		json_array_append_new(t->types, json_string(v));
	return 0;
}

void ma_h_events_list(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	struct types_filter tf;
	const char *order = lreq_query(req, "order");
	json_t *s, *arr, *e, *t;
	size_t i, k, n;

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV | MA_CRED_SESSION, &c) < 0)
		return;
	if (order && strcmp(order, "asc") && strcmp(order, "desc")) {
		ma_error(resp, 400, "invalid_request_error", "order: Input should be 'asc' or 'desc'");
		return;
	}
	tf.types = json_array();
	lreq_query_each(req, types_cb, &tf);
	arr = json_array();
	local_lock(L);
	if (!(s = session_for(req, resp, &c))) {
		local_unlock(L);
		json_decref(arr);
		json_decref(tf.types);
		return;
	}
	n = json_array_size(event_log(L, lreq_param(req, 0)));
	for (i = 0; i < n; i++) {
		e = json_array_get(event_log(L, lreq_param(req, 0)), order && !strcmp(order, "desc") ? n - 1 - i : i);
		if (json_array_size(tf.types)) {
			bool want = false;

			json_array_foreach(tf.types, k, t)
				if (json_equal(t, json_object_get(e, "type")))
					want = true;
			if (!want)
				continue;
		}
		json_array_append(arr, e);
	}
	local_unlock(L);
	json_decref(tf.types);
	ma_page(req, resp, arr, 20, 1000, false);
}

/* The SSE stream: new events from the moment of connection, one "event: TYPE\ndata: JSON"
 * message each, and a ping when nothing happened for a while. */
struct sse {
	struct local *L;
	char sid[96];
	size_t next;     /* index of the next event in the log */
	int fd;          /* the client socket, to notice it went away */
	char *pending;   /* formatted bytes not yet handed out */
	size_t plen, poff;
	int64_t last_out_ms;
};

#define SSE_PING_MS 10000

static bool client_gone(int fd)
{
	struct pollfd p = { fd, POLLIN | POLLRDHUP, 0 };
	char c;

	if (fd < 0 || poll(&p, 1, 0) <= 0)
		return false;
	if (p.revents & (POLLHUP | POLLERR | POLLRDHUP))
		return true;
	return recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

static ssize_t sse_read(void *ctx, char *buf, size_t max)
{
	struct sse *x = ctx;

	for (;;) {
		if (x->pending && x->poff < x->plen) {
			size_t n = x->plen - x->poff < max ? x->plen - x->poff : max;

			memcpy(buf, x->pending + x->poff, n);
			x->poff += n;
			x->last_out_ms = ma_now_ms();
			return (ssize_t)n;
		}
		free(x->pending);
		x->pending = NULL;
		local_lock(x->L);
		if (!ma_session_get(x->L, x->sid)) {
			local_unlock(x->L);
			return 0;  /* deleted */
		}
		{
			json_t *log = event_log(x->L, x->sid), *e = json_array_get(log, x->next);

			if (e) {
				char *j = json_dumps(e, JSON_COMPACT);
				const char *type = json_string_value(json_object_get(e, "type")) ?: "message";

				x->next++;
				if (j && asprintf(&x->pending, "event: %s\ndata: %s\n\n", type, j) > 0) {
					x->plen = strlen(x->pending);
					x->poff = 0;
				} else {
					x->pending = NULL;
				}
				free(j);
				local_unlock(x->L);
				continue;
			}
		}
		local_unlock(x->L);
		if (local_stopping(x->L) || client_gone(x->fd))
			return 0;  /* ends the chunked body; a -1 would log an MHD error for a client that left */
		if (ma_now_ms() - x->last_out_ms >= SSE_PING_MS) {
			x->pending = strdup("event: ping\ndata: {\"type\": \"ping\"}\n\n");
			x->plen = x->pending ? strlen(x->pending) : 0;
			x->poff = 0;
			continue;
		}
		usleep(25 * 1000);
	}
}

static void sse_free(void *ctx)
{
	struct sse *x = ctx;

	free(x->pending);
	free(x);
}

void ma_h_events_stream(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	struct sse *x;
	char rid[64];

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV | MA_CRED_SESSION, &c) < 0)
		return;
	local_lock(L);
	if (!session_for(req, resp, &c)) {
		local_unlock(L);
		return;
	}
	x = calloc(1, sizeof(*x));
	if (!x) {
		local_unlock(L);
		ma_error(resp, 500, "api_error", "Internal server error");
		return;
	}
	x->L = L;
	snprintf(x->sid, sizeof(x->sid), "%s", lreq_param(req, 0));
	x->next = json_array_size(event_log(L, x->sid));
	x->fd = lreq_fd(req);
	x->last_out_ms = 0;  /* a ping at once: the client sees the headers without waiting for an event */
	local_unlock(L);
	lresp_stream(resp, 200, "text/event-stream; charset=utf-8", sse_read, x, sse_free);
	lresp_header(resp, "Cache-Control", "no-cache");
	ma_id("req", rid, sizeof(rid));
	lresp_header(resp, "request-id", rid);
}
