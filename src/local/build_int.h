/*
 * What the files of byoc-local's snapshot build share (build.h is the outside view):
 *   build.c         one build: the Dockerfile's steps (FROM, ARG, ENV, WORKDIR, USER) and COPY/ADD
 *   build_ctx.c     the context index: every non-directory entry of the context tars
 *   build_tree.c    whole trees: remove, empty, clone, copy a file
 *   build_owner.c   COPY/ADD --chown: names to ids, new folders with their owner
 *   build_engine.c  the engine: snapshot states over time, one thread per build
 * Writes below a rootfs go through inroot.h (never through a symlink).
 */
#ifndef BYOC_LOCAL_BUILD_INT_H
#define BYOC_LOCAL_BUILD_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "local/build.h"

struct archive;
struct archive_entry;

/* ---- build.c ---------------------------------------------------------------------------------- */

/* The build log: lines appended to fd (-1: none), one write per line. */
struct blog {
	int fd;
};
void build_log(struct blog *lg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Lexically cleans path p (absolute or relative) into out as a relative path
 * without "." or ".." ("" for the root). A ".." above the root is dropped when
 * clamp is true (Docker's rule for destinations), and is an error otherwise.
 */
int build_clean_path(const char *p, char *out, size_t n, bool clamp);

/* ---- build_ctx.c: the context, every entry of every tar ------------------------------------- */

#define BUILD_MAX_ENTRIES 2000000   /* entries in all context tars */

struct centry {
	char *name;     /* cleaned, relative to the context root */
	size_t seq;     /* arrival order (the last of equal names wins) */
};

/* A directory of the context: one the tars carry (even empty, as `docker build` keeps
 * it) or one that a deeper entry implies. */
struct cdir {
	char *name;     /* cleaned, relative to the context root */
	int mode;       /* the tar's permission bits, or -1 when only implied */
};

struct cindex {
	struct centry *v;       /* every non-directory entry, sorted */
	size_t n, cap;
	struct cdir *dirs;      /* sorted */
	size_t ndirs, dcap;
	unsigned long long bytes;
};

int cindex_build(struct cindex *ix, const char *const *tars, size_t ntars, struct blog *lg);
void cindex_release(struct cindex *ix);
/* The entry named name (the last of equal names), or NULL. */
const struct centry *cindex_find(const struct cindex *ix, const char *name);
/* First entry whose name is >= prefix. */
size_t cindex_lower(const struct cindex *ix, const char *prefix);
/* First directory whose name is >= prefix. */
size_t cindex_dirs_lower(const struct cindex *ix, const char *prefix);
/* True when name is a directory of the context (carried or implied). */
bool cindex_is_dir(const struct cindex *ix, const char *name);
/* A context tar opened for reading, or NULL with the error set. */
struct archive *cindex_open_tar(const char *path);
/*
 * The name an entry has in the build context, or false when it is skipped:
 * a directory, an empty name, or a name that climbs out of the context (*unsafe).
 */
bool cindex_entry_name(struct archive_entry *e, char *out, size_t n, bool *unsafe);

/* ---- build_owner.c: COPY/ADD --chown ---------------------------------------------------------- */

/* "user[:group]" (names or numbers) to ids, names looked up in the rootfs' etc/passwd and
 * etc/group (the sandbox's own when the rootfs has none); BYOC_EBUILD naming what is missing. */
int build_owner_resolve(int rootfd, const char *spec, long *uid, long *gid);
/* mkdir -p of rel below the root, each folder it creates owned by uid:gid (uid < 0: nothing
 * to do); folders already there are left as they are. */
int build_owner_mkdirs(int rootfd, const char *rel, long uid, long gid);
/* The same for the folders above rel. */
int build_owner_parents(int rootfd, const char *rel, long uid, long gid);

/* ---- build_tree.c ------------------------------------------------------------------------------ */

/* Writes all of p to fd; BYOC_EBUILD when it cannot. */
int build_write_all(int fd, const void *p, size_t n);
/* Removes path (a tree) and makes it again, empty. */
int build_empty_dir(const char *path);

#endif
