/*
 * daisy: writing a DAISY 2.02 book: ncc.html, content.html, a SMIL file
 * per section and the section MP3s.
 */
#include "daisy.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "afile.h"
#include "err.h"
#include "fs.h"
#include "outdir.h"
#include "strbuf.h"
#include "version.h"
#include "xalloc.h"
#include "xml.h"

#define XML_DECL "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
#define XHTML_DOCTYPE \
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" " \
	"\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
#define SMIL_DOCTYPE \
	"<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" " \
	"\"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">\n"
#define CONTENT "content.html"

/* DAISY 2.02 writes times as hh:mm:ss. */
static void daisy_time(char *out, size_t outsz, double seconds)
{
	long long s = llround(seconds);

	snprintf(out, outsz, "%02lld:%02lld:%02lld", s / 3600, s / 60 % 60,
		 s % 60);
}

static void meta(struct strbuf *sb, const char *name, const char *content)
{
	strbuf_addf(sb, "<meta name=\"%s\" content=\"", name);
	xml_addstr(sb, content);
	strbuf_addstr(sb, "\" />\n");
}

static void html_open(struct strbuf *sb, const struct book *bk,
		      const char *title)
{
	strbuf_addstr(sb, XML_DECL XHTML_DOCTYPE);
	strbuf_addf(sb, "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
		    "lang=\"%s\" xml:lang=\"%s\"%s>\n<head>\n<meta "
		    "http-equiv=\"Content-type\" content=\"text/html; "
		    "charset=utf-8\" />\n<title>", bk->tag, bk->tag,
		    bk->rtl ? " dir=\"rtl\"" : "");
	xml_addstr(sb, title);
	strbuf_addstr(sb, "</title>\n");
}

static char *smil(const struct book *bk, const struct book_track *t,
		  double elapsed)
{
	struct strbuf sb = STRBUF_INIT;
	char clock[32];
	size_t k;

	strbuf_addstr(&sb, XML_DECL SMIL_DOCTYPE "<smil>\n<head>\n");
	meta(&sb, "dc:format", "Daisy 2.02");
	meta(&sb, "dc:title", bk->title);
	meta(&sb, "dc:identifier", bk->uuid);
	meta(&sb, "ncc:generator", "audioguide " AUDIOGUIDE_VERSION);
	daisy_time(clock, sizeof(clock), elapsed);
	meta(&sb, "ncc:totalElapsedTime", clock);
	daisy_time(clock, sizeof(clock), t->seconds);
	meta(&sb, "ncc:timeInThisSmil", clock);
	strbuf_addf(&sb, "<layout>\n<region id=\"txtView\" />\n</layout>\n"
		    "</head>\n<body>\n<seq dur=\"%.3fs\">\n", t->seconds);
	for (k = 0; k < t->nsent; k++) {
		const struct book_sentence *s = &t->sent[k];
		char id[96];
		book_sentence_id(id, sizeof(id), "", t, k);
		strbuf_addf(&sb, "<par endsync=\"last\" id=\"p%s\">\n"
			    "<text src=\"" CONTENT "#%s\" id=\"t%s\" />\n"
			    "<audio src=\"%s.mp3\" clip-begin=\"npt=%.3fs\" "
			    "clip-end=\"npt=%.3fs\" id=\"a%s\" />\n</par>\n",
			    id + 1, id, id + 1, t->name, s->start, s->end,
			    id + 1);
	}
	strbuf_addstr(&sb, "</seq>\n</body>\n</smil>\n");
	return strbuf_detach(&sb);
}

static char *content(const struct book *bk)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	html_open(&sb, bk, bk->title);
	strbuf_addstr(&sb, "</head>\n<body>\n");
	for (i = 0; i < bk->ntrack; i++) {
		book_add_heading(&sb, &bk->track[i], 1, "");
		book_add_body(&sb, &bk->track[i], 1, "");
	}
	strbuf_addstr(&sb, "</body>\n</html>\n");
	return strbuf_detach(&sb);
}

/*
 * The NCC level of block b: 1 for the section's heading, deeper for a
 * subheading; 0 when it is no heading of the NCC (or nothing of it was
 * said, so nothing to link).
 */
static int ncc_level(const struct book_track *t, size_t b)
{
	int level = b ? 1 + t->block[b].level : 1;

	if ((b && t->block[b].kind != BOOK_SUBHEADING) ||
	    book_block_sentence(t, b) == t->nsent)
		return 0;
	return level > 6 ? 6 : level;
}

/* An NCC heading, linking to the first sentence of its block in the
 * section's SMIL file. */
static void ncc_heading(struct strbuf *sb, const struct book_track *t,
			size_t b, int first)
{
	int level = ncc_level(t, b);
	char id[96];

	if (!level)
		return;
	book_heading_id(id, sizeof(id), "n", t, b);
	strbuf_addf(sb, "<h%d%s id=\"%s\"", level,
		    first ? " class=\"title\"" : "", id);
	book_add_lang(sb, t, b);
	strbuf_addf(sb, "><a href=\"%s.smil#t%d_%zu\">", t->name, t->num,
		    book_block_sentence(t, b) + 1);
	xml_addstr(sb, t->block[b].text);
	strbuf_addf(sb, "</a></h%d>\n", level);
}

/* The NCC's headings: how many, and how deep. */
static size_t ncc_headings(const struct book *bk, int *depth)
{
	size_t i, b, n = 0;

	*depth = 1;
	for (i = 0; i < bk->ntrack; i++) {
		for (b = 0; b < bk->track[i].nblock; b++) {
			int level = ncc_level(&bk->track[i], b);
			if (level > *depth)
				*depth = level;
			n += level > 0;
		}
	}
	return n;
}

