/*
 * menus: a build's telephone menus as its manifest records them, for
 * the packages that serve them (asterisk, freeswitch): which languages
 * have them, what each menu page offers, each track's and prompt's file
 * in a profile.
 */
#ifndef AUDIOGUIDE_MENUS_H
#define AUDIOGUIDE_MENUS_H

#include "manifest.h"
#include "say.h"
#include "strbuf.h"

/*
 * The names a guide's menus have on a telephone server are made of a
 * tag: the guide's id, or, for an id longer than MENUS_TAG_MAX, its first
 * letters, '~' and ten hex digits of a hash of the whole id (stable, and
 * unlike any id: ids have no '~').  Asterisk cuts context names at 79
 * characters; "audioguide-" + a tag + "+" + a language code (at most 24)
 * + "+" + a page (at most 3 digits) stays within them.  The parts are
 * joined by '+', which neither ids nor language codes have, so the
 * names of two guides never meet (guide "clinic" in es and guide
 * "clinic_es").
 */
#define MENUS_TAG_MAX 39
char *menus_tag(const char *guide);
/* A track's or prompt's file in a profile (below out/<guide>), or NULL. */
const char *menus_file(const struct manifest_track *t, const char *profile);
/* A language's track of a section id, or NULL when it is not listed. */
const struct manifest_track *menus_track(const struct manifest_lang *l,
					 const char *section);
/* A language's prompt called name, or NULL. */
const struct manifest_track *menus_prompt(const struct manifest_lang *l,
					  const char *name);
/* The name a server plays a track by: its files' name, NN-<id>. */
char *menus_name(const struct manifest_track *t);
/*
 * Whether a language has its menus: a key in the language menu, every
 * prompt in every one of profiles (NULL-terminated), and every section
 * its menus offer, in them too.  When not, *why (the caller frees it)
 * says what is missing, or is NULL when the language has no menus made
 * now at all (the build said why, or did not build the language).
 */
int menus_ready(const struct manifest_lang *l, const char *const *profiles,
		char **why);
/* menus_ready, saying (about the package at root) why a language with
 * menus cannot have them there. */
int menus_serve(const struct manifest_lang *l, const char *const *profiles,
		const char *root, const struct sayer *say_to);

/* Receives each sound of a telephone tree: a track or prompt, and the
 * name the server plays it by. */
typedef int (*menus_sound_fn)(void *user, const struct manifest_track *t,
			      const char *name, struct err *e);
/*
 * Give fn every sound a language's telephone tree holds: its tracks
 * (NN-<id>) and its prompts but the announcement, which only the loop
 * recordings say.  Stops at, and returns, fn's first non-zero return.
 */
int menus_each_sound(const struct manifest_lang *l, menus_sound_fn fn,
		     void *user, struct err *e);

#endif
