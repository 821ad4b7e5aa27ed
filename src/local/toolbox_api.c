/*
 * The toolbox API, contract.md section 5: files (bulk and single upload,
 * download, bulk download, info, list, folder, permissions, delete), process
 * execute, git clone, work-dir/user-home-dir/version. See toolbox.h for the
 * path-safety model and the status of a sandbox that is not started.
 */
#include "local/toolbox.h"
#include "local/toolbox_int.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/wait.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "local/inroot.h"
#include "local/multipart.h"
#include "local/runtime.h"
#include "local/server.h"
#include "util/err.h"

#define TBX_DL_BOUNDARY "DAYTONA-FILE-BOUNDARY"
#define TBX_MAX_UPLOAD_FILES 100000

/* ---- path helpers (exposed for tests) ------------------------------------------------ */

int tbx_join(const char *workdir, const char *path, char *out, size_t n)
{
	int w;
	if (!path || !*path)
		return byoc_fail(BYOC_EUSAGE, "path is required");
	if (path[0] == '/')
		w = snprintf(out, n, "%s", path);
	else
		w = snprintf(out, n, "%s/%s", workdir && *workdir ? workdir : RT_HOME, path);
	if (w < 0 || (size_t)w >= n)
		return byoc_fail(BYOC_EUSAGE, "path is too long");
	return 0;
}

bool tbx_env_key_ok(const char *k)
{
	if (!k || !(isalpha((unsigned char)k[0]) || k[0] == '_'))
		return false;
	for (const char *p = k + 1; *p; p++)
		if (!(isalnum((unsigned char)*p) || *p == '_'))
			return false;
	return true;
}

void tbx_mode_string(mode_t m, char *out, size_t n)
{
	char s[32];
	size_t i = 0;
	if (S_ISDIR(m))
		s[i++] = 'd';
	if (S_ISLNK(m))
		s[i++] = 'L';
	if (S_ISBLK(m))
		s[i++] = 'D';
	if (S_ISFIFO(m))
		s[i++] = 'p';
	if (S_ISSOCK(m))
		s[i++] = 'S';
	if (m & S_ISUID)
		s[i++] = 'u';
	if (m & S_ISGID)
		s[i++] = 'g';
	if (S_ISCHR(m)) {
		s[i++] = 'D';
		s[i++] = 'c';
	}
	if (m & S_ISVTX)
		s[i++] = 't';
	if (i == 0)
		s[i++] = '-';
	const char *rwx = "rwxrwxrwx";
	for (int b = 0; b < 9; b++)
		s[i++] = (m & (1u << (8 - b))) ? rwx[b] : '-';
	s[i] = '\0';
	snprintf(out, n, "%s", s);
}

int tbx_utf8_append(struct buf *b, const char *p, size_t n)
{
	static const char repl[] = "\xef\xbf\xbd";
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, run = 0;
	int rc;
	while (i < n) {
		unsigned char c = s[i];
		size_t len = 0;
		uint32_t cp = 0;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xe0) == 0xc0) {
			len = 2; cp = c & 0x1f;
		} else if ((c & 0xf0) == 0xe0) {
			len = 3; cp = c & 0x0f;
		} else if ((c & 0xf8) == 0xf0) {
			len = 4; cp = c & 0x07;
		}
		bool ok = len && i + len <= n;
		for (size_t k = 1; ok && k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				ok = false;
			else
				cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
			   cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)))
			ok = false;
		if (ok) {
			i += len;
			continue;
		}
		if ((rc = buf_append(b, p + run, i - run)) < 0 || (rc = buf_append(b, repl, 3)) < 0)
			return rc;
		i++;
		run = i;
	}
	return buf_append(b, p + run, n - run);
}

/* ---- the sandbox behind a request ---------------------------------------------------- */

void tsbx_release(struct tsbx *t)
{
	if (t->rootfd >= 0)
		close(t->rootfd);
	t->rootfd = -1;
	json_decref(t->doc);
	t->doc = NULL;
}

/* Finds the sandbox, notes activity, checks it is started (booting its namespaces again
 * after a byoc-local restart). 0, or <0 with the answer set on resp. */
int tsbx_open(struct lreq *req, struct lresp *resp, struct tsbx *t)
{
	memset(t, 0, sizeof(*t));
	t->rootfd = -1;
	t->L = lreq_local(req);
	const char *id = lreq_param(req, 0);
	if (!id || local_sandbox_get(t->L, id, &t->doc) < 0) {
		lresp_go_error(resp, req, 404, "NOT_FOUND", "sandbox not found: %s", id ? id : "");
		return -1;
	}
	const char *real = json_string_value(json_object_get(t->doc, "id"));
	snprintf(t->id, sizeof(t->id), "%s", real ? real : id);
	const char *skip = lreq_header(req, "X-Daytona-Skip-Last-Activity-Update");
	if (!skip || strcasecmp(skip, "true") != 0)
		local_sandbox_touch(t->L, t->id);
	const char *state = json_string_value(json_object_get(t->doc, "state"));
	bool pending = json_is_true(json_object_get(t->doc, "_pending"));
	if (!state || strcmp(state, "started") != 0 || pending) {
		lresp_go_error(resp, req, 409, "CONFLICT", "sandbox %s is not started (state: %s%s): start it first",
			       t->id, state ? state : "unknown", pending ? ", transition in progress" : "");
		tsbx_release(t);
		return -1;
	}
	if (!runtime_running(t->L, t->id) && runtime_start(t->L, t->id, t->doc) < 0) {
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "sandbox %s cannot be reached: %s", t->id,
			       byoc_errmsg());
		tsbx_release(t);
		return -1;
	}
	char root[4096];
	runtime_root_dir(t->L, t->id, root, sizeof(root));
	t->rootfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (t->rootfd < 0) {
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "sandbox %s has no files", t->id);
		tsbx_release(t);
		return -1;
	}
	t->huid = runtime_host_uid(t->id);
	runtime_workdir(t->L, t->doc, t->workdir, sizeof(t->workdir));
	return 0;
}

/* The path query parameter resolved against the work dir; NULL (and 400 empty) if absent. */
/*
 * A daemon answer without a body of its own: below 400 empty, an error as today's daemon sends
 * it (the v0.205 toolbox spec's ErrorResponse, with source and a DaemonErrorCode that the SDK
 * maps to its error classes, e.g. DAYTONA_DAEMON/FILE_NOT_FOUND). The 0.190 daemon sent some of
 * these statuses with an empty body (contract.md 1.5); docs/spec-notes.md says why we follow
 * the spec.
 */
