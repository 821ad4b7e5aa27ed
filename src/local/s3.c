/*
 * byoc-local's object storage: GET /api/object-storage/push-access hands out
 * temporary credentials (kept in the store, kind "s3creds", so they survive a
 * restart) for an S3-compatible endpoint served here, path-style under /s3:
 *
 *   storageUrl = http://HOST:PORT/s3, bucket = S3_BUCKET, region = S3_REGION
 *   PUT/GET/HEAD/DELETE /s3/{bucket}/{key}      objects
 *   GET /s3/{bucket}?list-type=2&prefix=...     ListObjectsV2 (and v1)
 *   POST ?uploads, PUT ?partNumber&uploadId, POST ?uploadId, DELETE ?uploadId   multipart
 *
 * Every S3 request is checked with SigV4 (sigv4.c): signature, session token,
 * expiry, clock skew, and the push-access policy (keys under "{org}/" only).
 * Objects live in <state>/objects/<bucket>/<key>; their ETag and metadata in
 * <state>/objects/.meta/<bucket>/<sha256(key)>.json; uploads in flight in
 * <state>/objects/.tmp (renamed into place when the body checked out) and
 * multipart parts in <state>/objects/.uploads/<uploadId>/<partNumber>.
 */
#include "local/server.h"
#include "local/sigv4.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/rand.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define S3_BUCKET "daytona-volume-builds"
#define S3_REGION "us-east-1"
#define S3_TOKEN_SECONDS 3600
#define S3_MAX_SKEW 900
#define S3_MAX_OBJECT ((int64_t)5 << 30)       /* PutObject and UploadPart, as S3 */
#define S3_MIN_PART ((int64_t)5 << 20)         /* every part but the last */
#define S3_MAX_HEADERS 200
#define S3_LIST_MAX 1000
#define S3_CREDS_KEEP_EXPIRED (24 * 3600)      /* then forgotten: InvalidAccessKeyId */

/* ---- small helpers ------------------------------------------------------------------------ */

static void rand_chars(char *out, size_t n, const char *alphabet)
{
	unsigned char r[128];
	size_t k = strlen(alphabet);

	if (n > sizeof(r))
		n = sizeof(r);
	/* Keys and ids made up from the clock could be guessed: none is (see local_uuid). */
	if (rand_bytes(r, n) < 0)
		abort();
	for (size_t i = 0; i < n; i++)
		out[i] = alphabet[r[i] % k];
	out[n] = '\0';
}

static void request_id(char out[17])
{
	rand_chars(out, 16, "0123456789ABCDEF");
}

static int xml_escape(struct buf *b, const char *s)
{
	int rc = 0;

	for (; *s && rc == 0; s++) {
		switch (*s) {
		case '&': rc = buf_puts(b, "&amp;"); break;
		case '<': rc = buf_puts(b, "&lt;"); break;
		case '>': rc = buf_puts(b, "&gt;"); break;
		case '"': rc = buf_puts(b, "&quot;"); break;
		case '\'': rc = buf_puts(b, "&apos;"); break;
		default: rc = buf_append(b, s, 1);
		}
	}
	return rc;
}

static void iso_time(time_t t, char *out, size_t n)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
}

static void http_time(time_t t, char *out, size_t n)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, n, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

static int token_seconds(struct local *L)
{
	const struct local_options *o = local_opts(L);

	return o->s3_token_seconds > 0 ? o->s3_token_seconds : S3_TOKEN_SECONDS;
}

/* ---- S3 error bodies ---------------------------------------------------------------------- */

static void s3_error_ex(struct lresp *resp, const struct lreq *req, int status, const char *code, const char *msg,
			const struct sigv4_verdict *v)
{
	struct buf b;
	char rid[17];

	request_id(rid);
	buf_init(&b, 1 << 20);
	buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>");
	xml_escape(&b, code);
	buf_puts(&b, "</Code><Message>");
	xml_escape(&b, msg);
	buf_puts(&b, "</Message>");
	if (v && v->access_key[0] && (!strcmp(code, "SignatureDoesNotMatch") || !strcmp(code, "InvalidAccessKeyId") ||
				      !strcmp(code, "InvalidToken") || !strcmp(code, "ExpiredToken"))) {
		buf_puts(&b, "<AWSAccessKeyId>");
		xml_escape(&b, v->access_key);
		buf_puts(&b, "</AWSAccessKeyId>");
	}
	if (v && !strcmp(code, "SignatureDoesNotMatch") && v->sts.len) {
		buf_puts(&b, "<StringToSign>");
		xml_escape(&b, v->sts.data);
		buf_puts(&b, "</StringToSign><CanonicalRequest>");
		xml_escape(&b, v->creq.data);
		buf_puts(&b, "</CanonicalRequest>");
	}
	buf_puts(&b, "<Resource>");
	xml_escape(&b, lreq_path(req));
	buf_puts(&b, "</Resource><RequestId>");
	buf_puts(&b, rid);
	buf_puts(&b, "</RequestId><HostId>byoc-local</HostId></Error>\n");
	lresp_bytes(resp, status, "application/xml", b.data, b.len);
	lresp_header(resp, "x-amz-request-id", rid);
	lresp_header(resp, "x-amz-id-2", "byoc-local");
	buf_release(&b);
}

