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

/* The page's words in a language (the program's phrases, borrowed). */
struct web_words {
	const char *play_all;
	const char *not_available;	/* a section missing in it */
	const char *skip;		/* the skip link */
	const char *languages;		/* the language switcher's label */
};

/*
 * Write the page: books[i] shown with words[i]; `first` is the index of
 * the language shown when the address names none (the source language),
 * whose words the page's own links use; source_tag is the BCP 47 tag of
 * the guide's source language, for headings shown as the guide has them.
 */
int web_write(const char *path, const struct book *books,
	      const struct web_words *words, size_t n, size_t first,
	      const char *source_tag, struct err *e);

#endif
