/*
 * byoc-seed: repositories, datasets and single files into a sandbox, streamed
 * through one upload, verified by manifest, all or nothing.
 *
 *   byoc-seed repo SANDBOX URL [--ref REF] [--depth N] [--dest DIR] [--submodules]
 *                  [--no-git] [--token-env VAR] [--remote]
 *   byoc-seed data SANDBOX PATH... [--dest DIR] [--compress gzip|zstd|none] [--exclude GLOB]...
 *   byoc-seed file SANDBOX SRC DEST [--mode 0600]
 *
 * Every seed of a tree: the tar stream (or the archive as it is) is uploaded to
 * a temporary file beside DIR, unpacked by the sandbox's tar into a temporary
 * folder beside DIR, the sandbox prints the manifest of that folder, and only
 * when its sha256 equals the host's manifest is the folder renamed to DIR
 * (the old DIR removed). Otherwise the temporaries are removed and DIR is as
 * it was; on a mismatch the first difference is named (exit 4).
 */
#include "cmd/tool.h"
#include "lib/daytona.h"
#include "lib/gitclone.h"
#include "lib/http.h"
#include "lib/manifest.h"
#include "lib/pathcheck.h"
#include "lib/sandbox.h"
#include "lib/seed.h"
#include "lib/tarstream.h"
#include "lib/tbclient.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/spool.h"
#include "util/rand.h"
#include "util/shquote.h"
#include "util/wipe.h"

#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <getopt.h>
#include <pthread.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t seed_cancel;

static void on_signal(int sig)
{
	tool_interrupted = sig;
	seed_cancel = 1;
}

/* ---- options ------------------------------------------------------------------------ */

struct opts {
	const char *cmd;
	const char *sandbox;
	const char *dest;
	const char *workdir;  /* parent of the default dest; NULL = ANTHROPIC_WORKDIR, else /mnt/session */
	const char *ref;
	int depth;
	bool submodules, no_git, remote, json;
	const char *token_env;
	int compress;
	const char **excludes;
	size_t nexcludes;
	int mode;           /* file: -1 = the host file's permission bits */
	int timeout;        /* seconds for each command in the sandbox (unpack, verify) */
	char **args;        /* positional after SANDBOX */
	int nargs;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: byoc-seed repo SANDBOX URL [--ref BRANCH|TAG|SHA] [--depth N] [--dest DIR]\n"
		"                      [--submodules] [--no-git] [--token-env VAR] [--remote]\n"
		"       byoc-seed data SANDBOX PATH... [--dest DIR] [--compress gzip|zstd|none] [--exclude GLOB]...\n"
		"       byoc-seed file SANDBOX SRC DEST [--mode 0600]\n"
		"common: [--workdir WORKDIR] [--timeout SEC] [--json] [--quiet] [--verbose] [--help]\n"
		"      WORKDIR: the session's working directory, parent of the default DIR (default\n"
		"      ANTHROPIC_WORKDIR, else /mnt/session)\n"
		"\n"
		"repo  clones URL on this host (libgit2; token from GIT_TOKEN or --token-env VAR, or git's\n"
		"      credential helper; ssh through ssh-agent), checks out --ref and seeds the tree with\n"
		"      its .git (shallow with --depth) to DIR (default WORKDIR/<repo name>). Prints the\n"
		"      commit. The credential never enters the sandbox. --remote: Daytona's server-side clone.\n"
		"data  tars PATHs on the fly (PATH/ puts a directory's contents at DIR's root) and seeds them\n"
		"      to DIR (default WORKDIR/data); .tar .tar.gz .tgz .tar.zst .zip are sent as they\n"
		"      are and unpacked in the sandbox. Prints the manifest sha256.\n"
		"file  puts one file at DEST with --mode (default: the host file's); its content never\n"
		"      appears in a log or a command line. Prints its sha256.\n"
		"Exit: 0 ok, 1 failure, 2 usage, 3 not found, 4 refused/manifest mismatch, 7 auth, 130 interrupted.\n");
}

