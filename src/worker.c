/*
 * worker: long-lived worker processes, one per slot, that take job
 * after job; their results; and stopping them cleanly on SIGINT and
 * SIGTERM.
 *
 * The parent writes a job's number down a slot's pipe and reads back a
 * record: the job's exit (0 for done) and its error message.  A slot
 * that dies (a crash, a kill) fails the job it had, and a new slot
 * takes the next job.
 */
#include "worker.h"

#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
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
	sa.sa_handler = on_signal;	/* no SA_RESTART: poll returns */
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

int worker_read_full(int fd, void *buf, size_t n)
{
	char *p = buf;
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return got ? -1 : 0;
		got += (size_t)r;
	}
	return 1;
}

int worker_write_full(int fd, const void *buf, size_t n)
{
	const char *p = buf;

	while (n) {
		ssize_t r = write(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

int worker_send_fd(int sock, const void *buf, size_t n, int fd)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { (void *)buf, n };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
			      .msg_control = u.buf,
			      .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	ssize_t r;

	memset(&u, 0, sizeof(u));
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	while ((r = sendmsg(sock, &msg, MSG_NOSIGNAL)) < 0 && errno == EINTR)
		;
	if (r <= 0)
		return -1;
	return worker_write_full(sock, (const char *)buf + r, n - (size_t)r);
}

int worker_recv_fd(int sock, void *buf, size_t n, int *fd)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { buf, n };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
			      .msg_control = u.buf,
			      .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c;
	ssize_t r;

	*fd = -1;
	while ((r = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC)) < 0 &&
	       errno == EINTR)
		;
	if (r <= 0)
		return r ? -1 : 0;
	for (c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
		    c->cmsg_len == CMSG_LEN(sizeof(int)))
			memcpy(fd, CMSG_DATA(c), sizeof(int));
	if ((size_t)r < n &&
	    worker_read_full(sock, (char *)buf + r, n - (size_t)r) <= 0) {
		if (*fd >= 0)
			close(*fd);
		*fd = -1;
		return -1;
	}
	return 1;
}

/* What a slot answers for a job: its exit, then len bytes of message. */
struct record {
	int32_t failed;
	uint32_t len;
};

struct slot {
	pid_t pid;	/* 0: no process */
	int to, from;	/* job numbers to it, records from it */
	int busy;
	size_t job;
	int grouped;	/* its process has run a job of group */
	size_t group;
};

/*
 * With as many slots as CPUs this process may run on (or more), each
 * slot keeps to one of them, and so do its voice holders and speech
 * processes.  A speech process is forked while its worker waits for it;
 * left to the scheduler it often starts on the other worker's CPU and
 * leaves its own idle until it is moved (at -j2 on 2 cores, about 0.9 s
 * of CPU idle in a 3.2 s build; kept to one CPU each, 0.4 s).  With fewer
 * slots than CPUs nothing is pinned: the spare CPUs take the strays, and
 * a slot might otherwise share a core with another's SMT sibling.
 */
static void keep_to_cpu(int slot, int max)
{
	cpu_set_t allowed, one;
	int cpu, k;

	if (max < 2 || sched_getaffinity(0, sizeof(allowed), &allowed) ||
	    max < CPU_COUNT(&allowed))
		return;
	k = slot % CPU_COUNT(&allowed);
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &allowed) && k-- == 0)
			break;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	sched_setaffinity(0, sizeof(one), &one);	/* a hint: may fail */
}

/* In a slot's process: jobs until the parent closes the pipe. */
static void slot_main(const struct worker_ops *ops, int in, int out)
{
	size_t i;

	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	while (worker_read_full(in, &i, sizeof(i)) > 0) {
		struct err e = { "" };
		struct record r = { 0, 0 };

		r.failed = ops->run(ops->ctx, i, &e) != 0;
		if (r.failed)
			r.len = (uint32_t)strlen(e.msg);
		if (worker_write_full(out, &r, sizeof(r)) ||
		    worker_write_full(out, e.msg, r.len))
			_exit(2);
	}
	if (ops->finish)
		ops->finish(ops->ctx);
	_exit(0);
}

static int start_slot(const struct worker_ops *ops, struct slot *slots,
		      int max, struct slot *s)
{
	int to[2], from[2], k;

	if (pipe(to))
		return -1;
	if (pipe(from)) {
		close(to[0]);
		close(to[1]);
		return -1;
	}
	fflush(NULL);	/* or the child would flush our buffers again */
	s->pid = fork();
	if (s->pid < 0) {
		close(to[0]);
		close(to[1]);
		close(from[0]);
		close(from[1]);
		s->pid = 0;
		return -1;
	}
	if (s->pid == 0) {
		/* The other slots' ends: a slot must see its own EOF. */
		for (k = 0; k < max; k++)
			if (slots[k].pid > 0 && &slots[k] != s) {
				close(slots[k].to);
				close(slots[k].from);
			}
		close(to[1]);
		close(from[0]);
		keep_to_cpu((int)(s - slots), max);
		slot_main(ops, to[0], from[1]);
	}
	close(to[0]);
	close(from[1]);
	s->to = to[1];
	s->from = from[0];
	s->busy = 0;
	s->grouped = 0;
	return 0;
}

