/* project: finding guides, their config, languages, PO files and voices. */
#include "project.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "err.h"
#include "fs.h"
#include "catalog.h"
#include "lang.h"
#include "strlist.h"
#include "suggest.h"
#include "synth.h"
#include "xalloc.h"

int project_list_guides(const char *content, struct strlist *dirs,
			struct err *e)
{
	DIR *d = opendir(content);
	struct dirent *de;

	if (!d)
		return err_at(e, content, 0, "no such folder; run audioguide "
			      "where content/<guide>/guide.md is, or name a "
			      "guide folder");
	while ((de = readdir(d)) != NULL) {
		char *path;
		if (de->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s/guide.md", content, de->d_name);
		if (fs_is_file(path)) {
			path[strlen(path) - strlen("/guide.md")] = '\0';
			strlist_push(dirs, path);
		}
		free(path);
	}
	closedir(d);
	strlist_sort(dirs);
	return 0;
}

char *project_voice_for(const struct guide_conf *c, const char *code)
{
	const struct lang_info *li;
	const struct conf_voice *v = conf_voice(c, code);
	char *s;
	size_t i;

	if (v)
		return xstrdup(v->voice);
	li = lang_find(code);
	if (li)
		return xstrdup(li->voice);
	/* eSpeak NG names most voices by their language: nl, pl, sk. */
	s = xstrndup(code, strcspn(code, "@"));
	for (i = 0; s[i]; i++)
		s[i] = s[i] == '_' ? '-' : (char)(s[i] | 0x20);
	return s;
}

static void add_lang(struct project_guide *pg, const char *code,
		     const char *po_path)
{
	struct project_lang *l;

	ALLOC_GROW(pg->lang, pg->nlang + 1, pg->alloc);
	l = &pg->lang[pg->nlang++];
	l->code = xstrdup(code);
	l->po_path = po_path ? xstrdup(po_path) : NULL;
	l->voice = project_voice_for(&pg->conf, code);
}

/* The language codes of every PO file in the guide's po folder. */
static int list_po(const char *po_dir, struct strlist *codes, struct err *e)
{
	DIR *d = opendir(po_dir);
	struct dirent *de;

	if (!d)
		return 0;	/* no translations yet */
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name);
		char *code;
		if (n < 4 || strcmp(de->d_name + n - 3, ".po"))
			continue;
		code = xstrndup(de->d_name, n - 3);
		if (!lang_code_valid(code)) {
			char *p = xasprintf("%s/%s", po_dir, de->d_name);
			char gettext[64];
			if (!lang_normalize(code, gettext, sizeof(gettext)))
				err_at(e, p, 0, "a PO file is named by the "
				       "gettext code of its language: rename "
				       "it %s.po", gettext);
			else
				err_at(e, p, 0, "'%s' is not a gettext language "
				       "code; name the file like es.po or "
				       "pt_BR.po", code);
			free(p);
			free(code);
			closedir(d);
			return -1;
		}
		strlist_push(codes, code);
		free(code);
	}
	closedir(d);
	strlist_sort(codes);
	return 0;
}

/* An unknown --lang: say which languages the guide has. */
static int unknown_lang(const struct project_guide *pg,
			const struct strlist *codes, const char *code,
			struct err *e)
{
	struct strbuf have = STRBUF_INIT;
	const char *near = suggest(code, (const char *const *)codes->v,
				   codes->n);
	size_t i, n = strcspn(code, "_@");
	int ret;

	for (i = 0; i < codes->n; i++) {
		strbuf_addf(&have, "%s%s", i ? ", " : "", codes->v[i]);
		if (!near && strcspn(codes->v[i], "_@") == n &&
		    !strncmp(codes->v[i], code, n))
			near = codes->v[i];	/* es for es_ES */
	}
	if (near)
		ret = err_at(e, pg->po_dir, 0, "no %s.po for --lang %s (did "
			     "you mean %s?); this guide has %s", code, code,
			     near, have.buf);
	else
		ret = err_at(e, pg->po_dir, 0, "no %s.po for --lang %s; this "
			     "guide has %s (audioguide add-language %s %s "
			     "makes one)", code, code, have.buf, pg->dir, code);
	strbuf_release(&have);
	return ret;
}

