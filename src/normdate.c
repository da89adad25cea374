/*
 * normdate: dates (14/04/2026, 2026-04-14, 14 April 2026, 14. April,
 * April 14, 2026年4月14日), weekdays (Mo–Fr, Di.) and ordinals before a
 * noun (German "3. Tag"), said as the language's rules say them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "utf8.h"
#include "xalloc.h"

struct date {
	int day, month, year;	/* 0 when not written */
	size_t to;
	const char *month_as;	/* the month as written and said so, or NULL */
	size_t month_n;
};

static int days_in(int month, int year)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
				    30, 31 };

	if (month == 2 && year && (year % 4 || (year % 100 == 0 &&
						year % 400)))
		return 28;
	return days[month - 1];
}

static int valid(const struct date *d)
{
	return d->month >= 1 && d->month <= 12 && d->day >= 1 &&
	       d->day <= days_in(d->month, d->year) && d->year >= 0;
}

/* The forms of a date's day: as days says it, after a word of [date]
 * after (days_after, format_after), after one of weak_after (days_weak
 * in the plain format). */
enum { DAY_PLAIN, DAY_AFTER, DAY_WEAK };

/* Bytes of white space at s[at]. */
static size_t spaces(const char *s, size_t len, size_t at)
{
	size_t p = at, k;

	while (p < len && utf8_is_space(utf8_char(s, len, p, &k)))
		p += k;
	return p - at;
}

/* Whether a weekday's name or short form (and its dot) ends at s[at],
 * past a comma and spaces: "lun. 3/3", "Montag, 3.3", "thứ Hai 3/3";
 * where it starts into *from. */
static int weekday_before(const struct norm *nm, const char *s, size_t at,
			  size_t *from)
{
	const char *const *keys = rules_date_words + RULES_MONTH_FORMS;
	size_t end = at, i, k, m, count;
	const struct rule_item *it;

	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == ','))
		end--;
	if (end == at)
		return 0;
	for (k = 0; k < 3; k++) {
		size_t e = end - (k && end > 0 && s[end - 1] == '.');

		it = rules_items(nm->ru, "date", keys[k], &count);
		for (i = 0; i < 7 && i < count; i++) {
			m = it[i].len;
			if (m && m <= e &&
			    utf8_same_folded(it[i].s, s + e - m, m) &&
			    (e == m ||
			     norm_word_ends(s, e, utf8_prev(s, e - m)))) {
				*from = e - m;
				return 1;
			}
		}
	}
	return 0;
}

/*
 * Whether a day and month with no year could be a dose instead, as in a
 * weekly schedule ("Sun 1/2 tablet", "Mon 1.5 tablets"): a half, third
 * or quarter; a decimal (the month's number with one digit after a
 * dot); anything with a hyphen.
 */
static int dose_like(char sep, const long *v, const size_t *n)
{
	if (sep == '/')
		return v[0] < v[1] && v[1] <= 4 && n[1] == 1;
	return sep != '.' || n[1] != 2;
}

/* Whether a day and month with a slash have a number written with a
 * leading zero ("3/03", "14/04", "03/12"), which no fraction or score
 * has: a date with no weekday before it.  n: their digits, b: bytes. */
static int zero_led(const char *s, size_t len, size_t at, char sep,
		    const size_t *n, const size_t *b)
{
	size_t k;

	return sep == '/' &&
	       ((n[0] == 2 && utf8_digit(s, len, at, &k) == 0) ||
		(n[1] == 2 && utf8_digit(s, len, at + b[0] + 1, &k) == 0));
}

/* Whether the word before at is one of a [date] list: after ("am",
 * "до"), md_after, md_not_after. */
static int listed_before(const struct norm *nm, const char *s, size_t at,
			 const char *key)
{
	const char *words = rules_value(nm->ru, "date", key);

	return words && norm_after_word(s, at, words);
}

/* Whether the word right before s[at] (past spaces, not a comma) is
 * one of a [date] list: a joint, "und" of "24.12. und 31.12.". */
static int joined_before(const struct norm *nm, const char *s, size_t at,
			 const char *key)
{
	const char *words = rules_value(nm->ru, "date", key);
	size_t from, end = norm_word_before(s, at, 0, &from);

	return words && end > from &&
	       rules_find(words, s + from, end - from, 1) >= 0;
}

/* Whether a word of the [date] after list is before s[at], or before
 * the weekday there, or before the first of dates joined by commas or
 * a word of list_joins (not a range's): "am 12. Januar", "am Mo.,
 * 12.01.", "am 24.12., 26.12. und 31.12." (the last two were
 * "sechsundzwanzigster", "einunddreißigster"). */
static int after_listed(const struct norm *nm, const char *s, size_t at)
{
	size_t from, q, p, k;
	int hops;

	for (hops = 0; hops < 4; hops++) {
		if (listed_before(nm, s, at, "after") ||
		    (weekday_before(nm, s, at, &from) &&
		     listed_before(nm, s, from, "after")))
			return 1;
		for (from = at; from > 0 && s[from - 1] == ' '; from--)
			;
		if (from > 0 && s[from - 1] == ',')	/* "24.12., 26.12." */
			from--;
		else if (joined_before(nm, s, at, "list_joins"))
			norm_word_before(s, at, 0, &from);
		else
			return 0;
		while (from > 0 && s[from - 1] == ' ')
			from--;
		/* back over the date's digits (any script's), dots and
		 * slashes */
		for (q = from; q > 0; q = p) {
			p = utf8_prev(s, q);
			if (s[p] != '.' && s[p] != '/' &&
			    utf8_digit(s, q, p, &k) < 0)
				break;
		}
		if (q == from || utf8_digit(s, from, q, &k) < 0 ||
		    (q > 0 && s[q - 1] != ' '))
			return 0;
		at = q;	/* the date before the joint */
	}
	return 0;
}

/* The form of a date's day at s[at]: DAY_AFTER after a word of [date]
 * after (after_listed), DAY_WEAK after one of weak_after (German "der 3.
 * März" "der dritte März"), else DAY_PLAIN. */
static int day_form(const struct norm *nm, const char *s, size_t at)
{
	if (after_listed(nm, s, at))
		return DAY_AFTER;
	return listed_before(nm, s, at, "weak_after") ? DAY_WEAK : DAY_PLAIN;
}

/* Skip one of a list's words (and the spaces after it) at s[at]. */
static size_t skip_word(const struct norm *nm, const char *key,
			const char *s, size_t len, size_t at)
{
	size_t i, m, count;
	const struct rule_item *it = rules_items(nm->ru, "date", key, &count);

	for (i = 0; i < count && it[i].len; i++) {
		m = it[i].len;
		if (m <= len - at && utf8_same_folded(it[i].s, s + at, m) &&
		    (it[i].s[m - 1] == '.' || norm_word_ends(s, len, at + m)))
			return m + spaces(s, len, at + m);
	}
	return 0;
}

/* Whether a dot before s[p] ends a sentence: the end or a capital after
 * it and spaces. */
static int ends_sentence(const char *s, size_t len, size_t p)
{
	size_t n, q = p + spaces(s, len, p);

	return p && s[p - 1] == '.' &&
	       (q >= len || utf8_is_upper(utf8_char(s, len, q, &n)));
}

/*
 * The bytes of a word of year_words after a year ending at s[at], with
 * the spaces before it or none ("2026 г.", "2026г."), for the date to
 * take: its format says the word.  A full stop that also ends the
 * sentence (a capital or the end after it) is left to end it.
 */
static size_t year_word(const struct norm *nm, const char *s, size_t len,
			size_t at)
{
	size_t n = spaces(s, len, at), m, k;

	if (!(m = skip_word(nm, "year_words", s, len, at + n)))
		return 0;
	m += n;
	while (utf8_is_space(utf8_char(s, len, utf8_prev(s, at + m), &k)))
		m = utf8_prev(s, at + m) - at;	/* the spaces after it */
	return m - ends_sentence(s, len, at + m);
}

/* How numeric() may take a day and month alone: after a weekday said
 * before it; as the second of two dates joined by the range word. */
enum { AFTER_WEEKDAY = 1, JOINED = 2 };

static int numeric(const struct norm *nm, const char *s, size_t len,
		   size_t at, int how, struct date *d);

/* Whether a day and month with a slash end at s[at], before the range
 * word or a word of day_joins: the second day of "from 24/12 to 26/12",
 * "de 24/12 a 26/12"; the first must be a date by itself, so a chain of
 * them is not looked through again at each. */
