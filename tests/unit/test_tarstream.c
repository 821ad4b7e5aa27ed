#include <archive.h>
#include <archive_entry.h>
#include <criterion/criterion.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "lib/manifest.h"
#include "lib/pathcheck.h"
#include "lib/tarstream.h"
#include "util/buf.h"
#include "util/err.h"

static char dir[64];

static void sh(const char *fmt, const char *arg)
{
	char cmd[2048];

	snprintf(cmd, sizeof(cmd), fmt, arg, arg, arg, arg, arg, arg);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
}

static void setup(void)
{
	strcpy(dir, "/tmp/byoc-ts.XXXXXX");
	cr_assert(mkdtemp(dir));
	sh("cd %s && mkdir -p tree/sub/deeper tree/empty && printf hello > tree/sub/a.txt && "
	   ": > tree/zero && ln -s sub/a.txt tree/link && chmod 0751 tree/sub && chmod 0600 tree/zero && "
	   "printf 'x%%.0s' $(seq 1 300000) > tree/big && printf b > tree/sub/deeper/b.log && "
	   "printf u > \"tree/$(printf '\\303\\251t\\303\\251 \\342\\234\\223')\" && "
	   "touch -h -d '2001-02-03 04:05:06 UTC' tree/link && touch -d '2001-02-03 04:05:06 UTC' tree/sub/a.txt", dir);
}

static void teardown(void)
{
	sh("rm -rf %s", dir);
}

/* Reads the whole stream in odd-sized pieces. */
static void drain(struct tarstream *ts, struct buf *out)
{
	char piece[777];
	ssize_t got;

	buf_reset(out);
	while ((got = tarstream_read(ts, piece, sizeof(piece))) > 0)
		cr_assert_eq(buf_append(out, piece, (size_t)got), 0);
	cr_assert_eq(got, 0, "%s", byoc_errmsg());
}

static struct tarstream *stream_of(const char *sub, int compress, const char *const *ex, size_t nex)
{
	struct tarstream_opts o = { .compress = compress, .excludes = ex, .nexcludes = nex };
	struct tarstream *ts = tarstream_new(&o);
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", dir, sub);
	cr_assert_not_null(ts);
	cr_assert_eq(tarstream_add(ts, path, ""), 0, "%s", byoc_errmsg());
	cr_assert_eq(tarstream_prepare(ts), 0, "%s", byoc_errmsg());
	return ts;
}

TestSuite(tarstream, .init = setup, .fini = teardown);

Test(tarstream, round_trip_keeps_types_modes_mtimes_and_names)
{
	struct tarstream *ts = stream_of("tree", TARSTREAM_NONE, NULL, 0);
	struct archive *a;
	struct archive_entry *e;
	struct buf out;
	int seen = 0;
	char data[16];

	buf_init(&out, 0);
	drain(ts, &out);
	a = archive_read_new();
	archive_read_support_format_all(a);
	archive_read_support_filter_all(a);
	cr_assert_eq(archive_read_open_memory(a, out.data, out.len), ARCHIVE_OK);
	while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
		char n[256];

		snprintf(n, sizeof(n), "%s", archive_entry_pathname(e));
		if (n[0] && n[strlen(n) - 1] == '/')
			n[strlen(n) - 1] = '\0';

		if (strcmp(n, "sub") == 0) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFDIR);
			cr_assert_eq(archive_entry_perm(e), 0751);
			seen |= 1;
		} else if (strcmp(n, "sub/a.txt") == 0) {
			cr_assert_eq(archive_entry_size(e), 5);
			cr_assert_eq(archive_entry_mtime(e), 981173106);
			cr_assert_eq(archive_read_data(a, data, sizeof(data)), 5);
			cr_assert_eq(memcmp(data, "hello", 5), 0);
			seen |= 2;
		} else if (strcmp(n, "zero") == 0) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFREG);
			cr_assert_eq(archive_entry_size(e), 0);
			cr_assert_eq(archive_entry_perm(e), 0600);
			seen |= 4;
		} else if (strcmp(n, "link") == 0) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFLNK);
			cr_assert_str_eq(archive_entry_symlink(e), "sub/a.txt");
			cr_assert_eq(archive_entry_mtime(e), 981173106);
			seen |= 8;
		} else if (strcmp(n, "empty") == 0) {
			cr_assert_eq(archive_entry_filetype(e), AE_IFDIR);
			seen |= 16;
		} else if (strcmp(n, "\xc3\xa9t\xc3\xa9 \xe2\x9c\x93") == 0) {
			seen |= 32;
		}
	}
	cr_assert_eq(seen, 63, "entries seen: %#x", seen);
	archive_read_free(a);

	/* the manifest computed while streaming equals the one read back from the bytes */
	{
		struct manifest back;
		char diff[256];

		manifest_init(&back);
		cr_assert_eq(pathcheck_archive_mem(out.data, out.len, false, &back), 0, "%s", byoc_errmsg());
		cr_assert_eq(back.n, 9);
		cr_assert_eq(manifest_compare(tarstream_manifest(ts), &back, diff, sizeof(diff)), 0, "%s", diff);
		manifest_release(&back);
	}
	buf_release(&out);
	tarstream_free(ts);
}

