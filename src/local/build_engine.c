/*
 * The snapshot build engine: a thread (started by snap_startup, or by the
 * first snapshot request) moves snapshot documents through Daytona's states on
 * a timer of --build-seconds per build, runs each build (build_run) on its own
 * thread, and picks up after a restart whatever was pending or building.
 */
#include "local/build_int.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "local/server.h"
#include "util/err.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct local *L;
	bool started;
	bool stop;
	pthread_t thr;
	char **running;      /* ids with a build thread */
	size_t nrunning;
	int nthreads;
} eng = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, false, false, 0, NULL, 0, 0 };

void build_snapshot_dir(struct local *L, const char *id, char *out, size_t n)
{
	snprintf(out, n, "%s/snapshots/%s", local_state_dir(L), id);
}

static bool running_has(const char *id)
{
	bool r = false;

	pthread_mutex_lock(&eng.mu);
	for (size_t i = 0; i < eng.nrunning; i++)
		if (!strcmp(eng.running[i], id))
			r = true;
	pthread_mutex_unlock(&eng.mu);
	return r;
}

static bool running_add(const char *id)
{
	char **nv;
	bool ok = false;

	pthread_mutex_lock(&eng.mu);
	nv = realloc(eng.running, (eng.nrunning + 1) * sizeof(*nv));
	if (nv) {
		eng.running = nv;
		eng.running[eng.nrunning] = strdup(id);
		if (eng.running[eng.nrunning]) {
			eng.nrunning++;
			eng.nthreads++;
			ok = true;
		}
	}
	pthread_mutex_unlock(&eng.mu);
	return ok;
}

static void running_del(const char *id)
{
	pthread_mutex_lock(&eng.mu);
	for (size_t i = 0; i < eng.nrunning; i++) {
		if (!strcmp(eng.running[i], id)) {
			free(eng.running[i]);
			eng.running[i] = eng.running[--eng.nrunning];
			break;
		}
	}
	eng.nthreads--;
	pthread_cond_broadcast(&eng.cv);
	pthread_mutex_unlock(&eng.mu);
}

static const char *jstr(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));

	return s ? s : "";
}

enum build_action build_next(const json_t *doc, double now, double build_seconds, bool build_running,
			     const char **next)
{
	const char *state = jstr(doc, "state");
	double since = json_number_value(json_object_get(doc, "_since"));
	double pend = 0.2 * build_seconds, work = build_seconds;
	bool built = json_is_true(json_object_get(doc, "_built"));
	bool build_mode = json_is_object(json_object_get(doc, "buildInfo"));

	*next = NULL;
	if (!strcmp(state, "pending")) {
		if (now - since < pend)
			return BUILD_WAIT;
		if (built) {
			*next = "active";
			return BUILD_ACTIVATE;
		}
		*next = build_mode ? "building" : "pulling";
		return build_mode ? BUILD_START : BUILD_PULL;
	}
	if (!strcmp(state, "pulling")) {
		if (now - since < work)
			return BUILD_WAIT;
		*next = "active";
		return BUILD_ACTIVATE;
	}
	if (!strcmp(state, "building")) {
		if (build_running)
			return BUILD_WAIT;
		*next = "building";
		return BUILD_RESUME;
	}
	if (!strcmp(state, "removing")) {
		if (build_running || now - since < BUILD_REMOVE_SECONDS)
			return BUILD_WAIT;
		return BUILD_REMOVE;
	}
	return BUILD_WAIT;
}

static void set_state(json_t *d, const char *state)
{
	char now[40];

	local_now_iso(now, sizeof(now));
	json_object_set_new(d, "state", json_string(state));
	json_object_set_new(d, "updatedAt", json_string(now));
	json_object_set_new(d, "_since", json_real(now_s()));
}

struct bthread {
	struct local *L;
	char id[64];
};

static bool still_building(void *arg)
{
	struct bthread *bt = arg;
	bool r;

	if (local_stopping(bt->L) || eng.stop)
		return true;
	local_lock(bt->L);
	r = strcmp(jstr(store_get(bt->L, "snapshots", bt->id), "state"), "building") != 0;
	local_unlock(bt->L);
	return r;
}

/* The stored context tar of each hash the build names (NULL where none was uploaded: the build
 * says so), and the hashes as labels for its messages. */
static void context_tars(struct local *L, const char *org, json_t *hashes, char **paths, char **labels)
{
	for (size_t i = 0; i < json_array_size(hashes); i++) {
		char key[1024], path[4096];
		const char *h = json_string_value(json_array_get(hashes, i));

		labels[i] = strdup(h ? h : "");
		snprintf(key, sizeof(key), "%s/%s/context.tar", org, h ? h : "");
		if (h && *h && !strchr(h, '/') && local_object_path(L, key, path, sizeof(path)) == 0)
			paths[i] = strdup(path);
	}
	byoc_err_clear();
}

/* The snapshot, if still building, becomes active with what the build found (size, env,
 * workdir, user) or build_failed with its reason. */
