/*
 * rules: reading a language's .rules files, every key checked where it
 * is written.  (A small reader of its own rather than inih's: Debian's
 * inih cuts lines at 200 bytes, and a list of Arabic month names with
 * their vowel marks is longer; and ';' must be a symbol's key here.)
 */
#include "rules.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fs.h"
#include "strbuf.h"
#include "utf8.h"
#include "xalloc.h"

/* What a key must be: its section, name (NULL: any) and value's shape. */
enum shape { TEXT, LIST, COUNT10, COUNT12, COUNT7, UPTO31, ORDER, YEAR,
	     YESNO, SPELL, DIGITS_KEY, LETTER_KEY, SYMBOL_KEY, FRACTION_KEY,
	     PLURAL, MARK, JOIN, FEMININE, CURRENCY_KEY, SCALED, UNIT_KEY,
	     ENDING_KEY, ROMAN_KEY };

static const struct {
	const char *section, *key;
	enum shape shape;
} known[] = {
	{ "digits", "words", COUNT10 }, { "digits", "phone", COUNT10 },
	{ "digits", "plus", TEXT }, { "digits", "group", TEXT },
	{ "digits", "pairs", YESNO }, { "digits", "decimal", MARK },
	{ "digits", "hhmm", YESNO }, { "digits", "phones_in_threes", YESNO },
	{ "digits", "phone_words", LIST }, { "digits", "minus", TEXT },
	{ "digits", "extension_words", LIST },
	{ "emergency", NULL, DIGITS_KEY },
	{ "range", "to", TEXT }, { "range", "between", LIST },
	{ "range", "and", TEXT },
	{ "date", "order", ORDER }, { "date", "months", COUNT12 },
	{ "date", "abbr", COUNT12 }, { "date", "abbr_also", COUNT12 },
	{ "date", "written", COUNT12 }, { "date", "written_also", COUNT12 },
	{ "date", "months_my", COUNT12 },
	{ "date", "days", UPTO31 }, { "date", "days_after", UPTO31 },
	{ "date", "days_weak", UPTO31 }, { "date", "weak_after", LIST },
	{ "date", "after", LIST }, { "date", "md_after", LIST },
	{ "date", "md_not_after", LIST }, { "date", "weekday_not_after", LIST },
	{ "date", "format", TEXT },
	{ "date", "format_md", TEXT }, { "date", "format_after", TEXT },
	{ "date", "format_md_after", TEXT }, { "date", "format_mdy", TEXT },
	{ "date", "format_md_mdy", TEXT }, { "date", "format_my", TEXT },
	{ "date", "format_my_after", TEXT },
	{ "date", "year", YEAR },
	{ "date", "join", LIST }, { "date", "suffixes", LIST },
	{ "date", "year_words", LIST }, { "date", "markers", LIST },
	{ "date", "ordinal_units", LIST }, { "date", "ordinal_teens", LIST },
	{ "date", "ordinal_tens", LIST }, { "date", "ordinal_thousand", TEXT },
	{ "date", "weekdays", COUNT7 }, { "date", "weekday_abbr", COUNT7 },
	{ "date", "weekday_abbr_also", COUNT7 },
	{ "date", "weekday_joins", LIST }, { "date", "weekday_words", LIST },
	{ "date", "hour_words", LIST }, { "date", "weekday_time_words", LIST },
	{ "date", "weekdays_plural_dative", COUNT7 },
	{ "date", "weekday_plural_dative_after", LIST },
	{ "date", "weekdays_genitive", COUNT7 },
	{ "date", "weekday_genitive_after", LIST },
	{ "date", "weekdays_accusative", COUNT7 },
	{ "date", "weekday_accusative_after", LIST },
	{ "date", "weekdays_dative", COUNT7 },
	{ "date", "weekday_dative_after", LIST },
	{ "date", "day_joins", LIST }, { "date", "list_joins", LIST },
	{ "date", "day_dash", TEXT },
	{ "date", "day_dash_from", TEXT }, { "date", "second_day_same", YESNO },
	{ "date", "numeric_day_ranges", YESNO },
	{ "ordinal", "nouns", LIST }, { "ordinal", "after", LIST },
	{ "ordinal", NULL, ENDING_KEY },
	{ "letters", "words", LIST }, { "letters", "spell", LIST },
	{ "letters", "capital_nouns", YESNO },
	{ "letters", "sentence_starts", LIST },
	{ "letters", NULL, LETTER_KEY },
	{ "symbols", NULL, SYMBOL_KEY },
	{ "fraction", "not_after", LIST }, { "fraction", "or", TEXT },
	{ "fraction", NULL, FRACTION_KEY },
	{ "address", "dot", TEXT }, { "address", "at", TEXT },
	{ "address", "dash", TEXT }, { "address", "slash", TEXT },
	{ "address", "colon", TEXT }, { "address", "words", LIST },
	{ "address", "tlds", LIST }, { "address", "spell", SPELL },
	{ "currency", "plural", PLURAL },
	{ "currency", "join", JOIN }, { "currency", "feminine", FEMININE },
	{ "currency", "scales", LIST }, { "currency", "scaled", SCALED },
	{ "currency", "scaled_one", TEXT },
	{ "currency", NULL, CURRENCY_KEY },
	{ "units", "join", TEXT }, { "units", NULL, UNIT_KEY },
	{ "roman", "after", LIST }, { "roman", "joins", LIST },
	{ "roman", "suffixes", LIST }, { "roman", "i_before", LIST },
	{ "roman", NULL, ROMAN_KEY },
	{ "check", "vowels", YESNO },
};

