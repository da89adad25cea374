#include "build.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "afile.h"
#include "book.h"
#include "cache.h"
#include "caption.h"
#include "daisy.h"
#include "encode.h"
#include "epub.h"
#include "err.h"
#include "fs.h"
#include "lang.h"
#include "manifest.h"
#include "playlist.h"
#include "profile.h"
#include "render.h"
#include "strbuf.h"
#include "strlist.h"
#include "synth.h"
#include "translation.h"
#include "version.h"
#include "web.h"
#include "worker.h"
#include "xalloc.h"

/* What one language is building. */
struct lang_ctx {
	const struct project_lang *pl;
	struct translation tr;
	int ok;			/* translation read, voice present */
	char why[1024];		/* when not ok: the error */
	size_t rendered, fresh, skipped;
};

/* One track of one language: where its files go and what they hold. */
struct track_plan {
	struct lang_ctx *lc;
	size_t sec;
	const char **chunks;	/* heading, then paragraphs (borrowed) */
	size_t nchunks;
	char **paths;		/* per profile, then the captions file */
	char **keyfiles;	/* the same, for the content keys */
	char (*keys)[33];
	unsigned char *stale;	/* per profile, then captions */
	char *artist, *track;
	const char *album;
	int failed;
};

struct build_ctx {
	const struct build_opts *o;
	struct build_stats *st;
	struct project_guide pg;
	const struct profile **prof;
	size_t nprof;
	int daisy, epub, web;	/* the packages to make */
	char **names;		/* per section: its files' name, NN-<id> */
	char *out;		/* out/<guide> */
	int lock_fd;
	json_t *old;		/* the previous manifest, or NULL */
	struct lang_ctx *lc;
	struct track_plan *plan;
	size_t nplan, planalloc;
	size_t *jobs;		/* plans to render */
	size_t njobs, started;
};

static void say(struct build_ctx *b, enum build_say kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void say(struct build_ctx *b, enum build_say kind, const char *fmt, ...)
{
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (kind == SAY_ERROR)
		b->st->errors++;
	b->o->say(b->o->user, kind, msg);
}

static int pick_packages(struct build_ctx *b)
{
	const struct strlist *want = b->o->packages->n ? b->o->packages
				     : &b->pg.conf.packages;
	size_t i;

	for (i = 0; i < want->n; i++) {
		const char *name = want->v[i];
		if (!strcmp(name, "none") && want == b->o->packages) {
			b->daisy = b->epub = b->web = 0;
			break;
		}
		if (!book_package_known(name)) {  /* guide.conf's are checked */
			say(b, SAY_ERROR, "--package: unknown package '%s'; "
			    "known: " BOOK_PACKAGES ", none", name);
			return -1;
		}
		b->daisy |= !strcmp(name, "daisy202");
		b->epub |= !strcmp(name, "epub3");
		b->web |= !strcmp(name, "web");
	}
	return 0;
}

/* Add a profile the packages are made of, unless it is there. */
static void need_profile(struct build_ctx *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->nprof; i++)
		if (!strcmp(b->prof[i]->name, name))
			return;
	b->prof[b->nprof++] = profile_find(name);
}

static int pick_profiles(struct build_ctx *b)
{
	const struct strlist *want = b->o->profiles->n ? b->o->profiles
				     : &b->pg.conf.profiles;
	size_t i, n = want->n ? want->n : 1;

	b->prof = xcalloc(n + 2, sizeof(*b->prof));
	for (i = 0; i < n; i++) {
		const char *name = want->n ? want->v[i] : "mp3";
		b->prof[i] = profile_find(name);
		if (!b->prof[i]) {	/* guide.conf's were checked on loading */
			say(b, SAY_ERROR, "--profile: unknown profile '%s' (see "
			    "audioguide build --profile help)", name);
			return -1;
		}
	}
	b->nprof = n;
	if (b->daisy || b->epub || b->web)
		need_profile(b, "mp3");
	if (b->web)
		need_profile(b, "opus");
	return 0;
}

/* The name of each track's files, NN-<id>, made once per build. */
static void make_names(struct build_ctx *b)
{
	const struct guide *g = &b->pg.g;
	size_t i;

	b->names = xcalloc(g->nsec, sizeof(*b->names));
	for (i = 0; i < g->nsec; i++)
		b->names[i] = xasprintf("%0*d-%s", guide_num_width(g),
					g->sec[i].num, g->sec[i].id);
}

/* Directory of output slot k (a profile, or captions when k == nprof). */
static const char *slot_dir(const struct build_ctx *b, size_t k)
{
	return k < b->nprof ? b->prof[k]->name : "captions";
}

