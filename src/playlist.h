/*
 * playlist: extended M3U (UTF-8) playlists of a build's tracks, made
 * from its manifest: one per language and profile, beside the tracks,
 * and the loop playlists of every language.
 */
#ifndef AUDIOGUIDE_PLAYLIST_H
#define AUDIOGUIDE_PLAYLIST_H

#include <stddef.h>

#include "err.h"
#include "manifest.h"

/* A language's tracks of a profile; paths are file names. */
int playlist_write_lang(const char *path, const char *name,
			const struct manifest_lang *l, const char *profile,
			struct err *e);
/* Every language's tracks of a profile in turn; paths below out/<guide>. */
int playlist_write_loop(const char *path, const char *name,
			const struct manifest *m, const char *profile,
			struct err *e);

#endif
