/* libFuzzer harness: the guide.md parser. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "err.h"
#include "guide.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct guide g;
	struct err e;
	size_t i, j;

	memset(&g, 0, sizeof(g));
	if (!guide_parse(&g, "guide.md", (const char *)data, size, &e)) {
		/* What a parsed guide promises: safe, unique ids; some text. */
		for (i = 0; i < g.nsec; i++) {
			if (strchr(g.sec[i].id, '/') || strchr(g.sec[i].id, '.') ||
			    !*g.sec[i].id || !*guide_heading(&g.sec[i]))
				__builtin_trap();
			for (j = 0; j < i; j++)
				if (!strcmp(g.sec[i].id, g.sec[j].id))
					__builtin_trap();
			/* Every chunk has text, a source and a line. */
			for (j = 0; j < g.sec[i].nchunk; j++)
				if (!*g.sec[i].chunk[j].text ||
				    !*g.sec[i].chunk[j].source ||
				    g.sec[i].chunk[j].line < 1 ||
				    (j > 0) != (g.sec[i].chunk[j].kind !=
						 CHUNK_HEADING))
					__builtin_trap();
		}
	}
	guide_release(&g);
	return 0;
}
