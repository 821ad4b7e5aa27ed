#include <criterion/criterion.h>
#include <curl/curl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "httpstub.h"
#include "lib/http.h"
#include "util/buf.h"
#include "util/err.h"

/* ---- handlers ---------------------------------------------------------------------- */

/* arg: int n; the first n requests get 503, then 200 "ok" */
static void h_503_then_ok(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	if (r->seq <= *(int *)s->arg) {
		o->status = 503;
		strcpy(o->body, "{\"message\":\"busy\"}");
	} else {
		strcpy(o->body, "ok");
	}
}

static void h_429_retry_after_1(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s;
	if (r->seq == 1) {
		o->status = 429;
		o->headers[0] = "Retry-After: 1";
	} else {
		strcpy(o->body, "done");
	}
}

/* arg: the header the first request's 429 carries */
static void h_429_header(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	if (r->seq == 1) {
		o->status = 429;
		o->headers[0] = s->arg;
	} else {
		strcpy(o->body, "done");
	}
}

static void h_drop_first(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s;
	if (r->seq == 1)
		o->drop = true;
	else
		snprintf(o->body, sizeof(o->body), "len=%lld", r->body_len);
}

static void h_always_503(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s, (void)r;
	o->status = 503;
}

static void h_slow(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s, (void)r;
	o->delay_ms = 2000;
	strcpy(o->body, "late");
}

static void h_echo(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	char te[64] = "";

	(void)s;
	stub_header(r, "Transfer-Encoding", te, sizeof(te));
	snprintf(o->body, sizeof(o->body), "%s %lld %s %s", r->method, r->body_len, te[0] ? te : "-",
		 r->kept < 200 ? r->body : "");
}

static void h_big(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s, (void)r;
	memset(o->body, 'x', 10000);
	o->body[10000] = '\0';
}

static struct http_client *client(long base_ms, const char *const *secrets, http_log_fn log, void *arg)
{
	struct http_opts o = { 0 };
	struct http_client *c = NULL;

	o.backoff_base_ms = base_ms;
	o.backoff_max_ms = base_ms * 4;
	o.secrets = secrets;
	o.log = log;
	o.log_arg = arg;
	cr_assert_eq(http_client_new(&o, &c), 0);
	return c;
}

static int do_req(struct http_client *c, const char *method, const char *url, bool idem, struct buf *b,
		  struct http_resp *resp)
{
	struct http_req req = { 0 };

	req.method = method;
	req.url = url;
	req.resp = b;
	req.idempotent = idem;
	return http_do(c, &req, resp);
}

/* ---- retry ------------------------------------------------------------------------- */

