/* plan: a build's tracks, their outputs and keys, and a worker's job. */
#include "plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "afile.h"
#include "caption.h"
#include "fs.h"
#include "key.h"
#include "version.h"
#include "worker.h"
#include "xalloc.h"

/* Slot k's folder and extension: a profile's, or the captions', below
 * the plan's folder when it has one ("prompts/ulaw"; caller frees). */
static char *slot_dir(const struct plan *p, size_t k)
{
	const char *name = k < p->nprof ? p->prof[k]->name : "captions";

	return p->folder ? xasprintf("%s/%s", p->folder, name)
			 : xstrdup(name);
}

static const char *slot_ext(const struct plan *p, size_t k)
{
	return k < p->nprof ? p->prof[k]->ext : "vtt";
}

/*
 * The render job and tags every output of the track shares.  The job
 * points at the tags only in job_of(): the plan's array moves as it grows.
 */
static void make_job(struct plan_track *t)
{
	const struct plan_input *in = &t->in;

	t->chunks = xcalloc(in->nchunks, sizeof(*t->chunks));
	memcpy(t->chunks, in->chunks, in->nchunks * sizeof(*t->chunks));
	t->artist = xasprintf("eSpeak NG %s", in->voice);
	t->trackno = xasprintf("%d/%d", in->number + 1, in->total);
	t->tags = (struct enc_tags){ t->chunks[0].speech->written, in->album,
				     t->artist, t->trackno, in->lang,
				     "audioguide " AUDIOGUIDE_VERSION };
	t->job = (struct render_job){
		in->voice, in->rate, in->pitch, t->chunks, in->nchunks,
		NULL, NULL, 0, NULL, { in->target[0], in->target[1] },
		{ in->ceiling[0], in->ceiling[1] } };
}

static struct render_job job_of(const struct plan_track *t)
{
	struct render_job job = t->job;

	job.tags = &t->tags;
	return job;
}

size_t plan_add(struct plan *p, const struct plan_input *in)
{
	struct plan_track *t;
	struct render_job job;
	size_t k, stale = 0;

	ALLOC_GROW(p->t, p->n + 1, p->alloc);
	t = &p->t[p->n];
	memset(t, 0, sizeof(*t));
	t->in = *in;
	make_job(t);
	t->slot = xcalloc(p->nprof + 1, sizeof(*t->slot));
	job = job_of(t);
	for (k = 0; k <= p->nprof; k++) {
		struct plan_slot *s = &t->slot[k];
		char *dir = slot_dir(p, k);
		s->path = outdir_track(p->od, in->lang, dir, in->name,
				       slot_ext(p, k));
		s->keyfile = outdir_key(p->od, in->lang, dir, in->name);
		free(dir);
		key_for_track(&job, k < p->nprof ? p->prof[k] : NULL,
			      s->key);
		s->stale = p->force || key_read(s->keyfile, &s->ke) ||
			   !key_fresh(&s->ke, s->key, s->path);
		stale += s->stale;
	}
	if (stale && in->render) {
		ALLOC_GROW(p->job, p->njob + 1, p->jalloc);
		p->job[p->njob++] = p->n;
		t->todo = 1;
	}
	return p->n++;
}

/* What a track weighs for the split: the bytes it says. */
static double weight(const struct plan_track *t)
{
	double w = 0;
	size_t k;

	for (k = 0; k < t->in.nchunks; k++)
		w += (double)t->chunks[k].speech->spoken.len;
	return w;
}

/* A track to share out, with its weight. */
struct heavy {
	double w;
	size_t i;
};

