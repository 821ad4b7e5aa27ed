/*
 * /api/secret: Daytona's secrets (v0.205 spec). A secret is a name, a value, optional
 * allowed hosts and a placeholder token. A sandbox created with `secrets: [{ENV: name}]` sees
 * ENV=<placeholder>, never the value; on Daytona the value is substituted in the sandbox's
 * outbound HTTPS to the allowed hosts. byoc-local has no outbound proxy, so it substitutes
 * nothing (byoc-local(1) says so): the value stays in byoc-local's state and never reaches a
 * sandbox, a response or a log line.
 */
#include "local/server.h"
#include "util/rand.h"

#include <stdio.h>
#include <string.h>

#define KIND "secrets"

static const char *sget(const json_t *doc, const char *k)
{
	const char *s = json_string_value(json_object_get(doc, k));

	return s ? s : "";
}

static bool name_ok(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 255 &&
	       strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == n;
}

static bool hosts_ok(const json_t *v)
{
	size_t i;
	json_t *h;

	if (!json_is_array(v))
		return false;
	json_array_foreach(v, i, h)
		if (!json_is_string(h) || !*json_string_value(h) || strpbrk(json_string_value(h), " /\t\r\n"))
			return false;
	return true;
}

struct sfind {
	struct local *L;
	const char *key;
	json_t *found;
};

static int find_each(const char *id, json_t *doc, void *arg)
{
	struct sfind *f = arg;

	if (strcmp(sget(doc, "_org"), local_org_id(f->L)))
		return 0;
	if (!strcmp(id, f->key) || !strcmp(sget(doc, "name"), f->key)) {
		f->found = doc;
		return 1;
	}
	return 0;
}

/* The secret of this organization with that id or name; borrowed, under local_lock. */
static json_t *find_secret(struct local *L, const char *key)
{
	struct sfind f = { L, key, NULL };

	store_each(L, KIND, find_each, &f);
	return f.found;
}

int local_secret_placeholder(struct local *L, const char *name, char *out, size_t n)
{
	json_t *doc = find_secret(L, name);

	if (!doc || strcmp(sget(doc, "name"), name))
		return -1;
	snprintf(out, n, "%s", sget(doc, "placeholder"));
	return 0;
}

/* Takes local_lock and finds the secret the path names; on a miss, unlocks and answers 404. */
static json_t *lock_secret(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc;

	local_lock(L);
	doc = find_secret(L, lreq_param(req, 0));
	if (!doc) {
		local_unlock(L);
		lresp_api_error(resp, req, 404, "Secret %s not found", lreq_param(req, 0));
	}
	return doc;
}