static void s3_error(struct lresp *resp, const struct lreq *req, int status, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void s3_error(struct lresp *resp, const struct lreq *req, int status, const char *code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	s3_error_ex(resp, req, status, code, msg, NULL);
}

static void s3_ok_headers(struct lresp *resp)
{
	char rid[17];

	request_id(rid);
	lresp_header(resp, "x-amz-request-id", rid);
	lresp_header(resp, "x-amz-id-2", "byoc-local");
	lresp_header(resp, "Server", "byoc-local");
}

static void s3_xml(struct lresp *resp, int status, struct buf *b)
{
	lresp_bytes(resp, status, "application/xml", b->data, b->len);
	s3_ok_headers(resp);
}

/* ---- push-access -------------------------------------------------------------------------- */

struct gc_arg {
	time_t cutoff;
	char (*ids)[64];
	size_t n, cap;
};

static int gc_cb(const char *id, json_t *doc, void *arg)
{
	struct gc_arg *g = arg;
	json_int_t exp = json_integer_value(json_object_get(doc, "expiresAt"));

	if (exp && exp < g->cutoff && g->n < g->cap && strlen(id) < 64)
		snprintf(g->ids[g->n++], 64, "%s", id);
	return 0;
}

static void push_access(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static const char b64ish[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char ak[32], secret[48], token[96], url[300], exp_iso[40];
	char ids[64][64];
	struct gc_arg g = { 0, ids, 0, 64 };
	time_t now = time(NULL), exp = now + token_seconds(L);
	json_t *doc;
	int rc;

	memcpy(ak, "ASIA", 4);
	rand_chars(ak + 4, 16, alnum);
	rand_chars(secret, 40, b64ish);
	rand_chars(token, 88, b64ish);
	iso_time(exp, exp_iso, sizeof(exp_iso));
	doc = json_pack("{s:s, s:s, s:s, s:s, s:s, s:I, s:s}", "accessKey", ak, "secret", secret, "sessionToken", token,
			"organizationId", local_org_id(L), "bucket", S3_BUCKET, "expiresAt", (json_int_t)exp,
			"expiration", exp_iso);
	if (!doc) {
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	local_lock(L);
	/* forget credentials that expired long ago, a few at a time */
	g.cutoff = now - S3_CREDS_KEEP_EXPIRED;
	store_each(L, "s3creds", gc_cb, &g);
	for (size_t i = 0; i < g.n; i++)
		store_del(L, "s3creds", ids[i]);
	rc = store_put(L, "s3creds", ak, doc);
	local_unlock(L);
	if (rc < 0) {
		lresp_api_error(resp, req, 400, "Failed to get temporary credentials: %s", byoc_errmsg());
		return;
	}
	snprintf(url, sizeof(url), "%s/s3", lreq_base_url(req));
	lresp_json(resp, 200, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "accessKey", ak, "secret", secret,
					"sessionToken", token, "storageUrl", url, "organizationId", local_org_id(L),
					"bucket", S3_BUCKET, "region", S3_REGION));
}

/* ---- authentication ------------------------------------------------------------------------- */

struct s3auth {
	struct sigv4_header h[S3_MAX_HEADERS];
	size_t nh;
	bool overflow;
	char org[128];           /* organizationId of the credentials */
	struct sigv4_verdict v;
};

static int collect_header(const char *k, const char *v, void *arg)
{
	struct s3auth *a = arg;

	if (a->nh == S3_MAX_HEADERS) {
		a->overflow = true;
		return 1;
	}
	a->h[a->nh].name = k;
	a->h[a->nh].value = v;
	a->nh++;
	return 0;
}

struct lookup_arg {
	struct local *L;
	char *org;
	size_t org_n;
};

static int creds_lookup(const char *ak, struct sigv4_cred *out, void *arg)
{
	struct lookup_arg *la = arg;
	json_t *doc;
	const char *secret, *token, *org;
	int rc = -1;

	if (!*ak || strchr(ak, '/') || ak[0] == '.')
		return -1;
	local_lock(la->L);
	doc = store_get(la->L, "s3creds", ak);
	if (doc) {
		secret = json_string_value(json_object_get(doc, "secret"));
		token = json_string_value(json_object_get(doc, "sessionToken"));
		org = json_string_value(json_object_get(doc, "organizationId"));
		if (secret && token && org && strlen(secret) < sizeof(out->secret) &&
		    strlen(token) < sizeof(out->session_token)) {
			memset(out, 0, sizeof(*out));
			memcpy(out->secret, secret, strlen(secret) + 1);          /* lengths checked */
			memcpy(out->session_token, token, strlen(token) + 1);
			out->expires = (time_t)json_integer_value(json_object_get(doc, "expiresAt"));
			snprintf(la->org, la->org_n, "%s", org);
			rc = 0;
		}
	}
	local_unlock(la->L);
	return rc;
}

/* 0 when the request is authentic; otherwise an S3 error is set on resp. */
static int authenticate(struct lreq *req, struct lresp *resp, struct s3auth *a)
{
	struct local *L = lreq_local(req);
	struct lookup_arg la = { L, a->org, sizeof(a->org) };
	struct sigv4_request r;
	struct sigv4_policy pol = { S3_REGION, "s3", S3_MAX_SKEW, time(NULL) };

	a->nh = 0;
	lreq_headers_each(req, collect_header, a);
	if (a->overflow) {
		s3_error(resp, req, 400, "RequestHeaderSectionTooLarge", "Your request header section exceeds the maximum allowed size.");
		return -1;
	}
	r.method = lreq_method(req);
	r.raw_uri = lreq_raw_uri(req);
	r.headers = a->h;
	r.nheaders = a->nh;
	if (sigv4_verify(&r, SIGV4_S3, &pol, creds_lookup, &la, NULL, 0, &a->v) < 0) {
		s3_error_ex(resp, req, a->v.status, a->v.code, a->v.message, &a->v);
		return -1;
	}
	return 0;
}

/* Bucket and key checks, and the push-access policy: objects under "{org}/" only. */
static bool bucket_ok(struct lreq *req, struct lresp *resp, const char *bucket)
{
	if (strcmp(bucket, S3_BUCKET)) {
		s3_error(resp, req, 403, "AccessDenied", "Access Denied: these credentials are for bucket '%s' only", S3_BUCKET);
		return false;
	}
	return true;
}

static const char *key_problem(const char *key)
{
	const char *p = key;

	if (!*key)
		return "empty";
	if (strlen(key) > 1024)
		return "longer than 1024 bytes";
	while (*p) {
		const char *slash = strchr(p, '/');
		size_t len = slash ? (size_t)(slash - p) : strlen(p);
		if (len == 0)
			return "has an empty path segment (a leading, trailing or double '/')";
		if ((len == 1 && p[0] == '.') || (len == 2 && p[0] == '.' && p[1] == '.'))
			return "has a '.' or '..' segment";
		if (len > 255)
			return "has a path segment longer than 255 bytes";
		if (!slash)
			break;
		p = slash + 1;
	}
	return NULL;
}

static bool object_ok(struct lreq *req, struct lresp *resp, struct s3auth *a, const char *bucket, const char *key)
{
	const char *why;
	size_t ol = strlen(a->org);

	if (!bucket_ok(req, resp, bucket))
		return false;
	if (strncmp(key, a->org, ol) || key[ol] != '/') {
		s3_error(resp, req, 403, "AccessDenied", "Access Denied: these credentials allow keys under '%s/' only", a->org);
		return false;
	}
	if ((why = key_problem(key)) != NULL) {
		s3_error(resp, req, 400, "InvalidArgument", "byoc-local keeps objects as files: key '%s' %s", key, why);
		return false;
	}
	return true;
}

/* ---- paths and metadata ------------------------------------------------------------------- */

static void objects_dir(struct local *L, const char *sub, char *out, size_t n)
{
	snprintf(out, n, "%s/objects/%s", local_state_dir(L), sub);
}

static int object_file(struct local *L, const char *bucket, const char *key, char *out, size_t n)
{
	int k = snprintf(out, n, "%s/objects/%s/%s", local_state_dir(L), bucket, key);

	return k < 0 || (size_t)k >= n ? -1 : 0;
}

static void meta_file(struct local *L, const char *bucket, const char *key, char *out, size_t n)
{
	char h[65];

	sigv4_sha256_hex(h, key, strlen(key));
	snprintf(out, n, "%s/objects/.meta/%s/%s.json", local_state_dir(L), bucket, h);
}

static int mkdirs(const char *path, size_t upto)
{
	char tmp[4300];

	if (upto >= sizeof(tmp))
		return -1;
	memcpy(tmp, path, upto);
	tmp[upto] = '\0';
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0755) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(tmp, 0755) < 0 && errno != EEXIST)
		return -1;
	return 0;
}

static int mkparent(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? mkdirs(path, (size_t)(slash - path)) : 0;
}

static int fsync_dir_of(const char *path)
{
	char dir[4200];
	const char *slash = strrchr(path, '/');
	int fd;

	if (!slash || (size_t)(slash - path) >= sizeof(dir))
		return 0;
	memcpy(dir, path, (size_t)(slash - path));
	dir[slash - path] = '\0';
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	fsync(fd);
	close(fd);
	return 0;
}

/* Writes the object's metadata atomically (tmp + rename). */
static int write_meta(struct local *L, const char *bucket, const char *key, const char *etag, int64_t size,
		      const char *ctype)
{
	char path[4200], tmp[4300], rnd[13];
	json_t *doc = json_pack("{s:s, s:s, s:I, s:s}", "key", key, "etag", etag, "size", (json_int_t)size,
				"contentType", ctype && *ctype ? ctype : "binary/octet-stream");
	int rc = -1;

	if (!doc)
		return -1;
	meta_file(L, bucket, key, path, sizeof(path));
	rand_chars(rnd, 12, "0123456789abcdef");
	snprintf(tmp, sizeof(tmp), "%s.tmp%s", path, rnd);
	if (mkparent(path) == 0 && json_dump_file(doc, tmp, JSON_COMPACT) == 0 && rename(tmp, path) == 0)
		rc = 0;
	else
		unlink(tmp);
	json_decref(doc);
	return rc;
}

