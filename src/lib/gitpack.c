#include "lib/gitpack.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/spool.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define OFS_DELTA 6
#define REF_DELTA 7
#define IO_CHUNK ((size_t)64 << 10)
#define CACHE_SLOTS 1024
#define CACHE_BUDGET ((size_t)4 << 20)
#define CACHE_MAX_OBJECT ((size_t)1 << 20)
#define MAX_CHAIN 10000          /* git's pack.depth stops at 4095 */
#define SORT_RUN 65536           /* records sorted in memory at a time: 2 MiB */
#define PROGRESS_EVERY 4096

static const char *type_names[] = { "", "commit", "tree", "blob", "tag" };

/* ---- small helpers ---------------------------------------------------------------------- */

static int pread_full(int fd, void *b, size_t n, uint64_t off)
{
	size_t done = 0;

	while (done < n) {
		ssize_t got = pread(fd, (char *)b + done, n - done, (off_t)(off + done));

		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return byoc_fail_errno(BYOC_EIO, "cannot read a pack");
		if (got == 0)
			return byoc_fail(BYOC_EPROTO, "the pack ends in the middle of an object");
		done += (size_t)got;
	}
	return 0;
}

static int write_full(int fd, const void *b, size_t n)
{
	while (n) {
		ssize_t put = write(fd, b, n);

		if (put < 0 && errno == EINTR)
			continue;
		if (put < 0)
			return byoc_fail_errno(BYOC_EIO, "cannot write");
		b = (const char *)b + put;
		n -= (size_t)put;
	}
	return 0;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* the object id: SHA-1 of "<type> <size>\0" and the content */
static void object_id(int type, const unsigned char *data, size_t len, unsigned char oid[20])
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	char head[48];
	int n = snprintf(head, sizeof(head), "%s %zu", type_names[type], len);

	EVP_DigestInit_ex(c, EVP_sha1(), NULL);
	EVP_DigestUpdate(c, head, (size_t)n + 1);
	EVP_DigestUpdate(c, data, len);
	EVP_DigestFinal_ex(c, oid, NULL);
	EVP_MD_CTX_free(c);
}

/* ---- object headers ------------------------------------------------------------------- */

struct objhdr {
	int type;
	uint64_t size;          /* of the content, or of the delta for a delta */
	uint64_t data;          /* where the zlib stream starts */
	uint64_t base;          /* OFS_DELTA: where the base starts */
	unsigned char base_oid[20];  /* REF_DELTA */
};

/* Parses the header of the object at off from the n bytes at b. Returns its length, or -1. */
static int hdr_parse(const unsigned char *b, size_t n, uint64_t off, struct objhdr *h)
{
	size_t i = 0;
	unsigned shift = 4;
	unsigned char c;

	if (n < 1)
		return -1;
	c = b[i++];
	h->type = (c >> 4) & 7;
	h->size = c & 15;
	while (c & 0x80) {
		if (i >= n || shift > 57)
			return -1;
		c = b[i++];
		h->size |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	}
	if (h->type == OFS_DELTA) {
		uint64_t rel;

		if (i >= n)
			return -1;
		c = b[i++];
		rel = c & 0x7f;
		while (c & 0x80) {
			if (i >= n || rel >= ((uint64_t)1 << 56))
				return -1;
			c = b[i++];
			rel = ((rel + 1) << 7) | (c & 0x7f);
		}
		if (rel == 0 || rel > off)
			return -1;
		h->base = off - rel;
	} else if (h->type == REF_DELTA) {
		if (i + 20 > n)
			return -1;
		memcpy(h->base_oid, b + i, 20);
		i += 20;
	} else if (h->type < GITPACK_COMMIT || h->type > GITPACK_TAG) {
		return -1;
	}
	h->data = off + i;
	return (int)i;
}

/* ---- one pack: reading objects at offsets ---------------------------------------------- */

/*
 * Recently read objects, by where they are in the pack: the bases of the next deltas.
 * Their bytes are copied into one ring of CACHE_BUDGET bytes, written in turn, so that
 * the cache's memory is exactly that (separate allocations freed in any order left
 * glibc's heap holding about twice the budget). A slot is valid while the ring has not
 * come round over its bytes.
 */
struct cache_slot {
	uint64_t key;
	uint64_t at;            /* where its bytes start, counted over every lap of the ring */
	size_t len;
	int type;
	bool used;
};

struct cache {
	struct cache_slot slot[CACHE_SLOTS];
	unsigned char *ring;    /* CACHE_BUDGET bytes, allocated on first use */
	uint64_t head;          /* the end of what was written last, counted over every lap */
};

static struct cache_slot *cache_find(struct cache *c, uint64_t key)
{
	struct cache_slot *s = &c->slot[(key ^ (key >> 17)) % CACHE_SLOTS];

	if (!s->used || s->key != key || c->head > s->at + CACHE_BUDGET)
		return NULL;
	return s;
}

static const unsigned char *cache_data(const struct cache *c, const struct cache_slot *s)
{
	return c->ring + s->at % CACHE_BUDGET;
}

/* keeps a copy of data if it is small enough; data stays the caller's */
static void cache_put(struct cache *c, uint64_t key, int type, const unsigned char *data, size_t len)
{
	struct cache_slot *s = &c->slot[(key ^ (key >> 17)) % CACHE_SLOTS];
	uint64_t at = c->head;

	if (len > CACHE_MAX_OBJECT || (!c->ring && !(c->ring = malloc(CACHE_BUDGET))))
		return;
	if (at % CACHE_BUDGET + len > CACHE_BUDGET)  /* kept whole: go round to the ring's start */
		at += CACHE_BUDGET - at % CACHE_BUDGET;
	memcpy(c->ring + at % CACHE_BUDGET, data, len);
	c->head = at + len;
	*s = (struct cache_slot){ key, at, len, type, true };
}