static void tb_status(struct lresp *resp, const struct lreq *req, int status)
{
	const char *code, *msg;
	char ts[40];
	json_t *body;

	if (status < 400) {
		lresp_empty(resp, status);
		return;
	}
	switch (status) {
	case 404: code = "FILE_NOT_FOUND"; msg = "file not found"; break;
	case 403: code = "FILE_ACCESS_DENIED"; msg = "permission denied"; break;
	case 409: code = "CONFLICT"; msg = "conflict"; break;
	case 400: code = "BAD_REQUEST"; msg = "bad request"; break;
	default: code = "INTERNAL_SERVER_ERROR"; msg = "internal server error"; break;
	}
	local_now_iso(ts, sizeof(ts));
	body = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:s}", "statusCode", status, "message", msg, "code", code,
			 "source", "DAYTONA_DAEMON", "timestamp", ts, "path", lreq_path(req), "method", lreq_method(req));
	lresp_json(resp, status, body);
}

static bool query_path(struct lreq *req, struct lresp *resp, const struct tsbx *t, const char *name, char *out,
		       size_t n)
{
	const char *p = lreq_query(req, name);
	if (!p || !*p || tbx_join(t->workdir, p, out, n) < 0) {
		tb_status(resp, req, 400);
		return false;
	}
	return true;
}

static int status_for_errno(int e)
{
	switch (e) {
	case ENOENT:
	case ENOTDIR:
		return 404;
	case EACCES:
	case EPERM:
		return 403;
	default:
		return 400;
	}
}

/* ---- files/bulk-upload and files/upload (streamed multipart) ------------------------ */

struct up_dest {
	char *idx;
	char *path;
};

struct up {
	struct tsbx t;
	bool single;             /* files/upload(-v2): one part named "file" to single_path */
	bool v2;                 /* files/upload-v2: answers an UploadedFile */
	bool raw;                /* files/upload-v2 with a body that is the file itself */
	char single_path[4096];
	bool single_ok;
	struct mp_parser *mp;
	bool parse_failed;
	char parse_err[512];
	int kind;                /* 0 skip, 1 .path, 2 file data */
	char idx[64];
	struct buf pathbuf;
	int fd;
	int64_t bytes;
	int werr;
	char *wbuf;              /* file data not yet written: whole UP_WBUF blocks go out */
	size_t wlen;
	char dest[4096];
	struct up_dest *dests;
	size_t ndests, capdests;
	json_t *errors;
	json_t *files;
};

