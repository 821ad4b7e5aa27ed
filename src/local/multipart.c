/*
 * Streaming multipart/form-data parser. The body is scanned for the
 * delimiter "\r\n--BOUNDARY"; the very first delimiter may come without the
 * leading CRLF, which the parser handles by starting as if "\r\n" had been
 * seen. A delimiter prefix at the end of a piece is held back (at most
 * strlen(delimiter)-1 bytes, taken from the delimiter itself) until the next
 * piece decides whether it was data. The boundary cannot contain CR (RFC
 * 2046 bchars), so a held prefix never overlaps a later match.
 */
#include "local/multipart.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/err.h"

enum {
	ST_PREAMBLE,	/* before the first delimiter: data is discarded */
	ST_AFTER_DELIM,	/* just after a delimiter: "--" ends, LWSP* CRLF starts a part */
	ST_AFTER_DASH,	/* saw one '-' */
	ST_AFTER_CR,	/* saw '\r' after a delimiter */
	ST_HEADERS,
	ST_BODY,
	ST_END,
	ST_ERROR,
};

struct mp_parser {
	const struct mp_callbacks *cb;
	void *arg;
	char delim[MP_BOUNDARY_MAX + 5]; /* "\r\n--" + boundary */
	size_t dlen;
	size_t held;                    /* bytes of delim[] matched at the end of earlier pieces */
	int state;
	bool in_part;                   /* part_begin was called, part_end not yet */
	char hdr[MP_HEADER_MAX + 1];
	size_t hlen;
};

static bool boundary_ok(const char *b)
{
	size_t n = strlen(b);
	if (n == 0 || n > 70 * 2 || n > MP_BOUNDARY_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (b[i] == '\r' || b[i] == '\n' || b[i] == '\0')
			return false;
	return true;
}

/*
 * The next key=value parameter of a header value from *pp (skipping ';' and blanks): the key in
 * k/klen, the value unquoted into val (at most n - 1 bytes; *too_long when more was there). An
 * unquoted value ends at ';' (or at a blank when blank_ends), trailing blanks dropped. A
 * parameter without '=' is skipped. False when none is left.
 */
static bool next_param(const char **pp, bool blank_ends, const char **k, size_t *klen, char *val, size_t n,
		       bool *too_long)
{
	const char *p = *pp;
	size_t vlen = 0;

	for (;;) {
		while (*p == ';' || *p == ' ' || *p == '\t')
			p++;
		if (!*p) {
			*pp = p;
			return false;
		}
		*k = p;
		while (*p && *p != '=' && *p != ';')
			p++;
		*klen = (size_t)(p - *k);
		while (*klen && ((*k)[*klen - 1] == ' ' || (*k)[*klen - 1] == '\t'))
			(*klen)--;
		if (*p == '=')
			break;
	}
	p++;
	while (*p == ' ' || *p == '\t')
		p++;
	*too_long = false;
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			if (*p == '\\' && p[1])
				p++;
			if (vlen + 1 < n)
				val[vlen++] = *p;
			else
				*too_long = true;
		}
		if (*p == '"')
			p++;
	} else {
		for (; *p && *p != ';' && !(blank_ends && (*p == ' ' || *p == '\t')); p++) {
			if (vlen + 1 < n)
				val[vlen++] = *p;
			else
				*too_long = true;
		}
		while (vlen && (val[vlen - 1] == ' ' || val[vlen - 1] == '\t'))
			vlen--;
	}
	val[vlen] = '\0';
	*pp = p;
	return true;
}

