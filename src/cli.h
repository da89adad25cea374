/*
 * cli: what every subcommand shares: option parsing, the guide folders
 * to work on, and turning an error context into a message on stderr.
 */
#ifndef AUDIOGUIDE_CLI_H
#define AUDIOGUIDE_CLI_H

#include "err.h"
#include "project.h"
#include "strlist.h"

enum cli_opt {
	OPT_LANG = 1 << 0,
	OPT_JSON = 1 << 1,
	OPT_STRICT = 1 << 2,
	OPT_PROFILE = 1 << 3,
	OPT_OUT = 1 << 4,
	OPT_FORCE = 1 << 5,
	OPT_JOBS = 1 << 6,
	OPT_QUIET = 1 << 7,
	OPT_PACKAGE = 1 << 8,
	OPT_GUIDE = 1 << 9,		/* --guide DIR */
	OPT_NO_LEXICON = 1 << 10,
	OPT_IPA = 1 << 11,
	OPT_WAV = 1 << 12,		/* --wav FILE */
	OPT_TEXT = 1 << 13,		/* arguments are text, not guides */
	OPT_SHARD = 1 << 14,		/* --shard I/N */
};

struct cli {
	struct project_paths paths;
	struct strlist guides;		/* guide folders, from args or content/ */
	struct strlist langs;		/* --lang */
	struct strlist profiles;	/* --profile */
	struct strlist packages;	/* --package */
	int json, strict, force, quiet, jobs;
	int no_lexicon, ipa;
	const char *guide;		/* --guide */
	const char *wav;		/* --wav */
	const char *shard;		/* --shard, as given */
	struct strlist text;		/* the arguments, with OPT_TEXT */
	int done;			/* --help was printed: nothing more to do */
};

/* Exit codes. */
#define EXIT_USER 1	/* an input must be fixed: the message says where */
#define EXIT_USAGE 2
#define EXIT_INCOMPLETE 3	/* --strict and something was skipped;
				   status: something is not ready */
#define EXIT_ESSENTIAL 4	/* build: an essential section is missing
				   in a language */

/*
 * Parse argv for a subcommand that accepts the options in `accept`.
 * Returns 0, or an exit code after printing why (a usage error, a guide
 * folder that is not one).  After --help it returns 0 with c->done set.
 */
int cli_parse(struct cli *c, int argc, char **argv, unsigned accept,
	      const char *usage);
void cli_release(struct cli *c);
/* Print "audioguide: <message>" and return EXIT_USER. */
int cli_error(const struct err *e);
/* A warning on stderr when the default lexicons are not found. */
void cli_warn_lexicons(void);
/* Print a usage error with a hint and return EXIT_USAGE. */
int cli_usage_error(const char *usage, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
