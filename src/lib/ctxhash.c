/*
 * SDK-compatible context hash. The walk mirrors Node's readdirSync (libuv
 * scandir sorts with strcmp) and the SDK's recursion exactly; the bytes go
 * through one streaming EVP MD5 with a large read buffer.
 */
#include "lib/ctxhash.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define READ_BUF ((size_t)1 << 20)
#define NSLOTS 4                        /* read-ahead buffers of READ_BUF for big files */
#define PIPELINE_MIN ((off_t)8 << 20)   /* files this big are read by a second thread */

struct walk {
	EVP_MD_CTX *md;
	const struct ctxhash_opts *o;
	struct buf abs;      /* absolute path of the current entry */
	struct buf rel;      /* path relative to the source root ("" at the root) */
	struct buf fpath;    /* archive-relative path for the hooks */
	const char *archive;
	unsigned char *rbuf;
	bool stat_only;
};

static int md_update(struct walk *w, const void *p, size_t n)
{
	if (n && EVP_DigestUpdate(w->md, p, n) != 1)
		return byoc_fail(BYOC_EFAIL, "md5 update failed");
	return 0;
}

static bool cancelled(const struct walk *w)
{
	return w->o && w->o->cancel && *w->o->cancel;
}

/*
 * Big files: a reader thread fills NSLOTS buffers ahead while this thread
 * hashes, so the copy out of the page cache (or the disk) overlaps MD5.
 */
struct readahead {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int fd;
	unsigned char *buf[NSLOTS];
	ssize_t len[NSLOTS];       /* bytes, 0 = end of file, <0 = -errno */
	unsigned long produced, consumed;
	bool stop;
};

static void *reader_main(void *arg)
{
	struct readahead *ra = arg;

	for (;;) {
		unsigned long k;
		ssize_t r;
		bool stop;

		pthread_mutex_lock(&ra->mu);
		while (!ra->stop && ra->produced - ra->consumed >= NSLOTS)
			pthread_cond_wait(&ra->cv, &ra->mu);
		k = ra->produced;
		stop = ra->stop;
		pthread_mutex_unlock(&ra->mu);
		if (stop)
			return NULL;
		do
			r = read(ra->fd, ra->buf[k % NSLOTS], READ_BUF);
		while (r < 0 && errno == EINTR);
		pthread_mutex_lock(&ra->mu);
		ra->len[k % NSLOTS] = r < 0 ? -errno : r;
		ra->produced++;
		pthread_cond_broadcast(&ra->cv);
		pthread_mutex_unlock(&ra->mu);
		if (r <= 0)
			return NULL;
	}
}

static int hash_fd_pipelined(struct walk *w, int fd, const char *path, uint64_t *total, bool *fallback)
{
	struct readahead ra;
	pthread_t th;
	int i, rc = 0;

	memset(&ra, 0, sizeof(ra));
	ra.fd = fd;
	for (i = 0; i < NSLOTS; i++)
		ra.buf[i] = w->rbuf + (size_t)i * READ_BUF;
	pthread_mutex_init(&ra.mu, NULL);
	pthread_cond_init(&ra.cv, NULL);
	if (pthread_create(&th, NULL, reader_main, &ra) != 0) {
		pthread_cond_destroy(&ra.cv);
		pthread_mutex_destroy(&ra.mu);
		*fallback = true;
		return 0;
	}
	for (;;) {
		ssize_t n;
		unsigned long k;

		pthread_mutex_lock(&ra.mu);
		while (ra.produced == ra.consumed)
			pthread_cond_wait(&ra.cv, &ra.mu);
		k = ra.consumed;
		n = ra.len[k % NSLOTS];
		pthread_mutex_unlock(&ra.mu);
		if (n == 0)
			break;
		if (n < 0) {
			errno = (int)-n;
			rc = byoc_fail_errno(BYOC_EIO, "cannot read '%s'", path);
			break;
		}
		if (cancelled(w)) {
			rc = byoc_fail(BYOC_EINTR, "interrupted while hashing '%s'", path);
			break;
		}
		*total += (uint64_t)n;
		if ((rc = md_update(w, ra.buf[k % NSLOTS], (size_t)n)) < 0)
			break;
		pthread_mutex_lock(&ra.mu);
		ra.consumed++;
		pthread_cond_broadcast(&ra.cv);
		pthread_mutex_unlock(&ra.mu);
	}
	pthread_mutex_lock(&ra.mu);
	ra.stop = true;
	pthread_cond_broadcast(&ra.cv);
	pthread_mutex_unlock(&ra.mu);
	pthread_join(th, NULL);
	pthread_cond_destroy(&ra.cv);
	pthread_mutex_destroy(&ra.mu);
	return rc;
}

