/* pls: reading PLS pronunciation lexicons with expat (format in pls.h). */
#include "pls.h"

#include <expat.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fs.h"
#include "strbuf.h"
#include "utf8.h"
#include "xalloc.h"

#define PLS_NS "http://www.w3.org/2005/01/pronunciation-lexicon"
#define XML_NS "http://www.w3.org/XML/1998/namespace"
/* Namespaced names come as "namespace|local". */
#define SEP '|'

enum where { NOWHERE, IN_LEXICON, IN_LEXEME, IN_TEXT, SKIPPING };

struct reader {
	XML_Parser xp;
	struct pls_file *f;
	struct err *e;
	int failed;
	enum where at;
	enum where resume;	/* where skipping returns to */
	int depth;		/* of elements skipped (meta, example) */
	struct pls_lexeme *cur;	/* lexeme being read */
	char **slot;		/* where the text being read goes */
	struct strbuf text;
};

static void fail(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	char msg[600];

	if (!r->failed) {
		va_start(ap, fmt);
		vsnprintf(msg, sizeof(msg), fmt, ap);
		va_end(ap);
		err_at(r->e, r->f->path, (long)XML_GetCurrentLineNumber(r->xp),
		       "%s", msg);
		r->failed = 1;
	}
	XML_StopParser(r->xp, XML_FALSE);
}

/* The local part of a namespaced name, or NULL when its namespace is
 * neither PLS's nor none. */
static const char *local(const char *name)
{
	const char *sep = strrchr(name, SEP);

	if (!sep)
		return name;
	if ((size_t)(sep - name) == strlen(PLS_NS) &&
	    !strncmp(name, PLS_NS, (size_t)(sep - name)))
		return sep + 1;
	return NULL;
}

static const char *attr(const XML_Char **atts, const char *name)
{
	for (; atts[0]; atts += 2) {
		const char *n = strrchr(atts[0], SEP);
		if (!strcmp(n ? n + 1 : atts[0], name))
			return atts[1];
	}
	return NULL;
}

static int is_true(const char *v)
{
	return v && (!strcmp(v, "true") || !strcmp(v, "1"));
}

static void lexicon_start(struct reader *r, const XML_Char **atts)
{
	const char *alphabet = attr(atts, "alphabet");
	const char *version = attr(atts, "version");
	const char *lang = attr(atts, "lang");

	if (version && strcmp(version, "1.0"))
		fail(r, "PLS version %s: audioguide reads version 1.0", version);
	else if (alphabet && strcmp(alphabet, "x-espeak"))
		fail(r, "alphabet \"%s\": audioguide reads phonemes in eSpeak "
		     "NG's mnemonics, alphabet=\"x-espeak\" (or aliases)",
		     alphabet);
	if (lang)
		r->f->lang = xstrdup(lang);
	r->at = IN_LEXICON;
}

static void lexeme_start(struct reader *r, const XML_Char **atts)
{
	struct pls_file *f = r->f;

	if (f->n >= PLS_MAX_LEXEMES) {
		fail(r, "more than %d lexemes; split the lexicon", PLS_MAX_LEXEMES);
		return;
	}
	ALLOC_GROW(f->lx, f->n + 1, f->alloc);
	r->cur = &f->lx[f->n++];
	memset(r->cur, 0, sizeof(*r->cur));
	r->cur->line = (int)XML_GetCurrentLineNumber(r->xp);
	r->cur->regex = is_true(attr(atts, "regex"));
	r->at = IN_LEXEME;
}

