/*
 * Seeding a sandbox: a repository, a dataset or one file from this host into DIR, streamed,
 * verified by manifest, all or nothing. seed_run (seedrun.c) is the engine byoc-seed and
 * byoc-prepare call; the rest of this header are its parts: a data seed's plan on the host
 * and the sandbox side, the commands run through the toolbox, built from the programs in
 * src/lib/sandbox/ (seed-*.sh, manifest.sh/.py) and their inputs. Every command prints a
 * last line the caller reads (BYOC-OK, BYOC-MISMATCH ..., or what failed).
 *
 * A seed of a tree lands in three names beside DIR: the uploads (TMP.N.tar|zip), the
 * folder TMP = DIR.byoc-seed-<12 hex> they are unpacked into, and its manifest TMP.manifest;
 * only a verified TMP is renamed to DIR. Each command is safe to run again: a second
 * finish or cleanup finds what the first left, or nothing.
 */
#ifndef BYOC_SEED_H
#define BYOC_SEED_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

struct dt_client_opts;
struct manifest;
struct tarstream;
struct tarstream_opts;
struct tbc;

/* ---- the engine ----------------------------------------------------------------------- */

enum seed_kind { SEED_REPO, SEED_DATA, SEED_FILE };

/* What to seed where (byoc-seed(1) names each field's option). */
struct seed_job {
	enum seed_kind kind;
	const char *sandbox;        /* id or name; it must be started */
	const char *dest;           /* DIR (FILE: DEST, required); NULL: WORKDIR/<repo name> or WORKDIR/data */
	const char *workdir;        /* NULL: ANTHROPIC_WORKDIR (environment or .env), else /mnt/session */
	int timeout_s;              /* each command in the sandbox (unpack, verify); 0: 3600 */
	/* SEED_REPO */
	const char *url, *ref;
	int depth;                  /* 0: whole history */
	bool submodules, no_git, remote;
	const char *token_env;      /* the token's variable; NULL: GIT_TOKEN (environment or .env) */
	/* SEED_DATA */
	const char *const *paths;   /* "dir/" seeds dir's contents at DIR's root; archives go as they are */
	size_t npaths;
	int compress;               /* TARSTREAM_GZIP, _ZSTD or _NONE */
	const char *const *excludes;
	size_t nexcludes;
	/* SEED_FILE */
	const char *src;
	int mode;                   /* -1: the host file's permission bits */
};

/* The moments a progress line follows. */
enum seed_event {
	SEED_CLONING,    /* objects of objects_total received, done bytes */
	SEED_CLONED,
	SEED_SENDING,    /* done of total content bytes sent (called for every chunk) */
	SEED_SENT,       /* one upload ended: done of total */
	SEED_VERIFYING,  /* the sandbox unpacks, verifies and renames */
	SEED_VERIFIED,   /* ... and has answered (whatever it said) */
};

struct seed_progress {
	enum seed_event event;
	uint64_t done, total;
	unsigned objects, objects_total;
};

struct seed_opts {
	/* its Daytona clients' settings (NULL: the environment's, default http options); their
	 * http cancel is .cancel below */
	const struct dt_client_opts *client;
	/* The cancel: when *cancel becomes non-zero (a signal handler sets it), the seed stops
	 * at once with BYOC_EINTR and removes what it half-made in the sandbox. A flag, as every
	 * layer under the seed watches one (http's transfers and backoffs, tarstream, gitclone). */
	volatile sig_atomic_t *cancel;
	/* Each may be NULL; all are called on the thread that called seed_run. */
	void (*progress)(void *arg, const struct seed_progress *p);
	void (*note)(void *arg, bool warning, const char *msg);  /* "cloned main at <sha>", warnings */
	void (*trace)(void *arg, const char *msg);  /* steps and the sandbox's timings: non-NULL asks for them */
	void *arg;
};

struct seed_result {
	char *dest;                 /* DIR as seeded (malloc'd) */
	uint64_t files, bytes;      /* of the manifest proved (0 for a --remote repo) */
	char sha256[65];            /* the manifest's (a file: its content's); "" for a --remote repo */
	char commit[64];            /* a repo's commit ("" when unknown or not a repo) */
};

/* Runs job into the sandbox: 0 once DIR holds it, verified, and *res says what arrived.
 * Otherwise DIR is as it was, nothing is left beside it and the error names the cause
 * (BYOC_EUSAGE bad job, BYOC_ENOTFOUND a missing path, BYOC_EREFUSED a mismatch or a DIR
 * the sandbox's user cannot write, BYOC_EINTR cancelled). Never prints. */
