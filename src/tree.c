/* tree: folders that hold exactly the files a package wants. */
#include "tree.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "afile.h"
#include "fs.h"
#include "xalloc.h"

void tree_open(struct tree *t, const char *root)
{
	memset(t, 0, sizeof(*t));
	t->root = xstrdup(root);
}

/* root/rel, its folder made. */
static char *prepare(struct tree *t, const char *rel, struct err *e)
{
	char *path = xasprintf("%s/%s", t->root, rel);
	char *slash = strrchr(path, '/');

	*slash = '\0';
	if (fs_mkdirs(path, e)) {
		free(path);
		return NULL;
	}
	*slash = '/';
	strlist_push(&t->want, rel);
	return path;
}

int tree_place(struct tree *t, const char *rel, const char *src,
	       struct err *e)
{
	char *path = prepare(t, rel, e);
	int ret = path ? afile_place(src, path, e) : -1;

	free(path);
	return ret;
}

int tree_write(struct tree *t, const char *rel, const char *data, size_t n,
	       struct err *e)
{
	char *path = prepare(t, rel, e);
	int ret = path ? afile_write_if_changed(path, data, n, e) : -1;

	free(path);
	return ret;
}

/* Remove below dir what want does not hold; 1 when dir is left empty. */
static int prune(const struct tree *t, const char *dir, const char *rel,
		 int depth)
{
	struct strlist names = { 0 };
	size_t i, left = 0;

	if (depth > 16 || fs_list(dir, &names))
		return 0;
	for (i = 0; i < names.n; i++) {
		char *p = xasprintf("%s/%s", dir, names.v[i]);
		char *r = *rel ? xasprintf("%s/%s", rel, names.v[i])
			       : xstrdup(names.v[i]);
		if (fs_is_real_dir(p)) {
			if (prune(t, p, r, depth + 1))
				rmdir(p);
			else
				left++;
		} else if (afile_is_tmpname(names.v[i]) ||
			   strlist_has_sorted(&t->want, r)) {
			left++;		/* a writer's temporary: its own */
		} else {
			unlink(p);
		}
		free(p);
		free(r);
	}
	strlist_release(&names);
	return !left;
}

void tree_close(struct tree *t)
{
	strlist_sort(&t->want);
	prune(t, t->root, "", 0);
	strlist_release(&t->want);
	free(t->root);
	memset(t, 0, sizeof(*t));
}

void tree_abandon(struct tree *t)
{
	strlist_release(&t->want);
	free(t->root);
	memset(t, 0, sizeof(*t));
}

void tree_remove(const char *root)
{
	struct tree t;

	tree_open(&t, root);
	if (prune(&t, root, "", 0))
		rmdir(root);
	strlist_release(&t.want);
	free(t.root);
}
