/*
 * The build-context hash of the official Daytona SDK (TypeScript,
 * `computeHashForPathMd5(sourcePath, archivePath)`, contract.md §3.3):
 *
 *   MD5( archivePath
 *        + (regular file ? its bytes
 *                        : depth-first walk, entries sorted bytewise:
 *                          file -> relpath + bytes, dir -> recurse,
 *                          a dir with no file and no dir inside -> its relpath) )
 *
 * Symlinks, sockets and the like are not hashed. Optional hooks filter entries
 * (a .dockerignore) and observe files (counts, sizes); with no filter the
 * result equals the SDK's for the same (source, archivePath).
 */
#ifndef BYOC_CTXHASH_H
#define BYOC_CTXHASH_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>

#define CTXHASH_HEX_LEN 32

struct ctxhash_opts {
	/* True to leave out the entry at path (relative to the folder the
	 * archivePath is relative to: archivePath "/" relpath, or relpath when
	 * archivePath is ""). is_dir says whether it is a directory. */
	bool (*exclude)(const char *path, bool is_dir, void *arg);
	/* For an excluded directory: true when entries below may still be
	 * included (a `!` exception), so the walk must look inside. */
	bool (*may_include_below)(const char *path, void *arg);
	/* Observers, in walk order (paths as for exclude; the root of a folder
	 * source is reported to on_dir with path archivePath, "" for the whole
	 * folder). abs is the path on disk, st its lstat (stat for the root).
	 * Return 0, or a negative BYOC_E* to stop the walk with that code. */
	int (*on_file)(const char *path, const char *abs, const struct stat *st, void *arg);
	int (*on_dir)(const char *path, const char *abs, const struct stat *st, void *arg);
	int (*on_symlink)(const char *path, const char *abs, const struct stat *st, void *arg);
	/* Walk and report only: no file is read and hex is left empty. */
	bool stat_only;
	void *arg;
	/* Checked between reads; when it becomes non-zero the walk stops with BYOC_EINTR. */
	volatile sig_atomic_t *cancel;
};

/* Hashes source (a file or a directory) under archive_path into hex
 * (33 bytes, lowercase, NUL-terminated). opts may be NULL. */
int ctxhash_path(const char *source, const char *archive_path, const struct ctxhash_opts *opts,
		 char hex[CTXHASH_HEX_LEN + 1]);

#endif
