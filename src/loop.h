/*
 * loop: the waiting-room recordings, out/<guide>/loop/, the only writer
 * of its files: <guide>-<lang>.mp3, one continuous MP3 per language
 * (title and sections, with the pauses of the tracks), and
 * <guide>-all.mp3, every language in turn, each introduced by its
 * announcement in its own voice ("A continuación, en español.").  Many
 * USB players and signage screens play one file on repeat and cannot
 * read a playlist.  They are made from the tracks' FLAC files (already
 * at their loudness), encoded once, measured as written, keyed on their
 * parts' keys, and recorded in the manifest's loops.
 */
#ifndef AUDIOGUIDE_LOOP_H
#define AUDIOGUIDE_LOOP_H

#include "err.h"
#include "manifest.h"
#include "outdir.h"
#include "say.h"

/* Make the recordings of m's languages into m->loop; what cannot be made
 * is said (a language without its announcement is left out of all). */
void loop_make(const struct outdir *od, struct manifest *m,
	       const struct sayer *say_to);

#endif
