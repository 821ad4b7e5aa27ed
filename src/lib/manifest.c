#include "lib/manifest.h"
#include "lib/sandbox.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/shquote.h"
#include "util/spool.h"

#include <fcntl.h>
#include <pthread.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void manifest_init(struct manifest *m)
{
	memset(m, 0, sizeof(*m));
	m->sorted = true;
}

void manifest_release(struct manifest *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->v[i].path);
	free(m->v);
	if (m->spool)
		fclose(m->spool);
	free(m->runs);
	manifest_init(m);
}

void manifest_spill(struct manifest *m, size_t spill_at)
{
	m->spill_at = spill_at;
}

static int spill_run(struct manifest *m);

static int add_entry(struct manifest *m, const char *path, char type, bool implicit, uint64_t size,
		     const unsigned char sha[32])
{
	struct manifest_entry *e;

	if (!path || !*path)
		return byoc_fail(BYOC_EUSAGE, "manifest entry with an empty path");
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64;
		struct manifest_entry *v = realloc(m->v, cap * sizeof(*v));

		if (!v)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		m->v = v;
		m->cap = cap;
	}
	e = &m->v[m->n];
	e->path = strdup(path);
	if (!e->path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	e->type = type;
	e->implicit = implicit;
	e->size = size;
	if (sha)
		memcpy(e->sha, sha, 32);
	else
		memset(e->sha, 0, 32);
	if (m->n && m->sorted && strcmp(m->v[m->n - 1].path, path) >= 0)
		m->sorted = false;
	m->n++;
	return m->spill_at && m->n >= m->spill_at ? spill_run(m) : 0;
}

int manifest_add(struct manifest *m, const char *path, char type, uint64_t size, const unsigned char sha[32])
{
	return add_entry(m, path, type, false, size, sha);
}

int manifest_add_link(struct manifest *m, const char *path, const char *target)
{
	unsigned char sha[32];
	size_t n = strlen(target);

	if (!EVP_Digest(target, n, sha, NULL, EVP_sha256(), NULL))
		return byoc_fail(BYOC_EFAIL, "sha256 failed");
	return manifest_add(m, path, 'l', n, sha);
}

static int cmp_entry(const void *a, const void *b)
{
	const struct manifest_entry *x = a, *y = b;

	return strcmp(x->path, y->path);
}

/* by path, then by the order of adding: of equal paths the last added sorts last */
static int cmp_index(const void *a, const void *b, void *arg)
{
	const struct manifest_entry *v = arg;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int c = strcmp(v[x].path, v[y].path);

	if (c)
		return c;
	return x < y ? -1 : x > y;
}

/* Sorts an index of 4 bytes an entry rather than copies of the entries (56 bytes), then
 * moves the entries into place along the permutation's cycles. */
void manifest_sort(struct manifest *m)
{
	uint32_t *ix;
	size_t i, j, k;

	if (m->sorted || m->n < 2) {
		m->sorted = true;
		return;
	}
	ix = m->n <= UINT32_MAX ? malloc(m->n * sizeof(*ix)) : NULL;
	if (!ix) {
		/* fall back to an unstable sort; duplicates are rare */
		qsort(m->v, m->n, sizeof(*m->v), cmp_entry);
		m->sorted = true;
		return;
	}
	for (i = 0; i < m->n; i++)
		ix[i] = (uint32_t)i;
	qsort_r(ix, m->n, sizeof(*ix), cmp_index, m->v);
	/* slot i is to hold entry ix[i]: follow each cycle once, marking done slots */
	for (i = 0; i < m->n; i++) {
		struct manifest_entry first;

		if (ix[i] == i)
			continue;
		first = m->v[i];
		for (j = i; (k = ix[j]) != i; j = k) {
			m->v[j] = m->v[k];
			ix[j] = (uint32_t)j;
		}
		m->v[j] = first;
		ix[j] = (uint32_t)j;
	}
	free(ix);
	/* of equal paths keep the last added (a later entry overwrites an earlier one), but
	 * an implicit parent only when nothing else has that path */
	for (i = 0, j = 0; i < m->n; i = k) {
		size_t win = i;

		for (k = i + 1; k < m->n && strcmp(m->v[k].path, m->v[i].path) == 0; k++)
			if (!m->v[k].implicit || m->v[win].implicit)
				win = k;
		for (size_t d = i; d < k; d++)
			if (d != win)
				free(m->v[d].path);
		m->v[j++] = m->v[win];
	}
	m->n = j;
	m->sorted = true;
}

