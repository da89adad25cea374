/*
 * publish: the packages made from a build's tracks once they are
 * rendered, driven from this one place: which packages a build makes,
 * the profiles they are made of, and making them (DAISY 2.02 books,
 * EPUB 3 books, the player page) from the manifest and the captions.
 */
#ifndef AUDIOGUIDE_PUBLISH_H
#define AUDIOGUIDE_PUBLISH_H

#include "err.h"
#include "manifest.h"
#include "outdir.h"
#include "package.h"
#include "say.h"
#include "strlist.h"

struct publish {
	const struct outdir *od;
	const char *inputs[2];		/* guide.md, guide.conf (or NULL) */
	const char *publisher;		/* NULL: "audioguide" */
	const char *source_language;
	const char *po_dir;		/* where the program's phrases are */
	unsigned packages;		/* enum package_bit */
	const struct sayer *say;
};

/*
 * The packages to make: the command line's names (where "none" means
 * none) or else guide.conf's (already checked).  An unknown name is an
 * error.
 */
int publish_select(const struct strlist *cli, const struct strlist *conf,
		   unsigned *packages, struct err *e);
/* Append to profiles the names of those the packages are made of. */
void publish_needs(unsigned packages, struct strlist *profiles);
/* The profiles of the prompts the packages need (menus, announcements):
 * none when no package needs prompts. */
void publish_prompt_profiles(unsigned packages, struct strlist *profiles);
/*
 * Make the packages of every language of m whose build succeeded now
 * (a language kept from an earlier build keeps its books), and the page
 * of them all.  Errors are said, and leave the earlier files.
 */
void publish_make(const struct publish *p, const struct manifest *m);

#endif
