/* publish: choosing and making the books and the player page. */
#include "publish.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "asterisk.h"
#include "book.h"
#include "daisy.h"
#include "epub.h"
#include "freeswitch.h"
#include "key.h"
#include "lang.h"
#include "phrase.h"
#include "web.h"
#include "worker.h"
#include "xalloc.h"

int publish_select(const struct strlist *cli, const struct strlist *conf,
		   unsigned *packages, struct err *e)
{
	const struct strlist *want = cli->n ? cli : conf;
	size_t i;

	*packages = 0;
	for (i = 0; i < want->n; i++) {
		unsigned bit = package_bit(want->v[i]);
		if (!strcmp(want->v[i], "none") && want == cli) {
			*packages = 0;
			break;
		}
		if (!bit)	/* guide.conf's were checked on loading */
			return err_set(e, "--package: unknown package '%s'; "
				       "known: " PACKAGE_NAMES ", none",
				       want->v[i]);
		*packages |= bit;
	}
	return 0;
}

static void need(struct strlist *profiles, const char *const *names)
{
	for (; *names; names++)
		if (!strlist_has(profiles, *names))
			strlist_push(profiles, *names);
}

void publish_needs(unsigned packages, struct strlist *profiles)
{
	static const char *const books[] = { "mp3", NULL };
	static const char *const web[] = { "opus", NULL };
	static const char *const loop[] = { "mp3", "flac", NULL };

	if (packages & (PACKAGE_DAISY202 | PACKAGE_EPUB3 | PACKAGE_WEB))
		need(profiles, books);
	if (packages & PACKAGE_WEB)
		need(profiles, web);
	if (packages & PACKAGE_ASTERISK)
		need(profiles, asterisk_profiles);
	if (packages & PACKAGE_FREESWITCH)
		need(profiles, freeswitch_profiles);
	if (packages & PACKAGE_LOOP)
		need(profiles, loop);
}

void publish_prompt_profiles(unsigned packages, struct strlist *profiles)
{
	static const char *const loop[] = { "flac", NULL };

	if (packages & PACKAGE_ASTERISK)
		need(profiles, asterisk_profiles);
	if (packages & PACKAGE_FREESWITCH)
		need(profiles, freeswitch_profiles);
	if (packages & PACKAGE_LOOP)
		need(profiles, loop);	/* the announcements, in the loop */
}

/*
 * When a language's inputs last changed, for its books' dates: so two
 * builds of the same inputs make the same bytes.  SOURCE_DATE_EPOCH, the
 * reproducible-builds convention, overrides it.
 */
static long long inputs_epoch(const struct publish *p, const char *po)
{
	const char *files[] = { p->inputs[0], p->inputs[1], po };
	const char *env = getenv("SOURCE_DATE_EPOCH");
	long long t = 0, zip_min = 315532800;	/* 1980: ZIP's first date */
	struct stat st;
	size_t i;

	if (env && *env) {
		char *end;
		long long v = strtoll(env, &end, 10);
		if (!*end && v >= 0)
			return v < zip_min ? zip_min : v;
	}
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		if (files[i] && !stat(files[i], &st) && st.st_mtime > t)
			t = st.st_mtime;
	return t < zip_min ? zip_min : t;
}

static void book_meta(const struct publish *p, struct book *bk,
		      const char *po)
{
	struct key_hasher *h = key_hasher_new();
	time_t t;
	char hex[33];

	bk->publisher = p->publisher ? p->publisher : "audioguide";
	bk->epoch = inputs_epoch(p, po);
	t = (time_t)bk->epoch;
	strftime(bk->modified, sizeof(bk->modified), "%Y-%m-%dT%H:%M:%SZ",
		 gmtime(&t));
	key_add_str(h, "guide", p->od->guide);
	key_add_str(h, "language", bk->code);
	key_finish(h, hex);
	snprintf(bk->uuid, sizeof(bk->uuid), "urn:uuid:%.8s-%.4s-5%.3s-8%.3s-"
		 "%.12s", hex, hex + 8, hex + 13, hex + 17, hex + 20);
}

/* Remove a language's books: none of its sections can be read. */
static void drop_books(const struct publish *p, const char *code,
		       const char *dir, const char *epub, const char *key)
{
	int had = daisy_remove(dir) | !unlink(epub);

	unlink(key);
	if (had)
		say(p->say, SAY_SKIP, "%s/%s: books removed: no section of it "
		    "is complete", p->od->root, code);
}

/* The EPUB, keyed also on its MP3s' own keys. */
static void lang_epub(const struct publish *p, const struct book *bk,
		      const char *epub, const char *key)
{
	const char **mp3keys = xcalloc(bk->ntrack + 1, sizeof(*mp3keys));
	struct key_entry *ke = xcalloc(bk->ntrack + 1, sizeof(*ke));
	struct err e;
	size_t i;

	for (i = 0; i < bk->ntrack; i++) {
		char *kf = outdir_key(p->od, bk->code, "mp3",
				      bk->track[i].name);
		if (!key_read(kf, &ke[i]))
			mp3keys[i] = ke[i].key;
		free(kf);
	}
	if (epub_write(bk, epub, key, mp3keys, &e))
		say(p->say, SAY_ERROR, "%s", e.msg);
	free(mp3keys);
	free(ke);
}

