/*
 * normmoney: amounts of money ("£5", "$1.20", "9,90 €", "R$ 10"), said
 * as a person says them: the amount first, then the currency's name in
 * the form that number takes, and the cents or pence after the whole
 * ("9 pounds and 90 pence"), from [currency] of the language's rules.
 * eSpeak NG reads "£5" as "pound five" and "$1.20" as "dollar one point
 * two zero", which a patient can hear as a dollar twenty or as 120.
 */
#include <stdio.h>
#include <string.h>

#include "norm.h"
#include "utf8.h"

struct amount {
	unsigned long long whole;
	int cents;		/* 0-99, or -1 when not written */
	size_t to;
};

/* Digits at s[at], exactly n of them (when n > 0) and no more, into *v;
 * their bytes, or 0. */
static size_t digits(const char *s, size_t len, size_t at, int n,
		     unsigned long long *v)
{
	size_t p = at, k;
	int d, count = 0;

	while (p < len && (d = utf8_digit(s, len, p, &k)) >= 0) {
		if (++count > 15)
			return 0;	/* not an amount anyone says */
		*v = *v * 10 + (unsigned)d;
		p += k;
	}
	return count && (!n || count == n) ? p - at : 0;
}

/*
 * An amount at s[at]: a whole number, its thousands grouped or not, and
 * two decimals for the cents after the language's decimal mark.  A
 * number with other decimals ("£1.5") is not an amount said here.
 */
static int amount_at(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct amount *a)
{
	char mark = norm_decimal_mark(nm);
	size_t p = at, n, g;
	unsigned long long cents = 0, group;

	a->whole = 0;
	a->cents = -1;
	if (!(n = digits(s, len, p, 0, &a->whole)))
		return 0;
	for (p += n; (g = norm_group_mark(s, len, p, mark)); p += g + n) {
		group = 0;
		if (!(n = digits(s, len, p + g, 3, &group)) ||
		    a->whole > 999999999999ULL)
			break;
		a->whole = a->whole * 1000 + group;
	}
	if (p + 1 < len && s[p] == mark && utf8_digit(s, len, p + 1, &n) >= 0) {
		if (!(n = digits(s, len, p + 1, 2, &cents)))
			return 0;
		a->cents = (int)cents;
		p += 1 + n;
	}
	a->to = p;
	/* "£1.5", "£1,5": a number this did not read whole */
	return !(p + 1 < len && (s[p] == '.' || s[p] == ',') &&
		 utf8_digit(s, len, p + 1, &n) >= 0);
}

/* Whether a text ends with a letter (a code such as EUR). */
static int letter_last(const char *s, size_t n)
{
	size_t k;

	return n && utf8_word_class(utf8_char(s, n, utf8_prev(s, n), &k)) ==
		    UTF8_LETTER;
}

/* The currency whose sign or code is written at s[at] (the longest), or
 * NULL; its bytes into *n. */
static const struct rule *sign_at(const struct norm *nm, const char *s,
				  size_t len, size_t at, size_t *n)
{
	const struct rule *best = NULL;
	size_t from, to, i, k;

	rules_section(nm->ru, "currency", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *r = &nm->ru->r[i];
		k = strlen(r->key);
		if (k > len - at || memcmp(s + at, r->key, k) ||
		    (best && k <= *n) || !rules_currency_sign(r->key))
			continue;
		/* a code is a word: "EUR 5", not the start of "EURO" */
		if (letter_last(r->key, k) && !norm_word_ends(s, len, at + k))
			continue;
		best = r;
		*n = k;
	}
	return best;
}

/*
 * A number in the form a currency's name takes after it, into said:
 * {n} as its digits (eSpeak NG says them), {nf} as a feminine number
 * where the language's [currency] feminine gives the words for one and
 * two and what joins them to the tens (Russian "одна копейка", "21" as
 * "20 одна"; Portuguese "duas libras", "20 e duas").  0 when the key
 * has no such form.
 */
