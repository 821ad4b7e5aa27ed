#include <criterion/criterion.h>
#include <string.h>

#include "lib/dockerfile.h"
#include "util/buf.h"
#include "util/err.h"

static struct dockerfile *parse(const char *text)
{
	struct dockerfile *df = NULL;
	int rc = dockerfile_parse("Dockerfile", text, strlen(text), &df);

	cr_assert_eq(rc, 0, "parse failed: %s", byoc_errmsg());
	return df;
}

static void parse_fails(const char *text, const char *needle)
{
	struct dockerfile *df = NULL;
	int rc = dockerfile_parse("Dockerfile", text, strlen(text), &df);

	cr_assert_lt(rc, 0, "expected failure for: %s", text);
	cr_assert_null(df);
	cr_assert(strstr(byoc_errmsg(), needle), "message '%s' lacks '%s'", byoc_errmsg(), needle);
}

Test(dockerfile, instructions_with_line_numbers)
{
	struct dockerfile *df = parse("FROM ubuntu:22.04 AS base\n\n# comment\nrun echo hi\nCOPY a b /dst/\n");

	cr_assert_eq(df->n, 3);
	cr_assert_eq(df->instrs[0].kind, DF_FROM);
	cr_assert_eq(df->instrs[0].line, 1);
	cr_assert_eq(df->instrs[0].argc, 3);
	cr_assert_str_eq(df->instrs[0].argv[2], "base");
	cr_assert_eq(df->instrs[1].kind, DF_RUN);
	cr_assert_str_eq(df->instrs[1].keyword, "RUN");
	cr_assert_eq(df->instrs[1].line, 4);
	cr_assert_str_eq(df->instrs[1].argv[0], "echo hi");
	cr_assert_eq(df->instrs[2].kind, DF_COPY);
	cr_assert_eq(df->instrs[2].line, 5);
	cr_assert_eq(df->instrs[2].argc, 3);
	cr_assert_str_eq(dockerfile_dest(&df->instrs[2]), "/dst/");
	cr_assert_eq(df->instrs[2].stage, 0);
	dockerfile_free(df);
}

Test(dockerfile, continuations_skip_comments_and_blank_lines)
{
	struct dockerfile *df = parse("FROM x\nRUN apt-get update && \\\n# inner comment\n\n    apt-get install -y a \\   \n    b\nCOPY c \\\n  /d\n");

	cr_assert_eq(df->n, 3);
	cr_assert_str_eq(df->instrs[1].args, "apt-get update &&     apt-get install -y a     b");
	cr_assert_eq(df->instrs[1].line, 2);
	cr_assert_eq(df->instrs[1].end_line, 6);
	cr_assert_eq(df->instrs[2].line, 7);
	cr_assert_str_eq(df->instrs[2].argv[0], "c");
	cr_assert_str_eq(df->instrs[2].argv[1], "/d");
	dockerfile_free(df);
}

Test(dockerfile, escape_directive_backtick)
{
	struct dockerfile *df = parse("# escape=`\nFROM x\nCOPY C:\\src\\a `\n  /dst\n");

	cr_assert_eq(df->escape, '`');
	cr_assert_eq(df->n, 2);
	cr_assert_str_eq(df->instrs[1].argv[0], "C:\\src\\a");
	cr_assert_str_eq(df->instrs[1].argv[1], "/dst");
	dockerfile_free(df);
}

Test(dockerfile, directive_only_at_top)
{
	/* after an instruction, "# escape=`" is just a comment */
	struct dockerfile *df = parse("FROM x\n# escape=`\nCOPY a \\\n b\n");

	cr_assert_eq(df->escape, '\\');
	cr_assert_eq(df->instrs[1].argc, 2);
	dockerfile_free(df);
	parse_fails("# escape=x\nFROM x\n", "invalid escape token");
	parse_fails("# escape=`\n# escape=\\\nFROM x\n", "only one escape");
	df = parse("# syntax=docker/dockerfile:1\n# escape=`\nFROM x\n");
	cr_assert_str_eq(df->syntax, "docker/dockerfile:1");
	cr_assert_eq(df->escape, '`');
	dockerfile_free(df);
}

