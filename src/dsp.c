/*
 * dsp: band filters, resampling (libsoxr), loudness (libebur128) and the
 * look-ahead limiter.
 */
#include "dsp.h"

#include <ebur128.h>
#include <math.h>
#include <soxr.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "xalloc.h"

double db_to_lin(double db)
{
	return pow(10.0, db / 20.0);
}

double lin_to_db(double lin)
{
	return lin > 0 ? 20.0 * log10(lin) : -HUGE_VAL;
}

/* RBJ cookbook high- or low-pass section. */
static void biquad_set(struct biquad *b, int high, double f0, double q,
		       int rate)
{
	double w = 2 * M_PI * f0 / rate, c = cos(w), alpha = sin(w) / (2 * q);
	double a0 = 1 + alpha;
	double k = high ? (1 + c) / 2 : (1 - c) / 2;

	b->b0 = k / a0;
	b->b1 = (high ? -(1 + c) : (1 - c)) / a0;
	b->b2 = k / a0;
	b->a1 = -2 * c / a0;
	b->a2 = (1 - alpha) / a0;
	b->z1 = b->z2 = 0;
}

void filter_init(struct filter *f, enum band band, int rate)
{
	/* Q values of a 4th-order Butterworth as two 2nd-order sections. */
	static const double q[2] = { 0.54119610, 1.30656296 };
	double lo, hi;
	int i;

	memset(f, 0, sizeof(*f));
	if (band == BAND_FULL)
		return;
	lo = band == BAND_PHONE ? 300 : 50;
	hi = band == BAND_PHONE ? 3400 : 7000;
	for (i = 0; i < 2; i++) {
		biquad_set(&f->s[f->n++], 1, lo, q[i], rate);
		biquad_set(&f->s[f->n++], 0, hi, q[i], rate);
	}
}

/*
 * Each sample goes through every section before the next sample comes:
 * the sections' updates do not wait on each other, so they overlap (a
 * section at a time waits on its own last output at every sample).  Each
 * section still rounds its output to float, as a block would store it.
 */
void filter_run(struct filter *f, float *x, size_t n)
{
	size_t i;
	int k;

	if (!f->n)
		return;
	for (i = 0; i < n; i++) {
		float v = x[i];
		for (k = 0; k < f->n; k++) {
			struct biquad *b = &f->s[k];
			/* Transposed direct form II. */
			double in = v, out = b->b0 * in + b->z1;
			b->z1 = b->b1 * in - b->a1 * out + b->z2;
			b->z2 = b->b2 * in - b->a2 * out;
			v = (float)out;
		}
		x[i] = v;
	}
}

struct resampler {
	soxr_t soxr;		/* NULL when the rates are equal */
	double ratio;
	long long in_total, out_total;
	float out[4096];
};

int resampler_new(struct resampler **out, int in_rate, int out_rate,
		  struct err *e)
{
	struct resampler *r = xcalloc(1, sizeof(*r));
	soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
	soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
	soxr_error_t err = NULL;

	r->ratio = (double)out_rate / in_rate;
	if (in_rate != out_rate)
		r->soxr = soxr_create(in_rate, out_rate, 1, &err, &io, &q, NULL);
	if (err) {
		free(r);
		return err_set(e, "libsoxr: %s", err);
	}
	*out = r;
	return 0;
}

/* Give the sink at most the exact output length, padding at the end. */
static int emit(struct resampler *r, float *pcm, size_t n, int last,
		dsp_sink sink, void *user)
{
	long long want = llround(r->in_total * r->ratio);

	if (r->out_total + (long long)n > want)
		n = (size_t)(want > r->out_total ? want - r->out_total : 0);
	if (n && sink(user, pcm, n))
		return -1;
	r->out_total += (long long)n;
	while (last && r->out_total < want) {
		size_t k = (size_t)(want - r->out_total);
		if (k > sizeof(r->out) / sizeof(r->out[0]))
			k = sizeof(r->out) / sizeof(r->out[0]);
		memset(r->out, 0, k * sizeof(float));
		if (sink(user, r->out, k))
			return -1;
		r->out_total += (long long)k;
	}
	return 0;
}

