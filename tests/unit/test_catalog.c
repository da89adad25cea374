/* Unit tests for PO catalogs and translation state. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog.h"
#include "err.h"
#include "translation.h"

static const char header[] =
	"msgid \"\"\nmsgstr \"\"\n"
	"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	"\"Language: es\\n\"\n\n";

static char *write_po(const char *name, const char *body, const char *hdr)
{
	static char path[256];
	FILE *fp;

	mkdir("tests/tmp", 0777);
	snprintf(path, sizeof(path), "tests/tmp/%s", name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(hdr ? hdr : header, fp);
	fputs(body, fp);
	assert_int_equal(fclose(fp), 0);
	return path;
}

static void test_states_and_lines(void **state)
{
	struct catalog c;
	struct err e;
	const char *path = write_po("states.po",
		"msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Uno\"\n\n"		/* entry at 6 */
		"#, fuzzy\nmsgctxt \"a\"\nmsgid \"Two\"\nmsgstr \"Dos\"\n\n"	/* 11 */
		"msgctxt \"b\"\nmsgid \"Three\"\nmsgstr \"\"\n\n"		/* 15 */
		"msgctxt \"b\"\nmsgid \"Four\"\nmsgstr \"  \\n\"\n\n"		/* 19 */
		"msgid \"No context\"\nmsgstr \"Sin contexto\"\n\n"		/* 23 */
		"#~ msgctxt \"c\"\n#~ msgid \"Old\"\n#~ msgstr \"Viejo\"\n",	/* 26 */
		NULL);
	const struct catalog_entry *ent;

	(void)state;
	assert_int_equal(catalog_load(&c, path, &e), 0);
	assert_int_equal(c.n, 6);
	assert_string_equal(c.language, "es");
	ent = catalog_find(&c, "a", "One");
	assert_non_null(ent);
	assert_int_equal(ent->state, ENTRY_TRANSLATED);
	assert_string_equal(ent->msgstr, "Uno");
	assert_int_equal(ent->line, 6);
	ent = catalog_find(&c, "a", "Two");
	assert_int_equal(ent->state, ENTRY_FUZZY);
	assert_int_equal(ent->line, 11);
	assert_int_equal(catalog_find(&c, "b", "Three")->state,
			 ENTRY_UNTRANSLATED);
	assert_int_equal(catalog_find(&c, "b", "Four")->state,
			 ENTRY_UNTRANSLATED);
	assert_int_equal(catalog_find(&c, "b", "Four")->line, 19);
	/* The same msgid under another context is another entry. */
	assert_null(catalog_find(&c, "b", "One"));
	/* Entries without msgctxt and obsolete ones are never found. */
	assert_null(catalog_find(&c, "", "No context"));
	assert_null(catalog_find(&c, "c", "Old"));
	assert_int_equal(c.ent[5].state, ENTRY_OBSOLETE);
	assert_int_equal(c.ent[5].line, 26);
	catalog_release(&c);
}

static void test_syntax_error_has_line(void **state)
{
	struct catalog c;
	struct err e;
	const char *path = write_po("bad.po",
		"msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Uno\"\n\n"
		"msgctxt \"a\"\nmsgid \"Two\"\nmsgstr Dos\n", NULL);

	(void)state;
	assert_int_equal(catalog_load(&c, path, &e), -1);
	assert_non_null(strstr(e.msg, "tests/tmp/bad.po:12:"));
	catalog_release(&c);
}

static void test_duplicate_is_error(void **state)
{
	struct catalog c;
	struct err e;
	const char *path = write_po("dup.po",
		"msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Uno\"\n\n"
		"msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Otro\"\n", NULL);

	(void)state;
	assert_int_equal(catalog_load(&c, path, &e), -1);
	assert_non_null(strstr(e.msg, "tests/tmp/dup.po:"));
	assert_non_null(strstr(e.msg, "duplicate"));
	catalog_release(&c);
}

static void test_latin1_converted(void **state)
{
	struct catalog c;
	struct err e;
	const char *path = write_po("latin1.po",
		"msgctxt \"a\"\nmsgid \"Spine\"\nmsgstr \"Colonne vert\xe9" "brale\"\n",
		"msgid \"\"\nmsgstr \"\"\n"
		"\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\n");

	(void)state;
	assert_int_equal(catalog_load(&c, path, &e), 0);
	assert_string_equal(catalog_find(&c, "a", "Spine")->msgstr,
			    "Colonne vert\xc3\xa9" "brale");
	catalog_release(&c);
}

static void test_bad_utf8_rejected(void **state)
{
	struct catalog c;
	struct err e;
	const char *path = write_po("badutf8.po",
		"msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Uno\"\n\n"
		"msgctxt \"a\"\nmsgid \"Spine\"\nmsgstr \"vert\xe9" "bre\"\n", NULL);

	(void)state;
	assert_int_equal(catalog_load(&c, path, &e), -1);
	assert_non_null(strstr(e.msg, "badutf8.po:"));
	catalog_release(&c);
}

