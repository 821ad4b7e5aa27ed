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

static bool disk_warned, disk_off;

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
	disk_off = true;
	if (!disk_warned) {
		disk_warned = true;
		local_log("%s: sandboxes get no disk limit (their files are plain files in the state dir)", why);
	}
}

int sbxdisk_mount(struct local *L, const char *sandbox_id, const char *root)
{
	static const char *const mkfs_paths[] = { "/usr/sbin/mkfs.ext4", "/sbin/mkfs.ext4", NULL };
	static const char *const mount_paths[] = { "/usr/bin/mount", "/bin/mount", NULL };
	const char *mkfs = file_first_exec(mkfs_paths), *mnt = file_first_exec(mount_paths);
	char dir[4096], img[4200];
	struct stat st;

	if (disk_off || is_mount_root(root))
		return 0;
	if (!mkfs || !mnt || access("/dev/loop-control", F_OK) != 0 || geteuid() != 0) {
		say_off(!mkfs ? "no mkfs.ext4 (e2fsprogs)" : geteuid() ? "not root" : "no loop devices");
		return 0;
	}
	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	snprintf(img, sizeof(img), "%s/disk.img", dir);
	bool fresh = lstat(img, &st) != 0;
	if (fresh) {
		/* only onto an empty root: a sandbox made before disks keeps its directory */
		char probe[4300];
		snprintf(probe, sizeof(probe), "%s/etc", root);
		if (access(probe, F_OK) == 0)
			return 0;
		int fd = open(img, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd < 0)
			return byoc_fail_errno(BYOC_EIO, "cannot create the disk image '%s'", img);
		int rc = ftruncate(fd, (off_t)(disk_gib(L, sandbox_id) << 30));
		close(fd);
		char *mk[] = { (char *)mkfs, "-q", "-F", "-m", "0", "-O", "^has_journal", img, NULL };
		if (rc != 0 || run(mk) != 0) {
			unlink(img);
			return byoc_fail(BYOC_EIO, "cannot make the file system of sandbox '%s' in '%s'", sandbox_id, img);
		}
	} else if (!S_ISREG(st.st_mode)) {
		return byoc_fail(BYOC_EIO, "'%s' is not a disk image", img);
	}
	char *mo[] = { (char *)mnt, "-o", "loop,nosuid,nodev,noatime", img, (char *)root, NULL };
	if (run(mo) != 0) {
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

void sbxdisk_unmount(const char *root)
{
	if (is_mount_root(root))
		umount2(root, MNT_DETACH); /* the loop device is freed with its last user (autoclear) */
}
