/*
 * The seed's sandbox side (seed.h): toolbox commands made of the programs in
 * src/lib/sandbox/ and their inputs, each input one sh-quoted assignment.
 */
#include "lib/seed.h"
#include "lib/manifest.h"
#include "lib/sandbox.h"
#include "lib/tarstream.h"
#include "lib/tbclient.h"
#include "util/err.h"
#include "util/rand.h"
#include "util/shquote.h"
#include "util/spool.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

int seed_temp_names(char *dest, char **tmp, char **manifest)
{
	char r[13];
	size_t n = strlen(dest);
	int rc;

	*tmp = *manifest = NULL;
	if ((rc = rand_hex(r, 6)) < 0)
		return rc;
	while (n > 1 && dest[n - 1] == '/')
		dest[--n] = '\0';
	if (asprintf(tmp, "%s.byoc-seed-%s", dest, r) < 0) {
		*tmp = NULL;
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	if (asprintf(manifest, "%s.manifest", *tmp) < 0) {
		*manifest = NULL;
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	return 0;
}

int seed_cmd_dest_check(struct buf *cmd, const char *dest)
{
	int rc = sandbox_var(cmd, "D", dest);

	return rc < 0 ? rc : sandbox_add(cmd, "seed-dest-check.sh");
}

/* " 'a' 'b'...": n quoted words, each after a space */
static int words(struct buf *b, char *const *v, size_t n)
{
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++)
		if ((rc = buf_puts(b, " ")) == 0)
			rc = sh_quote(v[i], b);
	return rc;
}

int seed_cmd_finish(struct buf *cmd, const struct seed_sent *s, const char *want_hex)
{
	struct buf metas;
	int rc;

	buf_init(&metas, 1 << 16);
	/* newline-separated: tarstream_use_files refuses paths holding CR or LF */
	for (size_t i = 0; i < s->nmetas; i++)
		buf_printf(&metas, "%s%s", i ? "\n" : "", s->metas[i]);
	if ((rc = sandbox_var(cmd, "D", s->dest)) < 0 || (rc = sandbox_var(cmd, "T", s->tmp)) < 0 ||
	    (rc = sandbox_var(cmd, "M", s->manifest)) < 0 || (rc = sandbox_var(cmd, "WANT", want_hex)) < 0 ||
	    (rc = sandbox_var(cmd, "BYOC_META", metas.data ? metas.data : "")) < 0 ||
	    (rc = buf_printf(cmd, "NPAR=%zu\nFILES=%d\nGITCHECK=%d\nBYOC_T=%s\nset --", s->nparallel,
			     s->files ? 1 : 0, s->git_check ? 1 : 0, s->timing ? "1" : "")) < 0 ||
	    (rc = words(cmd, s->uploads, s->nuploads)) < 0 ||
	    (rc = buf_printf(cmd, "\nbyoc_manifest() {\n%s\n}\n", manifest_sandbox_script())) < 0 ||
	    (rc = sandbox_add(cmd, "seed-rmtree.sh")) < 0)
		goto out;
	rc = sandbox_add(cmd, "seed-finish.sh");
out:
	buf_release(&metas);
	return rc;
}

int seed_cmd_cleanup(struct buf *cmd, const struct seed_sent *s)
{
	char *extra[2] = { NULL, NULL };
	char *names[2] = { (char *)s->tmp, (char *)s->manifest };
	int rc;

	if (asprintf(&extra[0], "%s.old", s->tmp) < 0)
		extra[0] = NULL;
	if (asprintf(&extra[1], "%s.sum", s->manifest) < 0)
		extra[1] = NULL;
	if (!extra[0] || !extra[1])
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
	else if ((rc = sandbox_add(cmd, "seed-rmtree.sh")) == 0 && (rc = buf_puts(cmd, "rmtree")) == 0 &&
		 (rc = words(cmd, names, 2)) == 0 && (rc = words(cmd, extra, 2)) == 0 &&
		 (rc = words(cmd, s->uploads, s->nuploads)) == 0 && (rc = words(cmd, s->metas, s->nmetas)) == 0)
		rc = buf_puts(cmd, "\n");
	free(extra[0]);
	free(extra[1]);
	return rc;
}

int seed_cmd_file_create(struct buf *cmd, const char *tmp, const char *mode)
{
	int rc;

	if ((rc = sandbox_var(cmd, "T", tmp)) < 0 || (rc = sandbox_var(cmd, "MODE", mode)) < 0)
		return rc;
	return sandbox_add(cmd, "seed-file-create.sh");
}

int seed_cmd_file_finish(struct buf *cmd, const char *tmp, const char *dest, const char *mode, const char *want_hex)
{
	int rc;

	if ((rc = sandbox_var(cmd, "T", tmp)) < 0 || (rc = sandbox_var(cmd, "D", dest)) < 0 ||
	    (rc = sandbox_var(cmd, "MODE", mode)) < 0 || (rc = sandbox_var(cmd, "WANT", want_hex)) < 0)
		return rc;
	return sandbox_add(cmd, "seed-file-finish.sh");
}

/* ---- the protocol, through the toolbox ---------------------------------------------------- */

int seed_dest_check(struct tbc *tb, const char *dest)
{
	struct tbc_exec_result r = { 0 };
	struct buf cmd;
	int rc, attempt;

	buf_init(&cmd, 1 << 16);
	if ((rc = seed_cmd_dest_check(&cmd, dest)) < 0) {
		buf_release(&cmd);
		return rc;
	}
	/* only the script's BYOC-DENIED refuses; any other answer (a command that could not start
	 * while the sandbox came back from a restart, ...) is asked again */
	for (attempt = 1;; attempt++) {
		if ((rc = tbc_execute_once(tb, NULL, cmd.data, NULL, NULL, 60, 1 << 14, &r)) < 0)
			break;
		if (r.exit_code == 0 && r.result && strstr(r.result, "BYOC-OK"))
			break;
		if (r.result && strstr(r.result, "BYOC-DENIED")) {
			rc = byoc_fail(BYOC_EREFUSED, "--dest '%s': the sandbox's user cannot write in its folder to "
				       "create it: choose a folder they own (under /mnt/session or their home)", dest);
			break;
		}
		if ((rc = tbc_again(tb, attempt)) != 0) {
			if (rc == 1)
				rc = byoc_fail(BYOC_EFAIL, "checking --dest '%s' in the sandbox failed after %d attempts, "
					       "the last exit %d: %.300s", dest, attempt, r.exit_code,
					       r.result && *r.result ? r.result : "(no output)");
			break;
		}
		tbc_exec_result_release(&r);
	}
	tbc_exec_result_release(&r);
	buf_release(&cmd);
	return rc;
}

/* After a BYOC-MISMATCH: fetch the sandbox's manifest (streamed to a temporary file, read
 * back in flat memory whatever its length) to name the first difference. */
static int name_mismatch(struct tbc *tb, const struct seed_sent *s, struct manifest *want, const char *want_hex)
{
	struct manifest got;
	FILE *f = NULL;
	char diff[1024];
	int rc;

	manifest_init(&got);
	manifest_spill(&got, MANIFEST_IN_MEMORY);
	rc = spool_open(&f);
	if (!rc)
		rc = tbc_download_to_fd(tb, s->manifest, fileno(f), NULL);
	if (!rc && fseeko(f, 0, SEEK_SET) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "manifest spool");
	if (!rc && manifest_parse_file(&got, f) == 0 && manifest_compare(want, &got, diff, sizeof(diff)) == 1)
		rc = byoc_fail(BYOC_EREFUSED, "the sandbox does not hold what was sent, %s left as it was: %s",
			       s->dest, diff);
	else
		rc = byoc_fail(BYOC_EREFUSED, "the sandbox's manifest differs from the host's (%s), %s left as it was",
			       want_hex, s->dest);
	if (f)
		fclose(f);
	manifest_release(&got);
	return rc;
}

int seed_finish(struct tbc *tb, const struct seed_sent *s, struct manifest *want, const char *want_hex,
		int timeout_s, seed_trace_fn trace, void *arg)
{
	struct tbc_exec_result r = { 0 };
	struct buf cmd;
	int rc;

	buf_init(&cmd, 1 << 20);
	if ((rc = seed_cmd_finish(&cmd, s, want_hex)) < 0 ||
	    (rc = tbc_execute_once(tb, NULL, cmd.data, NULL, NULL, timeout_s, 1 << 16, &r)) < 0)
		goto out;
	if (trace)
		for (const char *l = r.result ? strstr(r.result, "BYOC-T ") : NULL; l; l = strstr(l + 1, "BYOC-T "))
			trace(arg, l + 7, strcspn(l + 7, "\n"));
	if (r.exit_code == 0 && r.result && strstr(r.result, "BYOC-OK"))
		goto out;
	if (r.exit_code == 0 && r.result && strstr(r.result, "BYOC-MISMATCH")) {
		rc = name_mismatch(tb, s, want, want_hex);
		goto out;
	}
	{
		/* the script's own message is its last line */
		const char *res = r.result ? r.result : "";
		size_t n = r.result_len;

		while (n && (res[n - 1] == '\n' || res[n - 1] == '\r'))
			n--;
		rc = byoc_fail(BYOC_EFAIL, "unpacking into '%s' failed (exit %d): %.*s", s->dest, r.exit_code,
			       (int)(n > 400 ? 400 : n), n > 400 ? res + n - 400 : res);
	}
out:
	tbc_exec_result_release(&r);
	buf_release(&cmd);
	return rc;
}

void seed_cleanup(struct tbc *tb, const struct seed_sent *s)
{
	struct tbc_exec_result r = { 0 };
	struct buf cmd;
	char saved[1024];
	int code = byoc_errcode();

	snprintf(saved, sizeof(saved), "%s", byoc_errmsg());
	buf_init(&cmd, 1 << 20);
	if (seed_cmd_cleanup(&cmd, s) == 0)
		tbc_execute_once(tb, NULL, cmd.data, NULL, NULL, 120, 4096, &r);
	tbc_exec_result_release(&r);
	buf_release(&cmd);
	if (code)
		byoc_fail(code, "%s", saved);
}

/* ---- a data seed's plan ------------------------------------------------------------------ */

bool seed_is_archive(const char *path, bool *zip)
{
	static const char *const ext[] = { ".tar", ".tar.gz", ".tgz", ".tar.zst", ".tar.zstd", ".tzst", ".tar.bz2",
					   ".tar.xz", ".zip" };
	size_t n = strlen(path), i;
	struct stat st;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		size_t e = strlen(ext[i]);

		if (n > e && strcasecmp(path + n - e, ext[i]) == 0) {
			*zip = strcmp(ext[i], ".zip") == 0;
			return true;
		}
	}
	return false;
}

