/*
 * byoc-orchestrator: serves one self-hosted environment's work queue. It claims
 * work (long polling, or on a signed webhook plus a safety-net drain), hands
 * each item to a worker thread that runs it to a runner in the session's
 * sandbox or a stop (lib/orch), runs the janitor every JANITOR_SECONDS, logs one
 * line per event (text or JSON), serves Prometheus metrics, and drains on
 * SIGTERM: it stops claiming, lets the items in hand finish, and stops the
 * ones no worker took, so no claimed work is left without a runner or a stop.
 */
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <getopt.h>
#include <stdint.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd/tool.h"
#include "lib/anthropic.h"
#include "lib/daytona.h"
#include "lib/labels.h"
#include "lib/metrics.h"
#include "lib/orch.h"
#include "lib/snapname.h"
#include "lib/webhook.h"
#include "lib/workq.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/num.h"
#include "util/rand.h"

static const char usage_text[] =
	"usage: byoc-orchestrator [--poll | --webhook ADDR] [options]\n"
	"\n"
	"Serves one self-hosted environment: claims its work, runs each session's runner in\n"
	"the session's Daytona sandbox, and keeps the sandboxes tidy.\n"
	"\n"
	"modes:\n"
	"  --poll                long-poll the work queue (the default)\n"
	"  --webhook ADDR        serve Standard Webhooks on ADDR (HOST:PORT): a signed\n"
	"                        session.status_run_started drains the queue; GET /healthz;\n"
	"                        a safety-net drain every WEBHOOK_DRAIN_SECONDS\n"
	"\n"
	"options:\n"
	"  --config FILE         read settings from FILE (KEY=VALUE lines) after the environment\n"
	"  --metrics ADDR        serve Prometheus metrics at http://ADDR/metrics\n"
	"  --log-format FMT      text (default) or json: one object per line\n"
	"  --workers N           work items handled at once (default 8)\n"
	"  --pass-environment-key  give runners ANTHROPIC_ENVIRONMENT_KEY (off: they get only\n"
	"                        the work item's per-session secret)\n"
	"  --once                one drain and one janitor pass, then exit\n"
	"  --foreground          run in the foreground (the default; for containers and systemd)\n"
	"  -v, --verbose         HTTP traces (secrets redacted)\n"
	"  -q, --quiet           warnings and errors only\n"
	"  -h, --help            this help\n"
	"\n"
	"settings (environment, then --config FILE, then .env; never on the command line):\n"
	"  ENVIRONMENT_ID, ANTHROPIC_ENVIRONMENT_KEY, DAYTONA_API_KEY (required)\n"
	"  ANTHROPIC_BASE_URL, DAYTONA_API_URL, DAYTONA_TARGET, ANTHROPIC_WEBHOOK_SECRET (webhook mode)\n"
	"  JANITOR_SECONDS (60), MAX_IDLE_DAYS (30), PREPARED_TTL_HOURS (0: never)\n"
	"  POLL_BLOCK_MS (999), POLL_RECLAIM_OLDER_THAN_MS (2000), WEBHOOK_DRAIN_SECONDS (30),\n"
	"  WEBHOOK_RECLAIM_OLDER_THAN_MS (2000), RUNNER_MAX_IDLE_SECONDS (300),\n"
	"  RUNNER_LAUNCH_PROBE_SECONDS (3), RUNNER_REPLACE_GRACE_SECONDS (10),\n"
	"  DEFAULT_SNAPSHOT_NAME (byoc-env-default-<sha8 of the reference's Dockerfile.default>),\n"
	"  RUNNER_COMMAND, RUNNER_CHECK, RUNNER_WORKDIR (/workspace), RUNNER_BASE_URL,\n"
	"  ORCHESTRATOR_LOCK_FILE (/tmp/anthropic-selfhosted-orchestrator-<ENVIRONMENT_ID>.lock)\n"
	"\n"
	"exit status: 0 drained and stopped, 1 failure, 2 usage or configuration, 7 refused\n"
	"credentials; a second orchestrator of the same environment exits 1 naming the lock.\n";

/* ---- settings ------------------------------------------------------------------ */

static struct {
	char **kv;   /* "KEY=VALUE" from --config */
	size_t n;
} config_file;

