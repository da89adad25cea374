/*
 * guide: reading guide.md: its bytes checked line by line, its blocks
 * from the Markdown front end made into a title and sections of chunks,
 * and every section given a stable, path-safe id.
 */
#include "guide.h"

#include <ctype.h>
#include <iconv.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "fs.h"
#include "markdown.h"
#include "mdinline.h"
#include "strbuf.h"
#include "utf8.h"
#include "xalloc.h"

struct builder {
	struct guide *g;
	int section_level;	/* level of section headings; 0 until known */
	struct err *e;
};

static int check_line(const char *path, const char *s, size_t n, int line,
		      struct err *e)
{
	char msg[160];

	if (utf8_check_text(s, n, "line", msg, sizeof(msg)))
		return err_at(e, path, line, "%s", msg);
	return 0;
}

/*
 * Check every line, and copy the text without its byte order marks (a
 * U+FEFF carries no text wherever it stands), in Unicode NFC.
 */
static char *clean_copy(const char *path, const char *buf, size_t len,
			size_t *outlen, struct err *e)
{
	struct strbuf out = STRBUF_INIT;
	size_t pos = 0;
	int line = 0;

	while (pos < len) {
		const char *s = buf + pos;
		const char *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos, i;
		line++;
		if (check_line(path, s, n && s[n - 1] == '\r' ? n - 1 : n, line,
			       e)) {
			strbuf_release(&out);
			return NULL;
		}
		for (i = 0; i < n; i++) {
			if (i + 3 <= n && !memcmp(s + i, "\xef\xbb\xbf", 3)) {
				i += 2;
				continue;
			}
			strbuf_addch(&out, s[i]);
		}
		if (nl)
			strbuf_addch(&out, '\n');
		pos += n + (nl != NULL);
	}
	/* One normal form: a guide saved in NFD is spoken as in NFC. */
	{
		char *nfc = utf8_nfc(out.buf ? out.buf : "", out.len);
		strbuf_release(&out);
		*outlen = strlen(nfc);
		return nfc;
	}
}

static struct section *new_section(struct builder *b, int line)
{
	struct guide *g = b->g;
	struct section *sec;

	ALLOC_GROW(g->sec, g->nsec + 1, g->alloc);
	sec = &g->sec[g->nsec];
	memset(sec, 0, sizeof(*sec));
	sec->num = (int)g->nsec;
	sec->line = line;
	g->nsec++;
	return sec;
}

static struct chunk *add_chunk(struct section *sec, enum chunk_kind kind)
{
	struct chunk *c;

	ALLOC_GROW(sec->chunk, sec->nchunk + 1, sec->alloc);
	c = &sec->chunk[sec->nchunk++];
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	return c;
}

/* What kind of chunk a heading makes, opening a section where it does. */
static int place_heading(struct builder *b, const struct md_block *mb,
			 enum chunk_kind *kind, int *level)
{
	struct guide *g = b->g;

	*level = 0;
	*kind = CHUNK_HEADING;
	if (g->nsec && !b->section_level)
		b->section_level = mb->level;
	if (!g->nsec || mb->level <= b->section_level) {
		if (g->nsec > GUIDE_MAX_SECTIONS)
			return err_at(b->e, g->path, mb->line, "more than %d "
				      "sections; split the guide",
				      GUIDE_MAX_SECTIONS);
		new_section(b, mb->line);
		return 0;
	}
	*kind = CHUNK_SUBHEADING;
	*level = mb->level - b->section_level;
	return 0;
}

static int check_text(struct builder *b, const struct md_block *mb,
		      enum chunk_kind kind, const struct md_inline *in)
{
	const char *path = b->g->path;
	int heading = kind == CHUNK_HEADING || kind == CHUNK_SUBHEADING;

