/* poscan: entries' lines and escaped NULs, from a PO file's text. */
#include "poscan.h"

#include <string.h>

#include "xalloc.h"

/* Does a PO keyword line (msgid, msgctxt) start here, after "#~ "? */
static int keyword(const char *s, size_t n, const char *kw)
{
	size_t k = strlen(kw);

	if (n >= 2 && s[0] == '#' && s[1] == '~') {
		s += 2, n -= 2;
		while (n && (*s == ' ' || *s == '\t'))
			s++, n--;
	}
	return n > k && !memcmp(s, kw, k) && (s[k] == ' ' || s[k] == '\t' ||
					      s[k] == '"' || s[k] == '[');
}

static int octal(char c)
{
	return c >= '0' && c <= '7';
}

static int hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	       (c >= 'A' && c <= 'F');
}

/* Whether the quoted strings of a line hold an escape that is a NUL:
 * an octal (up to three digits) or hex escape of value 0. */
static int escaped_nul(const char *s, size_t n)
{
	size_t i, k;
	int quoted = 0, value;

	for (i = 0; i < n; i++) {
		if (s[i] == '"') {
			quoted = !quoted;
			continue;
		}
		if (!quoted || s[i] != '\\' || i + 1 >= n)
			continue;
		i++;	/* the escaped character: "\\" is a backslash */
		value = -1;
		if (octal(s[i]))
			for (value = 0, k = i; k < n && k < i + 3 && octal(s[k]);
			     k++)
				value = value * 8 + (s[k] - '0');
		else if (s[i] == 'x' && i + 1 < n && hex(s[i + 1]))
			for (value = 0, k = i + 1; k < n && hex(s[k]); k++)
				value = value * 16 + (s[k] <= '9' ? s[k] - '0'
						      : (s[k] | 0x20) - 'a' + 10);
		if (value == 0)
			return 1;
	}
	return 0;
}

/*
 * libgettextpo gives no entry's own line, so find where each entry starts
 * (its msgctxt, or its msgid when it has none), in file order, which is
 * also the order of po_next_message; and which msgstr lines have a NUL.
 */
struct poscan_entry *poscan_entries(const char *buf, size_t len,
				    size_t *count)
{
	struct poscan_entry *ent = NULL;
	size_t n = 0, alloc = 0, pos = 0;
	int line = 0, after_ctxt = 0, in_msgstr = 0;

	while (pos < len) {
		const char *s = buf + pos;
		const char *nl = memchr(s, '\n', len - pos);
		size_t ln = nl ? (size_t)(nl - s) : len - pos;
		int start = 0;

		pos += ln + 1;
		line++;
		if (keyword(s, ln, "msgctxt")) {
			start = 1;
			after_ctxt = 1;
		} else if (keyword(s, ln, "msgid")) {
			start = !after_ctxt;
			after_ctxt = 0;
		}
		if (start) {
			ALLOC_GROW(ent, n + 1, alloc);
			ent[n].line = line;
			ent[n].cut = 0;
			n++;
			in_msgstr = 0;
		}
		if (keyword(s, ln, "msgstr"))
			in_msgstr = 1;
		else if (ln && s[0] != '"' && !(ln > 2 && s[0] == '#' &&
						s[1] == '~'))
			in_msgstr = 0;
		if (in_msgstr && n && escaped_nul(s, ln))
			ent[n - 1].cut = 1;
	}
	*count = n;
	return ent;
}
