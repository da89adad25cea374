/*
 * The bare cost of audioguide's stages, for `make bench`: eSpeak NG
 * synthesis alone and the encoders alone, on the texts a build spoke
 * (read from its manifest).  Uses the libraries directly, not audioguide.
 *
 * usage: stages MANIFEST.json PROFILE...   (profiles: mp3 flac opus ulaw)
 * prints: synthesis_cpu_seconds encoders_cpu_seconds audio_seconds
 */
#include <espeak-ng/speak_lib.h>
#include <jansson.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static short *pcm;
static size_t npcm, cap;

static int on_audio(short *wav, int n, espeak_EVENT *ev)
{
	(void)ev;
	if (n <= 0)
		return 0;
	if (npcm + (size_t)n > cap) {
		cap = (npcm + (size_t)n) * 2;
		pcm = realloc(pcm, cap * sizeof(*pcm));
		if (!pcm)
			abort();
	}
	memcpy(pcm + npcm, wav, (size_t)n * sizeof(*pcm));
	npcm += (size_t)n;
	return 0;
}

static double cpu(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static int format_of(const char *p, int *rate)
{
	*rate = 22050;
	if (!strcmp(p, "mp3"))
		return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
	if (!strcmp(p, "flac"))
		return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
	*rate = 48000;
	if (!strcmp(p, "opus"))
		return SF_FORMAT_OGG | SF_FORMAT_OPUS;
	*rate = 8000;
	if (!strcmp(p, "ulaw"))
		return SF_FORMAT_RAW | SF_FORMAT_ULAW;
	fprintf(stderr, "stages: unknown profile %s\n", p);
	exit(2);
}

/* Encode the track's samples (at the profile's rate, by decimation). */
static void encode(const char *profile)
{
	char path[] = "/tmp/audioguide-stagesXXXXXX";
	SF_INFO info = { 0 };
	SNDFILE *sf;
	float buf[4096];
	size_t o, out_n, n = 0;
	int rate, fd = mkstemp(path);

	info.format = format_of(profile, &rate);
	info.samplerate = rate;
	info.channels = 1;
	sf = fd < 0 ? NULL : sf_open_fd(fd, SFM_WRITE, &info, 1);
	unlink(path);
	if (!sf)
		exit(1);
	out_n = (size_t)((double)npcm * rate / 22050);
	for (o = 0; o < out_n; o++) {
		buf[n++] = pcm[(size_t)((double)o * 22050 / rate)] / 32768.0f;
		if (n == 4096) {
			sf_write_float(sf, buf, (sf_count_t)n);
			n = 0;
		}
	}
	sf_write_float(sf, buf, (sf_count_t)n);
	sf_close(sf);
}

int main(int argc, char **argv)
{
	json_error_t jerr;
	json_t *m = argc > 2 ? json_load_file(argv[1], 0, &jerr) : NULL;
	json_t *lang, *track, *chunk;
	size_t i, j, k;
	double synth = 0, enc = 0, audio = 0;
	int p;

	if (!m) {
		fprintf(stderr, "usage: stages MANIFEST PROFILE...\n");
		return 2;
	}
	if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, NULL,
			      espeakINITIALIZE_DONT_EXIT) <= 0)
		return 1;
	espeak_SetSynthCallback(on_audio);
	json_array_foreach(json_object_get(m, "languages"), i, lang) {
		espeak_SetVoiceByName(json_string_value(
			json_object_get(lang, "voice")));
		json_array_foreach(json_object_get(lang, "tracks"), j, track) {
			double t0 = cpu();
			npcm = 0;
			json_array_foreach(json_object_get(track, "text"), k, chunk) {
				const char *s = json_string_value(chunk);
				espeak_Synth(s, strlen(s) + 1, 0, POS_CHARACTER, 0,
					     espeakCHARS_UTF8, NULL, NULL);
			}
			synth += cpu() - t0;
			audio += npcm / 22050.0;
			t0 = cpu();
			for (p = 2; p < argc; p++)
				encode(argv[p]);
			enc += cpu() - t0;
		}
	}
	printf("%.3f %.3f %.1f\n", synth, enc, audio);
	json_decref(m);
	return 0;
}
