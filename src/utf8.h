/*
 * utf8: checks and counting on UTF-8 text.  Offsets are in bytes, counts
 * in code points (what eSpeak NG's text positions count).
 */
#ifndef AUDIOGUIDE_UTF8_H
#define AUDIOGUIDE_UTF8_H

#include <stddef.h>

/* Whether s[0..n) is valid UTF-8; on failure *bad is the offset. */
int utf8_valid(const char *s, size_t n, size_t *bad);
/* Number of code points in s[0..n) (s must be valid UTF-8). */
size_t utf8_len(const char *s, size_t n);
/* Byte offset of code point number `cp` in s (clamped to n). */
size_t utf8_offset(const char *s, size_t n, size_t cp);

#endif
