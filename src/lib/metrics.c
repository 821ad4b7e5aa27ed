#include "lib/metrics.h"

#include <math.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { COUNTER, GAUGE, HISTOGRAM };

struct series {
	char *label_value;          /* NULL for an unlabelled family */
	double value;
	struct series *next;
};

struct metric {
	enum kind kind;
	const char *name, *help, *label;
	struct series *series;      /* counters and gauges */
	double *bounds;             /* histograms: n bounds, n + 1 bucket counts */
	unsigned long long *buckets, count;
	size_t n;
	double sum;
	struct metric *next;
};

struct metrics {
	pthread_mutex_t mu;         /* one lock: updates are rare next to the work they count */
	struct metric *head, **tail;
};

struct metrics *metrics_new(void)
{
	struct metrics *m = calloc(1, sizeof *m);
	if (!m)
		return NULL;
	pthread_mutex_init(&m->mu, NULL);
	m->tail = &m->head;
	return m;
}

void metrics_free(struct metrics *m)
{
	if (!m)
		return;
	for (struct metric *f = m->head, *fn; f; f = fn) {
		fn = f->next;
		for (struct series *s = f->series, *sn; s; s = sn) {
			sn = s->next;
			free(s->label_value);
			free(s);
		}
		free(f->bounds);
		free(f->buckets);
		free(f);
	}
	pthread_mutex_destroy(&m->mu);
	free(m);
}

/* Each family remembers its registry through this back pointer for locking. */
struct family {
	struct metric f;
	struct metrics *reg;
};

static struct metric *reg(struct metrics *m, enum kind k, const char *name, const char *help, const char *label)
{
	struct family *fam;

	pthread_mutex_lock(&m->mu);
	for (struct metric *f = m->head; f; f = f->next)
		if (strcmp(f->name, name) == 0) {
			pthread_mutex_unlock(&m->mu);
			return f;
		}
	fam = calloc(1, sizeof *fam);
	if (fam) {
		fam->f.kind = k;
		fam->f.name = name;
		fam->f.help = help;
		fam->f.label = label;
		fam->reg = m;
		*m->tail = &fam->f;
		m->tail = &fam->f.next;
	}
	pthread_mutex_unlock(&m->mu);
	return fam ? &fam->f : NULL;
}

static struct metrics *registry_of(struct metric *f)
{
	return ((struct family *)f)->reg;
}

struct metric *metrics_counter(struct metrics *m, const char *name, const char *help, const char *label)
{
	return reg(m, COUNTER, name, help, label);
}

struct metric *metrics_gauge(struct metrics *m, const char *name, const char *help, const char *label)
{
	return reg(m, GAUGE, name, help, label);
}

struct metric *metrics_histogram(struct metrics *m, const char *name, const char *help, const double *bounds,
				 size_t n)
{
	struct metric *f = reg(m, HISTOGRAM, name, help, NULL);

	if (f && !f->bounds) {
		f->bounds = malloc(n * sizeof *bounds);
		f->buckets = calloc(n + 1, sizeof *f->buckets);
		if (!f->bounds || !f->buckets)
			return NULL;
		memcpy(f->bounds, bounds, n * sizeof *bounds);
		f->n = n;
	}
	return f;
}

/* Finds or adds the series for label_value; the caller holds the lock. */
static struct series *series_of(struct metric *f, const char *label_value)
{
	struct series **pp = &f->series;

	for (; *pp; pp = &(*pp)->next)
		if ((!label_value && !(*pp)->label_value) ||
		    (label_value && (*pp)->label_value && strcmp((*pp)->label_value, label_value) == 0))
			return *pp;
	if (!(*pp = calloc(1, sizeof **pp)))
		return NULL;
	if (label_value && !((*pp)->label_value = strdup(label_value))) {
		free(*pp);
		*pp = NULL;
	}
	return *pp;
}

static void update(struct metric *f, const char *label_value, double v, bool add)
{
	struct metrics *m;
	struct series *s;

	if (!f)
		return;
	m = registry_of(f);
	pthread_mutex_lock(&m->mu);
	if ((s = series_of(f, label_value)))
		s->value = add ? s->value + v : v;
	pthread_mutex_unlock(&m->mu);
}

