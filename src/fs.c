/* fs: reading, listing and creating files and folders. */
#include "fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

int fs_read_file(const char *path, struct strbuf *sb, size_t max,
		 struct err *e)
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

int fs_is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

int fs_is_real_dir(const char *path)
{
	struct stat st;

	return !lstat(path, &st) && S_ISDIR(st.st_mode);
}

/* How deep fs_find_link looks: far below anything audioguide makes. */
#define LINK_DEPTH 32

static char *find_link(int dirfd, const char *path, int depth)
{
	DIR *d = fdopendir(dirfd);
	struct dirent *de;
	char *found = NULL;

	if (!d) {
		close(dirfd);
		return NULL;
	}
	while (!found && (de = readdir(d)) != NULL) {
		unsigned char type = de->d_type;
		struct stat st;
		int fd;
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (type == DT_UNKNOWN &&
		    !fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW))
			type = S_ISLNK(st.st_mode) ? DT_LNK
			       : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
		if (type == DT_LNK)
			found = xasprintf("%s/%s", path, de->d_name);
		else if (type == DT_DIR && depth < LINK_DEPTH &&
			 (fd = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY |
				      O_NOFOLLOW | O_CLOEXEC)) >= 0) {
			char *sub = xasprintf("%s/%s", path, de->d_name);
			found = find_link(fd, sub, depth + 1);
			free(sub);
		}
	}
	closedir(d);
	return found;
}

char *fs_find_link(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	return fd < 0 ? NULL : find_link(fd, dir, 0);
}

int fs_is_file(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode);
}

long long fs_size(const char *path)
{
	struct stat st;

	return stat(path, &st) ? -1 : (long long)st.st_size;
}

int fs_mkdirs(const char *path, struct err *e)
{
	char *p, *s;
	int ret = 0;

	if (fs_is_dir(path))
		return 0;	/* a rebuild's every folder: one stat */
	p = xstrdup(path);
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
		if (!fs_is_dir(p)) {
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

const char *fs_path_base(const char *path)
{
	size_t n = strlen(path);

	while (n > 1 && path[n - 1] == '/')
		n--;
	while (n > 0 && path[n - 1] != '/')
		n--;
	return path + n;
}

int fs_list_typed(const char *dir, struct strlist *names,
		  struct strlist *dirs)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d)
		return -1;
	while ((de = readdir(d)) != NULL) {
		char *p;
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (dirs == names || de->d_type == DT_DIR) {
			strlist_push(dirs, de->d_name);
		} else if (de->d_type != DT_UNKNOWN) {
			strlist_push(names, de->d_name);
		} else {	/* a filesystem that does not say: ask */
			p = xasprintf("%s/%s", dir, de->d_name);
			strlist_push(fs_is_real_dir(p) ? dirs : names,
				     de->d_name);
			free(p);
		}
	}
	closedir(d);
	strlist_sort(names);
	if (dirs != names)
		strlist_sort(dirs);
	return 0;
}

int fs_list(const char *dir, struct strlist *names)
{
	return fs_list_typed(dir, names, names);
}

int fs_copy_stream(FILE *in, const char *src, FILE *out, const char *dst,
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

int fs_same_bytes(FILE *a, FILE *b)
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
