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

/* A menu's opening; greet, invalid and bye are sounds (written). */
static void menu_start(struct strbuf *x, const char *menu, const char *greet,
		       const char *invalid, const char *bye)
{
	strbuf_addstr(x, "  <menu name=\"");
	xml_addstr(x, menu);
	strbuf_addf(x, "\"\n        greet-long=\"%s\"\n        greet-short="
		    "\"%s\"\n        invalid-sound=\"%s\"\n        exit-sound="
		    "\"%s\"\n        timeout=\"6000\" inter-digit-timeout="
		    "\"2000\" max-failures=\"3\" max-timeouts=\"3\" "
		    "digit-len=\"1\">\n", greet, greet, invalid, bye);
}

/* An entry that runs an application (param written). */
static void entry_app(struct strbuf *x, int key, const char *param)
{
	strbuf_addf(x, "    <entry action=\"menu-exec-app\" digits=\"%c\" "
		    "param=\"%s\"/>\n", key, param);
}

/* An entry that sends the caller to the extension name (a menus_tag
 * name, written as it comes). */
static void entry_go(struct strbuf *x, int key, const char *name)
{
	struct strbuf p = STRBUF_INIT;

	strbuf_addstr(&p, "transfer ");
	xml_addstr(&p, name);
	strbuf_addstr(&p, " XML default");
	entry_app(x, key, p.buf);
	strbuf_release(&p);
}

/*
 * "0": the menu again.  The IVR says its greeting after every entry, so
 * the entry itself only has to do nothing (a tenth of a second of
 * silence).
 */
static void entry_again(struct strbuf *x)
{
	entry_app(x, '0' + PROMPT_KEY_AGAIN, "playback silence_stream://100");
}

/*
 * A language's menu pages: each section its prompt offers on the key its
 * place in the guide gives it (played by the playback application, which
 * any key stops: playback_terminators=any), 9 the next page, 0 the menu
 * again, * the page before or the language menu.  Every page is a menu
 * of its own, reached by its extension, so that its failures end in
 * goodbye.  g names the sounds' folder, tag the menus (menus_tag).
 */
static void lang_menus(struct strbuf *x, const char *g, const char *tag,
		       const struct manifest_lang *l)
{
	const struct manifest_track *menu;
	char name[32];
	size_t page, k;

	for (page = 1;; page++) {
		struct strbuf greet = STRBUF_INIT, me = STRBUF_INIT;
		struct strbuf invalid = STRBUF_INIT, bye = STRBUF_INIT;
		snprintf(name, sizeof(name), "menu-%zu", page);
		if (!(menu = menus_prompt(l, name)))
			break;
		sound(&greet, g, name);
		sound(&invalid, g, "invalid");
		sound(&bye, g, "goodbye");
		strbuf_addf(&me, "audioguide_%s+%s+%zu", tag, l->code, page);
		menu_start(x, me.buf, greet.buf, invalid.buf, bye.buf);
		for (k = 0; k < menu->offers.n; k++) {
			const struct manifest_track *t =
				menus_track(l, menu->offers.v[k]);
			struct strbuf p = STRBUF_INIT;
			char *file = menus_name(t);
			strbuf_addstr(&p, "playback ");
			sound(&p, g, file);
			entry_app(x, '0' + PROMPT_SECTION_KEY(t->number), p.buf);
			strbuf_release(&p);
			free(file);
		}
		snprintf(name, sizeof(name), "menu-%zu", page + 1);
		if (menus_prompt(l, name)) {
			char *next = xasprintf("audioguide_%s+%s+%zu", tag,
					       l->code, page + 1);
			entry_go(x, '0' + PROMPT_KEY_MORE, next);
			free(next);
		}
		entry_again(x);
		if (page > 1) {
			char *back = xasprintf("audioguide_%s+%s+%zu", tag,
					       l->code, page - 1);
			entry_go(x, PROMPT_KEY_BACK, back);
			free(back);
		} else {
			char *top = xasprintf("audioguide_%s", tag);
			entry_go(x, PROMPT_KEY_BACK, top);
			free(top);
		}
		strbuf_addstr(x, "  </menu>\n");
		strbuf_release(&greet);
		strbuf_release(&me);
		strbuf_release(&invalid);
		strbuf_release(&bye);
	}
}

