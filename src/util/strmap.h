/*
 * An index of strings held elsewhere: maps a key to the position of the entry that
 * holds it in the caller's array, so that "which earlier entry is named X" costs one
 * lookup, not a scan (a hostile archive of n hard links made that n*n/2 strcmp).
 * The map stores positions only; keys are read back through key(ctx, pos), so the
 * caller's array may be reallocated freely. Putting a key again points it at the
 * new position.
 */
#ifndef BYOC_STRMAP_H
#define BYOC_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef const char *(*strmap_key_fn)(const void *ctx, size_t pos);

struct strmap {
	size_t *slots;   /* pos + 1; 0 is empty */
	size_t cap, n;
	strmap_key_fn key;
	const void *ctx;
};

void strmap_init(struct strmap *m, strmap_key_fn key, const void *ctx);
void strmap_release(struct strmap *m);
/* Indexes the entry at pos under key(ctx, pos); 0 or BYOC_ENOMEM. */
int strmap_put(struct strmap *m, size_t pos);
/* The position last put under k; false when there is none. */
bool strmap_get(const struct strmap *m, const char *k, size_t *pos);

#endif
