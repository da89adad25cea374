/* outdir: paths, lock, pruning and clean-up of out/<guide>/. */
#include "outdir.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "afile.h"
#include "fs.h"
#include "strbuf.h"
#include "strlist.h"
#include "xalloc.h"

/* How deep a killed build's temporaries can be: <lang>/.keys/<slot>/. */
#define TEMP_DEPTH 4

static void clean_temps(const char *dir, int depth)
{
	struct strlist names = { 0 }, dirs = { 0 };
	size_t i;

	fs_list_typed(dir, &names, &dirs);
	for (i = 0; i < names.n; i++) {
		char *p = xasprintf("%s/%s", dir, names.v[i]);
		if (afile_is_tmpname(names.v[i]))
			unlink(p);
		free(p);
	}
	for (i = 0; depth < TEMP_DEPTH && i < dirs.n; i++) {
		char *p = xasprintf("%s/%s", dir, dirs.v[i]);
		clean_temps(p, depth + 1);
		free(p);
	}
	strlist_release(&names);
	strlist_release(&dirs);
}

void outdir_clean_temps(const char *dir)
{
	clean_temps(dir, 0);
}

/* One build at a time may write a guide's outputs. */
static int lock(struct outdir *od, struct err *e)
{
	char *path = outdir_path(od, ".lock");
	int ret = 0;

	od->lock_fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC,
			   0666);
	if (od->lock_fd < 0)
		ret = err_set(e, "%s: %s", path, strerror(errno));
	else if (flock(od->lock_fd, LOCK_EX | LOCK_NB))
		ret = err_set(e, "%s: another audioguide build is writing "
			      "here; wait for it", path);
	free(path);
	return ret;
}

/*
 * Nothing below the root may be a symbolic link: writing, replacing and
 * pruning there would reach whatever it points to (a PBX's own prompts,
 * a web root).  The root itself may be one: that is where the user put
 * the outputs.
 */
static int refuse_links(const struct outdir *od, struct err *e)
{
	char *link = fs_find_link(od->root), target[512];
	ssize_t n;
	int ret;

	if (!link)
		return 0;
	n = readlink(link, target, sizeof(target) - 1);
	target[n > 0 ? n : 0] = '\0';
	ret = err_at(e, link, 0, "is a symbolic link%s%s%s; audioguide writes "
		     "only inside %s/ and never follows a link there: remove "
		     "it, and link the other way if the files must be seen "
		     "elsewhere (ln -s \"$PWD/%s\" TARGET)", n > 0 ? " (to " : "",
		     target, n > 0 ? ")" : "", od->root, link);
	free(link);
	return ret;
}

int outdir_open(struct outdir *od, const char *out, const char *guide,
		struct err *e)
{
	od->root = xasprintf("%s/%s", out, guide);
	od->guide = xstrdup(guide);
	od->lock_fd = -1;
	if (fs_mkdirs(od->root, e) || refuse_links(od, e) || lock(od, e))
		return -1;
	outdir_clean_temps(od->root);
	return 0;
}

void outdir_close(struct outdir *od)
{
	if (od->lock_fd >= 0)
		close(od->lock_fd);
	free(od->root);
	free(od->guide);
	od->root = od->guide = NULL;
	od->lock_fd = -1;
}

char *outdir_path(const struct outdir *od, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	strbuf_addf(&sb, "%s/", od->root);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_detach(&sb);
}

const char *outdir_rel(const struct outdir *od, const char *path)
{
	return path + strlen(od->root) + 1;
}

char *outdir_track(const struct outdir *od, const char *lang,
		   const char *slot, const char *name, const char *ext)
{
	return outdir_path(od, "%s/%s/%s.%s", lang, slot, name, ext);
}

char *outdir_key(const struct outdir *od, const char *lang, const char *slot,
		 const char *name)
{
	if (!name)
		return outdir_path(od, "%s/.keys/%s", lang, slot);
	return outdir_path(od, "%s/.keys/%s/%s", lang, slot, name);
}

char *outdir_epub(const struct outdir *od, const char *lang)
{
	return outdir_path(od, "%s/%s-%s.epub", lang, od->guide, lang);
}

