#include "util/wipe.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

void wipe_str_free(char *s)
{
	if (s) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

void wipe_block_free(void *p)
{
	if (p) {
		explicit_bzero(p, malloc_usable_size(p));
		free(p);
	}
}