static int date_joined(const struct norm *nm, const char *s, size_t at)
{
	const char *to = norm_range_word(nm);
	const char *joins = rules_value(nm->ru, "date", "day_joins");
	size_t from, end = norm_word_before(s, at, 0, &from), q;
	struct date d;

	if (from == end || from == at ||
	    !((to && rules_find(to, s + from, end - from, 1) >= 0) ||
	      (joins && rules_find(joins, s + from, end - from, 1) >= 0)))
		return 0;
	while (from > 0 && s[from - 1] == ' ')
		from--;
	for (q = from; q > 0 && ((s[q - 1] >= '0' && s[q - 1] <= '9') ||
				 s[q - 1] == '/'); q--)
		;
	return q < from && memchr(s + q, '/', from - q) &&
	       numeric(nm, s, from, q, 0, &d) && d.to == from && !d.year;
}

/* Whether a day and month alone, written with sep ("2/1"), are at s[at]
 * and end their word, in a language that joins two dates with a dash
 * (day_joins): the second date of "24/12-2/1", which the dash does not
 * make a chain of numbers; with dots, "24.12.-2.1.", where a decimal
 * has a comma; or a whole date, "24/12-2/1/2027".  Not a dose
 * ("24/12-1/2 tablet"), nor a chain ("24/12-2/1-5/1"). */
static int day_month_after(const struct norm *nm, const char *s, size_t len,
			   size_t at, char sep)
{
	struct date d = { 0 };
	size_t n[2], e, k;
	long v[2];
	int first = nm->order == NORM_MDY, dotted;

	if (!rules_value(nm->ru, "date", "day_joins") ||
	    (v[0] = norm_digits(s, len, at, &n[0])) < 0 || n[0] > 2 ||
	    at + n[0] + 1 >= len || s[at + n[0]] != sep ||
	    (v[1] = norm_digits(s, len, at + n[0] + 1, &n[1])) < 0 ||
	    n[1] > 2)
		return 0;
	e = at + n[0] + 1 + n[1];
	dotted = sep == '.' && e < len && s[e] == '.' &&
		 nm->order == NORM_DMY && norm_decimal_mark(nm) == ',';
	if (e + 1 < len && s[e] == sep && norm_digits(s, len, e + 1, &k) >= 0 &&
	    (k == 2 || k == 4))
		e += 1 + k;	/* a year: "24/12-2/1/2027" */
	else if (!dotted && dose_like(sep, v, n))
		return 0;
	else
		e += dotted;
	d.month = (int)v[first ? 0 : 1];
	d.day = (int)v[first ? 1 : 0];
	return valid(&d) && norm_word_ends(s, len, e) &&
	       !(e + 1 < len && strchr("/.-", s[e]) &&
		 norm_digits(s, len, e + 1, &k) >= 0);
}

/*
 * A numeric date: 14/04/2026, 14.04.26, 2026-04-14, 14.04.; a day and
 * month alone after a weekday (AFTER_WEEKDAY, or written before s[at]):
 * "Mon 3/03", "пн 3.03", or after a word of md_after ("on 24/12"); with
 * a slash and a leading zero, "3/03"; with JOINED, after a date and the
 * range word ("from 24/12 to 26/12"); with a dot and a month of two
 * digits where a decimal has a comma, after a word of md_after or after
 * ("vom 24.12", "с 24.12": a decimal would be 24,12).  Not a day and
 * month alone after a word of md_not_after: "Raum 1.02." is a room.
 */
static int numeric(const struct norm *nm, const char *s, size_t len,
		   size_t at, int how, struct date *d)
{
	size_t n[3], b[3], p = at, k, from;
	long v[3];
	char sep = 0;
	int parts = 0;

	while (parts < 3) {	/* n: digits, b: their bytes (Arabic ١٥) */
		if ((v[parts] = norm_digits(s, len, p, &b[parts])) < 0 ||
		    (n[parts] = utf8_len(s + p, b[parts])) > 4)
			return 0;
		p += b[parts++];
		if (parts == 3 || p + 1 >= len || !strchr("/.-", s[p]) ||
		    (sep && s[p] != sep) ||
		    norm_digits(s, len, p + 1, &k) < 0)
			break;
		sep = s[p++];
	}
	memset(d, 0, sizeof(*d));
	/* "14.04." is a date where a decimal has a comma (1,5); in English
	 * "pH 7.04." at a sentence's end is a number. */
	if (parts == 2 && listed_before(nm, s, at, "md_not_after")) {
		return 0;
	} else if (parts == 2 && sep == '.' && p < len && s[p] == '.' &&
		   nm->order == NORM_DMY && n[0] <= 2 && n[1] <= 2 &&
		   norm_decimal_mark(nm) == ',') {
		d->day = (int)v[0], d->month = (int)v[1];	/* 14.04. */
		p++;
	} else if (parts == 2 && n[0] <= 2 && n[1] <= 2 &&
		   nm->order != NORM_YMD && !dose_like(sep, v, n) &&
		   ((how & AFTER_WEEKDAY) ||
		    weekday_before(nm, s, at, &from) ||
		    zero_led(s, len, at, sep, n, b) ||
		    (sep == '/' && (listed_before(nm, s, at, "md_after") ||
				    ((how & JOINED) &&
				     date_joined(nm, s, at)))) ||
		    (sep == '.' && n[1] == 2 && norm_decimal_mark(nm) == ',' &&
		     (listed_before(nm, s, at, "md_after") ||
		      after_listed(nm, s, at))))) {
		int first = nm->order == NORM_MDY;
		d->month = (int)v[first ? 0 : 1];
		d->day = (int)v[first ? 1 : 0];
	} else if (parts == 3 && n[0] == 4 && n[1] <= 2 && n[2] <= 2) {
		d->year = (int)v[0], d->month = (int)v[1], d->day = (int)v[2];
	} else if (parts == 3 && n[0] <= 2 && n[1] <= 2 &&
		   (n[2] == 4 || n[2] == 2) && nm->order != NORM_YMD) {
		int first = nm->order == NORM_MDY;
		d->month = (int)v[first ? 0 : 1];
		d->day = (int)v[first ? 1 : 0];
		d->year = (int)(n[2] == 2 ? 2000 + v[2] : v[2]);
	} else {
		return 0;
	}
	if (d->year)	/* "01.02.2027 г.", said "... года" */
		p += year_word(nm, s, len, p);
	if (!valid(d) || !norm_word_ends(s, len, p) ||
	    (p + 1 < len && strchr("/.-", s[p]) &&
	     norm_digits(s, len, p + 1, &k) >= 0 &&
	     !(s[p] == '-' && sep != '-' && day_month_after(nm, s, len,
							    p + 1, sep))))
		return 0;
	d->to = p;
	return 1;
}

/* The item of a [date] list of `max` that the word at s[at] is, but
 * for case: 1 to max, with *n its bytes; 0 when none. */
static int item_at(const struct norm *nm, const char *key, size_t max,
		   const char *s, size_t len, size_t at, size_t *n)
{
	size_t i, m, count;
	const struct rule_item *it = rules_items(nm->ru, "date", key, &count);
	long first = utf8_fold_first(s + at, len - at);

	for (i = 0; i < max && i < count; i++) {
		m = it[i].len;
		if (!m || m > len - at || (first >= 0 && it[i].first >= 0 &&
					   it[i].first != first) ||
		    !utf8_same_folded(it[i].s, s + at, m) ||
		    !norm_word_ends(s, len, at + m))
			continue;
		*n = m;
		return (int)i + 1;
	}
	return 0;
}

/* A month's name at s[at] (full, another written form, or short with
 * its dot: "Sep.", "Sept"): 1 to 12, with *n its bytes, and *abbr
 * whether it is short, when abbr is not NULL; 0 when none. */
static int month_at(const struct norm *nm, const char *s, size_t len,
		    size_t at, size_t *n, int *abbr)
{
	size_t k;
	int i;

	for (k = 0; k < RULES_MONTH_FORMS; k++)
		if ((i = item_at(nm, rules_date_words[k], 12, s, len, at, n))) {
			if (k >= 3 && at + *n < len && s[at + *n] == '.')
				(*n)++;
			if (abbr)
				*abbr = k >= 3;
			return i;
		}
	return 0;
}

