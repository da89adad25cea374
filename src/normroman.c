/*
 * normroman: Roman numerals where a leaflet means a number, from
 * [roman] of the language's rules.  eSpeak NG reads them as letters
 * ("stage I V", Spanish "siglo X X I") or as a word (French "XXIe
 * siècle" "iksgzi"); here they are said as their digits, which eSpeak NG
 * then reads as a number in each language:
 *
 *   - after a word of [roman] after: "stage IV", "siglo XXI",
 *     "Typ-II-Diabetes", with a letter after it ("stage IIIb"), and the
 *     numerals of a list after such a word ("stage III or IV", "grades
 *     I-II", "type I/II");
 *   - with an ordinal's ending of [roman] suffixes glued to it: "XXIe
 *     siècle" "21ème siècle";
 *   - before the word of a "before <word>" key, as the ordinal of its
 *     ending of [ordinal]: Russian "II типа" "второго типа", "I-II
 *     стадии" "первой-второй стадии", "в XX веке" "в двадцатом веке".
 *
 * Only the letters I, V and X (1 to 39): "C", "D", "L" and "M" alone are
 * letters ("type C", "vitamin D"), and French "Ce", "De", "Le" start
 * sentences; and X alone right after a word of after is a letter (a
 * medicine's pregnancy category X, Vietnamese "nhóm X").
 */
#include <stdio.h>
#include <string.h>

#include "norm.h"
#include "utf8.h"

/* The value (1 to 39) of the numeral written the usual way at s[at],
 * ending where the run of I, V and X ends, its bytes into *n; 0 when
 * there is none ("IIII", "VX"). */
static int numeral(const char *s, size_t len, size_t at, size_t *n)
{
	static const char *const ones[] = {
		"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"
	};
	size_t p = at, run;
	int tens = 0, v;

	while (p < len && s[p] && strchr("IVX", s[p]))
		p++;
	run = p - at;
	if (!run)
		return 0;
	p = at;
	while (p < at + run && s[p] == 'X' && tens < 3)
		p++, tens++;
	for (v = 9; v > 0; v--)
		if (strlen(ones[v]) == at + run - p &&
		    !memcmp(ones[v], s + p, at + run - p))
			break;
	if (p < at + run && !v)
		return 0;
	*n = run;
	return tens * 10 + v;
}

/*
 * The numeral at s[at] as a number of a list ("stage IV", "IIIb"): its
 * value, its bytes (with a letter after it, into *letter, else 0) into
 * *n; 0 when none.  A lone I only before a word of [roman] i_before or
 * joins, or no word (English: "at this stage I will" keeps its I); a
 * lone X not first, right after the word (a medicine's pregnancy
 * "category X", Vietnamese "nhóm X": a letter), but in "IX-X".
 */
static int listed(const struct norm *nm, const char *s, size_t len,
		  size_t at, int first, size_t *n, char *letter)
{
	const char *before = rules_value(nm->ru, "roman", "i_before");
	const char *joins = rules_value(nm->ru, "roman", "joins");
	size_t p, w;
	int v = numeral(s, len, at, n);

	*letter = 0;
	if (!v || (first && v == 10 && *n == 1))
		return 0;
	p = at + *n;
	if (p < len && s[p] && strchr("abcdABCD", s[p]) &&
	    norm_word_ends(s, len, p + 1)) {
		*letter = s[p];	/* "IIIb"; "IIIC" of a melanoma's stage */
		++*n;
		return v;
	}
	if (!norm_word_ends(s, len, p))
		return 0;
	if (v != 1 || *n != 1 || !before || p >= len || s[p] != ' ')
		return v;
	w = norm_word_end(s, len, p + 1);
	if (w == p + 1)
		return v;	/* "stage I (early)" */
	return rules_find(before, s + p + 1, w - p - 1, 1) >= 0 ||
	       (joins && rules_find(joins, s + p + 1, w - p - 1, 1) >= 0) ?
	       v : 0;
}

/* Whether a word of [roman] after ends at s[at], past a space or a
 * hyphen ("stage IV", "Typ-II"). */
static int after_word(const struct norm *nm, const char *s, size_t at)
{
	size_t count;
	const struct rule_item *it = rules_items(nm->ru, "roman", "after",
						 &count);

	if (!it || !at || (s[at - 1] != ' ' && s[at - 1] != '-'))
		return 0;
	return norm_item_ends(it, count, s, at - 1);
}

/* The joint of a list at s[at] ("-", " – ", ", ", "/", " or "), its
 * bytes; what to say for it into *say (NULL: as written), and whether it
 * is a range's dash into *range.  0 when none. */
