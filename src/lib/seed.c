/*
 * The seed's sandbox side (seed.h): toolbox commands made of the programs in
 * src/lib/sandbox/ and their inputs, each input one sh-quoted assignment.
 */
#include "lib/seed.h"
#include "lib/manifest.h"
#include "lib/sandbox.h"
#include "util/err.h"
#include "util/rand.h"
#include "util/shquote.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
