/*
 * epub: an EPUB 3 book with Media Overlays of one language
 * (out/<guide>/<lang>/<guide>-<lang>.epub), zipped with libzip: one XHTML
 * document per section with every sentence a span, a navigation
 * document, one SMIL overlay per section pairing each span with its clip
 * of the section's MP3, and accessibility metadata.
 */
#ifndef AUDIOGUIDE_EPUB_H
#define AUDIOGUIDE_EPUB_H

#include "book.h"
#include "err.h"

/*
 * Write the book to path unless keyfile says it already holds this
 * content.  mp3keys are the keys of the MP3s, one per track, so a changed
 * track rebuilds the book.
 */
int epub_write(const struct book *bk, const char *path, const char *keyfile,
	       const char *const *mp3keys, struct err *e);

#endif
