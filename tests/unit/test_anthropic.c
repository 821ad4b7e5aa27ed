#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/anthropic.h"
#include "local/server.h"
#include "util/err.h"

/* ---- metadata limits (checked before sending) ---- */

static json_t *pairs(int n, size_t klen, size_t vlen)
{
	json_t *m = json_object();
	char k[128], *v = malloc(vlen + 1);
	int i;

	memset(v, 'v', vlen);
	v[vlen] = '\0';
	for (i = 0; i < n; i++) {
		memset(k, 'k', klen);
		snprintf(k + klen - 3, 4, "%03d", i);
		json_object_set_new(m, k, json_string(v));
	}
	free(v);
	return m;
}

Test(metadata_limits, sixteen_pairs_pass_seventeen_fail)
{
	json_t *ok = pairs(16, 8, 4), *bad = pairs(17, 8, 4);

	cr_assert_eq(anthropic_metadata_check(ok, false), 0);
	cr_assert_eq(anthropic_metadata_check(bad, false), BYOC_EUSAGE);
	cr_assert_str_eq(byoc_errmsg(), "session metadata has 17 pairs; the API allows at most 16");
	json_decref(ok);
	json_decref(bad);
}

Test(metadata_limits, keys_up_to_64_characters)
{
	json_t *ok = pairs(1, 64, 1), *bad = pairs(1, 65, 1), *uni = json_object();
	char k[200] = "";
	int i;

	cr_assert_eq(anthropic_metadata_check(ok, false), 0);
	cr_assert_eq(anthropic_metadata_check(bad, false), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "longer than 64 characters"));
	/* characters, not bytes: 64 two-byte characters pass */
	for (i = 0; i < 64; i++)
		strcat(k, "é");
	json_object_set_new(uni, k, json_string("v"));
	cr_assert_eq(anthropic_metadata_check(uni, false), 0);
	json_object_set_new(uni, "", json_string("v"));
	cr_assert_eq(anthropic_metadata_check(uni, false), BYOC_EUSAGE);
	json_decref(ok);
	json_decref(bad);
	json_decref(uni);
}

Test(metadata_limits, values_up_to_512_characters_and_strings_only)
{
	json_t *ok = pairs(1, 8, 512), *bad = pairs(1, 8, 513), *num = json_pack("{s:i}", "k", 1);
	json_t *del = json_pack("{s:n}", "k");

	cr_assert_eq(anthropic_metadata_check(ok, false), 0);
	cr_assert_eq(anthropic_metadata_check(bad, false), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "longer than 512 characters"));
	cr_assert_eq(anthropic_metadata_check(num, false), BYOC_EUSAGE);
	cr_assert_str_eq(byoc_errmsg(), "session metadata 'k' must be a string");
	/* null deletes a key in a patch, and only there */
	cr_assert_eq(anthropic_metadata_check(del, true), 0);
	cr_assert_eq(anthropic_metadata_check(del, false), BYOC_EUSAGE);
	json_decref(ok);
	json_decref(bad);
	json_decref(num);
	json_decref(del);
}

Test(anthropic_client, needs_a_key_and_an_http_url)
{
	struct anthropic_client *c;
	struct anthropic_opts o = { 0 };

	unsetenv("ANTHROPIC_API_KEY");
	o.base_url = "http://127.0.0.1:1";
	cr_assert_eq(anthropic_client_new(&o, &c), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "ANTHROPIC_API_KEY"));
	o.api_key = "k";
	o.base_url = "ftp://x";
	cr_assert_eq(anthropic_client_new(&o, &c), BYOC_EUSAGE);
	setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/", 1);
	o.base_url = NULL;
	cr_assert_eq(anthropic_client_new(&o, &c), 0);
	cr_assert_str_eq(anthropic_client_base_url(c), "http://127.0.0.1:9");
	anthropic_client_free(c);
	unsetenv("ANTHROPIC_BASE_URL");
	cr_assert_eq(anthropic_client_new(&o, &c), 0);
	cr_assert_str_eq(anthropic_client_base_url(c), "https://api.anthropic.com");
	anthropic_client_free(c);
}

/* ---- against byoc-local's /v1 side, started in this process, which checks requests as the API does ---- */

#define KEY "sk-ant-test-unit-0123456789"

static struct local *L;
static char state[] = "/tmp/byoc-anthropic-unit.XXXXXX";
static char base[128];

/* The agent and environments the tests name, put in byoc-local's store as its API makes them. */
static void seed(const char *kind, const char *id, const char *doc)
{
	json_error_t e;
	json_t *j = json_loads(doc, 0, &e);

	cr_assert_not_null(j, "%s", e.text);
	local_lock(L);
	cr_assert_eq(store_put(L, kind, id, j), 0, "%s", byoc_errmsg());
	local_unlock(L);
}

static void start_local(void)
{
	struct local_options o;

	cr_assert(mkdtemp(state));
	memset(&o, 0, sizeof(o));
	o.listen_host = "127.0.0.1";
	o.state_dir = state;
	o.api_key = "daytona-unit-key";
	o.anthropic_api_key = KEY;
	cr_assert_eq(local_new(&o, &L), 0, "%s", byoc_errmsg());
	cr_assert_eq(local_listen(L), 0, "%s", byoc_errmsg());
	snprintf(base, sizeof(base), "%.*s", (int)(strlen(local_url(L)) - 4), local_url(L));
	seed("ma_agents", "agent_1", "{\"id\":\"agent_1\",\"type\":\"agent\",\"name\":\"a\",\"version\":1}");
	seed("ma_environments", "env_sh", "{\"id\":\"env_sh\",\"type\":\"environment\",\"config\":{\"type\":\"self_hosted\"}}");
	seed("ma_environments", "env_cloud", "{\"id\":\"env_cloud\",\"type\":\"environment\",\"config\":{\"type\":\"cloud\"}}");
}

