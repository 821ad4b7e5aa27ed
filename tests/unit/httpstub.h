/*
 * A scriptable HTTP server on 127.0.0.1 for the client library's unit tests
 * (test_http, test_daytona, test_tbclient). libmicrohttpd, one thread per
 * connection. The test's handler sees each request (method, path, decoded
 * query, headers, body: the first STUB_BODY_KEEP bytes and the last
 * STUB_TAIL bytes, and the total length, never the whole body) and fills a
 * reply: status, headers, body, or drop (close without answering), delay,
 * or a streamed body given as chunks with pauses (and optionally never ending).
 */
#ifndef BYOC_TEST_HTTPSTUB_H
#define BYOC_TEST_HTTPSTUB_H

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define STUB_BODY_KEEP (64 << 10)
#define STUB_TAIL 512
#define STUB_MAX_CHUNKS 16

struct stub_req {
	char method[16];
	char path[1024];
	char query[2048];       /* decoded "k=v&k=v" */
	char headers[8192];     /* "name: value\n" as received */
	char *body;             /* first STUB_BODY_KEEP bytes, NUL-terminated */
	size_t kept;
	long long body_len;     /* total */
	char tail[STUB_TAIL + 1];
	size_t tail_len;
	int seq;                /* 1-based request number */
};

struct stub_reply {
	int status;
	char body[16384];
	const char *headers[8]; /* "Name: value" */
	bool drop;              /* close the connection without an answer */
	int delay_ms;           /* before answering */
	/* streamed body: chunks sent with pause_ms between them; hang: never end */
	const char *chunks[STUB_MAX_CHUNKS];
	int pause_ms;
	bool hang;
};

struct stub;
typedef void (*stub_fn)(struct stub *s, const struct stub_req *r, struct stub_reply *out);

struct stub {
	struct MHD_Daemon *d;
	int port;
	char base[64];          /* "http://127.0.0.1:PORT" */
	stub_fn fn;
	void *arg;
	pthread_mutex_t lock;
	int count;              /* requests answered (or dropped) */
	struct stub_req last;   /* copy of the last request (body kept) */
	char log[64][3200];     /* "METHOD path?query" of the first 64 requests */
	volatile int stopping;
};

static inline void stub_sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

static enum MHD_Result stub_hdr_it(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	struct stub_req *r = cls;
	size_t n = strlen(r->headers);

	(void)kind;
	snprintf(r->headers + n, sizeof(r->headers) - n, "%s: %s\n", k, v ? v : "");
	return MHD_YES;
}

static enum MHD_Result stub_arg_it(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	struct stub_req *r = cls;
	size_t n = strlen(r->query);

	(void)kind;
	snprintf(r->query + n, sizeof(r->query) - n, "%s%s=%s", n ? "&" : "", k, v ? v : "");
	return MHD_YES;
}

/* Header value of a recorded request (case-insensitive), or NULL; static buffer per call site is fine in tests. */
static inline const char *stub_header(const struct stub_req *r, const char *name, char *out, size_t n)
{
	const char *p = r->headers;
	size_t nl = strlen(name);

	while (*p) {
		const char *e = strchr(p, '\n');

		if (!strncasecmp(p, name, nl) && p[nl] == ':') {
			size_t vl = (size_t)(e - p) - nl - 2;

			if (vl >= n)
				vl = n - 1;
			memcpy(out, p + nl + 2, vl);
			out[vl] = '\0';
			return out;
		}
		p = e + 1;
	}
	return NULL;
}

/* Query parameter value, or NULL. */
static inline const char *stub_query(const struct stub_req *r, const char *key, char *out, size_t n)
{
	const char *p = r->query;
	size_t kl = strlen(key);

	while (p && *p) {
		const char *e = strchr(p, '&');
		size_t len = e ? (size_t)(e - p) : strlen(p);

		if (len > kl && !strncmp(p, key, kl) && p[kl] == '=') {
			size_t vl = len - kl - 1;

			if (vl >= n)
				vl = n - 1;
			memcpy(out, p + kl + 1, vl);
			out[vl] = '\0';
			return out;
		}
		p = e ? e + 1 : NULL;
	}
	return NULL;
}

struct stub_stream {
	struct stub *s;
	struct stub_reply rep;
	int next;
	size_t off;
};

static ssize_t stub_stream_cb(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct stub_stream *st = cls;

	(void)pos;
	for (;;) {
		const char *c;

		if (st->s->stopping)
			return MHD_CONTENT_READER_END_WITH_ERROR;
		c = st->next < STUB_MAX_CHUNKS ? st->rep.chunks[st->next] : NULL;
		if (c) {
			size_t len = strlen(c) - st->off;

			if (st->off == 0 && st->next > 0 && st->rep.pause_ms)
				stub_sleep_ms(st->rep.pause_ms);
			if (len > max)
				len = max;
			memcpy(buf, c + st->off, len);
			st->off += len;
			if (!c[st->off]) {
				st->next++;
				st->off = 0;
			}
			return (ssize_t)len;
		}
		if (!st->rep.hang)
			return MHD_CONTENT_READER_END_OF_STREAM;
		stub_sleep_ms(50);
	}
}

