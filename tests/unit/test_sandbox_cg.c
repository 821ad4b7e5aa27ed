/* The files and values that carry a sandbox's limits on cgroup v2 (src/local/sandbox_cg.c):
 * this machine's cgroup2 hierarchy has no controllers, so e2e/isolation_modes shows the v2
 * leaves and kills, and this shows what is written where a controller is enabled. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "local/sandbox_cg.h"
#include "util/err.h"

static char dir[64];
static const char *const files[] = { "pids.max", "memory.max", "cpu.max", "memory.swap.max", "cgroup.subtree_control" };

static void setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/byoc-cg-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char p[128];
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		FILE *f = fopen(p, "w"); /* a cgroup's files exist before anything is written */
		cr_assert_not_null(f);
		fclose(f);
	}
}

static void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

static const char *content(const char *name)
{
	static char text[128];
	char p[128];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *f = fopen(p, "r");
	text[0] = '\0';
	if (f) {
		size_t n = fread(text, 1, sizeof(text) - 1, f);
		text[n] = '\0';
		fclose(f);
	}
	return text;
}

TestSuite(sandbox_cg, .init = setup, .fini = teardown);

Test(sandbox_cg, v2_limits_are_the_sandboxs_resources)
{
	cr_assert_eq(sbxcg_limits_v2(dir, 2, 3, SBXCG_PIDS_CTL | SBXCG_MEMORY_CTL | SBXCG_CPU_CTL), 0, "%s",
		     byoc_errmsg());
	cr_expect_str_eq(content("pids.max"), "512");
	cr_expect_str_eq(content("memory.max"), "3221225472");
	cr_expect_str_eq(content("cpu.max"), "200000 100000");
	cr_expect_str_eq(content("memory.swap.max"), "0");
	cr_expect_str_eq(content("cgroup.subtree_control"), "+pids");
}

Test(sandbox_cg, v2_without_a_controller_leaves_its_limit_alone)
{
	cr_assert_eq(sbxcg_limits_v2(dir, 1, 1, SBXCG_PIDS_CTL), 0, "%s", byoc_errmsg());
	cr_expect_str_eq(content("pids.max"), "512");
	cr_expect_str_eq(content("memory.max"), "");
	cr_expect_str_eq(content("cpu.max"), "");
	cr_expect_str_eq(content("memory.swap.max"), "");
}

Test(sandbox_cg, v2_a_limit_that_cannot_be_written_is_an_error_naming_the_cgroup)
{
	char p[128];
	snprintf(p, sizeof(p), "%s/memory.max", dir);
	cr_assert_eq(unlink(p), 0);
	cr_expect_lt(sbxcg_limits_v2(dir, 1, 1, SBXCG_MEMORY_CTL), 0);
	cr_expect_not_null(strstr(byoc_errmsg(), dir), "%s", byoc_errmsg());
}
