/* narration: a language's speech of a guide, checked with eSpeak NG. */
#include "narration.h"
#include "notice.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "afile.h"
#include "fs.h"
#include "key.h"
#include "lang.h"
#include "strbuf.h"
#include "strlist.h"
#include "synth.h"
#include "trcheck.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * Lexicons read in this process, by voice and files (with their sizes
 * and times): the guides of a catalogue share their languages' lexicons,
 * read and compiled once.  (An entry's check belongs to a voice.)
 */
struct cached_lexicon {
	char *key;
	struct lexicon lex;
};

static struct cached_lexicon **lexicons;
static size_t nlexicons;
static struct lexicon none;	/* with no_lexicon */

static char *lexicon_key(const char *voice, const struct strlist *files)
{
	struct strbuf sb = STRBUF_INIT;
	struct stat st;
	size_t i;

	strbuf_addstr(&sb, voice);
	for (i = 0; i < files->n; i++) {
		if (stat(files->v[i], &st))
			memset(&st, 0, sizeof(st));
		strbuf_addf(&sb, "\n%s %lld %lld.%09ld", files->v[i],
			    (long long)st.st_size, (long long)st.st_mtim.tv_sec,
			    st.st_mtim.tv_nsec);
	}
	return strbuf_detach(&sb);
}

static int share_lexicon(struct narration *n, const struct strlist *files,
			 struct err *e)
{
	char *key = lexicon_key(n->pl->voice, files);
	struct cached_lexicon *c;
	size_t i;

	for (i = 0; i < nlexicons; i++)
		if (!strcmp(lexicons[i]->key, key)) {
			n->lex = &lexicons[i]->lex;
			free(key);
			return 0;
		}
	c = xcalloc(1, sizeof(*c));
	if (lexicon_load(&c->lex, files->v, files->n, e)) {
		lexicon_release(&c->lex);
		free(c);
		free(key);
		return -1;
	}
	c->key = key;
	lexicons = xrealloc(lexicons, (nlexicons + 1) * sizeof(*lexicons));
	lexicons[nlexicons++] = c;
	n->lex = &c->lex;
	return 0;
}

/* Rules read in this process, by their files: shared like lexicons. */
struct cached_rules {
	char *key;
	struct rules ru;
};

static struct cached_rules **ruleses;
static size_t nruleses;

static int share_rules(struct narration *n, const struct strlist *files,
		       struct err *e)
{
	char *key = lexicon_key("", files);
	struct cached_rules *c;
	size_t i;

	for (i = 0; i < nruleses; i++)
		if (!strcmp(ruleses[i]->key, key)) {
			n->ru = &ruleses[i]->ru;
			free(key);
			return 0;
		}
	c = xcalloc(1, sizeof(*c));
	if (rules_load(&c->ru, files->v, files->n, e)) {
		rules_release(&c->ru);
		free(c);
		free(key);
		return -1;
	}
	c->key = key;
	ruleses = xrealloc(ruleses, (nruleses + 1) * sizeof(*ruleses));
	ruleses[nruleses++] = c;
	n->ru = &c->ru;
	return 0;
}

void narration_forget_lexicons(void)
{
	size_t i;

	for (i = 0; i < nruleses; i++) {
		rules_release(&ruleses[i]->ru);
		free(ruleses[i]->key);
		free(ruleses[i]);
	}
	free(ruleses);
	ruleses = NULL;
	nruleses = 0;

	for (i = 0; i < nlexicons; i++) {
		lexicon_release(&lexicons[i]->lex);
		free(lexicons[i]->key);
		free(lexicons[i]);
	}
	free(lexicons);
	lexicons = NULL;
	nlexicons = 0;
}

/* The hashes of what passed before, one per line, sorted. */
static void read_passed(const char *path, struct strlist *passed)
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	char *p, *nl;

	if (!path || fs_read_file(path, &sb, 16u << 20, &e))
		return;
	for (p = sb.buf; p && *p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (strlen(p) == 32)
			strlist_push(passed, p);
	}
	strlist_sort(passed);
	strbuf_release(&sb);
}