char *seed_base_name(const char *path)
{
	char *c = strdup(path), *b;
	size_t n;

	if (!c)
		return NULL;
	n = strlen(c);
	while (n > 1 && c[n - 1] == '/')
		c[--n] = '\0';
	b = strrchr(c, '/');
	b = strdup(b ? b + 1 : c);
	free(c);
	return b;
}

/* The units of a data seed: each non-archive PATH, or the children of a "dir/" PATH. */
struct units {
	struct unit {
		char *host;
		char *as;
	} *v;
	size_t n, cap;
};

/* host and as (both taken, freed on failure) as the next unit. */
static bool add_unit(struct units *u, char *host, char *as)
{
	if (host && as && u->n == u->cap) {
		size_t cap = u->cap ? u->cap * 2 : 64;
		struct unit *v = realloc(u->v, cap * sizeof(*v));

		if (v) {
			u->v = v;
			u->cap = cap;
		}
	}
	if (!host || !as || u->n == u->cap) {
		free(host);
		free(as);
		return false;
	}
	u->v[u->n].host = host;
	u->v[u->n].as = as;
	u->n++;
	return true;
}

/* The children of the folder path as units; false when one is a symlink (it must travel as one). */
static bool add_children(struct units *u, const char *path)
{
	struct dirent **list = NULL;
	int m = scandir(path, &list, NULL, alphasort), j;
	bool ok = m >= 0;

	for (j = 0; j < m; j++) {
		const char *d = list[j]->d_name;
		struct stat cs;
		struct buf hp;

		if (ok && strcmp(d, ".") && strcmp(d, "..")) {
			buf_init(&hp, 1 << 16);
			buf_printf(&hp, "%s/%s", path, d);
			if (lstat(hp.data, &cs) != 0 || S_ISLNK(cs.st_mode))
				ok = false;
			ok = ok && add_unit(u, buf_detach(&hp), strdup(d));
			buf_release(&hp);
		}
		free(list[j]);
	}
	free(list);
	return ok;
}

