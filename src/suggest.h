/*
 * suggest: "did you mean": the known word closest to one that is not,
 * for commands, options, keys, languages and guide folders.
 */
#ifndef AUDIOGUIDE_SUGGEST_H
#define AUDIOGUIDE_SUGGEST_H

#include <stddef.h>

/*
 * The candidate nearest to word by edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours; case ignored), when it is
 * close enough to be a slip (at most 1 edit for words of up to 4
 * letters, else 2); NULL otherwise.  cands is NULL-terminated when n is
 * (size_t)-1.
 */
const char *suggest(const char *word, const char *const *cands, size_t n);

#endif
