#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "local/sandbox_api.h"

static json_t *sbx(const char *state, const char *desired, bool pending)
{
	return json_pack("{s:s, s:s, s:b, s:i, s:b}", "state", state, "desiredState", desired, "_pending", pending,
			 "autoDeleteInterval", -1, "recoverable", 0);
}

Test(state, dto_mapping_shows_the_transition)
{
	cr_assert_str_eq(sbx_dto_state("unknown", "started", true), "creating");
	cr_assert_str_eq(sbx_dto_state("started", "stopped", true), "stopping");
	cr_assert_str_eq(sbx_dto_state("started", "destroyed", true), "destroying");
	cr_assert_str_eq(sbx_dto_state("stopped", "started", true), "starting");
	cr_assert_str_eq(sbx_dto_state("stopped", "archived", true), "archiving");
	cr_assert_str_eq(sbx_dto_state("stopped", "destroyed", true), "destroying");
	cr_assert_str_eq(sbx_dto_state("archived", "started", true), "restoring");
	cr_assert_str_eq(sbx_dto_state("error", "destroyed", true), "destroying");
	cr_assert_str_eq(sbx_dto_state("started", "started", false), "started");
	cr_assert_str_eq(sbx_dto_state("started", "started", true), "starting");   /* brought back after a restart */
	cr_assert_str_eq(sbx_dto_state("stopped", "stopped", false), "stopped");
	cr_assert_str_eq(sbx_dto_state("error", "started", false), "error");
}

static int check(const char *state, const char *desired, bool pending, int op, const char **msg)
{
	json_t *d = sbx(state, desired, pending);
	int rc = sbx_check_op(d, op, msg);

	json_decref(d);
	return rc;
}

Test(state, start_preconditions)
{
	const char *m;

	cr_assert_eq(check("stopped", "stopped", false, SBX_OP_START, &m), 0);
	cr_assert_eq(check("archived", "archived", false, SBX_OP_START, &m), 0);
	cr_assert_eq(check("started", "started", false, SBX_OP_START, &m), 1, "started: a no-op 200");
	cr_assert_eq(check("started", "stopped", true, SBX_OP_START, &m), 409);
	cr_assert_str_eq(m, "Sandbox state change in progress");
	cr_assert_eq(check("unknown", "started", true, SBX_OP_START, &m), 409);
	cr_assert_eq(check("error", "started", false, SBX_OP_START, &m), 400);
	cr_assert_str_eq(m, "Sandbox is in an errored state");
}

Test(state, stop_preconditions)
{
	const char *m;

	cr_assert_eq(check("started", "started", false, SBX_OP_STOP, &m), 0);
	cr_assert_eq(check("started", "started", true, SBX_OP_STOP, &m), 409);
	cr_assert_eq(check("started", "stopped", true, SBX_OP_STOP, &m), 409);
	cr_assert_eq(check("stopped", "stopped", false, SBX_OP_STOP, &m), 400);
	cr_assert_str_eq(m, "Sandbox is not in a stoppable state");
	cr_assert_eq(check("archived", "archived", false, SBX_OP_STOP, &m), 400);
	cr_assert_eq(check("error", "started", false, SBX_OP_STOP, &m), 400);
	cr_assert_str_eq(m, "Sandbox is in an errored state");
}

Test(state, archive_preconditions)
{
	const char *m;
	json_t *d;

	cr_assert_eq(check("stopped", "stopped", false, SBX_OP_ARCHIVE, &m), 0);
	cr_assert_eq(check("started", "started", false, SBX_OP_ARCHIVE, &m), 400);
	cr_assert_str_eq(m, "Sandbox is not stopped");
	cr_assert_eq(check("started", "stopped", true, SBX_OP_ARCHIVE, &m), 409);
	d = sbx("stopped", "stopped", false);
	json_object_set_new(d, "autoDeleteInterval", json_integer(0));
	cr_assert_eq(sbx_check_op(d, SBX_OP_ARCHIVE, &m), 400);
	cr_assert_str_eq(m, "Ephemeral sandboxes cannot be archived");
	json_decref(d);
}

