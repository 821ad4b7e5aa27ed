/*
 * .dockerignore matching, a port of moby/patternmatcher: each pattern becomes
 * an anchored regular expression (POSIX ERE here, RE2 there; the translation
 * only emits constructs both read the same way).
 */
#include "lib/dockerignore.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/file.h"

#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DOCKERIGNORE_MAX_BYTES ((size_t)4 << 20)

struct pattern {
	char *text;      /* cleaned, without '!' */
	bool exclusion;  /* a '!' exception */
	regex_t re;
};

struct dockerignore {
	struct pattern *p;
	size_t n;
	bool exceptions;
};

void dockerignore_clean_path(const char *path, char *out)
{
	size_t n = strlen(path), r = 0, w = 0, dotdot = 0;
	bool rooted;

	if (n == 0) {
		memcpy(out, ".", 2);
		return;
	}
	rooted = path[0] == '/';
	if (rooted) {
		out[w++] = '/';
		r = dotdot = 1;
	}
	while (r < n) {
		if (path[r] == '/') {
			r++;
		} else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
			r++;
		} else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
			r += 2;
			if (w > dotdot) {
				w--;
				while (w > dotdot && out[w] != '/')
					w--;
			} else if (!rooted) {
				if (w > 0)
					out[w++] = '/';
				out[w++] = '.';
				out[w++] = '.';
				dotdot = w;
			}
		} else {
			if ((rooted && w != 1) || (!rooted && w != 0))
				out[w++] = '/';
			while (r < n && path[r] != '/')
				out[w++] = path[r++];
		}
	}
	if (w == 0)
		out[w++] = '.';
	out[w] = '\0';
}

/* Translates a cleaned pattern into an anchored ERE (patternmatcher's compile). */
static int to_regex(const char *pat, struct buf *re)
{
	size_t i = 0, n = strlen(pat);
	bool in_class = false;
	int rc = buf_puts(re, "^");

	while (i < n && rc == 0) {
		char ch = pat[i++];

		if (in_class) {
			if (ch == ']') {
				in_class = false;
				rc = buf_puts(re, "]");
			} else if (ch == '\\' && i < n) {
				rc = buf_append(re, &pat[i++], 1);
			} else {
				rc = buf_append(re, &ch, 1);
			}
			continue;
		}
		if (ch == '*') {
			if (i < n && pat[i] == '*') {
				i++;
				if (i < n && pat[i] == '/')
					i++;
				if (i >= n)
					rc = buf_puts(re, ".*");
				else
					rc = buf_puts(re, "(.*/)?");
			} else {
				rc = buf_puts(re, "[^/]*");
			}
		} else if (ch == '?') {
			rc = buf_puts(re, "[^/]");
		} else if (ch == '\\') {
			if (i < n) {
				char c = pat[i++];

				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
				    c == ']' || c == '/' || (unsigned char)c >= 0x80)
					rc = buf_append(re, &c, 1);
				else if ((rc = buf_puts(re, "\\")) == 0)
					rc = buf_append(re, &c, 1);
			} else {
				rc = buf_puts(re, "[\\]");
			}
		} else if (ch == '[') {
			in_class = true;
			rc = buf_puts(re, "[");
			/* Go's negation is '^'; keep a literal ']' right after '[' or '[^' in the class */
			if (i < n && pat[i] == '^')
				rc = buf_append(re, &pat[i++], 1);
		} else if (strchr(".+()|{}^$]", ch)) {
			if ((rc = buf_puts(re, "\\")) == 0)
				rc = buf_append(re, &ch, 1);
		} else {
			rc = buf_append(re, &ch, 1);
		}
	}
	if (rc == 0 && in_class)
		return BYOC_EUSAGE;   /* unclosed '[': Go's ErrBadPattern */
	if (rc == 0)
		rc = buf_puts(re, "$");
	return rc;
}