/* The object's ETag (quoted) and content type, from its metadata or made up from size and mtime. */
static void read_meta(struct local *L, const char *bucket, const char *key, const struct stat *st, char *etag,
		      size_t en, char *ctype, size_t cn)
{
	char path[4200];
	json_t *doc;
	const char *e = NULL, *c = NULL;

	meta_file(L, bucket, key, path, sizeof(path));
	doc = json_load_file(path, 0, NULL);
	if (doc && json_integer_value(json_object_get(doc, "size")) == (json_int_t)st->st_size) {
		e = json_string_value(json_object_get(doc, "etag"));
		c = json_string_value(json_object_get(doc, "contentType"));
	}
	if (e)
		snprintf(etag, en, "\"%s\"", e);
	else
		snprintf(etag, en, "\"%llx-%llx\"", (unsigned long long)st->st_size, (unsigned long long)st->st_mtime);
	if (ctype)
		snprintf(ctype, cn, "%s", c ? c : "binary/octet-stream");
	json_decref(doc);
}

/* Removes now-empty directories from path's parent up to (not including) stop. */
static void prune_dirs(const char *path, const char *stop)
{
	char dir[4200];
	size_t sl = strlen(stop);
	char *slash;

	snprintf(dir, sizeof(dir), "%s", path);
	while ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		if (strlen(dir) <= sl || rmdir(dir) < 0)
			break;
	}
}

int local_object_path(struct local *L, const char *key, char *out, size_t n)
{
	struct stat st;

	if (n)
		out[0] = '\0';
	if (!key || key_problem(key))
		return byoc_fail(BYOC_ENOTFOUND, "object '%s' not found: not a valid key", key ? key : "");
	if (object_file(L, S3_BUCKET, key, out, n) < 0)
		return byoc_fail(BYOC_ENOTFOUND, "object '%s' not found: path too long", key);
	if (stat(out, &st) < 0 || !S_ISREG(st.st_mode))
		return byoc_fail(BYOC_ENOTFOUND, "object '%s' not found in bucket '%s'", key, S3_BUCKET);
	return 0;
}

/* ---- uploads: PutObject and UploadPart (streamed) -------------------------------------------- */

struct put {
	struct local *L;
	struct s3auth a;
	struct sigv4_body body;
	bool body_ready;
	char bucket[64];
	char *key;
	char upload_id[80];      /* UploadPart */
	int part;
	char tmp[4300];
	int fd;
	EVP_MD_CTX *md5;
	int64_t size;
	char ctype[128];
	bool io_error;
};

static void put_free(struct put *p)
{
	if (!p)
		return;
	if (p->fd >= 0) {
		close(p->fd);
		unlink(p->tmp);
	}
	if (p->body_ready)
		sigv4_body_release(&p->body);
	sigv4_verdict_release(&p->a.v);
	EVP_MD_CTX_free(p->md5);
	free(p->key);
	free(p);
}

