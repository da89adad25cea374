<?xml version="1.0" encoding="UTF-8"?>
<!--
  Arabic: الوحدات والأوقات والاختصارات في نشرات المرضى.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="ar"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">

  <!-- A number and its unit, in Arabic or Latin letters; the unit said in the singular after the number, as spoken Modern Standard Arabic of the clinic does -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:ملغ|مغ|mg)\b</grapheme>
    <alias>$1 مِلِّيغْرام</alias>
  </lexeme>
  <lexeme><grapheme>ملغ</grapheme><grapheme>mg</grapheme><alias>مِلِّيغْرام</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:مكغ|mcg|µg|μg)\b</grapheme>
    <alias>$1 مِيكْرُوغْرام</alias>
  </lexeme>
  <lexeme><grapheme>مكغ</grapheme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>مِيكْرُوغْرام</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:غ|g)\b</grapheme>
    <alias>$1 غْرام</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:كغ|kg)\b</grapheme>
    <alias>$1 كِيلُوغْرام</alias>
  </lexeme>
  <lexeme><grapheme>كغ</grapheme><grapheme>kg</grapheme><alias>كِيلُوغْرام</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:مل|m[lL])\b</grapheme>
    <alias>$1 مِلِّيلِتْر</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>مِلِّيلِتْر</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:ل|[lL])\b</grapheme>
    <alias>$1 لِتْر</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:سم|cm)\b</grapheme>
    <alias>$1 سَنْتِيمِتْر</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>سَنْتِيمِتْر</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:ملم|مم|mm)\b</grapheme>
    <alias>$1 مِلِّيمِتْر</alias>
  </lexeme>
  <lexeme><grapheme>ملم</grapheme><grapheme>mm</grapheme><alias>مِلِّيمِتْر</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:°C|°م|°س)\b</grapheme>
    <alias>$1 دَرَجَة مِئَوِيَّة</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><grapheme>°م</grapheme><alias>دَرَجَة مِئَوِيَّة</alias></lexeme>
  <lexeme><grapheme>%</grapheme><grapheme>٪</grapheme><alias>في المِئَة</alias></lexeme>

  <!-- IV: a stage or grade is the fourth (feminine: المرحلة الرابعة); else intravenous -->
  <lexeme regex="true">
    <grapheme>(المرحلة|الدرجة) IV\b</grapheme>
    <alias>$1 الرّابِعَة</alias>
  </lexeme>
  <lexeme><grapheme>IV</grapheme><alias>وَرِيدِيّ</alias></lexeme>

  <!-- Times: 8:00 eight exactly; 8:05 eight and five minutes; 8 ص eight in the morning, 8 م in the evening -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(\d{1,2}):00(?![\d:])</grapheme>
    <alias>$1 تَمامًا</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(\d{1,2}):0([1-9])(?![\d:])</grapheme>
    <alias>$1 و $2 دَقائِق</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d{1,2}) ?ص\b</grapheme>
    <alias>$1 صَباحًا</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d{1,2}) ?م\b(?!\.)</grapheme>
    <alias>$1 مَساءً</alias>
  </lexeme>
</lexicon>
