#include "lib/daytona.h"
#include "lib/api.h"
#include "lib/labels.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/rand.h"
#include "util/wipe.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RESP_MAX ((size_t)32 << 20)
#define MAX_PAGES 10000
/* Waits give up after this many failed polls in a row (each already retried). */
#define DT_POLL_FAILURES_MAX 10

struct dt_client {
	struct http_client *http;
	char *api_url;
	char *api_key;
	char *target;
	char *hdr_auth;
	const char *headers[4];
	struct api api;            /* the one call path (lib/api), over http with headers */
	volatile sig_atomic_t *cancel;
};

/* ---- client -------------------------------------------------------------------- */

/* Daytona's error bodies are NestJS's (its toolbox's Go ones read the same way); a 401
 * names the key to check. */
static void dt_read_error(long status, const char *body, size_t len, struct api_error *e)
{
	api_error_nest(status, body, len, e);
	if (status == 401)
		e->hint = "check DAYTONA_API_KEY in the environment or .env";
}

int dt_client_new(const struct dt_client_opts *opts, struct dt_client **out)
{
	struct dt_client_opts o = { 0 };
	struct http_opts ho;
	struct dt_client *c;
	const char *secrets[2];
	size_t n;
	int rc;

	*out = NULL;
	if (opts)
		o = *opts;
	if (!o.api_url) {
		/* the endpoint decides where the key goes: byoc_env never takes a *_URL from a
		 * dotenv file in the working directory (util/env.h) */
		o.api_url = byoc_env("DAYTONA_API_URL");
		if (!o.api_url)
			o.api_url = byoc_env("DAYTONA_SERVER_URL");
		if (!o.api_url)
			o.api_url = DT_DEFAULT_API_URL;
	}
	if (!o.api_key)
		o.api_key = byoc_env("DAYTONA_API_KEY");
	if (!o.api_key || !*o.api_key)
		return byoc_fail(BYOC_EUSAGE, "DAYTONA_API_KEY is not set: export it or put it in .env");
	if (!o.target)
		o.target = byoc_env("DAYTONA_TARGET");
	if (strncmp(o.api_url, "http://", 7) && strncmp(o.api_url, "https://", 8))
		return byoc_fail(BYOC_EUSAGE, "DAYTONA_API_URL '%s' is not an http(s) URL", o.api_url);
	if (!http_credentials_allowed(o.api_url))
		return byoc_fail(BYOC_EUSAGE, "DAYTONA_API_URL '%s' is plain http to another machine: the API key would "
				 "travel in clear; use https, or set " HTTP_ALLOW_ENV "=1 to send it anyway", o.api_url);
	c = calloc(1, sizeof(*c));
	if (!c)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	c->api_url = strdup(o.api_url);
	c->api_key = strdup(o.api_key);
	c->target = o.target && *o.target ? strdup(o.target) : NULL;
	if (!c->api_url || !c->api_key || (o.target && *o.target && !c->target) ||
	    asprintf(&c->hdr_auth, "Authorization: Bearer %s", o.api_key) < 0) {
		c->hdr_auth = NULL;
		dt_client_free(c);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	n = strlen(c->api_url);
	while (n > 0 && c->api_url[n - 1] == '/')
		c->api_url[--n] = '\0';
	c->headers[0] = c->hdr_auth;
	c->headers[1] = "X-Daytona-Source: byoc";
	c->headers[2] = "Accept: application/json";
	c->headers[3] = NULL;
	ho = o.http;
	secrets[0] = c->api_key;
	secrets[1] = NULL;
	ho.secrets = secrets;
	if (!ho.user_agent)
		ho.user_agent = "byoc/" BYOC_VERSION;
	c->cancel = ho.cancel;
	if ((rc = http_client_new(&ho, &c->http)) < 0) {
		dt_client_free(c);
		return rc;
	}
	c->api.http = c->http;
	c->api.base_url = c->api_url;
	c->api.headers = c->headers;
	c->api.read_error = dt_read_error;
	*out = c;
	return 0;
}

void dt_client_free(struct dt_client *c)
{
	if (!c)
		return;
	http_client_free(c->http);
	free(c->api_url);
	wipe_str_free(c->api_key);
	wipe_str_free(c->hdr_auth);
	free(c->target);
	free(c);
}

const char *dt_client_api_url(const struct dt_client *c) { return c->api_url; }
const char *dt_client_target(const struct dt_client *c) { return c->target; }
struct http_client *dt_client_http(struct dt_client *c) { return c->http; }
const char *const *dt_client_headers(const struct dt_client *c) { return c->headers; }
const struct api *dt_client_api(const struct dt_client *c) { return &c->api; }

/* ---- requests ------------------------------------------------------------------- */

static int parse_snapshot(const json_t *j, void *out);
static int parse_sandbox(const json_t *j, void *out);

int dt_request(struct dt_client *c, const char *method, const char *path, const json_t *body,
	       int flags, const char *what, json_t **out, long *status)
{
	struct api_req r = { .method = method, .path = path, .body = body, .what = what,
			     .flags = (flags & DT_IDEMPOTENT ? API_IDEMPOTENT : 0) |
				      (flags & DT_NO_RETRY ? API_NO_RETRY : 0) };

	return api_json(&c->api, &r, RESP_MAX, status, out);
}

/* The "items" of one page of a list answer, each parsed by parse into a new element of
 * *items (an array of pointers, grown here); what names the call in messages. */
static int page_items(const json_t *j, const char *what, int (*parse)(const json_t *, void *), void ***items,
		      size_t *count)
{
	const json_t *arr = json_object_get(j, "items"), *it;
	size_t i, n = json_array_size(arr);
	void **grown;
	int rc;

	if (!json_is_array(arr))
		return byoc_fail(BYOC_EPROTO, "%s: the answer has no items array", what);
	if (n) {
		if (!(grown = realloc(*items, (*count + n) * sizeof(*grown))))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		*items = grown;
	}
	json_array_foreach(arr, i, it) {
		void *e;

		if ((rc = parse(it, &e)) < 0)
			return byoc_fail_wrap(rc, "%s", what);
		(*items)[(*count)++] = e;
	}
	return 0;
}

/* One call whose answer is a resource: parse (when out is wanted) turns its JSON into *out. */
static int resource_call(struct dt_client *c, const char *method, const char *path, const json_t *body,
			 int flags, const char *what, int (*parse)(const json_t *, void *), void *out)
{
	json_t *j = NULL;
	int rc;

	rc = dt_request(c, method, path, body, flags, what, out ? &j : NULL, NULL);
	if (rc == 0 && out && (rc = parse(j, out)) < 0)
		byoc_fail_wrap(rc, "%s", what);
	json_decref(j);
	return rc;
}

/* ---- JSON helpers ---------------------------------------------------------------- */

static int jdup(const json_t *o, const char *k, char **dst)
{
	const json_t *v = json_object_get(o, k);

	*dst = NULL;
	if (!json_is_string(v))
		return 0;
	*dst = strdup(json_string_value(v));
	return *dst ? 0 : BYOC_ENOMEM;
}

static long jlong(const json_t *o, const char *k, long dflt)
{
	const json_t *v = json_object_get(o, k);
	double d;

	if (json_is_integer(v)) {
		json_int_t x = json_integer_value(v);

		if (x > LONG_MAX)
			return LONG_MAX;
		if (x < LONG_MIN + 1)
			return LONG_MIN + 1;
		return (long)x;
	}
	if (json_is_real(v)) {
		d = json_real_value(v);
		if (d != d)
			return dflt;
		if (d > (double)LONG_MAX / 2)
			return LONG_MAX;
		if (d < (double)LONG_MIN / 2)
			return LONG_MIN + 1;
		return (long)d;
	}
	return dflt;
}

static bool jbool(const json_t *o, const char *k)
{
	return json_is_true(json_object_get(o, k));
}

/* escaped path segment; caller frees */
static char *esc(const char *s)
{
	return http_escape(s ? s : "");
}

/* ---- snapshots ------------------------------------------------------------------- */

void dt_snapshot_free(struct dt_snapshot *s)
{
	if (!s)
		return;
	free(s->id);
	free(s->name);
	free(s->state);
	free(s->image_name);
	free(s->error_reason);
	free(s->created_at);
	free(s->updated_at);
	free(s->last_used_at);
	json_decref(s->json);
	free(s);
}

int dt_snapshot_from_json(const json_t *j, struct dt_snapshot **out)
{
	struct dt_snapshot *s;
	const json_t *size;
	int rc = 0;

	*out = NULL;
	if (!json_is_object(j))
		return byoc_fail(BYOC_EPROTO, "snapshot answer is not a JSON object");
	if (!json_is_string(json_object_get(j, "id")) || !json_is_string(json_object_get(j, "name")) ||
	    !json_is_string(json_object_get(j, "state")))
		return byoc_fail(BYOC_EPROTO, "snapshot answer lacks id, name or state");
	s = calloc(1, sizeof(*s));
	if (!s)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc |= jdup(j, "id", &s->id);
	rc |= jdup(j, "name", &s->name);
	rc |= jdup(j, "state", &s->state);
	rc |= jdup(j, "imageName", &s->image_name);
	rc |= jdup(j, "errorReason", &s->error_reason);
	rc |= jdup(j, "createdAt", &s->created_at);
	rc |= jdup(j, "updatedAt", &s->updated_at);
	rc |= jdup(j, "lastUsedAt", &s->last_used_at);
	if (rc) {
		dt_snapshot_free(s);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	s->cpu = jlong(j, "cpu", -1);
	s->gpu = jlong(j, "gpu", -1);
	s->mem = jlong(j, "mem", -1);
	s->disk = jlong(j, "disk", -1);
	size = json_object_get(j, "size");
	s->size = json_is_number(size) ? json_number_value(size) : -1;
	s->general = jbool(j, "general");
	s->json = json_deep_copy(j);
	if (!s->json) {
		dt_snapshot_free(s);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	*out = s;
	return 0;
}

static int parse_snapshot(const json_t *j, void *out)
{
	return dt_snapshot_from_json(j, out);
}

static int snapshot_call(struct dt_client *c, const char *method, const char *path, const json_t *body,
			 int flags, const char *what, struct dt_snapshot **out)
{
	if (out)
		*out = NULL;
	return resource_call(c, method, path, body, flags, what, parse_snapshot, out);
}

int dt_snapshot_get(struct dt_client *c, const char *id_or_name, struct dt_snapshot **out)
{
	char *e = esc(id_or_name), *path = NULL, what[300];
	int rc;

	snprintf(what, sizeof(what), "get snapshot '%s'", id_or_name);
	if (!e || asprintf(&path, "/snapshots/%s", e) < 0) {
		free(e);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = snapshot_call(c, "GET", path, NULL, 0, what, out);
	free(e);
	free(path);
	return rc;
}

int dt_snapshot_create(struct dt_client *c, const struct dt_snapshot_create *p, struct dt_snapshot **out)
{
	json_t *b, *bi, *hashes;
	const char *region = p->region_id ? p->region_id : c->target;
	char what[300];
	size_t i;
	int rc;

	if (out)
		*out = NULL;
	if (!p->name || !*p->name)
		return byoc_fail(BYOC_EUSAGE, "create snapshot: a name is required");
	if (!p->image_name == !p->dockerfile_content)
		return byoc_fail(BYOC_EUSAGE, "create snapshot '%s': give an image name or a dockerfile, not both",
				 p->name);
	snprintf(what, sizeof(what), "create snapshot '%s'", p->name);
	b = json_object();
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	json_object_set_new(b, "name", json_string(p->name));
	if (p->image_name) {
		json_object_set_new(b, "imageName", json_string(p->image_name));
	} else {
		bi = json_object();
		hashes = json_array();
		if (!bi || !hashes) {
			json_decref(bi);
			json_decref(hashes);
			json_decref(b);
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		json_object_set_new(bi, "dockerfileContent", json_string(p->dockerfile_content));
		for (i = 0; i < p->n_context_hashes; i++)
			json_array_append_new(hashes, json_string(p->context_hashes[i]));
		json_object_set_new(bi, "contextHashes", hashes);
		json_object_set_new(b, "buildInfo", bi);
	}
	if (p->cpu > 0)
		json_object_set_new(b, "cpu", json_integer(p->cpu));
	if (p->memory > 0)
		json_object_set_new(b, "memory", json_integer(p->memory));
	if (p->disk > 0)
		json_object_set_new(b, "disk", json_integer(p->disk));
	if (region && *region)
		json_object_set_new(b, "regionId", json_string(region));
	rc = snapshot_call(c, "POST", "/snapshots", b, p->retry ? DT_IDEMPOTENT : 0, what, out);
	json_decref(b);
	return rc;
}

void dt_snapshot_list_release(struct dt_snapshot_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		dt_snapshot_free(l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

int dt_snapshot_list(struct dt_client *c, const char *name_filter, struct dt_snapshot_list *out)
{
	char *ename = name_filter ? esc(name_filter) : NULL;
	long page, total_pages;
	int rc = 0;

	out->items = NULL;
	out->count = 0;
	if (name_filter && !ename)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (page = 1; page <= MAX_PAGES; page++) {
		json_t *j = NULL;
		char *path = NULL;
		size_t nitems;

		if (asprintf(&path, "/snapshots?page=%ld&limit=100%s%s", page, ename ? "&name=" : "",
			     ename ? ename : "") < 0) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			break;
		}
		rc = dt_request(c, "GET", path, NULL, 0, "list snapshots", &j, NULL);
		free(path);
		if (rc < 0)
			break;
		total_pages = jlong(j, "totalPages", 0);
		nitems = json_array_size(json_object_get(j, "items"));
		rc = page_items(j, "list snapshots", parse_snapshot, (void ***)&out->items, &out->count);
		json_decref(j);
		if (rc < 0 || nitems == 0 || page >= total_pages)
			break;
		if (c->cancel && *c->cancel) {
			rc = byoc_fail(BYOC_EINTR, "list snapshots: interrupted");
			break;
		}
	}
	free(ename);
	if (rc < 0)
		dt_snapshot_list_release(out);
	return rc < 0 ? rc : 0;
}

int dt_snapshot_delete(struct dt_client *c, const char *id)
{
	char *e = esc(id), *path = NULL, what[300];
	int rc;

	snprintf(what, sizeof(what), "delete snapshot '%s'", id);
	if (!e || asprintf(&path, "/snapshots/%s", e) < 0) {
		free(e);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = dt_request(c, "DELETE", path, NULL, 0, what, NULL, NULL);
	free(e);
	free(path);
	return rc;
}

int dt_snapshot_activate(struct dt_client *c, const char *id, struct dt_snapshot **out)
{
	char *e = esc(id), *path = NULL, what[300];
	int rc;

	snprintf(what, sizeof(what), "activate snapshot '%s'", id);
	if (!e || asprintf(&path, "/snapshots/%s/activate", e) < 0) {
		free(e);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = snapshot_call(c, "POST", path, NULL, 0, what, out);
	free(e);
	free(path);
	return rc;
}

static int url_call(struct dt_client *c, const char *fmt, const char *id, const char *what, char **url)
{
	char *e = esc(id), *path = NULL;
	json_t *j = NULL, *u;
	int rc;

	*url = NULL;
	if (!e || asprintf(&path, fmt, e) < 0) {
		free(e);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = dt_request(c, "GET", path, NULL, 0, what, &j, NULL);
	free(e);
	free(path);
	if (rc < 0)
		return rc;
	u = json_object_get(j, "url");
	if (!json_is_string(u) || !json_string_length(u)) {
		json_decref(j);
		return byoc_fail(BYOC_EPROTO, "%s: the answer has no url", what);
	}
	*url = strdup(json_string_value(u));
	json_decref(j);
	return *url ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

int dt_snapshot_build_logs_url(struct dt_client *c, const char *id, char **url)
{
	char what[300];

	snprintf(what, sizeof(what), "build logs url of snapshot '%s'", id);
	return url_call(c, "/snapshots/%s/build-logs-url", id, what, url);
}

bool dt_snapshot_state_terminal(const char *st)
{
	return st && (!strcmp(st, "active") || !strcmp(st, "error") || !strcmp(st, "build_failed"));
}

/* A resumed stream starts the log over: the first `skip` bytes of it were delivered before. */
struct logsink {
	dt_log_fn fn;
	void *arg;
	long long bytes;   /* delivered to fn */
	long long seen;    /* received on the current stream */
	long long skip;    /* delivered on earlier streams */
};

static int logsink_write(void *arg, const char *p, size_t n)
{
	struct logsink *s = arg;
	long long drop = s->skip - s->seen;

	s->seen += (long long)n;
	if (drop >= (long long)n)
		return 0;
	if (drop > 0) {
		p += drop;
		n -= (size_t)drop;
	}
	s->bytes += (long long)n;
	return s->fn ? s->fn(s->arg, p, n) : 0;
}

/* How often a build-log stream cut before the build ended is opened again (Daytona's proxy
 * cuts them after about 145 s); after that, polling alone tells the outcome. */
#define DT_LOG_RESUMES_MAX 20

static int open_log_stream(struct dt_client *c, const char *url, bool follow, struct logsink *sink,
			   struct http_resp *resp, struct http_stream **st)
{
	const char *hdrs[3] = { c->headers[0], c->headers[1], NULL };
	struct http_req req = { 0 };
	char *full = NULL;
	int rc;

	if (asprintf(&full, "%s%s", url, follow ? (strchr(url, '?') ? "&follow=true" : "?follow=true") : "") < 0)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	req.method = "GET";
	req.url = full;
	req.headers = hdrs;
	req.write = logsink_write;
	req.write_arg = sink;
	req.timeout_ms = 30000;
	rc = http_stream_open(c->http, &req, resp, st);
	free(full);
	return rc;
}

/* Whole log once (no follow), for a build that failed before we streamed it. */
static void fetch_whole_log(struct dt_client *c, const char *id, struct logsink *sink)
{
	struct http_resp resp;
	struct http_stream *st = NULL;
	char *url = NULL;
	int64_t end = http_now_ms() + 10000;

	if (dt_snapshot_build_logs_url(c, id, &url) < 0)
		return;
	http_resp_init(&resp);
	if (open_log_stream(c, url, false, sink, &resp, &st) == 0) {
		if (resp.status >= 200 && resp.status < 300)
			while (http_now_ms() < end && http_stream_wait(st, 1000) == HTTP_STREAM_DATA)
				;
		http_stream_close(st);
	}
	http_resp_release(&resp);
	free(url);
}

static int snapshot_outcome(struct dt_snapshot *s, const char *label)
{
	if (!strcmp(s->state, "active"))
		return 0;
	return byoc_fail(BYOC_EBUILD, "snapshot '%s' %s: %s", label,
			 !strcmp(s->state, "error") ? "failed (error)" : "failed to build",
			 s->error_reason && *s->error_reason ? s->error_reason : "no reason given");
}

int dt_snapshot_follow_logs(struct dt_client *c, const char *id_or_name, dt_log_fn log, void *arg,
			    int64_t deadline_ms, struct dt_snapshot **final)
{
	/* One piece: the stop rule of contract §2.6 (terminal state, then two idle timeouts)
	 * is one loop over the stream, the state polls and the reconnects, whose counters and
	 * stream it shares. */
	struct logsink sink = { .fn = log, .arg = arg };
	struct dt_snapshot *cur = NULL;
	struct http_stream *st = NULL;
	struct http_resp resp;
	char *url = NULL;
	int64_t next_poll = 0, log_retry_at = 0, idle_ms = 0;
	bool stream_done = false;
	int idle_count = 0, poll_failures = 0, resumes = 0, rc;
	int64_t t0 = http_now_ms();

	if (final)
		*final = NULL;
	http_resp_init(&resp);
	for (;;) {
		int64_t now = http_now_ms();

		if (c->cancel && *c->cancel) {
			rc = byoc_fail(BYOC_EINTR, "waiting for snapshot '%s': interrupted", id_or_name);
			goto out;
		}
		if (deadline_ms && now >= deadline_ms) {
			rc = byoc_fail(BYOC_ETIMEOUT, "snapshot '%s' still %s after %lld s", id_or_name,
				       cur ? cur->state : "unknown", (long long)((now - t0) / 1000));
			goto out;
		}
		if (now >= next_poll) {
			struct dt_snapshot *s = NULL;

			rc = dt_snapshot_get(c, id_or_name, &s);
			next_poll = http_now_ms() + 1000;
			if (rc == BYOC_ENOTFOUND || rc == BYOC_EAUTH || rc == BYOC_EINTR || rc == BYOC_EPROTO)
				goto out;
			if (rc == 0) {
				dt_snapshot_free(cur);
				cur = s;
				poll_failures = 0;
			} else if (++poll_failures >= DT_POLL_FAILURES_MAX) {
				/* each poll already retried; this many in a row is not transient */
				goto out;
			}
			/* other errors (transient, already retried): keep polling until the deadline */
		}
		if (!cur) {
			if ((rc = http_sleep_ms(200, c->cancel)) < 0)
				goto out;
			continue;
		}
		if (!st) {
			long nap;

			if (dt_snapshot_state_terminal(cur->state))
				break;
			if (log && !stream_done && !strcmp(cur->state, "building") && now >= log_retry_at) {
				if (!url && dt_snapshot_build_logs_url(c, cur->id, &url) < 0) {
					log_retry_at = http_now_ms() + 1000;
				} else if (url) {
					sink.seen = 0;
					sink.skip = sink.bytes;
					rc = open_log_stream(c, url, true, &sink, &resp, &st);
					if (rc < 0 || resp.status < 200 || resp.status >= 300) {
						/* 404 early in a build, or a transient failure: later */
						http_stream_close(st);
						st = NULL;
						log_retry_at = http_now_ms() + 500;
					} else {
						idle_ms = 0;
						idle_count = 0;
					}
					continue;
				}
			}
			nap = (long)(next_poll - http_now_ms());
			if (log && !stream_done && !strcmp(cur->state, "building") && log_retry_at &&
			    log_retry_at - http_now_ms() < nap)
				nap = (long)(log_retry_at - http_now_ms());
			if (deadline_ms && nap > deadline_ms - http_now_ms())
				nap = (long)(deadline_ms - http_now_ms());
			if (nap > 0 && (rc = http_sleep_ms(nap, c->cancel)) < 0)
				goto out;
			continue;
		}
		/* streaming: pump up to the next poll */
		{
			long wait = (long)(next_poll - now);
			int w;

			if (wait < 50)
				wait = 50;
			if (wait > 1000)
				wait = 1000;
			w = http_stream_wait(st, wait);
			if (w == HTTP_STREAM_DATA) {
				idle_ms = 0;
				idle_count = 0;
			} else if (w == HTTP_STREAM_IDLE) {
				idle_ms += wait;
				if (idle_ms >= 2000) {
					idle_ms = 0;
					if (dt_snapshot_state_terminal(cur->state))
						idle_count++;
					else
						idle_count = 0;
					if (idle_count >= 2) {
						http_stream_close(st);
						st = NULL;
						stream_done = true;
					}
				}
			} else {
				/* EOF, or the stream broke: stop streaming, keep waiting */
				if (w < 0 && (w == BYOC_EINTR || (c->cancel && *c->cancel))) {
					rc = w;
					goto out;
				}
				http_stream_close(st);
				st = NULL;
				if (w < 0 && ++resumes <= DT_LOG_RESUMES_MAX) {
					/* cut mid-build (a proxy's idle or age limit): open it again and
					 * skip what was already delivered; the polls go on meanwhile */
					byoc_err_clear();
					log_retry_at = http_now_ms() + 500;
					next_poll = 0;
				} else {
					stream_done = true;
				}
			}
		}
	}
	if (log && sink.bytes == 0 && strcmp(cur->state, "active"))
		fetch_whole_log(c, cur->id, &sink);
	rc = snapshot_outcome(cur, id_or_name);
out:
	http_stream_close(st);
	http_resp_release(&resp);
	free(url);
	if (final)
		*final = cur;
	else
		dt_snapshot_free(cur);
	return rc;
}

int dt_snapshot_wait(struct dt_client *c, const char *id_or_name, int64_t deadline_ms,
		     struct dt_snapshot **final)
{
	return dt_snapshot_follow_logs(c, id_or_name, NULL, NULL, deadline_ms, final);
}

/* ---- sandboxes --------------------------------------------------------------------- */

void dt_sandbox_free(struct dt_sandbox *s)
{
	if (!s)
		return;
	free(s->id);
	free(s->name);
	free(s->state);
	free(s->desired_state);
	free(s->snapshot);
	free(s->target);
	free(s->user);
	free(s->error_reason);
	free(s->toolbox_proxy_url);
	free(s->created_at);
	free(s->updated_at);
	free(s->last_activity_at);
	json_decref(s->json);
	free(s);
}

json_t *dt_sandbox_json_redacted(const struct dt_sandbox *s)
{
	json_t *copy = json_deep_copy(s->json), *env, *v;
	const char *k;

	if (copy && (env = json_object_get(copy, "env")) && json_is_object(env))
		json_object_foreach(env, k, v)
			json_object_set_new(env, k, json_string("[redacted]"));
	return copy;
}

int dt_sandbox_from_json(const json_t *j, struct dt_sandbox **out)
{
	struct dt_sandbox *s;
	const json_t *labels;
	int rc = 0;

	*out = NULL;
	if (!json_is_object(j))
		return byoc_fail(BYOC_EPROTO, "sandbox answer is not a JSON object");
	if (!json_is_string(json_object_get(j, "id")))
		return byoc_fail(BYOC_EPROTO, "sandbox answer lacks an id");
	s = calloc(1, sizeof(*s));
	if (!s)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	s->json = json_deep_copy(j);
	if (!s->json) {
		free(s);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	/* labels must be an object of strings: drop anything else */
	labels = json_object_get(s->json, "labels");
	if (!json_is_object(labels)) {
		json_object_set_new(s->json, "labels", json_object());
	} else {
		const char *k;
		json_t *v;
		void *tmp;

		json_object_foreach_safe((json_t *)labels, tmp, k, v)
			if (!json_is_string(v))
				json_object_del((json_t *)labels, k);
	}
	s->labels = json_object_get(s->json, "labels");
	s->env = json_is_object(json_object_get(s->json, "env")) ? json_object_get(s->json, "env") : NULL;
	rc |= jdup(j, "id", &s->id);
	rc |= jdup(j, "name", &s->name);
	rc |= jdup(j, "state", &s->state);
	rc |= jdup(j, "desiredState", &s->desired_state);
	rc |= jdup(j, "snapshot", &s->snapshot);
	rc |= jdup(j, "target", &s->target);
	rc |= jdup(j, "user", &s->user);
	rc |= jdup(j, "errorReason", &s->error_reason);
	rc |= jdup(j, "toolboxProxyUrl", &s->toolbox_proxy_url);
	rc |= jdup(j, "createdAt", &s->created_at);
	rc |= jdup(j, "updatedAt", &s->updated_at);
	rc |= jdup(j, "lastActivityAt", &s->last_activity_at);
	if (!s->name && !rc)
		rc |= (s->name = strdup(s->id)) ? 0 : BYOC_ENOMEM;
	if (!s->state && !rc)
		rc |= (s->state = strdup("unknown")) ? 0 : BYOC_ENOMEM;
	if (rc) {
		dt_sandbox_free(s);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	s->cpu = jlong(j, "cpu", -1);
	s->gpu = jlong(j, "gpu", -1);
	s->memory = jlong(j, "memory", -1);
	s->disk = jlong(j, "disk", -1);
	s->auto_stop_interval = jlong(j, "autoStopInterval", LONG_MIN);
	s->auto_archive_interval = jlong(j, "autoArchiveInterval", LONG_MIN);
	s->auto_delete_interval = jlong(j, "autoDeleteInterval", LONG_MIN);
	s->network_block_all = jbool(j, "networkBlockAll");
	s->recoverable = jbool(j, "recoverable");
	s->is_public = jbool(j, "public");
	*out = s;
	return 0;
}

const char *dt_sandbox_label(const struct dt_sandbox *s, const char *key)
{
	return json_string_value(json_object_get(s->labels, key));
}

void dt_sandbox_create_init(struct dt_sandbox_create *p)
{
	memset(p, 0, sizeof(*p));
	p->auto_stop_interval = DT_UNSET;
	p->auto_archive_interval = DT_UNSET;
	p->auto_delete_interval = DT_UNSET;
	p->ttl_minutes = DT_UNSET;
	p->auto_pause_interval = DT_UNSET;
}

int dt_network_allow_check(const char *list)
{
	const char *p = list;
	int n = 0;

	if (!list || !*list)
		return byoc_fail(BYOC_EUSAGE, "network allow list is empty: give CIDRs such as 10.0.0.0/8,192.168.1.0/24");
	for (;;) {
		unsigned a, b, c, d, bits;
		int used = 0;
		size_t len = strcspn(p, ",");

		if (sscanf(p, "%3u.%3u.%3u.%3u/%2u%n", &a, &b, &c, &d, &bits, &used) != 5 || (size_t)used != len ||
		    a > 255 || b > 255 || c > 255 || d > 255 || bits > 32)
			return byoc_fail(BYOC_EUSAGE, "network allow list: '%.*s' is not an IPv4 CIDR such as 10.0.0.0/8",
					 (int)len, p);
		if (++n > 10)
			return byoc_fail(BYOC_EUSAGE, "network allow list: at most 10 CIDRs");
		if (!p[len])
			return 0;
		p += len + 1;
	}
}

static int parse_sandbox(const json_t *j, void *out)
{
	return dt_sandbox_from_json(j, out);
}

static int sandbox_call(struct dt_client *c, const char *method, const char *path, const json_t *body,
			int flags, const char *what, struct dt_sandbox **out)
{
	if (out)
		*out = NULL;
	return resource_call(c, method, path, body, flags, what, parse_sandbox, out);
}

static int string_map(const json_t *m, const char *field, const char *what, json_t *b)
{
	const char *k;
	json_t *v;

	if (!m)
		return 0;
	if (!json_is_object(m))
		return byoc_fail(BYOC_EUSAGE, "%s: %s must be an object", what, field);
	json_object_foreach((json_t *)m, k, v)
		if (!json_is_string(v))
			return byoc_fail(BYOC_EUSAGE, "%s: %s value of '%s' is not a string", what, field, k);
	json_object_set_new(b, field, json_deep_copy(m));
	return 0;
}

int dt_sandbox_create(struct dt_client *c, const struct dt_sandbox_create *p, struct dt_sandbox **out)
{
	json_t *b = json_object();
	const char *target = p->target ? p->target : c->target;
	char what[300];
	int rc;

	if (out)
		*out = NULL;
	if (p->name)
		snprintf(what, sizeof(what), "create sandbox '%s'", p->name);
	else
		snprintf(what, sizeof(what), "create sandbox");
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (p->name)
		json_object_set_new(b, "name", json_string(p->name));
	if (p->snapshot)
		json_object_set_new(b, "snapshot", json_string(p->snapshot));
	if (p->user)
		json_object_set_new(b, "user", json_string(p->user));
	if ((rc = string_map(p->env, "env", what, b)) < 0 || (rc = string_map(p->labels, "labels", what, b)) < 0)
		goto out;
	if (p->network_block_all)
		json_object_set_new(b, "networkBlockAll", json_true());
	if (p->network_allow_list)
		json_object_set_new(b, "networkAllowList", json_string(p->network_allow_list));
	if (p->ttl_minutes != DT_UNSET)
		json_object_set_new(b, "ttlMinutes", json_integer(p->ttl_minutes));
	if (p->auto_pause_interval != DT_UNSET)
		json_object_set_new(b, "autoPauseInterval", json_integer(p->auto_pause_interval));
	if (p->secrets && json_object_size(p->secrets)) {
		/* the spec's shape: one {ENV: name} object per secret */
		json_t *arr = json_array(), *v;
		const char *k;

		json_object_foreach((json_t *)p->secrets, k, v)
			json_array_append_new(arr, json_pack("{s:O}", k, v));
		json_object_set_new(b, "secrets", arr);
	}
	if (target && *target)
		json_object_set_new(b, "target", json_string(target));
	if (p->auto_stop_interval != DT_UNSET)
		json_object_set_new(b, "autoStopInterval", json_integer(p->auto_stop_interval));
	if (p->auto_archive_interval != DT_UNSET)
		json_object_set_new(b, "autoArchiveInterval", json_integer(p->auto_archive_interval));
	if (p->auto_delete_interval != DT_UNSET)
		json_object_set_new(b, "autoDeleteInterval", json_integer(p->auto_delete_interval));
	rc = sandbox_call(c, "POST", "/sandbox", b, p->retry ? DT_IDEMPOTENT : 0, what, out);
out:
	json_decref(b);
	return rc;
}

static int sandbox_path_call_f(struct dt_client *c, const char *method, const char *fmt, const char *id,
			       long num, const json_t *body, int flags, const char *verb, struct dt_sandbox **out)
{
	char *e = esc(id), *path = NULL, what[300];
	int rc;

	if (out)
		*out = NULL;
	snprintf(what, sizeof(what), "%s sandbox '%s'", verb, id);
	if (!e || asprintf(&path, fmt, e, num) < 0) {
		free(e);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = sandbox_call(c, method, path, body, flags, what, out);
	free(e);
	free(path);
	return rc;
}

static int sandbox_path_call(struct dt_client *c, const char *method, const char *fmt, const char *id,
			     long num, const json_t *body, const char *verb, struct dt_sandbox **out)
{
	return sandbox_path_call_f(c, method, fmt, id, num, body, 0, verb, out);
}

int dt_sandbox_get(struct dt_client *c, const char *id_or_name, struct dt_sandbox **out)
{
	return sandbox_path_call(c, "GET", "/sandbox/%s", id_or_name, 0, NULL, "get", out);
}

void dt_sandbox_list_release(struct dt_sandbox_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		dt_sandbox_free(l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

int dt_sandbox_list(struct dt_client *c, const json_t *labels, struct dt_sandbox_list *out)
{
	char *elabels = NULL, *cursor = NULL;
	int rc = 0, page;

	out->items = NULL;
	out->count = 0;
	if (labels) {
		char *s;

		if (!json_is_object(labels))
			return byoc_fail(BYOC_EUSAGE, "list sandboxes: the labels filter must be an object");
		s = json_dumps(labels, JSON_COMPACT | JSON_SORT_KEYS);
		elabels = s ? esc(s) : NULL;
		free(s);
		if (!elabels)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	for (page = 0; page < MAX_PAGES; page++) {
		json_t *j = NULL, *next;
		char *path = NULL, *ecur = cursor ? esc(cursor) : NULL;

		if ((cursor && !ecur) ||
		    asprintf(&path, "/sandbox?limit=100%s%s%s%s", elabels ? "&labels=" : "", elabels ? elabels : "",
			     ecur ? "&cursor=" : "", ecur ? ecur : "") < 0) {
			free(ecur);
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			break;
		}
		free(ecur);
		rc = dt_request(c, "GET", path, NULL, 0, "list sandboxes", &j, NULL);
		free(path);
		if (rc < 0)
			break;
		rc = page_items(j, "list sandboxes", parse_sandbox, (void ***)&out->items, &out->count);
		next = json_object_get(j, "nextCursor");
		free(cursor);
		cursor = NULL;
		if (rc == 0 && json_is_string(next) && json_string_length(next) &&
		    json_array_size(json_object_get(j, "items"))) {
			cursor = strdup(json_string_value(next));
			if (!cursor)
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		json_decref(j);
		if (rc < 0 || !cursor)
			break;
		if (c->cancel && *c->cancel) {
			rc = byoc_fail(BYOC_EINTR, "list sandboxes: interrupted");
			break;
		}
	}
	free(cursor);
	free(elabels);
	if (rc < 0)
		dt_sandbox_list_release(out);
	return rc < 0 ? rc : 0;
}

int dt_sandbox_set_labels(struct dt_client *c, const char *id_or_name, const json_t *labels,
			  struct dt_sandbox **out)
{
	json_t *b = json_object();
	char what[300];
	int rc;

	if (out)
		*out = NULL;
	snprintf(what, sizeof(what), "set labels of sandbox '%s'", id_or_name);
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if ((rc = string_map(labels ? labels : b, "labels", what, b)) == 0 && !labels)
		json_object_set_new(b, "labels", json_object());
	if (rc == 0)
		rc = sandbox_path_call(c, "PUT", "/sandbox/%s/labels", id_or_name, 0, b, "set labels of", out);
	json_decref(b);
	return rc;
}

/*
 * A lifecycle call is safe to send again, and a replay whose first attempt went through
 * is refused (Daytona answers 400 or 409 to a stop of a stopped sandbox, and 502 or 400
 * during a transition, daytona#4142): after a failure the sandbox is read back, and being
 * in (or on the way to) the state asked for is success. A 409 of a sandbox in another
 * transition (a start or a restore under way) is asked again, with the client's backoff,
 * up to its max_attempts.
 */
static int lifecycle(struct dt_client *c, const char *fmt, const char *id, const char *verb,
		     const char *const *done, struct dt_sandbox **out)
{
	char msg[1024];
	int rc, attempt = 0;

	do {
		struct dt_sandbox *sb = NULL;

		if (attempt && http_backoff(c->http, attempt) < 0)
			return byoc_fail(BYOC_EINTR, "interrupted");
		attempt++;
		rc = sandbox_path_call_f(c, "POST", fmt, id, 0, NULL, DT_IDEMPOTENT, verb, out);
		if (rc == 0 || rc == BYOC_EAUTH || rc == BYOC_ENOTFOUND || rc == BYOC_EINTR)
			return rc;
		snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
		if (dt_sandbox_get(c, id, &sb) == 0 && sb->state) {
			for (const char *const *d = done; *d; d++) {
				if (strcmp(sb->state, *d) == 0) {
					if (out)
						*out = sb;
					else
						dt_sandbox_free(sb);
					return 0;
				}
			}
		}
		dt_sandbox_free(sb);
	} while (rc == BYOC_ECONFLICT && attempt < http_client_opts(c->http)->max_attempts);
	if (attempt > 1)
		return byoc_fail(rc, "%s (after %d attempts)", msg, attempt);
	return byoc_fail(rc, "%s", msg);
}

int dt_sandbox_get_settled(struct dt_client *c, const char *id, int64_t deadline_ms, struct dt_sandbox **out)
{
	static const char *const on_the_way[] = { "creating", "starting", "restoring", "pulling_snapshot", NULL };
	static const char *const started[] = { "started", NULL };
	int rc = dt_sandbox_get(c, id, out);

	if (rc < 0 || !(*out)->state)
		return rc;
	for (size_t i = 0; on_the_way[i]; i++)
		if (!strcmp((*out)->state, on_the_way[i])) {
			struct dt_sandbox *s = NULL;
			if ((rc = dt_sandbox_wait_state(c, (*out)->id, started, deadline_ms, &s)) < 0)
				return rc;
			dt_sandbox_free(*out);
			*out = s;
			break;
		}
	return 0;
}

int dt_sandbox_start(struct dt_client *c, const char *id, struct dt_sandbox **out)
{
	static const char *const done[] = { "started", "starting", NULL };

	return lifecycle(c, "/sandbox/%s/start", id, "start", done, out);
}

int dt_sandbox_stop(struct dt_client *c, const char *id, struct dt_sandbox **out)
{
	static const char *const done[] = { "stopped", "stopping", NULL };

	return lifecycle(c, "/sandbox/%s/stop", id, "stop", done, out);
}

int dt_sandbox_archive(struct dt_client *c, const char *id, struct dt_sandbox **out)
{
	static const char *const done[] = { "archived", "archiving", NULL };

	return lifecycle(c, "/sandbox/%s/archive", id, "archive", done, out);
}

int dt_sandbox_delete(struct dt_client *c, const char *id, struct dt_sandbox **out)
{
	json_t *j = NULL;
	char *e = esc(id), *path = NULL, what[300];
	int rc;

	if (out)
		*out = NULL;
	snprintf(what, sizeof(what), "delete sandbox '%s'", id);
	if (!e || asprintf(&path, "/sandbox/%s", e) < 0) {
		free(e);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = dt_request(c, "DELETE", path, NULL, 0, what, &j, NULL);
	free(e);
	free(path);
	/* the body is a Sandbox on Daytona; tolerate an empty one */
	if (rc == 0 && out && json_is_object(j) && dt_sandbox_from_json(j, out) < 0)
		*out = NULL;
	json_decref(j);
	return rc;
}

int dt_sandbox_delete_until(struct dt_client *c, const char *id, int64_t deadline_ms)
{
	char msg[1024];
	int rc, attempt;

	for (attempt = 1;; attempt++) {
		rc = dt_sandbox_delete(c, id, NULL);
		if (rc == 0 || rc == BYOC_ENOTFOUND)
			return 0;
		if (rc != BYOC_ECONFLICT && rc != BYOC_EIO && rc != BYOC_ETIMEOUT)
			break;
		if (http_now_ms() >= deadline_ms)
			break;
		if (http_sleep_ms(250, c->cancel) < 0)
			return byoc_fail(BYOC_EINTR, "delete sandbox %s: interrupted", id);
	}
	if (attempt == 1)
		return rc;
	/* the last answer, and how often it was asked */
	snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
	return byoc_fail(rc, "%s (after %d attempts)", msg, attempt);
}

char *dt_sandbox_find_lost(struct dt_client *c, const char *name, const char *label, const char *value,
			   int64_t deadline)
{
	int64_t absent_since = 0;
	struct dt_sandbox *sb;
	char *id = NULL;
	int rc;

	for (;;) {
		sb = NULL;
		rc = dt_sandbox_get(c, name, &sb);
		if (rc == 0) {
			const char *v = dt_sandbox_label(sb, label);

			if (v && value && strcmp(v, value) == 0)
				id = strdup(sb->id);  /* NULL on ENOMEM: nothing more can be done */
			dt_sandbox_free(sb);
			return id;
		}
		if (rc == BYOC_ENOTFOUND) {
			if (!absent_since)
				absent_since = http_now_ms();
			else if (http_now_ms() - absent_since >= 2000)
				return NULL;
		}
		int64_t left = deadline - http_now_ms();
		if (left <= 0)
			return NULL;
		http_sleep_ms(left < 500 ? left : 500, NULL);
	}
}

int dt_sandbox_set_autostop(struct dt_client *c, const char *id, int minutes, struct dt_sandbox **out)
{
	return sandbox_path_call(c, "POST", "/sandbox/%s/autostop/%ld", id, minutes, NULL, "set autostop of", out);
}

int dt_sandbox_set_autoarchive(struct dt_client *c, const char *id, int minutes, struct dt_sandbox **out)
{
	return sandbox_path_call(c, "POST", "/sandbox/%s/autoarchive/%ld", id, minutes, NULL,
				 "set autoarchive of", out);
}

int dt_sandbox_set_autodelete(struct dt_client *c, const char *id, int minutes, struct dt_sandbox **out)
{
	return sandbox_path_call(c, "POST", "/sandbox/%s/autodelete/%ld", id, minutes, NULL,
				 "set autodelete of", out);
}

static bool in_list(const char *s, const char *const *l)
{
	for (; l && *l; l++)
		if (s && !strcmp(s, *l))
			return true;
	return false;
}

int dt_sandbox_wait_state(struct dt_client *c, const char *id_or_name, const char *const *targets,
			  int64_t deadline_ms, struct dt_sandbox **out)
{
	int64_t t0 = http_now_ms();
	double interval = 100;
	struct dt_sandbox *s = NULL;
	char last[64] = "unknown";
	int rc, poll_failures = 0;

	if (out)
		*out = NULL;
	for (;;) {
		int64_t now;
		long nap;

		rc = dt_sandbox_get(c, id_or_name, &s);
		if (rc == BYOC_ENOTFOUND) {
			if (in_list("destroyed", targets))
				return 0;
			return rc;
		}
		if (rc == BYOC_EAUTH || rc == BYOC_EINTR || rc == BYOC_EPROTO)
			return rc;
		if (rc < 0 && ++poll_failures >= DT_POLL_FAILURES_MAX)
			return rc;
		if (rc == 0) {
			poll_failures = 0;
			snprintf(last, sizeof(last), "%s", s->state);
			if (in_list(s->state, targets)) {
				if (out)
					*out = s;
				else
					dt_sandbox_free(s);
				return 0;
			}
			if (!strcmp(s->state, "error") || !strcmp(s->state, "build_failed")) {
				rc = byoc_fail(BYOC_EFAIL, "sandbox '%s' is in state %s: %s", id_or_name, s->state,
					       s->error_reason && *s->error_reason ? s->error_reason
										   : "no reason given");
				if (out)
					*out = s;
				else
					dt_sandbox_free(s);
				return rc;
			}
			dt_sandbox_free(s);
			s = NULL;
		}
		now = http_now_ms();
		if (deadline_ms && now >= deadline_ms)
			return byoc_fail(BYOC_ETIMEOUT, "sandbox '%s' still %s after %lld s", id_or_name, last,
					 (long long)((now - t0) / 1000));
		if (now - t0 >= 5000) {
			interval *= 1.1;
			if (interval > 1000)
				interval = 1000;
		}
		nap = (long)interval;
		if (deadline_ms && nap > deadline_ms - now)
			nap = (long)(deadline_ms - now);
		if ((rc = http_sleep_ms(nap, c->cancel)) < 0)
			return byoc_fail(BYOC_EINTR, "waiting for sandbox '%s': interrupted", id_or_name);
	}
}

int dt_sandbox_toolbox_proxy_url(struct dt_client *c, const char *id, char **url)
{
	char what[300];

	snprintf(what, sizeof(what), "toolbox proxy url of sandbox '%s'", id);
	return url_call(c, "/sandbox/%s/toolbox-proxy-url", id, what, url);
}

/* ---- object storage ---------------------------------------------------------------- */

int dt_push_access(struct dt_client *c, json_t **out)
{
	json_t *j = NULL;
	int rc;

	*out = NULL;
	rc = dt_request(c, "GET", "/object-storage/push-access", NULL, 0, "object storage push access", &j, NULL);
	if (rc < 0)
		return rc;
	if (!json_is_object(j)) {
		json_decref(j);
		return byoc_fail(BYOC_EPROTO, "object storage push access: the answer is not a JSON object");
	}
	*out = j;
	return 0;
}

/* ---- label merge ----------------------------------------------------------------- */

#define MERGE_ROUNDS 30

static int read_labels(struct dt_client *c, const char *id, json_t **out, char **real_id)
{
	struct dt_sandbox *s = NULL;
	int rc;

	*out = NULL;
	if ((rc = dt_sandbox_get(c, id, &s)) < 0)
		return rc;
	*out = json_deep_copy(s->labels);
	if (real_id && !*real_id)
		*real_id = strdup(s->id);
	dt_sandbox_free(s);
	return *out ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

int dt_sandbox_merge_labels(struct dt_client *c, const char *id, const struct labels_changes *ch,
			    const struct dt_merge_opts *opts, json_t **final)
{
	json_t *before = NULL, *again = NULL, *want = NULL, *after = NULL;
	volatile sig_atomic_t *cancel = http_client_opts(c->http)->cancel;
	long settle = opts && opts->settle_ms > 0 ? opts->settle_ms : 60;
	char *real_id = NULL;
	int round, rc = 0;

	if (final)
		*final = NULL;
	for (round = 1; round <= MERGE_ROUNDS; round++) {
		json_decref(before);
		json_decref(again);
		json_decref(want);
		json_decref(after);
		before = again = want = after = NULL;
		if (round > 1 && (rc = http_sleep_ms(20 + (long)rand_below(40 * (uint64_t)round), cancel)) < 0)
			goto out;
		if ((rc = read_labels(c, real_id ? real_id : id, &before, &real_id)) < 0)
			goto out;
		if (opts && opts->guard && (rc = opts->guard(opts->guard_arg, real_id, before)) != 0)
			goto out;
		if (!labels_satisfied(before, ch)) {
			if (!(want = json_deep_copy(before)) || labels_apply(want, ch) < 0) {
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
				goto out;
			}
			if ((rc = read_labels(c, real_id, &again, NULL)) < 0)
				goto out;
			if (!labels_equal(before, again))
				continue;   /* someone wrote in between */
			if ((rc = dt_sandbox_set_labels(c, real_id, want, NULL)) < 0)
				goto out;
			if ((rc = read_labels(c, real_id, &after, NULL)) < 0)
				goto out;
			if (!labels_satisfied(after, ch))
				continue;   /* overwritten */
			json_decref(after);
			after = NULL;
		}
		if ((rc = http_sleep_ms(settle, cancel)) < 0 || (rc = read_labels(c, real_id, &after, NULL)) < 0)
			goto out;
		if (!labels_satisfied(after, ch))
			continue;
		if (final) {
			*final = after;
			after = NULL;
		}
		rc = 0;
		goto out;
	}
	rc = byoc_fail(BYOC_EFAIL, "labels of '%s' kept changing under %d attempts; try again", id, MERGE_ROUNDS);
out:
	json_decref(before);
	json_decref(again);
	json_decref(want);
	json_decref(after);
	free(real_id);
	return rc;
}
