/* epub: zipping an EPUB 3 with Media Overlays with libzip. */
#include "epub.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "afile.h"
#include "key.h"
#include "caption.h"
#include "err.h"
#include "strbuf.h"
#include "version.h"
#include "xalloc.h"
#include "xml.h"

#define ACTIVE_CLASS "audioguide-active"
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

/* One file of the book: its name in the archive and its bytes. */
struct member {
	char *name;
	char *text;		/* NULL for an audio file */
	char *path;		/* the audio file on disk */
};

struct members {
	struct member *m;
	size_t n, alloc;
};

static void add(struct members *ms, const char *name, char *text,
		char *path)
{
	ALLOC_GROW(ms->m, ms->n + 1, ms->alloc);
	ms->m[ms->n].name = xstrdup(name);
	ms->m[ms->n].text = text;
	ms->m[ms->n].path = path;
	ms->n++;
}

static void xhtml_open(struct strbuf *sb, const struct book *bk,
		       const char *title)
{
	strbuf_addf(sb, XML_DECL "<!DOCTYPE html>\n<html xmlns=\"http://www"
		    ".w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007"
		    "/ops\" lang=\"%s\" xml:lang=\"%s\"%s>\n<head>\n<meta "
		    "charset=\"UTF-8\" />\n<title>", bk->tag, bk->tag,
		    bk->rtl ? " dir=\"rtl\"" : "");
	xml_addstr(sb, title);
	strbuf_addstr(sb, "</title>\n<link rel=\"stylesheet\" type=\"text/css"
		      "\" href=\"style.css\" />\n</head>\n");
}

static char *section_doc(const struct book *bk, const struct book_track *t)
{
	struct strbuf sb = STRBUF_INIT;

	xhtml_open(&sb, bk, t->block[0].text);
	strbuf_addf(&sb, "<body>\n<section id=\"sec-%s\" aria-labelledby=\"h%d\">"
		    "\n", t->section, t->num);
	book_add_heading(&sb, t, t->num ? 2 : 1, "");
	book_add_body(&sb, t, t->num ? 2 : 1, "");
	strbuf_addstr(&sb, "</section>\n</body>\n</html>\n");
	return strbuf_detach(&sb);
}

static char *overlay(const struct book_track *t)
{
	struct strbuf sb = STRBUF_INIT;
	size_t k;

	strbuf_addf(&sb, XML_DECL "<smil xmlns=\"http://www.w3.org/ns/SMIL\" "
		    "xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0"
		    "\">\n<body epub:textref=\"%s.xhtml#sec-%s\">\n", t->name,
		    t->section);
	for (k = 0; k < t->nsent; k++) {
		char id[96], a[32], b[32];
		book_sentence_id(id, sizeof(id), "", t, k);
		caption_timestamp(a, sizeof(a), t->sent[k].start);
		caption_timestamp(b, sizeof(b), t->sent[k].end);
		strbuf_addf(&sb, "<par id=\"p%s\">\n<text src=\"%s.xhtml#%s\" />"
			    "\n<audio src=\"audio/%s.mp3\" clipBegin=\"%s\" "
			    "clipEnd=\"%s\" />\n</par>\n", id + 1, t->name, id,
			    t->name, a, b);
	}
	strbuf_addstr(&sb, "</body>\n</smil>\n");
	return strbuf_detach(&sb);
}

