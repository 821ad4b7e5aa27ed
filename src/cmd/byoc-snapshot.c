/*
 * byoc-snapshot: content-named Daytona snapshots, published once however
 * many pipelines race. `name` and `contexts` work offline; `publish` is
 * idempotent (an active snapshot costs one GET), race-safe (a lost create is
 * classified, never rebuilt or deleted unless found failed and asked to),
 * and bounded (--timeout, Ctrl-C). docs/byoc-snapshot.1 says the same as --help.
 */
#include "cmd/tool.h"
#include "lib/api.h"
#include "lib/context.h"
#include "lib/daytona.h"
#include "lib/http.h"
#include "lib/snapname.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/file.h"

#if __has_include("lib/objstore.h")
#include "lib/objstore.h"
#define HAVE_OBJSTORE 1
#else
#define HAVE_OBJSTORE 0
#endif

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_DOCKERFILE "dockerfiles/Dockerfile.default"
#define DEFAULT_TIMEOUT_S 1800
#define DEFAULT_CPU 2
#define DEFAULT_MEMORY 8
#define DEFAULT_DISK 10
#define TAIL_BYTES 8192
#define TAIL_LINES 20

static const char usage_text[] =
	"usage: byoc-snapshot COMMAND [options]\n"
	"\n"
	"Content-named Daytona snapshots from a Dockerfile, published once however many\n"
	"pipelines race.\n"
	"\n"
	"commands:\n"
	"  name [-f DOCKERFILE] [--prefix P] [--hash-contexts] [--explain]\n"
	"        print the snapshot name: byoc-env-default-<first 8 hex of sha256 of the\n"
	"        Dockerfile>, as the reference orchestrator computes it; DEFAULT_SNAPSHOT_NAME\n"
	"        overrides it; --prefix P replaces byoc-env-default; --hash-contexts names\n"
	"        over the Dockerfile, every context hash and the resources; --explain\n"
	"        prints what went into the name on stderr\n"
	"  contexts [-f DOCKERFILE] [--json] [--max-context-bytes N] [--tar ARCHIVEPATH]\n"
	"        list every local COPY/ADD source the build needs: its context hash (the\n"
	"        official SDK's), file count and bytes; --tar writes the tar publish would\n"
	"        upload for one of them (\".\" for the whole folder) to stdout\n"
	"  publish [-f DOCKERFILE] [--name N] [--prefix P] [--hash-contexts] [--cpu N]\n"
	"          [--memory GIB] [--disk GIB] [--region ID] [--timeout SEC] [--log-file F]\n"
	"          [--rebuild-failed] [--max-context-bytes N] [--json] [--quiet]\n"
	"        make sure the snapshot exists and is active: an active one costs one GET;\n"
	"        a missing one is built (contexts uploaded unless already stored, build\n"
	"        logs on stderr); one another pipeline is building is waited for; a\n"
	"        failed one exits 5 with its reason (--rebuild-failed deletes it and\n"
	"        builds again). Prints the name. Ctrl-C stops waiting (exit 130); a build\n"
	"        already started goes on on the server and the next publish waits for it\n"
	"  list [--prefix P] [--json]\n"
	"        every snapshot whose name starts with P (all pages)\n"
	"  get NAME [--json]\n"
	"        one snapshot\n"
	"  delete NAME\n"
	"        delete a snapshot by name\n"
	"  prune --prefix P --keep N [--dry-run] [--json]\n"
	"        delete the oldest snapshots named P... beyond the newest N, never one an\n"
	"        existing sandbox was created from, nor one still building\n"
	"\n"
	"options:\n"
	"  -f, --file DOCKERFILE   the Dockerfile (default " DEFAULT_DOCKERFILE "); its folder\n"
	"                          is the build context, .dockerignore beside it applies\n"
	"      --name N            publish under this name instead of the computed one\n"
	"      --prefix P          name prefix (name, publish) or filter (list, prune)\n"
	"      --hash-contexts     name over every build input, not just the Dockerfile\n"
	"      --explain           say what went into the name (stderr)\n"
	"      --cpu N             vCPUs of the snapshot (default 2)\n"
	"      --memory GIB        memory in GiB (default 8)\n"
	"      --disk GIB          disk in GiB (default 10)\n"
	"      --region ID         region id (default DAYTONA_TARGET, else the org's default)\n"
	"      --timeout SEC       bound on every wait (default 1800); past it, exit 6\n"
	"      --log-file F        also append the build log to F\n"
	"      --rebuild-failed    delete a snapshot found failed and build it again\n"
	"      --max-context-bytes N  refuse a context larger than N bytes before anything\n"
	"                          is sent, listing its largest entries (default 1 GiB;\n"
	"                          suffixes K, M, G)\n"
	"      --tar ARCHIVEPATH   contexts: write that context's tar to stdout\n"
	"      --keep N            prune: how many of the newest to keep\n"
	"      --dry-run           prune: print what would be deleted, delete nothing\n"
	"      --json              one JSON document on stdout; publish prints\n"
	"                          {\"name\",\"id\",\"state\",\"created\",\"seconds\"}\n"
	"  -q, --quiet             errors only on stderr (no build log)\n"
	"  -v, --verbose           trace requests on stderr (secrets redacted)\n"
	"  -h, --help              show this help\n"
	"\n"
	"environment:\n"
	"  DAYTONA_API_URL         API base (default https://app.daytona.io/api)\n"
	"  DAYTONA_API_KEY         API key (required except for name and contexts)\n"
	"  DAYTONA_TARGET          default region\n"
	"  DEFAULT_SNAPSHOT_NAME   the default name (as the reference orchestrator), unless\n"
	"                          --name, --prefix or --hash-contexts is given\n"
	"  DAYTONA_API_KEY and DAYTONA_TARGET are also read from .env.local and .env in the\n"
	"  working directory, as the official SDK reads them.\n"
	"\n"
	"build contexts:\n"
	"  Sources are resolved as docker build resolves them: relative to the Dockerfile's\n"
	"  folder, globs matching files and folders, .dockerignore applied (Docker's pattern\n"
	"  rules, ! exceptions, last match wins). URLs, --from stages and heredocs are not\n"
	"  context. A source that is missing, excluded, or outside the folder is an error\n"
	"  naming the Dockerfile line. Each context is hashed with the official SDK's\n"
	"  function and uploaded as the SDK's tar to {organizationId}/{hash}/context.tar, once.\n"
	"\n"
	"exit status:\n"
	"  0 ok (including already existed), 1 failure, 2 usage, 3 not found,\n"
	"  4 refused (a context over the limit or outside the folder), 5 build failed,\n"
	"  6 timed out, 7 authentication, 130 interrupted\n";

