/* lexicon: loading a language's lexicons and matching them in text. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "lexicon.h"

#include <ctype.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fs.h"
#include "utf8.h"
#include "xalloc.h"

/* CPU time spent matching patterns in this process (see lexicon.h). */
static double pattern_seconds;

static double cpu_now(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts))
		return 0;
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The class of the code point at s[at] (see utf8_word_class). */
static int class_at(const char *s, size_t len, size_t at, size_t *n)
{
	return utf8_word_class(utf8_char(s, len, at, n));
}

static size_t hash(const char *s, size_t n)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The bucket of a text's first word, lower-cased (cased or not). */
static size_t bucket_of(const struct lexicon *lx, const char *s)
{
	char *low = utf8_lower(s, utf8_token(s, strlen(s), 0));
	size_t b = hash(low, strlen(low)) & (lx->nbucket - 1);

	free(low);
	return b;
}

static int has_capital(const char *s)
{
	char *low = utf8_lower(s, strlen(s));
	int cased = strcmp(low, s) != 0;

	free(low);
	return cased;
}

/*
 * The bytes a pattern's match can start with, as PCRE2 found them: a
 * pattern is tried at every word of every text, and most words cannot
 * start it ("/ ?(12|24) ?h" starts with "/"), so match_pattern asks
 * PCRE2 only where one of them stands.  PCRE2 gives one first code unit
 * for "[Ee]xt" too, caseless without saying so: an ASCII letter is
 * taken in both cases, and a first byte of a longer character (whose
 * other case may start otherwise) is no help.
 */
static void first_bytes(struct lexicon_entry *ent, pcre2_code *re)
{
	uint32_t type = 0, unit;
	const uint8_t *map = NULL;

	if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type))
		return;
	if (type == 1 && !pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT,
					     &unit) && unit < 256) {
		if (unit >= 0x80 || strchr("kKsS", (int)unit))
			return;	/* K and S have other cases: K (Kelvin), ſ */
		ent->first[unit / 8] |= (unsigned char)(1u << unit % 8);
		if (isalpha((int)unit)) {
			unit = (uint32_t)(islower((int)unit) ? toupper((int)unit)
					  : tolower((int)unit));
			ent->first[unit / 8] |= (unsigned char)(1u << unit % 8);
		}
		ent->first_known = 1;
	} else if (type == 0 &&
		   !pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) &&
		   map) {
		memcpy(ent->first, map, sizeof(ent->first));
		ent->first_known = 1;
	}
}

/*
 * A byte that every match of the pattern holds (PCRE2's "last code
 * unit", never one of a lookbehind): without it in the text a match can
 * look at, the pattern is not tried.  Only an ASCII one, and a letter in
 * either case, since PCRE2 reports [lL] as a caseless l and does not
 * say so; none for k and s (K is also the Kelvin sign, s the long s).
 */
static void last_byte(struct lexicon_entry *ent, pcre2_code *re)
{
	uint32_t type = 0, unit;

	ent->last[0] = ent->last[1] = -1;
	if (pcre2_pattern_info(re, PCRE2_INFO_LASTCODETYPE, &type) ||
	    type != 1 ||
	    pcre2_pattern_info(re, PCRE2_INFO_LASTCODEUNIT, &unit) ||
	    unit >= 0x80 || strchr("kKsS", (int)unit))
		return;
	ent->last[0] = ent->last[1] = (int)unit;
	if (isalpha((int)unit))
		ent->last[1] = islower((int)unit) ? toupper((int)unit)
			       : tolower((int)unit);
}

