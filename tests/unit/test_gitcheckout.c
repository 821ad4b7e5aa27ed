#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/gitcheckout.h"
#include "lib/gitpack.h"
#include "util/err.h"

static char top[64];

static void sh(const char *fmt, ...)
{
	char cmd[8192];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
}

static void out_of(char *out, size_t n, const char *fmt, ...)
{
	char cmd[4096];
	va_list ap;
	FILE *f;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	f = popen(cmd, "r");
	cr_assert(f);
	out[0] = 0;
	if (!fgets(out, (int)n, f))
		out[0] = 0;
	out[strcspn(out, "\n")] = 0;
	pclose(f);
}

#define GIT "git -c user.name=t -c user.email=t@e -c init.defaultBranch=main"

static void hex2bin(const char *hex, unsigned char oid[20])
{
	for (int i = 0; i < 20; i++)
		sscanf(hex + 2 * i, "%2hhx", &oid[i]);
}

static void setup(void)
{
	strcpy(top, "/tmp/byoc-gco.XXXXXX");
	cr_assert(mkdtemp(top));
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("HOME", top, 1);
	setenv("TMPDIR", top, 1);
	/* nested folders whose names sort around '/', an executable, a symlink, an empty file,
	 * a non-ASCII name, a submodule (gitlink), and a history so that the pack has deltas */
	sh("cd %s && " GIT " init -q r && cd r && mkdir -p a/b/c a-b a.b 'é ü' && seq 1 5000 > a/b/c/big && "
	   "echo x > a-b/f && echo y > a.b/f && echo z > 'é ü/ñ' && : > empty && printf '#!/bin/sh\\n' > run && chmod +x run && "
	   "ln -s a/b/c/big link && ln -s /etc/passwd abs && " GIT " add -A && " GIT " commit -qm 1 && "
	   "for i in 1 2 3; do echo $i >> a/b/c/big; " GIT " commit -qam $i; done && "
	   GIT " update-index --add --cacheinfo 160000,$(git rev-parse HEAD~1),sub && " GIT " commit -qm sub && "
	   "git repack -adq && rm -f .git/index", top);
}

static void teardown(void)
{
	sh("rm -rf %s", top);
}

TestSuite(gitcheckout, .init = setup, .fini = teardown);

/* loose objects, the ones this test makes: through git cat-file */
static int cat_file(void *arg, const unsigned char oid[20], int *type, unsigned char **data, size_t *len)
{
	static const char *names[] = { "", "commit", "tree", "blob", "tag" };
	char hex[41], t[32], cmd[512];
	FILE *f;
	size_t cap = 1 << 16;

	for (int i = 0; i < 20; i++)
		snprintf(hex + 2 * i, 3, "%02x", oid[i]);
	out_of(t, sizeof(t), "cd %s/r && git cat-file -t %s 2>/dev/null", top, hex);
	for (*type = 1; *type <= 4 && strcmp(t, names[*type]) != 0; (*type)++)
		;
	if (*type > 4)
		return -1;
	snprintf(cmd, sizeof(cmd), "cd %s/r && git cat-file %s %s", top, t, hex);
	f = popen(cmd, "r");
	*data = malloc(cap);
	*len = fread(*data, 1, cap - 1, f);
	(*data)[*len] = 0;
	pclose(f);
	return 0;
}

static int checkout(const char *tree_hex, const char *into, struct gitcheckout_stats *st)
{
	struct gitpack_odb *db;
	unsigned char tree[20];
	char objects[256], index[256], work[256];
	int rc;

	snprintf(objects, sizeof(objects), "%s/r/.git/objects", top);
	snprintf(index, sizeof(index), "%s/r/.git/index", top);
	snprintf(work, sizeof(work), "%s/%s", top, into);
	sh("mkdir -p %s", work);
	cr_assert_eq(gitpack_odb_open(&db, objects, cat_file, NULL), 0, "%s", byoc_errmsg());
	hex2bin(tree_hex, tree);
	rc = gitcheckout_tree(db, tree, work, index, NULL, st);
	gitpack_odb_free(db);
	return rc;
}