int outdir_make_slot(const struct outdir *od, const char *lang,
		     const char *slot, struct err *e)
{
	char *d = outdir_path(od, "%s/%s", lang, slot);
	char *kd = outdir_path(od, "%s/.keys/%s", lang, slot);
	int r = fs_mkdirs(d, e) || fs_mkdirs(kd, e);

	free(d);
	free(kd);
	return r ? -1 : 0;
}

void outdir_prune(const char *dir, int (*keep)(void *user, const char *name),
		  void (*removed)(void *user, const char *path), void *user)
{
	struct strlist names = { 0 };
	size_t i;

	if (fs_list(dir, &names))
		return;
	for (i = 0; i < names.n; i++) {
		char *p;
		if (names.v[i][0] == '.' || keep(user, names.v[i]))
			continue;
		p = xasprintf("%s/%s", dir, names.v[i]);
		if (!unlink(p) && removed)
			removed(user, p);
		free(p);
	}
	strlist_release(&names);
}

/* What outdir_sweep_tracks asks of outdir_prune. */
struct sweep {
	const char *ext;	/* NULL for key files */
	const struct strlist *keep;
	void (*removed)(void *user, const char *path, const char *name);
	void *user;
};

/* NN-<id>[.ext] without its extension into base; 0 when not one. */
static int track_name(const char *name, const char *ext, char *base,
		      size_t basesz)
{
	size_t d = strspn(name, "0123456789"), n;
	const char *dot = strrchr(name, '.');

	if (d < 2 || name[d] != '-')
		return 0;
	n = ext ? (dot ? (size_t)(dot - name) : 0) : strlen(name);
	if (!n || (ext && strcmp(dot + 1, ext)) || n >= basesz)
		return 0;
	if (strspn(name + d + 1, "abcdefghijklmnopqrstuvwxyz0123456789-") !=
	    n - d - 1)
		return 0;
	memcpy(base, name, n);
	base[n] = '\0';
	return 1;
}

static int sweep_keep(void *user, const char *name)
{
	struct sweep *sw = user;
	char base[128];

	return !track_name(name, sw->ext, base, sizeof(base)) ||
	       strlist_has(sw->keep, base);
}

static void sweep_removed(void *user, const char *path)
{
	struct sweep *sw = user;
	char base[128];

	if (sw->ext && sw->removed &&
	    track_name(fs_path_base(path), sw->ext, base, sizeof(base)))
		sw->removed(sw->user, path, base);
}

void outdir_sweep_tracks(const struct outdir *od, const char *lang,
			 const char *slot, const char *ext,
			 const struct strlist *keep,
			 void (*removed)(void *user, const char *path,
					 const char *name),
			 void *user)
{
	struct sweep keys = { NULL, keep, removed, user };
	struct sweep files = { ext, keep, removed, user };
	char *dir = outdir_path(od, "%s/%s", lang, slot);
	char *kdir = outdir_path(od, "%s/.keys/%s", lang, slot);

	outdir_prune(kdir, sweep_keep, sweep_removed, &keys);
	outdir_prune(dir, sweep_keep, sweep_removed, &files);
	free(dir);
	free(kdir);
}

static int remove_one(const char *path, const struct stat *st, int flag,
		      struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);	/* what cannot go stays: the folder is kept then */
	return 0;
}

void outdir_sweep_langs(const struct outdir *od,
			int (*keep)(void *user, const char *lang),
			void (*removed)(void *user, const char *path,
					const char *lang),
			void *user)
{
	struct strlist names = { 0 };
	size_t i;

	fs_list(od->root, &names);
	for (i = 0; i < names.n; i++) {
		const char *lang = names.v[i];
		char *dir, *keys;
		if (lang[0] == '.' || keep(user, lang))
			continue;
		dir = outdir_path(od, "%s", lang);
		keys = outdir_path(od, "%s/.keys", lang);
		if (fs_is_real_dir(dir) && fs_is_real_dir(keys)) {
			/* depth first, never through a symbolic link */
			nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
			if (!fs_is_real_dir(dir) && removed)
				removed(user, dir, lang);
		}
		free(keys);
		free(dir);
	}
	strlist_release(&names);
}
