/* audioguide lexicon check: every lexicon valid, and what each entry does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "err.h"
#include "narration.h"
#include "project.h"
#include "strbuf.h"
#include "strlist.h"
#include "synth.h"
#include "translation.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide lexicon check [content/<guide>...] [--lang L,...]\n"
	"                                [--ipa]\n"
	"\n"
	"Reads every lexicon the guides' languages use (installed, in\n"
	"content/lexicon/ and in each guide's lexicon/) and checks each\n"
	"entry with the language's voice: XML, alphabet, duplicates,\n"
	"patterns, phonemes eSpeak NG would not speak as written, aliases it\n"
	"would not read by its own rules.  Then lists, per entry, where it\n"
	"is said in the guides, with the phonemes eSpeak NG speaks without\n"
	"it and with it (--ipa: in IPA), and the entries that match nothing.\n"
	"Exits 1 when a lexicon has an error.\n";

/* Where one entry is said: lines ready to print. */
struct entry_rec {
	char *file;
	int line;
	char *grapheme;
	char *says;		/* alias or [[phonemes]] */
	int replaced;		/* by a later file, in every use seen */
	size_t used;
	struct strlist where;
};

struct check_run {
	struct cli *c;
	struct entry_rec *rec;
	size_t n, alloc;
	struct strlist files;	/* lexicon files read, in order seen */
	int errors;
};

#define MAX_WHERE 5	/* occurrences shown per entry */

static struct entry_rec *rec_for(struct check_run *run,
				 const struct lexicon_entry *ent)
{
	struct entry_rec *r;
	size_t i;

	for (i = 0; i < run->n; i++) {
		r = &run->rec[i];
		if (r->line == ent->line && !strcmp(r->file, ent->file) &&
		    !strcmp(r->grapheme, ent->grapheme)) {
			r->replaced &= ent->replaced;
			return r;
		}
	}
	ALLOC_GROW(run->rec, run->n + 1, run->alloc);
	r = &run->rec[run->n++];
	memset(r, 0, sizeof(*r));
	r->file = xstrdup(ent->file);
	r->line = ent->line;
	r->grapheme = xstrdup(ent->grapheme);
	r->says = ent->lx->phoneme ? xasprintf("[[%s]]", ent->lx->phoneme)
		  : xstrdup(ent->lx->alias);
	r->replaced = ent->replaced;
	if (!strlist_has(&run->files, ent->file))
		strlist_push(&run->files, ent->file);
	return r;
}

static char *phonemes_of(struct check_run *run, const char *text, size_t n,
			 int phonemes)
{
	struct strbuf sb = STRBUF_INIT;
	char *t = xstrndup(text, n);
	struct err e;

	if (synth_trace(t, phonemes, run->c->ipa, &sb, &e))
		strbuf_addf(&sb, "(%s)", e.msg);
	free(t);
	strbuf_grow(&sb, 0);
	return strbuf_detach(&sb);
}

/* Record each entry a chunk's speech used, with before and after. */
static void note_uses(struct check_run *run, const struct speech *sp,
		      const char *where)
{
	size_t i;

	for (i = 0; i < sp->nuse; i++) {
		const struct speech_use *u = &sp->use[i];
		struct entry_rec *r;
		char *before, *after, *line;
		if (!u->ent)
			continue;	/* a class of the rules, not an entry */
		r = rec_for(run, u->ent);
		if (r->used++ >= MAX_WHERE)
			continue;
		before = phonemes_of(run, sp->written + u->from,
				     u->to - u->from, 0);
		after = phonemes_of(run, sp->spoken.buf + u->said,
				    u->said_len, sp->phonemes);
		line = xasprintf("%s: \"%.*s\"  %s  ->  %s", where,
				 (int)(u->to - u->from), sp->written + u->from,
				 before, after);
		strlist_push(&r->where, line);
		free(line);
		free(before);
		free(after);
	}
}

/* Check every entry of a language's lexicons with its voice. */
static void check_entries(struct check_run *run, struct narration *nar)
{
	size_t i;

	for (i = 0; i < nar->lex->n; i++) {
		struct lexicon_entry *ent = &nar->lex->ent[i];
		char *why = narration_entry_fails(nar, ent);
		rec_for(run, ent);
		if (!why)
			continue;
		fprintf(stderr, "audioguide: %s:%d: %s\n", ent->file,
			ent->line, why);
		free(why);
		run->errors++;
	}
}

