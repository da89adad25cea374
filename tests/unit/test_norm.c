/*
 * Unit tests for text normalisation: reading .rules files (every mistake
 * with its file and line, a later file's keys winning) and the classes
 * at their edges: what is a telephone number and what an amount, an
 * emergency number standing alone, dates that are not dates, the guide's
 * date order, a range of years, acronyms, addresses, names.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mdinline.h"
#include "norm.h"
#include "rules.h"
#include "speech.h"
#include "strbuf.h"
#include "trcheck.h"
#include "xalloc.h"

static char dir[] = "/tmp/test_norm.XXXXXX";

static const char en[] =
	"[digits]\nwords = zero, one, two, three, four, five, six, seven, "
	"eight, nine\nplus = plus\n"
	"[emergency]\n999 =\n000 = triple zero\n"
	"[range]\nto = to\n"
	"[date]\nmonths = January, February, March, April, May, June, July, "
	"August, September, October, November, December\n"
	"abbr = Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec\n"
	"days = first, second, third, fourth, fifth, sixth, seventh, eighth, "
	"ninth, tenth, eleventh, twelfth, thirteenth, fourteenth\n"
	"suffixes = st, nd, rd, th\njoin = of\n"
	"format = the {day} of {month} {year}\nformat_md = the {day} of "
	"{month}\nformat_mdy = {month} {day}, {year}\n"
	"[letters]\nwords = NICE\nspell = US\n"
	"[symbols]\n& = and\nx{n} = {n} times\n{n}x = {n} times\n"
	"\xc3\x97 = times\n"
	"[fraction]\n1/2 = a half\n3/4 = three quarters\n"
	"{n} 1/2 = {n} and a half\n"
	"[address]\ndot = dot\nat = at\ntlds = uk, org\n";

static char *write_file(const char *name, const char *body)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(body, fp);
	fclose(fp);
	return path;
}

static int load(struct rules *r, struct err *e, const char *a, const char *b)
{
	char *paths[2] = { write_file("a.rules", a), NULL };
	int ret;

	if (b)
		paths[1] = write_file("b.rules", b);
	ret = rules_load(r, paths, b ? 2 : 1, e);
	free(paths[0]);
	free(paths[1]);
	return ret;
}

/* What the rules say for text, with the date order given. */
static char *said(const struct rules *ru, int order, const char *text)
{
	struct norm nm = { 0 };
	struct speech_ctx cx = { NULL, &nm };
	struct md_inline in;
	struct speech sp;
	char *out;

	nm.ru = ru;
	nm.order = order;
	memset(&in, 0, sizeof(in));
	assert_int_equal(md_inline(text, &in), 0);
	speech_make(&sp, &in, NULL, &cx);
	out = xstrdup(sp.spoken.buf ? sp.spoken.buf : "");
	speech_release(&sp);
	md_inline_release(&in);
	return out;
}

static void expect(const struct rules *ru, int order, const char *text,
		   const char *want)
{
	char *got = said(ru, order, text);

	assert_string_equal(got, want);
	free(got);
}

static void test_bad_rules(void **state)
{
	static const struct { const char *body, *msg; } bad[] = {
		{ "[digits]\nwords = one, two\n", "a.rules:2: [digits] words: "
		  "needs ten items" },
		{ "# c\n[numbers]\n", "a.rules:2: unknown section [numbers]" },
		{ "[range]\nfrom = x\n", "a.rules:2: [range] from: is not a key" },
		{ "to = x\n", "a.rules:1: a key before the first [section]" },
		{ "[date]\norder = ydm\n", "a.rules:2: [date] order: must be dmy" },
		{ "[emergency]\n99a =\n", "a.rules:2: [emergency] 99a: is not a "
		  "number" },
		{ "[letters]\nab = x\n", "a.rules:2: [letters] ab: is not a key" },
		{ "[range]\nto = a\x1b[2J\n", "a.rules:2: control character "
		  "U+001B" },
		{ "[range]\njust words\n", "a.rules:2: not a rule" },
		{ "[fraction]\n1/02 = x\n", "a.rules:2: [fraction] 1/02: is "
		  "not a fraction" },
		{ "[fraction]\nhalf = x\n", "a.rules:2: [fraction] half: is "
		  "not a fraction" },
		{ "[fraction]\n1/2 =\n", "a.rules:2: [fraction] 1/2: says "
		  "nothing" },
		{ "[fraction]\n{n} 1/2 = and a half\n", "a.rules:2: [fraction] "
		  "{n} 1/2: needs {n}" },
		{ "[fraction]\n01 1/2 = x\n", "a.rules:2: [fraction] 01 1/2: "
		  "is not a fraction" },
		{ "[fraction]\n1000 1/2 = x\n", "a.rules:2: [fraction] "
		  "1000 1/2: is not a fraction" },
		{ "[fraction]\n1 1/2 =\n", "a.rules:2: [fraction] 1 1/2: says "
		  "nothing" },
		{ "[currency]\nplural = dual\n", "a.rules:2: [currency] plural: "
		  "must be one, zero-one" },
		{ "[digits]\ndecimal = ;\n", "a.rules:2: [digits] decimal: "
		  "must be . or ," },
		{ "[currency]\njoin = {whole}\n", "a.rules:2: [currency] join: "
		  "needs {whole} and {cents}" },
		{ "[currency]\n$5 = x\n", "a.rules:2: [currency] $5: is not a "
		  "currency" },
		{ "[currency]\n\xc2\xa3 pence = x, y\n", "a.rules:2: [currency] "
		  "\xc2\xa3 pence: is not a currency" },
		/* forms counted against the plural rule, set anywhere */
		{ "[currency]\n$ = {n} dollar, {n} dollars\nplural = slavic\n",
		  "a.rules:2: [currency] $: needs 3 forms (one, few, many)" },
		{ "[currency]\n$ cents = {n} cent\n", "a.rules:2: [currency] "
		  "$ cents: needs 2 forms (one, other)" },
		{ "[currency]\nscaled = {n} {name}\n", "a.rules:2: [currency] "
		  "scaled: needs {n}, {scale} and {name}" },
		{ "[currency]\n$ scaled = de dollars, dollars\n", "a.rules:2: "
		  "[currency] $ scaled: needs the currency's name" },
		{ "[currency]\n$ million = x\n", "a.rules:2: [currency] "
		  "$ million: is not a currency" },
		{ "[roman]\nbefore = -go\n", "a.rules:2: [roman] before: "
		  "is not a key of [roman]" },
		{ "[roman]\nbefore tipa = {n}-go\n", "a.rules:2: [roman] "
		  "before tipa: needs an ordinal's ending" },
		{ "[roman]\nbefore tipa = -go\n", "a.rules:2: [roman] before "
		  "tipa: no [ordinal] -go gives the ordinals" },
		{ "[units]\nmg5 = x\n", "a.rules:2: [units] mg5: is not a "
		  "unit" },
		{ "[units]\nafter Dative = mit\n", "a.rules:2: [units] after "
		  "Dative: needs a name in small letters" },
		{ "[units]\nkap. = {n} kaplja\n[currency]\nplural = slavic\n",
		  "a.rules:2: [units] kap.: needs 3 forms (one, few, many)" },
		{ "[units]\nTbl. = a, b, c, d\n", "a.rules:2: [units] Tbl.: "
		  "needs 2 forms (one, other)" },
		{ "[units]\nkap. = {n:odna,dve} x, y\n", "a.rules:2: [units] "
		  "kap.: has a {n: with no }" },
		{ "[units]\nkap. = {m} x, y\n", "a.rules:2: [units] kap.: has "
		  "a { that is neither" },
		{ "[units]\nTbl. 1/2 = eine, halbe\n", "a.rules:2: [units] "
		  "Tbl. 1/2: needs the words for the fraction" },
		{ "[units]\nTbl. 1/02 = x\n", "a.rules:2: [units] Tbl. 1/02: "
		  "is not a unit" },
		{ "[units]\nTbl.1/2 = x\n", "a.rules:2: [units] Tbl.1/2: is "
		  "not a unit" },
		{ "[ordinal]\nj = a\n", "a.rules:2: [ordinal] j: is not an "
		  "ordinal's ending" },
		{ "[ordinal]\n-j = a, b\n", "a.rules:2: [ordinal] -j: needs the "
		  "ordinals of 1 to 19" },
		{ "[ordinal]\n-j tens = a, b\n", "a.rules:2: [ordinal] -j tens: "
		  "needs the ordinals of 20, 30" },
		{ "[ordinal]\n-j ten = a\n", "a.rules:2: [ordinal] -j ten: is "
		  "not an ordinal's ending" },
		{ "[ordinal]\nsaid OG = a, b\n", "a.rules:2: [ordinal] said OG: "
		  "needs a noun of nouns and the words" },
		{ "[ordinal]\nyear yr = j\n", "a.rules:2: [ordinal] year yr: "
		  "needs a noun after a year" },
		{ "[ordinal]\nyear  = -j\n", "a.rules:2: [ordinal] year: "
		  "is not an ordinal's ending" },
		{ "[symbols]\n{n}x = una vez, {n:uma|duas} vezes\n", "a.rules:2: "
		  "[symbols] {n}x: has a { that is not {n}" },
		{ "[units]\nTbl. {n} 1/2 = x\n", "a.rules:2: [units] "
		  "Tbl. {n} 1/2: is not a unit" },
		{ "[units]\nTbl. 1 1/2 = a, b\n", "a.rules:2: [units] "
		  "Tbl. 1 1/2: needs the words for the fraction" },
		{ "[units]\n. = x, y\n", "a.rules:2: [units] .: is not a "
		  "unit" },
		{ "[units]\nafter dative = po\nkap. = x, y\n"
		  "kap. dativ = x, y\n", "a.rules:4: [units] kap. dativ: no "
		  "'after dativ' list" },
		{ "[units]\nTbl. = x, y\nTbl. dativ 1/2 = x\n", "a.rules:3: "
		  "[units] Tbl. dativ 1/2: no 'after dativ' list" },
	};
	struct rules r;
	struct err e;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		assert_int_equal(load(&r, &e, bad[i].body, NULL), -1);
		if (!strstr(e.msg, bad[i].msg))
			fail_msg("%s: %s", bad[i].body, e.msg);
		rules_release(&r);
	}
}