static void up_err(struct up *u, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void up_err(struct up *u, const char *fmt, ...)
{
	char msg[4600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	struct buf b;
	buf_init(&b, sizeof(msg) * 2);
	tbx_utf8_append(&b, msg, strlen(msg));
	json_array_append_new(u->errors, json_string(b.data));
	buf_release(&b);
}

static void extract_index(const char *name, const char *suffix, char *out, size_t n)
{
	const char *s = name;
	if (strncmp(s, "files[", 6) == 0)
		s += 6;
	size_t len = strlen(s), sl = strlen(suffix);
	if (len >= sl && strcmp(s + len - sl, suffix) == 0)
		len -= sl;
	snprintf(out, n, "%.*s", (int)len, s);
}

static bool ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && strcmp(s + a - b, suf) == 0;
}

static void up_open_file(struct up *u, const char *dest)
{
	char abs[4096];
	snprintf(u->dest, sizeof(u->dest), "%s", dest);
	u->bytes = 0;
	u->werr = 0;
	if (tbx_join(u->t.workdir, dest, abs, sizeof(abs)) < 0) {
		up_err(u, "%s: path is too long", dest);
		u->kind = 0;
		return;
	}
	int fd = inroot_create(u->t.rootfd, abs, u->t.huid);
	if (fd < 0) {
		up_err(u, "%s: create: %s", dest, strerror(-fd));
		u->kind = 0;
		return;
	}
	u->fd = fd;
	u->kind = 2;
}

static int up_begin_part(void *arg, const char *name, const char *filename)
{
	struct up *u = arg;
	(void)filename;
	u->kind = 0;
	if (u->single) {
		if (strcmp(name, "file") == 0 && !u->single_ok) {
			up_open_file(u, u->single_path);
			if (u->kind != 2)
				u->parse_failed = true; /* answers 400 */
		}
		return 0;
	}
	if (ends_with(name, ".path")) {
		extract_index(name, "].path", u->idx, sizeof(u->idx));
		buf_reset(&u->pathbuf);
		u->kind = 1;
	} else if (ends_with(name, ".file")) {
		extract_index(name, "].file", u->idx, sizeof(u->idx));
		const char *dest = NULL;
		/* from the end: a file part usually follows its own .path part (the SDK's order),
		 * so a bulk upload of n files costs n lookups, not n*n/2; the last .path of an
		 * index wins, as before */
		for (size_t i = u->ndests; i-- > 0;)
			if (strcmp(u->dests[i].idx, u->idx) == 0) {
				dest = u->dests[i].path;
				break;
			}
		if (!dest) {
			up_err(u, "file[%s]: missing .path metadata", u->idx);
			return 0;
		}
		up_open_file(u, dest);
	}
	return 0;
}

/* File data reaches us in the pieces the HTTP layer reads, of any size. Written as they come,
 * each piece that ends inside a new page-cache folio makes the kernel zero the rest of it
 * first (a memset of about the whole file), so data goes out in whole, aligned blocks. */
enum { UP_WBUF = 256 << 10 };

static void up_write_all(struct up *u, const char *p, size_t n)
{
	size_t off = 0;
	while (off < n && !u->werr) {
		ssize_t w = write(u->fd, p + off, n - off);
		if (w < 0) {
			if (errno != EINTR)
				u->werr = errno;
			continue;
		}
		off += (size_t)w;
	}
}

static void up_flush(struct up *u)
{
	if (u->wlen)
		up_write_all(u, u->wbuf, u->wlen);
	u->wlen = 0;
}

static int up_part_data(void *arg, const char *p, size_t n)
{
	struct up *u = arg;
	if (u->kind == 1) {
		if (buf_append(&u->pathbuf, p, n) < 0)
			u->kind = 0, up_err(u, "path[%s]: path is too long", u->idx);
	} else if (u->kind == 2 && !u->werr) {
		u->bytes += (int64_t)n;
		if (!u->wbuf && !(u->wbuf = malloc(UP_WBUF))) {
			up_write_all(u, p, n);
			return 0;
		}
		while (n) {
			size_t k = UP_WBUF - u->wlen < n ? UP_WBUF - u->wlen : n;
			memcpy(u->wbuf + u->wlen, p, k);
			u->wlen += k, p += k, n -= k;
			if (u->wlen == UP_WBUF)
				up_flush(u);
		}
	}
	return 0;
}

static int up_part_end(void *arg)
{
	struct up *u = arg;
	if (u->kind == 1) {
		char *s = u->pathbuf.data;
		size_t len = u->pathbuf.len;
		while (len && isspace((unsigned char)*s))
			s++, len--;
		while (len && isspace((unsigned char)s[len - 1]))
			len--;
		if (len == 0) {
			up_err(u, "path[%s]: empty path", u->idx);
		} else if (u->ndests >= TBX_MAX_UPLOAD_FILES) {
			up_err(u, "path[%s]: too many files in one upload", u->idx);
		} else {
			char *path = strndup(s, len);
			char *idx = strdup(u->idx);
			struct up_dest *d = u->dests;
			if (u->ndests == u->capdests) {
				size_t cap = u->capdests ? u->capdests * 2 : 64;
				d = realloc(u->dests, cap * sizeof(*d));
				if (d) {
					u->dests = d;
					u->capdests = cap;
				}
			}
			if (!path || !idx || !d) {
				free(path);
				free(idx);
				up_err(u, "path[%s]: out of memory", u->idx);
			} else {
				d[u->ndests].idx = idx;
				d[u->ndests].path = path;
				u->ndests++;
			}
		}
	} else if (u->kind == 2) {
		up_flush(u);
		int e = u->werr;
		if (close(u->fd) != 0 && !e)
			e = errno;
		u->fd = -1;
		if (e) {
			up_err(u, "%s: write: %s", u->dest, strerror(e));
			if (u->single)
				u->parse_failed = true;
		} else if (u->single) {
			u->single_ok = true;
		} else {
			struct buf b;
			buf_init(&b, 0);
			tbx_utf8_append(&b, u->dest, strlen(u->dest));
			json_array_append_new(u->files, json_pack("{s:s, s:I}", "path", b.data, "bytes",
								  (json_int_t)u->bytes));
			buf_release(&b);
		}
	}
	u->kind = 0;
	return 0;
}

static const struct mp_callbacks up_cbs = { up_begin_part, up_part_data, up_part_end };

static void up_free(struct up *u)
{
	if (!u)
		return;
	if (u->fd >= 0)
		close(u->fd);
	free(u->wbuf);
	mp_free(u->mp);
	buf_release(&u->pathbuf);
	for (size_t i = 0; i < u->ndests; i++) {
		free(u->dests[i].idx);
		free(u->dests[i].path);
	}
	free(u->dests);
	json_decref(u->errors);
	json_decref(u->files);
	tsbx_release(&u->t);
	free(u);
}

static int up_begin_common(struct lreq *req, struct lresp *resp, void **ctx, bool single, bool v2)
{
	struct up *u = calloc(1, sizeof(*u));
	if (!u) {
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "out of memory");
		return -1;
	}
	u->fd = -1;
	u->single = single;
	u->v2 = v2;
	buf_init(&u->pathbuf, 8192);
	u->errors = json_array();
	u->files = json_array();
	if (tsbx_open(req, resp, &u->t) < 0) {
		up_free(u);
		return -1;
	}
	if (single) {
		const char *p = lreq_query(req, "path");
		if (!p || !*p) {
			tb_status(resp, req, 400);
			up_free(u);
			return -1;
		}
		snprintf(u->single_path, sizeof(u->single_path), "%s", p);
	}
	const char *ctype = lreq_header(req, "Content-Type");
	if (v2 && (!ctype || strncasecmp(ctype, "multipart/form-data", 19))) {
		/* upload-v2 takes the file as the body itself too (the daemon reads any other type so) */
		u->raw = true;
		up_open_file(u, u->single_path);
		if (u->kind != 2) {
			tb_status(resp, req, 400);
			up_free(u);
			return -1;
		}
		*ctx = u;
		return 0;
	}
	char boundary[MP_BOUNDARY_MAX + 1];
	if (mp_boundary_from_content_type(ctype, boundary, sizeof(boundary)) < 0 ||
	    !(u->mp = mp_new(boundary, &up_cbs, u))) {
		if (single)
			tb_status(resp, req, 400);
		else
			lresp_json(resp, 400, json_pack("{s:[s]}", "errors", "invalid multipart form"));
		up_free(u);
		return -1;
	}
	*ctx = u;
	return 0;
}

static int bulk_begin(struct lreq *req, struct lresp *resp, void **ctx)
{
	return up_begin_common(req, resp, ctx, false, false);
}

static int single_begin(struct lreq *req, struct lresp *resp, void **ctx)
{
	return up_begin_common(req, resp, ctx, true, false);
}

static int v2_begin(struct lreq *req, struct lresp *resp, void **ctx)
{
	return up_begin_common(req, resp, ctx, true, true);
}

static int up_data(void *ctx, const char *p, size_t n)
{
	struct up *u = ctx;
	if (u->parse_failed)
		return 0; /* drain the rest; the answer is decided */
	if (u->raw)
		return up_part_data(u, p, n);
	if (mp_feed(u->mp, p, n) < 0) {
		u->parse_failed = true;
		snprintf(u->parse_err, sizeof(u->parse_err), "%s", byoc_errmsg());
	}
	return 0;
}

/* upload-v2's answer, an UploadedFile: the name and the path as given, and a type the spec
 * requires without saying its values ("file" here: docs/spec-notes.md) */
static json_t *uploaded_file(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf n, p;
	json_t *j;

	buf_init(&n, 0);
	buf_init(&p, 0);
	tbx_utf8_append(&n, slash ? slash + 1 : path, strlen(slash ? slash + 1 : path));
	tbx_utf8_append(&p, path, strlen(path));
	j = json_pack("{s:s, s:s, s:s}", "name", n.data ? n.data : "", "path", p.data ? p.data : "", "type", "file");
	buf_release(&n);
	buf_release(&p);
	return j;
}

