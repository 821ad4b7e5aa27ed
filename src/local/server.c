/*
 * byoc-local's HTTP front: libmicrohttpd (one thread per connection) adapted
 * to the lroute/lreq/lresp interface of server.h. Order for each request:
 * fault injection, route lookup (404), bearer auth (401), then the handler
 * with the buffered body (cap 8 MiB, 413) or the streamed body.
 */
#include "local/server.h"
#include "local/local_int.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/num.h"
#include "util/rand.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define LREQ_MAXPARAMS 8
#define LREQ_BODY_MAX ((size_t)8 << 20)

struct lresp_hdr {
	char *name;
	char *value;
	struct lresp_hdr *next;
};

enum { LRESP_NONE, LRESP_BYTES, LRESP_FD, LRESP_STREAM };

struct lresp {
	int status;
	int kind;
	char *ctype;
	char *data;
	size_t len;
	int fd;
	int64_t size;
	ssize_t (*read)(void *ctx, char *buf, size_t max);
	void *ctx;
	void (*free_ctx)(void *ctx);
	struct lresp_hdr *hdrs;
	struct lresp_hdr **tail;
};

enum { PH_NEW, PH_BODY, PH_DONE };

struct lreq {
	struct local *L;
	struct MHD_Connection *conn;
	char *raw_uri;
	char *path;
	char method[16];
	const struct lroute *route;
	char *params[LREQ_MAXPARAMS];
	int nparams;
	int phase;
	struct buf body;
	bool too_large;
	bool drop_answer;     /* a "drop" fault: handled, then reset instead of answered */
	json_t *json;
	bool json_parsed;
	void *sctx;
	bool stream_open;
	bool stream_failed;
	bool decided;
	struct lresp resp;
	char base_url[160];
	bool sandbox_side;   /* arrived on the sandbox-facing listener */
	int cut_ms;               /* a cut fault matched: a streamed answer is cut after this long */
	struct cutter *cutter;
};

/* ---- small helpers ------------------------------------------------------------------ */

void local_log(const char *fmt, ...)
{
	char ts[40], line[2048];
	va_list ap;

	local_now_iso(ts, sizeof(ts));
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	fprintf(stderr, "byoc-local: %s %s\n", ts, line);
}

void local_now_iso(char *out, size_t n)
{
	struct timespec ts;
	struct tm tm;
	char tmp[32];

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(tmp, sizeof(tmp), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, n, "%s.%03ldZ", tmp, ts.tv_nsec / 1000000);
}