static int put_out(void *arg, const char *b, size_t n)
{
	struct put *p = arg;

	EVP_DigestUpdate(p->md5, b, n);
	p->size += (int64_t)n;
	if (p->size > S3_MAX_OBJECT)
		return -1;
	while (n > 0) {
		ssize_t w = write(p->fd, b, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			p->io_error = true;
			return -1;
		}
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

static bool upload_get(struct local *L, const char *id, const char *bucket, const char *key)
{
	json_t *doc;
	bool ok;

	if (!*id || strchr(id, '/') || id[0] == '.' || strlen(id) > 64)
		return false;
	local_lock(L);
	doc = store_get(L, "s3uploads", id);
	ok = doc && !strcmp(json_string_value(json_object_get(doc, "bucket")) ?: "", bucket) &&
	     !strcmp(json_string_value(json_object_get(doc, "key")) ?: "", key);
	local_unlock(L);
	return ok;
}

static int put_begin(struct lreq *req, struct lresp *resp, void **ctx)
{
	struct local *L = lreq_local(req);
	struct put *p = calloc(1, sizeof(*p));
	const char *bucket = lreq_param(req, 0), *key = lreq_param(req, 1);
	const char *part = lreq_query(req, "partNumber"), *upload = lreq_query(req, "uploadId");
	const char *cl = lreq_header(req, "Content-Length"), *ct = lreq_header(req, "Content-Type");
	char dir[4200];

	if (!p) {
		s3_error(resp, req, 500, "InternalError", "We encountered an internal error. Please try again.");
		return -1;
	}
	p->fd = -1;
	p->L = L;
	sigv4_verdict_init(&p->a.v);
	if (authenticate(req, resp, &p->a) < 0)
		goto fail;
	if (!key || !*key) {
		s3_error(resp, req, 400, "InvalidRequest", "byoc-local does not create buckets: bucket '%s' exists", S3_BUCKET);
		goto fail;
	}
	if (!object_ok(req, resp, &p->a, bucket, key))
		goto fail;
	if (cl && strtoll(cl, NULL, 10) > S3_MAX_OBJECT + (S3_MAX_OBJECT >> 4)) {
		s3_error(resp, req, 400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");
		goto fail;
	}
	if (lreq_query(req, "x-amz-copy-source") || lreq_header(req, "x-amz-copy-source")) {
		s3_error(resp, req, 501, "NotImplemented", "byoc-local does not implement CopyObject.");
		goto fail;
	}
	snprintf(p->bucket, sizeof(p->bucket), "%s", bucket);
	p->key = strdup(key);
	if (ct)
		snprintf(p->ctype, sizeof(p->ctype), "%s", ct);
	if (part || upload) {
		char *end;
		long n = part ? strtol(part, &end, 10) : 0;
		if (!part || !upload || *end || n < 1 || n > 10000) {
			s3_error(resp, req, 400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive, with an uploadId.");
			goto fail;
		}
		if (!upload_get(L, upload, bucket, key)) {
			s3_error(resp, req, 404, "NoSuchUpload",
				 "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");
			goto fail;
		}
		snprintf(p->upload_id, sizeof(p->upload_id), "%s", upload);
		p->part = (int)n;
	}
	objects_dir(L, ".tmp", dir, sizeof(dir));
	if (mkdirs(dir, strlen(dir)) < 0) {
		s3_error(resp, req, 500, "InternalError", "cannot create '%s': %s", dir, strerror(errno));
		goto fail;
	}
	snprintf(p->tmp, sizeof(p->tmp), "%s/put-XXXXXX", dir);
	p->fd = mkostemp(p->tmp, O_CLOEXEC); /* sandbox helpers must not inherit it */
	p->md5 = EVP_MD_CTX_new();
	if (p->fd < 0 || !p->key || !p->md5 || !EVP_DigestInit_ex(p->md5, EVP_md5(), NULL)) {
		s3_error(resp, req, 500, "InternalError", "cannot create a temporary file in '%s': %s", dir, strerror(errno));
		goto fail;
	}
	if (sigv4_body_init(&p->body, &p->a.v, p->a.h, p->a.nh, put_out, p) < 0) {
		p->body_ready = true;
		s3_error(resp, req, p->body.status, p->body.code, "%s", p->body.message);
		goto fail;
	}
	p->body_ready = true;
	*ctx = p;
	return 0;
fail:
	put_free(p);
	return -1;
}

static int put_data(void *ctx, const char *b, size_t n)
{
	struct put *p = ctx;

	return sigv4_body_feed(&p->body, b, n) < 0 ? -1 : 0;
}

/* The part's record in the upload's doc: {"parts": {"N": {"etag","size"}}} */
static int record_part(struct local *L, const char *id, int part, const char *etag, int64_t size)
{
	json_t *doc, *parts;
	char num[16];
	int rc = -1;

	snprintf(num, sizeof(num), "%d", part);
	local_lock(L);
	doc = store_get(L, "s3uploads", id);
	if (doc) {
		parts = json_object_get(doc, "parts");
		if (!json_is_object(parts)) {
			parts = json_object();
			json_object_set_new(doc, "parts", parts);
		}
		json_object_set_new(parts, num, json_pack("{s:s, s:I}", "etag", etag, "size", (json_int_t)size));
		rc = store_put(L, "s3uploads", id, doc);
	}
	local_unlock(L);
	return rc;
}

static void put_end(void *ctx, struct lreq *req, struct lresp *resp, bool failed)
{
	struct put *p = ctx;
	struct local *L = p->L;
	unsigned char md[16];
	unsigned int mdlen = 0;
	char etag[40], quoted[48], path[4200];
	int rc;

	if (failed) {
		if (p->body.status)
			s3_error(resp, req, p->body.status, p->body.code, "%s", p->body.message);
		else if (p->size > S3_MAX_OBJECT)
			s3_error(resp, req, 400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");
		else
			s3_error(resp, req, 500, "InternalError", "We encountered an internal error. Please try again.");
		goto out;
	}
	if (sigv4_body_finish(&p->body) < 0) {
		s3_error(resp, req, p->body.status, p->body.code, "%s", p->body.message);
		goto out;
	}
	EVP_DigestFinal_ex(p->md5, md, &mdlen);
	hex_encode(etag, md, 16);
	snprintf(quoted, sizeof(quoted), "\"%s\"", etag);
	if (fsync(p->fd) < 0 || close(p->fd) < 0) {
		p->fd = -1;
		s3_error(resp, req, 500, "InternalError", "cannot write the object: %s", strerror(errno));
		goto out;
	}
	p->fd = -1;
	if (p->part) {
		snprintf(path, sizeof(path), "%s/objects/.uploads/%s/%d", local_state_dir(L), p->upload_id, p->part);
		local_lock(L);
		rc = rename(p->tmp, path);
		if (rc == 0)
			rc = record_part(L, p->upload_id, p->part, etag, p->size);
		local_unlock(L);
		if (rc < 0) {
			unlink(p->tmp);
			s3_error(resp, req, 404, "NoSuchUpload", "The specified upload does not exist (aborted while the part was sent?).");
			goto out;
		}
	} else {
		if (object_file(L, p->bucket, p->key, path, sizeof(path)) < 0 || mkparent(path) < 0) {
			unlink(p->tmp);
			s3_error(resp, req, 400, "InvalidArgument", "key '%s' cannot be stored: a prefix of it is an object", p->key);
			goto out;
		}
		local_lock(L);
		rc = rename(p->tmp, path);
		if (rc == 0)
			write_meta(L, p->bucket, p->key, etag, p->size, p->ctype);
		local_unlock(L);
		if (rc < 0) {
			int e = errno;
			unlink(p->tmp);
			s3_error(resp, req, e == EISDIR || e == ENOTDIR ? 409 : 500, e == EISDIR || e == ENOTDIR ? "OperationAborted" : "InternalError",
				 "cannot store key '%s': %s (byoc-local keeps objects as files; 'a' and 'a/b' cannot both exist)",
				 p->key, strerror(e));
			goto out;
		}
		fsync_dir_of(path);
	}
	lresp_bytes(resp, 200, NULL, "", 0);
	lresp_header(resp, "ETag", quoted);
	if (p->body.crc_on && p->body.crc_expect[0])
		lresp_header(resp, p->body.crc_on == 1 ? "x-amz-checksum-crc32" : "x-amz-checksum-crc32c", p->body.crc_expect);
	s3_ok_headers(resp);
out:
	put_free(p);
}

static const struct lstream_ops put_ops = { put_begin, put_data, put_end };

/* ---- buffered requests: auth + the payload hash of the buffered body -------------------------- */

/* Authenticates and checks the buffered body against x-amz-content-sha256 / aws-chunked. */
static int auth_buffered(struct lreq *req, struct lresp *resp, struct s3auth *a)
{
	struct sigv4_body b;
	size_t n;
	const char *body;
	int rc;

	if (authenticate(req, resp, a) < 0)
		return -1;
	body = lreq_body(req, &n);
	if (a->v.payload != SIGV4_PAYLOAD_SHA256 && a->v.payload != SIGV4_PAYLOAD_UNSIGNED) {
		/* aws-chunked on a small request: decode is not needed by any handler here */
		if (n == 0)
			return 0;
	}
	rc = sigv4_body_init(&b, &a->v, a->h, a->nh, NULL, NULL);
	if (rc == 0)
		rc = sigv4_body_feed(&b, body, n);
	if (rc == 0)
		rc = sigv4_body_finish(&b);
	if (rc < 0)
		s3_error(resp, req, b.status ? b.status : 400, b.code ? b.code : "InvalidRequest", "%s", b.message);
	sigv4_body_release(&b);
	return rc;
}

/* ---- GetObject / HeadObject ------------------------------------------------------------------ */

/* "bytes=a-b" | "bytes=a-" | "bytes=-n" → [*from, *to]; 0 ok, 1 ignore (malformed), -1 unsatisfiable */
static int parse_range(const char *h, int64_t size, int64_t *from, int64_t *to)
{
	char *end;
	long long a, b;

	if (strncmp(h, "bytes=", 6) || strchr(h, ','))
		return 1;
	h += 6;
	if (*h == '-') {
		b = strtoll(h + 1, &end, 10);
		if (*end || b <= 0)
			return 1;
		if (size == 0)
			return -1;
		*from = b >= size ? 0 : size - b;
		*to = size - 1;
		return 0;
	}
	a = strtoll(h, &end, 10);
	if (end == h || *end != '-' || a < 0)
		return 1;
	if (end[1] == '\0') {
		b = size - 1;
	} else {
		b = strtoll(end + 1, &end, 10);
		if (*end || b < a)
			return 1;
		if (b >= size)
			b = size - 1;
	}
	if (a >= size)
		return -1;
	*from = a;
	*to = b;
	return 0;
}

static void get_object(struct lreq *req, struct lresp *resp, struct s3auth *a, const char *bucket, const char *key,
		       bool head)
{
	struct local *L = lreq_local(req);
	char path[4200], etag[80], ctype[128], lm[64], cr[96];
	const char *range = lreq_header(req, "Range");
	struct stat st;
	int64_t from = 0, to = 0;
	int fd, rr = 1;

	if (!object_ok(req, resp, a, bucket, key))
		return;
	if (object_file(L, bucket, key, path, sizeof(path)) < 0 ||
	    (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		s3_error(resp, req, 404, "NoSuchKey", "The specified key does not exist.");
		return;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		s3_error(resp, req, 404, "NoSuchKey", "The specified key does not exist.");
		return;
	}
	read_meta(L, bucket, key, &st, etag, sizeof(etag), ctype, sizeof(ctype));
	if (range && (rr = parse_range(range, st.st_size, &from, &to)) < 0) {
		close(fd);
		s3_error(resp, req, 416, "InvalidRange", "The requested range is not satisfiable");
		snprintf(cr, sizeof(cr), "bytes */%lld", (long long)st.st_size);
		lresp_header(resp, "Content-Range", cr);
		return;
	}
	if (rr == 0 && lseek(fd, (off_t)from, SEEK_SET) < 0) {
		close(fd);
		s3_error(resp, req, 500, "InternalError", "seek failed");
		return;
	}
	if (rr == 0) {
		lresp_fd(resp, 206, ctype, fd, to - from + 1);
		snprintf(cr, sizeof(cr), "bytes %lld-%lld/%lld", (long long)from, (long long)to, (long long)st.st_size);
		lresp_header(resp, "Content-Range", cr);
	} else {
		lresp_fd(resp, 200, ctype, fd, st.st_size);
	}
	(void)head;
	http_time(st.st_mtime, lm, sizeof(lm));
	lresp_header(resp, "ETag", etag);
	lresp_header(resp, "Last-Modified", lm);
	lresp_header(resp, "Accept-Ranges", "bytes");
	s3_ok_headers(resp);
}

/* ---- ListObjectsV2 (and v1) ------------------------------------------------------------------- */

struct keys {
	char **v;
	size_t n, cap;
	bool overflow;
};

static int keys_add(struct keys *k, const char *s)
{
	if (k->n == 1000000) {
		k->overflow = true;
		return -1;
	}
	if (k->n == k->cap) {
		size_t nc = k->cap ? k->cap * 2 : 64;
		char **nv = realloc(k->v, nc * sizeof(*nv));
		if (!nv)
			return -1;
		k->v = nv;
		k->cap = nc;
	}
	if (!(k->v[k->n] = strdup(s)))
		return -1;
	k->n++;
	return 0;
}

static void keys_free(struct keys *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->v[i]);
	free(k->v);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the keys under dir (rel is the key prefix of dir, "" or "a/b/") that start with prefix. */
static int walk(const char *dir, const char *rel, const char *prefix, struct keys *k, int depth)
{
	DIR *d;
	struct dirent *e;
	char sub[4200], key[4200];
	int rc = 0;

	if (depth > 64 || !(d = opendir(dir)))
		return 0;
	while (rc == 0 && (e = readdir(d)) != NULL) {
		struct stat st;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if ((size_t)snprintf(sub, sizeof(sub), "%s/%s", dir, e->d_name) >= sizeof(sub) ||
		    (size_t)snprintf(key, sizeof(key), "%s%s", rel, e->d_name) >= sizeof(key))
			continue;
		if (lstat(sub, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			size_t kl = strlen(key), pl = strlen(prefix);
			/* descend only where keys can still start with prefix */
			if (strncmp(key, prefix, kl < pl ? kl : pl))
				continue;
			memcpy(key + kl, "/", 2);
			rc = walk(sub, key, prefix, k, depth + 1);
		} else if (S_ISREG(st.st_mode) && !strncmp(key, prefix, strlen(prefix))) {
			rc = keys_add(k, key);
		}
	}
	closedir(d);
	return rc;
}

/* The hex of string s into out (n bytes), cut to whole bytes that fit. */
static void hex_string(const char *s, char *out, size_t n)
{
	size_t len = strlen(s);

	if (len > (n - 1) / 2)
		len = (n - 1) / 2;
	hex_encode(out, s, len);
}

static bool hex_decode(const char *s, char *out, size_t n)
{
	size_t len = strlen(s), i;

	if (len % 2 || len / 2 >= n)
		return false;
	for (i = 0; i < len / 2; i++) {
		unsigned int c;
		if (sscanf(s + 2 * i, "%2x", &c) != 1)
			return false;
		out[i] = (char)c;
	}
	out[i] = '\0';
	return true;
}

/* Appends key, URL-encoded when encoding-type=url. */
static void put_key(struct buf *b, const char *key, bool url)
{
	if (url)
		sigv4_uri_encode(b, key, strlen(key), true);
	else
		xml_escape(b, key);
}

/* A ListObjects (v1) or ListObjectsV2 request, read and checked. */
struct list_q {
	const char *bucket, *prefix, *delim, *token, *start_after;
	bool v2, url;
	long max;
	char after[1100];          /* list the keys after this one ("" from the first) */
};

/* What the listing found: the page and where the next one starts. */
struct list_page {
	struct buf items;          /* <Contents> and <CommonPrefixes> */
	size_t count;
	bool truncated;
	char last[1100], cp_last[1100];
};

/* The query of a list request into q; false once it has answered the error. */
static bool list_query(struct lreq *req, struct lresp *resp, struct s3auth *a, const char *bucket, struct list_q *q)
{
	const char *mk = lreq_query(req, "max-keys"), *marker = lreq_query(req, "marker");
	const char *lt = lreq_query(req, "list-type"), *enc = lreq_query(req, "encoding-type");
	size_t ol = strlen(a->org);

	memset(q, 0, sizeof(*q));
	q->bucket = bucket;
	q->prefix = lreq_query(req, "prefix");
	q->delim = lreq_query(req, "delimiter");
	q->token = lreq_query(req, "continuation-token");
	q->start_after = lreq_query(req, "start-after");
	q->v2 = lt && !strcmp(lt, "2");
	q->url = enc && !strcmp(enc, "url");
	q->max = S3_LIST_MAX;
	if (!q->prefix)
		q->prefix = "";
	if (q->delim && !*q->delim)
		q->delim = NULL;
	if (!bucket_ok(req, resp, bucket))
		return false;
	if (lt && !q->v2) {
		s3_error(resp, req, 400, "InvalidArgument", "Invalid List Type specified in Request: list-type=%s", lt);
		return false;
	}
	/* the policy: s3:ListBucket with prefix "{org}" or "{org}/..." */
	if (strncmp(q->prefix, a->org, ol) || (q->prefix[ol] != '\0' && q->prefix[ol] != '/')) {
		s3_error(resp, req, 403, "AccessDenied", "Access Denied: these credentials list prefix '%s/' only", a->org);
		return false;
	}
	if (mk) {
		char *end;
		q->max = strtol(mk, &end, 10);
		if (*end || end == mk || q->max < 0) {
			s3_error(resp, req, 400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
			return false;
		}
		if (q->max > S3_LIST_MAX)
			q->max = S3_LIST_MAX;
	}
	if (q->v2 && q->token) {
		if (!hex_decode(q->token, q->after, sizeof(q->after))) {
			s3_error(resp, req, 400, "InvalidArgument", "The continuation token provided is incorrect");
			return false;
		}
	} else if (q->v2 && q->start_after) {
		snprintf(q->after, sizeof(q->after), "%s", q->start_after);
	} else if (!q->v2 && marker) {
		snprintf(q->after, sizeof(q->after), "%s", marker);
	}
	return true;
}

/* The keys under q's prefix into k, sorted. Walks from the deepest directory the prefix names;
 * a directory part no stored key can have (a '.', '..' or empty segment) matches nothing and is
 * never walked: it would leave the bucket's folder. */
static int list_walk(struct local *L, const struct list_q *q, struct keys *k)
{
	char root[4200], sub[1100];
	const char *slash = strrchr(q->prefix, '/');
	size_t dl = slash ? (size_t)(slash - q->prefix) : 0;

	snprintf(sub, sizeof(sub), "%.*s", (int)dl, q->prefix);
	if (dl >= sizeof(sub) || (dl && (key_problem(sub) || sub[dl - 1] == '/')))
		return 0;
	snprintf(root, sizeof(root), "%s/objects/%s%s%s", local_state_dir(L), q->bucket, dl ? "/" : "", sub);
	snprintf(sub, sizeof(sub), "%.*s", (int)(slash ? dl + 1 : 0), q->prefix);
	if (walk(root, sub, q->prefix, k, 0) < 0 && !k->overflow)
		return -1;
	if (k->n > 1)
		qsort(k->v, k->n, sizeof(*k->v), cmp_str);
	return 0;
}

/* One key of the page: the common prefix it falls under when there is a delimiter (once per
 * prefix), else its <Contents>. False when the page is full. */
static bool list_add(struct local *L, const struct list_q *q, const char *key, struct list_page *pg)
{
	char path[4200], etag[80], lm[40];
	struct stat st;

	if (q->delim) {
		const char *d = strstr(key + strlen(q->prefix), q->delim);
		if (d) {
			size_t cl = (size_t)(d - key) + strlen(q->delim);
			if (cl < sizeof(pg->cp_last) && pg->cp_last[0] && strlen(pg->cp_last) == cl &&
			    !strncmp(pg->cp_last, key, cl))
				return true; /* same common prefix as the previous one */
			if ((long)pg->count >= q->max)
				return false;
			snprintf(pg->cp_last, sizeof(pg->cp_last), "%.*s", (int)cl, key);
			buf_puts(&pg->items, "<CommonPrefixes><Prefix>");
			put_key(&pg->items, pg->cp_last, q->url);
			buf_puts(&pg->items, "</Prefix></CommonPrefixes>");
			snprintf(pg->last, sizeof(pg->last), "%s", pg->cp_last);
			pg->count++;
			return true;
		}
	}
	if ((long)pg->count >= q->max)
		return false;
	if (object_file(L, q->bucket, key, path, sizeof(path)) < 0 || stat(path, &st) < 0)
		return true;
	read_meta(L, q->bucket, key, &st, etag, sizeof(etag), NULL, 0);
	iso_time(st.st_mtime, lm, sizeof(lm));
	buf_puts(&pg->items, "<Contents><Key>");
	put_key(&pg->items, key, q->url);
	buf_printf(&pg->items, "</Key><LastModified>%s</LastModified><ETag>", lm);
	xml_escape(&pg->items, etag);
	buf_printf(&pg->items, "</ETag><Size>%lld</Size><StorageClass>STANDARD</StorageClass></Contents>",
		   (long long)st.st_size);
	snprintf(pg->last, sizeof(pg->last), "%s", key);
	pg->count++;
	return true;
}

/* The result's elements before the page (the request echoed) into b. */
static void list_head(struct buf *b, const struct list_q *q)
{
	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>");
	xml_escape(b, q->bucket);
	buf_puts(b, "</Name><Prefix>");
	put_key(b, q->prefix, q->url);
	buf_puts(b, "</Prefix>");
	if (!q->v2) {
		buf_puts(b, "<Marker>");
		xml_escape(b, q->after);
		buf_puts(b, "</Marker>");
	}
	if (q->v2 && q->token) {
		buf_puts(b, "<ContinuationToken>");
		xml_escape(b, q->token);
		buf_puts(b, "</ContinuationToken>");
	}
	if (q->v2 && q->start_after) {
		buf_puts(b, "<StartAfter>");
		put_key(b, q->start_after, q->url);
		buf_puts(b, "</StartAfter>");
	}
}

/* The page's counts and, when truncated, where the next page starts (a common prefix as the
 * resume point skips all keys under it). */
static void list_tail(struct buf *b, const struct list_q *q, const struct list_page *pg)
{
	char resume[1100], tokhex[2300];

	if (q->v2)
		buf_printf(b, "<KeyCount>%zu</KeyCount>", pg->count);
	buf_printf(b, "<MaxKeys>%ld</MaxKeys>", q->max);
	if (q->delim) {
		buf_puts(b, "<Delimiter>");
		xml_escape(b, q->delim);
		buf_puts(b, "</Delimiter>");
	}
	if (q->url)
		buf_puts(b, "<EncodingType>url</EncodingType>");
	buf_printf(b, "<IsTruncated>%s</IsTruncated>", pg->truncated ? "true" : "false");
	if (!pg->truncated || !pg->last[0])
		return;
	snprintf(resume, sizeof(resume), "%s", pg->last);
	if (q->delim && pg->cp_last[0] && !strcmp(pg->last, pg->cp_last) && strlen(resume) + 1 < sizeof(resume))
		memcpy(resume + strlen(resume), "\xff", 2);
	if (q->v2) {
		hex_string(resume, tokhex, sizeof(tokhex));
		buf_printf(b, "<NextContinuationToken>%s</NextContinuationToken>", tokhex);
	} else if (q->delim) {
		buf_puts(b, "<NextMarker>");
		put_key(b, pg->last, q->url);
		buf_puts(b, "</NextMarker>");
	}
}

static void list_objects(struct lreq *req, struct lresp *resp, struct s3auth *a, const char *bucket)
{
	struct local *L = lreq_local(req);
	struct list_page pg = { .count = 0 };
	struct keys k = { 0 };
	struct list_q q;
	struct buf b;
	size_t i;

	if (!list_query(req, resp, a, bucket, &q))
		return;
	if (list_walk(L, &q, &k) < 0) {
		keys_free(&k);
		s3_error(resp, req, 500, "InternalError", "We encountered an internal error. Please try again.");
		return;
	}
	buf_init(&pg.items, 64 << 20);
	for (i = 0; i < k.n; i++) {
		if (q.after[0] && strcmp(k.v[i], q.after) <= 0)
			continue;
		if (!list_add(L, &q, k.v[i], &pg)) {
			pg.truncated = true;
			break;
		}
	}
	buf_init(&b, 64 << 20);
	list_head(&b, &q);
	list_tail(&b, &q, &pg);
	buf_append(&b, pg.items.data, pg.items.len);
	buf_puts(&b, "</ListBucketResult>\n");
	s3_xml(resp, 200, &b);
	buf_release(&pg.items);
	buf_release(&b);
	keys_free(&k);
}

/* ---- multipart: create, complete, abort -------------------------------------------------------- */

static void create_upload(struct lreq *req, struct lresp *resp, struct s3auth *a, const char *bucket, const char *key)
{
	struct local *L = lreq_local(req);
	char id[80], dir[4200], now[40];
	struct buf b;
	json_t *doc;
	int rc;

	if (!object_ok(req, resp, a, bucket, key))
		return;
	rand_chars(id, 40, "0123456789abcdefghijklmnopqrstuvwxyz");
	snprintf(dir, sizeof(dir), "%s/objects/.uploads/%s", local_state_dir(L), id);
	if (mkdirs(dir, strlen(dir)) < 0) {
		s3_error(resp, req, 500, "InternalError", "cannot create '%s': %s", dir, strerror(errno));
		return;
	}
	local_now_iso(now, sizeof(now));
	doc = json_pack("{s:s, s:s, s:s, s:s, s:{}}", "bucket", bucket, "key", key, "initiated", now,
			"contentType", lreq_header(req, "Content-Type") ?: "binary/octet-stream", "parts");
	local_lock(L);
	rc = doc ? store_put(L, "s3uploads", id, doc) : -1;
	local_unlock(L);
	if (rc < 0) {
		rmdir(dir);
		s3_error(resp, req, 500, "InternalError", "cannot record the upload: %s", byoc_errmsg());
		return;
	}
	buf_init(&b, 1 << 20);
	buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		     "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>");
	xml_escape(&b, bucket);
	buf_puts(&b, "</Bucket><Key>");
	xml_escape(&b, key);
	buf_printf(&b, "</Key><UploadId>%s</UploadId></InitiateMultipartUploadResult>\n", id);
	s3_xml(resp, 200, &b);
	buf_release(&b);
}

/* The text between <tag> and </tag> starting at *p (bounded by end); advances *p past it. */
static bool xml_next(const char **p, const char *end, const char *tag, char *out, size_t n)
{
	char open[64], close[64];
	const char *s, *e;

	snprintf(open, sizeof(open), "<%s>", tag);
	snprintf(close, sizeof(close), "</%s>", tag);
	s = memmem(*p, (size_t)(end - *p), open, strlen(open));
	if (!s)
		return false;
	s += strlen(open);
	e = memmem(s, (size_t)(end - s), close, strlen(close));
	if (!e || (size_t)(e - s) >= n)
		return false;
	memcpy(out, s, (size_t)(e - s));
	out[e - s] = '\0';
	*p = e + strlen(close);
	return true;
}

/* Strips quotes (literal or &quot;) around an ETag in place. */
static void etag_bare(char *s)
{
	char *src = s, *dst = s;

	while (*src) {
		if (*src == '"') {
			src++;
		} else if (!strncmp(src, "&quot;", 6)) {
			src += 6;
		} else if (!strncmp(src, "&#34;", 5)) {
			src += 5;
		} else {
			*dst++ = *src++;
		}
	}
	*dst = '\0';
}

static int copy_into(int out, const char *path)
{
	int in = open(path, O_RDONLY | O_CLOEXEC);
	char b[1 << 16];
	ssize_t r;

	if (in < 0)
		return -1;
	for (;;) {
		r = read(in, b, sizeof(b));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		for (ssize_t off = 0; off < r;) {
			ssize_t w = write(out, b + off, (size_t)(r - off));
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				close(in);
				return -1;
			}
			off += w;
		}
	}
	close(in);
	return r < 0 ? -1 : 0;
}

static void remove_upload(struct local *L, const char *id)
{
	char dir[4200], path[4600];
	DIR *d;
	struct dirent *e;

	snprintf(dir, sizeof(dir), "%s/objects/.uploads/%s", local_state_dir(L), id);
	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			unlink(path);
		}
		closedir(d);
	}
	rmdir(dir);
	local_lock(L);
	store_del(L, "s3uploads", id);
	local_unlock(L);
}

/* The object being assembled from an upload's parts, in the order CompleteMultipartUpload names
 * them: a temporary file and the MD5 of the parts' MD5s (the multipart ETag). */
struct assembly {
	const char *id;           /* the upload */
	json_t *parts;            /* the upload's record of its parts: number -> {etag, size} */
	int fd;
	EVP_MD_CTX *md5;
	int nparts, last;
	int64_t total, prev_size;
};

enum { PART_OK = 0, PART_MALFORMED = -1, PART_ANSWERED = -2 };

/* One <Part> of the request appended to the object: PART_OK, PART_MALFORMED (the caller says
 * so), or PART_ANSWERED with the error sent. */
static int assemble_part(struct lreq *req, struct lresp *resp, struct assembly *as, const char *part_xml)
{
	struct local *L = lreq_local(req);
	const char *q = part_xml, *qe = part_xml + strlen(part_xml), *want;
	char num[32], etag[200], path[4200], *e2;
	unsigned char md[16];
	json_t *rec;
	int64_t size;
	long n;

	if (!xml_next(&q, qe, "PartNumber", num, sizeof(num)))
		return PART_MALFORMED;
	q = part_xml;
	if (!xml_next(&q, qe, "ETag", etag, sizeof(etag)))
		return PART_MALFORMED;
	n = strtol(num, &e2, 10);
	if (*e2 || n < 1 || n > 10000)
		return PART_MALFORMED;
	if (n <= as->last) {
		s3_error(resp, req, 400, "InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.");
		return PART_ANSWERED;
	}
	etag_bare(etag);
	rec = json_object_get(as->parts, num);
	want = json_string_value(json_object_get(rec, "etag"));
	if (!want || strcasecmp(want, etag)) {
		s3_error(resp, req, 400, "InvalidPart",
			 "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.");
		return PART_ANSWERED;
	}
	size = json_integer_value(json_object_get(rec, "size"));
	/* each part but the last must be at least 5 MiB */
	if (as->nparts > 0 && as->prev_size < S3_MIN_PART) {
		s3_error(resp, req, 400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.");
		return PART_ANSWERED;
	}
	snprintf(path, sizeof(path), "%s/objects/.uploads/%s/%ld", local_state_dir(L), as->id, n);
	if (copy_into(as->fd, path) < 0) {
		s3_error(resp, req, 500, "InternalError", "cannot assemble part %ld: %s", n, strerror(errno));
		return PART_ANSWERED;
	}
	for (int i = 0; i < 16; i++) {
		unsigned int x;
		sscanf(want + 2 * i, "%2x", &x);
		md[i] = (unsigned char)x;
	}
	EVP_DigestUpdate(as->md5, md, 16);
	as->total += size;
	as->prev_size = size;
	as->last = (int)n;
	as->nparts++;
	return PART_OK;
}

/* Every <Part> of the body; false once it has answered the error. */
static bool assemble_parts(struct lreq *req, struct lresp *resp, struct assembly *as)
{
	size_t blen;
	const char *body = lreq_body(req, &blen), *p = body, *end = body + blen;
	char part_xml[4096];
	int rc = PART_OK;

	while (rc == PART_OK && xml_next(&p, end, "Part", part_xml, sizeof(part_xml)))
		rc = assemble_part(req, resp, as, part_xml);
	if (rc == PART_OK && as->nparts == 0)
		rc = PART_MALFORMED;
	if (rc == PART_MALFORMED)
		s3_error(resp, req, 400, "MalformedXML",
			 "The XML you provided was not well-formed or did not validate against our published schema.");
	return rc == PART_OK;
}

static void reply_completed(struct lreq *req, struct lresp *resp, const char *bucket, const char *key,
			    const char *etag_hex)
{
	struct buf b;

	buf_init(&b, 1 << 20);
	buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		     "<CompleteMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Location>");
	xml_escape(&b, lreq_base_url(req));
	buf_puts(&b, "/s3/");
	xml_escape(&b, bucket);
	buf_puts(&b, "/");
	xml_escape(&b, key);
	buf_puts(&b, "</Location><Bucket>");
	xml_escape(&b, bucket);
	buf_puts(&b, "</Bucket><Key>");
	xml_escape(&b, key);
	buf_printf(&b, "</Key><ETag>&quot;%s&quot;</ETag></CompleteMultipartUploadResult>\n", etag_hex);
	s3_xml(resp, 200, &b);
	buf_release(&b);
}

static void complete_upload(struct lreq *req, struct lresp *resp, struct s3auth *a, const char *bucket,
			    const char *key, const char *id)
{
	struct local *L = lreq_local(req);
	struct assembly as = { .id = id, .fd = -1, .prev_size = -1 };
	char tmpdir[4200], tmp[4300], final[4200], etag_hex[64];
	char ctype[128] = "binary/octet-stream";
	json_t *doc = NULL;
	unsigned char md[16];
	unsigned int mdlen;

	if (!object_ok(req, resp, a, bucket, key))
		return;
	if (!upload_get(L, id, bucket, key)) {
		s3_error(resp, req, 404, "NoSuchUpload",
			 "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");
		return;
	}
	local_lock(L);
	doc = json_deep_copy(store_get(L, "s3uploads", id));
	local_unlock(L);
	as.parts = json_object_get(doc, "parts");
	if (json_string_value(json_object_get(doc, "contentType")))
		snprintf(ctype, sizeof(ctype), "%s", json_string_value(json_object_get(doc, "contentType")));
	objects_dir(L, ".tmp", tmpdir, sizeof(tmpdir));
	mkdirs(tmpdir, strlen(tmpdir));
	snprintf(tmp, sizeof(tmp), "%s/complete-XXXXXX", tmpdir);
	as.fd = mkostemp(tmp, O_CLOEXEC);
	as.md5 = EVP_MD_CTX_new();
	if (as.fd < 0 || !as.md5 || !EVP_DigestInit_ex(as.md5, EVP_md5(), NULL)) {
		s3_error(resp, req, 500, "InternalError", "cannot create a temporary file: %s", strerror(errno));
		goto out;
	}
	if (!assemble_parts(req, resp, &as))
		goto out;
	EVP_DigestFinal_ex(as.md5, md, &mdlen);
	hex_encode(etag_hex, md, 16);
	snprintf(etag_hex + 32, sizeof(etag_hex) - 32, "-%d", as.nparts);
	if (fsync(as.fd) < 0 || close(as.fd) < 0) {
		as.fd = -1;
		s3_error(resp, req, 500, "InternalError", "cannot write the object: %s", strerror(errno));
		goto out;
	}
	as.fd = -1;
	if (object_file(L, bucket, key, final, sizeof(final)) < 0 || mkparent(final) < 0) {
		s3_error(resp, req, 400, "InvalidArgument", "key '%s' cannot be stored: a prefix of it is an object", key);
		goto out;
	}
	local_lock(L);
	if (rename(tmp, final) < 0) {
		int e = errno;
		local_unlock(L);
		s3_error(resp, req, 409, "OperationAborted", "cannot store key '%s': %s", key, strerror(e));
		goto out;
	}
	write_meta(L, bucket, key, etag_hex, as.total, ctype);
	local_unlock(L);
	fsync_dir_of(final);
	tmp[0] = '\0';
	remove_upload(L, id);
	reply_completed(req, resp, bucket, key, etag_hex);
out:
	if (as.fd >= 0)
		close(as.fd);
	if (tmp[0])
		unlink(tmp);
	EVP_MD_CTX_free(as.md5);
	json_decref(doc);
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

static void on_bucket(struct lreq *req, struct lresp *resp, const char *bucket)
{
	struct s3auth *a = calloc(1, sizeof(*a));
	const char *m = lreq_method(req);

	if (!a) {
		s3_error(resp, req, 500, "InternalError", "out of memory");
		return;
	}
	sigv4_verdict_init(&a->v);
	if (auth_buffered(req, resp, a) < 0)
		goto out;
	if (!strcmp(m, "GET")) {
		if (lreq_query(req, "location")) {
			struct buf b;
			buf_init(&b, 4096);
			buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint "
				     "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"></LocationConstraint>\n");
			if (bucket_ok(req, resp, bucket))
				s3_xml(resp, 200, &b);
			buf_release(&b);
		} else {
			list_objects(req, resp, a, bucket);
		}
	} else if (!strcmp(m, "HEAD")) {
		if (bucket_ok(req, resp, bucket)) {
			lresp_bytes(resp, 200, NULL, "", 0);
			lresp_header(resp, "x-amz-bucket-region", S3_REGION);
			s3_ok_headers(resp);
		}
	} else {
		s3_error(resp, req, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
	}
out:
	sigv4_verdict_release(&a->v);
	free(a);
}

static void bucket_handler(struct lreq *req, struct lresp *resp)
{
	on_bucket(req, resp, lreq_param(req, 0));
}

static void object_handler(struct lreq *req, struct lresp *resp)
{
	const char *bucket = lreq_param(req, 0), *key = lreq_param(req, 1);
	const char *m = lreq_method(req), *upload = lreq_query(req, "uploadId");
	struct local *L = lreq_local(req);
	struct s3auth *a;

	if (!key || !*key) {
		on_bucket(req, resp, bucket);
		return;
	}
	a = calloc(1, sizeof(*a));
	if (!a) {
		s3_error(resp, req, 500, "InternalError", "out of memory");
		return;
	}
	sigv4_verdict_init(&a->v);
	if (auth_buffered(req, resp, a) < 0)
		goto out;
	if (!strcmp(m, "GET") || !strcmp(m, "HEAD")) {
		get_object(req, resp, a, bucket, key, m[0] == 'H');
	} else if (!strcmp(m, "POST") && lreq_query(req, "uploads")) {
		create_upload(req, resp, a, bucket, key);
	} else if (!strcmp(m, "POST") && upload) {
		complete_upload(req, resp, a, bucket, key, upload);
	} else if (!strcmp(m, "DELETE") && upload) {
		if (!object_ok(req, resp, a, bucket, key))
			goto out;
		if (!upload_get(L, upload, bucket, key)) {
			s3_error(resp, req, 404, "NoSuchUpload", "The specified upload does not exist.");
			goto out;
		}
		remove_upload(L, upload);
		lresp_bytes(resp, 204, NULL, "", 0);
		s3_ok_headers(resp);
	} else if (!strcmp(m, "DELETE")) {
		char path[4200], meta[4200], root[4200];
		if (!object_ok(req, resp, a, bucket, key))
			goto out;
		if (object_file(L, bucket, key, path, sizeof(path)) == 0) {
			meta_file(L, bucket, key, meta, sizeof(meta));
			snprintf(root, sizeof(root), "%s/objects/%s", local_state_dir(L), bucket);
			local_lock(L);
			if (unlink(path) == 0) {
				unlink(meta);
				prune_dirs(path, root);
			}
			local_unlock(L);
		}
		lresp_bytes(resp, 204, NULL, "", 0);
		s3_ok_headers(resp);
	} else {
		s3_error(resp, req, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
	}
out:
	sigv4_verdict_release(&a->v);
	free(a);
}

/* Uploads in flight when byoc-local last stopped are gone: drop their temp files. */
void s3_startup(struct local *L)
{
	char dir[4200], path[4600];
	DIR *d;
	struct dirent *e;

	objects_dir(L, ".tmp", dir, sizeof(dir));
	if (!(d = opendir(dir)))
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
}

const struct lroute s3_routes[] = {
	{ "GET", "/api/object-storage/push-access", push_access, NULL, 0 },
	{ "PUT", "/s3/{}/{*}", NULL, &put_ops, LROUTE_PUBLIC },
	{ "GET", "/s3/{}/{*}", object_handler, NULL, LROUTE_PUBLIC },
	{ "HEAD", "/s3/{}/{*}", object_handler, NULL, LROUTE_PUBLIC },
	{ "POST", "/s3/{}/{*}", object_handler, NULL, LROUTE_PUBLIC },
	{ "DELETE", "/s3/{}/{*}", object_handler, NULL, LROUTE_PUBLIC },
	{ "GET", "/s3/{}", bucket_handler, NULL, LROUTE_PUBLIC },
	{ "HEAD", "/s3/{}", bucket_handler, NULL, LROUTE_PUBLIC },
	{ "GET", "/s3/{}/", bucket_handler, NULL, LROUTE_PUBLIC },   /* the SDK lists at "/bucket/?list-type=2" */
	{ "HEAD", "/s3/{}/", bucket_handler, NULL, LROUTE_PUBLIC },
	{ 0 },
};
