/*
 * The seed's sandbox side on its own: the programs of src/lib/sandbox/ (seed-*.sh,
 * manifest.sh and manifest.py), composed by lib/seed.c as byoc-seed sends them, run by
 * bash on a temporary tree, the way the toolbox runs them in a sandbox; then the engine,
 * seed_run, into a sandbox of byoc-local started in this process.
 */
#include <criterion/criterion.h>
#include <openssl/evp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/daytona.h"
#include "lib/http.h"
#include "lib/manifest.h"
#include "lib/sandbox.h"
#include "lib/seed.h"
#include "lib/tarstream.h"
#include "lib/tbclient.h"
#include "local/server.h"
#include "util/buf.h"
#include "util/err.h"

static char top[64];

static void setup(void)
{
	snprintf(top, sizeof(top), "/tmp/byoc-seedprog-XXXXXX");
	cr_assert_not_null(mkdtemp(top));
}

static void teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "chmod -R u+rwx '%s'; rm -rf '%s'", top, top);
	cr_assert_eq(system(cmd), 0);
}

static void sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void sh(const char *fmt, ...)
{
	char *cmd;
	va_list ap;

	va_start(ap, fmt);
	cr_assert_geq(vasprintf(&cmd, fmt, ap), 0);
	va_end(ap);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
	free(cmd);
}

static void put(const char *rel, const char *text)
{
	char p[512];
	FILE *f;

	snprintf(p, sizeof(p), "%s/%s", top, rel);
	f = fopen(p, "w");
	cr_assert_not_null(f, "%s", p);
	fputs(text, f);
	fclose(f);
}

