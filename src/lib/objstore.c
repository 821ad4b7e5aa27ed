#include "lib/objstore.h"
#include "lib/api.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/wipe.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define RESP_MAX (256 << 10)

/* ---- credentials ---------------------------------------------------------------------- */

void objstore_creds_release(struct objstore_creds *c)
{
	if (!c)
		return;
	free(c->access_key);
	wipe_str_free(c->secret);
	wipe_str_free(c->session_token);
	free(c->storage_url);
	free(c->organization_id);
	free(c->bucket);
	free(c->region);
	memset(c, 0, sizeof(*c));
}

static int take(json_t *j, const char *name, const char *dflt, char **out)
{
	json_t *v = json_object_get(j, name);
	const char *s = json_string_value(v);

	if (v && !json_is_null(v) && !s)
		return byoc_fail(BYOC_EPROTO, "push-access answer: '%s' is not a string", name);
	if (!s || !*s) {
		if (!dflt)
			return byoc_fail(BYOC_EPROTO, "push-access answer has no '%s': is the API URL a Daytona server?", name);
		s = dflt;
	}
	if (!(*out = strdup(s)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	return 0;
}

int objstore_creds_from_json(const char *json, size_t n, struct objstore_creds *out)
{
	json_error_t err;
	json_t *j;
	size_t ul;
	int rc;

	memset(out, 0, sizeof(*out));
	j = json_loadb(json, n, 0, &err);
	if (!j || !json_is_object(j)) {
		json_decref(j);
		return byoc_fail(BYOC_EPROTO, "push-access answer is not a JSON object: %s", j ? "wrong type" : err.text);
	}
	if ((rc = take(j, "accessKey", NULL, &out->access_key)) < 0 || (rc = take(j, "secret", NULL, &out->secret)) < 0 ||
	    (rc = take(j, "sessionToken", "", &out->session_token)) < 0 ||
	    (rc = take(j, "storageUrl", NULL, &out->storage_url)) < 0 ||
	    (rc = take(j, "organizationId", NULL, &out->organization_id)) < 0 ||
	    (rc = take(j, "bucket", OBJSTORE_DEFAULT_BUCKET, &out->bucket)) < 0 ||
	    (rc = take(j, "region", OBJSTORE_DEFAULT_REGION, &out->region)) < 0)
		goto fail;
	if (strncmp(out->storage_url, "http://", 7) && strncmp(out->storage_url, "https://", 8)) {
		rc = byoc_fail(BYOC_EPROTO, "push-access answer: storageUrl '%s' is not an http(s) URL", out->storage_url);
		goto fail;
	}
	if (!http_credentials_allowed(out->storage_url)) {
		rc = byoc_fail(BYOC_EREFUSED, "push-access answer: storageUrl '%s' is plain http to another machine: the "
			       "credentials would travel in clear; set " HTTP_ALLOW_ENV "=1 to send them anyway",
			       out->storage_url);
		goto fail;
	}
	ul = strlen(out->storage_url);
	while (ul > 8 && out->storage_url[ul - 1] == '/')
		out->storage_url[--ul] = '\0';
	if (strchr(out->organization_id, '/') || strchr(out->bucket, '/') || strchr(out->access_key, '/') ||
	    strchr(out->region, ':')) {
		rc = byoc_fail(BYOC_EPROTO, "push-access answer: organizationId, bucket, accessKey or region has a bad character");
		goto fail;
	}
	json_decref(j);
	return 0;
fail:
	json_decref(j);
	objstore_creds_release(out);
	return rc;
}

int objstore_context_key(const struct objstore_creds *c, const char *hash, char *out, size_t n)
{
	int k = snprintf(out, n, "%s/%s/context.tar", c->organization_id, hash);

	if (k < 0 || (size_t)k >= n)
		return byoc_fail(BYOC_EUSAGE, "object key for context '%s' is too long", hash);
	return 0;
}

int objstore_context_prefix(const struct objstore_creds *c, const char *hash, char *out, size_t n)
{
	int k = snprintf(out, n, "%s/%s/", c->organization_id, hash);

	if (k < 0 || (size_t)k >= n)
		return byoc_fail(BYOC_EUSAGE, "object prefix for context '%s' is too long", hash);
	return 0;
}

/* ---- URLs ------------------------------------------------------------------------------- */

/* AWS URI encoding: unreserved bytes as they are, '/' kept when keep_slash, the rest %XX. */
static int aws_encode(struct buf *b, const char *s, bool keep_slash)
{
	static const char hex[] = "0123456789ABCDEF";
	int rc = 0;

	for (; *s && rc == 0; s++) {
		unsigned char ch = (unsigned char)*s;
		if (isalnum(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || (keep_slash && ch == '/')) {
			rc = buf_append(b, s, 1);
		} else {
			char e[3] = { '%', hex[ch >> 4], hex[ch & 15] };
			rc = buf_append(b, e, 3);
		}
	}
	return rc;
}

char *objstore_url(const struct objstore_creds *c, const char *key, const char *query)
{
	struct buf b;

	buf_init(&b, 16 << 10);
	if (buf_printf(&b, "%s/", c->storage_url) < 0 || aws_encode(&b, c->bucket, false) < 0 ||
	    (key && (buf_puts(&b, "/") < 0 || aws_encode(&b, key, true) < 0)) ||
	    (query && buf_printf(&b, "%s%s", key ? "?" : "/?", query) < 0)) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* ---- parsing answers ---------------------------------------------------------------------- */

/* Copies the text of the first <tag>...</tag> in xml[0..n) into out, entities decoded. */
static bool xml_text(const char *xml, size_t n, const char *tag, char *out, size_t on)
{
	char open[48], close[48];
	const char *s, *e;
	size_t k = 0;

	if (on == 0)
		return false;
	snprintf(open, sizeof(open), "<%s>", tag);
	snprintf(close, sizeof(close), "</%s>", tag);
	s = memmem(xml, n, open, strlen(open));
	if (!s)
		return false;
	s += strlen(open);
	e = memmem(s, n - (size_t)(s - xml), close, strlen(close));
	if (!e)
		return false;
	while (s < e && k + 1 < on) {
		static const struct { const char *ent; char c; } ents[] = {
			{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
		};
		bool done = false;
		if (*s == '&') {
			for (size_t i = 0; i < sizeof(ents) / sizeof(ents[0]); i++) {
				size_t el = strlen(ents[i].ent);
				if ((size_t)(e - s) >= el && !memcmp(s, ents[i].ent, el)) {
					out[k++] = ents[i].c;
					s += el;
					done = true;
					break;
				}
			}
		}
		if (!done)
			out[k++] = *s++;
	}
	out[k] = '\0';
	return true;
}

int objstore_parse_list(const char *xml, size_t n, int *keys)
{
	const char *p = xml, *end = xml + n;
	int k = 0;

	*keys = 0;
	if (!memmem(xml, n, "<ListBucketResult", 17))
		return byoc_fail(BYOC_EPROTO, "object storage answered a list without <ListBucketResult>");
	while (p < end && (p = memmem(p, (size_t)(end - p), "<Contents>", 10)) != NULL) {
		k++;
		p += 10;
	}
	*keys = k;
	return 0;
}

int objstore_parse_error(const char *xml, size_t n, char *code, size_t code_n, char *msg, size_t msg_n)
{
	if (code_n)
		code[0] = '\0';
	if (msg_n)
		msg[0] = '\0';
	if (!memmem(xml, n, "<Error>", 7) || !xml_text(xml, n, "Code", code, code_n))
		return byoc_fail(BYOC_EPROTO, "not an S3 error body");
	xml_text(xml, n, "Message", msg, msg_n);
	return 0;
}

/* ---- requests ------------------------------------------------------------------------------- */

struct call {
	struct http_client *http;
	bool own;
	char sigv4[128];
	char *userpwd;
	char *token_hdr;
	const char *headers[4];
	struct api api;   /* the one call path (lib/api); URLs are whole, so no base */
};

/* S3's XML error body: its Code is the kind; a refusal names what to check. */
static void s3_read_error(long status, const char *body, size_t len, struct api_error *e)
{
	char code[64], msg[512];

	if (objstore_parse_error(body, len, code, sizeof(code), msg, sizeof(msg)) < 0)
		return;
	snprintf(e->kind, sizeof(e->kind), "%s", code);
	buf_puts(&e->msg, msg);
	if (status == 401 || status == 403)
		e->hint = !strcmp(code, "ExpiredToken") ? "the push-access credentials expired: fetch new ones"
							: "check the push-access credentials and the clock";
}

static int call_open(struct call *k, struct http_client *http, const struct objstore_creds *c, const char *sha)
{
	static char sha_hdr_unsigned[] = "x-amz-content-sha256: UNSIGNED-PAYLOAD";
	static char sha_hdr_empty[] = "x-amz-content-sha256: " EMPTY_SHA256;
	size_t i = 0;
	int rc;

	memset(k, 0, sizeof(*k));
	if (!c || !c->access_key || !c->secret || !c->storage_url || !c->bucket || !c->region)
		return byoc_fail(BYOC_EUSAGE, "object storage credentials are incomplete: call push-access first");
	k->http = http;
	if (!http) {
		const char *secrets[] = { c->secret, c->session_token && *c->session_token ? c->session_token : NULL, NULL };
		struct http_opts o = { .secrets = secrets };
		if ((rc = http_client_new(&o, &k->http)) < 0)
			return rc;
		k->own = true;
	}
	snprintf(k->sigv4, sizeof(k->sigv4), "aws:amz:%s:s3", c->region);
	if (asprintf(&k->userpwd, "%s:%s", c->access_key, c->secret) < 0) {
		k->userpwd = NULL;
		goto oom;
	}
	k->headers[i++] = sha ? sha_hdr_unsigned : sha_hdr_empty;
	if (c->session_token && *c->session_token) {
		if (asprintf(&k->token_hdr, "x-amz-security-token: %s", c->session_token) < 0) {
			k->token_hdr = NULL;
			goto oom;
		}
		k->headers[i++] = k->token_hdr;
	}
	k->headers[i] = NULL;
	k->api.http = k->http;
	k->api.base_url = "";
	k->api.headers = k->headers;
	k->api.read_error = s3_read_error;
	return 0;
oom:
	if (k->own)
		http_client_free(k->http);
	wipe_str_free(k->userpwd);
	wipe_str_free(k->token_hdr);
	memset(k, 0, sizeof(*k));
	return byoc_fail(BYOC_ENOMEM, "out of memory");
}

static void call_close(struct call *k)
{
	if (k->own)
		http_client_free(k->http);
	wipe_str_free(k->userpwd);
	wipe_str_free(k->token_hdr);
}

/* Turns a non-2xx answer into an error naming what was asked and what the store said. */
int objstore_exists(struct http_client *http, const struct objstore_creds *c, const char *prefix, bool *found)
{
	struct call k;
	struct buf q, resp;
	char *url = NULL, what[1200];
	int rc, keys = 0;

	*found = false;
	if ((rc = call_open(&k, http, c, NULL)) < 0)
		return rc;
	buf_init(&q, 8192);
	buf_init(&resp, RESP_MAX);
	/* sorted, as the canonical query string is (curl signs the query as written) */
	if (buf_puts(&q, "list-type=2&max-keys=1&prefix=") < 0 || aws_encode(&q, prefix, false) < 0 ||
	    !(url = objstore_url(c, NULL, q.data))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	snprintf(what, sizeof(what), "object storage: list '%s'", prefix);
	struct api_req ar = { .method = "GET", .path = url, .what = what };
	struct http_req req = { .resp = &resp, .aws_sigv4 = k.sigv4, .userpwd = k.userpwd };
	if ((rc = api_do(&k.api, &ar, &req, NULL, NULL)) < 0)
		goto out;
	if ((rc = objstore_parse_list(resp.data, resp.len, &keys)) < 0)
		goto out;
	*found = keys > 0;
out:
	free(url);
	buf_release(&q);
	buf_release(&resp);
	call_close(&k);
	return rc;
}

int objstore_put_stream(struct http_client *http, const struct objstore_creds *c, const char *key,
			http_read_fn read, void *arg, long long size, http_seek_fn seek, char *etag_out)
{
	struct call k;
	struct buf resp;
	struct http_resp r;
	char *url = NULL, what[1200];
	int rc;

	if (etag_out)
		etag_out[0] = '\0';
	if ((rc = call_open(&k, http, c, "UNSIGNED-PAYLOAD")) < 0)
		return rc;
	buf_init(&resp, RESP_MAX);
	http_resp_init(&r);
	if (!(url = objstore_url(c, key, NULL))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	snprintf(what, sizeof(what), "object storage: upload '%s'", key);
	struct api_req ar = { .method = "PUT", .path = url, .what = what, .flags = seek ? 0 : API_NO_RETRY };
	struct http_req req = {
		.resp = &resp, .read = read, .read_arg = arg, .body_size = size, .seek = seek,
		.aws_sigv4 = k.sigv4, .userpwd = k.userpwd,
		/* a large body may take long: bound each attempt by progress, not a total */
		.timeout_ms = -1,
	};
	if ((rc = api_do(&k.api, &ar, &req, NULL, &r)) < 0)
		goto out;
	if (etag_out)
		http_resp_header(&r, "ETag", etag_out, 80);
out:
	free(url);
	http_resp_release(&r);
	buf_release(&resp);
	call_close(&k);
	return rc;
}

struct fdw {
	int fd;
	const char *key;
};

static int fd_write(void *arg, const char *p, size_t n)
{
	struct fdw *w = arg;

	while (n > 0) {
		ssize_t k = write(w->fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return byoc_fail_errno(BYOC_EIO, "cannot write object '%s' to its file", w->key);
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

int objstore_get_to_fd(struct http_client *http, const struct objstore_creds *c, const char *key, int fd)
{
	struct call k;
	struct fdw w = { fd, key };
	char *url = NULL, what[1200];
	int rc;

	if ((rc = call_open(&k, http, c, NULL)) < 0)
		return rc;
	if (!(url = objstore_url(c, key, NULL))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	snprintf(what, sizeof(what), "object storage: download '%s'", key);
	struct api_req ar = { .method = "GET", .path = url, .what = what };
	struct http_req req = {
		.write = fd_write, .write_arg = &w, .aws_sigv4 = k.sigv4, .userpwd = k.userpwd, .timeout_ms = -1,
	};
	rc = api_do(&k.api, &ar, &req, NULL, NULL);
out:
	free(url);
	call_close(&k);
	return rc;
}
