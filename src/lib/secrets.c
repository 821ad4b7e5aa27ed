/* Daytona secrets: see secrets.h. */
#include "lib/secrets.h"
#include "util/err.h"

#include <stdio.h>
#include <string.h>

int dt_secret_name_check(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	if (n == 0 || n > 255 ||
	    strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != n)
		return byoc_fail(BYOC_EUSAGE, "secret name '%s' must be 1 to 255 letters, digits, '-' or '_'",
				 name ? name : "");
	return 0;
}

int dt_secret_create(struct dt_client *c, const char *name, const char *value, const json_t *hosts,
		     const char *description, json_t **out)
{
	char what[300];
	json_t *b;
	int rc;

	if (out)
		*out = NULL;
	if ((rc = dt_secret_name_check(name)) < 0)
		return rc;
	if (!value || !*value)
		return byoc_fail(BYOC_EUSAGE, "secret '%s': the value is empty", name);
	snprintf(what, sizeof(what), "create secret '%s'", name);
	b = json_pack("{s:s, s:s}", "name", name, "value", value);
	if (!b)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	if (hosts)
		json_object_set_new(b, "hosts", json_deep_copy(hosts));
	if (description)
		json_object_set_new(b, "description", json_string(description));
	/* not retried on a 5xx: a replay could answer 409 for the secret the first try made */
	rc = dt_request(c, "POST", "/secret", b, 0, what, out, NULL);
	json_decref(b);
	return rc;
}

int dt_secret_list(struct dt_client *c, json_t **out)
{
	int rc;

	*out = NULL;
	rc = dt_request(c, "GET", "/secret", NULL, DT_IDEMPOTENT, "list secrets", out, NULL);
	if (rc == 0 && !json_is_array(*out)) {
		json_decref(*out);
		*out = NULL;
		return byoc_fail(BYOC_EPROTO, "list secrets: the answer is not an array");
	}
	return rc;
}

int dt_secret_delete(struct dt_client *c, const char *id_or_name)
{
	char path[400], what[300];
	int rc;

	if ((rc = dt_secret_name_check(id_or_name)) < 0)  /* ids are uuids: letters, digits, '-' */
		return rc;
	snprintf(path, sizeof(path), "/secret/%s", id_or_name);
	snprintf(what, sizeof(what), "delete secret '%s'", id_or_name);
	return dt_request(c, "DELETE", path, NULL, DT_IDEMPOTENT, what, NULL, NULL);
}
