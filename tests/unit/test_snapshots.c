/*
 * Snapshots in byoc-local: name and image checks, the snapshotRef, the
 * entrypoint the API derives from a Dockerfile, the build (COPY/ADD
 * semantics against context tars, ENV/WORKDIR/ARG, hostile tar entries,
 * failures), and the engine's state machine, pure and against a real store
 * (including a restart mid-build).
 */
#include <archive.h>
#include <archive_entry.h>
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "local/build.h"
#include "local/server.h"
#include "util/err.h"

/* ---- names and refs ------------------------------------------------------------------------- */

Test(snap_name, accepts_daytona_names)
{
	cr_assert(snap_name_valid("a"));
	cr_assert(snap_name_valid("byoc-env-default-1a2b3c4d"));
	cr_assert(snap_name_valid("My_Snap.v1:tag"));
	cr_assert(snap_name_valid("org/team/name:1.0"));
	cr_assert(snap_name_valid("x@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
}

Test(snap_name, rejects_what_the_regex_rejects)
{
	cr_assert_not(snap_name_valid(""));
	cr_assert_not(snap_name_valid("a b"));
	cr_assert_not(snap_name_valid("a//b"));
	cr_assert_not(snap_name_valid("/a"));
	cr_assert_not(snap_name_valid("a/"));
	cr_assert_not(snap_name_valid("<b>x</b>"));
	cr_assert_not(snap_name_valid("a?b"));
	cr_assert_not(snap_name_valid("http://x"));
	cr_assert_not(snap_name_valid("x@sha256:abc"));
	cr_assert_not(snap_name_valid("x@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"));
	cr_assert_not(snap_name_valid("a\nb"));
}

Test(snap_image, needs_a_tag_and_refuses_latest)
{
	cr_assert_null(snap_image_name_error("ubuntu:22.04"));
	cr_assert_null(snap_image_name_error("ghcr.io/org/img:1"));
	cr_assert_null(snap_image_name_error("img@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
	cr_assert_str_eq(snap_image_name_error("ubuntu"),
			 "Image name must include a tag (e.g., ubuntu:22.04) or digest (@sha256:...)");
	cr_assert_str_eq(snap_image_name_error("ubuntu:"),
			 "Image name must include a tag (e.g., ubuntu:22.04) or digest (@sha256:...)");
	cr_assert_str_eq(snap_image_name_error("ubuntu:latest"), "Images with tag \":latest\" are not allowed");
	cr_assert_not_null(snap_image_name_error("img@sha256:abc"));
	cr_assert_not_null(snap_image_name_error("bad image:1"));
}

Test(snap_ref, is_sha256_of_dockerfile_and_sorted_hashes)
{
	char ref[128], ref2[128];
	json_t *h = json_pack("[ss]", "bbb", "aaa"), *h2 = json_pack("[ss]", "aaa", "bbb");

	cr_assert_eq(snap_snapshot_ref("FROM alpine:3.19\nCOPY a /a\n", h, ref, sizeof(ref)), 0);
	cr_assert_str_eq(ref, "daytona-7dfb889f507becc0863c1bb4656e0093c741fa85c7f348c22bb857abac5f24d0:daytona");
	cr_assert_eq(snap_snapshot_ref("FROM alpine:3.19\nCOPY a /a\n", h2, ref2, sizeof(ref2)), 0);
	cr_assert_str_eq(ref, ref2);
	cr_assert_eq(snap_snapshot_ref("FROM alpine:3.19\n", NULL, ref, sizeof(ref)), 0);
	cr_assert_str_eq(ref, "daytona-bb31b87c25bb1c4fd052ee37e99b450589c140bf65b028916376f0bea1eae960:daytona");
	json_decref(h);
	json_decref(h2);
}

Test(snap_uuid, only_uuids)
{
	cr_assert(snap_is_uuid("df0e5d20-9ac3-480b-adc8-f99f76c08da6"));
	cr_assert(snap_is_uuid("DF0E5D20-9AC3-480B-ADC8-F99F76C08DA6"));
	cr_assert_not(snap_is_uuid("df0e5d20-9ac3-480b-adc8-f99f76c08da"));
	cr_assert_not(snap_is_uuid("my-snapshot"));
	cr_assert_not(snap_is_uuid("df0e5d20-9ac3-480b-adc8-f99f76c08da6x"));
}

static void expect_ep(const char *df, const char *want_json)
{
	json_t *got = snap_entrypoint_from_dockerfile(df);
	char *s = json_dumps(got, JSON_COMPACT | JSON_ENCODE_ANY);

	cr_assert_str_eq(s, want_json, "dockerfile %s", df);
	free(s);
	json_decref(got);
}

Test(snap_entrypoint, as_the_api_derives_it)
{
	expect_ep("FROM a\n", "[\"sleep\",\"infinity\"]");
	expect_ep("FROM a\nENTRYPOINT [\"python\", \"-m\", \"app\"]\n", "[\"python\",\"-m\",\"app\"]");
	/* the last one wins */
	expect_ep("FROM a\nENTRYPOINT [\"one\"]\nENTRYPOINT [\"two\"]\n", "[\"two\"]");
	/* shell form: one element, quotes stripped */
	expect_ep("FROM a\nENTRYPOINT python \"app.py\" 'x'\n", "[\"python app.py x\"]");
	/* valid JSON that is not an array: the default */
	expect_ep("FROM a\nENTRYPOINT \"str\"\n", "[\"sleep\",\"infinity\"]");
	/* empty entries dropped; nothing left: null */
	expect_ep("FROM a\nENTRYPOINT [\"\", \"a\"]\n", "[\"a\"]");
	expect_ep("FROM a\nENTRYPOINT [\"\"]\n", "null");
	/* case-sensitive, needs whitespace after the keyword */
	expect_ep("FROM a\nentrypoint [\"x\"]\nENTRYPOINTS [\"y\"]\n", "[\"sleep\",\"infinity\"]");
	/* CRLF line ends */
	expect_ep("FROM a\r\nENTRYPOINT [\"x\"]\r\n", "[\"x\"]");
}

Test(snap_dto, drops_private_fields)
{
	json_t *doc = json_pack("{ss ss sb so}", "id", "x", "state", "active", "_built", 1, "_env", json_object());
	json_t *dto = snap_dto(doc);

	cr_assert_null(json_object_get(dto, "_built"));
	cr_assert_null(json_object_get(dto, "_env"));
	cr_assert_str_eq(json_string_value(json_object_get(dto, "id")), "x");
	json_decref(doc);
	json_decref(dto);
}

/* SnapshotDto allows null only where the spec says nullable: an unset imageName or gpuType is
 * omitted; size, entrypoint, errorReason, lastUsedAt and sourceSandboxId are always there. */
Test(snap_dto, null_only_where_nullable)
{
	json_t *doc = json_pack("{ss sn sn sn sn s{ss sn}}", "id", "x", "imageName", "gpuType", "size", "errorReason",
				"buildInfo", "snapshotRef", "r", "dockerfileContent");
	json_t *dto = snap_dto(doc);
	static const char *const nullable[] = { "size", "entrypoint", "errorReason", "lastUsedAt", "sourceSandboxId" };

	cr_assert_null(json_object_get(dto, "imageName"));
	cr_assert_null(json_object_get(dto, "gpuType"));
	cr_assert_null(json_object_get(json_object_get(dto, "buildInfo"), "dockerfileContent"));
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(dto, "buildInfo"), "snapshotRef")), "r");
	for (size_t i = 0; i < sizeof(nullable) / sizeof(*nullable); i++)
		cr_assert(json_is_null(json_object_get(dto, nullable[i])), "%s is present and null", nullable[i]);
	json_decref(doc);
	json_decref(dto);
}

/* ---- builds ---------------------------------------------------------------------------------- */

struct tentry {
	const char *name;
	int type;          /* AE_IFREG, AE_IFDIR, AE_IFLNK */
	const char *data;  /* file content or link target */
	size_t len;        /* content length; 0: strlen(data) */
};

static char tmpdir[256];

static void setup_tmp(void)
{
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/byoc-test-snap.XXXXXX");
	cr_assert_not_null(mkdtemp(tmpdir));
}

static void teardown_tmp(void)
{
	build_rmtree(tmpdir);
}

static char *make_tar(const char *name, const struct tentry *e, size_t n)
{
	char *path;
	struct archive *a = archive_write_new();
	size_t i;

	cr_assert(asprintf(&path, "%s/%s", tmpdir, name) > 0);
	archive_write_set_format_pax_restricted(a);
	cr_assert_eq(archive_write_open_filename(a, path), ARCHIVE_OK);
	for (i = 0; i < n; i++) {
		struct archive_entry *ae = archive_entry_new();

		archive_entry_set_pathname(ae, e[i].name);
		archive_entry_set_filetype(ae, (unsigned)e[i].type);
		if (e[i].type == AE_IFDIR) {
			archive_entry_set_perm(ae, 0755);
		} else if (e[i].type == AE_IFLNK) {
			archive_entry_set_perm(ae, 0777);
			archive_entry_set_symlink(ae, e[i].data);
		} else {
			archive_entry_set_perm(ae, 0644);
			archive_entry_set_size(ae, (la_int64_t)(e[i].len ? e[i].len : strlen(e[i].data)));
		}
		archive_write_header(a, ae);
		if (e[i].type == AE_IFREG)
			archive_write_data(a, e[i].data, e[i].len ? e[i].len : strlen(e[i].data));
		archive_entry_free(ae);
	}
	archive_write_close(a);
	archive_write_free(a);
	return path;
}

/* A tar (gzip-compressed when gz) in memory, for archives inside a context. */
static char *tar_bytes(const struct tentry *e, size_t n, bool gz, size_t *len)
{
	static char mem[2][65536];
	static int which;
	char *out = mem[which++ % 2];
	struct archive *a = archive_write_new();
	size_t i, used = 0;

	archive_write_set_format_pax_restricted(a);
	if (gz)
		archive_write_add_filter_gzip(a);
	cr_assert_eq(archive_write_open_memory(a, out, sizeof(mem[0]), &used), ARCHIVE_OK);
	for (i = 0; i < n; i++) {
		struct archive_entry *ae = archive_entry_new();

		archive_entry_set_pathname(ae, e[i].name);
		archive_entry_set_filetype(ae, (unsigned)e[i].type);
		archive_entry_set_perm(ae, e[i].type == AE_IFDIR ? 0755 : 0644);
		if (e[i].type == AE_IFLNK)
			archive_entry_set_symlink(ae, e[i].data);
		if (e[i].type == AE_IFREG)
			archive_entry_set_size(ae, (la_int64_t)strlen(e[i].data));
		archive_write_header(a, ae);
		if (e[i].type == AE_IFREG)
			archive_write_data(a, e[i].data, strlen(e[i].data));
		archive_entry_free(ae);
	}
	archive_write_close(a);
	archive_write_free(a);
	*len = used;
	return out;
}

/* Runs a build of df over the given tars into tmpdir/rootfs; returns build_run's code. */
static int run_build(const char *df, char **tars, size_t ntars, struct build_result *res)
{
	char rootfs[512], logp[512];
	struct build_job job;
	int fd, rc;

	snprintf(rootfs, sizeof(rootfs), "%s/rootfs", tmpdir);
	snprintf(logp, sizeof(logp), "%s/build.log", tmpdir);
	fd = open(logp, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0644);
	memset(&job, 0, sizeof(job));
	job.dockerfile = df;
	job.tars = (const char *const *)tars;
	job.ntars = ntars;
	job.rootfs = rootfs;
	job.log_fd = fd;
	job.seconds = 0;
	job.tag = "daytona-x:daytona";
	rc = build_run(&job, res);
	close(fd);
	return rc;
}

static char *slurp(const char *rel)
{
	char path[1024];
	static char buf[4096];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, rel);
	fd = open(path, O_RDONLY | O_NOFOLLOW);
	if (fd < 0)
		return NULL;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = '\0';
	return buf;
}

