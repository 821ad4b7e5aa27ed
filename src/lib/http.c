#include "lib/http.h"
#include "util/err.h"
#include "util/rand.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <curl/curl.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#ifndef BYOC_VERSION
#define BYOC_VERSION "0.1.0"
#endif

#define POOL_MAX 32
#define HDRS_MAX ((size_t)64 << 10)
#define ERRBODY_MAX ((size_t)64 << 10)

struct http_client {
	struct http_opts o;
	char *ua;
	char **secrets;
	size_t nsecrets;
	pthread_mutex_t lock;
	CURL *pool[POOL_MAX];
	size_t npool;
	/* a server that answered once and now refuses connections is restarting, not a
	 * wrong URL: its connect failures get the full max_attempts */
	volatile int reached;
};

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc;

static void global_init(void)
{
	global_rc = curl_global_init(CURL_GLOBAL_ALL);
}

/* ---- small helpers ------------------------------------------------------------- */

int64_t http_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int http_sleep_ms(long ms, volatile sig_atomic_t *cancel)
{
	int64_t end = http_now_ms() + ms;

	for (;;) {
		int64_t left;
		struct timespec ts;

		if (cancel && *cancel)
			return byoc_fail(BYOC_EINTR, "interrupted");
		left = end - http_now_ms();
		if (left <= 0)
			return 0;
		if (left > 50)
			left = 50;
		ts.tv_sec = 0;
		ts.tv_nsec = left * 1000000L;
		nanosleep(&ts, NULL);
	}
}

/* The host of an http(s) URL without brackets, port or user info, in out. */
static bool url_host(const char *url, char *out, size_t n)
{
	const char *p = strstr(url, "://"), *end, *at;
	size_t len;

	if (!p)
		return false;
	p += 3;
	end = p + strcspn(p, "/?#");
	at = memchr(p, '@', (size_t)(end - p));
	while (at) {  /* the last '@' before the path ends the user info */
		p = at + 1;
		at = memchr(p, '@', (size_t)(end - p));
	}
	if (*p == '[') {
		const char *close = memchr(p, ']', (size_t)(end - p));

		if (!close)
			return false;
		p++;
		end = close;
	} else {
		const char *colon = memchr(p, ':', (size_t)(end - p));

		if (colon)
			end = colon;
	}
	len = (size_t)(end - p);
	if (len == 0 || len >= n)
		return false;
	memcpy(out, p, len);
	out[len] = '\0';
	return true;
}

bool http_credentials_allowed(const char *url)
{
	const char *allow = getenv(HTTP_ALLOW_ENV);
	unsigned char a[16];
	char host[256];

	if (!url || strncasecmp(url, "http://", 7) != 0)
		return true;  /* https, or not http at all (ssh, file: not ours to judge) */
	if (allow && strcmp(allow, "1") == 0)
		return true;
	if (!url_host(url, host, sizeof(host)))
		return false;
	if (strcasecmp(host, "localhost") == 0)
		return true;
	if (inet_pton(AF_INET, host, a) == 1)
		return a[0] == 127;
	if (inet_pton(AF_INET6, host, a) == 1)
		return memcmp(a, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\1", 16) == 0;
	return false;
}

char *http_escape(const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(s);
	char *out = malloc(n * 3 + 1), *o;

	if (!out)
		return NULL;
	o = out;
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
			*o++ = (char)ch;
		} else {
			*o++ = '%';
			*o++ = hex[ch >> 4];
			*o++ = hex[ch & 15];
		}
	}
	*o = '\0';
	return out;
}

/* A delay written as a non-negative decimal count of `unit` ms, capped at a day; -1 when v
 * is not only that number (surrounding blanks allowed). */
