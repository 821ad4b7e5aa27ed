#include "local/sigv4.h"
#include "util/err.h"
#include "util/hex.h"

#include <ctype.h>
#include <stdarg.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static const char hexu[] = "0123456789ABCDEF";

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

static bool unreserved(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}


/* decode: %XX -> byte first (and '+' -> ' ' when plus_space) */
static int uri_encode(struct buf *out, const char *s, size_t n, bool keep_slash, bool decode, bool plus_space)
{
	char enc[3];
	int rc;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (decode && c == '%' && i + 2 < n &&
		    hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			c = (unsigned char)(hexval(s[i + 1]) << 4 | hexval(s[i + 2]));
			i += 2;
		} else if (decode && plus_space && c == '+') {
			c = ' ';
		}
		if (unreserved(c) || (keep_slash && c == '/')) {
			rc = buf_append(out, &c, 1);
		} else {
			enc[0] = '%';
			enc[1] = hexu[c >> 4];
			enc[2] = hexu[c & 15];
			rc = buf_append(out, enc, 3);
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

int sigv4_uri_encode(struct buf *out, const char *s, size_t n, bool keep_slash)
{
	return uri_encode(out, s, n, keep_slash, true, false);
}

/* Generic rules: remove "." and ".." segments and empty segments, keep a trailing slash. */
static int normalized_path(struct buf *out, const char *p, size_t n)
{
	size_t starts[256], lens[256], k = 0;
	size_t i = 0;
	bool trailing = n > 0 && p[n - 1] == '/';
	int rc;

	while (i < n) {
		size_t j = i;
		while (j < n && p[j] != '/')
			j++;
		size_t len = j - i;
		if (len == 0 || (len == 1 && p[i] == '.')) {
			/* skip */
		} else if (len == 2 && p[i] == '.' && p[i + 1] == '.') {
			if (k > 0)
				k--;
		} else {
			if (k == 256)
				return byoc_fail(BYOC_EUSAGE, "path has too many segments");
			starts[k] = i;
			lens[k] = len;
			k++;
		}
		i = j + 1;
	}
	for (size_t s = 0; s < k; s++) {
		if ((rc = buf_puts(out, "/")) < 0)
			return rc;
		/* encode the raw bytes: '%' becomes %25 (AWS encodes non-S3 paths twice) */
		if ((rc = uri_encode(out, p + starts[s], lens[s], false, false, false)) < 0)
			return rc;
	}
	if (k == 0 || trailing)
		return buf_puts(out, "/");
	return 0;
}

struct qparam {
	char *k, *v;
};

static int qparam_cmp(const void *a, const void *b)
{
	const struct qparam *x = a, *y = b;
	int c = strcmp(x->k, y->k);
	return c ? c : strcmp(x->v, y->v);
}

static int canonical_query(struct buf *out, const char *q, bool s3)
{
	struct qparam *ps = NULL;
	size_t np = 0, cap = 0;
	int rc = 0;
	const char *p = q;

	while (*p) {
		const char *amp = strchr(p, '&');
		size_t len = amp ? (size_t)(amp - p) : strlen(p);
		if (len > 0) {
			const char *eq = memchr(p, '=', len);
			size_t kl = eq ? (size_t)(eq - p) : len;
			struct buf kb, vb;
			if (np == 1024) {
				rc = byoc_fail(BYOC_EUSAGE, "too many query parameters");
				goto out;
			}
			if (np == cap) {
				size_t nc = cap ? cap * 2 : 8;
				struct qparam *n2 = realloc(ps, nc * sizeof(*ps));
				if (!n2) {
					rc = byoc_fail(BYOC_ENOMEM, "out of memory");
					goto out;
				}
				ps = n2;
				cap = nc;
			}
			buf_init(&kb, 64 << 10);
			buf_init(&vb, 64 << 10);
			if ((rc = uri_encode(&kb, p, kl, false, true, s3)) < 0 ||
			    (eq && (rc = uri_encode(&vb, eq + 1, len - kl - 1, false, true, s3)) < 0)) {
				buf_release(&kb);
				buf_release(&vb);
				goto out;
			}
			ps[np].k = buf_detach(&kb);
			ps[np].v = buf_detach(&vb);
			np++;
		}
		if (!amp)
			break;
		p = amp + 1;
	}
	if (np > 1)
		qsort(ps, np, sizeof(*ps), qparam_cmp);
	for (size_t i = 0; i < np; i++) {
		if ((rc = buf_printf(out, "%s%s=%s", i ? "&" : "", ps[i].k, ps[i].v)) < 0)
			goto out;
	}
out:
	for (size_t i = 0; i < np; i++) {
		free(ps[i].k);
		free(ps[i].v);
	}
	free(ps);
	return rc;
}

/* Appends the trimmed value with runs of spaces collapsed to one. */
static int append_trimmed(struct buf *out, const char *v)
{
	const char *e;
	bool sp = false;
	int rc;

	while (*v == ' ' || *v == '\t')
		v++;
	e = v + strlen(v);
	while (e > v && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	for (; v < e; v++) {
		char c = *v == '\t' ? ' ' : *v;
		if (c == ' ') {
			if (sp)
				continue;
			sp = true;
		} else {
			sp = false;
		}
		if ((rc = buf_append(out, &c, 1)) < 0)
			return rc;
	}
	return 0;
}

int sigv4_canonical_request(struct buf *out, const struct sigv4_request *r, int flags,
			    const char *signed_headers, const char *payload_hash)
{
	const char *uri = r->raw_uri;
	const char *qm = strchr(uri, '?');
	size_t plen = qm ? (size_t)(qm - uri) : strlen(uri);
	bool s3 = flags & SIGV4_S3;
	int rc;

	if ((rc = buf_printf(out, "%s\n", r->method)) < 0)
		return rc;
	if (s3) {
		if (plen == 0)
			rc = buf_puts(out, "/");
		else
			rc = uri_encode(out, uri, plen, true, true, false);
	} else {
		rc = normalized_path(out, uri, plen);
	}
	if (rc < 0 || (rc = buf_puts(out, "\n")) < 0)
		return rc;
	if (qm && (rc = canonical_query(out, qm + 1, s3)) < 0)
		return rc;
	if ((rc = buf_puts(out, "\n")) < 0)
		return rc;
	/* canonical headers, in the order of the signed list */
	const char *h = signed_headers;
	while (*h) {
		const char *semi = strchr(h, ';');
		size_t len = semi ? (size_t)(semi - h) : strlen(h);
		bool first = true;
		if (len > 0) {
			for (size_t i = 0; i < len; i++) {
				char c = (char)tolower((unsigned char)h[i]);
				if ((rc = buf_append(out, &c, 1)) < 0)
					return rc;
			}
			if ((rc = buf_puts(out, ":")) < 0)
				return rc;
			for (size_t i = 0; i < r->nheaders; i++) {
				if (strlen(r->headers[i].name) != len || strncasecmp(r->headers[i].name, h, len))
					continue;
				if (!first && (rc = buf_puts(out, ",")) < 0)
					return rc;
				first = false;
				if ((rc = append_trimmed(out, r->headers[i].value)) < 0)
					return rc;
			}
			if ((rc = buf_puts(out, "\n")) < 0)
				return rc;
		}
		if (!semi)
			break;
		h = semi + 1;
	}
	return buf_printf(out, "\n%s\n%s", signed_headers, payload_hash);
}

void sigv4_sha256_hex(char hex[65], const void *p, size_t n)
{
	unsigned char md[32];
	unsigned int mdlen = 0;

	EVP_Digest(p, n, md, &mdlen, EVP_sha256(), NULL);
	hex_encode(hex, md, 32);
}

int sigv4_string_to_sign(struct buf *out, const char *amz_date, const char *scope,
			 const char *creq, size_t creq_len)
{
	char hex[65];

	sigv4_sha256_hex(hex, creq, creq_len);
	return buf_printf(out, "AWS4-HMAC-SHA256\n%s\n%s\n%s", amz_date, scope, hex);
}

static void hmac(unsigned char out[32], const void *key, size_t klen, const void *msg, size_t n)
{
	unsigned int len = 32;

	HMAC(EVP_sha256(), key, (int)klen, msg, n, out, &len);
}

void sigv4_signing_key(unsigned char key[32], const char *secret, const char *date,
		       const char *region, const char *service)
{
	char k0[160];
	unsigned char a[32], b[32];

	snprintf(k0, sizeof(k0), "AWS4%s", secret);
	hmac(a, k0, strlen(k0), date, strlen(date));
	hmac(b, a, 32, region, strlen(region));
	hmac(a, b, 32, service, strlen(service));
	hmac(key, a, 32, "aws4_request", 12);
	OPENSSL_cleanse(k0, sizeof(k0));
	OPENSSL_cleanse(a, sizeof(a));
	OPENSSL_cleanse(b, sizeof(b));
}

void sigv4_hmac_hex(char hex[65], const unsigned char key[32], const char *msg, size_t n)
{
	unsigned char md[32];

	hmac(md, key, 32, msg, n);
	hex_encode(hex, md, 32);
}

/* Copies the value of "name=" up to ',' (or end) into out. */
static int auth_field(const char *s, const char *name, char *out, size_t n)
{
	const char *p = s;
	size_t nl = strlen(name);

	while ((p = strstr(p, name)) != NULL) {
		if ((p == s || p[-1] == ' ' || p[-1] == ',') && p[nl] == '=')
			break;
		p += nl;
	}
	if (!p)
		return -1;
	p += nl + 1;
	size_t len = strcspn(p, ", ");
	if (len == 0 || len >= n)
		return -1;
	memcpy(out, p, len);
	out[len] = '\0';
	return 0;
}

int sigv4_parse_authorization(const char *value, struct sigv4_auth *out)
{
	static const char alg[] = "AWS4-HMAC-SHA256";
	char cred[512];
	char *parts[5];
	char *p;
	int k = 0;

	memset(out, 0, sizeof(*out));
	if (!value || strncmp(value, alg, sizeof(alg) - 1) || value[sizeof(alg) - 1] != ' ')
		return -1;
	value += sizeof(alg);
	if (auth_field(value, "Credential", cred, sizeof(cred)) < 0 ||
	    auth_field(value, "SignedHeaders", out->signed_headers, sizeof(out->signed_headers)) < 0 ||
	    auth_field(value, "Signature", out->signature, sizeof(out->signature)) < 0)
		return -1;
	if (strlen(out->signature) != 64)
		return -1;
	for (size_t i = 0; i < 64; i++)
		if (hexval(out->signature[i]) < 0)
			return -1;
	/* AK/date/region/service/aws4_request (the access key has no '/') */
	p = cred;
	parts[k++] = p;
	while ((p = strchr(p, '/')) != NULL) {
		*p++ = '\0';
		if (k == 5)
			return -1;
		parts[k++] = p;
	}
	if (k != 5 || strcmp(parts[4], "aws4_request") || !*parts[0] || strlen(parts[1]) != 8 ||
	    !*parts[2] || !*parts[3])
		return -1;
	if (strlen(parts[0]) >= sizeof(out->access_key) || strlen(parts[2]) >= sizeof(out->region) ||
	    strlen(parts[3]) >= sizeof(out->service))
		return -1;
	snprintf(out->access_key, sizeof(out->access_key), "%s", parts[0]);
	snprintf(out->date, sizeof(out->date), "%s", parts[1]);
	snprintf(out->region, sizeof(out->region), "%s", parts[2]);
	snprintf(out->service, sizeof(out->service), "%s", parts[3]);
	snprintf(out->scope, sizeof(out->scope), "%s/%s/%s/aws4_request", out->date, out->region, out->service);
	return 0;
}

int sigv4_parse_amz_date(const char *s, time_t *t)
{
	struct tm tm;

	if (!s || strlen(s) != 16 || s[8] != 'T' || s[15] != 'Z')
		return -1;
	for (int i = 0; i < 15; i++)
		if (i != 8 && !isdigit((unsigned char)s[i]))
			return -1;
	memset(&tm, 0, sizeof(tm));
	if (!strptime(s, "%Y%m%dT%H%M%SZ", &tm))
		return -1;
	*t = timegm(&tm);
	return 0;
}

void sigv4_verdict_init(struct sigv4_verdict *v)
{
	memset(v, 0, sizeof(*v));
	buf_init(&v->creq, 256 << 10);
	buf_init(&v->sts, 4096);
}

void sigv4_verdict_release(struct sigv4_verdict *v)
{
	buf_release(&v->creq);
	buf_release(&v->sts);
	OPENSSL_cleanse(v->key, sizeof(v->key));
}

static int deny(struct sigv4_verdict *v, int status, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int deny(struct sigv4_verdict *v, int status, const char *code, const char *fmt, ...)
{
	va_list ap;

	v->status = status;
	v->code = code;
	va_start(ap, fmt);
	vsnprintf(v->message, sizeof(v->message), fmt, ap);
	va_end(ap);
	return byoc_fail(status == 400 ? BYOC_EUSAGE : BYOC_EAUTH, "%s: %s", code, v->message);
}

static const char *header(const struct sigv4_request *r, const char *name)
{
	for (size_t i = 0; i < r->nheaders; i++)
		if (!strcasecmp(r->headers[i].name, name))
			return r->headers[i].value;
	return NULL;
}

/* true when name is in the ';'-separated list (case-insensitive) */
static bool listed(const char *list, const char *name)
{
	size_t nl = strlen(name);
	const char *p = list;

	while (*p) {
		const char *semi = strchr(p, ';');
		size_t len = semi ? (size_t)(semi - p) : strlen(p);
		if (len == nl && !strncasecmp(p, name, nl))
			return true;
		if (!semi)
			break;
		p = semi + 1;
	}
	return false;
}

static bool is_hex64(const char *s)
{
	if (strlen(s) != 64)
		return false;
	for (int i = 0; i < 64; i++)
		if (hexval(s[i]) < 0)
			return false;
	return true;
}

int sigv4_verify(const struct sigv4_request *r, int flags, const struct sigv4_policy *pol,
		 sigv4_lookup_fn lookup, void *lookup_arg, const void *body, size_t body_len,
		 struct sigv4_verdict *v)
{
	struct sigv4_auth a;
	struct sigv4_cred cred;
	const char *authz, *date, *sha, *token;
	char payload_hash[65], want[65];
	time_t t;
	int rc;

	memset(&cred, 0, sizeof(cred));
	authz = header(r, "authorization");
	if (!authz)
		return deny(v, 403, "AccessDenied", "Access Denied");
	if (sigv4_parse_authorization(authz, &a) < 0)
		return deny(v, 400, "AuthorizationHeaderMalformed",
			    "The authorization header is malformed; expected AWS4-HMAC-SHA256 Credential=AK/DATE/REGION/SERVICE/aws4_request, SignedHeaders=..., Signature=...");
	snprintf(v->access_key, sizeof(v->access_key), "%s", a.access_key);
	if (flags & SIGV4_S3) {
		sha = header(r, "x-amz-content-sha256");
		if (!sha)
			return deny(v, 400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
		if (!strcmp(sha, "UNSIGNED-PAYLOAD"))
			v->payload = SIGV4_PAYLOAD_UNSIGNED;
		else if (!strcmp(sha, "STREAMING-UNSIGNED-PAYLOAD-TRAILER"))
			v->payload = SIGV4_PAYLOAD_STREAMING_UNSIGNED;
		else if (!strcmp(sha, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"))
			v->payload = SIGV4_PAYLOAD_STREAMING_SIGNED;
		else if (!strcmp(sha, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"))
			v->payload = SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER;
		else if (is_hex64(sha)) {
			v->payload = SIGV4_PAYLOAD_SHA256;
			for (int i = 0; i < 64; i++)
				v->payload_sha256[i] = (char)tolower((unsigned char)sha[i]);
			v->payload_sha256[64] = '\0';
		} else
			return deny(v, 400, "InvalidArgument",
				    "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD or a valid sha256 value");
		snprintf(payload_hash, sizeof(payload_hash), "%s", sha);
		if (strlen(sha) > 64) {
			/* the streaming names are longer than 64: sign them as sent */
		}
	} else {
		sigv4_sha256_hex(payload_hash, body ? body : "", body_len);
		v->payload = SIGV4_PAYLOAD_SHA256;
		memcpy(v->payload_sha256, payload_hash, sizeof(payload_hash));
		sha = NULL;
	}
	date = header(r, "x-amz-date");
	if (!date || sigv4_parse_amz_date(date, &t) < 0)
		return deny(v, 403, "AccessDenied", "AWS authentication requires a valid Date or x-amz-date header");
	if (pol->max_skew > 0 && (t > pol->now + pol->max_skew || t < pol->now - pol->max_skew))
		return deny(v, 403, "RequestTimeTooSkewed",
			    "The difference between the request time and the current time is too large.");
	if (strncmp(date, a.date, 8))
		return deny(v, 400, "AuthorizationHeaderMalformed",
			    "The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.");
	if (pol->service && strcmp(a.service, pol->service))
		return deny(v, 400, "AuthorizationHeaderMalformed",
			    "The authorization header is malformed; incorrect service \"%s\". This endpoint belongs to \"%s\".",
			    a.service, pol->service);
	if (pol->region && strcmp(a.region, pol->region))
		return deny(v, 400, "AuthorizationHeaderMalformed",
			    "The authorization header is malformed; the region '%s' is wrong; expecting '%s'",
			    a.region, pol->region);
	if (!lookup || lookup(a.access_key, &cred, lookup_arg) < 0)
		return deny(v, 403, "InvalidAccessKeyId",
			    "The AWS Access Key Id you provided does not exist in our records.");
	token = header(r, "x-amz-security-token");
	if (cred.session_token[0]) {
		if (!token)
			return deny(v, 403, "InvalidToken",
				    "The request lacks the x-amz-security-token header that these temporary credentials require.");
		if (strcmp(token, cred.session_token))
			return deny(v, 403, "InvalidToken", "The provided token is malformed or otherwise invalid.");
		if (cred.expires && pol->now >= cred.expires)
			return deny(v, 403, "ExpiredToken", "The provided token has expired.");
	} else if (token) {
		return deny(v, 403, "InvalidToken", "The provided token is malformed or otherwise invalid.");
	}
	/* host and every x-amz-* header must be signed */
	if (!listed(a.signed_headers, "host"))
		return deny(v, 403, "AccessDenied", "The host header must be signed.");
	for (size_t i = 0; i < r->nheaders; i++) {
		if (strncasecmp(r->headers[i].name, "x-amz-", 6) || listed(a.signed_headers, r->headers[i].name))
			continue;
		return deny(v, 403, "AccessDenied", "There were headers present in the request which were not signed: %s",
			    r->headers[i].name);
	}
	buf_reset(&v->creq);
	buf_reset(&v->sts);
	if ((rc = sigv4_canonical_request(&v->creq, r, flags, a.signed_headers, payload_hash)) < 0 ||
	    (rc = sigv4_string_to_sign(&v->sts, date, a.scope, v->creq.data, v->creq.len)) < 0)
		return deny(v, 400, "InvalidRequest", "The request could not be canonicalised: %s", byoc_errmsg());
	sigv4_signing_key(v->key, cred.secret, a.date, a.region, a.service);
	sigv4_hmac_hex(want, v->key, v->sts.data, v->sts.len);
	OPENSSL_cleanse(&cred, sizeof(cred));
	for (int i = 0; i < 64; i++)
		a.signature[i] = (char)tolower((unsigned char)a.signature[i]);
	if (CRYPTO_memcmp(want, a.signature, 64) != 0)
		return deny(v, 403, "SignatureDoesNotMatch",
			    "The request signature we calculated does not match the signature you provided. Check your key and signing method.");
	snprintf(v->amz_date, sizeof(v->amz_date), "%s", date);
	snprintf(v->scope, sizeof(v->scope), "%s", a.scope);
	memcpy(v->seed_signature, a.signature, sizeof(v->seed_signature));
	v->status = 0;
	v->code = NULL;
	v->message[0] = '\0';
	(void)sha;
	return 0;
}

/* ---- CRC32 --------------------------------------------------------------------------- */

static uint32_t crc_update(uint32_t table[256], bool *ready, uint32_t poly, uint32_t crc, const void *p, size_t n)
{
	const unsigned char *s = p;

	if (!__atomic_load_n(ready, __ATOMIC_ACQUIRE)) {
		for (uint32_t i = 0; i < 256; i++) {
			uint32_t c = i;
			for (int k = 0; k < 8; k++)
				c = c & 1 ? poly ^ (c >> 1) : c >> 1;
			table[i] = c;
		}
		__atomic_store_n(ready, true, __ATOMIC_RELEASE);
	}
	crc = ~crc;
	while (n--)
		crc = table[(crc ^ *s++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

uint32_t sigv4_crc32(uint32_t crc, const void *p, size_t n)
{
	static uint32_t table[256];
	static bool ready;

	return crc_update(table, &ready, 0xEDB88320u, crc, p, n);
}

uint32_t sigv4_crc32c(uint32_t crc, const void *p, size_t n)
{
	static uint32_t table[256];
	static bool ready;

	return crc_update(table, &ready, 0x82F63B78u, crc, p, n);
}

/* ---- the body -------------------------------------------------------------------------- */

enum { B_PLAIN, B_SIZE, B_DATA, B_DATA_CR, B_DATA_LF, B_TRAILER, B_DONE };

static int body_fail(struct sigv4_body *b, int status, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int body_fail(struct sigv4_body *b, int status, const char *code, const char *fmt, ...)
{
	va_list ap;

	b->status = status;
	b->code = code;
	va_start(ap, fmt);
	vsnprintf(b->message, sizeof(b->message), fmt, ap);
	va_end(ap);
	return byoc_fail(BYOC_EPROTO, "%s: %s", code, b->message);
}

static const char *hdr(const struct sigv4_header *h, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(h[i].name, name))
			return h[i].value;
	return NULL;
}

static bool chunked(const struct sigv4_body *b)
{
	return b->v->payload == SIGV4_PAYLOAD_STREAMING_UNSIGNED || b->v->payload == SIGV4_PAYLOAD_STREAMING_SIGNED ||
	       b->v->payload == SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER;
}

static bool signed_chunks(const struct sigv4_body *b)
{
	return b->v->payload == SIGV4_PAYLOAD_STREAMING_SIGNED || b->v->payload == SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER;
}

int sigv4_body_init(struct sigv4_body *b, const struct sigv4_verdict *v, const struct sigv4_header *headers,
		    size_t nheaders, int (*out)(void *arg, const char *p, size_t n), void *arg)
{
	const char *s;

	memset(b, 0, sizeof(*b));
	b->v = v;
	b->out = out;
	b->arg = arg;
	b->decoded_len = -1;
	buf_init(&b->trailers, 16 << 10);
	b->sha = EVP_MD_CTX_new();
	if (!b->sha || !EVP_DigestInit_ex(b->sha, EVP_sha256(), NULL))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if ((s = hdr(headers, nheaders, "x-amz-checksum-crc32")) != NULL) {
		b->crc_on = 1;
		snprintf(b->crc_expect, sizeof(b->crc_expect), "%s", s);
	} else if ((s = hdr(headers, nheaders, "x-amz-checksum-crc32c")) != NULL) {
		b->crc_on = 2;
		snprintf(b->crc_expect, sizeof(b->crc_expect), "%s", s);
	}
	if ((s = hdr(headers, nheaders, "x-amz-trailer")) != NULL) {
		snprintf(b->trailer_name, sizeof(b->trailer_name), "%s", s);
		if (!strcasecmp(b->trailer_name, "x-amz-checksum-crc32"))
			b->crc_on = 1;
		else if (!strcasecmp(b->trailer_name, "x-amz-checksum-crc32c"))
			b->crc_on = 2;
	}
	if ((s = hdr(headers, nheaders, "x-amz-decoded-content-length")) != NULL) {
		char *end;
		long long d = strtoll(s, &end, 10);
		if (*end || d < 0)
			return body_fail(b, 400, "InvalidArgument", "x-amz-decoded-content-length is not a number");
		b->decoded_len = d;
	}
	if (chunked(b)) {
		b->state = B_SIZE;
		memcpy(b->prev_sig, v->seed_signature, sizeof(b->prev_sig));
		if (b->decoded_len < 0)
			return body_fail(b, 411, "MissingContentLength",
					 "You must provide the x-amz-decoded-content-length header with aws-chunked bodies.");
	} else {
		b->state = B_PLAIN;
	}
	return 0;
}

void sigv4_body_release(struct sigv4_body *b)
{
	EVP_MD_CTX_free(b->sha);
	b->sha = NULL;
	buf_release(&b->trailers);
}

static int emit(struct sigv4_body *b, const char *p, size_t n)
{
	if (n == 0)
		return 0;
	if ((b->state == B_PLAIN && b->v->payload == SIGV4_PAYLOAD_SHA256) || (b->state != B_PLAIN && signed_chunks(b)))
		EVP_DigestUpdate(b->sha, p, n);
	if (b->crc_on == 1)
		b->crc = sigv4_crc32(b->crc, p, n);
	else if (b->crc_on == 2)
		b->crc = sigv4_crc32c(b->crc, p, n);
	b->total += n;
	if (b->decoded_len >= 0 && b->total > b->decoded_len)
		return body_fail(b, 400, "IncompleteBody", "The body is longer than x-amz-decoded-content-length.");
	if (b->out && b->out(b->arg, p, n) < 0)
		return body_fail(b, 500, "InternalError", "We encountered an internal error. Please try again.");
	return 0;
}

static void digest_hex(EVP_MD_CTX *c, char hex[65])
{
	unsigned char md[32];
	unsigned int len = 0;

	EVP_DigestFinal_ex(c, md, &len);
	hex_encode(hex, md, 32);
	EVP_DigestInit_ex(c, EVP_sha256(), NULL);
}

static int check_chunk_sig(struct sigv4_body *b)
{
	char datahash[65], want[65];
	struct buf s;
	int rc = 0;

	digest_hex(b->sha, datahash);
	buf_init(&s, 4096);
	if (buf_printf(&s, "AWS4-HMAC-SHA256-PAYLOAD\n%s\n%s\n%s\n%s\n%s", b->v->amz_date, b->v->scope, b->prev_sig,
		       EMPTY_SHA256, datahash) < 0) {
		buf_release(&s);
		return body_fail(b, 500, "InternalError", "out of memory");
	}
	sigv4_hmac_hex(want, b->v->key, s.data, s.len);
	buf_release(&s);
	if (CRYPTO_memcmp(want, b->chunk_sig, 64) != 0)
		rc = body_fail(b, 403, "SignatureDoesNotMatch",
			       "The chunk signature we calculated does not match the signature you provided.");
	memcpy(b->prev_sig, b->chunk_sig, sizeof(b->prev_sig));
	return rc;
}

/* "hex-size[;chunk-signature=sig]" */
static int parse_size_line(struct sigv4_body *b)
{
	char *semi, *end;
	unsigned long long size;

	b->line[b->line_len] = '\0';
	semi = strchr(b->line, ';');
	if (semi)
		*semi = '\0';
	if (!b->line[0] || strlen(b->line) > 16)
		return body_fail(b, 400, "IncompleteBody", "Malformed aws-chunked chunk header.");
	size = strtoull(b->line, &end, 16);
	if (*end)
		return body_fail(b, 400, "IncompleteBody", "Malformed aws-chunked chunk size.");
	b->chunk_sig[0] = '\0';
	if (semi) {
		const char *ext = semi + 1;
		if (!strncmp(ext, "chunk-signature=", 16) && strlen(ext + 16) == 64 && is_hex64(ext + 16)) {
			for (int i = 0; i < 64; i++)
				b->chunk_sig[i] = (char)tolower((unsigned char)ext[16 + i]);
			b->chunk_sig[64] = '\0';
		}
	}
	if (signed_chunks(b) && !b->chunk_sig[0])
		return body_fail(b, 403, "SignatureDoesNotMatch", "An aws-chunked chunk has no chunk-signature.");
	b->chunk_size = size;
	b->chunk_left = size;
	if (size == 0) {
		if (signed_chunks(b) && check_chunk_sig(b) < 0)
			return -1;
		b->state = B_TRAILER;
	} else {
		b->state = B_DATA;
	}
	return 0;
}

static int trailer_line(struct sigv4_body *b)
{
	char *colon, *v;

	b->line[b->line_len] = '\0';
	if (b->line_len == 0) {
		b->state = B_DONE;
		return 0;
	}
	colon = strchr(b->line, ':');
	if (!colon)
		return body_fail(b, 400, "MalformedTrailerError", "A trailer line has no ':'.");
	*colon = '\0';
	v = colon + 1;
	while (*v == ' ')
		v++;
	if (!strcasecmp(b->line, "x-amz-trailer-signature")) {
		char hash[65], want[65];
		struct buf s;
		if (b->v->payload != SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER)
			return 0;
		sigv4_sha256_hex(hash, b->trailers.data, b->trailers.len);
		buf_init(&s, 4096);
		if (buf_printf(&s, "AWS4-HMAC-SHA256-TRAILER\n%s\n%s\n%s\n%s", b->v->amz_date, b->v->scope,
			       b->prev_sig, hash) < 0) {
			buf_release(&s);
			return body_fail(b, 500, "InternalError", "out of memory");
		}
		sigv4_hmac_hex(want, b->v->key, s.data, s.len);
		buf_release(&s);
		if (strlen(v) != 64 || CRYPTO_memcmp(want, v, 64) != 0)
			return body_fail(b, 403, "SignatureDoesNotMatch",
					 "The trailer signature we calculated does not match the signature you provided.");
		b->prev_sig[0] = 'T'; /* mark: trailer signature seen */
		return 0;
	}
	for (char *p = b->line; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	if (buf_printf(&b->trailers, "%s:%s\n", b->line, v) < 0)
		return body_fail(b, 400, "MalformedTrailerError", "The trailers are too long.");
	if (b->v->payload == SIGV4_PAYLOAD_STREAMING_SIGNED)
		return body_fail(b, 400, "MalformedTrailerError",
				 "A STREAMING-AWS4-HMAC-SHA256-PAYLOAD body cannot carry trailers.");
	if ((!strcmp(b->line, "x-amz-checksum-crc32") && b->crc_on == 1) ||
	    (!strcmp(b->line, "x-amz-checksum-crc32c") && b->crc_on == 2))
		snprintf(b->crc_expect, sizeof(b->crc_expect), "%s", v);
	return 0;
}

/* Accumulates a CRLF-terminated line; 1 when complete, 0 when more is needed, <0 on error. */
static int take_line(struct sigv4_body *b, const char **p, size_t *n)
{
	while (*n > 0) {
		char c = **p;
		(*p)++;
		(*n)--;
		if (c == '\n') {
			if (b->line_len > 0 && b->line[b->line_len - 1] == '\r')
				b->line_len--;
			return 1;
		}
		if (b->line_len >= sizeof(b->line) - 2)
			return body_fail(b, 400, "IncompleteBody", "An aws-chunked line is too long.");
		b->line[b->line_len++] = c;
	}
	return 0;
}

int sigv4_body_feed(struct sigv4_body *b, const char *p, size_t n)
{
	int rc;

	if (b->status)
		return -1;
	if (b->state == B_PLAIN)
		return emit(b, p, n);
	while (n > 0) {
		switch (b->state) {
		case B_SIZE:
		case B_TRAILER:
			rc = take_line(b, &p, &n);
			if (rc < 0)
				return rc;
			if (rc == 0)
				return 0;
			rc = b->state == B_SIZE ? parse_size_line(b) : trailer_line(b);
			b->line_len = 0;
			if (rc < 0)
				return rc;
			break;
		case B_DATA: {
			size_t k = n < b->chunk_left ? n : (size_t)b->chunk_left;
			if (emit(b, p, k) < 0)
				return -1;
			p += k;
			n -= k;
			b->chunk_left -= k;
			if (b->chunk_left == 0)
				b->state = B_DATA_CR;
			break;
		}
		case B_DATA_CR:
			if (*p != '\r')
				return body_fail(b, 400, "IncompleteBody", "An aws-chunked chunk does not end with CRLF.");
			p++, n--;
			b->state = B_DATA_LF;
			break;
		case B_DATA_LF:
			if (*p != '\n')
				return body_fail(b, 400, "IncompleteBody", "An aws-chunked chunk does not end with CRLF.");
			p++, n--;
			if (signed_chunks(b) && check_chunk_sig(b) < 0)
				return -1;
			b->state = B_SIZE;
			break;
		case B_DONE:
			/* tolerate trailing CRLFs only */
			for (; n > 0; p++, n--)
				if (*p != '\r' && *p != '\n')
					return body_fail(b, 400, "IncompleteBody", "Data after the final aws-chunked chunk.");
			break;
		}
	}
	return 0;
}

int sigv4_body_finish(struct sigv4_body *b)
{
	char hex[65];

	if (b->status)
		return -1;
	if (b->state == B_PLAIN) {
		if (b->v->payload == SIGV4_PAYLOAD_SHA256) {
			digest_hex(b->sha, hex);
			if (strcmp(hex, b->v->payload_sha256))
				return body_fail(b, 400, "XAmzContentSHA256Mismatch",
						 "The provided 'x-amz-content-sha256' header does not match what was computed.");
		}
	} else {
		if (b->state != B_DONE)
			return body_fail(b, 400, "IncompleteBody",
					 "The request body terminated unexpectedly (aws-chunked without its final chunk).");
		if (b->v->payload == SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER && b->trailers.len && b->prev_sig[0] != 'T')
			return body_fail(b, 403, "SignatureDoesNotMatch", "The trailer has no x-amz-trailer-signature.");
	}
	if (b->decoded_len >= 0 && b->total != b->decoded_len)
		return body_fail(b, 400, "IncompleteBody",
				 "You did not provide the number of bytes specified by x-amz-decoded-content-length.");
	if (b->crc_on) {
		unsigned char be[4] = { (unsigned char)(b->crc >> 24), (unsigned char)(b->crc >> 16),
					(unsigned char)(b->crc >> 8), (unsigned char)b->crc };
		unsigned char b64[16];
		if (!b->crc_expect[0])
			return body_fail(b, 400, "InvalidRequest", "The x-amz-checksum-%s trailer is missing.",
					 b->crc_on == 1 ? "crc32" : "crc32c");
		EVP_EncodeBlock(b64, be, 4);
		if (strcmp((char *)b64, b->crc_expect))
			return body_fail(b, 400, "BadDigest", "The %s you specified did not match the calculated checksum.",
					 b->crc_on == 1 ? "CRC32" : "CRC32C");
	}
	return 0;
}
