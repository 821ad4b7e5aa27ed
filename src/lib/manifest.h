/*
 * Manifests: what a seeded tree holds, entry by entry (path, type, size,
 * sha256), so that the host and the sandbox can prove they hold the same tree.
 *
 * Canonical text form, one line per entry, sorted by the raw path bytes
 * (memcmp order), entries unique by path:
 *
 *     <type> <size> <sha256> <path>\n
 *
 *   type   'f' regular file, 'd' directory, 'l' symlink
 *   size   decimal: file length; symlink target length; 0 for a directory
 *   sha256 64 lowercase hex digits: of the content; of the symlink target
 *          string; "-" for a directory
 *   path   relative to the seeded root (no "./", no leading '/'), with every
 *          byte outside 0x21..0x7e and the byte '%' written as %XX (uppercase
 *          hex), so the text is ASCII, one line per entry, whatever the name.
 *
 * manifest_sha256 is the sha256 of that text. The sandbox side prints lines of
 * the same form in any order (manifest_parse sorts them); see
 * manifest_sandbox_script().
 */
#ifndef BYOC_MANIFEST_H
#define BYOC_MANIFEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util/buf.h"

struct manifest_entry {
	char *path;               /* raw bytes, NUL-terminated; owned */
	char type;                /* 'f', 'd', 'l' */
	bool implicit;            /* a parent folder added by manifest_add_parents */
	uint64_t size;
	unsigned char sha[32];    /* zero for a directory */
};

struct manifest_run {
	int64_t off, len;         /* bytes of the spool */
	int level;                /* 0 written from memory; L+1 merged from RUN_FANIN runs of level L */
};

/*
 * Entries in memory (v, n), and, once manifest_spill allowed it, older entries in
 * sorted runs in an unlinked temporary file, so that a manifest of any number of
 * entries holds at most spill_at of them in memory. v and n are the entries in
 * memory only: read a whole manifest with a manifest_cursor.
 */
struct manifest {
	struct manifest_entry *v;
	size_t n, cap;
	bool sorted;
	size_t spill_at;          /* 0: never spill */
	FILE *spool;
	struct manifest_run *runs;
	size_t nruns;
};

/* What byoc keeps in memory of a manifest that may grow with a seed: about 110 bytes an
 * entry, so under 2 MiB. */
#define MANIFEST_IN_MEMORY 16384

void manifest_init(struct manifest *m);
void manifest_release(struct manifest *m);

/* From now on, whenever spill_at entries are in memory they are sorted and written as
 * a run to an unlinked file in $TMPDIR (or /tmp). */
void manifest_spill(struct manifest *m, size_t spill_at);

/* Adds an entry (path copied). sha may be NULL for a directory. */
int manifest_add(struct manifest *m, const char *path, char type, uint64_t size, const unsigned char sha[32]);
/* Adds a symlink entry: size and sha are those of target. */
int manifest_add_link(struct manifest *m, const char *path, const char *target);

/* Sorts the entries in memory by path; when a path occurs more than once the last
 * added wins (the way unpacking an archive overwrites), except that an implicit
 * parent never wins over an entry that was added. */
void manifest_sort(struct manifest *m);

/* Adds an implicit directory entry for every missing parent of every entry (what
 * unpacking creates), then sorts. Not for a manifest that spilled (BYOC_EUSAGE). */
int manifest_add_parents(struct manifest *m);

/* Adds implicit directory entries for the parents of path that prev (the path added
 * just before, or NULL) does not already imply: called for each path of an archive in
 * order, every parent is implied at least once, with no memory of what came before. */
int manifest_add_parents_of(struct manifest *m, const char *path, const char *prev);

/* Appends copies of all of src's entries to m (later entries win when sorted); src
 * must not have spilled. */
int manifest_merge(struct manifest *m, const struct manifest *src);
/* The same, moving src's entries and runs; src is left empty. */
int manifest_take(struct manifest *m, struct manifest *src);

/*
 * The whole manifest in path order, runs and memory merged, one entry per path
 * (the one that wins). The manifest must not change while a cursor is open.
 */
struct manifest_cursor;
int manifest_cursor_open(struct manifest *m, struct manifest_cursor **out);
/* 1 and *e (valid until the next call) for the next entry; 0 at the end; <0 an error. */
int manifest_cursor_next(struct manifest_cursor *c, const struct manifest_entry **e);
void manifest_cursor_close(struct manifest_cursor *c);

/* The canonical text of one entry, with its newline, into out (appended). */
int manifest_entry_line(const struct manifest_entry *e, struct buf *out);
/* Writes the canonical text (sorting first) to f. */
int manifest_write(struct manifest *m, FILE *f);
/* sha256 of the canonical text as 64 hex digits + NUL (sorts first). */
int manifest_sha256(struct manifest *m, char hex[65]);
/* The same, counting the files and their bytes in the same pass (one read of the runs). */
int manifest_digest(struct manifest *m, char hex[65], uint64_t *files, uint64_t *bytes);

/* Escapes a raw path the canonical way into out (appended). */
int manifest_escape(const char *path, struct buf *out);
/* Undoes manifest_escape on s[0..n) into out (replaced); refuses bad escapes,
 * NUL bytes and empty results. */
int manifest_unescape(const char *s, size_t n, struct buf *out);

/*
 * Parses text holding canonical lines in any order (blank lines ignored) and
 * adds the entries to m, then sorts. Anything else is BYOC_EPROTO naming the
 * line. Duplicate paths are refused.
 */
int manifest_parse(struct manifest *m, const char *text, size_t len);
/* The same, reading f to its end line by line, so that with manifest_spill a manifest of
 * any length is read in flat memory; a path listed twice is not detected then. */
int manifest_parse_file(struct manifest *m, FILE *f);

/*
 * Compares a (expected, the host's) with b (found, the sandbox's), both sorted
 * first. Returns 0 when equal; 1 when they differ, with a one-line description
 * of the first difference in path order written to diff ("missing in sandbox:
 * 'x'", "unexpected in sandbox: 'x'", "'x': size 3, expected 4", ...).
 */
int manifest_compare(struct manifest *a, struct manifest *b, char *diff, size_t n);

/*
 * A script for the sandbox's shell (POSIX sh + bash's `read -d`): prints the
 * manifest of directory ROOT (its first argument... given by setting the shell
 * variable BYOC_ROOT before it) in the canonical line form, with python3's
 * hashlib when python3 is present, else with sha256sum, od and awk. The
 * caller prefixes "BYOC_ROOT='...'\n" (quoted with sh_quote, util/shquote.h).
 * BYOC_SUM, when set, names a file that receives the manifest's sha256.
 * BYOC_META, when set, holds files-mode meta parts (lib/tarstream.h), one path
 * per line: their folders and symlinks are made before the walk, each file's
 * mode and mtime are set once it is hashed, the folders' last (python3 only).
 */
const char *manifest_sandbox_script(void);

#endif
