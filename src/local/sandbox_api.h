/*
 * The sandbox API's pure parts, exposed for unit tests (tests/unit/test_sandbox_api.c).
 */
#ifndef BYOC_LOCAL_SANDBOX_API_H
#define BYOC_LOCAL_SANDBOX_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

/* The DTO state (contract.md 4.6) for a stored state, desired state and pending flag. */
const char *sbx_dto_state(const char *state, const char *desired, bool pending);

enum { SBX_OP_START, SBX_OP_STOP, SBX_OP_ARCHIVE, SBX_OP_DELETE, SBX_OP_RECOVER };
/* Preconditions of contract.md 4.5 on a stored doc: 0 when op may proceed, 1 when it is a
 * no-op answered 200 (start of a started sandbox), else an HTTP status with *msg set. */
int sbx_check_op(const json_t *doc, int op, const char **msg);

/* Labels containment (JSONB @>): every pair of filter is in labels. */
bool sbx_labels_match(const json_t *labels, const json_t *filter);

/* Paging cursor: base64 of {"sortValue":v,"id":id}. encode returns malloc'd text. */
char *sbx_cursor_encode(const json_t *sort_value, const char *id);
int sbx_cursor_decode(const char *s, json_t **sort_value, char **id); /* 0 or -1 */

/* ISO-8601 ("2026-01-02T03:04:05Z", optional .fff and +hh:mm) to epoch ms; -1 if invalid. */
int64_t sbx_iso_ms(const char *s);

/* The list query (contract.md 4.3). */
enum { SBX_SORT_NAME, SBX_SORT_CPU, SBX_SORT_MEM, SBX_SORT_DISK, SBX_SORT_ACTIVITY, SBX_SORT_CREATED };
struct sbx_query {
	char *id_prefix, *name_prefix;
	json_t *labels;       /* object or NULL */
	json_t *states;       /* array of strings or NULL */
	json_t *snapshots;    /* array of strings or NULL */
	bool include_errored_deleted;
	int limit;            /* 1..200 */
	int sort;             /* SBX_SORT_* */
	bool desc;
	json_t *cursor_value; /* NULL: from the start */
	char *cursor_id;
	double min_cpu, max_cpu, min_mem, max_mem, min_disk, max_disk; /* <0: unset */
	int64_t created_after, created_before, activity_after, activity_before; /* <0: unset */
	char err[400];
};
void sbx_query_init(struct sbx_query *q);
/* One query argument; 0, or -1 with q->err set (answer 400 with it). */
int sbx_query_add(struct sbx_query *q, const char *k, const char *v);
void sbx_query_release(struct sbx_query *q);
/* Whether a stored doc passes the filters (not the cursor). */
bool sbx_query_match(const struct sbx_query *q, const json_t *doc);

#endif
