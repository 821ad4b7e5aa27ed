#include <criterion/criterion.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/manifest.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/shquote.h"

static void sha_of(const char *s, unsigned char out[32])
{
	EVP_Digest(s, strlen(s), out, NULL, EVP_sha256(), NULL);
}

static char *text_of(struct manifest *m)
{
	char *p = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&p, &n);

	cr_assert_eq(manifest_write(m, f), 0);
	fclose(f);
	return p;
}

static void small(struct manifest *m)
{
	unsigned char sha[32];

	manifest_init(m);
	sha_of("hello\n", sha);
	cr_assert_eq(manifest_add(m, "a/b", 'f', 6, sha), 0);
	cr_assert_eq(manifest_add(m, "a", 'd', 0, NULL), 0);
	cr_assert_eq(manifest_add(m, "a-c", 'f', 6, sha), 0);
	cr_assert_eq(manifest_add_link(m, "l", "a/b"), 0);
	cr_assert_eq(manifest_add(m, "sp ace%\xc3\xa9\n", 'f', 6, sha), 0);
}

Test(manifest, canonical_text_is_sorted_by_raw_bytes_and_escaped)
{
	struct manifest m;
	char *t;
	const char *h = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";
	char want[1024];

	small(&m);
	t = text_of(&m);
	/* "a-c" sorts before "a/b" ('-' < '/'), unlike a per-directory walk */
	snprintf(want, sizeof(want),
		 "d 0 - a\n"
		 "f 6 %s a-c\n"
		 "f 6 %s a/b\n"
		 "l 3 %s l\n"
		 "f 6 %s sp%%20ace%%25%%C3%%A9%%0A\n",
		 h, h, "c14cddc033f64b9dea80ea675cf280a015e672516090a5626781153dc68fea11", h);
	cr_assert_str_eq(t, want);
	free(t);
	manifest_release(&m);
}

Test(manifest, sha256_is_the_hash_of_the_canonical_text)
{
	struct manifest m;
	unsigned char md[32];
	char hex[65], want[65];
	char *t;
	int i;

	small(&m);
	t = text_of(&m);
	EVP_Digest(t, strlen(t), md, NULL, EVP_sha256(), NULL);
	for (i = 0; i < 32; i++)
		sprintf(want + 2 * i, "%02x", md[i]);
	cr_assert_eq(manifest_sha256(&m, hex), 0);
	cr_assert_str_eq(hex, want);
	free(t);
	manifest_release(&m);
}

Test(manifest, parse_round_trips_in_any_order)
{
	struct manifest m, p;
	char *t, diff[256];
	const char *shuffled;

	small(&m);
	t = text_of(&m);
	/* reverse the lines */
	{
		char *lines[16];
		int n = 0, i;
		struct buf b;

		for (char *s = strtok(t, "\n"); s; s = strtok(NULL, "\n"))
			lines[n++] = s;
		buf_init(&b, 0);
		for (i = n - 1; i >= 0; i--) {
			buf_puts(&b, lines[i]);
			buf_puts(&b, "\n");
		}
		shuffled = b.data;
		manifest_init(&p);
		cr_assert_eq(manifest_parse(&p, shuffled, strlen(shuffled)), 0, "%s", byoc_errmsg());
		buf_release(&b);
	}
	cr_assert_eq(p.n, 5);
	cr_assert_eq(manifest_compare(&m, &p, diff, sizeof(diff)), 0, "%s", diff);
	cr_assert_str_eq(p.v[4].path, "sp ace%\xc3\xa9\n");
	free(t);
	manifest_release(&m);
	manifest_release(&p);
}

