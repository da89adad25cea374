/*
 * notice: what a language says in the place of a section it does not
 * have (missing, fuzzy, not said right): its heading (in the language
 * when translated, else as the guide has it, said by the guide's own
 * voice), then "This part is not yet available in <language>. For help,
 * call <contact>." from the program's phrases.  A notice is a track like
 * any other, so every output of the language keeps the section's place:
 * tracks, playlists, recordings, books, the page, the phone menus.
 */
#ifndef AUDIOGUIDE_NOTICE_H
#define AUDIOGUIDE_NOTICE_H

#include <stddef.h>

#include "narration.h"

/*
 * How to say a text that holds heading, a heading the language lacks, as
 * the guide has it: nm and own are filled (and must outlive cx) so that
 * the heading is said by the guide's own voice.  When the language has
 * no other voice for it, cx is the language's own.
 */
void notice_source_ctx(struct narration *n, const char *heading,
		       struct norm *nm, struct norm_name *own,
		       struct speech_ctx *cx);

/*
 * The notice of section i for n's language, said and checked, or NULL
 * when the language lacks the words for it, or its voice cannot say
 * them (the section is then only skipped, as the build says).
 */
struct said *notice_make(struct narration *n, size_t i);

#endif
