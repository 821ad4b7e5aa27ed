#include "lib/workq.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/http.h"
#include "lib/labels.h"
#include "util/err.h"
#include "util/wipe.h"

void workq_item_free(struct workq_item *w)
{
	if (!w)
		return;
	free(w->id);
	free(w->data_type);
	free(w->session_id);
	free(w->state);
	wipe_str_free(w->secret);
	free(w->created_at);
	free(w);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* "2026-12-07T05:22:10.123456Z" -> Unix ms; INT64_MIN when unparsable. */
static int64_t iso_ms(const char *s)
{
	time_t t;
	const char *dot;
	int64_t ms = 0;

	if (!s || labels_parse_time(s, &t) < 0)
		return INT64_MIN;
	if ((dot = strchr(s, '.'))) {
		int digits = 0;
		for (dot++; *dot >= '0' && *dot <= '9'; dot++)
			if (digits++ < 3)
				ms = ms * 10 + (*dot - '0');
		while (digits++ < 3)
			ms *= 10;
	}
	return (int64_t)t * 1000 + ms;
}

int workq_item_from_json(const json_t *j, struct workq_item **out)
{
	struct workq_item *w;
	const json_t *data = json_object_get(j, "data");
	const char *id = json_string_value(json_object_get(j, "id"));

	*out = NULL;
	if (!id || !*id)
		return byoc_fail(BYOC_EPROTO, "a work item without an id");
	if (!json_is_object(data) || !json_is_string(json_object_get(data, "type")))
		return byoc_fail(BYOC_EPROTO, "work item '%s' has no data.type", id);
	if (!(w = calloc(1, sizeof *w)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	w->id = strdup(id);
	w->data_type = strdup(json_string_value(json_object_get(data, "type")));
	w->session_id = dup_or_null(json_string_value(json_object_get(data, "id")));
	w->state = dup_or_null(json_string_value(json_object_get(j, "state")));
	w->secret = dup_or_null(json_string_value(json_object_get(j, "secret")));
	w->created_at = dup_or_null(json_string_value(json_object_get(j, "created_at")));
	w->created_ms = iso_ms(w->created_at);
	if (!w->id || !w->data_type) {
		workq_item_free(w);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	if (!strcmp(w->data_type, "session") && (!w->session_id || !*w->session_id)) {
		workq_item_free(w);
		return byoc_fail(BYOC_EPROTO, "work item '%s' is for a session but names none", id);
	}
	*out = w;
	return 0;
}

static char *work_path(const char *env, const char *work_id, const char *tail)
{
	char *e = http_escape(env), *w = work_id ? http_escape(work_id) : NULL, *p = NULL;

	if (e && (!work_id || w) &&
	    asprintf(&p, "/v1/environments/%s/work%s%s%s", e, work_id ? "/" : "", work_id ? w : "", tail) < 0)
		p = NULL;
	free(e);
	free(w);
	return p;
}

int workq_poll(struct anthropic_client *c, const char *env, const char *worker_id, int block_ms, long reclaim_ms,
	       struct workq_item **out)
{
	char *base = work_path(env, NULL, "/poll"), *path = NULL, *wid = NULL, q[96] = "";
	const char *hdrs[2] = {NULL, NULL};
	json_t *got = NULL;
	int rc;

	*out = NULL;
	if (block_ms < 0 || block_ms > WORKQ_BLOCK_MAX_MS)
		return free(base), byoc_fail(BYOC_EUSAGE, "block_ms must be in 1..%d, or 0 for no wait",
					     WORKQ_BLOCK_MAX_MS);
	if (block_ms > 0)
		snprintf(q, sizeof q, "?block_ms=%d", block_ms);
	if (reclaim_ms >= 0)
		snprintf(q + strlen(q), sizeof q - strlen(q), "%creclaim_older_than_ms=%ld", q[0] ? '&' : '?',
			 reclaim_ms);
	if (!base || asprintf(&path, "%s%s", base, q) < 0 ||
	    (worker_id && asprintf(&wid, "Anthropic-Worker-ID: %s", worker_id) < 0)) {
		free(base);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	hdrs[0] = wid;
	/* The long poll holds the request up to block_ms: give the attempt that much more. */
	struct anthropic_call a = {.method = "GET", .path = path, .headers = hdrs, .idempotent = true,
				   .timeout_ms = 30000 + block_ms, .what = "poll work"};
	rc = anthropic_call(c, &a, NULL, &got);
	if (rc == 0 && got)
		rc = workq_item_from_json(got, out);
	json_decref(got);
	free(base);
	free(path);
	free(wid);
	return rc;
}

int workq_ack(struct anthropic_client *c, const char *env, const char *work_id)
{
	char *path = work_path(env, work_id, "/ack"), what[128];
	int rc;

	if (!path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	snprintf(what, sizeof what, "ack work '%.80s'", work_id);
	/* An ack is not idempotent on the wire (a second one may 409), so no blind retry of 5xx. */
	struct anthropic_call a = {.method = "POST", .path = path, .what = what};
	rc = anthropic_call(c, &a, NULL, NULL);
	free(path);
	return rc;
}

int workq_stop(struct anthropic_client *c, const char *env, const char *work_id, bool force)
{
	char *path = work_path(env, work_id, "/stop"), what[128];
	json_t *body = json_pack("{s:b}", "force", force);
	long status = 0;
	int rc;

	if (!path || !body) {
		free(path);
		json_decref(body);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	snprintf(what, sizeof what, "stop work '%.80s'", work_id);
	/* Stopping twice ends in the same state: safe to retry. */
	struct anthropic_call a = {.method = "POST", .path = path, .body = body, .idempotent = true, .what = what};
	rc = anthropic_call(c, &a, &status, NULL);
	if (rc == BYOC_ECONFLICT && status == 409)
		rc = 0;   /* already stopped */
	free(path);
	json_decref(body);
	return rc;
}

int workq_session_get(struct anthropic_client *c, const char *session_id, json_t **out)
{
	return anthropic_session_get(c, session_id, out);
}

bool workq_permanent(int rc, long status)
{
	if (rc == BYOC_EUSAGE || rc == BYOC_EPROTO)
		return true;
	if (status == 0 || status == 408 || status == 409 || status == 429 || status >= 500)
		return false;
	return status >= 400;
}

bool workq_newer(const struct workq_item *a, const struct workq_item *b)
{
	if (a->created_ms != b->created_ms)
		return a->created_ms > b->created_ms;
	return strcmp(a->id, b->id) > 0;
}
