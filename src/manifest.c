/*
 * manifest: the model of manifest.json (schema in manifest.h): building,
 * finding, copying and releasing it; manifest_json.c writes and reads it.
 */
#include "manifest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Append a zeroed element to arr (of n, alloc slots): a statement. */
#define APPEND_ZEROED(arr, n, alloc) \
	do { \
		ALLOC_GROW(arr, (n) + 1, alloc); \
		memset(&(arr)[n], 0, sizeof((arr)[n])); \
		(n)++; \
	} while (0)

struct manifest_lang *manifest_add_lang(struct manifest *m)
{
	APPEND_ZEROED(m->lang, m->nlang, m->alloc);
	return &m->lang[m->nlang - 1];
}

struct manifest_track *manifest_add_track(struct manifest_lang *l)
{
	APPEND_ZEROED(l->track, l->ntrack, l->talloc);
	return &l->track[l->ntrack - 1];
}

struct manifest_file *manifest_add_file(struct manifest_track *t)
{
	APPEND_ZEROED(t->file, t->nfile, t->alloc);
	return &t->file[t->nfile - 1];
}

struct manifest_block *manifest_add_block(struct manifest_track *t)
{
	APPEND_ZEROED(t->block, t->nblock, t->balloc);
	return &t->block[t->nblock - 1];
}

struct manifest_link *manifest_add_link(struct manifest_block *b)
{
	APPEND_ZEROED(b->link, b->nlink, b->alloc);
	return &b->link[b->nlink - 1];
}

struct manifest_skip *manifest_add_skip(struct manifest_lang *l)
{
	APPEND_ZEROED(l->skip, l->nskip, l->salloc);
	return &l->skip[l->nskip - 1];
}

struct manifest_problem *manifest_add_problem(struct manifest_skip *s)
{
	APPEND_ZEROED(s->prob, s->nprob, s->alloc);
	return &s->prob[s->nprob - 1];
}

struct manifest_track *manifest_add_prompt(struct manifest_lang *l)
{
	APPEND_ZEROED(l->prompt, l->nprompt, l->palloc);
	return &l->prompt[l->nprompt - 1];
}

struct manifest_loop *manifest_add_loop(struct manifest *m)
{
	APPEND_ZEROED(m->loop, m->nloop, m->lalloc);
	return &m->loop[m->nloop - 1];
}

const struct manifest_lang *manifest_find_lang(const struct manifest *m,
					       const char *code)
{
	size_t i;

	for (i = 0; m && i < m->nlang; i++)
		if (m->lang[i].code && !strcmp(m->lang[i].code, code))
			return &m->lang[i];
	return NULL;
}

const struct manifest_file *manifest_track_file(const struct manifest_track *t,
						const char *profile)
{
	size_t i;

	for (i = 0; i < t->nfile; i++)
		if (!strcmp(t->file[i].profile, profile))
			return &t->file[i];
	return NULL;
}

static double round_to(double x, double unit)
{
	return isfinite(x) && x > -998 ? (double)llround(x / unit) * unit
				       : -999.0;
}

double manifest_seconds(double seconds)
{
	return round_to(seconds, 0.001);
}

double manifest_db(double db)
{
	return round_to(db, 0.01);
}

/* Copying and releasing. */

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void copy_block(struct manifest_block *b,
		       const struct manifest_block *from)
{
	size_t i;

	b->kind = dup_or_null(from->kind);
	b->level = from->level;
	b->number = from->number;
	b->text = dup_or_null(from->text);
	b->lang = dup_or_null(from->lang);
	for (i = 0; i < from->nlink; i++) {
		struct manifest_link *l = manifest_add_link(b);
		l->from = from->link[i].from;
		l->to = from->link[i].to;
		l->href = dup_or_null(from->link[i].href);
	}
}

static void copy_track(struct manifest_track *t,
		       const struct manifest_track *from)
{
	size_t i;

	t->number = from->number;
	t->section = dup_or_null(from->section);
	t->title = dup_or_null(from->title);
	for (i = 0; i < from->text.n; i++)
		strlist_push(&t->text, from->text.v[i]);
	for (i = 0; i < from->offers.n; i++)
		strlist_push(&t->offers, from->offers.v[i]);
	for (i = 0; i < from->nblock; i++)
		copy_block(manifest_add_block(t), &from->block[i]);
	t->duration = from->duration;
	t->captions = dup_or_null(from->captions);
	for (i = 0; i < from->nfile; i++) {
		struct manifest_file *f = manifest_add_file(t);
		*f = from->file[i];
		f->profile = xstrdup(from->file[i].profile);
		f->path = dup_or_null(from->file[i].path);
	}
}