static void up_end(void *ctx, struct lreq *req, struct lresp *resp, bool failed)
{
	struct up *u = ctx;
	if (u->raw && !failed)
		up_part_end(u); /* closes the file: single_ok, or parse_failed on a write error */
	if (!u->raw && !failed && !u->parse_failed && mp_finish(u->mp) < 0) {
		u->parse_failed = true;
		snprintf(u->parse_err, sizeof(u->parse_err), "%s", byoc_errmsg());
	}
	if (u->fd >= 0) {
		/* A part cut short by a malformed or truncated body: what arrived is written, as a
		 * write-as-it-comes server would have done. */
		up_flush(u);
		close(u->fd);
		u->fd = -1;
		if (!u->single)
			up_err(u, "%s: upload interrupted", u->dest);
	}
	if (u->single) {
		if (failed || u->parse_failed || !u->single_ok)
			tb_status(resp, req, 400);
		else if (u->v2)
			lresp_json(resp, 200, uploaded_file(u->single_path));
		else
			tb_status(resp, req, 200);
	} else {
		if (u->parse_failed && u->parse_err[0])
			up_err(u, "reading part: %s", u->parse_err);
		else if (failed)
			up_err(u, "reading part: request body ended early");
		if (json_array_size(u->errors))
			lresp_json(resp, 400, json_pack("{s:O, s:O}", "errors", u->errors, "files", u->files));
		else
			lresp_json(resp, 200, json_pack("{s:O}", "files", u->files));
	}
	(void)req;
	up_free(u);
}

static const struct lstream_ops bulk_upload_ops = { bulk_begin, up_data, up_end };
static const struct lstream_ops single_upload_ops = { single_begin, up_data, up_end };
static const struct lstream_ops upload_v2_ops = { v2_begin, up_data, up_end };

/* ---- download ------------------------------------------------------------------------- */

static void pct_encode(const char *s, char *out, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && o + 4 < n; p++) {
		if (isalnum(*p) || strchr("-._~", *p)) {
			out[o++] = (char)*p;
		} else {
			out[o++] = '%';
			out[o++] = hex[*p >> 4];
			out[o++] = hex[*p & 15];
		}
	}
	out[o] = '\0';
}

/* s with '"' and '\' escaped (and CR/LF dropped) for a quoted header parameter. */
static void quote_param(const char *s, char *out, size_t n)
{
	size_t o = 0;
	for (; *s && o + 3 < n; s++) {
		if (*s == '\r' || *s == '\n')
			continue;
		if (*s == '"' || *s == '\\')
			out[o++] = '\\';
		out[o++] = *s;
	}
	out[o] = '\0';
}

static const char *base_name(const char *p)
{
	size_t len = strlen(p);
	while (len > 1 && p[len - 1] == '/')
		len--;
	const char *b = p;
	for (size_t i = 0; i < len; i++)
		if (p[i] == '/' && i + 1 < len)
			b = p + i + 1;
	return b;
}

static void h_download(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	char abs[4096];
	if (tsbx_open(req, resp, &t) < 0)
		return;
	if (!query_path(req, resp, &t, "path", abs, sizeof(abs)))
		goto out;
	int fd = inroot_open(t.rootfd, abs, O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
	if (fd < 0) {
		tb_status(resp, req, status_for_errno(-fd));
		goto out;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		tb_status(resp, req, 400);
		goto out;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	char base[1024], q[2100], pct[3100], cd[5400];
	snprintf(base, sizeof(base), "%s", base_name(abs));
	quote_param(base, q, sizeof(q));
	pct_encode(base, pct, sizeof(pct));
	snprintf(cd, sizeof(cd), "attachment; filename=\"%s\"; filename*=utf-8''%s", q, pct);
	lresp_header(resp, "Content-Disposition", cd);
	lresp_fd(resp, 200, "application/octet-stream", fd, (int64_t)st.st_size);
out:
	tsbx_release(&t);
}

static const char *mime_for(const char *name)
{
	static const char *const map[][2] = {
		{ ".txt", "text/plain; charset=utf-8" }, { ".json", "application/json" },
		{ ".html", "text/html; charset=utf-8" }, { ".htm", "text/html; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" }, { ".js", "text/javascript; charset=utf-8" },
		{ ".mjs", "text/javascript; charset=utf-8" }, { ".xml", "text/xml; charset=utf-8" },
		{ ".csv", "text/csv; charset=utf-8" }, { ".md", "text/markdown; charset=utf-8" },
		{ ".png", "image/png" }, { ".jpg", "image/jpeg" }, { ".jpeg", "image/jpeg" },
		{ ".gif", "image/gif" }, { ".svg", "image/svg+xml" }, { ".webp", "image/webp" },
		{ ".pdf", "application/pdf" }, { ".zip", "application/zip" }, { ".gz", "application/gzip" },
		{ ".tar", "application/x-tar" }, { ".wasm", "application/wasm" },
	};
	const char *dot = strrchr(name, '.');
	if (dot && !strchr(dot, '/'))
		for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
			if (strcasecmp(dot, map[i][0]) == 0)
				return map[i][1];
	return "application/octet-stream";
}

struct bd {
	struct tsbx t;
	json_t *paths;
	size_t next;
	int fd;
	bool started;
	bool closed;
	struct buf head;       /* bytes to send before the current file's content */
	size_t hoff;
	char path[5];
};

static void bd_free(void *ctx)
{
	struct bd *b = ctx;
	if (b->fd >= 0)
		close(b->fd);
	buf_release(&b->head);
	json_decref(b->paths);
	tsbx_release(&b->t);
	free(b);
}

static void bd_error_part(struct bd *b, const char *req_path, int status, const char *code, const char *msg)
{
	char q[8300], pct[12400], ts[40];
	quote_param(req_path, q, sizeof(q));
	pct_encode(req_path, pct, sizeof(pct));
	local_now_iso(ts, sizeof(ts));
	json_t *err = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s}", "statusCode", status, "message", msg, "code", code,
				"timestamp", ts, "path", "/files/bulk-download", "method", "POST");
	char *body = err ? json_dumps(err, JSON_COMPACT) : NULL;
	json_decref(err);
	const char *text = body ? body : "{}";
	buf_printf(&b->head,
		   "%s--" TBX_DL_BOUNDARY "\r\nContent-Disposition: form-data; name=\"error\"; filename=\"%s\"; "
		   "filename*=utf-8''%s\r\nContent-Length: %zu\r\nContent-Type: application/json\r\n\r\n%s",
		   b->started ? "\r\n" : "", q, pct, strlen(text), text);
	free(body);
}

