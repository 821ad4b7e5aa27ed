/*
 * Anthropic's Managed Agents API (/v1) on byoc-local: the route table, the
 * credential split, errors and ids, agents, environments and their keys, and
 * the ticker that expires leases and tool calls. See ma.h for the modules.
 *
 * Credentials, as the real API splits them:
 *   API key (x-api-key or Authorization: Bearer): agents, environments, sessions;
 *   environment key (Bearer only): its environment's work queue
 *     and the worker's session calls;
 *   session token (from a work item's secret): that item's
 *     heartbeat and stop, and its one session's reads, stream and events.
 * A credential of the wrong kind for a route is a 401 (the API does not know it
 * there); the right kind for another environment or session is a 403.
 */
#include "local/ma.h"
#include "util/err.h"
#include "util/hex.h"
#include "util/rand.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

/* ---- ids, tokens, time ------------------------------------------------------------ */

/* Ids and tokens made up from a guessable source could collide or be guessed: none is
 * (as local_uuid). */
static void random_bytes(unsigned char *b, size_t n)
{
	if (rand_bytes(b, n) < 0)
		abort();
}

static void random_chars(const char *alphabet, size_t k, char *out, size_t n)
{
	unsigned char b[128];
	size_t i;

	if (n > sizeof(b))
		n = sizeof(b);
	random_bytes(b, n);
	for (i = 0; i + 1 < n; i++)
		out[i] = alphabet[b[i] % k];
	out[n ? n - 1 : 0] = '\0';
}

void ma_id(const char *prefix, char *out, size_t n)
{
	static const char b62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	char tail[21];

	random_chars(b62, 62, tail, sizeof(tail));
	snprintf(out, n, "%s_011CZ%s", prefix, tail);
}