/* A language guide.conf lists has its PO file: else its line, and the
 * code it was meant to be. */
static int listed_have_po(const struct project_guide *pg, struct err *e)
{
	const struct guide_conf *c = &pg->conf;
	struct strlist po = { 0 };
	const char *near;
	size_t i;
	int ret = 0;

	if (list_po(pg->po_dir, &po, e))
		return -1;
	for (i = 0; i < c->languages.n && !ret; i++) {
		const char *code = c->languages.v[i];
		if (!strcmp(code, c->source_language) || strlist_has(&po, code))
			continue;
		near = suggest(code, (const char *const *)po.v, po.n);
		ret = err_at(e, c->path, c->languages_line, "languages: %s has "
			     "no %s/%s.po%s%s%s; make it with audioguide "
			     "add-language %s %s", code, pg->po_dir, code,
			     near ? " (did you mean " : "", near ? near : "",
			     near ? "?)" : "", pg->dir, code);
	}
	strlist_release(&po);
	return ret;
}

/* Every section guide.conf calls essential is one of the guide's. */
static int check_essential(const struct project_guide *pg, struct err *e)
{
	const struct guide *g = &pg->g;
	const char **ids = xcalloc(g->nsec + 1, sizeof(*ids));
	const char *near;
	size_t i, j;
	int ret = 0;

	for (j = 0; j < g->nsec; j++)
		ids[j] = g->sec[j].id;
	for (i = 0; i < pg->conf.essential.n && !ret; i++) {
		const char *id = pg->conf.essential.v[i];
		for (j = 0; j < g->nsec && strcmp(ids[j], id); j++)
			;
		if (j < g->nsec)
			continue;
		near = suggest(id, ids, g->nsec);
		ret = err_at(e, pg->conf.path, pg->conf.essential_line,
			     "essential: '%s' is not a section of %s%s%s%s; "
			     "its sections are named by their headings (audioguide "
			     "status lists them)", id, g->path,
			     near ? " (did you mean " : "", near ? near : "",
			     near ? "?)" : "");
	}
	free(ids);
	return ret;
}

static int pick_langs(struct project_guide *pg, const struct strlist *only,
		      struct err *e)
{
	struct strlist codes = { 0 };
	const char *src = pg->conf.source_language;
	size_t i;
	int ret = 0;

	if (pg->conf.languages.n) {
		for (i = 0; i < pg->conf.languages.n; i++)
			strlist_push(&codes, pg->conf.languages.v[i]);
	} else {
		struct strlist po = { 0 };
		strlist_push(&codes, src);	/* the source comes first */
		if (list_po(pg->po_dir, &po, e)) {
			strlist_release(&codes);
			return -1;
		}
		for (i = 0; i < po.n; i++)
			if (strcmp(po.v[i], src))
				strlist_push(&codes, po.v[i]);
		strlist_release(&po);
	}
	for (i = 0; i < only->n && !ret; i++)
		if (!strlist_has(&codes, only->v[i]))
			ret = unknown_lang(pg, &codes, only->v[i], e);
	if (!ret && pg->conf.languages.n)
		ret = listed_have_po(pg, e);
	for (i = 0; i < codes.n && !ret; i++) {
		char *po = NULL;
		if (strcmp(codes.v[i], src))
			po = xasprintf("%s/%s.po", pg->po_dir, codes.v[i]);
		add_lang(pg, codes.v[i], po);
		pg->lang[pg->nlang - 1].selected = !only->n ||
						   strlist_has(only, codes.v[i]);
		free(po);
	}
	strlist_release(&codes);
	return ret;
}

int project_guide_load(struct project_guide *pg, const char *dir,
		       const struct project_paths *paths,
		       const struct strlist *only, struct err *e)
{
	memset(pg, 0, sizeof(*pg));
	pg->dir = xstrdup(dir);
	if (guide_load(&pg->g, dir, e) || conf_load(&pg->conf, dir, e))
		return -1;
	if (pg->conf.title) {
		guide_set_title(&pg->g, pg->conf.title);
	}
	pg->po_dir = xasprintf("%s/%s", paths->po, pg->g.id);
	return check_essential(pg, e) || pick_langs(pg, only, e) ? -1 : 0;
}