/* Prepares the next part (header, and the open file) into b. false when none is left. */
static bool bd_next(struct bd *b)
{
	buf_reset(&b->head);
	b->hoff = 0;
	if (b->next >= json_array_size(b->paths)) {
		if (b->closed)
			return false;
		buf_puts(&b->head, b->started ? "\r\n--" TBX_DL_BOUNDARY "--\r\n" : "--" TBX_DL_BOUNDARY "--\r\n");
		b->closed = true;
		return true;
	}
	const char *rp = json_string_value(json_array_get(b->paths, b->next++));
	char abs[4096], msg[4400];
	if (!rp || tbx_join(b->t.workdir, rp, abs, sizeof(abs)) < 0) {
		bd_error_part(b, rp ? rp : "", 400, "INVALID_FILE_PATH", "invalid file path");
		b->started = true;
		return true;
	}
	int fd = inroot_open(b->t.rootfd, abs, O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
	struct stat st;
	if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
		close(fd);
		snprintf(msg, sizeof(msg), "path is a directory or not a regular file: %s", rp);
		bd_error_part(b, rp, 400, "INVALID_FILE_PATH", msg);
	} else if (fd < 0) {
		int st_code = status_for_errno(-fd);
		snprintf(msg, sizeof(msg), "%s: %s", st_code == 404 ? "file not found" : "cannot open file", rp);
		bd_error_part(b, rp, st_code, st_code == 404 ? "FILE_NOT_FOUND" : st_code == 403 ? "FILE_ACCESS_DENIED"
									      : "INVALID_FILE_PATH", msg);
	} else {
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		char q[8300], pct[12400];
		quote_param(rp, q, sizeof(q));
		pct_encode(rp, pct, sizeof(pct));
		buf_printf(&b->head,
			   "%s--" TBX_DL_BOUNDARY "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"; "
			   "filename*=utf-8''%s\r\nContent-Length: %lld\r\nContent-Type: %s\r\n\r\n",
			   b->started ? "\r\n" : "", q, pct, (long long)st.st_size, mime_for(base_name(rp)));
		b->fd = fd;
	}
	b->started = true;
	return true;
}

static ssize_t bd_read(void *ctx, char *out, size_t max)
{
	struct bd *b = ctx;
	for (;;) {
		if (b->hoff < b->head.len) {
			size_t n = b->head.len - b->hoff;
			if (n > max)
				n = max;
			memcpy(out, b->head.data + b->hoff, n);
			b->hoff += n;
			return (ssize_t)n;
		}
		if (b->fd >= 0) {
			ssize_t n;
			do
				n = read(b->fd, out, max);
			while (n < 0 && errno == EINTR);
			if (n > 0)
				return n;
			close(b->fd);
			b->fd = -1;
			if (n < 0)
				return -1; /* a mid-stream failure truncates the response */
		}
		if (!bd_next(b))
			return 0;
	}
}

static void h_bulk_download(struct lreq *req, struct lresp *resp)
{
	json_t *body = lreq_json(req);
	json_t *paths = json_object_get(body, "paths");
	bool ok = json_is_array(paths) && json_array_size(paths) > 0;
	size_t i;
	json_t *v;
	json_array_foreach(paths, i, v)
		if (!json_is_string(v))
			ok = false;
	if (!ok) {
		lresp_json(resp, 400, json_pack("{s:s}", "error", "request body must be {\"paths\": [ ... ]} and non-empty"));
		return;
	}
	struct bd *b = calloc(1, sizeof(*b));
	if (!b) {
		lresp_go_error(resp, req, 500, "INTERNAL_SERVER_ERROR", "out of memory");
		return;
	}
	b->fd = -1;
	buf_init(&b->head, 64 * 1024);
	if (tsbx_open(req, resp, &b->t) < 0) {
		bd_free(b);
		return;
	}
	b->paths = json_incref(paths);
	lresp_stream(resp, 200, "multipart/form-data; boundary=" TBX_DL_BOUNDARY, bd_read, b, bd_free);
}

/* ---- info, list, folder, permissions, delete --------------------------------------- */

/* A file's owner as the sandbox sees it: its user, or an id --chown gave it (runtime_ids.c). */
static unsigned inside_id(const struct tsbx *t, unsigned host, bool group)
{
	char ids[4200];
	long in;

	if (host == t->huid)
		return RT_UID;
	if (host < 200000000u)
		return host;
	runtime_ids_path(t->L, t->id, ids, sizeof(ids));
	in = rtids_inside(ids, group, host);
	return in >= 0 ? (unsigned)in : host;
}

static json_t *file_info(const char *name, const struct stat *st, const struct tsbx *t)
{
	char mode[32], perms[16], modtime[96], modified[48], ts[32], uid[24], gid[24];
	tbx_mode_string(st->st_mode, mode, sizeof(mode));
	snprintf(perms, sizeof(perms), "%04o", (unsigned)(st->st_mode & 07777) & 0777);
	struct tm tm;
	time_t sec = st->st_mtim.tv_sec;
	gmtime_r(&sec, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%d %H:%M:%S", &tm);
	snprintf(modtime, sizeof(modtime), "%s.%09ld +0000 UTC", ts, (long)st->st_mtim.tv_nsec);
	strftime(modified, sizeof(modified), "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(uid, sizeof(uid), "%u", inside_id(t, st->st_uid, false));
	snprintf(gid, sizeof(gid), "%u", inside_id(t, st->st_gid, true));
	struct buf nb;
	buf_init(&nb, 0);
	tbx_utf8_append(&nb, name, strlen(name));
	json_t *j = json_pack("{s:s, s:I, s:s, s:s, s:s, s:b, s:s, s:s, s:s}", "name", nb.data, "size",
			      (json_int_t)st->st_size, "mode", mode, "modTime", modtime, "modifiedAt", modified, "isDir",
			      S_ISDIR(st->st_mode), "owner", uid, "group", gid, "permissions", perms);
	buf_release(&nb);
	return j;
}

static void h_info(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	char abs[4096];
	if (tsbx_open(req, resp, &t) < 0)
		return;
	if (!query_path(req, resp, &t, "path", abs, sizeof(abs)))
		goto out;
	int fd = inroot_open(t.rootfd, abs, O_PATH, 0);
	struct stat st;
	if (fd < 0) {
		tb_status(resp, req, status_for_errno(-fd));
		goto out;
	}
	if (fstat(fd, &st) != 0) {
		close(fd);
		tb_status(resp, req, 400);
		goto out;
	}
	close(fd);
	lresp_json(resp, 200, file_info(base_name(abs), &st, &t));
out:
	tsbx_release(&t);
}

static void h_list(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	char abs[4096];
	if (tsbx_open(req, resp, &t) < 0)
		return;
	const char *p = lreq_query(req, "path");
	if (tbx_join(t.workdir, p && *p ? p : t.workdir, abs, sizeof(abs)) < 0) {
		tb_status(resp, req, 400);
		goto out;
	}
	int fd = inroot_open(t.rootfd, abs, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0) {
		tb_status(resp, req, status_for_errno(-fd));
		goto out;
	}
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		tb_status(resp, req, 400);
		goto out;
	}
	json_t *arr = json_array();
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		struct stat st;
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
			json_array_append_new(arr, file_info(de->d_name, &st, &t));
	}
	closedir(d);
	lresp_json(resp, 200, arr);
out:
	tsbx_release(&t);
}

