/*
 * strbuf: a growable, always NUL-terminated byte string (git's strbuf).
 * The buffer belongs to the strbuf until strbuf_detach() hands it over;
 * STRBUF_INIT needs no release until something is added.
 */
#ifndef AUDIOGUIDE_STRBUF_H
#define AUDIOGUIDE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;	/* NULL until the first addition */
	size_t len;
	size_t alloc;
};
#define STRBUF_INIT { NULL, 0, 0 }

/* Make room for `extra` more bytes (and the NUL). */
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t n);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
/* Append n bytes of s without their leading and trailing white space,
 * after one space if sb is not empty; nothing when that leaves none. */
void strbuf_addword(struct strbuf *sb, const char *s, size_t n);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Empty the string, keeping its memory. */
void strbuf_reset(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
/* Hand the buffer to the caller (never NULL) and reset sb. */
char *strbuf_detach(struct strbuf *sb);

#endif
