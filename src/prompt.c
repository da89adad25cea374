/* prompt: the menus and announcements of a language, as speech. */
#include "prompt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guide.h"
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

/* Give a prompt one more chunk of text (taken). */
static void add_chunk(struct prompt *p, char *text)
{
	p->in = xrealloc(p->in, (p->n + 1) * sizeof(*p->in));
	memset(&p->in[p->n], 0, sizeof(*p->in));
	strbuf_addstr(&p->in[p->n].text, text);
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
			speech_make(&p->sp[j], &p->in[j], NULL, &m->n->cx);
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

/* The section menus: pages of PROMPT_PAGE choices. */
static int menus(struct making *m, const struct translation *tr)
{
	const struct guide *g = tr->g;
	size_t *secs = xcalloc(g->nsec + 1, sizeof(*secs));
	size_t n = 0, i, page;
	int ret = 0;

	for (i = 1; i < g->nsec; i++)	/* the title is not a choice */
		if (tr->sec[i].complete)
			secs[n++] = i;
	m->ps->pages = (n + PROMPT_PAGE - 1) / PROMPT_PAGE;
	for (page = 0; !ret && page < m->ps->pages; page++) {
		struct prompt *p = add_prompt(m, xasprintf("menu-%d",
							   (int)page + 1));
		size_t k, first = page * PROMPT_PAGE;
		char *text;
		p->section = xcalloc(PROMPT_PAGE, sizeof(*p->section));
		for (k = 0; k < PROMPT_PAGE && first + k < n; k++) {
			size_t s = secs[first + k];
			const char *h = tr->sec[s].heading ? tr->sec[s].heading
					: guide_heading(&g->sec[s]);
			if (!(text = said(m, PHRASE_FOR_SECTION, h, (int)k + 1)))
				break;
			add_chunk(p, text);
			p->section[p->nsection++] = s;
		}
		if (k < PROMPT_PAGE && first + k < n) {
			ret = -1;
			break;
		}
		if (page + 1 < m->ps->pages) {
			text = said(m, PHRASE_MENU_MORE, NULL, PROMPT_KEY_MORE);
			if (!text) {
				ret = -1;
				break;
			}
			add_chunk(p, text);
		}
		if (!(text = said(m, PHRASE_MENU_AGAIN, NULL, PROMPT_KEY_AGAIN)))
			ret = -1;
		else
			add_chunk(p, text);
	}
	free(secs);
	return ret;
}

/* A prompt of one phrase (with a key, or none: key < 0). */
static int one(struct making *m, const char *name, enum phrase_id id,
	       int key)
{
	char *text = said(m, id, NULL, key < 0 ? 0 : key);

	if (!text)
		return -1;
	add_chunk(add_prompt(m, xstrdup(name)), text);
	return 0;
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