static bool has_path(const struct manifest *m, const char *path)
{
	struct manifest_entry key = { .path = (char *)path };

	return m->n && bsearch(&key, m->v, m->n, sizeof(*m->v), cmp_entry) != NULL;
}

int manifest_add_parents(struct manifest *m)
{
	struct manifest extra;
	size_t i, n;
	char *p, *slash;
	int rc = 0;

	if (m->nruns)
		return byoc_fail(BYOC_EUSAGE, "manifest: parents of a manifest that spilled");
	manifest_sort(m);
	manifest_init(&extra);
	n = m->n;
	for (i = 0; i < n && !rc; i++) {
		p = strdup(m->v[i].path);
		if (!p)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		for (slash = strchr(p, '/'); slash && !rc; slash = strchr(slash + 1, '/')) {
			*slash = '\0';
			if (!has_path(m, p)) {
				manifest_sort(&extra);
				if (!has_path(&extra, p))
					rc = manifest_add(&extra, p, 'd', 0, NULL);
			}
			*slash = '/';
		}
		free(p);
	}
	for (i = 0; i < extra.n && !rc; i++)
		rc = add_entry(m, extra.v[i].path, 'd', true, 0, NULL);
	manifest_release(&extra);
	manifest_sort(m);
	return rc;
}

int manifest_add_parents_of(struct manifest *m, const char *path, const char *prev)
{
	size_t plen = prev ? strlen(prev) : 0;
	struct buf a;
	int rc = 0;

	buf_init(&a, 1 << 16);
	for (const char *slash = strchr(path, '/'); slash && !rc; slash = strchr(slash + 1, '/')) {
		size_t n = (size_t)(slash - path);

		/* prev is that parent, or lies below it: implied when prev was added */
		if (prev && plen >= n && !memcmp(prev, path, n) && (plen == n || prev[n] == '/'))
			continue;
		buf_reset(&a);
		if (!(rc = buf_append(&a, path, n)))
			rc = add_entry(m, a.data, 'd', true, 0, NULL);
	}
	buf_release(&a);
	return rc;
}

int manifest_merge(struct manifest *m, const struct manifest *src)
{
	size_t i;
	int rc = 0;

	if (src->nruns)
		return byoc_fail(BYOC_EUSAGE, "manifest: merge of a manifest that spilled");
	for (i = 0; i < src->n && !rc; i++)
		rc = add_entry(m, src->v[i].path, src->v[i].type, src->v[i].implicit, src->v[i].size,
			       src->v[i].type == 'd' ? NULL : src->v[i].sha);
	return rc;
}

/* Appends src's runs to m's spool: they are newer than m's and older than what either
 * holds in memory. */
static int copy_runs(struct manifest *m, struct manifest *src)
{
	char piece[65536];
	struct manifest_run *v;
	int rc;

	if (!src->nruns)
		return 0;
	if (!m->spool && (rc = spool_open(&m->spool)))
		return rc;
	v = realloc(m->runs, (m->nruns + src->nruns) * sizeof(*v));
	if (!v)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	m->runs = v;
	if (fflush(src->spool) != 0 || fseeko(m->spool, 0, SEEK_END) != 0)
		return byoc_fail_errno(BYOC_EIO, "manifest spool");
	for (size_t r = 0; r < src->nruns; r++) {
		int64_t off = src->runs[r].off, end = off + src->runs[r].len;

		m->runs[m->nruns].off = (int64_t)ftello(m->spool);
		m->runs[m->nruns].len = src->runs[r].len;
		while (off < end) {
			size_t want = end - off < (int64_t)sizeof(piece) ? (size_t)(end - off) : sizeof(piece);
			ssize_t got = pread(fileno(src->spool), piece, want, (off_t)off);

			if (got <= 0 || fwrite(piece, 1, (size_t)got, m->spool) != (size_t)got)
				return byoc_fail_errno(BYOC_EIO, "cannot copy a manifest run (is TMPDIR full?)");
			off += got;
		}
		m->nruns++;
	}
	return 0;
}

