/*
 * cli: option parsing, guide folders and error printing for every
 * subcommand.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "fs.h"
#include "lang.h"
#include "project.h"
#include "suggest.h"
#include "xalloc.h"

int cli_error(const struct err *e)
{
	fprintf(stderr, "audioguide: %s\n", e->msg);
	return EXIT_USER;
}

void cli_warn_lexicons(void)
{
	char *dir = project_lexicons_missing();

	if (!dir)
		return;
	fprintf(stderr, "audioguide: warning: %s: no such folder, so no "
		"default lexicons: numbers, ranges, units and abbreviations "
		"are said by eSpeak NG alone (\"call 999\" as nine hundred "
		"and ninety-nine); install them (make install) or set "
		"AUDIOGUIDE_DATADIR\n", dir);
	free(dir);
}

int cli_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;

	fputs("audioguide: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s", usage);
	return EXIT_USAGE;
}

static int parse_jobs(struct cli *c, const char *arg, const char *usage)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (end == arg || *end || errno || n < 1 || n > 256)
		return cli_usage_error(usage, "-j %s: expected a number of "
				       "jobs from 1 to 256", arg);
	c->jobs = (int)n;
	return 0;
}

/* --lang: gettext codes, or BCP 47 tags (zh-CN) made gettext's. */
static int parse_langs(struct cli *c, const char *arg, const char *usage)
{
	char code[64];
	size_t i;

	strlist_split(&c->langs, arg);
	for (i = 0; i < c->langs.n; i++) {
		if (lang_normalize(c->langs.v[i], code, sizeof(code)))
			return cli_usage_error(usage, "--lang %s: not a "
					       "language code (like es, pt_BR "
					       "or pt-BR)", c->langs.v[i]);
		free(c->langs.v[i]);
		c->langs.v[i] = xstrdup(code);
	}
	return 0;
}

static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "po", required_argument, NULL, 'P' },
	{ "out", required_argument, NULL, 'o' },
	{ "lang", required_argument, NULL, 'l' },
	{ "json", no_argument, NULL, 'J' },
	{ "strict", no_argument, NULL, 'S' },
	{ "profile", required_argument, NULL, 'p' },
	{ "force", no_argument, NULL, 'f' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "package", required_argument, NULL, 'k' },
	{ "guide", required_argument, NULL, 'g' },
	{ "no-lexicon", no_argument, NULL, 'N' },
	{ "ipa", no_argument, NULL, 'I' },
	{ "wav", required_argument, NULL, 'w' },
	{ "shard", required_argument, NULL, 'x' },
	{ NULL, 0, NULL, 0 },
};

static unsigned opt_bit(int ch)
{
	switch (ch) {
	case 'l': return OPT_LANG;
	case 'J': return OPT_JSON;
	case 'S': return OPT_STRICT;
	case 'p': return OPT_PROFILE;
	case 'o': return OPT_OUT;
	case 'f': return OPT_FORCE;
	case 'j': return OPT_JOBS;
	case 'q': return OPT_QUIET;
	case 'k': return OPT_PACKAGE;
	case 'g': return OPT_GUIDE;
	case 'N': return OPT_NO_LEXICON;
	case 'I': return OPT_IPA;
	case 'w': return OPT_WAV;
	case 'x': return OPT_SHARD;
	}
	return 0;
}

static int take_option(struct cli *c, int ch, const char *usage)
{
	switch (ch) {
	case 'P': c->paths.po = optarg; break;
	case 'o': c->paths.out = optarg; break;
	case 'l': return parse_langs(c, optarg, usage);
	case 'J': c->json = 1; break;
	case 'S': c->strict = 1; break;
	case 'p': strlist_split(&c->profiles, optarg); break;
	case 'f': c->force = 1; break;
	case 'j': return parse_jobs(c, optarg, usage);
	case 'q': c->quiet = 1; break;
	case 'k': strlist_split(&c->packages, optarg); break;
	case 'g': c->guide = optarg; break;
	case 'N': c->no_lexicon = 1; break;
	case 'I': c->ipa = 1; break;
	case 'w': c->wav = optarg; break;
	case 'x': c->shard = optarg; break;
	}
	return 0;
}

/* An option the command does not take: the one it may have meant. */
static int unknown_option(const char *arg, unsigned accept, const char *usage)
{
	const char *names[sizeof(longopts) / sizeof(longopts[0])], *near;
	size_t i, n = 0;
	char *word = xstrndup(arg, strcspn(arg, "="));

	for (i = 0; longopts[i].name; i++)
		if (longopts[i].val == 'h' || longopts[i].val == 'P' ||
		    (opt_bit(longopts[i].val) & accept))
			names[n++] = longopts[i].name;
	near = !strncmp(word, "--", 2) ? suggest(word + 2, names, n) : NULL;
	if (near)
		cli_usage_error(usage, "unknown option '%s'; did you mean "
				"'--%s'?", word, near);
	else
		cli_usage_error(usage, "unknown option '%s'", word);
	free(word);
	return EXIT_USAGE;
}

