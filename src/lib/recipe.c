#include "lib/recipe.h"
#include "lib/daytona.h"
#include "lib/secrets.h"
#include "lib/labels.h"
#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/utf8.h"
#include "util/file.h"
#include "util/shquote.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- line-of-path scanner ------------------------------------------------------ */

struct line_ent {
	char *path;
	int line;
};

struct recipe_lines {
	struct line_ent *v;
	size_t n, cap;
};

static int lines_add(struct recipe_lines *l, const char *path, int line)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 32;
		struct line_ent *nv = realloc(l->v, ncap * sizeof(*nv));

		if (!nv)
			return -1;
		l->v = nv;
		l->cap = ncap;
	}
	if (!(l->v[l->n].path = strdup(path)))
		return -1;
	l->v[l->n].line = line;
	l->n++;
	return 0;
}

void recipe_lines_free(struct recipe_lines *l)
{
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->n; i++)
		free(l->v[i].path);
	free(l->v);
	free(l);
}

int recipe_lines_find(const struct recipe_lines *l, const char *path)
{
	size_t i;

	if (!l)
		return 0;
	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].path, path) == 0)
			return l->v[i].line;
	return 0;
}

static void put_utf8(struct buf *b, unsigned cp)
{
	char u[4];

	if (cp < 0x80) {
		u[0] = (char)cp;
		buf_append(b, u, 1);
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		buf_append(b, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		buf_append(b, u, 3);
	} else {
		u[0] = (char)(0xf0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		buf_append(b, u, 4);
	}
}

static unsigned hex4(const char *p, const char *end)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		char c = p + i < end ? p[i] : 0;

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return 0xfffd;
	}
	return v;
}

/* Reads the JSON string at *pp (on the opening quote); decodes it into out when non-NULL. */
static void scan_string(const char **pp, const char *end, struct buf *out, int *line)
{
	const char *p = *pp + 1;

	while (p < end && *p != '"') {
		if (*p == '\\' && p + 1 < end) {
			char c = p[1];
			char ch = 0;

			p += 2;
			switch (c) {
			case 'n': ch = '\n'; break;
			case 't': ch = '\t'; break;
			case 'r': ch = '\r'; break;
			case 'b': ch = '\b'; break;
			case 'f': ch = '\f'; break;
			case 'u': {
				unsigned cp = hex4(p, end);

				p += 4;
				if (cp >= 0xd800 && cp <= 0xdbff && p + 6 <= end && p[0] == '\\' && p[1] == 'u') {
					unsigned lo = hex4(p + 2, end);

					if (lo >= 0xdc00 && lo <= 0xdfff) {
						cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
						p += 6;
					}
				}
				if (out)
					put_utf8(out, cp);
				continue;
			}
			default: ch = c; break;
			}
			if (out)
				buf_append(out, &ch, 1);
			continue;
		}
		if (*p == '\n')
			(*line)++;
		if (out)
			buf_append(out, p, 1);
		p++;
	}
	*pp = p < end ? p + 1 : end;
}

struct frame {
	bool obj;
	char *path;
	size_t idx;
};

static char *join_key(const char *parent, const char *key)
{
	char *s;

	if (asprintf(&s, "%s%s%s", parent, *parent ? "." : "", key) < 0)
		return NULL;
	return s;
}

static char *join_idx(const char *parent, size_t i)
{
	char *s;

	if (asprintf(&s, "%s[%zu]", parent, i) < 0)
		return NULL;
	return s;
}

int recipe_lines_scan(struct recipe_lines **out, const char *text, size_t len)
{
	struct recipe_lines *l = calloc(1, sizeof(*l));
	struct frame *st = NULL;
	size_t depth = 0, cap = 0;
	const char *p = text, *end = text + len;
	bool expect_key = false;
	char *pending = NULL;
	struct buf key;
	int line = 1, rc = 0;

	buf_init(&key, RECIPE_MAX_BYTES);
	if (!l)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	while (p < end) {
		struct frame *top = depth ? &st[depth - 1] : NULL;
		char c = *p;

		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			if (c == '\n')
				line++;
			p++;
			continue;
		}
		if (top && top->obj && expect_key && c == '"') {
			buf_reset(&key);
			scan_string(&p, end, &key, &line);
			free(pending);
			pending = join_key(top->path, key.data);
			if (!pending || lines_add(l, pending, line) < 0)
				goto nomem;
			expect_key = false;
			continue;
		}
		switch (c) {
		case ',':
			p++;
			if (top && top->obj)
				expect_key = true;
			continue;
		case ':':
			p++;
			continue;
		case '}':
		case ']':
			p++;
			if (depth) {
				free(st[depth - 1].path);
				depth--;
			}
			expect_key = false;
			continue;
		}
		/* a value starts here */
		if (top && !top->obj) {
			free(pending);
			pending = join_idx(top->path, top->idx++);
			if (!pending || lines_add(l, pending, line) < 0)
				goto nomem;
		}
		if (!pending && !(pending = strdup("")))
			goto nomem;
		if (c == '{' || c == '[') {
			if (depth == cap) {
				size_t ncap = cap ? cap * 2 : 16;
				struct frame *ns = realloc(st, ncap * sizeof(*ns));

				if (!ns)
					goto nomem;
				st = ns;
				cap = ncap;
			}
			st[depth].obj = c == '{';
			st[depth].path = pending;
			st[depth].idx = 0;
			depth++;
			pending = NULL;
			expect_key = c == '{';
			p++;
			continue;
		}
		if (c == '"') {
			scan_string(&p, end, NULL, &line);
		} else {
			/* a NUL is not a delimiter (strchr would match the terminator) */
			while (p < end && (*p == '\0' || !strchr(" \t\r\n,]}:", *p)))
				p++;
		}
		free(pending);
		pending = NULL;
	}
	goto out;
