#include "util/err.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static _Thread_local char last_msg[1024];
static _Thread_local int last_code;

static int vset(int code, const char *fmt, va_list ap)
{
	vsnprintf(last_msg, sizeof(last_msg), fmt, ap);
	last_code = code;
	return code;
}

int byoc_fail(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vset(code, fmt, ap);
	va_end(ap);
	return code;
}

int byoc_fail_errno(int code, const char *fmt, ...)
{
	int saved = errno;
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	vset(code, fmt, ap);
	va_end(ap);
	n = strlen(last_msg);
	if (n < sizeof(last_msg))
		snprintf(last_msg + n, sizeof(last_msg) - n, ": %s", strerror(saved));
	return code;
}

int byoc_fail_wrap(int code, const char *fmt, ...)
{
	char prev[sizeof(last_msg)];
	va_list ap;
	size_t n;

	memcpy(prev, last_msg, sizeof(prev));
	va_start(ap, fmt);
	vset(code, fmt, ap);
	va_end(ap);
	/* append ": prev", truncated to the slot (a bounded copy, not snprintf: gcc warns
	 * about the truncation a format would do here, and it is intended) */
	n = strlen(last_msg);
	if (prev[0] && n + 2 < sizeof(last_msg)) {
		size_t room = sizeof(last_msg) - n - 3, len = strlen(prev);

		memcpy(last_msg + n, ": ", 2);
		if (len > room)
			len = room;
		memcpy(last_msg + n + 2, prev, len);
		last_msg[n + 2 + len] = '\0';
	}
	return code;
}

const char *byoc_errmsg(void)
{
	return last_msg[0] ? last_msg : "unknown error";
}

int byoc_errcode(void)
{
	return last_code;
}

void byoc_err_clear(void)
{
	last_msg[0] = '\0';
	last_code = 0;
}

int byoc_exit_code(int code)
{
	switch (code) {
	case BYOC_OK:        return 0;
	case BYOC_EUSAGE:    return 2;
	case BYOC_ENOTFOUND: return 3;
	case BYOC_EREFUSED:  return 4;
	case BYOC_EBUILD:    return 5;
	case BYOC_ETIMEOUT:  return 6;
	case BYOC_EAUTH:     return 7;
	case BYOC_EINTR:     return 130;
	default:             return 1;
	}
}

const char *byoc_err_name(int code)
{
	switch (code) {
	case BYOC_OK:        return "ok";
	case BYOC_EUSAGE:    return "usage";
	case BYOC_ENOTFOUND: return "not_found";
	case BYOC_EREFUSED:  return "refused";
	case BYOC_EBUILD:    return "build_failed";
	case BYOC_ETIMEOUT:  return "timeout";
	case BYOC_EAUTH:     return "auth";
	case BYOC_ECONFLICT: return "conflict";
	case BYOC_ENOMEM:    return "no_memory";
	case BYOC_EIO:       return "io";
	case BYOC_EPROTO:    return "protocol";
	case BYOC_EINTR:     return "interrupted";
	default:             return "failed";
	}
}
