/*
 * translation: a language's text of a guide, section by section, from
 * its PO catalog, with what keeps a section from being spoken.
 */
#include "translation.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "xalloc.h"

static struct tr_problem *add_problem(struct tr_section *ts,
				      enum tr_problem_kind kind, int po_line,
				      int src_line, const char *why)
{
	struct tr_problem *p;

	ALLOC_GROW(ts->prob, ts->nprob + 1, ts->alloc);
	p = &ts->prob[ts->nprob++];
	p->kind = kind;
	p->po_line = po_line;
	p->src_line = src_line;
	p->why = why ? xstrdup(why) : NULL;
	p->file = NULL;
	return p;
}

/* A translation past the limits is not read at all (TR_MAX_CHUNK). */
static int too_long(struct tr_section *ts, const struct catalog_entry *ent,
		    const struct chunk *c)
{
	int heading = c->kind == CHUNK_HEADING || c->kind == CHUNK_SUBHEADING;
	size_t max = heading ? TR_MAX_HEADING : TR_MAX_CHUNK;
	size_t n = strlen(ent->msgstr);
	char *why;

	if (n <= max)
		return 0;
	why = xasprintf("the translation is %zu bytes long; a %s may be at "
			"most %zu", n, heading ? "heading" : "paragraph", max);
	add_problem(ts, TR_CHECK, ent->line, c->line, why);
	free(why);
	return 1;
}

/* Look up one chunk's source text; returns the text to speak or NULL. */
static const char *lookup(struct translation *t, struct tr_section *ts,
			  const char *ctxt, const struct chunk *c)
{
	const struct catalog_entry *ent = catalog_find(&t->cat, ctxt,
						       c->source);

	if (!ent) {
		t->untranslated++;
		add_problem(ts, TR_MISSING, 0, c->line, NULL);
		return NULL;
	}
	if (ent->plural) {
		t->untranslated++;
		add_problem(ts, TR_PLURAL, ent->line, c->line, NULL);
		return NULL;
	}
	switch (ent->state) {
	case ENTRY_TRANSLATED:
		t->translated++;
		return too_long(ts, ent, c) ? NULL : ent->msgstr;
	case ENTRY_FUZZY:
		t->fuzzy++;
		add_problem(ts, ent->previous ? TR_FUZZY : TR_REVIEW, ent->line,
			    c->line, NULL);
		return NULL;
	default:
		t->untranslated++;
		add_problem(ts, TR_UNTRANSLATED, ent->line, c->line, NULL);
		return NULL;
	}
}

/* The PO line of a chunk's entry, for messages about its text. */
static int entry_line(const struct translation *t, const char *ctxt,
		      const struct chunk *c)
{
	const struct catalog_entry *ent;

	if (!t->po_path)
		return c->line;
	ent = catalog_find(&t->cat, ctxt, c->source);
	return ent ? ent->line : 0;
}

/* Read every chunk's text; a section whose Markdown cannot be read is not
 * complete. */
static void read_chunks(struct translation *t, size_t i, const char **src)
{
	const struct section *s = &t->g->sec[i];
	struct tr_section *ts = &t->sec[i];
	size_t j;

	ts->chunk = xcalloc(s->nchunk, sizeof(*ts->chunk));
	for (j = 0; j < s->nchunk; j++) {
		const struct md_inline *in = &ts->chunk[j];
		const char *why = NULL;
		if (md_inline(src[j], &ts->chunk[j]))
			why = in->why;
		else if (!utf8_has_word(in->text.buf ? in->text.buf : "",
					in->text.len))
			why = "the translation has no letter or digit: nothing "
			      "to say";
		if (why)
			add_problem(ts, TR_MARKUP,
				    entry_line(t, s->id, &s->chunk[j]),
				    s->chunk[j].line, why);
	}
}

static void release_chunks(const struct section *s, struct tr_section *ts)
{
	size_t j;

	for (j = 0; ts->chunk && j < s->nchunk; j++)
		md_inline_release(&ts->chunk[j]);
	free(ts->chunk);
	ts->chunk = NULL;
}

static void fill_section(struct translation *t, size_t i)
{
	const struct section *s = &t->g->sec[i];
	struct tr_section *ts = &t->sec[i];
	const char **src = xcalloc(s->nchunk, sizeof(*src));
	size_t j;

	for (j = 0; j < s->nchunk; j++)
		src[j] = t->po_path ? lookup(t, ts, s->id, &s->chunk[j])
			 : s->chunk[j].source;
	if (!t->po_path)
		t->translated += s->nchunk;
	if (!ts->nprob)
		read_chunks(t, i, src);
	ts->complete = ts->nprob == 0;
	if (ts->complete)
		ts->heading = ts->chunk[0].text.buf;
	else
		release_chunks(s, ts);
	free(src);
}

/* The heading a reader of this language sees even when its section is
 * not complete: when its own entry is translated and readable. */
