/*
 * book: one language of a built guide as the talking-book packages see
 * it: its tracks in order, each a list of blocks (heading, subheadings,
 * paragraphs, list items, images) as written, with their links, and for
 * every sentence where it lies in that text and in the audio.  It is
 * read from the manifest's language entry and the WebVTT captions the
 * build wrote, so the books and the captions share one set of timings,
 * and packages of tracks not rendered in this run need no synthesis.
 */
#ifndef AUDIOGUIDE_BOOK_H
#define AUDIOGUIDE_BOOK_H

#include <stddef.h>

#include "err.h"
#include "strbuf.h"

struct manifest_lang;
struct manifest_link;

enum book_kind {
	BOOK_HEADING,
	BOOK_SUBHEADING,
	BOOK_PARAGRAPH,
	BOOK_ITEM,
	BOOK_IMAGE,
};

struct book_block {
	enum book_kind kind;
	int level;		/* subheading: 1 just under the section;
				   item: list depth from 1 */
	int number;		/* a numbered item's number, else 0 */
	const char *text;	/* as written (borrowed) */
	const char *lang;	/* BCP 47 when not the book's, else NULL */
	const struct manifest_link *link;	/* its links (borrowed) */
	size_t nlink;
};

struct book_sentence {
	double start, end;	/* seconds in the track */
	size_t block;		/* the block it is in */
	size_t from, to;	/* bytes [from, to) of that block's text */
};

struct book_track {
	int num;		/* section number: 0 is the title */
	const char *section;	/* section id */
	char *name;		/* NN-<id>: the name of its files */
	struct book_block *block;	/* block[0] is the heading */
	size_t nblock;
	double seconds;
	const char *mp3, *opus;	/* paths below out/<guide>, or NULL */
	const char *vtt;
	struct strbuf captions;	/* the WebVTT file's bytes */
	struct book_sentence *sent;
	size_t nsent, alloc;
};

/* A section the language does not have (a missing or fuzzy entry). */
struct book_missing {
	int num;
	const char *title;	/* its heading in the language, or NULL */
	const char *source_title;	/* its heading as the guide has it */
};

struct book {
	const char *out;	/* out/<guide> */
	const char *guide;	/* guide id */
	const char *code;	/* gettext language code */
	char tag[64];		/* BCP 47 */
	int rtl;
	const char *title;	/* in the book's language */
	const char *native;	/* the language's name for itself */
	const char *narrator;	/* the voice */
	struct book_track *track;
	size_t ntrack;
	struct book_missing *missing;
	size_t nmissing;
	double seconds;		/* all tracks */
	/* Set by the caller, for the packages' metadata: */
	const char *publisher;
	long long epoch;	/* when its inputs last changed */
	char modified[32];	/* the same as YYYY-MM-DDThh:mm:ssZ */
	char uuid[48];		/* urn:uuid:, stable per guide and language */
};

/*
 * Read a manifest language entry (borrowed: it must outlive the book)
 * and every track's captions.  A captions file that does not match the
 * track's text is an error naming it.
 */
int book_load(struct book *bk, const char *out, const char *guide,
	      const struct manifest_lang *lang, struct err *e);
void book_release(struct book *bk);
/*
 * Find each cue of t->captions (a WebVTT file audioguide wrote, named
 * path in messages) in t's blocks, in order, into t->sent.
 */
int book_parse_captions(struct book_track *t, const char *path,
			struct err *e);

/* The id of sentence k of a track in the markup: <prefix>s<num>_<k+1>. */
void book_sentence_id(char *out, size_t outsz, const char *prefix,
		      const struct book_track *t, size_t k);
/* The id of block b's heading: <prefix>h<num> (the section's), or
 * <prefix>h<num>_<b> (a subheading's). */
void book_heading_id(char *out, size_t outsz, const char *prefix,
		     const struct book_track *t, size_t b);
/* ` lang="X" xml:lang="X"` when block b is not in the book's language. */
void book_add_lang(struct strbuf *sb, const struct book_track *t, size_t b);
/* The first sentence in block b, or t->nsent when it has none. */
size_t book_block_sentence(const struct book_track *t, size_t b);

/*
 * A track's text as XHTML, every sentence a <span> with its id and every
 * link an <a>: its heading as <h`level`>, and the rest: subheadings one
 * level deeper per level, paragraphs, lists (nested as written).
 */
void book_add_heading(struct strbuf *sb, const struct book_track *t,
		      int level, const char *prefix);
void book_add_body(struct strbuf *sb, const struct book_track *t, int level,
		   const char *prefix);

#endif
