/*
 * web: out/<guide>/index.html, one static, self-contained player page
 * for every language: a language switcher, and per section its heading,
 * an <audio> element (Opus, MP3 fallback) with its captions, and its
 * transcript.  It needs no server and no network: it works from file://.
 */
#ifndef AUDIOGUIDE_WEB_H
#define AUDIOGUIDE_WEB_H

#include "book.h"
#include "err.h"

/*
 * Write the page; `first` is the index of the language shown when the
 * address names none (the source language).
 */
int web_write(const char *path, const struct book *books, size_t n,
	      size_t first, struct err *e);

#endif