int manifest_take(struct manifest *m, struct manifest *src)
{
	size_t i, at = m->spill_at ? m->spill_at : src->spill_at;
	int rc;

	if (m->n == 0 && m->nruns == 0) {  /* the whole manifest changes hands */
		free(m->v);
		free(m->runs);
		if (m->spool)
			fclose(m->spool);
		*m = *src;
		m->spill_at = at;
		manifest_init(src);
		return 0;
	}
	m->spill_at = at;
	if (src->nruns) {
		if ((m->n && (rc = spill_run(m))) || (rc = copy_runs(m, src)))
			return rc;
	}
	if (src->n > m->cap - m->n) {
		size_t cap = m->n + src->n;
		struct manifest_entry *v = realloc(m->v, cap * sizeof(*v));

		if (!v)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		m->v = v;
		m->cap = cap;
	}
	for (i = 0; i < src->n; i++) {
		if (m->n && m->sorted && strcmp(m->v[m->n - 1].path, src->v[i].path) >= 0)
			m->sorted = false;
		m->v[m->n++] = src->v[i];
	}
	src->n = 0;
	manifest_release(src);
	return m->spill_at && m->n >= m->spill_at ? spill_run(m) : 0;
}

/* ---- runs ----------------------------------------------------------------------------
 * A run is the sorted, one-per-path entries of memory at one moment, as records of
 *     u32 path length, path, u8 type, u8 implicit, u64 size, 32 bytes sha256. */

static int put_record(struct manifest *m, const struct manifest_entry *e)
{
	uint32_t len = (uint32_t)strlen(e->path);
	unsigned char t[2] = { (unsigned char)e->type, e->implicit };

	if (fwrite(&len, sizeof(len), 1, m->spool) != 1 || fwrite(e->path, 1, len, m->spool) != len ||
	    fwrite(t, 1, 2, m->spool) != 2 || fwrite(&e->size, sizeof(e->size), 1, m->spool) != 1 ||
	    fwrite(e->sha, 1, 32, m->spool) != 32)
		return byoc_fail_errno(BYOC_EIO, "cannot write the manifest to a temporary file (is TMPDIR full?)");
	return 0;
}

static int compact(struct manifest *m);

static int spill_run(struct manifest *m)
{
	struct manifest_run *v;
	size_t i;
	int rc;

	if (!m->n)
		return 0;
	if (!m->spool && (rc = spool_open(&m->spool)))
		return rc;
	v = realloc(m->runs, (m->nruns + 1) * sizeof(*v));
	if (!v)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	m->runs = v;
	manifest_sort(m);
	if (fseeko(m->spool, 0, SEEK_END) != 0)
		return byoc_fail_errno(BYOC_EIO, "manifest spool");
	v[m->nruns].off = (int64_t)ftello(m->spool);
	v[m->nruns].level = 0;
	for (i = 0; i < m->n; i++)
		if ((rc = put_record(m, &m->v[i])))
			return rc;
	v[m->nruns].len = (int64_t)ftello(m->spool) - v[m->nruns].off;
	m->nruns++;
	for (i = 0; i < m->n; i++)
		free(m->v[i].path);
	m->n = 0;
	m->sorted = true;
	return compact(m);
}

