/* say: formatting a message and handing it to the command layer. */
#include "say.h"

#include <stdarg.h>
#include <stdio.h>

void say(const struct sayer *s, enum say_kind kind, const char *fmt, ...)
{
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (kind == SAY_ERROR && s->errors)
		(*s->errors)++;
	s->fn(s->user, kind, msg);
}
