<?xml version="1.0" encoding="UTF-8"?>
<!--
  English: units, times of day and abbreviations of patient leaflets.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="en"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- A tumour marker: "CA 15-3", "CA 19-9", "CA 125" "C A 15 3" (the hyphen
       is no range: it was "15 to 3") -->
  <lexeme regex="true">
    <grapheme>\bCA ?(15|19|72|27)[-‐–.](3|9|4|29)(?![\d-]|[.,]\d)</grapheme>
    <alias>C eh $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bCA ?(125|242|50)(?![\d-]|[.,]\d)</grapheme>
    <alias>C eh $1</alias>
  </lexeme>

  <!-- 24-hour times without a colon, as opening hours are written
       ("0900-1700", "Open 0830 to 1630", "2200-0600", "1400hrs", "at
       0830"): 0900 "9 o'clock", 1700 "17 hundred", 0815 "8 15".  Only
       two numbers of four digits joined as a range, one starting with 0;
       one that "hrs" follows; or one starting with 0 after "at", "from",
       "by", "before", "after", "until", "till" or "since".  "1990-2000",
       "1200 patients", "dial 0345" and "PIN 0000" stay numbers, and "0800
       123 4567" and "from an 0800 number" telephone numbers.  Before the
       units, so that "1400hrs" is a time and not 1400 hours. -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,+/])(?=0\d{3}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )(?:\d{4}(?!\d)|\d\d?:\d\d)|\d{4}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )0\d{3}(?!\d)|\d{4} ?hrs\b|(?&lt;=\bat |\bAt |\bfrom |\bFrom |\bby |\bbefore |\bafter |\buntil |\btill |\bsince )0\d{3}(?!\d)|(?&lt;=0\d{3}[-–]|0\d{3} [-–] |0\d{3}hrs[-–]|0\d{3} to |0\d{3} till |0\d{3} until |0\d{3} and )\d{4}(?!\d)|(?&lt;=\d{4}[-–]|\d{4} [-–] |\d{4}hrs[-–]|\d{4} to |\d{4} till |\d{4} until |\d{4} and )0\d{3}(?!\d))(?:0000|2400)(?: ?hrs\b)?(?![\d:/]|[.,]\d| +\d| +numbers?\b|[-–]\d(?!\d{3}(?!\d|[-–./ ]\d)|\d?[:.]\d\d))</grapheme>
    <alias>midnight</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,+/])(?=0\d{3}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )(?:\d{4}(?!\d)|\d\d?:\d\d)|\d{4}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )0\d{3}(?!\d)|\d{4} ?hrs\b|(?&lt;=\bat |\bAt |\bfrom |\bFrom |\bby |\bbefore |\bafter |\buntil |\btill |\bsince )0\d{3}(?!\d)|(?&lt;=0\d{3}[-–]|0\d{3} [-–] |0\d{3}hrs[-–]|0\d{3} to |0\d{3} till |0\d{3} until |0\d{3} and )\d{4}(?!\d)|(?&lt;=\d{4}[-–]|\d{4} [-–] |\d{4}hrs[-–]|\d{4} to |\d{4} till |\d{4} until |\d{4} and )0\d{3}(?!\d))0?(1[0-2]|[1-9])00(?: ?hrs\b)?(?![\d:/]|[.,]\d| +\d| +numbers?\b|[-–]\d(?!\d{3}(?!\d|[-–./ ]\d)|\d?[:.]\d\d))</grapheme>
    <alias>$1 o'clock</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,+/])(?=0\d{3}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )(?:\d{4}(?!\d)|\d\d?:\d\d)|\d{4}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )0\d{3}(?!\d)|\d{4} ?hrs\b|(?&lt;=\bat |\bAt |\bfrom |\bFrom |\bby |\bbefore |\bafter |\buntil |\btill |\bsince )0\d{3}(?!\d)|(?&lt;=0\d{3}[-–]|0\d{3} [-–] |0\d{3}hrs[-–]|0\d{3} to |0\d{3} till |0\d{3} until |0\d{3} and )\d{4}(?!\d)|(?&lt;=\d{4}[-–]|\d{4} [-–] |\d{4}hrs[-–]|\d{4} to |\d{4} till |\d{4} until |\d{4} and )0\d{3}(?!\d))(1[3-9]|2[0-3])00(?: ?hrs\b)?(?![\d:/]|[.,]\d| +\d| +numbers?\b|[-–]\d(?!\d{3}(?!\d|[-–./ ]\d)|\d?[:.]\d\d))</grapheme>
    <alias>$1 hundred</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,+/])(?=0\d{3}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )(?:\d{4}(?!\d)|\d\d?:\d\d)|\d{4}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )0\d{3}(?!\d)|\d{4} ?hrs\b|(?&lt;=\bat |\bAt |\bfrom |\bFrom |\bby |\bbefore |\bafter |\buntil |\btill |\bsince )0\d{3}(?!\d)|(?&lt;=0\d{3}[-–]|0\d{3} [-–] |0\d{3}hrs[-–]|0\d{3} to |0\d{3} till |0\d{3} until |0\d{3} and )\d{4}(?!\d)|(?&lt;=\d{4}[-–]|\d{4} [-–] |\d{4}hrs[-–]|\d{4} to |\d{4} till |\d{4} until |\d{4} and )0\d{3}(?!\d))0?(1\d|2[0-3]|\d)0([1-9])(?: ?hrs\b)?(?![\d:/]|[.,]\d| +\d| +numbers?\b|[-–]\d(?!\d{3}(?!\d|[-–./ ]\d)|\d?[:.]\d\d))</grapheme>
    <alias>$1 oh $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,+/])(?=0\d{3}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )(?:\d{4}(?!\d)|\d\d?:\d\d)|\d{4}(?:hrs)?(?:[-–]| [-–] | to | till | until | and )0\d{3}(?!\d)|\d{4} ?hrs\b|(?&lt;=\bat |\bAt |\bfrom |\bFrom |\bby |\bbefore |\bafter |\buntil |\btill |\bsince )0\d{3}(?!\d)|(?&lt;=0\d{3}[-–]|0\d{3} [-–] |0\d{3}hrs[-–]|0\d{3} to |0\d{3} till |0\d{3} until |0\d{3} and )\d{4}(?!\d)|(?&lt;=\d{4}[-–]|\d{4} [-–] |\d{4}hrs[-–]|\d{4} to |\d{4} till |\d{4} until |\d{4} and )0\d{3}(?!\d))0?(1\d|2[0-3]|\d)([1-5]\d)(?: ?hrs\b)?(?![\d:/]|[.,]\d| +\d| +numbers?\b|[-–]\d(?!\d{3}(?!\d|[-–./ ]\d)|\d?[:.]\d\d))</grapheme>
    <alias>$1 $2</alias>
  </lexeme>

  <!-- A number and its unit: "1 mg" one milligram, "5mg" and "0.5 mg" milligrams -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mg\b</grapheme>
    <alias>1 milligram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mg\b</grapheme>
    <alias>$1 milligrams</alias>
  </lexeme>
  <lexeme><grapheme>mg</grapheme><alias>milligrams</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>1 microgram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$1 micrograms</alias>
  </lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>micrograms</alias></lexeme>
  <!-- Laboratory values: "4 ng/mL" four nanograms per millilitre, "2.6
       mmol/L" millimoles per litre, "90 µmol/l", "12 g/dL" grams per
       decilitre -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?ng\b</grapheme>
    <alias>1 nanogram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ng\b</grapheme>
    <alias>$1 nanograms</alias>
  </lexeme>
  <lexeme><grapheme>ng</grapheme><alias>nanograms</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mmol\b</grapheme>
    <alias>1 millimole</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µmol|μmol)\b</grapheme>
    <alias>1 micromole</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:µmol|μmol)\b</grapheme>
    <alias>$1 micromoles</alias>
  </lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>micromoles</alias></lexeme>
  <!-- a volume: "10 µL" 10 microlitres (eSpeak NG said "micro L") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>1 microlitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>$1 microlitres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?nmol\b</grapheme>
    <alias>1 nanomole</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?nmol\b</grapheme>
    <alias>$1 nanomoles</alias>
  </lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>nanomoles</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?d[lL]\b</grapheme>
    <alias>1 decilitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?d[lL]\b</grapheme>
    <alias>$1 decilitres</alias>
  </lexeme>
  <lexeme><grapheme>dl</grapheme><grapheme>dL</grapheme><alias>decilitres</alias></lexeme>
  <!-- Radiotherapy: "20 Gy in 5 fractions" is 20 gray -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gy\b</grapheme>
    <alias>$1 gray</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>gray</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?g\b</grapheme>
    <alias>1 gram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?g\b</grapheme>
    <alias>$1 grams</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?kg\b</grapheme>
    <alias>1 kilogram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?kg\b</grapheme>
    <alias>$1 kilograms</alias>
  </lexeme>
  <lexeme><grapheme>kg</grapheme><alias>kilograms</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[lL]\b</grapheme>
    <alias>1 millilitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>$1 millilitres</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>millilitres</alias></lexeme>
  <!-- "10mls", as UK leaflets write it, is 10 millilitres, not "M L S" -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mls\b</grapheme>
    <alias>$1 millilitres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?[lL]\b</grapheme>
    <alias>1 litre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?[lL]\b</grapheme>
    <alias>$1 litres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cm\b</grapheme>
    <alias>1 centimetre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?cm\b</grapheme>
    <alias>$1 centimetres</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>centimetres</alias></lexeme>
  <!-- a length: "2 m" is 2 metres (eSpeak NG said the letter, "two em"); not after a currency sign ("£2 m") nor before people counted ("2 m people") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])1 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>1 metre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])(\d+(?:[.,]\d+)?) ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>$1 metres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mm\b</grapheme>
    <alias>1 millimetre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mm\b</grapheme>
    <alias>$1 millimetres</alias>
  </lexeme>
  <lexeme><grapheme>mm</grapheme><alias>millimetres</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mins?\b</grapheme>
    <alias>1 minute</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mins?\b</grapheme>
    <alias>$1 minutes</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:h|hrs?)\b</grapheme>
    <alias>1 hour</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:h|hrs?)\b</grapheme>
    <alias>$1 hours</alias>
  </lexeme>
  <!-- A dose written without its leading zero: ".5 ml" is 0.5, not "dot five" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])\.(\d+)(?![\d,]|\.\d)</grapheme>
    <alias>0.$1</alias>
  </lexeme>
  <!-- Short forms eSpeak NG spells or misreads: "mins" (minz), "hrs" (H R
       S), "wks", "yrs" (erz), "mths" (M T H S), "tsp" (T S P) -->
  <lexeme><grapheme>mins</grapheme><alias>minutes</alias></lexeme>
  <!-- before a noun, "a 30-min session", "a 2-wk course": a 30-minute
       session (it was "thirty min") -->
  <lexeme regex="true">
    <grapheme>(\d+)-mins?\b\.?</grapheme>
    <alias>$1-minute</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+)-wks?\b\.?</grapheme>
    <alias>$1-week</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+)-yrs?\b\.?</grapheme>
    <alias>$1-year</alias>
  </lexeme>
  <!-- "5 secs" was "5 sex", "30 sec" "30 sek" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?secs?\b</grapheme>
    <alias>1 second</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?secs?\b</grapheme>
    <alias>$1 seconds</alias>
  </lexeme>
  <!-- a pulse, "72 bpm": beats per minute (it was "B P M") -->
  <lexeme regex="true"><grapheme>(?&lt;=\d )bpm\b</grapheme><alias>beats per minute</alias></lexeme>
  <lexeme><grapheme>hrs</grapheme><alias>hours</alias></lexeme>
  <lexeme><grapheme>hr</grapheme><alias>hour</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?wks?\b</grapheme>
    <alias>1 week</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?wks?\b</grapheme>
    <alias>$1 weeks</alias>
  </lexeme>
  <lexeme><grapheme>wks</grapheme><alias>weeks</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?yrs?\b</grapheme>
    <alias>1 year</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?yrs?\b</grapheme>
    <alias>$1 years</alias>
  </lexeme>
  <lexeme><grapheme>yrs</grapheme><alias>years</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m(?:n?th)s?\b</grapheme>
    <alias>1 month</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m(?:n?th)s?\b</grapheme>
    <alias>$1 months</alias>
  </lexeme>
  <lexeme><grapheme>mths</grapheme><alias>months</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?tsp\b</grapheme>
    <alias>1 teaspoon</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?tsp\b</grapheme>
    <alias>$1 teaspoons</alias>
  </lexeme>
  <lexeme><grapheme>tsp</grapheme><alias>teaspoon</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?tbsp\b</grapheme>
    <alias>1 tablespoon</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?tbsps?\b</grapheme>
    <alias>$1 tablespoons</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?° ?C\b</grapheme>
    <alias>1 degree Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?° ?C\b</grapheme>
    <alias>$1 degrees Celsius</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><alias>degrees Celsius</alias></lexeme>
  <!-- A strength before the noun it describes is singular, as English says
       a measure used as an adjective: "a 5 mg tablet" is "a 5 milligram
       tablet", "a 5ml spoon" "a 5 millilitre spoon" (it said "5
       milligrams tablet"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:\.\d+)?) ?mg (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|syringes?|bottles?)\b</grapheme>
    <alias>$1 milligram $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:\.\d+)?) ?(?:mcg|µg|μg) (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|syringes?|bottles?)\b</grapheme>
    <alias>$1 microgram $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:\.\d+)?) ?g (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|syringes?|bottles?)\b</grapheme>
    <alias>$1 gram $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:\.\d+)?) ?m[lL] (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|syringes?|bottles?)\b</grapheme>
    <alias>$1 millilitre $2</alias>
  </lexeme>
  <!-- A length before the noun it describes, in the singular too: "a
       4mm needle" "a 4 millimetre needle", "a 2 cm lump" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:\.\d+)?) ?mm (needles?|lumps?|tumou?rs?|incisions?|scars?|cuts?|wounds?|cysts?|stones?|nodules?|polyps?|gaps?|margins?|lesions?|growths?|tubes?|catheters?|cannulas?|stents?)\b</grapheme>
    <alias>$1 millimetre $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:\.\d+)?) ?cm (needles?|lumps?|tumou?rs?|incisions?|scars?|cuts?|wounds?|cysts?|stones?|nodules?|polyps?|gaps?|margins?|lesions?|growths?|tubes?|catheters?|cannulas?|stents?)\b</grapheme>
    <alias>$1 centimetre $2</alias>
  </lexeme>
  <!-- A body temperature written without its degree sign, as UK
       leaflets do: "a temperature of 38C or above" is 38 degrees Celsius
       (it said "38 C"); only from 34 to 42, after a word that compares
       or names it, or before "or higher" and the like ("Room 38C" stays). -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\babove |\bover |\bbelow |\bunder |\bthan |\breaches |\bexceeds |\bhits |\bof |\bis |\bto |\btemperature |\bfever )((?:3[4-9]|4[0-2])(?:\.\d)?) ?C\b(?!\.\d)</grapheme>
    <alias>$1 degrees Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:3[4-9]|4[0-2])(?:\.\d)?) ?C(?= or (?:higher|above|more|over|greater|lower|below|less|under)\b)</grapheme>
    <alias>$1 degrees Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?°F\b</grapheme>
    <alias>1 degree Fahrenheit</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?°F\b</grapheme>
    <alias>$1 degrees Fahrenheit</alias>
  </lexeme>
  <lexeme><grapheme>°F</grapheme><alias>degrees Fahrenheit</alias></lexeme>
  <!-- Imperial weights and heights: "10 st 4 lb" is not "ten saint four
       L B", "5 ft 6 in" not "five F T six in".  "st" and "in" only in
       these pairs ("1st", "1 in 10" stay as they are); "lbs" the voice
       says itself. -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) st (?:and )?1 ?lb\b</grapheme>
    <alias>$1 stone 1 pound</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) st (?:and )?(\d+(?:[.,]\d+)?) ?lbs?\b</grapheme>
    <alias>$1 stone $2 pounds</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) st\b(?!\.? ?[A-Z])</grapheme>
    <alias>$1 stone</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?lb\b</grapheme>
    <alias>1 pound</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?lbs?\b</grapheme>
    <alias>$1 pounds</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?oz\b</grapheme>
    <alias>1 ounce</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?oz\b</grapheme>
    <alias>$1 ounces</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?ft (?:and )?1 ?in\b</grapheme>
    <alias>$1 feet 1 inch</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?ft (?:and )?(\d+(?:[.,]\d+)?) ?in\b</grapheme>
    <alias>$1 feet $2 inches</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?ft\b</grapheme>
    <alias>1 foot</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ft\b</grapheme>
    <alias>$1 feet</alias>
  </lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>millimoles</alias></lexeme>
  <!-- Blood pressure: 140/90 mmHg is "140 over 90" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?mmHg\b</grapheme>
    <alias>$1 over $2 millimetres of mercury</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>millimetres of mercury</alias></lexeme>
  <!-- ... and after "blood pressure" or "BP" without its unit -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bpressure |\bpressure of |\bpressure is |\bpressure: |\bBP |\bBP of |\bBP is |\bBP: )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 over $2</alias>
  </lexeme>
  <!-- ... and a reading after "below", "under", "above", "over", "than",
       "e.g." or "target": "keep it below 140/90" (no date has a first
       number from 70, nor a score of 10 its second from 40) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bbelow |\bunder |\babove |\bover |\bthan |\be\.g\. |\btarget |\btarget of |\breading of |\breadings of )([7-9]\d|1\d\d|2[0-4]\d)/([4-9]\d|1[0-4]\d)(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 over $2</alias>
  </lexeme>
  <lexeme><grapheme>IU</grapheme><alias>international units</alias></lexeme>
  <!-- Lines and masks as they are said on a ward: a PICC line is a "pick
       line" (it was spelled "P I C C"), CPAP "see pap" -->
  <lexeme><grapheme>PICC</grapheme><alias>pick</alias></lexeme>
  <lexeme><grapheme>CPAP</grapheme><alias>see pap</alias></lexeme>
  <lexeme><grapheme>%</grapheme><alias>percent</alias></lexeme>

  <!-- "per": 5 mg/kg is five milligrams per kilogram -->
  <lexeme><grapheme>/kg</grapheme><alias>per kilogram</alias></lexeme>
  <lexeme><grapheme>/L</grapheme><grapheme>/l</grapheme><alias>per litre</alias></lexeme>
  <lexeme><grapheme>/day</grapheme><alias>per day</alias></lexeme>
  <lexeme><grapheme>/week</grapheme><alias>per week</alias></lexeme>
  <lexeme><grapheme>/h</grapheme><alias>per hour</alias></lexeme>
  <lexeme><grapheme>/min</grapheme><alias>per minute</alias></lexeme>
  <!-- a liquid medicine's strength: 120 mg/5 mL is "120 milligrams per 5
       millilitres"; a dose by body surface: 75 mg/m² -->
  <lexeme regex="true">
    <grapheme>/ ?(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>per $1 millilitres</alias>
  </lexeme>
  <lexeme><grapheme>/mL</grapheme><grapheme>/ml</grapheme><alias>per millilitre</alias></lexeme>
  <lexeme><grapheme>/dL</grapheme><grapheme>/dl</grapheme><alias>per decilitre</alias></lexeme>
  <!-- blood counts: "150,000/µL", "4000/mm³" -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>per microlitre</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>per cubic millimetre</alias></lexeme>
  <!-- "150 G/L" is "150 giga per litre" (eSpeak NG said the letter) -->
  <lexeme regex="true">
    <grapheme>(\d+(?:\.\d+)?) ?G/L\b</grapheme>
    <alias>$1 giga per litre</alias>
  </lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>per square metre</alias></lexeme>
  <lexeme><grapheme>/hour</grapheme><grapheme>/hr</grapheme><alias>per hour</alias></lexeme>
  <lexeme><grapheme>/month</grapheme><alias>per month</alias></lexeme>
  <lexeme><grapheme>/dose</grapheme><alias>per dose</alias></lexeme>
  <!-- "8 Gy/fraction" was "gray slash fraction": Gy/fraction, Gy/session -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/(?=\p{L})</grapheme>
    <alias> per </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/ ?(?=\d)</grapheme>
    <alias> in </alias>
  </lexeme>
  <!-- A radiotherapy course's fractions, as UK notes write them: "8Gy/1#",
       "20 Gy/5#", "20 Gy in 5 #" are "8 gray in 1 fraction", "20 gray in
       5 fractions" (eSpeak NG said "5 hash") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=Gy/|Gy/ |Gy in )1 ?#(?![\w#])</grapheme>
    <alias>1 fraction</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=Gy/|Gy/ |Gy in )(\d{1,2}) ?#(?![\w#])</grapheme>
    <alias>$1 fractions</alias>
  </lexeme>
  <lexeme><grapheme>/mol</grapheme><alias>per mole</alias></lexeme>
  <!-- Pence: "calls cost 7p per minute" (one or two digits: "1080p" is
       no price) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1p\b</grapheme>
    <alias>1 penny</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d{1,2})p\b</grapheme>
    <alias>$1 pence</alias>
  </lexeme>
  <!-- A short code to text, "Text SHOUT to 85258", digit by digit (it was
       "eighty-five thousand two hundred and fifty-eight"); its keyword
       may be quoted, of 2 to 12 characters -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Tt]ext \S{2} |\b[Tt]ext \S{3} |\b[Tt]ext \S{4} |\b[Tt]ext \S{5} |\b[Tt]ext \S{6} |\b[Tt]ext \S{7} |\b[Tt]ext \S{8} |\b[Tt]ext \S{9} |\b[Tt]ext \S{10} |\b[Tt]ext \S{11} |\b[Tt]ext \S{12} )to (\d)(\d)(\d)(\d)(\d)(?!\d|[.,]\d)</grapheme>
    <alias>to $1 $2 $3 $4 $5</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Tt]ext \S{2} |\b[Tt]ext \S{3} |\b[Tt]ext \S{4} |\b[Tt]ext \S{5} |\b[Tt]ext \S{6} |\b[Tt]ext \S{7} |\b[Tt]ext \S{8} |\b[Tt]ext \S{9} |\b[Tt]ext \S{10} |\b[Tt]ext \S{11} |\b[Tt]ext \S{12} )to (\d)(\d)(\d)(\d)(\d)(\d)(?!\d|[.,]\d)</grapheme>
    <alias>to $1 $2 $3 $4 $5 $6</alias>
  </lexeme>
  <!-- A telephone extension, "ext. 5678" or "x5678", digit by digit (not
       "five thousand six hundred", nor "5678 times"); "x" only joined to
       four or five digits, so "3 x 250 mg" and "x2" keep their "times";
       a sentence's full stop may follow ("ext. 4521."), a decimal may not -->
  <lexeme regex="true">
    <grapheme>\b(?:[Ee]xt|[Ee]xtn|[Ee]xtension)\.? ?(\d)(\d)(\d)(?![\d,]|\.\d)</grapheme>
    <alias>extension $1 $2 $3</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(?:[Ee]xt|[Ee]xtn|[Ee]xtension)\.? ?(\d)(\d)(\d)(\d)(?![\d,]|\.\d)</grapheme>
    <alias>extension $1 $2 $3 $4</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(?:[Ee]xt\.? ?|[Ee]xtn\.? ?|[Ee]xtension ?|x)(\d)(\d)(\d)(\d)(\d)(?![\d,]|\.\d)</grapheme>
    <alias>extension $1 $2 $3 $4 $5</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bx(\d)(\d)(\d)(\d)(?![\d,]|\.\d)</grapheme>
    <alias>extension $1 $2 $3 $4</alias>
  </lexeme>
  <!-- a maximum: 8 tablets/24 hours, "per 24 hours" (12, 24, 48, 72 only:
       "9/17" is not one) -->
  <lexeme regex="true">
    <grapheme>/ ?(12|24|48|72) ?(?:hours|hrs|hr|h)\b</grapheme>
    <alias>per $1 hours</alias>
  </lexeme>
  <!-- a dose's interval: 1 g/6 h, "every 6 hours" (after a unit, not
       after a number: "9/17 h" may be opening hours) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])(?&lt;!\dh)/ ?([2-9]|1[013-9]|2[0-3]) ?(?:hours|hrs|hr|h)\b</grapheme>
    <alias>every $1 hours</alias>
  </lexeme>

  <!-- IV: intravenous, said "I V"; a stage or grade IV is four -->
  <!-- "Stage 4 (IV)": the numeral again, not "I V" -->
  <lexeme regex="true">
    <grapheme>\b(stage|Stage|grade|Grade|type|Type|phase|Phase) 4 \(IV\)</grapheme>
    <alias>$1 4</alias>
  </lexeme>
  <!-- IV alone: "I V"; a Roman numeral after "stage" and the like is
       its number, by [roman] of en.rules -->
  <lexeme regex="true">
    <grapheme>\bIV\b</grapheme>
    <alias>I V</alias>
  </lexeme>

  <!-- Times of day: 8:00 eight o'clock, 14:00 fourteen hundred, 8:05 eight
       oh five.  With am or pm, apart or together ("8:00 am", "8.30 a.m.",
       "9:30am-5pm"): 8 am, 8 30 am, 8 oh 5 am, one item each, so that a
       range of them is said with "to" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(1[0-2]|[1-9])(?:[:.]00)? ?[aA]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 am</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(1[0-2]|[1-9])[:.]0([1-9]) ?[aA]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 oh $2 am</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(1[0-2]|[1-9])[:.]([1-5]\d) ?[aA]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 $2 am</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(1[0-2]|[1-9])(?:[:.]00)? ?[pP]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 pm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(1[0-2]|[1-9])[:.]0([1-9]) ?[pP]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 oh $2 pm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(1[0-2]|[1-9])[:.]([1-5]\d) ?[pP]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 $2 pm</alias>
  </lexeme>
  <!-- A 24-hour time with pm ("14:00 pm", "15.30pm"): the pm adds
       nothing, and "14 hundred pm" is no time; said as a 24-hour time.
       Midnight's hour with am ("0:30 am", "00:05 am"): 12 -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(1[3-9]|2[0-3])[:.]00 ?[pP]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 hundred</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(1[3-9]|2[0-3])[:.]0([1-9]) ?[pP]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 oh $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(1[3-9]|2[0-3])[:.]([1-5]\d) ?[pP]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])00?[:.]00 ?[aA]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>12 am</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])00?[:.]0([1-9]) ?[aA]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>12 oh $1 am</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])00?[:.]([1-5]\d) ?[aA]\.?[mM]\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>12 $1 am</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(?:00|24):00(?![\d:])</grapheme>
    <alias>midnight</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(1[3-9]|2[0-3]):00(?![\d:])</grapheme>
    <alias>$1 hundred</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):00(?![\d:])</grapheme>
    <alias>$1 o'clock</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):0([1-9])(?![\d:])</grapheme>
    <alias>$1 oh $2</alias>
  </lexeme>

  <!-- Abbreviations, said in full (and their full stop is no sentence end) -->
  <!-- "See p. 12", "pp. 12-14": page, pages -->
  <lexeme regex="true">
    <grapheme>\bp\. ?(?=\d)</grapheme>
    <alias>page </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bpp\. ?(?=\d)</grapheme>
    <alias>pages </alias>
  </lexeme>
  <!-- "Room No. 5", "bed no. 12": number (eSpeak NG said "no five") -->
  <lexeme regex="true">
    <grapheme>\b[Nn]o\. ?(?=\d)</grapheme>
    <alias>number </alias>
  </lexeme>
  <!-- a score out of 10: "pain score 7/10" "7 out of 10" (eSpeak NG said
       "7 slash 10"), "pain score ≥7/10", "above 7/10"; after these words
       and signs only, since 7/10 may be a date -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bscore |\bscore of |\bscored |\bscores |\bscores of |\bScore |\bScores |\bScores of |\bpain |\bPain |\bpain is |\bpain of |\bpain at |\brated |\brating |\brating of |≥|≤|≥ |≤ |&gt; |&lt; |\bat least |\babove |\bbelow |\bover )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 out of 10</alias>
  </lexeme>
  <!-- "c. 5 minutes", "c.50 mg": circa, about (it was "see 5") -->
  <lexeme regex="true">
    <grapheme>\bc\. ?(?=\d)</grapheme>
    <alias>about </alias>
  </lexeme>
  <!-- A number in the plural (eSpeak NG said "the 1960s" as "nineteen
       sixty z" and dropped the "'s" of "1960's"): ages, "over-65s",
       "under 5s", "Over 18s only", are "over 65 year olds"; decades, "in
       your 30s", "the 1960s", "the 1900s", "the 2000s", are "thirties",
       "19 sixties", "19 hundreds", "2 thousands".  Not after "for",
       "every", "hold" ("hold for 10s" may be seconds: left as it was). -->
  <lexeme regex="true">
    <grapheme>\b([Oo]ver|[Uu]nder)[- ](\d{1,2})(?:'|’)?s\b</grapheme>
    <alias>$1 $2 year olds</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)20(?:'|’)?s\b</grapheme>
    <alias>$1 twenties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)30(?:'|’)?s\b</grapheme>
    <alias>$1 thirties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)40(?:'|’)?s\b</grapheme>
    <alias>$1 forties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)50(?:'|’)?s\b</grapheme>
    <alias>$1 fifties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)60(?:'|’)?s\b</grapheme>
    <alias>$1 sixties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)70(?:'|’)?s\b</grapheme>
    <alias>$1 seventies</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)80(?:'|’)?s\b</grapheme>
    <alias>$1 eighties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )((?:1\d|20)?)90(?:'|’)?s\b</grapheme>
    <alias>$1 nineties</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )(1\d)00(?:'|’)?s\b</grapheme>
    <alias>$1 hundreds</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,:/£$€#+])(?&lt;!\bfor )(?&lt;!\bevery )(?&lt;!\bhold )(?&lt;!\bHold )([12])000(?:'|’)?s\b</grapheme>
    <alias>$1 thousands</alias>
  </lexeme>
  <!-- "fig. 3" was "fig", "ch. 5" "C H", "sect. 2" "sect" -->
  <lexeme regex="true"><grapheme>\b[fF]ig\. ?(?=\d)</grapheme><alias>figure </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]h\. ?(?=\d)</grapheme><alias>chapter </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]hap\. ?(?=\d)</grapheme><alias>chapter </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[sS]ect\. ?(?=\d)</grapheme><alias>section </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[pP]ara\. ?(?=\d)</grapheme><alias>paragraph </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[vV]ol\. ?(?=\d)</grapheme><alias>volume </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[rR]ef\. ?(?=\d)</grapheme><alias>reference </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[aA]pp\. ?(?=\d)</grapheme><alias>appendix </alias></lexeme>
  <lexeme><grapheme>inc.</grapheme><alias>including</alias></lexeme>
  <!-- "cf. page 5" was "C F" -->
  <lexeme><grapheme>cf.</grapheme><alias>compare</alias></lexeme>
  <!-- "vit D", "Vit. B12": vitamin (it was "vit") -->
  <lexeme regex="true">
    <grapheme>\b[Vv]it\.? (?=[ABCDEK]\d{0,2}\b)</grapheme>
    <alias>vitamin </alias>
  </lexeme>
  <lexeme><grapheme>Dr.</grapheme><alias>Doctor</alias></lexeme>
  <!-- titles before a name: "Ms Lee" was "M S Lee", "Prof Smith" "prof",
       "Sr Brown" (a ward sister) "S R", "Rev Green" (the chaplain) "rev";
       "vs." "V S", "appt" "apt", "pls" "P L S", "w/c 5 May" "W slash C" -->
  <lexeme regex="true"><grapheme>\bMs\.?(?= \p{Lu})</grapheme><alias>Miz</alias></lexeme>
  <lexeme regex="true"><grapheme>\bProf\.?(?= \p{Lu})</grapheme><alias>Professor</alias></lexeme>
  <lexeme regex="true"><grapheme>\bSr\.?(?= \p{Lu}\p{Ll})</grapheme><alias>Sister</alias></lexeme>
  <lexeme regex="true"><grapheme>\bRev\.?(?= \p{Lu}\p{Ll})</grapheme><alias>Reverend</alias></lexeme>
  <lexeme><grapheme>vs.</grapheme><grapheme>vs</grapheme><alias>versus</alias></lexeme>
  <lexeme><grapheme>appt</grapheme><grapheme>appt.</grapheme><alias>appointment</alias></lexeme>
  <lexeme><grapheme>appts</grapheme><alias>appointments</alias></lexeme>
  <lexeme><grapheme>pls</grapheme><alias>please</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[Ww]/[Cc](?= \d)</grapheme><alias>week commencing</alias></lexeme>
  <lexeme><grapheme>N/A</grapheme><grapheme>n/a</grapheme><alias>not applicable</alias></lexeme>
  <lexeme><grapheme>approx.</grapheme><grapheme>approx</grapheme><alias>approximately</alias></lexeme>
  <!-- a financial or school year, "2024/25": 2024 to 25 (it was "2024
       slash 25"); the second the year after the first -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(?=20(?|(\d)0/\g{1}1|(\d)1/\g{1}2|(\d)2/\g{1}3|(\d)3/\g{1}4|(\d)4/\g{1}5|(\d)5/\g{1}6|(\d)6/\g{1}7|(\d)7/\g{1}8|(\d)8/\g{1}9|09/10|19/20|29/30|39/40|49/50|59/60|69/70|79/80|89/90)(?![\d/]))(20\d\d)/(\d\d)</grapheme>
    <alias>$2 to $3</alias>
  </lexeme>
  <lexeme><grapheme>e.g.</grapheme><alias>for example</alias></lexeme>
  <lexeme><grapheme>i.e.</grapheme><alias>that is</alias></lexeme>
  <lexeme regex="true"><grapheme>\betc(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>et cetera</alias></lexeme>
  <lexeme><grapheme>Tel.</grapheme><grapheme>Tel:</grapheme><alias>Telephone</alias></lexeme>
  <!-- Addresses: "Queen's Rd" was "R D", "High St," "High saint", "Bldg. 3"
       "B L D G", "Fl. 2" and "Rm. 204" letters, "Ave." "ahvay", "Hosp."
       "hosp".  "St" is a street before a comma, a stop that ends the
       text, a small letter or a number ("1 High St, London"); before a
       capital it is a saint ("St Mary's", "St. Thomas' Hospital"), but
       after a number, "the", "on", "in" or "at" and a name ("5 High St.
       Call us", "on the High St. Visit").  A dot
       before a capital is kept: it may end the sentence. -->
  <lexeme regex="true"><grapheme>\bRd\b(?:\.(?!\s+\p{Lu}|\s*$))?</grapheme><alias>Road</alias></lexeme>
  <lexeme regex="true"><grapheme>\bSt\b\.?(?=[,;:)]|\s+[\p{Ll}\d])</grapheme><alias>Street</alias></lexeme>
  <lexeme regex="true"><grapheme>\bSt\b(?=\.?\s*$)</grapheme><alias>Street</alias></lexeme>
  <lexeme regex="true"><grapheme>\b((?:\d+[A-Za-z]?|the|The|on|in|at) (?:\p{Lu}[\p{Ll}'’]+ ){1,3})St\b(?=\.)</grapheme><alias>$1Street</alias></lexeme>
  <lexeme regex="true"><grapheme>\bBldg\b(?:\.(?!\s+\p{Lu}|\s*$))?</grapheme><alias>Building</alias></lexeme>
  <lexeme regex="true"><grapheme>\bFl\. ?(?=\d)</grapheme><alias>Floor </alias></lexeme>
  <lexeme regex="true"><grapheme>\bRm\b\.? ?(?=\d)</grapheme><alias>Room </alias></lexeme>
  <lexeme regex="true"><grapheme>\bAve\b(?:\.(?!\s+\p{Lu}|\s*$))?</grapheme><alias>Avenue</alias></lexeme>
  <lexeme regex="true"><grapheme>\bHosp\b\.?</grapheme><alias>Hospital</alias></lexeme>
  <lexeme><grapheme>tel.</grapheme><alias>telephone</alias></lexeme>
  <lexeme><grapheme>max.</grapheme><grapheme>Max.</grapheme><alias>maximum</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?tab\b\.?</grapheme>
    <alias>1 tablet</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?tabs?\b\.?</grapheme>
    <alias>$1 tablets</alias>
  </lexeme>
  <!-- "½ an hour" and "½ a tablet" are "half an hour" and "half a
       tablet": the fraction class would say "a half an hour" (not after
       its not_after words: "grade 1/2" is "grade 1 or 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w/.,])(?&lt;!\b[Gg]rade |\b[Ss]tage |\b[Ww]eek |\b[Dd]ay |\b[Cc]ycle |\b[Pp]hase |\b[Tt]ype )(?:½|1/2) (an?)\b(?! ?[-–/])</grapheme>
    <alias>half $1</alias>
  </lexeme>
  <!-- after a fraction, which the fraction class says: "½ tab" "a half
       tablet", "1 1/2 tabs" "1 and a half tablets" -->
  <lexeme regex="true">
    <grapheme>(?&lt;=[½¼¾⅓⅔] |[½¼¾⅓⅔]|\d/[1-9] |\d/[1-9])tab\b\.?</grapheme>
    <alias>tablet</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[½¼¾⅓⅔] |[½¼¾⅓⅔]|\d/[1-9] |\d/[1-9])tabs\b\.?</grapheme>
    <alias>tablets</alias>
  </lexeme>

  <!-- A count of doses of a strength: "1 x 500 mg capsule" is "1 capsule
       of 500 milligrams", not "1 times 500 milligrams capsule"; "2 x 5 ml
       spoonfuls" "2 spoonfuls of 5 millilitres".  An alias is not read
       again, so each says its unit. -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?1 ?mg (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $2 of 1 milligram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?(\d+(?:\.\d+)?) ?mg (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $3 of $2 milligrams</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?1 ?(?:mcg|µg|μg) (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $2 of 1 microgram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?(\d+(?:\.\d+)?) ?(?:mcg|µg|μg) (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $3 of $2 micrograms</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?1 ?g (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $2 of 1 gram</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?(\d+(?:\.\d+)?) ?g (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $3 of $2 grams</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?1 ?m[lL] (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $2 of 1 millilitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?(\d+(?:\.\d+)?) ?m[lL] (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $3 of $2 millilitres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+) ?[xX×] ?(\d+(?:\.\d+)?) (micrograms?|units?) (tablets?|capsules?|caplets?|sachets?|spoonfuls?|spoons?|doses?|puffs?|sprays?|drops?|patch(?:es)?|ampoules?|vials?|injections?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?)\b</grapheme>
    <alias>$1 $4 of $2 $3</alias>
  </lexeme>
  <!-- A size: "3 x 4 cm" and "3cm x 4cm" are "3 by 4 centimetres", and
       "3 x 2 x 1 cm" "3 by 2 by 1" (it was "3 times 2 by 1"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+(?:\.\d+)?) ?(?:cm)? ?[xX×] ?(\d+(?:\.\d+)?) ?(?:cm)? ?[xX×] ?(\d+(?:\.\d+)?) ?cm\b</grapheme>
    <alias>$1 by $2 by $3 centimetres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+(?:\.\d+)?) ?(?:mm)? ?[xX×] ?(\d+(?:\.\d+)?) ?(?:mm)? ?[xX×] ?(\d+(?:\.\d+)?) ?mm\b</grapheme>
    <alias>$1 by $2 by $3 millimetres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+(?:\.\d+)?) ?(?:cm)? ?[xX×] ?(\d+(?:\.\d+)?) ?cm\b</grapheme>
    <alias>$1 by $2 centimetres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+(?:\.\d+)?) ?(?:mm)? ?[xX×] ?(\d+(?:\.\d+)?) ?mm\b</grapheme>
    <alias>$1 by $2 millimetres</alias>
  </lexeme>

  <!-- A ratio: "1:1000 dilution", "1:3" "1 to 1000", "1 to 3" (it was "1
       colon 1000"); only with one digit or three and more after the
       colon, which no time of day has -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1 to $2</alias>
  </lexeme>

  <!-- A course's length: "daily x 5 days" is "daily for 5 days", not
       "eks 5 days"; "for 5/7", "in 2/52" and "in 3/12", as UK letters
       write them, "for 5 days", "in 2 weeks" and "in 3 months" (x/7
       after for, in or within, x/52 also after "after", x/12 only after
       in or within: "booked for 3/12" and "after 5/7" may be dates, as
       is x/7 after "booked for", "scheduled for" and the like; and
       not before "of": "in 1/7 of patients" is a fraction). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])[xX] ?(\d+) ?(days?|weeks?|months?)\b</grapheme>
    <alias>for $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bfor |\bin |\bwithin |\bFor |\bIn |\bWithin )(?&lt;!\bbooked for |\bBooked for |\bscheduled for |\barranged for |\bappointment for |\bset for |\bplanned for |\bdue for )1/7(?!\d|/|[.,]\d| of\b)</grapheme>
    <alias>1 day</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bfor |\bin |\bwithin |\bFor |\bIn |\bWithin )(?&lt;!\bbooked for |\bBooked for |\bscheduled for |\barranged for |\bappointment for |\bset for |\bplanned for |\bdue for )([2-7])/7(?!\d|/|[.,]\d| of\b)</grapheme>
    <alias>$1 days</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bfor |\bin |\bafter |\bwithin |\bFor |\bIn |\bAfter |\bWithin )1/52(?!\d|/|[.,]\d| of\b)</grapheme>
    <alias>1 week</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bfor |\bin |\bafter |\bwithin |\bFor |\bIn |\bAfter |\bWithin )(\d{1,2})/52(?!\d|/|[.,]\d| of\b)</grapheme>
    <alias>$1 weeks</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bin |\bwithin |\bIn |\bWithin )1/12(?!\d|/|[.,]\d| of\b)</grapheme>
    <alias>1 month</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bin |\bwithin |\bIn |\bWithin )(\d{1,2})/12(?!\d|/|[.,]\d| of\b)</grapheme>
    <alias>$1 months</alias>
  </lexeme>

  <!-- "q4h", "q6h": every 4 hours, every 6 hours -->
  <lexeme regex="true">
    <grapheme>\bq(\d{1,2}) ?h\b</grapheme>
    <alias>every $1 hours</alias>
  </lexeme>
  <!-- "q3w", "q3 weeks", "q3-4 weeks" (a range: "every 3 to 4 weeks") -->
  <lexeme regex="true">
    <grapheme>\bq(\d{1,2}) ?(?:w|wk|wks|weeks)\b</grapheme>
    <alias>every $1 weeks</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bq(\d{1,2})[-–](\d{1,2}) ?(?:w|wk|wks|weeks)\b</grapheme>
    <alias>every $1 to $2 weeks</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bq(\d{1,2})[-–](\d{1,2}) ?(?:h|hr|hrs|hours)\b</grapheme>
    <alias>every $1 to $2 hours</alias>
  </lexeme>

  <!-- A prescription's Latin after a dose, as the label means it: "1
       tablet BD" is "1 tablet twice a day" (eSpeak NG spells "B D"),
       "2 puffs PRN" "when needed", "10ml nocte" "at night", "1 tab PO OD"
       "1 tablet by mouth once a day", "40mg s/c od" or "40 mg s.c. o.d."
       "40 milligrams under the skin once a day", "120mg SC" too, "1 dose IM"
       "1 dose into a muscle".  Only after
       a dose, a unit, a number, another of these, "q4h", "per nostril",
       "each eye" or a time ("every 2-4 hrs PRN", "for 5 days BD"):
       elsewhere "BD" or "OD" may be a name or an overdose.  A dotted one
       keeps its last dot before a capital ("2 tablets q.d.s. Then"):
       there it also ends a sentence. -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:PO|po|p\.o(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>by mouth</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:s/c|S/C|SC|s\.c(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>under the skin</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:IM|i\.m(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>into a muscle</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:BD|bd|b\.d(?:\.(?!\s+\p{Lu}))?|BID|b\.i\.d(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>twice a day</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:TDS|tds|t\.d\.s(?:\.(?!\s+\p{Lu}))?|TID|t\.i\.d(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>three times a day</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:QDS|qds|q\.d\.s(?:\.(?!\s+\p{Lu}))?|QID|q\.i\.d(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>four times a day</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:OD|od|o\.d(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>once a day</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:PRN|prn|p\.r\.n(?:\.(?!\s+\p{Lu}))?)(?!\w)</grapheme>
    <alias>when needed</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:mane)(?!\w)</grapheme>
    <alias>in the morning</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btablet |\btablets |\bcapsule |\bcapsules |\btab |\btabs |\bpuff |\bpuffs |\bdrop |\bdrops |\bsachet |\bsachets |\bdose |\bdoses |\bspray |\bsprays |\bpatch |\bunit |\bunits |\bnostril |\bnostrils |\beye |\beyes |\bear |\bears |\d |\dh |\dmg |\dmcg |\dml |\dmL |\dg |\bmg |\bmcg |\bml |\bmL |\bg |\bPO |\bpo |\bBD |\bbd |\bTDS |\btds |\bQDS |\bqds |\bOD |\bod |\bmane |\bnocte |\bp\.o\. |\bb\.d\. |\bt\.d\.s\. |\bq\.d\.s\. |\bo\.d\. |\bs/c |\bS/C |\bs\.c\. |\bSC |\bIM |\bIV |\bhrs |\bhours |\bhr |\bhour |\bweeks |\bdays )(?:nocte)(?!\w)</grapheme>
    <alias>at night</alias>
  </lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[²2](?![\w²/])</grapheme>
    <alias>1 square metre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 square metres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 square centimetres</alias>
  </lexeme>
</lexicon>
