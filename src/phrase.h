/*
 * phrase: the words audioguide itself speaks or shows ("Step 1.", the
 * player page's buttons, notices), in each language from the program's
 * own catalogs: po/<lang>.po beside the guides' folders, made from
 * po/audioguide.pot (xgettext extracts it from phrase.c).  They follow
 * the guides' rule: a phrase that is missing or fuzzy in a language is
 * never replaced by English; what needs it is not made, and the message
 * names the PO file and line.
 */
#ifndef AUDIOGUIDE_PHRASE_H
#define AUDIOGUIDE_PHRASE_H

#include "catalog.h"
#include "err.h"

enum phrase_id {
	PHRASE_STEP,		/* "Step %d.": before a numbered list item */
	PHRASE_NOT_AVAILABLE,	/* a section missing in this language */
	PHRASE_PLAY_ALL,	/* the page's "Play all" button */
	PHRASE_SKIP,		/* the page's skip link */
	PHRASE_LANGUAGES,	/* the page's language switcher */
	PHRASE_FOR_SECTION,	/* phone menu: "For %s, press %d." */
	PHRASE_MENU_MORE,	/* "For more choices, press %d." */
	PHRASE_MENU_AGAIN,	/* "To hear this menu again, press %d." */
	PHRASE_INVALID,		/* "That choice is not valid." */
	PHRASE_GOODBYE,		/* "Goodbye." */
	PHRASE_FOR_LANGUAGE,	/* "For English, press %d.", in each language */
	PHRASE_ANNOUNCE,	/* "The following is in English.", likewise */
	PHRASE_NOTICE,		/* a section not yet in the language, spoken
				 * in its place, naming the language */
	PHRASE_CALL,		/* "For help, call %s.": the guide's contact */
	PHRASE_MENU_BACK,	/* "To go back, press the star key." */
	PHRASE_COUNT
};

struct phrases {
	char *lang;
	char *path;		/* the catalog read, or NULL: English's msgids */
	struct catalog cat;
};

/*
 * Find and read the phrases of a language: <po_dir>/<lang>.po, then the
 * installed ones (share/audioguide/po), trying the language part last
 * (pt_BR, then pt).  English needs no catalog: its msgids are English.
 * A language with no catalog is an error naming where it was looked for.
 */
int phrases_load(struct phrases *p, const char *lang, const char *po_dir,
		 struct err *e);
void phrases_release(struct phrases *p);
/*
 * A phrase in the language (borrowed), or NULL: then *why says what is
 * wrong with it (missing, untranslated, fuzzy, its %d not kept) and *line
 * where in p->path (0 when missing).
 */
const char *phrase_lookup(const struct phrases *p, enum phrase_id id,
			  const char **why, int *line);
/* The same, with e saying "po/fr.po:LINE: the phrase "..." is fuzzy". */
const char *phrase_get(const struct phrases *p, enum phrase_id id,
		       struct err *e);
/* The English text of a phrase (its msgid). */
const char *phrase_msgid(enum phrase_id id);
/* A phrase with its %d replaced by n (caller frees). */
char *phrase_number(const char *phrase, int n);
/*
 * A phrase with its directives filled (caller frees): args[k] (already
 * text) for the k-th directive of the msgid, %s or %d; a translation may
 * put them in another order with %1$s, %2$d (as gettext allows).
 */
char *phrase_fill(const char *phrase, const char *const *args, size_t nargs);

#endif
