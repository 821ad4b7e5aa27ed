#include "lib/tarstream.h"
#include "lib/bulkform.h"
#include "lib/pathcheck.h"
#include "util/spool.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"

#include <archive.h>
#include <archive_entry.h>
#include <curl/curl.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK (128 * 1024)
#define OUT_MAX ((size_t)8 << 20)
#define MAX_REGIONS 4096

struct ts_root {
	char *host;   /* host path (followed if a symlink) */
	char *as;     /* archive name of host, "" for contents at the root */
};

/*
 * One entry of the walk, as kept in the spool: a record of
 *     u32 root, u8 type ('f', 'd', 'l'), u32 rel length, rel, u32 target length, target
 * (rel relative to the root's host path; target: a symlink's, as checked when walking).
 */
struct ts_ent {
	uint32_t root;
	char type;
	struct buf rel;
	struct buf target;
};

struct region {
	uint64_t start, end;
};

enum { ST_START, ST_NEXT, ST_DATA, ST_CLOSE, ST_META, ST_DONE, ST_FAILED };

struct tarstream {
	struct tarstream_opts o;
	char **excludes;
	struct ts_root *roots;
	size_t nroots;
	/* The walk's entries go to an unlinked temporary file, read back in order as they are
	 * streamed: memory stays flat however many entries a tree has. */
	FILE *spool;
	size_t nents, nfiles;
	struct ts_ent cur;
	struct pathcheck *pc;
	bool prepared;
	bool sparse;   /* a file has holes: only tar keeps them */
	bool trimmed;  /* a name ends in whitespace */
	uint64_t content_total;

	/* streaming state */
	int state;
	int err;
	struct archive *a;
	size_t idx;
	struct buf out;
	size_t out_off;
	struct manifest man;
	uint64_t content_done, out_bytes;

	/* the file being streamed */
	int fd;
	char *cur_name;
	char *cur_host;
	uint64_t size, off;
	struct region *regions;
	size_t nregions, ri;
	EVP_MD_CTX *md;
	unsigned char *chunk;

	/* files mode (o.files_dest set): a bulk-upload multipart body instead of a tar; each
	 * entry's meta line goes to a second spool as it is streamed, sent as the last part */
	struct bulkform form;
	FILE *meta;
};

static const unsigned char zeros[CHUNK];

/* a buf's text, "" when nothing was ever put in it */
#define STR(b) ((b).data ? (b).data : "")

struct tarstream *tarstream_new(const struct tarstream_opts *o)
{
	struct tarstream *ts = calloc(1, sizeof(*ts));
	size_t i;

	if (!ts)
		return NULL;
	if (o)
		ts->o = *o;
	ts->o.excludes = NULL;
	if (ts->o.nexcludes) {
		ts->excludes = calloc(ts->o.nexcludes, sizeof(char *));
		if (!ts->excludes)
			goto fail;
		for (i = 0; i < ts->o.nexcludes; i++)
			if (!(ts->excludes[i] = strdup(o->excludes[i])))
				goto fail;
	}
	ts->pc = pathcheck_new(ts->o.links_out_ok);
	ts->md = EVP_MD_CTX_new();
	ts->chunk = malloc(CHUNK);
	ts->regions = malloc(MAX_REGIONS * sizeof(*ts->regions));
	if (!ts->pc || !ts->md || !ts->chunk || !ts->regions)
		goto fail;
	buf_init(&ts->out, OUT_MAX);
	buf_init(&ts->cur.rel, 1 << 16);
	buf_init(&ts->cur.target, 1 << 16);
	manifest_init(&ts->man);
	manifest_spill(&ts->man, MANIFEST_IN_MEMORY);
	ts->fd = -1;
	ts->o.files_dest = NULL;
	ts->o.meta_dest = NULL;
	return ts;
fail:
	tarstream_free(ts);
	return NULL;
}

static void close_file(struct tarstream *ts)
{
	if (ts->fd >= 0)
		close(ts->fd);
	ts->fd = -1;
	free(ts->cur_name);
	free(ts->cur_host);
	ts->cur_name = ts->cur_host = NULL;
}

