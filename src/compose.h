/*
 * compose: the last stage of a build, which writes what is shared by a
 * guide's tracks (manifest, playlists, packages) from what is current.
 */
#ifndef AUDIOGUIDE_COMPOSE_H
#define AUDIOGUIDE_COMPOSE_H

#include "buildctx.h"

/* Write the manifest, playlists and packages of b from what is current,
 * and report each language's line of the summary. */
void compose_guide(struct build_ctx *b);

/* One language's line of the summary, or why it is as it was. */
void compose_summary(struct build_ctx *b, const struct lang_ctx *lc);

#endif
