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
	size_t from, to, i, k, kl;

	rules_section(nm->ru, "units", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *r = &nm->ru->r[i];
		if (!rules_unit(nm->ru, r->key) || (best && strlen(r->key) <= *n) ||
		    !(k = unit_len(r->key, s, len, at)))
			continue;
		kl = strlen(r->key);
		if (utf8_word_class(utf8_char(r->key, kl, utf8_prev(r->key, kl),
					      &kl)) == UTF8_LETTER &&
		    !norm_word_ends(s, len, at + k))
			continue;
		best = r;
		*n = k;
	}
	return best;
}

/*
 * The number n (written as num) as a template's {n:W1|W2} says it: its
 * last one or two as the words W1 or W2 ("одна", "две"), after the rest
 * as digits and [units] join ("20 одна", Portuguese "20 e duas"); as
 * written when it ends otherwise (11 to 19 among them).
 */
static void say_number(const struct norm *nm, struct strbuf *said,
		       const char *num, size_t nlen, int whole,
		       unsigned long long n, const char *words, size_t wlen)
{
	const char *bar = memchr(words, '|', wlen), *w = words;
	const char *join = rules_value(nm->ru, "units", "join");
	unsigned long long d = n % 10;
	size_t k = bar ? (size_t)(bar - words) : wlen;

	if (d == 2) {
		w = bar ? bar + 1 : words + wlen;
		k = (size_t)(words + wlen - w);
	}
	if (!whole || (d != 1 && d != 2) || n % 100 / 10 == 1 || !k) {
		strbuf_add(said, num, nlen);
		return;
	}
	if (n > d)
		strbuf_addf(said, "%llu %s%s", n - d, join ? join : "",
			    join ? " " : "");
	strbuf_add(said, w, k);
}

/* A unit's form (a template) said for the number written as num. */
static void say_form(const struct norm *nm, struct strbuf *said,
		     const struct rule_item *form, const char *num,
		     size_t nlen, int whole, unsigned long long n)
{
	const char *t, *end;

	for (t = form->s; *t; t++) {
		if (!strncmp(t, "{n}", 3)) {
			strbuf_add(said, num, nlen);
			t += 2;
		} else if (!strncmp(t, "{n:", 3) && (end = strchr(t, '}'))) {
			say_number(nm, said, num, nlen, whole, n, t + 3,
				   (size_t)(end - t - 3));
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
 */
static const struct rule_item *case_forms(const struct norm *nm,
					  const char *s, size_t at,
					  const struct rule *unit,
					  size_t *count)
{
	const struct rule_item *it;
	char key[96];
	size_t from, to, i;

	rules_section(nm->ru, "units", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *r = &nm->ru->r[i];
		if (strncmp(r->key, "after ", 6) ||
		    !norm_after_word(s, at, r->value))
			continue;
		snprintf(key, sizeof(key), "%s %s", unit->key, r->key + 6);
		if ((it = rules_items(nm->ru, "units", key, count)))
			return it;
	}
	return rules_items(nm->ru, "units", unit->key, count);
}

/*
 * A number at s[at]: digits, their thousands grouped or not ("1 000"),
 * maybe a decimal part after the language's mark; its value's whole part
 * into *v, said (digits with no grouping, then the decimals as written)
 * into num; its bytes, or 0.  *whole: it has no decimals.
 */
static size_t number_at(const struct norm *nm, const char *s, size_t len,
			size_t at, unsigned long long *v, char *num,
			size_t numsz, int *whole)
{
	char mark = norm_decimal_mark(nm);
	size_t p = at, n, k, g;
	long d;

	if ((d = norm_digits(s, len, p, &n)) < 0 || n > 9)
		return 0;
	*v = (unsigned long long)d;
	for (p += n; (g = norm_group_mark(s, len, p, mark)) &&
	     norm_digits(s, len, p + g, &k) >= 0 && k == 3 && *v < 1000000;
	     p += g + k)
		*v = *v * 1000 + (unsigned long long)norm_digits(s, len, p + g,
								 &k);
	snprintf(num, numsz, "%llu", *v);
	*whole = 1;
	if (p + 1 < len && s[p] == mark &&
	    norm_digits(s, len, p + 1, &k) >= 0 && k < numsz - strlen(num) - 1) {
		n = strlen(num);	/* "1,5 кап." */
		num[n] = mark;
		memcpy(num + n + 1, s + p + 1, k);
		num[n + 1 + k] = '\0';
		p += 1 + k;
		*whole = 0;
	}
	if (p + 1 < len && (s[p] == '.' || s[p] == ',') &&
	    utf8_digit(s, len, p + 1, &k) >= 0)
		return 0;	/* "1.5" where the mark is a comma, "1,2,3" */
	return p - at;
}

int norm_unit_at(const struct norm *nm, const char *s, size_t len,
		 size_t at, struct norm_match *m)
{
	const struct rule *unit;
	const struct rule_item *forms;
	char num[48];
	size_t n, k, f, count, g;
	unsigned long long v;
	int whole;

	if (!nm || !nm->ru)
		return 0;
	/* "1 000 кап.": not a number of its own at its "000" */
	if (at >= 2 && norm_gap(s, len, at - 1) == 1 &&
	    utf8_digit(s, len, utf8_prev(s, at - 1), &k) >= 0)
		return 0;
	if (!(n = number_at(nm, s, len, at, &v, num, sizeof(num), &whole)))
		return 0;
	g = norm_gap(s, len, at + n);
	if (!(unit = unit_at(nm, s, len, at + n + g, &k)))
		return 0;
	forms = case_forms(nm, s, at, unit, &count);
	if (!forms)
		return 0;
	if (whole)
		f = norm_plural_form(nm, v);
	else if (count > rules_plural_forms(nm->ru))
		f = count - 1;	/* the form for decimals */
	else
		f = norm_decimal_form(nm, v);
	if (f >= count)
		return 0;
	say_form(nm, &m->said, &forms[f], num, strlen(num), whole, v);
	snprintf(m->value, sizeof(m->value), "%s %.40s", num, unit->key);
	m->to = at + n + g + k;
	m->file = unit->file;
	m->line = unit->line;
	m->cls = NORM_UNIT;
	return 1;
}
