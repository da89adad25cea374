/* utf8: validating, counting and normalising UTF-8. */
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "xalloc.h"

/* Length of the UTF-8 sequence at s, or 0 when it is not well formed. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	uint32_t cp;
	size_t len, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

int utf8_valid(const char *s, size_t n, size_t *bad)
{
	size_t i = 0;

	while (i < n) {
		size_t l = utf8_seq((const unsigned char *)s + i, n - i);
		if (!l) {
			if (bad)
				*bad = i;
			return 0;
		}
		i += l;
	}
	return 1;
}

static int is_noncharacter(unsigned c)
{
	return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

long utf8_find_unfit(const char *s, size_t n, unsigned *cp)
{
	size_t i = 0, len;

	while (i < n) {
		unsigned c = utf8_char(s, n, i, &len);
		if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) ||
		    is_noncharacter(c)) {
			*cp = c;
			return (long)i;
		}
		i += len;
	}
	return -1;
}

const char *utf8_unfit_name(unsigned cp)
{
	return is_noncharacter(cp) ? "noncharacter" : "control character";
}

const char *utf8_check_text(const char *s, size_t n, const char *unit,
			    char *buf, size_t bufsz)
{
	size_t bad;
	unsigned cp;
	long at;

	if (memchr(s, '\0', n))
		snprintf(buf, bufsz, "contains a NUL byte; save the file as "
			 "plain UTF-8 text");
	else if (!utf8_valid(s, n, &bad))
		snprintf(buf, bufsz, "invalid UTF-8 (byte %zu of the %s); "
			 "save the file as UTF-8", bad + 1, unit);
	else if ((at = utf8_find_unfit(s, n, &cp)) >= 0)
		snprintf(buf, bufsz, "%s U+%04X (byte %ld of the %s); "
			 "remove it", utf8_unfit_name(cp), cp, at + 1, unit);
	else
		return NULL;
	return buf;
}

int utf8_has_word(const char *s, size_t n)
{
	size_t i = 0, len;

	while (i < n) {
		unsigned c = utf8_char(s, n, i, &len);
		if (uc_is_general_category(c, UC_CATEGORY_L) ||
		    uc_is_general_category(c, UC_CATEGORY_N))
			return 1;
		i += len;
	}
	return 0;
}

size_t utf8_len(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			count++;
	return count;
}

size_t utf8_offset(const char *s, size_t n, size_t cp)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (count == cp)
				return i;
			count++;
		}
	}
	return n;
}

/* A libunistring result as a NUL-terminated string, or a copy of s. */
static char *terminated(uint8_t *r, size_t rlen, const char *s, size_t n)
{
	char *out;

	if (!r)		/* only on exhaustion or invalid input */
		return xstrndup(s, n);
	out = xmalloc(rlen + 1);
	memcpy(out, r, rlen);
	out[rlen] = '\0';
	free(r);
	return out;
}

/*
 * Whether s is valid UTF-8 of characters below U+0300 and Cyrillic
 * letters (U+0400 to U+04FF but its marks, U+0483 to U+0489) only: NFC
 * changes none of those characters, alone or next to another of them
 * (Unicode 14: every pair was tried).  Most text of a guide's
 * lexicons and rules.
 */
static int nfc_already(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i], c;
		if (b < 0x80)
			continue;
		if (i + 1 >= n || !((b >= 0xc2 && b <= 0xcb) ||
				     (b >= 0xd0 && b <= 0xd3)))
			return 0;
		c = (unsigned char)s[++i];
		if ((c & 0xc0) != 0x80 || (b == 0xd2 && c >= 0x83 && c <= 0x89))
			return 0;
	}
	return 1;
}

char *utf8_nfc(const char *s, size_t n)
{
	size_t len = 0;
	uint8_t *r;

	if (nfc_already(s, n))
		return xstrndup(s, n);
	r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	return terminated(r, len, s, n);
}

char *utf8_lower(const char *s, size_t n)
{
	size_t len = 0;
	uint8_t *r = u8_tolower((const uint8_t *)s, n, NULL, NULL, NULL, &len);

	return terminated(r, len, s, n);
}

char *utf8_upper(const char *s, size_t n)
{
	size_t len = 0;
	uint8_t *r = u8_toupper((const uint8_t *)s, n, NULL, NULL, NULL, &len);

	return terminated(r, len, s, n);
}

