/*
 * The seed engine (seed.h, seed_run): a repository, a dataset or one file from this host into
 * a sandbox. Every seed of a tree: the tar stream (or the archive as it is) is uploaded to a
 * temporary file beside DIR, unpacked by the sandbox's tar into a temporary folder beside DIR,
 * the sandbox prints the manifest of that folder, and only when its sha256 equals the host's
 * manifest is the folder renamed to DIR (the old DIR removed). Otherwise the temporaries are
 * removed and DIR is as it was; on a mismatch the first difference is named.
 */
#include "lib/seed.h"
#include "lib/daytona.h"
#include "lib/gitclone.h"
#include "lib/http.h"
#include "lib/manifest.h"
#include "lib/pathcheck.h"
#include "lib/sandbox.h"
#include "lib/tarstream.h"
#include "lib/tbclient.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/shquote.h"
#include "util/wipe.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_UPLOADS 64

/* One seed in progress. */
struct seeding {
	const struct seed_job *j;
	const struct seed_opts *o;
	struct dt_client *dt;
	struct dt_sandbox *sb;
	struct tbc *tb;
	char *dest;          /* DIR */
	char *tmp;           /* DIR.byoc-seed-XXXX (folder) */
	char *mf;            /* tmp + ".manifest" */
	char **uploads;      /* archives uploaded beside DIR */
	size_t nuploads;
	size_t nparallel;    /* the first nparallel uploads are tar streams unpacked side by side */
	bool files;          /* files mode: the streams are bulk uploads of the files themselves */
	bool git_check;      /* repo seeds: git fsck in every .git of the proved tree (seed-finish.sh) */
	bool links_out_ok;   /* repo seeds: the archives may hold symbolic links out of the tree, as git does */
	char *metas[2];      /* files mode: each stream's meta part, beside DIR */
	size_t nmetas;
	bool started;        /* something may exist in the sandbox to clean up */
	uint64_t total;      /* content bytes of the upload in progress */
	struct seed_result *res;
	void (*sent_hook)(void *arg);  /* run once everything is sent, before the sandbox side */
	void *sent_arg;
};

static void emit(struct seeding *s, enum seed_event e, uint64_t done, uint64_t total)
{
	struct seed_progress p = { .event = e, .done = done, .total = total };

	if (s->o->progress)
		s->o->progress(s->o->arg, &p);
}

