/*
 * HTTP client over libcurl: one request call with timeouts on every attempt,
 * a retry policy (backoff with full jitter, Retry-After, bounded attempts and
 * an overall deadline), connection reuse, and redacted tracing through a
 * caller-supplied callback. The library never prints.
 *
 * Threads: a struct http_client may be shared by any number of threads. It
 * keeps a pool of curl easy handles (each with its live connections); a call
 * borrows one for its duration, so parallel calls run in parallel and
 * sequential calls reuse connections. curl_global_init runs once.
 *
 * Retry policy (http_do):
 *   - status 429: retried for every method (the server refused it unprocessed);
 *   - status 500, 502, 503, 504, and transport failures after the request may
 *     have been sent (reset, empty reply, partial, recv/send error, timeout):
 *     retried only for GET, HEAD, PUT, DELETE, OPTIONS or when req->idempotent;
 *   - connect-phase failures (refused, resolve, connect timeout): retried for
 *     every method, since nothing reached the server;
 *   - a streamed request body is replayed only when req->seek rewinds it;
 *     a response streamed to req->write is never replayed once bytes went out;
 *   - sleep = uniform(0, min(backoff_max, backoff_base * 2^n)) (full jitter; from half that
 *     cap while the server was never reached),
 *     or Retry-After (delta seconds or HTTP-date) / Retry-After-Ms (milliseconds)
 *     capped at retry_after_max, whichever is longer;
 *   - at most max_attempts attempts (max_connect_attempts while this client never
 *     reached the server: a wrong URL fails fast, a restarting server is waited
 *     for) and never past the call's deadline; a call that fails after more than
 *     one attempt says "(after N attempts)".
 */
#ifndef BYOC_HTTP_H
#define BYOC_HTTP_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "util/buf.h"

struct http_client;

/* Trace sink: one line (no newline), secrets already redacted. Called from
 * whichever thread makes the request: it must be thread-safe when the client
 * is shared. */
typedef void (*http_log_fn)(void *arg, const char *line);

/*
 * Request body source. Return bytes written into p (at most n), 0 at the
 * end, or HTTP_READ_ABORT to fail the call (the callback should have set
 * byoc_fail detail; the call then returns that code, else BYOC_EIO).
 */
typedef ssize_t (*http_read_fn)(void *arg, char *p, size_t n);
#define HTTP_READ_ABORT ((ssize_t)-1)
/* Rewinds the body to its start for a retry. Return 0 on success. */
typedef int (*http_seek_fn)(void *arg);
/* Response body sink (2xx answers only). Return 0 to go on, <0 to abort the
 * call with that code (set byoc_fail detail first). */
typedef int (*http_write_fn)(void *arg, const char *p, size_t n);

/* Client-wide defaults; zeroed fields take the defaults shown. */
struct http_opts {
	long connect_timeout_ms;   /* 10000 */
	long timeout_ms;           /* 120000: total time of one attempt; <0 = none */
	long low_speed_time_s;     /* 60: abort an attempt moving < 1 B/s this long; <0 = off */
	long deadline_ms;          /* 300000: whole call including retries; <0 = none */
	int max_attempts;          /* 8: attempts for 429/5xx/resets (20% faults: 3e-6 to fail) */
	int max_connect_attempts;  /* 6: attempts while no connection could ever be made (a wrong
	                            * URL fails in about 4 s; a server that answered once gets
	                            * max_attempts: it is restarting) */
	long backoff_base_ms;      /* 250 */
	long backoff_max_ms;       /* 8000 */
	long retry_after_max_ms;   /* 60000 */
	const char *user_agent;    /* "byoc/<version>" */
	http_log_fn log;           /* NULL: no tracing */
	void *log_arg;
	/* When non-NULL and *cancel becomes non-zero, calls stop with BYOC_EINTR
	 * (checked during transfers and backoff sleeps). */
	volatile sig_atomic_t *cancel;
	/* Strings redacted from every trace line and error message (e.g. the API
	 * key), besides the Authorization/Cookie/token headers. NULL-terminated; copied. */
	const char *const *secrets;
};

struct http_req {
	const char *method;             /* "GET", "POST", "PUT", "DELETE", "HEAD" */
	const char *url;                /* absolute */
	const char *const *headers;     /* extra "Name: value" lines, NULL-terminated, or NULL */

	/* Body: either in memory ... */
	const void *body;
	size_t body_len;
	/* ... or streamed. body_size < 0: unknown, sent chunked. */
	http_read_fn read;
	void *read_arg;
	long long body_size;
	http_seek_fn seek;              /* NULL: a started body is not replayed */

	/* Response: into resp (capped by resp->max; reset before each attempt) ... */
	struct buf *resp;
	/* ... or streamed to write (2xx only; other statuses land in http_resp.errbody). */
	http_write_fn write;
	void *write_arg;

	/* AWS Signature V4 by libcurl (CURLOPT_AWS_SIGV4, e.g. "aws:amz:us-east-1:s3") with
	 * userpwd "ACCESS_KEY:SECRET"; NULL: none. Used by objstore.c. */
	const char *aws_sigv4;
	const char *userpwd;