static int parse(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "dest", required_argument, NULL, 'd' },
		{ "workdir", required_argument, NULL, 'w' },
		{ "ref", required_argument, NULL, 'r' },
		{ "depth", required_argument, NULL, 'D' },
		{ "submodules", no_argument, NULL, 'S' },
		{ "no-git", no_argument, NULL, 'G' },
		{ "token-env", required_argument, NULL, 'T' },
		{ "remote", no_argument, NULL, 'R' },
		{ "compress", required_argument, NULL, 'c' },
		{ "exclude", required_argument, NULL, 'x' },
		{ "mode", required_argument, NULL, 'm' },
		{ "timeout", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	char *end;
	long v;
	int c;

	memset(o, 0, sizeof(*o));
	o->mode = -1;
	o->timeout = 3600;
	o->excludes = calloc((size_t)argc + 1, sizeof(char *));
	if (!o->excludes)
		return EXIT_FAIL;
	while ((c = getopt_long(argc, argv, "+hqv", lo, NULL)) != -1 || optind < argc) {
		if (c == -1) {
			/* a positional argument: keep it, go on parsing options after it */
			argv[o->nargs + 1] = argv[optind];  /* compact positionals into argv[1..] */
			o->nargs++;
			optind++;
			continue;
		}
		switch (c) {
		case 'd': o->dest = optarg; break;
		case 'w':
			if (optarg[0] != '/')
				return tool_usage_error("--workdir '%s' must be an absolute path such as /workspace", optarg);
			o->workdir = optarg;
			break;
		case 'r': o->ref = optarg; break;
		case 'D':
			if (tool_parse_long("--depth", optarg, 1, INT_MAX, &v))
				return EXIT_USAGE;
			o->depth = (int)v;
			break;
		case 'S': o->submodules = true; break;
		case 'G': o->no_git = true; break;
		case 'T': o->token_env = optarg; break;
		case 'R': o->remote = true; break;
		case 'c':
			if (strcmp(optarg, "gzip") == 0)
				o->compress = TARSTREAM_GZIP;
			else if (strcmp(optarg, "zstd") == 0)
				o->compress = TARSTREAM_ZSTD;
			else if (strcmp(optarg, "none") == 0)
				o->compress = TARSTREAM_NONE;
			else
				return tool_usage_error("--compress wants gzip, zstd or none, not '%s'", optarg);
			break;
		case 'x': o->excludes[o->nexcludes++] = optarg; break;
		case 'm':
			o->mode = (int)strtol(optarg, &end, 8);
			if (*end || !*optarg || o->mode < 0 || o->mode > 07777)
				return tool_usage_error("--mode wants octal permission bits like 0600, not '%s'", optarg);
			if (o->mode & 06000)
				return tool_usage_error("--mode %s has set-user-ID or set-group-ID bits: a seeded file "
							"never runs with another identity; drop them (e.g. %04o)",
							optarg, o->mode & 01777);
			break;
		case 't':
			if (tool_parse_long("--timeout", optarg, 1, INT_MAX, &v))
				return EXIT_USAGE;
			o->timeout = (int)v;
			break;
		case 'j': o->json = true; break;
		case 'q': tool_quiet = true; break;
		case 'v': tool_verbose = true; break;
		case 'h': usage(stdout); exit(0);
		default: return tool_usage_error("unknown option");
		}
	}
	if (o->nargs < 1)
		return tool_usage_error("missing command: repo, data or file");
	o->cmd = argv[1];
	if (o->nargs < 2)
		return tool_usage_error("missing SANDBOX (its id or name)");
	o->sandbox = argv[2];
	o->args = argv + 3;
	o->nargs -= 2;
	return 0;
}

/* The session's working directory, under which repos and data land by default. */
static const char *seed_workdir(const struct opts *o)
{
	const char *w = o->workdir ? o->workdir : byoc_env("ANTHROPIC_WORKDIR");

	return w && w[0] == '/' ? w : "/mnt/session";
}

/* ---- progress -------------------------------------------------------------------------- */

struct progress {
	bool on;
	bool drawn;
	double t0, last;
	uint64_t total;
	const char *what;
};

static void progress_draw(struct progress *p, uint64_t done, bool final)
{
	char a[32], b[32], r[32], eta[32] = "";
	double t = tool_now_s(), rate;

	if (!p->on || (!final && t - p->last < 0.2))
		return;
	p->last = t;
	rate = t > p->t0 ? (double)done / (t - p->t0) : 0;
	tool_human(done, a, sizeof(a));
	tool_human(p->total, b, sizeof(b));
	tool_human((uint64_t)rate, r, sizeof(r));
	if (rate > 0 && p->total > done)
		snprintf(eta, sizeof(eta), "  ETA %.0fs", (double)(p->total - done) / rate);
	fprintf(stderr, "\r%s: %s %s / %s  %s/s%s\033[K", tool_name, p->what, a, b, r, eta);
	p->drawn = true;
	if (final) {
		fputc('\n', stderr);
		p->drawn = false;
	}
}

static void progress_end(struct progress *p)
{
	if (p->drawn)
		fputc('\n', stderr);
	p->drawn = false;
}

/* ---- the sandbox side --------------------------------------------------------------------- */

struct seed {
	struct opts *o;
	struct dt_client *dt;
	struct dt_sandbox *sb;
	struct tbc *tb;
	char *dest;          /* DIR */
	char *tmp;           /* DIR.byoc-seed-XXXX (folder) */
	char *mf;            /* tmp + ".manifest" */
	char **uploads;      /* archives uploaded beside DIR */
	size_t nuploads;
	size_t nparallel;    /* the first nparallel uploads are tar streams unpacked side by side */
	bool zip[64];
	bool files;          /* files mode: the streams are bulk uploads of the files themselves */
	bool git_check;      /* repo seeds: git fsck in every .git of the proved tree (seed-finish.sh) */
	char *metas[2];      /* files mode: each stream's meta part, beside DIR */
	size_t nmetas;
	bool started;        /* something may exist in the sandbox to clean up */
	uint64_t nfiles, nbytes;  /* of the manifest seed_tree proved, for the report */
	struct progress prog;
	double t0;
	void (*sent_hook)(void *arg);  /* run once everything is sent, before the sandbox side */
	void *sent_arg;
};

static int q(struct buf *b, const char *s)
{
	return sh_quote(s, b);
}

