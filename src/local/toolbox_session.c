/*
 * The toolbox's process sessions (contract.md §5.7); the rest of the toolbox API is in
 * toolbox_api.c, which routes /process/session here.
 *
 * A session is a long-lived shell inside the sandbox (runtime_spawn) fed on its stdin, so
 * state (cd, variables) carries from one command to the next. Each command is written as
 * one line that evals the base64 of the command (a syntax error stays inside it) with
 * stdin from /dev/null and stdout/stderr to files under /tmp/.byoc-sessions/<dir>/<cmdId>/
 * in the sandbox, then writes its exit code there. Status and logs are read from those
 * files through the sandbox root. Sessions live in memory: a stop (which kills the shell)
 * or a byoc-local restart ends them, as a sandbox restart ends the daemon's.
 */
#include "local/toolbox_int.h"

#include <limits.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "local/inroot.h"
#include "local/runtime.h"
#include "util/err.h"
#include "util/num.h"

struct tcmd {
	struct tcmd *next;
	char id[40];
	char *command;
};

struct tsess {
	struct tsess *next;
	char sbx[128];
	char *sid;
	char dir[40];
	int stdin_fd;
	pid_t ipid, pgid;
	struct tcmd *cmds, **tail;
	size_t ncmds;
};

static pthread_mutex_t sess_mu = PTHREAD_MUTEX_INITIALIZER;
static struct tsess *sessions;

static bool sess_alive(struct tsess *x)
{
	return x->ipid > 0 && waitpid(x->ipid, NULL, WNOHANG) == 0;
}

static void sess_free(struct tsess *x)
{
	if (x->ipid > 0) {
		kill(-x->pgid, SIGKILL);
		while (waitpid(x->ipid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	if (x->stdin_fd >= 0)
		close(x->stdin_fd);
	for (struct tcmd *c = x->cmds, *n; c; c = n) {
		n = c->next;
		free(c->command);
		free(c);
	}
	free(x->sid);
	free(x);
}

/* The live session sid of sandbox sbx, under sess_mu; dead ones are dropped on the way. */
static struct tsess *sess_find(const char *sbx, const char *sid)
{
	for (struct tsess **pp = &sessions; *pp;) {
		struct tsess *x = *pp;
		if (!sess_alive(x)) { /* any sandbox's: a stopped or deleted sandbox's shells are gone */
			x->ipid = -1; /* reaped by waitpid above */
			*pp = x->next;
			sess_free(x);
			continue;
		}
		if (strcmp(x->sbx, sbx) == 0 && strcmp(x->sid, sid) == 0)
			return x;
		pp = &x->next;
	}
	return NULL;
}

static bool split_output(struct lreq *req)
{
	const char *sp = lreq_header(req, "X-Daytona-Split-Output");
	if (sp && strcasecmp(sp, "true") == 0)
		return true;
	const char *v = lreq_header(req, "X-Daytona-SDK-Version");
	int maj = 0, min = 0;
	if (!v || sscanf(v[0] == 'v' ? v + 1 : v, "%d.%d", &maj, &min) < 2)
		return false;
	return maj > 0 || min >= 167;
}

/* Reads <session dir>/<cmd>/<name> inside the sandbox into b (capped); false if absent. */
static bool sess_read(int rootfd, const struct tsess *x, const char *cmd, const char *name, struct buf *b)
{
	char path[256];
	snprintf(path, sizeof(path), "/tmp/.byoc-sessions/%s/%s/%s", x->dir, cmd, name);
	int fd = inroot_open(rootfd, path, O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
	if (fd < 0)
		return false;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return false;
	}
	char chunk[65536];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		if (buf_append(b, chunk, (size_t)n) < 0)
			break;
	close(fd);
	return true;
}

/* The exit code of a finished command, or -1000 while it runs. */
static int sess_exit_code(int rootfd, const struct tsess *x, const char *cmd)
{
	struct buf b;
	buf_init(&b, 64);
	int code = -1000;
	long v;

	/* the file holds the code and a newline */
	if (sess_read(rootfd, x, cmd, "exit", &b) && b.len) {
		while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == '\r'))
			b.data[--b.len] = '\0';
		code = num_parse_long(b.data, INT_MIN, INT_MAX, &v) ? (int)v : 0;
	}
	buf_release(&b);
	return code;
}

static json_t *cmd_json(int rootfd, const struct tsess *x, const struct tcmd *c)
{
	json_t *j = json_pack("{s:s, s:s}", "id", c->id, "command", c->command);
	int code = sess_exit_code(rootfd, x, c->id);
	if (code != -1000)
		json_object_set_new(j, "exitCode", json_integer(code));
	return j;
}

static json_t *sess_json(int rootfd, const struct tsess *x)
{
	json_t *cmds = json_array();
	for (struct tcmd *c = x->cmds; c; c = c->next)
		json_array_append_new(cmds, cmd_json(rootfd, x, c));
	return json_pack("{s:s, s:o}", "sessionId", x->sid, "commands", cmds);
}

void h_session_create(struct lreq *req, struct lresp *resp)
{
	json_t *body = lreq_json(req);
	const char *sid = json_string_value(json_object_get(body, "sessionId"));
	if (!sid || !*sid) {
		lresp_go_error(resp, req, 400, "BAD_REQUEST", "sessionId is required");
		return;
	}
	if (!strcmp(sid, "entrypoint")) {
		lresp_go_error(resp, req, 400, "BAD_REQUEST", "session id 'entrypoint' is reserved");
		return;
	}
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	pthread_mutex_lock(&sess_mu);
	if (sess_find(t.id, sid)) {
		pthread_mutex_unlock(&sess_mu);
		lresp_go_error(resp, req, 409, "CONFLICT", "session already exists");
		tsbx_release(&t);
		return;
	}
	struct tsess *x = calloc(1, sizeof(*x));
	if (!x || !(x->sid = strdup(sid))) {
		free(x);
		pthread_mutex_unlock(&sess_mu);
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "out of memory");
		tsbx_release(&t);
		return;
	}
	snprintf(x->sbx, sizeof(x->sbx), "%s", t.id);
	local_uuid(x->dir);
	x->tail = &x->cmds;
	x->stdin_fd = -1;
	const char *argv[] = { runtime_shell(), NULL };
	struct rt_cmd cmd = { .argv = argv, .cwd = t.workdir };
	if (runtime_spawn(t.L, t.id, t.doc, &cmd, &x->stdin_fd, &x->ipid, &x->pgid) < 0) {
		x->ipid = -1;
		sess_free(x);
		pthread_mutex_unlock(&sess_mu);
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "cannot start the session shell: %s", byoc_errmsg());
		tsbx_release(&t);
		return;
	}
	x->next = sessions;
	sessions = x;
	pthread_mutex_unlock(&sess_mu);
	lresp_empty(resp, 201);
	tsbx_release(&t);
}

