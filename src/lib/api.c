#include "lib/api.h"
#include "util/err.h"
#include "util/wipe.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define API_RESP_MAX ((size_t)32 << 20)
#define API_MSG_MAX 300
#define API_HEADERS_MAX 24

int api_status_code(long status)
{
	switch (status) {
	case 401:
	case 403: return BYOC_EAUTH;
	case 404: return BYOC_ENOTFOUND;
	case 408: return BYOC_ETIMEOUT;
	case 409:
	case 412: return BYOC_ECONFLICT;
	default: return BYOC_EFAIL;   /* 429 and 5xx included: retried already where allowed */
	}
}

static const char *status_text(long st)
{
	switch (st) {
	case 400: return "bad request";
	case 401: return "unauthorized";
	case 403: return "forbidden";
	case 404: return "not found";
	case 408: return "request timeout";
	case 409: return "conflict";
	case 410: return "gone";
	case 412: return "precondition failed";
	case 422: return "unprocessable entity";
	case 429: return "too many requests";
	case 500: return "internal server error";
	case 502: return "bad gateway";
	case 503: return "service unavailable";
	case 504: return "gateway timeout";
	default: return st >= 500 ? "server error" : "error";
	}
}

/* The strings of array a joined with ", " into out; false when none. */
static bool join_strings(const json_t *a, struct buf *out)
{
	const json_t *v;
	size_t i;

	if (!json_is_array(a))
		return false;
	json_array_foreach(a, i, v) {
		if (!json_is_string(v))
			continue;
		if (out->len)
			buf_puts(out, ", ");
		buf_puts(out, json_string_value(v));
	}
	return out->len > 0;
}

void api_error_nest(long status, const char *body, size_t len, struct api_error *e)
{
	json_t *j = len ? json_loadb(body, len, JSON_DECODE_ANY, NULL) : NULL;
	const json_t *m;

	(void)status;
	if (json_is_object(j)) {
		m = json_object_get(j, "message");
		if (json_is_string(m) && json_string_length(m)) {
			buf_puts(&e->msg, json_string_value(m));
			goto done;
		}
		if (join_strings(m, &e->msg))
			goto done;
		m = json_object_get(j, "error");
		if (json_is_string(m) && json_string_length(m)) {
			buf_puts(&e->msg, json_string_value(m));
			goto done;
		}
		if (join_strings(json_object_get(j, "errors"), &e->msg))
			goto done;
	}
	buf_append(&e->msg, body, len > 4096 ? 4096 : len);
done:
	json_decref(j);
}

