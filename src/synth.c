/*
 * synth: eSpeak NG in process: voices, synthesis into a sink, and
 * sentence timings from its events.
 */
#include "synth.h"

#include <espeak-ng/speak_lib.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "strlist.h"
#include "utf8.h"
#include "xalloc.h"

static int rate_hz;
/* The voice eSpeak NG has now (any call that sets one sets this). */
static char current[128];

/* State for the synth callback, which eSpeak NG gives no context of ours. */
static struct speak_state {
	synth_sink sink;
	void *user;
	long samples;
	int stopped;
	struct synth_sentence *sent;
	size_t n, alloc;
} *cur;

int synth_init(struct err *e)
{
	if (rate_hz > 0)
		return 0;
	rate_hz = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, NULL,
				    espeakINITIALIZE_DONT_EXIT);
	if (rate_hz <= 0)
		return err_set(e, "eSpeak NG could not start: is the "
			       "espeak-ng-data package installed?");
	return 0;
}

int synth_rate(void)
{
	return rate_hz;
}

const char *synth_version(void)
{
	return espeak_Info(NULL);
}

const char *synth_data_path(void)
{
	const char *path = NULL;

	espeak_Info(&path);
	return path;
}

int synth_voice_exists(const char *voice)
{
	struct err e;
	int ok;

	if (synth_init(&e))
		return 0;
	ok = espeak_SetVoiceByName(voice) == EE_OK;
	snprintf(current, sizeof(current), "%s", ok ? voice : "");
	return ok;
}

void synth_language_voices(const char *lang, struct strlist *names)
{
	const espeak_VOICE **v;
	struct err e;
	size_t n = strlen(lang);

	if (synth_init(&e) || !(v = espeak_ListVoices(NULL)))
		return;
	for (; *v; v++) {
		/* languages: a priority byte, then the name, for each */
		const char *name = (*v)->languages ? (*v)->languages + 1 : "";
		char low[64];
		size_t i;
		if (!(*v)->identifier || !strncmp((*v)->identifier, "mb/", 3) ||
		    strncasecmp(name, lang, n) || (name[n] && name[n] != '-'))
			continue;
		for (i = 0; name[i] && i + 1 < sizeof(low); i++)
			low[i] = (char)tolower((unsigned char)name[i]);
		low[i] = '\0';
		if (!strlist_has(names, low))
			strlist_push(names, low);
	}
}

const char *synth_voice(void)
{
	return current;
}

int synth_set_voice(const char *voice, int rate, int pitch, struct err *e)
{
	if (synth_init(e))
		return -1;
	*current = '\0';
	if (espeak_SetVoiceByName(voice) != EE_OK)
		return err_set(e, "eSpeak NG has no voice '%s' (see "
			       "audioguide voices)", voice);
	snprintf(current, sizeof(current), "%s", voice);
	if (espeak_SetParameter(espeakRATE, rate ? rate : espeakRATE_NORMAL,
				0) != EE_OK ||
	    (pitch >= 0 && espeak_SetParameter(espeakPITCH, pitch, 0) != EE_OK))
		return err_set(e, "eSpeak NG rejected rate %d or pitch %d",
			       rate, pitch);
	return 0;
}

static void close_sentence(struct speak_state *st, long at)
{
	if (st->n && st->sent[st->n - 1].end < 0)
		st->sent[st->n - 1].end = at;
}

static void on_event(struct speak_state *st, const espeak_EVENT *ev)
{
	size_t pos = ev->text_position > 0 ? (size_t)ev->text_position - 1 : 0;

	if (ev->type == espeakEVENT_SENTENCE) {
		close_sentence(st, ev->sample);
		ALLOC_GROW(st->sent, st->n + 1, st->alloc);
		st->sent[st->n].first_char = pos;
		st->sent[st->n].end_char = pos;
		st->sent[st->n].start = ev->sample;
		st->sent[st->n].end = -1;
		st->n++;
	} else if (ev->type == espeakEVENT_END && st->n) {
		/* End of a sentence or clause: the text read so far. */
		if (pos > st->sent[st->n - 1].end_char)
			st->sent[st->n - 1].end_char = pos;
	}
}