Test(dockerfile, json_and_shell_forms)
{
	struct dockerfile *df = parse("FROM x\nENTRYPOINT [\"/bin/sh\", \"-c\", \"sleep infinity\"]\n"
				      "CMD echo \"a b\"\nCOPY [\"a b.txt\", \"c\", \"/dst/\"]\nRUN [not json\n"
				      "COPY \"x y\" 'z w' /q\n");

	cr_assert(df->instrs[1].json);
	cr_assert_eq(df->instrs[1].argc, 3);
	cr_assert_str_eq(df->instrs[1].argv[2], "sleep infinity");
	cr_assert_not(df->instrs[2].json);
	cr_assert_eq(df->instrs[2].argc, 1);
	cr_assert_str_eq(df->instrs[2].argv[0], "echo \"a b\"");
	cr_assert(df->instrs[3].json);
	cr_assert_eq(df->instrs[3].argc, 3);
	cr_assert_str_eq(df->instrs[3].argv[0], "a b.txt");
	cr_assert_not(df->instrs[4].json);
	cr_assert_str_eq(df->instrs[4].argv[0], "[not json");
	cr_assert_eq(df->instrs[5].argc, 3);
	cr_assert_str_eq(df->instrs[5].argv[0], "x y");
	cr_assert_str_eq(df->instrs[5].argv[1], "z w");
	dockerfile_free(df);
	parse_fails("FROM x\nCMD [\"a\", 1]\n", "line 2");
}

Test(dockerfile, flags_with_equals_or_space)
{
	struct dockerfile *df = parse("FROM x\nCOPY --chown=1000:1000 --chmod 755 --link --parents a /b\n"
				      "COPY --from builder /out /out\nCOPY --exclude=*.pyc --exclude '*.tmp' src /app\n"
				      "ADD --checksum=sha256:abc https://example.com/x.tgz local.txt /y/\n");
	const char *srcs[8];

	cr_assert_str_eq(dockerfile_flag(&df->instrs[1], "chown"), "1000:1000");
	cr_assert_str_eq(dockerfile_flag(&df->instrs[1], "chmod"), "755");
	cr_assert_str_eq(dockerfile_flag(&df->instrs[1], "link"), "");
	cr_assert_str_eq(dockerfile_flag(&df->instrs[1], "parents"), "");
	cr_assert_null(dockerfile_flag(&df->instrs[1], "from"));
	cr_assert_eq(df->instrs[1].argc, 2);
	cr_assert_str_eq(df->instrs[1].argv[0], "a");
	cr_assert_eq(dockerfile_local_sources(&df->instrs[1], srcs), 1);
	cr_assert_str_eq(srcs[0], "a");

	cr_assert_str_eq(dockerfile_flag(&df->instrs[2], "from"), "builder");
	cr_assert_eq(df->instrs[2].argc, 2);
	cr_assert_eq(dockerfile_local_sources(&df->instrs[2], srcs), 0);

	cr_assert_eq(df->instrs[3].nflags, 2);
	cr_assert_str_eq(df->instrs[3].flags[0].value, "*.pyc");
	cr_assert_str_eq(df->instrs[3].flags[1].value, "*.tmp");
	cr_assert_str_eq(df->instrs[3].argv[0], "src");

	cr_assert_eq(dockerfile_local_sources(&df->instrs[4], srcs), 1);
	cr_assert_str_eq(srcs[0], "local.txt");
	dockerfile_free(df);
}

Test(dockerfile, env_both_forms)
{
	struct dockerfile *df = parse("FROM x\nENV A=1 B=\"two words\" C=c\\ d\nENV LEGACY value with  spaces\n"
				      "ENV PATH=/usr/local/bin:$PATH \\\n    LANG=C.UTF-8\nARG V=1.2 W\nLABEL a=b\n");

	cr_assert_eq(df->instrs[1].nkv, 3);
	cr_assert_str_eq(df->instrs[1].kv[0].key, "A");
	cr_assert_str_eq(df->instrs[1].kv[0].value, "1");
	cr_assert_str_eq(df->instrs[1].kv[1].value, "two words");
	cr_assert_str_eq(df->instrs[1].kv[2].value, "c d");
	cr_assert_eq(df->instrs[2].nkv, 1);
	cr_assert_str_eq(df->instrs[2].kv[0].key, "LEGACY");
	cr_assert_str_eq(df->instrs[2].kv[0].value, "value with  spaces");
	cr_assert_eq(df->instrs[3].nkv, 2);
	cr_assert_str_eq(df->instrs[3].kv[0].value, "/usr/local/bin:$PATH");
	cr_assert_str_eq(df->instrs[3].kv[1].key, "LANG");
	cr_assert_eq(df->instrs[4].kind, DF_ARG);
	cr_assert_str_eq(df->instrs[4].kv[0].value, "1.2");
	cr_assert_null(df->instrs[4].kv[1].value);
	cr_assert_eq(df->instrs[5].nkv, 1);
	dockerfile_free(df);
	parse_fails("FROM x\nENV ONLY\n", "line 2");
	parse_fails("FROM x\nENV A=1 B\n", "can't find =");
}

