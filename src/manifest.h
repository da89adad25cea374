/*
 * manifest: out/<guide>/manifest.json, what a build made: per language
 * its voice and tracks (text spoken, duration, loudness and peak measured
 * on each file, paths and sizes) and the sections it skipped, and why.
 */
#ifndef AUDIOGUIDE_MANIFEST_H
#define AUDIOGUIDE_MANIFEST_H

#include <jansson.h>

#include "err.h"

/* The manifest at path, or NULL when there is none or it is unreadable. */
json_t *manifest_load(const char *path);
/* The language entry for code in a loaded manifest (borrowed), or NULL. */
json_t *manifest_find_lang(json_t *manifest, const char *code);
/* Write root as indented JSON, atomically. */
int manifest_write(const char *path, json_t *root, struct err *e);

#endif
