/*
 * A self-hosted environment's work queue (../shared/anthropic/self-hosted.md;
 * @anthropic-ai/sdk's beta.environments.work): poll, ack, stop, and the
 * session read an orchestrator makes before it launches a runner. The client
 * is an anthropic_client made with the environment key.
 *
 * Errors: as anthropic_call. workq_permanent() says whether a failed call
 * should be retried later (transport, 408, 409, 429, 5xx) or not (other 4xx),
 * the rule every official SDK and the reference orchestrator apply.
 */
#ifndef BYOC_WORKQ_H
#define BYOC_WORKQ_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "lib/anthropic.h"

#define WORKQ_BLOCK_MAX_MS 999

struct workq_item {
	char *id;             /* "work_..." */
	char *data_type;      /* "session", or anything else (a health check) */
	char *session_id;     /* data.id */
	char *state;          /* queued, starting, active, stopping, stopped */
	char *secret;         /* base64url JSON with the per-session token, or NULL */
	int64_t created_ms;   /* created_at as Unix milliseconds, INT64_MIN when unparsable */
	char *created_at;     /* as the API wrote it */
};

void workq_item_free(struct workq_item *w);
/* Reads a work object; BYOC_EPROTO naming the field when it is not one. */
int workq_item_from_json(const json_t *j, struct workq_item **out);

/*
 * GET /v1/environments/{env}/work/poll. block_ms 0 means no wait (the query is
 * omitted), else 1..999; reclaim_ms < 0 omits reclaim_older_than_ms. worker_id
 * (may be NULL) goes in Anthropic-Worker-ID. *out is NULL when there is no work.
 */
int workq_poll(struct anthropic_client *c, const char *env, const char *worker_id, int block_ms, long reclaim_ms,
	       struct workq_item **out);
/* POST .../work/{id}/ack (queued -> starting). */
int workq_ack(struct anthropic_client *c, const char *env, const char *work_id);
/* POST .../work/{id}/stop {"force": force}. A 409 (already stopped) is success. */
int workq_stop(struct anthropic_client *c, const char *env, const char *work_id, bool force);
/* GET /v1/sessions/{id}: *out the session object. */
int workq_session_get(struct anthropic_client *c, const char *session_id, json_t **out);

/* True when a call that failed with rc (and HTTP status, 0 for none) will fail again. */
bool workq_permanent(int rc, long status);

/* Newer of two items by (created_at, id), the order the reference keeps. */
bool workq_newer(const struct workq_item *a, const struct workq_item *b);

#endif
