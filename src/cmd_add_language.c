/* audioguide add-language: a new catalog for a guide, offline. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "commands.h"
#include "err.h"
#include "lang.h"
#include "project.h"
#include "synth.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide add-language content/<guide> <lang> [--po DIR]\n"
	"\n"
	"Writes the guide's template (as extract does) and from it\n"
	"po/<guide>/<lang>.po: every entry to translate, the header filled in\n"
	"(Language, Plural-Forms, UTF-8) and marked as a draft awaiting\n"
	"clinical review.  It asks nothing and needs no network (unlike\n"
	"msginit).  <lang> is a gettext code (es, pt_BR) or a BCP 47 tag\n"
	"(pt-BR, zh-CN).  A language that has its catalog is left as it is:\n"
	"update-po merges a new template into it.\n";

/* What to say about the language's voice and guide.conf's list. */
static void notes(const struct guide_conf *conf, const char *dir,
		  const char *code)
{
	char *voice = project_voice_for(conf, code);

	if (!synth_voice_exists(voice))
		printf("note: eSpeak NG has no voice '%s' for %s; choose one "
		       "under [voices] in %s/guide.conf (audioguide voices "
		       "lists them)\n", voice, code, dir);
	if (conf->languages.n && !strlist_has(&conf->languages, code))
		printf("note: %s:%d: languages = does not list %s; add it "
		       "there to build it\n", conf->path,
		       conf->languages_line, code);
	free(voice);
}

int cmd_add_language(int argc, char **argv)
{
	struct cli c;
	struct guide_conf conf;
	struct catalog_lang lang;
	const struct lang_info *info;
	char code[64], *po = NULL, *name = NULL, *dir;
	struct err e;
	int ret;

	ret = cli_parse(&c, argc, argv, OPT_TEXT, usage);
	if (ret || c.done) {
		cli_release(&c);
		return ret;
	}
	if (c.text.n != 2) {
		cli_release(&c);
		return cli_usage_error(usage, "name a guide folder and a "
				       "language, like content/eye-drops es");
	}
	if (lang_normalize(c.text.v[1], code, sizeof(code))) {
		ret = cli_usage_error(usage, "%s: not a language code (like "
				      "es, pt_BR or pt-BR)", c.text.v[1]);
		cli_release(&c);
		return ret;
	}
	dir = c.text.v[0];
	memset(&conf, 0, sizeof(conf));
	if (conf_load(&conf, dir, &e)) {
		ret = cli_error(&e);
		goto done;
	}
	if (!strcmp(code, conf.source_language)) {
		fprintf(stderr, "audioguide: %s: %s is the language the guide "
			"is written in (source_language); it needs no "
			"catalog\n", c.text.v[0], code);
		ret = EXIT_USER;
		goto done;
	}
	info = lang_find(code);
	name = info ? xstrdup(info->name) : xstrdup(code);
	lang.code = code;
	lang.name = name;
	lang.plural = lang_plural_forms(code);
	if (project_add_language(dir, &c.paths, &lang, &po, &e)) {
		ret = cli_error(&e);
		goto done;
	}
	printf("%s: %s, to translate (a draft until a clinician has checked "
	       "it)\n", po, name);
	notes(&conf, dir, code);
	printf("next: translate each msgstr (any PO editor: Poedit, Lokalize, "
	       "Weblate), then\n  audioguide status %s\n  audioguide build "
	       "%s\n", dir, dir);
done:
	conf_release(&conf);
	free(po);
	free(name);
	cli_release(&c);
	return ret;
}
