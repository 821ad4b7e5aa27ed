/* Quoting for POSIX sh: the words of the scripts run in a sandbox. */
#ifndef BYOC_SHQUOTE_H
#define BYOC_SHQUOTE_H

#include <stdbool.h>

#include "util/buf.h"

/* Appends s to out as one single-quoted sh word ('it'"'"'s'), safe for any bytes but NUL;
 * 0 or BYOC_ENOMEM. */
int sh_quote(const char *s, struct buf *out);
/* True when s is a variable name sh can export: [A-Za-z_][A-Za-z0-9_]* (not empty). */
bool sh_var_name_ok(const char *s);

#endif
