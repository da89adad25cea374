/*
 * Unit tests for the file helpers a rebuild leans on: a listing that
 * tells folders from files without a stat per name, and making folders
 * that are there already.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "fs.h"
#include "strlist.h"
#include "xalloc.h"

static char dir[] = "/tmp/test_fs.XXXXXX";

static char *at(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void touch(const char *name)
{
	char *p = at(name);
	FILE *fp = fopen(p, "w");

	assert_non_null(fp);
	fclose(fp);
	free(p);
}

/* Folders apart from files; a link to a folder is no folder of its own
 * (the temporaries' sweep must not follow it out of the tree). */
static void test_list_typed(void **state)
{
	struct strlist names = { 0 }, dirs = { 0 };
	char *p = at("d"), *q = at("d/e"), *link = at("l");

	(void)state;
	assert_int_equal(mkdir(p, 0777), 0);
	assert_int_equal(mkdir(q, 0777), 0);
	touch("b.ulaw");
	touch(".a.tmp1");
	assert_int_equal(symlink(p, link), 0);
	assert_int_equal(fs_list_typed(dir, &names, &dirs), 0);
	assert_int_equal(names.n, 3);
	assert_string_equal(names.v[0], ".a.tmp1");
	assert_string_equal(names.v[1], "b.ulaw");
	assert_string_equal(names.v[2], "l");
	assert_int_equal(dirs.n, 1);
	assert_string_equal(dirs.v[0], "d");
	strlist_release(&names);
	strlist_release(&dirs);
	assert_int_equal(fs_list_typed(q, &names, &dirs), 0);
	assert_int_equal(names.n + dirs.n, 0);
	assert_int_equal(fs_list_typed("/nonexistent/x", &names, &dirs), -1);
	free(p);
	free(q);
	free(link);
}

/* Folders made, made again, and a file in the way said. */
static void test_mkdirs(void **state)
{
	char *p = at("m/n/o"), *f = at("file/x");
	struct err e;

	(void)state;
	assert_int_equal(fs_mkdirs(p, &e), 0);
	assert_true(fs_is_dir(p));
	assert_int_equal(fs_mkdirs(p, &e), 0);
	touch("file");
	assert_int_not_equal(fs_mkdirs(f, &e), 0);
	assert_non_null(strstr(e.msg, "is not a directory"));
	free(p);
	free(f);
}

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	int r = system(cmd);

	(void)state;
	free(cmd);
	return r;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_typed),
		cmocka_unit_test(test_mkdirs),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
