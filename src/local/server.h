/*
 * byoc-local's internal interface: how a module (sandbox API, snapshots, S3,
 * toolbox) declares routes, reads a request, answers it, and reaches the
 * shared state. server.c adapts libmicrohttpd to this; the modules never see
 * MHD. Connections are served one thread each, so a handler may block (a
 * process execute, a followed build log) without stalling other clients.
 *
 * Ownership: a handler borrows the lreq; everything it sets on the lresp is
 * copied or taken over by the response (documented per call).
 */
#ifndef BYOC_LOCAL_SERVER_H
#define BYOC_LOCAL_SERVER_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct local;   /* the server: options, state dir, store, lock */
struct lreq;    /* one request */
struct lresp;   /* the response a handler builds */

/* ---- options (filled by src/cmd/byoc-local.c) ---------------------------------- */

struct local_fault {
	char method[16];      /* "GET", "*" */
	char path_glob[256];  /* fnmatch(3) pattern over the decoded path, e.g. "/api/snapshots*" */
	double rate;          /* 0..1 */
	int kind;             /* LFAULT_* */
	int delay_ms;         /* LFAULT_DELAY; LFAULT_CUT: how long a streamed answer lives */
};
enum { LFAULT_500 = 1, LFAULT_503, LFAULT_429, LFAULT_RESET, LFAULT_DELAY, LFAULT_DROP, LFAULT_CUT, LFAULT_404 };

struct local_options {
	const char *listen_host;   /* "127.0.0.1" */
	int port;                  /* 0 = pick a free port */
	bool public_ok;            /* --public: allow a non-loopback listen address */
	const char *state_dir;     /* --state */
	const char *api_key;       /* --api-key (bearer token clients must send) */
	double build_seconds;      /* --build-seconds: how long a snapshot build takes */
	const char *org_id;        /* organization id reported in DTOs and object keys */
	struct local_fault *faults;
	size_t nfaults;
	bool log_requests;         /* --verbose: one stderr line per request */
	int s3_token_seconds;      /* --s3-token-seconds (hidden, tests): push-access lifetime; 0 = 3600 */
	const char *anthropic_api_key; /* --anthropic-api-key: the /v1 API key; NULL = api_key */
	int work_ttl_seconds;      /* --work-ttl: a work lease's default ttl; 0 = 300 */
	int tool_timeout_seconds;  /* --tool-timeout: how long a tool call waits for its result; 0 = 600 */
	const int *forward_ports;  /* --forward-host-port: host loopback ports reachable from inside
				    * every sandbox with network access, at 127.0.0.1:PORT */
	size_t nforward;
	int sandbox_port;          /* --sandbox-api-port: the sandbox-facing listener's port on 127.0.0.1;
				    * -1 = port + 1 (a free one when port is 0) */
	const char *traffic_log;   /* --traffic-log: one JSON line per exchange (traffic.c) */
};

/* ---- routes ---------------------------------------------------------------------- */

enum {
	LROUTE_PUBLIC = 1 << 0,  /* no bearer check (S3 routes check SigV4 themselves) */
	LROUTE_GO_ERRORS = 1 << 1, /* auth failures use the proxy's Go error shape (toolbox, build logs) */
	LROUTE_WORKER = 1 << 2,  /* a /v1 route an in-sandbox worker calls (poll, ack, heartbeat, stop,
				  * the session and its events): the only routes the sandbox-facing
				  * listener (local_sandbox_api_url) serves; never the Daytona API, S3 or
				  * the toolbox */
};

/* A body delivered in pieces, for uploads that must never sit whole in memory. */
struct lstream_ops {
	/* Headers are in. Return 0 to receive the body, or set an answer on resp and return -1. */
	int (*begin)(struct lreq *req, struct lresp *resp, void **ctx);
	/* A piece of the body. Return <0 to stop reading (end is then called with failed=true). */
	int (*data)(void *ctx, const char *p, size_t n);
	/* The body ended (or failed, or the client went away: resp is then ignored). Frees ctx. */
	void (*end)(void *ctx, struct lreq *req, struct lresp *resp, bool failed);
};

/*
 * pattern: literal segments and "{}" for one path parameter, e.g.
 * "/api/sandbox/{}/labels"; a final "{*}" captures the rest of the path
 * (possibly containing '/'), e.g. "/toolbox/{}/{*}". Parameters are read with
 * lreq_param(req, i) in order. Routes are tried in table order; a table ends
 * with a zeroed entry.
 */
struct lroute {
	const char *method;                 /* "GET", ... */
	const char *pattern;
	void (*handle)(struct lreq *req, struct lresp *resp);  /* body buffered (cap 8 MiB) */
	const struct lstream_ops *stream;   /* non-NULL: streamed body instead; handle unused */
	int flags;
};

