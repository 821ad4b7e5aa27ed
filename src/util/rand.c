#include "util/rand.h"
#include "util/err.h"
#include "util/hex.h"

#include <errno.h>
#include <sys/random.h>

int rand_bytes(void *p, size_t n)
{
	unsigned char *o = p;

	while (n) {
		ssize_t got = getrandom(o, n, 0);

		if (got < 0) {
			if (errno == EINTR)
				continue;
			return byoc_fail_errno(BYOC_EIO, "getrandom");
		}
		o += got;
		n -= (size_t)got;
	}
	return 0;
}

int rand_hex(char *out, size_t nbytes)
{
	unsigned char r[64];
	int rc;

	if (nbytes > sizeof(r))
		return byoc_fail(BYOC_EUSAGE, "rand_hex: at most %zu bytes", sizeof(r));
	if ((rc = rand_bytes(r, nbytes)) < 0)
		return rc;
	hex_encode(out, r, nbytes);
	return 0;
}

uint64_t rand_below(uint64_t n)
{
	uint64_t v = 0;

	if (n == 0 || rand_bytes(&v, sizeof(v)) < 0)
		return 0;
	return v % n;
}
