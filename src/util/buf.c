#include "util/buf.h"
#include "util/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char empty_data[1];

void buf_init(struct buf *b, size_t max)
{
	b->data = empty_data;
	b->len = 0;
	b->cap = 0;
	b->max = max ? max : BUF_MAX_DEFAULT;
}

static int grow(struct buf *b, size_t extra)
{
	size_t want, cap;
	char *p;

	if (extra > b->max || b->len > b->max - extra)
		return byoc_fail(BYOC_ENOMEM, "buffer limit of %zu bytes exceeded", b->max);
	want = b->len + extra + 1;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < want)
		cap = cap * 2;
	p = realloc(b->cap ? b->data : NULL, cap);
	if (!p)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (!b->cap)
		p[0] = '\0';
	b->data = p;
	b->cap = cap;
	return 0;
}

int buf_append(struct buf *b, const void *p, size_t n)
{
	int rc;

	if (n == 0)
		return 0;
	if ((rc = grow(b, n)) < 0)
		return rc;
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n, rc;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return byoc_fail(BYOC_EFAIL, "bad format");
	if ((rc = grow(b, (size_t)n)) < 0)
		return rc;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->cap)
		b->data[0] = '\0';
}

char *buf_detach(struct buf *b)
{
	char *p = b->cap ? b->data : strdup("");
	size_t max = b->max;

	buf_init(b, max);
	return p;
}

void buf_release_wiped(struct buf *b)
{
	if (b->cap)
		explicit_bzero(b->data, b->cap);
	buf_release(b);
}

void buf_release(struct buf *b)
{
	size_t max = b->max;

	if (b->cap)
		free(b->data);
	buf_init(b, max);
}
