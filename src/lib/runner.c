#include "lib/runner.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/sandbox.h"
#include "util/err.h"

#define PROBE_TIMEOUT_S 30
#define LAUNCH_TIMEOUT_S 30
#define STOP_TIMEOUT_S 30
/* pip --version starts a Python: slow in a cold sandbox */
#define REFERENCE_PREFLIGHT_TIMEOUT_S 120

static const char *const state_names[] = {
	"running", "exited_zero", "exited_nonzero", "missing_pidfile", "missing_process", "unknown",
};

const char *runner_state_name(enum runner_state s)
{
	return (unsigned)s < sizeof state_names / sizeof *state_names ? state_names[s] : "unknown";
}

static void unknown(struct runner_status *out, const char *detail)
{
	out->state = RUNNER_UNKNOWN;
	snprintf(out->detail, sizeof out->detail, "%s", detail);
}

void runner_parse_probe(const char *text, struct runner_status *out)
{
	const char *line = text, *p;
	json_t *j, *v;
	const char *st;

	memset(out, 0, sizeof *out);
	out->pid = -1;
	out->exit_code = -1;
	/* The last non-empty line: a login shell may print banners before it. */
	for (p = text; p && *p; p++)
		if (*p == '\n' && p[1] && p[1] != '\n')
			line = p + 1;
	if (!text || !*text)
		return unknown(out, "empty_probe_output");
	if (!(j = json_loadb(line, strcspn(line, "\n"), 0, NULL)))
		return unknown(out, "malformed_probe_output");
	st = json_string_value(json_object_get(j, "state"));
	out->state = RUNNER_UNKNOWN;
	for (size_t i = 0; st && i < sizeof state_names / sizeof *state_names; i++)
		if (!strcmp(st, state_names[i]))
			out->state = (enum runner_state)i;
	if (out->state == RUNNER_UNKNOWN && (!st || strcmp(st, "unknown")))
		snprintf(out->detail, sizeof out->detail, "bad_state");
	if (json_is_integer(v = json_object_get(j, "pid")))
		out->pid = (long)json_integer_value(v);
	if (json_is_integer(v = json_object_get(j, "exit_code")))
		out->exit_code = (int)json_integer_value(v);
	if (json_is_string(v = json_object_get(j, "detail")) && *json_string_value(v))
		snprintf(out->detail, sizeof out->detail, "%s", json_string_value(v));
	json_decref(j);
}

/* The programs' parameters: always the state folder and workdir, plus extra (may be NULL). */
static json_t *params(const struct runner_opts *o, const json_t *extra)
{
	json_t *e = extra ? json_deep_copy(extra) : json_object();

	if (!e)
		return NULL;
	json_object_set_new(e, "BYOC_RUNNER_STATE", json_string(o->state_dir ? o->state_dir : RUNNER_DEFAULT_STATE_DIR));
	json_object_set_new(e, "BYOC_WORKDIR", json_string(o->workdir ? o->workdir : "/workspace"));
	return e;
}

static int run(struct tbc *t, const char *program, json_t *envs, int timeout_s, struct tbc_exec_result *r)
{
	const char *text = sandbox_program(program);
	int rc;

	memset(r, 0, sizeof *r);
	if (!text)
		return byoc_fail(BYOC_EFAIL, "the build lacks the sandbox program '%s'", program);
	if (!envs)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = tbc_execute(t, text, NULL, envs, timeout_s, 64 << 10, r);
	return rc;
}

int runner_probe(struct tbc *t, const struct runner_opts *o, struct runner_status *out)
{
	struct tbc_exec_result r;
	json_t *e = params(o, NULL);
	int rc = run(t, "runner-probe.sh", e, PROBE_TIMEOUT_S, &r);

	json_decref(e);
	if (rc == 0) {
		if (r.exit_code != 0) {
			memset(out, 0, sizeof *out);
			out->pid = out->exit_code = -1;
			unknown(out, "probe_failed");
		} else {
			runner_parse_probe(r.result, out);
		}
	}
	tbc_exec_result_release(&r);
	return rc;
}

