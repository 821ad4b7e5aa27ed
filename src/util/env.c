#include "util/env.h"
#include "util/err.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kv {
	char *key;
	char *value;
};

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kv *file_vars;
static size_t file_nvars;
static int file_loaded;

static char *trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

int byoc_dotenv_parse(const char *path, void (*cb)(const char *, const char *, void *), void *arg)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *key, *val, *eq;
	size_t cap = 0;

	if (!f)
		return byoc_fail_errno(BYOC_ENOTFOUND, "cannot open '%s'", path);
	while (getline(&line, &cap, f) >= 0) {
		key = trim(line);
		if (*key == '#' || *key == '\0')
			continue;
		if (strncmp(key, "export ", 7) == 0)
			key = trim(key + 7);
		if (!(eq = strchr(key, '=')))
			continue;
		*eq = '\0';
		key = trim(key);
		val = trim(eq + 1);
		if ((*val == '"' || *val == '\'') && strlen(val) >= 2 && val[strlen(val) - 1] == *val) {
			val[strlen(val) - 1] = '\0';
			val++;
		} else {
			/* an unquoted value ends at " #" (an inline comment) */
			char *hash = strstr(val, " #");
			if (hash)
				*hash = '\0';
			val = trim(val);
		}
		if (*key)
			cb(key, val, arg);
	}
	free(line);
	fclose(f);
	return 0;
}

static void add_var(const char *key, const char *value, void *arg)
{
	struct kv *n;
	size_t i;

	(void)arg;
	for (i = 0; i < file_nvars; i++)
		if (strcmp(file_vars[i].key, key) == 0)
			return; /* the first file read wins: .env.local over .env */
	n = realloc(file_vars, (file_nvars + 1) * sizeof(*n));
	if (!n)
		return;
	file_vars = n;
	file_vars[file_nvars].key = strdup(key);
	file_vars[file_nvars].value = strdup(value);
	if (file_vars[file_nvars].key && file_vars[file_nvars].value)
		file_nvars++;
}

static void load_files(void)
{
	if (file_loaded)
		return;
	file_loaded = 1;
	byoc_dotenv_parse(".env.local", add_var, NULL);
	byoc_dotenv_parse(".env", add_var, NULL);
	byoc_err_clear();
}

const char *byoc_env(const char *name)
{
	const char *v = getenv(name);
	size_t i;

	if (v && *v)
		return v;
	pthread_mutex_lock(&env_lock);
	load_files();
	v = NULL;
	for (i = 0; i < file_nvars; i++)
		if (strcmp(file_vars[i].key, name) == 0 && file_vars[i].value[0]) {
			v = file_vars[i].value;
			break;
		}
	pthread_mutex_unlock(&env_lock);
	return v;
}

const char *byoc_env_or(const char *name, const char *fallback)
{
	const char *v = byoc_env(name);

	return v ? v : fallback;
}

void byoc_env_reset(void)
{
	size_t i;

	pthread_mutex_lock(&env_lock);
	for (i = 0; i < file_nvars; i++) {
		free(file_vars[i].key);
		free(file_vars[i].value);
	}
	free(file_vars);
	file_vars = NULL;
	file_nvars = 0;
	file_loaded = 0;
	pthread_mutex_unlock(&env_lock);
}
