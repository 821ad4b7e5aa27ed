#include "util/file.h"
#include "util/err.h"

#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int file_read_capped(const char *path, size_t max, const char *what, struct buf *out)
{
	char chunk[65536];
	ssize_t r;
	int fd, rc = 0, saved;
	struct stat st;

	buf_init(out, max);
	/* O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below) */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		saved = errno;
		rc = byoc_fail_errno(saved == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open %s%s'%s'",
				     what ? what : "", what ? " " : "", path);
		errno = saved;
		return rc;
	}
	/* a device, FIFO or socket never ends or blocks forever (/dev/zero, a named pipe) */
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		rc = byoc_fail(BYOC_EUSAGE, "%s%s'%s' is not a regular file", what ? what : "", what ? " " : "", path);
	else if ((uintmax_t)st.st_size > max)
		rc = byoc_fail(BYOC_EUSAGE, "'%s' is larger than %zu bytes%s%s%s", path, max,
			       what ? "; is it a " : "", what ? what : "", what ? "?" : "");
	while (rc == 0 && (r = read(fd, chunk, sizeof(chunk))) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			rc = byoc_fail_errno(BYOC_EIO, "cannot read '%s'", path);
			break;
		}
		if ((size_t)r > max - out->len) {
			rc = byoc_fail(BYOC_EUSAGE, "'%s' is larger than %zu bytes%s%s%s", path, max,
				       what ? "; is it a " : "", what ? what : "", what ? "?" : "");
			break;
		}
		if ((rc = buf_append(out, chunk, (size_t)r)) < 0)
			break;
	}
	explicit_bzero(chunk, sizeof(chunk));  /* it may have held a .env's keys */
	close(fd);
	if (rc < 0)
		buf_release(out);
	return rc;
}

int file_write_text(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	size_t len = strlen(text);
	ssize_t n = write(fd, text, len);
	int e = errno;
	close(fd);
	errno = e;
	return n == (ssize_t)len ? 0 : -1;
}

const char *file_first_exec(const char *const *paths)
{
	for (int i = 0; paths[i]; i++)
		if (access(paths[i], X_OK) == 0)
			return paths[i];
	return NULL;
}