/* [currency] plural: the rules, each with its forms (CLDR's categories
 * for whole numbers). */
static const struct {
	const char *name, *forms;
	size_t n;
} plurals[] = {
	{ "one", "one, other", 2 }, { "zero-one", "0 and 1, other", 2 },
	{ "slavic", "one, few, many", 3 },
	{ "arabic", "zero, one, two, few, many, other", 6 },
	{ "none", "one for every number", 1 },
};

static size_t plural_index(const char *name)
{
	size_t i;

	for (i = 0; name && i < sizeof(plurals) / sizeof(*plurals); i++)
		if (!strcmp(name, plurals[i].name))
			return i;
	return 0;	/* "one", the default */
}

size_t rules_count(const char *value)
{
	size_t n = 0;

	if (!value || !*value)
		return 0;
	for (n = 1; *value; value++)
		n += *value == ',';
	return n;
}

int rules_next(const char **p, char *buf, size_t bufsz)
{
	const char *s = *p, *end;
	size_t len;

	if (!s || !*s)
		return 0;
	end = strchr(s, ',');
	len = end ? (size_t)(end - s) : strlen(s);
	*p = end ? end + 1 : s + len;
	while (len && isspace((unsigned char)*s))
		s++, len--;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	if (len >= bufsz)
		len = 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return 1;
}

int rules_item(const char *value, size_t n, char *buf, size_t bufsz)
{
	const char *p = value;

	while (rules_next(&p, buf, bufsz))
		if (!n--)
			return *buf != '\0';
	return 0;
}

long rules_find(const char *value, const char *s, size_t len, int fold)
{
	char item[256];
	const char *p = value;
	size_t i;

	for (i = 0; rules_next(&p, item, sizeof(item)); i++) {
		if (!*item || strlen(item) != len)
			continue;
		if (fold ? !strncasecmp(item, s, len) || utf8_same_folded(
			   item, s, len) : !memcmp(item, s, len))
			return (long)i;
	}
	return -1;
}

/* "N/D" (1 to 3 digits each, no leading zero), after "{n} " (*mixed
 * 1), a whole number and a space ("1 1/2": *mixed 2) or nothing. */
static int fraction_key(const char *key, int *mixed)
{
	size_t a, b;

	a = strspn(key, "0123456789");
	*mixed = !strncmp(key, "{n} ", 4) ? 1 : a && key[a] == ' ' ? 2 : 0;
	if (*mixed == 1)
		key += 4;
	if (*mixed == 2) {
		if (a > 3 || *key == '0')
			return 0;
		key += a + 1;
	}
	a = strspn(key, "0123456789");
	if (!a || a > 3 || *key == '0' || key[a] != '/')
		return 0;
	key += a + 1;
	b = strspn(key, "0123456789");
	return b && b <= 3 && *key != '0' && !key[b];
}

/* Why a unit's forms are no templates ({n}, or {n:W1|W2} with no comma
 * inside), or NULL. */
