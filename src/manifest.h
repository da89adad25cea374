/*
 * manifest: out/<guide>/manifest.json, the record of what a build made,
 * modelled in manifest.c, written and read in manifest_json.c only.  Its
 * schema (keys in this order):
 *
 *   guide, title, source_language     the guide's id, title, source
 *   audioguide, espeak_ng, libsndfile versions that made it
 *   profiles: [name...]                the profiles of the build
 *   timeline: {head, tail, pause_after_heading,
 *              pause_between_paragraphs}        seconds
 *   languages: [ {
 *     code, bcp47, rtl, voice           gettext code, BCP 47 tag, ...
 *     po, title                         PO path, translated title (or null)
 *     tracks: [ {
 *       number, section, title          0 is the title track
 *       text: [chunk...]                exactly what was said
 *       blocks: [ {kind, level, number, text,    each chunk as written:
 *                  links: [ {from, to, href} ]} ]  kind heading, subheading,
 *                                       paragraph, item or image; level
 *                                       (subheading, item) and number
 *                                       (numbered item) 0 where none;
 *                                       links by byte offsets of text
 *       duration, captions              seconds; path of the WebVTT file
 *       files: { <profile>: {path, bytes, loudness_lufs,
 *                            sample_peak_dbfs, encodes} }
 *       notice                          true for a notice said in the
 *                                       place of a section the language
 *                                       does not have (it is also in
 *                                       skipped, with why)
 *                                       measured as written; encodes:
 *                                       1, or 2-3 when the file missed
 *                                       its targets and was encoded again
 *     } ],
 *     skipped: [ {number, section, title, source_title, reason,
 *                 problems: [ {kind, po, line, source_line, message} ]} ],
 *                                       title: the heading as translated
 *                                       when it is (else null); reason
 *                                       "translation incomplete", or
 *                                       "not said by its voice" when
 *                                       every problem is of kind speech;
 *                                       message: what the build said
 *     prompts: [ {name, text, duration, captions, files, offers} ]
 *                                       the telephone menus (menu-N,
 *                                       invalid, goodbye, language) and
 *                                       the announcement (announce), as
 *                                       tracks are (offers: a menu's
 *                                       sections, key 1 first); menu_key: this
 *                                       language's key in the language
 *                                       menu, 0 when it has no menus
 *     error                             only when the language failed:
 *                                       its entry is the previous one
 *   } ],
 *   loops: [ {language, path, bytes, duration, loudness_lufs,
 *             sample_peak_dbfs, parts} ]  the waiting-room recordings:
 *                                       a language's ("all": every
 *                                       language in turn), measured as
 *                                       written; parts: the files it is
 *                                       made of, in order
 *
 * Paths are relative to out/<guide>.  Loudness and peaks are -999 where
 * nothing could be measured (silence).
 */
#ifndef AUDIOGUIDE_MANIFEST_H
#define AUDIOGUIDE_MANIFEST_H

#include <stddef.h>

#include "err.h"
#include "strlist.h"

struct manifest_file {
	char *profile;
	char *path;
	long long bytes;
	double lufs, peak_db;
	int encodes;
};

struct manifest_link {
	size_t from, to;		/* bytes of the block's text */
	char *href;
};

struct manifest_block {
	char *kind;			/* heading, subheading, paragraph, ... */
	int level, number;
	char *text;			/* as written, markup removed */
	char *lang;			/* BCP 47, when not the track's
					 * language (a notice's heading as
					 * the guide has it); else NULL */
	struct manifest_link *link;
	size_t nlink, alloc;
};

struct manifest_track {
	int number;
	char *section, *title;
	struct strlist text;		/* what was said, chunk by chunk */
	struct manifest_block *block;	/* the same chunks as written */
	size_t nblock, balloc;
	double duration;
	char *captions;
	struct manifest_file *file;
	size_t nfile, alloc;
	struct strlist offers;		/* a menu prompt: the sections it
					 * offers, key 1 first */
	int notice;			/* said in the place of a section the
					 * language does not have */
};

struct manifest_problem {
	char *kind, *po;
	int line, source_line;
	char *message;
};

struct manifest_skip {
	int number;
	char *section, *reason;
	char *title;			/* the heading translated, or NULL */
	char *source_title;		/* the heading as the guide has it */
	struct manifest_problem *prob;
	size_t nprob, alloc;
};

struct manifest_lang {
	char *code, *bcp47;
	int rtl;
	char *voice;
	char *po, *title;		/* NULL: null in the file */
	struct manifest_track *track;
	size_t ntrack, talloc;
	struct manifest_skip *skip;
	size_t nskip, salloc;
	/* The telephone menus' and announcements' prompts (section is the
	 * prompt's name), and this language's key in the language menu. */
	struct manifest_track *prompt;
	size_t nprompt, palloc;
	int menu_key;
	char *error;			/* NULL unless the language failed */
};

/* A waiting-room recording: a language's tracks in one file, or all. */
struct manifest_loop {
	char *language;			/* a code, or "all" */
	char *path;
	long long bytes;
	double duration, lufs, peak_db;
	struct strlist parts;		/* the files it is made of, in order */
};

struct manifest {
	char *guide, *title, *source_language;
	char *audioguide, *espeak_ng, *libsndfile;
	struct strlist profiles;
	double head, tail, pause_heading, pause_paragraph;
	struct manifest_lang *lang;
	size_t nlang, alloc;
	struct manifest_loop *loop;
	size_t nloop, lalloc;
};

/*
 * Read path into m (zeroed first); -1 when there is none or it is not a
 * manifest.  Missing fields read as 0 or NULL: readers check what they use.
 */
int manifest_read(struct manifest *m, const char *path);
/* Write m as indented JSON, atomically, unless the file holds it already. */
int manifest_write(const struct manifest *m, const char *path, struct err *e);
void manifest_release(struct manifest *m);

/* The language entry for code (borrowed), or NULL. */
const struct manifest_lang *manifest_find_lang(const struct manifest *m,
					       const char *code);
/* Append an empty language, track, file, skip or problem to fill in. */
struct manifest_lang *manifest_add_lang(struct manifest *m);
struct manifest_track *manifest_add_track(struct manifest_lang *l);
struct manifest_file *manifest_add_file(struct manifest_track *t);
struct manifest_block *manifest_add_block(struct manifest_track *t);
struct manifest_link *manifest_add_link(struct manifest_block *b);
struct manifest_skip *manifest_add_skip(struct manifest_lang *l);
struct manifest_problem *manifest_add_problem(struct manifest_skip *s);
struct manifest_track *manifest_add_prompt(struct manifest_lang *l);
struct manifest_loop *manifest_add_loop(struct manifest *m);
/* Remove the last language added. */
void manifest_drop_lang(struct manifest *m);
/* Append a deep copy of a language entry (from another manifest). */
struct manifest_lang *manifest_copy_lang(struct manifest *m,
					 const struct manifest_lang *from);
/*
 * Figures as the manifest keeps them, so that what a build hands on in
 * memory is what a later build reads: seconds to the millisecond,
 * loudness and peaks to 0.01 dB, -999 for none.
 */
double manifest_seconds(double seconds);
double manifest_db(double db);
/* The file of a track in a profile (borrowed), or NULL. */
const struct manifest_file *manifest_track_file(const struct manifest_track *t,
						const char *profile);

#endif
