/*
 * Whole trees for the snapshot build and the snapshot API: remove, empty,
 * clone (hard links where possible), copy a file. No symlink is followed.
 */
#include "local/build_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/err.h"

int build_write_all(int fd, const void *p, size_t n)
{
	const char *q = p;

	while (n) {
		ssize_t w = write(fd, q, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return byoc_fail_errno(BYOC_EBUILD, "cannot write to the snapshot");
		}
		q += w;
		n -= (size_t)w;
	}
	return 0;
}

int build_rmtree(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *de;
	int rc = 0;

	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : byoc_fail_errno(BYOC_EIO, "cannot stat '%s'", path);
	if (!S_ISDIR(st.st_mode)) {
		if (unlink(path) < 0 && errno != ENOENT)
			return byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", path);
		return 0;
	}
	chmod(path, 0700);
	d = opendir(path);
	if (!d)
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", path);
	while ((de = readdir(d))) {
		char *sub;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (asprintf(&sub, "%s/%s", path, de->d_name) < 0) {
			rc = BYOC_ENOMEM;
			break;
		}
		rc = build_rmtree(sub);
		free(sub);
		if (rc < 0)
			break;
	}
	closedir(d);
	if (rc == 0 && rmdir(path) < 0 && errno != ENOENT)
		rc = byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", path);
	return rc;
}

int build_empty_dir(const char *path)
{
	int rc = build_rmtree(path);

	if (rc < 0)
		return rc;
	if (mkdir(path, 0755) < 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", path);
	return 0;
}

int build_copy_file(const char *src, const char *dst)
{
	char data[64 * 1024];
	struct stat st;
	int in, out, rc = 0;
	ssize_t n;

	in = open(src, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (in < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", src);
	if (fstat(in, &st) < 0)
		st.st_mode = 0644;
	out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, st.st_mode & 0777);
	if (out < 0) {
		close(in);
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", dst);
	}
	while ((n = read(in, data, sizeof(data))) > 0) {
		rc = build_write_all(out, data, (size_t)n);
		if (rc < 0)
			break;
	}
	if (n < 0)
		rc = byoc_fail_errno(BYOC_EIO, "cannot read '%s'", src);
	close(in);
	close(out);
	return rc;
}

int build_clone_tree(const char *src, const char *dst)
{
	struct dirent *de;
	struct stat st;
	DIR *d;
	int rc = 0;

	if (mkdir(dst, 0755) < 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", dst);
	d = opendir(src);
	if (!d)
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", src);
	while (rc == 0 && (de = readdir(d))) {
		char *s = NULL, *t = NULL;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (asprintf(&s, "%s/%s", src, de->d_name) < 0 || asprintf(&t, "%s/%s", dst, de->d_name) < 0) {
			free(s);
			rc = BYOC_ENOMEM;
			break;
		}
		if (lstat(s, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				rc = build_clone_tree(s, t);
				chmod(t, st.st_mode & 0777);
			} else if (S_ISREG(st.st_mode)) {
				if (link(s, t) < 0)
					rc = build_copy_file(s, t);
			}
		}
		free(s);
		free(t);
	}
	closedir(d);
	return rc;
}

