#include <archive.h>
#include <archive_entry.h>
#include <criterion/criterion.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "lib/manifest.h"
#include "lib/pathcheck.h"
#include "util/buf.h"
#include "util/err.h"

/* An in-memory archive: entries "TYPE NAME [TARGET|CONTENT]" with TYPE f, d, l (symlink), h (hard link), p (fifo). */
struct ent {
	char type;
	const char *name;
	const char *arg;
};

static size_t build(const struct ent *v, size_t n, int zip, char *out, size_t max)
{
	struct archive *a = archive_write_new();
	struct archive_entry *e;
	size_t used = 0, i;

	if (zip)
		archive_write_set_format_zip(a);
	else
		archive_write_set_format_pax_restricted(a);
	cr_assert_eq(archive_write_open_memory(a, out, max, &used), ARCHIVE_OK);
	for (i = 0; i < n; i++) {
		e = archive_entry_new();
		archive_entry_set_pathname(e, v[i].name);
		archive_entry_set_perm(e, 0644);
		switch (v[i].type) {
		case 'f':
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_size(e, v[i].arg ? (la_int64_t)strlen(v[i].arg) : 0);
			break;
		case 'd':
			archive_entry_set_filetype(e, AE_IFDIR);
			break;
		case 'l':
			archive_entry_set_filetype(e, AE_IFLNK);
			archive_entry_set_symlink(e, v[i].arg);
			break;
		case 'h':
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_hardlink(e, v[i].arg);
			break;
		case 'p':
			archive_entry_set_filetype(e, AE_IFIFO);
			break;
		}
		cr_assert_geq(archive_write_header(a, e), ARCHIVE_WARN, "%s", archive_error_string(a));
		if (v[i].type == 'f' && v[i].arg)
			archive_write_data(a, v[i].arg, strlen(v[i].arg));
		archive_entry_free(e);
	}
	archive_write_close(a);
	archive_write_free(a);
	return used;
}

static int check(const struct ent *v, size_t n, struct manifest *m)
{
	static char mem[1 << 20];
	size_t len = build(v, n, 0, mem, sizeof(mem));

	return pathcheck_archive_mem(mem, len, false, m);
}

