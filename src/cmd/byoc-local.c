/*
 * byoc-local: a Daytona-compatible endpoint on this machine. Prints its API
 * base URL on stdout (one line) when ready; logs go to stderr.
 */
#include "cmd/tool.h"
#include "local/server.h"
#include "util/env.h"
#include "util/err.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef BYOC_VERSION
#define BYOC_VERSION "0.1.0"
#endif

#define DEFAULT_LISTEN "127.0.0.1:3986"
#define DEFAULT_STATE "./.byoc-local"

static const char usage_text[] =
	"usage: byoc-local [options]\n"
	"\n"
	"A Daytona-compatible API, toolbox and S3 endpoint, and Anthropic's Managed\n"
	"Agents side under /v1 (sessions, events, work queue, a scripted agent), on this\n"
	"machine. Prints its base URL (http://HOST:PORT/api) on stdout, one line, once it is ready; logs go\n"
	"to stderr. Stop it with Ctrl-C or SIGTERM; its state stays in --state.\n"
	"\n"
	"options:\n"
	"  --listen HOST:PORT    address to serve on (default " DEFAULT_LISTEN "); port 0 picks\n"
	"                        a free port; a non-loopback HOST needs --public\n"
	"  --state DIR           where sandboxes, snapshots and objects are kept\n"
	"                        (default " DEFAULT_STATE "); one byoc-local per DIR\n"
	"  --api-key KEY         the bearer key clients must send (default: DAYTONA_API_KEY,\n"
	"                        else a random key, printed on stderr)\n"
	"  --anthropic-api-key KEY  the API key of the Anthropic side (/v1) (default:\n"
	"                        ANTHROPIC_API_KEY, else the --api-key)\n"
	"  --work-ttl SECONDS    a work item's lease when a heartbeat names no ttl (default 300)\n"
	"  --tool-timeout SECONDS  how long the scripted agent waits for a tool result before\n"
	"                        it reschedules the session (default 600)\n"
	"  --build-seconds N     how long a snapshot build takes (default 2)\n"
	"  --org-id ID           organization id in DTOs and object keys (default: one\n"
	"                        generated on first use and kept in DIR/org-id)\n"
	"  --fault SPEC          inject a fault, repeatable; SPEC is 'METHOD PATH_GLOB RATE KIND'\n"
	"                        with METHOD a verb or '*', PATH_GLOB an fnmatch(3) pattern over\n"
	"                        the decoded path, RATE 0..1 (or N%), KIND one of 500, 503,\n"
	"                        429 (with Retry-After: 1), 404 (the route is not there, as on\n"
	"                        an older daemon), reset, delay=MS, drop (the request\n"
	"                        is handled, then its answer is lost to a reset), or cut=SEC (a\n"
	"                        streamed answer, such as a build log, is cut off after SEC s);\n"
	"                        e.g. --fault 'POST /api/snapshots* 0.2 503'\n"
	"  --public              allow a non-loopback --listen address\n"
	"  --sandbox-api-port N  port of the sandbox-facing listener on 127.0.0.1, which serves\n"
	"                        Anthropic's side (/v1) only and is the one byoc-local address\n"
	"                        a sandbox reaches, at the same URL (default: the --listen port\n"
	"                        + 1, a free port when that is 0); its URL is logged and kept in\n"
	"                        DIR/sandbox-api.url\n"
	"  --forward-host-port N make the host's 127.0.0.1:N reachable at 127.0.0.1:N inside\n"
	"                        every sandbox with network access (e.g. a local git server);\n"
	"                        repeatable; nothing else on the host's loopback is reachable\n"
	"  --traffic-log FILE    append one JSON line per exchange to FILE (method, URI,\n"
	"                        headers but credentials, JSON bodies, status), for\n"
	"                        checking traffic against Daytona's OpenAPI specs\n"
	"  -q, --quiet           log errors only\n"
	"  -v, --verbose         log every request\n"
	"  -h, --help            show this help\n"
	"      --version         print the version\n"
	"\n"
	"environment:\n"
	"  DAYTONA_API_KEY       default for --api-key\n"
	"  ANTHROPIC_API_KEY     default for --anthropic-api-key\n"
	"  BYOC_LOCAL_MINUTE_MS  length of a minute for auto-stop/archive/delete timers\n"
	"                        (default 60000; tests shorten it)\n"
	"\n"
	"exit status: 0 stopped cleanly, 1 failure, 2 usage, 4 refused (non-loopback\n"
	"address without --public, state dir in use).\n";

