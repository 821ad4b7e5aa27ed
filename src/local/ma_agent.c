/*
 * The scripted agent: what answers a session on byoc-local in place of a
 * model. A user.message whose text is {"script": [{"name": "bash", "input":
 * {...}}, ...]} makes the agent call those tools in order; any other text runs
 * the default script below. In a self-hosted environment:
 *
 *   user.message -> session running, work queued for the environment
 *   the worker's first heartbeat (work active) -> the first agent.tool_use
 *   each user.tool_result -> the next agent.tool_use, or an agent.message
 *     summing up and session.status_idle (end_turn)
 *   lease lost / work stopped early / a call unanswered for --tool-timeout ->
 *     session.status_rescheduled, the work goes back to the queue, and the
 *     next worker runs the unanswered call (after 3 reschedules of one call the
 *     turn ends: session.status_idle with retries_exhausted)
 *
 * A call is emitted with evaluated_permission "allow" (an always_allow policy),
 * so the SDK's SessionToolRunner runs it without a confirmation. The agent's
 * state is private fields of the session document: _script, _step, _pending,
 * _pending_ms, _retries.
 */
#include "local/ma.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RESCHEDULES 3

static const char *const tool_names[] = { "bash", "read", "write", "edit", "glob", "grep", NULL };

/* The default script: each of the six tools once, inside the worker's workdir. */
static const char default_script[] =
	"["
	"{\"name\":\"bash\",\"input\":{\"command\":\"pwd && ls -la\"}},"
	"{\"name\":\"write\",\"input\":{\"file_path\":\"byoc-agent.txt\",\"content\":\"written by byoc-local's scripted agent\\n\"}},"
	"{\"name\":\"read\",\"input\":{\"file_path\":\"byoc-agent.txt\"}},"
	"{\"name\":\"edit\",\"input\":{\"file_path\":\"byoc-agent.txt\",\"old_string\":\"written\",\"new_string\":\"edited\"}},"
	"{\"name\":\"glob\",\"input\":{\"pattern\":\"*.txt\"}},"
	"{\"name\":\"grep\",\"input\":{\"pattern\":\"edited\"}}"
	"]";