#define REFUSED(name, ...) \
	Test(pathcheck, refuses_##name) \
	{ \
		const struct ent v[] = { __VA_ARGS__ }; \
		struct manifest m; \
		manifest_init(&m); \
		cr_assert_eq(check(v, sizeof(v) / sizeof(v[0]), &m), BYOC_EREFUSED, "accepted (%s)", byoc_errmsg()); \
		manifest_release(&m); \
	}

REFUSED(dotdot_entry, { 'f', "../evil", "x" })
REFUSED(dotdot_inside, { 'd', "a", NULL }, { 'f', "a/../../evil", "x" })
REFUSED(absolute_path, { 'f', "/etc/evil", "x" })
REFUSED(absolute_symlink, { 'l', "l", "/etc" })
REFUSED(symlink_up, { 'l', "l", "../outside" })
REFUSED(symlink_up_from_subdir, { 'd', "a", NULL }, { 'l', "a/l", "../../x" })
REFUSED(symlink_then_file_through_it, { 'l', "l", "sub" }, { 'd', "sub", NULL }, { 'f', "l/passwd", "x" })
REFUSED(file_then_symlink_over_its_dir, { 'f', "d/x", "x" }, { 'l', "d", "/tmp" })
/* lexically inside ("b/.." is the root) but b is itself a link to ".", so a resolves above the root */
REFUSED(symlink_through_symlink_out, { 'l', "b", "." }, { 'l', "a", "b/.." }, { 'l', "c", "a/.." })
REFUSED(symlink_loop, { 'l', "a", "b" }, { 'l', "b", "a/x" })
REFUSED(hardlink_out, { 'h', "h", "../../etc/passwd" })
REFUSED(hardlink_absolute, { 'h', "h", "/etc/passwd" })
REFUSED(hardlink_to_missing, { 'h', "h", "nothing" })
REFUSED(hardlink_to_a_later_file, { 'h', "h", "f" }, { 'f', "f", "x" })
REFUSED(hardlink_to_a_folder, { 'd', "d", NULL }, { 'h', "h", "d" })
REFUSED(hardlink_to_a_symlink, { 'l', "l", "f" }, { 'f', "f", "x" }, { 'h', "h", "l" })
REFUSED(hardlink_to_a_file_replaced_by_a_folder, { 'f', "f", "x" }, { 'd', "f", NULL }, { 'h', "h", "f" })
REFUSED(fifo, { 'p', "fifo", NULL })
REFUSED(root_as_symlink, { 'l', ".", "/etc" })

Test(pathcheck, accepts_links_inside_and_builds_the_manifest)
{
	const struct ent v[] = {
		{ 'd', "./", NULL },
		{ 'd', "./top", NULL },
		{ 'f', "top/file", "hello" },
		{ 'l', "top/rel", "file" },
		{ 'l', "up", "top/../top/file" },
		{ 'l', "dangling", "top/none" },
		{ 'h', "top/hard", "top/file" },
		{ 'f', "empty", NULL },
		{ 'd', "top//emptydir/", NULL },
	};
	struct manifest m, want;
	unsigned char sha[32];
	char diff[256];

	manifest_init(&m);
	cr_assert_eq(check(v, 9, &m), 0, "%s", byoc_errmsg());
	manifest_init(&want);
	manifest_add(&want, "top", 'd', 0, NULL);
	EVP_Digest("hello", 5, sha, NULL, EVP_sha256(), NULL);
	manifest_add(&want, "top/file", 'f', 5, sha);
	manifest_add(&want, "top/hard", 'f', 5, sha);
	manifest_add_link(&want, "top/rel", "file");
	manifest_add_link(&want, "up", "top/../top/file");
	manifest_add_link(&want, "dangling", "top/none");
	EVP_Digest("", 0, sha, NULL, EVP_sha256(), NULL);
	manifest_add(&want, "empty", 'f', 0, sha);
	manifest_add(&want, "top/emptydir", 'd', 0, NULL);
	cr_assert_eq(manifest_compare(&want, &m, diff, sizeof(diff)), 0, "%s", diff);
	manifest_release(&m);
	manifest_release(&want);
}

Test(pathcheck, links_out_ok_allows_links_out_but_not_writes_through_them)
{
	struct pathcheck *pc = pathcheck_new(true);

	cr_assert_eq(pathcheck_add(pc, "l", PATHCHECK_SYMLINK, "/usr/bin/python3", NULL), 0);
	cr_assert_eq(pathcheck_finish(pc), 0);
	cr_assert_eq(pathcheck_add(pc, "l/x", PATHCHECK_FILE, NULL, NULL), 0);
	cr_assert_eq(pathcheck_finish(pc), BYOC_EREFUSED);
	pathcheck_free(pc);
}

/* Only one entry per run of the same folder is kept: whichever entry of a folder comes
 * first, a symlink of that folder's name, or of a parent, is still found. */
Test(pathcheck, finds_writes_through_a_symlink_from_any_entry_of_a_folder)
{
	static const char *const links[] = { "d", "d/e", "top" };
	size_t i;

	for (i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		struct pathcheck *pc = pathcheck_new(false);

		cr_assert_eq(pathcheck_add(pc, "top/d/e/f1", PATHCHECK_FILE, NULL, NULL), 0);
		cr_assert_eq(pathcheck_add(pc, "top/d/e/f2", PATHCHECK_FILE, NULL, NULL), 0);
		cr_assert_eq(pathcheck_add(pc, "top/d/e/f3", PATHCHECK_DIR, NULL, NULL), 0);
		cr_assert_eq(pathcheck_add(pc, "top/other", PATHCHECK_FILE, NULL, NULL), 0);
		cr_assert_eq(pathcheck_finish(pc), 0);
		/* the symlink comes last, named after a folder seen long before */
		cr_assert_eq(pathcheck_add(pc, strcmp(links[i], "top") ? (strcmp(links[i], "d") ? "top/d/e" : "top/d") : "top",
					   PATHCHECK_SYMLINK, "elsewhere", NULL), 0);
		cr_assert_eq(pathcheck_finish(pc), BYOC_EREFUSED, "symlink %s", links[i]);
		cr_assert(strstr(byoc_errmsg(), "would be written through the symlink"), "%s", byoc_errmsg());
		pathcheck_free(pc);
	}
}

/* Archives keep every file: a hard link may name any earlier one. */
Test(pathcheck, hard_links_find_any_earlier_file_of_a_folder)
{
	char dir[] = "/tmp/byoc-pathcheck-XXXXXX", cmd[512], tar_path[300];
	struct manifest m;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(tar_path, sizeof(tar_path), "%s/t.tar", dir);
	snprintf(cmd, sizeof(cmd), "set -e; cd %s; mkdir a; echo 1 > a/x; echo 2 > a/y; echo 3 > a/z;"
		 " ln a/x a/hx; ln a/y hy; tar cf t.tar a hy", dir);
	cr_assert_eq(system(cmd), 0);
	manifest_init(&m);
	cr_assert_eq(pathcheck_archive_file(tar_path, false, &m), 0, "%s", byoc_errmsg());
	manifest_sort(&m);
	cr_assert_eq(m.n, 6);  /* a, a/hx, a/x, a/y, a/z, hy */
	manifest_release(&m);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

/* As GNU tar unpacks: a hard link shares the content its target had when the link came
 * (a later file of the target's name replaces the target, not the link); a later entry
 * of the link's name replaces the link; a link to a link is a link to its file; and the
 * folders entries need are in the manifest even when the archive has no entry for them. */
Test(pathcheck, hard_links_take_their_targets_content_at_the_time)
{
	const struct ent v[] = {
		{ 'f', "a", "X" },
		{ 'h', "b", "a" },
		{ 'f', "a", "YY" },
		{ 'h', "c", "b" },
		{ 'h', "d", "a" },
		{ 'f', "d", "ZZZ" },
		{ 'h', "deep/er/e", "a" },
		{ 'f', "only/file", "w" },
	};
	struct manifest m, want;
	unsigned char x[32], y[32], z[32], w[32];
	char diff[256];

	EVP_Digest("X", 1, x, NULL, EVP_sha256(), NULL);
	EVP_Digest("YY", 2, y, NULL, EVP_sha256(), NULL);
	EVP_Digest("ZZZ", 3, z, NULL, EVP_sha256(), NULL);
	EVP_Digest("w", 1, w, NULL, EVP_sha256(), NULL);
	for (int spill = 0; spill < 2; spill++) {
		manifest_init(&m);
		if (spill)
			manifest_spill(&m, 2);
		cr_assert_eq(check(v, sizeof(v) / sizeof(v[0]), &m), 0, "%s", byoc_errmsg());
		manifest_init(&want);
		manifest_add(&want, "a", 'f', 2, y);
		manifest_add(&want, "b", 'f', 1, x);
		manifest_add(&want, "c", 'f', 1, x);
		manifest_add(&want, "d", 'f', 3, z);
		manifest_add(&want, "deep", 'd', 0, NULL);
		manifest_add(&want, "deep/er", 'd', 0, NULL);
		manifest_add(&want, "deep/er/e", 'f', 2, y);
		manifest_add(&want, "only", 'd', 0, NULL);
		manifest_add(&want, "only/file", 'f', 1, w);
		cr_assert_eq(manifest_compare(&want, &m, diff, sizeof(diff)), 0, "spill %d: %s", spill, diff);
		manifest_release(&m);
		manifest_release(&want);
	}
}

Test(pathcheck, normalizes_names)
{
	struct buf b;

	buf_init(&b, 0);
	cr_assert_eq(pathcheck_normalize("./a//b/./c/", &b), 0);
	cr_assert_str_eq(b.data, "a/b/c");
	cr_assert_eq(pathcheck_normalize("a/..b/c..", &b), 0);
	cr_assert_str_eq(b.data, "a/..b/c..");
	cr_assert_eq(pathcheck_normalize("a/../b", &b), BYOC_EREFUSED);
	cr_assert_eq(pathcheck_normalize("//x", &b), BYOC_EREFUSED);
	cr_assert_eq(pathcheck_normalize(".", &b), BYOC_EREFUSED);
	buf_release(&b);
}

Test(pathcheck, reads_zip)
{
	static char mem[1 << 16];
	const struct ent v[] = { { 'd', "z", NULL }, { 'f', "z/a", "abc" } };
	const struct ent bad[] = { { 'f', "../z", "abc" } };
	struct manifest m;
	size_t n = build(v, 2, 1, mem, sizeof(mem));

	manifest_init(&m);
	cr_assert_eq(pathcheck_archive_mem(mem, n, false, &m), 0, "%s", byoc_errmsg());
	cr_assert_eq(m.n, 2);
	manifest_release(&m);
	n = build(bad, 1, 1, mem, sizeof(mem));
	manifest_init(&m);
	cr_assert_eq(pathcheck_archive_mem(mem, n, false, &m), BYOC_EREFUSED);
	manifest_release(&m);
}

Test(pathcheck, garbage_is_not_an_archive)
{
	struct manifest m;

	manifest_init(&m);
	cr_assert_eq(pathcheck_archive_mem("hello world, not a tar", 22, false, &m), BYOC_EPROTO);
	manifest_release(&m);
}
