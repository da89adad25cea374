/* Unit tests for the UTF-8 helpers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>

#include "utf8.h"

static int valid(const char *s, size_t *bad)
{
	return utf8_valid(s, strlen(s), bad);
}

static void test_valid_text(void **state)
{
	(void)state;
	assert_true(valid("", NULL));
	assert_true(valid("plain ASCII", NULL));
	assert_true(valid("Überblick – Обзор – 概述 – 🙂", NULL));
	assert_true(valid("\xf4\x8f\xbf\xbf", NULL));		/* U+10FFFF */
}

static void test_invalid_text_and_offset(void **state)
{
	static const struct { const char *s; size_t bad; } cases[] = {
		{ "ab\xc3\x28", 2 },		/* bad continuation */
		{ "\xc0\xaf", 0 },		/* overlong '/' */
		{ "x\xe0\x80\xaf", 1 },		/* overlong, 3 bytes */
		{ "\xed\xa0\x80", 0 },		/* a surrogate */
		{ "ok\xf4\x90\x80\x80", 2 },	/* beyond U+10FFFF */
		{ "abc\xe2\x82", 3 },		/* cut short */
		{ "\xff", 0 },
	};
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bad = 99;
		assert_false(valid(cases[i].s, &bad));
		assert_int_equal(bad, cases[i].bad);
	}
}

static void test_len_and_offset(void **state)
{
	const char *s = "aé概🙂z";		/* 1 + 2 + 3 + 4 + 1 bytes */
	size_t n = strlen(s);

	(void)state;
	assert_int_equal(utf8_len(s, n), 5);
	assert_int_equal(utf8_offset(s, n, 0), 0);
	assert_int_equal(utf8_offset(s, n, 1), 1);
	assert_int_equal(utf8_offset(s, n, 2), 3);
	assert_int_equal(utf8_offset(s, n, 3), 6);
	assert_int_equal(utf8_offset(s, n, 4), 10);
	assert_int_equal(utf8_offset(s, n, 5), n);	/* clamped */
	assert_int_equal(utf8_offset(s, n, 99), n);
}

/* What utf8_same_folded must answer: both lowercased in full, equal. */
static int folded_apart(const char *a, const char *b, size_t n)
{
	char *x = utf8_lower(a, n), *y = utf8_lower(b, n);
	int same = !strcmp(x, y);

	free(x);
	free(y);
	return same;
}

static void test_same_folded(void **state)
{
	/* Pairs of equal byte length; each is checked both ways round and
	 * at every length, against lowercasing both strings in full. */
	static const char *const pairs[][2] = {
		{ "April", "aPRIL" }, { "April", "Aprjl" }, { "a@b", "A`b" },
		/* Мая мАЯ, Мая май */
		{ "\xd0\x9c\xd0\xb0\xd1\x8f", "\xd0\xbc\xd0\x90\xd0\xaf" },
		{ "\xd0\x9c\xd0\xb0\xd1\x8f", "\xd0\xbc\xd0\xb0\xd0\xb9" },
		{ "\xc3\x89t\xc3\xa9", "\xc3\xa9T\xc3\x89" },	/* Été éTÉ */
		{ "\xe6\x98\x9f\xe6\x9c\x9f\xe4\xb8\x80",
		  "\xe6\x98\x9f\xe6\x9c\x9f\xe4\xba\x8c" },	/* 星期一 星期二 */
		/* Kelvin sign: lowercases to a one-byte k */
		{ "\xe2\x84\xaa" "ab", "kab\xe2\x84\xaa" },
		{ "\xe2\x84\xaa", "kkk" },
		/* capital I with dot: two characters lowercased */
		{ "\xc4\xb0x", "i\xcc\x87" }, { "\xc4\xb0\xc4\xb0", "\xc4\xb0i\xcc" },
		/* final sigma */
		{ "\xce\xa3\xce\x91\xce\xa3", "\xcf\x83\xce\xb1\xcf\x82" },
		{ "\xce\xa3\xce\x91\xce\xa3", "\xcf\x83\xce\xb1\xcf\x83" },
		/* not characters: a cut sequence, a stray byte, NUL */
		{ "ab\xd0", "AB\xd0" }, { "ab\xff", "AB\xfe" },
		{ "a\0b", "A\0B" },
	};
	size_t i, n, len;

	(void)state;
	for (i = 0; i < sizeof(pairs) / sizeof(*pairs); i++) {
		len = strlen(pairs[i][0]) > strlen(pairs[i][1])
			? strlen(pairs[i][0]) : strlen(pairs[i][1]);
		if (i == sizeof(pairs) / sizeof(*pairs) - 1)
			len = 3;	/* past the NUL */
		for (n = 0; n <= len; n++) {
			assert_int_equal(utf8_same_folded(pairs[i][0],
							  pairs[i][1], n),
					 folded_apart(pairs[i][0],
						      pairs[i][1], n));
			assert_int_equal(utf8_same_folded(pairs[i][1],
							  pairs[i][0], n),
					 folded_apart(pairs[i][1],
						      pairs[i][0], n));
		}
	}
	assert_true(utf8_same_folded("April", "aPRIL", 5));
	assert_false(utf8_same_folded("April", "Aprjl", 5));
	assert_true(utf8_same_folded("\xd0\x9c\xd0\xb0\xd1\x8f",
				     "\xd0\xbc\xd0\x90\xd0\xaf", 6));
	assert_true(utf8_same_folded("\xce\xa3\xce\x91\xce\xa3",
				     "\xcf\x83\xce\xb1\xcf\x82", 6));
}

