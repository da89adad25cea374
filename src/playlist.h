/* playlist: extended M3U (UTF-8) playlists of rendered tracks. */
#ifndef AUDIOGUIDE_PLAYLIST_H
#define AUDIOGUIDE_PLAYLIST_H

#include <stddef.h>

#include "err.h"

struct playlist_item {
	const char *path;	/* relative to the playlist */
	double seconds;
	const char *title;
};

/* Write #EXTM3U with one #EXTINF per item, atomically. */
int playlist_write(const char *path, const char *name,
		   const struct playlist_item *items, size_t n, struct err *e);

#endif
