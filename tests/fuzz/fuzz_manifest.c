/* libFuzzer target: the manifest text a sandbox prints, parsed as byoc-seed parses it; what
 * parses must print back to the same entries (canonical form round trip), and read line by
 * line into a manifest that spills to runs every 3 entries it must be the same manifest. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/manifest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct manifest a, b;
	char *text = NULL, diff[256], h1[65], h2[65];
	size_t n = 0;
	FILE *f;

	manifest_init(&a);
	manifest_init(&b);
	if (manifest_parse(&a, (const char *)data, size) == 0) {
		f = open_memstream(&text, &n);
		if (f) {
			manifest_write(&a, f);
			fclose(f);
			if (manifest_parse(&b, text, n) != 0 || manifest_compare(&a, &b, diff, sizeof(diff)) != 0)
				abort();
			if (manifest_sha256(&a, h1) == 0 && manifest_sha256(&b, h2) == 0 && strcmp(h1, h2) != 0)
				abort();
			free(text);
		}
		f = fmemopen((void *)data, size, "r");
		if (f) {
			struct manifest c;

			manifest_init(&c);
			manifest_spill(&c, 3);
			if (manifest_parse_file(&c, f) == 0 && manifest_compare(&a, &c, diff, sizeof(diff)) != 0)
				abort();
			manifest_release(&c);
			fclose(f);
		}
	}
	manifest_release(&a);
	manifest_release(&b);
	return 0;
}
