/* xml: escaping text for XML and HTML documents. */
#include "xml.h"

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