static const char *slot_ext(const struct build_ctx *b, size_t k)
{
	return k < b->nprof ? b->prof[k]->ext : "vtt";
}

/* The part of a path below out/<guide>/, for the manifest. */
static const char *rel(const struct build_ctx *b, const char *path)
{
	return path + strlen(b->out) + 1;
}

/* What every output of a track depends on: engine, voice, timeline, text. */
static void hash_common(struct cache_hasher *h, const struct build_ctx *b,
			const struct track_plan *tp)
{
	const struct guide_conf *c = &b->pg.conf;
	size_t k;

	cache_add_str(h, "audioguide", AUDIOGUIDE_VERSION);
	cache_add_num(h, "revision", RENDER_REVISION);
	cache_add_str(h, "engine", cache_engine_fingerprint(synth_data_path(),
							    synth_version()));
	cache_add_str(h, "libsndfile", encode_version());
	cache_add_str(h, "voice", tp->lc->pl->voice);
	cache_add_num(h, "rate", c->rate);
	cache_add_num(h, "pitch", c->pitch);
	cache_add_num(h, "head", RENDER_HEAD);
	cache_add_num(h, "tail", RENDER_TAIL);
	cache_add_num(h, "pause_heading", RENDER_PAUSE_HEADING);
	cache_add_num(h, "pause_paragraph", RENDER_PAUSE_PARAGRAPH);
	for (k = 0; k < tp->nchunks; k++)
		cache_add_str(h, "chunk", tp->chunks[k]);
}

/* A profile's file also depends on its format, signal and tags. */
static void hash_profile(struct cache_hasher *h, const struct build_ctx *b,
			 const struct track_plan *tp, const struct profile *p)
{
	const struct guide_conf *c = &b->pg.conf;

	cache_add_str(h, "profile", p->name);
	cache_add_num(h, "format", p->fmt);
	cache_add_num(h, "sample_rate", p->rate);
	cache_add_num(h, "band", p->band);
	cache_add_num(h, "margin", p->margin_db);
	cache_add_num(h, "target", p->phone ? c->phone_target_lufs
					    : c->target_lufs);
	cache_add_num(h, "ceiling", p->phone ? c->phone_ceiling_dbfs
					     : c->ceiling_dbfs);
	cache_add_str(h, "title", tp->chunks[0]);
	cache_add_str(h, "album", tp->album);
	cache_add_str(h, "artist", tp->artist);
	cache_add_str(h, "track", tp->track);
	cache_add_str(h, "comment", tp->lc->pl->code);
}

static void plan_keys(struct build_ctx *b, struct track_plan *tp)
{
	size_t k;

	for (k = 0; k <= b->nprof; k++) {
		struct cache_hasher *h = cache_hasher_new();
		struct cache_entry ce;
		hash_common(h, b, tp);
		if (k < b->nprof)
			hash_profile(h, b, tp, b->prof[k]);
		else
			cache_add_str(h, "captions", "webvtt");
		cache_finish(h, tp->keys[k]);
		tp->stale[k] = b->o->force || cache_read(tp->keyfiles[k], &ce) ||
			       !cache_fresh(&ce, tp->keys[k], tp->paths[k]);
	}
}

static void plan_track(struct build_ctx *b, struct lang_ctx *lc, size_t sec)
{
	const struct section *s = &b->pg.g.sec[sec];
	const struct tr_section *ts = &lc->tr.sec[sec];
	const char *name = b->names[sec];
	struct track_plan *tp;
	size_t k, stale = 0;

	ALLOC_GROW(b->plan, b->nplan + 1, b->planalloc);
	tp = &b->plan[b->nplan];
	memset(tp, 0, sizeof(*tp));
	tp->lc = lc;
	tp->sec = sec;
	tp->nchunks = s->npara + 1;
	tp->chunks = xcalloc(tp->nchunks, sizeof(*tp->chunks));
	tp->chunks[0] = ts->heading;
	for (k = 0; k < s->npara; k++)
		tp->chunks[k + 1] = ts->paras[k];
	tp->artist = xasprintf("eSpeak NG %s", lc->pl->voice);
	tp->track = xasprintf("%d/%zu", s->num + 1, b->pg.g.nsec);
	tp->album = lc->tr.sec[0].complete ? lc->tr.sec[0].heading : NULL;
	tp->paths = xcalloc(b->nprof + 1, sizeof(*tp->paths));
	tp->keyfiles = xcalloc(b->nprof + 1, sizeof(*tp->keyfiles));
	tp->keys = xcalloc(b->nprof + 1, sizeof(*tp->keys));
	tp->stale = xcalloc(b->nprof + 1, 1);
	for (k = 0; k <= b->nprof; k++) {
		tp->paths[k] = xasprintf("%s/%s/%s/%s.%s", b->out, lc->pl->code,
					 slot_dir(b, k), name, slot_ext(b, k));
		tp->keyfiles[k] = xasprintf("%s/%s/.keys/%s/%s", b->out,
					    lc->pl->code, slot_dir(b, k), name);
	}
	plan_keys(b, tp);
	for (k = 0; k <= b->nprof; k++)
		stale += tp->stale[k];
	if (stale) {
		b->jobs = xrealloc(b->jobs, (b->njobs + 1) * sizeof(*b->jobs));
		b->jobs[b->njobs++] = b->nplan;
	} else {
		lc->fresh++;
		b->st->fresh++;
	}
	b->nplan++;
}

