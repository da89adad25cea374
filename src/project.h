/*
 * project: where things are.  audioguide works from the current
 * directory like make: guides under content/, catalogs under po/, outputs
 * under out/.  A loaded guide knows its config and which languages to
 * build, each with its PO file and eSpeak NG voice.
 */
#ifndef AUDIOGUIDE_PROJECT_H
#define AUDIOGUIDE_PROJECT_H

#include "catalog.h"
#include "conf.h"
#include "err.h"
#include "guide.h"
#include "strlist.h"

struct project_paths {
	const char *content;	/* default "content" */
	const char *po;		/* default "po" */
	const char *out;	/* default "out" */
};

struct project_lang {
	char *code;		/* gettext code, used in paths */
	char *voice;		/* eSpeak NG voice name */
	char *po_path;		/* NULL for the source language */
	int selected;		/* asked for (every language without --lang) */
};

struct project_guide {
	char *dir;
	struct guide g;
	struct guide_conf conf;
	char *po_dir;		/* po/<guide-id> */
	struct project_lang *lang;
	size_t nlang, alloc;
};

/* Every folder under content that holds a guide.md, sorted. */
int project_list_guides(const char *content, struct strlist *dirs,
			struct err *e);
/*
 * Load a guide, its guide.conf and its language list: guide.conf's
 * `languages`, or the source plus every po/<id>/<lang>.po.  Those in
 * `only` are selected (all of them when it is empty); a code in `only`
 * the guide does not have is an error that lists those it has.
 */
int project_guide_load(struct project_guide *pg, const char *dir,
		       const struct project_paths *paths,
		       const struct strlist *only, struct err *e);
void project_guide_release(struct project_guide *pg);
/*
 * Whether eSpeak NG has the language's voice (found: it is known to, and
 * is not asked); the error names the line of guide.conf that chose it,
 * or else the language's PO file.
 */
int project_check_voice(const struct project_guide *pg,
			const struct project_lang *l, int found,
			struct err *e);
/*
 * Write a guide's translation template, po/<id>/<id>.pot, from its
 * guide.md (and guide.conf's title).  *pot gets its path (caller frees),
 * *entries its number of entries and *po_dir the guide's PO folder.
 */
int project_write_pot(const char *dir, const struct project_paths *paths,
		      char **pot, char **po_dir, size_t *entries,
		      struct err *e);
/*
 * Write the template as project_write_pot does, and from it a new
 * po/<id>/<code>.po for the language (see catalog_write_pot); *po gets
 * its path (caller frees).  A catalog the language has is left as it is
 * (an error: update-po merges the template into it).
 */
int project_add_language(const char *dir, const struct project_paths *paths,
			 const struct catalog_lang *lang, char **po,
			 struct err *e);
/*
 * The folder of the program's own data, what = "po" (its phrases) or
 * "lexicon" (the default lexicons and rules), caller frees: under
 * AUDIOGUIDE_DATADIR when set, else where make install puts them
 * (share/audioguide/), else, when that is not there, the po/ and
 * content/lexicon/ of the source tree the program was built in.
 */
char *project_data(const char *what);
/* The default lexicons' folder when it does not exist (caller frees):
 * every number, unit and abbreviation is then said by eSpeak NG alone,
 * which a command must say.  NULL when it exists. */
char *project_lexicons_missing(void);
/*
 * The lexicons of a language (ext "pls"), or its rules ("rules"), in the
 * order they apply (later ones win): the installed defaults, the
 * project's content/lexicon/, the guide's content/<guide>/lexicon/; each
 * <lang>.<ext> after its language part's (pt.pls, then pt_BR.pls).  Only
 * files that exist, each once.
 */
void project_lexicons(const struct project_guide *pg,
		      const struct project_paths *paths, const char *code,
		      const char *ext, struct strlist *files);
/* A po/<id>/ folder with no content/<id>/guide.md is an error. */
int project_orphans(const struct project_paths *paths, struct err *e);
/* The voice for a language: guide.conf [voices], the table, or its code. */
char *project_voice_for(const struct guide_conf *c, const char *code);

#endif
