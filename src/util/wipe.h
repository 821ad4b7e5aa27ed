/* Freeing memory that held a secret (a key, a token, a push-access credential): zeroed first
 * with explicit_bzero, which the compiler may not drop as it may drop a memset before free. */
#ifndef BYOC_WIPE_H
#define BYOC_WIPE_H

#include <stddef.h>

/* Zeroes and frees a NUL-terminated string (NULL is fine). */
void wipe_str_free(char *s);

/* Zeroes a whole malloc'ed block (its usable size) and frees it (NULL is fine): the free
 * function for jansson (json_set_alloc_funcs), so that no JSON answer or document leaves a
 * secret in freed memory. */
void wipe_block_free(void *p);

#endif
