/*
 * Git pack files with memory that stays flat in the number of objects.
 *
 * libgit2 1.5's indexer keeps a table entry (~140 bytes) for every object of a
 * received pack and a 16 MiB cache of delta bases: a clone of a repository with a
 * million objects needs hundreds of MiB. gitpack_index builds the same .idx (version
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

/*
 * A new pack of chosen objects (a shallow clone's): ids are added in any order and
 * repeated at will; they are kept on disk, sorted and made unique when written.
 */
struct gitpack_builder;

int gitpack_builder_new(struct gitpack_builder **b);
int gitpack_builder_add(struct gitpack_builder *b, const unsigned char oid[20]);
/* Adds a tree, its subtrees and their blobs (not submodules' commits). */
int gitpack_builder_add_tree(struct gitpack_builder *b, struct gitpack_odb *db, const unsigned char tree[20]);
/* Writes every object added, read from db, undeltified, to pack_fd, and its index to idx_fd. */
int gitpack_builder_write(struct gitpack_builder *b, struct gitpack_odb *db, int pack_fd, int idx_fd,
			  unsigned char checksum[20]);
void gitpack_builder_free(struct gitpack_builder *b);

#endif
