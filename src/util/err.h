/*
 * One error model for the whole library: a call returns 0 on success or a
 * negative BYOC_E* code, and leaves one line of detail in a per-thread slot
 * that the caller reads with byoc_errmsg(). Only tools print it; the tool maps
 * the code to its exit status with byoc_exit_code().
 */
#ifndef BYOC_ERR_H
#define BYOC_ERR_H

enum byoc_err {
	BYOC_OK        = 0,
	BYOC_EFAIL     = -1,  /* anything not listed below */
	BYOC_EUSAGE    = -2,  /* bad argument or option */
	BYOC_ENOTFOUND = -3,  /* snapshot, sandbox, file, ref */
	BYOC_EREFUSED  = -4,  /* a check failed: attach rules, verify, manifest */
	BYOC_EBUILD    = -5,  /* snapshot build failed */
	BYOC_ETIMEOUT  = -6,  /* a bounded wait ran out */
	BYOC_EAUTH     = -7,  /* 401/403 */
	BYOC_ECONFLICT = -8,  /* 409 that the caller may want to classify */
	BYOC_ENOMEM    = -9,
	BYOC_EIO       = -10, /* local file or network I/O */
	BYOC_EPROTO    = -11, /* the server answered something we cannot parse */
	BYOC_EINTR     = -12, /* interrupted by a signal */
};

/* Sets the thread's last error to fmt... and returns code, so that
 * `return byoc_fail(BYOC_ENOTFOUND, "snapshot '%s' not found", name);` reads well. */
int byoc_fail(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Like byoc_fail, with ": strerror(errno)" appended. */
int byoc_fail_errno(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Prefixes the current message with "what: " to add context on the way up. */
int byoc_fail_wrap(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

const char *byoc_errmsg(void);
int byoc_errcode(void);
void byoc_err_clear(void);

/* Exit status for a code: 0 ok, 1 fail, 2 usage, 3 not found, 4 refused,
 * 5 build failed, 6 timeout, 7 auth, 130 interrupted. */
int byoc_exit_code(int code);

/* Stable short name of a code ("not_found", ...), for --json error output. */
const char *byoc_err_name(int code);

#endif
