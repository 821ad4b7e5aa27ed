/*
 * A small Prometheus registry: counters, gauges and histograms with fixed
 * buckets, updated from any thread, rendered in the text exposition format
 * (version 0.0.4). Names and help texts are static strings; label values are
 * copied. The library never serves them: a tool puts the rendered text on
 * whatever listener it has.
 */
#ifndef BYOC_METRICS_H
#define BYOC_METRICS_H

#include <stddef.h>

struct metrics;
struct metric;

struct metrics *metrics_new(void);
void metrics_free(struct metrics *m);

/* Registers a family; label is the one label name (e.g. "state") or NULL.
 * Registering the same name twice returns the first. NULL on ENOMEM. */
struct metric *metrics_counter(struct metrics *m, const char *name, const char *help, const char *label);
struct metric *metrics_gauge(struct metrics *m, const char *name, const char *help, const char *label);
/* bounds: n upper bounds in increasing order (the +Inf bucket is implicit). */
struct metric *metrics_histogram(struct metrics *m, const char *name, const char *help, const double *bounds,
				 size_t n);

/* label_value may be NULL for a family without a label. */
void metric_add(struct metric *f, const char *label_value, double v);
void metric_set(struct metric *f, const char *label_value, double v);
/* Sets every series of a gauge family to 0 (before a fresh count of states). */
void metric_reset(struct metric *f);
void metric_observe(struct metric *h, double v);

/* The whole registry as exposition text (malloc'd, NUL-terminated), NULL on ENOMEM. */
char *metrics_render(struct metrics *m, size_t *len);

#endif
