/* libFuzzer target: the Dockerfile parser must never crash, leak or read out of bounds. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lib/dockerfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dockerfile *df = NULL;
	struct dockerfile_scope *scope;
	const char *srcs[64];
	size_t i;

	if (dockerfile_parse("fuzz", (const char *)data, size, &df) == 0) {
		scope = dockerfile_scope_new();
		for (i = 0; i < df->n; i++) {
			const struct dockerfile_instr *in = &df->instrs[i];

			if (scope) {
				size_t k;

				for (k = 0; k < in->argc; k++)
					free(dockerfile_expand(scope, in->argv[k]));
				(void)dockerfile_scope_step(scope, in);
			}

			if (in->argc <= 64)
				(void)dockerfile_local_sources(in, srcs);
			(void)dockerfile_dest(in);
			(void)dockerfile_flag(in, "from");
			if (in->argc)
				(void)dockerfile_heredoc(in, in->argv[0]);
		}
		dockerfile_scope_free(scope);
		dockerfile_free(df);
	}
	return 0;
}
