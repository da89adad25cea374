#include "build.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "caption.h"
#include "lang.h"
#include "manifest.h"
#include "playlist.h"
#include "profile.h"
#include "render.h"
#include "synth.h"
#include "translation.h"

struct build_ctx {
	const struct build_opts *o;
	struct build_stats *st;
	struct project_guide pg;
	const struct profile **prof;
	size_t nprof;
	char *out;		/* out/<guide> */
	json_t *old;		/* the previous manifest, or NULL */
	json_t *langs;		/* this build's manifest languages */
};

/* What one language is building. */
struct lang_ctx {
	const struct project_lang *pl;
	struct translation tr;
	json_t *entry;		/* its manifest entry */
	size_t rendered, skipped;
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

static int pick_profiles(struct build_ctx *b)
{
	const struct strlist *want = b->o->profiles->n ? b->o->profiles
				     : &b->pg.conf.profiles;
	static const char *const fallback[] = { "mp3" };
	size_t i, n = want->n ? want->n : 1;

	b->prof = xcalloc(n, sizeof(*b->prof));
	for (i = 0; i < n; i++) {
		const char *name = want->n ? want->v[i] : fallback[0];
		b->prof[i] = profile_find(name);
		if (!b->prof[i]) {
			say(b, SAY_ERROR, "%s: unknown profile '%s' (see "
			    "audioguide build --profile help)",
			    want == b->o->profiles || !b->pg.conf.path
			    ? "--profile" : b->pg.conf.path, name);
			return -1;
		}
	}
	b->nprof = n;
	return 0;
}

/* out/<guide>/<lang>/<profile>/NN-<id>.<ext>, or captions/NN-<id>.vtt. */
static char *track_path(const struct build_ctx *b, const char *lang,
			const char *dir, size_t sec, const char *ext)
{
	const struct section *s = &b->pg.g.sec[sec];

	return xasprintf("%s/%s/%s/%0*d-%s.%s", b->out, lang, dir,
			 guide_num_width(&b->pg.g), s->num, s->id, ext);
}

/* The part of a path below out/<guide>/, for the manifest. */
static const char *rel(const struct build_ctx *b, const char *path)
{
	return path + strlen(b->out) + 1;
}

static void remove_stale(struct build_ctx *b, struct lang_ctx *lc, size_t sec)
{
	size_t i;

	for (i = 0; i <= b->nprof; i++) {
		char *p = i < b->nprof
			  ? track_path(b, lc->pl->code, b->prof[i]->name, sec,
				       b->prof[i]->ext)
			  : track_path(b, lc->pl->code, "captions", sec, "vtt");
		if (!unlink(p)) {
			b->st->removed++;
			say(b, SAY_SKIP, "%s: removed: its text is no longer "
			    "complete", p);
		}
		free(p);
	}
}

static const char *kind_key(enum tr_problem_kind k)
{
	static const char *const keys[] = { "missing", "untranslated",
					    "fuzzy", "plural" };
	return keys[k];
}

static void skip_section(struct build_ctx *b, struct lang_ctx *lc, size_t i)
{
	const struct section *s = &b->pg.g.sec[i];
	const struct tr_section *ts = &lc->tr.sec[i];
	json_t *probs = json_array();
	size_t j;
	int w = guide_num_width(&b->pg.g);

	for (j = 0; j < ts->nprob; j++) {
		const struct tr_problem *p = &ts->prob[j];
		if (p->po_line)
			say(b, SAY_SKIP, "%s:%d: %0*d-%s not built in %s: %s",
			    lc->tr.po_path, p->po_line, w, s->num, s->id,
			    lc->pl->code, tr_problem_name(p->kind));
		else
			say(b, SAY_SKIP, "%s: %0*d-%s not built in %s: %s:%d "
			    "has %s", lc->tr.po_path, w, s->num, s->id,
			    lc->pl->code, b->pg.g.path, p->src_line,
			    tr_problem_name(p->kind));
		json_array_append_new(probs, json_pack(
			"{s:s, s:s, s:i, s:i}", "kind", kind_key(p->kind),
			"po", lc->tr.po_path, "line", p->po_line,
			"source_line", p->src_line));
	}
	json_array_append_new(json_object_get(lc->entry, "skipped"), json_pack(
		"{s:i, s:s, s:s, s:o}", "number", s->num, "section", s->id,
		"reason", "translation incomplete", "problems", probs));
	remove_stale(b, lc, i);
	lc->skipped++;
	b->st->skipped++;
}

static double round_to(double x, double unit)
{
	return isfinite(x) ? (double)llround(x / unit) * unit : -999.0;
}

static json_t *files_json(const struct build_ctx *b, char **paths,
			  const struct render_result *res)
{
	json_t *files = json_object();
	size_t i;

	for (i = 0; i < b->nprof; i++)
		json_object_set_new(files, b->prof[i]->name, json_pack(
			"{s:s, s:I, s:f, s:f}", "path", rel(b, paths[i]),
			"bytes", (json_int_t)res->files[i].bytes,
			"loudness_lufs", round_to(res->files[i].lufs, 0.01),
			"sample_peak_dbfs", round_to(res->files[i].peak_db, 0.01)));
	return files;
}

static json_t *track_json(const struct build_ctx *b, size_t i,
			  const char *const *chunks, size_t nchunks,
			  const char *vtt, char **paths,
			  const struct render_result *res)
{
	const struct section *s = &b->pg.g.sec[i];
	json_t *text = json_array();
	size_t k;

	for (k = 0; k < nchunks; k++)
		json_array_append_new(text, json_string(chunks[k]));
	return json_pack("{s:i, s:s, s:s, s:o, s:f, s:s, s:o}", "number",
			 s->num, "section", s->id, "title", chunks[0], "text",
			 text, "duration", round_to(res->seconds, 0.001),
			 "captions", rel(b, vtt), "files",
			 files_json(b, paths, res));
}

static int make_dirs(struct build_ctx *b, const char *lang)
{
	struct err e;
	size_t i;

	for (i = 0; i <= b->nprof; i++) {
		char *d = xasprintf("%s/%s/%s", b->out, lang,
				    i < b->nprof ? b->prof[i]->name : "captions");
		int r = mkdirs(d, &e);
		free(d);
		if (r) {
			say(b, SAY_ERROR, "%s", e.msg);
			return -1;
		}
	}
	return 0;
}

static void fill_job(struct build_ctx *b, struct render_job *job,
		     const struct project_lang *pl)
{
	const struct guide_conf *c = &b->pg.conf;

	memset(job, 0, sizeof(*job));
	job->voice = pl->voice;
	job->rate = c->rate;
	job->pitch = c->pitch;
	job->profiles = b->prof;
	job->nprof = b->nprof;
	job->target[0] = c->target_lufs;
	job->target[1] = c->phone_target_lufs;
	job->ceiling[0] = c->ceiling_dbfs;
	job->ceiling[1] = c->phone_ceiling_dbfs;
}

static void render_section(struct build_ctx *b, struct lang_ctx *lc, size_t i)
{
	const struct section *s = &b->pg.g.sec[i];
	const struct tr_section *ts = &lc->tr.sec[i];
	const char **chunks = xcalloc(s->npara + 1, sizeof(*chunks));
	char **paths = xcalloc(b->nprof, sizeof(*paths));
	char *vtt = track_path(b, lc->pl->code, "captions", i, "vtt");
	char *artist = xasprintf("eSpeak NG %s", lc->pl->voice);
	char *track = xasprintf("%d/%zu", s->num + 1, b->pg.g.nsec);
	const char *album = lc->tr.sec[0].complete ? lc->tr.sec[0].heading : NULL;
	struct enc_tags tags = { ts->heading, album, artist, track,
				 lc->pl->code, "audioguide " AUDIOGUIDE_VERSION };
	struct render_job job;
	struct render_result res;
	struct err e;
	size_t k;

	chunks[0] = ts->heading;
	for (k = 0; k < s->npara; k++)
		chunks[k + 1] = ts->paras[k];
	for (k = 0; k < b->nprof; k++)
		paths[k] = track_path(b, lc->pl->code, b->prof[k]->name, i,
				      b->prof[k]->ext);
	fill_job(b, &job, lc->pl);
	job.chunks = chunks;
	job.nchunks = s->npara + 1;
	job.paths = paths;
	job.tags = &tags;
	if (render_track(&job, &res, &e) ||
	    caption_write_vtt(vtt, res.cues, res.ncues, &e)) {
		say(b, SAY_ERROR, "%s:%d: %s: %s", b->pg.g.path, s->line,
		    lc->pl->code, e.msg);
	} else {
		json_array_append_new(json_object_get(lc->entry, "tracks"),
				      track_json(b, i, chunks, job.nchunks, vtt,
						 paths, &res));
		lc->rendered++;
		b->st->rendered++;
	}
	render_result_release(&res);
	for (k = 0; k < b->nprof; k++)
		free(paths[k]);
	free(paths);
	free(chunks);
	free(vtt);
	free(artist);
	free(track);
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
			(*items)[n].path = base ? path_base(path) : path;
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

static void lang_playlists(struct build_ctx *b, struct lang_ctx *lc)
{
	json_t *one = json_array();
	size_t i;

	json_array_append(one, lc->entry);
	for (i = 0; i < b->nprof; i++) {
		char *p = xasprintf("%s/%s/%s/playlist.m3u8", b->out,
				    lc->pl->code, b->prof[i]->name);
		char *name = xasprintf("%s (%s)", b->pg.g.id, lc->pl->code);
		write_playlist(b, one, b->prof[i]->name, p, name, 1);
		free(p);
		free(name);
	}
	json_decref(one);
}

/* Keep what an earlier build made for a language that failed now. */
static void keep_previous(struct build_ctx *b, const char *code,
			  const char *why)
{
	json_t *prev = manifest_find_lang(b->old, code);

	if (!prev)
		return;
	prev = json_deep_copy(prev);
	json_object_set_new(prev, "error", json_string(why));
	json_array_append_new(b->langs, prev);
}

static json_t *lang_entry(const struct project_lang *pl,
			  const struct translation *tr)
{
	char tag[64];

	lang_bcp47(tag, sizeof(tag), pl->code);
	return json_pack("{s:s, s:s, s:b, s:s, s:s?, s:s?, s:[], s:[]}",
			 "code", pl->code, "bcp47", tag, "rtl",
			 lang_is_rtl(pl->code), "voice", pl->voice, "po",
			 pl->po_path, "title", tr->sec[0].complete
			 ? tr->sec[0].heading : NULL, "tracks", "skipped");
}

static void build_lang(struct build_ctx *b, const struct project_lang *pl)
{
	struct lang_ctx lc = { .pl = pl };
	struct err e;
	size_t i;

	if (!synth_voice_exists(pl->voice)) {
		say(b, SAY_ERROR, "%s: no eSpeak NG voice '%s' for language "
		    "'%s'; set one under [voices] in %s/guide.conf (see "
		    "audioguide voices)", pl->po_path ? pl->po_path
		    : b->pg.g.path, pl->voice, pl->code, b->pg.dir);
		keep_previous(b, pl->code, "no voice");
		return;
	}
	if (translation_load(&lc.tr, &b->pg.g, pl->code, pl->po_path, &e)) {
		say(b, SAY_ERROR, "%s", e.msg);
		say(b, SAY_INFO, "%s: not built; its earlier outputs are kept",
		    pl->code);
		keep_previous(b, pl->code, e.msg);
		translation_release(&lc.tr);
		return;
	}
	if (make_dirs(b, pl->code)) {
		translation_release(&lc.tr);
		return;
	}
	lc.entry = lang_entry(pl, &lc.tr);
	for (i = 0; i < b->pg.g.nsec; i++) {
		if (lc.tr.sec[i].complete)
			render_section(b, &lc, i);
		else
			skip_section(b, &lc, i);
	}
	lang_playlists(b, &lc);
	json_array_append_new(b->langs, lc.entry);
	say(b, SAY_INFO, "%s/%s: %zu rendered, %zu skipped", b->pg.g.id,
	    pl->code, lc.rendered, lc.skipped);
	translation_release(&lc.tr);
}

static void finish_guide(struct build_ctx *b)
{
	json_t *root, *profs = json_array();
	char *path;
	struct err e;
	size_t i;

	for (i = 0; i < b->nprof; i++) {
		char *p = xasprintf("%s/%s-loop.m3u8", b->out, b->prof[i]->name);
		char *name = xasprintf("%s (all languages)", b->pg.g.id);
		write_playlist(b, b->langs, b->prof[i]->name, p, name, 0);
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
			 "languages", b->langs);
	path = xasprintf("%s/manifest.json", b->out);
	if (!root || manifest_write(path, root, &e))
		say(b, SAY_ERROR, "%s", root ? e.msg : "cannot build the manifest");
	json_decref(root);
	free(path);
}

void build_guide(const char *dir, const struct build_opts *o,
		 struct build_stats *st)
{
	struct build_ctx b = { .o = o, .st = st };
	struct err e;
	char *mpath = NULL;
	size_t i;

	if (project_guide_load(&b.pg, dir, o->paths, o->langs, &e)) {
		say(&b, SAY_ERROR, "%s", e.msg);
		goto done;
	}
	if (pick_profiles(&b))
		goto done;
	b.out = xasprintf("%s/%s", o->paths->out, b.pg.g.id);
	if (mkdirs(b.out, &e)) {
		say(&b, SAY_ERROR, "%s", e.msg);
		goto done;
	}
	mpath = xasprintf("%s/manifest.json", b.out);
	b.old = manifest_load(mpath);
	b.langs = json_array();
	for (i = 0; i < b.pg.nlang; i++)
		build_lang(&b, &b.pg.lang[i]);
	finish_guide(&b);
done:
	json_decref(b.langs);
	json_decref(b.old);
	free(mpath);
	free(b.out);
	free(b.prof);
	project_guide_release(&b.pg);
}
