#include "util/shquote.h"

int sh_quote(const char *s, struct buf *out)
{
	int rc = buf_append(out, "'", 1);

	for (; !rc && *s; s++) {
		if (*s == '\'')
			rc = buf_puts(out, "'\"'\"'");
		else
			rc = buf_append(out, s, 1);
	}
	if (!rc)
		rc = buf_append(out, "'", 1);
	return rc;
}
