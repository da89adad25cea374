#include "lang.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * Default voices for common patient languages.  Codes not listed here
 * fall back to their language part (pt_PT -> pt), and a guide.conf
 * [voices] entry overrides any of them.
 */
static const struct lang_info table[] = {
	{ "am", "am", "Amharic" },
	{ "ar", "ar", "Arabic" },
	{ "bg", "bg", "Bulgarian" },
	{ "bn", "bn", "Bengali" },
	{ "cs", "cs", "Czech" },
	{ "da", "da", "Danish" },
	{ "de", "de", "German" },
	{ "el", "el", "Greek" },
	{ "en", "en-us", "English" },
	{ "en_GB", "en", "English (United Kingdom)" },
	{ "es", "es", "Spanish" },
	{ "es_MX", "es-419", "Spanish (Latin America)" },
	{ "fa", "fa", "Persian" },
	{ "fi", "fi", "Finnish" },
	{ "fr", "fr", "French" },
	{ "he", "he", "Hebrew" },
	{ "hi", "hi", "Hindi" },
	{ "hr", "hr", "Croatian" },
	{ "ht", "ht", "Haitian Creole" },
	{ "hu", "hu", "Hungarian" },
	{ "id", "id", "Indonesian" },
	{ "it", "it", "Italian" },
	{ "ja", "ja", "Japanese" },
	{ "ko", "ko", "Korean" },
	{ "nl", "nl", "Dutch" },
	{ "pa", "pa", "Punjabi" },
	{ "pl", "pl", "Polish" },
	{ "pt", "pt", "Portuguese" },
	{ "pt_BR", "pt-br", "Portuguese (Brazil)" },
	{ "ro", "ro", "Romanian" },
	{ "ru", "ru", "Russian" },
	{ "so", "so", "Somali" },
	{ "sr", "sr", "Serbian" },
	{ "sv", "sv", "Swedish" },
	{ "sw", "sw", "Swahili" },
	{ "ta", "ta", "Tamil" },
	{ "th", "th", "Thai" },
	{ "tl", "fil", "Tagalog" },
	{ "tr", "tr", "Turkish" },
	{ "uk", "uk", "Ukrainian" },
	{ "ur", "ur", "Urdu" },
	{ "vi", "vi", "Vietnamese" },
	{ "yue", "yue", "Cantonese" },
	{ "zh_CN", "cmn", "Chinese (Mandarin, Simplified)" },
	{ "zh_TW", "cmn", "Chinese (Mandarin, Traditional)" },
};

static const char *const rtl[] = {
	"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi",
};

int lang_code_valid(const char *s)
{
	size_t n = 0;

	while (islower((unsigned char)s[n]))
		n++;
	if (n < 2 || n > 3)
		return 0;
	s += n;
	if (*s == '_') {
		s++;
		if (isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]))
			s += 2;
		else if (isdigit((unsigned char)s[0]) &&
			 isdigit((unsigned char)s[1]) &&
			 isdigit((unsigned char)s[2]))
			s += 3;
		else
			return 0;
	}
	if (*s == '@') {
		s++;
		for (n = 0; islower((unsigned char)s[n]); n++)
			;
		if (n < 1 || n > 16)
			return 0;
		s += n;
	}
	return *s == '\0';
}

const struct lang_info *lang_find(const char *code)
{
	size_t i, n = strcspn(code, "_@");

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (!strcmp(table[i].code, code))
			return &table[i];
	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strlen(table[i].code) == n && !strncmp(table[i].code, code, n))
			return &table[i];
	return NULL;
}

const struct lang_info *lang_table(size_t *n)
{
	*n = sizeof(table) / sizeof(table[0]);
	return table;
}

int lang_is_rtl(const char *code)
{
	size_t i, n = strcspn(code, "_@");

	for (i = 0; i < sizeof(rtl) / sizeof(rtl[0]); i++)
		if (strlen(rtl[i]) == n && !strncmp(rtl[i], code, n))
			return 1;
	return 0;
}

void lang_bcp47(char *out, size_t outsz, const char *code)
{
	size_t n = strcspn(code, "@");
	const char *mod = code[n] == '@' ? code + n + 1 : NULL;
	const char *script = NULL;
	size_t i;

	if (mod && !strcmp(mod, "latin"))
		script = "Latn";
	else if (mod && !strcmp(mod, "cyrillic"))
		script = "Cyrl";
	snprintf(out, outsz, "%.*s%s%s", (int)n, code, script ? "-" : "",
		 script ? script : "");
	for (i = 0; out[i]; i++)
		if (out[i] == '_')
			out[i] = '-';
	/* A script subtag goes before the region: sr_RS@latin -> sr-Latn-RS. */
	if (script && strchr(out, '-') != strrchr(out, '-')) {
		char lang[16], region[8];
		if (sscanf(out, "%15[a-z]-%7[A-Z0-9]", lang, region) == 2)
			snprintf(out, outsz, "%s-%s-%s", lang, script, region);
	}
}