/* Route tables, one per module, tried in this order: */
extern const struct lroute sandbox_routes[];   /* sandbox_api.c: /api/sandbox..., /api/health... */
extern const struct lroute snapshot_routes[];  /* snapshots.c: /api/snapshots..., /snapshots/{}/build-logs */
extern const struct lroute s3_routes[];        /* s3.c: /api/object-storage/push-access, /s3/... */
extern const struct lroute toolbox_routes[];   /* toolbox.c: /toolbox/{id}/... */
extern const struct lroute secret_routes[];    /* secret_api.c: /api/secret... */
extern const struct lroute ma_routes[];        /* ma_api.c: /v1/... (Anthropic's Managed Agents side;
						* PUBLIC: each checks its own credentials) */

/* ---- reading a request ------------------------------------------------------------- */

const char *lreq_method(const struct lreq *req);
const char *lreq_path(const struct lreq *req);      /* decoded, without the query */
const char *lreq_raw_uri(const struct lreq *req);   /* as received: path?query, undecoded (SigV4) */
const char *lreq_param(const struct lreq *req, int i); /* i-th "{}" / "{*}" of the route, decoded */
const char *lreq_header(const struct lreq *req, const char *name); /* case-insensitive; NULL if absent */
/* Calls cb for each header / each query argument (decoded) in arrival order; stops when cb returns non-zero. */
int lreq_headers_each(const struct lreq *req, int (*cb)(const char *k, const char *v, void *arg), void *arg);
int lreq_query_each(const struct lreq *req, int (*cb)(const char *k, const char *v, void *arg), void *arg);
const char *lreq_query(const struct lreq *req, const char *name); /* first value, decoded; NULL if absent */
const void *lreq_body(const struct lreq *req, size_t *len);       /* buffered routes; "" and 0 when none */
json_t *lreq_json(const struct lreq *req);  /* parses the buffered body; NULL if absent or invalid (borrowed) */
struct local *lreq_local(const struct lreq *req);
const char *lreq_base_url(const struct lreq *req); /* "http://127.0.0.1:PORT", no trailing slash */
int lreq_fd(const struct lreq *req);               /* the client socket (fault injection) */

/* ---- answering -------------------------------------------------------------------- */

