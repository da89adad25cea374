/* spool: bounded-memory storage for audio between passes. */
#include "spool.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "xalloc.h"

/*
 * A spool's memory is its own mapping, kept out of forked children
 * (MADV_DONTFORK), and released blocks are kept for the next track: a
 * worker spools track after track, and a fresh block is fresh pages,
 * each a fault on first touch, as is each page a fork write-protected
 * (a worker forks a voice holder for each new voice).  A track holds at
 * most two spools at once (as spoken, and resampled), so two are kept.
 */
static char *spare[2];
static int nspare;

/*
 * In a child just forked (pthread_atfork): the parent's spare blocks
 * are not mapped here, and are forgotten.  Unmapping them changes
 * nothing for the kernel, but tells valgrind, which does not know
 * MADV_DONTFORK: its leak check would otherwise scan them, one fault a
 * word.  A child never carries a spool across the fork.
 */
static void forget_spares(void)
{
	while (nspare)
		munmap(spare[--nspare], SPOOL_MEM);
}

static char *block_new(void)
{
	static int watching;
	void *p;

	if (nspare)
		return spare[--nspare];
	if (!watching)
		watching = !pthread_atfork(NULL, NULL, forget_spares);
	p = mmap(NULL, SPOOL_MEM, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		xalloc_die();
	madvise(p, SPOOL_MEM, MADV_DONTFORK);	/* advice: no harm if not */
	return p;
}

static void block_free(char *mem)
{
	if (!mem)
		return;
	if (nspare < 2)
		spare[nspare++] = mem;
	else
		munmap(mem, SPOOL_MEM);
}

/* All n bytes at off of the spilled file, or -1 (errno set). */
static int put_at(struct spool *s, const void *p, size_t n, long long off)
{
	const char *c = p;

	while (n) {
		ssize_t k = pwrite(fileno(s->fp), c, n, (off_t)off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		c += k;
		n -= (size_t)k;
		off += k;
	}
	return 0;
}

/*
 * Beyond SPOOL_MEM the bytes go to an unlinked temporary file, read and
 * written at their offsets (pread, pwrite): through stdio each block
 * cost a seek, a read or write and a stat (a build of a four-minute
 * section in Opus made 56,000 system calls that way, 25,000 this way).
 */
int spool_write(struct spool *s, const void *p, size_t n, struct err *e)
{
	if (!s->fp && s->len + n <= SPOOL_MEM) {
		if (!s->mem)
			s->mem = block_new();
		memcpy(s->mem + s->len, p, n);
		s->len += n;
		s->size += (long long)n;
		return 0;
	}
	if (!s->fp) {
		s->fp = tmpfile();
		if (!s->fp || put_at(s, s->mem, s->len, 0))
			return err_set(e, "cannot write a temporary file: %s",
				       strerror(errno));
		block_free(s->mem);
		s->mem = NULL;
	}
	if (put_at(s, p, n, s->size))
		return err_set(e, "cannot write a temporary file: %s",
			       strerror(errno));
	s->size += (long long)n;
	return 0;
}

int spool_read(struct spool *s, long long off, void *p, size_t n,
	       size_t *got, struct err *e)
{
	if (off >= s->size) {
		*got = 0;
		return 0;
	}
	if ((long long)n > s->size - off)
		n = (size_t)(s->size - off);
	if (!s->fp) {
		memcpy(p, s->mem + off, n);
		*got = n;
		return 0;
	}
	*got = n;
	while (n) {
		ssize_t k = pread(fileno(s->fp), p, n, (off_t)off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return err_set(e, "cannot read a temporary file: %s",
				       k ? strerror(errno) : "it is shorter");
		p = (char *)p + k;
		n -= (size_t)k;
		off += k;
	}
	return 0;
}

void spool_release(struct spool *s)
{
	block_free(s->mem);
	if (s->fp)
		fclose(s->fp);
	memset(s, 0, sizeof(*s));
}
