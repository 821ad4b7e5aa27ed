/* util/env: .env read as dotenv tools read it, refused whole (one line naming the file
 * and line) when it cannot be read safely, and never the source of an endpoint (issue 16). */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/env.h"
#include "util/err.h"

static char dir[64], old[4096];

static void enter(void)
{
	strcpy(dir, "/tmp/byoc-test-env-XXXXXX");
	cr_assert(getcwd(old, sizeof(old)));
	cr_assert(mkdtemp(dir));
	cr_assert_eq(chdir(dir), 0);
	byoc_env_reset();
}

static void leave(void)
{
	char cmd[128];

	cr_assert_eq(chdir(old), 0);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
	byoc_env_reset();
}

TestSuite(env, .init = enter, .fini = leave, .timeout = 20);

static void put(const char *path, const char *text, size_t n)
{
	FILE *f = fopen(path, "wb");

	cr_assert(f);
	cr_assert_eq(fwrite(text, 1, n, f), n);
	fclose(f);
}

static void collect(const char *k, const char *v, void *arg)
{
	buf_printf(arg, "[%s=%s]", k, v);
}

/* The pairs parsed from text as [K=V]..., or "ERR: message". */
static char *parse(const char *text, size_t n)
{
	struct buf b;
	int rc;

	put(".env", text, n);
	buf_init(&b, 0);
	rc = byoc_dotenv_parse(".env", collect, &b);
	if (rc) {
		cr_assert_eq(rc, BYOC_EUSAGE, "%s", byoc_errmsg());
		cr_assert_eq(b.len, 0, "nothing is passed on from a refused file: %s", b.data);
		buf_printf(&b, "ERR: %s", byoc_errmsg());
	}
	return buf_detach(&b);
}

#define PARSES(text, want)                                                                    \
	do {                                                                                  \
		char *got_ = parse(text, sizeof(text) - 1);                                   \
		cr_assert_str_eq(got_, want);                                                 \
		free(got_);                                                                   \
	} while (0)

#define REFUSES(text, want_substring)                                                         \
	do {                                                                                  \
		char *got_ = parse(text, sizeof(text) - 1);                                   \
		cr_assert(strstr(got_, want_substring), "%s", got_);                           \
		free(got_);                                                                   \
	} while (0)

Test(env, dotenv_forms)
{
	PARSES("\xef\xbb\xbfKEY=v\n", "[KEY=v]");  /* a UTF-8 byte order mark */
	PARSES("A=1\r\nB=2\r\n", "[A=1][B=2]");     /* CRLF */
	PARSES("A=\"x # y\" # comment\n", "[A=x # y]");
	PARSES("A=\"a\\nb\\\"c\\\\\"\n", "ERR: .env:1: the value of A holds a control character (0x0a): remove it");
	PARSES("A=\"q\\\"t\\\\\"\n", "[A=q\"t\\]");
	PARSES("A='lit\\n $x'\n", "[A=lit\\n $x]");
	PARSES("A=x#notacomment # comment\n", "[A=x#notacomment]");
	PARSES("export  A = spaced  \n", "[A=spaced]");
	PARSES("A=\nB=''\n", "[A=][B=]");
	PARSES("# c\n\n   \nBARE\nK.dot-x=1\n", "[K.dot-x=1]");
	PARSES("A=tab\there\n", "[A=tab\there]");
	PARSES("A=no newline at end", "[A=no newline at end]");
}

Test(env, last_value_wins_in_a_file)
{
	PARSES("A=first\nA=second\n", "[A=second]");
}

Test(env, refused_with_file_and_line)
{
	REFUSES("A=1\nB=x\ry\n", ".env:2: the value of B holds a control character (0x0d)");  /* a bare CR */
	REFUSES("A=\"x\ry\"\n", ".env:1: the value of A holds a control character (0x0d)");
	REFUSES("A=1\n\nB=x\0y\n", ".env:3: the value of B holds a control character (0x00)");
	REFUSES("A=x\033[2J\n", ".env:1: the value of A holds a control character (0x1b)");
	REFUSES("A=\"open\nB=2\n", ".env:1: the value of A has no closing quote");
	REFUSES("A=\"x\" y\n", ".env:1: text after the closing quote of A's value");
	REFUSES("A=1\nbad line\n", ".env:2: not KEY=VALUE after bad");
	REFUSES("=x\n", ".env:1: not KEY=VALUE");
	REFUSES("A B=1\n", ".env:1: not KEY=VALUE after A");
}