static void config_add(const char *k, const char *v, void *arg)
{
	char **nkv = realloc(config_file.kv, (config_file.n + 1) * sizeof *nkv);
	(void)arg;
	if (!nkv)
		return;
	config_file.kv = nkv;
	if (asprintf(&config_file.kv[config_file.n], "%s=%s", k, v) >= 0)
		config_file.n++;
}

/* The environment first, then the file named by --config, then .env (util/env). */
static const char *setting(const char *name)
{
	const char *v = getenv(name);
	size_t len = strlen(name);

	if (v && *v)
		return v;
	for (size_t i = config_file.n; i-- > 0;)   /* the last value wins, as dotenv tools read */
		if (!strncmp(config_file.kv[i], name, len) && config_file.kv[i][len] == '=')
			return config_file.kv[i][len + 1] ? config_file.kv[i] + len + 1 : NULL;
	return byoc_env(name);
}

static int setting_long(const char *name, long def, long min, long max, long *out)
{
	const char *v = setting(name);

	*out = def;
	if (v && !num_parse_long(v, min, max, out)) {
		tool_error("%s must be a whole number from %ld to %ld, not '%s'", name, min, max, v);
		return -1;
	}
	return 0;
}

static int setting_double(const char *name, double def, double min, double *out)
{
	const char *v = setting(name);
	char *end;

	*out = def;
	if (!v)
		return 0;
	errno = 0;
	*out = strtod(v, &end);
	if (errno || end == v || *end || *out < min || *out != *out) {
		tool_error("%s must be a number of at least %g, not '%s'", name, min, v);
		return -1;
	}
	return 0;
}

/* ---- logging ------------------------------------------------------------------- */

static bool log_json;
static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;
static const char *const level_names[] = {"debug", "info", "warn", "error"};

/* One line per event: "TS LEVEL EVENT k=v ..." or one JSON object, built whole and written
 * with one call (stderr is unbuffered: piece by piece it was a write per character). */
static void log_event(void *arg, enum orch_level level, const char *event, const json_t *fields)
{
	struct buf line;
	char ts[40];
	const char *k;
	json_t *v;

	(void)arg;
	if (tool_quiet && level < ORCH_WARN)
		return;
	labels_iso_time(time(NULL), ts, sizeof ts);
	buf_init(&line, 0);
	if (log_json) {
		json_t *o = json_pack("{s:s, s:s, s:s}", "ts", ts, "level", level_names[level], "event", event);
		char *s;
		if (o && fields)
			json_object_update(o, (json_t *)fields);
		if (o && (s = json_dumps(o, JSON_COMPACT))) {
			buf_puts(&line, s);
			free(s);
		}
		json_decref(o);
	} else {
		buf_printf(&line, "%s %s %s", ts, level_names[level], event);
		json_object_foreach((json_t *)fields, k, v) {
			if (json_is_string(v)) {
				const char *s = json_string_value(v);
				/* Quote values with spaces, and keep each event on one line. */
				bool quote = !*s || strpbrk(s, " \t\"=") != NULL;
				buf_printf(&line, " %s=%s", k, quote ? "\"" : "");
				for (; *s; s++)
					buf_puts(&line, *s == '\n' ? "\\n" : *s == '"' ? "\\\"" : (char[2]){*s, 0});
				buf_puts(&line, quote ? "\"" : "");
			} else {
				char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
				buf_printf(&line, " %s=%s", k, s ? s : "?");
				free(s);
			}
		}
	}
	if (line.data) {
		buf_puts(&line, "\n");
		pthread_mutex_lock(&log_mu);
		fwrite(line.data, 1, line.len, stderr);
		pthread_mutex_unlock(&log_mu);
	}
	buf_release(&line);
}

#define LOG(level, event, ...)                                                      \
	do {                                                                        \
		json_t *f_ = json_pack(__VA_ARGS__);                                \
		log_event(NULL, level, event, f_);                                  \
		json_decref(f_);                                                    \
	} while (0)

/* ---- the work queue between the claimer and the workers -------------------------- */

static struct {
	pthread_mutex_t mu;
	pthread_cond_t cv, idle_cv;
	struct workq_item **items;
	size_t n, cap;
	int busy, workers;
	bool closing;
	char (*current)[128];   /* per worker: the work id it handles ("" when idle) */
} q = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, 0, 0, false, NULL};

