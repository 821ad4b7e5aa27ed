/*
 * The toolbox (toolbox_api.c): the in-sandbox daemon's API under
 * /toolbox/{sandboxId}/..., contract.md section 5. Its file operations run
 * as byoc-local (the host's root) on the sandbox's root directory, so every
 * path is resolved inside that directory (inroot.h): "..", absolute symlinks
 * and relative symlinks planted by the sandbox all stay inside it. Commands and git run
 * inside the sandbox's namespaces as uid 1000 (runtime_run).
 *
 * A sandbox that exists but is not started answers 409 CONFLICT (Go error
 * shape) "sandbox ... is not started"; an unknown one 404 NOT_FOUND.
 *
 * The helpers below are exposed for unit tests.
 */
#ifndef BYOC_LOCAL_TOOLBOX_H
#define BYOC_LOCAL_TOOLBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "util/buf.h"

/* path as the daemon sees it: absolute as is, relative joined to workdir. 0 or BYOC_EUSAGE (too long/empty). */
int tbx_join(const char *workdir, const char *path, char *out, size_t n);
/* ^[A-Za-z_][A-Za-z0-9_]*$ */
bool tbx_env_key_ok(const char *k);
/* Go's os.FileMode.String() for st_mode, e.g. "-rw-r--r--", "drwxr-xr-x", "dtrwxrwxrwx". */
void tbx_mode_string(mode_t m, char *out, size_t n);
/* Appends p[0..n) to b with invalid UTF-8 replaced by U+FFFD (as Go's JSON encoder does). */
int tbx_utf8_append(struct buf *b, const char *p, size_t n);

#endif