static int seed_open(struct seed *s)
{
	int rc;

	if (s->tb)
		return 0;
	if ((rc = tool_dt_client(&s->dt, &seed_cancel)))
		return rc;
	if ((rc = dt_sandbox_get(s->dt, s->o->sandbox, &s->sb)))
		return rc;
	if (s->sb->state && strcmp(s->sb->state, "started") != 0)
		return byoc_fail(BYOC_EREFUSED, "sandbox '%s' is %s: start it first (byoc-sandbox start %s)",
				 s->o->sandbox, s->sb->state, s->o->sandbox);
	if ((rc = tbc_new_for_sandbox(s->dt, s->sb, &s->tb)))
		return rc;
	return s->dest ? seed_dest_check(s->tb, s->dest) : 0;
}

static int temp_names(struct seed *s)
{
	return seed_temp_names(s->dest, &s->tmp, &s->mf);
}

/* What this seed sent, as the sandbox side (lib/seed.h) sees it. */
static struct seed_sent sent(const struct seed *s)
{
	struct seed_sent x = {
		.dest = s->dest, .tmp = s->tmp, .manifest = s->mf,
		.uploads = s->uploads, .nuploads = s->nuploads, .nparallel = s->nparallel,
		.files = s->files, .metas = s->metas, .nmetas = s->nmetas, .timing = tool_verbose,
		.git_check = s->git_check,
	};

	return x;
}

