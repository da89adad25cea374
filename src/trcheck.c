/* trcheck: a translation's numbers, links and markup against its source. */
#include "trcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdinline.h"
#include "strbuf.h"
#include "strlist.h"
#include "utf8.h"
#include "xalloc.h"

/* What a text says that must not change: each value with what shows it
 * ("500 mg" for 500). */
struct facts {
	struct strlist value, shown;
};

static void facts_release(struct facts *f)
{
	strlist_release(&f->value);
	strlist_release(&f->shown);
}

static void add_fact(struct facts *f, const char *value, const char *s,
		     size_t n)
{
	char *shown = xstrndup(s, n);

	strlist_push(&f->value, value);
	strlist_push(&f->shown, shown);
	free(shown);
}

/*
 * A number as written, whole: digits with groups of three after a
 * separator (1.000, 1,000, 1 000: a thousand) or a decimal part (1,5
 * and 1.5 agree); its canonical value into value, its bytes returned.
 */
static size_t number(const char *s, size_t len, size_t at, char *value,
		     size_t vsz)
{
	size_t p = at, v = 0, k, g;
	int d, decimal = 0;

	for (;;) {
		for (g = 0; p < len && (d = utf8_digit(s, len, p, &k)) >= 0;
		     p += k, g++)
			if (v + 2 < vsz)
				value[v++] = (char)('0' + d);
		if (p + 1 >= len || !strchr(".,", s[p]) || decimal ||
		    utf8_digit(s, len, p + 1, &k) < 0)
			break;
		for (g = 0, k = p + 1; k < len && s[k] >= '0' && s[k] <= '9';
		     k++)
			g++;
		if (g != 3 && v + 2 < vsz) {
			value[v++] = '.';	/* a decimal part */
			decimal = 1;
		}
		p++;
	}
	value[v] = '\0';
	return p - at;
}

/* The word after a number, when short (a unit: "500 mg", "24 horas"). */
static size_t unit_after(const char *s, size_t len, size_t at)
{
	size_t p = at, k, end;

	if (p < len && s[p] == ' ')
		p++;
	for (end = p; end < len && utf8_is_word(utf8_char(s, len, end, &k)) &&
	     utf8_digit(s, len, end, &k) < 0; end += k)
		;
	return end > p && end - p <= 12 ? end - at : 0;
}

/* The numbers, dates, telephone numbers and addresses of a text. */
static void read_facts(const struct norm *nm, const char *s, struct facts *f)
{
	struct norm_match m = { 0 };
	size_t len = strlen(s), at = 0, tok, n;
	char value[96];

	while (at < len) {
		if (!(tok = utf8_token(s, len, at))) {
			utf8_char(s, len, at, &n);
			at += n;
			continue;
		}
		if (norm_at(nm, s, len, at, &m) &&
		    (!strcmp(m.cls, NORM_TELEPHONE) ||
		     !strcmp(m.cls, NORM_EMERGENCY) ||
		     !strcmp(m.cls, NORM_DATE) || !strcmp(m.cls, NORM_NUMBER) ||
		     !strcmp(m.cls, NORM_ADDRESS))) {
			char *low = utf8_lower(m.value, strlen(m.value)), *v;
			char *next = low;

			/* "1 --12-05": two days of one month, two facts */
			while ((v = next)) {
				if (!strcmp(m.cls, NORM_DATE) &&
				    (next = strchr(v, ' ')))
					*next++ = '\0';
				else
					next = NULL;
				add_fact(f, v, s + at, m.to - at);
			}
			free(low);
			at = m.to;
			continue;
		}
		if (utf8_digit(s, len, at, &n) >= 0) {
			n = number(s, len, at, value, sizeof(value));
			add_fact(f, value, s + at, n + unit_after(s, len,
								  at + n));
			at += n;
			continue;
		}
		at += tok;
	}
	norm_match_release(&m);
}

/* Remove from a the values b also has (each once); what is left of a
 * into left, as shown. */
static void difference(const struct facts *a, const struct facts *b,
		       struct strlist *left)
{
	char *used = xcalloc(b->value.n + 1, 1);
	size_t i, j;