/* A section's entry in the table of contents, its subheadings nested. */
static void nav_track(struct strbuf *sb, const struct book_track *t)
{
	int open = 0;	/* nested lists open under the section's entry */
	size_t b;

	strbuf_addf(sb, "<li><a href=\"%s.xhtml\"", t->name);
	book_add_lang(sb, t, 0);
	strbuf_addch(sb, '>');
	xml_addstr(sb, t->block[0].text);
	strbuf_addstr(sb, "</a>");
	for (b = 1; b < t->nblock; b++) {
		const struct book_block *bl = &t->block[b];
		char id[96];
		int level = bl->level < 1 ? 1 : bl->level;
		if (bl->kind != BOOK_SUBHEADING)
			continue;
		if (level > open + 1)
			level = open + 1;	/* no level skipped */
		if (level > open) {
			strbuf_addstr(sb, "\n<ol>\n");
			open++;
		} else {
			strbuf_addstr(sb, "</li>\n");
			while (open > level) {
				strbuf_addstr(sb, "</ol>\n</li>\n");
				open--;
			}
		}
		book_heading_id(id, sizeof(id), "", t, b);
		strbuf_addf(sb, "<li><a href=\"%s.xhtml#%s\">", t->name, id);
		xml_addstr(sb, bl->text);
		strbuf_addstr(sb, "</a>");
	}
	while (open--)
		strbuf_addstr(sb, "</li>\n</ol>\n");
	strbuf_addstr(sb, "</li>\n");
}

static char *nav(const struct book *bk)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	xhtml_open(&sb, bk, bk->title);
	strbuf_addstr(&sb, "<body>\n<nav epub:type=\"toc\" role=\"doc-toc\" "
		      "id=\"toc\" aria-labelledby=\"toc-title\">\n"
		      "<h1 id=\"toc-title\">");
	xml_addstr(&sb, bk->title);
	strbuf_addstr(&sb, "</h1>\n<ol>\n");
	for (i = 0; i < bk->ntrack; i++)
		nav_track(&sb, &bk->track[i]);
	strbuf_addstr(&sb, "</ol>\n</nav>\n</body>\n</html>\n");
	return strbuf_detach(&sb);
}

static void prop(struct strbuf *sb, const char *property, const char *refines,
		 const char *value)
{
	strbuf_addf(sb, "<meta property=\"%s\"", property);
	if (refines)
		strbuf_addf(sb, " refines=\"#%s\"", refines);
	strbuf_addch(sb, '>');
	xml_addstr(sb, value);
	strbuf_addstr(sb, "</meta>\n");
}

/* Durations in whole milliseconds, so the total is the parts' sum. */
static void add_durations(struct strbuf *sb, const struct book *bk)
{
	long long total = 0;
	char clock[32];
	size_t i;

	for (i = 0; i < bk->ntrack; i++) {
		long long ms = llround(bk->track[i].seconds * 1000.0);
		char *id = xasprintf("o%s", bk->track[i].name);
		caption_timestamp(clock, sizeof(clock), ms / 1000.0);
		prop(sb, "media:duration", id, clock);
		total += ms;
		free(id);
	}
	caption_timestamp(clock, sizeof(clock), total / 1000.0);
	prop(sb, "media:duration", NULL, clock);
}