/* Marks that open and close: each kind, and what is neither. */
static void test_opening_and_closing(void **state)
{
	static const unsigned opening[] = { '(', '[', '{', 0xab /* « */,
		0x201c /* “ */, 0x201e /* „ */, 0xbf /* ¿ */, 0xa1 /* ¡ */,
		0xff08 /* （ */, 0x300c /* 「 */ };
	static const unsigned closing[] = { ')', ']', '}', 0xbb /* » */,
		0x2019 /* ’ */, 0x201d /* ” */, 0xff09 /* ） */,
		0x300d /* 」 */ };
	static const unsigned neither[] = { '.', ',', '!', '?', 'a', '1',
		' ', 0x3002 /* 。 */, 0x061f /* ؟ */, 0x2013 /* – */ };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(opening) / sizeof(*opening); i++) {
		assert_true(utf8_is_opening(opening[i]));
		assert_false(utf8_is_closing(opening[i]));
	}
	for (i = 0; i < sizeof(closing) / sizeof(*closing); i++) {
		assert_true(utf8_is_closing(closing[i]));
		assert_false(utf8_is_opening(closing[i]));
	}
	for (i = 0; i < sizeof(neither) / sizeof(*neither); i++) {
		assert_false(utf8_is_opening(neither[i]));
		assert_false(utf8_is_closing(neither[i]));
	}
	/* Straight quotes are both: which one is told by the spaces. */
	assert_true(utf8_is_opening('"') && utf8_is_closing('"'));
	assert_true(utf8_is_opening('\'') && utf8_is_closing('\''));
}

/* NFC as libunistring gives it, or a copy where it gives none. */
static char *reference_nfc(const char *s, size_t n)
{
	size_t len = 0;
	uint8_t *r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL,
				  &len);
	char *out;

	if (!r)
		return strndup(s, n);
	out = malloc(len + 1);
	memcpy(out, r, len);
	out[len] = '\0';
	free(r);
	return out;
}

/* What the check tries alone with the voice: symbols, and digits and
 * letters beyond ASCII, not ASCII, marks, spaces or modifier letters. */