/* <grapheme>, <alias>, <phoneme> inside a lexeme: text to read. */
static void text_start(struct reader *r, const char *name,
		       const XML_Char **atts)
{
	struct pls_lexeme *lx = r->cur;
	const char *alphabet = attr(atts, "alphabet");

	r->slot = NULL;
	if (!strcmp(name, "grapheme") && lx->ngrapheme >= PLS_MAX_GRAPHEMES) {
		fail(r, "more than %d graphemes in one lexeme",
		     PLS_MAX_GRAPHEMES);
		return;
	}
	if (!strcmp(name, "grapheme")) {
		lx->grapheme = xrealloc(lx->grapheme, (lx->ngrapheme + 1) *
					sizeof(*lx->grapheme));
		lx->grapheme[lx->ngrapheme] = NULL;
		r->slot = &lx->grapheme[lx->ngrapheme++];
		lx->regex |= is_true(attr(atts, "regex"));
	} else if (!strcmp(name, "alias") && !lx->alias && !lx->phoneme) {
		r->slot = &lx->alias;
	} else if (!strcmp(name, "phoneme") && !lx->alias && !lx->phoneme) {
		if (alphabet && strcmp(alphabet, "x-espeak")) {
			fail(r, "phoneme alphabet \"%s\": audioguide reads "
			     "eSpeak NG's mnemonics (alphabet=\"x-espeak\")",
			     alphabet);
			return;
		}
		r->slot = &lx->phoneme;
	}
	strbuf_reset(&r->text);
	r->at = IN_TEXT;
}

static void XMLCALL start(void *user, const XML_Char *qname,
			  const XML_Char **atts)
{
	struct reader *r = user;
	const char *name = local(qname);

	if (r->failed)
		return;
	if (r->at == SKIPPING) {
		r->depth++;
		return;
	}
	if (r->at == IN_TEXT) {
		fail(r, "<%s> inside a grapheme, alias or phoneme",
		     name ? name : qname);
		return;
	}
	if (!name) {
		fail(r, "element <%s> is not PLS", qname);
	} else if (r->at == NOWHERE) {
		if (strcmp(name, "lexicon"))
			fail(r, "<%s>: a PLS file starts with <lexicon>", name);
		else
			lexicon_start(r, atts);
	} else if (!strcmp(name, "meta") || !strcmp(name, "metadata") ||
		   (r->at == IN_LEXEME && !strcmp(name, "example"))) {
		r->resume = r->at;
		r->at = SKIPPING;
		r->depth = 1;
	} else if (r->at == IN_LEXICON && !strcmp(name, "lexeme")) {
		lexeme_start(r, atts);
	} else if (r->at == IN_LEXEME && (!strcmp(name, "grapheme") ||
					  !strcmp(name, "alias") ||
					  !strcmp(name, "phoneme"))) {
		text_start(r, name, atts);
	} else {
		fail(r, "unexpected element <%s>", name);
	}
}

/* Trimmed, white space made single spaces, NFC. */
static char *clean(const struct strbuf *sb)
{
	struct strbuf out = STRBUF_INIT;
	size_t i;
	char *nfc;

	for (i = 0; i < sb->len; i++) {
		if (strchr(" \t\r\n", sb->buf[i])) {
			if (out.len && out.buf[out.len - 1] != ' ')
				strbuf_addch(&out, ' ');
		} else {
			strbuf_addch(&out, sb->buf[i]);
		}
	}
	while (out.len && out.buf[out.len - 1] == ' ')
		out.len--;
	nfc = utf8_nfc(out.buf ? out.buf : "", out.len);
	strbuf_release(&out);
	return nfc;
}

/* A phoneme string must be eSpeak NG's ASCII mnemonics, no brackets. */
static int bad_phonemes(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e ||
		    *s == '[' || *s == ']')
			return 1;
	return 0;
}

static void text_end(struct reader *r)
{
	char *t = clean(&r->text);

	r->at = IN_LEXEME;
	if (!r->slot) {
		free(t);	/* a second alias or phoneme: the first counts */
		return;
	}
	if (!*t)
		fail(r, "%s is empty", r->slot == &r->cur->alias ? "an alias"
		     : r->slot == &r->cur->phoneme ? "a phoneme" : "a grapheme");
	else if (strlen(t) > PLS_MAX_TEXT)
		fail(r, "longer than %d bytes", PLS_MAX_TEXT);
	else if (r->slot == &r->cur->phoneme && bad_phonemes(t))
		fail(r, "phonemes \"%.60s\" are not eSpeak NG mnemonics (ASCII "
		     "letters and marks, no IPA, no brackets)", t);
	*r->slot = t;
	r->slot = NULL;
}

