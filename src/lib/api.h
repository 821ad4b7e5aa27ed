/*
 * One call path for every HTTP API byoc speaks: Daytona (daytona.c), its toolbox
 * (tbclient.c), Anthropic (anthropic.c, workq.c) and S3 object storage (objstore.c).
 * A client describes its API once (struct api: base URL, headers sent with every call,
 * how its error bodies read); each call then goes
 *
 *     api_json (JSON body out, JSON answer in)  or  api_do (any body, streamed or not)
 *       -> the URL (base + path) and the headers (the API's, then the call's)
 *       -> http_do (timeouts, retries with backoff, jitter and Retry-After, redaction)
 *       -> a non-2xx status becomes an error through api_fail_status, the one map:
 *
 *     401, 403  BYOC_EAUTH        408       BYOC_ETIMEOUT
 *     404       BYOC_ENOTFOUND    409, 412  BYOC_ECONFLICT
 *     429, 5xx and any other      BYOC_EFAIL (429 and 5xx were already retried by http_do
 *                                 where the method allows)
 *
 * and the message "WHAT: STATUS KIND: MESSAGE (HINT) (after N attempts)", where KIND is
 * what the API's error body names (Anthropic's error type, S3's Code) or else the
 * status's text ("not found"), MESSAGE the body's own words (redacted, on one line) and
 * HINT what the API's reader adds (which key to check).
 *
 * A later client (the orchestrator's, for instance) needs only its struct api: fill it,
 * then call api_json. The struct and the strings it points to are borrowed by each call.
 */
#ifndef BYOC_API_H
#define BYOC_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "lib/http.h"
#include "util/buf.h"

/* What an error answer says, filled by an API's reader. */
struct api_error {
	char kind[96];       /* "not_found_error", "NoSuchKey"; empty: the status's own text */
	struct buf msg;      /* one line of the server's words (may stay empty) */
	const char *hint;    /* static text added in parentheses, or NULL */
};

/* Reads an error body of the API (body may be empty, never NULL) into e. */
typedef void (*api_error_reader)(long status, const char *body, size_t len, struct api_error *e);

struct api {
	struct http_client *http;      /* the client's (timeouts, retries, secrets, traces) */
	const char *base_url;          /* "https://app.daytona.io/api": no trailing '/' */
	const char *const *headers;    /* sent with every call (auth, version); NULL-terminated */
	api_error_reader read_error;   /* NULL: api_error_nest */
};

enum {
	API_IDEMPOTENT = 1 << 0,   /* retry a POST on 5xx and resets, as a PUT is */
	API_NO_RETRY = 1 << 1,     /* one attempt only */
	API_OBJECT = 1 << 2,       /* api_json: the answer must be a JSON object (or nothing) */
};

struct api_req {
	const char *method;            /* "GET", "POST", ... */
	const char *path;              /* appended to base_url ("/sandbox?x=1"); a full http(s) URL as is */
	const char *const *headers;    /* more "Name: value" lines for this call, NULL-terminated */
	const json_t *body;            /* api_json: sent as application/json; NULL: no body */
	int flags;                     /* API_* */
	long timeout_ms, deadline_ms;  /* 0: the client's defaults (http_req's meaning) */
	const char *what;              /* "get sandbox 'x'": the start of every message */
};

/*
 * One JSON call: r->body encoded (and wiped once sent: it may carry a sandbox's
 * environment), the answer parsed. On a 2xx answer *out (may be NULL)
 * gets the JSON value, or NULL for "nothing" (204, an empty body or a JSON null); with
 * API_OBJECT anything else than an object is BYOC_EPROTO. *status (may be NULL) gets the
 * last HTTP status, 0 when none arrived. Errors as above. max: the answer's cap in bytes
 * (0: 32 MiB).
 */
int api_json(const struct api *api, const struct api_req *r, size_t max, long *status, json_t **out);

/*
 * One call of any body: req's body and response fields (body, read/seek, resp or write,
 * aws_sigv4, timeouts) as the caller set them; method, URL, headers and flags from r
 * (r->body unused). The error message is read from req->resp, or from the error body
 * http_do keeps when the answer streams to req->write. *hresp (may be NULL) gets what
 * came back (headers, status), for the caller to read and release.
 */
int api_do(const struct api *api, const struct api_req *r, struct http_req *req, long *status,
	   struct http_resp *hresp);

/* The one status -> error map, with the message above; returns the code. api may be NULL
 * (no redaction, api_error_nest). */
int api_fail_status(const struct api *api, long status, const char *body, size_t len, const char *what);

/* The code of a non-2xx status (the table above). */
int api_status_code(long status);

/* The reader of Daytona's NestJS (and its toolbox's Go) error bodies: "message" (a string
 * or an array joined with ", "), else "error", else "errors", else the raw body. */
void api_error_nest(long status, const char *body, size_t len, struct api_error *e);

#endif
