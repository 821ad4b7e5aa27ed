#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"
#include "util/file.h"
#include "util/hex.h"
#include "util/num.h"
#include "util/rand.h"
#include "util/shquote.h"

Test(err, keeps_code_and_message)
{
	cr_assert_eq(byoc_fail(BYOC_ENOTFOUND, "snapshot '%s' not found", "x"), BYOC_ENOTFOUND);
	cr_assert_str_eq(byoc_errmsg(), "snapshot 'x' not found");
	cr_assert_eq(byoc_errcode(), BYOC_ENOTFOUND);
	byoc_fail_wrap(BYOC_EFAIL, "publish");
	cr_assert_str_eq(byoc_errmsg(), "publish: snapshot 'x' not found");
}

Test(err, exit_codes_are_the_documented_scheme)
{
	cr_assert_eq(byoc_exit_code(BYOC_OK), 0);
	cr_assert_eq(byoc_exit_code(BYOC_EFAIL), 1);
	cr_assert_eq(byoc_exit_code(BYOC_EUSAGE), 2);
	cr_assert_eq(byoc_exit_code(BYOC_ENOTFOUND), 3);
	cr_assert_eq(byoc_exit_code(BYOC_EREFUSED), 4);
	cr_assert_eq(byoc_exit_code(BYOC_EBUILD), 5);
	cr_assert_eq(byoc_exit_code(BYOC_ETIMEOUT), 6);
	cr_assert_eq(byoc_exit_code(BYOC_EAUTH), 7);
	cr_assert_eq(byoc_exit_code(BYOC_EINTR), 130);
	cr_assert_eq(byoc_exit_code(BYOC_EIO), 1);
}

Test(buf, appends_and_caps)
{
	struct buf b;

	buf_init(&b, 8);
	cr_assert_str_eq(b.data, "");
	cr_assert_eq(buf_puts(&b, "abcd"), 0);
	cr_assert_eq(buf_printf(&b, "%d", 123), 0);
	cr_assert_str_eq(b.data, "abcd123");
	cr_assert_eq(buf_puts(&b, "xy"), BYOC_ENOMEM);
	cr_assert_str_eq(b.data, "abcd123", "a refused append leaves the buffer unchanged");
	cr_assert_eq(buf_puts(&b, "z"), 0);
	char *s = buf_detach(&b);
	cr_assert_str_eq(s, "abcd123z");
	cr_assert_eq(b.len, 0);
	free(s);
	buf_release(&b);
}

static void collect(const char *k, const char *v, void *arg)
{
	struct buf *b = arg;
	buf_printf(b, "[%s=%s]", k, v);
}

Test(env, parses_dotenv_forms)
{
	char path[] = "/tmp/byoc-env-XXXXXX";
	int fd = mkstemp(path);
	const char *text = "# comment\nA=1\nexport B = two \nC=\"quoted # not comment\"\nD='single'\nE=x # inline\nbare\n\n";
	struct buf b;

	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	buf_init(&b, 0);
	cr_assert_eq(byoc_dotenv_parse(path, collect, &b), 0);
	cr_assert_str_eq(b.data, "[A=1][B=two][C=quoted # not comment][D=single][E=x]");
	buf_release(&b);
	unlink(path);
	cr_assert_eq(byoc_dotenv_parse(path, collect, &b), BYOC_ENOTFOUND);
}

Test(env, process_env_wins_over_dotenv)
{
	char dir[] = "/tmp/byoc-envdir-XXXXXX";
	char cwd[4096];
	FILE *f;

	cr_assert(mkdtemp(dir));
	cr_assert(getcwd(cwd, sizeof(cwd)));
	cr_assert_eq(chdir(dir), 0);
	f = fopen(".env", "w");
	fputs("BYOC_T_ONE=file\nBYOC_T_TWO=file2\n", f);
	fclose(f);
	f = fopen(".env.local", "w");
	fputs("BYOC_T_TWO=local\n", f);
	fclose(f);
	byoc_env_reset();
	setenv("BYOC_T_ONE", "process", 1);
	cr_assert_str_eq(byoc_env("BYOC_T_ONE"), "process");
	cr_assert_str_eq(byoc_env("BYOC_T_TWO"), "local");
	cr_assert_null(byoc_env("BYOC_T_NONE"));
	cr_assert_str_eq(byoc_env_or("BYOC_T_NONE", "dflt"), "dflt");
	unlink(".env");
	unlink(".env.local");
	cr_assert_eq(chdir(cwd), 0);
	rmdir(dir);
	byoc_env_reset();
}

