#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpstub.h"
#include "lib/daytona.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"

#define KEY "dtn_testkey_0123456789"

static void trace(void *arg, const char *line)
{
	(void)arg;
	fprintf(stderr, "trace: %s\n", line);
}

/* C1_TRACE=1 in the environment prints the client's traces. */
static struct dt_client *dt(struct stub *s)
{
	struct dt_client_opts o = { 0 };
	struct dt_client *c = NULL;
	char url[128];

	snprintf(url, sizeof(url), "%s/api/", s->base);
	o.api_url = url;
	o.api_key = KEY;
	o.target = "";
	o.http.backoff_base_ms = 5;
	o.http.backoff_max_ms = 20;
	if (getenv("C1_TRACE"))
		o.http.log = trace;
	cr_assert_eq(dt_client_new(&o, &c), 0, "%s", byoc_errmsg());
	return c;
}

static json_t *body_json(const struct stub_req *r)
{
	json_t *j = json_loads(r->body, 0, NULL);

	cr_assert_not_null(j, "body is not JSON: %s", r->body);
	return j;
}

/* ---- config ---------------------------------------------------------------------------- */

Test(daytona, missing_api_key_names_the_variable)
{
	struct dt_client *c = NULL;

	unsetenv("DAYTONA_API_KEY");
	byoc_env_reset();
	cr_assert_eq(dt_client_new(NULL, &c), BYOC_EUSAGE);
	cr_assert_null(c);
	cr_assert(strstr(byoc_errmsg(), "DAYTONA_API_KEY") && strstr(byoc_errmsg(), ".env"), "%s", byoc_errmsg());
}

Test(daytona, config_from_environment)
{
	struct dt_client *c = NULL;

	setenv("DAYTONA_API_KEY", "k1234567", 1);
	setenv("DAYTONA_API_URL", "http://127.0.0.1:9/api///", 1);
	setenv("DAYTONA_TARGET", "eu", 1);
	byoc_env_reset();
	cr_assert_eq(dt_client_new(NULL, &c), 0);
	cr_assert_str_eq(dt_client_api_url(c), "http://127.0.0.1:9/api");
	cr_assert_str_eq(dt_client_target(c), "eu");
	dt_client_free(c);
	unsetenv("DAYTONA_API_URL");
	byoc_env_reset();
	cr_assert_eq(dt_client_new(NULL, &c), 0);
	cr_assert_str_eq(dt_client_api_url(c), "https://app.daytona.io/api");
	dt_client_free(c);
	/* plain http to another machine would carry the key in clear (issue 16) */
	setenv("DAYTONA_API_URL", "http://daytona.example/api", 1);
	cr_assert_eq(dt_client_new(NULL, &c), BYOC_EUSAGE);
	cr_assert_null(c);
	cr_assert(strstr(byoc_errmsg(), HTTP_ALLOW_ENV));
	setenv(HTTP_ALLOW_ENV, "1", 1);
	cr_assert_eq(dt_client_new(NULL, &c), 0);
	dt_client_free(c);
	unsetenv(HTTP_ALLOW_ENV);
	unsetenv("DAYTONA_API_URL");
	unsetenv("DAYTONA_API_KEY");
	unsetenv("DAYTONA_TARGET");
}

