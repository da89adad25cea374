/* asterisk: the sounds tree, transcript and dialplan for Asterisk. */
#include "asterisk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "menus.h"
#include "prompt.h"
#include "strbuf.h"
#include "tree.h"
#include "version.h"
#include "xalloc.h"

const char *const asterisk_formats[][2] = {
	{ "ulaw", "ulaw" }, { "alaw", "alaw" }, { "gsm", "gsm" },
	{ "sln16", "sln16" }, { "wav8k", "wav" }, { "wav16", "wav16" },
	{ NULL, NULL },
};

const char *const asterisk_profiles[] = {
	"ulaw", "alaw", "gsm", "sln16", "wav8k", "wav16", NULL
};

/* Where one language's sounds go, and their words. */
struct placing {
	struct tree *t;
	const struct outdir *od;
	const struct manifest_lang *l;
	struct strbuf words;
};

/* Place one track or prompt, in every format, and note its words. */
static int place(void *user, const struct manifest_track *mt,
		 const char *name, struct err *e)
{
	struct placing *pl = user;
	const struct outdir *od = pl->od;
	size_t k, i;

	for (k = 0; asterisk_formats[k][0]; k++) {
		const char *f = menus_file(mt, asterisk_formats[k][0]);
		char *src, *rel;
		int ret;
		if (!f)
			return err_at(e, od->root, 0, "%s: %s has no %s file",
				      pl->l->code, name, asterisk_formats[k][0]);
		src = outdir_path(od, "%s", f);
		rel = xasprintf("sounds/%s/audioguide/%s/%s.%s", pl->l->code,
				od->guide, name, asterisk_formats[k][1]);
		ret = tree_place(pl->t, rel, src, e);
		free(src);
		free(rel);
		if (ret)
			return -1;
	}
	strbuf_addf(&pl->words, "audioguide/%s/%s:", od->guide, name);
	for (i = 0; i < mt->text.n; i++)
		strbuf_addf(&pl->words, " %s", mt->text.v[i]);
	strbuf_addch(&pl->words, '\n');
	return 0;
}

/*
 * Wrong keys and silence: "not valid" (for a wrong key), the menu again,
 * and after three tries goodbye.  The sounds are '&' lists.
 */
static void tries(struct strbuf *d, const char *ext, const char *invalid,
		  const char *bye)
{
	strbuf_addf(d, "exten => %s,1,", ext);
	if (invalid)
		strbuf_addf(d, "Playback(%s)\n same => n,", invalid);
	strbuf_addf(d, "Set(AG_TRIES=$[${AG_TRIES} + 1])\n"
		    " same => n,GotoIf($[${AG_TRIES} >= 3]?bye)\n"
		    " same => n,Goto(s,menu)\n"
		    " same => n(bye),Playback(%s)\n"
		    " same => n,Hangup()\n", bye);
}

/*
 * A language's menu pages: each section its prompt offers on the key
 * its place in the guide gives it, played with Background so that a key
 * pressed during it is the next choice; 9 the next page, 0 the menu
 * again, * the page before or the language menu.  Callers come in at
 * "intro" on the first page: the title, then the menu.  g names the
 * sounds' folder, tag the contexts (menus_tag).
 */
static void lang_contexts(struct strbuf *d, const char *g, const char *tag,
			  const struct manifest_lang *l)
{
	char *invalid = xasprintf("audioguide/%s/invalid", g);
	char *bye = xasprintf("audioguide/%s/goodbye", g);
	const struct manifest_track *menu, *title = menus_track(l, "title");
	size_t page, k;
	char name[32];

	for (page = 1;; page++) {
		snprintf(name, sizeof(name), "menu-%zu", page);
		if (!(menu = menus_prompt(l, name)))
			break;
		strbuf_addf(d, "\n[audioguide-%s+%s+%zu]\n"
			    "exten => s,1,Set(AG_TRIES=0)\n"
			    " same => n(menu),Background(audioguide/%s/%s)\n"
			    " same => n,WaitExten(6)\n", tag, l->code, page, g,
			    name);
		if (page == 1 && title) {
			char *file = menus_name(title);
			strbuf_addf(d, "exten => intro,1,Set(AG_TRIES=0)\n"
				    " same => n,Background(audioguide/%s/%s)\n"
				    " same => n,Goto(s,menu)\n", g, file);
			free(file);
		}
		for (k = 0; k < menu->offers.n; k++) {
			const struct manifest_track *t =
				menus_track(l, menu->offers.v[k]);
			char *file = menus_name(t);
			strbuf_addf(d, "exten => %d,1,Set(AG_TRIES=0)\n"
				    " same => n,Background(audioguide/%s/%s)\n"
				    " same => n,Goto(s,menu)\n",
				    PROMPT_SECTION_KEY(t->number), g, file);
			free(file);
		}
		snprintf(name, sizeof(name), "menu-%zu", page + 1);
		if (menus_prompt(l, name))
			strbuf_addf(d, "exten => %d,1,Goto(audioguide-%s+%s+%zu,"
				    "s,1)\n", PROMPT_KEY_MORE, tag, l->code,
				    page + 1);
		strbuf_addf(d, "exten => %d,1,Goto(s,menu)\n",
			    PROMPT_KEY_AGAIN);
		if (page > 1)
			strbuf_addf(d, "exten => %c,1,Goto(audioguide-%s+%s+"
				    "%zu,s,1)\n", PROMPT_KEY_BACK, tag,
				    l->code, page - 1);
		else
			strbuf_addf(d, "exten => %c,1,Goto(audioguide-%s,s,"
				    "1)\n", PROMPT_KEY_BACK, tag);
		tries(d, "i", invalid, bye);
		tries(d, "t", NULL, bye);
	}
	free(invalid);
	free(bye);
}

