/*
 * compose: after the workers, what is made of a guide's tracks: each
 * language's manifest entry (or why a section is skipped), its playlists,
 * the loop playlists and files, the manifest, then the packages.
 */
#include "compose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "encode.h"
#include "lang.h"
#include "loop.h"
#include "playlist.h"
#include "publish.h"
#include "render.h"
#include "synth.h"
#include "version.h"
#include "xalloc.h"

/* Report a section not built in a language, and record why. */
static void skip_section(struct build_ctx *b, struct lang_ctx *lc, size_t i,
			 struct manifest_lang *ml)
{
	const struct section *s = &b->pg.g.sec[i];
	const struct tr_section *ts = &lc->tr.sec[i];
	struct manifest_skip *sk = manifest_add_skip(ml);
	size_t j;

	sk->number = s->num;
	sk->section = xstrdup(s->id);
	sk->title = ts->heading ? xstrdup(ts->heading) : NULL;
	sk->source_title = xstrdup(guide_heading(s));
	for (j = 0; j < ts->nprob && ts->prob[j].kind == TR_SPEECH; j++)
		;
	sk->reason = xstrdup(j == ts->nprob ? "not said by its voice"
			     : "translation incomplete");
	for (j = 0; j < ts->nprob; j++) {
		const struct tr_problem *p = &ts->prob[j];
		const char *file = tr_problem_file(&lc->tr, p);
		struct manifest_problem *mp = manifest_add_problem(sk);
		if (!lc->pl->selected)
			;	/* not asked for: listed, not reported */
		else if (p->po_line)
			say(&b->say, SAY_SKIP, "%s:%d: %s not built in %s: %s",
			    file, p->po_line, b->names[i], lc->pl->code,
			    tr_problem_name(p));
		else
			say(&b->say, SAY_SKIP, "%s: %s not built in %s: %s:%d "
			    "has %s", file, b->names[i], lc->pl->code,
			    b->pg.g.path, p->src_line, tr_problem_name(p));
		mp->kind = xstrdup(tr_problem_key(p->kind));
		mp->po = xstrdup(file);
		mp->line = p->po_line;
		mp->source_line = p->src_line;
		mp->message = xstrdup(tr_problem_name(p));
	}
	lc->skipped += lc->pl->selected;
	b->st->skipped += lc->pl->selected;
}

/* The manifest's blocks of a section: its chunks as written. */
static void add_blocks(const struct section *s, const struct tr_section *ts,
		       struct manifest_track *mt)
{
	static const char *const kinds[] = { "heading", "subheading",
					     "paragraph", "item", "image" };
	size_t j, k;

	for (j = 0; j < s->nchunk; j++) {
		const struct md_inline *in = &ts->chunk[j];
		struct manifest_block *mb = manifest_add_block(mt);
		mb->kind = xstrdup(kinds[s->chunk[j].kind]);
		mb->level = s->chunk[j].level;
		mb->number = s->chunk[j].number;
		mb->text = xstrdup(in->text.buf);
		for (k = 0; k < in->nspan; k++) {
			struct manifest_link *l = manifest_add_link(mb);
			l->from = in->span[k].from;
			l->to = in->span[k].to;
			l->href = xstrdup(in->span[k].href);
		}
	}
}

/*
 * The blocks of a notice: its heading and its words.  A heading the
 * language lacks is the guide's, marked as in the guide's language so
 * that screen readers say it as the narration does.
 */
static void notice_blocks(const struct build_ctx *b, const struct said *sd,
			  int translated, struct manifest_track *mt)
{
	size_t j;

	mt->notice = 1;
	for (j = 0; j < sd->nchunk; j++) {
		struct manifest_block *mb = manifest_add_block(mt);
		mb->kind = xstrdup(j ? "paragraph" : "heading");
		mb->text = xstrdup(sd->in[j].text.buf ? sd->in[j].text.buf : "");
		if (!j && !translated) {
			char tag[64];
			lang_bcp47(tag, sizeof(tag),
				   b->pg.conf.source_language);
			mb->lang = xstrdup(tag);
		}
	}
}