/* The hash of what is checked, with the voice and the engine's data. */
static void check_hash_voice(const char *voice, const char *what,
			     const char *text, char hex[33])
{
	struct key_hasher *h = key_hasher_new();

	/*
	 * What the check is: every word named, words with no vowel or (since
	 * 3) an Arabic cluster, read as synth_respell gives them.  A stricter
	 * check must not be passed by what passed the last one.
	 */
	key_add_str(h, "check", "3");
	key_add_str(h, "what", what);
	key_add_str(h, "voice", voice);
	key_add_str(h, "engine", key_engine_fingerprint(synth_data_path(),
							synth_version()));
	key_add_str(h, "text", text);
	key_finish(h, hex);
}

static void check_hash(const struct narration *n, const char *what,
		       const char *text, char hex[33])
{
	check_hash_voice(n->pl->voice, what, text, hex);
}

int narration_voice_found_before(const char *passed_path, const char *voice)
{
	struct strlist passed = { 0 };
	struct err e;
	char hex[33];
	int found;

	if (!passed_path || synth_init(&e))
		return 0;
	read_passed(passed_path, &passed);
	check_hash_voice(voice, "voice found", "", hex);
	found = strlist_has_sorted(&passed, hex);
	strlist_release(&passed);
	return found;
}

/* Whether it passed before; either way, hex is its hash. */
static int passed_before(struct narration *n, const char *what,
			 const char *text, char hex[33])
{
	if (!n->passed_path)
		return 0;
	check_hash(n, what, text, hex);
	if (!strlist_has_sorted(&n->passed, hex))
		return 0;
	strlist_push(&n->passing, hex);
	return 1;
}

static void passes(struct narration *n, const char *hex)
{
	if (n->passed_path)
		strlist_push(&n->passing, hex);
}

/* What passes now, for the next build, when it is not what passed. */
static void write_passed(struct narration *n)
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	size_t i;

	strlist_sort(&n->passing);
	for (i = 0; i < n->passing.n; i++)
		if (!i || strcmp(n->passing.v[i], n->passing.v[i - 1]))
			strbuf_addf(&sb, "%s\n", n->passing.v[i]);
	/* a cache: a folder that is not there (a language not built) or
	 * a disk that is full only costs the next build its checks */
	afile_write_if_changed(n->passed_path, sb.buf ? sb.buf : "", sb.len,
			       &e);
	strbuf_release(&sb);
}

/* eSpeak NG gets the voice when something must be asked of it (and
 * again when another language's narration set its own since). */
int narration_voice(struct narration *n, struct err *e)
{
	if (!strcmp(synth_voice(), n->pl->voice))
		return 0;
	return synth_set_voice(n->pl->voice, 0, -1, e);
}

/* eSpeak NG's dictionary, asked once per word and language. */
static int known_word(void *user, const char *word)
{
	struct narration *n = user;
	struct err e;
	int known;

	if (strlist_has(&n->known, word))
		return 1;
	if (strlist_has(&n->unknown, word) || narration_voice(n, &e))
		return 0;
	known = synth_knows_word(word);
	strlist_push(known ? &n->known : &n->unknown, word);
	return known;
}

/*
 * The order of a guide's numeric dates: guide.conf's date_order, else
 * its source language's (a translation keeps the source's dates as
 * written), else day first.
 */
static const char *date_order(struct narration *n,
			      const struct project_paths *paths)
{
	const struct guide_conf *c = &n->pg->conf;
	struct strlist files = { 0 };
	struct rules *own = n->ru;
	struct err e;
	const char *order = NULL;

	if (c->source_language && n->pg->dir) {
		project_lexicons(n->pg, paths, c->source_language, "rules",
				 &files);
		if (!share_rules(n, &files, &e)) {
			n->src_nm.ru = n->ru;
			order = rules_value(n->ru, "date", "order");
		}
		strlist_release(&files);
		n->ru = own;
	}
	return c->date_order ? c->date_order : order;
}

/* The rules and names a language says its text with. */
static void set_norm(struct narration *n, const char *order, int no_lexicon)
{
	const struct guide_conf *c = &n->pg->conf;
	size_t i;

	n->nm.ru = n->ru;
	n->nm.order = !order || !strcmp(order, "dmy") ? NORM_DMY
		      : !strcmp(order, "mdy") ? NORM_MDY : NORM_YMD;
	n->src_nm.order = n->nm.order;
	n->nm.known = known_word;
	n->nm.user = n;
	n->cx.lx = n->lex;
	n->cx.nm = &n->nm;
	if (c->source_language && strcmp(n->pl->code, c->source_language))
		n->source_voice = project_voice_for(c, c->source_language);
	if (no_lexicon || !c->nnames)
		return;
	n->names = xcalloc(c->nnames, sizeof(*n->names));
	for (i = 0; i < c->nnames; i++)
		n->names[i] = (struct norm_name){ c->names[i].written,
						  c->names[i].said,
						  c->names[i].line };
	n->nm.names = n->names;
	n->nm.nnames = c->nnames;
	n->nm.names_file = c->path;
	n->nm.name_voice = n->source_voice;
}

