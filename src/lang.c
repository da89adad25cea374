/* lang: the table of languages audioguide knows, and code conversions. */
#include "lang.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

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

/* A subtag of s, up to '-' or '_': its length, its letters and digits. */
static size_t subtag(const char *s, size_t *alpha, size_t *digit)
{
	size_t n;

	*alpha = *digit = 0;
	for (n = 0; s[n] && s[n] != '-' && s[n] != '_' && s[n] != '@'; n++) {
		*alpha += isalpha((unsigned char)s[n]) != 0;
		*digit += isdigit((unsigned char)s[n]) != 0;
	}
	return n;
}

int lang_normalize(const char *s, char *out, size_t outsz)
{
	char lang[4] = "", region[4] = "", mod[24] = "";
	size_t n, a, d, i;

	n = subtag(s, &a, &d);
	if (n < 2 || n > 3 || a != n)
		return -1;
	for (i = 0; i < n; i++)
		lang[i] = (char)tolower((unsigned char)s[i]);
	s += n;
	while (*s == '-' || *s == '_') {
		s++;
		n = subtag(s, &a, &d);
		if (n == 4 && a == 4 && !*region && !*mod) {	/* a script */
			if (!strncasecmp(s, "Latn", 4))
				strcpy(mod, "latin");
			else if (!strncasecmp(s, "Cyrl", 4))
				strcpy(mod, "cyrillic");
			else if (!strcmp(lang, "zh") &&
				 !strncasecmp(s, "Hans", 4))
				strcpy(region, "CN");	/* as gettext names it */
			else if (!strcmp(lang, "zh") &&
				 !strncasecmp(s, "Hant", 4))
				strcpy(region, "TW");
			else
				return -1;
		} else if ((n == 2 && a == 2) || (n == 3 && d == 3)) {
			for (i = 0; i < n; i++)
				region[i] = (char)toupper((unsigned char)s[i]);
			region[n] = '\0';
		} else {
			return -1;
		}
		s += n;
	}
	if (*s == '@') {
		for (i = 0, s++; *s && i + 1 < sizeof(mod); s++)
			mod[i++] = (char)tolower((unsigned char)*s);
		mod[i] = '\0';
		if (*s || !i)
			return -1;
	}
	if (*s)
		return -1;
	if ((size_t)snprintf(out, outsz, "%s%s%s%s%s", lang, *region ? "_" : "",
			     region, *mod ? "@" : "", mod) >= outsz)
		return -1;
	return lang_code_valid(out) ? 0 : -1;
}

/*
 * Plural forms by language, from GNU gettext's table (msginit) and the
 * Unicode CLDR rules it follows.  Guides have no plural entries (their
 * catalogs refuse them); the header is there so that msgfmt -c and the
 * translators' tools are content.
 */
static const struct {
	const char *lang, *forms;
} plurals[] = {
	{ "ja", "nplurals=1; plural=0;" },
	{ "ko", "nplurals=1; plural=0;" },
	{ "vi", "nplurals=1; plural=0;" },
	{ "zh", "nplurals=1; plural=0;" },
	{ "yue", "nplurals=1; plural=0;" },
	{ "th", "nplurals=1; plural=0;" },
	{ "id", "nplurals=1; plural=0;" },
	{ "pt_BR", "nplurals=2; plural=(n > 1);" },
	{ "fr", "nplurals=2; plural=(n > 1);" },
	{ "fa", "nplurals=2; plural=(n > 1);" },
	{ "am", "nplurals=2; plural=(n > 1);" },
	{ "tl", "nplurals=2; plural=(n > 1);" },
	{ "hi", "nplurals=2; plural=(n > 1);" },
	{ "bn", "nplurals=2; plural=(n > 1);" },
	{ "pa", "nplurals=2; plural=(n > 1);" },
	{ "ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
		"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
	{ "uk", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
		"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
	{ "sr", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
		"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
	{ "hr", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
		"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" },
	{ "pl", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
		"(n%100<10 || n%100>=20) ? 1 : 2);" },
	{ "cs", "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;" },
	{ "ro", "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && "
		"n%100 < 20)) ? 1 : 2;" },
	{ "ar", "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
		"n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;" },
};

const char *lang_plural_forms(const char *code)
{
	size_t i, n = strcspn(code, "_@");

	for (i = 0; i < sizeof(plurals) / sizeof(plurals[0]); i++)
		if (!strcmp(plurals[i].lang, code))
			return plurals[i].forms;
	for (i = 0; i < sizeof(plurals) / sizeof(plurals[0]); i++)
		if (strlen(plurals[i].lang) == n &&
		    !strncmp(plurals[i].lang, code, n))
			return plurals[i].forms;
	return "nplurals=2; plural=(n != 1);";
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
