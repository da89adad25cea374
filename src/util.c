#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void die_oom(void)
{
	static const char m[] = "audioguide: out of memory\n";
	if (write(2, m, sizeof(m) - 1) < 0) {
		/* nothing more can be done */
	}
	abort();
}

int err_set(struct err *e, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int err_at(struct err *e, const char *file, long line, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (line > 0)
		n = snprintf(e->msg, sizeof(e->msg), "%s:%ld: ", file, line);
	else
		n = snprintf(e->msg, sizeof(e->msg), "%s: ", file);
	if (n < 0 || (size_t)n >= sizeof(e->msg))
		return -1;
	va_start(ap, fmt);
	vsnprintf(e->msg + n, sizeof(e->msg) - n, fmt, ap);
	va_end(ap);
	return -1;
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_detach(&sb);
}

void strbuf_grow(struct strbuf *sb, size_t extra)
{
	if (sb->len + extra + 1 < sb->len)
		die_oom();
	ALLOC_GROW(sb->buf, sb->len + extra + 1, sb->alloc);
	sb->buf[sb->len] = '\0';
}

void strbuf_add(struct strbuf *sb, const void *data, size_t n)
{
	if (!n)
		return;	/* data may be NULL then */
	strbuf_grow(sb, n);
	memcpy(sb->buf + sb->len, data, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void strbuf_addstr(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

void strbuf_addch(struct strbuf *sb, int c)
{
	char ch = (char)c;
	strbuf_add(sb, &ch, 1);
}

void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0)
		die_oom();
	strbuf_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, again);
	va_end(again);
	sb->len += (size_t)n;
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}

void strbuf_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->alloc = 0;
}

char *strbuf_detach(struct strbuf *sb)
{
	char *p;

	strbuf_grow(sb, 0);
	p = sb->buf;
	sb->buf = NULL;
	sb->len = sb->alloc = 0;
	return p;
}

void strlist_push(struct strlist *l, const char *s)
{
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n++] = xstrdup(s);
}

int strlist_has(const struct strlist *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return 1;
	return 0;
}

void strlist_release(struct strlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->alloc = 0;
}

void strlist_split(struct strlist *l, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, ", \t");
		if (n) {
			char *item = xstrndup(s, n);
			if (!strlist_has(l, item))
				strlist_push(l, item);
			free(item);
		}
		s += n;
		s += strspn(s, ", \t");
	}
}

int read_file(const char *path, struct strbuf *sb, size_t max, struct err *e)
{
	FILE *fp = fopen(path, "rb");
	char buf[65536];
	size_t n;

	strbuf_reset(sb);
	if (!fp)
		return err_at(e, path, 0, "cannot open: %s", strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (sb->len + n > max) {
			fclose(fp);
			return err_at(e, path, 0,
				      "file is larger than the limit of %zu bytes",
				      max);
		}
		strbuf_add(sb, buf, n);
	}
	if (ferror(fp)) {
		int saved = errno;
		fclose(fp);
		return err_at(e, path, 0, "read error: %s", strerror(saved));
	}
	fclose(fp);
	strbuf_grow(sb, 0);
	return 0;
}

int is_dir(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

int is_file(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISREG(st.st_mode);
}

int mkdirs(const char *path, struct err *e)
{
	char *p = xstrdup(path);
	char *s;
	int ret = 0;

	for (s = p + 1; ; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) && errno != EEXIST) {
			ret = err_at(e, p, 0, "cannot create directory: %s",
				     strerror(errno));
			break;
		}
		if (!is_dir(p)) {
			ret = err_at(e, p, 0, "exists and is not a directory");
			break;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return ret;
}

const char *path_base(const char *path)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	while (n > 0 && path[n - 1] != '/')
		n--;
	return path + n;
}

/* Length of the UTF-8 sequence at s, or 0 when it is not well formed. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	uint32_t cp;
	size_t len, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

int utf8_valid(const char *s, size_t n, size_t *bad)
{
	size_t i = 0;

	while (i < n) {
		size_t l = utf8_seq((const unsigned char *)s + i, n - i);
		if (!l) {
			if (bad)
				*bad = i;
			return 0;
		}
		i += l;
	}
	return 1;
}

size_t utf8_len(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			count++;
	return count;
}

size_t utf8_offset(const char *s, size_t n, size_t cp)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (count == cp)
				return i;
			count++;
		}
	}
	return n;
}

char *afile_tmpname_pid(const char *path, long pid)
{
	const char *base = path_base(path);
	return xasprintf("%.*s.%s.tmp%ld", (int)(base - path), path, base, pid);
}

char *afile_tmpname(const char *path)
{
	return afile_tmpname_pid(path, (long)getpid());
}

int afile_is_tmpname(const char *name)
{
	const char *t = strstr(name, ".tmp");
	size_t n;

	if (name[0] != '.' || !t)
		return 0;
	while (strstr(t + 1, ".tmp"))
		t = strstr(t + 1, ".tmp");
	n = strspn(t + 4, "0123456789");
	t += 4 + n;
	/* libzip writes an archive through "<name>.XXXXXX" first. */
	return n > 0 && (*t == '\0' || !strcmp(t, ".id3") ||
			 (t[0] == '.' && strlen(t) == 7));
}

