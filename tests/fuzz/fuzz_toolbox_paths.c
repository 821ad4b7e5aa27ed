/* libFuzzer target for the toolbox's path resolution: any path a client sends, through
 * the symlinks a sandbox may plant (absolute, climbing, to a host directory), must create
 * or open nothing outside the sandbox root. A sentinel directory beside the root must
 * stay empty. Also checks tbx_utf8_append's output is valid UTF-8 (a fixed point). */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "local/inroot.h"
#include "local/toolbox.h"
#include "util/buf.h"

static char top[64], root[128], outside[128];
static int rootfd = -1;

static void init(void)
{
	char p[512];
	snprintf(top, sizeof(top), "/tmp/byoc-fuzz-tbx-XXXXXX");
	if (!mkdtemp(top))
		abort();
	snprintf(root, sizeof(root), "%s/root", top);
	snprintf(outside, sizeof(outside), "%s/outside", top);
	mkdir(root, 0755);
	mkdir(outside, 0755);
	snprintf(p, sizeof(p), "%s/home", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/home/abs", root);
	if (symlink(outside, p))
		abort();
	snprintf(p, sizeof(p), "%s/home/up", root);
	if (symlink("../../../../../../..", p))
		abort();
	snprintf(p, sizeof(p), "%s/home/proc", root);
	if (symlink("/proc/self/root", p))
		abort();
	rootfd = open(root, O_PATH | O_DIRECTORY);
	if (rootfd < 0)
		abort();
}

static void outside_must_be_empty(void)
{
	DIR *d = opendir(outside);
	if (!d)
		abort();
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			abort(); /* something escaped the root */
	closedir(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (rootfd < 0)
		init();
	char path[512];
	size_t n = size < sizeof(path) - 1 ? size : sizeof(path) - 1;
	memcpy(path, data, n);
	path[n] = '\0';
	if (strlen(path) != n)
		return 0;
	/* Relative to the sandbox work dir as the toolbox does, then through the root. */
	char abs[1024];
	if (tbx_join("/home", path, abs, sizeof(abs)) == 0) {
		int fd = inroot_create(rootfd, abs, 0);
		if (fd >= 0)
			close(fd);
		inroot_mkdir_all(rootfd, abs, 0755, 0);
		fd = inroot_open(rootfd, abs, O_RDONLY, 0);
		if (fd >= 0)
			close(fd);
	}
	outside_must_be_empty();

	struct buf a, b;
	buf_init(&a, 0);
	buf_init(&b, 0);
	if (tbx_utf8_append(&a, (const char *)data, size) == 0 && tbx_utf8_append(&b, a.data, a.len) == 0 &&
	    (a.len != b.len || memcmp(a.data, b.data, a.len)))
		abort(); /* the sanitised text must already be valid UTF-8 */
	buf_release(&a);
	buf_release(&b);
	return 0;
}
