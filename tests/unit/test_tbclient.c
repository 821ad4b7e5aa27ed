#include <criterion/criterion.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "httpstub.h"
#include "lib/daytona.h"
#include "lib/seed.h"
#include "lib/tbclient.h"
#include "util/buf.h"
#include "util/err.h"

#define KEY "dtn_tbkey_0123456789"

struct env {
	struct stub *s;
	struct dt_client *dt;
	struct tbc *t;
};

static void setup(struct env *e, stub_fn fn, void *arg)
{
	struct dt_client_opts o = { 0 };
	char url[128];

	e->s = stub_start(fn, arg);
	cr_assert_not_null(e->s);
	snprintf(url, sizeof(url), "%s/api", e->s->base);
	o.api_url = url;
	o.api_key = KEY;
	o.target = "";
	o.http.backoff_base_ms = 5;
	cr_assert_eq(dt_client_new(&o, &e->dt), 0);
	snprintf(url, sizeof(url), "%s/toolbox", e->s->base);
	cr_assert_eq(tbc_new(e->dt, url, "sbx-1", &e->t), 0);
}

static void teardown_env(struct env *e)
{
	tbc_free(e->t);
	dt_client_free(e->dt);
	stub_stop(e->s);
}

/* ---- execute ------------------------------------------------------------------------ */

static void h_exec(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	json_t *j = json_loads(r->body, 0, NULL);
	const char *cmd = json_string_value(json_object_get(j, "command"));

	(void)s;
	if (strcmp(r->path, "/toolbox/sbx-1/process/execute")) {
		o->status = 404;
	} else if (!strcmp(cmd, "sleep 10")) {
		o->status = 408;
		snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":408,\"code\":\"REQUEST_TIMEOUT\",\"message\":\"command execution timeout\"}");
	} else if (!strcmp(cmd, "big")) {
		snprintf(o->body, sizeof o->body, "%s", "{\"exitCode\":0,\"result\":\"");
		memset(o->body + strlen(o->body), 'a', 5000);
		strcat(o->body, "\"}");
	} else {
		snprintf(o->body, sizeof(o->body), "{\"exitCode\":3,\"result\":\"out\\nerr\\n\"}");
	}
	json_decref(j);
}

