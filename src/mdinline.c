/*
 * mdinline: a block's inline Markdown (or a translation of it) read into
 * the text a reader sees, with its links, phone numbers and bare
 * addresses as spans, and its HTML comments kept for translators.
 */
#include "mdinline.h"

#include <cmark.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

/* Append text, each run of white space made one space, none leading. */
static void add_text(struct md_inline *in, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			if (in->text.len && in->text.buf[in->text.len - 1] != ' ')
				strbuf_addch(&in->text, ' ');
		} else {
			strbuf_addch(&in->text, s[i]);
		}
	}
}

static void add_span(struct md_inline *in, enum md_span_kind kind,
		     size_t from, const char *href)
{
	struct md_span *sp;

	ALLOC_GROW(in->span, in->nspan + 1, in->alloc);
	sp = &in->span[in->nspan++];
	sp->kind = kind;
	sp->from = from;
	sp->to = in->text.len;
	sp->href = xstrdup(href);
}

/* Where a bare web address starts at s (after a word break), or 0. */
static size_t url_start(const char *s)
{
	if (!strncmp(s, "https://", 8) || !strncmp(s, "http://", 7))
		return 1;
	return !strncmp(s, "www.", 4) && s[4] && !isspace((unsigned char)s[4]);
}

/* Text with its bare web addresses made spans. */
static void add_plain(struct md_inline *in, const char *s)
{
	const char *p = s;

	while (*p) {
		size_t n;
		char *href;
		if ((p != s && !strchr(" \t(", p[-1])) || !url_start(p)) {
			add_text(in, p, 1);
			p++;
			continue;
		}
		n = strcspn(p, " \t\r\n<>\"");
		while (n && strchr(".,;:!?)]'", p[n - 1]))
			n--;
		href = p[0] == 'w' ? xasprintf("https://%.*s", (int)n, p)
				   : xstrndup(p, n);
		{
			size_t from = in->text.len;
			add_text(in, p, n);
			add_span(in, MD_URL, from, href);
		}
		free(href);
		p += n;
	}
}

static int inlines(struct md_inline *in, cmark_node *parent, int in_link);

/* A link's text; a tel: link's is its number, an autolink's its address. */
/* Whether inline text added from `from` on holds nothing to read. */
static int added_nothing(const struct md_inline *in, size_t from)
{
	size_t i;

	for (i = from; i < in->text.len; i++)
		if (in->text.buf[i] != ' ')
			return 0;
	return 1;
}

/* Links a listener's page and books may open: web, mail, phone. */
static int safe_url(const char *url)
{
	static const char *const schemes[] = { "https://", "http://", "mailto:",
					       "tel:" };
	size_t i;

	for (i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++)
		if (!strncasecmp(url, schemes[i], strlen(schemes[i])))
			return url[strlen(schemes[i])] != '\0';
	return 0;
}

static int link(struct md_inline *in, cmark_node *node)
{
	const char *url = cmark_node_get_url(node);
	size_t from = in->text.len;
	enum md_span_kind kind = MD_LINK;

	if (!url || !safe_url(url)) {
		snprintf(in->why, sizeof(in->why), "a link to \"%.200s\": links "
			 "go to https://, http://, mailto: or tel: addresses",
			 url ? url : "");
		return -1;
	}
	if (inlines(in, node, 1))
		return -1;
	if (added_nothing(in, from)) {
		snprintf(in->why, sizeof(in->why), "a link to %.200s has no "
			 "text to read; write it between [ ]", url ? url : "");
		return -1;
	}
	if (!strncasecmp(url, "tel:", 4))
		kind = MD_TEL;
	else if ((!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8)) &&
		 in->text.len - from == strlen(url) &&
		 !memcmp(in->text.buf + from, url, in->text.len - from))
		kind = MD_URL;
	add_span(in, kind, from, url);
	return 0;
}

static int image(struct md_inline *in, cmark_node *node)
{
	size_t from = in->text.len;

	if (inlines(in, node, 1))
		return -1;
	if (added_nothing(in, from)) {
		const char *url = cmark_node_get_url(node);
		snprintf(in->why, sizeof(in->why), "the image %.200s has no "
			 "description to read; write one between ![ ]",
			 url ? url : "");
		return -1;
	}
	return 0;
}

