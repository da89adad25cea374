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

/* Quiet speech-like signal with a loud burst every 2 s (6 s of it, at
 * least): the limiter acts on each, and recovers in between. */
static void bursts(float *x, size_t n, int rate)
{
	size_t i, j;

	signal(x, n, rate, 0.25);
	for (i = 0; i < 3; i++) {
		size_t at = (size_t)rate * 2 * i + (size_t)rate / 3;
		for (j = 0; j < (size_t)rate / 10; j++)
			x[at + j] *= 4.0f;
	}
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

/*
 * The limiter as its comment in dsp.c describes it, one full step per
 * sample, with the window's minimum found by looking at every r in it.
 * limiter_run must give the same bits, however it gets there.
 */
static void reference_limiter(const float *in, size_t n, double gain,
			      int rate, double ceiling, float *out)
{
	const size_t w = (size_t)(rate * 0.005) + 1;
	const double release = exp(-1.0 / (rate * 0.080));
	float *delay = calloc(w, sizeof(float));
	double *box = malloc(w * sizeof(double)), *r = malloc(w * sizeof(double));
	double boxsum = (double)w, held = 1.0;
	size_t i, j, k = 0;

	for (j = 0; j < w; j++)
		box[j] = r[j] = 1.0;
	for (i = 0; i < n + w - 1; i++) {
		double x = i < n ? in[i] * gain : 0.0, ax = fabs(x), m = 1.0, y;
		size_t slot = i % w;
		r[slot] = ax > ceiling ? ceiling / ax : 1.0;
		delay[slot] = (float)x;
		for (j = 0; j < w; j++)
			if (r[j] < m)
				m = r[j];
		if (held < 1.0) {
			held = 1.0 - (1.0 - held) * release;
			if (held > 1.0 - 1e-4)
				held = 1.0;
		}
		if (m < held)
			held = m;
		boxsum += held - box[slot];
		box[slot] = held;
		if (i + 1 < w)
			continue;
		y = delay[(i + 1) % w] * (boxsum / (double)w);
		if (fabs(y) > ceiling)
			y = copysign(ceiling, y);
		out[k++] = (float)y;
	}
	assert_int_equal(k, n);
	free(delay);
	free(box);
	free(r);
}

/* Peaks far apart, with quiet between them long enough for the gain to
 * recover: the limiter goes idle in between, and its output is still the
 * reference's, bit for bit, for any block size. */
static void test_limiter_idles_between_peaks(void **state)
{
	const int rate = 22050;
	const size_t n = (size_t)rate * 6;
	const double ceiling = 0.8;
	float *x = malloc(n * sizeof(float)), *want = malloc(n * sizeof(float));
	static const size_t blocks[] = { 1, 100, 4096 };
	size_t b, i;

	(void)state;
	bursts(x, n, rate);
	reference_limiter(x, n, 1.3, rate, ceiling, want);
	for (b = 0; b < sizeof(blocks) / sizeof(blocks[0]); b++) {
		struct limiter *l = limiter_new(rate, ceiling);
		struct sink out = { 0 };
		int idled = 0;
		for (i = 0; i < n; i += blocks[b]) {
			size_t k = n - i < blocks[b] ? n - i : blocks[b];
			assert_int_equal(limiter_run(l, x + i, k, 1.3, collect,
						     &out), 0);
			/* idle again in the quiet before the next burst
			 * (the gain is back 0.7 s after the first) */
			if (i > (size_t)rate * 3 / 2 && i < (size_t)rate * 9 / 4)
				idled |= limiter_idle(l);
		}
		assert_int_equal(limiter_run(l, NULL, 0, 0, collect, &out), 0);
		assert_true(idled);
		assert_int_equal(out.n, n);
		for (i = 0; i < n; i++)
			if (out.x[i] != want[i])
				fail_msg("sample %zu: %.9g, reference %.9g", i,
					 (double)out.x[i], (double)want[i]);
		limiter_free(l);
		free(out.x);
	}
	free(want);
	free(x);
}

/*
 * The gain search's loss: the energy the limiter takes from the samples
 * times a float gain, the same bits for any block size and whether or
 * not the spans where it stays idle go by with limiter_skip, and within
 * rounding of the reference limiter's input less its output (the idle
 * stretches, which count as nothing, differ from the input only in
 * their last bits).
 */
static void test_limiter_loss_skips_idle_spans(void **state)
{
	const int rate = 22050;
	const size_t n = (size_t)rate * 6;
	const double ceiling = 0.8;
	const float gain = 1.7f;
	float *x = malloc(n * sizeof(float)), *g = malloc(n * sizeof(float));
	float *want = malloc(n * sizeof(float));
	static const size_t blocks[] = { 1, 100, 4096 };
	double want_in = 0, want_out = 0, first = 0, loss = 0, energy = 0;
	struct spans sp = { 0 };
	struct limiter *l;
	size_t b, i, skipped = 0;
	int before_peak = 0;

	(void)state;
	bursts(x, n, rate);
	/* a peak at the start of a span, in the quiet after a burst: its
	 * look-ahead reaches back into the span before, skipped */
	x[9 * DSP_SPAN + 2] = 0.9f;
	for (i = 0; i < n; i++) {
		g[i] = x[i] * gain;
		want_in += (double)g[i] * g[i];
	}
	reference_limiter(g, n, 1.0, rate, ceiling, want);
	for (i = 0; i < n; i++)
		want_out += (double)want[i] * want[i];
	assert_true(want_out < want_in * 0.999);	/* it did limit */
	for (b = 0; b < sizeof(blocks) / sizeof(blocks[0]); b++) {
		double sum = 0;
		l = limiter_new(rate, ceiling);
		for (i = 0; i < n; i += blocks[b])
			limiter_loss(l, x + i, n - i < blocks[b] ? n - i
				     : blocks[b], gain, &sum);
		limiter_loss(l, NULL, 0, gain, &sum);
		if (b && sum != first)
			fail_msg("block %zu: %.17g, want %.17g", blocks[b],
				 sum, first);
		first = sum;
		limiter_free(l);
	}
	if (fabs(first - (want_in - want_out)) > want_in * 1e-9)
		fail_msg("loss %.17g, reference %.17g", first,
			 want_in - want_out);

	/* spans taken in uneven pieces, the idle ones skipped */
	for (i = 0; i < n; i += 1000)
		spans_add(&sp, x + i, n - i < 1000 ? n - i : 1000);
	assert_int_equal(sp.n, (n + DSP_SPAN - 1) / DSP_SPAN);
	l = limiter_new(rate, ceiling);
	for (b = 0; b < sp.n; b++) {
		size_t len = spans_len(&sp, b), w = limiter_window(l);
		const float *at = x + b * DSP_SPAN;
		energy += sp.span[b].energy;
		if (limiter_idle(l) && sp.span[b].peak * gain <= ceiling) {
			size_t k = len < w ? len : w;
			limiter_skip(l, at + len - k, k, len, gain);
			skipped++;
			before_peak |= b == 8;
		} else {
			limiter_loss(l, at, len, gain, &loss);
		}
	}
	limiter_loss(l, NULL, 0, gain, &loss);
	assert_true(skipped > 0 && skipped < sp.n && before_peak);
	if (loss != first)
		fail_msg("skipping: %.17g, want %.17g", loss, first);
	assert_true(fabs((double)gain * gain * energy - want_in) <
		    want_in * 1e-6);
	limiter_free(l);
	spans_release(&sp);
	free(want);
	free(g);
	free(x);
}

/* The first and last sample over the threshold, as a scan of every
 * sample finds them: silence at either end, none, one, all sound. */
static void test_find_sound(void **state)
{
	short x[64];
	unsigned r = 7;
	int t;

	(void)state;
	for (t = 0; t < 2000; t++) {
		size_t n = (size_t)(t % 65), i;
		long first = -1, last = -1, f, l;
		int level = t % 3 ? 100 : 30000;	/* mostly quiet */
		for (i = 0; i < n; i++) {
			r = r * 1103515245u + 12345u;
			x[i] = (short)((int)(r >> 16) % (2 * level + 1) - level);
			if (r % 7 == 0)
				x[i] = (short)(r & 1 ? 32767 : -32768);
		}
		for (i = 0; i < n; i++)
			if (abs(x[i]) > 300) {
				if (first < 0)
					first = (long)i;
				last = (long)i;
			}
		dsp_find_sound(x, n, 300, &f, &l);
		if (f != first || l != last)
			fail_msg("case %d (n %zu): %ld..%ld, want %ld..%ld", t,
				 n, f, l, first, last);
	}
}

/* The band filter gives the bits of its sections run one after another
 * over the whole signal, whatever the blocks. */
static void test_filter_sections_in_order(void **state)
{
	const int rate = 8000;
	const size_t n = (size_t)rate * 2;
	float *x = malloc(n * sizeof(float)), *want = malloc(n * sizeof(float));
	struct filter f, ref;
	size_t i, done;
	int k;

	(void)state;
	signal(x, n, rate, 0.5);
	memcpy(want, x, n * sizeof(float));
	filter_init(&ref, BAND_PHONE, rate);
	assert_int_equal(ref.n, 4);
	for (k = 0; k < ref.n; k++) {
		struct biquad *b = &ref.s[k];
		for (i = 0; i < n; i++) {
			double in = want[i], out = b->b0 * in + b->z1;
			b->z1 = b->b1 * in - b->a1 * out + b->z2;
			b->z2 = b->b2 * in - b->a2 * out;
			want[i] = (float)out;
		}
	}
	filter_init(&f, BAND_PHONE, rate);
	for (done = 0; done < n; done += 777)
		filter_run(&f, x + done, n - done < 777 ? n - done : 777);
	for (i = 0; i < n; i++)
		if (x[i] != want[i])
			fail_msg("sample %zu: %.9g, sections in order %.9g", i,
				 (double)x[i], (double)want[i]);
	free(want);
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
		cmocka_unit_test(test_limiter_loss_skips_idle_spans),
		cmocka_unit_test(test_find_sound),
		cmocka_unit_test(test_limiter_transparent_and_aligned),
		cmocka_unit_test(test_limiter_latency_and_lookahead),
		cmocka_unit_test(test_limiter_idles_between_peaks),
		cmocka_unit_test(test_filter_sections_in_order),
		cmocka_unit_test(test_resampler_lengths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
