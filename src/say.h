/*
 * say: messages from the library to the command layer, which alone
 * decides how to show them (a progress line on a terminal, stdout,
 * stderr).  Library code never prints.
 */
#ifndef AUDIOGUIDE_SAY_H
#define AUDIOGUIDE_SAY_H

#include <stddef.h>

enum say_kind {
	SAY_PROGRESS,	/* one line per track started: a terminal's status */
	SAY_INFO,	/* summaries: stdout */
	SAY_SKIP,	/* a section not built, with where to fix it: stderr */
	SAY_ERROR,	/* an input to fix: stderr, and the command exits 1 */
};

struct sayer {
	void (*fn)(void *user, enum say_kind kind, const char *msg);
	void *user;
	size_t *errors;		/* counts SAY_ERROR messages, or NULL */
};

void say(const struct sayer *s, enum say_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