Test(tbclient, execute_body_result_and_timeout)
{
	struct env e;
	struct tbc_exec_result r;
	json_t *envs = json_pack("{s:s}", "A_B", "c d"), *b;
	char auth[128];

	setup(&e, h_exec, NULL);
	cr_assert_str_eq(tbc_base_url(e.t), strcat(strcpy(auth, e.s->base), "/toolbox/sbx-1"));
	cr_assert_eq(tbc_execute(e.t, "echo hi; exit 3", "/home/daytona", envs, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(r.exit_code, 3);
	cr_assert_str_eq(r.result, "out\nerr\n");
	cr_assert(!r.truncated);
	tbc_exec_result_release(&r);
	b = json_loads(e.s->last.body, 0, NULL);
	cr_assert_eq(json_object_size(b), 4);
	cr_assert_str_eq(json_string_value(json_object_get(b, "command")), "echo hi; exit 3");
	cr_assert_str_eq(json_string_value(json_object_get(b, "cwd")), "/home/daytona");
	cr_assert(json_equal(json_object_get(b, "envs"), envs));
	cr_assert_eq(json_integer_value(json_object_get(b, "timeout")), 30);
	json_decref(b);
	cr_assert_str_eq(stub_header(&e.s->last, "Authorization", auth, sizeof(auth)), "Bearer " KEY);

	cr_assert_eq(tbc_execute(e.t, "true", NULL, NULL, 0, 0, &r), 0);
	cr_assert_str_eq(e.s->last.body, "{\"command\":\"true\"}");
	tbc_exec_result_release(&r);

	cr_assert_eq(tbc_execute(e.t, "sleep 10", NULL, NULL, 1, 0, &r), BYOC_ETIMEOUT);
	cr_assert(strstr(byoc_errmsg(), "timed out after 1 s"), "%s", byoc_errmsg());

	cr_assert_eq(tbc_execute(e.t, "big", NULL, NULL, 0, 100, &r), 0);
	cr_assert_eq(r.result_len, 100);
	cr_assert(r.truncated);
	tbc_exec_result_release(&r);
	json_decref(envs);
	teardown_env(&e);
}

/* ---- a sandbox in a state transition ------------------------------------------------------- */

struct busy_stub {
	int conflicts;     /* execute answers 409 "transition in progress" this many times first */
	const char *then;  /* then this execute answer */
	int calls;
};

static void h_busy(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	struct busy_stub *x = s->arg;

	x->calls++;
	if (strcmp(r->path, "/toolbox/sbx-1/process/execute")) {
		o->status = 404;
	} else if (x->conflicts-- > 0) {
		o->status = 409;
		snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":409,\"code\":\"CONFLICT\",\"message\":\"sandbox sbx-1 "
			 "is not started (state: started, transition in progress): start it first\"}");
	} else {
		snprintf(o->body, sizeof o->body, "%s", x->then);
	}
}

/* Every execute (a check without a step id, a plain one) asks a sandbox in a state transition
 * again, as a step's session command does: the 409 ran nothing. */
Test(tbclient, execute_asks_a_sandbox_in_transition_again)
{
	struct busy_stub x = { .conflicts = 3, .then = "{\"exitCode\":0,\"result\":\"BYOC-OK\\n\"}" };
	struct tbc_exec_result r;
	struct env e;

	setup(&e, h_busy, &x);
	cr_assert_eq(tbc_execute_once(e.t, NULL, "true", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(x.calls, 4);
	cr_assert_str_eq(r.result, "BYOC-OK\n");
	tbc_exec_result_release(&r);
	x = (struct busy_stub){ .conflicts = 2, .then = "{\"exitCode\":0,\"result\":\"\"}" };
	cr_assert_eq(tbc_execute(e.t, "true", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(x.calls, 3);
	tbc_exec_result_release(&r);
	/* bounded: the client's max_attempts (8), then the last answer and the count */
	x = (struct busy_stub){ .conflicts = 100 };
	cr_assert_eq(tbc_execute(e.t, "true", NULL, NULL, 30, 0, &r), BYOC_ECONFLICT);
	cr_assert_eq(x.calls, 8);
	cr_assert(strstr(byoc_errmsg(), "transition in progress") && strstr(byoc_errmsg(), "(after 8 attempts)"), "%s",
		  byoc_errmsg());
	teardown_env(&e);
}

/* The seed's destination check refuses on the sandbox's BYOC-DENIED only; a command that could
 * not start (exit -1, as right after a restart) is asked again. */
Test(tbclient, seed_dest_check_refuses_only_a_denied_answer)
{
	struct busy_stub x = { .conflicts = 1, .then = "{\"exitCode\":-1,\"result\":\"\"}" };
	struct env e;

	setup(&e, h_busy, &x);
	cr_assert_eq(seed_dest_check(e.t, "/mnt/session/repo"), BYOC_EFAIL);
	cr_assert_eq(x.calls, 1 + 8, "the 409 asked again, then each exit -1 asked again up to 8 times");
	cr_assert(strstr(byoc_errmsg(), "after 8 attempts") && strstr(byoc_errmsg(), "exit -1"), "%s", byoc_errmsg());
	x = (struct busy_stub){ .then = "{\"exitCode\":0,\"result\":\"BYOC-DENIED /etc\\n\"}" };
	cr_assert_eq(seed_dest_check(e.t, "/etc/repo"), BYOC_EREFUSED);
	cr_assert_eq(x.calls, 1);
	cr_assert(strstr(byoc_errmsg(), "cannot write in its folder"), "%s", byoc_errmsg());
	x = (struct busy_stub){ .then = "{\"exitCode\":0,\"result\":\"BYOC-OK\\n\"}" };
	cr_assert_eq(seed_dest_check(e.t, "/mnt/session/repo"), 0, "%s", byoc_errmsg());
	teardown_env(&e);
}

/* ---- a step as a session command --------------------------------------------------------- */

#define SESS "/toolbox/sbx-1/process/session"
#define STEP_SESS SESS "/byoc-step-1"

struct sess_stub {
	int logs_format;     /* 0 text/plain, 1 JSON {output, stdout, stderr}, 2 JSON {output} only */
	int polls_running;   /* polls answered without exitCode before the exit code */
	int exit_code;
	bool never_ends;
	int vanish_once;     /* answer the first poll 404 (the session ended under the step) */
	bool vanish_always;  /* answer every poll 404 */
	int conflict_once;   /* answer the first exec 409 (the sandbox in a state transition) */
	bool exec_refused;   /* answer every exec 400 */
	const char *log;
	int creates, execs, polls, deletes, uploads, removes;
	char modes[256];     /* "folder PATH MODE;" and "chmod PATH MODE;" as they came */
	char script[8192];
	char env[256], env_path[128];  /* the last upload: the step's variables */
};

static void h_sess(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	struct sess_stub *x = s->arg;

	if (!strcmp(r->method, "POST") && (!strcmp(r->path, "/toolbox/sbx-1/files/folder") ||
					   !strcmp(r->path, "/toolbox/sbx-1/files/permissions"))) {
		size_t n = strlen(x->modes);

		snprintf(x->modes + n, sizeof(x->modes) - n, "%s %s;", strstr(r->path, "folder") ? "folder" : "chmod",
			 r->query);
		o->status = strstr(r->path, "folder") ? 201 : 200;
	} else if (!strcmp(r->method, "DELETE") && !strcmp(r->path, "/toolbox/sbx-1/files")) {
		x->removes++;
		o->status = 204;
	} else if (!strcmp(r->method, "POST") && !strcmp(r->path, "/toolbox/sbx-1/files/upload-v2")) {
		x->uploads++;
		snprintf(x->env, sizeof(x->env), "%s", r->body);
		stub_query(r, "path", x->env_path, sizeof(x->env_path));
		snprintf(o->body, sizeof(o->body), "{\"name\":\"x\",\"path\":\"%s\",\"type\":\"file\"}", x->env_path);
	} else if (!strcmp(r->method, "POST") && !strcmp(r->path, SESS)) {
		/* the first create's answer is "already exists": an earlier attempt made it */
		o->status = x->creates++ == 0 ? 409 : 201;
		if (o->status == 409)
			snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":409,\"code\":\"CONFLICT\",\"message\":\"session already exists\"}");
	} else if (!strcmp(r->method, "POST") && !strcmp(r->path, STEP_SESS "/exec") && x->exec_refused) {
		o->status = 400;
		snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":400,\"code\":\"BAD_REQUEST\",\"message\":\"no\"}");
	} else if (!strcmp(r->method, "POST") && !strcmp(r->path, STEP_SESS "/exec") && x->conflict_once-- > 0) {
		o->status = 409;
		snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":409,\"code\":\"CONFLICT\",\"message\":\"sandbox is not started "
			"(state: started, transition in progress)\"}");
	} else if (!strcmp(r->method, "POST") && !strcmp(r->path, STEP_SESS "/exec")) {
		json_t *j = json_loads(r->body, 0, NULL);

		snprintf(x->script, sizeof(x->script), "%s", json_string_value(json_object_get(j, "command")));
		cr_assert(json_is_true(json_object_get(j, "runAsync")));
		json_decref(j);
		o->status = 202;
		snprintf(o->body, sizeof(o->body), "{\"cmdId\":\"c%d\"}", ++x->execs);
	} else if (!strcmp(r->method, "GET") && !strncmp(r->path, STEP_SESS "/command/c", strlen(STEP_SESS) + 10) &&
		   !strstr(r->path, "/logs")) {
		x->polls++;
		if (x->vanish_always || (x->vanish_once && x->polls == 1)) {
			o->status = 404;
			snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":404,\"code\":\"NOT_FOUND\",\"message\":\"session not found\"}");
		} else if (x->never_ends || x->polls <= x->polls_running) {
			snprintf(o->body, sizeof o->body, "%s", "{\"id\":\"c1\",\"command\":\"x\"}");
		} else {
			snprintf(o->body, sizeof(o->body), "{\"id\":\"c1\",\"command\":\"x\",\"exitCode\":%d}", x->exit_code);
		}
	} else if (!strcmp(r->method, "GET") && strstr(r->path, "/logs")) {
		json_t *j = x->logs_format == 1 ? json_pack("{s:s, s:s, s:s}", "output", "\1\1\1mixed", "stdout", x->log,
							    "stderr", "")
			  : x->logs_format == 2 ? json_pack("{s:s++}", "output", "\1\1\1", x->log, "\2\2\2")
			  : NULL;
		char *js = j ? json_dumps(j, JSON_COMPACT) : NULL;

		o->headers[0] = j ? "Content-Type: application/json" : "Content-Type: text/plain; charset=utf-8";
		snprintf(o->body, sizeof(o->body), "%s", js ? js : x->log);
		free(js);
		json_decref(j);
	} else if (!strcmp(r->method, "DELETE") && !strcmp(r->path, STEP_SESS)) {
		x->deletes++;
		o->status = 204;
	} else {
		o->status = 404;
	}
}

Test(tbclient, step_runs_as_session_command_polled_until_exit_code)
{
	struct sess_stub x = { .polls_running = 3, .exit_code = 3, .log = "out\nerr\n" };
	json_t *envs = json_pack("{s:s}", "A_B", "it's");
	struct tbc_exec_result r;
	struct env e;

	setup(&e, h_sess, &x);
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "echo hi", "/home/daytona", envs, 30, 0, &r), 0, "%s",
		     byoc_errmsg());
	cr_assert_eq(x.creates, 1, "a 409 on create is the session an earlier attempt made");
	cr_assert_eq(x.execs, 1);
	cr_assert_eq(x.polls, 4, "polled until exitCode was there");
	cr_assert_eq(r.exit_code, 3);
	cr_assert_str_eq(r.result, "out\nerr\n");
	cr_assert_eq(x.deletes, 1, "the session is deleted once done");
	/* one subshell (the wrapper's exit must not end the session's shell), the step, the
	 * cwd and variables execute would have carried, then the command */
	cr_assert(!strncmp(x.script, "(\nBYOC_STEP=step-1\n", 19), "%s", x.script);
	cr_assert(strstr(x.script, "\nbyoc_cwd='/home/daytona'\ncd -- \"$byoc_cwd\""), "%s", x.script);
	/* the variables travel in a file uploaded first, sourced and removed: never in the
	 * command text, which every poll's answer echoes */
	cr_assert_eq(x.uploads, 1);
	cr_assert_str_eq(x.env_path, "/tmp/.byoc-env/step-1");
	cr_assert_str_eq(x.env, "export A_B='it'\"'\"'s'\n");
	cr_assert(!strstr(x.script, "it'\"'\"'s") && !strstr(x.script, "A_B"), "%s", x.script);
	/* for the sandbox user alone whatever the umask: a directory of 0700, the file 0600
	 * before the script reads it */
	cr_assert_str_eq(x.modes, "folder path=/tmp/.byoc-env&mode=700;chmod path=/tmp/.byoc-env/step-1&mode=600;");
	/* read and removed first, before a cwd that may not be entered ends the script */
	cr_assert(strstr(x.script, "{ [ -r '/tmp/.byoc-env/step-1' ] && . '/tmp/.byoc-env/step-1'; }; byoc_env=$?; "
			 "rm -f '/tmp/.byoc-env/step-1'\n"), "%s", x.script);
	cr_assert_lt(strstr(x.script, "rm -f '/tmp/.byoc-env/step-1'"), strstr(x.script, "cd --"), "%s", x.script);
	cr_assert_eq(x.removes, 0, "the script removed it");
	cr_assert(strstr(x.script, "(\necho hi\n) </dev/null >\"$byoc_step_d/out\" 2>&1\nbyoc_step_end $?\n)\n"), "%s",
		  x.script);
	tbc_exec_result_release(&r);
	json_decref(envs);
	teardown_env(&e);
}