static long parse_delay(const char *v, long long unit)
{
	char *end;
	long long n;

	while (isspace((unsigned char)*v))
		v++;
	if (!isdigit((unsigned char)*v))
		return -1;
	errno = 0;
	n = strtoll(v, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (errno || *end)
		return -1;
	if (n > 86400000LL / unit)
		n = 86400000LL / unit;
	return (long)(n * unit);
}

long http_parse_retry_after(const char *v)
{
	time_t t;

	if (!v)
		return -1;
	while (isspace((unsigned char)*v))
		v++;
	if (!*v)
		return -1;
	if (isdigit((unsigned char)*v))
		return parse_delay(v, 1000);
	t = curl_getdate(v, NULL);
	if (t == (time_t)-1)
		return -1;
	t -= time(NULL);
	if (t < 0)
		return 0;
	if (t > 86400)
		t = 86400;
	return (long)t * 1000;
}

static bool ieq_prefix(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* Replaces every occurrence of needle in b (from offset 0) with "[redacted]". */
static void buf_replace_all(struct buf *b, const char *needle)
{
	size_t nl = strlen(needle);
	struct buf out;
	char *p, *s;

	if (nl < 4 || !strstr(b->data, needle))
		return;
	buf_init(&out, 0);
	s = b->data;
	while ((p = strstr(s, needle))) {
		buf_append(&out, s, (size_t)(p - s));
		buf_puts(&out, "[redacted]");
		s = p + nl;
	}
	buf_puts(&out, s);
	buf_release(b);
	*b = out;
}

/* "Bearer xyz" -> "Bearer [redacted]" */
static void redact_bearer(struct buf *b)
{
	struct buf out;
	char *s = b->data, *p;
	bool any = false;

	buf_init(&out, 0);
	while ((p = strcasestr(s, "bearer "))) {
		char *e = p + 7;

		while (*e == ' ')
			e++;
		if (!*e || isspace((unsigned char)*e) || !strncmp(e, "[redacted]", 10)) {
			buf_append(&out, s, (size_t)(e - s));
			s = e;
			continue;
		}
		buf_append(&out, s, (size_t)(e - s));
		buf_puts(&out, "[redacted]");
		while (*e && !isspace((unsigned char)*e) && *e != '"' && *e != '\'' && *e != ',')
			e++;
		s = e;
		any = true;
	}
	if (!any) {
		buf_release(&out);
		return;
	}
	buf_puts(&out, s);
	buf_release(b);
	*b = out;
}

char *http_redact(const struct http_client *c, const char *s, size_t max)
{
	struct buf b;
	size_t i;

	buf_init(&b, 0);
	if (buf_puts(&b, s ? s : "") < 0)
		return NULL;
	if (c)
		for (i = 0; i < c->nsecrets; i++)
			buf_replace_all(&b, c->secrets[i]);
	redact_bearer(&b);
	if (max && b.len > max) {
		size_t cut = max;

		/* do not split a UTF-8 sequence */
		while (cut > 0 && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
			cut--;
		b.len = cut;
		b.data[cut] = '\0';
		buf_puts(&b, "...");
	}
	if (!b.cap)
		return strdup("");
	return buf_detach(&b);
}

static bool secret_query_key(const char *k, size_t n)
{
	static const char *words[] = { "key", "token", "secret", "password", "signature",
				       "credential", "auth", NULL };
	char tmp[64];
	size_t i;

	if (n >= sizeof(tmp))
		n = sizeof(tmp) - 1;
	for (i = 0; i < n; i++)
		tmp[i] = (char)tolower((unsigned char)k[i]);
	tmp[n] = '\0';
	for (i = 0; words[i]; i++)
		if (strstr(tmp, words[i]))
			return true;
	return false;
}

/* URL with the values of secret-looking query parameters redacted. */
static void redact_url(struct buf *out, const char *url)
{
	const char *q = strchr(url, '?'), *p;

	if (!q) {
		buf_puts(out, url);
		return;
	}
	buf_append(out, url, (size_t)(q - url) + 1);
	p = q + 1;
	while (*p) {
		const char *amp = strchr(p, '&'), *eq;
		size_t len = amp ? (size_t)(amp - p) : strlen(p);

		eq = memchr(p, '=', len);
		if (eq && secret_query_key(p, (size_t)(eq - p))) {
			buf_append(out, p, (size_t)(eq - p) + 1);
			buf_puts(out, "[redacted]");
		} else {
			buf_append(out, p, len);
		}
		p += len;
		if (*p == '&')
			buf_append(out, p++, 1);
	}
}

static bool secret_header(const char *line)
{
	static const char *names[] = { "authorization:", "proxy-authorization:", "cookie:", "set-cookie:",
				       "x-daytona-preview-token:", "x-amz-security-token:", "x-api-key:",
				       NULL };
	size_t i;

	for (i = 0; names[i]; i++)
		if (ieq_prefix(line, names[i]))
			return true;
	return false;
}

static void logf_(const struct http_client *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(const struct http_client *c, const char *fmt, ...)
{
	char line[2048];
	char *red;
	va_list ap;

	if (!c->o.log)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	red = http_redact(c, line, 0);
	c->o.log(c->o.log_arg, red ? red : "[trace line lost]");
	free(red);
}

/* One header line as it goes to the trace: secret values redacted. */
static void log_header_line(const struct http_client *c, char dir, const char *p, size_t n)
{
	struct buf b;

	while (n && (p[n - 1] == '\n' || p[n - 1] == '\r'))
		n--;
	if (!n)
		return;
	buf_init(&b, 0);
	buf_append(&b, p, n);
	if (secret_header(b.data)) {
		char *colon = strchr(b.data, ':');

		b.len = (size_t)(colon - b.data) + 1;
		b.data[b.len] = '\0';
		buf_puts(&b, " [redacted]");
	} else if (dir == '>' && !strchr(b.data, ':')) {
		/* request line: METHOD URL HTTP/1.1 */
		char *sp = strchr(b.data, ' ');
		char *sp2 = sp ? strrchr(sp + 1, ' ') : NULL;

		if (sp && sp2 && sp2 > sp) {
			struct buf r;

			buf_init(&r, 0);
			buf_append(&r, b.data, (size_t)(sp - b.data) + 1);
			*sp2 = '\0';
			redact_url(&r, sp + 1);
			*sp2 = ' ';
			buf_puts(&r, sp2);
			buf_release(&b);
			b = r;
		}
	}
	logf_(c, "%c %s", dir, b.data);
	buf_release(&b);
}

static int debug_cb(CURL *h, curl_infotype type, char *data, size_t size, void *arg)
{
	const struct http_client *c = arg;
	char dir;
	size_t i, start = 0;

	(void)h;
	switch (type) {
	case CURLINFO_HEADER_OUT: dir = '>'; break;
	case CURLINFO_HEADER_IN: dir = '<'; break;
	case CURLINFO_TEXT: dir = '*'; break;
	default: return 0;
	}
	for (i = 0; i <= size; i++) {
		if (i == size || data[i] == '\n') {
			if (i > start)
				log_header_line(c, dir, data + start, i - start);
			start = i + 1;
		}
	}
	return 0;
}

/* ---- client ----------------------------------------------------------------------- */

int http_client_new(const struct http_opts *opts, struct http_client **out)
{
	struct http_client *c;
	size_t n = 0, i;

	*out = NULL;
	pthread_once(&global_once, global_init);
	if (global_rc != CURLE_OK)
		return byoc_fail(BYOC_EFAIL, "cannot initialise libcurl: %s", curl_easy_strerror(global_rc));
	c = calloc(1, sizeof(*c));
	if (!c)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (opts)
		c->o = *opts;
	if (!c->o.connect_timeout_ms)
		c->o.connect_timeout_ms = 10000;
	if (!c->o.timeout_ms)
		c->o.timeout_ms = 120000;
	if (!c->o.low_speed_time_s)
		c->o.low_speed_time_s = 60;
	if (!c->o.deadline_ms)
		c->o.deadline_ms = 300000;
	if (c->o.max_attempts <= 0)
		c->o.max_attempts = 8;
	if (c->o.max_connect_attempts <= 0)
		c->o.max_connect_attempts = 6;
	if (!c->o.backoff_base_ms)
		c->o.backoff_base_ms = 250;
	if (!c->o.backoff_max_ms)
		c->o.backoff_max_ms = 8000;
	if (!c->o.retry_after_max_ms)
		c->o.retry_after_max_ms = 60000;
	c->ua = strdup(c->o.user_agent ? c->o.user_agent : "byoc/" BYOC_VERSION);
	c->o.user_agent = c->ua;
	if (opts && opts->secrets)
		while (opts->secrets[n])
			n++;
	c->secrets = calloc(n + 1, sizeof(char *));
	if (!c->ua || !c->secrets)
		goto oom;
	for (i = 0; i < n; i++) {
		if (!opts->secrets[i][0])
			continue;
		if (!(c->secrets[c->nsecrets] = strdup(opts->secrets[i])))
			goto oom;
		c->nsecrets++;
	}
	c->o.secrets = (const char *const *)c->secrets;
	pthread_mutex_init(&c->lock, NULL);
	*out = c;
	return 0;
oom:
	for (i = 0; i < c->nsecrets; i++)
		free(c->secrets[i]);
	free(c->secrets);
	free(c->ua);
	free(c);
	return byoc_fail(BYOC_ENOMEM, "out of memory");
}

void http_client_free(struct http_client *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->npool; i++)
		curl_easy_cleanup(c->pool[i]);
	for (i = 0; i < c->nsecrets; i++)
		free(c->secrets[i]);
	free(c->secrets);
	free(c->ua);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

const struct http_opts *http_client_opts(const struct http_client *c)
{
	return &c->o;
}

static long backoff_cap_ms(const struct http_client *c, int attempt)
{
	long cap = c->o.backoff_base_ms;

	for (int k = 1; k < attempt && cap < c->o.backoff_max_ms; k++)
		cap *= 2;
	return cap > c->o.backoff_max_ms ? c->o.backoff_max_ms : cap;
}

/* The pause before attempt + 1: uniform(0, min(backoff_max, backoff_base * 2^(attempt-1))). */
static long backoff_ms(const struct http_client *c, int attempt)
{
	long cap = backoff_cap_ms(c, attempt);
	return cap > 0 ? (long)rand_below((uint64_t)cap + 1) : 0;
}

/* The same for a server never reached yet, with half the cap as a floor (equal jitter): its
 * max_connect_attempts then span at least about 4 s with the defaults, a restarting server's
 * downtime, where full jitter could spend them all in a fraction of it. */
static long connect_backoff_ms(const struct http_client *c, int attempt)
{
	long cap = backoff_cap_ms(c, attempt);
	return cap > 0 ? cap / 2 + (long)rand_below((uint64_t)(cap - cap / 2) + 1) : 0;
}

int http_backoff(const struct http_client *c, int attempt)
{
	return http_sleep_ms(backoff_ms(c, attempt), c->o.cancel) < 0 ? BYOC_EINTR : 0;
}

static CURL *borrow(struct http_client *c)
{
	CURL *h = NULL;

	pthread_mutex_lock(&c->lock);
	if (c->npool)
		h = c->pool[--c->npool];
	pthread_mutex_unlock(&c->lock);
	if (h)
		curl_easy_reset(h);
	else
		h = curl_easy_init();
	return h;
}

static void give_back(struct http_client *c, CURL *h)
{
	if (!h)
		return;
	pthread_mutex_lock(&c->lock);
	if (c->npool < POOL_MAX) {
		c->pool[c->npool++] = h;
		h = NULL;
	}
	pthread_mutex_unlock(&c->lock);
	if (h)
		curl_easy_cleanup(h);
}

void http_resp_init(struct http_resp *r)
{
	r->status = 0;
	r->attempts = 0;
	buf_init(&r->hdrs, HDRS_MAX);
	buf_init(&r->errbody, ERRBODY_MAX);
}

void http_resp_release(struct http_resp *r)
{
	buf_release(&r->hdrs);
	buf_release(&r->errbody);
}

const char *http_resp_header(const struct http_resp *r, const char *name, char *out, size_t n)
{
	const char *p = r->hdrs.data;
	size_t nl = strlen(name);

	while (p && *p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);

		if (len > nl && p[nl] == ':' && strncasecmp(p, name, nl) == 0) {
			const char *v = p + nl + 1;
			size_t vl = len - nl - 1;

			while (vl && (*v == ' ' || *v == '\t'))
				v++, vl--;
			while (vl && (v[vl - 1] == '\r' || v[vl - 1] == ' ' || v[vl - 1] == '\t'))
				vl--;
			if (n) {
				if (vl >= n)
					vl = n - 1;
				memcpy(out, v, vl);
				out[vl] = '\0';
			}
			return out;
		}
		p = e ? e + 1 : NULL;
	}
	return NULL;
}

/* ---- one transfer ----------------------------------------------------------------- */

struct xfer {
	struct http_client *c;
	const struct http_req *req;
	struct http_resp *resp;
	CURL *h;
	long long sent;        /* body bytes taken from req->read */
	long long delivered;   /* body bytes given to req->write */
	int cb_err;            /* code of an aborting callback */
	bool over_cap;
	bool headers_done;
	long status;
	volatile sig_atomic_t *cancel;
	bool got_data;         /* stream: data since the last wait */
};

static size_t header_cb(char *p, size_t size, size_t nmemb, void *arg)
{
	struct xfer *x = arg;
	size_t n = size * nmemb;

	if (n >= 5 && !strncmp(p, "HTTP/", 5)) {
		const char *sp = memchr(p, ' ', n);

		buf_reset(&x->resp->hdrs);
		x->status = sp ? strtol(sp + 1, NULL, 10) : 0;
		x->headers_done = false;
	} else if ((n == 2 && p[0] == '\r') || (n == 1 && p[0] == '\n')) {
		/* end of a header block; 1xx blocks are followed by another */
		if (x->status >= 200)
			x->headers_done = true;
	}
	buf_append(&x->resp->hdrs, p, n); /* over the cap: the rest is dropped */
	return n;
}

static size_t write_cb(char *p, size_t size, size_t nmemb, void *arg)
{
	struct xfer *x = arg;
	size_t n = size * nmemb;
	long st = x->status;
	int rc;

	if (!st)
		curl_easy_getinfo(x->h, CURLINFO_RESPONSE_CODE, &st);
	x->got_data = true;
	if (x->req->write) {
		if (st >= 200 && st < 300) {
			rc = x->req->write(x->req->write_arg, p, n);
			if (rc < 0) {
				x->cb_err = rc;
				return 0;
			}
			x->delivered += (long long)n;
		} else {
			buf_append(&x->resp->errbody, p, n); /* capped: keep what fits */
		}
		return n;
	}
	if (x->req->resp) {
		if (buf_append(x->req->resp, p, n) < 0) {
			x->over_cap = true;
			return 0;
		}
	}
	return n;
}

static size_t read_cb(char *p, size_t size, size_t nmemb, void *arg)
{
	struct xfer *x = arg;
	ssize_t r = x->req->read(x->req->read_arg, p, size * nmemb);

	if (r < 0) {
		x->cb_err = byoc_errcode() < 0 ? byoc_errcode() : BYOC_EIO;
		if (x->cb_err == BYOC_EIO && byoc_errcode() >= 0)
			byoc_fail(BYOC_EIO, "request body source failed");
		return CURL_READFUNC_ABORT;
	}
	x->sent += r;
	return (size_t)r;
}

static int seek_cb(void *arg, curl_off_t off, int origin)
{
	struct xfer *x = arg;

	if (off != 0 || origin != SEEK_SET || !x->req->seek)
		return CURL_SEEKFUNC_CANTSEEK;
	if (x->req->seek(x->req->read_arg) < 0)
		return CURL_SEEKFUNC_FAIL;
	x->sent = 0;
	return CURL_SEEKFUNC_OK;
}

static int progress_cb(void *arg, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
	struct xfer *x = arg;

	(void)dt, (void)dn, (void)ut, (void)un;
	return x->cancel && *x->cancel ? 1 : 0;
}

static long pick(long per_call, long dflt)
{
	return per_call ? per_call : dflt;
}

/* A request's header list, zeroed before it is freed: it carries the credentials
 * (Authorization, x-api-key, x-amz-security-token). */
static void headers_free(struct curl_slist *l)
{
	for (struct curl_slist *p = l; p; p = p->next)
		if (p->data)
			explicit_bzero(p->data, strlen(p->data));
	curl_slist_free_all(l);
}

/* Sets up h for req. *hl receives the header list to free after the transfer. */
static int setup(struct xfer *x, long timeout_ms, long connect_ms, long low_speed_s, struct curl_slist **hl)
{
	const struct http_req *req = x->req;
	CURL *h = x->h;
	struct curl_slist *l = NULL, *t;
	const char *m = req->method ? req->method : "GET";
	size_t i;

	*hl = NULL;
	curl_easy_setopt(h, CURLOPT_URL, req->url);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	if (req->aws_sigv4) {
		curl_easy_setopt(h, CURLOPT_AWS_SIGV4, req->aws_sigv4);
		curl_easy_setopt(h, CURLOPT_USERPWD, req->userpwd ? req->userpwd : "");
	}
	curl_easy_setopt(h, CURLOPT_USERAGENT, x->c->o.user_agent);
	curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, connect_ms > 0 ? connect_ms : 0L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms > 0 ? timeout_ms : 0L);
	if (low_speed_s > 0) {
		curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
		curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, low_speed_s);
	}
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, header_cb);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, write_cb);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, progress_cb);
	curl_easy_setopt(h, CURLOPT_XFERINFODATA, x);
	if (x->c->o.log) {
		curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
		curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, debug_cb);
		curl_easy_setopt(h, CURLOPT_DEBUGDATA, x->c);
	}

	if (!(t = curl_slist_append(l, "Expect:")))
		goto oom;
	l = t;
	for (i = 0; req->headers && req->headers[i]; i++) {
		if (!(t = curl_slist_append(l, req->headers[i])))
			goto oom;
		l = t;
	}

	if (!strcmp(m, "HEAD")) {
		curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
	} else if (req->read) {
		curl_easy_setopt(h, CURLOPT_READFUNCTION, read_cb);
		curl_easy_setopt(h, CURLOPT_READDATA, x);
		curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, seek_cb);
		curl_easy_setopt(h, CURLOPT_SEEKDATA, x);
		/* a streamed body in 1 MiB pieces, not curl's 64 KiB: a GiB costs 16 times fewer
		 * callbacks, reads, sends and wake-ups of the server */
		curl_easy_setopt(h, CURLOPT_UPLOAD_BUFFERSIZE, 1L << 20);
		if (!strcmp(m, "PUT")) {
			curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
			curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)req->body_size);
		} else {
			curl_easy_setopt(h, CURLOPT_POST, 1L);
			curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
					 (curl_off_t)(req->body_size >= 0 ? req->body_size : -1));
			if (strcmp(m, "POST"))
				curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, m);
		}
		if (req->body_size < 0) {
			if (!(t = curl_slist_append(l, "Transfer-Encoding: chunked")))
				goto oom;
			l = t;
		}
	} else if (req->body || !strcmp(m, "POST")) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(req->body ? req->body_len : 0));
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, req->body ? (const char *)req->body : "");
		if (strcmp(m, "POST"))
			curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, m);
	} else if (strcmp(m, "GET")) {
		curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, m);
	} else {
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	}
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, l);
	*hl = l;
	return 0;