Test(manifest, names_the_first_difference)
{
	struct manifest a, b;
	unsigned char sha[32];
	char diff[256];

	small(&a);
	/* missing */
	small(&b);
	free(b.v[0].path);
	memmove(&b.v[0], &b.v[1], (b.n - 1) * sizeof(b.v[0]));
	b.n--;
	manifest_sort(&a);
	/* b's first entry was "a/b" (insertion order), so "a/b" is missing */
	cr_assert_eq(manifest_compare(&a, &b, diff, sizeof(diff)), 1);
	cr_assert_str_eq(diff, "missing in sandbox: 'a/b'");
	manifest_release(&b);

	small(&b);
	cr_assert_eq(manifest_add(&b, "zz", 'd', 0, NULL), 0);
	cr_assert_eq(manifest_compare(&a, &b, diff, sizeof(diff)), 1);
	cr_assert_str_eq(diff, "unexpected in sandbox: 'zz'");
	manifest_release(&b);

	manifest_init(&b);
	sha_of("hello\n", sha);
	manifest_add(&b, "a/b", 'f', 6, sha);
	manifest_add(&b, "a", 'd', 0, NULL);
	manifest_add(&b, "a-c", 'f', 7, sha);
	manifest_add_link(&b, "l", "a/b");
	manifest_add(&b, "sp ace%\xc3\xa9\n", 'f', 6, sha);
	cr_assert_eq(manifest_compare(&a, &b, diff, sizeof(diff)), 1);
	cr_assert_str_eq(diff, "size 7 in the sandbox, expected 6: 'a-c'");
	b.v[1].size = 6;
	b.v[1].sha[0] ^= 1;   /* sorted now: a, a-c, a/b, l, sp... */
	cr_assert_eq(manifest_compare(&a, &b, diff, sizeof(diff)), 1);
	cr_assert_str_eq(diff, "content (sha256) differs in the sandbox: 'a-c'");
	b.v[1].sha[0] ^= 1;
	b.v[3].type = 'f';
	cr_assert_eq(manifest_compare(&a, &b, diff, sizeof(diff)), 1);
	cr_assert_str_eq(diff, "is a file in the sandbox, expected a symlink: 'l'");
	b.v[3].type = 'l';
	cr_assert_eq(manifest_compare(&a, &b, diff, sizeof(diff)), 0);
	manifest_release(&a);
	manifest_release(&b);
}

Test(manifest, parse_refuses_malformed_lines)
{
	const char *bad[] = {
		"x 0 - a\n",
		"f 1 abc a\n",
		"d 1 - a\n",
		"f 1 " "0000000000000000000000000000000000000000000000000000000000000000\n",
		"d 0 - a b\n",
		"d 0 - a%2\n",
		"d 0 - a%00\n",
		"d 0 - \n",
		"f 99999999999999999999999 0000000000000000000000000000000000000000000000000000000000000000 a\n",
		"d 0 - a\nd 0 - a\n",
		"f 1 000000000000000000000000000000000000000000000000000000000000000A a\n",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct manifest m;

		manifest_init(&m);
		cr_assert_neq(manifest_parse(&m, bad[i], strlen(bad[i])), 0, "accepted: %s", bad[i]);
		manifest_release(&m);
	}
}

Test(manifest, take_moves_entries_and_empties_the_source)
{
	struct manifest a, b;
	unsigned char sha[32] = { 1 };
	char *moved;

	manifest_init(&a);
	manifest_init(&b);
	cr_assert_eq(manifest_add(&a, "a", 'f', 1, sha), 0);
	cr_assert_eq(manifest_add(&b, "c", 'f', 2, sha), 0);
	cr_assert_eq(manifest_add(&b, "b", 'd', 0, NULL), 0);
	moved = b.v[0].path;
	cr_assert_eq(manifest_take(&a, &b), 0);
	cr_assert_eq(b.n, 0);
	cr_assert_null(b.v);
	cr_assert_eq(a.n, 3);
	cr_assert_eq(a.v[1].path, moved, "the entry is moved, not copied");
	cr_assert_eq(a.v[1].size, 2);
	manifest_sort(&a);
	cr_assert_str_eq(a.v[1].path, "b");

	/* into an empty manifest the whole array changes hands, sortedness with it */
	struct manifest_entry *arr = a.v;
	cr_assert_eq(manifest_take(&b, &a), 0);
	cr_assert_eq(b.v, arr);
	cr_assert_eq(b.n, 3);
	cr_assert(b.sorted);
	cr_assert_eq(a.n, 0);
	cr_assert_null(a.v);
	manifest_release(&a);
	manifest_release(&b);
}

Test(manifest, later_duplicate_wins_when_sorting)
{
	struct manifest m;

	manifest_init(&m);
	manifest_add(&m, "x", 'd', 0, NULL);
	manifest_add_link(&m, "x", "y");
	manifest_sort(&m);
	cr_assert_eq(m.n, 1);
	cr_assert_eq(m.v[0].type, 'l');
	manifest_release(&m);
}