static const char *bad_template(const char *value)
{
	const char *p;

	for (p = value; (p = strchr(p, '{')); p++) {
		if (strncmp(p, "{n}", 3) && strncmp(p, "{n:", 3))
			return "has a { that is neither {n} nor {n:one|two}";
		if (!strchr(p, '}') || memchr(p, ',', (size_t)(strchr(p, '}')
							  - p)))
			return "has a {n: with no } before the next form "
			       "(write its words with |)";
	}
	return NULL;
}

/* Whether a value has the shape its key needs; why not into why. */
static const char *bad_shape(enum shape shape, const char *key,
			     const char *value)
{
	size_t n = rules_count(value), i;
	size_t len = strlen(key);
	const char *p;
	unsigned cp;
	int mixed;

	switch (shape) {
	case COUNT10:
		return n == 10 ? NULL : "needs ten items, 0 to 9, with commas";
	case COUNT12:
		return n == 12 ? NULL : "needs twelve items, with commas";
	case COUNT7:
		return n == 7 ? NULL : "needs seven items, Monday first, "
		       "with commas";
	case UPTO31:
		return n >= 1 && n <= 31 ? NULL : "needs 1 to 31 items, with "
		       "commas";
	case ORDER:
		return !strcmp(value, "dmy") || !strcmp(value, "mdy") ||
		       !strcmp(value, "ymd") ? NULL
		       : "must be dmy, mdy or ymd";
	case YEAR:
		return !strcmp(value, "digits") || !strcmp(value, "number")
		       ? NULL : "must be digits or number";
	case YESNO:
		return !strcmp(value, "yes") || !strcmp(value, "no") ? NULL
		       : "must be yes or no";
	case SPELL:
		return !strcmp(value, "short") || !strcmp(value, "all") ? NULL
		       : "must be short or all";
	case DIGITS_KEY:
		return len && len <= 8 && strspn(key, "0123456789") == len ?
		       NULL : "is not a number of 1 to 8 digits";
	case LETTER_KEY:
		cp = utf8_char(key, len, 0, &i);
		return i == len && utf8_word_class(cp) == UTF8_LETTER ? NULL
		       : "is not a key of [letters]: a letter, words or spell";
	case SYMBOL_KEY:
		if (len > 20 || strchr(key, ' '))
			return "must be a symbol or short text without spaces";
		for (p = value; (p = strchr(p, '{')); p++)
			if (strncmp(p, "{n}", 3))
				return "has a { that is not {n} (a symbol's "
				       "words say the number only as {n})";
		return NULL;
	case FRACTION_KEY:
		if (!fraction_key(key, &mixed))
			return "is not a fraction: write 1/2, {n} 1/2 for "
			       "a whole number and a half, or 1 1/2 for one "
			       "and a half";
		if (!*value)
			return "says nothing: write the words";
		return mixed != 1 || strstr(value, "{n}") ? NULL
		       : "needs {n}, the whole number, in its words";
	case PLURAL:
		for (i = 0; i < sizeof(plurals) / sizeof(*plurals); i++)
			if (!strcmp(value, plurals[i].name))
				return NULL;
		return "must be one, zero-one, slavic, arabic or none";
	case MARK:
		return !strcmp(value, ".") || !strcmp(value, ",") ? NULL
		       : "must be . or ,";
	case JOIN:
		return strstr(value, "{whole}") && strstr(value, "{cents}") ?
		       NULL : "needs {whole} and {cents}";
	case SCALED:
		return strstr(value, "{n}") && strstr(value, "{scale}") &&
		       strstr(value, "{name}") ? NULL
		       : "needs {n}, {scale} and {name}";
	case FEMININE:
		return n == 2 || n == 3 ? NULL : "needs the words for one and "
		       "two, and what joins them to the tens if anything";
	case CURRENCY_KEY:
		i = strcspn(key, " 0123456789");
		if (!i || i > 8 || (key[i] && strcmp(key + i, " cents") &&
				    strcmp(key + i, " scaled")))
			return "is not a currency: its sign or code (up to 8 "
			       "bytes, no digits), or the sign and \" cents\" "
			       "or \" scaled\"";
		if (key[i] && !strcmp(key + i, " scaled"))
			return n == 1 ? NULL : "needs the currency's name "
			       "after a scale word, one item (\"d'euros\")";
		return n && !strstr(value, ",,") ? NULL
		       : "needs its forms, with commas";
	case UNIT_KEY:
		if (!strncmp(key, "after ", 6))
			return key[6] && strspn(key + 6, "abcdefghijklmnopqrstu"
						"vwxyz_") == len - 6 && n ? NULL
			       : "needs a name in small letters (after "
				 "dative = mit, nach) and its words";
		i = strcspn(key, "0123456789");	/* "Tbl. 1/2" */
		if (len > 48 || strpbrk(key, "{}") || !i ||
		    strspn(key, ".,:;-/ ") >= i ||	/* ". = ..." */
		    (key[i] && (key[i - 1] != ' ' ||
				!fraction_key(key + i, &mixed) ||
				mixed == 1)))
			return "is not a unit: as it is written after a number "
			       "(up to 48 bytes, no digits), maybe followed "
			       "by the name of an after list and a fraction "
			       "(Tbl. 1/2, Tbl. 1 1/2)";
		if (key[i])
			return n == 1 && !strchr(value, '{') ? NULL
			       : "needs the words for the fraction and the "
				 "unit, one item (eine halbe Tablette)";
		if (!n || strstr(value, ",,"))
			return "needs its forms, with commas";
		return bad_template(value);
	case ENDING_KEY:
		if (!strncmp(key, "year ", 5))
			return key[5] && key[5] != ' ' && n == 1 &&
			       value[0] == '-' && value[1] && value[1] != ' ' ?
			       NULL : "needs a noun after a year, maybe the word "
				      "before the year, and an ordinal's ending, "
				      "maybe with the noun as said (year году = "
				      "-м, year г. в = -м году)";
		if (!strncmp(key, "said ", 5))
			return key[5] && n == 1 ? NULL
			       : "needs a noun of nouns and the words it is "
				 "said as after an ordinal (said OG = "
				 "Obergeschoss)";
		i = strcspn(key, " ");
		if (key[0] != '-' || i < 2 || i > 9 ||
		    (key[i] && strcmp(key + i, " tens")))
			return "is not an ordinal's ending: a hyphen and the "
			       "ending as written (-й), and maybe \" tens\"";
		if (!key[i] && n != 19)
			return "needs the ordinals of 1 to 19, with commas";
		return !key[i] || n == 8 ? NULL
		       : "needs the ordinals of 20, 30 ... 90, with commas";
	case ROMAN_KEY:
		if (strncmp(key, "before ", 7) || !key[7] ||
		    strchr(key + 7, ' '))
			return "is not a key of [roman]: after, joins, "
			       "suffixes, i_before, or before and the word "
			       "after a numeral (before типа = -го)";
		return n == 1 && value[0] == '-' && value[1] &&
		       !strchr(value, ' ') ? NULL
		       : "needs an ordinal's ending of [ordinal] (-го)";
	case TEXT:
	case LIST:
		break;
	}
	return NULL;
}