int resampler_run(struct resampler *r, const float *pcm, size_t n,
		  dsp_sink sink, void *user, struct err *e)
{
	const size_t cap = sizeof(r->out) / sizeof(r->out[0]);
	size_t idone, odone;

	r->in_total += (long long)n;
	if (!r->soxr) {
		float buf[4096];
		while (n) {
			size_t k = n < cap ? n : cap;
			memcpy(buf, pcm, k * sizeof(float));
			if (sink(user, buf, k))
				return -1;
			pcm += k, n -= k;
		}
		return 0;
	}
	do {
		soxr_error_t err = soxr_process(r->soxr, pcm, n, &idone, r->out,
						cap, &odone);
		if (err)
			return err_set(e, "libsoxr: %s", err);
		if (emit(r, r->out, odone, 0, sink, user))
			return -1;
		if (pcm)
			pcm += idone;
		n -= idone;
	} while (n || (!pcm && odone));
	return pcm ? 0 : emit(r, r->out, 0, 1, sink, user);
}

void resampler_free(struct resampler *r)
{
	if (!r)
		return;
	if (r->soxr)
		soxr_delete(r->soxr);
	free(r);
}

struct meter {
	ebur128_state *st;
};

int meter_new(struct meter **out, int rate, int peak, struct err *e)
{
	struct meter *m = xcalloc(1, sizeof(*m));

	m->st = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I |
			     (peak ? EBUR128_MODE_SAMPLE_PEAK : 0));
	if (!m->st) {
		free(m);
		return err_set(e, "libebur128 could not start");
	}
	*out = m;
	return 0;
}

int meter_add(struct meter *m, const float *pcm, size_t n, struct err *e)
{
	if (ebur128_add_frames_float(m->st, pcm, n) != EBUR128_SUCCESS)
		return err_set(e, "libebur128 failed to measure");
	return 0;
}

void meter_result(struct meter *m, double *lufs, double *peak)
{
	if (ebur128_loudness_global(m->st, lufs) != EBUR128_SUCCESS)
		*lufs = -HUGE_VAL;
	if (!peak)
		return;
	if (ebur128_sample_peak(m->st, 0, peak) != EBUR128_SUCCESS)
		*peak = 0;
}

void meter_free(struct meter *m)
{
	if (!m)
		return;
	ebur128_destroy(&m->st);
	free(m);
}

/* Add n samples to a span (four sums, so that the loop does not wait
 * on each addition). */
static void span_add(struct span *sp, const float *x, size_t n)
{
	double e[4] = { 0, 0, 0, 0 };
	float p = sp->peak;
	size_t i, k;

	for (i = 0; i + 4 <= n; i += 4)
		for (k = 0; k < 4; k++) {
			float a = fabsf(x[i + k]);
			p = a > p ? a : p;
			e[k] += (double)x[i + k] * x[i + k];
		}
	for (; i < n; i++) {
		float a = fabsf(x[i]);
		p = a > p ? a : p;
		e[0] += (double)x[i] * x[i];
	}
	sp->peak = p;
	sp->energy += (e[0] + e[1]) + (e[2] + e[3]);
}

void spans_add(struct spans *s, const float *pcm, size_t n)
{
	while (n) {
		size_t k;

		if (!s->n || s->fill == DSP_SPAN) {
			ALLOC_GROW(s->span, s->n + 1, s->alloc);
			s->span[s->n].peak = 0;
			s->span[s->n++].energy = 0;
			s->fill = 0;
		}
		k = n < DSP_SPAN - s->fill ? n : DSP_SPAN - s->fill;
		span_add(&s->span[s->n - 1], pcm, k);
		s->fill += k;
		pcm += k;
		n -= k;
	}
}

size_t spans_len(const struct spans *s, size_t i)
{
	return i + 1 < s->n ? DSP_SPAN : s->fill;
}

void spans_release(struct spans *s)
{
	free(s->span);
	memset(s, 0, sizeof(*s));
}

/*
 * The limiter keeps, per sample, the gain r that would put it exactly at
 * the ceiling, takes the minimum of r over the next W samples, lets that
 * recover slowly (release), and averages it over W samples.  Each term of
 * the average is at most r at the sample being output, so the gain never
 * exceeds what that sample allows, and it moves smoothly.
 */
struct limiter {
	double ceiling, release;
	size_t w;		/* look-ahead window in samples */
	size_t pos;		/* slot of the next input in the rings */
	float *delay;		/* the last w input samples, after gain */
	double *box;		/* the last w smoothed gains */
	double boxsum, held;
	double *rq;		/* monotonic queue of (r, index): the minimum */
	long long *iq;
	size_t qhead, qlen;
	long long n;		/* samples taken in */
	size_t ones;		/* consecutive steps with the gain at 1.0 */
	int idle;		/* box all 1.0: samples under the ceiling pass */
	double idle_gain;	/* boxsum / w while idle */
	float out[1024];
	size_t nout;
};