	if (!utf8_has_word(in->text.buf ? in->text.buf : "", in->text.len))
		return err_at(b->e, path, mb->line, "%s has no letter or digit: "
			      "nothing to say; write its words, or remove it",
			      heading ? "heading" : in->image
			      ? "image description" : "text");
	if (heading) {
		if (in->text.len > GUIDE_MAX_HEADING)
			return err_at(b->e, path, mb->line, "heading is longer "
				      "than %d bytes; shorten it",
				      GUIDE_MAX_HEADING);
	} else if (strlen(mb->source) > GUIDE_MAX_PARAGRAPH) {
		return err_at(b->e, path, mb->line, "paragraph is longer than "
			      "%u bytes; split it with a blank line",
			      GUIDE_MAX_PARAGRAPH);
	}
	return 0;
}

static char *notes(const char *a, const struct strbuf *b)
{
	if (a && b->len)
		return xasprintf("%s %s", a, b->buf);
	if (b->len)
		return xstrdup(b->buf);
	return a ? xstrdup(a) : NULL;
}

/* One block of the document as a chunk of the current section. */
static int add_block(struct builder *b, const struct md_block *mb)
{
	struct guide *g = b->g;
	struct md_inline in;
	enum chunk_kind kind = mb->kind == MD_ITEM ? CHUNK_ITEM
			       : CHUNK_PARAGRAPH;
	int level = mb->kind == MD_ITEM ? mb->level : 0, ret = -1;
	struct chunk *c;

	memset(&in, 0, sizeof(in));
	if (md_inline(mb->source, &in)) {
		err_at(b->e, g->path, mb->line, "%s", in.why);
		goto done;
	}
	if (!in.text.len && mb->kind != MD_HEADING) {
		ret = 0;	/* only a comment: nothing to say */
		goto done;
	}
	if (mb->kind == MD_HEADING && place_heading(b, mb, &kind, &level))
		goto done;
	if (!g->nsec) {
		err_at(b->e, g->path, mb->line, "text before the first heading; "
		       "start the guide with its title as a heading (**Title** "
		       "or # Title)");
		goto done;
	}
	if (check_text(b, mb, kind, &in))
		goto done;
	c = add_chunk(&g->sec[g->nsec - 1], in.image ? CHUNK_IMAGE : kind);
	c->level = level;
	c->number = mb->number;
	c->source = xstrdup(mb->source);
	c->text = strbuf_detach(&in.text);
	c->line = mb->line;
	c->comment = notes(mb->comment, &in.comment);
	ret = 0;
done:
	md_inline_release(&in);
	return ret;
}

/* Give every section a unique, path-safe id. */
static void assign_ids(struct guide *g)
{
	size_t i, j;

	snprintf(g->sec[0].id, sizeof(g->sec[0].id), "title");
	for (i = 1; i < g->nsec; i++) {
		char base[GUIDE_ID_MAX + 1];
		int k = 1;

		guide_slug(base, sizeof(base), guide_heading(&g->sec[i]));
		if (!*base)
			snprintf(base, sizeof(base), "section-%zu", i);
		snprintf(g->sec[i].id, sizeof(g->sec[i].id), "%s", base);
		for (j = 0; j < i; j++) {
			if (strcmp(g->sec[j].id, g->sec[i].id))
				continue;
			snprintf(g->sec[i].id, sizeof(g->sec[i].id), "%s-%d",
				 base, ++k);
			j = (size_t)-1;	/* rescan: the new id may be taken */
		}
	}
}

static int check_sections(struct guide *g, struct err *e)
{
	size_t i;

	if (!g->nsec)
		return err_at(e, g->path, 0, "no heading found; a guide starts "
			      "with its title as a heading (**Title** or # Title)");
	if (g->nsec == 1)
		return err_at(e, g->path, g->sec[0].line, "the guide has a title "
			      "but no sections; add a heading for each section");
	for (i = 1; i < g->nsec; i++)
		if (g->sec[i].nchunk < 2)
			return err_at(e, g->path, g->sec[i].line, "section '%s' "
				      "has no text under its heading",
				      guide_heading(&g->sec[i]));
	return 0;
}