Test(http, retries_503_with_backoff_for_get)
{
	int n = 2;
	struct stub *s = stub_start(h_503_then_ok, &n);
	struct http_client *c = client(20, NULL, NULL, NULL);
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "GET", url, false, &b, &resp), 0, "%s", byoc_errmsg());
	cr_assert_eq(resp.status, 200);
	cr_assert_eq(resp.attempts, 3);
	cr_assert_eq(s->count, 3);
	cr_assert_str_eq(b.data, "ok");
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, post_not_retried_on_503_unless_idempotent)
{
	int n = 1;
	struct stub *s = stub_start(h_503_then_ok, &n);
	struct http_client *c = client(10, NULL, NULL, NULL);
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/snapshots", s->base);
	cr_assert_eq(do_req(c, "POST", url, false, &b, &resp), 0);
	cr_assert_eq(resp.status, 503);
	cr_assert_eq(s->count, 1, "a POST create must not be replayed on 503");
	cr_assert_str_eq(b.data, "{\"message\":\"busy\"}");

	/* marked idempotent: retried (request 2 gets 200) */
	cr_assert_eq(do_req(c, "POST", url, true, &b, &resp), 0);
	cr_assert_eq(resp.status, 200);
	cr_assert_eq(s->count, 2);
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, parses_retry_after_forms)
{
	char date[64];
	time_t t = time(NULL) + 5;
	struct tm tm;
	long ms;

	cr_assert_eq(http_parse_retry_after("7"), 7000);
	cr_assert_eq(http_parse_retry_after(" 0 "), 0);
	cr_assert_eq(http_parse_retry_after("abc"), -1);
	cr_assert_eq(http_parse_retry_after("-3"), -1);
	cr_assert_eq(http_parse_retry_after(""), -1);
	cr_assert_eq(http_parse_retry_after("99999999999"), 86400000L);
	gmtime_r(&t, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S GMT", &tm);
	ms = http_parse_retry_after(date);
	cr_assert(ms >= 3000 && ms <= 5000, "date %s gave %ld", date, ms);
	cr_assert_eq(http_parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT"), 0);
}

/* Sends one request against a stub whose first answer is a 429 carrying header; returns
 * the ms it took. */
static int64_t time_429_with(const char *method, const char *header)
{
	struct stub *s = stub_start(h_429_header, (void *)header);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct http_resp resp;
	struct buf b;
	char url[128];
	int64_t t0;

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/x", s->base);
	t0 = http_now_ms();
	cr_assert_eq(do_req(c, method, url, false, &b, &resp), 0, "%s", byoc_errmsg());
	t0 = http_now_ms() - t0;
	cr_assert_eq(resp.status, 200);
	cr_assert_eq(s->count, 2);
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
	return t0;
}

Test(http, retry_after_is_honoured_even_for_post)
{
	int64_t ms = time_429_with("POST", "Retry-After: 1");

	cr_assert_geq(ms, 1000, "slept %lld ms", (long long)ms);
	cr_assert_lt(ms, 3000);
}

Test(http, retry_after_ms_is_milliseconds)
{
	int64_t ms = time_429_with("GET", "Retry-After-Ms: 300");

	/* Read as seconds (the old prefix match), this waited the 60 s cap. */
	cr_assert_geq(ms, 300, "slept %lld ms", (long long)ms);
	cr_assert_lt(ms, 2500, "slept %lld ms", (long long)ms);
}

Test(http, retry_after_header_names_match_whole)
{
	cr_assert_eq(http_retry_after_headers("HTTP/1.1 429 Too Many\r\nRetry-After-Ms: 300\r\n"), 300);
	cr_assert_eq(http_retry_after_headers("retry-after-ms:250\r\n"), 250);
	cr_assert_eq(http_retry_after_headers("Retry-After: 2\r\n"), 2000);
	cr_assert_eq(http_retry_after_headers("RETRY-AFTER : 3\r\n"), 3000);
	cr_assert_eq(http_retry_after_headers("Retry-After: 1\r\nRetry-After-Ms: 1500\r\n"), 1500);
	cr_assert_eq(http_retry_after_headers("Retry-After: 4\r\nRetry-After-Ms: 1500\r\n"), 4000);
	/* other names that start the same are not Retry-After */
	cr_assert_eq(http_retry_after_headers("Retry-After-Seconds: 5\r\n"), -1);
	cr_assert_eq(http_retry_after_headers("Retry-Afterwards: 5\r\n"), -1);
	cr_assert_eq(http_retry_after_headers("X-Retry-After: 5\r\n"), -1);
	/* Retry-After-Ms is a number of milliseconds, not a date */
	cr_assert_eq(http_retry_after_headers("Retry-After-Ms: Thu, 01 Jan 1970 00:00:00 GMT\r\n"), -1);
	cr_assert_eq(http_retry_after_headers("Retry-After-Ms: -5\r\n"), -1);
	cr_assert_eq(http_retry_after_headers("Retry-After-Ms: 12abc\r\n"), -1);
	/* Retry-After keeps both of its forms */
	cr_assert_eq(http_retry_after_headers("Retry-After: Thu, 01 Jan 1970 00:00:00 GMT\r\n"), 0);
	cr_assert_eq(http_retry_after_headers(""), -1);
	cr_assert_eq(http_retry_after_headers(NULL), -1);
}

Test(http, reset_retried_for_get_not_for_post)
{
	struct stub *s = stub_start(h_drop_first, NULL);
	struct http_client *c = client(10, NULL, NULL, NULL);
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "GET", url, false, &b, &resp), 0, "%s", byoc_errmsg());
	cr_assert_eq(resp.status, 200);
	cr_assert_eq(s->count, 2);
	stub_stop(s);

	s = stub_start(h_drop_first, NULL);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "POST", url, false, &b, &resp), BYOC_EIO);
	cr_assert_eq(s->count, 1, "a POST that may have reached the server is not replayed");
	cr_assert(strstr(byoc_errmsg(), "POST http://127.0.0.1:"), "%s", byoc_errmsg());
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