static int add_upload(struct seed *s, bool zip, char **out)
{
	struct buf b;

	if (s->nuploads >= 64)
		return byoc_fail(BYOC_EUSAGE, "at most 63 archives per seed");
	buf_init(&b, 1 << 16);
	buf_printf(&b, "%s.%zu.%s", s->tmp, s->nuploads, zip ? "zip" : "tar");
	s->uploads[s->nuploads] = buf_detach(&b);
	s->zip[s->nuploads] = zip;
	*out = s->uploads[s->nuploads++];
	return *out ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

/* Best effort: remove what this seed left beside DIR. */
static void seed_cleanup_tool(struct seed *s)
{
	struct seed_sent x = sent(s);

	if (!s->started || !s->tb)
		return;
	seed_cancel = 0;   /* let the cleanup through even after Ctrl-C */
	seed_cleanup(s->tb, &x);
	s->started = false;
}

static void trace_sandbox(void *arg, const char *line, size_t len)
{
	(void)arg;
	tool_info("sandbox: %.*s", (int)len, line);
}

/* Unpacks, verifies and renames into DIR in the sandbox (lib/seed.c), with the progress
 * line or the verbose timings around it. */
static int seed_finish_tool(struct seed *s, struct manifest *want, const char *want_hex)
{
	struct seed_sent x = sent(s);
	double t = tool_now_s();
	int rc;

	if (tool_verbose)
		tool_info("sent in %.2fs; unpacking and verifying in the sandbox", t - s->t0);
	else if (s->prog.on)
		fprintf(stderr, "\r%s: unpacking and verifying in the sandbox\033[K", tool_name);
	rc = seed_finish(s->tb, &x, want, want_hex, s->o->timeout, tool_verbose ? trace_sandbox : NULL, NULL);
	if (tool_verbose)
		tool_info("unpacked and verified in %.2fs", tool_now_s() - t);
	else if (s->prog.on)
		fprintf(stderr, "\r\033[K");
	if (rc == 0)
		s->started = false;  /* nothing left to clean */
	return rc;
}

/* ---- uploads ------------------------------------------------------------------------------ */

struct up {
	bool files;              /* a files-mode stream: a bulk upload of the files themselves */
	struct tarstream *ts;
	int fd;
	uint64_t done;
	struct progress *prog;   /* NULL: this stream does not draw */
	uint64_t published;      /* content bytes so far, read by the drawing thread */
	struct up *peer;         /* the other stream of a pair, or NULL */
	/* a stream run on its own thread */
	struct tbc *tb;
	char *dest;
	int rc;
	char err[1024];
};

static ssize_t ts_read(void *arg, char *p, size_t n)
{
	struct up *u = arg;
	ssize_t got;

	if (seed_cancel) {
		byoc_fail(BYOC_EINTR, "interrupted");
		return HTTP_READ_ABORT;
	}
	got = tarstream_read(u->ts, p, n);
	if (got < 0)
		return HTTP_READ_ABORT;
	__atomic_store_n(&u->published, tarstream_content_done(u->ts), __ATOMIC_RELAXED);
	if (u->prog)
		progress_draw(u->prog, u->published + (u->peer ? __atomic_load_n(&u->peer->published, __ATOMIC_RELAXED) : 0),
			      false);
	return got;
}

static int ts_seek(void *arg)
{
	struct up *u = arg;

	return tarstream_rewind(u->ts);
}

static ssize_t fd_read(void *arg, char *p, size_t n)
{
	struct up *u = arg;
	ssize_t got;

	if (seed_cancel) {
		byoc_fail(BYOC_EINTR, "interrupted");
		return HTTP_READ_ABORT;
	}
	do
		got = read(u->fd, p, n);
	while (got < 0 && errno == EINTR);
	if (got < 0) {
		byoc_fail_errno(BYOC_EIO, "cannot read the file being uploaded");
		return HTTP_READ_ABORT;
	}
	u->done += (uint64_t)got;
	progress_draw(u->prog, u->done, false);
	return got;
}

static int fd_seek(void *arg)
{
	struct up *u = arg;

	u->done = 0;
	return lseek(u->fd, 0, SEEK_SET) == 0 ? 0 : byoc_fail_errno(BYOC_EIO, "cannot rewind the upload");
}

/* Sends one stream: a bulk upload of its files (files mode) or a tar to u->dest. */
static int send_stream(struct up *u)
{
	long long got = -1;
	int rc;

	if (u->files)
		rc = tbc_upload_multipart(u->tb, tarstream_content_type(u->ts), ts_read, u, ts_seek,
					  tarstream_files(u->ts) + 1);
	else
		rc = tbc_upload_stream(u->tb, u->dest, ts_read, u, -1, ts_seek, &got);
	if (rc)
		return tarstream_error(u->ts) ? tarstream_error(u->ts) : rc;
	if (got >= 0 && (uint64_t)got != tarstream_out_bytes(u->ts))
		return byoc_fail(BYOC_EIO, "the sandbox stored %lld bytes of a %llu byte stream", got,
				 (unsigned long long)tarstream_out_bytes(u->ts));
	return 0;
}

static int upload_stream(struct seed *s, struct tarstream *ts)
{
	struct up u = { .ts = ts, .fd = -1, .prog = &s->prog, .tb = s->tb, .files = s->files };
	int rc;

	if (!s->files && (rc = add_upload(s, false, &u.dest)))
		return rc;
	s->prog.total = tarstream_content_total(ts);
	s->prog.what = "sending";
	s->started = true;
	rc = send_stream(&u);
	progress_draw(&s->prog, tarstream_content_done(ts), true);
	return rc;
}

static void *stream_thread(void *arg)
{
	struct up *u = arg;

	if ((u->rc = send_stream(u)))
		snprintf(u->err, sizeof(u->err), "%s", byoc_errmsg());
	return NULL;
}

/* Two streams at once, on two connections (the other on a thread). */
static int upload_pair(struct seed *s, struct tarstream *a, struct tarstream *b)
{
	struct up ua = { .ts = a, .fd = -1, .prog = &s->prog }, ub = { .ts = b, .fd = -1 };
	pthread_t th;
	int rc;

	ua.peer = &ub;
	ua.files = ub.files = s->files;
	if (!s->files) {
		if ((rc = add_upload(s, false, &ua.dest)) || (rc = add_upload(s, false, &ub.dest)))
			return rc;
		s->nparallel = 2;
	}
	s->prog.total = tarstream_content_total(a) + tarstream_content_total(b);
	s->prog.what = "sending";
	s->started = true;
	ua.tb = ub.tb = s->tb;
	if (pthread_create(&th, NULL, stream_thread, &ub) != 0)
		return byoc_fail(BYOC_ENOMEM, "cannot start an upload thread");
	stream_thread(&ua);
	pthread_join(th, NULL);
	progress_draw(&s->prog, tarstream_content_done(a) + tarstream_content_done(b), true);
	if (ua.rc)
		return byoc_fail(ua.rc, "%s", ua.err);
	if (ub.rc)
		return byoc_fail(ub.rc, "%s", ub.err);
	return 0;
}

static int upload_file(struct seed *s, const char *path, const char *dest, uint64_t size)
{
	struct up u = { .fd = -1, .prog = &s->prog };
	long long got = -1;
	int rc;

	u.fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);  /* regular files only: checked before */
	if (u.fd < 0)
		return byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", path);
	s->prog.total = size;
	s->prog.what = "sending";
	s->started = true;
	rc = tbc_upload_stream(s->tb, dest, fd_read, &u, (long long)size, fd_seek, &got);
	progress_draw(&s->prog, u.done, true);
	close(u.fd);
	if (!rc && got >= 0 && (uint64_t)got != size)
		rc = byoc_fail(BYOC_EIO, "the sandbox stored %lld bytes of %llu", got, (unsigned long long)size);
	return rc;
}

/* ---- results ------------------------------------------------------------------------------- */

static int report(struct seed *s, uint64_t files, uint64_t bytes, const char *hex, const char *commit,
		  const char *plain)
{
	double secs = tool_now_s() - s->t0;

	if (s->o->json)
		return tool_print_json_line(json_pack("{s:I,s:I,s:s,s:o,s:f}", "files", (json_int_t)files,
						      "bytes", (json_int_t)bytes, "manifest_sha256", hex, "commit",
						      commit ? json_string(commit) : json_null(), "seconds", secs));
	printf("%s\n", plain);
	tool_info("seeded %llu files (%llu bytes) into %s in %.2fs, manifest %s", (unsigned long long)files,
		  (unsigned long long)bytes, s->dest, secs, hex);
	return 0;
}

/* ---- data ------------------------------------------------------------------------------------ */