Test(dockerfile, workdir_user_entrypoint)
{
	struct dockerfile *df = parse("FROM x\nWORKDIR \"/my dir\"\nUSER daytona\nENTRYPOINT sleep infinity\n");

	cr_assert_str_eq(df->instrs[1].argv[0], "/my dir");
	cr_assert_str_eq(df->instrs[2].argv[0], "daytona");
	cr_assert_not(df->instrs[3].json);
	cr_assert_str_eq(df->instrs[3].args, "sleep infinity");
	dockerfile_free(df);
}

Test(dockerfile, heredocs)
{
	struct dockerfile *df = parse("FROM x\nRUN <<EOF\necho a\necho b\nEOF\n"
				      "COPY <<-\"END\" <<two /etc/\n\t\tline1\n\tEND\nsecond\ntwo\n"
				      "COPY real.txt /r\n");
	const char *srcs[4];
	const struct dockerfile_heredoc *h;

	cr_assert_eq(df->n, 4);
	cr_assert_eq(df->instrs[1].nheredocs, 1);
	cr_assert_str_eq(df->instrs[1].heredocs[0].marker, "EOF");
	cr_assert_str_eq(df->instrs[1].heredocs[0].body, "echo a\necho b\n");
	cr_assert_eq(df->instrs[1].line, 2);
	cr_assert_eq(df->instrs[1].end_line, 5);
	cr_assert_eq(df->instrs[2].nheredocs, 2);
	h = dockerfile_heredoc(&df->instrs[2], "<<-\"END\"");
	cr_assert_not_null(h);
	cr_assert(h->strip_tabs);
	cr_assert(h->quoted);
	cr_assert_str_eq(h->body, "line1\n");
	h = dockerfile_heredoc(&df->instrs[2], "two");
	cr_assert_str_eq(h->body, "second\n");
	cr_assert_eq(dockerfile_local_sources(&df->instrs[2], srcs), 0);
	cr_assert_eq(df->instrs[3].line, 11);
	cr_assert_eq(dockerfile_local_sources(&df->instrs[3], srcs), 1);
	dockerfile_free(df);
	parse_fails("FROM x\nRUN <<EOF\necho\n", "unterminated heredoc");
}

Test(dockerfile, stages_and_crlf)
{
	struct dockerfile *df = parse("\xEF\xBB\xBF" "FROM a AS b\r\nCOPY x /x\r\nFROM c\r\nCOPY --from=b /x /y\r\n");

	cr_assert_eq(df->n, 4);
	cr_assert_eq(df->instrs[1].stage, 0);
	cr_assert_str_eq(df->instrs[1].argv[1], "/x");
	cr_assert_eq(df->instrs[3].stage, 1);
	dockerfile_free(df);
}

Test(dockerfile, errors_name_the_line)
{
	parse_fails("FROM x\n\nCOPY onlyone\n", "line 3");
	parse_fails("FROM x\nSHELL bash\n", "JSON form");
	{
		static const char nul[] = "FROM x\nRUN a\0b\n";
		struct dockerfile *df = NULL;

		cr_assert_lt(dockerfile_parse("Dockerfile", nul, sizeof(nul) - 1, &df), 0);
		cr_assert(strstr(byoc_errmsg(), "NUL"));
	}
}

Test(dockerfile, remote_sources)
{
	cr_assert(dockerfile_is_remote_source("https://x/y.tgz"));
	cr_assert(dockerfile_is_remote_source("git@github.com:a/b.git"));
	cr_assert_not(dockerfile_is_remote_source("src/http.c"));
	cr_assert(dockerfile_is_heredoc_word("<<EOF"));
	cr_assert(dockerfile_is_heredoc_word("<<-'EOF'"));
	cr_assert_not(dockerfile_is_heredoc_word("a<<b"));
}

