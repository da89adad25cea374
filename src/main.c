/* audioguide: dispatch to a subcommand (git's git.c + builtin/). */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "suggest.h"
#include "version.h"

static const struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *help;
} commands[] = {
	{ "new", cmd_new, "make a guide folder to start from (content/<guide>)" },
	{ "add-language", cmd_add_language, "make po/<guide>/<lang>.po to translate, offline" },
	{ "build", cmd_build, "render narrated tracks, captions, playlists" },
	{ "extract", cmd_extract, "write po/<guide>/<guide>.pot from guide.md" },
	{ "lexicon", cmd_lexicon, "lexicon check: validate lexicons, show each entry's use" },
	{ "say", cmd_say, "how a text will be spoken: text, phonemes, lexicon" },
	{ "status", cmd_status, "translation state per guide, language, section" },
	{ "update-po", cmd_update_po, "extract, then merge into every PO (msgmerge)" },
	{ "voices", cmd_voices, "the language-to-voice table and what is installed" },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void usage(FILE *fp)
{
	size_t i;

	fprintf(fp, "usage: audioguide <command> [options] [content/<guide>...]\n"
		"\ncommands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-13s %s\n", commands[i].name, commands[i].help);
	fprintf(fp, "\nEach command takes --help.  Run from the folder that "
		"holds content/ and po/.\n");
}

int main(int argc, char **argv)
{
	const char *names[NCOMMANDS], *near;
	size_t i;

	/* A full disk or a file-size limit is an error to report, not death. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("audioguide %s\n", AUDIOGUIDE_VERSION);
		return 0;
	}
	for (i = 0; i < NCOMMANDS; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	for (i = 0; i < NCOMMANDS; i++)
		names[i] = commands[i].name;
	near = suggest(argv[1], names, NCOMMANDS);
	if (near) {
		fprintf(stderr, "audioguide: unknown command '%s'; did you "
			"mean '%s'?\n", argv[1], near);
		return EXIT_USAGE;
	}
	fprintf(stderr, "audioguide: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
