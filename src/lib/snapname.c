#include "lib/snapname.h"
#include "lib/dockerfile.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/file.h"
#include "util/hex.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '-' || c == ':';
}

bool snapname_valid(const char *name)
{
	size_t n = strlen(name), i, seg = 0;
	const char *at = strchr(name, '@');

	if (at) {
		const char *h = at + 1;

		if (strncmp(h, "sha256:", 7) != 0 || strlen(h + 7) != 64)
			return false;
		for (i = 0; i < 64; i++)
			if (!((h[7 + i] >= '0' && h[7 + i] <= '9') || (h[7 + i] >= 'a' && h[7 + i] <= 'f')))
				return false;
		n = (size_t)(at - name);
	}
	if (n == 0)
		return false;
	for (i = 0; i < n; i++) {
		if (name[i] == '/') {
			if (seg == 0)
				return false;
			seg = 0;
		} else if (name_char(name[i])) {
			seg++;
		} else {
			return false;
		}
	}
	return seg > 0;
}

/* The Dockerfile's bytes into md: read with its cap, and only when it is a regular
 * file (/dev/zero spun here forever at 100% CPU, deaf to Ctrl-C). */
static int sha_file(EVP_MD_CTX *md, const char *path, unsigned long long *size)
{
	struct buf b;
	int rc;

	*size = 0;
	if ((rc = file_read_capped(path, DOCKERFILE_MAX_BYTES, "Dockerfile", &b)) < 0)
		return rc;
	*size = b.len;
	if (EVP_DigestUpdate(md, b.data, b.len) != 1)
		rc = byoc_fail(BYOC_EFAIL, "sha256 failed");
	buf_release(&b);
	return rc;
}

static int cmp_ctx(const void *a, const void *b)
{
	const struct ctx_source *x = *(const struct ctx_source *const *)a;
	const struct ctx_source *y = *(const struct ctx_source *const *)b;

	return strcmp(x->archive_path, y->archive_path);
}

int snapname_compute(const char *dockerfile, const struct snapname_opts *o, char **name, char **explain)
{
	struct snapname_opts defaults = { 0 };
	const struct ctx_source **sorted = NULL;
	const char *prefix, *env;
	EVP_MD_CTX *md = NULL;
	unsigned char dig[EVP_MAX_MD_SIZE];
	unsigned int dlen = 0;
	unsigned long long size = 0;
	char hex[65];
	struct buf ex, nm;
	int rc = 0;

	*name = NULL;
	if (explain)
		*explain = NULL;
	if (!o)
		o = &defaults;
	prefix = o->prefix ? o->prefix : SNAPNAME_DEFAULT_PREFIX;
	buf_init(&ex, 1 << 20);
	buf_init(&nm, 4096);
	env = o->ignore_env || o->prefix || o->hash_contexts ? NULL : byoc_env(SNAPNAME_ENV);
	if (env) {
		if (!snapname_valid(env)) {
			rc = byoc_fail(BYOC_EUSAGE, "%s='%s' is not a valid snapshot name (letters, digits, _ . - :)",
				       SNAPNAME_ENV, env);
			goto out;
		}
		buf_printf(&ex, "name: %s\nsource: %s is set, it overrides the Dockerfile's hash (as the reference "
			   "orchestrator's default_snapshot_name)\n", env, SNAPNAME_ENV);
		rc = buf_puts(&nm, env);
		goto done;
	}
	if (!*prefix || !snapname_valid(prefix)) {
		rc = byoc_fail(BYOC_EUSAGE, "prefix '%s' is not valid in a snapshot name (letters, digits, _ . - : /)",
			       prefix);
		goto out;
	}
	if (o->hash_contexts && !o->contexts) {
		rc = byoc_fail(BYOC_EUSAGE, "naming over contexts needs the contexts");
		goto out;
	}
	if (!(md = EVP_MD_CTX_new()) || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
		rc = byoc_fail(BYOC_EFAIL, "cannot initialise sha256");
		goto out;
	}
	if ((rc = sha_file(md, dockerfile, &size)) < 0)
		goto out;
	buf_printf(&ex, "dockerfile: %s (%llu bytes)\n", dockerfile, size);
	if (o->hash_contexts) {
		const struct ctx_list *l = o->contexts;
		struct buf part;
		size_t k;

		buf_init(&part, 1 << 20);
		if (l->n && !(sorted = calloc(l->n, sizeof(*sorted)))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			buf_release(&part);
			goto out;
		}
		for (k = 0; k < l->n; k++)
			sorted[k] = &l->v[k];
		if (l->n)
			qsort(sorted, l->n, sizeof(*sorted), cmp_ctx);
		buf_puts(&part, "\n#byoc-contexts\n");
		for (k = 0; k < l->n; k++) {
			if (!sorted[k]->hash[0]) {
				rc = byoc_fail(BYOC_EFAIL, "context '%s' was not hashed", sorted[k]->archive_path);
				buf_release(&part);
				goto out;
			}
			buf_printf(&part, "%s\t%s\n", sorted[k]->archive_path, sorted[k]->hash);
			buf_printf(&ex, "context: %s %s (%llu files, %llu bytes)\n",
				   sorted[k]->archive_path[0] ? sorted[k]->archive_path : ".", sorted[k]->hash,
				   (unsigned long long)sorted[k]->files, (unsigned long long)sorted[k]->bytes);
		}
		buf_printf(&part, "resources cpu=%d memory=%d disk=%d\n", o->cpu, o->memory, o->disk);
		buf_printf(&ex, "resources: cpu=%d memory=%dGiB disk=%dGiB\n", o->cpu, o->memory, o->disk);
		if (EVP_DigestUpdate(md, part.data, part.len) != 1)
			rc = byoc_fail(BYOC_EFAIL, "sha256 failed");
		buf_release(&part);
		if (rc < 0)
			goto out;
	}
	if (EVP_DigestFinal_ex(md, dig, &dlen) != 1) {
		rc = byoc_fail(BYOC_EFAIL, "sha256 failed");
		goto out;
	}
	hex_encode(hex, dig, dlen);
	buf_printf(&ex, "sha256: %s (%s)\n", hex, o->hash_contexts ? "Dockerfile + contexts + resources" :
		   "Dockerfile bytes, as the reference orchestrator");
	buf_printf(&ex, "prefix: %s%s\n", prefix, o->prefix ? "" : " (default)");
	if (!o->hash_contexts)
		buf_puts(&ex, "note: COPY sources are not part of this name; --hash-contexts adds them\n");
	rc = buf_printf(&nm, "%s-%.8s", prefix, hex);
	if (rc == 0)
		rc = buf_printf(&ex, "name: %s\n", nm.data);
done:
	if (rc < 0)
		goto out;
	*name = buf_detach(&nm);
	if (explain)
		*explain = buf_detach(&ex);
out:
	free(sorted);
	EVP_MD_CTX_free(md);
	buf_release(&ex);
	buf_release(&nm);
	return rc;
}
