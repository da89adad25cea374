#include "render.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dsp.h"
#include "synth.h"

/* Samples at or below this (of 32767) count as eSpeak NG's silence. */
#define SILENCE 64
#define BLOCK 4096
/* Loudness passes before the gain is taken as it is. */
#define GAIN_PASSES 4

struct chunk_audio {
	long off, len;		/* in the spool, in samples */
	long first, last;	/* sounding range within the chunk, or -1 */
	struct synth_sentence *sent;
	size_t nsent;
};

/* A piece of the timeline: silence, or a range of the spool. */
struct segment {
	long spool_off;		/* -1 for silence */
	long len;
};

struct track {
	const struct render_job *job;
	struct render_result *res;
	int rate;		/* eSpeak NG's */
	FILE *spool;		/* 16-bit samples as spoken */
	long spooled;
	struct chunk_audio *ch;
	size_t cur;		/* chunk being spoken */
	struct segment *seg;
	size_t nseg, segalloc;
	long total;		/* timeline length in samples */
	struct err *e;
};

static int spool_sink(void *user, const short *pcm, size_t n)
{
	struct track *t = user;
	struct chunk_audio *c = &t->ch[t->cur];
	long first, last;

	if (t->spooled + (long)n > (long)RENDER_MAX_SECONDS * t->rate)
		return err_set(t->e, "the track would be longer than %d hours; "
			       "split the section", RENDER_MAX_SECONDS / 3600);
	if (fwrite(pcm, sizeof(short), n, t->spool) != n)
		return err_set(t->e, "cannot write a temporary file: %s",
			       strerror(errno));
	dsp_find_sound(pcm, n, SILENCE, &first, &last);
	if (first >= 0) {
		long at = t->spooled - c->off;
		if (c->first < 0)
			c->first = at + first;
		c->last = at + last;
	}
	t->spooled += (long)n;
	return 0;
}

static int speak(struct track *t)
{
	const struct render_job *job = t->job;

	if (synth_set_voice(job->voice, job->rate, job->pitch, t->e))
		return -1;
	t->rate = synth_rate();
	t->ch = xcalloc(job->nchunks, sizeof(*t->ch));
	for (t->cur = 0; t->cur < job->nchunks; t->cur++) {
		struct chunk_audio *c = &t->ch[t->cur];
		c->off = t->spooled;
		c->first = c->last = -1;
		if (synth_speak(job->chunks[t->cur], spool_sink, t, &c->sent,
				&c->nsent, t->e))
			return -1;
		c->len = t->spooled - c->off;
	}
	if (fflush(t->spool))
		return err_set(t->e, "cannot write a temporary file: %s",
			       strerror(errno));
	return 0;
}

static void add_segment(struct track *t, long spool_off, long len)
{
	if (len <= 0)
		return;
	ALLOC_GROW(t->seg, t->nseg + 1, t->segalloc);
	t->seg[t->nseg].spool_off = spool_off;
	t->seg[t->nseg].len = len;
	t->nseg++;
	t->total += len;
}

static long secs(const struct track *t, double s)
{
	return lround(s * t->rate);
}

/* The text of code points [from, to) of s, trimmed; NULL when empty. */
static char *cue_text(const char *s, size_t from, size_t to)
{
	size_t n = strlen(s);
	size_t a = utf8_offset(s, n, from), b = utf8_offset(s, n, to);

	while (a < b && strchr(" \t\r\n", s[a]))
		a++;
	while (b > a && strchr(" \t\r\n", s[b - 1]))
		b--;
	return a < b ? xstrndup(s + a, b - a) : NULL;
}

/* Captions: each sentence's time on the timeline, from its chunk's start. */
static void add_cues(struct track *t, size_t k, long at)
{
	const struct chunk_audio *c = &t->ch[k];
	struct render_result *res = t->res;
	size_t i;

	for (i = 0; i < c->nsent; i++) {
		const struct synth_sentence *s = &c->sent[i];
		long a = s->start < c->first ? c->first : s->start;
		long b = s->end > c->last + 1 ? c->last + 1 : s->end;
		char *text;

		if (b <= a)
			continue;	/* a sentence with no sound */
		text = cue_text(t->job->chunks[k], s->first_char, s->end_char);
		if (!text)
			continue;
		ALLOC_GROW(res->cues, res->ncues + 1, res->alloc);
		res->cues[res->ncues].start = (double)(at + a - c->first) / t->rate;
		res->cues[res->ncues].end = (double)(at + b - c->first) / t->rate;
		res->cues[res->ncues].text = text;
		res->ncues++;
	}
}

/* Lay out head, trimmed chunks with their pauses, and tail. */
static void lay_out(struct track *t)
{
	size_t k;

	add_segment(t, -1, secs(t, RENDER_HEAD));
	for (k = 0; k < t->job->nchunks; k++) {
		const struct chunk_audio *c = &t->ch[k];
		if (k)
			add_segment(t, -1, secs(t, k == 1 ? RENDER_PAUSE_HEADING
						     : RENDER_PAUSE_PARAGRAPH));
		if (c->first < 0)
			continue;
		add_cues(t, k, t->total);
		add_segment(t, c->off + c->first, c->last - c->first + 1);
	}
	add_segment(t, -1, secs(t, RENDER_TAIL));
	t->res->seconds = (double)t->total / t->rate;
}