static int inlines(struct md_inline *in, cmark_node *parent, int in_link)
{
	cmark_node *c;

	for (c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
		const char *lit = cmark_node_get_literal(c);
		int r = 0;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
			if (in_link)
				add_text(in, lit, strlen(lit));
			else
				add_plain(in, lit);
			break;
		case CMARK_NODE_CODE:
			add_text(in, lit, strlen(lit));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			add_text(in, " ", 1);
			break;
		case CMARK_NODE_EMPH:
		case CMARK_NODE_STRONG:
			r = inlines(in, c, in_link);
			break;
		case CMARK_NODE_LINK:
			r = in_link ? inlines(in, c, 1) : link(in, c);
			break;
		case CMARK_NODE_IMAGE:
			r = image(in, c);
			break;
		case CMARK_NODE_HTML_INLINE:
			snprintf(in->why, sizeof(in->why), "raw HTML (%.40s) is "
				 "not read aloud; remove it", lit);
			return -1;
		default:
			break;
		}
		if (r)
			return -1;
	}
	return 0;
}

/*
 * Take the HTML comments out of s (into notes) and make it one line: a
 * block's text, or a translator's, is one paragraph however it is wrapped.
 */
static char *flatten(const char *s, struct strbuf *notes)
{
	struct strbuf out = STRBUF_INIT;
	const char *end;

	while (*s) {
		if (!strncmp(s, "<!--", 4) && (end = strstr(s + 4, "-->"))) {
			strbuf_addword(notes, s + 4, (size_t)(end - s - 4));
			s = end + 3;
			strbuf_addch(&out, ' ');
			continue;
		}
		strbuf_addch(&out, strchr("\r\n\t", *s) ? ' ' : *s);
		s++;
	}
	return strbuf_detach(&out);
}

/* Whether s is a thematic break: three or more of c, spaces between. */
static int rule_line(const char *s, char c)
{
	size_t n = 0;

	for (; *s; s++) {
		if (*s == c)
			n++;
		else if (*s != ' ')
			return 0;
	}
	return n >= 3;
}

/*
 * A line that starts like a block (# heading, > quote, - or 1. list
 * item, ``` fence, --- rule) is read as text: its marker is escaped.
 * "**Important:** ..." starts no block: its emphasis is kept.
 */
static char *escape_block_start(const char *s)
{
	size_t d = strspn(s, "0123456789"), n;
	char c = s[0];

	if (d && d <= 9 && (s[d] == '.' || s[d] == ')') &&
	    (!s[d + 1] || s[d + 1] == ' '))
		return xasprintf("%.*s\\%s", (int)d, s, s + d);
	n = strspn(s, "#");
	if ((n && n <= 6 && (!s[n] || s[n] == ' ')) || c == '>' ||
	    ((c == '-' || c == '+' || c == '*') && (!s[1] || s[1] == ' ')) ||
	    ((c == '-' || c == '*' || c == '_') && rule_line(s, c)) ||
	    ((c == '`' || c == '~') && s[1] == c && s[2] == c) ||
	    (c == '=' && s[strspn(s, "= ")] == '\0'))
		return xasprintf("\\%s", s);
	return xstrdup(s);
}

/* Spans hold no white space at their ends. */
static void trim_spans(struct md_inline *in)
{
	size_t i;

	for (i = 0; i < in->nspan; i++) {
		struct md_span *sp = &in->span[i];
		while (sp->from < sp->to && in->text.buf[sp->from] == ' ')
			sp->from++;
		if (sp->to > in->text.len)
			sp->to = in->text.len;
		while (sp->to > sp->from && in->text.buf[sp->to - 1] == ' ')
			sp->to--;
	}
}

int md_inline(const char *source, struct md_inline *in)
{
	char *flat = flatten(source, &in->comment), *text, *trimmed;
	cmark_node *root, *para;
	int ret = -1;

	trimmed = flat + strspn(flat, " ");
	text = escape_block_start(trimmed);
	free(flat);
	root = cmark_parse_document(text, strlen(text), CMARK_OPT_DEFAULT);
	if (!root)
		xalloc_die();
	para = cmark_node_first_child(root);
	if (!para) {
		ret = 0;	/* nothing at all: the caller says so */
	} else if (cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH ||
		   cmark_node_next(para)) {
		snprintf(in->why, sizeof(in->why), "cannot be read as one "
			 "paragraph of text (raw HTML? remove it)");
	} else if (!inlines(in, para, 0)) {
		cmark_node *only = cmark_node_first_child(para);
		in->image = only && !cmark_node_next(only) &&
			    cmark_node_get_type(only) == CMARK_NODE_IMAGE;
		ret = 0;
	}
	cmark_node_free(root);
	free(text);
	while (in->text.len && in->text.buf[in->text.len - 1] == ' ')
		in->text.buf[--in->text.len] = '\0';
	trim_spans(in);
	strbuf_grow(&in->text, 0);
	return ret;
}

void md_inline_release(struct md_inline *in)
{
	size_t i;

	for (i = 0; i < in->nspan; i++)
		free(in->span[i].href);
	free(in->span);
	strbuf_release(&in->text);
	strbuf_release(&in->comment);
	memset(in, 0, sizeof(*in));
}
