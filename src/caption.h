/*
 * caption: WebVTT captions, one cue per spoken sentence, written and
 * read back here only.  The files are what caption_write_vtt() makes:
 *
 *   WEBVTT
 *
 *   1
 *   00:00:00.500 --> 00:00:01.742
 *   Text of the first sentence, on one line, with & < > escaped.
 *
 * and so on: a blank line, the cue number, "start --> end" as
 * hh:mm:ss.mmm, and the text on one line.  Resampling does not move
 * time, so one file serves every profile of a track.
 */
#ifndef AUDIOGUIDE_CAPTION_H
#define AUDIOGUIDE_CAPTION_H

#include <stddef.h>

#include "err.h"

struct caption_cue {
	double start, end;	/* seconds in the track */
	char *text;		/* as spoken (owned) */
	int line;		/* when parsed: the line of its text */
};

/* A growable list of cues; `{ 0 }` is empty. */
struct caption_list {
	struct caption_cue *cue;
	size_t n, alloc;
};

/* Append a cue, taking ownership of text. */
void caption_add(struct caption_list *l, double start, double end,
		 char *text);
void caption_list_release(struct caption_list *l);

/* Write cues as a WebVTT file, atomically (and only if it changed). */
int caption_write_vtt(const char *path, const struct caption_list *l,
		      struct err *e);
/*
 * Parse a file caption_write_vtt wrote (its bytes, NUL-terminated) into
 * l.  On a malformed cue it returns -1 with *bad_line its line.
 */
int caption_parse_vtt(const char *vtt, struct caption_list *l, int *bad_line);

/* Format seconds as hh:mm:ss.ttt: a WebVTT timestamp, a SMIL clock value. */
void caption_timestamp(char *out, size_t outsz, double seconds);

#endif
