/*
 * Snapshot names. The default is exactly the reference orchestrator's
 * (host_lib.py default_snapshot_name): DEFAULT_SNAPSHOT_NAME when set, else
 * "byoc-env-default-" + the first 8 hex digits of sha256(Dockerfile bytes).
 *
 * A prefix replaces "byoc-env-default". With hash_contexts the digest covers
 * every input of the build instead: the Dockerfile bytes, each context's
 * archivePath and hash (sorted by archivePath), and the resources, so a
 * changed COPY source gives a new name. An explicit prefix or hash_contexts
 * wins over DEFAULT_SNAPSHOT_NAME (the variable names the default only).
 */
#ifndef BYOC_SNAPNAME_H
#define BYOC_SNAPNAME_H

#include <stdbool.h>

#include "lib/context.h"

#define SNAPNAME_DEFAULT_PREFIX "byoc-env-default"
#define SNAPNAME_ENV "DEFAULT_SNAPSHOT_NAME"
/* The name the reference orchestrator gives its Dockerfile.default (byte for byte
 * dockerfiles/Dockerfile.default): what a session whose metadata names no sandbox or
 * snapshot gets. test_snapname checks it against both files. */
#define SNAPNAME_REFERENCE_DEFAULT SNAPNAME_DEFAULT_PREFIX "-eeb61990"

struct snapname_opts {
	const char *prefix;                 /* NULL: SNAPNAME_DEFAULT_PREFIX */
	bool hash_contexts;
	const struct ctx_list *contexts;    /* hashed; required with hash_contexts */
	int cpu, memory, disk;              /* resources covered by hash_contexts */
	bool ignore_env;                    /* do not consult DEFAULT_SNAPSHOT_NAME */
};

/* Computes the name for dockerfile. *name and *explain (may be NULL) are
 * the caller's to free; explain lists what went into the name, one item a
 * line. */
int snapname_compute(const char *dockerfile, const struct snapname_opts *o, char **name, char **explain);

/* Daytona's rule for snapshot names (contract.md §2.2). */
bool snapname_valid(const char *name);

#endif
