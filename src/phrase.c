/* phrase: the program's own words, read from its PO catalogs. */
#include "phrase.h"

#include <stdlib.h>
#include <string.h>

#include "fs.h"
#include "project.h"
#include "xalloc.h"

/* Marks a phrase for xgettext (make update-po): N_("..."). */
#define N_(s) s

static const char *const msgid[PHRASE_COUNT] = {
	/* TRANSLATORS: spoken before the text of item %d of a numbered
	   list in a patient guide, as a step of instructions: "Step 1." */
	N_("Step %d."),
	/* TRANSLATORS: shown on the player page where a section of the
	   guide has no finished translation in this language. */
	N_("This section is not available in this language yet."),
	/* TRANSLATORS: button on the player page that plays every section
	   of the guide one after another. */
	N_("Play all"),
	/* TRANSLATORS: link at the top of the player page for keyboard and
	   screen reader users, to the guide's text. */
	N_("Skip to the guide"),
	/* TRANSLATORS: label of the list of languages on the player page,
	   read by screen readers. */
	N_("Languages"),
	/* TRANSLATORS: spoken in a telephone menu: %s is the title of a
	   section of the guide (in your language), %d the key to press.
	   Where your language needs the key first, write %2$d ... %1$s. */
	N_("For %s, press %d."),
	/* TRANSLATORS: spoken at the end of a page of a telephone menu
	   when there are more sections than keys; %d is the key. */
	N_("For more choices, press %d."),
	/* TRANSLATORS: spoken at the end of a telephone menu; %d is the
	   key. */
	N_("To hear this menu again, press %d."),
	/* TRANSLATORS: spoken when a caller presses a key the telephone
	   menu does not offer. */
	N_("That choice is not valid."),
	/* TRANSLATORS: spoken before the telephone line hangs up. */
	N_("Goodbye."),
	/* TRANSLATORS: spoken in the telephone menu that chooses the
	   language, each choice in its own language: name YOUR language,
	   in your language ("Para español, pulse %d."); %d is the key. */
	N_("For English, press %d."),
	/* TRANSLATORS: spoken before the guide in a waiting-room recording
	   that plays every language in turn: name YOUR language, in your
	   language ("A continuación, en español."). */
	N_("The following is in English."),
	/* TRANSLATORS: spoken (and shown) in the place of a part of the
	   guide that has no finished translation in your language yet:
	   name YOUR language, in your language ("Esta parte aún no está
	   disponible en español."). */
	N_("This part is not yet available in English."),
	/* TRANSLATORS: spoken after the sentence above; %s is a telephone
	   number, which is said digit by digit. */
	N_("For help, call %s."),
	/* TRANSLATORS: spoken at the end of each page of a telephone menu:
	   the key marked with a star (*) goes back to the page before, or
	   to the choice of language. */
	N_("To go back, press the star key."),
};

const char *phrase_msgid(enum phrase_id id)
{
	return msgid[id];
}

/* The first catalog of the language that exists, or NULL. */
static char *find_catalog(const char *lang, const char *po_dir)
{
	const char *dirs[2];
	char *installed = project_data("po");
	size_t base = strcspn(lang, "_@"), i, k;
	char *found = NULL;

	dirs[0] = po_dir;
	dirs[1] = installed;
	for (k = 0; k < 2 && !found; k++) {
		for (i = 0; i < 2 && !found; i++) {
			char *p = xasprintf("%s/%.*s.po", dirs[i],
					    (int)(k ? base : strlen(lang)), lang);
			if (fs_is_file(p))
				found = p;
			else
				free(p);
		}
	}
	free(installed);
	return found;
}

int phrases_load(struct phrases *p, const char *lang, const char *po_dir,
		 struct err *e)
{
	char *installed;

	memset(p, 0, sizeof(*p));
	p->lang = xstrdup(lang);
	p->path = find_catalog(lang, po_dir);
	if (p->path)
		return catalog_load(&p->cat, p->path, e);
	if (!strncmp(lang, "en", 2) && strcspn(lang, "_@") == 2)
		return 0;
	installed = project_data("po");
	err_at(e, po_dir, 0, "no catalog of audioguide's own phrases for %s "
	       "(%s/%s.po, nor in %s); make it with msginit -l %s -i "
	       "po/audioguide.pot", lang, po_dir, lang, installed, lang);
	free(installed);
	return -1;
}

void phrases_release(struct phrases *p)
{
	if (p->path)
		catalog_release(&p->cat);
	free(p->lang);
	free(p->path);
	memset(p, 0, sizeof(*p));
}

