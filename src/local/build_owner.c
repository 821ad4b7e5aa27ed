/*
 * COPY/ADD --chown: the owner a copy gives what it creates (the Dockerfile reference, COPY --chown;
 * BuildKit's rules where the reference is loose). "user", "user:group", "uid", "uid:gid" in any
 * mix of names and numbers. A name is looked up in the rootfs' /etc/passwd and /etc/group;
 * byoc-local pulls no base image, so a rootfs without them is looked up in the files every
 * byoc-local sandbox gets (runtime.h). A user without a group: a name gives that user's primary
 * gid, a number gives the same number as gid. A name that is not there fails the build.
 */
#include "local/build_int.h"
#include "local/inroot.h"
#include "local/runtime.h"
#include "util/err.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OWNER_MAX_ID 0xfffffffeL   /* (uid_t)-1 means "unchanged" to chown */

/* A decimal id, or -1 when s is not one. */
static long numeric_id(const char *s)
{
	char *end;
	long v;

	if (!*s || !isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	return (*end || errno || v > OWNER_MAX_ID) ? -1 : v;
}

/* The rootfs' etc/<name> (at most 1 MiB, never through a symlink), else the sandbox default. */
static char *read_db(int rootfd, const char *name, const char *fallback)
{
	char rel[32];
	char *text;
	size_t len = 0;
	ssize_t n;
	int dfd, fd;

	snprintf(rel, sizeof(rel), "etc/%s", name);
	dfd = inroot_is_dir(rootfd, "etc") ? openat(rootfd, "etc", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1;
	fd = dfd >= 0 ? openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
	if (dfd >= 0)
		close(dfd);
	if (fd < 0)
		return strdup(fallback);
	text = malloc((1 << 20) + 1);
	while (text && len < (1 << 20) && (n = read(fd, text + len, (1 << 20) - len)) > 0)
		len += (size_t)n;
	close(fd);
	if (text)
		text[len] = '\0';
	return text;
}

/* In passwd/group text: the line whose first field is name; its third field (and fourth). */
static bool db_lookup(const char *text, const char *name, long *id3, long *id4)
{
	size_t nl = strlen(name);

	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		char line[1024], *f[4] = { NULL }, *s;
		size_t len = strcspn(p, "\n"), i = 0;

		if (len >= sizeof(line) || strncmp(p, name, nl) || p[nl] != ':')
			continue;
		memcpy(line, p, len);
		line[len] = '\0';
		for (s = line; s && i < 4; i++) {
			f[i] = s;
			s = strchr(s, ':');
			if (s)
				*s++ = '\0';
		}
		if (!f[2] || (*id3 = numeric_id(f[2])) < 0)
			continue;
		if (id4)
			*id4 = f[3] ? numeric_id(f[3]) : -1;
		return true;
	}
	return false;
}

int build_owner_resolve(int rootfd, const char *spec, long *uid, long *gid)
{
	char user[256];
	const char *colon = strchr(spec, ':');
	const char *group = colon ? colon + 1 : NULL;
	char *db;
	long primary = -1;
	bool found;

	*uid = *gid = -1;
	if ((size_t)(colon ? colon - spec : (long)strlen(spec)) >= sizeof(user) || (colon && !*group) || !*spec ||
	    spec[0] == ':')
		return byoc_fail(BYOC_EBUILD, "invalid --chown value '%s' (want user, user:group, uid or uid:gid)", spec);
	snprintf(user, sizeof(user), "%.*s", (int)(colon ? colon - spec : (long)strlen(spec)), spec);
	if ((*uid = numeric_id(user)) < 0) {
		if (!(db = read_db(rootfd, "passwd", RT_ETC_PASSWD)))
			return BYOC_ENOMEM;
		found = db_lookup(db, user, uid, &primary);
		free(db);
		if (!found)
			return byoc_fail(BYOC_EBUILD, "unable to find user %s: no such user in /etc/passwd", user);
	}
	if (!group) {
		*gid = primary >= 0 ? primary : *uid;
		return 0;
	}
	if ((*gid = numeric_id(group)) < 0) {
		if (!(db = read_db(rootfd, "group", RT_ETC_GROUP)))
			return BYOC_ENOMEM;
		found = db_lookup(db, group, gid, NULL);
		free(db);
		if (!found)
			return byoc_fail(BYOC_EBUILD, "unable to find group %s: no such group in /etc/group", group);
	}
	return 0;
}

int build_owner_mkdirs(int rootfd, const char *rel, long uid, long gid)
{
	char prefix[4096];
	size_t i = 0, len = strlen(rel);

	if (uid < 0 || len >= sizeof(prefix))
		return 0;
	while (i < len) {
		int fd;

		i += strcspn(rel + i, "/");
		memcpy(prefix, rel, i);
		prefix[i] = '\0';
		if (!inroot_is_dir(rootfd, prefix)) {
			fd = inroot_open_dir(rootfd, prefix, true, prefix);
			if (fd < 0)
				return fd;
			if (fchown(fd, (uid_t)uid, (gid_t)gid) < 0) {
				close(fd);
				return byoc_fail_errno(BYOC_EBUILD, "cannot set the owner of /%s", prefix);
			}
			close(fd);
		}
		while (rel[i] == '/')
			i++;
	}
	return 0;
}

int build_owner_parents(int rootfd, const char *rel, long uid, long gid)
{
	char parent[4096];
	const char *slash = strrchr(rel, '/');

	if (uid < 0 || !slash)
		return 0;
	snprintf(parent, sizeof(parent), "%.*s", (int)(slash - rel), rel);
	return build_owner_mkdirs(rootfd, parent, uid, gid);
}
