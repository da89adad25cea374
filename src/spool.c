/* spool: bounded-memory storage for audio between passes. */
#include "spool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

int spool_write(struct spool *s, const void *p, size_t n, struct err *e)
{
	if (!s->fp && s->len + n <= SPOOL_MEM) {
		if (!s->mem)
			s->mem = xmalloc(SPOOL_MEM);
		memcpy(s->mem + s->len, p, n);
		s->len += n;
		s->size += (long long)n;
		return 0;
	}
	if (!s->fp) {
		s->fp = tmpfile();
		if (!s->fp || fwrite(s->mem, 1, s->len, s->fp) != s->len)
			return err_set(e, "cannot write a temporary file: %s",
				       strerror(errno));
		free(s->mem);
		s->mem = NULL;
	}
	if (fseeko(s->fp, 0, SEEK_END) || fwrite(p, 1, n, s->fp) != n)
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
	if (fseeko(s->fp, off, SEEK_SET) || fread(p, 1, n, s->fp) != n)
		return err_set(e, "cannot read a temporary file: %s",
			       strerror(errno));
	*got = n;
	return 0;
}

void spool_release(struct spool *s)
{
	free(s->mem);
	if (s->fp)
		fclose(s->fp);
	memset(s, 0, sizeof(*s));
}
