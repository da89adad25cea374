/* Unit tests for the guide parser. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "fs.h"
#include "guide.h"
#include "strbuf.h"

static int parse(struct guide *g, const char *text, struct err *e)
{
	memset(g, 0, sizeof(*g));
	return guide_parse(g, "guide.md", text, strlen(text), e);
}

static void test_bold_headings(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "**My Guide**\n\n**Overview**\n\nSome text.\n"
			       "More text.\n\n**Causes**\n\nWhy.\n", &e), 0);
	assert_int_equal(g.nsec, 3);
	assert_string_equal(g.sec[0].id, "title");
	assert_string_equal(guide_heading(&g.sec[0]), "My Guide");
	assert_string_equal(g.sec[1].id, "overview");
	assert_int_equal(g.sec[1].num, 1);
	assert_int_equal(g.sec[1].nchunk, 1 + 1);
	assert_string_equal(g.sec[1].chunk[1].text, "Some text. More text.");
	assert_int_equal(g.sec[1].chunk[1].line, 5);
	assert_string_equal(g.sec[2].id, "causes");
	assert_int_equal(g.sec[2].line, 8);
	guide_release(&g);
}

static void test_atx_headings(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "# Title #\n## First part\ntext one\n\n"
			       "text two\n## Second ##\nthree\n", &e), 0);
	assert_int_equal(g.nsec, 3);
	assert_string_equal(guide_heading(&g.sec[0]), "Title");
	assert_string_equal(guide_heading(&g.sec[1]), "First part");
	assert_string_equal(g.sec[1].id, "first-part");
	assert_int_equal(g.sec[1].nchunk, 2 + 1);
	assert_string_equal(g.sec[2].id, "second");
	guide_release(&g);
	/* A heading deeper than the sections' is a subheading inside one. */
	assert_int_equal(parse(&g, "# Title\n## Part\ntext\n### Sub ###\nmore\n"
			       "## Next\nend\n", &e), 0);
	assert_int_equal(g.nsec, 3);
	assert_int_equal(g.sec[1].nchunk, 4);
	assert_int_equal(g.sec[1].chunk[2].kind, CHUNK_SUBHEADING);
	assert_int_equal(g.sec[1].chunk[2].level, 1);
	assert_string_equal(g.sec[1].chunk[2].text, "Sub");
	assert_int_equal(g.sec[1].chunk[2].line, 4);
	assert_string_equal(guide_heading(&g.sec[2]), "Next");
	guide_release(&g);
	/* "#hashtag" is not a heading: ATX needs a space. */
	assert_int_equal(parse(&g, "# T\n# S\n#hashtag text\n", &e), 0);
	assert_string_equal(g.sec[1].chunk[1].text, "#hashtag text");
	guide_release(&g);
}

static void test_bom_crlf_blank_edges(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "\xef\xbb\xbf \r\n\t\r\n**T**\r\n\r\n**A**\r\n"
			       "line one\r\nline two\r\n\r\n \r\n", &e), 0);
	assert_int_equal(g.nsec, 2);
	assert_string_equal(guide_heading(&g.sec[0]), "T");
	assert_string_equal(g.sec[1].chunk[1].text, "line one line two");
	guide_release(&g);
}

static void test_emphasis_removed(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "# The *Big* Guide\n# Part\nA **bold** and "
			       "_soft_ `code` word, snake_case stays.\n", &e), 0);
	assert_string_equal(guide_heading(&g.sec[0]), "The Big Guide");
	assert_string_equal(g.sec[1].chunk[1].text,
			    "A bold and soft code word, snake_case stays.");
	guide_release(&g);
}

static void test_duplicate_headings(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "# T\n# Causes\na\n# Causes\nb\n# causes!\nc\n"
			       "# Causes 2\nd\n", &e), 0);
	assert_string_equal(g.sec[1].id, "causes");
	assert_string_equal(g.sec[2].id, "causes-2");
	assert_string_equal(g.sec[3].id, "causes-3");
	/* A heading that slugs to an id already made unique elsewhere. */
	assert_string_equal(g.sec[4].id, "causes-2-2");
	guide_release(&g);
}

static void test_hostile_headings(void **state)
{
	struct guide g;
	struct err e;
	char longh[400];
	size_t i;

	(void)state;
	memset(longh, 'x', 300);
	memcpy(longh, "# ", 2);
	strcpy(longh + 300, "\ntext\n");
	assert_int_equal(parse(&g, "# T\n# ../../etc/passwd\na\n# /etc/passwd\nb\n"
			       "# 日本語\nc\n# Title\nd\n", &e), 0);
	assert_string_equal(g.sec[1].id, "etc-passwd");
	assert_string_equal(g.sec[2].id, "etc-passwd-2");
	assert_string_equal(g.sec[3].id, "section-3");
	assert_string_equal(g.sec[4].id, "title-2");	/* "title" is reserved */
	for (i = 0; i < g.nsec; i++) {
		assert_null(strchr(g.sec[i].id, '/'));
		assert_null(strchr(g.sec[i].id, '.'));
	}
	guide_release(&g);
	assert_int_equal(parse(&g, "# T\n# ***\ntext\n", &e), -1);
	assert_non_null(strstr(e.msg, "guide.md:2: heading has no letter or "
			       "digit"));
	guide_release(&g);
	{
		char buf[512];
		snprintf(buf, sizeof(buf), "# T\n%s", longh);
		assert_int_equal(parse(&g, buf, &e), 0);
		assert_true(strlen(g.sec[1].id) <= GUIDE_ID_MAX);
		guide_release(&g);
	}
}