/* A language's manifest entry; 0 when it has nothing current to list. */
static int lang_entry(struct build_ctx *b, struct lang_ctx *lc,
		      struct manifest_lang *ml)
{
	const struct project_lang *pl = lc->pl;
	char tag[64];
	size_t i;

	lang_bcp47(tag, sizeof(tag), pl->code);
	ml->code = xstrdup(pl->code);
	ml->bcp47 = xstrdup(tag);
	ml->rtl = lang_is_rtl(pl->code);
	ml->voice = xstrdup(pl->voice);
	ml->po = pl->po_path ? xstrdup(pl->po_path) : NULL;
	ml->title = translation_title(&lc->tr) ?
		    xstrdup(translation_title(&lc->tr)) : NULL;
	for (i = 0; i < b->pg.g.nsec; i++) {
		const struct said *sd = lc->nar.said[i];
		struct manifest_track mt = { 0 };
		if (!lc->tr.sec[i].complete)
			skip_section(b, lc, i, ml);
		if (!sd)
			continue;
		if (plan_manifest_track(&b->plan, &b->plan.t[sd->track], &mt)) {
			lc->stale++;	/* not rendered now: not listed */
			continue;
		}
		if (sd->notice) {
			notice_blocks(b, sd, lc->tr.sec[i].heading != NULL,
				      &mt);
			lc->notices++;
			b->st->notices += lc->pl->selected;
		}
		else
			add_blocks(&b->pg.g.sec[i], &lc->tr.sec[i], &mt);
		*manifest_add_track(ml) = mt;
	}
	for (i = 0; lc->have_prompts && i < lc->pr.n; i++) {
		const struct prompt *p = &lc->pr.p[i];
		struct manifest_track mt = { 0 };
		size_t k;
		if (plan_manifest_track(&b->pplan,
					&b->pplan.t[lc->prompt_track[i]], &mt))
			continue;
		for (k = 0; k < p->nsection; k++)
			strlist_push(&mt.offers, b->pg.g.sec[p->section[k]].id);
		*manifest_add_prompt(ml) = mt;
	}
	ml->menu_key = lc->menu_key;
	return pl->selected || ml->ntrack;
}

static void lang_playlists(struct build_ctx *b,
			   const struct manifest_lang *ml)
{
	const char *title = ml->title ? ml->title : guide_heading(b->pg.g.sec);
	char *name = xasprintf("%s (%s)", title, ml->code);
	struct err e;
	size_t k;

	for (k = 0; k < b->nprof; k++) {
		char *p = outdir_path(&b->od, "%s/%s/playlist.m3u8", ml->code,
				      b->prof[k]->name);
		if (playlist_write_lang(p, name, ml, b->prof[k]->name, &e))
			say(&b->say, SAY_ERROR, "%s", e.msg);
		free(p);
	}
	free(name);
}

/* Keep what an earlier build made for a language that failed now. */
static void keep_previous(struct build_ctx *b, struct manifest *m,
			  const struct lang_ctx *lc)
{
	const struct manifest_lang *prev = manifest_find_lang(&b->old,
							      lc->pl->code);
	struct manifest_lang *l;

	if (!prev)
		return;
	l = manifest_copy_lang(m, prev);
	free(l->error);
	l->error = xstrdup(lc->why);
}

/*
 * The loop playlists (of the profiles ordinary players open: not the
 * raw telephone files) and the manifest itself.
 */
static void finish_guide(struct build_ctx *b, struct manifest *m)
{
	const char *title = guide_heading(b->pg.g.sec);
	struct err e;
	char *path;
	size_t k;

	for (k = 0; k < b->nprof; k++) {
		path = outdir_path(&b->od, "%s-loop.m3u8", b->prof[k]->name);
		if (profile_is_raw(b->prof[k]))
			unlink(path);
		else if (playlist_write_loop(path, title, m, b->prof[k]->name,
					     &e))
			say(&b->say, SAY_ERROR, "%s", e.msg);
		strlist_push(&m->profiles, b->prof[k]->name);
		free(path);
	}
	m->guide = xstrdup(b->pg.g.id);
	m->title = xstrdup(title);
	m->source_language = xstrdup(b->pg.conf.source_language);
	m->audioguide = xstrdup(AUDIOGUIDE_VERSION);
	m->espeak_ng = xstrdup(synth_version());
	m->libsndfile = xstrdup(encode_version());
	m->head = RENDER_HEAD;
	m->tail = RENDER_TAIL;
	m->pause_heading = RENDER_PAUSE_HEADING;
	m->pause_paragraph = RENDER_PAUSE_PARAGRAPH;
	if (b->packages & PACKAGE_LOOP)	/* the manifest lists them */
		loop_make(&b->od, m, &b->say);
	path = outdir_path(&b->od, "manifest.json");
	if (manifest_write(m, path, &e))
		say(&b->say, SAY_ERROR, "%s", e.msg);
	free(path);
}