void ma_token(const char *prefix, char *out, size_t n)
{
	static const char b64u[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	char tail[65];

	random_chars(b64u, 64, tail, sizeof(tail));
	snprintf(out, n, "%s%s", prefix, tail);
}

void ma_hash(const char *s, char *out)
{
	unsigned char d[SHA256_DIGEST_LENGTH];
	SHA256((const unsigned char *)s, strlen(s), d);
	hex_encode(out, d, sizeof(d));
}

void ma_now_us(char *out, size_t n)
{
	struct timespec ts;
	struct tm tm;
	char tmp[32];

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(tmp, sizeof(tmp), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, n, "%s.%06ldZ", tmp, ts.tv_nsec / 1000);
}

int64_t ma_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- responses ---------------------------------------------------------------------- */

static void request_id(struct lresp *resp)
{
	char id[64];

	ma_id("req", id, sizeof(id));
	lresp_header(resp, "request-id", id);
}

const char *ma_error_type(int status)
{
	switch (status) {
	case 400: case 409: case 412: case 422: return "invalid_request_error";
	case 401: return "authentication_error";
	case 403: return "permission_error";
	case 404: return "not_found_error";
	case 413: return "request_too_large";
	case 429: return "rate_limit_error";
	case 503: case 529: return "overloaded_error";
	default: return status >= 500 ? "api_error" : "invalid_request_error";
	}
}

static void error_v(struct lresp *resp, int status, const char *type, const char *fmt, va_list ap)
{
	char msg[1024];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	lresp_json(resp, status, json_pack("{s:s, s:{s:s, s:s}}", "type", "error", "error", "type", type,
					   "message", msg));
	request_id(resp);
	if (status == 429 || status >= 500)
		lresp_header(resp, "retry-after", "1");
}

void ma_error(struct lresp *resp, int status, const char *type, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	error_v(resp, status, type, fmt, ap);
	va_end(ap);
}

void lresp_ma_error(struct lresp *resp, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	error_v(resp, status, ma_error_type(status), fmt, ap);
	va_end(ap);
}

void ma_json(struct lresp *resp, int status, json_t *doc)
{
	lresp_json(resp, status, doc);
	request_id(resp);
}

json_t *ma_body(struct lreq *req, struct lresp *resp)
{
	size_t len;
	json_t *j;

	lreq_body(req, &len);
	if (len == 0)
		return json_object();  /* callers own the result: an empty body is {} */
	j = lreq_json(req);
	if (!j) {
		ma_error(resp, 400, "invalid_request_error", "The request body is not valid JSON.");
		return NULL;
	}
	if (!json_is_object(j)) {
		ma_error(resp, 400, "invalid_request_error", "The request body must be a JSON object.");
		return NULL;
	}
	return json_incref(j);
}

/* ---- options and per-server state ------------------------------------------------------ */

struct ma_state {
	struct local *L;
	pthread_t ticker;
	bool ticking;
	volatile int stop;
	struct ma_state *next;
};
static pthread_mutex_t states_mu = PTHREAD_MUTEX_INITIALIZER;
static struct ma_state *states;

const char *ma_api_key(struct local *L)
{
	const struct local_options *o = local_opts(L);

	return o->anthropic_api_key && *o->anthropic_api_key ? o->anthropic_api_key : o->api_key;
}

int ma_work_ttl(struct local *L)
{
	int v = local_opts(L)->work_ttl_seconds;

	return v > 0 ? v : 300;
}

int ma_tool_timeout(struct local *L)
{
	int v = local_opts(L)->tool_timeout_seconds;

	return v > 0 ? v : 600;
}

static void *ticker_main(void *arg)
{
	struct ma_state *st = arg;

	while (!st->stop) {
		int64_t now = ma_now_ms();

		local_lock(st->L);
		ma_work_tick(st->L, now);
		ma_agent_tick(st->L, now);
		local_unlock(st->L);
		usleep(100 * 1000);
	}
	return NULL;
}

void ma_startup(struct local *L)
{
	struct ma_state *st = calloc(1, sizeof(*st));

	if (!st)
		return;
	st->L = L;
	st->ticking = pthread_create(&st->ticker, NULL, ticker_main, st) == 0;
	pthread_mutex_lock(&states_mu);
	st->next = states;
	states = st;
	pthread_mutex_unlock(&states_mu);
}

void ma_shutdown(struct local *L)
{
	struct ma_state **pp, *st = NULL;

	pthread_mutex_lock(&states_mu);
	for (pp = &states; *pp; pp = &(*pp)->next) {
		if ((*pp)->L == L) {
			st = *pp;
			*pp = st->next;
			break;
		}
	}
	pthread_mutex_unlock(&states_mu);
	if (!st)
		return;
	st->stop = 1;
	if (st->ticking)
		pthread_join(st->ticker, NULL);
	free(st);
}

/* ---- credentials ---------------------------------------------------------------------- */

static bool same_secret(const char *a, const char *b)
{
	unsigned char x[SHA256_DIGEST_LENGTH], y[SHA256_DIGEST_LENGTH];

	SHA256((const unsigned char *)a, strlen(a), x);
	SHA256((const unsigned char *)b, strlen(b), y);
	return CRYPTO_memcmp(x, y, sizeof(x)) == 0;
}

struct key_find {
	const char *hash;
	const char *env_id;
};

static int find_env_key(const char *id, json_t *doc, void *arg)
{
	struct key_find *k = arg;
	json_t *h;
	size_t i;

	json_array_foreach(json_object_get(doc, "_keys"), i, h) {
		if (json_is_string(h) && !strcmp(json_string_value(h), k->hash)) {
			k->env_id = id;
			return 1;
		}
	}
	return 0;
}

static const char *credential(struct lreq *req)
{
	const char *k = lreq_header(req, "x-api-key");
	const char *auth = lreq_header(req, "Authorization");

	if (k && *k)
		return k;
	if (auth && !strncasecmp(auth, "Bearer ", 7)) {
		auth += 7;
		while (*auth == ' ')
			auth++;
		return *auth ? auth : NULL;
	}
	return NULL;
}

static bool has_beta(const char *h)
{
	const char *p = h;
	size_t n = strlen(MA_BETA);

	while (p && (p = strstr(p, MA_BETA))) {
		if ((p == h || p[-1] == ',' || p[-1] == ' ') && (p[n] == '\0' || p[n] == ',' || p[n] == ' '))
			return true;
		p += n;
	}
	return false;
}

int ma_begin(struct lreq *req, struct lresp *resp, int allowed, struct ma_cred *c)
{
	struct local *L = lreq_local(req);
	const char *tok = credential(req), *key = ma_api_key(L);
	const char *v = lreq_header(req, "anthropic-version");
	const char *beta = lreq_header(req, "anthropic-beta");
	char hash[65];

	memset(c, 0, sizeof(*c));
	if (!tok) {
		ma_error(resp, 401, "authentication_error", "x-api-key header is required");
		return -1;
	}
	if (key && *key && same_secret(tok, key)) {
		c->kind = MA_CRED_API;
	} else if (!strncmp(tok, "sk-ant-oat01-", 13)) {
		struct key_find k = { hash, NULL };

		ma_hash(tok, hash);
		local_lock(L);
		store_each(L, MA_KIND_ENVS, find_env_key, &k);
		if (k.env_id) {
			c->kind = MA_CRED_ENV;
			snprintf(c->env_id, sizeof(c->env_id), "%s", k.env_id);
		}
		local_unlock(L);
	} else if (!strncmp(tok, "sk-ant-req-", 11)) {
		const char *wid = NULL;
		json_t *w;

		ma_hash(tok, hash);
		local_lock(L);
		w = ma_work_by_token(L, hash, &wid);
		if (w) {
			c->kind = MA_CRED_SESSION;
			snprintf(c->work_id, sizeof(c->work_id), "%s", wid);
			snprintf(c->env_id, sizeof(c->env_id), "%s", json_string_value(json_object_get(w, "environment_id")));
			snprintf(c->session_id, sizeof(c->session_id), "%s",
				 json_string_value(json_object_get(json_object_get(w, "data"), "id")));
		}
		local_unlock(L);
	}
	if (!c->kind) {
		ma_error(resp, 401, "authentication_error", "invalid x-api-key");
		return -1;
	}
	if (!(c->kind & allowed)) {
		ma_error(resp, 401, "authentication_error", "this endpoint does not accept %s",
			 c->kind == MA_CRED_API ? "an API key: use the environment key" :
			 c->kind == MA_CRED_ENV ? "an environment key" : "a work item's session token");
		return -1;
	}
	if (!v || !*v) {
		ma_error(resp, 400, "invalid_request_error", "anthropic-version: header is required");
		return -1;
	}
	if (!beta || !has_beta(beta)) {
		ma_error(resp, 400, "invalid_request_error",
			 "this endpoint requires the anthropic-beta header '%s'", MA_BETA);
		return -1;
	}
	return 0;
}

int ma_scope_env(const struct ma_cred *c, struct lresp *resp, const char *env_id)
{
	if (c->kind == MA_CRED_API || !strcmp(c->env_id, env_id))
		return 0;
	ma_error(resp, 403, "permission_error", "this credential cannot act on environment %s", env_id);
	return -1;
}

int ma_scope_session(const struct ma_cred *c, struct lresp *resp, const char *sid, const json_t *s)
{
	const char *env = json_string_value(json_object_get(s, "environment_id"));

	if (c->kind == MA_CRED_API || (c->kind == MA_CRED_ENV && env && !strcmp(env, c->env_id)) ||
	    (c->kind == MA_CRED_SESSION && !strcmp(c->session_id, sid)))
		return 0;
	ma_error(resp, 403, "permission_error", "this credential cannot act on session %s", sid);
	return -1;
}

/* ---- shared request helpers ------------------------------------------------------------ */

int ma_metadata(json_t *md, json_t *in, bool patch, struct lresp *resp, const char *field)
{
	const char *k;
	json_t *v;

	if (!json_is_object(in)) {
		ma_error(resp, 400, "invalid_request_error", "%s: Input should be an object", field);
		return -1;
	}
	json_object_foreach(in, k, v) {
		if (strlen(k) > 64 || !*k) {
			ma_error(resp, 400, "invalid_request_error", "%s: key '%.20s' must be 1 to 64 characters", field, k);
			return -1;
		}
		if (json_is_null(v) && patch)
			continue;
		if (!json_is_string(v)) {
			ma_error(resp, 400, "invalid_request_error", "%s.%s: Input should be a valid string", field, k);
			return -1;
		}
		if (json_string_length(v) > 512) {
			ma_error(resp, 400, "invalid_request_error", "%s.%s: value must be at most 512 characters", field, k);
			return -1;
		}
	}
	{
		json_t *merged = json_deep_copy(md);

		json_object_foreach(in, k, v) {
			if (json_is_null(v))
				json_object_del(merged, k);
			else
				json_object_set(merged, k, v);
		}
		if (json_object_size(merged) > 16) {
			json_decref(merged);
			ma_error(resp, 400, "invalid_request_error", "%s: at most 16 key-value pairs are allowed", field);
			return -1;
		}
		json_object_clear(md);
		json_object_update(md, merged);
		json_decref(merged);
	}
	return 0;
}

void ma_page(struct lreq *req, struct lresp *resp, json_t *arr, int def, int max, bool prev)
{
	const char *ls = lreq_query(req, "limit"), *pg = lreq_query(req, "page");
	long limit = def, start = 0;
	size_t i, n = json_array_size(arr);
	json_t *data = json_array(), *out;
	char *end, cur[40];

	if (ls) {
		errno = 0;
		limit = strtol(ls, &end, 10);
		if (errno || end == ls || *end || limit < 1 || limit > max) {
			json_decref(arr);
			json_decref(data);
			ma_error(resp, 400, "invalid_request_error", "limit: must be between 1 and %d", max);
			return;
		}
	}
	if (pg && *pg) {
		if (strncmp(pg, "page_", 5) || (start = strtol(pg + 5, &end, 10)) < 0 || *end) {
			json_decref(arr);
			json_decref(data);
			ma_error(resp, 400, "invalid_request_error", "page: not a cursor this list returned");
			return;
		}
	}
	for (i = (size_t)start; i < n && (long)(i - (size_t)start) < limit; i++)
		json_array_append(data, json_array_get(arr, i));
	out = json_pack("{s:o}", "data", data);
	if (i < n) {
		snprintf(cur, sizeof(cur), "page_%zu", i);
		json_object_set_new(out, "next_page", json_string(cur));
	} else {
		json_object_set_new(out, "next_page", json_null());
	}
	if (prev) {
		long p = start - limit;

		snprintf(cur, sizeof(cur), "page_%ld", p < 0 ? 0 : p);
		json_object_set_new(out, "prev_page", start > 0 ? json_string(cur) : json_null());
	}
	json_decref(arr);
	ma_json(resp, 200, out);
}

/* Docs of kind, public, oldest first (by created_at, then id). */
struct collect {
	json_t *arr;
	const char *field;   /* optional filter: field == value */
	const char *value;
	bool include_archived;
};

static int collect_cb(const char *id, json_t *doc, void *arg)
{
	struct collect *c = arg;

	(void)id;
	if (c->field) {
		const char *v = json_string_value(json_object_get(doc, c->field));

		if (!v || strcmp(v, c->value))
			return 0;
	}
	if (!c->include_archived && json_is_string(json_object_get(doc, "archived_at")))
		return 0;
	json_array_append_new(c->arr, store_public(doc));
	return 0;
}

static int by_created(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int r = strcmp(json_string_value(json_object_get(x, "created_at")) ?: "",
		       json_string_value(json_object_get(y, "created_at")) ?: "");

	return r ? r : strcmp(json_string_value(json_object_get(x, "id")) ?: "",
			      json_string_value(json_object_get(y, "id")) ?: "");
}

json_t *ma_collect(struct local *L, const char *kind, const char *field, const char *value, bool archived)
{
	struct collect c = { json_array(), field, value, archived };
	size_t n, i;
	json_t **v, *sorted;

	local_lock(L);
	store_each(L, kind, collect_cb, &c);
	local_unlock(L);
	n = json_array_size(c.arr);
	v = calloc(n ? n : 1, sizeof(*v));
	for (i = 0; v && i < n; i++)
		v[i] = json_array_get(c.arr, i);
	if (v)
		qsort(v, n, sizeof(*v), by_created);
	sorted = json_array();
	for (i = 0; v && i < n; i++)
		json_array_append(sorted, v[i]);
	free(v);
	json_decref(c.arr);
	return sorted;
}

static bool query_true(struct lreq *req, const char *name)
{
	const char *v = lreq_query(req, name);

	return v && (!strcmp(v, "true") || !strcmp(v, "1"));
}

/* ---- agents (records only: no model runs) ------------------------------------------------- */

static void h_agent_create(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *b, *model, *doc, *md = json_object();
	char id[64], now[40];

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0 || !(b = ma_body(req, resp)))
		goto out;
	model = json_object_get(b, "model");
	if (!json_is_string(json_object_get(b, "name")) || !json_string_length(json_object_get(b, "name"))) {
		ma_error(resp, 400, "invalid_request_error", "name: Field required");
		goto outb;
	}
	if (json_is_string(model))
		model = json_pack("{s:O}", "id", model);
	else if (json_is_object(model) && json_is_string(json_object_get(model, "id")))
		model = json_deep_copy(model);
	else {
		ma_error(resp, 400, "invalid_request_error", "model: Field required (a model id, or {\"id\": ...})");
		goto outb;
	}
	if (json_object_get(b, "metadata") && ma_metadata(md, json_object_get(b, "metadata"), false, resp, "metadata") < 0) {
		json_decref(model);
		goto outb;
	}
	ma_id("agent", id, sizeof(id));
	local_now_iso(now, sizeof(now));
	doc = json_pack("{s:s, s:s, s:n, s:s, s:o, s:o, s:o, s:s, s:i}", "id", id, "type", "agent", "archived_at",
			"created_at", now, "mcp_servers", json_array(), "metadata", md, "model", model,
			"updated_at", now, "version", 1);
	if (doc) {
		static const char *const copied[] = { "name", "description", "execution_identity", "multiagent",
						      "skills", "system", "tools" };
		size_t i;

		for (i = 0; i < sizeof(copied) / sizeof(copied[0]); i++) {
			json_t *v = json_object_get(b, copied[i]);

			json_object_set(doc, copied[i], v ? v : json_null());
		}
	}
	md = NULL;
	if (!doc) {
		ma_error(resp, 500, "api_error", "Internal server error");
		goto outb;
	}
	/* what the API fills in for an agent that names none */
	if (!json_is_object(json_object_get(doc, "execution_identity")))
		json_object_set_new(doc, "execution_identity", json_pack("{s:s}", "type", "service_account"));
	if (!json_is_array(json_object_get(doc, "skills")))
		json_object_set_new(doc, "skills", json_array());
	if (!json_is_array(json_object_get(doc, "tools")))
		json_object_set_new(doc, "tools", json_array());
	local_lock(L);
	if (store_put(L, MA_KIND_AGENTS, id, json_incref(doc)) < 0)
		ma_error(resp, 500, "api_error", "Internal server error: %s", byoc_errmsg());
	else
		ma_json(resp, 200, store_public(doc));
	local_unlock(L);
	json_decref(doc);
outb:
	json_decref(b);
out:
	json_decref(md);
}

