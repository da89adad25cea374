/* speech: spoken text from written text, and the map back for captions. */
#include "speech.h"

#include <stdio.h>
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

/* The host of a web address, without "www.": what a listener can use. */
static void url_spoken(const struct norm *nm, const char *href,
		       struct strbuf *said)
{
	const char *h = strstr(href, "://");
	size_t n;

	h = h ? h + 3 : href;
	if (!strncmp(h, "www.", 4))
		h += 4;
	n = strcspn(h, "/:?#");
	if (!n)
		strbuf_addstr(said, href);
	else if (!nm->ru || !norm_say_address(nm, h, n, said))
		strbuf_add(said, h, n);	/* no rules: as eSpeak NG reads it */
}

/*
 * The words in capitals of w[0..n), a text mostly in capitals, into small
 * letters, in place (each whose small letters take as many bytes).  The
 * acronyms among them were spelled before (norm.h, shouting); eSpeak NG
 * spells a short capital word it does not find in a clause with more
 * small letters than capitals, as the numbers said in words and the
 * [letters] words said in small letters make it ("APPELEZ LE SAMU" was
 * "appelez L E samu").
 */
static void lower_shouted(char *w, size_t n)
{
	size_t at = 0, k;

	while (at < n) {
		size_t letters, upper;
		size_t end = norm_word_run(w, n, at, &letters, &upper);
		char *low;
		if (end == at) {
			utf8_char(w, n, at, &k);
			at += k;
			continue;
		}
		if (letters >= 2 && upper == letters) {
			low = utf8_lower(w + at, end - at);
			if (strlen(low) == end - at)
				memcpy(w + at, low, end - at);
			free(low);
		}
		at = end;
	}
}

/* Written text [wr, wr + n) said as written has it (the written text, or
 * its copy with the times' colons: written[0] is at wr), but its "[[" and
 * "]]" (which would open and close phoneme input) said apart; in a text
 * mostly in capitals (shouting), its capital words in small letters. */
static void add_plain(struct speech *sp, const char *written, size_t wr,
		      size_t n, int shouting)
{
	size_t at = 0, i;
	char *w = xstrndup(written, n);

	if (shouting)
		lower_shouted(w, n);
	for (i = 0; i + 1 < n; i++) {
		if (!((w[i] == '[' && w[i + 1] == '[') ||
		      (w[i] == ']' && w[i + 1] == ']')))
			continue;
		add_seg(sp, wr + at, i - at, w + at, i - at, 1);
		add_seg(sp, wr + i, 2, w[i] == '[' ? "[ [" : "] ]", 3, 0);
		at = i + 2;
		i++;
	}
	add_seg(sp, wr + at, n - at, w + at, n - at, 1);
	free(w);
}

/* Whether two code points, side by side, need a space between them to
 * stay two words: both in words, neither of a script without spaces. */
static int apart(unsigned a, unsigned b)
{
	int ka = utf8_word_class(a), kb = utf8_word_class(b);

	return ka != UTF8_NONWORD && kb != UTF8_NONWORD &&
	       ka != UTF8_UNSPACED && kb != UTF8_UNSPACED;
}

/* What is said for a stretch of written text, and who says it. */
struct item {
	size_t from, to;	/* bytes of the piece of text walked */
	struct strbuf said;
	const char *cls;	/* SPEECH_LEXICON or a class of norm.h */
	struct lexicon_entry *ent;	/* a lexicon's entry, or NULL */
	int phonemes;		/* said holds [[phonemes]] */
	const char *voice;	/* a name's voice, or NULL */
	const char *file;	/* the rule or name, for say */
	int line;
	char value[96];
};

/* Walking a piece of written text. */
struct walk {
	struct speech *sp;
	const struct norm *nm;
	struct lexicon_matcher *mt;
	size_t wr;		/* where the piece starts in the written */
	const char *w;		/* the piece */
	size_t len;
	size_t disc;		/* + 1: a number of a disc after a disc's joint
				 * ("5" of "L4/5-L5/S1"), for range() */
};

