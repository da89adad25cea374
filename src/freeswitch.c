/* freeswitch: the sounds tree, IVR menus and dialplan for FreeSWITCH. */
#include "freeswitch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "menus.h"
#include "prompt.h"
#include "strbuf.h"
#include "tree.h"
#include "version.h"
#include "xalloc.h"
#include "xml.h"

/* The rates FreeSWITCH's folders are named by, and their profiles. */
static const struct {
	const char *profile;
	int rate;
} rates[] = { { "wav8k", 8000 }, { "wav16", 16000 } };

const char *const freeswitch_profiles[] = { "wav8k", "wav16", NULL };

/* Where one language's sounds go. */
struct placing {
	struct tree *t;
	const struct outdir *od;
	const struct manifest_lang *l;
};

/* Place one track or prompt at every rate. */
static int place(void *user, const struct manifest_track *mt,
		 const char *name, struct err *e)
{
	struct placing *pl = user;
	size_t k;

	for (k = 0; k < sizeof(rates) / sizeof(rates[0]); k++) {
		const char *f = menus_file(mt, rates[k].profile);
		char *src, *rel;
		int ret;
		if (!f)
			return err_at(e, pl->od->root, 0, "%s: %s has no %s "
				      "file", pl->l->code, name,
				      rates[k].profile);
		src = outdir_path(pl->od, "%s", f);
		rel = xasprintf("sounds/%s/audioguide/%s/%d/%s.wav",
				pl->l->code, pl->od->guide, rates[k].rate,
				name);
		ret = tree_place(pl->t, rel, src, e);
		free(src);
		free(rel);
		if (ret)
			return -1;
	}
	return 0;
}

/* A sound as a menu names it: relative to the language's prefix. */
static void sound(struct strbuf *x, const char *g, const char *name)
{
	strbuf_addstr(x, "audioguide/");
	xml_addstr(x, g);
	strbuf_addch(x, '/');
	xml_addstr(x, name);
	strbuf_addstr(x, ".wav");
}

static void menu_start(struct strbuf *x, const char *menu, const char *g,
		       const char *greet, int with_sounds)
{
	strbuf_addstr(x, "  <menu name=\"");
	xml_addstr(x, menu);
	strbuf_addstr(x, "\"\n        greet-long=\"");
	strbuf_addstr(x, greet);
	strbuf_addstr(x, "\"\n        greet-short=\"");
	strbuf_addstr(x, greet);
	strbuf_addch(x, '"');
	if (with_sounds) {
		strbuf_addstr(x, "\n        invalid-sound=\"");
		sound(x, g, "invalid");
		strbuf_addstr(x, "\"\n        exit-sound=\"");
		sound(x, g, "goodbye");
		strbuf_addch(x, '"');
	}
	strbuf_addstr(x, "\n        timeout=\"6000\" inter-digit-timeout=\"2000\""
		      " max-failures=\"3\" max-timeouts=\"3\""
		      " digit-len=\"1\">\n");
}

/* A language's menu pages: what its menu prompts offer, by key.  g
 * names the sounds' folder, tag the menus (menus_tag). */
static void lang_menus(struct strbuf *x, const char *g, const char *tag,
		       const struct manifest_lang *l)
{
	const struct manifest_track *menu;
	char name[32];
	size_t page, k;

	for (page = 1;; page++) {
		struct strbuf greet = STRBUF_INIT, me = STRBUF_INIT;
		snprintf(name, sizeof(name), "menu-%zu", page);
		if (!(menu = menus_prompt(l, name)))
			break;
		sound(&greet, g, name);
		strbuf_addf(&me, "audioguide_%s+%s+%zu", tag, l->code, page);
		menu_start(x, me.buf, g, greet.buf, 1);
		for (k = 0; k < menu->offers.n; k++) {
			char *file = menus_name(menus_track(l,
							    menu->offers.v[k]));
			strbuf_addf(x, "    <entry action=\"menu-play-sound\" "
				    "digits=\"%zu\" param=\"", k + 1);
			sound(x, g, file);
			strbuf_addstr(x, "\"/>\n");
			free(file);
		}
		snprintf(name, sizeof(name), "menu-%zu", page + 1);
		if (menus_prompt(l, name)) {
			strbuf_addf(x, "    <entry action=\"menu-sub\" "
				    "digits=\"%d\" param=\"", PROMPT_KEY_MORE);
			strbuf_addf(x, "audioguide_%s+%s+%zu\"/>\n", tag,
				    l->code, page + 1);
		}
		strbuf_addf(x, "    <entry action=\"menu-play-sound\" "
			    "digits=\"%d\" param=\"%s\"/>\n", PROMPT_KEY_AGAIN,
			    greet.buf);
		strbuf_addstr(x, "  </menu>\n");
		strbuf_release(&greet);
		strbuf_release(&me);
	}
}

