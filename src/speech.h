/*
 * speech: what is said for a chunk of text, and where each part of it
 * came from in the text a reader sees.  A reader sees "Call 0800 123
 * 4567"; the voice says "Call 0 8 0 0, 1 2 3, 4 5 6 7".  The map between
 * the two turns eSpeak NG's sentence positions in what was said into
 * captions of what is written, each sentence with its own opening
 * punctuation (¿ ¡ « “ ( ...) and its closing.
 */
#ifndef AUDIOGUIDE_SPEECH_H
#define AUDIOGUIDE_SPEECH_H

#include <stddef.h>

#include "lexicon.h"
#include "mdinline.h"
#include "norm.h"
#include "strbuf.h"

/* What a language says its chunks with (either may be NULL). */
struct speech_ctx {
	const struct lexicon *lx;	/* its lexicons */
	const struct norm *nm;		/* its rules and the guide's names */
};

/* The class of what a lexicon's entry said (the others: norm.h). */
#define SPEECH_LEXICON "lexicon"

/* A piece of what is said and the piece of the written text it says. */
struct speech_seg {
	size_t sp, sp_len;	/* bytes of the spoken text */
	size_t wr, wr_len;	/* bytes of the written text */
	int same;		/* said as written, byte for byte */
};

/* What said a piece of the written text otherwise than as written: a
 * lexicon's entry, or a class of the rules (a date, a name ...). */
struct speech_use {
	struct lexicon_entry *ent;	/* a lexicon's entry, or NULL */
	const char *cls;	/* SPEECH_LEXICON, or NORM_... */
	const char *file;	/* the lexicon, rule or name that said it */
	int line;
	char value[96];		/* what a class read it as (norm_match) */
	size_t from, to;	/* bytes of the written text */
	size_t said, said_len;	/* bytes of the spoken text */
};

/* A stretch of what is said that another voice says: a name kept in the
 * guide's language, said by the guide's voice. */
struct speech_run {
	size_t from, to;	/* bytes of the spoken text */
	const char *voice;
};

struct speech {
	const char *written;	/* borrowed: the text a reader sees */
	size_t written_len;
	struct strbuf spoken;
	int phonemes;		/* spoken holds [[phonemes]] from a lexicon */
	struct speech_seg *seg;
	size_t nseg, alloc;
	struct speech_use *use;
	size_t nuse, ualloc;
	struct speech_run *run;	/* in order; the rest is the chunk's voice */
	size_t nrun, ralloc;
	/* The checks against the source a reviewer confirmed for its entry
	 * (borrowed), or NULL: part of the tracks' keys. */
	const char *reviewed;
	/* A lexicon pattern that went past its budgets on this text: the
	 * text is not said as its lexicons say (see lexicon_apply). */
	const struct lexicon_entry *overran;
};

/*
 * What to say for a chunk read by markdown: prefix (spoken only, such as
 * "Step 1.", or NULL), then its text, where a tel: link is said digit by
 * digit in the groups written, a bare web address as its host, and the
 * rest as the guide's names, the lexicons and the language's rules say
 * (cx may be NULL: then as written).  A "[[" or "]]" of the text is said
 * "[ [", "] ]": only a lexicon's phonemes are ever read as such.
 */
void speech_make(struct speech *sp, const struct md_inline *in,
		 const char *prefix, const struct speech_ctx *cx);
void speech_release(struct speech *sp);

/* A sentence of the written text: bytes [from, to), or empty. */
struct speech_range {
	size_t from, to;
};

/*
 * The written text of n sentences that start at code points start[0..n)
 * of the spoken text (eSpeak NG's sentence events): the first takes what
 * comes before it, the last what comes after, and opening punctuation
 * goes with the sentence it opens.  A sentence with only spoken text
 * (a prefix) gets an empty range.
 */
void speech_sentences(const struct speech *sp, const size_t *start, size_t n,
		      struct speech_range *out);

#endif
