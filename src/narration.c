/* narration: a language's speech of a guide, checked with eSpeak NG. */
#include "narration.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strlist.h"
#include "synth.h"
#include "utf8.h"
#include "xalloc.h"

int narration_open(struct narration *n, const struct project_guide *pg,
		   const struct project_lang *pl, struct translation *tr,
		   const struct project_paths *paths, int no_lexicon,
		   struct err *e)
{
	struct strlist files = { 0 };
	int ret;

	memset(n, 0, sizeof(*n));
	n->pg = pg;
	n->pl = pl;
	n->tr = tr;
	n->po_dir = paths->po;
	n->said = xcalloc(pg->g.nsec, sizeof(*n->said));
	if (!no_lexicon)
		project_lexicons(pg, paths, pl->code, &files);
	ret = lexicon_load(&n->lex, files.v, files.n, e);
	n->use_lexicon = !ret;
	strlist_release(&files);
	if (!ret)
		ret = synth_set_voice(pl->voice, 0, -1, e);
	return ret;
}

/* "Step 3." for a numbered item, or NULL after rejecting the section. */
static char *step(struct narration *n, size_t i, size_t j)
{
	const struct chunk *c = &n->pg->g.sec[i].chunk[j];
	const char *why = "has no catalog", *s = NULL;
	struct err e;
	char *msg;
	int line = 0;

	if (!n->ph_read)
		n->ph_read = phrases_load(&n->ph, n->pl->code, n->po_dir, &e)
			     ? -1 : 1;
	if (n->ph_read > 0)
		s = phrase_lookup(&n->ph, PHRASE_STEP, &why, &line);
	if (s)
		return phrase_number(s, c->number);
	msg = xasprintf("the phrase \"%s\" %s", phrase_msgid(PHRASE_STEP),
			why);
	translation_reject(n->tr, i, TR_PHRASE, n->ph.path ? n->ph.path
			   : n->po_dir, line, c->line, msg);
	free(msg);
	return NULL;
}

/* Whether eSpeak NG's reading of a word ends with the mark put after it
 * (a pause "_|" may follow); "_!" also occurs inside German words. */
static int kept_mark(const struct strbuf *read)
{
	size_t n = read->len;

	while (n >= 2 && !memcmp(read->buf + n - 2, "_|", 2))
		n -= 2;
	return n >= 2 && !memcmp(read->buf + n - 2, "_!", 2);
}

/* Whether a lexicon's phonemes are all the voice's: each word of them,
 * read back with a mark after it, keeps the mark at its end (eSpeak NG
 * 1.51 drops all that follows a phoneme it does not know). */
static int phonemes_spoken(const char *phonemes, struct strbuf *read)
{
	const char *p = phonemes;
	int ok = 1;

	while (*(p += strspn(p, " "))) {
		size_t len = strcspn(p, " ");
		struct strbuf one = STRBUF_INIT;
		char *marked = xasprintf("%.*s_!", (int)len, p);
		struct err e;
		if (synth_phonemes_read(marked, &one, &e) || !kept_mark(&one))
			ok = 0;
		else
			one.len -= 2;	/* the mark */
		strbuf_addf(read, "%s%.*s", read->len ? " " : "",
			    (int)one.len, one.buf ? one.buf : "");
		strbuf_release(&one);
		free(marked);
		p += len;
	}
	return ok;
}

/*
 * The first word in Latin letters of a text a pinyin voice reads (it
 * reads them as pinyin, with no switch to mark it: "MRI" becomes
 * "mz.'i.55"), outside [[phonemes]]; NULL when none.
 */
static char *latin_word(const char *voice, const char *s, int phonemes)
{
	size_t len = strlen(s), at = 0, end, k;
	int in_phonemes = 0;

	if (!strstr(voice, "latn-pinyin"))
		return NULL;
	for (; at < len; at += k) {
		if (phonemes && !strncmp(s + at, "[[", 2))
			in_phonemes = 1;
		else if (in_phonemes && !strncmp(s + at, "]]", 2))
			in_phonemes = 0;
		if (in_phonemes || !utf8_is_latin(utf8_char(s, len, at, &k)))
			continue;
		for (end = at; end < len &&
		     (utf8_is_latin(utf8_char(s, len, end, &k)) ||
		      s[end] == '-' || s[end] == '.'); end += k)
			;
		return xstrndup(s + at, end - at);
	}
	return NULL;
}

/* Why a text is not said by the voice's own rules, or NULL. */
static char *text_fails(struct narration *n, const char *text, int phonemes,
			const char *what)
{
	struct synth_check c;
	struct err e;
	const char *voice = n->pl->voice;
	char *latin, *why = NULL;

	if (synth_check(text, 0, &c, &e))
		return xstrdup(e.msg);
	latin = latin_word(voice, text, phonemes);
	if (*c.foreign)
		why = xasprintf("%s\"%.60s\" is not read by voice %s's own "
				"rules (switches to %s)", what,
				c.word ? c.word : text, voice, c.foreign);
	else if (latin)
		why = xasprintf("%s\"%.60s\" is in Latin letters, which voice %s "
				"reads as pinyin", what, latin, voice);
	else if (c.names)
		why = xasprintf("%s\"%.60s\" is not in a script voice %s reads: "
				"it would be read as the names of its "
				"characters", what, c.word ? c.word : text,
				voice);
	free(latin);
	synth_check_release(&c);
	return why;
}

