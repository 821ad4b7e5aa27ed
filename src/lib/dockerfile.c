/*
 * Dockerfile parser, modelled on BuildKit's frontend/dockerfile/parser:
 * directives, then logical lines (continuations, comments dropped inside
 * them), then heredoc bodies, then per-instruction argument parsing.
 */
#include "lib/dockerfile.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/file.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
	const char *kw;
	enum dockerfile_kind kind;
} keywords[] = {
	{ "FROM", DF_FROM }, { "RUN", DF_RUN }, { "CMD", DF_CMD },
	{ "ENTRYPOINT", DF_ENTRYPOINT }, { "COPY", DF_COPY }, { "ADD", DF_ADD },
	{ "ENV", DF_ENV }, { "ARG", DF_ARG }, { "WORKDIR", DF_WORKDIR },
	{ "USER", DF_USER }, { "LABEL", DF_LABEL }, { "EXPOSE", DF_EXPOSE },
	{ "VOLUME", DF_VOLUME }, { "SHELL", DF_SHELL },
	{ "HEALTHCHECK", DF_HEALTHCHECK }, { "STOPSIGNAL", DF_STOPSIGNAL },
	{ "ONBUILD", DF_ONBUILD }, { "MAINTAINER", DF_MAINTAINER },
};

/* Flags that take a value, so that `--chown user` (space form) consumes "user". */
static const char *value_flags[] = {
	"chown", "chmod", "from", "exclude", "platform", "checksum", "mount", "network",
	"security", "interval", "timeout", "start-period", "start-interval", "retries",
	"keep-git-dir-ref",
};

const char *dockerfile_kind_name(enum dockerfile_kind k)
{
	size_t i;

	for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
		if (keywords[i].kind == k)
			return keywords[i].kw;
	return "OTHER";
}

static bool is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static const char *skip_ws(const char *s)
{
	while (*s && is_ws(*s))
		s++;
	return s;
}

/* ---- word splitting and quote removal (BuildKit's shell lexer, no expansion) ---- */

/* Appends the unquoted form of s[0..n) to out: quotes removed, escapes
 * resolved, whitespace kept. */
static int unquote_into(struct buf *out, const char *s, size_t n, char esc)
{
	size_t i = 0;
	int rc = 0;

	while (i < n && rc == 0) {
		char c = s[i];

		if (c == esc && i + 1 < n) {
			rc = buf_append(out, &s[i + 1], 1);
			i += 2;
		} else if (c == '\'') {
			size_t j = i + 1;

			while (j < n && s[j] != '\'')
				j++;
			rc = buf_append(out, s + i + 1, j - i - 1);
			i = j < n ? j + 1 : j;
		} else if (c == '"') {
			i++;
			while (i < n && s[i] != '"' && rc == 0) {
				if (s[i] == esc && i + 1 < n &&
				    (s[i + 1] == '"' || s[i + 1] == '$' || s[i + 1] == esc)) {
					rc = buf_append(out, &s[i + 1], 1);
					i += 2;
				} else {
					rc = buf_append(out, &s[i], 1);
					i++;
				}
			}
			if (i < n)
				i++;
		} else {
			rc = buf_append(out, &c, 1);
			i++;
		}
	}
	return rc;
}

