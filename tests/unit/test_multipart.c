#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "local/multipart.h"
#include "util/buf.h"
#include "util/err.h"

/* Records what the parser reports as one transcript string. */
struct rec {
	struct buf t;
	int fail_at_begin; /* make part_begin fail for the n-th part (1-based), 0 = never */
	int parts;
};

static int on_begin(void *arg, const char *name, const char *filename)
{
	struct rec *r = arg;
	r->parts++;
	if (r->fail_at_begin == r->parts)
		return BYOC_EIO;
	return buf_printf(&r->t, "[%s|%s]", name, filename);
}

static int on_data(void *arg, const char *p, size_t n)
{
	struct rec *r = arg;
	return buf_append(&r->t, p, n);
}

static int on_end(void *arg)
{
	struct rec *r = arg;
	return buf_puts(&r->t, "<end>");
}

static const struct mp_callbacks cbs = { on_begin, on_data, on_end };

/* Parses body fed in pieces at the given split offsets; returns the final rc. */
static int parse_split(const char *boundary, const char *body, size_t len, const size_t *cuts, size_t ncuts,
		       struct rec *r)
{
	buf_init(&r->t, 0);
	r->parts = 0;
	struct mp_parser *mp = mp_new(boundary, &cbs, r);
	cr_assert_not_null(mp);
	size_t off = 0;
	int rc = 0;
	for (size_t i = 0; i <= ncuts && rc == 0; i++) {
		size_t end = i < ncuts ? cuts[i] : len;
		rc = mp_feed(mp, body + off, end - off);
		off = end;
	}
	if (rc == 0)
		rc = mp_finish(mp);
	mp_free(mp);
	return rc;
}

#define BODY_SDK \
	"--B0undary\r\n" \
	"Content-Disposition: form-data; name=\"files[0].path\"\r\n\r\n" \
	"/home/daytona/a.txt\r\n" \
	"--B0undary\r\n" \
	"Content-Disposition: form-data; name=\"files[0].file\"; filename=\"/home/daytona/a.txt\"\r\n" \
	"Content-Type: application/octet-stream\r\n\r\n" \
	"hello\r\n--B0undar\r\n-\r\r\nworld\r\n" \
	"--B0undary--\r\n"

#define WANT_SDK \
	"[files[0].path|]/home/daytona/a.txt<end>" \
	"[files[0].file|/home/daytona/a.txt]hello\r\n--B0undar\r\n-\r\r\nworld<end>"

