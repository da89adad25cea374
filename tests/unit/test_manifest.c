/* Unit tests for manifest.json: what is written is what is read. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "err.h"
#include "fs.h"
#include "manifest.h"
#include "strbuf.h"
#include "xalloc.h"

static void fill(struct manifest *m)
{
	struct manifest_lang *l = manifest_add_lang(m);
	struct manifest_track *t = manifest_add_track(l);
	struct manifest_file *f = manifest_add_file(t);
	struct manifest_skip *s = manifest_add_skip(l);
	struct manifest_problem *p = manifest_add_problem(s);

	m->guide = xstrdup("g");
	m->title = xstrdup("Title \"quoted\"");
	m->source_language = xstrdup("en");
	m->audioguide = xstrdup("0");
	m->espeak_ng = xstrdup("1.51");
	m->libsndfile = xstrdup("libsndfile-1.2.0");
	strlist_push(&m->profiles, "mp3");
	m->head = 0.5;
	l->code = xstrdup("es");
	l->bcp47 = xstrdup("es");
	l->voice = xstrdup("es");
	l->po = xstrdup("po/g/es.po");
	l->title = NULL;			/* written as null */
	t->number = 1;
	t->section = xstrdup("a");
	t->title = xstrdup("Á");
	strlist_push(&t->text, "Á");
	strlist_push(&t->text, "Párrafo.");
	t->duration = manifest_seconds(3.14159);
	t->captions = xstrdup("es/captions/01-a.vtt");
	f->profile = xstrdup("mp3");
	f->path = xstrdup("es/mp3/01-a.mp3");
	f->bytes = 1234;
	f->lufs = manifest_db(-20.004);
	f->peak_db = manifest_db(-INFINITY);
	s->number = 2;
	s->section = xstrdup("b");
	s->reason = xstrdup("translation incomplete");
	p->kind = xstrdup("fuzzy");
	p->po = xstrdup("po/g/es.po");
	p->line = 40;
	p->source_line = 7;
}

static void test_round_trip(void **state)
{
	struct manifest m = { 0 }, r, copy = { 0 };
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	const char *p1 = "tests/tmp/manifest/a.json";
	const char *p2 = "tests/tmp/manifest/b.json";
	struct err e;

	(void)state;
	mkdir("tests/tmp", 0777);
	mkdir("tests/tmp/manifest", 0777);
	fill(&m);
	assert_int_equal(manifest_write(&m, p1, &e), 0);
	assert_int_equal(manifest_read(&r, p1), 0);
	assert_string_equal(r.title, m.title);
	assert_null(r.lang[0].title);
	assert_int_equal(r.lang[0].track[0].text.n, 2);
	assert_true(r.lang[0].track[0].duration == 3.142);
	assert_true(r.lang[0].track[0].file[0].lufs == -20.0);
	assert_true(r.lang[0].track[0].file[0].peak_db == -999);
	assert_int_equal(r.lang[0].skip[0].prob[0].line, 40);
	assert_non_null(manifest_track_file(&r.lang[0].track[0], "mp3"));
	assert_null(manifest_track_file(&r.lang[0].track[0], "ogg"));
	/* A language copied from a read manifest writes the same bytes. */
	manifest_copy_lang(&copy, manifest_find_lang(&r, "es"));
	copy.guide = xstrdup(r.guide);
	copy.title = xstrdup(r.title);
	copy.source_language = xstrdup(r.source_language);
	copy.audioguide = xstrdup(r.audioguide);
	copy.espeak_ng = xstrdup(r.espeak_ng);
	copy.libsndfile = xstrdup(r.libsndfile);
	strlist_push(&copy.profiles, "mp3");
	copy.head = r.head;
	assert_int_equal(manifest_write(&copy, p2, &e), 0);
	assert_int_equal(fs_read_file(p1, &a, 1 << 20, &e), 0);
	assert_int_equal(fs_read_file(p2, &b, 1 << 20, &e), 0);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.buf, b.buf, a.len);
	assert_null(manifest_find_lang(&r, "fr"));
	manifest_release(&m);
	manifest_release(&r);
	manifest_release(&copy);
	strbuf_release(&a);
	strbuf_release(&b);
}

static void test_not_a_manifest(void **state)
{
	struct manifest m;
	FILE *fp;

	(void)state;
	mkdir("tests/tmp", 0777);
	mkdir("tests/tmp/manifest", 0777);
	assert_int_equal(manifest_read(&m, "tests/tmp/manifest/none"), -1);
	fp = fopen("tests/tmp/manifest/bad.json", "w");
	fputs("[1, 2", fp);
	fclose(fp);
	assert_int_equal(manifest_read(&m, "tests/tmp/manifest/bad.json"), -1);
	fp = fopen("tests/tmp/manifest/odd.json", "w");
	fputs("{\"languages\": [{\"code\": 5, \"tracks\": [{\"text\": [1]}]}]}", fp);
	fclose(fp);
	assert_int_equal(manifest_read(&m, "tests/tmp/manifest/odd.json"), 0);
	assert_null(m.lang[0].code);		/* not a string: absent */
	assert_int_equal(m.lang[0].track[0].text.n, 0);
	manifest_release(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_not_a_manifest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
