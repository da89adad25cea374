/*
 * narration: how a language says a guide.  Each complete section's chunks
 * become speech (a numbered item's step in the language, the language's
 * lexicons), and what is said is checked with eSpeak NG itself: a
 * section in which the voice would switch to another language's rules,
 * or read characters by their names, is not said at all in that language
 * (rejected in its translation, with the file and line to fix and why),
 * exactly as a fuzzy entry keeps a section out.
 */
#ifndef AUDIOGUIDE_NARRATION_H
#define AUDIOGUIDE_NARRATION_H

#include <stddef.h>

#include "err.h"
#include "lexicon.h"
#include "mdinline.h"
#include "phrase.h"
#include "project.h"
#include "render.h"
#include "speech.h"
#include "translation.h"

/* What a complete section says, chunk by chunk. */
struct said {
	struct speech *speech;
	struct render_chunk *chunk;
	size_t nchunk;
	size_t track;		/* the caller's: its plan index */
	int notice;		/* said in the place of a section the
				 * language does not have (notice.c) */
	struct md_inline *in;	/* a notice's own text, as written */
};

struct narration {
	const struct project_guide *pg;
	const struct project_lang *pl;
	struct translation *tr;		/* borrowed; sections rejected in it */
	const char *po_dir;		/* where the program's phrases are */
	const char *content_dir;	/* the project's content/ */
	struct phrases ph;
	int ph_read;			/* 1 read, -1 could not be */
	struct err ph_err;		/* when it could not be */
	struct lexicon *lex;		/* shared (see narration_open); or an
					 * empty one with no_lexicon */
	struct rules *ru;		/* its rules, shared like lexicons */
	struct norm nm;			/* its rules and the guide's names */
	struct norm src_nm;		/* the guide's language's rules, to
					 * read the source's numbers */
	struct norm_name *names;
	char *source_voice;		/* the guide's language's voice, which
					 * says names; NULL in that language */
	struct speech_ctx cx;		/* what speech_make needs of it */
	struct strlist known, unknown;	/* words eSpeak NG's dictionary has,
					 * and has not (asked once each) */
	/*
	 * What passed the check before (a file of hashes of voice, engine
	 * and text, or NULL): a rebuild that changes nothing asks eSpeak NG
	 * nothing.  What passes now is written back by narration_release.
	 */
	char *passed_path;
	struct strlist passed, passing;
	struct said **said;		/* per section; NULL unless said */
	int no_rules;			/* no <lang>.rules file was found */
};

/*
 * Get ready to say a language: read its lexicons and rules (an error
 * names the file and line; with no_lexicon, neither is read, nor are
 * guide.conf's names used).  Lexicons and rules are read once per
 * process for a voice and set of files, and shared.  passed_path (or
 * NULL) keeps what passed the check from one build to the next.
 * no_rules says that the language has no rules file anywhere: its
 * numbers, dates and signs are eSpeak NG's alone, which a command says.
 */
int narration_open(struct narration *n, const struct project_guide *pg,
		   const struct project_lang *pl, struct translation *tr,
		   const struct project_paths *paths, int no_lexicon,
		   const char *passed_path, struct err *e);
/* -1 with e set when the language has no rules file (and the default
 * lexicons are there: without them, the command has said so). */
int narration_rules_missing(const struct narration *n, struct err *e);
/*
 * Whether the voice was found before with eSpeak NG's data as it is now
 * (it is in passed_path's hashes: narration_open records it there, so
 * open a narration only once its voice was found).  Finding a voice
 * loads its dictionary, a quarter of a no-op build's time.
 */
int narration_voice_found_before(const char *passed_path, const char *voice);
/* Give eSpeak NG the language's voice now (it is otherwise set only
 * when a check needs it). */
int narration_voice(struct narration *n, struct err *e);
/* The program's own phrases in the language, read once; NULL (e says
 * why) when it has no catalog. */
const struct phrases *narration_phrases(struct narration *n, struct err *e);
/*
 * Say and check every complete section; those that fail are rejected.
 * In the place of each section the language does not have, a notice in
 * the language, when it has the words and the voice says them (see
 * notice.h), unless it has no section of its own at all.
 */
void narration_speak(struct narration *n);
/* A said section's memory. */
void narration_said_free(struct said *sd);
/*
 * Whether a speech is said by the voice's own rules (and a name in it by
 * the voice that says names); if not, *why says how, naming every word
 * that is not (the caller frees it), and *file, *line point at what to
 * fix when it is a lexicon's entry (else they are left as they are).
 */
int narration_check(struct narration *n, const struct speech *sp,
		    char **why, const char **file, int *line);
/*
 * Why a lexicon entry cannot be said by the voice, or NULL: phonemes it
 * would not speak as written, or an alias not read by its own rules.
 * (Checked once per entry; the caller frees the answer.)
 */
char *narration_entry_fails(struct narration *n, struct lexicon_entry *ent);
/* Write what passed (when it changed), and free n. */
void narration_release(struct narration *n);
/* Free the lexicons read by this process (at its end). */
void narration_forget_lexicons(void);

#endif
