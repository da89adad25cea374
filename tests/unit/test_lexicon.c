/*
 * Unit tests for pronunciation lexicons: reading PLS files (and refusing
 * bad ones with the file and line), and matching them in text: whole
 * words, case, multi-word graphemes, longest first, patterns with $1,
 * later files winning, digits glued to units, Chinese without spaces,
 * and no phoneme input from a text or a pattern's groups.
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
#include "lexicon.h"
#include "mdinline.h"
#include "pls.h"
#include "speech.h"
#include "xalloc.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<lexicon version=\"1.0\" alphabet=\"x-espeak\" xml:lang=\"en\"\n" \
	" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\">\n"
#define TAIL "</lexicon>\n"

static char dir[] = "/tmp/test_lexicon.XXXXXX";

static char *write_pls(const char *name, const char *body)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(body, fp);
	fclose(fp);
	return path;
}

/* Load the given files (NULL-terminated bodies) as one lexicon. */
static int load(struct lexicon *lx, struct err *e, ...)
{
	char *paths[4];
	const char *body;
	size_t n = 0, i;
	va_list ap;
	int ret;

	va_start(ap, e);
	while ((body = va_arg(ap, const char *)) != NULL) {
		char name[16];
		snprintf(name, sizeof(name), "%zu.pls", n);
		paths[n++] = write_pls(name, body);
	}
	va_end(ap);
	ret = lexicon_load(lx, paths, n, e);
	for (i = 0; i < n; i++)
		free(paths[i]);
	return ret;
}

/* What a text is said as with a lexicon. */
static char *said(const struct lexicon *lx, const char *text)
{
	struct md_inline in;
	struct speech sp;
	struct speech_ctx cx = { lx, NULL };
	char *out;

	memset(&in, 0, sizeof(in));
	assert_int_equal(md_inline(text, &in), 0);
	speech_make(&sp, &in, NULL, &cx);
	out = xstrdup(sp.spoken.buf ? sp.spoken.buf : "");
	speech_release(&sp);
	md_inline_release(&in);
	return out;
}

static void expect_said(const struct lexicon *lx, const char *text,
			const char *want)
{
	char *got = said(lx, text);

	assert_string_equal(got, want);
	free(got);
}

static void test_words_case_and_length(void **state)
{
	struct lexicon lx;
	struct err e;

	(void)state;
	assert_int_equal(load(&lx, &e, HEAD
		"<lexeme><grapheme>mg</grapheme><alias>milligrams</alias></lexeme>\n"
		"<lexeme><grapheme>MRI</grapheme><alias>M R I</alias></lexeme>\n"
		"<lexeme><grapheme>blood test</grapheme><alias>blood check</alias></lexeme>\n"
		"<lexeme><grapheme>blood</grapheme><alias>BLOOD</alias></lexeme>\n"
		"<lexeme><grapheme>°C</grapheme><alias>degrees Celsius</alias></lexeme>\n"
		TAIL, NULL), 0);
	/* Whole words only, case-insensitive unless the grapheme has a
	 * capital; spaces in a grapheme match any run of them. */
	expect_said(&lx, "5 mg, 5 MG, mgs, omg", "5 milligrams, 5 milligrams, "
		    "mgs, omg");
	expect_said(&lx, "an MRI, an mri", "an M R I, an mri");
	expect_said(&lx, "a blood   test and blood", "a blood check and BLOOD");
	/* Digits glued to a unit are two words, said apart. */
	expect_said(&lx, "5mg at 38°C", "5 milligrams at 38 degrees Celsius");
	/* A word in small letters matches it in capitals only in a unit's
	 * place, after a number or a slash, or in a text in capitals:
	 * elsewhere "MG" is an acronym (myasthenia gravis). */
	expect_said(&lx, "with MG and then Mg, 5 MG, 2 /MG", "with MG and "
		    "then milligrams, 5 milligrams, 2 /milligrams");
	expect_said(&lx, "TAKE THE MG NOW", "take the milligrams now");
	lexicon_release(&lx);
}

