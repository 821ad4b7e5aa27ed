#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/recipe.h"
#include "util/err.h"

#define SNAP "\"snapshot\":{\"name\":\"s\"}"

/* Parses text as "r.json"; on failure returns NULL and leaves the message. */
static struct recipe *parse_sets(const char *text, const char *const *sets, size_t n)
{
	struct recipe *r = NULL;

	if (recipe_parse(&r, "r.json", text, strlen(text), sets, n) < 0)
		return NULL;
	return r;
}

static struct recipe *parse(const char *text)
{
	return parse_sets(text, NULL, 0);
}

/* Asserts that text is refused with exactly msg. */
static void refused(const char *text, const char *msg)
{
	struct recipe *r = parse(text);

	cr_assert_null(r, "accepted: %s", text);
	cr_assert_eq(byoc_errcode(), BYOC_EUSAGE);
	cr_assert_str_eq(byoc_errmsg(), msg, "for %s", text);
}

/* ---- the line scanner ---- */

Test(recipe_lines, maps_paths_to_lines)
{
	const char *t = "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": [\n      {\"d\": \"x\\\"y\"},\n      2\n    ]\n  },\n"
			"  \"e\\u0041\": \"line\\nbreak\"\n}\n";
	struct recipe_lines *l;

	cr_assert_eq(recipe_lines_scan(&l, t, strlen(t)), 0);
	cr_assert_eq(recipe_lines_find(l, "a"), 2);
	cr_assert_eq(recipe_lines_find(l, "b"), 3);
	cr_assert_eq(recipe_lines_find(l, "b.c"), 4);
	cr_assert_eq(recipe_lines_find(l, "b.c[0]"), 5);
	cr_assert_eq(recipe_lines_find(l, "b.c[0].d"), 5);
	cr_assert_eq(recipe_lines_find(l, "b.c[1]"), 6);
	cr_assert_eq(recipe_lines_find(l, "eA"), 9);
	cr_assert_eq(recipe_lines_find(l, "nope"), 0);
	recipe_lines_free(l);
}

/* ---- a full recipe ---- */

Test(recipe, parses_every_section)
{
	const char *t =
		"{\"version\":1,\"description\":\"d\",\n"
		"\"snapshot\":{\"dockerfile\":\"../dockerfiles/Dockerfile.default\",\"cpu\":2,\"memory\":8,\"disk\":10},\n"
		"\"sandbox\":{\"environment\":\"env_1\",\"name\":\"pool\",\"labels\":{\"team\":\"ml\"},\"env\":{\"A_B\":\"1\"},\n"
		"  \"auto_stop\":0,\"auto_archive\":60,\"auto_delete\":-1,\"network_block_all\":true,\"stop_when_ready\":false,\"timeout\":99},\n"
		"\"repos\":[\"https://x/r.git\",{\"url\":\"file:///r\",\"ref\":\"v1\",\"dest\":\"/mnt/session/r\",\"depth\":1,\n"
		"  \"submodules\":true,\"no_git\":true,\"token_env\":\"TOK\",\"remote\":true}],\n"
		"\"datasets\":[\"data\",{\"path\":[\"a\",\"b.tar\"],\"dest\":\"/mnt/session/d\",\"compress\":\"zstd\",\"exclude\":\"*.tmp\"}],\n"
		"\"files\":[{\"src\":\"cred\",\"dest\":\"/home/daytona/.cred\",\"mode\":\"0600\"}],\n"
		"\"commands\":[\"make setup\",{\"run\":\"pytest -q\",\"cwd\":\"/mnt/session/r\",\"env\":{\"X\":\"1\"},\"timeout\":30}],\n"
		"\"verify\":{\"check\":true,\"verify\":false,\"python\":\"python3\"},\n"
		"\"handoff\":{\"format\":\"env\",\"create_session\":true,\"agent\":\"agent_1\",\"title\":\"t\",\"message\":\"m\",\n"
		"  \"metadata\":{\"team\":\"ml\"},\"wait_bind\":30}}\n";
	struct recipe *r = parse(t);

	cr_assert_not_null(r, "%s", byoc_errmsg());
	cr_assert_str_eq(r->description, "d");
	cr_assert_null(r->snapshot_name);
	cr_assert_str_eq(r->dockerfile, "../dockerfiles/Dockerfile.default");
	cr_assert_eq(r->cpu, 2);
	cr_assert_eq(r->memory, 8);
	cr_assert_eq(r->disk, 10);
	cr_assert_str_eq(r->environment, "env_1");
	cr_assert_str_eq(r->name, "pool");
	cr_assert_str_eq(json_string_value(json_object_get(r->labels, "team")), "ml");
	cr_assert_str_eq(json_string_value(json_object_get(r->env, "A_B")), "1");
	cr_assert_eq(r->auto_stop, 0);
	cr_assert_eq(r->auto_archive, 60);
	cr_assert_eq(r->auto_delete, -1);
	cr_assert(r->network_block_all);
	cr_assert(!r->stop_when_ready);
	cr_assert_eq(r->timeout, 99);
	cr_assert_eq(r->nrepos, 2);
	cr_assert_str_eq(r->repos[0].url, "https://x/r.git");
	cr_assert_null(r->repos[0].ref);
	cr_assert_eq(r->repos[0].line, 5);
	cr_assert_str_eq(r->repos[1].ref, "v1");
	cr_assert_eq(r->repos[1].depth, 1);
	cr_assert(r->repos[1].submodules && r->repos[1].no_git && r->repos[1].remote);
	cr_assert_str_eq(r->repos[1].token_env, "TOK");
	cr_assert_eq(r->ndatasets, 2);
	cr_assert_eq(r->datasets[0].npaths, 1);
	cr_assert_str_eq(r->datasets[0].paths[0], "data");
	cr_assert_str_eq(r->datasets[0].compress, "none");
	cr_assert_eq(r->datasets[1].npaths, 2);
	cr_assert_str_eq(r->datasets[1].paths[1], "b.tar");
	cr_assert_eq(r->datasets[1].nexclude, 1);
	cr_assert_str_eq(r->datasets[1].compress, "zstd");
	cr_assert_eq(r->nfiles, 1);
	cr_assert_eq(r->files[0].mode, 0600);
	cr_assert_eq(r->ncommands, 2);
	cr_assert_str_eq(r->commands[0].run, "make setup");
	cr_assert_eq(r->commands[0].timeout, 600);
	cr_assert_eq(r->commands[1].timeout, 30);
	cr_assert_eq(r->commands[1].line, 9);
	cr_assert(r->check && !r->verify);
	cr_assert_str_eq(r->python, "python3");
	cr_assert_str_eq(r->handoff_format, "env");
	cr_assert(r->create_session);
	cr_assert_str_eq(r->agent, "agent_1");
	cr_assert_eq(r->wait_bind, 30);
	recipe_free(r);
}

Test(recipe, defaults)
{
	struct recipe *r = parse("{" SNAP "}");

	cr_assert_not_null(r, "%s", byoc_errmsg());
	cr_assert_str_eq(r->snapshot_name, "s");
	cr_assert_null(r->environment);
	cr_assert_null(r->workdir);
	cr_assert_eq(r->auto_stop, RECIPE_UNSET);
	cr_assert_eq(r->cpu, RECIPE_UNSET);
	cr_assert(r->stop_when_ready);
	cr_assert_eq(r->timeout, 300);
	cr_assert(r->check && r->verify);
	cr_assert_str_eq(r->python, "python3.12");
	cr_assert_str_eq(r->handoff_format, "json");
	cr_assert(!r->create_session);
	cr_assert_str_eq(r->dir, ".");
	recipe_free(r);
}

/* ---- syntax ---- */

Test(recipe_errors, json_syntax_names_the_line)
{
	struct recipe *r = parse("{\n\"snapshot\": {\"name\": \"s\"},\n\"x\": }\n");

	cr_assert_null(r);
	cr_assert(strncmp(byoc_errmsg(), "r.json:3: ", 10) == 0, "%s", byoc_errmsg());
}

Test(recipe_errors, duplicate_keys_and_non_objects)
{
	struct recipe *r = parse("{\n" SNAP ",\n" SNAP "}");

	cr_assert_null(r);
	cr_assert(strstr(byoc_errmsg(), "r.json:3: duplicate object key"), "%s", byoc_errmsg());
	refused("[1,2]", "r.json:1: a recipe is a JSON object ({...})");
}

Test(recipe_errors, too_large)
{
	size_t n = RECIPE_MAX_BYTES + 10;
	char *big = malloc(n + 1);
	struct recipe *r = NULL;

	memset(big, ' ', n);
	big[0] = '{';
	big[n - 1] = '}';
	big[n] = '\0';
	cr_assert_eq(recipe_parse(&r, "big.json", big, n, NULL, 0), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "larger than"));
	free(big);
}

/* ---- unknown keys: the path and the line ---- */

Test(recipe_errors, unknown_keys_name_path_and_line)
{
	refused("{\n" SNAP ",\n\"snapshots\": 1}",
		"r.json:3: unknown key 'snapshots' (known: version, description, workdir, snapshot, sandbox, repos, "
		"datasets, files, commands, verify, handoff)");
	refused("{" SNAP ",\n\"sandbox\": {\n  \"enviroment\": \"e\"}}",
		"r.json:3: unknown key 'sandbox.enviroment' (known: environment, name, labels, env, auto_stop, "
		"auto_archive, auto_delete, network_block_all, stop_when_ready, timeout, secrets, ttl, auto_pause, "
		"network_allow)");
	refused("{" SNAP ",\n\"repos\": [\n {\"url\": \"u\"},\n {\"url\": \"u\",\n  \"urll\": 1}]}",
		"r.json:5: unknown key 'repos[1].urll' (known: url, ref, dest, depth, submodules, no_git, "
		"token_env, remote)");
	refused("{\"snapshot\":{\"name\":\"s\",\"tag\":\"x\"}}",
		"r.json:1: unknown key 'snapshot.tag' (known: name, dockerfile, cpu, memory, disk)");
	refused("{" SNAP ",\"verify\":{\"pyhton\":\"x\"}}",
		"r.json:1: unknown key 'verify.pyhton' (known: check, verify, python)");
	refused("{" SNAP ",\"handoff\":{\"sesion\":\"x\"}}",
		"r.json:1: unknown key 'handoff.sesion' (known: format, create_session, agent, title, message, "
		"metadata, wait_bind)");
	refused("{" SNAP ",\"datasets\":[{\"path\":\"p\",\"dst\":\"/x\"}]}",
		"r.json:1: unknown key 'datasets[0].dst' (known: path, dest, compress, exclude)");
	refused("{" SNAP ",\"files\":[{\"src\":\"p\",\"dest\":\"/x\",\"owner\":\"x\"}]}",
		"r.json:1: unknown key 'files[0].owner' (known: src, dest, mode)");
	refused("{" SNAP ",\"commands\":[{\"run\":\"p\",\"shell\":\"x\"}]}",
		"r.json:1: unknown key 'commands[0].shell' (known: run, cwd, env, timeout)");
}

/* ---- types ---- */

Test(recipe_errors, wrong_types)
{
	refused("{\"snapshot\":\"s\"}", "r.json:1: snapshot: must be an object");
	refused("{\"snapshot\":{\"name\":1}}", "r.json:1: snapshot.name: must be a string");
	refused("{" SNAP ",\n\"sandbox\":{\"auto_stop\":\"soon\"}}", "r.json:2: sandbox.auto_stop: 'soon' is not an integer");
	refused("{" SNAP ",\"sandbox\":{\"auto_stop\":1.5}}", "r.json:1: sandbox.auto_stop: must be an integer");
	refused("{" SNAP ",\"sandbox\":{\"network_block_all\":1}}",
		"r.json:1: sandbox.network_block_all: must be true or false");
	refused("{" SNAP ",\"sandbox\":{\"labels\":[]}}", "r.json:1: sandbox.labels: must be an object of strings");
	refused("{" SNAP ",\"sandbox\":{\"env\":{\n\"A\":1}}}", "r.json:2: sandbox.env.A: must be a string");
	refused("{" SNAP ",\"repos\":{}}", "r.json:1: repos: must be an array");
	refused("{" SNAP ",\"repos\":[1]}", "r.json:1: repos[0]: must be an object or a string (the url)");
	refused("{" SNAP ",\"files\":[\"x\"]}", "r.json:1: files[0]: must be an object");
	refused("{" SNAP ",\"datasets\":[{\"path\":[\"a\",\n2]}]}", "r.json:2: datasets[0].path[1]: must be a string");
	refused("{" SNAP ",\"datasets\":[{\"path\":5}]}",
		"r.json:1: datasets[0].path: must be a string or an array of strings");
	refused("{\"version\":2," SNAP "}", "r.json:1: version: version 2 is not supported (this byoc reads version 1)");
}

/* ---- semantic rules ---- */

Test(recipe_errors, snapshot_rules)
{
	refused("{}", "r.json:1: 'snapshot' is required: {\"name\": ...} or {\"dockerfile\": ...}");
	refused("{\"snapshot\":{}}", "r.json:1: snapshot: give exactly one of 'name' and 'dockerfile'");
	refused("{\"snapshot\":{\"name\":\"a\",\"dockerfile\":\"b\"}}",
		"r.json:1: snapshot: give exactly one of 'name' and 'dockerfile'");
	refused("{\"snapshot\":{\n\"name\":\"\"}}", "r.json:2: snapshot.name: must not be empty");
	refused("{\"snapshot\":{\"name\":\"a\",\"cpu\":2}}",
		"r.json:1: snapshot: cpu, memory and disk apply only with 'dockerfile' (a named snapshot has its own)");
	refused("{\"snapshot\":{\"dockerfile\":\"D\",\"memory\":0}}", "r.json:1: snapshot.memory: must be 1 or more");
}

Test(recipe_errors, sandbox_rules)
{
	refused("{" SNAP ",\"sandbox\":{\"environment\":\"\"}}",
		"r.json:1: sandbox.environment: must not be empty (or leave it out to use ENVIRONMENT_ID)");
	refused("{" SNAP ",\"sandbox\":{\"name\":\"\"}}", "r.json:1: sandbox.name: must not be empty");
	refused("{" SNAP ",\"sandbox\":{\"labels\":{\"byoc.mode\":\"x\"}}}",
		"r.json:1: sandbox.labels.byoc.mode: 'byoc.mode' is set by byoc or the orchestrator, not by a recipe");
	refused("{" SNAP ",\"sandbox\":{\"labels\":{\"byoc.environment_id\":\"x\"}}}",
		"r.json:1: sandbox.labels.byoc.environment_id: 'byoc.environment_id' is set by byoc or the "
		"orchestrator, not by a recipe");
	refused("{" SNAP ",\"sandbox\":{\"labels\":{\"bad key\":\"x\"}}}",
		"r.json:1: sandbox.labels.bad key: label key 'bad key' has a character other than letters, digits, "
		"'-', '_' and '.'");
	refused("{" SNAP ",\"sandbox\":{\"env\":{\"1X\":\"x\"}}}",
		"r.json:1: sandbox.env.1X: '1X' is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
	refused("{" SNAP ",\"sandbox\":{\"auto_stop\":-1}}", "r.json:1: sandbox.auto_stop: must be 0 or more (minutes)");
	refused("{" SNAP ",\"sandbox\":{\"auto_archive\":-1}}",
		"r.json:1: sandbox.auto_archive: must be 0 or more (minutes)");
	refused("{" SNAP ",\"sandbox\":{\"auto_delete\":-2}}",
		"r.json:1: sandbox.auto_delete: must be -1 or more (minutes)");
	refused("{" SNAP ",\"sandbox\":{\"timeout\":0}}", "r.json:1: sandbox.timeout: must be 1 or more (seconds)");
	refused("{" SNAP ",\"sandbox\":{\"ttl\":-1}}", "r.json:1: sandbox.ttl: must be 0 or more (minutes)");
	refused("{" SNAP ",\"sandbox\":{\"secrets\":{\"A B\":\"x\"}}}",
		"r.json:1: sandbox.secrets.A B: 'A B' is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
	refused("{" SNAP ",\"sandbox\":{\"secrets\":{\"TOKEN\":\"no good\"}}}",
		"r.json:1: sandbox.secrets.TOKEN: secret name 'no good' must be 1 to 255 letters, digits, '-' or '_'");
	refused("{" SNAP ",\"sandbox\":{\"network_allow\":\"10.0.0.0/8,300.1.1.1/8\"}}",
		"r.json:1: sandbox.network_allow: network allow list: '300.1.1.1/8' is not an IPv4 CIDR such as 10.0.0.0/8");
}

Test(recipe, new_sandbox_fields)
{
	struct recipe *r = parse("{" SNAP ",\"sandbox\":{\"secrets\":{\"TOKEN\":\"api-token\"},\"ttl\":60,"
				 "\"auto_pause\":30,\"network_allow\":\"10.0.0.0/8\"}}");

	cr_assert_not_null(r, "%s", byoc_errmsg());
	cr_assert_str_eq(json_string_value(json_object_get(r->secrets, "TOKEN")), "api-token");
	cr_assert_eq(r->ttl, 60);
	cr_assert_eq(r->auto_pause, 30);
	cr_assert_str_eq(r->network_allow, "10.0.0.0/8");
	recipe_free(r);
}

Test(recipe_errors, repo_rules)
{
	refused("{" SNAP ",\"repos\":[\n{\"ref\":\"x\"}]}", "r.json:2: repos[0]: 'url' is required");
	refused("{" SNAP ",\"repos\":[\"\"]}", "r.json:1: repos[0].url: must not be empty");
	refused("{" SNAP ",\"repos\":[{\"url\":\"u\",\"depth\":-1}]}",
		"r.json:1: repos[0].depth: must be 0 (full history) or more");
	refused("{" SNAP ",\"repos\":[{\"url\":\"u\",\"token_env\":\"A-B\"}]}",
		"r.json:1: repos[0].token_env: 'A-B' is not a variable name");
	refused("{" SNAP ",\"repos\":[{\"url\":\"u\",\"dest\":\"rel\"}]}",
		"r.json:1: repos[0].dest: must be an absolute path in the sandbox");
	refused("{" SNAP ",\"workdir\":\"workspace\"}",
		"r.json:1: workdir: must be an absolute path in the sandbox, such as /workspace");
}

Test(recipe_errors, dataset_file_command_rules)
{
	refused("{" SNAP ",\"datasets\":[{\"dest\":\"/d\"}]}",
		"r.json:1: datasets[0]: 'path' is required (a file, a folder or an archive, or an array of them)");
	refused("{" SNAP ",\"datasets\":[{\"path\":\"\"}]}", "r.json:1: datasets[0].path: must not be empty");
	refused("{" SNAP ",\"datasets\":[{\"path\":\"p\",\"dest\":\"d\"}]}",
		"r.json:1: datasets[0].dest: must be an absolute path in the sandbox");
	refused("{" SNAP ",\"datasets\":[{\"path\":\"p\",\"compress\":\"xz\"}]}",
		"r.json:1: datasets[0].compress: 'xz' is not one of gzip, zstd, none");
	refused("{" SNAP ",\"files\":[{\"dest\":\"/d\"}]}", "r.json:1: files[0]: 'src' is required");
	refused("{" SNAP ",\"files\":[{\"src\":\"s\"}]}", "r.json:1: files[0]: 'dest' is required");
	refused("{" SNAP ",\"files\":[{\"src\":\"s\",\"dest\":\"d\"}]}",
		"r.json:1: files[0].dest: must be an absolute path in the sandbox");
	refused("{" SNAP ",\"files\":[{\"src\":\"s\",\"dest\":\"/d\",\"mode\":\"rw\"}]}",
		"r.json:1: files[0].mode: 'rw' is not an octal mode such as \"0600\"");
	refused("{" SNAP ",\"files\":[{\"src\":\"s\",\"dest\":\"/d\",\"mode\":\"0789\"}]}",
		"r.json:1: files[0].mode: '0789' is not an octal mode such as \"0600\"");
	refused("{" SNAP ",\"commands\":[{\"cwd\":\"/\"}]}", "r.json:1: commands[0]: 'run' is required");
	refused("{" SNAP ",\"commands\":[{\"run\":\"x\",\"env\":{\"A B\":\"1\"}}]}",
		"r.json:1: commands[0].env.A B: 'A B' is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
	refused("{" SNAP ",\"commands\":[{\"run\":\"x\",\"timeout\":0}]}",
		"r.json:1: commands[0].timeout: must be 1 or more (seconds)");
}

Test(recipe_errors, verify_and_handoff_rules)
{
	char meta[4096], *p;
	int i;

	refused("{" SNAP ",\"verify\":{\"python\":\"python3; rm -rf /\"}}",
		"r.json:1: verify.python: 'python3; rm -rf /' is not an interpreter name such as python3.12");
	refused("{" SNAP ",\"verify\":{\"python\":\"\"}}",
		"r.json:1: verify.python: '' is not an interpreter name such as python3.12");
	refused("{" SNAP ",\"handoff\":{\"format\":\"yaml\"}}", "r.json:1: handoff.format: 'yaml' is not json or env");
	refused("{" SNAP ",\"handoff\":{\"create_session\":true}}",
		"r.json:1: handoff: 'agent' is required when create_session is true");
	refused("{" SNAP ",\"handoff\":{\"agent\":\"a\"}}",
		"r.json:1: handoff: agent, title, message, metadata and wait_bind need \"create_session\": true");
	refused("{" SNAP ",\"handoff\":{\"create_session\":true,\"agent\":\"a\",\"wait_bind\":-1}}",
		"r.json:1: handoff.wait_bind: must be 0 or more (seconds)");
	refused("{" SNAP ",\"handoff\":{\"create_session\":true,\"agent\":\"a\",\"metadata\":{\"daytona.sandbox_id\":\"x\"}}}",
		"r.json:1: handoff.metadata: daytona.* keys are set by the handoff, not by a recipe");
	refused("{" SNAP ",\"handoff\":{\"create_session\":true,\"agent\":\"a\",\"metadata\":{"
		"\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":\"v\"}}}",
		"r.json:1: handoff.metadata.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: keys must be 1 to 64 characters");
	p = meta + sprintf(meta, "{" SNAP ",\"handoff\":{\"create_session\":true,\"agent\":\"a\",\"metadata\":{");
	for (i = 0; i < 16; i++)
		p += sprintf(p, "%s\"k%d\":\"v\"", i ? "," : "", i);
	sprintf(p, "}}}");
	refused(meta, "r.json:1: handoff.metadata: at most 15 pairs (the session allows 16, one is the sandbox key)");
	p = meta + sprintf(meta, "{" SNAP ",\"handoff\":{\"create_session\":true,\"agent\":\"a\",\"metadata\":{\"k\":\"");
	memset(p, 'v', 513);
	sprintf(p + 513, "\"}}}");
	refused(meta, "r.json:1: handoff.metadata.k: values must be at most 512 characters");
}

/* ---- expansion ---- */

Test(recipe_expand, from_environment_set_and_defaults)
{
	const char *sets[] = { "ENV_ID=from-set", "N=7", "ON=true" };
	struct recipe *r;

	setenv("BYOC_T_SNAP", "snap-from-env", 1);
	setenv("ENV_ID", "from-env", 1);
	unsetenv("BYOC_T_UNSET");
	r = parse_sets("{\"snapshot\":{\"name\":\"${BYOC_T_SNAP}\"},\"sandbox\":{\"environment\":\"${ENV_ID}\","
		       "\"name\":\"${BYOC_T_UNSET:-pool}-$${X}-$5-${BYOC_T_SNAP}\",\"auto_stop\":\"${N}\","
		       "\"network_block_all\":\"${ON}\"}}", sets, 3);
	cr_assert_not_null(r, "%s", byoc_errmsg());
	cr_assert_str_eq(r->snapshot_name, "snap-from-env");
	cr_assert_str_eq(r->environment, "from-set");    /* --set wins over the environment */
	cr_assert_str_eq(r->name, "pool-${X}-$5-snap-from-env");
	cr_assert_eq(r->auto_stop, 7);
	cr_assert(r->network_block_all);
	recipe_free(r);
}

Test(recipe_expand, errors_name_path_and_line)
{
	const char *bad_n[] = { "N=soon" };
	struct recipe *r;

	unsetenv("BYOC_T_UNSET");
	refused("{" SNAP ",\n\"sandbox\":{\n\"environment\":\"${BYOC_T_UNSET}\"}}",
		"r.json:3: sandbox.environment: variable 'BYOC_T_UNSET' is not set (export it or pass "
		"--set BYOC_T_UNSET=...)");
	refused("{" SNAP ",\"sandbox\":{\"name\":\"${OPEN\"}}",
		"r.json:1: sandbox.name: unterminated '${' in '${OPEN' (write $$ for a literal $)");
	refused("{" SNAP ",\"sandbox\":{\"name\":\"${1A}\"}}", "r.json:1: sandbox.name: bad variable name in '${1A}'");
	refused("{" SNAP ",\"sandbox\":{\"name\":\"${}\"}}", "r.json:1: sandbox.name: bad variable name in '${}'");
	refused("{" SNAP ",\"sandbox\":{\"name\":\"${A:=b}\"}}",
		"r.json:1: sandbox.name: bad variable reference '${A:=b}' (use ${NAME} or ${NAME:-default})");
	r = parse_sets("{" SNAP ",\"sandbox\":{\"auto_stop\":\"${N}\"}}", bad_n, 1);
	cr_assert_null(r);
	cr_assert_str_eq(byoc_errmsg(), "r.json:1: sandbox.auto_stop: 'soon' is not an integer");
}

Test(recipe_expand, set_arguments_are_checked)
{
	const char *bad1[] = { "NOEQUALS" }, *bad2[] = { "1A=x" }, *bad3[] = { "A-B=x" };

	cr_assert_null(parse_sets("{" SNAP "}", bad1, 1));
	cr_assert_str_eq(byoc_errmsg(), "--set 'NOEQUALS' is not KEY=VALUE");
	cr_assert_null(parse_sets("{" SNAP "}", bad2, 1));
	cr_assert(strstr(byoc_errmsg(), "KEY must be a variable name"));
	cr_assert_null(parse_sets("{" SNAP "}", bad3, 1));
	cr_assert_eq(recipe_check_set("A=b=c"), 0);
	cr_assert_eq(recipe_check_set("=x"), BYOC_EUSAGE);
}

/* ---- files ---- */

Test(recipe_load, reads_a_file_and_keeps_its_folder)
{
	char dir[] = "/tmp/byoc-recipe-XXXXXX", path[64];
	struct recipe *r;
	FILE *f;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/r.json", dir);
	f = fopen(path, "w");
	fputs("{\n  \"snapshot\": {\"dockerfile\": \"Dockerfile\"},\n  \"bogus\": true\n}\n", f);
	fclose(f);
	cr_assert_eq(recipe_load(&r, path, NULL, 0), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "/r.json:3: unknown key 'bogus'"), "%s", byoc_errmsg());
	f = fopen(path, "w");
	fputs("{\"snapshot\": {\"dockerfile\": \"Dockerfile\"}}", f);
	fclose(f);
	cr_assert_eq(recipe_load(&r, path, NULL, 0), 0, "%s", byoc_errmsg());
	cr_assert_str_eq(r->dir, dir);
	recipe_free(r);
	unlink(path);
	cr_assert_eq(recipe_load(&r, path, NULL, 0), BYOC_ENOTFOUND);
	cr_assert(strstr(byoc_errmsg(), "cannot open recipe"));
	rmdir(dir);
}

Test(recipe_errors, metadata_limits_count_characters_not_bytes)
{
	char text[4096], *p;
	struct recipe *r;
	int i;

	p = text + sprintf(text, "{" SNAP ",\"handoff\":{\"create_session\":true,\"agent\":\"a\",\"metadata\":{\"k\":\"");
	for (i = 0; i < 512; i++)
		p += sprintf(p, "é");
	sprintf(p, "\"}}}");
	r = parse(text);
	cr_assert_not_null(r, "512 two-byte characters are 512 characters: %s", byoc_errmsg());
	recipe_free(r);
}
