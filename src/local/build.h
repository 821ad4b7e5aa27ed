/*
 * Snapshots in byoc-local: the pieces shared by the snapshot API
 * (snapshot_api.c, prefix snap_) and the build engine (build.c, prefix
 * build_), exposed here so unit tests can reach them without a server.
 *
 * A snapshot is a store document of kind "snapshots": the public SnapshotDto
 * fields of contract.md §2.2 plus private fields whose names start with "_"
 * (never sent to clients):
 *   _since    number  wall-clock seconds when the current state began (phase timer)
 *   _built    bool    the rootfs is materialised (build done, or pull done)
 *   _env      object  image environment recorded from ENV lines {"K": "V"}, in order
 *   _workdir  string|null  last WORKDIR of the final stage (null: none given)
 *   _user     string|null  last USER of the final stage
 *   _mode     "build" | "pull"
 * On disk: <state>/snapshots/<id>/rootfs (the materialised files) and
 * <state>/snapshots/<id>/build.log (one log per build).
 */
#ifndef BYOC_LOCAL_BUILD_H
#define BYOC_LOCAL_BUILD_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

struct local;

/* ---- snapshot_api.c: validation and derived fields (pure) ------------------------ */

/* Daytona's IMAGE_NAME_REGEX, used for snapshot names:
 * ^[a-zA-Z0-9_.\-:]+(\/[a-zA-Z0-9_.\-:]+)*(@sha256:[a-f0-9]{64})?$ */
bool snap_name_valid(const char *name);
/* NULL when imageName is acceptable for pull mode, else the API's 400 message. */
const char *snap_image_name_error(const char *image);
/* "daytona-" + sha256_hex(dockerfile + sorted(hashes).join("")) + ":daytona" into out (>= 80 bytes).
 * hashes: a JSON array of strings or NULL. */
int snap_snapshot_ref(const char *dockerfile, const json_t *hashes, char *out, size_t n);
/* The entrypoint the API derives from a Dockerfile (last ENTRYPOINT line, JSON or raw,
 * default ["sleep","infinity"], empty entries dropped); a new array, or json_null(). */
json_t *snap_entrypoint_from_dockerfile(const char *content);
/* The public DTO of a stored document: a new object without the "_" fields. */
json_t *snap_dto(const json_t *doc);
bool snap_is_uuid(const char *s);

/* ---- build.c: the engine ----------------------------------------------------------- */

/* Starts the engine thread once (later calls only wake it). The engine moves
 * snapshots through their states and resumes, after a restart, builds left
 * pending or building. Safe to call from any handler. */
void build_engine_kick(struct local *L);

/* What the engine does to one document at time now (pure, for tests):
 * returns the action and, for transitions, the new state in *next. */
enum build_action {
	BUILD_WAIT = 0,      /* nothing yet */
	BUILD_START,         /* pending -> building: start a build */
	BUILD_PULL,          /* pending -> pulling */
	BUILD_ACTIVATE,      /* pending|pulling -> active (already built, or pull done) */
	BUILD_RESUME,        /* building with no build running (restart): build again */
	BUILD_REMOVE,        /* removing -> gone */
};
enum build_action build_next(const json_t *doc, double now, double build_seconds, bool build_running,
			     const char **next);

/* ---- build.c: one build (no server needed) -------------------------------------------- */

struct build_job {
	const char *dockerfile;     /* the Dockerfile's content */
	const char *const *tars;    /* context tar files, in contextHashes order; NULL: never uploaded */
	const char *const *labels;  /* the hash of each (for messages); may be NULL */
	size_t ntars;
	const char *rootfs;         /* directory to fill; created, emptied at each FROM */
	int log_fd;                 /* build log, lines appended; -1 for none */
	double seconds;             /* how long the build takes (spread over its steps) */
	const char *tag;            /* "daytona-...:daytona", for the last log line */
	/* polled between steps: true stops the build (snapshot deleted) */
	bool (*cancelled)(void *arg);
	void *arg;
};

struct build_result {
	json_t *env;          /* {"K":"V"} of the final stage; owned */
	char *workdir;        /* NULL when no WORKDIR; owned */
	char *user;           /* NULL when no USER; owned */
	char *error;          /* the failure (errorReason), NULL on success; owned */
	unsigned long long bytes; /* bytes materialised */
	size_t files;
};

/* Runs the build: 0 on success, BYOC_EBUILD with res->error set on a build
 * failure, BYOC_EINTR when cancelled. res is always filled; release it. */
int build_run(const struct build_job *job, struct build_result *res);
void build_result_release(struct build_result *res);

/* Removes a tree (no symlink is followed). 0 or <0. */
int build_rmtree(const char *path);
/* Copies the tree src to dst (created), hard-linking files where it can. 0 or <0. */
int build_clone_tree(const char *src, const char *dst);
/* Copies a regular file. 0 or <0. */
int build_copy_file(const char *src, const char *dst);

/* Engine lifecycle (snap_startup / snap_shutdown). */
void build_engine_start(struct local *L);
void build_engine_stop(struct local *L);
/* The engine's phase lengths for --build-seconds B: pending (waiting for the runner) lasts
 * 0.2 B, then building or pulling takes B, so a client polling once a second (the SDK)
 * sees "building" even with B = 1; a deleted snapshot stays "removing" for
 * BUILD_REMOVE_SECONDS. */
#define BUILD_REMOVE_SECONDS 0.2
#define BUILD_RUNNER_ID "byoc-local-runner"
/* <state>/snapshots/<id> */
void build_snapshot_dir(struct local *L, const char *id, char *out, size_t n);

#endif
