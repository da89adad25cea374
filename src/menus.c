/* menus: what the telephone packages read of a manifest. */
#include "menus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "key.h"
#include "prompt.h"
#include "xalloc.h"

char *menus_tag(const char *guide)
{
	char hex[33];
	struct key_hasher *h;

	if (strlen(guide) <= MENUS_TAG_MAX)
		return xstrdup(guide);
	h = key_hasher_new();
	key_add_str(h, "guide", guide);
	key_finish(h, hex);
	return xasprintf("%.*s~%.10s", MENUS_TAG_MAX - 11, guide, hex);
}

const char *menus_file(const struct manifest_track *t, const char *profile)
{
	size_t i;

	for (i = 0; t && i < t->nfile; i++)
		if (!strcmp(t->file[i].profile, profile))
			return t->file[i].path;
	return NULL;
}

const struct manifest_track *menus_track(const struct manifest_lang *l,
					 const char *section)
{
	size_t i;

	for (i = 0; i < l->ntrack; i++)
		if (!strcmp(l->track[i].section, section))
			return &l->track[i];
	return NULL;
}

const struct manifest_track *menus_prompt(const struct manifest_lang *l,
					  const char *name)
{
	size_t i;

	for (i = 0; i < l->nprompt; i++)
		if (!strcmp(l->prompt[i].section, name))
			return &l->prompt[i];
	return NULL;
}

char *menus_name(const struct manifest_track *t)
{
	const char *p = t->captions ? strrchr(t->captions, '/') : NULL;
	const char *base = p ? p + 1 : t->section;
	const char *dot = strrchr(base, '.');

	return dot ? xstrndup(base, (size_t)(dot - base)) : xstrdup(base);
}

/* Whether a track or prompt has a file in every profile. */
static const char *missing(const struct manifest_track *t,
			   const char *const *profiles)
{
	for (; *profiles; profiles++)
		if (!menus_file(t, *profiles))
			return *profiles;
	return NULL;
}

int menus_ready(const struct manifest_lang *l, const char *const *profiles,
		char **why)
{
	static const char *const need[] = { "menu-1", "invalid", "goodbye",
					    "language", NULL };
	const char *p;
	size_t i, j;

	*why = NULL;
	if (l->menu_key <= 0 || l->error || !l->nprompt)
		return 0;	/* none made now: the build said why, if */
	for (i = 0; need[i]; i++)
		if (!menus_prompt(l, need[i])) {
			*why = xasprintf("its prompt %s is not built", need[i]);
			return 0;
		}
	for (i = 0; i < l->nprompt; i++) {
		const struct manifest_track *t = &l->prompt[i];
		if ((p = missing(t, profiles)) != NULL) {
			*why = xasprintf("its prompt %s has no %s file",
					 t->section, p);
			return 0;
		}
		for (j = 0; j < t->offers.n; j++) {
			const struct manifest_track *s =
				menus_track(l, t->offers.v[j]);
			int page = 0;
			if (s && (sscanf(t->section, "menu-%d", &page) != 1 ||
				  s->number < 1 ||
				  PROMPT_SECTION_PAGE(s->number) != page ||
				  (j && menus_track(l, t->offers.v[j - 1])
					->number >= s->number))) {
				*why = xasprintf("%s offers section %s out of "
						 "its place (build %s again)",
						 t->section, t->offers.v[j],
						 l->code);
				return 0;
			}
			if (!s || (p = missing(s, profiles)) != NULL) {
				*why = xasprintf("%s offers section %s, which "
						 "is not built%s%s (build %s)",
						 t->section, t->offers.v[j],
						 s ? " in " : "", s ? p : "",
						 l->code);
				return 0;
			}
		}
	}
	return 1;
}

int menus_serve(const struct manifest_lang *l, const char *const *profiles,
		const char *root, const struct sayer *say_to)
{
	char *why;
	int ready = menus_ready(l, profiles, &why);

	if (why)
		say(say_to, SAY_SKIP, "%s/sounds/%s: %s has no telephone "
		    "menus: %s", root, l->code, l->code, why);
	free(why);
	return ready;
}

int menus_each_sound(const struct manifest_lang *l, menus_sound_fn fn,
		     void *user, struct err *e)
{
	size_t i;
	int ret = 0;

	for (i = 0; !ret && i < l->ntrack; i++) {
		char *name = menus_name(&l->track[i]);
		ret = fn(user, &l->track[i], name, e);
		free(name);
	}
	for (i = 0; !ret && i < l->nprompt; i++)
		if (strcmp(l->prompt[i].section, "announce"))
			ret = fn(user, &l->prompt[i], l->prompt[i].section, e);
	return ret;
}
