#include "util/env.h"
#include "util/err.h"
#include "util/file.h"
#include "util/strmap.h"
#include "util/wipe.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kv {
	char *key;
	char *value;
	int file;     /* which file set it: 0 .env.local, 1 .env */
};

struct kvs {
	struct kv *v;
	size_t n, cap;
	struct strmap index;
};

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kvs vars;
static char **ignored;
static size_t nignored;
static int loaded;          /* 0 not yet, 1 read, <0 refused (the code) */
static char load_msg[512];


static const char *kv_key(const void *ctx, size_t pos)
{
	return ((const struct kvs *)ctx)->v[pos].key;
}

static void kvs_init(struct kvs *k)
{
	memset(k, 0, sizeof(*k));
}

static void kvs_release(struct kvs *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].key);
		wipe_str_free(k->v[i].value);
	}
	free(k->v);
	strmap_release(&k->index);
	kvs_init(k);
}

/* Sets key to value (both taken), unless an earlier file set it: a later line of the
 * same file wins, as dotenv tools read it; .env.local wins over .env. */
static int kvs_set(struct kvs *k, char *key, char *value, int file)
{
	size_t pos;

	if (!k->index.key)
		strmap_init(&k->index, kv_key, k);
	if (strmap_get(&k->index, key, &pos)) {
		free(key);
		if (k->v[pos].file != file) {
			wipe_str_free(value);
			return 0;
		}
		wipe_str_free(k->v[pos].value);
		k->v[pos].value = value;
		return 0;
	}
	if (k->n == k->cap) {
		size_t cap = k->cap ? k->cap * 2 : 16;
		struct kv *n = realloc(k->v, cap * sizeof(*n));

		if (!n)
			goto oom;
		k->v = n;
		k->cap = cap;
	}
	k->v[k->n] = (struct kv){ key, value, file };
	if (strmap_put(&k->index, k->n))
		goto oom;
	k->n++;
	return 0;
oom:
	free(key);
	wipe_str_free(value);
	return byoc_fail(BYOC_ENOMEM, "out of memory");
}

/* ---- the parser ----------------------------------------------------------------- */

struct parser {
	const char *path;
	size_t line;
	const char *p, *end;  /* the current line, without its line end */
};

static int bad(const struct parser *ps, const char *fmt, const char *arg)
{
	char what[256];

	snprintf(what, sizeof(what), fmt, arg);
	return byoc_fail(BYOC_EUSAGE, "%s:%zu: %s", ps->path, ps->line, what);
}

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool key_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
	       c == '-';
}

/* The value at ps->p, decoded into out (len bytes at most, NUL-terminated). */
static int value(struct parser *ps, const char *key, char *out)
{
	const char *p = ps->p, *e = ps->end;
	size_t n = 0;
	char quote = *p;

	if (quote == '"' || quote == '\'') {
		for (p++;; p++) {
			if (p >= e)
				return bad(ps, "the value of %s has no closing quote (values on several lines are not read)", key);
			if (*p == quote)
				break;
			if (quote == '"' && *p == '\\' && p + 1 < e) {
				static const char from[] = "nrtfvb\"'\\$", to[] = "\n\r\t\f\v\b\"'\\$";
				const char *k = strchr(from, p[1]);

				if (k) {
					out[n++] = to[k - from];
					p++;
					continue;
				}
			}
			out[n++] = *p;
		}
		for (p++; p < e && blank(*p); p++)
			;
		if (p < e && *p != '#')
			return bad(ps, "text after the closing quote of %s's value", key);
	} else {
		const char *v = p;

		for (; p < e; p++)
			if (*p == '#' && p > v && blank(p[-1]))
				break;  /* an inline comment */
		while (p > v && blank(p[-1]))
			p--;
		memcpy(out, v, (size_t)(p - v));
		n = (size_t)(p - v);
	}
	out[n] = '\0';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)out[i];

		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			char what[160];

			snprintf(what, sizeof(what), "the value of %.64s holds a control character (0x%02x): remove it", key, c);
			return bad(ps, "%s", what);
		}
	}
	return 0;
}

