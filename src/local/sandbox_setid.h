/*
 * No set-id bits from inside a sandbox whose files are plain files on the host disk
 * (sandbox_setid.c). A sandbox with a disk image keeps its files in that image, mounted
 * nosuid; one without (no loop devices, not root: sandbox_disk.h) writes host inodes, where
 * a `chmod u+s` would leave a set-id program of that sandbox's host uid on the host. There,
 * every process of the sandbox runs under a seccomp filter that refuses (EPERM) the calls
 * that can set S_ISUID or S_ISGID: chmod, fchmod, fchmodat(2), creat, open and openat with
 * O_CREAT or O_TMPFILE, mknod(at); openat2 and io_uring_setup, whose arguments a filter
 * cannot read, answer ENOSYS (callers fall back to openat). Set-id bits from outside (a
 * snapshot's files, uploads) are refused by byoc-local's own writers.
 */
#ifndef BYOC_LOCAL_SANDBOX_SETID_H
#define BYOC_LOCAL_SANDBOX_SETID_H

/* Builds the filter (once; thread-safe), before a child that installs it is forked. */
void sbxsetid_init(void);

/* Installs the filter in the calling process, which must have set no_new_privs.
 * Async-signal-safe (between fork/clone and exec). 0, or -1 with errno set. */
int sbxsetid_forbid(void);

#endif