static void stop_writer(struct tarstream *ts)
{
	close_file(ts);
	if (ts->a) {
		archive_write_free(ts->a);  /* may flush into out; harmless */
		ts->a = NULL;
	}
}

void tarstream_free(struct tarstream *ts)
{
	size_t i;

	if (!ts)
		return;
	stop_writer(ts);
	for (i = 0; ts->excludes && i < ts->o.nexcludes; i++)
		free(ts->excludes[i]);
	free(ts->excludes);
	for (i = 0; i < ts->nroots; i++) {
		free(ts->roots[i].host);
		free(ts->roots[i].as);
	}
	free(ts->roots);
	if (ts->spool)
		fclose(ts->spool);
	if (ts->meta)
		fclose(ts->meta);
	buf_release(&ts->cur.rel);
	buf_release(&ts->cur.target);
	free((char *)ts->o.files_dest);
	free((char *)ts->o.meta_dest);
	pathcheck_free(ts->pc);
	EVP_MD_CTX_free(ts->md);
	free(ts->chunk);
	free(ts->regions);
	buf_release(&ts->out);
	manifest_release(&ts->man);
	free(ts);
}

/* ---- walking ----------------------------------------------------------------------- */

static int join(struct buf *b, const char *a, const char *c)
{
	buf_reset(b);
	if (buf_puts(b, a))
		return BYOC_ENOMEM;
	if (*a && *c && buf_append(b, "/", 1))
		return BYOC_ENOMEM;
	return buf_puts(b, c);
}

static bool excluded(const struct tarstream *ts, const char *name)
{
	const char *base = strrchr(name, '/');
	size_t i;

	base = base ? base + 1 : name;
	for (i = 0; i < ts->o.nexcludes; i++)
		if (fnmatch(ts->excludes[i], name, 0) == 0 || fnmatch(ts->excludes[i], base, 0) == 0)
			return true;
	return false;
}

static int spool_write_error(void)
{
	return byoc_fail_errno(BYOC_EIO, "cannot write the list of entries to a temporary file (is TMPDIR full?)");
}

static int push_ent(struct tarstream *ts, uint32_t root, char type, const char *rel, const char *target)
{
	uint32_t rn = (uint32_t)strlen(rel), tn = target ? (uint32_t)strlen(target) : 0;
	unsigned char t = (unsigned char)type;
	int rc;

	if (!ts->spool && (rc = spool_open(&ts->spool)))
		return rc;
	if (fwrite(&root, sizeof(root), 1, ts->spool) != 1 || fwrite(&t, 1, 1, ts->spool) != 1 ||
	    fwrite(&rn, sizeof(rn), 1, ts->spool) != 1 || fwrite(rel, 1, rn, ts->spool) != rn ||
	    fwrite(&tn, sizeof(tn), 1, ts->spool) != 1 || (tn && fwrite(target, 1, tn, ts->spool) != tn))
		return spool_write_error();
	ts->nents++;
	ts->nfiles += type == 'f';
	return 0;
}

static int read_str(FILE *f, struct buf *b)
{
	char piece[4096];
	uint32_t n;

	buf_reset(b);
	if (fread(&n, sizeof(n), 1, f) != 1 || buf_append(b, "", 0) != 0)
		return -1;
	while (n) {
		size_t k = n < sizeof(piece) ? n : sizeof(piece);

		if (fread(piece, 1, k, f) != k || buf_append(b, piece, k) != 0)
			return -1;
		n -= (uint32_t)k;
	}
	return 0;
}

/* The next entry of the spool into ts->cur. */
static int next_ent(struct tarstream *ts)
{
	unsigned char t;

	if (fread(&ts->cur.root, sizeof(ts->cur.root), 1, ts->spool) != 1 || fread(&t, 1, 1, ts->spool) != 1 ||
	    read_str(ts->spool, &ts->cur.rel) || read_str(ts->spool, &ts->cur.target) || ts->cur.root >= ts->nroots)
		return byoc_fail_errno(BYOC_EIO, "cannot read back the list of entries from its temporary file");
	ts->cur.type = (char)t;
	return 0;
}

