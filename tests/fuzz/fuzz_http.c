/*
 * libFuzzer target for byoc-local's HTTP front. The input is written raw to a
 * connection of an in-process byoc-local, so everything a hostile client can
 * reach is fuzzed together: libmicrohttpd's parsing, our routing and percent
 * decoding, bearer checks, query and header reading, the JSON bodies of every
 * route, multipart uploads, SigV4 on the S3 routes, the toolbox's paths. The
 * sandbox runtime is a stub (tests/fuzz/stub_runtime.c): no process starts.
 *
 * "@SBX@" in the input becomes the id of a sandbox made at start-up, so that
 * mutations reach the per-sandbox routes; the bearer key is "k".
 *
 * Invariants: no sanitizer report, and byoc-local still answers GET /api/health
 * afterwards (a handler that left the lock held or wedged the server fails it).
 * State is thrown away every RESET_EVERY inputs so the store stays small.
 *
 * Run with -detect_leaks=0 (tests/fuzz/fuzz_http.flags): libFuzzer's per-input leak
 * check sees the server's connection threads mid-teardown (libmicrohttpd's connection
 * structs) as leaks. Leaks of the whole server are checked at exit by check-asan.
 * FUZZ_HTTP_SHOW=1 prints each answer (to check that a new seed gets where it should).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "local/server.h"

#define RESET_EVERY 2000
#define READ_CAP_MS 3000

static struct local *L;
static char state_dir[256];
static int port;
static char sbx_id[64];
static unsigned long inputs;

static int dial(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (int tries = 0; tries < 100; tries++) {
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0)
			return fd;
		int e = errno;
		if (fd >= 0)
			close(fd);
		if (e != EINTR)
			break;
	}
	perror("fuzz_http: connect");
	abort();
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Sends p, half-closes, and reads the answer until the server closes (or READ_CAP_MS:
 * a followed log may stream for a while; that is not a failure). The answer goes to out. */
