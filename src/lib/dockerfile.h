/*
 * A Dockerfile parser that follows BuildKit's front end: parser directives
 * (`# escape=`), line continuations with the escape character, comments
 * (also inside continuations), heredocs (`<<EOF`, `<<-EOF`, quoted markers)
 * for RUN/COPY/ADD, flags in `--name=value` and `--name value` form, JSON-array
 * and shell forms. Every instruction keeps the line it starts on, so errors
 * can name it. Variables are expanded by dockerfile_words (below), not by the parser.
 *
 * byoc-snapshot uses it to find the local COPY/ADD sources (the build
 * contexts); byoc-local's builder uses it to materialise a snapshot.
 */
#ifndef BYOC_DOCKERFILE_H
#define BYOC_DOCKERFILE_H

#include <stdbool.h>
#include <stddef.h>

/* Largest Dockerfile accepted (bytes). */
#define DOCKERFILE_MAX_BYTES ((size_t)4 << 20)

enum dockerfile_kind {
	DF_OTHER = 0,    /* anything not listed (kept with its keyword) */
	DF_FROM, DF_RUN, DF_CMD, DF_ENTRYPOINT, DF_COPY, DF_ADD, DF_ENV, DF_ARG,
	DF_WORKDIR, DF_USER, DF_LABEL, DF_EXPOSE, DF_VOLUME, DF_SHELL,
	DF_HEALTHCHECK, DF_STOPSIGNAL, DF_ONBUILD, DF_MAINTAINER,
};

struct dockerfile_flag {
	char *name;      /* without the leading "--": "chown" */
	char *value;     /* "" for a bare boolean flag such as --link */
};

struct dockerfile_kv {   /* ENV, ARG (value NULL when no default), LABEL */
	char *key;
	char *value;
};

struct dockerfile_heredoc {
	char *marker;    /* "EOF" (quotes removed) */
	char *body;      /* the lines between, each ending in '\n'; tabs stripped for <<- */
	bool strip_tabs; /* <<-EOF */
	bool quoted;     /* <<"EOF" or <<'EOF': no expansion inside */
};

struct dockerfile_instr {
	enum dockerfile_kind kind;
	char *keyword;   /* upper case, as Docker compares it: "COPY" */
	int line;        /* 1-based line where the instruction starts */
	int end_line;    /* last line it spans (continuations, heredoc bodies) */
	int stage;       /* index of the FROM it belongs to; -1 before the first FROM */
	char *args;      /* the text after the keyword and its flags, joined from continuations */
	bool json;       /* args was a JSON array of strings (exec form) */
	char **argv;     /* JSON elements, or shell words with quotes removed */
	size_t argc;
	struct dockerfile_flag *flags;
	size_t nflags;
	struct dockerfile_kv *kv;            /* ENV, ARG, LABEL pairs in order */
	size_t nkv;
	struct dockerfile_heredoc *heredocs; /* in the order their markers appear */
	size_t nheredocs;
};

struct dockerfile {
	struct dockerfile_instr *instrs;
	size_t n;
	char escape;     /* '\\' or '`' */
	char *syntax;    /* `# syntax=` directive or NULL */
};

/* Parses text (len bytes, need not be NUL-terminated). name is used in
 * error messages ("Dockerfile line 3: ..."). On success *out owns the result. */
int dockerfile_parse(const char *name, const char *text, size_t len, struct dockerfile **out);

/* Reads path (at most DOCKERFILE_MAX_BYTES) and parses it. */
int dockerfile_parse_file(const char *path, struct dockerfile **out);

void dockerfile_free(struct dockerfile *df);

/* The value of flag `name` (without "--"), "" for a bare boolean, NULL when absent. */
const char *dockerfile_flag(const struct dockerfile_instr *in, const char *name);

/* The heredoc whose marker is word ("<<EOF", "<<-EOF", "<<'EOF'" or just "EOF"), or NULL. */
const struct dockerfile_heredoc *dockerfile_heredoc(const struct dockerfile_instr *in, const char *word);

/* True when a COPY/ADD source word names a heredoc ("<<EOF"). */
bool dockerfile_is_heredoc_word(const char *word);

/* True when an ADD source is remote (http://, https://, git@, git://, *.git URLs):
 * such sources are fetched by the builder and are not part of the build context. */
