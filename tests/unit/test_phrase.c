/*
 * Unit tests for the program's own phrases: a translation must keep the
 * msgid's directives (%s, %d), in any order with %1$s and %2$d, and
 * they are filled in the order the translation puts them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "phrase.h"

static void expect_fill(const char *phrase, const char *want)
{
	const char *args[2] = { "Overview", "3" };
	char *got = phrase_fill(phrase, args, 2);

	assert_string_equal(got, want);
	free(got);
}

static void test_fill(void **state)
{
	char *s;

	(void)state;
	expect_fill("For %s, press %d.", "For Overview, press 3.");
	expect_fill("%s请按%d。", "Overview请按3。");
	/* A language that wants the key first. */
	expect_fill("Press %2$d for %1$s.", "Press 3 for Overview.");
	/* %% is a per cent sign; an argument's own % is left alone. */
	expect_fill("100%% of %s", "100% of Overview");
	/* What is not a directive of ours is left as written. */
	expect_fill("%s at 5%x, %", "Overview at 5%x, %");
	s = phrase_number("Step %d.", 12);
	assert_string_equal(s, "Step 12.");
	free(s);
	s = phrase_number("Paso %d.", 1);
	assert_string_equal(s, "Paso 1.");
	free(s);
}

/* A catalog of one translation of "For %s, press %d.", read back
 * (the answer lives until the next call). */
static const char *lookup(const char *msgstr, const char **why)
{
	static struct phrases p;
	static int loaded;
	char dir[] = "/tmp/test_phrase.XXXXXX", po[64];
	const char *got;
	struct err e;
	FILE *fp;
	int line;

	if (loaded)
		phrases_release(&p);
	assert_non_null(mkdtemp(dir));
	snprintf(po, sizeof(po), "%s/es.po", dir);
	fp = fopen(po, "w");
	assert_non_null(fp);
	fprintf(fp, "msgid \"\"\nmsgstr \"Content-Type: text/plain; "
		"charset=UTF-8\\n\"\n\n#, c-format\nmsgid \"For %%s, press %%d.\""
		"\nmsgstr \"%s\"\n", msgstr);
	fclose(fp);
	assert_int_equal(phrases_load(&p, "es", dir, &e), 0);
	loaded = 1;
	got = phrase_lookup(&p, PHRASE_FOR_SECTION, why, &line);
	remove(po);
	rmdir(dir);
	return got;
}

static void test_directives_kept(void **state)
{
	const char *why = NULL;

	(void)state;
	assert_string_equal(lookup("Para %s, pulse %d.", &why),
			    "Para %s, pulse %d.");
	assert_non_null(lookup("Pulse %2$d para %1$s.", &why));
	assert_null(lookup("Para %s, pulse.", &why));	/* %d lost */
	assert_non_null(strstr(why, "directives"));
	assert_null(lookup("Para %d, pulse %s.", &why));	/* swapped */
	assert_null(lookup("Para %s %s, pulse %d.", &why));	/* one more */
	assert_null(lookup("Para %x, pulse %d.", &why));	/* not ours */
	assert_null(lookup("Para %s, pulse %d %", &why));	/* cut short */
	/* Ten directives, past the nine places a phrase may have. */
	assert_null(lookup("%s %d %d %d %d %d %d %d %d %d", &why));
	/* A per cent sign is no directive. */
	assert_non_null(lookup("Para %s, pulse %d (100%%).", &why));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fill),
		cmocka_unit_test(test_directives_kept),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