static void test_later_file_wins(void **state)
{
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, "[range]\nto = to\n[digits]\nplus = "
			      "plus\n", "[range]\nto = until\n"), 0);
	assert_string_equal(rules_value(&r, "range", "to"), "until");
	assert_string_equal(rules_value(&r, "digits", "plus"), "plus");
	assert_null(rules_value(&r, "digits", "group"));
	assert_int_equal(rules_count("a, b c, d"), 3);
	rules_release(&r);
}

/* Every key of many is found by its section and key, and a key of one
 * section is not found in another. */
static void test_rules_many_keys(void **state)
{
	struct strbuf body = STRBUF_INIT;
	struct rules r;
	struct err e;
	char key[16], want[16];
	int i;

	(void)state;
	strbuf_addstr(&body, "[symbols]\n");
	for (i = 0; i < 300; i++)
		strbuf_addf(&body, "s%d = v%d\n", i, i);
	strbuf_addstr(&body, "[emergency]\n");
	for (i = 0; i < 300; i++)
		strbuf_addf(&body, "%d = e%d\n", i, i);
	assert_int_equal(load(&r, &e, body.buf, NULL), 0);
	for (i = 0; i < 300; i++) {
		snprintf(key, sizeof(key), "s%d", i);
		snprintf(want, sizeof(want), "v%d", i);
		assert_string_equal(rules_value(&r, "symbols", key), want);
		assert_null(rules_value(&r, "emergency", key));
		snprintf(key, sizeof(key), "%d", i);
		snprintf(want, sizeof(want), "e%d", i);
		assert_string_equal(rules_value(&r, "emergency", key), want);
		assert_null(rules_value(&r, "symbols", key));
	}
	assert_null(rules_value(&r, "symbols", "s300"));
	rules_release(&r);
	strbuf_release(&body);
}

/* Walking a list item by item gives what asking for each item by its
 * number gives, with empty and too long items empty, in place. */
static void test_rules_list_items(void **state)
{
	static const char *const lists[] = {
		"January, February , March", "a,,b", "a,", ",a", " , x ",
		"single", "", "toolongitem, ok", "é, ü ,日本",
	};
	char got[8], want[8];
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		const char *p = lists[i];
		for (k = 0; rules_next(&p, got, sizeof(got)); k++) {
			int has = rules_item(lists[i], k, want, sizeof(want));
			assert_true(k < rules_count(lists[i]));
			assert_string_equal(got, has ? want : "");
		}
		assert_int_equal(k, rules_count(lists[i]) -
			(*lists[i] && lists[i][strlen(lists[i]) - 1] == ','));
		assert_int_equal(rules_item(lists[i], k, want, sizeof(want)), 0);
	}
	assert_int_equal(rules_next(&(const char *){ NULL }, got, 4), 0);
	assert_int_equal(rules_item("a, b c, d", 1, want, sizeof(want)), 1);
	assert_string_equal(want, "b c");
	assert_int_equal(rules_item("x, toolongitem, y", 1, want,
				    sizeof(want)), 0);
	assert_int_equal(rules_find("Mo, Di, Mi", "di", 2, 1), 1);
	assert_int_equal(rules_find("Mo, , Mi", "Mi", 2, 0), 2);
}

static void test_numbers(void **state)
{
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "Call 999.", "Call nine nine nine.");
	rules_release(&r);
	/* a minus sign before a number, where no number ends before it;
	 * after CJK text too; not a range, a hyphen in a word, a percent */
	assert_int_equal(load(&r, &e, en, "[digits]\nminus = moins\n"), 0);
	expect(&r, NORM_DMY, "at -5 or \xe2\x88\x92" "2 (-3), \xe5\x9c\xa8-2",
	       "at moins 5 or moins 2 (moins 3), \xe5\x9c\xa8moins 2");
	expect(&r, NORM_DMY, "1 -2, x-5, 20%-30%, T-5",
	       "1 -2, x-5, 20% to 30%, T-5");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "Call 000.", "Call triple zero.");
	/* not alone: a year, a decimal, a bigger number */
	expect(&r, NORM_DMY, "In 1999 and 999.5 and 9990.",
	       "In 1999 and 999.5 and 9990.");
	/* nor the first of two numbers: a blood pressure, a time */
	expect(&r, NORM_DMY, "Pressure 999/80, 000:30 and 999,5",
	       "Pressure 999/80, 000:30 and 999,5");
	expect(&r, NORM_DMY, "Ring 0161 496 0732.", "Ring zero one six one, "
	       "four nine six, zero seven three two.");
	/* amounts: thousands in groups of three, with spaces given whole */
	expect(&r, NORM_DMY, "1 000 000 steps", "1000000 steps");
	expect(&r, NORM_DMY, "1.000.000 steps", "1.000.000 steps");
	/* short numbers stay numbers */
	expect(&r, NORM_DMY, "Take 2 5 times", "Take 2 5 times");
	expect(&r, NORM_DMY, "1980-1986", "1980 to 1986");
	expect(&r, NORM_DMY, "Take 1-2 or 4–6.", "Take 1 to 2 or 4 to 6.");
	/* a tilde between two numbers is a range too (Chinese "1～2片"),
	 * not "about" */
	expect(&r, NORM_DMY, "Take 1~2 or 4\xef\xbd\x9e" "6 or 1 ~ 3.",
	       "Take 1 to 2 or 4 to 6 or 1 to 3.");
	expect(&r, NORM_DMY, "a -5 offset", "a -5 offset");
	/* without [digits] hhmm, two groups of four are a telephone number */
	expect(&r, NORM_DMY, "Open 0900-1700.",
	       "Open zero nine zero zero, one seven zero zero.");
	/* two times with dots and two amounts in threes are ranges, not
	 * telephone numbers (speech reads the times with colons, as the
	 * lexicons say them); minutes not in fives still are */
	expect(&r, NORM_DMY, "Open 8.00-16.00 or 9.30-17.45; 1.000-2.000, "
	       "12,500-25,000; ring 01.23-45.67",
	       "Open 8:00 to 16:00 or 9:30 to 17:45; 1.000 to 2.000, "
	       "12,500 to 25,000; ring zero one, two three, four five, six "
	       "seven");
	rules_release(&r);

	/* with it, opening hours are a range the lexicon says; minutes
	 * that are not in fives make a telephone number still */
	assert_int_equal(load(&r, &e, en, "[digits]\nhhmm = yes\n"), 0);
	expect(&r, NORM_DMY, "Open 0900-1700 or 2200-0630.",
	       "Open 0900 to 1700 or 2200 to 0630.");
	expect(&r, NORM_DMY, "Ring 0800-1234 or 1200-1400.",
	       "Ring zero eight zero zero, one two three four or "
	       "1200 to 1400.");
	rules_release(&r);

	/* with phones_in_threes, nine digits in three groups of three are
	 * a telephone number; other amounts stay amounts */
	assert_int_equal(load(&r, &e, en, "[digits]\nphones_in_threes = yes\n"),
			 0);
	expect(&r, NORM_DMY, "Ring 912 345 678, 1 234 567 or 12 345 678 steps",
	       "Ring nine one two, three four five, six seven eight, 1234567 "
	       "or 12345678 steps");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "Ring 912 345 678", "Ring 912345678");
	rules_release(&r);
	/* after a word of phone_words (past a colon, a dot, a full-width
	 * colon), one run of 5 digits or more; not 4, not inside a word,
	 * not elsewhere */
	assert_int_equal(load(&r, &e, en, "[digits]\nphone_words = tel, "
			      "\xe7\x94\xb5\xe8\xaf\x9d\n"), 0);
	expect(&r, NORM_DMY, "Tel.: 92001, tel 1234, hotel 92001, 92001",
	       "Tel.: nine two zero zero one, tel 1234, hotel 92001, 92001");
	expect(&r, NORM_DMY, "\xe7\x94\xb5\xe8\xaf\x9d\xef\xbc\x9a" "12320",
	       "\xe7\x94\xb5\xe8\xaf\x9d\xef\xbc\x9aone two three two "
	       "zero");
	rules_release(&r);
	/* after a word of extension_words (past a dot, or joined to a
	 * word of a script without spaces), one run of 2 to 6 digits; not
	 * 1 nor 7, not a decimal, not after another word */
	assert_int_equal(load(&r, &e, en, "[digits]\nextension_words = ext, "
			      "\xe8\xbd\xac\n"), 0);
	expect(&r, NORM_DMY, "ext. 1234, ext 12; ext 1, ext 1234567, ext 12.5, "
	       "next 1234", "ext. one two three four, ext one two; ext 1, ext "
	       "1234567, ext 12.5, next 1234");
	expect(&r, NORM_DMY, "\xe8\xbd\xac" "123",
	       "\xe8\xbd\xac" "one two three");
	rules_release(&r);
}