static void h_agent_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *a;

	if (ma_begin(req, resp, MA_CRED_API | MA_CRED_ENV | MA_CRED_SESSION, &c) < 0)
		return;
	local_lock(L);
	a = store_get(L, MA_KIND_AGENTS, lreq_param(req, 0));
	if (a)
		ma_json(resp, 200, store_public(a));
	else
		ma_error(resp, 404, "not_found_error", "agent %s not found", lreq_param(req, 0));
	local_unlock(L);
}

static void h_agent_list(struct lreq *req, struct lresp *resp)
{
	struct ma_cred c;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	ma_page(req, resp, ma_collect(lreq_local(req), MA_KIND_AGENTS, NULL, NULL, query_true(req, "include_archived")),
		20, 100, false);
}

/* ---- environments -------------------------------------------------------------------------- */

static json_t *env_config(json_t *in, struct lresp *resp)
{
	const char *t = json_string_value(json_object_get(in, "type"));
	json_t *net, *pk;

	if (!in || json_is_null(in))
		t = "cloud";
	else if (!json_is_object(in) || !t) {
		ma_error(resp, 400, "invalid_request_error", "config.type: Field required ('cloud' or 'self_hosted')");
		return NULL;
	}
	if (!strcmp(t, "self_hosted"))
		return json_pack("{s:s}", "type", "self_hosted");
	if (strcmp(t, "cloud")) {
		ma_error(resp, 400, "invalid_request_error", "config.type: Input should be 'cloud' or 'self_hosted'");
		return NULL;
	}
	net = json_object_get(in, "networking");
	net = json_is_object(net) ? json_deep_copy(net) : json_pack("{s:s}", "type", "unrestricted");
	pk = json_pack("{s:[], s:[], s:[], s:[], s:[], s:[], s:s}", "apt", "cargo", "gem", "go", "npm", "pip",
		       "type", "packages");
	if (json_is_object(json_object_get(in, "packages"))) {
		const char *k;
		json_t *v;

		json_object_foreach(json_object_get(in, "packages"), k, v)
			if (json_is_array(v) && json_object_get(pk, k))
				json_object_set(pk, k, v);
	}
	return json_pack("{s:s, s:o, s:o}", "type", "cloud", "networking", net, "packages", pk);
}