/* Runs the command text with bash (PATH as given, or the caller's), output into *out. */
static int run(const char *text, const char *path, struct buf *out)
{
	char script[256], cmd[1024], chunk[4096];
	FILE *f;
	size_t n;
	int st;

	snprintf(script, sizeof(script), "%s/cmd.sh", top);
	f = fopen(script, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "%s%s%s/bin/bash '%s' 2>&1", path ? "PATH='" : "", path ? path : "",
		 path ? "' " : "", script);
	f = popen(cmd, "r");
	cr_assert_not_null(f);
	buf_init(out, 1 << 24);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		cr_assert_eq(buf_append(out, chunk, n), 0);
	st = pclose(f);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void add_file(struct manifest *m, const char *rel, const char *text)
{
	unsigned char md[32];

	EVP_Digest(text, strlen(text), md, NULL, EVP_sha256(), NULL);
	cr_assert_eq(manifest_add(m, rel, 'f', strlen(text), md), 0);
}

/* tree/: a.txt, "sub dir/b%.bin", sub dir/deeper/, l -> a.txt; and its manifest as the host makes it */
static void make_tree(const char *dir, struct manifest *m, char hex[65], struct buf *text)
{
	char t[256];
	FILE *f;

	sh("mkdir -p '%s/%s/sub dir/deeper' && ln -s a.txt '%s/%s/l'", top, dir, top, dir);
	snprintf(t, sizeof(t), "%s/a.txt", dir);
	put(t, "hello\n");
	snprintf(t, sizeof(t), "%s/sub dir/b%%.bin", dir);
	put(t, "b\tc\n");
	manifest_init(m);
	add_file(m, "a.txt", "hello\n");
	add_file(m, "sub dir/b%.bin", "b\tc\n");
	cr_assert_eq(manifest_add(m, "sub dir", 'd', 0, NULL), 0);
	cr_assert_eq(manifest_add(m, "sub dir/deeper", 'd', 0, NULL), 0);
	cr_assert_eq(manifest_add_link(m, "l", "a.txt"), 0);
	cr_assert_eq(manifest_sha256(m, hex), 0);
	buf_init(text, 1 << 20);
	f = open_memstream(&text->data, &text->len);
	cr_assert_eq(manifest_write(m, f), 0);
	fclose(f);
	text->cap = text->len + 1;
}

static void manifest_cmd(struct buf *cmd, const char *root, const char *sum)
{
	buf_init(cmd, 1 << 20);
	cr_assert_eq(sandbox_var(cmd, "BYOC_ROOT", root), 0);
	cr_assert_eq(sandbox_var(cmd, "BYOC_SUM", sum), 0);
	cr_assert_eq(buf_puts(cmd, manifest_sandbox_script()), 0);
}

Test(seed_programs, every_program_is_built_in)
{
	const char *names[] = { "manifest.sh", "manifest.py", "seed-rmtree.sh", "seed-dest-check.sh", "seed-finish.sh",
				"seed-file-create.sh", "seed-file-finish.sh", NULL };

	for (int i = 0; names[i]; i++)
		cr_assert_not_null(sandbox_program(names[i]), "%s is not compiled in", names[i]);
}

Test(seed_programs, manifest_with_python_matches_the_host, .init = setup, .fini = teardown)
{
	struct manifest m;
	struct buf want, cmd, out;
	char hex[65], root[128], sum[160], got[65] = "";
	FILE *f;

	make_tree("tree", &m, hex, &want);
	snprintf(root, sizeof(root), "%s/tree", top);
	snprintf(sum, sizeof(sum), "%s/sum", top);
	manifest_cmd(&cmd, root, sum);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "%s", out.data);
	cr_assert_str_eq(out.data, want.data);
	f = fopen(sum, "r");
	cr_assert_not_null(f, "manifest.py wrote no sha256");
	cr_assert_eq(fread(got, 1, 64, f), 64);
	fclose(f);
	cr_assert_str_eq(got, hex);
	buf_release(&cmd);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

Test(seed_programs, manifest_without_python_matches_the_host, .init = setup, .fini = teardown)
{
	static const char *const tools[] = { "find", "od", "tr", "sort", "awk", "readlink", "wc", "sha256sum", "cut",
					     "stat", "cat", NULL };
	struct manifest m;
	struct buf want, cmd, out;
	char hex[65], root[128], bin[128];

	make_tree("tree", &m, hex, &want);
	snprintf(root, sizeof(root), "%s/tree", top);
	snprintf(bin, sizeof(bin), "%s/bin", top);
	sh("mkdir '%s'", bin);
	for (int i = 0; tools[i]; i++)   /* a PATH with everything the fallback needs but python3 */
		sh("ln -s \"$(command -v %s)\" '%s/%s'", tools[i], bin, tools[i]);
	manifest_cmd(&cmd, root, "");
	cr_assert_eq(run(cmd.data, bin, &out), 0, "%s", out.data);
	cr_assert_str_eq(out.data, want.data);
	buf_release(&cmd);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

/* A seed of tree/ into dest/ (which holds an old tree), as byoc-seed sends it: one tar upload. */
static bool finish_git_check; /* the next finish() runs with seed_sent.git_check */

static void finish_cmd(const char *want_hex, struct buf *cmd, char *dest, char **tmp, char **mf)
{
	char upload[256];
	char *uploads[1] = { upload };
	struct seed_sent s = { 0 };

	cr_assert_eq(seed_temp_names(dest, tmp, mf), 0);
	snprintf(upload, sizeof(upload), "%s.0.tar", *tmp);
	sh("tar -C '%s/tree' -cf '%s' .", top, upload);
	s.dest = dest;
	s.tmp = *tmp;
	s.manifest = *mf;
	s.uploads = uploads;
	s.nuploads = 1;
	s.git_check = finish_git_check;
	buf_init(cmd, 1 << 20);
	cr_assert_eq(seed_cmd_finish(cmd, &s, want_hex), 0);
}

static int finish(const char *want_hex, struct buf *out, char *dest, char **tmp, char **mf)
{
	struct buf cmd;
	int rc;

	finish_cmd(want_hex, &cmd, dest, tmp, mf);
	rc = run(cmd.data, NULL, out);
	buf_release(&cmd);
	return rc;
}

Test(seed_programs, finish_renames_a_verified_tree_into_place, .init = setup, .fini = teardown)
{
	struct manifest m;
	struct buf want, out;
	char hex[65], dest[128], *tmp, *mf;
	struct stat st;

	make_tree("tree", &m, hex, &want);
	snprintf(dest, sizeof(dest), "%s/dest/", top);
	sh("mkdir -p '%s/dest/old' && chmod 0555 '%s/dest/old'", top, top);
	cr_assert_eq(finish(hex, &out, dest, &tmp, &mf), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"), "%s", out.data);
	cr_assert_str_eq(dest + strlen(top), "/dest", "the trailing slash is dropped");
	sh("test \"$(cat '%s/dest/a.txt')\" = hello && test -L '%s/dest/l' && test ! -e '%s/dest/old'", top, top, top);
	cr_assert_neq(stat(tmp, &st), 0, "the temporary folder is left");
	cr_assert_neq(stat(mf, &st), 0, "the manifest is left");
	sh("test -z \"$(ls '%s' | grep byoc-seed)\"", top);
	free(tmp);
	free(mf);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

Test(seed_programs, finish_removes_what_a_killed_seed_of_dest_left, .init = setup, .fini = teardown)
{
	struct manifest m;
	struct buf want, out;
	char hex[65], dest[128], *tmp, *mf;

	make_tree("tree", &m, hex, &want);
	snprintf(dest, sizeof(dest), "%s/dest", top);
	/* a killed seed's folder (with a read-only corner), upload and manifest; another dest's */
	sh("mkdir -p '%s/dest.byoc-seed-dead00/ro' && chmod 0555 '%s/dest.byoc-seed-dead00/ro' && "
	   "touch '%s/dest.byoc-seed-dead00.0.tar' '%s/dest.byoc-seed-dead00.manifest' '%s/other.byoc-seed-1'",
	   top, top, top, top, top);
	cr_assert_eq(finish(hex, &out, dest, &tmp, &mf), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"), "%s", out.data);
	sh("test \"$(ls '%s' | grep byoc-seed)\" = other.byoc-seed-1", top);
	free(tmp);
	free(mf);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

Test(seed_programs, finish_on_a_mismatch_leaves_dest_as_it_was, .init = setup, .fini = teardown)
{
	struct manifest m, got;
	struct buf want, out;
	char hex[65], dest[128], *tmp, *mf, diff[256];
	FILE *f;

	make_tree("tree", &m, hex, &want);
	snprintf(dest, sizeof(dest), "%s/dest", top);
	sh("mkdir -p '%s/dest' && echo old > '%s/dest/keep'", top, top);
	put("tree/a.txt", "changed after the manifest\n");
	cr_assert_eq(finish(hex, &out, dest, &tmp, &mf), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-MISMATCH"), "%s", out.data);
	sh("test \"$(cat '%s/dest/keep')\" = old && test ! -e '%s/dest/a.txt'", top, top);
	/* the sandbox's manifest is left for the host to name the first difference */
	f = fopen(mf, "r");
	cr_assert_not_null(f);
	manifest_init(&got);
	cr_assert_eq(manifest_parse_file(&got, f), 0);
	fclose(f);
	cr_assert_eq(manifest_compare(&m, &got, diff, sizeof(diff)), 1);
	cr_assert(strstr(diff, "a.txt"), "%s", diff);
	manifest_release(&got);
	free(tmp);
	free(mf);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

/* A finish run again after its first attempt was killed at the text "cut" of seed-finish.sh
 * (byoc-local's restart kills the sandbox's processes; the step wrapper then runs the command
 * again): the second run must end as an uninterrupted one, BYOC-OK with dest/ in place. */
static void finish_killed_at(const char *cut)
{
	struct manifest m;
	struct buf want, cmd, out;
	char hex[65], dest[128], *tmp, *mf, *at;

	make_tree("tree", &m, hex, &want);
	snprintf(dest, sizeof(dest), "%s/dest", top);
	finish_cmd(hex, &cmd, dest, &tmp, &mf);
	free(tmp);   /* named in the command's text, which is all we run */
	free(mf);
	at = strstr(cmd.data, cut);
	cr_assert_not_null(at, "seed-finish.sh has no '%s'", cut);
	char saved = *at;
	*at = '\0';   /* the first attempt: everything up to the kill */
	run(cmd.data, NULL, &out);
	*at = saved;
	buf_release(&out);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"), "%s", out.data);
	sh("test \"$(cat '%s/dest/a.txt')\" = hello && test -z \"$(ls '%s' | grep byoc-seed)\"", top, top);
	buf_release(&cmd);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

Test(seed_programs, finish_run_again_after_a_kill_during_the_manifest, .init = setup, .fini = teardown)
{
	finish_killed_at("# shellcheck disable=SC2034 # read by byoc_manifest\nBYOC_ROOT=$T");
}

Test(seed_programs, finish_run_again_after_a_kill_before_it_answered, .init = setup, .fini = teardown)
{
	finish_killed_at("echo BYOC-OK\n");
}

/* The sandbox's own sha256 of tree/ (a first finish against a wrong one says it). */
static void sandbox_hex(char dest[128], char hex[65])
{
	struct buf out;
	char *tmp, *mf;
	const char *m;

	cr_assert_eq(finish("0000000000000000000000000000000000000000000000000000000000000000", &out, dest, &tmp, &mf),
		     0, "%s", out.data);
	cr_assert_not_null(m = strstr(out.data, "BYOC-MISMATCH "), "%s", out.data);
	snprintf(hex, 65, "%.64s", m + 14);
	sh("rm -rf '%s' '%s'", tmp, mf);
	free(tmp);
	free(mf);
	buf_release(&out);
}

Test(seed_programs, finish_of_a_repository_runs_git_fsck_before_the_rename, .init = setup, .fini = teardown)
{
	struct buf out;
	char hex[65], dest[128], *tmp, *mf;
	struct stat st;

	if (system("command -v git >/dev/null 2>&1") != 0)
		cr_skip_test("no git on this machine");
	sh("mkdir -p '%s/tree' && cd '%s/tree' && git init -q r && echo hi > r/f && git -C r add f && "
	   "git -C r -c user.name=t -c user.email=t@t commit -qm one", top, top);
	snprintf(dest, sizeof(dest), "%s/dest", top);
	finish_git_check = true;
	sandbox_hex(dest, hex);
	cr_assert_eq(finish(hex, &out, dest, &tmp, &mf), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"), "an intact repository passes: %s", out.data);
	{
		char fsck_out[512];

		snprintf(fsck_out, sizeof(fsck_out), "%s.fsck", mf);
		cr_assert_neq(stat(fsck_out, &st), 0, "git fsck's output, read beside the manifest, is left");
	}
	free(tmp);
	free(mf);
	buf_release(&out);

	/* objects gone but every file byte-exact: the manifest matches, git does not */
	sh("rm -rf '%s/dest' && cd '%s/tree/r/.git/objects' && rm -rf ?? && test -z \"$(ls | grep -v 'info\\|pack')\"", top, top);
	sandbox_hex(dest, hex);
	cr_assert_eq(finish(hex, &out, dest, &tmp, &mf), 1, "%s", out.data);
	cr_assert(strstr(out.data, "incomplete or corrupt (git fsck in the sandbox)"), "%s", out.data);
	cr_assert_neq(stat(dest, &st), 0, "the broken tree never becomes DIR");
	cr_assert_neq(stat(tmp, &st), 0, "the temporary folder is left");
	{
		char fsck_out[512];

		snprintf(fsck_out, sizeof(fsck_out), "%s.fsck", mf);
		cr_assert_neq(stat(fsck_out, &st), 0, "git fsck's output is left after a failure");
	}
	free(tmp);
	free(mf);
	buf_release(&out);

	/* without the check (a --no-git seed or a data seed) the same tree is taken as sent */
	finish_git_check = false;
	cr_assert_eq(finish(hex, &out, dest, &tmp, &mf), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"), "%s", out.data);
	free(tmp);
	free(mf);
	buf_release(&out);
}

Test(seed_programs, finish_of_a_broken_upload_removes_its_temporaries, .init = setup, .fini = teardown)
{
	struct manifest m;
	struct buf want, out, cmd;
	char hex[65], dest[128], upload[256], *tmp, *mf;
	char *uploads[1] = { upload };
	struct seed_sent s = { 0 };

	make_tree("tree", &m, hex, &want);
	snprintf(dest, sizeof(dest), "%s/dest", top);
	cr_assert_eq(seed_temp_names(dest, &tmp, &mf), 0);
	snprintf(upload, sizeof(upload), "%s.0.tar", tmp);
	put(upload + strlen(top) + 1, "not a tar\n");
	s.dest = dest;
	s.tmp = tmp;
	s.manifest = mf;
	s.uploads = uploads;
	s.nuploads = 1;
	buf_init(&cmd, 1 << 20);
	cr_assert_eq(seed_cmd_finish(&cmd, &s, hex), 0);
	cr_assert_eq(run(cmd.data, NULL, &out), 1, "%s", out.data);
	cr_assert(strstr(out.data, "byoc-seed: unpacking with tar failed"), "%s", out.data);
	sh("test ! -e '%s/dest' && test -z \"$(ls '%s' | grep byoc-seed)\"", top, top);
	free(tmp);
	free(mf);
	buf_release(&cmd);
	buf_release(&out);
	buf_release(&want);
	manifest_release(&m);
}

Test(seed_programs, cleanup_removes_every_temporary_and_never_dest, .init = setup, .fini = teardown)
{
	char dest[128], upload[256], meta[256], *tmp, *mf;
	char *uploads[1] = { upload }, *metas[1] = { meta };
	struct seed_sent s = { 0 };
	struct buf cmd, out;

	snprintf(dest, sizeof(dest), "%s/dest", top);
	cr_assert_eq(seed_temp_names(dest, &tmp, &mf), 0);
	snprintf(upload, sizeof(upload), "%s.0.tar", tmp);
	snprintf(meta, sizeof(meta), "%s.meta0", tmp);
	sh("mkdir -p '%s/ro' '%s.old' '%s' && chmod 0555 '%s/ro' && touch '%s' '%s' '%s' '%s.sum' '%s/keep'", tmp, tmp,
	   dest, tmp, upload, meta, mf, mf, dest);
	s.dest = dest;
	s.tmp = tmp;
	s.manifest = mf;
	s.uploads = uploads;
	s.nuploads = 1;
	s.metas = metas;
	s.nmetas = 1;
	buf_init(&cmd, 1 << 20);
	cr_assert_eq(seed_cmd_cleanup(&cmd, &s), 0);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "%s", out.data);
	sh("test -z \"$(ls '%s' | grep byoc-seed)\" && test -e '%s/keep'", top, dest);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "a second cleanup finds nothing and succeeds");
	free(tmp);
	free(mf);
	buf_release(&cmd);
	buf_release(&out);
}

Test(seed_programs, one_file_gets_its_mode_and_only_when_verified, .init = setup, .fini = teardown)
{
	char dest[128], *tmp, *mf;
	struct buf cmd, out;
	struct stat st;

	snprintf(dest, sizeof(dest), "%s/d/secret", top);
	cr_assert_eq(seed_temp_names(dest, &tmp, &mf), 0);
	buf_init(&cmd, 1 << 16);
	cr_assert_eq(seed_cmd_file_create(&cmd, tmp, "0600"), 0);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"));
	cr_assert_eq(stat(tmp, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	cr_assert_eq(st.st_size, 0);
	sh("printf 'hello\\n' > '%s'", tmp);
	buf_reset(&cmd);
	cr_assert_eq(seed_cmd_file_finish(&cmd, tmp, dest, "0640", "0000000000000000000000000000000000000000000000000000000000000000"), 0);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-MISMATCH"), "%s", out.data);
	cr_assert_neq(stat(dest, &st), 0);
	cr_assert_neq(stat(tmp, &st), 0, "a file that arrived different is removed");
	sh("printf 'hello\\n' > '%s'", tmp);
	buf_reset(&cmd);
	cr_assert_eq(seed_cmd_file_finish(&cmd, tmp, dest, "0640", "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"), 0);
	cr_assert_eq(run(cmd.data, NULL, &out), 0, "%s", out.data);
	cr_assert(strstr(out.data, "BYOC-OK"), "%s", out.data);
	cr_assert_eq(stat(dest, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0640);
	free(tmp);
	free(mf);
	buf_release(&cmd);
	buf_release(&out);
}

/* ---- a data seed's plan ---- */

Test(seed_plan, archives_are_named_by_their_extension_and_must_be_files, .init = setup, .fini = teardown)
{
	char p[128];
	bool zip = false;

	sh("mkdir -p '%s/d.tar' && : >'%s/a.TAR.GZ' && : >'%s/b.zip' && : >'%s/c.txt'", top, top, top, top);
	snprintf(p, sizeof(p), "%s/a.TAR.GZ", top);
	cr_assert(seed_is_archive(p, &zip) && !zip);
	snprintf(p, sizeof(p), "%s/b.zip", top);
	cr_assert(seed_is_archive(p, &zip) && zip);
	snprintf(p, sizeof(p), "%s/c.txt", top);
	cr_assert(!seed_is_archive(p, &zip));
	snprintf(p, sizeof(p), "%s/d.tar", top);
	cr_assert(!seed_is_archive(p, &zip), "a folder named .tar is a folder");
	snprintf(p, sizeof(p), "%s/missing.tar", top);
	cr_assert(!seed_is_archive(p, &zip));
}

Test(seed_plan, base_names_ignore_trailing_slashes)
{
	char *b = seed_base_name("/data/set//");

	cr_assert_str_eq(b, "set");
	free(b);
	b = seed_base_name("file.txt");
	cr_assert_str_eq(b, "file.txt");
	free(b);
}

Test(seed_plan, a_dir_slash_splits_its_children_alternately_and_a_symlink_keeps_one_stream, .init = setup,
     .fini = teardown)
{
	struct tarstream_opts to = { .compress = TARSTREAM_NONE };
	struct tarstream *split[2] = { NULL, NULL };
	char dir[128];
	const char *paths[] = { dir };

	sh("mkdir -p '%s/d/x' && echo 1 >'%s/d/a' && echo 2 >'%s/d/b' && echo 3 >'%s/d/x/c'", top, top, top, top);
	snprintf(dir, sizeof(dir), "%s/d/", top);
	seed_split_streams(paths, 1, &to, split);
	cr_assert(split[0] && split[1]);
	/* a, b, x alternate: a and x/ with x/c in the first, b in the second */
	cr_assert_eq(tarstream_files(split[0]) + tarstream_files(split[1]), 3);
	cr_assert_eq(tarstream_files(split[1]), 1);
	tarstream_free(split[0]);
	tarstream_free(split[1]);

	split[0] = split[1] = NULL;
	sh("ln -s a '%s/d/link'", top);
	seed_split_streams(paths, 1, &to, split);
	cr_assert(!split[0] && !split[1], "a top-level symlink travels as a symlink: one stream");

	snprintf(dir, sizeof(dir), "%s/d/a", top);
	seed_split_streams(paths, 1, &to, split);
	cr_assert(!split[0] && !split[1], "one entry: nothing to split");
}

/* ---- the engine (seed_run) against byoc-local, started in this process --------------------------- */

static struct local *L;
static char state[64];
static struct dt_client_opts co;
static struct dt_client *dt;
static struct tbc *tb;

/* byoc-local with one started sandbox "seed-unit", its toolbox in tb. */
static void local_setup(void)
{
	static const char *const started[] = { "started", NULL };
	struct dt_snapshot_create sp = { .name = "seed-unit-snap", .dockerfile_content = "FROM python:3.12-slim\n" };
	struct local_options lo = { .listen_host = "127.0.0.1", .api_key = "seed-unit-key", .org_id = "org-seed" };
	struct dt_sandbox_create p;
	struct dt_sandbox *sb = NULL;

	if (getenv("BYOC_WRAP") && strstr(getenv("BYOC_WRAP"), "valgrind"))
		cr_skip_test("real sandboxes (namespaces) do not start under valgrind");
	setup();
	snprintf(state, sizeof(state), "%s/state", top);
	cr_assert_eq(mkdir(state, 0700), 0);
	lo.state_dir = state;
	cr_assert_eq(local_new(&lo, &L), 0, "%s", byoc_errmsg());
	cr_assert_eq(local_listen(L), 0, "%s", byoc_errmsg());
	memset(&co, 0, sizeof(co));
	co.api_url = local_url(L);
	co.api_key = "seed-unit-key";
	co.target = "";
	cr_assert_eq(dt_client_new(&co, &dt), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_create(dt, &sp, NULL), 0, "%s", byoc_errmsg());
	cr_assert_eq(dt_snapshot_wait(dt, sp.name, http_now_ms() + 20000, NULL), 0, "%s", byoc_errmsg());
	dt_sandbox_create_init(&p);
	p.name = "seed-unit";
	p.snapshot = sp.name;
	cr_assert_eq(dt_sandbox_create(dt, &p, &sb), 0, "%s", byoc_errmsg());
	dt_sandbox_free(sb);
	sb = NULL;
	cr_assert_eq(dt_sandbox_wait_state(dt, "seed-unit", started, http_now_ms() + 30000, &sb), 0, "%s", byoc_errmsg());
	cr_assert_eq(tbc_new_for_sandbox(dt, sb, &tb), 0, "%s", byoc_errmsg());
	dt_sandbox_free(sb);
}

static void local_teardown(void)
{
	tbc_free(tb);
	dt_client_free(dt);
	if (L)
		local_free(L);
	L = NULL;
	teardown();
}

/* What the sandbox prints for script (its last line without the newline). */
static char *in_sandbox(const char *script)
{
	struct tbc_exec_result r = { 0 };
	char *out;

	cr_assert_eq(tbc_execute(tb, script, NULL, NULL, 30, 0, &r), 0, "%s", byoc_errmsg());
	out = strdup(r.result ? r.result : "");
	tbc_exec_result_release(&r);
	out[strcspn(out, "\n")] = '\0';
	return out;
}

/* What the callbacks saw: the order of the events, and what was said. */
struct seen {
	char events[256];
	size_t n;
	uint64_t sent, total;
	struct buf said;
	volatile sig_atomic_t *cancel_at_send;   /* set at the first SEED_SENDING */
};

static void on_progress(void *arg, const struct seed_progress *p)
{
	struct seen *s = arg;
	static const char code[] = "cCsSvV";   /* SEED_CLONING .. SEED_VERIFIED */

	/* SEED_SENDING comes with every chunk: one letter for a run of them */
	if (s->n + 1 < sizeof(s->events) && !(p->event == SEED_SENDING && s->n && s->events[s->n - 1] == 's'))
		s->events[s->n++] = code[p->event];
	if (p->event == SEED_SENT) {
		s->sent = p->done;
		s->total = p->total;
	}
	if (p->event == SEED_SENDING && s->cancel_at_send)
		*s->cancel_at_send = 1;
}

static void on_trace(void *arg, const char *msg)
{
	struct seen *s = arg;

	buf_printf(&s->said, "%s\n", msg);
}

static struct seed_opts opts_for(struct seen *s, volatile sig_atomic_t *cancel)
{
	struct seed_opts o = { .client = &co, .cancel = cancel, .progress = on_progress, .trace = on_trace, .arg = s };

	memset(s, 0, sizeof(*s));
	buf_init(&s->said, 1 << 20);
	return o;
}

Test(seed_run, a_dataset_arrives_verified_with_its_progress_and_the_sandbox_timings, .init = local_setup,
     .fini = local_teardown, .timeout = 120)
{
	struct seen s;
	struct seed_opts o = opts_for(&s, NULL);
	char src[128], *got;
	const char *paths[1] = { src };
	struct seed_job j = { .kind = SEED_DATA, .sandbox = "seed-unit", .dest = "/home/daytona/ds", .paths = paths,
			      .npaths = 1, .mode = -1 };
	struct seed_result r;

	snprintf(src, sizeof(src), "%s/src/", top);
	sh("mkdir -p '%s/src/sub' && printf one >'%s/src/a.txt' && printf three >'%s/src/sub/b.txt'", top, top, top);
	cr_assert_eq(seed_run(&j, &o, &r), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r.dest, "/home/daytona/ds");
	cr_assert_eq(r.files, 2);
	cr_assert_eq(r.bytes, 8);
	cr_assert_eq(strlen(r.sha256), 64);
	cr_assert_str_eq(r.commit, "");
	s.events[s.n] = '\0';
	cr_assert_str_eq(s.events, "sSvV", "events %s", s.events);
	cr_assert_eq(s.sent, 8);
	cr_assert_eq(s.total, 8);
	cr_assert_not_null(strstr(s.said.data, "sending one stream of tar"), "%s", s.said.data);
	cr_assert_not_null(strstr(s.said.data, "sandbox: "), "the sandbox's timings, as asked: %s", s.said.data);
	got = in_sandbox("cat /home/daytona/ds/a.txt /home/daytona/ds/sub/b.txt; ls -a /home/daytona | grep -c byoc-seed");
	cr_assert_str_eq(got, "onethree0");
	free(got);
	seed_result_release(&r);
	buf_release(&s.said);
}

Test(seed_run, a_cancel_during_the_upload_leaves_nothing_and_dest_as_it_was, .init = local_setup,
     .fini = local_teardown, .timeout = 120)
{
	static volatile sig_atomic_t cancel;
	struct seen s;
	struct seed_opts o = opts_for(&s, &cancel);
	char src[128], *got;
	const char *paths[1] = { src };
	struct seed_job j = { .kind = SEED_DATA, .sandbox = "seed-unit", .dest = "/home/daytona/ds", .paths = paths,
			      .npaths = 1, .mode = -1 };
	struct seed_result r;

	cancel = 0;
	s.cancel_at_send = &cancel;
	snprintf(src, sizeof(src), "%s/big.bin", top);
	sh("head -c 8000000 /dev/urandom >'%s'", src);
	in_sandbox("mkdir -p /home/daytona/ds && echo old >/home/daytona/ds/keep");
	cr_assert_eq(seed_run(&j, &o, &r), BYOC_EINTR, "%s", byoc_errmsg());
	cr_assert_null(r.dest);
	got = in_sandbox("echo \"$(cat /home/daytona/ds/keep)$(ls -a /home/daytona | grep -c byoc-seed)\"");
	cr_assert_str_eq(got, "old0", "DIR untouched and no temporary left: %s", got);
	free(got);
	buf_release(&s.said);
}

Test(seed_run, a_file_gets_its_mode_and_its_sha256, .init = local_setup, .fini = local_teardown, .timeout = 120)
{
	struct seen s;
	struct seed_opts o = opts_for(&s, NULL);
	char src[128], *got;
	struct seed_job j = { .kind = SEED_FILE, .sandbox = "seed-unit", .src = src, .dest = "/home/daytona/key",
			      .mode = 0600 };
	struct seed_result r;

	snprintf(src, sizeof(src), "%s/key", top);
	put("key", "secret\n");
	cr_assert_eq(seed_run(&j, &o, &r), 0, "%s", byoc_errmsg());
	/* sha256("secret\n") */
	cr_assert_str_eq(r.sha256, "b37e50cedcd3e3f1ff64f4afc0422084ae694253cf399326868e07a35f4a45fb");
	cr_assert_eq(r.files, 1);
	cr_assert_eq(r.bytes, 7);
	got = in_sandbox("stat -c %a /home/daytona/key; cat /home/daytona/key");
	cr_assert_str_eq(got, "600");
	free(got);
	seed_result_release(&r);
	buf_release(&s.said);
}

Test(seed_run, bad_jobs_fail_before_anything_is_sent, .init = local_setup, .fini = local_teardown, .timeout = 60)
{
	struct seen s;
	struct seed_opts o = opts_for(&s, NULL);
	const char *missing[1] = { "/nonexistent/data" };
	struct seed_job none = { .kind = SEED_DATA, .sandbox = "seed-unit", .mode = -1 };
	struct seed_job gone = { .kind = SEED_DATA, .sandbox = "seed-unit", .paths = missing, .npaths = 1, .mode = -1 };
	struct seed_job nosb = { .kind = SEED_FILE, .sandbox = "no-such-sandbox", .src = "/etc/hostname",
				 .dest = "/home/daytona/x", .mode = -1 };
	struct seed_result r;

	cr_assert_eq(seed_run(&none, &o, &r), BYOC_EUSAGE);
	cr_assert_not_null(strstr(byoc_errmsg(), "at least one PATH"), "%s", byoc_errmsg());
	cr_assert_eq(seed_run(&gone, &o, &r), BYOC_ENOTFOUND);
	cr_assert_not_null(strstr(byoc_errmsg(), "/nonexistent/data"), "%s", byoc_errmsg());
	cr_assert_eq(seed_run(&nosb, &o, &r), BYOC_ENOTFOUND, "%s", byoc_errmsg());
	cr_assert_eq(s.n, 0, "nothing was sent");
	buf_release(&s.said);
}

Test(seed_run, compress_names)
{
	cr_assert_eq(seed_compress_parse("gzip"), TARSTREAM_GZIP);
	cr_assert_eq(seed_compress_parse("zstd"), TARSTREAM_ZSTD);
	cr_assert_eq(seed_compress_parse("none"), TARSTREAM_NONE);
	cr_assert_eq(seed_compress_parse("xz"), -1);
}