static void record_build_end(struct local *L, const char *id, int rc, const struct build_result *res)
{
	json_t *doc, *d;

	local_lock(L);
	doc = store_get(L, "snapshots", id);
	if (doc && !strcmp(jstr(doc, "state"), "building") && (d = json_deep_copy(doc))) {
		set_state(d, rc == 0 ? "active" : "build_failed");
		if (rc == 0) {
			double gb = (double)res->bytes / (1024.0 * 1024 * 1024);

			json_object_set_new(d, "errorReason", json_null());
			json_object_set_new(d, "size", json_real(round(gb * 1000) / 1000));
			json_object_set_new(d, "_built", json_true());
			json_object_set(d, "_env", res->env);
			json_object_set_new(d, "_workdir", res->workdir ? json_string(res->workdir) : json_null());
			json_object_set_new(d, "_user", res->user ? json_string(res->user) : json_null());
		} else {
			json_object_set_new(d, "errorReason", json_string(res->error ? res->error : "build failed"));
		}
		if (store_put(L, "snapshots", id, d) < 0)
			local_log("snapshot %s: cannot record the build's end: %s", id, byoc_errmsg());
	}
	local_unlock(L);
}

static void *build_thread(void *arg)
{
	struct bthread *bt = arg;
	struct local *L = bt->L;
	char dir[4096], logp[4200], tmp[4200], rootfs[4200];
	char *dockerfile = NULL, *ref = NULL, *org = NULL;
	char **paths = NULL, **labels = NULL;
	size_t n = 0, i;
	struct build_job job;
	struct build_result res;
	json_t *doc, *hashes = NULL;
	int rc, logfd = -1;

	memset(&res, 0, sizeof(res));
	local_lock(L);
	doc = store_get(L, "snapshots", bt->id);
	if (!doc || strcmp(jstr(doc, "state"), "building")) {
		local_unlock(L);
		goto done;
	}
	{
		json_t *bi = json_object_get(doc, "buildInfo");

		dockerfile = strdup(jstr(bi, "dockerfileContent"));
		ref = strdup(jstr(bi, "snapshotRef"));
		org = strdup(jstr(doc, "organizationId"));
		hashes = json_deep_copy(json_object_get(bi, "contextHashes"));
	}
	local_unlock(L);
	if (!dockerfile || !ref || !org)
		goto done;
	n = json_array_size(hashes);
	paths = calloc(n + 1, sizeof(char *));
	labels = calloc(n + 1, sizeof(char *));
	if (!paths || !labels)
		goto done;
	context_tars(L, org, hashes, paths, labels);
	build_snapshot_dir(L, bt->id, dir, sizeof(dir));
	snprintf(logp, sizeof(logp), "%s/build.log", dir);
	snprintf(tmp, sizeof(tmp), "%s/rootfs.tmp", dir);
	snprintf(rootfs, sizeof(rootfs), "%s/rootfs", dir);
	mkdir(dir, 0755);
	logfd = open(logp, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
	build_rmtree(tmp);
	memset(&job, 0, sizeof(job));
	job.dockerfile = dockerfile;
	job.tars = (const char *const *)paths;
	job.labels = (const char *const *)labels;
	job.ntars = n;
	job.rootfs = tmp;
	job.log_fd = logfd;
	job.seconds = local_opts(L)->build_seconds;
	job.tag = ref;
	job.cancelled = still_building;
	job.arg = bt;
	rc = build_run(&job, &res);
	if (rc == BYOC_EINTR) {
		build_rmtree(tmp);
		goto done;
	}
	if (rc == 0) {
		build_rmtree(rootfs);
		if (rename(tmp, rootfs) < 0) {
			free(res.error);
			res.error = strdup("failed to export the image: cannot move the snapshot's files into place");
			rc = BYOC_EBUILD;
		}
	} else {
		build_rmtree(tmp);
		mkdir(rootfs, 0755);
	}
	record_build_end(L, bt->id, rc, &res);
done:
	if (logfd >= 0)
		close(logfd);
	build_result_release(&res);
	for (i = 0; paths && i < n; i++)
		free(paths[i]);
	for (i = 0; labels && i < n; i++)
		free(labels[i]);
	free(paths);
	free(labels);
	json_decref(hashes);
	free(dockerfile);
	free(ref);
	free(org);
	running_del(bt->id);
	free(bt);
	return NULL;
}

static void spawn_build(struct local *L, const char *id)
{
	struct bthread *bt = calloc(1, sizeof(*bt));
	pthread_attr_t at;
	pthread_t t;

	if (!bt)
		return;
	bt->L = L;
	snprintf(bt->id, sizeof(bt->id), "%s", id);
	if (!running_add(id)) {
		free(bt);
		return;
	}
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	if (pthread_create(&t, &at, build_thread, bt) != 0) {
		local_log("snapshot %s: cannot start a build thread", id);
		running_del(id);
		free(bt);
	}
	pthread_attr_destroy(&at);
}

struct todo {
	char id[64];
	enum build_action act;
};

struct todo_list {
	struct todo *v;
	size_t n;
	double now, secs;
};

static int collect_cb(const char *id, json_t *doc, void *arg)
{
	struct todo_list *tl = arg;
	const char *next;
	enum build_action a;
	struct todo *nv;

	if (strlen(id) >= sizeof(tl->v->id))
		return 0;
	a = build_next(doc, tl->now, tl->secs, running_has(id), &next);
	if (a == BUILD_WAIT)
		return 0;
	nv = realloc(tl->v, (tl->n + 1) * sizeof(*nv));
	if (!nv)
		return 1;
	tl->v = nv;
	snprintf(nv[tl->n].id, sizeof(nv->id), "%s", id);
	nv[tl->n].act = a;
	tl->n++;
	return 0;
}

static void apply(struct local *L, const struct todo *t, double secs)
{
	char dir[4096], path[4200];
	const char *next;
	json_t *doc, *d;
	enum build_action a;

	local_lock(L);
	doc = store_get(L, "snapshots", t->id);
	if (!doc) {
		local_unlock(L);
		return;
	}
	/* the document may have moved since it was collected */
	a = build_next(doc, now_s(), secs, running_has(t->id), &next);
	if (a != t->act) {
		local_unlock(L);
		return;
	}
	build_snapshot_dir(L, t->id, dir, sizeof(dir));
	switch (a) {
	case BUILD_REMOVE:
		store_del(L, "snapshots", t->id);
		local_unlock(L);
		build_rmtree(dir);
		return;
	case BUILD_RESUME:
		local_unlock(L);
		local_log("snapshot %s: resuming its build", t->id);
		spawn_build(L, t->id);
		return;
	case BUILD_START:
	case BUILD_PULL:
	case BUILD_ACTIVATE:
		d = json_deep_copy(doc);
		if (!d)
			break;
		set_state(d, next);
		mkdir(dir, 0755);
		if (a == BUILD_START) {
			/* the log exists from the moment the build is assigned to the runner */
			int fd;

			snprintf(path, sizeof(path), "%s/build.log", dir);
			fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
			if (fd >= 0)
				close(fd);
		}
		if (a != BUILD_ACTIVATE)
			json_object_set_new(d, "initialRunnerId", json_string(BUILD_RUNNER_ID));
		if (a == BUILD_ACTIVATE) {
			snprintf(path, sizeof(path), "%s/rootfs", dir);
			mkdir(path, 0755);
			json_object_set_new(d, "_built", json_true());
			json_object_set_new(d, "errorReason", json_null());
			if (json_is_null(json_object_get(d, "size")) || !json_object_get(d, "size"))
				json_object_set_new(d, "size", json_real(0));
		}
		if (store_put(L, "snapshots", t->id, d) < 0) {
			local_log("snapshot %s: cannot record state '%s': %s", t->id, next, byoc_errmsg());
			local_unlock(L);
			return;
		}
		local_unlock(L);
		if (a == BUILD_START)
			spawn_build(L, t->id);
		return;
	default:
		break;
	}
	local_unlock(L);
}

static void *engine_thread(void *arg)
{
	struct local *L = arg;

	pthread_mutex_lock(&eng.mu);
	while (!eng.stop) {
		struct todo_list tl = { NULL, 0, 0, 0 };
		struct timespec ts;

		pthread_mutex_unlock(&eng.mu);
		tl.now = now_s();
		tl.secs = local_opts(L)->build_seconds;
		store_each(L, "snapshots", collect_cb, &tl);
		for (size_t i = 0; i < tl.n && !eng.stop; i++)
			apply(L, &tl.v[i], tl.secs);
		free(tl.v);
		pthread_mutex_lock(&eng.mu);
		if (eng.stop)
			break;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 40 * 1000 * 1000;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&eng.cv, &eng.mu, &ts);
	}
	pthread_mutex_unlock(&eng.mu);
	return NULL;
}