static void stub_stream_free(void *cls)
{
	free(cls);
}

static enum MHD_Result stub_access(void *cls, struct MHD_Connection *c, const char *url, const char *method,
				   const char *version, const char *upload, size_t *upload_size, void **ctx)
{
	struct stub *s = cls;
	struct stub_req *r = *ctx;
	struct stub_reply rep;
	struct MHD_Response *resp;
	enum MHD_Result ret;
	int i;

	(void)version;
	if (!r) {
		r = calloc(1, sizeof(*r));
		r->body = calloc(1, STUB_BODY_KEEP + 1);
		snprintf(r->method, sizeof(r->method), "%s", method);
		snprintf(r->path, sizeof(r->path), "%s", url);
		MHD_get_connection_values(c, MHD_HEADER_KIND, stub_hdr_it, r);
		MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, stub_arg_it, r);
		*ctx = r;
		return MHD_YES;
	}
	if (*upload_size) {
		size_t n = *upload_size, k;

		if (r->kept < STUB_BODY_KEEP) {
			k = STUB_BODY_KEEP - r->kept < n ? STUB_BODY_KEEP - r->kept : n;
			memcpy(r->body + r->kept, upload, k);
			r->kept += k;
		}
		if (n >= STUB_TAIL) {
			memcpy(r->tail, upload + n - STUB_TAIL, STUB_TAIL);
			r->tail_len = STUB_TAIL;
		} else {
			size_t keep = r->tail_len + n > STUB_TAIL ? STUB_TAIL - n : r->tail_len;

			memmove(r->tail, r->tail + r->tail_len - keep, keep);
			memcpy(r->tail + keep, upload, n);
			r->tail_len = keep + n;
		}
		r->body_len += (long long)n;
		*upload_size = 0;
		return MHD_YES;
	}
	memset(&rep, 0, sizeof(rep));
	rep.status = 200;
	pthread_mutex_lock(&s->lock);
	r->seq = ++s->count;
	if (r->seq <= 64)
		snprintf(s->log[r->seq - 1], sizeof(s->log[0]), "%s %s%s%s", r->method, r->path,
			 r->query[0] ? "?" : "", r->query);
	free(s->last.body);
	s->last = *r;
	s->last.body = malloc(r->kept + 1);
	memcpy(s->last.body, r->body, r->kept);
	s->last.body[r->kept] = '\0';
	pthread_mutex_unlock(&s->lock);
	s->fn(s, r, &rep);
	if (rep.delay_ms)
		stub_sleep_ms(rep.delay_ms);
	if (rep.drop)
		return MHD_NO;
	if (rep.chunks[0] || rep.hang) {
		struct stub_stream *st = calloc(1, sizeof(*st));

		st->s = s;
		st->rep = rep;
		resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 1024, stub_stream_cb, st,
							 stub_stream_free);
	} else {
		resp = MHD_create_response_from_buffer(strlen(rep.body), rep.body, MHD_RESPMEM_MUST_COPY);
	}
	for (i = 0; i < 8 && rep.headers[i]; i++) {
		char name[128];
		const char *colon = strchr(rep.headers[i], ':');
		size_t nl = (size_t)(colon - rep.headers[i]);

		memcpy(name, rep.headers[i], nl);
		name[nl] = '\0';
		MHD_add_response_header(resp, name, colon + 1 + (colon[1] == ' '));
	}
	ret = MHD_queue_response(c, (unsigned)rep.status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static void stub_done(void *cls, struct MHD_Connection *c, void **ctx, enum MHD_RequestTerminationCode tc)
{
	struct stub_req *r = *ctx;

	(void)cls, (void)c, (void)tc;
	if (r) {
		free(r->body);
		free(r);
	}
	*ctx = NULL;
}

static inline struct stub *stub_start(stub_fn fn, void *arg)
{
	struct stub *s = calloc(1, sizeof(*s));
	const union MHD_DaemonInfo *info;
	struct sockaddr_in sa;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sa.sin_port = 0;

	s->fn = fn;
	s->arg = arg;
	pthread_mutex_init(&s->lock, NULL);
	s->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION |
					MHD_USE_ERROR_LOG,
				0, NULL, NULL, stub_access, s, MHD_OPTION_NOTIFY_COMPLETED, stub_done, s,
				MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
				MHD_OPTION_END);
	if (!s->d) {
		free(s);
		return NULL;
	}
	info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info->port;
	snprintf(s->base, sizeof(s->base), "http://127.0.0.1:%d", s->port);
	return s;
}

static inline void stub_stop(struct stub *s)
{
	if (!s)
		return;
	s->stopping = 1;
	MHD_stop_daemon(s->d);
	free(s->last.body);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

#endif
