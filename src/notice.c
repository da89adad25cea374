/* notice: a section's place, said where the language does not have it. */
#include "notice.h"

#include <stdlib.h>
#include <string.h>

#include "phrase.h"
#include "xalloc.h"

/* A chunk's text as written, with no markup: what a notice shows. */
static void set_text(struct md_inline *in, const char *text)
{
	memset(in, 0, sizeof(*in));
	strbuf_addstr(&in->text, text);
}

/* The words of the notice, in the language; NULL when it lacks them. */
static char *words(struct narration *n)
{
	const struct phrases *ph;
	const char *notice, *call = NULL, *why;
	const char *contact = n->pg->conf.contact;
	char *filled;
	struct err e;
	int line;

	if (!(ph = narration_phrases(n, &e)) ||
	    !(notice = phrase_lookup(ph, PHRASE_NOTICE, &why, &line)))
		return NULL;
	if (contact)
		call = phrase_lookup(ph, PHRASE_CALL, &why, &line);
	if (!call)
		return xstrdup(notice);
	filled = phrase_fill(call, &contact, 1);
	notice = xasprintf("%s %s", notice, filled);
	free(filled);
	return (char *)notice;
}

/* Say chunk j of a notice; 0 when its voice cannot say it. */
static int say(struct narration *n, struct said *sd, size_t j,
	       const struct speech_ctx *cx)
{
	const char *file = NULL;
	char *why = NULL;
	int line = 0, ok;

	speech_make(&sd->speech[j], &sd->in[j], NULL, cx);
	sd->chunk[j].speech = &sd->speech[j];
	sd->chunk[j].heading = j == 0;
	ok = narration_check(n, &sd->speech[j], &why, &file, &line);
	free(why);
	return ok;
}

void notice_source_ctx(struct narration *n, const char *heading,
		       struct norm *nm, struct norm_name *own,
		       struct speech_ctx *cx)
{
	*nm = n->nm;
	*cx = n->cx;
	if (!n->source_voice)
		return;
	own->written = heading;
	own->said = heading;
	own->line = 0;
	nm->names = own;
	nm->nnames = 1;
	nm->name_voice = n->source_voice;
	cx->nm = nm;
}

struct said *notice_make(struct narration *n, size_t i)
{
	const struct tr_section *ts = &n->tr->sec[i];
	const char *heading = ts->heading ? ts->heading
			      : guide_heading(&n->pg->g.sec[i]);
	struct norm nm;
	struct norm_name own;
	struct speech_ctx cx = n->cx;
	char *text = words(n);
	struct said *sd;

	if (!text)
		return NULL;
	if (!ts->heading)	/* said by the guide's voice */
		notice_source_ctx(n, heading, &nm, &own, &cx);
	sd = xcalloc(1, sizeof(*sd));
	sd->nchunk = 2;
	sd->notice = 1;
	sd->speech = xcalloc(2, sizeof(*sd->speech));
	sd->chunk = xcalloc(2, sizeof(*sd->chunk));
	sd->in = xcalloc(2, sizeof(*sd->in));
	set_text(&sd->in[0], heading);
	set_text(&sd->in[1], text);
	free(text);
	if (!say(n, sd, 0, &cx) || !say(n, sd, 1, &n->cx)) {
		narration_said_free(sd);
		return NULL;
	}
	return sd;
}