oom:
	headers_free(l);
	return byoc_fail(BYOC_ENOMEM, "out of memory");
}

static bool method_idempotent(const char *m)
{
	return !strcmp(m, "GET") || !strcmp(m, "HEAD") || !strcmp(m, "PUT") || !strcmp(m, "DELETE") ||
	       !strcmp(m, "OPTIONS");
}

static bool connect_phase(CURL *h, CURLcode rc)
{
	curl_off_t ct = 0;

	switch (rc) {
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return true;
	case CURLE_OPERATION_TIMEDOUT:
		curl_easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &ct);
		return ct == 0;
	default:
		return false;
	}
}

static bool transport_retryable(CURLcode rc)
{
	switch (rc) {
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
	case CURLE_SSL_CONNECT_ERROR:
		return true;
	default:
		return false;
	}
}

long http_retry_after_headers(const char *hdrs)
{
	const char *p = hdrs;
	long best = -1;

	while (p && *p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *colon = memchr(p, ':', len);

		if (colon) {
			size_t nl = (size_t)(colon - p);
			bool is_s, is_ms;

			while (nl && (p[nl - 1] == ' ' || p[nl - 1] == '\t'))
				nl--;
			/* The name matched whole: "Retry-After-Ms" is milliseconds, not
			 * a Retry-After whose value happens to follow a longer name. */
			is_s = nl == 11 && !strncasecmp(p, "retry-after", 11);
			is_ms = nl == 14 && !strncasecmp(p, "retry-after-ms", 14);
			if (is_s || is_ms) {
				char v[128];
				size_t vl = len - (size_t)(colon + 1 - p);
				long ms;

				if (vl >= sizeof(v))
					vl = sizeof(v) - 1;
				memcpy(v, colon + 1, vl);
				v[vl] = '\0';
				if (vl && v[vl - 1] == '\r')
					v[vl - 1] = '\0';
				ms = is_ms ? parse_delay(v, 1) : http_parse_retry_after(v);
				if (ms > best)
					best = ms;
			}
		}
		p = e ? e + 1 : NULL;
	}
	return best;
}