	for (i = 0; i < a->value.n; i++) {
		for (j = 0; j < b->value.n; j++)
			if (!used[j] && !strcmp(a->value.v[i], b->value.v[j]))
				break;
		if (j < b->value.n)
			used[j] = 1;
		else
			strlist_push(left, a->shown.v[i]);
	}
	free(used);
}

static void list(struct strbuf *sb, const struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		strbuf_addf(sb, "%s%s", !i ? "" : i + 1 == l->n ? " and " : ", ",
			    l->v[i]);
	if (!l->n)
		strbuf_addstr(sb, "none");
}

/*
 * A source text's facts, read once for every language's translation of
 * it: the last few, by the text and the rules it was read with (which
 * rules_load of the process made them).  Only with no names and no
 * dictionary to ask, as a source's are read.
 */
#define SEEN 16
static struct seen {
	char *text;
	const struct rules *ru;
	unsigned long loaded;
	int order, shouting;
	struct facts f;
} seen[SEEN];
static size_t seen_next;

static const struct facts *source_facts(const struct norm *nm, const char *s,
					struct facts *own)
{
	unsigned long loaded = nm->ru ? nm->ru->loaded : 0;
	struct seen *e;
	size_t i;

	if (nm->names || nm->known || nm->name_voice) {
		read_facts(nm, s, own);
		return own;
	}
	for (i = 0; i < SEEN; i++)
		if (seen[i].text && seen[i].ru == nm->ru &&
		    seen[i].loaded == loaded && seen[i].order == nm->order &&
		    seen[i].shouting == nm->shouting &&
		    !strcmp(seen[i].text, s))
			return &seen[i].f;
	e = &seen[seen_next++ % SEEN];
	free(e->text);
	facts_release(&e->f);
	memset(e, 0, sizeof(*e));
	e->text = xstrdup(s);
	e->ru = nm->ru;
	e->loaded = loaded;
	e->order = nm->order;
	e->shouting = nm->shouting;
	read_facts(nm, s, &e->f);
	return &e->f;
}

static void numbers(struct strbuf *why, const struct norm *src_nm,
		    const char *src, const struct norm *tr_nm, const char *tr)
{
	struct facts own = { { 0 }, { 0 } }, b = { { 0 }, { 0 } };
	const struct facts *a = source_facts(src_nm, src, &own);
	struct strlist only_src = { 0 }, only_tr = { 0 };

	read_facts(tr_nm, tr, &b);
	difference(a, &b, &only_src);
	difference(&b, a, &only_tr);
	if (only_src.n || only_tr.n) {
		strbuf_addf(why, "%sthe numbers differ: the source says ",
			    why->len ? "; " : "");
		list(why, &only_src);
		strbuf_addstr(why, ", the translation ");
		list(why, &only_tr);
	}
	strlist_release(&only_src);
	strlist_release(&only_tr);
	facts_release(&own);
	facts_release(&b);
}

/* A link's target as compared: a tel: number by its digits. */
static char *target(const char *href)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;

	if (strncmp(href, "tel:", 4))
		return xstrdup(href);
	strbuf_addstr(&sb, "tel:");
	for (p = href + 4; *p; p++)
		if ((*p >= '0' && *p <= '9') || *p == '+')
			strbuf_addch(&sb, *p);
	return strbuf_detach(&sb);
}

static void targets(const struct md_inline *in, struct facts *f)
{
	size_t i;

	for (i = 0; i < in->nspan; i++) {
		char *t = target(in->span[i].href);
		add_fact(f, t, in->span[i].href, strlen(in->span[i].href));
		free(t);
	}
}

static void links(struct strbuf *why, const struct md_inline *a,
		  const struct md_inline *b)
{
	struct facts fa = { { 0 }, { 0 } }, fb = { { 0 }, { 0 } };
	struct strlist only_src = { 0 }, only_tr = { 0 };

	targets(a, &fa);
	targets(b, &fb);
	difference(&fa, &fb, &only_src);
	difference(&fb, &fa, &only_tr);
	if (only_tr.n) {
		strbuf_addf(why, "%sit links to ", why->len ? "; " : "");
		list(why, &only_tr);
		strbuf_addstr(why, ", which the source does not");
	}
	if (only_src.n) {
		strbuf_addf(why, "%sit has no link to ", why->len ? "; " : "");
		list(why, &only_src);
		strbuf_addstr(why, ", as the source has");
	}
	strlist_release(&only_src);
	strlist_release(&only_tr);
	facts_release(&fa);
	facts_release(&fb);
}

