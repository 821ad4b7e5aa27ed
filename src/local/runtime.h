/*
 * byoc-local's sandbox runtime (runtime.c): the real sandboxes behind the
 * sandbox API (runtime_prepare/start/stop/destroy in server.h) and what the
 * toolbox (toolbox_api.c) needs to run commands and reach files.
 *
 * Layout: local_sandbox_dir(L, id)/root is the sandbox's root file system as
 * the host sees it: a private copy of the snapshot's files plus home/daytona,
 * mnt/session, tmp, var/tmp and etc/{passwd,group,hosts,hostname}. A started
 * sandbox is one long-lived set of namespaces (mount, PID, UTS, IPC, and
 * network when networkBlockAll) whose PID 1 is a small reaper
 * ("byoc-sandbox-init"); the host's /usr (and the /etc files a shell,
 * python3, git and TLS need) are bound read-only, /proc and /dev are its own.
 * Its processes run as uid/gid 1000 ("daytona") in a user namespace that maps
 * 1000 to an unprivileged host uid derived from the sandbox id
 * (runtime_host_uid), never as the host's root. Each command enters those
 * namespaces (setns), so background processes survive between commands.
 * Stopping kills PID 1, and with it every process of the sandbox.
 */
#ifndef BYOC_LOCAL_RUNTIME_H
#define BYOC_LOCAL_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "local/server.h"
#include "util/buf.h"

#define RT_UID 1000               /* the sandbox user, "daytona", as seen inside */
#define RT_HOME "/home/daytona"
/* The users and groups every sandbox has (its /etc/passwd and /etc/group); the snapshot build
 * looks --chown names up here when the Dockerfile brought no /etc/passwd of its own. */
#define RT_ETC_PASSWD "root:x:0:0:root:/root:/bin/bash\n" \
	"daytona:x:1000:1000:daytona:/home/daytona:/bin/bash\n" \
	"nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
#define RT_ETC_GROUP "root:x:0:\ndaytona:x:1000:\nnogroup:x:65534:\n"

/* The host uid (and gid) that the sandbox's uid 1000 maps to. */
uid_t runtime_host_uid(const char *sandbox_id);

/* runtime_ids.c: the owners a snapshot's files carry (COPY --chown), mapped into the sandbox.
 * rtids_shift gives the files below root their sandbox's host ids and records the map in
 * ids_path; rtids_maps writes it as uid_map and gid_map text ("1000 <daytona> 1" first);
 * rtids_inside is the id a host id shows as inside, or -1 when it is not one of them. */
int rtids_shift(const char *root, const char *ids_path, const char *sandbox_id);
int rtids_maps(const char *ids_path, uid_t daytona, char *uid_map, char *gid_map, size_t n);
long rtids_inside(const char *ids_path, bool group, unsigned host);
/* <sandbox dir>/ids into out. */
void runtime_ids_path(struct local *L, const char *sandbox_id, char *out, size_t n);

/* <sandbox dir>/root into out. */
void runtime_root_dir(struct local *L, const char *sandbox_id, char *out, size_t n);

/* True when the sandbox's namespaces are up (its PID 1 lives). */
bool runtime_running(struct local *L, const char *sandbox_id);

/* The directory relative paths resolve against: the image WORKDIR recorded by the
 * snapshot build, else /home/daytona. */
void runtime_workdir(struct local *L, const json_t *sandbox_doc, char *out, size_t n);

/* A command to run inside a started sandbox. */
struct rt_cmd {
	const char *const *argv;  /* argv[0] is an absolute path inside the sandbox */
	const char *const *envs;  /* extra "K=V", NULL-terminated (after image and sandbox env); may be NULL */
	const char *cwd;          /* absolute path inside the sandbox; NULL = workdir */
	const char *input;        /* written to stdin, which is then closed; NULL = empty stdin */
	size_t input_len;
	unsigned timeout_s;       /* 0 = no limit; else every process the command started is SIGKILLed */
	size_t max_output;        /* output beyond this is read and dropped; 0 = 8 MiB */
	int client_fd;            /* > 0: the client's socket; when it hangs up, the command ends as at a
				   * timeout (0 = none: designated initialisers leave it so) */
};

struct rt_result {
	int exit_code;            /* the exit status; -1 when it could not start or died by a signal */
	bool timed_out;
	bool client_gone;         /* the client hung up; every process of the command was killed */
	bool truncated;
	struct buf output;        /* stdout and stderr interleaved (caller: buf_release) */
};

/* Runs cmd as uid 1000 in the sandbox's namespaces, in its own process group, and
 * waits for it. 0 (see res->exit_code) or <0 when the sandbox is not running. res->output
 * is initialised in every case. */
int runtime_run(struct local *L, const char *sandbox_id, const json_t *sandbox_doc,
		const struct rt_cmd *cmd, struct rt_result *res);

/* Starts cmd (argv, envs, cwd; input ignored) in the sandbox without waiting for it: its
 * stdin is the pipe whose write end lands in *stdin_fd (caller closes), its output goes to
 * /dev/null. *ipid is a host process the caller reaps (waitpid) once the command ended;
 * *pgid the command's process group as the host sees it (kill(-pgid, ...)). */
int runtime_spawn(struct local *L, const char *sandbox_id, const json_t *sandbox_doc, const struct rt_cmd *cmd,
		  int *stdin_fd, pid_t *ipid, pid_t *pgid);

/* The login shell the daemon would use (§5.6): the first of zsh/bash listed in
 * /etc/shells and present, else /bin/sh. */
const char *runtime_shell(void);

#endif
