/* caption: WebVTT captions, one cue per spoken sentence. */
#ifndef AUDIOGUIDE_CAPTION_H
#define AUDIOGUIDE_CAPTION_H

#include "err.h"
#include "render.h"

/* Write cues as a WebVTT file, atomically. */
int caption_write_vtt(const char *path, const struct render_cue *cues,
		      size_t n, struct err *e);
/* Format seconds as hh:mm:ss.ttt: a WebVTT timestamp, a SMIL clock value. */
void caption_timestamp(char *out, size_t outsz, double seconds);

#endif