Test(state, delete_refused_only_while_pending)
{
	const char *m;

	cr_assert_eq(check("started", "started", false, SBX_OP_DELETE, &m), 0);
	cr_assert_eq(check("stopped", "stopped", false, SBX_OP_DELETE, &m), 0);
	cr_assert_eq(check("error", "started", false, SBX_OP_DELETE, &m), 0);
	cr_assert_eq(check("unknown", "started", true, SBX_OP_DELETE, &m), 409);
	cr_assert_eq(check("started", "stopped", true, SBX_OP_DELETE, &m), 409);
}

Test(state, recover_needs_a_recoverable_error)
{
	const char *m;
	json_t *d = sbx("error", "started", false);

	cr_assert_eq(sbx_check_op(d, SBX_OP_RECOVER, &m), 400);
	cr_assert_str_eq(m, "Sandbox is not recoverable");
	json_object_set_new(d, "recoverable", json_true());
	cr_assert_eq(sbx_check_op(d, SBX_OP_RECOVER, &m), 0);
	json_decref(d);
	cr_assert_eq(check("started", "started", false, SBX_OP_RECOVER, &m), 400);
}

Test(labels, containment)
{
	json_t *l = json_pack("{s:s, s:s, s:s}", "byoc.mode", "prepared", "env", "e1", "x", "1");
	json_t *f1 = json_pack("{s:s}", "env", "e1");
	json_t *f2 = json_pack("{s:s, s:s}", "env", "e1", "byoc.mode", "prepared");
	json_t *f3 = json_pack("{s:s, s:s}", "env", "e1", "byoc.mode", "other");
	json_t *f4 = json_pack("{s:s}", "missing", "v");
	json_t *f5 = json_object();
	json_t *f6 = json_pack("{s:i}", "x", 1);

	cr_assert(sbx_labels_match(l, f1));
	cr_assert(sbx_labels_match(l, f2));
	cr_assert_not(sbx_labels_match(l, f3), "every pair must match");
	cr_assert_not(sbx_labels_match(l, f4));
	cr_assert(sbx_labels_match(l, f5), "empty filter matches all");
	cr_assert_not(sbx_labels_match(l, f6), "\"1\" is not 1");
	json_decref(l); json_decref(f1); json_decref(f2); json_decref(f3);
	json_decref(f4); json_decref(f5); json_decref(f6);
}

Test(cursor, round_trip_and_format)
{
	json_t *sv = json_string("2026-11-22T01:02:03.456Z"), *out = NULL;
	char *c = sbx_cursor_encode(sv, "id-1"), *id = NULL;

	cr_assert_not_null(c);
	/* base64 of JSON {"sortValue":...,"id":...}, as Daytona's */
	cr_assert_eq(strncmp(c, "eyJ", 3), 0);
	cr_assert_eq(sbx_cursor_decode(c, &out, &id), 0);
	cr_assert_str_eq(id, "id-1");
	cr_assert(json_equal(out, sv));
	json_decref(out);
	free(id);
	free(c);
	json_decref(sv);

	sv = json_integer(4);
	c = sbx_cursor_encode(sv, "z");
	cr_assert_eq(sbx_cursor_decode(c, &out, &id), 0);
	cr_assert_eq(json_integer_value(out), 4);
	json_decref(out);
	free(id);
	free(c);
	json_decref(sv);

	cr_assert_eq(sbx_cursor_decode("not base64!", &out, &id), -1);
	cr_assert_eq(sbx_cursor_decode("e30=", &out, &id), -1, "{} lacks id and sortValue");
	cr_assert_eq(sbx_cursor_decode("", &out, &id), -1);
}