static void h_env_create(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *b, *cfg, *doc, *md;
	char id[64], now[40];

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0 || !(b = ma_body(req, resp)))
		return;
	if (!json_is_string(json_object_get(b, "name")) || !json_string_length(json_object_get(b, "name"))) {
		ma_error(resp, 400, "invalid_request_error", "name: Field required");
		json_decref(b);
		return;
	}
	if (!(cfg = env_config(json_object_get(b, "config"), resp))) {
		json_decref(b);
		return;
	}
	md = json_object();
	if (json_object_get(b, "metadata") && ma_metadata(md, json_object_get(b, "metadata"), false, resp, "metadata") < 0) {
		json_decref(md);
		json_decref(cfg);
		json_decref(b);
		return;
	}
	ma_id("env", id, sizeof(id));
	local_now_iso(now, sizeof(now));
	doc = json_pack("{s:s, s:s, s:n, s:o, s:s, s:O, s:o, s:O, s:s, s:s, s:[]}", "id", id, "type", "environment",
			"archived_at", "config", cfg, "created_at", now,
			"description", json_object_get(b, "description") ?: json_null(), "metadata", md,
			"name", json_object_get(b, "name"), "updated_at", now,
			"scope", json_is_string(json_object_get(b, "scope")) ? json_string_value(json_object_get(b, "scope")) : "organization",
			"_keys");
	json_decref(b);
	local_lock(L);
	if (!doc || store_put(L, MA_KIND_ENVS, id, json_incref(doc)) < 0)
		ma_error(resp, 500, "api_error", "Internal server error");
	else
		ma_json(resp, 200, store_public(doc));
	local_unlock(L);
	json_decref(doc);
}