/* A day's number with its written ending: "14", "14th", "1er", "14.". */
static int day_at(const struct norm *nm, const char *s, size_t len, size_t at,
		  size_t *to)
{
	size_t n, p;
	long v = norm_digits(s, len, at, &n);
	size_t i, count;
	const struct rule_item *suf;

	if (v < 1 || v > 31 || n > 2)
		return 0;
	p = at + n;
	suf = rules_items(nm->ru, "date", "suffixes", &count);
	for (i = 0; i < count && suf[i].len; i++)
		if (suf[i].len <= len - p && !memcmp(s + p, suf[i].s,
						     suf[i].len)) {
			p += suf[i].len;
			break;
		}
	if (p < len && s[p] == '.')	/* German "14." */
		p++;
	if (!norm_word_ends(s, len, p))
		return 0;
	*to = p;
	return (int)v;
}

/* A year after a date's month: 4 digits, and its "года", "г.". */
static int year_at(const struct norm *nm, const char *s, size_t len,
		   size_t at, size_t *to)
{
	size_t n, w;
	long v = norm_digits(s, len, at, &n);

	if (v < 1000 || n != 4)
		return 0;
	w = year_word(nm, s, len, at + n);
	if (!w && !norm_word_ends(s, len, at + n))
		return 0;
	*to = at + n + w;
	return (int)v;
}

/* "14 April 2026", "14. April", "14 de abril de 2026", "April 14, 2026". */
static int written(const struct norm *nm, const char *s, size_t len,
		   size_t at, struct date *d)
{
	size_t p, q, n;

	memset(d, 0, sizeof(*d));
	if ((d->day = day_at(nm, s, len, at, &p)) > 0) {
		p += spaces(s, len, p);
		p += skip_word(nm, "join", s, len, p);
		if (!(d->month = month_at(nm, s, len, p, &n, NULL)))
			return 0;
		d->to = p + n;
	} else if ((d->month = month_at(nm, s, len, at, &n, NULL)) > 0) {
		p = at + n + spaces(s, len, at + n);
		if (!(d->day = day_at(nm, s, len, p, &q)))
			return 0;
		/* "mar. 3 de marzo": the day's month follows, so the word
		 * was a weekday (Spanish "mar." is martes and marzo) */
		p = q + spaces(s, len, q);
		p += skip_word(nm, "join", s, len, p);
		if (p > q && month_at(nm, s, len, p, &n, NULL))
			return 0;
		d->to = q;
	} else {
		return 0;
	}
	q = d->to;
	if (q < len && s[q] == ',')
		q++;
	q += spaces(s, len, q);
	q += skip_word(nm, "join", s, len, q);
	if ((d->year = year_at(nm, s, len, q, &p)) > 0)
		d->to = p;
	return valid(d);
}

/* A number, said as digits one by one (Chinese years) or as written. */
static void add_year(const struct norm *nm, struct strbuf *said, int year)
{
	const char *how = rules_value(nm->ru, "date", "year");
	char num[16];

	snprintf(num, sizeof(num), "%d", year);
	if (how && !strcmp(how, "digits"))
		norm_add_digits(said, nm, num, strlen(num), 0);
	else
		strbuf_addstr(said, num);
}

/* "2026年4月14日", "4月14日", "2026年4月", "2026年", with the rules'
 * markers: a year alone is said digit by digit, a month alone is left. */
static int marked(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct date *d)
{
	const char *mk;
	char y[8], mo[8], dy[8], alt[8] = "";
	size_t p = at, n, m;
	long v = norm_digits(s, len, p, &n);

	if (v < 0)
		return 0;	/* every form starts with a number */
	mk = rules_value(nm->ru, "date", "markers");
	if (!rules_item(mk, 0, y, sizeof(y)) || !rules_item(mk, 1, mo,
							     sizeof(mo)) ||
	    !rules_item(mk, 2, dy, sizeof(dy)))
		return 0;
	rules_item(mk, 3, alt, sizeof(alt));
	memset(d, 0, sizeof(*d));
	if (v >= 0 && n == 4 && !strncmp(s + p + n, y, strlen(y))) {
		d->year = (int)v;
		p += n + strlen(y);
		d->to = p;
		v = norm_digits(s, len, p, &n);
	}
	if (v < 1 || v > 12 || strncmp(s + p + n, mo, strlen(mo)))
		return d->year > 0;	/* "2026年" */
	d->month = (int)v;
	p += n + strlen(mo);
	d->to = p;
	v = norm_digits(s, len, p, &n);
	m = 0;
	if (v >= 1 && !strncmp(s + p + n, dy, strlen(dy)))
		m = strlen(dy);
	else if (v >= 1 && *alt && !strncmp(s + p + n, alt, strlen(alt)))
		m = strlen(alt);
	if (m) {
		d->day = (int)v;
		d->to = p + n + m;
	}
	return d->day ? valid(d) : d->year > 0;	/* "4月" alone: as it is */
}

/* A year, or a year and month, with their markers: 二零二六年四月. */
static void say_marked(const struct norm *nm, const struct date *d,
		       struct norm_match *m)
{
	char y[8] = "", mo[8] = "";
	const char *mk = rules_value(nm->ru, "date", "markers");

	rules_item(mk, 0, y, sizeof(y));
	rules_item(mk, 1, mo, sizeof(mo));
	add_year(nm, &m->said, d->year);
	strbuf_addstr(&m->said, y);
	if (d->month && !norm_add_item(&m->said, nm->ru, "date", "months",
				       (size_t)d->month - 1))
		strbuf_addf(&m->said, "%d%s", d->month, mo);
	snprintf(m->value, sizeof(m->value), d->month ? "%04d-%02d" : "%04d",
		 d->year, d->month);
}

/* A year as an ordinal (its last word): the rest as digits, which
 * eSpeak NG says as cardinals, then the ordinal of what is left. */
static void add_year_ordinal(const struct norm *nm, struct strbuf *said,
			     int year)
{
	int yy = year % 100, head = year - yy;

	if (!yy) {
		if (head % 1000 || !norm_add_item(said, nm->ru, "date",
						  "ordinal_thousand", 0))
			strbuf_addf(said, "%d", year);
		return;
	}
	if (head)
		strbuf_addf(said, "%d ", head);
	if (yy >= 20 && yy % 10) {
		strbuf_addf(said, "%d ", yy - yy % 10);
		yy %= 10;
	}
	if ((yy < 10 && norm_add_item(said, nm->ru, "date", "ordinal_units",
				      (size_t)yy - 1)) ||
	    (yy >= 10 && yy < 20 && norm_add_item(said, nm->ru, "date",
						  "ordinal_teens",
						  (size_t)yy - 10)) ||
	    (yy >= 20 && norm_add_item(said, nm->ru, "date", "ordinal_tens",
				       (size_t)yy / 10 - 2)))
		return;
	strbuf_addf(said, "%d", yy);
}

/* The template that says d: with its year or not, in the guide's order,
 * in the form after a word of the after list or not. */
static const char *date_template(const struct norm *nm, const struct date *d,
				 int after)
{
	char key[32];
	const char *t, *which = !d->day ? "_my" : d->year ? "" : "_md";

	snprintf(key, sizeof(key), "format%s%s%s", which,
		 nm->order == NORM_MDY ? "_mdy" : "",
		 after == DAY_AFTER ? "_after" : "");
	if (!(t = rules_value(nm->ru, "date", key)))
		snprintf(key, sizeof(key), "format%s%s", which,
			 after == DAY_AFTER ? "_after" : "");
	if (!(t = rules_value(nm->ru, "date", key)))
		t = rules_value(nm->ru, "date", !d->day ? "format_my" :
				d->year ? "format" : "format_md");
	if (!t)
		t = !d->day ? "{month} {year}" : d->year ?
		    "{day} {month} {year}" : "{day} {month}";
	return t;
}

/* The list of a day's words: a template's {day_after} days_after's, its
 * {day} days_weak's in the weak form (after "der"), else days'. */
static const char *days_key(const struct norm *nm, int dayafter, int form)
{
	if (dayafter)
		return "days_after";
	return form == DAY_WEAK && rules_value(nm->ru, "date", "days_weak") ?
	       "days_weak" : "days";
}

/* Day v as template t says a day in form; with lead, the words before
 * it there too ("the fifth" of "the {day} of {month}"), unless t says
 * the month or the year before it. */
static void say_day(const struct norm *nm, const char *t, int v, int form,
		    int lead, struct strbuf *said)
{
	const char *day = strstr(t, "{day");
	int after = day && !strncmp(day, "{day_after}", 11);

	if (lead && day && !memchr(t, '{', (size_t)(day - t)))
		strbuf_add(said, t, (size_t)(day - t));
	if (!norm_add_item(said, nm->ru, "date", days_key(nm, after, form),
			   (size_t)v - 1))
		strbuf_addf(said, "%d", v);
}

