/*
 * byoc-sandbox: prepared sandboxes the orchestrator will accept, one or a
 * hundred. Creates them labelled for an environment (pools, all or nothing),
 * merges labels without dropping any, checks the reference orchestrator's
 * attach rules, runs its runner preflight inside the sandbox, and reaps the
 * prepared sandboxes no session ever claimed. docs/byoc-sandbox.1 says the
 * same as --help.
 */
#include "cmd/tool.h"
#include "lib/daytona.h"
#include "lib/runner.h"
#include "lib/labels.h"
#include "lib/secrets.h"
#include "lib/snapname.h"
#include "lib/tbclient.h"
#include "util/env.h"
#include "util/err.h"
#include "util/rand.h"
#include "util/wipe.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: byoc-sandbox COMMAND [options] [ARGS]\n"
	"\n"
	"Prepared Daytona sandboxes that the Claude Managed Agents orchestrator will attach.\n"
	"\n"
	"commands:\n"
	"  create [--environment ENV] [--snapshot NAME] [--name N] [--label K=V]... [--env K[=V]]...\n"
	"         [--auto-stop MIN] [--auto-archive MIN] [--auto-delete MIN] [--network-block-all]\n"
	"         [--secret VAR=NAME]... [--ttl MIN] [--auto-pause MIN] [--network-allow CIDR,...]\n"
	"         [--count N] [--parallel P] [--keep-failed] [--timeout SEC] [--json]\n"
	"      create sandboxes labelled byoc.environment_id=ENV, byoc.mode=prepared and\n"
	"      byoc.prepared_at=<ISO-8601 UTC> plus the given labels, wait until each is started,\n"
	"      print one id per line. With --count N, N sandboxes are created concurrently\n"
	"      (--parallel, default 8), named NAME-1 ... NAME-N: if any fails, each failure is\n"
	"      reported, the ones created are deleted (unless --keep-failed) and the exit status\n"
	"      is non-zero. Without --name a name byoc-<random> is chosen, so that a retried\n"
	"      create finds its sandbox by name instead of making a second one.\n"
	"  label ID K=V... K-...\n"
	"      merge: set K=V, drop K-, keep every other label; reads, writes the full set,\n"
	"      reads back and verifies, and retries if another writer changed them meanwhile.\n"
	"  check ID [--environment ENV]\n"
	"      apply the attach rules of the reference orchestrator for a new session in ENV:\n"
	"      byoc.session_id absent, byoc.environment_id == ENV, byoc.mode == prepared.\n"
	"      Exit 0 when it would attach, else one line per broken rule and exit 4.\n"
	"  verify ID [--python NAME | --runner] [--workdir DIR] [--memory-stores]\n"
	"      run the reference's runner preflight inside the sandbox, each check on its own,\n"
	"      and name every missing prerequisite (exit 4): writable /home/daytona and\n"
	"      workdir (and /mnt/memory with --memory-stores), bash, the interpreter (default\n"
	"      python3.12, what the reference launches) with pip, setsid, ps, awk, tr.\n"
	"      With --runner, byoc-orchestrator's preflight instead: its runner and SDK in the\n"
	"      snapshot (node and /opt/byoc-runner/runner.mjs, as dockerfiles/runner installs\n"
	"      them), setsid, awk, a writable workdir (default /workspace) and state folder.\n"
	"  list [--environment ENV] [--mode M] [--json]\n"
	"      ids of the sandboxes with those labels (all pages), one per line.\n"
	"  get ID [--json]\n"
	"      one sandbox: id, name, state, snapshot, labels.\n"
	"  start|stop|archive|delete ID... [--timeout SEC]\n"
	"      change state and wait until it is reached; prints each id.\n"
	"  secret create NAME (--from-env VAR | --from-file PATH) [--host H]... [--description D]\n"
	"  secret list [--json]\n"
	"  secret delete NAME...\n"
	"      Daytona secrets. The value comes from a variable or a file, never the command line,\n"
	"      and is never printed; a sandbox created with --secret VAR=NAME sees only a\n"
	"      placeholder in VAR, which Daytona swaps for the value in HTTPS requests to the\n"
	"      secret's hosts (--host, repeatable).\n"
	"  reap --environment ENV --older-than DURATION [--dry-run] [--json]\n"
	"      delete prepared sandboxes no session claimed (byoc.mode=prepared, no\n"
	"      byoc.session_id) older than DURATION (e.g. 90s, 30m, 12h, 7d) by\n"
	"      byoc.prepared_at, or by creation time when that label is missing or unreadable.\n"
	"      Touches nothing else. --dry-run prints what would be deleted.\n"
	"\n"
	"options:\n"
	"  --environment ENV     session environment id (default: ENVIRONMENT_ID)\n"
	"  --snapshot NAME       snapshot to create from (default: DEFAULT_SNAPSHOT_NAME, else the\n"
	"                        name `byoc-snapshot name` gives for dockerfiles/Dockerfile.default)\n"
	"  --name N              sandbox name; with --count, the base of NAME-1 ... NAME-N\n"
	"  --label K=V           extra label (repeatable); keys and values are checked before any\n"
	"                        request; byoc.session_id, byoc.work_id, byoc.mode and\n"
	"                        byoc.stopped_at belong to the orchestrator and are refused\n"
	"  --env K=V, --env K    sandbox environment variable (repeatable); K alone takes its\n"
	"                        value from this environment, so a secret stays off the command line\n"
	"  --auto-stop MIN       minutes idle before the sandbox stops (0 disables)\n"
	"  --auto-archive MIN    minutes stopped before it is archived\n"
	"  --auto-delete MIN     minutes stopped before it is deleted (-1 disables)\n"
	"  --network-block-all   no network inside the sandbox\n"
	"  --network-allow CIDRS only these IPv4 networks (comma-separated, at most 10)\n"
	"  --secret VAR=NAME     the sandbox's VAR holds secret NAME's placeholder (repeatable)\n"
	"  --ttl MIN             destroy the sandbox MIN minutes after creation, whatever its state\n"
	"  --auto-pause MIN      minutes idle before it pauses (instead of --auto-stop)\n"
	"  --count N             create N sandboxes (a pool), all or nothing\n"
	"  --parallel P          at most P creates at once (default 8)\n"
	"  --keep-failed         on a failed pool, keep the sandboxes that were created\n"
	"  --timeout SEC         bound on every wait (default 300)\n"
	"  --from-env VAR, --from-file PATH   secret create: where the value is read\n"
	"  --host H              secret create: a host the value may be sent to (repeatable)\n"
	"  --description D       secret create: free text\n"
	"  --python NAME         runner interpreter for verify (default python3.12)\n"
	"  --workdir DIR         verify: the session's working directory that must be writable\n"
	"                        (default: ANTHROPIC_WORKDIR, else /mnt/session)\n"
	"  --memory-stores       verify: the session uses memory stores, so /mnt/memory must be\n"
	"                        writable too\n"
	"  --mode M              list: only sandboxes with byoc.mode=M\n"
	"  --older-than DURATION reap: age threshold, N[smhd] (bare N = seconds)\n"
	"  --dry-run             reap: print, delete nothing\n"
	"  --json                one JSON document on stdout\n"
	"  -q, --quiet           errors only on stderr\n"
	"  -v, --verbose         trace requests on stderr (secrets redacted)\n"
	"  -h, --help            show this help\n"
	"\n"
	"environment:\n"
	"  DAYTONA_API_URL, DAYTONA_API_KEY, DAYTONA_TARGET   the Daytona endpoint (also from .env)\n"
	"  ENVIRONMENT_ID        default for --environment\n"
	"  DEFAULT_SNAPSHOT_NAME default for --snapshot\n"
	"  ANTHROPIC_WORKDIR     default for --workdir\n"
	"\n"
	"exit status: 0 ok, 1 failure, 2 usage, 3 not found, 4 refused (check/verify failed),\n"
	"6 timed out, 7 authentication, 130 interrupted (a half-made pool is deleted first).\n";

