/*
 * package: the names of the packages a build can make from its tracks.
 * A leaf: the config reader and the command line check names here
 * without pulling in the packages themselves (publish.c makes them).
 */
#ifndef AUDIOGUIDE_PACKAGE_H
#define AUDIOGUIDE_PACKAGE_H

enum package_bit {
	PACKAGE_DAISY202 = 1 << 0,	/* DAISY 2.02 talking book */
	PACKAGE_EPUB3 = 1 << 1,		/* EPUB 3 with Media Overlays */
	PACKAGE_WEB = 1 << 2,		/* the player page */
	PACKAGE_ASTERISK = 1 << 3,	/* sounds tree and dialplan */
	PACKAGE_FREESWITCH = 1 << 4,	/* sounds tree, IVR menus, dialplan */
	PACKAGE_LOOP = 1 << 5,		/* one MP3 per language, and of all */
};

/* The packages that need the telephone menus' prompts. */
#define PACKAGE_PHONE (PACKAGE_ASTERISK | PACKAGE_FREESWITCH)

/* For messages: every package name, as a list. */
#define PACKAGE_NAMES "daisy202, epub3, web, asterisk, freeswitch, loop"

/* The bit of a package name, or 0 when there is no such package. */
unsigned package_bit(const char *name);

#endif
