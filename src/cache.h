/*
 * cache: content keys for incremental builds.  A key is an XXH3-128 hash
 * (libxxhash) of everything that shapes an output's bytes; it is kept in
 * a small file beside the outputs, written only after the output is in
 * place, so a key never claims an output that is not there.
 */
#ifndef AUDIOGUIDE_CACHE_H
#define AUDIOGUIDE_CACHE_H

#include "err.h"

struct cache_hasher;

struct cache_hasher *cache_hasher_new(void);
/* Add a named field; fields are framed, so "ab"+"c" differs from "a"+"bc". */
void cache_add_str(struct cache_hasher *h, const char *name, const char *val);
void cache_add_num(struct cache_hasher *h, const char *name, double val);
/* Finish into 32 hex digits and free the hasher. */
void cache_finish(struct cache_hasher *h, char hex[33]);

/*
 * A fingerprint of the speech engine: eSpeak NG's version and a hash of
 * every file of its data (voices, dictionaries, phonemes), computed once
 * per process.
 */
const char *cache_engine_fingerprint(const char *data_dir,
				     const char *version);

/* What a key file records of its output. */
struct cache_entry {
	char key[33];
	long long bytes;	/* the output's size when it was written */
	double seconds;		/* track duration */
	double lufs, peak_db;	/* measured on the output */
};

/* Read a key file; -1 when absent or unreadable. */
int cache_read(const char *path, struct cache_entry *ce);
int cache_write(const char *path, const struct cache_entry *ce,
		struct err *e);
/* Whether ce is for key and its output is present with its size. */
int cache_fresh(const struct cache_entry *ce, const char *key,
		const char *output);

#endif