/* The shape of a key, or -1 when the section has no such key. */
static int shape_of(const char *section, const char *key)
{
	size_t i;

	for (i = 0; i < sizeof(known) / sizeof(*known); i++)
		if (!strcmp(known[i].section, section) &&
		    (!known[i].key || !strcmp(known[i].key, key)))
			return known[i].shape;
	return -1;
}

int rules_currency_sign(const char *key)
{
	return shape_of("currency", key) == CURRENCY_KEY && !strchr(key, ' ');
}

/* The name of the after list whose forms a key of [units] gives ("dative"
 * of "кап. dative", borrowed), or NULL. */
static const char *unit_case(const struct rules *r, const char *key)
{
	size_t from, to, i, len = strlen(key), k;

	rules_section(r, "units", &from, &to);
	for (i = from; i < to; i++) {
		const char *name = r->r[i].key;
		if (strncmp(name, "after ", 6))
			continue;
		name += 6;
		k = strlen(name);
		if (len > k + 1 && key[len - k - 1] == ' ' &&
		    !strcmp(key + len - k, name))
			return name;
	}
	return NULL;
}

/* Whether a key of [units] is a unit ("кап."), not an after list nor
 * a unit's forms after one ("кап. dative") nor a fraction's words. */
static int is_unit(const struct rules *r, const char *key)
{
	return shape_of("units", key) == UNIT_KEY &&
	       strncmp(key, "after ", 6) && !strpbrk(key, "0123456789") &&
	       !unit_case(r, key);
}

size_t rules_plural_forms(const struct rules *r)
{
	return plurals[plural_index(rules_value(r, "currency", "plural"))].n;
}