static int say_form(const struct norm *nm, struct strbuf *said,
		    const char *key, unsigned long long n)
{
	const struct rule_item *it, *fem;
	const char *t;
	size_t count, nfem, f;
	unsigned long long d = n % 10;

	it = rules_items(nm->ru, "currency", key, &count);
	f = norm_plural_form(nm, n);
	if (!it || f >= count)
		return 0;
	fem = rules_items(nm->ru, "currency", "feminine", &nfem);
	if (said->len)
		strbuf_addch(said, ' ');
	for (t = it[f].s; *t; t++) {
		if (!strncmp(t, "{nf}", 4) && fem && nfem >= 2 &&
		    (d == 1 || d == 2) && n % 100 / 10 != 1) {
			if (n > d)
				strbuf_addf(said, "%llu %s%s", n - d,
					    nfem > 2 ? fem[2].s : "",
					    nfem > 2 && fem[2].len ? " " : "");
			strbuf_add(said, fem[d - 1].s, fem[d - 1].len);
			t += 3;
		} else if (!strncmp(t, "{nf}", 4) || !strncmp(t, "{n}", 3)) {
			strbuf_addf(said, "%llu", n);
			t += t[2] == 'f' ? 3 : 2;
		} else {
			strbuf_addch(said, *t);
		}
	}
	return 1;
}

/* The amount said: the whole, the cents, or both as join puts them. */
static int say_amount(const struct norm *nm, const struct rule *cur,
		      const struct amount *a, struct strbuf *said)
{
	const char *join = rules_value(nm->ru, "currency", "join"), *t;
	char cents[40];
	struct strbuf w = STRBUF_INIT, c = STRBUF_INIT;
	int ret = 1;

	snprintf(cents, sizeof(cents), "%s cents", cur->key);
	if (a->cents <= 0 || (a->whole && !join))
		ret = a->cents > 0 ? 0 : say_form(nm, said, cur->key, a->whole);
	else if (!a->whole)
		ret = say_form(nm, said, cents, (unsigned)a->cents);
	else if (!say_form(nm, &w, cur->key, a->whole) ||
		 !say_form(nm, &c, cents, (unsigned)a->cents))
		ret = 0;
	else
		for (t = join; *t; t++)
			if (!strncmp(t, "{whole}", 7))
				strbuf_add(said, w.buf, w.len), t += 6;
			else if (!strncmp(t, "{cents}", 7))
				strbuf_add(said, c.buf, c.len), t += 6;
			else
				strbuf_addch(said, *t);
	strbuf_release(&w);
	strbuf_release(&c);
	return ret;
}

/* Whether a digit is written within a sign's and a space's bytes of
 * s[at]: most words are no sign before an amount, and are let go here
 * before the currencies are looked through. */
static int digit_soon(const char *s, size_t len, size_t at)
{
	size_t end = at + 12 < len ? at + 12 : len, k;

	for (; at < end; at += k) {
		k = 1;
		if (s[at] >= '0' && s[at] <= '9')
			return 1;
		if ((unsigned char)s[at] >= 0x80 &&	/* ٥, ５ */
		    utf8_digit(s, len, at, &k) >= 0)
			return 1;
	}
	return 0;
}

/*
 * A range of amounts after the amount lo ("£5-£10", "£5–10", "5-10 €"):
 * its end into hi, said "5 to 10 pounds" as one amount of the larger
 * number.  cur is the sign before lo, or NULL for a sign after the end.
 * Gives the currency, or NULL when there is no range: only whole
 * amounts, rising, in a language with a word for ranges.
 */
static const struct rule *range_of(const struct norm *nm, const char *s,
				   size_t len, const struct amount *lo,
				   const struct rule *cur, struct amount *hi)
{
	size_t j = norm_joint(s, len, lo->to), p = lo->to + j, k, g;

	if (!j || lo->cents >= 0 || !norm_range_word(nm))
		return NULL;
	if (cur && (k = strlen(cur->key)) <= len - p &&
	    !memcmp(s + p, cur->key, k))
		p += k + norm_gap(s, len, p + k);	/* "£5-£10" */
	if (!amount_at(nm, s, len, p, hi) || hi->cents >= 0 ||
	    hi->whole <= lo->whole)
		return NULL;
	if (!cur) {		/* "5-10 €": the sign after the end */
		g = norm_gap(s, len, hi->to);
		k = 0;
		if (!(cur = sign_at(nm, s, len, hi->to + g, &k)))
			return NULL;
		hi->to += g + k;
	}
	return norm_word_ends(s, len, hi->to) ? cur : NULL;
}