static void plan_release(struct build_ctx *b, struct track_plan *tp)
{
	size_t k;

	for (k = 0; k <= b->nprof; k++) {
		free(tp->paths[k]);
		free(tp->keyfiles[k]);
	}
	free(tp->paths);
	free(tp->keyfiles);
	free(tp->keys);
	free(tp->stale);
	free(tp->chunks);
	free(tp->artist);
	free(tp->track);
}

static long long file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) ? -1 : (long long)st.st_size;
}

/* Write the keys of what a job rendered, now that its files are in place. */
static int write_keys(struct track_plan *tp, size_t nprof, const size_t *idx,
		      size_t n, const struct render_result *res,
		      struct err *e)
{
	size_t i;

	for (i = 0; i <= n; i++) {
		size_t k = i < n ? idx[i] : nprof;
		struct cache_entry ce = { .seconds = res->seconds,
					  .lufs = NAN, .peak_db = NAN };
		if (k == nprof && !tp->stale[nprof])
			continue;
		if (i < n) {
			ce.lufs = res->files[i].lufs;
			ce.peak_db = res->files[i].peak_db;
		}
		ce.bytes = file_size(tp->paths[k]);
		memcpy(ce.key, tp->keys[k], sizeof(ce.key));
		if (cache_write(tp->keyfiles[k], &ce, e))
			return -1;
	}
	return 0;
}

/* In a worker process: render the stale outputs of one track. */
static int run_track(void *ctx, size_t i, struct err *e)
{
	struct build_ctx *b = ctx;
	struct track_plan *tp = &b->plan[b->jobs[i]];
	const struct project_lang *pl = tp->lc->pl;
	const struct guide_conf *c = &b->pg.conf;
	const struct profile **prof = xcalloc(b->nprof + 1, sizeof(*prof));
	char **paths = xcalloc(b->nprof + 1, sizeof(*paths));
	size_t *idx = xcalloc(b->nprof + 1, sizeof(*idx));
	struct enc_tags tags = { tp->chunks[0], tp->album, tp->artist,
				 tp->track, pl->code,
				 "audioguide " AUDIOGUIDE_VERSION };
	struct render_job job = {
		pl->voice, c->rate, c->pitch, tp->chunks, tp->nchunks, prof,
		paths, 0, &tags, { c->target_lufs, c->phone_target_lufs },
		{ c->ceiling_dbfs, c->phone_ceiling_dbfs } };
	struct render_result res;
	size_t k;
	int ret;

	/* No key may outlive the file it describes while that is rewritten. */
	for (k = 0; k <= b->nprof; k++)
		if (tp->stale[k])
			unlink(tp->keyfiles[k]);
	for (k = 0; k < b->nprof; k++)
		if (tp->stale[k]) {
			idx[job.nprof] = k;
			prof[job.nprof] = b->prof[k];
			paths[job.nprof++] = tp->paths[k];
		}
	ret = render_track(&job, &res, e);
	if (!ret && tp->stale[b->nprof])
		ret = caption_write_vtt(tp->paths[b->nprof], &res.cues, e);
	if (!ret)
		ret = write_keys(tp, b->nprof, idx, job.nprof, &res, e);
	render_result_release(&res);
	free(prof);
	free(paths);
	free(idx);
	return ret;
}

static void job_started(void *ctx, size_t i)
{
	struct build_ctx *b = ctx;
	struct track_plan *tp = &b->plan[b->jobs[i]];
	struct strbuf what = STRBUF_INIT;
	size_t k;

	for (k = 0; k < b->nprof; k++)
		if (tp->stale[k])
			strbuf_addf(&what, "%s%s", what.len ? "," : "",
				    b->prof[k]->name);
	if (!what.len)
		strbuf_addstr(&what, "captions");
	say(b, SAY_PROGRESS, "[%zu/%zu] %s/%s %s", ++b->started, b->njobs,
	    tp->lc->pl->code, b->names[tp->sec], what.buf);
	strbuf_release(&what);
}