static void partial_heading(struct translation *t, size_t i)
{
	const struct section *s = &t->g->sec[i];
	struct tr_section *ts = &t->sec[i];
	const struct catalog_entry *ent;
	struct md_inline in;

	if (ts->complete || !t->po_path)
		return;
	ent = catalog_find(&t->cat, s->id, s->chunk[0].source);
	if (!ent || ent->plural || ent->state != ENTRY_TRANSLATED)
		return;
	memset(&in, 0, sizeof(in));
	if (!md_inline(ent->msgstr, &in) && in.text.len)
		ts->heading = ts->own_heading = strbuf_detach(&in.text);
	md_inline_release(&in);
}

/* Entries of the catalog the guide's current text does not have: every
 * chunk finds its entry through the catalog's index, the rest are left. */
static void count_unused(struct translation *t)
{
	const struct guide *g = t->g;
	char *used = xcalloc(t->cat.n + 1, 1);
	size_t i, j;

	for (i = 0; i < g->nsec; i++)
		for (j = 0; j < g->sec[i].nchunk; j++) {
			const struct catalog_entry *ent = catalog_find(
				&t->cat, g->sec[i].id, g->sec[i].chunk[j].source);
			if (ent)
				used[ent - t->cat.ent] = 1;
		}
	for (i = 0; i < t->cat.n; i++) {
		const struct catalog_entry *ent = &t->cat.ent[i];
		if (ent->state == ENTRY_OBSOLETE) {
			t->obsolete++;
		} else if (!used[i]) {
			if (!t->unused++)
				t->first_unused_line = ent->line;
		}
	}
	free(used);
}

int translation_load(struct translation *t, const struct guide *g,
		     const char *lang, const char *po_path, struct err *e)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->g = g;
	t->lang = xstrdup(lang);
	if (po_path) {
		t->po_path = xstrdup(po_path);
		if (catalog_load(&t->cat, po_path, e))
			return -1;
	}
	t->sec = xcalloc(g->nsec, sizeof(*t->sec));
	for (i = 0; i < g->nsec; i++) {
		fill_section(t, i);
		partial_heading(t, i);
	}
	count_unused(t);
	return 0;
}

void translation_release(struct translation *t)
{
	size_t i, j;

	for (i = 0; t->sec && i < t->g->nsec; i++) {
		release_chunks(&t->g->sec[i], &t->sec[i]);
		free(t->sec[i].own_heading);
		for (j = 0; j < t->sec[i].nprob; j++) {
			free(t->sec[i].prob[j].why);
			free(t->sec[i].prob[j].file);
		}
		free(t->sec[i].prob);
	}
	free(t->sec);
	catalog_release(&t->cat);
	free(t->lang);
	free(t->po_path);
	memset(t, 0, sizeof(*t));
}

size_t translation_complete(const struct translation *t)
{
	size_t i, n = 0;

	for (i = 0; i < t->g->nsec; i++)
		n += t->sec[i].complete;
	return n;
}

const char *translation_title(const struct translation *t)
{
	return t->sec[0].complete ? t->sec[0].heading : NULL;
}

void translation_reject(struct translation *t, size_t sec,
			enum tr_problem_kind kind, const char *file, int line,
			int src_line, const char *why)
{
	struct tr_section *ts = &t->sec[sec];
	struct tr_problem *p = add_problem(ts, kind, line, src_line, why);

	p->file = file ? xstrdup(file) : NULL;
	if (ts->complete) {	/* the heading stays: a reader sees it */
		ts->complete = 0;
		ts->heading = ts->own_heading = xstrdup(ts->heading);
		release_chunks(&t->g->sec[sec], ts);
	}
}

int translation_entry_line(const struct translation *t, size_t sec,
			   size_t j)
{
	const struct section *s = &t->g->sec[sec];

	return entry_line(t, s->id, &s->chunk[j]);
}

const char *tr_problem_file(const struct translation *t,
			    const struct tr_problem *p)
{
	return p->file ? p->file : t->po_path ? t->po_path : t->g->path;
}

const char *tr_problem_name(const struct tr_problem *p)
{
	switch (p->kind) {
	case TR_MISSING:
		return "no entry for the current source text (run audioguide "
		       "update-po)";
	case TR_UNTRANSLATED:
		return "untranslated";
	case TR_FUZZY:
		return "fuzzy (outdated: check it against the new source text)";
	case TR_REVIEW:
		return "fuzzy (marked for review: clear the flag when it is "
		       "right)";
	case TR_PLURAL:
		return "plural entry (guide text has no plural forms)";
	case TR_MARKUP:
	case TR_PHRASE:
	case TR_SPEECH:
	case TR_CHECK:
		return p->why;
	}
	return "?";
}

const char *tr_problem_key(enum tr_problem_kind kind)
{
	static const char *const keys[] = { "missing", "untranslated",
					    "fuzzy", "fuzzy", "plural",
					    "markup", "phrase", "speech",
					    "check" };

	return keys[kind];
}
