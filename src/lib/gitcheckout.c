#include "lib/gitcheckout.h"
#include "util/buf.h"
#include "util/err.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_DEPTH 4096

/* Where the tree goes: files under a folder, or entries of a tar archive (no file is made). */
struct sink {
	struct archive *a;      /* NULL: files */
	int scratch;            /* tar: a file's bytes first go here, to learn its size for its header */
	mode_t umask;           /* tar: the modes git would make (files and folders 0666/0777 less it) */
	uid_t uid;
	gid_t gid;
	char *chunk;
};

struct frame {
	unsigned char *data;    /* the tree object */
	size_t len, pos;
	size_t pathlen;         /* of the path buffer to go back to when this tree is done */
	size_t dirlen;          /* of this folder's own path, '/' included */
	bool made;              /* the folder exists: made when its first entry is */
	bool attrs;             /* a .gitattributes here or above may ask for a conversion */
	const char *prev;       /* the previous entry's name, to check the order */
	size_t prevlen;
	bool prevdir;
};

struct index_out {
	FILE *f;
	uint64_t entries;
};

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* one entry of a version 2 index: stat data, mode, id, flags, path, NUL padding to 8 bytes */
static int index_add(struct index_out *ix, const char *path, uint32_t mode, const unsigned char oid[20],
		     const struct stat *st)
{
	unsigned char e[62];
	size_t n = strlen(path), pad = 8 - (62 + n) % 8;
	static const char zeros[8];

	memset(e, 0, sizeof(e));
	if (st) {
		put32(e, (uint32_t)st->st_ctim.tv_sec);
		put32(e + 4, (uint32_t)st->st_ctim.tv_nsec);
		put32(e + 8, (uint32_t)st->st_mtim.tv_sec);
		put32(e + 12, (uint32_t)st->st_mtim.tv_nsec);
		put32(e + 16, (uint32_t)st->st_dev);
		put32(e + 20, (uint32_t)st->st_ino);
		put32(e + 28, (uint32_t)st->st_uid);
		put32(e + 32, (uint32_t)st->st_gid);
		put32(e + 36, (uint32_t)st->st_size);
	}
	put32(e + 24, mode);
	memcpy(e + 40, oid, 20);
	e[60] = (unsigned char)((n < 0xfff ? n : 0xfff) >> 8);
	e[61] = (unsigned char)(n < 0xfff ? n : 0xfff);
	if (fwrite(e, 1, sizeof(e), ix->f) != sizeof(e) || fwrite(path, 1, n, ix->f) != n ||
	    fwrite(zeros, 1, pad, ix->f) != pad)
		return byoc_fail_errno(BYOC_EIO, "cannot write the index");
	ix->entries++;
	return 0;
}

/* count in the header, then the SHA-1 of everything as the trailer */
static int index_finish(struct index_out *ix)
{
	unsigned char b[65536], digest[EVP_MAX_MD_SIZE];
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	size_t got;
	int rc = 0;

	put32(b, (uint32_t)ix->entries);
	if (!c || fflush(ix->f) != 0 || fseeko(ix->f, 8, SEEK_SET) != 0 || fwrite(b, 1, 4, ix->f) != 4 ||
	    fflush(ix->f) != 0 || fseeko(ix->f, 0, SEEK_SET) != 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot write the index");
		goto out;
	}
	EVP_DigestInit_ex(c, EVP_sha1(), NULL);
	while ((got = fread(b, 1, sizeof(b), ix->f)) > 0)
		EVP_DigestUpdate(c, b, got);
	EVP_DigestFinal_ex(c, digest, NULL);
	if (ferror(ix->f) || fseeko(ix->f, 0, SEEK_END) != 0 || fwrite(digest, 1, 20, ix->f) != 20 || fflush(ix->f) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "cannot write the index");
out:
	EVP_MD_CTX_free(c);
	return rc;
}