static int seed_tree(struct seed *s, struct tarstream *ts, struct tarstream *ts2, bool have_stream,
		     char **archives, size_t narch, struct manifest *want, char hex[65])
{
	struct manifest am;
	size_t i;
	int rc;

	/* 1. every archive is read and checked before anything is sent (its manifest holds
	 * the folders its entries imply, as implicit entries any entry of that path wins over) */
	for (i = 0; i < narch; i++) {
		manifest_init(&am);
		manifest_spill(&am, MANIFEST_IN_MEMORY);
		rc = pathcheck_archive_file(archives[i], false, &am);
		if (!rc)
			rc = manifest_take(want, &am);
		manifest_release(&am);
		if (rc)
			return rc;
	}
	if ((rc = seed_open(s)))
		return rc;
	/* 2. the stream */
	if (have_stream) {
		struct manifest tmp;

		if ((rc = ts2 ? upload_pair(s, ts, ts2) : upload_stream(s, ts)))
			return rc;
		/* the stream's entries come first: archives unpacked after it win; moved, not
		 * copied (the streams' manifests keep most of their entries in runs on disk) */
		manifest_init(&tmp);
		rc = manifest_take(&tmp, tarstream_manifest(ts));
		if (!rc && ts2)
			rc = manifest_take(&tmp, tarstream_manifest(ts2));
		if (!rc)
			rc = manifest_take(&tmp, want);
		if (rc) {
			manifest_release(&tmp);
			return rc;
		}
		manifest_release(want);
		*want = tmp;
	}
	/* 3. the archives, as they are */
	for (i = 0; i < narch; i++) {
		struct stat st;
		char *dest;
		bool zip = false;

		seed_is_archive(archives[i], &zip);
		if (stat(archives[i], &st) != 0)
			return byoc_fail_errno(BYOC_EIO, "cannot stat '%s'", archives[i]);
		if ((rc = add_upload(s, zip, &dest)) || (rc = upload_file(s, archives[i], dest, (uint64_t)st.st_size)))
			return rc;
	}
	/* a stream holds every folder of the entries it sends: no parent is implied */
	if ((rc = manifest_digest(want, hex, &s->nfiles, &s->nbytes)))
		return rc;
	if (s->sent_hook)
		s->sent_hook(s->sent_arg);
	return seed_finish_tool(s, want, hex);
}

static uint64_t split_min(void)
{
	const char *e = getenv("BYOC_SEED_SPLIT_MIN");  /* bytes; for tests */

	return e && *e ? strtoull(e, NULL, 10) : (uint64_t)64 << 20;
}

static uint64_t files_min(void)
{
	const char *e = getenv("BYOC_SEED_FILES_MIN");  /* bytes; for tests */

	return e && *e ? strtoull(e, NULL, 10) : (uint64_t)64 << 20;
}

/*
 * Big uncompressed seeds go in files mode (lib/tarstream.h): the bulk upload writes
 * each file in place, so the sandbox neither stores nor unpacks an archive. It needs
 * python3 in the sandbox to set folders, symlinks, modes and mtimes, a tree files
 * mode reproduces (no sparse file, no name the daemon would trim) and fewer files
 * than byoc-local takes in one upload.
 * Anything else goes as tar.
 */
static int choose_files_mode(struct seed *s, struct tarstream *const st[2])
{
	struct tbc_exec_result r = { 0 };
	uint64_t total = 0;
	bool py;
	size_t i;
	int rc;

	for (i = 0; i < 2 && st[i]; i++) {
		if (!tarstream_files_fit(st[i]) || tarstream_files(st[i]) >= 90000)
			return 0;
		total += tarstream_content_total(st[i]);
	}
	if (s->o->compress != TARSTREAM_NONE || total < files_min())
		return 0;
	if ((rc = seed_open(s)))
		return rc;
	rc = tbc_execute_once(s->tb, NULL, "command -v python3 >/dev/null 2>&1 && echo BYOC-PY\n", NULL, NULL, 60, 4096, &r);
	py = !rc && r.exit_code == 0 && r.result && strstr(r.result, "BYOC-PY");
	tbc_exec_result_release(&r);
	if (!py) {
		byoc_err_clear();  /* a failed probe is no reason to fail the seed: tar needs no python3 */
		return 0;
	}
	for (i = 0; i < 2 && st[i]; i++) {
		struct buf b;

		buf_init(&b, 1 << 16);
		buf_printf(&b, "%s.meta%zu", s->tmp, i);
		s->metas[i] = buf_detach(&b);
		if (!s->metas[i])
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		s->nmetas = i + 1;
		if ((rc = tarstream_use_files(st[i], s->tmp, s->metas[i])))
			return rc;
	}
	s->files = true;
	return 0;
}

