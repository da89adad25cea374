/* audioguide status: translation state per guide, language and section. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "err.h"
#include "narration.h"
#include "synth.h"
#include "translation.h"
#include "version.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide status [content/<guide>...] [--lang L,...] [--json]\n"
	"                         [--strict] [--po DIR]\n"
	"\n"
	"Counts translated, fuzzy and untranslated entries per language and\n"
	"says which sections are complete (every entry translated, none\n"
	"fuzzy, all of it said by the language's voice by its own rules,\n"
	"lexicons applied, its text checked against the source).  The first\n"
	"line counts the sections not ready; the exit status is then 3 (4 when\n"
	"one of them is essential in guide.conf).  (--strict, which asked for\n"
	"that before, is still accepted.)\n";

struct status_run {
	struct cli *c;
	json_t *guides;		/* --json output */
	FILE *out;		/* the report, printed after its summary */
	char *buf;
	size_t len;
	int errors;
	size_t not_ready;	/* sections not ready, in all languages */
	size_t langs;		/* languages with any not ready */
	size_t essential;	/* of not_ready, essential in guide.conf */
};

static void print_problems(FILE *out, const struct translation *t,
			   const char *src)
{
	size_t i, j;

	for (i = 0; i < t->g->nsec; i++) {
		const struct tr_section *ts = &t->sec[i];
		for (j = 0; j < ts->nprob; j++) {
			const struct tr_problem *p = &ts->prob[j];
			const char *file = tr_problem_file(t, p);
			if (p->po_line)
				fprintf(out, "      %s:%d: %s (source %s:%d)\n",
					file, p->po_line, tr_problem_name(p),
					src, p->src_line);
			else
				fprintf(out, "      %s: %s:%d has %s\n", file,
					src, p->src_line, tr_problem_name(p));
		}
	}
}

static void print_lang(FILE *out, const struct translation *t,
		       const struct project_lang *l, int width)
{
	const struct guide *g = t->g;
	size_t i, done = translation_complete(t);

	fprintf(out, "  %-6s %-15s %3zu translated, %zu fuzzy, %zu "
		"untranslated; %zu/%zu sections complete\n", l->code,
		l->voice, t->translated, t->fuzzy, t->untranslated, done,
		g->nsec);
	if (done < g->nsec) {
		fprintf(out, "    incomplete:");
		for (i = 0; i < g->nsec; i++)
			if (!t->sec[i].complete)
				fprintf(out, " %0*d-%s", width, g->sec[i].num,
					g->sec[i].id);
		fprintf(out, "\n");
		print_problems(out, t, g->path);
	}
	if (t->unused)
		fprintf(out, "    %s:%d: %zu entr%s not in the guide (run "
			"audioguide update-po to mark them obsolete)\n",
			t->po_path, t->first_unused_line, t->unused,
			t->unused == 1 ? "y is" : "ies are");
}

/* Count what is not ready in a language: all of it when it cannot be
 * built at all (t NULL). */
static void count(struct status_run *run, const struct project_guide *pg,
		  const struct translation *t)
{
	size_t i, n = 0;

	for (i = 0; i < pg->g.nsec; i++) {
		if (t && t->sec[i].complete)
			continue;
		n++;
		if (strlist_has(&pg->conf.essential, pg->g.sec[i].id))
			run->essential++;
	}
	run->not_ready += n;
	run->langs += n > 0;
}

static json_t *lang_json(const struct translation *t,
			 const struct project_lang *l)
{
	json_t *secs = json_array();
	size_t i, j;

	for (i = 0; i < t->g->nsec; i++) {
		const struct tr_section *ts = &t->sec[i];
		json_t *probs = json_array();
		for (j = 0; j < ts->nprob; j++)
			json_array_append_new(probs, json_pack(
				"{s:s, s:s, s:i, s:i, s:s}", "kind",
				tr_problem_key(ts->prob[j].kind), "file",
				tr_problem_file(t, &ts->prob[j]), "po_line",
				ts->prob[j].po_line, "source_line",
				ts->prob[j].src_line, "message",
				tr_problem_name(&ts->prob[j])));
		json_array_append_new(secs, json_pack(
			"{s:s, s:i, s:b, s:o}", "id", t->g->sec[i].id,
			"number", t->g->sec[i].num, "complete", ts->complete,
			"problems", probs));
	}
	return json_pack("{s:s, s:s?, s:s, s:b, s:I, s:I, s:I, s:I, s:I, "
			 "s:b, s:o}", "code", l->code, "po", l->po_path,
			 "voice", l->voice, "voice_installed",
			 synth_voice_exists(l->voice), "translated",
			 (json_int_t)t->translated, "fuzzy",
			 (json_int_t)t->fuzzy, "untranslated",
			 (json_int_t)t->untranslated, "obsolete",
			 (json_int_t)t->obsolete, "unused",
			 (json_int_t)t->unused, "complete",
			 translation_complete(t) == t->g->nsec,
			 "sections", secs);
}