static void test_may_be_silent(void **state)
{
	static const unsigned tried[] = {
		0x2713, 0x2116, 0x20ac, '#', '%',	/* ✓ № € # % */
		0x0662, 0x06f4, 0x0968, 0xff12,		/* ٢ ۴ २ ２ */
		0xabd1, 0x0431, 0x00e9, 0x4e2d, 0x05e9,	/* ꯑ б é 中 ש */
	};
	static const unsigned not_tried[] = {
		'a', 'Z', '2', ' ', '.', '-', '/', '*',
		0x0640, 0x02bc,		/* tatweel, modifier apostrophe */
		0x064e, 0x0301,		/* fatha, combining acute */
		0x00a0, 0x2013,		/* no-break space, en dash */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(tried) / sizeof(*tried); i++)
		assert_true(utf8_may_be_silent(tried[i]));
	for (i = 0; i < sizeof(not_tried) / sizeof(*not_tried); i++)
		assert_false(utf8_may_be_silent(not_tried[i]));
}

/* A minus sign before a digit where no number is before it; the
 * sign's bytes at each offset of the text ('-' 1, '−' 3), else 0. */
static void test_minus_at(void **state)
{
	static const struct {
		const char *s;
		size_t at, n;
	} cases[] = {
		{ "-5", 0, 1 }, { "at -20", 3, 1 }, { "(-3)", 1, 1 },
		{ "x \xe2\x88\x92" "2", 2, 3 },		/* − */
		{ "\xe5\x9c\xa8-2", 3, 1 },		/* 在-2 */
		{ "1 -2", 2, 0 }, { "5-10", 1, 0 }, { "x-5", 1, 0 },
		{ "- 5", 0, 0 }, { "-x", 0, 0 }, { "20%-30%", 3, 0 },
		{ "-", 0, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		assert_int_equal(utf8_minus_at(cases[i].s, strlen(cases[i].s),
					       cases[i].at), cases[i].n);
}

static void put_char(char *p, unsigned c, size_t *n)
{
	if (c < 0x80) {
		p[(*n)++] = (char)c;
	} else {
		p[(*n)++] = (char)(0xc0 | c >> 6);
		p[(*n)++] = (char)(0x80 | (c & 0x3f));
	}
}

/*
 * utf8_nfc copies text it knows NFC leaves alone: pairs of those
 * characters (every first with every third second), each of them
 * before the combining accents (U+0300 to U+03FF) and two Cyrillic
 * marks, and strings of bytes near the edges of what it copies
 * (invalid ones too) come out as libunistring normalises them.
 */
static void test_nfc(void **state)
{
	static const unsigned char bytes[] = { 'a', 'E', ' ', 0x80, 0x83,
		0x89, 0x8a, 0xbf, 0xc3, 0xa9, 0xcb, 0xcc, 0x81, 0xcd, 0xcf,
		0xd0, 0xb9, 0xd2, 0xd3, 0xd4, 0xd8, 0xe1, 0xbb, 0xe2 };
	unsigned a, b, seed = 1;
	char s[16];
	size_t n, i, k;

	(void)state;
	for (a = 1; a < 0x500; a += (a < 0x300 || a >= 0x400) ? 1 : 0x100)
		for (b = 1; b < 0x500; b += b < 0x300 || b >= 0x400 ? 3 : 1) {
			char *x, *y;
			n = 0;
			put_char(s, a, &n);
			put_char(s, b, &n);
			x = utf8_nfc(s, n);
			y = reference_nfc(s, n);
			assert_string_equal(x, y);
			free(x);
			free(y);
		}
	for (i = 0; i < 200000; i++) {
		char *x, *y;
		n = 1 + i % 6;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			s[k] = (char)bytes[(seed >> 16) % sizeof(bytes)];
		}
		x = utf8_nfc(s, n);
		y = reference_nfc(s, n);
		assert_string_equal(x, y);
		free(x);
		free(y);
	}
	/* "й" as it is, and as "и" with its breve: one character */
	{
		char *x = utf8_nfc("\xd0\xb8\xcc\x86", 4);
		assert_string_equal(x, "\xd0\xb9");
		free(x);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_text),
		cmocka_unit_test(test_invalid_text_and_offset),
		cmocka_unit_test(test_len_and_offset),
		cmocka_unit_test(test_same_folded),
		cmocka_unit_test(test_opening_and_closing),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_may_be_silent),
		cmocka_unit_test(test_minus_at),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
