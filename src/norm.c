/*
 * norm: names, telephone and emergency numbers, addresses, acronyms and
 * symbols, each said as the language's rules say it.  (Dates, weekdays
 * and ordinals are in normdate.c, money in normmoney.c, units in
 * normunit.c.)
 */
#include "norm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"
#include "xalloc.h"

void norm_match_release(struct norm_match *m)
{
	strbuf_release(&m->said);
	m->cls = NULL;
}

static void reset(struct norm_match *m, size_t at)
{
	strbuf_reset(&m->said);
	m->from = m->to = at;
	m->cls = NULL;
	m->value[0] = '\0';
	m->voice = NULL;
	m->file = NULL;
	m->line = 0;
}

static int is_word_at(const char *s, size_t len, size_t at)
{
	size_t n;

	return at < len && utf8_is_word(utf8_char(s, len, at, &n));
}

int norm_word_ends(const char *s, size_t len, size_t at)
{
	size_t n;

	if (!is_word_at(s, len, at))
		return 1;
	/* "120或110", "1-2片": a script written without spaces begins a
	 * word after a digit or a Latin letter */
	return at && utf8_word_class(utf8_char(s, len, at, &n)) ==
		     UTF8_UNSPACED &&
	       utf8_word_class(utf8_char(s, len, utf8_prev(s, at), &n)) !=
		     UTF8_UNSPACED;
}

/* Whether a word begins at s[at]: nothing of a word before it, or a
 * letter of a script written without spaces ("病房N°5"). */
static int word_starts(const char *s, size_t len, size_t at)
{
	size_t n;

	return !at || !is_word_at(s, len, utf8_prev(s, at)) ||
	       utf8_word_class(utf8_char(s, len, utf8_prev(s, at), &n)) ==
		       UTF8_UNSPACED;
}

size_t norm_word_end(const char *s, size_t len, size_t at)
{
	size_t n;

	while (at < len && !norm_word_ends(s, len, at))
		at += (utf8_char(s, len, at, &n), n);
	return at;
}

char norm_decimal_mark(const struct norm *nm)
{
	const char *mark = nm->ru ? rules_value(nm->ru, "digits", "decimal")
			   : NULL;

	return mark ? *mark : '.';
}

int norm_capital_nouns(const struct norm *nm)
{
	const char *v = nm && nm->ru ? rules_value(nm->ru, "letters",
						    "capital_nouns") : NULL;

	return v && !strcmp(v, "yes");
}

int norm_starts_sentence(const struct norm *nm, const char *s, size_t len,
			 size_t at)
{
	const char *words = nm && nm->ru ? rules_value(nm->ru, "letters",
							"sentence_starts")
			    : NULL;
	size_t end = norm_word_end(s, len, at);

	return words && end > at && rules_find(words, s + at, end - at, 0) >= 0;
}

long norm_digits(const char *s, size_t len, size_t at, size_t *n)
{
	size_t p = at, k;
	long v = 0;
	int d, any = 0;

	while (p < len && (d = utf8_digit(s, len, p, &k)) >= 0) {
		if (v < 100000000)
			v = v * 10 + d;
		p += k;
		any = 1;
	}
	*n = p - at;
	return any ? v : -1;
}

size_t norm_number(const char *s, size_t len, size_t at)
{
	size_t n, m;

	if (norm_digits(s, len, at, &n) < 0)
		return 0;
	if (at + n + 1 < len && (s[at + n] == '.' || s[at + n] == ',') &&
	    norm_digits(s, len, at + n + 1, &m) >= 0)
		n += 1 + m;
	return n;
}

size_t norm_gap(const char *s, size_t len, size_t at)
{
	if (at < len && s[at] == ' ')
		return 1;
	if (len - at >= 2 && !memcmp(s + at, "\xc2\xa0", 2))
		return 2;
	if (len - at >= 3 && !memcmp(s + at, "\xe2\x80\xaf", 3))
		return 3;
	return 0;
}

size_t norm_group_mark(const char *s, size_t len, size_t p, char mark)
{
	size_t g;

	if (p < len && (s[p] == ',' || s[p] == '.'))
		return s[p] != mark;
	g = norm_gap(s, len, p);
	return g == 1 && mark != ',' ? 0 : g;
}

size_t norm_plural_form(const struct norm *nm, unsigned long long n)
{
	const char *plural = rules_value(nm->ru, "currency", "plural");
	unsigned long long d = n % 10, h = n % 100;

	if (!plural || !strcmp(plural, "one"))
		return n != 1;
	if (!strcmp(plural, "zero-one"))
		return n > 1;
	if (!strcmp(plural, "slavic"))
		return d == 1 && h != 11 ? 0 : d >= 2 && d <= 4 &&
		       (h < 12 || h > 14) ? 1 : 2;
	if (!strcmp(plural, "arabic"))
		return n <= 2 ? (size_t)n : h >= 3 && h <= 10 ? 3
		       : h >= 11 ? 4 : 5;
	return 0;
}

size_t norm_decimal_form(const struct norm *nm, unsigned long long i)
{
	const char *plural = rules_value(nm->ru, "currency", "plural");

	if (!plural || !strcmp(plural, "one") || !strcmp(plural, "slavic"))
		return 1;
	if (!strcmp(plural, "zero-one"))
		return i > 1;
	return !strcmp(plural, "arabic") ? 5 : 0;
}

size_t norm_word_before(const char *s, size_t at, int commas, size_t *from)
{
	size_t end = at;

	while (end > 0 && (s[end - 1] == ' ' || (commas && s[end - 1] == ',')))
		end--;
	*from = end;
	while (*from > 0 && !norm_word_ends(s, end, utf8_prev(s, *from)))
		*from = utf8_prev(s, *from);
	return end;
}

int norm_after_word(const char *s, size_t at, const char *words)
{
	size_t from, end = norm_word_before(s, at, 1, &from);

	return end > from && rules_find(words, s + from, end - from, 1) >= 0;
}

int norm_yes(const struct norm *nm, const char *section, const char *key)
{
	const char *v = rules_value(nm->ru, section, key);

	return v && !strcmp(v, "yes");
}

int norm_add_item(struct strbuf *said, const struct rules *ru,
		  const char *section, const char *key, size_t i)
{
	size_t count;
	const struct rule_item *it = rules_items(ru, section, key, &count);

	if (i >= count || !it[i].len)
		return 0;
	strbuf_add(said, it[i].s, it[i].len);
	return 1;
}

/* Space between words already said and the next. */
static void sep(struct strbuf *said)
{
	if (said->len && said->buf[said->len - 1] != ' ')
		strbuf_addch(said, ' ');
}

/* Whether the text said ends with a character of a script written
 * without spaces (二零二六: no space between its digits). */
static int unspaced_end(const struct strbuf *said)
{
	size_t k;

	return said->len && utf8_word_class(utf8_char(
		said->buf, said->len, utf8_prev(said->buf, said->len), &k)) ==
		UTF8_UNSPACED;
}

void norm_add_digits(struct strbuf *said, const struct norm *nm,
		     const char *s, size_t len, int phone)
{
	size_t at = 0, k;
	int d;

	while (at < len) {
		if ((d = utf8_digit(s, len, at, &k)) < 0) {
			at += k;
			continue;
		}
		if (!unspaced_end(said))
			sep(said);
		if (!(phone && norm_add_item(said, nm->ru, "digits", "phone",
					     (size_t)d)) &&
		    !norm_add_item(said, nm->ru, "digits", "words", (size_t)d))
			strbuf_addch(said, (char)('0' + d));
		at += k;
	}
}

