/*
 * worker: runs jobs in child processes, at most n at once.  libespeak-ng
 * keeps process-wide state, so parallel synthesis needs processes, not
 * threads; a job that crashes takes only its own process down.
 */
#ifndef AUDIOGUIDE_WORKER_H
#define AUDIOGUIDE_WORKER_H

#include <stddef.h>
#include <sys/types.h>

#include "err.h"

struct worker_ops {
	/* In the child: do job i; on failure fill e and return non-zero. */
	int (*run)(void *ctx, size_t i, struct err *e);
	/* In the parent, before job i's process is forked (may be NULL):
	 * what every job would do first, done once for the children. */
	void (*prepare)(void *ctx, size_t i);
	/* In the parent, as job i starts and when it has ended. */
	void (*started)(void *ctx, size_t i);
	void (*done)(void *ctx, size_t i, int ok, const char *msg);
	/* In the parent, for a job stopped by a signal: clean up after pid. */
	void (*aborted)(void *ctx, size_t i, pid_t pid);
	void *ctx;
};

/* Catch SIGINT and SIGTERM so a build can stop its workers and clean up. */
void worker_catch_signals(void);
/* The signal that asked the build to stop, or 0. */
int worker_stop_signal(void);
/* Run jobs 0..n-1, at most max at once; -1 when stopped by a signal. */
int worker_run_all(size_t n, int max, const struct worker_ops *ops);
/* The number of online CPUs, at least 1. */
int worker_cpus(void);

#endif
