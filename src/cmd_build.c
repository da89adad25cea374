/* audioguide build: render every complete section of every language. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "cli.h"
#include "commands.h"
#include "err.h"
#include "narration.h"
#include "profile.h"
#include "worker.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide build [content/<guide>...] [--lang L,...]\n"
	"                        [--profile P,...] [--out DIR] [--po DIR]\n"
	"                        [--package K,...] [--strict] [--force]\n"
	"                        [-j N] [--quiet] [--shard I/N|auto]\n"
	"\n"
	"Renders each complete section of each language into narrated tracks\n"
	"under out/<guide>/<lang>/<profile>/, with WebVTT captions, playlists\n"
	"and out/<guide>/manifest.json.  Sections whose translation is missing\n"
	"or fuzzy are skipped and reported; --strict then exits 3.\n"
	"Only what changed since the last build is rendered (--force: all),\n"
	"in N worker processes (-j, default: one per CPU).\n"
	"--package daisy202,epub3,web also makes a DAISY 2.02 book and an\n"
	"EPUB 3 with Media Overlays per language, and out/<guide>/index.html;\n"
	"asterisk and freeswitch the servers' sound trees with spoken menus\n"
	"in every language and their dialplans; loop one MP3 per language\n"
	"and one of all, for waiting rooms (--package none: none of those\n"
	"guide.conf asks for).\n"
	"--shard I/N renders only share I (0..N-1) of the tracks of the\n"
	"guides named, and writes nothing shared: copy the shards' out/\n"
	"trees together, then a plain build renders nothing and writes the\n"
	"manifests, playlists and packages.  --shard auto takes I (and N)\n"
	"from JOB_COMPLETION_INDEX (Kubernetes: give N, auto/N),\n"
	"SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT, or GitLab's\n"
	"CI_NODE_INDEX and CI_NODE_TOTAL.\n"
	"--profile help lists the profiles.\n";

/* A whole number of the environment, or -1. */
static long env_num(const char *name)
{
	const char *v = getenv(name);
	char *end;
	long n;

	if (!v || !*v)
		return -1;
	n = strtol(v, &end, 10);
	return *end || n < 0 ? -1 : n;
}

/* Where --shard auto finds its index and count, from a job runner. */
static void shard_from_env(long *index, long *count, const char **from)
{
	long min;

	if ((*index = env_num("JOB_COMPLETION_INDEX")) >= 0) {
		*from = "JOB_COMPLETION_INDEX";
	} else if ((*index = env_num("SLURM_ARRAY_TASK_ID")) >= 0) {
		*from = "SLURM_ARRAY_TASK_ID";
		min = env_num("SLURM_ARRAY_TASK_MIN");
		*index -= min > 0 ? min : 0;
		*count = env_num("SLURM_ARRAY_TASK_COUNT");
	} else if ((*index = env_num("CI_NODE_INDEX")) >= 1) {
		*from = "CI_NODE_INDEX";
		*index -= 1;	/* GitLab counts from 1 */
		*count = env_num("CI_NODE_TOTAL");
	}
}

/* --shard I/N, auto or auto/N into sh; usage errors exit 2. */
static int parse_shard(const char *arg, struct build_shard *sh)
{
	const char *slash = strchr(arg, '/'), *from = "--shard";
	long index = -1, count = -1;
	char *end;

	if (slash)
		count = strtol(slash + 1, &end, 10);
	if (slash && (end == slash + 1 || *end))
		count = -2;
	if (!strncmp(arg, "auto", 4) && (arg[4] == '\0' || arg[4] == '/')) {
		long env_count = -1;
		shard_from_env(&index, &env_count, &from);
		if (count == -1)
			count = env_count;
		if (index < 0)
			return cli_usage_error(usage, "--shard auto: no shard "
					       "index in the environment "
					       "(JOB_COMPLETION_INDEX, "
					       "SLURM_ARRAY_TASK_ID or "
					       "CI_NODE_INDEX); give --shard I/N");
		if (count == -1)
			return cli_usage_error(usage, "--shard auto: %s gives "
					       "the index, not the count; give "
					       "it: --shard auto/N", from);
	} else if (slash) {
		index = strtol(arg, &end, 10);
		if (end == arg || end != slash)
			index = -1;
	}
	if (count < 1 || count > 10000 || index < 0 || index >= count)
		return cli_usage_error(usage, "--shard '%s': expected I/N with "
				       "0 <= I < N <= 10000 (index %ld, count "
				       "%ld, from %s), or auto", arg, index,
				       count, from);
	sh->index = (int)index;
	sh->count = (int)count;
	sh->load = xcalloc((size_t)count, sizeof(*sh->load));
	return 0;
}

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
	struct build_shard shard = { 0, 0, NULL };
	struct err e;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, OPT_LANG | OPT_PROFILE | OPT_OUT |
			OPT_STRICT | OPT_FORCE | OPT_JOBS | OPT_QUIET |
			OPT_PACKAGE | OPT_SHARD, usage);
	if (!ret && !c.done && strlist_has(&c.profiles, "help")) {
		list_profiles();
		c.done = 1;
	}
	if (!ret && !c.done && c.shard)
		ret = parse_shard(c.shard, &shard);
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
	o.shard = c.shard ? &shard : NULL;
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
		free(shard.load);
		narration_forget_lexicons();
		cli_release(&c);
		return 128 + st.interrupted;
	}
	if (c.shard)
		printf("build, shard %d of %d: %zu rendered, %zu up to date, "
		       "%zu errors", shard.index, shard.count, st.rendered,
		       st.fresh, st.errors);
	else
		printf("build: %zu rendered, %zu up to date, %zu skipped, %zu "
		       "errors", st.rendered, st.fresh, st.skipped, st.errors);
	if (st.files)
		printf("; %zu audio files, %zu encoded again", st.files,
		       st.reencoded);
	printf("%s\n", c.shard ? "; nothing shared written" : "");
	free(shard.load);
	narration_forget_lexicons();
	ret = st.errors ? EXIT_USER
	      : c.strict && st.skipped ? EXIT_INCOMPLETE : 0;
	cli_release(&c);
	return ret;
}
