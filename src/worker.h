/*
 * worker: runs jobs in worker processes, at most n at once, each taking
 * job after job.  libespeak-ng keeps process-wide state, so parallel
 * synthesis needs processes, not threads (and each track's synthesis
 * a fresh one: render.c forks it); a job that crashes takes only its
 * worker down, and a new worker takes the next job.
 */
#ifndef AUDIOGUIDE_WORKER_H
#define AUDIOGUIDE_WORKER_H

#include <stddef.h>
#include <sys/types.h>

#include "err.h"

struct worker_ops {
	/* In a worker: do job i; on failure fill e and return non-zero. */
	int (*run)(void *ctx, size_t i, struct err *e);
	/* In the parent, as job i starts and when it has ended. */
	void (*started)(void *ctx, size_t i);
	void (*done)(void *ctx, size_t i, int ok, const char *msg);
	/* In the parent, for a job whose worker pid was stopped by a signal
	 * or died: clean up after it. */
	void (*aborted)(void *ctx, size_t i, pid_t pid);
	/* In a worker, after its last job (may be NULL). */
	void (*finish)(void *ctx);
	/* Jobs of one group share what a worker keeps ready for them (a
	 * voice): a worker takes the next job of the group it last ran
	 * before one of a group no other worker runs (may be NULL: jobs
	 * in order). */
	size_t (*group)(void *ctx, size_t i);
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
/* Read exactly n bytes: 1, or 0 at the end before any, -1 otherwise. */
int worker_read_full(int fd, void *buf, size_t n);
/* Write all n bytes, through EINTR: 0, or -1. */
int worker_write_full(int fd, const void *buf, size_t n);
/* Over a Unix socket: n bytes with the descriptor fd attached (0, or -1),
 * and their reading (as worker_read_full; *fd the descriptor, or -1). */
int worker_send_fd(int sock, const void *buf, size_t n, int fd);
int worker_recv_fd(int sock, void *buf, size_t n, int *fd);

#endif