/* What d means, for comparing texts: "2026-12-05", "--12-05",
 * "2027-01". */
static void date_value(const struct date *d, char *value, size_t size)
{
	if (!d->day)
		snprintf(value, size, "%04d-%02d", d->year, d->month);
	else if (d->year)
		snprintf(value, size, "%04d-%02d-%02d", d->year, d->month,
			 d->day);
	else
		snprintf(value, size, "--%02d-%02d", d->month, d->day);
}

/* A date said with its template; days, when not NULL, said for its day
 * ("first to fifth"). */
static void say_date(const struct norm *nm, const struct date *d, int after,
		     const char *days, struct norm_match *m)
{
	const char *t = date_template(nm, d, after);
	size_t i;

	for (i = 0; t[i]; i++) {
		int day = !strncmp(t + i, "{day}", 5);
		int dayafter = !strncmp(t + i, "{day_after}", 11);
		if (days && (day || dayafter)) {
			strbuf_addstr(&m->said, days);
			i += dayafter ? 10 : 4;
		} else if (day || dayafter) {
			if (!norm_add_item(&m->said, nm->ru, "date",
					   days_key(nm, dayafter, after),
					   (size_t)d->day - 1))
				strbuf_addf(&m->said, "%d", d->day);
			i += dayafter ? 10 : 4;
		} else if (!strncmp(t + i, "{month_num}", 11)) {
			strbuf_addf(&m->said, "%d", d->month);
			i += 10;
		} else if (!strncmp(t + i, "{month}", 7)) {
			if (d->month_as)
				strbuf_add(&m->said, d->month_as, d->month_n);
			else if ((d->day || !norm_add_item(&m->said, nm->ru,
							   "date", "months_my",
							   (size_t)d->month -
							   1)) &&
				 !norm_add_item(&m->said, nm->ru, "date",
						"months", (size_t)d->month - 1))
				strbuf_addf(&m->said, "%d", d->month);
			i += 6;
		} else if (!strncmp(t + i, "{year}", 6)) {
			if (d->year)
				add_year(nm, &m->said, d->year);
			i += 5;
		} else if (!strncmp(t + i, "{year_ord}", 10)) {
			if (d->year)
				add_year_ordinal(nm, &m->said, d->year);
			i += 9;
		} else {
			strbuf_addch(&m->said, t[i]);
		}
	}
	date_value(d, m->value, sizeof(m->value));
}

/* A weekday's name or short form at s[at]: 1 to 7 (*n bytes), or 0. */
static int weekday_at(const struct norm *nm, const char *s, size_t len,
		      size_t at, size_t *n, int *abbr)
{
	const char *const *keys = rules_date_words + RULES_MONTH_FORMS;
	int i;

	*abbr = 0;
	if ((i = item_at(nm, keys[0], 7, s, len, at, n)))
		return i;
	if ((i = item_at(nm, keys[1], 7, s, len, at, n)) ||
	    (i = item_at(nm, keys[2], 7, s, len, at, n))) {
		*abbr = 1;
		if (at + *n < len && s[at + *n] == '.')
			(*n)++;
	}
	return i;
}

/* A date in any of the three forms at s[at]; after_weekday: a weekday
 * comes before it, as numeric() would otherwise look for. */
static int date_at(const struct norm *nm, const char *s, size_t len,
		   size_t at, int after_weekday, struct date *d)
{
	return numeric(nm, s, len, at, (after_weekday ? AFTER_WEEKDAY : 0) |
		       JOINED, d) ||
	       written(nm, s, len, at, d) || marked(nm, s, len, at, d);
}

/* Where what follows a weekday starts: past a comma, if any, and one
 * space or more ("Tue 3 March", "Fri, 6/3"); 0 when no space. */
static size_t after_weekday(const char *s, size_t len, size_t p)
{
	if (p < len && s[p] == ',')
		p++;
	if (p == len || s[p] != ' ')
		return 0;
	while (p < len && s[p] == ' ')
		p++;
	return p;
}

/* A date after s[p]: "Tue 3 March", "Fri, 6/3". */
static int date_follows(const struct norm *nm, const char *s, size_t len,
			size_t p)
{
	struct date d;
	size_t q = after_weekday(s, len, p);

	return q && date_at(nm, s, len, q, 1, &d);
}

/* Whether "am" or "pm" is at s[q], a space before it or not, a dot in
 * it or not ("am", " p.m"), and ends its word. */
static int ampm(const char *s, size_t len, size_t q)
{
	size_t k;

	if (q < len && s[q] == ' ')
		q++;
	k = q < len && (s[q] == 'a' || s[q] == 'A' || s[q] == 'p' ||
			s[q] == 'P') ? q + 1 : 0;
	if (k && k < len && s[k] == '.')
		k++;
	return k && k < len && (s[k] == 'm' || s[k] == 'M') &&
	       norm_word_ends(s, len, k + 1);
}

/* An hour of one or two digits at s[q], its minutes or not ("9",
 * "12:30", "9.30", "8h00", "8h", as French and Vietnamese write them):
 * its end, or 0; *minutes whether it has them (or an h). */
static size_t hour_at(const char *s, size_t len, size_t q, int *minutes)
{
	size_t d = 0;

	*minutes = 0;
	while (q < len && s[q] >= '0' && s[q] <= '9' && d < 3)
		q++, d++;
	if (!d || d > 2)
		return 0;
	if (q + 2 < len && (s[q] == ':' || s[q] == '.') &&
	    s[q + 1] >= '0' && s[q + 1] <= '5' && s[q + 2] >= '0' &&
	    s[q + 2] <= '9')
		q += 3, *minutes = 1;
	else if (q < len && s[q] == 'h')	/* "8h00", "8h30", "8h" */
		q += q + 2 < len && s[q + 1] >= '0' && s[q + 1] <= '5' &&
		     s[q + 2] >= '0' && s[q + 2] <= '9' ? 3 : 1,
		*minutes = 1;
	return q;
}

/* Whether the right end of a range of hours is at s[q]: a hyphen or
 * an en dash, an hour, and the word's end or am or pm ("-12", "–5",
 * "-12:30", "-1pm"). */
static int hours_range(const char *s, size_t len, size_t q)
{
	size_t j = q < len && s[q] == '-' ? q + 1 : len - q >= 3 &&
		   !memcmp(s + q, "\xe2\x80\x93", 3) ? q + 3 : 0, e;
	int minutes;

	return j && (e = hour_at(s, len, j, &minutes)) &&
	       (norm_word_ends(s, len, e) || ampm(s, len, e));
}

/* A time of day after s[p]: "Sat 10am", "Sa 10:00", "Sun 9.30 pm",
 * "Sat 9-12", "Do 8 Uhr" (a word of [date] hour_words after the hour),
 * "Sa ab 9 Uhr" (a word of weekday_time_words before it); 2 when it has
 * its minutes, 1 when not, 0 when there is none. */
static int time_follows(const struct norm *nm, const char *s, size_t len,
			size_t p)
{
	size_t q = after_weekday(s, len, p), e;
	int minutes;

	if (q)
		q += skip_word(nm, "weekday_time_words", s, len, q);
	if (!q || !(e = hour_at(s, len, q, &minutes)))
		return 0;
	if (minutes && norm_word_ends(s, len, e))
		return 2;	/* 10:00, 9.30 */
	if (!minutes && hours_range(s, len, e))
		return 1;	/* "Sat 9-12", "Sat 9-12:30" */
	if (!minutes && e < len && s[e] == ' ' &&
	    skip_word(nm, "hour_words", s, len, e + 1))
		return 1;	/* "Do 8 Uhr" */
	if (!ampm(s, len, e))
		return 0;	/* 10:30 pm, 10am */
	return minutes ? 2 : 1;
}

/* A weekday's range at s[p], after the weekday w1 (*n its bytes):
 * "-Fr", "–Fri"; the second weekday, or 0. */
static int weekday_range(const struct norm *nm, const char *s, size_t len,
			 size_t p, size_t *n)
{
	size_t j = p < len && s[p] == '-' ? 1 : len - p >= 3 &&
		   !memcmp(s + p, "\xe2\x80\x93", 3) ? 3 : 0, k;
	int abbr, w;

	if (!j || !norm_range_word(nm) ||
	    !(w = weekday_at(nm, s, len, p + j, &k, &abbr)))
		return 0;
	*n = j + k;
	return w;
}

