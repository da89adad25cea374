/*
 * book: one language of a built guide as the talking-book packages see
 * it: its tracks in order, each with its text and, for every sentence,
 * where that sentence lies in the text and in the audio.  It is read
 * from the manifest's language entry and the WebVTT captions the build
 * wrote, so the books and the captions share one set of timings, and
 * packages of tracks not rendered in this run need no synthesis.
 */
#ifndef AUDIOGUIDE_BOOK_H
#define AUDIOGUIDE_BOOK_H

#include "err.h"
#include "strbuf.h"

struct book_sentence {
	double start, end;	/* seconds in the track */
	size_t chunk;		/* 0: heading, k: paragraph k */
	size_t from, to;	/* bytes [from, to) of that chunk */
};

struct book_track {
	int num;		/* section number: 0 is the title */
	const char *section;	/* section id */
	char *name;		/* NN-<id>: the name of its files */
	const char **chunk;	/* heading, then paragraphs */
	size_t nchunk;
	double seconds;
	const char *mp3, *opus;	/* paths below out/<guide>, or NULL */
	const char *vtt;
	struct strbuf captions;	/* the WebVTT file's bytes */
	struct book_sentence *sent;
	size_t nsent, alloc;
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
struct manifest_lang;
int book_load(struct book *bk, const char *out, const char *guide,
	      const struct manifest_lang *lang, struct err *e);
void book_release(struct book *bk);
/*
 * Find each cue of t->captions (a WebVTT file audioguide wrote, named
 * path in messages) in t's chunks, in order, into t->sent.
 */
int book_parse_captions(struct book_track *t, const char *path,
			struct err *e);

/* The id of sentence k of a track in the markup: <prefix>s<num>_<k+1>. */
void book_sentence_id(char *out, size_t outsz, const char *prefix,
		      const struct book_track *t, size_t k);
/*
 * A track's text as XHTML: its heading as <h`level` id="<prefix>h<num>">,
 * its paragraphs as <p>, every sentence a <span> with its id.
 */
void book_add_heading(struct strbuf *sb, const struct book_track *t,
		      int level, const char *prefix);
void book_add_paragraphs(struct strbuf *sb, const struct book_track *t,
			 const char *prefix);

#endif
