/*
 * book: a language of a built guide read back for the packages: its
 * tracks from the manifest, each sentence placed in its text.
 */
#include "book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caption.h"
#include "err.h"
#include "fs.h"
#include "lang.h"
#include "manifest.h"
#include "strbuf.h"
#include "xalloc.h"
#include "xml.h"

/* The longest captions file read: far above any track's. */
#define BOOK_MAX_VTT (16 << 20)

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

/* A path below out/<guide> from the manifest, or NULL if it leaves it. */
static const char *below(const char *path)
{
	return path && *path != '/' && !strstr(path, "..") ? path : NULL;
}

static const char *file_path(const struct manifest_track *t,
			     const char *profile)
{
	const struct manifest_file *f = manifest_track_file(t, profile);

	return f ? below(f->path) : NULL;
}

static int load_track(struct book *bk, struct book_track *bt,
		      const struct manifest_track *t, struct err *e)
{
	char *vtt;
	size_t i;
	int ret;

	bt->num = t->number;
	bt->section = t->section;
	bt->vtt = below(t->captions);
	bt->seconds = t->duration;
	bt->mp3 = file_path(t, "mp3");
	bt->opus = file_path(t, "opus");
	bt->nchunk = t->text.n;
	bt->chunk = xcalloc(bt->nchunk + 1, sizeof(*bt->chunk));
	for (i = 0; i < bt->nchunk; i++)
		bt->chunk[i] = t->text.v[i];
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
	      const struct manifest_lang *lang, struct err *e)
{
	const struct lang_info *li;
	size_t i;

	memset(bk, 0, sizeof(*bk));
	bk->out = out;
	bk->guide = guide;
	bk->code = lang->code;
	bk->narrator = lang->voice;
	if (!bk->code)
		return err_at(e, out, 0, "manifest.json: a language has no "
			      "code; rebuild with --force");
	lang_bcp47(bk->tag, sizeof(bk->tag), bk->code);
	bk->rtl = lang_is_rtl(bk->code);
	li = lang_find(bk->code);
	bk->native = li ? li->native : bk->code;
	bk->title = lang->title ? lang->title : guide;
	bk->track = xcalloc(lang->ntrack + 1, sizeof(*bk->track));
	for (i = 0; i < lang->ntrack; i++) {
		if (load_track(bk, &bk->track[bk->ntrack++], &lang->track[i], e))
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