static int compile(struct lexicon_entry *ent, struct err *e)
{
	uint32_t groups;
	int code;
	PCRE2_SIZE at;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)ent->grapheme,
				       PCRE2_ZERO_TERMINATED, PCRE2_UTF |
				       PCRE2_UCP | (ent->cased ? 0
						    : PCRE2_CASELESS),
				       &code, &at, NULL);
	pcre2_match_data *md;

	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(code, msg, sizeof(msg));
		return err_at(e, ent->file, ent->line, "pattern \"%.80s\": %s "
			      "(at character %zu)", ent->grapheme, msg,
			      (size_t)at);
	}
	ent->re = re;
	if (!pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &groups) &&
	    groups > LEXICON_GROUPS)
		return err_at(e, ent->file, ent->line, "pattern \"%.80s\" has "
			      "%u capturing groups; an alias can use $1 to $%d: "
			      "write the others (?:...)", ent->grapheme, groups,
			      LEXICON_GROUPS);
	first_bytes(ent, re);
	last_byte(ent, re);
	/*
	 * No JIT: every match is anchored at its position (PCRE2_ANCHORED
	 * at match time), which JIT does not support, so pcre2_match runs
	 * the interpreter anyway; compiling for JIT cost 14% of a no-op
	 * rebuild's instructions and was never used.
	 */
	md = pcre2_match_data_create_from_pattern(re, NULL);
	code = pcre2_match(re, (PCRE2_SPTR)"", 0, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	if (code >= 0)
		return err_at(e, ent->file, ent->line, "pattern \"%.80s\" "
			      "matches empty text; it must match a word",
			      ent->grapheme);
	return 0;
}

static int add_entry(struct lexicon *lx, const struct pls_file *f,
		     const struct pls_lexeme *l, const char *g, int prio,
		     struct err *e)
{
	struct lexicon_entry *ent;

	ALLOC_GROW(lx->ent, lx->n + 1, lx->alloc);
	ent = &lx->ent[lx->n++];
	memset(ent, 0, sizeof(*ent));
	ent->grapheme = g;
	ent->cased = l->regex || has_capital(g);	/* a pattern: as written */
	ent->folded = ent->cased ? xstrdup(g) : utf8_lower(g, strlen(g));
	ent->lx = l;
	ent->file = f->path;
	ent->line = l->line;
	ent->prio = prio;
	return l->regex ? compile(ent, e) : 0;
}

static int same_grapheme(const struct lexicon_entry *a,
			 const struct lexicon_entry *b)
{
	return a->cased == b->cased && !a->re == !b->re &&
	       !strcmp(a->folded, b->folded);
}

/*
 * The same grapheme twice: an error within one file; else the later
 * file's entry wins.  In one pass, through a hash table of graphemes.
 */
static int supersede(struct lexicon *lx, struct err *e)
{
	size_t nb, *head, *next, i, k;
	int ret = 0;

	for (nb = 64; nb < 2 * lx->n; nb *= 2)
		;
	head = xmalloc(nb * sizeof(*head));
	next = xmalloc((lx->n + 1) * sizeof(*next));
	for (i = 0; i < nb; i++)
		head[i] = (size_t)-1;
	for (k = 0; !ret && k < lx->n; k++) {
		struct lexicon_entry *ent = &lx->ent[k];
		size_t b = hash(ent->folded, strlen(ent->folded)) & (nb - 1);
		for (i = head[b]; i != (size_t)-1; i = next[i]) {
			struct lexicon_entry *o = &lx->ent[i];
			if (o->replaced || !same_grapheme(o, ent))
				continue;
			if (o->file == ent->file)
				ret = err_at(e, ent->file, ent->line, "\"%s\" "
					     "is already in this lexicon (line "
					     "%d)", ent->grapheme, o->line);
			o->replaced = 1;
		}
		next[k] = head[b];
		head[b] = k;
	}
	free(head);
	free(next);
	return ret;
}

/* Chain the literal entries by their first word; list the patterns. */
static void index_entries(struct lexicon *lx)
{
	size_t i;

	for (lx->nbucket = 64; lx->nbucket < 2 * lx->n; lx->nbucket *= 2)
		;
	lx->bucket = xmalloc(lx->nbucket * sizeof(*lx->bucket));
	lx->next = xcalloc(lx->n + 1, sizeof(*lx->next));
	lx->pattern = xcalloc(lx->n + 1, sizeof(*lx->pattern));
	for (i = 0; i < lx->nbucket; i++)
		lx->bucket[i] = (size_t)-1;
	for (i = 0; i < lx->n; i++) {
		struct lexicon_entry *ent = &lx->ent[i];
		size_t b;
		if (ent->replaced)
			continue;
		if (ent->re) {
			lx->pattern[lx->npattern++] = i;
			continue;
		}
		b = bucket_of(lx, ent->folded);
		lx->next[i] = lx->bucket[b];
		lx->bucket[b] = i;
	}
}

int lexicon_load(struct lexicon *lx, char *const *paths, size_t n,
		 struct err *e)
{
	size_t i, j, k;