/* A URL on a loopback port that was free a moment ago: its connects are refused. */
static void refused_url(char *url, size_t n)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t sl = sizeof(sa);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(fd, (struct sockaddr *)&sa, sizeof(sa));
	getsockname(fd, (struct sockaddr *)&sa, &sl);
	close(fd);
	snprintf(url, n, "http://127.0.0.1:%d/x", ntohs(sa.sin_port));
}

Test(http, connection_refused_retried_for_any_method)
{
	struct http_client *c = client(10, NULL, NULL, NULL);
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	refused_url(url, sizeof(url));
	cr_assert_eq(do_req(c, "POST", url, false, &b, &resp), BYOC_EIO);
	cr_assert_eq(resp.attempts, 6, "connect failures are safe to retry (6 attempts): %d", resp.attempts);
	cr_assert_eq(resp.status, 0);
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
}

/* The pauses between connect attempts to a server never reached: each at least half its
 * cap (base 10 ms, max 40 ms: 5, 10, 20, 20, 20), so that they span a restart's downtime. */
static void pauses(void *arg, const char *line)
{
	long *p = arg, ms;
	const char *in = strstr(line, "retrying ");
	if (in && (in = strstr(in, " in ")) && sscanf(in, " in %ld ms", &ms) == 1 && p[0] < 16)
		p[1 + p[0]++] = ms;
}

Test(http, connect_pauses_to_a_server_never_reached_have_a_floor)
{
	long got[17] = { 0 };
	struct http_client *c = client(10, NULL, pauses, got);
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	refused_url(url, sizeof(url));
	for (int run = 0; run < 4; run++) { /* full jitter passes this by chance about 1 in 2^20 */
		static const long floor_ms[] = { 5, 10, 20, 20, 20 };
		got[0] = 0;
		cr_assert_eq(do_req(c, "GET", url, true, &b, &resp), BYOC_EIO);
		cr_assert_eq(got[0], 5, "5 pauses between 6 attempts: %ld", got[0]);
		for (int i = 0; i < 5; i++)
			cr_expect_geq(got[1 + i], floor_ms[i], "pause %d: %ld ms < %ld", i + 1, got[1 + i], floor_ms[i]);
	}
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
}

/* A server that answered once and then refuses connections is restarting: waited for with the
 * full max_attempts, where one never reached gets max_connect_attempts; the error says how many. */
Test(http, connection_refused_after_an_answer_gets_max_attempts)
{
	int n = 0;
	struct stub *s = stub_start(h_503_then_ok, &n);
	struct http_client *c = client(5, NULL, NULL, NULL);
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "GET", url, false, &b, &resp), 0, "%s", byoc_errmsg());
	stub_stop(s);
	cr_assert_eq(do_req(c, "POST", url, false, &b, &resp), BYOC_EIO);
	cr_assert_eq(resp.attempts, 8, "a restarting server is waited for (8 attempts): %d", resp.attempts);
	cr_assert(strstr(byoc_errmsg(), "(after 8 attempts)"), "%s", byoc_errmsg());
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
}