static void item_from_lexicon(struct item *it, const struct lexicon_match *m)
{
	size_t i;

	strbuf_reset(&it->said);
	for (i = 0; i < m->said.len; i++) {	/* an alias's "[[" from $1 */
		strbuf_addch(&it->said, m->said.buf[i]);
		if (!m->phonemes && i + 1 < m->said.len &&
		    m->said.buf[i] == m->said.buf[i + 1] &&
		    (m->said.buf[i] == '[' || m->said.buf[i] == ']'))
			strbuf_addch(&it->said, ' ');
	}
	it->from = m->from;
	it->to = m->to;
	it->cls = SPEECH_LEXICON;
	it->ent = m->ent;
	it->phonemes = m->phonemes;
	it->voice = NULL;
	it->file = m->ent->file;
	it->line = m->ent->line;
	it->value[0] = '\0';
}

/*
 * What stands at w[at]: a name of the guide's first, else the longer of
 * a lexicon's entry and a class of the rules (the lexicon on a tie: it
 * is the hospital's own word; but a Roman numeral after "stage" is a
 * number, where the lexicon's "IV" is a drip).  0 when nothing, -1 when
 * a lexicon's pattern went past its budgets.
 */
static int best_at(struct walk *wk, size_t at, struct item *it,
		   struct lexicon_match *lm, struct norm_match *nmm)
{
	int lex = lexicon_matcher_at(wk->mt, at, lm);
	int cls = norm_at(wk->nm, wk->w, wk->len, at, nmm);

	if (lex < 0)
		return -1;
	if (cls && (!strcmp(nmm->cls, NORM_NAME) || lex <= 0 ||
		    nmm->to > lm->to || (nmm->to == lm->to &&
					 !strcmp(nmm->cls, NORM_ROMAN)))) {
		strbuf_reset(&it->said);
		strbuf_add(&it->said, nmm->said.buf ? nmm->said.buf : "",
			   nmm->said.len);
		it->from = at;
		it->to = nmm->to;
		it->cls = nmm->cls;
		it->ent = NULL;
		it->phonemes = 0;
		it->voice = nmm->voice;
		it->file = nmm->file;
		it->line = nmm->line;
		memcpy(it->value, nmm->value, sizeof(it->value));
		return 1;
	}
	if (lex > 0) {
		item_from_lexicon(it, lm);
		return 1;
	}
	return 0;
}

/* Whether an item can be a range's end: it starts with a digit. */
static int digit_first(const struct walk *wk, size_t at)
{
	size_t n;

	return utf8_digit(wk->w, wk->len, at, &n) >= 0;
}

/* Whether a plain number ends at w[at]: no letter of a spaced script
 * follows it ("6小时" is 6 and hours; "6b" is not a number). */
static int number_ends(const struct walk *wk, size_t at)
{
	size_t n;
	int k = at < wk->len ? utf8_word_class(utf8_char(wk->w, wk->len, at,
							 &n)) : UTF8_NONWORD;

	return k != UTF8_DIGIT && k != UTF8_LETTER && k != UTF8_MARK;
}

/* Whether the sign x of "1-2x500mg" is at w[at]: glued to a number on
 * each side, the symbols class says it after the range. */
static int glued_sign_x(const struct walk *wk, size_t at)
{
	size_t n;

	return at + 1 < wk->len && (wk->w[at] == 'x' || wk->w[at] == 'X') &&
	       utf8_digit(wk->w, wk->len, at + 1, &n) >= 0;
}

/* A range's right end at w[at]: a number or fraction and its unit of
 * [units] ("3 Tbl.", "1/2 Tbl."), a fraction ("1/4-1/2"), a lexicon's
 * entry ("10 mg"), a plain number, or a number with a template of
 * [symbols] ("3x"), said into said; its end, or 0. */
static size_t range_end(struct walk *wk, size_t at, struct strbuf *said,
			struct lexicon_entry **ent)
{
	struct lexicon_match lm = { 0, 0, NULL, STRBUF_INIT, 0 };
	struct norm_match fm = { 0 };
	struct item it = { 0 };
	size_t to = 0, n;