void metric_add(struct metric *f, const char *label_value, double v)
{
	update(f, label_value, v, true);
}

void metric_set(struct metric *f, const char *label_value, double v)
{
	update(f, label_value, v, false);
}

void metric_reset(struct metric *f)
{
	struct metrics *m;

	if (!f)
		return;
	m = registry_of(f);
	pthread_mutex_lock(&m->mu);
	for (struct series *s = f->series; s; s = s->next)
		s->value = 0;
	pthread_mutex_unlock(&m->mu);
}

void metric_observe(struct metric *h, double v)
{
	struct metrics *m;
	size_t i = 0;

	if (!h || !h->buckets)
		return;
	m = registry_of(h);
	pthread_mutex_lock(&m->mu);
	while (i < h->n && v > h->bounds[i])
		i++;
	h->buckets[i]++;   /* cumulated when rendered */
	h->count++;
	h->sum += v;
	pthread_mutex_unlock(&m->mu);
}

struct out {
	char *p;
	size_t len, cap;
	bool oom;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (o->oom)
		return;
	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(o->p ? o->p + o->len : NULL, o->p ? o->cap - o->len : 0, fmt, ap);
		va_end(ap);
		if (n < 0) {
			o->oom = true;
			return;
		}
		if (o->p && o->len + (size_t)n < o->cap) {
			o->len += (size_t)n;
			return;
		}
		size_t cap = o->cap ? o->cap * 2 : 4096;
		while (cap < o->len + (size_t)n + 1)
			cap *= 2;
		char *np = realloc(o->p, cap);
		if (!np) {
			o->oom = true;
			return;
		}
		o->p = np;
		o->cap = cap;
	}
}

/* Label values are escaped as the format requires: backslash, quote, newline. */
static void put_label_value(struct out *o, const char *v)
{
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			put(o, "\\%c", *v);
		else if (*v == '\n')
			put(o, "\\n");
		else
			put(o, "%c", *v);
	}
}

static void put_number(struct out *o, double v)
{
	if (isinf(v))
		put(o, v > 0 ? "+Inf" : "-Inf");
	else if (v == (double)(long long)v && fabs(v) < 1e15)
		put(o, "%lld", (long long)v);
	else {
		/* The shortest form that reads back as the same double. */
		char b[32];
		for (int prec = 15; prec <= 17; prec++) {
			snprintf(b, sizeof b, "%.*g", prec, v);
			if (strtod(b, NULL) == v)
				break;
		}
		put(o, "%s", b);
	}
}

char *metrics_render(struct metrics *m, size_t *len)
{
	static const char *const types[] = {"counter", "gauge", "histogram"};
	struct out o = {0};

	pthread_mutex_lock(&m->mu);
	for (struct metric *f = m->head; f; f = f->next) {
		put(&o, "# HELP %s %s\n# TYPE %s %s\n", f->name, f->help, f->name, types[f->kind]);
		if (f->kind == HISTOGRAM) {
			unsigned long long cum = 0;
			for (size_t i = 0; i <= f->n; i++) {
				cum += f->buckets ? f->buckets[i] : 0;
				put(&o, "%s_bucket{le=\"", f->name);
				put_number(&o, i < f->n ? f->bounds[i] : INFINITY);
				put(&o, "\"} %llu\n", cum);
			}
			put(&o, "%s_sum ", f->name);
			put_number(&o, f->sum);
			put(&o, "\n%s_count %llu\n", f->name, f->count);
			continue;
		}
		if (!f->series && !f->label)
			put(&o, "%s 0\n", f->name);
		for (struct series *s = f->series; s; s = s->next) {
			put(&o, "%s", f->name);
			if (f->label && s->label_value) {
				put(&o, "{%s=\"", f->label);
				put_label_value(&o, s->label_value);
				put(&o, "\"}");
			}
			put(&o, " ");
			put_number(&o, s->value);
			put(&o, "\n");
		}
	}
	pthread_mutex_unlock(&m->mu);
	if (o.oom || !o.p) {
		free(o.p);
		return NULL;
	}
	if (len)
		*len = o.len;
	return o.p;
}
