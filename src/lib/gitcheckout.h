/*
 * Checks a git tree out into an empty folder, or as a tar archive (no file made on the
 * host), and writes the index that says so, in memory that does not grow with the number
 * of files.
 *
 * libgit2's checkout builds a diff and an index in memory (a few hundred bytes per
 * file) and reads objects through a 16 MiB delta-base cache. Here trees are walked
 * depth first, one tree object per level held at a time; files are written as they
 * come (an undeltified blob streamed, never held whole); and each index entry is
 * written to the index file as its file is made. Trees list their entries in the
 * order the index wants (a folder sorts as its name followed by '/'), so the index
 * is written sorted without being held.
 *
 * Modes are read as git reads them (040000 is a folder, 100775 a file 100644 and
 * 100755 an executable one); a folder is made for its first entry, so an empty tree
 * leaves none, as with git. A tree git would refuse to check out is refused: entries
 * not sorted or repeated, names that are empty, ".", "..", ".git" in any case, or
 * hold '/', modes of no type git knows.
 *
 * .gitattributes conversions (eol, text, ident, filters) are the caller's: a file in
 * a folder that has, or is under one that has, a .gitattributes naming a conversion
 * (ident, filter=, eol=crlf, working-tree-encoding= or a macro) is handed to
 * filter->write first, which converts it (libgit2's filter API) or declines.
 * Every file is created new (O_EXCL, O_NOFOLLOW) in folders this walk made, so no
 * entry can write through a symbolic link of the tree.
 */
#ifndef BYOC_GITCHECKOUT_H
#define BYOC_GITCHECKOUT_H

#include <stdbool.h>
#include <stdint.h>

#include "lib/gitpack.h"

struct gitcheckout_stats {
	uint64_t files;        /* index entries: files, symbolic links, submodules */
	uint64_t bytes;
};

struct gitcheckout_filter {
	/* Writes the blob oid of path (relative to the work tree) converted to fd and sets
	 * *size and *done; *done false: no conversion applies, the blob is written as it is. */
	int (*write)(void *arg, const char *path, const unsigned char oid[20], int fd, uint64_t *size, bool *done);
	void *arg;
};

/* Writes tree (an id) into workdir (which exists) and the version 2 index to index_path;
 * filter may be NULL (no conversions). */
int gitcheckout_tree(struct gitpack_odb *db, const unsigned char tree[20], const char *workdir, const char *index_path,
		     const struct gitcheckout_filter *filter, struct gitcheckout_stats *st);
/* The same checkout as a pax tar archive written to tar_fd, in the walk's order, with the
 * modes git would make under the current umask and the current time; no file is made on
 * the host but each file's bytes pass through scratch_fd (an open temporary file, reused) to
 * learn its size for its header. The index's stat data are the entries' (size, mode, time). */
int gitcheckout_tree_tar(struct gitpack_odb *db, const unsigned char tree[20], int tar_fd, int scratch_fd,
			 const char *index_path, const struct gitcheckout_filter *filter, struct gitcheckout_stats *st);

#endif
