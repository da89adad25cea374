/*
 * manifest_json: manifest.json written from its model (atomically) and
 * read back, with jansson; the schema is in manifest.h.
 */
#include "manifest.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "fs.h"
#include "xalloc.h"

/* Writing. */

static json_t *files_json(const struct manifest_track *t)
{
	json_t *files = json_object();
	size_t i;

	for (i = 0; i < t->nfile; i++) {
		const struct manifest_file *f = &t->file[i];
		json_object_set_new(files, f->profile, json_pack(
			"{s:s, s:I, s:f, s:f, s:i}", "path", f->path, "bytes",
			(json_int_t)f->bytes, "loudness_lufs",
			manifest_db(f->lufs), "sample_peak_dbfs",
			manifest_db(f->peak_db), "encodes",
			f->encodes > 1 ? f->encodes : 1));
	}
	return files;
}

static json_t *strings_json(const struct strlist *l)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < l->n; i++)
		json_array_append_new(a, json_string(l->v[i]));
	return a;
}

static json_t *blocks_json(const struct manifest_track *t)
{
	json_t *a = json_array();
	size_t i, j;

	for (i = 0; i < t->nblock; i++) {
		const struct manifest_block *b = &t->block[i];
		json_t *links = json_array();
		for (j = 0; j < b->nlink; j++)
			json_array_append_new(links, json_pack(
				"{s:I, s:I, s:s}", "from",
				(json_int_t)b->link[j].from, "to",
				(json_int_t)b->link[j].to, "href",
				b->link[j].href));
		json_t *o = json_pack("{s:s, s:i, s:i, s:s, s:o}", "kind",
				      b->kind, "level", b->level, "number",
				      b->number, "text", b->text, "links",
				      links);
		if (b->lang)
			json_object_set_new(o, "lang", json_string(b->lang));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *track_json(const struct manifest_track *t)
{
	json_t *o = json_pack("{s:i, s:s, s:s, s:o, s:o, s:f, s:s, s:o}",
			      "number", t->number, "section", t->section,
			      "title", t->title, "text", strings_json(&t->text),
			      "blocks", blocks_json(t), "duration",
			      manifest_seconds(t->duration), "captions",
			      t->captions, "files", files_json(t));

	if (t->notice)	/* only then: older manifests stay as they were */
		json_object_set_new(o, "notice", json_true());
	return o;
}

static json_t *prompt_json(const struct manifest_track *t)
{
	return json_pack("{s:s, s:o, s:f, s:s, s:o, s:o}", "name", t->section,
			 "text", strings_json(&t->text), "duration",
			 manifest_seconds(t->duration), "captions", t->captions,
			 "files", files_json(t), "offers",
			 strings_json(&t->offers));
}

static json_t *loop_json(const struct manifest_loop *l)
{
	return json_pack("{s:s, s:s, s:I, s:f, s:f, s:f, s:o}", "language",
			 l->language, "path", l->path, "bytes",
			 (json_int_t)l->bytes, "duration",
			 manifest_seconds(l->duration), "loudness_lufs",
			 manifest_db(l->lufs), "sample_peak_dbfs",
			 manifest_db(l->peak_db), "parts",
			 strings_json(&l->parts));
}

static json_t *skip_json(const struct manifest_skip *s)
{
	json_t *probs = json_array();
	size_t i;

	for (i = 0; i < s->nprob; i++)
		json_array_append_new(probs, json_pack(
			"{s:s, s:s, s:i, s:i, s:s?}", "kind", s->prob[i].kind,
			"po", s->prob[i].po, "line", s->prob[i].line,
			"source_line", s->prob[i].source_line, "message",
			s->prob[i].message));
	return json_pack("{s:i, s:s, s:s?, s:s?, s:s, s:o}", "number",
			 s->number, "section", s->section, "title", s->title,
			 "source_title", s->source_title, "reason", s->reason,
			 "problems", probs);
}

static json_t *lang_json(const struct manifest_lang *l)
{
	json_t *tracks = json_array(), *skipped = json_array(), *o;
	json_t *prompts = json_array();
	size_t i;
	int bad = 0;

	for (i = 0; i < l->ntrack; i++)
		bad |= json_array_append_new(tracks, track_json(&l->track[i]));
	for (i = 0; i < l->nskip; i++)
		bad |= json_array_append_new(skipped, skip_json(&l->skip[i]));
	for (i = 0; i < l->nprompt; i++)
		bad |= json_array_append_new(prompts,
					     prompt_json(&l->prompt[i]));
	if (bad) {
		json_decref(tracks);
		json_decref(skipped);
		json_decref(prompts);
		return NULL;
	}
	o = json_pack("{s:s, s:s, s:b, s:s, s:s?, s:s?, s:o, s:o, s:o, s:i}",
		      "code", l->code, "bcp47", l->bcp47, "rtl", l->rtl,
		      "voice", l->voice, "po", l->po, "title", l->title,
		      "tracks", tracks, "skipped", skipped, "prompts", prompts,
		      "menu_key", l->menu_key);
	if (o && l->error)
		json_object_set_new(o, "error", json_string(l->error));
	return o;
}

static json_t *manifest_json(const struct manifest *m)
{
	json_t *langs = json_array(), *loops = json_array();
	size_t i;

	for (i = 0; i < m->nlang; i++) {
		if (json_array_append_new(langs, lang_json(&m->lang[i]))) {
			json_decref(langs);
			json_decref(loops);
			return NULL;	/* a field missing: refuse to write */
		}
	}
	for (i = 0; i < m->nloop; i++) {
		if (json_array_append_new(loops, loop_json(&m->loop[i]))) {
			json_decref(langs);
			json_decref(loops);
			return NULL;
		}
	}
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:{s:f, s:f, "
			 "s:f, s:f}, s:o, s:o}", "guide", m->guide, "title",
			 m->title, "source_language", m->source_language,
			 "audioguide", m->audioguide, "espeak_ng", m->espeak_ng,
			 "libsndfile", m->libsndfile, "profiles",
			 strings_json(&m->profiles), "timeline", "head",
			 m->head, "tail", m->tail, "pause_after_heading",
			 m->pause_heading, "pause_between_paragraphs",
			 m->pause_paragraph, "languages", langs, "loops", loops);
}

int manifest_write(const struct manifest *m, const char *path, struct err *e)
{
	json_t *root = manifest_json(m);
	char *s = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
				    JSON_REAL_PRECISION(10)) : NULL;
	int ret;

	json_decref(root);
	if (!s)
		return err_at(e, path, 0, "cannot encode the manifest");
	ret = afile_write_if_changed(path, s, strlen(s), e);
	free(s);
	return ret;
}

/* Reading. */

static char *str_of(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s ? xstrdup(s) : NULL;
}

static int int_of(json_t *o, const char *key)
{
	return (int)json_integer_value(json_object_get(o, key));
}

static double num_of(json_t *o, const char *key)
{
	return json_number_value(json_object_get(o, key));
}

static void read_block(struct manifest_block *b, json_t *o)
{
	json_t *v;
	size_t i;

	b->kind = str_of(o, "kind");
	b->level = int_of(o, "level");
	b->number = int_of(o, "number");
	b->text = str_of(o, "text");
	b->lang = str_of(o, "lang");
	json_array_foreach(json_object_get(o, "links"), i, v) {
		struct manifest_link *l = manifest_add_link(b);
		json_int_t from = json_integer_value(json_object_get(v, "from"));
		json_int_t to = json_integer_value(json_object_get(v, "to"));
		l->from = from > 0 ? (size_t)from : 0;
		l->to = to > 0 ? (size_t)to : 0;
		l->href = str_of(v, "href");
	}
}

static void read_track(struct manifest_track *t, json_t *o)
{
	json_t *v, *files = json_object_get(o, "files");
	const char *profile;
	size_t i;

	t->number = int_of(o, "number");
	t->section = str_of(o, "section");
	t->title = str_of(o, "title");
	json_array_foreach(json_object_get(o, "text"), i, v) {
		if (!json_is_string(v)) {	/* not text: no text at all */
			strlist_release(&t->text);
			break;
		}
		strlist_push(&t->text, json_string_value(v));
	}
	json_array_foreach(json_object_get(o, "blocks"), i, v)
		read_block(manifest_add_block(t), v);
	t->duration = num_of(o, "duration");
	t->captions = str_of(o, "captions");
	json_object_foreach(files, profile, v) {
		struct manifest_file *f = manifest_add_file(t);
		f->profile = xstrdup(profile);
		f->path = str_of(v, "path");
		f->bytes = json_integer_value(json_object_get(v, "bytes"));
		f->lufs = num_of(v, "loudness_lufs");
		f->peak_db = num_of(v, "sample_peak_dbfs");
		f->encodes = (int)json_integer_value(json_object_get(v,
								     "encodes"));
	}
}

static void read_skip(struct manifest_skip *s, json_t *o)
{
	json_t *v;
	size_t i;

	s->number = int_of(o, "number");
	s->section = str_of(o, "section");
	s->title = str_of(o, "title");
	s->source_title = str_of(o, "source_title");
	s->reason = str_of(o, "reason");
	json_array_foreach(json_object_get(o, "problems"), i, v) {
		struct manifest_problem *p = manifest_add_problem(s);
		p->kind = str_of(v, "kind");
		p->po = str_of(v, "po");
		p->line = int_of(v, "line");
		p->source_line = int_of(v, "source_line");
		p->message = str_of(v, "message");
	}
}

static void read_lang(struct manifest_lang *l, json_t *o)
{
	json_t *v, *w;
	size_t i, k;

	l->code = str_of(o, "code");
	l->bcp47 = str_of(o, "bcp47");
	l->rtl = json_is_true(json_object_get(o, "rtl"));
	l->voice = str_of(o, "voice");
	l->po = str_of(o, "po");
	l->title = str_of(o, "title");
	json_array_foreach(json_object_get(o, "tracks"), i, v) {
		struct manifest_track *t = manifest_add_track(l);
		read_track(t, v);
		t->notice = json_is_true(json_object_get(v, "notice"));
	}
	json_array_foreach(json_object_get(o, "skipped"), i, v)
		read_skip(manifest_add_skip(l), v);
	json_array_foreach(json_object_get(o, "prompts"), i, v) {
		struct manifest_track *t = manifest_add_prompt(l);
		read_track(t, v);
		free(t->section);
		t->section = str_of(v, "name");
		json_array_foreach(json_object_get(v, "offers"), k, w)
			if (json_is_string(w))
				strlist_push(&t->offers, json_string_value(w));
	}
	l->menu_key = int_of(o, "menu_key");
	l->error = str_of(o, "error");
}

int manifest_read(struct manifest *m, const char *path)
{
	json_error_t jerr;
	json_t *root, *v, *tl;
	size_t i;

	memset(m, 0, sizeof(*m));
	root = fs_is_file(path) ? json_load_file(path, 0, &jerr) : NULL;
	if (!json_is_object(root)) {
		json_decref(root);
		return -1;
	}
	m->guide = str_of(root, "guide");
	m->title = str_of(root, "title");
	m->source_language = str_of(root, "source_language");
	m->audioguide = str_of(root, "audioguide");
	m->espeak_ng = str_of(root, "espeak_ng");
	m->libsndfile = str_of(root, "libsndfile");
	json_array_foreach(json_object_get(root, "profiles"), i, v)
		if (json_is_string(v))
			strlist_push(&m->profiles, json_string_value(v));
	tl = json_object_get(root, "timeline");
	m->head = num_of(tl, "head");
	m->tail = num_of(tl, "tail");
	m->pause_heading = num_of(tl, "pause_after_heading");
	m->pause_paragraph = num_of(tl, "pause_between_paragraphs");
	json_array_foreach(json_object_get(root, "languages"), i, v)
		if (json_is_object(v))
			read_lang(manifest_add_lang(m), v);
	json_array_foreach(json_object_get(root, "loops"), i, v) {
		struct manifest_loop *l;
		json_t *p;
		size_t k;
		if (!json_is_object(v))
			continue;
		l = manifest_add_loop(m);
		l->language = str_of(v, "language");
		l->path = str_of(v, "path");
		l->bytes = json_integer_value(json_object_get(v, "bytes"));
		l->duration = num_of(v, "duration");
		l->lufs = num_of(v, "loudness_lufs");
		l->peak_db = num_of(v, "sample_peak_dbfs");
		json_array_foreach(json_object_get(v, "parts"), k, p)
			if (json_is_string(p))
				strlist_push(&l->parts, json_string_value(p));
	}
	json_decref(root);
	return 0;
}