	*ent = NULL;
	if (norm_unit_at(wk->nm, wk->w, wk->len, at, &fm) ||	/* "3 Tbl." */
	    norm_fraction(wk->nm, wk->w, wk->len, at, &fm)) {	/* "1/4-1/2" */
		strbuf_add(said, fm.said.buf, fm.said.len);
		to = fm.to;
	} else if (lexicon_matcher_at(wk->mt, at, &lm) > 0 && !lm.phonemes) {
		item_from_lexicon(&it, &lm);
		strbuf_add(said, it.said.buf, it.said.len);
		*ent = lm.ent;
		to = lm.to;
	} else if (norm_counted_at(wk->nm, wk->w, wk->len, at, &fm)) {
		strbuf_add(said, fm.said.buf, fm.said.len);	/* "3x" */
		to = fm.to;
	} else if ((n = norm_number(wk->w, wk->len, at)) &&
		   (number_ends(wk, at + n) || glued_sign_x(wk, at + n))) {
		strbuf_add(said, wk->w + at, n);
		to = at + n;
	}
	strbuf_release(&lm.said);
	strbuf_release(&it.said);
	norm_match_release(&fm);
	return to;
}

static int ascii_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Whether a number at w[at] follows another and a hyphen or dash:
 * "0-1" of "1-0-1-0-1" is no range, nor "50%-75%" of "25%-50%-75%",
 * nor "T6-T8" of "T4-T6-T8" (the letters before each number). */
static int chained(const struct walk *wk, size_t at)
{
	size_t k = at;

	while (k > 0 && at - k < 3 && ascii_letter(wk->w[k - 1]))
		k--;
	if (k >= 3 && !memcmp(wk->w + k - 3, "\xe2\x80\x93", 3))
		k -= 3;
	else if (k >= 1 && wk->w[k - 1] == '-')
		k -= 1;
	else
		return 0;
	if (k && wk->w[k - 1] == '%')
		k--;
	return k && utf8_digit(wk->w, wk->len, utf8_prev(wk->w, k), &k) >= 0;
}

/*
 * The bytes of a level of the spine at w[at], its letters before a
 * digit: C (cervical), T, Th or D (thoracic, as German and French
 * write them), L (lumbar), S (sacral); 0 when there is none.
 */
static size_t level_at(const struct walk *wk, size_t at)
{
	static const char *const level[] = { "Th", "C", "T", "D", "L", "S" };
	size_t i, n;

	for (i = 0; i < sizeof(level) / sizeof(*level); i++) {
		n = strlen(level[i]);
		if (at + n < wk->len && !memcmp(wk->w + at, level[i], n) &&
		    digit_first(wk, at + n))
			return n;
	}
	return 0;
}

/*
 * The bytes of the letters before a range's right end at w[at], where
 * the left end at w[from] has letters of its own: the same 1 to 3 ASCII
 * letters that begin a word ("T" of "T4-T6", "Th4-Th6"), or two levels
 * of the spine ("T10-L2", "C7-T1"); 0 when none, or when they differ
 * otherwise ("A1-B3").
 */
static size_t same_prefix(const struct walk *wk, size_t from, size_t at)
{
	size_t p = from, n, k;

	while (p > 0 && from - p < 3 && ascii_letter(wk->w[p - 1]))
		p--;
	n = from - p;
	if (!n || (p > 0 && (ascii_letter(wk->w[p - 1]) ||
			     (wk->w[p - 1] >= '0' && wk->w[p - 1] <= '9'))) ||
	    at + n >= wk->len)
		return 0;
	if (!memcmp(wk->w + p, wk->w + at, n) && digit_first(wk, at + n))
		return n;
	k = level_at(wk, at);
	return k && level_at(wk, p) == n ? k : 0;
}

/*
 * The bytes of the level of the spine whose number begins at w[at]
 * ("L" of "L4", "Th" of "Th12"), standing at a word's start; 0 when
 * there is none.
 */
static size_t level_before(const struct walk *wk, size_t at)
{
	size_t n, p;

	for (n = 2; n >= 1; n--) {
		if (at < n)
			continue;
		p = at - n;
		if (level_at(wk, p) == n &&
		    (!p || !(ascii_letter(wk->w[p - 1]) ||
			     (wk->w[p - 1] >= '0' && wk->w[p - 1] <= '9'))))
			return n;
	}
	return 0;
}