/* A step given up before its script ran (here its start refused) leaves no variables behind. */
Test(tbclient, step_given_up_removes_its_variables)
{
	struct sess_stub x = { .exec_refused = true };
	json_t *envs = json_pack("{s:s}", "K", "v");
	struct tbc_exec_result r;
	struct env e;

	setup(&e, h_sess, &x);
	cr_assert_lt(tbc_execute_once(e.t, "step-1", "true", NULL, envs, 30, 0, &r), 0);
	cr_assert(strstr(byoc_errmsg(), "400") && strstr(byoc_errmsg(), "no"), "the start's answer: %s", byoc_errmsg());
	cr_assert_eq(x.uploads, 1);
	cr_assert_eq(x.removes, 1, "its file removed");
	json_decref(envs);
	teardown_env(&e);
}

Test(tbclient, step_logs_in_both_formats)
{
	struct sess_stub x = { .exit_code = 0, .log = "line 1\nline 2\n" };
	struct tbc_exec_result r;
	struct env e;

	setup(&e, h_sess, &x);
	for (x.logs_format = 0; x.logs_format < 3; x.logs_format++) {
		x.creates = x.polls = 0;
		cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
		cr_assert_str_eq(r.result, "line 1\nline 2\n", "format %d: %s", x.logs_format, r.result);
		tbc_exec_result_release(&r);
	}
	/* capped at max_result */
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", NULL, NULL, 30, 4, &r), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r.result, "line");
	cr_assert(r.truncated);
	tbc_exec_result_release(&r);
	/* a directory the script could not enter: execute's "could not start" (-1 and why) */
	x.exit_code = 126;
	x.log = "byoc: cannot start: cd /no/dir: No such file or directory\n";
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", "/no/dir", NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(r.exit_code, -1);
	cr_assert_str_eq(r.result, "cd /no/dir: No such file or directory\n");
	tbc_exec_result_release(&r);
	teardown_env(&e);
}