/* One line: nothing (blank, comment, a bare KEY), or KEY=VALUE into k. */
static int statement(struct parser *ps, struct kvs *k, int file)
{
	const char *p = ps->p, *e = ps->end, *ks;
	char *key, *val;
	size_t cap;
	int rc;

	while (p < e && blank(*p))
		p++;
	if (p == e || *p == '#')
		return 0;
	if ((size_t)(e - p) > 7 && memcmp(p, "export", 6) == 0 && blank(p[6]))
		for (p += 7; p < e && blank(*p); p++)
			;
	for (ks = p; p < e && key_char(*p); p++)
		;
	if (p == ks)
		return bad(ps, "%s", "not KEY=VALUE: a key is letters, digits, '_', '.' or '-'");
	key = strndup(ks, (size_t)(p - ks));
	while (p < e && blank(*p))
		p++;
	if (p == e) {  /* KEY alone: no value, as dotenv tools read it */
		free(key);
		return 0;
	}
	if (!key || *p != '=') {
		rc = key ? bad(ps, "not KEY=VALUE after %s", key) : byoc_fail(BYOC_ENOMEM, "out of memory");
		free(key);
		return rc;
	}
	for (p++; p < e && blank(*p); p++)
		;
	ps->p = p;
	cap = (size_t)(e - p) + 1;
	if (!(val = malloc(cap))) {
		free(key);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	if ((rc = value(ps, key, val))) {
		/* value() may stop before its terminating NUL: wipe by size, not strlen */
		free(key);
		explicit_bzero(val, cap);
		free(val);
		return rc;
	}
	return kvs_set(k, key, val, file);
}

/* Parses path into k (as file number `file`); on an error k holds what it held before
 * plus whatever lines came first: callers throw it away. */
static int parse_into(const char *path, struct kvs *k, int file)
{
	struct parser ps = { .path = path };
	struct buf text;
	const char *p, *end;
	int rc;

	if ((rc = file_read_capped(path, BYOC_DOTENV_MAX, "dotenv file", &text)))
		return rc;
	p = text.data ? text.data : "";
	end = p + text.len;
	if (text.len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (!rc && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));

		ps.line++;
		ps.p = p;
		ps.end = nl ? nl : end;
		if (ps.end > p && ps.end[-1] == '\r')
			ps.end--;  /* CRLF */
		if ((size_t)(ps.end - p) > BYOC_DOTENV_LINE_MAX)
			rc = byoc_fail(BYOC_EUSAGE, "%s:%zu: a line over %zu bytes", path, ps.line, BYOC_DOTENV_LINE_MAX);
		else
			rc = statement(&ps, k, file);
		p = nl ? nl + 1 : end;
	}
	if (text.data)
		explicit_bzero(text.data, text.len);
	buf_release(&text);
	return rc;
}

int byoc_dotenv_parse(const char *path, void (*cb)(const char *, const char *, void *), void *arg)
{
	struct kvs k;
	int rc;

	kvs_init(&k);
	if (!(rc = parse_into(path, &k, 0)))
		for (size_t i = 0; i < k.n; i++)
			cb(k.v[i].key, k.v[i].value, arg);
	kvs_release(&k);
	return rc;
}

/* ---- the lookup ------------------------------------------------------------------ */

/* Keys whose value decides where a credential is sent: never from a file. */
static bool endpoint_key(const char *k)
{
	size_t n = strlen(k);

	return n >= 4 && strcmp(k + n - 4, "_URL") == 0;
}

static void note_ignored(void)
{
	for (size_t i = 0; i < vars.n; i++) {
		const char *proc = getenv(vars.v[i].key);
		char **n;

		if (!endpoint_key(vars.v[i].key) || (proc && *proc) || !vars.v[i].value[0])
			continue;
		if (!(n = realloc(ignored, (nignored + 2) * sizeof(*n))))
			return;
		ignored = n;
		if ((ignored[nignored] = strdup(vars.v[i].key)))
			ignored[++nignored] = NULL;
	}
}

/* Under env_lock. */
static int load_locked(void)
{
	static const char *const files[] = { ".env.local", ".env" };
	int rc = 0;

	if (loaded)
		return loaded < 0 ? byoc_fail(loaded, "%s", load_msg) : 0;
	for (int i = 0; i < 2 && !rc; i++)
		if ((rc = parse_into(files[i], &vars, i)) == BYOC_ENOTFOUND) {
			byoc_err_clear();
			rc = 0;
		}
	if (rc) {
		kvs_release(&vars);
		snprintf(load_msg, sizeof(load_msg), "%s", byoc_errmsg());
		loaded = rc;
		return rc;
	}
	note_ignored();
	loaded = 1;
	return 0;
}

int byoc_env_load(void)
{
	int rc;

	pthread_mutex_lock(&env_lock);
	rc = load_locked();
	pthread_mutex_unlock(&env_lock);
	return rc;
}

const char *byoc_env(const char *name)
{
	const char *v = getenv(name);
	size_t pos;

	if (v && *v)
		return v;
	if (endpoint_key(name))
		return NULL;
	v = NULL;
	pthread_mutex_lock(&env_lock);
	if (load_locked() == 0 && vars.n && strmap_get(&vars.index, name, &pos) && vars.v[pos].value[0])
		v = vars.v[pos].value;
	pthread_mutex_unlock(&env_lock);
	return v;
}

const char *byoc_env_or(const char *name, const char *fallback)
{
	const char *v = byoc_env(name);

	return v ? v : fallback;
}

const char *byoc_env_ignored(size_t i)
{
	const char *k = NULL;

	pthread_mutex_lock(&env_lock);
	load_locked();
	if (i < nignored)
		k = ignored[i];
	pthread_mutex_unlock(&env_lock);
	return k;
}

void byoc_env_reset(void)
{
	pthread_mutex_lock(&env_lock);
	kvs_release(&vars);
	for (size_t i = 0; i < nignored; i++)
		free(ignored[i]);
	free(ignored);
	ignored = NULL;
	nignored = 0;
	loaded = 0;
	pthread_mutex_unlock(&env_lock);
}
