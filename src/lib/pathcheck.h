/*
 * Path checks for everything byoc-seed unpacks: no entry may land outside the
 * destination DIR. Refused, before anything is sent:
 *   - absolute names ("/etc/passwd"), names with a ".." component, empty names;
 *   - symlinks whose target, resolved inside the tree (following the tree's
 *     other symlinks, as the kernel would), leaves the tree or is absolute
 *     (unless links_out_ok: repositories may hold such links; nothing is
 *     ever written through them because of the next rule);
 *   - any entry below a path that is a symlink in the same tree ("symlink
 *     then file through it"), whichever order they come in;
 *   - hard links whose target is not an earlier regular file of the archive;
 *   - devices, fifos and sockets.
 * Used for host trees (by tarstream) and for existing archives read with
 * libarchive (pathcheck_archive_*), which also yields the manifest of what
 * unpacking the archive produces.
 */
#ifndef BYOC_PATHCHECK_H
#define BYOC_PATHCHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "lib/manifest.h"
#include "util/buf.h"

enum { PATHCHECK_FILE = 1, PATHCHECK_DIR, PATHCHECK_SYMLINK, PATHCHECK_HARDLINK, PATHCHECK_OTHER };

struct pathcheck;

struct pathcheck *pathcheck_new(bool links_out_ok);
void pathcheck_free(struct pathcheck *pc);

/*
 * Normalises an entry name into out (replaced): drops leading "./" and
 * repeated or trailing '/', drops "." components. BYOC_EREFUSED for an
 * absolute name, a ".." component, or a name that is empty once normalised.
 */
int pathcheck_normalize(const char *name, struct buf *out);

/*
 * Records one entry. name is normalised here. target: a symlink's target
 * (as stored) or a hard link's target name; NULL otherwise. Checks what can be
 * checked at once (name, hard link target, type) and returns BYOC_EREFUSED
 * naming the entry; the rest is checked by pathcheck_finish.
 * If norm is non-NULL it receives the normalised name.
 */
int pathcheck_add(struct pathcheck *pc, const char *name, int type, const char *target, struct buf *norm);

/* Checks the recorded tree as a whole (symlinks out, entries through symlinks). */
int pathcheck_finish(struct pathcheck *pc);

/*
 * Reads an archive (tar in any of its forms, gzip/bzip2/xz/zstd, zip) with
 * libarchive, checks every entry as above, and adds to m the manifest of what
 * unpacking it produces, the folders its entries imply included (as implicit
 * entries). Content is hashed as it is read. Hard links take the size and hash
 * their target had when the link came: an archive with hard links is read a
 * second time for the files they name, so that nothing is kept per entry (give m
 * manifest_spill to keep the manifest itself out of memory). 0, BYOC_EREFUSED (a
 * hostile entry), BYOC_EPROTO (not a readable archive) or BYOC_EIO.
 */
int pathcheck_archive_file(const char *path, bool links_out_ok, struct manifest *m);
int pathcheck_archive_mem(const void *p, size_t n, bool links_out_ok, struct manifest *m);

#endif
