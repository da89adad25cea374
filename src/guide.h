/*
 * guide: the content model.  A guide is content/<id>/guide.md, a small
 * Markdown subset: the first heading is the title, each later heading
 * opens a section, paragraphs are separated by blank lines.
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

struct para {
	char *text;	/* spoken text: emphasis removed, lines joined */
	int line;	/* line in guide.md where the paragraph starts */
};

/*
 * sec[0] is the title (id "title", number 0); it may carry paragraphs
 * written before the first section heading.  sec[1..] are the sections.
 */
struct section {
	char id[GUIDE_ID_MAX + 16];
	int num;
	char *heading;
	int line;
	struct para *paras;
	size_t npara, alloc;
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

/* Slug a heading to [a-z0-9-]; empty when nothing survives. */
void guide_slug(char *out, size_t outsz, const char *heading);
/* Whether a guide id is safe as a single path component. */
int guide_id_valid(const char *id);

/*
 * Offset of the first control character in s[0..n) (C0 but tab, DEL, C1),
 * which could drive a terminal or confuse a player; -1 when there is none.
 * s must be valid UTF-8.
 */
long guide_find_control(const char *s, size_t n, unsigned *cp);

/* Width of the track numbers (NN) for this guide: at least 2 digits. */
int guide_num_width(const struct guide *g);

#endif
