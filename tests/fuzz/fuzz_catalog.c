/* libFuzzer harness: PO catalogs through libgettextpo, and their state. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "err.h"
#include "translation.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char guide_md[] = "# Title\n\n# Overview\n\nSome text.\n\n"
			       "# Causes\n\nMore text.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[64];
	static struct guide g;
	struct translation t;
	struct err e;
	FILE *fp;
	size_t i;

	if (!*path) {
		snprintf(path, sizeof(path), "/tmp/audioguide-fuzz-%ld.po",
			 (long)getpid());
		if (guide_parse(&g, "guide.md", guide_md, strlen(guide_md), &e))
			__builtin_trap();
	}
	fp = fopen(path, "wb");
	if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp))
		return 0;
	if (!translation_load(&t, &g, "es", path, &e)) {
		/* A complete section has text for every chunk, all UTF-8. */
		for (i = 0; i < g.nsec; i++) {
			size_t j, bad;
			if (!t.sec[i].complete)
				continue;
			for (j = 0; j < g.sec[i].npara; j++)
				if (!utf8_valid(t.sec[i].paras[j],
						strlen(t.sec[i].paras[j]), &bad))
					__builtin_trap();
		}
	}
	translation_release(&t);
	return 0;
}