/*
 * A number and a scale word at s[at] ("1.5 million", "2,5 Millionen"):
 * digits, their thousands grouped or not, maybe a decimal part in the
 * language's mark, a space, and one of [currency] scales as written.
 * Its number's bytes into *num, the scale word's into *from and *to.  0
 * when there is none.
 */
static int scaled_at(const struct norm *nm, const char *s, size_t len,
		     size_t at, size_t *num, size_t *from, size_t *to)
{
	const struct rule_item *it;
	unsigned long long v = 0;
	char mark = norm_decimal_mark(nm);
	size_t n, k, g, i, p = at;

	it = rules_items(nm->ru, "currency", "scales", &k);
	if (!it || !(n = digits(s, len, p, 0, &v)))
		return 0;
	/* "£1,500 million": thousands grouped */
	for (p += n; (g = norm_group_mark(s, len, p, mark)) &&
	     (n = digits(s, len, p + g, 3, &v)); p += g + n)
		;
	if (p + 1 < len && s[p] == mark &&
	    (n = digits(s, len, p + 1, 0, &v)) && n <= 3)
		p += 1 + n;
	*num = p - at;
	if (!(g = norm_gap(s, len, p)))
		return 0;
	for (i = 0; i < k; i++)
		if (it[i].len && it[i].len <= len - p - g &&
		    utf8_same_folded(s + p + g, it[i].s, it[i].len) &&
		    norm_word_ends(s, len, p + g + it[i].len)) {
			*from = p + g;
			*to = p + g + it[i].len;
			return 1;
		}
	return 0;
}

/*
 * The name a currency takes after a scale word: its "<sign> scaled"
 * (French "d'euros"), else its form for a million without the number
 * ("pounds", "рублей").  0 when it has none.
 */
static int scaled_name(const struct norm *nm, const struct rule *cur,
		       struct strbuf *name)
{
	const struct rule_item *it;
	char key[40];
	const char *t;
	size_t count, f;

	snprintf(key, sizeof(key), "%s scaled", cur->key);
	if ((it = rules_items(nm->ru, "currency", key, &count)) && count) {
		strbuf_add(name, it[0].s, it[0].len);
		return 1;
	}
	it = rules_items(nm->ru, "currency", cur->key, &count);
	f = norm_plural_form(nm, 1000000);
	if (!it || f >= count)
		return 0;
	for (t = it[f].s; *t; t++) {
		if (!strncmp(t, "{nf}", 4) || !strncmp(t, "{n}", 3)) {
			t += t[2] == 'f' ? 3 : 2;
			if (t[1] == ' ')
				t++;
		} else {
			strbuf_addch(name, *t);
		}
	}
	while (name->len && name->buf[name->len - 1] == ' ')
		name->buf[--name->len] = '\0';
	return name->len > 0;
}

/*
 * "£1.5 million", "2,5 Millionen €": the number and its scale word as
 * written, then the currency's name, as [currency] scaled puts them
 * ("1.5 million pounds", "1,5 millones de euros"), a 1 as scaled_one
 * says it (German "eine Million Euro").  num is where the number
 * starts; cur its sign before it, or NULL for one after.
 */
static int money_scaled(const struct norm *nm, const char *s, size_t len,
			size_t num, const struct rule *cur,
			struct norm_match *m)
{
	const char *fmt = rules_value(nm->ru, "currency", "scaled"), *t;
	const char *one = rules_value(nm->ru, "currency", "scaled_one");
	struct strbuf name = STRBUF_INIT;
	size_t nlen, from, to, end, g, k;

