/*
 * xalloc: allocation that cannot fail (git's wrapper.c): on exhaustion
 * the process writes one line and aborts, so callers never check.
 */
#ifndef AUDIOGUIDE_XALLOC_H
#define AUDIOGUIDE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A formatted string the caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Report exhaustion and abort. */
void xalloc_die(void) __attribute__((noreturn));

/* Grow array `x` of `alloc` slots so that it holds at least `nr` items. */
#define ALLOC_GROW(x, nr, alloc) \
	do { \
		if ((nr) > (alloc)) { \
			(alloc) = (alloc) * 2 + 16 > (nr) ? (alloc) * 2 + 16 : (nr); \
			(x) = xrealloc((x), (alloc) * sizeof(*(x))); \
		} \
	} while (0)

#endif
