#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lib/metrics.h"

Test(metrics, renders_the_text_exposition_format)
{
	struct metrics *m = metrics_new();
	struct metric *claimed = metrics_counter(m, "byoc_work_claimed_total", "Work items claimed.", NULL);
	struct metric *sb = metrics_gauge(m, "byoc_sandboxes", "Sandboxes by state.", "state");
	const double b[] = {0.5, 1, 5};
	struct metric *h = metrics_histogram(m, "byoc_runner_start_seconds", "Queued to runner start.", b, 3);
	char *t;

	metric_add(claimed, NULL, 1);
	metric_add(claimed, NULL, 2);
	metric_set(sb, "started", 4);
	metric_set(sb, "we\"ird\n", 1);
	metric_observe(h, 0.2);
	metric_observe(h, 0.5);   /* le is inclusive */
	metric_observe(h, 3);
	metric_observe(h, 60);
	t = metrics_render(m, NULL);
	cr_assert(strstr(t, "# HELP byoc_work_claimed_total Work items claimed.\n"
			    "# TYPE byoc_work_claimed_total counter\nbyoc_work_claimed_total 3\n"), "%s", t);
	cr_assert(strstr(t, "# TYPE byoc_sandboxes gauge\nbyoc_sandboxes{state=\"started\"} 4\n"), "%s", t);
	cr_assert(strstr(t, "byoc_sandboxes{state=\"we\\\"ird\\n\"} 1\n"), "%s", t);
	cr_assert(strstr(t, "byoc_runner_start_seconds_bucket{le=\"0.5\"} 2\n"
			    "byoc_runner_start_seconds_bucket{le=\"1\"} 2\n"
			    "byoc_runner_start_seconds_bucket{le=\"5\"} 3\n"
			    "byoc_runner_start_seconds_bucket{le=\"+Inf\"} 4\n"
			    "byoc_runner_start_seconds_sum 63.7\n"
			    "byoc_runner_start_seconds_count 4\n"), "%s", t);
	free(t);
	metric_reset(sb);
	t = metrics_render(m, NULL);
	cr_assert(strstr(t, "byoc_sandboxes{state=\"started\"} 0\n"), "%s", t);
	free(t);
	metrics_free(m);
}

Test(metrics, same_name_is_the_same_family)
{
	struct metrics *m = metrics_new();
	cr_assert_eq(metrics_counter(m, "a_total", "A.", NULL), metrics_counter(m, "a_total", "A.", NULL));
	metrics_free(m);
}

static void *bump(void *arg)
{
	for (int i = 0; i < 10000; i++)
		metric_add(arg, "x", 1);
	return NULL;
}

Test(metrics, counts_from_many_threads)
{
	struct metrics *m = metrics_new();
	struct metric *c = metrics_counter(m, "n_total", "N.", "k");
	pthread_t t[4];
	char *s;

	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, bump, c);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	s = metrics_render(m, NULL);
	cr_assert(strstr(s, "n_total{k=\"x\"} 40000\n"), "%s", s);
	free(s);
	metrics_free(m);
}
