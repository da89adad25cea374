/*
 * espeak_state: eSpeak NG 1.51 speaks the same text differently the
 * second time in one process.  Speaks a sentence N times (default 3),
 * each after srand(1), espeak_Cancel() and setting the voice again, and
 * prints each utterance's sample count and a hash of its samples; then
 * the same in a fresh child process.  The first line and the child's
 * agree; the others differ.  See README, "Parallel".
 *
 * cc -O2 -o espeak_state tests/bench/espeak_state.c -lespeak-ng
 * ./espeak_state [VOICE [TEXT [N]]]
 */
#include <espeak-ng/speak_lib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t hash;
static long samples;

static int collect(short *wav, int n, espeak_EVENT *ev)
{
	int i;

	(void)ev;
	for (i = 0; wav && i < n; i++)	/* FNV-1a over the samples */
		hash = (hash ^ (uint16_t)wav[i]) * 0x100000001b3ULL;
	samples += n > 0 ? n : 0;
	return 0;
}

static void say(const char *voice, const char *text, const char *who, int k)
{
	hash = 0xcbf29ce484222325ULL;
	samples = 0;
	srand(1);
	espeak_Cancel();
	espeak_SetVoiceByName(voice);
	espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
		     espeakCHARS_UTF8, NULL, NULL);
	espeak_Synchronize();
	printf("%s, utterance %d: %ld samples, hash %016llx\n", who, k,
	       samples, (unsigned long long)hash);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	const char *voice = argc > 1 ? argv[1] : "en";
	const char *text = argc > 2 ? argv[2]
		: "Metastatic cancer of the spine can press on the nerves.";
	int n = argc > 3 ? atoi(argv[3]) : 3, k;
	pid_t pid;

	if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, NULL, 0) <= 0)
		return 1;
	espeak_SetSynthCallback(collect);
	pid = fork();
	if (pid == 0) {	/* fresh from initialisation: one utterance */
		say(voice, text, "fresh process", 1);
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	for (k = 1; k <= n; k++)
		say(voice, text, "one process", k);
	espeak_Terminate();
	return 0;
}