static bool parse_octal(const char *s, mode_t *out)
{
	if (!s || !*s)
		return false;
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 8);
	if (errno || *end || v > 07777)
		return false;
	*out = (mode_t)v;
	return true;
}

static void h_folder(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	char abs[4096];
	if (tsbx_open(req, resp, &t) < 0)
		return;
	if (!query_path(req, resp, &t, "path", abs, sizeof(abs)))
		goto out;
	mode_t mode = 0755;
	const char *m = lreq_query(req, "mode");
	if (m && *m && (!parse_octal(m, &mode) || (mode & 06000))) {
		tb_status(resp, req, 400);
		goto out;
	}
	/* os.MkdirAll's errors (a file in the way, ...) are all 400 in the daemon. */
	int rc = inroot_mkdir_all(t.rootfd, abs, mode, t.huid);
	tb_status(resp, req, rc < 0 ? 400 : 201);
out:
	tsbx_release(&t);
}

/* owner/group as the sandbox names them -> host id; -1 unchanged; -2 unknown. */
static long map_id(const char *v, uid_t huid, bool group)
{
	if (!v || !*v)
		return -1;
	if (!strcmp(v, "daytona") || !strcmp(v, "1000"))
		return (long)huid;
	if (!strcmp(v, "root") || !strcmp(v, "0"))
		return 0;
	if (!strcmp(v, group ? "nogroup" : "nobody") || !strcmp(v, "65534"))
		return 65534;
	if (!strcmp(v, "-1"))
		return -1;
	return -2;
}

static void h_permissions(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	char abs[4096];
	if (tsbx_open(req, resp, &t) < 0)
		return;
	if (!query_path(req, resp, &t, "path", abs, sizeof(abs)))
		goto out;
	long uid = map_id(lreq_query(req, "owner"), t.huid, false);
	long gid = map_id(lreq_query(req, "group"), t.huid, true);
	mode_t mode = 0;
	const char *m = lreq_query(req, "mode");
	bool set_mode = m && *m;
	/* Set-id bits are refused: the sandbox mounts are nosuid anyway, and byoc-local (root)
	 * must never leave a set-uid file on the host's disk. */
	if (uid == -2 || gid == -2 || (set_mode && (!parse_octal(m, &mode) || (mode & 06000)))) {
		tb_status(resp, req, 400);
		goto out;
	}
	int fd = inroot_open(t.rootfd, abs, O_PATH, 0);
	if (fd < 0) {
		tb_status(resp, req, status_for_errno(-fd));
		goto out;
	}
	int e = 0;
	if ((uid != -1 || gid != -1) &&
	    fchownat(fd, "", uid == -1 ? (uid_t)-1 : (uid_t)uid, gid == -1 ? (gid_t)-1 : (gid_t)gid, AT_EMPTY_PATH) != 0)
		e = errno;
	if (!e && set_mode) {
		char proc[64];
		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
		if (chmod(proc, mode) != 0)
			e = errno;
	}
	close(fd);
	tb_status(resp, req, e ? status_for_errno(e) : 200);
out:
	tsbx_release(&t);
}

/* Removes name in dirfd; directories recursively when recursive. Never follows symlinks. */
static int rm_at(int pdir, const char *name, bool recursive, int depth)
{
	if (unlinkat(pdir, name, 0) == 0)
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return -errno;
	if (unlinkat(pdir, name, AT_REMOVEDIR) == 0)
		return 0;
	if ((errno != ENOTEMPTY && errno != EEXIST) || !recursive)
		return -errno;
	if (depth > 256)
		return -ELOOP;
	int fd = openat(pdir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -ENOMEM;
	}
	int rc = 0;
	struct dirent *de;
	while ((de = readdir(d)) && rc == 0)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			rc = rm_at(dirfd(d), de->d_name, true, depth + 1);
	closedir(d);
	if (rc == 0 && unlinkat(pdir, name, AT_REMOVEDIR) != 0)
		rc = -errno;
	return rc;
}

static void h_delete(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	char abs[4096];
	if (tsbx_open(req, resp, &t) < 0)
		return;
	if (!query_path(req, resp, &t, "path", abs, sizeof(abs)))
		goto out;
	const char *r = lreq_query(req, "recursive");
	bool recursive = r && (!strcmp(r, "true") || !strcmp(r, "1"));
	const char *base;
	char *parent = inroot_split_parent(abs, &base);
	int pfd = parent ? inroot_open(t.rootfd, parent, O_PATH | O_DIRECTORY, 0) : -ENOMEM;
	free(parent);
	int rc = pfd;
	if (pfd >= 0) {
		if (!*base || !strcmp(base, ".") || !strcmp(base, "..") || !strcmp(base, "/"))
			rc = -EINVAL;
		else
			rc = rm_at(pfd, base, recursive, 0);
		close(pfd);
	}
	tb_status(resp, req, rc < 0 ? status_for_errno(-rc) : 204);
out:
	tsbx_release(&t);
}

static void h_work_dir(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	lresp_json(resp, 200, json_pack("{s:s}", "dir", t.workdir));
	tsbx_release(&t);
}

static void h_home_dir(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	lresp_json(resp, 200, json_pack("{s:s}", "dir", RT_HOME));
	tsbx_release(&t);
}