struct limiter *limiter_new(int rate, double ceiling)
{
	struct limiter *l = xcalloc(1, sizeof(*l));
	size_t i;

	l->ceiling = ceiling;
	l->w = (size_t)(rate * 0.005) + 1;		/* 5 ms */
	l->release = exp(-1.0 / (rate * 0.080));	/* 80 ms */
	l->delay = xcalloc(l->w, sizeof(float));
	l->rq = xcalloc(l->w, sizeof(double));
	l->iq = xcalloc(l->w, sizeof(long long));
	l->box = xcalloc(l->w, sizeof(double));
	for (i = 0; i < l->w; i++)
		l->box[i] = 1.0;
	l->boxsum = (double)l->w;
	l->held = 1.0;
	l->idle = 1;
	l->idle_gain = 1.0;
	return l;
}

static size_t wrap(const struct limiter *l, size_t i)
{
	return i >= l->w ? i - l->w : i;
}

/*
 * The queue holds the r below 1.0 in the window, increasing from the head:
 * the head is the window's minimum.  An r of 1.0 is never stored (1.0 is
 * the default), so the queue empties once the last peak leaves the window.
 */
static void queue_push(struct limiter *l, double r)
{
	if (l->qlen && l->iq[l->qhead] <= l->n - (long long)l->w) {
		l->qhead = wrap(l, l->qhead + 1);
		l->qlen--;
	}
	if (r >= 1.0)
		return;
	while (l->qlen && l->rq[wrap(l, l->qhead + l->qlen - 1)] >= r)
		l->qlen--;
	l->rq[wrap(l, l->qhead + l->qlen)] = r;
	l->iq[wrap(l, l->qhead + l->qlen)] = l->n;
	l->qlen++;
}

/*
 * Give out the sample leaving the delay line, times the averaged gain;
 * with loss (limiter_loss), add there the energy the gain took from it
 * instead.
 */
static inline __attribute__((always_inline)) int
limiter_emit(struct limiter *l, double gain, dsp_sink sink,
			void *user, double *loss)
{
	double d = l->delay[l->pos], y = d * gain;
	float f;

	if (fabs(y) > l->ceiling)	/* rounding of boxsum, never more */
		y = copysign(l->ceiling, y);
	f = (float)y;
	if (loss) {
		*loss += d * d - (double)f * f;
		return 0;
	}
	l->out[l->nout++] = f;
	if (l->nout == sizeof(l->out) / sizeof(l->out[0])) {
		l->nout = 0;
		return sink(user, l->out, sizeof(l->out) / sizeof(l->out[0]));
	}
	return 0;
}

/*
 * Take one sample in; once the window is full, one comes out.  While the
 * limiter is idle (no peak in the window, every gain in the box 1.0) the
 * box and its sum stay as they are, so a sample under the ceiling only
 * passes through the delay line, times the same average as a full step
 * would give it (boxsum keeps its rounding: the output is the same bits
 * whether or not the limiter went idle).
 */
static inline __attribute__((always_inline)) int
limiter_step(struct limiter *l, double x, dsp_sink sink, void *user,
	     double *loss)
{
	size_t slot = l->pos;
	double ax = fabs(x), r, m;

	if (l->idle && ax <= l->ceiling) {
		l->delay[slot] = (float)x;
		l->pos = wrap(l, slot + 1);
		if (++l->n < (long long)l->w || loss)
			return 0;	/* an idle limiter takes nothing away */
		return limiter_emit(l, l->idle_gain, sink, user, NULL);
	}
	l->idle = 0;
	r = ax > l->ceiling ? l->ceiling / ax : 1.0;
	if (l->qlen || r < 1.0)	/* else nothing to expire or keep */
		queue_push(l, r);
	l->delay[slot] = (float)x;
	m = l->qlen ? l->rq[l->qhead] : 1.0;	/* min of r, last w inputs */
	if (l->held < 1.0) {
		l->held = 1.0 - (1.0 - l->held) * l->release;
		if (l->held > 1.0 - 1e-4)
			l->held = 1.0;	/* within 0.001 dB: recovered */
	}
	if (m < l->held)
		l->held = m;
	l->boxsum += l->held - l->box[slot];
	l->box[slot] = l->held;
	l->pos = wrap(l, slot + 1);
	if (l->held == 1.0 && !l->qlen) {
		if (++l->ones >= l->w) {
			l->idle = 1;
			l->idle_gain = l->boxsum / (double)l->w;
		}
	} else {
		l->ones = 0;
	}
	if (++l->n < (long long)l->w)
		return 0;
	/* The sample leaving is the oldest, w - 1 steps back: at pos. */
	return limiter_emit(l, l->boxsum / (double)l->w, sink, user, loss);
}

