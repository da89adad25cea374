/* guide: parsing guide.md into a title and sections with stable ids. */
#include "guide.h"

#include <ctype.h>
#include <iconv.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "fs.h"
#include "strbuf.h"
#include "utf8.h"
#include "xalloc.h"

struct parser {
	struct guide *g;
	struct strbuf para;	/* paragraph being collected */
	int para_line;
	struct err *e;
};

/* Whether s[0..n) starts with a blank; *adv is its length. */
static int is_blank_char(const char *s, size_t n, size_t *adv)
{
	if (n && (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\v')) {
		*adv = 1;
		return 1;
	}
	/* U+FEFF (a byte order mark) carries no text wherever it stands. */
	if (n >= 3 && !memcmp(s, "\xef\xbb\xbf", 3)) {
		*adv = 3;
		return 1;
	}
	return 0;
}

/* Trim blanks (and stray BOMs) from both ends of s[0..*n). */
static const char *trim(const char *s, size_t *n)
{
	size_t adv;

	while (is_blank_char(s, *n, &adv))
		s += adv, *n -= adv;
	for (;;) {
		if (*n && strchr(" \t\f\v", s[*n - 1]))
			(*n)--;
		else if (*n >= 3 && !memcmp(s + *n - 3, "\xef\xbb\xbf", 3))
			*n -= 3;
		else
			break;
	}
	return s;
}

static int is_word(int c)
{
	return isalnum(c) || (c & 0x80);
}

/*
 * Append text with Markdown emphasis markers removed: every `*` and
 * backtick, and `_` where it opens or closes a word (not in snake_case).
 */
static void add_spoken(struct strbuf *sb, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c == '*' || c == '`')
			continue;
		if (c == '_') {
			int before = i > 0 && is_word((unsigned char)s[i - 1]);
			int after = i + 1 < n && is_word((unsigned char)s[i + 1]);
			if (!(before && after))
				continue;
		}
		if (c == ' ' && (!sb->len || sb->buf[sb->len - 1] == ' '))
			continue;
		strbuf_addch(sb, c);
	}
	while (sb->len && sb->buf[sb->len - 1] == ' ')
		sb->buf[--sb->len] = '\0';
}

/* Heading text of a line, or NULL when the line is not a heading. */
static const char *heading_text(const char *s, size_t n, size_t *hn)
{
	size_t i = 0;

	if (n >= 1 && s[0] == '#') {
		while (i < n && i < 7 && s[i] == '#')
			i++;
		if (i > 6 || (i < n && s[i] != ' ' && s[i] != '\t'))
			return NULL;
		s += i, n -= i;
		s = trim(s, &n);
		/* An optional closing run of #s, after a blank. */
		i = n;
		while (i > 0 && s[i - 1] == '#')
			i--;
		if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')
			n = i;
		s = trim(s, &n);
		*hn = n;
		return s;
	}
	if (n > 4 && !memcmp(s, "**", 2) && !memcmp(s + n - 2, "**", 2)) {
		const char *inner = s + 2;
		size_t in = n - 4;
		for (i = 0; i + 1 < in; i++)
			if (inner[i] == '*' && inner[i + 1] == '*')
				return NULL;
		*hn = in;
		return inner;
	}
	return NULL;
}

static int flush_para(struct parser *p)
{
	struct guide *g = p->g;
	struct section *sec;

	if (!p->para.len)
		return 0;
	if (!g->nsec)
		return err_at(p->e, g->path, p->para_line,
			      "text before the first heading; start the guide "
			      "with its title as a heading (**Title** or # Title)");
	sec = &g->sec[g->nsec - 1];
	ALLOC_GROW(sec->paras, sec->npara + 1, sec->alloc);
	sec->paras[sec->npara].text = strbuf_detach(&p->para);
	sec->paras[sec->npara].line = p->para_line;
	sec->npara++;
	return 0;
}

static int add_heading(struct parser *p, const char *s, size_t n, int line)
{
	struct guide *g = p->g;
	struct strbuf text = STRBUF_INIT;
	struct section *sec;

	add_spoken(&text, s, n);
	if (!text.len || text.len > GUIDE_MAX_HEADING) {
		strbuf_release(&text);
		return err_at(p->e, g->path, line, text.len
			      ? "heading is longer than %d bytes; shorten it"
			      : "heading has no text to speak", GUIDE_MAX_HEADING);
	}
	if (g->nsec > GUIDE_MAX_SECTIONS) {
		strbuf_release(&text);
		return err_at(p->e, g->path, line,
			      "more than %d sections; split the guide",
			      GUIDE_MAX_SECTIONS);
	}
	ALLOC_GROW(g->sec, g->nsec + 1, g->alloc);
	sec = &g->sec[g->nsec];
	memset(sec, 0, sizeof(*sec));
	sec->num = (int)g->nsec;
	sec->heading = strbuf_detach(&text);
	sec->line = line;
	g->nsec++;
	return 0;
}

