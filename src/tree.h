/*
 * tree: a folder made to hold exactly a set of files (a package that is
 * a tree of files, such as the telephone servers' sounds): each file is
 * placed (a hard link, or an atomic copy) or written atomically, only
 * when it changed, and what the tree held before but not now is removed,
 * with the folders it leaves empty.
 */
#ifndef AUDIOGUIDE_TREE_H
#define AUDIOGUIDE_TREE_H

#include <stddef.h>

#include "err.h"
#include "strlist.h"

struct tree {
	char *root;
	struct strlist want;	/* the paths below root it holds now */
};

void tree_open(struct tree *t, const char *root);
/* Make root/rel hold src's bytes. */
int tree_place(struct tree *t, const char *rel, const char *src,
	       struct err *e);
/* Make root/rel hold data. */
int tree_write(struct tree *t, const char *rel, const char *data, size_t n,
	       struct err *e);
/* Remove what is not wanted now; then release t. */
void tree_close(struct tree *t);
/* Release t and remove nothing (after an error). */
void tree_abandon(struct tree *t);
/* Remove the whole tree (a package no longer made). */
void tree_remove(const char *root);

#endif
