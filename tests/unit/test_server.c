#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "local/server.h"
#include "util/err.h"

static void free_params(char **p, int n)
{
	for (int i = 0; i < n; i++)
		free(p[i]);
}

Test(route, literal_and_params)
{
	char *p[8];
	int n;

	cr_assert(lroute_match("/api/sandbox", "/api/sandbox", p, 8, &n));
	cr_assert_eq(n, 0);
	cr_assert_not(lroute_match("/api/sandbox", "/api/sandbox/", p, 8, &n));
	cr_assert_not(lroute_match("/api/sandbox", "/api/sandboxes", p, 8, &n));
	cr_assert_not(lroute_match("/api/sandbox/{}", "/api/sandbox", p, 8, &n));
	cr_assert_not(lroute_match("/api/sandbox/{}", "/api/sandbox/", p, 8, &n));
	cr_assert(lroute_match("/api/sandbox/{}/labels", "/api/sandbox/abc/labels", p, 8, &n));
	cr_assert_eq(n, 1);
	cr_assert_str_eq(p[0], "abc");
	free_params(p, n);
	cr_assert_not(lroute_match("/api/sandbox/{}/labels", "/api/sandbox/a/b/labels", p, 8, &n));
	cr_assert(lroute_match("/api/sandbox/{}/autostop/{}", "/api/sandbox/x/autostop/15", p, 8, &n));
	cr_assert_eq(n, 2);
	cr_assert_str_eq(p[1], "15");
	free_params(p, n);
}

Test(route, params_are_decoded_per_segment)
{
	char *p[8];
	int n;

	/* %2F inside a segment is data, not a separator */
	cr_assert(lroute_match("/api/sandbox/{}", "/api/sandbox/my%2Fname%20x", p, 8, &n));
	cr_assert_str_eq(p[0], "my/name x");
	free_params(p, n);
	cr_assert(lroute_match("/api/x/{}", "/api/x/100%", p, 8, &n));
	cr_assert_str_eq(p[0], "100%");
	free_params(p, n);
}

Test(route, encoded_nul_matches_nothing)
{
	char *p[8];
	int n;

	/* "%00" would end the decoded C string: <id>%00junk must not name <id> */
	cr_assert_not(lroute_match("/api/sandbox/{}", "/api/sandbox/abc%00junk", p, 8, &n));
	cr_assert_not(lroute_match("/s3/{}/{*}", "/s3/b/org/victim.txt%00.other", p, 8, &n));
}

Test(route, rest_capture)
{
	char *p[8];
	int n;

	cr_assert(lroute_match("/toolbox/{}/{*}", "/toolbox/id1/files/bulk-upload", p, 8, &n));
	cr_assert_eq(n, 2);
	cr_assert_str_eq(p[0], "id1");
	cr_assert_str_eq(p[1], "files/bulk-upload");
	free_params(p, n);
	cr_assert(lroute_match("/s3/{*}", "/s3/bucket/a%20b/c.tar", p, 8, &n));
	cr_assert_str_eq(p[0], "bucket/a b/c.tar");
	free_params(p, n);
	cr_assert_not(lroute_match("/toolbox/{}/{*}", "/toolbox/id1", p, 8, &n));
	cr_assert_not(lroute_match("/toolbox/{}/{*}", "/other/id1/x", p, 8, &n));
}

Test(fault, parses_each_kind)
{
	struct local_fault f;

	cr_assert_eq(local_fault_parse("POST /api/snapshots* 0.2 503", &f), 0);
	cr_assert_str_eq(f.method, "POST");
	cr_assert_str_eq(f.path_glob, "/api/snapshots*");
	cr_assert_float_eq(f.rate, 0.2, 1e-9);
	cr_assert_eq(f.kind, LFAULT_503);
	cr_assert_eq(local_fault_parse("get /x 1 500", &f), 0);
	cr_assert_str_eq(f.method, "GET");
	cr_assert_eq(f.kind, LFAULT_500);
	cr_assert_eq(local_fault_parse("* /api/* 10% 429", &f), 0);
	cr_assert_float_eq(f.rate, 0.1, 1e-9);
	cr_assert_eq(f.kind, LFAULT_429);
	cr_assert_eq(local_fault_parse("POST /toolbox/*/files/upload-v2 1 404", &f), 0);
	cr_assert_eq(f.kind, LFAULT_404);   /* an older daemon without the route */
	cr_assert_eq(local_fault_parse("PUT /s3/* 0 reset", &f), 0);
	cr_assert_eq(f.kind, LFAULT_RESET);
	cr_assert_eq(local_fault_parse("GET /api/sandbox* 1 delay=250", &f), 0);
	cr_assert_eq(f.kind, LFAULT_DELAY);
	cr_assert_eq(f.delay_ms, 250);
}

Test(fault, rejects_bad_specs)
{
	struct local_fault f;

	cr_assert_eq(local_fault_parse("GET /x 0.5", &f), BYOC_EUSAGE);
	cr_assert_eq(local_fault_parse("GET /x 0.5 503 extra", &f), BYOC_EUSAGE);
	cr_assert_eq(local_fault_parse("GET /x 1.5 503", &f), BYOC_EUSAGE);
	cr_assert_eq(local_fault_parse("GET /x -0.1 503", &f), BYOC_EUSAGE);
	cr_assert_eq(local_fault_parse("GET /x abc 503", &f), BYOC_EUSAGE);
	cr_assert_eq(local_fault_parse("GET /x 1 418", &f), BYOC_EUSAGE);   /* not a kind */
	cr_assert_eq(local_fault_parse("GET /x 1 delay=", &f), BYOC_EUSAGE);
	cr_assert_eq(local_fault_parse("GET /x 1 delay=-5", &f), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "delay") != NULL);
}

Test(misc, uuid_and_time_shapes)
{
	char u[37], t[40];

	local_uuid(u);
	cr_assert_eq(strlen(u), 36);
	cr_assert_eq(u[14], '4');
	cr_assert(strchr("89ab", u[19]) != NULL);
	local_now_iso(t, sizeof(t));
	cr_assert_eq(strlen(t), 24);
	cr_assert_eq(t[23], 'Z');
	cr_assert_eq(t[19], '.');
}
