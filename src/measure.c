/* measure: a written audio file's loudness, peak, length and size. */
#include "measure.h"

#include <string.h>

#include "fs.h"

struct sink {
	struct meter *meter;
	long long samples;
	struct err *e;
};

static int into_meter(void *user, const float *pcm, size_t n)
{
	struct sink *s = user;

	s->samples += (long long)n;
	return meter_add(s->meter, pcm, n, s->e);
}

void measure_meter(struct meter *m, const char *path, struct measured *out)
{
	double peak;

	memset(out, 0, sizeof(*out));
	meter_result(m, &out->lufs, &peak);
	out->peak_db = lin_to_db(peak);
	out->bytes = fs_size(path);
}

int measure_decoded(const char *path, enum enc_format fmt, int rate,
		    struct measured *out, struct err *e)
{
	struct sink s = { NULL, 0, e };
	int ret;

	if (meter_new(&s.meter, rate, 1, e))
		return -1;
	ret = encode_read(path, fmt, rate, into_meter, &s, e);
	if (!ret) {
		measure_meter(s.meter, path, out);
		out->samples = s.samples;
	}
	meter_free(s.meter);
	return ret;
}
