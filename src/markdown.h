/*
 * markdown: CommonMark through cmark, the only file that includes it.
 * A guide's blocks (headings, paragraphs, list items, images) with the
 * lines they start on and their inline source as written; and inline
 * text (a block's source, or its translation) read into the text a
 * reader sees, with its links.  What a listener must not hear (markup,
 * comments, URLs) never reaches the text; what cannot be read aloud
 * (tables, raw HTML, an image with no description) is an error.
 */
#ifndef AUDIOGUIDE_MARKDOWN_H
#define AUDIOGUIDE_MARKDOWN_H

#include <stddef.h>

#include "err.h"
#include "strbuf.h"

enum md_kind {
	MD_HEADING,		/* level 1-6; "**Bold line**" is level 2 */
	MD_PARAGRAPH,
	MD_ITEM,		/* a list item's text */
};

struct md_block {
	enum md_kind kind;
	int level;		/* heading level; item: list depth from 1 */
	int number;		/* ordered item: its number; 0 otherwise */
	int line;		/* where it starts in the file */
	char *source;		/* its inline Markdown, lines joined */
	char *comment;		/* HTML comments just before it, or NULL */
};

struct md_doc {
	struct md_block *b;
	size_t n, alloc;
};

/*
 * Read a document's blocks.  Errors name path and the line: a table, raw
 * HTML (comments are notes for translators), a list nested too deep.
 */
int md_parse(struct md_doc *doc, const char *path, const char *buf,
	     size_t len, struct err *e);
void md_doc_release(struct md_doc *doc);

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