static int cmd_data(struct seed *s)
{
	struct opts *o = s->o;
	struct tarstream_opts to = { .compress = o->compress, .excludes = o->excludes, .nexcludes = o->nexcludes,
				     .cancel = &seed_cancel };
	struct tarstream *ts = NULL, *split[2] = { NULL, NULL };
	struct manifest want;
	char **archives = NULL, hex[65];
	size_t narch = 0;
	bool have_stream = false, zip;
	int i, rc = 0;

	manifest_init(&want);
	if (o->nargs < 1)
		return byoc_fail(BYOC_EUSAGE, "data: give at least one PATH");
	if (o->dest)
		s->dest = strdup(o->dest);
	else if (asprintf(&s->dest, "%s/data", seed_workdir(o)) < 0)
		s->dest = NULL;
	archives = calloc((size_t)o->nargs, sizeof(char *));
	ts = tarstream_new(&to);
	if (!s->dest || !archives || !ts) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < o->nargs; i++) {
		const char *p = o->args[i];
		size_t n = strlen(p);
		struct stat st;

		if (seed_is_archive(p, &zip)) {
			/* sent as it is: a FIFO or a device would never end */
			if (stat(p, &st) == 0 && !S_ISREG(st.st_mode)) {
				rc = byoc_fail(BYOC_EUSAGE, "'%s' is not a regular file", p);
				goto out;
			}
			archives[narch++] = o->args[i];
			continue;
		}
		if (stat(p, &st) != 0) {
			rc = byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", p);
			goto out;
		}
		{
			char *b = seed_base_name(p);

			if (!b)
				rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			else if (S_ISDIR(st.st_mode) && ((n > 1 && p[n - 1] == '/') || !strcmp(b, ".") ||
							 !strcmp(b, "..") || !strcmp(b, "/")))
				rc = tarstream_add(ts, p, "");   /* "dir/", ".": the contents */
			else
				rc = tarstream_add(ts, p, b);
			free(b);
		}
		if (rc)
			goto out;
		have_stream = true;
	}
	if ((rc = tarstream_prepare(ts)))
		goto out;
	/* Big seeds go as two streams over two connections, unpacked side by side; the
	 * whole set was checked above (symlinks across both halves included). */
	if (have_stream && tarstream_content_total(ts) >= split_min())
		seed_split_streams((const char *const *)o->args, (size_t)o->nargs, &to, split);
	if (split[0]) {
		/* the halves hold every entry again: the whole is not needed any more */
		tarstream_free(ts);
		ts = NULL;
	}
	if ((rc = temp_names(s)))
		goto out;
	if (have_stream) {
		struct tarstream *st[2] = { split[0] ? split[0] : ts, split[1] };

		if ((rc = choose_files_mode(s, st)))
			goto out;
	}
	if (tool_verbose)
		tool_info("sending %s%s", split[0] ? "two streams side by side" : "one stream",
			  s->files ? " of files" : " of tar");
	s->uploads = calloc(64, sizeof(char *));
	if (!s->uploads) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	rc = seed_tree(s, split[0] ? split[0] : ts, split[1], have_stream, archives, narch, &want, hex);
	if (!rc)
		rc = report(s, s->nfiles, s->nbytes, hex, NULL, hex);
out:
	tarstream_free(ts);
	tarstream_free(split[0]);
	tarstream_free(split[1]);
	free(archives);
	manifest_release(&want);
	return rc;
}

/* ---- repo -------------------------------------------------------------------------------------- */

static void git_progress(void *arg, size_t bytes, unsigned got, unsigned total)
{
	struct progress *p = arg;
	char b[32];
	double t = tool_now_s();

	if (!p->on || t - p->last < 0.2)
		return;
	p->last = t;
	tool_human(bytes, b, sizeof(b));
	fprintf(stderr, "\r%s: cloning %u/%u objects, %s\033[K", tool_name, got, total, b);
	p->drawn = true;
}

static int cmd_repo_remote(struct seed *s, const char *url, const char *token)
{
	struct tbc_git_clone gc = { 0 };
	struct tbc_exec_result r = { 0 };
	struct buf cmd;
	char *clean = NULL, *user = NULL, *pass = NULL, commit[64] = "";
	int rc;

	buf_init(&cmd, 1 << 16);
	if ((rc = gitclone_split_url(url, &clean, &user, &pass)))
		goto out;
	if ((token || pass) && !http_credentials_allowed(clean)) {
		rc = byoc_fail(BYOC_EUSAGE, "'%s' is plain http: the token would travel in clear; use its https URL, "
			       "or set " HTTP_ALLOW_ENV "=1 to send it anyway", clean);
		goto out;
	}
	if ((rc = seed_open(s)))
		goto out;
	gc.url = clean;
	gc.path = s->tmp;
	if (s->o->ref) {
		bool hex = strlen(s->o->ref) >= 7 && strspn(s->o->ref, "0123456789abcdefABCDEF") == strlen(s->o->ref);

		if (hex)
			gc.commit = s->o->ref;
		else
			gc.branch = s->o->ref;
	}
	if (token || pass) {
		gc.username = user ? user : "x-access-token";
		gc.password = token ? token : pass;
	}
	if (s->o->depth)
		tool_warn("--depth is ignored with --remote: Daytona's server-side clone has no shallow option");
	s->started = true;
	if ((rc = tbc_git_clone(s->tb, &gc)))
		goto out;
	sandbox_add(&cmd, "seed-rmtree.sh");
	buf_puts(&cmd, "set -u\nD=");
	q(&cmd, s->dest);
	buf_puts(&cmd, "\nT=");
	q(&cmd, s->tmp);
	buf_puts(&cmd, "\nU=");
	q(&cmd, clean);
	buf_puts(&cmd, "\n"
		 "git -C \"$T\" remote set-url origin \"$U\" 2>/dev/null\n"
		 "c=$(git -C \"$T\" rev-parse HEAD 2>/dev/null || true)\n");
	if (s->o->no_git)
		buf_puts(&cmd, "find \"$T\" -name .git -prune -exec rm -rf {} +\n");
	buf_puts(&cmd, "mkdir -p -- \"$(dirname -- \"$D\")\"\n"
		 "if [ -e \"$D\" ]; then mv -- \"$D\" \"$T.old\" && mv -- \"$T\" \"$D\" && rmtree \"$T.old\" || exit 1\n"
		 "else mv -- \"$T\" \"$D\" || exit 1; fi\n"
		 "echo \"BYOC-COMMIT $c\"\n");
	if ((rc = tbc_execute_once(s->tb, NULL, cmd.data, NULL, NULL, 300, 1 << 16, &r)))
		goto out;
	if (r.exit_code != 0 || !r.result || !strstr(r.result, "BYOC-COMMIT")) {
		rc = byoc_fail(BYOC_EFAIL, "moving the clone into '%s' failed: %s", s->dest, r.result ? r.result : "");
		goto out;
	}
	sscanf(strstr(r.result, "BYOC-COMMIT") + 11, " %63s", commit);
	s->started = false;
	rc = report(s, 0, 0, "", commit[0] ? commit : NULL, commit[0] ? commit : "unknown");
out:
	tbc_exec_result_release(&r);
	buf_release(&cmd);
	free(clean);
	free(user);
	wipe_str_free(pass);
	return rc;
}

