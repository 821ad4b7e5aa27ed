#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	strcpy(root, "/tmp/byoc-ctxhash.XXXXXX");
	cr_assert_not_null(mkdtemp(root));
}

static void teardown(void)
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	(void)system(cmd);
}

static void hash(const char *rel, const char *archive, const struct ctxhash_opts *o, char hex[33])
{
	char p[512];

	snprintf(p, sizeof(p), "%s/%s", root, rel);
	cr_assert_eq(ctxhash_path(p, archive, o, hex), 0, "hash failed: %s", byoc_errmsg());
}

/* contract.md §3.3 tree */
static void make_src_tree(bool with_empty2)
{
	char p[512];

	mkd("src");
	mkd("src/B");
	put("src/B/k", "x");
	put("src/a.txt", "abc");
	snprintf(p, sizeof(p), "%s/src/link", root);
	cr_assert_eq(symlink("a.txt", p), 0);
	mkd("src/sub");
	put("src/sub/_q", "y");
	if (with_empty2)
		mkd("src/sub/empty2");
	put("src/z.txt", "hello\n");
}

Test(ctxhash, vector_tree_with_empty_dir, .init = setup, .fini = teardown)
{
	char hex[33];

	make_src_tree(true);
	hash("src", "src", NULL, hex);
	cr_assert_str_eq(hex, "b4e64f6fcd6474c865f24be3088528ff");
}

Test(ctxhash, vector_tree_without_empty_dir, .init = setup, .fini = teardown)
{
	char hex[33];

	make_src_tree(false);
	hash("src", "src", NULL, hex);
	cr_assert_str_eq(hex, "14b7d4225ee4c8062d6baccae2a1fd0d");
	/* a trailing slash on the source path changes nothing */
	hash("src/", "src", NULL, hex);
	cr_assert_str_eq(hex, "14b7d4225ee4c8062d6baccae2a1fd0d");
}

Test(ctxhash, vector_single_file, .init = setup, .fini = teardown)
{
	char hex[33];

	put("app1.py", "print(1)\n");
	hash("app1.py", "app1.py", NULL, hex);
	cr_assert_str_eq(hex, "6066fe575c2a3ccf89ca085a83a77d54");
}

Test(ctxhash, vector_empty_dir, .init = setup, .fini = teardown)
{
	char hex[33];

	mkd("emptydir");
	hash("emptydir", "emptydir", NULL, hex);
	cr_assert_str_eq(hex, "8272c58ce55fe1b9571d22bffc35e6b1");
}

Test(ctxhash, missing_source_is_not_found, .init = setup, .fini = teardown)
{
	char hex[33], p[512];

	snprintf(p, sizeof(p), "%s/nope", root);
	cr_assert_eq(ctxhash_path(p, "nope", NULL, hex), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "nope"));
}

static bool excl_pyc(const char *path, bool is_dir, void *arg)
{
	(void)is_dir;
	(void)arg;
	return strstr(path, ".pyc") != NULL || strcmp(path, "src/sub") == 0;
}

struct seen {
	int files;
	uint64_t bytes;
	int links;
	char last[128];
};

static int on_file(const char *path, const char *abs, const struct stat *st, void *arg)
{
	struct seen *s = arg;

	(void)abs;
	s->files++;
	s->bytes += (uint64_t)st->st_size;
	snprintf(s->last, sizeof(s->last), "%s", path);
	return 0;
}

static int on_link(const char *path, const char *abs, const struct stat *st, void *arg)
{
	(void)path;
	(void)abs;
	(void)st;
	((struct seen *)arg)->links++;
	return 0;
}

Test(ctxhash, filter_equals_tree_without_excluded, .init = setup, .fini = teardown)
{
	char a[33], b[33];
	struct seen s = { 0 };
	struct ctxhash_opts o = { .exclude = excl_pyc, .on_file = on_file, .on_symlink = on_link, .arg = &s };

	make_src_tree(true);
	put("src/junk.pyc", "zzz");
	hash("src", "src", &o, a);
	cr_assert_eq(s.files, 3);          /* B/k a.txt z.txt; nothing from sub */
	cr_assert_eq(s.links, 1);
	cr_assert_str_eq(s.last, "src/z.txt");
	/* build the same tree without the excluded entries: hashes agree */
	cr_assert_eq(system("true"), 0);
	{
		char cmd[700];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s/src/sub' '%s/src/junk.pyc'", root, root);
		cr_assert_eq(system(cmd), 0);
	}
	hash("src", "src", NULL, b);
	cr_assert_str_eq(a, b);
}

Test(ctxhash, file_counts_and_whole_dir_archive, .init = setup, .fini = teardown)
{
	char hex[33];
	struct seen s = { 0 };
	struct ctxhash_opts o = { .on_file = on_file, .arg = &s };

	make_src_tree(true);
	hash(".", "", &o, hex);
	cr_assert_eq(s.files, 4);
	cr_assert_eq(s.bytes, 1 + 3 + 1 + 6);
	cr_assert_str_eq(s.last, "src/z.txt");
}

#include <openssl/evp.h>

/* files of 8 MiB and more are read by a second thread: same digest, odd sizes included */
Test(ctxhash, big_files_read_ahead, .init = setup, .fini = teardown)
{
	char p[512], hex[33], want[33];
	unsigned char *data, dig[16];
	size_t n = ((size_t)9 << 20) + 12345, i;
	unsigned int dl;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	FILE *f;

	data = malloc(n);
	cr_assert_not_null(data);
	for (i = 0; i < n; i++)
		data[i] = (unsigned char)(i * 2654435761u >> 13);
	snprintf(p, sizeof(p), "%s/big.bin", root);
	f = fopen(p, "w");
	cr_assert_eq(fwrite(data, 1, n, f), n);
	fclose(f);
	EVP_DigestInit_ex(md, EVP_md5(), NULL);
	EVP_DigestUpdate(md, "big.bin", 7);
	EVP_DigestUpdate(md, data, n);
	EVP_DigestFinal_ex(md, dig, &dl);
	EVP_MD_CTX_free(md);
	for (i = 0; i < 16; i++)
		snprintf(want + 2 * i, 3, "%02x", dig[i]);
	hash("big.bin", "big.bin", NULL, hex);
	cr_assert_str_eq(hex, want);
	free(data);
}
