/* lib/bulkform: the one encoder of the toolbox's bulk-upload body. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "lib/bulkform.h"
#include "util/err.h"

Test(bulkform, heads_files_in_order_and_ends_the_body)
{
	struct bulkform f, g;
	struct buf b, want;
	const char *B;

	cr_assert_eq(bulkform_init(&f), 0);
	cr_assert_eq(bulkform_init(&g), 0);
	cr_assert_str_neq(f.boundary, g.boundary, "each body has its own random boundary");
	B = f.boundary;
	cr_assert_eq(strlen(B), 29);
	cr_assert_eq(strncmp(f.content_type, "multipart/form-data; boundary=", 30), 0);
	cr_assert_str_eq(f.content_type + 30, B);

	buf_init(&b, 0);
	buf_init(&want, 0);
	cr_assert_eq(bulkform_file(&f, &b, "/d", "a b", "f"), 0);
	buf_puts(&b, "ONE");
	cr_assert_eq(bulkform_file(&f, &b, NULL, "/m", "we\"i\\rd\r\n"), 0);
	buf_puts(&b, "TWO");
	cr_assert_eq(bulkform_end(&f, &b), 0);
	buf_printf(&want,
		   "--%s\r\nContent-Disposition: form-data; name=\"files[0].path\"\r\n\r\n/d/a b\r\n"
		   "--%s\r\nContent-Disposition: form-data; name=\"files[0].file\"; filename=\"f\"\r\n"
		   "Content-Type: application/octet-stream\r\n\r\nONE\r\n"
		   "--%s\r\nContent-Disposition: form-data; name=\"files[1].path\"\r\n\r\n/m\r\n"
		   "--%s\r\nContent-Disposition: form-data; name=\"files[1].file\"; filename=\"we\\\"i\\\\rd\"\r\n"
		   "Content-Type: application/octet-stream\r\n\r\nTWO\r\n--%s--\r\n",
		   B, B, B, B, B);
	cr_assert_str_eq(b.data, want.data);
	cr_assert_eq(f.nfiles, 2);
	buf_release(&b);
	buf_release(&want);
}