/* The host's clone is removed while the sandbox unpacks and verifies: once sent it is
 * not read again, and removing 100,000 files takes as long as the sandbox's side. */
struct bg_rmtree {
	const char *path;
	pthread_t th;
	bool started;
};

static void *rmtree_thread(void *arg)
{
	gitclone_rmtree(((struct bg_rmtree *)arg)->path);
	return NULL;
}

static void rmtree_start(void *arg)
{
	struct bg_rmtree *r = arg;

	r->started = pthread_create(&r->th, NULL, rmtree_thread, r) == 0;
}

static int cmd_repo(struct seed *s)
{
	struct opts *o = s->o;
	struct gitclone_opts go = { 0 };
	struct gitclone_result gr = { 0 };
	struct tarstream_opts to = { .links_out_ok = true, .cancel = &seed_cancel };
	struct tarstream *ts = NULL;
	struct manifest want;
	struct bg_rmtree rm = { 0 };
	const char *token = NULL;
	char hex[65];
	int rc;

	manifest_init(&want);
	if (o->nargs != 1)
		return byoc_fail(BYOC_EUSAGE, "repo: give exactly one URL after SANDBOX");
	if (o->token_env) {
		token = getenv(o->token_env);
		if (!token || !*token)
			return byoc_fail(BYOC_EUSAGE, "--token-env %s: the variable is not set", o->token_env);
	} else {
		token = byoc_env("GIT_TOKEN");
	}
	if (o->dest) {
		s->dest = strdup(o->dest);
	} else {
		char *name = gitclone_repo_name(o->args[0]);
		struct buf b;

		buf_init(&b, 1 << 16);
		buf_printf(&b, "%s/%s", seed_workdir(o), name ? name : "repo");
		free(name);
		s->dest = buf_detach(&b);
	}
	if (!s->dest)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (o->remote) {
		if ((rc = temp_names(s)))
			return rc;
		return cmd_repo_remote(s, o->args[0], token);
	}
	/* the sandbox must exist, and DIR be creatable, before anything is cloned */
	if ((rc = seed_open(s)))
		return rc;
	go.url = o->args[0];
	go.ref = o->ref;
	go.depth = o->depth;
	go.submodules = o->submodules;
	go.no_git = o->no_git;
	go.token = token;
	go.cancel = &seed_cancel;
	go.progress = git_progress;
	go.progress_arg = &s->prog;
	rc = gitclone_run(&go, &gr);
	progress_end(&s->prog);
	if (rc)
		return rc;
	if (gr.depth_ignored)
		tool_warn("--depth is ignored for a local repository, as git ignores it for a local path: cloned whole");
	tool_info("cloned %s at %s", gr.branch ? gr.branch : (o->ref ? o->ref : "HEAD"), gr.commit);
	ts = tarstream_new(&to);
	s->uploads = calloc(64, sizeof(char *));
	if (!ts || !s->dest || !s->uploads) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = tarstream_add(ts, gr.dir, "")) || (rc = tarstream_prepare(ts)) || (rc = temp_names(s)))
		goto out;
	if (!o->no_git)
		s->git_check = true;
	rm.path = gr.tmp;
	s->sent_hook = rmtree_start;
	s->sent_arg = &rm;
	rc = seed_tree(s, ts, NULL, true, NULL, 0, &want, hex);
	if (rm.started)
		pthread_join(rm.th, NULL);
	if (rc)
		goto out;
	rc = report(s, s->nfiles, s->nbytes, hex, gr.commit, gr.commit);
out:
	tarstream_free(ts);
	gitclone_result_release(&gr);
	manifest_release(&want);
	return rc;
}

/* ---- file ---------------------------------------------------------------------------------------- */

