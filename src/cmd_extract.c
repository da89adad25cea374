/* audioguide extract: write each guide's PO template. */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "commands.h"
#include "err.h"
#include "fs.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide extract [content/<guide>...] [--po DIR]\n"
	"\n"
	"Writes po/<guide>/<guide>.pot: one entry for the title, each heading\n"
	"and each paragraph, with the section id as msgctxt.\n";

static int extract_one(const char *dir, const struct project_paths *paths)
{
	struct guide g;
	struct guide_conf conf;
	struct err e;
	char *po_dir = NULL, *pot = NULL;
	size_t i, n = 0;
	int ret = EXIT_USER;

	if (guide_load(&g, dir, &e) || conf_load(&conf, dir, &e)) {
		cli_error(&e);
		guide_release(&g);
		return EXIT_USER;
	}
	if (conf.title) {
		free(g.sec[0].heading);
		g.sec[0].heading = xstrdup(conf.title);
	}
	po_dir = xasprintf("%s/%s", paths->po, g.id);
	pot = xasprintf("%s/%s.pot", po_dir, g.id);
	if (fs_mkdirs(po_dir, &e) || catalog_write_pot(pot, &g, &e)) {
		cli_error(&e);
		goto done;
	}
	for (i = 0; i < g.nsec; i++)
		n += 1 + g.sec[i].npara;
	printf("%s: %zu entries (%zu sections)\n", pot, n, g.nsec - 1);
	ret = 0;
done:
	free(po_dir);
	free(pot);
	conf_release(&conf);
	guide_release(&g);
	return ret;
}

int cmd_extract(int argc, char **argv)
{
	struct cli c;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, 0, usage);
	for (i = 0; !ret && !c.done && i < c.guides.n; i++)
		if (extract_one(c.guides.v[i], &c.paths))
			ret = EXIT_USER;
	cli_release(&c);
	return ret;
}
