/* loop: one MP3 per language, and one of all, for waiting rooms. */
#include "loop.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "encode.h"
#include "fs.h"
#include "key.h"
#include "measure.h"
#include "render.h"
#include "strlist.h"
#include "tree.h"
#include "version.h"
#include "worker.h"
#include "xalloc.h"

#define LOOP_RATE 22050		/* the FLAC files' */

/* The key file of a track's or prompt's file: <lang>/.keys/<rest>. */
static char *part_keyfile(const struct outdir *od, const char *rel)
{
	const char *slash = strchr(rel, '/'), *dot = strrchr(rel, '.');

	if (!slash || !dot || dot < slash)
		return NULL;
	return outdir_path(od, "%.*s/.keys/%.*s", (int)(slash - rel), rel,
			   (int)(dot - slash - 1), slash + 1);
}

static const char *flac_of(const struct manifest_track *t)
{
	size_t i;

	for (i = 0; i < t->nfile; i++)
		if (!strcmp(t->file[i].profile, "flac"))
			return t->file[i].path;
	return NULL;
}

/* What a recording is made of, and what it is called. */
struct recording {
	char *name;		/* <guide>-<lang> or <guide>-all */
	char *language;		/* a code, or "all" */
	struct strlist parts;	/* FLAC files, below out/<guide> */
	struct enc_tags tags;
	char *title, *artist;
};

/* Its key: its parts' keys, its tags, and how it is made. */
static int recording_key(const struct outdir *od, const struct recording *r,
			 char hex[33])
{
	struct key_hasher *h = key_hasher_new();
	size_t i;
	int ret = 0;

	key_add_str(h, "loop", r->name);
	key_add_num(h, "revision", RENDER_REVISION);
	key_add_str(h, "libsndfile", encode_version());
	key_add_str(h, "title", r->tags.title);
	key_add_str(h, "album", r->tags.album);
	key_add_str(h, "artist", r->tags.artist);
	key_add_str(h, "comment", r->tags.comment);
	for (i = 0; i < r->parts.n; i++) {
		char *kf = part_keyfile(od, r->parts.v[i]);
		char *path = outdir_path(od, "%s", r->parts.v[i]);
		struct key_entry ke;
		if (!kf || key_read(kf, &ke) || !fs_is_file(path))
			ret = -1;
		else
			key_add_str(h, "part", ke.key);
		free(kf);
		free(path);
	}
	key_finish(h, hex);
	return ret;
}

/* The parts' samples into the recording's encoder. */
struct pour {
	struct encoder *enc;
	struct err *e;
};

static int pour(void *user, const float *pcm, size_t n)
{
	struct pour *p = user;

	if (worker_stop_signal())	/* SIGINT, SIGTERM: stop here */
		return err_set(p->e, "interrupted");
	return encode_write(p->enc, pcm, n, p->e);
}

/* Encode the parts, one after another, into one MP3; then measure it. */
static int record(const struct outdir *od, const struct recording *r,
		  const char *path, struct key_entry *ke, struct err *e)
{
	struct pour p = { NULL, e };
	struct measured m;
	size_t i;
	int ret;

	if (encode_open(&p.enc, path, ENC_MP3, LOOP_RATE, &r->tags, e))
		return -1;
	for (i = 0, ret = 0; !ret && i < r->parts.n; i++) {
		char *part = outdir_path(od, "%s", r->parts.v[i]);
		ret = encode_read(part, ENC_FLAC16, LOOP_RATE, pour, &p, e);
		free(part);
	}
	if (ret) {
		encode_abort(p.enc);
		return -1;
	}
	if (encode_close(p.enc, e) ||
	    measure_decoded(path, ENC_MP3, LOOP_RATE, &m, e))
		return -1;
	ke->lufs = m.lufs;
	ke->peak_db = m.peak_db;
	ke->seconds = (double)m.samples / LOOP_RATE;
	ke->bytes = m.bytes;
	ke->encodes = 1;
	return 0;
}

static void add_loop(struct manifest *m, const struct outdir *od,
		     const struct recording *r, const char *path,
		     const struct key_entry *ke)
{
	struct manifest_loop *l = manifest_add_loop(m);
	size_t i;

	l->language = xstrdup(r->language);
	l->path = xstrdup(outdir_rel(od, path));
	l->bytes = ke->bytes;
	l->duration = ke->seconds;
	l->lufs = ke->lufs;
	l->peak_db = ke->peak_db;
	for (i = 0; i < r->parts.n; i++)
		strlist_push(&l->parts, r->parts.v[i]);
}

