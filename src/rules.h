/*
 * rules: a language's rules for saying what is not a word, read from
 * its .rules files (content/lexicon/<lang>.rules beside the lexicons,
 * the installed ones, a guide's own), the only writer and reader of the
 * format:
 *
 *   # a comment (a line starting with # or ;)
 *   [section]
 *   key = value
 *
 * Keys and values are trimmed; a value may be empty; a list is written
 * with commas (months = January, February, ...), and an item may have
 * spaces; a later file's key replaces an earlier file's.  The sections
 * and keys (all optional; anything else is an error at its line):
 *
 *   [digits]    words = ten words, 0 to 9, said one by one (telephone
 *               and emergency numbers); phone = ten words for telephone
 *               numbers when they differ (Chinese 幺); plus = the word
 *               for "+"; group = what is said between a number's groups
 *               (default ","); pairs = yes: a group of two digits is
 *               said as a number (French "zéro un, vingt-trois");
 *               decimal = . or , (the language's decimal mark: with a
 *               comma, 14.04. is a date and 9,90 € an amount; with a
 *               point, 7.04. is a number); phone_words = words after
 *               which a run of 5 digits or more is a telephone number;
 *               extension_words = words after which a run of 2 to 6
 *               digits is an extension, said digit by digit ("poste")
 *   [emergency] <number> = how it is said (empty: digit by digit)
 *   [range]     to = the word between the ends of a range ("1-2")
 *   [date]      order = dmy, mdy or ymd (guide.conf's date_order wins);
 *               months = twelve names; abbr = twelve written short forms;
 *               written = twelve more forms recognised in text (Russian
 *               genitive); days = how day 1, 2 ... is said in a date
 *               (empty: its number); days_after = another form of them;
 *               days_weak = a third, after a word of weak_after, in the
 *               plain format (German "der dritte März");
 *               after = words before a date that ask for format_after
 *               (German "am", Russian "до"); md_after = words after
 *               which a day and month with a slash and no year are a
 *               date ("on 24/12"); md_not_after = words after which a
 *               day and month with no year are a number ("Raum 1.02."
 *               is a room); format, format_md,
 *               format_after, format_md_after = templates of a date
 *               with and without its year ({day} {day_after} {month}
 *               {month_num} {year}), format_mdy and format_md_mdy for
 *               guides whose dates are month first (US); join = words
 *               written between a date's parts (de, of); suffixes = a
 *               day's written endings (st, nd, er); year_words = words
 *               after a year that the date takes in (года, г.);
 *               markers = year, month and day signs (年, 月, 日, 号);
 *               year = digits (a year said digit by digit, Chinese);
 *               ordinal_units (1-9), ordinal_teens (10-19),
 *               ordinal_tens (20, 30 ... 90) and ordinal_thousand (a
 *               round thousand) = a year's last word as an ordinal, for
 *               {year_ord} (Russian "две тысячи двадцать шестого");
 *               weekdays and weekday_abbr = seven each, Monday first;
 *               hour_words = words after an hour that make a short
 *               weekday before it a day (German "Do 8 Uhr"), and
 *               weekday_time_words the words that may stand between
 *               them ("Sa ab 9 Uhr")
 *   [ordinal]   nouns = words after "N." that make N an ordinal
 *               (German "3. Tag"), said as days/eSpeak NG says "N.";
 *               -<ending> = the ordinals of 1 to 19 in the form that
 *               ending after "N-" asks for (Russian "-й = первый,
 *               второй, ..."), "-<ending> tens" those of 20 to 90
 *   [letters]   A = the letter's name (one key per letter, any script);
 *               words = acronyms said as words; spell = acronyms spelled
 *               even where eSpeak NG knows a word; capital_nouns = yes
 *               where nouns are written with a capital (German: a
 *               capital after a unit's dot starts no sentence);
 *               sentence_starts = words that start a sentence after a
 *               unit's dot there, and after a lexicon's abbreviation
 *               ("max.") in every language
 *   [symbols]   a symbol or short text = what is said (& = and,
 *               24/7 = ...); a key with {n} is a number beside a symbol
 *               (x{n} = {n} times)
 *   [fraction]  N/D = how the fraction is said ("1/2 = a half": a
 *               dose of half a tablet, not "one slash two"); {n} N/D =
 *               a whole number and that fraction ("{n} 1/2 = {n} and a
 *               half"), and a whole number's own ("1 1/2 = eineinhalb",
 *               tried first); N, D and the whole number of 1 to 3
 *               digits, no leading zero
 *   [address]   dot, at, dash, slash, colon = the words for ". @ - / :";
 *               words = labels said as words (org com); tlds = the last
 *               labels that make a token an address (uk org com);
 *               spell = short (labels of up to 4 letters are spelled,
 *               the default) or all (every label not in words)
 *   [currency]  a sign or code ($, £, R$, EUR) = its name's forms, one
 *               per form of plural, each a template with {n} (the
 *               number's digits) or {nf} (the number in the feminine,
 *               from feminine), or words alone ("ein Euro"); "<sign>
 *               cents" = the same for the hundredths; plural = one (1,
 *               other: the default), zero-one (0 and 1, other), slavic
 *               (one, few, many), arabic (zero, one, two, few, many,
 *               other) or none; join = how a whole and cents are said
 *               together (the amount's decimal mark is [digits] decimal)
 *               ({whole} and {cents}); feminine = the words for one and
 *               two, and what joins them to the tens if anything
 *   [units]     a unit as written after a number ("кап.", "ч. л.",
 *               "Std."; a space of it may be left out in the text) = its
 *               name's forms, one per form of [currency] plural and maybe
 *               one more for a number with decimals, each a template with
 *               {n} (the number's digits) or {n:W1|W2} (its last 1 or 2
 *               said W1 or W2, after the rest and join: "20 одна"), or
 *               words alone ("eine Stunde"); after <case> = words before
 *               a number that ask for the forms "<unit> <case>" (Russian
 *               "after dative = по", "кап. dative = {n:одной} капле,
 *               ..."); "<unit> N/D" and "<unit> <case> N/D" = the
 *               words for that fraction of the unit ("Tbl. 1/2 = eine
 *               halbe Tablette", "таб. 1 1/2 = полторы таблетки"; else
 *               a fraction takes the form for decimals); join = what is
 *               said between the tens and W1
 *               or W2 (Portuguese "e")
 *   [roman]     after = words after which a Roman numeral of I, V and
 *               X is its number ("stage IV"), and the numerals of a list
 *               after it; joins = words between those numerals ("or");
 *               i_before = words before which a lone I is a numeral
 *               (else only before a join, a sign or nothing: English "at
 *               this stage I will"); suffixes = an ordinal's endings
 *               glued to a numeral, each maybe followed by a space and
 *               the ending as eSpeak NG reads it after digits ("e ème":
 *               "XXIe" is "21ème"); before <word> = -<ending>: a
 *               numeral before that word is the ordinal of that ending
 *               of [ordinal] (Russian "before типа = -го")
 *   [check]     vowels = yes: a word eSpeak NG says with no vowel is not
 *               said right (Arabic written without vowel marks)
 */
