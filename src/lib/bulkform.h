/*
 * The toolbox's bulk upload body (POST /files/bulk-upload, multipart/form-data): for each
 * file i a text part "files[i].path" (where the daemon writes it) then a part
 * "files[i].file" with its bytes, and the closing delimiter. The one encoder of that wire
 * format: tbclient's single-file upload and a files-mode tarstream (many files and a meta
 * part, streamed) both write through it.
 *
 * Only the part heads are made here; the bytes of each file are the caller's to stream
 * (no copy, no length needed: the body goes chunked), so a head is written, then the
 * file's bytes, then the next head or the end.
 */
#ifndef BYOC_BULKFORM_H
#define BYOC_BULKFORM_H

#include <stddef.h>

#include "util/buf.h"

struct bulkform {
	char boundary[48];        /* "byoc-" and 24 random hex digits */
	char content_type[96];    /* "multipart/form-data; boundary=..." */
	size_t nfiles;            /* files headed so far */
};

/* A new body with a random boundary (util/rand); 0 or BYOC_EIO. */
int bulkform_init(struct bulkform *f);

/* Appends the heads of the next file to out: the delimiter (after a CRLF that ends the
 * previous file's bytes, unless this is the first file), files[i].path = DIR/NAME (NAME when
 * dir is NULL), and files[i].file's head with filename (quoted: '"' and '\\' escaped, CR/LF
 * dropped; the path part's value is sent as it is). 0 or BYOC_ENOMEM (out's cap). */
int bulkform_file(struct bulkform *f, struct buf *out, const char *dir, const char *name, const char *filename);

/* Appends the closing delimiter (after the CRLF that ends the last file's bytes). */
int bulkform_end(const struct bulkform *f, struct buf *out);

#endif