static void job_done(void *ctx, size_t i, int ok, const char *msg)
{
	struct build_ctx *b = ctx;
	struct track_plan *tp = &b->plan[b->jobs[i]];

	if (ok) {
		tp->lc->rendered++;
		b->st->rendered++;
		return;
	}
	tp->failed = 1;
	say(b, SAY_ERROR, "%s:%d: %s: %s", b->pg.g.path,
	    b->pg.g.sec[tp->sec].line, tp->lc->pl->code, msg);
}

/* A worker stopped by a signal leaves temporaries: remove them. */
static void job_aborted(void *ctx, size_t i, pid_t pid)
{
	struct build_ctx *b = ctx;
	struct track_plan *tp = &b->plan[b->jobs[i]];
	size_t k;

	for (k = 0; k <= b->nprof; k++) {
		char *t = afile_tmpname_pid(tp->paths[k], (long)pid);
		char *t3 = xasprintf("%s.id3", t);
		char *kt = afile_tmpname_pid(tp->keyfiles[k], (long)pid);
		unlink(t);
		unlink(t3);
		unlink(kt);
		free(t);
		free(t3);
		free(kt);
	}
}

/* Whether name is NN-<id>[.ext]: a track file audioguide writes. */
static int is_track_name(const char *name, const char *ext, char *base,
			 size_t basesz)
{
	size_t d = strspn(name, "0123456789"), n;
	const char *dot = strrchr(name, '.');

	if (d < 2 || name[d] != '-' || name[0] == '.')
		return 0;
	n = ext ? (dot ? (size_t)(dot - name) : 0) : strlen(name);
	if (!n || (ext && strcmp(dot + 1, ext)) || n >= basesz)
		return 0;
	if (strspn(name + d + 1, "abcdefghijklmnopqrstuvwxyz0123456789-") !=
	    n - d - 1)
		return 0;
	memcpy(base, name, n);
	base[n] = '\0';
	return 1;
}

/* Whether a track name belongs to a section this build renders. */
static int expected(const struct build_ctx *b, const struct lang_ctx *lc,
		    const char *base, int *in_guide)
{
	size_t i;

	*in_guide = 0;
	for (i = 0; i < b->pg.g.nsec; i++) {
		if (!strcmp(b->names[i], base)) {
			*in_guide = 1;
			return lc->tr.sec[i].complete;
		}
	}
	return 0;
}

/* Remove one folder's track files of sections not built any more. */
static void sweep_dir(struct build_ctx *b, struct lang_ctx *lc,
		      const char *dir, const char *ext, int quiet)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char base[128];
	int in_guide;

	if (!d)
		return;
	while ((de = readdir(d)) != NULL) {
		char *p;
		if (!is_track_name(de->d_name, ext, base, sizeof(base)) ||
		    expected(b, lc, base, &in_guide))
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		if (!unlink(p) && !quiet) {
			b->st->removed++;
			say(b, SAY_SKIP, "%s: removed: %s", p, in_guide
			    ? "its translation is not complete"
			    : "its section is no longer in the guide");
		}
		free(p);
	}
	closedir(d);
}

static void sweep(struct build_ctx *b, struct lang_ctx *lc)
{
	size_t k;

	for (k = 0; k <= b->nprof; k++) {
		char *dir = xasprintf("%s/%s/%s", b->out, lc->pl->code,
				      slot_dir(b, k));
		char *keys = xasprintf("%s/%s/.keys/%s", b->out, lc->pl->code,
				       slot_dir(b, k));
		sweep_dir(b, lc, keys, NULL, 1);	/* keys before files */
		sweep_dir(b, lc, dir, slot_ext(b, k), 0);
		free(dir);
		free(keys);
	}
}

/* Remove temporaries a killed build left anywhere under dir. */
static void clean_temps(const char *dir, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d)
		return;
	while ((de = readdir(d)) != NULL) {
		char *p;
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		if (afile_is_tmpname(de->d_name))
			unlink(p);
		else if (depth < 4 && fs_is_dir(p))
			clean_temps(p, depth + 1);
		free(p);
	}
	closedir(d);
}

/* One build at a time may write a guide's outputs. */
static int lock_out(struct build_ctx *b)
{
	char *path = xasprintf("%s/.lock", b->out);

	b->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (b->lock_fd < 0 || flock(b->lock_fd, LOCK_EX | LOCK_NB)) {
		say(b, SAY_ERROR, "%s: %s", path, b->lock_fd < 0
		    ? strerror(errno)
		    : "another audioguide build is writing here; wait for it");
		free(path);
		return -1;
	}
	free(path);
	return 0;
}

