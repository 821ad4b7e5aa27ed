/*
 * One snapshot build in byoc-local (build_int.h lists the other files of the build).
 *
 * build_run() turns a Dockerfile and its context tars into a directory the way
 * `docker build` would lay out the files a COPY or ADD brings in, without
 * running anything: FROM starts a stage (only the last one is kept), ARG and
 * ENV set variables ($VAR, ${VAR}, ${VAR:-x}, ${VAR:+x}), WORKDIR moves and
 * creates the work dir, COPY/ADD copy from the context (Docker's rules: a
 * directory's contents go into dest, a file goes to dest or dest/basename
 * when dest ends in '/', relative dests start at WORKDIR, globs match files
 * and directories), heredoc COPY writes its body, and RUN is only logged. The
 * context is what Daytona's runner builds from (contract.md §3.4): the union
 * of the non-directory entries of every context tar, names relative to the
 * context root; a link entry becomes an empty file. Entries that would land
 * outside the context ("../x") are skipped, and every write goes through
 * O_NOFOLLOW opens below the rootfs (inroot.h), so nothing is written outside it.
 */
#include "local/build_int.h"
#include "lib/dockerfile.h"
#include "local/inroot.h"
#include "local/server.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"

#include <archive.h>
#include <archive_entry.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BUILD_MAX_INSTR 4096        /* instructions in one Dockerfile */

/* ---- small helpers ---------------------------------------------------------------------- */

