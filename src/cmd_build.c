/* audioguide build: render every complete section of every language. */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "cli.h"
#include "commands.h"
#include "profile.h"

static const char usage[] =
	"usage: audioguide build [content/<guide>...] [--lang L,...]\n"
	"                        [--profile P,...] [--out DIR] [--po DIR]\n"
	"                        [--strict]\n"
	"\n"
	"Renders each complete section of each language into narrated tracks\n"
	"under out/<guide>/<lang>/<profile>/, with WebVTT captions, playlists\n"
	"and out/<guide>/manifest.json.  Sections whose translation is missing\n"
	"or fuzzy are skipped and reported; --strict then exits 3.\n"
	"--profile help lists the profiles.\n";

static void say(void *user, enum build_say kind, const char *msg)
{
	(void)user;
	if (kind == SAY_INFO)
		printf("%s\n", msg);
	else
		fprintf(stderr, "audioguide: %s\n", msg);
	fflush(kind == SAY_INFO ? stdout : stderr);
}

static void list_profiles(void)
{
	const struct profile *t;
	size_t i, n;

	t = profile_table(&n);
	printf("%-6s %-34s %-6s %s\n", "name", "file", "rate", "use");
	for (i = 0; i < n; i++) {
		char file[64];
		snprintf(file, sizeof(file), "%s, .%s", t[i].what, t[i].ext);
		printf("%-6s %-34s %-6d %s\n", t[i].name, file, t[i].rate,
		       t[i].use);
	}
}

int cmd_build(int argc, char **argv)
{
	struct cli c;
	struct build_stats st = { 0 };
	struct build_opts o;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, OPT_LANG | OPT_PROFILE | OPT_OUT |
			OPT_STRICT, usage);
	if (!ret && strlist_has(&c.profiles, "help")) {
		list_profiles();
		ret = -1;
	}
	if (ret) {
		cli_release(&c);
		return ret < 0 ? 0 : ret;
	}
	o.paths = &c.paths;
	o.langs = &c.langs;
	o.profiles = &c.profiles;
	o.say = say;
	o.user = NULL;
	for (i = 0; i < c.guides.n; i++)
		build_guide(c.guides.v[i], &o, &st);
	printf("build: %zu tracks rendered, %zu sections skipped, %zu errors\n",
	       st.rendered, st.skipped, st.errors);
	ret = st.errors ? EXIT_USER
	      : c.strict && st.skipped ? EXIT_INCOMPLETE : 0;
	cli_release(&c);
	return ret;
}