static size_t list_joint(const struct norm *nm, const char *s, size_t len,
			 size_t at, const char **say, size_t *saylen,
			 int *range)
{
	const char *joins = rules_value(nm->ru, "roman", "joins");
	size_t p = at, w;
	char c;

	*say = NULL;
	*range = 0;
	while (p < len && s[p] == ' ')
		p++;
	if (p < len && (s[p] == '-' || s[p] == '/' || s[p] == ',' ||
			(len - p >= 3 && !memcmp(s + p, "\xe2\x80\x93", 3)))) {
		c = s[p];
		p += c == '\xe2' ? 3 : 1;
		if (c == ',' && p < len && s[p] != ' ')
			return 0;	/* "II,5" */
		while (p < len && s[p] == ' ')
			p++;
		if (c == '-' || c == '\xe2') {
			*range = 1;
			*say = norm_range_word(nm);
			*saylen = *say ? strlen(*say) : 0;
		} else if (c == '/' && joins) {
			*say = joins;	/* its first word: "or" */
			*saylen = strcspn(joins, ",");
		}
		return p - at;
	}
	if (!joins || p == at)
		return 0;
	w = norm_word_end(s, len, p);
	if (w == p || w >= len || s[w] != ' ' ||
	    rules_find(joins, s + p, w - p, 1) < 0)
		return 0;
	return w + 1 - at;
}

/* A numeral v (with its letter) into said: its digits, or with an
 * ordinal's ending (NULL: none) the ordinal of [ordinal]; 0 when the
 * rules have no word for it, or it has a letter ("IIIb стадии"). */
static int say_one(const struct norm *nm, int v, char letter,
		   const char *ending, struct strbuf *said)
{
	if (ending)
		return !letter && norm_say_ending(nm, v, ending + 1,
						  strlen(ending + 1), said);
	strbuf_addf(said, "%d", v);
	if (letter)
		strbuf_addch(said, letter);
	return 1;
}

/* The most numerals of a list: "stage I, II, III or IV" has four; a
 * longer run is no list a leaflet writes, and each word of it would be
 * tried again to the run's end. */
#define MAX_LIST 12

/* Say the numerals of a list from s[at], the first one v of n bytes,
 * each by say_one; its end, or 0 when one has no word. */
static size_t say_list(const struct norm *nm, const char *s, size_t len,
		       size_t at, int v, size_t n, char letter,
		       const char *ending, struct norm_match *m)
{
	size_t p = at + n, j, n2, saylen = 0, count;
	const char *say;
	char letter2;
	int v2, range;

	if (!say_one(nm, v, letter, ending, &m->said))
		return 0;
	for (count = 1; count < MAX_LIST &&
	     (j = list_joint(nm, s, len, p, &say, &saylen, &range)); count++) {
		letter2 = 0;
		if (!(v2 = listed(nm, s, len, p + j, 0, &n2, &letter2)) &&
		    (!range ||
		     !(n2 = norm_number(s, len, p + j)) ||
		     !norm_word_ends(s, len, p + j + n2)))
			break;	/* a range goes on: "stage II-4" "2 to 4" */
		if (say)
			strbuf_addf(&m->said, " %.*s ", (int)saylen, say);
		else
			strbuf_add(&m->said, s + p, j);
		if (!v2)
			strbuf_add(&m->said, s + p + j, n2);
		else if (!say_one(nm, v2, letter2, ending, &m->said))
			return 0;
		p += j + n2;
	}
	return p;
}

/* The ending of an ordinal of [roman] suffixes that is w[0..n) ("e" of
 * "XXIe"), as eSpeak NG reads it after digits ("ème"); NULL when none. */
static const char *suffix(const struct norm *nm, const char *w, size_t n)
{
	size_t count, i, k;
	const struct rule_item *it = rules_items(nm->ru, "roman", "suffixes",
						 &count);

	for (i = 0; it && i < count; i++) {
		k = strcspn(it[i].s, " ");
		if (k == n && !memcmp(it[i].s, w, n))
			return it[i].s[k] ? it[i].s + k + 1 : it[i].s;
	}
	return NULL;
}

int norm_roman_at(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m)
{
	const char *ending, *said;
	char key[80], letter;
	size_t n, p, w, k;
	int v;

	if (at >= len || !s[at] || !strchr("IVX", s[at]) ||
	    (at && utf8_is_word(utf8_char(s, len, utf8_prev(s, at), &k))) ||
	    !(v = numeral(s, len, at, &n)))
		return 0;
	p = at + n;
	w = norm_word_end(s, len, p);
	if (w > p && (said = suffix(nm, s + p, w - p))) {
		strbuf_addf(&m->said, "%d%s", v, said);	/* "21ème" */
		p = w;
	} else if (after_word(nm, s, at) &&
		   listed(nm, s, len, at, 1, &n, &letter)) {
		p = say_list(nm, s, len, at, v, n, letter, NULL, m);
	} else {
		/* "II типа", "I-II стадии": by the ending of "before типа" */
		if (!listed(nm, s, len, at, 0, &n, &letter) ||
		    !(p = say_list(nm, s, len, at, v, n, letter, NULL, m)) ||
		    p + 1 >= len || s[p] != ' ')
			return 0;
		w = norm_word_end(s, len, p + 1);
		snprintf(key, sizeof(key), "before %.*s",
			 (int)(w - p - 1 < 64 ? w - p - 1 : 64), s + p + 1);
		if (w == p + 1 || !(ending = rules_value(nm->ru, "roman", key)))
			return 0;
		strbuf_reset(&m->said);
		if (!say_list(nm, s, len, at, v, n, letter, ending, m))
			return 0;
	}
	snprintf(m->value, sizeof(m->value), "%d", v);
	m->to = p;
	m->cls = NORM_ROMAN;
	return 1;
}