/* the tree written is the one git writes, and git takes the index as its own: nothing to commit */
Test(gitcheckout, a_tree_and_index_as_git_checks_them_out)
{
	struct gitcheckout_stats st;
	char tree[64], n[64];

	out_of(tree, sizeof(tree), "cd %s/r && git rev-parse HEAD^{tree}", top);
	cr_assert_eq(checkout(tree, "w", &st), 0, "%s", byoc_errmsg());
	/* the repository's work tree is swapped for ours */
	sh("cd %s/r && mv .git ../w/.git", top);
	sh("cd %s/w && git status --porcelain --ignore-submodules=none | grep -v '^$' > ../status; test ! -s ../status", top);
	sh("cd %s/w && git diff-index --quiet HEAD -- && git ls-files -s > ../ours && rm .git/index && git read-tree HEAD && "
	   "git ls-files -s > ../theirs && cmp ../ours ../theirs", top);
	sh("cd %s/w && test -x run && test ! -x empty && test \"$(readlink link)\" = a/b/c/big && "
	   "test \"$(readlink abs)\" = /etc/passwd && test -d sub && test -z \"$(ls -A sub)\" && test \"$(cat 'é ü/ñ')\" = z", top);
	out_of(n, sizeof(n), "cd %s/w && git ls-files | wc -l", top);
	cr_assert_eq(st.files, (uint64_t)atoi(n));
	cr_assert_gt(st.bytes, 20000);
}

/* The same tree as a tar archive (no file made): unpacked, it is what git checks out, with
 * git's modes under umask 022 whatever the process's umask was before; git takes the index. */
