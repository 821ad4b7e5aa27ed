#include "util/strmap.h"
#include "util/err.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;  /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

void strmap_init(struct strmap *m, strmap_key_fn key, const void *ctx)
{
	memset(m, 0, sizeof(*m));
	m->key = key;
	m->ctx = ctx;
}

void strmap_release(struct strmap *m)
{
	free(m->slots);
	strmap_init(m, m->key, m->ctx);
}

/* The slot holding k, or the empty slot where it would go. */
static size_t find(const struct strmap *m, const char *k)
{
	size_t i = (size_t)hash(k) & (m->cap - 1);

	while (m->slots[i] && strcmp(m->key(m->ctx, m->slots[i] - 1), k) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static int grow(struct strmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 64, i, j;
	size_t *old = m->slots, oldcap = m->cap;

	if (!(m->slots = calloc(cap, sizeof(*m->slots)))) {
		m->slots = old;
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	m->cap = cap;
	for (i = 0; i < oldcap; i++)
		if (old[i]) {
			j = find(m, m->key(m->ctx, old[i] - 1));
			m->slots[j] = old[i];
		}
	free(old);
	return 0;
}

int strmap_put(struct strmap *m, size_t pos)
{
	size_t i;
	int rc;

	if ((m->n + 1) * 2 > m->cap && (rc = grow(m)))
		return rc;
	i = find(m, m->key(m->ctx, pos));
	if (!m->slots[i])
		m->n++;
	m->slots[i] = pos + 1;
	return 0;
}

bool strmap_get(const struct strmap *m, const char *k, size_t *pos)
{
	size_t i;

	if (!m->cap)
		return false;
	i = find(m, k);
	if (!m->slots[i])
		return false;
	*pos = m->slots[i] - 1;
	return true;
}
