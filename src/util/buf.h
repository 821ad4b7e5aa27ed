/*
 * A growable byte buffer with a hard cap. Invariants: data is never NULL after
 * buf_init, data[len] == '\0', len <= max. Appends past max fail with
 * BYOC_ENOMEM and leave the buffer unchanged, so a hostile peer cannot make
 * us allocate without bound.
 */
#ifndef BYOC_BUF_H
#define BYOC_BUF_H

#include <stddef.h>

struct buf {
	char *data;
	size_t len;
	size_t cap;
	size_t max;
};

#define BUF_MAX_DEFAULT ((size_t)64 << 20)

void buf_init(struct buf *b, size_t max);          /* max 0 = BUF_MAX_DEFAULT */
int buf_append(struct buf *b, const void *p, size_t n);
int buf_puts(struct buf *b, const char *s);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);                     /* len = 0, keeps storage */
char *buf_detach(struct buf *b);                   /* caller owns the result; b is re-inited */
void buf_release(struct buf *b);                   /* frees storage; b is re-inited */
void buf_release_wiped(struct buf *b);             /* the same, zeroed first: it held a secret */

#endif
