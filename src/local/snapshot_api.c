/*
 * byoc-local's snapshot API (contract.md §2): create from an image name or a
 * Dockerfile with its context hashes, get by id or name, list with Daytona's
 * filters and pagination, delete by id, activate and deactivate, and the
 * build logs: the build-logs-url, the proxy's stream under /snapshots/{id}/
 * build-logs (follow=true tails the log and closes about 1 s after success,
 * never on failure, as the runner does) and the deprecated API stream.
 * The state machine itself runs in build.c.
 */
#include "local/build.h"
#include "local/server.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hex.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <openssl/evp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SNAP_REGION "us"
#define SNAP_REGISTRY "localhost:5000/daytona/"

/* ---- pure helpers (build.h) --------------------------------------------------------------- */

static bool name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-' || c == ':';
}

bool snap_name_valid(const char *name)
{
	const char *s = name, *at;
	size_t comp = 0;

	if (!name || !*name)
		return false;
	at = strchr(name, '@');
	for (; *s && s != at; s++) {
		if (*s == '/') {
			if (comp == 0)
				return false;
			comp = 0;
			continue;
		}
		if (!name_char(*s))
			return false;
		comp++;
	}
	if (comp == 0)
		return false;
	if (at) {
		if (strncmp(at, "@sha256:", 8))
			return false;
		s = at + 8;
		if (strlen(s) != 64)
			return false;
		for (; *s; s++)
			if (!isdigit((unsigned char)*s) && !(*s >= 'a' && *s <= 'f'))
				return false;
	}
	return true;
}