/* ---- options ---------------------------------------------------------------------- */

struct opts {
	const char *environment, *snapshot, *name, *python, *mode, *workdir;
	bool runner;
	struct labels_changes labels;
	json_t *env;
	int auto_stop, auto_archive, auto_delete;
	bool network_block_all, keep_failed, dry_run, json, memory_stores;
	json_t *secrets;                 /* create --secret VAR=NAME */
	int ttl, auto_pause;             /* create --ttl, --auto-pause (DT_UNSET) */
	const char *network_allow;       /* create --network-allow */
	const char *from_env, *from_file, *description; /* secret create */
	json_t *hosts;                   /* secret create --host */
	long count, parallel, timeout;
	long long older_than;
	bool older_than_set;
};

enum {
	O_ENV = 256, O_SNAPSHOT, O_NAME, O_LABEL, O_SETENV, O_AUTOSTOP, O_AUTOARCHIVE, O_AUTODELETE,
	O_NETBLOCK, O_COUNT, O_PARALLEL, O_KEEPFAILED, O_TIMEOUT, O_PYTHON, O_MODE, O_OLDER, O_DRYRUN,
	O_JSON, O_WORKDIR, O_MEMORY, O_SECRET, O_TTL, O_AUTOPAUSE, O_NETALLOW, O_FROMENV, O_FROMFILE,
	O_HOST, O_DESCRIPTION, O_RUNNER,
};

static const struct option long_opts[] = {
	{ "environment", required_argument, NULL, O_ENV },
	{ "snapshot", required_argument, NULL, O_SNAPSHOT },
	{ "name", required_argument, NULL, O_NAME },
	{ "label", required_argument, NULL, O_LABEL },
	{ "env", required_argument, NULL, O_SETENV },
	{ "auto-stop", required_argument, NULL, O_AUTOSTOP },
	{ "auto-archive", required_argument, NULL, O_AUTOARCHIVE },
	{ "auto-delete", required_argument, NULL, O_AUTODELETE },
	{ "network-block-all", no_argument, NULL, O_NETBLOCK },
	{ "count", required_argument, NULL, O_COUNT },
	{ "parallel", required_argument, NULL, O_PARALLEL },
	{ "keep-failed", no_argument, NULL, O_KEEPFAILED },
	{ "timeout", required_argument, NULL, O_TIMEOUT },
	{ "python", required_argument, NULL, O_PYTHON },
	{ "workdir", required_argument, NULL, O_WORKDIR },
	{ "memory-stores", no_argument, NULL, O_MEMORY },
	{ "secret", required_argument, NULL, O_SECRET },
	{ "ttl", required_argument, NULL, O_TTL },
	{ "auto-pause", required_argument, NULL, O_AUTOPAUSE },
	{ "network-allow", required_argument, NULL, O_NETALLOW },
	{ "from-env", required_argument, NULL, O_FROMENV },
	{ "from-file", required_argument, NULL, O_FROMFILE },
	{ "host", required_argument, NULL, O_HOST },
	{ "description", required_argument, NULL, O_DESCRIPTION },
	{ "runner", no_argument, NULL, O_RUNNER },
	{ "mode", required_argument, NULL, O_MODE },
	{ "older-than", required_argument, NULL, O_OLDER },
	{ "dry-run", no_argument, NULL, O_DRYRUN },
	{ "json", no_argument, NULL, O_JSON },
	{ "quiet", no_argument, NULL, 'q' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* "90s", "30m", "12h", "7d", bare seconds. */
static int parse_duration(const char *s, long long *out)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (!*s || end == s || errno || v < 0)
		goto bad;
	switch (*end) {
	case '\0': case 's': break;
	case 'm': v *= 60; break;
	case 'h': v *= 3600; break;
	case 'd': v *= 86400; break;
	default: goto bad;
	}
	if (*end && end[1])
		goto bad;
	*out = v;
	return 0;
bad:
	return tool_usage_error("--older-than '%s' is not a duration such as 90s, 30m, 12h or 7d", s);
}

/* ---- shared helpers ----------------------------------------------------------------- */

static int64_t deadline_after(long sec)
{
	return http_now_ms() + (int64_t)sec * 1000;
}

static const char *need_env(const struct opts *o)
{
	return o->environment ? o->environment : byoc_env("ENVIRONMENT_ID");
}

/* The name `byoc-snapshot name` gives for dockerfiles/Dockerfile.default (lib/snapname:
 * the reference's default_snapshot_name, DEFAULT_SNAPSHOT_NAME first). The Dockerfile is
 * looked up in the working directory, then under BYOC_ROOT. */
static int default_snapshot(char *out, size_t n)
{
	const char *root = byoc_env("BYOC_ROOT");
	char path[4096], *name = NULL;
	int rc;

	if (byoc_env(SNAPNAME_ENV)) {
		rc = snapname_compute(NULL, NULL, &name, NULL);
	} else {
		snprintf(path, sizeof(path), "dockerfiles/Dockerfile.default");
		if (access(path, R_OK) != 0 && root)
			snprintf(path, sizeof(path), "%s/dockerfiles/Dockerfile.default", root);
		if (access(path, R_OK) != 0)
			return byoc_fail(BYOC_EUSAGE, "no --snapshot given and no dockerfiles/Dockerfile.default here: "
					 "pass --snapshot NAME or set DEFAULT_SNAPSHOT_NAME");
		rc = snapname_compute(path, NULL, &name, NULL);
	}
	if (rc < 0)
		return rc;
	snprintf(out, n, "%s", name);
	free(name);
	return 0;
}

static json_t *sandbox_summary(const struct dt_sandbox *s)
{
	return json_pack("{s:s, s:s?, s:s?, s:O}", "id", s->id, "name", s->name, "state", s->state,
			 "labels", (json_t *)s->labels);
}

/* ---- create ------------------------------------------------------------------------- */

struct job {
	int index;                 /* 1..count */
	char name[256];
	struct dt_sandbox *sb;     /* created (or adopted) */
	bool created;              /* exists on the server and is ours */
	bool sent;                 /* its create went out: it may exist even without an answer */
	char *lost_id;             /* a create without an answer, found by name afterwards */
	int rc;
	char err[1024];
};

struct pool {
	struct dt_client *dt;
	struct dt_sandbox_create params;
	const char *prepared_at, *environment;
	struct job *jobs;
	long count, next;
	long timeout;
	bool failed;
	long done;               /* workers ended (atomic) */
	pthread_mutex_t lock;
};

/* A 409 on our name: adopt the sandbox when it is the one a retried create made. */
static int adopt_by_name(struct pool *p, struct job *j)
{
	struct dt_sandbox *s = NULL;
	const char *at, *env;
	int rc;

	if ((rc = dt_sandbox_get(p->dt, j->name, &s)) < 0)
		return byoc_fail_wrap(rc, "sandbox name '%s' is taken, and looking it up failed", j->name);
	at = dt_sandbox_label(s, LABEL_PREPARED_AT);
	env = dt_sandbox_label(s, LABEL_ENVIRONMENT_ID);
	if (!at || strcmp(at, p->prepared_at) || !env || strcmp(env, p->environment)) {
		rc = byoc_fail(BYOC_ECONFLICT, "a sandbox named '%s' already exists (%s): choose another --name "
			       "or delete it", j->name, s->id);
		dt_sandbox_free(s);
		return rc;
	}
	j->sb = s;
	return 0;
}

static int create_one(struct pool *p, struct job *j)
{
	struct dt_sandbox_create c = p->params;
	static const char *const started[] = { "started", NULL };
	struct dt_sandbox *s = NULL;
	int rc;

	c.name = j->name;
	j->sent = true;
	rc = dt_sandbox_create(p->dt, &c, &j->sb);
	if (rc == BYOC_ECONFLICT)
		rc = adopt_by_name(p, j);
	if (rc < 0)
		return rc;
	j->created = true;
	if (strcmp(j->sb->state, "started") != 0) {
		rc = dt_sandbox_wait_state(p->dt, j->sb->id, started, deadline_after(p->timeout), &s);
		if (rc < 0)
			return rc;
		dt_sandbox_free(j->sb);
		j->sb = s;
	}
	return 0;
}

static void work(struct pool *p)
{
	struct job *j;
	long i;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		if (p->failed || tool_interrupted || p->next >= p->count) {
			pthread_mutex_unlock(&p->lock);
			return;
		}
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		j = &p->jobs[i];
		j->rc = create_one(p, j);
		if (j->rc < 0) {
			snprintf(j->err, sizeof(j->err), "%s", byoc_errmsg());
			pthread_mutex_lock(&p->lock);
			p->failed = true;
			pthread_mutex_unlock(&p->lock);
		} else {
			tool_info("created %s (%s)", j->name, j->sb->id);
		}
	}
}