static void test_dates(void **state)
{
	/* the ordinals of 1 to 19 and of the tens in the form "-j" */
	static const char ending_j[] =
		"[date]\nmonths = a, b, c, d, e, f, g, h, i, j, k, l\n"
		"[ordinal]\n-j = o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, "
		"o12, o13, o14, o15, o16, o17, o18, o19\n"
		"-j tens = t2, t3, t4, t5, t6, t7, t8, t9\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "on 3/4/2026", "on the third of April 2026");
	expect(&r, NORM_MDY, "on 3/4/2026", "on March fourth, 2026");
	expect(&r, NORM_DMY, "on 2026-04-03", "on the third of April 2026");
	expect(&r, NORM_DMY, "on 3 Apr 2026", "on the third of April 2026");
	/* in Arabic-Indic digits, two bytes each: the same date */
	expect(&r, NORM_DMY, "on \xd9\xa1\xd9\xa4/\xd9\xa0\xd9\xa4/"
	       "\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6",
	       "on the fourteenth of April 2026");
	/* a short month before a day followed by its own month is no
	 * month (Spanish "mar. 3 de marzo": martes) */
	expect(&r, NORM_DMY, "on Mar 3, Mar 3 of April",
	       "on the third of March, Mar the third of April");
	/* not dates: no 31st of February, no 13th month, a fraction */
	expect(&r, NORM_DMY, "31/02/2026 14/13/2026 1/2",
	       "31/02/2026 14/13/2026 a half");
	/* a day past the list is said as its number */
	expect(&r, NORM_DMY, "on 20/4/2026", "on the 20 of April 2026");
	/* no year and no weekday: a date only with a leading zero, which
	 * no fraction or score has */
	expect(&r, NORM_DMY, "on 14/04 or 3/03, not 3/3 or 8/10 or 0.5/03",
	       "on the fourteenth of April or the third of March, not 3/3 or "
	       "8/10 or 0.5/03");
	/* a day and month with their dots are a date only where a decimal
	 * is written with a comma: "pH 7.04." is a number in English */
	expect(&r, NORM_DMY, "pH 7.04.", "pH 7.04.");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, "[digits]\ndecimal = ,\n"), 0);
	/* its dot ends the sentence too */
	expect(&r, NORM_DMY, "on 7.04.", "on the seventh of April.");
	rules_release(&r);
	/* a day and month alone after a word of md_after ("on 14/12"), not
	 * as a dose ("on 3/4"); never after a word of md_not_after ("Room
	 * 1/02", "Raum 1.02."), where a year makes a date all the same */
	assert_int_equal(load(&r, &e, en, "[date]\nmd_after = on, until\n"
			      "md_not_after = room, Raum\n"
			      "[digits]\ndecimal = ,\n"), 0);
	expect(&r, NORM_DMY, "on 14/12, until 4/12, on 3/4, in 14/12",
	       "on the fourteenth of December, until the fourth of December, "
	       "on three quarters, in 14/12");
	/* the second of two joined by the range word, if the first is a
	 * date: not after a dose */
	expect(&r, NORM_DMY, "on 12/12 to 14/12, on 1/2 to 4/12, 2/12 to 3/12",
	       "on the twelfth of December to the fourteenth of December, on a "
	       "half to 4/12, 2/12 to 3/12");
	expect(&r, NORM_DMY, "Room 1/02, Raum 1.02., room 1.02.2026",
	       "Room 1/02, Raum 1.02., room the first of February 2026");
	expect(&r, NORM_DMY, "on 1.02.", "on the first of February.");
	/* with a dot and no dot after it, a date after a word of md_after
	 * or after only where a decimal has a comma, and with a month of two
	 * digits: "on 2.5" is a number */
	expect(&r, NORM_DMY, "on 14.12 and on 2.5, in 14.12",
	       "on the fourteenth of December and on 2.5, in 14.12");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, "[date]\nmd_after = on\n"), 0);
	expect(&r, NORM_DMY, "on 14.12", "on 14.12");
	rules_release(&r);
	/* "3. Tag" and a range of them, after a word of after or not; no
	 * range without a word for one */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\ndays_after = ersten, zweiten, "
			      "dritten\nafter = vom\n[ordinal]\nnouns = Tag\n"
			      "[range]\nto = bis\n", NULL), 0);
	expect(&r, NORM_DMY, "vom 1.-3. Tag, 1.\xe2\x80\x93" "3. Tag, vom 3. Tag, "
	       "vom 1.-4. Tag, 1.-3. Woche",
	       "vom ersten bis dritten Tag, 1. bis 3. tag, vom dritten Tag, "
	       "vom 1. bis 4. tag, 1.-3. Woche");
	/* the range's word as a joint; an adjective before the noun only
	 * after a word of after */
	expect(&r, NORM_DMY, "vom 1. bis 3. Tag; vom 2. postoperativen Tag; "
	       "der 2. postoperativen Tag; vom 2. neuen Mal",
	       "vom ersten bis dritten Tag; vom zweiten postoperativen Tag; "
	       "der 2. postoperativen Tag; vom 2. neuen Mal");
	rules_release(&r);
	/* an abbreviation in capitals letter by letter: lowercased, "og"
	 * is a word ("ok"); one capital and the rest small is a noun */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\n[ordinal]\nnouns = OG, \xc3\x9cG, "
			      "Tag, \xc3\x9c" "bung\n", NULL), 0);
	expect(&r, NORM_DMY, "Haus B, 2. OG; 3. \xc3\x9cG; 4. Tag; 5. \xc3\x9c" "bung",
	       "Haus B, 2. o g; 3. \xc3\xbc g; 4. tag; 5. \xc3\xbc" "bung");
	rules_release(&r);
	/* a noun said as [ordinal] "said <noun>" gives it, lowercased */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\n[ordinal]\nnouns = OG, UG\n"
			      "said OG = Obergeschoss\n", NULL), 0);
	expect(&r, NORM_DMY, "Haus B, 2. OG; 3. UG",
	       "Haus B, 2. obergeschoss; 3. u g");
	rules_release(&r);
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\n[ordinal]\nnouns = Tag\n", NULL),
			 0);
	expect(&r, NORM_DMY, "1.-3. Tag", "1.-3. tag");
	rules_release(&r);
	/* dates of a list after a word of after take its form, joined by
	 * commas or a word of list_joins; not by a range's word */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\ndays = erster, zweiter, "
			      "dritter\ndays_after = ersten, zweiten, dritten\n"
			      "after = am\nlist_joins = und\n"
			      "format_md = {day} {month}\n"
			      "format_md_after = {day_after} {month}\n"
			      "[digits]\ndecimal = ,\n", NULL), 0);
	expect(&r, NORM_DMY, "am 1.12., 2.12. und 3.12.; 1.12. bis 3.12.",
	       "am ersten l, zweiten l und dritten l; erster l bis dritter l.");
	/* in Arabic-Indic digits the same */
	expect(&r, NORM_DMY, "am \xd9\xa1.\xd9\xa1\xd9\xa2., \xd9\xa2."
	       "\xd9\xa1\xd9\xa2. und \xd9\xa3.\xd9\xa1\xd9\xa2.",
	       "am ersten l, zweiten l und dritten l.");
	rules_release(&r);
	/* after a word of weak_after, days_weak in the plain format; a
	 * range's second day the same; without days_weak, days */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\ndays = erster, zweiter, "
			      "dritter\ndays_after = ersten, zweiten, dritten\n"
			      "days_weak = erste, zweite, dritte\n"
			      "after = am\nweak_after = der\nday_joins = bis\n"
			      "day_dash = bis\nsecond_day_same = yes\n"
			      "format_md = {day} {month}\n"
			      "format_md_after = {day_after} {month}\n"
			      "[digits]\ndecimal = ,\n", NULL), 0);
	expect(&r, NORM_DMY, "Der 3. l, der 1.-2. l, am 3. l, 3. l",
	       "Der dritte l, der erste bis zweite l, am dritten l, dritter l");
	rules_release(&r);
	/* after a word of [ordinal] after, any word with a capital is the
	 * noun; a small word, or a capital after another word, is not */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\n[ordinal]\nafter = jeder, die\n",
			      NULL), 0);
	expect(&r, NORM_DMY, "jeder 3. Patient, Die 2. OP, die 2. und, "
	       "Kapitel 3. Dann",
	       "jeder 3. patient, Die 2. o p, die 2. und, Kapitel 3. Dann");
	rules_release(&r);
	/* a number, a hyphen and an ordinal's ending ("2-j"): its form of
	 * 1 to 19, of the tens, or the rest as digits and the last; an
	 * ending not listed without its first letter; none for a hundred,
	 * an ending not listed at all, or more after it */
	assert_int_equal(load(&r, &e, ending_j, NULL), 0);
	expect(&r, NORM_DMY, "2-j, 19-j, 20-j, 25-j, 125-j, 110-j, 2-oj",
	       "o2, o19, t2, 20 o5, 120 o5, 100 o10, o2");
	expect(&r, NORM_DMY, "100-j 2-x 2-j5 0-j 1-2-j",
	       "100-j 2-x 2-j5 0-j 1-2-j");
	rules_release(&r);
	/* a year of 4 digits before a noun of "year <noun>": the ordinal of
	 * the key's ending; after a word of "year <noun> <word>", its words
	 * for the noun; a full stop that ends the sentence kept; none for a
	 * whole thousand, 3 digits, a noun not listed or glued on */
	assert_int_equal(load(&r, &e, ending_j, "[ordinal]\n-m = m1, m2, m3, "
			      "m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, "
			      "m14, m15, m16, m17, m18, m19\nyear yr = -j\n"
			      "year yr. = -j year\nyear yr. in = -m year\n"), 0);
	expect(&r, NORM_DMY, "2027 yr; In 2027 yr. on; by 2030 yr.",
	       "2020 o7 yr; In 2020 m7 year on; by 2000 t3 year.");
	expect(&r, NORM_DMY, "2000 yr, 999 yr, 2027 day, 2027yr",
	       "2000 yr, 999 yr, 2027 day, 2027yr");
	rules_release(&r);
}