/* Many entries in a scrambled order, each path added up to four times: the sort puts every
 * entry where it belongs (cycles of any length) and keeps the last one added of each path. */
Test(manifest, sort_moves_every_entry_and_keeps_the_last_duplicate)
{
	enum { N = 5000, PATHS = 1700 };
	struct manifest m;
	size_t last[PATHS] = { 0 }, i;
	char p[32];
	unsigned r = 12345;

	manifest_init(&m);
	for (i = 0; i < N; i++) {
		size_t k;

		r = r * 1103515245u + 12345u;
		k = (r >> 8) % PATHS;
		snprintf(p, sizeof(p), "d%zu/f%zu", k % 37, k);
		cr_assert_eq(manifest_add(&m, p, 'f', i, NULL), 0);
		last[k] = i + 1;  /* 0: never added */
	}
	manifest_sort(&m);
	for (i = 0; i + 1 < m.n; i++)
		cr_assert_lt(strcmp(m.v[i].path, m.v[i + 1].path), 0, "%s before %s", m.v[i].path, m.v[i + 1].path);
	for (i = 0; i < m.n; i++) {
		size_t k = strtoul(strchr(m.v[i].path, 'f') + 1, NULL, 10);

		cr_assert_eq(m.v[i].size + 1, last[k], "%s: entry %zu, last added %zu", m.v[i].path,
			     (size_t)m.v[i].size, last[k] - 1);
		last[k] = 0;
	}
	for (i = 0; i < PATHS; i++)
		cr_assert_eq(last[i], 0, "path %zu added but not kept", i);
	manifest_release(&m);
}

/* The sandbox script (python3 and the sha256sum fallback) prints exactly the host's canonical text. */
static char *run_script(const char *dir, const char *path_env, const char *sum_path)
{
	struct buf cmd;
	char tmpl[] = "/tmp/byoc-mscript.XXXXXX";
	char *out = NULL;
	size_t n = 0, got;
	FILE *f, *p;
	char chunk[4096];
	int fd = mkstemp(tmpl);

	cr_assert(fd >= 0);
	buf_init(&cmd, 0);
	buf_puts(&cmd, "BYOC_ROOT=");
	sh_quote(dir, &cmd);
	buf_puts(&cmd, "\nBYOC_SUM=");
	sh_quote(sum_path, &cmd);
	buf_puts(&cmd, "\n");
	buf_puts(&cmd, manifest_sandbox_script());
	cr_assert_eq(write(fd, cmd.data, cmd.len), (ssize_t)cmd.len);
	close(fd);
	buf_reset(&cmd);
	buf_printf(&cmd, "env PATH=%s /bin/bash %s", path_env, tmpl);
	p = popen(cmd.data, "r");
	f = open_memstream(&out, &n);
	while ((got = fread(chunk, 1, sizeof(chunk), p)) > 0)
		fwrite(chunk, 1, got, f);
	cr_assert_eq(pclose(p), 0);
	fclose(f);
	unlink(tmpl);
	buf_release(&cmd);
	return out;
}

static void make_tree(char *dir)
{
	char cmd[1024];

	cr_assert(mkdtemp(dir));
	snprintf(cmd, sizeof(cmd),
		 "cd %s && mkdir -p a/empty 'sp ace' && printf hello > a/b && : > a/zero && "
		 "printf x > 'a-c' && ln -s a/b l && ln -s ../nowhere a/dangling && "
		 "printf q > \"$(printf 'nl\\nname\\303\\251\\045')\"", dir);
	cr_assert_eq(system(cmd), 0);
}

static void expected(const char *dir, struct manifest *m)
{
	unsigned char sha[32];
	char p[512];

	(void)dir;
	(void)p;
	manifest_init(m);
	manifest_add(m, "a", 'd', 0, NULL);
	manifest_add(m, "a/empty", 'd', 0, NULL);
	sha_of("hello", sha);
	manifest_add(m, "a/b", 'f', 5, sha);
	sha_of("", sha);
	manifest_add(m, "a/zero", 'f', 0, sha);
	sha_of("x", sha);
	manifest_add(m, "a-c", 'f', 1, sha);
	manifest_add_link(m, "l", "a/b");
	manifest_add_link(m, "a/dangling", "../nowhere");
	manifest_add(m, "sp ace", 'd', 0, NULL);
	sha_of("q", sha);
	manifest_add(m, "nl\nname\xc3\xa9%", 'f', 1, sha);
}

