/*
 * Daytona secrets (/secret, API v0.205): create, list, delete. A secret's value goes to
 * Daytona once, in a request body; it is never in a URL, an argv, a log line or an answer
 * (Daytona never returns it). A sandbox created with secrets sees a placeholder.
 */
#ifndef BYOC_SECRETS_H
#define BYOC_SECRETS_H

#include "lib/daytona.h"

#include <jansson.h>

/* A secret name as Daytona takes it: 1..255 of [A-Za-z0-9_-]. 0, or BYOC_EUSAGE naming it. */
int dt_secret_name_check(const char *name);

/* POST /secret. hosts: array of strings or NULL; description may be NULL. 409 (the name is
 * taken) -> BYOC_ECONFLICT. out (may be NULL): the Secret DTO (no value in it). */
int dt_secret_create(struct dt_client *c, const char *name, const char *value, const json_t *hosts,
		     const char *description, json_t **out);
/* GET /secret: the organization's secrets (array of Secret DTOs). */
int dt_secret_list(struct dt_client *c, json_t **out);
/* DELETE /secret/{id or name}. A missing secret -> BYOC_ENOTFOUND. */
int dt_secret_delete(struct dt_client *c, const char *id_or_name);

#endif
