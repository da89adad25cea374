/* caption: writing and reading WebVTT captions (format in caption.h). */
#include "caption.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "strbuf.h"
#include "xalloc.h"

void caption_add(struct caption_list *l, double start, double end,
		 char *text)
{
	ALLOC_GROW(l->cue, l->n + 1, l->alloc);
	l->cue[l->n].start = start;
	l->cue[l->n].end = end;
	l->cue[l->n].text = text;
	l->cue[l->n].line = 0;
	l->n++;
}

void caption_list_release(struct caption_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->cue[i].text);
	free(l->cue);
	memset(l, 0, sizeof(*l));
}

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

int caption_write_vtt(const char *path, const struct caption_list *l,
		      struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int ret;

	strbuf_addstr(&sb, "WEBVTT\n");
	for (i = 0; i < l->n; i++) {
		char a[32], b[32];
		caption_timestamp(a, sizeof(a), l->cue[i].start);
		caption_timestamp(b, sizeof(b), l->cue[i].end);
		strbuf_addf(&sb, "\n%zu\n%s --> %s\n", i + 1, a, b);
		add_cue_text(&sb, l->cue[i].text);
		strbuf_addch(&sb, '\n');
	}
	ret = afile_write_if_changed(path, sb.buf, sb.len, e);
	strbuf_release(&sb);
	return ret;
}

/* hh:mm:ss.mmm, as caption_timestamp writes it; -1 if s is not one. */
static double parse_stamp(const char *s)
{
	unsigned h, m, sec, ms;
	int n = 0;

	if (sscanf(s, "%u:%2u:%2u.%3u%n", &h, &m, &sec, &ms, &n) != 4 ||
	    n != 12 || m > 59 || sec > 59)
		return -1;
	return h * 3600.0 + m * 60.0 + sec + ms / 1000.0;
}

/* Undo add_cue_text's escapes, in place. */
static void unescape(char *s)
{
	static const char *const ent[][2] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
	};
	char *w = s;
	size_t i;

	while (*s) {
		for (i = 0; i < 3; i++)
			if (!strncmp(s, ent[i][0], strlen(ent[i][0])))
				break;
		if (i < 3) {
			*w++ = ent[i][1][0];
			s += strlen(ent[i][0]);
		} else {
			*w++ = *s++;
		}
	}
	*w = '\0';
}

int caption_parse_vtt(const char *vtt, struct caption_list *l, int *bad_line)
{
	char *p = xstrdup(vtt), *line, *next;
	int lineno = 0;

	for (line = p; line; line = next) {
		char *arrow, *text;
		double start, end;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		arrow = strstr(line, " --> ");
		if (!arrow)
			continue;
		start = parse_stamp(line);
		end = parse_stamp(arrow + 5);
		text = next;
		if (start < 0 || end < start || !text)
			goto bad;
		next = strchr(text, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		unescape(text);
		if (!*text)
			goto bad;
		caption_add(l, start, end, xstrdup(text));
		l->cue[l->n - 1].line = lineno;
	}
	free(p);
	return 0;
bad:
	free(p);
	*bad_line = lineno;
	return -1;
}