static void *worker(void *arg)
{
	struct pool *p = arg;

	work(p);
	__sync_fetch_and_add(&p->done, 1);
	return NULL;
}

static int wait_gone(struct dt_client *dt, const char *id, int64_t deadline)
{
	static const char *const gone[] = { "destroyed", NULL };

	return dt_sandbox_wait_state(dt, id, gone, deadline, NULL);
}

/* Deletes every id (all requests first, then the waits, which get a bound of their own),
 * reporting each failure. Returns the first error, or 0. */
static int delete_all(struct dt_client *dt, char **ids, const char **names, size_t n, long timeout)
{
	int64_t deadline = deadline_after(timeout);
	int *rcs = calloc(n ? n : 1, sizeof(int));
	int first = 0;
	size_t i;

	if (!rcs)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (i = 0; i < n; i++)
		if ((rcs[i] = dt_sandbox_delete_until(dt, ids[i], deadline)) < 0)
			tool_error("could not delete %s (%s), it is left: %s", names[i], ids[i], byoc_errmsg());
	deadline = deadline_after(timeout);
	for (i = 0; i < n; i++) {
		if (rcs[i] == 0 && (rcs[i] = wait_gone(dt, ids[i], deadline)) < 0)
			tool_error("%s (%s) was not deleted: %s", names[i], ids[i], byoc_errmsg());
		else if (rcs[i] == 0)
			tool_info("deleted %s (%s)", names[i], ids[i]);
		if (rcs[i] < 0 && !first)
			first = rcs[i];
	}
	free(rcs);
	return first;
}

/* Names the pool's jobs: NAME (one), NAME-1 ... NAME-N (more); without --name a random
 * byoc-XXXXXXXX, so that a retried create finds its sandbox by name. */
static int name_jobs(struct pool *p, const char *name)
{
	char base[200], rnd[9];
	long i;
	int rc;

	if (name) {
		snprintf(base, sizeof(base), "%s", name);
	} else {
		if ((rc = rand_hex(rnd, 4)) < 0)
			return rc;
		snprintf(base, sizeof(base), "byoc-%s", rnd);
	}
	for (i = 0; i < p->count; i++) {
		p->jobs[i].index = (int)i + 1;
		if (p->count == 1)
			snprintf(p->jobs[i].name, sizeof(p->jobs[i].name), "%s", base);
		else
			snprintf(p->jobs[i].name, sizeof(p->jobs[i].name), "%s-%ld", base, i + 1);
	}
	return 0;
}

/* Runs the pool's jobs on up to parallel threads (at most 64; this thread alone when
 * none can be started) and waits for them all. */
static void run_pool(struct pool *p, long parallel, const char *snapname)
{
	pthread_t threads[64];
	long i, nthreads = parallel < p->count ? parallel : p->count;

	if (nthreads > (long)(sizeof(threads) / sizeof(threads[0])))
		nthreads = sizeof(threads) / sizeof(threads[0]);
	if (p->count > 1)
		tool_info("creating %ld sandboxes from '%s', %ld at a time", p->count, snapname, nthreads);
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&threads[i], NULL, worker, p) != 0)
			break;
	nthreads = i;
	if (nthreads == 0)
		worker(p);
	/* a signal reaches one thread: the workers' transfers are poked to see it at once */
	while (__sync_fetch_and_add(&p->done, 0) < nthreads)
		if (tool_nap(200, -1) < 0) {
			tool_poke_threads(threads, (size_t)nthreads);
			break;
		}
	for (i = 0; i < nthreads; i++)
		pthread_join(threads[i], NULL);
}

/* A failed or interrupted pool's cleanup, one thread per job at a time (up to 64): an
 * interrupted tool has under 3 s, and each job may first wait for its create to land. */
struct undo {
	struct pool *p;
	const struct opts *o;
	struct dt_client *dt;
	const char *stamp;
	struct tool_deletes d;
	pthread_mutex_t lock;
	long next;
	size_t kept;
};

