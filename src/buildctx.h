/*
 * buildctx: the state of one guide's build, shared by its stages: build.c
 * (plan and dispatch), prompt_plan.c (the packages' prompts) and
 * compose.c (manifest, playlists, packages).  Nothing else includes it.
 */
#ifndef AUDIOGUIDE_BUILDCTX_H
#define AUDIOGUIDE_BUILDCTX_H

#include <stddef.h>

#include "build.h"
#include "manifest.h"
#include "narration.h"
#include "outdir.h"
#include "plan.h"
#include "profile.h"
#include "project.h"
#include "prompt.h"
#include "say.h"
#include "translation.h"

/* What one language is building. */
struct lang_ctx {
	const struct project_lang *pl;
	struct translation tr;
	struct narration nar;	/* what it says, section by section */
	int ok;			/* translation read, voice present */
	char why[1024];		/* when not ok: the error */
	size_t rendered, fresh, skipped, stale;
	size_t notices;		/* sections said as a notice */
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

#endif