	memset(lx, 0, sizeof(*lx));
	lx->file = xcalloc(n + 1, sizeof(*lx->file));
	for (i = 0; i < n; i++) {
		struct pls_file *f = &lx->file[lx->nfile++];
		if (pls_read(f, paths[i], e))
			return -1;
		for (j = 0; j < f->n; j++)
			for (k = 0; k < f->lx[j].ngrapheme; k++)
				if (add_entry(lx, f, &f->lx[j],
					      f->lx[j].grapheme[k], (int)i, e))
					return -1;
	}
	if (supersede(lx, e))
		return -1;
	index_entries(lx);
	return 0;
}

void lexicon_release(struct lexicon *lx)
{
	size_t i;

	for (i = 0; i < lx->n; i++) {
		free(lx->ent[i].folded);
		pcre2_code_free(lx->ent[i].re);
	}
	for (i = 0; i < lx->nfile; i++)
		pls_release(&lx->file[i]);
	free(lx->file);
	free(lx->ent);
	free(lx->bucket);
	free(lx->next);
	free(lx->pattern);
	memset(lx, 0, sizeof(*lx));
}

/* Whether a match may end at `at`: not inside a word it would cut
 * (digits next to letters, "5mg", are two words). */
static int ends_word(const char *s, size_t len, size_t at)
{
	size_t n;
	int prev, next;

	if (at == 0 || at >= len)
		return 1;
	prev = class_at(s, len, utf8_prev(s, at), &n);
	next = class_at(s, len, at, &n);
	if (next == UTF8_MARK)
		return 0;
	if (prev == UTF8_MARK)
		prev = UTF8_LETTER;
	return prev != next || prev == UTF8_NONWORD || prev == UTF8_UNSPACED;
}

/* Whether s[from, to) is in capitals only, two letters or more. */
static int all_capitals(const char *s, size_t from, size_t to)
{
	size_t at, n, letters = 0;

	for (at = from; at < to; at += n) {
		unsigned c = utf8_char(s, to, at, &n);
		if (utf8_word_class(c) != UTF8_LETTER)
			continue;
		if (!utf8_is_upper(c))
			return 0;
		letters++;
	}
	return letters >= 2;
}

/* Whether a number (past spaces) or a slash is before s[at], or s[at]
 * is a slash: a unit's place ("5 MG", "MG/KG"). */
static int unit_place(const char *s, size_t at)
{
	return s[at] == '/' || (at > 0 && s[at - 1] == '/') ||
	       utf8_digit_before(s, at);
}

/*
 * Where a literal grapheme matching at s[at] ends, or 0.  A word in small
 * letters matches it with capitals too ("Mins", "Approx"), but in
 * capitals only in a unit's place or a text mostly in capitals
 * (shouting): elsewhere a word in capitals is an acronym, "MM"
 * (myeloma), "NG tube", "HR", which were "millimetres", "nanograms
 * tube", "hour".
 */
static size_t match_literal(const struct lexicon_entry *ent, const char *s,
			    size_t len, size_t at, int shouting)
{
	const char *g = ent->folded;
	size_t glen = strlen(g), gi = 0, ti = at, gn, tn;

	while (gi < glen) {
		unsigned gc = utf8_char(g, glen, gi, &gn), tc;
		if (gc == ' ') {
			if (ti >= len || !utf8_is_space(utf8_char(s, len, ti,
								  &tn)))
				return 0;
			while (ti < len &&
			       utf8_is_space(utf8_char(s, len, ti, &tn)))
				ti += tn;
			gi += gn;
			continue;
		}
		if (ti >= len)
			return 0;
		tc = utf8_char(s, len, ti, &tn);
		if (gc != tc && (ent->cased || gc != utf8_fold(tc)))
			return 0;
		gi += gn;
		ti += tn;
	}
	if (!ent->cased && !shouting && all_capitals(s, at, ti) &&
	    !unit_place(s, at))
		return 0;
	return ends_word(s, len, ti) ? ti : 0;
}

/* The said text of a pattern match: its alias, $1..$9 filled in. */
static void fill_alias(struct strbuf *said, const char *alias, const char *s,
		       const PCRE2_SIZE *ov, int groups)
{
	for (; *alias; alias++) {
		int g = alias[1] - '0';
		if (alias[0] != '$' || !alias[1]) {
			strbuf_addch(said, *alias);
		} else if (alias[1] == '$') {
			strbuf_addch(said, '$');
			alias++;
		} else if (g >= 1 && g <= 9) {
			if (g < groups && ov[2 * g] != PCRE2_UNSET)
				strbuf_add(said, s + ov[2 * g],
					   ov[2 * g + 1] - ov[2 * g]);
			alias++;
		} else {
			strbuf_addch(said, '$');
		}
	}
}

