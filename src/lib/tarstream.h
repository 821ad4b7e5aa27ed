/*
 * A tar stream of host paths, produced on the fly and pulled by the reader
 * (curl's read callback), so an upload body of any size needs neither a
 * temporary file nor the content in memory.
 *
 * Pull-driven: each tarstream_read() first drains a small output buffer; when
 * it is empty, the libarchive writer is advanced one step (one header, or one
 * 64 KiB chunk of a file) and its write callback refills the buffer. Memory is
 * bounded by one chunk plus libarchive's block and the compressor's window,
 * whatever is streamed.
 *
 * Format: POSIX pax (ustar where it fits; pax records for long or non-ASCII
 * names, sizes of 8 GiB and more, and sparse maps), names stored as raw bytes
 * (libarchive adds hdrcharset=BINARY to entries whose names are not ASCII). Kept: regular files, directories (also empty ones),
 * symlinks, modes, mtimes; holes of sparse files are not sent (GNU sparse
 * 1.0). Hard-linked files are sent as separate copies.
 *
 * Before the first byte, tarstream_add() walks the trees (lstat, sorted by
 * name) and every entry passes lib/pathcheck; the entries are kept in an
 * unlinked temporary file in $TMPDIR (or /tmp), not in memory, and read back
 * as they are streamed. The manifest (lib/manifest) is computed from the bytes
 * actually streamed and is complete when tarstream_read() returns 0.
 */
#ifndef BYOC_TARSTREAM_H
#define BYOC_TARSTREAM_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "lib/manifest.h"

enum { TARSTREAM_NONE = 0, TARSTREAM_GZIP, TARSTREAM_ZSTD };

struct tarstream_opts {
	int compress;                  /* TARSTREAM_* */
	const char *const *excludes;   /* fnmatch(3) globs matched against the archive path and the base name */
	size_t nexcludes;
	bool links_out_ok;             /* allow symlinks pointing out of the tree (repositories) */
	/* When set and *cancel becomes non-zero, tarstream_read stops with BYOC_EINTR (checked
	 * at every step: a long hole of a sparse file yields no output for a long time). */
	volatile sig_atomic_t *cancel;
	const char *files_dest;        /* set by tarstream_use_files */
	const char *meta_dest;
};

struct tarstream;

struct tarstream *tarstream_new(const struct tarstream_opts *o);
void tarstream_free(struct tarstream *ts);

/*
 * Queues host_path under the archive name as. as == NULL or "" with a
 * directory: its contents go to the root. A symlink given here is followed;
 * symlinks met while walking are kept as symlinks. Walks now: BYOC_ENOTFOUND,
 * BYOC_EIO, or BYOC_EREFUSED (an entry pathcheck refuses).
 */
int tarstream_add(struct tarstream *ts, const char *host_path, const char *as);

/* Whole-tree path checks (symlinks out, entries through symlinks). Call once
 * after the last tarstream_add and before reading. */
int tarstream_prepare(struct tarstream *ts);

/* Up to n bytes of the stream into buf: >0 bytes, 0 at the end, <0 a BYOC_E* code. */
ssize_t tarstream_read(struct tarstream *ts, void *buf, size_t n);

/* curl CURLOPT_READFUNCTION adapter (userdata = the tarstream): returns
 * CURL_READFUNC_ABORT on error; the error stays in the thread's slot. */
size_t tarstream_curl_read(char *buf, size_t size, size_t nitems, void *userdata);

/* Starts the stream over from the first byte (an upload being retried). */
int tarstream_rewind(struct tarstream *ts);

/* The manifest of what was streamed (complete once read returned 0). */
struct manifest *tarstream_manifest(struct tarstream *ts);

/* Entries queued; bytes of file content to stream (for progress); content
 * bytes streamed so far; stream bytes produced so far. */
size_t tarstream_entries(const struct tarstream *ts);
uint64_t tarstream_content_total(const struct tarstream *ts);
uint64_t tarstream_content_done(const struct tarstream *ts);
uint64_t tarstream_out_bytes(const struct tarstream *ts);

/*
 * Files mode: instead of a tar, the stream is the multipart body of one toolbox
 * bulk-upload (files[i].path = files_dest/NAME, files[i].file = its bytes), ending
 * with a part written to meta_dest that lists every entry's type, mode, mtime and
 * symlink target, for manifest_sandbox_script to apply in the sandbox (BYOC_META). The
 * daemon writes each file where it belongs: no archive to store and unpack.
 * Holes of sparse files are sent as zeros. Call after prepare, before reading;
 * not with compression. Neither path may hold CR or LF.
 */
int tarstream_use_files(struct tarstream *ts, const char *files_dest, const char *meta_dest);
/* Files mode: the upload's Content-Type value (with the boundary); NULL in tar mode. */
const char *tarstream_content_type(const struct tarstream *ts);
/* Regular files queued. */
size_t tarstream_files(const struct tarstream *ts);
/* False when files mode would not reproduce the tree: a file has holes (tar keeps
 * them; the daemon would write zeros), or a name ends in whitespace (the daemon's
 * bulk-upload trims it from the path). Use tar mode then. */
bool tarstream_files_fit(const struct tarstream *ts);

/* The code of the error that stopped the stream, 0 if none. */
int tarstream_error(const struct tarstream *ts);

#endif