enum {
	OPT_PREFIX = 1000, OPT_HASH_CONTEXTS, OPT_EXPLAIN, OPT_JSON, OPT_MAX_BYTES, OPT_NAME, OPT_CPU,
	OPT_MEMORY, OPT_DISK, OPT_REGION, OPT_TIMEOUT, OPT_LOG_FILE, OPT_REBUILD_FAILED, OPT_KEEP,
	OPT_DRY_RUN, OPT_TAR,
};

static const struct option long_opts[] = {
	{ "file", required_argument, NULL, 'f' },
	{ "prefix", required_argument, NULL, OPT_PREFIX },
	{ "hash-contexts", no_argument, NULL, OPT_HASH_CONTEXTS },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "max-context-bytes", required_argument, NULL, OPT_MAX_BYTES },
	{ "name", required_argument, NULL, OPT_NAME },
	{ "cpu", required_argument, NULL, OPT_CPU },
	{ "memory", required_argument, NULL, OPT_MEMORY },
	{ "disk", required_argument, NULL, OPT_DISK },
	{ "region", required_argument, NULL, OPT_REGION },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "log-file", required_argument, NULL, OPT_LOG_FILE },
	{ "rebuild-failed", no_argument, NULL, OPT_REBUILD_FAILED },
	{ "keep", required_argument, NULL, OPT_KEEP },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "tar", required_argument, NULL, OPT_TAR },
	{ "quiet", no_argument, NULL, 'q' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

struct opts {
	const char *cmd;
	const char *file;
	const char *prefix;
	const char *name;
	const char *region;
	const char *log_file;
	const char *tar;
	bool hash_contexts, explain, json, rebuild_failed, dry_run;
	bool prefix_set, max_set;
	int cpu, memory, disk;
	long timeout_s;
	long keep;
	uint64_t max_bytes;
	char **args;
	int nargs;
};

/* ---- small helpers ---------------------------------------------------------------- */

static int parse_bytes(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	uint64_t mul = 1;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return tool_usage_error("--max-context-bytes expects a size such as 1073741824 or 512M, not '%s'", s);
	if (*end) {
		switch (*end) {
		case 'k': case 'K': mul = 1ULL << 10; break;
		case 'm': case 'M': mul = 1ULL << 20; break;
		case 'g': case 'G': mul = 1ULL << 30; break;
		case 't': case 'T': mul = 1ULL << 40; break;
		default:
			return tool_usage_error("--max-context-bytes: unknown suffix in '%s' (use K, M, G or T)", s);
		}
		if (end[1] && strcmp(end + 1, "B") && strcmp(end + 1, "iB") && strcmp(end + 1, "b"))
			return tool_usage_error("--max-context-bytes: unknown suffix in '%s' (use K, M, G or T)", s);
	}
	if (v > UINT64_MAX / mul)
		return tool_usage_error("--max-context-bytes: '%s' is too large", s);
	*out = v * mul;
	return 0;
}

/* ---- name ------------------------------------------------------------------------- */

static int compute_name(const struct opts *o, struct ctx_list **ctxs, char **name, char **explain)
{
	struct snapname_opts so = { 0 };
	struct ctx_opts co = { .hash = true, .max_bytes = o->max_bytes, .cancel = &tool_interrupted };
	int rc;

	*name = NULL;
	if (o->hash_contexts && !*ctxs && (rc = ctx_collect(o->file, &co, ctxs)) < 0)
		return rc;
	so.prefix = o->prefix;
	so.hash_contexts = o->hash_contexts;
	so.contexts = *ctxs;
	so.cpu = o->cpu;
	so.memory = o->memory;
	so.disk = o->disk;
	return snapname_compute(o->file, &so, name, explain);
}

static int cmd_name(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct ctx_list *ctxs = NULL;
	char *name = NULL, *explain = NULL;
	int rc;

	rc = compute_name(o, &ctxs, &name, o->explain ? &explain : NULL);
	if (rc < 0)
		goto out;
	if (o->explain)
		fputs(explain, stderr);
	puts(name);
out:
	free(name);
	free(explain);
	ctx_list_free(ctxs);
	return rc < 0 ? tool_fail(rc) : EXIT_OK;
}

/* ---- contexts --------------------------------------------------------------------- */

static int cmd_contexts(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct ctx_opts co = { .hash = true, .max_bytes = o->max_bytes, .cancel = &tool_interrupted };
	struct ctx_list *l = NULL;
	size_t i, k;
	int rc;

	if (o->tar) {
		co.hash = false;
		if (isatty(STDOUT_FILENO))
			return tool_usage_error("--tar writes a tar archive: redirect stdout to a file or a pipe");
	}
	if ((rc = ctx_collect(o->file, &co, &l)) < 0)
		return tool_fail(rc);
	if (o->tar) {
		struct ctx_tar *t = NULL;
		char b[65536];
		ssize_t n;
		const char *want = strcmp(o->tar, ".") == 0 ? "" : o->tar;

		for (i = 0; i < l->n; i++)
			if (strcmp(l->v[i].archive_path, want) == 0)
				break;
		if (i == l->n) {
			rc = byoc_fail(BYOC_ENOTFOUND, "no context with archivePath '%s' in %s (see byoc-snapshot contexts)",
				       o->tar, l->dockerfile);
		} else if ((rc = ctx_tar_open(&l->v[i], &t)) == 0) {
			while ((n = ctx_tar_read(t, b, sizeof(b))) > 0)
				if (fwrite(b, 1, (size_t)n, stdout) != (size_t)n) {
					n = byoc_fail_errno(BYOC_EIO, "cannot write the tar to stdout");
					break;
				}
			if (n < 0)
				rc = (int)n;
			ctx_tar_close(t);
		}
		ctx_list_free(l);
		if (rc == 0 && fflush(stdout) != 0)
			rc = byoc_fail_errno(BYOC_EIO, "cannot write the tar to stdout");
		return rc < 0 ? tool_fail(rc) : EXIT_OK;
	}
	if (o->json) {
		json_t *root = json_object(), *arr = json_array();

		json_object_set_new(root, "dockerfile", json_string(l->dockerfile));
		json_object_set_new(root, "context", json_string(l->dir));
		json_object_set_new(root, "dockerignore", json_boolean(l->has_dockerignore));
		for (i = 0; i < l->n; i++) {
			const struct ctx_source *s = &l->v[i];
			json_t *c = json_object(), *big = json_array();

			json_object_set_new(c, "source", json_string(s->src));
			json_object_set_new(c, "archivePath", json_string(s->archive_path));
			json_object_set_new(c, "path", json_string(s->path));
			json_object_set_new(c, "hash", json_string(s->hash));
			json_object_set_new(c, "type", json_string(s->is_dir ? "dir" : "file"));
			json_object_set_new(c, "files", json_integer((json_int_t)s->files));
			json_object_set_new(c, "bytes", json_integer((json_int_t)s->bytes));
			json_object_set_new(c, "symlinks", json_integer((json_int_t)s->symlinks));
			json_object_set_new(c, "instruction", json_string(s->keyword));
			json_object_set_new(c, "line", json_integer(s->line));
			for (k = 0; k < s->nlargest && k < 5; k++) {
				json_t *b = json_object();

				json_object_set_new(b, "path", json_string(s->largest[k].path));
				json_object_set_new(b, "bytes", json_integer((json_int_t)s->largest[k].size));
				json_array_append_new(big, b);
			}
			json_object_set_new(c, "largest", big);
			json_array_append_new(arr, c);
		}
		json_object_set_new(root, "contexts", arr);
		json_object_set_new(root, "files", json_integer((json_int_t)l->files));
		json_object_set_new(root, "bytes", json_integer((json_int_t)l->bytes));
		tool_print_json(root);
		json_decref(root);
	} else {
		char hb[32];

		if (l->n == 0)
			tool_info("%s needs no build context (no local COPY/ADD source)", l->dockerfile);
		for (i = 0; i < l->n; i++) {
			const struct ctx_source *s = &l->v[i];

			ctx_human_bytes(s->bytes, hb, sizeof(hb));
			printf("%s  %6" PRIu64 " files  %10s  %s  (%s line %d: %s)\n", s->hash, s->files, hb,
			       s->archive_path[0] ? s->archive_path : ".", s->keyword, s->line, s->src);
		}
	}
	ctx_list_free(l);
	return EXIT_OK;
}

/* ---- publish ---------------------------------------------------------------------- */

struct logsink {
	FILE *file;
	char tail[TAIL_BYTES];
	size_t tail_len;
	bool any;
};

static int on_log(void *arg, const char *p, size_t n)
{
	struct logsink *ls = arg;

	if (!tool_quiet)
		fwrite(p, 1, n, stderr);
	if (ls->file)
		fwrite(p, 1, n, ls->file);
	ls->any = true;
	if (n >= TAIL_BYTES) {
		memcpy(ls->tail, p + n - TAIL_BYTES, TAIL_BYTES);
		ls->tail_len = TAIL_BYTES;
	} else {
		if (ls->tail_len + n > TAIL_BYTES) {
			size_t drop = ls->tail_len + n - TAIL_BYTES;

			memmove(ls->tail, ls->tail + drop, ls->tail_len - drop);
			ls->tail_len -= drop;
		}
		memcpy(ls->tail + ls->tail_len, p, n);
		ls->tail_len += n;
	}
	return 0;
}

/* The last TAIL_LINES lines of the log, on stderr (only when they were not shown already). */
static void print_tail(const struct logsink *ls)
{
	size_t i, start = 0;
	int lines = 0;

	if (!ls->tail_len)
		return;
	for (i = ls->tail_len; i > 0; i--) {
		if (ls->tail[i - 1] == '\n' && i != ls->tail_len && ++lines == TAIL_LINES) {
			start = i;
			break;
		}
	}
	fprintf(stderr, "%s: last lines of the build log:\n", tool_name);
	fwrite(ls->tail + start, 1, ls->tail_len - start, stderr);
	if (ls->tail[ls->tail_len - 1] != '\n')
		fputc('\n', stderr);
}

static int tail_only(void *arg, const char *p, size_t n)
{
	struct logsink *ls = arg;
	bool q = tool_quiet;
	FILE *f = ls->file;
	int rc;

	/* keep the bytes for print_tail without echoing them now */
	tool_quiet = true;
	ls->file = NULL;
	rc = on_log(arg, p, n);
	tool_quiet = q;
	ls->file = f;
	ls->any = false;
	return rc;
}

/* The build log of a failed snapshot when following did not get any of it (the
 * stream or its URL failed): one plain GET of the whole log, retried like any GET. */
static void fetch_failed_log(struct dt_client *c, const char *name, struct logsink *ls)
{
	struct dt_snapshot *s = NULL;
	char *url = NULL;
	int saved = byoc_errcode();
	char msg[1024];

	snprintf(msg, sizeof(msg), "%s", byoc_errmsg());
	if (dt_snapshot_get(c, name, &s) == 0 && s->id && dt_snapshot_build_logs_url(c, s->id, &url) == 0) {
		struct api_req r = { .method = "GET", .path = url, .what = "build log" };
		struct http_req req = { .write = tail_only, .write_arg = ls };

		(void)api_do(dt_client_api(c), &r, &req, NULL, NULL);
	}
	free(url);
	dt_snapshot_free(s);
	byoc_fail(saved, "%s", msg);
}

#if HAVE_OBJSTORE
struct tar_reader {
	struct ctx_tar *t;
};

static ssize_t tar_read_cb(void *arg, char *p, size_t n)
{
	return ctx_tar_read(((struct tar_reader *)arg)->t, p, n);
}

static int tar_seek_cb(void *arg)
{
	return ctx_tar_rewind(((struct tar_reader *)arg)->t);
}
#endif

/* Uploads each context not already in object storage. */
static int upload_contexts(struct dt_client *c, struct ctx_list *l, int *uploaded)
{
#if HAVE_OBJSTORE
	struct objstore_creds cr;
	json_t *access = NULL;
	char *js = NULL;
	size_t i;
	int rc;

	*uploaded = 0;
	if (l->n == 0)
		return 0;
	memset(&cr, 0, sizeof(cr));
	if ((rc = dt_push_access(c, &access)) < 0)
		return byoc_fail_wrap(rc, "object storage push access");
	js = json_dumps(access, JSON_COMPACT);
	json_decref(access);
	if (!js)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = objstore_creds_from_json(js, strlen(js), &cr);
	free(js);
	if (rc < 0)
		return rc;
	for (i = 0; i < l->n && rc == 0; i++) {
		struct ctx_source *s = &l->v[i];
		char prefix[512], key[512], hb[32];
		bool found = false;
		struct tar_reader tr = { NULL };
		uint64_t size = 0;
		size_t k;

		/* the same hash twice (identical trees under one name) goes once */
		for (k = 0; k < i; k++)
			if (strcmp(l->v[k].hash, s->hash) == 0)
				break;
		if (k < i)
			continue;
		if ((rc = objstore_context_prefix(&cr, s->hash, prefix, sizeof(prefix))) < 0 ||
		    (rc = objstore_context_key(&cr, s->hash, key, sizeof(key))) < 0)
			break;
		if ((rc = objstore_exists(dt_client_http(c), &cr, prefix, &found)) < 0) {
			rc = byoc_fail_wrap(rc, "context '%s'", s->archive_path[0] ? s->archive_path : ".");
			break;
		}
		if (found) {
			tool_info("context %s (%s) already uploaded", s->archive_path[0] ? s->archive_path : ".",
				  s->hash);
			continue;
		}
		if ((rc = ctx_tar_size(s, &size)) < 0 || (rc = ctx_tar_open(s, &tr.t)) < 0)
			break;
		ctx_human_bytes(size, hb, sizeof(hb));
		tool_info("uploading context %s (%s, %" PRIu64 " files, %s)",
			  s->archive_path[0] ? s->archive_path : ".", s->hash, s->files, hb);
		rc = objstore_put_stream(dt_client_http(c), &cr, key, tar_read_cb, &tr, (long long)size,
					 tar_seek_cb, NULL);
		ctx_tar_close(tr.t);
		if (rc < 0)
			rc = byoc_fail_wrap(rc, "upload of context '%s'", s->archive_path[0] ? s->archive_path : ".");
		else
			(*uploaded)++;
	}
	objstore_creds_release(&cr);
	return rc;
#else
	(void)c;
	*uploaded = 0;
	if (l->n == 0)
		return 0;
	return byoc_fail(BYOC_EFAIL, "this build has no object storage client; cannot upload contexts");
#endif
}

static char *read_dockerfile(const char *path)
{
	struct buf b;

	if (file_read_capped(path, (size_t)4 << 20, "Dockerfile", &b) < 0)
		return NULL;
	return buf_detach(&b);
}

static bool state_is(const struct dt_snapshot *s, const char *st)
{
	return s && s->state && strcmp(s->state, st) == 0;
}

/* Waits for a snapshot some build is producing, streaming its log. */
static int follow(struct dt_client *c, const char *name, struct logsink *ls, int64_t deadline,
		  struct dt_snapshot **final)
{
	int rc = dt_snapshot_follow_logs(c, name, on_log, ls, deadline, final);

	if (rc == BYOC_ETIMEOUT)
		return byoc_fail(BYOC_ETIMEOUT, "snapshot '%s' was not active within --timeout; it may still be "
				 "building: run publish again to keep waiting", name);
	return rc;
}

/* Waits until a deleted snapshot is gone (404). */
static int wait_gone(struct dt_client *c, const char *name, int64_t deadline)
{
	struct dt_snapshot *s = NULL;
	int rc;

	for (;;) {
		rc = dt_snapshot_get(c, name, &s);
		dt_snapshot_free(s);
		s = NULL;
		if (rc == BYOC_ENOTFOUND)
			return 0;
		if (rc < 0)
			return rc;
		if (tool_interrupted)
			return byoc_fail(BYOC_EINTR, "interrupted");
		if (deadline && http_now_ms() > deadline)
			return byoc_fail(BYOC_ETIMEOUT, "snapshot '%s' was still being removed at --timeout", name);
		usleep(500 * 1000);
	}
}

/* The name to publish under: --name as given (checked), else the computed one. */
static int publish_name(struct opts *o, struct ctx_list **ctxs, char **name)
{
	if (!o->name)
		return compute_name(o, ctxs, name, NULL);
	if (!snapname_valid(o->name))
		return byoc_fail(BYOC_EUSAGE, "--name '%s' is not a valid snapshot name (letters, digits, _ . - : /)",
				 o->name);
	*name = strdup(o->name);
	return *name ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

/* A missing snapshot: the Dockerfile read and its contexts collected (once), the contexts
 * not stored yet uploaded, and the create sent (a 409 is the caller's to classify). */
static int create_snapshot(struct opts *o, struct dt_client *c, const char *name, char **content,
			   struct ctx_list **ctxs, int *uploaded, struct dt_snapshot **s)
{
	struct dt_snapshot_create p;
	const char **hashes;
	size_t i;
	int rc;

	if (!*content && !(*content = read_dockerfile(o->file)))
		return byoc_errcode();
	if (!*ctxs) {
		struct ctx_opts co = { .hash = true, .max_bytes = o->max_bytes, .cancel = &tool_interrupted };

		if ((rc = ctx_collect(o->file, &co, ctxs)) < 0)
			return rc;
	}
	if ((rc = upload_contexts(c, *ctxs, uploaded)) < 0)
		return rc;
	if (!(hashes = calloc((*ctxs)->n + 1, sizeof(*hashes))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (i = 0; i < (*ctxs)->n; i++)
		hashes[i] = (*ctxs)->v[i].hash;
	memset(&p, 0, sizeof(p));
	p.name = name;
	p.dockerfile_content = *content;
	p.context_hashes = hashes;
	p.n_context_hashes = (*ctxs)->n;
	p.cpu = o->cpu;
	p.memory = o->memory;
	p.disk = o->disk;
	p.region_id = o->region;
	p.retry = true;
	rc = dt_snapshot_create(c, &p, s);
	free(hashes);
	return rc;
}

/* The one result: the name, or with --json {"name","id","state","created","seconds"}. */
static void print_published(const struct opts *o, const char *name, const struct dt_snapshot *s, bool created,
			    double t0)
{
	if (o->json) {
		json_t *j = json_object();

		json_object_set_new(j, "name", json_string(name));
		json_object_set_new(j, "id", s && s->id ? json_string(s->id) : json_null());
		json_object_set_new(j, "state", json_string(s && s->state ? s->state : "active"));
		json_object_set_new(j, "created", json_boolean(created));
		json_object_set_new(j, "seconds", json_real((double)(long)((tool_now_s() - t0) * 1000) / 1000.0));
		tool_print_json(j);
		json_decref(j);
	} else {
		puts(name);
	}
	fflush(stdout);
}

/* What publish carries from one turn over the snapshot's state to the next. */
struct publish {
	struct opts *o;
	struct dt_client *c;
	struct dt_snapshot *s;
	struct ctx_list *ctxs;
	struct logsink ls;
	char *name, *content;
	bool created, deleted_failed;
	int64_t deadline;
	int uploaded;
};

enum { PUBLISH_DONE = 0, PUBLISH_AGAIN = 1 };

/* The snapshot exists in p->s: PUBLISH_DONE once it is active, PUBLISH_AGAIN after acting
 * on its state, or an error. */
static int publish_existing(struct publish *p)
{
	const char *name = p->name;
	int rc;

	if (state_is(p->s, "active"))
		return PUBLISH_DONE;
	if (state_is(p->s, "build_failed") || state_is(p->s, "error")) {
		if (p->o->rebuild_failed && !p->deleted_failed) {
			tool_info("snapshot '%s' is %s (%s); deleting it to build again", name, p->s->state,
				  p->s->error_reason ? p->s->error_reason : "no reason given");
			if ((rc = dt_snapshot_delete(p->c, p->s->id)) < 0 && rc != BYOC_ENOTFOUND)
				return rc;
			p->deleted_failed = true;
			if ((rc = wait_gone(p->c, name, p->deadline)) < 0)
				return rc;
			return PUBLISH_AGAIN;
		}
		/* reports errorReason and the log's last lines */
		rc = follow(p->c, name, &p->ls, p->deadline, NULL);
		return rc == 0 ? PUBLISH_AGAIN : rc;
	}
	if (state_is(p->s, "inactive")) {
		tool_info("snapshot '%s' is inactive; activating it", name);
		rc = dt_snapshot_activate(p->c, p->s->id, NULL);
		return rc < 0 && rc != BYOC_EUSAGE ? rc : PUBLISH_AGAIN;
	}
	if (state_is(p->s, "removing")) {
		tool_info("snapshot '%s' is being removed; waiting to build it again", name);
		rc = wait_gone(p->c, name, p->deadline);
		return rc < 0 ? rc : PUBLISH_AGAIN;
	}
	/* pending, building, pulling: somebody's build, wait for it */
	tool_info("snapshot '%s' is %s; waiting for it", name, p->s->state);
	dt_snapshot_free(p->s);
	p->s = NULL;
	rc = follow(p->c, name, &p->ls, p->deadline, &p->s);
	if (rc == BYOC_ENOTFOUND)
		return PUBLISH_AGAIN; /* deleted meanwhile: start over */
	return rc < 0 ? rc : PUBLISH_DONE;
}

/* The snapshot is missing: build it and follow the build. */
static int publish_build(struct publish *p)
{
	int rc;

	dt_snapshot_free(p->s);
	p->s = NULL;
	rc = create_snapshot(p->o, p->c, p->name, &p->content, &p->ctxs, &p->uploaded, &p->s);
	if (rc == BYOC_ECONFLICT) {
		tool_info("snapshot '%s' was created by someone else meanwhile; checking it", p->name);
		return PUBLISH_AGAIN;
	}
	if (rc < 0)
		return rc;
	p->created = true;
	tool_info("building snapshot '%s' (id %s) from %s", p->name, p->s->id ? p->s->id : "?", p->o->file);
	dt_snapshot_free(p->s);
	p->s = NULL;
	rc = follow(p->c, p->name, &p->ls, p->deadline, &p->s);
	if (rc == BYOC_ENOTFOUND) {
		p->created = false;
		return PUBLISH_AGAIN;
	}
	return rc < 0 ? rc : PUBLISH_DONE;
}

/* One loop over the snapshot's state (active, failed, inactive, removing, someone's build,
 * missing) until it is active: each turn may start over, sharing the deadline, the attempt
 * count and what was already read and uploaded. */
static int publish_until_active(struct publish *p)
{
	int rc, attempts = 0;

	for (;;) {
		if (tool_interrupted)
			return byoc_fail(BYOC_EINTR, "interrupted");
		if (++attempts > 6)
			return byoc_fail(BYOC_EFAIL, "snapshot '%s' kept changing under us through 6 attempts (created "
				       "and deleted by others; last seen %s); try again", p->name,
				       p->s && p->s->state ? p->s->state : "missing");
		dt_snapshot_free(p->s);
		p->s = NULL;
		rc = dt_snapshot_get(p->c, p->name, &p->s);
		if (rc == 0)
			rc = publish_existing(p);
		else if (rc == BYOC_ENOTFOUND)
			rc = publish_build(p);
		if (rc != PUBLISH_AGAIN)
			return rc;
	}
}

static int cmd_publish(void *arg, const char *verb, int argc, char **argv)
{
	struct publish p;
	double t0 = tool_now_s();
	int rc;

	memset(&p, 0, sizeof(p));
	p.o = arg;
	if (p.o->name && (p.o->prefix_set || p.o->hash_contexts))
		return tool_usage_error("--name cannot be combined with --prefix or --hash-contexts");
	if (p.o->log_file && !(p.ls.file = fopen(p.o->log_file, "a"))) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot open --log-file '%s'", p.o->log_file);
		goto out;
	}
	if ((rc = publish_name(p.o, &p.ctxs, &p.name)) < 0)
		goto out;
	if ((rc = tool_dt_client(&p.c, &tool_interrupted)) < 0)
		goto out;
	p.deadline = http_now_ms() + (int64_t)p.o->timeout_s * 1000;
	if ((rc = publish_until_active(&p)) == 0)
		print_published(p.o, p.name, p.s, p.created, t0);
out:
	if (rc == BYOC_EBUILD && p.ls.tail_len == 0 && p.c && p.name)
		fetch_failed_log(p.c, p.name, &p.ls);
	if (rc == BYOC_EBUILD) {
		tool_error("%s", byoc_errmsg());
		if (tool_quiet || !p.ls.any)
			print_tail(&p.ls);
		rc = EXIT_BUILD;
	} else if (rc < 0) {
		rc = tool_fail(rc);
	}
	if (p.ls.file)
		fclose(p.ls.file);
	free(p.content);
	free(p.name);
	dt_snapshot_free(p.s);
	ctx_list_free(p.ctxs);
	dt_client_free(p.c);
	return rc;
}

/* ---- list / get / delete / prune --------------------------------------------------- */

static bool has_prefix(const char *s, const char *p)
{
	return !p || strncmp(s ? s : "", p, strlen(p)) == 0;
}

static int cmp_created_desc(const void *a, const void *b)
{
	const struct dt_snapshot *x = *(struct dt_snapshot *const *)a;
	const struct dt_snapshot *y = *(struct dt_snapshot *const *)b;
	const char *cx = x->created_at ? x->created_at : "", *cy = y->created_at ? y->created_at : "";
	int r = strcmp(cy, cx);

	return r ? r : strcmp(y->name ? y->name : "", x->name ? x->name : "");
}

static int cmd_list(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *c = NULL;
	struct dt_snapshot_list l = { 0 };
	json_t *arr = NULL;
	size_t i;
	int rc;

	if ((rc = tool_dt_client(&c, &tool_interrupted)) < 0)
		goto out;
	if ((rc = dt_snapshot_list(c, o->prefix, &l)) < 0)
		goto out;
	if (l.count)
		qsort(l.items, l.count, sizeof(*l.items), cmp_created_desc);
	if (o->json)
		arr = json_array();
	for (i = 0; i < l.count; i++) {
		struct dt_snapshot *s = l.items[i];

		if (!has_prefix(s->name, o->prefix))
			continue;
		if (arr)
			json_array_append(arr, s->json);
		else
			printf("%s\t%s\t%s\t%s\n", s->name ? s->name : "", s->state ? s->state : "",
			       s->created_at ? s->created_at : "", s->id ? s->id : "");
	}
	if (arr)
		tool_print_json(arr);
out:
	json_decref(arr);
	dt_snapshot_list_release(&l);
	dt_client_free(c);
	return rc < 0 ? tool_fail(rc) : EXIT_OK;
}

static int cmd_get(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *c = NULL;
	struct dt_snapshot *s = NULL;
	int rc;

	if (o->nargs != 1)
		return tool_usage_error("get needs exactly one NAME");
	if ((rc = tool_dt_client(&c, &tool_interrupted)) < 0)
		goto out;
	if ((rc = dt_snapshot_get(c, o->args[0], &s)) < 0)
		goto out;
	if (o->json) {
		tool_print_json(s->json);
	} else {
		printf("name: %s\nid: %s\nstate: %s\n", s->name ? s->name : "", s->id ? s->id : "",
		       s->state ? s->state : "");
		if (s->error_reason)
			printf("errorReason: %s\n", s->error_reason);
		if (s->created_at)
			printf("createdAt: %s\n", s->created_at);
		if (s->cpu >= 0)
			printf("cpu: %ld\nmemory: %ld\ndisk: %ld\n", s->cpu, s->mem, s->disk);
	}
out:
	dt_snapshot_free(s);
	dt_client_free(c);
	return rc < 0 ? tool_fail(rc) : EXIT_OK;
}

static int cmd_delete(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *c = NULL;
	struct dt_snapshot *s = NULL;
	int rc;

	if (o->nargs != 1)
		return tool_usage_error("delete needs exactly one NAME");
	if ((rc = tool_dt_client(&c, &tool_interrupted)) < 0)
		goto out;
	if ((rc = dt_snapshot_get(c, o->args[0], &s)) < 0)
		goto out;
	if ((rc = dt_snapshot_delete(c, s->id)) < 0)
		goto out;
	tool_info("deleted snapshot '%s' (id %s)", s->name ? s->name : o->args[0], s->id);
	puts(s->id);
out:
	dt_snapshot_free(s);
	dt_client_free(c);
	return rc < 0 ? tool_fail(rc) : EXIT_OK;
}

static int cmd_prune(void *arg, const char *verb, int argc, char **argv)
{
	struct opts *o = arg;
	struct dt_client *c = NULL;
	struct dt_snapshot_list l = { 0 };
	struct dt_sandbox_list sb = { 0 };
	struct dt_snapshot **mine = NULL;
	json_t *deleted = NULL, *kept_used = NULL;
	size_t i, j, n = 0;
	int rc, fails = 0;

	if (!o->prefix_set || !*o->prefix)
		return tool_usage_error("prune needs --prefix P (it never deletes outside a prefix)");
	if (o->keep < 0)
		return tool_usage_error("prune needs --keep N");
	deleted = json_array();
	kept_used = json_array();
	if (!deleted || !kept_used) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = tool_dt_client(&c, &tool_interrupted)) < 0)
		goto out;
	if ((rc = dt_snapshot_list(c, o->prefix, &l)) < 0)
		goto out;
	if ((rc = dt_sandbox_list(c, NULL, &sb)) < 0)
		goto out;
	mine = calloc(l.count + 1, sizeof(*mine));
	if (!mine) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < l.count; i++)
		if (!l.items[i]->general && has_prefix(l.items[i]->name, o->prefix))
			mine[n++] = l.items[i];
	if (n)
		qsort(mine, n, sizeof(*mine), cmp_created_desc);
	for (i = (size_t)o->keep; i < n; i++) {
		struct dt_snapshot *s = mine[i];
		bool used = false;

		for (j = 0; j < sb.count && !used; j++) {
			const char *ref = sb.items[j]->snapshot;

			if (ref && ((s->name && strcmp(ref, s->name) == 0) || (s->id && strcmp(ref, s->id) == 0)))
				used = true;
		}
		if (used) {
			tool_info("keeping '%s': sandbox %s was created from it", s->name, sb.items[j - 1]->id);
			json_array_append_new(kept_used, json_string(s->name));
			continue;
		}
		if (s->state && (!strcmp(s->state, "pending") || !strcmp(s->state, "building") ||
				 !strcmp(s->state, "pulling") || !strcmp(s->state, "removing"))) {
			tool_info("keeping '%s': it is %s", s->name, s->state);
			continue;
		}
		if (!o->dry_run) {
			int r = dt_snapshot_delete(c, s->id);

			if (r < 0 && r != BYOC_ENOTFOUND) {
				tool_error("cannot delete '%s': %s", s->name, byoc_errmsg());
				fails++;
				rc = r;
				continue;
			}
		}
		json_array_append_new(deleted, json_string(s->name));
		if (!o->json)
			puts(s->name);
	}
	if (o->json) {
		json_t *j2 = json_object();

		json_object_set(j2, o->dry_run ? "wouldDelete" : "deleted", deleted);
		json_object_set(j2, "keptInUse", kept_used);
		json_object_set_new(j2, "kept", json_integer((json_int_t)(n < (size_t)o->keep ? n : (size_t)o->keep)));
		tool_print_json(j2);
		json_decref(j2);
	}
	tool_info("%s %zu of %zu snapshots named %s*", o->dry_run ? "would delete" : "deleted",
		  json_array_size(deleted), n, o->prefix);
	if (fails)
		rc = byoc_fail(rc, "%d deletions failed", fails);
out:
	json_decref(deleted);
	json_decref(kept_used);
	free(mine);
	dt_snapshot_list_release(&l);
	dt_sandbox_list_release(&sb);
	dt_client_free(c);
	return rc < 0 ? tool_fail(rc) : EXIT_OK;
}