Test(hex, encodes_lowercase_pairs)
{
	const unsigned char in[] = { 0x00, 0x0f, 0xa5, 0xff };
	char out[9];

	cr_assert_str_eq(hex_encode(out, in, sizeof(in)), "000fa5ff");
	cr_assert_str_eq(hex_encode(out, in, 0), "");
}

Test(rand, bytes_differ_and_hex_has_the_asked_length)
{
	char a[25], b[25];

	cr_assert_eq(rand_hex(a, 12), 0);
	cr_assert_eq(rand_hex(b, 12), 0);
	cr_assert_eq(strlen(a), 24);
	cr_assert_eq(strspn(a, "0123456789abcdef"), 24);
	cr_assert_str_neq(a, b, "two 96-bit draws were equal");
	cr_assert_lt(rand_hex(a, 65), 0, "more than the buffer rand_hex draws into");
	for (int i = 0; i < 1000; i++)
		cr_assert_lt(rand_below(7), 7);
	cr_assert_eq(rand_below(0), 0);
}

Test(shquote, one_word_for_any_text)
{
	struct buf b;

	buf_init(&b, 0);
	cr_assert_eq(sh_quote("it's $HOME `x` \\", &b), 0);
	cr_assert_str_eq(b.data, "'it'\"'\"'s $HOME `x` \\'");
	buf_reset(&b);
	cr_assert_eq(sh_quote("", &b), 0);
	cr_assert_str_eq(b.data, "''");
	buf_release(&b);
}

Test(file, reads_whole_names_missing_and_refuses_over_the_cap)
{
	char path[] = "/tmp/byoc-test-file-XXXXXX";
	int fd = mkstemp(path);
	struct buf b;

	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "0123456789", 10), 10);
	close(fd);
	cr_assert_eq(file_read_capped(path, 10, "recipe", &b), 0);
	cr_assert_eq(b.len, 10);
	cr_assert_str_eq(b.data, "0123456789");
	buf_release(&b);
	cr_assert_eq(file_read_capped(path, 9, "recipe", &b), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "is larger than 9 bytes; is it a recipe?"), "%s", byoc_errmsg());
	cr_assert_eq(b.len, 0);
	unlink(path);
	cr_assert_eq(file_read_capped(path, 9, "recipe", &b), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "cannot open recipe '/tmp/byoc-test-file-"), "%s", byoc_errmsg());
	/* not a regular file: refused at once, never read forever nor waited on (issue 16) */
	cr_assert_eq(file_read_capped("/", 9, NULL, &b), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "'/' is not a regular file"), "%s", byoc_errmsg());
	cr_assert_eq(file_read_capped("/dev/zero", 1 << 20, "Dockerfile", &b), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "Dockerfile '/dev/zero' is not a regular file"), "%s", byoc_errmsg());
	cr_assert_eq(mkfifo(path, 0600), 0);
	cr_assert_eq(file_read_capped(path, 9, NULL, &b), BYOC_EUSAGE);
	unlink(path);
	buf_release(&b);
}

Test(num, whole_numbers_in_range_only)
{
	long v = 42;

	cr_assert(num_parse_long("17", 1, 100, &v));
	cr_assert_eq(v, 17);
	cr_assert(num_parse_long("-3", -5, 5, &v));
	cr_assert_eq(v, -3);
	v = 42;
	cr_assert_not(num_parse_long("12abc", 1, 100, &v), "trailing text (atoi read 12)");
	cr_assert_not(num_parse_long("", 1, 100, &v));
	cr_assert_not(num_parse_long(NULL, 1, 100, &v));
	cr_assert_not(num_parse_long("101", 1, 100, &v));
	cr_assert_not(num_parse_long("99999999999999999999", 1, 100, &v), "overflow");
	cr_assert_eq(v, 42, "a refused number leaves *out alone");
}