Test(tarstream, gnu_tar_extracts_it_identically)
{
	struct tarstream *ts = stream_of("tree", TARSTREAM_NONE, NULL, 0);
	struct buf out;
	char path[256];
	FILE *f;

	buf_init(&out, 0);
	drain(ts, &out);
	snprintf(path, sizeof(path), "%s/t.tar", dir);
	f = fopen(path, "w");
	fwrite(out.data, 1, out.len, f);
	fclose(f);
	sh("cd %s && mkdir x && tar --warning=no-unknown-keyword -xpf t.tar -C x && diff -r --no-dereference tree x && "
	   "test \"$(stat -c %%a x/sub)\" = 751 && test \"$(stat -c %%Y x/sub/a.txt)\" = 981173106 && "
	   "test \"$(readlink x/link)\" = sub/a.txt && test -d x/empty", dir);
	buf_release(&out);
	tarstream_free(ts);
}

static void compressed(int kind, const char *tarflag)
{
	struct tarstream *ts = stream_of("tree", kind, NULL, 0);
	struct manifest back;
	struct buf out;
	char diff[256], path[256], cmd[512];
	FILE *f;

	buf_init(&out, 0);
	drain(ts, &out);
	manifest_init(&back);
	cr_assert_eq(pathcheck_archive_mem(out.data, out.len, false, &back), 0, "%s", byoc_errmsg());
	cr_assert_eq(manifest_compare(tarstream_manifest(ts), &back, diff, sizeof(diff)), 0, "%s", diff);
	snprintf(path, sizeof(path), "%s/t.tar.c", dir);
	f = fopen(path, "w");
	fwrite(out.data, 1, out.len, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "cd %%s && mkdir y && tar --warning=no-unknown-keyword %s -xf t.tar.c -C y && diff -r --no-dereference tree y", tarflag);
	sh(cmd, dir);
	manifest_release(&back);
	buf_release(&out);
	tarstream_free(ts);
}

Test(tarstream, gzip_round_trip)
{
	compressed(TARSTREAM_GZIP, "-z");
}

Test(tarstream, zstd_round_trip)
{
	compressed(TARSTREAM_ZSTD, "--zstd");
}

Test(tarstream, excludes_by_glob_and_name)
{
	const char *ex[] = { "*.log", "empty" };
	struct tarstream *ts = stream_of("tree", TARSTREAM_NONE, ex, 2);
	struct manifest *m;
	struct buf out;
	size_t i;

	buf_init(&out, 0);
	drain(ts, &out);
	m = tarstream_manifest(ts);
	for (i = 0; i < m->n; i++) {
		cr_assert_null(strstr(m->v[i].path, ".log"), "%s", m->v[i].path);
		cr_assert_str_neq(m->v[i].path, "empty");
	}
	cr_assert_eq(m->n, 7);
	buf_release(&out);
	tarstream_free(ts);
}

Test(tarstream, rewind_gives_the_same_bytes)
{
	struct tarstream *ts = stream_of("tree", TARSTREAM_NONE, NULL, 0);
	struct buf a, b;
	char h1[65], h2[65];

	buf_init(&a, 0);
	buf_init(&b, 0);
	drain(ts, &a);
	manifest_sha256(tarstream_manifest(ts), h1);
	cr_assert_eq(tarstream_rewind(ts), 0);
	drain(ts, &b);
	manifest_sha256(tarstream_manifest(ts), h2);
	cr_assert_eq(a.len, b.len);
	cr_assert_eq(memcmp(a.data, b.data, a.len), 0);
	cr_assert_str_eq(h1, h2);
	buf_release(&a);
	buf_release(&b);
	tarstream_free(ts);
}

