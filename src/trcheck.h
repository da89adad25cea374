/*
 * trcheck: a translation checked against its source before anything of
 * it is said, as Translate Toolkit's pofilter and Weblate check them:
 *
 *   numbers   the same numbers, read as the rules read them: telephone
 *             and emergency numbers, dates (14/04/2026 and "14 avril
 *             2026" agree), amounts with their units, addresses;
 *   links     the same link and tel: targets, as many of each;
 *   markdown  no markup left unclosed (a link missing its ")");
 *   length    not far longer or shorter than its source (UTF-8 bytes,
 *             more than TRCHECK_RATIO times, past TRCHECK_MIN bytes);
 *   cut       no escaped NUL ("\0"), which ends the text there.
 *
 * A reviewer who confirms a difference is right writes a translator
 * comment above the entry, "# reviewed: numbers" (or links, length;
 * several with commas); broken markup and a cut text have no such pass.
 */
#ifndef AUDIOGUIDE_TRCHECK_H
#define AUDIOGUIDE_TRCHECK_H

#include "norm.h"

#define TRCHECK_RATIO 4
#define TRCHECK_MIN 60

/*
 * Why the translation tr (inline Markdown, as in its PO) of src (as in
 * guide.md) differs from it, or NULL (the caller frees).  src_nm and
 * tr_nm read each side's numbers by its language's rules (either may
 * have no rules); cut says its msgstr holds an escaped NUL; reviewed
 * lists the checks a reviewer confirmed (or NULL).
 */
char *trcheck(const struct norm *src_nm, const char *src,
	      const struct norm *tr_nm, const char *tr, int cut,
	      const char *reviewed);

#endif
