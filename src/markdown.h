/*
 * markdown: a guide's block structure from CommonMark, through cmark
 * (which only this file and mdinline.c include): headings, paragraphs,
 * list items and images, with the lines they start on and their inline
 * source as written (mdinline.h reads that).  What a listener must not
 * hear (comments, rules) never becomes a block; what cannot be read
 * aloud (tables, raw HTML) is an error.
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

#endif
