/* Unit tests for the signal stage: the limiter and the resampler. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dsp.h"
#include "err.h"

/* Collects what a limiter or resampler gives out. */
struct sink {
	float *x;
	size_t n, cap;
	size_t calls;
};

static int collect(void *user, float *pcm, size_t n)
{
	struct sink *s = user;

	if (s->n + n > s->cap) {
		s->cap = (s->n + n) * 2;
		s->x = realloc(s->x, s->cap * sizeof(float));
		assert_non_null(s->x);
	}
	memcpy(s->x + s->n, pcm, n * sizeof(float));
	s->n += n;
	s->calls++;
	return 0;
}

/* A deterministic test signal: speech-like bursts with sharp peaks. */
static void signal(float *x, size_t n, int rate, double amp)
{
	unsigned r = 12345;
	size_t i;

	for (i = 0; i < n; i++) {
		double t = (double)i / rate;
		double burst = 0.5 + 0.5 * sin(2 * M_PI * 3 * t);
		r = r * 1103515245u + 12345u;
		x[i] = (float)(amp * burst * (0.7 * sin(2 * M_PI * 220 * t) +
					      0.3 * ((r >> 16) / 32768.0 - 1)));
	}
	x[n / 3] = (float)(amp * 1.5);		/* isolated peaks */
	x[n / 2] = (float)(-amp * 1.7);
}

static void run_limiter(struct limiter *l, const float *x, size_t n,
			size_t block, double gain, struct sink *out)
{
	size_t i;

	for (i = 0; i < n; i += block)
		assert_int_equal(limiter_run(l, x + i, n - i < block ? n - i
					     : block, gain, collect, out), 0);
	assert_int_equal(limiter_run(l, NULL, 0, 0, collect, out), 0);
}

static void test_limiter_never_exceeds_ceiling(void **state)
{
	const int rate = 22050;
	const size_t n = rate * 3;
	float *x = malloc(n * sizeof(float));
	const double ceiling = pow(10, -1.0 / 20);	/* -1 dBFS */
	static const size_t blocks[] = { 1, 7, 1024, 4096 };
	size_t b, i;

	(void)state;
	signal(x, n, rate, 1.0);
	for (b = 0; b < sizeof(blocks) / sizeof(blocks[0]); b++) {
		struct limiter *l = limiter_new(rate, ceiling);
		struct sink out = { 0 };
		double peak = 0;
		run_limiter(l, x, n, blocks[b], 4.0, &out);	/* +12 dB */
		/* Same length out as in: the look-ahead delay is drained. */
		assert_int_equal(out.n, n);
		for (i = 0; i < out.n; i++)
			if (fabs(out.x[i]) > peak)
				peak = fabs(out.x[i]);
		assert_true(peak <= ceiling);
		assert_true(peak > ceiling * 0.9);	/* it limits, not mutes */
		limiter_free(l);
		free(out.x);
	}
	free(x);
}

/* Under the ceiling the limiter is exact and adds no delay. */
static void test_limiter_transparent_and_aligned(void **state)
{
	const int rate = 8000;
	const size_t n = rate;
	float *x = malloc(n * sizeof(float));
	struct limiter *l = limiter_new(rate, 0.9);
	struct sink out = { 0 };
	size_t i;

	(void)state;
	signal(x, n, rate, 0.3);
	run_limiter(l, x, n, 333, 1.0, &out);
	assert_int_equal(out.n, n);
	for (i = 0; i < n; i++)
		assert_true(out.x[i] == x[i]);
	limiter_free(l);
	free(out.x);
	free(x);
}

/*
 * One loud sample: the gain starts to fall no earlier than the 5 ms
 * look-ahead before it, the sample itself comes out at the ceiling, at
 * its own position, and the rest recovers.
 */
static void test_limiter_latency_and_lookahead(void **state)
{
	const int rate = 48000;
	const size_t n = rate * 3 / 2, at = rate / 4;
	const size_t w = (size_t)(rate * 0.005) + 1;
	float *x = calloc(n, sizeof(float));
	struct limiter *l = limiter_new(rate, 0.5);
	struct sink out = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < n; i++)
		x[i] = 0.1f;
	x[at] = 1.0f;
	run_limiter(l, x, n, 1000, 1.0, &out);
	assert_int_equal(out.n, n);
	for (i = 0; i + w < at; i++)
		assert_true(out.x[i] == 0.1f);	/* before the look-ahead */
	assert_true(out.x[at] <= 0.5f && out.x[at] > 0.45f);
	assert_true(out.x[at - 1] < 0.1f);	/* the gain came down first */
	assert_true(out.x[n - 1] == 0.1f);	/* and recovered: 80 ms release */
	limiter_free(l);
	free(out.x);
	free(x);
}

static void check_resampler(int in_rate, int out_rate, size_t n,
			    size_t block)
{
	struct resampler *r;
	struct sink out = { 0 };
	float *x = malloc((n + 1) * sizeof(float));
	struct err e;
	size_t i;

	signal(x, n, in_rate, 0.5);
	assert_int_equal(resampler_new(&r, in_rate, out_rate, &e), 0);
	for (i = 0; i < n; i += block)
		assert_int_equal(resampler_run(r, x + i, n - i < block ? n - i
					       : block, collect, &out, &e), 0);
	assert_int_equal(resampler_run(r, NULL, 0, collect, &out, &e), 0);
	assert_int_equal(out.n, (size_t)llround((double)n * out_rate / in_rate));
	resampler_free(r);
	free(out.x);
	free(x);
}

/* The output is exactly round(n * out / in) samples, however fed. */
static void test_resampler_lengths(void **state)
{
	static const int rates[][2] = {
		{ 22050, 8000 }, { 22050, 16000 }, { 22050, 48000 },
		{ 22050, 22050 }, { 8000, 22050 },
	};
	static const size_t lengths[] = { 1, 2, 1000, 22050, 22051, 99991 };
	static const size_t blocks[] = { 1, 4096 };
	size_t i, j, k;

	(void)state;
	for (i = 0; i < sizeof(rates) / sizeof(rates[0]); i++)
		for (j = 0; j < sizeof(lengths) / sizeof(lengths[0]); j++)
			for (k = 0; k < 2; k++)
				if (blocks[k] > 1 || lengths[j] <= 22051)
					check_resampler(rates[i][0], rates[i][1],
							lengths[j], blocks[k]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_limiter_never_exceeds_ceiling),
		cmocka_unit_test(test_limiter_transparent_and_aligned),
		cmocka_unit_test(test_limiter_latency_and_lookahead),
		cmocka_unit_test(test_resampler_lengths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