/* True when id is queued or being handled (the caller holds q.mu): a poll that reclaims
 * an item we hold must not start it twice. */
static bool in_hand(const char *id)
{
	for (size_t i = 0; i < q.n; i++)
		if (!strcmp(q.items[i]->id, id))
			return true;
	for (int i = 0; i < q.workers; i++)
		if (!strcmp(q.current[i], id))
			return true;
	return false;
}

static struct orch *orch;
static struct anthropic_client *ma;
static const char *env_id;
static char worker_id[64];

static void enqueue(void *arg, struct workq_item *w)
{
	(void)arg;
	pthread_mutex_lock(&q.mu);
	for (size_t i = 0; i < q.n; i++)
		if (!strcmp(q.items[i]->id, w->id)) {
			/* still queued: the newer claim's secret is the one that works now */
			workq_item_free(q.items[i]);
			q.items[i] = w;
			pthread_mutex_unlock(&q.mu);
			LOG(ORCH_DEBUG, "work.already_in_hand", "{s:s, s:s}", "work_id", w->id, "kept", "newer_claim");
			return;
		}
	if (in_hand(w->id)) {
		pthread_mutex_unlock(&q.mu);
		LOG(ORCH_DEBUG, "work.already_in_hand", "{s:s}", "work_id", w->id);
		workq_item_free(w);
		return;
	}
	if (q.n == q.cap) {
		size_t cap = q.cap ? q.cap * 2 : 16;
		struct workq_item **ni = realloc(q.items, cap * sizeof *ni);
		if (!ni) {
			pthread_mutex_unlock(&q.mu);
			workq_stop(ma, env_id, w->id, true);   /* nobody can take it: let it go */
			workq_item_free(w);
			return;
		}
		q.items = ni;
		q.cap = cap;
	}
	q.items[q.n++] = w;
	pthread_cond_signal(&q.cv);
	pthread_mutex_unlock(&q.mu);
}

/* Workers free to take an item now (the claimer asks for no more than that). */
static int free_workers(void)
{
	int n;

	pthread_mutex_lock(&q.mu);
	n = q.workers - q.busy - (int)q.n;
	pthread_mutex_unlock(&q.mu);
	return n;
}

static void *worker(void *arg)
{
	int me = (int)(intptr_t)arg;

	for (;;) {
		struct workq_item *w;
		struct orch_result res;

		pthread_mutex_lock(&q.mu);
		while (!q.n && !q.closing)
			pthread_cond_wait(&q.cv, &q.mu);
		if (!q.n) {
			pthread_mutex_unlock(&q.mu);
			return NULL;
		}
		w = q.items[0];
		memmove(q.items, q.items + 1, --q.n * sizeof *q.items);
		q.busy++;
		snprintf(q.current[me], sizeof q.current[me], "%s", w->id);
		pthread_mutex_unlock(&q.mu);

		orch_handle_work(orch, w, &res);
		workq_item_free(w);

		pthread_mutex_lock(&q.mu);
		q.current[me][0] = '\0';
		q.busy--;
		pthread_cond_broadcast(&q.idle_cv);
		pthread_mutex_unlock(&q.mu);
	}
}

/* Waits until every claimed item was handled. */
static void wait_idle(void)
{
	pthread_mutex_lock(&q.mu);
	while (q.n || q.busy)
		pthread_cond_wait(&q.idle_cv, &q.mu);
	pthread_mutex_unlock(&q.mu);
}

/* ---- loops --------------------------------------------------------------------- */

static volatile sig_atomic_t *stopping = &tool_interrupted;
/* A webhook's drain request: a byte in this pipe wakes the loop's nap (a request that comes
 * during a drain is kept for the next one). */
static int drain_pipe[2] = {-1, -1};

/* Sleeps up to ms, waking at once on shutdown (and on a webhook's drain request when wake). */
static void nap(long ms, bool wake_on_drain)
{
	char sink[64];

	if (tool_nap(ms, wake_on_drain ? drain_pipe[0] : -1) == 1)
		while (read(drain_pipe[0], sink, sizeof sink) > 0)
			;
}

