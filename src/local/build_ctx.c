/*
 * The build context of a snapshot build (contract.md §3.4): the union of the
 * non-directory entries of every context tar, names relative to the context
 * root, sorted so COPY can find a name or a prefix, and the directories: those
 * the tars carry (an empty one too, which `docker build` copies) and those the
 * entries imply.
 */
#include "local/build_int.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

void cindex_release(struct cindex *ix)
{
	size_t i;

	for (i = 0; i < ix->n; i++)
		free(ix->v[i].name);
	free(ix->v);
	for (i = 0; i < ix->ndirs; i++)
		free(ix->dirs[i].name);
	free(ix->dirs);
	memset(ix, 0, sizeof(*ix));
}

static int centry_cmp(const void *a, const void *b)
{
	const struct centry *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cdir_cmp(const void *a, const void *b)
{
	const struct cdir *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c)
		return c;
	return x->mode < y->mode ? -1 : x->mode > y->mode; /* a carried one after an implied one */
}

static int cindex_add_dir(struct cindex *ix, const char *name, size_t len, int mode)
{
	struct cdir *nd;

	if (ix->ndirs == ix->dcap) {
		ix->dcap = ix->dcap ? ix->dcap * 2 : 64;
		nd = realloc(ix->dirs, ix->dcap * sizeof(*nd));
		if (!nd)
			return BYOC_ENOMEM;
		ix->dirs = nd;
	}
	ix->dirs[ix->ndirs].name = strndup(name, len);
	if (!ix->dirs[ix->ndirs].name)
		return BYOC_ENOMEM;
	ix->dirs[ix->ndirs++].mode = mode;
	return 0;
}

struct archive *cindex_open_tar(const char *path)
{
	struct archive *a = archive_read_new();

	if (!a)
		return NULL;
	archive_read_support_format_tar(a);
	archive_read_support_format_gnutar(a);
	if (archive_read_open_filename(a, path, 64 * 1024) != ARCHIVE_OK) {
		archive_read_free(a);
		return NULL;
	}
	return a;
}

/*
 * The name an entry has in the build context, or false when it is skipped:
 * a directory, an empty name, or a name that climbs out of the context.
 * Leading "/" and "./" are dropped (node-tar writes relative names anyway).
 */
bool cindex_entry_name(struct archive_entry *e, char *out, size_t n, bool *unsafe)
{
	const char *p = archive_entry_pathname(e);

	*unsafe = false;
	if (!p || archive_entry_filetype(e) == AE_IFDIR)
		return false;
	if (build_clean_path(p, out, n, false) < 0) {
		*unsafe = true;
		return false;
	}
	return out[0] != '\0';
}