static void test_patterns(void **state)
{
	struct lexicon lx;
	struct err e;

	(void)state;
	assert_int_equal(load(&lx, &e, HEAD
		"<lexeme regex=\"true\"><grapheme>(?&lt;![\\d.,])1 ?mg\\b</grapheme>"
		"<alias>1 milligram</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>(\\d+(?:[.,]\\d+)?) ?mg\\b</grapheme>"
		"<alias>$1 milligrams</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>(\\d{1,2}):00</grapheme>"
		"<alias>$1 o'clock $$</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>x(\\S+)x</grapheme>"
		"<alias>$1</alias></lexeme>\n"
		TAIL, NULL), 0);
	/* The first pattern of the same length wins: the singular. */
	expect_said(&lx, "1 mg or 21 mg or 0,1 mg or 1.5mg",
		    "1 milligram or 21 milligrams or 0,1 milligrams or "
		    "1.5 milligrams");
	expect_said(&lx, "at 8:00.", "at 8 o'clock $.");
	/* A pattern never ends inside a word, and its groups carry no
	 * phoneme input. */
	expect_said(&lx, "8:005", "8:005");
	expect_said(&lx, "x[[h@l'oU]]x", "[ [h@l'oU] ]");
	lexicon_release(&lx);
}

/* A pattern is tried only at a word its first byte can start, as PCRE2
 * reports it: a caseless first letter in both cases, a character of
 * another script whatever its case. */
static void test_pattern_first_bytes(void **state)
{
	struct lexicon lx;
	struct err e;

	(void)state;
	assert_int_equal(load(&lx, &e, HEAD
		"<lexeme regex=\"true\"><grapheme>[Ee]xt\\.? ?(\\d+)</grapheme>"
		"<alias>extension $1</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>peR (\\d)</grapheme>"
		"<alias>PER $1</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>(?i)к(\\d)</grapheme>"
		"<alias>ка $1</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>/ ?(24) ?h\\b</grapheme>"
		"<alias>per $1 hours</alias></lexeme>\n"
		TAIL, NULL), 0);
	expect_said(&lx, "ext. 5, Ext 6, EXT 7", "extension 5, extension 6, "
		    "EXT 7");
	expect_said(&lx, "peR 1, per 2", "PER 1, per 2");
	expect_said(&lx, "к1 К2", "ка 1 ка 2");
	expect_said(&lx, "8/24 h, 8/24h, 8 /24 h", "8 per 24 hours, "
		    "8 per 24 hours, 8 per 24 hours");
	lexicon_release(&lx);
}

/* ... and only where a byte every match holds is in reach: PCRE2 says
 * [lL] is a caseless l, so either case of a letter will do; a byte in a
 * lookahead counts, one in a lookbehind is never asked for. */
static void test_pattern_last_bytes(void **state)
{
	struct lexicon lx;
	struct err e;

	(void)state;
	assert_int_equal(load(&lx, &e, HEAD
		"<lexeme regex=\"true\"><grapheme>(\\d+) ?[lL]\\b</grapheme>"
		"<alias>$1 litres</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>(\\d+)(?= ?gtt)</grapheme>"
		"<alias>$1 drops of</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>(?&lt;=for )(\\d+)/7</grapheme>"
		"<alias>$1 days</alias></lexeme>\n"
		TAIL, NULL), 0);
	expect_said(&lx, "3l, 4 m, 2 L", "3 litres, 4 m, 2 litres");
	expect_said(&lx, "5 gtt, 6 g", "5 drops of gtt, 6 g");
	expect_said(&lx, "for 5/7, in 5/7", "for 5 days, in 5/7");
	lexicon_release(&lx);
}

static void test_later_files_win(void **state)
{
	struct lexicon lx;
	struct err e;

	(void)state;
	assert_int_equal(load(&lx, &e,
		HEAD "<lexeme><grapheme>IV</grapheme><alias>I V</alias></lexeme>\n"
		"<lexeme><grapheme>etc.</grapheme><alias>et cetera</alias></lexeme>\n"
		TAIL,
		HEAD "<lexeme><grapheme>IV</grapheme><alias>intravenous</alias></lexeme>\n"
		TAIL, NULL), 0);
	expect_said(&lx, "an IV line, etc.", "an intravenous line, et cetera.");
	lexicon_release(&lx);
}

