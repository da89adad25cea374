/*
 * encode: audio files through libsndfile, written block by block to a
 * temporary name and renamed into place when complete.  Also reads any of
 * them back (for measuring what was written).
 */
#ifndef AUDIOGUIDE_ENCODE_H
#define AUDIOGUIDE_ENCODE_H

#include <stddef.h>

#include "err.h"
#include "profile.h"

struct enc_tags {
	const char *title;
	const char *album;
	const char *artist;
	const char *track;	/* "N/M" */
	const char *comment;
	const char *software;
};

struct encoder;

/* Start writing path (through a temporary) in a format at a rate. */
int encode_open(struct encoder **out, const char *path, enum enc_format fmt,
		int rate, const struct enc_tags *tags, struct err *e);
/* Append mono samples in [-1, 1]. */
int encode_write(struct encoder *enc, const float *pcm, size_t n,
		 struct err *e);
/* Finish the file and rename it into place; frees enc in any case. */
int encode_close(struct encoder *enc, struct err *e);
/* Drop the temporary; frees enc.  encode_abort(NULL) is a no-op. */
void encode_abort(struct encoder *enc);

/* Receives decoded blocks of encode_read. */
typedef int (*encode_sink)(void *user, const float *pcm, size_t n);
/* Decode a file written by encode_*, giving its samples to sink. */
int encode_read(const char *path, enum enc_format fmt, int rate,
		encode_sink sink, void *user, struct err *e);
/*
 * mu-law and A-law: give sink each sample as a decoder will read it from
 * the file, as it is written (call before the first encode_write); -1 for
 * the other formats, whose files must be read back to be measured.
 */
int encode_tap(struct encoder *enc, encode_sink sink, void *user);
/* Whether encode_tap serves files of this format. */
int encode_can_tap(enum enc_format fmt);
/* libsndfile's version string. */
const char *encode_version(void);

#endif
