/*
 * xml: text escaped for XML and HTML documents (the books' XHTML, SMIL
 * and package files, the player page), in element text and in
 * attribute values alike.
 */
#ifndef AUDIOGUIDE_XML_H
#define AUDIOGUIDE_XML_H

#include <stddef.h>

#include "strbuf.h"

/* Append s[0..n) escaped; line breaks and tabs become spaces. */
void xml_add(struct strbuf *sb, const char *s, size_t n);
void xml_addstr(struct strbuf *sb, const char *s);
/* Append s for a comment: escaped, and "--", which ends no comment but
 * makes the document invalid, broken as "- -". */
void xml_add_comment(struct strbuf *sb, const char *s);
/* Append s as a regular expression that matches exactly s (PCRE, as
 * FreeSWITCH's dialplan reads it), escaped for an attribute. */
void xml_add_regex(struct strbuf *sb, const char *s);

#endif
