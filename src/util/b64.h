/*
 * Base64 (RFC 4648 §4) and base64url (§5), encode and decode. Decoding takes
 * either padded or unpadded input and refuses anything else (no whitespace,
 * no characters of the other alphabet), so a forged value cannot smuggle bytes.
 */
#ifndef BYOC_B64_H
#define BYOC_B64_H

#include <stdbool.h>
#include <stddef.h>

/* Encodes n bytes into a new NUL-terminated string (padded when !url,
 * unpadded when url, as JWTs and Anthropic's work secret use it). NULL on ENOMEM. */
char *b64_encode(const void *p, size_t n, bool url);

/* Decodes s into a new buffer of *outlen bytes plus a NUL (so text can be used
 * as a string). NULL when s is not valid base64 of the chosen alphabet, or on ENOMEM. */
unsigned char *b64_decode(const char *s, size_t slen, bool url, size_t *outlen);

#endif
