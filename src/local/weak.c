/*
 * Weak defaults for what the other byoc-local modules provide, so byoc-local
 * links and serves before (or without) them. A module's strong definition
 * wins: the Makefile links liblocal.a whole.
 */
#include "local/server.h"
#include "util/err.h"

#include <stdio.h>

#define WEAK __attribute__((weak))

WEAK const struct lroute sandbox_routes[] = { { 0 } };
WEAK const struct lroute snapshot_routes[] = { { 0 } };
WEAK const struct lroute s3_routes[] = { { 0 } };
WEAK const struct lroute toolbox_routes[] = { { 0 } };

WEAK void local_snapshot_rootfs(struct local *L, const char *snapshot_id, char *out, size_t n)
{
	snprintf(out, n, "%s/snapshots/%s/rootfs", local_state_dir(L), snapshot_id);
}

WEAK int local_object_path(struct local *L, const char *key, char *out, size_t n)
{
	(void)L;
	if (n)
		out[0] = '\0';
	return byoc_fail(BYOC_ENOTFOUND, "object '%s' not found: object storage is not built in", key);
}

WEAK int runtime_prepare(struct local *L, const char *sandbox_id, const char *snapshot_rootfs)
{
	(void)L; (void)sandbox_id; (void)snapshot_rootfs;
	return 0;
}

WEAK int runtime_start(struct local *L, const char *sandbox_id, json_t *sandbox_doc)
{
	(void)L; (void)sandbox_id; (void)sandbox_doc;
	return 0;
}

WEAK int runtime_stop(struct local *L, const char *sandbox_id)
{
	(void)L; (void)sandbox_id;
	return 0;
}

WEAK int runtime_destroy(struct local *L, const char *sandbox_id)
{
	(void)L; (void)sandbox_id;
	return 0;
}

WEAK void sbx_startup(struct local *L) { (void)L; }
WEAK void sbx_shutdown(struct local *L) { (void)L; }
WEAK void snap_startup(struct local *L) { (void)L; }
WEAK void snap_shutdown(struct local *L) { (void)L; }
WEAK void s3_startup(struct local *L) { (void)L; }
WEAK void s3_shutdown(struct local *L) { (void)L; }
WEAK void tbx_startup(struct local *L) { (void)L; }
WEAK void tbx_shutdown(struct local *L) { (void)L; }
WEAK void runtime_startup(struct local *L) { (void)L; }
WEAK void runtime_shutdown(struct local *L) { (void)L; }

/* Weak in case sandbox_api.c is absent; the real ones live there. */
WEAK int local_sandbox_get(struct local *L, const char *id, json_t **doc_out)
{
	(void)L;
	*doc_out = NULL;
	return byoc_fail(BYOC_ENOTFOUND, "sandbox '%s' not found", id);
}

WEAK void local_sandbox_dir(struct local *L, const char *id, char *out, size_t n)
{
	snprintf(out, n, "%s/sandboxes/%s", local_state_dir(L), id);
}

WEAK void local_sandbox_touch(struct local *L, const char *id)
{
	(void)L; (void)id;
}