static void undo_job(struct undo *u, struct job *j)
{
	const char *id = j->created && j->sb ? j->sb->id : NULL;

	/* a create in flight when Ctrl-C came, or unanswered: made, or being made, by name */
	if (!id && j->sent && j->rc != BYOC_ECONFLICT && j->rc != BYOC_EUSAGE && j->rc != BYOC_EAUTH)
		id = j->lost_id = tool_find_lost(&u->d, u->dt, j->name, u->stamp);
	if (!id)
		return;
	if (u->o->keep_failed) {
		tool_warn("kept %s (%s) (--keep-failed)", j->name, id);
		pthread_mutex_lock(&u->lock);
		u->kept++;
		pthread_mutex_unlock(&u->lock);
		return;
	}
	tool_delete(&u->d, u->dt, id, j->name);
}

static void *undo_worker(void *arg)
{
	struct undo *u = arg;
	for (;;) {
		pthread_mutex_lock(&u->lock);
		long i = u->next < u->p->count ? u->next++ : -1;
		pthread_mutex_unlock(&u->lock);
		if (i < 0)
			return NULL;
		undo_job(u, &u->p->jobs[i]);
	}
}

/* All or nothing: reports each failure, deletes what was made (unless --keep-failed; a
 * create in flight or unanswered is looked up by name and its prepared_at stamp) and
 * returns the exit status of the first failure. */
static int undo_pool(struct pool *p, const struct opts *o, const char *stamp)
{
	struct undo u = { .p = p, .o = o, .stamp = stamp };
	pthread_t threads[64];
	long i, nthreads = p->count < 64 ? p->count : 64;
	int first = 0, del_rc;

	/* interrupted: the whole cleanup ends within TOOL_INTERRUPT_CLEANUP_MS, through a client
	 * that the interruption does not cancel */
	tool_deletes_init(&u.d, o->timeout);
	for (i = 0; i < p->count; i++) {
		if (p->jobs[i].rc < 0) {
			tool_error("%s: %s", p->jobs[i].name, p->jobs[i].err);
			if (!first)
				first = p->jobs[i].rc;
		}
	}
	if (tool_interrupted)
		first = BYOC_EINTR;
	if (tool_deletes_client(&u.d, NULL, &u.dt) < 0) {
		tool_error("cannot delete the sandboxes created: %s", byoc_errmsg());
		tool_deletes_hand_off(&u.d);
		return first == BYOC_EINTR ? EXIT_INTERRUPTED : byoc_exit_code(first ? first : BYOC_EFAIL);
	}
	pthread_mutex_init(&u.lock, NULL);
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&threads[i], NULL, undo_worker, &u) != 0)
			break;
	nthreads = i;
	if (nthreads == 0)
		undo_worker(&u);
	for (i = 0; i < nthreads; i++)
		pthread_join(threads[i], NULL);
	pthread_mutex_destroy(&u.lock);
	del_rc = tool_deletes_hand_off(&u.d);
	dt_client_free(u.dt);
	if (p->count > 1)
		tool_error("pool of %ld failed: %s", p->count,
			   u.kept ? "the sandboxes created were kept"
			   : del_rc < 0 ? "some sandboxes created could not be deleted (named above)"
			   : u.d.unfound ? "creates in flight not found in time may still make sandboxes (named above)"
			   : u.d.asked && (u.d.pending || u.d.nrefused) ? "every sandbox created was deleted or is being deleted"
			   : u.d.asked ? "every sandbox created was deleted" : "no sandbox was created");
	return first == BYOC_EINTR ? EXIT_INTERRUPTED : byoc_exit_code(first ? first : BYOC_EFAIL);
}

static int cmd_create(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct pool p;
	struct dt_snapshot *snap = NULL;
	struct labels_changes fixed;
	char snapname[256], stamp[32];
	json_t *labels = NULL, *out = NULL;
	const char *env = need_env(o);
	long i;
	int rc = 0, exit_rc;

	if (argc)
		return tool_usage_error("create takes no arguments (did you mean --name %s?)", argv[0]);
	memset(&p, 0, sizeof(p));
	labels_changes_init(&fixed);
	pthread_mutex_init(&p.lock, NULL);
	if (!env) {
		exit_rc = tool_usage_error("no environment: pass --environment ENV or set ENVIRONMENT_ID");
		goto out;
	}
	if (o->snapshot) {
		snprintf(snapname, sizeof(snapname), "%s", o->snapshot);
	} else if ((rc = default_snapshot(snapname, sizeof(snapname))) < 0) {
		exit_rc = tool_fail(rc);
		goto out;
	}
	/* the labels: ours, then the user's (validated while parsing the options) */
	labels_iso_time(time(NULL), stamp, sizeof(stamp));
	if ((rc = labels_changes_add(&fixed, LABEL_ENVIRONMENT_ID, env, LABELS_ALLOW_RESERVED)) < 0 ||
	    (rc = labels_changes_add(&fixed, LABEL_MODE, LABEL_MODE_PREPARED, LABELS_ALLOW_RESERVED)) < 0 ||
	    (rc = labels_changes_add(&fixed, LABEL_PREPARED_AT, stamp, LABELS_ALLOW_RESERVED)) < 0) {
		exit_rc = tool_fail(rc);
		goto out;
	}
	labels = json_object();
	labels_apply(labels, &o->labels);
	labels_apply(labels, &fixed);
	if ((rc = tool_dt_client(&p.dt, &tool_interrupted)) < 0) {
		exit_rc = tool_fail(rc);
		goto out;
	}
	/* one GET: a missing or unusable snapshot fails before anything is created */
	rc = dt_snapshot_get(p.dt, snapname, &snap);
	if (rc < 0) {
		if (rc == BYOC_ENOTFOUND)
			byoc_fail(BYOC_ENOTFOUND, "snapshot '%s' not found: publish it with byoc-snapshot publish, "
				  "or pass --snapshot NAME", snapname);
		exit_rc = tool_fail(rc);
		goto out;
	}
	if (strcmp(snap->state, "active") != 0) {
		byoc_fail(BYOC_EREFUSED, "snapshot '%s' is %s, not active: wait for its build or publish it again",
			  snapname, snap->state);
		exit_rc = tool_fail(BYOC_EREFUSED);
		goto out;
	}
	dt_sandbox_create_init(&p.params);
	p.params.snapshot = snapname;
	p.params.labels = labels;
	p.params.env = o->env;
	p.params.auto_stop_interval = o->auto_stop;
	p.params.auto_archive_interval = o->auto_archive;
	p.params.auto_delete_interval = o->auto_delete;
	p.params.network_block_all = o->network_block_all;
	p.params.network_allow_list = o->network_allow;
	p.params.secrets = o->secrets;
	p.params.ttl_minutes = o->ttl;
	p.params.auto_pause_interval = o->auto_pause;
	p.params.retry = true;     /* a replay answering 409 is resolved by name */
	p.prepared_at = stamp;
	p.environment = env;
	p.timeout = o->timeout;
	p.count = o->count;
	p.jobs = calloc((size_t)p.count, sizeof(*p.jobs));
	if (!p.jobs) {
		exit_rc = tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
		goto out;
	}
	if ((rc = name_jobs(&p, o->name)) < 0) {
		exit_rc = tool_fail(rc);
		goto out;
	}
	run_pool(&p, o->parallel, snapname);

	if (!p.failed && !tool_interrupted) {
		if (o->json)
			out = json_array();
		for (i = 0; i < p.count; i++) {
			if (o->json)
				json_array_append_new(out, sandbox_summary(p.jobs[i].sb));
			else
				printf("%s\n", p.jobs[i].sb->id);
		}
		if (o->json)
			tool_print_json(out);
		exit_rc = EXIT_OK;
		goto out;
	}
	exit_rc = undo_pool(&p, o, stamp);
out:
	if (p.jobs) {
		for (i = 0; i < p.count; i++) {
			dt_sandbox_free(p.jobs[i].sb);
			free(p.jobs[i].lost_id);
		}
		free(p.jobs);
	}
	pthread_mutex_destroy(&p.lock);
	json_decref(out);
	json_decref(labels);
	dt_snapshot_free(snap);
	labels_changes_release(&fixed);
	dt_client_free(p.dt);
	return exit_rc;
}

