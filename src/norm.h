/*
 * norm: text normalisation, what a voice needs to be told to say a
 * leaflet's numbers, dates and signs as they are meant.  At a place in
 * written text it finds the class of what stands there (a name kept in
 * the source language, a telephone or emergency number, an amount of
 * money, a number and its unit, a dosing schedule, a date, an address,
 * an acronym, a symbol, a weekday, an ordinal) and says it as
 * that class is said in the language, from the language's rules (see
 * rules.h); what no class claims is left to eSpeak NG, which reads
 * cardinal numbers well in every language.  Ranges ("1-2", "5-10 mg",
 * "8:00-9:00") are joined by speech, which knows the lexicons that say
 * their ends.
 */
#ifndef AUDIOGUIDE_NORM_H
#define AUDIOGUIDE_NORM_H

#include <stddef.h>

#include "rules.h"
#include "strbuf.h"

/* A name that stays as written in every translation (guide.conf). */
struct norm_name {
	const char *written;	/* as it stands in the text */
	const char *said;	/* how it is said, in the source language */
	int line;		/* in guide.conf */
};

enum { NORM_DMY, NORM_MDY, NORM_YMD };

struct norm {
	const struct rules *ru;		/* the language's; may be empty */
	int order;			/* of numeric dates: NORM_DMY ... */
	const struct norm_name *names;	/* guide.conf's [names] */
	size_t nnames;
	const char *names_file;		/* guide.conf, for messages */
	/* The voice names are said in, when it is not this language's
	 * (then a name is said by that voice); NULL in the source. */
	const char *name_voice;
	/*
	 * Whether eSpeak NG's dictionary has a word (lower-cased) in the
	 * language: such an acronym is read as a word.  NULL: none known.
	 */
	int (*known)(void *user, const char *word);
	void *user;
	int shouting;		/* the text is mostly capitals: a capital
				 * word is an acronym only when listed */
};

/* The classes, as say and the manifest name them. */
#define NORM_NAME "name"
#define NORM_TELEPHONE "telephone"
#define NORM_EMERGENCY "emergency"
#define NORM_DATE "date"
#define NORM_RANGE "range"
#define NORM_ADDRESS "address"
#define NORM_ACRONYM "acronym"
#define NORM_SYMBOL "symbol"
#define NORM_FRACTION "fraction"
#define NORM_WEEKDAY "weekday"
#define NORM_ORDINAL "ordinal"
#define NORM_NUMBER "number"
#define NORM_MONEY "money"
#define NORM_SCHEDULE "schedule"
#define NORM_UNIT "unit"
#define NORM_ROMAN "roman"

struct norm_match {
	size_t from, to;	/* bytes of the written text */
	struct strbuf said;
	const char *cls;	/* NORM_..., NULL when nothing matched */
	char value[96];		/* what it means, for comparing texts: the
				 * digits dialled, 2026-04-14, 1-2 ... */
	const char *voice;	/* a name: the voice it is said in */
	const char *file;	/* the rule or name that said it */
	int line;
};

/* Release m's text (m may be reused without it). */
void norm_match_release(struct norm_match *m);

/* The longest class at s[at] (a word's start), into m; 0 when none. */
int norm_at(const struct norm *nm, const char *s, size_t len, size_t at,
	    struct norm_match *m);

/* "1/2" and "1 1/2" as [fraction] says them ("a half", "1 and a
 * half"), into m; 0 when it is not one of its keys.  A fraction after a
 * whole number is said only by its own key ("1 1/2") or its "{n} N/D"
 * key. */
int norm_fraction(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m);
/* The same, and the key of what was written into key: "1/2", or "1 1/2"
 * for a whole number and a fraction (whichever key said it). */
int norm_fraction_key(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct norm_match *m, char *key,
		      size_t keysz);

/* A tel: link's text said digit by digit in its written groups; 0 when
 * it has no digit. */
int norm_say_telephone(const struct norm *nm, const char *s, size_t len,
		       struct strbuf *said);
/* A host or e-mail address said as the address class says it; 0 when it
 * is not one. */
int norm_say_address(const struct norm *nm, const char *s, size_t len,
		     struct strbuf *said);

/* The length of a plain number at s[at] (digits, with a decimal part),
 * 0 when there is none. */
size_t norm_number(const char *s, size_t len, size_t at);
/* The length of a range's joint at s[at] ("-", "–", " – ", " to "...),
 * 0 when there is none. */
size_t norm_range_joint(const struct norm *nm, const char *s, size_t len,
			size_t at);
/* The bytes of a range's joint at s[at], whatever follows it. */
size_t norm_joint(const char *s, size_t len, size_t at);

/*
 * Two times of day written with dots, their minutes in fives, joined
 * by a dash or a short word ("8.00-16.00", "с 8.30 до 16.00", "de 8.30
 * a 15.00"), not after a word of [date] md_not_after ("Kapitel
 * 2.10-2.15"), get colons in s, as the lexicons' times have them;
 * where a decimal has a dot, only when one hour is 13 or later
 * ("9.00-17.00", not "pH 7.35-7.45").  len bytes, changed in place,
 * none added or removed.
 */
void norm_dotted_times(const struct norm *nm, char *s, size_t len);
/* The one-character degree signs "℃" and "℉" in s written as "°C" and
 * "°F", as the lexicons have them (the same bytes, in place): every
 * voice but the Chinese one said nothing for them. */
void norm_degree_signs(char *s, size_t len);
/* The language's word between the ends of a range, or NULL. */
const char *norm_range_word(const struct norm *nm);
/* The word for a range whose left end is at s[at]: [range] and after a
 * word of [range] between ("between 9 and 5"), else [range] to. */
