/* audioguide new: a guide folder to start from. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "afile.h"
#include "cli.h"
#include "commands.h"
#include "err.h"
#include "fs.h"
#include "guide.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide new content/<guide>\n"
	"\n"
	"Makes the folder with an example guide.md to write over (a title,\n"
	"sections, a list, a phone number and a link, each saying how it is\n"
	"read) and a commented guide.conf: English, said by eSpeak NG's\n"
	"American voice (en-us; the comment says how to choose en-gb), and\n"
	"commented examples of the other keys.  Asks nothing; refuses a\n"
	"folder that has a guide.md or guide.conf.  Then it says what to do\n"
	"next.  (A bare name is a folder of content/.)\n";

static const char example_md[] =
	"# Your Guide's Title\n"
	"\n"
	"One or two sentences under the title say who the guide is for. They "
	"are read after the title, before the first section.\n"
	"\n"
	"## First Section\n"
	"\n"
	"Each heading that starts with two hash signs begins a section: a "
	"track of its own, a chapter in the talking books and a key in the "
	"phone menu.\n"
	"\n"
	"Write as you would speak to a patient. Numbers are read as they are "
	"meant: take 2 tablets every 4-6 hours, and no more than 8 in 24 "
	"hours.\n"
	"\n"
	"## When to Get Help\n"
	"\n"
	"If you are worried, call the clinic on "
	"[0161 496 0000](tel:+441614960000). In an emergency, call 999.\n"
	"\n"
	"## More Information\n"
	"\n"
	"- Each item of a list is read as a sentence of its own.\n"
	"- A link is read as its text: "
	"[the clinic's website](https://example.org/clinic).\n";

static const char example_conf[] =
	"; The settings of this guide (README: \"guide.conf\").  A line that\n"
	"; starts with \";\" is a comment.\n"
	"\n"
	"; The language guide.md is written in.\n"
	"source_language = en\n"
	"\n"
	"; The languages to build.  Without this line: the source language\n"
	"; and every po/<guide>/<lang>.po (audioguide add-language makes one).\n"
	";languages = en, es, fr\n"
	"\n"
	"; Sections that must reach every patient, by id (audioguide status\n"
	"; lists the ids), and the number to call, said in every language\n"
	"; where a section is not yet translated.  A build with an essential\n"
	"; section missing in a language exits 4.\n"
	";essential = when-to-get-help\n"
	";contact = 0161 496 0000\n"
	"\n"
	"; The eSpeak NG voice of each language.  English is said by the\n"
	"; American voice, en-us; for British English (a UK hospital) write\n"
	"; en = en-gb.  audioguide voices lists the voices installed.  Every\n"
	"; line below [voices] belongs to it: keep other settings above.\n"
	"[voices]\n"
	"en = en-us\n";

/* 0 when dir has no name, else -1 with e saying so. */
static int absent(const char *dir, const char *name, struct err *e)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct stat st;
	int ret = 0;

	if (lstat(path, &st) == 0)
		ret = err_at(e, path, 0, "it is there already; new makes a "
			     "guide in a folder of its own");
	free(path);
	return ret;
}

static int write_new(const char *dir, const char *name, const char *text,
		     struct err *e)
{
	char *path = xasprintf("%s/%s", dir, name);
	int ret = afile_write_if_changed(path, text, strlen(text), e);

	free(path);
	return ret < 0 ? -1 : 0;
}

int cmd_new(int argc, char **argv)
{
	struct cli c;
	struct err e;
	char *dir;
	const char *id;
	size_t n;
	int ret;

	ret = cli_parse(&c, argc, argv, OPT_TEXT, usage);
	if (ret || c.done) {
		cli_release(&c);
		return ret;
	}
	if (c.text.n != 1) {
		cli_release(&c);
		return cli_usage_error(usage, "name one guide folder, like "
				       "content/eye-drops");
	}
	dir = strchr(c.text.v[0], '/') ? xstrdup(c.text.v[0])
	      : xasprintf("%s/%s", c.paths.content, c.text.v[0]);
	for (n = strlen(dir); n > 1 && dir[n - 1] == '/'; )
		dir[--n] = '\0';
	id = fs_path_base(dir);
	if (!guide_id_valid(id) || strlen(id) > GUIDE_ID_MAX) {
		ret = cli_usage_error(usage, "%s: a guide folder's name is its "
				      "id: at most %d letters, digits, '-', "
				      "'_' and '.', not starting with '.'",
				      dir, GUIDE_ID_MAX);
	} else if (absent(dir, "guide.md", &e) ||
		   absent(dir, "guide.conf", &e) || fs_mkdirs(dir, &e) ||
		   write_new(dir, "guide.conf", example_conf, &e) ||
		   write_new(dir, "guide.md", example_md, &e)) {
		ret = cli_error(&e);
	} else {
		printf("%s/guide.md: an example guide: write yours over it\n"
		       "%s/guide.conf: its settings (English, voice en-us), "
		       "with comments\n"
		       "next:\n"
		       "  audioguide add-language %s es   # a Spanish "
		       "catalog to translate\n"
		       "  audioguide build %s             # the tracks, in "
		       "%s/%s/\n", dir, dir, dir, dir, c.paths.out, id);
	}
	free(dir);
	cli_release(&c);
	return ret;
}