static json_t *env_for(struct lreq *req, struct lresp *resp, const struct ma_cred *c)
{
	struct local *L = lreq_local(req);
	const char *id = lreq_param(req, 0);
	json_t *e = store_get(L, MA_KIND_ENVS, id);

	if (!e) {
		ma_error(resp, 404, "not_found_error", "environment %s not found", id);
		return NULL;
	}
	if (ma_scope_env(c, resp, id) < 0)
		return NULL;
	return e;
}

static void h_env_get(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *e;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	local_lock(L);
	if ((e = env_for(req, resp, &c)))
		ma_json(resp, 200, store_public(e));
	local_unlock(L);
}

static void h_env_list(struct lreq *req, struct lresp *resp)
{
	struct ma_cred c;

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	ma_page(req, resp, ma_collect(lreq_local(req), MA_KIND_ENVS, NULL, NULL, query_true(req, "include_archived")),
		20, 100, false);
}

static void h_env_archive(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *e;
	char now[40];

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	local_lock(L);
	if ((e = env_for(req, resp, &c))) {
		if (!json_is_string(json_object_get(e, "archived_at"))) {
			local_now_iso(now, sizeof(now));
			json_object_set_new(e, "archived_at", json_string(now));
			json_object_set_new(e, "updated_at", json_string(now));
			store_put(L, MA_KIND_ENVS, lreq_param(req, 0), e);
		}
		ma_json(resp, 200, store_public(e));
	}
	local_unlock(L);
}