static int hash_file(struct walk *w, const char *path, uint64_t *size)
{
	struct stat st;
	ssize_t r;
	int fd, rc = 0;
	uint64_t total = 0;
	bool fallback = false;

	/* O_NONBLOCK and the check after: a file swapped for a FIFO or a device since the
	 * walk saw it is refused, never waited on or read forever */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", path);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return byoc_fail(BYOC_EUSAGE, "'%s' is no longer a regular file", path);
	}
	(void)posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	if (st.st_size >= PIPELINE_MIN) {
		rc = hash_fd_pipelined(w, fd, path, &total, &fallback);
		if (!fallback)
			goto out;
	}
	for (;;) {
		if (cancelled(w)) {
			rc = byoc_fail(BYOC_EINTR, "interrupted while hashing '%s'", path);
			break;
		}
		r = read(fd, w->rbuf, READ_BUF);
		if (r == 0)
			break;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			rc = byoc_fail_errno(BYOC_EIO, "cannot read '%s'", path);
			break;
		}
		total += (uint64_t)r;
		if ((rc = md_update(w, w->rbuf, (size_t)r)) < 0)
			break;
	}
out:
	close(fd);
	if (size)
		*size = total;
	return rc;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The archive-relative path of the current rel (for hooks). */
static const char *hook_path(struct walk *w)
{
	buf_reset(&w->fpath);
	if (w->archive[0]) {
		buf_puts(&w->fpath, w->archive);
		/* archivePath may end in '/' ("src/sub/") */
		while (w->fpath.len > 1 && w->fpath.data[w->fpath.len - 1] == '/')
			w->fpath.data[--w->fpath.len] = '\0';
		if (w->rel.len)
			buf_puts(&w->fpath, "/");
	}
	buf_append(&w->fpath, w->rel.data, w->rel.len);
	return w->fpath.data;
}

enum etype { E_OTHER, E_FILE, E_DIR, E_LINK };

struct entry {
	char *name;
	enum etype type;
	struct stat st;
	bool excluded;   /* a directory excluded but walked for exceptions */
};

static int walk_dir(struct walk *w, bool *any_kept);

/* Pushes "/name" on abs and rel; returns the previous lengths. */
static int push(struct walk *w, const char *name, size_t *alen, size_t *rlen)
{
	int rc;

	*alen = w->abs.len;
	*rlen = w->rel.len;
	if ((rc = buf_puts(&w->abs, "/")) < 0 || (rc = buf_puts(&w->abs, name)) < 0)
		return rc;
	if (w->rel.len && (rc = buf_puts(&w->rel, "/")) < 0)
		return rc;
	return buf_puts(&w->rel, name);
}

static void pop(struct walk *w, size_t alen, size_t rlen)
{
	w->abs.len = alen;
	w->abs.data[alen] = '\0';
	w->rel.len = rlen;
	w->rel.data[rlen] = '\0';
}

/* Does the excluded directory at the current path hold anything kept? (only
 * asked when the filter has exceptions). Walks without hashing. */
static bool dir_has_kept(struct walk *w);

