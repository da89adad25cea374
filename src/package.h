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
};

/* For messages: every package name, as a list. */
#define PACKAGE_NAMES "daisy202, epub3, web"

/* The bit of a package name, or 0 when there is no such package. */
unsigned package_bit(const char *name);

#endif