/* byoc-local only: stands in for the Console's "Generate environment key". */
static void h_env_key(struct lreq *req, struct lresp *resp)
{
	struct local *L = lreq_local(req);
	struct ma_cred c;
	json_t *e;
	char key[96], hash[65];

	if (ma_begin(req, resp, MA_CRED_API, &c) < 0)
		return;
	local_lock(L);
	if ((e = env_for(req, resp, &c))) {
		if (strcmp(json_string_value(json_object_get(json_object_get(e, "config"), "type")) ?: "", "self_hosted")) {
			ma_error(resp, 400, "invalid_request_error", "environment %s is not self_hosted: only a self-hosted environment has keys",
				 lreq_param(req, 0));
		} else {
			ma_token("sk-ant-oat01-", key, sizeof(key));
			ma_hash(key, hash);
			if (!json_is_array(json_object_get(e, "_keys")))
				json_object_set_new(e, "_keys", json_array());
			json_array_append_new(json_object_get(e, "_keys"), json_string(hash));
			if (store_put(L, MA_KIND_ENVS, lreq_param(req, 0), e) < 0)
				ma_error(resp, 500, "api_error", "Internal server error");
			else
				ma_json(resp, 200, json_pack("{s:s, s:s}", "key", key, "environment_id", lreq_param(req, 0)));
		}
	}
	local_unlock(L);
}

