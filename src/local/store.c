/*
 * The durable store: JSON documents by kind and id, in memory (one jansson
 * object per kind) and written through to <state>/<kind>/<id>.json with a
 * temp file, fsync, rename and an fsync of the directory, so a crash loses
 * at most the write in flight. A flock on <state>/.lock keeps a second
 * byoc-local off the same state dir.
 */
#include "local/local_int.h"
#include "util/err.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static bool name_ok(const char *s)
{
	return s && *s && *s != '.' && !strchr(s, '/') && strlen(s) < 200;
}

void local_lock(struct local *L)
{
	pthread_mutex_lock(&L->mu);
}

void local_unlock(struct local *L)
{
	pthread_mutex_unlock(&L->mu);
}

static int mkdir_p(const char *path)
{
	char tmp[4096], *p;

	if (snprintf(tmp, sizeof(tmp), "%s", path) >= (int)sizeof(tmp))
		return byoc_fail(BYOC_EUSAGE, "path too long: '%s'", path);
	for (p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0700) < 0 && errno != EEXIST)
			return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", tmp);
		*p = '/';
	}
	if (mkdir(tmp, 0700) < 0 && errno != EEXIST)
		return byoc_fail_errno(BYOC_EIO, "cannot create '%s'", tmp);
	return 0;
}

static int fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", dir);
	if (fsync(fd) < 0 && errno != EINVAL) {
		close(fd);
		return byoc_fail_errno(BYOC_EIO, "cannot sync '%s'", dir);
	}
	close(fd);
	return 0;
}

static int dump_cb(const char *buffer, size_t size, void *data)
{
	int fd = *(int *)data;

	while (size) {
		ssize_t n = write(fd, buffer, size);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buffer += n;
		size -= (size_t)n;
	}
	return 0;
}

static int write_doc(struct local *L, const char *kind, const char *id, json_t *doc)
{
	char dir[4096], tmp[4200], path[4200];
	int fd, rc;

	snprintf(dir, sizeof(dir), "%s/%s", L->state_dir, kind);
	rc = mkdir_p(dir);
	if (rc < 0)
		return rc;
	snprintf(path, sizeof(path), "%s/%s.json", dir, id);
	snprintf(tmp, sizeof(tmp), "%s/.%s.json.tmp", dir, id);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot write '%s'", tmp);
	if (json_dump_callback(doc, dump_cb, &fd, JSON_COMPACT) < 0 || dump_cb("\n", 1, &fd) < 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot write '%s'", tmp);
		goto fail;
	}
	if (fsync(fd) < 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot sync '%s'", tmp);
		goto fail;
	}
	close(fd);
	fd = -1;
	if (rename(tmp, path) < 0) {
		rc = byoc_fail_errno(BYOC_EIO, "cannot rename '%s' to '%s'", tmp, path);
		goto fail;
	}
	return fsync_dir(dir);
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	return rc;
}

json_t *store_get(struct local *L, const char *kind, const char *id)
{
	json_t *k, *d;

	if (!name_ok(kind) || !name_ok(id))
		return NULL;
	local_lock(L);
	k = json_object_get(L->docs, kind);
	d = k ? json_object_get(k, id) : NULL;
	local_unlock(L);
	return d;
}

int store_put(struct local *L, const char *kind, const char *id, json_t *doc)
{
	json_t *k, *cur;
	int rc;

	if (!doc)
		return byoc_fail(BYOC_EFAIL, "store_put: no document");
	if (!name_ok(kind) || !name_ok(id)) {
		/* a borrowed doc is never one with a bad name, so this reference is the caller's */
		json_decref(doc);
		return byoc_fail(BYOC_EUSAGE, "bad store name '%s/%s'", kind ? kind : "", id ? id : "");
	}
	local_lock(L);
	k = json_object_get(L->docs, kind);
	if (!k) {
		k = json_object();
		json_object_set_new(L->docs, kind, k);
	}
	cur = json_object_get(k, id);
	rc = write_doc(L, kind, id, doc);
	if (cur == doc) {
		/* edited in place: nothing to swap, no reference taken */
		local_unlock(L);
		return rc;
	}
	if (rc == 0)
		json_object_set_new(k, id, doc);
	else
		json_decref(doc);
	local_unlock(L);
	return rc;
}

int store_del(struct local *L, const char *kind, const char *id)
{
	char dir[4096], path[4200];
	json_t *k;
	int rc = 0;

	if (!name_ok(kind) || !name_ok(id))
		return byoc_fail(BYOC_EUSAGE, "bad store name '%s/%s'", kind ? kind : "", id ? id : "");
	local_lock(L);
	snprintf(dir, sizeof(dir), "%s/%s", L->state_dir, kind);
	snprintf(path, sizeof(path), "%s/%s.json", dir, id);
	if (unlink(path) < 0) {
		if (errno != ENOENT)
			rc = byoc_fail_errno(BYOC_EIO, "cannot remove '%s'", path);
	} else {
		fsync_dir(dir);
	}
	if (rc == 0) {
		k = json_object_get(L->docs, kind);
		if (k)
			json_object_del(k, id);
	}
	local_unlock(L);
	return rc;
}