/* Close a slot's pipes and wait for its process; its status. */
static int end_slot(struct slot *s, int sig)
{
	int status = 0;

	if (sig)
		kill(s->pid, sig);
	close(s->to);
	close(s->from);
	while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR)
		;
	s->pid = 0;
	s->busy = 0;
	s->grouped = 0;
	return status;
}

static int give(const struct worker_ops *ops, struct slot *s, size_t i)
{
	if (worker_write_full(s->to, &i, sizeof(i)))
		return -1;
	s->job = i;
	s->busy = 1;
	if (ops->group) {
		s->group = ops->group(ops->ctx, i);
		s->grouped = 1;
	}
	if (ops->started)
		ops->started(ops->ctx, i);
	return 0;
}

/* A record from a busy slot, or its death: the job is done either way. */
static void take(const struct worker_ops *ops, struct slot *s)
{
	struct record r;
	char msg[sizeof(((struct err *)0)->msg) + 64];
	int got = worker_read_full(s->from, &r, sizeof(r)), status;
	pid_t pid = s->pid;

	s->busy = 0;
	if (got > 0 && r.len < sizeof(msg) &&
	    worker_read_full(s->from, msg, r.len) >= 0) {
		msg[r.len] = '\0';
		if (r.failed && !*msg)
			snprintf(msg, sizeof(msg), "worker failed");
		ops->done(ops->ctx, s->job, !r.failed, msg);
		return;
	}
	status = end_slot(s, SIGKILL);	/* a new one takes the next job */
	if (WIFSIGNALED(status))
		snprintf(msg, sizeof(msg), "worker process died (signal %d)",
			 WTERMSIG(status));
	else
		snprintf(msg, sizeof(msg), "worker process ended (exit %d)",
			 WEXITSTATUS(status));
	if (ops->aborted)	/* what it was writing */
		ops->aborted(ops->ctx, s->job, pid);
	ops->done(ops->ctx, s->job, 0, msg);
}

/* Stop every slot; the caller cleans up after the jobs they had. */
static void stop_all(const struct worker_ops *ops, struct slot *slots, int max)
{
	int i;

	for (i = 0; i < max; i++)
		if (slots[i].pid > 0)
			kill(slots[i].pid, SIGTERM);
	for (i = 0; i < max; i++) {
		pid_t pid = slots[i].pid;
		int busy = slots[i].busy;
		if (pid <= 0)
			continue;
		end_slot(&slots[i], 0);
		if (busy && ops->aborted)
			ops->aborted(ops->ctx, slots[i].job, pid);
	}
}

/* The job for slot s, of those not taken from first on: the next of
 * the group it last ran, else the next of a group no other slot runs,
 * else the next. */
static size_t pick(const struct worker_ops *ops, const unsigned char *taken,
		   size_t first, size_t n, const struct slot *slots, int max,
		   const struct slot *s)
{
	size_t i, fresh = n;
	int k;

	if (!ops->group)
		return first;
	for (i = first; i < n; i++) {
		size_t g;
		if (taken[i])
			continue;
		g = ops->group(ops->ctx, i);
		if (s->grouped && g == s->group)
			return i;
		if (fresh < n)
			continue;
		for (k = 0; k < max; k++)
			if (&slots[k] != s && slots[k].grouped &&
			    slots[k].group == g)
				break;
		if (k == max)
			fresh = i;
	}
	return fresh < n ? fresh : first;
}

int worker_run_all(size_t n, int max, const struct worker_ops *ops)
{
	struct slot *slots = xcalloc((size_t)max, sizeof(*slots));
	struct pollfd *pfd = xcalloc((size_t)max, sizeof(*pfd));
	unsigned char *taken = xcalloc(n + 1, 1);
	size_t first = 0, given = 0, j;
	int running = 0, i, ret = 0;
	void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN);

	while ((given < n || running) && !stop_signal) {
		for (i = 0; i < max && given < n && !stop_signal; i++) {
			if (slots[i].busy)
				continue;
			j = pick(ops, taken, first, n, slots, max, &slots[i]);
			taken[j] = 1;
			given++;
			while (first < n && taken[first])
				first++;
			if (!slots[i].pid &&
			    start_slot(ops, slots, max, &slots[i])) {
				ops->done(ops->ctx, j, 0, strerror(errno));
				continue;
			}
			if (give(ops, &slots[i], j)) {
				/* It died waiting: a new one, once. */
				end_slot(&slots[i], SIGKILL);
				if (start_slot(ops, slots, max, &slots[i]) ||
				    give(ops, &slots[i], j)) {
					ops->done(ops->ctx, j, 0,
						  "cannot start a worker");
					continue;
				}
			}
			running++;
		}
		if (!running)
			continue;
		for (i = 0; i < max; i++) {
			pfd[i].fd = slots[i].busy ? slots[i].from : -1;
			pfd[i].events = POLLIN;
			pfd[i].revents = 0;
		}
		if (poll(pfd, (nfds_t)max, -1) < 0)
			continue;	/* EINTR: the loop checks stop_signal */
		for (i = 0; i < max; i++)
			if (slots[i].busy && pfd[i].revents) {
				take(ops, &slots[i]);
				running--;
			}
	}
	if (stop_signal) {
		stop_all(ops, slots, max);
		ret = -1;
	} else {
		for (i = 0; i < max; i++)
			if (slots[i].pid > 0)
				end_slot(&slots[i], 0);
	}
	signal(SIGPIPE, old_pipe);
	free(taken);
	free(pfd);
	free(slots);
	return ret;
}