Test(env, caps)
{
	size_t n = (size_t)2 << 20;
	char *big = malloc(n + 8), *got;

	/* a 2 MB value: the file cap, named, not "out of memory" */
	memcpy(big, "KEY=", 4);
	memset(big + 4, 'v', n);
	big[n + 4] = '\n';
	put(".env", big, n + 5);
	cr_assert_eq(byoc_dotenv_parse(".env", collect, NULL), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "'.env' is larger than 1048576 bytes"), "%s", byoc_errmsg());
	/* a line over the line cap in a file under the file cap */
	n = BYOC_DOTENV_LINE_MAX + 1;
	memcpy(big, "A=1\nK=", 6);
	memset(big + 6, 'v', n);
	got = parse(big, n + 6);
	cr_assert(strstr(got, ".env:2: a line over 65536 bytes"), "%s", got);
	free(got);
	free(big);
}

Test(env, not_a_regular_file)
{
	cr_assert_eq(mkfifo(".env", 0600), 0);
	/* a FIFO nobody writes to: refused at once (it used to hang every tool) */
	cr_assert_eq(byoc_dotenv_parse(".env", collect, NULL), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "'.env' is not a regular file"), "%s", byoc_errmsg());
	cr_assert_eq(byoc_env_load(), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "'.env' is not a regular file"), "%s", byoc_errmsg());
	unlink(".env");
	cr_assert_eq(symlink("/dev/zero", ".env.local"), 0);
	byoc_env_reset();
	cr_assert_eq(byoc_env_load(), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "'.env.local' is not a regular file"), "%s", byoc_errmsg());
	cr_assert_eq(mkdir(".env", 0700), 0);
	cr_assert_eq(byoc_dotenv_parse(".env", collect, NULL), BYOC_EUSAGE);
	/* a refused file gives nothing, the process environment still answers */
	setenv("BYOC_T_PROC", "p", 1);
	cr_assert_str_eq(byoc_env("BYOC_T_PROC"), "p");
	unsetenv("BYOC_T_PROC");
}

Test(env, files_in_order_and_endpoints_never_from_a_file)
{
	static const char env[] = "BYOC_T_K=env\nBYOC_T_ONLY=env-only\nANTHROPIC_BASE_URL=http://evil.example\n"
				  "BYOC_T_K=env-last\nEMPTY_URL=\n";
	static const char local[] = "BYOC_T_K=local\nDAYTONA_API_URL=http://evil.example/api\n";

	put(".env", env, sizeof(env) - 1);
	put(".env.local", local, sizeof(local) - 1);
	unsetenv("ANTHROPIC_BASE_URL");
	unsetenv("DAYTONA_API_URL");
	cr_assert_eq(byoc_env_load(), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(byoc_env("BYOC_T_K"), "local");  /* .env.local over .env */
	cr_assert_str_eq(byoc_env("BYOC_T_ONLY"), "env-only");
	cr_assert_null(byoc_env("ANTHROPIC_BASE_URL"));
	cr_assert_null(byoc_env("DAYTONA_API_URL"));
	cr_assert_str_eq(byoc_env_ignored(0), "DAYTONA_API_URL");
	cr_assert_str_eq(byoc_env_ignored(1), "ANTHROPIC_BASE_URL");
	cr_assert_null(byoc_env_ignored(2));
	setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:1", 1);
	cr_assert_str_eq(byoc_env("ANTHROPIC_BASE_URL"), "http://127.0.0.1:1");
	unsetenv("ANTHROPIC_BASE_URL");
}

/* 60,000 keys (under the 1 MiB cap): indexed, not scanned per key. */
Test(env, many_keys)
{
	struct buf b;

	buf_init(&b, BYOC_DOTENV_MAX);
	for (int i = 0; i < 60000; i++)
		buf_printf(&b, "K%d=%d\n", i, i);
	put(".env", b.data, b.len);
	buf_release(&b);
	cr_assert_eq(byoc_env_load(), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(byoc_env("K59999"), "59999");
	cr_assert_str_eq(byoc_env("K0"), "0");
}
