/*
 * render: one track from text to files: speak, trim, lay out, resample,
 * bring to loudness under a ceiling, encode, measure.
 */
#include "render.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dsp.h"
#include "err.h"
#include "fs.h"
#include "measure.h"
#include "spool.h"
#include "synth.h"
#include "utf8.h"
#include "worker.h"
#include "xalloc.h"

/* Samples at or below this (of 32767) count as eSpeak NG's silence. */
#define SILENCE 64
#define BLOCK 4096
#define FRAME 16384	/* samples a speech process sends at once */
/* Rounds of limiter make-up gain; encodes of a file that missed. */
#define LIMIT_ROUNDS 2
#define RETRIES 4
/* How far a written file may be from its loudness target. */
#define TOLERANCE 0.3

struct chunk_audio {
	long off, len;		/* in the spool, in samples */
	long first, last;	/* sounding range within the chunk, or -1 */
	struct synth_sentence *sent;
	size_t nsent;
};

/* A piece of the timeline: silence, or a range of the spool. */
struct segment {
	long spool_off;		/* -1 for silence */
	long len;
};

struct track {
	const struct render_job *job;
	struct render_result *res;
	int rate;		/* eSpeak NG's */
	struct spool spool;	/* 16-bit samples as spoken */
	long spooled;
	struct chunk_audio *ch;
	size_t cur;		/* chunk being spoken */
	struct segment *seg;
	size_t nseg, segalloc;
	long total;		/* timeline length in samples */
	int pipe;		/* in a speech process: where samples go, */
	char *frame;		/* gathered in a 'P' frame of FRAME samples */
	size_t nframe;
	int voice_set;		/* the job's voice is set already */
	struct err *e;
};

static int fork_synthesis;

void render_fork_synthesis(int on)
{
	fork_synthesis = on;
}

/* A speech process's 'P' frame: its samples, down the pipe. */
static int flush_frame(struct track *t)
{
	uint32_t len = (uint32_t)t->nframe;

	if (!t->nframe)
		return 0;
	t->frame[0] = 'P';
	memcpy(t->frame + 1, &len, sizeof(len));
	t->nframe = 0;
	return worker_write_full(t->pipe, t->frame,
				 1 + sizeof(len) + len * sizeof(short));
}

/* Gather samples into frames: a write, and a wake-up of the worker, per
 * FRAME samples rather than per callback of eSpeak NG. */
static int pass_on(struct track *t, const short *pcm, size_t n)
{
	const size_t head = 1 + sizeof(uint32_t);

	if (!t->frame)
		t->frame = xmalloc(head + FRAME * sizeof(short));
	while (n) {
		size_t k = FRAME - t->nframe < n ? FRAME - t->nframe : n;
		memcpy(t->frame + head + t->nframe * sizeof(short), pcm,
		       k * sizeof(short));
		t->nframe += k;
		pcm += k;
		n -= k;
		if (t->nframe == FRAME && flush_frame(t))
			return -1;
	}
	return 0;
}

static int spool_sink(void *user, const short *pcm, size_t n)
{
	struct track *t = user;
	struct chunk_audio *c = &t->ch[t->cur];
	long first, last;

	if (t->spooled + (long)n > (long)RENDER_MAX_SECONDS * t->rate)
		return err_set(t->e, "the track would be longer than %d hours; "
			       "split the section", RENDER_MAX_SECONDS / 3600);
	if (t->pipe >= 0) {
		if (pass_on(t, pcm, n))
			return err_set(t->e, "cannot pass audio on: %s",
				       strerror(errno));
	} else if (spool_write(&t->spool, pcm, n * sizeof(short), t->e)) {
		return -1;
	}
	dsp_find_sound(pcm, n, SILENCE, &first, &last);
	if (first >= 0) {
		long at = t->spooled - c->off;
		if (c->first < 0)
			c->first = at + first;
		c->last = at + last;
	}
	t->spooled += (long)n;
	return 0;
}

/* Whether a piece of what is said ends a sentence: a name said by
 * another voice mid-sentence does not start a caption of its own. */
static int ends_sentence(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == ')'))
		n--;
	return n && (strchr(".!?", s[n - 1]) ||
		     (n >= 3 && (!memcmp(s + n - 3, "\xe3\x80\x82", 3) ||
				 !memcmp(s + n - 3, "\xef\xbc\x81", 3) ||
				 !memcmp(s + n - 3, "\xef\xbc\x9f", 3))));
}

/*
 * Speak one piece of a chunk (spoken bytes [from, to)) in a voice, its
 * sentences appended to the chunk's at their place in the chunk's text
 * and audio; a piece that does not start after a sentence's end goes on
 * the sentence before it.
 */
static int speak_piece(struct track *t, const struct speech *sp, size_t from,
		       size_t to, const char *voice)
{
	const struct render_job *job = t->job;
	struct chunk_audio *c = &t->ch[t->cur];
	char *text = xstrndup(sp->spoken.buf + from, to - from);
	size_t cp = utf8_len(sp->spoken.buf, from), n = 0, i, k = 0;
	long at = t->spooled - c->off;
	struct synth_sentence *sent = NULL;
	int ret = strcmp(synth_voice(), voice) &&
		  synth_set_voice(voice, job->rate, job->pitch, t->e);

	if (!ret)
		ret = synth_speak(text, sp->phonemes, spool_sink, t, &sent, &n,
				  t->e);
	if (!ret && n && c->nsent && from &&
	    !ends_sentence(sp->spoken.buf, from)) {
		c->sent[c->nsent - 1].end = at + sent[0].end;
		c->sent[c->nsent - 1].end_char = cp + sent[0].end_char;
		k = 1;
	}
	for (i = k; !ret && i < n; i++) {
		struct synth_sentence *s = &sent[i];
		c->sent = xrealloc(c->sent, (c->nsent + 1) * sizeof(*c->sent));
		c->sent[c->nsent] = (struct synth_sentence){
			cp + s->first_char, cp + s->end_char, at + s->start,
			s->end < 0 ? s->end : at + s->end };
		c->nsent++;
	}
	free(sent);
	free(text);
	return ret;
}