/* One input of a cursor: a run read back through a buffer, or the entries in memory. */
struct source {
	bool mem;
	size_t i;
	int64_t off, end;
	char *buf;
	size_t bpos, blen;
	struct buf path;
	struct manifest_entry cur;
	bool has;
};

struct manifest_cursor {
	struct manifest *m;
	struct source *s;
	size_t ns;
	struct buf path;
	struct manifest_entry out;
};

enum { RUN_BUF = 16384 };

static int rd(struct manifest *m, struct source *s, void *dst, size_t n)
{
	char *d = dst;

	while (n) {
		size_t k;

		if (s->bpos == s->blen) {
			size_t want = s->end - s->off < RUN_BUF ? (size_t)(s->end - s->off) : RUN_BUF;
			ssize_t got = want ? pread(fileno(m->spool), s->buf, want, (off_t)s->off) : 0;

			if (got <= 0)
				return byoc_fail_errno(BYOC_EIO, "cannot read the manifest back from its temporary file");
			s->off += got;
			s->bpos = 0;
			s->blen = (size_t)got;
		}
		k = s->blen - s->bpos < n ? s->blen - s->bpos : n;
		if (d) {
			memcpy(d, s->buf + s->bpos, k);
			d += k;
		}
		s->bpos += k;
		n -= k;
	}
	return 0;
}

static int advance(struct manifest *m, struct source *s)
{
	char piece[4096];
	unsigned char t[2];
	uint32_t len;
	int rc;

	if (s->mem) {
		s->has = s->i < m->n;
		if (s->has)
			s->cur = m->v[s->i++];
		return 0;
	}
	s->has = s->off < s->end || s->bpos < s->blen;
	if (!s->has)
		return 0;
	if ((rc = rd(m, s, &len, sizeof(len))))
		return rc;
	buf_reset(&s->path);
	while (len) {
		size_t k = len < sizeof(piece) ? len : sizeof(piece);

		if ((rc = rd(m, s, piece, k)) || (rc = buf_append(&s->path, piece, k)))
			return rc;
		len -= (uint32_t)k;
	}
	if ((rc = rd(m, s, t, 2)) || (rc = rd(m, s, &s->cur.size, sizeof(s->cur.size))) ||
	    (rc = rd(m, s, s->cur.sha, 32)))
		return rc;
	s->cur.path = s->path.data ? s->path.data : "";
	s->cur.type = (char)t[0];
	s->cur.implicit = t[1] != 0;
	return 0;
}

void manifest_cursor_close(struct manifest_cursor *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->ns; i++) {
		free(c->s[i].buf);
		buf_release(&c->s[i].path);
	}
	free(c->s);
	buf_release(&c->path);
	free(c);
}

