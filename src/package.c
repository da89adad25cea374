/* package: package names and their bits. */
#include "package.h"

#include <string.h>

static const struct {
	const char *name;
	unsigned bit;
} names[] = {
	{ "daisy202", PACKAGE_DAISY202 },
	{ "epub3", PACKAGE_EPUB3 },
	{ "web", PACKAGE_WEB },
	{ "asterisk", PACKAGE_ASTERISK },
	{ "freeswitch", PACKAGE_FREESWITCH },
	{ "loop", PACKAGE_LOOP },
};

unsigned package_bit(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(names[i].name, name))
			return names[i].bit;
	return 0;
}
