/* libFuzzer harness: PO catalogs through libgettextpo, and their state. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "err.h"
#include "speech.h"
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
		/*
		 * A complete section has text for every chunk, all UTF-8,
		 * its links inside it; what is said maps back inside it.
		 */
		for (i = 0; i < g.nsec; i++) {
			size_t j, k, bad;
			if (!t.sec[i].complete)
				continue;
			for (j = 0; j < g.sec[i].nchunk; j++) {
				const struct md_inline *in = &t.sec[i].chunk[j];
				struct speech sp;
				size_t start[2] = { 0, 3 };
				struct speech_range r[2];
				if (!in->text.len ||
				    !utf8_valid(in->text.buf, in->text.len, &bad))
					__builtin_trap();
				for (k = 0; k < in->nspan; k++)
					if (in->span[k].from > in->span[k].to ||
					    in->span[k].to > in->text.len)
						__builtin_trap();
				speech_make(&sp, in, "Step 1.", NULL);
				speech_sentences(&sp, start, 2, r);
				if (r[0].to > r[1].from || r[1].to > in->text.len)
					__builtin_trap();
				speech_release(&sp);
			}
		}
	}
	translation_release(&t);
	return 0;
}
