#include "manifest.h"

#include <stdlib.h>
#include <string.h>

#include "afile.h"
#include "err.h"
#include "fs.h"

json_t *manifest_load(const char *path)
{
	json_error_t jerr;

	if (!fs_is_file(path))
		return NULL;
	return json_load_file(path, 0, &jerr);
}

json_t *manifest_find_lang(json_t *manifest, const char *code)
{
	json_t *langs = json_object_get(manifest, "languages");
	json_t *l;
	size_t i;

	json_array_foreach(langs, i, l) {
		const char *c = json_string_value(json_object_get(l, "code"));
		if (c && !strcmp(c, code))
			return l;
	}
	return NULL;
}

int manifest_write(const char *path, json_t *root, struct err *e)
{
	char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
			     JSON_REAL_PRECISION(10));
	int ret;

	if (!s)
		return err_at(e, path, 0, "cannot encode the manifest");
	ret = afile_write_if_changed(path, s, strlen(s), e);
	free(s);
	return ret;
}