/* Make a recording unless its key says it is current; list it. */
static void make_one(const struct outdir *od, struct manifest *m,
		     struct tree *t, const struct recording *r,
		     const struct sayer *say_to)
{
	char *rel = xasprintf("%s.mp3", r->name);
	char *path = outdir_path(od, "loop/%s", rel);
	char *kf = outdir_path(od, ".keys/loop/%s", r->name);
	char hex[33];
	struct key_entry ke;
	struct err e;

	strlist_push(&t->want, rel);
	if (recording_key(od, r, hex)) {
		say(say_to, SAY_ERROR, "%s: a part of it is not built; it is "
		    "left as it was", path);
	} else if (!key_read(kf, &ke) && key_fresh(&ke, hex, path)) {
		add_loop(m, od, r, path, &ke);
	} else {
		unlink(kf);	/* no key outlives its file, rewritten */
		if (record(od, r, path, &ke, &e)) {
			if (!worker_stop_signal())
				say(say_to, SAY_ERROR, "%s", e.msg);
		} else {
			memcpy(ke.key, hex, sizeof(ke.key));
			if (key_write(kf, &ke, &e))
				say(say_to, SAY_ERROR, "%s", e.msg);
			add_loop(m, od, r, path, &ke);
		}
	}
	free(rel);
	free(path);
	free(kf);
}

static void recording_release(struct recording *r)
{
	free(r->name);
	free(r->language);
	free(r->title);
	free(r->artist);
	strlist_release(&r->parts);
}

/* A language's parts: its tracks' FLAC files; 0 when it has none. */
static size_t lang_parts(const struct manifest_lang *l, struct strlist *parts)
{
	size_t i, n = 0;

	for (i = 0; i < l->ntrack; i++)
		if (flac_of(&l->track[i])) {
			strlist_push(parts, flac_of(&l->track[i]));
			n++;
		}
	return n;
}

void loop_make(const struct outdir *od, struct manifest *m,
	       const struct sayer *say_to)
{
	struct recording all = { 0 };
	struct tree t;
	char *root = outdir_path(od, "loop");
	char *kdir = outdir_path(od, ".keys/loop");
	struct err e;
	size_t i, k, nall = 0;

	if (fs_mkdirs(root, &e) || fs_mkdirs(kdir, &e)) {
		say(say_to, SAY_ERROR, "%s", e.msg);
		goto done;
	}
	tree_open(&t, root);
	all.name = xasprintf("%s-all", od->guide);
	all.language = xstrdup("all");
	all.title = xasprintf("%s", m->title);
	all.tags = (struct enc_tags){ all.title, m->title, "eSpeak NG", NULL,
				      "all", "audioguide " AUDIOGUIDE_VERSION };
	for (i = 0; i < m->nlang && !worker_stop_signal(); i++) {
		const struct manifest_lang *l = &m->lang[i];
		struct recording r = { 0 };
		const struct manifest_track *ann = NULL;
		if (l->error || !lang_parts(l, &r.parts)) {
			recording_release(&r);
			continue;
		}
		r.name = xasprintf("%s-%s", od->guide, l->code);
		r.language = xstrdup(l->code);
		r.title = xasprintf("%s (%s)", l->title ? l->title : m->title,
				    l->code);
		r.artist = xasprintf("eSpeak NG %s", l->voice);
		r.tags = (struct enc_tags){ r.title, l->title ? l->title
					    : m->title, r.artist, NULL,
					    l->code, "audioguide "
					    AUDIOGUIDE_VERSION };
		make_one(od, m, &t, &r, say_to);
		for (k = 0; k < l->nprompt; k++)
			if (!strcmp(l->prompt[k].section, "announce"))
				ann = &l->prompt[k];
		if (ann && flac_of(ann)) {
			strlist_push(&all.parts, flac_of(ann));
			for (k = 0; k < r.parts.n; k++)
				strlist_push(&all.parts, r.parts.v[k]);
			nall++;
		} else {
			say(say_to, SAY_SKIP, "%s: %s has no announcement; it "
			    "is not in %s-all.mp3", root, l->code, od->guide);
		}
		recording_release(&r);
	}
	if (nall && !worker_stop_signal())
		make_one(od, m, &t, &all, say_to);
	if (worker_stop_signal())
		tree_abandon(&t);	/* what was not reached stays */
	else
		tree_close(&t);
done:
	recording_release(&all);
	free(root);
	free(kdir);
}