static char *package(const struct book *bk)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	strbuf_addf(&sb, XML_DECL "<package xmlns=\"http://www.idpf.org/2007/"
		    "opf\" version=\"3.0\" unique-identifier=\"uid\" "
		    "xml:lang=\"%s\"%s>\n<metadata xmlns:dc=\"http://purl.org/"
		    "dc/elements/1.1/\">\n<dc:identifier id=\"uid\">%s"
		    "</dc:identifier>\n<dc:title>", bk->tag,
		    bk->rtl ? " dir=\"rtl\"" : "", bk->uuid);
	xml_addstr(&sb, bk->title);
	strbuf_addf(&sb, "</dc:title>\n<dc:language>%s</dc:language>\n"
		    "<dc:creator>", bk->tag);
	xml_addstr(&sb, bk->publisher);
	strbuf_addstr(&sb, "</dc:creator>\n<dc:publisher>");
	xml_addstr(&sb, bk->publisher);
	strbuf_addstr(&sb, "</dc:publisher>\n");
	prop(&sb, "dcterms:modified", NULL, bk->modified);
	add_durations(&sb, bk);
	prop(&sb, "media:active-class", NULL, ACTIVE_CLASS);
	if (bk->narrator) {
		char *who = xasprintf("eSpeak NG (%s)", bk->narrator);
		prop(&sb, "media:narrator", NULL, who);
		free(who);
	}
	prop(&sb, "schema:accessMode", NULL, "textual");
	prop(&sb, "schema:accessMode", NULL, "auditory");
	prop(&sb, "schema:accessModeSufficient", NULL, "textual");
	prop(&sb, "schema:accessModeSufficient", NULL, "auditory");
	prop(&sb, "schema:accessModeSufficient", NULL, "textual,auditory");
	prop(&sb, "schema:accessibilityFeature", NULL, "synchronizedAudioText");
	prop(&sb, "schema:accessibilityFeature", NULL, "structuralNavigation");
	prop(&sb, "schema:accessibilityFeature", NULL, "tableOfContents");
	prop(&sb, "schema:accessibilityFeature", NULL, "readingOrder");
	prop(&sb, "schema:accessibilityHazard", NULL, "none");
	strbuf_addstr(&sb, "<meta property=\"schema:accessibilitySummary\" "
		      "xml:lang=\"en\">The full text of every section with its "
		      "full narration by a synthetic voice (eSpeak NG), "
		      "synchronized sentence by sentence; sections are "
		      "navigable from the table of contents.</meta>\n");
	strbuf_addstr(&sb, "</metadata>\n<manifest>\n<item id=\"nav\" "
		      "href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" "
		      "properties=\"nav\" />\n<item id=\"css\" href=\"style.css\""
		      " media-type=\"text/css\" />\n");
	for (i = 0; i < bk->ntrack; i++) {
		const char *n = bk->track[i].name;
		strbuf_addf(&sb, "<item id=\"x%s\" href=\"%s.xhtml\" media-type="
			    "\"application/xhtml+xml\" media-overlay=\"o%s\" />\n"
			    "<item id=\"o%s\" href=\"%s.smil\" media-type="
			    "\"application/smil+xml\" />\n<item id=\"a%s\" "
			    "href=\"audio/%s.mp3\" media-type=\"audio/mpeg\" />\n",
			    n, n, n, n, n, n, n);
	}
	strbuf_addf(&sb, "</manifest>\n<spine%s>\n", bk->rtl
		    ? " page-progression-direction=\"rtl\"" : "");
	for (i = 0; i < bk->ntrack; i++)
		strbuf_addf(&sb, "<itemref idref=\"x%s\" />\n", bk->track[i].name);
	strbuf_addstr(&sb, "</spine>\n</package>\n");
	return strbuf_detach(&sb);
}

static void members(const struct book *bk, struct members *ms)
{
	size_t i;

	add(ms, "mimetype", xstrdup("application/epub+zip"), NULL);
	add(ms, "META-INF/container.xml", xstrdup(XML_DECL
	    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:"
	    "opendocument:xmlns:container\">\n<rootfiles>\n<rootfile "
	    "full-path=\"EPUB/package.opf\" media-type=\"application/"
	    "oebps-package+xml\" />\n</rootfiles>\n</container>\n"), NULL);
	add(ms, "EPUB/package.opf", package(bk), NULL);
	add(ms, "EPUB/nav.xhtml", nav(bk), NULL);
	add(ms, "EPUB/style.css", xstrdup(
	    "body { font-family: sans-serif; line-height: 1.5; }\n"
	    "." ACTIVE_CLASS " { background-color: #ffe066; color: #000; }\n"),
	    NULL);
	for (i = 0; i < bk->ntrack; i++) {
		const struct book_track *t = &bk->track[i];
		char *name = xasprintf("EPUB/%s.xhtml", t->name);
		add(ms, name, section_doc(bk, t), NULL);
		free(name);
		name = xasprintf("EPUB/%s.smil", t->name);
		add(ms, name, overlay(t), NULL);
		free(name);
		name = xasprintf("EPUB/audio/%s.mp3", t->name);
		add(ms, name, NULL, xasprintf("%s/%s", bk->out, t->mp3));
		free(name);
	}
}