void build_engine_start(struct local *L)
{
	pthread_mutex_lock(&eng.mu);
	if (!eng.started) {
		eng.L = L;
		eng.stop = false;
		if (pthread_create(&eng.thr, NULL, engine_thread, L) == 0)
			eng.started = true;
		else
			local_log("cannot start the snapshot build engine");
	}
	pthread_cond_broadcast(&eng.cv);
	pthread_mutex_unlock(&eng.mu);
}

void build_engine_kick(struct local *L)
{
	build_engine_start(L);
}

void build_engine_stop(struct local *L)
{
	struct timespec ts;
	bool join;

	(void)L;
	pthread_mutex_lock(&eng.mu);
	join = eng.started;
	eng.stop = true;
	pthread_cond_broadcast(&eng.cv);
	pthread_mutex_unlock(&eng.mu);
	if (join)
		pthread_join(eng.thr, NULL);
	/* builds notice the stop at their next step; they resume after a restart */
	pthread_mutex_lock(&eng.mu);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 10;
	while (eng.nthreads > 0)
		if (pthread_cond_timedwait(&eng.cv, &eng.mu, &ts) != 0)
			break;
	eng.started = false;
	for (size_t i = 0; i < eng.nrunning; i++)
		free(eng.running[i]);
	free(eng.running);
	eng.running = NULL;
	eng.nrunning = 0;
	pthread_mutex_unlock(&eng.mu);
}
