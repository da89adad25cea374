/* afile: atomic files, through a temporary renamed into place. */
#include "afile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"
#include "strlist.h"
#include "xalloc.h"

char *afile_tmpname_pid(const char *path, long pid)
{
	const char *base = fs_path_base(path);

	return xasprintf("%.*s.%s.tmp%ld", (int)(base - path), path, base, pid);
}

char *afile_tmpname(const char *path)
{
	return afile_tmpname_pid(path, (long)getpid());
}

int afile_is_tmpname(const char *name)
{
	const char *t = strstr(name, ".tmp"), *next;
	size_t n;

	if (name[0] != '.' || !t)
		return 0;
	while ((next = strstr(t + 1, ".tmp")) != NULL)
		t = next;
	n = strspn(t + 4, "0123456789");
	t += 4 + n;
	return n > 0 && (*t == '\0' || *t == '.');
}

void afile_remove_temps(const char *path, long pid)
{
	char *tmp = afile_tmpname_pid(path, pid);
	char *dir = xstrndup(path, (size_t)(fs_path_base(path) - path));
	const char *base = fs_path_base(tmp);
	struct strlist names = { 0 };
	size_t i, n = strlen(base);

	fs_list(*dir ? dir : ".", &names);
	for (i = 0; i < names.n; i++) {
		const char *name = names.v[i];
		if (!strncmp(name, base, n) && (!name[n] || name[n] == '.')) {
			char *p = xasprintf("%s%s", dir, name);
			unlink(p);
			free(p);
		}
	}
	strlist_release(&names);
	free(dir);
	free(tmp);
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

int afile_write_if_changed(const char *path, const char *data, size_t n,
			   struct err *e)
{
	struct strbuf old = STRBUF_INIT;
	struct err ignored;
	struct afile af = { 0 };
	int same;

	same = !fs_read_file(path, &old, n + 1, &ignored) && old.len == n &&
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

/* Whether dst already holds the bytes of src (open for reading). */
static int holds(FILE *src, const char *dst, const struct stat *a)
{
	struct stat b;
	FILE *old;
	int same;

	if (stat(dst, &b) || b.st_size != a->st_size)
		return 0;
	old = fopen(dst, "rb");
	if (!old)
		return 0;
	same = fs_same_bytes(src, old);
	fclose(old);
	rewind(src);
	return same;
}

int afile_place(const char *src, const char *dst, struct err *e)
{
	struct stat a, b;
	struct afile af = { 0 };
	FILE *in;
	char *tmp;

	if (stat(src, &a))
		return err_at(e, src, 0, "cannot read: %s", strerror(errno));
	if (!stat(dst, &b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
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
	if (!holds(in, dst, &a) && (afile_open(&af, dst, e) ||
				    fs_copy_stream(in, src, af.fp, dst, e) ||
				    afile_commit(&af, e))) {
		afile_abort(&af);
		fclose(in);
		return -1;
	}
	fclose(in);
	return 0;
}
