/*
 * mdinline: inline Markdown read into what a reader sees: the text with
 * its markup removed, and spans for what is not read as written (links,
 * tel: numbers, bare addresses).
 */
#ifndef AUDIOGUIDE_MDINLINE_H
#define AUDIOGUIDE_MDINLINE_H

#include <stddef.h>

#include "strbuf.h"

/* How a span of inline text is spoken. */
enum md_span_kind {
	MD_LINK,		/* a link: its text is spoken */
	MD_TEL,			/* a tel: link: its number, digit by digit */
	MD_URL,			/* a bare address or <autolink>: its host */
};

struct md_span {
	enum md_span_kind kind;
	size_t from, to;	/* bytes of the text */
	char *href;
};

struct md_inline {
	struct strbuf text;	/* as a reader sees it: markup removed */
	struct md_span *span;
	size_t nspan, alloc;
	int image;		/* the whole text is an image's description */
	struct strbuf comment;	/* inline HTML comments, for translators */
	char why[320];		/* after an error: what is wrong */
};

/*
 * Read inline Markdown (a block's source, or a translation of it) into
 * in (zeroed).  On error in->why says what is wrong; the caller names
 * the file and line.
 */
int md_inline(const char *source, struct md_inline *in);
void md_inline_release(struct md_inline *in);

#endif
