<?xml version="1.0" encoding="UTF-8"?>
<!--
  German: Einheiten, Uhrzeiten und Abkürzungen in Patienteninformationen.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="de"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- Ein Tumormarker: "CA 15-3", "CA 19-9", "CA 125" "C A 15 3" (kein Bereich:
       es war "15 bis 3") -->
  <lexeme regex="true">
    <grapheme>\bCA ?(15|19|72|27)[-‐–.](3|9|4|29)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bCA ?(125|242|50)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1</alias>
  </lexeme>
  <!-- Ein Verhältnis: "1:1000 verdünnt" "1 zu 1000" (eSpeak NG: "eins
       Doppelpunkt tausend"); nur mit einer Ziffer oder drei und mehr nach
       dem Doppelpunkt, die keine Uhrzeit hat ("1:3" war "1 Uhr 3"); vor
       den Uhrzeiten, damit es vor ihnen gilt -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1 zu $2</alias>
  </lexeme>

  <!-- Eine Zahl und ihre Einheit: "1 mg" ein Milligramm, "5mg" fünf Milligramm -->
  <!-- Griechische Buchstaben: "β-Blocker" "Beta-Blocker" (eSpeak NG las sie nach griechischen Regeln, "vita") -->
  <lexeme><grapheme>α</grapheme><alias>Alpha</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>Beta</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>Gamma</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>Delta</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mg\b</grapheme>
    <alias>ein Milligramm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mg\b</grapheme>
    <alias>$1 Milligramm</alias>
  </lexeme>
  <lexeme><grapheme>mg</grapheme><alias>Milligramm</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>ein Mikrogramm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$1 Mikrogramm</alias>
  </lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>Mikrogramm</alias></lexeme>
  <!-- Laborwerte: "4 ng/ml" vier Nanogramm pro Milliliter, "2,6 mmol/l",
       "90 µmol/l" Mikromol pro Liter, "12 g/dl" Gramm pro Deziliter -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?ng\b</grapheme>
    <alias>ein Nanogramm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ng\b</grapheme>
    <alias>$1 Nanogramm</alias>
  </lexeme>
  <lexeme><grapheme>ng</grapheme><alias>Nanogramm</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µmol|μmol)\b</grapheme>
    <alias>ein Mikromol</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:µmol|μmol)\b</grapheme>
    <alias>$1 Mikromol</alias>
  </lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>Mikromol</alias></lexeme>
  <!-- ein Volumen: "10 µl" 10 Mikroliter (eSpeak NG las µ nach englischen Regeln) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>ein Mikroliter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>$1 Mikroliter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?nmol\b</grapheme>
    <alias>ein Nanomol</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?nmol\b</grapheme>
    <alias>$1 Nanomol</alias>
  </lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>Nanomol</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?d[lL]\b</grapheme>
    <alias>ein Deziliter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?d[lL]\b</grapheme>
    <alias>$1 Deziliter</alias>
  </lexeme>
  <lexeme><grapheme>dl</grapheme><grapheme>dL</grapheme><alias>Deziliter</alias></lexeme>
  <!-- Strahlentherapie: "20 Gy" zwanzig Gray -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?Gy\b</grapheme>
    <alias>ein Gray</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gy\b</grapheme>
    <alias>$1 Gray</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>Gray</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?g\b</grapheme>
    <alias>ein Gramm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?g\b</grapheme>
    <alias>$1 Gramm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?kg\b</grapheme>
    <alias>ein Kilogramm</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?kg\b</grapheme>
    <alias>$1 Kilogramm</alias>
  </lexeme>
  <!-- "10 mg/kg KG": Körpergewicht, nicht ein zweites Kilogramm -->
  <lexeme regex="true">
    <grapheme>/ ?kg KG\b</grapheme>
    <alias>pro Kilogramm Körpergewicht</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w/])kg KG\b</grapheme>
    <alias>Kilogramm Körpergewicht</alias>
  </lexeme>
  <lexeme><grapheme>kg</grapheme><alias>Kilogramm</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[lL]\b</grapheme>
    <alias>ein Milliliter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>$1 Milliliter</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>Milliliter</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?[lL]\b</grapheme>
    <alias>ein Liter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?[lL]\b</grapheme>
    <alias>$1 Liter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cm\b</grapheme>
    <alias>ein Zentimeter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?cm\b</grapheme>
    <alias>$1 Zentimeter</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>Zentimeter</alias></lexeme>
  <!-- eine Länge: "2 m" ist 2 Meter (eSpeak NG sagte den Buchstaben) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])1 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>ein Meter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])(\d+(?:[.,]\d+)?) ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>$1 Meter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mm\b</grapheme>
    <alias>ein Millimeter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mm\b</grapheme>
    <alias>$1 Millimeter</alias>
  </lexeme>
  <lexeme><grapheme>mm</grapheme><alias>Millimeter</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?min\b</grapheme>
    <alias>eine Minute</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?min\b</grapheme>
    <alias>$1 Minuten</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?h\b</grapheme>
    <alias>eine Stunde</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?h\b</grapheme>
    <alias>$1 Stunden</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?° ?C\b</grapheme>
    <alias>ein Grad Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?° ?C\b</grapheme>
    <alias>$1 Grad Celsius</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><alias>Grad Celsius</alias></lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>Millimol</alias></lexeme>
  <!-- Blutdruck: 140/90 mmHg ist "140 zu 90" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?mmHg\b</grapheme>
    <alias>$1 zu $2 Millimeter Quecksilbersäule</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>Millimeter Quecksilbersäule</alias></lexeme>
  <!-- ... und nach "Blutdruck" oder "RR" ohne Einheit -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bBlutdruck |\bBlutdruck von |\bBlutdruck: |\bRR |\bRR: )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 zu $2</alias>
  </lexeme>
  <!-- ... und ein Wert nach "unter", "über", "als", "z. B." oder "Zielwert":
       "unter 140/90" (kein Datum hat eine erste Zahl ab 70) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bunter |\büber |\boberhalb von |\bunterhalb von |\bals |\bz\. B\. |\bZielwert |\bZielwert von |\bZiel )([7-9]\d|1\d\d|2[0-4]\d)/([4-9]\d|1[0-4]\d)(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 zu $2</alias>
  </lexeme>
  <lexeme><grapheme>I.E.</grapheme><alias>internationale Einheiten</alias></lexeme>
  <lexeme><grapheme>%</grapheme><alias>Prozent</alias></lexeme>

  <!-- "pro": 5 mg/kg ist fünf Milligramm pro Kilogramm -->
  <lexeme><grapheme>/kg</grapheme><alias>pro Kilogramm</alias></lexeme>
  <lexeme><grapheme>/l</grapheme><grapheme>/L</grapheme><alias>pro Liter</alias></lexeme>
  <lexeme><grapheme>/Tag</grapheme><grapheme>/d</grapheme><alias>pro Tag</alias></lexeme>
  <lexeme><grapheme>/h</grapheme><alias>pro Stunde</alias></lexeme>
  <lexeme><grapheme>/min</grapheme><alias>pro Minute</alias></lexeme>
  <!-- Saft: 120 mg/5 ml sind "120 Milligramm pro 5 Milliliter"; 75 mg/m² -->
  <lexeme regex="true">
    <grapheme>/ ?(\d+(?:[.,]\d+)?) ?ml\b</grapheme>
    <alias>pro $1 Milliliter</alias>
  </lexeme>
  <lexeme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><alias>pro Milliliter</alias></lexeme>
  <lexeme><grapheme>/dl</grapheme><grapheme>/dL</grapheme><alias>pro Deziliter</alias></lexeme>
  <!-- Blutwerte: "150.000/µl", "4000/mm³" -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>pro Mikroliter</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>pro Kubikmillimeter</alias></lexeme>
  <!-- "150 Gpt/l" Gigapartikel pro Liter, "150 G/l" Giga pro Liter -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gpt/[lL]\b</grapheme>
    <alias>$1 Gigapartikel pro Liter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?G/[lL]\b</grapheme>
    <alias>$1 Giga pro Liter</alias>
  </lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>pro Quadratmeter</alias></lexeme>
  <lexeme><grapheme>/Std.</grapheme><grapheme>/Stunde</grapheme><alias>pro Stunde</alias></lexeme>
  <lexeme><grapheme>/Woche</grapheme><alias>pro Woche</alias></lexeme>
  <lexeme><grapheme>/Wo.</grapheme><grapheme>/Wo</grapheme><alias>pro Woche</alias></lexeme>
  <lexeme><grapheme>/Monat</grapheme><alias>pro Monat</alias></lexeme>
  <lexeme><grapheme>/Jahr</grapheme><alias>pro Jahr</alias></lexeme>
  <!-- "4 Gy/Fraktion": der Schrägstrich war stumm: Gy/fraction, Gy/session -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/(?=\p{L})</grapheme>
    <alias> pro </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/ ?(?=\d)</grapheme>
    <alias> in </alias>
  </lexeme>
  <!-- höchstens 8 Tbl./24 Std., "pro 24 Stunden" -->
  <lexeme regex="true">
    <grapheme>/ ?(12|24|48|72) ?(?:Stunden\b|Std\.|h\b)</grapheme>
    <alias>pro $1 Stunden</alias>
  </lexeme>
  <!-- der Abstand der Dosen: 1 g/6 h, "alle 6 Stunden" (nach einer
       Einheit, nicht nach einer Zahl: "9/17 h" sind Öffnungszeiten) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])(?&lt;!\dh)/ ?([2-9]|1[013-9]|2[0-3]) ?(?:Stunden\b|Std\.|h\b)</grapheme>
    <alias>alle $1 Stunden</alias>
  </lexeme>

  <!-- IV, i. v.: intravenös; ein Stadium oder Grad IV ist vier, nach
       [roman] in de.rules -->
  <lexeme><grapheme>IV</grapheme><grapheme>i. v.</grapheme><grapheme>i.v.</grapheme><alias>intravenös</alias></lexeme>

  <!-- Nach einer Dosis: "120 mg s.c." war "S C"; auch "1 Amp. i.m. oder
       s.c." -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bg |\bIE |\bI\.E\. |\bE |\bTbl\. |\bTabl\. |\bKaps\. |\bAmp\. |\bBtl\. |\bAmpulle |\bi\.m\. oder |\bs\.c\. oder |\bi\.v\. oder |\bIM oder |\bSC oder |\d |\dmg |\dml |\dmL |\dg )(?:SC|s\.c\.|s\.c(?!\w))(?!\w)</grapheme>
    <alias>subkutan</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bg |\bIE |\bI\.E\. |\bE |\bTbl\. |\bTabl\. |\bKaps\. |\bAmp\. |\bBtl\. |\bAmpulle |\bi\.m\. oder |\bs\.c\. oder |\bi\.v\. oder |\bIM oder |\bSC oder |\d |\dmg |\dml |\dmL |\dg )(?:IM|i\.m\.|i\.m(?!\w))(?!\w)</grapheme>
    <alias>intramuskulär</alias>
  </lexeme>

  <!-- Uhrzeiten: 8:00 Uhr acht Uhr, 8.30 Uhr acht Uhr dreißig, 1:00 Uhr ein Uhr -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1[:.]00 ?Uhr\b</grapheme>
    <alias>ein Uhr</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1[:.]0?([1-5]?\d) ?Uhr\b</grapheme>
    <alias>ein Uhr $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 Uhr\b</grapheme>
    <alias>ein Uhr</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2})[:.]00 ?Uhr\b</grapheme>
    <alias>$1 Uhr</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2})[:.]0?([1-5]?\d) ?Uhr\b</grapheme>
    <alias>$1 Uhr $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):00(?![\d:])</grapheme>
    <alias>$1 Uhr</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):0?([1-5]?\d)(?![\d:])</grapheme>
    <alias>$1 Uhr $2</alias>
  </lexeme>


  <!-- Abkürzungen, ausgesprochen (und ihr Punkt beendet keinen Satz) -->
  <lexeme><grapheme>ca.</grapheme><alias>circa</alias></lexeme>
  <lexeme><grapheme>z. B.</grapheme><grapheme>z.B.</grapheme><alias>zum Beispiel</alias></lexeme>
  <lexeme><grapheme>einschl.</grapheme><alias>einschließlich</alias></lexeme>
  <!-- Geschosse: "im 2. OG" war "im zweiten O G" -->
  <lexeme><grapheme>OG</grapheme><alias>Obergeschoss</alias></lexeme>
  <lexeme><grapheme>UG</grapheme><alias>Untergeschoss</alias></lexeme>
  <lexeme><grapheme>EG</grapheme><alias>Erdgeschoss</alias></lexeme>
  <lexeme><grapheme>d. h.</grapheme><grapheme>d.h.</grapheme><alias>das heißt</alias></lexeme>
  <lexeme><grapheme>bzw.</grapheme><alias>beziehungsweise</alias></lexeme>
  <lexeme><grapheme>inkl.</grapheme><alias>inklusive</alias></lexeme>
  <lexeme><grapheme>exkl.</grapheme><alias>exklusive</alias></lexeme>
  <!-- "im 21. Jh." war "Jott Ha" -->
  <lexeme><grapheme>Jh.</grapheme><alias>Jahrhundert</alias></lexeme>
  <lexeme><grapheme>Jhd.</grapheme><alias>Jahrhundert</alias></lexeme>
  <lexeme><grapheme>Jhs.</grapheme><alias>Jahrhunderts</alias></lexeme>
  <lexeme regex="true"><grapheme>\busw(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>und so weiter</alias></lexeme>
  <lexeme><grapheme>Dr.</grapheme><alias>Doktor</alias></lexeme>
  <!-- "Prof." Professor; "S. 5" Seite 5 (eSpeak NG las "pro:f" und "S") -->
  <lexeme><grapheme>Prof.</grapheme><alias>Professor</alias></lexeme>
  <lexeme regex="true">
    <grapheme>\bS\. ?(?=\d)</grapheme>
    <alias>Seite </alias>
  </lexeme>
  <lexeme><grapheme>Tel.</grapheme><grapheme>Tel:</grapheme><alias>Telefon</alias></lexeme>
  <lexeme><grapheme>ggf.</grapheme><alias>gegebenenfalls</alias></lexeme>
  <lexeme><grapheme>evtl.</grapheme><alias>eventuell</alias></lexeme>
  <lexeme><grapheme>tgl.</grapheme><alias>täglich</alias></lexeme>
  <lexeme><grapheme>u. a.</grapheme><grapheme>u.a.</grapheme><alias>unter anderem</alias></lexeme>
  <lexeme><grapheme>Std.</grapheme><alias>Stunden</alias></lexeme>
  <lexeme><grapheme>Min.</grapheme><alias>Minuten</alias></lexeme>
  <lexeme><grapheme>Nr.</grapheme><alias>Nummer</alias></lexeme>
  <lexeme><grapheme>Zi.</grapheme><grapheme>Zi.-Nr.</grapheme><alias>Zimmer</alias></lexeme>
  <lexeme><grapheme>tägl.</grapheme><alias>täglich</alias></lexeme>
  <lexeme><grapheme>max.</grapheme><grapheme>Max.</grapheme><alias>maximal</alias></lexeme>
  <!-- ein Wert von 10: "Schmerzskala 7/10", "Schmerzen ab 7/10", "≥ 7/10"
       "7 von 10" (eSpeak NG sagte "7 10"); nur nach diesen Wörtern, denn 7/10 kann ein Datum sein -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Ss]chmerzskala |\b[Ss]chmerzskala von |\b[Ss]chmerzen |\b[Ss]chmerzen ab |\b[Ss]chmerzen über |\b[Ss]chmerzen von |\b[Ss]chmerz |\b[Ww]ert |\b[Ww]ert ab |\b[Ww]ert über |\b[Ww]erten ab |\b[Ww]erten über |≥|≤|≥ |≤ |&gt; |&lt; |\b[Ss]kala |\bScore |\b[Ss]chmerzstärke )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 von 10</alias>
  </lexeme>
  <lexeme><grapheme>p.o.</grapheme><alias>per os</alias></lexeme>
  <!-- "s. o.", "s. u.": siehe oben, siehe unten (es war "es o", "es u") -->
  <!-- vor einem Großbuchstaben bleibt der Punkt: er kann den Satz enden -->
  <lexeme regex="true"><grapheme>\bs\. ?o(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>siehe oben</alias></lexeme>
  <lexeme regex="true"><grapheme>\bs\. ?u(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>siehe unten</alias></lexeme>
  <lexeme><grapheme>mind.</grapheme><grapheme>Mind.</grapheme><alias>mindestens</alias></lexeme>
  <!-- Weitere Abkürzungen, die eSpeak NG buchstabierte oder als Wort las
       ("Abb. 3" "app", "bspw." "b s p w", "Hr. Meier" "h r"); "Fr." vor
       einem Namen ist Frau, nicht Freitag ("Fr. Schulz" war "Freitag
       Schulz"); "Tab." vor einer Zahl ist eine Tabelle. -->
  <lexeme><grapheme>o. ä.</grapheme><grapheme>o.ä.</grapheme><alias>oder ähnliche</alias></lexeme>
  <lexeme><grapheme>bspw.</grapheme><alias>beispielsweise</alias></lexeme>
  <!-- "ggü." "g g ü", "lt. Arztbrief" "l t", "vs." "f au s" -->
  <lexeme><grapheme>ggü.</grapheme><alias>gegenüber</alias></lexeme>
  <lexeme><grapheme>lt.</grapheme><alias>laut</alias></lexeme>
  <lexeme><grapheme>vs.</grapheme><alias>versus</alias></lexeme>
  <lexeme><grapheme>zzgl.</grapheme><alias>zuzüglich</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[sS]\. (?=S\. ?\d)</grapheme><alias>siehe </alias></lexeme>
  <lexeme regex="true"><grapheme>\bAbb\. ?(?=\d)</grapheme><alias>Abbildung </alias></lexeme>
  <lexeme regex="true"><grapheme>\bTab\. ?(?=\d)</grapheme><alias>Tabelle </alias></lexeme>
  <lexeme regex="true"><grapheme>\bKap\. ?(?=\d)</grapheme><alias>Kapitel </alias></lexeme>
  <lexeme regex="true"><grapheme>\bAbschn\. ?(?=\d)</grapheme><alias>Abschnitt </alias></lexeme>
  <lexeme regex="true"><grapheme>\bHr\.(?= (?:Dr\.|Prof\.|\p{Lu}\p{Ll}))</grapheme><alias>Herr</alias></lexeme>
  <lexeme regex="true"><grapheme>\bFr\.(?= (?:Dr\.|Prof\.|\p{Lu}\p{Ll}))</grapheme><alias>Frau</alias></lexeme>
  <lexeme><grapheme>z. T.</grapheme><grapheme>z.T.</grapheme><alias>zum Teil</alias></lexeme>
  <lexeme><grapheme>i. d. R.</grapheme><grapheme>i.d.R.</grapheme><alias>in der Regel</alias></lexeme>
  <lexeme><grapheme>v. a.</grapheme><grapheme>v.a.</grapheme><alias>vor allem</alias></lexeme>
  <lexeme><grapheme>u. U.</grapheme><grapheme>u.U.</grapheme><alias>unter Umständen</alias></lexeme>
  <lexeme><grapheme>o. Ä.</grapheme><grapheme>o.Ä.</grapheme><alias>oder Ähnliches</alias></lexeme>
  <lexeme regex="true"><grapheme>\betc(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>et cetera</alias></lexeme>
  <lexeme><grapheme>vgl.</grapheme><grapheme>Vgl.</grapheme><alias>vergleiche</alias></lexeme>
  <lexeme><grapheme>sog.</grapheme><alias>sogenannten</alias></lexeme>
  <lexeme><grapheme>Str.</grapheme><alias>Straße</alias></lexeme>
  <!-- "Hauptstr. 12" ist "Hauptstraße 12" -->
  <lexeme regex="true">
    <grapheme>\b(\p{Lu}\p{Ll}+)str\.</grapheme>
    <alias>$1straße</alias>
  </lexeme>
  <!-- Mit einer Zahl ("1 Std.", "nach 1 Std.", "20 Trpf.") sagt sie
       [units] in de.rules, in der Form, die die Zahl verlangt. -->

  <!-- Nach einer Präposition mit Dativ "mit 1 Tablette" "mit einer
       Tablette", "nach 1 Tag" "nach einem Tag"; mit Akkusativ "für 1 Tag"
       "für einen Tag"; "Nehmen Sie 1 Beutel" "einen Beutel"; sonst ein
       männliches Wort im Nominativ ("1 Beutel enthält" "ein Beutel").
       Die Präposition steht im Lookbehind, damit das Muster nur bei
       einer 1 versucht wird; vor den Mustern unten, denn bei gleich
       langen Treffern gilt das erste. -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Mm]it |\b[Nn]ach |\b[Ss]eit |\b[Vv]on |\b[Vv]or |\b[Zz]u |\b[Bb]ei |\b[Aa]us |\b[Ii]n |\b[Aa]n )1 (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>einer $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Mm]it |\b[Nn]ach |\b[Ss]eit |\b[Vv]on |\b[Vv]or |\b[Zz]u |\b[Bb]ei |\b[Aa]us |\b[Ii]n |\b[Aa]n )1 (Jahr|Zäpfchen|Pflaster|Glas|Mal|Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher)\b</grapheme>
    <alias>einem $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Ff]ür |\b[Dd]urch |\b[Gg]egen |\b[Oo]hne |\b[Uu]m )1 (Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher)\b</grapheme>
    <alias>einen $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Ff]ür |\b[Dd]urch |\b[Gg]egen |\b[Oo]hne |\b[Uu]m )1 (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>eine $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Ff]ür |\b[Dd]urch |\b[Gg]egen |\b[Oo]hne |\b[Uu]m )1 (Jahr|Zäpfchen|Pflaster|Glas|Mal)\b</grapheme>
    <alias>ein $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Ss]ie )1 (Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher)\b</grapheme>
    <alias>einen $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher)\b</grapheme>
    <alias>ein $1</alias>
  </lexeme>
  <!-- "1" vor einem weiblichen oder sächlichen Wort: "1 Tablette" ist
       "eine Tablette", "1 Pflaster" "ein Pflaster" (eSpeak NG sagt
       "eins"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>eine $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (Jahr|Zäpfchen|Pflaster|Glas|Mal)\b</grapheme>
    <alias>ein $1</alias>
  </lexeme>
  <!-- Ein halb vor einem Wort: "½ Tablette" ist "eine halbe Tablette",
       "nach ½ Stunde" "nach einer halben Stunde", "½ Glas" "ein halbes
       Glas", "Nehmen Sie ½ Teelöffel" "einen halben Teelöffel", "¼
       Tablette" "eine viertel Tablette" (die Bruchregel sagt "einhalb
       Tablette").  Fälle wie bei der 1 oben. -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Mm]it |\b[Nn]ach |\b[Ss]eit |\b[Vv]on |\b[Vv]or |\b[Zz]u |\b[Bb]ei |\b[Aa]us |\b[Ii]n |\b[Aa]n )(?:½|1/2) (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>einer halben $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Mm]it |\b[Nn]ach |\b[Ss]eit |\b[Vv]on |\b[Vv]or |\b[Zz]u |\b[Bb]ei |\b[Aa]us |\b[Ii]n |\b[Aa]n )(?:½|1/2) (Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher|Liter|Jahr|Zäpfchen|Pflaster|Glas)\b</grapheme>
    <alias>einem halben $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Ff]ür |\b[Dd]urch |\b[Gg]egen |\b[Oo]hne |\b[Uu]m |\b[Ss]ie )(?:½|1/2) (Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher|Liter)\b</grapheme>
    <alias>einen halben $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?&lt;!\d )(?:½|1/2) (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>eine halbe $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?&lt;!\d )(?:½|1/2) (Jahr|Zäpfchen|Pflaster|Glas)\b</grapheme>
    <alias>ein halbes $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?&lt;!\d )(?:½|1/2) (Beutel|Tropfen|Löffel|Messlöffel|Esslöffel|Teelöffel|Tag|Monat|Sprühstoß|Hub|Becher|Liter)\b</grapheme>
    <alias>ein halber $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Mm]it |\b[Nn]ach |\b[Ss]eit |\b[Vv]on |\b[Vv]or |\b[Zz]u |\b[Bb]ei |\b[Aa]us |\b[Ii]n |\b[Aa]n )(?:¼|1/4) (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>einer viertel $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?&lt;!\d )(?:¼|1/4) (Tablette|Filmtablette|Brausetablette|Kapsel|Dosis|Einheit|Spritze|Ampulle|Woche|Stunde|Minute|Nacht|Packung|Flasche|Injektion|Infusion|Portion|Mahlzeit|Messerspitze|Tasse|Inhalation|Anwendung|Million|Milliarde)\b</grapheme>
    <alias>eine viertel $1</alias>
  </lexeme>
  <!-- Englische Wörter, wie man sie im Deutschen sagt (eSpeak NG liest
       sie nach englischen Regeln, und der Text wurde abgelehnt) -->
  <lexeme regex="true">
    <grapheme>\b[Ss]canners?\b</grapheme>
    <alias>Skänner</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(?:E-Mails?|E-mails?|Email|email)\b</grapheme>
    <alias>I-Mejl</alias>
  </lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 Quadratmeter</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 Quadratzentimeter</alias>
  </lexeme>
</lexicon>
