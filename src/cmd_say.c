/* audioguide say: how a text will be spoken, for reviewing a word. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "err.h"
#include "guide.h"
#include "lexicon.h"
#include "mdinline.h"
#include "narration.h"
#include "profile.h"
#include "project.h"
#include "render.h"
#include "speech.h"
#include "strbuf.h"
#include "synth.h"
#include "utf8.h"
#include "xalloc.h"

static const char usage[] =
	"usage: audioguide say [--lang L] [--guide content/G] [--no-lexicon]\n"
	"                      [--ipa] [--wav FILE] TEXT...\n"
	"\n"
	"Prints TEXT as the language's voice will speak it: the text said\n"
	"(after Unicode NFC and the lexicons: installed, content/lexicon/ and,\n"
	"with --guide, the guide's), the phonemes eSpeak NG speaks (--ipa: in\n"
	"IPA), each lexicon entry applied with its file and line, and what the\n"
	"voice cannot say by its own rules (then it exits 1).  --lang defaults\n"
	"to the guide's source language, or en; --guide also uses its voice\n"
	"choices and rate.  --no-lexicon shows eSpeak NG alone.  --wav FILE\n"
	"writes the speech to a WAV file.\n";

struct say {
	struct cli *c;
	struct project_guide pg;
	struct project_lang pl;
	char *text;
	struct md_inline in;
	struct speech sp;
	struct narration nar;
};

/* The text to say: the arguments joined, valid, in NFC. */
static int read_text(struct say *s, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, bad;
	unsigned cp;

	for (i = 0; i < s->c->text.n; i++)
		strbuf_addf(&sb, "%s%s", i ? " " : "", s->c->text.v[i]);
	if (!sb.len) {
		strbuf_release(&sb);
		return err_set(e, "say: nothing to say; give the text");
	}
	if (!utf8_valid(sb.buf, sb.len, &bad) ||
	    utf8_find_unfit(sb.buf, sb.len, &cp) >= 0) {
		strbuf_release(&sb);
		return err_set(e, "say: the text is not valid UTF-8 or holds "
			       "control characters");
	}
	s->text = utf8_nfc(sb.buf, sb.len);
	strbuf_release(&sb);
	memset(&s->in, 0, sizeof(s->in));
	if (md_inline(s->text, &s->in))
		return err_set(e, "say: %s", s->in.why);
	return 0;
}

/* The guide (if any), the language, its voice. */
static int choose(struct say *s, struct err *e)
{
	const char *code;
	struct strlist none = { 0 };

	if (s->c->langs.n > 1)
		return err_set(e, "say: one --lang at a time");
	if (s->c->guide && project_guide_load(&s->pg, s->c->guide,
					      &s->c->paths, &none, e))
		return -1;
	if (!s->c->guide)
		s->pg.conf.pitch = -1;
	code = s->c->langs.n ? s->c->langs.v[0]
	       : s->c->guide ? s->pg.conf.source_language : "en";
	s->pl.code = xstrdup(code);
	s->pl.voice = project_voice_for(&s->pg.conf, code);
	s->pl.selected = 1;
	if (!synth_voice_exists(s->pl.voice))
		return err_set(e, "say: no eSpeak NG voice '%s' for %s (see "
			       "audioguide voices)", s->pl.voice, code);
	return 0;
}

/* Each piece not said as written: its class (a lexicon's entry, a
 * date, a name ...), what it became, and the rule that said so. */
static void print_uses(const struct speech *sp)
{
	size_t i;

	for (i = 0; i < sp->nuse; i++) {
		const struct speech_use *u = &sp->use[i];
		const char *said = sp->spoken.buf + u->said;
		size_t n = u->said_len;
		char cls[16];
		while (n && *said == ' ')	/* the spaces set around it */
			said++, n--;
		while (n && said[n - 1] == ' ')
			n--;
		if (u->ent) {
			printf("lexicon:  %s:%d: \"%.*s\" -> \"%.*s\"\n",
			       u->ent->file, u->ent->line,
			       (int)(u->to - u->from), sp->written + u->from,
			       (int)n, said);
			continue;
		}
		snprintf(cls, sizeof(cls), "%s:", u->cls);
		printf("%-9s \"%.*s\" -> \"%.*s\"", cls,
		       (int)(u->to - u->from), sp->written + u->from, (int)n,
		       said);
		if (u->file)
			printf(" (%s:%d)", u->file, u->line);
		printf("\n");
	}
}