static void sleep_s(double s)
{
	struct timespec ts;

	if (s <= 0)
		return;
	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

int build_clean_path(const char *p, char *out, size_t n, bool clamp)
{
	size_t len = 0;
	const char *s = p, *e;

	if (!n)
		return -1;
	out[0] = '\0';
	while (*s) {
		while (*s == '/')
			s++;
		if (!*s)
			break;
		e = strchr(s, '/');
		if (!e)
			e = s + strlen(s);
		if (e - s == 1 && s[0] == '.') {
			/* nothing */
		} else if (e - s == 2 && s[0] == '.' && s[1] == '.') {
			if (len == 0) {
				if (!clamp)
					return -1;
			} else {
				while (len > 0 && out[len - 1] != '/')
					len--;
				if (len > 0)
					len--;
				out[len] = '\0';
			}
		} else {
			size_t need = (size_t)(e - s) + (len ? 1 : 0);

			if (len + need + 1 > n)
				return -1;
			if (len)
				out[len++] = '/';
			memcpy(out + len, s, (size_t)(e - s));
			len += (size_t)(e - s);
			out[len] = '\0';
		}
		s = e;
	}
	return 0;
}

static bool has_glob(const char *s)
{
	for (; *s; s++)
		if (*s == '*' || *s == '?' || *s == '[')
			return true;
	return false;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

static void sha256_hex(const void *p, size_t n, char out[65])
{
	unsigned char md[32];
	unsigned int mdlen = 0;

	EVP_Digest(p, n, md, &mdlen, EVP_sha256(), NULL);
	hex_encode(out, md, 32);
}

/* ---- the build log ----------------------------------------------------------------------------- */

void build_log(struct blog *lg, const char *fmt, ...)
{
	struct buf b;
	va_list ap;
	char *line;
	int n;

	if (!lg || lg->fd < 0)
		return;
	va_start(ap, fmt);
	n = vasprintf(&line, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_init(&b, 1 << 20);
	/* one line per write: a tailing reader never sees half a line */
	for (char *p = line; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (buf_puts(&b, line) == 0 && buf_puts(&b, "\n") == 0) {
		const char *q = b.data;
		size_t left = b.len;

		while (left) {
			ssize_t w = write(lg->fd, q, left);

			if (w < 0) {
				if (errno == EINTR)
					continue;
				break;
			}
			q += w;
			left -= (size_t)w;
		}
	}
	buf_release(&b);
	free(line);
}

/* ---- Dockerfile: the shared parser (src/lib/dockerfile.c), seen as build steps ------------------------ */

struct heredoc {
	const char *name;
	const char *body;
	bool expand;   /* unquoted marker: variables are expanded */
};

struct dinstr {
	const struct dockerfile_instr *src;
	const char *cmd;      /* upper case keyword */
	const char *args;     /* after the keyword and its flags, continuations joined */
	char *text;           /* for the log: keyword, flags and args */
	int line;
	struct heredoc *hd;
	size_t nhd;
};

struct dfile {
	struct dockerfile *parsed;
	struct dinstr *v;
	size_t n;
	char esc;
};

static void dfile_release(struct dfile *df)
{
	size_t i;

	for (i = 0; i < df->n; i++) {
		free(df->v[i].text);
		free(df->v[i].hd);
	}
	free(df->v);
	dockerfile_free(df->parsed);
	memset(df, 0, sizeof(*df));
}

static int parse_dockerfile(const char *content, struct dfile *df)
{
	size_t i, j;
	int rc;

	memset(df, 0, sizeof(*df));
	rc = dockerfile_parse("Dockerfile", content, strlen(content), &df->parsed);
	if (rc < 0)
		return byoc_fail(BYOC_EBUILD, "dockerfile parse error: %s", byoc_errmsg());
	df->esc = df->parsed->escape;
	if (df->parsed->n > BUILD_MAX_INSTR)
		return byoc_fail(BYOC_EBUILD, "dockerfile parse error: more than %d instructions", BUILD_MAX_INSTR);
	df->v = calloc(df->parsed->n ? df->parsed->n : 1, sizeof(*df->v));
	if (!df->v)
		return BYOC_ENOMEM;
	for (i = 0; i < df->parsed->n; i++) {
		const struct dockerfile_instr *pi = &df->parsed->instrs[i];
		struct dinstr *in = &df->v[i];
		struct buf t;

		df->n++;
		in->src = pi;
		in->cmd = pi->keyword;
		in->args = pi->args ? pi->args : "";
		in->line = pi->line;
		buf_init(&t, 1 << 20);
		buf_puts(&t, pi->keyword);
		for (j = 0; j < pi->nflags; j++) {
			if (pi->flags[j].value && *pi->flags[j].value)
				buf_printf(&t, " --%s=%s", pi->flags[j].name, pi->flags[j].value);
			else
				buf_printf(&t, " --%s", pi->flags[j].name);
		}
		if (*in->args)
			buf_printf(&t, " %s", in->args);
		in->text = buf_detach(&t);
		if (pi->nheredocs) {
			in->hd = calloc(pi->nheredocs, sizeof(*in->hd));
			if (!in->hd)
				return BYOC_ENOMEM;
			for (j = 0; j < pi->nheredocs; j++) {
				in->hd[j].name = pi->heredocs[j].marker;
				in->hd[j].body = pi->heredocs[j].body;
				in->hd[j].expand = !pi->heredocs[j].quoted;
			}
			in->nhd = pi->nheredocs;
		}
	}
	return 0;
}

/* ---- COPY / ADD ------------------------------------------------------------------------------------------ */

struct copy_map {
	char *src;      /* context entry name */
	char *dst;      /* path below the rootfs, relative */
	int mode;       /* a directory's carried mode, or -1 */
};

struct copy_plan {
	struct copy_map *v;     /* files */
	size_t n;
	struct copy_map *d;     /* directories a directory source brings, empty ones too */
	size_t nd;
	int chmod;      /* -1: keep the entry's mode */
	long uid, gid;  /* --chown; -1: root's, as byoc-local writes them */
};

static void maps_release(struct copy_map **v, size_t *n)
{
	for (size_t i = 0; i < *n; i++) {
		free((*v)[i].src);
		free((*v)[i].dst);
	}
	free(*v);
	*v = NULL;
	*n = 0;
}

static void plan_release(struct copy_plan *p)
{
	maps_release(&p->v, &p->n);
	maps_release(&p->d, &p->nd);
}

static int map_push(struct copy_map **v, size_t *n, const char *src, const char *dst_dir, const char *dst_name,
		    int mode)
{
	struct copy_map *nv = realloc(*v, (*n + 1) * sizeof(*nv));
	char joined[8192], clean[4096];

	if (!nv)
		return BYOC_ENOMEM;
	*v = nv;
	if (dst_name)
		snprintf(joined, sizeof(joined), "%s/%s", dst_dir, dst_name);
	else
		snprintf(joined, sizeof(joined), "%s", dst_dir);
	if (build_clean_path(joined, clean, sizeof(clean), true) < 0 || !clean[0])
		return byoc_fail(BYOC_EBUILD, "cannot copy '%s' to '/%s'", src, joined);
	nv[*n].src = strdup(src);
	nv[*n].dst = strdup(clean);
	nv[*n].mode = mode;
	if (!nv[*n].src || !nv[*n].dst) {
		free(nv[*n].src);
		free(nv[*n].dst);
		return BYOC_ENOMEM;
	}
	(*n)++;
	return 0;
}

static int plan_add(struct copy_plan *p, const char *src, const char *dst_dir, const char *dst_name)
{
	return map_push(&p->v, &p->n, src, dst_dir, dst_name, -1);
}

static int map_cmp(const void *a, const void *b)
{
	return strcmp(((const struct copy_map *)a)->src, ((const struct copy_map *)b)->src);
}

/* Adds one source (a file or a directory of the context) to the plan. */
static int plan_source(struct copy_plan *p, const struct cindex *ix, const char *src, bool is_dir,
		       const char *dest, bool dest_dir)
{
	int rc;

	if (!is_dir) {
		return dest_dir ? plan_add(p, src, dest, base_name(src)) : plan_add(p, src, dest, NULL);
	}
	/* a directory: its contents go into dest, its subdirectories too (empty ones as well) */
	{
		char prefix[4200];
		size_t plen = 0, i;

		if (*src)
			plen = (size_t)snprintf(prefix, sizeof(prefix), "%s/", src);
		else
			prefix[0] = '\0';
		for (i = cindex_lower(ix, prefix); i < ix->n && !strncmp(ix->v[i].name, prefix, plen); i++)
			if ((rc = plan_add(p, ix->v[i].name, dest, ix->v[i].name + plen)) < 0)
				return rc;
		for (i = cindex_dirs_lower(ix, prefix); i < ix->ndirs && !strncmp(ix->dirs[i].name, prefix, plen); i++)
			if ((rc = map_push(&p->d, &p->nd, ix->dirs[i].name, dest, ix->dirs[i].name + plen,
					   ix->dirs[i].mode)) < 0)
				return rc;
	}
	return 0;
}

struct add_item {
	char *stage;    /* where the file was extracted, below the rootfs */
	char *final;    /* where it goes when it is not an archive */
};

/* ADD of a local file: staged below the rootfs first, to see whether it is an archive. */
static int plan_add_staged(struct copy_plan *p, struct add_item **adds, size_t *nadds, const char *src,
			   const char *dest, bool dest_dir)
{
	struct add_item *na = realloc(*adds, (*nadds + 1) * sizeof(*na));
	char stage[64], final[8192], clean[4096];
	int rc;

	if (!na)
		return BYOC_ENOMEM;
	*adds = na;
	snprintf(stage, sizeof(stage), ".byoc-add/%zu", *nadds);
	if ((size_t)snprintf(final, sizeof(final), "%s/%s", dest, dest_dir ? base_name(src) : "") >= sizeof(final) ||
	    build_clean_path(final, clean, sizeof(clean), true) < 0 || !clean[0])
		return byoc_fail(BYOC_EBUILD, "cannot add '%s' to '/%s'", src, dest);
	rc = plan_add(p, src, stage, NULL);
	if (rc < 0)
		return rc;
	na[*nadds].stage = strdup(stage);
	na[*nadds].final = strdup(clean);
	if (!na[*nadds].stage || !na[*nadds].final) {
		free(na[*nadds].stage);
		free(na[*nadds].final);
		return BYOC_ENOMEM;
	}
	(*nadds)++;
	return 0;
}

/* Drops the maps whose source an --exclude pattern matches (by path or base name). */
static void maps_exclude(struct copy_map *v, size_t *n, char *const *excludes, size_t nexcl)
{
	size_t i, j = 0;

	for (i = 0; i < *n; i++) {
		bool excl = false;

		for (size_t x = 0; x < nexcl; x++)
			if (fnmatch(excludes[x], v[i].src, FNM_PATHNAME) == 0 ||
			    fnmatch(excludes[x], base_name(v[i].src), 0) == 0)
				excl = true;
		if (excl) {
			free(v[i].src);
			free(v[i].dst);
			continue;
		}
		v[j++] = v[i];
	}
	*n = j;
}

/* --chown on what a copy wrote (before any chmod: a chown clears set-id bits). */
static int plan_chown(const struct copy_plan *p, int fd, const char *shown)
{
	if (p->uid >= 0 && fchown(fd, (uid_t)p->uid, (gid_t)p->gid) < 0)
		return byoc_fail_errno(BYOC_EBUILD, "cannot set the owner of /%s", shown);
	return 0;
}

/*
 * The directories a directory source brings: made before its files (so an empty one exists
 * too, owned as --chown says), given their modes after them (so a read-only one still
 * receives its files): --chmod when given, else the mode the context carried, without
 * set-id bits; an implied one stays 0755.
 */
static int plan_dirs(const struct copy_plan *p, int rootfd, bool modes)
{
	for (size_t i = 0; i < p->nd; i++) {
		int mode = p->chmod >= 0 ? p->chmod : p->d[i].mode;
		int fd, rc;

		if (modes && mode < 0)
			continue;
		if (!modes && (rc = build_owner_mkdirs(rootfd, p->d[i].dst, p->uid, p->gid)) < 0)
			return rc;
		fd = inroot_open_dir(rootfd, p->d[i].dst, true, p->d[i].dst);
		if (fd < 0)
			return fd;
		if (!modes && (rc = plan_chown(p, fd, p->d[i].dst)) < 0) {
			close(fd);
			return rc;
		}
		/* never a set-id bit on the host disk (the files' modes drop them too: inroot.c) */
		if (modes && fchmod(fd, (mode_t)mode & 01777) < 0) {
			close(fd);
			return byoc_fail_errno(BYOC_EBUILD, "cannot set the mode of /%s", p->d[i].dst);
		}
		close(fd);
	}
	return 0;
}

/* Extracts every planned entry from the tars (in order: the last of equal names wins). */
static int plan_extract(const struct copy_plan *p, const struct build_job *job, int rootfd,
			struct build_result *res)
{
	const char *const *tars = job->tars;
	size_t ntars = job->ntars;
	char name[4096];
	char *data = NULL;
	size_t t, seen = 0;
	int rc = 0;

	if (p->n == 0)
		return 0;
	data = malloc(64 * 1024);
	if (!data)
		return BYOC_ENOMEM;
	for (t = 0; t < ntars && rc == 0; t++) {
		struct archive *a = cindex_open_tar(tars[t]);
		struct archive_entry *e;
		int r;

		if (!a) {
			rc = byoc_fail(BYOC_EBUILD, "failed to read build context: cannot open context tar %zu", t + 1);
			break;
		}
		while (rc == 0 && ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN)) {
			struct copy_map key, *m;
			bool unsafe, links;
			size_t lo, hi, k;
			mode_t mode;
			int first = -1;

			/* a big context: notice a delete or a shutdown between entries */
			if (++seen % 64 == 0 && job->cancelled && job->cancelled(job->arg)) {
				rc = byoc_fail(BYOC_EINTR, "build cancelled");
				break;
			}
			if (!cindex_entry_name(e, name, sizeof(name), &unsafe))
				continue;
			key.src = name;
			m = bsearch(&key, p->v, p->n, sizeof(*p->v), map_cmp);
			if (!m)
				continue;
			lo = hi = (size_t)(m - p->v);
			while (lo > 0 && !strcmp(p->v[lo - 1].src, name))
				lo--;
			while (hi + 1 < p->n && !strcmp(p->v[hi + 1].src, name))
				hi++;
			mode = archive_entry_perm(e);
			if (p->chmod >= 0)
				mode = (mode_t)p->chmod;
			/* a link or special file arrives as an empty regular file (the runner's rule) */
			links = archive_entry_filetype(e) != AE_IFREG;
			for (k = lo; k <= hi && rc == 0; k++) {
				int fd = build_owner_parents(rootfd, p->v[k].dst, p->uid, p->gid);

				if (fd == 0)
					fd = inroot_create_nofollow(rootfd, p->v[k].dst, mode);
				if (fd < 0) {
					rc = fd;
					break;
				}
				if (first < 0 && !links) {
					la_ssize_t n;

					while ((n = archive_read_data(a, data, 64 * 1024)) > 0) {
						rc = build_write_all(fd, data, (size_t)n);
						if (rc < 0)
							break;
						res->bytes += (unsigned long long)n;
					}
					if (n < 0 && rc == 0)
						rc = byoc_fail(BYOC_EBUILD, "failed to read build context entry '%s': %s", name,
							       archive_error_string(a) ? archive_error_string(a) : "read error");
					first = (int)k;
				} else if (first >= 0) {
					/* the same source again in this COPY: copy the file written first */
					int sfd = openat(rootfd, p->v[first].dst, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
					ssize_t n;

					if (sfd >= 0) {
						while ((n = read(sfd, data, 64 * 1024)) > 0 && rc == 0)
							rc = build_write_all(fd, data, (size_t)n);
						close(sfd);
					}
				}
				if (rc == 0)
					rc = plan_chown(p, fd, p->v[k].dst);
				if (fchmod(fd, mode & 0777) < 0) {
					/* best effort */
				}
				close(fd);
				res->files++;
			}
		}
		archive_read_free(a);
	}
	free(data);
	return rc;
}

/* ---- one build -------------------------------------------------------------------------------------------- */

struct bstate {
	const struct build_job *job;
	struct build_result *res;
	struct blog lg;
	struct cindex ix;
	bool have_ix;
	struct dockerfile_scope *scope;  /* ARG and ENV (lib/dockerfile.c: the client expands the same way) */
	char workdir[4096];   /* relative, cleaned; "" = / */
	bool workdir_set;
	char *user;
	int rootfd;
	bool in_stage;
	int stage;
};

static const char *known_instr[] = {
	"FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
	"VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", NULL,
};

static bool known(const char *cmd)
{
	for (int i = 0; known_instr[i]; i++)
		if (!strcmp(known_instr[i], cmd))
			return true;
	return false;
}

static int do_from(struct bstate *B, const struct dinstr *in, char esc)
{
	struct dockerfile_words w;
	size_t i;
	const char *image = NULL;
	int rc;

	rc = dockerfile_words(B->scope, in->args, DOCKERFILE_SPLIT | DOCKERFILE_GLOBAL, &w);
	if (rc < 0)
		return rc;
	for (i = 0; i < w.n; i++) {
		if (!strncmp(w.v[i], "--", 2))
			continue;
		image = w.v[i];
		break;
	}
	if (!image) {
		dockerfile_words_free(&w);
		return byoc_fail(BYOC_EBUILD, "dockerfile parse error on line %d: FROM requires either one or three arguments", in->line);
	}
	build_log(&B->lg, " ---> using base image %s (not pulled locally; the sandbox runs the host's /usr)", image);
	dockerfile_words_free(&w);
	/* a new stage: only the last one becomes the snapshot */
	if (B->rootfd >= 0)
		close(B->rootfd);
	B->rootfd = -1;
	rc = build_empty_dir(B->job->rootfs);
	if (rc < 0)
		return rc;
	B->rootfd = open(B->job->rootfs, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (B->rootfd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", B->job->rootfs);
	if ((rc = dockerfile_scope_step(B->scope, in->src)) < 0)
		return rc;
	/* Every base image sets PATH in its config (Docker's default when it does not); without it
	 * `ENV PATH=/opt/x:$PATH` would leave the sandbox with no /usr/bin on its PATH. */
	if ((rc = dockerfile_scope_set_env(B->scope, "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")) < 0)
		return rc;
	B->workdir[0] = '\0';
	B->workdir_set = false;
	free(B->user);
	B->user = NULL;
	B->in_stage = true;
	B->stage++;
	B->res->files = 0;
	B->res->bytes = 0;
	return 0;
}

static int do_arg(struct bstate *B, const struct dinstr *in, char esc)
{
	return dockerfile_scope_step(B->scope, in->src);
}

static int do_env(struct bstate *B, const struct dinstr *in, char esc)
{
	return dockerfile_scope_step(B->scope, in->src);
}

static int do_workdir(struct bstate *B, const struct dinstr *in, char esc)
{
	struct dockerfile_words w;
	char joined[8192], clean[4096];
	int rc, fd;

	rc = dockerfile_words(B->scope, in->args, 0, &w);
	if (rc < 0)
		return rc;
	if (w.n == 0 || !*w.v[0]) {
		dockerfile_words_free(&w);
		return byoc_fail(BYOC_EBUILD, "dockerfile parse error on line %d: WORKDIR requires exactly one argument", in->line);
	}
	if (w.v[0][0] == '/')
		snprintf(joined, sizeof(joined), "%s", w.v[0]);
	else
		snprintf(joined, sizeof(joined), "%s/%s", B->workdir, w.v[0]);
	dockerfile_words_free(&w);
	if (build_clean_path(joined, clean, sizeof(clean), true) < 0)
		return byoc_fail(BYOC_EBUILD, "WORKDIR path too long");
	fd = inroot_open_dir(B->rootfd, clean, true, joined);
	if (fd < 0)
		return fd;
	close(fd);
	snprintf(B->workdir, sizeof(B->workdir), "%s", clean);
	B->workdir_set = true;
	return 0;
}

static int do_user(struct bstate *B, const struct dinstr *in, char esc)
{
	struct dockerfile_words w;
	int rc = dockerfile_words(B->scope, in->args, 0, &w);

	if (rc < 0)
		return rc;
	free(B->user);
	B->user = w.n ? strdup(w.v[0]) : NULL;
	dockerfile_words_free(&w);
	return 0;
}

static bool is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) || !strncmp(s, "git@", 4) ||
	       !strncmp(s, "git://", 6);
}

/* Writes a heredoc body as a COPY source. */
static int copy_heredoc(struct bstate *B, const struct heredoc *h, const char *dest, bool dest_dir,
			const struct copy_plan *p)
{
	char joined[8192], clean[4096];
	const char *body = h->body ? h->body : "";
	struct buf ex;
	int fd, rc;

	if ((size_t)snprintf(joined, sizeof(joined), "%s/%s", dest, dest_dir ? h->name : "") >= sizeof(joined) ||
	    build_clean_path(joined, clean, sizeof(clean), true) < 0 || !clean[0])
		return byoc_fail(BYOC_EBUILD, "cannot copy heredoc '%s' to '%s'", h->name, dest);
	buf_init(&ex, 8 << 20);
	if (h->expand) {
		char *t = dockerfile_expand_text(B->scope, body);

		rc = t ? buf_puts(&ex, t) : BYOC_EBUILD;
		free(t);
	} else {
		rc = buf_puts(&ex, body);
	}
	if (rc < 0)
		goto out;
	fd = build_owner_parents(B->rootfd, clean, p->uid, p->gid);
	if (fd == 0)
		fd = inroot_create_nofollow(B->rootfd, clean, p->chmod >= 0 ? (mode_t)p->chmod : 0644);
	if (fd < 0) {
		rc = fd;
		goto out;
	}
	rc = build_write_all(fd, ex.data, ex.len);
	if (rc == 0 && (rc = plan_chown(p, fd, clean)) == 0 && p->chmod >= 0 && fchmod(fd, (mode_t)p->chmod & 0777) < 0)
		rc = byoc_fail_errno(BYOC_EBUILD, "cannot set the mode of /%s", clean);
	close(fd);
	B->res->files++;
	B->res->bytes += ex.len;
out:
	buf_release(&ex);
	return rc;
}

/*
 * ADD of a local file: it was staged at stage (below the rootfs); a tar
 * (plain or compressed) is unpacked into dest, anything else moves to final.
 * Archive entries land below dest only: names are cleaned, ".." escapes and
 * links are skipped.
 */
static int add_unpack(struct bstate *B, struct archive *a, struct archive_entry *e, const char *dest,
		      const char *src, const struct copy_plan *plan)
{
	char name[4096], full[8192], clean[4096], *data;
	int r = ARCHIVE_OK, rc = 0;
	size_t files = 0;

	data = malloc(64 * 1024);
	if (!data)
		return BYOC_ENOMEM;
	do {
		const char *p = archive_entry_pathname(e);
		int type = (int)archive_entry_filetype(e);

		if (!p || build_clean_path(p, name, sizeof(name), false) < 0) {
			build_log(&B->lg, " ---> %s: skipped entry '%s': it points outside the destination", src, p ? p : "");
			continue;
		}
		if (!name[0])
			continue;
		if ((size_t)snprintf(full, sizeof(full), "%s/%s", dest, name) >= sizeof(full) ||
		    build_clean_path(full, clean, sizeof(clean), true) < 0 || !clean[0])
			continue;
		if (type == AE_IFDIR) {
			int fd = build_owner_mkdirs(B->rootfd, clean, plan->uid, plan->gid);

			if (fd == 0)
				fd = inroot_open_dir(B->rootfd, clean, true, clean);
			if (fd < 0) {
				rc = fd;
				break;
			}
			close(fd);
		} else if (type == AE_IFREG) {
			int fd = build_owner_parents(B->rootfd, clean, plan->uid, plan->gid);
			la_ssize_t n = 0;

			if (fd == 0)
				fd = inroot_create_nofollow(B->rootfd, clean, archive_entry_perm(e));
			if (fd < 0) {
				rc = fd;
				break;
			}
			while (rc == 0 && (n = archive_read_data(a, data, 64 * 1024)) > 0) {
				rc = build_write_all(fd, data, (size_t)n);
				if (rc < 0)
					break;
				B->res->bytes += (unsigned long long)n;
			}
			if (rc == 0)
				rc = plan_chown(plan, fd, clean);
			close(fd);
			if (rc < 0)
				break;
			if (n < 0) {
				rc = byoc_fail(BYOC_EBUILD, "ADD failed: cannot unpack %s: %s", src,
					       archive_error_string(a) ? archive_error_string(a) : "read error");
				break;
			}
			B->res->files++;
			files++;
		} else {
			build_log(&B->lg, " ---> %s: link or special entry '%s' not unpacked locally", src, p);
		}
	} while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN);
	if (rc == 0 && r != ARCHIVE_EOF && r != ARCHIVE_OK && r != ARCHIVE_WARN)
		rc = byoc_fail(BYOC_EBUILD, "ADD failed: cannot unpack %s: %s", src,
			       archive_error_string(a) ? archive_error_string(a) : "read error");
	if (rc == 0)
		build_log(&B->lg, " ---> unpacked %s (%zu file%s) into /%s", src, files, files == 1 ? "" : "s", dest);
	free(data);
	return rc;
}

static int add_finish(struct bstate *B, const struct add_item *it, const char *dest, const struct copy_plan *plan)
{
	struct archive *a;
	struct archive_entry *e;
	const char *src = base_name(it->final);
	int fd, rc = 0, r;

	fd = openat(B->rootfd, it->stage, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return byoc_fail_errno(BYOC_EBUILD, "ADD failed: cannot read the staged %s", src);
	a = archive_read_new();
	if (!a) {
		close(fd);
		return BYOC_ENOMEM;
	}
	archive_read_support_format_tar(a);
	archive_read_support_format_gnutar(a);
	archive_read_support_filter_all(a);
	if (archive_read_open_fd(a, fd, 64 * 1024) == ARCHIVE_OK &&
	    ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN)) {
		/* a local tar: unpacked into dest, which is a directory */
		int dfd = build_owner_mkdirs(B->rootfd, dest, plan->uid, plan->gid);

		if (dfd == 0)
			dfd = inroot_open_dir(B->rootfd, dest, true, dest);

		if (dfd < 0)
			rc = dfd;
		else {
			close(dfd);
			rc = add_unpack(B, a, e, dest, src, plan);
		}
		archive_read_free(a);
		close(fd);
		unlinkat(B->rootfd, it->stage, 0);
		return rc;
	}
	archive_read_free(a);
	close(fd);
	/* not an archive: like COPY */
	{
		char parent[4096];
		const char *slash = strrchr(it->final, '/');
		int dfd;

		snprintf(parent, sizeof(parent), "%.*s", slash ? (int)(slash - it->final) : 0, it->final);
		dfd = build_owner_mkdirs(B->rootfd, parent, plan->uid, plan->gid);
		if (dfd == 0)
			dfd = inroot_open_dir(B->rootfd, parent, true, it->final);
		if (dfd < 0)
			return dfd;
		if (renameat(B->rootfd, it->stage, dfd, slash ? slash + 1 : it->final) < 0)
			rc = byoc_fail_errno(BYOC_EBUILD, "cannot copy to /%s", it->final);
		close(dfd);
	}
	return rc;
}

/* One COPY or ADD being carried out: its options, where it goes, and the plan of what it writes. */
struct copy_job {
	struct bstate *B;
	const struct dinstr *in;
	const char *what;               /* "COPY" or "ADD", for messages */
	bool add, parents;
	char **excludes;                /* --exclude patterns (borrowed) */
	size_t nexcl;
	char dest[8192];                /* cleaned, relative to the rootfs ("" is /) */
	bool dest_dir;
	size_t hd_next;                 /* the next heredoc of the instruction */
	struct copy_plan plan;
	struct add_item *adds;          /* ADD's local archives and files, staged first */
	size_t nadds;
};

/* The instruction's flags: --from (*from: not materialised), --chmod, --exclude, --chown
 * (*chown_), --parents. */
static int copy_flags(struct copy_job *cj, const char **from, const char **chown_)
{
	const struct dinstr *in = cj->in;

	for (size_t i = 0; i < in->src->nflags; i++) {
		const char *f = in->src->flags[i].name, *val = in->src->flags[i].value;

		if (!strcmp(f, "from"))
			*from = val;
		else if (!strcmp(f, "chmod") && val && *val) {
			char *end;
			long m = strtol(val, &end, 8);

			if (*end || m < 0 || m > 07777)
				return byoc_fail(BYOC_EBUILD, "%s failed: invalid --chmod value '%s' (only octal modes are supported locally)", cj->what, val);
			cj->plan.chmod = (int)m;
		} else if (!strcmp(f, "exclude") && val && *val) {
			char **ne = realloc(cj->excludes, (cj->nexcl + 1) * sizeof(*ne));

			if (!ne)
				return BYOC_ENOMEM;
			cj->excludes = ne;
			cj->excludes[cj->nexcl++] = (char *)val;
		} else if (!strcmp(f, "chown") && val && *val) {
			*chown_ = val;
		} else if (!strcmp(f, "parents")) {
			cj->parents = !val || !*val || !strcmp(val, "true");
		}
	}
	return 0;
}

/* --chown: names resolve against the stage's /etc/passwd and /etc/group as they are now. */
static int copy_owner(struct copy_job *cj, const char *chown_)
{
	char *spec = dockerfile_expand_text(cj->B->scope, chown_);
	int rc = spec ? build_owner_resolve(cj->B->rootfd, spec, &cj->plan.uid, &cj->plan.gid) : BYOC_ENOMEM;

	free(spec);
	if (rc < 0 && rc != BYOC_ENOMEM)
		rc = byoc_fail_wrap(BYOC_EBUILD, "%s failed", cj->what);
	return rc;
}

/* dest: relative to WORKDIR; a trailing '/' (or "." or an existing directory) makes it a directory. */
static int copy_dest(struct copy_job *cj, const char *d)
{
	size_t dl = strlen(d);
	char clean[4096];

	if (d[0] == '/')
		snprintf(cj->dest, sizeof(cj->dest), "%s", d);
	else
		snprintf(cj->dest, sizeof(cj->dest), "/%s/%s", cj->B->workdir, d);
	cj->dest_dir = (dl && d[dl - 1] == '/') || !strcmp(d, ".") || (dl >= 2 && !strcmp(d + dl - 2, "/."));
	if (build_clean_path(cj->dest, clean, sizeof(clean), true) < 0)
		return byoc_fail(BYOC_EBUILD, "%s failed: destination path too long", cj->what);
	if (!clean[0] || inroot_is_dir(cj->B->rootfd, clean))
		cj->dest_dir = true;
	snprintf(cj->dest, sizeof(cj->dest), "%s", clean);
	return 0;
}

static int many_to_one_file(const struct copy_job *cj)
{
	return byoc_fail(BYOC_EBUILD, "When using %s with more than one source file, the destination must be a directory and end with a /", cj->what);
}

static bool copy_excluded(const struct copy_job *cj, const char *name)
{
	for (size_t x = 0; x < cj->nexcl; x++)
		if (fnmatch(cj->excludes[x], name, FNM_PATHNAME) == 0)
			return true;
	return false;
}

/* A file of the context into the plan: ADD stages what it may unpack; --parents keeps the
 * source's path under dest. */
static int copy_file(struct copy_job *cj, const char *name)
{
	if (cj->add && !cj->parents)
		return plan_add_staged(&cj->plan, &cj->adds, &cj->nadds, name, cj->dest, cj->dest_dir);
	if (cj->parents)
		return plan_add(&cj->plan, name, cj->dest, name);
	return plan_source(&cj->plan, &cj->B->ix, name, false, cj->dest, cj->dest_dir);
}

/* A source with wildcards: every folder and file of the context it matches, less --exclude. */
static int copy_glob(struct copy_job *cj, const char *src, const char *pattern)
{
	const struct cindex *ix = &cj->B->ix;
	size_t k, hits = 0;
	int rc;

	for (k = 0; k < ix->ndirs; k++) {
		if (fnmatch(pattern, ix->dirs[k].name, FNM_PATHNAME) || copy_excluded(cj, ix->dirs[k].name))
			continue;
		if ((rc = plan_source(&cj->plan, ix, ix->dirs[k].name, true, cj->dest, true)) < 0)
			return rc;
		hits++;
	}
	for (k = 0; k < ix->n; k++) {
		if (fnmatch(pattern, ix->v[k].name, FNM_PATHNAME) || copy_excluded(cj, ix->v[k].name))
			continue;
		hits++;
		if (hits > 1 && !cj->dest_dir)
			break;
		if ((rc = copy_file(cj, ix->v[k].name)) < 0)
			return rc;
	}
	if (hits == 0)
		return byoc_fail(BYOC_EBUILD, "%s failed: no source files were specified (nothing in the build context matches %s)", cj->what, src);
	if (hits > 1 && !cj->dest_dir)
		return many_to_one_file(cj);
	return 0;
}

/* A folder of the context: its whole tree (under its own path with --parents). */
static int copy_dir(struct copy_job *cj, const char *clean)
{
	char sub[8192];

	if (!clean[0] && cj->B->ix.n == 0)
		return byoc_fail(BYOC_EBUILD, "%s failed: the build context is empty", cj->what);
	if (!cj->parents || !clean[0])
		return plan_source(&cj->plan, &cj->B->ix, clean, true, cj->dest, true);
	if ((size_t)snprintf(sub, sizeof(sub), "%s/%s", cj->dest, clean) >= sizeof(sub))
		return byoc_fail(BYOC_EBUILD, "%s failed: destination path too long", cj->what);
	return plan_source(&cj->plan, &cj->B->ix, clean, true, sub, true);
}

/* One source word into the plan: a heredoc, an ADD URL (not fetched here), a pattern, a file
 * or a folder of the build context. */
static int copy_source(struct copy_job *cj, const char *src)
{
	struct bstate *B = cj->B;
	char clean[4096];

	if (!strncmp(src, "<<", 2) && cj->hd_next < cj->in->nhd)
		return copy_heredoc(B, &cj->in->hd[cj->hd_next++], cj->dest, cj->dest_dir, &cj->plan);
	if (cj->add && is_url(src)) {
		build_log(&B->lg, " ---> ADD %s: remote sources are not fetched locally", src);
		return 0;
	}
	if (!B->have_ix)
		return byoc_fail(BYOC_EBUILD, "%s failed: file not found in build context or excluded by .dockerignore: stat %s: file does not exist (no build context was uploaded)", cj->what, src);
	if (build_clean_path(src, clean, sizeof(clean), false) < 0)
		return byoc_fail(BYOC_EBUILD, "%s failed: forbidden path outside the build context: %s", cj->what, src);
	if (has_glob(clean))
		return copy_glob(cj, src, clean);
	if (cindex_find(&B->ix, clean))
		return copy_file(cj, clean);
	if (cindex_is_dir(&B->ix, clean))
		return copy_dir(cj, clean);
	return byoc_fail(BYOC_EBUILD, "%s failed: file not found in build context or excluded by .dockerignore: stat %s: file does not exist", cj->what, src);
}

/* Writes the plan into the rootfs: dest's folder (owned as --chown says), the folders, the
 * files, the folders' modes, ADD's unpacking; the staged ADD files go whatever happens. */
static int copy_apply(struct copy_job *cj)
{
	struct bstate *B = cj->B;
	unsigned long long before = B->res->bytes;
	size_t fbefore = B->res->files, i;
	int rc;

	/* excludes apply to whatever a directory source brought in */
	maps_exclude(cj->plan.v, &cj->plan.n, cj->excludes, cj->nexcl);
	maps_exclude(cj->plan.d, &cj->plan.nd, cj->excludes, cj->nexcl);
	if (cj->plan.n)
		qsort(cj->plan.v, cj->plan.n, sizeof(*cj->plan.v), map_cmp);
	/* the directory dest exists even if the copy brings only files deeper down */
	if ((cj->plan.n || cj->plan.nd) && cj->dest[0] && cj->dest_dir) {
		int fd = build_owner_mkdirs(B->rootfd, cj->dest, cj->plan.uid, cj->plan.gid);

		if (fd == 0)
			fd = inroot_open_dir(B->rootfd, cj->dest, true, cj->dest);
		if (fd < 0)
			return fd;
		close(fd);
	}
	rc = plan_dirs(&cj->plan, B->rootfd, false);
	if (rc == 0)
		rc = plan_extract(&cj->plan, B->job, B->rootfd, B->res);
	if (rc == 0)
		rc = plan_dirs(&cj->plan, B->rootfd, true);
	for (i = 0; i < cj->nadds && rc == 0; i++)
		rc = add_finish(B, &cj->adds[i], cj->dest, &cj->plan);
	if (cj->nadds) {
		for (i = 0; i < cj->nadds; i++)
			unlinkat(B->rootfd, cj->adds[i].stage, 0);
		unlinkat(B->rootfd, ".byoc-add", AT_REMOVEDIR);
	}
	if (rc < 0)
		return rc;
	build_log(&B->lg, " ---> copied %zu file%s (%llu bytes) to /%s", B->res->files - fbefore,
		  B->res->files - fbefore == 1 ? "" : "s", B->res->bytes - before, cj->dest);
	return 0;
}

static int do_copy(struct bstate *B, const struct dinstr *in, char esc, bool add)
{
	struct copy_job cj = { .B = B, .in = in, .what = add ? "ADD" : "COPY", .add = add,
			       .plan = { .chmod = -1, .uid = -1, .gid = -1 } };
	struct dockerfile_words w;
	const char *from = NULL, *chown_ = NULL;
	size_t i;
	int rc;

	memset(&w, 0, sizeof(w));
	if ((rc = copy_flags(&cj, &from, &chown_)) < 0)
		goto out;
	if (from) {
		build_log(&B->lg, " ---> %s --from=%s: not materialised locally (no stage or image output here)", cj.what, from);
		goto out;
	}
	if (chown_ && (rc = copy_owner(&cj, chown_)) < 0)
		goto out;
	/* the sources and dest, variables expanded (the client reads the same words) */
	if ((rc = dockerfile_copy_words(B->scope, in->src, &w)) < 0)
		goto out;
	if (w.n < 2) {
		rc = byoc_fail(BYOC_EBUILD, "dockerfile parse error on line %d: %s requires at least two arguments, but only one was provided. Destination could not be determined",
			       in->line, cj.what);
		goto out;
	}
	if ((rc = copy_dest(&cj, w.v[w.n - 1])) < 0)
		goto out;
	if (w.n - 1 > 1 && !cj.dest_dir) {
		rc = many_to_one_file(&cj);
		goto out;
	}
	for (i = 0; i + 1 < w.n; i++)
		if ((rc = copy_source(&cj, w.v[i])) < 0)
			goto out;
	rc = copy_apply(&cj);
out:
	for (i = 0; i < cj.nadds; i++) {
		free(cj.adds[i].stage);
		free(cj.adds[i].final);
	}
	free(cj.adds);
	free(cj.excludes);
	dockerfile_words_free(&w);
	plan_release(&cj.plan);
	return rc;
}

static bool cancelled(const struct build_job *job)
{
	return job->cancelled && job->cancelled(job->arg);
}

/* Waits secs in small steps; true as soon as the build is cancelled. */
static bool pace(const struct build_job *job, double secs)
{
	while (secs > 0) {
		double step = secs < 0.05 ? secs : 0.05;

		sleep_s(step);
		secs -= step;
		if (cancelled(job))
			return true;
	}
	return cancelled(job);
}

static void human_bytes(unsigned long long n, char *out, size_t sz)
{
	if (n < 1024)
		snprintf(out, sz, "%lluB", n);
	else if (n < 1024ULL * 1024)
		snprintf(out, sz, "%.2fkB", (double)n / 1024);
	else if (n < 1024ULL * 1024 * 1024)
		snprintf(out, sz, "%.2fMB", (double)n / (1024.0 * 1024));
	else
		snprintf(out, sz, "%.2fGB", (double)n / (1024.0 * 1024 * 1024));
}

/* Every instruction is one byoc-local knows, and every one but ARG comes after a FROM. */
static int check_stages(const struct dfile *df)
{
	size_t i, nfrom = 0;

	for (i = 0; i < df->n; i++) {
		if (!known(df->v[i].cmd))
			return byoc_fail(BYOC_EBUILD, "dockerfile parse error on line %d: unknown instruction: %s", df->v[i].line, df->v[i].cmd);
		if (!strcmp(df->v[i].cmd, "FROM"))
			nfrom++;
		else if (nfrom == 0 && strcmp(df->v[i].cmd, "ARG"))
			return byoc_fail(BYOC_EBUILD, "no build stage in current context: line %d has %s before any FROM", df->v[i].line, df->v[i].cmd);
	}
	if (nfrom == 0)
		return byoc_fail(BYOC_EBUILD, "no build stage in current context: the Dockerfile has no FROM instruction");
	return 0;
}

/* The build context: every tar the snapshot names must have been uploaded; indexed once. */
static int load_context(struct bstate *B, const struct build_job *job)
{
	char hb[32];
	int rc;

	for (size_t i = 0; i < job->ntars; i++) {
		if (!job->tars[i]) {
			const char *label = job->labels && job->labels[i] ? job->labels[i] : "?";

			return byoc_fail(BYOC_EBUILD, "failed to get build context: context %s was never uploaded to object storage", label);
		}
	}
	if (!job->ntars)
		return 0;
	if ((rc = cindex_build(&B->ix, job->tars, job->ntars, &B->lg)) < 0)
		return rc;
	B->have_ix = true;
	human_bytes(B->ix.bytes, hb, sizeof(hb));
	build_log(&B->lg, "Sending build context to Docker daemon  %s", hb);
	return 0;
}

/* One instruction's effect on the snapshot (RUN and the rest are logged, not carried out). */
static int run_instruction(struct bstate *B, const struct dinstr *in, char esc)
{
	if (!strcmp(in->cmd, "FROM"))
		return do_from(B, in, esc);
	if (!strcmp(in->cmd, "ARG"))
		return do_arg(B, in, esc);
	if (!strcmp(in->cmd, "ENV"))
		return do_env(B, in, esc);
	if (!strcmp(in->cmd, "WORKDIR"))
		return do_workdir(B, in, esc);
	if (!strcmp(in->cmd, "USER"))
		return do_user(B, in, esc);
	if (!strcmp(in->cmd, "COPY"))
		return do_copy(B, in, esc, false);
	if (!strcmp(in->cmd, "ADD"))
		return do_copy(B, in, esc, true);
	if (!strcmp(in->cmd, "RUN"))
		build_log(&B->lg, " ---> %s (not executed locally)", in->text);
	else
		build_log(&B->lg, " ---> recorded (no effect on the local snapshot)");
	return 0;
}

/* A build that went through: docker's closing lines, and the image's env, workdir and user. */
static int build_done(struct bstate *B, const struct build_job *job, struct build_result *res)
{
	const char *k, *v;
	char hex[65];
	size_t i;

	sha256_hex(job->dockerfile ? job->dockerfile : "", job->dockerfile ? strlen(job->dockerfile) : 0, hex);
	hex[12] = '\0';
	build_log(&B->lg, "Successfully built %s", hex);
	if (job->tag)
		build_log(&B->lg, "Successfully tagged %s", job->tag);
	if (!(res->env = json_object()))
		return BYOC_ENOMEM;
	for (i = 0; i < dockerfile_scope_env(B->scope, i, &k, &v); i++)
		if (json_object_set_new(res->env, k, json_string(v)) < 0)
			return BYOC_ENOMEM;
	if (B->workdir_set) {
		if (asprintf(&res->workdir, "/%s", B->workdir) < 0)
			res->workdir = NULL;
	}
	res->user = B->user;
	B->user = NULL;
	return 0;
}

int build_run(const struct build_job *job, struct build_result *res)
{
	struct bstate B;
	struct dfile df;
	double step;
	size_t i;
	int rc;

	memset(res, 0, sizeof(*res));
	memset(&B, 0, sizeof(B));
	B.job = job;
	B.res = res;
	B.lg.fd = job->log_fd;
	B.rootfd = -1;
	memset(&df, 0, sizeof(df));
	if (!(B.scope = dockerfile_scope_new())) {
		rc = BYOC_ENOMEM;
		goto fail;
	}
	if ((rc = parse_dockerfile(job->dockerfile ? job->dockerfile : "", &df)) < 0)
		goto fail;
	dockerfile_scope_escape(B.scope, df.esc);
	if ((rc = check_stages(&df)) < 0 || (rc = load_context(&B, job)) < 0)
		goto fail;
	step = df.n ? job->seconds / (double)(df.n + 1) : job->seconds;
	for (i = 0; i <= df.n; i++) {
		if (pace(job, step)) {
			rc = byoc_fail(BYOC_EINTR, "build cancelled");
			goto out;
		}
		if (i == df.n)
			break;
		build_log(&B.lg, "Step %zu/%zu : %s", i + 1, df.n, df.v[i].text);
		rc = run_instruction(&B, &df.v[i], df.esc);
		if (rc == BYOC_EINTR)
			goto out;
		if (rc < 0)
			goto fail;
	}
	if ((rc = build_done(&B, job, res)) < 0)
		goto fail;
	goto out;
fail:
	if (rc == BYOC_ENOMEM)
		byoc_fail(BYOC_ENOMEM, "out of memory");
	res->error = strdup(byoc_errmsg()[0] ? byoc_errmsg() : "build failed");
	build_log(&B.lg, "%s", res->error);
	rc = BYOC_EBUILD;
out:
	if (!res->env)
		res->env = json_object();
	if (B.rootfd >= 0)
		close(B.rootfd);
	dockerfile_scope_free(B.scope);
	free(B.user);
	if (B.have_ix)
		cindex_release(&B.ix);
	dfile_release(&df);
	return rc;
}

void build_result_release(struct build_result *res)
{
	json_decref(res->env);
	free(res->workdir);
	free(res->user);
	free(res->error);
	memset(res, 0, sizeof(*res));
}

