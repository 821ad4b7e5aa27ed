/*
 * byoc-local's Managed Agents side (/v1), in this process: the work secret's encoding, a
 * lease that expires back to the queue, and the scripted agent's tool timeout (reschedule,
 * then retries_exhausted). The official SDK's view of the rest is tests/compat/anthropic_*.
 */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "local/server.h"
#include "util/b64.h"
#include "util/buf.h"
#include "util/err.h"

#define KEY "sk-ant-unit-ma-key"

static struct local *L;
static char state[] = "/tmp/byoc-ma-unit.XXXXXX";
static char base[128];

static void start(int ttl, int tool_timeout)
{
	struct local_options o;

	cr_assert(mkdtemp(state));
	memset(&o, 0, sizeof(o));
	o.listen_host = "127.0.0.1";
	o.state_dir = state;
	o.api_key = "daytona-key";
	o.anthropic_api_key = KEY;
	o.work_ttl_seconds = ttl;
	o.tool_timeout_seconds = tool_timeout;
	cr_assert_eq(local_new(&o, &L), 0, "%s", byoc_errmsg());
	cr_assert_eq(local_listen(L), 0, "%s", byoc_errmsg());
	snprintf(base, sizeof(base), "%.*s", (int)(strlen(local_url(L)) - 4), local_url(L));
}

static void stop(void)
{
	char cmd[300];

	local_free(L);
	L = NULL;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", state);
	if (system(cmd) != 0)
		cr_log_warn("cannot remove %s", state);
	strcpy(state, "/tmp/byoc-ma-unit.XXXXXX");
}

static size_t sink(char *p, size_t sz, size_t n, void *arg)
{
	return buf_append(arg, p, sz * n) < 0 ? 0 : sz * n;
}

/* One call; key NULL = the API key. Returns the parsed body (NULL for none) and *status. */
static json_t *call(const char *method, const char *path, const char *key, const char *body, long *status)
{
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	struct buf b;
	char url[512], auth[256];
	json_t *j;

	buf_init(&b, 0);
	snprintf(url, sizeof(url), "%s%s", base, path);
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", key ? key : KEY);
	h = curl_slist_append(h, auth);
	h = curl_slist_append(h, "anthropic-version: 2023-06-01");
	h = curl_slist_append(h, "anthropic-beta: managed-agents-2026-04-01");
	h = curl_slist_append(h, "content-type: application/json");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
	if (body)
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	cr_assert_eq(curl_easy_perform(c), CURLE_OK, "%s %s", method, path);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
	j = b.len ? json_loadb(b.data, b.len, JSON_DECODE_ANY, NULL) : NULL;
	buf_release(&b);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
	return j;
}

static char *id_of(json_t *j)
{
	char *s = strdup(json_string_value(json_object_get(j, "id")) ?: "");

	json_decref(j);
	return s;
}

struct world {
	char *agent, *env, *key, *session;
};

/* An agent, a self-hosted environment with a key, and a session that was sent a script. */
static struct world setup(const char *script_text)
{
	struct world w;
	char body[1024];
	long st;
	json_t *k;

	w.agent = id_of(call("POST", "/v1/agents", NULL, "{\"name\":\"u\",\"model\":\"m\"}", &st));
	w.env = id_of(call("POST", "/v1/environments", NULL, "{\"name\":\"u\",\"config\":{\"type\":\"self_hosted\"}}", &st));
	snprintf(body, sizeof(body), "/v1/environments/%s/keys", w.env);
	k = call("POST", body, NULL, NULL, &st);
	w.key = strdup(json_string_value(json_object_get(k, "key")));
	json_decref(k);
	snprintf(body, sizeof(body), "{\"agent\":\"%s\",\"environment_id\":\"%s\"}", w.agent, w.env);
	w.session = id_of(call("POST", "/v1/sessions", NULL, body, &st));
	snprintf(body, sizeof(body), "{\"events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":%s}]}]}",
		 script_text);
	{
		char path[256];

		snprintf(path, sizeof(path), "/v1/sessions/%s/events", w.session);
		json_decref(call("POST", path, NULL, body, &st));
		cr_assert_eq(st, 200);
	}
	return w;
}

static void world_free(struct world *w)
{
	free(w->agent);
	free(w->env);
	free(w->key);
	free(w->session);
}

static const char *session_status(struct world *w, json_t **keep)
{
	char path[256];
	long st;

	snprintf(path, sizeof(path), "/v1/sessions/%s", w->session);
	json_decref(*keep);
	*keep = call("GET", path, NULL, NULL, &st);
	return json_string_value(json_object_get(*keep, "status"));
}