/* A chunk in its voice, and the names in it in theirs. */
static int speak_chunk(struct track *t, const struct speech *sp)
{
	const char *voice = t->job->voice;
	size_t at = 0, i, len = sp->spoken.len;

	for (i = 0; i < sp->nrun; i++) {
		if (sp->run[i].from > at &&
		    speak_piece(t, sp, at, sp->run[i].from, voice))
			return -1;
		if (speak_piece(t, sp, sp->run[i].from, sp->run[i].to,
				sp->run[i].voice))
			return -1;
		at = sp->run[i].to;
	}
	return at < len || !len ? speak_piece(t, sp, at, len, voice) : 0;
}

static int speak(struct track *t)
{
	const struct render_job *job = t->job;

	if (!t->voice_set &&
	    synth_set_voice(job->voice, job->rate, job->pitch, t->e))
		return -1;
	t->rate = synth_rate();
	t->ch = xcalloc(job->nchunks, sizeof(*t->ch));
	for (t->cur = 0; t->cur < job->nchunks; t->cur++) {
		struct chunk_audio *c = &t->ch[t->cur];
		const struct speech *sp = job->chunks[t->cur].speech;
		c->off = t->spooled;
		c->first = c->last = -1;
		if (!sp->nrun) {
			if (synth_speak(sp->spoken.buf, sp->phonemes,
					spool_sink, t, &c->sent, &c->nsent,
					t->e))
				return -1;
		} else if (speak_chunk(t, sp)) {
			return -1;
		}
		c->len = t->spooled - c->off;
	}
	return 0;
}

/*
 * eSpeak NG carries state from one utterance to the next (wavegen.c's
 * function-local statics: pitch flutter, automatic gain control), and
 * nothing resets it; a track spoken after another would not be what a
 * fresh process speaks.  So each track is spoken by a process forked
 * for it from a voice holder: a process forked from the worker (which
 * never touches eSpeak NG: its state is the build's, after the checks)
 * that has set one voice, with its rate and pitch, and does nothing
 * else.  Every track of a voice starts from the same state, whichever
 * worker speaks it, and the voice is loaded once per worker, not once
 * per track.  The worker does not fork its holders itself: a fork
 * write-protects every page of the process that forks, and the worker
 * writes megabytes a track, so each page it wrote again after a
 * holder's fork was copied (4,500 of a worker's 6,000 page faults).
 * It forks one small process, the holders' source, before its first
 * track, and asks it for each holder; the source forks a process that
 * forks the holder and exits, so the holder becomes the worker's child
 * (the worker is a child subreaper) and the worker waits for it as
 * before.  The source is a fork of its worker, and a holder of the
 * source, so a job's pointers (into the plan, made before any worker)
 * hold in both.
 *
 * For each track the worker sends the holder the job's chunks and the
 * write end of a pipe; the holder forks the speech process, answers its
 * pid, and once it has ended its wait status.  The speech process
 * streams the samples ('P'), then each chunk's place and sentences
 * ('C'), then the rate ('E'), or an error ('X'), down the pipe.  The
 * worker spools, lays out, encodes and measures, track after track.
 */
#define HOLDERS 3	/* voices a worker keeps ready */

struct holder {
	pid_t pid;		/* 0: none */
	int sock;		/* requests to it; pids and statuses back */
	char *voice;
	int rate, pitch;
	unsigned long used;
};

struct speech_request {
	const struct render_chunk *chunks;
	size_t nchunks;
};

static struct holder holders[HOLDERS];
static unsigned long holder_clock;

struct chunk_record {
	long off, len, first, last;
	uint32_t nsent;
};

/* Die with the parent: it is ppid, or gone already. */
static void die_with(pid_t ppid)
{
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != ppid)
		_exit(1);
}

static void speech_process(struct track *t, int fd)
{
	uint32_t k;
	int32_t rate;

	t->pipe = fd;
	if (speak(t)) {
		uint32_t len = (uint32_t)strlen(t->e->msg);
		if (!worker_write_full(fd, "X", 1) &&
		    !worker_write_full(fd, &len, sizeof(len)))
			worker_write_full(fd, t->e->msg, len);
		_exit(1);
	}
	if (flush_frame(t))
		_exit(1);	/* the pipe broke: the worker says so */
	for (k = 0; k < t->job->nchunks; k++) {
		const struct chunk_audio *c = &t->ch[k];
		struct chunk_record r;

		memset(&r, 0, sizeof(r));	/* its padding goes down the pipe */
		r.off = c->off;
		r.len = c->len;
		r.first = c->first;
		r.last = c->last;
		r.nsent = (uint32_t)c->nsent;
		if (worker_write_full(fd, "C", 1) ||
		    worker_write_full(fd, &r, sizeof(r)) ||
		    worker_write_full(fd, c->sent,
				      c->nsent * sizeof(*c->sent)))
			_exit(1);
	}
	rate = t->rate;
	if (worker_write_full(fd, "E", 1) ||
	    worker_write_full(fd, &rate, sizeof(rate)))
		_exit(1);
	_exit(0);
}

