/*
 * A sandbox's disk: see sandbox_disk.h.
 */
#include "local/sandbox_disk.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/err.h"
#include "util/file.h"

extern char **environ;

static bool disk_warned, disk_probed, disk_on; /* on: sbxdisk_startup's probe passed */

static int run(char *const *argv)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st = 0;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	int e = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0)
		return -1;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

/* True when path is the root of a mount (its device differs from its parent's). */
static bool is_mount_root(const char *path)
{
	char parent[4300];
	struct stat a, b;
	snprintf(parent, sizeof(parent), "%s/..", path);
	return stat(path, &a) == 0 && stat(parent, &b) == 0 && a.st_dev != b.st_dev;
}

static long long disk_gib(struct local *L, const char *id)
{
	long long gib = 3;
	local_lock(L);
	json_t *v = json_object_get(store_get(L, "sandboxes", id), "disk");
	if (json_is_integer(v) && json_integer_value(v) > 0)
		gib = json_integer_value(v);
	local_unlock(L);
	return gib;
}

static void say_off(const char *why)
{
	if (!disk_warned) {
		disk_warned = true;
		local_log("%s: sandboxes get no disk limit (their files are plain files in the state dir)", why);
	}
}

static const char *const mkfs_paths[] = { "/usr/sbin/mkfs.ext4", "/sbin/mkfs.ext4", NULL };
static const char *const mount_paths[] = { "/usr/bin/mount", "/bin/mount", NULL };

/* A sparse image of bytes at img (which must not exist) with an empty ext4 file system. */
static int make_fs(const char *img, long long bytes)
{
	char *mk[] = { (char *)file_first_exec(mkfs_paths), "-q", "-F", "-m", "0", "-O", "^has_journal",
		       (char *)img, NULL };
	int fd = open(img, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	int rc = ftruncate(fd, (off_t)bytes);
	close(fd);
	if (rc != 0 || run(mk) != 0) {
		unlink(img);
		return -1;
	}
	return 0;
}

static int mount_img(const char *img, const char *root)
{
	char *mo[] = { (char *)file_first_exec(mount_paths), "-o", "loop,nosuid,nodev,noatime", (char *)img,
		       (char *)root, NULL };
	return run(mo);
}

void sbxdisk_startup(struct local *L)
{
	if (disk_probed)
		return;
	disk_probed = true;
	if (!file_first_exec(mkfs_paths) || !file_first_exec(mount_paths)) {
		say_off("no mkfs.ext4 (e2fsprogs) or mount");
		return;
	}
	if (geteuid() != 0) {
		say_off("not root");
		return;
	}
	/* What a container without loop devices (or one that may not mount) refuses: tried
	 * once on a small image, so that it is said here and not at each sandbox's start. */
	char img[4200], dir[4200];
	snprintf(img, sizeof(img), "%s/.disk-probe.img", local_state_dir(L));
	snprintf(dir, sizeof(dir), "%s/.disk-probe", local_state_dir(L));
	sbxdisk_unmount(dir);
	unlink(img);
	mkdir(dir, 0700);
	if (access("/dev/loop-control", F_OK) != 0)
		say_off("no loop devices (/dev/loop-control)");
	else if (make_fs(img, 16 << 20) != 0)
		say_off("mkfs.ext4 failed on a probe image");
	else if (mount_img(img, dir) != 0)
		say_off("cannot mount an ext4 image on a loop device here");
	else
		disk_on = true;
	sbxdisk_unmount(dir);
	unlink(img);
	rmdir(dir);
}

int sbxdisk_mount(struct local *L, const char *sandbox_id, const char *root)
{
	char dir[4096], img[4200];
	struct stat st;

	sbxdisk_startup(L); /* once, for callers (tests) that start no server */
	if (!disk_on || is_mount_root(root))
		return 0;
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	snprintf(img, sizeof(img), "%s/disk.img", dir);
	bool fresh = lstat(img, &st) != 0;
	if (fresh) {
		/* only onto an empty root: a sandbox made before disks keeps its directory */
		char probe[4300];
		snprintf(probe, sizeof(probe), "%s/etc", root);
		if (access(probe, F_OK) == 0)
			return 0;
		if (make_fs(img, disk_gib(L, sandbox_id) << 30) != 0)
			return byoc_fail(BYOC_EIO, "cannot make the file system of sandbox '%s' in '%s'", sandbox_id, img);
	} else if (!S_ISREG(st.st_mode)) {
		return byoc_fail(BYOC_EIO, "'%s' is not a disk image", img);
	}
	if (mount_img(img, root) != 0) {
		if (fresh)
			unlink(img);
		return byoc_fail(BYOC_EIO, "cannot mount the disk of sandbox '%s' ('%s' on a loop device)", sandbox_id, img);
	}
	if (fresh) {
		char lf[4300];
		snprintf(lf, sizeof(lf), "%s/lost+found", root);
		rmdir(lf);
	}
	return 0;
}

bool sbxdisk_mounted(const char *root)
{
	return is_mount_root(root);
}

void sbxdisk_unmount(const char *root)
{
	if (is_mount_root(root))
		umount2(root, MNT_DETACH); /* the loop device is freed with its last user (autoclear) */
}