/*
 * The case a key of [units] names when no "after <case>" list has that
 * name ("кап. dativ" where the list is "after dative"), or NULL: its
 * last word in small letters, after a unit of the section (and before a
 * fraction: "Tbl. dativ 1/2").  Borrowed from a static buffer.
 */
static const char *unknown_case(const struct rules *r, const char *key)
{
	static char k[64];
	char after[80], *sp;
	size_t n = strcspn(key, "0123456789");

	if (!strncmp(key, "after ", 6) || n >= sizeof(k) ||
	    shape_of("units", key) != UNIT_KEY)
		return NULL;
	memcpy(k, key, n);
	k[n] = '\0';
	if (key[n] && (sp = strrchr(k, ' ')))
		*sp = '\0';	/* the fraction's space */
	if (!(sp = strrchr(k, ' ')) || !sp[1] ||
	    sp[1 + strspn(sp + 1, "abcdefghijklmnopqrstuvwxyz_")])
		return NULL;
	*sp = '\0';
	snprintf(after, sizeof(after), "after %s", sp + 1);
	return rules_get(r, "units", k) && !rules_get(r, "units", after) ?
	       sp + 1 : NULL;
}

/* Each currency's forms, one per form of the plural rule (known only
 * when every file is read: pt_BR's may set what pt's uses). */
static int check_forms(const struct rules *r, struct err *e)
{
	const struct rule *p = rules_get(r, "currency", "plural");
	size_t pi = plural_index(p ? p->value : NULL), from, to, i;

	rules_section(r, "currency", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *ru = &r->r[i];
		if (shape_of("currency", ru->key) != CURRENCY_KEY ||
		    ru->nitems == plurals[pi].n ||
		    strstr(ru->key, " scaled"))
			continue;
		return err_at(e, ru->file, ru->line, "[currency] %s: needs %zu "
			      "form%s (%s), with commas, for plural = %s",
			      ru->key, plurals[pi].n, plurals[pi].n > 1 ? "s"
			      : "", plurals[pi].forms, plurals[pi].name);
	}
	rules_section(r, "units", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *ru = &r->r[i];
		const char *name = unknown_case(r, ru->key);
		if (name)
			return err_at(e, ru->file, ru->line, "[units] %s: no "
				      "'after %s' list says where these forms "
				      "are said", ru->key, name);
		if (shape_of("units", ru->key) != UNIT_KEY ||
		    !strncmp(ru->key, "after ", 6) ||
		    strpbrk(ru->key, "0123456789") ||
		    ru->nitems == plurals[pi].n ||
		    ru->nitems == plurals[pi].n + 1)
			continue;
		return err_at(e, ru->file, ru->line, "[units] %s: needs %zu "
			      "form%s (%s), with commas, for [currency] plural "
			      "= %s, and maybe one more for decimals", ru->key,
			      plurals[pi].n, plurals[pi].n > 1 ? "s" : "",
			      plurals[pi].forms, plurals[pi].name);
	}
	return 0;
}

/* Each ending of [roman] "before <word>" has the ordinals of [ordinal],
 * as norm_say_ending finds them: "-<ending>", or "-<ending> without
 * its first letter" ("-ого" as "-го"). */
static int check_endings(const struct rules *r, struct err *e)
{
	size_t from, to, i, k;
	char key[32];

	rules_section(r, "roman", &from, &to);
	for (i = from; i < to; i++) {
		const struct rule *ru = &r->r[i];
		const char *end = ru->value + 1;
		if (strncmp(ru->key, "before ", 7) || rules_get(r, "ordinal",
								ru->value))
			continue;
		utf8_char(end, strlen(end), 0, &k);
		snprintf(key, sizeof(key), "-%s", end + k);
		if (end[k] && rules_get(r, "ordinal", key))
			continue;
		return err_at(e, ru->file, ru->line, "[roman] %s: no [ordinal] "
			      "%s gives the ordinals of that ending", ru->key,
			      ru->value);
	}
	return 0;
}

static int known_section(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(known) / sizeof(*known); i++)
		if (!strcmp(known[i].section, s))
			return 1;
	return 0;
}

static char *trimmed(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return xstrndup(s, n);
}

/* Set a key (replacing an earlier file's). */
static void put(struct rules *r, char *section, char *key, char *value,
		const char *file, int line)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (!strcmp(r->r[i].section, section) &&
		    !strcmp(r->r[i].key, key)) {
			free(r->r[i].value);
			free(section);
			free(key);
			r->r[i].value = value;
			r->r[i].file = file;
			r->r[i].line = line;
			return;
		}
	ALLOC_GROW(r->r, r->n + 1, r->alloc);
	r->r[r->n++] = (struct rule){ section, key, value, file, line,
				      NULL, 0, NULL, 0 };
}

