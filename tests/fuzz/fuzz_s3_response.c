/*
 * libFuzzer target: what the object storage client parses from a peer (the
 * push-access JSON, ListObjectsV2 and S3 error XML) must never crash, leak or
 * read out of bounds.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lib/objstore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct objstore_creds c;
	char code[16], msg[32], key[64];
	int keys;

	(void)objstore_parse_list(s, size, &keys);
	(void)objstore_parse_error(s, size, code, sizeof(code), msg, sizeof(msg));
	(void)objstore_parse_error(s, size, code, 1, msg, 1);
	if (objstore_creds_from_json(s, size, &c) == 0) {
		char *u = objstore_url(&c, "k/ey with space", "list-type=2");
		free(u);
		(void)objstore_context_key(&c, "abc", key, sizeof(key));
		objstore_creds_release(&c);
	}
	return 0;
}
