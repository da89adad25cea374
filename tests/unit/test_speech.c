/*
 * Unit tests for what is said and the captions made of it: tel: numbers
 * digit by digit, web addresses by their host, "Step 1." before an item,
 * and sentences cut where eSpeak NG's own sentence events say, each with
 * its opening and closing punctuation, in es, fr, de, ar, zh_CN and ru.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mdinline.h"
#include "speech.h"
#include "synth.h"
#include "xalloc.h"

static void make(struct speech *sp, struct md_inline *in, const char *md,
		 const char *prefix)
{
	memset(in, 0, sizeof(*in));
	assert_int_equal(md_inline(md, in), 0);
	speech_make(sp, in, prefix, NULL);
}

static void test_spoken_forms(void **state)
{
	struct md_inline in;
	struct speech sp;

	(void)state;
	make(&sp, &in, "Call [+44 (0)20 7946-0000](tel:+442079460000) or "
	     "see <https://www.nhs.uk/conditions/a?b=c>.", "Step 2.");
	assert_string_equal(sp.spoken.buf, "Step 2. Call + 4 4, 0, 2 0, 7 9 4 "
			    "6, 0 0 0 0 or see nhs.uk.");
	assert_string_equal(sp.written, "Call +44 (0)20 7946-0000 or see "
			    "https://www.nhs.uk/conditions/a?b=c.");
	speech_release(&sp);
	md_inline_release(&in);
	make(&sp, &in, "[call us](tel:123) now", NULL);
	assert_string_equal(sp.spoken.buf, "call us now");
	speech_release(&sp);
	md_inline_release(&in);
}

static int discard(void *user, const short *pcm, size_t n)
{
	(void)user, (void)pcm, (void)n;
	return 0;
}

/* Speak md in voice, and give the written text of each sentence. */
static size_t sentences(const char *voice, const char *md,
			const char *prefix, char out[][160], size_t max)
{
	struct synth_sentence *sent = NULL;
	struct speech_range *r;
	struct md_inline in;
	struct speech sp;
	struct err e;
	size_t n = 0, i, *start;

	make(&sp, &in, md, prefix);
	assert_int_equal(synth_set_voice(voice, 0, -1, &e), 0);
	assert_int_equal(synth_speak(sp.spoken.buf, 0, discard, NULL, &sent, &n, &e),
			 0);
	assert_true(n <= max);
	start = xcalloc(n + 1, sizeof(*start));
	r = xcalloc(n + 1, sizeof(*r));
	for (i = 0; i < n; i++)
		start[i] = sent[i].first_char;
	speech_sentences(&sp, start, n, r);
	for (i = 0; i < n; i++)
		snprintf(out[i], 160, "%.*s", (int)(r[i].to - r[i].from),
			 sp.written + r[i].from);
	free(start);
	free(r);
	free(sent);
	speech_release(&sp);
	md_inline_release(&in);
	return n;
}

static void expect(const char *voice, const char *md, const char *prefix,
		   const char *const *want, size_t nwant)
{
	char got[16][160];
	size_t n = sentences(voice, md, prefix, got, 16), i, k = 0;

	for (i = 0; i < n; i++) {
		if (!*got[i])
			continue;	/* a spoken prefix: no text of its own */
		if (k >= nwant || strcmp(got[i], want[k]))
			fail_msg("%s: sentence %zu is \"%s\", expected \"%s\"",
				 voice, k, got[i], k < nwant ? want[k] : "");
		k++;
	}
	if (k != nwant)
		fail_msg("%s: %zu sentences, expected %zu", voice, k, nwant);
}

static void test_sentences_keep_their_punctuation(void **state)
{
	static const char *const es[] = { "¿Tiene preguntas?", "¡Llámenos!",
		"«Cita», dijo.", "(Entre paréntesis) texto." };
	static const char *const fr[] = { "« Bonjour ! »", "dit-il.",
		"(Entre parenthèses) texte." };
	static const char *const de[] = { "„Gut“, sagte er.",
		"(In Klammern) Text." };
	static const char *const ar[] = { "هل لديك أسئلة؟", "«اتصل بنا».",
		"(بين قوسين) نص." };
	static const char *const zh[] = { "你有问题吗？", "“请打电话。”",
		"（括号）文字。" };
	static const char *const ru[] = { "«Здравствуйте», сказал он.",
		"(В скобках) текст." };
	static const char *const en[] = { "\"Quoted\" text.",
		"(Bracketed) text." };

	(void)state;
	expect("es", "¿Tiene preguntas? ¡Llámenos! «Cita», dijo. (Entre "
	       "paréntesis) texto.", NULL, es, 4);
	expect("fr", "« Bonjour ! » dit-il. (Entre parenthèses) texte.", NULL,
	       fr, 3);
	expect("de", "„Gut“, sagte er. (In Klammern) Text.", NULL, de, 2);
	expect("ar", "هل لديك أسئلة؟ «اتصل بنا». (بين قوسين) نص.", NULL, ar, 3);
	expect("cmn-latn-pinyin", "你有问题吗？“请打电话。”（括号）文字。", NULL,
	       zh, 3);
	expect("ru", "«Здравствуйте», сказал он. (В скобках) текст.", NULL, ru,
	       2);
	expect("en-us", "\"Quoted\" text. (Bracketed) text.", NULL, en, 2);
}