void local_uuid(char *out)
{
	unsigned char b[16];

	/* Ids name stored documents: two alike would overwrite each other, so no id is
	 * made up when the kernel gives no random bytes (getrandom cannot fail for 16
	 * bytes once the pool is ready, as it is long before a server runs). */
	if (rand_bytes(b, sizeof(b)) < 0)
		abort();
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
		 b[13], b[14], b[15]);
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* %XX-decodes n bytes of s into a new string ('+' stays '+': this is a path). */
static char *pct_decode(const char *s, size_t n)
{
	char *out = malloc(n + 1), *o = out;
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			*o = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			if (*o++ == '\0') {
				/* %00 would cut the C string: "victim.txt%00.other" must not name victim.txt */
				free(out);
				return NULL;
			}
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

/* ---- route matching ------------------------------------------------------------------- */

int lroute_match(const char *pattern, const char *raw_path, char **params, int max, int *n)
{
	const char *p = pattern, *s = raw_path;
	int k = 0, i;

	*n = 0;
	for (;;) {
		if (*p == '\0' || *s == '\0') {
			if (*p == '\0' && *s == '\0')
				break;
			goto nomatch;
		}
		if (p[0] == '{' && p[1] == '*' && p[2] == '}' && p[3] == '\0') {
			/* the rest, possibly with '/', possibly empty */
			if (k >= max)
				goto nomatch;
			params[k] = pct_decode(s, strlen(s));
			if (!params[k])
				goto nomatch;
			k++;
			break;
		}
		if (p[0] == '{' && p[1] == '}') {
			size_t len = strcspn(s, "/");

			if (len == 0 || k >= max)
				goto nomatch;
			params[k] = pct_decode(s, len);
			if (!params[k])
				goto nomatch;
			k++;
			s += len;
			p += 2;
			continue;
		}
		if (*p != *s)
			goto nomatch;
		p++;
		s++;
	}
	*n = k;
	return 1;
nomatch:
	for (i = 0; i < k; i++) {
		free(params[i]);
		params[i] = NULL;
	}
	/* "/a/{*}" also matches "/a" exactly with an empty rest */
	return 0;
}

/* ---- faults ---------------------------------------------------------------------------- */

int local_fault_parse(const char *spec, struct local_fault *out)
{
	char method[32], glob[300], rate[32], kind[64], extra[8];
	char *end;
	double r;
	int n;

	memset(out, 0, sizeof(*out));
	n = sscanf(spec, "%31s %299s %31s %63s %7s", method, glob, rate, kind, extra);
	if (n != 4)
		return byoc_fail(BYOC_EUSAGE, "bad --fault '%s': want 'METHOD PATH_GLOB RATE KIND', e.g. 'POST /api/snapshots* 0.2 503'", spec);
	if (strlen(method) >= sizeof(out->method) || strlen(glob) >= sizeof(out->path_glob))
		return byoc_fail(BYOC_EUSAGE, "bad --fault '%s': method or path too long", spec);
	for (end = method; *end; end++)
		*end = (char)toupper((unsigned char)*end);
	errno = 0;
	r = strtod(rate, &end);
	if (end != rate && *end == '%') {
		r /= 100.0;
		end++;
	}
	if (errno || end == rate || *end || !(r >= 0.0 && r <= 1.0))
		return byoc_fail(BYOC_EUSAGE, "bad --fault '%s': rate '%s' must be between 0 and 1 (or 0%%..100%%)", spec, rate);
	if (!strcmp(kind, "500"))
		out->kind = LFAULT_500;
	else if (!strcmp(kind, "503"))
		out->kind = LFAULT_503;
	else if (!strcmp(kind, "429"))
		out->kind = LFAULT_429;
	else if (!strcmp(kind, "404"))
		out->kind = LFAULT_404;
	else if (!strcmp(kind, "reset"))
		out->kind = LFAULT_RESET;
	else if (!strcmp(kind, "drop"))
		out->kind = LFAULT_DROP;
	else if (!strncmp(kind, "delay=", 6)) {
		long ms;

		errno = 0;
		ms = strtol(kind + 6, &end, 10);
		if (errno || end == kind + 6 || *end || ms < 0 || ms > 600000)
			return byoc_fail(BYOC_EUSAGE, "bad --fault '%s': delay must be delay=MS with 0..600000", spec);
		out->kind = LFAULT_DELAY;
		out->delay_ms = (int)ms;
	} else if (!strncmp(kind, "cut=", 4)) {
		double sec;

		errno = 0;
		sec = strtod(kind + 4, &end);
		if (errno || end == kind + 4 || *end || !(sec > 0 && sec <= 86400))
			return byoc_fail(BYOC_EUSAGE, "bad --fault '%s': cut must be cut=SECONDS with 0 < SECONDS <= 86400", spec);
		out->kind = LFAULT_CUT;
		out->delay_ms = (int)(sec * 1000.0 + 0.5);
	} else {
		return byoc_fail(BYOC_EUSAGE, "bad --fault '%s': kind '%s' must be 500, 503, 429, 404, reset, drop, delay=MS or cut=SEC",
				 spec, kind);
	}
	/* lengths checked above */
	memcpy(out->method, method, strlen(method) + 1);
	memcpy(out->path_glob, glob, strlen(glob) + 1);
	out->rate = r;
	return 0;
}

static pthread_mutex_t rng_mu = PTHREAD_MUTEX_INITIALIZER;
static uint64_t rng_state;

static double rng_unit(void)
{
	uint64_t x;

	pthread_mutex_lock(&rng_mu);
	if (!rng_state)
		rng_state = (uint64_t)rand_below(UINT64_MAX) | 1;
	x = rng_state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	rng_state = x;
	pthread_mutex_unlock(&rng_mu);
	return (double)(x >> 11) / (double)(1ULL << 53);
}

/* ---- responses ---------------------------------------------------------------------------- */

static void resp_clear_body(struct lresp *r)
{
	free(r->ctype);
	r->ctype = NULL;
	free(r->data);
	r->data = NULL;
	r->len = 0;
	if (r->kind == LRESP_FD && r->fd >= 0)
		close(r->fd);
	r->fd = -1;
	if (r->kind == LRESP_STREAM && r->free_ctx)
		r->free_ctx(r->ctx);
	r->read = NULL;
	r->ctx = NULL;
	r->free_ctx = NULL;
	r->kind = LRESP_NONE;
}

static void resp_init(struct lresp *r)
{
	memset(r, 0, sizeof(*r));
	r->fd = -1;
	r->tail = &r->hdrs;
}

static void resp_release(struct lresp *r)
{
	struct lresp_hdr *h, *next;

	resp_clear_body(r);
	for (h = r->hdrs; h; h = next) {
		next = h->next;
		free(h->name);
		free(h->value);
		free(h);
	}
	r->hdrs = NULL;
	r->tail = &r->hdrs;
}

void lresp_header(struct lresp *resp, const char *name, const char *value)
{
	struct lresp_hdr *h = calloc(1, sizeof(*h));

	if (!h)
		return;
	h->name = strdup(name);
	h->value = strdup(value);
	if (!h->name || !h->value) {
		free(h->name);
		free(h->value);
		free(h);
		return;
	}
	*resp->tail = h;
	resp->tail = &h->next;
}

void lresp_empty(struct lresp *resp, int status)
{
	resp_clear_body(resp);
	resp->status = status;
	resp->kind = LRESP_BYTES;
}

void lresp_bytes(struct lresp *resp, int status, const char *content_type, const void *p, size_t n)
{
	resp_clear_body(resp);
	resp->status = status;
	resp->kind = LRESP_BYTES;
	resp->ctype = content_type ? strdup(content_type) : NULL;
	resp->data = malloc(n ? n : 1);
	if (!resp->data) {
		resp->status = 500;
		return;
	}
	if (n)
		memcpy(resp->data, p, n);
	resp->len = n;
}

void lresp_json(struct lresp *resp, int status, json_t *doc)
{
	char *s = doc ? json_dumps(doc, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;

	json_decref(doc);
	resp_clear_body(resp);
	resp->status = s ? status : 500;
	resp->kind = LRESP_BYTES;
	resp->ctype = strdup("application/json; charset=utf-8");
	if (!s)
		s = strdup("{\"statusCode\":500,\"message\":\"An unexpected error occurred.\"}");
	resp->data = s;
	resp->len = s ? strlen(s) : 0;
}

void lresp_fd(struct lresp *resp, int status, const char *content_type, int fd, int64_t size)
{
	resp_clear_body(resp);
	resp->status = status;
	resp->kind = LRESP_FD;
	resp->ctype = content_type ? strdup(content_type) : NULL;
	resp->fd = fd;
	resp->size = size;
}

void lresp_stream(struct lresp *resp, int status, const char *content_type,
		  ssize_t (*read_cb)(void *ctx, char *buf, size_t max), void *ctx, void (*free_ctx)(void *ctx))
{
	resp_clear_body(resp);
	resp->status = status;
	resp->kind = LRESP_STREAM;
	resp->ctype = content_type ? strdup(content_type) : NULL;
	resp->read = read_cb;
	resp->ctx = ctx;
	resp->free_ctx = free_ctx;
}

static const char *status_phrase(int status)
{
	switch (status) {
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 413: return "Payload Too Large";
	case 422: return "Unprocessable Entity";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	default: return status >= 500 ? "Internal Server Error" : "Error";
	}
}

static void api_error_v(struct lresp *resp, const struct lreq *req, int status, const char *fmt, va_list ap)
{
	char msg[1024], ts[40];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	local_now_iso(ts, sizeof(ts));
	lresp_json(resp, status, json_pack("{s:s, s:s, s:i, s:s, s:s}", "path", req ? req->path : "/",
					   "timestamp", ts, "statusCode", status, "error",
					   status_phrase(status), "message", msg));
}

void lresp_api_error(struct lresp *resp, const struct lreq *req, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	api_error_v(resp, req, status, fmt, ap);
	va_end(ap);
}

static void go_error_v(struct lresp *resp, const struct lreq *req, int status, const char *code,
		       const char *fmt, va_list ap)
{
	char msg[1024], ts[40];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	local_now_iso(ts, sizeof(ts));
	lresp_json(resp, status, json_pack("{s:i, s:s, s:s, s:s, s:s, s:s}", "statusCode", status,
					   "message", msg, "code", code, "timestamp", ts, "path",
					   req ? req->path : "/", "method", req ? req->method : "GET"));
}

void lresp_go_error(struct lresp *resp, const struct lreq *req, int status, const char *code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	go_error_v(resp, req, status, code, fmt, ap);
	va_end(ap);
}

/* ---- reading a request -------------------------------------------------------------------- */

const char *lreq_method(const struct lreq *req) { return req->method; }
const char *lreq_path(const struct lreq *req) { return req->path; }
const char *lreq_raw_uri(const struct lreq *req) { return req->raw_uri; }
struct local *lreq_local(const struct lreq *req) { return req->L; }
const char *lreq_base_url(const struct lreq *req) { return req->base_url; }

const char *lreq_param(const struct lreq *req, int i)
{
	if (i < 0 || i >= req->nparams)
		return NULL;
	return req->params[i];
}

const char *lreq_header(const struct lreq *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

struct each_ctx {
	int (*cb)(const char *k, const char *v, void *arg);
	void *arg;
	int rc;
};

static enum MHD_Result each_cb(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct each_ctx *e = cls;

	(void)kind;
	e->rc = e->cb(key, value ? value : "", e->arg);
	return e->rc ? MHD_NO : MHD_YES;
}

int lreq_headers_each(const struct lreq *req, int (*cb)(const char *k, const char *v, void *arg), void *arg)
{
	struct each_ctx e = { cb, arg, 0 };

	MHD_get_connection_values(req->conn, MHD_HEADER_KIND, each_cb, &e);
	return e.rc;
}

int lreq_query_each(const struct lreq *req, int (*cb)(const char *k, const char *v, void *arg), void *arg)
{
	struct each_ctx e = { cb, arg, 0 };

	MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, each_cb, &e);
	return e.rc;
}

const char *lreq_query(const struct lreq *req, const char *name)
{
	const char *v = MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, name);
	const char *q;

	if (v)
		return v;
	/* "?name" without '=' has a NULL value in MHD: report it as "" when present */
	q = strchr(req->raw_uri, '?');
	if (q && MHD_lookup_connection_value_n(req->conn, MHD_GET_ARGUMENT_KIND, name, strlen(name), &v, NULL) == MHD_YES)
		return v ? v : "";
	return NULL;
}

const void *lreq_body(const struct lreq *req, size_t *len)
{
	if (len)
		*len = req->body.len;
	return req->body.data;
}

json_t *lreq_json(const struct lreq *req)
{
	struct lreq *r = (struct lreq *)req;

	if (!r->json_parsed) {
		r->json_parsed = true;
		if (r->body.len)
			r->json = json_loadb(r->body.data, r->body.len, JSON_DECODE_ANY, NULL);
	}
	return r->json;
}

int lreq_fd(const struct lreq *req)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(req->conn, MHD_CONNECTION_INFO_CONNECTION_FD);

	return ci ? ci->connect_fd : -1;
}

