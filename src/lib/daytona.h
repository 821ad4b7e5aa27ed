/*
 * Daytona REST API client (snapshots, sandboxes, object-storage push access),
 * over lib/http. Works against Daytona and byoc-local alike. Requests carry
 * only fields of the official spec (openapi-api.yaml v0.190).
 *
 * Configuration (dt_client_new with NULL fields), as the official SDK reads it:
 * DAYTONA_API_KEY (required) and DAYTONA_TARGET with byoc_env (process
 * environment, then .env.local and .env); the endpoint DAYTONA_API_URL (alias
 * DAYTONA_SERVER_URL, default https://app.daytona.io/api) from the process
 * environment only: a dotenv file in the working directory must not redirect
 * the key to another host (util/env.h: no *_URL is read from a file; the tools
 * warn that it was ignored).
 *
 * Every request sends Authorization: Bearer <key>, User-Agent: byoc/<version>,
 * X-Daytona-Source: byoc, and Content-Type: application/json with a body.
 *
 * Errors: 0 or a negative BYOC_E* with one line in byoc_errmsg(): the status map of
 *   lib/api.h (401/403 BYOC_EAUTH, 404 BYOC_ENOTFOUND, 408 BYOC_ETIMEOUT, 409/412
 *   BYOC_ECONFLICT, any other BYOC_EFAIL); the message names the call and the input
 *   and carries the server's message (body.message ?? body.error ?? raw body,
 *   truncated, secrets redacted). Transport failures are BYOC_EIO/ETIMEOUT;
 *   an unparsable answer is BYOC_EPROTO; a cancel is BYOC_EINTR.
 *
 * Ownership: every struct returned through an out-pointer is owned by the
 * caller and freed with its _free function; json_t* results are new
 * references (json_decref). Input json_t* are borrowed. Pointers inside a
 * struct (strings, labels) live as long as the struct.
 *
 * Threads: one dt_client may be used by many threads at once (see http.h).
 * Identifiers put in a path are percent-encoded.
 */
#ifndef BYOC_DAYTONA_H
#define BYOC_DAYTONA_H

#include <jansson.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lib/http.h"

#ifndef BYOC_VERSION
#define BYOC_VERSION "0.1.0"
#endif

#define DT_DEFAULT_API_URL "https://app.daytona.io/api"

struct dt_client;

struct dt_client_opts {
	const char *api_url;       /* NULL: $DAYTONA_API_URL (process env only), else DT_DEFAULT_API_URL */
	const char *api_key;       /* NULL: DAYTONA_API_KEY (required) */
	const char *target;        /* NULL: DAYTONA_TARGET (may stay unset) */
	struct http_opts http;     /* timeouts, retries, trace log, cancel flag; zero = defaults */
};

/* opts may be NULL. Fails with BYOC_EUSAGE when no API key is configured
 * ("DAYTONA_API_KEY is not set: export it or put it in .env"). */
int dt_client_new(const struct dt_client_opts *opts, struct dt_client **out);
void dt_client_free(struct dt_client *c);
const char *dt_client_api_url(const struct dt_client *c);   /* without trailing '/' */
const char *dt_client_target(const struct dt_client *c);    /* NULL when unset */
struct http_client *dt_client_http(struct dt_client *c);    /* borrowed */
/* The NULL-terminated header lines every request carries (auth included): for
 * tbclient and other modules that call the same servers. Borrowed. */
const char *const *dt_client_headers(const struct dt_client *c);

/*
 * Generic call: method + path relative to the API URL ("/snapshots?page=1"),
 * or an absolute http(s) URL. body may be NULL. On a 2xx answer *out (if out
 * is non-NULL) gets the parsed JSON (NULL for an empty body or 204; new
 * reference). Non-2xx answers become errors (lib/api.h's one map), prefixed with what
 * ("get snapshot 'x'"). *status (may be NULL) receives the HTTP status, 0
 * when none arrived. flags: DT_IDEMPOTENT retries a POST like a PUT.
 */
enum { DT_IDEMPOTENT = 1 << 0, DT_NO_RETRY = 1 << 1 };
int dt_request(struct dt_client *c, const char *method, const char *path, const json_t *body,
	       int flags, const char *what, json_t **out, long *status);

/* The client's call path (lib/api.h: base URL, headers, Daytona's error reader), for
 * tbclient and other modules that call the same servers. Borrowed. */
struct api;
const struct api *dt_client_api(const struct dt_client *c);