const char *snap_image_name_error(const char *name)
{
	const char *d = strstr(name, "@sha256:");
	size_t n = strlen(name);

	if (d) {
		const char *h = d + 8;
		size_t i;

		if (d == name || strlen(h) != 64)
			return "Invalid digest format. Must be image@sha256:64_hex_characters";
		for (i = 0; i < 64; i++)
			if (!isdigit((unsigned char)h[i]) && !(h[i] >= 'a' && h[i] <= 'f'))
				return "Invalid digest format. Must be image@sha256:64_hex_characters";
		return NULL;
	}
	if (!strchr(name, ':') || (n && name[n - 1] == ':') || (n && isspace((unsigned char)name[n - 1])))
		return "Image name must include a tag (e.g., ubuntu:22.04) or digest (@sha256:...)";
	if (n >= 7 && !strcmp(name + n - 7, ":latest"))
		return "Images with tag \":latest\" are not allowed";
	if (!snap_name_valid(name))
		return "Invalid image name format. Must be lowercase, may contain digits, dots, dashes, and single slashes between components";
	return NULL;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int snap_snapshot_ref(const char *dockerfile, const json_t *hashes, char *out, size_t n)
{
	size_t i, nh = json_array_size(hashes);
	const char **v = NULL;
	EVP_MD_CTX *md;
	unsigned char dig[32];
	unsigned int dl = 0;
	char hex[65];
	int rc = 0;

	if (nh) {
		v = calloc(nh, sizeof(*v));
		if (!v)
			return BYOC_ENOMEM;
		for (i = 0; i < nh; i++) {
			v[i] = json_string_value(json_array_get(hashes, i));
			if (!v[i])
				v[i] = "";
		}
		/* JavaScript's default sort compares UTF-16 code units; for the hex hashes
		 * clients send this is byte order */
		qsort(v, nh, sizeof(*v), str_cmp);
	}
	md = EVP_MD_CTX_new();
	if (!md || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1 ||
	    EVP_DigestUpdate(md, dockerfile, strlen(dockerfile)) != 1) {
		rc = byoc_fail(BYOC_EFAIL, "sha256 is not available");
		goto out;
	}
	for (i = 0; i < nh; i++)
		EVP_DigestUpdate(md, v[i], strlen(v[i]));
	EVP_DigestFinal_ex(md, dig, &dl);
	hex_encode(hex, dig, 32);
	if ((size_t)snprintf(out, n, "daytona-%s:daytona", hex) >= n)
		rc = byoc_fail(BYOC_EFAIL, "snapshot ref buffer too small");
out:
	EVP_MD_CTX_free(md);
	free(v);
	return rc;
}

/* JavaScript's String.prototype.trim whitespace (ASCII part). */
static bool js_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

json_t *snap_entrypoint_from_dockerfile(const char *content)
{
	const char *p = content, *last = NULL, *last_end = NULL;
	json_t *out = NULL, *parsed, *filtered;
	char *raw;
	size_t i;

	/* the API's /ENTRYPOINT\s+(.*)/g, last match: \s+ may cross lines, (.*) stops at one */
	while ((p = strstr(p, "ENTRYPOINT"))) {
		const char *q = p + 10, *e;

		if (!js_space((unsigned char)*q)) {
			p++;
			continue;
		}
		while (js_space((unsigned char)*q))
			q++;
		e = q;
		while (*e && *e != '\n' && *e != '\r')
			e++;
		last = q;
		last_end = e;
		p = e;
	}
	if (!last)
		goto dflt;
	while (last < last_end && js_space((unsigned char)*last))
		last++;
	while (last_end > last && js_space((unsigned char)last_end[-1]))
		last_end--;
	raw = strndup(last, (size_t)(last_end - last));
	if (!raw)
		return json_null();
	parsed = json_loads(raw, JSON_DECODE_ANY, NULL);
	if (parsed) {
		free(raw);
		if (!json_is_array(parsed)) {
			json_decref(parsed);
			goto dflt;
		}
		out = parsed;
	} else {
		/* not JSON: the raw text with every quote removed, as one element */
		char *w = raw, *r;

		for (r = raw; *r; r++)
			if (*r != '"' && *r != '\'')
				*w++ = *r;
		*w = '\0';
		out = json_array();
		json_array_append_new(out, json_string(raw));
		free(raw);
	}
	/* processEntrypoint: empty (or blank) entries dropped; nothing left -> null */
	filtered = json_array();
	for (i = 0; i < json_array_size(out); i++) {
		json_t *x = json_array_get(out, i);
		const char *s = json_string_value(x);

		if (json_is_string(x)) {
			const char *t = s;

			while (js_space((unsigned char)*t))
				t++;
			if (!*t)
				continue;
		}
		json_array_append(filtered, x);
	}
	json_decref(out);
	if (json_array_size(filtered) == 0) {
		json_decref(filtered);
		return json_null();
	}
	return filtered;
dflt:
	out = json_array();
	json_array_append_new(out, json_string("sleep"));
	json_array_append_new(out, json_string("infinity"));
	return out;
}

json_t *snap_dto(const json_t *doc)
{
	/* SnapshotDto's nullable fields (all required); imageName, gpuType, ... are omitted when unset */
	static const char *const nullable[] = {
		"size", "entrypoint", "errorReason", "lastUsedAt", "sourceSandboxId", NULL
	};

	return store_daytona_dto(doc, nullable);
}

bool snap_is_uuid(const char *s)
{
	static const int groups[] = { 8, 4, 4, 4, 12 };
	int g, i;

	for (g = 0; g < 5; g++) {
		for (i = 0; i < groups[g]; i++, s++)
			if (!isxdigit((unsigned char)*s))
				return false;
		if (g < 4 && *s++ != '-')
			return false;
	}
	return *s == '\0';
}

void local_snapshot_rootfs(struct local *L, const char *snapshot_id, char *out, size_t n)
{
	snprintf(out, n, "%s/snapshots/%s/rootfs", local_state_dir(L), snapshot_id);
}

json_t *local_snapshot_image(struct local *L, const char *snapshot_id)
{
	json_t *doc, *out = NULL, *env, *wd, *user;

	local_lock(L);
	doc = store_get(L, "snapshots", snapshot_id);
	if (doc) {
		env = json_object_get(doc, "_env");
		wd = json_object_get(doc, "_workdir");
		user = json_object_get(doc, "_user");
		out = json_pack("{s:o s:o s:o}", "env", json_is_object(env) ? json_deep_copy(env) : json_object(),
				"workdir", json_is_string(wd) ? json_deep_copy(wd) : json_null(),
				"user", json_is_string(user) ? json_deep_copy(user) : json_null());
	}
	local_unlock(L);
	return out;
}

/* The module's hooks (server.c calls them once the store is loaded, and at exit). */
void snap_startup(struct local *L)
{
	build_engine_start(L);
}

void snap_shutdown(struct local *L)
{
	build_engine_stop(L);
}

/* ---- lookups ------------------------------------------------------------------------------ */

struct find {
	const char *name;
	const char *id;
};

static int find_cb(const char *id, json_t *doc, void *arg)
{
	struct find *f = arg;
	const char *name = json_string_value(json_object_get(doc, "name"));

	if (name && !strcmp(name, f->name)) {
		f->id = id;
		return 1;
	}
	return 0;
}

/* The stored doc for an id (when it looks like a UUID) or a name; borrowed, hold the lock. */
static json_t *lookup(struct local *L, const char *id_or_name, const char **id_out)
{
	struct find f = { id_or_name, NULL };
	json_t *doc;

	if (snap_is_uuid(id_or_name)) {
		doc = store_get(L, "snapshots", id_or_name);
		if (doc) {
			if (id_out)
				*id_out = json_string_value(json_object_get(doc, "id"));
			return doc;
		}
	}
	store_each(L, "snapshots", find_cb, &f);
	if (!f.id)
		return NULL;
	doc = store_get(L, "snapshots", f.id);
	if (doc && id_out)
		*id_out = json_string_value(json_object_get(doc, "id"));
	return doc;
}

static const char *jstr(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));

	return s ? s : "";
}

static void stamp(json_t *d, const char *state)
{
	char now[40];
	struct timespec ts;

	local_now_iso(now, sizeof(now));
	clock_gettime(CLOCK_REALTIME, &ts);
	json_object_set_new(d, "state", json_string(state));
	json_object_set_new(d, "updatedAt", json_string(now));
	json_object_set_new(d, "_since", json_real((double)ts.tv_sec + (double)ts.tv_nsec / 1e9));
}

/* ---- POST /api/snapshots ------------------------------------------------------------------ */

static const char *sandbox_classes[] = { "linux-vm", "container", "android", NULL };
static const char *gpu_types[] = { "H100", "RTX-PRO-6000", NULL };

static bool in_set(const char *s, const char **set)
{
	for (int i = 0; set[i]; i++)
		if (!strcmp(s, set[i]))
			return true;
	return false;
}

static void add_msg(struct buf *b, const char *msg)
{
	if (b->len)
		buf_puts(b, ", ");
	buf_puts(b, msg);
}