/* ---- the MHD adapter --------------------------------------------------------------------- */

static void *uri_cb(void *cls, const char *uri, struct MHD_Connection *conn)
{
	struct lreq *req = calloc(1, sizeof(*req));

	if (!req)
		return NULL;
	req->L = cls;
	req->conn = conn;
	req->raw_uri = strdup(uri ? uri : "/");
	{
		const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_DAEMON);

		req->sandbox_side = ci && ci->daemon && ci->daemon == req->L->sbx_srv.daemon;
	}
	buf_init(&req->body, LREQ_BODY_MAX);
	resp_init(&req->resp);
	return req;
}

static void lreq_free(struct lreq *req)
{
	int i;

	if (!req)
		return;
	for (i = 0; i < req->nparams; i++)
		free(req->params[i]);
	free(req->raw_uri);
	free(req->path);
	buf_release(&req->body);
	json_decref(req->json);
	resp_release(&req->resp);
	free(req);
}

/*
 * The cut fault: a streamed answer's connection is cut (reset) after a while, as Daytona's
 * proxy cuts build-log streams after about 145 s. A timer thread does it, so that it happens
 * even while the stream's reader is blocked waiting for more to send; the request's end
 * (completed_cb) disarms it before the socket can be closed and its number reused.
 */
struct cutter {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int fd;
	int ms;
	bool done;
	int refs;
	char what[96];
};

static void cutter_unref(struct cutter *k)
{
	bool last;

	pthread_mutex_lock(&k->mu);
	last = --k->refs == 0;
	pthread_mutex_unlock(&k->mu);
	if (last) {
		pthread_cond_destroy(&k->cv);
		pthread_mutex_destroy(&k->mu);
		free(k);
	}
}

