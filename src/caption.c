#include "caption.h"

#include <math.h>
#include <string.h>

#include "afile.h"
#include "err.h"
#include "strbuf.h"

void caption_timestamp(char *out, size_t outsz, double seconds)
{
	long long ms = llround(seconds * 1000.0);

	if (ms < 0)
		ms = 0;
	snprintf(out, outsz, "%02lld:%02lld:%02lld.%03lld", ms / 3600000,
		 ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
}

/* Cue text may not hold "-->", '<' or a bare '&'; escape them. */
static void add_cue_text(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '&')
			strbuf_addstr(sb, "&amp;");
		else if (*s == '<')
			strbuf_addstr(sb, "&lt;");
		else if (*s == '>')
			strbuf_addstr(sb, "&gt;");
		else if (*s == '\n' || *s == '\r')
			strbuf_addch(sb, ' ');	/* a blank line ends a cue */
		else
			strbuf_addch(sb, *s);
	}
}

int caption_write_vtt(const char *path, const struct render_cue *cues,
		      size_t n, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int ret;

	strbuf_addstr(&sb, "WEBVTT\n");
	for (i = 0; i < n; i++) {
		char a[32], b[32];
		caption_timestamp(a, sizeof(a), cues[i].start);
		caption_timestamp(b, sizeof(b), cues[i].end);
		strbuf_addf(&sb, "\n%zu\n%s --> %s\n", i + 1, a, b);
		add_cue_text(&sb, cues[i].text);
		strbuf_addch(&sb, '\n');
	}
	ret = afile_write_if_changed(path, sb.buf, sb.len, e);
	strbuf_release(&sb);
	return ret;
}
