/*
 * A started sandbox's network (sandbox_net.c). Every sandbox has its own network
 * namespace, so 127.0.0.1 inside it is its own: byoc-local, its S3 endpoint, other
 * sandboxes and the host's abstract Unix sockets are out of reach.
 *
 *  - networkBlockAll: only lo.
 *  - otherwise (the default) outbound access the way rootless containers get it: pasta
 *    (passt) gives the namespace an interface and a default route and carries its
 *    connections out through the host's sockets, with the gateway NOT mapped to the
 *    host's loopback (--no-map-gw) and no port forwarded except, from the sandbox's
 *    127.0.0.1 to the host's, the sandbox-facing listener's port and the ports the
 *    operator named (--forward-host-port).
 *  - networkAllowList (IPv4 CIDRs): the default routes are replaced by one route per CIDR.
 */
#ifndef BYOC_LOCAL_SANDBOX_NET_H
#define BYOC_LOCAL_SANDBOX_NET_H

#include <jansson.h>
#include <sys/types.h>

#include "local/server.h"

/* Once at start: says (local_log) when sandboxes cannot get outbound access here. */
void sbxnet_startup(struct local *L);

/* Sets up the network of the sandbox whose PID 1 is init_pid (its namespace is already
 * made, with lo up). *helper: the pasta daemon to end with sbxnet_stop (0 when none).
 * 0 or <0 with the error set. */
int sbxnet_start(struct local *L, const char *sandbox_id, const json_t *sandbox_doc, pid_t init_pid,
		 pid_t *helper);

/* Ends a helper sbxnet_start returned (it is not our child: pasta runs as a daemon);
 * helper 0: the one the sandbox's pid file names (left by a byoc-local that was killed). */
void sbxnet_stop(struct local *L, const char *sandbox_id, pid_t helper);

#endif
