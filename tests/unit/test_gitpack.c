#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	long len;

	cr_assert(f, "%s", path);
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	p = malloc((size_t)len + 1);
	cr_assert_eq(fread(p, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	*n = (size_t)len;
	return p;
}

#define GIT "git -c user.name=t -c user.email=t@e -c init.defaultBranch=main"

/* a repository whose history makes deltas: one file grows over many commits, others are renamed */
static void setup(void)
{
	strcpy(top, "/tmp/byoc-gp.XXXXXX");
	cr_assert(mkdtemp(top));
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("HOME", top, 1);
	setenv("TMPDIR", top, 1);
	sh("cd %s && " GIT " init -q r && cd r && seq 1 3000 > big.txt && mkdir -p d/e && "
	   "for i in $(seq 1 40); do echo line $i >> big.txt; seq $i 200 > d/e/f$((i %% 7)).txt; "
	   "printf 'x\\0y%%s' $i > bin$((i %% 3)); " GIT " add -A && " GIT " commit -qm c$i; done && "
	   GIT " tag -a v1 -m v1 HEAD~3", top);
}

static void teardown(void)
{
	sh("rm -rf %s", top);
}

TestSuite(gitpack, .init = setup, .fini = teardown);

/* packs the repository with git (ofs: OFS_DELTA bases, else REF_DELTA) into top/name.{pack,idx} */
static void make_pack(const char *name, bool ofs)
{
	sh("cd %s/r && git rev-list --objects --all | git pack-objects -q --window=50 --depth=40 %s %s/%s >/dev/null && "
	   "mv %s/%s-*.pack %s/%s.pack && mv %s/%s-*.idx %s/%s.idx",
	   top, ofs ? "--delta-base-offset" : "", top, name, top, name, top, name, top, name, top, name);
}

static int open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

static int index_file(const char *name, unsigned char sum[20])
{
	char p[256], i[256];
	int pf, xf, rc, fds;

	snprintf(p, sizeof(p), "%s/%s.pack", top, name);
	snprintf(i, sizeof(i), "%s/%s.ours", top, name);
	pf = open(p, O_RDONLY);
	xf = open(i, O_RDWR | O_CREAT | O_TRUNC, 0644);
	cr_assert(pf >= 0 && xf >= 0);
	fds = open_fds();
	rc = gitpack_index(pf, xf, sum, NULL, NULL);
	cr_assert_eq(open_fds(), fds, "gitpack_index left temporary files open");
	close(pf);
	close(xf);
	return rc;
}

static void same_idx(const char *name)
{
	char a[256], b[256];
	size_t na, nb;
	char *x, *y;

	snprintf(a, sizeof(a), "%s/%s.idx", top, name);
	snprintf(b, sizeof(b), "%s/%s.ours", top, name);
	x = slurp(a, &na);
	y = slurp(b, &nb);
	cr_assert_eq(na, nb, "git's index has %zu bytes, ours %zu", na, nb);
	cr_assert(memcmp(x, y, na) == 0, "the indexes differ");
	free(x);
	free(y);
}

Test(gitpack, ofs_deltas_index_as_git_does)
{
	unsigned char sum[20];

	make_pack("ofs", true);
	sh("test $(git verify-pack -v %s/ofs.idx | grep -c ' [0-9]* [0-9]* [0-9]* [0-9]* [0-9a-f]\\{40\\}$') -gt 20", top);
	cr_assert_eq(index_file("ofs", sum), 0, "%s", byoc_errmsg());
	same_idx("ofs");
}

Test(gitpack, ref_deltas_index_as_git_does)
{
	unsigned char sum[20];

	make_pack("ref", false);
	cr_assert_eq(index_file("ref", sum), 0, "%s", byoc_errmsg());
	same_idx("ref");
}

Test(gitpack, an_empty_pack)
{
	unsigned char sum[20];

	sh("cd %s/r && git pack-objects -q %s/empty </dev/null >/dev/null && mv %s/empty-*.pack %s/empty.pack && "
	   "mv %s/empty-*.idx %s/empty.idx", top, top, top, top, top, top);
	cr_assert_eq(index_file("empty", sum), 0, "%s", byoc_errmsg());
	same_idx("empty");
}

/* every way of spoiling a pack is refused with a message, never a crash */
Test(gitpack, damaged_packs_are_refused)
{
	char p[256];
	unsigned char sum[20];
	size_t n;
	char *orig;
	struct {
		long at;      /* < 0: from the end */
		const char *what;
	} cuts[] = { { 0, "not a git pack" }, { 100, "the pack" }, { -1, "checksum" }, { -30, "" } };

	make_pack("bad", true);
	snprintf(p, sizeof(p), "%s/bad.pack", top);
	orig = slurp(p, &n);
	for (size_t k = 0; k < sizeof(cuts) / sizeof(cuts[0]); k++) {
		FILE *f = fopen(p, "wb");
		size_t at = cuts[k].at < 0 ? n + (size_t)cuts[k].at : (size_t)cuts[k].at;
		char *copy = malloc(n);

		memcpy(copy, orig, n);
		copy[at] ^= 0x5a;
		fwrite(copy, 1, n, f);
		fclose(f);
		free(copy);
		cr_assert_lt(index_file("bad", sum), 0, "flipping byte %zu was not noticed", at);
		cr_assert(strstr(byoc_errmsg(), cuts[k].what), "%s", byoc_errmsg());
	}
	/* truncated anywhere */
	for (size_t len = 0; len < n; len += n / 13 + 1) {
		FILE *f = fopen(p, "wb");

		fwrite(orig, 1, len, f);
		fclose(f);
		cr_assert_lt(index_file("bad", sum), 0, "a pack cut at %zu bytes was taken", len);
	}
	free(orig);
}

static int no_fallback(void *arg, const unsigned char oid[20], int *type, unsigned char **data, size_t *len)
{
	return -1;
}

static void hex2bin(const char *hex, unsigned char oid[20])
{
	for (int i = 0; i < 20; i++)
		sscanf(hex + 2 * i, "%2hhx", &oid[i]);
}

/* every object read back through our index is the one git has (content and type) */
Test(gitpack, objects_read_back_as_git_has_them)
{
	struct gitpack_odb *db;
	unsigned char sum[20];
	char dir[256], line[256], ours[256];
	FILE *list;
	int checked = 0;

	make_pack("rd", false);
	cr_assert_eq(index_file("rd", sum), 0, "%s", byoc_errmsg());
	snprintf(dir, sizeof(dir), "%s/objs", top);
	sh("mkdir -p %s/pack && mv %s/rd.pack %s/pack/ && mv %s/rd.ours %s/pack/rd.idx", dir, top, dir, top, dir);
	cr_assert_eq(gitpack_odb_open(&db, dir, no_fallback, NULL), 0);
	sh("cd %s/r && git rev-list --objects --all | cut -c1-40 > %s/list", top, top);
	snprintf(line, sizeof(line), "%s/list", top);
	list = fopen(line, "r");
	while (fgets(line, sizeof(line), list)) {
		unsigned char oid[20], *data;
		size_t len, glen;
		int type;
		char *want;
		static const char *names[] = { "", "commit", "tree", "blob", "tag" };

		line[40] = 0;
		hex2bin(line, oid);
		cr_assert_eq(gitpack_odb_read(db, oid, &type, &data, &len), 0, "%s: %s", line, byoc_errmsg());
		snprintf(ours, sizeof(ours), "%s/obj", top);
		sh("cd %s/r && git cat-file -p %s >/dev/null && test $(git cat-file -t %s) = %s && git cat-file %s %s > %s",
		   top, line, line, names[type], names[type], line, ours);
		want = slurp(ours, &glen);
		cr_assert_eq(len, glen, "%s", line);
		cr_assert(memcmp(want, data, len) == 0, "%s differs", line);
		free(want);
		free(data);
		if (type == GITPACK_BLOB) {
			int fd = open(ours, O_RDWR | O_CREAT | O_TRUNC, 0644);
			uint64_t size = 0;
			char *again;

			cr_assert_eq(gitpack_odb_blob_to_fd(db, oid, fd, &size), 0);
			close(fd);
			again = slurp(ours, &glen);
			cr_assert_eq(size, glen);
			cr_assert_eq(glen, len);
			free(again);
		}
		checked++;
	}
	fclose(list);
	cr_assert_gt(checked, 100);
	{
		unsigned char missing[20] = { 1, 2, 3 };
		unsigned char *data;
		size_t len;
		int type;

		cr_assert_eq(gitpack_odb_read(db, missing, &type, &data, &len), BYOC_ENOTFOUND);
	}
	gitpack_odb_free(db);
}

/* the pack's last object inflates to much more than one read buffer from input read at once:
 * the end of the input must not be taken for the end of the object */
Test(gitpack, a_last_object_bigger_than_its_buffers)
{
	unsigned char sum[20];
	struct gitpack_odb *db;
	unsigned char oid[20], *data;
	char hex[64], dir[256];
	size_t len;
	int type;
	FILE *f;

	sh("cd %s && " GIT " init -q z && cd z && head -c 3000000 /dev/zero > zeros && " GIT " add zeros && "
	   GIT " commit -qm z && git rev-list --objects --all | git pack-objects -q %s/last >/dev/null && "
	   "mv %s/last-*.pack %s/last.pack && mv %s/last-*.idx %s/last.idx && "
	   "git verify-pack -v %s/last.idx | grep -E '^[0-9a-f]{40} ' | sort -k5 -n | tail -n 1 | grep -q blob",
	   top, top, top, top, top, top, top);
	cr_assert_eq(index_file("last", sum), 0, "%s", byoc_errmsg());
	same_idx("last");
	snprintf(dir, sizeof(dir), "%s/zo", top);
	sh("mkdir -p %s/pack && cp %s/last.pack %s/pack/ && cp %s/last.idx %s/pack/", dir, top, dir, top, dir);
	cr_assert_eq(gitpack_odb_open(&db, dir, no_fallback, NULL), 0);
	f = popen("cd $TMPDIR/z && git rev-parse HEAD:zeros", "r");
	cr_assert(fgets(hex, sizeof(hex), f));
	pclose(f);
	hex2bin(hex, oid);
	cr_assert_eq(gitpack_odb_read(db, oid, &type, &data, &len), 0, "%s", byoc_errmsg());
	cr_assert_eq(len, 3000000);
	free(data);
	gitpack_odb_free(db);
}