int api_fail_status(const struct api *api, long status, const char *body, size_t len, const char *what)
{
	struct api_error e;
	char *red, *p;
	int code = api_status_code(status);

	memset(&e, 0, sizeof(e));
	buf_init(&e.msg, 8192);
	if (!body)
		body = "", len = 0;
	(api && api->read_error ? api->read_error : api_error_nest)(status, body, len, &e);
	red = http_redact(api ? api->http : NULL, e.msg.data, API_MSG_MAX);
	buf_release(&e.msg);
	if (red) {
		for (p = red; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		for (p = red + strlen(red); p > red && p[-1] == ' '; p--)
			p[-1] = '\0';
	}
	byoc_fail(code, "%s: %ld %s%s%s%s%s%s", what, status, e.kind[0] ? e.kind : status_text(status),
		  red && *red ? ": " : "", red ? red : "", e.hint ? " (" : "", e.hint ? e.hint : "", e.hint ? ")" : "");
	free(red);
	return code;
}

static char *join_url(const struct api *api, const char *path)
{
	char *u;

	if (!strncmp(path, "http://", 7) || !strncmp(path, "https://", 8))
		return strdup(path);
	if (asprintf(&u, "%s%s%s", api->base_url, path[0] == '/' ? "" : "/", path) < 0)
		return NULL;
	return u;
}

int api_do(const struct api *api, const struct api_req *r, struct http_req *req, long *status,
	   struct http_resp *hresp)
{
	const char *hdrs[API_HEADERS_MAX + 1];
	struct http_resp own;
	struct http_resp *resp = hresp ? hresp : &own;
	char *url;
	size_t n = 0;
	int rc;

	if (status)
		*status = 0;
	http_resp_init(resp);
	for (const char *const *h = api->headers; h && *h && n < API_HEADERS_MAX; h++)
		hdrs[n++] = *h;
	for (const char *const *h = r->headers; h && *h && n < API_HEADERS_MAX; h++)
		hdrs[n++] = *h;
	hdrs[n] = NULL;
	if (!(url = join_url(api, r->path)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	req->method = r->method;
	req->url = url;
	req->headers = hdrs;
	req->idempotent = r->flags & API_IDEMPOTENT;
	req->no_retry = r->flags & API_NO_RETRY;
	if (r->timeout_ms)
		req->timeout_ms = r->timeout_ms;
	if (r->deadline_ms)
		req->deadline_ms = r->deadline_ms;
	rc = http_do(api->http, req, resp);
	if (status)
		*status = resp->status;
	if (rc < 0) {
		byoc_fail_wrap(rc, "%s", r->what);
	} else if (resp->status < 200 || resp->status >= 300) {
		if (req->write || !req->resp)
			rc = api_fail_status(api, resp->status, resp->errbody.data, resp->errbody.len, r->what);
		else
			rc = api_fail_status(api, resp->status, req->resp->data, req->resp->len, r->what);
		if (resp->attempts > 1) {
			char msg[1024];

			snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
			byoc_fail(rc, "%s (after %d attempts)", msg, resp->attempts);
		}
	}
	req->url = NULL;
	req->headers = NULL;
	free(url);
	if (resp == &own)
		http_resp_release(&own);
	return rc;
}

int api_json(const struct api *api, const struct api_req *r, size_t max, long *status, json_t **out)
{
	static const char *const json_ctype[] = { "Content-Type: application/json", NULL };
	const char *hdrs[API_HEADERS_MAX + 1];
	struct api_req call = *r;
	struct http_req req;
	struct buf rb;
	char *js = NULL;
	json_error_t jerr;
	size_t n = 0, k;
	int rc;

	if (out)
		*out = NULL;
	memset(&req, 0, sizeof(req));
	buf_init(&rb, max ? max : API_RESP_MAX);
	if (r->body) {
		if (!(js = json_dumps(r->body, JSON_COMPACT | JSON_ENCODE_ANY))) {
			if (status)
				*status = 0;
			return byoc_fail(BYOC_ENOMEM, "%s: cannot encode the request", r->what);
		}
		req.body = js;
		req.body_len = strlen(js);
		for (const char *const *h = r->headers; h && *h && n < API_HEADERS_MAX - 1; h++)
			hdrs[n++] = *h;
		hdrs[n++] = json_ctype[0];
		hdrs[n] = NULL;
		call.headers = hdrs;
	}
	req.resp = &rb;
	rc = api_do(api, &call, &req, status, NULL);
	if (rc == 0 && out) {
		for (k = 0; k < rb.len && isspace((unsigned char)rb.data[k]); k++)
			;
		if (k < rb.len) {
			*out = json_loadb(rb.data, rb.len, JSON_DECODE_ANY, &jerr);
			if (!*out)
				rc = byoc_fail(BYOC_EPROTO, "%s: the server's answer is not JSON (%s)", r->what, jerr.text);
		}
		if (json_is_null(*out)) {
			json_decref(*out);
			*out = NULL;
		}
		if (*out && (r->flags & API_OBJECT) && !json_is_object(*out)) {
			json_decref(*out);
			*out = NULL;
			rc = byoc_fail(BYOC_EPROTO, "%s: the answer is not a JSON object", r->what);
		}
	}
	wipe_str_free(js);
	buf_release_wiped(&rb); /* an answer may carry a credential (push access, a work secret) */
	return rc;
}
