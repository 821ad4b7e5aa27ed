/*
 * Configuration lookup: the process environment first, then `.env.local` and
 * `.env` in the working directory (the order the official SDK uses).
 *
 * The files are read as dotenv tools read them (python-dotenv, the `dotenv`
 * npm package): an optional UTF-8 byte order mark, `export KEY=VALUE`, values
 * in double quotes (escapes \n \t \" \\ ...), in single quotes (literal) or
 * bare (a " #" starts a comment), CRLF line ends; a key set twice in one file
 * takes its last value; `.env.local` wins over `.env`.
 *
 * A file that cannot be read safely is refused whole, with one line naming
 * the file and line: not a regular file (a FIFO would hang), over
 * BYOC_DOTENV_MAX bytes or a line over BYOC_DOTENV_LINE_MAX, a control
 * character in a value (a bare CR would end up in a request header), a line
 * that is no KEY=VALUE, an unterminated quote.
 *
 * A working directory may be an untrusted checkout, so a file never decides
 * where a credential goes: keys ending in `_URL` (DAYTONA_API_URL,
 * ANTHROPIC_BASE_URL, ...) are taken from the process environment only; what
 * a file set for them is ignored (byoc_env_ignored names it).
 */
#ifndef BYOC_ENV_H
#define BYOC_ENV_H

#include <stddef.h>

#define BYOC_DOTENV_MAX ((size_t)1 << 20)
#define BYOC_DOTENV_LINE_MAX ((size_t)64 << 10)

/* Reads the files now (tools call it at start): 0, or BYOC_EUSAGE with
 * "FILE:LINE: reason" as the last error. Reads once; later calls return the
 * first result. */
int byoc_env_load(void);

/* The value of name, or NULL when unset or empty. The pointer stays valid
 * for the life of the process (until byoc_env_reset); never free it. When
 * the files could not be read, only the process environment answers. */
const char *byoc_env(const char *name);

/* Same, with a default. */
const char *byoc_env_or(const char *name, const char *fallback);

/* The i-th key a file set that byoc_env ignores (a *_URL not set in the
 * process environment), or NULL after the last. */
const char *byoc_env_ignored(size_t i);

/* Parses one dotenv file as above; calls cb for each KEY=VALUE in file
 * order. Returns 0, BYOC_ENOTFOUND when the file does not exist, or
 * BYOC_EUSAGE ("PATH:LINE: reason"; nothing was passed to cb). */
int byoc_dotenv_parse(const char *path, void (*cb)(const char *key, const char *value, void *arg), void *arg);

/* Forget what was read from the files (tests change directory). */
void byoc_env_reset(void);

#endif