/* An alias without its $1..$9: the words the lexicon itself says. */
static char *alias_words(const struct lexicon_entry *ent)
{
	struct strbuf sb = STRBUF_INIT;
	const char *a = ent->lx->alias;

	for (; *a; a++) {
		if (ent->re && a[0] == '$' && a[1] >= '1' && a[1] <= '9') {
			a++;
			strbuf_addch(&sb, ' ');
		} else {
			strbuf_addch(&sb, *a);
		}
	}
	strbuf_grow(&sb, 0);
	return strbuf_detach(&sb);
}

char *narration_entry_fails(struct narration *n, struct lexicon_entry *ent)
{
	struct strbuf read = STRBUF_INIT;
	char *why = NULL, *words, *what;

	if (ent->checked > 0)
		return NULL;
	if (ent->lx->phoneme) {
		if (!phonemes_spoken(ent->lx->phoneme, &read))
			why = xasprintf("the phonemes \"%s\" of \"%s\" are not "
					"all voice %s's: eSpeak NG would say "
					"\"%s\"", ent->lx->phoneme,
					ent->grapheme, n->pl->voice,
					read.buf ? read.buf : "");
		strbuf_release(&read);
	} else {
		words = alias_words(ent);
		what = xasprintf("the alias of \"%.40s\": ", ent->grapheme);
		why = text_fails(n, words, 0, what);
		free(what);
		free(words);
	}
	ent->checked = why ? -1 : 1;
	return why;
}

int narration_check(struct narration *n, const struct speech *sp,
		    char **why, const char **file, int *line)
{
	size_t i;

	for (i = 0; i < sp->nuse; i++) {
		struct lexicon_entry *ent = sp->use[i].ent;
		if ((*why = narration_entry_fails(n, ent)) != NULL) {
			*file = ent->file;
			*line = ent->line;
			return 0;
		}
	}
	*why = text_fails(n, sp->spoken.buf ? sp->spoken.buf : "",
			  sp->phonemes, "");
	if (*why) {
		char *more = xasprintf("%s; rewrite it, or say it in a lexicon",
				       *why);
		free(*why);
		*why = more;
	}
	return *why == NULL;
}

/* The speech of chunk j of section i; 0 when the section is rejected. */
static int speak_chunk(struct narration *n, struct said *sd, size_t i,
		       size_t j)
{
	const struct chunk *c = &n->pg->g.sec[i].chunk[j];
	const char *file = NULL;
	char *prefix = NULL, *why = NULL;
	int line = translation_entry_line(n->tr, i, j);

	if (c->kind == CHUNK_ITEM && c->number > 0 &&
	    !(prefix = step(n, i, j)))
		return 0;
	speech_make(&sd->speech[j], &n->tr->sec[i].chunk[j], prefix,
		    n->use_lexicon ? &n->lex : NULL);
	free(prefix);
	sd->chunk[j].speech = &sd->speech[j];
	sd->chunk[j].heading = c->kind == CHUNK_HEADING ||
			       c->kind == CHUNK_SUBHEADING;
	if (narration_check(n, &sd->speech[j], &why, &file, &line))
		return 1;
	translation_reject(n->tr, i, TR_SPEECH, file, line, c->line, why);
	free(why);
	return 0;
}

static void release_said(struct said *sd, size_t nchunk)
{
	size_t j;

	if (!sd)
		return;
	for (j = 0; j < nchunk; j++)
		speech_release(&sd->speech[j]);
	free(sd->speech);
	free(sd->chunk);
	free(sd);
}

void narration_speak(struct narration *n)
{
	size_t i, j;

	for (i = 0; i < n->pg->g.nsec; i++) {
		size_t nchunk = n->pg->g.sec[i].nchunk;
		struct said *sd;
		if (!n->tr->sec[i].complete)
			continue;
		sd = xcalloc(1, sizeof(*sd));
		sd->speech = xcalloc(nchunk, sizeof(*sd->speech));
		sd->chunk = xcalloc(nchunk, sizeof(*sd->chunk));
		for (j = 0; j < nchunk && speak_chunk(n, sd, i, j); j++)
			;
		if (j < nchunk)
			release_said(sd, nchunk);
		else
			n->said[i] = sd;
	}
}

void narration_release(struct narration *n)
{
	size_t i;

	for (i = 0; n->said && i < n->pg->g.nsec; i++)
		release_said(n->said[i], n->pg->g.sec[i].nchunk);
	free(n->said);
	if (n->ph_read > 0)
		phrases_release(&n->ph);
	lexicon_release(&n->lex);
	memset(n, 0, sizeof(*n));
}
