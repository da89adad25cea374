/*
 * poscan: what libgettextpo does not tell of a PO file, read from its
 * text: where each entry starts (its line), and whether its msgstr is
 * cut short by an escape that makes a NUL ("\0", "\x00", "\000": the C
 * string libgettextpo returns ends there, and msgfmt -c passes it).
 */
#ifndef AUDIOGUIDE_POSCAN_H
#define AUDIOGUIDE_POSCAN_H

#include <stddef.h>

/* One entry of a PO file's text, in file order (that of
 * po_next_message, the header included). */
struct poscan_entry {
	int line;		/* its msgctxt, or its msgid when it has none */
	int cut;		/* its msgstr holds an escaped NUL */
};

/* The entries of buf[0..len) (caller frees); *count of them. */
struct poscan_entry *poscan_entries(const char *buf, size_t len,
				    size_t *count);

#endif
