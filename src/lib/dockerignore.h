/*
 * .dockerignore with Docker's rules (moby/patternmatcher and
 * dockerignore.ReadAll): one pattern a line, `#` comments, surrounding
 * blanks trimmed, patterns cleaned like Go's filepath.Clean with a leading
 * `/` dropped (so `./a`, `/a` and `a/` are `a`), Go filepath.Match syntax
 * (`*` and `?` never cross `/`, `[...]` classes, `\` escapes) plus `**`
 * (any number of folders), `!` exceptions, the last matching pattern wins,
 * and a pattern matching a folder excludes everything below it.
 */
#ifndef BYOC_DOCKERIGNORE_H
#define BYOC_DOCKERIGNORE_H

#include <stdbool.h>
#include <stddef.h>

struct dockerignore;

/* Parses the text of a .dockerignore (len bytes). name is used in errors. */
int dockerignore_parse(const char *name, const char *text, size_t len, struct dockerignore **out);

/* Loads path; a missing file gives an empty matcher (nothing excluded). */
int dockerignore_load(const char *path, struct dockerignore **out);

void dockerignore_free(struct dockerignore *di);

/* True when path (relative to the context root, '/'-separated, no leading
 * "./") is excluded, either itself or through a parent folder. */
bool dockerignore_excluded(const struct dockerignore *di, const char *path);

/* For an excluded folder: true when an exception pattern could bring back
 * something below it, so the walk must go inside (Docker's rule: an
 * exception pattern that starts with "dir/"). */
bool dockerignore_may_include_below(const struct dockerignore *di, const char *dir);

size_t dockerignore_count(const struct dockerignore *di);
bool dockerignore_has_exceptions(const struct dockerignore *di);

/* Go's filepath.Clean on a '/'-separated path, into out (size at least
 * strlen(path) + 2). Exposed for the context module and tests. */
void dockerignore_clean_path(const char *path, char *out);

#endif
