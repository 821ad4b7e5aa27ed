/* Counting text as the APIs do: characters are Unicode code points of UTF-8. */
#ifndef BYOC_UTF8_H
#define BYOC_UTF8_H

#include <stddef.h>

/* The number of code points in UTF-8 s (continuation bytes not counted). */
size_t utf8_chars(const char *s);

#endif
