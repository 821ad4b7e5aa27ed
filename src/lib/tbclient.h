/*
 * Toolbox client: the in-sandbox daemon's API through the toolbox proxy
 * (contract §5), base = toolboxProxyUrl + "/" + sandboxId. Requests carry the
 * dt_client's headers (Authorization: Bearer, User-Agent, X-Daytona-Source)
 * and go through its http client (timeouts, retries, redacted traces).
 *
 * Errors as in daytona.h (401/403 EAUTH, 404 ENOTFOUND, 409 ECONFLICT, other
 * EFAIL; many daemon errors have an empty body, then the message names the
 * call, the path and the status only). 408 from execute -> BYOC_ETIMEOUT.
 *
 * Ownership: struct tbc borrows the dt_client (which must outlive it); results
 * in caller-provided structs are released with their _release function.
 * Threads: a struct tbc may be used from several threads at once.
 */
#ifndef BYOC_TBCLIENT_H
#define BYOC_TBCLIENT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "lib/daytona.h"
#include "lib/http.h"

struct tbc;

/* toolbox_proxy_url as in the Sandbox DTO (".../toolbox"); sandbox_id the id (not the name). */
int tbc_new(struct dt_client *dt, const char *toolbox_proxy_url, const char *sandbox_id, struct tbc **out);
/* Same from a sandbox; asks GET /sandbox/{id}/toolbox-proxy-url when the DTO has none. */
int tbc_new_for_sandbox(struct dt_client *dt, const struct dt_sandbox *sb, struct tbc **out);
void tbc_free(struct tbc *t);
/* ".../toolbox/<id>" (borrowed). */
const char *tbc_base_url(const struct tbc *t);

/* ---- process ------------------------------------------------------------------ */

struct tbc_exec_result {
	int exit_code;       /* -1 when the daemon could not start or wait for the command */
	char *result;        /* combined stdout+stderr, NUL-terminated, at most max_result bytes */
	size_t result_len;
	bool truncated;      /* result was cut at max_result */
};
void tbc_exec_result_release(struct tbc_exec_result *r);

/*
 * POST /process/execute {command, cwd?, envs?, timeout?}. command is a shell
 * script fed to the sandbox shell's stdin. cwd may be NULL; envs an object of
 * strings or NULL (borrowed); timeout_s 0 = no limit (then the HTTP call has no
 * total timeout either); otherwise the HTTP timeout is timeout_s + 30 s.
 * max_result caps the kept output (0 = 1 MiB): longer output is cut and
 * truncated is set; an answer over 16 MiB fails with BYOC_ENOMEM.
 * Not retried after the request may have reached the daemon, but for a 409 (the
 * sandbox in a state transition, a restart: nothing ran), asked again with the client's
 * backoff up to its max_attempts, as a step's session command is. 408 ->
 * BYOC_ETIMEOUT ("command timed out after N s").
 */
int tbc_execute(struct tbc *t, const char *command, const char *cwd, const json_t *envs, int timeout_s,
		size_t max_result, struct tbc_exec_result *out);
/*
 * The command run at most once per step id through the sandbox's step wrapper
 * (src/lib/sandbox/step.sh), which records its output and exit status: an
 * attempt whose step already ran (or runs) answers with that run's output and
 * status instead of running the command again. step_id: 1 to 64 of
 * [A-Za-z0-9._-], the same for every attempt of the step, including a rerun of
 * the tool after it was killed. With an id the step runs as a command of the
 * toolbox session "byoc-<id>" (contract §5.7: created, a 409 taken as made;
 * exec with runAsync; polled every 50 ms at first, backing off to 1 s, until its
 * exitCode; its logs read in either output format; the session deleted after),
 * so it outlives a killed client and the rerun's attempt answers with its
 * record; cwd goes into the script, envs (keys must be sh variable names) into a file
 * uploaded before each start (/tmp/.byoc-env/<id>: 0600 in a directory of 0700) that the
 * script sources and removes first (a step given up before its script ran removes it too),
 * so that no poll's answer (which echoes the command) carries their values,
 * a cwd that cannot be entered answers exit_code -1 and why, as execute does;
 * timeout_s ends the command by deleting its session (BYOC_ETIMEOUT); a session
 * that vanishes under it (sandbox or daemon restart) is made again, up to 5
 * times. Every call is retried like an idempotent one. NULL step_id = a fresh
 * random id over POST /process/execute (short checks: retries of this call
 * only). The command runs in a subshell with stdin from /dev/null; the record
 * is kept in /tmp/.byoc-steps/<id> for a day. An exit status 125 with "byoc:
 * cannot record step" means /tmp is not writable in the sandbox.
 */
int tbc_execute_once(struct tbc *t, const char *step_id, const char *command, const char *cwd,
		     const json_t *envs, int timeout_s, size_t max_result, struct tbc_exec_result *out);
bool tbc_step_id_ok(const char *id);
/*
 * For a caller that asks the sandbox again after an answer that said "not now" (a 409 of a
 * sandbox in a state transition is asked again inside every execute and upload already):
 * after attempt (1, 2, ...) sleeps the client's backoff (full jitter) and returns 0, or
 * returns 1 when the client's max_attempts are spent; BYOC_EINTR when cancelled meanwhile.
 */
