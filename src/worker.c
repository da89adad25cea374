/*
 * worker: forked worker processes, their results, and stopping them
 * cleanly on SIGINT and SIGTERM.
 */
#include "worker.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "err.h"
#include "xalloc.h"

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

void worker_catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: waitpid returns */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int worker_stop_signal(void)
{
	return stop_signal;
}

int worker_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

struct slot {
	pid_t pid;
	size_t job;
	int fd;		/* the child's error message comes through here */
};

static void child(const struct worker_ops *ops, size_t i, int fd)
{
	struct err e = { "" };
	int r;

	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	r = ops->run(ops->ctx, i, &e);
	if (r && write(fd, e.msg, strlen(e.msg)) < 0)
		r = 2;
	_exit(r ? 1 : 0);
}

static int start(const struct worker_ops *ops, size_t i, struct slot *s)
{
	int fd[2];

	if (ops->prepare)
		ops->prepare(ops->ctx, i);
	if (pipe(fd))
		return -1;
	fflush(NULL);	/* or the child would flush our buffers again */
	s->pid = fork();
	if (s->pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (s->pid == 0) {
		close(fd[0]);
		child(ops, i, fd[1]);
	}
	close(fd[1]);
	s->fd = fd[0];
	s->job = i;
	if (ops->started)
		ops->started(ops->ctx, i);
	return 0;
}

static void finish(const struct worker_ops *ops, struct slot *s, int status)
{
	char msg[1100];
	ssize_t n = read(s->fd, msg, sizeof(msg) - 1);

	close(s->fd);
	msg[n > 0 ? n : 0] = '\0';
	if (WIFSIGNALED(status))
		snprintf(msg, sizeof(msg), "worker process died (signal %d)",
			 WTERMSIG(status));
	else if (!*msg && WEXITSTATUS(status))
		snprintf(msg, sizeof(msg), "worker failed");
	ops->done(ops->ctx, s->job,
		  WIFEXITED(status) && WEXITSTATUS(status) == 0, msg);
	s->pid = 0;
}

/* Stop every running child and let the caller clean up after each. */
static void stop_all(const struct worker_ops *ops, struct slot *slots, int max)
{
	int i, status;

	for (i = 0; i < max; i++)
		if (slots[i].pid > 0)
			kill(slots[i].pid, SIGTERM);
	for (i = 0; i < max; i++) {
		if (slots[i].pid <= 0)
			continue;
		while (waitpid(slots[i].pid, &status, 0) < 0 && errno == EINTR)
			;
		close(slots[i].fd);
		if (ops->aborted)
			ops->aborted(ops->ctx, slots[i].job, slots[i].pid);
		slots[i].pid = 0;
	}
}

int worker_run_all(size_t n, int max, const struct worker_ops *ops)
{
	struct slot *slots = xcalloc((size_t)max, sizeof(*slots));
	size_t next = 0;
	int running = 0, i, status, ret = 0;

	while ((next < n || running) && !stop_signal) {
		pid_t pid;
		for (i = 0; i < max && next < n && !stop_signal; i++) {
			if (slots[i].pid)
				continue;
			if (start(ops, next, &slots[i])) {
				ops->done(ops->ctx, next, 0, strerror(errno));
				next++;
				continue;
			}
			next++;
			running++;
		}
		if (!running)
			continue;
		pid = waitpid(-1, &status, 0);
		if (pid < 0)
			continue;	/* EINTR: the loop checks stop_signal */
		for (i = 0; i < max; i++)
			if (slots[i].pid == pid) {
				finish(ops, &slots[i], status);
				running--;
			}
	}
	if (stop_signal) {
		stop_all(ops, slots, max);
		ret = -1;
	}
	free(slots);
	return ret;
}
