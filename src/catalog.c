/*
 * catalog: reading PO files with libgettextpo (entry states and lines),
 * and writing a guide's template.
 */
#include "catalog.h"

#include <errno.h>
#include <gettext-po.h>
#include <iconv.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "afile.h"
#include "err.h"
#include "fs.h"
#include "poscan.h"
#include "strbuf.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * libgettextpo reports through callbacks that carry no user pointer and
 * must not return on a fatal error, so the first error is kept here and
 * a fatal one unwinds to catalog_load.  A process reads one file at once.
 */
static struct {
	jmp_buf jmp;
	int armed;
	int errors;
	const char *path;	/* the file read or written, for messages */
	char msg[768];
} po_err;

/* gettext's words for what is wrong with a PO file, and plain ones. */
static const struct {
	const char *gettext;	/* the start of its message */
	const char *plain;
	int own;		/* 0: its message quotes the file: not shown */
} plain_words[] = {
	{ "keyword \"", "unknown keyword: a line here starts with a word that "
	  "is not msgctxt, msgid or msgstr (is this a PO file?)", 0 },
	{ "end-of-line within string", "a closing double quote (\") is "
	  "missing at the end of this line", 1 },
	{ "end-of-file within string", "the file ends inside a string: a "
	  "closing double quote (\") is missing", 1 },
	{ "missing 'msgstr' section", "an entry has a msgid but no msgstr "
	  "line after it", 1 },
	{ "missing 'msgid' section", "a msgstr has no msgid line before it",
	  1 },
	{ "invalid control sequence", "a backslash escape PO files do not "
	  "have: write \\\\ for a backslash, \\\" for a quote, \\n for a "
	  "new line", 1 },
	{ "duplicate message definition", "an entry with the same msgctxt "
	  "and msgid is above: keep one of them", 1 },
	{ "invalid multibyte sequence", "text that is not valid in the "
	  "file's charset: save the file as UTF-8", 1 },
	{ "syntax error", "check this line's keyword and its quotes", 1 },
};

/* gettext's message, and what it means in plain words. */
static void explain(char *buf, size_t n, const char *text)
{
	size_t i;

	for (i = 0; i < sizeof(plain_words) / sizeof(*plain_words); i++) {
		if (strncmp(text, plain_words[i].gettext,
			    strlen(plain_words[i].gettext)))
			continue;
		if (plain_words[i].own)
			snprintf(buf, n, "%s: %s", text, plain_words[i].plain);
		else
			snprintf(buf, n, "%s", plain_words[i].plain);
		return;
	}
	snprintf(buf, n, "%s", text);
}

static void note_error(const char *file, size_t line, const char *text)
{
	char words[512];

	if (po_err.errors++)
		return;
	explain(words, sizeof(words), text);
	if (file && line)
		snprintf(po_err.msg, sizeof(po_err.msg), "%s:%zu: %s", file,
			 line, words);
	else
		snprintf(po_err.msg, sizeof(po_err.msg), "%s: %s",
			 file ? file : po_err.path, words);
}

static void xerror(int severity, po_message_t message, const char *filename,
		   size_t lineno, size_t column, int multiline,
		   const char *text)
{
	(void)message, (void)column, (void)multiline;
	if (severity != PO_SEVERITY_WARNING)
		note_error(filename, lineno, text);
	if (severity == PO_SEVERITY_FATAL_ERROR && po_err.armed)
		longjmp(po_err.jmp, 1);
}

static void xerror2(int severity, po_message_t m1, const char *f1, size_t l1,
		    size_t c1, int ml1, const char *t1, po_message_t m2,
		    const char *f2, size_t l2, size_t c2, int ml2,
		    const char *t2)
{
	(void)m1, (void)c1, (void)ml1, (void)m2, (void)f2, (void)l2, (void)c2;
	(void)ml2, (void)t2;
	xerror(severity == PO_SEVERITY_FATAL_ERROR ? PO_SEVERITY_ERROR
						   : severity,
	       NULL, f1, l1, 0, 0, t1);
	if (severity == PO_SEVERITY_FATAL_ERROR && po_err.armed)
		longjmp(po_err.jmp, 1);
}

static const struct po_xerror_handler handler = { xerror, xerror2 };