/* Report a section not built in a language; its manifest entry. */
static json_t *skip_section(struct build_ctx *b, struct lang_ctx *lc, size_t i)
{
	const struct section *s = &b->pg.g.sec[i];
	const struct tr_section *ts = &lc->tr.sec[i];
	json_t *probs = json_array();
	const char *name = b->names[i];
	size_t j;

	for (j = 0; j < ts->nprob; j++) {
		const struct tr_problem *p = &ts->prob[j];
		if (p->po_line)
			say(b, SAY_SKIP, "%s:%d: %s not built in %s: %s",
			    lc->tr.po_path, p->po_line, name, lc->pl->code,
			    tr_problem_name(p->kind));
		else
			say(b, SAY_SKIP, "%s: %s not built in %s: %s:%d has %s",
			    lc->tr.po_path, name, lc->pl->code, b->pg.g.path,
			    p->src_line, tr_problem_name(p->kind));
		json_array_append_new(probs, json_pack(
			"{s:s, s:s, s:i, s:i}", "kind", tr_problem_key(p->kind),
			"po", lc->tr.po_path, "line", p->po_line,
			"source_line", p->src_line));
	}
	lc->skipped++;
	b->st->skipped++;
	return json_pack("{s:i, s:s, s:s, s:o}", "number", s->num, "section",
			 s->id, "reason", "translation incomplete", "problems",
			 probs);
}

static double round_to(double x, double unit)
{
	return isfinite(x) && x > -998 ? (double)llround(x / unit) * unit
				       : -999.0;
}

/* A rendered track's manifest entry, from its key files; NULL if absent. */
static json_t *track_json(const struct build_ctx *b,
			  const struct track_plan *tp)
{
	const struct section *s = &b->pg.g.sec[tp->sec];
	struct cache_entry ce;
	json_t *files = json_object(), *text = json_array();
	size_t k;

	for (k = 0; k <= b->nprof; k++) {
		if (cache_read(tp->keyfiles[k], &ce) ||
		    !cache_fresh(&ce, tp->keys[k], tp->paths[k])) {
			json_decref(files);
			json_decref(text);
			return NULL;
		}
		if (k < b->nprof)
			json_object_set_new(files, b->prof[k]->name, json_pack(
				"{s:s, s:I, s:f, s:f}", "path",
				rel(b, tp->paths[k]), "bytes",
				(json_int_t)ce.bytes, "loudness_lufs",
				round_to(ce.lufs, 0.01), "sample_peak_dbfs",
				round_to(ce.peak_db, 0.01)));
	}
	for (k = 0; k < tp->nchunks; k++)
		json_array_append_new(text, json_string(tp->chunks[k]));
	return json_pack("{s:i, s:s, s:s, s:o, s:f, s:s, s:o}", "number",
			 s->num, "section", s->id, "title", tp->chunks[0],
			 "text", text, "duration", round_to(ce.seconds, 0.001),
			 "captions", rel(b, tp->paths[b->nprof]), "files",
			 files);
}

static json_t *lang_entry(struct build_ctx *b, struct lang_ctx *lc)
{
	const struct project_lang *pl = lc->pl;
	json_t *tracks = json_array(), *skipped = json_array();
	char tag[64];
	size_t i, p = 0;

	for (i = 0; i < b->pg.g.nsec; i++) {
		json_t *t;
		if (!lc->tr.sec[i].complete) {
			json_array_append_new(skipped, skip_section(b, lc, i));
			continue;
		}
		while (p < b->nplan && (b->plan[p].lc != lc ||
					b->plan[p].sec != i))
			p++;
		t = p < b->nplan ? track_json(b, &b->plan[p]) : NULL;
		if (t)
			json_array_append_new(tracks, t);
	}
	lang_bcp47(tag, sizeof(tag), pl->code);
	return json_pack("{s:s, s:s, s:b, s:s, s:s?, s:s?, s:o, s:o}",
			 "code", pl->code, "bcp47", tag, "rtl",
			 lang_is_rtl(pl->code), "voice", pl->voice, "po",
			 pl->po_path, "title", lc->tr.sec[0].complete
			 ? lc->tr.sec[0].heading : NULL, "tracks", tracks,
			 "skipped", skipped);
}

/*
 * Playlist items for a profile from manifest language entries; with
 * `base`, paths are file names (the playlist sits beside the tracks).
 */
static size_t playlist_items(json_t *langs, const char *profile, int base,
			     struct playlist_item **items)
{
	size_t n = 0, alloc = 0, i, j;
	json_t *l, *t;