Test(tbclient, step_timeout_deletes_its_session)
{
	struct sess_stub x = { .never_ends = true, .log = "" };
	struct tbc_exec_result r;
	struct env e;

	setup(&e, h_sess, &x);
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "sleep 100", NULL, NULL, 1, 0, &r), BYOC_ETIMEOUT);
	cr_assert(strstr(byoc_errmsg(), "timed out after 1 s"), "%s", byoc_errmsg());
	cr_assert_eq(x.deletes, 1, "the timed-out command's session is deleted (which ends it)");
	/* polled fast at first, then backing off: 1 s is about 10 polls, not 20 nor 2 */
	cr_assert(x.polls >= 5 && x.polls <= 15, "%d polls", x.polls);
	cr_assert_eq(r.exit_code, -1);
	cr_assert_null(r.result);
	teardown_env(&e);
}

Test(tbclient, step_session_that_vanished_is_started_again)
{
	struct sess_stub x = { .vanish_once = 1, .exit_code = 0, .log = "ok\n" };
	struct tbc_exec_result r;
	struct env e;

	setup(&e, h_sess, &x);
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(x.creates, 2);
	cr_assert_eq(x.execs, 2, "the wrapper in the new session answers (or takes the step again)");
	cr_assert_str_eq(r.result, "ok\n");
	tbc_exec_result_release(&r);
	/* a sandbox in a state transition (409) is asked again */
	x.conflict_once = 1;
	x.creates = 0;
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	cr_assert_eq(x.execs, 3);
	tbc_exec_result_release(&r);
	/* a bad variable name is refused before anything is sent */
	json_t *bad = json_pack("{s:s}", "1X", "v");
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", NULL, bad, 30, 0, &r), BYOC_EUSAGE);
	cr_assert_eq(x.execs, 3);
	json_decref(bad);
	/* a session that vanishes every time: given up after 5, with the last answer and the count */
	x.vanish_always = true;
	cr_assert_eq(tbc_execute_once(e.t, "step-1", "true", NULL, NULL, 30, 0, &r), BYOC_ENOTFOUND);
	cr_assert_eq(x.execs, 3 + 5);
	cr_assert(strstr(byoc_errmsg(), "404") && strstr(byoc_errmsg(), "session not found") &&
		  strstr(byoc_errmsg(), "(after 5 attempts)"), "%s", byoc_errmsg());
	teardown_env(&e);
}

/* ---- upload ------------------------------------------------------------------------- */

static void h_upload(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	char ct[256], *b;
	const char *bd;
	long long data;

	(void)s;
	if (strcmp(r->path, "/toolbox/sbx-1/files/bulk-upload")) {
		o->status = 404;
		return;
	}
	stub_header(r, "Content-Type", ct, sizeof(ct));
	bd = strstr(ct, "boundary=");
	b = strstr(r->body, "\r\n\r\n");
	b = b ? strstr(b + 4, "\r\n\r\n") : NULL; /* end of the file part's headers */
	data = b ? r->body_len - (long long)(b + 4 - r->body) - (long long)(strlen(bd + 9) + 8) : -1;
	snprintf(o->body, sizeof(o->body), "{\"files\":[{\"path\":\"x\",\"bytes\":%lld}]}", data);
}

struct pattern {
	long long left;
	long long produced;
	size_t piece;
};

static ssize_t pattern_read(void *arg, char *p, size_t n)
{
	struct pattern *pt = arg;
	size_t k = n < pt->piece ? n : pt->piece;
	size_t i;

	if (pt->left <= 0)
		return 0;
	if ((long long)k > pt->left)
		k = (size_t)pt->left;
	for (i = 0; i < k; i++)
		p[i] = (char)('a' + (pt->produced + (long long)i) % 26);
	pt->left -= (long long)k;
	pt->produced += (long long)k;
	return (ssize_t)k;
}