/* A cursor over runs [first, m->nruns) and, when with_mem, the entries in memory. */
static int cursor_open(struct manifest *m, size_t first, bool with_mem, struct manifest_cursor **out)
{
	struct manifest_cursor *c = calloc(1, sizeof(*c));
	size_t last = with_mem ? m->nruns : m->nruns - 1;
	int rc = 0;

	*out = NULL;
	if (!c || !(c->s = calloc(m->nruns - first + 1, sizeof(*c->s)))) {
		free(c);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	c->m = m;
	buf_init(&c->path, 1 << 16);
	if (with_mem)
		manifest_sort(m);
	if (m->spool && fflush(m->spool) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "manifest spool");
	/* older runs first, memory last: of equal paths the newest wins */
	for (size_t i = first; i <= last && i <= m->nruns && !rc; i++) {
		struct source *s = &c->s[c->ns++];

		buf_init(&s->path, 1 << 16);
		s->mem = i == m->nruns;
		if (!s->mem) {
			s->off = m->runs[i].off;
			s->end = m->runs[i].off + m->runs[i].len;
			if (!(s->buf = malloc(RUN_BUF)))
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		if (!rc)
			rc = advance(m, s);
	}
	if (rc) {
		manifest_cursor_close(c);
		return rc;
	}
	*out = c;
	return 0;
}

int manifest_cursor_open(struct manifest *m, struct manifest_cursor **out)
{
	return cursor_open(m, 0, true, out);
}

int manifest_cursor_next(struct manifest_cursor *c, const struct manifest_entry **e)
{
	struct source *min = NULL, *win = NULL;
	size_t i;
	int rc;

	for (i = 0; i < c->ns; i++)
		if (c->s[i].has && (!min || strcmp(c->s[i].cur.path, min->cur.path) < 0))
			min = &c->s[i];
	if (!min)
		return 0;
	for (i = 0; i < c->ns; i++) {
		struct source *s = &c->s[i];

		if (s->has && (s == min || strcmp(s->cur.path, min->cur.path) == 0) &&
		    (!win || !s->cur.implicit || win->cur.implicit))
			win = s;
	}
	buf_reset(&c->path);
	if ((rc = buf_puts(&c->path, win->cur.path)))
		return rc;
	c->out = win->cur;
	c->out.path = c->path.data;
	for (i = 0; i < c->ns; i++) {
		struct source *s = &c->s[i];

		if (s->has && strcmp(s->cur.path, c->out.path) == 0 && (rc = advance(c->m, s)))
			return rc;
	}
	*e = &c->out;
	return 1;
}

/*
 * Whenever the newest RUN_FANIN runs have the same level, they are merged into one run of
 * the next level (a counter in base RUN_FANIN): a cursor never reads more than a few dozen
 * runs, and each entry is rewritten once per level. The space of merged runs is given back.
 */
enum { RUN_FANIN = 8 };

static int compact(struct manifest *m)
{
	while (m->nruns >= RUN_FANIN) {
		size_t first = m->nruns - RUN_FANIN, i;
		int level = m->runs[first].level, rc, r;
		struct manifest_cursor *c;
		const struct manifest_entry *e;
		struct manifest_run merged;

		for (i = first + 1; i < m->nruns; i++)
			if (m->runs[i].level != level)
				return 0;
		if ((rc = cursor_open(m, first, false, &c)))
			return rc;
		rc = fseeko(m->spool, 0, SEEK_END) != 0 ? byoc_fail_errno(BYOC_EIO, "manifest spool") : 0;
		merged.off = (int64_t)ftello(m->spool);
		merged.level = level + 1;
		while (!rc && (r = manifest_cursor_next(c, &e)) != 0)
			rc = r < 0 ? r : put_record(m, e);
		manifest_cursor_close(c);
		if (rc)
			return rc;
		merged.len = (int64_t)ftello(m->spool) - merged.off;
		if (fflush(m->spool) != 0)
			return byoc_fail_errno(BYOC_EIO, "manifest spool");
		/* the merged runs were the last ones written, so they lie side by side: one hole
		 * over all of them frees whole blocks, where a hole per run would only zero parts */
		(void)fallocate(fileno(m->spool), FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)m->runs[first].off,
				(off_t)(m->runs[m->nruns - 1].off + m->runs[m->nruns - 1].len - m->runs[first].off));
		m->runs[first] = merged;
		m->nruns = first + 1;
	}
	return 0;
}

static const char hexu[] = "0123456789ABCDEF";

int manifest_escape(const char *path, struct buf *out)
{
	const unsigned char *p;
	char tmp[3];
	int rc;

	for (p = (const unsigned char *)path; *p; p++) {
		if (*p >= 0x21 && *p <= 0x7e && *p != '%') {
			rc = buf_append(out, p, 1);
		} else {
			tmp[0] = '%';
			tmp[1] = hexu[*p >> 4];
			tmp[2] = hexu[*p & 15];
			rc = buf_append(out, tmp, 3);
		}
		if (rc)
			return rc;
	}
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int manifest_unescape(const char *s, size_t n, struct buf *out)
{
	size_t i;
	int hi, lo, rc;
	unsigned char c;

	buf_reset(out);
	if (!n)
		return byoc_fail(BYOC_EPROTO, "empty path");
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '%') {
			if (i + 2 >= n)
				return byoc_fail(BYOC_EPROTO, "truncated %% escape");
			hi = hexval(s[i + 1]);
			lo = hexval(s[i + 2]);
			if (hi < 0 || lo < 0)
				return byoc_fail(BYOC_EPROTO, "bad %% escape");
			c = (unsigned char)(hi << 4 | lo);
			if (c == 0)
				return byoc_fail(BYOC_EPROTO, "NUL byte in path");
			i += 2;
		} else if (c < 0x21 || c > 0x7e) {
			return byoc_fail(BYOC_EPROTO, "unescaped byte 0x%02x in path", c);
		}
		if ((rc = buf_append(out, &c, 1)))
			return rc;
	}
	return 0;
}

