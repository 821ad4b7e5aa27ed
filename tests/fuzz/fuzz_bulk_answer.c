/* libFuzzer target: the daemon's bulk-upload answer, scanned as it arrives (tbclient):
 * fed in two pieces split where the first byte says, the counts must not depend on where
 * the text was cut, and nothing may crash or read past the input. */
#include <stdint.h>
#include <string.h>

#include "lib/tbclient.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tbc_bulk_scan a, b;
	size_t cut;

	if (size < 1)
		return 0;
	cut = data[0] % size;
	data++;
	size--;
	if (cut > size)
		cut = size;
	tbc_bulk_scan_init(&a);
	tbc_bulk_scan_feed(&a, (const char *)data, size);
	tbc_bulk_scan_init(&b);
	tbc_bulk_scan_feed(&b, (const char *)data, cut);
	tbc_bulk_scan_feed(&b, (const char *)data + cut, size - cut);
	if (tbc_bulk_scan_ok(&a) != tbc_bulk_scan_ok(&b) || a.nfiles != b.nfiles || a.nerrors != b.nerrors ||
	    strcmp(a.first_error, b.first_error) != 0)
		__builtin_trap();
	return 0;
}