Test(tbclient, upload_multipart_layout)
{
	struct env e;
	struct pattern pt = { .left = 1000, .piece = 333 };
	char ct[256], te[64], expect[1024];
	const char *bd;
	long long bytes = 0;

	setup(&e, h_upload, NULL);
	cr_assert_eq(tbc_upload_stream(e.t, "/home/daytona/d \"q\".tar", pattern_read, &pt, -1, NULL, &bytes), 0,
		     "%s", byoc_errmsg());
	cr_assert_eq(bytes, 1000);
	stub_header(&e.s->last, "Content-Type", ct, sizeof(ct));
	cr_assert(!strncmp(ct, "multipart/form-data; boundary=", 30), "%s", ct);
	bd = ct + 30;
	cr_assert_str_eq(stub_header(&e.s->last, "Transfer-Encoding", te, sizeof(te)), "chunked");
	snprintf(expect, sizeof(expect),
		 "--%s\r\nContent-Disposition: form-data; name=\"files[0].path\"\r\n\r\n/home/daytona/d \"q\".tar\r\n"
		 "--%s\r\nContent-Disposition: form-data; name=\"files[0].file\"; filename=\"/home/daytona/d \\\"q\\\".tar\"\r\n"
		 "Content-Type: application/octet-stream\r\n\r\nabcdefghij",
		 bd, bd);
	cr_assert(!strncmp(e.s->last.body, expect, strlen(expect)), "body:\n%s\nwant:\n%s", e.s->last.body, expect);
	snprintf(expect, sizeof(expect), "\r\n--%s--\r\n", bd);
	cr_assert_str_eq(e.s->last.tail + e.s->last.tail_len - strlen(expect), expect);

	/* known size: Content-Length, no chunking */
	pt = (struct pattern){ .left = 500, .piece = 4096 };
	cr_assert_eq(tbc_upload_stream(e.t, "a.txt", pattern_read, &pt, 500, NULL, &bytes), 0, "%s", byoc_errmsg());
	cr_assert_null(stub_header(&e.s->last, "Transfer-Encoding", te, sizeof(te)));
	cr_assert_eq(bytes, 500);
	/* a source shorter than declared fails */
	pt = (struct pattern){ .left = 10, .piece = 4096 };
	cr_assert_lt(tbc_upload_stream(e.t, "a.txt", pattern_read, &pt, 500, NULL, &bytes), 0);
	cr_assert(strstr(byoc_errmsg(), "ended after 10 of 500 bytes"), "%s", byoc_errmsg());
	teardown_env(&e);
}

static int pattern_seek(void *arg)
{
	struct pattern *pt = arg;

	pt->left += pt->produced;
	pt->produced = 0;
	return 0;
}

/* files/upload-v2 (raw body, an UploadedFile back) when v2 is true, else an older daemon's 404 */
static void h_upload_v2(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	bool *v2 = s->arg;

	if (!strcmp(r->path, "/toolbox/sbx-1/files/upload-v2") && *v2) {
		snprintf(o->body, sizeof(o->body), "{\"name\":\"f\",\"path\":\"/p\",\"type\":\"file\"}");
		return;
	}
	h_upload(s, r, o);
}