static const char *str(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static bool self_hosted(struct local *L, const json_t *s)
{
	json_t *e = store_get(L, MA_KIND_ENVS, str(s, "environment_id") ?: "");

	return e && !strcmp(str(json_object_get(e, "config"), "type") ?: "", "self_hosted");
}

static void say(struct local *L, const char *sid, const char *text)
{
	ma_event_append(L, sid, json_pack("{s:s, s:[{s:s, s:s}]}", "type", "agent.message", "content", "type", "text",
					  "text", text));
}

/* The script a message asks for: a new array, or NULL with *why set for a bad script. */
static json_t *parse_script(const char *text, char *why, size_t n)
{
	json_t *doc = json_loads(text, 0, NULL), *script, *call;
	size_t i, k;

	why[0] = '\0';
	if (!json_is_object(doc) || !json_object_get(doc, "script")) {
		json_decref(doc);
		return json_loads(default_script, 0, NULL);
	}
	script = json_object_get(doc, "script");
	if (!json_is_array(script) || !json_array_size(script)) {
		snprintf(why, n, "\"script\" must be a non-empty list of {\"name\", \"input\"} calls");
		goto bad;
	}
	json_array_foreach(script, i, call) {
		const char *name = str(call, "name");

		for (k = 0; name && tool_names[k] && strcmp(tool_names[k], name); k++)
			;
		if (!name || !tool_names[k]) {
			snprintf(why, n, "script[%zu].name must be one of bash, read, write, edit, glob, grep", i);
			goto bad;
		}
		if (!json_is_object(json_object_get(call, "input"))) {
			snprintf(why, n, "script[%zu].input must be an object", i);
			goto bad;
		}
	}
	script = json_incref(script);
	json_decref(doc);
	return script;
bad:
	json_decref(doc);
	return NULL;
}

static void end_turn(struct local *L, const char *sid, json_t *s, const char *text, const char *reason)
{
	json_object_del(s, "_script");
	json_object_del(s, "_pending");
	json_object_del(s, "_pending_ms");
	json_object_del(s, "_retries");
	say(L, sid, text);
	ma_session_status(L, sid, "idle", json_pack("{s:s}", "type", reason));
}

/* Emits the next call of the script, or ends the turn when none is left. */
static void next_call(struct local *L, const char *sid, json_t *s)
{
	json_t *script = json_object_get(s, "_script"), *call, *ev;
	size_t step = (size_t)json_integer_value(json_object_get(s, "_step"));

	if (step >= json_array_size(script)) {
		char text[160];

		snprintf(text, sizeof(text), "Done: %zu tool call%s, each answered.", step, step == 1 ? "" : "s");
		end_turn(L, sid, s, text, "end_turn");
		return;
	}
	call = json_array_get(script, step);
	ev = ma_event_append(L, sid, json_pack("{s:s, s:O, s:O, s:s, s:{s:s}}", "type", "agent.tool_use",
					       "name", json_object_get(call, "name"), "input",
					       json_object_get(call, "input"), "evaluated_permission", "allow",
					       "evaluation", "type", "always_allow"));
	if (!ev)
		return;
	json_object_set(s, "_pending", json_object_get(ev, "id"));
	json_object_set_new(s, "_pending_ms", json_integer(ma_now_ms()));
	ma_session_save(L, sid);
}

void ma_agent_on_message(struct local *L, const char *sid, const char *text)
{
	json_t *s = ma_session_get(L, sid), *script;
	char why[160];

	if (!s)
		return;
	ma_session_status(L, sid, "running", NULL);
	if (!self_hosted(L, s)) {
		end_turn(L, sid, s, "byoc-local's scripted agent runs tools only in a self-hosted environment; "
			 "this session's environment is a cloud one.", "end_turn");
		return;
	}
	script = parse_script(text, why, sizeof(why));
	if (!script) {
		char msg[256];

		snprintf(msg, sizeof(msg), "The script was not run: %s.", why);
		end_turn(L, sid, s, msg, "end_turn");
		return;
	}
	json_object_set_new(s, "_script", script);
	json_object_set_new(s, "_step", json_integer(0));
	json_object_del(s, "_pending");
	json_object_del(s, "_retries");
	ma_session_save(L, sid);
	{
		const char *wid = NULL;
		json_t *w = ma_work_live(L, sid, &wid);

		if (w && !strcmp(str(w, "state") ?: "", "active"))
			next_call(L, sid, s);  /* a worker is already attached */
		else
			ma_work_queue(L, str(s, "environment_id"), sid);
	}
}

void ma_agent_on_attach(struct local *L, const char *sid)
{
	json_t *s = ma_session_get(L, sid);
	const char *status;

	if (!s || !json_is_array(json_object_get(s, "_script")))
		return;
	status = str(s, "status") ?: "";
	if (!strcmp(status, "rescheduling"))
		ma_session_status(L, sid, "running", NULL);
	if (json_is_string(json_object_get(s, "_pending"))) {
		/* the call is in the history: the new worker runs it; its timeout starts again */
		json_object_set_new(s, "_pending_ms", json_integer(ma_now_ms()));
		ma_session_save(L, sid);
		return;
	}
	next_call(L, sid, s);
}

void ma_agent_on_result(struct local *L, const char *sid, const json_t *ev)
{
	json_t *s = ma_session_get(L, sid);
	const char *pending = s ? str(s, "_pending") : NULL;

	if (!pending || strcmp(pending, str(ev, "tool_use_id") ?: ""))
		return;
	json_object_del(s, "_pending");
	json_object_del(s, "_pending_ms");
	json_object_del(s, "_retries");
	json_object_set_new(s, "_step", json_integer(json_integer_value(json_object_get(s, "_step")) + 1));
	if (strcmp(str(s, "status") ?: "", "running"))
		ma_session_status(L, sid, "running", NULL);
	next_call(L, sid, s);
}

void ma_agent_on_interrupt(struct local *L, const char *sid)
{
	json_t *s = ma_session_get(L, sid);

	if (!s || !json_is_array(json_object_get(s, "_script")))
		return;
	end_turn(L, sid, s, "Interrupted: the rest of the script was dropped.", "end_turn");
}

static void reschedule(struct local *L, const char *sid, json_t *s)
{
	if (strcmp(str(s, "status") ?: "", "rescheduling"))
		ma_session_status(L, sid, "rescheduling", NULL);
	ma_work_queue(L, str(s, "environment_id"), sid);
}

void ma_agent_on_worker_lost(struct local *L, const char *sid)
{
	json_t *s = ma_session_get(L, sid);

	if (!s || !json_is_array(json_object_get(s, "_script")) || json_is_string(json_object_get(s, "archived_at")))
		return;
	reschedule(L, sid, s);
}

struct overdue {
	int64_t limit;
	json_t *ids;
};

static int overdue_cb(const char *id, json_t *s, void *arg)
{
	struct overdue *o = arg;
	json_t *p = json_object_get(s, "_pending_ms");

	if (json_is_integer(p) && json_integer_value(p) < o->limit && !strcmp(str(s, "status") ?: "", "running"))
		json_array_append_new(o->ids, json_string(id));
	return 0;
}

void ma_agent_tick(struct local *L, int64_t now_ms)
{
	struct overdue o = { now_ms - (int64_t)ma_tool_timeout(L) * 1000, json_array() };
	json_t *v;
	size_t i;

	store_each(L, MA_KIND_SESSIONS, overdue_cb, &o);
	json_array_foreach(o.ids, i, v) {
		const char *sid = json_string_value(v), *wid = NULL;
		json_t *s = ma_session_get(L, sid), *w;
		json_int_t retries;

		if (!s)
			continue;
		retries = json_integer_value(json_object_get(s, "_retries")) + 1;
		local_log("session %s: tool call %s got no result in %d s", sid, str(s, "_pending"), ma_tool_timeout(L));
		if (retries > MAX_RESCHEDULES) {
			ma_work_stop_session(L, sid);
			end_turn(L, sid, s, "A tool call got no result after every reschedule: the turn ends here.",
				 "retries_exhausted");
			continue;
		}
		json_object_set_new(s, "_retries", json_integer(retries));
		json_object_del(s, "_pending_ms");
		/* the worker that holds the call is told to stop (its next heartbeat), and the
		 * session waits for another */
		w = ma_work_live(L, sid, &wid);
		if (w) {
			char now[40];

			local_now_iso(now, sizeof(now));
			json_object_set_new(w, "state", json_string("stopping"));
			json_object_set_new(w, "stop_requested_at", json_string(now));
			store_put(L, MA_KIND_WORK, wid, w);
		}
		reschedule(L, sid, s);
		ma_session_save(L, sid);
	}
	json_decref(o.ids);
}
