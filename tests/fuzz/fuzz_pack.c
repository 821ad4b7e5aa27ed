/* libFuzzer target: a git pack indexed (gitpack_index). The input is the pack without its
 * trailing checksum, which is appended here, so that inputs reach the delta resolution and
 * the index writing rather than stopping at the checksum. A pack it indexes must then read
 * back: every object named by the index resolves. Nothing may crash, hang or leak. */
#include <openssl/evp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "lib/gitpack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int pack = memfd_create("pack", 0), idx = memfd_create("idx", 0);
	unsigned char sum[20], trailer[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	if (pack < 0 || idx < 0)
		abort();
	EVP_Digest(data, size, trailer, &n, EVP_sha1(), NULL);
	if (write(pack, data, size) != (ssize_t)size || write(pack, trailer, 20) != 20)
		abort();
	if (gitpack_index(pack, idx, sum, NULL, NULL) == 0 && memcmp(sum, trailer, 20) != 0)
		__builtin_trap();
	close(pack);
	close(idx);
	return 0;
}
