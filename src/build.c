/* build: one guide's build as a pipeline: plan, dispatch, compose. */
#include "build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buildctx.h"
#include "compose.h"
#include "key.h"
#include "prompt_plan.h"
#include "publish.h"
#include "synth.h"
#include "worker.h"
#include "xalloc.h"

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
		(int)b->pg.g.nsec, lc->nar.said[i]->chunk, lc->nar.said[i]->nchunk,
		translation_title(&lc->tr), c->rate, c->pitch,
		{ c->target_lufs, c->phone_target_lufs },
		{ c->ceiling_dbfs, c->phone_ceiling_dbfs }, b->pg.g.path,
		s->line, lc->pl->selected, lc };

	lc->nar.said[i]->track = plan_add(&b->plan, &in);
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
		if (lc->tr.sec[i].complete || lc->nar.said[i])	/* or a notice */
			strlist_push(&keep, b->names[i]);
	for (i = 0; i < b->nprof; i++)
		outdir_sweep_tracks(&b->od, lc->pl->code, b->prof[i]->name,
				    b->prof[i]->ext, &keep, removed, b);
	outdir_sweep_tracks(&b->od, lc->pl->code, "captions", "vtt", &keep,
			    removed, b);
	strlist_release(&keep);
}

static int is_lang(void *user, const char *code)
{
	struct build_ctx *b = user;
	size_t i;

	for (i = 0; i < b->pg.nlang; i++)
		if (!strcmp(b->pg.lang[i].code, code))
			return 1;
	return 0;
}

static void lang_removed(void *user, const char *path, const char *lang)
{
	struct build_ctx *b = user;

	b->st->removed++;
	say(&b->say, SAY_SKIP, "%s: removed: %s is no longer a language of "
	    "the guide (its PO file is gone, or guide.conf's languages = "
	    "leaves it out)", path, lang);
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
	int failed = project_check_voice(&b->pg, pl,
					 narration_voice_found_before(passed,
								      pl->voice),
					 &e) ||
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
	if (pl->selected && narration_rules_missing(&lc->nar, &e))
		say(&b->say, SAY_SKIP, "warning: %s", e.msg);
	lc->ok = 1;
	narration_speak(&lc->nar);
	for (i = 0; i < b->pg.g.nsec; i++)
		if (lc->nar.said[i])
			plan_section(b, lc, i);
	if (pl->selected && !b->o->shard)	/* a shard keeps to its own */
		sweep(b, lc);
}

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
	path = outdir_path(&b->od, ".engine");
	key_engine_cache(path);
	free(path);
	path = outdir_path(&b->od, "manifest.json");
	manifest_read(&b->old, path);
	free(path);
	b->plan = (struct plan){ .od = &b->od, .prof = b->prof,
				 .nprof = b->nprof, .force = b->o->force };
	return prompt_plan_profiles(b);
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
	if (!o->shard)	/* a shard keeps to its own */
		outdir_sweep_langs(&b.od, is_lang, lang_removed, &b);
	if (b.prompt_need)
		prompt_plan_all(&b);
	settle_plan(&b);
	if (plan_render(&b.plan, o->jobs, &b.say) ||
	    plan_render(&b.pplan, o->jobs, &b.say)) {
		st->interrupted = worker_stop_signal();
		goto done;
	}
	count_rendered(&b);
	if (o->shard)
		for (i = 0; i < b.pg.nlang; i++)
			compose_summary(&b, &b.lc[i]);
	else
		compose_guide(&b);
	st->interrupted = worker_stop_signal();	/* while composing */
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