static void check_int(struct buf *msgs, json_t *body, const char *key, long max)
{
	json_t *v = json_object_get(body, key);
	char m[160];

	if (!v || json_is_null(v))
		return;
	if (!json_is_number(v)) {
		snprintf(m, sizeof(m), "%s must be a number conforming to the specified constraints", key);
		add_msg(msgs, m);
		return;
	}
	if (json_is_real(v) && json_real_value(v) != floor(json_real_value(v))) {
		snprintf(m, sizeof(m), "%s must be an integer number", key);
		add_msg(msgs, m);
		return;
	}
	if (json_number_value(v) < 0) {
		snprintf(m, sizeof(m), "%s must not be less than 0", key);
		add_msg(msgs, m);
	}
	if (max >= 0 && json_number_value(v) > (double)max) {
		snprintf(m, sizeof(m), "%s must not be greater than %ld", key, max);
		add_msg(msgs, m);
	}
}

static void check_str_array(struct buf *msgs, json_t *v, const char *key, const char **allowed)
{
	char m[256];
	size_t i;

	if (!v || json_is_null(v))
		return;
	if (!json_is_array(v)) {
		snprintf(m, sizeof(m), "%s must be an array", key);
		add_msg(msgs, m);
		return;
	}
	for (i = 0; i < json_array_size(v); i++) {
		json_t *x = json_array_get(v, i);

		if (!json_is_string(x)) {
			snprintf(m, sizeof(m), "each value in %s must be a string", key);
			add_msg(msgs, m);
			return;
		}
		if (allowed && !in_set(json_string_value(x), allowed)) {
			snprintf(m, sizeof(m), "each value in %s must be one of the following values: H100, RTX-PRO-6000", key);
			add_msg(msgs, m);
			return;
		}
	}
}

static json_t *num_or(json_t *body, const char *key, long dflt)
{
	json_t *v = json_object_get(body, key);

	if (json_is_number(v))
		return json_integer((json_int_t)json_number_value(v));
	return json_integer(dflt);
}

struct dedup {
	const char *ref;
	const char *org;
	const char *id;
};

static int dedup_cb(const char *id, json_t *doc, void *arg)
{
	struct dedup *d = arg;
	json_t *bi = json_object_get(doc, "buildInfo");

	if (!strcmp(jstr(doc, "state"), "active") && json_is_true(json_object_get(doc, "_built")) &&
	    !strcmp(jstr(doc, "organizationId"), d->org) && !strcmp(jstr(bi, "snapshotRef"), d->ref)) {
		d->id = id;
		return 1;
	}
	return 0;
}

