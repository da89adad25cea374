/* strlist: lists of owned strings. */
#include "strlist.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void strlist_push(struct strlist *l, const char *s)
{
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n++] = xstrdup(s);
}

int strlist_has(const struct strlist *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return 1;
	return 0;
}

void strlist_release(struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->alloc = 0;
}

void strlist_split(struct strlist *l, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, ", \t");
		if (n) {
			char *item = xstrndup(s, n);
			if (!strlist_has(l, item))
				strlist_push(l, item);
			free(item);
		}
		s += n;
		s += strspn(s, ", \t");
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void strlist_sort(struct strlist *l)
{
	if (l->n)	/* qsort and bsearch want an array, even empty */
		qsort(l->v, l->n, sizeof(*l->v), cmp_str);
}

int strlist_has_sorted(const struct strlist *l, const char *s)
{
	return l->n && bsearch(&s, l->v, l->n, sizeof(*l->v), cmp_str);
}