/*
 * Walk the directives of s (%s, %d, %1$s ...; %% too): fn hears each
 * one's place (its number, or the next in turn; 0 for %%), what follows
 * it ('s', 'd', '%', or whatever else is written there), and where it
 * starts and ends in s.  Stops at fn's first non-zero return: -1.
 */
static int walk(const char *s, int (*fn)(void *user, int place, char conv,
					  const char *from, const char *to),
		void *user)
{
	const char *p, *d;
	int next = 1, place;

	for (p = s; (p = strchr(p, '%')) != NULL; p = *d ? d + 1 : d) {
		d = p + 1;
		if (*d == '%') {
			place = 0;
		} else if (*d >= '1' && *d <= '9' && d[1] == '$') {
			place = *d - '0';
			d += 2;
		} else {
			place = next++;
		}
		if (fn(user, place, *d, p, *d ? d + 1 : d))
			return -1;
	}
	return 0;
}

/* A phrase's directives by place: "sd" for "For %s, press %d.". */
struct places {
	char conv[10];
	int n;		/* directives seen */
};

static int note_place(void *user, int place, char conv, const char *from,
		      const char *to)
{
	struct places *pl = user;

	(void)from, (void)to;
	if (!place && conv == '%')
		return 0;	/* a per cent sign */
	if ((conv != 's' && conv != 'd') || place < 1 ||
	    place >= (int)sizeof(pl->conv) ||
	    (pl->conv[place] && pl->conv[place] != conv))
		return -1;
	pl->conv[place] = conv;
	pl->n++;
	return 0;
}

/* Whether a translation has the msgid's directives, each once, in any
 * order. */
static int same_directives(const char *a, const char *b)
{
	struct places pa = { { 0 }, 0 }, pb = { { 0 }, 0 };

	return !walk(a, note_place, &pa) && !walk(b, note_place, &pb) &&
	       pa.n == pb.n && !memcmp(pa.conv, pb.conv, sizeof(pa.conv));
}

const char *phrase_lookup(const struct phrases *p, enum phrase_id id,
			  const char **why, int *line)
{
	const struct catalog_entry *ent;

	*line = 0;
	if (!p->path)
		return msgid[id];	/* English, with no catalog */
	ent = catalog_find(&p->cat, NULL, msgid[id]);
	if (!ent) {
		*why = "is missing (run make update-po, then translate it)";
		return NULL;
	}
	*line = ent->line;
	if (ent->state != ENTRY_TRANSLATED || ent->plural) {
		*why = ent->state == ENTRY_FUZZY ? "is fuzzy" : "is not translated";
		return NULL;
	}
	if (!same_directives(msgid[id], ent->msgstr)) {
		*why = "must keep its directives (%s, %d) in the "
		       "translation, each once";
		return NULL;
	}
	return ent->msgstr;
}

const char *phrase_get(const struct phrases *p, enum phrase_id id,
		       struct err *e)
{
	const char *why = NULL, *s;
	int line;

	s = phrase_lookup(p, id, &why, &line);
	if (!s)
		err_at(e, p->path, line, "the phrase \"%s\" %s", msgid[id], why);
	return s;
}

/* A phrase being filled: its text up to `at` is in out. */
struct filling {
	struct strbuf out;
	const char *at;
	const char *const *args;
	size_t nargs;
};

static int fill_one(void *user, int place, char conv, const char *from,
		    const char *to)
{
	struct filling *f = user;

	strbuf_add(&f->out, f->at, (size_t)(from - f->at));
	f->at = to;
	if (!place && conv == '%')
		strbuf_addch(&f->out, '%');
	else if (conv != 's' && conv != 'd')	/* not ours: as written */
		strbuf_add(&f->out, from, (size_t)(to - from));
	else if ((size_t)place <= f->nargs)
		strbuf_addstr(&f->out, f->args[place - 1]);
	return 0;
}

char *phrase_fill(const char *phrase, const char *const *args, size_t nargs)
{
	struct filling f = { STRBUF_INIT, phrase, args, nargs };

	walk(phrase, fill_one, &f);
	strbuf_addstr(&f.out, f.at);
	return strbuf_detach(&f.out);
}

char *phrase_number(const char *phrase, int n)
{
	char num[16];
	const char *args[1] = { num };

	snprintf(num, sizeof(num), "%d", n);
	return phrase_fill(phrase, args, 1);
}
