#include "lib/manifest.h"
#include "util/err.h"

#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

void manifest_init(struct manifest *m)
{
	memset(m, 0, sizeof(*m));
	m->sorted = true;
}

void manifest_release(struct manifest *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->v[i].path);
	free(m->v);
	manifest_init(m);
}

int manifest_add(struct manifest *m, const char *path, char type, uint64_t size, const unsigned char sha[32])
{
	struct manifest_entry *e;

	if (!path || !*path)
		return byoc_fail(BYOC_EUSAGE, "manifest entry with an empty path");
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64;
		struct manifest_entry *v = realloc(m->v, cap * sizeof(*v));

		if (!v)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		m->v = v;
		m->cap = cap;
	}
	e = &m->v[m->n];
	e->path = strdup(path);
	if (!e->path)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	e->type = type;
	e->size = size;
	if (sha)
		memcpy(e->sha, sha, 32);
	else
		memset(e->sha, 0, 32);
	if (m->n && m->sorted && strcmp(m->v[m->n - 1].path, path) >= 0)
		m->sorted = false;
	m->n++;
	return 0;
}

int manifest_add_link(struct manifest *m, const char *path, const char *target)
{
	unsigned char sha[32];
	size_t n = strlen(target);

	if (!EVP_Digest(target, n, sha, NULL, EVP_sha256(), NULL))
		return byoc_fail(BYOC_EFAIL, "sha256 failed");
	return manifest_add(m, path, 'l', n, sha);
}

static int cmp_entry(const void *a, const void *b)
{
	const struct manifest_entry *x = a, *y = b;

	return strcmp(x->path, y->path);
}

/* by path, then by the order of adding: of equal paths the last added sorts last */
static int cmp_index(const void *a, const void *b, void *arg)
{
	const struct manifest_entry *v = arg;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int c = strcmp(v[x].path, v[y].path);

	if (c)
		return c;
	return x < y ? -1 : x > y;
}

/* Sorts an index of 4 bytes an entry rather than copies of the entries (56 bytes), then
 * moves the entries into place along the permutation's cycles. */
void manifest_sort(struct manifest *m)
{
	uint32_t *ix;
	size_t i, j, k;

	if (m->sorted || m->n < 2) {
		m->sorted = true;
		return;
	}
	ix = m->n <= UINT32_MAX ? malloc(m->n * sizeof(*ix)) : NULL;
	if (!ix) {
		/* fall back to an unstable sort; duplicates are rare */
		qsort(m->v, m->n, sizeof(*m->v), cmp_entry);
		m->sorted = true;
		return;
	}
	for (i = 0; i < m->n; i++)
		ix[i] = (uint32_t)i;
	qsort_r(ix, m->n, sizeof(*ix), cmp_index, m->v);
	/* slot i is to hold entry ix[i]: follow each cycle once, marking done slots */
	for (i = 0; i < m->n; i++) {
		struct manifest_entry first;

		if (ix[i] == i)
			continue;
		first = m->v[i];
		for (j = i; (k = ix[j]) != i; j = k) {
			m->v[j] = m->v[k];
			ix[j] = (uint32_t)j;
		}
		m->v[j] = first;
		ix[j] = (uint32_t)j;
	}
	free(ix);
	/* of equal paths keep the last added: a later entry overwrites an earlier one */
	for (i = 0, j = 0; i < m->n; i++) {
		if (i + 1 < m->n && strcmp(m->v[i].path, m->v[i + 1].path) == 0) {
			free(m->v[i].path);
			continue;
		}
		m->v[j++] = m->v[i];
	}
	m->n = j;
	m->sorted = true;
}

static bool has_path(const struct manifest *m, const char *path)
{
	struct manifest_entry key = { .path = (char *)path };

	return m->n && bsearch(&key, m->v, m->n, sizeof(*m->v), cmp_entry) != NULL;
}