static bool is_dir(const char *rel)
{
	char path[1024];
	struct stat st;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, rel);
	return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool exists(const char *rel)
{
	char path[1024];
	struct stat st;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, rel);
	return lstat(path, &st) == 0;
}

/* The SDK's tar for COPY src /app plus a file at the root, as node-tar writes them. */
static const struct tentry ctx_src[] = {
	{ "src/", AE_IFDIR, NULL, 0 },
	{ "src/a.txt", AE_IFREG, "abc", 0 },
	{ "src/sub/", AE_IFDIR, NULL, 0 },
	{ "src/sub/b.txt", AE_IFREG, "bee", 0 },
	{ "src/sub/empty/", AE_IFDIR, NULL, 0 },
};
static const struct tentry ctx_files[] = {
	{ "app.py", AE_IFREG, "print(1)\n", 0 },
	{ "req.txt", AE_IFREG, "flask\n", 0 },
	{ "notes.md", AE_IFREG, "# notes\n", 0 },
};

TestSuite(build, .init = setup_tmp, .fini = teardown_tmp);

Test(build, copy_directory_copies_its_contents_into_dest)
{
	char *tars[] = { make_tar("c1.tar", ctx_src, 5) };
	struct build_result res;

	cr_assert_eq(run_build("FROM alpine:3\nCOPY src /app\n", tars, 1, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/app/a.txt"), "abc");
	cr_assert_str_eq(slurp("rootfs/app/sub/b.txt"), "bee");
	cr_assert_not(exists("rootfs/app/src"));
	/* an empty folder the context carries arrives too, as `docker build` copies it */
	cr_assert(exists("rootfs/app/sub/empty"));
	cr_assert_eq(res.files, 2);
	build_result_release(&res);
	free(tars[0]);
}

Test(build, copy_file_to_dest_with_and_without_slash)
{
	char *tars[] = { make_tar("c2.tar", ctx_files, 3) };
	struct build_result res;

	cr_assert_eq(run_build("FROM a:1\nCOPY app.py /opt/main\nCOPY app.py /srv/\nCOPY [\"req.txt\", \"/j/\"]\n",
			       tars, 1, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/opt/main"), "print(1)\n");
	cr_assert_str_eq(slurp("rootfs/srv/app.py"), "print(1)\n");
	cr_assert_str_eq(slurp("rootfs/j/req.txt"), "flask\n");
	build_result_release(&res);
	free(tars[0]);
}

Test(build, relative_dest_starts_at_workdir_and_env_is_recorded)
{
	char *tars[] = { make_tar("c3.tar", ctx_files, 3) };
	struct build_result res;

	cr_assert_eq(run_build("FROM a:1\nARG BASE=/w\nENV HOME_DIR=$BASE/home A=\"x y\"\nENV LEGACY value with spaces\n"
			       "WORKDIR $BASE\nWORKDIR sub\nCOPY app.py rel/\nCOPY req.txt .\nCOPY notes.md ${HOME_DIR}/\n"
			       "RUN pip install -r req.txt\n",
			       tars, 1, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/w/sub/rel/app.py"), "print(1)\n");
	cr_assert_str_eq(slurp("rootfs/w/sub/req.txt"), "flask\n");
	cr_assert_str_eq(slurp("rootfs/w/home/notes.md"), "# notes\n");
	cr_assert_str_eq(res.workdir, "/w/sub");
	cr_assert_str_eq(json_string_value(json_object_get(res.env, "HOME_DIR")), "/w/home");
	cr_assert_str_eq(json_string_value(json_object_get(res.env, "A")), "x y");
	cr_assert_str_eq(json_string_value(json_object_get(res.env, "LEGACY")), "value with spaces");
	/* ARG is not part of the image's environment */
	cr_assert_null(json_object_get(res.env, "BASE"));
	cr_assert(strstr(slurp("build.log"), "RUN pip install -r req.txt (not executed locally)"));
	cr_assert(strstr(slurp("build.log"), "Step 1/10 : FROM a:1"));
	cr_assert(strstr(slurp("build.log"), "Successfully built"));
	build_result_release(&res);
	free(tars[0]);
}

Test(build, globs_match_files_and_directories)
{
	char *tars[] = { make_tar("c4.tar", ctx_files, 3), make_tar("c5.tar", ctx_src, 5) };
	struct build_result res;

	cr_assert_eq(run_build("FROM a:1\nCOPY *.txt *.py /g/\nCOPY sr? /d/\nCOPY src/* /e/\n", tars, 2, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/g/req.txt"), "flask\n");
	cr_assert_str_eq(slurp("rootfs/g/app.py"), "print(1)\n");
	cr_assert_not(exists("rootfs/g/notes.md"));
	/* a directory matched by a glob: its contents */
	cr_assert_str_eq(slurp("rootfs/d/a.txt"), "abc");
	/* the glob src/? ... matches the file a.txt and the directory sub, whose contents land in /e/ */
	cr_assert_str_eq(slurp("rootfs/e/a.txt"), "abc");
	cr_assert_str_eq(slurp("rootfs/e/b.txt"), "bee");
	build_result_release(&res);
	free(tars[0]);
	free(tars[1]);
}

Test(build, several_sources_need_a_directory_dest)
{
	char *tars[] = { make_tar("c6.tar", ctx_files, 3) };
	struct build_result res;

	cr_assert_eq(run_build("FROM a:1\nCOPY app.py req.txt /x\n", tars, 1, &res), BYOC_EBUILD);
	cr_assert(strstr(res.error, "destination must be a directory and end with a /"), "%s", res.error);
	build_result_release(&res);
	cr_assert_eq(run_build("FROM a:1\nCOPY *.txt *.md /x\n", tars, 1, &res), BYOC_EBUILD);
	build_result_release(&res);
	free(tars[0]);
}

Test(build, missing_source_or_context_fails)
{
	char *tars[] = { make_tar("c7.tar", ctx_files, 3), NULL };
	const char *labels[] = { "h1", "deadbeef" };
	struct build_result res;
	char rootfs[512];
	struct build_job job;

	cr_assert_eq(run_build("FROM a:1\nCOPY nothere.txt /x\n", tars, 1, &res), BYOC_EBUILD);
	cr_assert(strstr(res.error, "file not found in build context"), "%s", res.error);
	cr_assert(strstr(slurp("build.log"), "file not found in build context"));
	build_result_release(&res);
	cr_assert_eq(run_build("FROM a:1\nCOPY *.go /x/\n", tars, 1, &res), BYOC_EBUILD);
	build_result_release(&res);
	/* no context at all */
	cr_assert_eq(run_build("FROM a:1\nCOPY app.py /x\n", NULL, 0, &res), BYOC_EBUILD);
	build_result_release(&res);
	/* a context hash that was never uploaded */
	snprintf(rootfs, sizeof(rootfs), "%s/rootfs", tmpdir);
	memset(&job, 0, sizeof(job));
	job.dockerfile = "FROM a:1\nCOPY app.py /x\n";
	job.tars = (const char *const *)tars;
	job.labels = labels;
	job.ntars = 2;
	job.rootfs = rootfs;
	job.log_fd = -1;
	cr_assert_eq(build_run(&job, &res), BYOC_EBUILD);
	cr_assert(strstr(res.error, "deadbeef was never uploaded"), "%s", res.error);
	build_result_release(&res);
	free(tars[0]);
}

Test(build, no_from_and_unknown_instructions_fail)
{
	struct build_result res;

	cr_assert_eq(run_build("RUN echo hi\n", NULL, 0, &res), BYOC_EBUILD);
	cr_assert(strstr(res.error, "no build stage"), "%s", res.error);
	build_result_release(&res);
	cr_assert_eq(run_build("# just a comment\n", NULL, 0, &res), BYOC_EBUILD);
	cr_assert(strstr(res.error, "no FROM"), "%s", res.error);
	build_result_release(&res);
	cr_assert_eq(run_build("ARG V=1\nFROM a:$V\nFROBNICATE x\n", NULL, 0, &res), BYOC_EBUILD);
	cr_assert(strstr(res.error, "unknown instruction: FROBNICATE"), "%s", res.error);
	build_result_release(&res);
	cr_assert_eq(run_build("ARG V=1\nFROM a:$V\n", NULL, 0, &res), 0);
	build_result_release(&res);
}

Test(build, hostile_entries_never_leave_the_rootfs)
{
	static const struct tentry bad[] = {
		{ "../evil.txt", AE_IFREG, "evil", 0 },
		{ "ok/../../evil2.txt", AE_IFREG, "evil", 0 },
		{ "/abs.txt", AE_IFREG, "abs", 0 },
		{ "lnk", AE_IFLNK, "/etc", 0 },
		{ "good.txt", AE_IFREG, "good", 0 },
	};
	char *tars[] = { make_tar("bad.tar", bad, 5) };
	struct build_result res;
	struct stat st;
	char p[512];

	cr_assert_eq(run_build("FROM a:1\nCOPY . /h/\nCOPY good.txt ../../../../esc/\n", tars, 1, &res), 0, "%s", res.error);
	cr_assert_not(exists("evil.txt"));
	cr_assert_not(exists("evil2.txt"));
	cr_assert_not(exists("rootfs/evil.txt"));
	cr_assert_str_eq(slurp("rootfs/h/good.txt"), "good");
	/* an absolute name is taken relative to the context root */
	cr_assert_str_eq(slurp("rootfs/h/abs.txt"), "abs");
	/* a symlink arrives as an empty regular file (the runner's rule), never a link */
	snprintf(p, sizeof(p), "%s/rootfs/h/lnk", tmpdir);
	cr_assert_eq(lstat(p, &st), 0);
	cr_assert(S_ISREG(st.st_mode));
	cr_assert_eq(st.st_size, 0);
	/* ".." in a dest stops at the rootfs's / */
	cr_assert_str_eq(slurp("rootfs/esc/good.txt"), "good");
	cr_assert(strstr(slurp("build.log"), "points outside the context"));
	build_result_release(&res);
	cr_assert_eq(run_build("FROM a:1\nCOPY ../evil.txt /x\n", tars, 1, &res), BYOC_EBUILD);
	build_result_release(&res);
	free(tars[0]);
}

Test(build, later_tars_win_and_only_the_last_stage_is_kept)
{
	static const struct tentry one[] = { { "f.txt", AE_IFREG, "one", 0 }, { "only1.txt", AE_IFREG, "1", 0 } };
	static const struct tentry two[] = { { "f.txt", AE_IFREG, "two", 0 } };
	char *tars[] = { make_tar("t1.tar", one, 2), make_tar("t2.tar", two, 1) };
	struct build_result res;

	cr_assert_eq(run_build("FROM a:1 AS builder\nCOPY only1.txt /stage1/\nENV S=1\n"
			       "FROM b:2\nCOPY f.txt /f\nCOPY --from=builder /stage1 /x\n", tars, 2, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/f"), "two");
	cr_assert_not(exists("rootfs/stage1"));
	cr_assert_null(json_object_get(res.env, "S"));
	build_result_release(&res);
	free(tars[0]);
	free(tars[1]);
}

Test(build, heredoc_copy_chmod_and_add_url)
{
	struct build_result res;
	char p[512];
	struct stat st;

	cr_assert_eq(run_build("FROM a:1\nENV WHO=world\nCOPY --chmod=0755 <<EOF /bin/hello.sh\necho hello $WHO\nEOF\n"
			       "COPY <<'RAW' /raw.txt\n$WHO\nRAW\nADD https://example.com/x.tgz /x/\n", NULL, 0, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/bin/hello.sh"), "echo hello world\n");
	cr_assert_str_eq(slurp("rootfs/raw.txt"), "$WHO\n");
	snprintf(p, sizeof(p), "%s/rootfs/bin/hello.sh", tmpdir);
	cr_assert_eq(stat(p, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0755);
	cr_assert(strstr(slurp("build.log"), "remote sources are not fetched locally"));
	cr_assert(is_dir("rootfs/bin"));
	build_result_release(&res);
}

Test(build, add_unpacks_local_tars_and_copies_other_files)
{
	static const struct tentry inner[] = {
		{ "pkg/", AE_IFDIR, NULL, 0 },
		{ "pkg/mod.py", AE_IFREG, "x = 1\n", 0 },
		{ "../escape.txt", AE_IFREG, "no", 0 },
		{ "pkg/link", AE_IFLNK, "/etc/passwd", 0 },
	};
	size_t n1, n2;
	char *t1 = tar_bytes(inner, 4, false, &n1);
	char *t2 = tar_bytes(inner, 2, true, &n2);
	struct tentry outer[] = {
		{ "bundle.tar", AE_IFREG, t1, n1 },
		{ "bundle.tgz", AE_IFREG, t2, n2 },
		{ "plain.txt", AE_IFREG, "just text\n", 0 },
	};
	char *tars[] = { make_tar("add.tar", outer, 3) };
	struct build_result res;

	cr_assert_eq(run_build("FROM a:1\nADD bundle.tar /opt/\nADD bundle.tgz /z\nADD plain.txt /p\nADD plain.txt /q/\n"
			       "WORKDIR /w\nADD *.txt ./\n", tars, 1, &res), 0, "%s", res.error);
	cr_assert_str_eq(slurp("rootfs/opt/pkg/mod.py"), "x = 1\n");
	cr_assert_not(exists("rootfs/opt/bundle.tar"));
	cr_assert_not(exists("rootfs/escape.txt"));
	cr_assert_not(exists("rootfs/opt/escape.txt"));
	cr_assert_not(exists("rootfs/opt/pkg/link"));
	/* compressed too, and a dest without '/' becomes the directory */
	cr_assert_str_eq(slurp("rootfs/z/pkg/mod.py"), "x = 1\n");
	/* not an archive: as COPY */
	cr_assert_str_eq(slurp("rootfs/p"), "just text\n");
	cr_assert_str_eq(slurp("rootfs/q/plain.txt"), "just text\n");
	cr_assert_str_eq(slurp("rootfs/w/plain.txt"), "just text\n");
	/* the staging area is gone */
	cr_assert_not(exists("rootfs/.byoc-add"));
	cr_assert(strstr(slurp("build.log"), "unpacked bundle.tar"));
	build_result_release(&res);
	free(tars[0]);
}

/* ---- the state machine -------------------------------------------------------------------------- */

Test(engine, next_state_follows_daytona)
{
	json_t *d = json_pack("{ss sf sb so}", "state", "pending", "_since", 100.0, "_built", 0, "buildInfo", json_object());
	const char *next;

	cr_assert_eq(build_next(d, 100.1, 1.0, false, &next), BUILD_WAIT);
	cr_assert_eq(build_next(d, 100.3, 1.0, false, &next), BUILD_START);
	cr_assert_str_eq(next, "building");
	json_object_del(d, "buildInfo");
	cr_assert_eq(build_next(d, 100.3, 1.0, false, &next), BUILD_PULL);
	cr_assert_str_eq(next, "pulling");
	json_object_set_new(d, "state", json_string("pulling"));
	cr_assert_eq(build_next(d, 100.9, 1.0, false, &next), BUILD_WAIT);
	cr_assert_eq(build_next(d, 101.05, 1.0, false, &next), BUILD_ACTIVATE);
	cr_assert_str_eq(next, "active");
	/* reactivated: already built, straight back to active */
	json_object_set_new(d, "state", json_string("pending"));
	json_object_set_new(d, "_built", json_true());
	cr_assert_eq(build_next(d, 100.3, 1.0, false, &next), BUILD_ACTIVATE);
	/* building with no build running: a restart, build again */
	json_object_set_new(d, "state", json_string("building"));
	cr_assert_eq(build_next(d, 500, 1.0, true, &next), BUILD_WAIT);
	cr_assert_eq(build_next(d, 500, 1.0, false, &next), BUILD_RESUME);
	json_object_set_new(d, "state", json_string("removing"));
	cr_assert_eq(build_next(d, 100.05, 1.0, false, &next), BUILD_WAIT);
	cr_assert_eq(build_next(d, 100.5, 1.0, true, &next), BUILD_WAIT);
	cr_assert_eq(build_next(d, 100.5, 1.0, false, &next), BUILD_REMOVE);
	/* terminal and stable states stay */
	const char *stay[] = { "active", "build_failed", "error", "inactive" };
	for (int i = 0; i < 4; i++) {
		json_object_set_new(d, "state", json_string(stay[i]));
		cr_assert_eq(build_next(d, 1e9, 1.0, false, &next), BUILD_WAIT);
	}
	json_decref(d);
}

static struct local *open_local(const char *dir, double secs)
{
	struct local_options o;
	struct local *L = NULL;

	memset(&o, 0, sizeof(o));
	o.state_dir = dir;
	o.api_key = "k";
	o.build_seconds = secs;
	o.org_id = "org1";
	cr_assert_eq(local_new(&o, &L), 0, "%s", byoc_errmsg());
	return L;
}

static void put_snapshot(struct local *L, const char *id, const char *state, const char *dockerfile)
{
	json_t *d = json_pack("{ss ss ss ss s{ss s[] ss} sf sb so}", "id", id, "name", id, "state", state,
			      "organizationId", "org1", "buildInfo", "dockerfileContent", dockerfile, "contextHashes",
			      "snapshotRef", "daytona-x:daytona", "_since", 0.0, "_built", 0, "_env", json_object());

	cr_assert_eq(store_put(L, "snapshots", id, d), 0);
}

static const char *state_of(struct local *L, const char *id)
{
	static char s[64];
	json_t *d;

	local_lock(L);
	d = store_get(L, "snapshots", id);
	snprintf(s, sizeof(s), "%s", d ? json_string_value(json_object_get(d, "state")) : "(gone)");
	local_unlock(L);
	return s;
}

static bool wait_state(struct local *L, const char *id, const char *want, double secs)
{
	for (int i = 0; i < (int)(secs * 100); i++) {
		if (!strcmp(state_of(L, id), want))
			return true;
		usleep(10000);
	}
	return false;
}

Test(engine, builds_fail_and_resume_after_a_restart, .init = setup_tmp, .fini = teardown_tmp, .timeout = 20)
{
	struct local *L = open_local(tmpdir, 0.3);
	char p[512];
	json_t *d;

	put_snapshot(L, "ok1", "pending", "FROM a:1\nENV K=v\nWORKDIR /srv\n");
	put_snapshot(L, "bad1", "pending", "RUN echo no from\n");
	/* a build left half done by a crash */
	put_snapshot(L, "mid1", "building", "FROM a:1\nENV R=1\n");
	build_engine_start(L);
	cr_assert(wait_state(L, "ok1", "active", 5), "ok1 is %s", state_of(L, "ok1"));
	cr_assert(wait_state(L, "bad1", "build_failed", 5), "bad1 is %s", state_of(L, "bad1"));
	cr_assert(wait_state(L, "mid1", "active", 5), "mid1 is %s", state_of(L, "mid1"));
	local_lock(L);
	d = store_get(L, "snapshots", "ok1");
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(d, "_env"), "K")), "v");
	cr_assert_str_eq(json_string_value(json_object_get(d, "_workdir")), "/srv");
	cr_assert(json_is_true(json_object_get(d, "_built")));
	cr_assert_str_eq(json_string_value(json_object_get(d, "initialRunnerId")), BUILD_RUNNER_ID);
	d = store_get(L, "snapshots", "bad1");
	cr_assert(strstr(json_string_value(json_object_get(d, "errorReason")), "no build stage"));
	local_unlock(L);
	snprintf(p, sizeof(p), "%s/snapshots/ok1/rootfs/srv", tmpdir);
	cr_assert(access(p, F_OK) == 0);
	local_snapshot_rootfs(L, "ok1", p, sizeof(p));
	cr_assert(strstr(p, "/snapshots/ok1/rootfs"));
	d = local_snapshot_image(L, "ok1");
	cr_assert_not_null(d);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(d, "env"), "K")), "v");
	cr_assert_str_eq(json_string_value(json_object_get(d, "workdir")), "/srv");
	cr_assert(json_is_null(json_object_get(d, "user")));
	json_decref(d);
	cr_assert_null(local_snapshot_image(L, "nope"));

	/* a restart: a pending build survives and finishes under the new process */
	build_engine_stop(L);
	put_snapshot(L, "after", "pending", "FROM a:1\n");
	local_free(L);
	L = open_local(tmpdir, 0.3);
	cr_assert_str_eq(state_of(L, "ok1"), "active");
	cr_assert_str_eq(state_of(L, "after"), "pending");
	build_engine_start(L);
	cr_assert(wait_state(L, "after", "active", 5), "after is %s", state_of(L, "after"));

	/* removing -> gone, files too */
	local_lock(L);
	d = json_deep_copy(store_get(L, "snapshots", "ok1"));
	json_object_set_new(d, "state", json_string("removing"));
	store_put(L, "snapshots", "ok1", d);
	local_unlock(L);
	cr_assert(wait_state(L, "ok1", "(gone)", 5));
	snprintf(p, sizeof(p), "%s/snapshots/ok1", tmpdir);
	for (int i = 0; i < 100 && access(p, F_OK) == 0; i++)
		usleep(10000);
	cr_assert(access(p, F_OK) != 0);
	build_engine_stop(L);
	local_free(L);
}

Test(engine, a_delete_cancels_a_running_build, .init = setup_tmp, .fini = teardown_tmp, .timeout = 20)
{
	struct local *L = open_local(tmpdir, 4.0);
	char p[512];
	json_t *d;
	double t0;
	struct timespec ts;

	put_snapshot(L, "slow", "pending", "FROM a:1\nRUN a\nRUN b\nRUN c\n");
	build_engine_start(L);
	cr_assert(wait_state(L, "slow", "building", 5), "slow is %s", state_of(L, "slow"));
	local_lock(L);
	d = json_deep_copy(store_get(L, "snapshots", "slow"));
	json_object_set_new(d, "state", json_string("removing"));
	json_object_set_new(d, "_since", json_real(0));
	store_put(L, "snapshots", "slow", d);
	local_unlock(L);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	t0 = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	/* the 4 s build stops at its next pause; the snapshot and its files go */
	cr_assert(wait_state(L, "slow", "(gone)", 3), "slow is %s", state_of(L, "slow"));
	clock_gettime(CLOCK_MONOTONIC, &ts);
	cr_assert_lt((double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - t0, 1.5);
	snprintf(p, sizeof(p), "%s/snapshots/slow", tmpdir);
	for (int i = 0; i < 100 && access(p, F_OK) == 0; i++)
		usleep(10000);
	cr_assert(access(p, F_OK) != 0);
	build_engine_stop(L);
	local_free(L);
}