static int name_cmp(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int walk(struct tarstream *ts, uint32_t root, const char *rel, const struct stat *st);

static int walk_dir(struct tarstream *ts, uint32_t root, const char *rel)
{
	struct dirent **list = NULL;
	struct buf host, child;
	struct stat st;
	int n, i, rc = 0;

	buf_init(&host, 1 << 16);
	buf_init(&child, 1 << 16);
	if ((rc = join(&host, ts->roots[root].host, rel)))
		goto out;
	n = scandir(host.data, &list, NULL, name_cmp);
	if (n < 0) {
		rc = byoc_fail_errno(errno == EACCES ? BYOC_EIO : BYOC_EIO, "cannot read directory '%s'", host.data);
		goto out;
	}
	for (i = 0; i < n; i++) {
		const char *d = list[i]->d_name;

		if (rc || strcmp(d, ".") == 0 || strcmp(d, "..") == 0)
			continue;
		if ((rc = join(&child, rel, d)) || (rc = join(&host, ts->roots[root].host, child.data)))
			continue;
		if (lstat(host.data, &st) != 0) {
			rc = byoc_fail_errno(BYOC_EIO, "cannot stat '%s'", host.data);
			continue;
		}
		rc = walk(ts, root, child.data, &st);
	}
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
out:
	buf_release(&host);
	buf_release(&child);
	return rc;
}

static int walk(struct tarstream *ts, uint32_t root, const char *rel, const struct stat *st)
{
	struct buf name, host, target;
	char type;
	int rc = 0, pctype;
	ssize_t got;

	buf_init(&name, 1 << 16);
	buf_init(&host, 1 << 16);
	buf_init(&target, 1 << 16);
	if ((rc = join(&name, ts->roots[root].as, rel)))
		goto out;
	if (!*name.data) {  /* the root directory itself, contents at the archive root */
		rc = walk_dir(ts, root, rel);
		goto out;
	}
	if (excluded(ts, name.data))
		goto out;
	if ((rc = join(&host, ts->roots[root].host, rel)))
		goto out;
	if (S_ISREG(st->st_mode)) {
		type = 'f';
		pctype = PATHCHECK_FILE;
		ts->content_total += (uint64_t)st->st_size;
		if ((uint64_t)st->st_blocks * 512 < (uint64_t)st->st_size)
			ts->sparse = true;
	} else if (S_ISDIR(st->st_mode)) {
		type = 'd';
		pctype = PATHCHECK_DIR;
	} else if (S_ISLNK(st->st_mode)) {
		type = 'l';
		pctype = PATHCHECK_SYMLINK;
		{
			char tmp[1 << 16];

			got = readlink(host.data, tmp, sizeof(tmp) - 1);
			if (got < 0) {
				rc = byoc_fail_errno(BYOC_EIO, "cannot read symlink '%s'", host.data);
				goto out;
			}
			tmp[got] = '\0';
			if ((rc = buf_puts(&target, tmp)))
				goto out;
		}
	} else {
		rc = byoc_fail(BYOC_EREFUSED, "'%s' is a device, fifo or socket; exclude it with --exclude", host.data);
		goto out;
	}
	if ((rc = pathcheck_add(ts->pc, name.data, pctype, type == 'l' ? target.data : NULL, NULL))) {
		rc = byoc_fail_wrap(rc, "'%s'", host.data);
		goto out;
	}
	if ((rc = push_ent(ts, root, type, rel, type == 'l' ? target.data : NULL)))
		goto out;
	if (strchr(" \t\n\v\f\r", name.data[name.len - 1]))
		ts->trimmed = true;
	if (type == 'd')
		rc = walk_dir(ts, root, rel);
out:
	buf_release(&name);
	buf_release(&host);
	buf_release(&target);
	return rc;
}

int tarstream_add(struct tarstream *ts, const char *host_path, const char *as)
{
	struct ts_root *v;
	struct stat st;
	uint32_t r;

	if (ts->prepared)
		return byoc_fail(BYOC_EUSAGE, "tarstream: add after prepare");
	if (stat(host_path, &st) != 0) {
		if (errno == ENOENT)
			return byoc_fail(BYOC_ENOTFOUND, "cannot open '%s': No such file or directory", host_path);
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", host_path);
	}
	if (!as)
		as = "";
	if (!*as && !S_ISDIR(st.st_mode))
		return byoc_fail(BYOC_EUSAGE, "'%s' is not a directory: give it a name in the archive", host_path);
	v = realloc(ts->roots, (ts->nroots + 1) * sizeof(*v));
	if (!v)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	ts->roots = v;
	r = (uint32_t)ts->nroots;
	v[r].host = strdup(host_path);
	v[r].as = strdup(as);
	ts->nroots++;
	if (!v[r].host || !v[r].as)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	return walk(ts, r, "", &st);
}

int tarstream_prepare(struct tarstream *ts)
{
	int rc = pathcheck_finish(ts->pc);

	if (!rc)
		ts->prepared = true;
	return rc;
}

/* ---- streaming --------------------------------------------------------------------- */

static la_ssize_t write_cb(struct archive *a, void *arg, const void *p, size_t n)
{
	struct tarstream *ts = arg;

	(void)a;
	if (ts->out_off == ts->out.len) {
		buf_reset(&ts->out);
		ts->out_off = 0;
	}
	if (buf_append(&ts->out, p, n) != 0)
		return -1;
	ts->out_bytes += n;
	return (la_ssize_t)n;
}

static int fail(struct tarstream *ts, int rc);

/* files mode: bytes straight into the output (no libarchive) */
static int emit(struct tarstream *ts, const void *p, size_t n)
{
	return write_cb(NULL, ts, p, n) < 0 ? byoc_fail(BYOC_ENOMEM, "stream buffer full") : 0;
}

/* The two parts' heads of one bulk-upload file: "files[i].path" = DIR/NAME (or NAME), then
 * "files[i].file", whose bytes follow. */
static int emit_part_head(struct tarstream *ts, const char *dir, const char *name, const char *filename)
{
	struct buf h;
	int rc;

	buf_init(&h, 1 << 17);
	rc = bulkform_file(&ts->form, &h, dir, name, filename);
	if (!rc)
		rc = emit(ts, h.data, h.len);
	buf_release(&h);
	return rc;
}

static int hex_append(struct buf *b, const char *s)
{
	char two[3];
	int rc = 0;

	for (; *s && !rc; s++)
		rc = buf_append(b, hex_encode(two, s, 1), 2);
	return rc;
}

/* The meta part: "TYPE MODE SEC NSEC HEXNAME [HEXTARGET]" per entry, for the sandbox to
 * make directories and symlinks and set modes and mtimes (applied by
 * manifest_sandbox_script with BYOC_META).
 * Each line is spooled as its entry is streamed (the mode and mtime streamed). */
static int meta_line(struct tarstream *ts, const char *name, const struct stat *st, const char *target)
{
	struct buf b;
	int rc;

	if (!ts->meta && (rc = spool_open(&ts->meta)))
		return rc;
	buf_init(&b, 1 << 18);
	rc = buf_printf(&b, "%c %o %lld %ld ", ts->cur.type, (unsigned)(st->st_mode & 07777),
			(long long)st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
	if (!rc)
		rc = hex_append(&b, name);
	if (!rc && ts->cur.type == 'l' && !(rc = buf_puts(&b, " ")))
		rc = hex_append(&b, target);
	if (!rc)
		rc = buf_puts(&b, "\n");
	if (!rc && fwrite(b.data, 1, b.len, ts->meta) != b.len)
		rc = spool_write_error();
	buf_release(&b);
	return rc;
}

static int meta_step(struct tarstream *ts)
{
	size_t got = ts->meta ? fread(ts->chunk, 1, CHUNK, ts->meta) : 0;
	int rc;

	if (ts->meta && ferror(ts->meta))
		return fail(ts, byoc_fail_errno(BYOC_EIO, "cannot read back the meta part from its temporary file"));
	if (got) {
		if ((rc = emit(ts, ts->chunk, got)))
			return fail(ts, rc);
		return 0;
	}
	{
		struct buf end;

		buf_init(&end, 128);
		rc = bulkform_end(&ts->form, &end);
		if (!rc)
			rc = emit(ts, end.data, end.len);
		buf_release(&end);
		if (rc)
			return fail(ts, rc);
	}
	manifest_sort(&ts->man);
	ts->state = ST_DONE;
	return 0;
}

static int fail(struct tarstream *ts, int rc)
{
	ts->state = ST_FAILED;
	ts->err = rc;
	stop_writer(ts);
	return rc;
}

static int arch_fail(struct tarstream *ts, const char *what)
{
	const char *e = ts->a ? archive_error_string(ts->a) : NULL;

	return fail(ts, byoc_fail(BYOC_EFAIL, "%s: %s", what, e ? e : "libarchive error"));
}

static int open_writer(struct tarstream *ts)
{
	int r;

	if (ts->o.files_dest)
		return 0;
	ts->a = archive_write_new();
	if (!ts->a)
		return fail(ts, byoc_fail(BYOC_ENOMEM, "out of memory"));
	switch (ts->o.compress) {
	case TARSTREAM_GZIP: r = archive_write_add_filter_gzip(ts->a); break;
	case TARSTREAM_ZSTD: r = archive_write_add_filter_zstd(ts->a); break;
	default: r = archive_write_add_filter_none(ts->a); break;
	}
	if (r != ARCHIVE_OK)
		return arch_fail(ts, "compression");
	/* Names are raw bytes: in the C locale libarchive stores names it cannot
	 * convert to UTF-8 as-is with a per-entry hdrcharset=BINARY pax record. */
	if (archive_write_set_format_pax_restricted(ts->a) != ARCHIVE_OK)
		return arch_fail(ts, "tar format");
	archive_write_set_bytes_per_block(ts->a, 10240);
	archive_write_set_bytes_in_last_block(ts->a, 1);
	if (archive_write_open2(ts->a, ts, NULL, write_cb, NULL, NULL) != ARCHIVE_OK)
		return arch_fail(ts, "tar writer");
	return 0;
}

static int find_regions(struct tarstream *ts, int fd, const struct stat *st)
{
	off_t pos = 0, data, hole;

	ts->nregions = 0;
	ts->ri = 0;
	if (st->st_size == 0)
		return 0;
	if ((uint64_t)st->st_blocks * 512 >= (uint64_t)st->st_size)
		goto dense;
	while (pos < st->st_size) {
		data = lseek(fd, pos, SEEK_DATA);
		if (data < 0) {
			if (errno == ENXIO)
				break;      /* only a hole from here */
			goto dense;
		}
		hole = lseek(fd, data, SEEK_HOLE);
		if (hole < 0)
			goto dense;
		if (hole > st->st_size)
			hole = st->st_size;
		if (ts->nregions == MAX_REGIONS)
			goto dense;
		ts->regions[ts->nregions].start = (uint64_t)data;
		ts->regions[ts->nregions].end = (uint64_t)hole;
		ts->nregions++;
		pos = hole;
	}
	return 1;
dense:
	ts->nregions = 1;
	ts->regions[0].start = 0;
	ts->regions[0].end = (uint64_t)st->st_size;
	return 0;
}

static int begin_entry(struct tarstream *ts)
{
	struct ts_ent *en = &ts->cur;
	const struct ts_root *ro;
	struct archive_entry *e = NULL;
	struct buf name, host;
	struct stat st;
	char target[1 << 16];
	ssize_t got;
	int rc = 0, sparse = 0;
	size_t i;

	buf_init(&name, 1 << 16);
	buf_init(&host, 1 << 16);
	if ((rc = next_ent(ts))) {
		rc = fail(ts, rc);
		goto out;
	}
	ts->idx++;
	ro = &ts->roots[en->root];
	if (join(&name, ro->as, STR(en->rel)) || join(&host, ro->host, STR(en->rel))) {
		rc = fail(ts, byoc_fail(BYOC_ENOMEM, "out of memory"));
		goto out;
	}
	if (lstat(host.data, &st) != 0) {
		rc = fail(ts, byoc_fail_errno(BYOC_EIO, "cannot stat '%s' (changed while seeding?)", host.data));
		goto out;
	}
	if ((en->type == 'f' && !S_ISREG(st.st_mode)) || (en->type == 'd' && !S_ISDIR(st.st_mode)) ||
	    (en->type == 'l' && !S_ISLNK(st.st_mode))) {
		rc = fail(ts, byoc_fail(BYOC_EIO, "'%s' changed type while it was being seeded", host.data));
		goto out;
	}
	e = archive_entry_new();
	if (!e) {
		rc = fail(ts, byoc_fail(BYOC_ENOMEM, "out of memory"));
		goto out;
	}
	archive_entry_copy_pathname(e, name.data);
	archive_entry_set_mode(e, st.st_mode);
	archive_entry_set_mtime(e, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	archive_entry_set_uid(e, st.st_uid);
	archive_entry_set_gid(e, st.st_gid);
	if (en->type == 'l') {
		got = readlink(host.data, target, sizeof(target) - 1);
		if (got < 0) {
			rc = fail(ts, byoc_fail_errno(BYOC_EIO, "cannot read symlink '%s'", host.data));
			goto out;
		}
		target[got] = '\0';
		archive_entry_copy_symlink(e, target);
		archive_entry_set_size(e, 0);
		/* the target was checked when walking; a changed one is refused */
		if (strcmp(STR(en->target), target) != 0) {
			rc = fail(ts, byoc_fail(BYOC_EIO, "symlink '%s' changed while it was being seeded", host.data));
			goto out;
		}
		if ((rc = manifest_add_link(&ts->man, name.data, target)))
			goto fail_rc;
	} else if (en->type == 'd') {
		archive_entry_set_size(e, 0);
		if ((rc = manifest_add(&ts->man, name.data, 'd', 0, NULL)))
			goto fail_rc;
	} else {
		/* O_NONBLOCK: swapped for a FIFO since the walk, it is refused below, never waited on */
		ts->fd = open(host.data, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		if (ts->fd < 0 || fstat(ts->fd, &st) != 0) {
			rc = fail(ts, byoc_fail_errno(BYOC_EIO, "cannot open '%s'", host.data));
			goto out;
		}
		if (!S_ISREG(st.st_mode)) {
			rc = fail(ts, byoc_fail(BYOC_EIO, "'%s' changed type while it was being seeded", host.data));
			goto out;
		}
		ts->size = (uint64_t)st.st_size;
		ts->off = 0;
		archive_entry_set_size(e, st.st_size);
		sparse = find_regions(ts, ts->fd, &st);
		if (sparse) {
			for (i = 0; i < ts->nregions; i++)
				archive_entry_sparse_add_entry(e, (la_int64_t)ts->regions[i].start,
							       (la_int64_t)(ts->regions[i].end - ts->regions[i].start));
			if (ts->nregions == 0 || ts->regions[ts->nregions - 1].end < ts->size)
				archive_entry_sparse_add_entry(e, (la_int64_t)ts->size, 0);
		}
		posix_fadvise(ts->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
		if (!EVP_DigestInit_ex(ts->md, EVP_sha256(), NULL)) {
			rc = fail(ts, byoc_fail(BYOC_EFAIL, "sha256 failed"));
			goto out;
		}
		ts->cur_name = strdup(name.data);
		ts->cur_host = strdup(host.data);
		if (!ts->cur_name || !ts->cur_host) {
			rc = fail(ts, byoc_fail(BYOC_ENOMEM, "out of memory"));
			goto out;
		}
	}
	if (ts->o.files_dest) {
		if ((rc = meta_line(ts, name.data, &st, target)))
			goto fail_rc;
		if (en->type == 'f' && (rc = emit_part_head(ts, ts->o.files_dest, name.data, "f")))
			goto fail_rc;
	} else if (archive_write_header(ts->a, e) < ARCHIVE_WARN) {
		rc = arch_fail(ts, host.data);
		goto out;
	}
	if (en->type == 'f')
		ts->state = ST_DATA;
	goto out;
fail_rc:
	rc = fail(ts, rc);
out:
	if (e)
		archive_entry_free(e);
	buf_release(&name);
	buf_release(&host);
	return rc;
}

static int end_file(struct tarstream *ts)
{
	unsigned char md[32];
	int rc;

	if (!EVP_DigestFinal_ex(ts->md, md, NULL))
		return fail(ts, byoc_fail(BYOC_EFAIL, "sha256 failed"));
	/* files mode: the next part's head ends this file's bytes */
	if (!ts->o.files_dest && archive_write_finish_entry(ts->a) < ARCHIVE_WARN)
		return arch_fail(ts, ts->cur_host);
	if ((rc = manifest_add(&ts->man, ts->cur_name, 'f', ts->size, md)))
		return fail(ts, rc);
	close_file(ts);
	ts->state = ST_NEXT;
	return 0;
}

/* The next piece of the current file at ts->off, at most max bytes: read into dst, or in a
 * hole pointed at zeros. Hashed and counted. Its length, or a BYOC_E* code. */
static ssize_t next_piece(struct tarstream *ts, unsigned char *dst, size_t max, const unsigned char **p)
{
	uint64_t want;
	ssize_t got;

	while (ts->ri < ts->nregions && ts->regions[ts->ri].end <= ts->off)
		ts->ri++;
	if (ts->ri < ts->nregions && ts->regions[ts->ri].start <= ts->off) {
		want = ts->regions[ts->ri].end - ts->off;
		if (want > max)
			want = max;
		do
			got = pread(ts->fd, dst, (size_t)want, (off_t)ts->off);
		while (got < 0 && errno == EINTR);
		if (got < 0)
			return fail(ts, byoc_fail_errno(BYOC_EIO, "cannot read '%s'", ts->cur_host));
		if (got == 0)
			return fail(ts, byoc_fail(BYOC_EIO, "'%s' shrank while it was being seeded", ts->cur_host));
		*p = dst;
	} else {
		want = (ts->ri < ts->nregions ? ts->regions[ts->ri].start : ts->size) - ts->off;
		if (want > max)
			want = max;
		if (want > CHUNK)
			want = CHUNK;
		got = (ssize_t)want;
		*p = zeros;
	}
	EVP_DigestUpdate(ts->md, *p, (size_t)got);
	ts->off += (uint64_t)got;
	ts->content_done += (uint64_t)got;
	return got;
}

static int data_step(struct tarstream *ts)
{
	const unsigned char *p;
	ssize_t got;

	if (ts->off >= ts->size)
		return end_file(ts);
	if ((got = next_piece(ts, ts->chunk, CHUNK, &p)) < 0)
		return (int)got;
	if (ts->o.files_dest) {
		int rc = emit(ts, p, (size_t)got);

		if (rc)
			return fail(ts, rc);
	} else if (archive_write_data(ts->a, p, (size_t)got) != got)
		return arch_fail(ts, ts->cur_host);
	if (ts->off >= ts->size)
		return end_file(ts);
	return 0;
}

static int step(struct tarstream *ts)
{
	switch (ts->state) {
	case ST_START:
		if (!ts->prepared)
			return fail(ts, byoc_fail(BYOC_EUSAGE, "tarstream: read before prepare"));
		if (ts->spool && (fflush(ts->spool) != 0 || fseeko(ts->spool, 0, SEEK_SET) != 0))
			return fail(ts, spool_write_error());
		if (ts->meta && (fseeko(ts->meta, 0, SEEK_SET) != 0 || ftruncate(fileno(ts->meta), 0) != 0))
			return fail(ts, spool_write_error());
		if (open_writer(ts))
			return ts->err;
		ts->state = ST_NEXT;
		return 0;
	case ST_NEXT:
		if (ts->idx < ts->nents)
			return begin_entry(ts);
		ts->state = ST_CLOSE;
		return 0;
	case ST_DATA:
		return data_step(ts);
	case ST_CLOSE:
		if (ts->o.files_dest) {
			int rc = emit_part_head(ts, NULL, ts->o.meta_dest, "m");

			if (rc)
				return fail(ts, rc);
			if (ts->meta && (fflush(ts->meta) != 0 || fseeko(ts->meta, 0, SEEK_SET) != 0))
				return fail(ts, spool_write_error());
			ts->state = ST_META;
			return 0;
		}
		if (archive_write_close(ts->a) != ARCHIVE_OK)
			return arch_fail(ts, "finishing the tar stream");
		archive_write_free(ts->a);
		ts->a = NULL;
		manifest_sort(&ts->man);
		ts->state = ST_DONE;
		return 0;
	case ST_META:
		return meta_step(ts);
	case ST_FAILED:
		return ts->err;
	default:
		return 0;
	}
}

/* Files mode, inside a file's data: its bytes are read straight into the reader's buffer
 * and hashed there, not copied through ts->out (two copies of every byte fewer). */
static ssize_t data_direct(struct tarstream *ts, unsigned char *buf, size_t n)
{
	const unsigned char *p;
	ssize_t got = next_piece(ts, buf, n, &p);
	int rc;

	if (got < 0)
		return got;
	if (p != buf)
		memcpy(buf, p, (size_t)got);  /* a hole's zeros */
	ts->out_bytes += (uint64_t)got;
	if (ts->off >= ts->size && (rc = end_file(ts)))
		return rc;
	return got;
}

ssize_t tarstream_read(struct tarstream *ts, void *buf, size_t n)
{
	size_t avail;
	int rc;

	if (ts->o.files_dest && ts->state == ST_DATA && ts->out_off == ts->out.len && ts->off < ts->size && n &&
	    !(ts->o.cancel && *ts->o.cancel))
		return data_direct(ts, buf, n);
	while (ts->out_off == ts->out.len) {
		if (ts->state == ST_DONE)
			return 0;
		if (ts->state == ST_FAILED)
			return ts->err;
		if (ts->o.cancel && *ts->o.cancel)
			return fail(ts, byoc_fail(BYOC_EINTR, "interrupted"));
		if ((rc = step(ts)))
			return rc;
	}
	avail = ts->out.len - ts->out_off;
	if (avail > n)
		avail = n;
	memcpy(buf, ts->out.data + ts->out_off, avail);
	ts->out_off += avail;
	return (ssize_t)avail;
}

size_t tarstream_curl_read(char *buf, size_t size, size_t nitems, void *userdata)
{
	ssize_t got = tarstream_read(userdata, buf, size * nitems);

	if (got < 0)
		return CURL_READFUNC_ABORT;
	return (size_t)got;
}

int tarstream_rewind(struct tarstream *ts)
{
	stop_writer(ts);
	buf_reset(&ts->out);
	ts->out_off = 0;
	manifest_release(&ts->man);
	manifest_spill(&ts->man, MANIFEST_IN_MEMORY);
	ts->idx = 0;
	ts->err = 0;
	ts->content_done = 0;
	ts->out_bytes = 0;
	ts->form.nfiles = 0;
	ts->state = ST_START;
	return 0;
}

struct manifest *tarstream_manifest(struct tarstream *ts)
{
	return &ts->man;
}

size_t tarstream_entries(const struct tarstream *ts)
{
	return ts->nents;
}

uint64_t tarstream_content_total(const struct tarstream *ts)
{
	return ts->content_total;
}

uint64_t tarstream_content_done(const struct tarstream *ts)
{
	return ts->content_done;
}

uint64_t tarstream_out_bytes(const struct tarstream *ts)
{
	return ts->out_bytes;
}

int tarstream_error(const struct tarstream *ts)
{
	return ts->err;
}

int tarstream_use_files(struct tarstream *ts, const char *files_dest, const char *meta_dest)
{
	int rc;

	if (ts->state != ST_START || ts->o.files_dest)
		return byoc_fail(BYOC_EUSAGE, "tarstream: files mode must be chosen once, before reading");
	if (ts->o.compress != TARSTREAM_NONE)
		return byoc_fail(BYOC_EUSAGE, "tarstream: files mode sends files as they are: no compression");
	if (!files_dest || !meta_dest || strpbrk(files_dest, "\r\n") || strpbrk(meta_dest, "\r\n"))
		return byoc_fail(BYOC_EUSAGE, "tarstream: bad files-mode destination");
	if ((rc = bulkform_init(&ts->form)) < 0)
		return rc;
	ts->o.files_dest = strdup(files_dest);
	ts->o.meta_dest = strdup(meta_dest);
	if (!ts->o.files_dest || !ts->o.meta_dest)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	return 0;
}

const char *tarstream_content_type(const struct tarstream *ts)
{
	return ts->o.files_dest ? ts->form.content_type : NULL;
}

size_t tarstream_files(const struct tarstream *ts)
{
	return ts->nfiles;
}

bool tarstream_files_fit(const struct tarstream *ts)
{
	return !ts->sparse && !ts->trimmed;
}
