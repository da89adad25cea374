/*
 * guide: the content model.  A guide is content/<id>/guide.md, in
 * CommonMark: the first heading is the title, the next one's level is
 * the sections' (a wholly bold line counts as a level-2 heading), and
 * deeper headings are subheadings inside a section.  Each section is a
 * list of chunks, each spoken with a pause after it and translated as
 * one PO entry: its heading, then its subheadings, paragraphs, list
 * items and images in order.
 */
#ifndef AUDIOGUIDE_GUIDE_H
#define AUDIOGUIDE_GUIDE_H

#include <stddef.h>

#include "err.h"

/* Enforced limits; beyond them parsing fails with an error. */
#define GUIDE_MAX_BYTES (8u << 20)
#define GUIDE_MAX_SECTIONS 999
#define GUIDE_MAX_PARAGRAPH (64u << 10)
#define GUIDE_MAX_HEADING 1000
#define GUIDE_ID_MAX 48

enum chunk_kind {
	CHUNK_HEADING,		/* a section's heading (chunk 0 of it) */
	CHUNK_SUBHEADING,	/* a heading inside a section */
	CHUNK_PARAGRAPH,
	CHUNK_ITEM,		/* a list item */
	CHUNK_IMAGE,		/* an image, read as its description */
};

struct chunk {
	enum chunk_kind kind;
	int level;		/* subheading: 1 just under the section;
				   item: list depth from 1 */
	int number;		/* an ordered item's number; 0 otherwise */
	char *source;		/* its Markdown as written: the msgid */
	char *text;		/* what a reader sees: markup removed */
	int line;		/* where it starts in guide.md */
	char *comment;		/* a note for translators, or NULL */
};

/*
 * sec[0] is the title (id "title", number 0); it may carry chunks written
 * before the first section heading.  sec[1..] are the sections.
 */
struct section {
	char id[GUIDE_ID_MAX + 16];
	int num;
	int line;		/* its heading's line */
	struct chunk *chunk;	/* chunk[0] is its heading */
	size_t nchunk, alloc;
};

struct guide {
	char *id;	/* folder name under content/ */
	char *path;	/* path of guide.md, for messages */
	struct section *sec;
	size_t nsec, alloc;
};

/* Parse buf (the bytes of `path`) into g; g must be zeroed. */
int guide_parse(struct guide *g, const char *path, const char *buf,
		size_t len, struct err *e);
/* Read and parse dir/guide.md; the guide id is dir's last component. */
int guide_load(struct guide *g, const char *dir, struct err *e);
void guide_release(struct guide *g);
/* Replace the title (guide.conf's title = ...): text as written. */
void guide_set_title(struct guide *g, const char *title);

/* A section's heading as a reader sees it (borrowed). */
const char *guide_heading(const struct section *s);

/* Slug a heading to [a-z0-9-]; empty when nothing survives. */
void guide_slug(char *out, size_t outsz, const char *heading);
/* Whether a guide id is safe as a single path component. */
int guide_id_valid(const char *id);

/* Width of the track numbers (NN) for this guide: at least 2 digits. */
int guide_num_width(const struct guide *g);

#endif