Test(http, timeout_fires)
{
	struct stub *s = stub_start(h_slow, NULL);
	struct http_client *c = client(10, NULL, NULL, NULL);
	struct http_req req = { 0 };
	struct http_resp resp;
	struct buf b;
	char url[128];
	int64_t t0 = http_now_ms();

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/slow", s->base);
	req.method = "GET";
	req.url = url;
	req.resp = &b;
	req.timeout_ms = 300;
	cr_assert_eq(http_do(c, &req, &resp), BYOC_ETIMEOUT);
	cr_assert_eq(s->count, 1, "a response timeout is not a connect failure: not retried");
	cr_assert_lt(http_now_ms() - t0, 1500);
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, deadline_bounds_retries)
{
	struct stub *s = stub_start(h_always_503, NULL);
	struct http_client *c = client(200, NULL, NULL, NULL);
	struct http_req req = { 0 };
	struct http_resp resp;
	char url[128];
	int64_t t0 = http_now_ms();

	http_resp_init(&resp);
	snprintf(url, sizeof(url), "%s/x", s->base);
	req.method = "GET";
	req.url = url;
	req.deadline_ms = 500;
	req.max_attempts = 50;
	cr_assert_eq(http_do(c, &req, &resp), 0);
	cr_assert_eq(resp.status, 503);
	cr_assert_lt(http_now_ms() - t0, 1000);
	cr_assert_lt(s->count, 50);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, max_attempts_bound)
{
	struct stub *s = stub_start(h_always_503, NULL);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct http_resp resp;
	char url[128];

	http_resp_init(&resp);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "DELETE", url, false, NULL, &resp), 0);
	cr_assert_eq(resp.status, 503);
	cr_assert_eq(s->count, 8);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

/* ---- tracing ------------------------------------------------------------------------ */

static void collect(void *arg, const char *line)
{
	struct buf *b = arg;

	buf_puts(b, line);
	buf_puts(b, "\n");
}

Test(http, traces_redact_secrets)
{
	static const char *secrets[] = { "sk-SECRETKEY123", NULL };
	struct stub *s = stub_start(h_echo, NULL);
	struct buf log;
	struct http_client *c;
	struct http_req req = { 0 };
	struct http_resp resp;
	const char *hdrs[] = { "Authorization: Bearer sk-SECRETKEY123", "X-Daytona-Preview-Token: tok999999",
			       "X-Other: sk-SECRETKEY123", NULL };
	char url[256];

	buf_init(&log, 0);
	c = client(1, secrets, collect, &log);
	http_resp_init(&resp);
	snprintf(url, sizeof(url), "%s/x?DAYTONA_SANDBOX_AUTH_KEY=qqqqqq&path=/a", s->base);
	req.method = "GET";
	req.url = url;
	req.headers = hdrs;
	cr_assert_eq(http_do(c, &req, &resp), 0);
	cr_assert_eq(resp.status, 200);
	cr_assert(strstr(log.data, "GET /x?"), "%s", log.data);
	cr_assert_null(strstr(log.data, "SECRETKEY123"), "%s", log.data);
	cr_assert_null(strstr(log.data, "tok999999"), "%s", log.data);
	cr_assert_null(strstr(log.data, "qqqqqq"), "%s", log.data);
	cr_assert(strstr(log.data, "Authorization: [redacted]"), "%s", log.data);
	cr_assert(strstr(log.data, "path=/a"), "%s", log.data);
	buf_release(&log);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, redact_helper)
{
	static const char *secrets[] = { "hunter2hunter2", NULL };
	struct http_client *c = client(1, secrets, NULL, NULL);
	char *r = http_redact(c, "key hunter2hunter2 and Authorization: Bearer abc.def, ok", 0);

	cr_assert_str_eq(r, "key [redacted] and Authorization: Bearer [redacted], ok");
	free(r);
	r = http_redact(c, "0123456789", 4);
	cr_assert_str_eq(r, "0123...");
	free(r);
	http_client_free(c);
}

