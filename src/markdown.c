/*
 * markdown: a guide's block structure from cmark's tree and the source
 * lines it points at, and inline text read into what a reader sees.
 */
#include "markdown.h"

#include <cmark.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

/* Lists nested deeper than this are an error (and bound the recursion). */
#define MD_MAX_DEPTH 8

/* The buffer's lines: offsets and lengths without their line end. */
struct lines {
	const char *buf;
	size_t *off, *len;
	size_t n;
};

static void split_lines(struct lines *ln, const char *buf, size_t len)
{
	size_t pos = 0, alloc = 0;

	memset(ln, 0, sizeof(*ln));
	ln->buf = buf;
	while (pos < len) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (buf + pos)) : len - pos;
		if (ln->n + 1 > alloc) {
			alloc = alloc * 2 + 64;
			ln->off = xrealloc(ln->off, alloc * sizeof(*ln->off));
			ln->len = xrealloc(ln->len, alloc * sizeof(*ln->len));
		}
		ln->off[ln->n] = pos;
		ln->len[ln->n] = n && buf[pos + n - 1] == '\r' ? n - 1 : n;
		ln->n++;
		pos += n + 1;
	}
}

struct walker {
	struct md_doc *doc;
	const char *path;
	struct lines ln;
	struct strbuf comment;	/* notes waiting for the next block */
	int quote;		/* block quotes around the current block */
	struct err *e;
	int bold_headings;	/* a wholly bold line is a heading: the
				 * document has no # (or setext) heading */
};

static int is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/*
 * Line `line` (1-based) from column `col` (1-based, 0 for the whole
 * line), without leading blanks and the block quotes' '>' markers.
 */
static void line_text(const struct walker *w, int line, int col,
		      const char **s, size_t *n)
{
	const char *p;
	size_t len, skip;
	int q;

	*s = "";
	*n = 0;
	if (line < 1 || (size_t)line > w->ln.n)
		return;
	p = w->ln.buf + w->ln.off[line - 1];
	len = w->ln.len[line - 1];
	skip = col > 1 ? (size_t)col - 1 : 0;
	if (skip > len)
		skip = len;
	p += skip, len -= skip;
	for (q = 0; q <= w->quote; q++) {
		while (len && is_blank(*p))
			p++, len--;
		if (q < w->quote && len && *p == '>')
			p++, len--;
	}
	while (len && is_blank(p[len - 1]))
		len--;
	*s = p;
	*n = len;
}

static void add_block(struct walker *w, enum md_kind kind, int level,
		      int number, int line, struct strbuf *source)
{
	struct md_doc *d = w->doc;
	struct md_block *b;

	ALLOC_GROW(d->b, d->n + 1, d->alloc);
	b = &d->b[d->n++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	b->level = level;
	b->number = number;
	b->line = line;
	b->source = strbuf_detach(source);
	if (w->comment.len)
		b->comment = strbuf_detach(&w->comment);
}

/* The text of an ATX heading line: without its #s, opening and closing. */
static void atx_text(const char *s, size_t n, struct strbuf *out)
{
	size_t i = 0;

	while (i < n && s[i] == '#')
		i++;
	s += i, n -= i;
	while (n && is_blank(*s))
		s++, n--;
	i = n;
	while (i > 0 && s[i - 1] == '#')
		i--;
	if (i == 0 || is_blank(s[i - 1]))
		n = i;
	while (n && is_blank(s[n - 1]))
		n--;
	strbuf_add(out, s, n);
}

static int heading(struct walker *w, cmark_node *node)
{
	struct strbuf src = STRBUF_INIT;
	int first = cmark_node_get_start_line(node);
	int last = cmark_node_get_end_line(node);
	const char *s;
	size_t n;
	int i;

	if (first == last) {		/* ATX: # Heading # */
		line_text(w, first, cmark_node_get_start_column(node), &s, &n);
		atx_text(s, n, &src);
	} else {			/* setext: the lines above === */
		for (i = first; i < last; i++) {
			line_text(w, i, i == first ?
				  cmark_node_get_start_column(node) : 0, &s, &n);
			strbuf_addword(&src, s, n);
		}
	}
	add_block(w, MD_HEADING, cmark_node_get_heading_level(node), 0, first,
		  &src);
	return 0;
}

/* Whether a line is wholly bold (**Heading**): a heading in a document
 * with no other kind (the seed guide's style). */
static int bold_line(const char *s, size_t n, const char **in, size_t *in_n)
{
	size_t i;

	if (n <= 4 || memcmp(s, "**", 2) || memcmp(s + n - 2, "**", 2))
		return 0;
	for (i = 2; i + 3 < n; i++)
		if (s[i] == '*' && s[i + 1] == '*')
			return 0;
	*in = s + 2;
	*in_n = n - 4;
	return 1;
}

/* A GFM table's delimiter row: | --- | :--: | (pipes optional at ends). */
static int delimiter_row(const char *s, size_t n)
{
	size_t i, dashes = 0, cells = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '-')
			dashes++;
		else if (s[i] == '|')
			cells++;
		else if (s[i] != ':' && !is_blank(s[i]))
			return 0;
	}
	return dashes > 0 && cells > 0;
}

