#include "lib/labels.h"
#include "util/err.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const reserved[] = {
	LABEL_SESSION_ID, LABEL_WORK_ID, LABEL_MODE, LABEL_STOPPED_AT,
};

bool labels_reserved(const char *key)
{
	size_t i;

	for (i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
		if (strcmp(key, reserved[i]) == 0)
			return true;
	return false;
}

static bool is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* A DNS-1123 subdomain: lowercase labels of [a-z0-9-] separated by dots,
 * each starting and ending alphanumeric. */
static int check_prefix(const char *key, const char *p, size_t n)
{
	size_t i, seg = 0;

	if (n == 0)
		return byoc_fail(BYOC_EUSAGE, "label key '%s' has an empty prefix before '/'", key);
	if (n > LABELS_PREFIX_MAX)
		return byoc_fail(BYOC_EUSAGE, "label key '%s': prefix is longer than %d characters",
				 key, LABELS_PREFIX_MAX);
	for (i = 0; i < n; i++) {
		char c = p[i];

		if (c == '.') {
			if (seg == 0 || p[i - 1] == '-')
				goto bad;
			seg = 0;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			goto bad;
		if (c == '-' && seg == 0)
			goto bad;
		seg++;
	}
	if (seg == 0 || p[n - 1] == '-')
		goto bad;
	return 0;
bad:
	return byoc_fail(BYOC_EUSAGE, "label key '%s': prefix '%.*s' must be a lowercase DNS name "
			 "(a-z, 0-9, '-' and '.')", key, (int)n, p);
}

int labels_validate_key(const char *key)
{
	const char *slash, *name;
	size_t n, i;
	int rc;

	if (!key || !*key)
		return byoc_fail(BYOC_EUSAGE, "label key is empty");
	slash = strchr(key, '/');
	name = key;
	if (slash) {
		if (strchr(slash + 1, '/'))
			return byoc_fail(BYOC_EUSAGE, "label key '%s' has more than one '/'", key);
		if ((rc = check_prefix(key, key, (size_t)(slash - key))) < 0)
			return rc;
		name = slash + 1;
	}
	n = strlen(name);
	if (n == 0)
		return byoc_fail(BYOC_EUSAGE, "label key '%s' has an empty name after '/'", key);
	if (n > LABELS_NAME_MAX)
		return byoc_fail(BYOC_EUSAGE, "label key '%s' is longer than %d characters (after any prefix/)",
				 key, LABELS_NAME_MAX);
	for (i = 0; i < n; i++) {
		char c = name[i];

		if (!is_alnum(c) && c != '-' && c != '_' && c != '.')
			return byoc_fail(BYOC_EUSAGE, "label key '%s' has a character other than "
					 "letters, digits, '-', '_' and '.'", key);
	}
	if (!is_alnum(name[0]) || !is_alnum(name[n - 1]))
		return byoc_fail(BYOC_EUSAGE, "label key '%s' must start and end with a letter or digit", key);
	return 0;
}

/* Length of the valid UTF-8 sequence at p (1..4), or 0 when invalid. */
static size_t utf8_len(const unsigned char *p)
{
	unsigned c = p[0];
	size_t n, i;
	unsigned cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2; cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3; cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4; cp = c & 0x07;
	} else {
		return 0;
	}
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

int labels_validate_value(const char *key, const char *value)
{
	const unsigned char *p = (const unsigned char *)value;
	size_t n;

	if (!value)
		return byoc_fail(BYOC_EUSAGE, "label '%s' has no value", key);
	if (strlen(value) > LABELS_VALUE_MAX)
		return byoc_fail(BYOC_EUSAGE, "label '%s': value is longer than %d bytes", key, LABELS_VALUE_MAX);
	while (*p) {
		if (*p < 0x20 || *p == 0x7f)
			return byoc_fail(BYOC_EUSAGE, "label '%s': value has a control character", key);
		n = utf8_len(p);
		if (n == 0)
			return byoc_fail(BYOC_EUSAGE, "label '%s': value is not valid UTF-8", key);
		p += n;
	}
	return 0;
}

void labels_changes_init(struct labels_changes *c)
{
	memset(c, 0, sizeof(*c));
}

void labels_changes_release(struct labels_changes *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].key);
		free(c->v[i].value);
	}
	free(c->v);
	labels_changes_init(c);
}

