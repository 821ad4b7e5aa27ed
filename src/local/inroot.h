/*
 * Paths inside a sandbox root (inroot.c): the one place where byoc-local,
 * running as the host's root, opens or creates a file below a directory that a
 * sandbox (or a snapshot's Dockerfile) controls. Nothing here can reach a file
 * outside the root, whatever ".." or symlinks the tree holds. Two policies:
 *
 *  - inroot_open/inroot_mkdir_all/inroot_create resolve a path the way the
 *    sandbox itself would (openat2 with RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS):
 *    "..", absolute and relative symlinks all stay inside the root. The
 *    toolbox and the runtime use them: a sandbox's own symlinks must work.
 *  - inroot_open_dir/inroot_create_nofollow never pass a symlink (O_NOFOLLOW on
 *    every component) and fail with a build error naming the path: the
 *    snapshot build writes a tree it made itself, where a symlink is a bug.
 */
#ifndef BYOC_LOCAL_INROOT_H
#define BYOC_LOCAL_INROOT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

/* openat2(rootfd, path, flags | O_CLOEXEC, mode) resolved inside the root; fd or -errno. */
int inroot_open(int rootfd, const char *path, int flags, mode_t mode);
/* mkdir -p inside the root; new directories get mode (umask applies) and owner uid:uid. 0 or -errno. */
int inroot_mkdir_all(int rootfd, const char *path, mode_t mode, uid_t uid);
/* Creates or truncates a regular file (parents made 0755), new files owned by uid:uid;
 * a writable fd (blocking) or -errno (-EISDIR, -EINVAL for a non-regular file). */
int inroot_create(int rootfd, const char *path, uid_t uid);

/* Splits path into a malloc'd parent ("/" at least) and points *base at its last component. */
char *inroot_split_parent(const char *path, const char **base);

/* Opens the directory rel (relative, cleaned) below root, creating missing components
 * when create is true; shown names the path in errors. fd, BYOC_ENOTFOUND (a missing
 * component, not created), or BYOC_EBUILD with the error set. */
int inroot_open_dir(int rootfd, const char *rel, bool create, const char *shown);
/* True when rel (relative, cleaned) is a directory below root, reached without a symlink. */
bool inroot_is_dir(int rootfd, const char *rel);
/* Creates (truncates) the file at rel (relative, cleaned) below root, parents made 0755,
 * with mode; its fd or BYOC_EBUILD with the error set. */
int inroot_create_nofollow(int rootfd, const char *rel, mode_t mode);

#endif
