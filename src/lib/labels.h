/*
 * Sandbox labels: parsing `K=V` / `K-` arguments, validating keys and values
 * before any request, merging a change set into a full map (Daytona's PUT
 * replaces the whole map, so a naive write drops labels), the attach rules of
 * the reference orchestrator (host_lib.py attach_prepared_sandbox, for a NEW
 * session), and its session-metadata selection rules
 * (sandbox_selection_from_metadata).
 *
 * Validation. Daytona 0.190 validates nothing on labels (SandboxLabelsDto has
 * no validators; they are stored as JSONB, contract.md 4.4), so byoc applies:
 *  - keys: the Kubernetes "qualified name" rule Daytona's own label keys follow
 *    (`daytona.io/public`): an optional prefix (a lowercase DNS subdomain, at
 *    most 253 chars) and '/', then a name of 1..63 chars from [A-Za-z0-9-_.]
 *    that starts and ends with a letter or digit;
 *  - values: 0..256 bytes of valid UTF-8 without control characters. The
 *    Kubernetes value rule (63 chars, no ':') is NOT applied: it would refuse
 *    the orchestrator's own ISO-8601 timestamps (byoc.stopped_at).
 * Labels are plain jansson objects of string to string.
 */
#ifndef BYOC_LABELS_H
#define BYOC_LABELS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define LABEL_SESSION_ID     "byoc.session_id"
#define LABEL_WORK_ID        "byoc.work_id"
#define LABEL_MODE           "byoc.mode"
#define LABEL_STOPPED_AT     "byoc.stopped_at"
#define LABEL_ENVIRONMENT_ID "byoc.environment_id"
#define LABEL_PREPARED_AT    "byoc.prepared_at"
#define LABEL_MODE_PREPARED  "prepared"
#define LABEL_MODE_IN_SANDBOX "in-sandbox"

#define META_SANDBOX_ID      "daytona.sandbox_id"
#define META_SNAPSHOT_NAME   "daytona.snapshot_name"

#define LABELS_PREFIX_MAX 253
#define LABELS_NAME_MAX   63
#define LABELS_VALUE_MAX  256

/* 0, or BYOC_EUSAGE with a message naming the key and the rule it breaks. */
int labels_validate_key(const char *key);
int labels_validate_value(const char *key, const char *value);

/* True for the labels the orchestrator owns: session_id, work_id, mode, stopped_at. */
bool labels_reserved(const char *key);

/* One change: value NULL means "drop the key". */
struct labels_change {
	char *key;
	char *value;
};

/* An ordered change set; a later change to the same key replaces an earlier one. */
struct labels_changes {
	struct labels_change *v;
	size_t n, cap;
};

enum labels_flags {
	LABELS_ALLOW_RESERVED = 1 << 0,  /* the tool itself sets byoc.mode etc. */
	LABELS_NO_DROP = 1 << 1,         /* `K-` is a usage error (create --label) */
};

void labels_changes_init(struct labels_changes *c);
void labels_changes_release(struct labels_changes *c);
/* Adds one change after validating it (reserved keys refused unless flags allow). */
int labels_changes_add(struct labels_changes *c, const char *key, const char *value, unsigned flags);
/* Parses one argument: "K=V" sets (V may be empty or contain '='), "K-" drops. */
int labels_changes_parse(struct labels_changes *c, const char *arg, unsigned flags);

/* Applies c to map in place: sets and drops only the keys c names. 0 or BYOC_ENOMEM. */
int labels_apply(json_t *map, const struct labels_changes *c);
/* True when map shows every change of c (each set key has its value, each dropped key is absent). */
bool labels_satisfied(const json_t *map, const struct labels_changes *c);
/* True when a and b hold the same pairs (both string maps; NULL is the empty map). */
bool labels_equal(const json_t *a, const json_t *b);
/* Validates every key and value of a map (an object of strings). */
int labels_validate_map(const json_t *map);

/* ---- attach rules (host_lib.py attach_prepared_sandbox, new session) ---- */

enum labels_rule {
	LABELS_RULE_UNBOUND = 0,   /* byoc.session_id absent (or empty) */
	LABELS_RULE_ENVIRONMENT,   /* byoc.environment_id == ENV */
	LABELS_RULE_MODE,          /* byoc.mode == prepared */
	LABELS_NRULES
};

struct labels_broken {
	int rule;
	char msg[640];   /* one line: "sandbox 'ID' is already attached to session 'S'" */
};

/* The rule's short name: "unbound", "environment", "mode". */
const char *labels_rule_name(int rule);
/* Checks one rule against labels (NULL = no labels); 0 when it holds, else 1 with *out filled. */
int labels_check_rule(int rule, const json_t *labels, const char *sandbox_id, const char *env,
		      struct labels_broken *out);
/* Checks every rule in order; returns how many are broken (0..LABELS_NRULES), filling out[]. */
int labels_check_attach(const json_t *labels, const char *sandbox_id, const char *env,
			struct labels_broken out[LABELS_NRULES]);

/* ---- session metadata (host_lib.py sandbox_selection_from_metadata) ---- */

struct labels_selection {
	char *sandbox_id;      /* stripped; NULL when absent */
	char *snapshot_name;
};

/*
 * Reads daytona.sandbox_id / daytona.snapshot_name from a metadata object
 * (NULL = none): absent or null means unset; a non-string, or a value empty
 * after stripping whitespace, is BYOC_EUSAGE naming the key; both set is
 * BYOC_EUSAGE ("... are mutually exclusive").
 */
int labels_selection_from_metadata(const json_t *metadata, struct labels_selection *out);
void labels_selection_release(struct labels_selection *s);

/* ---- time ---- */

/* "2026-11-22T01:02:03Z" (UTC) into out (>= 32 bytes). */
void labels_iso_time(time_t t, char *out, size_t n);
/* Parses ISO-8601 UTC ("...Z", optional fraction, or +00:00 offsets); 0 or BYOC_EUSAGE. */
int labels_parse_time(const char *s, time_t *out);

#endif