/* A name of guide.conf's [names]: as written, at a word's start. */
static int name(const struct norm *nm, const char *s, size_t len, size_t at,
		struct norm_match *m)
{
	const struct norm_name *best = NULL;
	size_t i, blen = 0;

	for (i = 0; i < nm->nnames; i++) {
		const struct norm_name *nn = &nm->names[i];
		size_t n = strlen(nn->written);
		if (n <= blen || n > len - at || memcmp(s + at, nn->written, n))
			continue;
		if (is_word_at(s, len, at + n) && is_word_at(nn->written, n,
							      utf8_prev(nn->written, n)))
			continue;	/* "NHS" in "NHSmail" */
		best = nn;
		blen = n;
	}
	if (!best)
		return 0;
	strbuf_addstr(&m->said, best->said && *best->said ? best->said
		      : best->written);
	m->to = at + blen;
	m->cls = NORM_NAME;
	m->voice = nm->name_voice;
	m->file = nm->names_file;
	m->line = best->line;
	snprintf(m->value, sizeof(m->value), "%s", best->written);
	return 1;
}

/* A separator inside a telephone number, at s[at]: its length, or 0. */
static size_t phone_sep(const char *s, size_t len, size_t at, int *hyphen)
{
	static const char *const seps[] = { " ", "-", ".", "/",
					    "\xc2\xa0", "\xe2\x80\xaf", NULL };
	size_t i, n;

	for (i = 0; seps[i]; i++) {
		n = strlen(seps[i]);
		if (n <= len - at && !memcmp(s + at, seps[i], n)) {
			*hyphen |= s[at] == '-';
			return n;
		}
	}
	return 0;
}

/* The shape of a number written in groups. */
struct groups {
	size_t end, digits, n, first, last;	/* bytes; counts; lengths */
	int plus, paren, hyphen, lead0, three;	/* three: every group after
						 * the first has 3 digits */
};

static void scan_groups(const char *s, size_t len, size_t at,
			struct groups *g)
{
	size_t p = at, k, sn;

	memset(g, 0, sizeof(*g));
	g->three = 1;
	if (p < len && s[p] == '+')
		g->plus = 1, p++;
	for (;;) {
		size_t q = p;
		int open = q < len && s[q] == '(';
		q += open;
		if (norm_digits(s, len, q, &k) < 0)
			break;
		/* "(020)", "(0)20": a bracket closes its group; "7188 (24
		 * hours)" ends before the bracket, which is no part of it */
		if (open && (q + k >= len || s[q + k] != ')'))
			break;
		g->paren |= open;
		if (!g->n) {
			g->first = k;
			g->lead0 = utf8_digit(s, len, q, &sn) == 0;
		} else if (k != 3) {
			g->three = 0;
		}
		g->last = k;
		g->digits += k;	/* bytes: ASCII or not, one digit each */
		g->n++;
		q += k + open;
		g->end = p = q;
		if (open && utf8_digit(s, len, p, &sn) >= 0)
			continue;	/* "+44 (0)20 7946 0958" */
		if (!(sn = phone_sep(s, len, p, &g->hyphen)))
			break;
		if (s[p] == '/' && !g->lead0)	/* 030/1234567, not 3/4 */
			break;
		if (p + sn < len && (s[p + sn] == '(' ||
				     utf8_digit(s, len, p + sn, &k) >= 0))
			p += sn;
		else
			break;
	}
}

/*
 * A group of two digits, where the language says them as one number
 * (French "vingt-trois"; "zéro un"): said, *n its bytes; 0 otherwise.
 */
static int pair(const struct norm *nm, struct strbuf *said, const char *s,
		size_t len, size_t at, size_t *n)
{
	size_t k;
	int d1, d2;

	if (!norm_yes(nm, "digits", "pairs") ||
	    (at && utf8_digit(s, len, utf8_prev(s, at), &k) >= 0))
		return 0;
	if ((d1 = utf8_digit(s, len, at, &k)) < 0 || k != 1 ||
	    (d2 = utf8_digit(s, len, at + 1, &k)) < 0 || k != 1 ||
	    utf8_digit(s, len, at + 2, &k) >= 0)
		return 0;
	sep(said);
	if (d1 == 0) {
		norm_add_digits(said, nm, s + at, 2, 1);
	} else {
		strbuf_addch(said, s[at]);
		strbuf_addch(said, s[at + 1]);
	}
	*n = 2;
	return 1;
}

/* Whether s[at] starts two years, the second no earlier: 1980-1986. */
static int years(const char *s, size_t len, size_t at)
{
	size_t n, m;
	long a = norm_digits(s, len, at, &n), b;

	b = norm_digits(s, len, at + n + 1, &m);
	return a >= 1000 && a <= 2199 && b >= a && b <= 2199;
}

/* A time of day of four digits at s[at], its minutes in fives: 0830. */
static int hhmm(const char *s, size_t len, size_t at)
{
	size_t n;
	long t = norm_digits(s, len, at, &n);

	return n == 4 && t >= 0 && (t / 100 <= 23 || t == 2400) &&
	       t % 100 <= 55 && t % 5 == 0;
}

/*
 * Whether s[at] starts two times of day, one written with its 0, where
 * the language's lexicon says them ([digits] hhmm): opening hours,
 * 0900-1700 or 2200-0600, not a telephone number.
 */
static int hours(const struct norm *nm, const char *s, size_t len,
		 size_t at)
{
	return norm_yes(nm, "digits", "hhmm") && hhmm(s, len, at) &&
	       hhmm(s, len, at + 5) && (s[at] == '0' || s[at + 5] == '0');
}

/* A time of day with a dot at s[*p], its minutes in fives ("8.30",
 * "16.00"): *p moved past it, its hour returned; -1 when none. */
static long dotted_time(const char *s, size_t len, size_t *p)
{
	size_t n, m;
	long h = norm_digits(s, len, *p, &n), mm;

	if (h < 0 || h > 24 || n > 2 || *p + n >= len || s[*p + n] != '.' ||
	    (mm = norm_digits(s, len, *p + n + 1, &m)) < 0 || m != 2 ||
	    mm > 55 || mm % 5)
		return -1;
	*p += n + 1 + m;
	return h;
}

/* An amount grouped in threes with dots or commas at s[*p] ("1.000",
 * "12,500,000"): *p moved past it; 0 when none. */
static int grouped(const char *s, size_t len, size_t *p)
{
	size_t n, q = *p, groups = 0;
	char sep;

	if (norm_digits(s, len, q, &n) < 0 || n > 3 || q + n >= len ||
	    !strchr(".,", s[q + n]))
		return 0;
	sep = s[q + n];
	q += n;
	while (q + 1 < len && s[q] == sep &&
	       norm_digits(s, len, q + 1, &n) >= 0 && n == 3)
		q += 1 + n, groups++;
	if (!groups)
		return 0;
	*p = q;
	return 1;
}

/* Whether s[at] to end is two amounts grouped in threes and a hyphen,
 * "1.000-2.000": a range, not a telephone number. */
static int grouped_range(const char *s, size_t len, size_t at, size_t end)
{
	size_t p = at;

	return grouped(s, len, &p) && p < len && s[p] == '-' &&
	       (p++, grouped(s, len, &p)) && p == end;
}

/* Whether s[at] to end is two times of day with dots and a hyphen,
 * "8.00-16.00", "9.30-17.30": opening hours, not a telephone number. */
static int dotted_hours(const char *s, size_t len, size_t at, size_t end)
{
	size_t p = at;

	return dotted_time(s, len, &p) >= 0 && p < len && s[p] == '-' &&
	       (p++, dotted_time(s, len, &p) >= 0) && p == end;
}

