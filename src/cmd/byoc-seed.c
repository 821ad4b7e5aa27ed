/*
 * byoc-seed: repositories, datasets and single files into a sandbox, streamed
 * through one upload, verified by manifest, all or nothing. The engine is the
 * library's (lib/seed.h, seed_run); this tool reads the options, draws the
 * progress line and prints the report.
 *
 *   byoc-seed repo SANDBOX URL [--ref REF] [--depth N] [--dest DIR] [--submodules]
 *                  [--no-git] [--token-env VAR] [--remote]
 *   byoc-seed data SANDBOX PATH... [--dest DIR] [--compress gzip|zstd|none] [--exclude GLOB]...
 *   byoc-seed file SANDBOX SRC DEST [--mode 0600]
 *
 * All or nothing: DIR changes only once the sandbox proved it holds what was
 * sent; otherwise DIR is as it was, and a mismatch names the first difference
 * (exit 4). How, in src/lib/seedrun.c.
 */
#include "cmd/tool.h"
#include "lib/daytona.h"
#include "lib/seed.h"
#include "util/err.h"

#include <getopt.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- options ------------------------------------------------------------------------ */

struct opts {
	const char *cmd;
	const char *sandbox;
	const char *dest;
	const char *workdir;  /* parent of the default dest; NULL = ANTHROPIC_WORKDIR, else /mnt/session */
	const char *ref;
	int depth;
	bool submodules, no_git, remote, json;
	const char *token_env;
	int compress;
	const char **excludes;
	size_t nexcludes;
	int mode;           /* file: -1 = the host file's permission bits */
	int timeout;        /* seconds for each command in the sandbox (unpack, verify) */
	char **args;        /* positional after SANDBOX */
	int nargs;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: byoc-seed repo SANDBOX URL [--ref BRANCH|TAG|SHA] [--depth N] [--dest DIR]\n"
		"                      [--submodules] [--no-git] [--token-env VAR] [--remote]\n"
		"       byoc-seed data SANDBOX PATH... [--dest DIR] [--compress gzip|zstd|none] [--exclude GLOB]...\n"
		"       byoc-seed file SANDBOX SRC DEST [--mode 0600]\n"
		"common: [--workdir WORKDIR] [--timeout SEC] [--json] [--quiet] [--verbose] [--help]\n"
		"      WORKDIR: the session's working directory, parent of the default DIR (default\n"
		"      ANTHROPIC_WORKDIR, else /mnt/session)\n"
		"\n"
		"repo  clones URL on this host (libgit2; token from GIT_TOKEN or --token-env VAR, or git's\n"
		"      credential helper; ssh through ssh-agent), checks out --ref and seeds the tree with\n"
		"      its .git (shallow with --depth) to DIR (default WORKDIR/<repo name>). Prints the\n"
		"      commit. The credential never enters the sandbox. --remote: Daytona's server-side clone.\n"
		"data  tars PATHs on the fly (PATH/ puts a directory's contents at DIR's root) and seeds them\n"
		"      to DIR (default WORKDIR/data); .tar .tar.gz .tgz .tar.zst .zip are sent as they\n"
		"      are and unpacked in the sandbox. Prints the manifest sha256.\n"
		"file  puts one file at DEST with --mode (default: the host file's); its content never\n"
		"      appears in a log or a command line. Prints its sha256.\n"
		"Exit: 0 ok, 1 failure, 2 usage, 3 not found, 4 refused/manifest mismatch, 7 auth, 130 interrupted.\n");
}

