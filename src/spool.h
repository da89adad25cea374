/*
 * spool: a byte store for audio between passes, held in memory up to
 * SPOOL_MEM bytes and in an unlinked temporary file beyond, so memory
 * stays bounded however long the track and a dead process leaves
 * nothing behind.  `{ 0 }` is an empty spool.
 */
#ifndef AUDIOGUIDE_SPOOL_H
#define AUDIOGUIDE_SPOOL_H

#include <stddef.h>
#include <stdio.h>

#include "err.h"

#define SPOOL_MEM (8u << 20)

struct spool {
	char *mem;
	size_t len;
	FILE *fp;		/* once spilled, everything is here */
	long long size;
};

/* Append n bytes. */
int spool_write(struct spool *s, const void *p, size_t n, struct err *e);
/* Read up to n bytes at off into p; *got is short only at the end. */
int spool_read(struct spool *s, long long off, void *p, size_t n,
	       size_t *got, struct err *e);
void spool_release(struct spool *s);

#endif
