/*
 * The traffic log (--traffic-log FILE): one JSON line per answered request,
 * so that the tests can hold every exchange against Daytona's OpenAPI specs
 * (tests/compat/validate.mjs). It records what was on the wire: the method,
 * the raw URI, the request headers but credentials, a buffered JSON request
 * body, the status, the response's content type and its JSON body. Streamed
 * bodies (uploads, downloads, log streams) are noted by content type only.
 */
#include "local/server.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define TRAFFIC_BODY_MAX ((size_t)4 << 20)

static bool is_json_type(const char *ct)
{
	return ct && (strstr(ct, "application/json") || strstr(ct, "+json"));
}

/* Credentials never reach the log: they are kept out by name. */
static bool secret_header(const char *k)
{
	return !strcasecmp(k, "Authorization") || !strcasecmp(k, "Proxy-Authorization") ||
	       !strcasecmp(k, "Cookie") || !strcasecmp(k, "X-Amz-Security-Token");
}

static int add_header(const char *k, const char *v, void *arg)
{
	json_t *h = arg;
	char low[128];
	size_t i;

	if (secret_header(k) || strlen(k) >= sizeof(low))
		return 0;
	for (i = 0; k[i]; i++)
		low[i] = (char)((k[i] >= 'A' && k[i] <= 'Z') ? k[i] + 32 : k[i]);
	low[i] = 0;
	json_object_set_new(h, low, json_string(v));
	return 0;
}

/* The body as JSON when it is JSON, else only its length. */
static void add_body(json_t *rec, const char *key, const char *ct, const void *p, size_t n)
{
	json_t *doc = NULL;
	char lenkey[32];

	if (is_json_type(ct) && n && n <= TRAFFIC_BODY_MAX)
		doc = json_loadb(p, n, JSON_DECODE_ANY, NULL);
	if (doc) {
		json_object_set_new(rec, key, doc);
		return;
	}
	snprintf(lenkey, sizeof(lenkey), "%sLength", key);
	json_object_set_new(rec, lenkey, json_integer((json_int_t)n));
}

void local_traffic_note(const struct lreq *req, int status, const char *ctype, const void *body, size_t len,
			bool streamed)
{
	const char *path = local_opts(lreq_local(req))->traffic_log;
	json_t *rec, *hdrs;
	const void *qb;
	size_t qn;
	char *line;
	int fd;

	if (!path || !*path)
		return;
	rec = json_object();
	hdrs = json_object();
	if (!rec || !hdrs) {
		json_decref(rec);
		json_decref(hdrs);
		return;
	}
	json_object_set_new(rec, "method", json_string(lreq_method(req)));
	json_object_set_new(rec, "uri", json_string(lreq_raw_uri(req)));
	lreq_headers_each(req, add_header, hdrs);
	json_object_set_new(rec, "headers", hdrs);
	qb = lreq_body(req, &qn);
	if (qn) {
		json_t *rb;

		add_body(rec, "requestBody", lreq_header(req, "Content-Type"), qb, qn);
		/* a secret's value (POST /api/secret, PATCH /api/secret/{id}) never reaches the log */
		rb = json_object_get(rec, "requestBody");
		if (!strncmp(lreq_raw_uri(req), "/api/secret", 11) && json_is_string(json_object_get(rb, "value")))
			json_object_set_new(rb, "value", json_string("(redacted)"));
	} else {
		const char *cl = lreq_header(req, "Content-Length");

		/* answered before its body was read (a fault, 401, 404) or a streamed upload */
		if (lreq_header(req, "Transfer-Encoding") || (cl && strtoull(cl, NULL, 10) > 0))
			json_object_set_new(rec, "requestBodyUnread", json_true());
	}
	json_object_set_new(rec, "status", json_integer(status));
	if (ctype)
		json_object_set_new(rec, "contentType", json_string(ctype));
	if (streamed)
		json_object_set_new(rec, "streamed", json_true());
	else
		add_body(rec, "body", ctype, body, len);
	line = json_dumps(rec, JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(rec);
	if (!line)
		return;
	/* One write of a whole line with O_APPEND: lines from concurrent requests, and from
	 * byoc-local restarts sharing the file, never interleave. */
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd >= 0) {
		size_t n = strlen(line);

		line[n] = '\n';
		if (write(fd, line, n + 1) < 0)
			local_log("traffic log %s: write failed", path);
		close(fd);
	}
	free(line);
}