/* ---- snapshots ------------------------------------------------------------------ */

struct dt_snapshot {
	char *id;
	char *name;
	char *state;          /* pending building pulling active inactive error build_failed removing */
	char *image_name;     /* may be NULL */
	char *error_reason;   /* may be NULL */
	char *created_at, *updated_at, *last_used_at; /* may be NULL */
	long cpu, gpu, mem, disk;  /* -1 when absent */
	double size;          /* GB, -1 when null */
	bool general;
	json_t *json;         /* the whole SnapshotDto (owned; freed with the struct) */
};
void dt_snapshot_free(struct dt_snapshot *s);
/* Parses a SnapshotDto (exposed for the fuzz target); *out on success. */
int dt_snapshot_from_json(const json_t *j, struct dt_snapshot **out);

/* GET /snapshots/{idOrName}. BYOC_ENOTFOUND when absent. */
int dt_snapshot_get(struct dt_client *c, const char *id_or_name, struct dt_snapshot **out);

struct dt_snapshot_create {
	const char *name;                  /* required */
	const char *image_name;            /* pull mode, or ... */
	const char *dockerfile_content;    /* ... build mode (buildInfo) */
	const char *const *context_hashes; /* build mode; n_context_hashes entries */
	size_t n_context_hashes;
	int cpu, memory, disk;             /* vCPU, GiB, GiB; 0 = server default (omitted) */
	const char *region_id;             /* NULL: DAYTONA_TARGET as the SDK does; "" = omit */
	bool retry;                        /* retry on 5xx/resets too (a replay may answer 409) */
};
/* POST /snapshots. 409 (name taken) -> BYOC_ECONFLICT. */
int dt_snapshot_create(struct dt_client *c, const struct dt_snapshot_create *p, struct dt_snapshot **out);

struct dt_snapshot_list {
	struct dt_snapshot **items;
	size_t count;
};
void dt_snapshot_list_release(struct dt_snapshot_list *l);
/* GET /snapshots, every page (limit 100), optional name filter (server side
 * case-insensitive substring; NULL = all). Includes general snapshots. */
int dt_snapshot_list(struct dt_client *c, const char *name_filter, struct dt_snapshot_list *out);
/* DELETE /snapshots/{id} (id must be the UUID). */
int dt_snapshot_delete(struct dt_client *c, const char *id);
/* POST /snapshots/{id}/activate; out may be NULL. */
int dt_snapshot_activate(struct dt_client *c, const char *id, struct dt_snapshot **out);
/* GET /snapshots/{id}/build-logs-url -> *url (caller frees). */
int dt_snapshot_build_logs_url(struct dt_client *c, const char *id, char **url);

bool dt_snapshot_state_terminal(const char *state);  /* active, error, build_failed */

/* Log bytes as they arrive (raw, possibly partial lines). Return <0 to stop. */
typedef int (*dt_log_fn)(void *arg, const char *p, size_t n);

/*
 * Waits for the snapshot to reach a terminal state while streaming its build
 * log to log (may be NULL: then it only waits), per contract §2.6: poll the
 * snapshot every 1 s; once it is `building`, open build-logs-url?follow=true
 * (404: retry later); read with a 2 s idle timeout; stop the stream on EOF, or
 * when the state is terminal and two consecutive idle timeouts passed. When a
 * build failed before any log was streamed, the whole log is fetched once.
 * Returns 0 when active, BYOC_EBUILD for build_failed/error (message carries
 * errorReason), BYOC_ETIMEOUT past deadline_ms (absolute http_now_ms() value;
 * 0 = none), BYOC_EINTR when the client's cancel flag is set, or BYOC_ENOTFOUND
 * when it disappears. Other poll failures (already retried by http) are
 * tolerated until 10 in a row, then returned. *final (may be NULL) gets the
 * last snapshot seen, also on failure when one was read.
 */
int dt_snapshot_follow_logs(struct dt_client *c, const char *id_or_name, dt_log_fn log, void *arg,
			    int64_t deadline_ms, struct dt_snapshot **final);
/* Same without logs. */
int dt_snapshot_wait(struct dt_client *c, const char *id_or_name, int64_t deadline_ms,
		     struct dt_snapshot **final);

/* ---- sandboxes ------------------------------------------------------------------ */