/*
 * A paragraph's lines.  At the top level of a document with no heading
 * of Markdown's own, a wholly bold line is a heading (the seed guide's
 * style), splitting the paragraph around it; elsewhere it is bold text.
 */
static int paragraph(struct walker *w, cmark_node *node, enum md_kind kind,
		     int level, int number)
{
	struct strbuf src = STRBUF_INIT;
	int first = cmark_node_get_start_line(node);
	int last = cmark_node_get_end_line(node);
	int i, start = first;
	const char *s, *in;
	size_t n, in_n;

	for (i = first; i <= last; i++) {
		line_text(w, i, i == first ? cmark_node_get_start_column(node)
			  : 0, &s, &n);
		if (i == first + 1 && delimiter_row(s, n)) {
			strbuf_release(&src);
			return err_at(w->e, w->path, first, "a table cannot be "
				      "read aloud; write its rows as a list or "
				      "as sentences");
		}
		if (kind == MD_PARAGRAPH && w->bold_headings &&
		    bold_line(s, n, &in, &in_n)) {
			struct strbuf h = STRBUF_INIT;
			if (src.len)
				add_block(w, kind, level, number, start, &src);
			strbuf_add(&h, in, in_n);
			add_block(w, MD_HEADING, 2, 0, i, &h);
			start = i + 1;
			continue;
		}
		strbuf_addword(&src, s, n);
	}
	if (src.len)
		add_block(w, kind, level, number, start, &src);
	strbuf_release(&src);
	return 0;
}

/* The text inside <!-- -->, or NULL when s is not only comments. */
static int comments_only(const char *s, struct strbuf *notes)
{
	for (;;) {
		const char *end;
		s += strspn(s, " \t\r\n");
		if (!*s)
			return 1;
		if (strncmp(s, "<!--", 4) || !(end = strstr(s + 4, "-->")))
			return 0;
		strbuf_addword(notes, s + 4, (size_t)(end - s - 4));
		s = end + 3;
	}
}

static int html_block(struct walker *w, cmark_node *node)
{
	const char *html = cmark_node_get_literal(node);
	struct strbuf notes = STRBUF_INIT;
	char shown[48];
	size_t n;

	if (comments_only(html ? html : "", &notes)) {
		if (notes.len)
			strbuf_addword(&w->comment, notes.buf, notes.len);
		strbuf_release(&notes);
		return 0;
	}
	strbuf_release(&notes);
	n = strcspn(html, "\r\n");
	snprintf(shown, sizeof(shown), "%.*s%s", (int)(n > 40 ? 40 : n), html,
		 n > 40 ? "..." : "");
	return err_at(w->e, w->path, cmark_node_get_start_line(node),
		      "raw HTML (%s) is not read aloud; remove it (an HTML "
		      "comment <!-- --> is a note for translators)", shown);
}