/* Whether the square brackets of a text pair up ("[sic]" does; the "["
 * of a link that lost its "](" does not). */
static int brackets_pair(const char *s)
{
	long depth = 0;

	for (; *s; s++) {
		depth += *s == '[';
		depth -= *s == ']';
		if (depth < 0)
			return 0;
	}
	return depth == 0;
}

/* Markup a reader would see as written: a link that lost its ")" or its
 * "]", an emphasis not closed. */
static const char *broken(const struct md_inline *src, const struct md_inline *tr)
{
	static const char *const marks[] = { "](", "**", "__", "`", NULL };
	const char *a = src->text.buf ? src->text.buf : "";
	const char *b = tr->text.buf ? tr->text.buf : "";
	size_t i;

	for (i = 0; marks[i]; i++)
		if (strstr(b, marks[i]) && !strstr(a, marks[i]))
			return marks[i];
	if (brackets_pair(a) && !brackets_pair(b))
		return strchr(b, '[') ? "[" : "]";
	return NULL;
}

/* Whether a reviewer confirmed the check called name. */
static int confirmed(const char *reviewed, const char *name)
{
	size_t n = strlen(name);
	const char *p = reviewed;

	while (p && *p) {
		p += strspn(p, " ,");
		if (!strncmp(p, name, n) && strchr(" ,", p[n]))
			return 1;
		p += strcspn(p, " ,");
	}
	return 0;
}

char *trcheck(const struct norm *src_nm, const char *src,
	      const struct norm *tr_nm, const char *tr, int cut,
	      const char *reviewed)
{
	struct strbuf why = STRBUF_INIT;
	struct strlist failed = { 0 };
	struct md_inline a, b;
	size_t la = strlen(src), lb = strlen(tr), before;
	const char *mark;

	if (cut)
		return xstrdup("the translation holds an escaped NUL (\\0), "
			       "which ends it there: what follows is lost; "
			       "remove it");
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if (md_inline(src, &a) || md_inline(tr, &b)) {
		md_inline_release(&a);
		md_inline_release(&b);
		return NULL;	/* reported as markup elsewhere */
	}
	before = why.len;
	if (!confirmed(reviewed, "numbers"))
		numbers(&why, src_nm, a.text.buf ? a.text.buf : "", tr_nm,
			b.text.buf ? b.text.buf : "");
	if (why.len > before)
		strlist_push(&failed, "numbers");
	before = why.len;
	if (!confirmed(reviewed, "links"))
		links(&why, &a, &b);
	if (why.len > before)
		strlist_push(&failed, "links");
	if ((mark = broken(&a, &b)) != NULL) {	/* an error, never right */
		strbuf_reset(&why);
		strlist_release(&failed);
		strbuf_addf(&why, "its markup is broken: \"%s\" is left in the "
			    "text, where a reader would see it (a link missing "
			    "its \")\", or an emphasis not closed); mend it as "
			    "the source has it", mark);
	}
	if (!confirmed(reviewed, "length") && (la > lb ? la : lb) >
	    TRCHECK_MIN && (la > TRCHECK_RATIO * lb ||
			    lb > TRCHECK_RATIO * la)) {
		strbuf_addf(&why, "%sit is %zu bytes long, the source %zu: "
			    "more than %d times %s", why.len ? "; " : "", lb,
			    la, TRCHECK_RATIO, lb > la ? "longer" : "shorter");
		strlist_push(&failed, "length");
	}
	md_inline_release(&a);
	md_inline_release(&b);
	if (failed.n) {
		size_t i;
		strbuf_addstr(&why, "; if it is right, add \"# reviewed: ");
		for (i = 0; i < failed.n; i++)
			strbuf_addf(&why, "%s%s", i ? ", " : "", failed.v[i]);
		strbuf_addstr(&why, "\" above the entry");
	}
	strlist_release(&failed);
	return why.len ? strbuf_detach(&why) : NULL;
}