int manifest_add_parents(struct manifest *m)
{
	struct manifest extra;
	size_t i, n;
	char *p, *slash;
	int rc = 0;

	manifest_sort(m);
	manifest_init(&extra);
	n = m->n;
	for (i = 0; i < n && !rc; i++) {
		p = strdup(m->v[i].path);
		if (!p)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		for (slash = strchr(p, '/'); slash && !rc; slash = strchr(slash + 1, '/')) {
			*slash = '\0';
			if (!has_path(m, p)) {
				manifest_sort(&extra);
				if (!has_path(&extra, p))
					rc = manifest_add(&extra, p, 'd', 0, NULL);
			}
			*slash = '/';
		}
		free(p);
	}
	for (i = 0; i < extra.n && !rc; i++)
		rc = manifest_add(m, extra.v[i].path, 'd', 0, NULL);
	manifest_release(&extra);
	manifest_sort(m);
	return rc;
}

int manifest_merge(struct manifest *m, const struct manifest *src)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < src->n && !rc; i++)
		rc = manifest_add(m, src->v[i].path, src->v[i].type, src->v[i].size,
				  src->v[i].type == 'd' ? NULL : src->v[i].sha);
	return rc;
}

int manifest_take(struct manifest *m, struct manifest *src)
{
	size_t i;

	if (m->n == 0) {  /* the whole array changes hands */
		free(m->v);
		*m = *src;
		manifest_init(src);
		return 0;
	}
	if (src->n > m->cap - m->n) {
		size_t cap = m->n + src->n;
		struct manifest_entry *v = realloc(m->v, cap * sizeof(*v));

		if (!v)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		m->v = v;
		m->cap = cap;
	}
	for (i = 0; i < src->n; i++) {
		if (m->n && m->sorted && strcmp(m->v[m->n - 1].path, src->v[i].path) >= 0)
			m->sorted = false;
		m->v[m->n++] = src->v[i];
	}
	free(src->v);
	manifest_init(src);
	return 0;
}

static const char hexd[] = "0123456789abcdef";
static const char hexu[] = "0123456789ABCDEF";

int manifest_escape(const char *path, struct buf *out)
{
	const unsigned char *p;
	char tmp[3];
	int rc;

	for (p = (const unsigned char *)path; *p; p++) {
		if (*p >= 0x21 && *p <= 0x7e && *p != '%') {
			rc = buf_append(out, p, 1);
		} else {
			tmp[0] = '%';
			tmp[1] = hexu[*p >> 4];
			tmp[2] = hexu[*p & 15];
			rc = buf_append(out, tmp, 3);
		}
		if (rc)
			return rc;
	}
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int manifest_unescape(const char *s, size_t n, struct buf *out)
{
	size_t i;
	int hi, lo, rc;
	unsigned char c;

	buf_reset(out);
	if (!n)
		return byoc_fail(BYOC_EPROTO, "empty path");
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '%') {
			if (i + 2 >= n)
				return byoc_fail(BYOC_EPROTO, "truncated %% escape");
			hi = hexval(s[i + 1]);
			lo = hexval(s[i + 2]);
			if (hi < 0 || lo < 0)
				return byoc_fail(BYOC_EPROTO, "bad %% escape");
			c = (unsigned char)(hi << 4 | lo);
			if (c == 0)
				return byoc_fail(BYOC_EPROTO, "NUL byte in path");
			i += 2;
		} else if (c < 0x21 || c > 0x7e) {
			return byoc_fail(BYOC_EPROTO, "unescaped byte 0x%02x in path", c);
		}
		if ((rc = buf_append(out, &c, 1)))
			return rc;
	}
	return 0;
}

int manifest_entry_line(const struct manifest_entry *e, struct buf *out)
{
	char hex[65];
	int i, rc;

	if (e->type == 'd' || e->type == 'o') {
		rc = buf_printf(out, "%c 0 - ", e->type);
	} else {
		for (i = 0; i < 32; i++) {
			hex[2 * i] = hexd[e->sha[i] >> 4];
			hex[2 * i + 1] = hexd[e->sha[i] & 15];
		}
		hex[64] = '\0';
		rc = buf_printf(out, "%c %llu %s ", e->type, (unsigned long long)e->size, hex);
	}
	if (!rc)
		rc = manifest_escape(e->path, out);
	if (!rc)
		rc = buf_append(out, "\n", 1);
	return rc;
}

int manifest_write(struct manifest *m, FILE *f)
{
	struct buf line;
	size_t i;
	int rc = 0;

	manifest_sort(m);
	buf_init(&line, 1 << 20);
	for (i = 0; i < m->n && !rc; i++) {
		buf_reset(&line);
		rc = manifest_entry_line(&m->v[i], &line);
		if (!rc && fwrite(line.data, 1, line.len, f) != line.len)
			rc = byoc_fail_errno(BYOC_EIO, "cannot write manifest");
	}
	buf_release(&line);
	return rc;
}