/* Waits up to ms for a worker to become free (or the shutdown), without polling. */
static void wait_for_free_worker(long ms)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&q.mu);
	while (q.workers - q.busy - (int)q.n <= 0 && !*stopping)
		if (pthread_cond_timedwait(&q.idle_cv, &q.mu, &ts) != 0)
			break;
	pthread_mutex_unlock(&q.mu);
}

/* One drain: claims as many items as there are free workers. Returns the claim's result. */
static int drain(int block_ms, long reclaim_ms, long *status)
{
	int free_n = free_workers();

	if (free_n <= 0) {
		/* the shutdown is seen within this bound: a signal cannot wake a condition variable */
		wait_for_free_worker(250);
		return 0;
	}
	return orch_claim(orch, worker_id, free_n, block_ms, reclaim_ms, enqueue, NULL, status);
}

/* The reference's poll loop: transient failures back off min(60, 2^n) s with jitter,
 * permanent ones (4xx but 408/409/429) end the daemon. */
static int poll_loop(int block_ms, long reclaim_ms)
{
	int transient = 0;

	LOG(ORCH_INFO, "orchestrator.polling", "{s:s, s:i, s:i, s:s}", "environment_id", env_id, "block_ms", block_ms,
	    "reclaim_older_than_ms", (int)reclaim_ms, "worker_id", worker_id);
	while (!*stopping) {
		long status = 0;
		int rc = drain(block_ms, reclaim_ms, &status);
		if (rc >= 0) {
			transient = 0;
			continue;
		}
		if (rc == BYOC_EINTR)
			break;
		if (workq_permanent(rc, rc == BYOC_EAUTH ? 401 : rc == BYOC_ENOTFOUND ? 404 : status)) {
			LOG(ORCH_ERROR, "poll.permanent_failure", "{s:s}", "error", byoc_errmsg());
			return rc;
		}
		transient++;
		double wait = 1 << (transient < 6 ? transient : 6);
		if (wait > 60)
			wait = 60;
		wait = wait / 2 + (double)rand_below(1000) / 1000 * wait / 2;   /* jitter */
		LOG(ORCH_WARN, "poll.retrying", "{s:f, s:i, s:s}", "in_seconds", wait, "attempt", transient, "error",
		    byoc_errmsg());
		nap((long)(wait * 1000), false);
	}
	return 0;
}

struct janitor_args {
	long seconds;
};

static void *janitor_thread(void *arg)
{
	struct janitor_args *a = arg;

	while (!*stopping) {
		nap(a->seconds * 1000, false);
		if (*stopping)
			break;
		struct orch_janitor_counts c;
		orch_janitor_pass(orch, worker_id, &c);
	}
	return NULL;
}

/* ---- HTTP: webhooks, health, metrics ---------------------------------------------- */

struct http_state {
	struct metrics *metrics;
	const char *secret;      /* NULL: no webhook route */
};

struct body {
	char *p;
	size_t len;
	bool too_big;
};

