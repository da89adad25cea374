/*
 * render: one track, from text to files.  The text chunks (heading, then
 * the section's other chunks) are spoken into a spool, trimmed and joined
 * with pauses on a timeline, then for each profile band-limited, resampled, brought to
 * its loudness target under its ceiling, and encoded.  Audio flows in
 * blocks through temporary files: memory does not grow with the text.
 */
#ifndef AUDIOGUIDE_RENDER_H
#define AUDIOGUIDE_RENDER_H

#include <stddef.h>

#include "caption.h"
#include "encode.h"
#include "err.h"
#include "profile.h"
#include "speech.h"

/* Part of every content key: bump it when render's output bytes change. */
#define RENDER_REVISION 5

/* Timeline, in seconds. */
#define RENDER_HEAD 0.5
#define RENDER_TAIL 1.0
#define RENDER_PAUSE_HEADING 0.7	/* after a heading or subheading */
#define RENDER_PAUSE_PARAGRAPH 0.5	/* after any other chunk */
/* The longest track rendered; beyond it the track fails. */
#define RENDER_MAX_SECONDS (3 * 3600)

/* A chunk: what to say (and its written text), and the pause after it. */
struct render_chunk {
	const struct speech *speech;
	int heading;			/* a heading: the longer pause after */
};

struct render_job {
	const char *voice;
	int rate;			/* words per minute, 0 = default */
	int pitch;			/* 0..100, -1 = default */
	const struct render_chunk *chunks;	/* heading, then the rest */
	size_t nchunks;
	const struct profile *const *profiles;
	char *const *paths;		/* final file per profile */
	size_t nprof;
	const struct enc_tags *tags;
	double target[2];		/* LUFS: [0] general, [1] telephone */
	double ceiling[2];		/* dBFS sample peak */
};

struct render_file {
	double lufs;			/* measured on the written file */
	double peak_db;
	long long bytes;
	int encodes;			/* 1, or more when it missed */
};

struct render_result {
	double seconds;
	struct caption_list cues;
	struct render_file *files;	/* one per profile */
};

int render_track(const struct render_job *job, struct render_result *res,
		 struct err *e);
/* Speak each track in a process of its own, forked for it (a build's
 * workers, which speak track after track); else in this one. */
void render_fork_synthesis(int on);
/* In a worker that forked speech: end the processes that fork it. */
void render_end_speech(void);
void render_result_release(struct render_result *res);

#endif
