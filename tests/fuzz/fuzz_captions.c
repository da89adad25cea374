/*
 * libFuzzer harness: a track's captions matched to its text, and the
 * markup made of them.  Input: the track's chunks, one per line, a blank
 * line, then the WebVTT file.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "book.h"
#include "err.h"
#include "strbuf.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xstrndup((const char *)data, size);
	char *vtt = strstr(text, "\n\n"), *line, *next;
	const char *chunk[64];
	struct book_track t = { 0 };
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	size_t k;

	if (!vtt) {
		free(text);
		return 0;
	}
	*vtt = '\0';
	vtt += 2;
	for (line = text; line && t.nchunk < 64; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		chunk[t.nchunk++] = line;
	}
	t.chunk = chunk;
	t.name = "01-x";
	t.num = 1;
	strbuf_addstr(&t.captions, vtt);
	if (!book_parse_captions(&t, "x.vtt", &e)) {
		for (k = 0; k < t.nsent; k++) {
			const struct book_sentence *s = &t.sent[k];
			if (s->chunk >= t.nchunk || s->from >= s->to ||
			    s->to > strlen(chunk[s->chunk]) || s->end < s->start ||
			    (k && (s->chunk < s[-1].chunk ||
				   (s->chunk == s[-1].chunk && s->from < s[-1].to))))
				__builtin_trap();	/* out of order or range */
		}
		book_add_heading(&sb, &t, 2, "x-");
		book_add_paragraphs(&sb, &t, "x-");
	}
	strbuf_release(&sb);
	strbuf_release(&t.captions);
	free(t.sent);
	free(text);
	return 0;
}
