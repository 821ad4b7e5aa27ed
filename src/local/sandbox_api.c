/*
 * The sandbox API (contract.md section 4): /api/sandbox... and /api/health.
 */
#include "local/server.h"
#include "util/err.h"

#include <stdio.h>
#include <string.h>

static void h_health(struct lreq *req, struct lresp *resp)
{
	(void)req;
	lresp_json(resp, 200, json_pack("{s:s}", "status", "ok"));
}

const struct lroute sandbox_routes[] = {
	{ "GET", "/api/health", h_health, NULL, LROUTE_PUBLIC },
	{ 0 }
};