/* Audio nobody needs: checking phonemes speaks them. */
static int discard(short *wav, int numsamples, espeak_EVENT *events)
{
	(void)wav, (void)numsamples, (void)events;
	return 0;
}

static int callback(short *wav, int numsamples, espeak_EVENT *events)
{
	struct speak_state *st = cur;
	const espeak_EVENT *ev;

	if (!st || st->stopped)
		return 1;
	for (ev = events; ev && ev->type != espeakEVENT_LIST_TERMINATED; ev++)
		on_event(st, ev);
	if (wav && numsamples > 0) {
		if (st->sink(st->user, wav, (size_t)numsamples)) {
			st->stopped = 1;
			return 1;
		}
		st->samples += numsamples;
	}
	return 0;
}

/* Arabic letters and marks are two bytes each, D8 xx or D9 xx. */
#define AR_SHADDA 0x0651
#define AR_TATWEEL 0x0640
#define AR_FATHA 0x064E
#define AR_KASRA 0x0650

static unsigned ar_at(const unsigned char *s, size_t n, size_t i)
{
	if (i + 1 >= n || (s[i] != 0xD8 && s[i] != 0xD9) ||
	    (s[i + 1] & 0xC0) != 0x80)
		return 0;
	return ((s[i] & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
}

static void ar_put(unsigned char *s, size_t i, unsigned c)
{
	s[i] = (unsigned char)(0xC0 | (c >> 6));
	s[i + 1] = (unsigned char)(0x80 | (c & 0x3F));
}

/* A short vowel or tanween, U+064B..U+0650. */
static int ar_short(unsigned c)
{
	return c >= 0x064B && c <= AR_KASRA;
}

/* A sun letter, which the l of al- becomes: ت ث د ذ ر ز س ش ص ض ط ظ ل ن. */
static int ar_sun(unsigned c)
{
	return (c >= 0x062A && c <= 0x062B) || (c >= 0x062F && c <= 0x0638) ||
	       c == 0x0644 || c == 0x0646;
}

/*
 * The article al- at a word's start at s[i], alone or after one of the
 * letters و ف ك ب, said as eSpeak NG 1.51 says it right (each case
 * read in IPA for every sun letter):
 * - eSpeak NG doubles a sun letter after ال itself, where nothing before
 *   the ل has a vowel mark, but for ط with no prefix: there a shadda
 *   makes السَّاعَة ʔasss-, and is dropped;
 * - بِال is read bi-aːl, and اَل keeps its l (ʔalss-): before a sun
 *   letter that mark is dropped too (بالسَاعَة, bissaːʕa); before any
 *   other, بِال's alif is written as hamzat al-wasl, ٱ (بِٱلْقَلَم, bilqalam);
 * - after وَ فَ كَ the shadda is what doubles it, and stays.
 * A mark is dropped by moving what follows it back and putting tatweel,
 * which eSpeak NG passes over, after the sun letter: the length stays.
 */
static size_t ar_article(unsigned char *s, size_t n, size_t i)
{
	size_t p = i, a, x, drop = 0;
	unsigned pre = 0, c;

	c = ar_at(s, n, p);
	if (c == 0x0648 || c == 0x0641 || c == 0x0643 || c == 0x0628) {
		pre = c;
		p += 2;
		if (ar_short(ar_at(s, n, p))) {
			if (pre != 0x0628 || ar_at(s, n, p) != AR_KASRA)
				return 0;	/* وَ فَ كَ: read right */
			drop = p;
			p += 2;
		}
	}
	a = p;
	if (ar_at(s, n, a) != 0x0627)
		return 0;
	if (!pre && ar_at(s, n, a + 2) == AR_FATHA)
		drop = a + 2;
	p = drop == a + 2 ? a + 4 : a + 2;
	if (ar_at(s, n, p) != 0x0644)
		return 0;
	c = ar_at(s, n, p + 2);
	x = p + 4;	/* after the letter */
	if (!ar_sun(c)) {
		if (!drop || pre != 0x0628 || !c)
			return 0;
		ar_put(s, a, 0x0671);
		return 1;
	}
	if (drop) {
		memmove(s + drop, s + drop + 2, x - drop - 2);
		ar_put(s, x - 2, AR_TATWEEL);
	}
	if (ar_at(s, n, x) == AR_SHADDA && (pre || c != 0x0637))
		ar_put(s, x, AR_TATWEEL);
	else if (!drop)
		return 0;
	return 1;
}

size_t synth_respell(char *text, size_t n)
{
	unsigned char *s = (unsigned char *)text;
	size_t i, j, len, changed = 0;

	if (!memchr(text, 0xD8, n) && !memchr(text, 0xD9, n))
		return 0;	/* no Arabic letter or mark */
	/*
	 * NFC puts a short vowel before the shadda on the same letter;
	 * eSpeak NG reads it only after (سِتَّة: sitt, not sitta).
	 */
	for (i = 2; i + 1 < n; i++)
		for (j = i; ar_at(s, n, j) == AR_SHADDA && j >= 2 &&
		     ar_short(ar_at(s, n, j - 2)); j -= 2) {
			ar_put(s, j, ar_at(s, n, j - 2));
			ar_put(s, j - 2, AR_SHADDA);
			changed++;
		}
	/* A doubled ي or و before its vowel is read as a long vowel and no
	 * consonant (أَيَّام ʔaiːaːm, قُوَّة quːat); as the letter twice, it is
	 * ʔaijaːm and quːwat. */
	for (i = 0; i + 5 < n; i++) {
		unsigned c = ar_at(s, n, i);
		unsigned v = ar_at(s, n, i + 4);
		if ((c == 0x064A || c == 0x0648) &&
		    ar_at(s, n, i + 2) == AR_SHADDA && v >= AR_FATHA &&
		    v <= AR_KASRA) {
			ar_put(s, i + 2, c);
			changed++;
		}
	}
	/* 0xD8 and 0xD9 only lead a character: an Arabic one at a word's
	 * start may begin the article */
	for (i = 0; i + 1 < n; i++)
		if ((s[i] == 0xD8 || s[i] == 0xD9) &&
		    (!i || utf8_word_class(utf8_char(text, n, utf8_prev(text, i),
						     &len)) == UTF8_NONWORD))
			changed += ar_article(s, n, i);
	return changed;
}

char *synth_as_read(const char *text)
{
	char *t;

	if (!strchr(text, 0xD8) && !strchr(text, 0xD9))
		return NULL;	/* synth_respell's own test, before a copy */
	t = xstrdup(text);
	if (synth_respell(t, strlen(t)))
		return t;
	free(t);
	return NULL;
}

int synth_speak(const char *text, int phonemes, synth_sink sink, void *user,
		struct synth_sentence **sent, size_t *nsent, struct err *e)
{
	struct speak_state st = { sink, user, 0, 0, NULL, 0, 0 };
	espeak_ERROR r;
	size_t i, nchars = utf8_len(text, strlen(text));
	char *t;

	if (synth_init(e))
		return -1;
	espeak_SetSynthCallback(callback);
	cur = &st;
	/* espeakCHARS_UTF8 without espeakSSML: plain text; [[ ]] only when
	 * a lexicon gave phonemes. */
	t = synth_as_read(text);
	if (t)
		text = t;
	r = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
			 espeakCHARS_UTF8 | (phonemes ? espeakPHONEMES : 0),
			 NULL, NULL);
	free(t);
	cur = NULL;
	if (r != EE_OK || st.stopped) {
		free(st.sent);
		if (st.stopped)
			return -1;	/* the sink recorded why */
		return err_set(e, "eSpeak NG failed to speak (error %d)", r);
	}
	close_sentence(&st, st.samples);
	for (i = 0; i < st.n; i++) {
		/* A sentence runs to where the next one starts. */
		size_t end = i + 1 < st.n ? st.sent[i + 1].first_char : nchars;
		st.sent[i].end_char = end > st.sent[i].first_char ? end
				      : st.sent[i].first_char;
	}
	*sent = st.sent;
	*nsent = st.n;
	return 0;
}

/*
 * The names eSpeak NG looks up to read a character its rules do not
 * cover: a script's ("_zh": "Chinese"), an unknown symbol's, a letter's.
 */
static const char *const name_keys[] = {
	"_??", "_?A", "_el", "_cyr", "_hy", "_he", "_ar", "_syc", "_hi",
	"_bn", "_gur", "_gu", "_or", "_ta", "_te", "_kn", "_ml", "_si", "_th",
	"_lo", "_ti", "_my", "_ka", "_ko", "_eth", "_braille", "_ja", "_zh",
	NULL
};

/* Whether a trace shows a character read by its name. */
static int trace_names(const char *trace)
{
	const char *p = trace;
	size_t i;

	while ((p = strstr(p, "Found: '")) != NULL) {
		p += 8;
		for (i = 0; name_keys[i]; i++) {
			size_t n = strlen(name_keys[i]);
			if (!strncmp(p, name_keys[i], n) &&
			    (p[n] == '\'' || p[n] == ' '))
				return 1;
		}
	}
	return 0;
}

/* The first "(xx)" switch in phonemes, into out (empty when none). */
static void first_switch(const char *ph, char *out, size_t outsz)
{
	const char *p;

	*out = '\0';
	for (p = strchr(ph, '('); p; p = strchr(p + 1, '(')) {
		size_t n = strspn(p + 1, "abcdefghijklmnopqrstuvwxyz-");
		if (n && p[1 + n] == ')') {
			snprintf(out, outsz, "%.*s", (int)n, p + 1);
			return;
		}
	}
}

/* Translate text clause by clause; the trace goes to trace (or none). */
static void translate(const char *text, int ipa, struct strbuf *ph,
		      FILE *trace)
{
	const void *p = text;

	if (trace)
		espeak_SetPhonemeTrace(espeakPHONEMES_TRACE, trace);
	while (p && *(const char *)p) {
		const char *got = espeak_TextToPhonemes(&p, espeakCHARS_UTF8,
							ipa ? espeakPHONEMES_IPA
							: 0);
		if (!got)
			break;
		if (*got && ph->len)
			strbuf_addch(ph, ' ');
		strbuf_addstr(ph, got);
	}
	espeak_SetPhonemeTrace(0, NULL);
}

/* Switches and names in one piece of text. */
static int check_piece(const char *text, struct synth_check *c, int ipa,
		       struct strbuf *ph)
{
	char *trace = NULL;
	size_t len = 0;
	FILE *ms = open_memstream(&trace, &len);

	if (!ms)
		return -1;
	translate(text, ipa, ph, ms);
	fclose(ms);
	first_switch(ph->buf ? ph->buf : "", c->foreign, sizeof(c->foreign));
	c->names = trace_names(trace ? trace : "");
	free(trace);
	return 0;
}

/* Lexicon phonemes are checked when the lexicon is read: not here. */
static char *without_phonemes(const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = text, *end;

	while (*p) {
		if (p[0] == '[' && p[1] == '[' && (end = strstr(p + 2, "]]"))) {
			strbuf_addch(&sb, ' ');
			p = end + 2;
			continue;
		}
		strbuf_addch(&sb, *p++);
	}
	strbuf_grow(&sb, 0);
	return strbuf_detach(&sb);
}

static int piece_fails(const char *text, size_t n)
{
	struct synth_check w = { STRBUF_INIT, "", 0, NULL, NULL, 0 };
	char *piece = xstrndup(text, n);
	int bad = !check_piece(piece, &w, 0, &w.phonemes) &&
		  (*w.foreign || w.names);

	synth_check_release(&w);
	free(piece);
	return bad;
}

/* The part of a failing word to name: in "做PET检查" or "十五分前に"
 * (no spaces) the first run of one script (Han, kana, Latin ...) that
 * fails. */
static char *narrow(const char *word, size_t n)
{
	size_t at = 0, end, k;

	while (at < n) {
		const void *sc = utf8_script(utf8_char(word, n, at, &k));
		for (end = at; end < n && utf8_script(utf8_char(word, n, end,
							       &k)) == sc;
		     end += k)
			;
		if (end == at)
			end = at + k;
		if (at == 0 && end == n)
			break;
		if (piece_fails(word + at, end - at))
			return xstrndup(word + at, end - at);
		at = end;
	}
	return xstrndup(word, n);
}

/* A word without the punctuation around it: "(A&E)," is "A&E". */
static void bare_word(const char **p, size_t *n)
{
	size_t k;

	while (*n && !utf8_is_word(utf8_char(*p, *n, 0, &k)))
		*p += k, *n -= k;
	while (*n && !utf8_is_word(utf8_char(*p, *n, utf8_prev(*p, *n), &k)))
		*n = utf8_prev(*p, *n);
}

/* How a culprit is read (add_culprit). */
enum { READ_OTHER, READ_NO_VOWEL, READ_NOTHING };

static void add_culprit(struct synth_check *c, char *word, int how)
{
	size_t i;

	for (i = 0; i < c->nculprit; i++)
		if (!strcmp(c->culprit[i].word, word)) {
			free(word);
			return;
		}
	c->culprit = xrealloc(c->culprit, (c->nculprit + 1) *
			      sizeof(*c->culprit));
	memset(&c->culprit[c->nculprit], 0, sizeof(*c->culprit));
	c->culprit[c->nculprit].word = word;
	c->culprit[c->nculprit].novowel = how == READ_NO_VOWEL;
	c->culprit[c->nculprit].silent = how == READ_NOTHING;
	if (how == READ_OTHER) {
		struct synth_check w = { STRBUF_INIT, "", 0, NULL, NULL, 0 };
		if (!check_piece(word, &w, 0, &w.phonemes)) {
			memcpy(c->culprit[c->nculprit].foreign, w.foreign,
			       sizeof(w.foreign));
			c->culprit[c->nculprit].names = w.names;
		}
		synth_check_release(&w);
	}
	c->nculprit++;
}

/* Whether an IPA code point is a vowel. */
static int ipa_vowel(unsigned c)
{
	static const char vowels[] = "aeiouyæɑɒɐəɘɛɜɞɤɨɪɯɵøœɶʉʊʌɔɚɝ";
	size_t j, m;

	for (j = 0; j < sizeof(vowels) - 1; j += m)
		if (utf8_char(vowels, sizeof(vowels) - 1, j, &m) == c)
			return 1;
	return 0;
}

/*
 * Whether IPA phonemes are not a word of a language whose syllables
 * start with one consonant and never hold three together (Arabic): no
 * vowel, or (with clusters) two consonants at the start or three in a
 * row ("للاستماع" read llaːstmˈaːʕ, not lilistimaːʕ).  Stress, length, the marks after
 * a sound (ˤ, dental ̪) and a syllable's dot are no sounds of their
 * own; dʒ and tʃ are one, and so is ʕʕ (eSpeak NG's IPA for the ʕ of
 * its numbers: "7" is sˈabʕʕa).  A doubled consonant is two: "الرسوم"
 * read ʔarrsˈuːm is not ar-rusūm.
 */
static int misread_ipa(const char *ipa, int clusters)
{
	size_t n = strlen(ipa), at = 0, k;
	unsigned c, prev = 0;
	int run = 0, vowel = 0, sounds = 0;

	for (; at < n; at += k) {
		c = utf8_char(ipa, n, at, &k);
		if (strchr(" .-_", (int)c) || c == 0x2c8 || c == 0x2cc ||
		    c == 0x2d0 || c == 0x2d1 || c == 0x2e4 || c == 0x2b0 ||
		    c == 0x2b2 || c == 0x203f || utf8_word_class(c) ==
		    UTF8_MARK)
			continue;	/* ˈ ˌ ː ˑ ˤ ʰ ʲ ‿ and combining */
		if ((c == 0x292 && prev == 'd') || (c == 0x283 && prev == 't') ||
		    (c == 0x295 && prev == 0x295))
			continue;	/* dʒ, tʃ; ʕʕ */
		prev = c;
		sounds++;
		if (ipa_vowel(c)) {
			vowel = 1;
			run = 0;
		} else if (++run >= 3 || (run == 2 && sounds == 2)) {
			if (clusters)
				return 1;
		}
	}
	return sounds && !vowel;
}

/* Whether eSpeak NG said a word alone (w[0..n)) as no word of the
 * language (misread_ipa): with no vowel, or, when none of its vowel
 * marks is written, with consonants no syllable holds (a writer who
 * marks a cluster, as in the loanword غْرام, means it). */
static int voweless(const char *w, size_t n)
{
	struct strbuf ph = STRBUF_INIT;
	char *word;
	size_t at, k;
	int bad, marked = 0;

	for (at = 0; at < n && !marked; at += k)
		marked = utf8_word_class(utf8_char(w, n, at, &k)) == UTF8_MARK;
	word = xstrndup(w, n);
	translate(word, 1, &ph, NULL);
	bad = ph.len && misread_ipa(ph.buf, !marked);
	strbuf_release(&ph);
	free(word);
	return bad;
}

/* Every word of text that is read by other rules (or, with vowels, said
 * without a vowel), each once, without its punctuation. */
static void culprits(struct synth_check *c, const char *text, int failed,
		     int vowels)
{
	const char *p = text;

	while (*p) {
		const char *w;
		size_t n;
		p += strspn(p, " \t\n");
		n = strcspn(p, " \t\n");
		if (!n)
			break;
		w = p;
		p += n;
		bare_word(&w, &n);
		if (!n)
			continue;
		if (failed && piece_fails(w, n)) {
			char *x = narrow(w, n);
			const char *b = x;
			size_t bn = strlen(x);
			bare_word(&b, &bn);
			add_culprit(c, xstrndup(b, bn), READ_OTHER);
			free(x);
		}
		else if (vowels && voweless(w, n))
			add_culprit(c, xstrndup(w, n), READ_NO_VOWEL);
	}
	if (c->nculprit)
		c->word = xstrdup(c->culprit[0].word);
}

/* Phonemes as sounds only: without pauses, stress and word breaks. */
static void sounds_only(struct strbuf *ph)
{
	size_t i, n = 0;

	for (i = 0; i < ph->len; i++)
		if (!strchr("_:|!',=% ", ph->buf[i]))
			ph->buf[n++] = ph->buf[i];
	ph->len = n;
	if (ph->buf)
		ph->buf[n] = '\0';
}

/*
 * Every character in text the voice says nothing for, as a culprit:
 * eSpeak NG drops what it has no word for without a sound, so "1 X 1"
 * reads as "1 1" (<, ¾, ✓, № in most voices, € in some), and "Take ٢
 * tablets" as "Take tablets" (a digit or a letter of a script it does
 * not know).  Each character is tried once.
 */
static void silent_characters(struct synth_check *c, const char *text)
{
	struct strbuf base = STRBUF_INIT, with = STRBUF_INIT;
	size_t len = strlen(text), at, n, i, ntried = 0;
	unsigned ch, *tried = NULL;
	char *probe;

	for (at = 0; at < len; at += n) {
		int minus;

		ch = utf8_char(text, len, at, &n);
		/* a hyphen only as a minus sign ("-20 °C" heard as "20"),
		 * tried as "1 -1" */
		minus = ch == '-' && utf8_minus_at(text, len, at);
		if (!minus && !utf8_may_be_silent(ch))
			continue;
		for (i = 0; i < ntried && tried[i] != ch; i++)
			;
		if (i < ntried)
			continue;
		tried = xrealloc(tried, (ntried + 1) * sizeof(*tried));
		tried[ntried++] = ch;
		if (!base.len) {
			translate("1 1", 0, &base, NULL);
			sounds_only(&base);
		}
		probe = minus ? xstrdup("1 -1") :
			xasprintf("1 %.*s 1", (int)n, text + at);
		strbuf_reset(&with);
		translate(probe, 0, &with, NULL);
		sounds_only(&with);
		if (with.len == base.len && !strcmp(with.buf, base.buf))
			add_culprit(c, xstrndup(text + at, n), READ_NOTHING);
		free(probe);
	}
	free(tried);
	strbuf_release(&base);
	strbuf_release(&with);
}

int synth_check(const char *text, int ipa, int vowels, struct synth_check *c,
		struct err *e)
{
	char *bare;

	memset(c, 0, sizeof(*c));
	if (synth_init(e))
		return -1;
	bare = without_phonemes(text);
	synth_respell(bare, strlen(bare));
	if (check_piece(bare, c, ipa, &c->phonemes)) {
		free(bare);
		return err_set(e, "cannot check the text: %s", strerror(errno));
	}
	if (*c->foreign || c->names || vowels)
		culprits(c, bare, *c->foreign || c->names, vowels);
	silent_characters(c, bare);
	if (c->nculprit && !c->word)
		c->word = xstrdup(c->culprit[0].word);
	free(bare);
	return 0;
}

int synth_knows_word(const char *word)
{
	struct strbuf ph = STRBUF_INIT;
	char *trace = NULL, *want;
	size_t len = 0;
	FILE *ms = open_memstream(&trace, &len);
	int known;

	if (!ms)
		return 0;
	translate(word, 0, &ph, ms);
	fclose(ms);
	want = xasprintf("Found: '%s'", word);
	known = trace && strstr(trace, want) != NULL;
	free(want);
	free(trace);
	strbuf_release(&ph);
	return known;
}

int synth_check_failed(const struct synth_check *c)
{
	return *c->foreign || c->names || c->nculprit;
}

void synth_check_release(struct synth_check *c)
{
	size_t i;

	strbuf_release(&c->phonemes);
	free(c->word);
	for (i = 0; i < c->nculprit; i++)
		free(c->culprit[i].word);
	free(c->culprit);
	c->word = NULL;
	c->culprit = NULL;
	c->nculprit = 0;
}

int synth_trace(const char *text, int phonemes, int ipa, struct strbuf *out,
		struct err *e)
{
	char *trace = NULL, *p, *t;
	size_t len = 0;
	FILE *ms;
	espeak_ERROR r;

	if (synth_init(e))
		return -1;
	ms = open_memstream(&trace, &len);
	if (!ms)
		return err_set(e, "cannot trace phonemes: %s", strerror(errno));
	espeak_SetSynthCallback(discard);
	espeak_SetPhonemeTrace(espeakPHONEMES_SHOW |
			       (ipa ? espeakPHONEMES_IPA : 0), ms);
	t = synth_as_read(text);
	if (t)
		text = t;
	r = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
			 espeakCHARS_UTF8 | (phonemes ? espeakPHONEMES : 0),
			 NULL, NULL);
	free(t);
	espeak_SetPhonemeTrace(0, NULL);
	fclose(ms);
	for (p = trace ? trace : ""; *p; p++)	/* clauses on one line */
		if (*p != '\n')
			strbuf_addch(out, *p);
		else if (p[1] && out->len)
			strbuf_addch(out, ' ');
	free(trace);
	return r == EE_OK ? 0 : err_set(e, "eSpeak NG could not speak "
					"(error %d)", r);
}

int synth_phonemes_read(const char *phonemes, struct strbuf *read,
			struct err *e)
{
	char *text = xasprintf("[[%s]]", phonemes);
	struct strbuf got = STRBUF_INIT;
	size_t i;
	int ret = synth_trace(text, 1, 0, &got, e);

	for (i = 0; i < got.len; i++)	/* one word: no clause spaces */
		if (got.buf[i] != ' ')
			strbuf_addch(read, got.buf[i]);
	strbuf_release(&got);
	free(text);
	return ret;
}

void synth_terminate(void)
{
	if (rate_hz > 0)
		espeak_Terminate();
	rate_hz = 0;
	*current = '\0';
}