/* "Step 1." is said but not written: its sentence has no text. */
static void test_prefix_has_no_text(void **state)
{
	char got[8][160];
	size_t n;

	(void)state;
	n = sentences("en-us", "Drink two litres. Then rest.", "Step 1.", got, 8);
	assert_int_equal(n, 3);
	assert_string_equal(got[0], "");
	assert_string_equal(got[1], "Drink two litres.");
	assert_string_equal(got[2], "Then rest.");
}

/*
 * Arabic marks rewritten as eSpeak NG 1.51 reads them right (each form
 * was heard in IPA; tests/e2e/test_speech.sh hears them again): same
 * length, and nothing more to do the second time.
 */
static void test_arabic_respelled(void **state)
{
	static const struct {
		const char *in, *out;
		size_t changed;
	} cases[] = {
		/* sitta: shadda before its fatha */
		{ "\xd8\xb3\xd9\x90\xd8\xaa\xd9\x8e\xd9\x91\xd8\xa9",
		  "\xd8\xb3\xd9\x90\xd8\xaa\xd9\x91\xd9\x8e\xd8\xa9", 1 },
		/* as-saa3a: eSpeak NG doubles s */
		{ "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8e\xd9\x91\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9",
		  "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x80\xd9\x8e\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9", 2 },
		/* at-tabiib: but not this t */
		{ "\xd8\xa7\xd9\x84\xd8\xb7\xd9\x8e\xd9\x91\xd8\xa8\xd9\x90\xd9\x8a\xd8\xa8",
		  "\xd8\xa7\xd9\x84\xd8\xb7\xd9\x91\xd9\x8e\xd8\xa8\xd9\x90\xd9\x8a\xd8\xa8", 1 },
		/* bir-raqmi: no kasra, no shadda */
		{ "\xd8\xa8\xd9\x90\xd8\xa7\xd9\x84\xd8\xb1\xd9\x8e\xd9\x91\xd9\x82\xd9\x92\xd9\x85\xd9\x90",
		  "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb1\xd9\x80\xd9\x80\xd9\x8e\xd9\x82\xd9\x92\xd9\x85\xd9\x90", 2 },
		/* bil-qalami: hamzat al-wasl */
		{ "\xd8\xa8\xd9\x90\xd8\xa7\xd9\x84\xd9\x92\xd9\x82\xd9\x8e\xd9\x84\xd9\x8e\xd9\x85\xd9\x90",
		  "\xd8\xa8\xd9\x90\xd9\xb1\xd9\x84\xd9\x92\xd9\x82\xd9\x8e\xd9\x84\xd9\x8e\xd9\x85\xd9\x90", 1 },
		/* wa-s-saa3a: shadda doubles it */
		{ "\xd9\x88\xd9\x8e\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8e\xd9\x91\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9",
		  "\xd9\x88\xd9\x8e\xd8\xa7\xd9\x84\xd8\xb3\xd9\x91\xd9\x8e\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9", 1 },
		/* a prefix with no mark */
		{ "\xd9\x88\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8e\xd9\x91\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9",
		  "\xd9\x88\xd8\xa7\xd9\x84\xd8\xb3\xd9\x80\xd9\x8e\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9", 2 },
		/* as-salaamu: no fatha on alif */
		{ "\xd8\xa7\xd9\x8e\xd9\x84\xd8\xb3\xd9\x8e\xd9\x91\xd9\x84\xd8\xa7\xd9\x85\xd9\x8f",
		  "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x80\xd9\x80\xd9\x8e\xd9\x84\xd8\xa7\xd9\x85\xd9\x8f", 2 },
		/* ayyaam: the letter twice */
		{ "\xd8\xa3\xd9\x8e\xd9\x8a\xd9\x8e\xd9\x91\xd8\xa7\xd9\x85",
		  "\xd8\xa3\xd9\x8e\xd9\x8a\xd9\x8a\xd9\x8e\xd8\xa7\xd9\x85", 2 },
		/* after an opening mark */
		{ "\xd9\x82\xd8\xa7\xd9\x84: \xc2\xab\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8e\xd9\x91\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9\xc2\xbb",
		  "\xd9\x82\xd8\xa7\xd9\x84: \xc2\xab\xd8\xa7\xd9\x84\xd8\xb3\xd9\x80\xd9\x8e\xd8\xa7\xd8\xb9\xd9\x8e\xd8\xa9\xc2\xbb", 2 },
		/* no article inside a word */
		{ "\xd9\x85\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8e\xd9\x91",
		  "\xd9\x85\xd8\xa7\xd9\x84\xd8\xb3\xd9\x91\xd9\x8e", 1 },
		/* cut short */
		{ "\xd8\xa8\xd9\x90\xd8\xa7\xd9\x84",
		  "\xd8\xa8\xd9\x90\xd8\xa7\xd9\x84", 0 },
		/* cut after the shadda */
		{ "\xd8\xa7\xd9\x8e\xd9\x84\xd8\xb3\xd9\x91",
		  "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x80\xd9\x80", 1 },
		/* nothing to do */
		{ "Rs. 5 \xd8\xa7\xd9\x84",
		  "Rs. 5 \xd8\xa7\xd9\x84", 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char *s = xstrdup(cases[i].in);
		size_t n = strlen(s);

		assert_int_equal(synth_respell(s, n), cases[i].changed);
		assert_int_equal(strlen(s), n);
		assert_string_equal(s, cases[i].out);
		assert_int_equal(synth_respell(s, n), 0);
		free(s);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spoken_forms),
		cmocka_unit_test(test_sentences_keep_their_punctuation),
		cmocka_unit_test(test_prefix_has_no_text),
		cmocka_unit_test(test_arabic_respelled),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
