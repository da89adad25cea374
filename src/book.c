#include "book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caption.h"
#include "err.h"
#include "fs.h"
#include "lang.h"
#include "strbuf.h"
#include "xalloc.h"

/* The longest captions file read: far above any track's. */
#define BOOK_MAX_VTT (16 << 20)

int book_package_known(const char *name)
{
	return !strcmp(name, "daisy202") || !strcmp(name, "epub3") ||
	       !strcmp(name, "web");
}

void xml_add(struct strbuf *sb, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': strbuf_addstr(sb, "&amp;"); break;
		case '<': strbuf_addstr(sb, "&lt;"); break;
		case '>': strbuf_addstr(sb, "&gt;"); break;
		case '"': strbuf_addstr(sb, "&quot;"); break;
		case '\n': case '\r': case '\t': strbuf_addch(sb, ' '); break;
		default: strbuf_addch(sb, s[i]);
		}
	}
}

void xml_addstr(struct strbuf *sb, const char *s)
{
	xml_add(sb, s, strlen(s));
}

/*
 * Place a cue's text in the track's chunks, at or after *chunk, *pos.
 * Captions write line breaks as spaces, so the chunk is searched with
 * its line breaks made spaces (memmem is linear: no input makes it slow).
 */
static int place(struct book_track *t, const char *text, size_t *chunk,
		 size_t *pos, struct book_sentence *s)
{
	size_t len = strlen(text);

	for (; *chunk < t->nchunk; (*chunk)++, *pos = 0) {
		char *c = xstrdup(t->chunk[*chunk]), *at, *p;
		size_t n = strlen(c), off;
		for (p = c; *p; p++)
			if (*p == '\n' || *p == '\r')
				*p = ' ';
		at = *pos < n ? memmem(c + *pos, n - *pos, text, len) : NULL;
		off = at ? (size_t)(at - c) : n;
		free(c);
		if (off < n) {
			s->chunk = *chunk;
			s->from = off;
			s->to = s->from + len;
			*pos = s->to;
			return 0;
		}
	}
	return -1;
}

int book_parse_captions(struct book_track *t, const char *path,
			struct err *e)
{
	struct caption_list cues = { 0 };
	size_t chunk = 0, pos = 0, i;
	int bad = 0;

	t->nsent = 0;
	if (caption_parse_vtt(t->captions.buf ? t->captions.buf : "", &cues,
			      &bad))
		goto bad;
	for (i = 0; i < cues.n; i++) {
		struct book_sentence s = { cues.cue[i].start, cues.cue[i].end,
					   0, 0, 0 };
		bad = cues.cue[i].line;
		if (place(t, cues.cue[i].text, &chunk, &pos, &s))
			goto bad;
		ALLOC_GROW(t->sent, t->nsent + 1, t->alloc);
		t->sent[t->nsent++] = s;
	}
	caption_list_release(&cues);
	if (!t->nsent)
		return err_at(e, path, 0, "no captions; rebuild with --force");
	return 0;
bad:
	caption_list_release(&cues);
	return err_at(e, path, bad, "does not match the text of its "
		      "section; rebuild with --force");
}

static const char *str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* A path below out/<guide> from the manifest, or NULL if it leaves it. */
static const char *below(const char *path)
{
	return path && *path != '/' && !strstr(path, "..") ? path : NULL;
}

static const char *file_path(json_t *t, const char *profile)
{
	return below(str(json_object_get(json_object_get(t, "files"), profile),
			 "path"));
}

static int load_track(struct book *bk, struct book_track *bt, json_t *t,
		      struct err *e)
{
	json_t *text = json_object_get(t, "text"), *v;
	char *vtt;
	size_t i;
	int ret;