nomem:
	rc = byoc_fail(BYOC_ENOMEM, "out of memory");
out:
	while (depth)
		free(st[--depth].path);
	free(st);
	free(pending);
	buf_release(&key);
	if (rc < 0) {
		recipe_lines_free(l);
		return rc;
	}
	*out = l;
	return 0;
}

/* ---- errors with file:line: path ------------------------------------------------- */

struct ctx {
	const char *file;
	struct recipe_lines *lines;
	const char *const *sets;
	size_t nsets;
	bool lenient;   /* before expansion: a "${...}" string may stand for an integer or boolean */
};

/* The line of path, or of its nearest ancestor that has one; 1 for the root. */
static int line_of(const struct ctx *x, const char *path)
{
	char tmp[512];
	char *cut;
	int line;

	snprintf(tmp, sizeof(tmp), "%s", path);
	for (;;) {
		if (!*tmp)
			return 1;
		if ((line = recipe_lines_find(x->lines, tmp)) > 0)
			return line;
		cut = strrchr(tmp, '.');
		if (!cut || strrchr(tmp, '[') > cut)
			cut = strrchr(tmp, '[');
		if (!cut)
			return 1;
		*cut = '\0';
	}
}

static int rfail(const struct ctx *x, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int rfail(const struct ctx *x, const char *path, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (path && *path)
		return byoc_fail(BYOC_EUSAGE, "%s:%d: %s: %s", x->file, line_of(x, path), path, msg);
	return byoc_fail(BYOC_EUSAGE, "%s:%d: %s", x->file, line_of(x, path ? path : ""), msg);
}

/* ---- ${VAR} expansion ------------------------------------------------------------- */

static bool var_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool var_char(char c)
{
	return var_start(c) || (c >= '0' && c <= '9');
}

int recipe_check_set(const char *arg)
{
	const char *eq = arg ? strchr(arg, '=') : NULL;
	const char *p;

	if (!eq)
		return byoc_fail(BYOC_EUSAGE, "--set '%s' is not KEY=VALUE", arg ? arg : "");
	if (eq == arg || !var_start(arg[0]))
		return byoc_fail(BYOC_EUSAGE, "--set '%s': KEY must be a variable name ([A-Za-z_][A-Za-z0-9_]*)", arg);
	for (p = arg; p < eq; p++)
		if (!var_char(*p))
			return byoc_fail(BYOC_EUSAGE, "--set '%s': KEY must be a variable name ([A-Za-z_][A-Za-z0-9_]*)", arg);
	return 0;
}

static const char *lookup(const struct ctx *x, const char *name, size_t n)
{
	size_t i;
	char tmp[256];

	/* the last --set of a name wins */
	for (i = x->nsets; i-- > 0;) {
		const char *s = x->sets[i];

		if (strncmp(s, name, n) == 0 && s[n] == '=')
			return s + n + 1;
	}
	if (n >= sizeof(tmp))
		return NULL;
	memcpy(tmp, name, n);
	tmp[n] = '\0';
	return byoc_env(tmp);
}

static int expand_string(const struct ctx *x, const char *path, const char *in, struct buf *out)
{
	const char *p = in;

	buf_reset(out);
	while (*p) {
		const char *name, *close, *def = NULL;
		const char *val;
		size_t n;

		if (*p != '$') {
			const char *q = strchr(p, '$');

			n = q ? (size_t)(q - p) : strlen(p);
			if (buf_append(out, p, n) < 0)
				goto big;
			p += n;
			continue;
		}
		if (p[1] == '$') {
			if (buf_append(out, "$", 1) < 0)
				goto big;
			p += 2;
			continue;
		}
		if (p[1] != '{') {
			if (buf_append(out, "$", 1) < 0)
				goto big;
			p++;
			continue;
		}
		name = p + 2;
		close = strchr(name, '}');
		if (!close)
			return rfail(x, path, "unterminated '${' in '%.80s' (write $$ for a literal $)", in);
		for (n = 0; name + n < close && var_char(name[n]); n++)
			;
		if (n == 0 || !var_start(name[0]))
			return rfail(x, path, "bad variable name in '%.*s'", (int)(close - p + 1), p);
		if (name + n < close) {
			if (name[n] != ':' || name[n + 1] != '-')
				return rfail(x, path, "bad variable reference '%.*s' (use ${NAME} or ${NAME:-default})",
					     (int)(close - p + 1), p);
			def = name + n + 2;
		}
		val = lookup(x, name, n);
		if (!val || (def && !*val)) {
			if (!def)
				return rfail(x, path, "variable '%.*s' is not set (export it or pass --set %.*s=...)",
					     (int)n, name, (int)n, name);
			if (buf_append(out, def, (size_t)(close - def)) < 0)
				goto big;
		} else if (buf_puts(out, val) < 0) {
			goto big;
		}
		p = close + 1;
	}
	return 0;
big:
	return rfail(x, path, "value too long after expansion");
}

static int expand(const struct ctx *x, json_t *v, const char *path, struct buf *tmp)
{
	const char *k;
	json_t *e;
	size_t i;
	char *sub;
	int rc = 0;

	if (json_is_string(v)) {
		if (!strchr(json_string_value(v), '$'))
			return 0;
		if ((rc = expand_string(x, path, json_string_value(v), tmp)) < 0)
			return rc;
		if (json_string_setn(v, tmp->data, tmp->len) < 0)
			return rfail(x, path, "value is not valid UTF-8 after expansion");
		return 0;
	}
	if (json_is_object(v)) {
		json_object_foreach(v, k, e) {
			if (!(sub = join_key(path, k)))
				return byoc_fail(BYOC_ENOMEM, "out of memory");
			rc = expand(x, e, sub, tmp);
			free(sub);
			if (rc < 0)
				return rc;
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, e) {
			if (!(sub = join_idx(path, i)))
				return byoc_fail(BYOC_ENOMEM, "out of memory");
			rc = expand(x, e, sub, tmp);
			free(sub);
			if (rc < 0)
				return rc;
		}
	}
	return 0;
}

/* ---- schema --------------------------------------------------------------------------- */

enum ftype { F_STR = 1, F_INT, F_BOOL, F_STRMAP, F_OBJ, F_ARR, F_STRS };

struct field {
	const char *key;
	enum ftype type;
	const struct field *sub;   /* F_OBJ, F_ARR (element object) */
	const char *shorthand;     /* F_ARR: a string element stands for {shorthand: s} */
};

static const struct field f_snapshot[] = {
	{ "name", F_STR, NULL, NULL }, { "dockerfile", F_STR, NULL, NULL },
	{ "cpu", F_INT, NULL, NULL }, { "memory", F_INT, NULL, NULL }, { "disk", F_INT, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_sandbox[] = {
	{ "environment", F_STR, NULL, NULL }, { "name", F_STR, NULL, NULL },
	{ "labels", F_STRMAP, NULL, NULL }, { "env", F_STRMAP, NULL, NULL },
	{ "auto_stop", F_INT, NULL, NULL }, { "auto_archive", F_INT, NULL, NULL },
	{ "auto_delete", F_INT, NULL, NULL }, { "network_block_all", F_BOOL, NULL, NULL },
	{ "stop_when_ready", F_BOOL, NULL, NULL }, { "timeout", F_INT, NULL, NULL },
	{ "secrets", F_STRMAP, NULL, NULL }, { "ttl", F_INT, NULL, NULL },
	{ "auto_pause", F_INT, NULL, NULL }, { "network_allow", F_STR, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_repo[] = {
	{ "url", F_STR, NULL, NULL }, { "ref", F_STR, NULL, NULL }, { "dest", F_STR, NULL, NULL },
	{ "depth", F_INT, NULL, NULL }, { "submodules", F_BOOL, NULL, NULL },
	{ "no_git", F_BOOL, NULL, NULL }, { "token_env", F_STR, NULL, NULL },
	{ "remote", F_BOOL, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_dataset[] = {
	{ "path", F_STRS, NULL, NULL }, { "dest", F_STR, NULL, NULL },
	{ "compress", F_STR, NULL, NULL }, { "exclude", F_STRS, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_file[] = {
	{ "src", F_STR, NULL, NULL }, { "dest", F_STR, NULL, NULL }, { "mode", F_STR, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_command[] = {
	{ "run", F_STR, NULL, NULL }, { "cwd", F_STR, NULL, NULL },
	{ "env", F_STRMAP, NULL, NULL }, { "timeout", F_INT, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_verify[] = {
	{ "check", F_BOOL, NULL, NULL }, { "verify", F_BOOL, NULL, NULL },
	{ "python", F_STR, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_handoff[] = {
	{ "format", F_STR, NULL, NULL }, { "create_session", F_BOOL, NULL, NULL },
	{ "agent", F_STR, NULL, NULL }, { "title", F_STR, NULL, NULL },
	{ "message", F_STR, NULL, NULL }, { "metadata", F_STRMAP, NULL, NULL },
	{ "wait_bind", F_INT, NULL, NULL },
	{ NULL, 0, NULL, NULL },
};
static const struct field f_root[] = {
	{ "version", F_INT, NULL, NULL }, { "description", F_STR, NULL, NULL },
	{ "workdir", F_STR, NULL, NULL },
	{ "snapshot", F_OBJ, f_snapshot, NULL }, { "sandbox", F_OBJ, f_sandbox, NULL },
	{ "repos", F_ARR, f_repo, "url" }, { "datasets", F_ARR, f_dataset, "path" },
	{ "files", F_ARR, f_file, NULL }, { "commands", F_ARR, f_command, "run" },
	{ "verify", F_OBJ, f_verify, NULL }, { "handoff", F_OBJ, f_handoff, NULL },
	{ NULL, 0, NULL, NULL },
};

static const char *type_name(enum ftype t)
{
	switch (t) {
	case F_STR: return "a string";
	case F_INT: return "an integer";
	case F_BOOL: return "true or false";
	case F_STRMAP: return "an object of strings";
	case F_OBJ: return "an object";
	case F_ARR: return "an array";
	case F_STRS: return "a string or an array of strings";
	}
	return "?";
}

static int check_obj(const struct ctx *x, json_t *obj, const char *path, const struct field *fields);

/* Checks v against f, converting "${X}"-made strings into integers/booleans in place. */
static int check_value(const struct ctx *x, json_t *parent, const char *key, json_t *v,
		       const char *path, const struct field *f)
{
	const char *k;
	json_t *e;
	size_t i;
	char *sub;
	int rc;

	switch (f->type) {
	case F_STR:
		if (!json_is_string(v))
			goto type;
		return 0;
	case F_INT:
		if (json_is_integer(v))
			return 0;
		if (x->lenient && json_is_string(v) && strchr(json_string_value(v), '$'))
			return 0;
		if (json_is_string(v)) {
			const char *s = json_string_value(v);
			char *endp;
			long long n;

			errno = 0;
			n = strtoll(s, &endp, 10);
			if (!*s || *endp || errno || n < -1000000 || n > 1000000000)
				return rfail(x, path, "'%.80s' is not an integer", s);
			json_object_set_new(parent, key, json_integer(n));
			return 0;
		}
		goto type;
	case F_BOOL:
		if (json_is_boolean(v))
			return 0;
		if (x->lenient && json_is_string(v) && strchr(json_string_value(v), '$'))
			return 0;
		if (json_is_string(v) && (!strcmp(json_string_value(v), "true") ||
					  !strcmp(json_string_value(v), "false"))) {
			json_object_set_new(parent, key, json_boolean(!strcmp(json_string_value(v), "true")));
			return 0;
		}
		goto type;
	case F_STRMAP:
		if (!json_is_object(v))
			goto type;
		json_object_foreach(v, k, e) {
			if (!json_is_string(e)) {
				if (!(sub = join_key(path, k)))
					return byoc_fail(BYOC_ENOMEM, "out of memory");
				rc = rfail(x, sub, "must be a string");
				free(sub);
				return rc;
			}
		}
		return 0;
	case F_STRS:
		if (json_is_string(v))
			return 0;
		if (!json_is_array(v))
			goto type;
		json_array_foreach(v, i, e) {
			if (!json_is_string(e)) {
				if (!(sub = join_idx(path, i)))
					return byoc_fail(BYOC_ENOMEM, "out of memory");
				rc = rfail(x, sub, "must be a string");
				free(sub);
				return rc;
			}
		}
		return 0;
	case F_OBJ:
		if (!json_is_object(v))
			goto type;
		return check_obj(x, v, path, f->sub);
	case F_ARR:
		if (!json_is_array(v))
			goto type;
		for (i = 0; i < json_array_size(v); i++) {
			e = json_array_get(v, i);
			if (!(sub = join_idx(path, i)))
				return byoc_fail(BYOC_ENOMEM, "out of memory");
			if (json_is_string(e) && f->shorthand) {
				json_t *o = json_object();

				json_object_set(o, f->shorthand, e);
				json_array_set_new(v, i, o);
				e = o;
			}
			if (!json_is_object(e))
				rc = rfail(x, sub, "must be an object%s%s%s", f->shorthand ? " or a string (the " : "",
					   f->shorthand ? f->shorthand : "", f->shorthand ? ")" : "");
			else
				rc = check_obj(x, e, sub, f->sub);
			free(sub);
			if (rc < 0)
				return rc;
		}
		return 0;
	}
type:
	return rfail(x, path, "must be %s", type_name(f->type));
}

static int check_obj(const struct ctx *x, json_t *obj, const char *path, const struct field *fields)
{
	const struct field *f;
	const char *k;
	json_t *v;
	void *tmp;
	char *sub;
	int rc;

	json_object_foreach_safe(obj, tmp, k, v) {
		for (f = fields; f->key; f++)
			if (strcmp(f->key, k) == 0)
				break;
		if (!(sub = join_key(path, k)))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		if (!f->key) {
			char known[512] = "";
			size_t len = 0;

			for (f = fields; f->key; f++)
				len += (size_t)snprintf(known + len, len < sizeof(known) ? sizeof(known) - len : 0,
							"%s%s", f == fields ? "" : ", ", f->key);
			rc = byoc_fail(BYOC_EUSAGE, "%s:%d: unknown key '%s' (known: %s)", x->file,
				       line_of(x, sub), sub, known);
			free(sub);
			return rc;
		}
		rc = check_value(x, obj, k, v, sub, f);
		free(sub);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* ---- typed view ------------------------------------------------------------------------- */

static const char *get_str(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int get_int(json_t *o, const char *k, int def)
{
	json_t *v = json_object_get(o, k);

	return json_is_integer(v) ? (int)json_integer_value(v) : def;
}

static bool get_bool(json_t *o, const char *k, bool def)
{
	json_t *v = json_object_get(o, k);

	return json_is_boolean(v) ? json_is_true(v) : def;
}

static json_t *get_obj(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return json_is_object(v) ? v : NULL;
}

/* A string or an array of strings, as an array of borrowed pointers. */
static int get_strs(json_t *o, const char *k, const char ***out, size_t *n)
{
	json_t *v = json_object_get(o, k), *e;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (json_is_string(v)) {
		if (!(*out = calloc(1, sizeof(char *))))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		(*out)[0] = json_string_value(v);
		*n = 1;
		return 0;
	}
	if (!(*out = calloc(json_array_size(v) + 1, sizeof(char *))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	json_array_foreach(v, i, e)
		(*out)[i] = json_string_value(e);
	*n = json_array_size(v);
	return 0;
}

static int need(const struct ctx *x, json_t *o, const char *path, const char *key)
{
	const char *v = get_str(o, key);
	char *sub;
	int rc;

	if (v && *v)
		return 0;
	if (!(sub = join_key(path, key)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = v ? rfail(x, sub, "must not be empty") : rfail(x, path, "'%s' is required", key);
	free(sub);
	return rc;
}

static int interval(const struct ctx *x, json_t *o, const char *key, int min, int *out)
{
	char path[64];

	*out = get_int(o, key, RECIPE_UNSET);
	snprintf(path, sizeof(path), "sandbox.%s", key);
	if (*out != RECIPE_UNSET && *out < min)
		return rfail(x, path, "must be %d or more (minutes)", min);
	return 0;
}


static int check_env_map(const struct ctx *x, json_t *env, const char *path)
{
	const char *k;
	json_t *v;
	char sub[512];

	json_object_foreach(env, k, v) {
		if (!sh_var_name_ok(k)) {
			snprintf(sub, sizeof(sub), "%s.%s", path, k);
			return rfail(x, sub, "'%s' is not a variable name ([A-Za-z_][A-Za-z0-9_]*)", k);
		}
	}
	return 0;
}

/* The recipe's "snapshot" section. */
static int build_snapshot(struct recipe *r, const struct ctx *x)
{
	json_t *doc = r->doc, *o;
	int rc;

	o = get_obj(doc, "snapshot");
	if (!o)
		return rfail(x, NULL, "'snapshot' is required: {\"name\": ...} or {\"dockerfile\": ...}");
	r->snapshot_name = get_str(o, "name");
	r->dockerfile = get_str(o, "dockerfile");
	if (!!r->snapshot_name == !!r->dockerfile)
		return rfail(x, "snapshot", "give exactly one of 'name' and 'dockerfile'");
	if ((rc = need(x, o, "snapshot", r->snapshot_name ? "name" : "dockerfile")) < 0)
		return rc;
	r->cpu = get_int(o, "cpu", RECIPE_UNSET);
	r->memory = get_int(o, "memory", RECIPE_UNSET);
	r->disk = get_int(o, "disk", RECIPE_UNSET);
	if (r->snapshot_name && (r->cpu != RECIPE_UNSET || r->memory != RECIPE_UNSET || r->disk != RECIPE_UNSET))
		return rfail(x, "snapshot", "cpu, memory and disk apply only with 'dockerfile' (a named snapshot has its own)");
	if ((r->cpu != RECIPE_UNSET && r->cpu < 1) || (r->memory != RECIPE_UNSET && r->memory < 1) ||
	    (r->disk != RECIPE_UNSET && r->disk < 1))
		return rfail(x, r->cpu != RECIPE_UNSET && r->cpu < 1 ? "snapshot.cpu" :
			     r->memory != RECIPE_UNSET && r->memory < 1 ? "snapshot.memory" : "snapshot.disk",
			     "must be 1 or more");
	return 0;
}

/* The recipe's "sandbox" section. */
static int build_sandbox(struct recipe *r, const struct ctx *x)
{
	json_t *doc = r->doc, *o, *v;
	const char *k;
	char path[64];
	int rc;

	r->stop_when_ready = true;
	r->timeout = 300;
	o = get_obj(doc, "sandbox");
	if (o) {
		r->environment = get_str(o, "environment");
		if (r->environment && !*r->environment)
			return rfail(x, "sandbox.environment", "must not be empty (or leave it out to use ENVIRONMENT_ID)");
		r->name = get_str(o, "name");
		if (r->name && !*r->name)
			return rfail(x, "sandbox.name", "must not be empty");
		r->labels = get_obj(o, "labels");
		if (r->labels) {
			json_object_foreach(r->labels, k, v) {
				snprintf(path, sizeof(path), "sandbox.labels.%.40s", k);
				if (labels_reserved(k) || !strcmp(k, LABEL_ENVIRONMENT_ID) || !strcmp(k, LABEL_PREPARED_AT))
					return rfail(x, path, "'%s' is set by byoc or the orchestrator, not by a recipe", k);
				if (labels_validate_key(k) < 0 || labels_validate_value(k, json_string_value(v)) < 0)
					return rfail(x, path, "%s", byoc_errmsg());
			}
		}
		r->env = get_obj(o, "env");
		if (r->env && (rc = check_env_map(x, r->env, "sandbox.env")) < 0)
			return rc;
		if ((rc = interval(x, o, "auto_stop", 0, &r->auto_stop)) < 0 ||
		    (rc = interval(x, o, "auto_archive", 0, &r->auto_archive)) < 0 ||
		    (rc = interval(x, o, "auto_delete", -1, &r->auto_delete)) < 0 ||
		    (rc = interval(x, o, "ttl", 0, &r->ttl)) < 0 ||
		    (rc = interval(x, o, "auto_pause", 0, &r->auto_pause)) < 0)
			return rc;
		r->secrets = get_obj(o, "secrets");
		if (r->secrets) {
			if ((rc = check_env_map(x, r->secrets, "sandbox.secrets")) < 0)
				return rc;
			json_object_foreach(r->secrets, k, v) {
				snprintf(path, sizeof(path), "sandbox.secrets.%.40s", k);
				if (dt_secret_name_check(json_string_value(v)) < 0)
					return rfail(x, path, "%s", byoc_errmsg());
			}
		}
		r->network_allow = get_str(o, "network_allow");
		if (r->network_allow && dt_network_allow_check(r->network_allow) < 0)
			return rfail(x, "sandbox.network_allow", "%s", byoc_errmsg());
		r->network_block_all = get_bool(o, "network_block_all", false);
		r->stop_when_ready = get_bool(o, "stop_when_ready", true);
		r->timeout = get_int(o, "timeout", 300);
		if (r->timeout < 1)
			return rfail(x, "sandbox.timeout", "must be 1 or more (seconds)");
	} else {
		r->auto_stop = r->auto_archive = r->auto_delete = r->ttl = r->auto_pause = RECIPE_UNSET;
	}
	return 0;
}

/* ---- the array sections: repos, datasets, files, commands ------------------------ */

/* One entry of an array section, and where it is ("repos[2]") for messages and line numbers. */
struct elem {
	const struct ctx *x;
	json_t *e;
	char path[64];
};

static int efail(const struct elem *el, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* rfail for el's field ("repos[2].depth"). */
static int efail(const struct elem *el, const char *field, const char *fmt, ...)
{
	char path[128], msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "%s.%s", el->path, field);
	return rfail(el->x, path, "%s", msg);
}

/* Parses one entry into item (zeroed, of the section's element type). */
typedef int (*elem_fn)(void *item, const struct elem *el);

/* The array doc[key] into *items, *n entries of size bytes, each parsed by one(). The array is
 * stored before its entries are parsed, so that recipe_free frees what a failing entry left. */
static int build_array(const struct ctx *x, json_t *doc, const char *key, size_t size, void **items, size_t *n,
		       elem_fn one)
{
	json_t *arr = json_object_get(doc, key), *e;
	size_t i;
	int rc;

	if (json_array_size(arr) && !(*items = calloc(json_array_size(arr), size)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	*n = json_array_size(arr);
	json_array_foreach(arr, i, e) {
		struct elem el = { .x = x, .e = e };

		snprintf(el.path, sizeof(el.path), "%s[%zu]", key, i);
		if ((rc = one((char *)*items + i * size, &el)) < 0)
			return rc;
	}
	return 0;
}

/* An entry of "repos". */
static int parse_repo(void *item, const struct elem *el)
{
	struct recipe_repo *p = item;
	json_t *e = el->e;
	int rc;

	if ((rc = need(el->x, e, el->path, "url")) < 0)
		return rc;
	p->url = get_str(e, "url");
	p->ref = get_str(e, "ref");
	p->dest = get_str(e, "dest");
	p->token_env = get_str(e, "token_env");
	p->depth = get_int(e, "depth", 0);
	p->submodules = get_bool(e, "submodules", false);
	p->no_git = get_bool(e, "no_git", false);
	p->remote = get_bool(e, "remote", false);
	p->line = line_of(el->x, el->path);
	if (p->depth < 0)
		return efail(el, "depth", "must be 0 (full history) or more");
	if (p->token_env && !sh_var_name_ok(p->token_env))
		return efail(el, "token_env", "'%s' is not a variable name", p->token_env);
	if (p->dest && p->dest[0] != '/')
		return efail(el, "dest", "must be an absolute path in the sandbox");
	return 0;
}

/* An entry of "datasets". */
static int parse_dataset(void *item, const struct elem *el)
{
	struct recipe_dataset *p = item;
	json_t *e = el->e;
	size_t j;
	int rc;

	p->line = line_of(el->x, el->path);
	if ((rc = get_strs(e, "path", &p->paths, &p->npaths)) < 0 ||
	    (rc = get_strs(e, "exclude", &p->exclude, &p->nexclude)) < 0)
		return rc;
	if (p->npaths == 0)
		return rfail(el->x, el->path, "'path' is required (a file, a folder or an archive, or an array of them)");
	for (j = 0; j < p->npaths; j++)
		if (!*p->paths[j])
			return efail(el, "path", "must not be empty");
	p->dest = get_str(e, "dest");
	if (p->dest && p->dest[0] != '/')
		return efail(el, "dest", "must be an absolute path in the sandbox");
	p->compress = get_str(e, "compress");
	if (!p->compress)
		p->compress = "none";
	if (strcmp(p->compress, "none") && strcmp(p->compress, "gzip") && strcmp(p->compress, "zstd"))
		return efail(el, "compress", "'%s' is not one of gzip, zstd, none", p->compress);
	return 0;
}

/* An entry of "files". */
static int parse_file(void *item, const struct elem *el)
{
	struct recipe_file *p = item;
	json_t *e = el->e;
	const char *mode;
	int rc;

	p->line = line_of(el->x, el->path);
	if ((rc = need(el->x, e, el->path, "src")) < 0 || (rc = need(el->x, e, el->path, "dest")) < 0)
		return rc;
	p->src = get_str(e, "src");
	p->dest = get_str(e, "dest");
	p->mode = -1;
	if (p->dest[0] != '/')
		return efail(el, "dest", "must be an absolute path in the sandbox");
	mode = get_str(e, "mode");
	if (mode) {
		char *endp;
		long m = strtol(mode, &endp, 8);

		if (!*mode || *endp || m < 0 || m > 07777)
			return efail(el, "mode", "'%s' is not an octal mode such as \"0600\"", mode);
		p->mode = (int)m;
	}
	return 0;
}

/* An entry of "commands". */
static int parse_command(void *item, const struct elem *el)
{
	struct recipe_command *p = item;
	json_t *e = el->e;
	char path[128];
	int rc;

	p->line = line_of(el->x, el->path);
	if ((rc = need(el->x, e, el->path, "run")) < 0)
		return rc;
	p->run = get_str(e, "run");
	p->cwd = get_str(e, "cwd");
	p->env = get_obj(e, "env");
	p->timeout = get_int(e, "timeout", 600);
	if (p->env) {
		snprintf(path, sizeof(path), "%s.env", el->path);
		if ((rc = check_env_map(el->x, p->env, path)) < 0)
			return rc;
	}
	if (p->timeout < 1)
		return efail(el, "timeout", "must be 1 or more (seconds)");
	return 0;
}

/* The recipe's "verify" section. */
static int build_verify(struct recipe *r, const struct ctx *x)
{
	json_t *doc = r->doc, *o;

	o = get_obj(doc, "verify");
	r->check = get_bool(o, "check", true);
	r->verify = get_bool(o, "verify", true);
	r->python = get_str(o, "python");
	if (!r->python)
		r->python = "python3.12";
	if (!*r->python || strspn(r->python, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/+")
	    != strlen(r->python))
		return rfail(x, "verify.python", "'%s' is not an interpreter name such as python3.12", r->python);
	return 0;
}

/* The recipe's "handoff" section. */
static int build_handoff(struct recipe *r, const struct ctx *x)
{
	json_t *doc = r->doc, *o, *v;
	const char *k;
	char path[64];

	o = get_obj(doc, "handoff");
	r->handoff_format = get_str(o, "format");
	if (!r->handoff_format)
		r->handoff_format = "json";
	if (strcmp(r->handoff_format, "json") && strcmp(r->handoff_format, "env"))
		return rfail(x, "handoff.format", "'%s' is not json or env", r->handoff_format);
	r->create_session = get_bool(o, "create_session", false);
	r->agent = get_str(o, "agent");
	r->title = get_str(o, "title");
	r->message = get_str(o, "message");
	r->metadata = get_obj(o, "metadata");
	r->wait_bind = get_int(o, "wait_bind", 0);
	if (r->wait_bind < 0)
		return rfail(x, "handoff.wait_bind", "must be 0 or more (seconds)");
	if (r->create_session && (!r->agent || !*r->agent))
		return rfail(x, "handoff", "'agent' is required when create_session is true");
	if (!r->create_session && (r->agent || r->title || r->message || r->metadata || r->wait_bind))
		return rfail(x, "handoff", "agent, title, message, metadata and wait_bind need \"create_session\": true");
	if (r->metadata) {
		if (json_object_get(r->metadata, META_SANDBOX_ID) || json_object_get(r->metadata, META_SNAPSHOT_NAME))
			return rfail(x, "handoff.metadata", "daytona.* keys are set by the handoff, not by a recipe");
		if (json_object_size(r->metadata) > 15)
			return rfail(x, "handoff.metadata", "at most 15 pairs (the session allows 16, one is the sandbox key)");
		json_object_foreach(r->metadata, k, v) {
			snprintf(path, sizeof(path), "handoff.metadata.%.40s", k);
			if (!*k || utf8_chars(k) > 64)
				return rfail(x, path, "keys must be 1 to 64 characters");
			if (utf8_chars(json_string_value(v)) > 512)
				return rfail(x, path, "values must be at most 512 characters");
		}
	}
	return 0;
}

static int build(struct recipe *r, const struct ctx *x)
{
	json_t *doc = r->doc;
	int rc, version;

	version = get_int(doc, "version", 1);
	if (version != 1)
		return rfail(x, "version", "version %d is not supported (this byoc reads version 1)", version);
	r->description = get_str(doc, "description");
	r->workdir = get_str(doc, "workdir");
	if (r->workdir && r->workdir[0] != '/')
		return rfail(x, "workdir", "must be an absolute path in the sandbox, such as /workspace");
	if ((rc = build_snapshot(r, x)) < 0 ||
	    (rc = build_sandbox(r, x)) < 0 ||
	    (rc = build_array(x, doc, "repos", sizeof(*r->repos), (void **)&r->repos, &r->nrepos, parse_repo)) < 0 ||
	    (rc = build_array(x, doc, "datasets", sizeof(*r->datasets), (void **)&r->datasets, &r->ndatasets,
			      parse_dataset)) < 0 ||
	    (rc = build_array(x, doc, "files", sizeof(*r->files), (void **)&r->files, &r->nfiles, parse_file)) < 0 ||
	    (rc = build_array(x, doc, "commands", sizeof(*r->commands), (void **)&r->commands, &r->ncommands,
			      parse_command)) < 0 ||
	    (rc = build_verify(r, x)) < 0 ||
	    (rc = build_handoff(r, x)) < 0)
		return rc;
	return 0;
}

int recipe_parse(struct recipe **out, const char *name, const char *text, size_t len,
		 const char *const *sets, size_t nsets)
{
	struct recipe *r = NULL;
	struct ctx x = { .file = name, .sets = sets, .nsets = nsets };
	json_error_t jerr;
	struct buf tmp;
	size_t i;
	int rc;

	*out = NULL;
	buf_init(&tmp, RECIPE_MAX_BYTES);
	for (i = 0; i < nsets; i++)
		if ((rc = recipe_check_set(sets[i])) < 0)
			goto out;
	if (len > RECIPE_MAX_BYTES) {
		rc = byoc_fail(BYOC_EUSAGE, "%s: larger than %zu bytes; is this a recipe?", name, RECIPE_MAX_BYTES);
		goto out;
	}
	if (!(r = calloc(1, sizeof(*r))) || !(r->file = strdup(name))) {
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
		goto out;
	}
	r->doc = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!r->doc) {
		rc = byoc_fail(BYOC_EUSAGE, "%s:%d: %s", name, jerr.line > 0 ? jerr.line : 1, jerr.text);
		goto out;
	}
	if (!json_is_object(r->doc)) {
		rc = byoc_fail(BYOC_EUSAGE, "%s:1: a recipe is a JSON object ({...})", name);
		goto out;
	}
	if ((rc = recipe_lines_scan(&x.lines, text, len)) < 0)
		goto out;
	x.lenient = true;
	if ((rc = check_obj(&x, r->doc, "", f_root)) < 0)
		goto out;
	x.lenient = false;
	if ((rc = expand(&x, r->doc, "", &tmp)) < 0)
		goto out;
	/* once more: a value made by ${...} must still have the right type */
	if ((rc = check_obj(&x, r->doc, "", f_root)) < 0)
		goto out;
	if ((rc = build(r, &x)) < 0)
		goto out;
	if (!r->dir && !(r->dir = strdup(".")))
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
out:
	recipe_lines_free(x.lines);
	buf_release(&tmp);
	if (rc < 0) {
		recipe_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

int recipe_load(struct recipe **out, const char *path, const char *const *sets, size_t nsets)
{
	struct buf text;
	char *copy = NULL;
	int rc;

	*out = NULL;
	if ((rc = file_read_capped(path, RECIPE_MAX_BYTES, "recipe", &text)) < 0)
		goto out;
	if ((rc = recipe_parse(out, path, text.data, text.len, sets, nsets)) < 0)
		goto out;
	copy = strdup(path);
	free((*out)->dir);
	(*out)->dir = copy ? strdup(dirname(copy)) : NULL;
	if (!(*out)->dir) {
		recipe_free(*out);
		*out = NULL;
		rc = byoc_fail(BYOC_ENOMEM, "out of memory");
	}
out:
	free(copy);
	buf_release(&text);
	return rc;
}

void recipe_free(struct recipe *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->ndatasets; i++) {
		free(r->datasets[i].paths);
		free(r->datasets[i].exclude);
	}
	free(r->repos);
	free(r->datasets);
	free(r->files);
	free(r->commands);
	json_decref(r->doc);
	free(r->file);
	free(r->dir);
	free(r);
}