/* Gives a new build-mode snapshot the files, log and image config of an active one with the same ref. */
static int dedup_clone(struct local *L, json_t *src, json_t *d)
{
	char from[4096], to[4096], a[4200], b[4200];
	static const char *priv[] = { "_env", "_workdir", "_user", NULL };
	int rc;

	build_snapshot_dir(L, jstr(src, "id"), from, sizeof(from));
	build_snapshot_dir(L, jstr(d, "id"), to, sizeof(to));
	if (mkdir(to, 0755) < 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", to);
	snprintf(a, sizeof(a), "%s/rootfs", from);
	snprintf(b, sizeof(b), "%s/rootfs", to);
	rc = build_clone_tree(a, b);
	if (rc < 0)
		return rc;
	snprintf(a, sizeof(a), "%s/build.log", from);
	snprintf(b, sizeof(b), "%s/build.log", to);
	if (build_copy_file(a, b) < 0)
		byoc_err_clear();
	for (int i = 0; priv[i]; i++) {
		json_t *v = json_object_get(src, priv[i]);

		if (v)
			json_object_set_new(d, priv[i], json_deep_copy(v));
	}
	json_object_set_new(d, "size", json_deep_copy(json_object_get(src, "size")));
	json_object_set_new(d, "initialRunnerId", json_string(BUILD_RUNNER_ID));
	json_object_set_new(d, "_built", json_true());
	return 0;
}

/* What a create asks for, once its body has passed the checks (borrowed from the body). */
struct snap_req {
	json_t *body;
	json_t *bi;          /* buildInfo: an object when building, else NULL */
	const char *name, *image, *region, *klass;
	bool build;
	char ref[96];        /* building: the snapshot ref of the Dockerfile and context hashes */
};

/* class-validator on CreateSnapshotDto: every message at once, as Nest's pipe answers. */
static bool snap_dto_ok(struct lreq *req, struct lresp *resp, json_t *body)
{
	json_t *bi = json_object_get(body, "buildInfo"), *v;
	struct buf msgs;
	bool ok;

	buf_init(&msgs, 64 * 1024);
	v = json_object_get(body, "name");
	if (!json_is_string(v))
		add_msg(&msgs, "name must be a string");
	v = json_object_get(body, "imageName");
	if (v && !json_is_null(v) && !json_is_string(v))
		add_msg(&msgs, "imageName must be a string");
	check_str_array(&msgs, json_object_get(body, "entrypoint"), "entrypoint", NULL);
	check_int(&msgs, body, "cpu", -1);
	check_int(&msgs, body, "gpu", -1);
	check_int(&msgs, body, "memory", -1);
	check_int(&msgs, body, "disk", -1);
	check_str_array(&msgs, json_object_get(body, "gpuType"), "gpuType", gpu_types);
	v = json_object_get(body, "regionId");
	if (v && !json_is_null(v) && !json_is_string(v))
		add_msg(&msgs, "regionId must be a string");
	v = json_object_get(body, "sandboxClass");
	if (v && !json_is_null(v) && (!json_is_string(v) || !in_set(json_string_value(v), sandbox_classes)))
		add_msg(&msgs, "sandboxClass must be one of the following values: linux-vm, container, android");
	if (bi && !json_is_null(bi)) {
		if (!json_is_object(bi)) {
			add_msg(&msgs, "buildInfo must be an object");
		} else {
			json_t *df = json_object_get(bi, "dockerfileContent");

			if (!json_is_string(df))
				add_msg(&msgs, "buildInfo.dockerfileContent must be a string");
			else if (!*json_string_value(df))
				add_msg(&msgs, "buildInfo.dockerfileContent should not be empty");
			check_str_array(&msgs, json_object_get(bi, "contextHashes"), "buildInfo.contextHashes", NULL);
		}
	}
	ok = msgs.len == 0;
	if (!ok)
		lresp_api_error(resp, req, 400, "%s", msgs.data);
	buf_release(&msgs);
	return ok;
}

/* The service's rules after the DTO's, into r; false once it has answered the error. */
static bool snap_req_read(struct lreq *req, struct lresp *resp, json_t *body, struct snap_req *r)
{
	json_t *ep = json_object_get(body, "entrypoint");

	memset(r, 0, sizeof(*r));
	r->body = body;
	if (json_is_true(json_object_get(body, "general"))) {
		lresp_api_error(resp, req, 403, "Insufficient permissions for creating general snapshots");
		return false;
	}
	r->name = json_string_value(json_object_get(body, "name"));
	r->image = json_string_value(json_object_get(body, "imageName"));
	r->bi = json_object_get(body, "buildInfo");
	r->build = json_is_object(r->bi);
	if (!r->build)
		r->bi = NULL;
	if (r->build) {
		if (r->image && *r->image) {
			lresp_api_error(resp, req, 400, "Cannot specify an image name when using a build info entry");
			return false;
		}
		if (ep && !json_is_null(ep)) {
			lresp_api_error(resp, req, 400, "Cannot specify an entrypoint when using a build info entry");
			return false;
		}
	} else if (!r->image || !*r->image) {
		lresp_api_error(resp, req, 400, "Must specify an image name when not using a build info entry");
		return false;
	}
	r->region = json_string_value(json_object_get(body, "regionId"));
	if (r->region && *r->region && strcmp(r->region, SNAP_REGION) && strcmp(r->region, "eu")) {
		lresp_api_error(resp, req, 404, "Region not found");
		return false;
	}
	if (!r->region || !*r->region)
		r->region = SNAP_REGION;
	if (!snap_name_valid(r->name)) {
		lresp_api_error(resp, req, 400, "Invalid snapshot name format. May contain letters, digits, dots, colons, and dashes");
		return false;
	}
	if (!r->build) {
		const char *err = snap_image_name_error(r->image);

		if (err) {
			lresp_api_error(resp, req, 400, "%s", err);
			return false;
		}
	}
	r->klass = json_string_value(json_object_get(body, "sandboxClass"));
	if (r->build && snap_snapshot_ref(json_string_value(json_object_get(r->bi, "dockerfileContent")),
					  json_object_get(r->bi, "contextHashes"), r->ref, sizeof(r->ref)) < 0) {
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return false;
	}
	return true;
}

/* The entrypoint: a build's comes from its Dockerfile; a pull's is the request's, without blank
 * entries (null when none is left). */
static json_t *snap_entrypoint(const struct snap_req *r)
{
	json_t *v = json_object_get(r->body, "entrypoint"), *ep;
	size_t i;

	if (r->build)
		return snap_entrypoint_from_dockerfile(json_string_value(json_object_get(r->bi, "dockerfileContent")));
	ep = json_array();
	for (i = 0; i < json_array_size(v); i++) {
		const char *s = json_string_value(json_array_get(v, i));
		const char *t = s;

		while (t && isspace((unsigned char)*t))
			t++;
		if (t && *t)
			json_array_append_new(ep, json_string(s));
	}
	if (json_array_size(ep))
		return ep;
	json_decref(ep);
	return json_null();
}

/* The new snapshot's document, pending, as the service stores it (fields starting with _ are
 * byoc-local's own). */
static json_t *snap_doc_new(struct local *L, const struct snap_req *r, const char *id)
{
	json_t *doc = json_object(), *body = r->body, *gt = json_object_get(body, "gpuType");
	char now[40];

	local_now_iso(now, sizeof(now));
	json_object_set_new(doc, "id", json_string(id));
	json_object_set_new(doc, "organizationId", json_string(local_org_id(L)));
	json_object_set_new(doc, "general", json_false());
	json_object_set_new(doc, "name", json_string(r->name));
	json_object_set_new(doc, "imageName", r->build ? json_null() : json_string(r->image));
	json_object_set_new(doc, "state", json_string("pending"));
	json_object_set_new(doc, "size", json_null());
	json_object_set_new(doc, "entrypoint", snap_entrypoint(r));
	json_object_set_new(doc, "cpu", num_or(body, "cpu", 1));
	json_object_set_new(doc, "gpu", num_or(body, "gpu", 0));
	json_object_set_new(doc, "gpuType",
			    json_is_array(gt) && json_array_size(gt) ? json_deep_copy(json_array_get(gt, 0)) : json_null());
	json_object_set_new(doc, "mem", num_or(body, "memory", 1));
	json_object_set_new(doc, "disk", num_or(body, "disk", 3));
	json_object_set_new(doc, "errorReason", json_null());
	json_object_set_new(doc, "createdAt", json_string(now));
	json_object_set_new(doc, "updatedAt", json_string(now));
	json_object_set_new(doc, "lastUsedAt", json_null());
	if (r->build) {
		json_t *b = json_object(), *hashes = json_object_get(r->bi, "contextHashes");

		json_object_set_new(b, "dockerfileContent", json_deep_copy(json_object_get(r->bi, "dockerfileContent")));
		json_object_set_new(b, "contextHashes", json_is_array(hashes) ? json_deep_copy(hashes) : json_array());
		json_object_set_new(b, "snapshotRef", json_string(r->ref));
		json_object_set_new(b, "createdAt", json_string(now));
		json_object_set_new(b, "updatedAt", json_string(now));
		json_object_set_new(doc, "buildInfo", b);
	}
	json_object_set_new(doc, "regionIds", json_pack("[s]", r->region));
	json_object_set_new(doc, "initialRunnerId", json_null());
	if (r->build) {
		char full[160];

		snprintf(full, sizeof(full), "%s%s", SNAP_REGISTRY, r->ref);
		json_object_set_new(doc, "ref", json_string(full));
	} else {
		json_object_set_new(doc, "ref", json_string(r->image));
	}
	json_object_set_new(doc, "sandboxClass", json_string(r->klass ? r->klass : "container"));
	json_object_set_new(doc, "_mode", json_string(r->build ? "build" : "pull"));
	json_object_set_new(doc, "_built", json_false());
	json_object_set_new(doc, "_env", json_object());
	json_object_set_new(doc, "_workdir", json_null());
	json_object_set_new(doc, "_user", json_null());
	stamp(doc, "pending");
	json_object_set_new(doc, "updatedAt", json_string(now));
	return doc;
}

/* Stores doc unless the name is taken (409); a build whose ref this organization has built
 * already is active at once, sharing the first build's image and build info. */
static bool snap_store_new(struct local *L, struct lreq *req, struct lresp *resp, const struct snap_req *r,
			   const char *id, json_t *doc)
{
	struct find f = { r->name, NULL };

	local_lock(L);
	store_each(L, "snapshots", find_cb, &f);
	if (f.id) {
		local_unlock(L);
		lresp_api_error(resp, req, 409, "Snapshot with name \"%s\" already exists for this organization", r->name);
		return false;
	}
	if (r->build) {
		struct dedup dd = { r->ref, local_org_id(L), NULL };

		store_each(L, "snapshots", dedup_cb, &dd);
		if (dd.id) {
			json_t *src = store_get(L, "snapshots", dd.id);

			if (src && dedup_clone(L, src, doc) == 0) {
				json_object_set_new(doc, "state", json_string("active"));
				/* the build info is shared with the first build */
				json_object_set_new(doc, "buildInfo", json_deep_copy(json_object_get(src, "buildInfo")));
			} else {
				byoc_err_clear();
			}
		}
	}
	if (store_put(L, "snapshots", id, json_incref(doc)) < 0) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return false;
	}
	local_unlock(L);
	return true;
}

