/* profile: the table of output formats, and choosing from it. */
#include "profile.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/*
 * What each codec does to a track, measured once on the bundled guide's
 * 54 tracks (first encodes, decoded with libsndfile), so that the first
 * encode meets the targets and a file is encoded again only rarely:
 *
 * margin_db keeps the limiter's ceiling below the configured one by what
 * the codec adds to a sample peak: at most +0.2 dB for MP3, +0.7 for
 * Vorbis, +1.9 for Opus and +1.5 for GSM against the same signal in FLAC
 * or G.711; G.711 only quantises.  gain_db is the loudness the codec
 * takes away, given before it: GSM 06.10 loses 1.0 LU (standard
 * deviation 0.2), the others under 0.1.  Profiles of one rate, band,
 * margin and gain share one signal and one limiter pass, and a track's
 * PCM is the same whichever other profiles are built with it.
 */
static const struct profile table[] = {
	{ "wav", "wav", "WAV, 16-bit PCM", "archive, editing",
	  ENC_WAV16, 22050, BAND_FULL, 0, 1.0, 0 },
	{ "flac", "flac", "FLAC, 16-bit", "archive",
	  ENC_FLAC16, 22050, BAND_FULL, 0, 1.0, 0 },
	{ "mp3", "mp3", "MPEG Layer III", "players, phones, web",
	  ENC_MP3, 22050, BAND_FULL, 0, 1.0, 0 },
	{ "opus", "opus", "Ogg Opus", "web, apps",
	  ENC_OPUS, 48000, BAND_FULL, 0, 2.2, 0 },
	{ "ogg", "ogg", "Ogg Vorbis", "players",
	  ENC_VORBIS, 22050, BAND_FULL, 0, 1.0, 0 },
	{ "ulaw", "ulaw", "raw G.711 mu-law", "Asterisk, FreeSWITCH (PCMU)",
	  ENC_RAW_ULAW, 8000, BAND_PHONE, 1, 0.5, 0 },
	{ "alaw", "alaw", "raw G.711 A-law",
	  "Asterisk, FreeSWITCH (PCMA), Europe",
	  ENC_RAW_ALAW, 8000, BAND_PHONE, 1, 0.5, 0 },
	{ "gsm", "gsm", "raw GSM 06.10", "Asterisk",
	  ENC_RAW_GSM, 8000, BAND_PHONE, 1, 1.6, 1.0 },
	{ "sln", "sln", "raw signed 16-bit little-endian", "Asterisk",
	  ENC_RAW_S16LE, 8000, BAND_PHONE, 1, 0.5, 0 },
	{ "sln16", "sln16", "raw signed 16-bit little-endian",
	  "Asterisk wideband",
	  ENC_RAW_S16LE, 16000, BAND_WIDEPHONE, 1, 0.5, 0 },
	{ "wav8k", "wav", "WAV, 16-bit PCM", "IVR platforms that take WAV",
	  ENC_WAV16, 8000, BAND_PHONE, 1, 0.5, 0 },
	{ "wav16", "wav16", "WAV, 16-bit PCM, 16 kHz",
	  "Asterisk wideband (.wav16), FreeSWITCH 16000/",
	  ENC_WAV16, 16000, BAND_WIDEPHONE, 1, 0.5, 0 },
};

const struct profile *profile_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (!strcmp(table[i].name, name))
			return &table[i];
	return NULL;
}

const struct profile *profile_table(size_t *n)
{
	*n = sizeof(table) / sizeof(table[0]);
	return table;
}

const struct profile **profile_select(const struct strlist *names,
				      const char **bad)
{
	const struct profile **out = xcalloc(names->n + 1, sizeof(*out));
	size_t i;

	for (i = 0; i < names->n; i++) {
		out[i] = profile_find(names->v[i]);
		if (!out[i]) {
			*bad = names->v[i];
			free(out);
			return NULL;
		}
	}
	return out;
}

int profile_is_raw(const struct profile *p)
{
	return p->fmt >= ENC_RAW_ULAW;
}
