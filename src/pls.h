/*
 * pls: pronunciation lexicons, W3C PLS 1.0 files (a subset), read with
 * expat, the only file that includes it.  A file is
 *
 *   <lexicon version="1.0" alphabet="x-espeak" xml:lang="es"
 *            xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
 *     <lexeme>
 *       <grapheme>mg</grapheme>          one or more
 *       <alias>miligramos</alias>        a respelling in the language,
 *     </lexeme>                          or <phoneme> in eSpeak NG's
 *     <lexeme regex="true">              phoneme mnemonics (x-espeak)
 *       <grapheme>1 ?mg</grapheme>       a PCRE2 pattern; the alias may
 *       <alias>un miligramo</alias>      use $1..$9 (DAISY Pipeline 2's
 *     </lexeme>                          extension of PLS)
 *   </lexicon>
 *
 * Graphemes and aliases are normalised to NFC.  <meta>, <metadata> and
 * <example> are allowed and ignored; anything else is an error with the
 * file and line, as are XML errors, DOCTYPEs, unknown alphabets, a
 * lexeme without grapheme or pronunciation, and the limits below.
 */
#ifndef AUDIOGUIDE_PLS_H
#define AUDIOGUIDE_PLS_H

#include <stddef.h>

#include "err.h"

#define PLS_MAX_BYTES (16u << 20)
#define PLS_MAX_LEXEMES 200000
#define PLS_MAX_TEXT 1000	/* bytes of a grapheme, alias or phoneme */
#define PLS_MAX_GRAPHEMES 100	/* in one lexeme */

struct pls_lexeme {
	char **grapheme;
	size_t ngrapheme;
	char *alias;		/* or NULL */
	char *phoneme;		/* x-espeak mnemonics, or NULL */
	int regex;		/* graphemes are patterns */
	int line;
};

struct pls_file {
	char *path;
	char *lang;		/* xml:lang, or NULL */
	struct pls_lexeme *lx;
	size_t n, alloc;
};

/* Read a PLS file into f (zeroed first). */
int pls_read(struct pls_file *f, const char *path, struct err *e);
/* The same from memory (path names it in messages). */
int pls_parse(struct pls_file *f, const char *path, const char *buf,
	      size_t len, struct err *e);
void pls_release(struct pls_file *f);

#endif
