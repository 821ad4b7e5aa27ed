#include "lib/gitclone.h"
#include "lib/gitcheckout.h"
#include "lib/gitpack.h"
#include "lib/http.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/wipe.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <git2.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>
#include <git2/sys/errors.h>
#include <git2/sys/transport.h>
#include <iconv.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* ---- small helpers ------------------------------------------------------------------ */

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP || flag == FTW_D)
		return rmdir(path) == 0 || errno == ENOENT ? 0 : -1;
	return unlink(path) == 0 || errno == ENOENT ? 0 : -1;
}

int gitclone_rmtree(const char *path)
{
	struct stat st;

	if (lstat(path, &st) != 0)
		return errno == ENOENT ? 0 : byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", path);
	if (!S_ISDIR(st.st_mode))
		return unlink(path) == 0 ? 0 : byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", path);
	if (nftw(path, rm_one, 32, FTW_DEPTH | FTW_PHYS) != 0)
		return byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", path);
	return 0;
}

static const char *git_msg(void)
{
	const git_error *e = git_error_last();

	return e && e->message ? e->message : "unknown libgit2 error";
}

char *gitclone_repo_name(const char *url)
{
	const char *end = url + strlen(url), *start;
	char *name;
	size_t n;

	while (end > url && (end[-1] == '/' || end[-1] == '\\'))
		end--;
	start = end;
	while (start > url && start[-1] != '/' && start[-1] != ':')
		start--;
	n = (size_t)(end - start);
	if (n > 4 && strncmp(end - 4, ".git", 4) == 0)
		n -= 4;
	if (n == 0 || (n == 1 && start[0] == '.') || (n == 2 && start[0] == '.' && start[1] == '.'))
		return strdup("repo");
	name = strndup(start, n);
	return name;
}

int gitclone_split_url(const char *url, char **clean, char **user, char **password)
{
	const char *p, *at, *slash, *colon;
	struct buf b;

	*clean = NULL;
	*user = *password = NULL;
	if (strncasecmp(url, "https://", 8) != 0 && strncasecmp(url, "http://", 7) != 0) {
		*clean = strdup(url);
		return *clean ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	p = strstr(url, "://") + 3;
	slash = strchr(p, '/');
	at = memrchr(p, '@', slash ? (size_t)(slash - p) : strlen(p));
	if (!at) {
		*clean = strdup(url);
		return *clean ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	colon = memchr(p, ':', (size_t)(at - p));
	*user = strndup(p, (size_t)((colon ? colon : at) - p));
	if (colon)
		*password = strndup(colon + 1, (size_t)(at - colon - 1));
	buf_init(&b, 1 << 16);
	buf_append(&b, url, (size_t)(p - url));
	buf_puts(&b, at + 1);
	*clean = buf_detach(&b);
	if (!*clean || !*user || (colon && !*password)) {
		free(*clean);
		free(*user);
		free(*password);
		*clean = *user = *password = NULL;
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	/* percent-decoding of the user info */
	for (char **s = user; s; s = s == user ? password : NULL) {
		char *r, *w;

		if (!*s)
			continue;
		for (r = w = *s; *r; r++) {
			if (r[0] == '%' && isxdigit((unsigned char)r[1]) && isxdigit((unsigned char)r[2])) {
				char hex[3] = { r[1], r[2], 0 };

				*w++ = (char)strtol(hex, NULL, 16);
				r += 2;
			} else {
				*w++ = *r;
			}
		}
		*w = '\0';
	}
	return 0;
}

/* ---- credentials ---------------------------------------------------------------------- */


struct cred {
	const struct gitclone_opts *o;
	char *url_user, *url_pass;
	int userpass_tries, ssh_tries;
	bool auth_failed;
	bool none_available;
	bool cleartext;       /* refused: a credential asked for over plain http */
	bool cancelled;
};


/* Runs `git credential fill` with the request on stdin; no prompt. */
static int helper_fill(const char *url, const char *user, char **u_out, char **p_out)
{
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, status, rc = -1;
	char proto[16] = "", host[512] = "", path[2048] = "";
	const char *p, *slash;
	struct buf req, resp;
	pid_t pid;
	char chunk[4096];
	ssize_t got;

	*u_out = *p_out = NULL;
	p = strstr(url, "://");
	if (!p || (size_t)(p - url) >= sizeof(proto))
		return -1;
	memcpy(proto, url, (size_t)(p - url));
	p += 3;
	if (strchr(p, '@') && (!strchr(p, '/') || strchr(p, '@') < strchr(p, '/')))
		p = strchr(p, '@') + 1;
	slash = strchr(p, '/');
	snprintf(host, sizeof(host), "%.*s", slash ? (int)(slash - p) : (int)strlen(p), p);
	if (slash)
		snprintf(path, sizeof(path), "%s", slash + 1);
	buf_init(&req, 1 << 16);
	buf_init(&resp, 1 << 16);
	buf_printf(&req, "protocol=%s\nhost=%s\n", proto, host);
	if (*path)
		buf_printf(&req, "path=%s\n", path);
	if (user)
		buf_printf(&req, "username=%s\n", user);
	buf_puts(&req, "\n");
	if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC))
		goto out;
	pid = fork();
	if (pid < 0)
		goto out;
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);

		dup2(in[0], 0);
		dup2(out[1], 1);
		if (devnull >= 0)
			dup2(devnull, 2);
		setenv("GIT_TERMINAL_PROMPT", "0", 1);
		unsetenv("GIT_ASKPASS");
		unsetenv("SSH_ASKPASS");
		execlp("git", "git", "credential", "fill", (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	in[0] = -1;
	close(out[1]);
	out[1] = -1;
	{
		void (*old)(int) = signal(SIGPIPE, SIG_IGN);

		if (write(in[1], req.data, req.len) != (ssize_t)req.len) {
			/* the helper went away; its answer decides */
		}
		signal(SIGPIPE, old);
	}
	close(in[1]);
	in[1] = -1;
	while ((got = read(out[0], chunk, sizeof(chunk))) > 0)
		if (buf_append(&resp, chunk, (size_t)got))
			break;
	explicit_bzero(chunk, sizeof(chunk));
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		goto out;
	for (char *line = resp.data; line && *line;) {
		char *nl = strchr(line, '\n');

		if (nl)
			*nl = '\0';
		if (strncmp(line, "username=", 9) == 0 && !*u_out)
			*u_out = strdup(line + 9);
		else if (strncmp(line, "password=", 9) == 0 && !*p_out)
			*p_out = strdup(line + 9);
		line = nl ? nl + 1 : NULL;
	}
	if (*u_out && *p_out)
		rc = 0;
	else {
		wipe_str_free(*u_out);
		wipe_str_free(*p_out);
		*u_out = *p_out = NULL;
	}
out:
	if (in[0] >= 0) close(in[0]);
	if (in[1] >= 0) close(in[1]);
	if (out[0] >= 0) close(out[0]);
	if (out[1] >= 0) close(out[1]);
	explicit_bzero(resp.data, resp.len);
	buf_release(&req);
	buf_release(&resp);
	return rc;
}

static int cred_cb(git_credential **out, const char *url, const char *user_from_url, unsigned int allowed, void *payload)
{
	struct cred *c = payload;
	const char *user;
	char *hu = NULL, *hp = NULL;
	int rc;

	if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
		if (c->userpass_tries++ > 0) {
			c->auth_failed = true;
			git_error_set_str(GIT_ERROR_HTTP, "authentication refused");
			return GIT_EAUTH;
		}
		/* over plain http any credential travels in clear: only to this machine or when
		 * the user said so (http.h); before the helper too, which may hold a real one */
		if (!http_credentials_allowed(url)) {
			c->cleartext = true;
			c->auth_failed = true;
			git_error_set_str(GIT_ERROR_HTTP, "credential refused over plain http");
			return GIT_EAUTH;
		}
		user = c->url_user ? c->url_user : user_from_url;
		if (c->o->token)
			return git_credential_userpass_plaintext_new(out, user ? user : "x-access-token", c->o->token);
		if (c->url_pass)
			return git_credential_userpass_plaintext_new(out, user ? user : "", c->url_pass);
		if (helper_fill(url, user, &hu, &hp) == 0) {
			rc = git_credential_userpass_plaintext_new(out, hu, hp);
			wipe_str_free(hu);
			wipe_str_free(hp);
			return rc;
		}
		c->none_available = true;
		c->auth_failed = true;
		git_error_set_str(GIT_ERROR_HTTP, "no credential available");
		return GIT_EAUTH;
	}
	if (allowed & GIT_CREDENTIAL_SSH_KEY) {
		if (c->ssh_tries++ > 0) {
			c->auth_failed = true;
			return GIT_EAUTH;
		}
		return git_credential_ssh_key_from_agent(out, user_from_url ? user_from_url : "git");
	}
	if (allowed & GIT_CREDENTIAL_USERNAME)
		return git_credential_username_new(out, user_from_url ? user_from_url : "git");
	c->auth_failed = true;
	return GIT_EAUTH;
}

/* ---- packs indexed in flat memory ------------------------------------------------------ */

/*
 * libgit2's fetch hands the received pack to the first object database backend that
 * can write one (git_odb_write_pack). A backend of ours, added to every repository we
 * clone into with a priority above the built-in ones, takes it: the pack is written to
 * a temporary file as it arrives and indexed by gitpack_index (flat memory, see
 * gitpack.h), then both files are renamed into objects/pack, where libgit2's own pack
 * backend finds them. Nothing else of libgit2 changes.
 */
struct flat_backend {
	git_odb_backend parent;
	char *pack_dir;
};

struct flat_writepack {
	git_odb_writepack parent;
	const char *pack_dir;
	int fd;
	char *tmp;
	git_indexer_progress_cb cb;
	void *payload;
	git_indexer_progress *stats;
};

static int flat_error(void)
{
	git_error_set_str(GIT_ERROR_ODB, byoc_errmsg());
	return -1;
}

static int flat_append(git_odb_writepack *w, const void *data, size_t size, git_indexer_progress *stats)
{
	struct flat_writepack *fw = (struct flat_writepack *)w;

	(void)stats;
	while (size) {
		ssize_t n = write(fw->fd, data, size);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			byoc_fail_errno(BYOC_EIO, "cannot write the received pack to '%s'", fw->tmp);
			return flat_error();
		}
		data = (const char *)data + n;
		size -= (size_t)n;
	}
	return 0;
}

