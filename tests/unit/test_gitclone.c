#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/gitclone.h"
#include "util/err.h"

static char top[64];
static char origin[128];

static void sh(const char *fmt, ...)
{
	char cmd[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
}

static char *out_of(const char *fmt, ...)
{
	char cmd[4096], *p = NULL;
	size_t n = 0;
	va_list ap;
	FILE *f, *m;
	int c;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	f = popen(cmd, "r");
	m = open_memstream(&p, &n);
	while ((c = fgetc(f)) != EOF)
		if (c != '\n')
			fputc(c, m);
	pclose(f);
	fclose(m);
	return p;
}

#define GIT "git -c user.name=t -c user.email=t@e -c init.defaultBranch=main -c protocol.file.allow=always"

static void setup(void)
{
	strcpy(top, "/tmp/byoc-gc.XXXXXX");
	cr_assert(mkdtemp(top));
	snprintf(origin, sizeof(origin), "%s/origin", top);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("HOME", top, 1);
	sh("cd %s && " GIT " init -q sub && cd sub && echo s > s.txt && " GIT " add . && " GIT " commit -qm s", top);
	sh("cd %s && " GIT " init -q origin && cd origin && for i in 1 2 3 4 5; do echo $i > n.txt && "
	   GIT " add . && " GIT " commit -qm c$i; done && " GIT " tag -a v1 -m v1 HEAD~2 && " GIT " tag light HEAD~3 && "
	   GIT " checkout -qb dev && echo dev > d.txt && " GIT " add . && " GIT " commit -qm dev && "
	   GIT " checkout -q main && " GIT " submodule -q add ../sub sub && " GIT " commit -qm sub", top);
}

static void teardown(void)
{
	sh("rm -rf %s", top);
}

TestSuite(gitclone, .init = setup, .fini = teardown);

Test(gitclone, default_branch_full_history)
{
	struct gitclone_opts o = { .url = origin, .tmp_parent = top };
	struct gitclone_result r;
	char *want, *got;

	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	want = out_of("git -C %s rev-parse main", origin);
	cr_assert_str_eq(r.commit, want);
	cr_assert_str_eq(r.branch, "main");
	cr_assert_str_eq(r.name, "origin");
	got = out_of("git -C %s rev-list --count HEAD", r.dir);
	cr_assert_str_eq(got, "6");
	cr_assert_eq(access(strcat(strcpy(malloc(512), r.dir), "/n.txt"), F_OK), 0);
	free(want);
	free(got);
	gitclone_result_release(&r);
}

Test(gitclone, branch_tag_and_sha)
{
	struct gitclone_opts o = { .url = origin, .tmp_parent = top };
	struct gitclone_result r;
	char *want, *got;

	o.ref = "dev";
	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	want = out_of("git -C %s rev-parse dev", origin);
	cr_assert_str_eq(r.commit, want);
	got = out_of("cat %s/d.txt && git -C %s symbolic-ref HEAD", r.dir, r.dir);
	cr_assert_str_eq(got, "devrefs/heads/dev");
	free(want);
	free(got);
	gitclone_result_release(&r);

	o.ref = "v1";
	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	want = out_of("git -C %s rev-parse v1^{commit}", origin);
	cr_assert_str_eq(r.commit, want);
	cr_assert_null(r.branch);
	got = out_of("cat %s/n.txt", r.dir);
	cr_assert_str_eq(got, "3");
	free(want);
	free(got);
	gitclone_result_release(&r);

	want = out_of("git -C %s rev-parse HEAD~4", origin);
	want[10] = '\0';   /* abbreviated */
	o.ref = want;
	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	got = out_of("cat %s/n.txt", r.dir);
	cr_assert_str_eq(got, "2");   /* HEAD~4 of main is c2 */
	cr_assert_eq(strncmp(r.commit, want, 10), 0);
	free(want);
	free(got);
	gitclone_result_release(&r);

	o.ref = "nope";
	cr_assert_eq(gitclone_run(&o, &r), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "nope"), "%s", byoc_errmsg());
}