static void cache_clear(struct cache *c)
{
	free(c->ring);
	memset(c, 0, sizeof(*c));
}

/* finds an object's offset by id: 0 found, 1 not known (yet), < 0 error */
typedef int (*lookup_fn)(void *arg, const unsigned char oid[20], uint64_t *off);

struct pack {
	int fd;
	uint64_t end;           /* where the objects end (the trailing checksum starts) */
	uint64_t key;           /* distinguishes this pack's entries in a shared cache */
	struct cache *cache;
	lookup_fn lookup;
	void *lookup_arg;
};

static int read_hdr(const struct pack *p, uint64_t off, struct objhdr *h)
{
	unsigned char b[64];
	size_t n = sizeof(b);

	if (off >= p->end)
		return byoc_fail(BYOC_EPROTO, "the pack names an object at %llu, past its end", (unsigned long long)off);
	if (n > p->end - off)
		n = (size_t)(p->end - off);
	if (pread_full(p->fd, b, n, off))
		return BYOC_EIO;
	if (hdr_parse(b, n, off, h) < 0)
		return byoc_fail(BYOC_EPROTO, "the pack has a malformed object header at %llu", (unsigned long long)off);
	return 0;
}

/* Inflates the zlib stream at h->data, which must give exactly h->size bytes, to sink (or into out). */
typedef int (*sink_fn)(void *arg, const unsigned char *b, size_t n);