Test(tarstream, named_roots_and_single_files)
{
	struct tarstream *ts = tarstream_new(NULL);
	struct buf out, p;
	struct manifest *m;

	buf_init(&out, 0);
	buf_init(&p, 0);
	buf_printf(&p, "%s/tree/sub", dir);
	cr_assert_eq(tarstream_add(ts, p.data, "sub"), 0);
	buf_reset(&p);
	buf_printf(&p, "%s/tree/big", dir);
	cr_assert_eq(tarstream_add(ts, p.data, "big"), 0);
	cr_assert_eq(tarstream_prepare(ts), 0);
	drain(ts, &out);
	m = tarstream_manifest(ts);
	cr_assert_eq(m->n, 5);  /* big, sub, sub/a.txt, sub/deeper, sub/deeper/b.log */
	cr_assert_str_eq(m->v[0].path, "big");
	cr_assert_eq(m->v[0].size, 300000);
	cr_assert_eq(tarstream_content_done(ts), 300000 + 5 + 1);
	buf_release(&out);
	buf_release(&p);
	tarstream_free(ts);
}

Test(tarstream, refuses_symlinks_out_and_devices_before_streaming)
{
	struct tarstream *ts;
	struct tarstream_opts o = { .links_out_ok = true };
	char p[256];

	sh("ln -s ../../etc %s/tree/sub/out", dir);
	snprintf(p, sizeof(p), "%s/tree", dir);
	ts = tarstream_new(NULL);
	cr_assert_eq(tarstream_add(ts, p, ""), 0);
	cr_assert_eq(tarstream_prepare(ts), BYOC_EREFUSED);
	cr_assert(strstr(byoc_errmsg(), "sub/out"), "%s", byoc_errmsg());
	tarstream_free(ts);
	ts = tarstream_new(&o);
	cr_assert_eq(tarstream_add(ts, p, ""), 0);
	cr_assert_eq(tarstream_prepare(ts), 0);
	tarstream_free(ts);
	sh("mkfifo %s/tree/fifo", dir);
	ts = tarstream_new(NULL);
	cr_assert_eq(tarstream_add(ts, p, ""), BYOC_EREFUSED);
	tarstream_free(ts);
}

/* A sparse file over 4 GiB: the header carries the full size, holes are not sent. */
Test(tarstream, sparse_file_over_4gib, .timeout = 60)
{
	struct tarstream *ts;
	struct archive *a;
	struct archive_entry *e;
	struct buf out;
	char p[256], piece[65536];
	ssize_t got;
	uint64_t total = 0;
	const uint64_t size = (uint64_t)5 << 30;
	int fd;

	if (getenv("BYOC_WRAP"))
		cr_skip_test("hashing 5 GiB under valgrind takes too long");

	snprintf(p, sizeof(p), "%s/sparse", dir);
	cr_assert_eq(mkdir(p, 0755), 0);
	snprintf(p, sizeof(p), "%s/sparse/huge", dir);
	fd = open(p, O_CREAT | O_WRONLY, 0644);
	cr_assert(fd >= 0);
	cr_assert_eq(ftruncate(fd, (off_t)size), 0);
	cr_assert_eq(pwrite(fd, "tail", 4, (off_t)size - 4), 4);
	close(fd);
	ts = stream_of("sparse", TARSTREAM_NONE, NULL, 0);
	buf_init(&out, 0);
	/* keep only the first 64 KiB (headers), count the rest */
	while ((got = tarstream_read(ts, piece, sizeof(piece))) > 0) {
		if (out.len < 65536)
			buf_append(&out, piece, (size_t)got);
		total += (uint64_t)got;
	}
	cr_assert_eq(got, 0, "%s", byoc_errmsg());
	cr_assert_lt(total, 1 << 20, "holes were sent: %llu bytes", (unsigned long long)total);
	cr_assert_eq(tarstream_manifest(ts)->n, 1);
	cr_assert_eq(tarstream_manifest(ts)->v[0].size, size);
	a = archive_read_new();
	archive_read_support_format_all(a);
	cr_assert_eq(archive_read_open_memory(a, out.data, out.len), ARCHIVE_OK);
	cr_assert_eq(archive_read_next_header(a, &e), ARCHIVE_OK);
	cr_assert_str_eq(archive_entry_pathname(e), "huge");
	cr_assert_eq((uint64_t)archive_entry_size(e), size);
	cr_assert_gt(archive_entry_sparse_count(e), 0);
	archive_read_free(a);
	buf_release(&out);
	tarstream_free(ts);
}

