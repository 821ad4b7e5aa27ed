#include "util/b64.h"

#include <stdlib.h>
#include <string.h>

static const char std_alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char url_alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *b64_encode(const void *p, size_t n, bool url)
{
	const unsigned char *in = p;
	const char *a = url ? url_alpha : std_alpha;
	char *out = malloc(4 * ((n + 2) / 3) + 1), *o = out;
	size_t i = 0;

	if (!out)
		return NULL;
	for (; i + 3 <= n; i += 3) {
		unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
		*o++ = a[v >> 18 & 63];
		*o++ = a[v >> 12 & 63];
		*o++ = a[v >> 6 & 63];
		*o++ = a[v & 63];
	}
	if (i < n) {
		unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0);
		*o++ = a[v >> 18 & 63];
		*o++ = a[v >> 12 & 63];
		if (i + 1 < n)
			*o++ = a[v >> 6 & 63];
		else if (!url)
			*o++ = '=';
		if (!url)
			*o++ = '=';
	}
	*o = '\0';
	return out;
}

static int sextet(char c, bool url)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == (url ? '-' : '+'))
		return 62;
	if (c == (url ? '_' : '/'))
		return 63;
	return -1;
}

unsigned char *b64_decode(const char *s, size_t slen, bool url, size_t *outlen)
{
	size_t n = slen, i, o = 0;
	unsigned char *out;
	unsigned acc = 0;
	int bits = 0;

	/* Padding only at the end, at most two, and only to a multiple of four. */
	while (n > 0 && s[n - 1] == '=')
		n--;
	if (slen - n > 2 || (slen != n && slen % 4 != 0) || n % 4 == 1)
		return NULL;
	if (!(out = malloc(n * 3 / 4 + 1)))
		return NULL;
	for (i = 0; i < n; i++) {
		int v = sextet(s[i], url);
		if (v < 0) {
			free(out);
			return NULL;
		}
		acc = (acc << 6 | (unsigned)v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (unsigned char)(acc >> bits);
		}
	}
	/* Leftover bits must be zero: a canonical encoding has exactly one form. */
	if (bits && (acc & ((1u << bits) - 1))) {
		free(out);
		return NULL;
	}
	out[o] = '\0';
	if (outlen)
		*outlen = o;
	return out;
}