/* An amount written in groups of three with spaces: its digits whole. */
static int amount(const char *s, size_t len, size_t at,
		  const struct groups *g, struct norm_match *m)
{
	size_t i, k;

	if (memchr(s + at, '.', g->end - at) || memchr(s + at, '/', g->end - at))
		return 0;	/* 1.000.000: eSpeak NG reads it well */
	for (i = at; i < g->end; i += k)
		if (utf8_digit(s, len, i, &k) >= 0)
			strbuf_add(&m->said, s + i, k);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)m->said.len,
		 m->said.buf);
	m->to = g->end;
	m->cls = NORM_NUMBER;
	return 1;
}

int norm_item_ends(const struct rule_item *it, size_t count, const char *s,
		   size_t p)
{
	size_t i, k, n;

	for (i = 0; i < count; i++) {
		if (!(n = it[i].len) || n > p ||
		    !utf8_same_folded(it[i].s, s + p - n, n))
			continue;
		if (p == n ||
		    utf8_word_class(utf8_char(it[i].s, n, 0, &k)) ==
		    UTF8_UNSPACED ||
		    !utf8_is_word(utf8_char(s, p - n, utf8_prev(s, p - n),
					    &k)))
			return 1;
	}
	return 0;
}

/* Whether a word of a [digits] list (phone_words, extension_words)
 * ends before s[at], past spaces, colons and a dot ("Tel.: ", "هاتف: ",
 * "电话：", "доб. "). */
static int phone_word_before(const struct norm *nm, const char *s,
			     size_t at, const char *key)
{
	size_t count, p = at, k;
	const struct rule_item *it = rules_items(nm->ru, "digits", key,
						 &count);

	while (p > 0) {
		size_t q = utf8_prev(s, p);
		unsigned c = utf8_char(s, p, q, &k);
		if (!utf8_is_space(c) && c != ':' && c != '.' && c != 0xff1a)
			break;
		p = q;
	}
	return norm_item_ends(it, count, s, p);
}

static int telephone(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct norm_match *m)
{
	struct groups g;
	size_t i, v = 0, k;
	const char *group = rules_value(nm->ru, "digits", "group");
	int d;

	scan_groups(s, len, at, &g);
	if (!g.n || !norm_word_ends(s, len, g.end))
		return 0;
	/* 1 000 000 and 1.000.000 are amounts; written with spaces, they are
	 * given to eSpeak NG whole ("1000"), which reads them as one; but
	 * where phones_in_threes says so, nine digits in three groups of
	 * three are a telephone number (Spain's 912 345 678) */
	if (g.n >= 2 && g.three && g.first <= 3 && !g.lead0 && !g.plus &&
	    !g.paren && !g.hyphen &&
	    !(g.n == 3 && g.first == 3 &&
	      norm_yes(nm, "digits", "phones_in_threes")))
		return amount(s, len, at, &g, m);
	/* one run of digits after "Tel:", "هاتف:", "电话：" too: Saudi
	 * 920012345, China's 12320, which eSpeak NG read as amounts; an
	 * extension of 2 to 6 digits after "poste", "доб.", "转" */
	if (!(g.digits >= 7 && g.n >= 2) &&
	    !(g.digits >= 9 && (g.plus || g.lead0)) &&
	    !(g.digits >= 5 && phone_word_before(nm, s, at, "phone_words")) &&
	    !(g.n == 1 && g.digits >= 2 && g.digits <= 6 && !g.plus &&
	      phone_word_before(nm, s, at, "extension_words")))
		return 0;
	/* 1980-1986: a range of years; 0900-1700, 8.00-16.00: opening
	 * hours */
	if (g.n == 2 && g.first == 4 && g.last == 4 && g.hyphen && !g.plus &&
	    (years(s, len, at) ||
	     (!g.paren && s[at + 4] == '-' && hours(nm, s, len, at))))
		return 0;
	if (g.hyphen && (dotted_hours(s, len, at, g.end) ||
			 grouped_range(s, len, at, g.end)))
		return 0;
	if (g.plus) {
		const char *plus = rules_value(nm->ru, "digits", "plus");
		strbuf_addstr(&m->said, plus ? plus : "+");
		m->value[v++] = '+';
	}
	for (i = at; i < g.end; i += k) {
		size_t dn;
		if ((d = utf8_digit(s, len, i, &k)) < 0) {
			if (m->said.len && m->said.buf[m->said.len - 1] != ' ' &&
			    i > at && s[i - 1] != '(' && s[i] != ')' &&
			    s[i] != '(')
				strbuf_addf(&m->said, "%s ", group ? group
					    : ",");
			continue;
		}
		if (v + 1 < sizeof(m->value))
			m->value[v++] = (char)('0' + d);
		if (pair(nm, &m->said, s, len, i, &dn)) {
			if (v + 1 < sizeof(m->value))
				m->value[v++] = s[i + dn - 1];
			k = dn;
			continue;
		}
		norm_add_digits(&m->said, nm, s + i, k, 1);
	}
	m->value[v] = '\0';
	m->to = g.end;
	m->cls = NORM_TELEPHONE;
	return 1;
}

/* One dose of a schedule at s[at]: a number of one or two digits
 * (*two set for two), or a fraction written as one character (½); its
 * bytes, said into said.  0 when none. */
static size_t dose_at(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct strbuf *said, int *two)
{
	const struct rule *r;
	char key[24];
	size_t n, k, k3;
	int d = utf8_digit(s, len, at, &n), num, den, d2;

	if (d >= 0) {
		if (at + n < len && (d2 = utf8_digit(s, len, at + n, &k)) >= 0) {
			if (!d || (at + n + k < len &&
				   utf8_digit(s, len, at + n + k, &k3) >= 0))
				return 0;	/* "05", "100" */
			*two = 1;
			strbuf_addf(said, "%d", d * 10 + d2);
			return n + k;
		}
		strbuf_addf(said, "%d", d);
		return n;
	}
	if (!utf8_fraction(s, len, at, &n, &num, &den))
		return 0;
	snprintf(key, sizeof(key), "%d/%d", num, den);
	if ((r = rules_get(nm->ru, "fraction", key)))
		strbuf_addstr(said, r->value);
	else
		strbuf_add(said, s + at, n);	/* as written */
	return n;
}

/*
 * A dosing schedule: "1-0-1", "1-1-1-1", "½-0-½", "10-0-8", the doses of
 * the morning, midday, evening (and night), as German and French
 * prescriptions write them; doses of two digits (insulin's units) only
 * with a 0 among them, as no date has ("10-12-25" is one).  Said one by
 * one ("1, 0, 1"): as a range "1-0" would be "1 to 0", and the rest
 * lost.  A unit after it is said by its name ("1-0-1 Tbl.": "1, 0, 1
 * Tabletten"), not read as letters.
 */
static int schedule(const struct norm *nm, const char *s, size_t len,
		    size_t at, struct norm_match *m)
{
	struct strbuf said = STRBUF_INIT;
	size_t p = at, n, j, count = 0, unit;
	int two = 0, zero = 0;

	if (at && (s[at - 1] == '-' || s[at - 1] == '/' ||
		   utf8_digit(s, len, utf8_prev(s, at), &n) >= 0))
		return 0;
	while ((n = dose_at(nm, s, len, p, &said, &two))) {
		zero |= n == 1 && s[p] == '0';
		p += n;
		count++;
		j = p < len && s[p] == '-' ? 1 : len - p >= 3 &&
		    !memcmp(s + p, "\xe2\x80\x93", 3) ? 3 : 0;
		if (!j || count == 4)
			break;
		strbuf_addstr(&said, ", ");
		p += j;
	}
	if (count < 3 || !n || (two && !zero) || !norm_word_ends(s, len, p) ||
	    (p < len && (s[p] == '-' || s[p] == '/'))) {
		strbuf_release(&said);
		return 0;
	}
	if ((unit = norm_unit_name(nm, s, len, p, &said)))
		p = unit;
	strbuf_add(&m->said, said.buf, said.len);
	strbuf_release(&said);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(p - at < 40 ? p - at
		 : 40), s + at);
	m->to = p;
	m->cls = NORM_SCHEDULE;
	return 1;
}

