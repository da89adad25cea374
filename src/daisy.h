/*
 * daisy: a DAISY 2.02 full-text, full-audio talking book of one language
 * (out/<guide>/<lang>/daisy202/): ncc.html with one heading per section,
 * content.html with every sentence as a target, one SMIL 1.0 file per
 * section pairing each sentence with its clip of the section's MP3, and
 * the MP3s themselves, so the folder can be copied to a player alone.
 */
#ifndef AUDIOGUIDE_DAISY_H
#define AUDIOGUIDE_DAISY_H

#include "book.h"
#include "err.h"

/* Write or update the book in dir; files of the folder not in it go. */
int daisy_write(const struct book *bk, const char *dir, struct err *e);
/* Remove a book's folder; whether there was one. */
int daisy_remove(const char *dir);

#endif