int tbc_again(struct tbc *t, int attempt);

/* ---- files ---------------------------------------------------------------------- */

/*
 * One file to dest_path, its bytes from read (see http_read_fn), streamed,
 * never buffered. size < 0 sends it chunked; size >= 0 sends a Content-Length
 * (the body must then deliver exactly size bytes). seek (may be NULL) rewinds
 * the source so a failed attempt can be replayed. The daemon creates parent
 * directories and truncates the destination.
 * With seek: POST /files/upload-v2?path= with the bytes as the body (v0.205);
 * a daemon that answers it 404/405 (older) gets the multipart form below, and
 * this client does not ask it again. Without seek (nothing to send twice), or
 * after that: POST /files/bulk-upload, a multipart/form-data body with the text
 * part "files[0].path" = dest_path, then the file part "files[0].file"
 * (filename = dest_path).
 * *bytes (may be NULL) gets the size the daemon reports: upload-v2 reports
 * none (-1); a 2xx there means the whole body was written.
 * A 409 (a sandbox in a state transition) is asked again as execute asks it
 * (tbc_again), the source rewound; without seek it is not.
 */
int tbc_upload_stream(struct tbc *t, const char *dest_path, http_read_fn read, void *arg, long long size,
		      http_seek_fn seek, long long *bytes);
/*
 * The daemon's answer to a bulk upload, {"files":[{...},...],"errors":["...",...]},
 * read as it arrives: it has an object per file written (megabytes for many files),
 * so it is counted rather than kept. Feed any pieces; then nfiles and nerrors are
 * the sizes of the top-level "files" and "errors" arrays, first_error the start of
 * the first error (JSON escapes kept), and bad is set when the text is not such
 * an object (malformed, or nested deeper than it would be).
 */
struct tbc_bulk_scan {
	int depth;
	bool in_str, esc, key_next, reading_key, in_array, want_elem, done, bad;
	int section;        /* the top-level key whose value is being read: 1 files, 2 errors */
	char key[8];
	size_t keylen;
	size_t nfiles, nerrors;
	char first_error[256];
	size_t errlen;
	bool reading_err;
};
void tbc_bulk_scan_init(struct tbc_bulk_scan *s);
void tbc_bulk_scan_feed(struct tbc_bulk_scan *s, const char *p, size_t n);
/* True when the text was one complete object of that shape. */
bool tbc_bulk_scan_ok(const struct tbc_bulk_scan *s);

/*
 * POST /files/bulk-upload with a whole multipart body made by the caller (a
 * files-mode tarstream): content_type carries its boundary. Streamed and
 * chunked; seek (may be NULL) rewinds the body for a replay. Fails unless the
 * daemon reports no error and exactly nfiles files written.
 */
int tbc_upload_multipart(struct tbc *t, const char *content_type, http_read_fn read, void *arg, http_seek_fn seek,
			 size_t nfiles);
/* Uploads a local regular file (streamed, Content-Length, replayable), then
 * chmods it when mode >= 0 (octal bits, e.g. 0755). */
int tbc_upload_file(struct tbc *t, const char *local_path, const char *dest_path, int mode);

/* GET /files/download?path= streamed into fd. *bytes (may be NULL) gets the count.
 * Not retried once bytes were written. */
int tbc_download_to_fd(struct tbc *t, const char *path, int fd, long long *bytes);

struct tbc_file_info {
	char *name;
	long long size;
	char *mode;          /* "-rw-r--r--" */
	char *permissions;   /* "0644" */
	char *owner, *group; /* uid/gid or names as the daemon reports */
	char *modified_at;   /* RFC 3339, may be NULL */
	bool is_dir;
};
void tbc_file_info_release(struct tbc_file_info *i);
/* GET /files/info?path=. 404 -> BYOC_ENOTFOUND. */
int tbc_info(struct tbc *t, const char *path, struct tbc_file_info *out);
/* Parses a FileInfo answer (exposed for the fuzz target). */
int tbc_file_info_from_json(const json_t *j, struct tbc_file_info *out);

/* POST /files/folder?path=&mode= (mkdir -p; mode octal bits, <0 = 0755). */
int tbc_folder(struct tbc *t, const char *path, int mode);
/* POST /files/permissions?path=[&mode=][&owner=][&group=]; mode <0 and NULL
 * owner/group are left out. */
int tbc_permissions(struct tbc *t, const char *path, int mode, const char *owner, const char *group);

/* ---- git -------------------------------------------------------------------------- */

struct tbc_git_clone {
	const char *url;       /* required */
	const char *path;      /* required: target directory in the sandbox */
	const char *branch;    /* NULL = default */
	const char *commit;    /* NULL = tip; sent as commit_id */
	const char *username;  /* both or neither; sent in the JSON body only */
	const char *password;
};
/* POST /git/clone. The password never appears in URLs or traces. */
int tbc_git_clone(struct tbc *t, const struct tbc_git_clone *p);

#endif