int manifest_sha256(struct manifest *m, char hexout[65])
{
	EVP_MD_CTX *ctx;
	unsigned char md[32];
	struct buf line;
	size_t i;
	int rc = 0;

	manifest_sort(m);
	ctx = EVP_MD_CTX_new();
	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(ctx);
		return byoc_fail(BYOC_ENOMEM, "sha256 context");
	}
	buf_init(&line, 1 << 20);
	for (i = 0; i < m->n && !rc; i++) {
		buf_reset(&line);
		rc = manifest_entry_line(&m->v[i], &line);
		if (!rc && !EVP_DigestUpdate(ctx, line.data, line.len))
			rc = byoc_fail(BYOC_EFAIL, "sha256 failed");
	}
	if (!rc && !EVP_DigestFinal_ex(ctx, md, NULL))
		rc = byoc_fail(BYOC_EFAIL, "sha256 failed");
	if (!rc) {
		for (i = 0; i < 32; i++) {
			hexout[2 * i] = hexd[md[i] >> 4];
			hexout[2 * i + 1] = hexd[md[i] & 15];
		}
		hexout[64] = '\0';
	}
	buf_release(&line);
	EVP_MD_CTX_free(ctx);
	return rc;
}

static int parse_line(struct manifest *m, const char *s, size_t n, struct buf *path)
{
	unsigned char sha[32];
	const char *p = s, *end = s + n, *sp;
	unsigned long long size = 0;
	char type;
	int i, hi, lo, rc;

	if (n < 7 || s[1] != ' ')
		return byoc_fail(BYOC_EPROTO, "expected '<type> <size> <sha256> <path>'");
	type = s[0];
	if (type != 'f' && type != 'd' && type != 'l' && type != 'o')
		return byoc_fail(BYOC_EPROTO, "unknown entry type '%c'", type);
	p = s + 2;
	if (p >= end || *p < '0' || *p > '9')
		return byoc_fail(BYOC_EPROTO, "bad size");
	for (; p < end && *p >= '0' && *p <= '9'; p++) {
		if (size > (UINT64_MAX - 9) / 10)
			return byoc_fail(BYOC_EPROTO, "size out of range");
		size = size * 10 + (unsigned)(*p - '0');
	}
	if (p >= end || *p != ' ')
		return byoc_fail(BYOC_EPROTO, "bad size");
	p++;
	sp = memchr(p, ' ', (size_t)(end - p));
	if (!sp)
		return byoc_fail(BYOC_EPROTO, "missing path");
	memset(sha, 0, sizeof(sha));
	if (type == 'd' || type == 'o') {
		if (sp - p != 1 || *p != '-' || size != 0)
			return byoc_fail(BYOC_EPROTO, "a directory has size 0 and sha256 '-'");
	} else {
		if (sp - p != 64)
			return byoc_fail(BYOC_EPROTO, "bad sha256");
		for (i = 0; i < 32; i++) {
			hi = hexval(p[2 * i]);
			lo = hexval(p[2 * i + 1]);
			if (hi < 0 || lo < 0 || (p[2 * i] >= 'A' && p[2 * i] <= 'F') ||
			    (p[2 * i + 1] >= 'A' && p[2 * i + 1] <= 'F'))
				return byoc_fail(BYOC_EPROTO, "bad sha256");
			sha[i] = (unsigned char)(hi << 4 | lo);
		}
	}
	p = sp + 1;
	if ((rc = manifest_unescape(p, (size_t)(end - p), path)))
		return rc;
	return manifest_add(m, path->data, type, size, type == 'd' || type == 'o' ? NULL : sha);
}