static int parse_listen(const char *s, char **host, int *port)
{
	const char *colon;
	char *end;
	long p;

	if (s[0] == '[') {
		const char *rb = strchr(s, ']');

		if (!rb || rb[1] != ':')
			return -1;
		*host = strndup(s + 1, (size_t)(rb - s - 1));
		colon = rb + 1;
	} else {
		colon = strrchr(s, ':');
		if (!colon)
			return -1;
		*host = strndup(s, (size_t)(colon - s));
	}
	errno = 0;
	p = strtol(colon + 1, &end, 10);
	if (!*host || !**host || errno || end == colon + 1 || *end || p < 0 || p > 65535) {
		free(*host);
		*host = NULL;
		return -1;
	}
	*port = (int)p;
	return 0;
}

static void random_key(char *out, size_t n)
{
	char u[40];

	local_uuid(u);
	snprintf(out, n, "byoc-local-%s", u);
}

/* What the command line says: the server's options, and where to listen. */
struct args {
	struct local_options o;
	const char *listen;
	int forward[32]; /* --forward-host-port */
	bool done; /* --help or --version answered */
};

static int parse_seconds_opt(const char *name, const char *arg, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v < 1 || v > 86400)
		return tool_usage_error("bad %s '%s': want 1..86400 seconds", name, arg);
	*out = (int)v;
	return 0;
}

static int add_fault(struct local_options *o, const char *arg)
{
	struct local_fault *nf = realloc(o->faults, (o->nfaults + 1) * sizeof(*nf));

	if (!nf)
		return tool_fail(byoc_fail(BYOC_ENOMEM, "out of memory"));
	o->faults = nf;
	if (local_fault_parse(arg, &nf[o->nfaults]) < 0)
		return tool_usage_error("%s", byoc_errmsg());
	o->nfaults++;
	return 0;
}

/* The options into a; an exit status on a usage error (a->o.faults is the caller's to free
 * either way). */
static int parse_args(int argc, char **argv, struct args *a)
{
	enum { O_LISTEN = 256, O_STATE, O_KEY, O_BUILD, O_ORG, O_FAULT, O_PUBLIC, O_VERSION, O_S3_TOKEN, O_AKEY, O_TTL,
	       O_TOOL_TIMEOUT, O_SANDBOX_PORT, O_FORWARD, O_TRAFFIC };
	static const struct option longopts[] = {
		{ "listen", required_argument, NULL, O_LISTEN },
		{ "state", required_argument, NULL, O_STATE },
		{ "api-key", required_argument, NULL, O_KEY },
		{ "anthropic-api-key", required_argument, NULL, O_AKEY },
		{ "work-ttl", required_argument, NULL, O_TTL },
		{ "tool-timeout", required_argument, NULL, O_TOOL_TIMEOUT },
		{ "build-seconds", required_argument, NULL, O_BUILD },
		{ "org-id", required_argument, NULL, O_ORG },
		{ "fault", required_argument, NULL, O_FAULT },
		{ "public", no_argument, NULL, O_PUBLIC },
		{ "sandbox-api-port", required_argument, NULL, O_SANDBOX_PORT },
		{ "forward-host-port", required_argument, NULL, O_FORWARD },
		{ "traffic-log", required_argument, NULL, O_TRAFFIC },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, O_VERSION },
		{ "s3-token-seconds", required_argument, NULL, O_S3_TOKEN }, /* hidden: tests of expiry */
		{ 0 }
	};
	struct local_options *o = &a->o;
	int c, rc = 0;
	long v;

	while (rc == 0 && (c = getopt_long(argc, argv, "qvh", longopts, NULL)) != -1) {
		switch (c) {
		case O_LISTEN:
			a->listen = optarg;
			break;
		case O_STATE:
			o->state_dir = optarg;
			break;
		case O_KEY:
			o->api_key = optarg;
			break;
		case O_BUILD: {
			char *end;

			errno = 0;
			o->build_seconds = strtod(optarg, &end);
			if (errno || end == optarg || *end || !(o->build_seconds >= 0 && o->build_seconds <= 86400))
				rc = tool_usage_error("bad --build-seconds '%s': want a number of seconds 0..86400", optarg);
			break;
		}
		case O_ORG:
			o->org_id = optarg;
			break;
		case O_AKEY:
			o->anthropic_api_key = optarg;
			break;
		case O_S3_TOKEN:
			rc = parse_seconds_opt("--s3-token-seconds", optarg, &o->s3_token_seconds);
			break;
		case O_TTL:
			rc = parse_seconds_opt("--work-ttl", optarg, &o->work_ttl_seconds);
			break;
		case O_TOOL_TIMEOUT:
			rc = parse_seconds_opt("--tool-timeout", optarg, &o->tool_timeout_seconds);
			break;
		case O_FAULT:
			rc = add_fault(o, optarg);
			break;
		case O_SANDBOX_PORT:
			if ((rc = tool_parse_long("--sandbox-api-port", optarg, 0, 65535, &v)) == 0)
				o->sandbox_port = (int)v;
			break;
		case O_FORWARD:
			if ((rc = tool_parse_long("--forward-host-port", optarg, 1, 65535, &v)) != 0)
				break;
			if (o->nforward == sizeof(a->forward) / sizeof(a->forward[0]))
				rc = tool_usage_error("at most %zu --forward-host-port", o->nforward);
			else
				a->forward[o->nforward++] = (int)v;
			break;
		case O_PUBLIC:
			o->public_ok = true;
			break;
		case O_TRAFFIC:
			o->traffic_log = optarg;
			break;
		case 'q':
			tool_quiet = true;
			break;
		case 'v':
			tool_verbose = true;
			break;
		case 'h':
			fputs(usage_text, stdout);
			a->done = true;
			return 0;
		case O_VERSION:
			printf("byoc-local %s\n", BYOC_VERSION);
			a->done = true;
			return 0;
		default:
			rc = tool_usage_error("unknown option");
		}
	}
	if (rc == 0 && optind < argc)
		rc = tool_usage_error("unexpected argument '%s'", argv[optind]);
	return rc;
}

