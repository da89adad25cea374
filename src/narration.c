/* narration: a language's speech of a guide, checked with eSpeak NG. */
#include "narration.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "afile.h"
#include "fs.h"
#include "key.h"
#include "strbuf.h"
#include "strlist.h"
#include "synth.h"
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

void narration_forget_lexicons(void)
{
	size_t i;

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
static void read_passed(struct narration *n)
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	char *p, *nl;

	if (!n->passed_path || fs_read_file(n->passed_path, &sb, 16u << 20, &e))
		return;
	for (p = sb.buf; p && *p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (strlen(p) == 32)
			strlist_push(&n->passed, p);
	}
	strlist_sort(&n->passed);
	strbuf_release(&sb);
}

/* The hash of what is checked, with the voice and the engine's data. */
static void check_hash(const struct narration *n, const char *what,
		       const char *text, char hex[33])
{
	struct key_hasher *h = key_hasher_new();

	key_add_str(h, "what", what);
	key_add_str(h, "voice", n->pl->voice);
	key_add_str(h, "engine", key_engine_fingerprint(synth_data_path(),
							synth_version()));
	key_add_str(h, "text", text);
	key_finish(h, hex);
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

int narration_open(struct narration *n, const struct project_guide *pg,
		   const struct project_lang *pl, struct translation *tr,
		   const struct project_paths *paths, int no_lexicon,
		   const char *passed_path, struct err *e)
{
	struct strlist files = { 0 };
	int ret = 0;

	memset(n, 0, sizeof(*n));
	n->pg = pg;
	n->pl = pl;
	n->tr = tr;
	n->po_dir = paths->po;
	n->said = xcalloc(pg->g.nsec, sizeof(*n->said));
	n->lex = &none;
	if (!no_lexicon) {
		project_lexicons(pg, paths, pl->code, &files);
		ret = share_lexicon(n, &files, e);
	}
	strlist_release(&files);
	if (!ret && synth_init(e))
		ret = -1;
	if (!ret && passed_path) {	/* a language that fails keeps it */
		n->passed_path = xstrdup(passed_path);
		read_passed(n);
	}
	return ret;
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
static char *step(struct narration *n, size_t i, size_t j)
{
	const struct chunk *c = &n->pg->g.sec[i].chunk[j];
	const char *why = "has no catalog", *s = NULL;
	struct err e;
	char *msg;
	int line = 0;

	if (narration_phrases(n, &e))
		s = phrase_lookup(&n->ph, PHRASE_STEP, &why, &line);
	if (s)
		return phrase_number(s, c->number);
	msg = xasprintf("the phrase \"%s\" %s", phrase_msgid(PHRASE_STEP),
			why);
	translation_reject(n->tr, i, TR_PHRASE, n->ph.path ? n->ph.path
			   : n->po_dir, line, c->line, msg);
	free(msg);
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
 * The first word in Latin letters of a text a pinyin voice reads (it
 * reads them as pinyin, with no switch to mark it: "MRI" becomes
 * "mz.'i.55"), outside [[phonemes]]; NULL when none.
 */
static char *latin_word(const char *voice, const char *s, int phonemes)
{
	size_t len = strlen(s), at = 0, end, k;
	int in_phonemes = 0;

	if (!strstr(voice, "latn-pinyin"))
		return NULL;
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
		return xstrndup(s + at, end - at);
	}
	return NULL;
}

/* Why a text is not said by the voice's own rules, or NULL. */
static char *text_fails(struct narration *n, const char *text, int phonemes,
			const char *what)
{
	struct synth_check c;
	struct err e;
	const char *voice = n->pl->voice;
	char *latin, *why = NULL, hex[33];

	if (passed_before(n, phonemes ? "text with phonemes" : "text", text,
			  hex))
		return NULL;
	if (narration_voice(n, &e) || synth_check(text, 0, &c, &e))
		return xstrdup(e.msg);
	latin = latin_word(voice, text, phonemes);
	if (*c.foreign)
		why = xasprintf("%s\"%.60s\" is not read by voice %s's own "
				"rules (switches to %s)", what,
				c.word ? c.word : text, voice, c.foreign);
	else if (latin)
		why = xasprintf("%s\"%.60s\" is in Latin letters, which voice %s "
				"reads as pinyin", what, latin, voice);
	else if (c.names)
		why = xasprintf("%s\"%.60s\" is not in a script voice %s reads: "
				"it would be read as the names of its "
				"characters", what, c.word ? c.word : text,
				voice);
	free(latin);
	synth_check_release(&c);
	if (!why)
		passes(n, hex);
	return why;
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
		why = text_fails(n, words, 0, what);
		free(what);
		free(words);
	}
	ent->checked = why ? -1 : 1;
	return why;
}

int narration_check(struct narration *n, const struct speech *sp,
		    char **why, const char **file, int *line)
{
	size_t i;

	if (sp->overran) {
		*why = xasprintf("the pattern \"%.60s\" %s; make it simpler",
				 sp->overran->grapheme, sp->overran->overran);
		*file = sp->overran->file;
		*line = sp->overran->line;
		return 0;
	}
	for (i = 0; i < sp->nuse; i++) {
		struct lexicon_entry *ent = sp->use[i].ent;
		if ((*why = narration_entry_fails(n, ent)) != NULL) {
			*file = ent->file;
			*line = ent->line;
			return 0;
		}
	}
	*why = text_fails(n, sp->spoken.buf ? sp->spoken.buf : "",
			  sp->phonemes, "");
	if (*why) {
		char *more = xasprintf("%s; rewrite it, or say it in a lexicon",
				       *why);
		free(*why);
		*why = more;
	}
	return *why == NULL;
}

/* The speech of chunk j of section i; 0 when the section is rejected. */
static int speak_chunk(struct narration *n, struct said *sd, size_t i,
		       size_t j)
{
	const struct chunk *c = &n->pg->g.sec[i].chunk[j];
	const char *file = NULL;
	char *prefix = NULL, *why = NULL;
	int line = translation_entry_line(n->tr, i, j);

	if (c->kind == CHUNK_ITEM && c->number > 0 &&
	    !(prefix = step(n, i, j)))
		return 0;
	speech_make(&sd->speech[j], &n->tr->sec[i].chunk[j], prefix, n->lex);
	free(prefix);
	sd->chunk[j].speech = &sd->speech[j];
	sd->chunk[j].heading = c->kind == CHUNK_HEADING ||
			       c->kind == CHUNK_SUBHEADING;
	if (narration_check(n, &sd->speech[j], &why, &file, &line))
		return 1;
	translation_reject(n->tr, i, TR_SPEECH, file, line, c->line, why);
	free(why);
	return 0;
}

static void release_said(struct said *sd, size_t nchunk)
{
	size_t j;

	if (!sd)
		return;
	for (j = 0; j < nchunk; j++)
		speech_release(&sd->speech[j]);
	free(sd->speech);
	free(sd->chunk);
	free(sd);
}

void narration_speak(struct narration *n)
{
	size_t i, j;

	for (i = 0; i < n->pg->g.nsec; i++) {
		size_t nchunk = n->pg->g.sec[i].nchunk;
		struct said *sd;
		if (!n->tr->sec[i].complete)
			continue;
		sd = xcalloc(1, sizeof(*sd));
		sd->speech = xcalloc(nchunk, sizeof(*sd->speech));
		sd->chunk = xcalloc(nchunk, sizeof(*sd->chunk));
		for (j = 0; j < nchunk && speak_chunk(n, sd, i, j); j++)
			;
		if (j < nchunk)
			release_said(sd, nchunk);
		else
			n->said[i] = sd;
	}
}

void narration_release(struct narration *n)
{
	size_t i;

	for (i = 0; n->said && i < n->pg->g.nsec; i++)
		release_said(n->said[i], n->pg->g.sec[i].nchunk);
	free(n->said);
	if (n->ph_read > 0)
		phrases_release(&n->ph);
	if (n->passed_path)
		write_passed(n);
	free(n->passed_path);
	strlist_release(&n->passed);
	strlist_release(&n->passing);
	memset(n, 0, sizeof(*n));
}
