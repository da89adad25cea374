/*
 * libFuzzer harness: a track's captions matched to its text, and the
 * markup made of them.  Input: the track's blocks, one per line (the
 * first a heading, then paragraphs and items, "- " starting an item at
 * the depth of its leading spaces), a blank line, then the WebVTT file.
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
	struct book_block block[64];
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
	memset(block, 0, sizeof(block));
	for (line = text; line && t.nblock < 64; line = next) {
		struct book_block *b = &block[t.nblock];
		size_t depth = strspn(line, " ");
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		b->kind = !t.nblock ? BOOK_HEADING : BOOK_PARAGRAPH;
		if (t.nblock && !strncmp(line + depth, "- ", 2)) {
			b->kind = BOOK_ITEM;
			b->level = (int)(depth % 16) + 1;
			b->number = (int)(depth % 3);
			line += depth + 2;
		}
		b->text = line;
		t.nblock++;
	}
	t.block = block;
	t.name = "01-x";
	t.num = 1;
	strbuf_addstr(&t.captions, vtt);
	if (!book_parse_captions(&t, "x.vtt", &e)) {
		for (k = 0; k < t.nsent; k++) {
			const struct book_sentence *s = &t.sent[k];
			if (s->block >= t.nblock || s->from >= s->to ||
			    s->to > strlen(block[s->block].text) ||
			    s->end < s->start ||
			    (k && (s->block < s[-1].block ||
				   (s->block == s[-1].block && s->from < s[-1].to))))
				__builtin_trap();	/* out of order or range */
		}
		book_add_heading(&sb, &t, 2, "x-");
		book_add_body(&sb, &t, 2, "x-");
	}
	strbuf_release(&sb);
	strbuf_release(&t.captions);
	free(t.sent);
	free(text);
	return 0;
}