/* ---- label ------------------------------------------------------------------------- */

static int cmd_label(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct labels_changes ch;
	struct dt_client *dt = NULL;
	json_t *final = NULL;
	int i, rc;

	if (argc < 2)
		return tool_usage_error("label needs a sandbox and at least one K=V or K-");
	labels_changes_init(&ch);
	for (i = 1; i < argc; i++) {
		if ((rc = labels_changes_parse(&ch, argv[i], 0)) < 0) {
			labels_changes_release(&ch);
			return tool_usage_error("%s", byoc_errmsg());
		}
	}
	if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 || (rc = dt_sandbox_merge_labels(dt, argv[0], &ch, NULL, &final)) < 0) {
		rc = tool_fail(rc);
		goto out;
	}
	if (o->json)
		tool_print_json(final);
	else
		printf("%s\n", argv[0]);
	rc = EXIT_OK;
out:
	json_decref(final);
	labels_changes_release(&ch);
	dt_client_free(dt);
	return rc;
}

/* ---- check -------------------------------------------------------------------------- */

static int cmd_check(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct labels_broken broken[LABELS_NRULES];
	struct dt_client *dt = NULL;
	struct dt_sandbox *s = NULL;
	const char *env = need_env(o);
	json_t *doc, *arr;
	int n, i, rc;

	if (argc != 1)
		return tool_usage_error("check needs exactly one sandbox id");
	if (!env)
		return tool_usage_error("no environment: pass --environment ENV or set ENVIRONMENT_ID");
	if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 || (rc = dt_sandbox_get(dt, argv[0], &s)) < 0) {
		dt_client_free(dt);
		return tool_fail(rc);
	}
	n = labels_check_attach(s->labels, argv[0], env, broken);
	if (o->json) {
		arr = json_array();
		for (i = 0; i < n; i++)
			json_array_append_new(arr, json_pack("{s:s, s:s}", "rule", labels_rule_name(broken[i].rule),
							     "message", broken[i].msg));
		doc = json_pack("{s:s, s:s, s:b, s:o}", "id", s->id, "environment", env, "attachable", n == 0,
				"broken", arr);
		tool_print_json(doc);
		json_decref(doc);
	}
	for (i = 0; i < n; i++)
		tool_error("%s", broken[i].msg);
	if (n == 0 && !o->json)
		printf("%s\n", s->id);
	dt_sandbox_free(s);
	dt_client_free(dt);
	return n ? EXIT_REFUSED : EXIT_OK;
}

/* ---- verify ------------------------------------------------------------------------- */

static bool interpreter_name_ok(const char *s)
{
	return *s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/+") == strlen(s);
}

/* The session's working directory the runner will use: --workdir, else ANTHROPIC_WORKDIR, else
 * /mnt/session as the guide's runner has it. */
static const char *verify_workdir(const struct opts *o)
{
	const char *w = o->workdir ? o->workdir : byoc_env("ANTHROPIC_WORKDIR");

	return w && *w ? w : "/mnt/session";
}

/* The checks run in the sandbox: it must be started. */
static int verify_open(const char *id, struct dt_client **dt, struct dt_sandbox **s, struct tbc **t)
{
	int rc;

	if ((rc = tool_dt_client(dt, &tool_interrupted)) < 0 ||
	    (rc = dt_sandbox_get_settled(*dt, id, http_now_ms() + 120000, s)) < 0)
		return rc;
	if (strcmp((*s)->state, "started") != 0)
		return byoc_fail(BYOC_EREFUSED, "sandbox '%s' is %s: start it first (byoc-sandbox start %s)", id,
				 (*s)->state, id);
	return tbc_new_for_sandbox(*dt, *s, t);
}

/* The reference's runner preflight (lib/runner's reference-preflight.sh), or with --runner
 * byoc-orchestrator's, the one the daemon runs before each launch: each missing piece named. */
static int cmd_verify(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	const char *py = o->python ? o->python : "python3.12";
	const char *workdir = o->runner ? (o->workdir ? o->workdir : "/workspace") : verify_workdir(o);
	struct runner_opts ro = { .workdir = workdir, .memory_dir = o->memory_stores ? "/mnt/memory" : NULL };
	struct dt_client *dt = NULL;
	struct dt_sandbox *s = NULL;
	struct tbc *t = NULL;
	json_t *missing = NULL, *doc, *m;
	size_t i;
	int rc, exit_rc;

	if (argc != 1)
		return tool_usage_error("verify needs exactly one sandbox id");
	if (o->runner && o->python)
		return tool_usage_error("--python names the reference's interpreter; --runner checks "
					"byoc-orchestrator's runner: use one");
	if (!o->runner && !interpreter_name_ok(py))
		return tool_usage_error("--python '%s' is not an interpreter name such as python3.12", py);
	if (!o->runner && (workdir[0] != '/' || strchr(workdir, '\n')))
		return tool_usage_error("--workdir '%s' must be an absolute path such as /mnt/session", workdir);
	if ((rc = verify_open(argv[0], &dt, &s, &t)) == 0)
		rc = o->runner ? runner_preflight_list(t, &ro, &missing)
			       : runner_reference_preflight_list(t, py, workdir, o->memory_stores, &missing);
	if (rc < 0) {
		exit_rc = tool_fail(rc);
		goto out;
	}
	if (o->json) {
		if (o->runner)
			doc = json_pack("{s:s, s:s, s:b, s:O}", "id", s->id, "runner", RUNNER_DEFAULT_COMMAND, "ok",
					json_array_size(missing) == 0, "missing", missing);
		else
			doc = json_pack("{s:s, s:s, s:s, s:b, s:b, s:O}", "id", s->id, "python", py, "workdir", workdir,
					"memoryStores", o->memory_stores, "ok", json_array_size(missing) == 0, "missing",
					missing);
		tool_print_json(doc);
		json_decref(doc);
	}
	json_array_foreach(missing, i, m)
		tool_error("%s", json_string_value(m));
	exit_rc = json_array_size(missing) ? EXIT_REFUSED : EXIT_OK;
	if (exit_rc == EXIT_OK && !o->json)
		printf("%s\n", s->id);
out:
	json_decref(missing);
	tbc_free(t);
	dt_sandbox_free(s);
	dt_client_free(dt);
	return exit_rc;
}

