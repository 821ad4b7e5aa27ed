#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "local/inroot.h"
#include "local/toolbox.h"
#include "util/buf.h"
#include "util/err.h"

/* A sandbox root and, beside it, a "host" file that nothing may reach through the root. */
static char top[64], root[128], host_file[160];
static int rootfd = -1;

static void setup(void)
{
	snprintf(top, sizeof(top), "/tmp/byoc-tbx-XXXXXX");
	cr_assert_not_null(mkdtemp(top));
	snprintf(root, sizeof(root), "%s/root", top);
	snprintf(host_file, sizeof(host_file), "%s/host.txt", top);
	cr_assert_eq(mkdir(root, 0755), 0);
	char p[256];
	snprintf(p, sizeof(p), "%s/home", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/home/daytona", root);
	mkdir(p, 0755);
	FILE *f = fopen(host_file, "w");
	cr_assert_not_null(f);
	fputs("host secret\n", f);
	fclose(f);
	/* Symlinks a sandbox could plant: absolute, relative climbing out, to the host file. */
	snprintf(p, sizeof(p), "%s/home/daytona/abs", root);
	cr_assert_eq(symlink(top, p), 0);
	snprintf(p, sizeof(p), "%s/home/daytona/rel", root);
	cr_assert_eq(symlink("../../../../../../../../..", p), 0);
	snprintf(p, sizeof(p), "%s/home/daytona/hostlink", root);
	cr_assert_eq(symlink(host_file, p), 0);
	rootfd = open(root, O_PATH | O_DIRECTORY);
	cr_assert_geq(rootfd, 0);
}

static void teardown(void)
{
	char cmd[128];
	close(rootfd);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
	cr_assert_eq(system(cmd), 0);
}

static char *slurp(const char *path)
{
	static char b[4096];
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	size_t n = fread(b, 1, sizeof(b) - 1, f);
	b[n] = '\0';
	fclose(f);
	return b;
}

static void host_untouched(void)
{
	char *s = slurp(host_file);
	cr_assert_not_null(s);
	cr_assert_str_eq(s, "host secret\n", "the host file was changed through the sandbox root");
}

/* The same directory as the host's, made inside the root, so links resolved inside it land. */
static void mirror_top_inside(void)
{
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "mkdir -p '%s%s'", root, top);
	cr_assert_eq(system(cmd), 0);
}

Test(toolbox_paths, symlink_to_missing_target_fails_without_touching_host, .init = setup, .fini = teardown)
{
	int fd = inroot_create(rootfd, "/home/daytona/hostlink", 4242);
	cr_assert_lt(fd, 0, "the link's target directory does not exist inside the root");
	host_untouched();
	fd = inroot_create(rootfd, "/home/daytona/abs/host.txt", 0);
	cr_assert_lt(fd, 0);
	host_untouched();
}

Test(toolbox_paths, symlink_to_host_file_cannot_be_written, .init = setup, .fini = teardown)
{
	mirror_top_inside();
	int fd = inroot_create(rootfd, "/home/daytona/hostlink", 4242);
	/* The link is followed inside the root: it names <root><host_file>, created there. */
	cr_assert_geq(fd, 0, "%s", strerror(-fd));
	cr_assert_eq(write(fd, "pwned\n", 6), 6);
	close(fd);
	host_untouched();
	char inside[512];
	snprintf(inside, sizeof(inside), "%s%s", root, host_file);
	cr_assert_not_null(slurp(inside), "the write landed inside the root");
}

Test(toolbox_paths, absolute_and_relative_symlinks_stay_inside, .init = setup, .fini = teardown)
{
	mirror_top_inside();
	int fd = inroot_create(rootfd, "/home/daytona/abs/host.txt", 0);
	cr_assert_geq(fd, 0);
	close(fd);
	host_untouched();
	fd = inroot_create(rootfd, "/home/daytona/rel/tmp/host.txt", 0);
	cr_assert_geq(fd, 0);
	close(fd);
	host_untouched();
	char rel_host[256];
	snprintf(rel_host, sizeof(rel_host), "/home/daytona/rel%s", host_file);
	fd = inroot_open(rootfd, rel_host, O_RDONLY, 0);
	/* Exists now only because the create above made it inside the root; reading gives "". */
	if (fd >= 0) {
		char b[64];
		cr_assert_eq(read(fd, b, sizeof(b)), 0, "read the host file through the root");
		close(fd);
	}
}

Test(toolbox_paths, dotdot_is_clamped_at_the_root, .init = setup, .fini = teardown)
{
	char p[300];
	snprintf(p, sizeof(p), "/../../../..%s", host_file);
	int fd = inroot_open(rootfd, p, O_RDONLY, 0);
	cr_assert_eq(fd, -ENOENT, "'..' climbed out of the root");
	fd = inroot_create(rootfd, p, 0);
	cr_assert_geq(fd, 0);
	close(fd);
	host_untouched();
}