struct dt_sandbox {
	char *id;
	char *name;
	char *state;              /* started stopped archived error ... (see contract §4.6) */
	char *desired_state;      /* may be NULL */
	char *snapshot;           /* may be NULL */
	char *target;             /* may be NULL */
	char *user;               /* may be NULL */
	char *error_reason;       /* may be NULL */
	char *toolbox_proxy_url;  /* may be NULL */
	char *created_at, *updated_at, *last_activity_at; /* may be NULL */
	long cpu, gpu, memory, disk;          /* -1 when absent */
	long auto_stop_interval, auto_archive_interval, auto_delete_interval; /* LONG_MIN when absent */
	bool network_block_all, recoverable, is_public;
	const json_t *labels;     /* object of strings, borrowed from json (never NULL) */
	const json_t *env;        /* object or NULL, borrowed from json */
	json_t *json;             /* the whole Sandbox / SandboxListItem (owned) */
};
void dt_sandbox_free(struct dt_sandbox *s);
int dt_sandbox_from_json(const json_t *j, struct dt_sandbox **out);
/* A copy of s->json to show (a tool's --json): each env value is "[redacted]", its
 * name kept, as traces show them; env holds what --env passed, secrets among them.
 * New reference, NULL when out of memory. */
json_t *dt_sandbox_json_redacted(const struct dt_sandbox *s);
/* A label's value or NULL. */
const char *dt_sandbox_label(const struct dt_sandbox *s, const char *key);

#define DT_UNSET INT_MIN
struct dt_sandbox_create {
	const char *name;          /* NULL: server generated */
	const char *snapshot;      /* id or name; NULL: server default */
	const json_t *labels;      /* object of strings or NULL (borrowed) */
	const json_t *env;         /* object of strings or NULL (borrowed) */
	int auto_stop_interval;    /* minutes; DT_UNSET = omit */
	int auto_archive_interval; /* minutes; DT_UNSET = omit */
	int auto_delete_interval;  /* minutes; DT_UNSET = omit (-1 disables, 0 ephemeral) */
	bool network_block_all;    /* sent only when true */
	const char *network_allow_list; /* "CIDR,CIDR"; NULL = omit (check with dt_network_allow_check) */
	const json_t *secrets;     /* {ENV: secret name} or NULL (borrowed); the sandbox sees placeholders */
	int ttl_minutes;           /* wall-clock minutes before it is destroyed; DT_UNSET = omit */
	int auto_pause_interval;   /* minutes idle before it pauses; DT_UNSET = omit */
	const char *target;        /* NULL: DAYTONA_TARGET; "" = omit */
	const char *user;          /* NULL = omit */
	bool retry;                /* retry on 5xx/resets too (a replay may answer 409) */
};
/* A networkAllowList: one to ten comma-separated IPv4 CIDRs (a.b.c.d/n). 0, or BYOC_EUSAGE
 * naming the bad entry. */
int dt_network_allow_check(const char *list);
/* Sets every field to "omit" (intervals DT_UNSET, pointers NULL). */
void dt_sandbox_create_init(struct dt_sandbox_create *p);
/* POST /sandbox. 409 (name taken) -> BYOC_ECONFLICT. The answer may still be
 * creating/starting: use dt_sandbox_wait_state. */
int dt_sandbox_create(struct dt_client *c, const struct dt_sandbox_create *p, struct dt_sandbox **out);
/* GET /sandbox/{idOrName}. */
int dt_sandbox_get(struct dt_client *c, const char *id_or_name, struct dt_sandbox **out);

struct dt_sandbox_list {
	struct dt_sandbox **items;
	size_t count;
};
void dt_sandbox_list_release(struct dt_sandbox_list *l);
/* GET /sandbox, all pages via nextCursor. labels (borrowed, may be NULL):
 * every given pair must match (sent as JSON in the `labels` query). */
int dt_sandbox_list(struct dt_client *c, const json_t *labels, struct dt_sandbox_list *out);
/* PUT /sandbox/{idOrName}/labels with the full map (replaces all labels). out may be NULL. */
int dt_sandbox_set_labels(struct dt_client *c, const char *id_or_name, const json_t *labels,
			  struct dt_sandbox **out);
/*
 * Merges a change set into a sandbox's labels (lib/labels.h). Daytona's PUT
 * replaces the whole map and has no compare-and-swap, so: read, apply,
 * re-read and compare (someone wrote in between: start over), write, read
 * back and verify, then after a settle read once more, so that a writer whose
 * stale write landed just after ours is caught. guard (may be NULL) is asked
 * about the labels before every write: non-zero refuses the merge with that
 * code (its byoc_fail message kept), which is how a bind never takes a
 * sandbox another writer bound meanwhile. Gives up after 30 rounds. *final
 * (may be NULL) gets the labels read last. Cancel: the client's http cancel.
 */
