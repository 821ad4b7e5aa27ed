/*
 * A sandbox's disk (sandbox_disk.c): its root file system is an ext4 file system of its
 * disk GiB, made in a sparse image file (<sandbox dir>/disk.img) and mounted on
 * <sandbox dir>/root through a loop device (nosuid, nodev), so that writing past it fails
 * with ENOSPC inside that sandbox only, as a full disk does. The image takes host space
 * only for what is written. Where loop devices or mkfs.ext4 are missing, byoc-local says
 * so once and sandboxes keep plain directories (no disk limit).
 */
#ifndef BYOC_LOCAL_SANDBOX_DISK_H
#define BYOC_LOCAL_SANDBOX_DISK_H

#include <stdbool.h>

#include "local/server.h"

/* Once at start: says (local_log) when this machine cannot give sandboxes a disk limit
 * (not root, no mkfs.ext4, no loop device, mounting refused), and then none gets one. */
void sbxdisk_startup(struct local *L);

/* Makes and mounts the sandbox's disk on root (an empty directory) when it has none yet,
 * or mounts the existing image again (after a reboot or a stop of byoc-local). 0, or <0
 * with the error set. */
int sbxdisk_mount(struct local *L, const char *sandbox_id, const char *root);

/* True when a disk image is mounted on root (else the sandbox's files are host files). */
bool sbxdisk_mounted(const char *root);

/* Unmounts root if byoc-local mounted a disk there (the loop device goes with it). */
void sbxdisk_unmount(const char *root);

#endif