int labels_changes_add(struct labels_changes *c, const char *key, const char *value, unsigned flags)
{
	struct labels_change *nv;
	char *k = NULL, *v = NULL;
	size_t i;
	int rc;

	if ((rc = labels_validate_key(key)) < 0)
		return rc;
	if (!(flags & LABELS_ALLOW_RESERVED) && labels_reserved(key))
		return byoc_fail(BYOC_EUSAGE, "label '%s' belongs to the orchestrator and cannot be set by hand", key);
	if (!value && (flags & LABELS_NO_DROP))
		return byoc_fail(BYOC_EUSAGE, "'%s-' drops a label; here give K=V", key);
	if (value && (rc = labels_validate_value(key, value)) < 0)
		return rc;
	k = strdup(key);
	if (value)
		v = strdup(value);
	if (!k || (value && !v)) {
		free(k);
		free(v);
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	}
	for (i = 0; i < c->n; i++) {
		if (strcmp(c->v[i].key, key) == 0) {
			free(k);
			free(c->v[i].value);
			c->v[i].value = v;
			return 0;
		}
	}
	if (c->n == c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 8;

		nv = realloc(c->v, ncap * sizeof(*nv));
		if (!nv) {
			free(k);
			free(v);
			return byoc_fail(BYOC_ENOMEM, "out of memory");
		}
		c->v = nv;
		c->cap = ncap;
	}
	c->v[c->n].key = k;
	c->v[c->n].value = v;
	c->n++;
	return 0;
}

int labels_changes_parse(struct labels_changes *c, const char *arg, unsigned flags)
{
	const char *eq;
	char *key;
	size_t n;
	int rc;

	if (!arg || !*arg)
		return byoc_fail(BYOC_EUSAGE, "empty label argument; give K=V or K-");
	eq = strchr(arg, '=');
	if (eq) {
		n = (size_t)(eq - arg);
		if (n == 0)
			return byoc_fail(BYOC_EUSAGE, "label '%s' has no key before '='", arg);
	} else {
		n = strlen(arg);
		if (arg[n - 1] != '-' || n == 1)
			return byoc_fail(BYOC_EUSAGE, "label argument '%s' is neither K=V nor K-", arg);
		n--;
	}
	key = strndup(arg, n);
	if (!key)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	rc = labels_changes_add(c, key, eq ? eq + 1 : NULL, flags);
	free(key);
	return rc;
}

int labels_apply(json_t *map, const struct labels_changes *c)
{
	size_t i;

	if (!json_is_object(map))
		return byoc_fail(BYOC_EPROTO, "labels are not an object");
	for (i = 0; i < c->n; i++) {
		if (c->v[i].value) {
			if (json_object_set_new(map, c->v[i].key, json_string(c->v[i].value)) < 0)
				return byoc_fail(BYOC_ENOMEM, "out of memory");
		} else {
			json_object_del(map, c->v[i].key);
		}
	}
	return 0;
}

static const char *str_of(const json_t *map, const char *key)
{
	json_t *v;

	if (!json_is_object(map))
		return NULL;
	v = json_object_get(map, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

bool labels_satisfied(const json_t *map, const struct labels_changes *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		const char *have = str_of(map, c->v[i].key);

		if (c->v[i].value) {
			if (!have || strcmp(have, c->v[i].value) != 0)
				return false;
		} else if (json_is_object(map) && json_object_get(map, c->v[i].key)) {
			return false;
		}
	}
	return true;
}

bool labels_equal(const json_t *a, const json_t *b)
{
	size_t na = json_is_object(a) ? json_object_size(a) : 0;
	size_t nb = json_is_object(b) ? json_object_size(b) : 0;

	if (na != nb)
		return false;
	if (na == 0)
		return true;
	return json_equal((json_t *)a, (json_t *)b);
}

int labels_validate_map(const json_t *map)
{
	const char *k;
	json_t *v;
	int rc;

	if (!map)
		return 0;
	if (!json_is_object(map))
		return byoc_fail(BYOC_EUSAGE, "labels must be an object of strings");
	json_object_foreach((json_t *)map, k, v) {
		if ((rc = labels_validate_key(k)) < 0)
			return rc;
		if (!json_is_string(v))
			return byoc_fail(BYOC_EUSAGE, "label '%s': value must be a string", k);
		if ((rc = labels_validate_value(k, json_string_value(v))) < 0)
			return rc;
	}
	return 0;
}

/* ---- attach rules ---- */

const char *labels_rule_name(int rule)
{
	switch (rule) {
	case LABELS_RULE_UNBOUND: return "unbound";
	case LABELS_RULE_ENVIRONMENT: return "environment";
	case LABELS_RULE_MODE: return "mode";
	}
	return "unknown";
}

/* 'value' quoted, or "not set". */
static void show(char *out, size_t n, const json_t *labels, const char *key)
{
	json_t *v = json_is_object(labels) ? json_object_get(labels, key) : NULL;
	char *s;

	if (!v || json_is_null(v)) {
		snprintf(out, n, "not set");
	} else if (json_is_string(v)) {
		snprintf(out, n, "'%.200s'", json_string_value(v));
	} else {
		s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		snprintf(out, n, "%.200s", s ? s : "?");
		free(s);
	}
}

int labels_check_rule(int rule, const json_t *labels, const char *sandbox_id, const char *env,
		      struct labels_broken *out)
{
	const json_t *v;
	char have[224];

	out->rule = rule;
	out->msg[0] = '\0';
	switch (rule) {
	case LABELS_RULE_UNBOUND:
		/* The reference tests truthiness: an empty string is "not bound". */
		v = json_is_object(labels) ? json_object_get(labels, LABEL_SESSION_ID) : NULL;
		if (!v || json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0))
			return 0;
		show(have, sizeof(have), labels, LABEL_SESSION_ID);
		snprintf(out->msg, sizeof(out->msg), "sandbox '%s' is already attached to session %s "
			 "(" LABEL_SESSION_ID " is set)", sandbox_id, have);
		return 1;
	case LABELS_RULE_ENVIRONMENT: {
		const char *e = str_of(labels, LABEL_ENVIRONMENT_ID);

		if (e && env && strcmp(e, env) == 0)
			return 0;
		show(have, sizeof(have), labels, LABEL_ENVIRONMENT_ID);
		snprintf(out->msg, sizeof(out->msg), "sandbox '%s' has " LABEL_ENVIRONMENT_ID " %s, expected '%.200s'",
			 sandbox_id, have, env ? env : "");
		return 1;
	}
	case LABELS_RULE_MODE: {
		const char *m = str_of(labels, LABEL_MODE);

		if (m && strcmp(m, LABEL_MODE_PREPARED) == 0)
			return 0;
		show(have, sizeof(have), labels, LABEL_MODE);
		snprintf(out->msg, sizeof(out->msg), "sandbox '%s' must have " LABEL_MODE "='" LABEL_MODE_PREPARED
			 "' before attach (it is %s)", sandbox_id, have);
		return 1;
	}
	}
	snprintf(out->msg, sizeof(out->msg), "unknown rule %d", rule);
	return 1;
}