Test(query, defaults_and_parsing)
{
	struct sbx_query q;

	sbx_query_init(&q);
	cr_assert_eq(q.limit, 100);
	cr_assert_eq(q.sort, SBX_SORT_ACTIVITY);
	cr_assert(q.desc);
	cr_assert_eq(sbx_query_add(&q, "limit", "200"), 0);
	cr_assert_eq(q.limit, 200);
	cr_assert_eq(sbx_query_add(&q, "limit", "201"), -1);
	cr_assert_str_eq(q.err, "limit must not be greater than 200");
	cr_assert_eq(sbx_query_add(&q, "limit", "0"), -1);
	cr_assert_str_eq(q.err, "limit must not be less than 1");
	cr_assert_eq(sbx_query_add(&q, "limit", "x"), -1);
	cr_assert_eq(sbx_query_add(&q, "labels", "{\"a\":\"b\"}"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(q.labels, "a")), "b");
	cr_assert_eq(sbx_query_add(&q, "labels", "{bad"), -1);
	cr_assert_str_eq(q.err, "Invalid labels JSON format");
	cr_assert_eq(sbx_query_add(&q, "labels", "[1]"), -1, "labels must be an object");
	cr_assert_eq(sbx_query_add(&q, "states", "started"), 0);
	cr_assert_eq(sbx_query_add(&q, "states", "stopped"), 0);
	cr_assert_eq(json_array_size(q.states), 2);
	cr_assert_eq(sbx_query_add(&q, "states", "bogus"), -1);
	cr_assert_eq(sbx_query_add(&q, "sort", "name"), 0);
	cr_assert_eq(q.sort, SBX_SORT_NAME);
	cr_assert_eq(sbx_query_add(&q, "sort", "size"), -1);
	cr_assert_eq(sbx_query_add(&q, "order", "asc"), 0);
	cr_assert_not(q.desc);
	cr_assert_eq(sbx_query_add(&q, "order", "up"), -1);
	cr_assert_eq(sbx_query_add(&q, "cursor", "%%%"), -1);
	cr_assert_eq(sbx_query_add(&q, "verbose", "true"), 0, "unknown arguments are ignored");
	sbx_query_release(&q);
}

Test(query, match_filters)
{
	struct sbx_query q;
	json_t *d = json_pack("{s:s, s:s, s:s, s:s, s:b, s:{s:s}, s:s, s:i, s:i}", "id", "AbC-1", "name", "Web-1",
			      "state", "started", "desiredState", "started", "_pending", 0, "labels", "env", "e",
			      "snapshot", "snap1", "cpu", 2, "_createdMs", 1000);

	sbx_query_init(&q);
	cr_assert(sbx_query_match(&q, d));
	sbx_query_add(&q, "name", "web");
	cr_assert(sbx_query_match(&q, d), "name prefix, case-insensitive");
	sbx_query_add(&q, "id", "abc");
	cr_assert(sbx_query_match(&q, d));
	sbx_query_add(&q, "id", "bc");
	cr_assert_not(sbx_query_match(&q, d), "prefix, not substring");
	sbx_query_release(&q);

	sbx_query_add(&q, "states", "stopped");
	cr_assert_not(sbx_query_match(&q, d));
	sbx_query_add(&q, "states", "started");
	cr_assert(sbx_query_match(&q, d));
	sbx_query_release(&q);

	sbx_query_add(&q, "labels", "{\"env\":\"other\"}");
	cr_assert_not(sbx_query_match(&q, d));
	sbx_query_release(&q);

	sbx_query_add(&q, "minCpu", "3");
	cr_assert_not(sbx_query_match(&q, d));
	sbx_query_release(&q);

	/* an errored sandbox being deleted is hidden unless asked for */
	json_object_set_new(d, "state", json_string("error"));
	json_object_set_new(d, "desiredState", json_string("destroyed"));
	cr_assert_not(sbx_query_match(&q, d));
	sbx_query_add(&q, "includeErroredDeleted", "true");
	cr_assert(sbx_query_match(&q, d));
	sbx_query_release(&q);
	json_decref(d);
}

Test(time, iso_parse)
{
	cr_assert_eq(sbx_iso_ms("1970-01-01T00:00:01Z"), 1000);
	cr_assert_eq(sbx_iso_ms("1970-01-01T00:00:01.5Z"), 1500);
	cr_assert_eq(sbx_iso_ms("1970-01-01T00:00:01.123Z"), 1123);
	cr_assert_eq(sbx_iso_ms("1970-01-01T01:00:00+01:00"), 0);
	cr_assert_eq(sbx_iso_ms("1970-01-02"), 86400000);
	cr_assert_eq(sbx_iso_ms("yesterday"), -1);
	cr_assert_eq(sbx_iso_ms("1970-01-01T00:00:01Zjunk"), -1);
}
