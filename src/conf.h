/*
 * conf: content/<guide>/guide.conf, an optional INI file read with inih.
 * Every key is optional; an unknown key or a bad value is an error that
 * names the file and line.
 */
#ifndef AUDIOGUIDE_CONF_H
#define AUDIOGUIDE_CONF_H

#include "err.h"
#include "strlist.h"

struct conf_voice {
	char *lang;
	char *voice;
	int line;		/* in guide.conf, for messages */
};

/* A name that stays as written in every translation, and how it is said
 * (in the guide's language). */
struct conf_name {
	char *written, *said;
	int line;
};

struct guide_conf {
	char *path;		/* guide.conf, for messages; NULL if absent */
	char *title;		/* title override, or NULL */
	char *source_language;	/* never NULL after conf_load: "en" default */
	struct strlist languages;	/* empty: source + every PO present */
	struct strlist profiles;	/* empty: the command's default */
	struct strlist packages;	/* daisy202, epub3, web; or empty */
	int languages_line, profiles_line, packages_line;
	char *publisher;	/* for the books' metadata, or NULL */
	int rate;		/* words per minute; 0 = eSpeak NG default */
	int pitch;		/* 0..100; -1 = voice default */
	double target_lufs;	/* general profiles */
	double ceiling_dbfs;
	double phone_target_lufs;	/* telephone profiles */
	double phone_ceiling_dbfs;
	struct conf_voice *voices;
	size_t nvoices, alloc;
	char *date_order;	/* dmy, mdy, ymd, or NULL: the language's */
	struct strlist essential;	/* section ids that must be in every
					 * language; checked against the guide */
	int essential_line;
	char *contact;		/* the number to call, as said in notices
				 * ("0161 496 0732"), or NULL */
	int contact_line;
	struct conf_name *names;	/* [names] */
	size_t nnames, nalloc;
};

#define CONF_RATE_MIN 80
#define CONF_RATE_MAX 450

/* Load dir/guide.conf into c (zeroed); an absent file gives defaults. */
int conf_load(struct guide_conf *c, const char *dir, struct err *e);
void conf_release(struct guide_conf *c);
/* The [voices] entry for a language code (borrowed), or NULL. */
const struct conf_voice *conf_voice(const struct guide_conf *c,
				    const char *lang);

#endif
