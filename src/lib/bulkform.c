#include "lib/bulkform.h"
#include "util/rand.h"

#include <stdio.h>
#include <string.h>

int bulkform_init(struct bulkform *f)
{
	char r[25];
	int rc;

	memset(f, 0, sizeof(*f));
	if ((rc = rand_hex(r, 12)) < 0)
		return rc;
	snprintf(f->boundary, sizeof(f->boundary), "byoc-%s", r);
	snprintf(f->content_type, sizeof(f->content_type), "multipart/form-data; boundary=%s", f->boundary);
	return 0;
}

/* A Content-Disposition value: '"' and '\\' escaped, CR/LF dropped. */
static int put_quoted(struct buf *b, const char *s)
{
	int rc = 0;

	for (; *s && !rc; s++) {
		if (*s == '\r' || *s == '\n')
			continue;
		if (*s == '"' || *s == '\\')
			rc = buf_append(b, "\\", 1);
		if (!rc)
			rc = buf_append(b, s, 1);
	}
	return rc;
}

int bulkform_file(struct bulkform *f, struct buf *out, const char *dir, const char *name, const char *filename)
{
	int rc;

	rc = buf_printf(out, "%s--%s\r\nContent-Disposition: form-data; name=\"files[%zu].path\"\r\n\r\n%s%s%s",
			f->nfiles ? "\r\n" : "", f->boundary, f->nfiles, dir ? dir : "", dir ? "/" : "", name);
	if (!rc)
		rc = buf_printf(out, "\r\n--%s\r\nContent-Disposition: form-data; name=\"files[%zu].file\"; filename=\"",
				f->boundary, f->nfiles);
	if (!rc)
		rc = put_quoted(out, filename);
	if (!rc)
		rc = buf_puts(out, "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
	if (!rc)
		f->nfiles++;
	return rc;
}

int bulkform_end(const struct bulkform *f, struct buf *out)
{
	return buf_printf(out, "\r\n--%s--\r\n", f->boundary);
}