Test(toolbox_paths, mkdir_all_makes_parents_with_owner, .init = setup, .fini = teardown)
{
	cr_assert_eq(inroot_mkdir_all(rootfd, "/home/daytona/a/b/c", 0755, 4242), 0);
	char p[256];
	struct stat st;
	snprintf(p, sizeof(p), "%s/home/daytona/a/b/c", root);
	cr_assert_eq(stat(p, &st), 0);
	cr_assert(S_ISDIR(st.st_mode));
	if (geteuid() == 0)
		cr_assert_eq(st.st_uid, 4242u);
	cr_assert_eq(inroot_mkdir_all(rootfd, "/home/daytona/a/b/c", 0755, 4242), 0, "mkdir -p of an existing dir");
	/* Through a symlink that climbs out: the dirs appear inside the root. */
	cr_assert_eq(inroot_mkdir_all(rootfd, "/home/daytona/rel/zz", 0755, 0), 0);
	snprintf(p, sizeof(p), "%s/zz", root);
	cr_assert_eq(stat(p, &st), 0);
	snprintf(p, sizeof(p), "%s/../zz", root);
	cr_assert_neq(stat(p, &st), 0);
	/* A file in the way. */
	int fd = inroot_create(rootfd, "/home/daytona/file", 0);
	close(fd);
	cr_assert_eq(inroot_mkdir_all(rootfd, "/home/daytona/file/sub", 0755, 0), -ENOTDIR);
}

Test(toolbox_paths, create_truncates_and_refuses_dirs_and_fifos, .init = setup, .fini = teardown)
{
	int fd = inroot_create(rootfd, "/home/daytona/x/y.txt", 4242);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "long content", 12), 12);
	close(fd);
	fd = inroot_create(rootfd, "/home/daytona/x/y.txt", 4242);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "s", 1), 1);
	close(fd);
	char p[256];
	snprintf(p, sizeof(p), "%s/home/daytona/x/y.txt", root);
	cr_assert_str_eq(slurp(p), "s");
	cr_assert_lt(inroot_create(rootfd, "/home/daytona/x", 0), 0);
	snprintf(p, sizeof(p), "%s/home/daytona/fifo", root);
	cr_assert_eq(mkfifo(p, 0666), 0);
	fd = inroot_create(rootfd, "/home/daytona/fifo", 0);
	cr_assert_lt(fd, 0, "a fifo must be refused, not block");
}

Test(toolbox_paths, join_resolves_relative_paths_against_the_workdir)
{
	char out[64];
	cr_assert_eq(tbx_join("/app", "a/b", out, sizeof(out)), 0);
	cr_assert_str_eq(out, "/app/a/b");
	cr_assert_eq(tbx_join("/app", "/etc/x", out, sizeof(out)), 0);
	cr_assert_str_eq(out, "/etc/x");
	cr_assert_eq(tbx_join(NULL, "k", out, sizeof(out)), 0);
	cr_assert_str_eq(out, "/home/daytona/k");
	cr_assert_eq(tbx_join("/app", "", out, sizeof(out)), BYOC_EUSAGE);
	char big[200];
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	cr_assert_eq(tbx_join("/app", big, out, sizeof(out)), BYOC_EUSAGE);
}

Test(toolbox, env_keys)
{
	cr_assert(tbx_env_key_ok("A"));
	cr_assert(tbx_env_key_ok("_x9"));
	cr_assert(tbx_env_key_ok("PATH_2"));
	cr_assert_not(tbx_env_key_ok(""));
	cr_assert_not(tbx_env_key_ok("9A"));
	cr_assert_not(tbx_env_key_ok("A-B"));
	cr_assert_not(tbx_env_key_ok("A=B"));
	cr_assert_not(tbx_env_key_ok("A B"));
}

Test(toolbox, go_mode_strings)
{
	char s[32];
	tbx_mode_string(S_IFREG | 0644, s, sizeof(s));
	cr_assert_str_eq(s, "-rw-r--r--");
	tbx_mode_string(S_IFDIR | 0755, s, sizeof(s));
	cr_assert_str_eq(s, "drwxr-xr-x");
	tbx_mode_string(S_IFDIR | 01777, s, sizeof(s));
	cr_assert_str_eq(s, "dtrwxrwxrwx");
	tbx_mode_string(S_IFREG | 04755, s, sizeof(s));
	cr_assert_str_eq(s, "urwxr-xr-x");
	tbx_mode_string(S_IFIFO | 0600, s, sizeof(s));
	cr_assert_str_eq(s, "prw-------");
}

Test(toolbox, utf8_sanitizing)
{
	struct buf b;
	buf_init(&b, 0);
	cr_assert_eq(tbx_utf8_append(&b, "ok \xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 14), 0);
	cr_assert_str_eq(b.data, "ok \xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
	buf_reset(&b);
	cr_assert_eq(tbx_utf8_append(&b, "a\xff" "b\xc3", 4), 0);
	cr_assert_str_eq(b.data, "a\xef\xbf\xbd" "b\xef\xbf\xbd");
	buf_reset(&b);
	/* overlong and surrogate encodings are invalid */
	cr_assert_eq(tbx_utf8_append(&b, "\xc0\xaf\xed\xa0\x80", 5), 0);
	cr_assert_eq(b.len, 15u);
	buf_release(&b);
}

Test(toolbox_paths, writes_under_read_only_mounts_fail, .init = setup, .fini = teardown)
{
	cr_assert_eq(inroot_create(rootfd, "/usr/local/bin/tool", 0), -EROFS);
	cr_assert_eq(inroot_create(rootfd, "//./usr/x", 0), -EROFS);
	cr_assert_eq(inroot_mkdir_all(rootfd, "/proc/x", 0755, 0), -EROFS);
	cr_assert_eq(inroot_create(rootfd, "/dev/x", 0), -EROFS);
	int fd = inroot_create(rootfd, "/usr/../home/daytona/ok", 0);
	cr_assert_geq(fd, 0);
	close(fd);
	fd = inroot_create(rootfd, "/usrx/y", 0);
	cr_assert_geq(fd, 0);
	close(fd);
}