/* libgit2 1.8's local transport cannot fetch shallow: a local repository is cloned whole,
 * as git clones a local path whatever --depth says, and the caller is told */
Test(gitclone, depth_of_a_local_repository_is_ignored)
{
	struct gitclone_opts o = { .url = origin, .tmp_parent = top, .depth = 2, .ref = "v1" };
	struct gitclone_result r;
	char *got, *want;

	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	cr_assert(r.depth_ignored);
	got = out_of("git -C %s rev-list --count HEAD; test -e %s/.git/shallow && echo shallow; git -C %s rev-parse HEAD", r.dir,
		     r.dir, r.dir);
	want = out_of("echo 3; git -C %s rev-parse v1^{commit}", origin);
	cr_assert_str_eq(got, want);
	free(got);
	free(want);
	gitclone_result_release(&r);
}

/* a submodule's URL as git resolves it against its superproject's (submodule--helper's relative_url) */
Test(gitclone, submodule_urls_resolve_as_git_resolves_them)
{
	static const char *cases[][3] = {
		{ "https://h/org/super.git", "../sub.git", "https://h/org/sub.git" },
		{ "https://h/org/super.git/", "./sub", "https://h/org/super.git/sub" },
		{ "https://h/org/super", "../../other/x.git", "https://h/other/x.git" },
		{ "git@host:org/super.git", "../../other/x.git", "git@host:other/x.git" },
		{ "git@host:org/super.git", "../x.git", "git@host:org/x.git" },
		{ "host:super", "../x", "host:x" },
		{ "file:///srv/git/super.git", "../sub.git", "file:///srv/git/sub.git" },
		{ "file:///srv/git/a/super", "../../b/sub", "file:///srv/git/b/sub" },
		{ "/srv/git/super", "../sub", "/srv/git/sub" },
		{ "/srv/git/super", "./sub/", "/srv/git/super/sub" },
		{ "super", "../sub", "sub" },
		{ "ssh://git@h:22/org/super.git", "../x.git", "ssh://git@h:22/org/x.git" },
		{ "https://h/org/super.git", "https://elsewhere/x.git", "https://elsewhere/x.git" },
		{ "https://h/org/super.git", "git@o:x.git", "git@o:x.git" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = NULL;

		cr_assert_eq(gitclone_resolve_url(cases[i][0], cases[i][1], &got), 0, "%s", byoc_errmsg());
		cr_assert_str_eq(got, cases[i][2], "%s + %s", cases[i][0], cases[i][1]);
		free(got);
	}
}

Test(gitclone, submodules_and_no_git)
{
	struct gitclone_opts o = { .url = origin, .tmp_parent = top, .submodules = true };
	struct gitclone_result r;
	char *got;

	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	got = out_of("cat %s/sub/s.txt && git -C %s/sub rev-list --count HEAD", r.dir, r.dir);
	cr_assert_str_eq(got, "s1");
	free(got);
	gitclone_result_release(&r);

	o.no_git = true;
	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	got = out_of("cd %s && cat sub/s.txt && find . -name .git | wc -l", r.dir);
	cr_assert_str_eq(got, "s0");
	free(got);
	gitclone_result_release(&r);
}

Test(gitclone, split_url_takes_user_info_out)
{
	char *c, *u, *p;

	cr_assert_eq(gitclone_split_url("https://alice:s%40cret@h.example:8443/r.git", &c, &u, &p), 0);
	cr_assert_str_eq(c, "https://h.example:8443/r.git");
	cr_assert_str_eq(u, "alice");
	cr_assert_str_eq(p, "s@cret");
	free(c), free(u), free(p);
	cr_assert_eq(gitclone_split_url("https://tok@h/r", &c, &u, &p), 0);
	cr_assert_str_eq(c, "https://h/r");
	cr_assert_str_eq(u, "tok");
	cr_assert_null(p);
	free(c), free(u);
	cr_assert_eq(gitclone_split_url("git@github.com:o/r.git", &c, &u, &p), 0);
	cr_assert_str_eq(c, "git@github.com:o/r.git");
	cr_assert_null(u);
	free(c);
}

Test(gitclone, repo_names)
{
	char *n;

	n = gitclone_repo_name("https://h/o/repo.git");
	cr_assert_str_eq(n, "repo");
	free(n);
	n = gitclone_repo_name("git@h:o/r2");
	cr_assert_str_eq(n, "r2");
	free(n);
	n = gitclone_repo_name("/srv/x/");
	cr_assert_str_eq(n, "x");
	free(n);
}

Test(gitclone, scrub_removes_credentials_from_config)
{
	char *got;

	sh("cd %s && git init -q s && cd s && git remote add origin https://bob:hunter2@h/r.git && "
	   "git config credential.helper 'store' && git config http.extraheader 'Authorization: Basic aHVudGVyMg=='", top);
	sh("echo 'x\t\tbranch of https://bob:hunter2@h' > %s/s/.git/FETCH_HEAD", top);
	{
		char p[256];

		snprintf(p, sizeof(p), "%s/s", top);
		cr_assert_eq(gitclone_scrub(p), 0, "%s", byoc_errmsg());
	}
	got = out_of("grep -rl -e hunter2 -e aHVudGVyMg %s/s/.git | wc -l; git -C %s/s remote get-url origin", top, top);
	cr_assert_str_eq(got, "0https://h/r.git");
	free(got);
}

/* an object that only an older commit reaches is missing: the checkout of HEAD would not
 * notice, the connectivity check does (git fsck would fail), and nothing is left */
Test(gitclone, a_repository_missing_an_object_is_refused)
{
	struct gitclone_opts o = { .url = origin, .tmp_parent = top };
	struct gitclone_result r;
	char *blob, *left;

	blob = out_of("cd %s && git rev-parse HEAD~3:n.txt", origin);
	sh("cd %s && git repack -adq && mv .git/objects/pack/*.pack ../all.pack && rm -f .git/objects/pack/* && "
	   "git unpack-objects -q < ../all.pack && rm .git/objects/%.2s/%s", origin, blob, blob + 2);
	cr_assert_neq(gitclone_run(&o, &r), 0);
	cr_assert(strstr(byoc_errmsg(), "missing") && strstr(byoc_errmsg(), blob), "%s", byoc_errmsg());
	left = out_of("ls %s | grep -c byoc-seed-git", top);
	cr_assert_str_eq(left, "0");
	free(blob);
	free(left);
}

/* Makes repository NAME in top with the shell commands MAKE (run inside it, then committed),
 * seeds it with gitclone_run and checks that every file is what git clone writes and that git
 * status is clean; the seed's work tree stays in r. */
static void clone_as_git(const char *name, const char *make, struct gitclone_result *r)
{
	char src[160];
	struct gitclone_opts o = { .url = src, .tmp_parent = top };
	char *want, *got;

	snprintf(src, sizeof(src), "%s/%s", top, name);
	sh("cd %s && " GIT " init -q %s && cd %s && %s && " GIT " add -A && " GIT " commit -qm %s && " GIT
	   " clone -q %s %s-git", top, name, name, make, name, src, src);
	cr_assert_eq(gitclone_run(&o, r), 0, "%s", byoc_errmsg());
	want = out_of("cd %s-git && find . -path ./.git -prune -o -type f -print | sort | xargs sha1sum | sha1sum", src);
	got = out_of("cd %s && find . -path ./.git -prune -o -type f -print | sort | xargs sha1sum | sha1sum", r->dir);
	cr_assert_str_eq(got, want);
	free(want);
	free(got);
	got = out_of("git -C %s status --porcelain", r->dir);
	cr_assert_str_eq(got, "");
	free(got);
}

/* working-tree-encoding (which libgit2 1.8 ignores) after eol, as git's checkout writes it */
Test(gitclone, working_tree_encoding_as_git_writes_it)
{
	struct gitclone_result r;

	clone_as_git("enc", "printf '%s\\n' 'le.txt working-tree-encoding=UTF-16LE' "
		     "'bom.txt working-tree-encoding=utf16le-bom' 'crlf.txt working-tree-encoding=UTF-16BE eol=crlf' "
		     "'u8.txt working-tree-encoding=UTF-8' > .gitattributes && "
		     "for f in le bom crlf u8; do printf 'caf\\303\\251\\nline\\n' | { [ $f = u8 ] && cat || iconv -f UTF-8 -t UTF-16LE; } > $f.txt; done && "
		     "printf 'caf\\303\\251\\r\\nline\\r\\n' | iconv -f UTF-8 -t UTF-16BE > crlf.txt && printf '\\377\\376' | cat - le.txt > bom.txt",
		     &r);
	gitclone_result_release(&r);
}

/* .gitattributes that ask for no conversion (text=auto, eol=lf, binary, -text) beside a folder
 * whose own asks for eol=crlf: every file as git writes it (the first are written as stored,
 * without a filter lookup each; the folder's are converted) */
Test(gitclone, attributes_that_convert_nothing_beside_ones_that_do)
{
	struct gitclone_result r;
	char *got;

	clone_as_git("attrs", "mkdir -p ci conv/deep plain && "
		     "printf '* text=auto\\nci/*.sh text eol=lf\\n*.bin binary\\n' > .gitattributes && "
		     "printf '*.c -text\\n' > plain/.gitattributes && printf '*.txt eol=crlf\\n' > conv/.gitattributes && "
		     "printf 'a\\nb\\n' | tee ci/x.sh plain/y.c plain/z.txt conv/w.txt conv/deep/v.txt top.txt > /dev/null && "
		     "printf '\\000\\001\\n' > k.bin", &r);
	got = out_of("od -c %s/conv/deep/v.txt | head -n 1", r.dir);
	cr_assert(strstr(got, "\\r"), "conv/deep/v.txt was not converted: %s", got);
	free(got);
	gitclone_result_release(&r);
}

/* tree_tar: the work tree is only an archive (no file of it on the host beside .git), and the
 * archive unpacked is what git clone checks out */
Test(gitclone, tree_tar_makes_no_work_tree_on_the_host)
{
	char src[160];
	struct gitclone_opts o = { .url = src, .tmp_parent = top, .tree_tar = true };
	struct gitclone_result r;
	char *got, *want;

	snprintf(src, sizeof(src), "%s/tarred", top);
	sh("cd %s && " GIT " init -q tarred && cd tarred && mkdir -p a/b && echo x > a/b/f && printf '#!/bin/sh\\n' > run && "
	   "chmod +x run && ln -s a/b/f link && " GIT " add -A && " GIT " commit -qm t && " GIT " clone -q %s %s-git",
	   top, src, src);
	cr_assert_eq(gitclone_run(&o, &r), 0, "%s", byoc_errmsg());
	cr_assert_not_null(r.tree_tar);
	got = out_of("ls -A %s", r.dir);
	cr_assert_str_eq(got, ".git", "the host's work tree holds more than .git: %s", got);
	free(got);
	sh("mkdir %s/untar && (umask 0; tar -C %s/untar -xf %s 2>/dev/null)", top, top, r.tree_tar);
	want = out_of("cd %s-git && find . -path ./.git -prune -o -printf '%%y %%m %%p %%l\\n' | sort | sha1sum", src);
	got = out_of("cd %s/untar && find . -printf '%%y %%m %%p %%l\\n' | sort | sha1sum", top);
	cr_assert_str_eq(got, want);
	free(got);
	free(want);
	gitclone_result_release(&r);
}
