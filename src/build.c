/* build: one guide's build as a pipeline: plan, dispatch, compose. */
#include "build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "encode.h"
#include "key.h"
#include "lang.h"
#include "loop.h"
#include "manifest.h"
#include "narration.h"
#include "outdir.h"
#include "plan.h"
#include "playlist.h"
#include "profile.h"
#include "prompt.h"
#include "publish.h"
#include "render.h"
#include "synth.h"
#include "translation.h"
#include "version.h"
#include "worker.h"
#include "xalloc.h"

/* What one language is building. */
struct lang_ctx {
	const struct project_lang *pl;
	struct translation tr;
	struct narration nar;	/* what it says, section by section */
	int ok;			/* translation read, voice present */
	char why[1024];		/* when not ok: the error */
	size_t rendered, fresh, skipped, stale;
	size_t others;		/* tracks other shards render */
	struct prompts pr;	/* its menus and announcement, if any */
	int have_prompts;
	int menu_key;		/* its key in the language menu, or 0 */
	size_t *prompt_track;	/* per prompt: its index in the prompt plan */
	size_t prompts_rendered;
};

struct build_ctx {
	const struct build_opts *o;
	struct build_stats *st;
	struct sayer say;
	struct project_guide pg;
	struct outdir od;
	const struct profile **prof;
	size_t nprof;
	unsigned packages;
	char **names;		/* per section: its files' name, NN-<id> */
	struct manifest old;	/* the previous build's, maybe empty */
	struct lang_ctx *lc;
	struct plan plan;
	/* The prompts the packages need (enum prompt_need), in profiles of
	 * their own, planned and rendered like tracks below <lang>/prompts. */
	unsigned prompt_need;
	const struct profile **pprof;
	size_t npprof;
	struct plan pplan;
};

/* The profiles asked for, and those the packages are made of. */
static int pick_profiles(struct build_ctx *b)
{
	const struct strlist *want = b->o->profiles->n ? b->o->profiles
				     : &b->pg.conf.profiles;
	struct strlist names = { 0 };
	const char *bad = NULL;
	size_t i;

	for (i = 0; i < want->n; i++)
		strlist_push(&names, want->v[i]);
	if (!names.n)
		strlist_push(&names, "mp3");
	publish_needs(b->packages, &names);
	b->prof = profile_select(&names, &bad);
	b->nprof = names.n;
	if (!b->prof)	/* guide.conf's were checked on loading */
		say(&b->say, SAY_ERROR, "--profile: unknown profile '%s' (see "
		    "audioguide build --profile help)", bad);
	strlist_release(&names);
	return b->prof ? 0 : -1;
}

/* The prompts the packages need, and the profiles they are made in. */
static int pick_prompt_profiles(struct build_ctx *b)
{
	struct strlist names = { 0 };
	const char *bad = NULL;

	b->prompt_need = (b->packages & PACKAGE_PHONE ? PROMPT_PHONE : 0) |
			 (b->packages & PACKAGE_LOOP ? PROMPT_LOOP : 0);
	publish_prompt_profiles(b->packages, &names);
	b->pprof = profile_select(&names, &bad);	/* known names */
	b->npprof = names.n;
	strlist_release(&names);
	b->pplan = (struct plan){ .od = &b->od, .folder = "prompts",
				  .prof = b->pprof, .nprof = b->npprof,
				  .force = b->o->force };
	return 0;
}

/* The name of each track's files, NN-<id>, made once per build. */
static void make_names(struct build_ctx *b)
{
	const struct guide *g = &b->pg.g;
	size_t i;

	b->names = xcalloc(g->nsec, sizeof(*b->names));
	for (i = 0; i < g->nsec; i++)
		b->names[i] = xasprintf("%0*d-%s", guide_num_width(g),
					g->sec[i].num, g->sec[i].id);
}

static void plan_section(struct build_ctx *b, struct lang_ctx *lc, size_t i)
{
	const struct guide_conf *c = &b->pg.conf;
	const struct section *s = &b->pg.g.sec[i];
	struct plan_input in = {
		lc->pl->code, lc->pl->voice, s->id, b->names[i], s->num,
		(int)b->pg.g.nsec, lc->nar.said[i]->chunk, s->nchunk,
		translation_title(&lc->tr), c->rate, c->pitch,
		{ c->target_lufs, c->phone_target_lufs },
		{ c->ceiling_dbfs, c->phone_ceiling_dbfs }, b->pg.g.path,
		s->line, lc->pl->selected, lc };

	lc->nar.said[i]->track = plan_add(&b->plan, &in);
}