/* In the worker: what the speech process sends, until 'E'. */
static int receive(struct track *t, int fd)
{
	short *buf = NULL;
	size_t cap = 0, k = 0;
	int ret = 1;

	t->ch = xcalloc(t->job->nchunks, sizeof(*t->ch));
	while (ret > 0) {
		char type;
		uint32_t n;
		int32_t rate;
		struct chunk_record r;
		struct chunk_audio *c;

		if (worker_read_full(fd, &type, 1) <= 0)
			break;
		switch (type) {
		case 'P':
			if (worker_read_full(fd, &n, sizeof(n)) <= 0)
				goto broken;
			if (n > cap)
				buf = xrealloc(buf, (cap = n) * sizeof(*buf));
			if (worker_read_full(fd, buf, n * sizeof(*buf)) <= 0)
				goto broken;
			if (spool_write(&t->spool, buf, n * sizeof(*buf),
					t->e))
				ret = -1;	/* its message stands */
			t->spooled += (long)n;
			break;
		case 'C':
			if (k >= t->job->nchunks ||
			    worker_read_full(fd, &r, sizeof(r)) <= 0 ||
			    r.nsent > (1u << 24))
				goto broken;
			c = &t->ch[k++];
			*c = (struct chunk_audio){ r.off, r.len, r.first,
						   r.last, NULL, r.nsent };
			c->sent = xcalloc(r.nsent + 1, sizeof(*c->sent));
			if (r.nsent && worker_read_full(fd, c->sent,
					r.nsent * sizeof(*c->sent)) <= 0)
				goto broken;
			break;
		case 'E':
			if (k != t->job->nchunks ||
			    worker_read_full(fd, &rate, sizeof(rate)) <= 0)
				goto broken;
			t->rate = rate;
			ret = 0;
			break;
		case 'X':
			if (worker_read_full(fd, &n, sizeof(n)) <= 0 ||
			    n >= sizeof(t->e->msg) ||
			    (n && worker_read_full(fd, t->e->msg, n) <= 0))
				goto broken;
			t->e->msg[n] = '\0';
			ret = -1;
			break;
		default:
			goto broken;
		}
	}
	free(buf);
	return ret;
broken:
	free(buf);
	return 1;
}

/* In a holder: a speech process for each request, until the worker
 * closes the socket. */
static void holder_main(struct holder *h, pid_t worker)
{
	struct err e = { "" };
	struct speech_request rq;
	int voice_set, fd, adopted = 0;

	voice_set = !synth_set_voice(h->voice, h->rate, h->pitch, &e);
	while (worker_recv_fd(h->sock, &rq, sizeof(rq), &fd) > 0) {
		pid_t holder = getpid();
		int32_t pid;
		int status = 0;

		if (fd < 0)
			_exit(1);
		/* The worker asks only once the holder is its child. */
		if (!adopted++)
			die_with(worker);
		fflush(NULL);
		pid = fork();
		if (pid == 0) {
			struct render_job job = { .voice = h->voice,
						  .rate = h->rate,
						  .pitch = h->pitch,
						  .chunks = rq.chunks,
						  .nchunks = rq.nchunks };
			struct track t = { .job = &job, .pipe = -1,
					   .voice_set = voice_set, .e = &e };
			close(h->sock);
			die_with(holder);
			speech_process(&t, fd);
		}
		close(fd);
		if (worker_write_full(h->sock, &pid, sizeof(pid)))
			_exit(1);
		if (pid < 0)
			continue;
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		if (worker_write_full(h->sock, &status, sizeof(status)))
			_exit(1);
	}
	_exit(0);
}

/* Holders let go of, not yet waited for: one that exits slowly (under
 * valgrind, its leak check) does not hold up the next track. */
static pid_t ending[8];
static size_t nending;

/* Wait for pid: its wait status. */
static int reap(pid_t pid)
{
	int status = 0;

	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return status;
}

/* What the worker asks its source for: a holder of this voice (len
 * bytes of its name follow), with the holder's end of a socket. */
struct holder_ask {
	int32_t rate, pitch;
	uint32_t len;
};

static struct {
	pid_t pid;	/* 0: none */
	int sock;
} source;

/*
 * In the source: a holder for each ask, until the worker closes the
 * socket.  The holder is forked by a process that exits at once, so it
 * is handed to the worker, the nearest subreaper; the pid is answered
 * (or -errno) once that process is gone, when the holder is the
 * worker's child.
 */
