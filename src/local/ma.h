/*
 * byoc-local's Managed Agents side (Anthropic's /v1 API): what its modules share.
 *   ma_api.c      routes, auth (API key / environment key / session token), errors,
 *                 ids, agents, environments, environment keys, the ticker thread
 *   ma_sessions.c sessions, the event log, events send / list / SSE stream
 *   ma_work.c     the work queue of each self-hosted environment
 *   ma_agent.c    the scripted agent that stands in for the model
 * State lives in the store (kinds below), so it survives a restart like the
 * Daytona side. Every function here expects local_lock() held unless it says
 * otherwise. Nothing here prints.
 */
#ifndef BYOC_LOCAL_MA_H
#define BYOC_LOCAL_MA_H

#include "local/server.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#define MA_BETA "managed-agents-2026-04-01"
#define MA_KIND_AGENTS "ma_agents"
#define MA_KIND_ENVS "ma_environments"
#define MA_KIND_SESSIONS "ma_sessions"
#define MA_KIND_EVENTS "ma_events"     /* one doc per session: {"events": [...]} */
#define MA_KIND_WORK "ma_work"

/* What authenticated a request. */
enum ma_cred_kind { MA_CRED_API = 1, MA_CRED_ENV = 2, MA_CRED_SESSION = 4 };
struct ma_cred {
	int kind;
	char env_id[96];      /* MA_CRED_ENV: the key's environment; MA_CRED_SESSION: the work's */
	char session_id[96];  /* MA_CRED_SESSION */
	char work_id[96];     /* MA_CRED_SESSION */
};

/*
 * Checks the credential (x-api-key or Authorization: Bearer), then the
 * anthropic-version and anthropic-beta headers. allowed is a mask of
 * enum ma_cred_kind. Returns 0 with *c filled, or -1 with the error set on resp.
 * Takes the lock itself.
 */
int ma_begin(struct lreq *req, struct lresp *resp, int allowed, struct ma_cred *c);
/* 403 unless c may act on the environment env_id (API key, or its environment key). */
int ma_scope_env(const struct ma_cred *c, struct lresp *resp, const char *env_id);
/* 403 unless c may act on session s (API key; its environment's key; its own token). */
int ma_scope_session(const struct ma_cred *c, struct lresp *resp, const char *sid, const json_t *s);

/* {"type":"error","error":{"type":type,"message":...}} with a request-id header. */
void ma_error(struct lresp *resp, int status, const char *type, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The error type the API uses for an HTTP status. */
const char *ma_error_type(int status);
/* 200 (or status) JSON with the request-id header; takes doc. */
void ma_json(struct lresp *resp, int status, json_t *doc);
/* The request body as an object, or NULL with a 400 set on resp. */
json_t *ma_body(struct lreq *req, struct lresp *resp);

/* "prefix_011CZ" + 20 random base62 characters into out (>= 64 bytes). */
void ma_id(const char *prefix, char *out, size_t n);
/* prefix + 64 random base64url characters (keys and tokens). */
void ma_token(const char *prefix, char *out, size_t n);
/* Lowercase hex SHA-256 of s into out (65 bytes). */
void ma_hash(const char *s, char *out);
/* RFC 3339 UTC with microseconds (distinct values for back-to-back heartbeats). */
void ma_now_us(char *out, size_t n);
int64_t ma_now_ms(void);

/* Metadata: check a create value (patch=false) or apply a patch onto *md (patch=true).
 * 0, or -1 with a 400 on resp naming the field. */
int ma_metadata(json_t *md, json_t *in, bool patch, struct lresp *resp, const char *field);
/* Public docs of kind (field == value when field is set), oldest first; takes the lock. */
json_t *ma_collect(struct local *L, const char *kind, const char *field, const char *value, bool archived);
/* A page of docs: query limit (1..max, default def), page (opaque cursor from next_page).
 * Takes arr (sorted as it should be listed); answers {data, next_page[, prev_page]}. */
void ma_page(struct lreq *req, struct lresp *resp, json_t *arr, int def, int max, bool prev);

/* Options (byoc-local's command line) the Managed Agents side reads. */
const char *ma_api_key(struct local *L);
int ma_work_ttl(struct local *L);        /* lease ttl (s) when a heartbeat names none */
int ma_tool_timeout(struct local *L);    /* seconds a tool call may wait for its result */

/* ---- ma_sessions.c ---- */
json_t *ma_session_get(struct local *L, const char *sid);   /* borrowed; NULL if absent */
/* Appends an event to the session's log (sets id and processed_at when missing);
 * takes ev; returns the stored event (borrowed) or NULL. */
json_t *ma_event_append(struct local *L, const char *sid, json_t *ev);
/* Sets the session's status and appends the matching session.status_* event
 * (stop_reason for idle, may be NULL). Takes stop_reason. */
void ma_session_status(struct local *L, const char *sid, const char *status, json_t *stop_reason);
void ma_session_save(struct local *L, const char *sid);

/* ---- ma_work.c ---- */
/* Queues a work item for the session (none when one is already live). */
void ma_work_queue(struct local *L, const char *env_id, const char *sid);
/* The session's live (not stopped) work item, or NULL. */
json_t *ma_work_live(struct local *L, const char *sid, const char **work_id);
/* Stops the session's live work (a terminated or archived session). */
void ma_work_stop_session(struct local *L, const char *sid);
/* Expired leases go back to the queue. */
void ma_work_tick(struct local *L, int64_t now_ms);
/* Token hash -> work id (for auth). */
json_t *ma_work_by_token(struct local *L, const char *hash, const char **work_id);

/* ---- ma_agent.c ---- */
/* A user.message arrived (text of its blocks). The session goes running. */
void ma_agent_on_message(struct local *L, const char *sid, const char *text);
/* A worker attached (the work went active): emit the pending tool call if none is out. */
void ma_agent_on_attach(struct local *L, const char *sid);
/* A user.tool_result answered the pending call. */
void ma_agent_on_result(struct local *L, const char *sid, const json_t *ev);
/* user.interrupt: drop the rest of the script, go idle. */
void ma_agent_on_interrupt(struct local *L, const char *sid);
/* The session's work lost its lease or was stopped while the agent still had calls to make. */
void ma_agent_on_worker_lost(struct local *L, const char *sid);
/* Tool calls past their timeout. */
void ma_agent_tick(struct local *L, int64_t now_ms);

/* Route handlers (registered in ma_api.c's table). */
void ma_h_session_create(struct lreq *req, struct lresp *resp);
void ma_h_session_list(struct lreq *req, struct lresp *resp);
void ma_h_session_get(struct lreq *req, struct lresp *resp);
void ma_h_session_update(struct lreq *req, struct lresp *resp);
void ma_h_session_archive(struct lreq *req, struct lresp *resp);
void ma_h_session_delete(struct lreq *req, struct lresp *resp);
void ma_h_events_send(struct lreq *req, struct lresp *resp);
void ma_h_events_list(struct lreq *req, struct lresp *resp);
void ma_h_events_stream(struct lreq *req, struct lresp *resp);
void ma_h_work_poll(struct lreq *req, struct lresp *resp);
void ma_h_work_list(struct lreq *req, struct lresp *resp);
void ma_h_work_stats(struct lreq *req, struct lresp *resp);
void ma_h_work_get(struct lreq *req, struct lresp *resp);
void ma_h_work_update(struct lreq *req, struct lresp *resp);
void ma_h_work_ack(struct lreq *req, struct lresp *resp);
void ma_h_work_heartbeat(struct lreq *req, struct lresp *resp);
void ma_h_work_stop(struct lreq *req, struct lresp *resp);

#endif