int labels_check_attach(const json_t *labels, const char *sandbox_id, const char *env,
			struct labels_broken out[LABELS_NRULES])
{
	int rule, n = 0;

	for (rule = 0; rule < LABELS_NRULES; rule++)
		if (labels_check_rule(rule, labels, sandbox_id, env, &out[n]))
			n++;
	return n;
}

/* ---- metadata selection ---- */

static int meta_string(const json_t *metadata, const char *key, char **out)
{
	json_t *v = json_object_get(metadata, key);
	const char *s, *e;

	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return byoc_fail(BYOC_EUSAGE, "%s must be a string", key);
	s = json_string_value(v);
	e = s + strlen(s);
	while (*s && isspace((unsigned char)*s))
		s++;
	while (e > s && isspace((unsigned char)e[-1]))
		e--;
	if (e == s)
		return byoc_fail(BYOC_EUSAGE, "%s must be non-empty", key);
	*out = strndup(s, (size_t)(e - s));
	if (!*out)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	return 0;
}

int labels_selection_from_metadata(const json_t *metadata, struct labels_selection *out)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if (!metadata || json_is_null(metadata))
		return 0;
	if (!json_is_object(metadata))
		return byoc_fail(BYOC_EUSAGE, "session metadata must be an object");
	if ((rc = meta_string(metadata, META_SNAPSHOT_NAME, &out->snapshot_name)) < 0)
		goto fail;
	if ((rc = meta_string(metadata, META_SANDBOX_ID, &out->sandbox_id)) < 0)
		goto fail;
	if (out->snapshot_name && out->sandbox_id) {
		rc = byoc_fail(BYOC_EUSAGE, META_SNAPSHOT_NAME " and " META_SANDBOX_ID " are mutually exclusive");
		goto fail;
	}
	return 0;
fail:
	labels_selection_release(out);
	return rc;
}

void labels_selection_release(struct labels_selection *s)
{
	free(s->sandbox_id);
	free(s->snapshot_name);
	memset(s, 0, sizeof(*s));
}

/* ---- time ---- */

void labels_iso_time(time_t t, char *out, size_t n)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int labels_parse_time(const char *s, time_t *out)
{
	struct tm tm;
	const char *p;
	long off = 0;

	memset(&tm, 0, sizeof(tm));
	if (!s)
		return byoc_fail(BYOC_EUSAGE, "no time given");
	p = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (!p)
		return byoc_fail(BYOC_EUSAGE, "'%s' is not an ISO-8601 time (2026-01-02T03:04:05Z)", s);
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			goto bad;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
		int sign = *p == '-' ? -1 : 1, h = (p[1] - '0') * 10 + (p[2] - '0'), m = 0;

		p += 3;
		if (*p == ':')
			p++;
		if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1])) {
			m = (p[0] - '0') * 10 + (p[1] - '0');
			p += 2;
		}
		off = sign * (h * 3600L + m * 60L);
	} else {
		goto bad;
	}
	if (*p)
		goto bad;
	*out = timegm(&tm) - off;
	return 0;
bad:
	return byoc_fail(BYOC_EUSAGE, "'%s' is not an ISO-8601 UTC time (2026-01-02T03:04:05Z)", s);
}
