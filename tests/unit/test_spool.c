/* Unit tests for the spool: bytes held in memory, then in a file. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "spool.h"

static unsigned next(unsigned *r)
{
	*r = *r * 1103515245u + 12345u;
	return *r >> 8;
}

/*
 * Two and a half SPOOL_MEMs written in pieces of every size up to 40 kB
 * (the spool spills to its file partway), then read back at random
 * offsets and lengths, across the spill and past the end: every byte is
 * the one written, and a read is short only at the end.
 */
static void test_spool_reads_what_was_written(void **state)
{
	const size_t total = SPOOL_MEM * 5 / 2;
	unsigned char *want = malloc(total), *got = malloc(65536);
	struct spool s = { 0 };
	struct err e;
	unsigned r = 1;
	size_t at = 0, i;
	int t;

	(void)state;
	assert_non_null(want);
	assert_non_null(got);
	for (i = 0; i < total; i++)
		want[i] = (unsigned char)next(&r);
	while (at < total) {
		size_t n = next(&r) % 40960 + 1;
		if (n > total - at)
			n = total - at;
		assert_int_equal(spool_write(&s, want + at, n, &e), 0);
		at += n;
	}
	assert_non_null(s.fp);	/* it did spill */
	for (t = 0; t < 3000; t++) {
		long long off = t == 0 ? 0 : t == 1 ? (long long)SPOOL_MEM - 7
				: (long long)(next(&r) % (total + 100));
		size_t n = next(&r) % 65536, k, expect;
		expect = off >= (long long)total ? 0
			 : n < total - (size_t)off ? n : total - (size_t)off;
		assert_int_equal(spool_read(&s, off, got, n, &k, &e), 0);
		if (k != expect)
			fail_msg("read %zu at %lld: got %zu, want %zu", n, off,
				 k, expect);
		if (k && memcmp(got, want + off, k))
			fail_msg("read %zu at %lld: other bytes", n, off);
	}
	spool_release(&s);
	free(got);
	free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spool_reads_what_was_written),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