Test(tbclient, upload_v2_sends_the_file_as_the_body)
{
	struct env e;
	bool v2 = true;
	struct pattern pt = { .left = 1000, .piece = 333 };
	char ct[256], te[64], want[1001];
	long long bytes = 0;

	setup(&e, h_upload_v2, &v2);
	cr_assert_eq(tbc_upload_stream(e.t, "/home/daytona/d \"q\".txt", pattern_read, &pt, 1000, pattern_seek, &bytes),
		     0, "%s", byoc_errmsg());
	cr_assert_eq(e.s->count, 1);
	cr_assert_str_eq(e.s->last.path, "/toolbox/sbx-1/files/upload-v2");
	cr_assert_str_eq(e.s->last.query, "path=/home/daytona/d \"q\".txt");
	cr_assert_str_eq(stub_header(&e.s->last, "Content-Type", ct, sizeof(ct)), "application/octet-stream");
	cr_assert_null(stub_header(&e.s->last, "Transfer-Encoding", te, sizeof(te)));
	for (int i = 0; i < 1000; i++)
		want[i] = (char)('a' + i % 26);
	want[1000] = '\0';
	cr_assert_eq(e.s->last.body_len, 1000);
	cr_assert_str_eq(e.s->last.body, want);
	cr_assert_eq(bytes, -1, "the daemon reports no size for upload-v2");
	/* unknown size: chunked */
	pt = (struct pattern){ .left = 70000, .piece = 4096 };
	cr_assert_eq(tbc_upload_stream(e.t, "b", pattern_read, &pt, -1, pattern_seek, NULL), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(stub_header(&e.s->last, "Transfer-Encoding", te, sizeof(te)), "chunked");
	cr_assert_eq(e.s->last.body_len, 70000);
	teardown_env(&e);
}

Test(tbclient, upload_v2_404_falls_back_to_multipart_once)
{
	struct env e;
	bool v2 = false;
	struct pattern pt = { .left = 5000, .piece = 1000 };
	long long bytes = 0;

	setup(&e, h_upload_v2, &v2);
	cr_assert_eq(tbc_upload_stream(e.t, "/x", pattern_read, &pt, 5000, pattern_seek, &bytes), 0, "%s",
		     byoc_errmsg());
	cr_assert_eq(e.s->count, 2);
	cr_assert(strstr(e.s->log[0], "/files/upload-v2"), "%s", e.s->log[0]);
	cr_assert(strstr(e.s->log[1], "/files/bulk-upload"), "%s", e.s->log[1]);
	cr_assert_eq(bytes, 5000, "the whole file again after the rewind");
	/* the client remembers: the next file goes straight to the older route */
	pt = (struct pattern){ .left = 10, .piece = 10 };
	cr_assert_eq(tbc_upload_stream(e.t, "/y", pattern_read, &pt, 10, pattern_seek, &bytes), 0, "%s", byoc_errmsg());
	cr_assert_eq(e.s->count, 3);
	cr_assert(strstr(e.s->log[2], "/files/bulk-upload"), "%s", e.s->log[2]);
	teardown_env(&e);
}

static long maxrss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

Test(tbclient, upload_100mib_chunked_flat_memory, .timeout = 60)
{
	struct env e;
	struct pattern pt = { .left = 100LL << 20, .piece = 65536 };
	long long bytes = 0;
	long before;

	setup(&e, h_upload, NULL);
	before = maxrss_kb();
	cr_assert_eq(tbc_upload_stream(e.t, "/home/daytona/big.tar", pattern_read, &pt, -1, NULL, &bytes), 0, "%s",
		     byoc_errmsg());
	cr_assert_eq(bytes, 100LL << 20);
	cr_assert_gt(e.s->last.body_len, 100LL << 20);
	cr_assert_lt(maxrss_kb() - before, 16 * 1024, "memory grew by %ld KiB", maxrss_kb() - before);
	teardown_env(&e);
}

static void h_files(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	char path[256] = "";

	(void)s;
	stub_query(r, "path", path, sizeof(path));
	if (!strcmp(r->path, "/toolbox/sbx-1/files/bulk-upload")) {
		if (r->seq == 1)
			o->drop = true;
		else
			snprintf(o->body, sizeof(o->body), "{\"files\":[{\"path\":\"x\",\"bytes\":11}]}");
	} else if (!strcmp(r->path, "/toolbox/sbx-1/files/download")) {
		if (!strcmp(path, "/missing"))
			o->status = 404; /* the daemon's empty-body error */
		else
			snprintf(o->body, sizeof o->body, "%s", "downloaded bytes\n");
	} else if (!strcmp(r->path, "/toolbox/sbx-1/files/info")) {
		if (!strcmp(path, "/missing"))
			o->status = 404;
		else
			snprintf(o->body, sizeof o->body, "%s", "{\"name\":\"f\",\"size\":12,\"mode\":\"-rw-r--r--\",\"modTime\":\"x\","
					"\"modifiedAt\":\"2026-01-01T00:00:00Z\",\"isDir\":false,\"owner\":\"1000\","
					"\"group\":\"1000\",\"permissions\":\"0644\"}");
	} else if (!strcmp(r->path, "/toolbox/sbx-1/files/folder")) {
		o->status = 201;
	} else if (!strcmp(r->path, "/toolbox/sbx-1/files/permissions")) {
		o->status = 200;
	} else if (!strcmp(r->path, "/toolbox/sbx-1/git/clone")) {
		json_t *j = json_loads(r->body, 0, NULL);

		if (json_object_get(j, "password")) {
			o->status = 401;
			snprintf(o->body, sizeof(o->body), "{\"message\":\"auth failed for https://u:%s@h/r\"}",
				 json_string_value(json_object_get(j, "password")));
		}
		json_decref(j);
	} else {
		o->status = 404;
	}
}

Test(tbclient, upload_file_replays_with_seek_then_chmods)
{
	struct env e;
	char tmp[] = "/tmp/c1-tbc-XXXXXX";
	int fd = mkstemp(tmp);

	cr_assert_eq(write(fd, "hello world", 11), 11);
	close(fd);
	setup(&e, h_files, NULL);
	cr_assert_eq(tbc_upload_file(e.t, tmp, "/home/daytona/h.txt", 0755), 0, "%s", byoc_errmsg());
	cr_assert_eq(e.s->count, 3, "dropped once, replayed, then permissions");
	cr_assert_str_eq(e.s->log[2], "POST /toolbox/sbx-1/files/permissions?path=/home/daytona/h.txt&mode=755");
	cr_assert_eq(tbc_upload_file(e.t, "/nonexistent/x", "/y", -1), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "cannot open '/nonexistent/x'"), "%s", byoc_errmsg());
	unlink(tmp);
	teardown_env(&e);
}