int manifest_entry_line(const struct manifest_entry *e, struct buf *out)
{
	char hex[65];
	int rc;

	if (e->type == 'd' || e->type == 'o') {
		rc = buf_printf(out, "%c 0 - ", e->type);
	} else {
		hex_encode(hex, e->sha, 32);
		rc = buf_printf(out, "%c %llu %s ", e->type, (unsigned long long)e->size, hex);
	}
	if (!rc)
		rc = manifest_escape(e->path, out);
	if (!rc)
		rc = buf_append(out, "\n", 1);
	return rc;
}

/* Calls fn (when set) with the canonical line of each entry of the whole manifest, in
 * order, and counts the files and their bytes on the way (when files is set). */
static int each_line(struct manifest *m, int (*fn)(const char *line, size_t n, void *arg), void *arg,
		     uint64_t *files, uint64_t *bytes)
{
	struct manifest_cursor *c;
	const struct manifest_entry *e;
	struct buf line;
	int rc;

	if (files)
		*files = *bytes = 0;
	if ((rc = manifest_cursor_open(m, &c)))
		return rc;
	buf_init(&line, 1 << 20);
	while ((rc = manifest_cursor_next(c, &e)) == 1) {
		if (files && e->type == 'f') {
			(*files)++;
			*bytes += e->size;
		}
		if (!fn)
			continue;
		buf_reset(&line);
		if ((rc = manifest_entry_line(e, &line)) || (rc = fn(line.data, line.len, arg)))
			break;
	}
	buf_release(&line);
	manifest_cursor_close(c);
	return rc < 0 ? rc : 0;
}

static int write_line(const char *line, size_t n, void *arg)
{
	return fwrite(line, 1, n, arg) == n ? 0 : byoc_fail_errno(BYOC_EIO, "cannot write manifest");
}

int manifest_write(struct manifest *m, FILE *f)
{
	return each_line(m, write_line, f, NULL, NULL);
}

static int hash_line(const char *line, size_t n, void *arg)
{
	return EVP_DigestUpdate(arg, line, n) ? 0 : byoc_fail(BYOC_EFAIL, "sha256 failed");
}

int manifest_digest(struct manifest *m, char hexout[65], uint64_t *files, uint64_t *bytes)
{
	EVP_MD_CTX *ctx;
	unsigned char md[32];
	int rc;

	ctx = EVP_MD_CTX_new();
	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(ctx);
		return byoc_fail(BYOC_ENOMEM, "sha256 context");
	}
	rc = each_line(m, hash_line, ctx, files, bytes);
	if (!rc && !EVP_DigestFinal_ex(ctx, md, NULL))
		rc = byoc_fail(BYOC_EFAIL, "sha256 failed");
	if (!rc) {
		hex_encode(hexout, md, 32);
	}
	EVP_MD_CTX_free(ctx);
	return rc;
}

int manifest_sha256(struct manifest *m, char hexout[65])
{
	return manifest_digest(m, hexout, NULL, NULL);
}