/* ---- list / get ------------------------------------------------------------------- */

static int cmd_list(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *dt = NULL;
	struct dt_sandbox_list l = { 0 };
	json_t *filter = json_object(), *arr = NULL;
	size_t i;
	int rc;

	(void)argv;
	if (argc != 0) {
		json_decref(filter);
		return tool_usage_error("list takes no arguments (use --environment and --mode)");
	}
	if (o->environment)
		json_object_set_new(filter, LABEL_ENVIRONMENT_ID, json_string(o->environment));
	if (o->mode)
		json_object_set_new(filter, LABEL_MODE, json_string(o->mode));
	if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 || (rc = dt_sandbox_list(dt, json_object_size(filter) ? filter : NULL, &l)) < 0) {
		rc = tool_fail(rc);
		goto out;
	}
	if (o->json)
		arr = json_array();
	for (i = 0; i < l.count; i++) {
		if (o->json)
			json_array_append_new(arr, sandbox_summary(l.items[i]));
		else
			printf("%s\n", l.items[i]->id);
	}
	if (o->json)
		tool_print_json(arr);
	rc = EXIT_OK;
out:
	json_decref(arr);
	json_decref(filter);
	dt_sandbox_list_release(&l);
	dt_client_free(dt);
	return rc;
}

static int cmd_get(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *dt = NULL;
	struct dt_sandbox *s = NULL;
	const char *k;
	json_t *v;
	int rc;

	if (argc != 1)
		return tool_usage_error("get needs exactly one sandbox id");
	if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 || (rc = dt_sandbox_get(dt, argv[0], &s)) < 0) {
		dt_client_free(dt);
		return tool_fail(rc);
	}
	if (o->json) {
		json_t *shown = dt_sandbox_json_redacted(s);

		if (!shown) {
			dt_sandbox_free(s);
			dt_client_free(dt);
			return tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
		}
		tool_print_json(shown);
		json_decref(shown);
	} else {
		printf("id\t%s\nname\t%s\nstate\t%s\nsnapshot\t%s\n", s->id, s->name ? s->name : "",
		       s->state ? s->state : "", s->snapshot ? s->snapshot : "");
		json_object_foreach((json_t *)s->labels, k, v)
			printf("label\t%s=%s\n", k, json_is_string(v) ? json_string_value(v) : "");
	}
	dt_sandbox_free(s);
	dt_client_free(dt);
	return EXIT_OK;
}

/* ---- lifecycle -------------------------------------------------------------------- */

static int cmd_lifecycle(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	static const char *const started[] = { "started", NULL };
	static const char *const stopped[] = { "stopped", NULL };
	static const char *const archived[] = { "archived", NULL };
	static const char *const destroyed[] = { "destroyed", NULL };
	const char *const *target;
	struct dt_client *dt = NULL;
	struct dt_sandbox *s = NULL;
	int i, rc, first = 0;

	if (argc < 1)
		return tool_usage_error("%s needs at least one sandbox id", verb);
	if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0)
		return tool_fail(rc);
	for (i = 0; i < argc && !tool_interrupted; i++) {
		char *id = NULL;

		if (!strcmp(verb, "start")) {
			rc = dt_sandbox_start(dt, argv[i], &s);
			target = started;
		} else if (!strcmp(verb, "stop")) {
			rc = dt_sandbox_stop(dt, argv[i], &s);
			target = stopped;
		} else if (!strcmp(verb, "archive")) {
			rc = dt_sandbox_archive(dt, argv[i], &s);
			target = archived;
		} else {
			/* by id (a deleted sandbox is renamed at once), asked again while Daytona
			 * refuses it during a transition (409, e.g. right after a create) */
			rc = dt_sandbox_get(dt, argv[i], &s);
			if (rc == 0)
				rc = dt_sandbox_delete_until(dt, s->id, deadline_after(o->timeout));
			target = destroyed;
		}
		if (rc == 0) {
			/* a deleted sandbox is renamed at once: wait on its id */
			id = strdup(s && s->id ? s->id : argv[i]);
			dt_sandbox_free(s);
			s = NULL;
			rc = id ? dt_sandbox_wait_state(dt, id, target, deadline_after(o->timeout), NULL)
				: byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		if (rc < 0) {
			tool_fail(rc);
			if (!first)
				first = rc;
		} else {
			printf("%s\n", argv[i]);
			fflush(stdout);
		}
		free(id);
	}
	dt_client_free(dt);
	if (tool_interrupted)
		return EXIT_INTERRUPTED;
	return first ? byoc_exit_code(first) : EXIT_OK;
}

/* ---- reap ------------------------------------------------------------------------- */

static int cmd_reap(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *dt = NULL;
	struct dt_sandbox_list l = { 0 };
	json_t *filter = NULL, *arr = json_array();
	time_t now = time(NULL), at;
	char **ids = NULL;
	const char **names = NULL;
	size_t i, n = 0;
	int rc, exit_rc;

	(void)argv;
	if (argc != 0) {
		json_decref(arr);
		return tool_usage_error("reap takes no arguments");
	}
	if (!o->environment || !o->older_than_set) {
		json_decref(arr);
		return tool_usage_error("reap needs --environment ENV and --older-than DURATION");
	}
	filter = json_pack("{s:s, s:s}", LABEL_ENVIRONMENT_ID, o->environment, LABEL_MODE, LABEL_MODE_PREPARED);
	if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 || (rc = dt_sandbox_list(dt, filter, &l)) < 0) {
		exit_rc = tool_fail(rc);
		goto out;
	}
	ids = calloc(l.count + 1, sizeof(char *));
	names = calloc(l.count + 1, sizeof(char *));
	if (!ids || !names) {
		exit_rc = tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
		goto out;
	}
	for (i = 0; i < l.count; i++) {
		struct dt_sandbox *s = l.items[i];
		const char *env = dt_sandbox_label(s, LABEL_ENVIRONMENT_ID);
		const char *mode = dt_sandbox_label(s, LABEL_MODE);
		const char *sid = dt_sandbox_label(s, LABEL_SESSION_ID);
		const char *pat = dt_sandbox_label(s, LABEL_PREPARED_AT);
		const char *basis = LABEL_PREPARED_AT;

		/* the server filtered already; check again, a delete is not undoable */
		if (!env || strcmp(env, o->environment) || !mode || strcmp(mode, LABEL_MODE_PREPARED))
			continue;
		if (json_object_get(s->labels, LABEL_SESSION_ID) && !(sid && !*sid))
			continue;   /* claimed by a session (any value but "") */
		if (!pat || labels_parse_time(pat, &at) < 0) {
			basis = "createdAt";
			if (!s->created_at || labels_parse_time(s->created_at, &at) < 0) {
				tool_warn("skipping %s: neither byoc.prepared_at nor createdAt is readable", s->id);
				continue;
			}
		}
		if ((long long)(now - at) <= o->older_than)
			continue;
		tool_info("%s %s (%s %lld s ago)", o->dry_run ? "would delete" : "deleting", s->id, basis,
			  (long long)(now - at));
		ids[n] = s->id;
		names[n++] = s->name ? s->name : s->id;
	}
	rc = o->dry_run || !n ? 0 : delete_all(dt, ids, names, n, o->timeout);
	for (i = 0; i < n; i++) {
		if (o->json)
			json_array_append_new(arr, json_string(ids[i]));
		else
			printf("%s\n", ids[i]);
	}
	if (o->json)
		tool_print_json(arr);
	exit_rc = tool_interrupted ? EXIT_INTERRUPTED : rc < 0 ? byoc_exit_code(rc) : EXIT_OK;
