/*
 * afile: files that are never seen half written.  A file is written
 * under a temporary name in its final folder, ".NAME.tmpPID", flushed,
 * synced, and renamed into place only when whole; a process that dies
 * leaves only such temporaries, which afile_is_tmpname() recognises.
 */
#ifndef AUDIOGUIDE_AFILE_H
#define AUDIOGUIDE_AFILE_H

#include <stddef.h>
#include <stdio.h>

#include "err.h"

struct afile {
	char *path;
	char *tmp;
	FILE *fp;
};

/* Start writing path through its temporary; af->fp is the stream. */
int afile_open(struct afile *af, const char *path, struct err *e);
/* Flush, sync and rename into place; releases af in any case. */
int afile_commit(struct afile *af, struct err *e);
/* Remove the temporary, if any; safe after commit and on NULL fields. */
void afile_abort(struct afile *af);
/* The temporary name this process uses for path (caller frees). */
char *afile_tmpname(const char *path);
/* The temporary name process pid uses for path (caller frees). */
char *afile_tmpname_pid(const char *path, long pid);
/*
 * Whether a file name is a temporary: ".NAME.tmpPID", possibly with a
 * suffix that a writer working through it adds (".id3", libzip's
 * ".XXXXXX").
 */
int afile_is_tmpname(const char *name);
/*
 * Remove the temporaries process pid left for path: its ".NAME.tmpPID"
 * and any with a writer's suffix.
 */
void afile_remove_temps(const char *path, long pid);
/* fsync a finished temporary and rename it to path. */
int afile_rename(const char *tmp, const char *path, struct err *e);
/* Write a whole buffer to path atomically, unless it already holds it. */
int afile_write_if_changed(const char *path, const char *data, size_t n,
			   struct err *e);
/*
 * Make dst hold src's bytes: a hard link when the file system allows,
 * otherwise an atomic copy; nothing is written when it already does.
 */
int afile_place(const char *src, const char *dst, struct err *e);

#endif
