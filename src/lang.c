/* lang: the table of languages audioguide knows, and code conversions. */
#include "lang.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/*
 * Default voices for common patient languages.  Codes not listed here
 * fall back to their language part (pt_PT -> pt), and a guide.conf
 * [voices] entry overrides any of them.  Each voice was checked with a
 * native text (eSpeak NG's own test sentences, or the first article of
 * the Universal Declaration of Human Rights where it has none; see
 * tests/e2e/test_speech.sh): it reads them with no switch to another
 * language's rules.  Chinese uses cmn-latn-pinyin: eSpeak NG 1.51's
 * "cmn" reads Hanzi through English rules.
 */
static const struct lang_info table[] = {
	{ "am", "am", "Amharic", "አማርኛ", NULL },
	{ "ar", "ar", "Arabic", "العربية", NULL },
	{ "bg", "bg", "Bulgarian", "Български", NULL },
	{ "bn", "bn", "Bengali", "বাংলা", NULL },
	{ "cs", "cs", "Czech", "Čeština", NULL },
	{ "da", "da", "Danish", "Dansk", NULL },
	{ "de", "de", "German", "Deutsch", NULL },
	{ "el", "el", "Greek", "Ελληνικά", NULL },
	{ "en", "en-us", "English", "English", NULL },
	{ "en_GB", "en", "English (United Kingdom)",
	  "English (United Kingdom)", NULL },
	{ "es", "es", "Spanish", "Español", NULL },
	{ "es_MX", "es-419", "Spanish (Latin America)",
	  "Español (Latinoamérica)", NULL },
	{ "fa", "fa", "Persian", "فارسی", NULL },
	{ "fi", "fi", "Finnish", "Suomi", NULL },
	{ "fr", "fr", "French", "Français", NULL },
	{ "he", "he", "Hebrew", "עברית", NULL },
	{ "hi", "hi", "Hindi", "हिन्दी", NULL },
	{ "hr", "hr", "Croatian", "Hrvatski", NULL },
	{ "ht", "ht", "Haitian Creole", "Kreyòl ayisyen", NULL },
	{ "hu", "hu", "Hungarian", "Magyar", NULL },
	{ "id", "id", "Indonesian", "Bahasa Indonesia", NULL },
	{ "it", "it", "Italian", "Italiano", NULL },
	{ "ja", "ja", "Japanese", "日本語",
	  "reads kanji, the ordinary script of Japanese, through English "
	  "rules (\"Chinese letter\"), and only kana by its own" },
	{ "ko", "ko", "Korean", "한국어", NULL },
	{ "nl", "nl", "Dutch", "Nederlands", NULL },
	{ "pa", "pa", "Punjabi", "ਪੰਜਾਬੀ", NULL },
	{ "pl", "pl", "Polish", "Polski", NULL },
	{ "pt", "pt", "Portuguese", "Português", NULL },
	{ "pt_BR", "pt-br", "Portuguese (Brazil)", "Português (Brasil)", NULL },
	{ "ro", "ro", "Romanian", "Română", NULL },
	{ "ru", "ru", "Russian", "Русский", NULL },
	{ "so", "so", "Somali", "Soomaali", NULL },
	{ "sr", "sr", "Serbian", "Српски", NULL },
	{ "sv", "sv", "Swedish", "Svenska", NULL },
	{ "sw", "sw", "Swahili", "Kiswahili", NULL },
	{ "ta", "ta", "Tamil", "தமிழ்", NULL },
	{ "th", "th", "Thai", "ไทย", NULL },
	{ "tl", "fil", "Tagalog", "Tagalog", NULL },
	{ "tr", "tr", "Turkish", "Türkçe", NULL },
	{ "uk", "uk", "Ukrainian", "Українська", NULL },
	{ "ur", "ur", "Urdu", "اردو", NULL },
	{ "vi", "vi", "Vietnamese", "Tiếng Việt", NULL },
	{ "yue", "yue", "Cantonese", "粵語", NULL },
	{ "zh_CN", "cmn-latn-pinyin", "Chinese (Mandarin, Simplified)",
	  "中文（简体）", NULL },
	{ "zh_TW", "cmn-latn-pinyin", "Chinese (Mandarin, Traditional)",
	  "中文（繁體）", NULL },
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