/* Polls and acks the environment's next item; returns the poll's answer. */
static json_t *claim(struct world *w)
{
	char path[256];
	long st;
	json_t *item;

	snprintf(path, sizeof(path), "/v1/environments/%s/work/poll?block_ms=500", w->env);
	item = call("GET", path, w->key, NULL, &st);
	cr_assert_eq(st, 200);
	cr_assert(json_is_object(item), "no work");
	snprintf(path, sizeof(path), "/v1/environments/%s/work/%s/ack", w->env, json_string_value(json_object_get(item, "id")));
	json_decref(call("POST", path, w->key, NULL, &st));
	cr_assert_eq(st, 200);
	return item;
}

Test(ma, the_work_secret_is_base64url_json_with_a_session_token_and_the_base_url, .timeout = 60)
{
	struct world w;
	json_t *item, *secret;
	unsigned char *raw;
	size_t n;

	start(300, 600);
	w = setup("\"go\"");
	item = claim(&w);
	raw = b64_decode(json_string_value(json_object_get(item, "secret")), strlen(json_string_value(json_object_get(item, "secret"))),
			 true, &n);
	cr_assert_not_null(raw, "the secret is unpadded base64url");
	secret = json_loadb((char *)raw, n, 0, NULL);
	cr_assert(!strncmp(json_string_value(json_object_get(secret, "sessions_token")) ?: "", "sk-ant-req-", 11));
	cr_assert_str_eq(json_string_value(json_object_get(secret, "api_base_url")), base);
	free(raw);
	json_decref(secret);
	json_decref(item);
	world_free(&w);
	stop();
}

Test(ma, an_unheartbeated_lease_expires_back_to_the_queue_and_the_session_reschedules, .timeout = 60)
{
	struct world w;
	json_t *item, *s = NULL, *again;
	char path[256];
	long st;
	int i;

	start(1, 600);
	w = setup("\"go\"");
	item = claim(&w);
	cr_assert_str_eq(session_status(&w, &s), "running");
	for (i = 0; i < 50 && strcmp(session_status(&w, &s), "rescheduling"); i++)
		usleep(100 * 1000);
	cr_assert_str_eq(session_status(&w, &s), "rescheduling", "the lease of 1 s expired");
	snprintf(path, sizeof(path), "/v1/environments/%s/work/%s", w.env, json_string_value(json_object_get(item, "id")));
	again = call("GET", path, NULL, NULL, &st);
	cr_assert_str_eq(json_string_value(json_object_get(again, "state")), "queued");
	cr_assert(json_is_null(json_object_get(again, "acknowledged_at")));
	json_decref(again);
	json_decref(item);
	json_decref(s);
	world_free(&w);
	stop();
}

Test(ma, an_unanswered_tool_call_reschedules_then_ends_the_turn_with_retries_exhausted, .timeout = 90)
{
	struct world w;
	json_t *item, *s = NULL, *hb, *evs, *last;
	char path[512];
	long st;
	int i, attempt;

	start(300, 1);
	w = setup("\"{\\\"script\\\":[{\\\"name\\\":\\\"bash\\\",\\\"input\\\":{\\\"command\\\":\\\"true\\\"}}]}\"");
	for (attempt = 0; attempt < 4; attempt++) {
		item = claim(&w);
		snprintf(path, sizeof(path), "/v1/environments/%s/work/%s/heartbeat", w.env,
			 json_string_value(json_object_get(item, "id")));
		hb = call("POST", path, w.key, NULL, &st);
		cr_assert_eq(st, 200);
		cr_assert_str_eq(json_string_value(json_object_get(hb, "state")), "active");
		json_decref(hb);
		/* no result: after 1 s the worker is told to stop and the session waits for another */
		for (i = 0; i < 60 && !strcmp(session_status(&w, &s), "running"); i++)
			usleep(100 * 1000);
		hb = call("POST", path, w.key, NULL, &st);
		cr_assert_eq(json_is_true(json_object_get(hb, "lease_extended")), 0, "the old worker is told to stop");
		json_decref(hb);
		json_decref(item);
		if (attempt < 3)
			cr_assert_str_eq(session_status(&w, &s), "rescheduling", "attempt %d", attempt);
	}
	cr_assert_str_eq(session_status(&w, &s), "idle");
	snprintf(path, sizeof(path), "/v1/sessions/%s/events?order=desc&limit=1", w.session);
	evs = call("GET", path, NULL, NULL, &st);
	last = json_array_get(json_object_get(evs, "data"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(last, "type")), "session.status_idle");
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(last, "stop_reason"), "type")), "retries_exhausted");
	json_decref(evs);
	json_decref(s);
	world_free(&w);
	stop();
}
