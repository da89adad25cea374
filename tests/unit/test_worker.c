/* Unit tests for the worker pool: which worker takes which job. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "err.h"
#include "worker.h"

#define MAXJOBS 64

struct pool {
	const size_t *group;	/* per job, or NULL: no groups */
	size_t order[MAXJOBS];	/* jobs as they started */
	size_t nstarted;
	long pid[MAXJOBS];	/* the worker that ran each job */
	size_t ndone;
};

/* In a worker: a little work, then its pid as the job's message (a
 * failed job's message is what reaches the parent). */
static int run(void *ctx, size_t i, struct err *e)
{
	struct timespec ts = { 0, 2 * 1000 * 1000 };

	(void)ctx;
	(void)i;
	nanosleep(&ts, NULL);
	return err_set(e, "%ld", (long)getpid());
}

static void started(void *ctx, size_t i)
{
	struct pool *p = ctx;

	assert_true(p->nstarted < MAXJOBS);
	p->order[p->nstarted++] = i;
}

static void done(void *ctx, size_t i, int ok, const char *msg)
{
	struct pool *p = ctx;

	assert_false(ok);
	assert_true(i < MAXJOBS);
	p->pid[i] = atol(msg);
	assert_true(p->pid[i] > 0);
	p->ndone++;
}

static size_t group(void *ctx, size_t i)
{
	return ((struct pool *)ctx)->group[i];
}

static void run_pool(struct pool *p, size_t n, int max)
{
	struct worker_ops ops = { run, started, done, NULL, NULL,
				  p->group ? group : NULL, p };

	assert_int_equal(worker_run_all(n, max, &ops), 0);
	assert_int_equal(p->nstarted, n);
	assert_int_equal(p->ndone, n);
}

/* Without groups, jobs start in order. */
static void test_in_order(void **state)
{
	struct pool p = { 0 };
	size_t i;

	(void)state;
	run_pool(&p, 7, 2);
	for (i = 0; i < 7; i++)
		assert_int_equal(p.order[i], i);
}

/* One worker finishes a group before it starts the next. */
static void test_one_worker_keeps_its_group(void **state)
{
	static const size_t g[] = { 0, 1, 0, 1, 2, 0 };
	static const size_t want[] = { 0, 2, 5, 1, 3, 4 };
	struct pool p = { .group = g };
	size_t i;

	(void)state;
	run_pool(&p, 6, 1);
	for (i = 0; i < 6; i++)
		assert_int_equal(p.order[i], want[i]);
}

/*
 * Two workers: each starts a group the other does not run and keeps to
 * it; only when no such group is left does a worker join the other's.
 * So a group is entered by one worker, and one more entry at most.
 */
static void test_two_workers_share_out_groups(void **state)
{
	enum { NGROUP = 6, PER = 5, N = NGROUP * PER };
	size_t g[N], i, k, pairs = 0;
	struct pool p = { .group = g };

	(void)state;
	for (i = 0; i < N; i++)
		g[i] = i / PER;
	run_pool(&p, N, 2);
	for (i = 0; i < N; i++) {
		for (k = 0; k < i; k++)
			if (g[k] == g[i] && p.pid[k] == p.pid[i])
				break;
		pairs += k == i;	/* a worker's first job of the group */
	}
	assert_true(pairs >= NGROUP);
	assert_true(pairs <= NGROUP + 1);
}

/* In a worker: the CPUs it may run on, as the job's message. */
static int run_cpus(void *ctx, size_t i, struct err *e)
{
	cpu_set_t set;
	char buf[256] = "";
	int cpu;

	(void)ctx;
	(void)i;
	if (sched_getaffinity(0, sizeof(set), &set))
		return err_set(e, "?");
	for (cpu = 0; cpu < CPU_SETSIZE && strlen(buf) + 8 < sizeof(buf);
	     cpu++)
		if (CPU_ISSET(cpu, &set))
			sprintf(buf + strlen(buf), "%d,", cpu);
	return err_set(e, "%ld:%s", (long)getpid(), buf);
}

struct cpus {
	char msg[MAXJOBS][128];
	size_t n;
};

static void done_cpus(void *ctx, size_t i, int ok, const char *msg)
{
	struct cpus *c = ctx;

	assert_false(ok);
	assert_true(i < MAXJOBS);
	snprintf(c->msg[i], sizeof(c->msg[i]), "%s", msg);
	c->n++;
}

static void nothing(void *ctx, size_t i)
{
	(void)ctx;
	(void)i;
}

/*
 * With a worker for each CPU the build may use, each keeps to one of
 * them, a different one; with fewer workers (here one) none is pinned.
 */
static void test_workers_keep_to_a_cpu(void **state)
{
	struct worker_ops ops = { run_cpus, nothing, done_cpus, NULL, NULL,
				  NULL, NULL };
	struct cpus c = { 0 };
	cpu_set_t allowed;
	char all[128] = "";
	int cpu, ncpu;
	size_t i, j, n;

	(void)state;
	assert_int_equal(sched_getaffinity(0, sizeof(allowed), &allowed), 0);
	ncpu = CPU_COUNT(&allowed);
	if (ncpu < 2 || ncpu > MAXJOBS / 4)
		skip();
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &allowed))
			sprintf(all + strlen(all), "%d,", cpu);
	n = (size_t)ncpu * 4;
	ops.ctx = &c;
	assert_int_equal(worker_run_all(n, ncpu, &ops), 0);
	assert_int_equal(c.n, n);
	for (i = 0; i < n; i++) {
		const char *a = strchr(c.msg[i], ':');
		assert_non_null(a);
		assert_int_equal(strchr(a + 1, ','), a + strlen(a) - 1);
		cpu = atoi(a + 1);
		assert_true(CPU_ISSET(cpu, &allowed));
		for (j = 0; j < i; j++) {	/* one CPU per worker */
			const char *b = strchr(c.msg[j], ':');
			int same_pid = atol(c.msg[i]) == atol(c.msg[j]);
			assert_int_equal(same_pid, !strcmp(a, b));
		}
	}
	memset(&c, 0, sizeof(c));
	assert_int_equal(worker_run_all(3, 1, &ops), 0);
	for (i = 0; i < 3; i++)
		assert_string_equal(strchr(c.msg[i], ':') + 1, all);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_order),
		cmocka_unit_test(test_one_worker_keeps_its_group),
		cmocka_unit_test(test_two_workers_share_out_groups),
		cmocka_unit_test(test_workers_keep_to_a_cpu),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
