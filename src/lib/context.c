/*
 * Build contexts: Dockerfile sources -> (path, archivePath) -> listing walk
 * (filtered by .dockerignore) -> limit check -> hash -> tar on demand.
 */
#include "lib/context.h"
#include "lib/ctxhash.h"
#include "lib/dockerfile.h"
#include "lib/dockerignore.h"
#include "util/buf.h"
#include "util/err.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void ctx_human_bytes(uint64_t n, char *out, size_t outsz)
{
	static const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	double v = (double)n;
	int u = 0;

	while (v >= 1024 && u < 4) {
		v /= 1024;
		u++;
	}
	if (u == 0)
		snprintf(out, outsz, "%llu B", (unsigned long long)n);
	else
		snprintf(out, outsz, "%.1f %s", v, units[u]);
}

static void source_release(struct ctx_source *s)
{
	size_t i;

	free(s->src);
	free(s->path);
	free(s->archive_path);
	for (i = 0; i < s->nitems; i++) {
		free(s->items[i].name);
		free(s->items[i].abs);
		free(s->items[i].link);
	}
	free(s->items);
	for (i = 0; i < s->nlargest; i++)
		free(s->largest[i].path);
	memset(s, 0, sizeof(*s));
}

void ctx_list_free(struct ctx_list *l)
{
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->n; i++)
		source_release(&l->v[i]);
	free(l->v);
	free(l->dockerfile);
	free(l->dir);
	free(l);
}

/* ---- listing walk ---- */

struct walkctx {
	struct ctx_source *s;
	const struct dockerignore *ignore;
	size_t cap;
};

static bool w_exclude(const char *path, bool is_dir, void *arg)
{
	const struct walkctx *w = arg;

	(void)is_dir;
	return dockerignore_excluded(w->ignore, path);
}

static bool w_below(const char *path, void *arg)
{
	const struct walkctx *w = arg;

	return dockerignore_may_include_below(w->ignore, path);
}

/* node-tar's portable mode fix */
static mode_t fix_mode(mode_t m, bool dir)
{
	mode_t p = ((m & 07777) | 0600) & ~(mode_t)022;

	if (dir) {
		if (p & 0400)
			p |= 0100;
		if (p & 040)
			p |= 010;
		if (p & 04)
			p |= 01;
	}
	return p;
}

/* node-tar writes floor(mtime / 1000) of a Date, and Node makes that Date by rounding the
 * stat's milliseconds to the nearest one (dateFromMs): a file modified in the last half
 * millisecond of a second carries the next second in the SDK's tar. */
static time_t sdk_mtime(const struct stat *st)
{
	return st->st_mtim.tv_nsec >= 999500000L ? st->st_mtim.tv_sec + 1 : st->st_mtim.tv_sec;
}

