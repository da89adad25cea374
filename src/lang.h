/*
 * lang: gettext language codes (es, pt_BR, zh_CN, sr@latin) and what
 * audioguide knows of each: its default eSpeak NG voice, its BCP 47 tag
 * for markup, its name and its writing direction.
 */
#ifndef AUDIOGUIDE_LANG_H
#define AUDIOGUIDE_LANG_H

#include <stddef.h>

struct lang_info {
	const char *code;	/* gettext code */
	const char *voice;	/* eSpeak NG voice name */
	const char *name;	/* English name */
	const char *native;	/* its own name for itself */
	/*
	 * What the voice cannot do with the language's ordinary script, or
	 * NULL.  Such a language is not built with this voice unless
	 * guide.conf's [voices] chooses one (and the check still applies).
	 */
	const char *cannot;
};

/* Whether s is a gettext language code: ll or lll, _CC or _NNN, @mod. */
int lang_code_valid(const char *s);
/*
 * A language named as people name it, as a gettext code: BCP 47 tags
 * (zh-CN, pt-BR, sr-Latn-RS), any case (ES, EN_gb), or a gettext code
 * already.  0 with the code in out, -1 when s is neither.
 */
int lang_normalize(const char *s, char *out, size_t outsz);
/* The Plural-Forms header of a language, as GNU gettext's msginit
 * writes it; for a language it does not know, the commonest. */
const char *lang_plural_forms(const char *code);
/* The built-in entry for a code (exact, then its language part), or NULL. */
const struct lang_info *lang_find(const char *code);
/* The built-in table, for `audioguide voices`. */
const struct lang_info *lang_table(size_t *n);
/* Whether the language is written right to left. */
int lang_is_rtl(const char *code);
/* BCP 47 tag for markup: pt_BR -> pt-BR, sr@latin -> sr-Latn. */
void lang_bcp47(char *out, size_t outsz, const char *code);

#endif
