/* lib/api: the one call path and its one status -> error map, for every client over it. */
#include <criterion/criterion.h>
#include <string.h>

#include "httpstub.h"
#include "lib/anthropic.h"
#include "lib/api.h"
#include "lib/daytona.h"
#include "util/err.h"

Test(api, one_status_map)
{
	cr_assert_eq(api_status_code(401), BYOC_EAUTH);
	cr_assert_eq(api_status_code(403), BYOC_EAUTH);
	cr_assert_eq(api_status_code(404), BYOC_ENOTFOUND);
	cr_assert_eq(api_status_code(408), BYOC_ETIMEOUT);
	cr_assert_eq(api_status_code(409), BYOC_ECONFLICT);
	cr_assert_eq(api_status_code(412), BYOC_ECONFLICT);
	cr_assert_eq(api_status_code(429), BYOC_EFAIL);
	cr_assert_eq(api_status_code(500), BYOC_EFAIL);
	cr_assert_eq(api_status_code(503), BYOC_EFAIL);
	cr_assert_eq(api_status_code(400), BYOC_EFAIL);
}

static void kind_reader(long status, const char *body, size_t len, struct api_error *e)
{
	snprintf(e->kind, sizeof(e->kind), "SlowDown");
	buf_append(&e->msg, body, len);
	e->hint = status == 403 ? "check the key" : NULL;
}

Test(api, messages_name_the_call_the_status_and_the_server_words)
{
	struct api a = { .read_error = kind_reader };
	const char *body = "{\"message\":\"no such\\nthing\"}";

	cr_assert_eq(api_fail_status(NULL, 404, body, strlen(body), "get x"), BYOC_ENOTFOUND);
	cr_assert_str_eq(byoc_errmsg(), "get x: 404 not found: no such thing");
	cr_assert_eq(api_fail_status(NULL, 503, NULL, 0, "get x"), BYOC_EFAIL);
	cr_assert_str_eq(byoc_errmsg(), "get x: 503 service unavailable");
	cr_assert_eq(api_fail_status(&a, 403, "slow", 4, "put y"), BYOC_EAUTH);
	cr_assert_str_eq(byoc_errmsg(), "put y: 403 SlowDown: slow (check the key)");
}

/* /408 -> 408, /409 -> 409 with each API's error body, /204 -> nothing, /arr -> [1] */
static void h_status(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s;
	if (!strcmp(r->path, "/204") || !strcmp(r->path, "/v1/204")) {
		o->status = 204;
	} else if (strstr(r->path, "/arr")) {
		strcpy(o->body, "[1]");
	} else if (strstr(r->path, "/echo")) {
		snprintf(o->body, sizeof(o->body), "{\"headers\":\"%s\"}", strstr(r->headers, "x-extra") ? "extra" : "none");
	} else {
		o->status = atoi(strrchr(r->path, '/') + 1);
		strcpy(o->body, "{\"type\":\"error\",\"error\":{\"type\":\"some_error\",\"message\":\"m\"},\"message\":\"m\"}");
	}
}

/* Daytona and Anthropic answer a 408 and a 409 the same way (Anthropic once mapped 408 to
 * a plain failure and Daytona 412 to one). */
Test(api, daytona_and_anthropic_map_statuses_alike)
{
	struct stub *s = stub_start(h_status, NULL);
	struct dt_client_opts dopts = { .api_url = s->base, .api_key = "k" };
	struct anthropic_opts aopts = { .base_url = s->base, .api_key = "k" };
	struct dt_client *dt = NULL;
	struct anthropic_client *ac = NULL;
	static const long statuses[] = { 401, 404, 408, 409, 412, 429, 500 };
	char path[32];
	json_t *j = NULL;

	dopts.http.max_attempts = 1;
	aopts.http.max_attempts = 1;
	cr_assert_eq(dt_client_new(&dopts, &dt), 0, "%s", byoc_errmsg());
	cr_assert_eq(anthropic_client_new(&aopts, &ac), 0, "%s", byoc_errmsg());
	for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		struct anthropic_call a = { .method = "GET", .path = path, .what = "call" };
		int want = api_status_code(statuses[i]);

		snprintf(path, sizeof(path), "/x/%ld", statuses[i]);
		cr_assert_eq(dt_request(dt, "GET", path, NULL, DT_NO_RETRY, "call", NULL, NULL), want, "daytona %ld",
			     statuses[i]);
		cr_assert_eq(anthropic_call(ac, &a, NULL, NULL), want, "anthropic %ld: %s", statuses[i], byoc_errmsg());
		cr_assert(strstr(byoc_errmsg(), "some_error"), "%s", byoc_errmsg());
	}
	{
		struct anthropic_call a = { .method = "GET", .path = "/204", .what = "poll" };
		const char *extra[] = { "x-extra: 1", NULL };
		struct anthropic_call e = { .method = "GET", .path = "/echo", .headers = extra, .what = "echo" };
		struct anthropic_call arr = { .method = "GET", .path = "/arr", .what = "arr" };
		long st = 0;

		cr_assert_eq(anthropic_call(ac, &a, &st, &j), 0, "%s", byoc_errmsg());
		cr_assert_eq(st, 204);
		cr_assert_null(j, "204 is nothing");
		cr_assert_eq(anthropic_call(ac, &e, NULL, &j), 0, "%s", byoc_errmsg());
		cr_assert_str_eq(json_string_value(json_object_get(j, "headers")), "extra");
		json_decref(j);
		cr_assert_eq(anthropic_call(ac, &arr, NULL, &j), BYOC_EPROTO, "an API of objects refuses an array");
		cr_assert_null(j);
	}
	cr_assert_eq(dt_request(dt, "GET", "/arr", NULL, 0, "arr", &j, NULL), 0, "%s", byoc_errmsg());
	cr_assert(json_is_array(j), "Daytona's generic call takes any JSON");
	json_decref(j);
	anthropic_client_free(ac);
	dt_client_free(dt);
	stub_stop(s);
}