void h_session_list(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	json_t *arr = json_array();
	pthread_mutex_lock(&sess_mu);
	sess_find(t.id, ""); /* drops dead ones */
	for (struct tsess *x = sessions; x; x = x->next)
		if (!strcmp(x->sbx, t.id))
			json_array_append_new(arr, sess_json(t.rootfd, x));
	pthread_mutex_unlock(&sess_mu);
	lresp_json(resp, 200, arr);
	tsbx_release(&t);
}

/* Opens the sandbox and finds session param 1 (locked on success: caller unlocks). */
static struct tsess *sess_open(struct lreq *req, struct lresp *resp, struct tsbx *t)
{
	if (tsbx_open(req, resp, t) < 0)
		return NULL;
	pthread_mutex_lock(&sess_mu);
	struct tsess *x = sess_find(t->id, lreq_param(req, 1));
	if (!x) {
		pthread_mutex_unlock(&sess_mu);
		lresp_go_error(resp, req, 404, "NOT_FOUND", "session not found: %s", lreq_param(req, 1));
		tsbx_release(t);
	}
	return x;
}

void h_session_get(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	struct tsess *x = sess_open(req, resp, &t);
	if (!x)
		return;
	json_t *j = sess_json(t.rootfd, x);
	pthread_mutex_unlock(&sess_mu);
	lresp_json(resp, 200, j);
	tsbx_release(&t);
}

void h_session_delete(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	struct tsess *x = sess_open(req, resp, &t);
	if (!x)
		return;
	for (struct tsess **pp = &sessions; *pp; pp = &(*pp)->next)
		if (*pp == x) {
			*pp = x->next;
			break;
		}
	pthread_mutex_unlock(&sess_mu);
	sess_free(x);
	lresp_empty(resp, 204);
	tsbx_release(&t);
}