static void *cutter_main(void *p)
{
	struct cutter *k = p;
	struct timespec until;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += k->ms / 1000;
	until.tv_nsec += (long)(k->ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&k->mu);
	while (!k->done && pthread_cond_timedwait(&k->cv, &k->mu, &until) == 0)
		;
	if (!k->done) {
		struct linger lg = { 1, 0 };

		local_log("fault: %s cut after %d ms", k->what, k->ms);
		setsockopt(k->fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
		shutdown(k->fd, SHUT_RDWR);
	}
	pthread_mutex_unlock(&k->mu);
	cutter_unref(k);
	return NULL;
}

static void cutter_arm(struct lreq *req)
{
	struct cutter *k = calloc(1, sizeof(*k));
	pthread_t th;

	if (!k)
		return;
	pthread_mutex_init(&k->mu, NULL);
	pthread_cond_init(&k->cv, NULL);
	k->fd = lreq_fd(req);
	k->ms = req->cut_ms;
	k->refs = 2;
	snprintf(k->what, sizeof(k->what), "%s %s", req->method, req->path);
	if (k->fd < 0 || pthread_create(&th, NULL, cutter_main, k) != 0) {
		k->refs = 1;
		cutter_unref(k);
		return;
	}
	pthread_detach(th);
	req->cutter = k;
}

static void cutter_disarm(struct lreq *req)
{
	struct cutter *k = req->cutter;

	if (!k)
		return;
	req->cutter = NULL;
	pthread_mutex_lock(&k->mu);
	k->done = true;
	pthread_cond_signal(&k->cv);
	pthread_mutex_unlock(&k->mu);
	cutter_unref(k);
}

static void completed_cb(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct lreq *req = *con_cls;

	(void)cls;
	(void)conn;
	(void)toe;
	if (!req)
		return;
	cutter_disarm(req);
	if (req->stream_open && req->route && req->route->stream) {
		struct lresp dummy;

		resp_init(&dummy);
		req->stream_open = false;
		req->route->stream->end(req->sctx, req, &dummy, true);
		resp_release(&dummy);
	}
	lreq_free(req);
	*con_cls = NULL;
}

static ssize_t fd_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct lresp *r = cls;
	ssize_t n;

	(void)pos;
	do
		n = read(r->fd, buf, max);
	while (n < 0 && errno == EINTR);
	if (n == 0)
		return MHD_CONTENT_READER_END_OF_STREAM;
	if (n < 0)
		return MHD_CONTENT_READER_END_WITH_ERROR;
	return n;
}

static void fd_reader_free(void *cls)
{
	struct lresp *r = cls;

	close(r->fd);
	free(r);
}

static ssize_t stream_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct lresp *r = cls;
	ssize_t n;

	(void)pos;
	n = r->read(r->ctx, buf, max);
	if (n == 0)
		return MHD_CONTENT_READER_END_OF_STREAM;
	if (n < 0)
		return MHD_CONTENT_READER_END_WITH_ERROR;
	return n;
}

static void stream_reader_free(void *cls)
{
	struct lresp *r = cls;

	if (r->free_ctx)
		r->free_ctx(r->ctx);
	free(r);
}

/* Turns req->resp into an MHD response and queues it. Ownership of fds and stream
 * contexts moves to MHD (or is released here on failure). */
static enum MHD_Result send_resp(struct lreq *req)
{
	struct lresp *r = &req->resp;
	struct MHD_Response *mr = NULL;
	struct lresp_hdr *h;
	enum MHD_Result rc;

	if (r->kind == LRESP_NONE)
		lresp_api_error(r, req, 500, "An unexpected error occurred.");
	local_traffic_note(req, r->status, r->ctype, r->data, r->len, r->kind != LRESP_BYTES);
	if (r->kind == LRESP_BYTES) {
		mr = MHD_create_response_from_buffer(r->len, r->data ? r->data : (char *)"", MHD_RESPMEM_MUST_COPY);
	} else if (r->kind == LRESP_FD) {
		off_t off = lseek(r->fd, 0, SEEK_CUR);

		if (r->size >= 0 && off >= 0) {
			mr = MHD_create_response_from_fd_at_offset64((uint64_t)r->size, r->fd, (uint64_t)off);
			if (mr)
				r->fd = -1;
		} else {
			struct lresp *c = malloc(sizeof(*c));

			if (c) {
				*c = *r;
				mr = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, fd_reader, c, fd_reader_free);
				if (mr)
					r->fd = -1;
				else
					free(c);
			}
		}
		if (!mr) {
			close(r->fd);
			r->fd = -1;
		}
	} else if (r->kind == LRESP_STREAM) {
		struct lresp *c = malloc(sizeof(*c));

		if (c) {
			*c = *r;
			mr = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, stream_reader, c, stream_reader_free);
			if (!mr)
				free(c);
		}
		if (mr) {
			r->free_ctx = NULL;
			r->ctx = NULL;
		}
		/* if !mr, resp_release runs free_ctx */
	}
	if (!mr)
		return MHD_NO;
	if (r->ctype)
		MHD_add_response_header(mr, MHD_HTTP_HEADER_CONTENT_TYPE, r->ctype);
	for (h = r->hdrs; h; h = h->next)
		MHD_add_response_header(mr, h->name, h->value);
	rc = MHD_queue_response(req->conn, (unsigned)r->status, mr);
	MHD_destroy_response(mr);
	if (rc == MHD_YES && req->cut_ms > 0 && r->kind != LRESP_BYTES)
		cutter_arm(req);
	if (r->kind != LRESP_BYTES)
		r->kind = LRESP_NONE; /* handed to MHD */
	req->phase = PH_DONE;
	return rc;
}

/* Bounds on what clients can hold: connections (a thread each) and how long one may
 * stay silent (a slow header, an idle keep-alive). */
#define LOCAL_MAX_CONNECTIONS 256
#define LOCAL_IDLE_SECONDS 30

/* BYOC_LOCAL_IDLE_SECONDS (tests shorten it), else LOCAL_IDLE_SECONDS. */
static unsigned idle_seconds(void)
{
	long v;

	return num_parse_long(getenv("BYOC_LOCAL_IDLE_SECONDS"), 1, 3600, &v) ? (unsigned)v : LOCAL_IDLE_SECONDS;
}