/*
 * A month and year with no day, only where the rules have format_my: a
 * number or short form said from months_my or months, a month written
 * as a word said as written; not a ratio, a decimal, a part of a
 * longer number; and to a translation's check, the year and month.
 */
static void test_month_year(void **state)
{
	struct rules r;
	struct norm src = { 0 }, trn = { 0 };
	struct err e;
	char *why;

	(void)state;
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "Review 01/2027", "Review 01/2027");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, "[date]\nformat_my = {month} "
			      "{year}\n"), 0);
	expect(&r, NORM_DMY, "Review 01/2027, 3/2026, 03.2026 and Jan. 2027",
	       "Review January 2027, March 2026, March 2026 and January "
	       "2027");
	expect(&r, NORM_DMY, "risk 1/2000, 3/2000, pH 12.2026, 13/2026, "
	       "01/1850, 03/2000", "risk 1/2000, 3/2000, pH 12.2026, 13/2026, "
	       "01/1850, March 2000");
	expect(&r, NORM_DMY, "1/01/2027, 2.01/2027, 5-01/2027, Q3/2027",
	       "the first of January 2027, 2.01/2027, 5 to 01/2027, Q3/2027");
	expect(&r, NORM_MDY, "on 14/01/2027", "on 14/01/2027");
	rules_release(&r);
	/* not after a word of md_not_after or a sign of a number: a law */
	assert_int_equal(load(&r, &e, en, "[date]\nformat_my = {month} "
			      "{year}\nmd_not_after = law, decision\n"), 0);
	expect(&r, NORM_DMY, "Law 12/2023, n\xc2\xb0 4/2002, # 3/2026, Az. "
	       "04/2021, \xe2\x84\x96 12/2026, Review 12/2026",
	       "Law 12/2023, n\xc2\xb0 4/2002, # 3/2026, Az. 04/2021, "
	       "\xe2\x84\x96 12/2026, Review December 2026");
	/* a word of six letters or more with its dot ends a sentence,
	 * unless md_not_after lists it; a shorter one is a short form */
	expect(&r, NORM_DMY, "Revised. 01/2027. Decision. 3/2018. Núm. "
	       "3/2018. Révisé. 01/2027",
	       "Revised. January 2027. Decision. 3/2018. Núm. 3/2018. "
	       "Révisé. January 2027");
	rules_release(&r);
	/* a source's facts are kept for the next language, but not for
	 * other rules read from the same files into the same place: here
	 * with no format_my 01/2027 is no month and year, below it is */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\nwritten_also = aa, bb, cc, dd, "
			      "ee, ff, gg, hh, ii, jj, kk, ll\n", NULL), 0);
	src.ru = &r;
	trn.ru = &r;
	why = trcheck(&src, "Review 01/2027.", &trn, "Review aa 2027.", 0,
		      NULL);
	assert_non_null(why);
	free(why);
	rules_release(&r);
	/* the written word kept; a short form in months_my's form */
	assert_int_equal(load(&r, &e, "[date]\nmonths = a, b, c, d, e, f, g, "
			      "h, i, j, k, l\nwritten_also = aa, bb, cc, dd, "
			      "ee, ff, gg, hh, ii, jj, kk, ll\nabbr = ma, mb, mc, "
			      "md, me, mf, mg, mh, mi, mj, mk, ml\nmonths_my = A1, B1, "
			      "C1, D1, E1, F1, G1, H1, I1, J1, K1, L1\n"
			      "year_words = y.\nformat_my = {month} {year} Y\n",
			      NULL), 0);
	expect(&r, NORM_DMY, "in cc 2026 y., mc. 2026, 03/2026",
	       "in cc 2026 Y, C1 2026 Y, C1 2026 Y");
	src.ru = &r;
	trn.ru = &r;
	assert_null(trcheck(&src, "Review 01/2027.", &trn, "Review aa 2027.",
			    0, NULL));
	why = trcheck(&src, "Review 01/2027.", &trn, "Review mb. 2027.", 0,
		      NULL);
	assert_non_null(why);
	assert_non_null(strstr(why, "numbers differ"));
	free(why);
	rules_release(&r);
}

/* Two times with dots in a range get colons: where a decimal has a
 * comma, any such pair; where it has a dot, one hour 13 or later; not
 * minutes out of fives, after md_not_after, or a chain's second. */
static void test_dotted_times(void **state)
{
	struct rules r;
	struct err e;
	struct norm nm = { 0 };
	char s[128];

	(void)state;
	assert_int_equal(load(&r, &e, "[digits]\ndecimal = ,\n[date]\n"
			      "md_not_after = Kapitel\n", NULL), 0);
	nm.ru = &r;
	strcpy(s, "8.00-16.00, 8.30 bis 12.00, 9.00 \xe2\x80\x93 9.45, "
	       "2.10-2.12, Kapitel 2.10-2.15, 2.10-2.15-2.20, 1.000-2.000");
	norm_dotted_times(&nm, s, strlen(s));
	assert_string_equal(s, "8:00-16:00, 8:30 bis 12:00, 9:00 \xe2\x80\x93 "
			    "9:45, 2.10-2.12, Kapitel 2.10-2.15, 2.10-2.15-2.20, "
			    "1.000-2.000");
	rules_release(&r);
	assert_int_equal(load(&r, &e, "[digits]\ndecimal = .\n", NULL), 0);
	strcpy(s, "9.00-17.00, pH 7.35-7.45, 0.25-0.50 mg, 9.30-12.30");
	norm_dotted_times(&nm, s, strlen(s));
	assert_string_equal(s, "9:00-17:00, pH 7.35-7.45, 0.25-0.50 mg, "
			    "9.30-12.30");
	rules_release(&r);
}

/*
 * Two days of one month: the first as the template says a day, the
 * join, the date; the second day in the join's form, or the first's; a
 * dash with a word before the first day; none when the second is not
 * later, in a language without day_joins, or with no month after.
 */
