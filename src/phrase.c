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
};

const char *phrase_msgid(enum phrase_id id)
{
	return msgid[id];
}

/* The first catalog of the language that exists, or NULL. */
static char *find_catalog(const char *lang, const char *po_dir)
{
	const char *dirs[2];
	char *installed = xasprintf("%s/po", project_datadir());
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
	memset(p, 0, sizeof(*p));
	p->lang = xstrdup(lang);
	p->path = find_catalog(lang, po_dir);
	if (p->path)
		return catalog_load(&p->cat, p->path, e);
	if (!strncmp(lang, "en", 2) && strcspn(lang, "_@") == 2)
		return 0;
	return err_at(e, po_dir, 0, "no catalog of audioguide's own phrases "
		      "for %s (%s/%s.po, nor in %s/po); make it with msginit "
		      "-l %s -i po/audioguide.pot", lang, po_dir, lang,
		      project_datadir(), lang);
}

void phrases_release(struct phrases *p)
{
	if (p->path)
		catalog_release(&p->cat);
	free(p->lang);
	free(p->path);
	memset(p, 0, sizeof(*p));
}

/* The printf directives of s but %%: what a translation must keep. */
static void directives(const char *s, struct strbuf *out)
{
	for (; (s = strchr(s, '%')) != NULL; s++) {
		if (s[1] == '%') {
			s++;
			continue;
		}
		strbuf_addch(out, s[1] ? s[1] : '?');
	}
}

static int same_directives(const char *a, const char *b)
{
	struct strbuf da = STRBUF_INIT, db = STRBUF_INIT;
	int same;

	directives(a, &da);
	directives(b, &db);
	same = da.len == db.len && (!da.len || !memcmp(da.buf, db.buf, da.len));
	strbuf_release(&da);
	strbuf_release(&db);
	return same;
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
		*why = "must keep its %d in the translation, once";
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

char *phrase_number(const char *phrase, int n)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	for (s = phrase; *s; s++) {
		if (s[0] == '%' && s[1] == '%') {
			strbuf_addch(&sb, '%');
			s++;
		} else if (s[0] == '%' && s[1] == 'd') {
			strbuf_addf(&sb, "%d", n);
			s++;
		} else {
			strbuf_addch(&sb, *s);
		}
	}
	return strbuf_detach(&sb);
}