/* Read the timeline as float blocks, giving each to fn. */
static int read_timeline(struct track *t, dsp_sink fn, void *user)
{
	short s[BLOCK];
	float f[BLOCK];
	size_t i, j;

	for (i = 0; i < t->nseg; i++) {
		const struct segment *sg = &t->seg[i];
		long left = sg->len;
		if (sg->spool_off >= 0 &&
		    fseek(t->spool, sg->spool_off * (long)sizeof(short), SEEK_SET))
			return err_set(t->e, "cannot read a temporary file: %s",
				       strerror(errno));
		while (left > 0) {
			size_t n = left < BLOCK ? (size_t)left : BLOCK;
			if (sg->spool_off < 0) {
				memset(f, 0, n * sizeof(float));
			} else {
				if (fread(s, sizeof(short), n, t->spool) != n)
					return err_set(t->e, "cannot read a "
						       "temporary file");
				for (j = 0; j < n; j++)
					f[j] = s[j] / 32768.0f;
			}
			if (fn(user, f, n))
				return -1;
			left -= (long)n;
		}
	}
	return 0;
}

/* Pass A: band-limit and resample the timeline into a float spool. */
struct pass_a {
	struct filter filter;
	struct resampler *rs;
	FILE *out;
	struct meter *meter;
	struct err *e;
};

static int pass_a_out(void *user, float *pcm, size_t n)
{
	struct pass_a *a = user;

	if (fwrite(pcm, sizeof(float), n, a->out) != n)
		return err_set(a->e, "cannot write a temporary file: %s",
			       strerror(errno));
	return meter_add(a->meter, pcm, n, a->e);
}

static int pass_a_in(void *user, float *pcm, size_t n)
{
	struct pass_a *a = user;

	filter_run(&a->filter, pcm, n);
	return resampler_run(a->rs, pcm, n, pass_a_out, a, a->e);
}

static int run_pass_a(struct track *t, const struct profile *p, FILE *out,
		      double *lufs, double *peak)
{
	struct pass_a a = { .out = out, .e = t->e };
	int ret = -1;

	filter_init(&a.filter, p->band, t->rate);
	if (resampler_new(&a.rs, t->rate, p->rate, t->e) ||
	    meter_new(&a.meter, p->rate, t->e))
		goto done;
	if (read_timeline(t, pass_a_in, &a) ||
	    resampler_run(a.rs, NULL, 0, pass_a_out, &a, t->e))
		goto done;
	if (fflush(out)) {
		err_set(t->e, "cannot write a temporary file: %s",
			strerror(errno));
		goto done;
	}
	meter_result(a.meter, lufs, peak);
	ret = 0;
done:
	resampler_free(a.rs);
	meter_free(a.meter);
	return ret;
}

/* Pass B: gain and limiter over the float spool, into meter and encoders. */
struct pass_b {
	struct meter *meter;
	struct encoder **enc;
	size_t nenc;
	struct err *e;
};

static int pass_b_out(void *user, float *pcm, size_t n)
{
	struct pass_b *b = user;
	size_t i;

	if (b->meter && meter_add(b->meter, pcm, n, b->e))
		return -1;
	for (i = 0; i < b->nenc; i++)
		if (encode_write(b->enc[i], pcm, n, b->e))
			return -1;
	return 0;
}

static int run_pass_b(FILE *in, int rate, double gain_db, double ceiling_db,
		      struct pass_b *b)
{
	struct limiter *l = limiter_new(rate, db_to_lin(ceiling_db));
	float buf[BLOCK];
	size_t n;
	int ret = 0;

	rewind(in);
	while (!ret && (n = fread(buf, sizeof(float), BLOCK, in)) > 0)
		ret = limiter_run(l, buf, n, db_to_lin(gain_db), pass_b_out, b);
	if (!ret && ferror(in))
		ret = err_set(b->e, "cannot read a temporary file");
	if (!ret)
		ret = limiter_run(l, NULL, 0, 0, pass_b_out, b);
	limiter_free(l);
	return ret;
}

/*
 * The gain that puts the track on its target.  Where the limiter has to
 * act, it takes some loudness away; measure and correct until the result
 * is on target (a few passes over a spool, no synthesis).
 */
static int find_gain(FILE *in, int rate, double lufs, double peak,
		     double target, double ceiling_db, double *gain,
		     struct err *e)
{
	double g = isfinite(lufs) ? target - lufs : 0;
	int i;

	if (g > 40)
		g = 40;		/* a near-silent track is not blown up */
	for (i = 0; i < GAIN_PASSES && lin_to_db(peak) + g > ceiling_db; i++) {
		struct pass_b b = { NULL, NULL, 0, e };
		double got, pk;
		if (meter_new(&b.meter, rate, e))
			return -1;
		if (run_pass_b(in, rate, g, ceiling_db, &b)) {
			meter_free(b.meter);
			return -1;
		}
		meter_result(b.meter, &got, &pk);
		meter_free(b.meter);
		if (!isfinite(got) || fabs(target - got) < 0.05)
			break;
		g += target - got;
	}
	*gain = g;
	return 0;
}