static bool is_api_path(const char *path)
{
	return !strncmp(path, "/api/", 5) || !strcmp(path, "/api");
}

static bool is_v1_path(const char *path)
{
	return !strncmp(path, "/v1/", 4) || !strcmp(path, "/v1");
}

static const struct lroute *const *route_tables(void)
{
	static const struct lroute *tables[7];

	tables[0] = sandbox_routes;
	tables[1] = snapshot_routes;
	tables[2] = s3_routes;
	tables[3] = toolbox_routes;
	tables[4] = ma_routes;
	tables[5] = secret_routes;
	tables[6] = NULL;
	return tables;
}

static void find_route(struct lreq *req)
{
	const struct lroute *const *t;
	const struct lroute *r;
	size_t plen = strcspn(req->raw_uri, "?");
	char *raw_path = strndup(req->raw_uri, plen);

	if (!raw_path)
		return;
	for (t = route_tables(); *t; t++) {
		for (r = *t; r->method; r++) {
			if (strcmp(r->method, req->method) || (req->sandbox_side && !(r->flags & LROUTE_WORKER)))
				continue;
			if (lroute_match(r->pattern, raw_path, req->params, LREQ_MAXPARAMS, &req->nparams)) {
				req->route = r;
				goto out;
			}
		}
	}
	/* like Express, HEAD is served by the GET route when there is no HEAD route (MHD drops the body) */
	if (strcmp(req->method, "HEAD"))
		goto out;
	for (t = route_tables(); *t; t++) {
		for (r = *t; r->method; r++) {
			if (strcmp(r->method, "GET") || (req->sandbox_side && !(r->flags & LROUTE_WORKER)))
				continue;
			if (lroute_match(r->pattern, raw_path, req->params, LREQ_MAXPARAMS, &req->nparams)) {
				req->route = r;
				goto out;
			}
		}
	}
out:
	free(raw_path);
}

static void set_base_url(struct lreq *req)
{
	const char *host = lreq_header(req, "Host");
	const char *p;
	bool ok = host && *host && strlen(host) < 120;

	for (p = host; ok && *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr(".-:[]_", *p))
			ok = false;
	if (ok)
		snprintf(req->base_url, sizeof(req->base_url), "http://%s", host);
	else
		snprintf(req->base_url, sizeof(req->base_url), "%s", local_base_default(req->L));
}

static bool key_ok(struct local *L, const char *auth)
{
	unsigned char a[SHA256_DIGEST_LENGTH], b[SHA256_DIGEST_LENGTH];
	const char *key = local_opts(L)->api_key;
	const char *tok;

	if (!auth || !key || !*key)
		return false;
	if (strncasecmp(auth, "Bearer ", 7))
		return false;
	tok = auth + 7;
	while (*tok == ' ')
		tok++;
	SHA256((const unsigned char *)tok, strlen(tok), a);
	SHA256((const unsigned char *)key, strlen(key), b);
	return CRYPTO_memcmp(a, b, sizeof(a)) == 0;
}

/* Returns true when the request must stop here (a response is set, or reset). */
static bool apply_faults(struct lreq *req, bool *reset)
{
	const struct local_options *o = local_opts(req->L);
	size_t i;

	*reset = false;
	for (i = 0; i < o->nfaults; i++) {
		const struct local_fault *f = &o->faults[i];

		if (strcmp(f->method, "*") && strcasecmp(f->method, req->method))
			continue;
		if (fnmatch(f->path_glob, req->path, 0) != 0)
			continue;
		if (f->rate < 1.0 && rng_unit() >= f->rate)
			continue;
		switch (f->kind) {
		case LFAULT_DELAY:
			local_log("fault: %s %s delayed %d ms", req->method, req->path, f->delay_ms);
			usleep((useconds_t)f->delay_ms * 1000);
			continue;
		case LFAULT_DROP:
			local_log("fault: %s %s will be handled, its answer dropped", req->method, req->path);
			req->drop_answer = true;
			continue;
		case LFAULT_CUT:
			req->cut_ms = f->delay_ms;
			continue;
		case LFAULT_RESET:
			local_log("fault: %s %s connection reset", req->method, req->path);
			*reset = true;
			return true;
		case LFAULT_429:
			local_log("fault: %s %s -> 429", req->method, req->path);
			if (is_v1_path(req->path))
				lresp_ma_error(&req->resp, 429, "Number of request tokens has exceeded your per-minute rate limit");
			else if (is_api_path(req->path))
				lresp_api_error(&req->resp, req, 429, "ThrottlerException: Too Many Requests");
			else
				lresp_go_error(&req->resp, req, 429, "TOO_MANY_REQUESTS", "too many requests");
			lresp_header(&req->resp, "Retry-After", "1");
			return true;
		default: {
			int st = f->kind == LFAULT_500 ? 500 : f->kind == LFAULT_404 ? 404 : 503;
			const char *ma = st == 500 ? "Internal server error" : st == 404 ? "Not found" : "Overloaded";
			const char *api = st == 500 ? "An unexpected error occurred." : st == 404 ? "Not Found" : "Service Unavailable";
			const char *go = st == 500 ? "INTERNAL_SERVER_ERROR" : st == 404 ? "NOT_FOUND" : "SERVICE_UNAVAILABLE";

			local_log("fault: %s %s -> %d", req->method, req->path, st);
			if (is_v1_path(req->path))
				lresp_ma_error(&req->resp, st, "%s", ma);
			else if (is_api_path(req->path))
				lresp_api_error(&req->resp, req, st, "%s", api);
			else
				lresp_go_error(&req->resp, req, st, go, "injected fault");
			return true;
		}
		}
	}
	return false;
}

static enum MHD_Result do_reset(struct lreq *req)
{
	struct linger lg = { 1, 0 };
	int fd = lreq_fd(req), nul;

