/*
 * Dockerfile parser, modelled on BuildKit's frontend/dockerfile/parser:
 * directives, then logical lines (continuations, comments dropped inside
 * them), then heredoc bodies, then per-instruction argument parsing.
 */
#include "lib/dockerfile.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/strmap.h"
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

/* The local sources among argv[0..argc-2] (the last is the destination). */
static size_t local_sources(const struct dockerfile_instr *in, char *const *argv, size_t argc, bool json,
			    const char **srcs)
{
	size_t i, k = 0;

	if ((in->kind != DF_COPY && in->kind != DF_ADD) || argc < 2 || dockerfile_flag(in, "from"))
		return 0;
	for (i = 0; i + 1 < argc; i++) {
		const char *s = argv[i];

		if (!json && dockerfile_is_heredoc_word(s))
			continue;
		if (in->kind == DF_ADD && dockerfile_is_remote_source(s))
			continue;
		srcs[k++] = s;
	}
	return k;
}

size_t dockerfile_local_sources(const struct dockerfile_instr *in, const char **srcs)
{
	return local_sources(in, in->argv, in->argc, in->json, srcs);
}

size_t dockerfile_local_sources_of(const struct dockerfile_instr *in, const struct dockerfile_words *w,
				   const char **srcs)
{
	return local_sources(in, w->v, w->n, in->json, srcs);
}

/* ---- variables and words: Docker's shell-word rules, the part COPY/ENV/WORKDIR need ---- */

struct scope_vars {
	char **k, **v;     /* v[i] NULL: declared without a value */
	size_t n, cap;
	struct strmap index; /* key -> i: 100,000 ENV lines took 28 s of strcmp scans */
};

struct dockerfile_scope {
	struct scope_vars global;   /* ARGs before the first FROM */
	struct scope_vars args;     /* ARGs of the current stage */
	struct scope_vars env;      /* ENV of the current stage, in order: wins over ARG */
	bool in_stage;
	char esc;
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
	strmap_release(&vs->index);
	memset(vs, 0, sizeof(*vs));
}

static const char *vars_key(const void *ctx, size_t pos)
{
	return ((const struct scope_vars *)ctx)->k[pos];
}

static const char *vars_get(const struct scope_vars *vs, const char *key, bool *found)
{
	size_t i;

	*found = vs->n && strmap_get(&vs->index, key, &i);
	return *found ? vs->v[i] : NULL;
}