/* A preflight's verdict from its run: exit 0, all hold; else one "missing: WHAT" line per failed
 * check (runner-preflight.sh, reference-preflight.sh). */
static int preflight_missing(const struct tbc_exec_result *r, json_t **missing)
{
	if (!(*missing = json_array()))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (r->exit_code == 0)
		return 0;
	for (char *line = r->result; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (!strncmp(line, "missing: ", 9))
			json_array_append_new(*missing, json_string(line + 9));
		line = nl ? nl + 1 : NULL;
	}
	if (!json_array_size(*missing))
		json_array_append_new(*missing, json_string("(the preflight failed without saying why)"));
	return 0;
}

char *runner_launch_text(bool probe)
{
	const char *launch = sandbox_program("runner-launch.sh"), *p = sandbox_program("runner-probe.sh");
	char *text = NULL;

	/* the probe runs in the launch's shell once BYOC_PROBE_AFTER has passed */
	if (!launch || !p || asprintf(&text, "%s\n%s", launch, probe ? p : "") < 0)
		return NULL;
	return text;
}

char *runner_check_text(void)
{
	const char *preflight = sandbox_program("runner-preflight.sh"), *probe = sandbox_program("runner-probe.sh");
	char *text = NULL;

	/* each in a subshell (both exit early), the preflight's status kept; the probe's line last */
	if (!preflight || !probe ||
	    asprintf(&text, "(\n%s\n)\nbyoc_preflight=$?\n(\n%s\n)\nexit $byoc_preflight\n", preflight, probe) < 0)
		return NULL;
	return text;
}