int mp_boundary_from_content_type(const char *ct, char *out, size_t n)
{
	char val[MP_BOUNDARY_MAX + 1];
	const char *p, *k;
	size_t klen;
	bool too_long;

	if (!ct)
		return byoc_fail(BYOC_EPROTO, "request has no content-type: send multipart/form-data");
	while (*ct == ' ' || *ct == '\t')
		ct++;
	if (strncasecmp(ct, "multipart/form-data", 19) != 0)
		return byoc_fail(BYOC_EPROTO, "content-type '%.64s' is not multipart/form-data", ct);
	p = ct + 19;
	while (next_param(&p, true, &k, &klen, val, sizeof(val), &too_long)) {
		if (klen == 8 && strncasecmp(k, "boundary", 8) == 0) {
			if (too_long || !boundary_ok(val) || strlen(val) + 1 > n)
				return byoc_fail(BYOC_EPROTO, "multipart boundary is empty or invalid");
			memcpy(out, val, strlen(val) + 1);
			return 0;
		}
	}
	return byoc_fail(BYOC_EPROTO, "multipart/form-data content-type has no boundary");
}

struct mp_parser *mp_new(const char *boundary, const struct mp_callbacks *cb, void *arg)
{
	if (!boundary || !boundary_ok(boundary))
		return NULL;
	struct mp_parser *mp = calloc(1, sizeof(*mp));
	if (!mp)
		return NULL;
	mp->cb = cb;
	mp->arg = arg;
	mp->dlen = (size_t)snprintf(mp->delim, sizeof(mp->delim), "\r\n--%s", boundary);
	mp->held = 2; /* as if the body began with CRLF: the first delimiter may lack it */
	mp->state = ST_PREAMBLE;
	return mp;
}

void mp_free(struct mp_parser *mp)
{
	free(mp);
}

static int fail(struct mp_parser *mp, const char *why)
{
	mp->state = ST_ERROR;
	return byoc_fail(BYOC_EPROTO, "malformed multipart body: %s", why);
}

static int emit(struct mp_parser *mp, const char *p, size_t n)
{
	if (n == 0 || mp->state != ST_BODY || !mp->cb->part_data)
		return 0;
	int rc = mp->cb->part_data(mp->arg, p, n);
	if (rc < 0)
		mp->state = ST_ERROR;
	return rc;
}

/* Parameter value of key in a Content-Disposition value; "" when absent. */
static void disp_param(const char *v, const char *key, char *out, size_t n)
{
	const char *p = strchr(v, ';'), *k;
	size_t klen, keylen = strlen(key);
	bool too_long;

	while (p && next_param(&p, false, &k, &klen, out, n, &too_long))
		if (klen == keylen && strncasecmp(k, key, keylen) == 0)
			return;
	out[0] = '\0';
}

/* The header block is complete in mp->hdr: find Content-Disposition and start the part. */
static int headers_done(struct mp_parser *mp)
{
	char name[1024] = "", filename[1024] = "";
	mp->hdr[mp->hlen] = '\0';
	char *line = mp->hdr;
	while (*line) {
		char *eol = strstr(line, "\r\n");
		if (!eol)
			break;
		*eol = '\0';
		char *colon = strchr(line, ':');
		if (colon && (size_t)(colon - line) == 19 && strncasecmp(line, "Content-Disposition", 19) == 0) {
			char *v = colon + 1;
			while (*v == ' ' || *v == '\t')
				v++;
			disp_param(v, "name", name, sizeof(name));
			disp_param(v, "filename", filename, sizeof(filename));
		} else if (*line && !colon) {
			return fail(mp, "part header line without ':'");
		}
		line = eol + 2;
	}
	mp->state = ST_BODY;
	mp->in_part = true;
	if (mp->cb->part_begin) {
		int rc = mp->cb->part_begin(mp->arg, name, filename);
		if (rc < 0) {
			mp->state = ST_ERROR;
			return rc;
		}
	}
	return 0;
}

/* A full delimiter was seen in state ST_PREAMBLE or ST_BODY. */
static int delimiter_seen(struct mp_parser *mp)
{
	if (mp->in_part) {
		mp->in_part = false;
		if (mp->cb->part_end) {
			int rc = mp->cb->part_end(mp->arg);
			if (rc < 0) {
				mp->state = ST_ERROR;
				return rc;
			}
		}
	}
	mp->state = ST_AFTER_DELIM;
	return 0;
}

