/* key: content keys (XXH3-128) and the key files that record them. */
#include "key.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "afile.h"
#include "encode.h"
#include "err.h"
#include "fs.h"
#include "strbuf.h"
#include "strlist.h"
#include "render.h"
#include "synth.h"
#include "version.h"
#include "xalloc.h"

struct key_hasher {
	XXH3_state_t *st;
};

struct key_hasher *key_hasher_new(void)
{
	struct key_hasher *h = xcalloc(1, sizeof(*h));

	h->st = XXH3_createState();
	if (!h->st || XXH3_128bits_reset(h->st) == XXH_ERROR)
		abort();	/* only on allocation failure */
	return h;
}

static void add_framed(struct key_hasher *h, const void *p, size_t n)
{
	unsigned long long len = n;

	XXH3_128bits_update(h->st, &len, sizeof(len));
	XXH3_128bits_update(h->st, p, n);
}

void key_add_str(struct key_hasher *h, const char *name, const char *val)
{
	add_framed(h, name, strlen(name));
	add_framed(h, val ? val : "\xff(null)", val ? strlen(val) : 7);
}

void key_add_num(struct key_hasher *h, const char *name, double val)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.17g", val);
	key_add_str(h, name, buf);
}

void key_finish(struct key_hasher *h, char hex[33])
{
	XXH128_hash_t d = XXH3_128bits_digest(h->st);

	snprintf(hex, 33, "%016llx%016llx", (unsigned long long)d.high64,
		 (unsigned long long)d.low64);
	XXH3_freeState(h->st);
	free(h);
}

/* A file's contents, under its name. */
static void add_contents(struct key_hasher *h, const char *path,
			 const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;

	if (!fs_read_file(path, &sb, 64u << 20, &e)) {
		key_add_str(h, "file", name);
		add_framed(h, sb.buf, sb.len);
	}
	strbuf_release(&sb);
}

/* What stands for a file without reading it: its name, size,
 * modification time and inode. */
static void add_stat(struct key_hasher *h, const char *path,
		     const char *name)
{
	struct stat st;

	if (stat(path, &st))
		return;
	key_add_str(h, "file", name);
	key_add_num(h, "size", (double)st.st_size);
	key_add_num(h, "mtime", (double)st.st_mtim.tv_sec);
	key_add_num(h, "ns", (double)st.st_mtim.tv_nsec);
	key_add_num(h, "ino", (double)st.st_ino);
	key_add_num(h, "dev", (double)st.st_dev);
}

/* Every regular file under dir, in sorted order, through add. */
static void hash_tree(struct key_hasher *h, const char *dir, int depth,
		      void (*add)(struct key_hasher *, const char *,
				  const char *))
{
	struct strlist names = { 0 };
	size_t i;

	if (depth > 8 || fs_list(dir, &names))
		return;
	for (i = 0; i < names.n; i++) {
		char *p = xasprintf("%s/%s", dir, names.v[i]);
		if (fs_is_dir(p))
			hash_tree(h, p, depth + 1, add);
		else
			add(h, p, names.v[i]);
		free(p);
	}
	strlist_release(&names);
}

static char *engine_cache;

void key_engine_cache(const char *path)
{
	free(engine_cache);
	engine_cache = path ? xstrdup(path) : NULL;
}

/* The fingerprint remembered for these files, into hex; 0 if there. */
static int cached_engine(const char *sig, char hex[33])
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	char s[33], v[33];
	int ret = -1;

	if (!fs_read_file(engine_cache, &sb, 4096, &e) &&
	    sscanf(sb.buf, "audioguide-engine 1\n%32s\n%32s\n", s, v) == 2 &&
	    strlen(v) == 32 && !strcmp(s, sig)) {
		memcpy(hex, v, 33);
		ret = 0;
	}
	strbuf_release(&sb);
	return ret;
}

const char *key_engine_fingerprint(const char *data_dir,
				     const char *version)
{
	static char hex[33];
	char sig[33] = "";
	struct key_hasher *h;
	struct afile af;
	struct err e;

	if (*hex)
		return hex;
	/*
	 * Reading every data file (17 MB) was half of a rebuild that
	 * changes nothing: the hash is remembered with the files' sizes,
	 * times and inodes, and read again when any of them changes (an
	 * upgrade of espeak-ng-data replaces its files).
	 */
	if (engine_cache && data_dir) {
		h = key_hasher_new();
		key_add_str(h, "espeak-ng", version);
		hash_tree(h, data_dir, 0, add_stat);
		key_finish(h, sig);
		if (!cached_engine(sig, hex))
			return hex;
	}
	h = key_hasher_new();
	key_add_str(h, "espeak-ng", version);
	if (data_dir)
		hash_tree(h, data_dir, 0, add_contents);
	key_finish(h, hex);
	if (*sig && !afile_open(&af, engine_cache, &e)) {
		fprintf(af.fp, "audioguide-engine 1\n%s\n%s\n", sig, hex);
		afile_commit(&af, &e);	/* only a cache: a failure costs time */
	}
	return hex;
}

