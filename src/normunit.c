/*
 * normunit: a number and the unit written after it ("20 кап.", "2 ч. л.",
 * "1 Std."), said with the unit's name in the form that number takes,
 * from [units] of the language's rules: "двадцать одна капля", "по одной
 * капле", "nach einer Stunde".  eSpeak NG says the number in its own
 * form ("один", "eins") and reads the abbreviation as letters, or as
 * another word ("ч." is hours).
 */
#include <stdio.h>
#include <string.h>

#include "norm.h"
#include "utf8.h"

/* Bytes of the unit key written at s[at], where a space of the key may
 * be left out ("ч.л." for "ч. л."); 0 when it is not there. */
static size_t unit_len(const char *key, const char *s, size_t len,
		       size_t at)
{
	size_t p = at;

	for (; *key; key++) {
		if (*key == ' ') {
			p += p < len && s[p] == ' ';
			continue;
		}
		if (p >= len || s[p] != *key)
			return 0;
		p++;
	}
	return p - at;
}

/* The unit written at s[at] (the longest of [units]), or NULL; its
 * bytes into *n.  A unit ending in a letter ends a word ("мин" is not
 * the start of "минут"). */
static const struct rule *unit_at(const struct norm *nm, const char *s,
				  size_t len, size_t at, size_t *n)
{
	const struct rule *best = NULL;
	size_t from, to, i, k, kl, cl;
	unsigned last;

	rules_section(nm->ru, "units", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *r = &nm->ru->r[i];
		kl = strlen(r->key);
		if ((best && kl <= strlen(best->key)) ||
		    !r->unit || !(k = unit_len(r->key, s, len, at)))
			continue;
		last = utf8_char(r->key, kl, utf8_prev(r->key, kl), &cl);
		if (utf8_word_class(last) == UTF8_LETTER &&
		    !norm_word_ends(s, len, at + k))
			continue;
		best = r;
		*n = k;
	}
	return best;
}

/* A number before a unit: said (its digits, then any decimals as
 * written), its whole part, and whether it has no decimals. */
struct num {
	char said[96];
	unsigned long long v;
	int whole;
};

/*
 * A number as a template's {n:W1|W2} says it: its last one or two as the
 * words W1 or W2 ("одна", "две"), after the rest as digits and [units]
 * join ("20 одна", Portuguese "20 e duas"); as its digits when it ends
 * otherwise (11 to 19 among them).
 */
static void say_number(const struct norm *nm, struct strbuf *said,
		       const struct num *x, const char *words, size_t wlen)
{
	const char *bar = memchr(words, '|', wlen), *w = words;
	const char *join = rules_value(nm->ru, "units", "join");
	unsigned long long d = x->v % 10;
	size_t k = bar ? (size_t)(bar - words) : wlen;

	if (d == 2) {
		w = bar ? bar + 1 : words + wlen;
		k = (size_t)(words + wlen - w);
	}
	if (!x->whole || (d != 1 && d != 2) || x->v % 100 / 10 == 1 || !k) {
		strbuf_addstr(said, x->said);
		return;
	}
	if (x->v > d)
		strbuf_addf(said, "%llu %s%s", x->v - d, join ? join : "",
			    join ? " " : "");
	strbuf_add(said, w, k);
}

/* A unit's form (a template) said for the number hi, or for the range
 * lo-hi ("1-2 таб.": "одна-две таблетки") when lo is not NULL. */
static void say_form(const struct norm *nm, struct strbuf *said,
		     const struct rule_item *form, const struct num *lo,
		     const struct num *hi)
{
	const char *t, *end;
	size_t wlen;

	for (t = form->s; *t; t++) {
		if (!strncmp(t, "{n}", 3) || (!strncmp(t, "{n:", 3) &&
					      strchr(t, '}'))) {
			end = strchr(t, '}');
			wlen = t[2] == ':' ? (size_t)(end - t - 3) : 0;
			if (lo) {
				say_number(nm, said, lo, t + 3, wlen);
				strbuf_addch(said, '-');
			}
			say_number(nm, said, hi, t + 3, wlen);
			t = end;
		} else {
			strbuf_addch(said, *t);
		}
	}
}

