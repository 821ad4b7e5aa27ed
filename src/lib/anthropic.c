#include "lib/anthropic.h"
#include "lib/api.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/utf8.h"
#include "util/wipe.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RESP_MAX ((size_t)4 << 20)

struct anthropic_client {
	struct http_client *http;
	char *base_url;
	char *auth;        /* "Authorization: Bearer <key>" */
	char *key;
	const char *headers[4];
	struct api api;    /* the one call path (lib/api) */
};

/* Anthropic's error body: {"type":"error","error":{"type","message","details":{"error_code"}}}. */
static void read_error(long status, const char *body, size_t len, struct api_error *e)
{
	json_t *doc = len ? json_loadb(body, len, 0, NULL) : NULL;
	json_t *err = json_object_get(doc, "error");
	const char *type = json_string_value(json_object_get(err, "type"));
	const char *msg = json_string_value(json_object_get(err, "message"));
	const char *ecode = json_string_value(json_object_get(json_object_get(err, "details"), "error_code"));

	snprintf(e->kind, sizeof(e->kind), "%s%s%s", type ? type : "error", ecode ? " " : "", ecode ? ecode : "");
	if (msg)
		buf_puts(&e->msg, msg);
	else
		buf_append(&e->msg, body, len > 4096 ? 4096 : len);
	if (status == 401)
		e->hint = "check the API or environment key";
	json_decref(doc);
}

