#include "cache.h"

#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "afile.h"
#include "err.h"
#include "fs.h"
#include "strbuf.h"
#include "strlist.h"
#include "xalloc.h"

struct cache_hasher {
	XXH3_state_t *st;
};

struct cache_hasher *cache_hasher_new(void)
{
	struct cache_hasher *h = xcalloc(1, sizeof(*h));

	h->st = XXH3_createState();
	if (!h->st || XXH3_128bits_reset(h->st) == XXH_ERROR)
		abort();	/* only on allocation failure */
	return h;
}

static void add_framed(struct cache_hasher *h, const void *p, size_t n)
{
	unsigned long long len = n;

	XXH3_128bits_update(h->st, &len, sizeof(len));
	XXH3_128bits_update(h->st, p, n);
}

void cache_add_str(struct cache_hasher *h, const char *name, const char *val)
{
	add_framed(h, name, strlen(name));
	add_framed(h, val ? val : "\xff(null)", val ? strlen(val) : 7);
}

void cache_add_num(struct cache_hasher *h, const char *name, double val)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.17g", val);
	cache_add_str(h, name, buf);
}

void cache_finish(struct cache_hasher *h, char hex[33])
{
	XXH128_hash_t d = XXH3_128bits_digest(h->st);

	snprintf(hex, 33, "%016llx%016llx", (unsigned long long)d.high64,
		 (unsigned long long)d.low64);
	XXH3_freeState(h->st);
	free(h);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hash every regular file under dir, in sorted order, names included. */
static void hash_tree(struct cache_hasher *h, const char *dir, int depth)
{
	struct strlist names = { 0 };
	struct dirent *de;
	DIR *d = opendir(dir);
	size_t i;

	if (!d || depth > 8) {
		if (d)
			closedir(d);
		return;
	}
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			strlist_push(&names, de->d_name);
	closedir(d);
	qsort(names.v, names.n, sizeof(*names.v), cmp_str);
	for (i = 0; i < names.n; i++) {
		char *p = xasprintf("%s/%s", dir, names.v[i]);
		struct strbuf sb = STRBUF_INIT;
		struct err e;
		if (fs_is_dir(p)) {
			hash_tree(h, p, depth + 1);
		} else if (!fs_read_file(p, &sb, 64u << 20, &e)) {
			cache_add_str(h, "file", names.v[i]);
			add_framed(h, sb.buf, sb.len);
		}
		strbuf_release(&sb);
		free(p);
	}
	strlist_release(&names);
}

const char *cache_engine_fingerprint(const char *data_dir,
				     const char *version)
{
	static char hex[33];
	struct cache_hasher *h;

	if (*hex)
		return hex;
	h = cache_hasher_new();
	cache_add_str(h, "espeak-ng", version);
	if (data_dir)
		hash_tree(h, data_dir, 0);
	cache_finish(h, hex);
	return hex;
}

int cache_read(const char *path, struct cache_entry *ce)
{
	struct strbuf sb = STRBUF_INIT;
	struct err e;
	int n = 0;

	memset(ce, 0, sizeof(*ce));
	if (!fs_read_file(path, &sb, 4096, &e))
		n = sscanf(sb.buf, "audioguide-key 1\nkey %32s\nbytes %lld\n"
			   "seconds %lf\nlufs %lf\npeak_db %lf\n", ce->key,
			   &ce->bytes, &ce->seconds, &ce->lufs, &ce->peak_db);
	strbuf_release(&sb);
	return n == 5 && strlen(ce->key) == 32 ? 0 : -1;
}

int cache_write(const char *path, const struct cache_entry *ce,
		struct err *e)
{
	char buf[512];
	int n = snprintf(buf, sizeof(buf), "audioguide-key 1\nkey %s\n"
			 "bytes %lld\nseconds %.6f\nlufs %.4f\npeak_db %.4f\n",
			 ce->key, ce->bytes, ce->seconds,
			 isfinite(ce->lufs) ? ce->lufs : -999.0,
			 isfinite(ce->peak_db) ? ce->peak_db : -999.0);

	return afile_write_if_changed(path, buf, (size_t)n, e);
}

int cache_fresh(const struct cache_entry *ce, const char *key,
		const char *output)
{
	struct stat st;

	return !strcmp(ce->key, key) && !stat(output, &st) &&
	       (long long)st.st_size == ce->bytes;
}