Test(daytona, endpoint_never_from_dotenv)
{
	struct dt_client *c = NULL;
	char dir[] = "/tmp/c1-dotenv-XXXXXX", old[4096], path[300];
	FILE *f;

	cr_assert(getcwd(old, sizeof(old)));
	cr_assert(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/.env", dir);
	f = fopen(path, "w");
	fputs("DAYTONA_API_KEY=from-file-key\nDAYTONA_API_URL=http://evil.example/api\nDAYTONA_TARGET=eu\n", f);
	fclose(f);
	cr_assert_eq(chdir(dir), 0);
	unsetenv("DAYTONA_API_KEY");
	unsetenv("DAYTONA_API_URL");
	unsetenv("DAYTONA_SERVER_URL");
	unsetenv("DAYTONA_TARGET");
	byoc_env_reset();
	cr_assert_eq(dt_client_new(NULL, &c), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(dt_client_api_url(c), "https://app.daytona.io/api", "a .env must not redirect the key");
	cr_assert_str_eq(dt_client_target(c), "eu");
	cr_assert_str_eq(byoc_env_ignored(0), "DAYTONA_API_URL");
	cr_assert_null(byoc_env_ignored(1));
	dt_client_free(c);

	/* the process environment names it: used, no notice; the deprecated alias too */
	setenv("DAYTONA_SERVER_URL", "http://127.0.0.1:7/api", 1);
	byoc_env_reset();
	cr_assert_eq(dt_client_new(NULL, &c), 0);
	cr_assert_str_eq(dt_client_api_url(c), "http://127.0.0.1:7/api");
	dt_client_free(c);
	setenv("DAYTONA_API_URL", "http://127.0.0.1:8/api", 1);
	cr_assert_eq(dt_client_new(NULL, &c), 0);
	cr_assert_str_eq(dt_client_api_url(c), "http://127.0.0.1:8/api");
	dt_client_free(c);
	unsetenv("DAYTONA_API_URL");
	unsetenv("DAYTONA_SERVER_URL");
	cr_assert_eq(chdir(old), 0);
	unlink(path);
	rmdir(dir);
	byoc_env_reset();
}

/* ---- headers and error mapping ----------------------------------------------------------------- */

static void h_status(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	const char *p = strrchr(r->path, '/') + 1;
	int st = atoi(p);

	(void)s;
	o->status = st ? st : 200;
	if (!strcmp(r->path, "/api/snapshots/arr")) {
		o->status = 400;
		strcpy(o->body, "{\"statusCode\":400,\"message\":[\"name must be a string\",\"cpu must be >= 0\"]}");
	} else if (!strcmp(r->path, "/api/snapshots/err")) {
		o->status = 400;
		strcpy(o->body, "{\"error\":\"request body must be {\\\"paths\\\": [ ... ]}\"}");
	} else if (!strcmp(r->path, "/api/snapshots/raw")) {
		o->status = 502;
		strcpy(o->body, "<html>bad\ngateway</html>");
	} else if (!strcmp(r->path, "/api/snapshots/echo")) {
		o->status = 400;
		strcpy(o->body, "{\"message\":\"token " KEY " is odd\"}");
	} else if (!strcmp(r->path, "/api/snapshots/long")) {
		o->status = 400;
		strcpy(o->body, "{\"message\":\"");
		memset(o->body + 12, 'z', 2000);
		strcpy(o->body + 2012, "\"}");
	} else if (st) {
		snprintf(o->body, sizeof(o->body),
			 "{\"path\":\"%s\",\"statusCode\":%d,\"error\":\"E\",\"message\":\"server says %d\"}", r->path,
			 st, st);
	}
}

Test(daytona, error_mapping_and_messages)
{
	struct stub *s = stub_start(h_status, NULL);
	struct dt_client *c = dt(s);
	struct dt_snapshot *snap = (void *)1;
	char ua[64], src[64], auth[128];

	cr_assert_eq(dt_snapshot_get(c, "401", &snap), BYOC_EAUTH);
	cr_assert_null(snap);
	cr_assert_str_eq(byoc_errmsg(), "get snapshot '401': 401 unauthorized: server says 401 (check DAYTONA_API_KEY in the environment or .env)");
	cr_assert_str_eq(stub_header(&s->last, "Authorization", auth, sizeof(auth)), "Bearer " KEY);
	cr_assert(!strncmp(stub_header(&s->last, "User-Agent", ua, sizeof(ua)), "byoc/", 5), "%s", ua);
	cr_assert_str_eq(stub_header(&s->last, "X-Daytona-Source", src, sizeof(src)), "byoc");
	cr_assert_eq(dt_snapshot_get(c, "403", &snap), BYOC_EAUTH);
	cr_assert_eq(dt_snapshot_get(c, "404", &snap), BYOC_ENOTFOUND);
	cr_assert_str_eq(byoc_errmsg(), "get snapshot '404': 404 not found: server says 404");
	cr_assert_eq(dt_snapshot_get(c, "409", &snap), BYOC_ECONFLICT);
	cr_assert_eq(dt_snapshot_get(c, "400", &snap), BYOC_EFAIL);
	cr_assert_eq(dt_snapshot_get(c, "arr", &snap), BYOC_EFAIL);
	cr_assert_str_eq(byoc_errmsg(), "get snapshot 'arr': 400 bad request: name must be a string, cpu must be >= 0");
	cr_assert_eq(dt_snapshot_get(c, "err", &snap), BYOC_EFAIL);
	cr_assert(strstr(byoc_errmsg(), ": request body must be"), "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_get(c, "raw", &snap), BYOC_EFAIL);
	cr_assert_str_eq(byoc_errmsg(), "get snapshot 'raw': 502 bad gateway: <html>bad gateway</html> (after 8 attempts)");
	cr_assert_eq(dt_snapshot_get(c, "echo", &snap), BYOC_EFAIL);
	cr_assert_null(strstr(byoc_errmsg(), KEY), "%s", byoc_errmsg());
	cr_assert(strstr(byoc_errmsg(), "token [redacted] is odd"), "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_get(c, "long", &snap), BYOC_EFAIL);
	cr_assert_lt(strlen(byoc_errmsg()), 400);
	cr_assert(strstr(byoc_errmsg(), "zzz..."), "%s", byoc_errmsg());
	dt_client_free(c);
	stub_stop(s);
}

/* ---- snapshots ------------------------------------------------------------------------------ */

#define SNAP(name, state, reason) \
	"{\"id\":\"0f1e2d3c-0000-4000-8000-00000000000" name "\",\"name\":\"snap-" name "\",\"state\":\"" state \
	"\",\"errorReason\":" reason ",\"cpu\":2,\"gpu\":0,\"mem\":8,\"disk\":10,\"size\":null,\"general\":false," \
	"\"entrypoint\":null,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"x\",\"lastUsedAt\":null}"

static void h_snapshots(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	char page[16] = "";

	(void)s;
	if (!strcmp(r->method, "POST") && !strcmp(r->path, "/api/snapshots")) {
		strcpy(o->body, SNAP("1", "pending", "null"));
	} else if (!strcmp(r->path, "/api/snapshots") && !strcmp(r->method, "GET")) {
		stub_query(r, "page", page, sizeof(page));
		if (!strcmp(page, "1"))
			strcpy(o->body, "{\"items\":[" SNAP("1", "active", "null") "," SNAP("2", "active", "null")
					"],\"total\":3,\"page\":1,\"totalPages\":2}");
		else
			strcpy(o->body, "{\"items\":[" SNAP("3", "build_failed", "\"boom\"")
					"],\"total\":3,\"page\":2,\"totalPages\":2}");
	} else if (!strcmp(r->method, "DELETE")) {
		o->body[0] = '\0';
	} else if (strstr(r->path, "/activate")) {
		strcpy(o->body, SNAP("1", "pending", "null"));
	} else {
		o->status = 404;
		strcpy(o->body, "{\"message\":\"nope\"}");
	}
}

Test(daytona, snapshot_create_sends_spec_fields_only)
{
	struct stub *s = stub_start(h_snapshots, NULL);
	struct dt_client *c = dt(s);
	const char *hashes[] = { "aaa", "bbb" };
	struct dt_snapshot_create p = { .name = "byoc-env-default-12345678",
					.dockerfile_content = "FROM x\n",
					.context_hashes = hashes,
					.n_context_hashes = 2,
					.cpu = 2,
					.memory = 8,
					.disk = 10,
					.region_id = "r1" };
	struct dt_snapshot *snap = NULL;
	json_t *b;
	char ct[64];

	cr_assert_eq(dt_snapshot_create(c, &p, &snap), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(snap->state, "pending");
	cr_assert_str_eq(snap->name, "snap-1");
	cr_assert_eq(snap->mem, 8);
	cr_assert_eq(snap->size, -1);
	cr_assert_str_eq(s->last.method, "POST");
	cr_assert_str_eq(s->last.path, "/api/snapshots");
	cr_assert_str_eq(stub_header(&s->last, "Content-Type", ct, sizeof(ct)), "application/json");
	b = body_json(&s->last);
	cr_assert_eq(json_object_size(b), 6, "%s", s->last.body);
	cr_assert_str_eq(json_string_value(json_object_get(b, "name")), "byoc-env-default-12345678");
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(b, "buildInfo"), "dockerfileContent")),
			 "FROM x\n");
	cr_assert_eq(json_array_size(json_object_get(json_object_get(b, "buildInfo"), "contextHashes")), 2);
	cr_assert_eq(json_integer_value(json_object_get(b, "memory")), 8);
	cr_assert_str_eq(json_string_value(json_object_get(b, "regionId")), "r1");
	json_decref(b);
	dt_snapshot_free(snap);

	/* image mode, defaults omitted */
	p = (struct dt_snapshot_create){ .name = "n", .image_name = "python:3.12" };
	cr_assert_eq(dt_snapshot_create(c, &p, NULL), 0);
	cr_assert_str_eq(s->last.body, "{\"name\":\"n\",\"imageName\":\"python:3.12\"}");
	b = body_json(&s->last);
	cr_assert_eq(json_object_size(b), 2, "%s", s->last.body);
	json_decref(b);

	p.dockerfile_content = "FROM y";
	cr_assert_eq(dt_snapshot_create(c, &p, NULL), BYOC_EUSAGE);
	dt_client_free(c);
	stub_stop(s);
}

static void h_create_503(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	(void)s;
	if (r->seq == 1) {
		o->status = 503;
		return;
	}
	strcpy(o->body, SNAP("1", "pending", "null"));
}

Test(daytona, create_not_replayed_unless_asked)
{
	struct stub *s = stub_start(h_create_503, NULL);
	struct dt_client *c = dt(s);
	struct dt_snapshot_create p = { .name = "n", .image_name = "python:3.12" };
	struct dt_sandbox_create sp;

	cr_assert_eq(dt_snapshot_create(c, &p, NULL), BYOC_EFAIL);
	cr_assert(strstr(byoc_errmsg(), "503 service unavailable"), "%s", byoc_errmsg());
	cr_assert_eq(s->count, 1);
	stub_stop(s);
	dt_client_free(c);

	s = stub_start(h_create_503, NULL);
	c = dt(s);
	p.retry = true;
	cr_assert_eq(dt_snapshot_create(c, &p, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(s->count, 2);
	stub_stop(s);
	dt_client_free(c);

	s = stub_start(h_create_503, NULL);
	c = dt(s);
	dt_sandbox_create_init(&sp);
	sp.name = "sb";
	cr_assert_eq(dt_sandbox_create(c, &sp, NULL), BYOC_EFAIL);
	cr_assert_eq(s->count, 1);
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, snapshot_list_all_pages_and_filter)
{
	struct stub *s = stub_start(h_snapshots, NULL);
	struct dt_client *c = dt(s);
	struct dt_snapshot_list l;

	cr_assert_eq(dt_snapshot_list(c, "byoc-env &x", &l), 0, "%s", byoc_errmsg());
	cr_assert_eq(l.count, 3, "count %zu", l.count);
	cr_assert_str_eq(l.items[2]->state, "build_failed");
	cr_assert_str_eq(l.items[2]->error_reason, "boom");
	cr_assert_eq(s->count, 2);
	cr_assert_str_eq(s->log[0], "GET /api/snapshots?page=1&limit=100&name=byoc-env &x");
	cr_assert_str_eq(s->log[1], "GET /api/snapshots?page=2&limit=100&name=byoc-env &x");
	dt_snapshot_list_release(&l);
	cr_assert_eq(dt_snapshot_delete(c, "0f1e2d3c-0000-4000-8000-000000000001"), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(s->last.method, "DELETE");
	cr_assert_eq(dt_snapshot_activate(c, "0f1e2d3c-0000-4000-8000-000000000001", NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/snapshots/0f1e2d3c-0000-4000-8000-000000000001/activate");
	cr_assert_eq(dt_snapshot_get(c, "a/b c", NULL), BYOC_ENOTFOUND);
	cr_assert_str_eq(s->last.path, "/api/snapshots/a/b c", "MHD decodes; sent as a%%2Fb%%20c");
	dt_client_free(c);
	stub_stop(s);
}

/* ---- build logs ------------------------------------------------------------------------------ */

struct buildsim {
	int64_t t0;
	bool fail;
	int log_opens;
};

static void h_build(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	struct buildsim *b = s->arg;
	int64_t el = http_now_ms() - b->t0;
	const char *state = el < 700 ? "pending" : el < 3000 ? "building" : b->fail ? "build_failed" : "active";
	char follow[16] = "";

	if (!strcmp(r->path, "/api/snapshots/snap-1")) {
		if (!strcmp(state, "build_failed"))
			strcpy(o->body, SNAP("1", "build_failed", "\"RUN exited 1\""));
		else
			snprintf(o->body, sizeof(o->body), SNAP("1", "%s", "null"), state);
	} else if (!strcmp(r->path, "/api/snapshots/0f1e2d3c-0000-4000-8000-000000000001/build-logs-url")) {
		snprintf(o->body, sizeof(o->body), "{\"url\":\"%s/snapshots/%s/build-logs\"}", s->base,
			 "0f1e2d3c-0000-4000-8000-000000000001");
	} else if (!strcmp(r->path, "/snapshots/0f1e2d3c-0000-4000-8000-000000000001/build-logs")) {
		stub_query(r, "follow", follow, sizeof(follow));
		if (++b->log_opens == 1) {
			o->status = 404;
			strcpy(o->body, "{\"statusCode\":404,\"message\":\"build logs not found for ref: x\"}");
			return;
		}
		o->chunks[0] = "Step 1/2 : FROM x\n";
		o->chunks[1] = "Step 2/2 : RUN y\n";
		o->pause_ms = 300;
		/* the runner closes a followed stream only on success */
		o->hang = b->fail && !strcmp(follow, "true");
		if (!strcmp(follow, "true") && !b->fail)
			o->delay_ms = 0;
	} else {
		o->status = 404;
	}
}

static int logcb(void *arg, const char *p, size_t n)
{
	return buf_append(arg, p, n);
}

Test(daytona, follow_logs_success)
{
	struct buildsim b = { .t0 = http_now_ms() };
	struct stub *s = stub_start(h_build, &b);
	struct dt_client *c = dt(s);
	struct dt_snapshot *fin = NULL;
	struct buf log;

	buf_init(&log, 0);
	cr_assert_eq(dt_snapshot_follow_logs(c, "snap-1", logcb, &log, http_now_ms() + 15000, &fin), 0, "%s",
		     byoc_errmsg());
	cr_assert_str_eq(fin->state, "active");
	cr_assert(strstr(log.data, "Step 1/2 : FROM x\nStep 2/2 : RUN y\n"), "%s", log.data);
	cr_assert_geq(b.log_opens, 2, "a 404 on the log URL is retried later");
	dt_snapshot_free(fin);
	buf_release(&log);
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, follow_logs_failure_stops_after_two_idle_timeouts)
{
	struct buildsim b = { .t0 = http_now_ms(), .fail = true };
	struct stub *s = stub_start(h_build, &b);
	struct dt_client *c = dt(s);
	struct dt_snapshot *fin = NULL;
	struct buf log;
	int64_t t0 = http_now_ms(), el;

	buf_init(&log, 0);
	cr_assert_eq(dt_snapshot_follow_logs(c, "snap-1", logcb, &log, http_now_ms() + 20000, &fin), BYOC_EBUILD);
	el = http_now_ms() - t0;
	cr_assert(strstr(byoc_errmsg(), "RUN exited 1"), "%s", byoc_errmsg());
	cr_assert_str_eq(fin->state, "build_failed");
	cr_assert(strstr(log.data, "Step 2/2 : RUN y\n"), "%s", log.data);
	/* failed at 3 s, then two 2 s idle timeouts: done well before the deadline */
	cr_assert(el >= 4000 && el < 10000, "took %lld ms", (long long)el);
	dt_snapshot_free(fin);
	buf_release(&log);
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, wait_without_logs_and_deadline)
{
	struct buildsim b = { .t0 = http_now_ms() };
	struct stub *s = stub_start(h_build, &b);
	struct dt_client *c = dt(s);
	struct dt_snapshot *fin = NULL;

	cr_assert_eq(dt_snapshot_wait(c, "snap-1", http_now_ms() + 1200, &fin), BYOC_ETIMEOUT);
	cr_assert(strstr(byoc_errmsg(), "snapshot 'snap-1' still"), "%s", byoc_errmsg());
	dt_snapshot_free(fin);
	cr_assert_eq(dt_snapshot_wait(c, "snap-1", http_now_ms() + 10000, &fin), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(fin->state, "active");
	cr_assert_eq(b.log_opens, 0);
	dt_snapshot_free(fin);
	cr_assert_eq(dt_snapshot_wait(c, "missing", http_now_ms() + 10000, NULL), BYOC_ENOTFOUND);
	dt_client_free(c);
	stub_stop(s);
}

/* ---- sandboxes ------------------------------------------------------------------------------ */

#define SBX(id, state) \
	"{\"id\":\"" id "\",\"name\":\"n-" id "\",\"state\":\"" state "\",\"labels\":{\"a\":\"1\",\"bad\":5}," \
	"\"env\":{\"X\":\"y\"},\"toolboxProxyUrl\":\"http://127.0.0.1:1/toolbox\",\"cpu\":1,\"memory\":1," \
	"\"disk\":3,\"gpu\":0,\"autoStopInterval\":0,\"networkBlockAll\":true,\"user\":\"daytona\"," \
	"\"organizationId\":\"o\",\"public\":false,\"target\":\"us\"}"

static void h_sandbox(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	char cursor[64] = "";
	int *polls = s->arg;

	if (!strcmp(r->path, "/api/sandbox") && !strcmp(r->method, "POST")) {
		strcpy(o->body, SBX("s1", "creating"));
	} else if (!strcmp(r->path, "/api/sandbox") && !strcmp(r->method, "GET")) {
		if (!stub_query(r, "cursor", cursor, sizeof(cursor)))
			strcpy(o->body, "{\"items\":[" SBX("s1", "started") "," SBX("s2", "stopped")
					"],\"nextCursor\":\"c+2/=\"}");
		else if (!strcmp(cursor, "c+2/="))
			strcpy(o->body, "{\"items\":[" SBX("s3", "started") "],\"nextCursor\":null}");
		else
			o->status = 400;
	} else if (!strcmp(r->path, "/api/sandbox/s1")) {
		if (!strcmp(r->method, "DELETE")) {
			strcpy(o->body, SBX("s1", "destroying"));
		} else {
			++*polls;
			strcpy(o->body, *polls < 4 ? SBX("s1", "starting") : SBX("s1", "started"));
		}
	} else if (!strcmp(r->path, "/api/sandbox/s9")) {
		strcpy(o->body, "{\"id\":\"s9\",\"state\":\"error\",\"errorReason\":\"disk full\",\"labels\":[]}");
	} else if (strstr(r->path, "/labels") || strstr(r->path, "/start") || strstr(r->path, "/stop") ||
		   strstr(r->path, "/archive") || strstr(r->path, "/auto")) {
		strcpy(o->body, SBX("s1", "started"));
	} else if (strstr(r->path, "/toolbox-proxy-url")) {
		strcpy(o->body, "{\"url\":\"http://127.0.0.1:1/toolbox\"}");
	} else if (!strcmp(r->path, "/api/object-storage/push-access")) {
		strcpy(o->body, "{\"accessKey\":\"A\",\"secret\":\"S\",\"sessionToken\":\"T\",\"storageUrl\":\"http://x\","
				"\"organizationId\":\"o\",\"bucket\":\"b\"}");
	} else {
		o->status = 404;
	}
}

Test(daytona, sandbox_create_body)
{
	int polls = 0;
	struct stub *s = stub_start(h_sandbox, &polls);
	struct dt_client *c = dt(s);
	struct dt_sandbox_create p;
	struct dt_sandbox *sb = NULL;
	json_t *labels = json_pack("{s:s,s:s}", "byoc.managed", "true", "env", "ci");
	json_t *env = json_pack("{s:s}", "FOO", "bar");
	json_t *b;

	dt_sandbox_create_init(&p);
	p.name = "sb1";
	p.snapshot = "byoc-env-default-1234";
	p.labels = labels;
	p.env = env;
	p.auto_stop_interval = 0;
	p.auto_archive_interval = 1440;
	p.auto_delete_interval = -1;
	p.network_block_all = true;
	p.target = "us";
	cr_assert_eq(dt_sandbox_create(c, &p, &sb), 0, "%s", byoc_errmsg());
	b = body_json(&s->last);
	cr_assert_eq(json_object_size(b), 9, "%s", s->last.body);
	cr_assert(json_equal(json_object_get(b, "labels"), labels));
	cr_assert(json_equal(json_object_get(b, "env"), env));
	cr_assert_eq(json_integer_value(json_object_get(b, "autoStopInterval")), 0);
	cr_assert_eq(json_integer_value(json_object_get(b, "autoArchiveInterval")), 1440);
	cr_assert_eq(json_integer_value(json_object_get(b, "autoDeleteInterval")), -1);
	cr_assert(json_is_true(json_object_get(b, "networkBlockAll")));
	cr_assert_str_eq(json_string_value(json_object_get(b, "target")), "us");
	cr_assert_str_eq(json_string_value(json_object_get(b, "snapshot")), "byoc-env-default-1234");
	json_decref(b);
	cr_assert_str_eq(sb->state, "creating");
	cr_assert_str_eq(dt_sandbox_label(sb, "a"), "1");
	cr_assert_null(dt_sandbox_label(sb, "bad"), "non-string labels are dropped");
	cr_assert_str_eq(json_string_value(json_object_get(sb->env, "X")), "y");
	cr_assert_str_eq(sb->toolbox_proxy_url, "http://127.0.0.1:1/toolbox");
	cr_assert_eq(sb->auto_stop_interval, 0);
	cr_assert_eq(sb->auto_archive_interval, LONG_MIN);
	cr_assert(sb->network_block_all);
	dt_sandbox_free(sb);

	/* minimal: nothing but what was given */
	dt_sandbox_create_init(&p);
	cr_assert_eq(dt_sandbox_create(c, &p, NULL), 0);
	cr_assert_str_eq(s->last.body, "{}");

	json_object_set_new(labels, "n", json_integer(1));
	p.labels = labels;
	cr_assert_eq(dt_sandbox_create(c, &p, NULL), BYOC_EUSAGE);
	json_decref(labels);
	json_decref(env);
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, sandbox_list_pages_and_labels_filter)
{
	int polls = 0;
	struct stub *s = stub_start(h_sandbox, &polls);
	struct dt_client *c = dt(s);
	struct dt_sandbox_list l;
	json_t *f = json_pack("{s:s,s:s}", "byoc.pool", "p 1", "a", "1");

	cr_assert_eq(dt_sandbox_list(c, f, &l), 0, "%s", byoc_errmsg());
	cr_assert_eq(l.count, 3);
	cr_assert_str_eq(l.items[2]->id, "s3");
	cr_assert_eq(s->count, 2);
	cr_assert_str_eq(s->log[0], "GET /api/sandbox?limit=100&labels={\"a\":\"1\",\"byoc.pool\":\"p 1\"}");
	cr_assert_str_eq(s->log[1],
			 "GET /api/sandbox?limit=100&labels={\"a\":\"1\",\"byoc.pool\":\"p 1\"}&cursor=c+2/=");
	dt_sandbox_list_release(&l);
	json_decref(f);
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, sandbox_lifecycle_calls)
{
	int polls = 0;
	struct stub *s = stub_start(h_sandbox, &polls);
	struct dt_client *c = dt(s);
	struct dt_sandbox *sb = NULL;
	json_t *labels = json_pack("{s:s}", "k", "v"), *b, *pa = NULL;
	char *url = NULL;

	cr_assert_eq(dt_sandbox_set_labels(c, "s1", labels, &sb), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(s->last.method, "PUT");
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/labels");
	b = body_json(&s->last);
	cr_assert_eq(json_object_size(b), 1);
	cr_assert(json_equal(json_object_get(b, "labels"), labels));
	json_decref(b);
	dt_sandbox_free(sb);
	cr_assert_eq(dt_sandbox_start(c, "s1", NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/start");
	cr_assert_eq(dt_sandbox_stop(c, "s1", NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/stop");
	cr_assert_eq(dt_sandbox_archive(c, "s1", NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/archive");
	cr_assert_eq(dt_sandbox_set_autoarchive(c, "s1", 1440, NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/autoarchive/1440");
	cr_assert_eq(dt_sandbox_set_autostop(c, "s1", 0, NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/autostop/0");
	cr_assert_eq(dt_sandbox_set_autodelete(c, "s1", -1, NULL), 0);
	cr_assert_str_eq(s->last.path, "/api/sandbox/s1/autodelete/-1");
	cr_assert_eq(dt_sandbox_delete(c, "s1", &sb), 0);
	cr_assert_str_eq(s->last.method, "DELETE");
	cr_assert_str_eq(sb->state, "destroying");
	dt_sandbox_free(sb);
	cr_assert_eq(dt_sandbox_toolbox_proxy_url(c, "s1", &url), 0);
	cr_assert_str_eq(url, "http://127.0.0.1:1/toolbox");
	free(url);
	cr_assert_eq(dt_push_access(c, &pa), 0);
	cr_assert_str_eq(json_string_value(json_object_get(pa, "bucket")), "b");
	json_decref(pa);
	cr_assert_eq(dt_sandbox_get(c, "zz", NULL), BYOC_ENOTFOUND);
	json_decref(labels);
	dt_client_free(c);
	stub_stop(s);
}

/* POST /api/sandbox/t1/stop: 409 (another transition under way) twice, then stopping;
 * t2/stop: always 409. Both read back as started (the transition in progress). */
static void h_stop_conflict(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	int *n = s->arg;

	if (!strcmp(r->method, "GET")) {
		strcpy(o->body, strstr(r->path, "t1") ? SBX("t1", "started") : SBX("t2", "started"));
	} else if (!strcmp(r->path, "/api/sandbox/t1/stop") && ++*n > 2) {
		strcpy(o->body, SBX("t1", "stopping"));
	} else {
		if (strcmp(r->path, "/api/sandbox/t1/stop"))
			++*n;
		o->status = 409;
		strcpy(o->body, "{\"message\":\"Sandbox state change in progress\"}");
	}
}

Test(daytona, lifecycle_asks_a_sandbox_in_another_transition_again)
{
	int n = 0;
	struct stub *s = stub_start(h_stop_conflict, &n);
	struct dt_client *c = dt(s);

	cr_assert_eq(dt_sandbox_stop(c, "t1", NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(n, 3, "409, 409, then stopping: %d stops", n);
	n = 0;
	cr_assert_eq(dt_sandbox_stop(c, "t2", NULL), BYOC_ECONFLICT);
	cr_assert_eq(n, 8, "the client's max_attempts: %d stops", n);
	cr_assert(strstr(byoc_errmsg(), "409") && strstr(byoc_errmsg(), "(after 8 attempts)"), "%s", byoc_errmsg());
	dt_client_free(c);
	stub_stop(s);
}

/* DELETE /api/sandbox/d1: 409 (pending), then 9 connections closed without an answer (more
 * than the client's own 8 tries: a server that is down), then deleted. /api/sandbox/bad: 400. */
static void h_delete(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	int *n = s->arg;

	if (strcmp(r->method, "DELETE")) {
		o->status = 404;
	} else if (!strcmp(r->path, "/api/sandbox/busy")) {
		o->status = 409;
		strcpy(o->body, "{\"message\":\"state change in progress\"}");
	} else if (!strcmp(r->path, "/api/sandbox/bad")) {
		++*n;
		o->status = 400;
		strcpy(o->body, "{\"message\":\"bad id\"}");
	} else if (++*n == 1) {
		o->status = 409;
		strcpy(o->body, "{\"message\":\"state change in progress\"}");
	} else if (*n <= 10) {
		o->drop = true;
	} else {
		strcpy(o->body, SBX("d1", "destroying"));
	}
}

Test(daytona, sandbox_delete_until_outlasts_conflicts_and_outages_but_not_a_refusal)
{
	int n = 0;
	struct stub *s = stub_start(h_delete, &n);
	struct dt_client *c = dt(s);

	cr_assert_eq(dt_sandbox_delete_until(c, "d1", http_now_ms() + 20000), 0, "%s", byoc_errmsg());
	cr_assert_eq(n, 11, "409, 9 dropped connections, then deleted: %d requests", n);
	n = 0;
	cr_assert_eq(dt_sandbox_delete_until(c, "bad", http_now_ms() + 20000), BYOC_EFAIL);
	cr_assert_eq(n, 1, "a 400 is not asked again: %d requests", n);
	n = 0;
	cr_assert_eq(dt_sandbox_delete_until(c, "d1", http_now_ms() - 1), BYOC_ECONFLICT, "past the deadline: one try");
	cr_assert_eq(n, 1);
	/* refused until the deadline: the last answer, and how often it was asked */
	cr_assert_eq(dt_sandbox_delete_until(c, "busy", http_now_ms() + 600), BYOC_ECONFLICT);
	cr_assert(strstr(byoc_errmsg(), "409") && strstr(byoc_errmsg(), "state change in progress") &&
		  strstr(byoc_errmsg(), " (after ") && strstr(byoc_errmsg(), " attempts)"), "%s", byoc_errmsg());
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, sandbox_wait_state)
{
	int polls = 0;
	struct stub *s = stub_start(h_sandbox, &polls);
	struct dt_client *c = dt(s);
	struct dt_sandbox *sb = NULL;
	const char *started[] = { "started", NULL };
	const char *gone[] = { "destroyed", NULL };

	cr_assert_eq(dt_sandbox_wait_state(c, "s1", started, http_now_ms() + 5000, &sb), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(sb->state, "started");
	cr_assert_eq(polls, 4);
	dt_sandbox_free(sb);
	cr_assert_eq(dt_sandbox_wait_state(c, "s9", started, http_now_ms() + 5000, &sb), BYOC_EFAIL);
	cr_assert(strstr(byoc_errmsg(), "disk full"), "%s", byoc_errmsg());
	cr_assert_eq(json_object_size(sb->labels), 0);
	dt_sandbox_free(sb);
	cr_assert_eq(dt_sandbox_wait_state(c, "nope", gone, http_now_ms() + 5000, &sb), 0);
	cr_assert_null(sb);
	cr_assert_eq(dt_sandbox_wait_state(c, "nope", started, http_now_ms() + 5000, &sb), BYOC_ENOTFOUND);
	dt_client_free(c);
	stub_stop(s);
}

Test(daytona, parsers_reject_bad_shapes)
{
	struct dt_snapshot *sn = NULL;
	struct dt_sandbox *sb = NULL;
	json_t *j = json_loads("{\"id\":1,\"name\":\"x\",\"state\":\"a\"}", 0, NULL);

	cr_assert_eq(dt_snapshot_from_json(j, &sn), BYOC_EPROTO);
	json_decref(j);
	j = json_loads("[1]", 0, NULL);
	cr_assert_eq(dt_sandbox_from_json(j, &sb), BYOC_EPROTO);
	json_decref(j);
	j = json_loads("{\"id\":\"x\",\"cpu\":1e300,\"memory\":-1e300,\"autoStopInterval\":\"5\"}", 0, NULL);
	cr_assert_eq(dt_sandbox_from_json(j, &sb), 0);
	cr_assert_str_eq(sb->name, "x");
	cr_assert_str_eq(sb->state, "unknown");
	cr_assert_eq(sb->auto_stop_interval, LONG_MIN);
	dt_sandbox_free(sb);
	json_decref(j);
}

/* --json shows a sandbox without its env values (issue 16: --env secrets were printed). */
Test(daytona, sandbox_json_redacted)
{
	json_t *j = json_pack("{s:s, s:s, s:{s:s}, s:{s:s, s:s}}", "id", "s1", "state", "started", "labels", "a", "b",
			      "env", "API_TOKEN", "FAKEsecret1", "MODE", "x");
	struct dt_sandbox *s = NULL;
	json_t *shown;
	char *text;

	cr_assert_eq(dt_sandbox_from_json(j, &s), 0, "%s", byoc_errmsg());
	shown = dt_sandbox_json_redacted(s);
	text = json_dumps(shown, JSON_SORT_KEYS);
	cr_assert_not(strstr(text, "FAKEsecret1"), "%s", text);
	cr_assert(strstr(text, "\"env\": {\"API_TOKEN\": \"[redacted]\", \"MODE\": \"[redacted]\"}"), "%s", text);
	cr_assert(strstr(text, "\"labels\": {\"a\": \"b\"}"), "%s", text);
	cr_assert_str_eq(json_string_value(json_object_get(s->env, "API_TOKEN")), "FAKEsecret1", "the original stays");
	free(text);
	json_decref(shown);
	dt_sandbox_free(s);
	json_decref(j);
}
