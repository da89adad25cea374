/* Unit tests for the Markdown front end: blocks, inline text, errors. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "err.h"
#include "guide.h"
#include "mdinline.h"

static int parse(struct guide *g, const char *text, struct err *e)
{
	memset(g, 0, sizeof(*g));
	return guide_parse(g, "guide.md", text, strlen(text), e);
}

static void test_lists_are_chunks(void **state)
{
	struct guide g;
	struct err e;
	const struct section *s;

	(void)state;
	assert_int_equal(parse(&g, "# T\n## Prep\nIntro.\n\n"
			       "1. Drink two litres.\n2. Rest at home.\n"
			       "   * Your medicines\n   * A dressing gown\n\n"
			       "5) Fifth\n", &e), 0);
	s = &g.sec[1];
	assert_int_equal(s->nchunk, 7);
	assert_int_equal(s->chunk[2].kind, CHUNK_ITEM);
	assert_int_equal(s->chunk[2].number, 1);
	assert_int_equal(s->chunk[2].level, 1);
	assert_string_equal(s->chunk[2].text, "Drink two litres.");
	assert_int_equal(s->chunk[3].number, 2);
	assert_string_equal(s->chunk[4].text, "Your medicines");
	assert_int_equal(s->chunk[4].number, 0);
	assert_int_equal(s->chunk[4].level, 2);
	assert_int_equal(s->chunk[5].line, 8);
	assert_int_equal(s->chunk[6].number, 5);
	guide_release(&g);
}

static void test_comments_are_notes(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "# T\n## A\n<!-- check with Dr Patel -->\n"
			       "Text <!-- inline --> here.\n", &e), 0);
	assert_string_equal(g.sec[1].chunk[1].text, "Text here.");
	assert_string_equal(g.sec[1].chunk[1].comment,
			    "check with Dr Patel inline");
	assert_null(strstr(g.sec[1].chunk[1].source, "Patel"));
	guide_release(&g);
}

static void test_inline_markup_removed(void **state)
{
	struct md_inline in;
	size_t i;

	(void)state;
	memset(&in, 0, sizeof(in));
	assert_int_equal(md_inline("Call [0800 123 4567](tel:08001234567) "
				   "or *see* [our site](https://example.org/p)"
				   " or <https://nhs.uk/a> or www.nhs.uk/b.",
				   &in), 0);
	assert_string_equal(in.text.buf, "Call 0800 123 4567 or see our site "
			    "or https://nhs.uk/a or www.nhs.uk/b.");
	assert_int_equal(in.nspan, 4);
	assert_int_equal(in.span[0].kind, MD_TEL);
	assert_int_equal(in.span[0].from, 5);
	assert_int_equal(in.span[0].to, 18);
	assert_string_equal(in.span[0].href, "tel:08001234567");
	assert_int_equal(in.span[1].kind, MD_LINK);
	assert_int_equal(in.span[2].kind, MD_URL);
	assert_int_equal(in.span[3].kind, MD_URL);
	assert_string_equal(in.span[3].href, "https://www.nhs.uk/b");
	for (i = 0; i < in.nspan; i++)
		assert_true(in.span[i].to <= in.text.len);
	md_inline_release(&in);
}

/* A translation that starts like a block is read as text. */
static void test_translation_is_one_paragraph(void **state)
{
	static const char *const cases[][2] = {
		{ "1. Algo", "1. Algo" },
		{ "# no es un título", "# no es un título" },
		{ "- guion", "- guion" },
		{ "> cita", "> cita" },
		{ "---", "---" },
		{ "Línea\nuno\r\ndos", "Línea uno dos" },
		{ "*Énfasis* y _más_", "Énfasis y más" },
		/* strong emphasis that opens a text starts no block */
		{ "**Important:** do not drive.", "Important: do not drive." },
		{ "__Nota__: algo", "Nota: algo" },
		{ "* * *", "* * *" },
		{ "___", "___" },
		{ "Tom &amp; Jerry", "Tom & Jerry" },
		{ "[[h@l'oU]] 100%s", "[[h@l'oU]] 100%s" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct md_inline in;
		memset(&in, 0, sizeof(in));
		assert_int_equal(md_inline(cases[i][0], &in), 0);
		assert_string_equal(in.text.buf, cases[i][1]);
		md_inline_release(&in);
	}
}

static void test_what_cannot_be_read_is_an_error(void **state)
{
	static const struct { const char *md, *msg; } cases[] = {
		{ "# T\n## A\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		  "guide.md:3: a table cannot be read aloud" },
		{ "# T\n## A\nok\n\n<div>x</div>\n",
		  "guide.md:5: raw HTML (<div>x</div>)" },
		{ "# T\n## A\nText <span>x</span>.\n",
		  "guide.md:3: raw HTML (<span>)" },
		{ "# T\n## A\n![](colon.png)\n",
		  "guide.md:3: the image colon.png has no description" },
		{ "# T\n## A\n[x](javascript:alert(1))\n",
		  "guide.md:3: a link to \"javascript:alert(1)\"" },
		{ "# T\n## A\n[](https://x.org)\n",
		  "guide.md:3: a link to https://x.org has no text" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct guide g;
		struct err e;
		assert_int_equal(parse(&g, cases[i].md, &e), -1);
		if (!strstr(e.msg, cases[i].msg))
			fail_msg("%s: got \"%s\"", cases[i].msg, e.msg);
		guide_release(&g);
	}
}

static void test_images_rules_quotes_code(void **state)
{
	struct guide g;
	struct err e;
	const struct section *s;

	(void)state;
	assert_int_equal(parse(&g, "# T\n## A\n![A diagram](d.png)\n\n---\n\n"
			       "> Quoted *text*\ncontinued.\n\n    indented "
			       "text\n", &e), 0);
	s = &g.sec[1];
	assert_int_equal(s->nchunk, 4);
	assert_int_equal(s->chunk[1].kind, CHUNK_IMAGE);
	assert_string_equal(s->chunk[1].text, "A diagram");
	assert_string_equal(s->chunk[2].text, "Quoted text continued.");
	assert_string_equal(s->chunk[2].source, "Quoted *text* continued.");
	assert_string_equal(s->chunk[3].text, "indented text");
	guide_release(&g);
}

/* The seed's bold-line headings, even with no blank line after them. */
static void test_bold_lines_split_paragraphs(void **state)
{
	struct guide g;
	struct err e;

	(void)state;
	assert_int_equal(parse(&g, "**T**\n**A**\nline one\n**B**\nline two\n"
			       "**not** a heading\n", &e), 0);
	assert_int_equal(g.nsec, 3);
	assert_string_equal(guide_heading(&g.sec[1]), "A");
	assert_string_equal(g.sec[1].chunk[1].text, "line one");
	assert_int_equal(g.sec[2].line, 4);
	assert_string_equal(g.sec[2].chunk[1].text, "line two not a heading");
	guide_release(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists_are_chunks),
		cmocka_unit_test(test_comments_are_notes),
		cmocka_unit_test(test_inline_markup_removed),
		cmocka_unit_test(test_translation_is_one_paragraph),
		cmocka_unit_test(test_what_cannot_be_read_is_an_error),
		cmocka_unit_test(test_images_rules_quotes_code),
		cmocka_unit_test(test_bold_lines_split_paragraphs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