/* Takes ownership of key and value; an existing key keeps its place. */
static int vars_set(struct scope_vars *vs, char *key, char *value)
{
	char **k, **v;
	size_t i;

	if (!key) {
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	if (!vs->index.key)
		strmap_init(&vs->index, vars_key, vs);
	if (vs->n && strmap_get(&vs->index, key, &i)) {
		free(key);
		free(vs->v[i]);
		vs->v[i] = value;
		return 0;
	}
	if (vs->n == vs->cap) {
		size_t cap = vs->cap ? vs->cap * 2 : 16;

		k = realloc(vs->k, cap * sizeof(*k));
		if (k)
			vs->k = k;
		v = k ? realloc(vs->v, cap * sizeof(*v)) : NULL;
		if (v)
			vs->v = v;
		if (!k || !v) {
			free(key);
			free(value);
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		vs->cap = cap;
	}
	vs->k[vs->n] = key;
	vs->v[vs->n] = value;
	if (strmap_put(&vs->index, vs->n) < 0) {
		free(key);
		free(value);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	vs->n++;
	return 0;
}

struct dockerfile_scope *dockerfile_scope_new(void)
{
	struct dockerfile_scope *s = calloc(1, sizeof(struct dockerfile_scope));

	if (s)
		s->esc = '\\';
	return s;
}

void dockerfile_scope_escape(struct dockerfile_scope *s, char esc)
{
	s->esc = esc;
}

void dockerfile_scope_free(struct dockerfile_scope *s)
{
	if (!s)
		return;
	vars_clear(&s->global);
	vars_clear(&s->args);
	vars_clear(&s->env);
	free(s);
}

/* The value of name as an instruction sees it: ENV, then ARG of the stage; the global ARGs
 * before the first FROM and on a FROM line (global). NULL when unset. */
static const char *scope_get(const struct dockerfile_scope *s, const char *name, bool global)
{
	bool found;
	const char *v;

	if (global || !s->in_stage)
		return vars_get(&s->global, name, &found);
	v = vars_get(&s->env, name, &found);
	if (!found)
		v = vars_get(&s->args, name, &found);
	return v;
}

const char *dockerfile_scope_get(const struct dockerfile_scope *s, const char *name)
{
	return scope_get(s, name, false);
}

size_t dockerfile_scope_env(const struct dockerfile_scope *s, size_t i, const char **key, const char **value)
{
	if (i < s->env.n) {
		*key = s->env.k[i];
		*value = s->env.v[i] ? s->env.v[i] : "";
	}
	return s->env.n;
}

int dockerfile_scope_set_env(struct dockerfile_scope *s, const char *key, const char *value)
{
	char *v = strdup(value);

	if (!v)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	return vars_set(&s->env, strdup(key), v);
}

void dockerfile_words_free(struct dockerfile_words *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

static int words_push(struct dockerfile_words *w, struct buf *b)
{
	char **nv = realloc(w->v, (w->n + 1) * sizeof(*nv));
	if (!nv)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	w->v = nv;
	w->v[w->n] = buf_detach(b);
	if (!w->v[w->n])
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	w->n++;
	return 0;
}

/* Appends to an expanded word; past the word's cap the error names that limit (a 200 kB
 * ENV value failed a build with "out of memory"). */
static int word_append(struct buf *b, const char *p, size_t n)
{
	if (n > b->max - b->len)
		return byoc_fail(BYOC_EFAIL, "a word expands to more than %zu bytes, the limit of one Dockerfile word "
				 "(DOCKERFILE_MAX_WORD)", b->max);
	return buf_append(b, p, n);
}

static int word_puts(struct buf *b, const char *str)
{
	return word_append(b, str, strlen(str));
}

struct expander {
	const struct dockerfile_scope *s;
	bool global;
	char esc;
};

static int expand_into(const struct expander *x, const char **sp, struct buf *out, int depth);

/* $NAME, ${NAME}, ${NAME:-w}, ${NAME-w}, ${NAME:+w}, ${NAME+w}; *sp points at '$' */
static int expand_var(const struct expander *x, const char **sp, struct buf *out, int depth)
{
	const char *s = *sp + 1, *val;
	char name[256];
	size_t nl = 0;

	if (*s == '{') {
		s++;
		while ((isalnum((unsigned char)*s) || *s == '_') && nl < sizeof(name) - 1)
			name[nl++] = *s++;
		name[nl] = '\0';
		val = scope_get(x->s, name, x->global);
		if (*s == '}') {
			*sp = s + 1;
			return val ? word_puts(out, val) : 0;
		}
		if ((s[0] == ':' && (s[1] == '-' || s[1] == '+')) || s[0] == '-' || s[0] == '+') {
			bool colon = s[0] == ':';
			char op = colon ? s[1] : s[0];
			bool set = colon ? (val && *val) : val != NULL;
			struct buf w;
			int rc;

			s += colon ? 2 : 1;
			buf_init(&w, DOCKERFILE_MAX_WORD);
			rc = expand_into(x, &s, &w, depth + 1);
			if (rc == 0 && *s != '}')
				rc = byoc_fail(BYOC_EFAIL, "missing '}' in variable substitution");
			if (rc == 0) {
				s++;
				if (op == '-')
					rc = set ? word_puts(out, val) : word_puts(out, w.data ? w.data : "");
				else
					rc = set ? word_puts(out, w.data ? w.data : "") : 0;
			}
			buf_release(&w);
			*sp = s;
			return rc;
		}
		return byoc_fail(BYOC_EFAIL, "unsupported modifier in variable substitution '%.40s'", *sp);
	}
	if (isalpha((unsigned char)*s) || *s == '_') {
		while ((isalnum((unsigned char)*s) || *s == '_') && nl < sizeof(name) - 1)
			name[nl++] = *s++;
		name[nl] = '\0';
		val = scope_get(x->s, name, x->global);
		*sp = s;
		return val ? word_puts(out, val) : 0;
	}
	*sp = s;
	return word_puts(out, "$");
}

/* Expands a ${...} default word up to its closing '}' (quotes kept literal). */
static int expand_into(const struct expander *x, const char **sp, struct buf *out, int depth)
{
	const char *s = *sp;
	int rc = 0;

	if (depth > 8)
		return byoc_fail(BYOC_EFAIL, "variable substitution nested too deep");
	while (*s && *s != '}' && rc == 0) {
		if (*s == x->esc && s[1]) {
			rc = word_append(out, s + 1, 1);
			s += 2;
		} else if (*s == '$') {
			rc = expand_var(x, &s, out, depth);
		} else {
			rc = word_append(out, s, 1);
			s++;
		}
	}
	*sp = s;
	return rc;
}

/* One double-quoted run: *sp at the opening quote, left after the closing one. */
static int expand_dquoted(const struct expander *x, const char **sp, struct buf *b)
{
	const char *s = *sp + 1;
	int rc = 0;

	while (*s && *s != '"' && rc == 0) {
		if (*s == x->esc && (s[1] == '"' || s[1] == '$' || s[1] == x->esc)) {
			rc = word_append(b, s + 1, 1);
			s += 2;
		} else if (*s == '$') {
			rc = expand_var(x, &s, b, 0);
		} else {
			rc = word_append(b, s, 1);
			s++;
		}
	}
	if (rc == 0 && *s != '"')
		rc = byoc_fail(BYOC_EFAIL, "unexpected end of statement while looking for matching double-quote");
	*sp = *s ? s + 1 : s;
	return rc;
}

static int words_of(const struct expander *x, const char *s, int flags, struct dockerfile_words *out)
{
	bool split = flags & DOCKERFILE_SPLIT;
	struct buf b;
	bool inword = false;
	int rc = 0;

	out->v = NULL;
	out->n = 0;
	buf_init(&b, DOCKERFILE_MAX_WORD);
	while (*s && rc == 0) {
		char c = *s;

		if (split && (c == ' ' || c == '\t')) {
			if (inword)
				rc = words_push(out, &b);
			inword = false;
			s++;
			continue;
		}
		inword = true;
		if (c == '\'') {
			const char *e = strchr(s + 1, '\'');

			if (!e) {
				rc = byoc_fail(BYOC_EFAIL, "unexpected end of statement while looking for matching single-quote");
				break;
			}
			rc = word_append(&b, s + 1, (size_t)(e - s - 1));
			s = e + 1;
		} else if (c == '"') {
			rc = expand_dquoted(x, &s, &b);
		} else if (c == x->esc && s[1]) {
			rc = word_append(&b, s + 1, 1);
			s += 2;
		} else if (c == '$') {
			rc = expand_var(x, &s, &b, 0);
		} else {
			rc = word_append(&b, s, 1);
			s++;
		}
	}
	if (rc == 0 && (inword || (!split && out->n == 0)))
		rc = words_push(out, &b);
	buf_release(&b);
	if (rc < 0)
		dockerfile_words_free(out);
	return rc;
}

int dockerfile_words(const struct dockerfile_scope *s, const char *text, int flags, struct dockerfile_words *out)
{
	struct expander x = { s, (flags & DOCKERFILE_GLOBAL) != 0, s->esc };

	return words_of(&x, text, flags, out);
}

char *dockerfile_expand(const struct dockerfile_scope *s, const char *word)
{
	struct dockerfile_words w;
	char *r;

	if (dockerfile_words(s, word, 0, &w) < 0)
		return NULL;
	r = w.v[0];
	w.v[0] = NULL;
	dockerfile_words_free(&w);
	return r;
}

char *dockerfile_expand_text(const struct dockerfile_scope *s, const char *text)
{
	struct expander x = { s, false, '\\' };
	struct buf b;
	int rc = 0;

	buf_init(&b, (size_t)8 << 20);
	while (*text && rc == 0) {
		if (*text == '$') {
			rc = expand_var(&x, &text, &b, 0);
		} else {
			rc = word_append(&b, text, 1);
			text++;
		}
	}
	if (rc < 0) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}

int dockerfile_copy_words(const struct dockerfile_scope *s, const struct dockerfile_instr *in,
			  struct dockerfile_words *out)
{
	size_t i;
	int rc = 0;

	if (!in->json)
		return dockerfile_words(s, in->args ? in->args : "", DOCKERFILE_SPLIT, out);
	/* exec form: each element is one word, expanded as BuildKit expands COPY sources */
	out->v = calloc(in->argc + 1, sizeof(*out->v));
	out->n = 0;
	if (!out->v)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	for (i = 0; i < in->argc && rc == 0; i++)
		if (!(out->v[out->n] = dockerfile_expand(s, in->argv[i])))
			rc = byoc_errcode() < 0 ? byoc_errcode() : BYOC_ENOMEM;
		else
			out->n++;
	if (rc < 0)
		dockerfile_words_free(out);
	return rc;
}
/* ARG k=v ... (a bare k in a stage brings the global ARG's value in). */
static int scope_arg(struct dockerfile_scope *s, const struct dockerfile_instr *in)
{
	struct dockerfile_words w;
	struct scope_vars *target = s->in_stage ? &s->args : &s->global;
	size_t i;
	int rc = dockerfile_words(s, in->args ? in->args : "", DOCKERFILE_SPLIT, &w);

	for (i = 0; rc == 0 && i < w.n; i++) {
		char *eq = strchr(w.v[i], '=');
		bool found;
		const char *g;

		if (eq) {
			*eq = '\0';
			rc = vars_set(target, strdup(w.v[i]), strdup(eq + 1));
		} else if (s->in_stage && (g = vars_get(&s->global, w.v[i], &found))) {
			rc = vars_set(target, strdup(w.v[i]), strdup(g));
		}
	}
	dockerfile_words_free(&w);
	return rc;
}

/* ENV k=v ..., or the legacy ENV k value with spaces. */
static int scope_env(struct dockerfile_scope *s, const struct dockerfile_instr *in)
{
	const char *args = in->args ? in->args : "";
	struct dockerfile_words w, vw;
	size_t i;
	int rc = dockerfile_words(s, args, DOCKERFILE_SPLIT, &w);

	if (rc < 0)
		return rc;
	if (w.n == 0) {
		rc = byoc_fail(BYOC_EFAIL, "dockerfile parse error on line %d: ENV requires at least one argument", in->line);
	} else if (!strchr(w.v[0], '=')) {
		size_t k = strcspn(args, " \t");
		const char *v = args + k;

		while (*v == ' ' || *v == '\t')
			v++;
		if (!*v)
			rc = byoc_fail(BYOC_EFAIL, "dockerfile parse error on line %d: ENV names can not be blank", in->line);
		else if ((rc = dockerfile_words(s, v, 0, &vw)) == 0) {
			rc = vars_set(&s->env, strndup(args, k), strdup(vw.v[0]));
			dockerfile_words_free(&vw);
		}
	} else {
		for (i = 0; rc == 0 && i < w.n; i++)
			if (!strchr(w.v[i], '=') || w.v[i][0] == '=')
				rc = byoc_fail(BYOC_EFAIL, "dockerfile parse error on line %d: ENV names can not be blank", in->line);
		/* all or nothing, as one instruction; each value was expanded before any is set */
		for (i = 0; rc == 0 && i < w.n; i++) {
			char *eq = strchr(w.v[i], '=');

			*eq = '\0';
			rc = vars_set(&s->env, strdup(w.v[i]), strdup(eq + 1));
		}
	}
	dockerfile_words_free(&w);
	return rc;
}

int dockerfile_scope_step(struct dockerfile_scope *s, const struct dockerfile_instr *in)
{
	switch (in->kind) {
	case DF_FROM:
		vars_clear(&s->args);
		vars_clear(&s->env);
		s->in_stage = true;
		return 0;
	case DF_ARG:
		return scope_arg(s, in);
	case DF_ENV:
		return s->in_stage ? scope_env(s, in) : 0;
	default:
		return 0;
	}
}