/* libgettextpo returns a copy of the header, declared const: ours to free. */
static char *header_field(po_file_t file, const char *field)
{
	char *header = (char *)po_file_domain_header(file, NULL);
	char *value = header ? po_header_field(header, field) : NULL;

	free(header);
	return value;
}

static char *header_charset(po_file_t file)
{
	char *ct = header_field(file, "Content-Type"), *cs, *p, *out;

	if (!ct)
		return NULL;
	cs = strstr(ct, "charset=");
	if (!cs) {
		free(ct);
		return NULL;
	}
	cs += 8;
	for (p = cs; *p && *p != ';' && *p != ' '; p++)
		;
	out = xstrndup(cs, (size_t)(p - cs));
	free(ct);
	return out;
}

static int is_utf8_name(const char *cs)
{
	return !cs || !strcasecmp(cs, "UTF-8") || !strcasecmp(cs, "UTF8") ||
	       !strcasecmp(cs, "ASCII") || !strcasecmp(cs, "US-ASCII") ||
	       !strcmp(cs, "CHARSET");
}

/*
 * Convert s from the file's charset to UTF-8 in NFC (a catalog saved in
 * NFD matches the guide and is spoken as in NFC); NULL when it cannot.
 */
static char *to_utf8(iconv_t cd, const char *s)
{
	size_t inleft = strlen(s), outleft = inleft * 4 + 4;
	char *out = xmalloc(outleft), *op = out, *in = (char *)s, *nfc;

	if (cd == (iconv_t)-1) {
		size_t bad;
		free(out);
		return utf8_valid(s, inleft, &bad) ? utf8_nfc(s, inleft) : NULL;
	}
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &in, &inleft, &op, &outleft) == (size_t)-1 ||
	    iconv(cd, NULL, NULL, &op, &outleft) == (size_t)-1) {
		free(out);
		return NULL;
	}
	*op = '\0';
	nfc = utf8_nfc(out, (size_t)(op - out));
	free(out);
	return nfc;
}

static int only_space(const char *s)
{
	return s[strspn(s, " \t\r\n\f\v")] == '\0';
}

/* Like utf8_find_unfit, but a PO's \n and \r are line breaks. */
static int has_control(const char *s, unsigned *cp)
{
	while (*s) {
		size_t len = strcspn(s, "\n\r");
		if (utf8_find_unfit(s, len, cp) >= 0)
			return 1;
		s += len;
		s += strspn(s, "\n\r");
	}
	return 0;
}

/*
 * What a reviewer confirmed of an entry, from its translator comments:
 * "# reviewed: numbers, links" (msgmerge keeps such comments, where it
 * drops flags it does not know); NULL when none.
 */
static char *reviewed(const char *comments)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = comments;

	while (p && *p) {
		size_t n = strcspn(p, "\n");
		const char *q = p + strspn(p, " ");
		if (!strncmp(q, "reviewed:", 9) && (size_t)(q - p) < n)
			strbuf_addf(&sb, "%s%.*s", sb.len ? ", " : "",
				    (int)(n - (size_t)(q - p) - 9), q + 9);
		p += n + (p[n] == '\n');
	}
	if (!sb.len)
		return NULL;
	strbuf_grow(&sb, 0);
	return strbuf_detach(&sb);
}

static int add_entry(struct catalog *c, po_message_t m, iconv_t cd, int line,
		     struct err *e)
{
	struct catalog_entry *ent;
	unsigned cp;
	const char *ctxt = po_message_msgctxt(m);
	const char *str = po_message_msgid_plural(m)
		? po_message_msgstr_plural(m, 0) : po_message_msgstr(m);

	ALLOC_GROW(c->ent, c->n + 1, c->alloc);
	ent = &c->ent[c->n];
	memset(ent, 0, sizeof(*ent));
	ent->line = line;
	ent->plural = po_message_msgid_plural(m) != NULL;
	ent->previous = po_message_prev_msgid(m) != NULL;
	ent->msgid = to_utf8(cd, po_message_msgid(m));
	ent->msgstr = to_utf8(cd, str ? str : "");
	ent->ctxt = ctxt ? to_utf8(cd, ctxt) : NULL;
	ent->reviewed = reviewed(po_message_comments(m));
	c->n++;
	if (!ent->msgid || !ent->msgstr || (ctxt && !ent->ctxt))
		return err_at(e, c->path, line,
			      "text is not valid in the file's charset; save "
			      "the file as UTF-8 (msgconv -t UTF-8)");
	if (has_control(ent->msgstr, &cp))
		return err_at(e, c->path, line, "msgstr holds %s U+%04X; "
			      "remove it", utf8_unfit_name(cp), cp);
	if (po_message_is_obsolete(m))
		ent->state = ENTRY_OBSOLETE;
	else if (only_space(ent->msgstr))
		ent->state = ENTRY_UNTRANSLATED;
	else if (po_message_is_fuzzy(m))
		ent->state = ENTRY_FUZZY;
	else
		ent->state = ENTRY_TRANSLATED;
	return 0;
}

