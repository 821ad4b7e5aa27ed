#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/strmap.h"

struct names {
	char **v;
	size_t n;
};

static const char *name_at(const void *ctx, size_t i)
{
	return ((const struct names *)ctx)->v[i];
}

Test(strmap, finds_every_key_through_growth_and_points_a_repeated_key_at_its_last_entry)
{
	enum { N = 5000 };
	struct names ns = { calloc(2 * N, sizeof(char *)), 0 };
	struct strmap m;
	size_t pos, i;
	char k[32];

	strmap_init(&m, name_at, &ns);
	cr_assert_not(strmap_get(&m, "x", &pos), "an empty map finds nothing");
	for (i = 0; i < N; i++) {
		snprintf(k, sizeof(k), "dir/file-%zu", i);
		ns.v[ns.n] = strdup(k);
		cr_assert_eq(strmap_put(&m, ns.n++), 0);
	}
	/* the same names again: each now points at its second entry */
	for (i = 0; i < N; i += 2) {
		snprintf(k, sizeof(k), "dir/file-%zu", i);
		ns.v[ns.n] = strdup(k);
		cr_assert_eq(strmap_put(&m, ns.n++), 0);
	}
	cr_assert_eq(m.n, N, "a repeated key is not a new key");
	for (i = 0; i < N; i++) {
		snprintf(k, sizeof(k), "dir/file-%zu", i);
		cr_assert(strmap_get(&m, k, &pos), "%s", k);
		cr_assert_str_eq(ns.v[pos], k);
		cr_assert_eq(pos, i % 2 ? i : N + i / 2, "%s at %zu", k, pos);
	}
	cr_assert_not(strmap_get(&m, "dir/file-", &pos));
	cr_assert_not(strmap_get(&m, "dir/file-5000", &pos));
	strmap_release(&m);
	for (i = 0; i < ns.n; i++)
		free(ns.v[i]);
	free(ns.v);
}