	bt->num = (int)json_integer_value(json_object_get(t, "number"));
	bt->section = str(t, "section");
	bt->vtt = below(str(t, "captions"));
	bt->seconds = json_real_value(json_object_get(t, "duration"));
	bt->mp3 = file_path(t, "mp3");
	bt->opus = file_path(t, "opus");
	bt->nchunk = json_array_size(text);
	bt->chunk = xcalloc(bt->nchunk + 1, sizeof(*bt->chunk));
	json_array_foreach(text, i, v)
		bt->chunk[i] = json_string_value(v);
	for (i = 0; i < bt->nchunk; i++)
		if (!bt->chunk[i])
			bt->nchunk = 0;
	if (!bt->section || !bt->vtt || !bt->nchunk || !(bt->seconds > 0))
		return err_at(e, bk->out, 0, "manifest.json: a %s track is "
			      "incomplete; rebuild with --force", bk->code);
	bt->name = xstrdup(fs_path_base(bt->vtt));
	if (strrchr(bt->name, '.'))
		*strrchr(bt->name, '.') = '\0';
	vtt = xasprintf("%s/%s", bk->out, bt->vtt);
	ret = fs_read_file(vtt, &bt->captions, BOOK_MAX_VTT, e) ||
	      book_parse_captions(bt, vtt, e) ? -1 : 0;
	free(vtt);
	return ret;
}

int book_load(struct book *bk, const char *out, const char *guide,
	      json_t *lang, struct err *e)
{
	json_t *tracks = json_object_get(lang, "tracks"), *t;
	const struct lang_info *li;
	size_t i;

	memset(bk, 0, sizeof(*bk));
	bk->out = out;
	bk->guide = guide;
	bk->code = str(lang, "code");
	bk->narrator = str(lang, "voice");
	if (!bk->code)
		return err_at(e, out, 0, "manifest.json: a language has no "
			      "code; rebuild with --force");
	lang_bcp47(bk->tag, sizeof(bk->tag), bk->code);
	bk->rtl = lang_is_rtl(bk->code);
	li = lang_find(bk->code);
	bk->native = li ? li->native : bk->code;
	bk->title = str(lang, "title") ? str(lang, "title") : guide;
	bk->track = xcalloc(json_array_size(tracks) + 1, sizeof(*bk->track));
	json_array_foreach(tracks, i, t) {
		if (load_track(bk, &bk->track[bk->ntrack++], t, e))
			return -1;
		bk->seconds += bk->track[i].seconds;
	}
	return 0;
}

void book_release(struct book *bk)
{
	size_t i;

	for (i = 0; i < bk->ntrack; i++) {
		free(bk->track[i].name);
		free(bk->track[i].chunk);
		free(bk->track[i].sent);
		strbuf_release(&bk->track[i].captions);
	}
	free(bk->track);
	memset(bk, 0, sizeof(*bk));
}

void book_sentence_id(char *out, size_t outsz, const char *prefix,
		      const struct book_track *t, size_t k)
{
	snprintf(out, outsz, "%ss%d_%zu", prefix, t->num, k + 1);
}

/* One chunk: its text, each sentence in a span the books point at. */
static void add_chunk(struct strbuf *sb, const struct book_track *t,
		      size_t c, size_t *k, const char *prefix)
{
	const char *s = t->chunk[c];
	size_t pos = 0;

	for (; *k < t->nsent && t->sent[*k].chunk == c; (*k)++) {
		const struct book_sentence *bs = &t->sent[*k];
		char id[96];
		book_sentence_id(id, sizeof(id), prefix, t, *k);
		xml_add(sb, s + pos, bs->from - pos);
		strbuf_addf(sb, "<span id=\"%s\">", id);
		xml_add(sb, s + bs->from, bs->to - bs->from);
		strbuf_addstr(sb, "</span>");
		pos = bs->to;
	}
	xml_addstr(sb, s + pos);
}

void book_add_heading(struct strbuf *sb, const struct book_track *t,
		      int level, const char *prefix)
{
	size_t k = 0;

	strbuf_addf(sb, "<h%d id=\"%sh%d\">", level, prefix, t->num);
	add_chunk(sb, t, 0, &k, prefix);
	strbuf_addf(sb, "</h%d>\n", level);
}

void book_add_paragraphs(struct strbuf *sb, const struct book_track *t,
			 const char *prefix)
{
	size_t c, k = 0;

	while (k < t->nsent && t->sent[k].chunk == 0)
		k++;
	for (c = 1; c < t->nchunk; c++) {
		strbuf_addstr(sb, "<p>");
		add_chunk(sb, t, c, &k, prefix);
		strbuf_addstr(sb, "</p>\n");
	}
}