/* Serves until a signal; the URL is the one line on stdout. */
static int serve(struct local_options *o)
{
	struct local *L = NULL;
	char genkey[64];
	int rc, status = EXIT_OK;

	o->log_requests = tool_verbose;
	if (!o->api_key)
		o->api_key = byoc_env("DAYTONA_API_KEY");
	if (!o->api_key || !*o->api_key) {
		random_key(genkey, sizeof(genkey));
		o->api_key = genkey;
		tool_error("no --api-key and no DAYTONA_API_KEY: clients must send 'Authorization: Bearer %s'", genkey);
	}
	if (!o->anthropic_api_key)
		o->anthropic_api_key = byoc_env("ANTHROPIC_API_KEY");
	rc = local_new(o, &L);
	if (rc == 0)
		rc = local_listen(L);
	if (rc < 0) {
		status = tool_fail(rc);
		goto out;
	}
	tool_info("serving %s (state %s, org %s)", local_url(L), o->state_dir, local_org_id(L));
	for (size_t i = 0; i < o->nfaults; i++)
		tool_info("fault: %s %s rate %g kind %d", o->faults[i].method, o->faults[i].path_glob, o->faults[i].rate,
			  o->faults[i].kind);
	printf("%s\n", local_url(L));
	fflush(stdout);
	while (tool_nap(3600 * 1000, -1) >= 0)
		;
	tool_info("stopping (signal %d)", (int)tool_interrupted);
out:
	local_free(L);
	return status;
}

int main(int argc, char **argv)
{
	struct args a;
	char *host = NULL;
	int status;

	tool_init(argc, argv);
	memset(&a, 0, sizeof(a));
	a.listen = DEFAULT_LISTEN;
	a.o.state_dir = DEFAULT_STATE;
	a.o.build_seconds = 2;
	a.o.sandbox_port = -1;
	a.o.forward_ports = a.forward;
	status = parse_args(argc, argv, &a);
	if (status == 0 && !a.done) {
		if (parse_listen(a.listen, &host, &a.o.port) < 0) {
			status = tool_usage_error("bad --listen '%s': want HOST:PORT, e.g. 127.0.0.1:0", a.listen);
		} else {
			a.o.listen_host = host;
			status = serve(&a.o);
		}
	}
	free(host);
	free(a.o.faults);
	return status;
}
