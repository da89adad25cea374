/*
 * measure: what an audio file holds as written: its EBU R128 loudness,
 * sample peak, length and size, measured by decoding it (lossy files
 * differ from what was encoded) or from the meter that saw its samples.
 */
#ifndef AUDIOGUIDE_MEASURE_H
#define AUDIOGUIDE_MEASURE_H

#include "dsp.h"
#include "encode.h"
#include "err.h"

struct measured {
	double lufs;		/* integrated loudness */
	double peak_db;		/* sample peak, dBFS */
	long long samples;	/* length (measure_decoded only) */
	long long bytes;	/* the file's size, or -1 */
};

/* Decode path, written by encode_* in fmt at rate, and measure it. */
int measure_decoded(const char *path, enum enc_format fmt, int rate,
		    struct measured *out, struct err *e);

/* The figures of path from a meter that was given all its samples
 * (samples is left 0). */
void measure_meter(struct meter *m, const char *path, struct measured *out);

#endif