static int parse_line(struct manifest *m, const char *s, size_t n, struct buf *path)
{
	unsigned char sha[32];
	const char *p = s, *end = s + n, *sp;
	unsigned long long size = 0;
	char type;
	int i, hi, lo, rc;

	if (n < 7 || s[1] != ' ')
		return byoc_fail(BYOC_EPROTO, "expected '<type> <size> <sha256> <path>'");
	type = s[0];
	if (type != 'f' && type != 'd' && type != 'l' && type != 'o')
		return byoc_fail(BYOC_EPROTO, "unknown entry type '%c'", type);
	p = s + 2;
	if (p >= end || *p < '0' || *p > '9')
		return byoc_fail(BYOC_EPROTO, "bad size");
	for (; p < end && *p >= '0' && *p <= '9'; p++) {
		if (size > (UINT64_MAX - 9) / 10)
			return byoc_fail(BYOC_EPROTO, "size out of range");
		size = size * 10 + (unsigned)(*p - '0');
	}
	if (p >= end || *p != ' ')
		return byoc_fail(BYOC_EPROTO, "bad size");
	p++;
	sp = memchr(p, ' ', (size_t)(end - p));
	if (!sp)
		return byoc_fail(BYOC_EPROTO, "missing path");
	memset(sha, 0, sizeof(sha));
	if (type == 'd' || type == 'o') {
		if (sp - p != 1 || *p != '-' || size != 0)
			return byoc_fail(BYOC_EPROTO, "a directory has size 0 and sha256 '-'");
	} else {
		if (sp - p != 64)
			return byoc_fail(BYOC_EPROTO, "bad sha256");
		for (i = 0; i < 32; i++) {
			hi = hexval(p[2 * i]);
			lo = hexval(p[2 * i + 1]);
			if (hi < 0 || lo < 0 || (p[2 * i] >= 'A' && p[2 * i] <= 'F') ||
			    (p[2 * i + 1] >= 'A' && p[2 * i + 1] <= 'F'))
				return byoc_fail(BYOC_EPROTO, "bad sha256");
			sha[i] = (unsigned char)(hi << 4 | lo);
		}
	}
	p = sp + 1;
	if ((rc = manifest_unescape(p, (size_t)(end - p), path)))
		return rc;
	return manifest_add(m, path->data, type, size, type == 'd' || type == 'o' ? NULL : sha);
}

int manifest_parse_file(struct manifest *m, FILE *f)
{
	struct buf path;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int rc = 0;

	buf_init(&path, 1 << 16);
	while ((n = getline(&line, &cap, f)) > 0) {
		lineno++;
		if (line[n - 1] == '\n')
			n--;
		if (n > 0 && (rc = parse_line(m, line, (size_t)n, &path))) {
			rc = byoc_fail_wrap(rc, "manifest line %zu", lineno);
			break;
		}
	}
	if (!rc && ferror(f))
		rc = byoc_fail_errno(BYOC_EIO, "cannot read the manifest");
	free(line);
	buf_release(&path);
	return rc;
}

int manifest_parse(struct manifest *m, const char *text, size_t len)
{
	struct buf path;
	const char *p = text, *end = text + len, *nl;
	size_t lineno = 0, i;
	int rc = 0;

	buf_init(&path, 1 << 16);
	while (p < end) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (nl > p && (rc = parse_line(m, p, (size_t)(nl - p), &path))) {
			rc = byoc_fail_wrap(rc, "manifest line %zu", lineno);
			goto out;
		}
		p = nl + 1;
	}
	m->sorted = false;
	{
		size_t before = m->n;

		/* detect duplicates before manifest_sort collapses them */
		struct manifest_entry *v = m->v;

		if (m->n > 1)
			qsort(v, m->n, sizeof(*v), cmp_entry);
		for (i = 1; i < before; i++) {
			if (strcmp(v[i - 1].path, v[i].path) == 0) {
				rc = byoc_fail(BYOC_EPROTO, "manifest lists a path twice");
				goto out;
			}
		}
		m->sorted = true;
	}
out:
	buf_release(&path);
	return rc;
}

