/* Unit tests for content keys: framing, stability, key files. */
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
#include "key.h"

static void key_of(const char *const *fields, size_t n, char hex[33])
{
	struct key_hasher *h = key_hasher_new();
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		key_add_str(h, fields[i], fields[i + 1]);
	key_finish(h, hex);
}

/* Fields are framed: moving a byte across a boundary changes the key. */
static void test_framing(void **state)
{
	static const char *const a[] = { "chunk", "ab", "chunk", "c" };
	static const char *const b[] = { "chunk", "a", "chunk", "bc" };
	static const char *const c[] = { "chunkab", "", "chunk", "c" };
	static const char *const d[] = { "chunk", "abchunkc" };
	char ka[33], kb[33], kc[33], kd[33], again[33];

	(void)state;
	key_of(a, 4, ka);
	key_of(b, 4, kb);
	key_of(c, 4, kc);
	key_of(d, 2, kd);
	key_of(a, 4, again);
	assert_int_equal(strlen(ka), 32);
	assert_string_equal(ka, again);		/* stable */
	assert_string_not_equal(ka, kb);
	assert_string_not_equal(ka, kc);
	assert_string_not_equal(ka, kd);
}

/* NULL differs from "", and numbers from the strings of other numbers. */
static void test_null_and_numbers(void **state)
{
	struct key_hasher *h;
	char k1[33], k2[33], k3[33];

	(void)state;
	h = key_hasher_new();
	key_add_str(h, "album", NULL);
	key_finish(h, k1);
	h = key_hasher_new();
	key_add_str(h, "album", "");
	key_finish(h, k2);
	assert_string_not_equal(k1, k2);
	h = key_hasher_new();
	key_add_num(h, "rate", 0.1);
	key_finish(h, k1);
	h = key_hasher_new();
	key_add_num(h, "rate", 0.1 + 1e-12);
	key_finish(h, k2);
	h = key_hasher_new();
	key_add_str(h, "rate", "0.10000000000000001");
	key_finish(h, k3);
	assert_string_not_equal(k1, k2);
	assert_string_equal(k1, k3);	/* %.17g: every bit of the double */
}

static void test_key_files(void **state)
{
	struct key_entry w = { .bytes = 5, .seconds = 12.3456789,
			       .lufs = -20.004, .peak_db = NAN }, r;
	const char *out = "tests/tmp/key/out.bin", *kf = "tests/tmp/key/k";
	struct err e;
	FILE *fp;

	(void)state;
	mkdir("tests/tmp", 0777);
	mkdir("tests/tmp/key", 0777);
	memcpy(w.key, "0123456789abcdef0123456789abcdef", 33);
	assert_int_equal(key_write(kf, &w, &e), 0);
	assert_int_equal(key_read(kf, &r), 0);
	assert_string_equal(r.key, w.key);
	assert_int_equal(r.bytes, 5);
	assert_true(fabs(r.seconds - 12.345679) < 1e-9);
	assert_true(fabs(r.lufs - -20.004) < 1e-9);
	assert_true(r.peak_db == -999.0);	/* none measured */
	assert_int_equal(r.encodes, 1);		/* encoded once */
	w.encodes = 3;
	assert_int_equal(key_write(kf, &w, &e), 0);
	assert_int_equal(key_read(kf, &r), 0);
	assert_int_equal(r.encodes, 3);
	/* A key file from before encodes were counted: once. */
	fp = fopen(kf, "w");
	fprintf(fp, "audioguide-key 1\nkey %s\nbytes 5\nseconds 1.0\n"
		"lufs -20.0\npeak_db -1.5\n", w.key);
	fclose(fp);
	assert_int_equal(key_read(kf, &r), 0);
	assert_int_equal(r.encodes, 1);
	fp = fopen(out, "w");
	fputs("12345", fp);
	fclose(fp);
	assert_true(key_fresh(&r, w.key, out));
	assert_false(key_fresh(&r, "ffffffffffffffffffffffffffffffff", out));
	fp = fopen(out, "w");
	fputs("1234", fp);			/* a file of another size */
	fclose(fp);
	assert_false(key_fresh(&r, w.key, out));
	remove(out);
	assert_false(key_fresh(&r, w.key, out));
	fp = fopen(kf, "w");
	fputs("audioguide-key 1\nkey short\n", fp);
	fclose(fp);
	assert_int_equal(key_read(kf, &r), -1);
	assert_int_equal(key_read("tests/tmp/key/none", &r), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framing),
		cmocka_unit_test(test_null_and_numbers),
		cmocka_unit_test(test_key_files),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
