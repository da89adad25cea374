/*
 * err: the error context.  The first failure records its message here,
 * already shaped as "FILE:LINE: what is wrong" where a file is known;
 * library code fills it and returns, and only the command layer prints.
 */
#ifndef AUDIOGUIDE_ERR_H
#define AUDIOGUIDE_ERR_H

struct err {
	char msg[1024];
};

/* Record a message and return -1, so callers can `return err_set(...)`. */
int err_set(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Same, prefixed with "file:line: " (or "file: " when line is 0). */
int err_at(struct err *e, const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#endif
