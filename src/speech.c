/* speech: spoken text from written text, and the map back for captions. */
#include "speech.h"

#include <stdlib.h>
#include <string.h>

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

/* Written text said as written, but its "[[" and "]]" (which would open
 * and close phoneme input) said apart. */
static void add_plain(struct speech *sp, size_t wr, size_t n)
{
	const char *w = sp->written;
	size_t at = wr, i;

	for (i = wr; i + 1 < wr + n; i++) {
		if (!((w[i] == '[' && w[i + 1] == '[') ||
		      (w[i] == ']' && w[i + 1] == ']')))
			continue;
		add_seg(sp, at, i - at, w + at, i - at, 1);
		add_seg(sp, i, 2, w[i] == '[' ? "[ [" : "] ]", 3, 0);
		at = i + 2;
		i++;
	}
	add_seg(sp, at, wr + n - at, w + at, wr + n - at, 1);
}

/* Where lexicon matches go while written text is said. */
struct saying {
	struct speech *sp;
	size_t wr;		/* where the text starts in the written */
	size_t len;		/* its bytes */
	size_t done;		/* bytes of it said */
};

/* Whether two code points, side by side, need a space between them to
 * stay two words: both in words, neither of a script without spaces. */
static int apart(unsigned a, unsigned b)
{
	int ka = utf8_word_class(a), kb = utf8_word_class(b);

	return ka != UTF8_NONWORD && kb != UTF8_NONWORD &&
	       ka != UTF8_UNSPACED && kb != UTF8_UNSPACED;
}

static void on_match(void *user, struct lexicon_match *m)
{
	struct saying *sy = user;
	struct speech *sp = sy->sp;
	struct speech_use *u;
	struct strbuf said = STRBUF_INIT;
	const char *w = sp->written + sy->wr;
	size_t n, i;

	add_plain(sp, sy->wr + sy->done, m->from - sy->done);
	/* "38°C" said "38 degrees Celsius", not "38degrees" */
	if (m->from && m->said.len &&
	    apart(utf8_char(w, m->to, utf8_prev(w, m->from), &n),
		  utf8_char(m->said.buf, m->said.len, 0, &n)))
		strbuf_addch(&said, ' ');
	for (i = 0; i < m->said.len; i++) {	/* an alias's "[[" from $1 */
		strbuf_addch(&said, m->said.buf[i]);
		if (!m->phonemes && i + 1 < m->said.len &&
		    m->said.buf[i] == m->said.buf[i + 1] &&
		    (m->said.buf[i] == '[' || m->said.buf[i] == ']'))
			strbuf_addch(&said, ' ');
	}
	if (m->said.len &&
	    apart(utf8_char(m->said.buf, m->said.len,
			    utf8_prev(m->said.buf, m->said.len), &n),
		  utf8_char(w, sy->len, m->to, &n)))
		strbuf_addch(&said, ' ');
	ALLOC_GROW(sp->use, sp->nuse + 1, sp->ualloc);
	u = &sp->use[sp->nuse++];
	u->ent = m->ent;
	u->from = sy->wr + m->from;
	u->to = sy->wr + m->to;
	u->said = sp->spoken.len;
	u->said_len = said.len;
	add_seg(sp, sy->wr + m->from, m->to - m->from, said.buf, said.len, 0);
	strbuf_release(&said);
	sp->phonemes |= m->phonemes;
	sy->done = m->to;
}

/* Written text [wr, wr + n), said as the lexicon says. */
static void add_said(struct speech *sp, const struct lexicon *lx, size_t wr,
		     size_t n)
{
	struct saying sy = { sp, wr, n, 0 };

	const struct lexicon_entry *over = lexicon_apply(lx, sp->written + wr,
							 n, on_match, &sy);

	if (over && !sp->overran)
		sp->overran = over;
	add_plain(sp, wr + sy.done, n - sy.done);
}

void speech_make(struct speech *sp, const struct md_inline *in,
		 const char *prefix, const struct lexicon *lx)
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
		add_said(sp, lx, at, s->from - at);
		at = s->to;
		if (s->kind == MD_LINK) {	/* its text, as any text */
			add_said(sp, lx, s->from, s->to - s->from);
			continue;
		}
		said = s->kind == MD_TEL ? tel_spoken(w + s->from, s->to - s->from)
		       : url_spoken(s->href);
		add_seg(sp, s->from, s->to - s->from, said, strlen(said), 0);
		free(said);
	}
	add_said(sp, lx, at, sp->written_len - at);
	strbuf_grow(&sp->spoken, 0);
}

void speech_release(struct speech *sp)
{
	strbuf_release(&sp->spoken);
	free(sp->seg);
	free(sp->use);
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
		size_t p = utf8_prev(s, from);
		if (utf8_is_word(utf8_char(s, len, p, &n)))
			break;
		from = p;
	}
	while (to < len && !utf8_is_word(utf8_char(s, len, to, &n)))
		to += n;
	if (from == to)
		return w;
	for (at = from; at < to; at += n) {
		unsigned c = utf8_char(s, len, at, &n);
		if (utf8_is_space(c)) {
			if (space == (size_t)-1)
				space = at;
			continue;
		}
		if (space != (size_t)-1 && utf8_is_opening(c))
			return space;	/* space, then what it opens */
		if (space == (size_t)-1 && utf8_is_opening(c) &&
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
