/*
 * The owners a snapshot's files carry (COPY/ADD --chown), seen inside a sandbox as the
 * Dockerfile asked. The snapshot's rootfs keeps the ids the image has (as docker's layers
 * do); a sandbox's user namespace maps 1000 to the sandbox's host uid (runtime_host_uid)
 * and each further id of its files to a host id of its own, derived from the sandbox id
 * like that one, so no two sandboxes share a host id. Preparing a sandbox moves its copy
 * of the files to those host ids and records the map in <sandbox dir>/ids, which every
 * boot writes as the namespace's uid_map and gid_map. 0 stays the host's root and 65534 the
 * host's nobody: a user namespace never maps the host's root, so root's files show as
 * 65534 inside, like every root-owned file of a byoc-local sandbox.
 */
#include "local/runtime.h"
#include "util/err.h"

#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RTIDS_MAX 64   /* further ids per kind; the kernel takes 340 map lines */

struct rtids {
	const char *sandbox_id;
	uid_t daytona;         /* the host id 1000 maps to */
	struct rtid {
		unsigned inside, host;
	} v[2][RTIDS_MAX];     /* [0] uids, [1] gids */
	size_t n[2];
	int rc;
};

void runtime_ids_path(struct local *L, const char *sandbox_id, char *out, size_t n)
{
	char dir[3900];

	local_sandbox_dir(L, sandbox_id, dir, sizeof(dir));
	snprintf(out, n, "%s/ids", dir);
}

static bool host_taken(const struct rtids *m, int kind, unsigned host)
{
	if (host == m->daytona)
		return true;
	for (size_t i = 0; i < m->n[kind]; i++)
		if (m->v[kind][i].host == host)
			return true;
	return false;
}

/* The host id for an inside id: 1000, 0 and 65534 are fixed; others are allotted. */
static long host_of(struct rtids *m, int kind, unsigned inside)
{
	uint32_t h = 2166136261u;
	char key[32];

	if (inside == 0 || inside == 65534)
		return inside;
	if (inside == RT_UID)
		return m->daytona;
	for (size_t i = 0; i < m->n[kind]; i++)
		if (m->v[kind][i].inside == inside)
			return m->v[kind][i].host;
	if (m->n[kind] == RTIDS_MAX)
		return byoc_fail(BYOC_EFAIL, "the snapshot's files have more than %d owners (%s) besides root, daytona and nobody: byoc-local maps at most that many into a sandbox",
				 RTIDS_MAX, kind ? "gids" : "uids");
	for (const unsigned char *p = (const unsigned char *)m->sandbox_id; *p; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	snprintf(key, sizeof(key), "/%c%u", kind ? 'g' : 'u', inside);
	for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	/* the same range as runtime_host_uid; a clash with an id already given moves on */
	h = 200000000u + (h & 0xffffffu);
	while (host_taken(m, kind, h))
		h = 200000000u + ((h - 200000000u + 1) & 0xffffffu);
	m->v[kind][m->n[kind]++] = (struct rtid){ inside, h };
	return h;
}

static _Thread_local struct rtids *walking;

/* A sandbox's ids are allotted from 200,000,000 up: such an id is already a host id (a
 * prepare that runs again after an interruption must not move a file twice). */
static long shifted(struct rtids *m, int kind, unsigned id)
{
	return id >= 200000000u ? (long)id : host_of(m, kind, id);
}

static int shift_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	long u = shifted(walking, 0, st->st_uid), g = shifted(walking, 1, st->st_gid);

	if (u < 0 || g < 0) {
		walking->rc = (int)(u < 0 ? u : g);
		return 1;
	}
	if ((uid_t)u != st->st_uid || (gid_t)g != st->st_gid) {
		if (lchown(path, (uid_t)u, (gid_t)g) != 0) {
			walking->rc = byoc_fail_errno(BYOC_EIO, "cannot give '%s' its owner in the sandbox", path);
			return 1;
		}
	}
	return 0;
}

int rtids_shift(const char *root, const char *ids_path, const char *sandbox_id)
{
	struct rtids *m = calloc(1, sizeof(*m));
	FILE *f;
	int rc;

	if (!m)
		return byoc_fail(BYOC_ENOMEM, "out of memory");
	m->sandbox_id = sandbox_id;
	m->daytona = runtime_host_uid(sandbox_id);
	walking = m;
	if (nftw(root, shift_one, 32, FTW_PHYS | FTW_MOUNT) < 0 && m->rc == 0)
		m->rc = byoc_fail_errno(BYOC_EIO, "cannot walk the sandbox's files '%s'", root);
	walking = NULL;
	rc = m->rc;
	if (rc == 0) {
		f = fopen(ids_path, "we");
		if (!f) {
			rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", ids_path);
		} else {
			for (int k = 0; k < 2; k++)
				for (size_t i = 0; i < m->n[k]; i++)
					fprintf(f, "%c %u %u\n", k ? 'g' : 'u', m->v[k][i].inside, m->v[k][i].host);
			if (fclose(f) != 0)
				rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", ids_path);
		}
	}
	free(m);
	return rc;
}

int rtids_maps(const char *ids_path, uid_t daytona, char *uid_map, char *gid_map, size_t n)
{
	char *maps[2] = { uid_map, gid_map };
	size_t len[2];
	FILE *f;
	char kind;
	unsigned inside, host;

	for (int k = 0; k < 2; k++)
		len[k] = (size_t)snprintf(maps[k], n, "%d %u 1\n", RT_UID, (unsigned)daytona);
	f = fopen(ids_path, "re");
	if (!f)
		return errno == ENOENT ? 0 : byoc_fail_errno(BYOC_EIO, "cannot read '%s'", ids_path);
	while (fscanf(f, " %c %u %u", &kind, &inside, &host) == 3) {
		int k = kind == 'g';

		if (len[k] < n)
			len[k] += (size_t)snprintf(maps[k] + len[k], n - len[k], "%u %u 1\n", inside, host);
	}
	fclose(f);
	if (len[0] >= n || len[1] >= n)
		return byoc_fail(BYOC_EFAIL, "the id map in '%s' is too long", ids_path);
	return 0;
}

long rtids_inside(const char *ids_path, bool group, unsigned host)
{
	FILE *f = fopen(ids_path, "re");
	char kind;
	unsigned inside, h;
	long found = -1;

	if (!f)
		return -1;
	while (found < 0 && fscanf(f, " %c %u %u", &kind, &inside, &h) == 3)
		if ((kind == 'g') == group && h == host)
			found = inside;
	fclose(f);
	return found;
}
