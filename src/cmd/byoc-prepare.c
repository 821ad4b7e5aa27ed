/*
 * byoc-prepare: run a recipe (docs/recipes.md) from a Dockerfile to a
 * verified, stopped, handed-over sandbox, the same way every time.
 *
 * The steps that already have a tool run that tool (byoc-snapshot publish,
 * byoc-seed, byoc-sandbox check/verify, byoc-handoff), found beside this
 * binary, so each behaves exactly as it does alone; nothing secret is ever
 * put on their command lines (tokens are named by variable, files by path).
 * The steps whose inputs may be secret (the sandbox's env, command scripts)
 * go through the library instead. A failure at any step deletes what this
 * run created (unless --keep-failed) and names the step.
 */
#include "cmd/tool.h"
#include "lib/daytona.h"
#include "lib/http.h"
#include "lib/labels.h"
#include "lib/recipe.h"
#include "lib/tbclient.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/rand.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <limits.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_PARALLEL 4
#define DEFAULT_LOG "byoc-prepare.log"
#define STEP_MAX 96

static const char usage_text[] =
	"usage: byoc-prepare RECIPE [--set KEY=VALUE]... [--count N] [--parallel P] [--dry-run]\n"
	"                    [--keep-failed] [--log-file F] [--json] [--quiet] [--verbose]\n"
	"\n"
	"Run a recipe (docs/recipes.md): publish or check the snapshot, create the sandbox\n"
	"labelled for ENVIRONMENT (byoc.mode=prepared), seed its repos, datasets and files,\n"
	"run its commands (each must exit 0), check the orchestrator's attach rules, run the\n"
	"runner preflight, stop it so a waiting sandbox costs nothing, and hand it over.\n"
	"\n"
	"A failure at any step deletes what this run created (unless --keep-failed) and\n"
	"exits non-zero naming the step. With --count N the N sandboxes are prepared\n"
	"concurrently, all or nothing.\n"
	"\n"
	"options:\n"
	"      --set KEY=VALUE     value for ${KEY} in the recipe (before the environment)\n"
	"      --count N           prepare a pool of N sandboxes (default 1)\n"
	"      --parallel P        at most P sandboxes in progress at once (default 4)\n"
	"      --dry-run           print the plan and call nothing\n"
	"      --keep-failed       leave what a failed run created, for inspection\n"
	"      --log-file F        where command output and step results go (default\n"
	"                          " DEFAULT_LOG ", appended)\n"
	"      --json              one JSON document on stdout: {\"snapshot\",\"sandboxes\":\n"
	"                          [{\"id\",\"name\",\"handoff\"}],\"seconds\"}; with --dry-run the plan\n"
	"  -q, --quiet             errors only on stderr\n"
	"  -v, --verbose           trace requests on stderr (secrets redacted)\n"
	"  -h, --help              show this help\n"
	"\n"
	"stdout: the handoff of each sandbox, one per line ({\"daytona.sandbox_id\":\"ID\"}, or\n"
	"the session id when the recipe creates a session).\n"
	"\n"
	"environment:\n"
	"  DAYTONA_API_URL, DAYTONA_API_KEY  the Daytona API (also read from .env)\n"
	"  ENVIRONMENT_ID                    the environment when the recipe names none\n"
	"  ANTHROPIC_API_KEY                 when the recipe creates a session\n"
	"  GIT_TOKEN (or the recipe's token_env)  https token for private repos\n"
	"\n"
	"exit status:\n"
	"  0 ok, 1 failure, 2 usage or an invalid recipe, 3 not found, 4 a check refused\n"
	"  the sandbox, 5 the snapshot failed to build, 6 timed out, 7 authentication,\n"
	"  130 interrupted\n";

enum { OPT_SET = 1000, OPT_COUNT, OPT_PARALLEL, OPT_DRY_RUN, OPT_KEEP_FAILED, OPT_LOG_FILE, OPT_JSON };