#define WEBHOOK_MAX_BODY (1 << 20)

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *type, const char *text)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
	enum MHD_Result ret;

	MHD_add_response_header(r, "Content-Type", type);
	ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
				  const char *version, const char *data, size_t *size, void **ctx)
{
	struct http_state *st = cls;
	struct body *b = *ctx;
	char msg[512];

	(void)version;
	if (!strcmp(method, "GET") && !strcmp(url, "/healthz")) {
		snprintf(msg, sizeof msg, "{\"ok\":true,\"environment_id\":\"%s\"}", env_id);
		return reply(c, 200, "application/json", msg);
	}
	if (!strcmp(method, "GET") && !strcmp(url, "/metrics") && st->metrics) {
		char *t = metrics_render(st->metrics, NULL);
		enum MHD_Result r = reply(c, t ? 200 : 500, "text/plain; version=0.0.4", t ? t : "out of memory\n");
		free(t);
		return r;
	}
	if (!st->secret || strcmp(method, "POST") || strcmp(url, "/"))
		return reply(c, 404, "application/json", "{\"error\":\"not found\"}");
	if (!b) {
		if (!(b = calloc(1, sizeof *b)))
			return MHD_NO;
		*ctx = b;
		return MHD_YES;
	}
	if (*size) {
		if (b->len + *size > WEBHOOK_MAX_BODY) {
			b->too_big = true;
		} else {
			char *np = realloc(b->p, b->len + *size + 1);
			if (!np)
				return MHD_NO;
			b->p = np;
			memcpy(b->p + b->len, data, *size);
			b->len += *size;
			b->p[b->len] = '\0';
		}
		*size = 0;
		return MHD_YES;
	}
	if (b->too_big)
		return reply(c, 413, "application/json", "{\"error\":\"body too large\"}");
	const char *id = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "webhook-id");
	const char *ts = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "webhook-timestamp");
	const char *sig = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "webhook-signature");
	if (webhook_verify(st->secret, id, ts, sig, b->p ? b->p : "", b->len, time(NULL), 0) < 0) {
		LOG(ORCH_WARN, "webhook.refused", "{s:s, s:s}", "reason", byoc_errmsg(), "webhook_id", id ? id : "");
		snprintf(msg, sizeof msg, "{\"error\":\"invalid signature\"}");
		return reply(c, 401, "application/json", msg);
	}
	json_t *ev = json_loadb(b->p ? b->p : "", b->len, 0, NULL);
	json_t *evdata = json_object_get(ev, "data");
	const char *type = json_string_value(json_object_get(evdata, "type"));
	const char *sid = json_string_value(json_object_get(evdata, "id"));
	LOG(ORCH_INFO, "webhook.received", "{s:s, s:s, s:s}", "webhook_id", id, "type", type ? type : "",
	    "session_id", sid ? sid : "");
	bool drains = type && !strcmp(type, "session.status_run_started");
	json_decref(ev);
	if (drains) {
		/* Answer at once and drain in the loop: a sandbox start can outlast the sender's timeout. */
		ssize_t w = write(drain_pipe[1], "", 1);   /* a full pipe has a request already */
		(void)w;
		return reply(c, 200, "application/json", "{\"status\":\"queued\"}");
	}
	return reply(c, 200, "application/json", "{\"status\":\"ignored\"}");
}

static void on_done(void *cls, struct MHD_Connection *c, void **ctx, enum MHD_RequestTerminationCode tc)
{
	struct body *b = *ctx;

	(void)cls;
	(void)c;
	(void)tc;
	if (b) {
		free(b->p);
		free(b);
	}
}

/* "HOST:PORT" (IPv4) -> a listening daemon; port 0 picks one (printed in the log). */
static struct MHD_Daemon *serve(const char *addr, struct http_state *st, const char *what)
{
	struct sockaddr_in sa;
	const char *colon = strrchr(addr, ':');
	char host[64];
	long port;
	struct MHD_Daemon *d;

	if (!colon || (size_t)(colon - addr) >= sizeof host || !num_parse_long(colon + 1, 0, 65535, &port)) {
		tool_error("%s address '%s' is not HOST:PORT", what, addr);
		return NULL;
	}
	snprintf(host, sizeof host, "%.*s", (int)(colon - addr), addr);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, *host ? host : "0.0.0.0", &sa.sin_addr) != 1) {
		tool_error("%s address '%s' is not an IPv4 HOST:PORT", what, addr);
		return NULL;
	}
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG, 0,
			     NULL, NULL, on_request, st, MHD_OPTION_SOCK_ADDR, &sa, MHD_OPTION_NOTIFY_COMPLETED,
			     on_done, NULL, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_CONNECTION_LIMIT,
			     (unsigned)64, MHD_OPTION_END);
	if (!d) {
		tool_error("cannot listen on %s for %s: %s", addr, what, strerror(errno));
		return NULL;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	LOG(ORCH_INFO, "orchestrator.listening", "{s:s, s:s, s:i}", "what", what, "host", *host ? host : "0.0.0.0",
	    "port", info ? (int)info->port : (int)port);
	return d;
}

/* ---- the lock ------------------------------------------------------------------ */

/* One orchestrator per environment on this host, with the reference's lock file, so a
 * reference orchestrator and byoc-orchestrator exclude each other too. */