/* The joint at s[p] between two weekdays of a list: a comma (or the
 * Arabic comma) or slash and spaces, or spaces, a word of [date]
 * weekday_joins and spaces ("Mon, Wed and Fri", "Mo, Mi u. Fr"); its
 * bytes, 0 when none, and the word's bytes at s[*word] (*wn, 0 for a
 * comma or slash). */
static size_t list_joint(const struct norm *nm, const char *s, size_t len,
			 size_t p, size_t *word, size_t *wn)
{
	size_t sp = spaces(s, len, p), w;

	*word = p, *wn = 0;
	if (p < len && (s[p] == ',' || s[p] == '/'))
		return 1 + spaces(s, len, p + 1);
	if (len - p >= 2 && !memcmp(s + p, "\xd8\x8c", 2))	/* ، */
		return 2 + spaces(s, len, p + 2);
	if (!sp || !(w = skip_word(nm, "weekday_joins", s, len, p + sp)))
		return 0;
	*word = p + sp;
	*wn = w - spaces(s, len, p + sp);
	while (*wn > 0 && s[*word + *wn - 1] == ' ')
		(*wn)--;
	return sp + w;
}

/* The joint of a list of weekdays said: a comma; a word as written,
 * or where it has a dot or is a sign ("u.", "&"), the first word of
 * weekday_joins. */
static void say_joint(const struct norm *nm, const char *s, size_t len,
		      size_t word, size_t wn, struct strbuf *said)
{
	char first[32];
	size_t n;

	if (!wn)
		strbuf_addstr(said, ", ");
	else if ((s[word + wn - 1] == '.' ||
		  !utf8_is_word(utf8_char(s, len, word, &n))) &&
		 rules_item(rules_value(nm->ru, "date", "weekday_joins"), 0,
			    first, sizeof(first)))
		strbuf_addf(said, " %s ", first);
	else
		strbuf_addf(said, " %.*s ", (int)wn, s + word);
}

/* The weekday of a list at s[at] (0 when none): written with a capital
 * where the rules write its short form with one ("I sat and sun" is no
 * list), in any case where they do not (French "Lun, mer et ven"). */
static int list_weekday(const struct norm *nm, const char *s, size_t len,
			size_t at, size_t *n)
{
	size_t count, k;
	const struct rule_item *it = rules_items(nm->ru, "date",
						  "weekday_abbr", &count);
	int abbr, w = weekday_at(nm, s, len, at, n, &abbr);

	if (w && (size_t)w <= count && it[w - 1].len &&
	    utf8_is_upper(utf8_char(it[w - 1].s, it[w - 1].len, 0, &k)) &&
	    !utf8_is_upper(utf8_char(s, len, at, &k)))
		return 0;
	return w;
}

/*
 * Whether a short form alone with its dot, from s[at] to the dot's end
 * p, is a weekday: written with a capital where the rules write it with
 * one ("avoid the sun." is no Sunday, German "so." no Sonntag); and,
 * where its dot ends a sentence (a capital or the end after it), not a
 * word of [date] weekday_words, which the language also writes that way
 * (French "la mer.", Portuguese "pode ter.").
 */
static int dotted_weekday(const struct norm *nm, const char *s, size_t len,
			  size_t at, size_t p)
{
	size_t n;

	if (!list_weekday(nm, s, len, at, &n))
		return 0;
	if (!ends_sentence(s, len, p))
		return 1;
	return rules_find(rules_value(nm->ru, "date", "weekday_words"),
			  s + at, p - 1 - at, 1) < 0;
}

/* The cases a weekday is said in after a word, each its forms and the
 * words it follows; the first, the plural of every such day (Russian
 * "по пн." "по понедельникам"), never after a joint of a list or range,
 * where the same word ends a range ("с пн. по пт." "по пятницу"). */
static const char *const weekday_cases[][2] = {
	{ "weekdays_plural_dative", "weekday_plural_dative_after" },
	{ "weekdays_genitive", "weekday_genitive_after" },
	{ "weekdays_accusative", "weekday_accusative_after" },
	{ "weekdays_dative", "weekday_dative_after" },
};

/* The forms of a weekday after the word that ends at s[at] (Russian "с
 * пн." "с понедельника", "в ср." "в среду"), that word a list's joint
 * or not: the key of the case whose words list it, else "weekdays". */
static const char *weekday_forms(const struct norm *nm, const char *s,
				 size_t at, int joint)
{
	size_t i;

	for (i = joint ? 1 : 0;
	     i < sizeof(weekday_cases) / sizeof(*weekday_cases); i++)
		if (rules_value(nm->ru, "date", weekday_cases[i][0]) &&
		    listed_before(nm, s, at, weekday_cases[i][1]))
			return weekday_cases[i][0];
	return "weekdays";
}

/* Weekday w in full in forms (a key of [date]), and where a range
 * follows it at s[*p], the range word and the second ("Monday to
 * Wednesday"); *p moved past them. */
static void say_weekday(const struct norm *nm, const char *s, size_t len,
			int w, const char *forms, size_t *p,
			struct strbuf *said)
{
	size_t n;
	int w2 = weekday_range(nm, s, len, *p, &n);

	norm_add_item(said, nm->ru, "date", forms, (size_t)w - 1);
	if (w2) {
		strbuf_addf(said, " %s ", norm_range_word(nm));
		norm_add_item(said, nm->ru, "date", forms, (size_t)w2 - 1);
		*p += n;
	}
}

/*
 * "Mo–Fr", "lun.-vie.": a range of weekdays; "Mon, Wed and Fri",
 * "Mo, Mi u. Fr": a list of them (each a name or short form, joined as
 * list_joint() says; a joint word with a dot or a sign is said as the
 * first of weekday_joins); "Di." alone, and a short form before a date
 * ("Tue 3 March": "Tue" is "too" to the voice), a time with its minutes
 * ("сб 9:00", "Sun 9:30") or written with a capital before a time
 * ("Sat 10am": not "I sat 10 minutes").  Never after a word of [date]
 * weekday_not_after.
 */
static int weekday(const struct norm *nm, const char *s, size_t len,
		   size_t at, struct norm_match *m)
{
	size_t n, n2, p, j, q, wd, wn;
	int a1, w1 = weekday_at(nm, s, len, at, &n, &a1), w2, t = 0;
	const char *forms;

	if (!w1 || listed_before(nm, s, at, "weekday_not_after"))
		return 0;	/* Vietnamese "đốt sống T4": a vertebra */
	forms = weekday_forms(nm, s, at, 0);
	p = at + n;
	w2 = weekday_range(nm, s, len, p, &n2);
	q = p + (w2 ? n2 : 0);
	if ((j = list_joint(nm, s, len, q, &wd, &wn)) &&
	    list_weekday(nm, s, len, at, &n2) &&
	    list_weekday(nm, s, len, q + j, &n2)) {
		say_weekday(nm, s, len, w1, forms, &p, &m->said);
		while (j && (w2 = list_weekday(nm, s, len, p + j, &n2))) {
			/* a joint word of a case's list gives its own to
			 * the weekdays after it: Russian "с пн по пт и сб"
			 * "с понедельника по пятницу и субботу" */
			const char *own = weekday_forms(nm, s, p + j, 1);
			if (strcmp(own, "weekdays"))
				forms = own;
			say_joint(nm, s, len, wd, wn, &m->said);
			p += j + n2;
			say_weekday(nm, s, len, w2, forms, &p, &m->said);
			j = list_joint(nm, s, len, p, &wd, &wn);
		}
		snprintf(m->value, sizeof(m->value), "weekdays %d", w1);
		m->to = p - ends_sentence(s, len, p);	/* its full stop */
		m->cls = NORM_WEEKDAY;
		return 1;
	}
	if (!w2 && !(a1 && ((s[p - 1] == '.' &&
			     dotted_weekday(nm, s, len, at, p)) ||
			    date_follows(nm, s, len, p) ||
			    (t = time_follows(nm, s, len, p)) == 2 ||
			    (t && utf8_is_upper(utf8_char(s, len, at,
							  &n2))))))
		return 0;	/* a weekday's name alone: said as written */
	say_weekday(nm, s, len, w1, forms, &p, &m->said);
	snprintf(m->value, sizeof(m->value), "weekday %d-%d", w1, w2 ? w2 : w1);
	m->to = p - ends_sentence(s, len, p);
	m->cls = NORM_WEEKDAY;
	return 1;
}

