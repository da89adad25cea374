/* lang: the table of languages audioguide knows, and code conversions. */
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
	{ "am", "am", "Amharic", "አማርኛ" },
	{ "ar", "ar", "Arabic", "العربية" },
	{ "bg", "bg", "Bulgarian", "Български" },
	{ "bn", "bn", "Bengali", "বাংলা" },
	{ "cs", "cs", "Czech", "Čeština" },
	{ "da", "da", "Danish", "Dansk" },
	{ "de", "de", "German", "Deutsch" },
	{ "el", "el", "Greek", "Ελληνικά" },
	{ "en", "en-us", "English", "English" },
	{ "en_GB", "en", "English (United Kingdom)", "English (United Kingdom)" },
	{ "es", "es", "Spanish", "Español" },
	{ "es_MX", "es-419", "Spanish (Latin America)", "Español (Latinoamérica)" },
	{ "fa", "fa", "Persian", "فارسی" },
	{ "fi", "fi", "Finnish", "Suomi" },
	{ "fr", "fr", "French", "Français" },
	{ "he", "he", "Hebrew", "עברית" },
	{ "hi", "hi", "Hindi", "हिन्दी" },
	{ "hr", "hr", "Croatian", "Hrvatski" },
	{ "ht", "ht", "Haitian Creole", "Kreyòl ayisyen" },
	{ "hu", "hu", "Hungarian", "Magyar" },
	{ "id", "id", "Indonesian", "Bahasa Indonesia" },
	{ "it", "it", "Italian", "Italiano" },
	{ "ja", "ja", "Japanese", "日本語" },
	{ "ko", "ko", "Korean", "한국어" },
	{ "nl", "nl", "Dutch", "Nederlands" },
	{ "pa", "pa", "Punjabi", "ਪੰਜਾਬੀ" },
	{ "pl", "pl", "Polish", "Polski" },
	{ "pt", "pt", "Portuguese", "Português" },
	{ "pt_BR", "pt-br", "Portuguese (Brazil)", "Português (Brasil)" },
	{ "ro", "ro", "Romanian", "Română" },
	{ "ru", "ru", "Russian", "Русский" },
	{ "so", "so", "Somali", "Soomaali" },
	{ "sr", "sr", "Serbian", "Српски" },
	{ "sv", "sv", "Swedish", "Svenska" },
	{ "sw", "sw", "Swahili", "Kiswahili" },
	{ "ta", "ta", "Tamil", "தமிழ்" },
	{ "th", "th", "Thai", "ไทย" },
	{ "tl", "fil", "Tagalog", "Tagalog" },
	{ "tr", "tr", "Turkish", "Türkçe" },
	{ "uk", "uk", "Ukrainian", "Українська" },
	{ "ur", "ur", "Urdu", "اردو" },
	{ "vi", "vi", "Vietnamese", "Tiếng Việt" },
	{ "yue", "yue", "Cantonese", "粵語" },
	{ "zh_CN", "cmn", "Chinese (Mandarin, Simplified)", "中文（简体）" },
	{ "zh_TW", "cmn", "Chinese (Mandarin, Traditional)", "中文（繁體）" },
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