static void snap_create(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *body = lreq_json(req), *doc;
	struct snap_req r;
	char id[40];

	build_engine_kick(L);
	if (!json_is_object(body)) {
		size_t len = 0;

		lreq_body(req, &len);
		if (len) {
			lresp_api_error(resp, req, 400, "Unexpected token in JSON body");
			return;
		}
		body = NULL;
	}
	if (!snap_dto_ok(req, resp, body) || !snap_req_read(req, resp, body, &r))
		return;
	local_uuid(id);
	doc = snap_doc_new(L, &r, id);
	if (snap_store_new(L, req, resp, &r, id, doc)) {
		build_engine_kick(L);
		lresp_json(resp, 200, snap_dto(doc));
	}
	json_decref(doc);
}

/* ---- GET /api/snapshots/{idOrName} ---------------------------------------------------------- */

static void snap_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	const char *p = lreq_param(req, 0);
	json_t *doc, *dto = NULL;

	build_engine_kick(L);
	local_lock(L);
	doc = lookup(L, p, NULL);
	if (doc)
		dto = snap_dto(doc);
	local_unlock(L);
	if (!dto) {
		if (snap_is_uuid(p))
			lresp_api_error(resp, req, 404, "Snapshot %s not found", p);
		else
			lresp_api_error(resp, req, 404, "Snapshot with name %s not found", p);
		return;
	}
	lresp_json(resp, 200, dto);
}

/* ---- GET /api/snapshots ------------------------------------------------------------------------ */

/* The database's enum order (SnapshotState as declared). */
static int state_rank(const char *s)
{
	static const char *order[] = { "building", "pending", "pulling", "active", "inactive",
				       "error", "build_failed", "removing", NULL };

	for (int i = 0; order[i]; i++)
		if (!strcmp(order[i], s))
			return i;
	return 99;
}

struct listq {
	const char *name;
	const char *sort;
	bool desc;
	json_t *items;
};

static int list_cb(const char *id, json_t *doc, void *arg)
{
	struct listq *q = arg;

	(void)id;
	if (q->name && *q->name && !strcasestr(jstr(doc, "name"), q->name))
		return 0;
	json_array_append_new(q->items, snap_dto(doc));
	return 0;
}

