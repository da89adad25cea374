/*
 * translation: a language's text of a guide, section by section, from
 * its PO catalog, with what keeps a section from being spoken.
 */
#include "translation.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "xalloc.h"

static void add_problem(struct tr_section *ts, enum tr_problem_kind kind,
			int po_line, int src_line)
{
	ALLOC_GROW(ts->prob, ts->nprob + 1, ts->alloc);
	ts->prob[ts->nprob].kind = kind;
	ts->prob[ts->nprob].po_line = po_line;
	ts->prob[ts->nprob].src_line = src_line;
	ts->nprob++;
}

/* Look up one source text; returns the text to speak or NULL. */
static const char *lookup(struct translation *t, struct tr_section *ts,
			  const char *ctxt, const char *msgid, int src_line)
{
	const struct catalog_entry *ent = catalog_find(&t->cat, ctxt, msgid);

	if (!ent) {
		t->untranslated++;
		add_problem(ts, TR_MISSING, 0, src_line);
		return NULL;
	}
	if (ent->plural) {
		t->untranslated++;
		add_problem(ts, TR_PLURAL, ent->line, src_line);
		return NULL;
	}
	switch (ent->state) {
	case ENTRY_TRANSLATED:
		t->translated++;
		return ent->msgstr;
	case ENTRY_FUZZY:
		t->fuzzy++;
		add_problem(ts, TR_FUZZY, ent->line, src_line);
		return NULL;
	default:
		t->untranslated++;
		add_problem(ts, TR_UNTRANSLATED, ent->line, src_line);
		return NULL;
	}
}

static void fill_section(struct translation *t, size_t i)
{
	const struct section *s = &t->g->sec[i];
	struct tr_section *ts = &t->sec[i];
	size_t j;

	ts->paras = xcalloc(s->npara, sizeof(*ts->paras));
	if (!t->po_path) {
		ts->heading = s->heading;
		for (j = 0; j < s->npara; j++)
			ts->paras[j] = s->paras[j].text;
		t->translated += s->npara + 1;
		ts->complete = 1;
		return;
	}
	ts->heading = lookup(t, ts, s->id, s->heading, s->line);
	for (j = 0; j < s->npara; j++)
		ts->paras[j] = lookup(t, ts, s->id, s->paras[j].text,
				      s->paras[j].line);
	ts->complete = ts->nprob == 0;
	if (!ts->complete) {
		ts->heading = NULL;
		free(ts->paras);
		ts->paras = NULL;
	}
}

/* Whether a catalog entry belongs to the guide's current text. */
static int in_guide(const struct guide *g, const struct catalog_entry *ent)
{
	size_t i, j;

	if (!ent->ctxt)
		return 0;
	for (i = 0; i < g->nsec; i++) {
		const struct section *s = &g->sec[i];
		if (strcmp(s->id, ent->ctxt))
			continue;
		if (!strcmp(s->heading, ent->msgid))
			return 1;
		for (j = 0; j < s->npara; j++)
			if (!strcmp(s->paras[j].text, ent->msgid))
				return 1;
	}
	return 0;
}

static void count_unused(struct translation *t)
{
	size_t i;

	for (i = 0; i < t->cat.n; i++) {
		const struct catalog_entry *ent = &t->cat.ent[i];
		if (ent->state == ENTRY_OBSOLETE) {
			t->obsolete++;
		} else if (!in_guide(t->g, ent)) {
			if (!t->unused++)
				t->first_unused_line = ent->line;
		}
	}
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
	for (i = 0; i < g->nsec; i++)
		fill_section(t, i);
	count_unused(t);
	return 0;
}

void translation_release(struct translation *t)
{
	size_t i;

	for (i = 0; t->sec && i < t->g->nsec; i++) {
		free(t->sec[i].paras);
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

const char *tr_problem_name(enum tr_problem_kind kind)
{
	switch (kind) {
	case TR_MISSING:
		return "no entry for the current source text (run make update-po)";
	case TR_UNTRANSLATED:
		return "untranslated";
	case TR_FUZZY:
		return "fuzzy (outdated: check it against the new source text)";
	case TR_PLURAL:
		return "plural entry (guide text has no plural forms)";
	}
	return "?";
}

const char *tr_problem_key(enum tr_problem_kind kind)
{
	static const char *const keys[] = { "missing", "untranslated",
					    "fuzzy", "plural" };

	return keys[kind];
}
