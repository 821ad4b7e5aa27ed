/*
 * byoc-local's build over hostile input: the input is a Dockerfile, a NUL
 * byte, then the bytes of a context tar. The build must not crash, leak, or
 * write anything outside its rootfs (checked after every run: the scratch
 * directory holds only the rootfs and the tar).
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "local/build.h"
#include "util/err.h"

static char dir[64];

static void cleanup(void)
{
	if (dir[0])
		build_rmtree(dir);
}

static void scratch(void)
{
	if (!dir[0]) {
		snprintf(dir, sizeof(dir), "/tmp/fuzz-build.XXXXXX");
		if (!mkdtemp(dir))
			abort();
		atexit(cleanup);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char tar[128], rootfs[128], *df;
	const char *tars[1];
	const uint8_t *nul = memchr(data, 0, size);
	size_t dlen = nul ? (size_t)(nul - data) : size;
	struct build_job job;
	struct build_result res;
	struct dirent *de;
	DIR *d;
	int fd;

	scratch();
	snprintf(tar, sizeof(tar), "%s/ctx.tar", dir);
	snprintf(rootfs, sizeof(rootfs), "%s/rootfs", dir);
	df = malloc(dlen + 1);
	if (!df)
		return 0;
	memcpy(df, data, dlen);
	df[dlen] = '\0';
	fd = open(tar, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		abort();
	if (nul && write(fd, nul + 1, size - dlen - 1) < 0)
		abort();
	close(fd);
	tars[0] = tar;
	memset(&job, 0, sizeof(job));
	job.dockerfile = df;
	job.tars = tars;
	job.ntars = nul ? 1 : 0;
	job.rootfs = rootfs;
	job.log_fd = -1;
	build_run(&job, &res);
	build_result_release(&res);
	free(df);
	/* nothing but the rootfs and the tar may exist beside each other */
	d = opendir(dir);
	if (!d)
		abort();
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") || !strcmp(de->d_name, "ctx.tar") ||
		    !strcmp(de->d_name, "rootfs"))
			continue;
		fprintf(stderr, "build wrote outside its rootfs: %s/%s\n", dir, de->d_name);
		abort();
	}
	closedir(d);
	build_rmtree(rootfs);
	byoc_err_clear();
	return 0;
}
