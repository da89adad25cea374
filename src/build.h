/*
 * build: everything `audioguide build` makes for one guide: for each
 * language and section, its tracks in every profile (or the reason it was
 * skipped), captions, playlists, loop playlists and the manifest.
 */
#ifndef AUDIOGUIDE_BUILD_H
#define AUDIOGUIDE_BUILD_H

#include "project.h"
#include "strlist.h"

enum build_say {
	SAY_PROGRESS,	/* one line per track started: a terminal's status */
	SAY_INFO,	/* summaries: stdout */
	SAY_SKIP,	/* a section not built, with where to fix it: stderr */
	SAY_ERROR,	/* an input to fix: stderr, and the build exits 1 */
};

struct build_opts {
	const struct project_paths *paths;
	const struct strlist *langs;	/* --lang, or empty */
	const struct strlist *profiles;	/* --profile, or empty */
	const struct strlist *packages;	/* --package, or empty */
	int jobs;			/* worker processes */
	int force;			/* render even what is up to date */
	/* Messages go to the command layer; library code never prints. */
	void (*say)(void *user, enum build_say kind, const char *msg);
	void *user;
};

struct build_stats {
	size_t rendered, fresh, skipped, errors, removed;
	int interrupted;	/* the signal that stopped the build, or 0 */
};

/*
 * Build one guide folder: render what changed since the last build (all
 * of it with force) in o->jobs processes, then write captions, playlists
 * and the manifest.  Errors in one language do not stop the others.
 */
void build_guide(const char *dir, const struct build_opts *o,
		 struct build_stats *st);

#endif
