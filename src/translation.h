/*
 * translation: what a language has of a guide.  For the source language
 * the text is the guide's own; for any other it comes from the language's
 * PO catalog, chunk by chunk, and a section is complete only when every
 * chunk's entry for its current source text is translated, not fuzzy,
 * and readable (its Markdown holds nothing that cannot be read aloud).
 */
#ifndef AUDIOGUIDE_TRANSLATION_H
#define AUDIOGUIDE_TRANSLATION_H

#include "catalog.h"
#include "err.h"
#include "guide.h"
#include "mdinline.h"

enum tr_problem_kind {
	TR_MISSING,		/* no entry for the current source text */
	TR_UNTRANSLATED,
	TR_FUZZY,		/* msgmerge found the source changed */
	TR_REVIEW,		/* fuzzy by hand: marked for review */
	TR_PLURAL,		/* a plural entry cannot be spoken */
	TR_MARKUP,		/* its Markdown cannot be read aloud */
	TR_PHRASE,		/* a phrase of the program's it needs is not
				   in the language (why names its file) */
	TR_SPEECH,		/* the voice cannot say it by its own rules */
	TR_CHECK,		/* it fails a check against its source (why
				   says which, and what differs) */
};

/*
 * The longest translation of a chunk read: the limit of a paragraph of
 * guide.md, and four times a heading's (a script may need more bytes
 * per letter than the source's).
 */
#define TR_MAX_CHUNK GUIDE_MAX_PARAGRAPH
#define TR_MAX_HEADING (4 * GUIDE_MAX_HEADING)

struct tr_problem {
	enum tr_problem_kind kind;
	int po_line;		/* entry's line in the PO, 0 when missing */
	int src_line;		/* line of the source text in guide.md */
	char *why;		/* what is wrong, when its kind does not say */
	char *file;		/* the file to fix, when not the PO */
};

struct tr_section {
	int complete;
	/* When complete: each chunk read (text, links), nchunk of them. */
	struct md_inline *chunk;
	/* The heading as translated, even when the section is not complete
	 * (borrowed), or NULL. */
	const char *heading;
	char *own_heading;	/* the heading's text when not complete */
	struct tr_problem *prob;
	size_t nprob, alloc;
};

struct translation {
	const struct guide *g;	/* borrowed, must outlive this */
	char *lang;
	char *po_path;		/* NULL for the source language */
	struct catalog cat;
	struct tr_section *sec;	/* one per g->sec */
	size_t translated, fuzzy, untranslated, obsolete;
	size_t unused;		/* live entries no source text matches */
	int first_unused_line;
};

/* Load a language's state; po_path NULL means the source language. */
int translation_load(struct translation *t, const struct guide *g,
		     const char *lang, const char *po_path, struct err *e);
void translation_release(struct translation *t);
/* Number of complete sections, title included. */
size_t translation_complete(const struct translation *t);
/* The title as this language has it (borrowed), or NULL. */
const char *translation_title(const struct translation *t);
/*
 * Keep section sec from being spoken: a problem found after loading (a
 * phrase it needs, its speech), in file (NULL: the PO) at line.
 */
void translation_reject(struct translation *t, size_t sec,
			enum tr_problem_kind kind, const char *file, int line,
			int src_line, const char *why);
/* The line of chunk j of section sec's entry (in guide.md for the
 * source language); 0 when it has none. */
int translation_entry_line(const struct translation *t, size_t sec,
			   size_t j);
/* The file a problem names: its own, the PO, or else guide.md. */
const char *tr_problem_file(const struct translation *t,
			    const struct tr_problem *p);
/* The problem's name in JSON: "missing", "untranslated", "fuzzy", ... */
const char *tr_problem_key(enum tr_problem_kind kind);
/* A short phrase for a problem, e.g. "fuzzy (outdated: ...)". */
const char *tr_problem_name(const struct tr_problem *p);

#endif