static void XMLCALL end(void *user, const XML_Char *qname)
{
	struct reader *r = user;
	struct pls_lexeme *lx = r->cur;

	(void)qname;
	if (r->failed)
		return;
	if (r->at == SKIPPING) {
		if (--r->depth == 0)
			r->at = r->resume;
		return;
	}
	if (r->at == IN_TEXT) {
		text_end(r);
	} else if (r->at == IN_LEXEME) {
		if (!lx->ngrapheme)
			fail(r, "a lexeme ends with no grapheme");
		else if (!lx->alias && !lx->phoneme)
			fail(r, "a lexeme ends with no alias or phoneme");
		r->cur = NULL;
		r->at = IN_LEXICON;
	} else if (r->at == IN_LEXICON) {
		r->at = NOWHERE;
	}
}

static void XMLCALL chars(void *user, const XML_Char *s, int len)
{
	struct reader *r = user;

	if (r->at == IN_TEXT && len > 0) {
		if (r->text.len + (size_t)len > 4 * PLS_MAX_TEXT)
			fail(r, "longer than %d bytes", PLS_MAX_TEXT);
		else
			strbuf_add(&r->text, s, (size_t)len);
	}
}

static void XMLCALL doctype(void *user, const XML_Char *name,
			    const XML_Char *sysid, const XML_Char *pubid,
			    int internal)
{
	(void)name, (void)sysid, (void)pubid, (void)internal;
	fail(user, "a DOCTYPE is not allowed in a lexicon");
}

int pls_parse(struct pls_file *f, const char *path, const char *buf,
	      size_t len, struct err *e)
{
	struct reader r = { 0 };

	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	r.f = f;
	r.e = e;
	r.xp = XML_ParserCreateNS("UTF-8", SEP);
	if (!r.xp)
		xalloc_die();
	XML_SetUserData(r.xp, &r);
	XML_SetElementHandler(r.xp, start, end);
	XML_SetCharacterDataHandler(r.xp, chars);
	XML_SetStartDoctypeDeclHandler(r.xp, doctype);
	if (XML_Parse(r.xp, buf, (int)len, XML_TRUE) == XML_STATUS_ERROR &&
	    !r.failed) {
		err_at(e, path, (long)XML_GetCurrentLineNumber(r.xp), "not "
		       "well-formed XML: %s",
		       XML_ErrorString(XML_GetErrorCode(r.xp)));
		r.failed = 1;
	}
	if (!r.failed && !f->n) {
		err_at(e, path, 0, "no lexeme in it");
		r.failed = 1;
	}
	XML_ParserFree(r.xp);
	strbuf_release(&r.text);
	return r.failed ? -1 : 0;
}

int pls_read(struct pls_file *f, const char *path, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	int ret;

	memset(f, 0, sizeof(*f));
	if (fs_read_file(path, &sb, PLS_MAX_BYTES, e)) {
		f->path = xstrdup(path);
		return -1;
	}
	ret = pls_parse(f, path, sb.buf ? sb.buf : "", sb.len, e);
	strbuf_release(&sb);
	return ret;
}

void pls_release(struct pls_file *f)
{
	size_t i, j;

	for (i = 0; i < f->n; i++) {
		for (j = 0; j < f->lx[i].ngrapheme; j++)
			free(f->lx[i].grapheme[j]);
		free(f->lx[i].grapheme);
		free(f->lx[i].alias);
		free(f->lx[i].phoneme);
	}
	free(f->lx);
	free(f->path);
	free(f->lang);
	memset(f, 0, sizeof(*f));
}