Test(gitcheckout, a_tree_as_an_archive_unpacks_to_what_git_checks_out)
{
	struct gitpack_odb *db;
	struct gitcheckout_stats st;
	unsigned char tree[20];
	char hex[64], objects[256], index[256], tar[256], n[64];
	int fd, scratch;
	mode_t old = umask(022);

	out_of(hex, sizeof(hex), "cd %s/r && git rev-parse HEAD^{tree}", top);
	hex2bin(hex, tree);
	snprintf(objects, sizeof(objects), "%s/r/.git/objects", top);
	snprintf(index, sizeof(index), "%s/r/.git/index", top);
	snprintf(tar, sizeof(tar), "%s/tree.tar", top);
	fd = open(tar, O_WRONLY | O_CREAT | O_EXCL, 0600);
	scratch = open(top, O_RDWR | O_TMPFILE, 0600);
	cr_assert(fd >= 0 && scratch >= 0);
	cr_assert_eq(gitpack_odb_open(&db, objects, cat_file, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(gitcheckout_tree_tar(db, tree, fd, scratch, index, NULL, &st), 0, "%s", byoc_errmsg());
	gitpack_odb_free(db);
	close(fd);
	close(scratch);
	umask(old);
	/* git's own checkout beside it, and ours unpacked (umask 0: the archive's modes as they are) */
	sh("cd %s && umask 022 && git clone -q --no-local r theirs 2>/dev/null && rm -rf theirs/.git && mkdir ours && "
	   "(umask 0; tar -C ours -xf tree.tar 2>/dev/null)", top);
	sh("cd %s && diff -r --no-dereference ours theirs && "
	   "(cd ours && find . -printf '%%y %%m %%p %%l\\n' | sort) > m.ours && "
	   "(cd theirs && umask 022 && find . -printf '%%y %%m %%p %%l\\n' | sort) > m.theirs && cmp m.ours m.theirs", top);
	/* the index is git's: with ours as the work tree, nothing to commit */
	sh("cd %s && mv r/.git ours/.git && cd ours && git status --porcelain --ignore-submodules=none > ../status && "
	   "test ! -s ../status && git ls-files -s > ../ix.ours && rm .git/index && git read-tree HEAD && "
	   "git ls-files -s > ../ix.theirs && cmp ../ix.ours ../ix.theirs", top);
	out_of(n, sizeof(n), "cd %s/ours && git ls-files | wc -l", top);
	cr_assert_eq(st.files, (uint64_t)atoi(n));
}

/* a tree object of our making: entries as given, in the order given */
static void make_tree(char *hex, size_t n, const char *entries)
{
	out_of(hex, n, "cd %s/r && printf '%s' | git hash-object -t tree -w --literally --stdin", top, entries);
	cr_assert_eq(strlen(hex), 40, "%s", hex);
}

Test(gitcheckout, trees_git_would_not_check_out_are_refused)
{
	struct gitcheckout_stats st;
	char blob[64], bin[128], entries[1024], tree[64];
	const char *bad[] = { "..", ".", ".git", ".GiT", "" };

	out_of(blob, sizeof(blob), "cd %s/r && echo evil | git hash-object -w --stdin", top);
	for (int i = 0; i < 20; i++)
		snprintf(bin + 4 * i, 5, "\\%03o", (unsigned)strtoul((char[]){ blob[2 * i], blob[2 * i + 1], 0 }, NULL, 16));
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		char into[16];

		snprintf(entries, sizeof(entries), "100644 %s\\000%s", bad[k], bin);
		make_tree(tree, sizeof(tree), entries);
		snprintf(into, sizeof(into), "bad%zu", k);
		cr_assert_lt(checkout(tree, into, &st), 0, "'%s' was checked out", bad[k]);
		cr_assert(strstr(byoc_errmsg(), "git would not check out"), "%s", byoc_errmsg());
	}
	/* the same name twice: a file and then a folder through it would write elsewhere */
	snprintf(entries, sizeof(entries), "100644 a\\000%s100644 a\\000%s", bin, bin);
	make_tree(tree, sizeof(tree), entries);
	cr_assert_lt(checkout(tree, "twice", &st), 0);
	cr_assert(strstr(byoc_errmsg(), "twice"), "%s", byoc_errmsg());
	/* out of order */
	snprintf(entries, sizeof(entries), "100644 b\\000%s100644 a\\000%s", bin, bin);
	make_tree(tree, sizeof(tree), entries);
	cr_assert_lt(checkout(tree, "order", &st), 0);
	/* a mode of no type git knows (a fifo's) */
	snprintf(entries, sizeof(entries), "10644 a\\000%s", bin);
	make_tree(tree, sizeof(tree), entries);
	cr_assert_lt(checkout(tree, "mode", &st), 0);
	cr_assert(strstr(byoc_errmsg(), "mode"), "%s", byoc_errmsg());
	/* a blob where a folder should be */
	snprintf(entries, sizeof(entries), "40000 d\\000%s", bin);
	make_tree(tree, sizeof(tree), entries);
	cr_assert_lt(checkout(tree, "notatree", &st), 0);
	/* a truncated entry */
	make_tree(tree, sizeof(tree), "100644 a\\000\\001\\002");
	cr_assert_lt(checkout(tree, "short", &st), 0);
	cr_assert(strstr(byoc_errmsg(), "malformed"), "%s", byoc_errmsg());
	/* nothing was written outside the folders given */
	sh("test ! -e %s/evil && test ! -e %s/r/evil", top, top);
}

/* modes and trees git accepts: a zero-padded 040000 folder, 100775 (git's 100755), 100600
 * (100644), an empty tree (no folder, as git leaves none); git takes the index as its own */
Test(gitcheckout, modes_and_trees_git_accepts)
{
	struct gitcheckout_stats st;
	char blob[64], bin[128], empty[64], ebin[128], sub[64], sbin[128], entries[2048], tree[64];

	out_of(blob, sizeof(blob), "cd %s/r && echo ok | git hash-object -w --stdin", top);
	out_of(empty, sizeof(empty), "cd %s/r && printf '' | git hash-object -t tree -w --stdin", top);
	for (int i = 0; i < 20; i++) {
		snprintf(bin + 4 * i, 5, "\\%03o", (unsigned)strtoul((char[]){ blob[2 * i], blob[2 * i + 1], 0 }, NULL, 16));
		snprintf(ebin + 4 * i, 5, "\\%03o", (unsigned)strtoul((char[]){ empty[2 * i], empty[2 * i + 1], 0 }, NULL, 16));
	}
	snprintf(entries, sizeof(entries), "100644 f\\000%s", bin);
	make_tree(sub, sizeof(sub), entries);
	for (int i = 0; i < 20; i++)
		snprintf(sbin + 4 * i, 5, "\\%03o", (unsigned)strtoul((char[]){ sub[2 * i], sub[2 * i + 1], 0 }, NULL, 16));
	snprintf(entries, sizeof(entries), "040000 d\\000%s40000 e\\000%s100600 p\\000%s100775 x\\000%s", sbin, ebin, bin, bin);
	make_tree(tree, sizeof(tree), entries);
	cr_assert_eq(checkout(tree, "modes", &st), 0, "%s", byoc_errmsg());
	sh("cd %s/modes && test -f d/f && test ! -e e && test -x x && test ! -x p && test \"$(cat x)\" = ok", top);
	sh("cd %s/r && git ls-files -s --debug >/dev/null && git ls-files -s | awk '{print $1, $4}' > ../got && "
	   "printf '100644 d/f\\n100644 p\\n100755 x\\n' > ../want && cmp ../got ../want", top);
	cr_assert_eq(st.files, 3);
}