static int flat_progress(void *arg, unsigned indexed, unsigned total)
{
	struct flat_writepack *fw = arg;

	fw->stats->indexed_objects = indexed / 2;
	fw->stats->total_objects = total / 2;
	fw->stats->received_objects = total / 2;
	return fw->cb ? fw->cb(fw->stats, fw->payload) : 0;
}

static int flat_commit(git_odb_writepack *w, git_indexer_progress *stats)
{
	struct flat_writepack *fw = (struct flat_writepack *)w;
	unsigned char sum[20];
	char hex[41];
	struct buf idx, pack, final;
	int xfd = -1, rc;

	buf_init(&idx, 1 << 16);
	buf_init(&pack, 1 << 16);
	buf_init(&final, 1 << 16);
	fw->stats = stats;
	buf_printf(&idx, "%s.idx", fw->tmp);
	xfd = open(idx.data, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0444);
	if (xfd < 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot create '%s'", idx.data);
		goto out;
	}
	if ((rc = gitpack_index(fw->fd, xfd, sum, flat_progress, fw)))
		goto out;
	/* read-only, as git leaves its packs; no fsync: the clone is a temporary on this host,
	 * gone once it is sent (git itself does not fsync objects by default, core.fsync) */
	if (fchmod(fw->fd, 0444) != 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot write the pack");
		goto out;
	}
	hex_encode(hex, sum, 20);
	buf_printf(&pack, "%s/pack-%s.pack", fw->pack_dir, hex);
	buf_printf(&final, "%s/pack-%s.idx", fw->pack_dir, hex);
	/* the pack first: an index is taken as the sign that its pack is complete */
	if (rename(fw->tmp, pack.data) != 0 || rename(idx.data, final.data) != 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot move the pack into '%s'", fw->pack_dir);
		goto out;
	}
	free(fw->tmp);
	fw->tmp = NULL;
	stats->indexed_objects = stats->total_objects;
out:
	if (xfd >= 0)
		close(xfd);
	if (rc)
		unlink(idx.data);
	buf_release(&idx);
	buf_release(&pack);
	buf_release(&final);
	return rc ? flat_error() : 0;
}

static void flat_writepack_free(git_odb_writepack *w)
{
	struct flat_writepack *fw = (struct flat_writepack *)w;

	if (fw->fd >= 0)
		close(fw->fd);
	if (fw->tmp)
		unlink(fw->tmp);
	free(fw->tmp);
	free(fw);
}

static int flat_writepack(git_odb_writepack **out, git_odb_backend *be, git_odb *odb, git_indexer_progress_cb cb,
			  void *payload)
{
	struct flat_backend *fb = (struct flat_backend *)be;
	struct flat_writepack *fw = calloc(1, sizeof(*fw));
	struct buf t;

	(void)odb;
	if (!fw) {
		byoc_fail(BYOC_ENOMEM, "out of memory");
		return flat_error();
	}
	buf_init(&t, 1 << 16);
	buf_printf(&t, "%s/tmp_pack_byoc_XXXXXX", fb->pack_dir);
	fw->fd = mkostemp(t.data, O_CLOEXEC);
	if (fw->fd < 0) {
		byoc_fail_errno(BYOC_EIO, "cannot create a pack in '%s'", fb->pack_dir);
		buf_release(&t);
		free(fw);
		return flat_error();
	}
	fw->tmp = buf_detach(&t);
	fw->pack_dir = fb->pack_dir;
	fw->cb = cb;
	fw->payload = payload;
	fw->parent.backend = be;
	fw->parent.append = flat_append;
	fw->parent.commit = flat_commit;
	fw->parent.free = flat_writepack_free;
	*out = &fw->parent;
	return 0;
}

static void flat_backend_free(git_odb_backend *be)
{
	free(((struct flat_backend *)be)->pack_dir);
	free(be);
}

/* adds the backend to a repository's object database */
static int flat_attach(git_repository *repo)
{
	struct flat_backend *fb = calloc(1, sizeof(*fb));
	git_odb *odb = NULL;
	struct buf d;
	int g;

	if (!fb)
		return -1;
	buf_init(&d, 1 << 16);
	buf_printf(&d, "%sobjects/pack", git_repository_path(repo));
	git_odb_init_backend(&fb->parent, GIT_ODB_BACKEND_VERSION);
	fb->parent.writepack = flat_writepack;
	fb->parent.free = flat_backend_free;
	fb->pack_dir = buf_detach(&d);
	if (!fb->pack_dir || (g = git_repository_odb(&odb, repo)) != 0 || (g = git_odb_add_backend(odb, &fb->parent, 1000)) != 0) {
		free(fb->pack_dir);
		free(fb);
		git_odb_free(odb);
		return -1;
	}
	git_odb_free(odb);
	return 0;
}

/* objects no pack holds (loose ones): read whole through libgit2 */
static int odb_fallback(void *arg, const unsigned char oid[20], int *type, unsigned char **data, size_t *len)
{
	git_odb_object *obj = NULL;
	git_oid id;

	memcpy(id.id, oid, 20);
	if (git_odb_read(&obj, arg, &id) != 0)
		return -1;
	*len = git_odb_object_size(obj);
	*type = (int)git_odb_object_type(obj);
	if (!(*data = malloc(*len + 1))) {
		git_odb_object_free(obj);
		return -1;
	}
	memcpy(*data, git_odb_object_data(obj), *len);
	(*data)[*len] = 0;
	git_odb_object_free(obj);
	return 0;
}