/* ---- main ------------------------------------------------------------------------- */

/* Each command and the options it takes (besides --quiet, --verbose, --help). */
static const int name_opts[] = { 'f', OPT_PREFIX, OPT_HASH_CONTEXTS, OPT_EXPLAIN, OPT_CPU, OPT_MEMORY, OPT_DISK,
				 OPT_MAX_BYTES, 0 };
static const int contexts_opts[] = { 'f', OPT_JSON, OPT_MAX_BYTES, OPT_TAR, 0 };
static const int publish_opts[] = { 'f', OPT_NAME, OPT_PREFIX, OPT_HASH_CONTEXTS, OPT_CPU, OPT_MEMORY, OPT_DISK,
				    OPT_REGION, OPT_TIMEOUT, OPT_LOG_FILE, OPT_REBUILD_FAILED, OPT_MAX_BYTES,
				    OPT_JSON, 0 };
static const int list_opts[] = { OPT_PREFIX, OPT_JSON, 0 };
static const int get_opts[] = { OPT_JSON, 0 };
static const int prune_opts[] = { OPT_PREFIX, OPT_KEEP, OPT_DRY_RUN, OPT_JSON, 0 };

static const struct tool_cmd commands[] = {
	{ "name", cmd_name, name_opts, false },
	{ "contexts", cmd_contexts, contexts_opts, false },
	{ "publish", cmd_publish, publish_opts, false },
	{ "list", cmd_list, list_opts, false },
	{ "get", cmd_get, get_opts, true },
	{ "delete", cmd_delete, NULL, true },
	{ "prune", cmd_prune, prune_opts, false },
	{ NULL, NULL, NULL, false },
};