/* Whether a prompt's file (or key) is one of the current prompts. */
static int current_prompt(void *user, const char *name)
{
	const char *dot = strrchr(name, '.');
	char *base = dot ? xstrndup(name, (size_t)(dot - name))
			 : xstrdup(name);
	int keep = strlist_has(user, base);

	free(base);
	return keep;
}

/* Remove a language's prompt files that are not current (all of them
 * when it has none now), in every folder a prompt profile may have:
 * keys first, so that no key outlives its file. */
static void sweep_prompts(struct build_ctx *b, struct lang_ctx *lc)
{
	struct strlist keep = { 0 };
	const struct profile *t;
	size_t i, n;

	for (i = 0; lc->have_prompts && i < lc->pr.n; i++)
		strlist_push(&keep, lc->pr.p[i].name);
	t = profile_table(&n);
	for (i = 0; i <= n; i++) {
		const char *name = i < n ? t[i].name : "captions";
		char *kdir = outdir_path(&b->od, "%s/.keys/prompts/%s",
					 lc->pl->code, name);
		char *dir = outdir_path(&b->od, "%s/prompts/%s", lc->pl->code,
					name);
		outdir_prune(kdir, current_prompt, NULL, &keep);
		outdir_prune(dir, current_prompt, NULL, &keep);
		free(kdir);
		free(dir);
	}
	strlist_release(&keep);
}

/* Plan a language's prompts (made and checked); 0 when it has them. */
static int lang_prompts(struct build_ctx *b, struct lang_ctx *lc, int key)
{
	const struct guide_conf *c = &b->pg.conf;
	struct err e;
	size_t i, k;

	static const struct {
		unsigned need;
		const char *what;
	} sets[] = { { PROMPT_PHONE, "telephone menus" },
		     { PROMPT_LOOP, "announcement in the recording of all "
		       "languages" } };
	int phone = 0;

	prompts_release(&lc->pr);
	for (k = 0; k < sizeof(sets) / sizeof(sets[0]); k++) {
		if (!(b->prompt_need & sets[k].need))
			continue;
		if (!prompts_make(&lc->pr, &lc->nar, &lc->tr, sets[k].need,
				  key, &e))
			phone |= sets[k].need == PROMPT_PHONE;
		else if (lc->pl->selected)
			say(&b->say, SAY_ERROR, "%s; %s has no %s", e.msg,
			    lc->pl->code, sets[k].what);
	}
	if (!phone)
		lc->menu_key = 0;
	if (!lc->pr.n)
		return -1;
	for (k = 0; k < b->npprof; k++) {
		char *slot = xasprintf("prompts/%s", b->pprof[k]->name);
		if (lc->pl->selected &&
		    outdir_make_slot(&b->od, lc->pl->code, slot, &e))
			say(&b->say, SAY_ERROR, "%s", e.msg);
		free(slot);
	}
	if (lc->pl->selected)
		outdir_make_slot(&b->od, lc->pl->code, "prompts/captions", &e);
	lc->prompt_track = xcalloc(lc->pr.n + 1, sizeof(*lc->prompt_track));
	for (i = 0; i < lc->pr.n; i++) {
		const struct prompt *p = &lc->pr.p[i];
		struct plan_input in = {
			lc->pl->code, lc->pl->voice, p->name, p->name, 0, 0,
			p->chunk, p->n, translation_title(&lc->tr), c->rate,
			c->pitch, { c->target_lufs, c->phone_target_lufs },
			{ c->ceiling_dbfs, c->phone_ceiling_dbfs },
			lc->nar.ph.path ? lc->nar.ph.path : b->o->paths->po, 0,
			/* one shard makes them all */
			lc->pl->selected && (!b->o->shard ||
					     !b->o->shard->index), lc };
		lc->prompt_track[i] = plan_add(&b->pplan, &in);
	}
	return 0;
}

/*
 * The prompts of every language that can say them; the language menu
 * offers them in the guide's order, keys 1 to PROMPT_MAX_LANGS.
 */
static void plan_prompts(struct build_ctx *b)
{
	struct prompts probe;
	struct err e;
	size_t i;
	int key = 0;

	for (i = 0; i < b->pg.nlang; i++) {
		struct lang_ctx *lc = &b->lc[i];
		int k = 0;
		if (!lc->ok)
			continue;
		memset(&probe, 0, sizeof(probe));
		/* first whether it can: its key depends on those before */
		if ((b->prompt_need & PROMPT_PHONE) &&
		    !prompts_make(&probe, &lc->nar, &lc->tr, PROMPT_PHONE, 0,
				  &e)) {
			prompts_release(&probe);
			if (key < PROMPT_MAX_LANGS)
				k = ++key;
			else if (lc->pl->selected)
				say(&b->say, SAY_SKIP, "%s: the language menu "
				    "offers %d languages; %s is not among them",
				    b->pg.g.id, PROMPT_MAX_LANGS,
				    lc->pl->code);
		}
		lc->menu_key = k;
		lc->have_prompts = !lang_prompts(b, lc, k);
		if (lc->pl->selected && !b->o->shard)
			sweep_prompts(b, lc);
	}
}

