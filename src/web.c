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

/*
 * "Play all" in the languages whose wording we are sure of; any other
 * language gets the English, marked as English for screen readers.
 */
static const char *const play_all[][2] = {
	{ "ar", "تشغيل الكل" }, { "de", "Alles abspielen" },
	{ "en", "Play all" }, { "es", "Reproducir todo" },
	{ "fr", "Tout écouter" }, { "it", "Riproduci tutto" },
	{ "ja", "すべて再生" }, { "ko", "모두 재생" },
	{ "nl", "Alles afspelen" }, { "pl", "Odtwórz wszystko" },
	{ "pt", "Reproduzir tudo" }, { "ru", "Воспроизвести всё" },
	{ "tr", "Tümünü oynat" }, { "uk", "Відтворити все" },
	{ "vi", "Phát tất cả" }, { "zh", "全部播放" },
};

static void add_play_all(struct strbuf *sb, const char *code)
{
	size_t i, n = strcspn(code, "_@");
	const char *label = NULL;

	for (i = 0; !label && i < sizeof(play_all) / sizeof(play_all[0]); i++)
		if (strlen(play_all[i][0]) == n &&
		    !strncmp(play_all[i][0], code, n))
			label = play_all[i][1];
	strbuf_addf(sb, "<p><button type=\"button\" aria-pressed=\"false\"%s>"
		    "%s</button></p>\n", label ? "" : " lang=\"en\"",
		    label ? label : "Play all");
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
		      const struct book_track *t, const char *prefix)
{
	strbuf_addf(sb, "<section aria-labelledby=\"%sh%d\" "
		    "data-cues=\"%ss%d_\">\n", prefix, t->num, prefix, t->num);
	book_add_heading(sb, t, t->num ? 2 : 1, prefix);
	if (!t->num)
		add_play_all(sb, bk->code);
	if (!t->opus && !t->mp3) {	/* kept from a build without them */
		book_add_paragraphs(sb, t, prefix);
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
	book_add_paragraphs(sb, t, prefix);
	strbuf_addstr(sb, "</section>\n");
}

static void add_lang(struct strbuf *sb, const struct book *bk)
{
	char prefix[80];
	size_t i;

	snprintf(prefix, sizeof(prefix), "%s-", bk->tag);
	strbuf_addf(sb, "<article id=\"%s\" lang=\"%s\" dir=\"%s\" "
		    "aria-labelledby=\"%sh0\" data-title=\"", bk->tag, bk->tag,
		    bk->rtl ? "rtl" : "ltr", prefix);
	xml_addstr(sb, bk->title);
	strbuf_addstr(sb, "\">\n");
	/* A language without its title section still gets a heading. */
	if (!bk->ntrack || bk->track[0].num) {
		strbuf_addf(sb, "<h1 id=\"%sh0\">", prefix);
		xml_addstr(sb, bk->title);
		strbuf_addstr(sb, "</h1>\n");
		add_play_all(sb, bk->code);
	}
	for (i = 0; i < bk->ntrack; i++)
		add_track(sb, bk, &bk->track[i], prefix);
	strbuf_addstr(sb, "</article>\n");
}

int web_write(const char *path, const struct book *books, size_t n,
	      size_t first, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	const struct book *src = &books[first < n ? first : 0];
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
		    "data-first=\"%zu\">\n<a class=\"skip\" href=\"#main\" "
		    "lang=\"en\" dir=\"ltr\">Skip to the guide</a>\n<header>\n"
		    "<nav aria-label=\"Language\" lang=\"en\" dir=\"ltr\">\n"
		    "<ul>\n", web_player_css, first < n ? first : 0);
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
		add_lang(&sb, &books[i]);
	strbuf_addf(&sb, "</main>\n<script>\n%s</script>\n</body>\n</html>\n",
		    web_player_js);
	ret = afile_write_if_changed(path, sb.buf, sb.len, e);
	strbuf_release(&sb);
	return ret;
}
