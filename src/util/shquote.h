/* Quoting for POSIX sh: the words of the scripts run in a sandbox. */
#ifndef BYOC_SHQUOTE_H
#define BYOC_SHQUOTE_H

#include "util/buf.h"

/* Appends s to out as one single-quoted sh word ('it'"'"'s'), safe for any bytes but NUL;
 * 0 or BYOC_ENOMEM. */
int sh_quote(const char *s, struct buf *out);

#endif