/* ---- files mode ------------------------------------------------------------------- */

#include "local/multipart.h"

/* Plays the daemon's bulk-upload: each files[i].path names where files[i].file goes. */
struct daemon {
	char path[4096];
	FILE *f;
	int kind;   /* 1 path, 2 file */
	size_t files;
};

static int d_begin(void *arg, const char *name, const char *filename)
{
	struct daemon *d = arg;
	(void)filename;
	d->kind = strstr(name, "].path") ? 1 : 2;
	if (d->kind == 1)
		d->path[0] = '\0';
	else {
		char cmd[4200];
		snprintf(cmd, sizeof(cmd), "mkdir -p \"$(dirname '%s')\"", d->path);
		cr_assert_eq(system(cmd), 0);
		d->f = fopen(d->path, "wb");
		cr_assert_not_null(d->f, "%s", d->path);
		d->files++;
	}
	return 0;
}
static int d_data(void *arg, const char *p, size_t n)
{
	struct daemon *d = arg;
	if (d->kind == 1)
		strncat(d->path, p, n < sizeof(d->path) - strlen(d->path) - 1 ? n : sizeof(d->path) - strlen(d->path) - 1);
	else
		cr_assert_eq(fwrite(p, 1, n, d->f), n);
	return 0;
}
static int d_end(void *arg)
{
	struct daemon *d = arg;
	if (d->kind == 2)
		fclose(d->f);
	return 0;
}