static void check_lang(struct check_run *run, const struct project_guide *pg,
		       const struct project_lang *pl)
{
	struct translation tr;
	struct narration nar;
	struct err e;
	size_t i, j;

	if (translation_load(&tr, &pg->g, pl->code, pl->po_path, &e)) {
		cli_error(&e);
		run->errors++;
		translation_release(&tr);
		return;
	}
	if (narration_open(&nar, pg, pl, &tr, &run->c->paths, 0, NULL, &e) ||
	    narration_voice(&nar, &e)) {
		cli_error(&e);
		run->errors++;
		narration_release(&nar);
		translation_release(&tr);
		return;
	}
	check_entries(run, &nar);
	narration_speak(&nar);
	for (i = 0; i < pg->g.nsec; i++) {
		struct said *sd = nar.said[i];
		for (j = 0; sd && !sd->notice && j < sd->nchunk; j++) {
			char *where = xasprintf("%s %s %s:%d", pg->g.id,
						pl->code, pg->g.path,
						pg->g.sec[i].chunk[j].line);
			note_uses(run, &sd->speech[j], where);
			free(where);
		}
	}
	narration_release(&nar);
	translation_release(&tr);
}

static void print_file(struct check_run *run, const char *file)
{
	struct strbuf none = STRBUF_INIT;
	size_t i, j, n = 0, unused = 0;

	for (i = 0; i < run->n; i++)
		n += !strcmp(run->rec[i].file, file);
	printf("%s: %zu entr%s\n", file, n, n == 1 ? "y" : "ies");
	for (i = 0; i < run->n; i++) {
		struct entry_rec *r = &run->rec[i];
		if (strcmp(r->file, file))
			continue;
		if (!r->used) {
			strbuf_addf(&none, "    line %d: \"%s\"%s\n",
				    r->line, r->grapheme,
				    r->replaced ? " (replaced by a later "
				    "lexicon)" : "");
			unused++;
			continue;
		}
		printf("  line %d: \"%s\" -> \"%s\": said %zu time%s\n",
		       r->line, r->grapheme, r->says, r->used,
		       r->used == 1 ? "" : "s");
		for (j = 0; j < r->where.n; j++)
			printf("    %s\n", r->where.v[j]);
		if (r->used > r->where.n)
			printf("    ... and %zu more\n", r->used - r->where.n);
	}
	if (unused)
		printf("  matching nothing in these guides (%zu):\n%s", unused,
		       none.buf);
	strbuf_release(&none);
}

static int check(struct check_run *run)
{
	size_t i, k;

	for (i = 0; i < run->c->guides.n; i++) {
		struct project_guide pg;
		struct err e;
		if (project_guide_load(&pg, run->c->guides.v[i],
				       &run->c->paths, &run->c->langs, &e)) {
			cli_error(&e);
			run->errors++;
			continue;
		}
		for (k = 0; k < pg.nlang; k++) {
			struct err ve;
			if (!pg.lang[k].selected)
				continue;
			if (project_check_voice(&pg, &pg.lang[k], 0, &ve)) {
				cli_error(&ve);
				run->errors++;
				continue;
			}
			check_lang(run, &pg, &pg.lang[k]);
		}
		project_guide_release(&pg);
	}
	for (i = 0; i < run->files.n; i++)
		print_file(run, run->files.v[i]);
	if (!run->files.n)
		printf("no lexicons for these guides' languages\n");
	if (run->errors)
		fprintf(stderr, "audioguide: lexicon check: %d error%s\n",
			run->errors, run->errors == 1 ? "" : "s");
	return run->errors ? EXIT_USER : 0;
}

int cmd_lexicon(int argc, char **argv)
{
	struct cli c;
	struct check_run run;
	size_t i;
	int ret;

	if (argc < 2 || strcmp(argv[1], "check")) {
		if (argc >= 2 && (!strcmp(argv[1], "--help") ||
				  !strcmp(argv[1], "-h"))) {
			fputs(usage, stdout);
			return 0;
		}
		if (argc < 2)
			return cli_usage_error(usage, "say what to do: "
					       "audioguide lexicon check");
		return cli_usage_error(usage, "unknown action '%s'", argv[1]);
	}
	memset(&run, 0, sizeof(run));
	run.c = &c;
	ret = cli_parse(&c, argc - 1, argv + 1, OPT_LANG | OPT_IPA, usage);
	if (!ret && !c.done) {
		cli_warn_lexicons();
		ret = check(&run);
	}
	for (i = 0; i < run.n; i++) {
		free(run.rec[i].file);
		free(run.rec[i].grapheme);
		free(run.rec[i].says);
		strlist_release(&run.rec[i].where);
	}
	free(run.rec);
	strlist_release(&run.files);
	narration_forget_lexicons();
	cli_release(&c);
	synth_terminate();
	return ret;
}
