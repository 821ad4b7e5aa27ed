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

#define CTXHASH_HEX_LEN 32

struct ctxhash_opts {
	/* True to leave out the entry at path (relative to the folder the
	 * archivePath is relative to: archivePath "/" relpath, or relpath when
	 * archivePath is ""). is_dir says whether it is a directory. */
	bool (*exclude)(const char *path, bool is_dir, void *arg);
	/* For an excluded directory: true when entries below may still be
	 * included (a `!` exception), so the walk must look inside. */
	bool (*may_include_below)(const char *path, void *arg);
	/* Called for each hashed regular file (same path form as exclude). */
	void (*on_file)(const char *path, uint64_t size, void *arg);
	/* Called for each symlink kept (not hashed, but part of the context tar). */
	void (*on_symlink)(const char *path, void *arg);
	void *arg;
	/* Checked between reads; when it becomes non-zero the walk stops with BYOC_EINTR. */
	volatile sig_atomic_t *cancel;
};

/* Hashes source (a file or a directory) under archive_path into hex
 * (33 bytes, lowercase, NUL-terminated). opts may be NULL. */
int ctxhash_path(const char *source, const char *archive_path, const struct ctxhash_opts *opts,
		 char hex[CTXHASH_HEX_LEN + 1]);

#endif