int project_check_voice(const struct project_guide *pg,
			const struct project_lang *l, int found,
			struct err *e)
{
	const struct conf_voice *v = conf_voice(&pg->conf, l->code);
	const struct lang_info *li = lang_find(l->code);

	if (!v && li && li->cannot && !strcmp(li->voice, l->voice))
		return err_at(e, l->po_path ? l->po_path : pg->g.path, 0,
			      "%s: eSpeak NG's voice %s %s; to build %s anyway, "
			      "choose the voice under [voices] in %s/guide.conf "
			      "(%s = %s): what it cannot read is then left out, "
			      "with why", l->code, l->voice, li->cannot,
			      li->name, pg->dir, l->code, l->voice);
	if (found || synth_voice_exists(l->voice))
		return 0;
	if (v)
		return err_at(e, pg->conf.path, v->line, "[voices] %s = %s: "
			      "eSpeak NG has no such voice (see audioguide "
			      "voices)", v->lang, v->voice);
	return err_at(e, l->po_path ? l->po_path : pg->g.path, 0,
		      "no eSpeak NG voice '%s' for language '%s'; set one "
		      "under [voices] in %s/guide.conf (see audioguide voices)",
		      l->voice, l->code, pg->dir);
}

/* The template, and (lang) a new catalog: the work of the two below. */
static int write_catalogs(const char *dir, const struct project_paths *paths,
			  const struct catalog_lang *lang, char **pot,
			  char **po_dir, char **po, size_t *entries,
			  struct err *e)
{
	struct guide g;
	struct guide_conf conf;
	struct stat st;
	size_t i;
	int ret = -1;

	*pot = *po_dir = NULL;
	*entries = 0;
	memset(&conf, 0, sizeof(conf));
	if (guide_load(&g, dir, e) || conf_load(&conf, dir, e))
		goto done;
	if (conf.title)
		guide_set_title(&g, conf.title);
	*po_dir = xasprintf("%s/%s", paths->po, g.id);
	*pot = xasprintf("%s/%s.pot", *po_dir, g.id);
	if (lang)
		*po = xasprintf("%s/%s.po", *po_dir, lang->code);
	if (lang && lstat(*po, &st) == 0) {
		err_at(e, *po, 0, "it is there already; audioguide update-po "
		       "merges a new template into it");
		goto done;
	}
	if (fs_mkdirs(*po_dir, e) || catalog_write_pot(*pot, &g, NULL, e) ||
	    (lang && catalog_write_pot(*po, &g, lang, e)))
		goto done;
	for (i = 0; i < g.nsec; i++)
		*entries += g.sec[i].nchunk;
	ret = 0;
done:
	conf_release(&conf);
	guide_release(&g);
	return ret;
}

int project_write_pot(const char *dir, const struct project_paths *paths,
		      char **pot, char **po_dir, size_t *entries,
		      struct err *e)
{
	return write_catalogs(dir, paths, NULL, pot, po_dir, NULL, entries,
			      e);
}

int project_add_language(const char *dir, const struct project_paths *paths,
			 const struct catalog_lang *lang, char **po,
			 struct err *e)
{
	char *pot, *po_dir;
	size_t entries;
	int ret;

	*po = NULL;
	ret = write_catalogs(dir, paths, lang, &pot, &po_dir, po, &entries, e);
	free(pot);
	free(po_dir);
	return ret;
}

#ifndef AUDIOGUIDE_DATADIR
#define AUDIOGUIDE_DATADIR "/usr/local/share/audioguide"
#endif

/* The source tree the program was built in, if it is still there with
 * its po/audioguide.pot and content/lexicon/ (NULL if not): a program
 * run without being installed finds its data there. */
