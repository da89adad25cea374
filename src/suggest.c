/* suggest: the nearest known word, by Damerau-Levenshtein distance. */
#include "suggest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* The edit distance of a and b, case ignored (optimal string alignment). */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, d;
	size_t *row = xcalloc((la + 1) * (lb + 1), sizeof(*row));

#define AT(i, j) row[(i) * (lb + 1) + (j)]
	for (i = 0; i <= la; i++)
		AT(i, 0) = i;
	for (j = 0; j <= lb; j++)
		AT(0, j) = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			size_t cost = tolower((unsigned char)a[i - 1]) !=
				      tolower((unsigned char)b[j - 1]);
			d = AT(i - 1, j) + 1;
			if (AT(i, j - 1) + 1 < d)
				d = AT(i, j - 1) + 1;
			if (AT(i - 1, j - 1) + cost < d)
				d = AT(i - 1, j - 1) + cost;
			if (i > 1 && j > 1 &&
			    tolower((unsigned char)a[i - 1]) ==
			    tolower((unsigned char)b[j - 2]) &&
			    tolower((unsigned char)a[i - 2]) ==
			    tolower((unsigned char)b[j - 1]) &&
			    AT(i - 2, j - 2) + 1 < d)
				d = AT(i - 2, j - 2) + 1;
			AT(i, j) = d;
		}
	d = AT(la, lb);
#undef AT
	free(row);
	return d;
}

const char *suggest(const char *word, const char *const *cands, size_t n)
{
	const char *best = NULL;
	size_t i, bd = (size_t)-1, max = strlen(word) <= 4 ? 1 : 2;

	for (i = 0; n == (size_t)-1 ? cands[i] != NULL : i < n; i++) {
		size_t d = distance(word, cands[i]);
		if (d < bd) {
			bd = d;
			best = cands[i];
		}
	}
	return bd <= max && bd > 0 ? best : NULL;
}