/* The bytes of "-N.", "–N." or " <to> N." at s[at], the end of a range
 * of ordinals ("1.-3. Tag", "1. bis 3. Tag"), its N into *v; 0 when
 * none. */
static size_t ordinal_end(const char *s, size_t len, size_t at,
			  const char *to, long *v)
{
	size_t t = strlen(to), n;
	size_t j = at < len && s[at] == '-' ? 1 : len - at >= 3 &&
		   !memcmp(s + at, "\xe2\x80\x93", 3) ? 3 : len - at > t + 2 &&
		   s[at] == ' ' && !memcmp(s + at + 1, to, t) &&
		   s[at + 1 + t] == ' ' ? t + 2 : 0;

	if (!j || (*v = norm_digits(s, len, at + j, &n)) < 0 ||
	    at + j + n >= len || s[at + j + n] != '.')
		return 0;
	return j + n + 1;
}

/* Day v's ordinal of [date] days_after, and to's and day v2's when v2
 * is not 0, into said; 0 when the list has no word for one of them. */
static int days_after(const struct norm *nm, struct strbuf *said, long v,
		      long v2, const char *to)
{
	if (!norm_add_item(said, nm->ru, "date", "days_after", (size_t)v - 1))
		return 0;
	if (!v2)
		return 1;
	strbuf_addf(said, " %s ", to);
	return norm_add_item(said, nm->ru, "date", "days_after",
			     (size_t)v2 - 1);
}

/*
 * The noun after an ordinal, lowercased so that eSpeak NG reads no
 * sentence's start before it: as [ordinal] "said <noun>" says it ("OG":
 * "obergeschoss"), else as written; an abbreviation in capitals letter
 * by letter ("o g"), since lowercased it is a word ("og", "ok").
 */
static void ordinal_noun(const struct norm *nm, struct strbuf *said,
			 const char *s, size_t n)
{
	char key[64], *low;
	const char *as;
	size_t i, k, upper = 0, letters = 0, lowlen;

	snprintf(key, sizeof(key), "said %.*s", (int)(n < 48 ? n : 48), s);
	if ((as = rules_value(nm->ru, "ordinal", key))) {
		s = as;
		n = strlen(as);
	}
	low = utf8_lower(s, n);
	lowlen = strlen(low);

	for (i = 0; i < n; i += k, letters++)
		upper += (size_t)utf8_is_upper(utf8_char(s, n, i, &k));
	if (letters < 2 || upper < letters) {
		strbuf_addstr(said, low);
	} else {	/* lowercased, a letter may take more bytes */
		for (i = 0; i < lowlen; i += k) {
			utf8_char(low, lowlen, i, &k);
			strbuf_addf(said, "%s%.*s", i ? " " : "", (int)k,
				    low + i);
		}
	}
	free(low);
}

/*
 * Whether the word at s[p..w) is a noun after an ordinal: one of
 * [ordinal] nouns, or any word with a capital after a word of [ordinal]
 * after (an article: "jeder 3. Patient", where no sentence ends).
 */
static int ordinal_noun_at(const struct norm *nm, const char *s, size_t p,
			   size_t w, size_t at)
{
	const char *nouns = rules_value(nm->ru, "ordinal", "nouns");
	const char *after = rules_value(nm->ru, "ordinal", "after");
	size_t k;

	if (w == p)
		return 0;
	if (nouns && rules_find(nouns, s + p, w - p, 1) >= 0)
		return 1;
	return after && utf8_is_upper(utf8_char(s, w, p, &k)) &&
	       norm_after_word(s, at, after);
}

/* Whether s[p..w) is a word in small letters ending in "en", before a
 * noun after an ordinal: German "am 1. postoperativen Tag". */
static int adjective_en(const char *s, size_t p, size_t w)
{
	size_t k;

	return w - p >= 4 && !memcmp(s + w - 2, "en", 2) &&
	       utf8_word_class(utf8_char(s, w, p, &k)) == UTF8_LETTER &&
	       !utf8_is_upper(utf8_char(s, w, p, &k));
}

/*
 * "3. Tag": an ordinal that eSpeak NG says when the noun after it is
 * not read as a sentence's start; "1.-3. Tag", a range of them, with
 * the language's word for a range ("1. bis 3. tag", "vom ersten bis
 * dritten Tag": eSpeak NG alone says "eins dritte Tag").
 */
static int ordinal(const struct norm *nm, const char *s, size_t len,
		   size_t at, struct norm_match *m)
{
	const char *to;
	size_t n, p, w, r = 0;
	long v, v2 = 0;
	int after, adjective = 0;

	if ((v = norm_digits(s, len, at, &n)) < 0 || at + n + 2 > len ||
	    s[at + n] != '.')
		return 0;
	p = at + n + 1;
	if ((to = norm_range_word(nm)) &&
	    (r = ordinal_end(s, len, p, to, &v2)))
		p += r;
	if (p >= len || s[p] != ' ')
		return 0;
	w = norm_word_end(s, len, ++p);
	if (!ordinal_noun_at(nm, s, p, w, at)) {
		/* an adjective before the noun, in the form after a word of
		 * [date] after only: "am 1. postoperativen Tag" */
		if (!adjective_en(s, p, w) || w + 1 >= len || s[w] != ' ' ||
		    !ordinal_noun_at(nm, s, w + 1, norm_word_end(s, len, w + 1),
				     at))
			return 0;
		adjective = 1;
	}
	after = v >= 1 && v <= 31 && (!r || (v2 >= 1 && v2 <= 31)) &&
		after_listed(nm, s, at);
	if (after && days_after(nm, &m->said, v, r ? v2 : 0, to)) {
		w = p - 1;	/* the noun as the lexicons say it: "OG" */
	} else if (adjective) {
		strbuf_reset(&m->said);
		return 0;
	} else {	/* eSpeak NG says "3. tag" "dritte Tag" */
		strbuf_reset(&m->said);
		if (r)
			strbuf_addf(&m->said, "%ld. %s %ld. ", v, to, v2);
		else
			strbuf_addf(&m->said, "%ld. ", v);
		ordinal_noun(nm, &m->said, s + p, w - p);
	}
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(p - 1 - at), s + at);
	m->to = w;
	m->cls = NORM_ORDINAL;
	return 1;
}

/* The items of [ordinal] "-<ending>", or of "-<ending> tens" with tens;
 * NULL when none, with *count their number. */
static const struct rule_item *ending_forms(const struct norm *nm,
					    const char *end, size_t n,
					    int tens, size_t *count)
{
	char key[32];

	snprintf(key, sizeof(key), "-%.*s%s", (int)n, end, tens ? " tens" : "");
	return rules_items(nm->ru, "ordinal", key, count);
}

int norm_say_ending(const struct norm *nm, long v, const char *end,
		    size_t elen, struct strbuf *said)
{
	const struct rule_item *it;
	size_t k, count;
	long last, rest;

	if (!elen || elen > 8)
		return 0;
	if (!(it = ending_forms(nm, end, elen, 0, &count))) {
		utf8_char(end, elen, 0, &k);
		if (k < elen)	/* "-ого" as "-го" */
			it = ending_forms(nm, end + k, elen - k, 0, &count);
		if (k < elen && it) {
			end += k;
			elen -= k;
		}
	}
	last = v % 100;
	rest = v - last;
	if (!it || count < 19 || !last)
		return 0;	/* "100-й": no word for it */
	if (last >= 20 && last % 10 == 0) {
		if (!(it = ending_forms(nm, end, elen, 1, &count)) ||
		    count < 8)
			return 0;
		k = (size_t)(last / 10 - 2);
	} else {
		if (last >= 20)
			rest += last - last % 10;
		k = (size_t)(last >= 20 ? last % 10 : last) - 1;
	}
	if (rest)
		strbuf_addf(said, "%ld ", rest);
	strbuf_add(said, it[k].s, it[k].len);
	return 1;
}

/*
 * Russian "2-й этаж", "2-го числа", "на 5-й день": a number, a hyphen
 * and an ordinal's ending, said by [ordinal] "-<ending>" (the ordinals
 * of 1 to 19) and "-<ending> tens" (20 to 90): "второй этаж", "второго
 * числа"; "25-й" is "20 пятый", "120-й" "100 двадцатый" (eSpeak NG says
 * the rest as it is).  An ending not listed is tried without its first
 * letter ("-ого" as "-го").  eSpeak NG alone says "два и краткое этаж".
 */
