/* playlist: #EXTM3U playlists, one #EXTINF per track. */
#include "playlist.h"

#include "afile.h"
#include "fs.h"
#include "strbuf.h"

/* An #EXTINF title ends at the line's end; keep it on one line. */
static void add_title(struct strbuf *sb, const char *s)
{
	for (; *s; s++)
		strbuf_addch(sb, *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* A language's tracks of a profile; with base, paths are file names. */
static void add_lang(struct strbuf *sb, const struct manifest_lang *l,
		     const char *profile, int base)
{
	size_t i;

	for (i = 0; i < l->ntrack; i++) {
		const struct manifest_track *t = &l->track[i];
		const struct manifest_file *f = manifest_track_file(t, profile);
		if (!f || !f->path)
			continue;
		strbuf_addf(sb, "#EXTINF:%.3f,", t->duration);
		add_title(sb, t->title ? t->title : "");
		strbuf_addf(sb, "\n%s\n", base ? fs_path_base(f->path) : f->path);
	}
}

static int write_playlist(const char *path, const char *name,
			  struct strbuf *body, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	int ret;

	strbuf_addstr(&sb, "#EXTM3U\n#PLAYLIST:");
	add_title(&sb, name);
	strbuf_addch(&sb, '\n');
	strbuf_add(&sb, body->buf, body->len);
	ret = afile_write_if_changed(path, sb.buf, sb.len, e);
	strbuf_release(&sb);
	strbuf_release(body);
	return ret;
}

int playlist_write_lang(const char *path, const char *name,
			const struct manifest_lang *l, const char *profile,
			struct err *e)
{
	struct strbuf body = STRBUF_INIT;

	add_lang(&body, l, profile, 1);
	return write_playlist(path, name, &body, e);
}

int playlist_write_loop(const char *path, const char *name,
			const struct manifest *m, const char *profile,
			struct err *e)
{
	struct strbuf body = STRBUF_INIT;
	size_t i;

	for (i = 0; i < m->nlang; i++)
		add_lang(&body, &m->lang[i], profile, 0);
	return write_playlist(path, name, &body, e);
}
