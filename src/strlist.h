/*
 * strlist: a list of strings the list owns (copies of what is pushed),
 * for option values and names; `{ 0 }` is an empty list.
 */
#ifndef AUDIOGUIDE_STRLIST_H
#define AUDIOGUIDE_STRLIST_H

#include <stddef.h>

struct strlist {
	char **v;
	size_t n;
	size_t alloc;
};

/* Append a copy of s. */
void strlist_push(struct strlist *l, const char *s);
int strlist_has(const struct strlist *l, const char *s);
void strlist_release(struct strlist *l);
/* Split on commas and white space, skipping empty and repeated items. */
void strlist_split(struct strlist *l, const char *s);
/* Sort the list (strcmp order). */
void strlist_sort(struct strlist *l);
/* Whether a sorted list (strlist_sort) has s: a binary search. */
int strlist_has_sorted(const struct strlist *l, const char *s);

#endif
