#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "httpstub.h"
#include "lib/workq.h"
#include "util/err.h"

static struct anthropic_client *client_for(struct stub *s)
{
	struct anthropic_client *c = NULL;
	struct anthropic_opts o = {.base_url = s->base, .api_key = "sk-ant-oat01-test"};
	o.http.backoff_base_ms = 1;
	o.http.backoff_max_ms = 2;
	cr_assert_eq(anthropic_client_new(&o, &c), 0, "%s", byoc_errmsg());
	return c;
}

#define WORK_JSON "{\"id\":\"work_1\",\"type\":\"work\",\"environment_id\":\"env_1\"," \
	"\"data\":{\"type\":\"session\",\"id\":\"session_1\"},\"state\":\"queued\",\"secret\":\"e30\"," \
	"\"created_at\":\"2026-12-07T05:22:10.250Z\"}"

static void h_poll(struct stub *s, const struct stub_req *r, struct stub_reply *out)
{
	char v[128];
	int seq = r->seq;

	cr_assert_str_eq(r->path, "/v1/environments/env_1/work/poll");
	cr_assert_str_eq(stub_header(r, "authorization", v, sizeof v), "Bearer sk-ant-oat01-test");
	cr_assert_str_eq(stub_header(r, "anthropic-worker-id", v, sizeof v), "orch-1");
	cr_assert_not_null(stub_header(r, "anthropic-beta", v, sizeof v));
	cr_assert_str_eq(stub_query(r, "block_ms", v, sizeof v), "999");
	cr_assert_str_eq(stub_query(r, "reclaim_older_than_ms", v, sizeof v), "2000");
	/* "no work" comes as a 204 or a null body: both must read as none */
	if (seq == 1) {
		out->status = 204;
	} else if (seq == 2) {
		out->status = 200;
		snprintf(out->body, sizeof out->body, "%s", "null");
	} else if (seq == 3) {
		out->status = 503;   /* retried */
	} else {
		out->status = 200;
		snprintf(out->body, sizeof out->body, "%s", WORK_JSON);
	}
}

Test(workq, poll_reads_no_work_both_ways_and_an_item)
{
	struct stub *s = stub_start(h_poll, NULL);
	struct anthropic_client *c = client_for(s);
	struct workq_item *w = (void *)1;

	cr_assert_eq(workq_poll(c, "env_1", "orch-1", 999, 2000, &w), 0, "%s", byoc_errmsg());
	cr_assert_null(w);
	cr_assert_eq(workq_poll(c, "env_1", "orch-1", 999, 2000, &w), 0, "%s", byoc_errmsg());
	cr_assert_null(w);
	cr_assert_eq(workq_poll(c, "env_1", "orch-1", 999, 2000, &w), 0, "%s", byoc_errmsg());
	cr_assert_not_null(w);
	cr_assert_str_eq(w->id, "work_1");
	cr_assert_str_eq(w->data_type, "session");
	cr_assert_str_eq(w->session_id, "session_1");
	cr_assert_str_eq(w->secret, "e30");
	cr_assert_eq(w->created_ms, 1796620930250LL);
	workq_item_free(w);
	anthropic_client_free(c);
	stub_stop(s);
}

Test(workq, block_ms_out_of_range_is_refused_before_sending)
{
	struct workq_item *w;
	struct anthropic_opts o = {.base_url = "http://127.0.0.1:9", .api_key = "k"};
	struct anthropic_client *c = NULL;
	cr_assert_eq(anthropic_client_new(&o, &c), 0);
	cr_assert_eq(workq_poll(c, "env_1", NULL, 1000, -1, &w), BYOC_EUSAGE);
	cr_assert_eq(workq_poll(c, "env_1", NULL, -1, -1, &w), BYOC_EUSAGE);
	anthropic_client_free(c);
}

static void h_stop(struct stub *s, const struct stub_req *r, struct stub_reply *out)
{
	if (strstr(r->path, "/ack")) {
		cr_assert_str_eq(r->path, "/v1/environments/env_1/work/work_1/ack");
		out->status = 200;
		snprintf(out->body, sizeof out->body, "%s", WORK_JSON);
		return;
	}
	cr_assert_str_eq(r->path, "/v1/environments/env_1/work/work_1/stop");
	cr_assert_str_eq(r->method, "POST");
	cr_assert(strstr(r->body, "\"force\":true"), "%s", r->body);
	if (r->seq == 2) {
		out->status = 204;   /* the live API: no body */
	} else if (r->seq == 3) {
		out->status = 409;   /* already stopped: success */
		snprintf(out->body, sizeof out->body, "%s", "{\"type\":\"error\",\"error\":{\"type\":\"conflict_error\",\"message\":\"stopped\"}}");
	} else {
		out->status = 412;
		strcpy(out->body, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"lost\","
				  "\"details\":{\"error_code\":\"heartbeat_precondition_failed\"}}}");
	}
}

Test(workq, ack_stop_and_what_each_status_means)
{
	struct stub *s = stub_start(h_stop, NULL);
	struct anthropic_client *c = client_for(s);
	long st = 0;

	cr_assert_eq(workq_ack(c, "env_1", "work_1"), 0, "%s", byoc_errmsg());
	cr_assert_eq(workq_stop(c, "env_1", "work_1", true), 0, "%s", byoc_errmsg());
	cr_assert_eq(workq_stop(c, "env_1", "work_1", true), 0, "%s", byoc_errmsg());
	cr_assert_eq(workq_stop(c, "env_1", "work_1", true), BYOC_ECONFLICT);
	cr_assert(strstr(byoc_errmsg(), "412 invalid_request_error heartbeat_precondition_failed: lost"), "%s",
		  byoc_errmsg());
	(void)st;
	anthropic_client_free(c);
	stub_stop(s);
}

Test(workq, permanent_errors_follow_the_sdks)
{
	cr_assert_not(workq_permanent(BYOC_EIO, 0));
	cr_assert_not(workq_permanent(BYOC_EFAIL, 408));
	cr_assert_not(workq_permanent(BYOC_ECONFLICT, 409));
	cr_assert_not(workq_permanent(BYOC_EFAIL, 429));
	cr_assert_not(workq_permanent(BYOC_EFAIL, 503));
	cr_assert(workq_permanent(BYOC_EAUTH, 401));
	cr_assert(workq_permanent(BYOC_ENOTFOUND, 404));
	cr_assert(workq_permanent(BYOC_EFAIL, 400));
}

Test(workq, newest_by_created_at_then_id)
{
	struct workq_item a = {.id = "work_a", .created_ms = 10}, b = {.id = "work_b", .created_ms = 10},
			  c = {.id = "work_0", .created_ms = 11};
	cr_assert(workq_newer(&b, &a));
	cr_assert(workq_newer(&c, &b));
	cr_assert_not(workq_newer(&a, &c));
}

Test(workq, items_that_are_not_work_are_refused)
{
	struct workq_item *w;
	json_t *j = json_loads("{\"id\":\"work_2\",\"data\":{\"type\":\"session\"}}", 0, NULL);
	cr_assert_eq(workq_item_from_json(j, &w), BYOC_EPROTO);
	json_decref(j);
	j = json_loads("{\"id\":\"work_3\",\"data\":{\"type\":\"healthcheck\"},\"created_at\":\"junk\"}", 0, NULL);
	cr_assert_eq(workq_item_from_json(j, &w), 0);
	cr_assert_eq(w->created_ms, INT64_MIN);
	cr_assert_null(w->session_id);
	workq_item_free(w);
	json_decref(j);
}