	if (fd >= 0) {
		setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
		/* Swap the socket for /dev/null under MHD's fd: the socket's last close (with
		 * linger 0) sends the RST now, and MHD's own shutdown/close later hit /dev/null
		 * instead of sending a FIN first. */
		nul = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (nul >= 0) {
			dup2(nul, fd);
			close(nul);
		}
	}
	req->phase = PH_DONE;
	return MHD_NO;
}

/* True when the path part of a raw URI holds an encoded NUL: no id, key or file name
 * contains one, and every decoded C string would end there. */
static bool nul_in_path(const char *raw_uri)
{
	size_t plen = strcspn(raw_uri, "?");

	for (size_t i = 0; i + 2 < plen; i++)
		if (raw_uri[i] == '%' && raw_uri[i + 1] == '0' && raw_uri[i + 2] == '0')
			return true;
	return false;
}

/* First call: headers are in. Returns true when a response was decided (sent by caller). */
static bool on_headers(struct lreq *req, bool *reset)
{
	const char *cl;

	set_base_url(req);
	if (apply_faults(req, reset))
		return true;
	if (nul_in_path(req->raw_uri)) {
		if (is_api_path(req->path))
			lresp_api_error(&req->resp, req, 400, "a path with %%00 names nothing");
		else
			lresp_go_error(&req->resp, req, 400, "BAD_REQUEST", "a path with %%00 names nothing");
		return true;
	}
	find_route(req);
	if (!req->route) {
		if (is_v1_path(req->path))
			lresp_ma_error(&req->resp, 404, "Not found: %s %s", req->method, req->path);
		else if (is_api_path(req->path))
			lresp_api_error(&req->resp, req, 404, "Cannot %s %s", req->method, req->path);
		else
			lresp_go_error(&req->resp, req, 404, "NOT_FOUND", "not found: %s", req->path);
		return true;
	}
	if (!(req->route->flags & LROUTE_PUBLIC) && !key_ok(req->L, lreq_header(req, "Authorization"))) {
		const char *auth = lreq_header(req, "Authorization");

		if (req->route->flags & LROUTE_GO_ERRORS)
			lresp_go_error(&req->resp, req, 401, "UNAUTHORIZED", "authentication failed: %s",
				       auth ? "invalid API key" : "missing Authorization header");
		else
			lresp_api_error(&req->resp, req, 401, "Unauthorized");
		return true;
	}
	if (req->route->stream) {
		if (req->route->stream->begin(req, &req->resp, &req->sctx) < 0) {
			if (req->resp.kind == LRESP_NONE)
				lresp_api_error(&req->resp, req, 400, "request refused");
			return true;
		}
		req->stream_open = true;
		return false;
	}
	cl = lreq_header(req, "Content-Length");
	if (cl && strtoull(cl, NULL, 10) > LREQ_BODY_MAX) {
		if (is_v1_path(req->path))
			lresp_ma_error(&req->resp, 413, "Request exceeds the maximum allowed number of bytes");
		else if (is_api_path(req->path))
			lresp_api_error(&req->resp, req, 413, "request entity too large");
		else
			lresp_go_error(&req->resp, req, 413, "REQUEST_ENTITY_TOO_LARGE", "request body over %zu bytes", LREQ_BODY_MAX);
		return true;
	}
	return false;
}

static void on_body_end(struct lreq *req)
{
	if (req->route->stream) {
		req->stream_open = false;
		req->route->stream->end(req->sctx, req, &req->resp, req->stream_failed);
		if (req->resp.kind == LRESP_NONE)
			lresp_api_error(&req->resp, req, req->stream_failed ? 500 : 200, "%s",
					req->stream_failed ? "An unexpected error occurred." : "ok");
		return;
	}
	if (req->too_large) {
		if (is_v1_path(req->path))
			lresp_ma_error(&req->resp, 413, "Request exceeds the maximum allowed number of bytes");
		else if (is_api_path(req->path))
			lresp_api_error(&req->resp, req, 413, "request entity too large");
		else
			lresp_go_error(&req->resp, req, 413, "REQUEST_ENTITY_TOO_LARGE", "request body over %zu bytes", LREQ_BODY_MAX);
		return;
	}
	req->route->handle(req, &req->resp);
}

static bool expects_body(struct lreq *req)
{
	const char *cl = lreq_header(req, "Content-Length");

	if (lreq_header(req, "Transfer-Encoding"))
		return true;
	return cl && strtoull(cl, NULL, 10) > 0;
}

static enum MHD_Result access_cb(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
				 const char *version, const char *upload_data, size_t *upload_data_size,
				 void **con_cls)
{
	struct lreq *req = *con_cls;
	bool reset = false;

	(void)cls;
	(void)version;
	if (!req)
		return MHD_NO;
	if (req->phase == PH_NEW) {
		req->conn = conn;
		snprintf(req->method, sizeof(req->method), "%s", method);
		req->path = strdup(url && *url ? url : "/");
		if (!req->path)
			return MHD_NO;
		req->phase = PH_BODY;
		if (on_headers(req, &reset)) {
			if (reset)
				return do_reset(req);
			if (expects_body(req))
				return send_resp(req);  /* MHD skips the body and closes */
			req->decided = true;           /* answer at the final call: keep-alive */
		}
		return MHD_YES;
	}
	if (req->decided) {
		*upload_data_size = 0;
		return send_resp(req);
	}
	if (req->phase == PH_DONE) {
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (req->route->stream) {
			if (!req->stream_failed &&
			    req->route->stream->data(req->sctx, upload_data, *upload_data_size) < 0)
				req->stream_failed = true;
		} else if (!req->too_large) {
			if (buf_append(&req->body, upload_data, *upload_data_size) < 0)
				req->too_large = true;
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	on_body_end(req);
	if (local_opts(req->L)->log_requests)
		local_log("%s %s -> %d", req->method, req->raw_uri, req->resp.status);
	if (req->drop_answer)
		return do_reset(req);
	return send_resp(req);
}

/* ---- lifecycle -------------------------------------------------------------------------- */

static bool host_is_loopback(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const void *)sa;

		return (ntohl(in->sin_addr.s_addr) >> 24) == 127;
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const void *)sa;

		return IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr);
	}
	return false;
}

