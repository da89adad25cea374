/*
 * catalog: gettext PO catalogs, read and written through libgettextpo so
 * that every entry's state (translated, fuzzy, untranslated, obsolete) is
 * known.  Strings are UTF-8 once loaded, whatever the file's charset.
 */
#ifndef AUDIOGUIDE_CATALOG_H
#define AUDIOGUIDE_CATALOG_H

#include <stddef.h>

#include "err.h"
#include "guide.h"

enum entry_state {
	ENTRY_TRANSLATED,
	ENTRY_FUZZY,
	ENTRY_UNTRANSLATED,	/* msgstr empty or only white space */
	ENTRY_OBSOLETE,		/* #~ entries, kept by msgmerge */
};

struct catalog_entry {
	char *ctxt;		/* NULL when the entry has no msgctxt */
	char *msgid;
	char *msgstr;
	enum entry_state state;
	int plural;		/* has msgid_plural: never spoken */
	int previous;		/* keeps its previous msgid (#|): msgmerge
				   marked it fuzzy when the source changed */
	int line;		/* line of the entry in the PO file */
	int cut;		/* its msgstr holds an escaped NUL, which ends
				   the string libgettextpo gives */
	char *reviewed;		/* "numbers, links": the checks against the
				   source a reviewer confirmed ("# reviewed:
				   numbers" comments), or NULL */
};

struct catalog {
	char *path;
	char *language;		/* the header's Language field, or NULL */
	struct catalog_entry *ent;	/* header excluded */
	size_t n, alloc;
	size_t *bucket, *next;	/* live entries by context and msgid */
	size_t nbucket;
};

#define CATALOG_MAX_BYTES (16u << 20)

/* A PO file's bytes that gettext cannot read as text (UTF-16, a byte
 * order mark, NUL bytes): -1 with e naming path, else 0. */
int catalog_check_bytes(const char *path, const char *buf, size_t len,
			struct err *e);
/* Read a PO file; on a syntax error e names libgettextpo's file:line. */
int catalog_load(struct catalog *c, const char *path, struct err *e);
void catalog_release(struct catalog *c);
/*
 * The live (non-obsolete) entry for ctxt + msgid (ctxt NULL: an entry
 * without one), or NULL; borrowed.
 */
const struct catalog_entry *catalog_find(const struct catalog *c,
					 const char *ctxt, const char *msgid);
/* A language a new catalog is for. */
struct catalog_lang {
	const char *code;	/* gettext's: the Language field */
	const char *name;	/* in English, for the header and comments */
	const char *plural;	/* the Plural-Forms field */
};
/*
 * Write the guide's template (one entry per title, heading, paragraph);
 * with lang, a catalog for it to translate: the same entries, its
 * header filled in and marked as a draft awaiting clinical review.
 */
int catalog_write_pot(const char *path, const struct guide *g,
		      const struct catalog_lang *lang, struct err *e);

#endif
