/*
 * Checks a git tree out into an empty folder and writes the index that says so,
 * in memory that does not grow with the number of files.
 *
 * libgit2's checkout builds a diff and an index in memory (a few hundred bytes per
 * file) and reads objects through a 16 MiB delta-base cache. Here trees are walked
 * depth first, one tree object per level held at a time; files are written as they
 * come (an undeltified blob streamed, never held whole); and each index entry is
 * written to the index file as its file is made. Trees list their entries in the
 * order the index wants (a folder sorts as its name followed by '/'), so the index
 * is written sorted without being held.
 *
 * A tree git would refuse to check out is refused: entries not sorted or repeated,
 * names that are empty, ".", "..", ".git" in any case, or hold '/', unknown modes.
 * Every file is created new (O_EXCL, O_NOFOLLOW) in folders this walk made, so no
 * entry can write through a symbolic link of the tree.
 */
#ifndef BYOC_GITCHECKOUT_H
#define BYOC_GITCHECKOUT_H

#include <stdint.h>

#include "lib/gitpack.h"

struct gitcheckout_stats {
	uint64_t files;        /* index entries: files, symbolic links, submodules */
	uint64_t bytes;
};

/* Writes tree (an id) into workdir (which exists) and the version 2 index to index_path. */
int gitcheckout_tree(struct gitpack_odb *db, const unsigned char tree[20], const char *workdir, const char *index_path,
		     struct gitcheckout_stats *st);

#endif
