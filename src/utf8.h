/*
 * utf8: checks, counting and Unicode on UTF-8 text, the only user of
 * libunistring: normalisation to NFC, character classes, lower case.
 * Offsets are in bytes, counts in code points (what eSpeak NG's text
 * positions count).
 */
#ifndef AUDIOGUIDE_UTF8_H
#define AUDIOGUIDE_UTF8_H

#include <stddef.h>

/* Whether s[0..n) is valid UTF-8; on failure *bad is the offset. */
int utf8_valid(const char *s, size_t n, size_t *bad);
/*
 * Offset of the first code point in s[0..n) that is not text: a control
 * character (C0 but tab, DEL, C1), which could drive a terminal or a
 * player's display, or a noncharacter (U+FFFE, U+FFFF, U+FDD0..U+FDEF
 * and the last two of every plane), which XML forbids; -1 when there is
 * none.  *cp is the code point.  s must be valid UTF-8.
 */
long utf8_find_unfit(const char *s, size_t n, unsigned *cp);
/* What such a code point is, for messages: "control character" or
 * "noncharacter". */
const char *utf8_unfit_name(unsigned cp);
/*
 * Check a line of text a user wrote: valid UTF-8, no NUL and nothing
 * utf8_find_unfit finds.  Returns NULL when it is fit, or a message in
 * buf that counts bytes in unit ("invalid UTF-8 (byte 3 of the line);
 * save the file as UTF-8").
 */
const char *utf8_check_text(const char *s, size_t n, const char *unit,
			    char *buf, size_t bufsz);
/* Whether s[0..n) holds a letter or a digit: something to say. */
int utf8_has_word(const char *s, size_t n);
/* Number of code points in s[0..n) (s must be valid UTF-8). */
size_t utf8_len(const char *s, size_t n);
/* Byte offset of code point number `cp` in s (clamped to n). */
size_t utf8_offset(const char *s, size_t n, size_t cp);

/*
 * s[0..n) in Unicode normalisation form C (caller frees): the form in
 * which text is spoken, shown and keyed, whatever form a file used.
 */
char *utf8_nfc(const char *s, size_t n);
/* s lower-cased (Unicode full case mapping; caller frees). */
char *utf8_lower(const char *s, size_t n);
/* s upper-cased (caller frees). */
char *utf8_upper(const char *s, size_t n);
/* Whether a[0..n) and b[0..n) are the same text but for case. */
int utf8_same_folded(const char *a, const char *b, size_t n);
/* The first character of s[0..n) lowercased, when it lowercases to one
 * character whatever follows it; else -1.  Two texts whose first
 * characters give different values >= 0 are not the same but for case. */
long utf8_fold_first(const char *s, size_t n);
/* Whether a code point is a symbol that stands for words: a math,
 * currency or other symbol (< € © ✓), a number that is no digit (½ ²
 * ①), or one of # % & @ § ¶ † ‡ ‰ ‱ and the backslash (not the
 * punctuation that marks a pause, nor * and •, which mark notes and
 * lists). */
int utf8_is_symbol(unsigned c);
/* A character eSpeak NG may say nothing for: a symbol, or a digit or a
 * letter beyond ASCII (not a modifier letter such as the tatweel, which
 * only draws a line). */
int utf8_may_be_silent(unsigned c);
/* A character that is a fraction by itself (½ ¼ ¾ ⅓ ⅛ ...: Unicode's
 * numeric value N/D, 0 < N < D) at s[at]: 1 with *num, *den and *n its
 * bytes; else 0. */
int utf8_fraction(const char *s, size_t len, size_t at, size_t *n, int *num,
		  int *den);
/* The value of a decimal digit of any script at s[at] (0-9, with *n its
 * length), or -1. */
int utf8_digit(const char *s, size_t len, size_t at, size_t *n);
/* Whether the code point is an upper-case letter. */
int utf8_is_upper(unsigned c);
/* A code point lower-cased on its own (simple case mapping). */
unsigned utf8_fold(unsigned c);
/* The code point at s[at] of s[0..len); *n its length (1 if invalid). */
unsigned utf8_char(const char *s, size_t len, size_t at, size_t *n);
/* The offset of the code point before at. */
size_t utf8_prev(const char *s, size_t at);
/* Letters, marks and digits: what words are made of. */
int utf8_is_word(unsigned c);
int utf8_is_space(unsigned c);
/* The script of a code point, as an identity to compare (NULL: none). */
const void *utf8_script(unsigned c);
/* A letter of the Latin script. */
int utf8_is_latin(unsigned c);
/*
 * What a code point is in a word: words are runs of digits or of
 * letters (with their marks); a letter of a script written without
 * spaces (Han, kana, Thai ...) is a word of its own.
 */
enum { UTF8_NONWORD, UTF8_DIGIT, UTF8_LETTER, UTF8_MARK, UTF8_UNSPACED };
int utf8_word_class(unsigned c);

/* Whether a digit ends s[0..at), past spaces ("5 " before "MG"). */
int utf8_digit_before(const char *s, size_t at);

/* The bytes of a minus sign at s[at] ('-' or U+2212 before a digit,
 * after a space, a bracket, a character of a script written without
 * spaces or the start, with no number before it: "-20 °C", "(-3)",
 * "在-20"; not "1 -2", "5-10", "x-5"), or 0. */
size_t utf8_minus_at(const char *s, size_t len, size_t at);

/*
 * Length of the token at s[at]: a run of digits, or of letters, or one
 * letter of a script written without spaces, or one other character,
 * each with the marks that follow it; 0 at a space or the end.
 */
size_t utf8_token(const char *s, size_t len, size_t at);
/* Marks that open what follows: brackets, initial quotes, ¿ ¡. */
int utf8_is_opening(unsigned c);
/* Marks that close what went before: brackets, final quotes, "'. */
int utf8_is_closing(unsigned c);

#endif