static void redacted_url(const struct http_client *c, const char *url, char *out, size_t n)
{
	struct buf b;
	char *r;

	buf_init(&b, 0);
	redact_url(&b, url);
	r = http_redact(c, b.data, 200);
	snprintf(out, n, "%s", r ? r : "");
	free(r);
	buf_release(&b);
}

int http_do(struct http_client *c, const struct http_req *req, struct http_resp *resp_in)
{
	/* One piece: the attempt loop carries its state from one attempt to the next (the curl
	 * handle and its options, bytes sent and delivered, the deadline, the last status and
	 * Retry-After), and every exit releases the same handle; the policy reads top to bottom. */
	struct http_resp local_resp;
	struct http_resp *resp = resp_in ? resp_in : &local_resp;
	const char *m = req->method ? req->method : "GET";
	long timeout = pick(req->timeout_ms, c->o.timeout_ms);
	long connect = pick(req->connect_timeout_ms, c->o.connect_timeout_ms);
	long lowspeed = pick(req->low_speed_time_s, c->o.low_speed_time_s);
	long deadline_len = pick(req->deadline_ms, c->o.deadline_ms);
	int max_attempts = req->no_retry ? 1 : (req->max_attempts > 0 ? req->max_attempts : c->o.max_attempts);
	bool idem = req->idempotent || method_idempotent(m);
	int64_t start = http_now_ms(), deadline = deadline_len > 0 ? start + deadline_len : 0;
	char urlr[256];
	int rc = 0, attempt;
	CURL *h;

	if (!resp_in)
		http_resp_init(&local_resp);
	redacted_url(c, req->url, urlr, sizeof(urlr));
	h = borrow(c);
	if (!h) {
		rc = byoc_fail(BYOC_ENOMEM, "cannot create a curl handle");
		goto out;
	}
	for (attempt = 1;; attempt++) {
		struct xfer x = { .c = c, .req = req, .resp = resp, .h = h, .cancel = c->o.cancel };
		struct curl_slist *hl = NULL;
		char errbuf[CURL_ERROR_SIZE] = "";
		long t = timeout, wait_ms = -1;
		int64_t t0 = http_now_ms();
		bool retry = false, conn = false; /* conn: failed before a connection was made */
		CURLcode cr;

		if (attempt > 1)
			curl_easy_reset(h);
		buf_reset(&resp->hdrs);
		buf_reset(&resp->errbody);
		if (req->resp)
			buf_reset(req->resp);
		resp->status = 0;
		resp->attempts = attempt;
		if (deadline) {
			int64_t left = deadline - t0;

			if (left <= 0) {
				rc = byoc_fail(BYOC_ETIMEOUT, "%s %s: deadline of %ld ms passed", m, urlr, deadline_len);
				goto out;
			}
			if (t <= 0 || t > left)
				t = (long)left;
		}
		if ((rc = setup(&x, t, connect, lowspeed, &hl)) < 0)
			goto out;
		curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
		byoc_err_clear();
		cr = curl_easy_perform(h);
		curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
		curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
		headers_free(hl);

		if (x.cb_err) {
			rc = x.cb_err;
			goto out;
		}
		if (x.over_cap) {
			rc = byoc_fail(BYOC_ENOMEM, "%s %s: response larger than %zu bytes", m, urlr,
				       req->resp->max);
			goto out;
		}
		if (cr == CURLE_ABORTED_BY_CALLBACK && c->o.cancel && *c->o.cancel) {
			rc = byoc_fail(BYOC_EINTR, "%s %s: interrupted", m, urlr);
			goto out;
		}
		if (cr == CURLE_OK) {
			c->reached = 1;
			curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &resp->status);
			logf_(c, "http: %s %s -> %ld (%lld ms, attempt %d)", m, urlr, resp->status,
			      (long long)(http_now_ms() - t0), attempt);
			if (resp->status == 429 ||
			    (idem && (resp->status == 500 || resp->status == 502 || resp->status == 503 ||
				      resp->status == 504)))
				retry = true;
			wait_ms = http_retry_after_headers(resp->hdrs.data);
			rc = 0;
		} else {
			conn = connect_phase(h, cr);

			if (cr == CURLE_OPERATION_TIMEDOUT)
				rc = byoc_fail(BYOC_ETIMEOUT, "%s %s: %s", m, urlr,
					       errbuf[0] ? errbuf : curl_easy_strerror(cr));
			else
				rc = byoc_fail(BYOC_EIO, "%s %s: %s", m, urlr,
					       errbuf[0] ? errbuf : curl_easy_strerror(cr));
			logf_(c, "http: %s %s failed: %s (attempt %d)", m, urlr, byoc_errmsg(), attempt);
			retry = conn || (idem && transport_retryable(cr));
			if (conn && !c->reached && attempt >= c->o.max_connect_attempts)
				retry = false;
		}
		if (!retry || attempt >= max_attempts)
			goto out;
		if (x.delivered > 0)
			goto out;
		if (req->read && x.sent > 0) {
			if (!req->seek || req->seek(req->read_arg) < 0)
				goto out;
		}
		{
			long sleep_ms = conn && !c->reached ? connect_backoff_ms(c, attempt) : backoff_ms(c, attempt);

			if (wait_ms >= 0) {
				if (wait_ms > c->o.retry_after_max_ms)
					wait_ms = c->o.retry_after_max_ms;
				if (wait_ms > sleep_ms)
					sleep_ms = wait_ms;
			}
			if (deadline && http_now_ms() + sleep_ms >= deadline) {
				logf_(c, "http: %s %s: no retry, the deadline is near", m, urlr);
				goto out;
			}
			logf_(c, "http: retrying %s %s in %ld ms (attempt %d of %d)", m, urlr, sleep_ms,
			      attempt + 1, max_attempts);
			if (http_sleep_ms(sleep_ms, c->o.cancel) < 0) {
				rc = byoc_fail(BYOC_EINTR, "%s %s: interrupted", m, urlr);
				goto out;
			}
		}
	}
