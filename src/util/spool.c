#include "util/spool.h"
#include "util/buf.h"
#include "util/err.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int spool_open(FILE **f)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
		struct buf t;

		buf_init(&t, 1 << 16);
		if (buf_printf(&t, "%s/byoc-spool.XXXXXX", dir) == 0 && (fd = mkostemp(t.data, O_CLOEXEC)) >= 0)
			unlink(t.data);
		buf_release(&t);
	}
	if (fd < 0 || !(*f = fdopen(fd, "w+"))) {
		int e = errno;

		if (fd >= 0)
			close(fd);
		errno = e;
		return byoc_fail_errno(BYOC_EIO, "cannot make a temporary file in '%s' (set TMPDIR to a writable folder)",
				       dir);
	}
	return 0;
}
