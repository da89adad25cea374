/*
 * prompt_plan: the telephone menus and announcements the packages need,
 * planned per language like tracks (below <lang>/prompts), with their
 * keys in the language menu, and the sweeping of prompts no longer made.
 */
#include "prompt_plan.h"

#include <stdlib.h>
#include <string.h>

#include "publish.h"
#include "strlist.h"
#include "xalloc.h"

/* The prompts the packages need, and the profiles they are made in. */
int prompt_plan_profiles(struct build_ctx *b)
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
void prompt_plan_all(struct build_ctx *b)
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
			if (key < PROMPT_MAX_LANGS)
				k = ++key;
			else if (lc->pl->selected)
				say(&b->say, SAY_SKIP, "%s: the language menu "
				    "offers %d languages; %s is not among them",
				    b->pg.g.id, PROMPT_MAX_LANGS,
				    lc->pl->code);
		}
		prompts_release(&probe);	/* made or not: its memory */
		lc->menu_key = k;
		lc->have_prompts = !lang_prompts(b, lc, k);
		if (lc->pl->selected && !b->o->shard)
			sweep_prompts(b, lc);
	}
}