static void test_translation_sections(void **state)
{
	struct guide g;
	struct translation t;
	struct err e;
	static const char md[] = "# Title\n\n# Alpha\n\nFirst para.\n\n"
				 "Second para.\n\n# Beta\n\nBeta para.\n";
	const char *path = write_po("tr.po",
		"msgctxt \"title\"\nmsgid \"Title\"\nmsgstr \"Titulo\"\n\n"
		"msgctxt \"alpha\"\nmsgid \"Alpha\"\nmsgstr \"Alfa\"\n\n"
		"msgctxt \"alpha\"\nmsgid \"First para.\"\nmsgstr \"Primero.\"\n\n"
		"#, fuzzy\nmsgctxt \"alpha\"\nmsgid \"Second para.\"\nmsgstr \"Segundo.\"\n\n"
		"msgctxt \"beta\"\nmsgid \"Beta\"\nmsgstr \"Beta\"\n\n"
		"msgctxt \"beta\"\nmsgid \"Beta paragraph (old).\"\nmsgstr \"Viejo.\"\n",
		NULL);


	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(guide_parse(&g, "guide.md", md, strlen(md), &e), 0);
	assert_int_equal(translation_load(&t, &g, "es", path, &e), 0);
	assert_true(t.sec[0].complete);
	assert_string_equal(t.sec[0].heading, "Titulo");
	/* Fuzzy second paragraph: alpha is not complete and has no text;
	 * marked by hand (no previous msgid), it is for review. */
	assert_false(t.sec[1].complete);
	assert_null(t.sec[1].chunk);
	assert_string_equal(t.sec[1].heading, "Alfa");
	assert_int_equal(t.sec[1].nprob, 1);
	assert_int_equal(t.sec[1].prob[0].kind, TR_REVIEW);
	assert_non_null(strstr(tr_problem_name(&t.sec[1].prob[0]),
			       "marked for review"));
	assert_int_equal(t.sec[1].prob[0].po_line, 19);
	assert_int_equal(t.sec[1].prob[0].src_line, 7);
	/* The PO has no entry for beta's current text. */
	assert_false(t.sec[2].complete);
	assert_int_equal(t.sec[2].prob[0].kind, TR_MISSING);
	assert_int_equal(t.unused, 1);
	assert_int_equal(t.translated, 4);
	assert_int_equal(t.fuzzy, 1);
	assert_int_equal(t.untranslated, 1);
	assert_int_equal(translation_complete(&t), 1);
	translation_release(&t);
	/* The source language is complete by definition. */
	assert_int_equal(translation_load(&t, &g, "en", NULL, &e), 0);
	assert_int_equal(translation_complete(&t), 3);
	assert_string_equal(t.sec[1].chunk[2].text.buf, "Second para.");
	translation_release(&t);
	/* msgmerge's fuzzy keeps the previous msgid: the source changed. */
	path = write_po("merged.po",
		"msgctxt \"title\"\nmsgid \"Title\"\nmsgstr \"Titulo\"\n\n"
		"#, fuzzy\n#| msgctxt \"alpha\"\n#| msgid \"Old alpha\"\n"
		"msgctxt \"alpha\"\nmsgid \"Alpha\"\nmsgstr \"Alfa\"\n", NULL);
	assert_int_equal(translation_load(&t, &g, "es", path, &e), 0);
	assert_int_equal(t.sec[1].prob[0].kind, TR_FUZZY);
	assert_non_null(strstr(tr_problem_name(&t.sec[1].prob[0]), "outdated"));
	translation_release(&t);
	guide_release(&g);
}

static void test_plural_not_spoken(void **state)
{
	struct guide g;
	struct translation t;
	struct err e;
	static const char md[] = "# Title\n# A\nOne day.\n";
	const char *path = write_po("plural.po",
		"msgctxt \"title\"\nmsgid \"Title\"\nmsgstr \"T\"\n\n"
		"msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"A\"\n\n"
		"msgctxt \"a\"\nmsgid \"One day.\"\nmsgid_plural \"Days.\"\n"
		"msgstr[0] \"Un dia.\"\nmsgstr[1] \"Dias.\"\n", NULL);

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(guide_parse(&g, "guide.md", md, strlen(md), &e), 0);
	assert_int_equal(translation_load(&t, &g, "es", path, &e), 0);
	assert_false(t.sec[1].complete);
	assert_int_equal(t.sec[1].prob[0].kind, TR_PLURAL);
	translation_release(&t);
	guide_release(&g);
}

static void test_pot_roundtrip(void **state)
{
	struct guide g;
	struct catalog c;
	struct err e;
	static const char md[] = "# A \"quoted\" title\n# Part\nBack\\slash and\ttab.\n";

	(void)state;
	memset(&g, 0, sizeof(g));
	assert_int_equal(guide_parse(&g, "guide.md", md, strlen(md), &e), 0);
	mkdir("tests/tmp", 0777);
	assert_int_equal(catalog_write_pot("tests/tmp/rt.pot", &g, NULL, &e), 0);
	assert_int_equal(catalog_load(&c, "tests/tmp/rt.pot", &e), 0);
	assert_int_equal(c.n, 3);
	assert_non_null(catalog_find(&c, "title", "A \"quoted\" title"));
	assert_non_null(catalog_find(&c, "part", "Back\\slash and\ttab."));
	assert_int_equal(catalog_find(&c, "part", "Part")->state,
			 ENTRY_UNTRANSLATED);
	catalog_release(&c);
	guide_release(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_states_and_lines),
		cmocka_unit_test(test_syntax_error_has_line),
		cmocka_unit_test(test_duplicate_is_error),
		cmocka_unit_test(test_latin1_converted),
		cmocka_unit_test(test_bad_utf8_rejected),
		cmocka_unit_test(test_translation_sections),
		cmocka_unit_test(test_plural_not_spoken),
		cmocka_unit_test(test_pot_roundtrip),
	};
	return cmocka_run_group_tests_name("catalog", tests, NULL, NULL);
}