#ifndef AUDIOGUIDE_RULES_H
#define AUDIOGUIDE_RULES_H

#include <stddef.h>

#include "err.h"

/* One item of a list, as rules_next gives it: trimmed, maybe empty. */
struct rule_item {
	const char *s;		/* NUL-terminated, in the rule's items_buf */
	size_t len;
	long first;		/* utf8_fold_first of it: -1, or a word that
				 * folds to another first cannot be it */
};

/* One key of a rules file, with where it was read. */
struct rule {
	char *section, *key, *value;
	const char *file;	/* borrowed from the rules' files */
	int line;
	/* The value split into its list's items once, when it was read:
	 * the text classes look a word up in a list at every word. */
	struct rule_item *items;
	size_t nitems;
	char *items_buf;
	/* A unit of [units] ("кап."), not an after list, a case's forms
	 * nor a fraction's words: known once every file is read, and
	 * looked for after every number. */
	int unit;
};

struct rules {
	char **files;		/* the files read, in order */
	size_t nfile;
	struct rule *r;		/* sorted by section, then key */
	size_t n, alloc;
	/* The rules by a hash of their section and key, 1 + their index (0:
	 * none), made once they are read: the text classes look keys up at
	 * every word. */
	size_t *slot;
	size_t nslot;		/* a power of two, at least twice n */
	/*
	 * How the [date] words a date can begin with (its months and
	 * weekdays in every form) begin, lowercased (utf8_fold_first): the
	 * first two characters of each, as a set of 2048 bits by
	 * rules_date_pair(); a word none of them begins with begins no
	 * date unless it is a number.  Where a word has one character, or
	 * its second folds to none, its first is in date_firsts (256 bits);
	 * where its first folds to none, all of date_firsts is set.
	 */
	unsigned char date_firsts[32], date_pairs[256];
	unsigned long loaded;	/* which rules_load of the process */
};

/* The [date] keys whose words a date can begin with, as normdate.c
 * looks them up: a month's five forms (the last two short), then a
 * weekday's three (the last two short).  date_firsts and date_pairs are
 * made from them. */
extern const char *const rules_date_words[8];
#define RULES_MONTH_FORMS 5

/* The bit of date_pairs for two characters as utf8_fold_first gives them. */
#define rules_date_pair(a, b) ((unsigned long)((a) * 31 + (b)) & 2047)

/* Limits: a rules file, and a line of it. */
#define RULES_MAX_BYTES (1u << 20)
#define RULES_MAX_LINE 4000

/* Read the files that exist, in order; errors name the file and line. */
int rules_load(struct rules *r, char *const *paths, size_t n,
	       struct err *e);
void rules_release(struct rules *r);

/* A key's rule (borrowed), or NULL. */
const struct rule *rules_get(const struct rules *r, const char *section,
			     const char *key);
/* A key's list items (borrowed, valid until rules_release) and *n
 * their number; NULL and 0 when the key is not set. */
const struct rule_item *rules_items(const struct rules *r,
				    const char *section, const char *key,
				    size_t *n);
/* A key's value, or NULL when it is not set (or is empty). */
const char *rules_value(const struct rules *r, const char *section,
			const char *key);
/* Whether a key of [currency] is a sign or code ("$", "EUR"), not one
 * of its settings nor a sign's " cents". */
int rules_currency_sign(const char *key);
/* The number of forms of the language's [currency] plural (1 to 6). */
size_t rules_plural_forms(const struct rules *r);
/* The keys of a section, in order: [*from, *to). */
void rules_section(const struct rules *r, const char *section, size_t *from,
		   size_t *to);
/* The item of a list at *p, trimmed, into buf (empty when it is empty
 * or does not fit), and *p past it; 0 at the end (or when *p is NULL).
 * Walks a list in one pass, where rules_item starts over each time. */
int rules_next(const char **p, char *buf, size_t bufsz);
/* The n-th item (0-based) of a list, trimmed, into buf; 0 when there is
 * none (or value is NULL). */
int rules_item(const char *value, size_t n, char *buf, size_t bufsz);
/* The number of items of a list. */
size_t rules_count(const char *value);
/* The index of the item equal to s (case as folded by fold, when set),
 * or -1. */
long rules_find(const char *value, const char *s, size_t len, int fold);

#endif
