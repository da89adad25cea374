/*
 * book: a language of a built guide read back for the packages: its
 * tracks from the manifest, each sentence placed in its text, and the
 * XHTML of that text the books and the page share.
 */
#include "book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caption.h"
#include "fs.h"
#include "lang.h"
#include "manifest.h"
#include "xalloc.h"
#include "xml.h"

/* The longest captions file read: far above any track's. */
#define BOOK_MAX_VTT (16 << 20)

/* List depth the markup nests (the guide reader allows no deeper). */
#define BOOK_MAX_LISTS 16

/*
 * Place a cue's text in the track's blocks, at or after *block, *pos.
 * Captions write line breaks as spaces, so the text is searched with
 * its line breaks made spaces (memmem is linear: no input makes it slow).
 */
static int place(struct book_track *t, const char *text, size_t *block,
		 size_t *pos, struct book_sentence *s)
{
	size_t len = strlen(text);

	for (; *block < t->nblock; (*block)++, *pos = 0) {
		char *c = xstrdup(t->block[*block].text), *at, *p;
		size_t n = strlen(c), off;
		for (p = c; *p; p++)
			if (*p == '\n' || *p == '\r')
				*p = ' ';
		at = *pos < n ? memmem(c + *pos, n - *pos, text, len) : NULL;
		off = at ? (size_t)(at - c) : n;
		free(c);
		if (off < n) {
			s->block = *block;
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
	size_t block = 0, pos = 0, i;
	int bad = 0;

	t->nsent = 0;
	if (caption_parse_vtt(t->captions.buf ? t->captions.buf : "", &cues,
			      &bad))
		goto bad;
	for (i = 0; i < cues.n; i++) {
		struct book_sentence s = { cues.cue[i].start, cues.cue[i].end,
					   0, 0, 0 };
		bad = cues.cue[i].line;
		if (place(t, cues.cue[i].text, &block, &pos, &s))
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

static int kind_of(const char *name, enum book_kind *kind)
{
	static const char *const names[] = { "heading", "subheading",
					     "paragraph", "item", "image" };
	size_t i;

	for (i = 0; name && i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i])) {
			*kind = (enum book_kind)i;
			return 0;
		}
	return -1;
}

/* Whether s is a tag to write in a lang attribute: letters, digits, '-'. */
static int tag_ok(const char *s)
{
	size_t n = s ? strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
			      "OPQRSTUVWXYZ0123456789-") : 0;

	return !s || (n && n < 64 && !s[n]);
}

/* A track's blocks; -1 when one is not what the manifest promises. */
static int load_blocks(struct book_track *bt, const struct manifest_track *t)
{
	size_t i, j;

	bt->nblock = t->nblock;
	bt->block = xcalloc(bt->nblock + 1, sizeof(*bt->block));
	for (i = 0; i < t->nblock; i++) {
		const struct manifest_block *mb = &t->block[i];
		struct book_block *b = &bt->block[i];
		size_t len = mb->text ? strlen(mb->text) : 0;
		if (kind_of(mb->kind, &b->kind) || !len ||
		    (i == 0) != (b->kind == BOOK_HEADING) || mb->level < 0 ||
		    mb->level > BOOK_MAX_LISTS || !tag_ok(mb->lang))
			return -1;
		b->level = mb->level;
		b->number = mb->number;
		b->text = mb->text;
		b->lang = mb->lang;
		b->link = mb->link;
		b->nlink = mb->nlink;
		for (j = 0; j < mb->nlink; j++)
			if (mb->link[j].from >= mb->link[j].to ||
			    mb->link[j].to > len || !mb->link[j].href ||
			    (j && mb->link[j].from < mb->link[j - 1].to))
				return -1;
	}
	return 0;
}

static int load_track(struct book *bk, struct book_track *bt,
		      const struct manifest_track *t, struct err *e)
{
	char *vtt;
	int ret;

	bt->num = t->number;
	bt->section = t->section;
	bt->vtt = below(t->captions);
	bt->seconds = t->duration;
	bt->mp3 = file_path(t, "mp3");
	bt->opus = file_path(t, "opus");
	if (!bt->section || !bt->vtt || !t->nblock || load_blocks(bt, t) ||
	    !(bt->seconds > 0))
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

static void load_missing(struct book *bk, const struct manifest_lang *lang)
{
	size_t i;

	bk->missing = xcalloc(lang->nskip + 1, sizeof(*bk->missing));
	for (i = 0; i < lang->nskip; i++) {
		const struct manifest_skip *s = &lang->skip[i];
		size_t k;
		for (k = 0; k < lang->ntrack && lang->track[k].number !=
		     s->number; k++)
			;
		if (!s->source_title || k < lang->ntrack)
			continue;	/* unnamed (older build), or its notice
					 * is a track in its place */
		bk->missing[bk->nmissing].num = s->number;
		bk->missing[bk->nmissing].title = s->title;
		bk->missing[bk->nmissing].source_title = s->source_title;
		bk->nmissing++;
	}
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
	load_missing(bk, lang);
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
		free(bk->track[i].block);
		free(bk->track[i].sent);
		strbuf_release(&bk->track[i].captions);
	}
	free(bk->track);
	free(bk->missing);
	memset(bk, 0, sizeof(*bk));
}

void book_sentence_id(char *out, size_t outsz, const char *prefix,
		      const struct book_track *t, size_t k)
{
	snprintf(out, outsz, "%ss%d_%zu", prefix, t->num, k + 1);
}

void book_heading_id(char *out, size_t outsz, const char *prefix,
		     const struct book_track *t, size_t b)
{
	if (b)
		snprintf(out, outsz, "%sh%d_%zu", prefix, t->num, b);
	else
		snprintf(out, outsz, "%sh%d", prefix, t->num);
}

size_t book_block_sentence(const struct book_track *t, size_t b)
{
	size_t k;

	for (k = 0; k < t->nsent && t->sent[k].block < b; k++)
		;
	return k < t->nsent && t->sent[k].block == b ? k : t->nsent;
}

/* The sentence of [first, last) holding pos, or -1; *next is where the
 * next sentence starts or ends after pos. */
static long sentence_at(const struct book_track *t, size_t first,
			size_t last, size_t pos, size_t *next)
{
	long found = -1;
	size_t i;

	for (i = first; i < last; i++) {
		const struct book_sentence *s = &t->sent[i];
		if (s->from <= pos && pos < s->to)
			found = (long)(i - first);
		if (s->from > pos && s->from < *next)
			*next = s->from;
		if (s->to > pos && s->to < *next)
			*next = s->to;
	}
	return found;
}

/* The same for a block's links. */
static long link_at(const struct book_block *bl, size_t pos, size_t *next)
{
	long found = -1;
	size_t i;

	for (i = 0; i < bl->nlink; i++) {
		const struct manifest_link *l = &bl->link[i];
		if (l->from <= pos && pos < l->to)
			found = (long)i;
		if (l->from > pos && l->from < *next)
			*next = l->from;
		if (l->to > pos && l->to < *next)
			*next = l->to;
	}
	return found;
}

/*
 * One block's text: each sentence in a span the books point at, each
 * link an <a> inside it (a link across two sentences is two <a>s).
 */
static void add_text(struct strbuf *sb, const struct book_track *t,
		     size_t b, size_t *k, const char *prefix)
{
	const struct book_block *bl = &t->block[b];
	const char *s = bl->text;
	size_t len = strlen(s), first = *k, last = *k, pos = 0;
	long open_s = -1, open_l = -1;

	while (last < t->nsent && t->sent[last].block == b)
		last++;
	while (pos < len) {
		size_t next = len;
		long cs = sentence_at(t, first, last, pos, &next);
		long cl = link_at(bl, pos, &next);
		if (open_l >= 0 && (cl != open_l || cs != open_s)) {
			strbuf_addstr(sb, "</a>");
			open_l = -1;
		}
		if (cs != open_s) {
			char id[96];
			if (open_s >= 0)
				strbuf_addstr(sb, "</span>");
			if (cs >= 0) {
				book_sentence_id(id, sizeof(id), prefix, t,
						 first + (size_t)cs);
				strbuf_addf(sb, "<span id=\"%s\">", id);
			}
			open_s = cs;
		}
		if (cl >= 0 && cl != open_l) {
			strbuf_addstr(sb, "<a href=\"");
			xml_addstr(sb, bl->link[cl].href);
			strbuf_addstr(sb, "\">");
			open_l = cl;
		}
		xml_add(sb, s + pos, next - pos);
		pos = next;
	}
	if (open_l >= 0)
		strbuf_addstr(sb, "</a>");
	if (open_s >= 0)
		strbuf_addstr(sb, "</span>");
	*k = last;
}

void book_add_lang(struct strbuf *sb, const struct book_track *t, size_t b)
{
	const char *tag = t->block[b].lang;

	if (tag)
		strbuf_addf(sb, " lang=\"%s\" xml:lang=\"%s\"", tag, tag);
}

static void add_heading_block(struct strbuf *sb, const struct book_track *t,
			      size_t b, int level, size_t *k,
			      const char *prefix)
{
	char id[96];

	if (level > 6)
		level = 6;
	book_heading_id(id, sizeof(id), prefix, t, b);
	strbuf_addf(sb, "<h%d id=\"%s\"", level, id);
	book_add_lang(sb, t, b);
	strbuf_addch(sb, '>');
	add_text(sb, t, b, k, prefix);
	strbuf_addf(sb, "</h%d>\n", level);
}

void book_add_heading(struct strbuf *sb, const struct book_track *t,
		      int level, const char *prefix)
{
	size_t k = 0;

	add_heading_block(sb, t, 0, level, &k, prefix);
}

/* The lists open around the current block, innermost last. */
struct lists {
	int level[BOOK_MAX_LISTS + 1];
	int ordered[BOOK_MAX_LISTS + 1];
	int n;
};

/* Close the lists deeper than level (each with its open item). */
static void close_lists(struct strbuf *sb, struct lists *ls, int level)
{
	while (ls->n && ls->level[ls->n - 1] > level) {
		ls->n--;
		strbuf_addstr(sb, ls->ordered[ls->n] ? "</li>\n</ol>\n"
			      : "</li>\n</ul>\n");
	}
}

/* Open the item of block b, opening and closing lists around it. */
static void open_item(struct strbuf *sb, struct lists *ls,
		      const struct book_block *bl)
{
	int ordered = bl->number > 0;

	close_lists(sb, ls, bl->level);
	if (ls->n && ls->level[ls->n - 1] == bl->level) {
		if (ls->ordered[ls->n - 1] == ordered) {
			strbuf_addstr(sb, "</li>\n<li>");
			return;
		}
		close_lists(sb, ls, bl->level - 1);
	}
	if (ordered)
		strbuf_addf(sb, "<ol start=\"%d\">\n<li>", bl->number);
	else
		strbuf_addstr(sb, "<ul>\n<li>");
	ls->level[ls->n] = bl->level;
	ls->ordered[ls->n] = ordered;
	ls->n++;
}

void book_add_body(struct strbuf *sb, const struct book_track *t, int level,
		   const char *prefix)
{
	struct lists ls = { { 0 }, { 0 }, 0 };
	size_t b, k = book_block_sentence(t, 1);

	for (b = 1; b < t->nblock; b++) {
		const struct book_block *bl = &t->block[b];
		if (bl->kind == BOOK_ITEM) {
			open_item(sb, &ls, bl);
			add_text(sb, t, b, &k, prefix);
			continue;
		}
		close_lists(sb, &ls, 0);
		if (bl->kind == BOOK_SUBHEADING) {
			add_heading_block(sb, t, b, level + bl->level, &k,
					  prefix);
			continue;
		}
		strbuf_addstr(sb, "<p>");
		add_text(sb, t, b, &k, prefix);
		strbuf_addstr(sb, "</p>\n");
	}
	close_lists(sb, &ls, 0);
}
