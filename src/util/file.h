/* Reading a small file whole, with a cap: Dockerfiles, .dockerignore, recipes; writing a
 * short text to a kernel file (/proc, cgroups). */
#ifndef BYOC_FILE_H
#define BYOC_FILE_H

#include <stddef.h>

#include "util/buf.h"

/* Reads path into out (initialised here, capped at max bytes; the caller releases it).
 * what names the kind of file in messages ("recipe": "cannot open recipe 'x'",
 * "'x' is larger than N bytes; is it a recipe?"), or NULL. Returns 0, BYOC_ENOTFOUND
 * when path does not exist (errno stays ENOENT), BYOC_EIO when it cannot be read, or
 * BYOC_EUSAGE when it is larger than max or not a regular file (a FIFO or a device
 * is refused at once: never waited on, never read forever). */
int file_read_capped(const char *path, size_t max, const char *what, struct buf *out);

/* Writes text to the existing file path in one write(2), as /proc and cgroup files want
 * it (no create, no truncate). 0, or -1 with errno kept. */
int file_write_text(const char *path, const char *text);

/* The first of a NULL-terminated list of paths that is executable, or NULL: a helper
 * program (pasta, mkfs.ext4) where Debian and others put it. */
const char *file_first_exec(const char *const *paths);

#endif
