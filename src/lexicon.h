/*
 * lexicon: a language's pronunciation lexicons, in order (the installed
 * defaults, the project's, the guide's: an entry of a later file
 * replaces one of an earlier file for the same grapheme), matched
 * against text: whole words, leftmost and longest first, case-
 * insensitive unless the grapheme has a capital (MRI, mL), spaces in a
 * grapheme matching any run of spaces; pattern lexemes through PCRE2
 * (UTF, Unicode properties; case as written, (?i) to ignore it), the
 * only file that includes it.
 */
#ifndef AUDIOGUIDE_LEXICON_H
#define AUDIOGUIDE_LEXICON_H

#include <stddef.h>

#include "err.h"
#include "pls.h"
#include "strbuf.h"

/* One grapheme of a lexeme, as matched. */
struct lexicon_entry {
	const char *grapheme;
	char *folded;		/* lower-cased, unless cased */
	int cased;		/* it has a capital: matched as written */
	int replaced;		/* a later file has the same grapheme */
	void *re;		/* a pattern lexeme's compiled pattern */
	unsigned char first[32];	/* the bytes it can start with (a bit
					 * each), when first_known */
	int first_known;
	int last[2];		/* a byte every match holds (either case of
				 * a letter), -1 when none is known */
	const struct pls_lexeme *lx;	/* its alias or phoneme */
	const char *file;
	int line;
	int prio;		/* its file's place: later files win ties */
	int checked;		/* phonemes: 0 not yet, 1 spoken, -1 not */
	size_t used;		/* times matched */
	const char *overran;	/* a pattern that went past a limit: which
				 * (then it is never used again) */
};

struct lexicon {
	struct pls_file *file;
	size_t nfile;
	struct lexicon_entry *ent;
	size_t n, alloc;
	size_t *bucket;		/* hash of a grapheme's first word: chains */
	size_t *next;
	size_t nbucket;
	size_t *pattern;	/* the pattern entries, in order */
	size_t npattern;
};

/* Read the files (that exist) in order; errors name the file and line. */
int lexicon_load(struct lexicon *lx, char *const *paths, size_t n,
		 struct err *e);
void lexicon_release(struct lexicon *lx);

struct lexicon_match {
	size_t from, to;	/* bytes of the text */
	struct lexicon_entry *ent;
	struct strbuf said;	/* the alias ($1.. filled), or [[phonemes]] */
	int phonemes;
};

/*
 * The budgets of pattern lexemes.  Each match attempt runs under
 * PCRE2's match, depth and heap limits and sees at most LEXICON_WINDOW
 * bytes of text; a pattern has at most LEXICON_GROUPS capturing groups
 * (an alias can use $1..$9).  All the pattern matching of one process
 * (one audioguide run) may take LEXICON_CPU_SECONDS of CPU time.
 */
#define LEXICON_MATCH_LIMIT 20000
#define LEXICON_DEPTH_LIMIT 1000
#define LEXICON_HEAP_KIB 2048
#define LEXICON_WINDOW 1000
#define LEXICON_GROUPS 9
#define LEXICON_CPU_SECONDS 20

/*
 * Matching at any place of a text, under the budgets: the longest match
 * at text[at] (a word's start) into m; 1 found, 0 none, -1 when a
 * pattern went past a budget (then every later call is -1 too).
 * Freeing says which pattern went past one, or NULL.
 */
struct lexicon_matcher;
struct lexicon_matcher *lexicon_matcher_new(const struct lexicon *lx,
					    const char *text, size_t len);
int lexicon_matcher_at(struct lexicon_matcher *mg, size_t at,
		       struct lexicon_match *m);
/* The text is mostly in capitals (shouting): a word in small letters
 * matches it in capitals anywhere, not only in a unit's place. */
void lexicon_matcher_shouting(struct lexicon_matcher *mg);
const struct lexicon_entry *lexicon_matcher_free(struct lexicon_matcher *mg);

/*
 * Call fn for each match in text[0..len), left to right, never
 * overlapping; m is valid during the call only.  Returns NULL, or the
 * pattern entry that went past a budget (its overran says which): the
 * text cannot be said as its lexicons say, and the caller must not say
 * it.  Such a pattern fails every text from then on in this process.
 */
const struct lexicon_entry *lexicon_apply(const struct lexicon *lx,
					  const char *text, size_t len,
					  void (*fn)(void *user,
						     struct lexicon_match *m),
					  void *user);

#endif