static void source_main(int sock, pid_t worker)
{
	struct holder_ask ask;
	int fd;

	while (worker_recv_fd(sock, &ask, sizeof(ask), &fd) > 0) {
		struct holder h = { 0, fd, NULL, ask.rate, ask.pitch, 0 };
		int32_t pid = -EPIPE;
		int p[2];
		pid_t mid;

		if (fd < 0 || ask.len > 4096)
			_exit(1);
		h.voice = xmalloc(ask.len + 1);
		if (worker_read_full(sock, h.voice, ask.len) <= 0)
			_exit(1);
		h.voice[ask.len] = '\0';
		fflush(NULL);
		if (pipe(p) == 0) {
			mid = fork();
			if (mid == 0) {
				close(p[0]);
				pid = fork();
				if (pid == 0) {
					close(p[1]);
					close(sock);
					holder_main(&h, worker);
				}
				if (pid < 0)
					pid = -errno;
				worker_write_full(p[1], &pid, sizeof(pid));
				_exit(0);
			}
			close(p[1]);
			if (mid < 0)
				pid = -errno;
			else if (worker_read_full(p[0], &pid, sizeof(pid)) <= 0)
				pid = -EIO;	/* not 0: that is a lost source */
			if (mid > 0)
				reap(mid);
			close(p[0]);
		}
		close(fd);
		free(h.voice);
		if (worker_write_full(sock, &pid, sizeof(pid)))
			_exit(1);
	}
	_exit(0);
}