static void check_script(const char *path_env, bool python)
{
	char dir[] = "/tmp/byoc-mtree.XXXXXX";
	struct manifest want, got;
	char *out, *t, diff[256], cmd[256], sum_path[64], sum[80] = "", hex[65];
	FILE *sf;

	make_tree(dir);
	expected(dir, &want);
	snprintf(sum_path, sizeof(sum_path), "/tmp/byoc-msum.%d", (int)getpid());
	unlink(sum_path);
	out = run_script(dir, path_env, sum_path);
	/* with python3 the script also writes the manifest's sha256 (byoc-seed compares it) */
	sf = fopen(sum_path, "r");
	if (sf) {
		if (!fgets(sum, sizeof(sum), sf))
			sum[0] = '\0';
		fclose(sf);
	}
	unlink(sum_path);
	cr_assert_eq(manifest_sha256(&want, hex), 0);
	if (python)
		cr_assert_str_eq(sum, hex, "BYOC_SUM holds the sha256 of the printed manifest");
	else
		cr_assert_str_eq(sum, "", "without python3 no sum is written (byoc-seed hashes with sha256sum)");
	t = text_of(&want);
	cr_assert_str_eq(out, t, "script printed:\n%s\nwant:\n%s", out, t);
	manifest_init(&got);
	cr_assert_eq(manifest_parse(&got, out, strlen(out)), 0, "%s", byoc_errmsg());
	cr_assert_eq(manifest_compare(&want, &got, diff, sizeof(diff)), 0, "%s", diff);
	free(out);
	free(t);
	manifest_release(&want);
	manifest_release(&got);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	system(cmd);
}

Test(manifest, sandbox_script_with_python_matches_host_text)
{
	check_script("/usr/bin:/bin", true);
}

Test(manifest, sandbox_script_fallback_without_python_matches_host_text)
{
	char bin[] = "/tmp/byoc-nopy.XXXXXX";
	char cmd[1024];

	cr_assert(mkdtemp(bin));
	snprintf(cmd, sizeof(cmd),
		 "for t in bash sh find od tr readlink wc sha256sum cut stat sort awk mawk printf env cat; do "
		 "p=$(PATH=/usr/bin:/bin command -v $t) && ln -sf \"$p\" %s/$t; done; true", bin);
	cr_assert_eq(system(cmd), 0);
	check_script(bin, false);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", bin);
	system(cmd);
}

/* A file that cannot be read while the sandbox's threads hash (here: open() made to fail
 * through a sitecustomize on PYTHONPATH) fails the script with its own message and prints
 * no manifest, rather than a manifest with the file missing. */
Test(manifest, sandbox_script_fails_when_a_file_cannot_be_hashed)
{
	char dir[] = "/tmp/byoc-mfail.XXXXXX", cmd[2048], path[600];
	struct buf script;
	FILE *f;

	cr_assert(mkdtemp(dir));
	snprintf(cmd, sizeof(cmd), "cd %s && mkdir -p tree/a py && printf 1 > tree/a/one && printf 2 > tree/a/victim && "
		 "printf 3 > tree/three && printf '%%s\\n' 'import builtins' 'real = builtins.open' "
		 "'def fake(p, *a, **k):' "
		 "'    if isinstance(p, bytes) and p.endswith(b\"victim\"): raise PermissionError(13, \"denied\")' "
		 "'    return real(p, *a, **k)' 'builtins.open = fake' > py/sitecustomize.py", dir);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
	buf_init(&script, 0);
	buf_printf(&script, "BYOC_ROOT=%s/tree\nBYOC_SUM=%s/sum\n%s", dir, dir, manifest_sandbox_script());
	snprintf(path, sizeof(path), "%s/script", dir);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fwrite(script.data, 1, script.len, f);
	fclose(f);
	buf_release(&script);
	snprintf(cmd, sizeof(cmd), "cd %s && PYTHONPATH=%s/py bash script > out 2> err; echo $? > rc", dir, dir);
	cr_assert_eq(system(cmd), 0);
	snprintf(cmd, sizeof(cmd), "cd %s && test \"$(cat rc)\" != 0 && grep -q 'a hashing thread failed' err && "
		 "grep -q denied err && test ! -s out && test ! -s sum", dir);
	cr_assert_eq(system(cmd), 0, "exit, stderr or stdout not as expected (see %s)", dir);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	system(cmd);
}