static void describe(char *out, size_t n, const char *what, const char *path)
{
	struct buf e;

	buf_init(&e, 8192);
	if (manifest_escape(path, &e) == 0)
		snprintf(out, n, "%s '%s'", what, e.data);
	else
		snprintf(out, n, "%s (a very long path)", what);
	buf_release(&e);
}

static const char *type_name(char t)
{
	switch (t) {
	case 'f': return "file";
	case 'd': return "directory";
	case 'l': return "symlink";
	default: return "special file";
	}
}

/* The first difference of x (expected) and y (found) into diff; 1 when they differ. */
static int compare_entries(const struct manifest_entry *x, const struct manifest_entry *y, char *diff, size_t n)
{
	char what[160];
	int c = 0;

	if (!y) {
		describe(diff, n, "missing in sandbox:", x->path);
		return 1;
	}
	if (!x || (c = strcmp(x->path, y->path)) > 0) {
		describe(diff, n, "unexpected in sandbox:", y->path);
		return 1;
	}
	if (c < 0) {
		describe(diff, n, "missing in sandbox:", x->path);
		return 1;
	}
	if (x->type != y->type) {
		snprintf(what, sizeof(what), "is a %s in the sandbox, expected a %s:", type_name(y->type),
			 type_name(x->type));
		describe(diff, n, what, x->path);
		return 1;
	}
	if (x->size != y->size) {
		snprintf(what, sizeof(what), "size %llu in the sandbox, expected %llu:", (unsigned long long)y->size,
			 (unsigned long long)x->size);
		describe(diff, n, what, x->path);
		return 1;
	}
	if (memcmp(x->sha, y->sha, 32) != 0) {
		describe(diff, n, x->type == 'l' ? "symlink target differs in the sandbox:"
			 : "content (sha256) differs in the sandbox:", x->path);
		return 1;
	}
	return 0;
}

int manifest_compare(struct manifest *a, struct manifest *b, char *diff, size_t n)
{
	struct manifest_cursor *ca = NULL, *cb = NULL;
	const struct manifest_entry *x = NULL, *y = NULL;
	int ra, rb, rc;

	if (n)
		diff[0] = '\0';
	if ((rc = manifest_cursor_open(a, &ca)) || (rc = manifest_cursor_open(b, &cb)))
		goto out;
	for (;;) {
		if ((ra = manifest_cursor_next(ca, &x)) < 0 || (rb = manifest_cursor_next(cb, &y)) < 0) {
			rc = ra < 0 ? ra : rb;
			break;
		}
		if (!ra && !rb)
			break;
		if ((rc = compare_entries(ra ? x : NULL, rb ? y : NULL, diff, n)))
			break;
	}
out:
	manifest_cursor_close(ca);
	manifest_cursor_close(cb);
	return rc;
}

/* The sandbox's half is two real files, src/lib/sandbox/manifest.sh and manifest.py (compiled in
 * by the Makefile); both halves print sorted canonical lines: python sorts by the raw path
 * bytes, the fallback sorts lines prefixed by the hex of the path (hex keeps byte order). */
static char *sandbox_script;
static pthread_once_t sandbox_script_once = PTHREAD_ONCE_INIT;

static void sandbox_script_make(void)
{
	const char *py = sandbox_program("manifest.py"), *sh = sandbox_program("manifest.sh");
	struct buf b;

	if (!py || !sh)
		return;
	buf_init(&b, (size_t)1 << 20);
	if (buf_puts(&b, "byoc_manifest_py=") == 0 && sh_quote(py, &b) == 0 && buf_puts(&b, "\n") == 0 &&
	    buf_puts(&b, sh) == 0)
		sandbox_script = buf_detach(&b);
	buf_release(&b);
}

const char *manifest_sandbox_script(void)
{
	pthread_once(&sandbox_script_once, sandbox_script_make);
	return sandbox_script ? sandbox_script : "echo 'byoc: the manifest program is missing' >&2; exit 3\n";
}