static int parse(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "dest", required_argument, NULL, 'd' },
		{ "workdir", required_argument, NULL, 'w' },
		{ "ref", required_argument, NULL, 'r' },
		{ "depth", required_argument, NULL, 'D' },
		{ "submodules", no_argument, NULL, 'S' },
		{ "no-git", no_argument, NULL, 'G' },
		{ "token-env", required_argument, NULL, 'T' },
		{ "remote", no_argument, NULL, 'R' },
		{ "compress", required_argument, NULL, 'c' },
		{ "exclude", required_argument, NULL, 'x' },
		{ "mode", required_argument, NULL, 'm' },
		{ "timeout", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	char *end;
	long v;
	int c;

	memset(o, 0, sizeof(*o));
	o->mode = -1;
	o->timeout = 3600;
	o->excludes = calloc((size_t)argc + 1, sizeof(char *));
	if (!o->excludes)
		return EXIT_FAIL;
	while ((c = getopt_long(argc, argv, "+hqv", lo, NULL)) != -1 || optind < argc) {
		if (c == -1) {
			/* a positional argument: keep it, go on parsing options after it */
			argv[o->nargs + 1] = argv[optind];  /* compact positionals into argv[1..] */
			o->nargs++;
			optind++;
			continue;
		}
		switch (c) {
		case 'd': o->dest = optarg; break;
		case 'w':
			if (optarg[0] != '/')
				return tool_usage_error("--workdir '%s' must be an absolute path such as /workspace", optarg);
			o->workdir = optarg;
			break;
		case 'r': o->ref = optarg; break;
		case 'D':
			if (tool_parse_long("--depth", optarg, 1, INT_MAX, &v))
				return EXIT_USAGE;
			o->depth = (int)v;
			break;
		case 'S': o->submodules = true; break;
		case 'G': o->no_git = true; break;
		case 'T': o->token_env = optarg; break;
		case 'R': o->remote = true; break;
		case 'c':
			if ((o->compress = seed_compress_parse(optarg)) < 0)
				return tool_usage_error("--compress wants gzip, zstd or none, not '%s'", optarg);
			break;
		case 'x': o->excludes[o->nexcludes++] = optarg; break;
		case 'm':
			o->mode = (int)strtol(optarg, &end, 8);
			if (*end || !*optarg || o->mode < 0 || o->mode > 07777)
				return tool_usage_error("--mode wants octal permission bits like 0600, not '%s'", optarg);
			if (o->mode & 06000)
				return tool_usage_error("--mode %s has set-user-ID or set-group-ID bits: a seeded file "
							"never runs with another identity; drop them (e.g. %04o)",
							optarg, o->mode & 01777);
			break;
		case 't':
			if (tool_parse_long("--timeout", optarg, 1, INT_MAX, &v))
				return EXIT_USAGE;
			o->timeout = (int)v;
			break;
		case 'j': o->json = true; break;
		case 'q': tool_quiet = true; break;
		case 'v': tool_verbose = true; break;
		case 'h': usage(stdout); exit(0);
		default: return tool_usage_error("unknown option");
		}
	}
	if (o->nargs < 1)
		return tool_usage_error("missing command: repo, data or file");
	o->cmd = argv[1];
	if (o->nargs < 2)
		return tool_usage_error("missing SANDBOX (its id or name)");
	o->sandbox = argv[2];
	o->args = argv + 3;
	o->nargs -= 2;
	return 0;
}

/* ---- progress -------------------------------------------------------------------------- */

struct progress {
	bool on;
	bool drawn;
	double t0, last;
	double verifying;   /* when the sandbox began to unpack and verify */
};

static void progress_draw(struct progress *p, uint64_t done, uint64_t total, bool final)
{
	char a[32], b[32], r[32], eta[32] = "";
	double t = tool_now_s(), rate;

	if (!p->on || (!final && t - p->last < 0.2))
		return;
	p->last = t;
	rate = t > p->t0 ? (double)done / (t - p->t0) : 0;
	tool_human(done, a, sizeof(a));
	tool_human(total, b, sizeof(b));
	tool_human((uint64_t)rate, r, sizeof(r));
	if (rate > 0 && total > done)
		snprintf(eta, sizeof(eta), "  ETA %.0fs", (double)(total - done) / rate);
	fprintf(stderr, "\r%s: sending %s / %s  %s/s%s\033[K", tool_name, a, b, r, eta);
	p->drawn = true;
	if (final) {
		fputc('\n', stderr);
		p->drawn = false;
	}
}

static void progress_end(struct progress *p)
{
	if (p->drawn)
		fputc('\n', stderr);
	p->drawn = false;
}

static void clone_draw(struct progress *p, const struct seed_progress *e)
{
	char b[32];
	double t = tool_now_s();

	if (!p->on || t - p->last < 0.2)
		return;
	p->last = t;
	tool_human(e->done, b, sizeof(b));
	fprintf(stderr, "\r%s: cloning %u/%u objects, %s\033[K", tool_name, e->objects, e->objects_total, b);
	p->drawn = true;
}

/* The library's progress (seed_opts.progress): the line on a terminal, timings with --verbose. */
static void on_progress(void *arg, const struct seed_progress *e)
{
	struct progress *p = arg;

	switch (e->event) {
	case SEED_CLONING: clone_draw(p, e); break;
	case SEED_CLONED: progress_end(p); break;
	case SEED_SENDING: progress_draw(p, e->done, e->total, false); break;
	case SEED_SENT: progress_draw(p, e->done, e->total, true); break;
	case SEED_VERIFYING:
		p->verifying = tool_now_s();
		if (tool_verbose)
			tool_info("sent in %.2fs; unpacking and verifying in the sandbox", p->verifying - p->t0);
		else if (p->on)
			fprintf(stderr, "\r%s: unpacking and verifying in the sandbox\033[K", tool_name);
		break;
	case SEED_VERIFIED:
		if (tool_verbose)
			tool_info("unpacked and verified in %.2fs", tool_now_s() - p->verifying);
		else if (p->on)
			fprintf(stderr, "\r\033[K");
		break;
	}
}