int store_each(struct local *L, const char *kind, int (*cb)(const char *id, json_t *doc, void *arg), void *arg)
{
	const char *id;
	json_t *k, *d, *tmp;
	int rc = 0;

	local_lock(L);
	k = json_object_get(L->docs, kind);
	if (k) {
		json_object_foreach_safe(k, tmp, id, d) {
			rc = cb(id, d, arg);
			if (rc)
				break;
		}
	}
	local_unlock(L);
	return rc;
}

static bool named(const char *const *names, const char *key)
{
	for (; names && *names; names++)
		if (!strcmp(*names, key))
			return true;
	return false;
}

/* A copy of an object without its null members, at any depth (the API's DTOs omit an
 * optional field rather than send null). */
static json_t *without_nulls(const json_t *v)
{
	const char *key;
	json_t *out, *m;
	size_t i;

	if (json_is_array(v)) {
		out = json_array();
		json_array_foreach((json_t *)v, i, m)
			json_array_append_new(out, without_nulls(m));
		return out;
	}
	if (!json_is_object(v))
		return json_deep_copy(v);
	out = json_object();
	json_object_foreach((json_t *)v, key, m)
		if (!json_is_null(m))
			json_object_set_new(out, key, without_nulls(m));
	return out;
}

json_t *store_public(const json_t *doc)
{
	const char *key;
	json_t *out, *v;

	if (!json_is_object(doc))
		return json_deep_copy(doc);
	out = json_object();
	if (!out)
		return NULL;
	json_object_foreach((json_t *)doc, key, v) {
		if (key[0] == '_')
			continue;
		json_object_set_new(out, key, json_deep_copy(v));
	}
	return out;
}

json_t *store_daytona_dto(const json_t *doc, const char *const *nullable)
{
	const char *key;
	json_t *pub = store_public(doc), *out, *v;

	if (!json_is_object(pub))
		return pub;
	out = json_object();
	json_object_foreach(pub, key, v) {
		if (json_is_null(v) && !named(nullable, key))
			continue;
		json_object_set_new(out, key, without_nulls(v));
	}
	json_decref(pub);
	for (; nullable && *nullable; nullable++)
		if (!json_object_get(out, *nullable))
			json_object_set_new(out, *nullable, json_null());
	return out;
}

static int load_kind(struct local *L, const char *kind)
{
	char dir[4096], path[4400], id[256];
	struct dirent *de;
	json_t *k, *doc;
	json_error_t jerr;
	DIR *d;
	size_t n;

	snprintf(dir, sizeof(dir), "%s/%s", L->state_dir, kind);
	d = opendir(dir);
	if (!d)
		return 0;
	k = json_object();
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		n = strlen(de->d_name);
		if (n <= 5 || n - 5 >= sizeof(id) || strcmp(de->d_name + n - 5, ".json"))
			continue;
		memcpy(id, de->d_name, n - 5);
		id[n - 5] = '\0';
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		doc = json_load_file(path, 0, &jerr);
		if (!json_is_object(doc)) {
			local_log("warning: ignoring '%s': %s", path, doc ? "not a JSON object" : jerr.text);
			json_decref(doc);
			continue;
		}
		json_object_set_new(k, id, doc);
	}
	closedir(d);
	if (json_object_size(k))
		json_object_set_new(L->docs, kind, k);
	else
		json_decref(k);
	return 0;
}

int store_open(struct local *L)
{
	char path[4200], pid[32];
	pthread_mutexattr_t ma;
	struct dirent *de;
	struct stat st;
	DIR *d;
	int rc;

	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&L->mu, &ma);
	pthread_mutexattr_destroy(&ma);
	L->lock_fd = -1;
	L->docs = json_object();
	rc = mkdir_p(L->state_dir);
	if (rc < 0)
		return rc;
	snprintf(path, sizeof(path), "%s/.lock", L->state_dir);
	L->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (L->lock_fd < 0)
		return byoc_fail_errno(BYOC_EIO, "cannot open '%s'", path);
	if (flock(L->lock_fd, LOCK_EX | LOCK_NB) < 0) {
		int e = errno;
		char other[32] = "";
		ssize_t n = pread(L->lock_fd, other, sizeof(other) - 1, 0);

		if (n > 0)
			other[strcspn(other, "\n")] = '\0';
		close(L->lock_fd);
		L->lock_fd = -1;
		if (e == EWOULDBLOCK || e == EAGAIN)
			return byoc_fail(BYOC_EREFUSED, "state dir '%s' is in use by another byoc-local%s%s%s; stop it or pass another --state",
					 L->state_dir, *other ? " (pid " : "", other, *other ? ")" : "");
		errno = e;
		return byoc_fail_errno(BYOC_EIO, "cannot lock '%s'", path);
	}
	snprintf(pid, sizeof(pid), "%d\n", (int)getpid());
	if (ftruncate(L->lock_fd, 0) == 0 && pwrite(L->lock_fd, pid, strlen(pid), 0) < 0)
		local_log("warning: cannot write pid to '%s'", path);
	d = opendir(L->state_dir);
	if (!d)
		return byoc_fail_errno(BYOC_EIO, "cannot read '%s'", L->state_dir);
	while ((de = readdir(d))) {
		if (!name_ok(de->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", L->state_dir, de->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			load_kind(L, de->d_name);
	}
	closedir(d);
	return 0;
}

void store_close(struct local *L)
{
	json_decref(L->docs);
	L->docs = NULL;
	if (L->lock_fd >= 0)
		close(L->lock_fd);
	L->lock_fd = -1;
	pthread_mutex_destroy(&L->mu);
}
