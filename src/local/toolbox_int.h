/*
 * What toolbox_api.c shares with toolbox_session.c (the toolbox's other modules
 * see toolbox.h only).
 */
#ifndef BYOC_LOCAL_TOOLBOX_INT_H
#define BYOC_LOCAL_TOOLBOX_INT_H

#include <jansson.h>
#include <sys/types.h>

#include "local/server.h"
#include "util/buf.h"

/* Output kept from one command (process/execute, a session command). */
#define TBX_EXEC_OUTPUT_MAX ((size_t)8 << 20)

/* The sandbox behind a request. */
struct tsbx {
	struct local *L;
	char id[128];
	json_t *doc;
	int rootfd;
	uid_t huid;
	char workdir[4096];
};

/* Finds the sandbox, notes activity, checks it is started (booting its namespaces again
 * after a byoc-local restart). 0, or <0 with the answer set on resp. */
int tsbx_open(struct lreq *req, struct lresp *resp, struct tsbx *t);
void tsbx_release(struct tsbx *t);

/* A command's output as a JSON string, invalid UTF-8 replaced as Go's encoder does. */
json_t *tbx_output_string(const struct buf *b);

/* toolbox_session.c: the /process/session routes, and the end of every session (shutdown). */
void h_session_create(struct lreq *req, struct lresp *resp);
void h_session_list(struct lreq *req, struct lresp *resp);
void h_session_get(struct lreq *req, struct lresp *resp);
void h_session_delete(struct lreq *req, struct lresp *resp);
void h_session_exec(struct lreq *req, struct lresp *resp);
void h_session_command(struct lreq *req, struct lresp *resp);
void h_session_logs(struct lreq *req, struct lresp *resp);
void tbx_sessions_end(struct local *L);

#endif
