/* libFuzzer target: a git tree checked out (gitcheckout_tree). The input is the root tree;
 * every other id names a blob, or (first byte 0xff) an empty tree. Whatever the tree says,
 * nothing may be written outside the folder given, and nothing may crash or leak. */
#include <dirent.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/gitcheckout.h"
#include "lib/gitpack.h"

static const uint8_t *input;
static size_t input_len;

static int objects(void *arg, const unsigned char oid[20], int *type, unsigned char **data, size_t *len)
{
	static const unsigned char root[20];
	bool is_root = memcmp(oid, root, 20) == 0;

	*type = is_root || oid[0] == 0xff ? GITPACK_TREE : GITPACK_BLOB;
	*len = is_root ? input_len : oid[0] == 0xff ? 0 : 5;
	*data = malloc(*len + 1);
	memcpy(*data, is_root ? (const void *)input : "data\n", *len);
	(*data)[*len] = 0;
	return 0;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return flag == FTW_DP ? rmdir(path) : unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned char root[20];
	char top[] = "/tmp/fuzz_tree.XXXXXX", work[64], index[64], empty[64];
	struct gitpack_odb *db;
	struct gitcheckout_stats st;

	input = data;
	input_len = size;
	if (!mkdtemp(top))
		abort();
	snprintf(work, sizeof(work), "%s/w", top);
	snprintf(index, sizeof(index), "%s/index", top);
	snprintf(empty, sizeof(empty), "%s/objects", top);
	if (mkdir(work, 0700) || mkdir(empty, 0700) || gitpack_odb_open(&db, empty, objects, NULL))
		abort();
	gitcheckout_tree(db, root, work, index, NULL, &st);
	gitpack_odb_free(db);
	/* only w/, index and objects/ may be in top */
	{
		DIR *d = opendir(top);
		struct dirent *e;

		while (d && (e = readdir(d)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, "w") &&
			    strcmp(e->d_name, "index") && strcmp(e->d_name, "objects"))
				__builtin_trap();
		if (d)
			closedir(d);
	}
	nftw(top, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}