static int take_lock(const char *mode)
{
	const char *path = setting("ORCHESTRATOR_LOCK_FILE");
	char def[512], held[256] = "";
	int fd;

	if (!path) {
		snprintf(def, sizeof def, "/tmp/anthropic-selfhosted-orchestrator-%s.lock", env_id);
		path = def;
	}
	fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		tool_error("cannot open the lock file '%s': %s", path, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		ssize_t n = read(fd, held, sizeof held - 1);
		held[n > 0 ? n : 0] = '\0';
		held[strcspn(held, "\n")] = '\0';
		tool_error("another orchestrator already holds %s (%s): one per environment", path,
			   *held ? held : "unknown holder");
		close(fd);
		return -1;
	}
	if (ftruncate(fd, 0) == 0)
		dprintf(fd, "pid=%d mode=%s env=%s\n", (int)getpid(), mode, env_id);
	return fd;   /* held until exit */
}

/* ---- main ---------------------------------------------------------------------- */


struct opts {
	const char *webhook_addr, *metrics_addr, *config;
	bool once, pass_key;
	long workers;
};

struct settings {
	const char *env_key, *base_url, *secret;
	long janitor_s, block_ms, reclaim_ms, drain_s, wh_reclaim_ms;
	double max_idle_days, prepared_ttl_h, runner_idle, probe_s, grace_s;
};

/* Returns -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{"poll", no_argument, NULL, 'P'},
		{"webhook", required_argument, NULL, 'W'},
		{"config", required_argument, NULL, 'c'},
		{"metrics", required_argument, NULL, 'm'},
		{"log-format", required_argument, NULL, 'L'},
		{"workers", required_argument, NULL, 'n'},
		{"pass-environment-key", no_argument, NULL, 'K'},
		{"once", no_argument, NULL, 'O'},
		{"foreground", no_argument, NULL, 'F'},
		{"verbose", no_argument, NULL, 'v'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;

	*o = (struct opts){.workers = 8};
	while ((c = getopt_long(argc, argv, "vqh", longopts, NULL)) != -1) {
		switch (c) {
		case 'P': o->webhook_addr = NULL; break;
		case 'W': o->webhook_addr = optarg; break;
		case 'c': o->config = optarg; break;
		case 'm': o->metrics_addr = optarg; break;
		case 'L':
			if (strcmp(optarg, "text") && strcmp(optarg, "json"))
				return tool_usage_error("--log-format is text or json, not '%s'", optarg);
			log_json = !strcmp(optarg, "json");
			break;
		case 'n':
			if (tool_parse_long("--workers", optarg, 1, 256, &o->workers))
				return EXIT_USAGE;
			break;
		case 'K': o->pass_key = true; break;
		case 'O': o->once = true; break;
		case 'F': break;
		case 'v': tool_verbose = true; break;
		case 'q': tool_quiet = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: return tool_usage_error("unknown option");
		}
	}
	if (optind < argc)
		return tool_usage_error("unexpected argument '%s'; settings come from the environment or --config",
					argv[optind]);
	if (o->config && byoc_dotenv_parse(o->config, config_add, NULL) < 0) {
		tool_error("cannot read --config '%s': %s", o->config, byoc_errmsg());
		return EXIT_USAGE;
	}
	return -1;
}

/* Every setting checked before anything is contacted: 0 or EXIT_USAGE. */
static int read_settings(const struct opts *o, struct settings *s)
{
	env_id = setting("ENVIRONMENT_ID");
	s->env_key = setting("ANTHROPIC_ENVIRONMENT_KEY");
	s->base_url = setting("ANTHROPIC_BASE_URL");
	s->secret = setting("ANTHROPIC_WEBHOOK_SECRET");
	if (!env_id)
		return tool_usage_error("ENVIRONMENT_ID is not set (environment, --config FILE or .env)");
	if (!s->env_key)
		return tool_usage_error("ANTHROPIC_ENVIRONMENT_KEY is not set: generate one for the environment");
	if (o->webhook_addr && !s->secret)
		return tool_usage_error("--webhook needs ANTHROPIC_WEBHOOK_SECRET (whsec_...) to verify signatures; "
					"use --poll without a webhook");
	if (o->webhook_addr && webhook_secret_check(s->secret) < 0)
		return tool_usage_error("ANTHROPIC_WEBHOOK_SECRET: %s", byoc_errmsg());
	if (setting_long("JANITOR_SECONDS", 60, 1, 86400, &s->janitor_s) ||
	    setting_long("POLL_BLOCK_MS", 999, 1, 999, &s->block_ms) ||
	    setting_long("POLL_RECLAIM_OLDER_THAN_MS", 2000, 0, 86400000, &s->reclaim_ms) ||
	    setting_long("WEBHOOK_DRAIN_SECONDS", 30, 1, 86400, &s->drain_s) ||
	    setting_long("WEBHOOK_RECLAIM_OLDER_THAN_MS", 2000, 0, 86400000, &s->wh_reclaim_ms) ||
	    setting_double("MAX_IDLE_DAYS", 30, -1, &s->max_idle_days) ||
	    setting_double("PREPARED_TTL_HOURS", 0, 0, &s->prepared_ttl_h) ||
	    setting_double("RUNNER_MAX_IDLE_SECONDS", 300, 1, &s->runner_idle) ||
	    setting_double("RUNNER_LAUNCH_PROBE_SECONDS", 3, 0, &s->probe_s) ||
	    setting_double("RUNNER_REPLACE_GRACE_SECONDS", 10, 0, &s->grace_s))
		return EXIT_USAGE;
	return 0;
}

