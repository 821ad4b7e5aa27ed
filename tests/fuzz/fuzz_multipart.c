/* libFuzzer target for the streaming multipart parser: the first byte picks the
 * piece size, so boundaries land at every offset; the invariant checked is that
 * the data delivered equals the data of a whole-body parse. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "local/multipart.h"
#include "util/buf.h"

static int on_begin(void *arg, const char *name, const char *filename)
{
	return buf_printf(arg, "[%s|%s]", name, filename);
}
static int on_data(void *arg, const char *p, size_t n)
{
	return buf_append(arg, p, n);
}
static int on_end(void *arg)
{
	return buf_puts(arg, "<end>");
}
static const struct mp_callbacks cbs = { on_begin, on_data, on_end };

static int run(const char *p, size_t n, size_t piece, struct buf *out)
{
	struct mp_parser *mp = mp_new("b0undary", &cbs, out);
	if (!mp)
		abort();
	int rc = 0;
	for (size_t off = 0; off < n && rc == 0; off += piece)
		rc = mp_feed(mp, p + off, n - off < piece ? n - off : piece);
	if (rc == 0)
		rc = mp_finish(mp);
	mp_free(mp);
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t piece = (size_t)data[0] % 17 + 1;
	struct buf a, b;
	buf_init(&a, 1 << 20);
	buf_init(&b, 1 << 20);
	int ra = run((const char *)data + 1, size - 1, size, &a);
	int rb = run((const char *)data + 1, size - 1, piece, &b);
	if (ra != rb || a.len != b.len || memcmp(a.data, b.data, a.len) != 0)
		abort();
	buf_release(&a);
	buf_release(&b);
	return 0;
}