/*
 * Whether a slash at w[left] joins two levels of the spine, the first
 * ending at w[left] and begun by letters before w[at]: the disc of
 * "L4/L5", "L5/S1" (not "4 mmol/L", "per litre"); or the next level's
 * number alone, "L4/5", "C5/6", the same disc (then *letters is the
 * first level's letters, for the second to be said with them: it was
 * "L four slash five").
 */
static int levels_slash(const struct walk *wk, size_t at, size_t left,
			size_t *letters)
{
	size_t k, n, m, e, j;
	long a, b;

	*letters = 0;
	if (left >= wk->len || wk->w[left] != '/')
		return 0;
	if ((k = same_prefix(wk, at, left + 1)))
		return level_at(wk, left + 1) == k;
	if (!(k = level_before(wk, at)) ||
	    (a = norm_digits(wk->w, wk->len, at, &n)) < 0 || n > 2 ||
	    at + n != left ||
	    (b = norm_digits(wk->w, wk->len, left + 1, &m)) != a + 1 ||
	    m > 2 ||
	    !number_ends(wk, (e = left + 1 + m)) ||
	    (e < wk->len && wk->w[e] == '/') ||	/* "L4/5/6" */
	    ((j = norm_joint(wk->w, wk->len, e)) &&
	     digit_first(wk, e + j)))		/* "L4/5-6" */
		return 0;
	*letters = k;
	return 1;
}

static int range(struct walk *wk, size_t at, struct item *it, int have);

/* Where a disc of the spine ending at w[end] ("L4/5") is followed by a
 * joint and another disc ("-L5/S1"): the range word, the second's level
 * and the second as range() says it, added to said, and the second's
 * end; else end. */
static size_t next_disc(struct walk *wk, size_t end, const char *to,
			struct strbuf *said)
{
	struct item it2 = { 0 };
	size_t j, k, n, at;

	if (!(j = norm_joint(wk->w, wk->len, end)) ||
	    !(k = level_at(wk, end + j)) ||
	    norm_digits(wk->w, wk->len, (at = end + j + k), &n) < 0 ||
	    at + n >= wk->len || wk->w[at + n] != '/')
		return end;
	wk->disc = at + 1;
	if (!range(wk, at, &it2, 0) || !strchr(it2.value, '/')) {
		wk->disc = 0;
		strbuf_release(&it2.said);
		return end;
	}
	wk->disc = 0;
	strbuf_addf(said, " %s ", to);
	strbuf_add(said, wk->w + end + j, k);
	strbuf_addch(said, ' ');
	strbuf_add(said, it2.said.buf, it2.said.len);
	strbuf_release(&it2.said);
	return it2.to;
}

/* "1-2", "5-10 mg", "8:00-9:00", "½-1", "T4-T6": the left end (it, or a
 * plain number at at) joined to its right end with the language's word. */