	*items = NULL;
	json_array_foreach(langs, i, l) {
		json_array_foreach(json_object_get(l, "tracks"), j, t) {
			json_t *f = json_object_get(json_object_get(t, "files"),
						    profile);
			const char *path = json_string_value(
				json_object_get(f, "path"));
			if (!path)
				continue;
			ALLOC_GROW(*items, n + 1, alloc);
			(*items)[n].path = base ? fs_path_base(path) : path;
			(*items)[n].seconds = json_real_value(
				json_object_get(t, "duration"));
			(*items)[n].title = json_string_value(
				json_object_get(t, "title"));
			n++;
		}
	}
	return n;
}

static void write_playlist(struct build_ctx *b, json_t *langs,
			   const char *profile, const char *path,
			   const char *name, int base)
{
	struct playlist_item *items;
	size_t n = playlist_items(langs, profile, base, &items);
	struct err e;

	if (playlist_write(path, name, items, n, &e))
		say(b, SAY_ERROR, "%s", e.msg);
	free(items);
}

static void lang_playlists(struct build_ctx *b, const char *code,
			   json_t *entry)
{
	json_t *one = json_array();
	size_t i;

	json_array_append(one, entry);
	for (i = 0; i < b->nprof; i++) {
		char *p = xasprintf("%s/%s/%s/playlist.m3u8", b->out, code,
				    b->prof[i]->name);
		char *name = xasprintf("%s (%s)", b->pg.g.id, code);
		write_playlist(b, one, b->prof[i]->name, p, name, 1);
		free(p);
		free(name);
	}
	json_decref(one);
}

/* Keep what an earlier build made for a language that failed now. */
static void keep_previous(struct build_ctx *b, json_t *langs,
			  const char *code, const char *why)
{
	json_t *prev = manifest_find_lang(b->old, code);

	if (!prev)
		return;
	prev = json_deep_copy(prev);
	json_object_set_new(prev, "error", json_string(why));
	json_array_append_new(langs, prev);
}

static int make_dirs(struct build_ctx *b, const char *lang, struct err *e)
{
	size_t k;
	int r = 0;

	for (k = 0; k <= b->nprof && !r; k++) {
		char *d = xasprintf("%s/%s/%s", b->out, lang, slot_dir(b, k));
		char *kd = xasprintf("%s/%s/.keys/%s", b->out, lang,
				     slot_dir(b, k));
		r = fs_mkdirs(d, e) || fs_mkdirs(kd, e);
		free(d);
		free(kd);
	}
	return r;
}

/* Read a language and plan its tracks; lc->ok says whether it can build. */
static void plan_lang(struct build_ctx *b, struct lang_ctx *lc)
{
	const struct project_lang *pl = lc->pl;
	struct err e;
	size_t i;

	if (project_check_voice(&b->pg, pl, &e) ||
	    translation_load(&lc->tr, &b->pg.g, pl->code, pl->po_path, &e) ||
	    make_dirs(b, pl->code, &e))
		goto fail;
	if (lc->tr.unused)
		say(b, SAY_SKIP, "%s:%d: %zu entr%s not in the guide, ignored "
		    "(make update-po marks them obsolete)", lc->tr.po_path,
		    lc->tr.first_unused_line, lc->tr.unused,
		    lc->tr.unused == 1 ? "y is" : "ies are");
	lc->ok = 1;
	for (i = 0; i < b->pg.g.nsec; i++)
		if (lc->tr.sec[i].complete)
			plan_track(b, lc, i);
	sweep(b, lc);
	return;
fail:
	say(b, SAY_ERROR, "%s", e.msg);
	snprintf(lc->why, sizeof(lc->why), "%s", e.msg);
}

static void finish_guide(struct build_ctx *b, json_t *langs)
{
	json_t *root, *profs = json_array();
	char *path;
	struct err e;
	size_t i;

	for (i = 0; i < b->nprof; i++) {
		char *p = xasprintf("%s/%s-loop.m3u8", b->out, b->prof[i]->name);
		char *name = xasprintf("%s (all languages)", b->pg.g.id);
		write_playlist(b, langs, b->prof[i]->name, p, name, 0);
		json_array_append_new(profs, json_string(b->prof[i]->name));
		free(p);
		free(name);
	}
	root = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:{s:f, s:f, "
			 "s:f, s:f}, s:O}", "guide", b->pg.g.id, "title",
			 b->pg.g.sec[0].heading, "source_language",
			 b->pg.conf.source_language, "audioguide",
			 AUDIOGUIDE_VERSION, "espeak_ng", synth_version(),
			 "libsndfile", encode_version(), "profiles", profs,
			 "timeline", "head", RENDER_HEAD, "tail", RENDER_TAIL,
			 "pause_after_heading", RENDER_PAUSE_HEADING,
			 "pause_between_paragraphs", RENDER_PAUSE_PARAGRAPH,
			 "languages", langs);
	path = xasprintf("%s/manifest.json", b->out);
	if (!root || manifest_write(path, root, &e))
		say(b, SAY_ERROR, "%s", root ? e.msg : "cannot build the manifest");
	json_decref(root);
	free(path);
}