void lresp_header(struct lresp *resp, const char *name, const char *value); /* copied */
void lresp_empty(struct lresp *resp, int status);
void lresp_bytes(struct lresp *resp, int status, const char *content_type, const void *p, size_t n); /* copied */
void lresp_json(struct lresp *resp, int status, json_t *doc); /* takes the reference */
/* NestJS API error: {"path","timestamp","statusCode","error","message"} */
void lresp_api_error(struct lresp *resp, const struct lreq *req, int status, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Go proxy/daemon error: {"statusCode","message","code","timestamp","path","method"} */
void lresp_go_error(struct lresp *resp, const struct lreq *req, int status, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Anthropic API error (the /v1 routes): {"type":"error","error":{"type","message"}} */
void lresp_ma_error(struct lresp *resp, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Streams an open file from its current offset; takes fd. size < 0: unknown (chunked). */
void lresp_fd(struct lresp *resp, int status, const char *content_type, int fd, int64_t size);
/*
 * Streams from a callback; chunked. read() may block; it returns bytes
 * written to buf (>0), 0 at the end, or <0 to abort the connection. free_ctx
 * runs once when the response is done (also when the client went away).
 */
void lresp_stream(struct lresp *resp, int status, const char *content_type,
		  ssize_t (*read)(void *ctx, char *buf, size_t max), void *ctx, void (*free_ctx)(void *ctx));

/* ---- shared state ------------------------------------------------------------------- */

const struct local_options *local_opts(struct local *L);
const char *local_state_dir(struct local *L);
const char *local_org_id(struct local *L);

/*
 * The store: JSON documents by kind ("sandboxes", "snapshots", ...) and id,
 * kept in memory and written through to <state>/<kind>/<id>.json atomically
 * (temp file, fsync, rename), so a crash loses at most the write in flight.
 * Hold local_lock() around every read-modify-write.
 */
void local_lock(struct local *L);
void local_unlock(struct local *L);
json_t *store_get(struct local *L, const char *kind, const char *id);      /* borrowed; NULL if absent */
int store_put(struct local *L, const char *kind, const char *id, json_t *doc); /* takes doc; 0 or <0 */
int store_del(struct local *L, const char *kind, const char *id);
/* Calls cb for each document of kind (under the lock); stops when cb returns non-zero. */
int store_each(struct local *L, const char *kind, int (*cb)(const char *id, json_t *doc, void *arg), void *arg);
/*
 * Notes on the store (store.c):
 * - local_lock is a recursive mutex: a handler holding it may call store_* (which lock too).
 * - store_put with the very pointer store_get returned (a doc edited in place) writes it
 *   through and takes no reference; with any other doc it takes the caller's reference.
 *   If the write to disk fails the previous version stays in memory and on disk.
 * - kind and id must be non-empty, without '/', and must not start with '.'.
 * - Fields whose name starts with '_' are private: never send them to a client.
 */
/* A new deep copy of doc without its top-level private ("_"-prefixed) fields; caller owns it. */
json_t *store_public(const json_t *doc);
/*
 * The same for a Daytona DTO: no null member at any depth either, except the top-level fields
 * named in nullable (NULL-terminated, may be NULL), which the spec marks nullable and required:
 * those are always present, null when unset. Daytona's spec allows null nowhere else.
 */
json_t *store_daytona_dto(const json_t *doc, const char *const *nullable);

/* ISO-8601 UTC with milliseconds, "2026-11-22T01:02:03.456Z", into out (>= 32 bytes). */
void local_now_iso(char *out, size_t n);
/* A random UUID v4 string into out (>= 37 bytes). */
void local_uuid(char *out);

/* ---- between modules -------------------------------------------------------------------- */

/* Sandboxes (sandbox_api.c) for the toolbox: 0 and the sandbox's current doc (a copy, caller
 * json_decref's it) when id names a sandbox that exists; BYOC_ENOTFOUND otherwise. */
int local_sandbox_get(struct local *L, const char *id, json_t **doc_out);
/* The directory holding a sandbox's files: <state>/sandboxes/<id>. */
void local_sandbox_dir(struct local *L, const char *id, char *out, size_t n);
/* Notes toolbox activity (lastActivityAt, throttled). */
void local_sandbox_touch(struct local *L, const char *id);

/* Snapshots (snapshot_api.c) for sandbox create: the directory of a snapshot's materialised
 * files, <state>/snapshots/<id>/rootfs (an empty directory for pull-mode snapshots). */
void local_snapshot_rootfs(struct local *L, const char *snapshot_id, char *out, size_t n);
/* The image config its build recorded, for the sandbox's processes: a new object
 * {"env": {"K": "V", ...} (ENV of the final stage, in order), "workdir": "/app" or null,
 * "user": "name" or null}; NULL when the snapshot does not exist. Caller json_decref's it. */
json_t *local_snapshot_image(struct local *L, const char *snapshot_id);

/* Object storage (s3.c) for builds: the file holding object key in the context bucket
 * ("{org}/{hash}/context.tar"); 0 when it exists, BYOC_ENOTFOUND otherwise. */
int local_object_path(struct local *L, const char *key, char *out, size_t n);

/* Sandbox runtime (runtime.c). */
int runtime_prepare(struct local *L, const char *sandbox_id, const char *snapshot_rootfs); /* lays out the sandbox's files */
int runtime_start(struct local *L, const char *sandbox_id, json_t *sandbox_doc);  /* boots its namespace */
int runtime_stop(struct local *L, const char *sandbox_id);     /* kills every process; keeps files */
int runtime_destroy(struct local *L, const char *sandbox_id);  /* stops and removes every file */

/* ---- lifecycle (src/cmd/byoc-local.c) and helpers --------------------------------- */

/* Opens (locks) and loads the state dir. One byoc-local per state dir: a second gets
 * BYOC_EREFUSED naming the dir. *out is freed with local_free. */
int local_new(const struct local_options *opts, struct local **out);
/* Binds the listen address and starts serving (and the modules' *_startup hooks). */
int local_listen(struct local *L);
/* "http://HOST:PORT/api" once listening. */
const char *local_url(struct local *L);
/* The sandbox-facing listener, "http://127.0.0.1:PORT": the same address reaches it from the
 * host and from inside every sandbox with network access (forwarded by pasta). */
const char *local_sandbox_api_url(struct local *L);
/* True once shutdown began: long-running handlers (followed logs) should wind up. */
bool local_stopping(struct local *L);
/* Stops serving (waits briefly for handlers), runs *_shutdown hooks, frees L. */
void local_free(struct local *L);
/* One log line "byoc-local: ..." on stderr (the server's log). */
/* secret_api.c: the placeholder of this organization's secret NAME into out; 0, or -1 when there
 * is no such secret. Call under local_lock. */
int local_secret_placeholder(struct local *L, const char *name, char *out, size_t n);

/* traffic.c: appends the exchange to --traffic-log, if set (body: the response's bytes, or
 * NULL with streamed=true for a file or callback response). */
void local_traffic_note(const struct lreq *req, int status, const char *ctype, const void *body, size_t len,
			bool streamed);

void local_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parses a --fault spec "METHOD PATH_GLOB RATE KIND"; 0 or BYOC_EUSAGE with detail. */
int local_fault_parse(const char *spec, struct local_fault *out);
/* Matches a route pattern against a raw (undecoded) path; on a match returns 1 and sets
 * params[0..*n) to decoded, malloc'd strings (caller frees). Exposed for tests. */
int lroute_match(const char *pattern, const char *raw_path, char **params, int max, int *n);

/* Module hooks, called after the store is loaded and the server listens (startup), and at
 * exit (shutdown): a module resumes work after a restart (builds, sandboxes) or ends what
 * it runs. Every one is defined by its module: a missing module fails the link. */
void sbx_startup(struct local *L);
void sbx_shutdown(struct local *L);
void snap_startup(struct local *L);
void snap_shutdown(struct local *L);
void s3_startup(struct local *L);
void tbx_shutdown(struct local *L);
void runtime_startup(struct local *L);
/* Kills the sandbox inits a byoc-local killed with SIGKILL left (init.pid): before the first
 * request can come in, which would boot its sandbox again (local_listen). */
void runtime_reap_left(struct local *L);
void runtime_shutdown(struct local *L);
void ma_startup(struct local *L);
void ma_shutdown(struct local *L);

#endif