void seed_split_streams(const char *const *paths, size_t npaths, const struct tarstream_opts *to,
			struct tarstream *split[2])
{
	struct units u = { 0 };
	size_t k, i;
	bool ok = true, zip;

	for (k = 0; ok && k < npaths; k++) {
		const char *p = paths[k];
		size_t n = strlen(p);
		char *b = seed_base_name(p);
		struct stat st;

		if (!b || seed_is_archive(p, &zip) || stat(p, &st) != 0) {
			free(b);
			ok = b != NULL;
			continue;
		}
		if (S_ISDIR(st.st_mode) && ((n > 1 && p[n - 1] == '/') || !strcmp(b, ".") || !strcmp(b, "..") ||
					    !strcmp(b, "/"))) {
			free(b);
			ok = add_children(&u, p);
		} else {
			ok = add_unit(&u, strdup(p), b);
		}
	}
	if (ok && u.n >= 2) {
		split[0] = tarstream_new(to);
		split[1] = tarstream_new(to);
		ok = split[0] && split[1];
		for (i = 0; ok && i < u.n; i++)
			ok = tarstream_add(split[i % 2], u.v[i].host, u.v[i].as) == 0;
		ok = ok && tarstream_prepare(split[0]) == 0 && tarstream_prepare(split[1]) == 0;
		if (!ok) {
			tarstream_free(split[0]);
			tarstream_free(split[1]);
			split[0] = split[1] = NULL;
		}
	}
	for (i = 0; i < u.n; i++) {
		free(u.v[i].host);
		free(u.v[i].as);
	}
	free(u.v);
	byoc_err_clear();
}