/* The line of the file where text first occurs, or 0. */
static int line_of(const char *buf, const char *text)
{
	const char *at = strstr(buf, text), *p;
	int line = 1;

	if (!at)
		return 0;
	for (p = buf; p < at; p++)
		line += *p == '\n';
	return line;
}

static int read_entries(struct catalog *c, po_file_t file, const char *buf,
			const struct poscan_entry *lines, size_t nlines,
			struct err *e)
{
	po_message_iterator_t it = po_message_iterator(file, NULL);
	char *cs = header_charset(file);
	iconv_t cd = (iconv_t)-1;
	po_message_t m;
	size_t i = 0;
	int ret = 0;

	if (!is_utf8_name(cs)) {
		cd = iconv_open("UTF-8", cs);
		if (cd == (iconv_t)-1)
			ret = err_at(e, c->path, line_of(buf, "charset="),
				     "unknown charset '%s' in the header; use "
				     "charset=UTF-8", cs);
	}
	while (!ret && (m = po_next_message(it)) != NULL) {
		int line = i < nlines ? lines[i].line : 0;
		i++;
		if (!*po_message_msgid(m) && !po_message_msgctxt(m))
			continue;	/* the header */
		ret = add_entry(c, m, cd, line, e);
		if (!ret)
			c->ent[c->n - 1].cut = i <= nlines && lines[i - 1].cut;
	}
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	po_message_iterator_free(it);
	free(cs);
	return ret;
}

static void read_language(struct catalog *c, po_file_t file)
{
	char *lang = header_field(file, "Language");

	if (lang && *lang)
		c->language = lang;
	else
		free(lang);
}

/* Kept apart so no local of a longer function lives across setjmp. */
static po_file_t read_po(const char *path)
{
	po_file_t file = NULL;

	po_err.errors = 0;
	po_err.path = path;
	po_err.armed = 1;
	if (!setjmp(po_err.jmp))
		file = po_file_read(path, &handler);
	po_err.armed = 0;
	return file;
}

static int write_po(po_file_t file, const char *path, const char *name)
{
	po_err.errors = 0;
	po_err.path = name;
	po_err.armed = 1;
	if (!setjmp(po_err.jmp))
		po_file_write(file, path, &handler);
	po_err.armed = 0;
	return po_err.errors ? -1 : 0;
}