static int range(struct walk *wk, size_t at, struct item *it, int have)
{
	const char *to = norm_range_word_at(wk->nm, wk->w, at);
	struct strbuf said = STRBUF_INIT;
	struct lexicon_match lm = { 0, 0, NULL, STRBUF_INIT, 0 };
	struct lexicon_entry *ent, *sign = NULL;
	size_t left, j, k, end, pct, letters = 0;
	int slash = 0;

	/* "L3/4" after a level of the spine is a disc, not three quarters:
	 * the fraction is tried as a level's number and the next one's */
	if (have && !strcmp(it->cls, NORM_FRACTION) && level_before(wk, at))
		have = 0;
	left = have ? it->to : at + norm_number(wk->w, wk->len, at);
	if (!to || left == at || (chained(wk, at) && wk->disc != at + 1) ||
	    (!digit_first(wk, at) &&	/* "½-1": a fraction's sign */
	     !(have && !strcmp(it->cls, NORM_FRACTION))) ||
	    (have && it->phonemes) || (have && strcmp(it->cls, SPEECH_LEXICON)
				       && strcmp(it->cls, NORM_FRACTION)))
		return 0;
	/* "25%–50%": the left number's per cent sign comes with it */
	pct = !have && left < wk->len && wk->w[left] == '%';
	if (!(j = norm_joint(wk->w, wk->len, left + pct)) &&
	    (pct || !(j = slash = levels_slash(wk, at, left, &letters))))
		return 0;
	k = pct ? 0 : same_prefix(wk, at, left + j);
	if (!digit_first(wk, left + pct + j + k))
		return 0;
	if (have)
		strbuf_add(&said, it->said.buf, it->said.len);
	else
		strbuf_add(&said, wk->w + at, left - at);
	if (pct && lexicon_matcher_at(wk->mt, left, &lm) > 0 &&
	    !lm.phonemes && lm.to == left + 1) {
		strbuf_addch(&said, ' ');
		strbuf_add(&said, lm.said.buf, lm.said.len);
		sign = lm.ent;
	} else if (pct) {
		strbuf_addch(&said, '%');
	}
	strbuf_release(&lm.said);
	left += pct;
	/* "L4/L5" is "L 4 L 5": a disc between them, no range; "L4/5"
	 * too */
	strbuf_addf(&said, " %s%s", slash ? "" : to, slash ? "" : " ");
	if (k) {
		strbuf_add(&said, wk->w + left + j, k);
		strbuf_addch(&said, ' ');
	} else if (letters) {
		strbuf_add(&said, wk->w + at - letters, letters);
		strbuf_addch(&said, ' ');
	}
	/* "1-0-1-0-1", "10-0-10", "25%-50%-75%", "T4-T6-T8": a third
	 * number, so no range */
	if (!(end = range_end(wk, left + j + k, &said, &ent)) ||
	    norm_range_joint(wk->nm, wk->w, wk->len, end) ||
	    (pct && end < wk->len && wk->w[end] == '%' &&
	     norm_range_joint(wk->nm, wk->w, wk->len, end + 1)) ||
	    (k && (j = norm_joint(wk->w, wk->len, end)) &&
	     same_prefix(wk, at, end + j))) {
		strbuf_release(&said);
		return 0;
	}
	/* "L4/5-L5/S1": a disc to a disc, joined by the range word (the
	 * second was taken for a third number of a chain, "5-L5", and its
	 * slash said) */
	if (slash)
		end = next_disc(wk, end, to, &said);
	if (have && it->ent)
		it->ent->used++;
	if (ent)
		ent->used++;
	if (sign)
		sign->used++;
	strbuf_reset(&it->said);
	strbuf_add(&it->said, said.buf, said.len);
	strbuf_release(&said);
	snprintf(it->value, sizeof(it->value), "%.*s%c%.*s", (int)(left - at),
		 wk->w + at, slash ? '/' : '-', (int)(end - left - j),
		 wk->w + left + j);
	it->from = at;
	it->to = end;
	it->cls = NORM_RANGE;
	it->ent = NULL;
	it->voice = NULL;
	it->file = NULL;
	it->line = 0;
	return 1;
}

/* A stretch said by another voice (a name): a run of its own. */
static void add_run(struct speech *sp, size_t from, size_t to,
		    const char *voice)
{
	ALLOC_GROW(sp->run, sp->nrun + 1, sp->ralloc);
	sp->run[sp->nrun].from = from;
	sp->run[sp->nrun].to = to;
	sp->run[sp->nrun].voice = voice;
	sp->nrun++;
}

/* Whether nothing but spaces and closing marks follow s[at]: a dot
 * there ends the text's last sentence. */
static int last_sentence_ends(const char *s, size_t len, size_t at)
{
	size_t n;

	for (; at < len; at += n) {
		unsigned c = utf8_char(s, len, at, &n);
		if (!utf8_is_space(c) && !utf8_is_closing(c))
			return 0;
	}
	return 1;
}

/*
 * Whether the dot that ends a written item also ends its sentence: at
 * the text's end, or before a capital where nouns have none ("2 таб.
 * Затем", "le 14.04. Ensuite"; German "2 Tbl. Aspirin" goes on), or
 * before a word of [letters] sentence_starts ("2 Wo. Danach").  Only
 * for the classes whose dot is an abbreviation's after a number; a
 * lexicon's pattern says itself whether it takes the dot ("b.d."), and
 * a lexicon's abbreviation ends a sentence only before a word of
 * sentence_starts ("1 Tbl. tägl. Dann"), since a title goes before a
 * name ("Dr. Smith").
 */