static void test_chinese_without_spaces(void **state)
{
	struct lexicon lx;
	struct err e;

	(void)state;
	assert_int_equal(load(&lx, &e, HEAD
		"<lexeme><grapheme>mg</grapheme><alias>毫克</alias></lexeme>\n"
		"<lexeme><grapheme>MRI</grapheme><alias>磁共振</alias></lexeme>\n"
		"<lexeme regex=\"true\"><grapheme>(\\d+)\\.(\\d)(?![\\d.])</grapheme>"
		"<alias>$1点$2</alias></lexeme>\n"
		TAIL, NULL), 0);
	/* Each Han character is a word: units and numbers match between
	 * them (and a space between "5" and what replaces "mg" is harmless). */
	expect_said(&lx, "每次1.5mg，做MRI检查", "每次1点5 毫克，做磁共振检查");
	lexicon_release(&lx);
}

/* A bad lexicon is refused with its file and line. */
static void expect_refused(const char *body, int line, const char *why)
{
	struct lexicon lx;
	struct err e;
	char *where;

	assert_int_equal(load(&lx, &e, body, NULL), -1);
	where = xasprintf("/0.pls:%d: ", line);
	if (!strstr(e.msg, where) || !strstr(e.msg, why))
		fail_msg("got \"%s\", want line %d and \"%s\"", e.msg, line,
			 why);
	free(where);
	lexicon_release(&lx);
}

static void test_bad_lexicons(void **state)
{
	char *big = xcalloc(1, 12000), *body;

	(void)state;
	expect_refused(HEAD "<lexeme><grapheme>a</grapheme>\n<alias>b</lexeme>"
		       TAIL, 5, "not well-formed");
	expect_refused("<?xml version=\"1.0\"?>\n<lexicon version=\"1.0\" "
		       "alphabet=\"ipa\">\n</lexicon>\n", 2, "alphabet \"ipa\"");
	expect_refused(HEAD "<lexeme><grapheme>a</grapheme>\n"
		       "<phoneme>hɛˈloʊ</phoneme></lexeme>" TAIL, 5,
		       "not eSpeak NG mnemonics");
	expect_refused(HEAD "<lexeme><grapheme>a</grapheme>\n"
		       "<phoneme>h@]] [[l'oU</phoneme></lexeme>" TAIL, 5,
		       "not eSpeak NG mnemonics");
	expect_refused(HEAD "<lexeme><grapheme>mg</grapheme><alias>x</alias>"
		       "</lexeme>\n<lexeme><grapheme>MG</grapheme>"
		       "<alias>y</alias></lexeme>\n<lexeme><grapheme>mg"
		       "</grapheme><alias>z</alias></lexeme>" TAIL, 6,
		       "already in this lexicon (line 4)");
	expect_refused(HEAD "<lexeme regex=\"true\"><grapheme>(a</grapheme>"
		       "<alias>x</alias></lexeme>" TAIL, 4, "pattern");
	expect_refused(HEAD "<lexeme regex=\"true\"><grapheme>a*</grapheme>"
		       "<alias>x</alias></lexeme>" TAIL, 4, "matches empty");
	expect_refused("<!DOCTYPE lexicon [<!ENTITY a \"aaaa\">]>\n"
		       "<lexicon/>\n", 1, "DOCTYPE");
	memset(big, 'a', 11000);
	body = xasprintf(HEAD "<lexeme>\n<grapheme>%s</grapheme><alias>x"
			 "</alias></lexeme>" TAIL, big);
	expect_refused(body, 5, "longer than 1000 bytes");
	free(body);
	free(big);
}

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	int ret;

	(void)state;
	ret = system(cmd);
	free(cmd);
	return ret;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_case_and_length),
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_pattern_first_bytes),
		cmocka_unit_test(test_pattern_last_bytes),
		cmocka_unit_test(test_later_files_win),
		cmocka_unit_test(test_chinese_without_spaces),
		cmocka_unit_test(test_bad_lexicons),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