static int suffixed(const struct norm *nm, const char *s, size_t len,
		    size_t at, struct norm_match *m)
{
	size_t n, e, k;
	long v;

	if ((v = norm_digits(s, len, at, &n)) <= 0 || n > 4 ||
	    at + n + 1 >= len || s[at + n] != '-')
		return 0;
	for (e = at + n + 1; e < len && !norm_word_ends(s, len, e); e += k)
		if (utf8_word_class(utf8_char(s, len, e, &k)) != UTF8_LETTER)
			return 0;
	if (!norm_say_ending(nm, v, s + at + n + 1, e - (at + n + 1), &m->said))
		return 0;
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(e - at < 40 ? e - at
		 : 40), s + at);
	m->to = e;
	m->cls = NORM_ORDINAL;
	return 1;
}

/*
 * Russian "в 2027 году", "до 2027 г.": a year of 4 digits before a noun
 * of [ordinal] "year <noun>", said as the ordinal of the key's ending
 * and the noun ("в 2020 седьмом году"); "year <noun> <word>" where the
 * word before the year is that one ("г." after "в": "-м году"), its
 * words after the ending said for the noun.  A full stop of the noun
 * that also ends the sentence is left to end it.  eSpeak NG alone says
 * the cardinal: "в две тысячи двадцать семь году".
 */
static int year_noun(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct norm_match *m)
{
	const char *v = NULL, *sp;
	char *noun, *before = NULL, *key;
	size_t n, q, w, from, end;
	long y;
	int dot;

	if ((y = norm_digits(s, len, at, &n)) < 1000 || n != 4)
		return 0;
	q = at + n + spaces(s, len, at + n);
	if ((w = norm_word_end(s, len, q)) == q || w - q > 24 ||
	    (q == at + n && (w >= len || s[w] != '.')))
		return 0;	/* "2027года" is one word */
	dot = w < len && s[w] == '.';
	noun = utf8_lower(s + q, w - q);
	end = norm_word_before(s, at, 0, &from);
	if (end > from && end - from <= 24)
		before = utf8_lower(s + from, end - from);
	for (; !v && dot >= 0; dot--) {	/* "г." else "г" */
		if (before) {
			key = xasprintf("year %s%s %s", noun, dot ? "." : "",
					before);
			v = rules_value(nm->ru, "ordinal", key);
			free(key);
		}
		if (!v) {
			key = xasprintf("year %s%s", noun, dot ? "." : "");
			v = rules_value(nm->ru, "ordinal", key);
			free(key);
		}
	}
	dot++;	/* the one found */
	free(before);
	sp = v ? v + strcspn(v, " ") : NULL;
	if (!v || !norm_say_ending(nm, y, v + 1, (size_t)(sp - v - 1),
				   &m->said)) {
		free(noun);
		return 0;
	}
	strbuf_addch(&m->said, ' ');
	if (*sp)
		strbuf_addstr(&m->said, sp + 1);
	else
		strbuf_add(&m->said, s + q, w - q);
	free(noun);
	w += dot && !ends_sentence(s, len, w + 1);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(w - at), s + at);
	m->to = w;
	m->cls = NORM_ORDINAL;
	return 1;
}

/* The word for a dash between two days or dates, the first at s[first]:
 * day_dash, else the range word, and after "between" its "and"
 * ("between 24-26 December"); NULL when the language has none. */
static const char *dash_word(const struct norm *nm, const char *s,
			     size_t first)
{
	const char *to = norm_range_word_at(nm, s, first);
	const char *dash = rules_value(nm->ru, "date", "day_dash");

	return to != norm_range_word(nm) || !dash ? to : dash;
}

/* A dash or a word of [date] day_joins between two days at s[at], the
 * first day's at s[first], with the spaces around it: its bytes, and the
 * word said for it in *word (*wn bytes; for a dash day_dash, else the
 * range word, and after "between" its "and"), *dash whether it was a
 * dash; 0 when none. */
static size_t day_join(const struct norm *nm, const char *s, size_t len,
		       size_t first, size_t at, const char **word, size_t *wn,
		       int *dash)
{
	const char *joins = rules_value(nm->ru, "date", "day_joins");
	size_t p = at + spaces(s, len, at), w;

	*dash = p < len && (s[p] == '-' || (len - p >= 3 &&
					    !memcmp(s + p, "\xe2\x80\x93", 3)));
	if (*dash) {
		if (!(*word = dash_word(nm, s, first)))
			return 0;
		*wn = strlen(*word);
		p += s[p] == '-' ? 1 : 3;
	} else {
		w = norm_word_end(s, len, p);
		if (p == at || w == p || !joins ||
		    rules_find(joins, s + p, w - p, 1) < 0)
			return 0;
		*word = s + p;
		*wn = w - p;
		p = w;
	}
	return p + spaces(s, len, p) - at;
}

/* Whether the word w (n bytes) is one of the [date] after list. */
static int after_word(const struct norm *nm, const char *w, size_t n)
{
	const char *words = rules_value(nm->ru, "date", "after");

	return words && rules_find(words, w, n, 1) >= 0;
}

/*
 * The forms of two days or dates joined by word (wn bytes), *after that
 * of the first: with a dash and no word of the after list before it,
 * day_dash_from is said into said first, and *after is its form; the
 * second's form is returned, the first's with second_day_same, else the
 * one the join asks.
 */
static int join_forms(const struct norm *nm, int dash, const char *word,
		      size_t wn, int *after, struct strbuf *said)
{
	const char *from;

	if (!*after && dash &&
	    (from = rules_value(nm->ru, "date", "day_dash_from"))) {
		*after = after_word(nm, from, strlen(from));
		strbuf_addf(said, "%s ", from);
	}
	return norm_yes(nm, "date", "second_day_same") ? *after :
	       after_word(nm, word, wn);
}

/*
 * Two days of one month: "1-5 December", "vom 1. bis 5. Dezember", "с 1
 * по 5 декабря", "1st and 2nd March", "December 1-5", and with
 * numeric_day_ranges "1-5/12", in a language whose rules list day_joins:
 * in the template of the first day's date ("the {day} of {month}"), the
 * first day, the join and the second day as that template says a day
 * ("the first to the fifth").  The second day is in the form the join
 * asks (after "до" as after "с", after "по" not), or with
 * second_day_same in the first's ("am ersten und zweiten März").  A
 * dash is said as day_dash, with day_dash_from before the first day
 * where no word of the after list is ("Курс с первого по пятое
 * декабря").
 */
static int day_range(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct norm_match *m)
{
	struct date d;
	struct strbuf days = STRBUF_INIT;
	char date[40];
	const char *word;
	size_t p, j, wn, q;
	int v, after, after2, dash;

	if (!rules_value(nm->ru, "date", "day_joins"))
		return 0;
	if ((v = day_at(nm, s, len, at, &p)) > 0) {	/* "1-5 December" */
		if (!(j = day_join(nm, s, len, at, p, &word, &wn, &dash)) ||
		    !day_at(nm, s, len, p + j, &q) ||
		    (!written(nm, s, len, p + j, &d) &&	/* "1-5/12" */
		     !(norm_yes(nm, "date", "numeric_day_ranges") &&
		       numeric(nm, s, len, p + j, AFTER_WEEKDAY, &d))))
			return 0;
	} else if (written(nm, s, len, at, &d) && !d.year &&
		   (j = day_join(nm, s, len, at, d.to, &word, &wn, &dash)) &&
		   (v = d.day, d.day = day_at(nm, s, len, d.to + j, &q)) > 0) {
		if (q + 1 < len && s[q] == '-' && s[q + 1] >= '0' &&
		    s[q + 1] <= '9')
			return 0;	/* "December 1-5-7": a chain */
		p = d.to;	/* "December 1-5", "December 1-5, 2026" */
		d.to = q;
		q += q < len && s[q] == ',';
		q += spaces(s, len, q);
		if ((d.year = year_at(nm, s, len, q, &q)) > 0)
			d.to = q;
	} else {
		return 0;
	}
	if (d.day <= v || !valid(&d))
		return 0;
	after = day_form(nm, s, at);
	after2 = join_forms(nm, dash, word, wn, &after, &m->said);
	say_day(nm, date_template(nm, &d, after), v, after, 0, &days);
	strbuf_addf(&days, " %.*s ", (int)wn, word);
	say_day(nm, date_template(nm, &d, after2), d.day, after2, 1, &days);
	say_date(nm, &d, after, days.buf, m);	/* "the first to the fifth" */
	strbuf_release(&days);
	/* the first day as a number, as a text that writes "del 1 al 5 de
	 * diciembre" has it, and the date: two facts to trcheck */
	date_value(&d, date, sizeof(date));
	snprintf(m->value, sizeof(m->value), "%d %s", v, date);
	m->to = d.to;
	m->cls = NORM_DATE;
	return 1;
}