static int add_pattern(struct dockerignore *di, const char *name, int line, const char *raw)
{
	struct pattern *p;
	struct buf re;
	char *clean;
	bool excl = false;
	int rc;

	if (*raw == '!') {
		excl = true;
		raw++;
		while (*raw == ' ' || *raw == '\t')
			raw++;
	}
	if (!*raw)
		return excl ? byoc_fail(BYOC_EUSAGE, "%s line %d: illegal exclusion pattern \"!\"", name, line) : 0;
	if (!(clean = malloc(strlen(raw) + 2)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	dockerignore_clean_path(raw, clean);
	if (strlen(clean) > 1 && clean[0] == '/')
		memmove(clean, clean + 1, strlen(clean));
	p = realloc(di->p, (di->n + 1) * sizeof(*p));
	if (!p) {
		free(clean);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	di->p = p;
	p = &di->p[di->n];
	buf_init(&re, 1 << 16);
	rc = to_regex(clean, &re);
	if (rc == BYOC_EUSAGE || (rc == 0 && regcomp(&p->re, re.data, REG_EXTENDED | REG_NOSUB) != 0)) {
		rc = byoc_fail(BYOC_EUSAGE, "%s line %d: syntax error in pattern '%s'", name, line, raw);
		free(clean);
		buf_release(&re);
		return rc;
	}
	buf_release(&re);
	if (rc < 0) {
		free(clean);
		return rc;
	}
	p->text = clean;
	p->exclusion = excl;
	if (excl)
		di->exceptions = true;
	di->n++;
	return 0;
}

void dockerignore_free(struct dockerignore *di)
{
	size_t i;

	if (!di)
		return;
	for (i = 0; i < di->n; i++) {
		regfree(&di->p[i].re);
		free(di->p[i].text);
	}
	free(di->p);
	free(di);
}

int dockerignore_parse(const char *name, const char *text, size_t len, struct dockerignore **out)
{
	struct dockerignore *di;
	size_t pos = 0;
	int line = 0, rc = 0;
	char *l = NULL;

	*out = NULL;
	if (!name)
		name = ".dockerignore";
	if (!(di = calloc(1, sizeof(*di))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	while (pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos, a, b;

		pos += n + (nl ? 1 : 0);
		line++;
		if (n && s[0] == '#')
			continue;
		a = 0;
		b = n;
		while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r' || s[a] == '\v' || s[a] == '\f'))
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r' || s[b - 1] == '\v' ||
				 s[b - 1] == '\f'))
			b--;
		if (a == b)
			continue;
		if (memchr(s + a, '\0', b - a)) {
			rc = byoc_fail(BYOC_EUSAGE, "%s line %d: NUL byte in pattern", name, line);
			goto out;
		}
		free(l);
		if (!(l = strndup(s + a, b - a))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		if ((rc = add_pattern(di, name, line, l)) < 0)
			goto out;
	}
	*out = di;
	di = NULL;
out:
	free(l);
	dockerignore_free(di);
	return rc;
}

int dockerignore_load(const char *path, struct dockerignore **out)
{
	struct buf b;
	int rc;

	*out = NULL;
	rc = file_read_capped(path, DOCKERIGNORE_MAX_BYTES, NULL, &b);
	if (rc == BYOC_ENOTFOUND)
		return dockerignore_parse(path, "", 0, out);
	if (rc == 0)
		rc = dockerignore_parse(path, b.data, b.len, out);
	buf_release(&b);
	return rc;
}

static bool pat_match(const struct pattern *p, const char *s)
{
	return regexec(&p->re, s, 0, NULL, 0) == 0;
}

bool dockerignore_excluded(const struct dockerignore *di, const char *path)
{
	bool matched = false;
	char *file, *parent;
	size_t i, plen;

	if (!di || di->n == 0)
		return false;
	file = malloc(strlen(path) + 2);
	if (!file)
		return false;
	dockerignore_clean_path(path, file);
	parent = strrchr(file, '/');
	plen = parent ? (size_t)(parent - file) : 0;   /* parent "." when no '/' */
	for (i = 0; i < di->n; i++) {
		const struct pattern *p = &di->p[i];
		bool m;

		if (p->exclusion != matched)
			continue;
		m = pat_match(p, file);
		if (!m && plen > 0) {
			/* does the pattern match one of the parent folders? */
			size_t k;

			for (k = 1; k <= plen && !m; k++) {
				if (k == plen || file[k] == '/') {
					char save = file[k];

					file[k] = '\0';
					m = pat_match(p, file);
					file[k] = save;
				}
			}
		}
		if (m)
			matched = !p->exclusion;
	}
	free(file);
	return matched;
}

bool dockerignore_may_include_below(const struct dockerignore *di, const char *dir)
{
	size_t i, dl = strlen(dir);

	if (!di || !di->exceptions)
		return false;
	for (i = 0; i < di->n; i++) {
		const struct pattern *p = &di->p[i];
		size_t tl = strlen(p->text);

		if (!p->exclusion)
			continue;
		/* strings.HasPrefix(pattern + "/", dir + "/") */
		if (tl + 1 >= dl + 1 && strncmp(p->text, dir, dl) == 0 && (tl == dl ? true : p->text[dl] == '/'))
			return true;
	}
	return false;
}

size_t dockerignore_count(const struct dockerignore *di)
{
	return di ? di->n : 0;
}

bool dockerignore_has_exceptions(const struct dockerignore *di)
{
	return di && di->exceptions;
}