static void on_note(void *arg, bool warning, const char *msg)
{
	(void)arg;
	if (warning)
		tool_warn("%s", msg);
	else
		tool_info("%s", msg);
}

static void on_trace(void *arg, const char *msg)
{
	(void)arg;
	tool_info("%s", msg);
}

/* ---- the seed -------------------------------------------------------------------------------- */

/* The job the options describe; BYOC_EUSAGE naming what is missing. */
static int job_of(struct opts *o, struct seed_job *j)
{
	memset(j, 0, sizeof(*j));
	j->sandbox = o->sandbox;
	j->dest = o->dest;
	j->workdir = o->workdir;
	j->timeout_s = o->timeout;
	j->mode = -1;
	if (strcmp(o->cmd, "repo") == 0) {
		if (o->nargs != 1)
			return byoc_fail(BYOC_EUSAGE, "repo: give exactly one URL after SANDBOX");
		j->kind = SEED_REPO;
		j->url = o->args[0];
		j->ref = o->ref;
		j->depth = o->depth;
		j->submodules = o->submodules;
		j->no_git = o->no_git;
		j->remote = o->remote;
		j->token_env = o->token_env;
	} else if (strcmp(o->cmd, "data") == 0) {
		j->kind = SEED_DATA;
		j->paths = (const char *const *)o->args;
		j->npaths = (size_t)o->nargs;
		j->compress = o->compress;
		j->excludes = o->excludes;
		j->nexcludes = o->nexcludes;
	} else {
		if (o->nargs != 2)
			return byoc_fail(BYOC_EUSAGE, "file: give SRC and DEST after SANDBOX");
		j->kind = SEED_FILE;
		j->src = o->args[0];
		j->dest = o->args[1];
		j->mode = o->mode;
	}
	return 0;
}

static int report(const struct opts *o, const struct seed_job *j, const struct seed_result *r, double secs)
{
	const char *plain = j->kind != SEED_REPO ? r->sha256 : r->commit[0] ? r->commit : "unknown";

	if (o->json)
		return tool_print_json_line(json_pack("{s:I,s:I,s:s,s:o,s:f}", "files", (json_int_t)r->files,
						      "bytes", (json_int_t)r->bytes, "manifest_sha256", r->sha256, "commit",
						      r->commit[0] ? json_string(r->commit) : json_null(), "seconds", secs));
	printf("%s\n", plain);
	tool_info("seeded %llu files (%llu bytes) into %s in %.2fs, manifest %s", (unsigned long long)r->files,
		  (unsigned long long)r->bytes, r->dest, secs, r->sha256);
	return 0;
}

static int seed(struct opts *o)
{
	struct progress p = { .on = tool_progress_enabled() && !o->json, .t0 = tool_now_s() };
	struct dt_client_opts co = { 0 };
	struct seed_opts so = { .client = &co, .cancel = &tool_interrupted, .progress = on_progress,
				.note = on_note, .trace = tool_verbose ? on_trace : NULL, .arg = &p };
	struct seed_result res;
	struct seed_job j;
	int rc;

	tool_http_opts(&co.http, NULL);
	if ((rc = job_of(o, &j)))
		return rc;
	rc = seed_run(&j, &so, &res);
	progress_end(&p);
	if (!rc)
		rc = report(o, &j, &res, tool_now_s() - p.t0);
	seed_result_release(&res);
	return rc;
}

/* ---- main ------------------------------------------------------------------------------------------ */

int main(int argc, char **argv)
{
	struct opts o;
	int rc;

	tool_init(argc, argv);
	if ((rc = parse(argc, argv, &o))) {
		free(o.excludes); /* a usage error returned from main must not leak it: under ASan, LeakSanitizer
				   * turns the exit status into 1 */
		return rc;
	}
	if (strcmp(o.cmd, "repo") && strcmp(o.cmd, "data") && strcmp(o.cmd, "file")) {
		free(o.excludes);
		return tool_usage_error("unknown command '%s': use repo, data or file", o.cmd);
	}
	rc = seed(&o);
	if (!rc && tool_interrupted)
		rc = BYOC_EINTR;
	if (rc == BYOC_EUSAGE) {
		tool_usage_error("%s", byoc_errmsg());
		rc = EXIT_USAGE;
	} else if (rc) {
		rc = tool_fail(rc);
	}
	free(o.excludes);
	return rc;
}
