#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/context.h"
#include "lib/snapname.h"
#include "util/env.h"
#include "util/err.h"

static char dir[256], df[300];

static void setup(void)
{
	FILE *f;

	unsetenv(SNAPNAME_ENV);
	strcpy(dir, "/tmp/byoc-snapname.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(df, sizeof(df), "%s/Dockerfile", dir);
	f = fopen(df, "w");
	fputs("FROM ubuntu:22.04\nRUN true\n", f);
	fclose(f);
}

static void teardown(void)
{
	char cmd[300];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	(void)system(cmd);
	unsetenv(SNAPNAME_ENV);
}

Test(snapname, reference_default, .init = setup, .fini = teardown)
{
	char *name = NULL, *ex = NULL;

	/* sha256("FROM ubuntu:22.04\nRUN true\n") = 7de7b8af... */
	cr_assert_eq(snapname_compute(df, NULL, &name, &ex), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(name, "byoc-env-default-7de7b8af");
	cr_assert(strstr(ex, "7de7b8afed4f8743acdf52012aa4e1fbade83406f4e5847bb317da38d1307e17"), "%s", ex);
	cr_assert(strstr(ex, "--hash-contexts"));
	free(name);
	free(ex);
}

Test(snapname, env_overrides_prefix_replaces, .init = setup, .fini = teardown)
{
	struct snapname_opts o = { .prefix = "team-ml" };
	char *name = NULL;

	setenv(SNAPNAME_ENV, "my-snap:v1", 1);
	cr_assert_eq(snapname_compute(df, NULL, &name, NULL), 0);
	cr_assert_str_eq(name, "my-snap:v1");
	free(name);
	cr_assert_eq(snapname_compute(df, &o, &name, NULL), 0);
	cr_assert_str_eq(name, "team-ml-7de7b8af");
	free(name);
	setenv(SNAPNAME_ENV, "bad name", 1);
	cr_assert_eq(snapname_compute(df, NULL, &name, NULL), BYOC_EUSAGE);
	o.prefix = "bad prefix";
	cr_assert_eq(snapname_compute(df, &o, &name, NULL), BYOC_EUSAGE);
}

Test(snapname, hash_contexts_changes_with_inputs, .init = setup, .fini = teardown)
{
	struct ctx_list *l = NULL;
	struct ctx_opts co = { .hash = true };
	struct snapname_opts o = { .hash_contexts = true, .cpu = 2, .memory = 8, .disk = 10 };
	char *a = NULL, *b = NULL, *c = NULL, *ex = NULL, p[400];
	FILE *f;

	f = fopen(df, "w");
	fputs("FROM x\nCOPY app1.py /app/\n", f);
	fclose(f);
	snprintf(p, sizeof(p), "%s/app1.py", dir);
	f = fopen(p, "w");
	fputs("print(1)\n", f);
	fclose(f);
	cr_assert_eq(ctx_collect(df, &co, &l), 0, "%s", byoc_errmsg());
	o.contexts = l;
	cr_assert_eq(snapname_compute(df, &o, &a, &ex), 0);
	cr_assert(strstr(ex, "app1.py 6066fe575c2a3ccf89ca085a83a77d54"), "%s", ex);
	cr_assert(strstr(ex, "cpu=2"));
	o.cpu = 4;
	cr_assert_eq(snapname_compute(df, &o, &b, NULL), 0);
	cr_assert_str_neq(a, b);
	ctx_list_free(l);
	f = fopen(p, "w");
	fputs("print(2)\n", f);
	fclose(f);
	cr_assert_eq(ctx_collect(df, &co, &l), 0);
	o.contexts = l;
	o.cpu = 2;
	cr_assert_eq(snapname_compute(df, &o, &c, NULL), 0);
	cr_assert_str_neq(a, c);
	cr_assert_eq(strncmp(c, "byoc-env-default-", 17), 0);
	ctx_list_free(l);
	free(a);
	free(b);
	free(c);
	free(ex);
}

Test(snapname, valid_names)
{
	cr_assert(snapname_valid("byoc-env-default-1234abcd"));
	cr_assert(snapname_valid("org/img:1.0"));
	cr_assert_not(snapname_valid("a b"));
	cr_assert_not(snapname_valid("/a"));
	cr_assert_not(snapname_valid("a//b"));
	cr_assert_not(snapname_valid(""));
	cr_assert_not(snapname_valid("a@sha256:12"));
}

Test(snapname, missing_dockerfile)
{
	char *name = NULL;

	unsetenv(SNAPNAME_ENV);
	cr_assert_eq(snapname_compute("/nonexistent/Dockerfile", NULL, &name, NULL), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "/nonexistent/Dockerfile"));
}

/* The orchestrator's built-in default is the reference's name for its Dockerfile.default,
 * which byoc ships byte for byte (run from the repository root, with ../shared beside it). */
Test(snapname, built_in_default_is_the_references)
{
	const char *files[] = {"dockerfiles/Dockerfile.default", "../shared/reference/Dockerfile.default"};
	for (int i = 0; i < 2; i++) {
		char *name = NULL, *ex = NULL;
		unsetenv(SNAPNAME_ENV);
		cr_assert_eq(snapname_compute(files[i], NULL, &name, &ex), 0, "%s: %s", files[i], byoc_errmsg());
		cr_assert_str_eq(name, SNAPNAME_REFERENCE_DEFAULT, "%s", files[i]);
		free(name);
		free(ex);
	}
}