/* git's tree order: a folder's name compares as if it ended with '/' */
static int tree_cmp(const char *a, size_t al, bool adir, const char *b, size_t bl, bool bdir)
{
	size_t n = al < bl ? al : bl;
	int c = memcmp(a, b, n);
	unsigned ca, cb;

	if (c)
		return c;
	ca = al > n ? (unsigned char)a[n] : adir ? '/' : 0;
	cb = bl > n ? (unsigned char)b[n] : bdir ? '/' : 0;
	return (int)ca - (int)cb;
}

static bool bad_name(const char *name, size_t n)
{
	return n == 0 || (n == 1 && name[0] == '.') || (n == 2 && name[0] == '.' && name[1] == '.') ||
	       (n == 4 && strncasecmp(name, ".git", 4) == 0) || memchr(name, '/', n) != NULL;
}

static int tar_fail(struct sink *k, const char *path)
{
	return byoc_fail(BYOC_EIO, "cannot archive '%s': %s", path, archive_error_string(k->a));
}

/* A tar entry made as git would make the file: mode less the umask, the current time. */
static int tar_header(struct sink *k, const char *path, mode_t mode, uint64_t size, const char *link, struct stat *st)
{
	struct archive_entry *e = archive_entry_new();
	struct timespec now;
	int r;

	if (!e)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	clock_gettime(CLOCK_REALTIME, &now);
	memset(st, 0, sizeof(*st));
	st->st_mode = S_ISLNK(mode) ? mode : mode & ~k->umask;
	st->st_size = (off_t)size;
	st->st_mtim = st->st_ctim = now;
	st->st_uid = k->uid;
	st->st_gid = k->gid;
	archive_entry_copy_pathname(e, path);
	archive_entry_set_mode(e, st->st_mode);
	archive_entry_set_size(e, (la_int64_t)size);
	archive_entry_set_mtime(e, now.tv_sec, now.tv_nsec);
	archive_entry_set_uid(e, k->uid);
	archive_entry_set_gid(e, k->gid);
	if (link)
		archive_entry_copy_symlink(e, link);
	r = archive_write_header(k->a, e);
	archive_entry_free(e);
	/* ARCHIVE_WARN: a name that is not UTF-8, stored as raw bytes (hdrcharset=BINARY) */
	return r >= ARCHIVE_WARN ? 0 : tar_fail(k, path);
}

static int make_dir(struct sink *k, const char *path)
{
	struct stat st;

	if (k->a)
		return tar_header(k, path, S_IFDIR | 0777, 0, NULL, &st);
	if (mkdir(path, 0777) != 0)
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", path);
	return 0;
}

/* tar: the file's bytes, from the scratch file, after its header */
static int tar_file(struct sink *k, const char *path, bool exec, uint64_t size, struct stat *st)
{
	int rc = tar_header(k, path, S_IFREG | (exec ? 0777 : 0666), size, NULL, st);

	for (uint64_t off = 0; !rc && off < size;) {
		ssize_t got = pread(k->scratch, k->chunk, 65536, (off_t)off);

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return byoc_fail_errno(BYOC_EIO, "cannot read back '%s'", path);
		if (archive_write_data(k->a, k->chunk, (size_t)got) != got)
			return tar_fail(k, path);
		off += (uint64_t)got;
	}
	return rc;
}

static int write_blob(struct sink *k, struct gitpack_odb *db, const char *path, const char *rel,
		      const unsigned char oid[20], bool exec, const struct gitcheckout_filter *flt, struct stat *st,
		      uint64_t *bytes)
{
	int fd;
	uint64_t size = 0;
	bool filtered = false;
	int rc = 0;

	if (k->a) {
		fd = k->scratch;
		if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
			return byoc_fail_errno(BYOC_EIO, "cannot reuse the checkout's scratch file");
	} else if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, exec ? 0777 : 0666)) < 0) {
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", path);
	}
	if (flt)
		rc = flt->write(flt->arg, rel, oid, fd, &size, &filtered);
	if (!rc && !filtered)
		rc = gitpack_odb_blob_to_fd(db, oid, fd, &size);
	if (k->a) {
		if (!rc)
			rc = tar_file(k, path, exec, size, st);
	} else {
		if (!rc && fstat(fd, st) != 0)
			rc = byoc_fail_errno(BYOC_EIO, "cannot stat '%s'", path);
		if (close(fd) != 0 && !rc)
			rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", path);
	}
	*bytes += size;
	return rc;
}