Test(tbclient, download_info_folder_permissions)
{
	struct env e;
	struct tbc_file_info fi;
	char tmp[] = "/tmp/c1-tbc-XXXXXX", got[64] = "";
	int fd = mkstemp(tmp);
	long long n = 0;

	setup(&e, h_files, NULL);
	cr_assert_eq(tbc_download_to_fd(e.t, "/home/daytona/a b.txt", fd, &n), 0, "%s", byoc_errmsg());
	cr_assert_eq(n, 17);
	cr_assert_eq(pread(fd, got, sizeof(got) - 1, 0), 17);
	cr_assert_str_eq(got, "downloaded bytes\n");
	cr_assert_str_eq(e.s->log[0], "GET /toolbox/sbx-1/files/download?path=/home/daytona/a b.txt");
	cr_assert_eq(tbc_download_to_fd(e.t, "/missing", fd, &n), BYOC_ENOTFOUND);
	cr_assert_str_eq(byoc_errmsg(), "download '/missing': 404 not found");
	close(fd);
	unlink(tmp);

	cr_assert_eq(tbc_info(e.t, "/f", &fi), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(fi.name, "f");
	cr_assert_eq(fi.size, 12);
	cr_assert_str_eq(fi.permissions, "0644");
	cr_assert_str_eq(fi.owner, "1000");
	cr_assert(!fi.is_dir);
	tbc_file_info_release(&fi);
	cr_assert_eq(tbc_info(e.t, "/missing", &fi), BYOC_ENOTFOUND);

	cr_assert_eq(tbc_folder(e.t, "/mnt/session/x", 0700), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(e.s->last.method, "POST");
	cr_assert_str_eq(e.s->last.query, "path=/mnt/session/x&mode=700");
	cr_assert_eq(tbc_permissions(e.t, "/a", 0640, "daytona", "1000"), 0);
	cr_assert_str_eq(e.s->last.query, "path=/a&mode=640&owner=daytona&group=1000");
	cr_assert_eq(tbc_permissions(e.t, "/a", -1, NULL, "g"), 0);
	cr_assert_str_eq(e.s->last.query, "path=/a&group=g");
	teardown_env(&e);
}

Test(tbclient, git_clone_keeps_password_out_of_messages)
{
	struct env e;
	struct tbc_git_clone p = { .url = "https://h/r", .path = "/home/daytona/r", .branch = "main",
				   .commit = "abc123" };
	json_t *b;

	setup(&e, h_files, NULL);
	cr_assert_eq(tbc_git_clone(e.t, &p), 0, "%s", byoc_errmsg());
	b = json_loads(e.s->last.body, 0, NULL);
	cr_assert_eq(json_object_size(b), 4);
	cr_assert_str_eq(json_string_value(json_object_get(b, "commit_id")), "abc123");
	cr_assert_str_eq(json_string_value(json_object_get(b, "branch")), "main");
	json_decref(b);
	cr_assert_null(strstr(e.s->last.query, "abc"));

	p.username = "u";
	p.password = "s3cr3t-pass";
	cr_assert_eq(tbc_git_clone(e.t, &p), BYOC_EAUTH);
	cr_assert_null(strstr(byoc_errmsg(), "s3cr3t-pass"), "%s", byoc_errmsg());
	b = json_loads(e.s->last.body, 0, NULL);
	cr_assert_str_eq(json_string_value(json_object_get(b, "password")), "s3cr3t-pass");
	json_decref(b);
	p.password = NULL;
	cr_assert_eq(tbc_git_clone(e.t, &p), BYOC_EUSAGE);
	teardown_env(&e);
}

Test(tbclient, new_for_sandbox_without_proxy_url)
{
	struct dt_sandbox sb = { .id = "s1" };
	struct dt_client *dt = NULL;
	struct dt_client_opts o = { .api_url = "http://127.0.0.1:1/api", .api_key = "k" };
	struct tbc *t = NULL;

	cr_assert_eq(dt_client_new(&o, &dt), 0);
	sb.toolbox_proxy_url = "https://x/toolbox/";
	cr_assert_eq(tbc_new_for_sandbox(dt, &sb, &t), 0);
	cr_assert_str_eq(tbc_base_url(t), "https://x/toolbox/s1");
	tbc_free(t);
	/* the API key never goes in clear to another machine (issue 16) */
	sb.toolbox_proxy_url = "http://x/toolbox/";
	cr_assert_eq(tbc_new_for_sandbox(dt, &sb, &t), BYOC_EREFUSED);
	cr_assert_null(t);
	cr_assert_eq(tbc_new(dt, "", "s1", &t), BYOC_EUSAGE);
	dt_client_free(dt);
}

/* The bulk-upload answer is counted as it arrives, in pieces of any size. */
static struct tbc_bulk_scan scan_of(const char *text, size_t piece)
{
	struct tbc_bulk_scan s;
	size_t n = strlen(text);

	tbc_bulk_scan_init(&s);
	for (size_t i = 0; i < n; i += piece)
		tbc_bulk_scan_feed(&s, text + i, n - i < piece ? n - i : piece);
	return s;
}

Test(tbclient, bulk_answer_scan)
{
	static const struct {
		const char *text;
		bool ok;
		size_t files, errors;
		const char *first;
	} cases[] = {
		{ "{\"files\":[{\"path\":\"/a\",\"bytes\":3},{\"path\":\"/b\",\"bytes\":0}]}", true, 2, 0, "" },
		/* names that look like JSON, keys in another order, whitespace everywhere */
		{ " {\n \"errors\" : [ ] ,\"files\": [ {\"bytes\":1, \"path\":\"/x\\\"},{\\\\\"} , {\"path\":\"[\"} ] }\n",
		  true, 2, 0, "" },
		{ "{\"errors\":[\"file[3]: no space\",\"x\"],\"files\":[{\"path\":\"/a\"}]}", true, 1, 2,
		  "file[3]: no space" },
		{ "{\"errors\":[\"say \\\"no\\\"\"]}", true, 0, 1, "say \\\"no\\\"" },
		{ "{\"files\":[]}", true, 0, 0, "" },
		{ "{\"filesx\":[{}],\"file\":[{}],\"other\":{\"files\":[1]},\"errorsandmore\":[\"e\"]}", true, 0, 0, "" },
		{ "{\"files\":[{\"a\":{\"b\":[1]}}]}", false, 1, 0, "" },   /* deeper than the daemon's */
		{ "{\"files\":[{}]", false, 1, 0, "" },                     /* cut short */
		{ "{\"files\":[{}]}{}", false, 1, 0, "" },                  /* two objects */
		{ "[1,2]", false, 0, 0, "" },
		{ "", false, 0, 0, "" },
		{ "\"files\"", false, 0, 0, "" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (size_t piece = 1; piece <= 64; piece *= 4) {
			struct tbc_bulk_scan s = scan_of(cases[i].text, piece);

			cr_assert_eq(tbc_bulk_scan_ok(&s), cases[i].ok, "case %zu (pieces of %zu): ok", i, piece);
			if (!cases[i].ok)
				continue;
			cr_assert_eq(s.nfiles, cases[i].files, "case %zu: files %zu", i, s.nfiles);
			cr_assert_eq(s.nerrors, cases[i].errors, "case %zu: errors %zu", i, s.nerrors);
			cr_assert_str_eq(s.first_error, cases[i].first, "case %zu", i);
		}
	}
}

/* A long first error is cut, not overrun. */
Test(tbclient, bulk_answer_scan_long_error)
{
	char text[4096];
	struct tbc_bulk_scan s;

	snprintf(text, sizeof(text), "{\"errors\":[\"%0*d\"]}", 3000, 7);
	s = scan_of(text, 100);
	cr_assert(tbc_bulk_scan_ok(&s));
	cr_assert_eq(s.nerrors, 1);
	cr_assert_eq(strlen(s.first_error), sizeof(s.first_error) - 1);
}

/* ---- uploads to a sandbox in a state transition --------------------------------------------- */

struct busy_upload {
	int conflicts;    /* each upload route answers 409 "transition in progress" this many times first */
	int calls;
	long long last_len;
};

static void h_busy_upload(struct stub *s, const struct stub_req *r, struct stub_reply *o)
{
	struct busy_upload *x = s->arg;

	x->calls++;
	x->last_len = r->body_len;
	if (x->conflicts-- > 0) {
		o->status = 409;
		snprintf(o->body, sizeof o->body, "%s", "{\"statusCode\":409,\"code\":\"CONFLICT\",\"message\":\"sandbox sbx-1 "
			 "is not started (state: started, transition in progress): start it first\"}");
	} else if (!strcmp(r->path, "/toolbox/sbx-1/files/upload-v2")) {
		snprintf(o->body, sizeof(o->body), "{\"name\":\"f\",\"path\":\"/p\",\"type\":\"file\"}");
	} else if (!strcmp(r->path, "/toolbox/sbx-1/files/bulk-upload")) {
		snprintf(o->body, sizeof(o->body), "{\"files\":[{\"path\":\"/p\",\"bytes\":1}]}");
	} else {
		o->status = 404;
	}
}

/* A seed's uploads (upload-v2, the bulk form) ask a sandbox in a state transition again, as
 * execute does: the 409 wrote nothing; the whole body is sent again from its start. */
Test(tbclient, uploads_ask_a_sandbox_in_transition_again)
{
	struct busy_upload x = { .conflicts = 2 };
	struct pattern pt = { .left = 3000, .piece = 1000 };
	struct env e;

	setup(&e, h_busy_upload, &x);
	cr_assert_eq(tbc_upload_stream(e.t, "/f", pattern_read, &pt, 3000, pattern_seek, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(x.calls, 3);
	cr_assert_eq(x.last_len, 3000, "the whole file again");
	cr_assert(strstr(e.s->log[2], "/files/upload-v2"), "%s", e.s->log[2]);

	x = (struct busy_upload){ .conflicts = 1 };
	pt = (struct pattern){ .left = 1, .piece = 1 };
	cr_assert_eq(tbc_upload_multipart(e.t, "multipart/form-data; boundary=b", pattern_read, &pt, pattern_seek, 1), 0,
		     "%s", byoc_errmsg());
	cr_assert_eq(x.calls, 2);
	cr_assert(strstr(e.s->log[4], "/files/bulk-upload"), "%s", e.s->log[4]);

	/* a body that cannot be rewound is not sent again */
	x = (struct busy_upload){ .conflicts = 1 };
	pt = (struct pattern){ .left = 10, .piece = 10 };
	cr_assert_eq(tbc_upload_multipart(e.t, "multipart/form-data; boundary=b", pattern_read, &pt, NULL, 1),
		     BYOC_ECONFLICT);
	cr_assert_eq(x.calls, 1);

	/* bounded: the client's max_attempts (8), then the last answer and the count */
	x = (struct busy_upload){ .conflicts = 100 };
	pt = (struct pattern){ .left = 10, .piece = 10 };
	cr_assert_eq(tbc_upload_stream(e.t, "/f", pattern_read, &pt, 10, pattern_seek, NULL), BYOC_ECONFLICT);
	cr_assert_eq(x.calls, 8);
	cr_assert(strstr(byoc_errmsg(), "upload to '/f': 409") && strstr(byoc_errmsg(), "transition in progress") &&
		  strstr(byoc_errmsg(), "(after 8 attempts)"), "%s", byoc_errmsg());
	teardown_env(&e);
}
