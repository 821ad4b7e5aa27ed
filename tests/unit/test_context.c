#include <archive.h>
#include <archive_entry.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/context.h"
#include "lib/ctxhash.h"
#include "util/err.h"

static char root[256];

static void put(const char *rel, const char *content)
{
	char p[512];
	FILE *f;

	snprintf(p, sizeof(p), "%s/%s", root, rel);
	f = fopen(p, "w");
	cr_assert_not_null(f, "cannot create %s", p);
	fputs(content, f);
	fclose(f);
}

static void mkd(const char *rel)
{
	char p[512];

	snprintf(p, sizeof(p), "%s/%s", root, rel);
	cr_assert_eq(mkdir(p, 0755), 0, "mkdir %s", p);
}

static void setup(void)
{
	strcpy(root, "/tmp/byoc-ctx.XXXXXX");
	cr_assert_not_null(mkdtemp(root));
	mkd("proj");
	mkd("proj/src");
	mkd("proj/src/sub");
	put("proj/src/a.txt", "abc");
	put("proj/src/sub/b.txt", "bb");
	put("proj/src/junk.pyc", "zzz");
	put("proj/app.py", "print(1)\n");
	put("proj/req.txt", "numpy\n");
	put("outside.txt", "no");
}

static void teardown(void)
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	(void)system(cmd);
}

static struct ctx_list *collect(const char *dockerfile_text, int want_rc)
{
	char p[512];
	struct ctx_list *l = NULL;
	struct ctx_opts o = { .hash = true };
	int rc;

	put("proj/Dockerfile", dockerfile_text);
	snprintf(p, sizeof(p), "%s/proj/Dockerfile", root);
	rc = ctx_collect(p, &o, &l);
	cr_assert_eq(rc, want_rc, "rc %d (%s)", rc, byoc_errmsg());
	return l;
}

static const struct ctx_source *find(const struct ctx_list *l, const char *archive)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].archive_path, archive) == 0)
			return &l->v[i];
	cr_assert_fail("no context with archivePath '%s'", archive);
	return NULL;
}

static void hash_of(const char *rel, const char *archive, char hex[33])
{
	char p[512];

	snprintf(p, sizeof(p), "%s/%s", root, rel);
	cr_assert_eq(ctxhash_path(p, archive, NULL, hex), 0, "%s", byoc_errmsg());
}

Test(context, archive_paths_as_the_sdk, .init = setup, .fini = teardown)
{
	struct ctx_list *l = collect("FROM x\nCOPY src /app\nCOPY ./src/sub/ /y\nCOPY app.py /app/\n"
				     "COPY . /all\nCOPY src /again\n", 0);
	char hex[33];

	cr_assert_eq(l->n, 4);   /* "src" once */
	cr_assert_str_eq(l->v[0].archive_path, "src");
	cr_assert_eq(l->v[0].line, 2);
	cr_assert(l->v[0].is_dir);
	cr_assert_eq(l->v[0].files, 3);
	cr_assert_eq(l->v[0].bytes, 8);
	cr_assert_str_eq(l->v[1].archive_path, "src/sub/");
	cr_assert_str_eq(l->v[2].archive_path, "app.py");
	cr_assert_str_eq(l->v[3].archive_path, "");
	hash_of("proj/src", "src", hex);
	cr_assert_str_eq(find(l, "src")->hash, hex);
	hash_of("proj/src/sub", "src/sub/", hex);
	cr_assert_str_eq(find(l, "src/sub/")->hash, hex);
	hash_of("proj/app.py", "app.py", hex);
	cr_assert_str_eq(find(l, "app.py")->hash, hex);
	hash_of("proj", "", hex);
	cr_assert_str_eq(find(l, "")->hash, hex);
	ctx_list_free(l);
}

Test(context, globs_match_files_and_folders, .init = setup, .fini = teardown)
{
	struct ctx_list *l;

	mkd("proj/srcb");
	put("proj/srcb/c", "c");
	l = collect("FROM x\nCOPY *.txt src* /x/\n", 0);
	cr_assert_eq(l->n, 3);
	cr_assert_str_eq(l->v[0].archive_path, "req.txt");
	cr_assert_str_eq(l->v[1].archive_path, "src");
	cr_assert_str_eq(l->v[2].archive_path, "srcb");
	cr_assert(l->v[2].is_dir);
	ctx_list_free(l);
	l = collect("FROM x\nCOPY nomatch* /x/\n", BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "line 2"), "%s", byoc_errmsg());
}