int manifest_parse(struct manifest *m, const char *text, size_t len)
{
	struct buf path;
	const char *p = text, *end = text + len, *nl;
	size_t lineno = 0, i;
	int rc = 0;

	buf_init(&path, 1 << 16);
	while (p < end) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (nl > p && (rc = parse_line(m, p, (size_t)(nl - p), &path))) {
			rc = byoc_fail_wrap(rc, "manifest line %zu", lineno);
			goto out;
		}
		p = nl + 1;
	}
	m->sorted = false;
	{
		size_t before = m->n;

		/* detect duplicates before manifest_sort collapses them */
		struct manifest_entry *v = m->v;

		if (m->n > 1)
			qsort(v, m->n, sizeof(*v), cmp_entry);
		for (i = 1; i < before; i++) {
			if (strcmp(v[i - 1].path, v[i].path) == 0) {
				rc = byoc_fail(BYOC_EPROTO, "manifest lists a path twice");
				goto out;
			}
		}
		m->sorted = true;
	}
out:
	buf_release(&path);
	return rc;
}

static void describe(char *out, size_t n, const char *what, const char *path)
{
	struct buf e;

	buf_init(&e, 8192);
	if (manifest_escape(path, &e) == 0)
		snprintf(out, n, "%s '%s'", what, e.data);
	else
		snprintf(out, n, "%s (a very long path)", what);
	buf_release(&e);
}

static const char *type_name(char t)
{
	switch (t) {
	case 'f': return "file";
	case 'd': return "directory";
	case 'l': return "symlink";
	default: return "special file";
	}
}

int manifest_compare(struct manifest *a, struct manifest *b, char *diff, size_t n)
{
	size_t i = 0, j = 0;
	int c;
	char what[160];
	const struct manifest_entry *x, *y;

	manifest_sort(a);
	manifest_sort(b);
	while (i < a->n || j < b->n) {
		if (i == a->n) {
			describe(diff, n, "unexpected in sandbox:", b->v[j].path);
			return 1;
		}
		if (j == b->n) {
			describe(diff, n, "missing in sandbox:", a->v[i].path);
			return 1;
		}
		x = &a->v[i];
		y = &b->v[j];
		c = strcmp(x->path, y->path);
		if (c < 0) {
			describe(diff, n, "missing in sandbox:", x->path);
			return 1;
		}
		if (c > 0) {
			describe(diff, n, "unexpected in sandbox:", y->path);
			return 1;
		}
		if (x->type != y->type) {
			snprintf(what, sizeof(what), "is a %s in the sandbox, expected a %s:",
				 type_name(y->type), type_name(x->type));
			describe(diff, n, what, x->path);
			return 1;
		}
		if (x->size != y->size) {
			snprintf(what, sizeof(what), "size %llu in the sandbox, expected %llu:",
				 (unsigned long long)y->size, (unsigned long long)x->size);
			describe(diff, n, what, x->path);
			return 1;
		}
		if (memcmp(x->sha, y->sha, 32) != 0) {
			describe(diff, n, x->type == 'l' ? "symlink target differs in the sandbox:"
				 : "content (sha256) differs in the sandbox:", x->path);
			return 1;
		}
		i++;
		j++;
	}
	if (n)
		diff[0] = '\0';
	return 0;
}

uint64_t manifest_bytes(const struct manifest *m)
{
	uint64_t t = 0;
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->v[i].type == 'f')
			t += m->v[i].size;
	return t;
}

int manifest_shell_quote(const char *s, struct buf *out)
{
	int rc = buf_append(out, "'", 1);

	for (; !rc && *s; s++) {
		if (*s == '\'')
			rc = buf_puts(out, "'\"'\"'");
		else
			rc = buf_append(out, s, 1);
	}
	if (!rc)
		rc = buf_append(out, "'", 1);
	return rc;
}

/* Both halves print sorted canonical lines: python sorts by the raw path bytes;
 * the fallback sorts lines prefixed by the hex of the path (hex keeps byte order).
 * Each hashing thread keeps one read buffer: a new 1 MiB buffer per file had python
 * zero 10 GiB to hash 10,000 files of 100 KiB, and took 40% of the hashing time. The
 * threads take the next file from a shared counter: a ThreadPoolExecutor's future and
 * wake-up per file cost as much CPU again (1 GiB in 10,000 files: 0.5 s, not 0.9 s). */