static void test_day_ranges(void **state)
{
	struct rules r, tr;
	struct norm src = { 0 }, trn = { 0 };
	struct err e;
	char *f, *why;

	(void)state;
	assert_int_equal(load(&r, &e, en, "[date]\nday_joins = to, and\n"
			      "day_dash = to\nformat_md_mdy = {month} {day}\n"
			      "weekdays = Monday, Tuesday, Wednesday, Thursday, "
			      "Friday, Saturday, Sunday\nweekday_abbr = Mon, "
			      "Tue, Wed, Thu, Fri, Sat, Sun\n"), 0);
	expect(&r, NORM_DMY, "1-5 December, from 1 to 5 Dec 2026, on 1st "
	       "and 2nd March, December 1\xe2\x80\x93" "5, 2026",
	       "the first to the fifth of December, from the first to the "
	       "fifth of December 2026, on the first and the second of March, "
	       "the first to the fifth of December 2026");
	expect(&r, NORM_MDY, "December 1-5, 1 to 5 December 2026",
	       "December first to fifth, December first to fifth, 2026");
	/* to a translation's check, the first day and the date: the same
	 * facts as "del 1 al 5 de diciembre" where there are no day_joins */
	assert_int_equal(load(&tr, &e, "[date]\nmonths = a, b, c, d, e, f, "
			      "g, h, i, j, k, l\njoin = de\n", NULL), 0);
	src.ru = &r;
	trn.ru = &tr;
	assert_null(trcheck(&src, "Closed 1-5 December.", &trn,
			    "Cerrado del 1 al 5 de l.", 0, NULL));
	/* a date in Arabic-Indic digits is the same date */
	assert_null(trcheck(&src, "Come on 15/01/2027.", &trn,
			    "\xd9\xa1\xd9\xa5/\xd9\xa1/\xd9\xa2\xd9\xa0"
			    "\xd9\xa2\xd9\xa7.", 0, NULL));
	why = trcheck(&src, "Closed 1-5 December.", &trn,
		      "Cerrado del 1 al 6 de l.", 0, NULL);
	assert_non_null(why);
	assert_non_null(strstr(why, "numbers differ"));
	free(why);
	rules_release(&tr);
	/* not days: the second not later, no month, no join (the range
	 * class says the first two) */
	expect(&r, NORM_DMY, "5-1 December, 1-5 tablets, 1 or 5 May",
	       "5 to 1 December, 1 to 5 tablets, 1 or the fifth of May");
	expect(&r, NORM_DMY, "December 1-5-7", "the first of December-5-7");
	/* two dates with a dash: the dash said as a range of days is */
	expect(&r, NORM_DMY, "on 13 December - 2 January, 3/4-5",
	       "on the thirteenth of December to the second of January, "
	       "three quarters to 5");
	/* a weekday before the second date is said with it */
	expect(&r, NORM_DMY, "Mon 3 March - Fri 7 March, 3 March - Fri",
	       "Monday the third of March to Friday the seventh of March, "
	       "the third of March - Fri");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "1 and 5 May", "1 and the fifth of May");
	rules_release(&r);
	/* the second day in the join's form ("по": not after, "до": after),
	 * or in the first's; the dash's word before the first day */
	f = "[date]\nmonths = a, b, c, d, e, f, g, h, i, j, k, l\n"
	    "days = D1, D2, D3\ndays_after = A1, A2, A3\nafter = s, do\n"
	    "format_md = {day} {month}\nformat_md_after = {day_after} "
	    "{month}\nday_joins = po, do, und\nday_dash = po\n"
	    "day_dash_from = s\n";
	assert_int_equal(load(&r, &e, f, NULL), 0);
	expect(&r, NORM_DMY, "s 1 po 3 c, s 1 do 3 c, 1-3 c, 1 und 2 c, "
	       "do 1 und 2 c",
	       "s A1 po D3 c, s A1 do A3 c, s A1 po D3 c, D1 und D2 c, "
	       "do A1 und D2 c");
	rules_release(&r);
	/* a day and month with a slash after the dash only with
	 * numeric_day_ranges; the date's template is the first day's */
	expect(&r, NORM_DMY, "s 1-3/03", "s 1-3/03");
	rules_release(&r);
	assert_int_equal(load(&r, &e, f, "[date]\nnumeric_day_ranges = yes\n"
			      "format_md_after = {day_after} of {month}\n"
			      "format_md = x {day} {month}\n"), 0);
	expect(&r, NORM_DMY, "s 1-3/03, 1 und 2/03",
	       "s A1 po x D3 of c, x D1 und x D2 c");
	rules_release(&r);
	assert_int_equal(load(&r, &e, f, "[date]\nsecond_day_same = yes\n"
			      "day_dash_from = \n"), 0);
	expect(&r, NORM_DMY, "do 1 und 2 c, 1-3 c, s 1-3 c",
	       "do A1 und A2 c, D1 po D3 c, s A1 po A3 c");
	rules_release(&r);
}

static void test_acronyms_symbols_addresses(void **state)
{
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "the NHS and NICE", "the N H S and nice");
	expect(&r, NORM_DMY, "the US", "the U S");
	expect(&r, NORM_DMY, "DON'T and N.H.S.", "DON'T and N H S.");
	/* a word of six capitals is a word */
	expect(&r, NORM_DMY, "PLEASE", "PLEASE");
	expect(&r, NORM_DMY, "A&E", "A and E");
	expect(&r, NORM_DMY, "x2 daily, max2", "2 times daily, max2");
	/* an x standing alone after a number: the sign, or "{n}x" */
	expect(&r, NORM_DMY, "Take 2 x 500 mg, 3 x daily or 2 X 3.",
	       "Take 2 times 500 mg, 3 times daily or 2 times 3.");
	expect(&r, NORM_DMY, "box x 5, 1 x, x 2", "box x 5, 1 x, x 2");
	/* between a dose and a number: the sign, not the letter */
	expect(&r, NORM_DMY, "1 tablet x 3, 2 tab. x 2, a box x 5, 500mg x 2",
	       "1 tablet times 3, 2 tab. times 2, a box x 5, 500mg times 2");
	expect(&r, NORM_DMY, "see rnib.org.uk or a@b.uk.",
	       "see R N I B dot O R G dot U K or A at B dot U K.");
	/* in a path, four letters or more with a vowel are a word */
	expect(&r, NORM_DMY, "nhs.uk/back-pain/mscc/faq",
	       "N H S dot U K / back - pain / M S C C / F A Q");
	/* not an address: its last label is no known ending */
	expect(&r, NORM_DMY, "file.txt", "file.txt");
	rules_release(&r);
}

/* A text is shouted when two thirds of its words or more are in
 * capitals: not a text dense with acronyms, where half of them are, nor
 * a list of them, each before a comma. */
static void test_shouting(void **state)
{
	static const char *const shouted[] = {
		"DO NOT DRIVE IF YOU FEEL DIZZY",
		"TAKE 2 TABLETS OF 500 mg EVERY 4 hours",
		"CALL 999 NOW OR GO TO A&E",
		"STOP, CALL 999, DO NOT WAIT",
	};
	static const char *const not_shouted[] = {
		"A PICC line, a PEG tube, a CPAP mask, a TENS machine; your "
		"ALT",
		"Your ALT, AST and GGT results",
		"Ihre Werte: CRP, GOT, GPT, ALT, TSH; INR/PSA",
		"Do NOT drive",
		"GO NOW",	/* fewer than three */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(shouted) / sizeof(*shouted); i++)
		assert_true(norm_shouting(shouted[i], strlen(shouted[i])));
	for (i = 0; i < sizeof(not_shouted) / sizeof(*not_shouted); i++)
		assert_false(norm_shouting(not_shouted[i],
					   strlen(not_shouted[i])));
}

static void test_fractions(void **state)
{
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, en, NULL), 0);
	expect(&r, NORM_DMY, "Take 1/2 tablet (3/4 of a cup).",
	       "Take a half tablet (three quarters of a cup).");
	expect(&r, NORM_DMY, "Take 1 1/2 or 2-1/2 tablets.",
	       "Take 1 and a half or 2 and a half tablets.");
	/* ranges with a fraction at either end */
	expect(&r, NORM_DMY, "1/2-1 tablet, 1 1/2-2, 1/2-3/4",
	       "a half to 1 tablet, 1 and a half to 2, a half to three "
	       "quarters");
	/* a fraction's sign, as a range's left end */
	expect(&r, NORM_DMY, "\xc2\xbd-1 tablet", "a half to 1 tablet");
	/* not fractions: longer numbers, a leading zero (a date), a date,
	 * a decimal, a letter after it, none listed */
	expect(&r, NORM_DMY, "11/2 1/25 01/02 0.1/2 1/2b 1/5",
	       "11/2 1/25 the first of February 0.1/2 1/2b 1/5");
	expect(&r, NORM_DMY, "on 1/2/2026", "on the first of February 2026");
	rules_release(&r);
	/* after a word of not_after, one number or the other ("grade 3/4",
	 * case aside); left as written with no "or", and a date stays */
	assert_int_equal(load(&r, &e, en, "[fraction]\nnot_after = grade, "
			      "week\nor = or\n"), 0);
	expect(&r, NORM_DMY, "Grade 3/4, week 1/2, 3/4 cup, week 1/2/2026",
	       "Grade 3 or 4, week 1 or 2, three quarters cup, week the "
	       "first of February 2026");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, "[fraction]\nnot_after = grade\n"),
			 0);
	expect(&r, NORM_DMY, "grade 3/4, 3/4", "grade 3/4, three quarters");
	rules_release(&r);
	assert_int_equal(load(&r, &e, en, NULL), 0);
	/* a whole number before a fraction with no {n} key: not said as
	 * "1 three quarters" */
	expect(&r, NORM_DMY, "1 3/4 cups", "1 3/4 cups");
	/* an unspaced script after it: "1/2片" is a half of a tablet */
	expect(&r, NORM_DMY, "1/2\xe7\x89\x87", "a half\xe7\x89\x87");
	/* one character for the fraction (½ ¾ ⅕): by the key of its N/D,
	 * after a whole number with or without a space; none listed for ⅕ */
	expect(&r, NORM_DMY,
	       "\xc2\xbd tablet, 1\xc2\xbd, 2 \xc2\xbd, \xe2\x85\x95",
	       "a half tablet, 1 and a half, 2 and a half, \xe2\x85\x95");
	expect(&r, NORM_DMY, "1\xc2\xbe cups", "1\xc2\xbe cups");
	rules_release(&r);
	/* a whole number's own key before {n}'s: German "eineinhalb", not
	 * "eins einhalb"; written with a space, a hyphen or one sign */
	assert_int_equal(load(&r, &e, "[fraction]\n1/2 = einhalb\n"
			      "{n} 1/2 = {n} einhalb\n1 1/2 = eineinhalb\n",
			      NULL), 0);
	expect(&r, NORM_DMY, "1 1/2, 1-1/2, 1\xc2\xbd, 2 1/2, 11 1/2",
	       "eineinhalb, eineinhalb, eineinhalb, 2 einhalb, 11 einhalb");
	rules_release(&r);
	assert_int_equal(load(&r, &e, "[fraction]\n1 1/2 = eineinhalb\n",
			      NULL), 0);
	expect(&r, NORM_DMY, "1 1/2 und 2 1/2", "eineinhalb und 2 1/2");
	rules_release(&r);
}

