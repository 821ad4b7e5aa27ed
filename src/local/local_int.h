/*
 * Internals shared by server.c and store.c (not for the other modules: they use
 * server.h only).
 */
#ifndef BYOC_LOCAL_INT_H
#define BYOC_LOCAL_INT_H

#include "local/server.h"

#include <pthread.h>
#include <sys/socket.h>

struct MHD_Daemon;

struct local_server {
	struct MHD_Daemon *daemon;
	struct sockaddr_storage addr;
	int port;
	char base[128];   /* http://127.0.0.1:PORT */
	char url[160];    /* base + /api */
};

struct local {
	struct local_options opts;   /* strings point into L-owned copies below */
	char *state_dir;
	char *api_key;
	char *listen_host;
	char org_id[80];
	struct local_fault *faults;
	pthread_mutex_t mu;          /* recursive */
	json_t *docs;                /* {kind: {id: doc}} */
	int lock_fd;
	struct local_server srv;
	struct local_server sbx_srv;  /* the sandbox-facing listener (LROUTE_WORKER routes) */
	volatile int stopping;
	bool started_modules;
};

/* store.c */
int store_open(struct local *L);    /* lock file + load; under L->state_dir */
void store_close(struct local *L);

/* sandbox_api.c: waits up to wait_ms for running sandbox transitions; true when none is left */
bool sbx_quiesce(struct local *L, int wait_ms);

/* server.c */
int local_server_start(struct local *L, struct local_server *S, const char *listen_host, int port);
bool local_server_stop(struct local_server *S, int wait_ms);
const char *local_base_default(struct local *L);

#endif
