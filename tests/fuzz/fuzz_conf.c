/* libFuzzer harness: guide.conf through inih. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "conf.h"
#include "err.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char dir[64];
	char path[96];
	struct guide_conf c;
	struct err e;
	FILE *fp;

	if (!*dir) {
		snprintf(dir, sizeof(dir), "/tmp/audioguide-fuzz-conf-%ld",
			 (long)getpid());
		mkdir(dir, 0700);
	}
	snprintf(path, sizeof(path), "%s/guide.conf", dir);
	fp = fopen(path, "wb");
	if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp))
		return 0;
	if (!conf_load(&c, dir, &e) && (c.rate < 0 || c.rate > CONF_RATE_MAX ||
					c.pitch < -1 || c.pitch > 100))
		__builtin_trap();	/* a value outside its checked range */
	/* What reaches the lexicons, the books and the terminal is text. */
	if (c.title && (utf8_check_text(c.title, strlen(c.title), "value",
					path, sizeof(path)) ||
			!utf8_has_word(c.title, strlen(c.title))))
		__builtin_trap();
	if (c.publisher && utf8_check_text(c.publisher, strlen(c.publisher),
					   "value", path, sizeof(path)))
		__builtin_trap();
	conf_release(&c);
	return 0;
}