static int write_link(struct sink *k, struct gitpack_odb *db, const char *path, const unsigned char oid[20],
		      struct stat *st)
{
	unsigned char *target = NULL;
	size_t len;
	int type, rc;

	if ((rc = gitpack_odb_read(db, oid, &type, &target, &len)))
		return rc;
	if (type != GITPACK_BLOB || memchr(target, 0, len))
		rc = byoc_fail(BYOC_EPROTO, "the repository's symbolic link '%s' has no valid target", path);
	else if (k->a) {
		if (!(rc = tar_header(k, path, S_IFLNK | 0777, 0, (char *)target, st)))
			st->st_size = (off_t)len;  /* as lstat says of a symbolic link */
	} else if (symlink((char *)target, path) != 0 || lstat(path, st) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "cannot create the symbolic link '%s'", path);
	free(target);
	return rc;
}

/*
 * Whether a .gitattributes may ask a checkout on Linux to change a file: a token ident...,
 * filter=, eol=crlf or working-tree-encoding=, or a macro ([attr]) that could set them. text,
 * text=auto, eol=lf, -text and binary write a file as stored under git's default config
 * (convert.c), so a tree whose attributes say only those needs no filter lookup per file.
 * One that is not a regular file is taken as asking (its reader decides).
 */
static int attrs_convert(struct gitpack_odb *db, bool regular, const unsigned char oid[20], bool *convert)
{
	static const char *const asks[] = { "ident", "filter=", "eol=crlf", "working-tree-encoding=", "[attr]" };
	unsigned char *text;
	size_t len;
	int type, rc;

	*convert = true;
	if (!regular)
		return 0;
	if ((rc = gitpack_odb_read(db, oid, &type, &text, &len)))
		return rc;
	*convert = false;
	for (size_t i = 0; i < len && !*convert;) {
		size_t n;

		while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
			i++;
		for (n = 0; i + n < len && !strchr(" \t\r\n", text[i + n]) && text[i + n]; n++)
			;
		for (size_t k = 0; k < sizeof(asks) / sizeof(asks[0]) && !*convert; k++) {
			size_t al = strlen(asks[k]);

			*convert = n >= al && memcmp(text + i, asks[k], al) == 0 &&
				   (asks[k][al - 1] == '=' || asks[k][al - 1] == ']' || strcmp(asks[k], "ident") == 0 ||
				    n == al);
		}
		i += n ? n : 1;
	}
	free(text);
	return 0;
}

