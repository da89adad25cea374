/* audioguide build: render every complete section of every language. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "cli.h"
#include "commands.h"
#include "err.h"
#include "profile.h"
#include "worker.h"

static const char usage[] =
	"usage: audioguide build [content/<guide>...] [--lang L,...]\n"
	"                        [--profile P,...] [--out DIR] [--po DIR]\n"
	"                        [--package K,...] [--strict] [--force]\n"
	"                        [-j N] [--quiet]\n"
	"\n"
	"Renders each complete section of each language into narrated tracks\n"
	"under out/<guide>/<lang>/<profile>/, with WebVTT captions, playlists\n"
	"and out/<guide>/manifest.json.  Sections whose translation is missing\n"
	"or fuzzy are skipped and reported; --strict then exits 3.\n"
	"Only what changed since the last build is rendered (--force: all),\n"
	"in N worker processes (-j, default: one per CPU).\n"
	"--package daisy202,epub3,web also makes a DAISY 2.02 book and an\n"
	"EPUB 3 with Media Overlays per language, and out/<guide>/index.html\n"
	"(--package none: none of those guide.conf asks for).\n"
	"--profile help lists the profiles.\n";

/* How messages are shown: the state of the terminal's progress line. */
struct output {
	int tty;		/* stdout is a terminal: progress rewrites itself */
	int quiet;		/* no progress at all */
	int progress_shown;	/* a progress line is on screen */
};

static void show(void *user, enum say_kind kind, const char *msg)
{
	struct output *out = user;

	if (kind == SAY_PROGRESS && out->quiet)
		return;
	if (out->progress_shown && kind != SAY_PROGRESS) {
		fputs("\r\033[K", stdout);
		out->progress_shown = 0;
	}
	if (kind == SAY_PROGRESS && out->tty) {
		printf("\r\033[K%s", msg);
		out->progress_shown = 1;
	} else if (kind == SAY_INFO || kind == SAY_PROGRESS) {
		printf("%s\n", msg);
	} else {
		fflush(stdout);
		fprintf(stderr, "audioguide: %s\n", msg);
	}
	fflush(stdout);
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
	struct output out = { 0 };
	struct err e;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, OPT_LANG | OPT_PROFILE | OPT_OUT |
			OPT_STRICT | OPT_FORCE | OPT_JOBS | OPT_QUIET |
			OPT_PACKAGE, usage);
	if (!ret && !c.done && strlist_has(&c.profiles, "help")) {
		list_profiles();
		c.done = 1;
	}
	if (ret || c.done) {
		cli_release(&c);
		return ret;
	}
	o.paths = &c.paths;
	o.langs = &c.langs;
	o.profiles = &c.profiles;
	o.packages = &c.packages;
	o.say = show;
	o.user = &out;
	o.jobs = c.jobs ? c.jobs : worker_cpus();
	o.force = c.force;
	out.quiet = c.quiet;
	out.tty = isatty(STDOUT_FILENO);
	worker_catch_signals();
	if (project_orphans(&c.paths, &e)) {
		cli_error(&e);
		st.errors++;
	}
	for (i = 0; i < c.guides.n && !st.interrupted; i++)
		build_guide(c.guides.v[i], &o, &st);
	if (st.interrupted) {
		fprintf(stderr, "audioguide: interrupted; what was finished is "
			"kept, the next build does the rest\n");
		cli_release(&c);
		return 128 + st.interrupted;
	}
	printf("build: %zu rendered, %zu up to date, %zu skipped, %zu "
	       "errors\n", st.rendered, st.fresh, st.skipped, st.errors);
	ret = st.errors ? EXIT_USER
	      : c.strict && st.skipped ? EXIT_INCOMPLETE : 0;
	cli_release(&c);
	return ret;
}
