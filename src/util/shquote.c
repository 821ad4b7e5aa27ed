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

static bool var_char(char c, bool first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

bool sh_var_name_ok(const char *s)
{
	if (!s || !var_char(*s, true))
		return false;
	for (; *s; s++)
		if (!var_char(*s, false))
			return false;
	return true;
}