/* One language's line of the summary, or why it is as it was. */
void compose_summary(struct build_ctx *b, const struct lang_ctx *lc)
{
	const char *g = b->pg.g.id, *code = lc->pl->code;

	if (!lc->pl->selected) {
		if (lc->stale && manifest_find_lang(&b->old, code))
			say(&b->say, SAY_INFO, "%s/%s: %zu section%s out of "
			    "date, not listed until built (not in --lang)", g,
			    code, lc->stale, lc->stale == 1 ? "" : "s");
	} else if (!lc->ok) {
		say(&b->say, SAY_INFO, "%s/%s: not built; its earlier outputs "
		    "are kept", g, code);
	} else if (b->o->shard) {
		say(&b->say, SAY_INFO, "%s/%s: %zu rendered, %zu up to date; "
		    "%zu for other shards", g, code, lc->rendered, lc->fresh,
		    lc->others);
	} else {
		char notices[64] = "", prompts[64] = "";
		if (lc->notices)
			snprintf(notices, sizeof(notices), " (%zu with a notice "
				 "in %s place)", lc->notices, lc->notices == 1
				 ? "its" : "their");
		if (lc->prompts_rendered)
			snprintf(prompts, sizeof(prompts), "; %zu prompts "
				 "rendered", lc->prompts_rendered);
		say(&b->say, SAY_INFO, "%s/%s: %zu rendered, %zu up to date, "
		    "%zu skipped%s%s", g, code, lc->rendered, lc->fresh,
		    lc->skipped, notices, prompts);
	}
}

/* The essential sections a language built now does not have. */
static void essential(struct build_ctx *b)
{
	const struct guide_conf *c = &b->pg.conf;
	size_t i, k, s;

	for (k = 0; k < c->essential.n; k++) {
		for (s = 0; s < b->pg.g.nsec &&
		     strcmp(b->pg.g.sec[s].id, c->essential.v[k]); s++)
			;
		for (i = 0; s < b->pg.g.nsec && i < b->pg.nlang; i++) {
			const struct lang_ctx *lc = &b->lc[i];
			char *what;
			if (!lc->pl->selected || (lc->ok &&
						  lc->tr.sec[s].complete))
				continue;
			what = xasprintf("%s/%s in %s%s", b->pg.g.id,
					 b->names[s], lc->pl->code,
					 lc->ok && lc->nar.said[s] ? " (its "
					 "notice is in its place)" : "");
			strlist_push(&b->st->essential, what);
			free(what);
		}
	}
}

void compose_guide(struct build_ctx *b)
{
	struct manifest m = { 0 };
	struct publish pub = { &b->od, { b->pg.g.path, b->pg.conf.path },
			       b->pg.conf.publisher,
			       b->pg.conf.source_language, b->o->paths->po,
			       b->packages, &b->say };
	size_t i;

	for (i = 0; i < b->pg.nlang; i++) {
		struct lang_ctx *lc = &b->lc[i];
		struct manifest_lang *ml;
		if (!lc->ok) {
			keep_previous(b, &m, lc);
		} else if (lang_entry(b, lc, ml = manifest_add_lang(&m))) {
			lang_playlists(b, ml);
		} else {
			manifest_drop_lang(&m);	/* nothing current */
		}
		compose_summary(b, lc);
	}
	finish_guide(b, &m);
	if (b->packages)
		publish_make(&pub, &m);
	essential(b);
	manifest_release(&m);
}