unsigned utf8_char(const char *s, size_t len, size_t at, size_t *n)
{
	ucs4_t c = 0;
	int k = at < len ? u8_mbtouc(&c, (const uint8_t *)s + at, len - at)
		: 0;

	*n = k > 0 ? (size_t)k : 1;
	return c;
}

/*
 * All characters but U+0130, which lowercases to two, and capital sigma,
 * whose lowercase depends on what follows, lowercase to one character.
 */
long utf8_fold_first(const char *s, size_t n)
{
	ucs4_t c;
	int k = n ? u8_mbtouc(&c, (const uint8_t *)s, n) : 0;

	if (k <= 0 || c == 0xfffd || c == 0x130 || c == 0x3a3 || !c)
		return -1;
	return (long)uc_tolower(c);
}

int utf8_same_folded(const char *a, const char *b, size_t n)
{
	char *x, *y;
	long fa, fb;
	int same, ka, kb;
	size_t i = 0, j = 0;

	/*
	 * Most calls compare a rule's word with text that does not start
	 * with it.  Character by character, while each lowercases to one
	 * character whatever follows it, the lowercased strings are equal
	 * exactly when these characters are; anything else (U+0130,
	 * sigma, a byte that is no character) lowercases both strings.
	 */
	while (i < n && j < n) {
		unsigned char p = (unsigned char)a[i], q = (unsigned char)b[j];
		if (p < 0x80 && q < 0x80 && p && q) {
			if ((p | 0x20) != (q | 0x20) ||
			    ((unsigned)((p | 0x20) - 'a') > 25u && p != q))
				return 0;
			i++, j++;
			continue;
		}
		ka = u8_mblen((const uint8_t *)a + i, n - i);
		kb = u8_mblen((const uint8_t *)b + j, n - j);
		fa = ka > 0 ? utf8_fold_first(a + i, (size_t)ka) : -1;
		fb = kb > 0 ? utf8_fold_first(b + j, (size_t)kb) : -1;
		if (fa < 0 || fb < 0)
			break;
		if (fa != fb)
			return 0;
		i += (size_t)ka, j += (size_t)kb;
	}
	if (i == n && j == n)
		return 1;
	if (i == n || j == n) {
		/* One side has characters left, each of them at least one
		 * character lowercased: unequal, unless what is left is no
		 * character at all. */
		if (j == n ? u8_check((const uint8_t *)a + i, n - i) == NULL
			   : u8_check((const uint8_t *)b + j, n - j) == NULL)
			return 0;
	}
	x = utf8_lower(a, n);
	y = utf8_lower(b, n);
	same = !strcmp(x, y);

	free(x);
	free(y);
	return same;
}

int utf8_is_symbol(unsigned c)
{
	static const unsigned marks[] = { '#', '%', '&', '@', '\\', 0xa7, 0xb6,
					  0x2020, 0x2021, 0x2030, 0x2031 };
	size_t i;

	if (uc_is_general_category(c, UC_CATEGORY_S) ||
	    uc_is_general_category(c, UC_CATEGORY_No))
		return 1;
	for (i = 0; i < sizeof(marks) / sizeof(*marks); i++)
		if (c == marks[i])
			return 1;
	return 0;
}

int utf8_may_be_silent(unsigned c)
{
	return utf8_is_symbol(c) ||
	       (c >= 0x80 && (uc_is_general_category(c, UC_CATEGORY_Nd) ||
			      (uc_is_general_category(c, UC_CATEGORY_L) &&
			       !uc_is_general_category(c, UC_CATEGORY_Lm))));
}

int utf8_fraction(const char *s, size_t len, size_t at, size_t *n, int *num,
		  int *den)
{
	unsigned c = utf8_char(s, len, at, n);
	uc_fraction_t v;

	if (at >= len || !uc_is_general_category(c, UC_CATEGORY_No))
		return 0;
	v = uc_numeric_value(c);
	if (v.numerator <= 0 || v.denominator <= v.numerator)
		return 0;
	*num = v.numerator;
	*den = v.denominator;
	return 1;
}

int utf8_digit(const char *s, size_t len, size_t at, size_t *n)
{
	unsigned c = utf8_char(s, len, at, n);

	if (at >= len || !uc_is_general_category(c, UC_CATEGORY_Nd))
		return -1;
	return uc_decimal_value(c);
}