/* An emergency or helpline number of [emergency], standing alone. */
static int emergency(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct norm_match *m)
{
	char digits[16];
	size_t p = at, k, nd = 0, end = 0;
	const struct rule *best = NULL;
	int d;

	while (p < len && nd + 1 < sizeof(digits)) {
		size_t q = p;
		while (q < len && (d = utf8_digit(s, len, q, &k)) >= 0 &&
		       nd + 1 < sizeof(digits)) {
			digits[nd++] = (char)('0' + d);
			q += k;
		}
		if (q == p)
			break;
		digits[nd] = '\0';
		/* not "112.5", "112,5", nor "120/80" (blood pressure, where
		 * 120 is China's ambulance), "112:30", "999-1000" */
		if (norm_word_ends(s, len, q) &&
		    !(q < len && strchr(".,/:-", s[q]) &&
		      utf8_digit(s, len, q + 1, &k) >= 0)) {
			const struct rule *r = rules_get(nm->ru, "emergency",
							 digits);
			if (r)
				best = r, end = q;
		}
		if (q >= len || s[q] != ' ' || utf8_digit(s, len, q + 1, &k) < 0)
			break;
		p = q + 1;	/* "116 117" */
	}
	if (!best)
		return 0;
	if (*best->value)
		strbuf_addstr(&m->said, best->value);
	else
		norm_add_digits(&m->said, nm, s + at, end - at, 1);
	snprintf(m->value, sizeof(m->value), "%s", best->key);
	m->file = best->file;
	m->line = best->line;
	m->to = end;
	m->cls = NORM_EMERGENCY;
	return 1;
}

/* Spell letters with the language's names for them (upper-cased). */
static void spell(const struct norm *nm, struct strbuf *said, const char *w,
		  size_t n)
{
	size_t at = 0, k;

	while (at < n) {
		unsigned c = utf8_char(w, n, at, &k);
		char key[8];
		const char *v;
		if (c == '&' && (v = rules_value(nm->ru, "symbols", "&"))) {
			sep(said);
			strbuf_addstr(said, v);
		} else if (utf8_is_word(c)) {
			char *u = utf8_upper(w + at, k);
			snprintf(key, sizeof(key), "%s", u);
			free(u);
			sep(said);
			v = rules_value(nm->ru, "letters", key);
			strbuf_addstr(said, v ? v : key);
		}
		at += k;
	}
}

/* The bytes of an apostrophe (' or ’) at s[p], or 0. */
static size_t apostrophe_at(const char *s, size_t len, size_t p)
{
	if (p < len && s[p] == '\'')
		return 1;
	return p < len && len - p >= 3 && !memcmp(s + p, "\xe2\x80\x99", 3) ?
	       3 : 0;
}

/* An acronym: capital letters, maybe with dots (N.H.S.) or an "&". */
static int acronym(const struct norm *nm, const char *s, size_t len,
		   size_t at, struct norm_match *m)
{
	struct strbuf word = STRBUF_INIT;
	size_t p = at, k, letters = 0, ap;
	int marks = 0, ret = 0;
	char *low;

	while (p < len) {
		unsigned c = utf8_char(s, len, p, &k);
		if (utf8_is_upper(c)) {
			strbuf_add(&word, s + p, k);
			letters++;
		} else if ((c == '.' && letters && is_word_at(s, len, p + 1)) ||
			   (c == '.' && letters && word.len && marks) ||
			   (c == '&' && letters && p + 1 < len &&
			    utf8_is_upper(utf8_char(s, len, p + 1, &k)))) {
			marks = 1;
			if (c == '&')
				strbuf_addch(&word, '&');
			k = 1;
		} else {
			break;
		}
		p += k;
	}
	if (marks && s[p - 1] == '.')
		p--;	/* "N.H.S." ending a sentence: its full stop stays */
	if (letters < 2 || (p < len && (utf8_word_class(utf8_char(s, len, p,
								     &k)) ==
					 UTF8_LETTER || utf8_word_class(
					 utf8_char(s, len, p, &k)) ==
					 UTF8_DIGIT)))
		goto done;	/* "PET检查" is an acronym; "PETs" is not */
	if (p + 1 < len && (ap = apostrophe_at(s, len, p)) &&
	    is_word_at(s, len, p + ap))
		goto done;	/* "DON'T": a word in capitals */
	low = utf8_lower(word.buf, word.len);
	if (rules_find(rules_value(nm->ru, "letters", "words"), word.buf,
		       word.len, 1) >= 0) {
		strbuf_addstr(&m->said, low);	/* said as a word */
	} else if ((rules_find(rules_value(nm->ru, "letters", "spell"),
			       word.buf, word.len, 1) >= 0 &&
		    !(nm->shouting && nm->known && nm->known(nm->user, low))) ||
		   marks ||
		   (!nm->shouting && letters <= 5 &&
		    !(nm->known && nm->known(nm->user, low)))) {
		size_t first = m->said.len;
		spell(nm, &m->said, word.buf, word.len);
		/* after an apostrophe, a first letter said by its own
		 * capital is given in small: eSpeak NG reads French
		 * "L'I R M" as "L apostrophe I R M" */
		if (((at >= 1 && apostrophe_at(s, len, at - 1) == 1) ||
		     (at >= 3 && apostrophe_at(s, len, at - 3) == 3)) &&
		    m->said.len > first &&
		    m->said.buf[first] >= 'A' && m->said.buf[first] <= 'Z' &&
		    (m->said.len == first + 1 ||
		     m->said.buf[first + 1] == ' '))
			m->said.buf[first] += 'a' - 'A';
	} else {
		free(low);
		goto done;
	}
	free(low);
	snprintf(m->value, sizeof(m->value), "%s", word.buf);
	m->to = p;
	m->cls = NORM_ACRONYM;
	ret = 1;
done:
	strbuf_release(&word);
	return ret;
}

/* A rule's value into said, each {n} as the number n[0..nlen) (n NULL:
 * {n} kept as written). */
void norm_add_template(struct strbuf *said, const char *value,
		       const char *n, size_t nlen)
{
	for (; *value; value++) {
		if (n && !strncmp(value, "{n}", 3)) {
			strbuf_add(said, n, nlen);
			value += 2;
		} else {
			strbuf_addch(said, *value);
		}
	}
}

/*
 * A template of [symbols] into said for the number n[0..nlen): where it
 * lists a form for each form of [currency] plural, the last with its
 * {n} ("{n} раз, {n} раза, {n} раз"; Arabic's "one" and "two" have no
 * number, as its currencies), the number's form ("5x" "5 раз", "1x" "1
 * time", "1,5x" "1,5 раза"); else the template.
 */
static void add_counted(const struct norm *nm, struct strbuf *said,
			const struct rule *r, const char *n, size_t nlen)
{
	size_t count, i, k;
	const struct rule_item *it = rules_items(nm->ru, "symbols", r->key,
						 &count);
	long v;

	if (!n || count < 2 || count != rules_plural_forms(nm->ru) ||
	    !strstr(it[count - 1].s, "{n}")) {
		norm_add_template(said, r->value, n, nlen);
		return;
	}
	v = norm_digits(n, nlen, 0, &k);
	if (v < 0)
		i = count - 1;
	else if (k == nlen)
		i = norm_plural_form(nm, (unsigned long long)v);
	else	/* "1,5x" "1,5 раза", "1.5 times" */
		i = norm_decimal_form(nm, (unsigned long long)v);
	norm_add_template(said, it[i < count ? i : count - 1].s, n, nlen);
}

