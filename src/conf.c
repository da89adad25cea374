/*
 * conf: reading guide.conf with inih, every value checked, every error
 * with its line.
 */
#include "conf.h"

#include <errno.h>
#include <ini.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "fs.h"
#include "lang.h"
#include "package.h"
#include "profile.h"
#include "strlist.h"
#include "utf8.h"
#include "xalloc.h"

struct loader {
	struct guide_conf *c;
	struct err *e;
	FILE *fp;
	int lineno;		/* line the reader handed to inih last */
	int midline;
	int failed;		/* line of the first bad key, or 0 */
	char msg[512];
};

/* inih's reader hook: counting lines here tells the handler its line. */
static char *read_line(char *str, int num, void *user)
{
	struct loader *l = user;
	char *s = fgets(str, num, l->fp);

	if (s && !l->midline)
		l->lineno++;
	if (s)	/* a line longer than inih's buffer comes in pieces */
		l->midline = !strchr(s, '\n');
	return s;
}

static int fail(struct loader *l, const char *fmt, ...)
{
	va_list ap;

	if (l->failed)
		return 0;
	va_start(ap, fmt);
	vsnprintf(l->msg, sizeof(l->msg), fmt, ap);
	va_end(ap);
	l->failed = l->lineno;
	return 0;
}

static int parse_number(const char *v, double lo, double hi, double *out)
{
	char *end;
	double d;

	errno = 0;
	d = strtod(v, &end);
	if (end == v || *end || errno || !isfinite(d) || d < lo || d > hi)
		return -1;
	*out = d;
	return 0;
}

static int set_number(struct loader *l, const char *name, const char *v,
		      double lo, double hi, double *out)
{
	if (parse_number(v, lo, hi, out))
		return fail(l, "%s = %s: expected a number from %g to %g",
			    name, v, lo, hi);
	return 1;
}

static int set_int(struct loader *l, const char *name, const char *v,
		   int lo, int hi, int *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (end == v || *end || errno || n < lo || n > hi)
		return fail(l, "%s = %s: expected a whole number from %d to %d",
			    name, v, lo, hi);
	*out = (int)n;
	return 1;
}

static int set_list(struct loader *l, const char *name, const char *v,
		    struct strlist *list, int *line)
{
	*line = l->lineno;
	strlist_release(list);
	strlist_split(list, v);
	if (!list->n)
		return fail(l, "%s is empty; remove the line for the default",
			    name);
	return 1;
}

/* The languages listed, as gettext codes (BCP 47 tags are made so). */
static int check_langs(struct loader *l, struct strlist *list)
{
	char code[64];
	size_t i;

	for (i = 0; i < list->n; i++) {
		if (lang_normalize(list->v[i], code, sizeof(code)))
			return fail(l, "languages: '%s' is not a language "
				    "code (like es, pt_BR or pt-BR)",
				    list->v[i]);
		free(list->v[i]);
		list->v[i] = xstrdup(code);
	}
	return 1;
}

static int check_profiles(struct loader *l, const struct strlist *list)
{
	size_t i;

	for (i = 0; i < list->n; i++)
		if (!profile_find(list->v[i]))
			return fail(l, "unknown profile '%s' (see audioguide "
				    "build --profile help)", list->v[i]);
	return 1;
}

static int check_packages(struct loader *l, const struct strlist *list)
{
	size_t i;

	for (i = 0; i < list->n; i++)
		if (!package_bit(list->v[i]))
			return fail(l, "unknown package '%s'; known: "
				    PACKAGE_NAMES, list->v[i]);
	return 1;
}

/*
 * A value that is text for people (the title, the publisher): UTF-8 with
 * something to say and nothing that is not text, kept in NFC.
 */
static int set_text(struct loader *l, const char *name, const char *v,
		    char **out)
{
	char msg[160];

	if (!*v)
		return fail(l, "%s is empty", name);
	if (utf8_check_text(v, strlen(v), "value", msg, sizeof(msg)))
		return fail(l, "%s: %s", name, msg);
	if (!utf8_has_word(v, strlen(v)))
		return fail(l, "%s = %s: has no letter or digit to say", name,
			    v);
	free(*out);
	*out = utf8_nfc(v, strlen(v));
	return 1;
}

/* contact = tel:+441614960732, or a number as written: 0161 496 0732. */
static int set_contact(struct loader *l, const char *v)
{
	const char *p = strncmp(v, "tel:", 4) ? v : v + 4;
	size_t digits = 0;

	for (; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (!strchr("+ -().", *p))
			return fail(l, "contact = %s: expected a telephone "
				    "number (0161 496 0732, or tel:+44...)", v);
	}
	if (digits < 3)
		return fail(l, "contact = %s: too few digits for a number "
			    "to call", v);
	free(l->c->contact);
	l->c->contact = xstrdup(strncmp(v, "tel:", 4) ? v : v + 4);
	l->c->contact_line = l->lineno;
	return 1;
}