static const char money[] =
	"[range]\nto = to\n"
	"[digits]\ndecimal = .\n"
	"[currency]\nplural = one\njoin = {whole} and {cents}\n"
	"\xc2\xa3 = {n} pound, {n} pounds\n"
	"\xc2\xa3 cents = {n} penny, {n} pence\n"
	"$ = {n} dollar, {n} dollars\n"
	"US$ = {n} US dollar, {n} US dollars\n"
	"EUR = {n} euro, {n} euros\n";

/* A short weekday with its capital is the day before a date or a time,
 * and a word elsewhere ("I sat 10 minutes"); the time's minutes are
 * digits */
/* A weekday's forms in two cases, for the rules of test_weekdays. */
#define GENITIVE "weekdays_genitive = gMo, gTu, gWe, gTh, gFr, gSa, gSu\n"
#define DATIVE "weekdays_dative = dMo, dTu, dWe, dTh, dFr, dSa, dSu\n"

static void test_weekdays(void **state)
{
	static const char rules[] =
		"[range]\nto = to\n[date]\nmonths = January, February, "
		"March, April, May, June, July, August, September, October, "
		"November, December\nweekdays = Monday, Tuesday, "
		"Wednesday, Thursday, Friday, Saturday, Sunday\n"
		"weekday_abbr = Mon, Tue, Wed, Thu, Fri, Sat, Sun\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, rules, NULL), 0);
	expect(&r, NORM_DMY, "Sat 10am, Sun 9:30, Mon 10:30 pm, Mon-Fri",
	       "Saturday 10am, Sunday 9:30, Monday 10:30 pm, Monday to "
	       "Friday");
	expect(&r, NORM_DMY, "I sat 10 minutes. Sat 10:ab pm. Sun 123 pm.",
	       "I sat 10 minutes. Sat 10:ab pm. Sun 123 pm.");
	/* without its capital, before a time with its minutes only */
	expect(&r, NORM_DMY, "sun 9:30, mon 10.30 pm, sat 10 pm, sat 10am",
	       "Sunday 9:30, Monday 10.30 pm, sat 10 pm, sat 10am");
	/* a time written with an h counts as one with its minutes */
	expect(&r, NORM_DMY, "sat 8h00, mon 8h, sun 8 hours",
	       "Saturday 8h00, Monday 8h, sun 8 hours");
	rules_release(&r);
	/* a word of hour_words after the hour, one of weekday_time_words
	 * before it; with the weekday's capital only, as for an hour alone */
	assert_int_equal(load(&r, &e, rules, "[date]\nhour_words = uhr, "
			      "hrs\nweekday_time_words = from, at\n"), 0);
	expect(&r, NORM_DMY, "Sat 9 hrs, Sun from 8 hrs, Mon at 9 Uhr, "
	       "sat 9 hrs, Sat from 9, Sat 9 days",
	       "Saturday 9 hrs, Sunday from 8 hrs, Monday at 9 Uhr, "
	       "sat 9 hrs, Sat from 9, Sat 9 days");
	rules_release(&r);
	/* never after a word of weekday_not_after (Vietnamese "đốt sống
	 * T4-T6": vertebrae, not Wednesday to Friday) */
	assert_int_equal(load(&r, &e, rules, "[date]\nweekday_not_after = "
			      "vertebrae, level\n"), 0);
	expect(&r, NORM_DMY, "vertebrae Mon-Fri, level Mon-Fri, open Mon-Fri",
	       "vertebrae Mon-Fri, level Mon-Fri, open Monday to Friday");
	rules_release(&r);
	/* a list: its joints, a range in it, a capital where the rules
	 * write one; a joint with a dot or a sign said as the first word */
	assert_int_equal(load(&r, &e, rules, "[date]\nweekday_joins = and, "
			      "or, u., &\n"), 0);
	expect(&r, NORM_DMY, "Mon, Wed and Fri; Tue & Thu; Mon u. Sat; "
	       "Mon-Wed, Fri; Sat/Sun; Mon or Tue",
	       "Monday, Wednesday and Friday; Tuesday and Thursday; Monday "
	       "and Saturday; Monday to Wednesday, Friday; Saturday, Sunday; "
	       "Monday or Tuesday");
	expect(&r, NORM_DMY, "I sat and sun, Sat and sun, Mon and, Mon, 5",
	       "I sat and sun, Sat and sun, Mon and, Mon, 5");
	rules_release(&r);
	/* alone with its dot: with the capital the rules write; a word of
	 * weekday_words where its dot ends a sentence ("la mer.") */
	assert_int_equal(load(&r, &e, rules, "[date]\nweekday_words = Wed, "
			      "sat\n"), 0);
	expect(&r, NORM_DMY, "Avoid the sun. Closed Sun. Wed. Shut Thu.",
	       "Avoid the sun. Closed Sunday. Wed. Shut Thursday.");
	expect(&r, NORM_DMY, "Wed. closed, Sat. 9:00, Sat. Sun.",
	       "Wednesday closed, Saturday 9:00, Sat. Sunday.");
	rules_release(&r);
	/* after a word of a case's list, in that case's forms, a list's
	 * weekdays all in it (Russian "в ср. и пт." "в среду и пятницу") */
	assert_int_equal(load(&r, &e, rules, "[date]\nweekday_joins = and\n"
			      GENITIVE "weekday_genitive_after = from, until\n"
			      DATIVE "weekday_dative_after = towards\n"), 0);
	expect(&r, NORM_DMY, "From Mon. until Wed. and Fri. towards Sun. on "
	       "Tue.", "From gMo until gWe and gFr towards dSu on Tuesday.");
	rules_release(&r);
	/* a joint word of a case's list gives the next weekday its case */
	assert_int_equal(load(&r, &e, rules, "[date]\nweekday_joins = and, "
			      "towards\n" GENITIVE "weekday_genitive_after = "
			      "from\n" DATIVE "weekday_dative_after = towards\n"),
			 0);
	expect(&r, NORM_DMY, "from Mon towards Fri and Sat",
	       "from gMo towards dFr and dSa");
	rules_release(&r);
	/* the plural after its word, but not after a joint: "each" ends a
	 * range there */
	assert_int_equal(load(&r, &e, rules, "[date]\nweekday_joins = and, "
			      "each\nweekdays_plural_dative = pMo, pTu, pWe, "
			      "pTh, pFr, pSa, pSu\nweekday_plural_dative_after = "
			      "each\n" GENITIVE "weekday_genitive_after = from\n"
			      "weekdays_accusative = aMo, aTu, aWe, aTh, aFr, "
			      "aSa, aSu\nweekday_accusative_after = each\n"), 0);
	expect(&r, NORM_DMY, "each Mon and Thu; from Mon each Fri",
	       "each pMo and pTh; from gMo each aFr");
	rules_release(&r);
}

/* "21 кап.", "по 1 кап.", "nach 1 Std.": a number and its unit in the
 * number's form, after the words of an after list in that list's forms;
 * decimals, grouped thousands, a range's end; not a unit: a longer word,
 * a number that goes on */
