/* speech: spoken text from written text, and the map back for captions. */
#include "speech.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "utf8.h"
#include "xalloc.h"

static void add_seg(struct speech *sp, size_t wr, size_t wr_len,
		    const char *said, size_t said_len, int same)
{
	struct speech_seg *s;

	if (!wr_len && !said_len)
		return;
	ALLOC_GROW(sp->seg, sp->nseg + 1, sp->alloc);
	s = &sp->seg[sp->nseg++];
	s->sp = sp->spoken.len;
	s->sp_len = said_len;
	s->wr = wr;
	s->wr_len = wr_len;
	s->same = same;
	strbuf_add(&sp->spoken, said, said_len);
}

/* A phone number as written, said digit by digit in its groups. */
static char *tel_spoken(const char *s, size_t n)
{
	struct strbuf out = STRBUF_INIT;
	size_t i;
	int in_group = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (out.len)
				strbuf_addstr(&out, in_group ? " " : ", ");
			strbuf_addch(&out, s[i]);
			in_group = 1;
		} else {
			in_group = s[i] == '+' && !out.len;
			if (in_group)
				strbuf_addstr(&out, "+");
		}
	}
	if (!out.len)	/* a link's words ("call us"): said as written */
		strbuf_add(&out, s, n);
	return strbuf_detach(&out);
}

/* The host of a web address, without "www.": what a listener can use. */
static char *url_spoken(const char *href)
{
	const char *h = strstr(href, "://");
	size_t n;

	h = h ? h + 3 : href;
	if (!strncmp(h, "www.", 4))
		h += 4;
	n = strcspn(h, "/:?#");
	return n ? xstrndup(h, n) : xstrdup(href);
}

void speech_make(struct speech *sp, const struct md_inline *in,
		 const char *prefix)
{
	const char *w = in->text.buf ? in->text.buf : "";
	size_t at = 0, i;

	memset(sp, 0, sizeof(*sp));
	sp->written = w;
	sp->written_len = in->text.len;
	if (prefix && *prefix) {
		char *p = xasprintf("%s ", prefix);
		add_seg(sp, 0, 0, p, strlen(p), 0);
		free(p);
	}
	for (i = 0; i < in->nspan; i++) {
		const struct md_span *s = &in->span[i];
		char *said;
		if (s->from < at || s->to <= s->from)
			continue;	/* nested or empty: said as written */
		add_seg(sp, at, s->from - at, w + at, s->from - at, 1);
		if (s->kind == MD_TEL)
			said = tel_spoken(w + s->from, s->to - s->from);
		else if (s->kind == MD_URL)
			said = url_spoken(s->href);
		else
			said = xstrndup(w + s->from, s->to - s->from);
		add_seg(sp, s->from, s->to - s->from, said, strlen(said),
			s->kind == MD_LINK);
		free(said);
		at = s->to;
	}
	add_seg(sp, at, sp->written_len - at, w + at, sp->written_len - at, 1);
	strbuf_grow(&sp->spoken, 0);
}

void speech_release(struct speech *sp)
{
	strbuf_release(&sp->spoken);
	free(sp->seg);
	memset(sp, 0, sizeof(*sp));
}

/* The written position a spoken byte comes from (a sentence's start). */
static size_t written_at(const struct speech *sp, size_t b)
{
	size_t i;

	for (i = 0; i < sp->nseg; i++) {
		const struct speech_seg *s = &sp->seg[i];
		if (b < s->sp || b >= s->sp + s->sp_len)
			continue;
		if (s->same)
			return s->wr + (b - s->sp);
		return s->wr;
	}
	return sp->written_len;
}

/* Letters, marks and digits make words; the rest are gaps between them. */
static int word_char(ucs4_t c)
{
	return uc_is_general_category(c, UC_CATEGORY_L) ||
	       uc_is_general_category(c, UC_CATEGORY_M) ||
	       uc_is_general_category(c, UC_CATEGORY_N);
}

/* Marks that open what follows: brackets, initial quotes, ¿ ¡. */
static int opening(ucs4_t c)
{
	return uc_is_general_category(c, UC_CATEGORY_Ps) ||
	       uc_is_general_category(c, UC_CATEGORY_Pi) ||
	       c == 0xbf /* ¿ */ || c == 0xa1 /* ¡ */ ||
	       c == '"' || c == '\'';
}

static ucs4_t char_at(const char *s, size_t len, size_t at, size_t *n)
{
	ucs4_t c = 0;
	int k = u8_mbtouc(&c, (const uint8_t *)s + at, len - at);

	*n = k > 0 ? (size_t)k : 1;
	return c;
}

static size_t prev_char(const char *s, size_t at)
{
	while (at > 0 && ((unsigned char)s[--at] & 0xc0) == 0x80)
		;
	return at;
}

/*
 * Where a sentence boundary near w belongs.  eSpeak NG ends sentences at
 * their terminators; the gap of punctuation and space between the last
 * word of one and the first of the next is split so that closing marks
 * (". ! » ” )", with French spaces) stay with the sentence they close and
 * opening marks ("¿ ¡ « “ („ (") go with the one they open: at the first
 * space followed by an opening mark or by the next word; with no space
 * (Chinese), before the first opening mark.
 */
static size_t settle(const char *s, size_t len, size_t w)
{
	size_t from = w, to = w, at, n, space = (size_t)-1;

	while (from > 0) {
		size_t p = prev_char(s, from);
		if (word_char(char_at(s, len, p, &n)))
			break;
		from = p;
	}
	while (to < len && !word_char(char_at(s, len, to, &n)))
		to += n;
	if (from == to)
		return w;
	for (at = from; at < to; at += n) {
		ucs4_t c = char_at(s, len, at, &n);
		if (uc_is_space(c)) {
			if (space == (size_t)-1)
				space = at;
			continue;
		}
		if (space != (size_t)-1 && opening(c))
			return space;	/* space, then what it opens */
		if (space == (size_t)-1 && opening(c) &&
		    !strchr("\"'", (int)c))
			return at;	/* Chinese: no space between */
		space = (size_t)-1;
	}
	return space != (size_t)-1 ? space : to;
}

void speech_sentences(const struct speech *sp, const size_t *start, size_t n,
		      struct speech_range *out)
{
	const char *s = sp->written;
	size_t len = sp->written_len, slen = sp->spoken.len, i, prev = 0;

	for (i = 0; i < n; i++) {
		size_t b = utf8_offset(sp->spoken.buf, slen, start[i]);
		size_t w = i ? settle(s, len, written_at(sp, b)) : 0;
		if (w < prev)
			w = prev;
		out[i].from = w;
		if (i)
			out[i - 1].to = w;
		prev = w;
	}
	if (n)
		out[n - 1].to = len;
	for (i = 0; i < n; i++) {	/* no white space at the ends */
		while (out[i].from < out[i].to && s[out[i].from] == ' ')
			out[i].from++;
		while (out[i].to > out[i].from && s[out[i].to - 1] == ' ')
			out[i].to--;
	}
}