/* The guide folder of content/ nearest to dir (or its last part), or
 * NULL; the caller frees it. */
static char *nearest_guide(const struct cli *c, const char *dir)
{
	struct strlist have = { 0 };
	struct err e;
	const char **names, *near = NULL;
	char *found = NULL;
	size_t i;

	if (project_list_guides(c->paths.content, &have, &e) || !have.n) {
		strlist_release(&have);
		return NULL;
	}
	names = xcalloc(have.n, sizeof(*names));
	for (i = 0; i < have.n; i++)
		names[i] = fs_path_base(have.v[i]);
	near = suggest(fs_path_base(dir), names, have.n);
	for (i = 0; near && i < have.n; i++)
		if (names[i] == near)
			found = xstrdup(have.v[i]);
	free(names);
	strlist_release(&have);
	return found;
}

/* A guide named wrongly: say which folder was meant, when one is. */
static void not_a_guide(const struct cli *c, const char *arg,
			const char *dir)
{
	const char *base = fs_path_base(dir);
	char *hint = NULL, *md;

	if (!strcmp(base, "guide.md") && base > dir)
		hint = xstrndup(dir, (size_t)(base - dir - 1));
	md = xasprintf("%s/%s/guide.md", c->paths.content, dir);
	if (!hint && fs_is_file(md))
		hint = xasprintf("%s/%s", c->paths.content, dir);
	free(md);
	if (hint)
		fprintf(stderr, "audioguide: %s: name the guide's folder: %s\n",
			arg, hint);
	else if ((hint = nearest_guide(c, dir)) != NULL)
		fprintf(stderr, "audioguide: %s: not a guide folder; did you "
			"mean %s?\n", arg, hint);
	else
		fprintf(stderr, "audioguide: %s: not a guide folder (no "
			"guide.md in it)\n", arg);
	free(hint);
}

static int add_guides(struct cli *c, int argc, char **argv, int from)
{
	struct err e;
	int i;

	for (i = from; i < argc; i++) {
		char *dir = xstrdup(argv[i]);
		char *md;
		size_t n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/')
			dir[--n] = '\0';
		md = xasprintf("%s/guide.md", dir);
		if (!fs_is_file(md)) {
			not_a_guide(c, argv[i], dir);
			free(md);
			free(dir);
			return EXIT_USER;
		}
		strlist_push(&c->guides, dir);
		free(md);
		free(dir);
	}
	if (from < argc)
		return 0;
	if (project_list_guides(c->paths.content, &c->guides, &e))
		return cli_error(&e);
	if (!c->guides.n) {
		fprintf(stderr, "audioguide: %s: no guides (folders with a "
			"guide.md) found\n", c->paths.content);
		return EXIT_USER;
	}
	return 0;
}

int cli_parse(struct cli *c, int argc, char **argv, unsigned accept,
	      const char *usage)
{
	int ch;

	memset(c, 0, sizeof(*c));
	c->paths.content = "content";
	c->paths.po = "po";
	c->paths.out = "out";
	optind = 1;
	opterr = 0;
	for (;;) {
		int at = optind;	/* the option's own word */
		unsigned bit;
		if ((ch = getopt_long(argc, argv, ":hj:q", longopts, NULL)) == -1)
			break;
		if (ch == ':')
			return cli_usage_error(usage, "%s needs a value after "
					       "it", argv[at < argc ? at
							   : optind - 1]);
		bit = opt_bit(ch);
		if (ch == 'h') {
			fputs(usage, stdout);
			c->done = 1;
			return 0;
		}
		if (ch == '?' || (bit && !(accept & bit)))
			return unknown_option(at < argc ? argv[at]
					      : argv[optind - 1], accept, usage);
		if (take_option(c, ch, usage))
			return EXIT_USAGE;
	}
	if (accept & OPT_TEXT) {
		for (ch = optind; ch < argc; ch++)
			strlist_push(&c->text, argv[ch]);
		return 0;
	}
	return add_guides(c, argc, argv, optind);
}

void cli_release(struct cli *c)
{
	strlist_release(&c->guides);
	strlist_release(&c->langs);
	strlist_release(&c->profiles);
	strlist_release(&c->packages);
	strlist_release(&c->text);
}