static void test_units(void **state)
{
	static const char slavic[] =
		"[digits]\ndecimal = ,\n[currency]\nplural = slavic\n"
		"[fraction]\n1/2 = polovinu\n{n} 1/2 = {n} s polovinoj\n"
		"[units]\nafter dative = po\n"
		"kap. = {n:odna|dve} kaplja, {n:odna|dve} kapli, {n} kapel, "
		"{n} kapli\n"
		"kap. dative = {n:odnoj} kaple, {n:odnoj|dve} kapli, {n} kapel\n"
		"kap. 1 1/2 = poltory kapli\n"
		"ch. l. = {n:odna|dve} lozhka, {n:odna|dve} lozhki, {n} lozhek\n"
		"min = {n} minuta, {n} minuty, {n} minut\n";
	static const char one[] =
		"[range]\nto = bis\n[fraction]\n1/2 = einhalb\n"
		"1/4 = ein Viertel\n"
		"[units]\njoin = e\n"
		"Std. 1/2 = eine halbe Stunde\n"
		"Std. dative 1/2 = einer halben Stunde\n"
		"after dative = mit, nach\nStd. = eine Stunde, {n} Stunden\n"
		"Std. dative = einer Stunde, {n} Stunden\n"
		"cp = {n:uma|duas} cp\xc3\xa1, {n:uma|duas} cps\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, slavic, NULL), 0);
	expect(&r, NORM_DMY, "1 kap., 21 kap., 22 kap., 5 kap., 11 kap., "
	       "12 kap.", "odna kaplja, 20 odna kaplja, 20 dve kapli, 5 kapel, "
	       "11 kapel, 12 kapel.");
	expect(&r, NORM_DMY, "Po 1 kap., po 21 kap. i po 2 kap.",
	       "Po odnoj kaple, po 20 odnoj kaple i po dve kapli.");
	/* the decimals' own form; "1 000" whole; a space left out */
	expect(&r, NORM_DMY, "1,5 kap. 1 000 kap. 2 ch.l. 2ch. l.",
	       "1,5 kapli 1000 kapel dve lozhki dve lozhki.");
	/* no form for decimals: few's; no dative forms: the unit's own */
	expect(&r, NORM_DMY, "1,5 min, po 1 min, 3 minuty, 3 ch. lozhki",
	       "1,5 minuty, po 1 minuta, 3 minuty, 3 ch. lozhki");
	/* a range, where the language has no word for one: both numbers
	 * in the last one's form; no range of three */
	expect(&r, NORM_DMY, "po 1-2 kap., 21\xe2\x80\x93" "22 kap., 5-10 kap., "
	       "1-2-10 kap.", "po odnoj-dve kapli, 20 odna-20 dve kapli, "
	       "5-10 kapel, 1-2-10 kap.");
	/* a fraction, in the form for decimals */
	expect(&r, NORM_DMY, "1/2 kap., \xc2\xbd ch. l., 2 1/2 kap., 1/3 kap.",
	       "polovinu kapli, polovinu lozhki, 2 s polovinoj kapli, 1/3 "
	       "kap.");
	/* a whole number and a fraction with the unit's own words for
	 * them, after a case's word too (no "kap. dative 1 1/2"); without
	 * them, the form for decimals */
	expect(&r, NORM_DMY, "1 1/2 kap., po 1\xc2\xbd kap., 1 1/2 ch. l.",
	       "poltory kapli, po poltory kapli, 1 s polovinoj lozhki.");
	/* not a unit's number: inside another, or with the other mark */
	expect(&r, NORM_DMY, "1.5 kap., 2/3 kap.", "1.5 kap., 2/3 kap.");
	/* the unit's dot ends a sentence before a capital too (and after
	 * a schedule), but not before a small letter */
	expect(&r, NORM_DMY, "Po 2 kap. Zatem 1-0-1 kap. Potom 2 kap. v den",
	       "Po dve kapli. Zatem 1, 0, 1 kapli. Potom dve kapli v den");
	rules_release(&r);
	/* where nouns are written with a capital, a capital goes on */
	assert_int_equal(load(&r, &e, slavic, "[letters]\ncapital_nouns = "
			      "yes\n"), 0);
	expect(&r, NORM_DMY, "2 kap. Aspirin", "dve kapli Aspirin");
	rules_release(&r);
	assert_int_equal(load(&r, &e, one, NULL), 0);
	/* "1,5": a comma here is no decimal mark ([digits] decimal) */
	expect(&r, NORM_DMY, "1 Std., nach 1 Std., mit 2 Std., 1,5 Std.",
	       "eine Stunde, nach einer Stunde, mit 2 Stunden, 1,5 Std.");
	/* a range's end; join between the tens and the words; no unit
	 * in a longer word or in a setting's name ("join") */
	expect(&r, NORM_DMY, "1 join, 2 cps, 1 cpx",
	       "1 join, 2 cps, 1 cpx");
	/* a fraction's own words for the unit, after a case's word too;
	 * without them, the form for decimals */
	expect(&r, NORM_DMY, "1/2 Std., nach \xc2\xbd Std., 1/2 cp",
	       "eine halbe Stunde, nach einer halben Stunde, einhalb cps");
	/* and at a range's end */
	expect(&r, NORM_DMY, "1/2-1 Std., 1/4-1/2 Std.", "einhalb bis eine "
	       "Stunde, ein Viertel bis eine halbe Stunde.");
	expect(&r, NORM_DMY, "2-3 Std., 1 cp, 21 cp, 32 cp, 12 cp",
	       "2 bis 3 Stunden, uma cp\xc3\xa1, 20 e uma cps, 30 e duas cps, "
	       "12 cps");
	rules_release(&r);
}

static void test_money(void **state)
{
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, money, NULL), 0);
	expect(&r, NORM_DMY, "\xc2\xa3" "5, \xc2\xa3" "1 and \xc2\xa3" "9.90",
	       "5 pounds, 1 pound and 9 pounds and 90 pence");
	expect(&r, NORM_DMY, "\xc2\xa3" "0.50 or \xc2\xa3" "0.01, \xc2\xa3" "5.00",
	       "50 pence or 1 penny, 5 pounds");
	/* thousands grouped; a code with a space; the longest sign */
	expect(&r, NORM_DMY, "\xc2\xa3" "1,234.56", "1234 pounds and 56 pence");
	expect(&r, NORM_DMY, "EUR 10 and US$5", "10 euros and 5 US dollars");
	/* a range, the sign written once or twice */
	expect(&r, NORM_DMY, "\xc2\xa3" "5-\xc2\xa3" "10, \xc2\xa3" "5\xe2\x80\x93" "10",
	       "5 to 10 pounds, 5 to 10 pounds");
	/* not said as money: other decimals, cents with no name for them,
	 * a letter around it, another currency's sign, a falling range */
	expect(&r, NORM_DMY, "\xc2\xa3" "1.5 \xc2\xa3" "5m $1.20 EUROPE 5 A$5",
	       "\xc2\xa3" "1.5 \xc2\xa3" "5m $1.20 EUROPE 5 A$5");
	expect(&r, NORM_DMY, "\xc2\xa3" "10-5", "10 pounds-5");
	/* after a script written without spaces, a sign begins a word */
	expect(&r, NORM_DMY, "\xe4\xbb\x98$5\xe3\x80\x82",
	       "\xe4\xbb\x98" "5 dollars\xe3\x80\x82");
	rules_release(&r);
}

/* "£1.5 million": the number and scale word as written, then the name
 * for a million, or the sign's own "scaled" name; the sign before or
 * after */
static void test_money_scaled(void **state)
{
	static const char scaled[] =
		"[digits]\ndecimal = ,\n"
		"[currency]\nplural = slavic\njoin = {whole} {cents}\n"
		"scales = million, millions\nscaled = {n} {scale} of {name}\n"
		"scaled_one = un\n"
		"\xc2\xa3 = {n} livre, {n} livres, {n} livres\n"
		"$ = {n} dollar, {n} dollara, {n} dollarov\n"
		"\xe2\x82\xac = {n} euro, {n} euro, {n} euro\n"
		"\xe2\x82\xac scaled = eurov\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, scaled, NULL), 0);
	expect(&r, NORM_DMY, "\xc2\xa3" "1,5 million et 2 millions $",
	       "1,5 million of livres et 2 millions of dollarov");
	expect(&r, NORM_DMY, "\xe2\x82\xac" "1 Million, 10,25 millions "
	       "\xe2\x82\xac", "un Million of eurov, 10,25 millions of eurov");
	/* thousands grouped as the language writes them */
	expect(&r, NORM_DMY, "\xc2\xa3" "1.500 millions, 2 500 millions $",
	       "1.500 millions of livres, 2 500 millions of dollarov");
	/* not a scale: another word, the other decimal mark, a word after
	 * the sign, no sign at all; a plain amount stays an amount */
	expect(&r, NORM_DMY, "\xc2\xa3" "2 millionaires, \xc2\xa3" "1.5 "
	       "million, 3 millions de gens, 4 millions $x",
	       "2 livres millionaires, \xc2\xa3" "1.5 million, 3 millions de "
	       "gens, 4 millions $x");
	rules_release(&r);
}

/* "1-0-1": a dose each time of day, said one by one; a range of two,
 * and five or a number of two digits, are no schedule */
static void test_schedule(void **state)
{
	static const char rules[] =
		"[range]\nto = to\n[fraction]\n1/2 = a half\n"
		"[currency]\nplural = slavic\n"
		"[units]\ntab. = {n:odna|dve} tabletka, {n:odna|dve} tabletki, "
		"{n} tabletok\nafter dative = po\n"
		"tab. dative = {n:odnoj} tabletke, {n:odnoj|dve} tabletki, "
		"{n} tabletok\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, rules, NULL), 0);
	expect(&r, NORM_DMY, "1-0-1 daily, \xc2\xbd-0-\xc2\xbd, 1\xe2\x80\x93"
	       "1\xe2\x80\x93" "1\xe2\x80\x93" "1",
	       "1, 0, 1 daily, a half, 0, a half, 1, 1, 1, 1");
	expect(&r, NORM_DMY, "1-2 tablets, 1-0-1-0-1, 1-0-1x",
	       "1 to 2 tablets, 1-0-1-0-1, 1-0-1x");
	/* doses of two digits with a 0 among them (insulin's units); not
	 * without one, nor of three digits or a leading zero */
	expect(&r, NORM_DMY, "10-0-8 units, 12-10-0-0, 10-10-10, 100-0-1, "
	       "05-0-1", "10, 0, 8 units, 12, 10, 0, 0, 10-10-10, 100-0-1, "
	       "05-0-1");
	expect(&r, NORM_DMY, "10\xe2\x80\x93" "0\xe2\x80\x93" "8 units",
	       "10, 0, 8 units");
	/* a unit after it by its name, as after 2, after po too */
	expect(&r, NORM_DMY, "1-0-1 tab. daily, po 1-1-1 tab.",
	       "1, 0, 1 tabletki daily, po 1, 1, 1 tabletki.");
	/* no range inside a chain that is no schedule either */
	expect(&r, NORM_DMY, "0-800-1", "0-800-1");
	rules_release(&r);
}