int cindex_build(struct cindex *ix, const char *const *tars, size_t ntars, struct blog *lg)
{
	char name[4096];
	size_t t, seq = 0, i, j;
	int rc = 0;

	memset(ix, 0, sizeof(*ix));
	for (t = 0; t < ntars; t++) {
		struct archive *a = cindex_open_tar(tars[t]);
		struct archive_entry *e;
		size_t count = 0;
		int r;

		if (!a)
			return byoc_fail(BYOC_EBUILD, "failed to read build context: cannot open context tar %zu", t + 1);
		while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
			bool unsafe;

			count++;
			if (archive_entry_filetype(e) == AE_IFDIR) {
				const char *p = archive_entry_pathname(e);

				if (p && build_clean_path(p, name, sizeof(name), false) == 0 && name[0] &&
				    ix->ndirs < BUILD_MAX_ENTRIES &&
				    (rc = cindex_add_dir(ix, name, strlen(name), (int)(archive_entry_perm(e) & 07777))) < 0) {
					archive_read_free(a);
					return rc;
				}
				continue;
			}
			if (!cindex_entry_name(e, name, sizeof(name), &unsafe)) {
				if (unsafe)
					build_log(lg, " ---> skipped context entry '%s': it points outside the context",
						archive_entry_pathname(e));
				continue;
			}
			if (ix->n >= BUILD_MAX_ENTRIES) {
				archive_read_free(a);
				return byoc_fail(BYOC_EBUILD, "failed to read build context: more than %d entries", BUILD_MAX_ENTRIES);
			}
			if (ix->n == ix->cap) {
				struct centry *nv;

				ix->cap = ix->cap ? ix->cap * 2 : 256;
				nv = realloc(ix->v, ix->cap * sizeof(*nv));
				if (!nv) {
					archive_read_free(a);
					return BYOC_ENOMEM;
				}
				ix->v = nv;
			}
			ix->v[ix->n].name = strdup(name);
			ix->v[ix->n].seq = seq++;
			if (!ix->v[ix->n].name) {
				archive_read_free(a);
				return BYOC_ENOMEM;
			}
			ix->n++;
			if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0)
				ix->bytes += (unsigned long long)archive_entry_size(e);
		}
		if (r != ARCHIVE_EOF)
			build_log(lg, " ---> context tar %zu is damaged after %zu entries; the rest of it is ignored: %s",
				t + 1, count, archive_error_string(a) ? archive_error_string(a) : "read error");
		archive_read_free(a);
		if (count == 0 && r == ARCHIVE_EOF)
			return byoc_fail(BYOC_EBUILD, "failed to read build context: context tar %zu is empty", t + 1);
	}
	if (ix->n)
		qsort(ix->v, ix->n, sizeof(*ix->v), centry_cmp);
	/* keep the last of equal names */
	for (i = 0, j = 0; i < ix->n; i++) {
		if (i + 1 < ix->n && !strcmp(ix->v[i].name, ix->v[i + 1].name)) {
			free(ix->v[i].name);
			continue;
		}
		ix->v[j++] = ix->v[i];
	}
	ix->n = j;
	/* implied directories */
	for (i = 0; i < ix->n; i++) {
		char *p = ix->v[i].name, *s;

		for (s = strchr(p, '/'); s; s = strchr(s + 1, '/'))
			if ((rc = cindex_add_dir(ix, p, (size_t)(s - p), -1)) < 0)
				return rc;
	}
	if (ix->ndirs)
		qsort(ix->dirs, ix->ndirs, sizeof(*ix->dirs), cdir_cmp);
	/* one per name: a carried one (its mode) rather than an implied one */
	for (i = 0, j = 0; i < ix->ndirs; i++) {
		if (i + 1 < ix->ndirs && !strcmp(ix->dirs[i].name, ix->dirs[i + 1].name)) {
			free(ix->dirs[i].name);
			continue;
		}
		ix->dirs[j++] = ix->dirs[i];
	}
	ix->ndirs = j;
	return rc;
}

const struct centry *cindex_find(const struct cindex *ix, const char *name)
{
	size_t lo = 0, hi = ix->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(ix->v[mid].name, name);

		if (c == 0)
			return &ix->v[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The first of n sorted items of size bytes, each starting with its char *name, whose
 * name is >= prefix (struct centry and struct cdir both do). */
_Static_assert(offsetof(struct centry, name) == 0 && offsetof(struct cdir, name) == 0,
	       "lower_bound reads the name at the start of an item");
static size_t lower_bound(const void *items, size_t n, size_t size, const char *prefix)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *name = *(char *const *)((const char *)items + mid * size);

		if (strcmp(name, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t cindex_lower(const struct cindex *ix, const char *prefix)
{
	return lower_bound(ix->v, ix->n, sizeof(*ix->v), prefix);
}

size_t cindex_dirs_lower(const struct cindex *ix, const char *prefix)
{
	return lower_bound(ix->dirs, ix->ndirs, sizeof(*ix->dirs), prefix);
}

bool cindex_is_dir(const struct cindex *ix, const char *name)
{
	size_t lo = 0, hi = ix->ndirs;

	if (!*name)
		return true;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(ix->dirs[mid].name, name);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