/* One "key = value" line of section. */
static int key_line(struct rules *r, const char *file, int line,
		    const char *section, const char *s, size_t n,
		    struct err *e)
{
	const char *eq = memchr(s, '=', n);
	char *key, *value, *nfc;
	const char *why;
	int shape;

	if (!*section)
		return err_at(e, file, line, "a key before the first [section]");
	if (!eq || eq == s)
		return err_at(e, file, line, "not a rule; write 'key = value'");
	key = trimmed(s, (size_t)(eq - s));
	value = trimmed(eq + 1, n - (size_t)(eq - s) - 1);
	shape = shape_of(section, key);
	why = shape < 0 ? "is not a key of this section"
	      : bad_shape((enum shape)shape, key, value);
	if (why) {
		err_at(e, file, line, "[%s] %s: %s", section, key, why);
		free(key);
		free(value);
		return -1;
	}
	nfc = utf8_nfc(value, strlen(value));
	free(value);
	put(r, xstrdup(section), key, nfc, file, line);
	return 0;
}

/* Read one file's lines into r. */
static int read_lines(struct rules *r, const char *file, const char *buf,
		      size_t len, struct err *e)
{
	char section[32] = "", msg[160];
	size_t pos = 0;
	int line = 0;

	while (pos < len) {
		const char *s = buf + pos, *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos;
		pos += n + 1;
		line++;
		if (n && s[n - 1] == '\r')
			n--;
		if (n > RULES_MAX_LINE)
			return err_at(e, file, line, "longer than %d bytes",
				      RULES_MAX_LINE);
		if (utf8_check_text(s, n, "line", msg, sizeof(msg)))
			return err_at(e, file, line, "%s", msg);
		while (n && isspace((unsigned char)*s))
			s++, n--;
		if (!n || *s == '#' || *s == ';')
			continue;
		if (*s == '[') {
			const char *end = memchr(s, ']', n);
			size_t k = end ? (size_t)(end - s - 1) : 0;
			if (!end || !k || k >= sizeof(section))
				return err_at(e, file, line, "not a [section]");
			memcpy(section, s + 1, k);
			section[k] = '\0';
			if (!known_section(section))
				return err_at(e, file, line, "unknown section "
					      "[%s]; see README, \"Saying it "
					      "right\"", section);
			continue;
		}
		if (key_line(r, file, line, section, s, n, e))
			return -1;
	}
	return 0;
}

