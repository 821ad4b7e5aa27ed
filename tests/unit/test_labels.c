#include <criterion/criterion.h>
#include <string.h>

#include "lib/labels.h"
#include "util/err.h"

static json_t *map(const char *json)
{
	json_t *m = json_loads(json, 0, NULL);

	cr_assert_not_null(m, "bad test json %s", json);
	return m;
}

/* ---- keys and values ---- */

Test(labels, accepts_the_keys_daytona_and_the_orchestrator_use)
{
	cr_assert_eq(labels_validate_key("byoc.environment_id"), 0);
	cr_assert_eq(labels_validate_key("code-toolbox-language"), 0);
	cr_assert_eq(labels_validate_key("daytona.io/public"), 0);
	cr_assert_eq(labels_validate_key("a"), 0);
	cr_assert_eq(labels_validate_key("Team_1.x"), 0);
}

Test(labels, refuses_bad_keys_naming_them)
{
	char long_name[80], long_prefix[300];

	cr_assert_eq(labels_validate_key(""), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("-x"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("x."), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("a b"), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "'a b'"), "%s", byoc_errmsg());
	cr_assert_eq(labels_validate_key("a=b"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("a/b/c"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("/b"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("a/"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("Daytona.io/x"), BYOC_EUSAGE);  /* prefix is lowercase DNS */
	cr_assert_eq(labels_validate_key("a..b/x"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_key("é"), BYOC_EUSAGE);
	memset(long_name, 'a', 64);
	long_name[64] = '\0';
	cr_assert_eq(labels_validate_key(long_name), BYOC_EUSAGE);
	long_name[63] = '\0';
	cr_assert_eq(labels_validate_key(long_name), 0);
	memset(long_prefix, 'a', 254);
	strcpy(long_prefix + 254, "/x");
	cr_assert_eq(labels_validate_key(long_prefix), BYOC_EUSAGE);
	strcpy(long_prefix + 253, "/x");
	cr_assert_eq(labels_validate_key(long_prefix + 1), 0);
}

Test(labels, values_allow_timestamps_but_not_control_chars_or_bad_utf8)
{
	char big[300];

	cr_assert_eq(labels_validate_value("k", ""), 0);
	cr_assert_eq(labels_validate_value("k", "2026-11-22T01:02:03.123456Z"), 0);
	cr_assert_eq(labels_validate_value("k", "héllo wörld / = :"), 0);
	cr_assert_eq(labels_validate_value("k", "a\nb"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_value("k", "a\tb"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_value("k", "\xff"), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_value("k", "\xc0\x80"), BYOC_EUSAGE);   /* overlong */
	cr_assert_eq(labels_validate_value("k", "\xed\xa0\x80"), BYOC_EUSAGE); /* surrogate */
	memset(big, 'v', 257);
	big[257] = '\0';
	cr_assert_eq(labels_validate_value("k", big), BYOC_EUSAGE);
	big[256] = '\0';
	cr_assert_eq(labels_validate_value("k", big), 0);
}

Test(labels, parses_set_and_drop_arguments)
{
	struct labels_changes c;

	labels_changes_init(&c);
	cr_assert_eq(labels_changes_parse(&c, "team=ml", 0), 0);
	cr_assert_eq(labels_changes_parse(&c, "url=a=b", 0), 0);
	cr_assert_eq(labels_changes_parse(&c, "empty=", 0), 0);
	cr_assert_eq(labels_changes_parse(&c, "old-", 0), 0);
	cr_assert_eq(c.n, 4);
	cr_assert_str_eq(c.v[0].key, "team");
	cr_assert_str_eq(c.v[0].value, "ml");
	cr_assert_str_eq(c.v[1].value, "a=b");
	cr_assert_str_eq(c.v[2].value, "");
	cr_assert_str_eq(c.v[3].key, "old");
	cr_assert_null(c.v[3].value);
	/* a later change to the same key wins */
	cr_assert_eq(labels_changes_parse(&c, "team-", 0), 0);
	cr_assert_eq(c.n, 4);
	cr_assert_null(c.v[0].value);
	labels_changes_release(&c);
}

Test(labels, refuses_malformed_arguments)
{
	struct labels_changes c;

	labels_changes_init(&c);
	cr_assert_eq(labels_changes_parse(&c, "", 0), BYOC_EUSAGE);
	cr_assert_eq(labels_changes_parse(&c, "team", 0), BYOC_EUSAGE);
	cr_assert_eq(labels_changes_parse(&c, "=v", 0), BYOC_EUSAGE);
	cr_assert_eq(labels_changes_parse(&c, "-", 0), BYOC_EUSAGE);
	cr_assert_eq(labels_changes_parse(&c, "bad key=v", 0), BYOC_EUSAGE);
	cr_assert_eq(labels_changes_parse(&c, "k=a\nb", 0), BYOC_EUSAGE);
	cr_assert_eq(labels_changes_parse(&c, "team-", LABELS_NO_DROP), BYOC_EUSAGE);
	cr_assert_eq(c.n, 0);
	labels_changes_release(&c);
}

Test(labels, orchestrator_labels_cannot_be_set_by_hand)
{
	const char *keys[] = { "byoc.session_id=s", "byoc.work_id=w", "byoc.mode=prepared",
			       "byoc.stopped_at=x", "byoc.mode-" };
	struct labels_changes c;
	size_t i;

	labels_changes_init(&c);
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		cr_assert_eq(labels_changes_parse(&c, keys[i], 0), BYOC_EUSAGE, "%s", keys[i]);
		cr_assert(strstr(byoc_errmsg(), "orchestrator"), "%s", byoc_errmsg());
	}
	cr_assert(!labels_reserved(LABEL_ENVIRONMENT_ID));
	cr_assert_eq(labels_changes_parse(&c, "byoc.mode=prepared", LABELS_ALLOW_RESERVED), 0);
	labels_changes_release(&c);
}

/* ---- merge ---- */

Test(labels, merge_changes_only_what_is_named)
{
	json_t *m = map("{\"byoc.mode\":\"prepared\",\"byoc.environment_id\":\"env\",\"a\":\"1\",\"b\":\"2\"}");
	json_t *want = map("{\"byoc.mode\":\"prepared\",\"byoc.environment_id\":\"env\",\"a\":\"9\",\"c\":\"3\"}");
	struct labels_changes c;

	labels_changes_init(&c);
	cr_assert_eq(labels_changes_parse(&c, "a=9", 0), 0);
	cr_assert_eq(labels_changes_parse(&c, "b-", 0), 0);
	cr_assert_eq(labels_changes_parse(&c, "c=3", 0), 0);
	cr_assert_eq(labels_changes_parse(&c, "absent-", 0), 0);
	cr_assert(!labels_satisfied(m, &c));
	cr_assert_eq(labels_apply(m, &c), 0);
	cr_assert(labels_equal(m, want));
	cr_assert(labels_satisfied(m, &c));
	json_decref(m);
	json_decref(want);
	labels_changes_release(&c);
}

Test(labels, equal_treats_null_as_empty)
{
	json_t *e = json_object(), *one = map("{\"a\":\"1\"}"), *other = map("{\"a\":\"2\"}");

	cr_assert(labels_equal(NULL, e));
	cr_assert(!labels_equal(NULL, one));
	cr_assert(!labels_equal(one, other));
	json_decref(e);
	json_decref(one);
	json_decref(other);
}

Test(labels, validate_map_checks_every_pair)
{
	json_t *ok = map("{\"a\":\"1\",\"daytona.io/x\":\"\"}"), *badv = map("{\"a\":1}"), *badk = map("{\"a b\":\"1\"}");

	cr_assert_eq(labels_validate_map(ok), 0);
	cr_assert_eq(labels_validate_map(badv), BYOC_EUSAGE);
	cr_assert_eq(labels_validate_map(badk), BYOC_EUSAGE);
	json_decref(ok);
	json_decref(badv);
	json_decref(badk);
}

/* ---- attach rules: one test per rule, a passing and a failing sandbox ---- */

Test(attach, rule_unbound)
{
	json_t *pass = map("{\"byoc.mode\":\"prepared\"}");
	json_t *pass_empty = map("{\"byoc.session_id\":\"\"}");
	json_t *fail = map("{\"byoc.session_id\":\"sesn_1\"}");
	struct labels_broken b;

	cr_assert_eq(labels_check_rule(LABELS_RULE_UNBOUND, pass, "sb", "env", &b), 0);
	cr_assert_eq(labels_check_rule(LABELS_RULE_UNBOUND, pass_empty, "sb", "env", &b), 0);
	cr_assert_eq(labels_check_rule(LABELS_RULE_UNBOUND, fail, "sb", "env", &b), 1);
	cr_assert_eq(b.rule, LABELS_RULE_UNBOUND);
	cr_assert_str_eq(b.msg, "sandbox 'sb' is already attached to session 'sesn_1' (byoc.session_id is set)");
	cr_assert_str_eq(labels_rule_name(LABELS_RULE_UNBOUND), "unbound");
	json_decref(pass);
	json_decref(pass_empty);
	json_decref(fail);
}

Test(attach, rule_environment)
{
	json_t *pass = map("{\"byoc.environment_id\":\"env_A\"}");
	json_t *wrong = map("{\"byoc.environment_id\":\"env_B\"}");
	json_t *missing = map("{}");
	struct labels_broken b;

	cr_assert_eq(labels_check_rule(LABELS_RULE_ENVIRONMENT, pass, "sb", "env_A", &b), 0);
	cr_assert_eq(labels_check_rule(LABELS_RULE_ENVIRONMENT, wrong, "sb", "env_A", &b), 1);
	cr_assert_str_eq(b.msg, "sandbox 'sb' has byoc.environment_id 'env_B', expected 'env_A'");
	cr_assert_eq(labels_check_rule(LABELS_RULE_ENVIRONMENT, missing, "sb", "env_A", &b), 1);
	cr_assert_str_eq(b.msg, "sandbox 'sb' has byoc.environment_id not set, expected 'env_A'");
	cr_assert_eq(labels_check_rule(LABELS_RULE_ENVIRONMENT, NULL, "sb", "env_A", &b), 1);
	json_decref(pass);
	json_decref(wrong);
	json_decref(missing);
}

Test(attach, rule_mode)
{
	json_t *pass = map("{\"byoc.mode\":\"prepared\"}");
	json_t *fail = map("{\"byoc.mode\":\"in-sandbox\"}");
	json_t *missing = map("{\"x\":\"y\"}");
	struct labels_broken b;

	cr_assert_eq(labels_check_rule(LABELS_RULE_MODE, pass, "sb", "env", &b), 0);
	cr_assert_eq(labels_check_rule(LABELS_RULE_MODE, fail, "sb", "env", &b), 1);
	cr_assert_str_eq(b.msg, "sandbox 'sb' must have byoc.mode='prepared' before attach (it is 'in-sandbox')");
	cr_assert_eq(labels_check_rule(LABELS_RULE_MODE, missing, "sb", "env", &b), 1);
	cr_assert(strstr(b.msg, "not set"));
	json_decref(pass);
	json_decref(fail);
	json_decref(missing);
}

Test(attach, all_rules_report_each_broken_one)
{
	json_t *good = map("{\"byoc.environment_id\":\"e\",\"byoc.mode\":\"prepared\",\"byoc.prepared_at\":\"t\"}");
	json_t *bad = map("{\"byoc.session_id\":\"s\",\"byoc.environment_id\":\"x\",\"byoc.mode\":\"terminal\"}");
	struct labels_broken b[LABELS_NRULES];

	cr_assert_eq(labels_check_attach(good, "sb", "e", b), 0);
	cr_assert_eq(labels_check_attach(bad, "sb", "e", b), 3);
	cr_assert_eq(b[0].rule, LABELS_RULE_UNBOUND);
	cr_assert_eq(b[1].rule, LABELS_RULE_ENVIRONMENT);
	cr_assert_eq(b[2].rule, LABELS_RULE_MODE);
	json_decref(good);
	json_decref(bad);
}

/* ---- metadata selection ---- */

Test(metadata, selection_rules_of_the_reference)
{
	struct labels_selection s;
	json_t *m;

	cr_assert_eq(labels_selection_from_metadata(NULL, &s), 0);
	cr_assert_null(s.sandbox_id);
	m = map("{\"daytona.sandbox_id\":\"  sb-1 \\n\",\"other\":\"x\"}");
	cr_assert_eq(labels_selection_from_metadata(m, &s), 0);
	cr_assert_str_eq(s.sandbox_id, "sb-1");
	cr_assert_null(s.snapshot_name);
	labels_selection_release(&s);
	json_decref(m);

	m = map("{\"daytona.snapshot_name\":\"snap\",\"daytona.sandbox_id\":null}");
	cr_assert_eq(labels_selection_from_metadata(m, &s), 0);
	cr_assert_str_eq(s.snapshot_name, "snap");
	cr_assert_null(s.sandbox_id);
	labels_selection_release(&s);
	json_decref(m);

	m = map("{\"daytona.snapshot_name\":\"snap\",\"daytona.sandbox_id\":\"sb\"}");
	cr_assert_eq(labels_selection_from_metadata(m, &s), BYOC_EUSAGE);
	cr_assert_str_eq(byoc_errmsg(), "daytona.snapshot_name and daytona.sandbox_id are mutually exclusive");
	cr_assert_null(s.snapshot_name);
	json_decref(m);

	m = map("{\"daytona.sandbox_id\":\"   \"}");
	cr_assert_eq(labels_selection_from_metadata(m, &s), BYOC_EUSAGE);
	cr_assert_str_eq(byoc_errmsg(), "daytona.sandbox_id must be non-empty");
	json_decref(m);

	m = map("{\"daytona.sandbox_id\":5}");
	cr_assert_eq(labels_selection_from_metadata(m, &s), BYOC_EUSAGE);
	cr_assert_str_eq(byoc_errmsg(), "daytona.sandbox_id must be a string");
	json_decref(m);
}

/* ---- time ---- */

Test(labels, iso_times_round_trip)
{
	char s[32];
	time_t t;

	labels_iso_time(1795309323, s, sizeof(s));
	cr_assert_str_eq(s, "2026-11-22T01:02:03Z");
	cr_assert_eq(labels_parse_time(s, &t), 0);
	cr_assert_eq(t, 1795309323);
	cr_assert_eq(labels_parse_time("2026-11-22T01:02:03.456Z", &t), 0);
	cr_assert_eq(t, 1795309323);
	cr_assert_eq(labels_parse_time("2026-11-22T02:02:03+01:00", &t), 0);
	cr_assert_eq(t, 1795309323);
	cr_assert_eq(labels_parse_time("2026-11-22", &t), BYOC_EUSAGE);
	cr_assert_eq(labels_parse_time("2026-11-22T01:02:03", &t), BYOC_EUSAGE);
	cr_assert_eq(labels_parse_time("2026-11-22T01:02:03Zjunk", &t), BYOC_EUSAGE);
}