/* The language menu: each language's choice, in its own voice. */
static void top_menu(struct strbuf *x, const struct manifest *m,
		     const char *tag, const char *const *langs, size_t n)
{
	struct strbuf greet = STRBUF_INIT, me = STRBUF_INIT;
	size_t i;

	strbuf_addstr(&greet, "file_string://");
	for (i = 0; i < n; i++) {
		if (i)
			strbuf_addch(&greet, '!');
		xml_addstr(&greet, langs[i]);
		strbuf_addch(&greet, '/');
		sound(&greet, m->guide, "language");
	}
	strbuf_addf(&me, "audioguide_%s", tag);
	menu_start(x, me.buf, m->guide, greet.buf, 0);
	for (i = 0; i < n; i++) {
		const struct manifest_lang *l = manifest_find_lang(m, langs[i]);
		strbuf_addf(x, "    <entry action=\"menu-exec-app\" digits=\"%d\""
			    " param=\"transfer audioguide_", l->menu_key);
		xml_addstr(x, tag);
		strbuf_addch(x, '+');
		xml_addstr(x, l->code);
		strbuf_addstr(x, " XML default\"/>\n");
	}
	strbuf_addstr(x, "  </menu>\n");
	strbuf_release(&greet);
	strbuf_release(&me);
}

/* An extension: a name to dial, the sounds' prefix, a menu to run. */
static void extension(struct strbuf *x, const char *name, const char *lang,
		      const char *menu, int answer)
{
	strbuf_addstr(x, "  <extension name=\"");
	xml_addstr(x, name);
	strbuf_addstr(x, "\">\n    <condition field=\"destination_number\" "
		      "expression=\"^");
	xml_add_regex(x, name);
	strbuf_addstr(x, "$\">\n");
	if (answer)
		strbuf_addstr(x, "      <action application=\"answer\"/>\n");
	strbuf_addstr(x, "      <action application=\"set\" "
		      "data=\"sound_prefix=$${sounds_dir}");
	if (lang) {
		strbuf_addch(x, '/');
		xml_addstr(x, lang);
	}
	strbuf_addstr(x, "\"/>\n      <action application=\"ivr\" data=\"");
	xml_addstr(x, menu);
	strbuf_addstr(x, "\"/>\n      <action application=\"hangup\"/>\n"
		      "    </condition>\n  </extension>\n");
}

/* The file's opening: what it is, in a comment that carries no text of
 * the guide's but its id, made safe for a comment. */
static void header(struct strbuf *x, const struct manifest *m,
		   const char *what)
{
	strbuf_addf(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<!-- audioguide %s: %s of guide ", AUDIOGUIDE_VERSION,
		    what);
	xml_add_comment(x, m->guide);
	strbuf_addstr(x, ".  Made by audioguide; the next build rewrites "
		      "it: do not edit. -->\n<include>\n");
}

int freeswitch_write(const struct outdir *od, const struct manifest *m,
		     const struct sayer *say_to, struct err *e)
{
	struct tree t;
	struct strbuf ivr = STRBUF_INIT, dial = STRBUF_INIT, menus = STRBUF_INIT;
	const char **langs = xcalloc(m->nlang + 1, sizeof(*langs));
	char *root = outdir_path(od, "freeswitch"), *rel;
	char *tag = menus_tag(m->guide);
	size_t i, n = 0;
	int ret = 0;

	tree_open(&t, root);
	for (i = 0; !ret && i < m->nlang; i++) {
		const struct manifest_lang *l = &m->lang[i];
		struct placing pl = { &t, od, l };
		if (!menus_serve(l, freeswitch_profiles, root, say_to))
			continue;
		ret = menus_each_sound(l, place, &pl, e);
		if (!ret) {
			langs[n++] = l->code;
			lang_menus(&menus, m->guide, tag, l);
		}
	}
	header(&ivr, m, "the IVR menus");
	header(&dial, m, "the extensions");
	if (n) {
		char *name = xasprintf("audioguide_%s", tag);
		top_menu(&ivr, m, tag, langs, n);
		extension(&dial, name, NULL, name, 1);
		for (i = 0; i < n; i++) {
			char *ext = xasprintf("%s+%s", name, langs[i]);
			char *menu = xasprintf("%s+1", ext);
			extension(&dial, ext, langs[i], menu, 0);
			free(ext);
			free(menu);
		}
		free(name);
	}
	strbuf_addstr(&ivr, menus.buf ? menus.buf : "");
	strbuf_addstr(&ivr, "</include>\n");
	strbuf_addstr(&dial, "</include>\n");
	rel = xasprintf("ivr_menus/audioguide_%s.xml", m->guide);
	if (!ret)
		ret = tree_write(&t, rel, ivr.buf, ivr.len, e);
	free(rel);
	rel = xasprintf("dialplan/audioguide_%s.xml", m->guide);
	if (!ret)
		ret = tree_write(&t, rel, dial.buf, dial.len, e);
	free(rel);
	if (ret)
		tree_abandon(&t);
	else
		tree_close(&t);
	strbuf_release(&ivr);
	strbuf_release(&dial);
	strbuf_release(&menus);
	free(langs);
	free(root);
	free(tag);
	return ret;
}