static const struct option long_opts[] = {
	{"set", required_argument, NULL, OPT_SET},
	{"count", required_argument, NULL, OPT_COUNT},
	{"parallel", required_argument, NULL, OPT_PARALLEL},
	{"dry-run", no_argument, NULL, OPT_DRY_RUN},
	{"keep-failed", no_argument, NULL, OPT_KEEP_FAILED},
	{"log-file", required_argument, NULL, OPT_LOG_FILE},
	{"json", no_argument, NULL, OPT_JSON},
	{"quiet", no_argument, NULL, 'q'},
	{"verbose", no_argument, NULL, 'v'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

struct opts {
	const char *recipe_path;
	const char **sets;
	size_t nsets;
	long count, parallel;
	bool dry_run, keep_failed, json;
	const char *log_file;
};

/* One sandbox of the run. */
struct job {
	int index;               /* 1-based */
	char *name;              /* always set: creates are made idempotent by name */
	char prepared_at[32];    /* our byoc.prepared_at: tells our sandbox from another of that name */
	bool create_unanswered;  /* the create failed without saying that nothing was made */
	char *id;                /* set once created */
	char step[STEP_MAX];     /* the step in progress or failed */
	int rc;                  /* 0 or BYOC_E* */
	char msg[1024];          /* the failure, one line */
	json_t *handoff;         /* what the handoff printed (a JSON object or string) */
};

struct run {
	const struct opts *o;
	struct recipe *r;
	const char *env;         /* the environment id */
	char *snapshot;          /* the snapshot's name */
	char bindir[PATH_MAX];   /* where the other tools are */
	FILE *log;
	pthread_mutex_t lock;    /* log, next job */
	struct job *jobs;
	size_t njobs, next;
	volatile sig_atomic_t abort;  /* a sandbox of the pool failed: the others stop */
	size_t done;                  /* workers ended (atomic) */
};

static void logf_(struct run *R, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(struct run *R, const char *fmt, ...)
{
	char ts[32];
	time_t now = time(NULL);
	va_list ap;

	if (!R->log)
		return;
	labels_iso_time(now, ts, sizeof(ts));
	pthread_mutex_lock(&R->lock);
	fprintf(R->log, "%s ", ts);
	va_start(ap, fmt);
	vfprintf(R->log, fmt, ap);
	va_end(ap);
	fputc('\n', R->log);
	fflush(R->log);
	pthread_mutex_unlock(&R->lock);
}

/* ---- running the other tools --------------------------------------------------- */

struct argv {
	char *v[96];
	size_t n;
	char *owned[96];
	size_t nowned;
};

static void argv_add(struct argv *a, const char *s)
{
	if (a->n < sizeof(a->v) / sizeof(a->v[0]) - 1)
		a->v[a->n++] = (char *)s;
	a->v[a->n] = NULL;
}

static void argv_addf(struct argv *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void argv_addf(struct argv *a, const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	if (!s || a->nowned >= sizeof(a->owned) / sizeof(a->owned[0])) {
		free(s);
		return;
	}
	a->owned[a->nowned++] = s;
	argv_add(a, s);
}

static void argv_release(struct argv *a)
{
	size_t i;

	for (i = 0; i < a->nowned; i++)
		free(a->owned[i]);
	a->n = a->nowned = 0;
}

/* A tool's stdout, kept (capped: a tool prints ids and one JSON document). */
static void collect(void *arg, const char *p, size_t n)
{
	buf_append(arg, p, n);
}

/*
 * Runs bindir/tool with argv (v[0] = tool name), stdout captured into out
 * (capped), stderr inherited. Returns the BYOC_E* matching its exit status
 * (0 for 0), with a message naming the step.
 */
static int run_tool(struct run *R, const char *step, struct argv *a, struct buf *out)
{
	char path[PATH_MAX + 64];
	int pfd[2], status = 0;
	pid_t pid;

	snprintf(path, sizeof(path), "%s/%s", R->bindir, a->v[0]);
	if (access(path, X_OK) != 0)
		return byoc_fail(BYOC_EFAIL, "%s: cannot run '%s': %s (byoc-prepare runs the byoc tools installed beside it)",
				 step, path, strerror(errno));
	if (pipe2(pfd, O_CLOEXEC) < 0)
		return byoc_fail_errno(BYOC_EIO, "%s: pipe", step);
	pid = tool_spawn(path, a->v, pfd[1]);
	close(pfd[1]);
	if (pid < 0) {
		close(pfd[0]);
		return byoc_fail_errno(BYOC_EIO, "%s: fork", step);
	}
	/* interrupted, the step has TOOL_INTERRUPT_STEP_MS to clean up and end */
	if (tool_collect(pid, pfd[0], out ? collect : NULL, out, &status) == 1)
		tool_warn("%s: %s had not ended %d ms after the interrupt: killed", step, a->v[0],
			  TOOL_INTERRUPT_STEP_MS);
	close(pfd[0]);
	if (WIFSIGNALED(status))
		return byoc_fail(tool_interrupted ? BYOC_EINTR : BYOC_EFAIL, "%s: %s was killed by signal %d", step,
				 a->v[0], WTERMSIG(status));
	switch (WEXITSTATUS(status)) {
	case 0: return 0;
	case 2: return byoc_fail(BYOC_EUSAGE, "%s: %s refused its arguments (see above)", step, a->v[0]);
	case 3: return byoc_fail(BYOC_ENOTFOUND, "%s: not found (see above)", step);
	case 4: return byoc_fail(BYOC_EREFUSED, "%s: refused (see above)", step);
	case 5: return byoc_fail(BYOC_EBUILD, "%s: the snapshot failed to build (see above)", step);
	case 6: return byoc_fail(BYOC_ETIMEOUT, "%s: timed out (see above)", step);
	case 7: return byoc_fail(BYOC_EAUTH, "%s: authentication failed (see above)", step);
	case 130: return byoc_fail(BYOC_EINTR, "%s: interrupted", step);
	case 127: return byoc_fail(BYOC_EFAIL, "%s: cannot execute %s", step, path);
	default: return byoc_fail(BYOC_EFAIL, "%s: %s failed with exit status %d (see above)", step, a->v[0],
				  WEXITSTATUS(status));
	}
}

static void common_flags(struct argv *a)
{
	if (tool_quiet)
		argv_add(a, "--quiet");
	if (tool_verbose)
		argv_add(a, "--verbose");
}

/* ---- steps --------------------------------------------------------------------- */

static char *recipe_path_of(const struct recipe *r, const char *p)
{
	char *s = NULL;

	if (p[0] == '/')
		return strdup(p);
	if (asprintf(&s, "%s/%s", r->dir, p) < 0)
		return NULL;
	return s;
}

/* The snapshot: published from the recipe's Dockerfile, or an existing one that must be active. */
static int step_snapshot(struct run *R)
{
	struct argv a = {0};
	struct buf out;
	json_t *doc = NULL;
	char *dockerfile = NULL;
	const char *name, *state;
	int rc;

	buf_init(&out, 1 << 20);
	if (R->r->dockerfile) {
		if (!(dockerfile = recipe_path_of(R->r, R->r->dockerfile))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		argv_add(&a, "byoc-snapshot");
		argv_add(&a, "publish");
		argv_add(&a, "-f");
		argv_add(&a, dockerfile);
		if (R->r->cpu != RECIPE_UNSET)
			argv_addf(&a, "--cpu=%d", R->r->cpu);
		if (R->r->memory != RECIPE_UNSET)
			argv_addf(&a, "--memory=%d", R->r->memory);
		if (R->r->disk != RECIPE_UNSET)
			argv_addf(&a, "--disk=%d", R->r->disk);
		if (R->o->log_file) {
			argv_add(&a, "--log-file");
			argv_add(&a, R->o->log_file);
		}
	} else {
		argv_add(&a, "byoc-snapshot");
		argv_add(&a, "get");
		argv_add(&a, R->r->snapshot_name);
	}
	argv_add(&a, "--json");
	common_flags(&a);
	tool_info("snapshot: %s", R->r->dockerfile ? "publishing" : "checking");
	if ((rc = run_tool(R, "snapshot", &a, &out)) < 0)
		goto out;
	doc = json_loadb(out.data, out.len, 0, NULL);
	name = json_string_value(json_object_get(doc, "name"));
	state = json_string_value(json_object_get(doc, "state"));
	if (!name) {
		rc = byoc_fail(BYOC_EPROTO, "snapshot: byoc-snapshot printed no name");
		goto out;
	}
	if (state && strcmp(state, "active") != 0) {
		rc = byoc_fail(BYOC_EREFUSED, "snapshot: '%s' is %s, not active", name, state);
		goto out;
	}
	if (!(R->snapshot = strdup(name)))
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
	logf_(R, "snapshot %s ready", name);
out:
	json_decref(doc);
	free(dockerfile);
	argv_release(&a);
	buf_release(&out);
	return rc;
}

static void set_step(struct job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_step(struct job *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(j->step, sizeof(j->step), fmt, ap);
	va_end(ap);
}

/* Whether sb carries this run's prepared_at: our sandbox, not another of that name. */
static bool labelled_ours(const struct job *j, const struct dt_sandbox *sb)
{
	const char *at = dt_sandbox_label(sb, LABEL_PREPARED_AT);

	return j->prepared_at[0] && at && strcmp(at, j->prepared_at) == 0;
}

/* True (and *out set) when the sandbox named j->name exists and is ours. */
static bool ours(struct dt_client *dt, const struct job *j, struct dt_sandbox **out)
{
	struct dt_sandbox *sb = NULL;

	if (!j->name || dt_sandbox_get(dt, j->name, &sb) < 0)
		return false;
	if (labelled_ours(j, sb)) {
		*out = sb;
		return true;
	}
	dt_sandbox_free(sb);
	return false;
}

/* The sandbox of a recipe's own name that an earlier run of it made, prepared for the same
 * environment (true and *out set): a rerun after a kill takes it over, so that every run of the
 * recipe converges on one sandbox of that name; its steps are all safe to run again. */
static bool earlier_run(struct run *R, struct dt_client *dt, struct job *j, struct dt_sandbox **out)
{
	struct dt_sandbox *sb = NULL;
	const char *mode, *env, *at;

	if (dt_sandbox_get(dt, j->name, &sb) < 0)
		return false;
	mode = dt_sandbox_label(sb, LABEL_MODE);
	env = dt_sandbox_label(sb, LABEL_ENVIRONMENT_ID);
	at = dt_sandbox_label(sb, LABEL_PREPARED_AT);
	if (!mode || strcmp(mode, LABEL_MODE_PREPARED) || !env || strcmp(env, R->env) || !at) {
		dt_sandbox_free(sb);
		return false;
	}
	snprintf(j->prepared_at, sizeof(j->prepared_at), "%s", at);
	logf_(R, "sandbox %d: taking over %s (%s), made by an earlier run at %s", j->index, j->name, sb->id, at);
	tool_info("sandbox %d: taking over %s (%s), made by an earlier run", j->index, j->name, sb->id);
	*out = sb;
	return true;
}

static int step_create(struct run *R, struct dt_client *dt, struct job *j)
{
	static const char *const started[] = {"started", NULL};
	struct dt_sandbox_create p;
	struct dt_sandbox *sb = NULL;
	json_t *labels;
	char ts[32];
	int rc;

	labels = R->r->labels ? json_deep_copy(R->r->labels) : json_object();
	labels_iso_time(time(NULL), ts, sizeof(ts));
	snprintf(j->prepared_at, sizeof(j->prepared_at), "%s", ts);
	if (!labels || json_object_set_new(labels, LABEL_ENVIRONMENT_ID, json_string(R->env)) < 0 ||
	    json_object_set_new(labels, LABEL_MODE, json_string(LABEL_MODE_PREPARED)) < 0 ||
	    json_object_set_new(labels, LABEL_PREPARED_AT, json_string(ts)) < 0) {
		json_decref(labels);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	dt_sandbox_create_init(&p);
	p.name = j->name;
	p.snapshot = R->snapshot;
	p.labels = labels;
	p.env = R->r->env;
	if (R->r->auto_stop != RECIPE_UNSET)
		p.auto_stop_interval = R->r->auto_stop;
	if (R->r->auto_archive != RECIPE_UNSET)
		p.auto_archive_interval = R->r->auto_archive;
	if (R->r->auto_delete != RECIPE_UNSET)
		p.auto_delete_interval = R->r->auto_delete;
	p.network_block_all = R->r->network_block_all;
	p.network_allow_list = R->r->network_allow;
	p.secrets = R->r->secrets;
	if (R->r->ttl != RECIPE_UNSET)
		p.ttl_minutes = R->r->ttl;
	if (R->r->auto_pause != RECIPE_UNSET)
		p.auto_pause_interval = R->r->auto_pause;
	p.retry = true;
	rc = dt_sandbox_create(dt, &p, &sb);
	json_decref(labels);
	if (rc == BYOC_ECONFLICT) {
		/* A replayed create (the first answer was lost) finds our own sandbox, and a rerun of
		 * a recipe that names its sandbox finds what the killed or failed run made: adopt it.
		 * Anything else of that name is not ours to use. */
		char msg[1024];

		snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
		if (!ours(dt, j, &sb) && !(R->r->name && earlier_run(R, dt, j, &sb)))
			return byoc_fail(BYOC_ECONFLICT, "%s", msg);
		rc = 0;
	}
	if (rc < 0) {
		/* a 400, 401/403 or 404 made nothing; a 5xx, a timeout or a lost connection may have */
		j->create_unanswered = rc != BYOC_EUSAGE && rc != BYOC_EAUTH && rc != BYOC_ENOTFOUND &&
				       rc != BYOC_ECONFLICT;
		return rc;
	}
	if (strcmp(sb->state, "stopping") == 0 || strcmp(sb->state, "stopped") == 0 ||
	    strcmp(sb->state, "archived") == 0) {
		/* taken over after the earlier run stopped it (or while it did) */
		static const char *const at_rest[] = {"stopped", "archived", NULL};
		struct dt_sandbox *st = NULL;

		rc = dt_sandbox_wait_state(dt, sb->id, at_rest, http_now_ms() + (int64_t)R->r->timeout * 1000, &st);
		dt_sandbox_free(st);
		st = NULL;
		if (rc == 0)
			rc = dt_sandbox_start(dt, sb->id, &st);
		dt_sandbox_free(st);
		if (rc < 0) {
			dt_sandbox_free(sb);
			return rc;
		}
	}
	if (!(j->id = strdup(sb->id))) {
		dt_sandbox_free(sb);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	dt_sandbox_free(sb);
	sb = NULL;
	logf_(R, "sandbox %d: created %s", j->index, j->id);
	rc = dt_sandbox_wait_state(dt, j->id, started, http_now_ms() + (int64_t)R->r->timeout * 1000, &sb);
	dt_sandbox_free(sb);
	return rc;
}

static int step_seed_repo(struct run *R, struct job *j, const struct recipe_repo *rp)
{
	struct argv a = {0};
	char *dest = NULL;
	int rc;

	argv_add(&a, "byoc-seed");
	argv_add(&a, "repo");
	argv_add(&a, j->id);
	argv_add(&a, rp->url);
	if (rp->ref) {
		argv_add(&a, "--ref");
		argv_add(&a, rp->ref);
	}
	if (rp->depth > 0)
		argv_addf(&a, "--depth=%d", rp->depth);
	if (rp->dest) {
		argv_add(&a, "--dest");
		argv_add(&a, rp->dest);
	} else if (R->r->workdir) {
		argv_add(&a, "--workdir");
		argv_add(&a, R->r->workdir);
	}
	if (rp->submodules)
		argv_add(&a, "--submodules");
	if (rp->no_git)
		argv_add(&a, "--no-git");
	if (rp->remote)
		argv_add(&a, "--remote");
	if (rp->token_env) {
		argv_add(&a, "--token-env");
		argv_add(&a, rp->token_env);
	}
	argv_add(&a, "--quiet");
	rc = run_tool(R, j->step, &a, NULL);
	argv_release(&a);
	free(dest);
	return rc;
}

static int step_seed_data(struct run *R, struct job *j, const struct recipe_dataset *d)
{
	struct argv a = {0};
	char *paths[32] = {0};
	size_t i;
	int rc = 0;

	if (d->npaths > sizeof(paths) / sizeof(paths[0]))
		return byoc_fail(BYOC_EUSAGE, "%s: at most %zu paths per dataset", j->step,
				 sizeof(paths) / sizeof(paths[0]));
	argv_add(&a, "byoc-seed");
	argv_add(&a, "data");
	argv_add(&a, j->id);
	for (i = 0; i < d->npaths; i++) {
		if (!(paths[i] = recipe_path_of(R->r, d->paths[i]))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		argv_add(&a, paths[i]);
	}
	if (d->dest) {
		argv_add(&a, "--dest");
		argv_add(&a, d->dest);
	} else if (R->r->workdir) {
		argv_add(&a, "--workdir");
		argv_add(&a, R->r->workdir);
	}
	if (d->compress) {
		argv_add(&a, "--compress");
		argv_add(&a, d->compress);
	}
	for (i = 0; i < d->nexclude; i++) {
		argv_add(&a, "--exclude");
		argv_add(&a, d->exclude[i]);
	}
	argv_add(&a, "--quiet");
	rc = run_tool(R, j->step, &a, NULL);
out:
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
		free(paths[i]);
	argv_release(&a);
	return rc;
}

static int step_seed_file(struct run *R, struct job *j, const struct recipe_file *f)
{
	struct argv a = {0};
	char *src;
	int rc;

	if (!(src = recipe_path_of(R->r, f->src)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	argv_add(&a, "byoc-seed");
	argv_add(&a, "file");
	argv_add(&a, j->id);
	argv_add(&a, src);
	argv_add(&a, f->dest);
	if (f->mode >= 0)
		argv_addf(&a, "--mode=%04o", (unsigned)f->mode);
	argv_add(&a, "--quiet");
	rc = run_tool(R, j->step, &a, NULL);
	argv_release(&a);
	free(src);
	return rc;
}

/* The command's step id: the same for every attempt and every rerun of this recipe's step on
 * this sandbox, so that the sandbox runs it once (tbc_execute_once); another command, cwd or
 * env is another step. */
static int command_step_id(const struct job *j, const struct recipe_command *c, char out[40])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0, i;
	char *env = c->env ? json_dumps(c->env, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	EVP_MD_CTX *x = EVP_MD_CTX_new();
	int ok = x && EVP_DigestInit_ex(x, EVP_sha256(), NULL);
	const char *parts[] = {j->name ? j->name : j->id, j->step, c->run, c->cwd ? c->cwd : "", env ? env : ""};

	for (i = 0; ok && i < sizeof(parts) / sizeof(parts[0]); i++)
		ok = EVP_DigestUpdate(x, parts[i], strlen(parts[i]) + 1);  /* with its NUL: a separator */
	ok = ok && EVP_DigestFinal_ex(x, md, &n);
	EVP_MD_CTX_free(x);
	free(env);
	if (!ok)
		return byoc_fail(BYOC_ENOMEM, "%s: cannot hash the step", j->step);
	memcpy(out, "prep-", 6);
	hex_encode(out + 5, md, 16);
	return 0;
}

static int step_command(struct run *R, struct dt_client *dt, struct job *j, const struct recipe_command *c)
{
	struct tbc_exec_result res = {0};
	struct dt_sandbox *sb = NULL;
	struct tbc *t = NULL;
	char id[40];
	int rc;

	if ((rc = command_step_id(j, c, id)) < 0)
		return rc;
	if ((rc = dt_sandbox_get(dt, j->id, &sb)) < 0)
		return rc;
	if ((rc = tbc_new_for_sandbox(dt, sb, &t)) < 0)
		goto out;
	logf_(R, "sandbox %d: %s (step %s): $ %s", j->index, j->step, id, c->run);
	rc = tbc_execute_once(t, id, c->run, c->cwd, c->env, c->timeout, 0, &res);
	if (rc < 0)
		goto out;
	logf_(R, "sandbox %d: %s: exit %d, output%s:\n%s", j->index, j->step, res.exit_code,
	      res.truncated ? " (truncated)" : "", res.result ? res.result : "");
	if (res.exit_code < 0) {
		/* the sandbox could not start it (a missing cwd, ...): its answer says why */
		size_t n = res.result_len;

		while (n && (res.result[n - 1] == '\n' || res.result[n - 1] == ' '))
			n--;
		rc = byoc_fail(BYOC_EFAIL, "%s could not start in the sandbox: %.*s", j->step, (int)(n > 400 ? 400 : n),
			       n ? res.result : "no reason given");
	} else if (res.exit_code != 0) {
		rc = byoc_fail(BYOC_EFAIL, "%s exited %d (its output is in %s)", j->step, res.exit_code,
			       R->o->log_file ? R->o->log_file : "the log");
	}
out:
	tbc_exec_result_release(&res);
	tbc_free(t);
	dt_sandbox_free(sb);
	return rc;
}

static int step_sandbox_tool(struct run *R, struct job *j, const char *verb)
{
	struct argv a = {0};
	int rc;

	argv_add(&a, "byoc-sandbox");
	argv_add(&a, verb);
	argv_add(&a, j->id);
	if (strcmp(verb, "check") == 0) {
		argv_add(&a, "--environment");
		argv_add(&a, R->env);
	} else {
		argv_add(&a, "--python");
		argv_add(&a, R->r->python);
		if (R->r->workdir) {
			argv_add(&a, "--workdir");
			argv_add(&a, R->r->workdir);
		}
	}
	common_flags(&a);
	rc = run_tool(R, j->step, &a, NULL);
	argv_release(&a);
	return rc;
}

static int step_stop(struct run *R, struct dt_client *dt, struct job *j)
{
	static const char *const stopped[] = {"stopped", NULL};
	struct dt_sandbox *sb = NULL;
	int rc;

	if ((rc = dt_sandbox_stop(dt, j->id, &sb)) < 0)
		return rc;
	dt_sandbox_free(sb);
	sb = NULL;
	rc = dt_sandbox_wait_state(dt, j->id, stopped, http_now_ms() + (int64_t)R->r->timeout * 1000, &sb);
	dt_sandbox_free(sb);
	return rc;
}

static int step_handoff(struct run *R, struct job *j)
{
	struct argv a = {0};
	struct buf out;
	const char *k;
	json_t *v;
	int rc;

	buf_init(&out, 1 << 20);
	argv_add(&a, "byoc-handoff");
	argv_add(&a, j->id);
	argv_add(&a, "--environment");
	argv_add(&a, R->env);
	argv_add(&a, "--format");
	argv_add(&a, R->r->handoff_format);
	if (R->r->create_session) {
		argv_add(&a, "--create-session");
		argv_add(&a, "--agent");
		argv_add(&a, R->r->agent);
		if (R->r->title) {
			argv_add(&a, "--title");
			argv_add(&a, R->r->title);
		}
		if (R->r->message) {
			argv_add(&a, "--message");
			argv_add(&a, R->r->message);
		}
		json_object_foreach(R->r->metadata, k, v) {
			argv_add(&a, "--metadata");
			argv_addf(&a, "%s=%s", k, json_string_value(v));
		}
		if (R->r->wait_bind > 0)
			argv_addf(&a, "--wait-bind=%d", R->r->wait_bind);
		argv_add(&a, "--json");
	}
	common_flags(&a);
	if ((rc = run_tool(R, j->step, &a, &out)) < 0)
		goto out;
	if (R->r->create_session) {
		j->handoff = json_loadb(out.data, out.len, 0, NULL);
		if (!j->handoff)
			rc = byoc_fail(BYOC_EPROTO, "handoff: byoc-handoff printed no JSON");
	} else {
		while (out.len && out.data[out.len - 1] == '\n')
			out.data[--out.len] = '\0';
		j->handoff = R->o->json && strcmp(R->r->handoff_format, "json") == 0
				     ? json_loadb(out.data, out.len, 0, NULL)
				     : json_string(out.data);
		if (!j->handoff)
			rc = byoc_fail(BYOC_EPROTO, "handoff: unexpected output '%s'", out.data);
	}
out:
	argv_release(&a);
	buf_release(&out);
	return rc;
}

/* Everything for one sandbox, in order; stops at the first failure. */
static int prepare_one(struct run *R, struct dt_client *dt, struct job *j)
{
	size_t i;
	int rc;

#define STEP(label, call)                                          \
	do {                                                        \
		if (tool_interrupted || R->abort)                   \
			return byoc_fail(BYOC_EINTR, "cancelled"); \
		label;                                              \
		tool_info("sandbox %d: %s", j->index, j->step);     \
		if ((rc = (call)) < 0)                              \
			return rc;                                  \
	} while (0)

	STEP(set_step(j, "create"), step_create(R, dt, j));
	for (i = 0; i < R->r->nrepos; i++)
		STEP(set_step(j, "repos[%zu]", i), step_seed_repo(R, j, &R->r->repos[i]));
	for (i = 0; i < R->r->ndatasets; i++)
		STEP(set_step(j, "datasets[%zu]", i), step_seed_data(R, j, &R->r->datasets[i]));
	for (i = 0; i < R->r->nfiles; i++)
		STEP(set_step(j, "files[%zu]", i), step_seed_file(R, j, &R->r->files[i]));
	for (i = 0; i < R->r->ncommands; i++)
		STEP(set_step(j, "commands[%zu]", i), step_command(R, dt, j, &R->r->commands[i]));
	if (R->r->check)
		STEP(set_step(j, "check"), step_sandbox_tool(R, j, "check"));
	if (R->r->verify)
		STEP(set_step(j, "verify"), step_sandbox_tool(R, j, "verify"));
	if (R->r->stop_when_ready)
		STEP(set_step(j, "stop"), step_stop(R, dt, j));
	STEP(set_step(j, "handoff"), step_handoff(R, j));
#undef STEP
	logf_(R, "sandbox %d: %s prepared", j->index, j->id);
	return 0;
}

static void *worker(void *arg)
{
	struct run *R = arg;
	struct dt_client *dt = NULL;
	struct job *j;
	int rc;

	rc = tool_dt_client(&dt, &tool_interrupted);
	for (;;) {
		pthread_mutex_lock(&R->lock);
		j = R->next < R->njobs ? &R->jobs[R->next++] : NULL;
		pthread_mutex_unlock(&R->lock);
		if (!j)
			break;
		j->rc = rc < 0 ? rc : prepare_one(R, dt, j);
		if (j->rc < 0) {
			R->abort = 1;
			snprintf(j->msg, sizeof(j->msg), "%s", byoc_errmsg());
			logf_(R, "sandbox %d: step %s failed: %s", j->index, j->step, j->msg);
		}
	}
	dt_client_free(dt);
	__sync_fetch_and_add(&R->done, 1);
	return NULL;
}

/* Deletes every sandbox this run created (all or nothing), as byoc-sandbox's pool does: a
 * create whose answer never came is looked up by name; interrupted, all of it ends within
 * TOOL_INTERRUPT_CLEANUP_MS (after the step's TOOL_INTERRUPT_STEP_MS at most), and a delete
 * still refused then is left to a background byoc-sandbox delete, which this says. */
static void cleanup(struct run *R)
{
	struct dt_client *dt = NULL;
	struct tool_deletes d;
	volatile sig_atomic_t saved = tool_interrupted;
	size_t i;

	tool_deletes_init(&d, 60);
	tool_interrupted = 0; /* let the deletes through after a Ctrl-C; a second one stops them */
	if (tool_deletes_client(&d, &tool_interrupted, &dt) < 0)
		goto out;
	for (i = 0; i < R->njobs; i++) {
		struct job *j = &R->jobs[i];

		/* a create was sent but its answer never came */
		if (!j->id && j->create_unanswered && j->name)
			j->id = tool_find_lost(&d, dt, j->name, j->prepared_at);
		if (j->id)
			tool_delete(&d, dt, j->id, j->name ? j->name : j->id);
	}
out:
	tool_deletes_hand_off(&d);
	dt_client_free(dt);
	tool_interrupted = saved;
}

/* ---- the plan ------------------------------------------------------------------ */

static int plan(struct run *R)
{
	const struct recipe *r = R->r;
	const char *workdir = r->workdir ? r->workdir : "/mnt/session";
	json_t *steps = json_array(), *doc;
	const char *k;
	json_t *v;
	char line[2048], *s;
	size_t i, n = 0;
	int rc = 0;

#define ADD(...)                                                              \
	do {                                                                  \
		snprintf(line, sizeof(line), __VA_ARGS__);                    \
		json_array_append_new(steps, json_string(line));              \
		if (!R->o->json)                                              \
			printf("%2zu. %s\n", ++n, line);                       \
	} while (0)

	if (!R->o->json)
		printf("plan for %s%s%s (%ld sandbox%s, nothing is called with --dry-run):\n", r->file,
		       r->description ? ": " : "", r->description ? r->description : "", R->o->count,
		       R->o->count == 1 ? "" : "es");
	if (r->dockerfile)
		ADD("snapshot: publish %s/%s with byoc-snapshot publish (idempotent)", r->dir, r->dockerfile);
	else
		ADD("snapshot: use '%s' (must be active)", r->snapshot_name);
	s = r->labels ? json_dumps(r->labels, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	ADD("sandbox: create%s%s in environment '%s' labelled byoc.mode=prepared%s%s, env %zu variable%s "
	    "(values not shown)%s",
	    r->name ? " " : "", r->name ? r->name : "", R->env ? R->env : "(ENVIRONMENT_ID is not set)",
	    s ? ", labels " : "", s ? s : "", json_object_size(r->env), json_object_size(r->env) == 1 ? "" : "s",
	    r->network_block_all ? ", no network" : "");
	free(s);
	for (i = 0; i < r->nrepos; i++)
		ADD("repos[%zu]: clone %s%s%s on the host and seed it into %s%s%s", i, r->repos[i].url,
		    r->repos[i].ref ? " at " : "", r->repos[i].ref ? r->repos[i].ref : "",
		    r->repos[i].dest ? r->repos[i].dest : workdir, r->repos[i].dest ? "" : "/<repo name>",
		    r->repos[i].depth ? " (shallow)" : "");
	for (i = 0; i < r->ndatasets; i++)
		ADD("datasets[%zu]: stream %zu path%s (first: %s) into %s%s", i, r->datasets[i].npaths,
		    r->datasets[i].npaths == 1 ? "" : "s", r->datasets[i].npaths ? r->datasets[i].paths[0] : "-",
		    r->datasets[i].dest ? r->datasets[i].dest : workdir, r->datasets[i].dest ? "" : "/data");
	for (i = 0; i < r->nfiles; i++)
		ADD("files[%zu]: upload %s to %s (content not shown)", i, r->files[i].src, r->files[i].dest);
	for (i = 0; i < r->ncommands; i++)
		ADD("commands[%zu]: run `%.200s` (timeout %d s; must exit 0)", i, r->commands[i].run,
		    r->commands[i].timeout);
	if (r->check)
		ADD("check: the orchestrator's attach rules for environment '%s'", R->env ? R->env : "?");
	if (r->verify)
		ADD("verify: the runner preflight in the sandbox with %s", r->python);
	if (r->stop_when_ready)
		ADD("stop: stop the sandbox (the orchestrator starts it on attach)");
	if (r->create_session)
		ADD("handoff: create a session for agent %s with daytona.sandbox_id%s", r->agent,
		    r->wait_bind ? ", then wait for the orchestrator to bind it" : "");
	else
		ADD("handoff: print %s", strcmp(r->handoff_format, "env") == 0 ? "DAYTONA_SANDBOX_ID=ID"
										  : "{\"daytona.sandbox_id\":\"ID\"}");
	(void)k;
	(void)v;
#undef ADD
	if (R->o->json) {
		doc = json_pack("{s:s, s:I, s:o}", "recipe", r->file, "count", (json_int_t)R->o->count, "plan", steps);
		steps = NULL;
		rc = tool_print_json_line(doc);
	}
	json_decref(steps);
	return rc;
}

/* ---- main ---------------------------------------------------------------------- */

static int print_result(struct run *R, double seconds)
{
	json_t *doc, *arr;
	size_t i;

	if (!R->o->json) {
		for (i = 0; i < R->njobs; i++) {
			if (json_is_string(R->jobs[i].handoff))
				printf("%s\n", json_string_value(R->jobs[i].handoff));
			else
				printf("%s\n", json_string_value(json_object_get(R->jobs[i].handoff, "session_id")));
		}
		return 0;
	}
	arr = json_array();
	for (i = 0; i < R->njobs; i++)
		json_array_append_new(arr, json_pack("{s:s, s:s?, s:O?}", "id", R->jobs[i].id, "name", R->jobs[i].name,
						     "handoff", R->jobs[i].handoff));
	doc = json_pack("{s:s, s:o, s:f}", "snapshot", R->snapshot, "sandboxes", arr, "seconds", seconds);
	return tool_print_json_line(doc);
}

static int locate_tools(struct run *R)
{
	ssize_t n = readlink("/proc/self/exe", R->bindir, sizeof(R->bindir) - 1);
	char *slash;

	if (n <= 0)
		return byoc_fail_errno(BYOC_EFAIL, "cannot find where byoc-prepare is installed");
	R->bindir[n] = '\0';
	slash = strrchr(R->bindir, '/');
	if (slash)
		*slash = '\0';
	return 0;
}

/* "prep-" and 12 random hex digits: the default sandbox name, so a replayed create is a 409. */
static int run_token(char *out, size_t n)
{
	char r[13];
	int rc = rand_hex(r, 6);

	if (rc < 0)
		return rc;
	snprintf(out, n, "prep-%s", r);
	return 0;
}

static int prepare(struct run *R)
{
	char token[32];
	pthread_t th[64];
	size_t nth, i;
	int64_t start = http_now_ms();
	int rc = 0;
	struct job *failed = NULL;

	if ((rc = locate_tools(R)) < 0)
		return rc;
	if (!byoc_env("DAYTONA_API_KEY"))
		return byoc_fail(BYOC_EUSAGE, "DAYTONA_API_KEY is not set: export it or put it in .env");
	if (!(R->log = fopen(R->o->log_file, "a")))
		return byoc_fail_errno(BYOC_EIO, "cannot open the log '%s'", R->o->log_file);
	logf_(R, "byoc-prepare %s: %ld sandbox(es) in %s", R->r->file, R->o->count, R->env);
	if ((rc = step_snapshot(R)) < 0)
		return byoc_fail_wrap(rc, "step snapshot failed");

	R->njobs = (size_t)R->o->count;
	R->jobs = calloc(R->njobs, sizeof(*R->jobs));
	if (!R->jobs)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if ((rc = run_token(token, sizeof(token))) < 0)
		return rc;
	for (i = 0; i < R->njobs; i++) {
		const char *base = R->r->name ? R->r->name : token;

		R->jobs[i].index = (int)i + 1;
		if (R->njobs > 1 ? asprintf(&R->jobs[i].name, "%s-%zu", base, i + 1) < 0
				 : !(R->jobs[i].name = strdup(base)))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	nth = (size_t)(R->o->parallel < R->o->count ? R->o->parallel : R->o->count);
	if (nth > sizeof(th) / sizeof(th[0]))
		nth = sizeof(th) / sizeof(th[0]);
	for (i = 0; i < nth; i++)
		if (pthread_create(&th[i], NULL, worker, R) != 0) {
			nth = i;
			break;
		}
	/* a signal reaches one thread: the workers' transfers are poked to see it at once */
	while (__sync_fetch_and_add(&R->done, 0) < nth)
		if (tool_nap(200, -1) < 0) {
			tool_poke_threads(th, nth);
			break;
		}
	for (i = 0; i < nth; i++)
		pthread_join(th[i], NULL);

	for (i = 0; i < R->njobs; i++) {
		if (R->jobs[i].rc < 0 && strcmp(R->jobs[i].msg, "cancelled") == 0) {
			continue;
		} else if (R->jobs[i].rc < 0) {
			tool_error("sandbox %d%s%s: step %s failed: %s", R->jobs[i].index, R->jobs[i].id ? " " : "",
				   R->jobs[i].id ? R->jobs[i].id : "", R->jobs[i].step, R->jobs[i].msg);
			if (!failed || failed->rc == BYOC_EINTR)
				failed = &R->jobs[i];
		} else if (!R->jobs[i].id) {
			/* never started: a sibling failed or Ctrl-C came first */
			R->jobs[i].rc = BYOC_EINTR;
		}
	}
	if (!failed && R->abort)
		failed = &R->jobs[0];
	if (failed || tool_interrupted) {
		if (R->o->keep_failed)
			tool_info("--keep-failed: leaving the sandboxes this run created");
		else
			cleanup(R);
		if (tool_interrupted)
			return byoc_fail(BYOC_EINTR, "interrupted");
		return byoc_fail(failed->rc, "step %s failed%s", failed->step,
				 R->njobs > 1 ? " (the whole pool was rolled back)" : "");
	}
	return print_result(R, (double)(http_now_ms() - start) / 1000.0);
}

int main(int argc, char **argv)
{
	struct opts o = {.count = 1, .parallel = DEFAULT_PARALLEL, .log_file = DEFAULT_LOG};
	struct run R = {.o = &o};
	size_t i;
	int ch, rc;

	tool_init(argc, argv);
	pthread_mutex_init(&R.lock, NULL);
	o.sets = calloc((size_t)argc, sizeof(*o.sets));
	if (!o.sets)
		return tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
	while ((ch = getopt_long(argc, argv, "qvh", long_opts, NULL)) != -1) {
		switch (ch) {
		case OPT_SET:
			if (recipe_check_set(optarg) < 0) {
				rc = tool_usage_error("%s", byoc_errmsg());
				goto out;
			}
			o.sets[o.nsets++] = optarg;
			break;
		case OPT_COUNT:
		case OPT_PARALLEL: {
			long v;

			if ((rc = tool_parse_long(ch == OPT_COUNT ? "--count" : "--parallel", optarg, 1, 1000, &v)))
				goto out;
			*(ch == OPT_COUNT ? &o.count : &o.parallel) = v;
			break;
		}
		case OPT_DRY_RUN: o.dry_run = true; break;
		case OPT_KEEP_FAILED: o.keep_failed = true; break;
		case OPT_LOG_FILE: o.log_file = optarg; break;
		case OPT_JSON: o.json = true; break;
		case 'q': tool_quiet = true; break;
		case 'v': tool_verbose = true; break;
		case 'h':
			fputs(usage_text, stdout);
			rc = EXIT_OK;
			goto out;
		default:
			rc = tool_usage_error("unknown option");
			goto out;
		}
	}
	if (optind != argc - 1) {
		rc = tool_usage_error(optind >= argc ? "name a RECIPE file" : "one RECIPE at a time");
		goto out;
	}
	o.recipe_path = argv[optind];
	if ((rc = recipe_load(&R.r, o.recipe_path, o.sets, o.nsets)) < 0) {
		rc = tool_usage_error("%s", byoc_errmsg());
		goto out;
	}
	R.env = R.r->environment ? R.r->environment : byoc_env("ENVIRONMENT_ID");
	if (o.dry_run) {
		rc = plan(&R) < 0 ? tool_fail(byoc_errcode()) : EXIT_OK;
		goto out;
	}
	if (!R.env) {
		rc = tool_usage_error("no environment: set sandbox.environment in the recipe, or ENVIRONMENT_ID");
		goto out;
	}
	rc = prepare(&R);
	rc = rc < 0 ? tool_fail(rc) : EXIT_OK;
out:
	for (i = 0; i < R.njobs; i++) {
		free(R.jobs[i].name);
		free(R.jobs[i].id);
		json_decref(R.jobs[i].handoff);
	}
	free(R.jobs);
	free(R.snapshot);
	if (R.log)
		fclose(R.log);
	recipe_free(R.r);
	free(o.sets);
	pthread_mutex_destroy(&R.lock);
	return rc;
}