/* Scans p[0..n) in ST_PREAMBLE/ST_BODY; returns bytes consumed or <0. */
static long scan_body(struct mp_parser *mp, const char *p, size_t n)
{
	size_t i = 0;
	int rc;
	if (mp->held) {
		size_t need = mp->dlen - mp->held;
		size_t m = n < need ? n : need;
		if (memcmp(p, mp->delim + mp->held, m) == 0) {
			if (m < need) {
				mp->held += m;
				return (long)n;
			}
			mp->held = 0;
			if ((rc = delimiter_seen(mp)) < 0)
				return rc;
			return (long)m;
		}
		/* Not a delimiter after all: the held bytes were data. */
		size_t h = mp->held;
		mp->held = 0;
		if ((rc = emit(mp, mp->delim, h)) < 0)
			return rc;
	}
	size_t start = 0;
	while (i < n) {
		const char *cr = memchr(p + i, '\r', n - i);
		if (!cr)
			break;
		size_t r = (size_t)(cr - p);
		size_t avail = n - r;
		size_t m = avail < mp->dlen ? avail : mp->dlen;
		if (memcmp(cr, mp->delim, m) == 0) {
			if ((rc = emit(mp, p + start, r - start)) < 0)
				return rc;
			if (m < mp->dlen) {
				mp->held = m;
				return (long)n;
			}
			if ((rc = delimiter_seen(mp)) < 0)
				return rc;
			return (long)(r + mp->dlen);
		}
		i = r + 1;
	}
	if ((rc = emit(mp, p + start, n - start)) < 0)
		return rc;
	return (long)n;
}

int mp_feed(struct mp_parser *mp, const char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		switch (mp->state) {
		case ST_ERROR:
			return byoc_fail(BYOC_EPROTO, "malformed multipart body");
		case ST_END:
			return 0; /* the epilogue is ignored */
		case ST_PREAMBLE:
		case ST_BODY: {
			long used = scan_body(mp, p + i, n - i);
			if (used < 0)
				return (int)used;
			i += (size_t)used;
			break;
		}
		case ST_AFTER_DELIM:
			if (p[i] == '-')
				mp->state = ST_AFTER_DASH;
			else if (p[i] == '\r')
				mp->state = ST_AFTER_CR;
			else if (p[i] != ' ' && p[i] != '\t')
				return fail(mp, "unexpected byte after a boundary");
			i++;
			break;
		case ST_AFTER_DASH:
			if (p[i] != '-')
				return fail(mp, "unexpected byte after a boundary");
			mp->state = ST_END;
			i++;
			break;
		case ST_AFTER_CR:
			if (p[i] != '\n')
				return fail(mp, "boundary line not ended by CRLF");
			mp->state = ST_HEADERS;
			mp->hlen = 0;
			i++;
			break;
		case ST_HEADERS:
			while (i < n) {
				if (mp->hlen >= MP_HEADER_MAX)
					return fail(mp, "part headers too long");
				mp->hdr[mp->hlen++] = p[i++];
				if ((mp->hlen == 2 && memcmp(mp->hdr, "\r\n", 2) == 0) ||
				    (mp->hlen >= 4 && memcmp(mp->hdr + mp->hlen - 4, "\r\n\r\n", 4) == 0)) {
					int rc = headers_done(mp);
					if (rc < 0)
						return rc;
					break;
				}
			}
			break;
		}
	}
	return 0;
}

int mp_finish(struct mp_parser *mp)
{
	if (mp->state == ST_END)
		return 0;
	if (mp->state == ST_PREAMBLE)
		return byoc_fail(BYOC_EPROTO, "malformed multipart body: no boundary found");
	return byoc_fail(BYOC_EPROTO, "malformed multipart body: ended before the closing boundary");
}
