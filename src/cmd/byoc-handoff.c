/*
 * byoc-handoff: hand a prepared sandbox (or a snapshot) to a Claude Managed
 * Agents session through its metadata. It checks first what the reference
 * orchestrator will check on attach, so a session is never created for a
 * sandbox it would refuse: the attach rules for a sandbox, "exists and is
 * active" for a snapshot. docs/byoc-handoff.1 says the same as --help.
 */
#include "cmd/tool.h"
#include "lib/anthropic.h"
#include "lib/daytona.h"
#include "lib/http.h"
#include "lib/labels.h"
#include "util/env.h"
#include "util/err.h"

#include <ctype.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_WAIT_BIND_S 300

static const char usage_text[] =
	"usage: byoc-handoff SANDBOX [--environment ENV] [--format json|env]\n"
	"       byoc-handoff --snapshot NAME [--format json|env]\n"
	"       byoc-handoff SANDBOX|--snapshot NAME --create-session --agent AGENT [--environment ENV]\n"
	"                    [--title T] [--metadata K=V]... [--message TEXT] [--wait-bind [SEC]] [--json]\n"
	"       byoc-handoff SANDBOX|--snapshot NAME --session SID [--wait-bind [SEC]] [--json]\n"
	"\n"
	"Hand a prepared sandbox, or a snapshot, to a Claude Managed Agents session through\n"
	"its metadata: daytona.sandbox_id or daytona.snapshot_name, never both.\n"
	"\n"
	"A sandbox is handed over only if the orchestrator would attach it to a new session\n"
	"in ENV (the rules of byoc-sandbox check: labelled byoc.environment_id=ENV and\n"
	"byoc.mode=prepared, bound to no session); otherwise each broken rule is printed and\n"
	"the exit status is 4. A snapshot must exist and be active.\n"
	"\n"
	"Without --create-session or --session, prints the metadata to set:\n"
	"{\"daytona.sandbox_id\":\"ID\"} (--format env: DAYTONA_SANDBOX_ID=ID), or\n"
	"{\"daytona.snapshot_name\":\"NAME\"} (DAYTONA_SNAPSHOT_NAME=NAME).\n"
	"\n"
	"options:\n"
	"      --snapshot NAME     hand over a snapshot instead of a sandbox\n"
	"  -e, --environment ENV   the self-hosted environment (default ENVIRONMENT_ID); with\n"
	"                          --session, the session's own environment is used and must\n"
	"                          match\n"
	"      --format json|env   how to print the metadata (default json)\n"
	"      --create-session    create a session through Anthropic's API with the key merged\n"
	"                          into its metadata; prints the session id\n"
	"      --agent AGENT       the agent id (required with --create-session)\n"
	"      --title T           the session's title\n"
	"      --metadata K=V      more session metadata (repeatable; at most 16 pairs in all,\n"
	"                          keys up to 64 characters, values up to 512)\n"
	"      --message TEXT      a first user message for the session\n"
	"      --session SID       add the key to an existing session instead\n"
	"      --wait-bind [SEC]   then wait until the orchestrator has bound the sandbox (its\n"
	"                          byoc.session_id label is the session), up to SEC seconds\n"
	"                          (default 300); exit 6 if it never does\n"
	"      --json              one JSON document on stdout:\n"
	"                          {\"session_id\",\"metadata\",\"bound\"}\n"
	"  -q, --quiet             errors only on stderr\n"
	"  -v, --verbose           trace requests on stderr (secrets redacted)\n"
	"  -h, --help              show this help\n"
	"\n"
	"environment:\n"
	"  DAYTONA_API_URL, DAYTONA_API_KEY    the Daytona API (also read from .env)\n"
	"  ENVIRONMENT_ID                      default for --environment\n"
	"  ANTHROPIC_API_KEY                   for --create-session and --session\n"
	"  ANTHROPIC_BASE_URL                  default https://api.anthropic.com\n"
	"\n"
	"exit status:\n"
	"  0 ok, 1 failure, 2 usage, 3 sandbox, snapshot or session not found,\n"
	"  4 refused (an attach rule is broken, the snapshot is not active, the environment\n"
	"  is not self_hosted), 6 the sandbox was not bound in time, 7 authentication\n";

enum {
	OPT_SNAPSHOT = 1000, OPT_FORMAT, OPT_CREATE, OPT_AGENT, OPT_TITLE, OPT_METADATA, OPT_MESSAGE,
	OPT_SESSION, OPT_WAIT_BIND, OPT_JSON,
};