static int code_block(struct walker *w, cmark_node *node)
{
	const char *code = cmark_node_get_literal(node);
	struct strbuf src = STRBUF_INIT;
	int line = cmark_node_get_start_line(node);

	/* Indented text is spoken as a paragraph, as it always was. */
	while (code && *code) {
		size_t n = strcspn(code, "\n"), a = 0;
		while (a < n && is_blank(code[a]))
			a++;
		while (n > a && (is_blank(code[n - 1]) || code[n - 1] == '\r'))
			n--;
		strbuf_addword(&src, code + a, n - a);
		code += strcspn(code, "\n");
		code += *code == '\n';
	}
	if (src.len)
		add_block(w, MD_PARAGRAPH, 0, 0, line, &src);
	strbuf_release(&src);
	return 0;
}

static int walk(struct walker *w, cmark_node *parent, int depth);

/* A list: each item's first paragraph is the item, numbered if ordered. */
static int list(struct walker *w, cmark_node *node, int depth)
{
	int ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
	int number = cmark_node_get_list_start(node);
	cmark_node *item, *c;

	if (depth >= MD_MAX_DEPTH)
		return err_at(w->e, w->path, cmark_node_get_start_line(node),
			      "lists nested more than %d deep", MD_MAX_DEPTH);
	for (item = cmark_node_first_child(node); item;
	     item = cmark_node_next(item), number++) {
		int first = 1;
		for (c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
			int r;
			if (cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH) {
				r = paragraph(w, c, MD_ITEM, depth + 1, first &&
					      ordered ? number : 0);
				first = 0;
			} else if (cmark_node_get_type(c) == CMARK_NODE_LIST) {
				r = list(w, c, depth + 1);
			} else {
				r = walk(w, c, depth + 1);
			}
			if (r)
				return -1;
		}
	}
	return 0;
}

/* One block of the tree (and, for containers, what it holds). */
static int block(struct walker *w, cmark_node *node, int depth)
{
	int r = 0;

	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_HEADING:
		return heading(w, node);
	case CMARK_NODE_PARAGRAPH:
		return paragraph(w, node, MD_PARAGRAPH, 0, 0);
	case CMARK_NODE_LIST:
		return list(w, node, depth);
	case CMARK_NODE_HTML_BLOCK:
		return html_block(w, node);
	case CMARK_NODE_CODE_BLOCK:
		return code_block(w, node);
	case CMARK_NODE_BLOCK_QUOTE:
		if (depth >= MD_MAX_DEPTH)
			return err_at(w->e, w->path,
				      cmark_node_get_start_line(node),
				      "quotes nested more than %d deep",
				      MD_MAX_DEPTH);
		w->quote++;
		r = walk(w, node, depth + 1);
		w->quote--;
		return r;
	case CMARK_NODE_ITEM:		/* only inside lists, handled there */
		return walk(w, node, depth + 1);
	default:			/* thematic breaks: nothing to say */
		return 0;
	}
}

static int walk(struct walker *w, cmark_node *parent, int depth)
{
	cmark_node *c;

	for (c = cmark_node_first_child(parent); c; c = cmark_node_next(c))
		if (block(w, c, depth))
			return -1;
	return 0;
}

/* Whether a document has a heading of Markdown's own (# or setext). */
static int has_heading(cmark_node *root)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;
	int found = 0;

	if (!it)
		xalloc_die();
	while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
		found = ev == CMARK_EVENT_ENTER && cmark_node_get_type(
			cmark_iter_get_node(it)) == CMARK_NODE_HEADING;
	cmark_iter_free(it);
	return found;
}

int md_parse(struct md_doc *doc, const char *path, const char *buf,
	     size_t len, struct err *e)
{
	struct walker w = { doc, path, { 0 }, STRBUF_INIT, 0, e, 0 };
	cmark_node *root;
	int ret;

	memset(doc, 0, sizeof(*doc));
	split_lines(&w.ln, buf, len);
	root = cmark_parse_document(buf, len, CMARK_OPT_SOURCEPOS);
	if (!root)
		xalloc_die();
	w.bold_headings = !has_heading(root);
	ret = walk(&w, root, 0);
	cmark_node_free(root);
	free(w.ln.off);
	free(w.ln.len);
	strbuf_release(&w.comment);
	return ret;
}

void md_doc_release(struct md_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->n; i++) {
		free(doc->b[i].source);
		free(doc->b[i].comment);
	}
	free(doc->b);
	memset(doc, 0, sizeof(*doc));
}