static void lang_books(const struct publish *p, const struct book *bk)
{
	const char *code = bk->code;
	char *dir = outdir_path(p->od, "%s/daisy202", code);
	char *epub = outdir_epub(p->od, code);
	char *key = outdir_key(p->od, code, "epub3", NULL);
	struct err e;

	if (!bk->ntrack)
		drop_books(p, code, dir, epub, key);
	else if ((p->packages & PACKAGE_DAISY202) && daisy_write(bk, dir, &e))
		say(p->say, SAY_ERROR, "%s", e.msg);
	if (bk->ntrack && (p->packages & PACKAGE_EPUB3))
		lang_epub(p, bk, epub, key);
	free(dir);
	free(epub);
	free(key);
}

/* A language's words for the page, or -1 (said) when one is missing. */
static int page_words(const struct publish *p, const char *code,
		      struct phrases *ph, struct web_words *w)
{
	static const enum phrase_id ids[] = { PHRASE_PLAY_ALL,
					      PHRASE_NOT_AVAILABLE,
					      PHRASE_SKIP, PHRASE_LANGUAGES };
	const char *got[4];
	struct err e;
	size_t i;

	if (phrases_load(ph, code, p->po_dir, &e))
		goto fail;
	for (i = 0; i < 4; i++)
		if (!(got[i] = phrase_get(ph, ids[i], &e)))
			goto fail;
	*w = (struct web_words){ got[0], got[1], got[2], got[3] };
	return 0;
fail:
	say(p->say, SAY_ERROR, "%s; the page has no %s view", e.msg, code);
	return -1;
}

/* The page of every language whose words are there. */
static void page(const struct publish *p, const struct book *books, size_t n,
		 size_t first)
{
	char *path = outdir_path(p->od, "index.html");
	struct phrases *ph = xcalloc(n + 1, sizeof(*ph));
	struct web_words *w = xcalloc(n + 1, sizeof(*w));
	struct book *view = xcalloc(n + 1, sizeof(*view));
	size_t i, k = 0, shown_first = 0;
	char tag[64];
	struct err e;

	for (i = 0; i < n; i++) {
		if (page_words(p, books[i].code, &ph[i], &w[k]))
			continue;
		if (i == first)
			shown_first = k;
		view[k++] = books[i];
	}
	lang_bcp47(tag, sizeof(tag), p->source_language);
	if (!k)
		unlink(path);
	else if (web_write(path, view, w, k, shown_first, tag, &e))
		say(p->say, SAY_ERROR, "%s", e.msg);
	for (i = 0; i < n; i++)
		phrases_release(&ph[i]);
	free(ph);
	free(w);
	free(view);
	free(path);
}

/* The books and the page, read back from the manifest and captions. */
static void books_and_page(const struct publish *p, const struct manifest *m)
{
	struct book *books = xcalloc(m->nlang + 1, sizeof(*books));
	size_t i, n = 0, first = 0;
	int failed = 0;
	struct err e;

	for (i = 0; i < m->nlang && !worker_stop_signal(); i++) {
		const struct manifest_lang *l = &m->lang[i];
		struct book *bk = &books[n];
		if (book_load(bk, p->od->root, p->od->guide, l, &e)) {
			say(p->say, SAY_ERROR, "%s", e.msg);
			book_release(bk);
			failed = 1;
			continue;
		}
		book_meta(p, bk, l->po);
		if (!l->error && (p->packages &
				  (PACKAGE_DAISY202 | PACKAGE_EPUB3)))
			lang_books(p, bk);
		if (!bk->ntrack) {
			book_release(bk);
			continue;
		}
		if (!strcmp(bk->code, p->source_language))
			first = n;
		n++;
	}
	/* A page without a language it had would be worse than the old one. */
	if ((p->packages & PACKAGE_WEB) && !failed && !worker_stop_signal())
		page(p, books, n, first);
	for (i = 0; i < n; i++)
		book_release(&books[i]);
	free(books);
}

void publish_make(const struct publish *p, const struct manifest *m)
{
	struct err e;

	if (p->packages & (PACKAGE_DAISY202 | PACKAGE_EPUB3 | PACKAGE_WEB))
		books_and_page(p, m);
	if ((p->packages & PACKAGE_ASTERISK) && !worker_stop_signal() &&
	    asterisk_write(p->od, m, p->say, &e))
		say(p->say, SAY_ERROR, "%s", e.msg);
	if ((p->packages & PACKAGE_FREESWITCH) && !worker_stop_signal() &&
	    freeswitch_write(p->od, m, p->say, &e))
		say(p->say, SAY_ERROR, "%s", e.msg);
}