/* A manifest that spills to sorted runs on disk reads back exactly like one kept in memory:
 * the same text, hash, totals and comparisons, with the same rule for repeated paths (the
 * last added wins, an implicit parent only when nothing else has the path), across runs,
 * across take, and whatever the run size. */
static void scrambled(struct manifest *m, size_t spill_at, unsigned seed, size_t count)
{
	unsigned r = seed;
	char p[64];

	manifest_init(m);
	manifest_spill(m, spill_at);
	for (size_t i = 0; i < count; i++) {
		unsigned char sha[32] = { 0 };
		size_t k;

		r = r * 1103515245u + 12345u;
		k = (r >> 8) % 700;
		snprintf(p, sizeof(p), "d%zu/%s%zu", k % 23, k % 5 ? "f" : "sub/x", k);
		sha[0] = (unsigned char)i;
		sha[1] = (unsigned char)(i >> 8);
		cr_assert_eq(manifest_add(m, p, k % 7 ? 'f' : 'l', i, sha), 0, "%s", byoc_errmsg());
	}
}

Test(manifest, spilled_runs_read_back_like_memory)
{
	static const size_t sizes[] = { 1, 2, 7, 64, 5000 };
	struct manifest ref, m, parts[2];
	char h1[65], h2[65], diff[256];
	char *t1, *t2;
	uint64_t f1, b1, f2, b2;

	scrambled(&ref, 0, 7, 3000);
	cr_assert_eq(ref.nruns, 0);
	cr_assert_eq(manifest_digest(&ref, h1, &f1, &b1), 0);
	t1 = text_of(&ref);
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		scrambled(&m, sizes[i], 7, 3000);
		if (sizes[i] < 3000)
			cr_assert_gt(m.nruns, 0, "spill at %zu", sizes[i]);
		cr_assert_leq(m.n, sizes[i]);
		cr_assert_lt(m.nruns, 40, "runs are merged as they pile up: %zu", m.nruns);
		if (sizes[i] == 64) {  /* the space of merged runs is given back */
			struct stat st;

			cr_assert_eq(fstat(fileno(m.spool), &st), 0);
			cr_assert_lt((long long)st.st_blocks * 512, (long long)st.st_size * 3 / 4, "%lld blocks of %lld bytes",
				     (long long)st.st_blocks, (long long)st.st_size);
		}
		cr_assert_eq(manifest_digest(&m, h2, &f2, &b2), 0);
		cr_assert_str_eq(h1, h2, "spill at %zu", sizes[i]);
		t2 = text_of(&m);
		cr_assert_str_eq(t1, t2, "spill at %zu", sizes[i]);
		free(t2);
		cr_assert_eq(f1, f2);
		cr_assert_eq(b1, b2);
		cr_assert_eq(manifest_compare(&ref, &m, diff, sizeof(diff)), 0, "%s", diff);
		cr_assert_eq(manifest_compare(&m, &ref, diff, sizeof(diff)), 0, "%s", diff);
		manifest_release(&m);
	}
	free(t1);

	/* take: the second half's entries win over the first's, as if added in that order */
	scrambled(&parts[0], 50, 7, 1000);
	scrambled(&parts[1], 0, 99, 1000);
	cr_assert_eq(manifest_add(&parts[1], "d0/f0", 'f', 1, NULL), 0);
	manifest_init(&m);
	cr_assert_eq(manifest_take(&m, &parts[0]), 0);
	cr_assert_eq(manifest_take(&m, &parts[1]), 0);
	cr_assert_eq(parts[0].nruns + parts[1].nruns + parts[1].n, 0);
	manifest_release(&ref);
	scrambled(&ref, 0, 7, 1000);
	{
		struct manifest second;

		scrambled(&second, 0, 99, 1000);
		cr_assert_eq(manifest_add(&second, "d0/f0", 'f', 1, NULL), 0);
		cr_assert_eq(manifest_merge(&ref, &second), 0);
		manifest_release(&second);
	}
	cr_assert_eq(manifest_compare(&ref, &m, diff, sizeof(diff)), 0, "%s", diff);

	/* a difference inside a run is named */
	cr_assert_eq(manifest_add(&ref, "d3/sub/x0", 'f', 5, NULL), 0);
	cr_assert_eq(manifest_compare(&ref, &m, diff, sizeof(diff)), 1);
	cr_assert_not_null(strstr(diff, "d3/sub/x0"), "%s", diff);
	manifest_release(&ref);
	manifest_release(&m);
	manifest_release(&parts[0]);
	manifest_release(&parts[1]);
}

