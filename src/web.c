/* web: the player page, out/<guide>/index.html. */
#include "web.h"

#include <string.h>

#include "afile.h"
#include "err.h"
#include "strbuf.h"
#include "xml.h"
#include "version.h"

/* The page's style and script: src/web/player.css and player.js. */
extern const char web_player_css[];
extern const char web_player_js[];

static void add_play_all(struct strbuf *sb, const struct web_words *w)
{
	strbuf_addstr(sb, "<p><button type=\"button\" aria-pressed=\"false\">");
	xml_addstr(sb, w->play_all);
	strbuf_addstr(sb, "</button></p>\n");
}

static void base64(struct strbuf *sb, const unsigned char *s, size_t n)
{
	static const char d[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
				"qrstuvwxyz0123456789+/";
	size_t i;

	for (i = 0; i + 2 < n; i += 3) {
		unsigned long v = (unsigned long)s[i] << 16 | s[i + 1] << 8 |
				  s[i + 2];
		strbuf_addch(sb, d[v >> 18]);
		strbuf_addch(sb, d[v >> 12 & 63]);
		strbuf_addch(sb, d[v >> 6 & 63]);
		strbuf_addch(sb, d[v & 63]);
	}
	if (i < n) {
		unsigned long v = (unsigned long)s[i] << 16 |
				  (i + 1 < n ? s[i + 1] << 8 : 0);
		strbuf_addch(sb, d[v >> 18]);
		strbuf_addch(sb, d[v >> 12 & 63]);
		strbuf_addch(sb, i + 1 < n ? d[v >> 6 & 63] : '=');
		strbuf_addch(sb, '=');
	}
}

static void path_attr(struct strbuf *sb, const char *name, const char *path)
{
	strbuf_addf(sb, " %s=\"", name);
	xml_addstr(sb, path);
	strbuf_addch(sb, '"');
}

/*
 * One section.  Its captions are inlined as a data: address: Chromium
 * refuses to load a <track> from a file:// address, and the page must
 * work from a folder.
 */
static void add_track(struct strbuf *sb, const struct book *bk,
		      const struct web_words *w, const struct book_track *t,
		      const char *prefix)
{
	strbuf_addf(sb, "<section aria-labelledby=\"%sh%d\" "
		    "data-cues=\"%ss%d_\">\n", prefix, t->num, prefix, t->num);
	book_add_heading(sb, t, t->num ? 2 : 1, prefix);
	if (!t->num)
		add_play_all(sb, w);
	if (!t->opus && !t->mp3) {	/* kept from a build without them */
		book_add_body(sb, t, t->num ? 2 : 1, prefix);
		strbuf_addstr(sb, "</section>\n");
		return;
	}
	strbuf_addf(sb, "<audio controls preload=\"metadata\" "
		    "aria-labelledby=\"%sh%d\">\n", prefix, t->num);
	if (t->opus) {
		strbuf_addstr(sb, "<source");
		path_attr(sb, "src", t->opus);
		strbuf_addstr(sb, " type=\"audio/ogg; codecs=opus\">\n");
	}
	if (t->mp3) {
		strbuf_addstr(sb, "<source");
		path_attr(sb, "src", t->mp3);
		strbuf_addstr(sb, " type=\"audio/mpeg\">\n");
	}
	strbuf_addf(sb, "<track kind=\"captions\" srclang=\"%s\" label=\"",
		    bk->tag);
	xml_addstr(sb, bk->native);
	strbuf_addstr(sb, "\" default src=\"data:text/vtt;base64,");
	base64(sb, (const unsigned char *)t->captions.buf, t->captions.len);
	strbuf_addstr(sb, "\">\n</audio>\n");
	book_add_body(sb, t, t->num ? 2 : 1, prefix);
	strbuf_addstr(sb, "</section>\n");
}

/*
 * A section the language does not have: its heading (in the language if
 * translated, else as the guide has it, marked with its language) and
 * a notice in the language, so a reader knows it exists.
 */
static void add_missing(struct strbuf *sb, const struct book_missing *m,
			const struct web_words *w, const char *source_tag,
			const char *prefix)
{
	strbuf_addf(sb, "<section aria-labelledby=\"%sh%d\" class=\"missing\">"
		    "\n<h%d id=\"%sh%d\">", prefix, m->num, m->num ? 2 : 1,
		    prefix, m->num);
	if (m->title) {
		xml_addstr(sb, m->title);
	} else {
		strbuf_addf(sb, "<span lang=\"%s\">", source_tag);
		xml_addstr(sb, m->source_title);
		strbuf_addstr(sb, "</span>");
	}
	strbuf_addf(sb, "</h%d>\n<p>", m->num ? 2 : 1);
	xml_addstr(sb, w->not_available);
	strbuf_addstr(sb, "</p>\n</section>\n");
}

static void add_lang(struct strbuf *sb, const struct book *bk,
		     const struct web_words *w, const char *source_tag)
{
	char prefix[80];
	size_t i, m = 0;

	snprintf(prefix, sizeof(prefix), "%s-", bk->tag);
	strbuf_addf(sb, "<article data-lang=\"%s\" lang=\"%s\" dir=\"%s\" "
		    "aria-labelledby=\"%sh0\" data-title=\"", bk->tag, bk->tag,
		    bk->rtl ? "rtl" : "ltr", prefix);
	xml_addstr(sb, bk->title);
	strbuf_addstr(sb, "\">\n");
	/* A language without its title section still gets a heading. */
	if (!bk->ntrack || bk->track[0].num) {
		strbuf_addf(sb, "<h1 id=\"%sh0\">", prefix);
		xml_addstr(sb, bk->title);
		strbuf_addstr(sb, "</h1>\n");
		add_play_all(sb, w);
	}
	/* Sections and missing ones in the guide's order. */
	for (i = 0; i <= bk->ntrack; i++) {
		int num = i < bk->ntrack ? bk->track[i].num : -1;
		for (; m < bk->nmissing && (num < 0 || bk->missing[m].num < num);
		     m++)
			if (bk->missing[m].num)	/* the title has its <h1> */
				add_missing(sb, &bk->missing[m], w, source_tag,
					    prefix);
		if (i < bk->ntrack)
			add_track(sb, bk, w, &bk->track[i], prefix);
	}
	strbuf_addstr(sb, "</article>\n");
}

int web_write(const char *path, const struct book *books,
	      const struct web_words *words, size_t n, size_t first,
	      const char *source_tag, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	const struct book *src = &books[first < n ? first : 0];
	const struct web_words *sw = &words[first < n ? first : 0];
	size_t i;
	int ret;

	if (!n)
		return err_at(e, path, 0, "no language to show");
	strbuf_addf(&sb, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n"
		    "<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
		    "content=\"width=device-width, initial-scale=1\">\n"
		    "<meta name=\"generator\" content=\"audioguide "
		    AUDIOGUIDE_VERSION "\">\n<title>", src->tag,
		    src->rtl ? "rtl" : "ltr");
	xml_addstr(&sb, src->title);
	strbuf_addf(&sb, "</title>\n<style>\n%s</style>\n</head>\n<body "
		    "data-first=\"%zu\">\n<a class=\"skip\" href=\"#main\">",
		    web_player_css, first < n ? first : 0);
	xml_addstr(&sb, sw->skip);
	strbuf_addstr(&sb, "</a>\n<header>\n<nav aria-label=\"");
	xml_addstr(&sb, sw->languages);
	strbuf_addstr(&sb, "\">\n<ul>\n");
	for (i = 0; i < n; i++) {
		strbuf_addf(&sb, "<li><a href=\"#%s\" hreflang=\"%s\" lang=\"%s\""
			    " dir=\"%s\">", books[i].tag, books[i].tag,
			    books[i].tag, books[i].rtl ? "rtl" : "ltr");
		xml_addstr(&sb, books[i].native);
		strbuf_addstr(&sb, "</a></li>\n");
	}
	strbuf_addstr(&sb, "</ul>\n</nav>\n</header>\n<main id=\"main\" "
		      "tabindex=\"-1\">\n");
	for (i = 0; i < n; i++)
		add_lang(&sb, &books[i], &words[i], source_tag);
	strbuf_addf(&sb, "</main>\n<script>\n%s</script>\n</body>\n</html>\n",
		    web_player_js);
	ret = afile_write_if_changed(path, sb.buf, sb.len, e);
	strbuf_release(&sb);
	return ret;
}
