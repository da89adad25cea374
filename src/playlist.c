#include "playlist.h"

#include "afile.h"
#include "err.h"
#include "strbuf.h"

/* An #EXTINF title ends at the line's end; keep it on one line. */
static void add_title(struct strbuf *sb, const char *s)
{
	for (; *s; s++)
		strbuf_addch(sb, *s == '\n' || *s == '\r' ? ' ' : *s);
}

int playlist_write(const char *path, const char *name,
		   const struct playlist_item *items, size_t n, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int ret;

	strbuf_addstr(&sb, "#EXTM3U\n#PLAYLIST:");
	add_title(&sb, name);
	strbuf_addch(&sb, '\n');
	for (i = 0; i < n; i++) {
		strbuf_addf(&sb, "#EXTINF:%.3f,", items[i].seconds);
		add_title(&sb, items[i].title);
		strbuf_addf(&sb, "\n%s\n", items[i].path);
	}
	ret = afile_write_if_changed(path, sb.buf, sb.len, e);
	strbuf_release(&sb);
	return ret;
}