/*
 * .gitattributes conversions (eol, text, ident) by libgit2's filters and working-tree-encoding
 * (libgit2 has no filter for it) by iconv, as git applies
 * them on checkout with its default config: the attributes of the commit checked out,
 * the repository's own config only (not this host user's core.autocrlf or attributes).
 */
struct attr_filter {
	git_repository *repo;     /* opened with the repository's own config */
	git_filter_options fo;
	bool crlf_config;         /* core.autocrlf or core.eol set otherwise than git's Linux defaults */
};

/* "UTF-16LE" and "utf16le" name one encoding for git (utf8.c same_utf_encoding) */
static bool same_utf(const char *a, const char *b)
{
	if (strncasecmp(a, "utf", 3) || strncasecmp(b, "utf", 3))
		return false;
	a += 3 + (a[3] == '-');
	b += 3 + (b[3] == '-');
	return strcasecmp(a, b) == 0;
}

/*
 * The working-tree-encoding of path (uppercased, as git keeps it), or NULL when the file is
 * written as stored: unset, set without a value, or UTF-8 (git's convert.c).
 */
/*
 * One lookup of the attributes that can change a file on checkout. *plain: none applies, so
 * the file is written as stored: no ident, no filter driver, no working-tree-encoding, and no
 * CRLF output (git's convert.c: text, text=auto and eol=lf write LF as stored when neither
 * core.autocrlf nor core.eol asks for CRLF). Measured: the filter list and the blob read
 * through libgit2 for every file under `* text=auto` (libgit2's own history) took 3/4 of its
 * checkout.
 */
enum { AT_IDENT, AT_FILTER, AT_EOL, AT_ENCODING, AT_COUNT };

static int checkout_attrs(struct attr_filter *af, const char *path, const char *v[AT_COUNT])
{
	static const char *names[AT_COUNT] = { "ident", "filter", "eol", "working-tree-encoding" };
	git_attr_options ao;

	memset(&ao, 0, sizeof(ao));
	ao.version = GIT_ATTR_OPTIONS_VERSION;
	ao.flags = GIT_ATTR_CHECK_INDEX_ONLY | GIT_ATTR_CHECK_NO_SYSTEM | GIT_ATTR_CHECK_INCLUDE_COMMIT;
	git_oid_cpy(&ao.attr_commit_id, &af->fo.attr_commit_id);
	if (git_attr_get_many_ext(v, af->repo, &ao, path, AT_COUNT, names) != 0)
		return byoc_fail(BYOC_EFAIL, "the .gitattributes of '%s': %s", path, git_msg());
	return 0;
}

static bool written_as_stored(const struct attr_filter *af, const char *v[AT_COUNT])
{
	return !af->crlf_config && git_attr_value(v[AT_IDENT]) != GIT_ATTR_VALUE_TRUE &&
	       git_attr_value(v[AT_FILTER]) != GIT_ATTR_VALUE_STRING &&
	       (git_attr_value(v[AT_EOL]) != GIT_ATTR_VALUE_STRING || strcmp(v[AT_EOL], "lf") == 0) &&
	       git_attr_value(v[AT_ENCODING]) != GIT_ATTR_VALUE_STRING;
}