Test(dockerfile, scope_and_expansion)
{
	struct dockerfile *df = parse("ARG BASE=py\nARG G=global\nFROM $BASE\nARG G\nARG L=loc-${G}\n"
				      "ENV E=${L:-x}/e D=\"d d\"\nCOPY x /y\nFROM other\nCOPY z /w\n");
	struct dockerfile_scope *s = dockerfile_scope_new();
	char *x;
	size_t i;

	cr_assert_not_null(s);
	for (i = 0; i < 6; i++)
		cr_assert_eq(dockerfile_scope_step(s, &df->instrs[i]), 0);
	x = dockerfile_expand(s, "$G|${L}|$E|${D}|${NOPE:-dflt}|${E:+alt}|${NOPE:+alt}|$$|${NOPE}|a$");
	cr_assert_str_eq(x, "global|loc-global|loc-global/e|d d|dflt|alt||$$||a$");
	free(x);
	cr_assert_eq(dockerfile_scope_step(s, &df->instrs[6]), 0);
	cr_assert_eq(dockerfile_scope_step(s, &df->instrs[7]), 0);   /* FROM: a new stage */
	x = dockerfile_expand(s, "[$G][$E]");
	cr_assert_str_eq(x, "[][]");
	free(x);
	dockerfile_scope_free(s);
	dockerfile_free(df);
}

/*
 * One expander for the client and the build. Each case below is one where the client's
 * COPY-source discovery (dockerfile_expand over the parser's quote-removed words) and
 * byoc-local's build (its own lexer) used to resolve the same line differently; the
 * expected value is Docker's.
 */

/* The local sources of the last COPY/ADD, walking the scope as the client and the build
 * do, joined with '|'; NULL when the words cannot be read (the error is set). */
static char *copy_sources(const char *text)
{
	static char out[512];
	struct dockerfile *df = parse(text);
	struct dockerfile_scope *s = dockerfile_scope_new();
	struct dockerfile_words w = { NULL, 0 };
	const char *srcs[16];
	size_t i, n = 0, last = 0;
	int rc = 0;

	cr_assert_not_null(s);
	dockerfile_scope_escape(s, df->escape);
	for (i = 0; i < df->n; i++)
		if (df->instrs[i].kind == DF_COPY || df->instrs[i].kind == DF_ADD)
			last = i;
	for (i = 0; i < last && rc == 0; i++)
		rc = dockerfile_scope_step(s, &df->instrs[i]);
	if (rc == 0)
		rc = dockerfile_copy_words(s, &df->instrs[last], &w);
	out[0] = '\0';
	if (rc == 0) {
		cr_assert_leq(w.n, 16);
		n = dockerfile_local_sources_of(&df->instrs[last], &w, srcs);
		for (i = 0; i < n; i++) {
			strncat(out, srcs[i], sizeof(out) - strlen(out) - 2);
			if (i + 1 < n)
				strncat(out, "|", sizeof(out) - strlen(out) - 1);
		}
	}
	dockerfile_words_free(&w);
	dockerfile_scope_free(s);
	dockerfile_free(df);
	return rc == 0 ? out : NULL;
}

Test(dockerfile_words, single_quotes_keep_dollar_literal)
{
	cr_assert_str_eq(copy_sources("FROM a\nARG X=x\nCOPY '$X' \"$X\" /d/\n"), "$X|x");
}

Test(dockerfile_words, escape_character_makes_dollar_literal)
{
	cr_assert_str_eq(copy_sources("FROM a\nARG X=x\nCOPY \\$X \"\\$X\" $X /d/\n"), "$X|$X|x");
	cr_assert_str_eq(copy_sources("# escape=`\nFROM a\nARG X=x\nCOPY `$X $X /d/\n"), "$X|x");
}

Test(dockerfile_words, env_wins_over_arg_whatever_the_order)
{
	cr_assert_str_eq(copy_sources("FROM a\nENV X=env\nARG X=arg\nCOPY $X /d\n"), "env");
	cr_assert_str_eq(copy_sources("FROM a\nARG X=arg\nENV X=env\nCOPY $X /d\n"), "env");
}

Test(dockerfile_words, quoted_env_value_is_not_expanded_again)
{
	cr_assert_str_eq(copy_sources("FROM a\nARG X=x\nENV Y='$X' Z=\"$X\"\nCOPY $Y $Z /d/\n"), "$X|x");
}

Test(dockerfile_words, escaped_brace_in_default_word)
{
	cr_assert_str_eq(copy_sources("FROM a\nCOPY ${NOPE:-a\\}b} /d\n"), "a}b");
	cr_assert_str_eq(copy_sources("FROM a\nARG X=x\nCOPY ${X:+${X}y} ${NOPE-${X}} /d/\n"), "xy|x");
}

Test(dockerfile_words, unsupported_modifier_is_an_error)
{
	cr_assert_null(copy_sources("FROM a\nARG X=x\nCOPY ${X?unset} /d\n"));
	cr_assert(strstr(byoc_errmsg(), "unsupported modifier"), "%s", byoc_errmsg());
}