/* An '&' list of a sound of the guide in every language, each in its
 * own folder. */
static char *in_each(const char *g, const char *name,
		     const char *const *langs, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < n; i++)
		strbuf_addf(&sb, "%s%s/audioguide/%s/%s", i ? "&" : "",
			    langs[i], g, name);
	return strbuf_detach(&sb);
}

/* The context callers are sent to: the languages, each in its own;
 * "not valid" and goodbye in each of them too. */
static void top_context(struct strbuf *d, const struct manifest *m,
			const char *tag, const char *const *langs, size_t n)
{
	char *choices = in_each(m->guide, "language", langs, n);
	char *invalid = in_each(m->guide, "invalid", langs, n);
	char *bye = in_each(m->guide, "goodbye", langs, n);
	size_t i;

	strbuf_addf(d, "\n[audioguide-%s]\n"
		    "exten => s,1,Answer()\n"
		    " same => n,Set(AG_TRIES=0)\n"
		    " same => n(menu),Background(%s)\n"
		    " same => n,WaitExten(6)\n", tag, choices);
	for (i = 0; i < n; i++) {
		const struct manifest_lang *l = manifest_find_lang(m, langs[i]);
		strbuf_addf(d, "exten => %d,1,Set(CHANNEL(language)=%s)\n"
			    " same => n,Goto(audioguide-%s+%s+1,%s,1)\n",
			    l->menu_key, l->code, tag, l->code,
			    menus_track(l, "title") ? "intro" : "s");
	}
	strbuf_addf(d, "exten => %d,1,Goto(s,menu)\n", PROMPT_KEY_AGAIN);
	tries(d, "i", invalid, bye);
	tries(d, "t", NULL, bye);
	free(choices);
	free(invalid);
	free(bye);
}

int asterisk_write(const struct outdir *od, const struct manifest *m,
		   const struct sayer *say_to, struct err *e)
{
	struct tree t;
	struct strbuf d = STRBUF_INIT, langs_ctx = STRBUF_INIT;
	const char **langs = xcalloc(m->nlang + 1, sizeof(*langs));
	char *root = outdir_path(od, "asterisk"), *tag = menus_tag(m->guide);
	char *file = xasprintf("extensions_audioguide_%s.conf", m->guide);
	size_t i, n = 0;
	int ret = 0;

	tree_open(&t, root);
	for (i = 0; !ret && i < m->nlang; i++) {
		const struct manifest_lang *l = &m->lang[i];
		struct placing pl = { &t, od, l, STRBUF_INIT };
		char *rel;
		if (!menus_serve(l, asterisk_profiles, root, say_to))
			continue;
		ret = menus_each_sound(l, place, &pl, e);
		rel = xasprintf("sounds/%s/audioguide-%s.txt", l->code,
				m->guide);
		if (!ret)
			ret = tree_write(&t, rel, pl.words.buf ? pl.words.buf
					 : "", pl.words.len, e);
		free(rel);
		strbuf_release(&pl.words);
		if (!ret) {
			langs[n++] = l->code;
			lang_contexts(&langs_ctx, m->guide, tag, l);
		}
	}
	strbuf_addf(&d, "; audioguide %s: the telephone menus of guide %s.\n"
		    "; Made by audioguide; the next build rewrites it: do not "
		    "edit.\n"
		    "; Its contexts are audioguide-%s (the language menu) and\n"
		    "; audioguide-%s+<language>+<page>.  Include it from "
		    "extensions.conf:\n"
		    ";   #include %s\n"
		    "; and, in the context your phones dial from, send a "
		    "number to it:\n"
		    ";   exten => 7000,1,Goto(audioguide-%s,s,1)\n",
		    AUDIOGUIDE_VERSION, m->guide, tag, tag, file, tag);
	if (n)
		top_context(&d, m, tag, langs, n);
	strbuf_addstr(&d, langs_ctx.buf ? langs_ctx.buf : "");
	if (!ret)
		ret = tree_write(&t, file, d.buf, d.len, e);
	if (ret)
		tree_abandon(&t);	/* the tree as it was, but what changed */
	else
		tree_close(&t);
	strbuf_release(&d);
	strbuf_release(&langs_ctx);
	free(langs);
	free(root);
	free(tag);
	free(file);
	return ret;
}