/* What every output of a track depends on: engine, voice, timeline, text. */
static void hash_common(struct key_hasher *h, const struct render_job *job)
{
	size_t k;

	key_add_str(h, "audioguide", AUDIOGUIDE_VERSION);
	key_add_num(h, "revision", RENDER_REVISION);
	key_add_str(h, "engine", key_engine_fingerprint(synth_data_path(),
							synth_version()));
	key_add_str(h, "libsndfile", encode_version());
	key_add_str(h, "voice", job->voice);
	key_add_num(h, "rate", job->rate);
	key_add_num(h, "pitch", job->pitch);
	key_add_num(h, "head", RENDER_HEAD);
	key_add_num(h, "tail", RENDER_TAIL);
	key_add_num(h, "pause_heading", RENDER_PAUSE_HEADING);
	key_add_num(h, "pause_paragraph", RENDER_PAUSE_PARAGRAPH);
	for (k = 0; k < job->nchunks; k++) {
		const struct speech *sp = job->chunks[k].speech;
		char *said = synth_as_read(sp->spoken.buf);
		size_t i;

		/* what eSpeak NG is given */
		key_add_str(h, "chunk", said ? said : sp->spoken.buf);
		free(said);
		key_add_num(h, "heading", job->chunks[k].heading);
		if (sp->reviewed)
			key_add_str(h, "reviewed", sp->reviewed);
		for (i = 0; i < sp->nrun; i++) {	/* names, in their voice */
			key_add_num(h, "run", (double)sp->run[i].from);
			key_add_num(h, "to", (double)sp->run[i].to);
			key_add_str(h, "voice", sp->run[i].voice);
		}
	}
}

/* Captions show the written text of what was said, through the map. */
static void hash_written(struct key_hasher *h, const struct render_job *job)
{
	size_t k, i;

	key_add_str(h, "captions", "webvtt");
	for (k = 0; k < job->nchunks; k++) {
		const struct speech *sp = job->chunks[k].speech;
		key_add_str(h, "written", sp->written);
		for (i = 0; i < sp->nseg; i++) {
			const struct speech_seg *g = &sp->seg[i];
			char seg[128];
			snprintf(seg, sizeof(seg), "%zu %zu %zu %zu %d", g->sp,
				 g->sp_len, g->wr, g->wr_len, g->same);
			key_add_str(h, "segment", seg);
		}
	}
}

/* A profile's file also depends on its format, signal and tags. */
static void hash_profile(struct key_hasher *h, const struct render_job *job,
			 const struct profile *p)
{
	const struct enc_tags *t = job->tags;

	key_add_str(h, "profile", p->name);
	key_add_num(h, "format", p->fmt);
	key_add_num(h, "sample_rate", p->rate);
	key_add_num(h, "band", p->band);
	key_add_num(h, "margin", p->margin_db);
	key_add_num(h, "codec_gain", p->gain_db);
	key_add_num(h, "target", job->target[p->phone]);
	key_add_num(h, "ceiling", job->ceiling[p->phone]);
	key_add_str(h, "title", t->title);
	key_add_str(h, "album", t->album);
	key_add_str(h, "artist", t->artist);
	key_add_str(h, "track", t->track);
	key_add_str(h, "comment", t->comment);
}

void key_for_track(const struct render_job *job, const struct profile *p,
		   char hex[33])
{
	struct key_hasher *h = key_hasher_new();

	hash_common(h, job);
	if (p)
		hash_profile(h, job, p);
	else
		hash_written(h, job);
	key_finish(h, hex);
}

int key_read(const char *path, struct key_entry *ce)
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	int n = 0;

	memset(ce, 0, sizeof(*ce));
	if (!fs_read_file(path, &sb, 4096, &e))
		n = sscanf(sb.buf, "audioguide-key 1\nkey %32s\nbytes %lld\n"
			   "seconds %lf\nlufs %lf\npeak_db %lf\nencodes %d\n",
			   ce->key, &ce->bytes, &ce->seconds, &ce->lufs,
			   &ce->peak_db, &ce->encodes);
	strbuf_release(&sb);
	if (n == 5 || ce->encodes < 1)
		ce->encodes = 1;
	return n >= 5 && strlen(ce->key) == 32 ? 0 : -1;
}

int key_write(const char *path, const struct key_entry *ce,
		struct err *e)
{
	char buf[512];
	int n = snprintf(buf, sizeof(buf), "audioguide-key 1\nkey %s\n"
			 "bytes %lld\nseconds %.6f\nlufs %.4f\npeak_db %.4f\n"
			 "encodes %d\n", ce->key, ce->bytes, ce->seconds,
			 isfinite(ce->lufs) ? ce->lufs : -999.0,
			 isfinite(ce->peak_db) ? ce->peak_db : -999.0,
			 ce->encodes > 1 ? ce->encodes : 1);

	return afile_write_if_changed(path, buf, (size_t)n, e);
}

int key_fresh(const struct key_entry *ce, const char *key,
		const char *output)
{
	struct stat st;

	return !strcmp(ce->key, key) && !stat(output, &st) &&
	       (long long)st.st_size == ce->bytes;
}
