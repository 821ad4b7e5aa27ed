/* libFuzzer target: label arguments (K=V / K-), each line of the input one argument,
 * applied to a map, then the attach rules over the result. Nothing may crash or leak. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/labels.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct labels_changes c;
	struct labels_broken b[LABELS_NRULES];
	char *s = malloc(size + 1), *line, *save = NULL;
	json_t *m;
	time_t t;

	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	labels_changes_init(&c);
	m = json_object();
	for (line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		labels_changes_parse(&c, line, LABELS_ALLOW_RESERVED);
		labels_parse_time(line, &t);
	}
	labels_apply(m, &c);
	labels_satisfied(m, &c);
	labels_validate_map(m);
	labels_check_attach(m, "sb", "env", b);
	json_decref(m);
	labels_changes_release(&c);
	free(s);
	return 0;
}