static int heavier_first(const void *a, const void *b)
{
	const struct heavy *x = a, *y = b;

	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

void plan_shard(struct plan *p, int index, int count, double *load)
{
	struct heavy *order = xcalloc(p->n + 1, sizeof(*order));
	size_t i, n = 0, njob = 0;
	int s, best;

	for (i = 0; i < p->n; i++)
		if (p->t[i].in.render) {
			order[n].w = weight(&p->t[i]);
			order[n++].i = i;
		}
	qsort(order, n, sizeof(*order), heavier_first);
	for (i = 0; i < n; i++) {
		struct plan_track *t = &p->t[order[i].i];
		for (best = 0, s = 1; s < count; s++)
			if (load[s] < load[best])
				best = s;
		load[best] += order[i].w;
		if (best != index)
			t->in.render = t->todo = 0;
	}
	for (i = 0; i < p->njob; i++)
		if (p->t[p->job[i]].todo)
			p->job[njob++] = p->job[i];
	p->njob = njob;
	free(order);
}

static struct plan_track *plan_job(const struct plan *p, size_t i)
{
	return &p->t[p->job[i]];
}

/* Write the keys of what a job rendered, now that its files are in place. */
static int write_keys(const struct plan *p, const struct plan_track *t,
		      const size_t *idx, size_t n,
		      const struct render_result *res, struct err *e)
{
	size_t i;

	for (i = 0; i <= n; i++) {
		size_t k = i < n ? idx[i] : p->nprof;
		const struct plan_slot *s = &t->slot[k];
		struct key_entry ke = { .seconds = res->seconds,
					.lufs = NAN, .peak_db = NAN };
		if (k == p->nprof && !s->stale)
			continue;
		if (i < n) {
			ke.lufs = res->files[i].lufs;
			ke.peak_db = res->files[i].peak_db;
			ke.encodes = res->files[i].encodes;
		}
		ke.bytes = fs_size(s->path);
		memcpy(ke.key, s->key, sizeof(ke.key));
		if (key_write(s->keyfile, &ke, e))
			return -1;
	}
	return 0;
}

/* What plan_render's worker callbacks share. */
struct render_ctx {
	struct plan *p;
	const struct sayer *say;
	size_t started;
	size_t *group;	/* per job: the first job with its voice */
};

/* In a worker: render job i's stale outputs, then write their keys. */
static int job_run(void *ctx, size_t i, struct err *e)
{
	const struct plan *p = ((struct render_ctx *)ctx)->p;
	const struct plan_track *t = plan_job(p, i);
	const struct plan_slot *cap = &t->slot[p->nprof];
	const struct profile **prof = xcalloc(p->nprof + 1, sizeof(*prof));
	char **paths = xcalloc(p->nprof + 1, sizeof(*paths));
	size_t *idx = xcalloc(p->nprof + 1, sizeof(*idx));
	struct render_job job = job_of(t);
	struct render_result res;
	size_t k;
	int ret;

	/* No key may outlive the file it describes while that is rewritten. */
	for (k = 0; k <= p->nprof; k++)
		if (t->slot[k].stale)
			unlink(t->slot[k].keyfile);
	for (k = 0; k < p->nprof; k++)
		if (t->slot[k].stale) {
			idx[job.nprof] = k;
			prof[job.nprof] = p->prof[k];
			paths[job.nprof++] = t->slot[k].path;
		}
	job.profiles = prof;
	job.paths = paths;
	ret = render_track(&job, &res, e);
	if (!ret && cap->stale)
		ret = caption_write_vtt(cap->path, &res.cues, e);
	if (!ret)
		ret = write_keys(p, t, idx, job.nprof, &res, e);
	render_result_release(&res);
	free(prof);
	free(paths);
	free(idx);
	return ret;
}

/* Progress: "[3/20] es/03-damage mp3,ulaw" (or "captions"). */
static void job_started(void *ctx, size_t i)
{
	struct render_ctx *rc = ctx;
	const struct plan_track *t = plan_job(rc->p, i);
	struct strbuf what = STRBUF_INIT;
	size_t k;

	for (k = 0; k < rc->p->nprof; k++)
		if (t->slot[k].stale)
			strbuf_addf(&what, "%s%s", what.len ? "," : "",
				    rc->p->prof[k]->name);
	if (!what.len)
		strbuf_addstr(&what, "captions");
	say(rc->say, SAY_PROGRESS, "[%zu/%zu] %s/%s %s", ++rc->started,
	    rc->p->njob, t->in.lang, t->in.name, what.buf);
	strbuf_release(&what);
}

static void job_done(void *ctx, size_t i, int ok, const char *msg)
{
	struct render_ctx *rc = ctx;
	struct plan_track *t = plan_job(rc->p, i);

	if (ok) {
		t->rendered = 1;
		return;
	}
	t->failed = 1;
	say(rc->say, SAY_ERROR, "%s:%d: %s: %s", t->in.src, t->in.line,
	    t->in.lang, msg);
}

/* A worker stopped by a signal leaves temporaries: remove them. */
static void job_aborted(void *ctx, size_t i, pid_t pid)
{
	struct render_ctx *rc = ctx;
	const struct plan_track *t = plan_job(rc->p, i);
	size_t k;

	for (k = 0; k <= rc->p->nprof; k++) {
		afile_remove_temps(t->slot[k].path, (long)pid);
		afile_remove_temps(t->slot[k].keyfile, (long)pid);
	}
}

static void job_finish(void *ctx)
{
	(void)ctx;
	render_end_speech();
}

static size_t job_group(void *ctx, size_t i)
{
	return ((struct render_ctx *)ctx)->group[i];
}

/* A worker keeps the voices it spoke ready (render.c): the jobs of one
 * voice, rate and pitch are a group, so that a worker takes them
 * rather than loading the voice another worker holds. */
static size_t *voice_groups(const struct plan *p)
{
	size_t *group = xcalloc(p->njob, sizeof(*group));
	size_t *first = xcalloc(p->njob, sizeof(*first));
	size_t i, k, nfirst = 0;

	for (i = 0; i < p->njob; i++) {
		const struct plan_input *a = &plan_job(p, i)->in;
		for (k = 0; k < nfirst; k++) {
			const struct plan_input *b = &plan_job(p, first[k])->in;
			if (!strcmp(a->voice, b->voice) &&
			    a->rate == b->rate && a->pitch == b->pitch)
				break;
		}
		if (k == nfirst)
			first[nfirst++] = i;
		group[i] = first[k];
	}
	free(first);
	return group;
}

int plan_render(struct plan *p, int jobs, const struct sayer *say)
{
	struct render_ctx rc = { p, say, 0, NULL };
	struct worker_ops ops = { job_run, job_started, job_done, job_aborted,
				  job_finish, job_group, &rc };
	int ret;

	if (!p->njob)
		return 0;
	render_fork_synthesis(1);
	rc.group = voice_groups(p);
	ret = worker_run_all(p->njob, jobs, &ops);
	free(rc.group);
	return ret;
}

int plan_manifest_track(const struct plan *p, const struct plan_track *t,
			struct manifest_track *mt)
{
	struct key_entry *ke = xcalloc(p->nprof + 1, sizeof(*ke));
	size_t k;

	for (k = 0; k <= p->nprof; k++) {
		const struct plan_slot *s = &t->slot[k];
		if (!s->stale && !t->rendered) {	/* as it was planned */
			ke[k] = s->ke;
			continue;
		}
		if (key_read(s->keyfile, &ke[k]) ||
		    !key_fresh(&ke[k], s->key, s->path)) {
			free(ke);
			return -1;
		}
	}
	mt->number = t->in.number;
	mt->section = xstrdup(t->in.section);
	mt->title = xstrdup(t->chunks[0].speech->written);
	for (k = 0; k < t->in.nchunks; k++)
		strlist_push(&mt->text, t->chunks[k].speech->spoken.buf);
	mt->duration = manifest_seconds(ke[p->nprof].seconds);
	mt->captions = xstrdup(outdir_rel(p->od, t->slot[p->nprof].path));
	for (k = 0; k < p->nprof; k++) {
		struct manifest_file *f = manifest_add_file(mt);
		f->profile = xstrdup(p->prof[k]->name);
		f->path = xstrdup(outdir_rel(p->od, t->slot[k].path));
		f->bytes = ke[k].bytes;
		f->lufs = manifest_db(ke[k].lufs);
		f->peak_db = manifest_db(ke[k].peak_db);
		f->encodes = ke[k].encodes;
	}
	free(ke);
	return 0;
}

void plan_release(struct plan *p)
{
	size_t i, k;

	for (i = 0; i < p->n; i++) {
		struct plan_track *t = &p->t[i];
		for (k = 0; k <= p->nprof; k++) {
			free(t->slot[k].path);
			free(t->slot[k].keyfile);
		}
		free(t->slot);
		free(t->chunks);
		free(t->artist);
		free(t->trackno);
	}
	free(p->t);
	free(p->job);
	p->t = NULL;
	p->job = NULL;
	p->n = p->alloc = p->njob = p->jalloc = 0;
}