static size_t exchange(const void *p, size_t n, char *out, size_t cap)
{
	int fd = dial();
	size_t got = 0;
	const char *s = p;

	while (n > 0) {
		ssize_t w = send(fd, s, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break; /* the server may close on a bad request before reading it all */
		s += w;
		n -= (size_t)w;
	}
	shutdown(fd, SHUT_WR);
	double end = now_ms() + READ_CAP_MS;
	for (;;) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int left = (int)(end - now_ms());
		if (left <= 0)
			break;
		int ready = poll(&pfd, 1, left);
		if (ready < 0 && errno == EINTR)
			continue; /* libFuzzer's SIGALRM (its -timeout watchdog) */
		if (ready <= 0)
			break;
		char sink[16384];
		ssize_t r = recv(fd, cap > got ? out + got : sink, cap > got ? cap - got : sizeof(sink), 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		if (cap > got)
			got += (size_t)r;
	}
	close(fd);
	if (got < cap)
		out[got] = '\0';
	return got;
}

static void check_alive(void)
{
	static const char req[] = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
	char ans[4096];
	double t0 = now_ms();
	size_t n = exchange(req, sizeof(req) - 1, ans, sizeof(ans) - 1);
	if (n < 12 || strncmp(ans, "HTTP/1.1 200", 12) != 0) {
		double t1 = now_ms();
		size_t n2 = exchange(req, sizeof(req) - 1, ans, sizeof(ans) - 1);
		fprintf(stderr, "fuzz_http: byoc-local no longer answers /api/health (got %zu bytes in %.0f ms; again: %zu bytes in %.0f ms)\n",
			n, t1 - t0, n2, now_ms() - t1);
		abort();
	}
}

/* One request with the bearer key; the JSON body of the answer (NULL if none). */
static json_t *api(const char *method, const char *path, const char *body)
{
	char req[1024], ans[16384];
	snprintf(req, sizeof(req),
		 "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k\r\n"
		 "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
		 method, path, body ? strlen(body) : 0, body ? body : "");
	size_t n = exchange(req, strlen(req), ans, sizeof(ans) - 1);
	const char *json = n ? strstr(ans, "\r\n\r\n") : NULL;
	return json ? json_loads(json + 4, JSON_DISABLE_EOF_CHECK, NULL) : NULL;
}

/* Waits until GET path answers {"state": want}; aborts after 10 s. */
static json_t *await_state(const char *path, const char *want)
{
	for (int i = 0; i < 1000; i++) {
		json_t *doc = api("GET", path, NULL);
		const char *st = json_string_value(json_object_get(doc, "state"));
		if (st && !strcmp(st, want))
			return doc;
		json_decref(doc);
		usleep(10000);
	}
	fprintf(stderr, "fuzz_http: %s never became %s\n", path, want);
	abort();
}

/* The fixture: snapshot "fzbase" and sandbox "fz" from it, started. */
static void make_sandbox(void)
{
	json_decref(api("POST", "/api/snapshots", "{\"name\":\"fzbase\",\"imageName\":\"debian:12\"}"));
	json_decref(await_state("/api/snapshots/fzbase", "active"));
	json_decref(api("POST", "/api/sandbox", "{\"name\":\"fz\",\"snapshot\":\"fzbase\",\"labels\":{\"a\":\"b\"}}"));
	json_t *doc = await_state("/api/sandbox/fz", "started");
	snprintf(sbx_id, sizeof(sbx_id), "%s", json_string_value(json_object_get(doc, "id")));
	json_decref(doc);
}

static void rm_state(void)
{
	char cmd[400];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", state_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "fuzz_http: could not remove %s\n", state_dir);
}

static void server_start(void)
{
	static struct local_options o;
	const char *tmp = getenv("TMPDIR");

	snprintf(state_dir, sizeof(state_dir), "%s/byoc-fuzz-http-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(state_dir)) {
		perror("fuzz_http: mkdtemp");
		abort();
	}
	o.listen_host = "127.0.0.1";
	o.port = 0;
	o.state_dir = state_dir;
	o.api_key = "k";
	o.build_seconds = 0;
	if (local_new(&o, &L) != 0 || local_listen(L) != 0) {
		fprintf(stderr, "fuzz_http: byoc-local did not start\n");
		abort();
	}
	const char *url = local_url(L); /* http://127.0.0.1:PORT/api */
	const char *colon = strrchr(url, ':');
	port = colon ? atoi(colon + 1) : 0;
	make_sandbox();
}

static void server_stop(void)
{
	local_free(L);
	L = NULL;
	rm_state();
}

static void at_exit(void)
{
	if (L)
		server_stop();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	server_start();
	atexit(at_exit);
	return 0;
}

/* A copy of the input with each "@SBX@" replaced by the fixture's id. */
static char *expand(const uint8_t *data, size_t size, size_t *out_len)
{
	static const char tag[] = "@SBX@";
	size_t idl = strlen(sbx_id), cap = size + 1, k = 0;
	for (size_t i = 0; i + 5 <= size; i++)
		if (!memcmp(data + i, tag, 5))
			cap += idl;
	char *out = malloc(cap);
	if (!out)
		abort();
	for (size_t i = 0; i < size;) {
		if (i + 5 <= size && !memcmp(data + i, tag, 5)) {
			memcpy(out + k, sbx_id, idl);
			k += idl;
			i += 5;
		} else {
			out[k++] = (char)data[i++];
		}
	}
	*out_len = k;
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!L)
		LLVMFuzzerInitialize(NULL, NULL);
	size_t n;
	char *req = expand(data, size, &n);
	const char *keep = getenv("FUZZ_HTTP_KEEP"); /* a folder: the last 32 inputs, to replay a sequence */
	if (keep) {
		char path[512];
		snprintf(path, sizeof(path), "%s/in-%02lu", keep, inputs % 32);
		FILE *f = fopen(path, "wb");
		if (f) {
			fwrite(data, 1, size, f);
			fclose(f);
		}
	}
	static int show = -1;
	if (show < 0)
		show = getenv("FUZZ_HTTP_SHOW") != NULL; /* prints the answers: for writing seeds */
	char ans[65536];
	size_t got = exchange(req, n, ans, show ? sizeof(ans) - 1 : 0);
	if (show)
		fprintf(stderr, "%.*s\n", (int)got, ans);
	free(req);
	check_alive();
	if (++inputs % RESET_EVERY == 0) {
		server_stop();
		server_start();
	}
	return 0;
}