/*
 * While idle, with the window full: take samples under the ceiling as
 * limiter_step would, without its checks, until one is not.  Gives how
 * many it took, or -1 when the sink fails.
 */
static long idle_run(struct limiter *l, const float *pcm, size_t n,
		     double gain, dsp_sink sink, void *user)
{
	size_t i;

	for (i = 0; i < n; i++) {
		double x = pcm[i] * gain;
		if (fabs(x) > l->ceiling)
			break;
		l->delay[l->pos] = (float)x;
		l->pos = wrap(l, l->pos + 1);
		l->n++;
		if (limiter_emit(l, l->idle_gain, sink, user, NULL))
			return -1;
	}
	return (long)i;
}

int limiter_run(struct limiter *l, const float *pcm, size_t n, double gain,
		dsp_sink sink, void *user)
{
	size_t i = 0;

	while (i < n) {
		if (l->idle && l->n >= (long long)l->w) {
			long k = idle_run(l, pcm + i, n - i, gain, sink, user);
			if (k < 0)
				return -1;
			if ((i += (size_t)k) == n)
				break;
		}
		if (limiter_step(l, pcm[i++] * gain, sink, user, NULL))
			return -1;
	}
	if (n)
		return 0;
	for (i = 0; i + 1 < l->w; i++)	/* drain: the delay holds w - 1 */
		if (limiter_step(l, 0.0, sink, user, NULL))
			return -1;
	if (l->nout && sink(user, l->out, l->nout))
		return -1;
	l->nout = 0;
	return 0;
}

/*
 * The energy limiter_run would take from pcm times gain (in float, as
 * the final pass multiplies), without its samples: what the gain search
 * needs.  Only steps where the limiter is not idle count (idle, it gives
 * the samples back times an average of 1.0 that may differ from 1.0 in
 * its last bits), so passing stretches by with limiter_skip instead
 * gives the same sum, bit for bit.  n = 0 drains the delay.
 */
void limiter_loss(struct limiter *l, const float *pcm, size_t n, float gain,
		  double *loss)
{
	double sum = *loss;
	size_t i;

	for (i = 0; i < n; i++)
		limiter_step(l, pcm[i] * gain, NULL, NULL, &sum);
	for (i = 0; !n && !l->idle && i + 1 < l->w; i++)	/* drain */
		limiter_step(l, 0.0, NULL, NULL, &sum);
	*loss = sum;
}

/*
 * Let n samples pass an idle limiter, every one of them times gain under
 * the ceiling, as limiter_loss would: the delay line only needs the last
 * of them, tail (min(n, window) samples).
 */
void limiter_skip(struct limiter *l, const float *tail, size_t ntail,
		  size_t n, float gain)
{
	size_t i, slot = (l->pos + (n - ntail) % l->w) % l->w;

	for (i = 0; i < ntail; i++) {
		l->delay[slot] = tail[i] * gain;
		slot = wrap(l, slot + 1);
	}
	l->pos = (l->pos + n % l->w) % l->w;
	l->n += (long long)n;
}

size_t limiter_window(const struct limiter *l)
{
	return l->w;
}

int limiter_idle(const struct limiter *l)
{
	return l->idle;
}

void limiter_free(struct limiter *l)
{
	if (!l)
		return;
	free(l->delay);
	free(l->rq);
	free(l->iq);
	free(l->box);
	free(l);
}

void dsp_find_sound(const short *pcm, size_t n, int threshold, long *first,
		    long *last)
{
	size_t i = 0, j = n;

	/* From each end: speech is sound between short silences. */
	while (i < n && abs(pcm[i]) <= threshold)
		i++;
	if (i == n) {
		*first = *last = -1;
		return;
	}
	while (abs(pcm[j - 1]) <= threshold)
		j--;
	*first = (long)i;
	*last = (long)(j - 1);
}
