#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/anthropic.h"
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

/* ---- against the stand-in (tests/standins/anthropic.py), which checks requests as the API does ---- */

#define KEY "sk-ant-test-unit-0123456789"

static pid_t standin;
static char base[128];
static char logpath[64];

static void start_standin(void)
{
	const char *root = getenv("BYOC_ROOT");
	char script[512];
	int fds[2];
	FILE *f;

	snprintf(script, sizeof(script), "%s/tests/standins/anthropic.py", root ? root : ".");
	if (access(script, R_OK) != 0)
		cr_skip_test("no stand-in at %s", script);
	snprintf(logpath, sizeof(logpath), "/tmp/byoc-anthropic-%d.log", (int)getpid());
	cr_assert_eq(pipe(fds), 0);
	standin = fork();
	if (standin == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		execlp("python3", "python3", script, "--key", KEY, "--env", "env_sh=self_hosted", "--env",
		       "env_cloud=cloud", "--log", logpath, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	f = fdopen(fds[0], "r");
	cr_assert_not_null(fgets(base, sizeof(base), f), "stand-in printed no URL");
	base[strcspn(base, "\n")] = '\0';
	fclose(f);
}

static void stop_standin(void)
{
	if (standin > 0) {
		kill(standin, SIGTERM);
		waitpid(standin, NULL, 0);
	}
	unlink(logpath);
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

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *s = calloc(1, 1 << 20);

	if (f) {
		fread(s, 1, (1 << 20) - 1, f);
		fclose(f);
	}
	return s;
}

TestSuite(anthropic_api, .init = start_standin, .fini = stop_standin);

Test(anthropic_api, creates_a_session_with_the_documented_headers_and_body)
{
	struct anthropic_client *c = client(KEY);
	struct anthropic_session_create p = { 0 };
	json_t *md = json_pack("{s:s, s:s}", "daytona.sandbox_id", "sb-1", "team", "ml"), *s = NULL, *got = NULL;
	const char *id;
	char *log;

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
	log = slurp(logpath);
	cr_assert(strstr(log, "\"anthropic-version\": \"2026-10-21\""), "%s", log);
	cr_assert(strstr(log, "\"anthropic-beta\": \"managed-agents-2026-04-01\""), "%s", log);
	cr_assert(strstr(log, "\"Authorization\": \"Bearer " KEY "\""), "%s", log);
	cr_assert(strstr(log, "user.message"), "%s", log);
	free(log);
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
	char *log;

	p.agent = "agent_1";
	p.environment_id = "env_sh";
	p.metadata = md;
	cr_assert_eq(anthropic_session_create(c, &p, &s), BYOC_EUSAGE);
	log = slurp(logpath);
	cr_assert_str_eq(log, "", "a request was sent: %s", log);
	free(log);
	json_decref(md);
	anthropic_client_free(c);
}