const char *norm_range_word_at(const struct norm *nm, const char *s,
			       size_t at);
/* Whether the chunk s[0..len) is shouted (see shouting): three words
 * in capitals or more, two thirds of its words or more, and fewer than
 * half of those before a comma, a semicolon or a slash ("DO NOT DRIVE";
 * not a text dense with acronyms, "your ALT, AST and GGT", nor a list
 * of them, "CRP, GOT, GPT, TSH"). */
int norm_shouting(const char *s, size_t len);
/* The end of the run of word characters at s[at] (at when there is
 * none), with *letters its letters and *upper its capitals. */
size_t norm_word_run(const char *s, size_t len, size_t at, size_t *letters,
		     size_t *upper);

/* Roman numerals (normroman.c): a numeral of [roman] at s[at] ("stage
 * IV", "XXIe siècle", "II типа"), said as its number or ordinal. */
int norm_roman_at(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m);

/* Whether an item of it ends at s[p], after no letter (an item of a
 * script with spaces: "stage"), or after anything (an item of a script
 * without them: "电话"). */
int norm_item_ends(const struct rule_item *it, size_t count, const char *s,
		   size_t p);
/* A rule's value into said, each {n} as the number n[0..nlen) (n NULL:
 * {n} kept as written). */
void norm_add_template(struct strbuf *said, const char *value,
		       const char *n, size_t nlen);

/* Dates (normdate.c): a date, a weekday or an ordinal at s[at]. */
int norm_date_at(const struct norm *nm, const char *s, size_t len, size_t at,
		 struct norm_match *m);

/* The ordinal of v in the form of [ordinal] "-<ending>" (end[0..elen),
 * without its hyphen: "го" of "2-го") into said: "второго"; 0 when the
 * rules have no word for it. */
int norm_say_ending(const struct norm *nm, long v, const char *end,
		    size_t elen, struct strbuf *said);

/* Money (normmoney.c): an amount with its currency's sign or code,
 * before or after it ("£5", "9,90 €"), at s[at]. */
int norm_money_at(const struct norm *nm, const char *s, size_t len,
		  size_t at, struct norm_match *m);

/* Units (normunit.c): a number and the unit written after it ("20
 * кап.", "1 Std."), its name in the number's form, at s[at]. */
int norm_unit_at(const struct norm *nm, const char *s, size_t len,
		 size_t at, struct norm_match *m);
/* A unit after numbers said one by one (a schedule's "1-0-1 таб."), its
 * gap at s[at]: its name as after the number 2, without a number
 * ("таблетки", "Tabletten"), after a space into said; its end, or 0. */
size_t norm_unit_name(const struct norm *nm, const char *s, size_t len,
		      size_t at, struct strbuf *said);

/* A number and the template of [symbols] that begins with it ("3x" "3
 * times", "3 x daily"), at s[at]: a range's right end ("2-3x"). */
int norm_counted_at(const struct norm *nm, const char *s, size_t len,
		    size_t at, struct norm_match *m);

/* The decimal mark of the language ([digits] decimal): '.' or ','. */
char norm_decimal_mark(const struct norm *nm);
/* Whether the language writes its nouns with a capital ([letters]
 * capital_nouns = yes: German), so that a capital after a dot does not
 * start a sentence. */
int norm_capital_nouns(const struct norm *nm);
/* Whether the word at s[at] is one of [letters] sentence_starts: in such
 * a language, a word that starts a sentence after a dot ("Danach"). */
int norm_starts_sentence(const struct norm *nm, const char *s, size_t len,
			 size_t at);
/* For normdate.c: digits at s[at] as a number; *n their bytes. */
long norm_digits(const char *s, size_t len, size_t at, size_t *n);
/* For normdate.c: whether a word ends at `at` (no letter or digit). */
int norm_word_ends(const char *s, size_t len, size_t at);
/* Where the word at s[at] ends (at itself when none starts there). */
size_t norm_word_end(const char *s, size_t len, size_t at);
/* Whether the rules' [section] key is "yes" (pairs, hhmm, ...). */
int norm_yes(const struct norm *nm, const char *section, const char *key);
/* For normdate.c: the item of a rules list into said; 0 when none. */
int norm_add_item(struct strbuf *said, const struct rules *ru,
		  const char *section, const char *key, size_t i);
/* Bytes of the space allowed between a number and its sign or unit at
 * s[at]: one space, or a no-break space (U+00A0, U+202F); 0 when none. */
size_t norm_gap(const char *s, size_t len, size_t at);
/* Bytes of a thousands separator at s[p] where the decimal mark is
 * mark: the point or comma that is not the mark; a no-break space; a
 * space only where the mark is a comma ("1 234,50 €"). */
size_t norm_group_mark(const char *s, size_t len, size_t p, char mark);
/* Which of a name's forms the whole number n takes, by [currency]
 * plural (CLDR's categories: one and other; Russian one, few, many;
 * Arabic zero, one, two, few, many, other). */
size_t norm_plural_form(const struct norm *nm, unsigned long long n);
/* Which form a number with decimals takes, i its whole part: other
 * (Russian "1,5 капли" as few), or one for French "1,5 gélule". */
size_t norm_decimal_form(const struct norm *nm, unsigned long long i);
/* The word before s[at], past spaces (and commas, with commas): its end,
 * and its start into *from (the end when there is none). */
size_t norm_word_before(const char *s, size_t at, int commas, size_t *from);
/* Whether the word before at is one of a rules list's words (German
 * "am", Russian "по"), case aside. */
int norm_after_word(const char *s, size_t at, const char *words);
/* For normdate.c: say a number's digits one by one. */
void norm_add_digits(struct strbuf *said, const struct norm *nm,
		     const char *s, size_t len, int phone);

#endif