Test(tarstream, files_mode_rebuilds_the_tree_with_the_manifest_program)
{
	struct tarstream *ts = stream_of("tree", TARSTREAM_NONE, NULL, 0);
	static const struct mp_callbacks cbs = { d_begin, d_data, d_end };
	struct daemon d = { 0 };
	char dest[128], meta[128], boundary[128], cmd[1024];
	struct buf out;

	snprintf(dest, sizeof(dest), "%s/out", dir);
	snprintf(meta, sizeof(meta), "%s/out.meta0", dir);
	cr_assert_eq(tarstream_use_files(ts, dest, meta), 0, "%s", byoc_errmsg());
	cr_assert_neq(tarstream_use_files(ts, dest, meta), 0, "files mode is chosen once");
	cr_assert_eq(mp_boundary_from_content_type(tarstream_content_type(ts), boundary, sizeof(boundary)), 0);
	buf_init(&out, 0);
	drain(ts, &out);

	struct mp_parser *mp = mp_new(boundary, &cbs, &d);
	cr_assert_eq(mp_feed(mp, out.data, out.len), 0);
	cr_assert_eq(mp_finish(mp), 0);
	mp_free(mp);
	cr_assert_eq(d.files, tarstream_files(ts) + 1, "one part per file and the meta part");
	cr_assert_eq(tarstream_files(ts), 5);

	/* the manifest program applies the meta part: it makes folders and symlinks and sets
	 * modes and mtimes, and the trees match */
	char script[128];
	snprintf(script, sizeof(script), "%s/manifest.sh", dir);
	FILE *f = fopen(script, "w");
	cr_assert_not_null(f);
	fprintf(f, "BYOC_ROOT='%s'\nBYOC_SUM='%s/sum'\nBYOC_META='%s'\n%s", dest, dir, meta, manifest_sandbox_script());
	fclose(f);
	snprintf(cmd, sizeof(cmd), "bash %s > %s/sandbox.manifest", script, dir);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
	snprintf(cmd, sizeof(cmd),
		 "cd %s && diff <(cd tree && find . -mindepth 1 -printf '%%y %%m %%s %%T@ %%l %%P\\n' | sort) "
		 "<(cd out && find . -mindepth 1 -printf '%%y %%m %%s %%T@ %%l %%P\\n' | sort) && "
		 "cmp tree/big out/big && cmp tree/sub/a.txt out/sub/a.txt", dir);
	char bash[1200];
	snprintf(bash, sizeof(bash), "bash -c \"%s\"", cmd);
	cr_assert_eq(system(bash), 0, "the rebuilt tree differs");
	/* and the manifest it printed is the one the stream computed */
	char want[65], got[65] = "";
	FILE *sf;
	snprintf(cmd, sizeof(cmd), "%s/sum", dir);
	cr_assert_not_null(sf = fopen(cmd, "r"));
	cr_assert_eq(fread(got, 1, 64, sf), 64);
	fclose(sf);
	cr_assert_eq(manifest_digest(tarstream_manifest(ts), want, NULL, NULL), 0);
	cr_assert_str_eq(got, want);

	/* the same manifest as a tar stream of the same tree */
	struct tarstream *tar = stream_of("tree", TARSTREAM_NONE, NULL, 0);
	struct buf t;
	char diff[256];
	buf_init(&t, 0);
	drain(tar, &t);
	cr_assert_eq(manifest_compare(tarstream_manifest(tar), tarstream_manifest(ts), diff, sizeof(diff)), 0, "%s", diff);
	buf_release(&t);
	tarstream_free(tar);

	/* a rewind replays the same bytes (an upload retried after a reset), also from the
	 * middle of the stream, when part of the meta part's lines were spooled already */
	struct buf again;
	buf_init(&again, 0);
	cr_assert_eq(tarstream_rewind(ts), 0);
	drain(ts, &again);
	cr_assert_eq(again.len, out.len);
	cr_assert_eq(memcmp(again.data, out.data, out.len), 0);
	/* file bytes read straight into a big buffer (files mode skips its own buffer then)
	 * make the same stream */
	{
		char *big = malloc(1 << 20);
		ssize_t n;

		cr_assert_not_null(big);
		cr_assert_eq(tarstream_rewind(ts), 0);
		buf_reset(&again);
		while ((n = tarstream_read(ts, big, 1 << 20)) > 0)
			cr_assert_eq(buf_append(&again, big, (size_t)n), 0);
		cr_assert_eq(n, 0, "%s", byoc_errmsg());
		free(big);
		cr_assert_eq(again.len, out.len);
		cr_assert_eq(memcmp(again.data, out.data, out.len), 0);
	}
	for (size_t cut = 100; cut < out.len; cut += out.len / 3) {
		char piece[100];

		cr_assert_eq(tarstream_rewind(ts), 0);
		for (size_t k = 0; k < cut; k += sizeof(piece))
			cr_assert_gt(tarstream_read(ts, piece, sizeof(piece)), 0);
		cr_assert_eq(tarstream_rewind(ts), 0);
		drain(ts, &again);
		cr_assert_eq(again.len, out.len, "rewound after %zu bytes", cut);
		cr_assert_eq(memcmp(again.data, out.data, out.len), 0, "rewound after %zu bytes", cut);
	}
	buf_release(&again);
	buf_release(&out);
	tarstream_free(ts);
}

/* The walk's entries are kept in an unlinked file in TMPDIR, not in memory: one that cannot
 * be made is a clear error, and nothing is left in TMPDIR. */
Test(tarstream, entry_list_lives_in_an_unlinked_file_in_tmpdir)
{
	char tmp[256], path[256], cmd[512];
	struct tarstream *ts;
	const char *old = getenv("TMPDIR");
	char *saved = old ? strdup(old) : NULL;
	struct buf out;

	snprintf(tmp, sizeof(tmp), "%s/tmpdir", dir);
	snprintf(path, sizeof(path), "%s/tree", dir);
	cr_assert_eq(mkdir(tmp, 0700), 0);
	setenv("TMPDIR", tmp, 1);
	ts = tarstream_new(NULL);
	cr_assert_eq(tarstream_add(ts, path, ""), 0, "%s", byoc_errmsg());
	snprintf(cmd, sizeof(cmd), "test -z \"$(ls -A %s)\"", tmp);
	cr_assert_eq(system(cmd), 0, "nothing is visible in TMPDIR");
	cr_assert_eq(tarstream_prepare(ts), 0);
	buf_init(&out, 0);
	drain(ts, &out);
	cr_assert_gt(tarstream_manifest(ts)->n, 5);
	buf_release(&out);
	tarstream_free(ts);

	setenv("TMPDIR", "/nonexistent-byoc-dir", 1);
	ts = tarstream_new(NULL);
	cr_assert_eq(tarstream_add(ts, path, ""), BYOC_EIO);
	cr_assert_not_null(strstr(byoc_errmsg(), "/nonexistent-byoc-dir"), "%s", byoc_errmsg());
	cr_assert_not_null(strstr(byoc_errmsg(), "TMPDIR"), "%s", byoc_errmsg());
	tarstream_free(ts);
	if (saved)
		setenv("TMPDIR", saved, 1);
	else
		unsetenv("TMPDIR");
	free(saved);
}