int anthropic_client_new(const struct anthropic_opts *opts, struct anthropic_client **out)
{
	struct anthropic_client *c;
	struct http_opts ho;
	const char *url = opts && opts->base_url ? opts->base_url : byoc_env("ANTHROPIC_BASE_URL");
	const char *key = opts && opts->api_key ? opts->api_key : byoc_env("ANTHROPIC_API_KEY");
	const char *secrets[2];
	size_t n;
	int rc;

	*out = NULL;
	if (!key || !*key)
		return byoc_fail(BYOC_EUSAGE, "ANTHROPIC_API_KEY is not set: export it or put it in .env");
	if (!url || !*url)
		url = ANTHROPIC_DEFAULT_BASE_URL;
	if (strncmp(url, "http://", 7) && strncmp(url, "https://", 8))
		return byoc_fail(BYOC_EUSAGE, "ANTHROPIC_BASE_URL '%s' is not an http(s) URL", url);
	if (!http_credentials_allowed(url))
		return byoc_fail(BYOC_EUSAGE, "ANTHROPIC_BASE_URL '%s' is plain http to another machine: the API key would "
				 "travel in clear; use https, or set " HTTP_ALLOW_ENV "=1 to send it anyway", url);
	c = calloc(1, sizeof(*c));
	if (!c)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	c->base_url = strdup(url);
	c->key = strdup(key);
	if (!c->base_url || !c->key || asprintf(&c->auth, "Authorization: Bearer %s", key) < 0) {
		c->auth = NULL;
		anthropic_client_free(c);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	n = strlen(c->base_url);
	while (n > 0 && c->base_url[n - 1] == '/')
		c->base_url[--n] = '\0';
	memset(&ho, 0, sizeof(ho));
	if (opts)
		ho = opts->http;
	secrets[0] = c->key;
	secrets[1] = NULL;
	ho.secrets = secrets;
	if ((rc = http_client_new(&ho, &c->http)) < 0) {
		anthropic_client_free(c);
		return rc;
	}
	c->headers[0] = c->auth;
	c->headers[1] = "anthropic-version: " ANTHROPIC_VERSION;
	c->headers[2] = "anthropic-beta: " ANTHROPIC_BETA;
	c->headers[3] = NULL;
	c->api.http = c->http;
	c->api.base_url = c->base_url;
	c->api.headers = c->headers;
	c->api.read_error = read_error;
	*out = c;
	return 0;
}

void anthropic_client_free(struct anthropic_client *c)
{
	if (!c)
		return;
	http_client_free(c->http);
	wipe_str_free(c->key);
	wipe_str_free(c->auth);
	free(c->base_url);
	free(c);
}

const char *anthropic_client_base_url(const struct anthropic_client *c)
{
	return c->base_url;
}

/* ---- metadata limits ---- */

int anthropic_metadata_check(const json_t *metadata, bool patch)
{
	const char *k;
	json_t *v;
	size_t pairs = 0;

	if (!metadata || json_is_null(metadata))
		return 0;
	if (!json_is_object(metadata))
		return byoc_fail(BYOC_EUSAGE, "session metadata must be an object of strings");
	json_object_foreach((json_t *)metadata, k, v) {
		if (!*k)
			return byoc_fail(BYOC_EUSAGE, "session metadata has an empty key");
		if (utf8_chars(k) > ANTHROPIC_META_MAX_KEY)
			return byoc_fail(BYOC_EUSAGE, "session metadata key '%.64s...' is longer than %d characters",
					 k, ANTHROPIC_META_MAX_KEY);
		if (json_is_null(v) && patch)
			continue;
		if (!json_is_string(v))
			return byoc_fail(BYOC_EUSAGE, "session metadata '%s' must be a string", k);
		if (utf8_chars(json_string_value(v)) > ANTHROPIC_META_MAX_VALUE)
			return byoc_fail(BYOC_EUSAGE, "session metadata '%s': value is longer than %d characters",
					 k, ANTHROPIC_META_MAX_VALUE);
		pairs++;
	}
	if (pairs > ANTHROPIC_META_MAX_PAIRS)
		return byoc_fail(BYOC_EUSAGE, "session metadata has %zu pairs; the API allows at most %d",
				 pairs, ANTHROPIC_META_MAX_PAIRS);
	return 0;
}

/* ---- requests ---- */

int anthropic_call(struct anthropic_client *c, const struct anthropic_call *a, long *status, json_t **out)
{
	struct api_req r = {
		.method = a->method, .path = a->path, .headers = a->headers, .body = a->body,
		.flags = API_OBJECT | (a->idempotent ? API_IDEMPOTENT : 0),
		.timeout_ms = a->timeout_ms, .deadline_ms = a->deadline_ms, .what = a->what,
	};

	return api_json(&c->api, &r, RESP_MAX, status, out);
}

/* The sessions calls always want an object back. */
static int call(struct anthropic_client *c, const char *method, const char *path, const json_t *body,
		bool idempotent, const char *what, json_t **out)
{
	struct anthropic_call a = {.method = method, .path = path, .body = body, .idempotent = idempotent,
				   .what = what};
	int rc = anthropic_call(c, &a, NULL, out);

	if (rc == 0 && out && !*out)
		rc = byoc_fail(BYOC_EPROTO, "%s: the answer is not a JSON object", what);
	return rc;
}

static char *path_of(const char *prefix, const char *id)
{
	char *e = http_escape(id), *p = NULL;

	if (e && asprintf(&p, "%s%s", prefix, e) < 0)
		p = NULL;
	free(e);
	return p;
}

int anthropic_session_create(struct anthropic_client *c, const struct anthropic_session_create *p, json_t **out)
{
	json_t *body = NULL, *ev, *content;
	int rc;

	*out = NULL;
	if (!p->agent || !*p->agent)
		return byoc_fail(BYOC_EUSAGE, "an agent id is required to create a session (--agent)");
	if (!p->environment_id || !*p->environment_id)
		return byoc_fail(BYOC_EUSAGE, "an environment id is required to create a session");
	if ((rc = anthropic_metadata_check(p->metadata, false)) < 0)
		return rc;
	body = json_pack("{s:s, s:s}", "agent", p->agent, "environment_id", p->environment_id);
	if (!body)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (p->metadata)
		json_object_set(body, "metadata", (json_t *)p->metadata);
	if (p->title)
		json_object_set_new(body, "title", json_string(p->title));
	if (p->message) {
		content = json_pack("[{s:s, s:s}]", "type", "text", "text", p->message);
		ev = json_pack("[{s:s, s:o}]", "type", "user.message", "content", content);
		if (!ev) {
			json_decref(body);
			return byoc_fail(BYOC_EUSAGE, "the message is not valid UTF-8");
		}
		json_object_set_new(body, "initial_events", ev);
	}
	rc = call(c, "POST", "/v1/sessions", body, false, "create session", out);
	json_decref(body);
	if (rc == 0 && !json_is_string(json_object_get(*out, "id"))) {
		json_decref(*out);
		*out = NULL;
		rc = byoc_fail(BYOC_EPROTO, "create session: the answer has no session id");
	}
	return rc;
}

int anthropic_session_update_metadata(struct anthropic_client *c, const char *session_id, const json_t *patch,
				      json_t **out)
{
	json_t *body, *got = NULL;
	char *path, what[160];
	int rc;

	if (out)
		*out = NULL;
	if ((rc = anthropic_metadata_check(patch, true)) < 0)
		return rc;
	if (!(path = path_of("/v1/sessions/", session_id)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	body = json_pack("{s:O}", "metadata", (json_t *)patch);
	snprintf(what, sizeof(what), "update session '%.100s'", session_id);
	rc = body ? call(c, "POST", path, body, true, what, &got) : byoc_fail(BYOC_ENOMEM, "out of memory");
	json_decref(body);
	free(path);
	if (rc == 0 && out)
		*out = got;
	else
		json_decref(got);
	return rc;
}

int anthropic_session_add_metadata(struct anthropic_client *c, const char *session_id, const char *key,
				   const char *value, json_t **out)
{
	json_t *s = NULL, *merged = NULL, *patch = NULL, *md;
	int rc;

	if ((rc = anthropic_session_get(c, session_id, &s)) < 0)
		return rc;
	md = json_object_get(s, "metadata");
	merged = json_is_object(md) ? json_deep_copy(md) : json_object();
	patch = json_pack("{s:s}", key, value);
	if (!merged || !patch) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	json_object_set(merged, key, json_object_get(patch, key));
	if ((rc = anthropic_metadata_check(merged, false)) < 0) {
		byoc_fail_wrap(rc, "session '%s'", session_id);
		goto out;
	}
	rc = anthropic_session_update_metadata(c, session_id, patch, out);
out:
	json_decref(s);
	json_decref(merged);
	json_decref(patch);
	return rc;
}

int anthropic_session_get(struct anthropic_client *c, const char *session_id, json_t **out)
{
	char *path = path_of("/v1/sessions/", session_id), what[160];
	int rc;

	if (!path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	snprintf(what, sizeof(what), "get session '%.100s'", session_id);
	rc = call(c, "GET", path, NULL, true, what, out);
	free(path);
	return rc;
}

int anthropic_environment_get(struct anthropic_client *c, const char *environment_id, json_t **out)
{
	char *path = path_of("/v1/environments/", environment_id), what[160];
	int rc;

	if (!path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	snprintf(what, sizeof(what), "get environment '%.100s'", environment_id);
	rc = call(c, "GET", path, NULL, true, what, out);
	free(path);
	return rc;
}

int anthropic_environment_check_self_hosted(struct anthropic_client *c, const char *environment_id)
{
	json_t *env = NULL;
	const char *type;
	int rc;

	if ((rc = anthropic_environment_get(c, environment_id, &env)) < 0)
		return rc;
	type = json_string_value(json_object_get(json_object_get(env, "config"), "type"));
	if (!type || strcmp(type, "self_hosted") != 0)
		rc = byoc_fail(BYOC_EREFUSED, "environment '%s' is %s%s%s, not self_hosted: a Daytona sandbox "
			       "can only be handed to a self-hosted environment", environment_id,
			       type ? "'" : "of unknown type", type ? type : "", type ? "'" : "");
	json_decref(env);
	return rc;
}
