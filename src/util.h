/*
 * util: error context, growable strings and arrays, and the file helpers
 * every stage shares (reading whole small files, creating directories,
 * writing a file atomically through a temporary name).
 */
#ifndef AUDIOGUIDE_UTIL_H
#define AUDIOGUIDE_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define AUDIOGUIDE_VERSION "0.3.0"

/*
 * An error context: the first failure records its message here, already
 * shaped as "FILE:LINE: what is wrong" where a file is known.  Library
 * code fills it and returns; only the command layer prints it.
 */
struct err {
	char msg[1024];
};

/* Record a message and return -1, so callers can `return err_set(...)`. */
int err_set(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Same, prefixed with "file:line: " (or "file: " when line is 0). */
int err_at(struct err *e, const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Allocation that cannot fail: on exhaustion the process aborts. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow array `x` of `alloc` slots so that it holds at least `nr` items. */
#define ALLOC_GROW(x, nr, alloc) \
	do { \
		if ((nr) > (alloc)) { \
			(alloc) = (alloc) * 2 + 16 > (nr) ? (alloc) * 2 + 16 : (nr); \
			(x) = xrealloc((x), (alloc) * sizeof(*(x))); \
		} \
	} while (0)

/* A growable NUL-terminated byte string (git's strbuf). */
struct strbuf {
	char *buf;
	size_t len;
	size_t alloc;
};
#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t n);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void strbuf_reset(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
/* Hand the buffer to the caller (never NULL) and reset sb. */
char *strbuf_detach(struct strbuf *sb);

/* A list of owned strings. */
struct strlist {
	char **v;
	size_t n;
	size_t alloc;
};
void strlist_push(struct strlist *l, const char *s);
int strlist_has(const struct strlist *l, const char *s);
void strlist_release(struct strlist *l);
/* Split on commas and white space, skipping empty items. */
void strlist_split(struct strlist *l, const char *s);

/* Read a whole file into sb (replacing its contents). */
int read_file(const char *path, struct strbuf *sb, size_t max, struct err *e);
/* mkdir -p. */
int mkdirs(const char *path, struct err *e);
int is_dir(const char *path);
int is_file(const char *path);
/* Final component of a path, borrowed from it. */
const char *path_base(const char *path);

/* Whether s[0..n) is valid UTF-8; on failure *bad is the offset. */
int utf8_valid(const char *s, size_t n, size_t *bad);
/* Number of code points in s[0..n) (s must be valid UTF-8). */
size_t utf8_len(const char *s, size_t n);
/* Byte offset of code point number `cp` in s (clamped to n). */
size_t utf8_offset(const char *s, size_t n, size_t cp);

/*
 * A file written under a temporary name in its final directory and
 * renamed into place only by afile_commit(), after a flush and fsync, so
 * that no reader or later build ever sees it half written.
 */
struct afile {
	char *path;
	char *tmp;
	FILE *fp;
};
int afile_open(struct afile *af, const char *path, struct err *e);
int afile_commit(struct afile *af, struct err *e);
/* Remove the temporary, if any; safe after commit and on NULL fields. */
void afile_abort(struct afile *af);
/* A temporary name beside path, for writers that open files themselves. */
char *afile_tmpname(const char *path);
/* The temporary name process pid uses for path. */
char *afile_tmpname_pid(const char *path, long pid);
/* Whether a file name is one of those temporaries (".x.tmp123[.id3]"). */
int afile_is_tmpname(const char *name);
/* fsync a finished temporary and rename it to path. */
int afile_rename(const char *tmp, const char *path, struct err *e);

/* Write a whole buffer to path atomically, unless it already holds it. */
int write_if_changed(const char *path, const char *data, size_t n,
		     struct err *e);

/* Copy the rest of in (named src in messages) to out (named dst). */
int copy_stream(FILE *in, const char *src, FILE *out, const char *dst,
		struct err *e);
/*
 * Make dst hold src's bytes: a hard link when the file system allows,
 * otherwise an atomic copy; nothing is written when it already does.
 */
int place_file(const char *src, const char *dst, struct err *e);

#endif