static int source_start(void)
{
	pid_t worker = getpid();
	int sv[2];

	if (prctl(PR_SET_CHILD_SUBREAPER, 1) ||
	    socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
		return -1;
	fflush(NULL);
	source.pid = fork();
	if (source.pid < 0) {
		close(sv[0]);
		close(sv[1]);
		source.pid = 0;
		return -1;
	}
	if (source.pid == 0) {
		size_t i;

		/* The holders' sockets: each must see its own EOF. */
		for (i = 0; i < HOLDERS; i++)
			if (holders[i].pid)
				close(holders[i].sock);
		close(sv[0]);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		die_with(worker);
		source_main(sv[1], worker);
	}
	close(sv[1]);
	source.sock = sv[0];
	return 0;
}

static void source_end(void)
{
	close(source.sock);
	reap(source.pid);
	source.pid = 0;
}

/* Close a holder's socket (it exits); with wait, wait for it and give
 * its wait status, else reap it later. */
static int holder_end(struct holder *h, int wait)
{
	int status = 0;
	size_t i, k;

	close(h->sock);
	if (wait) {
		status = reap(h->pid);
	} else {
		for (i = k = 0; i < nending; i++)	/* those gone already */
			if (waitpid(ending[i], NULL, WNOHANG) == 0)
				ending[k++] = ending[i];
		nending = k;
		if (nending == sizeof(ending) / sizeof(ending[0])) {
			reap(ending[0]);
			memmove(ending, ending + 1, --nending * sizeof(*ending));
		}
		ending[nending++] = h->pid;
	}
	free(h->voice);
	memset(h, 0, sizeof(*h));
	return status;
}

void render_end_speech(void)
{
	size_t i;

	for (i = 0; i < HOLDERS; i++)
		if (holders[i].pid)
			holder_end(&holders[i], 0);
	for (i = 0; i < nending; i++)
		reap(ending[i]);
	nending = 0;
	if (source.pid)
		source_end();
}

/* Ask the source for a holder of the job's voice, on fd: its pid,
 * -errno if it could not fork, 0 if the source is gone. */
static int32_t source_ask(const struct render_job *job, int fd)
{
	struct holder_ask ask = { job->rate, job->pitch,
				  (uint32_t)strlen(job->voice) };
	int32_t pid = 0;

	if (worker_send_fd(source.sock, &ask, sizeof(ask), fd) ||
	    send(source.sock, job->voice, ask.len, MSG_NOSIGNAL) !=
		    (ssize_t)ask.len ||
	    worker_read_full(source.sock, &pid, sizeof(pid)) <= 0)
		return 0;
	return pid;
}

/* The holder of the job's voice: kept, or started in place of the one
 * used longest ago. */
static struct holder *holder_for(const struct render_job *job, struct err *e)
{
	struct holder *h = &holders[0];
	int32_t pid = 0;
	int sv[2], try;
	size_t i;

	for (i = 0; i < HOLDERS; i++) {
		struct holder *c = &holders[i];
		if (c->pid && !strcmp(c->voice, job->voice) &&
		    c->rate == job->rate && c->pitch == job->pitch) {
			c->used = ++holder_clock;
			return c;
		}
		if (c->used < h->used)
			h = c;
	}
	if (h->pid)
		holder_end(h, 0);
	/* A source that died is started again, once; each try with a
	 * socket of its own, in case a holder was forked with the last. */
	for (try = 0; try < 2 && !pid; try++) {
		if ((!source.pid && source_start()) ||
		    socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
			goto fail;
		pid = source_ask(job, sv[1]);
		close(sv[1]);
		if (pid > 0)
			break;
		close(sv[0]);
		if (pid < 0) {
			errno = -pid;
			goto fail;
		}
		source_end();
		errno = EPIPE;
	}
	if (pid <= 0)
		goto fail;
	h->pid = pid;
	h->sock = sv[0];
	h->voice = xstrdup(job->voice);
	h->rate = job->rate;
	h->pitch = job->pitch;
	h->used = ++holder_clock;
	return h;
fail:
	err_set(e, "cannot start speech: %s", strerror(errno));
	return NULL;
}

/* A holder that stopped answering: the message for its track. */
static int holder_lost(struct track *t, struct holder *h)
{
	int status = holder_end(h, 1);

	if (WIFSIGNALED(status))
		return err_set(t->e, "the speech process died (signal %d)",
			       WTERMSIG(status));
	return err_set(t->e, "the speech process stopped halfway");
}

static int speak_forked(struct track *t)
{
	struct speech_request rq = { t->job->chunks, t->job->nchunks };
	struct holder *h = holder_for(t->job, t->e);
	int fd[2], status, ret;
	int32_t pid;

	if (!h)
		return -1;
	if (pipe(fd))
		return err_set(t->e, "cannot start speech: %s",
			       strerror(errno));
	ret = worker_send_fd(h->sock, &rq, sizeof(rq), fd[1]);
	close(fd[1]);
	if (ret || worker_read_full(h->sock, &pid, sizeof(pid)) <= 0) {
		close(fd[0]);
		return holder_lost(t, h);
	}
	if (pid < 0) {
		close(fd[0]);
		return err_set(t->e, "cannot start speech");
	}
	ret = receive(t, fd[0]);
	close(fd[0]);
	if (ret > 0)
		kill(pid, SIGKILL);	/* it sent what it should not */
	if (worker_read_full(h->sock, &status, sizeof(status)) <= 0)
		return holder_lost(t, h);
	if (ret < 0)
		return -1;
	/* A crash, even after the last byte, is not trusted. */
	if (WIFSIGNALED(status) && !(ret > 0 && WTERMSIG(status) == SIGKILL))
		return err_set(t->e, "the speech process died (signal %d)",
			       WTERMSIG(status));
	if (ret > 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		return err_set(t->e, "the speech process stopped halfway");
	return 0;
}

static void add_segment(struct track *t, long spool_off, long len)
{
	if (len <= 0)
		return;
	ALLOC_GROW(t->seg, t->nseg + 1, t->segalloc);
	t->seg[t->nseg].spool_off = spool_off;
	t->seg[t->nseg].len = len;
	t->nseg++;
	t->total += len;
}

static long secs(const struct track *t, double s)
{
	return lround(s * t->rate);
}

/*
 * Captions: each sentence's time on the timeline, from its chunk's start,
 * and its written text.  A sentence with nothing written (a spoken "Step
 * 1.") starts the caption of the sentence after it.
 */
static void add_cues(struct track *t, size_t k, long at)
{
	const struct chunk_audio *c = &t->ch[k];
	const struct speech *sp = t->job->chunks[k].speech;
	struct speech_range *r = xcalloc(c->nsent + 1, sizeof(*r));
	size_t *start = xcalloc(c->nsent + 1, sizeof(*start));
	long carry = -1;
	size_t i;

	for (i = 0; i < c->nsent; i++)
		start[i] = c->sent[i].first_char;
	speech_sentences(sp, start, c->nsent, r);
	for (i = 0; i < c->nsent; i++) {
		const struct synth_sentence *s = &c->sent[i];
		long a = s->start < c->first ? c->first : s->start;
		long b = s->end > c->last + 1 ? c->last + 1 : s->end;

		if (b <= a)
			continue;	/* a sentence with no sound */
		if (carry >= 0 && carry < a)
			a = carry;
		if (r[i].from == r[i].to) {
			if (carry < 0)
				carry = a;
			continue;
		}
		carry = -1;
		caption_add(&t->res->cues, (double)(at + a - c->first) / t->rate,
			    (double)(at + b - c->first) / t->rate,
			    xstrndup(sp->written + r[i].from, r[i].to - r[i].from));
	}
	free(r);
	free(start);
}

/* Lay out head, trimmed chunks with their pauses, and tail. */
static void lay_out(struct track *t)
{
	size_t k;

	add_segment(t, -1, secs(t, RENDER_HEAD));
	for (k = 0; k < t->job->nchunks; k++) {
		const struct chunk_audio *c = &t->ch[k];
		if (k)
			add_segment(t, -1, secs(t, t->job->chunks[k - 1].heading
						? RENDER_PAUSE_HEADING
						: RENDER_PAUSE_PARAGRAPH));
		if (c->first < 0)
			continue;
		add_cues(t, k, t->total);
		add_segment(t, c->off + c->first, c->last - c->first + 1);
	}
	add_segment(t, -1, secs(t, RENDER_TAIL));
	t->res->seconds = (double)t->total / t->rate;
}

/* Read the timeline as float blocks, giving each to fn. */
static int read_timeline(struct track *t, dsp_sink fn, void *user)
{
	short s[BLOCK];
	float f[BLOCK];
	size_t i, j, got;

	for (i = 0; i < t->nseg; i++) {
		const struct segment *sg = &t->seg[i];
		long done = 0;
		while (done < sg->len) {
			size_t n = sg->len - done < BLOCK ? (size_t)(sg->len - done)
							  : BLOCK;
			if (sg->spool_off < 0) {
				memset(f, 0, n * sizeof(float));
			} else {
				long long at = (long long)(sg->spool_off + done) *
					       (long long)sizeof(short);
				if (spool_read(&t->spool, at, s, n * sizeof(short),
					       &got, t->e))
					return -1;
				if (got != n * sizeof(short))
					return err_set(t->e, "temporary audio "
						       "is short");
				for (j = 0; j < n; j++)
					f[j] = s[j] / 32768.0f;
			}
			if (fn(user, f, n))
				return -1;
			done += (long)n;
		}
	}
	return 0;
}

/* Pass A: resample and band-limit the timeline into a float spool. */
struct pass_a {
	struct filter filter;
	struct resampler *rs;
	struct spool *out;
	struct spans *spans;
	struct meter *meter;
	struct err *e;
};

static int pass_a_out(void *user, float *pcm, size_t n)
{
	struct pass_a *a = user;

	filter_run(&a->filter, pcm, n);
	if (spool_write(a->out, pcm, n * sizeof(float), a->e))
		return -1;
	spans_add(a->spans, pcm, n);
	return meter_add(a->meter, pcm, n, a->e);
}

static int pass_a_in(void *user, float *pcm, size_t n)
{
	struct pass_a *a = user;

	return resampler_run(a->rs, pcm, n, pass_a_out, a, a->e);
}

static int run_pass_a(struct track *t, const struct profile *p,
		      struct spool *out, struct spans *spans, double *lufs,
		      double *peak)
{
	struct pass_a a = { .out = out, .spans = spans, .e = t->e };
	int ret = -1;

	/* Band-limit after resampling: the same filter, at the lower rate. */
	filter_init(&a.filter, p->band, p->rate);
	if (resampler_new(&a.rs, t->rate, p->rate, t->e) ||
	    meter_new(&a.meter, p->rate, 1, t->e))
		goto done;
	if (read_timeline(t, pass_a_in, &a) ||
	    resampler_run(a.rs, NULL, 0, pass_a_out, &a, t->e))
		goto done;
	meter_result(a.meter, lufs, peak);
	ret = 0;
done:
	resampler_free(a.rs);
	meter_free(a.meter);
	return ret;
}

/* Pass B: gain and limiter over the float spool, into meter and encoders. */
struct pass_b {
	struct meter *meter;
	struct encoder **enc;
	size_t nenc;
	struct err *e;
};

static int pass_b_out(void *user, float *pcm, size_t n)
{
	struct pass_b *b = user;
	size_t i;

	if (b->meter && meter_add(b->meter, pcm, n, b->e))
		return -1;
	for (i = 0; i < b->nenc; i++)
		if (encode_write(b->enc[i], pcm, n, b->e))
			return -1;
	return 0;
}

/*
 * With limit 0 the peaks are known to stay under the ceiling: the limiter
 * would pass every sample through times exactly 1.0, so it is skipped.
 */
static int run_pass_b(struct spool *in, int rate, double gain_db,
		      double ceiling_db, int limit, struct pass_b *b)
{
	struct limiter *l = limit ? limiter_new(rate, db_to_lin(ceiling_db))
			    : NULL;
	float gain = (float)db_to_lin(gain_db), buf[BLOCK];
	long long off = 0;
	size_t i, n;
	int ret = 0;

	while (!ret && !(ret = spool_read(in, off, buf, sizeof(buf), &n, b->e))
	       && n) {
		n /= sizeof(float);
		off += (long long)(n * sizeof(float));
		for (i = 0; i < n; i++)
			buf[i] *= gain;
		ret = l ? limiter_run(l, buf, n, 1.0, pass_b_out, b)
			: pass_b_out(b, buf, n);
	}
	if (!ret && l)
		ret = limiter_run(l, NULL, 0, 0, pass_b_out, b);
	limiter_free(l);
	return ret;
}

/*
 * The energy of the signal with gain, and of what the limiter makes of
 * it, without the samples.  The limiter only acts near the spans whose
 * peak crosses the ceiling: the spans before them, where it is idle, go
 * by with only their last samples read (the 80 ms of the limiter's
 * release after a peak keep it busy for a few spans after).
 */
static int limit_energy(struct spool *in, const struct spans *sp, int rate,
			double gain_db, double ceiling_db, double *ein,
			double *eout, struct err *e)
{
	double ceiling = db_to_lin(ceiling_db), energy = 0, loss = 0;
	struct limiter *l = limiter_new(rate, ceiling);
	float gain = (float)db_to_lin(gain_db), buf[DSP_SPAN];
	size_t i, w = limiter_window(l);
	int ret = 0;

	for (i = 0; !ret && i < sp->n; i++) {
		long long off = (long long)i * DSP_SPAN * sizeof(float);
		size_t len = spans_len(sp, i), k = len < w ? len : w, got;

		energy += sp->span[i].energy;
		if (limiter_idle(l) && sp->span[i].peak * gain <= ceiling) {
			off += (long long)((len - k) * sizeof(float));
			ret = spool_read(in, off, buf, k * sizeof(float), &got,
					 e);
			limiter_skip(l, buf, k, len, gain);
		} else {
			ret = spool_read(in, off, buf, len * sizeof(float),
					 &got, e);
			limiter_loss(l, buf, len, gain, &loss);
		}
	}
	if (!ret)
		limiter_loss(l, NULL, 0, gain, &loss);
	limiter_free(l);
	*ein = (double)gain * gain * energy;
	*eout = *ein - loss;
	return ret;
}

static int needs_limit(double peak, double gain_db, double ceiling_db)
{
	return lin_to_db(peak) + gain_db > ceiling_db;
}

/*
 * The gain that puts the track on its target.  Where the limiter has to
 * act it takes some loudness away: one pass through it measures how much
 * energy it removed (it only touches peaks, all inside the loudness gate),
 * and the gain makes up for it.
 */
static int find_gain(struct spool *in, const struct spans *sp, int rate,
		     double lufs, double peak, double target,
		     double ceiling_db, double *gain, struct err *e)
{
	double g0 = isfinite(lufs) ? target - lufs : 0, g;
	int i;

	if (g0 > 40)
		g0 = 40;	/* a near-silent track is not blown up */
	g = g0;
	/* More gain means more limiting: two rounds settle it. */
	for (i = 0; i < LIMIT_ROUNDS && needs_limit(peak, g, ceiling_db); i++) {
		double ein = 0, eout = 0;
		if (limit_energy(in, sp, rate, g, ceiling_db, &ein, &eout,
				 e))
			return -1;
		if (eout <= 0 || ein <= eout)
			break;
		g = g0 + 10 * log10(ein / eout);
	}
	*gain = g;
	return 0;
}

/* The loudness to give the signal: the file's target, and what its
 * codec will take away. */
static double target_of(const struct render_job *job, const struct profile *p)
{
	return job->target[p->phone] + p->gain_db;
}

static double ceiling_of(const struct render_job *job, const struct profile *p)
{
	return job->ceiling[p->phone] - p->margin_db;
}

static int same_signal(const struct render_job *job, size_t i, size_t j)
{
	const struct profile *a = job->profiles[i], *b = job->profiles[j];

	return a->rate == b->rate && a->band == b->band &&
	       target_of(job, a) == target_of(job, b) &&
	       ceiling_of(job, a) == ceiling_of(job, b);
}

/*
 * PCM and FLAC files hold exactly the samples encoded (to 16 bits), so
 * the final pass measures them; G.711 files are measured through their
 * tables as written (tap_meter), MP3 and Opus on their signal (on_signal),
 * and Vorbis and GSM decoded.
 */
static int lossless(const struct profile *p)
{
	return p->fmt == ENC_WAV16 || p->fmt == ENC_FLAC16 ||
	       p->fmt == ENC_RAW_S16LE;
}

/*
 * Files measured on the signal given to their encoder: lossless ones hold
 * it exactly; MP3 and Opus decoded by ffmpeg are within 0.06 LU of it in
 * every language of the bundled guide, and their sample peaks stay under
 * the ceiling by the profile's margin (tests/e2e/test_render.sh checks
 * both), so they are not decoded to be measured.  Vorbis is (0.08 LU).
 */
static int on_signal(const struct profile *p)
{
	return lossless(p) || p->fmt == ENC_MP3 || p->fmt == ENC_OPUS;
}

static int into_meter(void *user, const float *pcm, size_t n)
{
	struct err ignored;	/* a failing meter fails the write */

	return meter_add(user, pcm, n, &ignored);
}

/* A meter that hears what a decoder will read from a G.711 file as it is
 * written (*m NULL for other formats: they are decoded to be measured). */
static int tap_meter(struct encoder *enc, const struct profile *p,
		     struct meter **m, struct err *e)
{
	*m = NULL;
	if (!encode_can_tap(p->fmt))
		return 0;
	if (meter_new(m, p->rate, 1, e))
		return -1;
	encode_tap(enc, into_meter, *m);
	return 0;
}

/* Measure a file as written: from a meter that heard it (its signal, or
 * a G.711 file as encoded), else (NULL) by decoding it. */
static int measure_file(const struct profile *p, const char *path,
			struct meter *pass_meter, struct render_file *rf,
			struct err *e)
{
	struct measured m;

	if (pass_meter)
		measure_meter(pass_meter, path, &m);
	else if (measure_decoded(path, p->fmt, p->rate, &m, e))
		return -1;
	rf->lufs = m.lufs;
	rf->peak_db = m.peak_db;
	rf->bytes = m.bytes;
	return 0;
}

/* Open the group's encoders; a meter for the files measured on their
 * signal when the limiter will act (else their loudness is the signal's
 * plus the gain, exactly). */
static int open_group(struct track *t, size_t first, const char *done,
		      int limit, struct pass_b *b, size_t *which,
		      struct meter **taps)
{
	const struct render_job *job = t->job;
	size_t i;

	for (i = first; i < job->nprof; i++) {
		if (done[i] || !same_signal(job, first, i))
			continue;
		if (limit && on_signal(job->profiles[i]) && !b->meter &&
		    meter_new(&b->meter, job->profiles[i]->rate, 1, t->e))
			return -1;
		if (encode_open(&b->enc[b->nenc], job->paths[i],
				job->profiles[i]->fmt, job->profiles[i]->rate,
				job->tags, t->e))
			return -1;
		which[b->nenc++] = i;
		if (tap_meter(b->enc[b->nenc - 1], job->profiles[i],
			      &taps[b->nenc - 1], t->e))
			return -1;
	}
	return 0;
}

/*
 * A codec changes loudness and peaks (GSM loses about 1 LU, Opus and MP3
 * decoders overshoot), and the limiter takes some loudness from a short,
 * peaky track; the profile table leaves room for what each codec does,
 * so the first encode meets its targets.  A file that misses its target
 * or ceiling all the same is encoded again from the same spool, with the
 * gain and ceiling corrected by what was measured, and counted.
 */
static int fix_file(struct track *t, struct spool *in, size_t i,
		    double gain, double ceiling, double peak)
{
	const struct render_job *job = t->job;
	const struct profile *p = job->profiles[i];
	struct render_file *rf = &t->res->files[i];
	double target = job->target[p->phone], limit = job->ceiling[p->phone];
	double slope = 1.0, last_gain = gain, last_lufs = rf->lufs;
	int k;

	for (k = 0; k < RETRIES; k++) {
		struct pass_b b = { .enc = NULL, .nenc = 1, .e = t->e };
		struct encoder *enc;
		struct meter *tap = NULL;
		int ret;

		if (!(isfinite(rf->lufs) && isfinite(target_of(job, p))) ||
		    (fabs(rf->lufs - target) <= TOLERANCE &&
		     rf->peak_db <= limit))
			return 0;
		/* Where the limiter holds the peaks, a dB of gain gives less
		 * than a dB of loudness: the last two tries say how much. */
		if (k && fabs(gain - last_gain) > 0.01) {
			slope = (rf->lufs - last_lufs) / (gain - last_gain);
			slope = slope < 0.2 ? 0.2 : slope > 1.5 ? 1.5 : slope;
		}
		last_gain = gain;
		last_lufs = rf->lufs;
		rf->encodes++;
		gain += (target - rf->lufs) / slope;
		if (rf->peak_db > limit)
			ceiling -= rf->peak_db - limit + 0.2;
		if (encode_open(&enc, job->paths[i], p->fmt, p->rate, job->tags,
				t->e))
			return -1;
		b.enc = &enc;
		ret = tap_meter(enc, p, &tap, t->e);
		if (!ret && !tap && on_signal(p))
			ret = meter_new(&b.meter, p->rate, 1, t->e);
		if (!ret)
			ret = run_pass_b(in, p->rate, gain, ceiling,
					 needs_limit(peak, gain, ceiling), &b);
		if (ret) {
			encode_abort(enc);
			meter_free(tap);
			meter_free(b.meter);
			return -1;
		}
		ret = encode_close(enc, t->e) ||
		      measure_file(p, job->paths[i], tap ? tap : b.meter, rf,
				   t->e);
		meter_free(tap);
		meter_free(b.meter);
		if (ret)
			return -1;
	}
	return 0;
}

/* Encode every profile from `first` on that shares its signal. */
static int encode_group(struct track *t, struct spool *in,
			const struct spans *sp, double lufs, double peak,
			size_t first, char *done)
{
	const struct render_job *job = t->job;
	const struct profile *p = job->profiles[first];
	size_t *which = xcalloc(job->nprof, sizeof(*which));
	struct meter **taps = xcalloc(job->nprof, sizeof(*taps));
	struct pass_b b = { .enc = xcalloc(job->nprof, sizeof(*b.enc)),
			    .e = t->e };
	double gain = 0, ceiling = ceiling_of(job, p);
	size_t i;
	int limit = 0, ret = find_gain(in, sp, p->rate, lufs, peak,
				       target_of(job, p), ceiling, &gain, t->e);

	limit = needs_limit(peak, gain, ceiling);
	if (!ret)
		ret = open_group(t, first, done, limit, &b, which, taps);
	if (!ret)
		ret = run_pass_b(in, p->rate, gain, ceiling, limit, &b);
	for (i = 0; i < b.nenc; i++) {
		size_t w = which[i];
		struct render_file *rf = &t->res->files[w];
		if (ret) {
			encode_abort(b.enc[i]);
			continue;
		}
		ret = encode_close(b.enc[i], t->e);
		done[w] = 1;
		rf->encodes = 1;
		if (!ret && on_signal(job->profiles[w]) && !limit) {
			/* gain alone: loudness and peak move by it, exactly */
			rf->lufs = lufs + gain;
			rf->peak_db = lin_to_db(peak) + gain;
			rf->bytes = fs_size(job->paths[w]);
		} else if (!ret) {
			ret = measure_file(job->profiles[w], job->paths[w],
					   taps[i] ? taps[i]
					   : on_signal(job->profiles[w]) ? b.meter
					   : NULL, rf, t->e);
		}
		if (!ret)
			ret = fix_file(t, in, w, gain, ceiling, peak);
	}
	for (i = 0; i < job->nprof; i++)
		meter_free(taps[i]);
	meter_free(b.meter);
	free(taps);
	free(b.enc);
	free(which);
	return ret;
}

/* Resample once per rate and band, then encode each loudness class. */
static int render_profiles(struct track *t)
{
	const struct render_job *job = t->job;
	char *done = xcalloc(job->nprof, 1);
	size_t i, j;
	int ret = 0;

	for (i = 0; !ret && i < job->nprof; i++) {
		const struct profile *p = job->profiles[i];
		struct spool f = { 0 };
		struct spans sp = { 0 };
		double lufs, peak;

		if (done[i])
			continue;
		ret = run_pass_a(t, p, &f, &sp, &lufs, &peak);
		for (j = i; !ret && j < job->nprof; j++)
			if (!done[j] && job->profiles[j]->rate == p->rate &&
			    job->profiles[j]->band == p->band)
				ret = encode_group(t, &f, &sp, lufs, peak, j,
						   done);
		spans_release(&sp);
		spool_release(&f);
	}
	free(done);
	return ret;
}

int render_track(const struct render_job *job, struct render_result *res,
		 struct err *e)
{
	struct track t = { .job = job, .res = res, .pipe = -1, .e = e };
	size_t k;
	int ret = -1;

	memset(res, 0, sizeof(*res));
	res->files = xcalloc(job->nprof, sizeof(*res->files));
	if (fork_synthesis ? speak_forked(&t) : speak(&t))
		goto done;
	lay_out(&t);
	ret = render_profiles(&t);
done:
	spool_release(&t.spool);
	for (k = 0; t.ch && k < job->nchunks; k++)
		free(t.ch[k].sent);
	free(t.ch);
	free(t.seg);
	return ret;
}

void render_result_release(struct render_result *res)
{
	caption_list_release(&res->cues);
	free(res->files);
	memset(res, 0, sizeof(*res));
}