int narration_open(struct narration *n, const struct project_guide *pg,
		   const struct project_lang *pl, struct translation *tr,
		   const struct project_paths *paths, int no_lexicon,
		   const char *passed_path, struct err *e)
{
	struct strlist files = { 0 }, rfiles = { 0 };
	int ret = 0;

	memset(n, 0, sizeof(*n));
	n->pg = pg;
	n->pl = pl;
	n->tr = tr;
	n->po_dir = paths->po;
	n->content_dir = paths->content;
	n->said = xcalloc(pg->g.nsec, sizeof(*n->said));
	n->lex = &none;
	if (!no_lexicon) {
		project_lexicons(pg, paths, pl->code, "pls", &files);
		project_lexicons(pg, paths, pl->code, "rules", &rfiles);
		ret = share_lexicon(n, &files, e) ||
		      share_rules(n, &rfiles, e);
		n->no_rules = !rfiles.n;
	}
	strlist_release(&files);
	strlist_release(&rfiles);
	if (!ret)
		set_norm(n, date_order(n, paths), no_lexicon);
	if (!ret && synth_init(e))
		ret = -1;
	if (!ret && passed_path) {	/* a language that fails keeps it */
		char hex[33];
		n->passed_path = xstrdup(passed_path);
		read_passed(passed_path, &n->passed);
		/* opened once its voice was found (narration.h) */
		check_hash(n, "voice found", "", hex);
		passes(n, hex);
	}
	return ret;
}

int narration_rules_missing(const struct narration *n, struct err *e)
{
	char *data = project_lexicons_missing(), *path;
	int nodata = data != NULL;	/* none at all: said once, before */

	free(data);
	if (!n->no_rules || nodata)
		return 0;
	path = xasprintf("%s/lexicon/%s.rules", n->content_dir, n->pl->code);
	err_at(e, path, 0, "no such file, nor any other rules for %s: "
	       "eSpeak NG alone says its ranges (1-2), fractions (1/2), "
	       "emergency numbers and dates, as numbers; write them "
	       "(README: What numbers, dates and signs mean)", n->pl->code);
	free(path);
	return -1;
}

const struct phrases *narration_phrases(struct narration *n, struct err *e)
{
	if (!n->ph_read)
		n->ph_read = phrases_load(&n->ph, n->pl->code, n->po_dir,
					  &n->ph_err) ? -1 : 1;
	if (n->ph_read > 0)
		return &n->ph;
	*e = n->ph_err;
	return NULL;
}

/* "Step 3." for a numbered item, or NULL after rejecting the section. */
/* What keeps a section from being said, noted while every chunk of it
 * is checked (rejecting it at once would free the chunks). */
struct problem {
	enum tr_problem_kind kind;
	const char *file;
	int line, src_line;
	char *why;
};

struct problems {
	struct problem *p;
	size_t n, alloc;
};

static void note(struct problems *ps, enum tr_problem_kind kind,
		 const char *file, int line, int src_line, char *why)
{
	ALLOC_GROW(ps->p, ps->n + 1, ps->alloc);
	ps->p[ps->n++] = (struct problem){ kind, file, line, src_line, why };
}

/* "Step 3." for a numbered item, or NULL after noting why not. */
static char *step(struct narration *n, size_t i, size_t j,
		  struct problems *ps)
{
	const struct chunk *c = &n->pg->g.sec[i].chunk[j];
	const char *why = "has no catalog", *s = NULL;
	struct err e;
	int line = 0;

	if (narration_phrases(n, &e))
		s = phrase_lookup(&n->ph, PHRASE_STEP, &why, &line);
	if (s)
		return phrase_number(s, c->number);
	note(ps, TR_PHRASE, n->ph.path ? n->ph.path : n->po_dir, line, c->line,
	     xasprintf("the phrase \"%s\" %s", phrase_msgid(PHRASE_STEP),
		       why));
	return NULL;
}