/* FNV-1a over a section's name, a NUL and a key. */
static size_t hash_key(const char *section, const char *key)
{
	uint64_t h = 14695981039346656037u;
	const unsigned char *p;

	for (p = (const unsigned char *)section; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	h *= 1099511628211u;
	for (p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	return (size_t)(h ^ (h >> 29));
}

/* The hash index of the rules, once they are read and sorted. */
static void index_keys(struct rules *r)
{
	size_t i, k;

	for (r->nslot = 16; r->nslot < 2 * r->n; r->nslot *= 2)
		;
	r->slot = xcalloc(r->nslot, sizeof(*r->slot));
	for (i = 0; i < r->n; i++) {
		for (k = hash_key(r->r[i].section, r->r[i].key) &
			 (r->nslot - 1); r->slot[k]; k = (k + 1) & (r->nslot - 1))
			;
		r->slot[k] = i + 1;
	}
}

static int by_key(const void *a, const void *b)
{
	const struct rule *x = a, *y = b;
	int c = strcmp(x->section, y->section);

	return c ? c : strcmp(x->key, y->key);
}

/* Split a rule's value into the items rules_next gives, once.  The
 * items, trimmed, each with its NUL, fit in the value's own bytes. */
static void split_items(struct rule *ru)
{
	const char *p = ru->value;
	size_t size = strlen(ru->value) + 1, at = 0;

	ru->items = xcalloc(rules_count(ru->value) + 1, sizeof(*ru->items));
	ru->items_buf = xmalloc(size);
	while (rules_next(&p, ru->items_buf + at, size - at)) {
		struct rule_item *it = &ru->items[ru->nitems++];
		it->s = ru->items_buf + at;
		it->len = strlen(it->s);
		it->first = utf8_fold_first(it->s, it->len);
		at += it->len + 1;
	}
}

static void set_bit(unsigned char *set, unsigned long b)
{
	set[b / 8] |= (unsigned char)(1u << b % 8);
}

const char *const rules_date_words[8] = {
	"months", "written", "written_also", "abbr", "abbr_also",
	"weekdays", "weekday_abbr", "weekday_abbr_also"
};

/* How the words a date can begin with begin (see struct rules). */
static void index_date_starts(struct rules *r)
{
	size_t i, k, count, n;
	const struct rule_item *it;
	long second;

	for (k = 0; k < 8; k++) {
		it = rules_items(r, "date", rules_date_words[k], &count);
		for (i = 0; i < count; i++) {
			if (!it[i].len)
				continue;	/* item_at skips it */
			if (it[i].first < 0) {
				memset(r->date_firsts, 0xff,
				       sizeof(r->date_firsts));
				continue;
			}
			utf8_char(it[i].s, it[i].len, 0, &n);
			second = utf8_fold_first(it[i].s + n, it[i].len - n);
			if (second < 0)
				set_bit(r->date_firsts,
					(unsigned long)it[i].first & 255);
			else
				set_bit(r->date_pairs, rules_date_pair(
						it[i].first, second));
		}
	}
}

int rules_load(struct rules *r, char *const *paths, size_t n,
	       struct err *e)
{
	static unsigned long loads;
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int ret = 0;

	memset(r, 0, sizeof(*r));
	r->loaded = ++loads;
	r->files = xcalloc(n + 1, sizeof(*r->files));
	for (i = 0; !ret && i < n; i++) {
		if (!fs_is_file(paths[i]))
			continue;
		r->files[r->nfile] = xstrdup(paths[i]);
		ret = fs_read_file(paths[i], &sb, RULES_MAX_BYTES, e) ||
		      read_lines(r, r->files[r->nfile], sb.buf ? sb.buf : "",
				 sb.len, e);
		r->nfile++;
	}
	strbuf_release(&sb);
	if (r->n)
		qsort(r->r, r->n, sizeof(*r->r), by_key);
	for (i = 0; i < r->n; i++)
		split_items(&r->r[i]);
	index_keys(r);
	index_date_starts(r);
	for (i = 0; i < r->n; i++)
		r->r[i].unit = !strcmp(r->r[i].section, "units") &&
			       is_unit(r, r->r[i].key);
	if (!ret)
		ret = check_forms(r, e);
	if (!ret)
		ret = check_endings(r, e);
	return ret ? -1 : 0;
}

void rules_release(struct rules *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->r[i].section);
		free(r->r[i].key);
		free(r->r[i].value);
		free(r->r[i].items);
		free(r->r[i].items_buf);
	}
	for (i = 0; i < r->nfile; i++)
		free(r->files[i]);
	free(r->files);
	free(r->r);
	free(r->slot);
	memset(r, 0, sizeof(*r));
}

const struct rule *rules_get(const struct rules *r, const char *section,
			     const char *key)
{
	size_t i, k;

	if (!r || !r->nslot)
		return NULL;
	for (i = hash_key(section, key) & (r->nslot - 1); (k = r->slot[i]);
	     i = (i + 1) & (r->nslot - 1)) {
		const struct rule *ru = &r->r[k - 1];
		if (!strcmp(ru->key, key) && !strcmp(ru->section, section))
			return ru;
	}
	return NULL;
}

const struct rule_item *rules_items(const struct rules *r,
				    const char *section, const char *key,
				    size_t *n)
{
	const struct rule *ru = rules_get(r, section, key);

	*n = ru ? ru->nitems : 0;
	return ru ? ru->items : NULL;
}

const char *rules_value(const struct rules *r, const char *section,
			const char *key)
{
	const struct rule *ru = rules_get(r, section, key);

	return ru && *ru->value ? ru->value : NULL;
}

/* The first rule (sorted by section) whose section is not before
 * `section` (after = 0) or is after it (after = 1). */
static size_t section_bound(const struct rules *r, const char *section,
			    int after)
{
	size_t lo = 0, hi = r->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(r->r[mid].section, section) < after)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void rules_section(const struct rules *r, const char *section, size_t *from,
		   size_t *to)
{
	*from = r ? section_bound(r, section, 0) : 0;
	*to = r ? section_bound(r, section, 1) : 0;
}
