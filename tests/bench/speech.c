/*
 * The cost of saying a guide right, for `make bench`: per language, the
 * speech of every chunk made without a lexicon, made with the language's
 * lexicons, made with its lexicons, rules and the guide's names (the
 * normalisation of numbers, dates, acronyms ...), and checked with
 * eSpeak NG (narration_check), as a build does it.  Uses audioguide's
 * library.
 *
 * usage: bench_speech content/<guide>
 * prints: plain_cpu_seconds lexicon_cpu_seconds rules_cpu_seconds
 *         check_cpu_seconds chunks
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "narration.h"
#include "project.h"
#include "speech.h"
#include "synth.h"
#include "translation.h"

static double cpu(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct project_paths paths = { "content", "po", "out" };
	struct strlist all = { 0 };
	struct project_guide pg;
	double plain = 0, lex = 0, rules = 0, check = 0, t;
	size_t k, i, j, chunks = 0;
	struct err e;

	if (argc != 2 || project_guide_load(&pg, argv[1], &paths, &all, &e)) {
		fprintf(stderr, "usage: bench_speech content/<guide>%s%s\n",
			argc == 2 ? ": " : "", argc == 2 ? e.msg : "");
		return 2;
	}
	for (k = 0; k < pg.nlang; k++) {
		struct translation tr;
		struct narration nar;
		if (translation_load(&tr, &pg.g, pg.lang[k].code,
				     pg.lang[k].po_path, &e) ||
		    narration_open(&nar, &pg, &pg.lang[k], &tr, &paths, 0, NULL,
				   &e)) {
			fprintf(stderr, "bench_speech: %s\n", e.msg);
			return 1;
		}
		for (i = 0; i < pg.g.nsec; i++) {
			for (j = 0; j < pg.g.sec[i].nchunk; j++) {
				struct speech sp;
				char *why = NULL;
				const char *file;
				int line;
				t = cpu();
				speech_make(&sp, &tr.sec[i].chunk[j], NULL, NULL);
				speech_release(&sp);
				plain += cpu() - t;
				struct speech_ctx lx = { nar.lex, NULL };
				t = cpu();
				speech_make(&sp, &tr.sec[i].chunk[j], NULL,
					    &lx);
				lex += cpu() - t;
				speech_release(&sp);
				t = cpu();
				speech_make(&sp, &tr.sec[i].chunk[j], NULL,
					    &nar.cx);
				rules += cpu() - t;
				t = cpu();
				if (!narration_check(&nar, &sp, &why, &file,
						     &line))
					fprintf(stderr, "bench_speech: %s: %s\n",
						pg.lang[k].code, why);
				check += cpu() - t;
				free(why);
				speech_release(&sp);
				chunks++;
			}
		}
		narration_release(&nar);
		translation_release(&tr);
	}
	printf("%.3f %.3f %.3f %.3f %zu\n", plain, lex, rules, check,
	       chunks);
	project_guide_release(&pg);
	narration_forget_lexicons();
	synth_terminate();
	return 0;
}
