/*
 * synth: speech through libespeak-ng, in process, synchronous.  Text is
 * always plain UTF-8 (never SSML, never [[phonemes]]): whatever a guide or
 * a translation says is read as text.
 */
#ifndef AUDIOGUIDE_SYNTH_H
#define AUDIOGUIDE_SYNTH_H

#include <stddef.h>

#include "err.h"

/* Where a sentence starts and ends, in code points and in samples. */
struct synth_sentence {
	size_t first_char, end_char;	/* [first, end) in the text */
	long start, end;		/* samples from the text's start */
};

/* Receives each block of 16-bit mono samples; non-zero stops. */
typedef int (*synth_sink)(void *user, const short *pcm, size_t n);

/* Initialise eSpeak NG once per process. */
int synth_init(struct err *e);
/* Sample rate of the speech (valid after synth_init). */
int synth_rate(void);
/* eSpeak NG's version string, e.g. "1.51". */
const char *synth_version(void);
/* Where eSpeak NG's voices and dictionaries are (after synth_init). */
const char *synth_data_path(void);
/* Whether eSpeak NG can load a voice of that name. */
int synth_voice_exists(const char *voice);
/* Select the voice and its settings; rate 0 and pitch -1 keep defaults. */
int synth_set_voice(const char *voice, int rate, int pitch, struct err *e);
/*
 * Speak text, sending samples to sink.  Sentences (code point ranges of
 * text, sample ranges of the audio) are returned in *sent (caller frees).
 */
int synth_speak(const char *text, synth_sink sink, void *user,
		struct synth_sentence **sent, size_t *nsent, struct err *e);
void synth_terminate(void);

#endif
