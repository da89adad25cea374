/*
 * synth: eSpeak NG in process: voices, synthesis into a sink, and
 * sentence timings from its events.
 */
#include "synth.h"

#include <espeak-ng/speak_lib.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "utf8.h"
#include "xalloc.h"

static int rate_hz;

/* State for the synth callback, which eSpeak NG gives no context of ours. */
static struct speak_state {
	synth_sink sink;
	void *user;
	long samples;
	int stopped;
	struct synth_sentence *sent;
	size_t n, alloc;
} *cur;

int synth_init(struct err *e)
{
	if (rate_hz > 0)
		return 0;
	rate_hz = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, NULL,
				    espeakINITIALIZE_DONT_EXIT);
	if (rate_hz <= 0)
		return err_set(e, "eSpeak NG could not start: is the "
			       "espeak-ng-data package installed?");
	return 0;
}

int synth_rate(void)
{
	return rate_hz;
}

const char *synth_version(void)
{
	return espeak_Info(NULL);
}

const char *synth_data_path(void)
{
	const char *path = NULL;

	espeak_Info(&path);
	return path;
}

int synth_voice_exists(const char *voice)
{
	struct err e;

	if (synth_init(&e))
		return 0;
	return espeak_SetVoiceByName(voice) == EE_OK;
}

int synth_set_voice(const char *voice, int rate, int pitch, struct err *e)
{
	if (synth_init(e))
		return -1;
	if (espeak_SetVoiceByName(voice) != EE_OK)
		return err_set(e, "eSpeak NG has no voice '%s' (see "
			       "audioguide voices)", voice);
	if (espeak_SetParameter(espeakRATE, rate ? rate : espeakRATE_NORMAL,
				0) != EE_OK ||
	    (pitch >= 0 && espeak_SetParameter(espeakPITCH, pitch, 0) != EE_OK))
		return err_set(e, "eSpeak NG rejected rate %d or pitch %d",
			       rate, pitch);
	return 0;
}

static void close_sentence(struct speak_state *st, long at)
{
	if (st->n && st->sent[st->n - 1].end < 0)
		st->sent[st->n - 1].end = at;
}

static void on_event(struct speak_state *st, const espeak_EVENT *ev)
{
	size_t pos = ev->text_position > 0 ? (size_t)ev->text_position - 1 : 0;

	if (ev->type == espeakEVENT_SENTENCE) {
		close_sentence(st, ev->sample);
		ALLOC_GROW(st->sent, st->n + 1, st->alloc);
		st->sent[st->n].first_char = pos;
		st->sent[st->n].end_char = pos;
		st->sent[st->n].start = ev->sample;
		st->sent[st->n].end = -1;
		st->n++;
	} else if (ev->type == espeakEVENT_END && st->n) {
		/* End of a sentence or clause: the text read so far. */
		if (pos > st->sent[st->n - 1].end_char)
			st->sent[st->n - 1].end_char = pos;
	}
}

static int callback(short *wav, int numsamples, espeak_EVENT *events)
{
	struct speak_state *st = cur;
	const espeak_EVENT *ev;

	if (!st || st->stopped)
		return 1;
	for (ev = events; ev && ev->type != espeakEVENT_LIST_TERMINATED; ev++)
		on_event(st, ev);
	if (wav && numsamples > 0) {
		if (st->sink(st->user, wav, (size_t)numsamples)) {
			st->stopped = 1;
			return 1;
		}
		st->samples += numsamples;
	}
	return 0;
}

int synth_speak(const char *text, synth_sink sink, void *user,
		struct synth_sentence **sent, size_t *nsent, struct err *e)
{
	struct speak_state st = { sink, user, 0, 0, NULL, 0, 0 };
	espeak_ERROR r;
	size_t i, nchars = utf8_len(text, strlen(text));

	if (synth_init(e))
		return -1;
	espeak_SetSynthCallback(callback);
	cur = &st;
	/* espeakCHARS_UTF8 without espeakSSML or espeakPHONEMES: plain text. */
	r = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
			 espeakCHARS_UTF8, NULL, NULL);
	cur = NULL;
	if (r != EE_OK || st.stopped) {
		free(st.sent);
		if (st.stopped)
			return -1;	/* the sink recorded why */
		return err_set(e, "eSpeak NG failed to speak (error %d)", r);
	}
	close_sentence(&st, st.samples);
	for (i = 0; i < st.n; i++) {
		/* A sentence runs to where the next one starts. */
		size_t end = i + 1 < st.n ? st.sent[i + 1].first_char : nchars;
		st.sent[i].end_char = end > st.sent[i].first_char ? end
				      : st.sent[i].first_char;
	}
	*sent = st.sent;
	*nsent = st.n;
	return 0;
}

void synth_terminate(void)
{
	if (rate_hz > 0)
		espeak_Terminate();
	rate_hz = 0;
}