void h_session_exec(struct lreq *req, struct lresp *resp)
{
	json_t *body = lreq_json(req);
	const char *command = json_string_value(json_object_get(body, "command"));
	bool async = json_is_true(json_object_get(body, "runAsync")) || json_is_true(json_object_get(body, "async"));
	if (!command || !*command) {
		lresp_empty(resp, 400);
		return;
	}
	struct tsbx t;
	struct tsess *x = sess_open(req, resp, &t);
	if (!x)
		return;
	struct tcmd *c = calloc(1, sizeof(*c));
	size_t clen = strlen(command);
	char *b64 = malloc(4 * ((clen + 2) / 3) + 1);
	char *line = NULL;
	if (!c || !b64 || !(c->command = strdup(command))) {
		pthread_mutex_unlock(&sess_mu);
		free(c);
		free(b64);
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "out of memory");
		tsbx_release(&t);
		return;
	}
	local_uuid(c->id);
	EVP_EncodeBlock((unsigned char *)b64, (const unsigned char *)command, (int)clen);
	char d[160];
	snprintf(d, sizeof(d), "/tmp/.byoc-sessions/%s/%s", x->dir, c->id);
	int ll = asprintf(&line,
			  "mkdir -p '%s' && { eval \"$(printf '%%s' '%s' | base64 -d)\"; } </dev/null >'%s/stdout' 2>'%s/stderr'; "
			  "echo $? >'%s/exit.tmp'; mv -f '%s/exit.tmp' '%s/exit'\n",
			  d, b64, d, d, d, d, d);
	free(b64);
	bool ok = ll > 0;
	for (size_t off = 0; ok && off < (size_t)ll;) {
		ssize_t w = write(x->stdin_fd, line + off, (size_t)ll - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			ok = false;
		else
			off += (size_t)w;
	}
	free(line);
	if (!ok) {
		pthread_mutex_unlock(&sess_mu);
		free(c->command);
		free(c);
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "the session's shell is gone");
		tsbx_release(&t);
		return;
	}
	*x->tail = c;
	x->tail = &c->next;
	x->ncmds++;
	char cmd_id[40];
	snprintf(cmd_id, sizeof(cmd_id), "%s", c->id);
	struct tsess copy = *x; /* dir and pids for polling without the lock */
	pthread_mutex_unlock(&sess_mu);
	if (async) {
		lresp_json(resp, 202, json_pack("{s:s}", "cmdId", cmd_id));
		tsbx_release(&t);
		return;
	}
	int code;
	while ((code = sess_exit_code(t.rootfd, &copy, cmd_id)) == -1000) {
		pthread_mutex_lock(&sess_mu);
		bool alive = sess_find(t.id, lreq_param(req, 1)) != NULL;
		pthread_mutex_unlock(&sess_mu);
		if (!alive)
			break;
		usleep(20000);
	}
	struct buf out, err;
	buf_init(&out, TBX_EXEC_OUTPUT_MAX);
	buf_init(&err, TBX_EXEC_OUTPUT_MAX);
	sess_read(t.rootfd, &copy, cmd_id, "stdout", &out);
	sess_read(t.rootfd, &copy, cmd_id, "stderr", &err);
	struct buf all;
	buf_init(&all, 2 * TBX_EXEC_OUTPUT_MAX + 16);
	buf_append(&all, out.data, out.len);
	buf_append(&all, err.data, err.len);
	json_t *j = json_pack("{s:s, s:o, s:i}", "cmdId", cmd_id, "output", tbx_output_string(&all), "exitCode",
			      code == -1000 ? -1 : code);
	if (split_output(req)) {
		json_object_set_new(j, "stdout", tbx_output_string(&out));
		json_object_set_new(j, "stderr", tbx_output_string(&err));
	}
	lresp_json(resp, 200, j);
	buf_release(&out);
	buf_release(&err);
	buf_release(&all);
	tsbx_release(&t);
}

static struct tcmd *cmd_find(struct tsess *x, const char *id)
{
	for (struct tcmd *c = x->cmds; c; c = c->next)
		if (!strcmp(c->id, id))
			return c;
	return NULL;
}

void h_session_command(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	struct tsess *x = sess_open(req, resp, &t);
	if (!x)
		return;
	struct tcmd *c = cmd_find(x, lreq_param(req, 2));
	json_t *j = c ? cmd_json(t.rootfd, x, c) : NULL;
	pthread_mutex_unlock(&sess_mu);
	if (j)
		lresp_json(resp, 200, j);
	else
		lresp_go_error(resp, req, 404, "NOT_FOUND", "command not found: %s", lreq_param(req, 2));
	tsbx_release(&t);
}

void h_session_logs(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	struct tsess *x = sess_open(req, resp, &t);
	if (!x)
		return;
	struct tcmd *c = cmd_find(x, lreq_param(req, 2));
	struct tsess copy = *x;
	pthread_mutex_unlock(&sess_mu);
	if (!c) {
		lresp_go_error(resp, req, 404, "NOT_FOUND", "command not found: %s", lreq_param(req, 2));
		tsbx_release(&t);
		return;
	}
	struct buf out, err, all;
	buf_init(&out, TBX_EXEC_OUTPUT_MAX);
	buf_init(&err, TBX_EXEC_OUTPUT_MAX);
	buf_init(&all, 2 * TBX_EXEC_OUTPUT_MAX + 16);
	sess_read(t.rootfd, &copy, lreq_param(req, 2), "stdout", &out);
	sess_read(t.rootfd, &copy, lreq_param(req, 2), "stderr", &err);
	buf_append(&all, out.data, out.len);
	buf_append(&all, err.data, err.len);
	if (split_output(req))
		lresp_json(resp, 200, json_pack("{s:o, s:o, s:o}", "output", tbx_output_string(&all), "stdout",
						tbx_output_string(&out), "stderr", tbx_output_string(&err)));
	else
		lresp_bytes(resp, 200, "text/plain; charset=utf-8", all.data, all.len);
	buf_release(&out);
	buf_release(&err);
	buf_release(&all);
	tsbx_release(&t);
}

void tbx_sessions_end(struct local *L)
{
	(void)L;
	pthread_mutex_lock(&sess_mu);
	while (sessions) {
		struct tsess *x = sessions;
		sessions = x->next;
		sess_free(x);
	}
	pthread_mutex_unlock(&sess_mu);
}