/* Whether eSpeak NG's reading of a word ends with the mark put after it
 * (a pause "_|" may follow); "_!" also occurs inside German words. */
static int kept_mark(const struct strbuf *read)
{
	size_t n = read->len;

	while (n >= 2 && !memcmp(read->buf + n - 2, "_|", 2))
		n -= 2;
	return n >= 2 && !memcmp(read->buf + n - 2, "_!", 2);
}

/* Whether a lexicon's phonemes are all the voice's: each word of them,
 * read back with a mark after it, keeps the mark at its end (eSpeak NG
 * 1.51 drops all that follows a phoneme it does not know). */
static int phonemes_spoken(const char *phonemes, struct strbuf *read)
{
	const char *p = phonemes;
	int ok = 1;

	while (*(p += strspn(p, " "))) {
		size_t len = strcspn(p, " ");
		struct strbuf one = STRBUF_INIT;
		char *marked = xasprintf("%.*s_!", (int)len, p);
		struct err e;
		if (synth_phonemes_read(marked, &one, &e) || !kept_mark(&one))
			ok = 0;
		else
			one.len -= 2;	/* the mark */
		strbuf_addf(read, "%s%.*s", read->len ? " " : "",
			    (int)one.len, one.buf ? one.buf : "");
		strbuf_release(&one);
		free(marked);
		p += len;
	}
	return ok;
}

/*
 * The words in Latin letters of a text a pinyin voice reads (it reads
 * them as pinyin, with no switch to mark it: "MRI" becomes "mz.'i.55"),
 * outside [[phonemes]], into words.
 */
static void latin_words(const char *voice, const char *s, int phonemes,
			struct strlist *words)
{
	size_t len = strlen(s), at = 0, end, k;
	int in_phonemes = 0;

	if (!strstr(voice, "latn-pinyin"))
		return;
	for (; at < len; at += k) {
		if (phonemes && !strncmp(s + at, "[[", 2))
			in_phonemes = 1;
		else if (in_phonemes && !strncmp(s + at, "]]", 2))
			in_phonemes = 0;
		if (in_phonemes || !utf8_is_latin(utf8_char(s, len, at, &k)))
			continue;
		for (end = at; end < len &&
		     (utf8_is_latin(utf8_char(s, len, end, &k)) ||
		      s[end] == '-' || s[end] == '.'); end += k)
			;
		while (end > at && (s[end - 1] == '.' || s[end - 1] == '-'))
			end--;
		strlist_push(words, "");
		free(words->v[words->n - 1]);
		words->v[words->n - 1] = xstrndup(s + at, end - at);
		k = end - at;
	}
}

static const char *lang_name(const char *code)
{
	const struct lang_info *li = lang_find(code);

	return li ? li->name : code;
}

/* 'a', 'b' and 'c' into sb. */
static void quote_list(struct strbuf *sb, char **w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		strbuf_addf(sb, "%s'%s'", !i ? "" : i + 1 == n ? " and " : ", ",
			    w[i]);
}

/* "; 'a' and 'b'" into sb (no "; " first at start): the culprits whose
 * flag, the int at off in struct synth_culprit, is set; their number. */
static size_t list_flagged(struct strbuf *sb, size_t start,
			   const struct synth_check *c, size_t off)
{
	char *w[64];
	size_t i, n = 0;

	for (i = 0; i < c->nculprit && n < 64; i++)
		if (*(const int *)((const char *)&c->culprit[i] + off))
			w[n++] = c->culprit[i].word;
	if (n) {
		strbuf_addstr(sb, sb->len > start ? "; " : "");
		quote_list(sb, w, n);
	}
	return n;
}

/* Why words fail, as why_words says (a mask). */
enum {
	FAIL_OTHER = 1, FAIL_VOWEL = 2, FAIL_SCRIPT = 4,
	FAIL_SILENT = 8,	/* a symbol said as nothing */
	FAIL_DIGIT = 16,	/* a digit said as nothing ("٢" in English) */
	FAIL_MINUS = 32		/* a minus sign said as nothing ("-20 °C") */
};