int utf8_is_upper(unsigned c)
{
	return uc_is_general_category(c, UC_CATEGORY_Lu);
}

unsigned utf8_fold(unsigned c)
{
	return uc_tolower(c);
}

size_t utf8_prev(const char *s, size_t at)
{
	while (at > 0 && ((unsigned char)s[--at] & 0xc0) == 0x80)
		;
	return at;
}

int utf8_is_word(unsigned c)
{
	return uc_is_general_category(c, UC_CATEGORY_L) ||
	       uc_is_general_category(c, UC_CATEGORY_M) ||
	       uc_is_general_category(c, UC_CATEGORY_N);
}

/* Scripts written without spaces between words. */
static const char *const unspaced[] = {
	"Han", "Hiragana", "Katakana", "Thai", "Lao", "Khmer", "Myanmar",
	"Tibetan", "Yi",
};

int utf8_word_class(unsigned c)
{
	static const uc_script_t *script[sizeof(unspaced) / sizeof(*unspaced)];
	const uc_script_t *sc;
	size_t i, n = sizeof(unspaced) / sizeof(*unspaced);

	if (uc_is_general_category(c, UC_CATEGORY_Nd))
		return UTF8_DIGIT;
	if (uc_is_general_category(c, UC_CATEGORY_M))
		return UTF8_MARK;
	if (!utf8_is_word(c))
		return UTF8_NONWORD;
	if (!script[0])
		for (i = 0; i < n; i++)
			script[i] = uc_script_byname(unspaced[i]);
	sc = uc_script(c);
	for (i = 0; sc && i < n; i++)
		if (sc == script[i])
			return UTF8_UNSPACED;
	return UTF8_LETTER;
}

const void *utf8_script(unsigned c)
{
	return uc_script(c);
}

int utf8_is_latin(unsigned c)
{
	static const uc_script_t *latin;
	const uc_script_t *sc = uc_script(c);

	if (!latin)
		latin = uc_script_byname("Latin");
	return sc && sc == latin && uc_is_general_category(c, UC_CATEGORY_L);
}

int utf8_is_space(unsigned c)
{
	return uc_is_space(c) || uc_is_general_category(c, UC_CATEGORY_Zs);
}

int utf8_is_opening(unsigned c)
{
	return uc_is_general_category(c, UC_CATEGORY_Ps) ||
	       uc_is_general_category(c, UC_CATEGORY_Pi) ||
	       c == 0xbf /* ¿ */ || c == 0xa1 /* ¡ */ ||
	       c == '"' || c == '\'';
}

int utf8_is_closing(unsigned c)
{
	return uc_is_general_category(c, UC_CATEGORY_Pe) ||
	       uc_is_general_category(c, UC_CATEGORY_Pf) ||
	       c == '"' || c == '\'';
}

size_t utf8_token(const char *s, size_t len, size_t at)
{
	size_t n, end = at;
	int k;

	if (at >= len || utf8_is_space(utf8_char(s, len, at, &n)))
		return 0;
	k = utf8_word_class(utf8_char(s, len, at, &n));
	end += n;
	while (end < len) {
		int next = utf8_word_class(utf8_char(s, len, end, &n));
		if (next != UTF8_MARK && (next != k || k == UTF8_UNSPACED ||
					  k == UTF8_NONWORD))
			break;
		end += n;
	}
	return end - at;
}

int utf8_digit_before(const char *s, size_t at)
{
	size_t k;

	while (at > 0 && s[at - 1] == ' ')
		at--;
	return at > 0 && utf8_digit(s, at, utf8_prev(s, at), &k) >= 0;
}

size_t utf8_minus_at(const char *s, size_t len, size_t at)
{
	size_t n, k;
	unsigned c;

	if (at < len && s[at] == '-')
		n = 1;
	else if (len - at >= 3 && !memcmp(s + at, "\xe2\x88\x92", 3))
		n = 3;	/* − */
	else
		return 0;
	if (utf8_digit(s, len, at + n, &k) < 0)
		return 0;
	if (at > 0 && !strchr(" ([", s[at - 1])) {	/* 在-20, （-3 */
		c = utf8_char(s, at, utf8_prev(s, at), &k);
		if (utf8_word_class(c) != UTF8_UNSPACED && c != 0xff08 &&
		    c != 0xff1a)
			return 0;
	}
	return utf8_digit_before(s, at) ? 0 : n;
}