static int push_tree(struct gitpack_odb *db, struct frame **stack, size_t *depth, size_t *cap,
		     const unsigned char oid[20], size_t pathlen)
{
	struct frame f = { 0 };
	int type, rc;

	if (*depth == MAX_DEPTH)
		return byoc_fail(BYOC_EPROTO, "the repository's tree is nested more than %d folders deep", MAX_DEPTH);
	if ((rc = gitpack_odb_read(db, oid, &type, &f.data, &f.len)))
		return rc;
	if (type != GITPACK_TREE) {
		free(f.data);
		return byoc_fail(BYOC_EPROTO, "the repository names an object that is not a tree where a folder should be");
	}
	if (*depth == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;
		struct frame *v = realloc(*stack, ncap * sizeof(*v));

		if (!v) {
			free(f.data);
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		*stack = v;
		*cap = ncap;
	}
	f.pathlen = pathlen;
	f.attrs = *depth > 0 && (*stack)[*depth - 1].attrs;
	/* a .gitattributes file among the entries ("<mode> .gitattributes\0<id>") */
	for (size_t i = 0; !f.attrs && i < f.len; i++) {
		const unsigned char *nul = memchr(f.data + i, 0, f.len - i);
		const char *sp;

		if (!nul || (size_t)(f.data + f.len - nul) < 21)
			break;
		sp = memchr(f.data + i, ' ', (size_t)(nul - f.data) - i);
		if (sp && strcmp(sp + 1, ".gitattributes") == 0 &&
		    (rc = attrs_convert(db, strncmp((const char *)f.data + i, "100", 3) == 0, nul + 1, &f.attrs))) {
			free(f.data);
			return rc;
		}
		i = (size_t)(nul - f.data) + 20;
	}
	(*stack)[(*depth)++] = f;
	return 0;
}

/* Makes the folders of the stack not made yet: git makes a folder for its first entry,
 * so an empty tree leaves none. */
static int make_folders(struct sink *k, struct frame *stack, size_t depth, struct buf *path)
{
	for (size_t i = 0; i < depth; i++) {
		char c;
		int rc;

		if (stack[i].made)
			continue;
		c = path->data[stack[i].dirlen - 1];
		path->data[stack[i].dirlen - 1] = 0;
		rc = make_dir(k, path->data);
		path->data[stack[i].dirlen - 1] = c;
		if (rc)
			return rc;
		stack[i].made = true;
	}
	return 0;
}

static int walk(struct sink *k, struct gitpack_odb *db, const unsigned char tree[20], const char *workdir,
		const char *index_path, const struct gitcheckout_filter *flt, struct gitcheckout_stats *st)
{
	/* One piece: the walk is an explicit stack of tree frames (no recursion for deep trees)
	 * whose loop writes files and index entries as it goes. */
	struct frame *stack = NULL;
	size_t depth = 0, cap = 0, rel;
	struct index_out ix = { 0 };
	struct buf path;
	static const unsigned char head[12] = { 'D', 'I', 'R', 'C', 0, 0, 0, 2, 0, 0, 0, 0 };
	int rc = 0;

	memset(st, 0, sizeof(*st));
	buf_init(&path, 1 << 16);
	if (workdir)
		buf_printf(&path, "%s/", workdir);
	rel = path.len;
	if (!(ix.f = fopen(index_path, "w+e")) || fwrite(head, 1, sizeof(head), ix.f) != sizeof(head)) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", index_path);
		goto out;
	}
	if ((rc = push_tree(db, &stack, &depth, &cap, tree, path.len)))
		goto out;
	stack[0].made = true;
	stack[0].dirlen = path.len;
	while (depth) {
		struct frame *f = &stack[depth - 1];
		const unsigned char *p = f->data + f->pos, *end = f->data + f->len, *sp, *nul;
		const unsigned char *oid;
		unsigned long mode, type;
		const char *name;
		size_t nlen;
		char *mend;
		struct stat fst;
		bool dir;

		if (f->pos == f->len) {
			free(f->data);
			depth--;
			path.len = f->pathlen;
			path.data[path.len] = 0;
			continue;
		}
		sp = memchr(p, ' ', (size_t)(end - p));
		nul = sp ? memchr(sp, 0, (size_t)(end - sp)) : NULL;
		if (!nul || end - nul < 21 || sp == p) {
			rc = byoc_fail(BYOC_EPROTO, "the repository has a malformed tree under '%s'", path.data + rel);
			goto out;
		}
		mode = strtoul((const char *)p, &mend, 8);
		name = (const char *)sp + 1;
		nlen = (size_t)(nul - sp - 1);
		oid = nul + 1;
		f->pos = (size_t)(oid + 20 - f->data);
		/* git reads a mode by its type bits (canon_mode): 040000 and 40000 are folders,
		 * 100775 is 100755, any other regular file's mode is 100644 */
		type = mode & 0170000;
		dir = type == 040000;
		if (mend != (const char *)sp || bad_name(name, nlen)) {
			rc = byoc_fail(BYOC_EPROTO, "the repository has an entry git would not check out under '%s': '%.*s'",
				       path.data + rel, (int)nlen, name);
			goto out;
		}
		if (f->prev && tree_cmp(f->prev, f->prevlen, f->prevdir, name, nlen, dir) >= 0) {
			rc = byoc_fail(BYOC_EPROTO,
				       "the repository has a tree that is not sorted, or names '%.*s' twice, under '%s' "
				       "(git fsck reports it): seed a commit without it",
				       (int)nlen, name, path.data + rel);
			goto out;
		}
		f->prev = name;
		f->prevlen = nlen;
		f->prevdir = dir;
		if (buf_append(&path, name, nlen)) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		if (type != 040000 && (rc = make_folders(k, stack, depth, &path)))
			goto out;
		switch (type) {
		case 040000:
			if (buf_append(&path, "/", 1)) {
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
				goto out;
			}
			/* the new frame takes the path back to this folder's when it is done */
			if ((rc = push_tree(db, &stack, &depth, &cap, oid, path.len - nlen - 1)))
				goto out;
			stack[depth - 1].dirlen = path.len;
			continue;
		case 0100000: {
			bool exec = mode & 0100;

			if ((rc = write_blob(k, db, path.data, path.data + rel, oid, exec, stack[depth - 1].attrs ? flt : NULL,
					     &fst, &st->bytes)) ||
			    (rc = index_add(&ix, path.data + rel, exec ? 0100755 : 0100644, oid, &fst)))
				goto out;
			break;
		}
		case 0120000:
			if ((rc = write_link(k, db, path.data, oid, &fst)) ||
			    (rc = index_add(&ix, path.data + rel, 0120000, oid, &fst)))
				goto out;
			break;
		case 0160000:  /* a submodule: an empty folder until it is updated */
			if ((rc = make_dir(k, path.data)) || (rc = index_add(&ix, path.data + rel, 0160000, oid, NULL)))
				goto out;
			break;
		default:
			rc = byoc_fail(BYOC_EPROTO, "the repository's '%s' has a mode git does not know (%lo)", path.data + rel,
				       mode);
			goto out;
		}
		st->files++;
		path.len -= nlen;
		path.data[path.len] = 0;
	}
	rc = index_finish(&ix);
out:
	while (depth)
		free(stack[--depth].data);
	free(stack);
	if (ix.f && fclose(ix.f) != 0 && !rc)
		rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", index_path);
	buf_release(&path);
	return rc;
}

