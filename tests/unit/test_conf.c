/* Unit tests for guide.conf and the language table. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "conf.h"
#include "err.h"
#include "lang.h"
#include "project.h"

static const char *write_conf(const char *text)
{
	FILE *fp;

	mkdir("tests/tmp", 0777);
	mkdir("tests/tmp/conf", 0777);
	fp = fopen("tests/tmp/conf/guide.conf", "w");
	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
	return "tests/tmp/conf";
}

static void test_defaults_without_file(void **state)
{
	struct guide_conf c;
	struct err e;

	(void)state;
	assert_int_equal(conf_load(&c, "tests/no-such-dir", &e), 0);
	assert_string_equal(c.source_language, "en");
	assert_int_equal(c.languages.n, 0);
	assert_int_equal(c.pitch, -1);
	assert_true(c.target_lufs == -20 && c.phone_target_lufs == -22);
	conf_release(&c);
}

static void test_all_keys(void **state)
{
	struct guide_conf c;
	struct err e;
	const char *dir = write_conf(
		"; comment\ntitle = Spine Guide\nsource_language = en\n"
		"languages = en, es pt_BR\nprofiles = mp3,ulaw\nrate = 160\n"
		"pitch = 40\n\n[voices]\nes = es-419\npt_BR = pt\n\n"
		"[loudness]\ntarget_lufs = -18\nceiling_dbfs = -2\n\n[]\n"
		"packages = epub3, web\npublisher = St. Elsewhere & Co.\n");

	(void)state;
	assert_int_equal(conf_load(&c, dir, &e), 0);
	assert_string_equal(c.title, "Spine Guide");
	assert_int_equal(c.languages.n, 3);
	assert_string_equal(c.languages.v[2], "pt_BR");
	assert_int_equal(c.profiles.n, 2);
	assert_int_equal(c.rate, 160);
	assert_int_equal(c.pitch, 40);
	assert_string_equal(conf_voice(&c, "es")->voice, "es-419");
	assert_int_equal(conf_voice(&c, "es")->line, 10);
	assert_null(conf_voice(&c, "fr"));
	assert_true(c.target_lufs == -18 && c.ceiling_dbfs == -2);
	assert_int_equal(c.packages.n, 2);
	assert_string_equal(c.packages.v[1], "web");
	assert_int_equal(c.packages_line, 18);
	assert_string_equal(c.publisher, "St. Elsewhere & Co.");
	conf_release(&c);
}

static void expect_error(const char *text, const char *want)
{
	struct guide_conf c;
	struct err e;

	assert_int_equal(conf_load(&c, write_conf(text), &e), -1);
	if (!strstr(e.msg, want))
		fail_msg("got '%s', want '%s'", e.msg, want);
	conf_release(&c);
}

static void test_errors_name_line(void **state)
{
	(void)state;
	expect_error("title = x\n\ncolour = red\n",
		     "guide.conf:3: unknown key 'colour'");
	expect_error("rate = fast\n", "guide.conf:1: rate = fast");
	expect_error("\nrate = 1e99\n", "guide.conf:2: rate = 1e99");
	expect_error("pitch = 101\n", "guide.conf:1: pitch = 101");
	expect_error("[voices]\nxx-Y = es\n", "guide.conf:2: [voices] xx-Y");
	expect_error("languages = en, es-ES-x\n",
		     "guide.conf:1: languages: 'es-ES-x' is not a language code");
	expect_error("[voices]\nes = ../../etc\n", "guide.conf:2:");
	expect_error("[loudness]\ntarget_lufs = 5\n", "guide.conf:2: target_lufs");
	expect_error("[colours]\nred = 1\n", "guide.conf:2: unknown section");
	expect_error("ok = \nthis line has no equals\n", "guide.conf:1: unknown key 'ok'");
	expect_error("rate = 150\nthis line has no equals\n",
		     "guide.conf:2: not an INI line");
	expect_error("source_language = english\n",
		     "guide.conf:1: source_language");
	expect_error("\npackages = daisy202, daisy3\n",
		     "guide.conf:2: unknown package 'daisy3'; known: daisy202, "
		     "epub3, web");
	expect_error("packages =\n", "guide.conf:1: packages is empty");
	expect_error("publisher =\n", "guide.conf:1: publisher is empty");
}

static void test_lang_codes(void **state)
{
	char tag[32];

	(void)state;
	assert_true(lang_code_valid("es"));
	assert_true(lang_code_valid("pt_BR"));
	assert_true(lang_code_valid("es_419"));
	assert_true(lang_code_valid("sr@latin"));
	assert_true(lang_code_valid("yue"));
	assert_false(lang_code_valid("pt-BR"));
	assert_false(lang_code_valid("EN"));
	assert_false(lang_code_valid("../x"));
	assert_false(lang_code_valid("e"));
	assert_false(lang_code_valid(""));
	lang_bcp47(tag, sizeof(tag), "zh_CN");
	assert_string_equal(tag, "zh-CN");
	lang_bcp47(tag, sizeof(tag), "sr_RS@latin");
	assert_string_equal(tag, "sr-Latn-RS");
	assert_true(lang_is_rtl("ar"));
	assert_true(lang_is_rtl("fa_IR"));
	assert_false(lang_is_rtl("ru"));
}

/* Languages as people name them: BCP 47 tags, any case, gettext codes. */
static void test_lang_normalize(void **state)
{
	static const char *const cases[][2] = {
		{ "es", "es" }, { "ES", "es" }, { "pt-BR", "pt_BR" },
		{ "pt_br", "pt_BR" }, { "zh-CN", "zh_CN" },
		{ "zh-Hans", "zh_CN" }, { "zh-Hant-TW", "zh_TW" },
		{ "sr-Latn-RS", "sr_RS@latin" }, { "sr-Cyrl", "sr@cyrillic" },
		{ "sr_RS@latin", "sr_RS@latin" }, { "es-419", "es_419" },
		{ "yue", "yue" }, { "EN_gb", "en_GB" },
	};
	static const char *const bad[] = {
		"", "e", "english", "../x", "pt-BRA", "es-", "en-Latn-x",
		"de-Grek", "es-ES-x", "zh-Hans-CN-extra", "12", "es@", "a-b",
	};
	char out[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (lang_normalize(cases[i][0], out, sizeof(out)))
			fail_msg("%s: refused", cases[i][0]);
		if (strcmp(out, cases[i][1]))
			fail_msg("%s: got %s, want %s", cases[i][0], out,
				 cases[i][1]);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (!lang_normalize(bad[i], out, sizeof(out)))
			fail_msg("%s: taken as %s", bad[i], out);
	assert_string_equal(lang_plural_forms("pt_BR"),
			    "nplurals=2; plural=(n > 1);");
	assert_string_equal(lang_plural_forms("pt"),
			    "nplurals=2; plural=(n != 1);");
	assert_string_equal(lang_plural_forms("zh_TW"), "nplurals=1; plural=0;");
}

static void test_voice_choice(void **state)
{
	struct guide_conf c;
	struct err e;
	char *v;

	(void)state;
	assert_int_equal(conf_load(&c, write_conf("[voices]\nes = es-419\n"), &e),
			 0);
	v = project_voice_for(&c, "es");
	assert_string_equal(v, "es-419");
	free(v);
	v = project_voice_for(&c, "zh_CN");
	assert_string_equal(v, "cmn-latn-pinyin");
	free(v);
	v = project_voice_for(&c, "pt_PT");	/* falls back to pt */
	assert_string_equal(v, "pt");
	free(v);
	v = project_voice_for(&c, "nb_NO");	/* not in the table */
	assert_string_equal(v, "nb-no");
	free(v);
	conf_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults_without_file),
		cmocka_unit_test(test_all_keys),
		cmocka_unit_test(test_errors_name_line),
		cmocka_unit_test(test_lang_codes),
		cmocka_unit_test(test_lang_normalize),
		cmocka_unit_test(test_voice_choice),
	};
	return cmocka_run_group_tests_name("conf", tests, NULL, NULL);
}