static int cmd_file(struct seed *s)
{
	struct opts *o = s->o;
	struct tbc_exec_result r = { 0 };
	struct buf cmd;
	struct stat st;
	unsigned char md[32], chunk[65536];
	char hex[65], mode[16];
	EVP_MD_CTX *ctx = NULL;
	ssize_t got;
	int fd = -1, rc = 0;

	buf_init(&cmd, 1 << 16);
	if (o->nargs != 2)
		return byoc_fail(BYOC_EUSAGE, "file: give SRC and DEST after SANDBOX");
	/* O_NONBLOCK: a FIFO is refused below, not waited on */
	fd = open(o->args[0], O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) != 0) {
		rc = byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", o->args[0]);
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = byoc_fail(BYOC_EUSAGE, "'%s' is not a regular file: use byoc-seed data for folders", o->args[0]);
		goto out;
	}
	ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	while ((got = read(fd, chunk, sizeof(chunk))) > 0)
		EVP_DigestUpdate(ctx, chunk, (size_t)got);
	explicit_bzero(chunk, sizeof(chunk));
	EVP_DigestFinal_ex(ctx, md, NULL);
	hex_encode(hex, md, 32);
	snprintf(mode, sizeof(mode), "%04o", o->mode >= 0 ? o->mode : (int)(st.st_mode & 0777));
	s->dest = strdup(o->args[1]);
	if (!s->dest)
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
	if (rc || (rc = temp_names(s)) || (rc = seed_open(s)))
		goto out;
	/* 1. an empty file with its final mode, so the content never sits readable */
	s->started = true;
	if ((rc = seed_cmd_file_create(&cmd, s->tmp, mode)) < 0)
		goto out;
	if ((rc = tbc_execute_once(s->tb, NULL, cmd.data, NULL, NULL, 120, 1 << 14, &r)))
		goto out;
	if (r.exit_code != 0 || !r.result || !strstr(r.result, "BYOC-OK")) {
		rc = byoc_fail(BYOC_EFAIL, "cannot create '%s' in the sandbox: %s", s->tmp, r.result ? r.result : "");
		goto out;
	}
	tbc_exec_result_release(&r);
	/* 2. the content, streamed (the daemon truncates the file and keeps its mode) */
	if ((rc = upload_file(s, o->args[0], s->tmp, (uint64_t)st.st_size)))
		goto out;
	/* 3. verify, then rename into place */
	buf_reset(&cmd);
	if ((rc = seed_cmd_file_finish(&cmd, s->tmp, s->dest, mode, hex)) < 0)
		goto out;
	if ((rc = tbc_execute_once(s->tb, NULL, cmd.data, NULL, NULL, 300, 1 << 14, &r)))
		goto out;
	if (r.exit_code == 0 && r.result && strstr(r.result, "BYOC-MISMATCH")) {
		rc = byoc_fail(BYOC_EREFUSED, "'%s' arrived different from '%s' (sha256), %s left as it was",
			       s->tmp, o->args[0], s->dest);
		goto out;
	}
	if (r.exit_code != 0 || !r.result || !strstr(r.result, "BYOC-OK")) {
		rc = byoc_fail(BYOC_EFAIL, "cannot move the file into '%s': %s", s->dest, r.result ? r.result : "");
		goto out;
	}
	s->started = false;
	rc = report(s, 1, (uint64_t)st.st_size, hex, NULL, hex);
out:
	tbc_exec_result_release(&r);
	EVP_MD_CTX_free(ctx);
	if (fd >= 0)
		close(fd);
	buf_release(&cmd);
	return rc;
}

/* ---- main ------------------------------------------------------------------------------------------ */

int main(int argc, char **argv)
{
	struct opts o;
	struct seed s;
	struct sigaction sa;
	size_t i;
	int rc;

	tool_init(argc, argv);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	if ((rc = parse(argc, argv, &o))) {
		free(o.excludes); /* a usage error returned from main must not leak it: under ASan, LeakSanitizer
				   * turns the exit status into 1 */
		return rc;
	}
	memset(&s, 0, sizeof(s));
	s.o = &o;
	s.t0 = tool_now_s();
	s.prog.on = tool_progress_enabled() && !o.json;
	s.prog.t0 = s.t0;
	if (strcmp(o.cmd, "repo") == 0)
		rc = cmd_repo(&s);
	else if (strcmp(o.cmd, "data") == 0)
		rc = cmd_data(&s);
	else if (strcmp(o.cmd, "file") == 0)
		rc = cmd_file(&s);
	else {
		free(o.excludes);
		return tool_usage_error("unknown command '%s': use repo, data or file", o.cmd);
	}
	progress_end(&s.prog);
	if (rc || tool_interrupted)
		seed_cleanup_tool(&s);
	if (!rc && tool_interrupted)
		rc = BYOC_EINTR;
	if (rc == BYOC_EUSAGE) {
		tool_usage_error("%s", byoc_errmsg());
		rc = EXIT_USAGE;
	} else if (rc) {
		rc = tool_fail(rc);
	}
	for (i = 0; i < s.nuploads; i++)
		free(s.uploads[i]);
	free(s.uploads);
	free(s.dest);
	free(s.tmp);
	free(s.mf);
	free(s.metas[0]);
	free(s.metas[1]);
	tbc_free(s.tb);
	dt_sandbox_free(s.sb);
	dt_client_free(s.dt);
	free(o.excludes);
	return rc;
}
