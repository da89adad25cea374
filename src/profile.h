/*
 * profile: the built-in output formats.  A profile fixes the container,
 * codec, sample rate, band and loudness class of a track, and the
 * headroom its codec needs.
 */
#ifndef AUDIOGUIDE_PROFILE_H
#define AUDIOGUIDE_PROFILE_H

#include <stddef.h>

#include "strlist.h"

enum enc_format {
	ENC_WAV16,
	ENC_FLAC16,
	ENC_MP3,
	ENC_OPUS,
	ENC_VORBIS,
	ENC_RAW_ULAW,
	ENC_RAW_ALAW,
	ENC_RAW_GSM,
	ENC_RAW_S16LE,
};

enum band {
	BAND_FULL,
	BAND_PHONE,		/* 300-3400 Hz, narrowband telephony */
	BAND_WIDEPHONE,		/* 50-7000 Hz, wideband telephony */
};

struct profile {
	const char *name;
	const char *ext;
	const char *what;	/* container and codec, for --profile help */
	const char *use;
	enum enc_format fmt;
	int rate;
	enum band band;
	int phone;		/* telephone loudness target and ceiling */
	double margin_db;	/* headroom below the ceiling for codec overshoot */
	double gain_db;		/* loudness the codec takes away, given first */
};

/* The profile called name, or NULL. */
const struct profile *profile_find(const char *name);
const struct profile *profile_table(size_t *n);
/*
 * The profiles named, in order, as an array the caller frees; NULL when
 * a name is unknown, with *bad that name (borrowed from names).
 */
const struct profile **profile_select(const struct strlist *names,
				      const char **bad);

/* Whether the format is headerless raw audio (telephone files). */
int profile_is_raw(const struct profile *p);

#endif