Test(http, reuses_connections)
{
	int n = 0;
	struct stub *s = stub_start(h_503_then_ok, &n);
	struct buf log;
	struct http_client *c;
	struct http_resp resp;
	char url[128];

	buf_init(&log, 0);
	c = client(1, NULL, collect, &log);
	http_resp_init(&resp);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "GET", url, false, NULL, &resp), 0);
	cr_assert_eq(do_req(c, "GET", url, false, NULL, &resp), 0);
	cr_assert(strstr(log.data, "Re-using existing connection"), "%s", log.data);
	buf_release(&log);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, response_cap)
{
	struct stub *s = stub_start(h_big, NULL);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct buf b;
	char url[128];

	buf_init(&b, 4096);
	snprintf(url, sizeof(url), "%s/x", s->base);
	cr_assert_eq(do_req(c, "GET", url, false, &b, NULL), BYOC_ENOMEM);
	cr_assert(strstr(byoc_errmsg(), "larger than 4096"), "%s", byoc_errmsg());
	buf_release(&b);
	http_client_free(c);
	stub_stop(s);
}

Test(http, response_headers)
{
	struct stub *s = stub_start(h_429_retry_after_1, NULL);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct http_req req = { 0 };
	struct http_resp resp;
	char url[128], v[32];

	http_resp_init(&resp);
	snprintf(url, sizeof(url), "%s/x", s->base);
	req.url = url;
	req.no_retry = true;
	cr_assert_eq(http_do(c, &req, &resp), 0);
	cr_assert_eq(resp.status, 429);
	cr_assert_str_eq(http_resp_header(&resp, "retry-after", v, sizeof(v)), "1");
	cr_assert_null(http_resp_header(&resp, "X-None", v, sizeof(v)));
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

/* ---- streamed bodies ----------------------------------------------------------------- */

struct src {
	const char *parts[4];
	int i;
	int seeks;
};

static ssize_t src_read(void *arg, char *p, size_t n)
{
	struct src *s = arg;
	size_t len;

	if (!s->parts[s->i])
		return 0;
	len = strlen(s->parts[s->i]);
	cr_assert_leq(len, n);
	memcpy(p, s->parts[s->i++], len);
	return (ssize_t)len;
}

static int src_seek(void *arg)
{
	struct src *s = arg;

	s->i = 0;
	s->seeks++;
	return 0;
}

Test(http, streamed_body_chunked_and_sized)
{
	struct stub *s = stub_start(h_echo, NULL);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct src src = { .parts = { "hello ", "stream", "ed", NULL } };
	struct http_req req = { 0 };
	struct buf b;
	char url[128];

	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/up", s->base);
	req.method = "POST";
	req.url = url;
	req.read = src_read;
	req.read_arg = &src;
	req.body_size = -1;
	req.resp = &b;
	cr_assert_eq(http_do(c, &req, NULL), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(b.data, "POST 14 chunked hello streamed");

	src.i = 0;
	req.method = "PUT";
	req.body_size = 14;
	cr_assert_eq(http_do(c, &req, NULL), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(b.data, "PUT 14 - hello streamed");
	buf_release(&b);
	http_client_free(c);
	stub_stop(s);
}

Test(http, streamed_body_replayed_only_with_seek)
{
	struct stub *s = stub_start(h_drop_first, NULL);
	struct http_client *c = client(5, NULL, NULL, NULL);
	struct src src = { .parts = { "abc", "def", NULL } };
	struct http_req req = { 0 };
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/up", s->base);
	req.method = "PUT";
	req.url = url;
	req.read = src_read;
	req.read_arg = &src;
	req.body_size = -1;
	req.resp = &b;
	cr_assert_lt(http_do(c, &req, &resp), 0);
	cr_assert_eq(s->count, 1, "a consumed body without seek cannot be replayed");
	stub_stop(s);

	s = stub_start(h_drop_first, NULL);
	snprintf(url, sizeof(url), "%s/up", s->base);
	src.i = 0;
	req.seek = src_seek;
	cr_assert_eq(http_do(c, &req, &resp), 0, "%s", byoc_errmsg());
	cr_assert_eq(resp.status, 200);
	cr_assert_eq(s->count, 2);
	cr_assert_geq(src.seeks, 1);
	cr_assert_str_eq(b.data, "len=6");
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

static ssize_t failing_read(void *arg, char *p, size_t n)
{
	(void)arg, (void)p, (void)n;
	byoc_fail(BYOC_EIO, "cannot read 'x': disk on fire");
	return HTTP_READ_ABORT;
}

Test(http, read_callback_abort_keeps_its_error)
{
	struct stub *s = stub_start(h_echo, NULL);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct http_req req = { 0 };
	char url[128];

	snprintf(url, sizeof(url), "%s/up", s->base);
	req.method = "POST";
	req.url = url;
	req.read = failing_read;
	req.body_size = -1;
	cr_assert_eq(http_do(c, &req, NULL), BYOC_EIO);
	cr_assert_str_eq(byoc_errmsg(), "cannot read 'x': disk on fire");
	http_client_free(c);
	stub_stop(s);
}

/* ---- write callback + errbody ------------------------------------------------------------ */

static int sink(void *arg, const char *p, size_t n)
{
	return buf_append(arg, p, n);
}

Test(http, write_callback_gets_2xx_only)
{
	int n = 1;
	struct stub *s = stub_start(h_503_then_ok, &n);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct http_req req = { 0 };
	struct http_resp resp;
	struct buf b;
	char url[128];

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/x", s->base);
	req.url = url;
	req.write = sink;
	req.write_arg = &b;
	req.no_retry = true;
	cr_assert_eq(http_do(c, &req, &resp), 0);
	cr_assert_eq(resp.status, 503);
	cr_assert_eq(b.len, 0);
	cr_assert_str_eq(resp.errbody.data, "{\"message\":\"busy\"}");
	cr_assert_eq(http_do(c, &req, &resp), 0);
	cr_assert_eq(resp.status, 200);
	cr_assert_str_eq(b.data, "ok");
	cr_assert_eq(resp.errbody.len, 0);
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

/* ---- threads ---------------------------------------------------------------------------- */

struct thr {
	struct http_client *c;
	const char *url;
	int ok;
};

static void *thr_main(void *arg)
{
	struct thr *t = arg;
	int i;

	for (i = 0; i < 20; i++) {
		struct http_resp resp;

		http_resp_init(&resp);
		if (do_req(t->c, "GET", t->url, false, NULL, &resp) == 0 && resp.status == 200)
			t->ok++;
		http_resp_release(&resp);
	}
	return NULL;
}

Test(http, one_client_many_threads)
{
	int n = 0;
	struct stub *s = stub_start(h_503_then_ok, &n);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct thr t[4];
	pthread_t th[4];
	char url[128];
	int i;

	snprintf(url, sizeof(url), "%s/x", s->base);
	for (i = 0; i < 4; i++) {
		t[i] = (struct thr){ c, url, 0 };
		pthread_create(&th[i], NULL, thr_main, &t[i]);
	}
	for (i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		cr_assert_eq(t[i].ok, 20);
	}
	cr_assert_eq(s->count, 80);
	http_client_free(c);
	stub_stop(s);
}

/* ---- cancel --------------------------------------------------------------------------------- */

static volatile sig_atomic_t cancel_flag;

static void *canceller(void *arg)
{
	(void)arg;
	stub_sleep_ms(200);
	cancel_flag = 1;
	return NULL;
}

Test(http, cancel_stops_a_call)
{
	struct stub *s = stub_start(h_slow, NULL);
	struct http_opts o = { 0 };
	struct http_client *c;
	pthread_t th;
	char url[128];
	int64_t t0 = http_now_ms();

	o.cancel = &cancel_flag;
	cr_assert_eq(http_client_new(&o, &c), 0);
	snprintf(url, sizeof(url), "%s/slow", s->base);
	pthread_create(&th, NULL, canceller, NULL);
	cr_assert_eq(do_req(c, "GET", url, false, NULL, NULL), BYOC_EINTR);
	cr_assert_lt(http_now_ms() - t0, 1500);
	pthread_join(th, NULL);
	cr_assert_eq(http_sleep_ms(5000, &cancel_flag), BYOC_EINTR);
	http_client_free(c);
	stub_stop(s);
}

/* ---- streams ---------------------------------------------------------------------------------- */

static void h_stream(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)r;
	o->chunks[0] = "line 1\n";
	o->chunks[1] = "line 2\n";
	o->pause_ms = 100;
	o->hang = *(bool *)s->arg;
}

Test(http, stream_idle_and_eof)
{
	bool hang = true;
	struct stub *s = stub_start(h_stream, &hang);
	struct http_client *c = client(1, NULL, NULL, NULL);
	struct http_req req = { 0 };
	struct http_resp resp;
	struct http_stream *st;
	struct buf b;
	char url[128];
	int w, i;

	http_resp_init(&resp);
	buf_init(&b, 1024);
	snprintf(url, sizeof(url), "%s/logs", s->base);
	req.url = url;
	req.write = sink;
	req.write_arg = &b;
	cr_assert_eq(http_stream_open(c, &req, &resp, &st), 0, "%s", byoc_errmsg());
	cr_assert_eq(resp.status, 200);
	for (i = 0; i < 20 && !strstr(b.data, "line 2\n"); i++)
		cr_assert_geq(http_stream_wait(st, 500), 0);
	cr_assert_str_eq(b.data, "line 1\nline 2\n");
	w = http_stream_wait(st, 300);
	cr_assert_eq(w, HTTP_STREAM_IDLE, "got %d", w);
	http_stream_close(st);

	hang = false;
	buf_reset(&b);
	cr_assert_eq(http_stream_open(c, &req, &resp, &st), 0);
	for (i = 0; i < 20; i++) {
		w = http_stream_wait(st, 500);
		if (w == HTTP_STREAM_EOF)
			break;
	}
	cr_assert_eq(w, HTTP_STREAM_EOF);
	cr_assert_str_eq(b.data, "line 1\nline 2\n");
	http_stream_close(st);
	buf_release(&b);
	http_resp_release(&resp);
	http_client_free(c);
	stub_stop(s);
}

Test(http, escape)
{
	char *e = http_escape("a b/c?d=é&~._-");

	cr_assert_str_eq(e, "a%20b%2Fc%3Fd%3D%C3%A9%26~._-");
	free(e);
}

/* A credential goes over plain http only to this machine, or when the process
 * environment says so (issue 16: GIT_TOKEN went in clear to any http host). */
Test(http, credentials_over_plain_http)
{
	unsetenv(HTTP_ALLOW_ENV);
	cr_assert(http_credentials_allowed("https://example.com/repo.git"));
	cr_assert(http_credentials_allowed("HTTPS://example.com"));
	cr_assert(http_credentials_allowed("ssh://git@example.com/r.git"));
	cr_assert(http_credentials_allowed("http://127.0.0.1:3986/api"));
	cr_assert(http_credentials_allowed("http://127.9.8.7/x"));
	cr_assert(http_credentials_allowed("http://localhost:80/x"));
	cr_assert(http_credentials_allowed("http://LOCALHOST"));
	cr_assert(http_credentials_allowed("http://[::1]:8080/x"));
	cr_assert(http_credentials_allowed("http://user:pw@127.0.0.1/x"));
	cr_assert_not(http_credentials_allowed("http://example.com/repo.git"));
	cr_assert_not(http_credentials_allowed("HTTP://example.com/repo.git"));
	cr_assert_not(http_credentials_allowed("http://192.0.2.1:8080/x"));
	cr_assert_not(http_credentials_allowed("http://[2001:db8::1]/x"));
	/* user info that looks like a loopback host does not make the host one */
	cr_assert_not(http_credentials_allowed("http://127.0.0.1@evil.example/x"));
	cr_assert_not(http_credentials_allowed("http://localhost:x@evil.example:80/x"));
	cr_assert_not(http_credentials_allowed("http://localhost.evil.example/x"));
	cr_assert_not(http_credentials_allowed("http://127.0.0.1.evil.example/x"));
	cr_assert_not(http_credentials_allowed("http:///x"));
	setenv(HTTP_ALLOW_ENV, "0", 1);
	cr_assert_not(http_credentials_allowed("http://example.com/"));
	setenv(HTTP_ALLOW_ENV, "1", 1);
	cr_assert(http_credentials_allowed("http://example.com/"));
	unsetenv(HTTP_ALLOW_ENV);
}