struct labels_changes;
struct dt_merge_opts {
	int (*guard)(void *arg, const char *sandbox_id, const json_t *labels);
	void *guard_arg;
	long settle_ms;             /* 0: 60 ms */
};
int dt_sandbox_merge_labels(struct dt_client *c, const char *id_or_name, const struct labels_changes *ch,
			    const struct dt_merge_opts *opts, json_t **final);

/* Lifecycle; out may be NULL. */
int dt_sandbox_start(struct dt_client *c, const char *id_or_name, struct dt_sandbox **out);
int dt_sandbox_stop(struct dt_client *c, const char *id_or_name, struct dt_sandbox **out);
int dt_sandbox_archive(struct dt_client *c, const char *id_or_name, struct dt_sandbox **out);
int dt_sandbox_delete(struct dt_client *c, const char *id_or_name, struct dt_sandbox **out);
/* Deletes, asking again every 0.25 s until deadline_ms (http_now_ms's clock) while Daytona
 * answers 409 (a transition is pending, e.g. right after create) or cannot be reached or
 * times out: the client's own retries span seconds, a server restart can take longer, and a
 * cleanup that gives up leaves a sandbox behind. 0 once deleted or gone; else the last
 * answer, with "(after N attempts)" when it was asked more than once. */
int dt_sandbox_delete_until(struct dt_client *c, const char *id_or_name, int64_t deadline_ms);
/*
 * A create whose answer was lost (or that was still in flight when the caller gave up) may
 * have made the sandbox, or may make it still: the request can outlive the wait for it, and
 * a lookup can fail while the server restarts. Asks for name until it is found, or until it
 * has been absent twice at least 2 s apart (less when the deadline is nearer), or until
 * deadline_ms (a failed lookup is no answer; c's cancel flag is not heeded, this runs
 * during cleanup). Returns the id (caller frees) when found and labelled label=value, else
 * NULL.
 */
char *dt_sandbox_find_lost(struct dt_client *c, const char *name, const char *label, const char *value,
			   int64_t deadline_ms);
int dt_sandbox_set_autostop(struct dt_client *c, const char *id_or_name, int minutes, struct dt_sandbox **out);
int dt_sandbox_set_autoarchive(struct dt_client *c, const char *id_or_name, int minutes, struct dt_sandbox **out);
int dt_sandbox_set_autodelete(struct dt_client *c, const char *id_or_name, int minutes, struct dt_sandbox **out);

/*
 * GET /sandbox/{id}, and when it is on its way to started (creating, starting, restoring:
 * a start, or a Daytona or byoc-local restart bringing it back) waits until it is, up to
 * deadline_ms. *out is the sandbox in whatever state it ends in: the caller decides what
 * a state other than started means. 0, or the error.
 */
int dt_sandbox_get_settled(struct dt_client *c, const char *id_or_name, int64_t deadline_ms,
			   struct dt_sandbox **out);
/*
 * Polls GET /sandbox/{id} (100 ms for 5 s, then x1.1 up to 1 s, as the SDK)
 * until state is one of targets (NULL-terminated). Returns 0 with *out (may
 * be NULL) the sandbox; state error/build_failed (unless targeted) ->
 * BYOC_EFAIL with errorReason; 404 -> 0 with *out NULL if "destroyed" is a
 * target, else BYOC_ENOTFOUND; BYOC_ETIMEOUT past deadline_ms (absolute, 0 =
 * none); BYOC_EINTR on cancel; 10 failed polls in a row -> that error.
 */
int dt_sandbox_wait_state(struct dt_client *c, const char *id_or_name, const char *const *targets,
			  int64_t deadline_ms, struct dt_sandbox **out);
/* GET /sandbox/{id}/toolbox-proxy-url -> *url (caller frees). */
int dt_sandbox_toolbox_proxy_url(struct dt_client *c, const char *id, char **url);

/* ---- object storage ------------------------------------------------------------- */

/* GET /object-storage/push-access -> *out: the StorageAccessDto as JSON
 * (accessKey, secret, sessionToken, storageUrl, organizationId, bucket[, region]);
 * new reference. See objstore_creds_from_json (lib/objstore.h). */
int dt_push_access(struct dt_client *c, json_t **out);

#endif