/* A tree of more entries than a manifest keeps in memory: the stream's manifest spills to
 * runs, and reads back as the manifest of what the stream holds (unpacked with tar and
 * listed again), also after a rewind in the middle. */
Test(tarstream, manifest_of_many_entries_spills_and_reads_back, .timeout = 120)
{
	struct tarstream *ts;
	struct manifest *m, again;
	struct buf out;
	char path[256], h1[65], h2[65], diff[256], piece[4096];
	uint64_t files, bytes;
	FILE *f;

	{
		char cmd[512];

		snprintf(cmd, sizeof(cmd), "cd %s && mkdir many && cd many && python3 -c 'import os\n"
			 "for i in range(%d):\n os.makedirs(\"d%%d\" %% (i %% 20), exist_ok=True)\n"
			 " open(\"d%%d/f%%05d\" %% (i %% 20, i), \"w\").write(str(i))'", dir, MANIFEST_IN_MEMORY + 3000);
		cr_assert_eq(system(cmd), 0, "%s", cmd);
	}
	snprintf(path, sizeof(path), "%s/many", dir);
	ts = tarstream_new(NULL);
	cr_assert_eq(tarstream_add(ts, path, ""), 0, "%s", byoc_errmsg());
	cr_assert_eq(tarstream_prepare(ts), 0);
	for (int k = 0; k < 200; k++)
		cr_assert_gt(tarstream_read(ts, piece, sizeof(piece)), 0);
	cr_assert_eq(tarstream_rewind(ts), 0);
	buf_init(&out, 0);
	drain(ts, &out);
	m = tarstream_manifest(ts);
	cr_assert_gt(m->nruns, 0, "the manifest spilled");
	cr_assert_leq(m->n, MANIFEST_IN_MEMORY);
	cr_assert_eq(manifest_digest(m, h1, &files, &bytes), 0);
	cr_assert_eq(files, MANIFEST_IN_MEMORY + 3000);

	/* what the tar holds, unpacked and listed by the sandbox's own script */
	snprintf(path, sizeof(path), "%s/many.tar", dir);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	cr_assert_eq(fwrite(out.data, 1, out.len, f), out.len);
	fclose(f);
	sh("cd %s && mkdir unpacked && tar -xf many.tar -C unpacked", dir);
	{
		struct buf script;

		buf_init(&script, 0);
		buf_printf(&script, "BYOC_ROOT='%s/unpacked'\nBYOC_SUM=/dev/null\n%s", dir, manifest_sandbox_script());
		snprintf(path, sizeof(path), "%s/script", dir);
		f = fopen(path, "w");
		cr_assert_not_null(f);
		cr_assert_eq(fwrite(script.data, 1, script.len, f), script.len);
		fclose(f);
		buf_release(&script);
		sh("cd %s && bash script > list", dir);
	}
	snprintf(path, sizeof(path), "%s/list", dir);
	f = fopen(path, "r");
	cr_assert_not_null(f);
	manifest_init(&again);
	cr_assert_eq(manifest_parse_file(&again, f), 0, "%s", byoc_errmsg());
	fclose(f);
	cr_assert_eq(manifest_compare(m, &again, diff, sizeof(diff)), 0, "%s", diff);
	cr_assert_eq(manifest_sha256(&again, h2), 0);
	cr_assert_str_eq(h1, h2);
	manifest_release(&again);
	buf_release(&out);
	tarstream_free(ts);
}

