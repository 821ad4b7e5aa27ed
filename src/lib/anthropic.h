/*
 * Anthropic Managed Agents: the calls a handoff needs (sessions create,
 * update, get; environments get), as ../shared/anthropic/sessions.md
 * describes them for @anthropic-ai/sdk 1.10.0.
 *
 * Every request sends Authorization: Bearer <key>, anthropic-version:
 * 2026-10-21, anthropic-beta: managed-agents-2026-04-01 and, with a body,
 * content-type: application/json. The base URL is ANTHROPIC_BASE_URL (default
 * https://api.anthropic.com), the key ANTHROPIC_API_KEY (byoc_env: process
 * environment, then .env.local and .env). The key is redacted from traces
 * and error messages.
 *
 * Errors: 0 or a negative BYOC_E*, by the one status map of lib/api.h
 * (401/403 BYOC_EAUTH, 404 BYOC_ENOTFOUND, 408 BYOC_ETIMEOUT, 409/412
 * BYOC_ECONFLICT, others BYOC_EFAIL) with "WHAT: STATUS TYPE [error_code]:
 * MESSAGE" from the API's {"type":"error","error":{type,message}} body.
 * Metadata limits are checked before anything is sent (BYOC_EUSAGE).
 *
 * Ownership: json_t results are new references (json_decref); inputs are borrowed.
 */
#ifndef BYOC_ANTHROPIC_H
#define BYOC_ANTHROPIC_H

#include <jansson.h>
#include <stdbool.h>

#include "lib/http.h"

#define ANTHROPIC_DEFAULT_BASE_URL "https://api.anthropic.com"
#define ANTHROPIC_VERSION "2026-10-21"
#define ANTHROPIC_BETA "managed-agents-2026-04-01"
#define ANTHROPIC_META_MAX_PAIRS 16
#define ANTHROPIC_META_MAX_KEY 64      /* characters */
#define ANTHROPIC_META_MAX_VALUE 512   /* characters */

struct anthropic_client;

struct anthropic_opts {
	const char *base_url;   /* NULL: ANTHROPIC_BASE_URL, else the default */
	const char *api_key;    /* NULL: ANTHROPIC_API_KEY (required) */
	struct http_opts http;  /* zero = defaults */
};

/* opts may be NULL. BYOC_EUSAGE when no key is configured. The key is sent as
 * Authorization: Bearer, which is how an API key and an environment key both go. */
int anthropic_client_new(const struct anthropic_opts *opts, struct anthropic_client **out);
void anthropic_client_free(struct anthropic_client *c);
const char *anthropic_client_base_url(const struct anthropic_client *c);

/*
 * Checks a metadata object against the API's limits: at most 16 pairs, keys
 * 1..64 characters, values strings of at most 512 characters (characters =
 * Unicode code points). patch: a null value (delete) is allowed and not
 * counted. 0 or BYOC_EUSAGE naming the key.
 */
int anthropic_metadata_check(const json_t *metadata, bool patch);

struct anthropic_session_create {
	const char *agent;            /* agent id (required) */
	const char *environment_id;   /* required */
	const json_t *metadata;       /* object of strings or NULL */
	const char *title;            /* NULL = none */
	const char *message;          /* first user message, NULL = none */
};

/* POST /v1/sessions; *out the session object (its "id" is the session id). */
int anthropic_session_create(struct anthropic_client *c, const struct anthropic_session_create *p, json_t **out);
/* POST /v1/sessions/{id} {"metadata": patch}: a string upserts, null deletes. out may be NULL. */
int anthropic_session_update_metadata(struct anthropic_client *c, const char *session_id, const json_t *patch,
				      json_t **out);
/* Reads the session, checks that adding key=value keeps it within the limits,
 * then sends the patch. out may be NULL. */
int anthropic_session_add_metadata(struct anthropic_client *c, const char *session_id, const char *key,
				   const char *value, json_t **out);
/* GET /v1/sessions/{id}. */
int anthropic_session_get(struct anthropic_client *c, const char *session_id, json_t **out);
/* GET /v1/environments/{id}. */
int anthropic_environment_get(struct anthropic_client *c, const char *environment_id, json_t **out);
/* GET the environment and require config.type == "self_hosted": else
 * BYOC_EREFUSED ("environment 'X' is 'cloud', not self_hosted: ..."). */
int anthropic_environment_check_self_hosted(struct anthropic_client *c, const char *environment_id);

/*
 * One call of the API, through lib/api's api_json: the client's auth and
 * version headers plus a's extra headers, a's JSON body, the http retry
 * policy, and the one status -> error map (above). *status gets
 * the last HTTP status (0 when none arrived). *out gets the answer's object,
 * or NULL for 204, an empty body or a JSON null. status and out may be NULL.
 */
struct anthropic_call {
	const char *method, *path;          /* path with its query, e.g. "/v1/sessions/x" */
	const json_t *body;                 /* NULL: no body */
	const char *const *headers;         /* extra "Name: value", NULL-terminated, at most 8 */
	bool idempotent;                    /* retry a POST on 5xx/resets */
	long timeout_ms, deadline_ms;       /* 0: the client's defaults */
	const char *what;                   /* "poll work", for messages */
};
int anthropic_call(struct anthropic_client *c, const struct anthropic_call *a, long *status, json_t **out);

#endif