static int worktree_encoding(const char *v, char **enc)
{
	*enc = NULL;
	if (git_attr_value(v) != GIT_ATTR_VALUE_STRING || !*v || same_utf(v, "UTF-8"))
		return 0;
	if (!(*enc = strdup(v)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (char *c = *enc; *c; c++)
		*c = (char)toupper((unsigned char)*c);
	return 0;
}

/*
 * in (UTF-8, as git stores text) in encoding enc, as git's reencode_string_len writes it
 * with glibc's iconv: UTF-16LE-BOM and UTF-16BE-BOM get their byte order mark. NULL when
 * iconv cannot convert it; git then writes the file as stored (its "failed to encode").
 */
static char *to_encoding(const char *enc, const char *in, size_t n, size_t *outn)
{
	static const char le_bom[] = { (char)0xff, (char)0xfe }, be_bom[] = { (char)0xfe, (char)0xff };
	const char *bom = NULL;
	iconv_t cv;
	char *out, *ip = (char *)in, *op;
	size_t cap, il = n, ol, bl = 0;

	if (same_utf(enc, "UTF-16LE-BOM"))
		bom = le_bom, enc = "UTF-16LE";
	else if (same_utf(enc, "UTF-16BE-BOM"))
		bom = be_bom, enc = "UTF-16BE";
	if (bom)
		bl = 2;
	if ((cv = iconv_open(enc, "UTF-8")) == (iconv_t)-1 &&
	    (cv = iconv_open(strcasecmp(enc, "LATIN-1") == 0 ? "ISO-8859-1" : enc, "UTF-8")) == (iconv_t)-1)
		return NULL;
	cap = bl + n * 4 + 16; /* UTF-32 and a BOM at most */
	if (!(out = malloc(cap))) {
		iconv_close(cv);
		return NULL;
	}
	op = out + bl;
	ol = cap - bl;
	if (iconv(cv, &ip, &il, &op, &ol) == (size_t)-1 || iconv(cv, NULL, NULL, &op, &ol) == (size_t)-1) {
		free(out);
		out = NULL;
	} else {
		if (bom)
			memcpy(out, bom, bl);
		*outn = (size_t)(op - out);
	}
	iconv_close(cv);
	return out;
}

static int write_all(int fd, const char *p, size_t n, const char *path)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return byoc_fail_errno(BYOC_EIO, "cannot write '%s'", path);
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* ident and eol (libgit2's filters), then working-tree-encoding: git's order on checkout */
static int attr_filter_write(void *arg, const char *path, const unsigned char oid[20], int fd, uint64_t *size, bool *done)
{
	struct attr_filter *af = arg;
	git_filter_list *fl = NULL;
	git_blob *blob = NULL;
	git_buf out = { 0 };
	git_oid id;
	char *enc = NULL, *conv = NULL;
	const char *data;
	size_t len;
	int rc;

	const char *v[AT_COUNT];

	*done = false;
	memcpy(id.id, oid, 20);
	if ((rc = checkout_attrs(af, path, v)))
		return rc;
	if (written_as_stored(af, v))
		return 0;
	if ((rc = worktree_encoding(v[AT_ENCODING], &enc)))
		return rc;
	if (git_filter_list_load_ext(&fl, af->repo, NULL, path, GIT_FILTER_TO_WORKTREE, &af->fo) != 0) {
		rc = byoc_fail(BYOC_EFAIL, "the .gitattributes of '%s': %s", path, git_msg());
		goto out;
	}
	if (!fl && !enc)
		goto out;
	if (git_blob_lookup(&blob, af->repo, &id) != 0 || (fl && git_filter_list_apply_to_blob(&out, fl, blob) != 0)) {
		rc = byoc_fail(BYOC_EFAIL, "converting '%s' as its .gitattributes ask: %s", path, git_msg());
		goto out;
	}
	data = fl ? out.ptr : git_blob_rawcontent(blob);
	len = fl ? out.size : (size_t)git_blob_rawsize(blob);
	if (enc && len && (conv = to_encoding(enc, data, len, &len)))
		data = conv;
	if ((rc = write_all(fd, data, len, path)))
		goto out;
	*size = len;
	*done = true;
out:
	free(conv);
	free(enc);
	git_buf_dispose(&out);
	git_blob_free(blob);
	git_filter_list_free(fl);
	return rc;
}

/* Whether config may ask for CRLF on checkout: core.autocrlf other than false, core.eol
 * other than lf or native (git's Linux defaults write LF); anything unreadable counts. */
static bool crlf_config(git_config *cfg)
{
	git_buf v = { 0 };
	bool crlf = false;
	int g, b;

	if ((g = git_config_get_bool(&b, cfg, "core.autocrlf")) == 0)
		crlf = b;
	else if (g != GIT_ENOTFOUND)
		crlf = true; /* "input" or a value git_config_get_bool refuses */
	if ((g = git_config_get_string_buf(&v, cfg, "core.eol")) == 0)
		crlf = crlf || (strcmp(v.ptr, "lf") != 0 && strcmp(v.ptr, "native") != 0);
	else if (g != GIT_ENOTFOUND)
		crlf = true;
	git_buf_dispose(&v);
	return crlf;
}

static int attr_filter_open(struct attr_filter *af, git_repository *repo, const git_oid *commit_id)
{
	git_config *cfg = NULL;
	struct buf p;
	int rc = 0;

	memset(af, 0, sizeof(*af));
	buf_init(&p, 1 << 12);
	buf_printf(&p, "%sconfig", git_repository_path(repo));
	af->fo.version = GIT_FILTER_OPTIONS_VERSION;
	af->fo.flags = GIT_FILTER_ATTRIBUTES_FROM_COMMIT | GIT_FILTER_NO_SYSTEM_ATTRIBUTES;
	git_oid_cpy(&af->fo.attr_commit_id, commit_id);
	if (git_repository_open(&af->repo, git_repository_path(repo)) != 0 || git_config_new(&cfg) != 0 ||
	    git_config_add_file_ondisk(cfg, p.data, GIT_CONFIG_LEVEL_LOCAL, af->repo, 0) != 0 ||
	    git_repository_set_config(af->repo, cfg) != 0)
		rc = byoc_fail(BYOC_EFAIL, "cannot open '%s': %s", git_repository_path(repo), git_msg());
	else
		af->crlf_config = crlf_config(cfg);
	git_config_free(cfg);
	buf_release(&p);
	return rc;
}

/* Checks commit out into the repository's work folder, or as a tar archive into tar_path
 * when given, and writes its index (gitcheckout.h). */
static int flat_checkout(git_repository *repo, const git_oid *commit_id, const char *tar_path)
{
	int tar_fd = -1, scratch = -1;
	git_commit *commit = NULL;
	git_odb *odb = NULL;
	struct gitpack_odb *db = NULL;
	struct gitcheckout_stats st;
	struct attr_filter af;
	struct gitcheckout_filter flt = { attr_filter_write, &af };
	struct buf objects, index;
	int rc = 0;

	if ((rc = attr_filter_open(&af, repo, commit_id)))
		return rc;

	buf_init(&objects, 1 << 16);
	buf_init(&index, 1 << 16);
	buf_printf(&objects, "%sobjects", git_repository_path(repo));
	/* written beside, renamed at the end: libgit2's attribute lookup reads the index */
	buf_printf(&index, "%sindex.byoc", git_repository_path(repo));
	if (git_commit_lookup(&commit, repo, commit_id) != 0 || git_repository_odb(&odb, repo) != 0) {
		rc = byoc_fail(BYOC_EFAIL, "cannot read the commit to check out: %s", git_msg());
		goto out;
	}
	if ((rc = gitpack_odb_open(&db, objects.data, odb_fallback, odb)))
		goto out;
	if (!tar_path) {
		rc = gitcheckout_tree(db, git_commit_tree_id(commit)->id, git_repository_workdir(repo), index.data, &flt,
				      &st);
	} else if ((tar_fd = open(tar_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0 ||
		   (scratch = open(git_repository_path(repo), O_RDWR | O_TMPFILE | O_CLOEXEC, 0600)) < 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot create the checkout's archive beside '%s'", git_repository_path(repo));
	} else {
		rc = gitcheckout_tree_tar(db, git_commit_tree_id(commit)->id, tar_fd, scratch, index.data, &flt, &st);
		if (!rc && close(tar_fd) != 0)
			rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", tar_path);
		tar_fd = -1;
	}
	if (tar_fd >= 0)
		close(tar_fd);
	if (scratch >= 0)
		close(scratch);
	if (!rc) {
		buf_reset(&objects);
		buf_printf(&objects, "%sindex", git_repository_path(repo));
		if (rename(index.data, objects.data) != 0)
			rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", objects.data);
	}
	if (rc)
		unlink(index.data);
out:
	git_repository_free(af.repo);
	gitpack_odb_free(db);
	git_odb_free(odb);
	git_commit_free(commit);
	buf_release(&objects);
	buf_release(&index);
	return rc;
}

static int progress_cb(const git_indexer_progress *st, void *payload)
{
	struct cred *c = payload;

	if (c->o->cancel && *c->o->cancel) {
		c->cancelled = true;
		return -1;
	}
	if (c->o->progress)
		c->o->progress(c->o->progress_arg, st->received_bytes, st->received_objects, st->total_objects);
	return 0;
}

static void cred_init(struct cred *c, const struct gitclone_opts *o, const char *user, const char *pass)
{
	memset(c, 0, sizeof(*c));
	c->o = o;
	c->url_user = user ? strdup(user) : NULL;
	c->url_pass = pass ? strdup(pass) : NULL;
}

static void cred_release(struct cred *c)
{
	wipe_str_free(c->url_user);
	wipe_str_free(c->url_pass);
	c->url_user = c->url_pass = NULL;
}

static void fetch_callbacks(git_fetch_options *fo, struct cred *c)
{
	fo->callbacks.credentials = cred_cb;
	fo->callbacks.transfer_progress = progress_cb;
	fo->callbacks.payload = c;
}

/* Turns a failed libgit2 call into a BYOC code with a message naming what. */
static int classify(int gerr, const struct cred *c, const char *what, const char *url)
{
	const char *m = git_msg();

	if (c && c->cancelled)
		return byoc_fail(BYOC_EINTR, "%s: interrupted", what);
	if (c && c->auth_failed) {
		if (c->cleartext)
			return byoc_fail(BYOC_EAUTH, "%s: '%s' asks for credentials over plain http, where they would travel "
					 "in clear: use its https URL, or set " HTTP_ALLOW_ENV "=1 to send them anyway",
					 what, url);
		if (c->none_available)
			return byoc_fail(BYOC_EAUTH, "%s: '%s' asks for credentials: set GIT_TOKEN, --token-env VAR or a git credential helper",
					 what, url);
		return byoc_fail(BYOC_EAUTH, "%s: authentication to '%s' failed: check the token or password", what, url);
	}
	if (gerr == GIT_EAUTH || strstr(m, "401") || strstr(m, "403") || strstr(m, "authentication"))
		return byoc_fail(BYOC_EAUTH, "%s: authentication to '%s' failed: %s", what, url, m);
	if (gerr == GIT_ENOTFOUND || strstr(m, "404") || strstr(m, "not found") || strstr(m, "does not exist") ||
	    strstr(m, "could not find repository"))
		return byoc_fail(BYOC_ENOTFOUND, "%s: '%s' not found: %s", what, url, m);
	return byoc_fail(BYOC_EFAIL, "%s '%s': %s", what, url, m);
}

/* ---- scrub ------------------------------------------------------------------------------ */

static int scrub_entry(const git_config_entry *e, void *payload)
{
	git_config *cfg = payload;
	const char *n = e->name;
	size_t len = strlen(n);

	if (strncmp(n, "credential.", 11) == 0 || (len > 11 && strcmp(n + len - 11, "extraheader") == 0))
		git_config_delete_multivar(cfg, n, ".*");
	return 0;
}

int gitclone_scrub(const char *gitdir)
{
	git_repository *repo = NULL;
	git_config *cfg = NULL;
	git_strarray remotes = { 0 };
	git_remote *r = NULL;
	char *clean = NULL, *u = NULL, *p = NULL;
	struct buf fh;
	size_t i;
	int rc = 0;

	buf_init(&fh, 1 << 16);
	if (git_repository_open(&repo, gitdir) != 0) {
		rc = byoc_fail(BYOC_EFAIL, "cannot open repository '%s': %s", gitdir, git_msg());
		goto out;
	}
	if (git_remote_list(&remotes, repo) == 0) {
		for (i = 0; i < remotes.count; i++) {
			if (git_remote_lookup(&r, repo, remotes.strings[i]) != 0)
				continue;
			if (git_remote_url(r) && gitclone_split_url(git_remote_url(r), &clean, &u, &p) == 0 &&
			    (u || p))
				git_remote_set_url(repo, remotes.strings[i], clean);
			if (git_remote_pushurl(r) && gitclone_split_url(git_remote_pushurl(r), &clean, &u, &p) == 0 &&
			    (u || p))
				git_remote_set_pushurl(repo, remotes.strings[i], clean);
			free(clean);
			wipe_str_free(u);
			wipe_str_free(p);
			clean = u = p = NULL;
			git_remote_free(r);
			r = NULL;
		}
	}
	if (git_repository_config(&cfg, repo) == 0) {
		git_config *local = NULL;

		if (git_config_open_level(&local, cfg, GIT_CONFIG_LEVEL_LOCAL) == 0) {
			git_config_foreach(local, scrub_entry, local);
			git_config_free(local);
		}
	}
	buf_printf(&fh, "%s/FETCH_HEAD", git_repository_path(repo));
	unlink(fh.data);
out:
	git_strarray_dispose(&remotes);
	git_config_free(cfg);
	git_repository_free(repo);
	buf_release(&fh);
	return rc;
}

/* ---- submodule URLs ------------------------------------------------------------------------ */

/* git's url_is_local_not_ssh: no colon, or a slash before the first colon */
static bool local_not_ssh(const char *url)
{
	const char *colon = strchr(url, ':'), *slash = strchr(url, '/');

	return !colon || (slash && slash < colon);
}

int gitclone_resolve_url(const char *base, const char *url, char **out)
{
	char *b;
	size_t n;
	bool colonsep = false, relative;
	struct buf r;

	*out = NULL;
	if (strncmp(url, "./", 2) != 0 && strncmp(url, "../", 3) != 0) {
		*out = strdup(url);
		return *out ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	n = strlen(base);
	while (n && base[n - 1] == '/')
		n--;
	relative = local_not_ssh(base) && base[0] != '/';
	buf_init(&r, 1 << 16);
	if (relative && strncmp(base, "./", 2) != 0 && strncmp(base, "../", 3) != 0)
		buf_puts(&r, "./");
	buf_append(&r, base, n);
	b = buf_detach(&r);
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	/* each leading ../ takes the last component off the base: after a '/', else after a
	 * ':' (scp-style host:path, then joined with ':') */
	while (*url) {
		if (strncmp(url, "../", 3) == 0) {
			char *cut = strrchr(b, '/');

			url += 3;
			if (cut) {
				*cut = 0;
			} else if ((cut = strrchr(b, ':'))) {
				*cut = 0;
				colonsep = true;
			} else if (relative || strcmp(b, ".") == 0) {
				byoc_fail(BYOC_EUSAGE, "submodule URL '%s' goes above its superproject's '%s'", url, base);
				free(b);
				return BYOC_EUSAGE;
			} else {
				b[0] = '.';
				b[1] = 0;
			}
		} else if (strncmp(url, "./", 2) == 0) {
			url += 2;
		} else {
			break;
		}
	}
	buf_init(&r, 1 << 16);
	buf_printf(&r, "%s%s%s", b, colonsep ? ":" : "/", url);
	free(b);
	if (r.len && r.data[r.len - 1] == '/' && *url)
		r.data[--r.len] = 0;
	*out = strdup(strncmp(r.data, "./", 2) == 0 ? r.data + 2 : r.data);
	buf_release(&r);
	return *out ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

/* ---- clone ------------------------------------------------------------------------------ */

static bool looks_hex(const char *s)
{
	size_t n = strlen(s), i;

	if (n < 4 || n > 40)
		return false;
	for (i = 0; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return true;
}

static bool is_local_url(const char *url)
{
	return strncmp(url, "file://", 7) == 0 || local_not_ssh(url);
}

/* One repository to clone: the top one, or a submodule (sm). */
struct one {
	const char *url;          /* without credentials */
	const char *dir;          /* the work tree */
	git_submodule *sm;        /* a submodule: its repository goes in the superproject's .git/modules */
	const char *ref;          /* NULL: the remote's HEAD */
	int depth;
	struct cred *c;
	/* what the remote says (ls) */
	char *head_branch;        /* the remote HEAD's branch (refs/heads/X), or NULL */
	enum { REF_HEAD, REF_BRANCH, REF_TAG, REF_COMMIT } kind;
	char *refspec;            /* the single-branch refspec of a shallow clone */
	/* out */
	git_repository *repo;
	git_oid commit;
	char *branch;             /* the local branch checked out, or NULL (detached) */
	int64_t fetched_ms;       /* when the fetch and its indexing were done */
};

static int one_remote_cb(git_remote **out, git_repository *repo, const char *name, const char *url, void *payload)
{
	struct one *w = payload;

	if (git_remote_lookup(out, repo, name) == 0) {
		/* git_submodule_repo_init may have made it: made again with our refspec */
		git_remote_free(*out);
		*out = NULL;
		if (git_remote_delete(repo, name) != 0)
			return -1;
	}
	if (w->refspec)
		return git_remote_create_with_fetchspec(out, repo, name, url, w->refspec);
	return git_remote_create(out, repo, name, url);
}

static int one_repository_cb(git_repository **out, const char *path, int bare, void *payload)
{
	struct one *w = payload;

	if (w->sm ? git_submodule_repo_init(out, w->sm, 1) : git_repository_init(out, path, (unsigned)bare))
		return -1;
	if (flat_attach(*out) != 0) {
		git_repository_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/*
 * What the remote has, before cloning: its HEAD's branch, and what --ref names (a
 * branch or a tag, as `git clone --branch` takes them; else a commit id). A shallow
 * clone fetches that one ref, as git clone --depth does (single branch).
 */
static int one_ls(struct one *w)
{
	git_remote *r = NULL;
	git_remote_callbacks cb;
	const git_remote_head **heads;
	size_t n, i;
	struct buf b;
	int rc = 0, g;

	buf_init(&b, 1 << 12);
	git_remote_init_callbacks(&cb, GIT_REMOTE_CALLBACKS_VERSION);
	cb.credentials = cred_cb;
	cb.payload = w->c;
	if ((g = git_remote_create_detached(&r, w->url)) != 0 || (g = git_remote_connect(r, GIT_DIRECTION_FETCH, &cb, NULL, NULL)) != 0 ||
	    (g = git_remote_ls(&heads, &n, r)) != 0) {
		rc = classify(g, w->c, "cannot clone", w->url);
		goto out;
	}
	/* the credential was taken: the clone's connection may offer it once more */
	w->c->userpass_tries = w->c->ssh_tries = 0;
	for (i = 0; i < n; i++)
		if (strcmp(heads[i]->name, "HEAD") == 0 && heads[i]->symref_target &&
		    strncmp(heads[i]->symref_target, "refs/heads/", 11) == 0)
			w->head_branch = strdup(heads[i]->symref_target);
	w->kind = REF_HEAD;
	if (w->ref) {
		w->kind = REF_COMMIT;
		for (i = 0; i < n && w->kind == REF_COMMIT; i++) {
			if (strncmp(heads[i]->name, "refs/heads/", 11) == 0 && strcmp(heads[i]->name + 11, w->ref) == 0)
				w->kind = REF_BRANCH;
			else if (strncmp(heads[i]->name, "refs/tags/", 10) == 0 && strcmp(heads[i]->name + 10, w->ref) == 0)
				w->kind = REF_TAG;
		}
		if (w->kind == REF_COMMIT && !looks_hex(w->ref)) {
			rc = byoc_fail(BYOC_ENOTFOUND, "ref '%s' not found in '%s': give a branch, tag or commit id", w->ref, w->url);
			goto out;
		}
	}
	if (w->depth > 0) {
		if (w->kind == REF_BRANCH)
			buf_printf(&b, "+refs/heads/%s:refs/remotes/origin/%s", w->ref, w->ref);
		else if (w->kind == REF_TAG)
			buf_printf(&b, "+refs/tags/%s:refs/tags/%s", w->ref, w->ref);
		else if (w->kind == REF_COMMIT) {
			rc = byoc_fail(BYOC_EUSAGE, "--depth with a commit id ('%s'): a shallow clone fetches a branch or a tag, "
				       "as git clone --depth does; give one, or drop --depth", w->ref);
			goto out;
		} else if (w->head_branch)
			buf_printf(&b, "+%s:refs/remotes/origin/%s", w->head_branch, w->head_branch + 11);
		else {
			rc = byoc_fail(BYOC_ENOTFOUND, "'%s' has no default branch to check out: give --ref", w->url);
			goto out;
		}
		w->refspec = buf_detach(&b);
	}
out:
	if (r)
		git_remote_disconnect(r);
	git_remote_free(r);
	buf_release(&b);
	return rc;
}

/* After git_clone: HEAD, the local branch and refs/remotes/origin/HEAD as git clone leaves them. */
static int one_refs(struct one *w)
{
	git_reference *ref = NULL, *head = NULL;
	git_object *obj = NULL, *target = NULL;
	struct buf b;
	int rc = 0;

	buf_init(&b, 1 << 12);
	if (w->kind == REF_HEAD || w->kind == REF_BRANCH) {
		if (git_repository_head(&head, w->repo) != 0 || git_reference_peel(&target, head, GIT_OBJECT_COMMIT) != 0) {
			rc = byoc_fail(BYOC_ENOTFOUND, "'%s' has no default branch to check out: give --ref", w->url);
			goto out;
		}
		w->branch = strdup(git_reference_shorthand(head));
	} else {
		/* a tag or a commit: HEAD detached, no local branch (git clone --branch TAG) */
		if (w->kind == REF_TAG)
			buf_printf(&b, "refs/tags/%s", w->ref);
		if (w->kind == REF_TAG ? git_revparse_single(&obj, w->repo, b.data) : git_revparse_single(&obj, w->repo, w->ref)) {
			rc = byoc_fail(BYOC_ENOTFOUND, "ref '%s' not found in '%s': give a branch, tag or commit id", w->ref, w->url);
			goto out;
		}
		if (git_object_peel(&target, obj, GIT_OBJECT_COMMIT) != 0) {
			rc = byoc_fail(BYOC_ENOTFOUND, "ref '%s' of '%s' names no commit", w->ref, w->url);
			goto out;
		}
		/* a tag: the branch git_clone checked out goes, as git clone --branch TAG makes none
		 * (detached first: HEAD's branch cannot); a commit: git clone, then git checkout */
		if (w->kind != REF_TAG || git_repository_head(&head, w->repo) != 0 || !git_reference_is_branch(head)) {
			git_reference_free(head);
			head = NULL;
		}
		if (git_repository_set_head_detached(w->repo, git_object_id(target)) != 0 ||
		    (head && git_branch_delete(head) != 0)) {
			rc = byoc_fail(BYOC_EFAIL, "setting HEAD: %s", git_msg());
			goto out;
		}
	}
	git_oid_cpy(&w->commit, git_object_id(target));
	/* refs/remotes/origin/HEAD: when the remote HEAD's branch was fetched */
	if (w->head_branch) {
		buf_reset(&b);
		buf_printf(&b, "refs/remotes/origin/%s", w->head_branch + 11);
		if (git_reference_lookup(&ref, w->repo, b.data) == 0) {
			git_reference_free(ref);
			ref = NULL;
			if (git_reference_symbolic_create(&ref, w->repo, "refs/remotes/origin/HEAD", b.data, 1, NULL) != 0) {
				rc = byoc_fail(BYOC_EFAIL, "refs/remotes/origin/HEAD: %s", git_msg());
				goto out;
			}
		} else {
			git_reference_remove(w->repo, "refs/remotes/origin/HEAD");
		}
	}
out:
	git_reference_free(ref);
	git_reference_free(head);
	git_object_free(obj);
	git_object_free(target);
	buf_release(&b);
	return rc;
}

/*
 * Every object the refs reach is there: git checks it after each fetch (check_connected),
 * libgit2 does not. Commits from the refs (down to .git/shallow's boundary), each tree once,
 * each blob's presence in the object database; a submodule's commit is its own repository's.
 */
struct oidset {
	git_oid *v;           /* open addressing; the zero id marks an empty slot */
	size_t n, cap;
};

static int oidset_insert(struct oidset *s, const git_oid *id, bool *added)
{
	size_t i, h;

	*added = false;
	if ((s->n + 1) * 2 > s->cap) {
		struct oidset g = { NULL, 0, s->cap ? s->cap * 2 : 4096 };
		bool dummy;

		if (!(g.v = calloc(g.cap, sizeof(*g.v))))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		for (i = 0; i < s->cap; i++)
			if (!git_oid_is_zero(&s->v[i]))
				oidset_insert(&g, &s->v[i], &dummy);
		free(s->v);
		*s = g;
	}
	memcpy(&h, id->id, sizeof(h));
	for (i = h & (s->cap - 1); !git_oid_is_zero(&s->v[i]); i = (i + 1) & (s->cap - 1))
		if (git_oid_equal(&s->v[i], id))
			return 0;
	git_oid_cpy(&s->v[i], id);
	s->n++;
	*added = true;
	return 0;
}

static int missing(const char *what, const git_oid *id, const char *url)
{
	char hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), id);
	return byoc_fail(BYOC_EPROTO, "'%s' sent an incomplete repository: %s %s is missing (git fsck would fail)", url,
			 what, hex);
}

static int check_tree(git_repository *repo, git_odb *odb, const git_oid *id, struct oidset *seen, const char *url,
		      int level)
{
	git_tree *t = NULL;
	bool added;
	size_t i, n;
	int rc;

	if ((rc = oidset_insert(seen, id, &added)) || !added)
		return rc;
	if (level > 4096)
		return byoc_fail(BYOC_EPROTO, "'%s' has a tree nested more than 4096 folders deep", url);
	if (git_tree_lookup(&t, repo, id) != 0)
		return missing("tree", id, url);
	n = git_tree_entrycount(t);
	for (i = 0; i < n && !rc; i++) {
		const git_tree_entry *e = git_tree_entry_byindex(t, i);
		const git_oid *eid = git_tree_entry_id(e);

		if (git_tree_entry_type(e) == GIT_OBJECT_TREE)
			rc = check_tree(repo, odb, eid, seen, url, level + 1);
		else if (git_tree_entry_type(e) == GIT_OBJECT_BLOB && !(rc = oidset_insert(seen, eid, &added)) && added &&
			 !git_odb_exists(odb, eid))
			rc = missing("blob", eid, url);
	}
	git_tree_free(t);
	return rc;
}

static int check_connected(git_repository *repo, const char *url)
{
	git_revwalk *walk = NULL;
	git_odb *odb = NULL;
	struct oidset seen = { 0 };
	git_oid id;
	int rc = 0, g;

	if (git_repository_odb(&odb, repo) != 0 || git_revwalk_new(&walk, repo) != 0 ||
	    git_revwalk_push_glob(walk, "refs/*") != 0 || git_revwalk_push_head(walk) != 0) {
		rc = byoc_fail(BYOC_EPROTO, "'%s' sent an incomplete repository: %s", url, git_msg());
		goto out;
	}
	while (!rc && (g = git_revwalk_next(&id, walk)) == 0) {
		git_commit *c = NULL;

		if (git_commit_lookup(&c, repo, &id) != 0) {
			rc = missing("commit", &id, url);
			break;
		}
		rc = check_tree(repo, odb, git_commit_tree_id(c), &seen, url, 0);
		git_commit_free(c);
	}
	if (!rc && g != GIT_ITEROVER)
		rc = byoc_fail(BYOC_EPROTO, "'%s' sent an incomplete repository: %s", url, git_msg());
out:
	free(seen.v);
	git_revwalk_free(walk);
	git_odb_free(odb);
	return rc;
}

/* .git/shallow as git leaves it: none when the history was shorter than the depth */
static int one_shallow(git_repository *repo)
{
	struct buf p;
	struct stat st;
	int rc = 0;

	buf_init(&p, 1 << 12);
	buf_printf(&p, "%sshallow", git_repository_path(repo));
	if (stat(p.data, &st) == 0 && st.st_size == 0 && unlink(p.data) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", p.data);
	buf_release(&p);
	return rc;
}

/* git_clone wants the remote's HEAD among the refs fetched: a shallow clone of a tag
 * (refspec +refs/tags/T:refs/tags/T) is made with the calls git_clone makes */
static int clone_tag_shallow(struct one *w, git_clone_options *co)
{
	git_remote *r = NULL;
	int g;

	if ((g = one_repository_cb(&w->repo, w->dir, 0, w)) != 0 ||
	    (g = one_remote_cb(&r, w->repo, "origin", w->url, w)) != 0)
		return g;
	g = git_remote_fetch(r, NULL, &co->fetch_opts, NULL);
	git_remote_free(r);
	return g;
}

/*
 * --depth over git://. libgit2 1.8 negotiates a shallow fetch as over HTTP, where every round
 * is a new request: after the server's shallow lines it sends its wants and deepen again. On
 * git:// the connection stays open and git's upload-pack, waiting for haves or done, refuses
 * them ("expected SHA1 list, got 'want ...'"; fixed in libgit2 1.9). Its own git://
 * subtransport is wrapped so that, on the upload-pack connection, a request after the first
 * that starts with wants goes without that block (up to and with its flush).
 */
struct shallow_sub {
	git_smart_subtransport parent;
	git_smart_subtransport *inner;
	struct shallow_stream *cur;   /* libgit2 asks the same stream for every round */
};

struct shallow_stream {
	git_smart_subtransport_stream parent;
	git_smart_subtransport_stream *inner;
	unsigned writes;
};

static int shallow_read(git_smart_subtransport_stream *s, char *buf, size_t n, size_t *got)
{
	struct shallow_stream *w = (struct shallow_stream *)s;

	return w->inner->read(w->inner, buf, n, got);
}

/* the length of the block of pkt-lines before and with the first flush, 0 if none is whole */
static size_t wants_block(const char *p, size_t n)
{
	size_t off = 0;

	while (n - off >= 4) {
		char h[5] = { p[off], p[off + 1], p[off + 2], p[off + 3], 0 };
		char *end;
		unsigned long len = strtoul(h, &end, 16);

		if (*end || (len && len < 4) || len > n - off)
			return 0;
		off += len ? len : 4;
		if (!len)
			return off;
	}
	return 0;
}

static int shallow_write(git_smart_subtransport_stream *s, const char *buf, size_t n)
{
	struct shallow_stream *w = (struct shallow_stream *)s;

	if (w->writes++ > 0 && n > 9 && memcmp(buf + 4, "want ", 5) == 0) {
		size_t skip = wants_block(buf, n);

		buf += skip;
		n -= skip;
	}
	return w->inner->write(w->inner, buf, n);
}

static void shallow_stream_free(git_smart_subtransport_stream *s)
{
	struct shallow_stream *w = (struct shallow_stream *)s;
	struct shallow_sub *sub = (struct shallow_sub *)s->subtransport;

	if (sub->cur == w)
		sub->cur = NULL;
	w->inner->free(w->inner);
	free(w);
}

static int shallow_action(git_smart_subtransport_stream **out, git_smart_subtransport *t, const char *url,
			  git_smart_service_t action)
{
	struct shallow_sub *sub = (struct shallow_sub *)t;
	git_smart_subtransport_stream *in = NULL;
	struct shallow_stream *w;
	int g;

	if ((g = sub->inner->action(&in, sub->inner, url, action)) != 0)
		return g;
	if (action != GIT_SERVICE_UPLOADPACK_LS && action != GIT_SERVICE_UPLOADPACK) {
		*out = in;
		return 0;
	}
	if (sub->cur && sub->cur->inner == in) {
		*out = &sub->cur->parent;
		return 0;
	}
	if (!(w = calloc(1, sizeof(*w)))) {
		git_error_set_oom();
		return -1;
	}
	w->parent.subtransport = t;
	w->parent.read = shallow_read;
	w->parent.write = shallow_write;
	w->parent.free = shallow_stream_free;
	w->inner = in;
	sub->cur = w;
	*out = &w->parent;
	return 0;
}

static int shallow_close(git_smart_subtransport *t)
{
	struct shallow_sub *sub = (struct shallow_sub *)t;

	return sub->inner->close(sub->inner);
}

static void shallow_free(git_smart_subtransport *t)
{
	struct shallow_sub *sub = (struct shallow_sub *)t;

	sub->inner->free(sub->inner);
	free(sub);
}

static int shallow_sub_new(git_smart_subtransport **out, git_transport *owner, void *param)
{
	struct shallow_sub *sub = calloc(1, sizeof(*sub));
	int g;

	if (!sub) {
		git_error_set_oom();
		return -1;
	}
	if ((g = git_smart_subtransport_git(&sub->inner, owner, param)) != 0) {
		free(sub);
		return g;
	}
	sub->parent.action = shallow_action;
	sub->parent.close = shallow_close;
	sub->parent.free = shallow_free;
	*out = &sub->parent;
	return 0;
}

static int shallow_git_transport(git_transport **out, git_remote *owner, void *param)
{
	static git_smart_subtransport_definition def = { shallow_sub_new, 0, NULL };

	(void)param;
	return git_transport_smart(out, owner, &def);
}

static int one_clone(struct one *w)
{
	git_clone_options co;
	int g, rc;

	if ((w->ref || w->depth > 0) && (rc = one_ls(w)))
		return rc;
	git_clone_options_init(&co, GIT_CLONE_OPTIONS_VERSION);
	co.checkout_opts.checkout_strategy = GIT_CHECKOUT_NONE;
	co.fetch_opts.depth = w->depth;
	/* git clone fetches every tag, and with --depth those its commits reach */
	co.fetch_opts.download_tags = w->depth > 0 ? GIT_REMOTE_DOWNLOAD_TAGS_AUTO : GIT_REMOTE_DOWNLOAD_TAGS_ALL;
	fetch_callbacks(&co.fetch_opts, w->c);
	if (w->depth > 0 && strncmp(w->url, "git://", 6) == 0)
		co.fetch_opts.callbacks.transport = shallow_git_transport;
	if (w->kind == REF_BRANCH)
		co.checkout_branch = w->ref;
	/* a local repository's objects are copied as git copies them, not packed through the
	 * local transport (a delta search: minutes and tens of MiB on a big repository); a
	 * shallow clone goes through the transport, which sends only the last commits */
	co.local = is_local_url(w->url) && w->depth == 0 ? GIT_CLONE_LOCAL : GIT_CLONE_NO_LOCAL;
	co.repository_cb = one_repository_cb;
	co.repository_cb_payload = w;
	co.remote_cb = one_remote_cb;
	co.remote_cb_payload = w;
	if (w->kind == REF_TAG && w->depth > 0)
		g = clone_tag_shallow(w, &co);
	else
		g = git_clone(&w->repo, w->url, w->dir, &co);
	if (g != 0)
		return classify(g, w->c, "cannot clone", w->url);
	if ((rc = one_refs(w)) || (rc = one_shallow(w->repo)))
		return rc;
	w->fetched_ms = http_now_ms();
	return check_connected(w->repo, w->url);
}

static void one_release(struct one *w)
{
	git_repository_free(w->repo);
	free(w->head_branch);
	free(w->refspec);
	free(w->branch);
}

struct subst {
	const struct gitclone_opts *o;
	int level;
	int rc;
	const char *user;   /* the user name of the top URL, offered to submodules too */
	const char *base;   /* the superproject's URL, which relative submodule URLs start from */
};

static int update_submodules(git_repository *repo, const struct gitclone_opts *o, int level, const char *user,
			     const char *base);

/*
 * What `git submodule update --init --recursive` does after `git clone
 * --recurse-submodules`: the URL resolved as git resolves it into the superproject's
 * config, a full clone in .git/modules/<name>, the recorded commit checked out detached.
 */
static int sub_cb(git_submodule *sm, const char *name, void *payload)
{
	struct subst *st = payload;
	git_config *cfg = NULL;
	git_repository *owner = git_submodule_owner(sm);
	const git_oid *id = git_submodule_index_id(sm);
	struct one w;
	struct buf key, path;
	struct cred c;
	char *url = NULL, *clean = NULL, *u = NULL, *p = NULL;

	if (st->rc)
		return 0;
	memset(&w, 0, sizeof(w));
	buf_init(&key, 1 << 12);
	buf_init(&path, 1 << 16);
	cred_init(&c, st->o, st->user, NULL);
	if (!id || !git_submodule_url(sm)) {
		st->rc = byoc_fail(BYOC_EFAIL, "submodule '%s' has no %s recorded", name, id ? "URL" : "commit");
		goto out;
	}
	if ((st->rc = gitclone_resolve_url(st->base, git_submodule_url(sm), &url)) ||
	    (st->rc = gitclone_split_url(url, &clean, &u, &p)))
		goto out;
	buf_printf(&key, "submodule.%s.url", name);
	if (git_repository_config(&cfg, owner) != 0 || git_config_set_string(cfg, key.data, clean) != 0 ||
	    (st->level == 0 && git_config_set_string(cfg, "submodule.active", ".") != 0)) {
		st->rc = byoc_fail(BYOC_EFAIL, "submodule '%s': %s", name, git_msg());
		goto out;
	}
	if (st->level > 0) {
		/* git submodule update --init in a submodule marks each one active */
		buf_reset(&key);
		buf_printf(&key, "submodule.%s.active", name);
		git_config_set_bool(cfg, key.data, 1);
	}
	buf_printf(&path, "%s%s", git_repository_workdir(owner), git_submodule_path(sm));
	w.url = clean;
	w.dir = path.data;
	w.sm = sm;
	w.c = &c;
	if ((st->rc = one_clone(&w)))
		goto out;
	/* the recorded commit, detached; a clone's branch stays as git clone left it */
	if (git_repository_set_head_detached(w.repo, id) != 0) {
		st->rc = byoc_fail(BYOC_EFAIL, "submodule '%s': %s", name, git_msg());
		goto out;
	}
	if ((st->rc = flat_checkout(w.repo, id, NULL)))
		goto out;
	if (st->level < 8)
		st->rc = update_submodules(w.repo, st->o, st->level + 1, st->user, clean);
	if (!st->rc)
		st->rc = gitclone_scrub(git_repository_path(w.repo));
out:
	one_release(&w);
	git_config_free(cfg);
	cred_release(&c);
	free(url);
	free(clean);
	wipe_str_free(u);
	wipe_str_free(p);
	buf_release(&key);
	buf_release(&path);
	return 0;
}

static int update_submodules(git_repository *repo, const struct gitclone_opts *o, int level, const char *user,
			     const char *base)
{
	struct subst st = { o, level, 0, user, base };

	if (git_submodule_foreach(repo, sub_cb, &st) != 0 && !st.rc)
		return byoc_fail(BYOC_EFAIL, "submodules: %s", git_msg());
	return st.rc;
}

static int remove_git_entries(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	if (strcmp(path + ftw->base, ".git") == 0 && ftw->level > 0)
		gitclone_rmtree(path);
	return 0;
}

int gitclone_run(const struct gitclone_opts *o, struct gitclone_result *out)
{
	struct one w;
	struct cred c;
	struct buf b;
	char *clean = NULL, *user = NULL, *pass = NULL;
	const char *tmpdir;
	mode_t mask;
	int64_t t0, t1;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	memset(&w, 0, sizeof(w));
	memset(&c, 0, sizeof(c));
	buf_init(&b, 1 << 16);
	/* files and folders as git makes them under the sandbox user's umask (022), not the host's */
	mask = umask(022);
	git_libgit2_init();
	/* keep memory flat: small pack windows, a small object cache */
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)1 << 20);
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)4 << 20);
	git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)4 << 20);
	/* measured: each file's attribute lookup reads the commit's trees down to it; trees over
	 * libgit2's 4 KiB cache limit were inflated and rebuilt from deltas for every file (a
	 * full clone of libgit2: half its checkout) */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, (size_t)1 << 20);
	if (!o->url || !*o->url) {
		rc = byoc_fail(BYOC_EUSAGE, "no repository URL given");
		goto out;
	}
	if ((rc = gitclone_split_url(o->url, &clean, &user, &pass)))
		goto out;
	cred_init(&c, o, user, pass);
	if (o->depth > 0 && (strncmp(clean, "ssh://", 6) == 0 ||
			     (!is_local_url(clean) && strstr(clean, "://") == NULL))) {
		/* measured: git's upload-pack refuses libgit2 1.8's shallow request on a
		 * connection that stays open (fixed in libgit2 1.9); git:// is mended above
		 * (shallow_git_transport), ssh has no test server here to prove the same */
		rc = byoc_fail(BYOC_EUSAGE, "--depth over ssh needs libgit2 1.9 (1.8 sends a shallow request "
			       "git refuses there): clone over https or git://, or drop --depth");
		goto out;
	}
	out->name = gitclone_repo_name(clean);
	tmpdir = o->tmp_parent ? o->tmp_parent : getenv("TMPDIR");
	buf_printf(&b, "%s/byoc-seed-git.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!out->name || !mkdtemp(b.data)) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot create a temporary directory in '%s'", tmpdir ? tmpdir : "/tmp");
		goto out;
	}
	out->tmp = strdup(b.data);
	buf_printf(&b, "/%s", out->name);
	out->dir = strdup(b.data);
	if (!out->tmp || !out->dir) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	w.url = clean;
	w.dir = out->dir;
	w.ref = o->ref;
	/* measured: libgit2 1.8's local transport cannot fetch shallow; a local repository is
	 * cloned whole, as git clones a local path whatever --depth says */
	out->depth_ignored = o->depth > 0 && is_local_url(clean);
	w.depth = out->depth_ignored ? 0 : o->depth;
	w.c = &c;
	t0 = http_now_ms();
	if ((rc = one_clone(&w)))
		goto out;
	t1 = http_now_ms();
	if (o->tree_tar && !o->submodules) {
		buf_reset(&b);
		buf_printf(&b, "%s/worktree.tar", out->tmp);
		if (!(out->tree_tar = strdup(b.data))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
	}
	if ((rc = flat_checkout(w.repo, &w.commit, out->tree_tar)))
		goto out;
	out->fetch_ms = w.fetched_ms - t0;
	out->check_ms = t1 - w.fetched_ms;
	out->checkout_ms = http_now_ms() - t1;
	git_oid_tostr(out->commit, sizeof(out->commit), &w.commit);
	if (w.branch && !(out->branch = strdup(w.branch))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if (o->submodules && (rc = update_submodules(w.repo, o, 0, user, clean)))
		goto out;
	if ((rc = gitclone_scrub(git_repository_path(w.repo))))
		goto out;
	git_repository_free(w.repo);
	w.repo = NULL;
	if (o->no_git && nftw(out->dir, remove_git_entries, 32, FTW_PHYS | FTW_DEPTH) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "cannot remove .git from '%s'", out->dir);
out:
	one_release(&w);
	cred_release(&c);
	free(clean);
	wipe_str_free(user);
	wipe_str_free(pass);
	buf_release(&b);
	if (rc) {
		char saved[1024];

		snprintf(saved, sizeof(saved), "%s", byoc_errmsg());
		gitclone_result_release(out);
		byoc_fail(rc, "%s", saved);
	}
	git_libgit2_shutdown();
	umask(mask);
	/* give back the heap libgit2 freed (tens of MiB after a big pack) before the tree is streamed */
	malloc_trim(0);
	return rc;
}

void gitclone_result_release(struct gitclone_result *r)
{
	if (r->tmp)
		gitclone_rmtree(r->tmp);
	free(r->tmp);
	free(r->dir);
	free(r->tree_tar);
	free(r->branch);
	free(r->name);
	memset(r, 0, sizeof(*r));
}
