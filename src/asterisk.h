/*
 * asterisk: the package for Asterisk, out/<guide>/asterisk/, the only
 * writer of its layout:
 *
 *   sounds/<lang>/audioguide/<guide>/<name>.<ext>   every track and
 *       prompt of each language that has telephone menus, in every
 *       telephone format side by side under one name, as Asterisk picks
 *       among them (ulaw, alaw, gsm, sln16, wav: 8 kHz, wav16: 16 kHz);
 *   sounds/<lang>/audioguide-<guide>.txt     what each one says, as
 *       Asterisk's core-sounds-<lang>.txt ("name: text");
 *   extensions_audioguide.conf  the dialplan: context audioguide-<guide>
 *       answers and offers the languages (each choice in its own
 *       language), then audioguide-<guide>-<lang>-<page> offers the
 *       sections that language has (keys 1-8, 9 for more, 0 again,
 *       three tries, then goodbye), plays the one chosen, and comes
 *       back.  It names only files that exist in the caller's language,
 *       so Asterisk never falls back to another language's.
 *
 * Installing: copy sounds/ into Asterisk's sounds folder, include the
 * dialplan from extensions.conf, and send a number to the context.
 */
#ifndef AUDIOGUIDE_ASTERISK_H
#define AUDIOGUIDE_ASTERISK_H

#include "err.h"
#include "manifest.h"
#include "outdir.h"
#include "say.h"

/* The profiles the sounds are made of, and each one's extension there. */
extern const char *const asterisk_formats[][2];
/* The same profiles, NULL-terminated. */
extern const char *const asterisk_profiles[];

/* Write the package from a build's manifest; a language that cannot have
 * menus is said and left out, an error writing stops it (e). */
int asterisk_write(const struct outdir *od, const struct manifest *m,
		   const struct sayer *say_to, struct err *e);

#endif
