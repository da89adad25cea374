/*
 * plan: the tracks of one build, each with its outputs (a file per
 * profile and its captions), their content keys, and which of them are
 * stale; and the job a worker runs for a track: render what is stale,
 * then write its keys.
 */
#ifndef AUDIOGUIDE_PLAN_H
#define AUDIOGUIDE_PLAN_H

#include <stddef.h>

#include "encode.h"
#include "err.h"
#include "key.h"
#include "manifest.h"
#include "outdir.h"
#include "profile.h"
#include "render.h"
#include "say.h"

/* One output of a track: a profile's file, or (last) its captions. */
struct plan_slot {
	char *path;
	char *keyfile;
	char key[33];
	int stale;
	struct key_entry ke;	/* as read when planned, when not stale */
};

/* What a track is made of, as the caller knows it (all borrowed). */
struct plan_input {
	const char *lang;		/* gettext code */
	const char *voice;
	const char *section;		/* section id */
	const char *name;		/* NN-<id>: its files' name */
	int number, total;		/* section number; sections in all */
	const struct render_chunk *chunks;	/* heading, then the rest */
	size_t nchunks;
	const char *album;		/* the translated title, or NULL */
	int rate, pitch;
	double target[2], ceiling[2];	/* general, telephone */
	const char *src;		/* the file and line a failure names */
	int line;
	int render;			/* 0: planned only, never rendered */
	void *user;			/* the caller's, e.g. its language */
};

struct plan_track {
	struct plan_input in;
	struct render_chunk *chunks;	/* the array copied, speech borrowed */
	struct enc_tags tags;
	struct render_job job;		/* tags, profiles, paths set per run */
	char *artist, *trackno;
	struct plan_slot *slot;		/* nprof + 1 */
	int todo;			/* an output is stale: to render */
	int rendered, failed;		/* after plan_render */
};

struct plan {
	const struct outdir *od;
	const char *folder;		/* below <lang>/, or NULL ("prompts") */
	const struct profile *const *prof;	/* borrowed */
	size_t nprof;
	int force;			/* every output is stale */
	struct plan_track *t;
	size_t n, alloc;
	size_t *job;			/* tracks with a stale output */
	size_t njob, jalloc;
};

/* Add a track: its paths, keys and staleness.  Returns its index. */
size_t plan_add(struct plan *p, const struct plan_input *in);
/*
 * Keep only shard `index` of `count` of the tracks to render: the others
 * become planned only.  Tracks go, longest text first, to the shard with
 * the least text so far (load[count], carried from guide to guide), so
 * every shard of a build, given the same guides, makes the same split.
 */
void plan_shard(struct plan *p, int index, int count, double *load);
/*
 * Render every track with a stale output in `jobs` worker processes,
 * saying each one's progress and failure; tracks end up rendered or
 * failed.  -1 when a signal stopped the build (worker_stop_signal()).
 */
int plan_render(struct plan *p, int jobs, const struct sayer *say);
/*
 * Fill a rendered track's manifest entry (empty) from its key files: all
 * but its blocks, which the caller knows.  -1, leaving it empty, when an
 * output is missing or its key is stale.
 */
int plan_manifest_track(const struct plan *p, const struct plan_track *t,
			struct manifest_track *mt);
void plan_release(struct plan *p);

#endif
