#include <criterion/criterion.h>
#include <string.h>

#include "lib/dockerignore.h"
#include "util/err.h"

static struct dockerignore *load(const char *text)
{
	struct dockerignore *di = NULL;

	cr_assert_eq(dockerignore_parse(".dockerignore", text, strlen(text), &di), 0, "%s", byoc_errmsg());
	return di;
}

static bool one(const char *pattern, const char *path)
{
	struct dockerignore *di = load(pattern);
	bool r = dockerignore_excluded(di, path);

	dockerignore_free(di);
	return r;
}

/* moby/patternmatcher TestMatches, one pattern each */
static const struct {
	const char *pattern, *path;
	bool want;
} cases[] = {
	{ "**", "file", true }, { "**", "file/", true }, { "**/", "file", true }, { "**/", "file/", true },
	{ "**", "/", true }, { "**/", "/", true }, { "**", "dir/file", true }, { "**/", "dir/file", true },
	{ "**", "dir/file/", true }, { "**/", "dir/file/", true }, { "**/**", "dir/file", true },
	{ "**/**", "dir/file/", true }, { "dir/**", "dir/file", true }, { "dir/**", "dir/file/", true },
	{ "dir/**", "dir/dir2/file", true }, { "dir/**", "dir/dir2/file/", true }, { "**/dir", "dir", true },
	{ "**/dir", "dir/file", true }, { "**/dir2/*", "dir/dir2/file", true },
	{ "**/dir2/*", "dir/dir2/file/", true }, { "**/dir2/**", "dir/dir2/dir3/file", true },
	{ "**/dir2/**", "dir/dir2/dir3/file/", true }, { "**file", "file", true }, { "**file", "dir/file", true },
	{ "**/file", "dir/file", true }, { "**file", "dir/dir/file", true }, { "**/file", "dir/dir/file", true },
	{ "**/file*", "dir/dir/file", true }, { "**/file*", "dir/dir/file.txt", true },
	{ "**/file*txt", "dir/dir/file.txt", true }, { "**/file*.txt", "dir/dir/file.txt", true },
	{ "**/file*.txt*", "dir/dir/file.txt", true }, { "**/**/*.txt", "dir/dir/file.txt", true },
	{ "**/**/*.txt2", "dir/dir/file.txt", false }, { "**/*.txt", "file.txt", true },
	{ "**/**/*.txt", "file.txt", true }, { "a**/*.txt", "a/file.txt", true },
	{ "a**/*.txt", "a/dir/file.txt", true }, { "a**/*.txt", "a/dir/dir/file.txt", true },
	{ "a/*.txt", "a/dir/file.txt", false }, { "a/*.txt", "a/file.txt", true },
	{ "a/*.txt**", "a/file.txt", true }, { "a[b-d]e", "ae", false }, { "a[b-d]e", "ace", true },
	{ "a[b-d]e", "aae", false }, { "a[^b-d]e", "aze", true }, { ".*", ".foo", true }, { ".*", "foo", false },
	{ "abc.def", "abcdef", false }, { "abc.def", "abc.def", true }, { "abc.def", "abcZdef", false },
	{ "abc?def", "abcZdef", true }, { "abc?def", "abcdef", false }, { "a\\\\", "a\\", true },
	{ "**/foo/bar", "foo/bar", true }, { "**/foo/bar", "dir/foo/bar", true },
	{ "**/foo/bar", "dir/dir2/foo/bar", true }, { "abc/**", "abc", false }, { "abc/**", "abc/def", true },
	{ "abc/**", "abc/def/ghi", true }, { "**/.foo", ".foo", true }, { "**/.foo", "bar.foo", false },
	{ "a(b)c/def", "a(b)c/def", true }, { "a(b)c/def", "a(b)c/xyz", false },
	{ "a.|)$(}+{bc", "a.|)$(}+{bc", true },
	{ "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
	  "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true },
	{ "dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true },
	/* root-anchored: *.md does not reach into folders, a folder match excludes its subtree */
	{ "*.md", "README.md", true }, { "*.md", "docs/a.md", false }, { "node_modules", "node_modules/x/y.js", true },
	{ "*/temp*", "somedir/temporary.txt", true }, { "*/*/temp*", "somedir/subdir/temporary.txt", true },
	{ "temp?", "tempa", true }, { "temp?", "temp/x", false }, { "a\\*b", "a*b", true }, { "a\\*b", "axb", false },
};

Test(dockerignore, patternmatcher_cases)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		cr_expect_eq(one(cases[i].pattern, cases[i].path), cases[i].want, "pattern '%s' path '%s' want %d",
			     cases[i].pattern, cases[i].path, cases[i].want);
}

Test(dockerignore, cleaning_leading_slash_dot_and_trailing_slash)
{
	struct dockerignore *di = load("./build\n/dist/\nlogs/\n   spaced.txt   \n");

	cr_assert(dockerignore_excluded(di, "build/a.o"));
	cr_assert(dockerignore_excluded(di, "dist"));
	cr_assert(dockerignore_excluded(di, "logs/x.log"));
	cr_assert(dockerignore_excluded(di, "spaced.txt"));
	cr_assert_not(dockerignore_excluded(di, "src/build"));
	dockerignore_free(di);
}

Test(dockerignore, comments_only_in_column_one)
{
	struct dockerignore *di = load("# a comment\n#secret\n \t#hash\n\n");

	cr_assert_eq(dockerignore_count(di), 1);
	cr_assert_not(dockerignore_excluded(di, "secret"));
	cr_assert(dockerignore_excluded(di, "#hash"));
	dockerignore_free(di);
}

Test(dockerignore, exceptions_last_match_wins)
{
	struct dockerignore *di = load("*.md\n!README*.md\nREADME-secret.md\n");

	cr_assert(dockerignore_has_exceptions(di));
	cr_assert(dockerignore_excluded(di, "CHANGES.md"));
	cr_assert_not(dockerignore_excluded(di, "README.md"));
	cr_assert(dockerignore_excluded(di, "README-secret.md"));
	dockerignore_free(di);
}

Test(dockerignore, exception_under_excluded_folder)
{
	struct dockerignore *di = load("data\n!data/keep.csv\n! ./other\n");

	cr_assert(dockerignore_excluded(di, "data"));
	cr_assert(dockerignore_excluded(di, "data/big.bin"));
	cr_assert_not(dockerignore_excluded(di, "data/keep.csv"));
	cr_assert(dockerignore_may_include_below(di, "data"));
	cr_assert_not(dockerignore_may_include_below(di, "dat"));
	cr_assert_not(dockerignore_may_include_below(di, "node_modules"));
	dockerignore_free(di);
}

Test(dockerignore, everything_but)
{
	struct dockerignore *di = load("*\n!src\n!Dockerfile\n");

	cr_assert(dockerignore_excluded(di, "secret.env"));
	cr_assert(dockerignore_excluded(di, ".dockerignore"));
	cr_assert_not(dockerignore_excluded(di, "Dockerfile"));
	cr_assert_not(dockerignore_excluded(di, "src/main.c"));
	dockerignore_free(di);
}

Test(dockerignore, bad_patterns_name_the_line)
{
	struct dockerignore *di = NULL;

	cr_assert_lt(dockerignore_parse(".dockerignore", "ok\n[abc\n", 8, &di), 0);
	cr_assert(strstr(byoc_errmsg(), "line 2"), "%s", byoc_errmsg());
	cr_assert_lt(dockerignore_parse(".dockerignore", "!\n", 2, &di), 0);
	cr_assert(strstr(byoc_errmsg(), "line 1"));
}

Test(dockerignore, missing_file_is_empty)
{
	struct dockerignore *di = NULL;

	cr_assert_eq(dockerignore_load("/nonexistent/.dockerignore", &di), 0);
	cr_assert_eq(dockerignore_count(di), 0);
	cr_assert_not(dockerignore_excluded(di, "x"));
	dockerignore_free(di);
}

Test(dockerignore, clean_path)
{
	char out[64];

	dockerignore_clean_path("./a//b/../c/", out);
	cr_assert_str_eq(out, "a/c");
	dockerignore_clean_path("../x", out);
	cr_assert_str_eq(out, "../x");
	dockerignore_clean_path("/..", out);
	cr_assert_str_eq(out, "/");
	dockerignore_clean_path("", out);
	cr_assert_str_eq(out, ".");
}
