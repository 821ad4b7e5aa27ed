/*
 * libFuzzer target: byoc-local's SigV4 verifier and streaming body checks
 * (Authorization parsing, canonical request, aws-chunked decoding, trailers)
 * must never crash, leak or read out of bounds on any request a peer sends.
 * Input: "METHOD URI\n" then "Name:Value\n" header lines, an empty line, the body.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "local/sigv4.h"

#define MAXH 64

static int lookup(const char *ak, struct sigv4_cred *out, void *arg)
{
	(void)arg;
	if (strcmp(ak, "AKIDEXAMPLE"))
		return -1;
	memset(out, 0, sizeof(*out));
	strcpy(out->secret, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
	strcpy(out->session_token, "TOKEN");
	out->expires = 2000000000;
	return 0;
}

static int sink(void *arg, const char *p, size_t n)
{
	(void)arg;
	(void)p;
	return n > 1000000 ? -1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct sigv4_header h[MAXH];
	size_t nh = 0, body_len = 0;
	char *p, *nl, *sp, *body = NULL;
	struct sigv4_verdict v;
	struct sigv4_auth a;
	struct sigv4_body b;
	struct buf creq;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	nl = strchr(text, '\n');
	if (!nl)
		goto out;
	*nl = '\0';
	sp = strchr(text, ' ');
	if (!sp)
		goto out;
	*sp = '\0';
	p = nl + 1;
	while (*p && nh < MAXH) {
		char *colon;
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (!*p) {
			body = nl ? nl + 1 : p;
			body_len = (size_t)(text + size - body);
			break;
		}
		colon = strchr(p, ':');
		if (colon) {
			*colon = '\0';
			h[nh].name = p;
			h[nh].value = colon + 1;
			nh++;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	struct sigv4_request r = { text, sp + 1, h, nh };
	for (size_t i = 0; i < nh; i++)
		if (!strcmp(h[i].name, "Authorization"))
			(void)sigv4_parse_authorization(h[i].value, &a);
	buf_init(&creq, 1 << 20);
	(void)sigv4_canonical_request(&creq, &r, SIGV4_S3, "host;x-amz-date;my-header", "UNSIGNED-PAYLOAD");
	buf_reset(&creq);
	(void)sigv4_canonical_request(&creq, &r, 0, "host;x-amz-date", "e3b0");
	buf_release(&creq);
	for (int flags = 0; flags <= SIGV4_S3; flags += SIGV4_S3) {
		struct sigv4_policy pol = { "us-east-1", flags ? "s3" : "service", 900, 1440938160 };
		sigv4_verdict_init(&v);
		(void)sigv4_verify(&r, flags, &pol, lookup, NULL, body, body_len, &v);
		sigv4_verdict_release(&v);
	}
	/* the body under every payload mode, fed in two pieces */
	for (int mode = SIGV4_PAYLOAD_SHA256; mode <= SIGV4_PAYLOAD_STREAMING_SIGNED_TRAILER; mode++) {
		sigv4_verdict_init(&v);
		v.payload = mode;
		memset(v.payload_sha256, 'a', 64);
		memset(v.seed_signature, 'b', 64);
		strcpy(v.amz_date, "20150830T123600Z");
		strcpy(v.scope, "20150830/us-east-1/s3/aws4_request");
		if (sigv4_body_init(&b, &v, h, nh, sink, NULL) == 0 && body) {
			size_t half = body_len / 2;
			if (sigv4_body_feed(&b, body, half) == 0 && sigv4_body_feed(&b, body + half, body_len - half) == 0)
				(void)sigv4_body_finish(&b);
		}
		sigv4_body_release(&b);
		sigv4_verdict_release(&v);
	}
out:
	free(text);
	return 0;
}