Test(multipart, whole_body)
{
	struct rec r = { 0 };
	cr_assert_eq(parse_split("B0undary", BODY_SDK, strlen(BODY_SDK), NULL, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r.t.data, WANT_SDK);
	buf_release(&r.t);
}

Test(multipart, boundary_split_at_every_offset)
{
	size_t len = strlen(BODY_SDK);
	for (size_t c = 0; c <= len; c++) {
		struct rec r = { 0 };
		size_t cuts[1] = { c };
		cr_assert_eq(parse_split("B0undary", BODY_SDK, len, cuts, 1, &r), 0, "cut %zu: %s", c, byoc_errmsg());
		cr_assert_str_eq(r.t.data, WANT_SDK, "cut at %zu", c);
		buf_release(&r.t);
	}
	/* and every pair of cuts, which splits a boundary in three */
	for (size_t a = 0; a <= len; a += 3)
		for (size_t b = a; b <= len; b++) {
			struct rec r = { 0 };
			size_t cuts[2] = { a, b };
			cr_assert_eq(parse_split("B0undary", BODY_SDK, len, cuts, 2, &r), 0);
			cr_assert_str_eq(r.t.data, WANT_SDK, "cuts at %zu,%zu", a, b);
			buf_release(&r.t);
		}
}

Test(multipart, byte_by_byte)
{
	size_t len = strlen(BODY_SDK);
	size_t *cuts = calloc(len, sizeof(size_t));
	for (size_t i = 0; i < len; i++)
		cuts[i] = i;
	struct rec r = { 0 };
	cr_assert_eq(parse_split("B0undary", BODY_SDK, len, cuts, len, &r), 0);
	cr_assert_str_eq(r.t.data, WANT_SDK);
	buf_release(&r.t);
	free(cuts);
}

Test(multipart, preamble_epilogue_and_leading_crlf)
{
	const char *body = "preamble\r\n--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--\r\nepilogue junk";
	struct rec r = { 0 };
	cr_assert_eq(parse_split("x", body, strlen(body), NULL, 0, &r), 0);
	cr_assert_str_eq(r.t.data, "[a|]1<end>");
	buf_release(&r.t);
}

Test(multipart, binary_data_with_cr_and_nul)
{
	char body[256];
	const char head[] = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"q\\\"x\"\r\n\r\n";
	const char data[] = "\r\0\r\n\r\n-\r\n--\r\n--c\0";
	const char tail[] = "\r\n--b--";
	size_t n = 0;
	memcpy(body + n, head, sizeof(head) - 1); n += sizeof(head) - 1;
	memcpy(body + n, data, sizeof(data) - 1); n += sizeof(data) - 1;
	memcpy(body + n, tail, sizeof(tail) - 1); n += sizeof(tail) - 1;
	for (size_t c = 0; c <= n; c++) {
		struct rec r = { 0 };
		size_t cuts[1] = { c };
		cr_assert_eq(parse_split("b", body, n, cuts, 1, &r), 0);
		cr_assert_eq(r.t.len, strlen("[f|q\"x]") + sizeof(data) - 1 + strlen("<end>"), "cut %zu", c);
		cr_assert_eq(memcmp(r.t.data + strlen("[f|q\"x]"), data, sizeof(data) - 1), 0);
		buf_release(&r.t);
	}
}

Test(multipart, truncated_body_is_an_error)
{
	const char *body = "--b\r\nContent-Disposition: form-data; name=a\r\n\r\nabc\r\n--b";
	struct rec r = { 0 };
	cr_assert_eq(parse_split("b", body, strlen(body), NULL, 0, &r), BYOC_EPROTO);
	buf_release(&r.t);
	struct rec r2 = { 0 };
	cr_assert_eq(parse_split("b", "no boundary here", 16, NULL, 0, &r2), BYOC_EPROTO);
	buf_release(&r2.t);
}

Test(multipart, malformed_after_boundary)
{
	const char *body = "--b\r\nContent-Disposition: form-data; name=a\r\n\r\nabc\r\n--bX\r\n";
	struct rec r = { 0 };
	cr_assert_eq(parse_split("b", body, strlen(body), NULL, 0, &r), BYOC_EPROTO);
	cr_assert(strstr(byoc_errmsg(), "malformed multipart") != NULL);
	buf_release(&r.t);
	const char *nocolon = "--b\r\nContent-Disposition form-data\r\n\r\nabc\r\n--b--";
	struct rec r2 = { 0 };
	cr_assert_eq(parse_split("b", nocolon, strlen(nocolon), NULL, 0, &r2), BYOC_EPROTO);
	buf_release(&r2.t);
}

Test(multipart, header_cap)
{
	size_t n = MP_HEADER_MAX + 100;
	char *body = malloc(n + 16);
	strcpy(body, "--b\r\nX: ");
	memset(body + 8, 'a', n - 8);
	struct rec r = { 0 };
	cr_assert_eq(parse_split("b", body, n, NULL, 0, &r), BYOC_EPROTO);
	buf_release(&r.t);
	free(body);
}

Test(multipart, callback_error_stops)
{
	struct rec r = { .fail_at_begin = 2 };
	cr_assert_eq(parse_split("B0undary", BODY_SDK, strlen(BODY_SDK), NULL, 0, &r), BYOC_EIO);
	cr_assert_str_eq(r.t.data, "[files[0].path|]/home/daytona/a.txt<end>");
	buf_release(&r.t);
}

Test(multipart, content_type_boundary)
{
	char b[MP_BOUNDARY_MAX + 1];
	cr_assert_eq(mp_boundary_from_content_type("multipart/form-data; boundary=----abc123", b, sizeof(b)), 0);
	cr_assert_str_eq(b, "----abc123");
	cr_assert_eq(mp_boundary_from_content_type("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b\"", b, sizeof(b)), 0);
	cr_assert_str_eq(b, "a b");
	cr_assert_eq(mp_boundary_from_content_type("application/json", b, sizeof(b)), BYOC_EPROTO);
	cr_assert_eq(mp_boundary_from_content_type("multipart/form-data", b, sizeof(b)), BYOC_EPROTO);
	cr_assert_eq(mp_boundary_from_content_type("multipart/form-data; boundary=", b, sizeof(b)), BYOC_EPROTO);
	cr_assert_eq(mp_boundary_from_content_type(NULL, b, sizeof(b)), BYOC_EPROTO);
	cr_assert_null(mp_new("", &cbs, NULL));
	cr_assert_null(mp_new("a\rb", &cbs, NULL));
}
