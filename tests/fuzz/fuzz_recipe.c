/* libFuzzer target: recipe parsing (jansson, the line scanner, ${VAR} expansion, schema). */
#include <stdint.h>
#include <stdlib.h>

#include "lib/recipe.h"
#include "lib/labels.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const sets[] = { "ENVIRONMENT_ID=env_fuzz", "N=3" };
	struct recipe_lines *l = NULL;
	struct recipe *r = NULL;

	if (recipe_lines_scan(&l, (const char *)data, size) == 0) {
		recipe_lines_find(l, "snapshot.name");
		recipe_lines_free(l);
	}
	if (recipe_parse(&r, "fuzz.json", (const char *)data, size, sets, 2) == 0)
		recipe_free(r);
	return 0;
}
