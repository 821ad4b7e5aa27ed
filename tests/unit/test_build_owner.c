/* COPY/ADD --chown's names and numbers (src/local/build_owner.c). */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "local/build_int.h"
#include "util/err.h"

static char dir[64];
static int rootfd = -1;

static void setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/byoc-owner-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	rootfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	cr_assert_geq(rootfd, 0);
}

static void teardown(void)
{
	char cmd[128];

	close(rootfd);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

static void put(const char *rel, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/etc", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
}

static void want(const char *spec, long uid, long gid)
{
	long u = -7, g = -7;

	cr_assert_eq(build_owner_resolve(rootfd, spec, &u, &g), 0, "%s: %s", spec, byoc_errmsg());
	cr_expect_eq(u, uid, "%s: uid %ld, want %ld", spec, u, uid);
	cr_expect_eq(g, gid, "%s: gid %ld, want %ld", spec, g, gid);
}

static void refused(const char *spec, const char *msg)
{
	long u, g;

	cr_assert_eq(build_owner_resolve(rootfd, spec, &u, &g), BYOC_EBUILD, "%s was taken", spec);
	cr_expect_not_null(strstr(byoc_errmsg(), msg), "%s: '%s' does not say '%s'", spec, byoc_errmsg(), msg);
}

TestSuite(build_owner, .init = setup, .fini = teardown);

Test(build_owner, numbers_a_uid_alone_is_also_the_gid)
{
	want("1234:5678", 1234, 5678);
	want("4321", 4321, 4321);
	want("0", 0, 0);
}

Test(build_owner, names_without_an_etc_passwd_are_the_sandbox_ones)
{
	want("daytona", 1000, 1000);
	want("root:nogroup", 0, 65534);
	want("1234:daytona", 1234, 1000);
	refused("app", "unable to find user app");
	refused("daytona:staff", "unable to find group staff");
}

Test(build_owner, names_come_from_the_images_files_a_user_alone_gets_its_primary_group)
{
	put("etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:2001:2002::/home/app:/bin/sh\nappx:x:9:9::/:/bin/sh\n");
	put("etc/group", "appgrp:x:2003:\n");
	want("app", 2001, 2002);
	want("app:appgrp", 2001, 2003);
	want("app:77", 2001, 77);
	refused("daytona", "unable to find user daytona"); /* the image's own file wins */
	refused("ap", "unable to find user ap");          /* a prefix is not a name */
}

Test(build_owner, malformed_values_are_refused)
{
	refused("", "invalid --chown value");
	refused(":5", "invalid --chown value");
	refused("5:", "invalid --chown value");
}

Test(build_owner, new_folders_get_the_owner_folders_already_there_do_not)
{
	struct stat st;
	char path[256];

	if (geteuid() != 0)
		cr_skip_test("chown needs root");
	snprintf(path, sizeof(path), "%s/a", dir);
	cr_assert_eq(mkdir(path, 0755), 0);
	cr_assert_eq(build_owner_mkdirs(rootfd, "a/b/c", 1234, 5678), 0, "%s", byoc_errmsg());
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_uid, 0);
	snprintf(path, sizeof(path), "%s/a/b/c", dir);
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_uid, 1234);
	cr_expect_eq(st.st_gid, 5678);
}