static void said_of(struct lexicon_match *m, const char *s,
		    const PCRE2_SIZE *ov, int groups)
{
	const struct pls_lexeme *l = m->ent->lx;

	strbuf_reset(&m->said);
	m->phonemes = l->phoneme != NULL;
	if (l->phoneme)
		strbuf_addf(&m->said, "[[%s]]", l->phoneme);
	else if (ov)
		fill_alias(&m->said, l->alias, s, ov, groups);
	else
		strbuf_addstr(&m->said, l->alias);
}

/* Whether a candidate ending at end beats the best so far. */
static int better(const struct lexicon_match *best, size_t end,
		  const struct lexicon_entry *ent)
{
	if (!best->ent || end != best->to)
		return !best->ent || end > best->to;
	if (ent->prio != best->ent->prio)
		return ent->prio > best->ent->prio;
	if (!ent->re != !best->ent->re)
		return !ent->re;		/* a word before a pattern */
	if (!ent->re && ent->cased != best->ent->cased)
		return ent->cased;		/* "Tel." before "tel." */
	return 0;
}

/* Why a pattern stopped: a budget it went past, or NULL. */
static const char *overrun(int rc)
{
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT:
		return "backtracks too far (PCRE2's match limit)";
	case PCRE2_ERROR_DEPTHLIMIT:
		return "nests too deep (PCRE2's depth limit)";
	case PCRE2_ERROR_HEAPLIMIT:
	case PCRE2_ERROR_NOMEMORY:
		return "needs too much memory (PCRE2's heap limit)";
	default:
		return NULL;
	}
}

/* What a pattern match may use, and the text it may see. */
struct lexicon_matcher {
	const struct lexicon *lx;
	const char *s;
	size_t len;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	uint32_t options;	/* PCRE2_NO_UTF_CHECK for checked text */
	struct lexicon_entry *overran;
	unsigned calls;
	double since;		/* CPU time when last charged */
	int shouting;		/* words in capitals match small ones */
};

/* The pattern entries' match at s[at]; 0 when none. */
static int match_pattern(struct lexicon_entry *ent, const char *s, size_t len,
			 size_t at, struct lexicon_matcher *mg)
{
	size_t end = len - at > LEXICON_WINDOW ? at + LEXICON_WINDOW : len;
	unsigned char c = (unsigned char)s[at];
	int rc;

	if (ent->first_known && !(ent->first[c / 8] & (1u << c % 8)))
		return PCRE2_ERROR_NOMATCH;
	if (ent->last[0] >= 0 &&
	    !memchr(s + at, ent->last[0], end - at) &&
	    (ent->last[1] == ent->last[0] ||
	     !memchr(s + at, ent->last[1], end - at)))
		return PCRE2_ERROR_NOMATCH;
	rc = pcre2_match(ent->re, (PCRE2_SPTR)s, end, at, PCRE2_ANCHORED |
			 mg->options | (end < len ? PCRE2_NOTEOL : 0),
			 mg->md, mg->mc);

	if (rc < 0 && (ent->overran = overrun(rc)) != NULL)
		mg->overran = ent;
	return rc;
}

/* The longest match at s[at], into m (m->ent NULL when none). */
static void match_at(const struct lexicon *lx, const char *s, size_t len,
		     size_t at, struct lexicon_matcher *mg, struct lexicon_match *m)
{
	char *low = utf8_lower(s + at, utf8_token(s, len, at));
	size_t i, end;

	m->ent = NULL;
	m->from = m->to = at;
	for (i = lx->bucket[hash(low, strlen(low)) & (lx->nbucket - 1)];
	     i != (size_t)-1; i = lx->next[i]) {
		struct lexicon_entry *ent = &lx->ent[i];
		if ((end = match_literal(ent, s, len, at, mg->shouting)) &&
		    better(m, end, ent)) {
			m->ent = ent;
			m->to = end;
		}
	}
	free(low);
	if (m->ent)
		said_of(m, s, NULL, 0);
	for (i = 0; i < lx->npattern && !mg->overran; i++) {
		struct lexicon_entry *ent = &lx->ent[lx->pattern[i]];
		int rc = match_pattern(ent, s, len, at, mg);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mg->md);
		if (rc < 0 || ov[1] <= at || !ends_word(s, len, ov[1]) ||
		    !better(m, ov[1], ent))
			continue;
		m->ent = ent;
		m->to = ov[1];
		said_of(m, s, ov, rc);
	}
}

