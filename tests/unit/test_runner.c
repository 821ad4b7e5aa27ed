/* The runner programs (src/lib/sandbox/runner-*.sh) run here on the host as the
 * toolbox runs them in a sandbox: the text on a shell's stdin, parameters in the
 * environment. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/runner.h"
#include "lib/sandbox.h"

static char dir[] = "/tmp/byoc-runner-test.XXXXXX";

static void setup(void)
{
	char p[256];
	cr_assert_not_null(mkdtemp(dir));
	snprintf(p, sizeof p, "%s/state", dir);
	setenv("BYOC_RUNNER_STATE", p, 1);
	snprintf(p, sizeof p, "%s/work", dir);
	setenv("BYOC_WORKDIR", p, 1);
}

static void teardown(void)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

/* Runs a script's text as the toolbox would; returns its exit status, output in out. */
static int run_text(const char *text, char *out, size_t n)
{
	char tmp[300], cmd[400];
	FILE *f;
	size_t got;
	int st;

	cr_assert_not_null(text);
	snprintf(tmp, sizeof tmp, "%s/prog", dir);
	f = fopen(tmp, "w");
	fputs(text, f);
	fclose(f);
	snprintf(cmd, sizeof cmd, "sh <'%s'", tmp);
	f = popen(cmd, "r");
	got = fread(out, 1, n - 1, f);
	out[got] = '\0';
	st = pclose(f);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static int run(const char *program, char *out, size_t n)
{
	cr_assert_not_null(sandbox_program(program), "no program %s", program);
	return run_text(sandbox_program(program), out, n);
}

static struct runner_status probe(void)
{
	char out[512];
	struct runner_status s;
	cr_assert_eq(run("runner-probe.sh", out, sizeof out), 0);
	runner_parse_probe(out, &s);
	return s;
}

static struct runner_status wait_not_running(void)
{
	struct runner_status s;
	for (int i = 0; i < 100; i++) {
		s = probe();
		if (s.state != RUNNER_RUNNING)
			break;
		usleep(50000);
	}
	return s;
}

TestSuite(runner, .init = setup, .fini = teardown);

Test(runner, launch_probe_stop)
{
	char out[256];
	struct runner_status s;
	long pid;

	cr_assert_eq(probe().state, RUNNER_MISSING_PIDFILE);
	setenv("BYOC_RUNNER_COMMAND", "sleep 30", 1);
	cr_assert_eq(run("runner-launch.sh", out, sizeof out), 0, "%s", out);
	pid = strtol(out, NULL, 10);
	cr_assert_gt(pid, 1);
	s = probe();
	cr_assert_eq(s.state, RUNNER_RUNNING, "%s", runner_state_name(s.state));
	cr_assert_eq(s.pid, pid);
	cr_assert_eq(run("runner-stop.sh", out, sizeof out), 0, "%s", out);
	cr_assert_eq(kill((pid_t)pid, 0), -1, "the runner's group was ended");
	cr_assert_eq(probe().state, RUNNER_MISSING_PIDFILE);
}

Test(runner, exit_codes_are_told_apart)
{
	char out[256];
	struct runner_status s;

	setenv("BYOC_RUNNER_COMMAND", "true", 1);
	cr_assert_eq(run("runner-launch.sh", out, sizeof out), 0, "%s", out);
	s = wait_not_running();
	cr_assert_eq(s.state, RUNNER_EXITED_ZERO, "%s", runner_state_name(s.state));
	setenv("BYOC_RUNNER_COMMAND", "echo boom; exit 3", 1);
	cr_assert_eq(run("runner-launch.sh", out, sizeof out), 0, "%s", out);
	s = wait_not_running();
	cr_assert_eq(s.state, RUNNER_EXITED_NONZERO);
	cr_assert_eq(s.exit_code, 3);
}

Test(runner, a_killed_runner_is_missing_not_exited)
{
	char out[256];
	struct runner_status s;
	long pid;

	setenv("BYOC_RUNNER_COMMAND", "sleep 30", 1);
	cr_assert_eq(run("runner-launch.sh", out, sizeof out), 0, "%s", out);
	pid = strtol(out, NULL, 10);
	cr_assert_eq(kill(-(pid_t)pid, SIGKILL), 0);   /* the whole group, as an OOM kill would */
	s = wait_not_running();
	cr_assert_eq(s.state, RUNNER_MISSING_PROCESS, "%s", runner_state_name(s.state));
}

Test(runner, the_runner_starts_in_the_workdir_with_its_environment)
{
	char out[256], path[300];
	FILE *f;

	setenv("BYOC_RUNNER_COMMAND", "pwd >seen; printf %s \"$ANTHROPIC_WORK_ID\" >>seen", 1);
	setenv("ANTHROPIC_WORK_ID", "work_42", 1);
	cr_assert_eq(run("runner-launch.sh", out, sizeof out), 0, "%s", out);
	wait_not_running();
	snprintf(path, sizeof path, "%s/work/seen", dir);
	f = fopen(path, "r");
	cr_assert_not_null(f);
	cr_assert_not_null(fgets(out, sizeof out, f));
	cr_assert(strstr(out, "/work\n"), "%s", out);
	cr_assert_not_null(fgets(out, sizeof out, f));
	cr_assert_str_eq(out, "work_42");
	fclose(f);
	unsetenv("ANTHROPIC_WORK_ID");
}

Test(runner, preflight_names_each_missing_piece)
{
	char out[1024];

	setenv("BYOC_RUNNER_CHECK", "true", 1);
	cr_assert_eq(run("runner-preflight.sh", out, sizeof out), 0, "%s", out);
	setenv("BYOC_RUNNER_CHECK", "false", 1);
	setenv("BYOC_MEMORY_DIR", "/nonexistent/memory", 1);
	cr_assert_eq(run("runner-preflight.sh", out, sizeof out), 1);
	cr_assert(strstr(out, "missing: the runner (check: false"), "%s", out);
	cr_assert(strstr(out, "missing: a writable /nonexistent/memory for memory stores"), "%s", out);
	unsetenv("BYOC_RUNNER_CHECK");
	unsetenv("BYOC_MEMORY_DIR");
}

/* The reference's checks through the login bash, as runner_reference_preflight_list runs them
 * (without BYOC_MEMORY_STORES: /mnt/memory is the host's here; e2e/sandbox_verify checks it). */
static int reference(const char *python, char *out, size_t n)
{
	char home[300];

	snprintf(home, sizeof home, "%s/home", dir);
	setenv("BYOC_HOME", home, 1);
	setenv("BYOC_LOGIN_PROGRAM", sandbox_program("reference-preflight.sh"), 1);
	setenv("BYOC_PYTHON", python, 1);
	return run("login-bash.sh", out, n);
}

Test(runner, reference_preflight_names_each_missing_piece)
{
	char out[1024];

	cr_assert_not_null(sandbox_program("reference-preflight.sh"));
	/* sh is always there and `sh -m pip` fails: found, without pip */
	cr_assert_eq(reference("python-that-is-not-here", out, sizeof out), 1);
	cr_assert(strstr(out, "missing: python-that-is-not-here not found\n"), "%s", out);
	cr_assert_eq(reference("sh", out, sizeof out), 1);
	cr_assert(strstr(out, "missing: sh has no pip (sh -m pip --version failed)\n"), "%s", out);
	cr_assert_null(strstr(out, "is not writable"), "%s", out);
	/* an unwritable workdir, named by its path */
	setenv("BYOC_WORKDIR", "/proc/byoc-no-such-dir", 1);
	cr_assert_eq(reference("sh", out, sizeof out), 1);
	cr_assert(strstr(out, "missing: /proc/byoc-no-such-dir is not writable\n"), "%s", out);
	unsetenv("BYOC_LOGIN_PROGRAM");
	unsetenv("BYOC_PYTHON");
	unsetenv("BYOC_HOME");
}

Test(runner, reference_preflight_passes_where_all_hold)
{
	char out[1024];

	if (system("python3 -m pip --version >/dev/null 2>&1") != 0)
		cr_skip_test("needs python3 with pip (make deps installs python3-pip)");
	cr_assert_eq(reference("python3", out, sizeof out), 0, "%s", out);
	cr_assert_str_eq(out, "");
	unsetenv("BYOC_LOGIN_PROGRAM");
	unsetenv("BYOC_PYTHON");
	unsetenv("BYOC_HOME");
}

/* runner_launch's one round trip: the launch, BYOC_PROBE_AFTER, then the probe's line. */
Test(runner, a_launch_with_its_probe_tells_pid_and_state_at_once)
{
	char out[512], *text = runner_launch_text(true);
	struct runner_status s;
	long pid;

	setenv("BYOC_RUNNER_COMMAND", "sleep 30", 1);
	setenv("BYOC_PROBE_AFTER", "0.200", 1);
	cr_assert_eq(run_text(text, out, sizeof out), 0, "%s", out);
	pid = runner_parse_launch(out);
	cr_assert_gt(pid, 1, "%s", out);
	runner_parse_probe(out, &s);
	cr_assert_eq(s.state, RUNNER_RUNNING, "%s", out);
	cr_assert_eq(s.pid, pid);
	cr_assert_eq(run("runner-stop.sh", out, sizeof out), 0, "%s", out);

	/* a runner that dies at once is seen dead by the same call, with its code */
	setenv("BYOC_RUNNER_COMMAND", "echo boom; exit 3", 1);
	cr_assert_eq(run_text(text, out, sizeof out), 0, "%s", out);
	cr_assert_gt(runner_parse_launch(out), 1, "%s", out);
	runner_parse_probe(out, &s);
	cr_assert_eq(s.state, RUNNER_EXITED_NONZERO, "%s", out);
	cr_assert_eq(s.exit_code, 3);
	unsetenv("BYOC_PROBE_AFTER");
	free(text);

	/* without the probe the text ends after the pid */
	text = runner_launch_text(false);
	setenv("BYOC_RUNNER_COMMAND", "true", 1);
	cr_assert_eq(run_text(text, out, sizeof out), 0, "%s", out);
	cr_assert_gt(runner_parse_launch(out), 1, "%s", out);
	cr_assert_null(strchr(out, '{'), "%s", out);
	free(text);
	cr_assert_eq(runner_parse_launch("banner\n123\n{\"state\":\"running\",\"pid\":123}\n"), 123);
	cr_assert_eq(runner_parse_launch("no pid here\n"), -1);
}

/* runner_check's one round trip: each missing piece, then the probe's line, with the
 * preflight's status. */
Test(runner, a_check_is_the_preflight_and_the_probe_at_once)
{
	char out[1024], *text = runner_check_text();
	struct runner_status s;

	setenv("BYOC_RUNNER_CHECK", "false", 1);
	cr_assert_eq(run_text(text, out, sizeof out), 1, "%s", out);
	cr_assert(strstr(out, "missing: the runner (check: false"), "%s", out);
	runner_parse_probe(out, &s);
	cr_assert_eq(s.state, RUNNER_MISSING_PIDFILE, "%s", out);

	setenv("BYOC_RUNNER_CHECK", "true", 1);
	setenv("BYOC_RUNNER_COMMAND", "sleep 30", 1);
	cr_assert_eq(run("runner-launch.sh", out, sizeof out), 0, "%s", out);
	cr_assert_eq(run_text(text, out, sizeof out), 0, "%s", out);
	cr_assert_null(strstr(out, "missing:"), "%s", out);
	runner_parse_probe(out, &s);
	cr_assert_eq(s.state, RUNNER_RUNNING, "%s", out);
	cr_assert_eq(run("runner-stop.sh", out, sizeof out), 0, "%s", out);
	unsetenv("BYOC_RUNNER_CHECK");
	free(text);
}

Test(runner, probe_lines_that_are_not_json_are_unknown)
{
	struct runner_status s;

	runner_parse_probe("", &s);
	cr_assert_eq(s.state, RUNNER_UNKNOWN);
	cr_assert_str_eq(s.detail, "empty_probe_output");
	runner_parse_probe("banner\n{\"state\":\"running\",\"pid\":7,\"exit_code\":null,\"detail\":\"\"}\n", &s);
	cr_assert_eq(s.state, RUNNER_RUNNING);
	cr_assert_eq(s.pid, 7);
	runner_parse_probe("{\"state\":\"dancing\",\"pid\":null,\"exit_code\":null,\"detail\":\"\"}", &s);
	cr_assert_eq(s.state, RUNNER_UNKNOWN);
	cr_assert_str_eq(s.detail, "bad_state");
	runner_parse_probe("not json", &s);
	cr_assert_str_eq(s.detail, "malformed_probe_output");
}

Test(sandbox, every_program_the_library_names_is_built_in)
{
	static const char *const names[] = {"runner-launch.sh", "runner-probe.sh", "runner-stop.sh",
					    "runner-preflight.sh", "step.sh", "login-bash.sh",
					    "reference-preflight.sh"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		cr_assert_not_null(sandbox_program(names[i]), "%s", names[i]);
	cr_assert_null(sandbox_program("nope.sh"));
}
