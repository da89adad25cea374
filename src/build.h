/*
 * build: the pipeline of `audioguide build` for one guide.  Plan every
 * language's tracks (or say why a section is skipped), render the stale
 * ones in worker processes, then compose what is made of them: the
 * manifest, playlists, and the packages.
 */
#ifndef AUDIOGUIDE_BUILD_H
#define AUDIOGUIDE_BUILD_H

#include <stddef.h>

#include "project.h"
#include "say.h"
#include "strlist.h"

/* A share of the tracks: --shard index/count. */
struct build_shard {
	int index, count;
	double *load;		/* per shard: text given so far, all guides */
};

struct build_opts {
	const struct project_paths *paths;
	const struct strlist *langs;	/* --lang, or empty */
	const struct strlist *profiles;	/* --profile, or empty */
	const struct strlist *packages;	/* --package, or empty */
	int jobs;			/* worker processes */
	int force;			/* render even what is up to date */
	/*
	 * Or NULL.  With a shard, only its share of the tracks is rendered,
	 * and nothing shared (manifest, playlists, packages) is written:
	 * a build of the merged shards' outputs does that.
	 */
	const struct build_shard *shard;
	/* Messages go to the command layer; library code never prints. */
	void (*say)(void *user, enum say_kind kind, const char *msg);
	void *user;
};

struct build_stats {
	size_t rendered, fresh, skipped, errors, removed;
	size_t files, reencoded;	/* audio files written; of them, those
					 * encoded again to meet targets */
	int interrupted;	/* the signal that stopped the build, or 0 */
	size_t notices;		/* sections said as a notice */
	struct strlist essential;	/* "guide/NN-id in xx": an essential
					 * section a language does not have */
};

/*
 * Build one guide folder: render what changed since the last build (all
 * of it with force) in o->jobs processes, then write captions, playlists
 * and the manifest.  Errors in one language do not stop the others.
 */
void build_guide(const char *dir, const struct build_opts *o,
		 struct build_stats *st);

#endif