/* A pattern that went past a budget before: it fails every text. */
static struct lexicon_entry *overran_before(const struct lexicon *lx)
{
	size_t i;

	for (i = 0; i < lx->npattern; i++)
		if (lx->ent[lx->pattern[i]].overran)
			return &lx->ent[lx->pattern[i]];
	return NULL;
}

/* Every so many matches, the process's CPU budget for patterns. */
static void charge(struct lexicon_matcher *mg, const struct lexicon *lx,
		   double *since)
{
	double now;

	if (++mg->calls % 64 || !lx->npattern)
		return;
	now = cpu_now();
	pattern_seconds += now - *since;
	*since = now;
	if (pattern_seconds > LEXICON_CPU_SECONDS) {
		mg->overran = &lx->ent[lx->pattern[0]];
		mg->overran->overran = "takes too long: with the other "
			"patterns, past the budget of CPU time for patterns";
	}
}

struct lexicon_matcher *lexicon_matcher_new(const struct lexicon *lx,
					    const char *text, size_t len)
{
	struct lexicon_matcher *mg = xcalloc(1, sizeof(*mg));

	mg->lx = lx;
	mg->s = text;
	mg->len = len;
	if (!lx || !lx->n)
		return mg;
	mg->overran = overran_before(lx);
	mg->md = pcre2_match_data_create(LEXICON_GROUPS + 1, NULL);
	mg->mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mg->mc, LEXICON_MATCH_LIMIT);
	pcre2_set_depth_limit(mg->mc, LEXICON_DEPTH_LIMIT);
	pcre2_set_heap_limit(mg->mc, LEXICON_HEAP_KIB);
	/* Text that is not UTF-8 never reaches here; if it did, PCRE2
	 * checks it and refuses it rather than read past it. */
	mg->options = utf8_valid(text, len, NULL) ? PCRE2_NO_UTF_CHECK : 0;
	mg->since = lx->npattern ? cpu_now() : 0;
	return mg;
}

int lexicon_matcher_at(struct lexicon_matcher *mg, size_t at,
		       struct lexicon_match *m)
{
	m->ent = NULL;
	if (!mg->lx || !mg->lx->n || mg->overran)
		return mg->overran ? -1 : 0;
	match_at(mg->lx, mg->s, mg->len, at, mg, m);
	charge(mg, mg->lx, &mg->since);
	if (mg->overran) {
		m->ent = NULL;
		return -1;
	}
	return m->ent != NULL;
}

void lexicon_matcher_shouting(struct lexicon_matcher *mg)
{
	mg->shouting = 1;
}

const struct lexicon_entry *lexicon_matcher_free(struct lexicon_matcher *mg)
{
	const struct lexicon_entry *over;

	if (!mg)
		return NULL;
	over = mg->overran;
	if (mg->lx && mg->lx->npattern)
		pattern_seconds += cpu_now() - mg->since;
	pcre2_match_data_free(mg->md);
	pcre2_match_context_free(mg->mc);
	free(mg);
	return over;
}

const struct lexicon_entry *lexicon_apply(const struct lexicon *lx,
					  const char *text, size_t len,
					  void (*fn)(void *user,
						     struct lexicon_match *m),
					  void *user)
{
	struct lexicon_match m = { 0, 0, NULL, STRBUF_INIT, 0 };
	struct lexicon_matcher *mg = lexicon_matcher_new(lx, text, len);
	size_t at = 0, n;
	int r = 0;

	while (at < len && r >= 0) {
		size_t tok = utf8_token(text, len, at);
		if (!tok) {		/* a space */
			utf8_char(text, len, at, &n);
			at += n;
			continue;
		}
		if ((r = lexicon_matcher_at(mg, at, &m)) > 0) {
			m.ent->used++;
			fn(user, &m);
			at = m.to;
		} else {
			at += tok;
		}
	}
	strbuf_release(&m.said);
	return lexicon_matcher_free(mg);
}
