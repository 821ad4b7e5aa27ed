/*
 * Configuration lookup: the process environment first, then `.env.local` and
 * `.env` in the working directory (the order the official SDK uses). Values
 * from the files are parsed once, the first time any key is asked for.
 */
#ifndef BYOC_ENV_H
#define BYOC_ENV_H

/* The value of name, or NULL when unset or empty. The pointer stays valid
 * for the life of the process; never free it. */
const char *byoc_env(const char *name);

/* Same, with a default. */
const char *byoc_env_or(const char *name, const char *fallback);

/* Parses one dotenv file; calls cb for each KEY=VALUE. Returns 0, or
 * BYOC_ENOTFOUND when the file does not exist. Exposed for tests. */
int byoc_dotenv_parse(const char *path, void (*cb)(const char *key, const char *value, void *arg), void *arg);

/* Forget what was read from the files (tests change directory). */
void byoc_env_reset(void);

#endif