Test(manifest, implicit_parents_lose_to_any_entry_across_runs)
{
	struct manifest m, parents;
	const struct manifest_entry *e;
	struct manifest_cursor *c;

	manifest_init(&m);
	manifest_spill(&m, 2);
	cr_assert_eq(manifest_add(&m, "x", 'l', 1, NULL), 0);   /* a symlink "x", in a run */
	cr_assert_eq(manifest_add(&m, "y", 'f', 1, NULL), 0);
	manifest_init(&parents);
	cr_assert_eq(manifest_add(&parents, "x/a", 'f', 1, NULL), 0);
	cr_assert_eq(manifest_add(&parents, "z/b", 'f', 1, NULL), 0);
	cr_assert_eq(manifest_add_parents(&parents), 0);   /* implicit x and z, added later */
	cr_assert_eq(manifest_take(&m, &parents), 0);
	cr_assert_eq(manifest_cursor_open(&m, &c), 0);
	cr_assert_eq(manifest_cursor_next(c, &e), 1);
	cr_assert_str_eq(e->path, "x");
	cr_assert_eq(e->type, 'l', "the added symlink wins over the later implicit folder");
	cr_assert_eq(manifest_cursor_next(c, &e), 1);
	cr_assert_str_eq(e->path, "x/a");
	cr_assert_eq(manifest_cursor_next(c, &e), 1);
	cr_assert_str_eq(e->path, "y");
	cr_assert_eq(manifest_cursor_next(c, &e), 1);
	cr_assert_str_eq(e->path, "z");
	cr_assert_eq(e->type, 'd');
	cr_assert_eq(manifest_cursor_next(c, &e), 1);
	cr_assert_str_eq(e->path, "z/b");
	cr_assert_eq(manifest_cursor_next(c, &e), 0);
	manifest_cursor_close(c);
	cr_assert_eq(manifest_add_parents(&m), BYOC_EUSAGE, "parents are added before a manifest spills");
	manifest_release(&m);
}

/* A manifest's text read back line by line into a manifest that spills is the same manifest. */
Test(manifest, parse_file_reads_any_length_into_runs)
{
	struct manifest ref, got;
	char h1[65], h2[65], diff[256];
	FILE *f = tmpfile();

	cr_assert_not_null(f);
	scrambled(&ref, 0, 3, 2000);
	cr_assert_eq(manifest_write(&ref, f), 0);
	fputs("\n", f);  /* blank lines are ignored */
	rewind(f);
	manifest_init(&got);
	manifest_spill(&got, 7);
	cr_assert_eq(manifest_parse_file(&got, f), 0, "%s", byoc_errmsg());
	cr_assert_gt(got.nruns, 0);
	cr_assert_eq(manifest_compare(&ref, &got, diff, sizeof(diff)), 0, "%s", diff);
	cr_assert_eq(manifest_sha256(&ref, h1), 0);
	cr_assert_eq(manifest_sha256(&got, h2), 0);
	cr_assert_str_eq(h1, h2);
	fclose(f);
	manifest_release(&got);

	f = tmpfile();
	fputs("f 1 zz bad\n", f);
	rewind(f);
	manifest_init(&got);
	cr_assert_eq(manifest_parse_file(&got, f), BYOC_EPROTO);
	cr_assert_not_null(strstr(byoc_errmsg(), "line 1"), "%s", byoc_errmsg());
	fclose(f);
	manifest_release(&got);
	manifest_release(&ref);
}