/* What another voice says (a name), with its phonemes. */
static int print_runs(const struct say *s, struct err *e)
{
	struct strbuf ph = STRBUF_INIT;
	size_t i;

	for (i = 0; i < s->sp.nrun; i++) {
		const struct speech_run *r = &s->sp.run[i];
		char *text = xstrndup(s->sp.spoken.buf + r->from,
				      r->to - r->from);
		strbuf_reset(&ph);
		if (synth_set_voice(r->voice, 0, -1, e) ||
		    synth_trace(text, 0, s->c->ipa, &ph, e)) {
			free(text);
			strbuf_release(&ph);
			return -1;
		}
		printf("voice %s says \"%s\": %s\n", r->voice, text,
		       ph.buf ? ph.buf : "");
		free(text);
	}
	strbuf_release(&ph);
	return 0;
}

static int wav(struct say *s, struct err *e)
{
	struct render_chunk ch = { &s->sp, 0 };
	const struct profile *prof = profile_find("wav");
	char *paths[1] = { (char *)s->c->wav };
	struct enc_tags tags = { s->sp.written, NULL, s->pl.voice, NULL,
				 s->pl.code, "audioguide say" };
	struct render_job job = { s->pl.voice, s->pg.conf.rate,
				  s->pg.conf.pitch, &ch, 1, &prof, paths, 1,
				  &tags, { -20, -22 }, { -1, -3 } };
	struct render_result res;
	int ret = render_track(&job, &res, e);

	render_result_release(&res);
	if (!ret)
		printf("wav:      %s (%s)\n", s->c->wav, s->pl.voice);
	return ret;
}

static int say(struct say *s)
{
	struct strbuf ph = STRBUF_INIT;
	const char *file = NULL;
	char *why = NULL;
	struct translation none = { 0 };
	struct err e;
	int line = 0, ok;

	if (read_text(s, &e) || choose(s, &e) ||
	    narration_open(&s->nar, &s->pg, &s->pl, &none, &s->c->paths,
			   s->c->no_lexicon, NULL, &e) ||
	    narration_voice(&s->nar, &e))
		return cli_error(&e);
	if (narration_rules_missing(&s->nar, &e))
		fprintf(stderr, "audioguide: warning: %s\n", e.msg);
	speech_make(&s->sp, &s->in, NULL, &s->nar.cx);
	if (synth_trace(s->sp.spoken.buf, s->sp.phonemes, s->c->ipa, &ph, &e))
		return cli_error(&e);
	printf("text:     %s\nphonemes: %s\n", s->sp.spoken.buf,
	       ph.buf ? ph.buf : "");
	strbuf_release(&ph);
	print_uses(&s->sp);
	if (print_runs(s, &e) || narration_voice(&s->nar, &e))
		return cli_error(&e);
	ok = narration_check(&s->nar, &s->sp, &why, &file, &line);
	if (!ok) {
		if (file)
			printf("cannot say: %s:%d: %s\n", file, line, why);
		else
			printf("cannot say: %s\n", why);
		free(why);
	}
	if (s->c->wav && wav(s, &e))
		return cli_error(&e);
	return ok ? 0 : EXIT_USER;
}

int cmd_say(int argc, char **argv)
{
	struct cli c;
	struct say s;
	int ret;

	memset(&s, 0, sizeof(s));
	s.c = &c;
	ret = cli_parse(&c, argc, argv, OPT_LANG | OPT_GUIDE | OPT_NO_LEXICON |
			OPT_IPA | OPT_WAV | OPT_TEXT, usage);
	if (!ret && !c.done && !c.text.n)
		ret = cli_usage_error(usage, "give the text to say");
	else if (!ret && !c.done) {
		if (!c.no_lexicon)
			cli_warn_lexicons();
		ret = say(&s);
	}
	narration_release(&s.nar);
	speech_release(&s.sp);
	md_inline_release(&s.in);
	free(s.text);
	free(s.pl.code);
	free(s.pl.voice);
	if (c.guide)
		project_guide_release(&s.pg);
	narration_forget_lexicons();
	cli_release(&c);
	return ret;
}