static int list_cmp(const void *a, const void *b, void *arg)
{
	const struct listq *q = arg;
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = 0;

	if (!strcmp(q->sort, "state")) {
		c = state_rank(jstr(x, "state")) - state_rank(jstr(y, "state"));
		if (q->desc)
			c = -c;
	} else {
		const json_t *vx = json_object_get(x, q->sort), *vy = json_object_get(y, q->sort);
		bool nx = !json_is_string(vx), ny = !json_is_string(vy);

		if (nx || ny) {
			c = nx - ny;   /* nulls last whatever the direction */
		} else {
			c = strcmp(json_string_value(vx), json_string_value(vy));
			if (q->desc)
				c = -c;
		}
	}
	if (c == 0 && strcmp(q->sort, "createdAt"))
		c = -strcmp(jstr(x, "createdAt"), jstr(y, "createdAt"));
	return c;
}

/* Parses a positive integer query value; false with a message when it is not one. */
static bool query_int(struct lreq *req, const char *key, long dflt, long min, long max, long *out,
		      struct buf *msgs)
{
	const char *s = lreq_query(req, key);
	char m[160], *end;
	double v;

	*out = dflt;
	if (!s)
		return true;
	errno = 0;
	v = strtod(s, &end);
	if (!*s || *end || errno || isnan(v) || isinf(v)) {
		snprintf(m, sizeof(m), "%s must be a number conforming to the specified constraints", key);
		add_msg(msgs, m);
		return false;
	}
	if (v < (double)min) {
		snprintf(m, sizeof(m), "%s must not be less than %ld", key, min);
		add_msg(msgs, m);
		return false;
	}
	if (max > 0 && v > (double)max) {
		snprintf(m, sizeof(m), "%s must not be greater than %ld", key, max);
		add_msg(msgs, m);
		return false;
	}
	/* a page past any list (page=1e83) answers an empty page: keep it within a long */
	if (v > 1e15)
		v = 1e15;
	*out = (long)v;
	return true;
}

