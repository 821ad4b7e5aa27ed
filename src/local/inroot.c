/*
 * Paths inside a sandbox root: see inroot.h for the two policies and who uses which.
 */
#include "local/inroot.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "util/err.h"

/* ---- resolved as the sandbox resolves them (toolbox, runtime) ------------------------------ */

int inroot_open(int rootfd, const char *path, int flags, mode_t mode)
{
	struct open_how how;
	memset(&how, 0, sizeof(how));
	how.flags = (uint64_t)(flags | O_CLOEXEC);
	how.mode = (flags & (O_CREAT | O_TMPFILE)) ? mode : 0;
	how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
	int fd;
	do
		fd = (int)syscall(SYS_openat2, rootfd, path && *path ? path : "/", &how, sizeof(how));
	while (fd < 0 && errno == EAGAIN);
	return fd < 0 ? -errno : fd;
}

char *inroot_split_parent(const char *path, const char **base)
{
	size_t len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	size_t i = len;
	while (i > 0 && path[i - 1] != '/')
		i--;
	*base = path + i;
	char *parent = strndup(path, i ? i : 0);
	if (parent && !*parent) {
		free(parent);
		parent = strdup("/");
	}
	return parent;
}

/* True when path (lexically normalised) lies on a mount the sandbox sees read-only or
 * virtual (the host's /usr, its own /proc and /dev): writes there would vanish under the
 * mount, so they fail as they would inside (EROFS). */
static bool on_readonly_mount(const char *path)
{
	static const char *const ro[] = { "usr", "proc", "dev", "sys", NULL };
	char first[16];
	size_t n = 0;
	const char *p = path;
	/* The first component after collapsing "//", "." and a leading "..". */
	for (;;) {
		while (*p == '/')
			p++;
		if (p[0] == '.' && (p[1] == '/' || !p[1])) {
			p++;
			continue;
		}
		if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || !p[2])) {
			p += 2;
			continue;
		}
		break;
	}
	while (p[n] && p[n] != '/' && n < sizeof(first) - 1) {
		first[n] = p[n];
		n++;
	}
	first[n] = '\0';
	/* "usr/../x" is not under /usr */
	if (strstr(p, "/..") != NULL)
		return false;
	for (int i = 0; ro[i]; i++)
		if (!strcmp(first, ro[i]))
			return true;
	return false;
}

int inroot_mkdir_all(int rootfd, const char *path, mode_t mode, uid_t uid)
{
	if (on_readonly_mount(path))
		return -EROFS;
	/* Go's MkdirAll: a path that already is a directory costs one lookup (a bulk upload
	 * of many files into one folder asks this once per file) */
	int dfd = inroot_open(rootfd, path, O_PATH | O_DIRECTORY, 0);
	if (dfd >= 0) {
		close(dfd);
		return 0;
	}
	char *p = strdup(path);
	if (!p)
		return -ENOMEM;
	size_t len = strlen(p);
	int rc = 0;
	/* Walk every prefix ending at a component boundary, including the whole path. */
	for (size_t i = 1; i <= len; i++) {
		if (i < len && p[i] != '/')
			continue;
		if (p[i - 1] == '/')
			continue;
		char save = p[i];
		p[i] = '\0';
		int fd = inroot_open(rootfd, p, O_PATH | O_DIRECTORY, 0);
		if (fd >= 0) {
			close(fd);
		} else if (fd == -ENOENT) {
			const char *base;
			char *parent = inroot_split_parent(p, &base);
			int pfd = parent ? inroot_open(rootfd, parent, O_PATH | O_DIRECTORY, 0) : -ENOMEM;
			free(parent);
			if (pfd < 0) {
				rc = pfd;
			} else {
				if (mkdirat(pfd, base, mode) != 0 && errno != EEXIST)
					rc = -errno;
				else if (fchownat(pfd, base, uid, uid, AT_SYMLINK_NOFOLLOW) != 0)
					rc = -errno;
				close(pfd);
				if (rc == 0) {
					fd = inroot_open(rootfd, p, O_PATH | O_DIRECTORY, 0);
					if (fd < 0)
						rc = fd;
					else
						close(fd);
				}
			}
		} else {
			rc = fd;
		}
		p[i] = save;
		if (rc < 0)
			break;
	}
	free(p);
	return rc;
}

