/* xml: escaping text for XML and HTML documents. */
#include "xml.h"

#include <ctype.h>
#include <string.h>

void xml_add(struct strbuf *sb, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': strbuf_addstr(sb, "&amp;"); break;
		case '<': strbuf_addstr(sb, "&lt;"); break;
		case '>': strbuf_addstr(sb, "&gt;"); break;
		case '"': strbuf_addstr(sb, "&quot;"); break;
		case '\n': case '\r': case '\t': strbuf_addch(sb, ' '); break;
		default: strbuf_addch(sb, s[i]);
		}
	}
}

void xml_addstr(struct strbuf *sb, const char *s)
{
	xml_add(sb, s, strlen(s));
}

void xml_add_comment(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		xml_add(sb, s, 1);
		if (s[0] == '-' && (s[1] == '-' || s[1] == '\0'))
			strbuf_addch(sb, ' ');
	}
}

void xml_add_regex(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-' &&
		    !((unsigned char)*s & 0x80))
			strbuf_addch(sb, '\\');
		xml_add(sb, s, 1);
	}
}
