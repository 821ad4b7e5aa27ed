/* libFuzzer target: .dockerignore parsing and matching. The input is split at the
 * first NUL byte: patterns before it, then paths to match (one a line). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/dockerignore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dockerignore *di = NULL;
	const char *sep = memchr(data, '\0', size);
	size_t plen = sep ? (size_t)(sep - (const char *)data) : size;
	char *paths, *line, *save = NULL;

	if (dockerignore_parse("fuzz", (const char *)data, plen, &di) != 0)
		return 0;
	if (sep) {
		paths = strndup(sep + 1, size - plen - 1);
		if (paths) {
			for (line = strtok_r(paths, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
				(void)dockerignore_excluded(di, line);
				(void)dockerignore_may_include_below(di, line);
			}
			free(paths);
		}
	} else {
		(void)dockerignore_excluded(di, "a/b/c.txt");
	}
	dockerignore_free(di);
	return 0;
}
