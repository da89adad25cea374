/*
 * key: content keys for incremental builds.  A key is an XXH3-128 hash
 * (libxxhash) of everything that shapes an output's bytes, its fields
 * framed by their lengths; it is kept in a small key file beside the
 * outputs (the paths are outdir's), written only after the output is in
 * place, so a key never claims an output that is not there.
 *
 * A key file reads:
 *   audioguide-key 1
 *   key <32 hex digits>
 *   bytes <the output's size>
 *   seconds <duration>
 *   lufs <measured loudness, -999 for none>
 *   peak_db <measured sample peak, -999 for none>
 *   encodes <times the file was encoded to meet its targets; 1 if absent>
 */
#ifndef AUDIOGUIDE_KEY_H
#define AUDIOGUIDE_KEY_H

#include "err.h"
#include "profile.h"

struct render_job;

struct key_hasher;

struct key_hasher *key_hasher_new(void);
/* Add a named field; fields are framed, so "ab"+"c" differs from "a"+"bc". */
void key_add_str(struct key_hasher *h, const char *name, const char *val);
void key_add_num(struct key_hasher *h, const char *name, double val);
/* Finish into 32 hex digits and free the hasher. */
void key_finish(struct key_hasher *h, char hex[33]);

/*
 * A fingerprint of the speech engine: eSpeak NG's version and a hash of
 * every file of its data (voices, dictionaries, phonemes), computed once
 * per process, and remembered in the file key_engine_cache() names (if
 * any) with the data files' sizes, times and inodes.
 */
void key_engine_cache(const char *path);
const char *key_engine_fingerprint(const char *data_dir,
				     const char *version);

/*
 * The key of one output of a track: the file of profile p (NULL: the
 * captions).  Everything that shapes its bytes goes in: audioguide's
 * version and render revision, the engine fingerprint, libsndfile's
 * version, voice, rate, pitch, timeline and text said; for a profile
 * also its format, rate, band, margin, loudness target, ceiling and
 * tags; for the captions, the written text and its map to what is said.
 */
void key_for_track(const struct render_job *job, const struct profile *p,
		   char hex[33]);

/* What a key file records of its output. */
struct key_entry {
	char key[33];
	long long bytes;	/* the output's size when it was written */
	double seconds;		/* track duration */
	double lufs, peak_db;	/* measured on the output */
	int encodes;		/* 1, or more when it missed its targets */
};

/* Read a key file; -1 when absent or unreadable. */
int key_read(const char *path, struct key_entry *ce);
int key_write(const char *path, const struct key_entry *ce,
		struct err *e);
/* Whether ce is for key and its output is present with its size. */
int key_fresh(const struct key_entry *ce, const char *key,
		const char *output);

#endif