int local_server_start(struct local *L, struct local_server *S, const char *listen_host, int port)
{
	const struct local_options *o = local_opts(L);
	struct addrinfo hints, *ai = NULL;
	const union MHD_DaemonInfo *di;
	unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION |
			     MHD_USE_POLL | MHD_USE_ERROR_LOG | MHD_USE_ITC;
	char host[INET6_ADDRSTRLEN + 2];
	int rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	rc = getaddrinfo(listen_host && *listen_host ? listen_host : "127.0.0.1", NULL, &hints, &ai);
	if (rc != 0 || !ai)
		return byoc_fail(BYOC_EUSAGE, "cannot resolve listen address '%s': %s", o->listen_host,
				 gai_strerror(rc));
	if (!host_is_loopback(ai->ai_addr) && !o->public_ok) {
		freeaddrinfo(ai);
		return byoc_fail(BYOC_EREFUSED, "refusing to listen on non-loopback address '%s': byoc-local has no TLS and one shared key; pass --public to allow it",
				 listen_host);
	}
	if (port < 0 || port > 65535) {
		freeaddrinfo(ai);
		return byoc_fail(BYOC_EUSAGE, "bad listen port %d", port);
	}
	memcpy(&S->addr, ai->ai_addr, ai->ai_addrlen);
	if (ai->ai_family == AF_INET6) {
		flags |= MHD_USE_IPv6;
		((struct sockaddr_in6 *)&S->addr)->sin6_port = htons((uint16_t)port);
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&S->addr)->sin6_addr, host + 1, sizeof(host) - 2);
		host[0] = '[';
		memcpy(host + strlen(host), "]", 2);   /* room kept by sizeof(host) - 2 above */
	} else {
		((struct sockaddr_in *)&S->addr)->sin_port = htons((uint16_t)port);
		inet_ntop(AF_INET, &((struct sockaddr_in *)&S->addr)->sin_addr, host, sizeof(host));
	}
	freeaddrinfo(ai);
	S->daemon = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, access_cb, L,
				     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&S->addr,
				     MHD_OPTION_URI_LOG_CALLBACK, uri_cb, L,
				     MHD_OPTION_NOTIFY_COMPLETED, completed_cb, L,
				     /* each connection is a thread; a client that opens more waits */
				     MHD_OPTION_CONNECTION_LIMIT, (unsigned int)LOCAL_MAX_CONNECTIONS,
				     /* the read buffer lives in this pool: 32 KiB by default, so a 1 GiB
				      * upload took 64,000 reads and callbacks; pages are touched only
				      * when a connection needs them */
				     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)256 << 10,
				     /* a connection that sends nothing (idle keep-alive, a header dribbled
				      * slower than this) holds a thread: drop it; a running handler is not
				      * idle (MHD checks between reads) */
				     MHD_OPTION_CONNECTION_TIMEOUT, idle_seconds(),
				     /* no MHD_OPTION_LISTENING_ADDRESS_REUSE: with it (SO_REUSEPORT) a second
				      * byoc-local, or a sandbox, could bind the same port and take half the
				      * requests, bearer keys included */
				     MHD_OPTION_END);
	if (!S->daemon)
		return byoc_fail(BYOC_EIO, "cannot listen on %s:%d: address in use or not available; pick another --listen port (0 picks a free one)",
				 host, port);
	di = MHD_get_daemon_info(S->daemon, MHD_DAEMON_INFO_BIND_PORT);
	S->port = di ? di->port : port;
	if (!strcmp(host, "0.0.0.0"))
		snprintf(host, sizeof(host), "127.0.0.1");
	else if (!strcmp(host, "[::]"))
		snprintf(host, sizeof(host), "[::1]");
	snprintf(S->base, sizeof(S->base), "http://%s:%d", host, S->port);
	snprintf(S->url, sizeof(S->url), "%s/api", S->base);
	return 0;
}

struct stop_arg {
	struct MHD_Daemon *d;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool done;
};

static void *stop_thread(void *p)
{
	struct stop_arg *a = p;

	MHD_stop_daemon(a->d);
	pthread_mutex_lock(&a->mu);
	a->done = true;
	pthread_cond_signal(&a->cv);
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

/* Stops accepting, then gives running handlers a short while to finish. Returns true
 * when everything stopped (false: some handler is still blocked; the caller exits anyway). */
bool local_server_stop(struct local_server *S, int wait_ms)
{
	static struct stop_arg a;  /* may outlive this call if a handler hangs */
	struct timespec ts;
	pthread_t th;
	bool done;

	if (!S->daemon)
		return true;
	MHD_quiesce_daemon(S->daemon);
	a.d = S->daemon;
	S->daemon = NULL;
	pthread_mutex_init(&a.mu, NULL);
	pthread_cond_init(&a.cv, NULL);
	a.done = false;
	if (pthread_create(&th, NULL, stop_thread, &a) != 0)
		return false;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += wait_ms / 1000;
	ts.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&a.mu);
	while (!a.done)
		if (pthread_cond_timedwait(&a.cv, &a.mu, &ts) != 0)
			break;
	done = a.done;
	pthread_mutex_unlock(&a.mu);
	if (done)
		pthread_join(th, NULL);
	else
		pthread_detach(th);
	return done;
}

/* ---- the server object ------------------------------------------------------------------- */

const struct local_options *local_opts(struct local *L) { return &L->opts; }
const char *local_state_dir(struct local *L) { return L->state_dir; }
const char *local_org_id(struct local *L) { return L->org_id; }
const char *local_url(struct local *L) { return L->srv.url; }
const char *local_sandbox_api_url(struct local *L) { return L->sbx_srv.base; }
bool local_stopping(struct local *L) { return L->stopping != 0; }

const char *local_base_default(struct local *L)
{
	return L->srv.base[0] ? L->srv.base : "http://127.0.0.1";
}

