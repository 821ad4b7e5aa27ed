/*
 * AWS Signature Version 4, the server side: canonical request, string to
 * sign, signature, and the checks S3 makes on a request (credential scope,
 * clock skew, session token, signed x-amz-* headers), plus the streaming body
 * verifier (a plain payload hash, aws-chunked with or without chunk
 * signatures, trailing checksums). Pure functions over plain data: s3.c feeds
 * them from an lreq; unit tests feed them AWS's published test-suite vectors.
 */
#ifndef BYOC_LOCAL_SIGV4_H
#define BYOC_LOCAL_SIGV4_H

#include "util/buf.h"

#include <openssl/evp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct sigv4_header {
	const char *name;   /* as received (any case) */
	const char *value;  /* as received (untrimmed) */
};

struct sigv4_request {
	const char *method;
	const char *raw_uri;                 /* path?query, undecoded, as on the request line */
	const struct sigv4_header *headers;  /* every header, duplicates allowed, in arrival order */
	size_t nheaders;
};

enum {
	/* S3 rules: the path is not normalised and is encoded once; the payload hash is
	 * the x-amz-content-sha256 header. Without it: the generic rules of the test suite
	 * (dot segments and repeated slashes removed, path encoded twice). */
	SIGV4_S3 = 1 << 0,
};

/* Percent-decodes then re-encodes with AWS's rules (unreserved kept, uppercase hex);
 * keep_slash keeps '/' (paths) or encodes it (query). */
int sigv4_uri_encode(struct buf *out, const char *s, size_t n, bool keep_slash);

/* The canonical request for the given signed-header list ("host;x-amz-date") and payload hash. */
int sigv4_canonical_request(struct buf *out, const struct sigv4_request *r, int flags,
			    const char *signed_headers, const char *payload_hash);
/* "AWS4-HMAC-SHA256\n<amz_date>\n<scope>\n<hex sha256 of creq>" */
int sigv4_string_to_sign(struct buf *out, const char *amz_date, const char *scope,
			 const char *creq, size_t creq_len);
/* kSigning = HMAC chain over date (YYYYMMDD), region, service, "aws4_request". */
void sigv4_signing_key(unsigned char key[32], const char *secret, const char *date,
		       const char *region, const char *service);
/* hex HMAC-SHA256(key, msg) into hex (65 bytes). */
void sigv4_hmac_hex(char hex[65], const unsigned char key[32], const char *msg, size_t n);
void sigv4_sha256_hex(char hex[65], const void *p, size_t n);

/* A parsed Authorization header. */
struct sigv4_auth {
	char access_key[128];
	char date[16];            /* YYYYMMDD of the scope */
	char region[64];
	char service[32];
	char scope[256];          /* date/region/service/aws4_request */
	char signed_headers[1024];
	char signature[65];
};
/* 0, or <0 when value is not "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...". */
int sigv4_parse_authorization(const char *value, struct sigv4_auth *out);

/* Parses "20150830T123600Z"; 0 and *t, or <0. */
int sigv4_parse_amz_date(const char *s, time_t *t);

/* What the server knows about an access key. */
struct sigv4_cred {
	char secret[128];
	char session_token[1024];  /* "" when the key needs none */
	time_t expires;            /* 0 = never */
};
/* 0 and *out filled, or <0 when the key is unknown. */
typedef int (*sigv4_lookup_fn)(const char *access_key, struct sigv4_cred *out, void *arg);

enum sigv4_payload {
	SIGV4_PAYLOAD_SHA256 = 1,          /* hex sha256 of the body, checked while it streams */
	SIGV4_PAYLOAD_UNSIGNED,            /* UNSIGNED-PAYLOAD */
	SIGV4_PAYLOAD_STREAMING_UNSIGNED,  /* STREAMING-UNSIGNED-PAYLOAD-TRAILER (aws-chunked) */
	SIGV4_PAYLOAD_STREAMING_SIGNED,    /* STREAMING-AWS4-HMAC-SHA256-PAYLOAD (aws-chunked, chunk signatures) */
	SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER, /* ...-PAYLOAD-TRAILER: chunk and trailer signatures */
};

/* The outcome of sigv4_verify: status 0 = accepted, else the S3 error to answer. */
struct sigv4_verdict {
	int status;                 /* 0, 400 or 403 */
	const char *code;           /* "SignatureDoesNotMatch", ... (static) */
	char message[256];
	char access_key[128];
	/* on success, what the body verifier needs */
	int payload;                /* enum sigv4_payload */
	char payload_sha256[65];
	unsigned char key[32];      /* signing key */
	char amz_date[20];
	char scope[256];
	char seed_signature[65];
	/* on SignatureDoesNotMatch, for the error body (as S3 returns them) */
	struct buf creq, sts;
};
void sigv4_verdict_init(struct sigv4_verdict *v);
void sigv4_verdict_release(struct sigv4_verdict *v);

struct sigv4_policy {
	const char *region;      /* the region requests must be scoped to */
	const char *service;     /* "s3" */
	int max_skew;            /* seconds; 900 */
	time_t now;
};

/*
 * Checks a request signed in the Authorization header, with S3's rules (flags
 * SIGV4_S3) or the test suite's (0, payload hash computed over body/body_len).
 * Returns 0 when accepted; otherwise v->status/code/message say which S3 error
 * to answer, and the return value is <0.
 */
int sigv4_verify(const struct sigv4_request *r, int flags, const struct sigv4_policy *pol,
		 sigv4_lookup_fn lookup, void *lookup_arg, const void *body, size_t body_len,
		 struct sigv4_verdict *v);

/* CRC-32 (IEEE, as zlib / x-amz-checksum-crc32) and CRC-32C (Castagnoli). */
uint32_t sigv4_crc32(uint32_t crc, const void *p, size_t n);
uint32_t sigv4_crc32c(uint32_t crc, const void *p, size_t n);

/*
 * The body of an accepted request, checked as it streams: decodes aws-chunked
 * bodies, checks chunk signatures, the payload sha256, trailing and header
 * checksums (CRC32), and the decoded length. Decoded payload bytes go to out.
 */
struct sigv4_body {
	const struct sigv4_verdict *v;
	int (*out)(void *arg, const char *p, size_t n);
	void *arg;
	EVP_MD_CTX *sha;            /* payload sha256 (SHA256 mode) or current chunk's */
	int crc_on;                 /* 0, 1 CRC32, 2 CRC32C */
	uint32_t crc;
	char crc_expect[16];        /* base64 of the expected CRC32 (header or trailer) */
	char trailer_name[64];      /* from x-amz-trailer */
	int64_t decoded_len;        /* x-amz-decoded-content-length, -1 when absent */
	int64_t total;              /* decoded bytes so far */
	/* aws-chunked state */
	int state;
	char line[4096];
	size_t line_len;
	uint64_t chunk_left;
	uint64_t chunk_size;
	char chunk_sig[65];
	char prev_sig[65];
	struct buf trailers;
	bool done;
	/* the error, when feed/finish fail */
	int status;
	const char *code;
	char message[256];
};

/* headers: the request's headers (for x-amz-checksum-*, x-amz-trailer, x-amz-decoded-content-length). */
int sigv4_body_init(struct sigv4_body *b, const struct sigv4_verdict *v, const struct sigv4_header *headers,
		    size_t nheaders, int (*out)(void *arg, const char *p, size_t n), void *arg);
int sigv4_body_feed(struct sigv4_body *b, const char *p, size_t n);
int sigv4_body_finish(struct sigv4_body *b);
void sigv4_body_release(struct sigv4_body *b);

#endif