static int main_key(struct loader *l, const char *name, const char *v)
{
	struct guide_conf *c = l->c;

	if (!strcmp(name, "title"))
		return set_text(l, name, v, &c->title);
	if (!strcmp(name, "source_language")) {
		char code[64];
		if (lang_normalize(v, code, sizeof(code)))
			return fail(l, "source_language = %s: not a language "
				    "code (like en, pt_BR or pt-BR)", v);
		free(c->source_language);
		c->source_language = xstrdup(code);
		return 1;
	}
	if (!strcmp(name, "languages"))
		return set_list(l, name, v, &c->languages, &c->languages_line) &&
		       check_langs(l, &c->languages);
	if (!strcmp(name, "profiles"))
		return set_list(l, name, v, &c->profiles, &c->profiles_line) &&
		       check_profiles(l, &c->profiles);
	if (!strcmp(name, "packages"))
		return set_list(l, name, v, &c->packages, &c->packages_line) &&
		       check_packages(l, &c->packages);
	if (!strcmp(name, "publisher"))
		return set_text(l, name, v, &c->publisher);
	if (!strcmp(name, "rate"))
		return set_int(l, name, v, CONF_RATE_MIN, CONF_RATE_MAX,
			       &c->rate);
	if (!strcmp(name, "pitch"))
		return set_int(l, name, v, 0, 100, &c->pitch);
	if (!strcmp(name, "essential"))
		return set_list(l, name, v, &c->essential, &c->essential_line);
	if (!strcmp(name, "contact"))
		return set_contact(l, v);
	if (!strcmp(name, "date_order")) {
		if (strcmp(v, "dmy") && strcmp(v, "mdy") && strcmp(v, "ymd"))
			return fail(l, "date_order = %s: expected dmy (14/04/2026,"
				    " as in the UK), mdy (04/14/2026, the US) "
				    "or ymd", v);
		free(c->date_order);
		c->date_order = xstrdup(v);
		return 1;
	}
	return -1;
}

static int loudness_key(struct loader *l, const char *name, const char *v)
{
	struct guide_conf *c = l->c;

	if (!strcmp(name, "target_lufs"))
		return set_number(l, name, v, -40, -10, &c->target_lufs);
	if (!strcmp(name, "ceiling_dbfs"))
		return set_number(l, name, v, -20, 0, &c->ceiling_dbfs);
	if (!strcmp(name, "phone_target_lufs"))
		return set_number(l, name, v, -40, -10, &c->phone_target_lufs);
	if (!strcmp(name, "phone_ceiling_dbfs"))
		return set_number(l, name, v, -20, 0, &c->phone_ceiling_dbfs);
	return -1;
}

static const char *const main_keys[] = {
	"title", "source_language", "languages", "profiles", "packages",
	"publisher", "rate", "pitch", "date_order", "essential", "contact",
	NULL
};
static const char *const loudness_keys[] = {
	"target_lufs", "ceiling_dbfs", "phone_target_lufs",
	"phone_ceiling_dbfs", NULL
};

/* Whether a and b differ by at most one letter added, dropped or changed. */
static int near(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (!strcmp(a, b))
		return 1;
	if (la < lb) {
		const char *t = a;
		size_t tl = la;
		a = b, la = lb, b = t, lb = tl;
	}
	if (la - lb > 1)
		return 0;
	while (i < lb && a[i] == b[i])
		i++;
	return la == lb ? !strcmp(a + i + 1, b + i + 1)
			: !strcmp(a + i + 1, b + i);
}

/* A known key close to an unknown one, or NULL. */
static const char *nearest(const char *name, const char *const *keys)
{
	for (; *keys; keys++)
		if (near(name, *keys))
			return *keys;
	return NULL;
}

