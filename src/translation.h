/*
 * translation: what a language has of a guide.  For the source language
 * the text is the guide's own; for any other it comes from the language's
 * PO catalog, entry by entry, and a section is complete only when every
 * entry for its current source text is translated and not fuzzy.
 */
#ifndef AUDIOGUIDE_TRANSLATION_H
#define AUDIOGUIDE_TRANSLATION_H

#include "catalog.h"
#include "err.h"
#include "guide.h"

enum tr_problem_kind {
	TR_MISSING,		/* no entry for the current source text */
	TR_UNTRANSLATED,
	TR_FUZZY,
	TR_PLURAL,		/* a plural entry cannot be spoken */
};

struct tr_problem {
	enum tr_problem_kind kind;
	int po_line;		/* entry's line in the PO, 0 when missing */
	int src_line;		/* line of the source text in guide.md */
};

struct tr_section {
	int complete;
	const char *heading;	/* borrowed; NULL unless complete */
	const char **paras;	/* npara borrowed texts; NULL unless complete */
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
/* The problem's name in JSON: "missing", "untranslated", "fuzzy", "plural". */
const char *tr_problem_key(enum tr_problem_kind kind);
/* A short phrase for a problem, e.g. "fuzzy (outdated)". */
const char *tr_problem_name(enum tr_problem_kind kind);

#endif
