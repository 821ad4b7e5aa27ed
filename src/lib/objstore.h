/*
 * Object storage client: the S3-compatible store that Daytona's push-access
 * credentials open (contract.md 3.1, 3.2), used to upload build contexts.
 * Requests are path-style ({storageUrl}/{bucket}/{key}) and signed by
 * libcurl's own SigV4 signer (CURLOPT_AWS_SIGV4 "aws:amz:<region>:s3") with
 * the session token in x-amz-security-token; bodies stream (UNSIGNED-PAYLOAD),
 * never whole in memory. Calls go through http.c: connect and total
 * timeouts, retries of idempotent calls on 5xx/429/resets with backoff,
 * jitter and Retry-After.
 */
#ifndef BYOC_OBJSTORE_H
#define BYOC_OBJSTORE_H

#include "lib/http.h"

#include <stdbool.h>
#include <stddef.h>

#define OBJSTORE_DEFAULT_BUCKET "daytona-volume-builds"  /* the SDK's fallback */
#define OBJSTORE_DEFAULT_REGION "us-east-1"

/* A StorageAccessDto. Every string is owned (malloc'd); release with objstore_creds_release. */
struct objstore_creds {
	char *access_key;
	char *secret;
	char *session_token;
	char *storage_url;       /* without a trailing '/' */
	char *organization_id;
	char *bucket;            /* OBJSTORE_DEFAULT_BUCKET when the answer had none */
	char *region;            /* OBJSTORE_DEFAULT_REGION when the answer had none (server 0.190) */
};

/* Parses the push-access JSON answer. 0, or BYOC_EPROTO naming the missing field
 * (out is then released). */
int objstore_creds_from_json(const char *json, size_t n, struct objstore_creds *out);
void objstore_creds_release(struct objstore_creds *c);

/* "{org}/{hash}/context.tar" and "{org}/{hash}/" into out; BYOC_EUSAGE when out is too small. */
int objstore_context_key(const struct objstore_creds *c, const char *hash, char *out, size_t n);
int objstore_context_prefix(const struct objstore_creds *c, const char *hash, char *out, size_t n);

/*
 * In every call, http may be NULL: a client with the default timeouts and
 * retries is made for the call (the secret and token are redacted from its
 * traces). A caller's client should list them in http_opts.secrets.
 */

/* ListObjectsV2 prefix, max-keys 1 (as the TS SDK checks a context): *found is true
 * when at least one key starts with prefix. */
int objstore_exists(struct http_client *http, const struct objstore_creds *c, const char *prefix, bool *found);

/* PutObject of key with the body pulled from read(arg): size bytes, or size < 0 for
 * unknown (sent with chunked transfer encoding, which byoc-local accepts; AWS S3
 * itself needs the size). With seek non-NULL the body can be replayed, so the PUT
 * is retried like any idempotent call; without, a started body is never resent.
 * etag_out (may be NULL, >= 80 bytes) receives the ETag the store answered. */
int objstore_put_stream(struct http_client *http, const struct objstore_creds *c, const char *key,
			http_read_fn read, void *arg, long long size, http_seek_fn seek, char *etag_out);

/* GetObject of key, written to fd from its current offset. BYOC_ENOTFOUND for NoSuchKey. */
int objstore_get_to_fd(struct http_client *http, const struct objstore_creds *c, const char *key, int fd);

/* The object URL ({storageUrl}/{bucket}/{key encoded}) plus "?query" when query is
 * non-NULL (already canonical: sorted, encoded). Caller frees. NULL on OOM. */
char *objstore_url(const struct objstore_creds *c, const char *key, const char *query);

/* Parsers of S3 answers, exposed for tests and fuzzing. */
/* ListBucketResult: *keys = the number of <Contents> entries. BYOC_EPROTO if not a ListBucketResult. */
int objstore_parse_list(const char *xml, size_t n, int *keys);
/* <Error><Code>..</Code><Message>..</Message></Error>: 0 and code/message (entities decoded,
 * truncated to their buffers), or BYOC_EPROTO when xml is no S3 error. */
int objstore_parse_error(const char *xml, size_t n, char *code, size_t code_n, char *msg, size_t msg_n);

#endif