int runner_check(struct tbc *t, const struct runner_opts *o, struct runner_status *st, json_t **missing)
{
	struct tbc_exec_result r;
	json_t *e = params(o, NULL);
	const char *check = o->check ? o->check : (o->command ? "" : RUNNER_DEFAULT_CHECK);
	char *text = runner_check_text();
	int rc;

	*missing = NULL;
	memset(&r, 0, sizeof r);
	if (e && *check)
		json_object_set_new(e, "BYOC_RUNNER_CHECK", json_string(check));
	if (e && o->memory_dir)
		json_object_set_new(e, "BYOC_MEMORY_DIR", json_string(o->memory_dir));
	if (!e || !text) {
		json_decref(e);
		free(text);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = tbc_execute(t, text, NULL, e, PROBE_TIMEOUT_S, 64 << 10, &r);
	free(text);
	json_decref(e);
	if (rc == 0) {
		runner_parse_probe(r.result, st);   /* before preflight_missing cuts the lines */
		rc = preflight_missing(&r, missing);
	}
	tbc_exec_result_release(&r);
	return rc;
}

int runner_reference_preflight_list(struct tbc *t, const char *python, const char *workdir, bool memory_stores,
				    json_t **missing)
{
	const char *wrapper = sandbox_program("login-bash.sh"), *checks = sandbox_program("reference-preflight.sh");
	struct tbc_exec_result r = { 0 };
	json_t *e;
	int rc;

	*missing = NULL;
	if (!wrapper || !checks)
		return byoc_fail(BYOC_EFAIL, "the build lacks the sandbox programs login-bash.sh and reference-preflight.sh");
	if (!(e = json_pack("{s:s, s:s, s:s}", "BYOC_LOGIN_PROGRAM", checks, "BYOC_PYTHON", python, "BYOC_WORKDIR",
			    workdir)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (memory_stores)
		json_object_set_new(e, "BYOC_MEMORY_STORES", json_string("1"));
	/* read-only but for mkdir -p: safe to send again, so as a step that survives a retry */
	rc = tbc_execute_once(t, NULL, wrapper, NULL, e, REFERENCE_PREFLIGHT_TIMEOUT_S, 0, &r);
	json_decref(e);
	if (rc == 0)
		rc = preflight_missing(&r, missing);
	tbc_exec_result_release(&r);
	return rc;
}

int runner_preflight_list(struct tbc *t, const struct runner_opts *o, json_t **missing)
{
	struct runner_status st;

	return runner_check(t, o, &st, missing);
}

int runner_refuse_missing(const json_t *missing)
{
	char msg[1024] = "";
	size_t i;
	json_t *v;

	if (!json_array_size(missing))
		return 0;
	json_array_foreach(missing, i, v)
		snprintf(msg + strlen(msg), sizeof msg - strlen(msg), "%s%s", i ? "; " : "", json_string_value(v));
	return byoc_fail(BYOC_EREFUSED, "the sandbox cannot run the runner: missing %s", msg);
}

long runner_parse_launch(const char *out)
{
	long pid = -1;

	for (const char *line = out; line && *line;) {
		size_t n = strcspn(line, "\n");

		if (n && n < 20 && strspn(line, "0123456789") == n)
			pid = strtol(line, NULL, 10);
		line += n;
		line += *line == '\n';
	}
	return pid > 0 ? pid : -1;
}

int runner_launch(struct tbc *t, const struct runner_opts *o, const json_t *env, double probe_s, long *pid,
		  struct runner_status *st)
{
	struct tbc_exec_result r;
	json_t *e = params(o, env);
	char after[32], *text = runner_launch_text(st != NULL);
	int rc;

	*pid = -1;
	memset(&r, 0, sizeof r);
	if (e)
		json_object_set_new(e, "BYOC_RUNNER_COMMAND", json_string(o->command ? o->command : RUNNER_DEFAULT_COMMAND));
	if (e && st) {
		snprintf(after, sizeof after, "%.3f", probe_s > 0 ? probe_s : 0);
		json_object_set_new(e, "BYOC_PROBE_AFTER", json_string(after));
	}
	if (!e || !text) {
		json_decref(e);
		free(text);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	rc = tbc_execute(t, text, NULL, e, LAUNCH_TIMEOUT_S + (st ? (int)probe_s + 1 : 0), 64 << 10, &r);
	free(text);
	json_decref(e);
	if (rc == 0) {
		if (r.exit_code != 0)
			rc = byoc_fail(BYOC_EFAIL, "the runner launch failed (exit %d): %.300s", r.exit_code,
				       r.result ? r.result : "");
		else if ((*pid = runner_parse_launch(r.result)) < 0)
			rc = byoc_fail(BYOC_EPROTO, "the runner launch printed no pid: %.200s", r.result ? r.result : "");
		else if (st)
			runner_parse_probe(r.result, st);
	}
	tbc_exec_result_release(&r);
	return rc;
}

int runner_stop(struct tbc *t, const struct runner_opts *o)
{
	struct tbc_exec_result r;
	json_t *e = params(o, NULL);
	int rc = run(t, "runner-stop.sh", e, STOP_TIMEOUT_S, &r);

	json_decref(e);
	if (rc == 0 && r.exit_code != 0)
		rc = byoc_fail(BYOC_EFAIL, "stopping the runner failed (exit %d): %.300s", r.exit_code,
			       r.result ? r.result : "");
	tbc_exec_result_release(&r);
	return rc;
}

int runner_log_tail(struct tbc *t, const struct runner_opts *o, char **out)
{
	struct tbc_exec_result r;
	json_t *e = params(o, NULL);
	int rc;

	*out = NULL;
	memset(&r, 0, sizeof r);
	rc = e ? tbc_execute(t, "tail -c 4096 \"$BYOC_RUNNER_STATE/log\" 2>&1", NULL, e, PROBE_TIMEOUT_S, 8192, &r)
	       : byoc_fail(BYOC_ENOMEM, "out of memory");
	json_decref(e);
	if (rc == 0) {
		*out = r.result ? strdup(r.result) : strdup("");
		if (!*out)
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	tbc_exec_result_release(&r);
	return rc;
}
