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
			    !*g.sec[i].id || !*g.sec[i].heading)
				__builtin_trap();
			for (j = 0; j < i; j++)
				if (!strcmp(g.sec[i].id, g.sec[j].id))
					__builtin_trap();
		}
	}
	guide_release(&g);
	return 0;
}