static const struct option long_opts[] = {
	{"snapshot", required_argument, NULL, OPT_SNAPSHOT},
	{"environment", required_argument, NULL, 'e'},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"create-session", no_argument, NULL, OPT_CREATE},
	{"agent", required_argument, NULL, OPT_AGENT},
	{"title", required_argument, NULL, OPT_TITLE},
	{"metadata", required_argument, NULL, OPT_METADATA},
	{"message", required_argument, NULL, OPT_MESSAGE},
	{"session", required_argument, NULL, OPT_SESSION},
	{"wait-bind", optional_argument, NULL, OPT_WAIT_BIND},
	{"json", no_argument, NULL, OPT_JSON},
	{"quiet", no_argument, NULL, 'q'},
	{"verbose", no_argument, NULL, 'v'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

struct handoff {
	const char *sandbox;      /* as given (id or name) */
	const char *snapshot;
	const char *env;
	bool format_env;
	bool create_session;
	const char *agent, *title, *message, *session;
	json_t *extra_metadata;   /* --metadata pairs */
	long wait_bind_s;         /* -1: do not wait */
	bool json;
	/* results */
	char *key;                /* daytona.sandbox_id or daytona.snapshot_name */
	char *value;              /* the sandbox's id or the snapshot's name */
	char *env_owned;          /* env when taken from the session (owned) */
};

static bool all_digits(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* Resolves the sandbox, applies the attach rules for a new session in env. */
static int check_sandbox(struct dt_client *dt, struct handoff *h)
{
	struct labels_broken broken[LABELS_NRULES];
	struct dt_sandbox *sb = NULL;
	int rc, n, i;

	if ((rc = dt_sandbox_get(dt, h->sandbox, &sb)) < 0)
		return rc;
	n = labels_check_attach(sb->labels, sb->id, h->env, broken);
	if (n > 0) {
		for (i = 0; i < n; i++)
			tool_error("%s (rule %s)", broken[i].msg, labels_rule_name(broken[i].rule));
		dt_sandbox_free(sb);
		return byoc_fail(BYOC_EREFUSED, "the orchestrator would not attach sandbox '%s' to a new session in '%s'",
				 h->sandbox, h->env);
	}
	h->key = strdup(META_SANDBOX_ID);
	h->value = strdup(sb->id);
	dt_sandbox_free(sb);
	return h->key && h->value ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

static int check_snapshot(struct dt_client *dt, struct handoff *h)
{
	struct dt_snapshot *s = NULL;
	int rc;

	if ((rc = dt_snapshot_get(dt, h->snapshot, &s)) < 0)
		return rc;
	if (!s->state || strcmp(s->state, "active") != 0) {
		rc = byoc_fail(BYOC_EREFUSED, "snapshot '%s' is %s, not active: sandboxes cannot be created from it",
			       h->snapshot, s->state ? s->state : "in an unknown state");
		dt_snapshot_free(s);
		return rc;
	}
	dt_snapshot_free(s);
	h->key = strdup(META_SNAPSHOT_NAME);
	h->value = strdup(h->snapshot);
	return h->key && h->value ? 0 : byoc_fail(BYOC_ENOMEM, "out of memory");
}

/* Waits until the sandbox carries byoc.session_id == session (the orchestrator bound it). */
static int wait_bind(struct dt_client *dt, const struct handoff *h, const char *session_id, bool *bound)
{
	int64_t deadline = http_now_ms() + h->wait_bind_s * 1000;
	struct dt_sandbox *sb;
	const char *sid;
	int rc;

	tool_info("waiting up to %lds for the orchestrator to bind sandbox %s to %s", h->wait_bind_s, h->value,
		  session_id);
	for (;;) {
		sb = NULL;
		rc = dt_sandbox_get(dt, h->value, &sb);
		if (rc == 0) {
			sid = dt_sandbox_label(sb, LABEL_SESSION_ID);
			if (sid && strcmp(sid, session_id) == 0) {
				dt_sandbox_free(sb);
				*bound = true;
				return 0;
			}
			if (sid && *sid) {
				rc = byoc_fail(BYOC_EREFUSED, "sandbox '%s' was bound to another session, '%s'", h->value,
					       sid);
				dt_sandbox_free(sb);
				return rc;
			}
			dt_sandbox_free(sb);
		} else if (rc != BYOC_EIO && rc != BYOC_ETIMEOUT) {
			return rc;
		}
		if (http_now_ms() >= deadline)
			return byoc_fail(BYOC_ETIMEOUT,
					 "sandbox '%s' was not bound to session '%s' within %lds: is an orchestrator "
					 "running for environment '%s'?",
					 h->value, session_id, h->wait_bind_s, h->env ? h->env : "?");
		if (http_sleep_ms(1000, &tool_interrupted) < 0)
			return byoc_fail(BYOC_EINTR, "interrupted");
	}
}

static int print_metadata(const struct handoff *h)
{
	json_t *doc;

	if (h->format_env) {
		printf("%s=%s\n", strcmp(h->key, META_SANDBOX_ID) == 0 ? "DAYTONA_SANDBOX_ID" : "DAYTONA_SNAPSHOT_NAME",
		       h->value);
		return 0;
	}
	doc = json_pack("{s:s}", h->key, h->value);
	return tool_print_json_line(doc);
}

static int print_session(const struct handoff *h, const json_t *session, bool bound)
{
	const char *id = json_string_value(json_object_get(session, "id"));
	json_t *doc;

	if (!id)
		return byoc_fail(BYOC_EPROTO, "the session API answered without a session id");
	if (!h->json) {
		printf("%s\n", id);
		return 0;
	}
	doc = json_pack("{s:s, s:O, s:b}", "session_id", id, "metadata",
			json_object_get(session, "metadata") ? json_object_get(session, "metadata") : json_object(),
			"bound", bound);
	return tool_print_json_line(doc);
}

/* --session: the session's environment decides the attach rules, so read it first. */
static int session_env(struct anthropic_client *ac, struct handoff *h, json_t **session)
{
	const char *env, *other;
	json_t *md;
	int rc;

	if ((rc = anthropic_session_get(ac, h->session, session)) < 0)
		return rc;
	env = json_string_value(json_object_get(*session, "environment_id"));
	if (h->env && env && strcmp(h->env, env) != 0)
		return byoc_fail(BYOC_EREFUSED, "session '%s' belongs to environment '%s', not '%s'", h->session, env,
				 h->env);
	if (!h->env && env) {
		if (!(h->env_owned = strdup(env)))
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		h->env = h->env_owned;
	}
	md = json_object_get(*session, "metadata");
	other = json_string_value(json_object_get(md, h->sandbox ? META_SNAPSHOT_NAME : META_SANDBOX_ID));
	if (other && *other)
		return byoc_fail(BYOC_EREFUSED, "session '%s' already has %s='%s': %s and %s are mutually exclusive",
				 h->session, h->sandbox ? META_SNAPSHOT_NAME : META_SANDBOX_ID, other, META_SANDBOX_ID,
				 META_SNAPSHOT_NAME);
	return 0;
}

static int run(struct handoff *h)
{
	struct dt_client_opts dopts = {0};
	struct anthropic_opts aopts = {0};
	struct anthropic_client *ac = NULL;
	struct dt_client *dt = NULL;
	json_t *session = NULL, *md = NULL;
	bool bound = false;
	int rc;

	tool_http_opts(&dopts.http, &tool_interrupted);
	aopts.http = dopts.http;
	if ((rc = dt_client_new(&dopts, &dt)) < 0)
		goto out;
	if (h->create_session || h->session) {
		if ((rc = anthropic_client_new(&aopts, &ac)) < 0)
			goto out;
	}
	if (h->session && (rc = session_env(ac, h, &session)) < 0)
		goto out;
	if ((h->sandbox || h->create_session) && !h->env) {
		rc = byoc_fail(BYOC_EUSAGE, "no environment: pass --environment ENV or set ENVIRONMENT_ID");
		goto out;
	}
	if ((rc = h->sandbox ? check_sandbox(dt, h) : check_snapshot(dt, h)) < 0)
		goto out;

	if (!h->create_session && !h->session) {
		rc = print_metadata(h);
		goto out;
	}
	if (h->create_session) {
		struct anthropic_session_create p = {
			.agent = h->agent, .environment_id = h->env, .title = h->title, .message = h->message,
		};
		if ((rc = anthropic_environment_check_self_hosted(ac, h->env)) < 0)
			goto out;
		md = json_deep_copy(h->extra_metadata);
		if (!md || json_object_set_new(md, h->key, json_string(h->value)) < 0) {
			rc = byoc_fail(BYOC_ENOMEM, "out of memory");
			goto out;
		}
		if ((rc = anthropic_metadata_check(md, false)) < 0)
			goto out;
		p.metadata = md;
		if ((rc = anthropic_session_create(ac, &p, &session)) < 0)
			goto out;
	} else {
		json_decref(session);
		session = NULL;
		if ((rc = anthropic_environment_check_self_hosted(ac, h->env)) < 0)
			goto out;
		if ((rc = anthropic_session_add_metadata(ac, h->session, h->key, h->value, &session)) < 0)
			goto out;
	}
	tool_info("session %s: %s=%s", json_string_value(json_object_get(session, "id")), h->key, h->value);
	if (h->wait_bind_s >= 0 && h->sandbox) {
		rc = wait_bind(dt, h, json_string_value(json_object_get(session, "id")), &bound);
		if (rc < 0) {
			/* the session exists: still say which, so a script can clean it up */
			print_session(h, session, false);
			goto out;
		}
	}
	rc = print_session(h, session, bound);
out:
	json_decref(md);
	json_decref(session);
	anthropic_client_free(ac);
	dt_client_free(dt);
	return rc;
}

static int add_metadata(struct handoff *h, const char *arg)
{
	const char *eq = strchr(arg, '=');
	char *key;
	int rc;

	if (!eq || eq == arg)
		return byoc_fail(BYOC_EUSAGE, "--metadata '%s': expected KEY=VALUE", arg);
	key = strndup(arg, (size_t)(eq - arg));
	if (!key)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (strcmp(key, META_SANDBOX_ID) == 0 || strcmp(key, META_SNAPSHOT_NAME) == 0)
		rc = byoc_fail(BYOC_EUSAGE, "--metadata %s: byoc-handoff sets this key itself; pass the sandbox or "
			       "--snapshot instead", key);
	else
		rc = json_object_set_new(h->extra_metadata, key, json_string(eq + 1)) < 0
			     ? byoc_fail(BYOC_EUSAGE, "--metadata '%s': the value is not valid UTF-8", key)
			     : 0;
	free(key);
	return rc;
}

int main(int argc, char **argv)
{
	struct handoff h = {.wait_bind_s = -1};
	const char *format = "json";
	int ch, rc;

	tool_init(argc, argv);
	h.extra_metadata = json_object();
	while ((ch = getopt_long(argc, argv, "e:qvh", long_opts, NULL)) != -1) {
		switch (ch) {
		case OPT_SNAPSHOT: h.snapshot = optarg; break;
		case 'e': h.env = optarg; break;
		case OPT_FORMAT: format = optarg; break;
		case OPT_CREATE: h.create_session = true; break;
		case OPT_AGENT: h.agent = optarg; break;
		case OPT_TITLE: h.title = optarg; break;
		case OPT_MESSAGE: h.message = optarg; break;
		case OPT_SESSION: h.session = optarg; break;
		case OPT_JSON: h.json = true; break;
		case OPT_METADATA:
			if (add_metadata(&h, optarg) < 0) {
				rc = tool_usage_error("%s", byoc_errmsg());
				goto out;
			}
			break;
		case OPT_WAIT_BIND:
			h.wait_bind_s = DEFAULT_WAIT_BIND_S;
			/* "--wait-bind 60" as well as "--wait-bind=60" */
			if (!optarg && optind < argc && all_digits(argv[optind]))
				optarg = argv[optind++];
			if (optarg) {
				if (!all_digits(optarg)) {
					rc = tool_usage_error("--wait-bind '%s': expected a number of seconds", optarg);
					goto out;
				}
				h.wait_bind_s = strtol(optarg, NULL, 10);
			}
			break;
		case 'q': tool_quiet = true; break;
		case 'v': tool_verbose = true; break;
		case 'h':
			fputs(usage_text, stdout);
			rc = EXIT_OK;
			goto out;
		default:
			rc = tool_usage_error("unknown option");
			goto out;
		}
	}
	if (optind < argc)
		h.sandbox = argv[optind++];
	if (optind < argc) {
		rc = tool_usage_error("unexpected argument '%s'", argv[optind]);
		goto out;
	}
	if (h.sandbox && h.snapshot) {
		rc = tool_usage_error("a SANDBOX and --snapshot are mutually exclusive: a session gets "
				      "daytona.sandbox_id or daytona.snapshot_name, never both");
		goto out;
	}
	if (!h.sandbox && !h.snapshot) {
		rc = tool_usage_error("name a SANDBOX (id or name) or --snapshot NAME");
		goto out;
	}
	if (strcmp(format, "json") != 0 && strcmp(format, "env") != 0) {
		rc = tool_usage_error("--format '%s': expected json or env", format);
		goto out;
	}
	h.format_env = strcmp(format, "env") == 0;
	if (h.create_session && h.session) {
		rc = tool_usage_error("--create-session and --session are mutually exclusive");
		goto out;
	}
	if (h.create_session && !h.agent) {
		rc = tool_usage_error("--create-session needs --agent AGENT");
		goto out;
	}
	if (!h.create_session && (h.agent || h.title || h.message || json_object_size(h.extra_metadata))) {
		rc = tool_usage_error("--agent, --title, --message and --metadata go with --create-session");
		goto out;
	}
	if (h.wait_bind_s >= 0 && (!h.sandbox || (!h.create_session && !h.session))) {
		rc = tool_usage_error("--wait-bind needs a SANDBOX and --create-session or --session");
		goto out;
	}
	if (!h.env && !h.session)
		h.env = byoc_env("ENVIRONMENT_ID");
	rc = run(&h);
	rc = rc < 0 ? tool_fail(rc) : EXIT_OK;
out:
	json_decref(h.extra_metadata);
	free(h.key);
	free(h.value);
	free(h.env_owned);
	return rc;
}