static void snap_list(struct lreq *req, struct lresp *resp)
{
	static const char *sorts[] = { "name", "state", "lastUsedAt", "createdAt", NULL };
	static const char *orders[] = { "asc", "desc", NULL };
	struct local *L = lreq_local(req);
	struct listq q;
	struct buf msgs;
	long page, limit;
	const char *order;
	json_t *out, *items;
	size_t total, i, n, start;
	json_t **v;

	build_engine_kick(L);
	buf_init(&msgs, 4096);
	query_int(req, "page", 1, 1, 0, &page, &msgs);
	query_int(req, "limit", 100, 1, 200, &limit, &msgs);
	q.sort = lreq_query(req, "sort");
	if (q.sort && !in_set(q.sort, sorts))
		add_msg(&msgs, "sort must be one of the following values: name, state, lastUsedAt, createdAt");
	order = lreq_query(req, "order");
	if (order && !in_set(order, orders))
		add_msg(&msgs, "order must be one of the following values: asc, desc");
	if (msgs.len) {
		lresp_api_error(resp, req, 400, "%s", msgs.data);
		buf_release(&msgs);
		return;
	}
	buf_release(&msgs);
	if (!q.sort)
		q.sort = "lastUsedAt";
	q.desc = !order || !strcmp(order, "desc");
	q.name = lreq_query(req, "name");
	q.items = json_array();
	store_each(L, "snapshots", list_cb, &q);
	total = json_array_size(q.items);
	v = calloc(total ? total : 1, sizeof(*v));
	if (!v) {
		json_decref(q.items);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	for (i = 0; i < total; i++)
		v[i] = json_array_get(q.items, i);
	qsort_r(v, total, sizeof(*v), list_cmp, &q);
	items = json_array();
	start = (size_t)(page - 1) * (size_t)limit;
	for (i = start, n = 0; i < total && n < (size_t)limit; i++, n++)
		json_array_append(items, v[i]);
	free(v);
	json_decref(q.items);
	out = json_object();
	json_object_set_new(out, "items", items);
	json_object_set_new(out, "total", json_integer((json_int_t)total));
	json_object_set_new(out, "page", json_integer(page));
	json_object_set_new(out, "totalPages", json_integer((json_int_t)((total + (size_t)limit - 1) / (size_t)limit)));
	lresp_json(resp, 200, out);
}

/* ---- DELETE, activate, deactivate --------------------------------------------------------------- */

/* The guard then ParseUUIDPipe: 404 for what does not exist, 400 for an existing name. */
static json_t *guard_uuid(struct lreq *req, struct lresp *resp, struct local *L)
{
	const char *p = lreq_param(req, 0);
	json_t *doc = lookup(L, p, NULL);

	if (!doc) {
		lresp_api_error(resp, req, 404, "Snapshot %s not found", p);
		return NULL;
	}
	if (!snap_is_uuid(p)) {
		lresp_api_error(resp, req, 400, "Validation failed (uuid is expected)");
		return NULL;
	}
	return doc;
}

static void snap_delete(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc, *d;

	build_engine_kick(L);
	local_lock(L);
	doc = guard_uuid(req, resp, L);
	if (!doc) {
		local_unlock(L);
		return;
	}
	d = json_deep_copy(doc);
	stamp(d, "removing");
	if (store_put(L, "snapshots", jstr(doc, "id"), d) < 0) {
		local_unlock(L);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	local_unlock(L);
	build_engine_kick(L);
	lresp_empty(resp, 200);
}

static void snap_activate(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	const char *p = lreq_param(req, 0);
	json_t *doc, *d, *dto;

	build_engine_kick(L);
	local_lock(L);
	doc = guard_uuid(req, resp, L);
	if (!doc) {
		local_unlock(L);
		return;
	}
	if (!strcmp(jstr(doc, "state"), "active")) {
		local_unlock(L);
		lresp_api_error(resp, req, 400, "Snapshot %s is already active", p);
		return;
	}
	if (strcmp(jstr(doc, "state"), "inactive")) {
		lresp_api_error(resp, req, 400, "Snapshot %s cannot be activated - it is in %s state", p, jstr(doc, "state"));
		local_unlock(L);
		return;
	}
	d = json_deep_copy(doc);
	stamp(d, "pending");
	dto = snap_dto(d);
	if (store_put(L, "snapshots", jstr(doc, "id"), d) < 0) {
		local_unlock(L);
		json_decref(dto);
		lresp_api_error(resp, req, 500, "An unexpected error occurred.");
		return;
	}
	local_unlock(L);
	build_engine_kick(L);
	lresp_json(resp, 200, dto);
}

static void snap_deactivate(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	json_t *doc, *d;

	build_engine_kick(L);
	local_lock(L);
	doc = guard_uuid(req, resp, L);
	if (!doc) {
		local_unlock(L);
		return;
	}
	if (strcmp(jstr(doc, "state"), "inactive")) {
		d = json_deep_copy(doc);
		stamp(d, "inactive");
		if (store_put(L, "snapshots", jstr(doc, "id"), d) < 0) {
			local_unlock(L);
			lresp_api_error(resp, req, 500, "An unexpected error occurred.");
			return;
		}
	}
	local_unlock(L);
	lresp_empty(resp, 204);
}

/* ---- build logs ------------------------------------------------------------------------------------ */

/*
 * Waits (up to 30 s, as the API does) until the build has a runner, i.e. left
 * "pending". Fills id/ref; returns 0, 404 when the snapshot is gone, 1 when it
 * has no build info, 2 on timeout.
 */
static int wait_runner(struct local *L, const char *p, char *id, size_t idn, char *ref, size_t refn)
{
	struct timespec ts;
	double start, now;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	start = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	for (;;) {
		json_t *doc;
		bool ready;

		local_lock(L);
		doc = lookup(L, p, NULL);
		if (!doc) {
			local_unlock(L);
			return 404;
		}
		snprintf(id, idn, "%s", jstr(doc, "id"));
		if (!json_is_object(json_object_get(doc, "buildInfo"))) {
			local_unlock(L);
			return 1;
		}
		snprintf(ref, refn, "%s", jstr(json_object_get(doc, "buildInfo"), "snapshotRef"));
		ready = json_is_string(json_object_get(doc, "initialRunnerId"));
		local_unlock(L);
		if (ready)
			return 0;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
		if (now - start > 30 || local_stopping(L))
			return 2;
		usleep(100 * 1000);
	}
}

/* wait_runner for the build-logs endpoints, answering the API's 404 when there is no runner. */
static bool runner_assigned(struct lreq *req, struct lresp *resp, const char *p, char *id, size_t idn, char *ref,
			    size_t refn)
{
	int w = wait_runner(lreq_local(req), p, id, idn, ref, refn);

	if (w == 404)
		lresp_api_error(resp, req, 404, "Snapshot %s not found", p);
	else if (w == 1)
		lresp_api_error(resp, req, 404, "Snapshot with ID %s has no build info", id);
	else if (w == 2)
		lresp_api_error(resp, req, 404, "Timeout waiting for build runner assignment for snapshot %s", id);
	return w == 0;
}

static void snap_logs_url(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	const char *p = lreq_param(req, 0);
	char id[64], ref[128], url[512];
	json_t *out;

	build_engine_kick(L);
	if (!runner_assigned(req, resp, p, id, sizeof(id), ref, sizeof(ref)))
		return;
	snprintf(url, sizeof(url), "%s/snapshots/%s/build-logs", lreq_base_url(req), id);
	out = json_object();
	json_object_set_new(out, "url", json_string(url));
	lresp_json(resp, 200, out);
}

struct logrd {
	struct local *L;
	char id[64];
	int fd;
	int cfd;          /* the client's socket: a hang-up ends a followed stream */
	bool follow;
	double done_at;   /* when an active snapshot's stream ends */
	size_t len;
	char buf[16384];
};

static double mono_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t take(struct logrd *r, char *out, size_t max, size_t n)
{
	if (n > max)
		n = max;
	memcpy(out, r->buf, n);
	memmove(r->buf, r->buf + n, r->len - n);
	r->len -= n;
	return n;
}

/* One chunk per line: the runner flushes after each line it writes. */
static ssize_t logrd_read(void *ctx, char *out, size_t max)
{
	struct logrd *r = ctx;

	for (;;) {
		char *nl = memchr(r->buf, '\n', r->len);
		ssize_t got;
		const char *state;
		bool gone;

		if (nl)
			return (ssize_t)take(r, out, max, (size_t)(nl - r->buf) + 1);
		if (r->len == sizeof(r->buf))
			return (ssize_t)take(r, out, max, r->len);
		got = read(r->fd, r->buf + r->len, sizeof(r->buf) - r->len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -1;
		if (got > 0) {
			r->len += (size_t)got;
			continue;
		}
		/* at the end of what is written so far */
		if (!r->follow || local_stopping(r->L))
			return r->len ? (ssize_t)take(r, out, max, r->len) : 0;
		local_lock(r->L);
		{
			json_t *doc = store_get(r->L, "snapshots", r->id);

			gone = !doc || !strcmp(jstr(doc, "state"), "removing");
			state = doc ? jstr(doc, "state") : "";
			if (!strcmp(state, "active") && r->done_at == 0)
				r->done_at = mono_now() + 1.0;
		}
		local_unlock(r->L);
		if (gone || (r->done_at > 0 && mono_now() >= r->done_at)) {
			/* success (or deletion): the rest, then the end */
			return r->len ? (ssize_t)take(r, out, max, r->len) : 0;
		}
		/* a failed build never ends the stream; the client decides */
		{
			struct stat st;
			off_t pos = lseek(r->fd, 0, SEEK_CUR);

			if (fstat(r->fd, &st) == 0 && pos > st.st_size) {
				/* the build started over (restart): read the new log from its start */
				lseek(r->fd, 0, SEEK_SET);
				r->len = 0;
			}
		}
		if (r->cfd >= 0) {
			struct pollfd pf = { r->cfd, POLLRDHUP, 0 };

			/* the client hung up: end quietly (nobody is left to read a final chunk) */
			if (poll(&pf, 1, 100) > 0 && (pf.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)))
				return 0;
		} else {
			usleep(100 * 1000);
		}
	}
}

static void logrd_free(void *ctx)
{
	struct logrd *r = ctx;

	if (r->fd >= 0)
		close(r->fd);
	free(r);
}

/* Starts the log stream for snapshot id; false when there is no log yet. */
static bool stream_log(struct lreq *req, struct lresp *resp, const char *id, bool follow)
{
	struct local *L = lreq_local(req);
	char dir[4096], path[4200];
	struct logrd *r;
	int fd;

	build_snapshot_dir(L, id, dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/build.log", dir);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	r = calloc(1, sizeof(*r));
	if (!r) {
		close(fd);
		return false;
	}
	r->L = L;
	snprintf(r->id, sizeof(r->id), "%s", id);
	r->fd = fd;
	r->cfd = lreq_fd(req);
	r->follow = follow;
	lresp_stream(resp, 200, "application/octet-stream", logrd_read, r, logrd_free);
	return true;
}

/* GET /snapshots/{id}/build-logs: the proxy, in front of the runner. */
static void snap_logs_proxy(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	const char *p = lreq_param(req, 0);
	const char *follow = lreq_query(req, "follow");
	char id[64] = "", ref[128] = "";
	json_t *doc;
	bool has_bi = false;

	build_engine_kick(L);
	local_lock(L);
	doc = lookup(L, p, NULL);
	if (doc) {
		json_t *bi = json_object_get(doc, "buildInfo");

		snprintf(id, sizeof(id), "%s", jstr(doc, "id"));
		has_bi = json_is_object(bi);
		snprintf(ref, sizeof(ref), "%s", has_bi ? jstr(bi, "snapshotRef") : jstr(doc, "ref"));
	}
	local_unlock(L);
	if (!doc) {
		lresp_go_error(resp, req, 404, "NOT_FOUND", "snapshot not found: %s", p);
		return;
	}
	if (!has_bi || !stream_log(req, resp, id, follow && !strcmp(follow, "true")))
		lresp_go_error(resp, req, 404, "NOT_FOUND", "build logs not found for ref: %s", ref);
}

/* GET /api/snapshots/{id}/build-logs (deprecated): the API proxies the runner's stream. */
static void snap_logs_api(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	const char *p = lreq_param(req, 0);
	const char *follow = lreq_query(req, "follow");
	char id[64], ref[128];
	json_t *doc;
	bool active;

	build_engine_kick(L);
	if (follow && strcmp(follow, "true") && strcmp(follow, "false")) {
		lresp_api_error(resp, req, 400, "Validation failed (boolean string is expected)");
		return;
	}
	local_lock(L);
	doc = lookup(L, p, NULL);
	active = doc && !strcmp(jstr(doc, "state"), "active");
	local_unlock(L);
	if (!doc) {
		lresp_api_error(resp, req, 404, "Snapshot %s not found", p);
		return;
	}
	if (active) {
		lresp_empty(resp, 200);
		return;
	}
	if (!runner_assigned(req, resp, p, id, sizeof(id), ref, sizeof(ref)))
		return;
	if (!stream_log(req, resp, id, follow && !strcmp(follow, "true")))
		lresp_api_error(resp, req, 404, "build logs not found for ref: %s", ref);
}

const struct lroute snapshot_routes[] = {
	{ "POST", "/api/snapshots", snap_create, NULL, 0 },
	{ "GET", "/api/snapshots", snap_list, NULL, 0 },
	{ "GET", "/api/snapshots/{}/build-logs-url", snap_logs_url, NULL, 0 },
	{ "GET", "/api/snapshots/{}/build-logs", snap_logs_api, NULL, 0 },
	{ "POST", "/api/snapshots/{}/activate", snap_activate, NULL, 0 },
	{ "POST", "/api/snapshots/{}/deactivate", snap_deactivate, NULL, 0 },
	{ "GET", "/api/snapshots/{}", snap_get, NULL, 0 },
	{ "DELETE", "/api/snapshots/{}", snap_delete, NULL, 0 },
	{ "GET", "/snapshots/{}/build-logs", snap_logs_proxy, NULL, LROUTE_GO_ERRORS },
	{ 0 },
};