static int make_orch(const struct opts *o, const struct settings *s, struct dt_client *dt,
		     struct metrics *metrics, const char *snapshot)
{
	struct orch_config cfg = {
		.environment_id = env_id,
		.default_snapshot = snapshot,
		.runner = {.command = setting("RUNNER_COMMAND"), .check = setting("RUNNER_CHECK"),
			   .workdir = setting("RUNNER_WORKDIR") ? setting("RUNNER_WORKDIR") : "/workspace"},
		.runner_base_url = setting("RUNNER_BASE_URL") ? setting("RUNNER_BASE_URL")
							       : anthropic_client_base_url(ma),
		.environment_key = s->env_key,
		.pass_environment_key = o->pass_key,
		.runner_max_idle_s = s->runner_idle,
		.launch_probe_s = s->probe_s,
		.replace_grace_s = s->grace_s,
		.max_idle_days = s->max_idle_days,
		.prepared_ttl_s = s->prepared_ttl_h * 3600,
		.auto_archive_minutes = 1440,
		.start_timeout_s = 300,
		.bind_settle_ms = 500,
		.recover_crashed_runners = o->webhook_addr != NULL,
		.log = log_event,
		.metrics = metrics,
		.cancel = NULL,
	};
	return orch_new(&cfg, dt, ma, &orch);
}

/* The mode's loop until SIGTERM (or one pass with --once): the exit status. */
static int run(const struct opts *o, const struct settings *s, pthread_t *janitor, bool *janitor_started)
{
	static struct janitor_args ja;
	long st;

	if (o->once) {
		struct orch_janitor_counts jc;
		int crc = orch_claim(orch, worker_id, (int)o->workers, 0, s->reclaim_ms, enqueue, NULL, &st);
		wait_idle();
		orch_janitor_pass(orch, worker_id, &jc);
		return crc < 0 ? tool_fail(crc) : EXIT_OK;
	}
	ja.seconds = s->janitor_s;
	*janitor_started = pthread_create(janitor, NULL, janitor_thread, &ja) == 0;
	if (!o->webhook_addr) {
		int prc = poll_loop((int)s->block_ms, s->reclaim_ms);
		return prc < 0 ? (prc == BYOC_EAUTH ? EXIT_AUTH : EXIT_FAIL) : EXIT_OK;
	}
	/* Drains on each signed run-started event and every WEBHOOK_DRAIN_SECONDS. */
	while (!*stopping) {
		while (drain(0, s->wh_reclaim_ms, &st) > 0 && !*stopping)
			;
		nap(s->drain_s * 1000, true);
	}
	return EXIT_OK;
}