static int add_item(struct walkctx *w, const char *path, const char *abs, const struct stat *st, int type)
{
	struct ctx_source *s = w->s;
	struct ctx_item *it;
	struct buf name;
	int rc;

	if (s->nitems == w->cap) {
		size_t nc = w->cap ? w->cap * 2 : 64;
		struct ctx_item *p = realloc(s->items, nc * sizeof(*p));

		if (!p)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		s->items = p;
		w->cap = nc;
	}
	it = &s->items[s->nitems];
	memset(it, 0, sizeof(*it));
	buf_init(&name, PATH_MAX * 4);
	if (s->archive_path[0] == '\0')
		rc = buf_puts(&name, path[0] ? "./" : ".");
	else
		rc = 0;
	if (rc == 0)
		rc = buf_puts(&name, path);
	if (rc == 0 && type == S_IFDIR)
		rc = buf_puts(&name, "/");
	if (rc < 0) {
		buf_release(&name);
		return rc;
	}
	it->name = buf_detach(&name);
	it->abs = strdup(abs);
	if (!it->name || !it->abs) {
		free(it->name);
		free(it->abs);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	it->mode = (mode_t)type | fix_mode(type == S_IFLNK ? 0777 : st->st_mode, type == S_IFDIR);
	if (type == S_IFLNK) {
		char target[PATH_MAX];
		ssize_t n = readlink(abs, target, sizeof(target) - 1);

		if (n < 0) {
			free(it->name);
			free(it->abs);
			return byoc_fail_errno(BYOC_EIO, "cannot read link '%s'", abs);
		}
		target[n] = '\0';
		if (!(it->link = strdup(target))) {
			free(it->name);
			free(it->abs);
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		it->mtime = sdk_mtime(st);
	} else if (type == S_IFREG) {
		it->size = (uint64_t)st->st_size;
		it->mtime = sdk_mtime(st);
	}
	s->nitems++;
	return 0;
}

static int note_largest(struct ctx_source *s, const char *path, uint64_t size)
{
	size_t i, pos;
	char *p;

	if (s->nlargest == CTX_LARGEST && size <= s->largest[CTX_LARGEST - 1].size)
		return 0;
	if (!(p = strdup(path)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (pos = 0; pos < s->nlargest && s->largest[pos].size >= size; pos++)
		;
	if (s->nlargest == CTX_LARGEST)
		free(s->largest[--s->nlargest].path);
	for (i = s->nlargest; i > pos; i--)
		s->largest[i] = s->largest[i - 1];
	s->largest[pos].path = p;
	s->largest[pos].size = size;
	s->nlargest++;
	return 0;
}

static int w_file(const char *path, const char *abs, const struct stat *st, void *arg)
{
	struct walkctx *w = arg;
	int rc;

	w->s->files++;
	w->s->bytes += (uint64_t)st->st_size;
	if ((rc = note_largest(w->s, path, (uint64_t)st->st_size)) < 0)
		return rc;
	return add_item(w, path, abs, st, S_IFREG);
}

static int w_dir(const char *path, const char *abs, const struct stat *st, void *arg)
{
	struct walkctx *w = arg;

	w->s->dirs++;
	return add_item(w, path, abs, st, S_IFDIR);
}

static int w_link(const char *path, const char *abs, const struct stat *st, void *arg)
{
	struct walkctx *w = arg;

	w->s->symlinks++;
	return add_item(w, path, abs, st, S_IFLNK);
}

static int list_source(struct ctx_source *s, const struct dockerignore *ig)
{
	struct walkctx w = { s, ig, 0 };
	struct ctxhash_opts o = {
		.exclude = w_exclude, .may_include_below = w_below,
		.on_file = w_file, .on_dir = w_dir, .on_symlink = w_link,
		.arg = &w, .stat_only = true,
	};
	char hex[CTXHASH_HEX_LEN + 1];

	return ctxhash_path(s->path, s->archive_path, &o, hex);
}

int ctx_hash(struct ctx_list *l, size_t i, volatile sig_atomic_t *cancel)
{
	struct ctx_source *s = &l->v[i];
	struct dockerignore *ig = NULL;
	struct walkctx w = { s, NULL, 0 };
	struct ctxhash_opts o = { .exclude = w_exclude, .may_include_below = w_below, .arg = &w, .cancel = cancel };
	char path[PATH_MAX];
	int rc;

	snprintf(path, sizeof(path), "%s/.dockerignore", l->dir);
	if ((rc = dockerignore_load(path, &ig)) < 0)
		return rc;
	w.ignore = ig;
	rc = ctxhash_path(s->path, s->archive_path, dockerignore_count(ig) ? &o : NULL, s->hash);
	dockerignore_free(ig);
	return rc;
}

/* ---- resolving sources ---- */

static bool has_glob(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}

/* Is real (a realpath) inside dir (a realpath)? */
static bool inside(const char *dir, const char *real)
{
	size_t n = strlen(dir);

	if (strcmp(dir, "/") == 0)
		return true;
	return strncmp(real, dir, n) == 0 && (real[n] == '\0' || real[n] == '/');
}

struct resolver {
	struct ctx_list *l;
	struct dockerignore *ig;
	const char *dfname;   /* for messages: the Dockerfile path as given */
	size_t cap;
};

static int add_source(struct resolver *r, const struct dockerfile_instr *in, const char *src,
		      const char *rel, bool keep_slash)
{
	struct ctx_list *l = r->l;
	struct ctx_source *s;
	struct stat st;
	struct buf ap;
	char *abs, real[PATH_MAX];
	size_t i;
	int rc;

	/* archivePath: the cleaned relative path, "" for the folder itself, trailing '/' kept */
	buf_init(&ap, PATH_MAX * 4);
	if (strcmp(rel, ".") != 0) {
		if ((rc = buf_puts(&ap, rel)) < 0 || (keep_slash && (rc = buf_puts(&ap, "/")) < 0)) {
			buf_release(&ap);
			return rc;
		}
	}
	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].archive_path, ap.data) == 0) {
			buf_release(&ap);
			return 0;   /* the same context twice: upload it once */
		}
	if (asprintf(&abs, "%s%s%s", l->dir, strcmp(rel, ".") ? "/" : "", strcmp(rel, ".") ? rel : "") < 0) {
		buf_release(&ap);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	if (!realpath(abs, real) || stat(real, &st) < 0) {
		rc = byoc_fail(BYOC_ENOTFOUND, "%s line %d: %s source '%s' not found in %s (it must exist below "
			       "the Dockerfile's folder)", r->dfname, in->line, in->keyword, src, l->dir);
		goto fail;
	}
	if (!inside(l->dir, real)) {
		rc = byoc_fail(BYOC_EREFUSED, "%s line %d: %s source '%s' resolves to '%s', outside the Dockerfile's "
			       "folder %s", r->dfname, in->line, in->keyword, src, real, l->dir);
		goto fail;
	}
	if (strcmp(rel, ".") != 0 && dockerignore_excluded(r->ig, rel) &&
	    !(S_ISDIR(st.st_mode) && dockerignore_may_include_below(r->ig, rel))) {
		rc = byoc_fail(BYOC_ENOTFOUND, "%s line %d: %s source '%s' is excluded by %s/.dockerignore",
			       r->dfname, in->line, in->keyword, src, l->dir);
		goto fail;
	}
	if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
		rc = byoc_fail(BYOC_EFAIL, "%s line %d: %s source '%s' is neither a file nor a folder",
			       r->dfname, in->line, in->keyword, src);
		goto fail;
	}
	if (l->n == r->cap) {
		size_t nc = r->cap ? r->cap * 2 : 8;
		struct ctx_source *p = realloc(l->v, nc * sizeof(*p));

		if (!p) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto fail;
		}
		l->v = p;
		r->cap = nc;
	}
	s = &l->v[l->n];
	memset(s, 0, sizeof(*s));
	s->src = strdup(src);
	s->path = abs;
	s->archive_path = buf_detach(&ap);
	if (!s->src || !s->archive_path) {
		free(s->src);
		free(s->archive_path);
		free(abs);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	s->line = in->line;
	snprintf(s->keyword, sizeof(s->keyword), "%s", in->keyword);
	s->is_dir = S_ISDIR(st.st_mode);
	l->n++;
	return 0;
fail:
	free(abs);
	buf_release(&ap);
	return rc;
}

/* Cleans src relative to the Dockerfile's folder; "" on escape. */
static int clean_rel(const char *src, char **out, bool *slash)
{
	const char *p = src;
	char *c;

	while (*p == '/')
		p++;   /* Docker: absolute sources are relative to the context root */
	if (!(c = malloc(strlen(p) + 2)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	dockerignore_clean_path(p, c);
	*slash = *p && p[strlen(p) - 1] == '/' && strcmp(c, ".") != 0;
	*out = c;
	return 0;
}

static bool escapes(const char *clean)
{
	return strcmp(clean, "..") == 0 || strncmp(clean, "../", 3) == 0;
}

static int errfunc(const char *epath, int eerrno)
{
	(void)epath;
	(void)eerrno;
	return 0;
}

static int resolve_source(struct resolver *r, const struct dockerfile_instr *in, const char *src)
{
	char *rel = NULL, *pattern = NULL;
	bool slash = false;
	glob_t g;
	size_t i, dl = strlen(r->l->dir);
	int rc, matched = 0;

	if ((rc = clean_rel(src, &rel, &slash)) < 0)
		return rc;
	if (escapes(rel)) {
		rc = byoc_fail(BYOC_EREFUSED, "%s line %d: %s source '%s' is outside the Dockerfile's folder %s "
			       "(move the file below it, or the Dockerfile up)", r->dfname, in->line, in->keyword,
			       src, r->l->dir);
		goto out;
	}
	if (!has_glob(rel)) {
		rc = add_source(r, in, src, rel, slash);
		goto out;
	}
	if (asprintf(&pattern, "%s/%s", r->l->dir, rel) < 0) {
		pattern = NULL;
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	memset(&g, 0, sizeof(g));
	rc = glob(pattern, GLOB_PERIOD, errfunc, &g);
	if (rc != 0 && rc != GLOB_NOMATCH) {
		globfree(&g);
		rc = byoc_fail(BYOC_EIO, "%s line %d: cannot expand '%s'", r->dfname, in->line, src);
		goto out;
	}
	rc = 0;
	for (i = 0; i < g.gl_pathc && rc == 0; i++) {
		const char *m = g.gl_pathv[i], *base = strrchr(m, '/');
		const char *mrel;

		base = base ? base + 1 : m;
		if (strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
			continue;
		if (strncmp(m, r->l->dir, dl) != 0 || m[dl] != '/')
			continue;
		mrel = m + dl + 1;
		if (dockerignore_excluded(r->ig, mrel)) {
			struct stat st;

			if (!(stat(m, &st) == 0 && S_ISDIR(st.st_mode) && dockerignore_may_include_below(r->ig, mrel)))
				continue;
		}
		rc = add_source(r, in, src, mrel, false);
		if (rc == 0)
			matched++;
	}
	globfree(&g);
	if (rc == 0 && matched == 0) {
		size_t k;

		/* matched nothing new: fine only if an earlier instruction added the same paths */
		for (k = 0; k < r->l->n; k++)
			if (strcmp(r->l->v[k].src, src) == 0)
				break;
		if (k == r->l->n)
			rc = byoc_fail(BYOC_ENOTFOUND, "%s line %d: %s source '%s' matches no file in %s",
				       r->dfname, in->line, in->keyword, src, r->l->dir);
	}
out:
	free(rel);
	free(pattern);
	return rc;
}

static int check_limit(const struct ctx_list *l, const struct ctx_source *s, uint64_t max)
{
	struct buf m;
	char a[32], b[32];
	size_t i;
	int rc;

	if (!max || s->bytes <= max)
		return 0;
	buf_init(&m, 4096);
	ctx_human_bytes(s->bytes, a, sizeof(a));
	ctx_human_bytes(max, b, sizeof(b));
	buf_printf(&m, "%s line %d: context '%s' is %s in %llu files, over the limit of %s "
		   "(--max-context-bytes %llu); largest:", l->dockerfile, s->line,
		   s->archive_path[0] ? s->archive_path : ".", a, (unsigned long long)s->files, b,
		   (unsigned long long)max);
	for (i = 0; i < s->nlargest && i < 5; i++) {
		ctx_human_bytes(s->largest[i].size, a, sizeof(a));
		buf_printf(&m, "%s %s (%s)", i ? "," : "", s->largest[i].path, a);
	}
	buf_puts(&m, "; exclude them in .dockerignore or raise --max-context-bytes");
	rc = byoc_fail(BYOC_EREFUSED, "%s", m.data);
	buf_release(&m);
	return rc;
}

int ctx_collect(const char *dockerfile, const struct ctx_opts *o, struct ctx_list **out)
{
	struct ctx_opts defaults = { 0 };
	struct dockerfile *df = NULL;
	struct resolver r = { 0 };
	struct ctx_list *l;
	char real[PATH_MAX], *slash, *igpath = NULL;
	const char **srcs = NULL;
	struct dockerfile_scope *scope = NULL;
	size_t i, j, k;
	int rc;

	*out = NULL;
	if (!o)
		o = &defaults;
	if (!(l = calloc(1, sizeof(*l))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (!realpath(dockerfile, real)) {
		rc = byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open Dockerfile '%s'",
				     dockerfile);
		goto out;
	}
	if (!(l->dockerfile = strdup(real)) || !(l->dir = strdup(real))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	slash = strrchr(l->dir, '/');
	if (slash == l->dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	if ((rc = dockerfile_parse_file(dockerfile, &df)) < 0)
		goto out;
	if (asprintf(&igpath, "%s/.dockerignore", l->dir) < 0) {
		igpath = NULL;
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	l->has_dockerignore = access(igpath, F_OK) == 0;
	if ((rc = dockerignore_load(igpath, &r.ig)) < 0)
		goto out;
	l->ignore_patterns = dockerignore_count(r.ig);
	r.l = l;
	r.dfname = dockerfile;
	if (!(scope = dockerfile_scope_new())) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	dockerfile_scope_escape(scope, df->escape);
	for (i = 0; i < df->n; i++) {
		const struct dockerfile_instr *in = &df->instrs[i];
		struct dockerfile_words w = { NULL, 0 };

		/* ARG/ENV references are expanded as byoc-local's builder expands them: one function */
		if (in->kind == DF_COPY || in->kind == DF_ADD) {
			if ((rc = dockerfile_copy_words(scope, in, &w)) < 0) {
				rc = byoc_fail_wrap(rc, "%s line %d", dockerfile, in->line);
				goto out;
			}
			free(srcs);
			if (!(srcs = calloc(w.n + 1, sizeof(*srcs)))) {
				dockerfile_words_free(&w);
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
				goto out;
			}
			k = dockerfile_local_sources_of(in, &w, srcs);
			for (j = 0; j < k && rc == 0; j++)
				rc = resolve_source(&r, in, srcs[j]);
			dockerfile_words_free(&w);
			if (rc < 0)
				goto out;
		}
		if ((rc = dockerfile_scope_step(scope, in)) < 0) {
			rc = byoc_fail_wrap(rc, "%s line %d", dockerfile, in->line);
			goto out;
		}
	}
	for (i = 0; i < l->n; i++) {
		if ((rc = list_source(&l->v[i], r.ig)) < 0)
			goto out;
		if ((rc = check_limit(l, &l->v[i], o->max_bytes)) < 0)
			goto out;
		l->files += l->v[i].files;
		l->bytes += l->v[i].bytes;
	}
	if (o->hash)
		for (i = 0; i < l->n; i++)
			if ((rc = ctx_hash(l, i, o->cancel)) < 0)
				goto out;
	*out = l;
	l = NULL;
out:
	dockerfile_scope_free(scope);
	free(srcs);
	free(igpath);
	dockerignore_free(r.ig);
	dockerfile_free(df);
	ctx_list_free(l);
	return rc;
}

/* ---- tar stream ---- */

#define TAR_CHUNK ((size_t)256 << 10)

struct ctx_tar {
	const struct ctx_source *s;
	struct archive *a;
	size_t idx;
	int fd;
	uint64_t remaining;
	unsigned char *chunk;
	struct buf out;
	size_t off;
	bool closed, count_only;
	int err;
	uint64_t counted;
};

static la_ssize_t tar_write_cb(struct archive *a, void *arg, const void *p, size_t n)
{
	struct ctx_tar *t = arg;

	(void)a;
	if (t->count_only) {
		t->counted += n;
		return (la_ssize_t)n;
	}
	if (buf_append(&t->out, p, n) < 0)
		return -1;
	return (la_ssize_t)n;
}

static int tar_start(struct ctx_tar *t)
{
	t->a = archive_write_new();
	if (!t->a)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (archive_write_set_format_pax_restricted(t->a) != ARCHIVE_OK ||
	    archive_write_set_bytes_per_block(t->a, 0) != ARCHIVE_OK ||
	    archive_write_open2(t->a, t, NULL, tar_write_cb, NULL, NULL) != ARCHIVE_OK)
		return byoc_fail(BYOC_EFAIL, "cannot start tar: %s", archive_error_string(t->a));
	t->idx = 0;
	t->fd = -1;
	t->closed = false;
	t->err = 0;
	return 0;
}

static void tar_stop(struct ctx_tar *t)
{
	if (t->fd >= 0)
		close(t->fd);
	t->fd = -1;
	if (t->a)
		archive_write_free(t->a);
	t->a = NULL;
}

static int tar_fail(struct ctx_tar *t, int code)
{
	t->err = code;
	return code;
}

/* One step: a header, a chunk of file data, or the end. */
static int tar_step(struct ctx_tar *t)
{
	const struct ctx_item *it;
	struct archive_entry *e;
	ssize_t r;

	if (t->fd >= 0) {
		size_t want = t->remaining < TAR_CHUNK ? (size_t)t->remaining : TAR_CHUNK;
		const struct ctx_item *cur = &t->s->items[t->idx - 1];

		r = read(t->fd, t->chunk, want);
		if (r < 0 && errno == EINTR)
			return 0;
		if (r < 0)
			return tar_fail(t, byoc_fail_errno(BYOC_EIO, "cannot read '%s'", cur->abs));
		if (r == 0)
			return tar_fail(t, byoc_fail(BYOC_EIO, "'%s' shrank while it was being sent; run again",
						     cur->abs));
		if (archive_write_data(t->a, t->chunk, (size_t)r) != r)
			return tar_fail(t, byoc_fail(BYOC_EFAIL, "tar: %s", archive_error_string(t->a)));
		t->remaining -= (uint64_t)r;
		if (t->remaining == 0) {
			close(t->fd);
			t->fd = -1;
			if (archive_write_finish_entry(t->a) != ARCHIVE_OK)
				return tar_fail(t, byoc_fail(BYOC_EFAIL, "tar: %s", archive_error_string(t->a)));
		}
		return 0;
	}
	if (t->idx < t->s->nitems) {
		it = &t->s->items[t->idx++];
		if (!(e = archive_entry_new()))
			return tar_fail(t, byoc_fail(BYOC_ENOMEM, "out of memory"));
		archive_entry_copy_pathname(e, it->name);
		archive_entry_set_mode(e, it->mode);
		archive_entry_set_size(e, S_ISREG(it->mode) ? (la_int64_t)it->size : 0);
		if (it->mtime)
			archive_entry_set_mtime(e, it->mtime, 0);
		if (it->link)
			archive_entry_copy_symlink(e, it->link);
		if (archive_write_header(t->a, e) < ARCHIVE_WARN) {
			int rc = byoc_fail(BYOC_EFAIL, "tar entry '%s': %s", it->name, archive_error_string(t->a));

			archive_entry_free(e);
			return tar_fail(t, rc);
		}
		archive_entry_free(e);
		if (S_ISREG(it->mode) && it->size > 0 && !t->count_only) {
			struct stat st;

			/* swapped for a FIFO or a device since it was listed: refused, never waited on */
			t->fd = open(it->abs, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
			if (t->fd < 0)
				return tar_fail(t, byoc_fail_errno(BYOC_EIO, "cannot open '%s'", it->abs));
			if (fstat(t->fd, &st) != 0 || !S_ISREG(st.st_mode))
				return tar_fail(t, byoc_fail(BYOC_EIO, "'%s' is no longer a regular file", it->abs));
			(void)posix_fadvise(t->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
			t->remaining = it->size;
		} else if (archive_write_finish_entry(t->a) != ARCHIVE_OK) {
			return tar_fail(t, byoc_fail(BYOC_EFAIL, "tar: %s", archive_error_string(t->a)));
		}
		return 0;
	}
	if (archive_write_close(t->a) != ARCHIVE_OK)
		return tar_fail(t, byoc_fail(BYOC_EFAIL, "tar: %s", archive_error_string(t->a)));
	t->closed = true;
	return 0;
}

int ctx_tar_open(const struct ctx_source *s, struct ctx_tar **out)
{
	struct ctx_tar *t;
	int rc;

	*out = NULL;
	if (!(t = calloc(1, sizeof(*t))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	t->s = s;
	t->fd = -1;
	buf_init(&t->out, TAR_CHUNK * 4);
	if (!(t->chunk = malloc(TAR_CHUNK))) {
		free(t);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	if ((rc = tar_start(t)) < 0) {
		ctx_tar_close(t);
		return rc;
	}
	*out = t;
	return 0;
}

ssize_t ctx_tar_read(struct ctx_tar *t, void *p, size_t n)
{
	size_t avail;
	int rc;

	if (t->err)
		return t->err;
	while (t->off >= t->out.len) {
		buf_reset(&t->out);
		t->off = 0;
		if (t->closed)
			return 0;
		if ((rc = tar_step(t)) < 0)
			return rc;
	}
	avail = t->out.len - t->off;
	if (avail > n)
		avail = n;
	memcpy(p, t->out.data + t->off, avail);
	t->off += avail;
	return (ssize_t)avail;
}

int ctx_tar_rewind(struct ctx_tar *t)
{
	tar_stop(t);
	buf_reset(&t->out);
	t->off = 0;
	return tar_start(t);
}

void ctx_tar_close(struct ctx_tar *t)
{
	if (!t)
		return;
	tar_stop(t);
	buf_release(&t->out);
	free(t->chunk);
	free(t);
}

int ctx_tar_size(const struct ctx_source *s, uint64_t *size)
{
	struct ctx_tar *t;
	int rc = 0;

	*size = 0;
	if ((rc = ctx_tar_open(s, &t)) < 0)
		return rc;
	t->count_only = true;
	/* headers only: libarchive pads the undeclared file bytes with zeros */
	while (!t->closed && (rc = tar_step(t)) == 0)
		;
	*size = t->counted;
	ctx_tar_close(t);
	return rc;
}
