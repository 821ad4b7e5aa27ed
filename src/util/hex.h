/* Lowercase hex of bytes: digests, ETags, object ids, random names. */
#ifndef BYOC_HEX_H
#define BYOC_HEX_H

#include <stddef.h>

/* Writes 2 * n lowercase hex digits of in[0..n) and a NUL to out (2 * n + 1 bytes);
 * returns out. */
char *hex_encode(char *out, const void *in, size_t n);

#endif
