/* audioguide extract: write each guide's PO template. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "commands.h"
#include "err.h"
#include "project.h"

static const char usage[] =
	"usage: audioguide extract [content/<guide>...] [--po DIR]\n"
	"\n"
	"Writes po/<guide>/<guide>.pot: one entry for the title, each heading\n"
	"and each paragraph, list item and image, with the section id as\n"
	"msgctxt.  audioguide update-po also merges it into every PO file.\n";

int cmd_extract(int argc, char **argv)
{
	struct cli c;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, 0, usage);
	for (i = 0; !ret && !c.done && i < c.guides.n; i++) {
		char *pot, *po_dir;
		size_t n;
		struct err e;
		if (project_write_pot(c.guides.v[i], &c.paths, &pot, &po_dir, &n,
				      &e))
			ret = cli_error(&e);
		else
			printf("%s: %zu entries\n", pot, n);
		free(pot);
		free(po_dir);
	}
	cli_release(&c);
	return ret;
}