Test(dockerfile_words, exec_form_elements_are_expanded)
{
	cr_assert_str_eq(copy_sources("FROM a\nARG X=x\nCOPY [\"$X\", \"b c\", \"/d/\"]\n"), "x|b c");
}

Test(dockerfile_words, heredocs_and_remote_sources_are_not_local)
{
	cr_assert_str_eq(copy_sources("FROM a\nARG U=https://h/x.tgz\nADD $U <<\"EOF\" f /d/\nbody\nEOF\n"), "f");
}

Test(dockerfile_words, from_lines_see_only_global_args)
{
	struct dockerfile *df = parse("ARG B=base\nFROM $B\nARG L=l\nENV B=stage\n");
	struct dockerfile_scope *s = dockerfile_scope_new();
	struct dockerfile_words w;
	size_t i;

	for (i = 0; i < df->n; i++)
		cr_assert_eq(dockerfile_scope_step(s, &df->instrs[i]), 0);
	cr_assert_eq(dockerfile_words(s, "$B x$L", DOCKERFILE_SPLIT | DOCKERFILE_GLOBAL, &w), 0);
	cr_assert_eq(w.n, 2);
	cr_assert_str_eq(w.v[0], "base");
	cr_assert_str_eq(w.v[1], "x");
	dockerfile_words_free(&w);
	cr_assert_eq(dockerfile_words(s, "$B x$L", DOCKERFILE_SPLIT, &w), 0);
	cr_assert_str_eq(w.v[0], "stage");
	cr_assert_str_eq(w.v[1], "xl");
	dockerfile_words_free(&w);
	dockerfile_scope_free(s);
	dockerfile_free(df);
}

Test(dockerfile_words, heredoc_text_expands_variables_only)
{
	struct dockerfile *df = parse("FROM a\nARG X=x\n");
	struct dockerfile_scope *s = dockerfile_scope_new();
	char *t;

	cr_assert_eq(dockerfile_scope_step(s, &df->instrs[0]), 0);
	cr_assert_eq(dockerfile_scope_step(s, &df->instrs[1]), 0);
	t = dockerfile_expand_text(s, "a=$X '${X}' \"$X\"\n");
	cr_assert_str_eq(t, "a=x 'x' \"x\"\n");
	free(t);
	dockerfile_scope_free(s);
	dockerfile_free(df);
}

/* 100,000 ENV lines: each set and lookup is one index probe (they were scans, 28 s in
 * byoc-snapshot contexts); a later ENV of a name replaces it in place. */
Test(dockerfile, many_env_lines)
{
	struct buf b;
	struct dockerfile *df;
	struct dockerfile_scope *s = dockerfile_scope_new();
	const char *k, *v;
	char *x;

	buf_init(&b, (size_t)4 << 20);
	buf_puts(&b, "FROM debian:12\n");
	for (int i = 0; i < 100000; i++)
		buf_printf(&b, "ENV V%d=value%d\n", i, i);
	buf_puts(&b, "ENV V7=again\n");
	df = parse(b.data);
	buf_release(&b);
	for (size_t i = 0; i < df->n; i++)
		cr_assert_eq(dockerfile_scope_step(s, &df->instrs[i]), 0, "%s", byoc_errmsg());
	x = dockerfile_expand(s, "$V0 ${V99999} $V7 ${V100000:-unset}");
	cr_assert_str_eq(x, "value0 value99999 again unset");
	free(x);
	cr_assert_eq(dockerfile_scope_env(s, 7, &k, &v), 100000);
	cr_assert_str_eq(k, "V7");
	cr_assert_str_eq(v, "again");
	dockerfile_scope_free(s);
	dockerfile_free(df);
}

/* A 200 kB ENV value: the error names the word limit it hit, not "out of memory". */
Test(dockerfile, word_limit_named)
{
	struct buf b;
	struct dockerfile *df;
	struct dockerfile_scope *s = dockerfile_scope_new();

	buf_init(&b, (size_t)1 << 20);
	buf_puts(&b, "FROM debian:12\nENV BIG=");
	for (int i = 0; i < 200000; i++)
		buf_puts(&b, "x");
	buf_puts(&b, "\n");
	df = parse(b.data);
	buf_release(&b);
	cr_assert_eq(dockerfile_scope_step(s, &df->instrs[0]), 0);
	cr_assert_lt(dockerfile_scope_step(s, &df->instrs[1]), 0);
	cr_assert(strstr(byoc_errmsg(), "more than 65536 bytes, the limit of one Dockerfile word"), "%s", byoc_errmsg());
	dockerfile_scope_free(s);
	dockerfile_free(df);
}