out:
	free(ids);
	free(names);
	json_decref(arr);
	json_decref(filter);
	dt_sandbox_list_release(&l);
	dt_client_free(dt);
	return exit_rc;
}

/* ---- main --------------------------------------------------------------------------- */

static int env_arg(struct opts *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	const char *p, *value;
	char *k;

	/* "--env K" takes K's value from this process's environment, as `docker run -e K` does,
	 * so that a secret need not appear on a command line. */
	if (!eq) {
		eq = arg + strlen(arg);
		if (!(value = getenv(arg)))
			return tool_usage_error("--env %s: %s is not set in the environment (use --env %s=VALUE)", arg,
						arg, arg);
	} else {
		value = eq + 1;
	}
	if (eq == arg)
		return tool_usage_error("--env '%s' is not K=V or K", arg);
	for (p = arg; p < eq; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_' ||
		      (p > arg && *p >= '0' && *p <= '9')))
			return tool_usage_error("--env '%s': the name must match [A-Za-z_][A-Za-z0-9_]*", arg);
	k = strndup(arg, (size_t)(eq - arg));
	if (!o->env)
		o->env = json_object();
	if (!k || !o->env || json_object_set_new(o->env, k, json_string(value)) < 0) {
		free(k);
		return tool_usage_error("--env '%s': the value is not valid UTF-8", arg);
	}
	free(k);
	return 0;
}

/* --secret VAR=NAME: the sandbox's VAR holds the placeholder of Daytona secret NAME. */
static int secret_arg(struct opts *o, const char *arg)
{
	const char *eq = strchr(arg, '='), *p;
	char *k;

	if (!eq || eq == arg || !eq[1])
		return tool_usage_error("--secret '%s' is not VAR=NAME (VAR the sandbox's variable, NAME the secret)", arg);
	for (p = arg; p < eq; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_' ||
		      (p > arg && *p >= '0' && *p <= '9')))
			return tool_usage_error("--secret '%s': VAR must match [A-Za-z_][A-Za-z0-9_]*", arg);
	if (dt_secret_name_check(eq + 1) < 0)
		return tool_usage_error("--secret: %s", byoc_errmsg());
	k = strndup(arg, (size_t)(eq - arg));
	if (!o->secrets)
		o->secrets = json_object();
	if (!k || !o->secrets || json_object_set_new(o->secrets, k, json_string(eq + 1)) < 0) {
		free(k);
		return tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
	}
	free(k);
	return 0;
}

/* A secret's value from a variable or a file, never from the command line. A file's one
 * trailing newline is dropped (echo > file); it holds at most 64 KiB. */
static int secret_value(const struct opts *o, const char *name, char **out)
{
	*out = NULL;
	if (!!o->from_env == !!o->from_file)
		return tool_usage_error("secret create %s: give exactly one of --from-env VAR and --from-file PATH "
					"(a value is never taken from the command line)", name);
	if (o->from_env) {
		const char *v = getenv(o->from_env);

		if (!v || !*v)
			return tool_fail(byoc_fail(BYOC_EUSAGE, "secret create %s: %s is not set or empty", name, o->from_env));
		*out = strdup(v);
	} else {
		FILE *f = fopen(o->from_file, "rb");
		char *buf = malloc(65537);
		size_t n = 0;

		if (!f || !buf) {
			free(buf);
			if (f)
				fclose(f);
			return tool_fail(byoc_fail_errno(BYOC_EUSAGE, "secret create %s: cannot read '%s'", name,
							 o->from_file));
		}
		n = fread(buf, 1, 65537, f);
		fclose(f);
		if (n > 65536) {
			free(buf);
			return tool_fail(byoc_fail(BYOC_EUSAGE, "secret create %s: '%s' is over 64 KiB", name, o->from_file));
		}
		if (n && buf[n - 1] == '\n')
			n--;
		if (n && buf[n - 1] == '\r')
			n--;
		buf[n] = '\0';
		if (!n || memchr(buf, '\0', n)) {
			free(buf);
			return tool_fail(byoc_fail(BYOC_EUSAGE, "secret create %s: '%s' is empty or binary", name,
						   o->from_file));
		}
		*out = buf;
	}
	return *out ? 0 : tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
}

/* secret create NAME | list | delete NAME...: Daytona secrets; a value is never printed. */
static int cmd_secret(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *dt = NULL;
	json_t *doc = NULL, *v;
	char *value = NULL;
	int rc, exit_rc = EXIT_OK, i;
	size_t k;

	if (argc < 1)
		return tool_usage_error("secret needs a verb: create NAME, list, delete NAME...");
	if (strcmp(argv[0], "create") && (o->from_env || o->from_file || o->hosts || o->description))
		return tool_usage_error("--from-env, --from-file, --host and --description are for 'secret create'");
	if (!strcmp(argv[0], "create")) {
		if (argc != 2)
			return tool_usage_error("secret create takes one NAME");
		if (dt_secret_name_check(argv[1]) < 0)
			return tool_usage_error("%s", byoc_errmsg());
		if ((rc = secret_value(o, argv[1], &value)) != 0)
			return rc;
		if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 ||
		    (rc = dt_secret_create(dt, argv[1], value, o->hosts, o->description, &doc)) < 0) {
			exit_rc = tool_fail(rc);
			goto out;
		}
		if (o->json)
			tool_print_json(doc);
		else
			printf("%s\n", json_string_value(json_object_get(doc, "name")) ?
					       json_string_value(json_object_get(doc, "name")) : argv[1]);
	} else if (!strcmp(argv[0], "list")) {
		if (argc != 1)
			return tool_usage_error("secret list takes no arguments");
		if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0 || (rc = dt_secret_list(dt, &doc)) < 0) {
			exit_rc = tool_fail(rc);
			goto out;
		}
		if (o->json) {
			tool_print_json(doc);
		} else {
			json_array_foreach(doc, k, v)
				printf("%s\n", json_string_value(json_object_get(v, "name")));
		}
	} else if (!strcmp(argv[0], "delete")) {
		if (argc < 2)
			return tool_usage_error("secret delete takes one or more NAMEs");
		if ((rc = tool_dt_client(&dt, &tool_interrupted)) < 0) {
			exit_rc = tool_fail(rc);
			goto out;
		}
		for (i = 1; i < argc; i++) {
			if ((rc = dt_secret_delete(dt, argv[i])) < 0) {
				exit_rc = tool_fail(rc);
				continue;
			}
			printf("%s\n", argv[i]);
		}
	} else {
		exit_rc = tool_usage_error("unknown secret verb '%s': create, list or delete", argv[0]);
	}
