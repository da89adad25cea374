/* prompt: the menus and announcements of a language, as speech. */
#include "prompt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "notice.h"
#include "phrase.h"
#include "strbuf.h"
#include "xalloc.h"

/* What making a language's prompts needs. */
struct making {
	struct prompts *ps;
	struct narration *n;
	const struct phrases *ph;
	struct err *e;
};

/* A phrase filled with text and a key; NULL with e set when it cannot
 * be had. */
static char *said(struct making *m, enum phrase_id id, const char *text,
		  int key)
{
	const char *s = phrase_get(m->ph, id, m->e);
	char num[16];
	const char *args[2];

	if (!s)
		return NULL;
	snprintf(num, sizeof(num), "%d", key);
	args[0] = text ? text : num;
	args[1] = num;
	return phrase_fill(s, args, text ? 2 : 1);
}

static struct prompt *add_prompt(struct making *m, char *name)
{
	struct prompts *ps = m->ps;
	struct prompt *p;

	ALLOC_GROW(ps->p, ps->n + 1, ps->alloc);
	p = &ps->p[ps->n++];
	memset(p, 0, sizeof(*p));
	p->name = name;
	return p;
}

/* Give a prompt one more chunk of text (taken), which says source (a
 * heading the language lacks) by the guide's voice, if not NULL. */
static void add_chunk(struct prompt *p, char *text, const char *source)
{
	p->in = xrealloc(p->in, (p->n + 1) * sizeof(*p->in));
	p->source = xrealloc(p->source, (p->n + 1) * sizeof(*p->source));
	memset(&p->in[p->n], 0, sizeof(*p->in));
	strbuf_addstr(&p->in[p->n].text, text);
	p->source[p->n] = source;
	free(text);
	p->n++;
}

/* Say each chunk of every prompt from `from` on, and check it as the
 * guide is checked. */
static int say_all(struct making *m, size_t from)
{
	size_t i, j;

	for (i = from; i < m->ps->n; i++) {
		struct prompt *p = &m->ps->p[i];
		p->sp = xcalloc(p->n + 1, sizeof(*p->sp));
		p->chunk = xcalloc(p->n + 1, sizeof(*p->chunk));
		for (j = 0; j < p->n; j++) {
			const char *file = m->ph->path;
			char *why = NULL;
			int line = 0;
			struct speech_ctx cx = m->n->cx;
			struct norm nm;
			struct norm_name own;
			if (p->source[j])
				notice_source_ctx(m->n, p->source[j], &nm,
						  &own, &cx);
			speech_make(&p->sp[j], &p->in[j], NULL, &cx);
			p->chunk[j].speech = &p->sp[j];
			if (narration_check(m->n, &p->sp[j], &why, &file,
					    &line))
				continue;
			err_at(m->e, file ? file : m->n->po_dir, line,
			       "the prompt %s of %s: %s", p->name,
			       m->n->pl->code, why);
			free(why);
			return -1;
		}
	}
	return 0;
}

/* Add a phrase with a key (or none: key < 0) to a prompt; -1 when the
 * language lacks it. */
static int add_phrase(struct making *m, struct prompt *p, enum phrase_id id,
		      int key)
{
	char *text = said(m, id, NULL, key < 0 ? 0 : key);

	if (!text)
		return -1;
	add_chunk(p, text, NULL);
	return 0;
}

/* A menu page: its sections, each by the key its place in the guide
 * gives it, then the keys for more, again and back. */
static int page(struct making *m, const struct translation *tr, int num)
{
	const struct guide *g = tr->g;
	struct prompt *p = add_prompt(m, xasprintf("menu-%d", num));
	size_t first = (size_t)(num - 1) * PROMPT_PAGE + 1, s;

	p->section = xcalloc(PROMPT_PAGE, sizeof(*p->section));
	for (s = first; s < g->nsec && s < first + PROMPT_PAGE; s++) {
		const char *h = tr->sec[s].heading;
		char *text;
		if (!m->n->said || !m->n->said[s])
			continue;	/* neither it nor its notice: no key */
		text = said(m, PHRASE_FOR_SECTION, h ? h
			    : guide_heading(&g->sec[s]),
			    PROMPT_SECTION_KEY(g->sec[s].num));
		if (!text)
			return -1;
		add_chunk(p, text, h ? NULL : guide_heading(&g->sec[s]));
		p->section[p->nsection++] = s;
	}
	if (s < g->nsec &&
	    add_phrase(m, p, PHRASE_MENU_MORE, PROMPT_KEY_MORE))
		return -1;
	return add_phrase(m, p, PHRASE_MENU_AGAIN, PROMPT_KEY_AGAIN) ||
	       add_phrase(m, p, PHRASE_MENU_BACK, -1);
}

/* The section menus: a page for each PROMPT_PAGE sections of the guide
 * (the title is not a choice: it is said before the first). */
static int menus(struct making *m, const struct translation *tr)
{
	size_t n = tr->g->nsec - 1;
	int num;

	m->ps->pages = (n + PROMPT_PAGE - 1) / PROMPT_PAGE;
	for (num = 1; (size_t)num <= m->ps->pages; num++)
		if (page(m, tr, num))
			return -1;
	return 0;
}

/* A prompt of one phrase (with a key, or none: key < 0). */
static int one(struct making *m, const char *name, enum phrase_id id,
	       int key)
{
	return add_phrase(m, add_prompt(m, xstrdup(name)), id, key);
}

static void release_prompt(struct prompt *p)
{
	size_t j;

	for (j = 0; j < p->n; j++) {
		if (p->sp)
			speech_release(&p->sp[j]);
		md_inline_release(&p->in[j]);
	}
	free(p->in);
	free(p->source);
	free(p->sp);
	free(p->chunk);
	free(p->section);
	free(p->name);
}

int prompts_make(struct prompts *ps, struct narration *n,
		 const struct translation *tr, unsigned need, int lang_key,
		 struct err *e)
{
	struct making m = { ps, n, NULL, e };
	size_t from = ps->n, pages = ps->pages;
	int ret = 0;

	if (!(m.ph = narration_phrases(n, e)))
		return -1;
	if (need & PROMPT_PHONE)
		ret = menus(&m, tr) || one(&m, "invalid", PHRASE_INVALID, -1) ||
		      one(&m, "goodbye", PHRASE_GOODBYE, -1) ||
		      (lang_key > 0 && one(&m, "language",
					   PHRASE_FOR_LANGUAGE, lang_key));
	if (!ret && (need & PROMPT_LOOP))
		ret = one(&m, "announce", PHRASE_ANNOUNCE, -1);
	if (!ret)
		ret = say_all(&m, from);
	if (ret) {	/* what this call added goes */
		while (ps->n > from)
			release_prompt(&ps->p[--ps->n]);
		ps->pages = pages;
	}
	return ret ? -1 : 0;
}

const struct prompt *prompts_find(const struct prompts *ps, const char *name)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (!strcmp(ps->p[i].name, name))
			return &ps->p[i];
	return NULL;
}

void prompts_release(struct prompts *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		release_prompt(&ps->p[i]);
	free(ps->p);
	memset(ps, 0, sizeof(*ps));
}