out:
	if (rc < 0 && rc != BYOC_EINTR && resp->attempts > 1) {
		char msg[1024];

		snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
		byoc_fail(rc, "%s (after %d attempts)", msg, resp->attempts);
	}
	give_back(c, h);
	if (!resp_in)
		http_resp_release(&local_resp);
	return rc;
}

/* ---- streams ------------------------------------------------------------------------- */

struct http_stream {
	struct http_client *c;
	struct http_req req;
	struct http_resp *resp;
	struct xfer x;
	CURLM *multi;
	struct curl_slist *hl;
	char urlr[256];
	bool done;
	CURLcode result;
};

/* Runs the multi handle for up to ms; returns <0 on a multi error. */
static int stream_pump(struct http_stream *s, long ms)
{
	int running = 0, numfds = 0, msgs;
	CURLMsg *msg;
	CURLMcode mc;

	mc = curl_multi_perform(s->multi, &running);
	if (mc == CURLM_OK && running && ms > 0)
		mc = curl_multi_poll(s->multi, NULL, 0, (int)ms, &numfds);
	if (mc == CURLM_OK)
		mc = curl_multi_perform(s->multi, &running);
	if (mc != CURLM_OK)
		return byoc_fail(BYOC_EIO, "%s: %s", s->urlr, curl_multi_strerror(mc));
	while ((msg = curl_multi_info_read(s->multi, &msgs))) {
		if (msg->msg == CURLMSG_DONE) {
			s->done = true;
			s->result = msg->data.result;
		}
	}
	return 0;
}

