#include "lib/pathcheck.h"
#include "util/err.h"
#include "util/strmap.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct pc_ent {
	char *name;     /* normalised */
	char *target;   /* symlinks: target as stored */
	int type;
};

/*
 * What is kept: every symlink, and of each run of entries with the same parent folder,
 * the first. An entry lies below a symlink only if its parent folder or one of that
 * folder's own parents is one, so one entry per folder is enough for
 * pathcheck_finish, and a tree of a million files in a few folders costs a few
 * names, not a million. (Whether a hard link names an earlier file is checked by
 * the archive reader, which reads the archive again for the names links point to.)
 */
struct pathcheck {
	bool links_out_ok;
	struct pc_ent *v;
	size_t n, cap;
	char *last_parent;    /* parent folder of the last entry seen */
};

struct pathcheck *pathcheck_new(bool links_out_ok)
{
	struct pathcheck *pc = calloc(1, sizeof(*pc));

	if (pc)
		pc->links_out_ok = links_out_ok;
	return pc;
}

/* Whether name's parent folder differs from the last entry's; remembers it. */
static int new_parent(struct pathcheck *pc, const char *name, bool *fresh)
{
	const char *slash = strrchr(name, '/');
	size_t len = slash ? (size_t)(slash - name) : 0;
	char *p;

	*fresh = !pc->last_parent || strlen(pc->last_parent) != len || memcmp(pc->last_parent, name, len) != 0;
	if (!*fresh)
		return 0;
	if (!(p = strndup(name, len)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	free(pc->last_parent);
	pc->last_parent = p;
	return 0;
}

void pathcheck_free(struct pathcheck *pc)
{
	size_t i;

	if (!pc)
		return;
	for (i = 0; i < pc->n; i++) {
		free(pc->v[i].name);
		free(pc->v[i].target);
	}
	free(pc->v);
	free(pc->last_parent);
	free(pc);
}

/* A short, printable rendering of a hostile name for messages. */
static const char *shown(const char *name, char *tmp, size_t n)
{
	struct buf b;

	buf_init(&b, n > 8 ? n - 4 : 64);
	if (manifest_escape(name, &b) != 0) {
		snprintf(tmp, n, "%.*s...", (int)(n > 8 ? n - 8 : 0), b.data);
	} else {
		snprintf(tmp, n, "%s", b.data);
	}
	buf_release(&b);
	return tmp;
}

int pathcheck_normalize(const char *name, struct buf *out)
{
	const char *p = name, *s;
	size_t len;
	char tmp[256];
	int rc;

	buf_reset(out);
	if (!name || !*name)
		return byoc_fail(BYOC_EREFUSED, "an entry has an empty name");
	if (name[0] == '/')
		return byoc_fail(BYOC_EREFUSED, "entry '%s' has an absolute path", shown(name, tmp, sizeof(tmp)));
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		s = strchr(p, '/');
		len = s ? (size_t)(s - p) : strlen(p);
		if (len == 1 && p[0] == '.') {
			p += len;
			continue;
		}
		if (len == 2 && p[0] == '.' && p[1] == '.')
			return byoc_fail(BYOC_EREFUSED, "entry '%s' has a '..' component", shown(name, tmp, sizeof(tmp)));
		if (out->len && (rc = buf_append(out, "/", 1)))
			return rc;
		if ((rc = buf_append(out, p, len)))
			return rc;
		p += len;
	}
	if (!out->len)
		return byoc_fail(BYOC_EREFUSED, "entry '%s' names the destination itself", shown(name, tmp, sizeof(tmp)));
	return 0;
}

int pathcheck_add(struct pathcheck *pc, const char *name, int type, const char *target, struct buf *norm)
{
	struct buf nb, tb;
	struct pc_ent *e;
	char tmp[256];
	int rc;

	buf_init(&nb, 1 << 16);
	buf_init(&tb, 1 << 16);
	if ((rc = pathcheck_normalize(name, &nb)))
		goto out;
	switch (type) {
	case PATHCHECK_FILE:
	case PATHCHECK_DIR:
		break;
	case PATHCHECK_SYMLINK:
		if (!target || !*target) {
			rc = byoc_fail(BYOC_EREFUSED, "symlink '%s' has an empty target", shown(nb.data, tmp, sizeof(tmp)));
			goto out;
		}
		break;
	case PATHCHECK_HARDLINK:
		if (!target || !*target) {
			rc = byoc_fail(BYOC_EREFUSED, "hard link '%s' has an empty target", shown(nb.data, tmp, sizeof(tmp)));
			goto out;
		}
		if (target[0] == '/') {
			rc = byoc_fail(BYOC_EREFUSED, "hard link '%s' points outside the destination", shown(nb.data, tmp, sizeof(tmp)));
			goto out;
		}
		if ((rc = pathcheck_normalize(target, &tb))) {
			rc = byoc_fail(BYOC_EREFUSED, "hard link '%s' points outside the destination", shown(nb.data, tmp, sizeof(tmp)));
			goto out;
		}
		break;
	default:
		rc = byoc_fail(BYOC_EREFUSED, "entry '%s' is a device, fifo or socket; only files, directories and links are seeded",
			       shown(nb.data, tmp, sizeof(tmp)));
		goto out;
	}
	{
		bool fresh;

		if ((rc = new_parent(pc, nb.data, &fresh)))
			goto out;
		if (!fresh && type != PATHCHECK_SYMLINK)
			goto keep_norm;  /* its folder is checked through an earlier entry */
	}
	if (pc->n == pc->cap) {
		size_t cap = pc->cap ? pc->cap * 2 : 64;
		struct pc_ent *v = realloc(pc->v, cap * sizeof(*v));

		if (!v) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		pc->v = v;
		pc->cap = cap;
	}
	e = &pc->v[pc->n];
	e->type = type;
	e->name = strdup(nb.data);
	e->target = type == PATHCHECK_SYMLINK ? strdup(target) : NULL;
	if (!e->name || (type == PATHCHECK_SYMLINK && !e->target)) {
		free(e->name);
		free(e->target);
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	pc->n++;
keep_norm:
	if (norm)
		rc = buf_append((buf_reset(norm), norm), nb.data, nb.len);
out:
	buf_release(&nb);
	buf_release(&tb);
	return rc;
}

/* ---- whole-tree checks ---------------------------------------------------------------- */

struct link {
	const char *name;
	const char *target;
};

static int cmp_link(const void *a, const void *b)
{
	return strcmp(((const struct link *)a)->name, ((const struct link *)b)->name);
}

static const struct link *lookup(const struct link *v, size_t n, const char *name)
{
	struct link key = { name, NULL };

	return n ? bsearch(&key, v, n, sizeof(*v), cmp_link) : NULL;
}

/*
 * Resolves target as the kernel would from directory dir (a normalised path,
 * "" for the root) using only the tree's symlinks. Returns 0 when it stays in
 * the tree, 1 when it leaves it (absolute, or '..' above the root), 2 on a loop.
 */
static int resolve(const struct link *links, size_t nlinks, const char *dir, const char *target)
{
	struct buf cur, rest, tmp;
	const char *p, *s;
	size_t len, hops = 0;
	int res = 0;

	buf_init(&cur, 1 << 16);
	buf_init(&rest, 1 << 20);
	buf_init(&tmp, 1 << 20);
	if (target[0] == '/') {
		res = 1;
		goto out;
	}
	if (buf_puts(&cur, dir) || buf_puts(&rest, target)) {
		res = 2;
		goto out;
	}
	while (rest.len) {
		p = rest.data;
		while (*p == '/')
			p++;
		s = strchr(p, '/');
		len = s ? (size_t)(s - p) : strlen(p);
		buf_reset(&tmp);
		if (buf_append(&tmp, p, len)) {
			res = 2;
			goto out;
		}
		/* drop the component from rest */
		{
			size_t off = (size_t)(p - rest.data) + len;
			memmove(rest.data, rest.data + off, rest.len - off + 1);
			rest.len -= off;
		}
		if (len == 0 || (len == 1 && tmp.data[0] == '.'))
			continue;
		if (len == 2 && tmp.data[0] == '.' && tmp.data[1] == '.') {
			char *slash;

			if (!cur.len) {
				res = 1;
				goto out;
			}
			slash = strrchr(cur.data, '/');
			cur.len = slash ? (size_t)(slash - cur.data) : 0;
			cur.data[cur.len] = '\0';
			continue;
		}
		if ((cur.len && buf_append(&cur, "/", 1)) || buf_append(&cur, tmp.data, tmp.len)) {
			res = 2;
			goto out;
		}
		{
			const struct link *l = lookup(links, nlinks, cur.data);
			char *slash;

			if (!l)
				continue;
			if (++hops > 40) {
				res = 2;
				goto out;
			}
			if (l->target[0] == '/') {
				res = 1;
				goto out;
			}
			slash = strrchr(cur.data, '/');
			cur.len = slash ? (size_t)(slash - cur.data) : 0;
			cur.data[cur.len] = '\0';
			/* rest = link target + "/" + rest */
			buf_reset(&tmp);
			if (buf_puts(&tmp, l->target) || buf_append(&tmp, "/", 1) ||
			    buf_append(&tmp, rest.data, rest.len)) {
				res = 2;
				goto out;
			}
			buf_reset(&rest);
			if (buf_append(&rest, tmp.data, tmp.len)) {
				res = 2;
				goto out;
			}
		}
	}
out:
	buf_release(&cur);
	buf_release(&rest);
	buf_release(&tmp);
	return res;
}

int pathcheck_finish(struct pathcheck *pc)
{
	struct link *links = NULL;
	size_t nl = 0, i;
	char tmp[256], *slash, *dir;
	int rc = 0, r;

	for (i = 0; i < pc->n; i++)
		if (pc->v[i].type == PATHCHECK_SYMLINK)
			nl++;
	if (nl) {
		links = malloc(nl * sizeof(*links));
		if (!links)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		nl = 0;
		for (i = 0; i < pc->n; i++)
			if (pc->v[i].type == PATHCHECK_SYMLINK) {
				links[nl].name = pc->v[i].name;
				links[nl].target = pc->v[i].target;
				nl++;
			}
		qsort(links, nl, sizeof(*links), cmp_link);
	}
	/* Nothing may sit below a symlink of the tree. */
	for (i = 0; i < pc->n && nl; i++) {
		const char *p = pc->v[i].name;
		const char *sl;

		for (sl = strchr(p, '/'); sl; sl = strchr(sl + 1, '/')) {
			const struct link *l;
			char *prefix = strndup(p, (size_t)(sl - p));

			if (!prefix) {
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
				goto out;
			}
			l = lookup(links, nl, prefix);
			free(prefix);
			if (l) {
				rc = byoc_fail(BYOC_EREFUSED, "entry '%s' would be written through the symlink '%s'",
					       shown(p, tmp, sizeof(tmp)), l->name);
				goto out;
			}
		}
	}
	if (pc->links_out_ok)
		goto out;
	for (i = 0; i < nl; i++) {
		dir = strdup(links[i].name);
		if (!dir) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		slash = strrchr(dir, '/');
		if (slash)
			*slash = '\0';
		else
			dir[0] = '\0';
		r = resolve(links, nl, dir, links[i].target);
		free(dir);
		if (r == 1) {
			rc = byoc_fail(BYOC_EREFUSED, "symlink '%s' points outside the destination",
				       shown(links[i].name, tmp, sizeof(tmp)));
			goto out;
		}
		if (r == 2) {
			rc = byoc_fail(BYOC_EREFUSED, "symlink '%s' loops or is too deep to check",
				       shown(links[i].name, tmp, sizeof(tmp)));
			goto out;
		}
	}
out:
	free(links);
	return rc;
}

/* ---- archives ----------------------------------------------------------------------- */

/* ".", "./", "./." ...: the root of the archive (not "..", not absolute). */
static bool is_root(const char *name)
{
	const char *p;

	if (name[0] != '.')
		return false;
	for (p = name; *p; p++) {
		if (*p != '.' && *p != '/')
			return false;
		if (p[0] == '.' && p[1] == '.')
			return false;
	}
	return true;
}

/* Where an archive is read from: a file, or memory. Read twice when it holds hard links. */
struct arch_src {
	const char *path;
	const void *p;
	size_t n;
};

static struct archive *reader(void)
{
	struct archive *a = archive_read_new();

	if (!a)
		return NULL;
	archive_read_support_filter_all(a);
	archive_read_support_format_tar(a);
	archive_read_support_format_gnutar(a);
	archive_read_support_format_zip(a);
	return a;
}

static int open_archive(const struct arch_src *src, struct archive **out)
{
	struct archive *a = reader();
	int rc = 0;

	*out = NULL;
	if (!a)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (src->path && archive_read_open_filename(a, src->path, 65536) != ARCHIVE_OK)
		rc = errno == ENOENT ? byoc_fail(BYOC_ENOTFOUND, "cannot open '%s': No such file or directory", src->path)
			: byoc_fail(BYOC_EIO, "cannot read archive '%s': %s", src->path,
				    archive_error_string(a) ? archive_error_string(a) : "error");
	else if (!src->path && archive_read_open_memory(a, src->p, src->n) != ARCHIVE_OK)
		rc = byoc_fail(BYOC_EPROTO, "not a readable archive");
	if (rc) {
		archive_read_free(a);
		return rc;
	}
	*out = a;
	return 0;
}

/* The next header: 1 with its name (raw) and pathcheck type, 0 at the end. */
static int next_entry(struct archive *a, struct archive_entry **ent, const char **name, int *type, const char **target)
{
	int r = archive_read_next_header(a, ent);

	if (r == ARCHIVE_EOF)
		return 0;
	if (r < ARCHIVE_WARN)
		return byoc_fail(BYOC_EPROTO, "not a readable archive: %s", archive_error_string(a) ?
				 archive_error_string(a) : "unknown format");
	*name = archive_entry_pathname(*ent);
	if (!*name)
		*name = archive_entry_pathname_utf8(*ent);
	if (!*name)
		return byoc_fail(BYOC_EPROTO, "an archive entry has no readable name");
	*target = NULL;
	if (archive_entry_hardlink(*ent)) {
		*type = PATHCHECK_HARDLINK;
		*target = archive_entry_hardlink(*ent);
		return 1;
	}
	switch (archive_entry_filetype(*ent)) {
	case AE_IFREG: *type = PATHCHECK_FILE; break;
	case AE_IFDIR: *type = PATHCHECK_DIR; break;
	case AE_IFLNK:
		*type = PATHCHECK_SYMLINK;
		*target = archive_entry_symlink(*ent);
		if (!*target)
			*target = archive_entry_symlink_utf8(*ent);
		break;
	default: *type = PATHCHECK_OTHER; break;
	}
	return 1;
}

/* The size and sha256 of the current entry's data. */
static int hash_data(struct archive *a, const char *name, char *data, uint64_t *size, unsigned char md[32])
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	ssize_t got;
	int rc = 0;

	*size = 0;
	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(ctx);
		return byoc_fail(BYOC_EFAIL, "sha256 failed");
	}
	while ((got = archive_read_data(a, data, 65536)) > 0) {
		EVP_DigestUpdate(ctx, data, (size_t)got);
		*size += (uint64_t)got;
	}
	if (got < 0)
		rc = byoc_fail(BYOC_EPROTO, "archive entry '%s' is damaged: %s", name,
			       archive_error_string(a) ? archive_error_string(a) : "read error");
	else
		EVP_DigestFinal_ex(ctx, md, NULL);
	EVP_MD_CTX_free(ctx);
	return rc;
}