/* Every word a check names, grouped by why; what kinds there were. */
static int why_words(struct strbuf *sb, const char *code, const char *voice,
		     const struct synth_check *c, const struct strlist *latin)
{
	int kinds = latin->n ? FAIL_OTHER : 0;
	size_t start = sb->len;	/* after what the caller put first */
	char *w[64];
	size_t i, j, n;

	for (i = 0; i < c->nculprit; i++) {	/* by the rules that read them */
		const char *f = c->culprit[i].foreign;
		if (!*f || c->culprit[i].names ||
		    strlist_has(latin, c->culprit[i].word))
			continue;
		for (j = 0; j < i && strcmp(c->culprit[j].foreign, f); j++)
			;
		if (j < i)
			continue;	/* that language is said */
		for (n = 0, j = i; j < c->nculprit && n < 64; j++)
			if (!strcmp(c->culprit[j].foreign, f) &&
			    !c->culprit[j].names &&
			    !strlist_has(latin, c->culprit[j].word))
				w[n++] = c->culprit[j].word;
		strbuf_addf(sb, "%s", sb->len > start ? "; " : "");
		quote_list(sb, w, n);
		strbuf_addf(sb, " %s not %s%s word%s voice %s says by its "
			    "own rules: eSpeak NG reads %s by %s rules (%s)",
			    n > 1 ? "are" : "is", n > 1 ? "" :
			    *lang_name(code) && strchr("AEIOU", *lang_name(code))
			    ? "an " : "a ",
			    lang_name(code), n > 1 ? "s" : "", voice,
			    n > 1 ? "them" : "it", lang_name(f), f);
		kinds |= FAIL_OTHER;
	}
	if ((n = list_flagged(sb, start, c, offsetof(struct synth_culprit,
						    names)))) {
		strbuf_addf(sb, " %s in a script voice %s reads by the names "
			    "of its characters", n > 1 ? "are" : "is", voice);
		kinds |= FAIL_SCRIPT;
	}
	if ((n = list_flagged(sb, start, c, offsetof(struct synth_culprit,
						    novowel)))) {
		strbuf_addf(sb, " %s said without %s vowels: eSpeak NG "
			    "cannot guess the vowels of a word written without "
			    "its vowel marks", n > 1 ? "are" : "is",
			    n > 1 ? "their" : "its");
		kinds |= FAIL_VOWEL;
	}
	if ((n = list_flagged(sb, start, c, offsetof(struct synth_culprit,
						    silent)))) {
		strbuf_addf(sb, " %s said as nothing: voice %s has no word for "
			    "%s and drops %s without a sound", n > 1 ? "are" :
			    "is", voice, n > 1 ? "them" : "it",
			    n > 1 ? "them" : "it");
		for (i = 0; i < c->nculprit; i++) {	/* what to advise */
			const char *s = c->culprit[i].word;
			if (!c->culprit[i].silent)
				continue;
			if (!strcmp(s, "-"))
				kinds |= FAIL_MINUS;
			else if (utf8_is_symbol(utf8_char(s, strlen(s), 0, &j)))
				kinds |= FAIL_SILENT;
			else if (utf8_digit(s, strlen(s), 0, &j) >= 0)
				kinds |= FAIL_DIGIT;
			else
				kinds |= FAIL_SCRIPT;
		}
	}
	if (latin->n) {
		strbuf_addf(sb, "%s", sb->len > start ? "; " : "");
		quote_list(sb, latin->v, latin->n < 64 ? latin->n : 64);
		strbuf_addf(sb, " %s in Latin letters, which voice %s reads "
			    "as pinyin", latin->n > 1 ? "are" : "is", voice);
	}
	return kinds;
}

/* Say with a voice (the language's, or a name's) before asking. */
static int use_voice(struct narration *n, const char *voice, struct err *e)
{
	if (!strcmp(voice, n->pl->voice))
		return narration_voice(n, e);
	if (!strcmp(synth_voice(), voice))
		return 0;
	return synth_set_voice(voice, 0, -1, e);
}

/* Why a text is not said by the voice's own rules, naming every word
 * that is not, or NULL; *kinds says what kinds of failure (FAIL_...). */