bool dockerfile_is_remote_source(const char *src);

/* For COPY/ADD: the local sources, i.e. argv[0..argc-2] minus heredocs and, for
 * ADD, remote URLs; none when --from is set. Fills srcs (borrowed pointers into
 * in->argv, at most in->argc entries) and returns how many. */
size_t dockerfile_local_sources(const struct dockerfile_instr *in, const char **srcs);

/* Destination of COPY/ADD (last argument) or NULL. */
const char *dockerfile_dest(const struct dockerfile_instr *in);

const char *dockerfile_kind_name(enum dockerfile_kind k);

/*
 * Variables and words, Docker's rules, in one place for the client (the COPY/ADD
 * sources byoc-snapshot uploads) and byoc-local's build (what those lines write).
 *
 * Scope, as BuildKit scopes it: ARGs before the first FROM are global (seen on FROM
 * lines, and in a stage only when the stage declares the ARG again, without or with a
 * default); ARG and ENV inside a stage last until the next FROM; ENV wins over ARG.
 * Call dockerfile_scope_step after using an instruction's arguments, to take in what
 * it defines.
 *
 * Words: variables ($VAR, ${VAR}, ${VAR:-word}, ${VAR-word}, ${VAR:+word},
 * ${VAR+word}; unset is "") are expanded except inside single quotes, quotes are
 * removed, and the escape character (the `# escape=` directive's) makes the next
 * character literal. Any other ${VAR<op>...} form is an error, as an unbalanced quote is.
 */
#define DOCKERFILE_MAX_WORD 65536   /* bytes in one expanded word */

struct dockerfile_scope;
/* A scope with the default escape character '\'. */
struct dockerfile_scope *dockerfile_scope_new(void);
/* The Dockerfile's escape character (struct dockerfile's escape). */
void dockerfile_scope_escape(struct dockerfile_scope *s, char esc);
void dockerfile_scope_free(struct dockerfile_scope *s);
/* FROM starts a stage; ARG and ENV lines are read with dockerfile_words and set. 0 or <0
 * with the error set (an unbalanced quote, "ENV names can not be blank", ...). */
int dockerfile_scope_step(struct dockerfile_scope *s, const struct dockerfile_instr *in);
/* The value an instruction of the current stage sees for name, or NULL when unset. */
const char *dockerfile_scope_get(const struct dockerfile_scope *s, const char *name);
/* An ENV the stage has without a line saying so (the base image's PATH). */
int dockerfile_scope_set_env(struct dockerfile_scope *s, const char *key, const char *value);
/* The stage's ENV in order: returns how many there are and, when i is below that, sets
 * *key and *value to the i-th. */
size_t dockerfile_scope_env(const struct dockerfile_scope *s, size_t i, const char **key, const char **value);

struct dockerfile_words {
	char **v;
	size_t n;
};
void dockerfile_words_free(struct dockerfile_words *w);

enum {
	DOCKERFILE_SPLIT = 1,    /* whitespace outside quotes separates words; else text is one word */
	DOCKERFILE_GLOBAL = 2,   /* a FROM line: only the global ARGs are seen */
};
/* text processed the way Docker processes an instruction's words (above). 0 or <0 with
 * the error set; *out is the caller's to free (dockerfile_words_free). */
int dockerfile_words(const struct dockerfile_scope *s, const char *text, int flags, struct dockerfile_words *out);
/* One word (dockerfile_words without SPLIT); the result is the caller's to free, NULL with
 * the error set. */
char *dockerfile_expand(const struct dockerfile_scope *s, const char *word);
/* A heredoc body with variables expanded (quotes are text there); NULL with the error set. */
char *dockerfile_expand_text(const struct dockerfile_scope *s, const char *text);
/* COPY/ADD arguments, expanded: the shell form's words, or each element of the exec form
 * as one word; sources then the destination (heredoc words such as "<<EOF" included). */
int dockerfile_copy_words(const struct dockerfile_scope *s, const struct dockerfile_instr *in,
			  struct dockerfile_words *out);
/* The local sources among words (from dockerfile_copy_words): not a heredoc, not a remote
 * ADD source, none with --from. Fills srcs (borrowed from words) and returns how many. */
size_t dockerfile_local_sources_of(const struct dockerfile_instr *in, const struct dockerfile_words *w,
				   const char **srcs);

#endif