static void test_transliterated_ids(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "# T\n# Überblick & Ärzte\na\n# Обзор\nb\n",
			       &e), 0);
	assert_string_equal(g.sec[1].id, "uberblick-arzte");
	assert_string_equal(g.sec[2].id, "section-2");
	guide_release(&g);
}

static void test_errors_name_line(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "# T\n# A\nok\nbad \xff byte\n", &e), -1);
	assert_non_null(strstr(e.msg, "guide.md:4: invalid UTF-8"));
	guide_release(&g);
	assert_int_equal(parse(&g, "\n\njust text\n", &e), -1);
	assert_non_null(strstr(e.msg, "guide.md:3: text before the first heading"));
	guide_release(&g);
	assert_int_equal(parse(&g, "\n\n", &e), -1);
	assert_non_null(strstr(e.msg, "no heading found"));
	guide_release(&g);
	assert_int_equal(parse(&g, "# T\n# Empty\n# Full\ntext\n", &e), -1);
	assert_non_null(strstr(e.msg, "guide.md:2: section 'Empty' has no text"));
	guide_release(&g);
	/* A bold line is a heading only in a guide without # headings. */
	assert_int_equal(parse(&g, "**T**\n\n**Only title**\n", &e), -1);
	assert_non_null(strstr(e.msg, "guide.md:3:"));
	guide_release(&g);
	assert_int_equal(parse(&g, "# T\n\n**Only title**\n\n# A\n\nText.\n",
				&e), 0);
	assert_int_equal(g.nsec, 2);	/* the title, and A */
	assert_int_equal(g.sec[0].nchunk, 2);	/* the bold line is text */
	guide_release(&g);
}

static void test_nul_byte(void **state)
{
	static const char text[] = "# T\n# A\nab\0cd\n";
	struct guide g;
	struct err e;

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(guide_parse(&g, "guide.md", text, sizeof(text) - 1, &e),
			 -1);
	assert_non_null(strstr(e.msg, "guide.md:3: contains a NUL byte"));
	guide_release(&g);
}

/*
 * Inputs the fuzzer once crashed on parse (or fail) cleanly.  make fuzz
 * replays them in the clang harness too, where ASan sees every byte read.
 */
static void test_fuzz_regressions(void **state)
{
	DIR *d = opendir("tests/fuzz/regressions/guide");
	struct dirent *de;
	int n = 0;

	(void)state;
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		struct strbuf sb = STRBUF_INIT;
		struct guide g;
		struct err e;
		char path[512];

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "tests/fuzz/regressions/guide/%s",
			 de->d_name);
		assert_int_equal(fs_read_file(path, &sb, 1u << 20, &e), 0);
		/* Copied to an exact-size buffer, so ASan sees any over-read. */
		{
			char *exact = malloc(sb.len ? sb.len : 1);
			memcpy(exact, sb.buf, sb.len);
			memset(&g, 0, sizeof(g));
			guide_parse(&g, path, exact, sb.len, &e);
			guide_release(&g);
			free(exact);
		}
		strbuf_release(&sb);
		n++;
	}
	closedir(d);
	assert_true(n >= 1);
}

static void test_seed_guide(void **state)
{
	struct guide g;
	struct err e;
	static const char *const ids[] = { "title", "overview", "causes",
		"damage", "complications", "treatment" };
	size_t i;

	(void)state;
	assert_int_equal(guide_load(&g, "content/spine-metastases", &e), 0);
	assert_string_equal(g.id, "spine-metastases");
	assert_int_equal(g.nsec, 6);
	assert_string_equal(guide_heading(&g.sec[0]), "Metastatic Cancer of the Spine");
	for (i = 0; i < 6; i++) {
		assert_string_equal(g.sec[i].id, ids[i]);
		assert_int_equal(g.sec[i].nchunk, i ? 2 : 1);
	}
	guide_release(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bold_headings),
		cmocka_unit_test(test_atx_headings),
		cmocka_unit_test(test_bom_crlf_blank_edges),
		cmocka_unit_test(test_emphasis_removed),
		cmocka_unit_test(test_duplicate_headings),
		cmocka_unit_test(test_hostile_headings),
		cmocka_unit_test(test_transliterated_ids),
		cmocka_unit_test(test_errors_name_line),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_fuzz_regressions),
		cmocka_unit_test(test_seed_guide),
	};
	return cmocka_run_group_tests_name("guide", tests, NULL, NULL);
}
