/*
 * Recipes: the JSON file byoc-prepare runs (schema: docs/recipes.md).
 *
 * Loading parses the file with jansson (duplicate keys refused), expands
 * `${VAR}` / `${VAR:-default}` / `$$` in every string value from --set
 * KEY=VALUE first and then the environment (byoc_env: process, .env.local,
 * .env), and validates it against the schema. Every error names the file,
 * the line and the key's JSON path, e.g.
 *   recipes/x.json:12: unknown key 'repos[0].urll' (known: url, ref, ...)
 * jansson gives no per-key line, so a small scanner maps each JSON path of
 * the text to the line where its key (or array element) starts.
 *
 * Ownership: recipe_load/recipe_parse return a new struct recipe, freed with
 * recipe_free. Every const char * inside points into r->doc (the expanded
 * document) and lives as long as r.
 */
#ifndef BYOC_RECIPE_H
#define BYOC_RECIPE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#define RECIPE_MAX_BYTES ((size_t)1 << 20)   /* a recipe larger than 1 MiB is refused */
#define RECIPE_UNSET (-1000000)              /* an integer field that was not given */

struct recipe_repo {
	const char *url;          /* required */
	const char *ref;          /* branch, tag or sha; NULL = default branch */
	const char *dest;         /* NULL = <workdir>/<repo name> */
	const char *token_env;    /* variable holding the token; NULL = GIT_TOKEN */
	int depth;                /* 0 = full history */
	bool submodules, no_git, remote;
	int line;
};

struct recipe_dataset {
	const char **paths;       /* "path": a string or an array of strings; relative to the recipe */
	size_t npaths;
	const char *dest;         /* NULL = <workdir>/data */
	const char *compress;     /* "gzip" | "zstd" | "none" (default none) */
	const char **exclude;
	size_t nexclude;
	int line;
};

struct recipe_file {
	const char *src;          /* relative to the recipe */
	const char *dest;
	int mode;                 /* -1 = default; else 0..07777 from an octal string "0600" */
	int line;
};

struct recipe_command {
	const char *run;          /* a script run through the toolbox execute; must exit 0 */
	const char *cwd;          /* NULL = the sandbox work dir */
	json_t *env;              /* object of string (borrowed); NULL = none */
	int timeout;              /* seconds; default 600 */
	int line;
};

struct recipe {
	char *file;               /* the path as given (for messages) */
	char *dir;                /* its folder: relative paths in the recipe resolve here */
	json_t *doc;              /* the expanded document (owned) */
	const char *description;
	const char *workdir;      /* the session's working directory: seeds default under it and
				   * verify checks it; NULL = /mnt/session */

	/* snapshot: exactly one of name / dockerfile */
	const char *snapshot_name;
	const char *dockerfile;   /* relative to dir */
	int cpu, memory, disk;    /* RECIPE_UNSET = byoc-snapshot's defaults */

	/* sandbox */
	const char *environment;  /* NULL = ENVIRONMENT_ID at run time */
	const char *name;         /* NULL = generated */
	json_t *labels;           /* borrowed; validated with lib/labels rules, reserved keys refused */
	json_t *env;              /* borrowed; keys ^[A-Za-z_][A-Za-z0-9_]*$ */
	int auto_stop, auto_archive, auto_delete; /* RECIPE_UNSET = server default */
	int ttl, auto_pause;      /* minutes; RECIPE_UNSET = not sent */
	json_t *secrets;          /* borrowed; {VAR: secret name}: the sandbox sees placeholders */
	const char *network_allow; /* "CIDR,CIDR"; NULL = not sent */
	bool network_block_all;
	bool stop_when_ready;     /* default true */
	int timeout;              /* seconds for each wait; default 300 */

	struct recipe_repo *repos;        size_t nrepos;
	struct recipe_dataset *datasets;  size_t ndatasets;
	struct recipe_file *files;        size_t nfiles;
	struct recipe_command *commands;  size_t ncommands;

	/* verify */
	bool check;               /* default true */
	bool verify;              /* default true */
	const char *python;       /* default "python3.12" */

	/* handoff */
	const char *handoff_format;   /* "json" (default) | "env" */
	bool create_session;
	const char *agent;            /* required when create_session */
	const char *title;
	const char *message;
	json_t *metadata;             /* borrowed; anthropic limits checked */
	int wait_bind;                /* seconds; 0 = do not wait */
};

/* Reads path (at most RECIPE_MAX_BYTES) and parses it. sets: "KEY=VALUE" strings. */
int recipe_load(struct recipe **out, const char *path, const char *const *sets, size_t nsets);
/* Same from memory; name is used in messages and dir is "." (tests, fuzzing). */
int recipe_parse(struct recipe **out, const char *name, const char *text, size_t len,
		 const char *const *sets, size_t nsets);
void recipe_free(struct recipe *r);

/* Checks one --set argument: KEY=VALUE with KEY a variable name. */
int recipe_check_set(const char *arg);

/*
 * The line-of-path scanner, exposed for tests: maps each JSON path of a valid
 * JSON text ("snapshot", "repos[0]", "repos[0].url") to the line where it starts.
 */
struct recipe_lines;
int recipe_lines_scan(struct recipe_lines **out, const char *text, size_t len);
int recipe_lines_find(const struct recipe_lines *l, const char *path); /* 0 when unknown */
void recipe_lines_free(struct recipe_lines *l);

#endif
