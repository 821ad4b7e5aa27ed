/*
 * Random bytes from the kernel (getrandom): boundaries, temporary names, run tokens,
 * request ids and retry jitter. There is no fallback to the time or the pid: a name two
 * processes could both derive is worse than a clear failure.
 */
#ifndef BYOC_RAND_H
#define BYOC_RAND_H

#include <stddef.h>
#include <stdint.h>

/* Fills p with n random bytes; 0, or BYOC_EIO when the kernel gives none. */
int rand_bytes(void *p, size_t n);

/* Writes 2 * nbytes lowercase hex digits of nbytes random bytes and a NUL to out
 * (which holds 2 * nbytes + 1); 0, or BYOC_EIO. */
int rand_hex(char *out, size_t nbytes);

/* A uniform value in [0, n) (0 when n is 0), for jitter. Never fails: should the kernel
 * give no bytes, the value is 0 (no jitter), never one guessed from the clock. */
uint64_t rand_below(uint64_t n);

#endif
