/* Unit tests for the UTF-8 helpers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_text),
		cmocka_unit_test(test_invalid_text_and_offset),
		cmocka_unit_test(test_len_and_offset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