out:
	wipe_str_free(value);
	json_decref(doc);
	dt_client_free(dt);
	return exit_rc;
}

static int interval_arg(const char *opt, const char *s, long min, int *out)
{
	long v;
	int rc;

	if ((rc = tool_parse_long(opt, s, min, 1000000000, &v)) != 0)
		return rc;
	*out = (int)v;
	return 0;
}

/* Each command and the options it takes (besides --quiet, --verbose, --help). */
static const int create_opts[] = { O_ENV, O_SNAPSHOT, O_NAME, O_LABEL, O_SETENV, O_AUTOSTOP, O_AUTOARCHIVE,
				   O_AUTODELETE, O_NETBLOCK, O_COUNT, O_PARALLEL, O_KEEPFAILED, O_TIMEOUT,
				   O_SECRET, O_TTL, O_AUTOPAUSE, O_NETALLOW, O_JSON, 0 };
static const int json_opts[] = { O_JSON, 0 };
static const int check_opts[] = { O_ENV, O_JSON, 0 };
static const int verify_opts[] = { O_PYTHON, O_WORKDIR, O_MEMORY, O_RUNNER, O_JSON, 0 };
static const int list_opts[] = { O_ENV, O_MODE, O_JSON, 0 };
static const int lifecycle_opts[] = { O_TIMEOUT, 0 };
static const int reap_opts[] = { O_ENV, O_OLDER, O_DRYRUN, O_TIMEOUT, O_JSON, 0 };
static const int secret_opts[] = { O_FROMENV, O_FROMFILE, O_HOST, O_DESCRIPTION, O_JSON, 0 };

static const struct tool_cmd commands[] = {
	{ "create", cmd_create, create_opts, true },
	{ "label", cmd_label, json_opts, true },
	{ "check", cmd_check, check_opts, true },
	{ "verify", cmd_verify, verify_opts, true },
	{ "list", cmd_list, list_opts, true },
	{ "get", cmd_get, json_opts, true },
	{ "start", cmd_lifecycle, lifecycle_opts, true },
	{ "stop", cmd_lifecycle, lifecycle_opts, true },
	{ "archive", cmd_lifecycle, lifecycle_opts, true },
	{ "delete", cmd_lifecycle, lifecycle_opts, true },
	{ "reap", cmd_reap, reap_opts, true },
	{ "secret", cmd_secret, secret_opts, true },
	{ NULL, NULL, NULL, false },
};

int main(int argc, char **argv)
{
	struct opts o;
	const struct tool_cmd *cmd;
	int c, rc = 0;

	tool_init(argc, argv);
	memset(&o, 0, sizeof(o));
	labels_changes_init(&o.labels);
	o.auto_stop = o.auto_archive = o.auto_delete = o.ttl = o.auto_pause = DT_UNSET;
	o.count = 1;
	o.parallel = 8;
	o.timeout = 300;
	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (!(cmd = tool_cmd_find(commands, argv[1]))) {
		rc = tool_usage_error("unknown command '%s'", argv[1]);
		goto out;
	}
	optind = 2;
	while ((c = getopt_long(argc, argv, "qvh", long_opts, NULL)) != -1) {
		if ((rc = tool_cmd_option(cmd, long_opts, c)))
			goto out;
		switch (c) {
		case O_ENV: o.environment = optarg; break;
		case O_SNAPSHOT: o.snapshot = optarg; break;
		case O_NAME: o.name = optarg; break;
		case O_LABEL:
			if (labels_changes_parse(&o.labels, optarg, LABELS_NO_DROP) < 0)
				rc = tool_usage_error("--label: %s", byoc_errmsg());
			break;
		case O_SETENV: rc = env_arg(&o, optarg); break;
		case O_AUTOSTOP: rc = interval_arg("--auto-stop", optarg, 0, &o.auto_stop); break;
		case O_AUTOARCHIVE: rc = interval_arg("--auto-archive", optarg, 0, &o.auto_archive); break;
		case O_AUTODELETE: rc = interval_arg("--auto-delete", optarg, -1, &o.auto_delete); break;
		case O_NETBLOCK: o.network_block_all = true; break;
		case O_COUNT: rc = tool_parse_long("--count", optarg, 1, 10000, &o.count); break;
		case O_PARALLEL: rc = tool_parse_long("--parallel", optarg, 1, 64, &o.parallel); break;
		case O_KEEPFAILED: o.keep_failed = true; break;
		case O_TIMEOUT: rc = tool_parse_long("--timeout", optarg, 1, 86400 * 7, &o.timeout); break;
		case O_PYTHON: o.python = optarg; break;
		case O_WORKDIR: o.workdir = optarg; break;
		case O_MEMORY: o.memory_stores = true; break;
		case O_SECRET: rc = secret_arg(&o, optarg); break;
		case O_TTL: rc = interval_arg("--ttl", optarg, 0, &o.ttl); break;
		case O_AUTOPAUSE: rc = interval_arg("--auto-pause", optarg, 0, &o.auto_pause); break;
		case O_NETALLOW:
			if (dt_network_allow_check(optarg) < 0)
				rc = tool_usage_error("--network-allow: %s", byoc_errmsg());
			o.network_allow = optarg;
			break;
		case O_FROMENV: o.from_env = optarg; break;
		case O_FROMFILE: o.from_file = optarg; break;
		case O_HOST:
			if (!o.hosts)
				o.hosts = json_array();
			json_array_append_new(o.hosts, json_string(optarg));
			break;
		case O_DESCRIPTION: o.description = optarg; break;
		case O_RUNNER: o.runner = true; break;
		case O_MODE: o.mode = optarg; break;
		case O_OLDER:
			rc = parse_duration(optarg, &o.older_than);
			o.older_than_set = true;
			break;
		case O_DRYRUN: o.dry_run = true; break;
		case O_JSON: o.json = true; break;
		case 'q': tool_quiet = true; break;
		case 'v': tool_verbose = true; break;
		case 'h':
			fputs(usage_text, stdout);
			rc = -1;
			break;
		default:
			rc = tool_usage_error("bad option");
			break;
		}
		if (rc)
			goto out;
	}
	rc = tool_cmd_run(cmd, &o, argc - optind, argv + optind);
out:
	labels_changes_release(&o.labels);
	json_decref(o.env);
	json_decref(o.secrets);
	json_decref(o.hosts);
	return rc < 0 ? EXIT_OK : rc;
}