static int stream_error(struct http_stream *s)
{
	if (s->x.cb_err)
		return s->x.cb_err;
	if (s->result == CURLE_ABORTED_BY_CALLBACK && s->c->o.cancel && *s->c->o.cancel)
		return byoc_fail(BYOC_EINTR, "%s: interrupted", s->urlr);
	if (s->result == CURLE_OPERATION_TIMEDOUT)
		return byoc_fail(BYOC_ETIMEOUT, "%s: %s", s->urlr, curl_easy_strerror(s->result));
	return byoc_fail(BYOC_EIO, "%s: %s", s->urlr, curl_easy_strerror(s->result));
}

int http_stream_open(struct http_client *c, const struct http_req *req, struct http_resp *resp,
		     struct http_stream **out)
{
	struct http_stream *s;
	long connect = pick(req->connect_timeout_ms, c->o.connect_timeout_ms);
	long timeout = pick(req->timeout_ms, c->o.timeout_ms);
	int64_t until;
	int rc;

	*out = NULL;
	s = calloc(1, sizeof(*s));
	if (!s)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	s->c = c;
	s->req = *req;
	s->req.read = NULL;
	s->req.body = NULL;
	s->req.resp = NULL;
	s->resp = resp;
	redacted_url(c, req->url, s->urlr, sizeof(s->urlr));
	buf_reset(&resp->hdrs);
	buf_reset(&resp->errbody);
	resp->status = 0;
	resp->attempts = 1;
	s->x.c = c;
	s->x.req = &s->req;
	s->x.resp = resp;
	s->x.cancel = c->o.cancel;
	s->x.h = borrow(c);
	s->multi = curl_multi_init();
	if (!s->x.h || !s->multi) {
		rc = byoc_fail(BYOC_ENOMEM, "cannot create a curl handle");
		goto fail;
	}
	/* no total timeout and no low-speed abort: idleness is the caller's call */
	if ((rc = setup(&s->x, 0, connect, 0, &s->hl)) < 0)
		goto fail;
	curl_multi_add_handle(s->multi, s->x.h);
	until = http_now_ms() + (connect > 0 ? connect : 0) + (timeout > 0 ? timeout : 30000);
	while (!s->x.headers_done && !s->done) {
		if (c->o.cancel && *c->o.cancel) {
			rc = byoc_fail(BYOC_EINTR, "%s: interrupted", s->urlr);
			goto fail;
		}
		if (http_now_ms() >= until) {
			rc = byoc_fail(BYOC_ETIMEOUT, "GET %s: no response headers in time", s->urlr);
			goto fail;
		}
		if ((rc = stream_pump(s, 100)) < 0)
			goto fail;
	}
	if (s->done && s->result != CURLE_OK) {
		rc = stream_error(s);
		goto fail;
	}
	curl_easy_getinfo(s->x.h, CURLINFO_RESPONSE_CODE, &resp->status);
	if (!resp->status)
		resp->status = s->x.status;
	logf_(c, "http: GET %s -> %ld (stream)", s->urlr, resp->status);
	*out = s;
	return 0;
fail:
	http_stream_close(s);
	return rc;
}