static void copy_skip(struct manifest_skip *s, const struct manifest_skip *from)
{
	size_t i;

	s->number = from->number;
	s->section = dup_or_null(from->section);
	s->title = dup_or_null(from->title);
	s->source_title = dup_or_null(from->source_title);
	s->reason = dup_or_null(from->reason);
	for (i = 0; i < from->nprob; i++) {
		struct manifest_problem *p = manifest_add_problem(s);
		*p = from->prob[i];
		p->kind = dup_or_null(from->prob[i].kind);
		p->po = dup_or_null(from->prob[i].po);
		p->message = dup_or_null(from->prob[i].message);
	}
}

struct manifest_lang *manifest_copy_lang(struct manifest *m,
					 const struct manifest_lang *from)
{
	struct manifest_lang *l = manifest_add_lang(m);
	size_t i;

	l->code = dup_or_null(from->code);
	l->bcp47 = dup_or_null(from->bcp47);
	l->rtl = from->rtl;
	l->voice = dup_or_null(from->voice);
	l->po = dup_or_null(from->po);
	l->title = dup_or_null(from->title);
	for (i = 0; i < from->ntrack; i++)
		copy_track(manifest_add_track(l), &from->track[i]);
	for (i = 0; i < from->nskip; i++)
		copy_skip(manifest_add_skip(l), &from->skip[i]);
	for (i = 0; i < from->nprompt; i++)
		copy_track(manifest_add_prompt(l), &from->prompt[i]);
	l->menu_key = from->menu_key;
	l->error = dup_or_null(from->error);
	return l;
}

static void release_track(struct manifest_track *t)
{
	size_t i, j;

	for (i = 0; i < t->nblock; i++) {
		for (j = 0; j < t->block[i].nlink; j++)
			free(t->block[i].link[j].href);
		free(t->block[i].link);
		free(t->block[i].kind);
		free(t->block[i].text);
		free(t->block[i].lang);
	}
	free(t->block);
	for (i = 0; i < t->nfile; i++) {
		free(t->file[i].profile);
		free(t->file[i].path);
	}
	free(t->file);
	free(t->section);
	free(t->title);
	strlist_release(&t->text);
	strlist_release(&t->offers);
	free(t->captions);
}

static void release_lang(struct manifest_lang *l)
{
	size_t i, j;

	for (i = 0; i < l->ntrack; i++)
		release_track(&l->track[i]);
	for (i = 0; i < l->nskip; i++) {
		for (j = 0; j < l->skip[i].nprob; j++) {
			free(l->skip[i].prob[j].kind);
			free(l->skip[i].prob[j].po);
			free(l->skip[i].prob[j].message);
		}
		free(l->skip[i].prob);
		free(l->skip[i].section);
		free(l->skip[i].title);
		free(l->skip[i].source_title);
		free(l->skip[i].reason);
	}
	for (i = 0; i < l->nprompt; i++)
		release_track(&l->prompt[i]);
	free(l->prompt);
	free(l->track);
	free(l->skip);
	free(l->code);
	free(l->bcp47);
	free(l->voice);
	free(l->po);
	free(l->title);
	free(l->error);
}

void manifest_drop_lang(struct manifest *m)
{
	if (m->nlang)
		release_lang(&m->lang[--m->nlang]);
}

void manifest_release(struct manifest *m)
{
	size_t i;

	for (i = 0; i < m->nlang; i++)
		release_lang(&m->lang[i]);
	free(m->lang);
	for (i = 0; i < m->nloop; i++) {
		free(m->loop[i].language);
		free(m->loop[i].path);
		strlist_release(&m->loop[i].parts);
	}
	free(m->loop);
	free(m->guide);
	free(m->title);
	free(m->source_language);
	free(m->audioguide);
	free(m->espeak_ng);
	free(m->libsndfile);
	strlist_release(&m->profiles);
	memset(m, 0, sizeof(*m));
}
