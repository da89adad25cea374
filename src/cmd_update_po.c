/* audioguide update-po: new template, merged into every translation. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "afile.h"
#include "catalog.h"
#include "cli.h"
#include "commands.h"
#include "err.h"
#include "fs.h"
#include "project.h"
#include "strlist.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide update-po [content/<guide>...] [--po DIR]\n"
	"\n"
	"Writes each guide's template (as extract does), then merges it into\n"
	"every po/<guide>/<lang>.po with GNU gettext's msgmerge: an entry\n"
	"whose source text changed becomes fuzzy, keeping its previous text\n"
	"(#|) for the translator; a new one is empty; a removed one becomes\n"
	"obsolete (#~).  Then audioguide status shows what is left to do.\n";

/* Run msgmerge --previous on po into tmp; 0, or -1 with e saying why. */
static int msgmerge(const char *po, const char *pot, const char *tmp,
		    struct err *e)
{
	int status;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return err_at(e, po, 0, "cannot run msgmerge: %s",
			      strerror(errno));
	if (pid == 0) {
		execlp("msgmerge", "msgmerge", "--quiet", "--previous",
		       "--output-file", tmp, po, pot, (char *)NULL);
		fprintf(stderr, "audioguide: msgmerge: %s (it comes with GNU "
			"gettext: apt-get install gettext)\n", strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return err_at(e, po, 0, "msgmerge: %s", strerror(errno));
	if (!WIFEXITED(status) || WEXITSTATUS(status))
		return err_at(e, po, 0, "msgmerge failed (its message is "
			      "above); the file is unchanged");
	return 0;
}

/* Merge one PO file, replacing it only when it changes. */
static int merge(const char *po, const char *pot, struct err *e)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	char *tmp = afile_tmpname(po);
	int ret = fs_read_file(po, &a, CATALOG_MAX_BYTES, e) ||
		  catalog_check_bytes(po, a.buf, a.len, e) ||
		  msgmerge(po, pot, tmp, e) ? -1 : 0;

	if (!ret && fs_read_file(tmp, &b, CATALOG_MAX_BYTES, e))
		ret = -1;
	if (!ret && (a.len != b.len || memcmp(a.buf, b.buf, a.len)))
		ret = afile_rename(tmp, po, e);
	unlink(tmp);
	free(tmp);
	strbuf_release(&a);
	strbuf_release(&b);
	return ret;
}

/* What a merged catalog has left to do, for the user. */
static void report(const char *po)
{
	struct catalog c;
	struct err e;
	size_t i, fuzzy = 0, empty = 0;

	if (catalog_load(&c, po, &e)) {
		cli_error(&e);
		return;
	}
	for (i = 0; i < c.n; i++) {
		fuzzy += c.ent[i].state == ENTRY_FUZZY;
		empty += c.ent[i].state == ENTRY_UNTRANSLATED;
	}
	printf("%s: %zu fuzzy, %zu untranslated\n", po, fuzzy, empty);
	catalog_release(&c);
}

static int update_one(const char *dir, const struct project_paths *paths)
{
	struct strlist names = { 0 };
	char *pot, *po_dir;
	struct err e;
	size_t i, n, merged = 0;
	int ret = 0;

	if (project_write_pot(dir, paths, &pot, &po_dir, &n, &e)) {
		free(pot);
		free(po_dir);
		return cli_error(&e);
	}
	printf("%s: %zu entries\n", pot, n);
	fs_list(po_dir, &names);
	for (i = 0; i < names.n; i++) {
		size_t len = strlen(names.v[i]);
		char *po;
		if (len < 4 || strcmp(names.v[i] + len - 3, ".po") ||
		    names.v[i][0] == '.')
			continue;
		po = xasprintf("%s/%s", po_dir, names.v[i]);
		if (merge(po, pot, &e))
			ret = cli_error(&e);
		else
			report(po);
		merged++;
		free(po);
	}
	if (!merged)
		printf("%s: no translations yet; make one to translate with\n"
		       "  audioguide add-language %s <lang>   (es, fr, "
		       "pt-BR ...)\n", po_dir, dir);
	strlist_release(&names);
	free(pot);
	free(po_dir);
	return ret;
}

int cmd_update_po(int argc, char **argv)
{
	struct cli c;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, 0, usage);
	for (i = 0; !ret && !c.done && i < c.guides.n; i++)
		if (update_one(c.guides.v[i], &c.paths))
			ret = EXIT_USER;
	cli_release(&c);
	return ret;
}