Test(tarstream, files_mode_does_not_fit_sparse_files_or_trailing_spaces)
{
	struct tarstream *ts = stream_of("tree", TARSTREAM_NONE, NULL, 0);
	cr_assert(tarstream_files_fit(ts));
	tarstream_free(ts);
	sh("mkdir -p %s/sp && truncate -s 10M %s/sp/holes", dir);
	ts = stream_of("sp", TARSTREAM_NONE, NULL, 0);
	cr_assert_not(tarstream_files_fit(ts), "a sparse file needs tar");
	tarstream_free(ts);
	sh("mkdir -p '%s/ws' && echo x > '%s/ws/name '", dir);
	ts = stream_of("ws", TARSTREAM_NONE, NULL, 0);
	cr_assert_not(tarstream_files_fit(ts), "a trailing space would be trimmed by the daemon");
	tarstream_free(ts);
	ts = stream_of("tree", TARSTREAM_GZIP, NULL, 0);
	cr_assert_neq(tarstream_use_files(ts, "/x", "/x.meta"), 0, "no compression in files mode");
	tarstream_free(ts);
}

/* Forced into files mode, a file with a hole is sent whole, the hole as zeros, through the
 * reader's buffer whatever its size (the bytes read straight into it, the zeros copied). */
Test(tarstream, files_mode_sends_holes_as_zeros)
{
	static const size_t sizes[] = { 777, 1 << 20 };
	char path[256];
	unsigned char *want = calloc(1, 300003), *piece = malloc(1 << 20);
	FILE *f;

	sh("mkdir -p %s/sp2 && printf abc > %s/sp2/f && truncate -s 300000 %s/sp2/f && printf xyz >> %s/sp2/f", dir);
	snprintf(path, sizeof(path), "%s/sp2/f", dir);
	cr_assert_not_null(f = fopen(path, "rb"));
	cr_assert_eq(fread(want, 1, 300003, f), 300003);
	fclose(f);
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		struct tarstream *ts = stream_of("sp2", TARSTREAM_NONE, NULL, 0);
		struct buf out;
		ssize_t got;

		cr_assert_eq(tarstream_use_files(ts, "/d", "/d.meta"), 0, "%s", byoc_errmsg());
		buf_init(&out, 0);
		while ((got = tarstream_read(ts, piece, sizes[k])) > 0)
			cr_assert_eq(buf_append(&out, piece, (size_t)got), 0);
		cr_assert_eq(got, 0, "%s", byoc_errmsg());
		cr_assert_not_null(memmem(out.data, out.len, want, 300003), "reads of %zu: the file's bytes are in the body",
				   sizes[k]);
		cr_assert_eq(tarstream_content_done(ts), 300003);
		buf_release(&out);
		tarstream_free(ts);
	}
	free(want);
	free(piece);
}

static volatile sig_atomic_t cancel_flag;

static void *cancel_later(void *arg)
{
	(void)arg;
	usleep(300 * 1000);
	cancel_flag = 1;   /* what byoc-seed's SIGINT handler does */
	return NULL;
}

Test(tarstream, cancel_stops_a_read_inside_a_long_hole, .timeout = 20)
{
	struct tarstream_opts o = { .cancel = &cancel_flag };
	struct tarstream *ts = tarstream_new(&o);
	char path[256], piece[4096];
	pthread_t th;
	ssize_t got;

	/* 64 GiB of hole: libarchive emits nothing for it, and hashing it takes far longer than
	 * the timeout, so only the check at every step can end this read */
	sh("mkdir -p %s/hole && truncate -s 64G %s/hole/h", dir);
	snprintf(path, sizeof(path), "%s/hole", dir);
	cr_assert_eq(tarstream_add(ts, path, ""), 0, "%s", byoc_errmsg());
	cr_assert_eq(tarstream_prepare(ts), 0);
	cr_assert_eq(pthread_create(&th, NULL, cancel_later, NULL), 0);
	while ((got = tarstream_read(ts, piece, sizeof(piece))) > 0)
		;
	pthread_join(th, NULL);
	cr_assert_eq(got, BYOC_EINTR, "a cancelled stream stops with BYOC_EINTR, got %zd", got);
	tarstream_free(ts);
}