/* Share the tracks out (--shard), then count those already current. */
static void settle_plan(struct build_ctx *b)
{
	const struct build_shard *sh = b->o->shard;
	size_t i;

	if (sh)
		plan_shard(&b->plan, sh->index, sh->count, sh->load);
	for (i = 0; i < b->plan.n; i++) {
		const struct plan_track *t = &b->plan.t[i];
		struct lang_ctx *lc = t->in.user;
		if (!lc->pl->selected)
			continue;
		if (!t->in.render) {
			lc->others++;
		} else if (!t->todo) {
			lc->fresh++;
			b->st->fresh++;
		}
	}
}

static void removed(void *user, const char *path, const char *name)
{
	struct build_ctx *b = user;
	size_t i;

	for (i = 0; i < b->pg.g.nsec && strcmp(b->names[i], name); i++)
		;
	b->st->removed++;
	say(&b->say, SAY_SKIP, "%s: removed: %s", path, i < b->pg.g.nsec
	    ? "its section is not built now (why is said below)"
	    : "its section is no longer in the guide");
}

/* Remove the files of sections that are not built any more. */
static void sweep(struct build_ctx *b, struct lang_ctx *lc)
{
	struct strlist keep = { 0 };
	size_t i;

	for (i = 0; i < b->pg.g.nsec; i++)
		if (lc->tr.sec[i].complete)
			strlist_push(&keep, b->names[i]);
	for (i = 0; i < b->nprof; i++)
		outdir_sweep_tracks(&b->od, lc->pl->code, b->prof[i]->name,
				    b->prof[i]->ext, &keep, removed, b);
	outdir_sweep_tracks(&b->od, lc->pl->code, "captions", "vtt", &keep,
			    removed, b);
	strlist_release(&keep);
}

static int make_dirs(struct build_ctx *b, const char *lang, struct err *e)
{
	size_t k;

	for (k = 0; k < b->nprof; k++)
		if (outdir_make_slot(&b->od, lang, b->prof[k]->name, e))
			return -1;
	return outdir_make_slot(&b->od, lang, "captions", e);
}

/*
 * Read a language and plan its tracks; lc->ok says whether it can build.
 * A language not selected (--lang) is planned to know what of it is
 * current, but nothing of it is rendered, swept or reported.
 */
static void plan_lang(struct build_ctx *b, struct lang_ctx *lc)
{
	const struct project_lang *pl = lc->pl;
	struct err e;
	size_t i;

	char *passed = outdir_key(&b->od, pl->code, "speech-checked", NULL);
	int failed = project_check_voice(&b->pg, pl, &e) ||
		     translation_load(&lc->tr, &b->pg.g, pl->code, pl->po_path,
				      &e) ||
		     narration_open(&lc->nar, &b->pg, pl, &lc->tr, b->o->paths,
				    0, passed, &e);

	free(passed);
	if (failed ||
	    (pl->selected && make_dirs(b, pl->code, &e))) {
		if (pl->selected)
			say(&b->say, SAY_ERROR, "%s", e.msg);
		else
			say(&b->say, SAY_SKIP, "%s; %s stays as the last build "
			    "left it", e.msg, pl->code);
		snprintf(lc->why, sizeof(lc->why), "%s", e.msg);
		return;
	}
	if (lc->tr.unused && pl->selected)
		say(&b->say, SAY_SKIP, "%s:%d: %zu entr%s not in the guide, "
		    "ignored (audioguide update-po marks them obsolete)",
		    lc->tr.po_path, lc->tr.first_unused_line, lc->tr.unused,
		    lc->tr.unused == 1 ? "y is" : "ies are");
	lc->ok = 1;
	narration_speak(&lc->nar);
	for (i = 0; i < b->pg.g.nsec; i++)
		if (lc->nar.said[i])
			plan_section(b, lc, i);
	if (pl->selected && !b->o->shard)	/* a shard keeps to its own */
		sweep(b, lc);
}

/* What the workers rendered, per language. */
/* The audio files a plan's rendered tracks wrote, and those encoded
 * again, into the build's counts. */
static void count_files(struct build_ctx *b, const struct plan *p)
{
	size_t i, k;

	for (i = 0; i < p->n; i++) {
		const struct plan_track *t = &p->t[i];
		for (k = 0; t->rendered && k < p->nprof; k++) {
			struct key_entry ke;
			if (!t->slot[k].stale || key_read(t->slot[k].keyfile,
							  &ke))
				continue;
			b->st->files++;
			b->st->reencoded += ke.encodes > 1;
		}
	}
}