static char *unquote(const char *s, size_t n, char esc)
{
	struct buf b;

	buf_init(&b, DOCKERFILE_MAX_BYTES);
	if (unquote_into(&b, s, n, esc) < 0) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* Length of the raw word starting at s (quotes kept, ends at unquoted whitespace). */
static size_t raw_word_len(const char *s, char esc)
{
	size_t i = 0;
	char q = 0;

	while (s[i]) {
		char c = s[i];

		if (q) {
			if (c == esc && q == '"' && s[i + 1])
				i++;
			else if (c == q)
				q = 0;
		} else if (c == esc && s[i + 1]) {
			i++;
		} else if (c == '\'' || c == '"') {
			q = c;
		} else if (is_ws(c)) {
			break;
		}
		i++;
	}
	return i;
}

struct strv {
	char **v;
	size_t n, cap;
};

static int strv_push(struct strv *sv, char *s)
{
	if (!s)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (sv->n + 1 >= sv->cap) {
		size_t cap = sv->cap ? sv->cap * 2 : 8;
		char **p = realloc(sv->v, cap * sizeof(*p));

		if (!p) {
			free(s);
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		sv->v = p;
		sv->cap = cap;
	}
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL;
	return 0;
}

static void strv_free(struct strv *sv)
{
	size_t i;

	for (i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	memset(sv, 0, sizeof(*sv));
}

/* Splits s into words at unquoted whitespace; raw keeps quotes, else they are removed. */
static int split_words(const char *s, char esc, bool raw, struct strv *out)
{
	int rc;

	for (s = skip_ws(s); *s; s = skip_ws(s)) {
		size_t n = raw_word_len(s, esc);

		rc = strv_push(out, raw ? strndup(s, n) : unquote(s, n, esc));
		if (rc < 0)
			return rc;
		s += n;
	}
	return 0;
}

/* ---- the parsed instruction ---- */

static void instr_release(struct dockerfile_instr *in)
{
	size_t i;

	free(in->keyword);
	free(in->args);
	for (i = 0; i < in->argc; i++)
		free(in->argv[i]);
	free(in->argv);
	for (i = 0; i < in->nflags; i++) {
		free(in->flags[i].name);
		free(in->flags[i].value);
	}
	free(in->flags);
	for (i = 0; i < in->nkv; i++) {
		free(in->kv[i].key);
		free(in->kv[i].value);
	}
	free(in->kv);
	for (i = 0; i < in->nheredocs; i++) {
		free(in->heredocs[i].marker);
		free(in->heredocs[i].body);
	}
	free(in->heredocs);
	memset(in, 0, sizeof(*in));
}

void dockerfile_free(struct dockerfile *df)
{
	size_t i;

	if (!df)
		return;
	for (i = 0; i < df->n; i++)
		instr_release(&df->instrs[i]);
	free(df->instrs);
	free(df->syntax);
	free(df);
}

static int add_flag(struct dockerfile_instr *in, char *name, char *value)
{
	struct dockerfile_flag *p;

	if (!name || !value) {
		free(name);
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	p = realloc(in->flags, (in->nflags + 1) * sizeof(*p));
	if (!p) {
		free(name);
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	in->flags = p;
	p[in->nflags].name = name;
	p[in->nflags].value = value;
	in->nflags++;
	return 0;
}

static int add_kv(struct dockerfile_instr *in, char *key, char *value, bool value_optional)
{
	struct dockerfile_kv *p;

	if (!key || (!value && !value_optional)) {
		free(key);
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	p = realloc(in->kv, (in->nkv + 1) * sizeof(*p));
	if (!p) {
		free(key);
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	in->kv = p;
	p[in->nkv].key = key;
	p[in->nkv].value = value;
	in->nkv++;
	return 0;
}

static bool is_value_flag(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(value_flags) / sizeof(value_flags[0]); i++)
		if (strcmp(name, value_flags[i]) == 0)
			return true;
	return false;
}

/* Takes the leading --flags off *rest (advancing it). */
static int parse_flags(struct dockerfile_instr *in, const char **rest, char esc)
{
	const char *s = skip_ws(*rest);
	int rc;

	while (s[0] == '-' && s[1] == '-') {
		size_t n = raw_word_len(s, esc);
		char *word = unquote(s, n, esc);
		char *eq, *name, *value;

		if (!word)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		if (strcmp(word, "--") == 0) {   /* end of flags */
			free(word);
			s = skip_ws(s + n);
			break;
		}
		s = skip_ws(s + n);
		eq = strchr(word, '=');
		if (eq) {
			name = strndup(word + 2, (size_t)(eq - word - 2));
			value = strdup(eq + 1);
		} else if (is_value_flag(word + 2) && *s && !(s[0] == '-' && s[1] == '-')) {
			n = raw_word_len(s, esc);
			name = strdup(word + 2);
			value = unquote(s, n, esc);
			s = skip_ws(s + n);
		} else {
			name = strdup(word + 2);
			value = strdup("");
		}
		free(word);
		if ((rc = add_flag(in, name, value)) < 0)
			return rc;
	}
	*rest = s;
	return 0;
}

/* JSON array of strings? 1 = yes (argv filled), 0 = not JSON, <0 = error. */
static int parse_json_array(struct dockerfile_instr *in, const char *rest, const char *name, int line)
{
	json_error_t jerr;
	json_t *arr, *v;
	struct strv sv = { 0 };
	size_t i;
	int rc = 1;

	if (rest[0] != '[')
		return 0;
	arr = json_loads(rest, 0, &jerr);
	if (!arr)
		return 0;
	if (!json_is_array(arr)) {
		json_decref(arr);
		return 0;
	}
	json_array_foreach(arr, i, v) {
		if (!json_is_string(v)) {
			rc = byoc_fail(BYOC_EFAIL, "%s line %d: when using JSON array syntax, arrays must be "
				       "comprised of strings only", name, line);
			goto out;
		}
		if ((rc = strv_push(&sv, strndup(json_string_value(v), json_string_length(v)))) < 0)
			goto out;
		rc = 1;
	}
	in->argv = sv.v;
	in->argc = sv.n;
	memset(&sv, 0, sizeof(sv));
	in->json = true;
	rc = 1;
out:
	strv_free(&sv);
	json_decref(arr);
	return rc;
}

/* ENV / LABEL: `k=v k2=v2` or the legacy `k v with spaces`. */
static int parse_name_val(struct dockerfile_instr *in, const char *rest, char esc, const char *name, int line)
{
	struct strv words = { 0 };
	size_t i;
	int rc;

	if ((rc = split_words(rest, esc, true, &words)) < 0)
		goto out;
	if (words.n == 0) {
		rc = byoc_fail(BYOC_EFAIL, "%s line %d: %s requires at least one argument", name, line, in->keyword);
		goto out;
	}
	if (!strchr(words.v[0], '=')) {
		const char *v;
		size_t kn = raw_word_len(rest, esc);

		v = skip_ws(rest + kn);
		if (!*v) {
			rc = byoc_fail(BYOC_EFAIL, "%s line %d: %s must have two arguments (%s name value, or name=value)",
				       name, line, in->keyword, in->keyword);
			goto out;
		}
		rc = add_kv(in, unquote(rest, kn, esc), unquote(v, strlen(v), esc), false);
		goto out;
	}
	for (i = 0; i < words.n; i++) {
		char *eq = strchr(words.v[i], '=');

		if (!eq) {
			rc = byoc_fail(BYOC_EFAIL, "%s line %d: syntax error - can't find = in '%s', must be of the form name=value",
				       name, line, words.v[i]);
			goto out;
		}
		rc = add_kv(in, unquote(words.v[i], (size_t)(eq - words.v[i]), esc),
			    unquote(eq + 1, strlen(eq + 1), esc), false);
		if (rc < 0)
			goto out;
	}
out:
	strv_free(&words);
	return rc;
}

static int parse_arg(struct dockerfile_instr *in, const char *rest, char esc, const char *name, int line)
{
	struct strv words = { 0 };
	size_t i;
	int rc;

	if ((rc = split_words(rest, esc, true, &words)) < 0)
		goto out;
	if (words.n == 0) {
		rc = byoc_fail(BYOC_EFAIL, "%s line %d: ARG requires at least one argument", name, line);
		goto out;
	}
	for (i = 0; i < words.n && rc == 0; i++) {
		char *eq = strchr(words.v[i], '=');

		if (eq)
			rc = add_kv(in, unquote(words.v[i], (size_t)(eq - words.v[i]), esc),
				    unquote(eq + 1, strlen(eq + 1), esc), false);
		else
			rc = add_kv(in, unquote(words.v[i], strlen(words.v[i]), esc), NULL, true);
	}
out:
	strv_free(&words);
	return rc;
}

/* A heredoc marker word: [digits]<<[-]NAME where NAME may be quoted. */
static bool heredoc_word(const char *w, char esc, char **marker, bool *strip, bool *quoted)
{
	const char *p = w;
	char *m;

	while (isdigit((unsigned char)*p))
		p++;
	if (p[0] != '<' || p[1] != '<')
		return false;
	p += 2;
	*strip = false;
	if (*p == '-') {
		*strip = true;
		p++;
	}
	if (!*p || strchr(p, '<'))
		return false;
	if (!marker)
		return true;
	*quoted = strchr(p, '\'') || strchr(p, '"');
	m = unquote(p, strlen(p), esc);
	if (!m || !*m) {
		free(m);
		return false;
	}
	*marker = m;
	return true;
}

bool dockerfile_is_heredoc_word(const char *word)
{
	bool strip;

	return word && heredoc_word(word, '\\', NULL, &strip, NULL);
}

struct lines {
	const char *text;
	size_t len, pos;
	int lineno;   /* number of the line last returned */
};

/* Next physical line without its newline (and a trailing '\r'). */
static bool next_line(struct lines *l, const char **s, size_t *n)
{
	const char *nl;
	size_t k;

	if (l->pos >= l->len)
		return false;
	*s = l->text + l->pos;
	nl = memchr(*s, '\n', l->len - l->pos);
	k = nl ? (size_t)(nl - *s) : l->len - l->pos;
	l->pos += k + (nl ? 1 : 0);
	if (k > 0 && (*s)[k - 1] == '\r')
		k--;
	*n = k;
	l->lineno++;
	return true;
}

static bool line_is_comment(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && is_ws(s[i]))
		i++;
	return i < n && s[i] == '#';
}

static bool line_is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!is_ws(s[i]))
			return false;
	return true;
}

/* Removes a trailing escape (plus trailing blanks after it); true when the line continues. */
static bool trim_continuation(const char *s, size_t *n, char esc)
{
	size_t k = *n;

	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	if (k > 0 && s[k - 1] == esc) {
		*n = k - 1;
		return true;
	}
	return false;
}

/* `# name=value` at the top of the file. Returns 1 when it is a known directive. */
static int directive(const char *s, size_t n, char **key, char **val)
{
	size_t i = 0, ks, ke, vs, ve;

	if (n == 0 || s[0] != '#')
		return 0;
	i = 1;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	ks = i;
	if (i >= n || !isalpha((unsigned char)s[i]))
		return 0;
	while (i < n && isalnum((unsigned char)s[i]))
		i++;
	ke = i;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i >= n || s[i] != '=')
		return 0;
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	vs = i;
	ve = n;
	while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '\t'))
		ve--;
	if (ve == vs)
		return 0;
	*key = strndup(s + ks, ke - ks);
	*val = strndup(s + vs, ve - vs);
	if (!*key || !*val) {
		free(*key);
		free(*val);
		*key = *val = NULL;
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	for (i = 0; (*key)[i]; i++)
		(*key)[i] = (char)tolower((unsigned char)(*key)[i]);
	if (strcmp(*key, "escape") && strcmp(*key, "syntax") && strcmp(*key, "check")) {
		free(*key);
		free(*val);
		*key = *val = NULL;
		return 0;
	}
	return 1;
}

static int push_instr(struct dockerfile *df, size_t *cap)
{
	if (df->n == *cap) {
		size_t nc = *cap ? *cap * 2 : 16;
		struct dockerfile_instr *p = realloc(df->instrs, nc * sizeof(*p));

		if (!p)
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		df->instrs = p;
		*cap = nc;
	}
	memset(&df->instrs[df->n], 0, sizeof(df->instrs[0]));
	df->n++;
	return 0;
}

/* Reads the heredoc bodies that follow a RUN/COPY/ADD line. */
static int read_heredocs(struct dockerfile_instr *in, struct lines *l, const char *args, char esc,
			 const char *name)
{
	struct strv words = { 0 };
	size_t i;
	int rc;

	if (!strstr(args, "<<"))
		return 0;
	if ((rc = split_words(args, esc, true, &words)) < 0)
		goto out;
	for (i = 0; i < words.n; i++) {
		struct dockerfile_heredoc *h;
		struct buf body;
		char *marker = NULL;
		bool strip = false, quoted = false, done = false;
		const char *s;
		size_t n;

		if (!heredoc_word(words.v[i], esc, &marker, &strip, &quoted))
			continue;
		h = realloc(in->heredocs, (in->nheredocs + 1) * sizeof(*h));
		if (!h) {
			free(marker);
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		in->heredocs = h;
		h = &in->heredocs[in->nheredocs++];
		h->marker = marker;
		h->body = NULL;
		h->strip_tabs = strip;
		h->quoted = quoted;
		buf_init(&body, DOCKERFILE_MAX_BYTES);
		while (next_line(l, &s, &n)) {
			const char *t = s;
			size_t tn = n;

			if (strip)
				while (tn > 0 && *t == '\t') {
					t++;
					tn--;
				}
			if (tn == strlen(marker) && memcmp(t, marker, tn) == 0) {
				done = true;
				break;
			}
			if (buf_append(&body, strip ? t : s, strip ? tn : n) < 0 || buf_append(&body, "\n", 1) < 0) {
				buf_release(&body);
				rc = byoc_errcode();
				goto out;
			}
		}
		h->body = buf_detach(&body);
		if (!h->body) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		if (!done) {
			rc = byoc_fail(BYOC_EFAIL, "%s line %d: unterminated heredoc '%s' (add a line '%s')",
				       name, in->line, marker, marker);
			goto out;
		}
		in->end_line = l->lineno;
	}
out:
	strv_free(&words);
	return rc;
}

/* Fills in everything after the keyword. */
static int parse_args(struct dockerfile_instr *in, const char *rest, char esc, const char *name)
{
	struct strv sv = { 0 };
	int rc;

	if ((rc = parse_flags(in, &rest, esc)) < 0)
		return rc;
	if (!(in->args = strdup(rest)))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	{
		/* trailing whitespace is not part of the arguments */
		size_t k = strlen(in->args);

		while (k > 0 && is_ws(in->args[k - 1]))
			in->args[--k] = '\0';
	}
	switch (in->kind) {
	case DF_ENV:
	case DF_LABEL:
		return parse_name_val(in, in->args, esc, name, in->line);
	case DF_ARG:
		return parse_arg(in, in->args, esc, name, in->line);
	case DF_RUN:
	case DF_CMD:
	case DF_ENTRYPOINT:
	case DF_SHELL:
		if ((rc = parse_json_array(in, in->args, name, in->line)) != 0)
			return rc < 0 ? rc : 0;
		if (in->kind == DF_SHELL)
			return byoc_fail(BYOC_EFAIL, "%s line %d: SHELL requires the arguments to be in JSON form",
					 name, in->line);
		if (*in->args && (rc = strv_push(&sv, strdup(in->args))) < 0)
			return rc;
		break;
	case DF_COPY:
	case DF_ADD:
	case DF_VOLUME:
		if ((rc = parse_json_array(in, in->args, name, in->line)) != 0)
			return rc < 0 ? rc : 0;
		if ((rc = split_words(in->args, esc, false, &sv)) < 0)
			goto fail;
		break;
	case DF_WORKDIR:
	case DF_USER:
	case DF_STOPSIGNAL:
	case DF_MAINTAINER:
		if (*in->args && (rc = strv_push(&sv, unquote(in->args, strlen(in->args), esc))) < 0)
			return rc;
		break;
	default:
		if ((rc = split_words(in->args, esc, false, &sv)) < 0)
			goto fail;
		break;
	}
	in->argv = sv.v;
	in->argc = sv.n;
	if ((in->kind == DF_COPY || in->kind == DF_ADD) && in->argc < 2)
		return byoc_fail(BYOC_EFAIL, "%s line %d: %s requires at least two arguments (source and destination)",
				 name, in->line, in->keyword);
	if ((in->kind == DF_FROM || in->kind == DF_WORKDIR) && in->argc < 1)
		return byoc_fail(BYOC_EFAIL, "%s line %d: %s requires one argument", name, in->line, in->keyword);
	return 0;
fail:
	strv_free(&sv);
	return rc;
}

int dockerfile_parse(const char *name, const char *text, size_t len, struct dockerfile **out)
{
	struct dockerfile *df;
	struct lines l = { text, len, 0, 0 };
	struct buf logical;
	size_t cap = 0;
	const char *s;
	size_t n;
	int rc = 0, stage = -1;
	bool directives = true, seen_escape = false;

	*out = NULL;
	if (!name)
		name = "Dockerfile";
	if (len > DOCKERFILE_MAX_BYTES)
		return byoc_fail(BYOC_EFAIL, "%s is larger than %zu bytes", name, DOCKERFILE_MAX_BYTES);
	if (memchr(text, '\0', len))
		return byoc_fail(BYOC_EFAIL, "%s contains NUL bytes; is it a Dockerfile?", name);
	if (!(df = calloc(1, sizeof(*df))))
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	df->escape = '\\';
	buf_init(&logical, DOCKERFILE_MAX_BYTES);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		l.pos = 3;

	while (next_line(&l, &s, &n)) {
		struct dockerfile_instr *in;
		int start = l.lineno;
		bool cont;
		const char *p, *kw_end;
		size_t i;

		if (directives) {
			char *key = NULL, *val = NULL;
			int d = directive(s, n, &key, &val);

			if (d < 0) {
				rc = d;
				goto out;
			}
			if (d == 1) {
				if (strcmp(key, "escape") == 0) {
					if (seen_escape)
						rc = byoc_fail(BYOC_EFAIL, "%s line %d: only one escape parser directive "
							       "can be used", name, start);
					else if (strcmp(val, "\\") && strcmp(val, "`")) {
						rc = byoc_fail(BYOC_EFAIL, "%s line %d: invalid escape token '%s' does not "
							       "match ` or \\", name, start, val);
					} else {
						df->escape = val[0];
					}
					seen_escape = true;
				} else if (strcmp(key, "syntax") == 0 && !df->syntax) {
					df->syntax = val;
					val = NULL;
				}
				free(key);
				free(val);
				if (rc < 0)
					goto out;
				continue;
			}
			directives = false;
		}
		if (line_is_comment(s, n) || line_is_blank(s, n))
			continue;
		while (n > 0 && is_ws(*s)) {
			s++;
			n--;
		}
		buf_reset(&logical);
		cont = trim_continuation(s, &n, df->escape);
		if ((rc = buf_append(&logical, s, n)) < 0)
			goto out;
		while (cont && next_line(&l, &s, &n)) {
			if (line_is_comment(s, n) || line_is_blank(s, n))
				continue;
			cont = trim_continuation(s, &n, df->escape);
			if ((rc = buf_append(&logical, s, n)) < 0)
				goto out;
		}
		p = skip_ws(logical.data);
		if (!*p)
			continue;
		if ((rc = push_instr(df, &cap)) < 0)
			goto out;
		in = &df->instrs[df->n - 1];
		in->line = start;
		in->end_line = l.lineno;
		kw_end = p;
		while (*kw_end && !is_ws(*kw_end))
			kw_end++;
		if (!(in->keyword = strndup(p, (size_t)(kw_end - p)))) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		for (i = 0; in->keyword[i]; i++)
			in->keyword[i] = (char)toupper((unsigned char)in->keyword[i]);
		in->kind = DF_OTHER;
		for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
			if (strcmp(in->keyword, keywords[i].kw) == 0)
				in->kind = keywords[i].kind;
		if (in->kind == DF_FROM)
			stage++;
		in->stage = stage;
		if ((rc = parse_args(in, skip_ws(kw_end), df->escape, name)) < 0)
			goto out;
		if ((in->kind == DF_RUN || in->kind == DF_COPY || in->kind == DF_ADD) && !in->json &&
		    (rc = read_heredocs(in, &l, in->args, df->escape, name)) < 0)
			goto out;
	}
	*out = df;
	df = NULL;
out:
	buf_release(&logical);
	dockerfile_free(df);
	return rc;
}

int dockerfile_parse_file(const char *path, struct dockerfile **out)
{
	struct buf b;
	int rc;

	*out = NULL;
	rc = file_read_capped(path, DOCKERFILE_MAX_BYTES, "Dockerfile", &b);
	if (rc == 0)
		rc = dockerfile_parse(path, b.data, b.len, out);
	buf_release(&b);
	return rc;
}

const char *dockerfile_flag(const struct dockerfile_instr *in, const char *name)
{
	size_t i;
	const char *v = NULL;

	for (i = 0; i < in->nflags; i++)
		if (strcmp(in->flags[i].name, name) == 0)
			v = in->flags[i].value;   /* last one wins */
	return v;
}

const struct dockerfile_heredoc *dockerfile_heredoc(const struct dockerfile_instr *in, const char *word)
{
	const char *p = word;
	char *m = NULL;
	bool strip = false, quoted = false;
	size_t i;
	const struct dockerfile_heredoc *h = NULL;

	if (strstr(word, "<<")) {
		if (!heredoc_word(word, '\\', &m, &strip, &quoted))
			return NULL;
		p = m;
	}
	for (i = 0; i < in->nheredocs; i++)
		if (strcmp(in->heredocs[i].marker, p) == 0)
			h = &in->heredocs[i];
	free(m);
	return h;
}

bool dockerfile_is_remote_source(const char *src)
{
	size_t n;

	if (strncasecmp(src, "http://", 7) == 0 || strncasecmp(src, "https://", 8) == 0 ||
	    strncmp(src, "git://", 6) == 0 || strncmp(src, "git@", 4) == 0 ||
	    strncmp(src, "ssh://", 6) == 0)
		return true;
	n = strlen(src);
	return n > 4 && strstr(src, "://") && strcmp(src + n - 4, ".git") == 0;
}

const char *dockerfile_dest(const struct dockerfile_instr *in)
{
	if ((in->kind != DF_COPY && in->kind != DF_ADD) || in->argc < 2)
		return NULL;
	return in->argv[in->argc - 1];
}

size_t dockerfile_local_sources(const struct dockerfile_instr *in, const char **srcs)
{
	size_t i, k = 0;

	if ((in->kind != DF_COPY && in->kind != DF_ADD) || in->argc < 2 || dockerfile_flag(in, "from"))
		return 0;
	for (i = 0; i + 1 < in->argc; i++) {
		const char *s = in->argv[i];

		if (!in->json && dockerfile_is_heredoc_word(s))
			continue;
		if (in->kind == DF_ADD && dockerfile_is_remote_source(s))
			continue;
		srcs[k++] = s;
	}
	return k;
}

/* ---- variable scope and expansion ---- */

struct scope_vars {
	char **k, **v;     /* v[i] NULL: declared without a value */
	size_t n;
};

struct dockerfile_scope {
	struct scope_vars global, stage;
};

static void vars_clear(struct scope_vars *vs)
{
	size_t i;

	for (i = 0; i < vs->n; i++) {
		free(vs->k[i]);
		free(vs->v[i]);
	}
	free(vs->k);
	free(vs->v);
	memset(vs, 0, sizeof(*vs));
}

static const char *vars_get(const struct scope_vars *vs, const char *key, size_t klen, bool *found)
{
	size_t i;

	for (i = vs->n; i > 0; i--)
		if (strlen(vs->k[i - 1]) == klen && memcmp(vs->k[i - 1], key, klen) == 0) {
			*found = true;
			return vs->v[i - 1];
		}
	*found = false;
	return NULL;
}

/* Takes ownership of key and value. */
static int vars_set(struct scope_vars *vs, char *key, char *value)
{
	char **k, **v;
	size_t i;

	if (!key) {
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	for (i = 0; i < vs->n; i++)
		if (strcmp(vs->k[i], key) == 0) {
			free(key);
			free(vs->v[i]);
			vs->v[i] = value;
			return 0;
		}
	k = realloc(vs->k, (vs->n + 1) * sizeof(*k));
	if (k)
		vs->k = k;
	v = k ? realloc(vs->v, (vs->n + 1) * sizeof(*v)) : NULL;
	if (v)
		vs->v = v;
	if (!k || !v) {
		free(key);
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	vs->k[vs->n] = key;
	vs->v[vs->n] = value;
	vs->n++;
	return 0;
}

struct dockerfile_scope *dockerfile_scope_new(void)
{
	return calloc(1, sizeof(struct dockerfile_scope));
}

void dockerfile_scope_free(struct dockerfile_scope *s)
{
	if (!s)
		return;
	vars_clear(&s->global);
	vars_clear(&s->stage);
	free(s);
}

static const char *scope_lookup(const struct dockerfile_scope *s, const char *key, size_t klen, bool *set)
{
	const char *v = vars_get(&s->stage, key, klen, set);

	if (*set && !v)
		*set = false;   /* declared without a value */
	return v;
}

char *dockerfile_expand(const struct dockerfile_scope *s, const char *w)
{
	struct buf b;
	size_t i = 0, n = strlen(w);
	int rc = 0;

	buf_init(&b, DOCKERFILE_MAX_BYTES);
	while (i < n && rc == 0) {
		bool set = false;
		const char *v;

		if (w[i] != '$' || i + 1 >= n) {
			rc = buf_append(&b, &w[i++], 1);
			continue;
		}
		if (w[i + 1] == '{') {
			size_t j = i + 2, ks = j, ke;
			char *word;

			while (j < n && (isalnum((unsigned char)w[j]) || w[j] == '_'))
				j++;
			ke = j;
			v = scope_lookup(s, w + ks, ke - ks, &set);
			if (j < n && w[j] == '}') {
				if (set)
					rc = buf_puts(&b, v);
				i = j + 1;
				continue;
			}
			if (j < n && (w[j] == ':' || w[j] == '-' || w[j] == '+')) {
				bool colon = w[j] == ':';
				char op = colon && j + 1 < n ? w[j + 1] : w[j];
				size_t ws = j + (colon ? 2 : 1), we = ws;
				int depth = 1;
				bool use;

				while (we < n && depth) {
					if (w[we] == '{')
						depth++;
					else if (w[we] == '}' && --depth == 0)
						break;
					we++;
				}
				if (we >= n || (op != '-' && op != '+')) {
					rc = buf_append(&b, &w[i++], 1);   /* not a form we know: keep it */
					continue;
				}
				if (!(word = strndup(w + ws, we - ws))) {
					rc = byoc_fail(BYOC_ENOMEM, "out of memory");
					break;
				}
				use = set && (!colon || *v);
				if (op == '-') {
					if (use) {
						rc = buf_puts(&b, v);
					} else {
						char *e = dockerfile_expand(s, word);

						rc = e ? buf_puts(&b, e) : byoc_fail(BYOC_ENOMEM, "out of memory");
						free(e);
					}
				} else if (use) {
					char *e = dockerfile_expand(s, word);

					rc = e ? buf_puts(&b, e) : byoc_fail(BYOC_ENOMEM, "out of memory");
					free(e);
				}
				free(word);
				i = we + 1;
				continue;
			}
			rc = buf_append(&b, &w[i++], 1);
		} else if (isalpha((unsigned char)w[i + 1]) || w[i + 1] == '_') {
			size_t j = i + 1;

			while (j < n && (isalnum((unsigned char)w[j]) || w[j] == '_'))
				j++;
			v = scope_lookup(s, w + i + 1, j - i - 1, &set);
			if (set)
				rc = buf_puts(&b, v);
			i = j;
		} else {
			rc = buf_append(&b, &w[i++], 1);
		}
	}
	if (rc < 0) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}

int dockerfile_scope_step(struct dockerfile_scope *s, const struct dockerfile_instr *in)
{
	size_t i;
	int rc = 0;

	switch (in->kind) {
	case DF_FROM:
		vars_clear(&s->stage);
		return 0;
	case DF_ARG:
		for (i = 0; i < in->nkv && rc == 0; i++) {
			char *val = NULL;

			if (in->kv[i].value) {
				if (!(val = dockerfile_expand(s, in->kv[i].value)))
					return byoc_fail(BYOC_ENOMEM, "out of memory");
			} else if (in->stage >= 0) {
				bool found;
				const char *g = vars_get(&s->global, in->kv[i].key, strlen(in->kv[i].key), &found);

				if (g && !(val = strdup(g)))
					return byoc_fail(BYOC_ENOMEM, "out of memory");
			}
			rc = vars_set(in->stage < 0 ? &s->global : &s->stage, strdup(in->kv[i].key), val);
		}
		return rc;
	case DF_ENV:
		if (in->stage < 0)
			return 0;
		for (i = 0; i < in->nkv && rc == 0; i++) {
			char *val = dockerfile_expand(s, in->kv[i].value);

			if (!val)
				return byoc_fail(BYOC_ENOMEM, "out of memory");
			rc = vars_set(&s->stage, strdup(in->kv[i].key), val);
		}
		return rc;
	default:
		return 0;
	}
}