static int list_dir(struct walk *w, struct entry **out, size_t *nout)
{
	DIR *d;
	struct dirent *de;
	struct entry *v = NULL;
	size_t n = 0, cap = 0, i;
	char **names = NULL;
	int rc = 0;

	*out = NULL;
	*nout = 0;
	d = opendir(w->abs.data);
	if (!d)
		return byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot read folder '%s'",
				       w->abs.data);
	while ((errno = 0, de = readdir(d))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 32;
			char **p = realloc(names, nc * sizeof(*p));

			if (!p) {
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
				goto out;
			}
			names = p;
			cap = nc;
		}
		if (!(names[n] = strdup(de->d_name))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		n++;
	}
	if (errno) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot read folder '%s'", w->abs.data);
		goto out;
	}
	if (n)
		qsort(names, n, sizeof(*names), cmp_names);
	if (n && !(v = calloc(n, sizeof(*v)))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < n; i++) {
		struct stat st;

		v[i].name = names[i];
		names[i] = NULL;
		if (fstatat(dirfd(d), v[i].name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
			rc = byoc_fail_errno(BYOC_EIO, "cannot stat '%s/%s'", w->abs.data, v[i].name);
			n = i + 1;
			goto out;
		}
		v[i].st = st;
		v[i].type = S_ISREG(st.st_mode) ? E_FILE : S_ISDIR(st.st_mode) ? E_DIR :
			    S_ISLNK(st.st_mode) ? E_LINK : E_OTHER;
	}
out:
	closedir(d);
	for (i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
	if (rc < 0) {
		for (i = 0; v && i < n; i++)
			free(v[i].name);
		free(v);
		return rc;
	}
	*out = v;
	*nout = n;
	return 0;
}

static void free_entries(struct entry *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

/* Applies the filter to the listed entries: dropped ones get type E_OTHER. */
static int filter_entries(struct walk *w, struct entry *v, size_t n)
{
	const struct ctxhash_opts *o = w->o;
	size_t i, alen, rlen;
	int rc;

	if (!o || !o->exclude)
		return 0;
	for (i = 0; i < n; i++) {
		bool is_dir = v[i].type == E_DIR;

		if (v[i].type == E_OTHER)
			continue;
		if ((rc = push(w, v[i].name, &alen, &rlen)) < 0)
			return rc;
		if (o->exclude(hook_path(w), is_dir, o->arg)) {
			if (is_dir && o->may_include_below && o->may_include_below(w->fpath.data, o->arg) &&
			    dir_has_kept(w))
				v[i].excluded = true;
			else
				v[i].type = E_OTHER;
		}
		pop(w, alen, rlen);
	}
	return 0;
}

static bool dir_has_kept(struct walk *w)
{
	struct entry *v;
	size_t n, i, alen, rlen;
	bool kept = false;

	if (list_dir(w, &v, &n) < 0)
		return true;   /* let the real walk report the error */
	if (filter_entries(w, v, n) < 0) {
		free_entries(v, n);
		return true;
	}
	for (i = 0; i < n && !kept; i++) {
		if (v[i].type == E_OTHER)
			continue;
		if (v[i].type != E_DIR || !v[i].excluded) {
			kept = true;
			break;
		}
		if (push(w, v[i].name, &alen, &rlen) < 0) {
			kept = true;
			break;
		}
		kept = dir_has_kept(w);
		pop(w, alen, rlen);
	}
	free_entries(v, n);
	return kept;
}

static int walk_dir(struct walk *w, bool *any_kept)
{
	struct entry *v;
	size_t n, i, alen, rlen;
	bool has_dir_or_file = false;
	int rc;

	if (cancelled(w))
		return byoc_fail(BYOC_EINTR, "interrupted");
	if ((rc = list_dir(w, &v, &n)) < 0)
		return rc;
	if ((rc = filter_entries(w, v, n)) < 0)
		goto out;
	for (i = 0; i < n; i++)
		if (v[i].type == E_DIR || v[i].type == E_FILE)
			has_dir_or_file = true;
	if (!has_dir_or_file && !w->stat_only && (rc = md_update(w, w->rel.data, w->rel.len)) < 0)
		goto out;
	for (i = 0; i < n; i++) {
		if (v[i].type == E_OTHER)
			continue;
		if ((rc = push(w, v[i].name, &alen, &rlen)) < 0)
			goto out;
		if (v[i].type == E_DIR) {
			if (w->o && w->o->on_dir && !v[i].excluded)
				rc = w->o->on_dir(hook_path(w), w->abs.data, &v[i].st, w->o->arg);
			if (rc == 0)
				rc = walk_dir(w, any_kept);
		} else if (v[i].type == E_FILE) {
			if (!w->stat_only) {
				rc = md_update(w, w->rel.data, w->rel.len);
				if (rc == 0)
					rc = hash_file(w, w->abs.data, NULL);
			}
			if (rc == 0 && w->o && w->o->on_file)
				rc = w->o->on_file(hook_path(w), w->abs.data, &v[i].st, w->o->arg);
			*any_kept = true;
		} else if (v[i].type == E_LINK) {
			if (w->o && w->o->on_symlink)
				rc = w->o->on_symlink(hook_path(w), w->abs.data, &v[i].st, w->o->arg);
			*any_kept = true;
		}
		pop(w, alen, rlen);
		if (rc < 0)
			goto out;
	}
out:
	free_entries(v, n);
	return rc;
}

int ctxhash_path(const char *source, const char *archive_path, const struct ctxhash_opts *opts,
		 char hex[CTXHASH_HEX_LEN + 1])
{
	struct walk w;
	struct stat st;
	unsigned char dig[EVP_MAX_MD_SIZE];
	unsigned int dlen = 0;
	bool any = false;
	int rc;

	memset(&w, 0, sizeof(w));
	hex[0] = '\0';
	if (!archive_path)
		archive_path = "";
	w.o = opts;
	w.archive = archive_path;
	w.stat_only = opts && opts->stat_only;
	buf_init(&w.abs, 1 << 16);
	buf_init(&w.rel, 1 << 16);
	buf_init(&w.fpath, 1 << 16);
	if (stat(source, &st) < 0) {
		rc = byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot read '%s'", source);
		goto out;
	}
	if (!(w.md = EVP_MD_CTX_new()) || EVP_DigestInit_ex(w.md, EVP_md5(), NULL) != 1) {
		rc = byoc_fail(BYOC_EFAIL, "cannot initialise md5");
		goto out;
	}
	if (!(w.rbuf = malloc(READ_BUF * NSLOTS))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = md_update(&w, archive_path, strlen(archive_path))) < 0)
		goto out;
	if (S_ISREG(st.st_mode)) {
		if (!w.stat_only)
			rc = hash_file(&w, source, NULL);
		if (rc == 0 && opts && opts->on_file)
			rc = opts->on_file(archive_path, source, &st, opts->arg);
	} else if (S_ISDIR(st.st_mode)) {
		/* strip trailing slashes so that joined paths stay clean */
		if ((rc = buf_puts(&w.abs, source)) < 0)
			goto out;
		while (w.abs.len > 1 && w.abs.data[w.abs.len - 1] == '/')
			w.abs.data[--w.abs.len] = '\0';
		if (opts && opts->on_dir)
			rc = opts->on_dir(hook_path(&w), w.abs.data, &st, opts->arg);
		if (rc == 0)
			rc = walk_dir(&w, &any);
	} else {
		rc = byoc_fail(BYOC_EFAIL, "'%s' is neither a file nor a folder", source);
	}
	if (rc < 0 || w.stat_only)
		goto out;
	if (rc < 0)
		goto out;
	if (EVP_DigestFinal_ex(w.md, dig, &dlen) != 1) {
		rc = byoc_fail(BYOC_EFAIL, "md5 final failed");
		goto out;
	}
	hex_encode(hex, dig, dlen);
out:
	EVP_MD_CTX_free(w.md);
	free(w.rbuf);
	buf_release(&w.abs);
	buf_release(&w.rel);
	buf_release(&w.fpath);
	return rc;
}
