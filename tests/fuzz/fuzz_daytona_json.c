/* libFuzzer target: the parsers of Daytona and toolbox answers (SnapshotDto, Sandbox,
 * FileInfo) and the error-message extraction must never crash, leak or read out of bounds,
 * whatever the server sends. */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "lib/api.h"
#include "lib/daytona.h"
#include "lib/tbclient.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dt_snapshot *sn = NULL;
	struct dt_sandbox *sb = NULL;
	struct tbc_file_info fi;
	json_t *j, *items, *it;
	size_t i;

	(void)api_fail_status(NULL, 400, (const char *)data, size, "fuzz");
	j = json_loadb((const char *)data, size, JSON_DECODE_ANY, NULL);
	if (!j)
		return 0;
	if (dt_snapshot_from_json(j, &sn) == 0)
		dt_snapshot_free(sn);
	if (dt_sandbox_from_json(j, &sb) == 0) {
		(void)dt_sandbox_label(sb, "byoc.managed");
		dt_sandbox_free(sb);
	}
	if (tbc_file_info_from_json(j, &fi) == 0)
		tbc_file_info_release(&fi);
	items = json_object_get(j, "items");
	json_array_foreach(items, i, it) {
		if (dt_snapshot_from_json(it, &sn) == 0)
			dt_snapshot_free(sn);
		if (dt_sandbox_from_json(it, &sb) == 0)
			dt_sandbox_free(sb);
	}
	json_decref(j);
	return 0;
}