static char *text_fails(struct narration *n, const char *voice,
			const char *text, int phonemes, const char *what,
			int *kinds)
{
	struct synth_check c;
	struct strlist latin = { 0 };
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	const char *vowels = rules_value(n->ru, "check", "vowels");
	char *key, hex[33];
	int own = !strcmp(voice, n->pl->voice);

	*kinds = FAIL_OTHER;
	key = xasprintf("%s%s%s", phonemes ? "text with phonemes" : "text",
			own ? "" : " in ", own ? "" : voice);
	if (passed_before(n, key, text, hex)) {
		free(key);
		return NULL;
	}
	free(key);
	if (use_voice(n, voice, &e) ||
	    synth_check(text, 0, own && vowels && !strcmp(vowels, "yes"), &c,
			&e))
		return xstrdup(e.msg);
	latin_words(voice, text, phonemes, &latin);
	if (synth_check_failed(&c) || latin.n) {
		strbuf_addstr(&sb, what);
		*kinds = why_words(&sb, n->pl->code, voice, &c, &latin);
		/* No word to name (none, or none that fails alone: "1/两片"
		 * switches at its slash): the whole text. */
		if (sb.len == strlen(what))
			strbuf_addf(&sb, "\"%.60s\" is not read by voice %s's "
				    "own rules (switches to %s)", text, voice,
				    *c.foreign ? c.foreign : "names");
	}
	synth_check_release(&c);
	strlist_release(&latin);
	if (!sb.len)
		passes(n, hex);
	return sb.len ? strbuf_detach(&sb) : NULL;
}

/* An alias without its $1..$9: the words the lexicon itself says. */
static char *alias_words(const struct lexicon_entry *ent)
{
	struct strbuf sb = STRBUF_INIT;
	const char *a = ent->lx->alias;

	for (; *a; a++) {
		if (ent->re && a[0] == '$' && a[1] >= '1' && a[1] <= '9') {
			a++;
			strbuf_addch(&sb, ' ');
		} else {
			strbuf_addch(&sb, *a);
		}
	}
	strbuf_grow(&sb, 0);
	return strbuf_detach(&sb);
}

char *narration_entry_fails(struct narration *n, struct lexicon_entry *ent)
{
	struct strbuf read = STRBUF_INIT;
	char *why = NULL, *words, *what, hex[33];
	struct err e;
	int kinds;

	if (ent->checked > 0)
		return NULL;
	if (ent->lx->phoneme) {
		if (passed_before(n, "phonemes", ent->lx->phoneme, hex)) {
			ent->checked = 1;
			return NULL;
		}
		if (narration_voice(n, &e))
			return xstrdup(e.msg);
		if (!phonemes_spoken(ent->lx->phoneme, &read))
			why = xasprintf("the phonemes \"%s\" of \"%s\" are not "
					"all voice %s's: eSpeak NG would say "
					"\"%s\"", ent->lx->phoneme,
					ent->grapheme, n->pl->voice,
					read.buf ? read.buf : "");
		else
			passes(n, hex);
		strbuf_release(&read);
	} else {
		words = alias_words(ent);
		what = xasprintf("the alias of \"%.40s\": ", ent->grapheme);
		why = text_fails(n, n->pl->voice, words, 0, what, &kinds);
		free(what);
		free(words);
	}
	ent->checked = why ? -1 : 1;
	return why;
}

/* The name a run says, for messages. */
static const struct speech_use *run_use(const struct speech *sp,
					const struct speech_run *r)
{
	size_t i;

	for (i = 0; i < sp->nuse; i++)
		if (sp->use[i].said <= r->from &&
		    r->from < sp->use[i].said + sp->use[i].said_len)
			return &sp->use[i];
	return NULL;
}

/* What the language's own voice says: all but the names' runs. */
static char *own_text(const struct speech *sp)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s = sp->spoken.buf ? sp->spoken.buf : "";
	size_t at = 0, i;

	for (i = 0; i < sp->nrun; i++) {
		strbuf_add(&sb, s + at, sp->run[i].from - at);
		strbuf_addch(&sb, ' ');
		at = sp->run[i].to;
	}
	strbuf_addstr(&sb, s + at);
	return strbuf_detach(&sb);
}