/* FNV-1a of a context (or none) and a msgid, kept apart by a 0x04. */
static size_t entry_hash(const char *ctxt, const char *msgid)
{
	size_t h = 2166136261u;
	const char *p;

	for (p = ctxt ? ctxt : ""; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	h = (h ^ (ctxt ? 4u : 5u)) * 16777619u;
	for (p = msgid; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	return h;
}

/* A hash table of the live entries: a guide of N chunks finds its N
 * entries in O(N), not O(N^2). */
static void index_entries(struct catalog *c)
{
	size_t i;

	for (c->nbucket = 16; c->nbucket < 2 * c->n; c->nbucket *= 2)
		;
	c->bucket = xmalloc(c->nbucket * sizeof(*c->bucket));
	c->next = xmalloc((c->n + 1) * sizeof(*c->next));
	for (i = 0; i < c->nbucket; i++)
		c->bucket[i] = (size_t)-1;
	for (i = c->n; i-- > 0;) {	/* chains in file order */
		size_t b;
		if (c->ent[i].state == ENTRY_OBSOLETE)
			continue;
		b = entry_hash(c->ent[i].ctxt, c->ent[i].msgid) &
		    (c->nbucket - 1);
		c->next[i] = c->bucket[b];
		c->bucket[b] = i;
	}
}

int catalog_check_bytes(const char *path, const char *buf, size_t len,
			struct err *e)
{
	/* What an editor saving "Unicode" or "UTF-8 with BOM" writes:
	 * gettext's own tools (msgfmt, msgmerge) refuse both. */
	if (len >= 2 && (!memcmp(buf, "\xff\xfe", 2) ||
			 !memcmp(buf, "\xfe\xff", 2)))
		return err_at(e, path, 1, "saved as UTF-16; save it as UTF-8");
	if (len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3))
		return err_at(e, path, 1, "starts with a byte order mark "
			      "(BOM), which gettext's tools cannot read; save "
			      "it as UTF-8 without a BOM");
	if (len && memchr(buf, '\0', len))
		return err_at(e, path, 0, "contains NUL bytes; not a PO file");
	return 0;
}

int catalog_load(struct catalog *c, const char *path, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	po_file_t file = NULL;
	struct poscan_entry *lines = NULL;
	size_t nlines = 0;
	int ret = -1;

	memset(c, 0, sizeof(*c));
	c->path = xstrdup(path);
	/* Also bounds the size libgettextpo is given. */
	if (fs_read_file(path, &sb, CATALOG_MAX_BYTES, e))
		goto done;
	if (catalog_check_bytes(path, sb.buf, sb.len, e))
		goto done;
	lines = poscan_entries(sb.buf, sb.len, &nlines);
	file = read_po(path);
	if (po_err.errors || !file) {
		if (!po_err.errors)
			err_at(e, path, 0, "cannot read: %s", strerror(errno));
		else
			err_set(e, "%s", po_err.msg);
		goto done;
	}
	read_language(c, file);
	ret = read_entries(c, file, sb.buf, lines, nlines, e);
	if (!ret)
		index_entries(c);
done:
	if (file)
		po_file_free(file);
	free(lines);
	strbuf_release(&sb);
	return ret;
}

void catalog_release(struct catalog *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->ent[i].ctxt);
		free(c->ent[i].msgid);
		free(c->ent[i].msgstr);
		free(c->ent[i].reviewed);
	}
	free(c->ent);
	free(c->bucket);
	free(c->next);
	free(c->path);
	free(c->language);
	memset(c, 0, sizeof(*c));
}

const struct catalog_entry *catalog_find(const struct catalog *c,
					 const char *ctxt, const char *msgid)
{
	size_t i;

	if (!c->nbucket)
		return NULL;
	for (i = c->bucket[entry_hash(ctxt, msgid) & (c->nbucket - 1)];
	     i != (size_t)-1; i = c->next[i]) {
		const struct catalog_entry *ent = &c->ent[i];
		if ((ctxt ? !ent->ctxt || strcmp(ent->ctxt, ctxt) : !!ent->ctxt))
			continue;
		if (!strcmp(ent->msgid, msgid))
			return ent;
	}
	return NULL;
}

static po_message_t add_pot_entry(po_message_iterator_t it, const char *file,
				  const char *ctxt, const char *msgid, int line,
				  const char *comment)
{
	po_message_t m = po_message_create();

	po_message_set_msgctxt(m, ctxt);
	po_message_set_msgid(m, msgid);
	po_message_set_msgstr(m, "");
	po_message_set_extracted_comments(m, comment);
	po_message_add_filepos(m, file, (size_t)line);
	po_message_insert(it, m);
	return m;
}