int main(int argc, char **argv)
{
	struct opts o;
	struct settings s = {0};
	struct metrics *metrics = NULL;
	struct dt_client *dt = NULL;
	struct MHD_Daemon *wh = NULL, *mh = NULL;
	struct http_state wh_state = {0}, m_state = {0};
	pthread_t *threads = NULL, jt;
	char *snapshot = NULL;
	int rc, lock_fd = -1;
	long started = 0;
	bool janitor_started = false;

	tool_init(argc, argv);
	if ((rc = parse_options(argc, argv, &o)) >= 0 || (rc = read_settings(&o, &s)) != 0)
		return rc;

	struct dt_client_opts dto = {.api_url = setting("DAYTONA_API_URL"), .api_key = setting("DAYTONA_API_KEY"),
				     .target = setting("DAYTONA_TARGET")};
	tool_http_opts(&dto.http, NULL);   /* a drain finishes its calls: no cancel mid-item */
	if ((rc = dt_client_new(&dto, &dt)) < 0)
		return tool_fail(rc);
	struct anthropic_opts ao = {.base_url = s.base_url, .api_key = s.env_key};
	tool_http_opts(&ao.http, NULL);
	if ((rc = anthropic_client_new(&ao, &ma)) < 0) {
		dt_client_free(dt);
		return tool_fail(rc);
	}
	snapshot = strdup(setting("DEFAULT_SNAPSHOT_NAME") ? setting("DEFAULT_SNAPSHOT_NAME")
							   : SNAPNAME_REFERENCE_DEFAULT);
	snprintf(worker_id, sizeof worker_id, "byoc-orchestrator-%d-%08llx", (int)getpid(),
		 (unsigned long long)rand_below(0xffffffffULL));
	metrics = metrics_new();
	if (!snapshot || !metrics || (rc = make_orch(&o, &s, dt, metrics, snapshot)) < 0) {
		rc = tool_fail(snapshot && metrics ? rc : byoc_fail(BYOC_ENOMEM, "out of memory"));
		goto out;
	}
	rc = EXIT_FAIL;
	if ((lock_fd = take_lock(o.webhook_addr ? "webhook" : "polling")) < 0)
		goto out;
	m_state.metrics = metrics;
	if (o.metrics_addr && !(mh = serve(o.metrics_addr, &m_state, "metrics")))
		goto out;
	if (o.webhook_addr && pipe2(drain_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
		tool_error("cannot make the webhook drain pipe: %s", strerror(errno));
		goto out;
	}
	wh_state.secret = s.secret;
	wh_state.metrics = o.metrics_addr ? NULL : metrics;
	if (o.webhook_addr && !(wh = serve(o.webhook_addr, &wh_state, "webhooks")))
		goto out;

	q.workers = (int)o.workers;
	if (!(threads = calloc((size_t)o.workers, sizeof *threads)) ||
	    !(q.current = calloc((size_t)o.workers, sizeof *q.current)))
		goto out;
	for (; started < o.workers; started++)
		if (pthread_create(&threads[started], NULL, worker, (void *)(intptr_t)started) != 0)
			goto out;
	LOG(ORCH_INFO, "orchestrator.started", "{s:s, s:s, s:s, s:i, s:b}", "environment_id", env_id, "mode",
	    o.webhook_addr ? "webhook" : "poll", "default_snapshot", snapshot, "workers", (int)o.workers,
	    "pass_environment_key", o.pass_key);
	rc = run(&o, &s, &jt, &janitor_started);

	/* Drain: no new claims; the items in hand finish (a runner or a stop). */
	LOG(ORCH_INFO, "orchestrator.draining", "{s:i}", "signal", (int)tool_interrupted);
	wait_idle();
out:
	pthread_mutex_lock(&q.mu);
	q.closing = true;
	pthread_cond_broadcast(&q.cv);
	pthread_mutex_unlock(&q.mu);
	for (long i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	if (janitor_started) {
		if (!tool_interrupted)
			tool_interrupt(SIGTERM);   /* wakes the janitor's nap */
		pthread_join(jt, NULL);
	}
	if (wh)
		MHD_stop_daemon(wh);
	if (mh)
		MHD_stop_daemon(mh);
	if (orch)
		LOG(ORCH_INFO, "orchestrator.stopped", "{s:i}", "exit", rc);
	orch_free(orch);
	anthropic_client_free(ma);
	dt_client_free(dt);
	metrics_free(metrics);
	free(threads);
	free(q.items);
	free(q.current);
	free(snapshot);
	for (size_t i = 0; i < config_file.n; i++)
		free(config_file.kv[i]);
	free(config_file.kv);
	if (lock_fd >= 0)
		close(lock_fd);
	return rc;
}