/* A name's run, checked with the voice that says it. */
static char *run_fails(struct narration *n, const struct speech *sp,
		       const struct speech_run *r, const char **file,
		       int *line)
{
	const struct speech_use *u = run_use(sp, r);
	char *text = xstrndup(sp->spoken.buf + r->from, r->to - r->from);
	char *what = xasprintf("the name '%s' of [names], as voice %s says "
			       "it: ", u ? u->value : text, r->voice);
	int kinds;
	char *why = text_fails(n, r->voice, text, 0, what, &kinds);

	if (why && u) {
		*file = u->file;
		*line = u->line;
	}
	free(text);
	free(what);
	return why;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A fraction left as it is written in text ("1/5", "2/3": no key of
 * [fraction] says it; less than one, so not "140/90"), into buf; 0
 * when there is none. */
static int unsaid_fraction(const char *text, char *buf, size_t size)
{
	const char *p;
	size_t a, b;

	for (p = text; *p; p++) {
		size_t k;
		int num, den;
		if (utf8_fraction(p, strlen(p), 0, &k, &num, &den)) {
			snprintf(buf, size, "%d/%d", num, den);
			return 1;
		}
		if (!is_digit(*p) || *p == '0' ||
		    (p > text && (is_digit(p[-1]) || p[-1] == '/' ||
				  p[-1] == '.' || p[-1] == ',')))
			continue;
		for (a = 0; is_digit(p[a]); a++)
			;
		for (b = 0; p[a] == '/' && is_digit(p[a + 1 + b]); b++)
			;
		if (a > 3 || !b || b > 3 || p[a + 1] == '0' ||
		    p[a + 1 + b] == '/' || (p[a + 1 + b] == '.' &&
					    is_digit(p[a + 2 + b])) ||
		    atoi(p) >= atoi(p + a + 1))
			continue;
		snprintf(buf, size, "%.*s", (int)(a + 1 + b), p);
		return 1;
	}
	return 0;
}

int narration_check(struct narration *n, const struct speech *sp,
		    char **why, const char **file, int *line)
{
	char *text, *more, frac[8], *rules = NULL;
	size_t i;
	int kinds = 0;

	if (sp->overran) {
		*why = xasprintf("the pattern \"%.60s\" %s; make it simpler",
				 sp->overran->grapheme, sp->overran->overran);
		*file = sp->overran->file;
		*line = sp->overran->line;
		return 0;
	}
	for (i = 0; i < sp->nuse; i++) {
		struct lexicon_entry *ent = sp->use[i].ent;
		if (ent && (*why = narration_entry_fails(n, ent)) != NULL) {
			*file = ent->file;
			*line = ent->line;
			return 0;
		}
	}
	for (i = 0; i < sp->nrun; i++)
		if ((*why = run_fails(n, sp, &sp->run[i], file, line)) != NULL)
			return 0;
	text = own_text(sp);
	*why = text_fails(n, n->pl->voice, text, sp->phonemes, "", &kinds);
	if (*why && unsaid_fraction(text, frac, sizeof(frac)))
		rules = xasprintf("say the fraction \"%s\" in [fraction] of "
				  "%s/lexicon/%s.rules, or ", frac,
				  n->content_dir, n->pl->code);
	if (*why && (kinds & (FAIL_SILENT | FAIL_DIGIT | FAIL_MINUS))) {
		struct strbuf sym = STRBUF_INIT;
		strbuf_addstr(&sym, rules ? rules : "");
		if (kinds & FAIL_MINUS)
			strbuf_addf(&sym, "give the word for a minus sign as "
				    "minus in [digits] of %s/lexicon/%s.rules, "
				    "or ", n->content_dir, n->pl->code);
		if (kinds & FAIL_DIGIT)
			strbuf_addstr(&sym, "write a number with the digits "
				      "0 to 9, or ");
		if (kinds & FAIL_SILENT)
			strbuf_addf(&sym, "say a symbol in [symbols] of "
				    "%s/lexicon/%s.rules (an empty value "
				    "drops it on purpose), or write it in "
				    "words, or ", n->content_dir,
				    n->pl->code);
		free(rules);
		rules = strbuf_detach(&sym);
	}
	free(text);
	if (*why) {
		const char *src = n->pg->conf.source_language;
		char *names = xasprintf("list a name that stays in %s under "
					"[names] in %s%sguide.conf, or ",
					lang_name(src ? src : "en"),
					n->pg->dir ? n->pg->dir : "",
					n->pg->dir ? "/" : "");
		more = xasprintf("%s; %s%s%s%ssay the word in "
				 "%s/lexicon/%s.pls", *why, rules ? rules : "",
				 kinds & FAIL_OTHER ? names : "",
				 kinds & FAIL_VOWEL ? "write its vowel marks in "
				 "the translation, or " : "",
				 kinds & FAIL_SCRIPT ? "write it in a script the "
				 "voice reads, or " : "", n->content_dir,
				 n->pl->code);
		free(names);
		free(*why);
		*why = more;
	}
	free(rules);
	return *why == NULL;
}

/* The speech of chunk j of section i; what keeps it from being said
 * goes to ps. */
static void speak_chunk(struct narration *n, struct said *sd, size_t i,
			size_t j, struct problems *ps)
{
	const struct chunk *c = &n->pg->g.sec[i].chunk[j];
	const struct catalog_entry *ent = n->tr->po_path ?
		catalog_find(&n->tr->cat, n->pg->g.sec[i].id, c->source) : NULL;
	const char *file = NULL;
	char *prefix = NULL, *why = NULL;
	int line = translation_entry_line(n->tr, i, j);

	if (ent && (why = trcheck(&n->src_nm, c->source, &n->nm, ent->msgstr,
				  ent->cut, ent->reviewed)) != NULL)
		note(ps, TR_CHECK, NULL, ent->line, c->line, why);
	if (c->kind == CHUNK_ITEM && c->number > 0 &&
	    !(prefix = step(n, i, j, ps)))
		return;
	speech_make(&sd->speech[j], &n->tr->sec[i].chunk[j], prefix, &n->cx);
	free(prefix);
	if (ent)	/* what a reviewer confirmed is part of the key */
		sd->speech[j].reviewed = ent->reviewed;
	sd->chunk[j].speech = &sd->speech[j];
	sd->chunk[j].heading = c->kind == CHUNK_HEADING ||
			       c->kind == CHUNK_SUBHEADING;
	if (!narration_check(n, &sd->speech[j], &why, &file, &line))
		note(ps, TR_SPEECH, file, line, c->line, why);
}

void narration_said_free(struct said *sd)
{
	size_t j;

	if (!sd)
		return;
	for (j = 0; j < sd->nchunk; j++) {
		speech_release(&sd->speech[j]);
		if (sd->in)
			md_inline_release(&sd->in[j]);
	}
	free(sd->speech);
	free(sd->chunk);
	free(sd->in);
	free(sd);
}

void narration_speak(struct narration *n)
{
	struct problems ps = { 0 };
	size_t i, j, own = 0;

	for (i = 0; i < n->pg->g.nsec; i++) {
		size_t nchunk = n->pg->g.sec[i].nchunk;
		struct said *sd;
		if (!n->tr->sec[i].complete)
			continue;
		sd = xcalloc(1, sizeof(*sd));
		sd->speech = xcalloc(nchunk, sizeof(*sd->speech));
		sd->chunk = xcalloc(nchunk, sizeof(*sd->chunk));
		sd->nchunk = nchunk;
		for (j = 0; j < nchunk; j++)	/* all of it: every word */
			speak_chunk(n, sd, i, j, &ps);
		if (!ps.n) {
			n->said[i] = sd;
			continue;
		}
		narration_said_free(sd);
		for (j = 0; j < ps.n; j++) {
			const struct problem *p = &ps.p[j];
			translation_reject(n->tr, i, p->kind, p->file, p->line,
					   p->src_line, p->why);
			free(p->why);
		}
		ps.n = 0;
	}
	free(ps.p);
	/* A language with nothing of its own said has no notices either:
	 * it is not built (a catalog just begun, say). */
	for (i = 0; i < n->pg->g.nsec; i++)
		own += n->said[i] != NULL;
	for (i = 0; own && i < n->pg->g.nsec; i++)
		if (!n->said[i])
			n->said[i] = notice_make(n, i);
}

void narration_release(struct narration *n)
{
	size_t i;

	for (i = 0; n->said && i < n->pg->g.nsec; i++)
		narration_said_free(n->said[i]);
	free(n->said);
	if (n->ph_read)		/* a failed load keeps what it read */
		phrases_release(&n->ph);
	if (n->passed_path)
		write_passed(n);
	free(n->passed_path);
	free(n->names);
	free(n->source_voice);
	strlist_release(&n->known);
	strlist_release(&n->unknown);
	strlist_release(&n->passed);
	strlist_release(&n->passing);
	memset(n, 0, sizeof(*n));
}