/*
 * N/D at s[at], written with digits and no leading zero, or as one
 * character (½, ¾), standing alone: not inside a longer number
 * ("1/2/2026", "1/2.5") nor a range's end ("1/2-1").  Its end, or 0; its
 * key ("1/2") into key.
 */
static size_t fraction_at(const struct norm *nm, const char *s, size_t len,
			  size_t at, char *key, size_t keysz)
{
	size_t a, b, end, k;
	long num = norm_digits(s, len, at, &a), den;
	int after, n1, d1;

	if (utf8_fraction(s, len, at, &k, &n1, &d1)) {
		num = n1, den = d1;
		end = at + k;
	} else {
		if (num <= 0 || s[at] == '0' || at + a >= len ||
		    s[at + a] != '/')
			return 0;
		den = norm_digits(s, len, at + a + 1, &b);
		if (den <= 0 || s[at + a + 1] == '0')
			return 0;
		end = at + a + 1 + b;
	}
	after = end < len ? utf8_word_class(utf8_char(s, len, end, &k))
		: UTF8_NONWORD;
	if ((after != UTF8_NONWORD && after != UTF8_UNSPACED) ||
	    /* "1/2片" ends at 片, "1/2b" does not */
	    (end + 1 < len && strchr("/.,:", s[end]) &&
	     utf8_digit(s, len, end + 1, &k) >= 0) ||
	    (norm_range_joint(nm, s, len, end) && !norm_range_word(nm)))
		return 0;	/* "1/2-1" is a range only with a word for it */
	snprintf(key, keysz, "%ld/%ld", num, den);
	return end;
}

/* Whether a whole number and a space or hyphen come before s[at]: the
 * "1 " of "1 1/2", but not the "1/4-" of "1/4-1/2"; before a fraction
 * of one character, nothing between them either ("1½"). */
static int whole_before(const char *s, size_t len, size_t at)
{
	size_t j, k;
	int n1, d1, one = utf8_fraction(s, len, at, &k, &n1, &d1);

	if (at < 1 || (s[at - 1] != ' ' && s[at - 1] != '-' &&
		       !(one && s[at - 1] >= '0' && s[at - 1] <= '9')))
		return 0;
	j = at - (s[at - 1] == ' ' || s[at - 1] == '-');
	if (j == at - 1 && at < 2)
		return 0;
	for (k = j; k && s[k - 1] >= '0' && s[k - 1] <= '9'; k--)
		;
	return k < j && !(k && strchr("/.,:", s[k - 1]));
}

/*
 * "grade 3/4", "week 1/2": after a word of [fraction] not_after, two
 * numbers and a slash are one or the other, not a fraction: "3 or 4"
 * with [fraction] or, else left to eSpeak NG.  1 when said, -1 when
 * left, 0 when not after such a word.
 */
static int either(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m)
{
	const char *words = rules_value(nm->ru, "fraction", "not_after");
	const char *or = rules_value(nm->ru, "fraction", "or");
	size_t a, b, k, n;

	if (!words || norm_digits(s, len, at, &a) < 0 || at + a >= len ||
	    s[at + a] != '/' || norm_digits(s, len, at + a + 1, &b) < 0 ||
	    !norm_after_word(s, at, words))
		return 0;
	k = at + a + 1 + b;
	if (!or || (k < len && (s[k] == '/' || utf8_digit(s, len, k, &n) >= 0)))
		return -1;
	strbuf_addf(&m->said, "%.*s %s %.*s", (int)a, s + at, or, (int)b,
		    s + at + a + 1);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(k - at), s + at);
	m->to = k;
	m->cls = NORM_FRACTION;
	return 1;
}

int norm_fraction_key(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct norm_match *m, char *key, size_t keysz)
{
	const struct rule *r = NULL;
	char frac[40], mixed[48];
	size_t w = 0, end;
	int e;

	if (!nm || !nm->ru)
		return 0;
	if ((e = either(nm, s, len, at, m))) {
		snprintf(key, keysz, "%s", "");	/* no key: no fraction */
		return e > 0;
	}
	/* a whole number, a space or hyphen, a fraction: "1 1/2", "1-1/2"
	 * (not a range: it would end below where it begins); "1½".  Its
	 * own key first ("1 1/2 = eineinhalb"), then {n}'s. */
	if (norm_digits(s, len, at, &w) >= 0 && at + w < len &&
	    (end = fraction_at(nm, s, len, at + w + (s[at + w] == ' ' ||
						     s[at + w] == '-'),
			       frac, sizeof(frac)))) {
		snprintf(key, keysz, "%.*s %s", (int)w, s + at, frac);
		snprintf(mixed, sizeof(mixed), "{n} %s", frac);
		if (!(r = rules_get(nm->ru, "fraction", key)))
			r = rules_get(nm->ru, "fraction", mixed);
	}
	if (!r) {
		w = 0;
		if (whole_before(s, len, at))
			return 0;	/* "1 1/2" with no key for it */
		if (!(end = fraction_at(nm, s, len, at, frac, sizeof(frac))) ||
		    !(r = rules_get(nm->ru, "fraction", frac)))
			return 0;
		snprintf(key, keysz, "%s", frac);
	}
	norm_add_template(&m->said, r->value, w ? s + at : NULL, w);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(end - at), s + at);
	m->file = r->file;
	m->line = r->line;
	m->to = end;
	m->cls = NORM_FRACTION;
	return 1;
}

int norm_fraction(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m)
{
	char key[48];

	return norm_fraction_key(nm, s, len, at, m, key, sizeof(key));
}

/* The bytes of a letter x at s[at] (Latin, or Cyrillic х), alone: a
 * space after it; or 0. */
static size_t x_alone(const char *s, size_t len, size_t at)
{
	size_t n = at >= len ? 0 : s[at] == 'x' || s[at] == 'X' ? 1
		   : len - at >= 2 && (!memcmp(s + at, "\xd1\x85", 2) ||
				       !memcmp(s + at, "\xd0\xa5", 2)) ? 2 : 0;

	return n && at + n < len && s[at + n] == ' ' ? n : 0;
}

/* The x of "3 x/day" at s[at]: an x before a slash and a word; 1 or 0. */
static size_t x_per(const char *s, size_t len, size_t at)
{
	size_t k;

	return at + 2 < len && (s[at] == 'x' || s[at] == 'X') &&
	       s[at + 1] == '/' && is_word_at(s, len, at + 2) &&
	       utf8_digit(s, len, at + 2, &k) < 0;
}

/* The bytes of an x standing alone between two numbers at s[at] ("2 x
 * 500 mg": the sign ×), or 0. */
static size_t times_x(const char *s, size_t len, size_t at)
{
	size_t n = x_alone(s, len, at);

	if (!n || at < 2 || s[at - 1] != ' ' || s[at - 2] < '0' ||
	    s[at - 2] > '9' || at + n + 1 >= len || s[at + n + 1] < '0' ||
	    s[at + n + 1] > '9')
		return 0;
	return n;
}

/* The bytes of an x standing alone between a dose and a number at
 * s[at] ("1 tablet x 3 times a day", "500 mg x 2", "500mg x 2", "1 таб.
 * x 3"): a number, a space or not, one word (its dot, if abbreviated), a
 * space; or 0. */