int main(int argc, char **argv)
{
	struct opts o;
	const struct tool_cmd *cmd;
	long v;
	int ch, rc;

	tool_init(argc, argv);
	memset(&o, 0, sizeof(o));
	o.file = DEFAULT_DOCKERFILE;
	o.cpu = DEFAULT_CPU;
	o.memory = DEFAULT_MEMORY;
	o.disk = DEFAULT_DISK;
	o.timeout_s = DEFAULT_TIMEOUT_S;
	o.keep = -1;
	o.max_bytes = CTX_DEFAULT_MAX_BYTES;
	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	o.cmd = argv[1];
	if (!strcmp(o.cmd, "-h") || !strcmp(o.cmd, "--help") || !strcmp(o.cmd, "help")) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (!(cmd = tool_cmd_find(commands, o.cmd)))
		return tool_usage_error("unknown command '%s'", o.cmd);
	optind = 2;
	while ((ch = getopt_long(argc, argv, "f:qvh", long_opts, NULL)) != -1) {
		if ((rc = tool_cmd_option(cmd, long_opts, ch)))
			return rc;
		switch (ch) {
		case 'f': o.file = optarg; break;
		case OPT_PREFIX: o.prefix = optarg; o.prefix_set = true; break;
		case OPT_HASH_CONTEXTS: o.hash_contexts = true; break;
		case OPT_EXPLAIN: o.explain = true; break;
		case OPT_JSON: o.json = true; break;
		case OPT_MAX_BYTES:
			if ((rc = parse_bytes(optarg, &o.max_bytes)) != 0)
				return rc;
			o.max_set = true;
			break;
		case OPT_NAME: o.name = optarg; break;
		case OPT_CPU:
			if ((rc = tool_parse_long("--cpu", optarg, 1, 1024, &v)) != 0)
				return rc;
			o.cpu = (int)v;
			break;
		case OPT_MEMORY:
			if ((rc = tool_parse_long("--memory", optarg, 1, 4096, &v)) != 0)
				return rc;
			o.memory = (int)v;
			break;
		case OPT_DISK:
			if ((rc = tool_parse_long("--disk", optarg, 1, 65536, &v)) != 0)
				return rc;
			o.disk = (int)v;
			break;
		case OPT_REGION: o.region = optarg; break;
		case OPT_TIMEOUT:
			if ((rc = tool_parse_long("--timeout", optarg, 1, 7 * 24 * 3600, &o.timeout_s)) != 0)
				return rc;
			break;
		case OPT_LOG_FILE: o.log_file = optarg; break;
		case OPT_REBUILD_FAILED: o.rebuild_failed = true; break;
		case OPT_KEEP:
			if ((rc = tool_parse_long("--keep", optarg, 0, 1000000, &o.keep)) != 0)
				return rc;
			break;
		case OPT_DRY_RUN: o.dry_run = true; break;
		case OPT_TAR: o.tar = optarg; break;
		case 'q': tool_quiet = true; break;
		case 'v': tool_verbose = true; break;
		case 'h':
			fputs(usage_text, stdout);
			return EXIT_OK;
		default:
			fprintf(stderr, "try '%s --help' for more information\n", tool_name);
			return EXIT_USAGE;
		}
	}
	o.args = argv + optind;
	o.nargs = argc - optind;
	return tool_cmd_run(cmd, &o, o.nargs, o.args);
}
