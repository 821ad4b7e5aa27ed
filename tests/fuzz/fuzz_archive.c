/* libFuzzer target: archives as `byoc-seed data` reads them before sending (any tar form,
 * gzip/bzip2/xz/zstd, zip) through the path checks and the manifest. Nothing may crash or
 * leak, and whatever is accepted must name only paths inside the destination. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/manifest.h"
#include "lib/pathcheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct manifest m;
	size_t i;

	manifest_init(&m);
	if (pathcheck_archive_mem(data, size, false, &m) == 0) {
		for (i = 0; i < m.n; i++) {
			const char *p = m.v[i].path;

			if (p[0] == '/' || strcmp(p, "..") == 0 || strncmp(p, "../", 3) == 0 || strstr(p, "/../") ||
			    (strlen(p) >= 3 && strcmp(p + strlen(p) - 3, "/..") == 0))
				abort();
		}
		manifest_add_parents(&m);
	}
	manifest_release(&m);
	return 0;
}
