/* Whole numbers from text (options, environment overrides): all of it, in range, or no. */
#ifndef BYOC_NUM_H
#define BYOC_NUM_H

#include <stdbool.h>

/* True and *out set when s is only a decimal number from min to max (no sign games,
 * no trailing text, no overflow); false and *out untouched otherwise. */
bool num_parse_long(const char *s, long min, long max, long *out);

#endif