static size_t dose_x(const char *s, size_t len, size_t at)
{
	size_t n = x_alone(s, len, at), p, k;

	if (!n || at < 4 || s[at - 1] != ' ' || at + n + 1 >= len ||
	    utf8_digit(s, len, at + n + 1, &k) < 0)
		return 0;
	p = at - 1 - (s[at - 2] == '.');
	if (!p || !is_word_at(s, len, utf8_prev(s, p)))
		return 0;
	while (p && is_word_at(s, len, utf8_prev(s, p)) &&
	       utf8_digit(s, len, utf8_prev(s, p), &k) < 0)
		p = utf8_prev(s, p);
	if (p && s[p - 1] == ' ')	/* "1 tablet", or "500mg" */
		p--;
	return p && s[p - 1] >= '0' && s[p - 1] <= '9' ? n : 0;
}

/*
 * Whether a count follows at s[at]: a number and the word that the
 * language's template {n}x says after its number ("3 times", "3 раза",
 * "3次"), the last letter of the shorter one aside ("1 раз"), or a
 * slash and a word ("3/j", "3/day").  Then the
 * x before it says nothing: "1 tablet x 3 times a day" is not "1 tablet
 * times 3 times".
 */
static int count_follows(const struct norm *nm, const char *s, size_t len,
			 size_t at)
{
	const struct rule *r = rules_get(nm->ru, "symbols", "{n}x");
	const char *w = r ? strstr(r->value, "{n}") : NULL;
	size_t d = norm_number(s, len, at), p = at + d, k, wn, tn, c;

	if (d && p + 1 < len && s[p] == '/' && is_word_at(s, len, p + 1) &&
	    utf8_digit(s, len, p + 1, &c) < 0)
		return 1;	/* "x 3/j", "x 3/day": a count per day */
	if (!w || !d)
		return 0;
	for (w += 3; *w == ' '; w++)
		;
	tn = strcspn(w, " ,");
	if (p < len && s[p] == ' ')
		p++;
	for (k = p; k < len && is_word_at(s, len, k); k += c)
		utf8_char(s, len, k, &c);
	wn = k - p;
	k = wn < tn ? wn : tn;
	if (k > 3)
		k--;
	return k >= 2 && !memcmp(s + p, w, k);
}

/* Whether a power follows at s[at]: a caret or a superscript digit
 * ("10^9", "10⁹"). */
static int power_at(const char *s, size_t len, size_t at)
{
	return at < len && (s[at] == '^' ||
			    (len - at >= 2 && (unsigned char)s[at] == 0xc2 &&
			     s[at + 1] && strchr("\xb2\xb3\xb9", s[at + 1])) ||
			    (len - at >= 3 && !memcmp(s + at, "\xe2\x81", 2) &&
			     ((unsigned char)s[at + 2] == 0xb0 ||
			      ((unsigned char)s[at + 2] >= 0xb4 &&
			       (unsigned char)s[at + 2] <= 0xb9))));
}

/* The x of "150 x10^9/L" or "150x10^9/L" at s[at]: glued to a power of
 * ten, the sign × ("times 10 to the power of 9", not "10 times" and a
 * caret); 1 or 0. */
static int x_power(const char *s, size_t len, size_t at)
{
	return at + 3 < len && (s[at] == 'x' || s[at] == 'X') &&
	       (!at || s[at - 1] == ' ' ||
		(s[at - 1] >= '0' && s[at - 1] <= '9')) &&
	       !memcmp(s + at + 1, "10", 2) &&
	       power_at(s, len, at + 3);
}

/* The x of "12x8" at s[at]: between two numbers with no space, the
 * sign × ("12 by 8" or "12 times 8", not "12, 8 times"); 1 or 0. */
static size_t glued_x(const char *s, size_t len, size_t at)
{
	return at && at + 1 < len && (s[at] == 'x' || s[at] == 'X') &&
	       s[at - 1] >= '0' && s[at - 1] <= '9' && s[at + 1] >= '0' &&
	       s[at + 1] <= '9';
}

static int symbol_of(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct norm_match *m, int counted);

/* "x10^9" at s[at]: the sign × and the power after it, said as a symbol
 * that begins a word ("times 10 to the power of 9"); 0 when the language
 * has no word for either. */
static int x_times_power(const struct norm *nm, const char *s, size_t len,
			 size_t at, struct norm_match *m)
{
	const struct rule *x = rules_get(nm->ru, "symbols", "\xc3\x97");
	struct norm_match pm = { 0 };
	int ok = x && symbol_of(nm, s + at + 1, len - at - 1, 0, &pm, 0);

	if (ok) {
		norm_add_template(&m->said, x->value, NULL, 0);
		sep(&m->said);
		strbuf_add(&m->said, pm.said.buf, pm.said.len);
		snprintf(m->value, sizeof(m->value), "%.*s",
			 (int)(pm.to + 1), s + at);
		m->file = x->file;
		m->line = x->line;
		m->to = at + 1 + pm.to;
		m->cls = NORM_SYMBOL;
	}
	norm_match_release(&pm);
	return ok;
}

/* A symbol of [symbols]: "&", "24/7", or a template "x{n}"; and an x
 * standing alone after a number or a dose: "2 x 500 mg" and "1 tablet x
 * 3" as "×" is said, "3 x daily" as "{n}x"; "12x8" as "×".  With
 * counted, only a template that begins with the number at s[at]. */
static int symbol_of(const struct norm *nm, const char *s, size_t len,
		     size_t at, struct norm_match *m, int counted)
{
	size_t i, from, to, best = 0, dl;
	const struct rule *br = NULL;
	size_t bn = 0, bnl = 0, lead = norm_number(s, len, at);
	const struct rule *xr = NULL;	/* the x's rule, said as "," */
	size_t glued = counted ? 0 : glued_x(s, len, at);

	if (!counted && x_power(s, len, at))
		return x_times_power(nm, s, len, at, m);
	if (!counted && (i = times_x(s, len, at) | dose_x(s, len, at) |
			 glued) &&
	    ((glued && (br = rules_get(nm->ru, "symbols", "{n}x{n}"))) ||
	     (br = rules_get(nm->ru, "symbols", "\xc3\x97")))) {
		best = i;	/* "2 x 500 mg", "1 tablet x 3", "12x8" */
		if (dose_x(s, len, at) && count_follows(nm, s, len, at + i + 1))
			xr = br;	/* "1 tablet x 3 times a day" */
	} else if (lead && at + lead < len && s[at + lead] == ' ' &&
		 (((i = x_alone(s, len, at + lead + 1)) &&
		   is_word_at(s, len, at + lead + 2 + i) &&
		   utf8_digit(s, len, at + lead + 2 + i, &dl) < 0) ||
		  (i = x_per(s, len, at + lead + 1))) &&
		 (br = rules_get(nm->ru, "symbols", "{n}x")))
		best = lead + 1 + i, bn = at, bnl = lead;	/* "3 x daily" */
	rules_section(nm->ru, "symbols", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *r = &nm->ru->r[i];
		const char *k = r->key, *brace;
		size_t pre, post, n, num = 0;
		if (*k && *k != '{' && (at >= len || s[at] != *k))
			continue;	/* most symbols, at most words */
		brace = strstr(k, "{n}");
		pre = brace ? (size_t)(brace - k) : strlen(k);
		post = brace ? strlen(brace + 3) : 0;
		if ((counted && brace != k) || pre > len - at ||
		    memcmp(s + at, k, pre) ||
		    (pre && is_word_at(s, len, at) && !word_starts(s, len, at)))
			continue;	/* "x{n}" begins a word, not "12x8" */
		n = pre;
		if (brace) {
			if (!(num = norm_number(s, len, at + n)))
				continue;
			n += num;
			if (!post && power_at(s, len, at + n))
				continue;	/* "x10^9": a power */
			if (post > len - at - n ||
			    strncasecmp(s + at + n, brace + 3, post))
				continue;	/* "3x", "3X" */
			n += post;
		}
		if (is_word_at(s, len, at + n - 1) && !norm_word_ends(s, len,
								      at + n))
			continue;	/* "x2" but not "x2b" */
		if (n > best)
			best = n, br = r, bn = at + pre, bnl = num;
	}
	if (!br)
		return 0;
	if (xr && br == xr)
		strbuf_addch(&m->said, ',');	/* "1 tablet, 3 times" */
	else
		add_counted(nm, &m->said, br, s + bn, bnl);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)best, s + at);
	m->file = br->file;
	m->line = br->line;
	m->to = at + best;
	m->cls = NORM_SYMBOL;
	return 1;
}