/* A range's right end may be a number with its template of [symbols]:
 * "2-3x" was "2 dash 3 times" (Portuguese: "menos", minus). */
static void test_range_counted(void **state)
{
	static const char rules[] =
		"[range]\nto = to\n[symbols]\n{n}x = {n} times\n"
		"\xc3\x97 = times\nx{n} = extension {n}\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, rules, NULL), 0);
	expect(&r, NORM_DMY, "2-3x daily, 2\xe2\x80\x93" "3x a day",
	       "2 to 3 times daily, 2 to 3 times a day");
	expect(&r, NORM_DMY, "2-3 x daily, 1-2 x 500 mg",
	       "2 to 3 times daily, 1 to 2 times 500 mg");
	/* an x before a slash: "3 x/day" was "3 eks per day" */
	expect(&r, NORM_DMY, "3 x/day, 1-2 x/week, 3 x/2",
	       "3 times/day, 1 to 2 times/week, 3 x/2");
	/* not a template that does not begin with the number */
	expect(&r, NORM_DMY, "1-2 x2", "1 to 2 extension 2");
	rules_release(&r);
}

/* A template with a form for each form of [currency] plural takes the
 * number's: "5x" was "5 раза", "1x" "1 times". */
static void test_counted_forms(void **state)
{
	static const char ru[] =
		"[currency]\nplural = slavic\n[symbols]\n"
		"{n}x = {n} \xd1\x80\xd0\xb0\xd0\xb7, "
		"{n} \xd1\x80\xd0\xb0\xd0\xb7\xd0\xb0, "
		"{n} \xd1\x80\xd0\xb0\xd0\xb7\n"
		"24/7 = day, night\n";
	static const char two[] =
		"[range]\nto = to\n[symbols]\n{n}x = {n} time, {n} times\n"
		"x{n} = {n} time, {n} times, {n} timez\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, ru, NULL), 0);
	expect(&r, NORM_DMY, "1x 2x 5x 21x 22x 11x 1,5x",
	       "1 \xd1\x80\xd0\xb0\xd0\xb7 2 \xd1\x80\xd0\xb0\xd0\xb7"
	       "\xd0\xb0 5 \xd1\x80\xd0\xb0\xd0\xb7 21 \xd1\x80\xd0\xb0"
	       "\xd0\xb7 22 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xb0 11 \xd1\x80"
	       "\xd0\xb0\xd0\xb7 1,5 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xb0");
	/* a value with commas and no {n} is said whole */
	expect(&r, NORM_DMY, "open 24/7", "open day, night");
	rules_release(&r);
	assert_int_equal(load(&r, &e, two, NULL), 0);
	expect(&r, NORM_DMY, "1x daily, 2x, 1-2x, 1.5x",
	       "1 time daily, 2 times, 1 to 2 times, 1.5 times");
	/* three forms where the plural rule has two: the template whole */
	expect(&r, NORM_DMY, "x1", "1 time, 1 times, 1 timez");
	rules_release(&r);
}

/* Roman numerals of [roman]: after a word, in a list, with an ending,
 * before a word; and where they are letters or a pronoun. */
static void test_roman(void **state)
{
	static const char rules[] =
		"[range]\nto = to\n"
		"[ordinal]\n-go = pervogo, vtorogo, tretego, chetvertogo, "
		"pjatogo, shestogo, sedmogo, vosmogo, devjatogo, desjatogo, "
		"odinnadcatogo, dvenadcatogo, trinadcatogo, chetyrnadcatogo, "
		"pjatnadcatogo, shestnadcatogo, semnadcatogo, vosemnadcatogo, "
		"devjatnadcatogo\n"
		"-go tens = dvadcatogo, tridcatogo, sorokovogo, "
		"pjatidesjatogo, shestidesjatogo, semidesjatogo, "
		"vosmidesjatogo, devjanostogo\n"
		"[roman]\nafter = stage, type, giai \xc4\x91o\xe1\xba\xa1n\n"
		"joins = or, and\ni_before = diabetes\n"
		"suffixes = e \xc3\xa8me, er\nbefore veka = -go\n";
	struct rules r;
	struct err e;

	(void)state;
	assert_int_equal(load(&r, &e, rules, NULL), 0);
	expect(&r, NORM_DMY, "Stage IV, type II, stage IIIb, stage IIIC.",
	       "Stage 4, type 2, stage 3b, stage 3C.");
	expect(&r, NORM_DMY, "stage III or IV; stage I-III; type I/II; "
	       "stage I, II and III; type-II; stage II-4",
	       "stage 3 or 4; stage 1 to 3; type 1 or 2; stage 1, 2 and 3; "
	       "type-2; stage 2 to 4");
	/* a list of twelve at most (each word of a longer run would be
	 * tried to its end: a run of 20,000 took 28 s) */
	expect(&r, NORM_DMY, "the cells of stage I, II, III, IV, V, VI, VII, "
	       "VIII, IX, X, XI, XII, XIII and all the other cells that we "
	       "may see in the body of a patient at this time of the day",
	       "the cells of stage 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "
	       "X I I I and all the other cells that we may see in the body "
	       "of a patient at this time of the day");
	/* a lone X right after the word is a letter (a pregnancy category),
	 * in a list the tenth */
	expect(&r, NORM_DMY, "type X; stage IX-X; stage XX",
	       "type X; stage 9 to 10; stage 20");
	/* a word of two (Vietnamese), its first letter in capitals */
	expect(&r, NORM_DMY, "Giai \xc4\x91o\xe1\xba\xa1n XXI",
	       "Giai \xc4\x91o\xe1\xba\xa1n 21");
	/* a lone I: a numeral before a word of i_before or joins, a sign or
	 * nothing; a pronoun before any other word */
	expect(&r, NORM_DMY, "type I diabetes; stage I or II; stage I.",
	       "type 1 diabetes; stage 1 or 2; stage 1.");
	expect(&r, NORM_DMY, "At this stage I will see you.",
	       "At this stage I will see you.");
	/* not numerals but acronyms, spelled: other letters, no word
	 * before, not written the usual way, inside a word */
	expect(&r, NORM_DMY, "type C; stage L; IV; stage IIII; stage IVa1; "
	       "stage VX; stage IVY",
	       "type C; stage L; I V; stage I I I I; stage IVa1; stage V X; "
	       "stage I V Y");
	/* an ordinal's ending, as read after digits; else none */
	expect(&r, NORM_DMY, "XXIe, Ier, XIX, Ce, De, Me",
	       "21\xc3\xa8me, 1er, X I X, Ce, De, Me");
	/* before a word: its ordinal, a list too; not when the rules have
	 * no word for it, nor with a letter, nor before another word */
	expect(&r, NORM_DMY, "iz XXI veka, iz I-II veka, iz XIX veka; "
	       "ne iz XL veka, ne iz IIIb veka, ne v XX vek", "iz 20 pervogo "
	       "veka, iz pervogo to vtorogo veka, iz devjatnadcatogo veka; ne "
	       "iz X L veka, ne iz IIIb veka, ne v X X vek");
	rules_release(&r);
}

static void test_names(void **state)
{
	static const struct norm_name names[] = {
		{ "A&E", "A and E", 3 }, { "NHS", NULL, 4 },
	};
	struct norm nm = { 0 };
	struct norm_match m = { 0 };
	const char *t = "NHSmail, NHS and A&E";

	(void)state;
	nm.names = names;
	nm.nnames = 2;
	nm.name_voice = "en-gb";
	assert_int_equal(norm_at(&nm, t, strlen(t), 0, &m), 0);	/* NHSmail */
	assert_int_equal(norm_at(&nm, t, strlen(t), 9, &m), 1);
	assert_string_equal(m.said.buf, "NHS");
	assert_int_equal(norm_at(&nm, t, strlen(t), 17, &m), 1);
	assert_string_equal(m.said.buf, "A and E");
	assert_string_equal(m.voice, "en-gb");
	assert_int_equal(m.line, 3);
	norm_match_release(&m);
}

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	int ret;

	(void)state;
	ret = system(cmd);
	free(cmd);
	return ret;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bad_rules),
		cmocka_unit_test(test_later_file_wins),
		cmocka_unit_test(test_rules_many_keys),
		cmocka_unit_test(test_rules_list_items),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_day_ranges),
		cmocka_unit_test(test_month_year),
		cmocka_unit_test(test_dotted_times),
		cmocka_unit_test(test_acronyms_symbols_addresses),
		cmocka_unit_test(test_fractions),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_money),
		cmocka_unit_test(test_money_scaled),
		cmocka_unit_test(test_schedule),
		cmocka_unit_test(test_range_counted),
		cmocka_unit_test(test_counted_forms),
		cmocka_unit_test(test_shouting),
		cmocka_unit_test(test_roman),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests_name("norm", tests, setup, teardown);
}
