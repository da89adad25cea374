/*
 * fs: small file system helpers every stage shares: reading a whole
 * small file, mkdir -p, listing a folder, copying a stream.
 */
#ifndef AUDIOGUIDE_FS_H
#define AUDIOGUIDE_FS_H

#include <stddef.h>
#include <stdio.h>

#include "err.h"
#include "strbuf.h"
#include "strlist.h"

/* Read a whole file of at most max bytes into sb (replacing it). */
int fs_read_file(const char *path, struct strbuf *sb, size_t max,
		 struct err *e);
/* mkdir -p. */
int fs_mkdirs(const char *path, struct err *e);
int fs_is_dir(const char *path);
/* A folder itself, not a symbolic link to one. */
int fs_is_real_dir(const char *path);
/*
 * The first symbolic link found below dir, at any depth, without
 * following any (the caller frees it); NULL when there is none.  dir
 * itself may be a link.
 */
char *fs_find_link(const char *dir);
int fs_is_file(const char *path);
/* Size of a file, or -1 when it cannot be read. */
long long fs_size(const char *path);
/* Final component of a path, borrowed from it. */
const char *fs_path_base(const char *path);
/*
 * Fill the empty list names with the names in a folder but "." and "..",
 * sorted; -1 when the folder cannot be opened.
 */
int fs_list(const char *dir, struct strlist *names);
/* The same, folders (not links to one) into dirs and the rest into
 * names, each sorted: from the directory's own entry types, without a
 * stat per name where the filesystem gives them.  With dirs the same
 * list as names, fs_list. */
int fs_list_typed(const char *dir, struct strlist *names,
		  struct strlist *dirs);
/* Copy the rest of in (named src in messages) to out (named dst). */
int fs_copy_stream(FILE *in, const char *src, FILE *out, const char *dst,
		   struct err *e);
/* Whether two open files hold the same bytes from where they stand. */
int fs_same_bytes(FILE *a, FILE *b);

#endif