static void say(struct seeding *s, int level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* level 0 a trace, 1 a note, 2 a warning */
static void say(struct seeding *s, int level, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (level == 0 ? !s->o->trace : !s->o->note)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (level == 0)
		s->o->trace(s->o->arg, msg);
	else
		s->o->note(s->o->arg, level == 2, msg);
}

/* The session's working directory, under which repos and data land by default. */
static const char *workdir(const struct seed_job *j)
{
	const char *w = j->workdir ? j->workdir : byoc_env("ANTHROPIC_WORKDIR");

	return w && w[0] == '/' ? w : "/mnt/session";
}

/* A Daytona client with the caller's http options and cancel (NULL: not cancellable). */
static int client(const struct seed_opts *o, volatile sig_atomic_t *cancel, struct dt_client **out)
{
	struct dt_client_opts co;

	if (o->client)
		co = *o->client;
	else
		memset(&co, 0, sizeof(co));
	co.http.cancel = cancel;
	return dt_client_new(&co, out);
}

/* The sandbox, started, and its toolbox; DIR's parent checked writable when DIR is known. */
static int open_sandbox(struct seeding *s)
{
	int rc;

	if (s->tb)
		return 0;
	if ((rc = client(s->o, s->o->cancel, &s->dt)))
		return rc;
	/* a sandbox on its way to started (a restart of Daytona or byoc-local) is waited for */
	if ((rc = dt_sandbox_get_settled(s->dt, s->j->sandbox, http_now_ms() + 120000, &s->sb)))
		return rc;
	if (s->sb->state && strcmp(s->sb->state, "started") != 0)
		return byoc_fail(BYOC_EREFUSED, "sandbox '%s' is %s: start it first (byoc-sandbox start %s)",
				 s->j->sandbox, s->sb->state, s->j->sandbox);
	if ((rc = tbc_new_for_sandbox(s->dt, s->sb, &s->tb)))
		return rc;
	return s->dest ? seed_dest_check(s->tb, s->dest) : 0;
}

static int temp_names(struct seeding *s)
{
	return seed_temp_names(s->dest, &s->tmp, &s->mf);
}

/* What this seed sent, as the sandbox side (seed.c) sees it. */
static struct seed_sent sent(const struct seeding *s)
{
	struct seed_sent x = {
		.dest = s->dest, .tmp = s->tmp, .manifest = s->mf,
		.uploads = s->uploads, .nuploads = s->nuploads, .nparallel = s->nparallel,
		.files = s->files, .metas = s->metas, .nmetas = s->nmetas, .timing = s->o->trace != NULL,
		.git_check = s->git_check,
	};

	return x;
}

static int add_upload(struct seeding *s, bool zip, char **out)
{
	struct buf b;

	if (s->nuploads >= MAX_UPLOADS)
		return byoc_fail(BYOC_EUSAGE, "at most 63 archives per seed");
	buf_init(&b, 1 << 16);
	buf_printf(&b, "%s.%zu.%s", s->tmp, s->nuploads, zip ? "zip" : "tar");
	s->uploads[s->nuploads] = buf_detach(&b);
	*out = s->uploads[s->nuploads++];
	return *out ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

/* Best effort: remove what this seed left beside DIR, through a client of its own that the
 * cancel does not stop (the cleanup runs because of it). */
static void cleanup(struct seeding *s)
{
	struct seed_sent x = sent(s);
	struct dt_client *dt = NULL;
	struct tbc *tb = NULL;

	if (!s->started || !s->tb)
		return;
	if (client(s->o, NULL, &dt) == 0 && tbc_new_for_sandbox(dt, s->sb, &tb) == 0)
		seed_cleanup(tb, &x);
	tbc_free(tb);
	dt_client_free(dt);
	s->started = false;
}

static void trace_sandbox(void *arg, const char *line, size_t len)
{
	say(arg, 0, "sandbox: %.*s", (int)len, line);
}

/* Unpacks, verifies and renames into DIR in the sandbox (seed_finish). */
static int finish_tree(struct seeding *s, struct manifest *want, const char *want_hex)
{
	struct seed_sent x = sent(s);
	int rc;

	emit(s, SEED_VERIFYING, 0, 0);
	rc = seed_finish(s->tb, &x, want, want_hex, s->j->timeout_s > 0 ? s->j->timeout_s : 3600,
			 s->o->trace ? trace_sandbox : NULL, s);
	emit(s, SEED_VERIFIED, 0, 0);
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
	struct seeding *prog;    /* NULL: this stream does not report progress */
	volatile sig_atomic_t *cancel;
	uint64_t published;      /* content bytes so far, read by the reporting thread */
	struct up *peer;         /* the other stream of a pair, or NULL */
	/* a stream run on its own thread */
	struct tbc *tb;
	char *dest;
	int rc;
	char err[1024];
};

/* True (BYOC_EINTR set) once the seed is cancelled: the read callbacks end the upload. */
static bool up_cancelled(const struct up *u)
{
	if (!u->cancel || !*u->cancel)
		return false;
	byoc_fail(BYOC_EINTR, "interrupted");
	return true;
}

static ssize_t ts_read(void *arg, char *p, size_t n)
{
	struct up *u = arg;
	ssize_t got;

	if (up_cancelled(u))
		return HTTP_READ_ABORT;
	got = tarstream_read(u->ts, p, n);
	if (got < 0)
		return HTTP_READ_ABORT;
	__atomic_store_n(&u->published, tarstream_content_done(u->ts), __ATOMIC_RELAXED);
	if (u->prog)
		emit(u->prog, SEED_SENDING,
		     u->published + (u->peer ? __atomic_load_n(&u->peer->published, __ATOMIC_RELAXED) : 0),
		     u->prog->total);
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

	if (up_cancelled(u))
		return HTTP_READ_ABORT;
	do
		got = read(u->fd, p, n);
	while (got < 0 && errno == EINTR);
	if (got < 0) {
		byoc_fail_errno(BYOC_EIO, "cannot read the file being uploaded");
		return HTTP_READ_ABORT;
	}
	u->done += (uint64_t)got;
	emit(u->prog, SEED_SENDING, u->done, u->prog->total);
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

static int upload_stream(struct seeding *s, struct tarstream *ts)
{
	struct up u = { .ts = ts, .fd = -1, .prog = s, .cancel = s->o->cancel, .tb = s->tb, .files = s->files };
	int rc;

	if (!s->files && (rc = add_upload(s, false, &u.dest)))
		return rc;
	s->total = tarstream_content_total(ts);
	s->started = true;
	rc = send_stream(&u);
	emit(s, SEED_SENT, tarstream_content_done(ts), s->total);
	return rc;
}

static void *stream_thread(void *arg)
{
	struct up *u = arg;

	if ((u->rc = send_stream(u)))
		snprintf(u->err, sizeof(u->err), "%s", byoc_errmsg());
	return NULL;
}

/* Two streams at once, on two connections (the other on a thread, which reports nothing). */
static int upload_pair(struct seeding *s, struct tarstream *a, struct tarstream *b)
{
	struct up ua = { .ts = a, .fd = -1, .prog = s }, ub = { .ts = b, .fd = -1 };
	pthread_t th;
	int rc;

	ua.peer = &ub;
	ua.files = ub.files = s->files;
	ua.cancel = ub.cancel = s->o->cancel;
	if (!s->files) {
		if ((rc = add_upload(s, false, &ua.dest)) || (rc = add_upload(s, false, &ub.dest)))
			return rc;
		s->nparallel = 2;
	}
	s->total = tarstream_content_total(a) + tarstream_content_total(b);
	s->started = true;
	ua.tb = ub.tb = s->tb;
	if (pthread_create(&th, NULL, stream_thread, &ub) != 0)
		return byoc_fail(BYOC_ENOMEM, "cannot start an upload thread");
	stream_thread(&ua);
	pthread_join(th, NULL);
	emit(s, SEED_SENT, tarstream_content_done(a) + tarstream_content_done(b), s->total);
	if (ua.rc)
		return byoc_fail(ua.rc, "%s", ua.err);
	if (ub.rc)
		return byoc_fail(ub.rc, "%s", ub.err);
	return 0;
}

static int upload_file(struct seeding *s, const char *path, const char *dest, uint64_t size)
{
	struct up u = { .fd = -1, .prog = s, .cancel = s->o->cancel };
	long long got = -1;
	int rc;

	u.fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);  /* regular files only: checked before */
	if (u.fd < 0)
		return byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", path);
	s->total = size;
	s->started = true;
	rc = tbc_upload_stream(s->tb, dest, fd_read, &u, (long long)size, fd_seek, &got);
	emit(s, SEED_SENT, u.done, size);
	close(u.fd);
	if (!rc && got >= 0 && (uint64_t)got != size)
		rc = byoc_fail(BYOC_EIO, "the sandbox stored %lld bytes of %llu", got, (unsigned long long)size);
	return rc;
}

/* ---- a tree --------------------------------------------------------------------------------- */

/* Every archive read and checked before anything is sent; its manifest holds the folders its
 * entries imply, as implicit entries any entry of that path wins over. */
static int check_archives(char **archives, size_t narch, bool links_out_ok, struct manifest *want)
{
	struct manifest am;
	int rc;

	for (size_t i = 0; i < narch; i++) {
		manifest_init(&am);
		manifest_spill(&am, MANIFEST_IN_MEMORY);
		rc = pathcheck_archive_file(archives[i], links_out_ok, &am);
		if (!rc)
			rc = manifest_take(want, &am);
		manifest_release(&am);
		if (rc)
			return rc;
	}
	return 0;
}

/* want = the streams' entries, then want's: archives unpacked after the streams win; moved,
 * not copied (the streams' manifests keep most of their entries in runs on disk). */
static int streams_first(struct tarstream *ts, struct tarstream *ts2, struct manifest *want)
{
	struct manifest tmp;
	int rc;

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
	return 0;
}

/* Sends the stream(s) (ts2: a second one, side by side) and the archives, then finishes. */
static int seed_tree(struct seeding *s, struct tarstream *ts, struct tarstream *ts2, bool have_stream,
		     char **archives, size_t narch, struct manifest *want)
{
	int rc;

	if ((rc = check_archives(archives, narch, s->links_out_ok, want)) || (rc = open_sandbox(s)))
		return rc;
	if (have_stream && ((rc = ts2 ? upload_pair(s, ts, ts2) : upload_stream(s, ts)) ||
			    (rc = streams_first(ts, ts2, want))))
		return rc;
	for (size_t i = 0; i < narch; i++) {
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
	if ((rc = manifest_digest(want, s->res->sha256, &s->res->files, &s->res->bytes)))
		return rc;
	if (s->sent_hook)
		s->sent_hook(s->sent_arg);
	return finish_tree(s, want, s->res->sha256);
}

/* ---- data ------------------------------------------------------------------------------------ */

static uint64_t env_bytes(const char *name)
{
	const char *e = getenv(name);  /* for tests */

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
static int choose_files_mode(struct seeding *s, struct tarstream *const st[2])
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
	if (s->j->compress != TARSTREAM_NONE || total < env_bytes("BYOC_SEED_FILES_MIN"))
		return 0;
	if ((rc = open_sandbox(s)))
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

/* Sorts the data paths: archives into archives[] (sent as they are), the rest into ts;
 * *have_stream when ts holds anything. */
static int plan_data(const struct seed_job *j, struct tarstream *ts, char **archives, size_t *narch,
		     bool *have_stream)
{
	int rc = 0;
	bool zip;

	for (size_t i = 0; i < j->npaths && rc == 0; i++) {
		const char *p = j->paths[i];
		size_t n = strlen(p);
		struct stat st;
		char *b;

		if (seed_is_archive(p, &zip)) {
			/* sent as it is: a FIFO or a device would never end */
			if (stat(p, &st) == 0 && !S_ISREG(st.st_mode))
				return byoc_fail(BYOC_EUSAGE, "'%s' is not a regular file", p);
			archives[(*narch)++] = (char *)p;
			continue;
		}
		if (stat(p, &st) != 0)
			return byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", p);
		if (!(b = seed_base_name(p)))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		if (S_ISDIR(st.st_mode) && ((n > 1 && p[n - 1] == '/') || !strcmp(b, ".") || !strcmp(b, "..") ||
					    !strcmp(b, "/")))
			rc = tarstream_add(ts, p, "");   /* "dir/", ".": the contents */
		else
			rc = tarstream_add(ts, p, b);
		free(b);
		*have_stream = true;
	}
	return rc ? rc : tarstream_prepare(ts);
}

static int run_data(struct seeding *s)
{
	const struct seed_job *j = s->j;
	struct tarstream_opts to = { .compress = j->compress, .excludes = j->excludes, .nexcludes = j->nexcludes,
				     .cancel = s->o->cancel };
	struct tarstream *ts = NULL, *split[2] = { NULL, NULL };
	struct manifest want;
	char **archives = NULL;
	size_t narch = 0;
	bool have_stream = false;
	int rc = 0;

	manifest_init(&want);
	if (j->npaths < 1)
		return byoc_fail(BYOC_EUSAGE, "data: give at least one PATH");
	if (j->dest)
		s->dest = strdup(j->dest);
	else if (asprintf(&s->dest, "%s/data", workdir(j)) < 0)
		s->dest = NULL;
	archives = calloc(j->npaths, sizeof(char *));
	ts = tarstream_new(&to);
	if (!s->dest || !archives || !ts) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = plan_data(j, ts, archives, &narch, &have_stream)))
		goto out;
	/* Big seeds go as two streams over two connections, unpacked side by side; the
	 * whole set was checked above (symlinks across both halves included). */
	if (have_stream && tarstream_content_total(ts) >= env_bytes("BYOC_SEED_SPLIT_MIN"))
		seed_split_streams(j->paths, j->npaths, &to, split);
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
	say(s, 0, "sending %s%s", split[0] ? "two streams side by side" : "one stream", s->files ? " of files" : " of tar");
	rc = seed_tree(s, split[0] ? split[0] : ts, split[1], have_stream, archives, narch, &want);
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
	struct seeding *s = arg;
	struct seed_progress p = { .event = SEED_CLONING, .done = bytes, .objects = got, .objects_total = total };

	if (s->o->progress)
		s->o->progress(s->o->arg, &p);
}

/* The remote clone's move into DIR: the commit on a last line BYOC-COMMIT. */
static int remote_move_cmd(struct seeding *s, struct buf *cmd, const char *clean)
{
	int rc = sandbox_add(cmd, "seed-rmtree.sh");

	if (!rc)
		rc = buf_puts(cmd, "set -u\nD=");
	if (!rc)
		rc = sh_quote(s->dest, cmd);
	if (!rc)
		rc = buf_puts(cmd, "\nT=");
	if (!rc)
		rc = sh_quote(s->tmp, cmd);
	if (!rc)
		rc = buf_puts(cmd, "\nU=");
	if (!rc)
		rc = sh_quote(clean, cmd);
	if (!rc)
		rc = buf_puts(cmd, "\n"
			      "git -C \"$T\" remote set-url origin \"$U\" 2>/dev/null\n"
			      "c=$(git -C \"$T\" rev-parse HEAD 2>/dev/null || true)\n");
	if (!rc && s->j->no_git)
		rc = buf_puts(cmd, "find \"$T\" -name .git -prune -exec rm -rf {} +\n");
	if (!rc)
		rc = buf_puts(cmd, "mkdir -p -- \"$(dirname -- \"$D\")\"\n"
			      "if [ -e \"$D\" ]; then mv -- \"$D\" \"$T.old\" && mv -- \"$T\" \"$D\" && rmtree \"$T.old\" || exit 1\n"
			      "else mv -- \"$T\" \"$D\" || exit 1; fi\n"
			      "echo \"BYOC-COMMIT $c\"\n");
	return rc;
}

/* Daytona's server-side clone into TMP, then moved into DIR. */
static int run_repo_remote(struct seeding *s, const char *url, const char *token)
{
	struct tbc_git_clone gc = { 0 };
	struct tbc_exec_result r = { 0 };
	const char *ref = s->j->ref;
	struct buf cmd;
	char *clean = NULL, *user = NULL, *pass = NULL;
	int rc;

	buf_init(&cmd, 1 << 16);
	if ((rc = gitclone_split_url(url, &clean, &user, &pass)))
		goto out;
	if ((token || pass) && !http_credentials_allowed(clean)) {
		rc = byoc_fail(BYOC_EUSAGE, "'%s' is plain http: the token would travel in clear; use its https URL, "
			       "or set " HTTP_ALLOW_ENV "=1 to send it anyway", clean);
		goto out;
	}
	if ((rc = open_sandbox(s)))
		goto out;
	gc.url = clean;
	gc.path = s->tmp;
	if (ref && strlen(ref) >= 7 && strspn(ref, "0123456789abcdefABCDEF") == strlen(ref))
		gc.commit = ref;
	else
		gc.branch = ref;
	if (token || pass) {
		gc.username = user ? user : "x-access-token";
		gc.password = token ? token : pass;
	}
	if (s->j->depth)
		say(s, 2, "--depth is ignored with --remote: Daytona's server-side clone has no shallow option");
	s->started = true;
	if ((rc = tbc_git_clone(s->tb, &gc)) || (rc = remote_move_cmd(s, &cmd, clean)) ||
	    (rc = tbc_execute_once(s->tb, NULL, cmd.data, NULL, NULL, 300, 1 << 16, &r)))
		goto out;
	if (r.exit_code != 0 || !r.result || !strstr(r.result, "BYOC-COMMIT")) {
		rc = byoc_fail(BYOC_EFAIL, "moving the clone into '%s' failed: %s", s->dest, r.result ? r.result : "");
		goto out;
	}
	sscanf(strstr(r.result, "BYOC-COMMIT") + 11, " %63s", s->res->commit);
	s->started = false;
out:
	tbc_exec_result_release(&r);
	buf_release(&cmd);
	free(clean);
	free(user);
	wipe_str_free(pass);
	return rc;
}

/* The token: --token-env's variable (which must be set), else GIT_TOKEN, else none. */
static int repo_token(const struct seed_job *j, const char **token)
{
	*token = NULL;
	if (!j->token_env) {
		*token = byoc_env("GIT_TOKEN");
		return 0;
	}
	*token = getenv(j->token_env);
	if (!*token || !**token)
		return byoc_fail(BYOC_EUSAGE, "--token-env %s: the variable is not set", j->token_env);
	return 0;
}

static int repo_dest(struct seeding *s)
{
	struct buf b;
	char *name;

	if (s->j->dest) {
		s->dest = strdup(s->j->dest);
	} else {
		name = gitclone_repo_name(s->j->url);
		buf_init(&b, 1 << 16);
		buf_printf(&b, "%s/%s", workdir(s->j), name ? name : "repo");
		free(name);
		s->dest = buf_detach(&b);
	}
	return s->dest ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
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

static int run_repo(struct seeding *s)
{
	const struct seed_job *j = s->j;
	struct gitclone_opts go = { 0 };
	struct gitclone_result gr = { 0 };
	struct tarstream_opts to = { .links_out_ok = true, .cancel = s->o->cancel };
	struct tarstream *ts = NULL;
	struct manifest want;
	struct bg_rmtree rm = { 0 };
	const char *token;
	int rc;

	if (!j->url)
		return byoc_fail(BYOC_EUSAGE, "repo: give exactly one URL after SANDBOX");
	if ((rc = repo_token(j, &token)) || (rc = repo_dest(s)))
		return rc;
	if (j->remote)
		return (rc = temp_names(s)) ? rc : run_repo_remote(s, j->url, token);
	/* the sandbox must exist, and DIR be creatable, before anything is cloned */
	if ((rc = open_sandbox(s)))
		return rc;
	go.url = j->url;
	go.ref = j->ref;
	go.depth = j->depth;
	go.submodules = j->submodules;
	go.no_git = j->no_git;
	/* no work tree made on the host: the checkout is written as one archive, sent as it is */
	go.tree_tar = true;
	go.token = token;
	go.cancel = s->o->cancel;
	go.progress = git_progress;
	go.progress_arg = s;
	rc = gitclone_run(&go, &gr);
	emit(s, SEED_CLONED, 0, 0);
	if (rc)
		return rc;
	if (gr.depth_ignored)
		say(s, 2, "--depth is ignored for a local repository, as git ignores it for a local path: cloned whole");
	say(s, 1, "cloned %s at %s (fetched and indexed in %.2fs, connectivity checked in %.2fs, checked out in %.2fs)",
	    gr.branch ? gr.branch : (j->ref ? j->ref : "HEAD"), gr.commit, gr.fetch_ms / 1e3, gr.check_ms / 1e3,
	    gr.checkout_ms / 1e3);
	snprintf(s->res->commit, sizeof(s->res->commit), "%s", gr.commit);
	manifest_init(&want);
	if (!(ts = tarstream_new(&to)))
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
	if (!rc && !(rc = tarstream_add(ts, gr.dir, "")) && !(rc = tarstream_prepare(ts)) && !(rc = temp_names(s))) {
		s->git_check = !j->no_git;
		s->links_out_ok = true;
		/* .git's stream and the work tree's archive hold disjoint entries (a tree never
		 * holds .git): unpacked side by side */
		if (gr.tree_tar)
			s->nparallel = 2;
		rm.path = gr.tmp;
		s->sent_hook = rmtree_start;
		s->sent_arg = &rm;
		rc = seed_tree(s, ts, NULL, true, &gr.tree_tar, gr.tree_tar ? 1 : 0, &want);
		if (rm.started)
			pthread_join(rm.th, NULL);
	}
	tarstream_free(ts);
	gitclone_result_release(&gr);
	manifest_release(&want);
	return rc;
}

/* ---- file ---------------------------------------------------------------------------------------- */

/* The sha256 of fd's content, as hex. */
static int hash_fd(int fd, char hex[65])
{
	unsigned char md[32], chunk[65536];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	ssize_t got;

	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(ctx);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	while ((got = read(fd, chunk, sizeof(chunk))) > 0)
		EVP_DigestUpdate(ctx, chunk, (size_t)got);
	explicit_bzero(chunk, sizeof(chunk));
	EVP_DigestFinal_ex(ctx, md, NULL);
	EVP_MD_CTX_free(ctx);
	hex_encode(hex, md, 32);
	return 0;
}

/* Runs cmd in the sandbox; 0 when it printed BYOC-OK, BYOC_EREFUSED with mismatch when it
 * printed BYOC-MISMATCH, else BYOC_EFAIL with failed and what it printed. */
static int file_step(struct seeding *s, struct buf *cmd, int timeout_s, const char *mismatch, const char *failed)
{
	struct tbc_exec_result r = { 0 };
	int rc = tbc_execute_once(s->tb, NULL, cmd->data, NULL, NULL, timeout_s, 1 << 14, &r);

	if (!rc && mismatch && r.exit_code == 0 && r.result && strstr(r.result, "BYOC-MISMATCH"))
		rc = byoc_fail(BYOC_EREFUSED, "%s", mismatch);
	else if (!rc && (r.exit_code != 0 || !r.result || !strstr(r.result, "BYOC-OK")))
		rc = byoc_fail(BYOC_EFAIL, "%s: %s", failed, r.result ? r.result : "");
	tbc_exec_result_release(&r);
	buf_reset(cmd);
	return rc;
}

static int run_file(struct seeding *s)
{
	const struct seed_job *j = s->j;
	struct buf cmd;
	struct stat st;
	char mode[16], mismatch[1024], failed[1024];
	int fd, rc;

	if (!j->src || !j->dest)
		return byoc_fail(BYOC_EUSAGE, "file: give SRC and DEST after SANDBOX");
	/* O_NONBLOCK: a FIFO is refused below, not waited on */
	fd = open(j->src, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) != 0) {
		rc = byoc_fail_errno(errno == ENOENT ? BYOC_ENOTFOUND : BYOC_EIO, "cannot open '%s'", j->src);
		if (fd >= 0)
			close(fd);
		return rc;
	}
	rc = S_ISREG(st.st_mode) ? hash_fd(fd, s->res->sha256)
				 : byoc_fail(BYOC_EUSAGE, "'%s' is not a regular file: use byoc-seed data for folders", j->src);
	close(fd);
	if (rc)
		return rc;
	snprintf(mode, sizeof(mode), "%04o", j->mode >= 0 ? j->mode : (int)(st.st_mode & 0777));
	if (!(s->dest = strdup(j->dest)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if ((rc = temp_names(s)) || (rc = open_sandbox(s)))
		return rc;
	buf_init(&cmd, 1 << 16);
	snprintf(failed, sizeof(failed), "cannot create '%s' in the sandbox", s->tmp);
	/* 1. an empty file with its final mode, so the content never sits readable */
	s->started = true;
	if ((rc = seed_cmd_file_create(&cmd, s->tmp, mode)) < 0 || (rc = file_step(s, &cmd, 120, NULL, failed)) ||
	    /* 2. the content, streamed (the daemon truncates the file and keeps its mode) */
	    (rc = upload_file(s, j->src, s->tmp, (uint64_t)st.st_size)))
		goto out;
	/* 3. verify, then rename into place */
	snprintf(mismatch, sizeof(mismatch), "'%s' arrived different from '%s' (sha256), %s left as it was", s->tmp,
		 j->src, s->dest);
	snprintf(failed, sizeof(failed), "cannot move the file into '%s'", s->dest);
	if ((rc = seed_cmd_file_finish(&cmd, s->tmp, s->dest, mode, s->res->sha256)) < 0 ||
	    (rc = file_step(s, &cmd, 300, mismatch, failed)))
		goto out;
	s->started = false;
	s->res->files = 1;
	s->res->bytes = (uint64_t)st.st_size;
out:
	buf_release(&cmd);
	return rc;
}

/* ---- the whole ------------------------------------------------------------------------------------- */

static void seeding_release(struct seeding *s)
{
	for (size_t i = 0; i < s->nuploads; i++)
		free(s->uploads[i]);
	free(s->uploads);
	free(s->tmp);
	free(s->mf);
	free(s->metas[0]);
	free(s->metas[1]);
	tbc_free(s->tb);
	dt_sandbox_free(s->sb);
	dt_client_free(s->dt);
}

int seed_run(const struct seed_job *job, const struct seed_opts *o, struct seed_result *res)
{
	struct seeding s = { .j = job, .o = o, .res = res };
	int rc;

	memset(res, 0, sizeof(*res));
	if (!job->sandbox)
		return byoc_fail(BYOC_EUSAGE, "missing SANDBOX (its id or name)");
	if (!(s.uploads = calloc(MAX_UPLOADS, sizeof(char *))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	switch (job->kind) {
	case SEED_REPO: rc = run_repo(&s); break;
	case SEED_DATA: rc = run_data(&s); break;
	case SEED_FILE: rc = run_file(&s); break;
	default: rc = byoc_fail(BYOC_EUSAGE, "unknown seed kind %d", (int)job->kind); break;
	}
	if (rc)
		cleanup(&s);
	res->dest = s.dest;
	seeding_release(&s);
	if (rc) {
		seed_result_release(res);
		memset(res, 0, sizeof(*res));
	}
	return rc;
}

int seed_compress_parse(const char *name)
{
	if (strcmp(name, "gzip") == 0)
		return TARSTREAM_GZIP;
	if (strcmp(name, "zstd") == 0)
		return TARSTREAM_ZSTD;
	return strcmp(name, "none") == 0 ? TARSTREAM_NONE : -1;
}

void seed_result_release(struct seed_result *res)
{
	free(res->dest);
	res->dest = NULL;
}