static void stop_local(void)
{
	char cmd[300];

	local_free(L);
	L = NULL;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", state);
	if (system(cmd) != 0)
		cr_log_warn("cannot remove %s", state);
}

static int count_cb(const char *id, json_t *doc, void *arg)
{
	(void)id;
	(void)doc;
	++*(int *)arg;
	return 0;
}

static int sessions_count(void)
{
	int n = 0;

	local_lock(L);
	store_each(L, "ma_sessions", count_cb, &n);
	local_unlock(L);
	return n;
}

static struct anthropic_client *client(const char *key)
{
	struct anthropic_client *c;
	struct anthropic_opts o = { 0 };

	o.base_url = base;
	o.api_key = key;
	o.http.max_attempts = 1;
	cr_assert_eq(anthropic_client_new(&o, &c), 0, "%s", byoc_errmsg());
	return c;
}

TestSuite(anthropic_api, .init = start_local, .fini = stop_local);

Test(anthropic_api, creates_a_session_with_the_documented_headers_and_body)
{
	struct anthropic_client *c = client(KEY);
	struct anthropic_session_create p = { 0 };
	json_t *md = json_pack("{s:s, s:s}", "daytona.sandbox_id", "sb-1", "team", "ml"), *s = NULL, *got = NULL;
	json_t *ev = NULL;
	const char *id;

	p.agent = "agent_1";
	p.environment_id = "env_sh";
	p.metadata = md;
	p.title = "t";
	p.message = "hello";
	cr_assert_eq(anthropic_session_create(c, &p, &s), 0, "%s", byoc_errmsg());
	id = json_string_value(json_object_get(s, "id"));
	cr_assert(id && !strncmp(id, "sesn_", 5));
	cr_assert_eq(anthropic_session_get(c, id, &got), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(got, "metadata"), "daytona.sandbox_id")),
			 "sb-1");
	/* byoc-local refuses a request without anthropic-version or the managed-agents beta header,
	 * so the answers above show the client sent them (and the key as a Bearer token) */
	local_lock(L);
	ev = json_deep_copy(json_object_get(store_get(L, "ma_events", id), "events"));
	local_unlock(L);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(ev, 0), "type")), "user.message");
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(got, "agent"), "id")), "agent_1");
	json_decref(ev);
	json_decref(s);
	json_decref(got);
	json_decref(md);
	anthropic_client_free(c);
}

Test(anthropic_api, adds_metadata_to_an_existing_session)
{
	struct anthropic_client *c = client(KEY);
	struct anthropic_session_create p = { 0 };
	json_t *md = pairs(15, 8, 2), *s = NULL, *got = NULL, *md16 = NULL;
	const char *id;

	p.agent = "agent_1";
	p.environment_id = "env_sh";
	p.metadata = md;
	cr_assert_eq(anthropic_session_create(c, &p, &s), 0, "%s", byoc_errmsg());
	id = json_string_value(json_object_get(s, "id"));
	cr_assert_eq(anthropic_session_add_metadata(c, id, "daytona.sandbox_id", "sb-2", &got), 0, "%s",
		     byoc_errmsg());
	cr_assert_eq(json_object_size(json_object_get(got, "metadata")), 16);
	json_decref(got);
	/* a 17th pair is refused before anything is sent */
	cr_assert_eq(anthropic_session_add_metadata(c, id, "one.more", "x", NULL), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "at most 16"), "%s", byoc_errmsg());
	/* replacing a key keeps the count */
	cr_assert_eq(anthropic_session_add_metadata(c, id, "daytona.sandbox_id", "sb-3", &got), 0);
	cr_assert_eq(anthropic_session_get(c, id, &md16), 0);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(md16, "metadata"), "daytona.sandbox_id")),
			 "sb-3");
	json_decref(got);
	json_decref(md16);
	json_decref(s);
	json_decref(md);
	anthropic_client_free(c);
}

Test(anthropic_api, environment_must_be_self_hosted)
{
	struct anthropic_client *c = client(KEY);

	cr_assert_eq(anthropic_environment_check_self_hosted(c, "env_sh"), 0, "%s", byoc_errmsg());
	cr_assert_eq(anthropic_environment_check_self_hosted(c, "env_cloud"), BYOC_EREFUSED);
	cr_assert(strstr(byoc_errmsg(), "'cloud', not self_hosted"), "%s", byoc_errmsg());
	cr_assert_eq(anthropic_environment_check_self_hosted(c, "env_nope"), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "404 not_found_error"), "%s", byoc_errmsg());
	anthropic_client_free(c);
}

Test(anthropic_api, wrong_key_is_an_auth_error_and_never_printed)
{
	struct anthropic_client *c = client("sk-ant-wrong-secret-999");
	json_t *s = NULL;

	cr_assert_eq(anthropic_session_get(c, "sesn_x", &s), BYOC_EAUTH);
	cr_assert(strstr(byoc_errmsg(), "401"), "%s", byoc_errmsg());
	cr_assert_null(strstr(byoc_errmsg(), "sk-ant-wrong-secret-999"), "%s", byoc_errmsg());
	anthropic_client_free(c);
}

Test(anthropic_api, limits_are_checked_before_sending)
{
	struct anthropic_client *c = client(KEY);
	struct anthropic_session_create p = { 0 };
	json_t *md = pairs(17, 8, 2), *s = NULL;
	int before = sessions_count();

	p.agent = "agent_1";
	p.environment_id = "env_sh";
	p.metadata = md;
	cr_assert_eq(anthropic_session_create(c, &p, &s), BYOC_EUSAGE);
	cr_assert_eq(sessions_count(), before, "a session was created");
	json_decref(md);
	anthropic_client_free(c);
}
