<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" alphabet="x-espeak" xml:lang="en"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <lexeme regex="true"><grapheme>(a+)+b</grapheme><alias>$1 $2 $9 $$ $</alias></lexeme>
  <lexeme regex="true"><grapheme>(?&lt;=\d)\p{L}+</grapheme><alias>[[$0]]</alias></lexeme>
  <lexeme><grapheme>IV</grapheme><grapheme>i v</grapheme><phoneme>aI v'i:</phoneme></lexeme>
  <lexeme><grapheme>mg</grapheme><alias>milligrams</alias><alias>second</alias></lexeme>
  <lexeme><grapheme>每次</grapheme><example>x</example><alias>每次</alias></lexeme>
</lexicon>