/*
 * When a language's inputs last changed, for its books' dates: so two
 * builds of the same inputs make the same bytes.  SOURCE_DATE_EPOCH, the
 * reproducible-builds convention, overrides it.
 */
static long long inputs_epoch(const struct build_ctx *b, const char *po)
{
	const char *files[] = { b->pg.g.path, b->pg.conf.path, po };
	const char *env = getenv("SOURCE_DATE_EPOCH");
	long long t = 0, zip_min = 315532800;	/* 1980: ZIP's first date */
	struct stat st;
	size_t i;

	if (env && *env) {
		char *end;
		long long v = strtoll(env, &end, 10);
		if (!*end && v >= 0)
			return v < zip_min ? zip_min : v;
	}
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		if (files[i] && !stat(files[i], &st) && st.st_mtime > t)
			t = st.st_mtime;
	return t < zip_min ? zip_min : t;
}

static void book_meta(const struct build_ctx *b, struct book *bk,
		      const char *po)
{
	struct cache_hasher *h = cache_hasher_new();
	time_t t;
	char hex[33];

	bk->publisher = b->pg.conf.publisher ? b->pg.conf.publisher
					       : "audioguide";
	bk->epoch = inputs_epoch(b, po);
	t = (time_t)bk->epoch;
	strftime(bk->modified, sizeof(bk->modified), "%Y-%m-%dT%H:%M:%SZ",
		 gmtime(&t));
	cache_add_str(h, "guide", b->pg.g.id);
	cache_add_str(h, "language", bk->code);
	cache_finish(h, hex);
	snprintf(bk->uuid, sizeof(bk->uuid), "urn:uuid:%.8s-%.4s-5%.3s-8%.3s-"
		 "%.12s", hex, hex + 8, hex + 13, hex + 17, hex + 20);
}

/* Remove a language's books: none of its sections can be read. */
static void drop_books(struct build_ctx *b, const char *code,
		       const char *dir, const char *epub, const char *key)
{
	int had = daisy_remove(dir) | !unlink(epub);

	unlink(key);
	if (had)
		say(b, SAY_SKIP, "%s/%s: books removed: no section of it is "
		    "complete", b->out, code);
}

/* The EPUB, keyed also on its MP3s' own keys. */
static void lang_epub(struct build_ctx *b, const struct book *bk,
		      const char *epub, const char *key)
{
	const char **mp3keys = xcalloc(bk->ntrack + 1, sizeof(*mp3keys));
	struct cache_entry *ce = xcalloc(bk->ntrack + 1, sizeof(*ce));
	struct err e;
	size_t i;

	for (i = 0; i < bk->ntrack; i++) {
		char *kf = xasprintf("%s/%s/.keys/mp3/%s", b->out, bk->code,
				     bk->track[i].name);
		if (!cache_read(kf, &ce[i]))
			mp3keys[i] = ce[i].key;
		free(kf);
	}
	if (epub_write(bk, epub, key, mp3keys, &e))
		say(b, SAY_ERROR, "%s", e.msg);
	free(mp3keys);
	free(ce);
}

static void lang_books(struct build_ctx *b, const struct book *bk)
{
	const char *code = bk->code;
	char *dir = xasprintf("%s/%s/daisy202", b->out, code);
	char *epub = xasprintf("%s/%s/%s-%s.epub", b->out, code, b->pg.g.id,
			       code);
	char *key = xasprintf("%s/%s/.keys/epub3", b->out, code);
	struct err e;

	if (!bk->ntrack)
		drop_books(b, code, dir, epub, key);
	else if (b->daisy && daisy_write(bk, dir, &e))
		say(b, SAY_ERROR, "%s", e.msg);
	if (bk->ntrack && b->epub)
		lang_epub(b, bk, epub, key);
	free(dir);
	free(epub);
	free(key);
}

static struct lang_ctx *find_lang(struct build_ctx *b, const char *code)
{
	size_t i;

	for (i = 0; i < b->pg.nlang; i++)
		if (!strcmp(b->lc[i].pl->code, code))
			return &b->lc[i];
	return NULL;
}

