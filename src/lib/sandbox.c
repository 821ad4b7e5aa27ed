#include "lib/sandbox.h"

#include <string.h>

const char *sandbox_program(const char *name)
{
	for (const struct sandbox_program *p = sandbox_programs; p->name; p++)
		if (strcmp(p->name, name) == 0)
			return p->text;
	return NULL;
}