int seed_run(const struct seed_job *job, const struct seed_opts *o, struct seed_result *res);
void seed_result_release(struct seed_result *res);

/* "gzip", "zstd" or "none" as TARSTREAM_*; -1 for anything else. */
int seed_compress_parse(const char *name);

/* ---- a data seed's plan, on the host -------------------------------------------------- */

/* A regular file whose name says it is an archive byoc unpacks (.tar, .tar.gz, .tgz, .tar.zst,
 * .tar.zstd, .tzst, .tar.bz2, .tar.xz, .zip; *zip for the last). */
bool seed_is_archive(const char *path, bool *zip);

/* The last name of path, trailing slashes ignored (malloc'd; NULL without memory). */
char *seed_base_name(const char *path);

/* Splits the data paths (archives skipped: they travel as they are) into two tarstreams of
 * disjoint top-level entries, alternating, so that two uploads run side by side: each path, or
 * the children of a "dir/" path. Leaves split[] NULL (one stream) when there are fewer than two
 * entries, when one is a top-level symlink (it must travel as a symlink), or on any error. */
void seed_split_streams(const char *const *paths, size_t npaths, const struct tarstream_opts *to,
			struct tarstream *split[2]);

/* ---- the sandbox side ----------------------------------------------------------------- */

/* DIR's trailing slashes dropped (in place), then TMP and TMP.manifest for it (malloc'd). */
int seed_temp_names(char *dest, char **tmp, char **manifest);

/* Prints BYOC-OK when DIR's parent is the sandbox user's to write (made if missing). */
int seed_cmd_dest_check(struct buf *cmd, const char *dest);

/* What a seed of a tree sent, for the finish and the cleanup. */
struct seed_sent {
	const char *dest, *tmp, *manifest;
	char *const *uploads;    /* archives beside DIR, in order; *.zip are zip archives */
	size_t nuploads;
	size_t nparallel;        /* the first nparallel (> 1) hold disjoint entries: unpacked side by side */
	bool files;              /* files mode: the upload wrote the files into TMP itself */
	char *const *metas;      /* files mode: the meta parts beside DIR */
	size_t nmetas;
	bool timing;             /* BYOC-T lines with the sandbox's clock */
	bool git_check;          /* a repo: git fsck --connectivity-only in every .git of TMP before the rename */
};

/* Unpack, manifest, compare with want_hex, rename into DIR (seed-finish.sh). */
int seed_cmd_finish(struct buf *cmd, const struct seed_sent *s, const char *want_hex);
/* Remove every temporary of the seed (best effort; DIR is never touched). */
int seed_cmd_cleanup(struct buf *cmd, const struct seed_sent *s);

/* One file: an empty TMP with its final mode first, then, after the upload, verify its
 * sha256 and rename it to DEST. mode is octal text ("0600"). */
int seed_cmd_file_create(struct buf *cmd, const char *tmp, const char *mode);
int seed_cmd_file_finish(struct buf *cmd, const char *tmp, const char *dest, const char *mode, const char *want_hex);

/* ---- the protocol, through the toolbox ------------------------------------------------- */

/* BYOC_EREFUSED naming the fix when the sandbox's user cannot write DIR's parent (the check
 * answered BYOC-DENIED); any other answer is asked again (tbc_again). */
int seed_dest_check(struct tbc *tb, const char *dest);

/* Called with each of the sandbox's timing lines (BYOC-T ..., without the prefix), when
 * s->timing asked for them. */
typedef void (*seed_trace_fn)(void *arg, const char *line, size_t len);

/* Runs the finish in the sandbox: 0 once DIR holds exactly want (whose sha256 is want_hex);
 * BYOC_EREFUSED on a mismatch, naming the first difference (the sandbox's manifest is
 * fetched), DIR left as it was; BYOC_EFAIL with the sandbox's last line otherwise. The
 * temporaries are gone in every case but a failed request (then seed_cleanup). */
int seed_finish(struct tbc *tb, const struct seed_sent *s, struct manifest *want, const char *want_hex,
		int timeout_s, seed_trace_fn trace, void *arg);

/* Best effort: removes every temporary of the seed, even after an interrupt; the last
 * error (the reason for the cleanup) is kept. */
void seed_cleanup(struct tbc *tb, const struct seed_sent *s);

#endif
