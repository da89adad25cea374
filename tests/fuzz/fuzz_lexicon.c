/*
 * libFuzzer harness: a PLS lexicon through expat and PCRE2, then matched
 * against fixed texts and against itself; a match must lie inside the
 * text, after the one before it, and be said as valid UTF-8.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "lexicon.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	size_t len, end;
};

static void check_match(void *user, struct lexicon_match *m)
{
	struct seen *s = user;
	size_t bad;

	if (m->from < s->end || m->to <= m->from || m->to > s->len ||
	    !utf8_valid(m->said.buf ? m->said.buf : "", m->said.len, &bad))
		__builtin_trap();
	s->end = m->to;
}

static void apply(const struct lexicon *lx, const char *text, size_t len)
{
	struct seen s = { len, 0 };

	lexicon_apply(lx, text, len, check_match, &s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const texts[] = {
		"Take 5 mg, then 1 mg at 8:00 am; 38,5 °C and 50 % (IV).",
		"每次1.5mg，做MRI检查 8:30",
		"Принимайте 21 мг в/в, т. е. 2 раза",
		"[[h@l'oU]] $1 \\1 ]]",
	};
	static char dir[64];
	char path[96], *paths[1] = { path };
	struct lexicon lx;
	struct err e;
	size_t i, bad;
	FILE *fp;

	if (!*dir) {
		snprintf(dir, sizeof(dir), "/tmp/audioguide-fuzz-lexicon-%ld",
			 (long)getpid());
		mkdir(dir, 0700);
	}
	snprintf(path, sizeof(path), "%s/en.pls", dir);
	fp = fopen(path, "wb");
	if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp))
		return 0;
	if (!lexicon_load(&lx, paths, 1, &e)) {
		for (i = 0; i < sizeof(texts) / sizeof(*texts); i++)
			apply(&lx, texts[i], strlen(texts[i]));
		if (utf8_valid((const char *)data, size, &bad) &&
		    !memchr(data, 0, size))
			apply(&lx, (const char *)data, size);
	}
	lexicon_release(&lx);
	return 0;
}
