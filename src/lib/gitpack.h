/*
 * Git pack files with memory that stays flat in the number of objects.
 *
 * libgit2's indexer keeps a table entry for every object of a received pack and a
 * cache of delta bases: 1.8's needs 68 MiB for 191,063 objects, hundreds of MiB for
 * a million. gitpack_index builds the same .idx (version
 * 2, byte for byte what `git index-pack` writes) keeping its tables in temporary
 * files: the objects' records are written in pack order, sorted in runs of a fixed
 * size and merged. What stays in memory is a bounded cache of delta bases and the
 * objects of the delta chain being resolved.
 *
 * gitpack_odb reads objects of the packs of a repository through their .idx with
 * pread (no mapping grows the resident set), and streams an undeltified blob to a
 * file without holding it. Objects in no pack are asked of a fallback.
 */
#ifndef BYOC_GITPACK_H
#define BYOC_GITPACK_H

#include <stddef.h>
#include <stdint.h>

enum gitpack_type { GITPACK_COMMIT = 1, GITPACK_TREE = 2, GITPACK_BLOB = 3, GITPACK_TAG = 4 };

/* Called every few thousand objects while a pack is indexed; non-zero stops it (BYOC_EINTR). */
typedef int (*gitpack_progress_fn)(void *arg, unsigned indexed, unsigned total);

/*
 * Verifies the complete pack file open on pack_fd (header, every object, every delta,
 * the trailing checksum) and writes its index to idx_fd (from offset 0). checksum gets
 * the pack's trailing SHA-1 (the pack's name). Temporary tables go to $TMPDIR.
 * BYOC_EPROTO naming what is wrong with a malformed pack.
 */
int gitpack_index(int pack_fd, int idx_fd, unsigned char checksum[20], gitpack_progress_fn progress, void *arg);

/* Objects that no pack holds (loose ones, alternates): data is malloc'd, the caller frees it. */
typedef int (*gitpack_fallback_fn)(void *arg, const unsigned char oid[20], int *type, unsigned char **data, size_t *len);

struct gitpack_odb;

/* Opens the packs of objects_dir/pack that have a version 2 .idx. */
int gitpack_odb_open(struct gitpack_odb **out, const char *objects_dir, gitpack_fallback_fn fallback, void *arg);
/* An object's type and content (malloc'd, NUL-terminated past len; the caller frees it).
 * BYOC_ENOTFOUND when no pack nor the fallback has it. */
int gitpack_odb_read(struct gitpack_odb *db, const unsigned char oid[20], int *type, unsigned char **data, size_t *len);
/* Writes a blob to fd, streaming it when it is stored whole; size gets its length. */
int gitpack_odb_blob_to_fd(struct gitpack_odb *db, const unsigned char oid[20], int fd, uint64_t *size);
void gitpack_odb_free(struct gitpack_odb *db);

#endif