	bool idempotent;                /* retry a POST like a PUT */
	bool no_retry;                  /* one attempt only */
	/* Per-call overrides; 0 = client default, <0 = none. */
	long timeout_ms;
	long connect_timeout_ms;
	long low_speed_time_s;
	long deadline_ms;
	int max_attempts;
};

/* What came back from the last attempt. */
struct http_resp {
	long status;          /* 0 when no response arrived */
	int attempts;         /* attempts made */
	struct buf hdrs;      /* raw header lines of the final response (cap 64 KiB) */
	struct buf errbody;   /* non-2xx body when the request streamed to write (cap 64 KiB) */
};

void http_resp_init(struct http_resp *r);
void http_resp_release(struct http_resp *r);
/* Value of response header name (case-insensitive), copied into out (NUL-
 * terminated, truncated to n-1); returns out, or NULL when absent. */
const char *http_resp_header(const struct http_resp *r, const char *name, char *out, size_t n);

/* opts may be NULL. Returns 0 or BYOC_ENOMEM. */
int http_client_new(const struct http_opts *opts, struct http_client **out);
void http_client_free(struct http_client *c);
/* The client's options (read-only view; strings owned by the client). */
const struct http_opts *http_client_opts(const struct http_client *c);

/*
 * Performs req with the retry policy. Returns 0 whenever an HTTP response
 * arrived (whatever its status: read resp->status), or a negative code:
 * BYOC_EIO (transport failure; detail names the URL and curl's reason),
 * BYOC_ETIMEOUT (an attempt or the deadline ran out), BYOC_EINTR (cancel),
 * BYOC_ENOMEM (the response exceeded req->resp's cap), or the code of a
 * read/write callback that aborted. resp may be NULL.
 */
int http_do(struct http_client *c, const struct http_req *req, struct http_resp *resp);

/* ---- long-lived streams (build logs) ------------------------------------------- */

/*
 * A GET whose body is read incrementally with an idle timeout, keeping the
 * connection open between waits. No retries. Body bytes of a 2xx answer go
 * to req->write; other statuses fill http_resp.errbody.
 */
struct http_stream;

/* Starts the request and waits (up to the connect timeout plus timeout_ms)
 * until the status line and headers arrived. Returns 0 (read resp->status) or
 * a negative code. On success *out must be closed with http_stream_close. */
int http_stream_open(struct http_client *c, const struct http_req *req,
		     struct http_resp *resp, struct http_stream **out);
/* Pumps the transfer for up to idle_ms. Returns HTTP_STREAM_DATA when body
 * bytes were delivered, HTTP_STREAM_IDLE when none came in idle_ms,
 * HTTP_STREAM_EOF when the response ended cleanly, or a negative code. */
enum { HTTP_STREAM_IDLE = 0, HTTP_STREAM_DATA = 1, HTTP_STREAM_EOF = 2 };
int http_stream_wait(struct http_stream *s, long idle_ms);
void http_stream_close(struct http_stream *s);

/* ---- helpers ----------------------------------------------------------------- */

/* Monotonic clock in milliseconds (deadlines are absolute values of it). */
int64_t http_now_ms(void);
/* Sleeps ms, waking early (returning BYOC_EINTR) when *cancel is set. */
int http_sleep_ms(long ms, volatile sig_atomic_t *cancel);
/* Sleeps as c does between its own attempts, after attempt (1, 2, ...) of a call that a caller
 * repeats itself (an answer that said "not now"): full jitter, the client's backoff_base_ms
 * doubling up to backoff_max_ms; BYOC_EINTR when c's *cancel is set meanwhile. */
int http_backoff(const struct http_client *c, int attempt);
/* Percent-encodes s for a path segment or query value; caller frees. NULL on OOM. */
char *http_escape(const char *s);
/* Copy of s with the client's secrets and any "Bearer xxx" replaced by
 * "[redacted]", truncated to max bytes (0 = no limit); caller frees. */
char *http_redact(const struct http_client *c, const char *s, size_t max);
/* True when a credential may be sent to url: https, or http to this machine
 * (localhost, 127.0.0.0/8, [::1]: the traffic never leaves it), or any http
 * when the process environment (never a dotenv file) sets
 * BYOC_ALLOW_HTTP_CREDENTIALS=1. Plain http elsewhere would carry the key in
 * clear to whoever is on the path. */
bool http_credentials_allowed(const char *url);
#define HTTP_ALLOW_ENV "BYOC_ALLOW_HTTP_CREDENTIALS"

/* Delay in ms asked by a Retry-After value ("120" or an HTTP-date), or -1. */
long http_parse_retry_after(const char *value);
/* Longest delay in ms asked by a block of response headers ("Name: value" lines):
 * "Retry-After" (seconds or HTTP-date) and "Retry-After-Ms" (milliseconds), each
 * matched by its whole name; -1 when neither is there or parses. */
long http_retry_after_headers(const char *headers);

#endif