/* The books of the languages built now, and the page of all of them. */
static void packages(struct build_ctx *b, json_t *langs)
{
	struct book *books = xcalloc(json_array_size(langs) + 1,
				     sizeof(*books));
	size_t i, n = 0, first = 0;
	int failed = 0;
	json_t *l;
	struct err e;

	json_array_foreach(langs, i, l) {
		struct book *bk = &books[n];
		struct lang_ctx *lc;
		if (book_load(bk, b->out, b->pg.g.id, l, &e)) {
			say(b, SAY_ERROR, "%s", e.msg);
			book_release(bk);
			failed = 1;
			continue;
		}
		lc = find_lang(b, bk->code);
		book_meta(b, bk, lc ? lc->pl->po_path : NULL);
		if (lc && lc->ok && (b->daisy || b->epub))
			lang_books(b, bk);
		if (!bk->ntrack) {
			book_release(bk);
			continue;
		}
		if (!strcmp(bk->code, b->pg.conf.source_language))
			first = n;
		n++;
	}
	/* A page without a language it had would be worse than the old one. */
	if (b->web && !failed) {
		char *page = xasprintf("%s/index.html", b->out);
		if (!n)
			unlink(page);
		else if (web_write(page, books, n, first, &e))
			say(b, SAY_ERROR, "%s", e.msg);
		free(page);
	}
	for (i = 0; i < n; i++)
		book_release(&books[i]);
	free(books);
}

static void compose(struct build_ctx *b)
{
	json_t *langs = json_array();
	size_t i;

	for (i = 0; i < b->pg.nlang; i++) {
		struct lang_ctx *lc = &b->lc[i];
		json_t *entry;
		if (!lc->ok) {
			say(b, SAY_INFO, "%s/%s: not built; its earlier outputs "
			    "are kept", b->pg.g.id, lc->pl->code);
			keep_previous(b, langs, lc->pl->code, lc->why);
			continue;
		}
		entry = lang_entry(b, lc);
		lang_playlists(b, lc->pl->code, entry);
		json_array_append_new(langs, entry);
		say(b, SAY_INFO, "%s/%s: %zu rendered, %zu up to date, %zu "
		    "skipped", b->pg.g.id, lc->pl->code, lc->rendered,
		    lc->fresh, lc->skipped);
	}
	finish_guide(b, langs);
	if (b->daisy || b->epub || b->web)
		packages(b, langs);
	json_decref(langs);
}

static int prepare(struct build_ctx *b, const char *dir)
{
	struct err e;

	if (project_guide_load(&b->pg, dir, b->o->paths, b->o->langs, &e)) {
		say(b, SAY_ERROR, "%s", e.msg);
		return -1;
	}
	if (pick_packages(b) || pick_profiles(b))
		return -1;
	make_names(b);
	b->out = xasprintf("%s/%s", b->o->paths->out, b->pg.g.id);
	if (fs_mkdirs(b->out, &e) || synth_init(&e)) {
		say(b, SAY_ERROR, "%s", e.msg);
		return -1;
	}
	if (lock_out(b))
		return -1;
	clean_temps(b->out, 0);
	return 0;
}

void build_guide(const char *dir, const struct build_opts *o,
		 struct build_stats *st)
{
	struct build_ctx b = { .o = o, .st = st, .lock_fd = -1 };
	struct worker_ops ops = { run_track, job_started, job_done,
				  job_aborted, &b };
	char *mpath = NULL;
	size_t i;

	if (prepare(&b, dir))
		goto done;
	mpath = xasprintf("%s/manifest.json", b.out);
	b.old = manifest_load(mpath);
	b.lc = xcalloc(b.pg.nlang, sizeof(*b.lc));
	for (i = 0; i < b.pg.nlang; i++) {
		b.lc[i].pl = &b.pg.lang[i];
		plan_lang(&b, &b.lc[i]);
	}
	if (b.njobs && worker_run_all(b.njobs, o->jobs, &ops)) {
		st->interrupted = worker_stop_signal();
		goto done;
	}
	compose(&b);
done:
	for (i = 0; i < b.nplan; i++)
		plan_release(&b, &b.plan[i]);
	for (i = 0; b.lc && i < b.pg.nlang; i++)
		translation_release(&b.lc[i].tr);
	for (i = 0; b.names && i < b.pg.g.nsec; i++)
		free(b.names[i]);
	free(b.names);
	free(b.plan);
	free(b.jobs);
	free(b.lc);
	json_decref(b.old);
	free(mpath);
	free(b.out);
	free(b.prof);
	if (b.lock_fd >= 0)
		close(b.lock_fd);
	project_guide_release(&b.pg);
}
