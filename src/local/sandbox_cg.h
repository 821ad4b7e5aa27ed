/*
 * A started sandbox's cpu, memory and process limits (sandbox_cg.c), through whichever
 * cgroup hierarchy the machine has: v2 (/sys/fs/cgroup/byoc-local/ID) or v1 (the pids,
 * memory and cpu hierarchies, each with byoc-local/ID). The limits sit on ID; processes
 * live in leaves below it: "init" for the sandbox's PID 1 (and what it reaps), "cN" for
 * one command and everything it starts, so that a timeout or a vanished client ends all
 * of them, setsid or not.
 *
 *  cpu     cpu.max / cpu.cfs_quota_us: the sandbox's cpu count of one core's time
 *  memory  memory.max / memory.limit_in_bytes (and swap): its memory GiB; past it the
 *          kernel's OOM killer picks a process of that sandbox
 *  pids    pids.max: SBXCG_PIDS processes and threads, so a fork bomb stops there
 */
#ifndef BYOC_LOCAL_SANDBOX_CG_H
#define BYOC_LOCAL_SANDBOX_CG_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define SBXCG_PIDS 512
#define SBXCG_MAX_DIRS 3       /* v1: pids, memory, cpu */

/* Once at start: finds the hierarchy and says (local_log) which limits cannot be set here. */
void sbxcg_startup(void);
bool sbxcg_available(void);

/* cgroup v2 controllers (bits), in the order probed: pids, memory, cpu */
#define SBXCG_PIDS_CTL 1u
#define SBXCG_MEMORY_CTL 2u
#define SBXCG_CPU_CTL 4u

/* Writes a v2 cgroup's limits into dir, for those controllers enabled: pids.max, memory.max
 * (mem_gib, no swap), cpu.max (cpu cores' time per 100 ms). 0, or <0 with the error set. */
int sbxcg_limits_v2(const char *dir, long long cpu, long long mem_gib, unsigned controllers);

/* Creates ID's cgroup with the limits of sandbox_doc (cpu, memory). 0, or <0 with the
 * error set (nothing left behind). A no-op when cgroups are unavailable. */
int sbxcg_create(const char *sandbox_id, const json_t *sandbox_doc);

/* The cgroup.procs files of leaf (created when missing) under ID, into paths (each
 * PATH_MAX long), for a child to write "0" to before it execs (async-signal-safe to
 * use). Returns how many (0 when unavailable or on failure). */
int sbxcg_leaf(const char *sandbox_id, const char *leaf, char paths[][4096]);

/* Writes pid (0: the calling process) to each path: it joins the leaf. Async-signal-safe. */
void sbxcg_join(char paths[][4096], int n, pid_t pid);

/* Removes the leaf if nothing runs in it any more (a command ended without leaving
 * background processes behind). */
void sbxcg_drop_leaf(const char *sandbox_id, const char *leaf);

/* Kills every process in the leaf and removes it (when they are gone). */
void sbxcg_kill_leaf(const char *sandbox_id, const char *leaf);

/* Removes ID's cgroup (every leaf; its processes must be gone: the sandbox is stopped). */
void sbxcg_remove(const char *sandbox_id);

#endif