int http_stream_wait(struct http_stream *s, long idle_ms)
{
	int64_t end = http_now_ms() + idle_ms;
	int rc;

	s->x.got_data = false;
	for (;;) {
		long left;

		if (s->done) {
			if (s->result != CURLE_OK)
				return stream_error(s);
			return s->x.got_data ? HTTP_STREAM_DATA : HTTP_STREAM_EOF;
		}
		if (s->c->o.cancel && *s->c->o.cancel)
			return byoc_fail(BYOC_EINTR, "%s: interrupted", s->urlr);
		left = (long)(end - http_now_ms());
		if (left <= 0)
			return s->x.got_data ? HTTP_STREAM_DATA : HTTP_STREAM_IDLE;
		if ((rc = stream_pump(s, left < 100 ? left : 100)) < 0)
			return rc;
		if (s->x.got_data && !s->done)
			return HTTP_STREAM_DATA;
	}
}

void http_stream_close(struct http_stream *s)
{
	if (!s)
		return;
	if (s->multi && s->x.h)
		curl_multi_remove_handle(s->multi, s->x.h);
	if (s->multi)
		curl_multi_cleanup(s->multi);
	if (s->x.h) {
		curl_easy_setopt(s->x.h, CURLOPT_HTTPHEADER, NULL);
		/* a stream cut short leaves its connection unusable: do not pool it */
		if (s->done)
			give_back(s->c, s->x.h);
		else
			curl_easy_cleanup(s->x.h);
	}
	headers_free(s->hl);
	free(s);
}
