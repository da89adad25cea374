/*
 * synth: speech through libespeak-ng, in process, synchronous.  Text is
 * plain UTF-8 (never SSML): whatever a guide or a translation says is
 * read as text.  Only a text with phonemes from a lexicon is spoken with
 * [[phonemes]] read as such, and speech makes sure no [[ of the
 * translators' text reaches eSpeak NG then.
 */
#ifndef AUDIOGUIDE_SYNTH_H
#define AUDIOGUIDE_SYNTH_H

#include <stddef.h>

#include "err.h"
#include "strbuf.h"

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
/*
 * The installed eSpeak NG voices of a language (its part before '-' or
 * '_', e.g. "en"), by the name a guide.conf [voices] line takes (en-gb,
 * en-us ...), each once, MBROLA voices left out; appended to names.
 */
struct strlist;
void synth_language_voices(const char *lang, struct strlist *names);
/* Select the voice and its settings; rate 0 and pitch -1 keep defaults. */
int synth_set_voice(const char *voice, int rate, int pitch, struct err *e);
/* The voice set last ("" when none, or when setting it failed). */
const char *synth_voice(void);
/*
 * Rewrite the Arabic marks of s[0..n) in place, keeping its length and
 * every offset, as eSpeak NG 1.51 reads them right: a shadda before the
 * short vowel NFC puts in front of it, and the article al- with a sun
 * letter or after بِ (synth.c says which).  Synth does it to every text
 * it is given, and a track's key hashes the text so rewritten.  Returns
 * how many places changed.
 */
size_t synth_respell(char *s, size_t n);
/* The text as eSpeak NG is given it (caller frees), or NULL where it is
 * given as written. */
char *synth_as_read(const char *text);
/*
 * Speak text, sending samples to sink.  Sentences (code point ranges of
 * text, sample ranges of the audio) are returned in *sent (caller frees).
 * With phonemes, [[...]] in the text are eSpeak NG phonemes.
 */
int synth_speak(const char *text, int phonemes, synth_sink sink, void *user,
		struct synth_sentence **sent, size_t *nsent, struct err *e);
/*
 * What eSpeak NG makes of a text, without speaking it: its phonemes, as
 * espeak-ng -x prints them (IPA with ipa), and whether they stay in the
 * voice's own rules.  eSpeak NG marks every switch to another language's
 * rules in its phonemes, "(en)"; and reads a character of a script its
 * rules do not cover by the names of that script and character
 * ("símbolo chino"), which its trace shows.  [[phonemes]] in the text
 * (from a lexicon) are read as phonemes.
 */
/* A word the voice does not say by its own rules, and how it says it. */
struct synth_culprit {
	char *word;		/* without the punctuation around it */
	char foreign[32];	/* the language whose rules read it, or "" */
	int names;		/* read as the names of its characters */
	int novowel;		/* said without its vowels (vowels asked for) */
	int silent;		/* a symbol the voice says nothing for */
};

struct synth_check {
	struct strbuf phonemes;	/* of the text but its [[phonemes]] */
	char foreign[32];	/* first other language switched to, or "" */
	int names;		/* a character read by its name */
	char *word;		/* the first word that fails, or NULL */
	struct synth_culprit *culprit;	/* every word that fails, once */
	size_t nculprit;
};

/*
 * Check a text with the voice set; 0 even when the check fails.  With
 * vowels, a word eSpeak NG says with no vowel fails too (Arabic written
 * without its vowel marks, which eSpeak NG cannot guess).  A symbol the
 * voice says nothing for fails always (utf8_is_symbol: "< 10 mg" would
 * be heard as "10 mg").
 */
int synth_check(const char *text, int ipa, int vowels, struct synth_check *c,
		struct err *e);
/* Whether eSpeak NG's dictionary of the voice set has a word (as
 * written, lower case), rather than reading it by its rules. */
int synth_knows_word(const char *word);
void synth_check_release(struct synth_check *c);
/* Whether a check found the text spoken by other rules than its own. */
int synth_check_failed(const struct synth_check *c);
/*
 * The phonemes eSpeak NG speaks for a text in the voice set (with
 * phonemes, [[...]] in it are phonemes), as espeak-ng -x prints them
 * (IPA with ipa), clauses joined by spaces.
 */
int synth_trace(const char *text, int phonemes, int ipa, struct strbuf *out,
		struct err *e);
/*
 * Speak phonemes ([[...]] without the brackets) in the voice set and
 * give what eSpeak NG read of them: a phoneme it does not know ends
 * the word there (eSpeak NG 1.51 drops the rest without a word).
 */
int synth_phonemes_read(const char *phonemes, struct strbuf *read,
			struct err *e);

void synth_terminate(void);

#endif