static int symbol(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m)
{
	return symbol_of(nm, s, len, at, m, 0);
}

int norm_counted_at(const struct norm *nm, const char *s, size_t len,
		    size_t at, struct norm_match *m)
{
	reset(m, at);
	return norm_number(s, len, at) && symbol_of(nm, s, len, at, m, 1);
}

/* Whether w has a Latin vowel: a word of a path may be said. */
static int has_vowel(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr("aeiouyAEIOUY", w[i]))
			return 1;
	return 0;
}

/* One label of an address: digits one by one, a known word, or spelled;
 * in a path (after the host's slash) a run of 4 letters or more with a
 * vowel is a word ("nhs.uk/conditions/back-pain" was "B A C K dash P A
 * I N"), unless spell = all. */
static void label(const struct norm *nm, struct strbuf *said, const char *w,
		  size_t n, int path)
{
	const char *how = rules_value(nm->ru, "address", "spell");
	int all = how && !strcmp(how, "all");
	size_t at = 0, k, end;

	if (rules_find(rules_value(nm->ru, "address", "words"), w, n, 1) >= 0) {
		char *low = utf8_lower(w, n);
		sep(said);
		strbuf_addstr(said, low);
		free(low);
		return;
	}
	while (at < n) {	/* runs of digits and of letters */
		int digit = utf8_digit(w, n, at, &k) >= 0, known = 0;
		for (end = at; end < n && (utf8_digit(w, n, end, &k) >= 0) ==
		     digit; end += k)
			;
		if (!digit && nm->known && !all) {
			char *low = utf8_lower(w + at, end - at);
			known = nm->known(nm->user, low);
			free(low);
		}
		if (!digit && path && end - at >= 4 && !all &&
		    has_vowel(w + at, end - at))
			known = 1;
		if (digit)
			norm_add_digits(said, nm, w + at, end - at, 0);
		else if (!known && (all || end - at <= 4))
			spell(nm, said, w + at, end - at);
		else
			sep(said), strbuf_add(said, w + at, end - at);
		at = end;
	}
}

static int address_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("-._@/:", c);
}

/* An address's labels and the words for the signs between them. */
static void say_labels(const struct norm *nm, const char *s, size_t end,
		       struct strbuf *said)
{
	static const struct { char c; const char *key; } joints[] = {
		{ '.', "dot" }, { '@', "at" }, { '-', "dash" },
		{ '/', "slash" }, { ':', "colon" }, { '_', "dash" },
	};
	size_t i, j, q;
	int path = 0;

	for (i = 0; i < end; i = j) {
		for (j = i; j < end && !strchr(".-/:_@", s[j]); j++)
			;
		label(nm, said, s + i, j - i, path);
		path |= j < end && j > i && s[j] == '/';
		if (j < end) {
			const char *w = NULL;
			for (q = 0; q < sizeof(joints) / sizeof(*joints); q++)
				if (joints[q].c == s[j])
					w = rules_value(nm->ru, "address",
							joints[q].key);
			sep(said);
			if (w)
				strbuf_addstr(said, w);
			else
				strbuf_addch(said, s[j]);
			j++;
		}
	}
}

int norm_say_address(const struct norm *nm, const char *s, size_t len,
		     struct strbuf *said)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!address_char(s[i]))
			return 0;
	say_labels(nm, s, len, said);
	return 1;
}

int norm_say_telephone(const struct norm *nm, const char *s, size_t len,
		       struct strbuf *said)
{
	const char *group = rules_value(nm->ru, "digits", "group");
	const char *plus = rules_value(nm->ru, "digits", "plus");
	size_t at = 0, k;
	int any = 0, between = 0;

	while (at < len) {
		if (utf8_digit(s, len, at, &k) >= 0) {
			if (between)
				strbuf_addf(said, "%s", group ? group : ",");
			norm_add_digits(said, nm, s + at, k, 1);
			any = 1;
			between = 0;
		} else if (s[at] == '+' && !any) {
			sep(said);
			strbuf_addstr(said, plus ? plus : "+");
		} else if (any) {
			between = 1;
		}
		at += k;
	}
	return any;
}

/* A web address or e-mail in the text: rnib.org.uk, x@nhs.net. */
static int address(const struct norm *nm, const char *s, size_t len,
		   size_t at, struct norm_match *m)
{
	size_t end = at, i, j, host, tld = 0;
	int at_sign = 0;
	char last[32];

	while (end < len && address_char(s[end]))
		end++;
	while (end > at && strchr(".-/:_", s[end - 1]))
		end--;
	if (end - at < 4 || (end < len && (unsigned char)s[end] >= 0x80 &&
				  !norm_word_ends(s, len, end)))
		return 0;
	for (i = at, host = at; i < end && s[i] != '/'; i++)
		if (s[i] == '@')
			at_sign = 1, host = i + 1;
	for (j = i; j > host && s[j - 1] != '.'; j--)
		;
	if (j == host || i - j >= sizeof(last))	/* no dot in the host */
		return 0;
	memcpy(last, s + j, i - j);
	last[i - j] = '\0';
	tld = rules_find(rules_value(nm->ru, "address", "tlds"), last,
			 strlen(last), 1) >= 0;
	if (!tld && !at_sign)
		return 0;
	say_labels(nm, s + at, end - at, &m->said);
	snprintf(m->value, sizeof(m->value), "%.*s", (int)(end - at), s + at);
	m->to = end;
	m->cls = NORM_ADDRESS;
	return 1;
}

size_t norm_joint(const char *s, size_t len, size_t at)
{
	static const char *const joints[] = {	/* and the tildes of "1~2" */
		" \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", "\xe2\x80\x93",
		"\xe2\x80\x94", "\xe2\x80\x91", "-", " ~ ", "~",
		"\xef\xbd\x9e", "\xe3\x80\x9c", NULL
	};
	size_t i, n;

	for (i = 0; joints[i]; i++) {
		n = strlen(joints[i]);
		if (n <= len - at && !memcmp(s + at, joints[i], n))
			return n;
	}
	return 0;
}

/* A short word between spaces at s[at] (" bis ", " до ", " a "): its
 * bytes with the spaces, or 0. */
static size_t short_word_joint(const char *s, size_t len, size_t at)
{
	size_t p = at + 1, n, letters = 0;

	if (at >= len || s[at] != ' ')
		return 0;
	while (p < len && letters <= 5 &&
	       utf8_is_word(utf8_char(s, len, p, &n)) &&
	       utf8_digit(s, len, p, &n) < 0)
		p += n, letters++;
	return letters && letters <= 5 && p < len && s[p] == ' ' ?
	       p + 1 - at : 0;
}

