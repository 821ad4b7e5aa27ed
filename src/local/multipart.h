/*
 * A streaming multipart/form-data parser (RFC 7578 / RFC 2046) for uploads
 * that must never sit whole in memory: feed the body in pieces of any size
 * (a boundary may be split across pieces at any offset) and receive each
 * part's headers and data through callbacks. Only part headers are buffered
 * (capped at MP_HEADER_MAX); part bodies go straight to part_data.
 */
#ifndef BYOC_LOCAL_MULTIPART_H
#define BYOC_LOCAL_MULTIPART_H

#include <stddef.h>

#define MP_BOUNDARY_MAX 200
#define MP_HEADER_MAX 8192

struct mp_callbacks {
	/* A part starts. name/filename from Content-Disposition ("" when absent); borrowed. */
	int (*part_begin)(void *arg, const char *name, const char *filename);
	/* Some of the part's body; may be called many times. */
	int (*part_data)(void *arg, const char *p, size_t n);
	/* The part ended (its closing delimiter was seen). */
	int (*part_end)(void *arg);
};
/* Each callback returns 0 to go on or <0 to stop the parse (mp_feed then returns that value). */

struct mp_parser;

/* Copies the boundary parameter of a multipart/form-data Content-Type into out.
 * 0, or BYOC_EPROTO when ct is not multipart/form-data with a valid boundary. */
int mp_boundary_from_content_type(const char *ct, char *out, size_t n);

/* A new parser for boundary (without the leading "--"); NULL on a bad boundary or no memory. */
struct mp_parser *mp_new(const char *boundary, const struct mp_callbacks *cb, void *arg);
/* Feeds n bytes. 0, BYOC_EPROTO on a malformed body (byoc_errmsg says why), or a callback's code. */
int mp_feed(struct mp_parser *mp, const char *p, size_t n);
/* The body ended: 0 when the closing delimiter was seen, BYOC_EPROTO otherwise. */
int mp_finish(struct mp_parser *mp);
void mp_free(struct mp_parser *mp);

#endif