static char *ncc(const struct book *bk, long long kbytes)
{
	struct strbuf sb = STRBUF_INIT;
	char buf[64], *narrator;
	size_t i, b, items;
	int depth;

	items = ncc_headings(bk, &depth);
	html_open(&sb, bk, bk->title);
	meta(&sb, "dc:title", bk->title);
	meta(&sb, "dc:creator", bk->publisher);
	meta(&sb, "dc:publisher", bk->publisher);
	snprintf(buf, sizeof(buf), "%.10s", bk->modified);
	meta(&sb, "dc:date", buf);
	meta(&sb, "dc:format", "Daisy 2.02");
	meta(&sb, "dc:identifier", bk->uuid);
	meta(&sb, "dc:language", bk->tag);
	meta(&sb, "ncc:charset", "utf-8");
	meta(&sb, "ncc:generator", "audioguide " AUDIOGUIDE_VERSION);
	narrator = xasprintf("eSpeak NG (%s)", bk->narrator ? bk->narrator
			     : bk->code);
	meta(&sb, "ncc:narrator", narrator);
	free(narrator);
	meta(&sb, "ncc:multimediaType", "audioFullText");
	daisy_time(buf, sizeof(buf), bk->seconds);
	meta(&sb, "ncc:totalTime", buf);
	/* ncc.html, content.html, and a SMIL file and an MP3 per track. */
	snprintf(buf, sizeof(buf), "%zu", 2 + 2 * bk->ntrack);
	meta(&sb, "ncc:files", buf);
	snprintf(buf, sizeof(buf), "%lld", kbytes);
	meta(&sb, "ncc:kByteSize", buf);
	snprintf(buf, sizeof(buf), "%zu", items);
	meta(&sb, "ncc:tocItems", buf);
	snprintf(buf, sizeof(buf), "%d", depth);
	meta(&sb, "ncc:depth", buf);
	meta(&sb, "ncc:pageFront", "0");
	meta(&sb, "ncc:pageNormal", "0");
	meta(&sb, "ncc:pageSpecial", "0");
	meta(&sb, "ncc:maxPageNormal", "0");
	meta(&sb, "ncc:footnotes", "0");
	meta(&sb, "ncc:sidebars", "0");
	meta(&sb, "ncc:prodNotes", "0");
	meta(&sb, "ncc:setInfo", "1 of 1");
	strbuf_addstr(&sb, "</head>\n<body>\n");
	for (i = 0; i < bk->ntrack; i++)
		for (b = 0; b < bk->track[i].nblock; b++)
			ncc_heading(&sb, &bk->track[i], b, i == 0 && b == 0);
	strbuf_addstr(&sb, "</body>\n</html>\n");
	return strbuf_detach(&sb);
}

/* Whether a file name is one the book (none when NULL) is made of. */
static int in_book(const struct book *bk, const char *name)
{
	const char *ext = strrchr(name, '.');
	size_t i, n = ext ? (size_t)(ext - name) : 0;

	if (!bk)
		return 0;
	if (!strcmp(name, "ncc.html") || !strcmp(name, CONTENT))
		return 1;
	for (i = 0; ext && i < bk->ntrack; i++)
		if (strlen(bk->track[i].name) == n &&
		    !strncmp(bk->track[i].name, name, n) &&
		    (!strcmp(ext, ".smil") || !strcmp(ext, ".mp3")))
			return 1;
	return 0;
}

static int keep(void *user, const char *name)
{
	return in_book(user, name);
}

/* Remove what an earlier book had and this one has not. */
static void sweep(const struct book *bk, const char *dir)
{
	outdir_prune(dir, keep, NULL, (void *)bk);
}

static int put(const char *dir, const char *name, char *text, struct err *e)
{
	char *p = xasprintf("%s/%s", dir, name);
	int ret = afile_write_if_changed(p, text, strlen(text), e);

	free(p);
	free(text);
	return ret;
}

int daisy_remove(const char *dir)
{
	int had = fs_is_dir(dir);

	sweep(NULL, dir);
	rmdir(dir);
	return had;
}

int daisy_write(const struct book *bk, const char *dir, struct err *e)
{
	double elapsed = 0;
	long long bytes = 0;
	struct stat st;
	size_t i;
	char *doc;

	if (fs_mkdirs(dir, e))
		return -1;
	for (i = 0; i < bk->ntrack; i++) {
		const struct book_track *t = &bk->track[i];
		char *src, *dst, *name, *text;
		int ret;
		if (!t->mp3)
			return err_at(e, dir, 0, "%s has no MP3 track",
				      t->name);
		src = xasprintf("%s/%s", bk->out, t->mp3);
		dst = xasprintf("%s/%s.mp3", dir, t->name);
		name = xasprintf("%s.smil", t->name);
		text = smil(bk, t, elapsed);
		bytes += (long long)strlen(text);
		ret = afile_place(src, dst, e);
		if (ret)
			free(text);
		else
			ret = put(dir, name, text, e);
		if (!ret && !stat(dst, &st))
			bytes += st.st_size;
		free(src);
		free(dst);
		free(name);
		if (ret)
			return -1;
		elapsed += t->seconds;
	}
	doc = content(bk);
	bytes += (long long)strlen(doc);
	if (put(dir, CONTENT, doc, e))
		return -1;
	/* The NCC's own size is left out of its kByteSize: it is small. */
	if (put(dir, "ncc.html", ncc(bk, (bytes + 1023) / 1024), e))
		return -1;
	sweep(bk, dir);
	return 0;
}
