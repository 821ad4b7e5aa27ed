/*
 * Build contexts of a Dockerfile: every local COPY/ADD source, resolved the
 * way `docker build` resolves it (relative to the Dockerfile's folder, globs
 * matching files and folders, `.dockerignore` beside the Dockerfile applied),
 * named the way the official SDK names it (archivePath, contract.md §3.5
 * step 6: `COPY src /app` -> "src", `COPY . /app` -> "", `COPY ./a/b/ /x` ->
 * "a/b/"), hashed with the SDK's context hash (lib/ctxhash), and streamed as
 * the SDK's tar (§3.4: ustar/pax, portable headers, names relative to the
 * archivePath's folder such as "src/", "src/a.txt" or "./", "./k"; modes
 * fixed like node-tar, so 0644 files and 0755 folders; symlinks kept as
 * symlinks; entries .dockerignore excludes left out).
 *
 * URLs and `--from` stages are not context; heredoc sources neither. A
 * source that is missing, excluded, or outside the Dockerfile's folder is an
 * error naming the Dockerfile line.
 */
#ifndef BYOC_CONTEXT_H
#define BYOC_CONTEXT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "lib/ctxhash.h"

#define CTX_LARGEST 10
#define CTX_DEFAULT_MAX_BYTES ((uint64_t)1 << 30)

struct ctx_item {          /* one entry of a context tar, in stream order */
	char *name;        /* "src/", "src/a.txt", "./", "./k" */
	char *abs;         /* path on disk */
	char *link;        /* symlink target, else NULL */
	mode_t mode;       /* S_IFREG/S_IFDIR/S_IFLNK | permission bits as node-tar writes them */
	uint64_t size;     /* regular files */
	time_t mtime;      /* files and links; 0 for folders, as node-tar's portable mode */
};

struct ctx_big {
	char *path;
	uint64_t size;
};

struct ctx_source {
	char *src;             /* the source as written, e.g. "src" or "*.py" */
	char *path;            /* absolute path on disk */
	char *archive_path;    /* the SDK's archivePath ("" = the whole folder) */
	char hash[CTXHASH_HEX_LEN + 1];  /* "" unless hashed */
	int line;              /* Dockerfile line of the first instruction that needs it */
	char keyword[8];       /* "COPY" or "ADD" */
	bool is_dir;
	uint64_t files, bytes, dirs, symlinks;
	struct ctx_item *items;
	size_t nitems;
	struct ctx_big largest[CTX_LARGEST];   /* biggest files, largest first */
	size_t nlargest;
};

struct ctx_list {
	char *dockerfile;      /* absolute path */
	char *dir;             /* its folder (absolute, no trailing '/') */
	bool has_dockerignore;
	size_t ignore_patterns;
	struct ctx_source *v;
	size_t n;
	uint64_t files, bytes; /* totals over every context */
};

struct ctx_opts {
	bool hash;                      /* compute hashes (reads every file) */
	uint64_t max_bytes;             /* 0: no limit. Checked per context after the listing walk, before any hashing */
	volatile sig_atomic_t *cancel;  /* stops hashing with BYOC_EINTR */
};

/* Reads the Dockerfile and its .dockerignore, resolves, walks (and hashes)
 * every context. Errors: BYOC_ENOTFOUND (Dockerfile or a source missing),
 * BYOC_EREFUSED (a source outside the folder, or a context over max_bytes:
 * the message lists its largest entries), BYOC_EFAIL (parse errors), with the
 * Dockerfile line in the message. */
int ctx_collect(const char *dockerfile, const struct ctx_opts *o, struct ctx_list **out);
void ctx_list_free(struct ctx_list *l);

/* Hashes one context now (when ctx_collect ran without o->hash). */
int ctx_hash(struct ctx_list *l, size_t i, volatile sig_atomic_t *cancel);

/* "1.5 GiB", "12 KiB", "17 B". */
void ctx_human_bytes(uint64_t n, char *out, size_t outsz);

/* ---- the tar of one context, pulled by the uploader ----------------------------- */

struct ctx_tar;

int ctx_tar_open(const struct ctx_source *s, struct ctx_tar **out);
/* Up to n bytes into buf: >0, 0 at the end, or a negative BYOC_E* (a file
 * vanished or changed size while being sent). */
ssize_t ctx_tar_read(struct ctx_tar *t, void *buf, size_t n);
/* Starts again from the first byte (an upload being retried). */
int ctx_tar_rewind(struct ctx_tar *t);
void ctx_tar_close(struct ctx_tar *t);
/* Bytes ctx_tar_read will produce (no file is read). */
int ctx_tar_size(const struct ctx_source *s, uint64_t *size);

#endif