static int load_org_id(struct local *L, const char *given)
{
	char path[4200], buf[80] = "";
	FILE *f;

	if (given && *given) {
		if (strlen(given) >= sizeof(L->org_id) || strchr(given, '/'))
			return byoc_fail(BYOC_EUSAGE, "bad --org-id '%s': want a short id without '/'", given);
		snprintf(L->org_id, sizeof(L->org_id), "%s", given);
		return 0;
	}
	snprintf(path, sizeof(path), "%s/org-id", L->state_dir);
	f = fopen(path, "r");
	if (f) {
		if (fgets(buf, sizeof(buf), f))
			buf[strcspn(buf, "\r\n")] = '\0';
		fclose(f);
	}
	if (buf[0] && !strchr(buf, '/')) {
		snprintf(L->org_id, sizeof(L->org_id), "%s", buf);
		return 0;
	}
	local_uuid(L->org_id);
	f = fopen(path, "w");
	if (!f)
		return byoc_fail_errno(BYOC_EIO, "cannot write '%s'", path);
	fprintf(f, "%s\n", L->org_id);
	if (fclose(f) != 0)
		return byoc_fail_errno(BYOC_EIO, "cannot write '%s'", path);
	return 0;
}

int local_new(const struct local_options *opts, struct local **out)
{
	struct local *L;
	int rc;

	*out = NULL;
	if (!opts->state_dir || !*opts->state_dir)
		return byoc_fail(BYOC_EUSAGE, "no state dir: pass --state DIR");
	L = calloc(1, sizeof(*L));
	if (!L)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	L->opts = *opts;
	L->state_dir = strdup(opts->state_dir);
	L->api_key = strdup(opts->api_key ? opts->api_key : "");
	L->listen_host = strdup(opts->listen_host ? opts->listen_host : "127.0.0.1");
	if (opts->nfaults) {
		L->faults = calloc(opts->nfaults, sizeof(*L->faults));
		if (L->faults)
			memcpy(L->faults, opts->faults, opts->nfaults * sizeof(*L->faults));
	}
	if (!L->state_dir || !L->api_key || !L->listen_host || (opts->nfaults && !L->faults)) {
		free(L->state_dir);
		free(L->api_key);
		free(L->listen_host);
		free(L->faults);
		free(L);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	L->opts.state_dir = L->state_dir;
	L->opts.api_key = L->api_key;
	L->opts.listen_host = L->listen_host;
	L->opts.faults = L->faults;
	L->opts.org_id = L->org_id;
	rc = store_open(L);
	if (rc == 0)
		rc = load_org_id(L, opts->org_id);
	*out = L;   /* even on failure, so local_free releases what was opened */
	return rc;
}

/* <state>/sandbox-api.url: the sandbox-facing URL for tests and an orchestrator on this
 * machine (it changes with every start when the port is picked). */
static void sandbox_api_url_write(struct local *L)
{
	char path[4200], tmp[4300];
	FILE *f;

	snprintf(path, sizeof(path), "%s/sandbox-api.url", L->state_dir);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	f = fopen(tmp, "we");
	if (!f)
		return;
	fprintf(f, "%s\n", L->sbx_srv.base);
	if (fclose(f) == 0)
		rename(tmp, path);
	local_log("sandbox-facing API on %s (the same address inside every sandbox with network access)",
		  L->sbx_srv.base);
}

int local_listen(struct local *L)
{
	const struct local_options *o = local_opts(L);
	int rc;

	/* Before the first request can come in: a request that booted a sandbox before the
	 * clean-up of a killed byoc-local's inits had its new init killed (and the old one, its
	 * init.pid overwritten, left running). Clients retrying on the same port come in at once.
	 * Quick (a kill per init.pid), so the restart's downtime stays short. */
	runtime_reap_left(L);
	rc = local_server_start(L, &L->srv, o->listen_host, o->port);
	if (rc < 0)
		return rc;
	/* The sandbox-facing listener: loopback only, whatever --listen says; pasta forwards
	 * it into sandboxes (runtime.c), and it answers LROUTE_WORKER routes only. */
	int sbx_port = o->sandbox_port >= 0 ? o->sandbox_port : o->port ? o->port + 1 : 0;
	rc = local_server_start(L, &L->sbx_srv, "127.0.0.1", sbx_port);
	if (rc < 0 && o->sandbox_port < 0 && sbx_port) {
		/* --listen's port + 1 is only a default: a restart must not fail because something
		 * else took it meanwhile (sandbox-api.url names the port picked) */
		local_log("the sandbox-facing port %d is taken: picking a free one", sbx_port);
		rc = local_server_start(L, &L->sbx_srv, "127.0.0.1", 0);
	}
	if (rc < 0) {
		local_server_stop(&L->srv, 0);
		return rc;
	}
	sandbox_api_url_write(L);
	runtime_startup(L);   /* the probes (pasta, cgroups, disks): a while, so once listening */
	s3_startup(L);
	snap_startup(L);
	sbx_startup(L);
	ma_startup(L);
	L->started_modules = true;
	return 0;
}

void local_free(struct local *L)
{
	bool clean = true;

	if (!L)
		return;
	L->stopping = 1;
	clean = local_server_stop(&L->srv, 3000);
	if (!local_server_stop(&L->sbx_srv, 3000))
		clean = false;
	if (L->started_modules) {
		ma_shutdown(L);
		tbx_shutdown(L);
		sbx_shutdown(L);
		if (!sbx_quiesce(L, 5000)) {
			local_log("sandbox transitions still running at shutdown");
			clean = false;
		}
		snap_shutdown(L);
		runtime_shutdown(L);
	}
	if (!clean) {
		/* a handler is still blocked: leave the shared state alone, the process exits */
		local_log("some requests were still running at shutdown");
		return;
	}
	store_close(L);
	free(L->state_dir);
	free(L->api_key);
	free(L->listen_host);
	free(L->faults);
	free(L);
}