/*
 * Hard links: the archive is read once for everything else, remembering only its hard
 * links (few); when there are any, it is read again for the files they name, so that
 * nothing is held per entry. A link takes the content its target had when the link
 * came, and counts only if no later entry has its name.
 */
struct hlink {
	char *name, *target;    /* normalised */
	size_t at;              /* the entry's position in the archive */
	bool superseded;        /* a later entry has the same name */
	uint64_t size;
	unsigned char sha[32];
};

struct tstate {                 /* a name hard links point to, as the second read goes */
	char *name;
	char type;              /* 0 not seen yet, 'f' a regular file, 'x' anything else */
	uint64_t size;
	unsigned char sha[32];
};

struct hlinks {
	struct hlink *v;
	size_t n, cap;
	struct strmap by_name;
	struct tstate *t;
	size_t nt;
	struct strmap targets;
};

static const char *hl_name(const void *ctx, size_t i)
{
	return ((const struct hlinks *)ctx)->v[i].name;
}

static const char *ts_name(const void *ctx, size_t i)
{
	return ((const struct hlinks *)ctx)->t[i].name;
}

static void hlinks_release(struct hlinks *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].name);
		free(h->v[i].target);
	}
	for (size_t i = 0; i < h->nt; i++)
		free(h->t[i].name);
	free(h->v);
	free(h->t);
	strmap_release(&h->by_name);
	strmap_release(&h->targets);
}