/*
 * The date d at s[at], said; and where a dash and a second date follow
 * it, in a language that lists day_joins, the dash as the word for a
 * range of days ("vom dreiundzwanzigsten Dezember bis zweiten Januar"
 * for "vom 23.12.–2.1.", where eSpeak NG made the dash a pause).  After
 * a date and a dash, a day and month alone is the second date, as
 * after a weekday: "from 24/12 - 2/1".
 */
static int date_pair(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct date *d, struct norm_match *m)
{
	struct date d2;
	const char *word = NULL;
	char v1[40], v2[40];
	size_t j = norm_joint(s, len, d->to), p = d->to + j, n, q = 0;
	int after = day_form(nm, s, at), after2, abbr;
	int w = j ? weekday_at(nm, s, len, p, &n, &abbr) : 0;

	if (w && (q = after_weekday(s, len, p + n)))	/* "- Fri 7 March" */
		p = q;
	if (!j || !rules_value(nm->ru, "date", "day_joins") ||
	    !date_at(nm, s, len, p, 1, &d2) || !d2.day ||
	    !(word = dash_word(nm, s, at))) {
		say_date(nm, d, after, NULL, m);
		m->to = d->to;
		m->cls = NORM_DATE;
		return 1;
	}
	after2 = join_forms(nm, 1, word, strlen(word), &after, &m->said);
	say_date(nm, d, after, NULL, m);
	strbuf_addf(&m->said, " %s ", word);
	if (q) {
		norm_add_item(&m->said, nm->ru, "date", "weekdays",
			      (size_t)w - 1);
		strbuf_addch(&m->said, ' ');
	}
	say_date(nm, &d2, after2, NULL, m);
	date_value(d, v1, sizeof(v1));	/* two facts to trcheck */
	date_value(&d2, v2, sizeof(v2));
	snprintf(m->value, sizeof(m->value), "%s %s", v1, v2);
	m->to = d2.to;
	m->cls = NORM_DATE;
	return 1;
}

/* Whether a sign of a number or a short word with its dot is before
 * s[at], past spaces: "n° 4/2002", "№ 12/2026", "# 3/2026", "Az.
 * 04/2021", "n.º 3/2018", or a word of md_not_after with its dot
 * ("Beschl. 3/2018"); not another word of six letters or more with
 * its dot, which ends a sentence: "Revised. 01/2027". */
static int numbered(const struct norm *nm, const char *s, size_t at)
{
	static const char *const signs[] = { "\xc2\xb0", "\xe2\x84\x96", "#",
					     ".", "\xc2\xba" };	/* ° № # . º */
	const char *words = rules_value(nm->ru, "date", "md_not_after");
	size_t i, n, from, end;

	while (at > 0 && s[at - 1] == ' ')
		at--;
	for (i = 0; i < sizeof(signs) / sizeof(*signs); i++) {
		n = strlen(signs[i]);
		if (at < n || memcmp(s + at - n, signs[i], n))
			continue;
		if (*signs[i] != '.')
			return 1;
		end = norm_word_before(s, at - 1, 0, &from);
		return utf8_len(s + from, end - from) < 6 ||	/* "Núm." */
		       (words && rules_find(words, s + from, end - from,
					    1) >= 0);
	}
	return 0;
}

/*
 * A month and a year with no day, where the rules have format_my:
 * "01/2027", "3/2026", "03.2026" (a dot after two digits where a
 * decimal has a comma, or after a leading zero), "Jan 2027", "janv.
 * 2026", "en marzo de 2026", "в марте 2026 г.".  Not "1/2000" nor
 * "3/2000", which may be one or three in two thousand, nor a part of a
 * longer number, date or word ("Q3/2027"), nor a number after a word
 * of md_not_after (a law, a room) or a sign of a number.  A month
 * written as a word is said as written ("в марте" keeps its case); a
 * short form or a number is said as months_my lists it, or months;
 * after a word of the after list with format_my_after (Vietnamese
 * "tháng 9/2026": "tháng" is not said twice).
 */
static int month_year(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct norm_match *m)
{
	struct date d;
	size_t n, k, p, digits = 0;	/* the month's, when a number */
	long v;
	int abbr;

	if (!rules_value(nm->ru, "date", "format_my") ||
	    (at > 0 && strchr("/.-,:", s[at - 1]) && at > 1 &&
	     s[at - 2] >= '0' && s[at - 2] <= '9') ||
	    (at > 0 && utf8_is_word(utf8_char(s, len, utf8_prev(s, at), &n))))
		return 0;	/* "Q3/2027": a quarter */
	memset(&d, 0, sizeof(d));
	if ((v = norm_digits(s, len, at, &n)) >= 1 && v <= 12 && n <= 2) {
		char sep = at + n < len ? s[at + n] : 0;
		if ((!(sep == '/' && (n == 2 || v >= 2)) &&
		     !(sep == '.' && n == 2 && (s[at] == '0' ||
						norm_decimal_mark(nm) == ','))) ||
		    listed_before(nm, s, at, "md_not_after") ||
		    numbered(nm, s, at))
			return 0;	/* "Ley Orgánica 3/2018": a law */
		p = at + n + 1;
		d.month = (int)v;
		digits = n;
	} else if ((d.month = month_at(nm, s, len, at, &n, &abbr)) > 0) {
		if (!abbr)
			d.month_as = s + at, d.month_n = n;
		p = at + n + spaces(s, len, at + n);
		p += skip_word(nm, "join", s, len, p);
	} else {
		return 0;
	}
	if ((d.year = year_at(nm, s, len, p, &d.to)) < 1900 ||
	    d.year > 2099 || (d.to + 1 < len && strchr("/.-", s[d.to]) &&
			      norm_digits(s, len, d.to + 1, &k) >= 0) ||
	    (digits == 1 && d.year % 100 == 0))
		return 0;	/* "3/2000": three in two thousand */
	say_date(nm, &d, day_form(nm, s, at), NULL, m);
	m->to = d.to;
	m->cls = NORM_DATE;
	return 1;
}

/* Whether a date may begin at s[at]: every form begins with a number or
 * a month's or weekday's name, which item_at finds by its characters
 * lowercased one by one (see struct rules). */
static int may_begin(const struct norm *nm, const char *s, size_t len,
		     size_t at)
{
	const struct rules *r = nm->ru;
	size_t n;
	long c, c2;

	if (!r || norm_digits(s, len, at, &n) >= 0 ||
	    (c = utf8_fold_first(s + at, len - at)) < 0 ||
	    r->date_firsts[(c & 255) / 8] >> (c & 255) % 8 & 1)
		return 1;
	utf8_char(s, len, at, &n);
	if (at + n >= len)
		return 0;	/* one character: no word of two */
	c2 = utf8_fold_first(s + at + n, len - at - n);
	return c2 < 0 ||
	       r->date_pairs[rules_date_pair(c, c2) / 8] >>
	       rules_date_pair(c, c2) % 8 & 1;
}

int norm_date_at(const struct norm *nm, const char *s, size_t len, size_t at,
		 struct norm_match *m)
{
	struct date d;

	if (!may_begin(nm, s, len, at))
		return 0;

	if (!rules_value(nm->ru, "date", "months") &&
	    !rules_value(nm->ru, "date", "markers"))
		return ordinal(nm, s, len, at, m) ||
		       suffixed(nm, s, len, at, m) ||
		       year_noun(nm, s, len, at, m);
	if (day_range(nm, s, len, at, m))
		return 1;
	if (!date_at(nm, s, len, at, 0, &d))
		return month_year(nm, s, len, at, m) ||
		       weekday(nm, s, len, at, m) ||
		       ordinal(nm, s, len, at, m) ||
		       suffixed(nm, s, len, at, m) ||
		       year_noun(nm, s, len, at, m);
	if (d.day)
		return date_pair(nm, s, len, at, &d, m);
	say_marked(nm, &d, m);
	m->to = d.to;
	m->cls = NORM_DATE;
	return 1;
}