/*
 * A unit's forms for the word before the number at s[at]: "<unit>
 * <case>" when that word is one of [units] "after <case>" (Russian "по 1
 * кап.", German "nach 1 Std."), else the unit's own; NULL when none.
 * With frac ("1/2"), the words for that fraction of the unit instead:
 * "<unit> <case> 1/2", "<unit> 1/2" (German "eine halbe Tablette").
 */
static const struct rule_item *case_forms(const struct norm *nm,
					  const char *s, size_t at,
					  const struct rule *unit,
					  const char *frac, size_t *count)
{
	const struct rule_item *it;
	char key[160];
	size_t from, to, i;

	rules_section(nm->ru, "units", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *r = &nm->ru->r[i];
		if (strncmp(r->key, "after ", 6) ||
		    !norm_after_word(s, at, r->value))
			continue;
		snprintf(key, sizeof(key), "%s %s%s%s", unit->key, r->key + 6,
			 frac ? " " : "", frac ? frac : "");
		if ((it = rules_items(nm->ru, "units", key, count)))
			return it;
	}
	snprintf(key, sizeof(key), "%s%s%s", unit->key, frac ? " " : "",
		 frac ? frac : "");
	return rules_items(nm->ru, "units", key, count);
}

/*
 * A number at s[at]: digits, their thousands grouped or not ("1 000"),
 * maybe a decimal part after the language's mark, into x; its bytes, or
 * 0 when there is none or it goes on ("1.5" where the mark is a comma).
 */
static size_t number_at(const struct norm *nm, const char *s, size_t len,
			size_t at, struct num *x)
{
	char mark = norm_decimal_mark(nm);
	size_t p = at, n, k, g;
	long d;

	if ((d = norm_digits(s, len, p, &n)) < 0 || n > 9)
		return 0;
	x->v = (unsigned long long)d;
	for (p += n; (g = norm_group_mark(s, len, p, mark)) &&
	     norm_digits(s, len, p + g, &k) >= 0 && k == 3 && x->v < 1000000;
	     p += g + k)
		x->v = x->v * 1000 + (unsigned long long)norm_digits(s, len,
								     p + g,
								     &k);
	snprintf(x->said, sizeof(x->said), "%llu", x->v);
	x->whole = 1;
	n = strlen(x->said);
	if (p + 1 < len && s[p] == mark && norm_digits(s, len, p + 1, &k) >= 0
	    && n + 1 + k < sizeof(x->said)) {
		x->said[n] = mark;	/* "1,5 кап." */
		memcpy(x->said + n + 1, s + p + 1, k);
		x->said[n + 1 + k] = '\0';
		p += 1 + k;
		x->whole = 0;
	}
	if (p + 1 < len && (s[p] == '.' || s[p] == ',') &&
	    utf8_digit(s, len, p + 1, &k) >= 0)
		return 0;
	return p - at;
}

/*
 * "1-2" before a unit in a language with no word for a range (Russian
 * "по 1-2 таб.": "по одной-две таблетки"): the second number at s[at]
 * into hi, the bytes of the joint and the number; 0 when none (or a third
 * number follows: "1-0-1").
 */
static size_t range_at(const struct norm *nm, const char *s, size_t len,
		       size_t at, struct num *hi)
{
	size_t j = norm_joint(s, len, at), n;	/* "-", "–", "~" */

	if (!j || norm_range_word(nm) ||
	    !(n = number_at(nm, s, len, at + j, hi)) ||
	    norm_joint(s, len, at + j + n))
		return 0;
	return j + n;
}

/* A unit's forms for a number, and which of them it takes: the form of
 * its plural, or the one for decimals. */
static const struct rule_item *form_for(const struct norm *nm,
					const char *s, size_t at,
					const struct rule *unit,
					const struct num *x)
{
	const struct rule_item *forms;
	size_t count, f;

	if (!(forms = case_forms(nm, s, at, unit, NULL, &count)))
		return NULL;
	if (x->whole)
		f = norm_plural_form(nm, x->v);
	else if (count > rules_plural_forms(nm->ru))
		f = count - 1;	/* the form for decimals */
	else
		f = norm_decimal_form(nm, x->v);
	return f < count ? &forms[f] : NULL;
}

/* The match of a number (or range, or fraction) written at s[at], with
 * its gap and unit ending at to, said by form. */