static void members_release(struct members *ms)
{
	size_t i;

	for (i = 0; i < ms->n; i++) {
		free(ms->m[i].name);
		free(ms->m[i].text);
		free(ms->m[i].path);
	}
	free(ms->m);
}

static int zip_fail(zip_t *za, const char *path, struct err *e)
{
	int ret = err_at(e, path, 0, "cannot write the EPUB: %s",
			 zip_strerror(za));

	zip_discard(za);
	return ret;
}

/*
 * The archive, through a temporary: the mimetype first and stored, text
 * compressed, MP3s stored (they do not compress), every date the book's.
 */
static int zip_members(const struct members *ms, const char *path,
		       time_t mtime, struct err *e)
{
	char *tmp = afile_tmpname(path);
	int zerr, ret;
	zip_t *za;
	size_t i;

	unlink(tmp);
	za = zip_open(tmp, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
	if (!za) {
		ret = err_at(e, path, 0, "cannot write the EPUB (libzip error "
			     "%d)", zerr);
		free(tmp);
		return ret;
	}
	for (i = 0; i < ms->n; i++) {
		const struct member *m = &ms->m[i];
		zip_source_t *src = m->text
			? zip_source_buffer(za, m->text, strlen(m->text), 0)
			: zip_source_file(za, m->path, 0, -1);
		zip_int64_t idx = src ? zip_file_add(za, m->name, src, 0) : -1;
		if (idx < 0) {
			zip_source_free(src);
			free(tmp);
			return zip_fail(za, path, e);
		}
		if (zip_set_file_compression(za, idx, m->text && i
					     ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
					     9) ||
		    zip_file_set_mtime(za, idx, mtime, 0)) {
			free(tmp);
			return zip_fail(za, path, e);
		}
	}
	if (zip_close(za)) {
		ret = zip_fail(za, path, e);
		unlink(tmp);
		free(tmp);
		return ret;
	}
	ret = afile_rename(tmp, path, e);
	unlink(tmp);
	free(tmp);
	return ret;
}

int epub_write(const struct book *bk, const char *path, const char *keyfile,
	       const char *const *mp3keys, struct err *e)
{
	struct members ms = { 0 };
	struct key_hasher *h;
	struct key_entry ce = { .lufs = NAN, .peak_db = NAN }, old;
	struct stat st;
	size_t i;
	int ret;

	for (i = 0; i < bk->ntrack; i++)
		if (!bk->track[i].mp3)
			return err_at(e, path, 0, "%s has no MP3 track",
				      bk->track[i].name);
	members(bk, &ms);
	h = key_hasher_new();
	key_add_str(h, "epub", AUDIOGUIDE_VERSION);
	key_add_num(h, "mtime", (double)bk->epoch);
	for (i = 0; i < ms.n; i++) {
		key_add_str(h, "name", ms.m[i].name);
		key_add_str(h, "text", ms.m[i].text ? ms.m[i].text : "");
	}
	for (i = 0; i < bk->ntrack; i++)
		key_add_str(h, "mp3", mp3keys[i] ? mp3keys[i] : "");
	key_finish(h, ce.key);
	if (!key_read(keyfile, &old) && key_fresh(&old, ce.key, path)) {
		members_release(&ms);
		return 0;
	}
	unlink(keyfile);	/* no key may claim the book while it changes */
	ret = zip_members(&ms, path, (time_t)bk->epoch, e);
	members_release(&ms);
	if (ret)
		return -1;
	if (stat(path, &st))
		return err_at(e, path, 0, "vanished after writing");
	ce.bytes = st.st_size;
	ce.seconds = bk->seconds;
	return key_write(keyfile, &ce, e);
}