Test(context, not_context_from_url_heredoc, .init = setup, .fini = teardown)
{
	struct ctx_list *l = collect("FROM x AS b\nFROM y\nCOPY --from=b /out /out\nCOPY --from b /o /o\n"
				     "ADD https://example.com/a.tgz /a\nCOPY <<EOF /etc/x\nhello\nEOF\n"
				     "ADD --chown=1:1 req.txt /r\n", 0);

	cr_assert_eq(l->n, 1);
	cr_assert_str_eq(l->v[0].archive_path, "req.txt");
	cr_assert_str_eq(l->v[0].keyword, "ADD");
	cr_assert_eq(l->v[0].line, 9);
	ctx_list_free(l);
}

Test(context, dockerignore_applied, .init = setup, .fini = teardown)
{
	struct ctx_list *l;
	char hex[33], cmd[600];
	size_t i;

	put("proj/.dockerignore", "**/*.pyc\nsrc/sub\n");
	l = collect("FROM x\nCOPY src /app\n", 0);
	cr_assert_eq(l->v[0].files, 1);
	for (i = 0; i < l->v[0].nitems; i++) {
		cr_assert_null(strstr(l->v[0].items[i].name, "pyc"));
		cr_assert_null(strstr(l->v[0].items[i].name, "sub"));
	}
	/* the hash equals the SDK's over the tree without the excluded entries */
	snprintf(cmd, sizeof(cmd), "rm -rf '%s/proj/src/sub' '%s/proj/src/junk.pyc'", root, root);
	cr_assert_eq(system(cmd), 0);
	hash_of("proj/src", "src", hex);
	cr_assert_str_eq(l->v[0].hash, hex);
	ctx_list_free(l);
}

Test(context, excluded_source_is_an_error, .init = setup, .fini = teardown)
{
	put("proj/.dockerignore", "*.txt\n");
	collect("FROM x\nRUN true\nCOPY req.txt /r\n", BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "line 3"), "%s", byoc_errmsg());
	cr_assert(strstr(byoc_errmsg(), ".dockerignore"), "%s", byoc_errmsg());
}

Test(context, missing_and_escaping_sources_name_the_line, .init = setup, .fini = teardown)
{
	char p[512];

	collect("FROM x\n\nCOPY nope /x\n", BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "line 3"), "%s", byoc_errmsg());
	cr_assert(strstr(byoc_errmsg(), "nope"));
	collect("FROM x\nCOPY ../outside.txt /x\n", BYOC_EREFUSED);
	cr_assert(strstr(byoc_errmsg(), "line 2"), "%s", byoc_errmsg());
	snprintf(p, sizeof(p), "%s/proj/link", root);
	cr_assert_eq(symlink("../outside.txt", p), 0);
	collect("FROM x\nRUN x\nCOPY link /x\n", BYOC_EREFUSED);
	cr_assert(strstr(byoc_errmsg(), "line 3"), "%s", byoc_errmsg());
}

Test(context, over_the_limit_lists_largest, .init = setup, .fini = teardown)
{
	char p[512];
	struct ctx_list *l = NULL;
	struct ctx_opts o = { .hash = false, .max_bytes = 5 };

	put("proj/Dockerfile", "FROM x\nCOPY src /app\n");
	snprintf(p, sizeof(p), "%s/proj/Dockerfile", root);
	cr_assert_eq(ctx_collect(p, &o, &l), BYOC_EREFUSED);
	cr_assert(strstr(byoc_errmsg(), "src/a.txt (3 B)"), "%s", byoc_errmsg());
	cr_assert(strstr(byoc_errmsg(), "line 2"), "%s", byoc_errmsg());
	o.max_bytes = 8;
	cr_assert_eq(ctx_collect(p, &o, &l), 0);
	cr_assert_str_eq(l->v[0].hash, "");
	cr_assert_eq(l->v[0].nlargest, 3);
	cr_assert_str_eq(l->v[0].largest[0].path, "src/a.txt");
	ctx_list_free(l);
}

static la_ssize_t rd(struct archive *a, void *arg, const void **buf)
{
	static char b[1000];
	ssize_t n = ctx_tar_read(arg, b, sizeof(b));   /* small reads: exercise the stepping */

	(void)a;
	*buf = b;
	return n < 0 ? -1 : n;
}