static int voice_key(struct loader *l, const char *key, const char *v)
{
	struct guide_conf *c = l->c;
	char name[64];
	size_t i;

	if (lang_normalize(key, name, sizeof(name)))
		return fail(l, "[voices] %s: not a language code (like es, "
			    "pt_BR or pt-BR)%s", key, nearest(key, main_keys)
			    ? "; every key after [voices] belongs to it: put "
			      "the guide's own keys above the first [section]"
			    : "");
	if (!*v || strspn(v, "abcdefghijklmnopqrstuvwxyz"
			  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+/.") != strlen(v)
	    || strstr(v, "..") || *v == '/' || *v == '.')
		return fail(l, "[voices] %s = %s: not an eSpeak NG voice name "
			    "(see audioguide voices)", name, v);
	if (!strncmp(v, "mb/", 3) || !strncmp(v, "mb-", 3))
		return fail(l, "[voices] %s = %s: an MBROLA voice; audioguide "
			    "speaks with eSpeak NG's own voices, whose speech "
			    "it can check (see audioguide voices)", name, v);
	for (i = 0; i < c->nvoices; i++)
		if (!strcmp(c->voices[i].lang, name))
			return fail(l, "[voices] %s is set twice", name);
	ALLOC_GROW(c->voices, c->nvoices + 1, c->alloc);
	c->voices[c->nvoices].lang = xstrdup(name);
	c->voices[c->nvoices].voice = xstrdup(v);
	c->voices[c->nvoices].line = l->lineno;
	c->nvoices++;
	return 1;
}

/* [names]: a name as written = how it is said (empty: as written). */
static int name_key(struct loader *l, const char *name, const char *v)
{
	struct guide_conf *c = l->c;
	struct conf_name *cn;
	char msg[160];
	size_t i;

	if (utf8_check_text(name, strlen(name), "name", msg, sizeof(msg)) ||
	    utf8_check_text(v, strlen(v), "value", msg, sizeof(msg)))
		return fail(l, "[names] %s", msg);
	if (!utf8_has_word(name, strlen(name)))
		return fail(l, "[names] %s: has no letter or digit", name);
	for (i = 0; i < c->nnames; i++)
		if (!strcmp(c->names[i].written, name))
			return fail(l, "[names] %s is set twice", name);
	ALLOC_GROW(c->names, c->nnames + 1, c->nalloc);
	cn = &c->names[c->nnames++];
	cn->written = utf8_nfc(name, strlen(name));
	cn->said = utf8_nfc(v, strlen(v));
	cn->line = l->lineno;
	return 1;
}

static int handler(void *user, const char *section, const char *name,
		   const char *value)
{
	struct loader *l = user;
	int r = -1;

	if (l->failed)
		return 1;	/* only the first error is reported */
	if (!*section)
		r = main_key(l, name, value);
	else if (!strcmp(section, "loudness"))
		r = loudness_key(l, name, value);
	else if (!strcmp(section, "voices"))
		return voice_key(l, name, value);
	else if (!strcmp(section, "names"))
		return name_key(l, name, value);
	else
		return fail(l, "unknown section [%s]; known: [loudness], "
			    "[voices], [names]", section);
	if (r < 0) {
		const char *hint = nearest(name, *section ? loudness_keys
					   : main_keys);
		return fail(l, "unknown key '%s'%s%s%s%s%s%s", name,
			    *section ? " in [" : "", section,
			    *section ? "]" : "", hint ? " (did you mean '" : "",
			    hint ? hint : "", hint ? "'?)" : "");
	}
	return r;
}

int conf_load(struct guide_conf *c, const char *dir, struct err *e)
{
	struct loader l = { c, e, NULL, 0, 0, 0, "" };
	int line;

	memset(c, 0, sizeof(*c));
	c->source_language = xstrdup("en");
	c->pitch = -1;
	c->target_lufs = -20;
	c->ceiling_dbfs = -1;
	c->phone_target_lufs = -22;
	c->phone_ceiling_dbfs = -3;
	c->path = xasprintf("%s/guide.conf", dir);
	if (!fs_is_file(c->path)) {
		free(c->path);
		c->path = NULL;
		return 0;
	}
	l.fp = fopen(c->path, "r");
	if (!l.fp)
		return err_at(e, c->path, 0, "cannot read: %s", strerror(errno));
	line = ini_parse_stream(read_line, &l, handler, &l);
	fclose(l.fp);
	if (l.failed && (line <= 0 || l.failed <= line))
		return err_at(e, c->path, l.failed, "%s", l.msg);
	if (line)
		return err_at(e, c->path, line,
			      "not an INI line; write 'key = value' or "
			      "'[section]'");
	if (c->ceiling_dbfs < c->target_lufs ||
	    c->phone_ceiling_dbfs < c->phone_target_lufs)
		return err_at(e, c->path, 0, "a ceiling is below its loudness "
			      "target; raise the ceiling");
	return 0;
}

void conf_release(struct guide_conf *c)
{
	size_t i;

	for (i = 0; i < c->nvoices; i++) {
		free(c->voices[i].lang);
		free(c->voices[i].voice);
	}
	free(c->voices);
	for (i = 0; i < c->nnames; i++) {
		free(c->names[i].written);
		free(c->names[i].said);
	}
	free(c->names);
	free(c->date_order);
	free(c->contact);
	strlist_release(&c->essential);
	free(c->path);
	free(c->title);
	free(c->source_language);
	strlist_release(&c->languages);
	strlist_release(&c->profiles);
	strlist_release(&c->packages);
	free(c->publisher);
	memset(c, 0, sizeof(*c));
}

const struct conf_voice *conf_voice(const struct guide_conf *c,
				    const char *lang)
{
	size_t i;

	for (i = 0; i < c->nvoices; i++)
		if (!strcmp(c->voices[i].lang, lang))
			return &c->voices[i];
	return NULL;
}
