/*
 * prompt: what a telephone line and a waiting-room recording say besides
 * the guide, in each language, from the program's own phrases: the
 * section menus ("For Overview, press 1. ... To hear this menu again,
 * press 0."), the choice of this language in the language menu ("Para
 * español, pulse 2."), "That choice is not valid.", "Goodbye.", and the
 * announcement before a language in a recording of all of them.  Each
 * is speech, said through the language's lexicons and checked like the
 * guide, and rendered like a track.
 */
#ifndef AUDIOGUIDE_PROMPT_H
#define AUDIOGUIDE_PROMPT_H

#include <stddef.h>

#include "err.h"
#include "narration.h"
#include "render.h"
#include "speech.h"
#include "translation.h"

/*
 * Keys of a menu page: 1-8 choose, 9 for more, 0 says it again, * goes
 * back (to the page before, or from the first to the language menu).
 * A section's key is fixed by its place in the guide, the same in every
 * language: section N is on page (N - 1) / 8 + 1, key (N - 1) % 8 + 1.
 * A section a language lacks keeps its key, for its notice; one with
 * neither leaves its key unused.
 */
#define PROMPT_PAGE 8
#define PROMPT_KEY_MORE 9
#define PROMPT_KEY_AGAIN 0
#define PROMPT_KEY_BACK '*'
#define PROMPT_SECTION_PAGE(num) (((num) - 1) / PROMPT_PAGE + 1)
#define PROMPT_SECTION_KEY(num) (((num) - 1) % PROMPT_PAGE + 1)
/* Languages one language menu offers (keys 1-9). */
#define PROMPT_MAX_LANGS 9

/* What a language's prompts are for. */
enum prompt_need {
	PROMPT_PHONE = 1 << 0,	/* menus, invalid, goodbye, language */
	PROMPT_LOOP = 1 << 1,	/* announce */
};

struct prompt {
	char *name;		/* its files' name: menu-1, invalid ... */
	struct md_inline *in;	/* each chunk's text */
	const char **source;	/* each chunk's heading the language lacks,
				 * said by the guide's voice; or NULL */
	struct speech *sp;
	struct render_chunk *chunk;
	size_t n;
	/* menu-N: the sections it offers, by index, in key order */
	size_t *section;
	size_t nsection;
};

struct prompts {
	struct prompt *p;
	size_t n, alloc;
	size_t pages;		/* menu pages */
};

/*
 * Add to ps (zeroed at first) a language's prompts for what is needed:
 * its section menus over the sections it says, or has a notice for
 * (their headings as translated, else as the guide has them, said by
 * the guide's voice), the other prompts, and (lang_key > 0) its choice in the
 * language menu.  When a phrase is missing or fuzzy, or the voice cannot
 * say a prompt, nothing is added and e names the PO file and line (or
 * the lexicon's).
 */
int prompts_make(struct prompts *ps, struct narration *n,
		 const struct translation *tr, unsigned need, int lang_key,
		 struct err *e);
/* The prompt called name, or NULL. */
const struct prompt *prompts_find(const struct prompts *ps, const char *name);
void prompts_release(struct prompts *ps);

#endif
