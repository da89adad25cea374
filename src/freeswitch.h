/*
 * freeswitch: the package for FreeSWITCH, out/<guide>/freeswitch/, the
 * only writer of its layout:
 *
 *   sounds/<lang>/audioguide/<guide>/<rate>/<name>.wav   every track and
 *       prompt of each language that has telephone menus, 16-bit mono
 *       WAV at 8000 and 16000 Hz, where mod_sndfile looks for a file of
 *       the call's rate (sound_prefix = the sounds folder + /<lang>);
 *   ivr_menus/audioguide_<guide>.xml   the IVR menus (ivr.conf <menu>s):
 *       audioguide_<guide> offers the languages, each in its own;
 *       audioguide_<guide>_<lang>_<page> offers the sections, with
 *       greet-long/greet-short, invalid-sound, exit-sound, timeouts and
 *       max-failures, one entry per section;
 *   dialplan/audioguide_<guide>.xml    the extensions that set the
 *       language's sound_prefix and run its menus.
 *
 * Installing: copy sounds/ into FreeSWITCH's sounds folder, ivr_menus/
 * and dialplan/ into its conf (conf/ivr_menus/, conf/dialplan/default/).
 */
#ifndef AUDIOGUIDE_FREESWITCH_H
#define AUDIOGUIDE_FREESWITCH_H

#include "err.h"
#include "manifest.h"
#include "outdir.h"
#include "say.h"

/* The profiles the sounds are made of, NULL-terminated. */
extern const char *const freeswitch_profiles[];

int freeswitch_write(const struct outdir *od, const struct manifest *m,
		     const struct sayer *say_to, struct err *e);

#endif
