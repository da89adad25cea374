/*
 * dsp: the signal stage.  Band-limiting, resampling (libsoxr), loudness
 * measurement (libebur128) and a look-ahead peak limiter, each streaming
 * over blocks of float samples in [-1, 1].
 */
#ifndef AUDIOGUIDE_DSP_H
#define AUDIOGUIDE_DSP_H

#include <stddef.h>

#include "err.h"
#include "profile.h"

/* A cascade of biquads (RBJ cookbook, Butterworth), e.g. a band-pass. */
struct filter {
	struct biquad {
		double b0, b1, b2, a1, a2;
		double z1, z2;
	} s[4];
	int n;
};

/* Set up the band filter for a band at a sample rate (n = 0 for full). */
void filter_init(struct filter *f, enum band band, int rate);
void filter_run(struct filter *f, float *x, size_t n);

/* Resampler; the output is exactly round(in * out_rate / in_rate) long. */
struct resampler;
int resampler_new(struct resampler **out, int in_rate, int out_rate,
		  struct err *e);
/* Process a block (n = 0 and pcm = NULL to flush at the end). */
typedef int (*dsp_sink)(void *user, float *pcm, size_t n);
int resampler_run(struct resampler *r, const float *pcm, size_t n,
		  dsp_sink sink, void *user, struct err *e);
void resampler_free(struct resampler *r);

/* Integrated loudness (LUFS) and sample peak (linear) of a stream. */
struct meter;
/* With peak, the sample peak is kept too (it costs a little). */
int meter_new(struct meter **out, int rate, int peak, struct err *e);
int meter_add(struct meter *m, const float *pcm, size_t n, struct err *e);
/* -HUGE_VAL loudness when the stream is silent; peak may be NULL. */
void meter_result(struct meter *m, double *lufs, double *peak);
void meter_free(struct meter *m);

/*
 * The peak and the energy of each span of DSP_SPAN samples of a stream,
 * taken as it goes by: where a limiter will act at a given gain, and the
 * stream's energy, without reading it again.
 */
#define DSP_SPAN 4096
struct spans {
	struct span {
		float peak;
		double energy;
	} *span;
	size_t n, alloc;
	size_t fill;		/* samples in the last span */
};
void spans_add(struct spans *s, const float *pcm, size_t n);
/* Samples in span i. */
size_t spans_len(const struct spans *s, size_t i);
void spans_release(struct spans *s);

/*
 * Look-ahead peak limiter: the gain it applies reaches its target before
 * a peak arrives, so no output sample exceeds the ceiling; it delays the
 * signal by its look-ahead, which limiter_run accounts for internally.
 */
struct limiter;
struct limiter *limiter_new(int rate, double ceiling);
/* Apply a linear gain then limit; n = 0 at the end drains the delay. */
int limiter_run(struct limiter *l, const float *pcm, size_t n,
		double gain, dsp_sink sink, void *user);
/* The energy the limiter takes from pcm times gain, added to *loss,
 * without the samples (n = 0 drains). */
void limiter_loss(struct limiter *l, const float *pcm, size_t n, float gain,
		  double *loss);
/* Pass n samples under the ceiling by an idle limiter; tail is their
 * last min(n, limiter_window) samples. */
void limiter_skip(struct limiter *l, const float *tail, size_t ntail,
		  size_t n, float gain);
size_t limiter_window(const struct limiter *l);
/* Nonzero while no peak is near and the gain is back at 1.0 (for tests). */
int limiter_idle(const struct limiter *l);
void limiter_free(struct limiter *l);

/* First and last sample louder than the threshold; -1 when none. */
void dsp_find_sound(const short *pcm, size_t n, int threshold, long *first,
		    long *last);

double db_to_lin(double db);
double lin_to_db(double lin);

#endif