static int dot_ends(const struct walk *wk, const struct item *it)
{
	const struct speech *sp = wk->sp;
	size_t at = wk->wr + it->to, n;

	if (last_sentence_ends(sp->written, sp->written_len, at))
		return 1;
	if (it->ent && !it->ent->re && at < sp->written_len &&
	    sp->written[at] == ' ')
		return norm_starts_sentence(wk->nm, sp->written,
					    sp->written_len, at + 1);
	/* a range ends as its right end does: "2-3 Wo." */
	if (!it->cls || (strcmp(it->cls, NORM_UNIT) &&
			 strcmp(it->cls, NORM_DATE) &&
			 strcmp(it->cls, NORM_SCHEDULE) &&
			 (strcmp(it->cls, NORM_RANGE) || !at ||
			  sp->written[at - 1] != '.')))
		return 0;
	if (at >= sp->written_len || !utf8_is_space(utf8_char(
		sp->written, sp->written_len, at, &n)))
		return 0;
	while (at < sp->written_len && utf8_is_space(utf8_char(
		sp->written, sp->written_len, at, &n)))
		at += n;
	if (at >= sp->written_len ||
	    !utf8_is_upper(utf8_char(sp->written, sp->written_len, at, &n)))
		return 0;
	/* German "2 Tbl. Aspirin" goes on, "2 Wo. Danach" ends */
	return !norm_capital_nouns(wk->nm) ||
	       norm_starts_sentence(wk->nm, sp->written, sp->written_len, at);
}

/* Say an item: a segment, and what said it. */
static void emit(struct walk *wk, const struct item *it)
{
	struct speech *sp = wk->sp;
	struct strbuf said = STRBUF_INIT;
	struct speech_use *u;
	size_t n, start;

	/* "38°C" said "38 degrees Celsius", not "38degrees" (one space
	 * between two items: ".5ml" is "0.5 millilitres"; "8 Tbl./24 Std."
	 * is "8 Tabletten pro 24 Stunden": what was said last decides, an
	 * abbreviation's dot as its word, "таб./24 ч" "таб. за 24 часа") */
	if (it->from && it->said.len && sp->spoken.len &&
	    sp->spoken.buf[sp->spoken.len - 1] != ' ') {
		size_t last = utf8_prev(sp->spoken.buf, sp->spoken.len);
		if (sp->spoken.buf[last] == '.' && last)
			last = utf8_prev(sp->spoken.buf, last);
		if (apart(utf8_char(sp->spoken.buf, sp->spoken.len, last, &n),
			  utf8_char(it->said.buf, it->said.len, 0, &n)))
			strbuf_addch(&said, ' ');
	}
	start = sp->spoken.len + said.len;
	strbuf_add(&said, it->said.buf ? it->said.buf : "", it->said.len);
	/* "at 8pm." said "at 8 pm": the abbreviation's dot ends the
	 * sentence too, and eSpeak NG must hear it (a sentence and its
	 * caption). */
	if (it->to > it->from && wk->w[it->to - 1] == '.' && said.len &&
	    !strchr(".!?", said.buf[said.len - 1]) && dot_ends(wk, it))
		strbuf_addch(&said, '.');
	if (it->said.len &&
	    apart(utf8_char(it->said.buf, it->said.len,
			    utf8_prev(it->said.buf, it->said.len), &n),
		  utf8_char(wk->w, wk->len, it->to, &n)))
		strbuf_addch(&said, ' ');
	ALLOC_GROW(sp->use, sp->nuse + 1, sp->ualloc);
	u = &sp->use[sp->nuse++];
	memset(u, 0, sizeof(*u));
	u->ent = it->ent;
	u->cls = it->cls;
	u->file = it->file;
	u->line = it->line;
	memcpy(u->value, it->value, sizeof(u->value));
	u->from = wk->wr + it->from;
	u->to = wk->wr + it->to;
	u->said = sp->spoken.len;
	u->said_len = said.len;
	if (it->voice)
		add_run(sp, start, start + it->said.len, it->voice);
	add_seg(sp, wk->wr + it->from, it->to - it->from, said.buf, said.len,
		0);
	strbuf_release(&said);
	sp->phonemes |= it->phonemes;
	if (it->ent)
		it->ent->used++;
}