static int hlinks_add(struct hlinks *h, const char *name, const char *target, size_t at)
{
	struct hlink *e;

	if (h->n == h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 16;
		struct hlink *v = realloc(h->v, cap * sizeof(*v));

		if (!v)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		h->v = v;
		h->cap = cap;
	}
	e = &h->v[h->n];
	memset(e, 0, sizeof(*e));
	e->at = at;
	e->name = strdup(name);
	e->target = strdup(target);
	if (!e->name || !e->target) {
		free(e->name);
		free(e->target);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	h->n++;
	return strmap_put(&h->by_name, h->n - 1);
}

/* The second read: resolves every link's content from the files its target named. */
static int resolve_links(const struct arch_src *src, struct hlinks *h, char *data)
{
	struct archive *a = NULL;
	struct archive_entry *ent;
	struct buf norm;
	const char *name, *target;
	size_t i, at = 0, li = 0, k;
	int rc, type;

	h->t = calloc(h->n, sizeof(*h->t));
	if (!h->t)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (i = 0; i < h->n; i++) {
		if (strmap_get(&h->targets, h->v[i].target, &k))
			continue;
		if (!(h->t[h->nt].name = strdup(h->v[i].target)))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		h->nt++;
		if ((rc = strmap_put(&h->targets, h->nt - 1)))
			return rc;
	}
	if ((rc = open_archive(src, &a)))
		return rc;
	buf_init(&norm, 1 << 16);
	while (li < h->n && (rc = next_entry(a, &ent, &name, &type, &target)) == 1) {
		struct tstate *t;

		if (type == PATHCHECK_DIR && is_root(name))
			continue;
		rc = pathcheck_normalize(name, &norm);
		t = !rc && strmap_get(&h->targets, norm.data, &k) ? &h->t[k] : NULL;
		if (!rc && at == h->v[li].at) {   /* the next hard link */
			struct hlink *l = &h->v[li++];
			const struct tstate *src_t = strmap_get(&h->targets, l->target, &k) ? &h->t[k] : NULL;
			char tmp[256];

			if (type != PATHCHECK_HARDLINK || strcmp(norm.data, l->name) != 0)
				rc = byoc_fail(BYOC_EPROTO, "the archive changed while it was read");
			else if (!src_t || src_t->type != 'f')
				rc = byoc_fail(BYOC_EREFUSED, "hard link '%s' does not point to an earlier file of the archive",
					       shown(l->name, tmp, sizeof(tmp)));
			else {
				l->size = src_t->size;
				memcpy(l->sha, src_t->sha, 32);
				if (t) {  /* a link named like a target: the target is now this file */
					t->type = 'f';
					t->size = l->size;
					memcpy(t->sha, l->sha, 32);
				}
			}
		} else if (!rc && t) {
			t->type = type == PATHCHECK_FILE ? 'f' : 'x';
			if (type == PATHCHECK_FILE)
				rc = hash_data(a, norm.data, data, &t->size, t->sha);
		}
		at++;
		if (rc)
			break;
	}
	if (rc > 0)
		rc = 0;
	if (!rc && li < h->n)
		rc = byoc_fail(BYOC_EPROTO, "the archive changed while it was read");
	buf_release(&norm);
	archive_read_free(a);
	return rc;
}

static int read_archive(const struct arch_src *src, bool links_out_ok, struct manifest *m)
{
	struct pathcheck *pc = pathcheck_new(links_out_ok);
	struct archive *a = NULL;
	struct archive_entry *ent;
	struct buf norm, prev;
	struct hlinks h = { 0 };
	unsigned char md[32];
	char *data = malloc(65536);
	const char *name, *target;
	uint64_t size;
	size_t at = 0, k;
	int rc = 0, type;

	buf_init(&norm, 1 << 16);
	buf_init(&prev, 1 << 16);
	strmap_init(&h.by_name, hl_name, &h);
	strmap_init(&h.targets, ts_name, &h);
	if (!pc || !data) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = open_archive(src, &a)))
		goto out;
	while ((rc = next_entry(a, &ent, &name, &type, &target)) == 1) {
		if (type == PATHCHECK_DIR && is_root(name))
			continue;   /* "./": the destination itself */
		if ((rc = pathcheck_add(pc, name, type, target, &norm)))
			goto out;
		/* an entry replaces an earlier hard link of its name */
		if (h.n && strmap_get(&h.by_name, norm.data, &k))
			h.v[k].superseded = true;
		/* unpacking makes the folders an entry needs; any entry of that name wins */
		if ((rc = manifest_add_parents_of(m, norm.data, prev.len ? prev.data : NULL)))
			goto out;
		if (type == PATHCHECK_DIR) {
			rc = manifest_add(m, norm.data, 'd', 0, NULL);
		} else if (type == PATHCHECK_SYMLINK) {
			rc = manifest_add_link(m, norm.data, target);
		} else if (type == PATHCHECK_HARDLINK) {
			struct buf tb;

			buf_init(&tb, 1 << 16);
			if (!(rc = pathcheck_normalize(target, &tb)))
				rc = hlinks_add(&h, norm.data, tb.data, at);
			buf_release(&tb);
		} else {
			if (!(rc = hash_data(a, norm.data, data, &size, md)))
				rc = manifest_add(m, norm.data, 'f', size, md);
		}
		at++;
		if (rc || (rc = buf_append((buf_reset(&prev), &prev), norm.data, norm.len)))
			goto out;
	}
	if (rc < 0)
		goto out;
	if ((rc = pathcheck_finish(pc)))
		goto out;
	if (h.n) {
		archive_read_free(a);
		a = NULL;
		if ((rc = resolve_links(src, &h, data)))
			goto out;
		for (size_t i = 0; i < h.n && !rc; i++)
			if (!h.v[i].superseded)
				rc = manifest_add(m, h.v[i].name, 'f', h.v[i].size, h.v[i].sha);
	}
out:
	if (a)
		archive_read_free(a);
	hlinks_release(&h);
	buf_release(&norm);
	buf_release(&prev);
	free(data);
	pathcheck_free(pc);
	return rc;
}

int pathcheck_archive_file(const char *path, bool links_out_ok, struct manifest *m)
{
	struct arch_src src = { .path = path };
	int rc = read_archive(&src, links_out_ok, m);

	if (rc && rc != BYOC_ENOTFOUND && rc != BYOC_EIO)  /* those name the file already */
		return byoc_fail_wrap(rc, "archive '%s'", path);
	return rc;
}

int pathcheck_archive_mem(const void *p, size_t n, bool links_out_ok, struct manifest *m)
{
	struct arch_src src = { .p = p, .n = n };

	return read_archive(&src, links_out_ok, m);
}