int inroot_create(int rootfd, const char *path, uid_t uid)
{
	if (on_readonly_mount(path))
		return -EROFS;
	const char *base;
	char *parent = inroot_split_parent(path, &base);
	if (!parent)
		return -ENOMEM;
	if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
		free(parent);
		return -EISDIR;
	}
	int rc = inroot_mkdir_all(rootfd, parent, 0755, uid);
	free(parent);
	if (rc < 0)
		return rc;
	int fd = inroot_open(rootfd, path, O_WRONLY | O_CREAT | O_EXCL | O_NONBLOCK | O_NOCTTY, 0644);
	if (fd >= 0) {
		if (fchown(fd, uid, uid) != 0) {
			rc = -errno;
			close(fd);
			return rc;
		}
	} else if (fd == -EEXIST) {
		/* Exists, possibly as a symlink: followed inside the root (creating a missing
		 * target, as os.Create does), then truncated. */
		fd = inroot_open(rootfd, path, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY, 0644);
		if (fd < 0)
			return fd;
		struct stat st;
		if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
			close(fd);
			return -EINVAL;
		}
		if (st.st_uid == 0 && st.st_size == 0 && fchown(fd, uid, uid) != 0) {
			rc = -errno;
			close(fd);
			return rc;
		}
		if (ftruncate(fd, 0) != 0) {
			rc = -errno;
			close(fd);
			return rc;
		}
	} else {
		return fd;
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

/* ---- never through a symlink (the snapshot build) ----------------------------------------- */

/*
 * Opens the directory rel (relative, cleaned) below root, creating missing
 * components when create is true. Every component is opened with O_NOFOLLOW,
 * so a symlink (which a build never makes) cannot lead outside.
 */
int inroot_open_dir(int rootfd, const char *rel, bool create, const char *shown)
{
	char comp[4096];
	const char *s = rel;
	int fd = dup(rootfd);

	if (fd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot open the rootfs");
	while (*s) {
		const char *e = strchr(s, '/');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		int nfd;

		if (len >= sizeof(comp)) {
			close(fd);
			return byoc_fail(BYOC_EBUILD, "path too long: %s", shown);
		}
		memcpy(comp, s, len);
		comp[len] = '\0';
		if (create && mkdirat(fd, comp, 0755) < 0 && errno != EEXIST) {
			int r = byoc_fail_errno(BYOC_EBUILD, "cannot create directory %s", shown);

			close(fd);
			return r;
		}
		nfd = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		close(fd);
		if (nfd < 0) {
			if (errno == ENOTDIR || errno == ELOOP)
				return byoc_fail(BYOC_EBUILD, "cannot copy to %s: a part of the path is not a directory", shown);
			if (errno == ENOENT)
				return BYOC_ENOTFOUND;
			return byoc_fail_errno(BYOC_EBUILD, "cannot open directory %s", shown);
		}
		fd = nfd;
		s = e ? e + 1 : s + len;
	}
	return fd;
}

bool inroot_is_dir(int rootfd, const char *rel)
{
	int fd = inroot_open_dir(rootfd, rel, false, rel);

	if (fd < 0) {
		byoc_err_clear();
		return false;
	}
	close(fd);
	return true;
}

/* Creates (truncates) the file at rel below root; returns its fd. */
int inroot_create_nofollow(int rootfd, const char *rel, mode_t mode)
{
	char dir[4096];
	const char *slash = strrchr(rel, '/');
	const char *name = slash ? slash + 1 : rel;
	char shown[4200];
	int dfd, fd;

	snprintf(shown, sizeof(shown), "/%s", rel);
	if (!*name)
		return byoc_fail(BYOC_EBUILD, "cannot copy a file to /");
	if (slash) {
		if ((size_t)(slash - rel) >= sizeof(dir))
			return byoc_fail(BYOC_EBUILD, "path too long: %s", shown);
		memcpy(dir, rel, (size_t)(slash - rel));
		dir[slash - rel] = '\0';
	} else {
		dir[0] = '\0';
	}
	dfd = inroot_open_dir(rootfd, dir, true, shown);
	if (dfd < 0)
		return dfd;
	fd = openat(dfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		int r;

		if (errno == EISDIR)
			r = byoc_fail(BYOC_EBUILD, "cannot copy to %s: it is a directory", shown);
		else
			r = byoc_fail_errno(BYOC_EBUILD, "cannot write %s", shown);
		close(dfd);
		return r;
	}
	close(dfd);
	fchmod(fd, mode & 0777);
	return fd;
}

