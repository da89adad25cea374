/*
 * libFuzzer harness: a translation checked against its source (trcheck,
 * and with it the normalisation that reads numbers, dates, phone numbers
 * and addresses on both sides), and the translation's Arabic marks as
 * eSpeak NG is given them (synth_respell).  Input: a first byte choosing the
 * languages' rules, the date order, the reviewed marks and the NUL flag,
 * then the source, a NUL byte, and the translation.  The rules are the
 * repository's content/lexicon/{en,es,fr,de,ru,ar,zh_CN}.rules (run from
 * the repository's folder, as tests/fuzz/run does), read once.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "norm.h"
#include "rules.h"
#include "synth.h"
#include "trcheck.h"
#include "utf8.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const langs[] = { "en", "es", "fr", "de", "ru", "ar",
				     "zh_CN" };
#define NLANG (sizeof(langs) / sizeof(langs[0]))
static struct rules ru[NLANG];

static void load_rules(void)
{
	static int done;
	struct err e;
	size_t i;

	if (done)
		return;
	done = 1;
	for (i = 0; i < NLANG; i++) {
		char *path = xasprintf("content/lexicon/%s.rules", langs[i]);
		if (rules_load(&ru[i], &path, 1, &e))
			memset(&ru[i], 0, sizeof(ru[i]));	/* none */
		free(path);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const reviewed[] = { NULL, "numbers", "links",
						"numbers, links, length" };
	struct norm a = { 0 }, b = { 0 };
	char *text, *tr, *why;
	unsigned k;

	if (size < 2)
		return 0;
	load_rules();
	k = data[0];
	text = xmalloc(size);	/* the rest, and a NUL after it */
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	tr = memchr(text, 0, size - 1);
	tr = tr ? tr + 1 : text;	/* no translation: the source itself */
	/* What reaches the check is UTF-8, as the catalog and guide readers
	 * make sure. */
	if (!utf8_valid(text, strlen(text), NULL) ||
	    !utf8_valid(tr, strlen(tr), NULL)) {
		free(text);
		return 0;
	}
	a.ru = &ru[0];
	b.ru = &ru[k % NLANG];
	a.order = (int)((k >> 3) % 3);
	b.order = a.order;
	why = trcheck(&a, text, &b, tr, (k >> 5) & 1,
		      reviewed[(k >> 6) & 3]);
	if (why && !*why)
		abort();	/* a failed check always says why */
	if (!why && (k >> 5) & 1)
		abort();	/* a cut text never passes */
	free(why);
	/* The translation as eSpeak NG is given it: as long, still UTF-8,
	 * and nothing left to rewrite. */
	{
		size_t n = strlen(tr);
		char *said = xstrdup(tr);

		synth_respell(said, n);
		if (strlen(said) != n || !utf8_valid(said, n, NULL) ||
		    synth_respell(said, n))
			abort();
		free(said);
	}
	free(text);
	return 0;
}