/* A file_string:// list of a sound in every language (written). */
static void in_each(struct strbuf *sb, const char *g, const char *name,
		    const char *const *langs, size_t n)
{
	size_t i;

	strbuf_addstr(sb, "file_string://");
	for (i = 0; i < n; i++) {
		if (i)
			strbuf_addch(sb, '!');
		xml_addstr(sb, langs[i]);
		strbuf_addch(sb, '/');
		sound(sb, g, name);
	}
}

/* The language menu: each language's choice, in its own voice, and
 * "not valid" and goodbye in each. */
static void top_menu(struct strbuf *x, const struct manifest *m,
		     const char *tag, const char *const *langs, size_t n)
{
	struct strbuf greet = STRBUF_INIT, me = STRBUF_INIT;
	struct strbuf invalid = STRBUF_INIT, bye = STRBUF_INIT;
	size_t i;

	in_each(&greet, m->guide, "language", langs, n);
	in_each(&invalid, m->guide, "invalid", langs, n);
	in_each(&bye, m->guide, "goodbye", langs, n);
	strbuf_addf(&me, "audioguide_%s", tag);
	menu_start(x, me.buf, greet.buf, invalid.buf, bye.buf);
	for (i = 0; i < n; i++) {
		const struct manifest_lang *l = manifest_find_lang(m, langs[i]);
		char *ext = xasprintf("audioguide_%s+%s", tag, l->code);
		entry_go(x, '0' + l->menu_key, ext);
		free(ext);
	}
	entry_again(x);
	strbuf_addstr(x, "  </menu>\n");
	strbuf_release(&greet);
	strbuf_release(&me);
	strbuf_release(&invalid);
	strbuf_release(&bye);
}

/*
 * An extension: a name to dial, the sounds' prefix, what to say first
 * (a sound, or NULL), a menu to run.  Any key stops what is played.
 */
static void extension(struct strbuf *x, const char *name, const char *lang,
		      const char *first, const char *menu, int answer)
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
		      "data=\"playback_terminators=any\"/>\n"
		      "      <action application=\"set\" "
		      "data=\"sound_prefix=$${sounds_dir}");
	if (lang) {
		strbuf_addch(x, '/');
		xml_addstr(x, lang);
	}
	strbuf_addstr(x, "\"/>\n");
	if (first) {
		strbuf_addstr(x, "      <action application=\"playback\" "
			      "data=\"");
		strbuf_addstr(x, first);
		strbuf_addstr(x, "\"/>\n");
	}
	strbuf_addstr(x, "      <action application=\"ivr\" data=\"");
	xml_addstr(x, menu);
	strbuf_addstr(x, "\"/>\n      <action application=\"hangup\"/>\n"
		      "    </condition>\n  </extension>\n");
}

/* A language's extensions: its name (the title, then the first page)
 * and one per page. */
static void lang_extensions(struct strbuf *x, const char *g, const char *tag,
			    const struct manifest_lang *l)
{
	const struct manifest_track *title = menus_track(l, "title");
	char *ext = xasprintf("audioguide_%s+%s", tag, l->code);
	char *menu = xasprintf("%s+1", ext), *file = NULL;
	struct strbuf first = STRBUF_INIT;
	char name[32];
	size_t page;

	if (title) {
		file = menus_name(title);
		sound(&first, g, file);
	}
	extension(x, ext, l->code, title ? first.buf : NULL, menu, 0);
	for (page = 1;; page++) {
		char *p;
		snprintf(name, sizeof(name), "menu-%zu", page);
		if (!menus_prompt(l, name))
			break;
		p = xasprintf("%s+%zu", ext, page);
		extension(x, p, l->code, NULL, p, 0);
		free(p);
	}
	strbuf_release(&first);
	free(file);
	free(ext);
	free(menu);
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
		extension(&dial, name, NULL, NULL, name, 1);
		for (i = 0; i < n; i++)
			lang_extensions(&dial, m->guide, tag,
					manifest_find_lang(m, langs[i]));
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