int gitcheckout_tree(struct gitpack_odb *db, const unsigned char tree[20], const char *workdir, const char *index_path,
		     const struct gitcheckout_filter *flt, struct gitcheckout_stats *st)
{
	struct sink k = { 0 };

	return walk(&k, db, tree, workdir, index_path, flt, st);
}

int gitcheckout_tree_tar(struct gitpack_odb *db, const unsigned char tree[20], int tar_fd, int scratch_fd,
			 const char *index_path, const struct gitcheckout_filter *flt, struct gitcheckout_stats *st)
{
	struct sink k = { .scratch = scratch_fd, .uid = geteuid(), .gid = getegid() };
	int rc;

	k.umask = umask(0);
	umask(k.umask);
	k.a = archive_write_new();
	k.chunk = malloc(65536);
	/* the format tarstream writes (raw-byte names, pax where ustar cannot say it) */
	if (!k.a || !k.chunk || archive_write_add_filter_none(k.a) != ARCHIVE_OK ||
	    archive_write_set_format_pax_restricted(k.a) != ARCHIVE_OK ||
	    archive_write_set_bytes_per_block(k.a, 10240) != ARCHIVE_OK ||
	    archive_write_set_bytes_in_last_block(k.a, 1) != ARCHIVE_OK || archive_write_open_fd(k.a, tar_fd) != ARCHIVE_OK)
		rc = byoc_fail(BYOC_EIO, "cannot start the checkout's archive: %s",
			       k.a ? archive_error_string(k.a) : "out of memory");
	else if (!(rc = walk(&k, db, tree, NULL, index_path, flt, st)) && archive_write_close(k.a) != ARCHIVE_OK)
		rc = byoc_fail(BYOC_EIO, "cannot finish the checkout's archive: %s", archive_error_string(k.a));
	if (k.a)
		archive_write_free(k.a);
	free(k.chunk);
	return rc;
}