/* Whether a number may start at s[at]: no digit, dot, comma or dash
 * just before it, nor a digit or dash and a space ("2.10-2.15" and
 * "2.10 - 2.15": 2.15 is no start; ", 8.30" is one). */
static int free_start(const char *s, size_t len, size_t at)
{
	size_t k;
	int spaced = at && s[at - 1] == ' ';

	at -= spaced;
	if (!at)
		return 1;
	at = utf8_prev(s, at);
	return utf8_digit(s, len, at, &k) < 0 && !norm_joint(s, len, at) &&
	       !strchr(spaced ? "-~" : ".,-~", s[at]);
}

void norm_dotted_times(const struct norm *nm, char *s, size_t len)
{
	const char *not_after = rules_value(nm->ru, "date", "md_not_after");
	int comma = norm_decimal_mark(nm) == ',';
	size_t at, p, q, j;
	long h1, h2;

	for (at = 0; at < len; at++) {
		unsigned char c = (unsigned char)s[at];
		if ((c < 0x80 ? c < '0' || c > '9' : c < 0xc0) ||
		    (p = at, (h1 = dotted_time(s, len, &p)) < 0) ||
		    !free_start(s, len, at) ||
		    (not_after && norm_after_word(s, at, not_after)))
			continue;	/* "Kapitel 2.10-2.15" */
		if (!(j = norm_joint(s, len, p)) &&
		    !(j = short_word_joint(s, len, p)))
			continue;
		q = p + j;
		if ((h2 = dotted_time(s, len, &q)) < 0 ||
		    (!comma && h1 < 13 && h2 < 13) ||
		    (q < len && ((s[q] >= '0' && s[q] <= '9') ||
				 (q + 1 < len && strchr(".,", s[q]) &&
				  s[q + 1] >= '0' && s[q + 1] <= '9'))) ||
		    norm_range_joint(nm, s, len, q))
			continue;	/* "2.10-2.15-2.20": a chain */
		*(char *)memchr(s + at, '.', p - at) = ':';
		*(char *)memchr(s + p + j, '.', q - p - j) = ':';
		at = q;
	}
}

void norm_degree_signs(char *s, size_t len)
{
	size_t at;

	for (at = 0; at + 3 <= len; at++)
		if (!memcmp(s + at, "\xe2\x84\x83", 3))		/* ℃ */
			memcpy(s + at, "\xc2\xb0" "C", 3);
		else if (!memcmp(s + at, "\xe2\x84\x89", 3))	/* ℉ */
			memcpy(s + at, "\xc2\xb0" "F", 3);
}

size_t norm_range_joint(const struct norm *nm, const char *s, size_t len,
			size_t at)
{
	size_t n = norm_joint(s, len, at), k;

	(void)nm;
	return n && utf8_digit(s, len, at + n, &k) >= 0 ? n : 0;
}

const char *norm_range_word(const struct norm *nm)
{
	return rules_value(nm->ru, "range", "to");
}

const char *norm_range_word_at(const struct norm *nm, const char *s,
			       size_t at)
{
	const char *between = rules_value(nm->ru, "range", "between");
	const char *and = rules_value(nm->ru, "range", "and");
	size_t from, end, first;

	if (!between || !and)
		return norm_range_word(nm);
	end = norm_word_before(s, at, 1, &from);	/* as norm_after_word */
	if (end > from && rules_find(between, s + from, end - from, 1) >= 0)
		return and;	/* "between 9 am and 5 pm" */
	/* two words: Spanish "entre las 9-17 h" "entre las 9 y 17 horas" */
	if (from > 1 && s[from - 1] == ' ' && s[from - 2] != ' ' &&
	    norm_word_before(s, from, 0, &first) > first &&
	    rules_find(between, s + first, end - first, 1) >= 0)
		return and;
	return norm_range_word(nm);
}

size_t norm_word_run(const char *s, size_t len, size_t at, size_t *letters,
		     size_t *upper)
{
	size_t k;

	*letters = *upper = 0;
	while (at < len && utf8_is_word(utf8_char(s, len, at, &k))) {
		unsigned c = utf8_char(s, len, at, &k);
		*letters += utf8_word_class(c) == UTF8_LETTER;
		*upper += utf8_is_upper(c);
		at += k;
	}
	return at;
}

int norm_shouting(const char *s, size_t len)
{
	size_t at = 0, k, words = 0, caps = 0, listed = 0, p;

	while (at < len) {
		size_t letters, upper;
		size_t end = norm_word_run(s, len, at, &letters, &upper);
		if (letters >= 2) {
			words++;
			if (upper == letters) {
				caps++;
				for (p = end; p < len && s[p] == ' '; p++)
					;
				listed += p < len && s[p] &&
					  strchr(",;/", s[p]) != NULL;
			}
		}
		at = end > at ? end : at + (utf8_char(s, len, at, &k), k);
	}
	return caps >= 3 && 3 * caps >= 2 * words && 2 * listed < caps;
}

/* Whether at is inside a number already begun: "1.000" at its "000",
 * "31/02/2026" (not a date) at its "02". */
static int inside_number(const char *s, size_t len, size_t at)
{
	size_t k;

	return at >= 2 && strchr(".,/-:", s[at - 1]) &&
	       utf8_digit(s, len, utf8_prev(s, at - 1), &k) >= 0;
}

/*
 * A minus sign before a number (utf8_minus_at): "-5 °C", "T-score
 * −2,5", "(-3)", said as [digits] minus (eSpeak NG left "-" out in
 * French, Spanish, Russian, Arabic and Chinese, and read "−" by English
 * rules).
 */
static int minus_sign(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct norm_match *m)
{
	const char *word = rules_value(nm->ru, "digits", "minus");
	size_t n = utf8_minus_at(s, len, at);

	if (!word || !n)
		return 0;
	strbuf_addf(&m->said, "%s ", word);
	snprintf(m->value, sizeof(m->value), "-");
	m->to = at + n;
	m->cls = NORM_SYMBOL;
	return 1;
}

/*
 * The longest match wins, and of two as long the first class: a number of
 * [emergency] before a telephone number or an amount ("116 117" is a
 * helpline, not 116,117); money before a symbol of [symbols] ("€23").
 */
int norm_at(const struct norm *nm, const char *s, size_t len, size_t at,
	    struct norm_match *m)
{
	static int (*const classes[])(const struct norm *, const char *,
				      size_t, size_t, struct norm_match *) = {
		norm_money_at, norm_unit_at, schedule, norm_date_at, emergency,
		telephone, norm_fraction, address, symbol, norm_roman_at,
		acronym, minus_sign,
	};
	struct norm_match try = { 0 };
	size_t i, k;
	int inside;

	reset(m, at);
	if (!nm)
		return 0;
	if (name(nm, s, len, at, m))
		return 1;
	if (!nm->ru)
		return 0;
	/* Inside a number, none of the first seven, which begin one; but a
	 * sign can begin an amount after a joint ("£5-£10"). */
	inside = inside_number(s, len, at);
	for (i = 0; i < sizeof(classes) / sizeof(*classes); i++) {
		if (inside && i < 7 && (i || utf8_digit(s, len, at, &k) >= 0))
			continue;
		reset(&try, at);
		if (!classes[i](nm, s, len, at, &try) || try.to <= m->to)
			continue;
		strbuf_reset(&m->said);
		strbuf_add(&m->said, try.said.buf ? try.said.buf : "",
			   try.said.len);
		m->to = try.to;
		m->cls = try.cls;
		memcpy(m->value, try.value, sizeof(m->value));
		m->voice = try.voice;
		m->file = try.file;
		m->line = try.line;
	}
	norm_match_release(&try);
	return m->cls != NULL;
}
