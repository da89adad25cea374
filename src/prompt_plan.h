/*
 * prompt_plan: plan the prompts (menus, announcements) that a build's
 * packages need, in every language that can say them.
 */
#ifndef AUDIOGUIDE_PROMPT_PLAN_H
#define AUDIOGUIDE_PROMPT_PLAN_H

#include "buildctx.h"

/* Which prompts b's packages need, and the profiles they are made in;
 * sets up b->pplan.  0, or -1. */
int prompt_plan_profiles(struct build_ctx *b);

/*
 * Plan the prompts of every language that can say them into b->pplan;
 * the language menu offers them in the guide's order, keys 1 to
 * PROMPT_MAX_LANGS.  A language that cannot is reported and has none.
 */
void prompt_plan_all(struct build_ctx *b);

#endif