static double target_of(const struct render_job *job, const struct profile *p)
{
	return job->target[p->phone];
}

static double ceiling_of(const struct render_job *job, const struct profile *p)
{
	return job->ceiling[p->phone] - p->margin_db;
}

static int same_signal(const struct render_job *job, size_t i, size_t j)
{
	const struct profile *a = job->profiles[i], *b = job->profiles[j];

	return a->rate == b->rate && a->band == b->band &&
	       target_of(job, a) == target_of(job, b) &&
	       ceiling_of(job, a) == ceiling_of(job, b);
}

struct measure {
	struct meter *meter;
};

static int measure_sink(void *user, const float *pcm, size_t n)
{
	struct measure *m = user;
	struct err ignored;

	return meter_add(m->meter, pcm, n, &ignored);
}

/* Loudness and peak of a file as written, decoded by libsndfile. */
static int measure_file(const struct profile *p, const char *path,
			struct render_file *rf, struct err *e)
{
	struct measure m;
	struct stat st;
	int ret;

	if (meter_new(&m.meter, p->rate, e))
		return -1;
	ret = encode_read(path, p->fmt, p->rate, measure_sink, &m, e);
	if (!ret) {
		double peak;
		meter_result(m.meter, &rf->lufs, &peak);
		rf->peak_db = lin_to_db(peak);
		rf->bytes = stat(path, &st) ? -1 : (long long)st.st_size;
	}
	meter_free(m.meter);
	return ret;
}

/* Encode every profile from `first` on that shares its signal. */
static int encode_group(struct track *t, FILE *in, double lufs, double peak,
			size_t first, char *done)
{
	const struct render_job *job = t->job;
	const struct profile *p = job->profiles[first];
	struct encoder **enc = xcalloc(job->nprof, sizeof(*enc));
	size_t *which = xcalloc(job->nprof, sizeof(*which));
	struct pass_b b = { NULL, enc, 0, t->e };
	double gain;
	size_t i;
	int ret = find_gain(in, p->rate, lufs, peak, target_of(job, p),
			    ceiling_of(job, p), &gain, t->e);

	for (i = first; !ret && i < job->nprof; i++) {
		if (done[i] || !same_signal(job, first, i))
			continue;
		ret = encode_open(&enc[b.nenc], job->paths[i],
				  job->profiles[i]->fmt, p->rate, job->tags,
				  t->e);
		if (!ret)
			which[b.nenc++] = i;
	}
	if (!ret)
		ret = run_pass_b(in, p->rate, gain, ceiling_of(job, p), &b);
	for (i = 0; i < b.nenc; i++) {
		if (ret) {
			encode_abort(enc[i]);
			continue;
		}
		ret = encode_close(enc[i], t->e);
		done[which[i]] = 1;
		if (!ret)
			ret = measure_file(job->profiles[which[i]],
					   job->paths[which[i]],
					   &t->res->files[which[i]], t->e);
	}
	free(enc);
	free(which);
	return ret;
}

/* Resample once per rate and band, then encode each loudness class. */
static int render_profiles(struct track *t)
{
	const struct render_job *job = t->job;
	char *done = xcalloc(job->nprof, 1);
	size_t i, j;
	int ret = 0;

	for (i = 0; !ret && i < job->nprof; i++) {
		const struct profile *p = job->profiles[i];
		FILE *f;
		double lufs, peak;

		if (done[i])
			continue;
		f = tmpfile();
		if (!f) {
			ret = err_set(t->e, "cannot make a temporary file: %s",
				      strerror(errno));
			break;
		}
		ret = run_pass_a(t, p, f, &lufs, &peak);
		for (j = i; !ret && j < job->nprof; j++)
			if (!done[j] && job->profiles[j]->rate == p->rate &&
			    job->profiles[j]->band == p->band)
				ret = encode_group(t, f, lufs, peak, j, done);
		fclose(f);
	}
	free(done);
	return ret;
}

int render_track(const struct render_job *job, struct render_result *res,
		 struct err *e)
{
	struct track t = { .job = job, .res = res, .e = e };
	size_t k;
	int ret = -1;

	memset(res, 0, sizeof(*res));
	res->files = xcalloc(job->nprof, sizeof(*res->files));
	t.spool = tmpfile();
	if (!t.spool) {
		err_set(e, "cannot make a temporary file: %s", strerror(errno));
		goto done;
	}
	if (speak(&t))
		goto done;
	lay_out(&t);
	ret = render_profiles(&t);
done:
	if (t.spool)
		fclose(t.spool);
	for (k = 0; t.ch && k < job->nchunks; k++)
		free(t.ch[k].sent);
	free(t.ch);
	free(t.seg);
	return ret;
}

void render_result_release(struct render_result *res)
{
	size_t i;

	for (i = 0; i < res->ncues; i++)
		free(res->cues[i].text);
	free(res->cues);
	free(res->files);
	memset(res, 0, sizeof(*res));
}
