/* Unit tests for WebVTT captions: write, then parse back. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "caption.h"
#include "err.h"
#include "fs.h"
#include "strbuf.h"
#include "xalloc.h"

static void test_round_trip(void **state)
{
	static const char *const text[] = {
		"Tom & Jerry's <b>bold</b> --> arrow.",
		"¿Tiene preguntas?",
		"Two\nlines\r\nhere.",
		"مرحبا بكم",
		"&amp; stays as written",
	};
	struct caption_list w = { 0 }, r = { 0 };
	struct strbuf sb = STRBUF_INIT;
	const char *path = "tests/tmp/caption/a.vtt";
	struct err e;
	size_t i;
	int bad = 0;

	(void)state;
	mkdir("tests/tmp", 0777);
	mkdir("tests/tmp/caption", 0777);
	for (i = 0; i < 5; i++)
		caption_add(&w, 0.5 + i * 1.25, 1.4999 + i * 1.25 + 3600 * (i == 4),
			    xstrdup(text[i]));
	assert_int_equal(caption_write_vtt(path, &w, &e), 0);
	assert_int_equal(fs_read_file(path, &sb, 1 << 20, &e), 0);
	assert_memory_equal(sb.buf, "WEBVTT\n\n1\n00:00:00.500 --> 00:00:01.500\n"
			    "Tom &amp; Jerry's &lt;b&gt;bold&lt;/b&gt; --&gt; "
			    "arrow.\n", 93);
	assert_int_equal(caption_parse_vtt(sb.buf, &r, &bad), 0);
	assert_int_equal(r.n, 5);
	for (i = 0; i < 5; i++) {
		assert_true(fabs(r.cue[i].start - w.cue[i].start) < 0.0005);
		assert_true(fabs(r.cue[i].end - w.cue[i].end) < 0.0005);
	}
	assert_string_equal(r.cue[0].text, text[0]);
	assert_string_equal(r.cue[2].text, "Two lines  here.");
	assert_string_equal(r.cue[3].text, text[3]);
	assert_string_equal(r.cue[4].text, text[4]);
	assert_int_equal(r.cue[0].line, 5);	/* the line of its text */
	assert_int_equal(r.cue[4].line, 21);
	caption_list_release(&w);
	caption_list_release(&r);
	strbuf_release(&sb);
}

static void test_malformed(void **state)
{
	static const struct { const char *vtt; int line; } cases[] = {
		{ "WEBVTT\n\n1\n00:00:01.000 --> 00:00:00.500\nback\n", 4 },
		{ "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000", 4 },
		{ "WEBVTT\n\n1\n0:00:01.000 --> 00:00:02.000\nx\n", 4 },
		{ "WEBVTT\n\n1\n00:61:01.000 --> 00:62:02.000\nx\n", 4 },
		{ "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n\n", 5 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct caption_list l = { 0 };
		int bad = 0;
		assert_int_equal(caption_parse_vtt(cases[i].vtt, &l, &bad), -1);
		assert_int_equal(bad, cases[i].line);
		caption_list_release(&l);
	}
}

static void test_timestamps(void **state)
{
	char b[32];

	(void)state;
	caption_timestamp(b, sizeof(b), 0);
	assert_string_equal(b, "00:00:00.000");
	caption_timestamp(b, sizeof(b), 3723.4567);
	assert_string_equal(b, "01:02:03.457");
	caption_timestamp(b, sizeof(b), -1);
	assert_string_equal(b, "00:00:00.000");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_timestamps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
