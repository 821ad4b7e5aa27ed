/*
 * The programs byoc runs inside sandboxes (the .sh and .py files of src/lib/sandbox/). They are
 * real files in the tree, checked by `make check` (sh -n, shellcheck, py_compile)
 * and unit-tested on their own, and compiled into the library by the Makefile
 * (build/gen/sandbox_programs.c), so a tool never reads them from disk at run time.
 */
#ifndef BYOC_SANDBOX_H
#define BYOC_SANDBOX_H

#include <stddef.h>

#include "util/buf.h"

struct sandbox_program {
	const char *name;   /* file name, e.g. "runner-probe.sh" */
	const char *text;   /* NUL-terminated */
	size_t len;
};

/* Every program, ended by an entry whose name is NULL. */
extern const struct sandbox_program sandbox_programs[];

/* The text of the named program; NULL when there is none (a build bug: tests check
 * every name the library asks for). */
const char *sandbox_program(const char *name);

/* A command for the toolbox is built from the programs: first their inputs, each appended
 * to b as NAME='value' on a line of its own (sandbox_var), then their text (sandbox_add,
 * BYOC_EFAIL when the build holds no program of that name). */
int sandbox_var(struct buf *b, const char *name, const char *value);
int sandbox_add(struct buf *b, const char *name);

#endif