static int add_line(struct parser *p, const char *s, size_t n, int line)
{
	const char *h;
	size_t hn;

	s = trim(s, &n);
	if (!n)
		return flush_para(p);
	h = heading_text(s, n, &hn);
	if (h) {
		if (flush_para(p))
			return -1;
		return add_heading(p, h, hn, line);
	}
	if (!p->para.len)
		p->para_line = line;
	else
		strbuf_addch(&p->para, ' ');
	add_spoken(&p->para, s, n);
	if (p->para.len > GUIDE_MAX_PARAGRAPH)
		return err_at(p->e, p->g->path, p->para_line,
			      "paragraph is longer than %u bytes; split it "
			      "with a blank line", GUIDE_MAX_PARAGRAPH);
	return 0;
}

long guide_find_control(const char *s, size_t n, unsigned *cp)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			*cp = c;
			return (long)i;
		}
		if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9f) {
			*cp = (unsigned char)s[i + 1];
			return (long)i;
		}
	}
	return -1;
}

static int check_line(struct parser *p, const char *s, size_t n, int line)
{
	size_t bad;
	unsigned cp;
	long at;

	if (memchr(s, '\0', n))
		return err_at(p->e, p->g->path, line,
			      "contains a NUL byte; save the file as plain "
			      "UTF-8 text");
	if (!utf8_valid(s, n, &bad))
		return err_at(p->e, p->g->path, line,
			      "invalid UTF-8 (byte %zu of the line); save the "
			      "file as UTF-8", bad + 1);
	at = guide_find_control(s, n, &cp);
	if (at >= 0)
		return err_at(p->e, p->g->path, line,
			      "control character U+%04X (byte %ld of the line); "
			      "remove it", cp, at + 1);
	return 0;
}

/* Give every section a unique, path-safe id. */
static void assign_ids(struct guide *g)
{
	size_t i, j;

	snprintf(g->sec[0].id, sizeof(g->sec[0].id), "title");
	for (i = 1; i < g->nsec; i++) {
		char base[GUIDE_ID_MAX + 1];
		int k = 1;

		guide_slug(base, sizeof(base), g->sec[i].heading);
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

static int check_sections(struct parser *p)
{
	struct guide *g = p->g;
	size_t i;

	if (!g->nsec)
		return err_at(p->e, g->path, 0,
			      "no heading found; a guide starts with its title "
			      "as a heading (**Title** or # Title)");
	if (g->nsec == 1)
		return err_at(p->e, g->path, g->sec[0].line,
			      "the guide has a title but no sections; add a "
			      "heading for each section");
	for (i = 1; i < g->nsec; i++)
		if (!g->sec[i].npara)
			return err_at(p->e, g->path, g->sec[i].line,
				      "section '%s' has no text under its "
				      "heading", g->sec[i].heading);
	return 0;
}

int guide_parse(struct guide *g, const char *path, const char *buf,
		size_t len, struct err *e)
{
	struct parser p = { g, STRBUF_INIT, 0, e };
	size_t pos = 0;
	int line = 0, ret = -1;

	g->path = xstrdup(path);
	if (len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3))
		pos = 3;
	while (pos < len) {
		const char *s = buf + pos;
		const char *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos;

		pos += n + (nl != NULL);
		line++;
		if (n && s[n - 1] == '\r')
			n--;
		if (check_line(&p, s, n, line) || add_line(&p, s, n, line))
			goto done;
	}
	if (flush_para(&p) || check_sections(&p))
		goto done;
	assign_ids(g);
	ret = 0;
done:
	strbuf_release(&p.para);
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

void guide_release(struct guide *g)
{
	size_t i, j;

	for (i = 0; i < g->nsec; i++) {
		for (j = 0; j < g->sec[i].npara; j++)
			free(g->sec[i].paras[j].text);
		free(g->sec[i].paras);
		free(g->sec[i].heading);
	}
	free(g->sec);
	free(g->id);
	free(g->path);
	memset(g, 0, sizeof(*g));
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