	if (!scaled_at(nm, s, len, num, &nlen, &from, &to))
		return 0;
	end = to;
	if (!cur) {		/* "2,5 Millionen €" */
		g = norm_gap(s, len, to);
		if (!(cur = sign_at(nm, s, len, to + g, &k)))
			return 0;
		end = to + g + k;
	}
	if (!norm_word_ends(s, len, end) || !scaled_name(nm, cur, &name)) {
		strbuf_release(&name);
		return 0;
	}
	for (t = fmt ? fmt : "{n} {scale} {name}"; *t; t++)
		if (!strncmp(t, "{n}", 3) && one && nlen == 1 && s[num] == '1')
			strbuf_addstr(&m->said, one), t += 2;
		else if (!strncmp(t, "{n}", 3))
			strbuf_add(&m->said, s + num, nlen), t += 2;
		else if (!strncmp(t, "{scale}", 7))
			strbuf_add(&m->said, s + from, to - from), t += 6;
		else if (!strncmp(t, "{name}", 6))
			strbuf_add(&m->said, name.buf, name.len), t += 5;
		else
			strbuf_addch(&m->said, *t);
	strbuf_release(&name);
	snprintf(m->value, sizeof(m->value), "%s %.*s %.*s", cur->key,
		 (int)(nlen < 32 ? nlen : 32), s + num,
		 (int)(to - from < 32 ? to - from : 32), s + from);
	m->to = end;
	m->file = cur->file;
	m->line = cur->line;
	m->cls = NORM_MONEY;
	return 1;
}

int norm_money_at(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m)
{
	const struct rule *cur, *r = NULL;
	struct amount a, hi;
	size_t n = 0, g;

	if (!digit_soon(s, len, at))
		return 0;	/* most words */
	/* A sign after a letter is another currency's ("A$", "R$" where
	 * only "$" is known), or not a sign at all; after a script written
	 * without spaces it begins a word ("请付$5"). */
	if (at && !norm_word_ends(s, len, utf8_prev(s, at)) &&
	    utf8_word_class(utf8_char(s, len, utf8_prev(s, at), &n)) !=
	    UTF8_UNSPACED)
		return 0;
	if (utf8_digit(s, len, at, &n) < 0 &&
	    (cur = sign_at(nm, s, len, at, &n))) {	/* "£5", "R$ 10" */
		g = norm_gap(s, len, at + n);
		if (money_scaled(nm, s, len, at + n + g, cur, m))
			return 1;	/* "£1.5 million" */
		if (!amount_at(nm, s, len, at + n + g, &a) ||
		    (!(r = range_of(nm, s, len, &a, cur, &hi)) &&
		     !norm_word_ends(s, len, a.to)))
			return 0;
	} else {		/* "5 €", "9,90€", "5-10 €" */
		if (money_scaled(nm, s, len, at, NULL, m))
			return 1;	/* "2,5 Millionen €" */
		if (!amount_at(nm, s, len, at, &a))
			return 0;
		g = norm_gap(s, len, a.to);
		if ((cur = sign_at(nm, s, len, a.to + g, &n)) &&
		    norm_word_ends(s, len, a.to + g + n))
			a.to += g + n;
		else if (!(cur = r = range_of(nm, s, len, &a, NULL, &hi)))
			return 0;
	}
	if (r) {
		strbuf_addf(&m->said, "%llu %s", a.whole,
			    norm_range_word_at(nm, s, at));
		snprintf(m->value, sizeof(m->value), "%s %llu-%llu", cur->key,
			 a.whole, hi.whole);
		a = hi;
	} else if (a.cents >= 0) {
		snprintf(m->value, sizeof(m->value), "%s %llu.%02d", cur->key,
			 a.whole, a.cents);
	} else {
		snprintf(m->value, sizeof(m->value), "%s %llu", cur->key,
			 a.whole);
	}
	if (!say_amount(nm, cur, &a, &m->said))
		return 0;
	m->to = a.to;
	m->file = cur->file;
	m->line = cur->line;
	m->cls = NORM_MONEY;
	return 1;
}
