/* audioguide voices: the built-in language table and what is installed. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "err.h"
#include "lang.h"
#include "strlist.h"
#include "synth.h"

static const char usage[] =
	"usage: audioguide voices\n"
	"\n"
	"Lists the built-in map from gettext language codes to eSpeak NG\n"
	"voices, whether each voice is installed, and what a voice cannot\n"
	"read of its language's ordinary script (such a language is built\n"
	"only with a [voices] choice).  A guide.conf [voices] section\n"
	"overrides the map; a code not listed uses its own name.  Then the\n"
	"regional voices of each language with more than one: English is\n"
	"said by the American voice (en-us) unless guide.conf chooses\n"
	"another, such as en-gb for a UK hospital.\n";

/* Each language of the table with more than one voice, and its voices. */
static void regional(const struct lang_info *t, size_t n)
{
	struct strlist done = { 0 };
	size_t i, j;

	printf("\nregional voices: choose one in guide.conf, e.g. for a UK "
	       "hospital:\n  [voices]\n  en = en-gb\n");
	for (i = 0; i < n; i++) {
		char lang[8];
		struct strlist v = { 0 };
		snprintf(lang, sizeof(lang), "%.*s",
			 (int)strcspn(t[i].code, "_@"), t[i].code);
		if (strlist_has(&done, lang))
			continue;
		strlist_push(&done, lang);
		synth_language_voices(lang, &v);
		if (v.n > 1) {
			printf("%-7s", lang);
			for (j = 0; j < v.n; j++)
				printf(" %s", v.v[j]);
			printf("\n");
		}
		strlist_release(&v);
	}
	strlist_release(&done);
}

int cmd_voices(int argc, char **argv)
{
	const struct lang_info *t;
	struct err e;
	size_t i, n;

	if (argc > 1) {
		if (argv[1][0] == '-' && argv[1][1] == 'h')
			return fputs(usage, stdout) < 0;
		if (!strcmp(argv[1], "--help"))
			return fputs(usage, stdout) < 0;
		return cli_usage_error(usage, "unexpected argument '%s'",
				       argv[1]);
	}
	if (synth_init(&e))
		return cli_error(&e);
	printf("eSpeak NG %s\n%-7s %-16s %-10s %s\n", synth_version(),
	       "code", "voice", "installed", "language");
	t = lang_table(&n);
	for (i = 0; i < n; i++) {
		printf("%-7s %-16s %-10s %s\n", t[i].code, t[i].voice,
		       synth_voice_exists(t[i].voice) ? "yes" : "NO",
		       t[i].name);
		if (t[i].cannot)
			printf("        note: it %s; a build needs [voices] "
			       "%s = %s\n", t[i].cannot, t[i].code,
			       t[i].voice);
	}
	regional(t, n);
	return 0;
}