static void status_lang(struct status_run *run, const struct project_guide *pg,
			const struct project_lang *l, json_t *langs)
{
	struct translation t;
	struct narration nar;
	struct err e;

	if (project_check_voice(pg, l, 0, &e)) {
		cli_error(&e);
		run->errors++;
		count(run, pg, NULL);
		if (run->c->json)
			json_array_append_new(langs, json_pack(
				"{s:s, s:s?, s:s, s:b, s:s}", "code", l->code,
				"po", l->po_path, "voice", l->voice,
				"complete", 0, "error", e.msg));
		else
			fprintf(run->out, "  %-6s %-15s cannot be built: its "
				"voice cannot be used (see the message above)"
				"\n", l->code, l->voice);
		return;
	}
	if (translation_load(&t, &pg->g, l->code, l->po_path, &e)) {
		cli_error(&e);
		run->errors++;
		translation_release(&t);
		return;
	}
	/* What its voice cannot say counts as the build counts it. */
	if (narration_open(&nar, pg, l, &t, &run->c->paths, 0, NULL, &e)) {
		cli_error(&e);
		run->errors++;
	} else {
		narration_speak(&nar);
	}
	narration_release(&nar);
	count(run, pg, &t);
	if (run->c->json)
		json_array_append_new(langs, lang_json(&t, l));
	else
		print_lang(run->out, &t, l, guide_num_width(&pg->g));
	translation_release(&t);
}

static void status_guide(struct status_run *run, const char *dir)
{
	struct project_guide pg;
	struct err e;
	json_t *langs = json_array();
	size_t i;

	if (project_guide_load(&pg, dir, &run->c->paths, &run->c->langs, &e)) {
		cli_error(&e);
		run->errors++;
		goto done;
	}
	if (!run->c->json)
		fprintf(run->out, "%s: %s (title + %zu section%s)\n",
			pg.g.id, guide_heading(&pg.g.sec[0]), pg.g.nsec - 1,
			pg.g.nsec == 2 ? "" : "s");
	for (i = 0; i < pg.nlang; i++)
		if (pg.lang[i].selected)
			status_lang(run, &pg, &pg.lang[i], langs);
	if (run->c->json)
		json_array_append_new(run->guides, json_pack(
			"{s:s, s:s, s:s, s:I, s:O}", "id", pg.g.id, "title",
			guide_heading(&pg.g.sec[0]), "source_language",
			pg.conf.source_language, "sections",
			(json_int_t)pg.g.nsec, "languages", langs));
done:
	json_decref(langs);
	project_guide_release(&pg);
}

/* The first line: how much is not ready, where. */
static void summary(const struct status_run *run)
{
	if (!run->not_ready) {
		printf("status: every section ready in every language\n");
		return;
	}
	printf("status: %zu section%s not ready in %zu language%s",
	       run->not_ready, run->not_ready == 1 ? "" : "s", run->langs,
	       run->langs == 1 ? "" : "s");
	if (run->essential)
		printf(" (%zu essential)", run->essential);
	printf("\n");
}

int cmd_status(int argc, char **argv)
{
	struct cli c;
	struct status_run run = { 0 };
	struct err e;
	size_t i;
	int ret;

	ret = cli_parse(&c, argc, argv, OPT_LANG | OPT_JSON | OPT_STRICT, usage);
	if (ret || c.done) {
		cli_release(&c);
		return ret;
	}
	run.c = &c;
	run.guides = json_array();
	run.out = open_memstream(&run.buf, &run.len);
	if (!run.out)
		xalloc_die();
	if (project_orphans(&c.paths, &e)) {
		cli_error(&e);
		run.errors++;
	}
	for (i = 0; i < c.guides.n; i++)
		status_guide(&run, c.guides.v[i]);
	fclose(run.out);
	if (c.json) {
		json_t *root = json_pack("{s:s, s:I, s:I, s:I, s:o}",
					 "audioguide", AUDIOGUIDE_VERSION,
					 "not_ready", (json_int_t)run.not_ready,
					 "languages_not_ready",
					 (json_int_t)run.langs, "essential_not_ready",
					 (json_int_t)run.essential, "guides",
					 run.guides);
		json_dumpf(root, stdout, JSON_INDENT(2) | JSON_ENSURE_ASCII);
		putchar('\n');
		json_decref(root);
	} else {
		summary(&run);
		fwrite(run.buf, 1, run.len, stdout);
		json_decref(run.guides);
	}
	free(run.buf);
	ret = run.errors ? EXIT_USER : run.essential ? EXIT_ESSENTIAL
	      : run.not_ready ? EXIT_INCOMPLETE : 0;
	narration_forget_lexicons();
	cli_release(&c);
	return ret;
}