static void s_create(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *body = lreq_json(req), *doc, *hosts, *v;
	const char *name, *value, *desc;
	char id[40], ts[40], tok[40], placeholder[64];

	if (!json_is_object(body)) {
		lresp_api_error(resp, req, 400, "request body must be a JSON object");
		return;
	}
	name = json_string_value(json_object_get(body, "name"));
	value = json_string_value(json_object_get(body, "value"));
	desc = json_string_value(json_object_get(body, "description"));
	hosts = json_object_get(body, "hosts");
	if (!name || !name_ok(name)) {
		lresp_api_error(resp, req, 400, "name must be 1 to 255 letters, digits, hyphens or underscores");
		return;
	}
	if (!value || !*value) {
		lresp_api_error(resp, req, 400, "value should not be empty");
		return;
	}
	if (hosts && !hosts_ok(hosts)) {
		lresp_api_error(resp, req, 400, "hosts must be an array of host names");
		return;
	}
	v = json_object_get(body, "description");
	if (v && !json_is_string(v)) {
		lresp_api_error(resp, req, 400, "description must be a string");
		return;
	}
	if (rand_hex(tok, 8) < 0) {
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	snprintf(placeholder, sizeof(placeholder), "dtn_secret_%s", tok);
	local_uuid(id);
	local_now_iso(ts, sizeof(ts));
	doc = json_pack("{s:s, s:s, s:o, s:s, s:s, s:s, s:s, s:s}", "id", id, "name", name, "hosts",
			hosts ? json_deep_copy(hosts) : json_array(), "placeholder", placeholder, "createdAt", ts,
			"updatedAt", ts, "_org", local_org_id(L), "_value", value);
	if (desc)
		json_object_set_new(doc, "description", json_string(desc));
	local_lock(L);
	if (find_secret(L, name)) {
		local_unlock(L);
		json_decref(doc);
		lresp_api_error(resp, req, 409, "Secret with name %s already exists", name);
		return;
	}
	v = store_daytona_dto(doc, NULL);
	if (store_put(L, KIND, id, doc) < 0) {
		local_unlock(L);
		json_decref(v);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	local_unlock(L);
	local_log("secret %s (%s) created", id, name);
	lresp_json(resp, 201, v);
}

struct slist {
	struct local *L;
	json_t *items;
};

static int list_each(const char *id, json_t *doc, void *arg)
{
	struct slist *l = arg;

	(void)id;
	if (!strcmp(sget(doc, "_org"), local_org_id(l->L)))
		json_array_append_new(l->items, store_daytona_dto(doc, NULL));
	return 0;
}

static void s_list(struct lreq *req, struct lresp *resp)
{
	struct slist l = { lreq_local(req), json_array() };

	local_lock(l.L);
	store_each(l.L, KIND, list_each, &l);
	local_unlock(l.L);
	lresp_json(resp, 200, l.items);
}

static void s_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc;

	if (!(doc = lock_secret(req, resp)))
		return;
	lresp_json(resp, 200, store_daytona_dto(doc, NULL));
	local_unlock(L);
}

static void s_update(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *body = lreq_json(req), *doc, *v, *hosts;
	char ts[40];

	if (!json_is_object(body)) {
		lresp_api_error(resp, req, 400, "request body must be a JSON object");
		return;
	}
	v = json_object_get(body, "value");
	hosts = json_object_get(body, "hosts");
	if ((v && (!json_is_string(v) || !*json_string_value(v))) || (hosts && !hosts_ok(hosts)) ||
	    (json_object_get(body, "description") && !json_is_string(json_object_get(body, "description")))) {
		lresp_api_error(resp, req, 400, "value must be a non-empty string, hosts an array of host names");
		return;
	}
	if (!(doc = lock_secret(req, resp)))
		return;
	doc = json_deep_copy(doc);
	if (v)
		json_object_set(doc, "_value", v);
	if (hosts)
		json_object_set(doc, "hosts", hosts);
	if (json_is_string(json_object_get(body, "description")))
		json_object_set(doc, "description", json_object_get(body, "description"));
	local_now_iso(ts, sizeof(ts));
	json_object_set_new(doc, "updatedAt", json_string(ts));
	v = store_daytona_dto(doc, NULL);
	if (store_put(L, KIND, sget(doc, "id"), doc) < 0) {
		local_unlock(L);
		json_decref(v);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	local_unlock(L);
	lresp_json(resp, 200, v);
}

static void s_delete(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc;
	char id[64];

	if (!(doc = lock_secret(req, resp)))
		return;
	snprintf(id, sizeof(id), "%s", sget(doc, "id"));
	if (store_del(L, KIND, id) < 0) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	local_unlock(L);
	local_log("secret %s deleted", id);
	lresp_empty(resp, 204);
}

const struct lroute secret_routes[] = {
	{ "POST", "/api/secret", s_create, NULL, 0 },
	{ "GET", "/api/secret", s_list, NULL, 0 },
	{ "GET", "/api/secret/{}", s_get, NULL, 0 },
	{ "PATCH", "/api/secret/{}", s_update, NULL, 0 },
	{ "DELETE", "/api/secret/{}", s_delete, NULL, 0 },
	{ 0 }
};