int afile_open(struct afile *af, const char *path, struct err *e)
{
	af->path = xstrdup(path);
	af->tmp = afile_tmpname(path);
	af->fp = fopen(af->tmp, "wb");
	if (!af->fp) {
		int ret = err_at(e, af->tmp, 0, "cannot write: %s",
				 strerror(errno));
		afile_abort(af);
		return ret;
	}
	return 0;
}

int afile_rename(const char *tmp, const char *path, struct err *e)
{
	int fd = open(tmp, O_RDONLY);

	if (fd < 0 || fsync(fd)) {
		int ret = err_at(e, tmp, 0, "cannot sync: %s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return ret;
	}
	close(fd);
	if (rename(tmp, path))
		return err_at(e, path, 0, "cannot rename into place: %s",
			      strerror(errno));
	return 0;
}

int afile_commit(struct afile *af, struct err *e)
{
	int ret = 0;

	if (fflush(af->fp) || ferror(af->fp) || fsync(fileno(af->fp)))
		ret = err_at(e, af->path, 0, "write error: %s", strerror(errno));
	if (fclose(af->fp) && !ret)
		ret = err_at(e, af->path, 0, "write error: %s", strerror(errno));
	af->fp = NULL;
	if (!ret && rename(af->tmp, af->path))
		ret = err_at(e, af->path, 0, "cannot rename into place: %s",
			     strerror(errno));
	afile_abort(af);
	return ret;
}

void afile_abort(struct afile *af)
{
	if (af->fp)
		fclose(af->fp);
	af->fp = NULL;
	if (af->tmp)
		unlink(af->tmp);
	free(af->tmp);
	free(af->path);
	af->tmp = af->path = NULL;
}

int write_if_changed(const char *path, const char *data, size_t n,
		     struct err *e)
{
	struct strbuf old = STRBUF_INIT;
	struct err ignored;
	struct afile af = { 0 };
	int same;

	same = !read_file(path, &old, n + 1, &ignored) && old.len == n &&
	       !memcmp(old.buf, data, n);
	strbuf_release(&old);
	if (same)
		return 0;
	if (afile_open(&af, path, e))
		return -1;
	if (fwrite(data, 1, n, af.fp) != n) {
		int ret = err_at(e, path, 0, "write error: %s", strerror(errno));
		afile_abort(&af);
		return ret;
	}
	return afile_commit(&af, e);
}

/* Whether two open files hold the same bytes. */
static int same_bytes(FILE *a, FILE *b)
{
	char x[65536], y[65536];
	size_t n, m;

	do {
		n = fread(x, 1, sizeof(x), a);
		m = fread(y, 1, sizeof(y), b);
		if (n != m || memcmp(x, y, n))
			return 0;
	} while (n);
	return !ferror(a) && !ferror(b);
}

int copy_stream(FILE *in, const char *src, FILE *out, const char *dst,
		struct err *e)
{
	char buf[65536];
	size_t n;

	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			return err_at(e, dst, 0, "write error: %s",
				      strerror(errno));
	if (ferror(in))
		return err_at(e, src, 0, "read error: %s", strerror(errno));
	return 0;
}

int place_file(const char *src, const char *dst, struct err *e)
{
	struct stat a, b;
	struct afile af = { 0 };
	FILE *in, *old;
	char *tmp;
	int same = 0, have;

	if (stat(src, &a))
		return err_at(e, src, 0, "cannot read: %s", strerror(errno));
	have = !stat(dst, &b);
	if (have && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return 0;
	tmp = afile_tmpname(dst);
	unlink(tmp);
	if (!link(src, tmp)) {
		int ret = rename(tmp, dst) ? err_at(e, dst, 0, "cannot rename "
				 "into place: %s", strerror(errno)) : 0;
		unlink(tmp);
		free(tmp);
		return ret;
	}
	free(tmp);
	/* No hard links on this file system: compare, then copy. */
	in = fopen(src, "rb");
	if (!in)
		return err_at(e, src, 0, "cannot read: %s", strerror(errno));
	old = have && a.st_size == b.st_size ? fopen(dst, "rb") : NULL;
	if (old) {
		same = same_bytes(in, old);
		fclose(old);
		rewind(in);
	}
	if (!same && (afile_open(&af, dst, e) ||
		      copy_stream(in, src, af.fp, dst, e) ||
		      afile_commit(&af, e))) {
		afile_abort(&af);
		fclose(in);
		return -1;
	}
	fclose(in);
	return 0;
}