/* ---- the route table -------------------------------------------------------------------------- */

#define V1 LROUTE_PUBLIC
#define W (LROUTE_PUBLIC | LROUTE_WORKER)
const struct lroute ma_routes[] = {
	{ "POST", "/v1/agents", h_agent_create, NULL, V1 },
	{ "GET", "/v1/agents", h_agent_list, NULL, V1 },
	{ "GET", "/v1/agents/{}", h_agent_get, NULL, V1 },
	{ "POST", "/v1/environments", h_env_create, NULL, V1 },
	{ "GET", "/v1/environments", h_env_list, NULL, V1 },
	{ "GET", "/v1/environments/{}/work/poll", ma_h_work_poll, NULL, W },
	{ "GET", "/v1/environments/{}/work/stats", ma_h_work_stats, NULL, V1 },
	{ "GET", "/v1/environments/{}/work", ma_h_work_list, NULL, V1 },
	{ "GET", "/v1/environments/{}/work/{}", ma_h_work_get, NULL, V1 },
	{ "POST", "/v1/environments/{}/work/{}", ma_h_work_update, NULL, V1 },
	{ "POST", "/v1/environments/{}/work/{}/ack", ma_h_work_ack, NULL, W },
	{ "POST", "/v1/environments/{}/work/{}/heartbeat", ma_h_work_heartbeat, NULL, W },
	{ "POST", "/v1/environments/{}/work/{}/stop", ma_h_work_stop, NULL, W },
	{ "POST", "/v1/environments/{}/keys", h_env_key, NULL, V1 },
	{ "POST", "/v1/environments/{}/archive", h_env_archive, NULL, V1 },
	{ "GET", "/v1/environments/{}", h_env_get, NULL, V1 },
	{ "POST", "/v1/sessions", ma_h_session_create, NULL, V1 },
	{ "GET", "/v1/sessions", ma_h_session_list, NULL, V1 },
	{ "GET", "/v1/sessions/{}/events/stream", ma_h_events_stream, NULL, W },
	{ "GET", "/v1/sessions/{}/events", ma_h_events_list, NULL, W },
	{ "POST", "/v1/sessions/{}/events", ma_h_events_send, NULL, W },
	{ "POST", "/v1/sessions/{}/archive", ma_h_session_archive, NULL, V1 },
	{ "GET", "/v1/sessions/{}", ma_h_session_get, NULL, W },
	{ "POST", "/v1/sessions/{}", ma_h_session_update, NULL, V1 },
	{ "DELETE", "/v1/sessions/{}", ma_h_session_delete, NULL, V1 },
	{ 0 }
};
