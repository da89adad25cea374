/* audioguide build: render every complete section of every language. */
#include <ctype.h>
#include <errno.h>
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
	"SLURM_ARRAY_TASK_ID (less _MIN, divided by _STEP) and _COUNT, or\n"
	"GitLab's"
	" CI_NODE_INDEX and CI_NODE_TOTAL.\n"
	"--profile help lists the profiles.\n";

/* A whole number of the environment: -1 when it is not set, -2 when it
 * is not a whole number of 0 or more. */
static long env_num(const char *name)
{
	const char *v = getenv(name);
	char *end;
	long n;

	if (!v || !*v)
		return -1;
	errno = 0;
	n = strtol(v, &end, 10);
	return *end || n < 0 || errno ? -2 : n;
}

/* A job runner's index and count, or a message saying what is wrong. */
struct shard_env {
	long index, count;	/* -1 when not given */
	const char *from;	/* the variable the index came from */
	char why[200];
};

static int env_bad(struct shard_env *se, const char *name)
{
	snprintf(se->why, sizeof(se->why), "%s=%s is not a whole number",
		 name, getenv(name));
	return -1;
}

/* Slurm: (TASK_ID - MIN) / STEP, as --array=MIN-MAX:STEP numbers them. */
static int slurm(struct shard_env *se)
{
	long id = env_num("SLURM_ARRAY_TASK_ID");
	long min = env_num("SLURM_ARRAY_TASK_MIN");
	long step = env_num("SLURM_ARRAY_TASK_STEP");

	if (id == -2)
		return env_bad(se, "SLURM_ARRAY_TASK_ID");
	if (min == -2 || step == -2 || step == 0)
		return env_bad(se, min == -2 ? "SLURM_ARRAY_TASK_MIN"
			       : "SLURM_ARRAY_TASK_STEP");
	if ((se->count = env_num("SLURM_ARRAY_TASK_COUNT")) == -2)
		return env_bad(se, "SLURM_ARRAY_TASK_COUNT");
	min = min < 0 ? 0 : min;
	step = step < 0 ? 1 : step;
	if (id < min || (id - min) % step) {
		snprintf(se->why, sizeof(se->why), "SLURM_ARRAY_TASK_ID=%ld is "
			 "not one of the array's tasks (MIN %ld, STEP %ld)", id,
			 min, step);
		return -1;
	}
	se->index = (id - min) / step;
	se->from = "SLURM_ARRAY_TASK_ID";
	return 0;
}

/* Where --shard auto finds its index (and count), from a job runner. */
static int shard_from_env(struct shard_env *se)
{
	long n;

	se->index = se->count = -1;
	if ((n = env_num("JOB_COMPLETION_INDEX")) != -1) {
		se->from = "JOB_COMPLETION_INDEX";
		se->index = n;
		return n == -2 ? env_bad(se, se->from) : 0;
	}
	if (getenv("SLURM_ARRAY_TASK_ID"))
		return slurm(se);
	if ((n = env_num("CI_NODE_INDEX")) != -1) {
		se->from = "CI_NODE_INDEX";
		if (n == -2)
			return env_bad(se, se->from);
		if (n < 1) {
			snprintf(se->why, sizeof(se->why), "CI_NODE_INDEX=%ld: "
				 "GitLab counts its nodes from 1", n);
			return -1;
		}
		se->index = n - 1;
		if ((se->count = env_num("CI_NODE_TOTAL")) == -2)
			return env_bad(se, "CI_NODE_TOTAL");
		return 0;
	}
	snprintf(se->why, sizeof(se->why), "no shard index in the environment "
		 "(JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or CI_NODE_INDEX)");
	return -1;
}

/* A whole number from s up to end (exclusive); -1 when it is not one. */
static long whole(const char *s, const char *end)
{
	char *stop;
	long n;

	if (s == end || !isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	n = strtol(s, &stop, 10);
	return stop != end || errno ? -1 : n;
}

/* --shard I/N, auto or auto/N into sh; usage errors exit 2. */
static int parse_shard(const char *arg, struct build_shard *sh)
{
	const char *slash = strchr(arg, '/');
	const char *end = arg + strlen(arg);
	struct shard_env se = { -1, -1, "--shard", "" };
	long count = slash ? whole(slash + 1, end) : -1;

	if (slash && count < 0)
		return cli_usage_error(usage, "--shard '%s': N must be a whole "
				       "number (I/N, auto/N)", arg);
	if (!strncmp(arg, "auto", 4) && (arg[4] == '\0' || arg[4] == '/')) {
		if (shard_from_env(&se))
			return cli_usage_error(usage, "--shard auto: %s; give "
					       "--shard I/N", se.why);
		if (count < 0 && (count = se.count) < 0)
			return cli_usage_error(usage, "--shard auto: %s gives "
					       "the index, not the count; give "
					       "it: --shard auto/N", se.from);
	} else if (!slash || (se.index = whole(arg, slash)) < 0) {
		return cli_usage_error(usage, "--shard '%s': expected I/N, "
				       "two whole numbers, or auto or auto/N",
				       arg);
	}
	if (count < 1 || count > 10000 || se.index >= count)
		return cli_usage_error(usage, "--shard %s: shard %ld of %ld "
				       "(from %s); expected 0 <= I < N <= "
				       "10000", arg, se.index, count, se.from);
	sh->index = (int)se.index;
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
	cli_warn_lexicons();
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
	if (st.essential.n) {	/* the last line: what patients would miss */
		printf("build: %zu essential section%s missing: ",
		       st.essential.n, st.essential.n == 1 ? " is" : "s are");
		for (i = 0; i < st.essential.n; i++)
			printf("%s%s", i ? "; " : "", st.essential.v[i]);
		printf("\n");
	}
	free(shard.load);
	narration_forget_lexicons();
	ret = st.errors ? EXIT_USER : st.essential.n ? EXIT_ESSENTIAL
	      : c.strict && st.skipped ? EXIT_INCOMPLETE : 0;
	strlist_release(&st.essential);
	cli_release(&c);
	return ret;
}