static int matched(const char *s, size_t at, size_t to,
		   const struct rule *unit, struct norm_match *m)
{
	snprintf(m->value, sizeof(m->value), "%.*s %.40s",
		 (int)(to - at < 48 ? to - at : 48), s + at, unit->key);
	m->to = to;
	m->file = unit->file;
	m->line = unit->line;
	m->cls = NORM_UNIT;
	return 1;
}

/* "½ таб.", "1/2 ч. л.", "1 1/2 Tbl.": a fraction of [fraction] and a
 * unit, by the unit's words for that fraction ("Tbl. 1/2 = eine halbe
 * Tablette", "таб. 1 1/2 = полторы таблетки"), else in its form for
 * decimals ("eineinhalb Tabletten"). */
static int fraction_unit(const struct norm *nm, const char *s, size_t len,
			 size_t at, struct norm_match *m)
{
	struct norm_match fm = { 0 };
	const struct rule *unit = NULL;
	const struct rule_item *form = NULL;
	struct num x = { "", 0, 0 };
	char frac[48];
	size_t g, k = 0, end = 0, count;

	if (norm_fraction_key(nm, s, len, at, &fm, frac, sizeof(frac)) &&
	    *frac && fm.said.len < sizeof(x.said)) {
		memcpy(x.said, fm.said.buf, fm.said.len);
		x.said[fm.said.len] = '\0';
		g = norm_gap(s, len, fm.to);
		if ((unit = unit_at(nm, s, len, fm.to + g, &k)) &&
		    (form = case_forms(nm, s, at, unit, frac, &count))) {
			strbuf_add(&m->said, form->s, form->len);
			end = fm.to + g + k;	/* "eine halbe Tablette" */
		} else if (unit && (form = form_for(nm, s, at, unit, &x))) {
			say_form(nm, &m->said, form, NULL, &x);
			end = fm.to + g + k;
		}
	}
	norm_match_release(&fm);
	return form ? matched(s, at, end, unit, m) : 0;
}

size_t norm_unit_name(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct strbuf *said)
{
	struct num two = { "2", 2, 1 };
	struct strbuf name = STRBUF_INIT;
	const struct rule *unit;
	const struct rule_item *form;
	const char *t;
	size_t g = norm_gap(s, len, at), k = 0;

	if (!nm || !nm->ru || !(unit = unit_at(nm, s, len, at + g, &k)) ||
	    !(form = form_for(nm, s, at, unit, &two)))
		return 0;
	/* the form's words without its number: "{n:одна|две} таблетки" */
	for (t = form->s; t < form->s + form->len; t++) {
		if (!strncmp(t, "{n", 2) && strchr(t, '}'))
			t = strchr(t, '}');
		else if (*t != ' ' || (name.len && name.buf[name.len - 1] != ' '))
			strbuf_addch(&name, *t);
	}
	while (name.len && name.buf[name.len - 1] == ' ')
		name.buf[--name.len] = '\0';
	if (name.len) {
		strbuf_addch(said, ' ');
		strbuf_add(said, name.buf, name.len);
		k += at + g;
	} else {
		k = 0;
	}
	strbuf_release(&name);
	return k;
}

int norm_unit_at(const struct norm *nm, const char *s, size_t len,
		 size_t at, struct norm_match *m)
{
	const struct rule *unit;
	const struct rule_item *form;
	struct num lo, hi;
	size_t n, k, g, r;
	int d1, d2;

	if (!nm || !nm->ru)
		return 0;
	/* "1 000 кап.": not a number of its own at its "000" */
	if (at >= 2 && norm_gap(s, len, at - 1) == 1 &&
	    utf8_digit(s, len, utf8_prev(s, at - 1), &k) >= 0)
		return 0;
	if (!(n = number_at(nm, s, len, at, &lo)))	/* most words */
		return utf8_fraction(s, len, at, &k, &d1, &d2) &&
		       fraction_unit(nm, s, len, at, m);	/* "½" */
	if ((r = range_at(nm, s, len, at + n, &hi)))
		n += r;
	else
		hi = lo;
	g = norm_gap(s, len, at + n);
	if (!(unit = unit_at(nm, s, len, at + n + g, &k)))
		return fraction_unit(nm, s, len, at, m);	/* "1 1/2" */
	if (!(form = form_for(nm, s, at, unit, &hi)))
		return 0;
	say_form(nm, &m->said, form, r ? &lo : NULL, &hi);
	return matched(s, at, at + n + g + k, unit, m);
}