static const char *source_tree(void)
{
#ifdef AUDIOGUIDE_SRCDIR
	static int looked, ok;
	char *pot, *lex;

	if (!looked++) {
		pot = xasprintf("%s/po/audioguide.pot", AUDIOGUIDE_SRCDIR);
		lex = xasprintf("%s/content/lexicon", AUDIOGUIDE_SRCDIR);
		ok = fs_is_file(pot) && fs_is_dir(lex);
		free(pot);
		free(lex);
	}
	return ok ? AUDIOGUIDE_SRCDIR : NULL;
#else
	return NULL;
#endif
}

char *project_data(const char *what)
{
	const char *env = getenv("AUDIOGUIDE_DATADIR"), *tree;
	char *p;

	if (env && *env)
		return xasprintf("%s/%s", env, what);
	p = xasprintf("%s/%s", AUDIOGUIDE_DATADIR, what);
	if (fs_is_dir(p) || !(tree = source_tree()))
		return p;
	free(p);
	return xasprintf("%s/%s%s", tree, strcmp(what, "lexicon") ? ""
			 : "content/", what);
}

char *project_lexicons_missing(void)
{
	char *p = project_data("lexicon");

	if (!fs_is_dir(p))
		return p;
	free(p);
	return NULL;
}

/*
 * A lexicon's real path, or NULL when it is not a file; each path asked
 * once in a process (a catalogue asks for every guide and language the
 * same few files, and realpath reads every link of the way).  Borrowed.
 */
static const char *real_lexicon(const char *p)
{
	static struct strlist asked, real;	/* real: "" for none */
	char *r;
	size_t i;

	for (i = 0; i < asked.n; i++)
		if (!strcmp(asked.v[i], p))
			return *real.v[i] ? real.v[i] : NULL;
	r = fs_is_file(p) ? realpath(p, NULL) : NULL;
	strlist_push(&asked, p);
	strlist_push(&real, r ? r : "");
	free(r);
	return *real.v[i] ? real.v[i] : NULL;
}

/* Add dir/<name>.pls when it exists and is not a file already listed. */
static void add_lexicon(struct strlist *files, struct strlist *real,
			const char *dir, const char *name, size_t n,
			const char *ext)
{
	char *p = xasprintf("%s/%.*s.%s", dir, (int)n, name, ext);
	const char *r = real_lexicon(p);

	if (r && !strlist_has(real, r)) {
		strlist_push(files, p);
		strlist_push(real, r);
	}
	free(p);
}

void project_lexicons(const struct project_guide *pg,
		      const struct project_paths *paths, const char *code,
		      const char *ext, struct strlist *files)
{
	char *dirs[3];
	struct strlist real = { 0 };
	size_t base = strcspn(code, "_@"), i;

	dirs[0] = project_data("lexicon");
	dirs[1] = xasprintf("%s/lexicon", paths->content);
	dirs[2] = xasprintf("%s/lexicon", pg->dir);
	for (i = 0; i < 3; i++) {
		add_lexicon(files, &real, dirs[i], code, base, ext);
		if (code[base])
			add_lexicon(files, &real, dirs[i], code, strlen(code),
				    ext);
		free(dirs[i]);
	}
	strlist_release(&real);
}

int project_orphans(const struct project_paths *paths, struct err *e)
{
	DIR *d = opendir(paths->po);
	struct dirent *de;
	int ret = 0;

	if (!d)
		return 0;
	while (!ret && (de = readdir(d)) != NULL) {
		char *dir, *md;
		if (de->d_name[0] == '.')
			continue;
		dir = xasprintf("%s/%s", paths->po, de->d_name);
		md = xasprintf("%s/%s/guide.md", paths->content, de->d_name);
		if (fs_is_dir(dir) && !fs_is_file(md))
			ret = err_at(e, dir, 0, "translations for a guide that "
				     "does not exist (no %s); rename or remove "
				     "the folder", md);
		free(dir);
		free(md);
	}
	closedir(d);
	return ret;
}

void project_guide_release(struct project_guide *pg)
{
	size_t i;

	for (i = 0; i < pg->nlang; i++) {
		free(pg->lang[i].code);
		free(pg->lang[i].voice);
		free(pg->lang[i].po_path);
	}
	free(pg->lang);
	guide_release(&pg->g);
	conf_release(&pg->conf);
	free(pg->po_dir);
	free(pg->dir);
	memset(pg, 0, sizeof(*pg));
}