static const char sandbox_script[] =
	"byoc_manifest_py='\n"
	"import os, sys, hashlib, threading, itertools\n"
	"def esc(b):\n"
	"    return \"\".join(chr(c) if 0x21 <= c <= 0x7e and c != 0x25 else \"%%%02X\" % c for c in b)\n"
	"out = []\n"
	"files = []\n"
	"def walk(d, rel):\n"
	"    with os.scandir(d) as it:\n"
	"        ents = list(it)\n"
	"    for e in ents:\n"
	"        n = rel + b\"/\" + e.name if rel else e.name\n"
	"        if e.is_symlink():\n"
	"            t = os.readlink(e.path)\n"
	"            out.append((n, \"l %d %s \" % (len(t), hashlib.sha256(t).hexdigest())))\n"
	"        elif e.is_dir(follow_symlinks=False):\n"
	"            out.append((n, \"d 0 - \"))\n"
	"            walk(e.path, n)\n"
	"        elif e.is_file(follow_symlinks=False):\n"
	"            files.append((n, e.path))\n"
	"        else:\n"
	"            out.append((n, \"o 0 - \"))\n"
	"def hf(p, b, mv):\n"
	"    h = hashlib.sha256()\n"
	"    s = 0\n"
	"    with open(p, \"rb\", buffering=0) as f:\n"
	"        while True:\n"
	"            k = f.readinto(b)\n"
	"            if not k:\n"
	"                break\n"
	"            h.update(mv[:k])\n"
	"            s += k\n"
	"    return \"f %d %s \" % (s, h.hexdigest())\n"
	"walk(os.fsencode(sys.argv[1]), b\"\")\n"
	"res = [None] * len(files)\n"
	"nxt = itertools.count()\n"
	"def work():\n"
	"    b = bytearray(1048576)\n"
	"    mv = memoryview(b)\n"
	"    while True:\n"
	"        i = next(nxt)\n"
	"        if i >= len(files):\n"
	"            return\n"
	"        res[i] = hf(files[i][1], b, mv)\n"
	"ts = [threading.Thread(target=work) for k in range(max(2, os.cpu_count() or 1))]\n"
	"for t in ts:\n"
	"    t.start()\n"
	"for t in ts:\n"
	"    t.join()\n"
	"for (n, p), l in zip(files, res):\n"
	"    if l is None:\n"
	"        sys.exit(\"a hashing thread failed\")\n"
	"    out.append((n, l))\n"
	"out.sort()\n"
	"w = sys.stdout.write\n"
	"h = hashlib.sha256()\n"
	"for n, l in out:\n"
	"    t = l + esc(n) + \"\\n\"\n"
	"    h.update(t.encode())\n"
	"    w(t)\n"
	"if len(sys.argv) > 2 and sys.argv[2]:\n"
	"    with open(sys.argv[2], \"w\") as f:\n"
	"        f.write(h.hexdigest())\n"
	"'\n"
	"if command -v python3 >/dev/null 2>&1; then\n"
	"  python3 -c \"$byoc_manifest_py\" \"$BYOC_ROOT\" \"${BYOC_SUM:-}\"\n"
	"else\n"
	"  cd \"$BYOC_ROOT\" || exit 3\n"
	"  find . -mindepth 1 -print0 | while IFS= read -r -d '' p; do\n"
	"    n=${p#./}\n"
	"    h=$(printf '%s' \"$n\" | od -An -v -tx1 | tr -d ' \\n')\n"
	"    if [ -L \"$p\" ]; then\n"
	"      l=\"l $(readlink -n \"$p\" | wc -c) $(readlink -n \"$p\" | sha256sum | cut -c1-64)\"\n"
	"    elif [ -d \"$p\" ]; then l='d 0 -'\n"
	"    elif [ -f \"$p\" ]; then l=\"f $(stat -c %s \"$p\") $(sha256sum < \"$p\" | cut -c1-64)\"\n"
	"    else l='o 0 -'; fi\n"
	"    printf '%s\\t%s\\n' \"$h\" \"$l\"\n"
	"  done | LC_ALL=C sort | awk -F '\\t' 'BEGIN { for (i = 0; i < 256; i++) { x = sprintf(\"%02x\", i);"
	" if (i >= 33 && i <= 126 && i != 37) m[x] = sprintf(\"%c\", i); else m[x] = sprintf(\"%%%02X\", i) } }"
	" { s = \"\"; for (i = 1; i < length($1); i += 2) s = s m[substr($1, i, 2)]; print $2 \" \" s }'\n"
	"fi\n";

const char *manifest_sandbox_script(void)
{
	return sandbox_script;
}