/* The header entry: of the template (lang NULL), or of a new catalog. */
static void add_header(po_message_iterator_t it, const struct guide *g,
		       const struct catalog_lang *lang)
{
	po_message_t m = po_message_create();
	char date[32] = "YEAR-MO-DA HO:MI+ZONE";
	char *h, *comments;
	time_t now = time(NULL);
	struct tm tm;

	if (lang && localtime_r(&now, &tm))
		strftime(date, sizeof(date), "%Y-%m-%d %H:%M%z", &tm);
	h = xasprintf("Project-Id-Version: audioguide %s\n"
		      "Report-Msgid-Bugs-To: \n"
		      "PO-Revision-Date: %s\n"
		      "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
		      "Language-Team: %s\n"
		      "Language: %s\n"
		      "MIME-Version: 1.0\n"
		      "Content-Type: text/plain; charset=UTF-8\n"
		      "Content-Transfer-Encoding: 8bit\n%s%s%s", g->id, date,
		      lang ? lang->name : "LANGUAGE <LL@li.org>",
		      lang ? lang->code : "", lang ? "Plural-Forms: " : "",
		      lang ? lang->plural : "", lang ? "\n" : "");
	if (lang)
		comments = xasprintf("%s translation of \"%s\".\n"
				     "DRAFT awaiting clinical review: not for "
				     "patients until a clinician who reads %s "
				     "has checked it.\n"
				     "Each entry is spoken as written.  msgctxt "
				     "is the section id; keep it.", lang->name,
				     guide_heading(&g->sec[0]), lang->name);
	else
		comments = xstrdup("Translations of an audioguide guide. Each "
				   "entry is spoken as written.\n"
				   "msgctxt is the section id; keep it.");
	po_message_set_msgid(m, "");
	po_message_set_msgstr(m, h);
	po_message_set_comments(m, comments);
	po_message_insert(it, m);
	free(h);
	free(comments);
}

/* What a translator is told about a chunk. */
static char *chunk_comment(const struct section *s, size_t j, size_t nth)
{
	const struct chunk *c = &s->chunk[j];
	const char *heading = s->num ? guide_heading(s) : "title";
	struct strbuf sb = STRBUF_INIT;

	switch (c->kind) {
	case CHUNK_HEADING:
		if (s->num == 0)
			strbuf_addstr(&sb, "The guide's title (track 00).");
		else
			strbuf_addf(&sb, "Section %d heading: %s", s->num,
				    c->text);
		break;
	case CHUNK_SUBHEADING:
		strbuf_addf(&sb, "Section %d (%s), a heading within it.",
			    s->num, heading);
		break;
	case CHUNK_ITEM:
		strbuf_addf(&sb, "Section %d (%s), list item %zu%s.", s->num,
			    heading, nth, c->number ? " (a numbered step)" : "");
		break;
	case CHUNK_IMAGE:
		strbuf_addf(&sb, "Section %d (%s), the description of an image "
			    "(read aloud).", s->num, heading);
		break;
	default:
		strbuf_addf(&sb, "Section %d (%s), paragraph %zu.", s->num,
			    heading, nth);
	}
	if (strstr(c->source, "]("))
		strbuf_addstr(&sb, "\nKeep each link as [its text](its target): "
			      "translate the text, keep the target.");
	if (c->comment)
		strbuf_addf(&sb, "\nNote: %s", c->comment);
	return strbuf_detach(&sb);
}

/*
 * One entry per chunk; a text that repeats within a section (two list
 * items "Water.") is one entry with both references.
 */
static void add_section(po_message_iterator_t it, const struct section *s)
{
	po_message_t *made = xcalloc(s->nchunk, sizeof(*made));
	size_t j, k, paras = 0, items = 0;

	for (j = 0; j < s->nchunk; j++) {
		const struct chunk *c = &s->chunk[j];
		size_t nth = c->kind == CHUNK_ITEM ? ++items
			     : c->kind == CHUNK_PARAGRAPH ? ++paras : 0;
		char *comment;
		for (k = 0; k < j; k++)
			if (made[k] && !strcmp(s->chunk[k].source, c->source))
				break;
		if (k < j) {
			po_message_add_filepos(made[k], "guide.md",
					       (size_t)c->line);
			continue;
		}
		comment = chunk_comment(s, j, nth);
		made[j] = add_pot_entry(it, "guide.md", s->id, c->source,
					c->line, comment);
		free(comment);
	}
	free(made);
}

int catalog_write_pot(const char *path, const struct guide *g,
		      const struct catalog_lang *lang, struct err *e)
{
	po_file_t file = po_file_create();
	po_message_iterator_t it = po_message_iterator(file, NULL);
	char *tmp = afile_tmpname(path);
	size_t i;
	int ret = -1;

	add_header(it, g, lang);
	for (i = 0; i < g->nsec; i++)
		add_section(it, &g->sec[i]);
	po_message_iterator_free(it);
	if (write_po(file, tmp, path))
		err_set(e, "%s", po_err.msg);
	else
		ret = afile_rename(tmp, path, e);
	if (ret)
		unlink(tmp);
	po_file_free(file);
	free(tmp);
	return ret;
}
