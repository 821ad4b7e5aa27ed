/* libFuzzer target: the Dockerfile parser must never crash, leak or read out of bounds. */
#include <stddef.h>
#include <stdint.h>

#include "lib/dockerfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dockerfile *df = NULL;
	const char *srcs[64];
	size_t i;

	if (dockerfile_parse("fuzz", (const char *)data, size, &df) == 0) {
		for (i = 0; i < df->n; i++) {
			const struct dockerfile_instr *in = &df->instrs[i];

			if (in->argc <= 64)
				(void)dockerfile_local_sources(in, srcs);
			(void)dockerfile_dest(in);
			(void)dockerfile_flag(in, "from");
			if (in->argc)
				(void)dockerfile_heredoc(in, in->argv[0]);
		}
		dockerfile_free(df);
	}
	return 0;
}