static int inflate_at(const struct pack *p, const struct objhdr *h, unsigned char *out, sink_fn sink, void *arg)
{
	unsigned char *in = malloc(IO_CHUNK), *tmp = sink ? malloc(IO_CHUNK) : NULL;
	uint64_t pos = h->data, produced = 0;
	z_stream z;
	int zr = Z_OK, rc = 0;

	memset(&z, 0, sizeof(z));
	if (!in || (sink && !tmp) || inflateInit(&z) != Z_OK) {
		free(in);
		free(tmp);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	while (zr != Z_STREAM_END) {
		if (z.avail_in == 0) {
			/* deflate makes a stream little longer than its input: a first read of about
			 * that much, not a whole chunk, for the many small objects of a pack */
			size_t n = IO_CHUNK;

			if (pos == h->data && h->size < IO_CHUNK / 2)
				n = (size_t)h->size + (size_t)h->size / 8 + 64;
			if (pos >= p->end) {
				rc = byoc_fail(BYOC_EPROTO, "the pack ends in the middle of an object");
				goto out;
			}
			if (n > p->end - pos)
				n = (size_t)(p->end - pos);
			if ((rc = pread_full(p->fd, in, n, pos)))
				goto out;
			pos += n;
			z.next_in = in;
			z.avail_in = (uInt)n;
		}
		if (sink) {
			z.next_out = tmp;
			z.avail_out = (uInt)IO_CHUNK;
		} else {
			uint64_t left = h->size - produced;

			z.next_out = out + produced;
			/* one byte more than expected, so that a longer stream shows */
			z.avail_out = (uInt)(left + 1 > IO_CHUNK ? IO_CHUNK : left + 1);
		}
		zr = inflate(&z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END && !(zr == Z_BUF_ERROR && z.avail_in == 0)) {
			rc = byoc_fail(BYOC_EPROTO, "the pack's object at %llu does not inflate", (unsigned long long)h->data);
			goto out;
		}
		{
			size_t n = sink ? IO_CHUNK - z.avail_out : (size_t)(z.next_out - (out + produced));

			if (produced + n > h->size) {
				rc = byoc_fail(BYOC_EPROTO, "the pack's object at %llu is longer than its header says",
					       (unsigned long long)h->data);
				goto out;
			}
			if (sink && n && (rc = sink(arg, tmp, n)))
				goto out;
			produced += n;
		}
	}
	if (produced != h->size)
		rc = byoc_fail(BYOC_EPROTO, "the pack's object at %llu is shorter than its header says",
			       (unsigned long long)h->data);
out:
	inflateEnd(&z);
	free(in);
	free(tmp);
	return rc;
}

static int inflate_whole(const struct pack *p, const struct objhdr *h, unsigned char **out)
{
	int rc;

	if (h->size >= SIZE_MAX - 1 || !(*out = malloc((size_t)h->size + 1)))
		return byoc_fail(BYOC_ENOMEM, "out of memory for an object of %llu bytes", (unsigned long long)h->size);
	if ((rc = inflate_at(p, h, *out, NULL, NULL))) {
		free(*out);
		*out = NULL;
		return rc;
	}
	(*out)[h->size] = 0;
	return 0;
}

static int delta_size(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	unsigned shift = 0;

	*v = 0;
	do {
		if (*p >= end || shift > 63)
			return -1;
		*v |= (uint64_t)(**p & 0x7f) << shift;
		shift += 7;
	} while (*(*p)++ & 0x80);
	return 0;
}

/* git's delta format: the base's and the result's sizes, then copy and insert instructions */
static int delta_apply(const unsigned char *base, size_t base_len, const unsigned char *d, size_t dlen,
		       unsigned char **out, size_t *out_len)
{
	const unsigned char *p = d, *end = d + dlen;
	uint64_t bsz, rsz;
	unsigned char *r, *w;

	if (delta_size(&p, end, &bsz) || delta_size(&p, end, &rsz) || bsz != base_len)
		return byoc_fail(BYOC_EPROTO, "a delta in the pack does not fit its base");
	if (rsz >= SIZE_MAX - 1 || !(r = malloc((size_t)rsz + 1)))
		return byoc_fail(BYOC_ENOMEM, "out of memory for an object of %llu bytes", (unsigned long long)rsz);
	w = r;
	while (p < end) {
		unsigned char op = *p++;

		if (op & 0x80) {
			uint64_t off = 0, n = 0;

			for (int i = 0; i < 4; i++)
				if (op & (1u << i)) {
					if (p >= end)
						goto bad;
					off |= (uint64_t)*p++ << (8 * i);
				}
			for (int i = 0; i < 3; i++)
				if (op & (0x10u << i)) {
					if (p >= end)
						goto bad;
					n |= (uint64_t)*p++ << (8 * i);
				}
			if (n == 0)
				n = 0x10000;
			if (off + n > base_len || n > rsz - (uint64_t)(w - r))
				goto bad;
			memcpy(w, base + off, (size_t)n);
			w += n;
		} else if (op) {
			if (op > end - p || op > rsz - (uint64_t)(w - r))
				goto bad;
			memcpy(w, p, op);
			w += op;
			p += op;
		} else {
			goto bad;
		}
	}
	if ((uint64_t)(w - r) != rsz)
		goto bad;
	r[rsz] = 0;
	*out = r;
	*out_len = (size_t)rsz;
	return 0;
bad:
	free(r);
	return byoc_fail(BYOC_EPROTO, "a delta in the pack is malformed");
}

/*
 * The object at off, resolved through its delta chain: *data is the caller's.
 * 1 (nothing set) when a REF_DELTA's base is not known yet.
 */
static int read_at(struct pack *p, uint64_t off, int depth, int *type, unsigned char **data, size_t *len)
{
	struct objhdr h;
	struct cache_slot *hit;
	unsigned char *base = NULL, *delta = NULL;
	size_t base_len = 0;
	int base_type = 0, rc;
	bool base_cached = false;
	uint64_t base_off;

	if (depth > MAX_CHAIN)
		return byoc_fail(BYOC_EPROTO, "the pack has a delta chain longer than %d (or a loop)", MAX_CHAIN);
	if ((rc = read_hdr(p, off, &h)))
		return rc;
	if (h.type != OFS_DELTA && h.type != REF_DELTA) {
		if ((rc = inflate_whole(p, &h, data)))
			return rc;
		*type = h.type;
		*len = (size_t)h.size;
		return 0;
	}
	if (h.type == OFS_DELTA) {
		base_off = h.base;
	} else if ((rc = p->lookup(p->lookup_arg, h.base_oid, &base_off))) {
		return rc;
	}
	if ((hit = cache_find(p->cache, p->key ^ base_off))) {
		base = (unsigned char *)cache_data(p->cache, hit);
		base_len = hit->len;
		base_type = hit->type;
		base_cached = true;
	} else if ((rc = read_at(p, base_off, depth + 1, &base_type, &base, &base_len))) {
		return rc;
	}
	if ((rc = inflate_whole(p, &h, &delta)) == 0 &&
	    (rc = delta_apply(base, base_len, delta, (size_t)h.size, data, len)) == 0)
		*type = base_type;
	free(delta);
	if (!base_cached) {
		cache_put(p->cache, p->key ^ base_off, base_type, base, base_len);
		free(base);
	}
	return rc;
}

/* ---- sorting the index's records on disk ------------------------------------------------- */

struct idxrec {
	unsigned char oid[20];
	uint32_t crc;
	uint64_t off;
};

struct segment {
	int fd;
	uint64_t start;         /* byte offset */
	uint64_t n;             /* records */
};

struct sorter {
	struct idxrec *buf;
	size_t n;
	FILE *runs;
	uint64_t written;       /* records in runs */
	struct segment *seg;
	size_t nseg;
};

static int rec_cmp(const void *a, const void *b)
{
	return memcmp(((const struct idxrec *)a)->oid, ((const struct idxrec *)b)->oid, 20);
}

static int sorter_flush(struct sorter *s)
{
	struct segment *v;

	if (!s->n)
		return 0;
	if (!s->runs && spool_open(&s->runs))
		return BYOC_EIO;
	qsort(s->buf, s->n, sizeof(*s->buf), rec_cmp);
	if (fwrite(s->buf, sizeof(*s->buf), s->n, s->runs) != s->n || fflush(s->runs) != 0)
		return byoc_fail_errno(BYOC_EIO, "cannot write a temporary file");
	if (!(v = realloc(s->seg, (s->nseg + 1) * sizeof(*v))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	s->seg = v;
	s->seg[s->nseg++] = (struct segment){ fileno(s->runs), s->written * sizeof(struct idxrec), s->n };
	s->written += s->n;
	s->n = 0;
	return 0;
}

static int sorter_add(struct sorter *s, const unsigned char oid[20], uint32_t crc, uint64_t off)
{
	int rc;

	if (!s->buf && !(s->buf = malloc(SORT_RUN * sizeof(*s->buf))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (s->n == SORT_RUN && (rc = sorter_flush(s)))
		return rc;
	memcpy(s->buf[s->n].oid, oid, 20);
	s->buf[s->n].crc = crc;
	s->buf[s->n].off = off;
	s->n++;
	return 0;
}

static void sorter_release(struct sorter *s)
{
	free(s->buf);
	free(s->seg);
	if (s->runs)
		fclose(s->runs);
	memset(s, 0, sizeof(*s));
}

#define READER_RECS 128

struct reader {
	struct segment seg;
	uint64_t next;          /* records taken */
	struct idxrec buf[READER_RECS];
	size_t have, pos;
};

static int reader_peek(struct reader *r, const struct idxrec **out)
{
	if (r->pos == r->have) {
		uint64_t left = r->seg.n - r->next;
		size_t n = left > READER_RECS ? READER_RECS : (size_t)left;

		*out = NULL;
		if (!n)
			return 0;
		if (pread_full(r->seg.fd, r->buf, n * sizeof(struct idxrec), r->seg.start + r->next * sizeof(struct idxrec)))
			return BYOC_EIO;
		r->have = n;
		r->pos = 0;
		r->next += n;
	}
	*out = &r->buf[r->pos];
	return 0;
}

/* Merges sorted segments into out (a new spool): an id seen twice is refused, or kept once (dedup). */
static int merge(struct segment *seg, size_t nseg, bool dedup, FILE **out, uint64_t *count)
{
	struct reader *r = calloc(nseg ? nseg : 1, sizeof(*r));
	size_t *heap = calloc(nseg ? nseg : 1, sizeof(*heap)), nh = 0;
	unsigned char last[20];
	bool have_last = false;
	int rc = 0;

	*out = NULL;
	*count = 0;
	if (!r || !heap) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = spool_open(out)))
		goto out;
	/* a binary heap of the readers by their next record */
	for (size_t i = 0; i < nseg; i++) {
		const struct idxrec *x;

		r[i].seg = seg[i];
		if ((rc = reader_peek(&r[i], &x)))
			goto out;
		if (!x)
			continue;
		heap[nh] = i;
		for (size_t c = nh++; c > 0 && rec_cmp(&r[heap[c]].buf[r[heap[c]].pos], &r[heap[(c - 1) / 2]].buf[r[heap[(c - 1) / 2]].pos]) < 0; c = (c - 1) / 2) {
			size_t t = heap[c];

			heap[c] = heap[(c - 1) / 2];
			heap[(c - 1) / 2] = t;
		}
	}
	while (nh) {
		struct reader *top = &r[heap[0]];
		const struct idxrec *x = &top->buf[top->pos];
		size_t c = 0;

		if (have_last && memcmp(last, x->oid, 20) == 0) {
			if (!dedup) {
				rc = byoc_fail(BYOC_EPROTO, "the pack holds an object twice");
				goto out;
			}
		} else {
			memcpy(last, x->oid, 20);
			have_last = true;
			if (fwrite(x, sizeof(*x), 1, *out) != 1) {
				rc = byoc_fail_errno(BYOC_EIO, "cannot write a temporary file");
				goto out;
			}
			(*count)++;
		}
		top->pos++;
		if ((rc = reader_peek(top, &x)))
			goto out;
		if (!x)
			heap[0] = heap[--nh];
		for (;;) {
			size_t l = 2 * c + 1, m = c;

			if (l < nh && rec_cmp(&r[heap[l]].buf[r[heap[l]].pos], &r[heap[m]].buf[r[heap[m]].pos]) < 0)
				m = l;
			if (l + 1 < nh && rec_cmp(&r[heap[l + 1]].buf[r[heap[l + 1]].pos], &r[heap[m]].buf[r[heap[m]].pos]) < 0)
				m = l + 1;
			if (m == c)
				break;
			size_t t = heap[c];

			heap[c] = heap[m];
			heap[m] = t;
			c = m;
		}
	}
	if (fflush(*out) != 0)
		rc = byoc_fail_errno(BYOC_EIO, "cannot write a temporary file");
out:
	if (rc && *out) {
		fclose(*out);
		*out = NULL;
	}
	free(r);
	free(heap);
	return rc;
}

/* binary search of a merged table for REF_DELTA bases */
struct table {
	int fd;
	uint64_t n;
};

/*
 * Binary search for an id among the records [lo, hi) of a sorted file, record i's id
 * at first + i * stride: 0 and *at = i when found, 1 when not, < 0 on a read error.
 */
static int find_id(int fd, uint64_t first, uint64_t stride, uint64_t lo, uint64_t hi, const unsigned char oid[20],
		   uint64_t *at)
{
	while (lo < hi) {
		uint64_t mid = lo + (hi - lo) / 2;
		unsigned char b[20];
		int c;

		if (pread_full(fd, b, 20, first + mid * stride))
			return BYOC_EIO;
		c = memcmp(oid, b, 20);
		if (c == 0) {
			*at = mid;
			return 0;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 1;
}

static int table_lookup(void *arg, const unsigned char oid[20], uint64_t *off)
{
	const struct table *t = arg;
	struct idxrec x;
	uint64_t i;
	int rc = find_id(t->fd, 0, sizeof(x), 0, t->n, oid, &i);

	if (rc == 0 && pread_full(t->fd, &x, sizeof(x), i * sizeof(x)))
		return BYOC_EIO;
	if (rc == 0)
		*off = x.off;
	return rc;
}

static int no_lookup(void *arg, const unsigned char oid[20], uint64_t *off)
{
	return 1;
}

/* ---- indexing ---------------------------------------------------------------------------- */

/* pass 1's record of each object, in pack order */
struct objrec {
	uint64_t off;
	uint32_t crc;
	uint8_t type;
	unsigned char oid[20];  /* for whole objects */
};

struct seq {
	int fd;
	uint64_t end, pos;      /* pos: file offset of buf[0] */
	unsigned char *buf;
	size_t len, at;
	EVP_MD_CTX *sha;        /* the pack's checksum, over everything read */
	EVP_MD_CTX *oid;        /* an object's id; reused from object to object, as is z */
	z_stream z;
	bool z_ready;
};

/* makes at least want bytes available past at (fewer at the end) */
static int seq_fill(struct seq *s, size_t want)
{
	if (s->len - s->at >= want || s->pos + s->len >= s->end)
		return 0;
	memmove(s->buf, s->buf + s->at, s->len - s->at);
	s->pos += s->at;
	s->len -= s->at;
	s->at = 0;
	while (s->len < IO_CHUNK && s->pos + s->len < s->end) {
		size_t n = IO_CHUNK - s->len;
		ssize_t got;

		if (n > s->end - (s->pos + s->len))
			n = (size_t)(s->end - (s->pos + s->len));
		got = pread(s->fd, s->buf + s->len, n, (off_t)(s->pos + s->len));
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return got < 0 ? byoc_fail_errno(BYOC_EIO, "cannot read the pack")
				       : byoc_fail(BYOC_EPROTO, "the pack is shorter than it was");
		EVP_DigestUpdate(s->sha, s->buf + s->len, (size_t)got);
		s->len += (size_t)got;
	}
	return 0;
}

/* Reads one object sequentially: its header, its zlib stream (hashing a whole object), its crc. */
static int seq_object(struct seq *s, struct objrec *rec, unsigned char *scratch)
{
	struct objhdr h;
	z_stream *z = &s->z;
	bool whole;
	uint64_t produced = 0;
	int n, zr = Z_OK, rc = 0;

	rec->off = s->pos + s->at;
	if ((rc = seq_fill(s, 64)))
		return rc;
	if ((n = hdr_parse(s->buf + s->at, s->len - s->at, rec->off, &h)) < 0)
		return byoc_fail(BYOC_EPROTO, "the pack has a malformed object header at %llu", (unsigned long long)rec->off);
	rec->type = (uint8_t)h.type;
	rec->crc = (uint32_t)crc32(0, s->buf + s->at, (uInt)n);
	s->at += (size_t)n;
	whole = h.type != OFS_DELTA && h.type != REF_DELTA;
	if (whole) {
		char head[48];
		int hn = snprintf(head, sizeof(head), "%s %llu", type_names[h.type], (unsigned long long)h.size);

		if (!EVP_DigestInit_ex(s->oid, EVP_sha1(), NULL))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		EVP_DigestUpdate(s->oid, head, (size_t)hn + 1);
	}
	if (inflateReset(z) != Z_OK)
		return byoc_fail(BYOC_EFAIL, "inflate failed");
	while (zr != Z_STREAM_END) {
		const unsigned char *in;

		if (s->at == s->len) {
			if ((rc = seq_fill(s, 1)))
				return rc;
			if (s->at == s->len)
				return byoc_fail(BYOC_EPROTO, "the pack ends in the middle of an object");
		}
		in = s->buf + s->at;
		z->next_in = s->buf + s->at;
		z->avail_in = (uInt)(s->len - s->at);
		z->next_out = scratch;
		z->avail_out = (uInt)IO_CHUNK;
		zr = inflate(z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR)
			return byoc_fail(BYOC_EPROTO, "the pack's object at %llu does not inflate", (unsigned long long)rec->off);
		rec->crc = (uint32_t)crc32(rec->crc, in, (uInt)(z->next_in - in));
		s->at += (size_t)(z->next_in - in);
		if (IO_CHUNK - z->avail_out > h.size - produced)
			return byoc_fail(BYOC_EPROTO, "the pack's object at %llu is longer than its header says",
					 (unsigned long long)rec->off);
		if (whole)
			EVP_DigestUpdate(s->oid, scratch, IO_CHUNK - z->avail_out);
		produced += IO_CHUNK - z->avail_out;
		if (zr == Z_BUF_ERROR && z->next_in == in && z->avail_out == IO_CHUNK)
			return byoc_fail(BYOC_EPROTO, "the pack's object at %llu does not inflate", (unsigned long long)rec->off);
	}
	if (produced != h.size)
		return byoc_fail(BYOC_EPROTO, "the pack's object at %llu is shorter than its header says",
				 (unsigned long long)rec->off);
	if (whole)
		EVP_DigestFinal_ex(s->oid, rec->oid, NULL);
	else
		memset(rec->oid, 0, 20);
	return 0;
}

struct idxout {
	int fd;
	EVP_MD_CTX *sha;
	unsigned char buf[IO_CHUNK];
	size_t len;
};

static int idx_put(struct idxout *o, const void *b, size_t n)
{
	EVP_DigestUpdate(o->sha, b, n);
	while (n) {
		size_t k = sizeof(o->buf) - o->len < n ? sizeof(o->buf) - o->len : n;

		memcpy(o->buf + o->len, b, k);
		o->len += k;
		b = (const char *)b + k;
		n -= k;
		if (o->len == sizeof(o->buf)) {
			if (write_full(o->fd, o->buf, o->len))
				return BYOC_EIO;
			o->len = 0;
		}
	}
	return 0;
}

/* The .idx v2: fanout, ids, crcs, offsets (31 bits, or an index into 64-bit ones), checksums. */
static int write_idx(int fd, FILE *table, uint64_t n, const uint32_t fan[256], const unsigned char checksum[20])
{
	static const unsigned char head[8] = { 0xff, 't', 'O', 'c', 0, 0, 0, 2 };
	struct idxout *o = calloc(1, sizeof(*o));
	unsigned char b[8], digest[EVP_MAX_MD_SIZE];
	uint32_t large = 0;
	int rc = 0;

	if (!o || !(o->sha = EVP_MD_CTX_new()) || !EVP_DigestInit_ex(o->sha, EVP_sha1(), NULL)) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	o->fd = fd;
	if (lseek(fd, 0, SEEK_SET) != 0 || ftruncate(fd, 0) != 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot write the pack's index");
		goto out;
	}
	if ((rc = idx_put(o, head, sizeof(head))))
		goto out;
	for (int i = 0, sum = 0; i < 256; i++) {
		sum += (int)fan[i];
		put_be32(b, (uint32_t)sum);
		if ((rc = idx_put(o, b, 4)))
			goto out;
	}
	for (int pass = 0; pass < 4; pass++) {
		struct idxrec x;

		rewind(table);
		for (uint64_t i = 0; i < n; i++) {
			if (fread(&x, sizeof(x), 1, table) != 1) {
				rc = byoc_fail_errno(BYOC_EIO, "cannot read a temporary file");
				goto out;
			}
			if (pass == 0) {
				rc = idx_put(o, x.oid, 20);
			} else if (pass == 1) {
				put_be32(b, x.crc);
				rc = idx_put(o, b, 4);
			} else if (pass == 2) {
				put_be32(b, x.off < 0x80000000u ? (uint32_t)x.off : 0x80000000u | large++);
				rc = idx_put(o, b, 4);
			} else if (x.off >= 0x80000000u) {
				put_be32(b, (uint32_t)(x.off >> 32));
				put_be32(b + 4, (uint32_t)x.off);
				rc = idx_put(o, b, 8);
			}
			if (rc)
				goto out;
		}
	}
	if ((rc = idx_put(o, checksum, 20)))
		goto out;
	EVP_DigestFinal_ex(o->sha, digest, NULL);
	memcpy(o->buf + o->len, digest, 20);
	o->len += 20;
	if (write_full(fd, o->buf, o->len))
		rc = BYOC_EIO;
out:
	if (o)
		EVP_MD_CTX_free(o->sha);
	free(o);
	return rc;
}


static int tick(gitpack_progress_fn progress, void *arg, uint64_t done, uint64_t total)
{
	if (progress && done % PROGRESS_EVERY == 0 && progress(arg, (unsigned)done, (unsigned)total))
		return byoc_fail(BYOC_EINTR, "interrupted");
	return 0;
}

/*
 * Gives the todo records of `in` (pass 1's, or those left by the round before) their ids
 * and adds them to sort; a REF_DELTA whose base is not known yet goes to still.
 */
static int resolve(struct pack *p, FILE *in, uint64_t todo, FILE *still, uint64_t *left, struct sorter *sort,
		   uint32_t fan[256], gitpack_progress_fn progress, void *arg)
{
	*left = 0;
	if (fflush(in) != 0 || fseeko(in, 0, SEEK_SET) != 0)
		return byoc_fail_errno(BYOC_EIO, "cannot read a temporary file");
	for (uint64_t i = 0; i < todo; i++) {
		struct objrec rec;
		struct cache_slot *hit;
		unsigned char *data = NULL;
		size_t len;
		int type, rc;

		if (fread(&rec, sizeof(rec), 1, in) != 1)
			return byoc_fail_errno(BYOC_EIO, "cannot read a temporary file");
		if (rec.type != OFS_DELTA && rec.type != REF_DELTA) {
			/* its id is pass 1's */
		} else if ((hit = cache_find(p->cache, rec.off))) {  /* resolved already as the base of another */
			object_id(hit->type, cache_data(p->cache, hit), hit->len, rec.oid);
		} else if ((rc = read_at(p, rec.off, 0, &type, &data, &len)) == 1) {
			if (fwrite(&rec, sizeof(rec), 1, still) != 1)
				return byoc_fail_errno(BYOC_EIO, "cannot write a temporary file");
			(*left)++;
			continue;
		} else if (rc < 0) {
			return rc;
		} else {
			object_id(type, data, len, rec.oid);
			cache_put(p->cache, rec.off, type, data, len);
			free(data);
		}
		fan[rec.oid[0]]++;
		if ((rc = sorter_add(sort, rec.oid, rec.crc, rec.off)) ||
		    (rc = tick(progress, arg, todo + i, 2 * todo)))
			return rc;
	}
	return 0;
}

int gitpack_index(int pack_fd, int idx_fd, unsigned char checksum[20], gitpack_progress_fn progress, void *arg)
{
	/* One piece: a single pass over the pack whose tables (offsets, CRCs, the delta cache)
	 * are filled and spilled together, with one cleanup of them all at out. */
	struct seq s = { 0 };
	struct cache *cache = calloc(1, sizeof(*cache));
	struct pack p = { 0 };
	struct sorter sort = { 0 };
	struct table tab = { 0 };
	FILE *objs = NULL, *pending = NULL, *table = NULL;
	unsigned char *scratch = malloc(IO_CHUNK), head[12], digest[EVP_MAX_MD_SIZE], trailer[20];
	uint32_t fan[256] = { 0 };
	uint64_t count;
	struct stat st;
	int rc = 0;

	s.buf = malloc(IO_CHUNK);
	s.sha = EVP_MD_CTX_new();
	s.oid = EVP_MD_CTX_new();
	s.z_ready = inflateInit(&s.z) == Z_OK;
	if (!cache || !scratch || !s.buf || !s.sha || !s.oid || !s.z_ready || !EVP_DigestInit_ex(s.sha, EVP_sha1(), NULL)) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	if (fstat(pack_fd, &st) != 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot read the pack");
		goto out;
	}
	if (st.st_size < 12 + 20) {
		rc = byoc_fail(BYOC_EPROTO, "the pack is too short (%lld bytes)", (long long)st.st_size);
		goto out;
	}
	s.fd = pack_fd;
	s.end = (uint64_t)st.st_size - 20;
	if ((rc = seq_fill(&s, 12)))
		goto out;
	memcpy(head, s.buf, 12);
	if (memcmp(head, "PACK", 4) != 0 || (be32(head + 4) != 2 && be32(head + 4) != 3)) {
		rc = byoc_fail(BYOC_EPROTO, "not a git pack (version 2 or 3)");
		goto out;
	}
	count = be32(head + 8);
	s.at = 12;
	if ((rc = spool_open(&objs)))
		goto out;

	/* pass 1, in pack order: where each object is, its crc, the id of each whole object */
	for (uint64_t i = 0; i < count; i++) {
		struct objrec rec;

		memset(&rec, 0, sizeof(rec));  /* its padding is written too */
		if ((rc = seq_object(&s, &rec, scratch)))
			goto out;
		if (fwrite(&rec, sizeof(rec), 1, objs) != 1) {
			rc = byoc_fail_errno(BYOC_EIO, "cannot write a temporary file");
			goto out;
		}
		if ((rc = tick(progress, arg, i, count * 2)))
			goto out;
	}
	if (s.pos + s.at != s.end) {
		rc = byoc_fail(BYOC_EPROTO, "the pack has %llu bytes after its %llu objects",
			       (unsigned long long)(s.end - s.pos - s.at), (unsigned long long)count);
		goto out;
	}
	EVP_DigestFinal_ex(s.sha, digest, NULL);
	if ((rc = pread_full(pack_fd, trailer, 20, s.end)))
		goto out;
	if (memcmp(digest, trailer, 20) != 0) {
		rc = byoc_fail(BYOC_EPROTO, "the pack's checksum does not match its content");
		goto out;
	}
	memcpy(checksum, trailer, 20);

	/* pass 2: the ids of deltas; then REF_DELTAs, a round at a time, each round resolving
	 * those whose base the round before found (they wait in `pending` between rounds) */
	p.fd = pack_fd;
	p.end = s.end;
	p.cache = cache;
	p.lookup = no_lookup;
	pending = objs;  /* the first round takes every object */
	objs = NULL;
	for (uint64_t todo = count, left;; todo = left) {
		FILE *still = NULL, *merged = NULL;
		struct segment *all;

		if ((rc = spool_open(&still)))
			goto out;
		rc = resolve(&p, pending, todo, still, &left, &sort, fan, progress, arg);
		fclose(pending);
		pending = still;
		if (rc || (rc = sorter_flush(&sort)))
			goto out;
		if (left && left == todo) {
			rc = byoc_fail(BYOC_EPROTO, "the pack has %llu deltas on objects it does not hold (a thin pack)",
				       (unsigned long long)left);
			goto out;
		}
		/* the table so far and this round's sorted runs, merged */
		if (!(all = calloc(sort.nseg + 1, sizeof(*all)))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		if (table)
			all[0] = (struct segment){ fileno(table), 0, tab.n };
		if (sort.nseg)
			memcpy(all + 1, sort.seg, sort.nseg * sizeof(*all));
		rc = merge(table ? all : all + 1, sort.nseg + (table ? 1 : 0), false, &merged, &tab.n);
		free(all);
		sorter_release(&sort);
		if (rc)
			goto out;
		if (table)
			fclose(table);
		table = merged;
		if (!left)
			break;
		tab.fd = fileno(table);
		p.lookup = table_lookup;
		p.lookup_arg = &tab;
		cache_clear(cache);
		if ((rc = tick(progress, arg, 0, count)))
			goto out;
	}
	if (tab.n != count) {
		rc = byoc_fail(BYOC_EPROTO, "the pack's index lost objects");
		goto out;
	}
	rc = write_idx(idx_fd, table, tab.n, fan, checksum);
out:
	if (cache)
		cache_clear(cache);
	free(cache);
	free(scratch);
	free(s.buf);
	EVP_MD_CTX_free(s.sha);
	EVP_MD_CTX_free(s.oid);
	if (s.z_ready)
		inflateEnd(&s.z);
	sorter_release(&sort);
	if (objs)
		fclose(objs);
	if (pending)
		fclose(pending);
	if (table)
		fclose(table);
	return rc;
}

/* ---- reading a repository's packs ------------------------------------------------------ */

struct idxfile {
	struct pack p;
	int idx_fd;
	uint32_t fan[256];
	uint64_t n;
};

struct gitpack_odb {
	struct idxfile *packs;
	size_t npacks;
	struct cache cache;
	gitpack_fallback_fn fallback;
	void *arg;
};

static int idx_lookup(void *arg, const unsigned char oid[20], uint64_t *off)
{
	const struct idxfile *f = arg;
	unsigned char b[8];
	uint64_t i;
	uint32_t o;
	int rc = find_id(f->idx_fd, 1032, 20, oid[0] ? f->fan[oid[0] - 1] : 0, f->fan[oid[0]], oid, &i);

	if (rc)
		return rc;
	/* 31-bit offsets, or an index into the 64-bit ones */
	if (pread_full(f->idx_fd, b, 4, 1032 + 24 * f->n + 4 * i))
		return BYOC_EIO;
	o = be32(b);
	if (!(o & 0x80000000u)) {
		*off = o;
		return 0;
	}
	if (pread_full(f->idx_fd, b, 8, 1032 + 28 * f->n + 8 * (uint64_t)(o & 0x7fffffffu)))
		return BYOC_EIO;
	*off = (uint64_t)be32(b) << 32 | be32(b + 4);
	return 0;
}

static int open_pack(struct gitpack_odb *db, const char *idx_path)
{
	struct idxfile f = { 0 };
	unsigned char b[1032];
	struct stat st;
	size_t plen = strlen(idx_path);
	char *pack_path = malloc(plen + 2);
	int rc = 0;

	f.p.fd = f.idx_fd = -1;
	if (!pack_path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	memcpy(pack_path, idx_path, plen - 4);  /* "x.idx" -> "x.pack" */
	memcpy(pack_path + plen - 4, ".pack", 6);
	f.idx_fd = open(idx_path, O_RDONLY | O_CLOEXEC);
	f.p.fd = open(pack_path, O_RDONLY | O_CLOEXEC);
	free(pack_path);
	if (f.idx_fd < 0 || f.p.fd < 0)
		goto skip;  /* a pack being written or removed: not ours to read */
	if (pread_full(f.idx_fd, b, sizeof(b), 0) || memcmp(b, "\377tOc\0\0\0\2", 8) != 0)
		goto skip;  /* version 1 indexes: left to the fallback */
	for (int i = 0; i < 256; i++) {
		f.fan[i] = be32(b + 8 + 4 * i);
		if (i && f.fan[i] < f.fan[i - 1])
			goto skip;
	}
	f.n = f.fan[255];
	if (fstat(f.idx_fd, &st) != 0 || (uint64_t)st.st_size < 1032 + 28 * f.n + 40)
		goto skip;
	if (fstat(f.p.fd, &st) != 0 || st.st_size < 32)
		goto skip;
	f.p.end = (uint64_t)st.st_size - 20;
	f.p.cache = &db->cache;
	f.p.key = (uint64_t)(db->npacks + 1) << 48;
	f.p.lookup = idx_lookup;
	{
		struct idxfile *v = realloc(db->packs, (db->npacks + 1) * sizeof(*v));

		if (!v) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto skip;
		}
		db->packs = v;
		db->packs[db->npacks++] = f;
	}
	return 0;
skip:
	if (f.idx_fd >= 0)
		close(f.idx_fd);
	if (f.p.fd >= 0)
		close(f.p.fd);
	return rc;
}

int gitpack_odb_open(struct gitpack_odb **out, const char *objects_dir, gitpack_fallback_fn fallback, void *arg)
{
	struct gitpack_odb *db = calloc(1, sizeof(*db));
	struct buf path;
	DIR *d;
	struct dirent *e;
	int rc = 0;

	*out = NULL;
	if (!db)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	db->fallback = fallback;
	db->arg = arg;
	buf_init(&path, 1 << 16);
	buf_printf(&path, "%s/pack", objects_dir);
	if ((d = opendir(path.data))) {
		while (!rc && (e = readdir(d))) {
			size_t n = strlen(e->d_name);

			if (n < 5 || strcmp(e->d_name + n - 4, ".idx") != 0)
				continue;
			buf_reset(&path);
			buf_printf(&path, "%s/pack/%s", objects_dir, e->d_name);
			rc = open_pack(db, path.data);
		}
		closedir(d);
	}
	/* a REF_DELTA's base is looked up in its own pack: git keeps a pack whole */
	for (size_t i = 0; i < db->npacks; i++)
		db->packs[i].p.lookup_arg = &db->packs[i];
	buf_release(&path);
	if (rc) {
		gitpack_odb_free(db);
		return rc;
	}
	*out = db;
	return 0;
}

static int find(struct gitpack_odb *db, const unsigned char oid[20], struct idxfile **f, uint64_t *off)
{
	for (size_t i = 0; i < db->npacks; i++) {
		int rc = idx_lookup(&db->packs[i], oid, off);

		if (rc < 0)
			return rc;
		if (rc == 0) {
			*f = &db->packs[i];
			return 0;
		}
	}
	return 1;
}

static int not_found(const unsigned char oid[20])
{
	char hex[41];

	hex_encode(hex, oid, 20);
	return byoc_fail(BYOC_ENOTFOUND, "object %s is missing from the repository", hex);
}

/* The object find() placed (found 0: at f, off; 1: in no pack, so the fallback's), whole. */
static int read_found(struct gitpack_odb *db, const unsigned char oid[20], int found, struct idxfile *f, uint64_t off,
		      int *type, unsigned char **data, size_t *len)
{
	struct cache_slot *hit;
	int rc;

	if (found == 1) {
		if (db->fallback && db->fallback(db->arg, oid, type, data, len) == 0)
			return 0;
		return not_found(oid);
	}
	if ((hit = cache_find(&db->cache, f->p.key ^ off))) {
		if (!(*data = malloc(hit->len + 1)))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		memcpy(*data, cache_data(&db->cache, hit), hit->len);
		(*data)[hit->len] = 0;
		*len = hit->len;
		*type = hit->type;
		return 0;
	}
	rc = read_at(&f->p, off, 0, type, data, len);
	if (rc == 1)
		return byoc_fail(BYOC_EPROTO, "a pack of the repository has a delta on an object it does not hold");
	return rc;
}

int gitpack_odb_read(struct gitpack_odb *db, const unsigned char oid[20], int *type, unsigned char **data, size_t *len)
{
	struct idxfile *f = NULL;
	uint64_t off = 0;
	int rc = find(db, oid, &f, &off);

	return rc < 0 ? rc : read_found(db, oid, rc, f, off, type, data, len);
}

/*
 * An object to sink, after begin(arg, type, size): straight from its pack when stored
 * whole (however big), else rebuilt from its deltas (or the fallback's) whole first.
 */
typedef int (*begin_fn)(void *arg, int type, uint64_t size);

static int stream_object(struct gitpack_odb *db, const unsigned char oid[20], begin_fn begin, sink_fn sink, void *arg)
{
	struct idxfile *f = NULL;
	struct objhdr h;
	unsigned char *data = NULL;
	size_t len;
	uint64_t off = 0;
	int type, rc = find(db, oid, &f, &off), found = rc;

	if (rc < 0)
		return rc;
	if (found == 0 && (rc = read_hdr(&f->p, off, &h)))
		return rc;
	if (found == 0 && h.type != OFS_DELTA && h.type != REF_DELTA)
		return (rc = begin(arg, h.type, h.size)) ? rc : inflate_at(&f->p, &h, NULL, sink, arg);
	if ((rc = read_found(db, oid, found, f, off, &type, &data, &len)) == 0 && (rc = begin(arg, type, len)) == 0 && len)
		rc = sink(arg, data, len);
	free(data);
	return rc;
}

struct fdsink {
	int fd;
	uint64_t *size;
};

static int fd_begin(void *arg, int type, uint64_t size)
{
	if (type != GITPACK_BLOB)
		return byoc_fail(BYOC_EPROTO, "the repository names a %s where a file's content should be", type_names[type]);
	*((struct fdsink *)arg)->size = size;
	return 0;
}

static int to_fd(void *arg, const unsigned char *b, size_t n)
{
	return write_full(((struct fdsink *)arg)->fd, b, n);
}

int gitpack_odb_blob_to_fd(struct gitpack_odb *db, const unsigned char oid[20], int fd, uint64_t *size)
{
	struct fdsink k = { fd, size };

	return stream_object(db, oid, fd_begin, to_fd, &k);
}

void gitpack_odb_free(struct gitpack_odb *db)
{
	if (!db)
		return;
	for (size_t i = 0; i < db->npacks; i++) {
		close(db->packs[i].idx_fd);
		close(db->packs[i].p.fd);
	}
	free(db->packs);
	cache_clear(&db->cache);
	free(db);
}
