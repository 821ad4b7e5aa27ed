#include "lib/webhook.h"

#include <errno.h>
#include <inttypes.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/b64.h"
#include "util/err.h"

#define KEY_MIN 16
#define KEY_MAX 64

/* The key bytes of a secret: base64 after an optional whsec_ prefix. */
static unsigned char *secret_key(const char *secret, size_t *klen)
{
	unsigned char *k;

	if (!secret || !*secret)
		return (void)byoc_fail(BYOC_EUSAGE, "the webhook secret is empty: set ANTHROPIC_WEBHOOK_SECRET "
					"to the whsec_... value from the Console"), NULL;
	if (strncmp(secret, "whsec_", 6) == 0)
		secret += 6;
	k = b64_decode(secret, strlen(secret), false, klen);
	if (!k)
		return (void)byoc_fail(BYOC_EUSAGE, "the webhook secret is not whsec_ followed by base64: "
					"copy it again from the Console"), NULL;
	if (*klen < KEY_MIN || *klen > KEY_MAX) {
		OPENSSL_cleanse(k, *klen);
		free(k);
		return (void)byoc_fail(BYOC_EUSAGE, "the webhook secret's key is %zu bytes, expected %d to %d",
				       *klen, KEY_MIN, KEY_MAX), NULL;
	}
	return k;
}

int webhook_secret_check(const char *secret)
{
	size_t klen;
	unsigned char *k = secret_key(secret, &klen);

	if (!k)
		return byoc_errcode();
	OPENSSL_cleanse(k, klen);
	free(k);
	return 0;
}

/* HMAC-SHA256 over "<id>.<ts>.<body>" without copying the body. */
static int mac(const unsigned char *k, size_t klen, const char *id, const char *ts, const void *body, size_t len,
	       unsigned char out[32])
{
	EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
	EVP_MAC_CTX *c = m ? EVP_MAC_CTX_new(m) : NULL;
	OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", "SHA256", 0), OSSL_PARAM_construct_end()};
	size_t outl = 0;
	int ok = c && EVP_MAC_init(c, k, klen, params) && EVP_MAC_update(c, (const unsigned char *)id, strlen(id)) &&
		 EVP_MAC_update(c, (const unsigned char *)".", 1) &&
		 EVP_MAC_update(c, (const unsigned char *)ts, strlen(ts)) &&
		 EVP_MAC_update(c, (const unsigned char *)".", 1) && EVP_MAC_update(c, body, len) &&
		 EVP_MAC_final(c, out, &outl, 32) && outl == 32;

	EVP_MAC_CTX_free(c);
	EVP_MAC_free(m);
	return ok ? 0 : byoc_fail(BYOC_EFAIL, "HMAC-SHA256 failed in OpenSSL");
}

static bool parse_ts(const char *ts, long long *out)
{
	char *end;
	long long v;

	if (!ts || !*ts || strlen(ts) > 19)
		return false;
	for (const char *p = ts; *p; p++)
		if (*p < '0' || *p > '9')
			return false;
	errno = 0;
	v = strtoll(ts, &end, 10);
	if (errno || *end)
		return false;
	*out = v;
	return true;
}

int webhook_verify(const char *secret, const char *msg_id, const char *timestamp, const char *sig_header,
		   const void *body, size_t len, time_t now, long tolerance_s)
{
	unsigned char *k = NULL, want[32];
	size_t klen = 0;
	long long ts;
	int rc = BYOC_EAUTH;
	bool matched = false;

	if (tolerance_s <= 0)
		tolerance_s = WEBHOOK_TOLERANCE_S;
	if (!msg_id || !*msg_id)
		return byoc_fail(BYOC_EAUTH, "missing webhook-id header");
	if (!timestamp || !*timestamp)
		return byoc_fail(BYOC_EAUTH, "missing webhook-timestamp header");
	if (!sig_header || !*sig_header)
		return byoc_fail(BYOC_EAUTH, "missing webhook-signature header");
	if (!parse_ts(timestamp, &ts))
		return byoc_fail(BYOC_EAUTH, "webhook-timestamp is not Unix seconds");
	if (ts < (long long)now - tolerance_s)
		return byoc_fail(BYOC_EAUTH, "webhook-timestamp is too old (more than %lds ago)", tolerance_s);
	if (ts > (long long)now + tolerance_s)
		return byoc_fail(BYOC_EAUTH, "webhook-timestamp is too far in the future");
	if (!(k = secret_key(secret, &klen)))
		return byoc_errcode();
	if ((rc = mac(k, klen, msg_id, timestamp, body, len, want)) != 0)
		goto out;

	/* "v1,<b64> v1,<b64> ...": any one matching v1 entry accepts; other versions are skipped. */
	for (const char *p = sig_header; *p;) {
		const char *e;
		while (*p == ' ')
			p++;
		e = p;
		while (*e && *e != ' ')
			e++;
		if (e - p > 3 && strncmp(p, "v1,", 3) == 0) {
			size_t glen = 0;
			unsigned char *got = b64_decode(p + 3, (size_t)(e - p - 3), false, &glen);
			if (got && glen == sizeof want && CRYPTO_memcmp(got, want, sizeof want) == 0)
				matched = true;
			free(got);
		}
		p = e;
	}
	rc = matched ? 0 : byoc_fail(BYOC_EAUTH, "no webhook signature matches (wrong secret, or the body changed)");
out:
	OPENSSL_cleanse(want, sizeof want);
	if (k) {
		OPENSSL_cleanse(k, klen);
		free(k);
	}
	return rc;
}

char *webhook_sign(const char *secret, const char *msg_id, long long timestamp, const void *body, size_t len)
{
	unsigned char *k, sig[32];
	size_t klen;
	char ts[24], *b64, *out = NULL;

	if (!(k = secret_key(secret, &klen)))
		return NULL;
	snprintf(ts, sizeof ts, "%lld", timestamp);
	if (mac(k, klen, msg_id, ts, body, len, sig) == 0 && (b64 = b64_encode(sig, sizeof sig, false))) {
		if (asprintf(&out, "v1,%s", b64) < 0)
			out = NULL;
		free(b64);
	}
	if (!out && byoc_errcode() == 0)
		byoc_fail(BYOC_ENOMEM, "out of memory");
	OPENSSL_cleanse(k, klen);
	free(k);
	return out;
}