static void h_version(struct lreq *req, struct lresp *resp)
{
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	lresp_json(resp, 200, json_pack("{s:s}", "version", "v0.190.0-byoc-local"));
	tsbx_release(&t);
}

/* ---- process/execute ------------------------------------------------------------------ */

json_t *tbx_output_string(const struct buf *b)
{
	struct buf s;
	buf_init(&s, b->len * 3 + 16);
	tbx_utf8_append(&s, b->data, b->len);
	json_t *j = json_stringn(s.data, s.len);
	buf_release(&s);
	return j ? j : json_string("");
}

static void h_execute(struct lreq *req, struct lresp *resp)
{
	json_t *body = lreq_json(req);
	const char *command = json_string_value(json_object_get(body, "command"));
	json_t *envs = json_object_get(body, "envs");
	json_t *tmo = json_object_get(body, "timeout");
	json_t *cwdj = json_object_get(body, "cwd");
	bool blank = true;
	for (const char *p = command; p && *p; p++)
		if (!isspace((unsigned char)*p))
			blank = false;
	if (!json_is_object(body) || !command) {
		lresp_go_error(resp, req, 400, "BAD_REQUEST", "command is required");
		return;
	}
	if (blank) {
		lresp_go_error(resp, req, 400, "BAD_REQUEST", "empty command");
		return;
	}
	if ((tmo && !json_is_null(tmo) && (!json_is_integer(tmo) || json_integer_value(tmo) < 0)) ||
	    (envs && !json_is_null(envs) && !json_is_object(envs)) || (cwdj && !json_is_null(cwdj) && !json_is_string(cwdj))) {
		lresp_go_error(resp, req, 400, "BAD_REQUEST", "invalid request body");
		return;
	}
	const char *k;
	json_t *v;
	size_t nenv = 0;
	json_object_foreach(envs, k, v) {
		if (!tbx_env_key_ok(k)) {
			lresp_go_error(resp, req, 400, "BAD_REQUEST", "invalid environment variable name: %s", k);
			return;
		}
		if (!json_is_string(v)) {
			lresp_go_error(resp, req, 400, "BAD_REQUEST", "environment variable %s must be a string", k);
			return;
		}
		nenv++;
	}
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	char **envv = calloc(nenv + 1, sizeof(char *));
	size_t i = 0;
	json_object_foreach(envs, k, v) {
		if (asprintf(&envv[i], "%s=%s", k, json_string_value(v)) < 0)
			envv[i] = NULL;
		else
			i++;
	}
	char cwd[4096];
	const char *c = json_string_value(cwdj);
	if (c && *c)
		tbx_join(t.workdir, c, cwd, sizeof(cwd));
	else
		snprintf(cwd, sizeof(cwd), "%s", t.workdir);
	const char *argv[] = { runtime_shell(), NULL };
	struct rt_cmd cmd = {
		.argv = argv,
		.envs = (const char *const *)envv,
		.cwd = cwd,
		.input = command,
		.input_len = strlen(command),
		.timeout_s = tmo ? (unsigned)json_integer_value(tmo) : 0,
		.max_output = TBX_EXEC_OUTPUT_MAX,
		.client_fd = lreq_fd(req),
	};
	struct rt_result res;
	int rc = runtime_run(t.L, t.id, t.doc, &cmd, &res);
	if (rc < 0)
		lresp_go_error(resp, req, 409, "CONFLICT", "%s", byoc_errmsg());
	else if (res.timed_out)
		lresp_go_error(resp, req, 408, "REQUEST_TIMEOUT", "command execution timeout");
	else
		lresp_json(resp, 200, json_pack("{s:i, s:o}", "exitCode", res.exit_code, "result", tbx_output_string(&res.output)));
	buf_release(&res.output);
	for (i = 0; envv && envv[i]; i++)
		free(envv[i]);
	free(envv);
	tsbx_release(&t);
}

/* ---- git/clone ------------------------------------------------------------------------ */

static int git_status(const char *out)
{
	if (strstr(out, "Authentication failed") || strstr(out, "could not read Username") ||
	    strstr(out, "could not read Password") || strstr(out, "terminal prompts disabled") ||
	    strstr(out, "401"))
		return 401;
	if (strstr(out, "403"))
		return 403;
	if (strstr(out, "already exists and is not an empty directory"))
		return 409;
	if (strstr(out, "not found") || strstr(out, "does not exist") || strstr(out, "not appear to be a git repository") ||
	    strstr(out, "Repository not found") || strstr(out, "Could not find remote branch") ||
	    strstr(out, "did not match any") || strstr(out, "reference is not a tree") ||
	    strstr(out, "unable to read tree") || strstr(out, "404"))
		return 404;
	return 500;
}

static const char *git_code(int status)
{
	switch (status) {
	case 401: return "UNAUTHORIZED";
	case 403: return "FORBIDDEN";
	case 404: return "NOT_FOUND";
	case 409: return "CONFLICT";
	default: return "INTERNAL_SERVER_ERROR";
	}
}