static void count_rendered(struct build_ctx *b)
{
	size_t i;

	for (i = 0; i < b->plan.n; i++) {
		const struct plan_track *t = &b->plan.t[i];
		struct lang_ctx *lc = t->in.user;
		lc->rendered += t->rendered;
		b->st->rendered += t->rendered;
	}
	for (i = 0; i < b->pplan.n; i++) {
		const struct plan_track *t = &b->pplan.t[i];
		((struct lang_ctx *)t->in.user)->prompts_rendered +=
			t->rendered;
	}
	count_files(b, &b->plan);
	count_files(b, &b->pplan);
}

/* Compose: the manifest, playlists and packages. */

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
		struct manifest_track mt = { 0 };
		if (!lc->tr.sec[i].complete) {
			skip_section(b, lc, i, ml);
		} else if (!plan_manifest_track(&b->plan,
					       &b->plan.t[lc->nar.said[i]->track],
					       &mt)) {
			add_blocks(&b->pg.g.sec[i], &lc->tr.sec[i], &mt);
			*manifest_add_track(ml) = mt;
		} else {
			lc->stale++;	/* not rendered now: not listed */
		}
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
static void lang_summary(struct build_ctx *b, const struct lang_ctx *lc)
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
	} else if (lc->prompts_rendered) {
		say(&b->say, SAY_INFO, "%s/%s: %zu rendered, %zu up to date, "
		    "%zu skipped; %zu prompts rendered", g, code,
		    lc->rendered, lc->fresh, lc->skipped,
		    lc->prompts_rendered);
	} else {
		say(&b->say, SAY_INFO, "%s/%s: %zu rendered, %zu up to date, "
		    "%zu skipped", g, code, lc->rendered, lc->fresh,
		    lc->skipped);
	}
}

static void compose(struct build_ctx *b)
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
		lang_summary(b, lc);
	}
	finish_guide(b, &m);
	if (b->packages)
		publish_make(&pub, &m);
	manifest_release(&m);
}

static int prepare(struct build_ctx *b, const char *dir)
{
	struct err e;
	char *path;

	if (project_guide_load(&b->pg, dir, b->o->paths, b->o->langs, &e) ||
	    publish_select(b->o->packages, &b->pg.conf.packages, &b->packages,
			   &e)) {
		say(&b->say, SAY_ERROR, "%s", e.msg);
		return -1;
	}
	if (pick_profiles(b))
		return -1;
	make_names(b);
	if (outdir_open(&b->od, b->o->paths->out, b->pg.g.id, &e) ||
	    synth_init(&e)) {
		say(&b->say, SAY_ERROR, "%s", e.msg);
		return -1;
	}
	path = outdir_path(&b->od, "manifest.json");
	manifest_read(&b->old, path);
	free(path);
	b->plan = (struct plan){ .od = &b->od, .prof = b->prof,
				 .nprof = b->nprof, .force = b->o->force };
	return pick_prompt_profiles(b);
}

void build_guide(const char *dir, const struct build_opts *o,
		 struct build_stats *st)
{
	struct build_ctx b = { .o = o, .st = st,
			       .say = { o->say, o->user, &st->errors },
			       .od = { .lock_fd = -1 } };
	size_t i;

	if (prepare(&b, dir))
		goto done;
	b.lc = xcalloc(b.pg.nlang, sizeof(*b.lc));
	for (i = 0; i < b.pg.nlang; i++) {
		b.lc[i].pl = &b.pg.lang[i];
		plan_lang(&b, &b.lc[i]);
	}
	if (b.prompt_need)
		plan_prompts(&b);
	settle_plan(&b);
	if (plan_render(&b.plan, o->jobs, &b.say) ||
	    plan_render(&b.pplan, o->jobs, &b.say)) {
		st->interrupted = worker_stop_signal();
		goto done;
	}
	count_rendered(&b);
	if (o->shard)
		for (i = 0; i < b.pg.nlang; i++)
			lang_summary(&b, &b.lc[i]);
	else
		compose(&b);
done:
	plan_release(&b.plan);
	plan_release(&b.pplan);
	for (i = 0; b.lc && i < b.pg.nlang; i++) {
		prompts_release(&b.lc[i].pr);
		free(b.lc[i].prompt_track);
		narration_release(&b.lc[i].nar);
		translation_release(&b.lc[i].tr);
	}
	for (i = 0; b.names && i < b.pg.g.nsec; i++)
		free(b.names[i]);
	free(b.names);
	free(b.lc);
	manifest_release(&b.old);
	outdir_close(&b.od);
	free(b.prof);
	free(b.pprof);
	project_guide_release(&b.pg);
}