/* Written text [wr, wr + n), said as the names, lexicons and rules say. */
static void add_said(struct speech *sp, const struct speech_ctx *cx,
		     size_t wr, size_t n)
{
	struct walk wk = { sp, cx->nm, NULL, wr, sp->written + wr, n, 0 };
	struct lexicon_match lm = { 0, 0, NULL, STRBUF_INIT, 0 };
	struct norm_match nmm = { 0 };
	struct item it = { 0 };
	size_t at = 0, done = 0, tok, k;
	int found = 0;
	char *w = xstrndup(wk.w, n);	/* "8.00-16.00" read as "8:00-16:00" */

	norm_dotted_times(cx->nm, w, n);
	norm_degree_signs(w, n);
	wk.w = w;
	wk.mt = lexicon_matcher_new(cx->lx, wk.w, n);
	if (cx->nm->shouting)
		lexicon_matcher_shouting(wk.mt);
	while (at < n && found >= 0) {
		if (!(tok = utf8_token(wk.w, n, at))) {	/* a space */
			utf8_char(wk.w, n, at, &k);
			at += k;
			continue;
		}
		if ((found = best_at(&wk, at, &it, &lm, &nmm)) > 0) {
			range(&wk, at, &it, 1);
		} else if (found < 0 || !range(&wk, at, &it, 0)) {
			at += tok;
			continue;
		}
		add_plain(sp, wk.w + done, wr + done, at - done,
			  cx->nm->shouting);
		emit(&wk, &it);
		at = done = it.to;
	}
	add_plain(sp, wk.w + done, wr + done, n - done, cx->nm->shouting);
	if (!sp->overran)
		sp->overran = lexicon_matcher_free(wk.mt);
	else
		lexicon_matcher_free(wk.mt);	/* the first one is named */
	strbuf_release(&lm.said);
	norm_match_release(&nmm);
	strbuf_release(&it.said);
	free(w);
}

void speech_make(struct speech *sp, const struct md_inline *in,
		 const char *prefix, const struct speech_ctx *cx)
{
	static const struct norm no_rules;
	const char *w = in->text.buf ? in->text.buf : "";
	struct norm nm = cx && cx->nm ? *cx->nm : no_rules;
	struct speech_ctx own = { cx ? cx->lx : NULL, &nm };
	size_t at = 0, i;

	memset(sp, 0, sizeof(*sp));
	nm.shouting = norm_shouting(w, in->text.len);
	cx = &own;
	sp->written = w;
	sp->written_len = in->text.len;
	if (prefix && *prefix) {
		char *p = xasprintf("%s ", prefix);
		add_seg(sp, 0, 0, p, strlen(p), 0);
		free(p);
	}
	for (i = 0; i < in->nspan; i++) {
		const struct md_span *s = &in->span[i];
		struct strbuf said = STRBUF_INIT;
		if (s->from < at || s->to <= s->from)
			continue;	/* nested or empty: said as written */
		add_said(sp, cx, at, s->from - at);
		at = s->to;
		if (s->kind == MD_LINK) {	/* its text, as any text */
			add_said(sp, cx, s->from, s->to - s->from);
			continue;
		}
		if (s->kind == MD_TEL) {
			if (!norm_say_telephone(&nm, w + s->from,
						s->to - s->from, &said))
				strbuf_add(&said, w + s->from, s->to - s->from);
		} else {
			url_spoken(&nm, s->href, &said);
		}
		add_seg(sp, s->from, s->to - s->from, said.buf, said.len, 0);
		strbuf_release(&said);
	}
	add_said(sp, cx, at, sp->written_len - at);
	strbuf_grow(&sp->spoken, 0);
}

void speech_release(struct speech *sp)
{
	strbuf_release(&sp->spoken);
	free(sp->seg);
	free(sp->use);
	free(sp->run);
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