int guide_parse(struct guide *g, const char *path, const char *buf,
		size_t len, struct err *e)
{
	struct builder b = { g, 0, e };
	struct md_doc doc = { 0 };
	size_t clean_len = 0, i;
	char *clean;
	int ret = -1;

	g->path = xstrdup(path);
	clean = clean_copy(path, buf, len, &clean_len, e);
	if (!clean || md_parse(&doc, path, clean, clean_len, e))
		goto done;
	for (i = 0; i < doc.n; i++)
		if (add_block(&b, &doc.b[i]))
			goto done;
	if (check_sections(g, e))
		goto done;
	assign_ids(g);
	ret = 0;
done:
	md_doc_release(&doc);
	free(clean);
	return ret;
}

int guide_load(struct guide *g, const char *dir, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	char *path = xasprintf("%s/guide.md", dir);
	int ret = -1;

	memset(g, 0, sizeof(*g));
	g->id = xstrdup(fs_path_base(dir));
	{
		char *slash = strchr(g->id, '/');
		if (slash)
			*slash = '\0';
	}
	if (!guide_id_valid(g->id)) {
		err_at(e, dir, 0, "guide folder name must use only letters, "
		       "digits, '-', '_' and '.' and not start with '.'");
		goto done;
	}
	if (fs_read_file(path, &sb, GUIDE_MAX_BYTES, e))
		goto done;
	ret = guide_parse(g, path, sb.buf, sb.len, e);
done:
	strbuf_release(&sb);
	free(path);
	return ret;
}

static void release_chunks(struct section *s)
{
	size_t j;

	for (j = 0; j < s->nchunk; j++) {
		free(s->chunk[j].source);
		free(s->chunk[j].text);
		free(s->chunk[j].comment);
	}
	free(s->chunk);
}

void guide_release(struct guide *g)
{
	size_t i;

	for (i = 0; i < g->nsec; i++)
		release_chunks(&g->sec[i]);
	free(g->sec);
	free(g->id);
	free(g->path);
	memset(g, 0, sizeof(*g));
}

void guide_set_title(struct guide *g, const char *title)
{
	struct chunk *c = &g->sec[0].chunk[0];

	free(c->source);
	free(c->text);
	c->source = xstrdup(title);
	c->text = xstrdup(title);
}

const char *guide_heading(const struct section *s)
{
	return s->chunk[0].text;
}

/* Transliterate UTF-8 to ASCII with glibc's tables (é -> e, ß -> ss). */
static char *translit(const char *s)
{
	locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	locale_t old;
	iconv_t cd;
	size_t inleft = strlen(s), outleft = inleft * 4 + 1;
	char *out = xmalloc(outleft), *op = out, *in = (char *)s;

	*out = '\0';
	if (loc == (locale_t)0)
		return out;
	old = uselocale(loc);
	cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
	if (cd != (iconv_t)-1) {
		if (iconv(cd, &in, &inleft, &op, &outleft) == (size_t)-1)
			op = out;	/* give up: the caller numbers it */
		*op = '\0';
		iconv_close(cd);
	}
	uselocale(old);
	freelocale(loc);
	return out;
}

void guide_slug(char *out, size_t outsz, const char *heading)
{
	char *ascii = translit(heading);
	size_t i, n = 0;
	int dash = 0;

	for (i = 0; ascii[i] && n + 1 < outsz && n < GUIDE_ID_MAX; i++) {
		int c = (unsigned char)ascii[i];
		if (isalnum(c)) {
			if (dash && n)
				out[n++] = '-';
			if (n + 1 >= outsz || n >= GUIDE_ID_MAX)
				break;
			out[n++] = (char)tolower(c);
			dash = 0;
		} else if (c != '\'') {
			dash = 1;	/* runs of anything else become one '-' */
		}
	}
	while (n && out[n - 1] == '-')
		n--;
	out[n] = '\0';
	free(ascii);
}

int guide_id_valid(const char *id)
{
	size_t i;

	if (!*id || *id == '.' || strlen(id) > 100)
		return 0;
	for (i = 0; id[i]; i++)
		if (!isalnum((unsigned char)id[i]) && !strchr("-_.", id[i]))
			return 0;
	return 1;
}

int guide_num_width(const struct guide *g)
{
	return g->nsec > 100 ? 3 : 2;
}
