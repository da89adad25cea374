/*
 * outdir: the output tree of one guide, out/<guide>/, and the only
 * module that spells its paths:
 *
 *   manifest.json, index.html, <profile>-loop.m3u8, .lock
 *   .engine                         eSpeak NG's data fingerprint (key.h)
 *   <lang>/<slot>/NN-<id>.<ext>     a track (slot: a profile, "captions")
 *   <lang>/<slot>/playlist.m3u8
 *   <lang>/.keys/<slot>/NN-<id>     its content key (key.h)
 *   <lang>/.keys/<package>          a package's key (epub3)
 *   <lang>/.keys/speech-checked     what passed the speakability check
 *   <lang>/daisy202/, <lang>/<guide>-<lang>.epub
 *
 * A language's folder goes whole when the language leaves the guide.
 *
 * It also holds the lock that lets one build at a time write the tree,
 * removes what a killed build left (afile temporaries), and prunes files
 * that are no longer wanted.
 */
#ifndef AUDIOGUIDE_OUTDIR_H
#define AUDIOGUIDE_OUTDIR_H

#include "err.h"
#include "strlist.h"

struct outdir {
	char *root;		/* out/<guide> */
	char *guide;		/* the guide id */
	int lock_fd;
};

/*
 * Create out/<guide>, take its lock (another build holding it is an
 * error) and remove the temporaries a killed build left.
 */
int outdir_open(struct outdir *od, const char *out, const char *guide,
		struct err *e);
/* Release the lock; od may be zeroed or half open. */
void outdir_close(struct outdir *od);

/* A path below the root, root + "/" + the formatted rest (caller frees). */
char *outdir_path(const struct outdir *od, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The part of a path below out/<guide>/, as the manifest records it. */
const char *outdir_rel(const struct outdir *od, const char *path);
/* <lang>/<slot>/<name>.<ext> (caller frees). */
char *outdir_track(const struct outdir *od, const char *lang,
		   const char *slot, const char *name, const char *ext);
/* The key file <lang>/.keys/<slot>/<name>, or .keys/<slot> when name is NULL. */
char *outdir_key(const struct outdir *od, const char *lang, const char *slot,
		 const char *name);
/* A language's EPUB, <lang>/<guide>-<lang>.epub (caller frees). */
char *outdir_epub(const struct outdir *od, const char *lang);
/* Create a slot's folder and its keys' folder. */
int outdir_make_slot(const struct outdir *od, const char *lang,
		     const char *slot, struct err *e);

/*
 * Remove each file of dir (not descending) that keep() refuses;
 * removed() hears of each one removed.  Names starting with '.' (keys'
 * folders, temporaries) are left alone.
 */
void outdir_prune(const char *dir, int (*keep)(void *user, const char *name),
		  void (*removed)(void *user, const char *path), void *user);
/*
 * Remove from <lang>/<slot> the track files NN-<id>.<ext> whose NN-<id>
 * is not in keep, and their keys (first, so no key outlives its file);
 * removed() hears of each track file removed, with its NN-<id>.
 */
void outdir_sweep_tracks(const struct outdir *od, const char *lang,
			 const char *slot, const char *ext,
			 const struct strlist *keep,
			 void (*removed)(void *user, const char *path,
					 const char *name),
			 void *user);
/*
 * Remove the whole folder of each language built before that keep()
 * refuses (a folder with a .keys folder of its own: the packages' folders
 * and the files at the root are not languages); removed() hears of each,
 * once it is gone.
 * Symbolic links are removed, never followed.
 */
void outdir_sweep_langs(const struct outdir *od,
			int (*keep)(void *user, const char *lang),
			void (*removed)(void *user, const char *path,
					const char *lang),
			void *user);
/* Remove every afile temporary under dir (four levels down). */
void outdir_clean_temps(const char *dir);

#endif