static void h_git_clone(struct lreq *req, struct lresp *resp)
{
	json_t *body = lreq_json(req);
	const char *url = json_string_value(json_object_get(body, "url"));
	const char *path = json_string_value(json_object_get(body, "path"));
	const char *branch = json_string_value(json_object_get(body, "branch"));
	const char *commit = json_string_value(json_object_get(body, "commit_id"));
	const char *user = json_string_value(json_object_get(body, "username"));
	const char *pass = json_string_value(json_object_get(body, "password"));
	bool insecure = json_is_true(json_object_get(body, "insecure_skip_tls"));
	if (!json_is_object(body) || !url || !*url || !path || !*path || url[0] == '-' ||
	    (branch && branch[0] == '-') || (commit && commit[0] == '-')) {
		lresp_go_error(resp, req, 400, "INVALID_REQUEST_BODY", "invalid request body: url and path are required");
		return;
	}
	struct tsbx t;
	if (tsbx_open(req, resp, &t) < 0)
		return;
	char dest[4096];
	tbx_join(t.workdir, path, dest, sizeof(dest));
	/* Credentials travel in the environment as an HTTP header (git's GIT_CONFIG_* variables):
	 * never in argv, never written to .git/config. */
	char *auth_env[8] = { 0 };
	int na = 0;
	char *hdr = NULL;
	auth_env[na++] = strdup("GIT_TERMINAL_PROMPT=0");
	auth_env[na++] = strdup("GIT_ASKPASS=/bin/false");
	if (insecure)
		auth_env[na++] = strdup("GIT_SSL_NO_VERIFY=true");
	if (user && *user && pass) {
		size_t cl = strlen(user) + 1 + strlen(pass);
		char *cred = malloc(cl + 1);
		char *b64 = malloc(4 * ((cl + 2) / 3) + 1);
		if (cred && b64) {
			snprintf(cred, cl + 1, "%s:%s", user, pass);
			EVP_EncodeBlock((unsigned char *)b64, (unsigned char *)cred, (int)cl);
			if (asprintf(&hdr, "GIT_CONFIG_VALUE_0=Authorization: Basic %s", b64) < 0)
				hdr = NULL;
			explicit_bzero(cred, cl);
		}
		free(cred);
		free(b64);
		if (hdr) {
			auth_env[na++] = strdup("GIT_CONFIG_COUNT=1");
			auth_env[na++] = strdup("GIT_CONFIG_KEY_0=http.extraHeader");
			auth_env[na++] = hdr;
		}
	}
	auth_env[na] = NULL;
	const char *argv[10];
	int ac = 0;
	argv[ac++] = "/usr/bin/git";
	argv[ac++] = "clone";
	if (branch && *branch) {
		argv[ac++] = "--branch";
		argv[ac++] = branch;
		argv[ac++] = "--single-branch";
	}
	argv[ac++] = "--";
	argv[ac++] = url;
	argv[ac++] = dest;
	argv[ac] = NULL;
	struct rt_cmd cmd = { .argv = argv, .envs = (const char *const *)auth_env, .cwd = t.workdir,
			      .max_output = 64 * 1024 };
	struct rt_result res;
	int rc = runtime_run(t.L, t.id, t.doc, &cmd, &res);
	if (rc == 0 && res.exit_code == 0 && commit && *commit) {
		buf_release(&res.output);
		const char *co[] = { "/usr/bin/git", "-C", dest, "checkout", "-q", "--detach", commit, NULL };
		struct rt_cmd c2 = { .argv = co, .envs = (const char *const *)auth_env, .cwd = t.workdir,
				     .max_output = 64 * 1024 };
		rc = runtime_run(t.L, t.id, t.doc, &c2, &res);
	}
	if (rc < 0) {
		lresp_go_error(resp, req, 409, "CONFLICT", "%s", byoc_errmsg());
	} else if (res.exit_code != 0) {
		struct buf m;
		buf_init(&m, 0);
		tbx_utf8_append(&m, res.output.data, res.output.len);
		while (m.len && isspace((unsigned char)m.data[m.len - 1]))
			m.data[--m.len] = '\0';
		int st = git_status(m.data);
		lresp_go_error(resp, req, st, git_code(st), "failed to clone repository: %s", m.data);
		buf_release(&m);
	} else {
		tb_status(resp, req, 200);
	}
	buf_release(&res.output);
	for (int i = 0; i < na; i++) {
		if (auth_env[i])
			explicit_bzero(auth_env[i], strlen(auth_env[i]));
		free(auth_env[i]);
	}
	tsbx_release(&t);
}

void tbx_shutdown(struct local *L)
{
	tbx_sessions_end(L);
}

/* ---- routes ----------------------------------------------------------------------------- */

static void h_not_found(struct lreq *req, struct lresp *resp)
{
	json_t *doc = NULL;
	const char *id = lreq_param(req, 0);
	if (!id || local_sandbox_get(lreq_local(req), id, &doc) < 0)
		lresp_go_error(resp, req, 404, "NOT_FOUND", "sandbox not found: %s", id ? id : "");
	else
		lresp_go_error(resp, req, 404, "NOT_FOUND", "not found: %s", lreq_path(req));
	json_decref(doc);
}

#define TB LROUTE_GO_ERRORS
const struct lroute toolbox_routes[] = {
	{ "POST", "/toolbox/{}/files/bulk-upload", NULL, &bulk_upload_ops, TB },
	{ "POST", "/toolbox/{}/files/upload", NULL, &single_upload_ops, TB },
	{ "POST", "/toolbox/{}/files/upload-v2", NULL, &upload_v2_ops, TB },
	{ "GET", "/toolbox/{}/files/download", h_download, NULL, TB },
	{ "POST", "/toolbox/{}/files/bulk-download", h_bulk_download, NULL, TB },
	{ "GET", "/toolbox/{}/files/info", h_info, NULL, TB },
	{ "POST", "/toolbox/{}/files/folder", h_folder, NULL, TB },
	{ "POST", "/toolbox/{}/files/permissions", h_permissions, NULL, TB },
	{ "GET", "/toolbox/{}/files", h_list, NULL, TB },
	{ "DELETE", "/toolbox/{}/files", h_delete, NULL, TB },
	{ "POST", "/toolbox/{}/process/execute", h_execute, NULL, TB },
	{ "POST", "/toolbox/{}/git/clone", h_git_clone, NULL, TB },
	{ "POST", "/toolbox/{}/process/session", h_session_create, NULL, TB },
	{ "GET", "/toolbox/{}/process/session", h_session_list, NULL, TB },
	{ "GET", "/toolbox/{}/process/session/{}", h_session_get, NULL, TB },
	{ "DELETE", "/toolbox/{}/process/session/{}", h_session_delete, NULL, TB },
	{ "POST", "/toolbox/{}/process/session/{}/exec", h_session_exec, NULL, TB },
	{ "GET", "/toolbox/{}/process/session/{}/command/{}", h_session_command, NULL, TB },
	{ "GET", "/toolbox/{}/process/session/{}/command/{}/logs", h_session_logs, NULL, TB },
	{ "GET", "/toolbox/{}/work-dir", h_work_dir, NULL, TB },
	{ "GET", "/toolbox/{}/user-home-dir", h_home_dir, NULL, TB },
	{ "GET", "/toolbox/{}/version", h_version, NULL, TB },
	{ "GET", "/toolbox/{}/{*}", h_not_found, NULL, TB },
	{ "POST", "/toolbox/{}/{*}", h_not_found, NULL, TB },
	{ "PUT", "/toolbox/{}/{*}", h_not_found, NULL, TB },
	{ "DELETE", "/toolbox/{}/{*}", h_not_found, NULL, TB },
	{ 0 },
};