/* The SDK's second is Node's stat time rounded to the millisecond, then floored. */
Test(context, tar_mtimes_round_as_node_does, .init = setup, .fini = teardown)
{
	static const struct { long ns; time_t add; } cases[] = {
		{ 0, 0 }, { 400000000, 0 }, { 999499999, 0 }, { 999500000, 1 }, { 999700000, 1 },
	};
	struct ctx_list *l;
	struct ctx_tar *t;
	struct archive *a;
	struct archive_entry *e;
	char p[512];
	const time_t base = 1795342959;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct timespec ts[2] = { { base, cases[i].ns }, { base, cases[i].ns } };

		snprintf(p, sizeof(p), "%s/proj/src/a.txt", root);
		cr_assert_eq(utimensat(AT_FDCWD, p, ts, 0), 0);
		l = collect("FROM x\nCOPY src/a.txt /app/\n", 0);
		cr_assert_eq(ctx_tar_open(&l->v[0], &t), 0);
		a = archive_read_new();
		archive_read_support_format_tar(a);
		cr_assert_eq(archive_read_open(a, t, NULL, rd, NULL), ARCHIVE_OK);
		cr_assert_eq(archive_read_next_header(a, &e), ARCHIVE_OK);
		cr_assert_eq(archive_entry_mtime(e), base + cases[i].add, "%ld ns: %lld", cases[i].ns,
			     (long long)archive_entry_mtime(e));
		archive_read_free(a);
		ctx_tar_close(t);
		ctx_list_free(l);
	}
}

Test(context, tar_in_the_sdk_format, .init = setup, .fini = teardown)
{
	struct ctx_list *l;
	struct ctx_tar *t;
	struct archive *a;
	struct archive_entry *e;
	char p[512], data[16];
	const char *want[] = { "src/", "src/a.txt", "src/junk.pyc", "src/lnk", "src/sub/", "src/sub/b.txt" };
	size_t i = 0;
	uint64_t size = 0, got = 0;
	char big[4096];
	ssize_t n;

	snprintf(p, sizeof(p), "%s/proj/src/lnk", root);
	cr_assert_eq(symlink("a.txt", p), 0);
	snprintf(p, sizeof(p), "%s/proj/src/a.txt", root);
	chmod(p, 0700);
	l = collect("FROM x\nCOPY src /app\n", 0);
	cr_assert_eq(ctx_tar_open(&l->v[0], &t), 0);
	a = archive_read_new();
	archive_read_support_format_tar(a);
	cr_assert_eq(archive_read_open(a, t, NULL, rd, NULL), ARCHIVE_OK);
	while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
		cr_assert_lt(i, 6);
		cr_assert_str_eq(archive_entry_pathname(e), want[i], "entry %zu: %s", i, archive_entry_pathname(e));
		cr_assert_eq(archive_entry_uid(e), 0);
		cr_assert(!archive_entry_uname(e) || !*archive_entry_uname(e));
		if (i == 0 || i == 4) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFDIR);
			cr_assert_eq(archive_entry_perm(e), 0755);
			cr_assert_eq(archive_entry_mtime(e), 0);
		} else if (i == 1) {
			cr_assert_eq(archive_entry_perm(e), 0700);
			cr_assert_eq(archive_read_data(a, data, sizeof(data)), 3);
			cr_assert_eq(memcmp(data, "abc", 3), 0);
		} else if (i == 3) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFLNK);
			cr_assert_str_eq(archive_entry_symlink(e), "a.txt");
		} else {
			cr_assert_eq(archive_entry_perm(e), 0644);
		}
		i++;
	}
	cr_assert_eq(i, 6);
	archive_read_free(a);
	/* the size is known up front, and a rewind gives the same bytes again */
	cr_assert_eq(ctx_tar_size(&l->v[0], &size), 0);
	cr_assert_eq(ctx_tar_rewind(t), 0);
	while ((n = ctx_tar_read(t, big, sizeof(big))) > 0)
		got += (uint64_t)n;
	cr_assert_eq(n, 0);
	cr_assert_eq(got, size);
	ctx_tar_close(t);
	ctx_list_free(l);
}

Test(context, whole_folder_tar_names, .init = setup, .fini = teardown)
{
	struct ctx_list *l = collect("FROM x\nCOPY . /app\n", 0);
	size_t i;

	cr_assert_str_eq(l->v[0].items[0].name, "./");
	for (i = 1; i < l->v[0].nitems; i++)
		cr_assert_eq(strncmp(l->v[0].items[i].name, "./", 2), 0);
	ctx_list_free(l);
}

Test(context, arg_and_env_in_sources_are_expanded, .init = setup, .fini = teardown)
{
	struct ctx_list *l = collect("ARG DIR=src\nFROM x\nARG DIR\nENV APP=app.py\nCOPY ${DIR}/sub $APP /x/\n", 0);

	cr_assert_eq(l->n, 2);
	cr_assert_str_eq(l->v[0].archive_path, "src/sub");
	cr_assert_str_eq(l->v[1].archive_path, "app.py");
	ctx_list_free(l);
}
