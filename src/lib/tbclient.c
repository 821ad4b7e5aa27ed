#include "lib/tbclient.h"
#include "lib/api.h"
#include "lib/bulkform.h"
#include "lib/sandbox.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/rand.h"
#include "util/shquote.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define TB_RESP_MAX ((size_t)16 << 20)
#define EXEC_RESULT_DEFAULT ((size_t)1 << 20)

struct tbc {
	struct dt_client *dt;
	char *base;
	struct api api;   /* the Daytona client's call path, based at the toolbox URL */
	bool no_upload_v2; /* the daemon answered 404/405 to files/upload-v2 (older than v0.205) */
};

int tbc_new(struct dt_client *dt, const char *toolbox_proxy_url, const char *sandbox_id, struct tbc **out)
{
	struct tbc *t;
	char *eid;
	size_t n;

	*out = NULL;
	if (!toolbox_proxy_url || !*toolbox_proxy_url)
		return byoc_fail(BYOC_EUSAGE, "sandbox '%s' has no toolbox proxy url", sandbox_id ? sandbox_id : "");
	if (!sandbox_id || !*sandbox_id)
		return byoc_fail(BYOC_EUSAGE, "toolbox client: a sandbox id is required");
	if (!http_credentials_allowed(toolbox_proxy_url))
		return byoc_fail(BYOC_EREFUSED, "the toolbox proxy URL '%s' the API gave is plain http to another "
				 "machine: the API key would travel in clear; set " HTTP_ALLOW_ENV "=1 to send it anyway",
				 toolbox_proxy_url);
	t = calloc(1, sizeof(*t));
	eid = http_escape(sandbox_id);
	n = strlen(toolbox_proxy_url);
	if (!t || !eid ||
	    asprintf(&t->base, "%s%s%s", toolbox_proxy_url, toolbox_proxy_url[n - 1] == '/' ? "" : "/", eid) < 0) {
		free(eid);
		free(t);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	free(eid);
	t->dt = dt;
	t->api = *dt_client_api(dt);
	t->api.base_url = t->base;
	*out = t;
	return 0;
}

int tbc_new_for_sandbox(struct dt_client *dt, const struct dt_sandbox *sb, struct tbc **out)
{
	char *url = NULL;
	int rc;

	if (sb->toolbox_proxy_url && *sb->toolbox_proxy_url)
		return tbc_new(dt, sb->toolbox_proxy_url, sb->id, out);
	*out = NULL;
	if ((rc = dt_sandbox_toolbox_proxy_url(dt, sb->id, &url)) < 0)
		return rc;
	rc = tbc_new(dt, url, sb->id, out);
	free(url);
	return rc;
}

void tbc_free(struct tbc *t)
{
	if (!t)
		return;
	free(t->base);
	free(t);
}

const char *tbc_base_url(const struct tbc *t)
{
	return t->base;
}

/* ---- plumbing ------------------------------------------------------------------- */

/* Runs req (its body and response fields set by the caller) through the one call path;
 * ctype: the body's Content-Type line or NULL. */
static int tb_do(struct tbc *t, struct http_req *req, const char *path, const char *ctype, const char *what,
		 struct buf *rb, long *status)
{
	const char *hdrs[2] = { ctype, NULL };
	struct api_req r = {
		.method = req->method, .path = path, .headers = hdrs, .what = what,
		.flags = (req->idempotent ? API_IDEMPOTENT : 0) | (req->no_retry ? API_NO_RETRY : 0),
	};

	if (!req->write)
		req->resp = rb;
	return api_do(&t->api, &r, req, status, NULL);
}

static int tb_json(struct tbc *t, const char *method, const char *path, const json_t *body, const char *what,
		   json_t **out)
{
	struct api_req r = { .method = method, .path = path, .body = body, .what = what };

	return api_json(&t->api, &r, TB_RESP_MAX, NULL, out);
}

/* Adds "(after N attempts)" to the error message rc's, as http_do does for its own. */
static int tb_attempts(int rc, int attempts)
{
	char msg[1024];

	snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
	return byoc_fail(rc, "%s (after %d attempts)", msg, attempts);
}

/* "?path=<esc>" */
static char *path_query(const char *endpoint, const char *path)
{
	char *e = http_escape(path), *q = NULL;

	if (!e)
		return NULL;
	if (asprintf(&q, "%s?path=%s", endpoint, e) < 0)
		q = NULL;
	free(e);
	return q;
}

/* ---- process ---------------------------------------------------------------------- */

void tbc_exec_result_release(struct tbc_exec_result *r)
{
	free(r->result);
	r->result = NULL;
	r->result_len = 0;
}

/* The exit code in a daemon's answer, -1 when out of range. */
static int exit_code_of(const json_t *j)
{
	json_int_t x = json_integer_value(json_object_get(j, "exitCode"));

	return x > 255 || x < -255 ? -1 : (int)x;
}

/* Keeps the first max bytes of p (len) as out's result. */
static int set_result(struct tbc_exec_result *out, const char *p, size_t len, size_t max)
{
	if (len > max) {
		len = max;
		out->truncated = true;
	}
	if (!(out->result = malloc(len + 1)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (len)
		memcpy(out->result, p, len);
	out->result[len] = '\0';
	out->result_len = len;
	return 0;
}

int tbc_again(struct tbc *t, int attempt)
{
	const struct http_client *c = t->api.http;

	if (attempt >= http_client_opts(c)->max_attempts)
		return 1;
	return http_backoff(c, attempt) < 0 ? byoc_fail(BYOC_EINTR, "interrupted") : 0;
}

/* tb_do for a request that a 409 answer did not run (execute, the uploads: the sandbox is in a
 * state transition, a restart, or not started yet): asked again as tbc_again decides, a
 * streamed body rewound first (one that cannot be is not asked again). The last answer, with
 * the count of attempts, when they run out. */
static int tb_send(struct tbc *t, struct http_req *req, const char *path, const char *ctype, const char *what,
		   struct buf *rb, long *status)
{
	int rc, attempt, again;

	for (attempt = 1;; attempt++) {
		rc = tb_do(t, req, path, ctype, what, rb, status);
		if (rc != BYOC_ECONFLICT || (req->read && (!req->seek || req->seek(req->read_arg) < 0)))
			return rc;
		if ((again = tbc_again(t, attempt)) == 1)
			return attempt > 1 ? tb_attempts(rc, attempt) : rc;
		if (again < 0)
			return again;
	}
}

static int execute(struct tbc *t, const char *command, const char *cwd, const json_t *envs, int timeout_s,
		   size_t max_result, bool once, struct tbc_exec_result *out)
{
	struct http_req req = { 0 };
	struct buf rb;
	json_t *b = json_object(), *j = NULL, *res;
	char *js = NULL;
	long status = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	out->exit_code = -1;
	if (!max_result)
		max_result = EXEC_RESULT_DEFAULT;
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (!command || !*command) {
		json_decref(b);
		return byoc_fail(BYOC_EUSAGE, "execute: the command is empty");
	}
	json_object_set_new(b, "command", json_string(command));
	if (cwd && *cwd)
		json_object_set_new(b, "cwd", json_string(cwd));
	if (envs && json_is_object(envs) && json_object_size(envs))
		json_object_set_new(b, "envs", json_deep_copy(envs));
	if (timeout_s > 0)
		json_object_set_new(b, "timeout", json_integer(timeout_s));
	js = json_dumps(b, JSON_COMPACT);
	json_decref(b);
	if (!js)
		return byoc_fail(BYOC_ENOMEM, "execute: cannot encode the request");
	buf_init(&rb, TB_RESP_MAX);
	req.method = "POST";
	req.body = js;
	req.body_len = strlen(js);
	/* a running command sends nothing: no low-speed abort; bounded by its own timeout */
	req.low_speed_time_s = -1;
	req.timeout_ms = timeout_s > 0 ? ((long)timeout_s + 30) * 1000 : -1;
	req.deadline_ms = timeout_s > 0 ? ((long)timeout_s + 90) * 1000 : -1;
	/* a step runs once however often it is sent: the request may be sent again */
	req.idempotent = once;
	rc = tb_send(t, &req, "/process/execute", "Content-Type: application/json", "execute", &rb, &status);
	if (rc < 0) {
		if (status == 408)
			rc = byoc_fail(BYOC_ETIMEOUT, "execute: command timed out after %d s", timeout_s);
		goto out;
	}
	j = json_loadb(rb.data, rb.len, 0, NULL);
	if (!json_is_object(j)) {
		rc = byoc_fail(BYOC_EPROTO, "execute: the answer is not a JSON object");
		goto out;
	}
	res = json_object_get(j, "result");
	/* the SDK's convention: absent exit code means success */
	out->exit_code = json_is_integer(json_object_get(j, "exitCode")) ? exit_code_of(j) : 0;
	rc = set_result(out, json_string_value(res), json_is_string(res) ? json_string_length(res) : 0, max_result);
out:
	json_decref(j);
	free(js);
	buf_release(&rb);
	return rc;
}

int tbc_execute(struct tbc *t, const char *command, const char *cwd, const json_t *envs, int timeout_s,
		size_t max_result, struct tbc_exec_result *out)
{
	return execute(t, command, cwd, envs, timeout_s, max_result, false, out);
}

bool tbc_step_id_ok(const char *id)
{
	size_t n = 0;

	for (; id && id[n]; n++)
		if (!isalnum((unsigned char)id[n]) && !strchr("._-", id[n]))
			return false;
	return n > 0 && n <= 64 && id[0] != '.';
}

/* ---- a step as a session command (contract §5.7) ---------------------------------------
 * A step with an id outlives its client: it runs as a command of the session "byoc-<id>",
 * started with runAsync and polled, so that a client killed mid-step leaves it running to
 * its recorded end, and the rerun's attempt (the session's next command, or the wrapper's
 * wait for a live taker) answers with that record. */

#define STEP_ROUNDS 5             /* sessions started for one step when the last one vanished */
#define STEP_POLL_FIRST_MS 50
#define STEP_POLL_MAX_MS 1000
#define STEP_NOSTART "byoc: cannot start: "  /* the script's answer when the cwd cannot be entered */
#define STEP_NOSTART_EXIT 126

/* One session call ("/process/session[/<sid>][rest]"); every one may be sent again: a create
 * answers 409 once done, a step's command runs once however often it is started. */
static int sess_call(struct tbc *t, const char *method, const char *sid, const char *rest, const json_t *body,
		     const char *what, long *status, json_t **out)
{
	char *e = sid ? http_escape(sid) : NULL, *path = NULL;
	struct api_req r = { .method = method, .body = body, .what = what, .flags = API_IDEMPOTENT };
	int rc;

	if ((sid && !e) || asprintf(&path, "/process/session%s%s%s", sid ? "/" : "", sid ? e : "", rest ? rest : "") < 0) {
		free(e);
		if (status)
			*status = 0;
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	r.path = path;
	rc = api_json(&t->api, &r, TB_RESP_MAX, status, out);
	free(path);
	free(e);
	return rc;
}

/* The command's output: plain text without an SDK version, else JSON {output, stdout, stderr}
 * (contract §5.7); the step's answer is on stdout, a shell's complaint on stderr. */
static int sess_logs(struct tbc *t, const char *sid, const char *cmd_id, size_t max_result,
		     struct tbc_exec_result *out)
{
	char *e = http_escape(sid), *ec = http_escape(cmd_id), *path = NULL, ctype[128] = "";
	struct api_req r = { .method = "GET", .what = "step command logs", .flags = API_IDEMPOTENT };
	struct http_req req = { 0 };
	struct http_resp hr;
	struct buf rb, all;
	json_t *j = NULL;
	int rc;

	buf_init(&rb, TB_RESP_MAX);
	buf_init(&all, TB_RESP_MAX);
	if (!e || !ec || asprintf(&path, "/process/session/%s/command/%s/logs", e, ec) < 0) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	r.path = path;
	req.resp = &rb;
	rc = api_do(&t->api, &r, &req, NULL, &hr);
	http_resp_header(&hr, "Content-Type", ctype, sizeof(ctype));
	http_resp_release(&hr);
	if (rc < 0)
		goto out;
	if (strncasecmp(ctype, "application/json", 16) != 0) {
		rc = set_result(out, rb.data ? rb.data : "", rb.len, max_result);
		goto out;
	}
	j = json_loadb(rb.data ? rb.data : "", rb.len, 0, NULL);
	if (!json_is_object(j)) {
		rc = byoc_fail(BYOC_EPROTO, "step command logs: the answer is not a JSON object");
		goto out;
	}
	if (json_is_string(json_object_get(j, "stdout")) || json_is_string(json_object_get(j, "stderr"))) {
		const json_t *o = json_object_get(j, "stdout"), *x = json_object_get(j, "stderr");

		buf_append(&all, json_string_value(o), json_string_length(o));
		buf_append(&all, json_string_value(x), json_string_length(x));
	} else {
		/* only the combined log: it keeps the stream markers (\1\1\1 stdout, \2\2\2 stderr) */
		const char *p = json_string_value(json_object_get(j, "output"));
		size_t n = json_string_length(json_object_get(j, "output")), i;

		for (i = 0; p && i < n; i++) {
			if (i + 3 <= n && (p[i] == 1 || p[i] == 2) && p[i + 1] == p[i] && p[i + 2] == p[i]) {
				i += 2;
				continue;
			}
			buf_append(&all, p + i, 1);
		}
	}
	rc = set_result(out, all.data ? all.data : "", all.len, max_result);
out:
	json_decref(j);
	free(path);
	free(e);
	free(ec);
	buf_release(&rb);
	buf_release(&all);
	return rc;
}

/* Starts script in session sid (made if absent) and polls until it ends or end_ms (0: never).
 * 0 with *code its exit code, 1 when end_ms passed first; BYOC_ENOTFOUND when the session
 * vanished meanwhile. */
static int sess_run(struct tbc *t, const char *sid, const char *script, int64_t end_ms, char cmd_id[128],
		    int *code)
{
	volatile sig_atomic_t *cancel = http_client_opts(t->api.http)->cancel;
	json_t *b = json_pack("{s:s}", "sessionId", sid), *j = NULL;
	long status = 0, wait = STEP_POLL_FIRST_MS, now;
	char rest[160];
	int rc;

	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = sess_call(t, "POST", NULL, NULL, b, "create the step's session", &status, NULL);
	json_decref(b);
	if (rc < 0 && status != 409)   /* 409: it exists (an earlier attempt or run made it) */
		return rc;
	if (!(b = json_pack("{s:s, s:b}", "command", script, "runAsync", 1)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = sess_call(t, "POST", sid, "/exec", b, "start the step's command", NULL, &j);
	json_decref(b);
	if (rc < 0)
		return rc;
	if (!json_is_string(json_object_get(j, "cmdId")) || json_string_length(json_object_get(j, "cmdId")) >= 100) {
		json_decref(j);
		return byoc_fail(BYOC_EPROTO, "start the step's command: the answer has no cmdId");
	}
	snprintf(cmd_id, 128, "%s", json_string_value(json_object_get(j, "cmdId")));
	json_decref(j);
	snprintf(rest, sizeof(rest), "/command/%s", cmd_id);
	for (;;) {
		/* a rerun's attempt queues behind the killed run's command: the poll waits for both */
		if ((rc = sess_call(t, "GET", sid, rest, NULL, "poll the step's command", NULL, &j)) < 0)
			return rc;
		if (json_is_integer(json_object_get(j, "exitCode"))) {
			*code = exit_code_of(j);
			json_decref(j);
			return 0;
		}
		json_decref(j);
		now = (long)http_now_ms();
		if (end_ms && now >= end_ms)
			return 1;
		if ((rc = http_sleep_ms(end_ms && end_ms - now < wait ? (long)(end_ms - now) : wait, cancel)) < 0)
			return byoc_fail(rc, "poll the step's command: interrupted");
		wait = wait * 3 / 2 > STEP_POLL_MAX_MS ? STEP_POLL_MAX_MS : wait * 3 / 2;
	}
}

/* The variables as "export K='v'" lines: the file a step's script sources. In the script
 * itself they would come back in every poll of the session command (its "command"). */
static int step_env(const json_t *envs, struct buf *s)
{
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)envs, k, v) {
		if (!sh_var_name_ok(k) || !json_is_string(v))
			return byoc_fail(BYOC_EUSAGE, "execute: env '%s' must be a variable name ([A-Za-z_][A-Za-z0-9_]*) "
					 "with a string value", k);
		buf_printf(s, "export %s=", k);
		sh_quote(json_string_value(v), s);
		buf_puts(s, "\n");
	}
	return s->data || !json_object_size(envs) ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

struct memsrc {
	const char *p;
	size_t len, off;
};

static ssize_t mem_read(void *arg, char *p, size_t n)
{
	struct memsrc *m = arg;

	if (n > m->len - m->off)
		n = m->len - m->off;
	memcpy(p, m->p + m->off, n);
	m->off += n;
	return (ssize_t)n;
}

static int mem_seek(void *arg)
{
	((struct memsrc *)arg)->off = 0;
	return 0;
}

/* Where a step's variables wait for its script: a directory of the sandbox user's alone. */
#define STEP_ENV_DIR "/tmp/.byoc-env"

/* The step's variables (step_env) into their file, readable by the sandbox user alone whatever
 * the daemon's umask: written into a directory of mode 0700, then set to 0600 before the
 * script runs. */
static int step_env_put(struct tbc *t, const char *path, struct memsrc *m)
{
	int rc;

	if ((rc = tbc_folder(t, STEP_ENV_DIR, 0700)) < 0 ||
	    (rc = tbc_upload_stream(t, path, mem_read, m, (long long)m->len, mem_seek, NULL)) < 0)
		return rc;
	return tbc_permissions(t, path, 0600, NULL, NULL);
}

/* Best effort: removes the file at path (DELETE /files?path=), keeping the caller's error. */
static void tb_remove(struct tbc *t, const char *path)
{
	char *q = path_query("/files", path), saved[1024];
	struct api_req r = { .method = "DELETE", .path = q, .what = "remove the step's variables", .flags = API_IDEMPOTENT };
	int code = byoc_errcode();

	snprintf(saved, sizeof(saved), "%s", byoc_errmsg());
	if (q)
		api_json(&t->api, &r, TB_RESP_MAX, NULL, NULL);
	free(q);
	if (code)
		byoc_fail(code, "%s", saved);
}

static int step_session(struct tbc *t, const char *step_id, const char *script, const struct buf *env,
			const char *env_path, int timeout_s, size_t max_result, struct tbc_exec_result *out)
{
	int64_t end_ms = timeout_s > 0 ? http_now_ms() + (int64_t)timeout_s * 1000 : 0;
	char sid[80], cmd_id[128];
	int rc, code = -1, round, busy, again;

	snprintf(sid, sizeof(sid), "byoc-%s", step_id);
	for (round = 1, busy = 1;;) {
		struct memsrc m = { .p = env ? env->data : NULL, .len = env ? env->len : 0 };

		/* each round's script removes the file it read */
		rc = env ? step_env_put(t, env_path, &m) : 0;
		if (rc == 0)
			rc = sess_run(t, sid, script, end_ms, cmd_id, &code);
		/* the session ended under the step (the sandbox or its daemon restarted): the
		 * wrapper in a new one answers with the record, or takes the step again if its
		 * taker died with the session; a 409 is a sandbox in a state transition (a
		 * restart), asked again as execute asks (tbc_again) */
		if (rc == BYOC_ENOTFOUND && round++ < STEP_ROUNDS)
			continue;
		if (rc != BYOC_ECONFLICT || (again = tbc_again(t, busy)) == 1) {
			if (rc == BYOC_ECONFLICT && busy > 1)
				tb_attempts(rc, busy);
			break;
		}
		if (again < 0) {
			rc = byoc_fail(BYOC_EINTR, "execute: interrupted");
			break;
		}
		busy++;
	}
	if (rc == BYOC_ENOTFOUND && round > 2)
		tb_attempts(rc, round - 1);   /* the session vanished under every one */
	/* given up: a script that never ran leaves the variables' file, which goes now */
	if (rc != 0 && env)
		tb_remove(t, env_path);
	if (rc == 1) {
		/* deleting the session ends its processes, as execute's timeout does */
		sess_call(t, "DELETE", sid, NULL, NULL, "delete the step's session", NULL, NULL);
		return byoc_fail(BYOC_ETIMEOUT, "execute: command timed out after %d s", timeout_s);
	}
	if (rc < 0)
		return rc;
	if ((rc = sess_logs(t, sid, cmd_id, max_result, out)) < 0)
		return rc;
	out->exit_code = code;
	if (code == STEP_NOSTART_EXIT && !strncmp(out->result, STEP_NOSTART, strlen(STEP_NOSTART))) {
		/* as execute answers a command that could not start: -1 and the reason */
		size_t n = strlen(STEP_NOSTART);

		memmove(out->result, out->result + n, out->result_len - n + 1);
		out->result_len -= n;
		out->exit_code = -1;
	}
	/* done: the session's shell is no longer needed (a failed delete leaves an idle shell
	 * that the sandbox's stop ends) */
	sess_call(t, "DELETE", sid, NULL, NULL, "delete the step's session", NULL, NULL);
	return 0;
}

/* The step's script for its session: all in a subshell, so that the wrapper's exit ends it
 * and not the session's shell; the directory and variables that execute's body would carry
 * come first, and a directory that cannot be entered answers as execute's "cannot start". */
static int step_script(const char *step_id, const char *wrapper, const char *command, const char *cwd,
		       const char *env_path, struct buf *s)
{
	buf_printf(s, "(\nBYOC_STEP=%s\n", step_id);
	/* the variables from a file uploaded for this attempt (step_env): read and removed first,
	 * whatever follows (a cwd that cannot be entered); a killed run's of another step of a
	 * day ago goes too */
	if (env_path)
		buf_printf(s, "{ [ -r '%s' ] && . '%s'; }; byoc_env=$?; rm -f '%s'\n"
			   "find " STEP_ENV_DIR " -mindepth 1 -maxdepth 1 -mmin +1440 -exec rm -f {} + 2>/dev/null\n"
			   "[ $byoc_env = 0 ] || {\n"
			   "\techo '" STEP_NOSTART "the step'\"'\"'s variables (%s) are gone'\n\texit %d\n}\n",
			   env_path, env_path, env_path, env_path, STEP_NOSTART_EXIT);
	if (cwd && *cwd) {
		buf_puts(s, "byoc_cwd=");
		sh_quote(cwd, s);
		buf_printf(s, "\ncd -- \"$byoc_cwd\" 2>/dev/null || {\n"
			   "\tif [ ! -e \"$byoc_cwd\" ]; then byoc_r='No such file or directory'\n"
			   "\telif [ ! -d \"$byoc_cwd\" ]; then byoc_r='Not a directory'\n"
			   "\telse byoc_r='Permission denied'; fi\n"
			   "\tprintf '%%scd %%s: %%s\\n' '" STEP_NOSTART "' \"$byoc_cwd\" \"$byoc_r\"\n"
			   "\texit %d\n}\n", STEP_NOSTART_EXIT);
	}
	buf_printf(s, "%s(\n%s\n) </dev/null >\"$byoc_step_d/out\" 2>&1\nbyoc_step_end $?\n)\n", wrapper, command);
	return s->data ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

int tbc_execute_once(struct tbc *t, const char *step_id, const char *command, const char *cwd,
		     const json_t *envs, int timeout_s, size_t max_result, struct tbc_exec_result *out)
{
	const char *wrapper;
	char id[40];
	struct buf s;
	int rc;

	memset(out, 0, sizeof(*out));
	out->exit_code = -1;
	if (!command || !*command)
		return byoc_fail(BYOC_EUSAGE, "execute: the command is empty");
	if (step_id && !tbc_step_id_ok(step_id))
		return byoc_fail(BYOC_EUSAGE, "execute: bad step id '%s' (1 to 64 of A-Z a-z 0-9 . _ -)", step_id);
	if (!(wrapper = sandbox_program("step.sh")))
		return byoc_fail(BYOC_EFAIL, "execute: step.sh is not built in");
	buf_init(&s, 0);
	if (step_id) {
		bool has_env = envs && json_object_size(envs);
		char env_path[96];
		struct buf env;

		snprintf(env_path, sizeof(env_path), STEP_ENV_DIR "/%s", step_id);
		buf_init(&env, 0);
		if ((rc = step_env(envs, &env)) == 0 &&
		    (rc = step_script(step_id, wrapper, command, cwd, has_env ? env_path : NULL, &s)) == 0)
			rc = step_session(t, step_id, s.data, has_env ? &env : NULL, env_path, timeout_s,
					  max_result ? max_result : EXEC_RESULT_DEFAULT, out);
		buf_release_wiped(&env);   /* the recipe's variables */
		buf_release(&s);
		if (rc < 0) {
			tbc_exec_result_release(out);
			out->exit_code = -1;
		}
		return rc;
	}
	/* no id: a short check of this call only, through execute (its retries still run it once) */
	memcpy(id, "r-", 3);
	if ((rc = rand_hex(id + 2, 12)) < 0)
		return rc;
	/* the command in a subshell: its exit ends only the subshell, and its stdin is not the
	 * rest of this script */
	buf_printf(&s, "BYOC_STEP=%s\n%s(\n%s\n) </dev/null >\"$byoc_step_d/out\" 2>&1\nbyoc_step_end $?\n", id,
		   wrapper, command);
	if (!s.data)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = execute(t, s.data, cwd, envs, timeout_s, max_result, true, out);
	buf_release(&s);
	return rc;
}

/* ---- upload ----------------------------------------------------------------------- */

struct mpart {
	struct buf pre;       /* the file's part heads (lib/bulkform) */
	struct buf epi;       /* the closing delimiter */
	int phase;            /* 0 pre, 1 data, 2 epilogue, 3 done */
	size_t off;
	long long want;       /* declared data size, <0 unknown */
	long long got;
	http_read_fn read;
	http_seek_fn seek;
	void *arg;
};

static ssize_t mpart_read(void *arg, char *p, size_t n)
{
	struct mpart *m = arg;
	size_t k;
	ssize_t r;

	for (;;) {
		switch (m->phase) {
		case 0:
			if (m->off < m->pre.len) {
				k = m->pre.len - m->off;
				if (k > n)
					k = n;
				memcpy(p, m->pre.data + m->off, k);
				m->off += k;
				return (ssize_t)k;
			}
			m->phase = 1;
			m->off = 0;
			break;
		case 1:
			if (m->want >= 0 && m->got >= m->want) {
				m->phase = 2;
				break;
			}
			if (m->want >= 0 && (long long)n > m->want - m->got)
				n = (size_t)(m->want - m->got);
			r = m->read(m->arg, p, n);
			if (r < 0)
				return HTTP_READ_ABORT;
			if (r == 0) {
				if (m->want >= 0 && m->got != m->want) {
					byoc_fail(BYOC_EIO, "upload source ended after %lld of %lld bytes", m->got,
						  m->want);
					return HTTP_READ_ABORT;
				}
				m->phase = 2;
				break;
			}
			m->got += r;
			return r;
		case 2:
			if (m->off < m->epi.len) {
				k = m->epi.len - m->off;
				if (k > n)
					k = n;
				memcpy(p, m->epi.data + m->off, k);
				m->off += k;
				return (ssize_t)k;
			}
			m->phase = 3;
			return 0;
		default:
			return 0;
		}
	}
}

static int mpart_seek(void *arg)
{
	struct mpart *m = arg;

	if (!m->seek || m->seek(m->arg) < 0)
		return -1;
	m->phase = 0;
	m->off = 0;
	m->got = 0;
	return 0;
}

/* POST files/bulk-upload of a streamed body (ctype carries the multipart boundary); the
 * daemon's JSON answer into rb, or to write as it arrives. Replayable: the daemon truncates
 * and rewrites every file (http.c does not replay once part of a streamed answer arrived). */
static int bulk_post(struct tbc *t, const char *ctype, http_read_fn read, void *arg, http_seek_fn seek,
		     long long body_size, const char *what, struct buf *rb, http_write_fn write, void *write_arg)
{
	struct http_req req = { 0 };

	req.method = "POST";
	req.read = read;
	req.read_arg = arg;
	req.seek = seek;
	req.body_size = body_size;
	req.idempotent = true;
	req.timeout_ms = -1;   /* big uploads: bounded by the low-speed limit instead */
	req.deadline_ms = -1;
	req.write = write;
	req.write_arg = write_arg;
	return tb_send(t, &req, "/files/bulk-upload", ctype, what, rb, NULL);
}

/*
 * POST files/upload-v2?path= with the file as the body itself (v0.205): no multipart framing for
 * the daemon to parse, so a big file goes faster (bench/upload.sh). 1 when the daemon does not
 * know the route (404/405: an older one), with the source rewound for the multipart form.
 */
static int upload_v2(struct tbc *t, const char *dest_path, http_read_fn read, void *arg, long long size,
		     http_seek_fn seek, const char *what)
{
	struct http_req req = { 0 };
	struct buf rb;
	char *path = path_query("/files/upload-v2", dest_path);
	json_t *j = NULL;
	long status = 0;
	int rc;

	if (!path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	buf_init(&rb, 64 * 1024);
	req.method = "POST";
	req.read = read;
	req.read_arg = arg;
	req.seek = seek;
	req.body_size = size;
	req.idempotent = true;  /* the daemon truncates and rewrites the file */
	req.timeout_ms = -1;    /* big uploads: bounded by the low-speed limit instead */
	req.deadline_ms = -1;
	rc = tb_send(t, &req, path, "Content-Type: application/octet-stream", what, &rb, &status);
	free(path);
	if (rc < 0 && (status == 404 || status == 405)) {
		t->no_upload_v2 = true;
		rc = seek(arg) < 0 ? byoc_fail(BYOC_EIO, "%s: cannot rewind the source for the daemon's older upload route", what) : 1;
		goto out;
	}
	if (rc < 0)
		goto out;
	/* an UploadedFile: {"name","path","type"} */
	j = json_loadb(rb.data, rb.len, 0, NULL);
	if (!json_is_string(json_object_get(j, "path")))
		rc = byoc_fail(BYOC_EPROTO, "%s: the sandbox's answer is not an UploadedFile", what);
out:
	json_decref(j);
	buf_release(&rb);
	return rc;
}

int tbc_upload_stream(struct tbc *t, const char *dest_path, http_read_fn read, void *arg, long long size,
		      http_seek_fn seek, long long *bytes)
{
	struct mpart m = { 0 };
	struct buf rb;
	struct bulkform form;
	char ctype[128], what[512];
	json_t *j = NULL, *files, *f0;
	int rc;

	if (bytes)
		*bytes = -1;
	if (!dest_path || !*dest_path || strchr(dest_path, '\n') || strchr(dest_path, '\r'))
		return byoc_fail(BYOC_EUSAGE, "upload: bad destination path '%s'", dest_path ? dest_path : "");
	snprintf(what, sizeof(what), "upload to '%s'", dest_path);
	/* a source that cannot be rewound could not be sent again to an older daemon */
	if (seek && !t->no_upload_v2 && (rc = upload_v2(t, dest_path, read, arg, size, seek, what)) <= 0)
		return rc;
	if ((rc = bulkform_init(&form)) < 0)
		return rc;
	snprintf(ctype, sizeof(ctype), "Content-Type: %s", form.content_type);
	buf_init(&m.pre, 16384);
	buf_init(&m.epi, 128);
	if (bulkform_file(&form, &m.pre, NULL, dest_path, dest_path) < 0 || bulkform_end(&form, &m.epi) < 0) {
		buf_release(&m.pre);
		buf_release(&m.epi);
		return byoc_fail(BYOC_EUSAGE, "upload: destination path too long");
	}
	m.want = size;
	m.read = read;
	m.seek = seek;
	m.arg = arg;

	buf_init(&rb, (size_t)1 << 20);
	rc = bulk_post(t, ctype, mpart_read, &m, seek ? mpart_seek : NULL,
		       size >= 0 ? (long long)m.pre.len + size + (long long)m.epi.len : -1, what, &rb, NULL, NULL);
	if (rc < 0)
		goto out;
	j = json_loadb(rb.data, rb.len, 0, NULL);
	files = json_object_get(j, "files");
	f0 = json_array_get(files, 0);
	if (bytes && json_is_integer(json_object_get(f0, "bytes")))
		*bytes = json_integer_value(json_object_get(f0, "bytes"));
	if (size >= 0 && json_is_integer(json_object_get(f0, "bytes")) &&
	    json_integer_value(json_object_get(f0, "bytes")) != size)
		rc = byoc_fail(BYOC_EIO, "%s: the sandbox stored %lld of %lld bytes", what,
			       (long long)json_integer_value(json_object_get(f0, "bytes")), size);
out:
	json_decref(j);
	buf_release(&rb);
	buf_release(&m.pre);
	buf_release(&m.epi);
	return rc;
}

void tbc_bulk_scan_init(struct tbc_bulk_scan *s)
{
	memset(s, 0, sizeof(*s));
}

/* a value starts at depth 2: an element of the array under the current top-level key */
static void scan_elem(struct tbc_bulk_scan *s, char c)
{
	if (s->depth != 2 || !s->want_elem)
		return;
	s->want_elem = false;
	if (s->section == 1)
		s->nfiles++;
	else if (s->section == 2 && s->nerrors++ == 0 && c == '"')
		s->reading_err = true;
}

void tbc_bulk_scan_feed(struct tbc_bulk_scan *s, const char *p, size_t n)
{
	for (size_t i = 0; i < n && !s->bad; i++) {
		char c = p[i];

		if (s->in_str) {
			bool end = !s->esc && c == '"';

			s->esc = !s->esc && c == '\\';
			if (end) {
				s->in_str = false;
				if (s->reading_key)
					s->reading_key = false;
				s->reading_err = false;
			} else if (s->reading_key) {
				if (s->keylen < sizeof(s->key) - 1)
					s->key[s->keylen] = c;
				s->keylen++;
			} else if (s->reading_err && s->errlen < sizeof(s->first_error) - 1) {
				s->first_error[s->errlen++] = c;
			}
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		if (s->done) {  /* anything after the closing brace */
			s->bad = true;
			break;
		}
		switch (c) {
		case '"':
			scan_elem(s, c);
			s->in_str = true;
			if (s->depth == 1 && s->key_next) {
				s->reading_key = true;
				s->key_next = false;
				s->keylen = 0;
				memset(s->key, 0, sizeof(s->key));
			}
			break;
		case '{':
		case '[':
			if (s->depth == 0 && c != '{') {
				s->bad = true;
				break;
			}
			scan_elem(s, c);
			/* files hold objects of scalars, errors strings: nothing goes deeper than 3 */
			if (++s->depth > 3) {
				s->bad = true;
				break;
			}
			if (s->depth == 1)
				s->key_next = true;
			if (s->depth == 2)
				s->want_elem = s->in_array = c == '[';
			break;
		case '}':
		case ']':
			if (s->depth == 0) {
				s->bad = true;
				break;
			}
			if (--s->depth == 0)
				s->done = true;
			if (s->depth == 1)
				s->section = 0;
			break;
		case ':':
			if (s->depth == 1) {
				bool fits = s->keylen < sizeof(s->key);

				s->section = fits && !strcmp(s->key, "files") ? 1 : fits && !strcmp(s->key, "errors") ? 2 : 0;
			}
			break;
		case ',':
			if (s->depth == 1)
				s->key_next = true;
			else if (s->depth == 2)
				s->want_elem = s->in_array;
			break;
		default:
			if (s->depth == 0) {
				s->bad = true;
				break;
			}
			scan_elem(s, c);
			break;
		}
	}
	s->first_error[s->errlen] = '\0';
}

bool tbc_bulk_scan_ok(const struct tbc_bulk_scan *s)
{
	return s->done && !s->bad && !s->in_str;
}

static int scan_write(void *arg, const char *p, size_t n)
{
	tbc_bulk_scan_feed(arg, p, n);
	return 0;
}

int tbc_upload_multipart(struct tbc *t, const char *content_type, http_read_fn read, void *arg, http_seek_fn seek,
			 size_t nfiles)
{
	struct tbc_bulk_scan scan;
	char ctype[160];
	int rc;

	snprintf(ctype, sizeof(ctype), "Content-Type: %s", content_type);
	tbc_bulk_scan_init(&scan);
	/* the answer has an object per file: counted as it comes, not kept */
	rc = bulk_post(t, ctype, read, arg, seek, -1, "bulk upload", NULL, scan_write, &scan);
	if (rc < 0)
		return rc;
	if (!tbc_bulk_scan_ok(&scan))
		return byoc_fail(BYOC_EPROTO, "bulk upload: the sandbox's answer is not the daemon's JSON object");
	if (scan.nerrors > 0)
		return byoc_fail(BYOC_EIO, "bulk upload: the sandbox reported %zu errors, the first: %s", scan.nerrors,
				 scan.errlen ? scan.first_error : "?");
	if (scan.nfiles != nfiles)
		return byoc_fail(BYOC_EIO, "bulk upload: the sandbox wrote %zu of %zu files", scan.nfiles, nfiles);
	return 0;
}

struct fdsrc {
	int fd;
	const char *path;
};

static ssize_t fd_read(void *arg, char *p, size_t n)
{
	struct fdsrc *s = arg;
	ssize_t r;

	do
		r = read(s->fd, p, n);
	while (r < 0 && errno == EINTR);
	if (r < 0)
		byoc_fail_errno(BYOC_EIO, "cannot read '%s'", s->path);
	return r < 0 ? HTTP_READ_ABORT : r;
}

static int fd_seek(void *arg)
{
	struct fdsrc *s = arg;

	return lseek(s->fd, 0, SEEK_SET) == 0 ? 0 : -1;
}

int tbc_upload_file(struct tbc *t, const char *local_path, const char *dest_path, int mode)
{
	struct fdsrc src = { .path = local_path };
	struct stat st;
	int rc;

	src.fd = open(local_path, O_RDONLY | O_CLOEXEC);
	if (src.fd < 0)
		return byoc_fail_errno(BYOC_ENOTFOUND, "cannot open '%s'", local_path);
	if (fstat(src.fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(src.fd);
		return byoc_fail(BYOC_EUSAGE, "'%s' is not a regular file", local_path);
	}
	rc = tbc_upload_stream(t, dest_path, fd_read, &src, (long long)st.st_size, fd_seek, NULL);
	close(src.fd);
	if (rc == 0 && mode >= 0)
		rc = tbc_permissions(t, dest_path, mode, NULL, NULL);
	return rc;
}

/* ---- download --------------------------------------------------------------------- */

struct fdsink {
	int fd;
	long long n;
};

static int fd_write(void *arg, const char *p, size_t n)
{
	struct fdsink *s = arg;

	while (n) {
		ssize_t w = write(s->fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return byoc_fail_errno(BYOC_EIO, "cannot write the download");
		p += w;
		n -= (size_t)w;
		s->n += w;
	}
	return 0;
}

int tbc_download_to_fd(struct tbc *t, const char *path, int fd, long long *bytes)
{
	struct fdsink sink = { .fd = fd };
	struct http_req req = { 0 };
	char *q = path_query("/files/download", path), what[512];
	int rc;

	if (bytes)
		*bytes = 0;
	if (!q)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	snprintf(what, sizeof(what), "download '%s'", path);
	req.method = "GET";
	req.write = fd_write;
	req.write_arg = &sink;
	req.timeout_ms = -1;
	req.deadline_ms = -1;
	rc = tb_do(t, &req, q, NULL, what, NULL, NULL);
	free(q);
	if (bytes)
		*bytes = sink.n;
	return rc;
}

/* ---- info, folder, permissions ------------------------------------------------------ */

void tbc_file_info_release(struct tbc_file_info *i)
{
	free(i->name);
	free(i->mode);
	free(i->permissions);
	free(i->owner);
	free(i->group);
	free(i->modified_at);
	memset(i, 0, sizeof(*i));
}

static char *jstrdup(const json_t *o, const char *k)
{
	const json_t *v = json_object_get(o, k);

	return json_is_string(v) ? strdup(json_string_value(v)) : NULL;
}

int tbc_file_info_from_json(const json_t *j, struct tbc_file_info *out)
{
	const json_t *sz;

	memset(out, 0, sizeof(*out));
	if (!json_is_object(j) || !json_is_string(json_object_get(j, "name")))
		return byoc_fail(BYOC_EPROTO, "file info answer is not a FileInfo object");
	out->name = jstrdup(j, "name");
	out->mode = jstrdup(j, "mode");
	out->permissions = jstrdup(j, "permissions");
	out->owner = jstrdup(j, "owner");
	out->group = jstrdup(j, "group");
	out->modified_at = jstrdup(j, "modifiedAt");
	sz = json_object_get(j, "size");
	out->size = json_is_integer(sz) ? (long long)json_integer_value(sz) : -1;
	out->is_dir = json_is_true(json_object_get(j, "isDir"));
	if (!out->name) {
		tbc_file_info_release(out);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	return 0;
}

int tbc_info(struct tbc *t, const char *path, struct tbc_file_info *out)
{
	char *q = path_query("/files/info", path), what[512];
	json_t *j = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!q)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	snprintf(what, sizeof(what), "info of '%s'", path);
	rc = tb_json(t, "GET", q, NULL, what, &j);
	free(q);
	if (rc == 0) {
		rc = tbc_file_info_from_json(j, out);
		if (rc < 0)
			byoc_fail_wrap(rc, "%s", what);
	}
	json_decref(j);
	return rc;
}

int tbc_folder(struct tbc *t, const char *path, int mode)
{
	char *q = path_query("/files/folder", path), *q2 = NULL, what[512];
	int rc;

	if (!q || asprintf(&q2, "%s&mode=%o", q, (unsigned)(mode >= 0 ? mode : 0755) & 07777u) < 0) {
		free(q);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	free(q);
	snprintf(what, sizeof(what), "create folder '%s'", path);
	rc = tb_json(t, "POST", q2, NULL, what, NULL);
	free(q2);
	return rc;
}

int tbc_permissions(struct tbc *t, const char *path, int mode, const char *owner, const char *group)
{
	char *q = path_query("/files/permissions", path), what[512];
	char *eo = owner ? http_escape(owner) : NULL, *eg = group ? http_escape(group) : NULL;
	struct buf b;
	int rc;

	buf_init(&b, 0);
	if (!q || (owner && !eo) || (group && !eg)) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	buf_puts(&b, q);
	if (mode >= 0)
		buf_printf(&b, "&mode=%o", (unsigned)mode & 07777u);
	if (eo)
		buf_printf(&b, "&owner=%s", eo);
	if (eg)
		buf_printf(&b, "&group=%s", eg);
	snprintf(what, sizeof(what), "set permissions of '%s'", path);
	rc = tb_json(t, "POST", b.data, NULL, what, NULL);
out:
	free(q);
	free(eo);
	free(eg);
	buf_release(&b);
	return rc;
}

/* ---- git ---------------------------------------------------------------------------- */

int tbc_git_clone(struct tbc *t, const struct tbc_git_clone *p)
{
	json_t *b;
	char what[600];
	int rc;

	if (!p->url || !*p->url || !p->path || !*p->path)
		return byoc_fail(BYOC_EUSAGE, "git clone: url and path are required");
	if (!p->username != !p->password)
		return byoc_fail(BYOC_EUSAGE, "git clone of '%s': give both username and password, or neither",
				 p->url);
	b = json_object();
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	json_object_set_new(b, "url", json_string(p->url));
	json_object_set_new(b, "path", json_string(p->path));
	if (p->branch && *p->branch)
		json_object_set_new(b, "branch", json_string(p->branch));
	if (p->commit && *p->commit)
		json_object_set_new(b, "commit_id", json_string(p->commit));
	if (p->username) {
		json_object_set_new(b, "username", json_string(p->username));
		json_object_set_new(b, "password", json_string(p->password));
	}
	snprintf(what, sizeof(what), "git clone into '%s'", p->path);
	rc = tb_json(t, "POST", "/git/clone", b, what, NULL);
	json_decref(b);
	if (rc < 0 && p->password && strlen(p->password) >= 4 && strstr(byoc_errmsg(), p->password)) {
		/* never echo the password back through an error message */
		byoc_fail(rc, "%s: failed (server message withheld: it contained the credentials)", what);
	}
	return rc;
}
