/*
 * Standard Webhooks (standardwebhooks.com), as Anthropic signs its webhooks:
 * headers webhook-id, webhook-timestamp (Unix seconds) and webhook-signature
 * (space-separated "v1,<base64 HMAC-SHA256>" entries), the signed content
 * "<id>.<timestamp>.<body>", and a secret "whsec_<base64 key>".
 */
#ifndef BYOC_WEBHOOK_H
#define BYOC_WEBHOOK_H

#include <stddef.h>
#include <time.h>

/* How far a timestamp may be from now, either way (the libraries' default). */
#define WEBHOOK_TOLERANCE_S 300

/* Checks the secret's form once (whsec_ prefix optional, base64 key of 16..64
 * bytes). 0 or BYOC_EUSAGE naming what is wrong (never the secret itself). */
int webhook_secret_check(const char *secret);

/*
 * 0 when one v1 signature in sig_header matches and the timestamp is within
 * tolerance_s of now; else BYOC_EAUTH with the reason ("missing
 * webhook-signature header", "timestamp too old", "no matching signature").
 * Signatures are compared in constant time. tolerance_s <= 0 means the default.
 */
int webhook_verify(const char *secret, const char *msg_id, const char *timestamp, const char *sig_header,
		   const void *body, size_t len, time_t now, long tolerance_s);

/* The "v1,<base64>" signature of body for msg_id at timestamp (malloc'd), or
 * NULL with the error set. For tests and for senders (byoc-local). */
char *webhook_sign(const char *secret, const char *msg_id, long long timestamp, const void *body, size_t len);

#endif
