#include "lib/sandbox.h"
#include "util/err.h"
#include "util/shquote.h"

#include <string.h>

const char *sandbox_program(const char *name)
{
	for (const struct sandbox_program *p = sandbox_programs; p->name; p++)
		if (strcmp(p->name, name) == 0)
			return p->text;
	return NULL;
}

int sandbox_var(struct buf *b, const char *name, const char *value)
{
	int rc;

	if ((rc = buf_printf(b, "%s=", name)) < 0 || (rc = sh_quote(value ? value : "", b)) < 0)
		return rc;
	return buf_puts(b, "\n");
}

int sandbox_add(struct buf *b, const char *name)
{
	const char *text = sandbox_program(name);

	if (!text)
		return byoc_fail(BYOC_EFAIL, "the sandbox program '%s' is not built in", name);
	return buf_puts(b, text);
}
