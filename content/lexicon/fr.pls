<?xml version="1.0" encoding="UTF-8"?>
<!--
  French: unités, heures et abréviations des brochures pour les patients.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="fr"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- Un marqueur tumoral : « CA 15-3 », « CA 19-9 », « CA 125 » « C A 15 3 » (pas un
       intervalle : c'était « 15 à 3 ») -->
  <lexeme regex="true">
    <grapheme>\bCA ?(15|19|72|27)[-‐–.](3|9|4|29)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bCA ?(125|242|50)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1</alias>
  </lexeme>
  <!-- Un rapport : « 1:1000 », « diluer 1:3 » « 1 pour 1000 », « 1 pour 3 » (eSpeak NG
       disait « un mille », et « 1:3 » était lu « une heure 3 ») ; seulement avec
       un chiffre ou trois et plus après les deux-points, ce qu'aucune heure n'a -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1 pour $2</alias>
  </lexeme>

  <!-- Un nombre et son unité : « 1 mg » un milligramme, « 5 mg » milligrammes -->
  <!-- Lettres grecques : « β-bloquant » « bêta-bloquant » (eSpeak NG les lisait en grec, « vita ») -->
  <lexeme><grapheme>α</grapheme><alias>alpha</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>bêta</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>gamma</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>delta</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mg\b</grapheme>
    <alias>un milligramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mg\b</grapheme>
    <alias>$1 milligrammes</alias>
  </lexeme>
  <lexeme><grapheme>mg</grapheme><alias>milligrammes</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>un microgramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$1 microgrammes</alias>
  </lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>microgrammes</alias></lexeme>
  <!-- Analyses : « 4 ng/ml » quatre nanogrammes par millilitre, « 2,6
       mmol/l », « 90 µmol/l » micromoles par litre, « 12 g/dl » grammes
       par décilitre -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?ng\b</grapheme>
    <alias>un nanogramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ng\b</grapheme>
    <alias>$1 nanogrammes</alias>
  </lexeme>
  <lexeme><grapheme>ng</grapheme><alias>nanogrammes</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µmol|μmol)\b</grapheme>
    <alias>une micromole</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:µmol|μmol)\b</grapheme>
    <alias>$1 micromoles</alias>
  </lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>micromoles</alias></lexeme>
  <!-- un volume : « 10 µl » 10 microlitres (eSpeak NG lisait µ en anglais) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>un microlitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>$1 microlitres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?nmol\b</grapheme>
    <alias>une nanomole</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?nmol\b</grapheme>
    <alias>$1 nanomoles</alias>
  </lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>nanomoles</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?d[lL]\b</grapheme>
    <alias>un décilitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?d[lL]\b</grapheme>
    <alias>$1 décilitres</alias>
  </lexeme>
  <lexeme><grapheme>dl</grapheme><grapheme>dL</grapheme><alias>décilitres</alias></lexeme>
  <!-- Radiothérapie : « 20 Gy » vingt grays, « 1 Gy » un gray -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?Gy\b</grapheme>
    <alias>un gray</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gy\b</grapheme>
    <alias>$1 grays</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>grays</alias></lexeme>
  <!-- Numération : « 50 G/L » cinquante giga par litre (eSpeak NG dit
       « gé par litre ») -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?G/L\b</grapheme>
    <alias>$1 giga par litre</alias>
  </lexeme>
  <!-- Jours d'un protocole : « J1 » jour un, « J-1 » jour moins un (la
       veille ; eSpeak NG dit « ji un », sans le moins), « J+2 » -->
  <lexeme regex="true">
    <grapheme>\bJ(\d{1,2}) ?[-–] ?J(\d{1,2})\b(?![.,/]\d)</grapheme>
    <alias>jour $1 à jour $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bJ ?- ?(\d{1,2})\b(?![.,/]\d)</grapheme>
    <alias>jour moins $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bJ ?\+ ?(\d{1,2})\b(?![.,/]\d)</grapheme>
    <alias>jour plus $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bJ(\d{1,2})\b(?![.,/]\d)</grapheme>
    <alias>jour $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?g\b</grapheme>
    <alias>un gramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?g\b</grapheme>
    <alias>$1 grammes</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?kg\b</grapheme>
    <alias>un kilogramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?kg\b</grapheme>
    <alias>$1 kilogrammes</alias>
  </lexeme>
  <lexeme><grapheme>kg</grapheme><alias>kilogrammes</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[lL]\b</grapheme>
    <alias>un millilitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>$1 millilitres</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>millilitres</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?[lL]\b</grapheme>
    <alias>un litre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?[lL]\b</grapheme>
    <alias>$1 litres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cm\b</grapheme>
    <alias>un centimètre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?cm\b</grapheme>
    <alias>$1 centimètres</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>centimètres</alias></lexeme>
  <!-- une longueur : « 2 m » deux mètres (eSpeak NG disait la lettre) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])1 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>un mètre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])(\d+(?:[.,]\d+)?) ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>$1 mètres</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mm\b</grapheme>
    <alias>un millimètre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mm\b</grapheme>
    <alias>$1 millimètres</alias>
  </lexeme>
  <lexeme><grapheme>mm</grapheme><alias>millimètres</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?min\b</grapheme>
    <alias>une minute</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?min\b</grapheme>
    <alias>$1 minutes</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?° ?C\b</grapheme>
    <alias>un degré Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?° ?C\b</grapheme>
    <alias>$1 degrés Celsius</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><alias>degrés Celsius</alias></lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>millimoles</alias></lexeme>
  <!-- Tension artérielle : 140/90 mmHg, « 140 sur 90 » -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?mmHg\b</grapheme>
    <alias>$1 sur $2 millimètres de mercure</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>millimètres de mercure</alias></lexeme>
  <!-- ... après « tension » ou « TA » sans unité, et une valeur après
       « inférieure à », « moins de », « sous », « par ex. » ou « objectif » :
       « inférieure à 140/90 » (aucune date ne commence par 70 ou plus) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Tt]ension |\b[Tt]ension artérielle |\b[Tt]ension de |\b[Tt]ension artérielle de |\bTA |\bTA : |\bTA: |\bPA |\bPA : )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 sur $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\binférieure à |\binférieur à |\bsupérieure à |\bsupérieur à |\bmoins de |\bplus de |\bsous |\bau-dessus de |\ben dessous de |\bau-dessous de |\bex\. |\bobjectif |\bobjectif de )([7-9]\d|1\d\d|2[0-4]\d)/([4-9]\d|1[0-4]\d)(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 sur $2</alias>
  </lexeme>
  <lexeme><grapheme>UI</grapheme><alias>unités internationales</alias></lexeme>

  <!-- « par » : 5 mg/kg, cinq milligrammes par kilogramme -->
  <lexeme><grapheme>/kg</grapheme><alias>par kilogramme</alias></lexeme>
  <lexeme><grapheme>/L</grapheme><grapheme>/l</grapheme><alias>par litre</alias></lexeme>
  <lexeme><grapheme>/j</grapheme><grapheme>/jour</grapheme><alias>par jour</alias></lexeme>
  <lexeme><grapheme>/sem.</grapheme><grapheme>/sem</grapheme><alias>par semaine</alias></lexeme>
  <lexeme><grapheme>/h</grapheme><alias>par heure</alias></lexeme>
  <!-- « 4 Gy/séance » : la barre était muette: Gy/fraction, Gy/session -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/(?=\p{L})</grapheme>
    <alias> par </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/ ?(?=\d)</grapheme>
    <alias> en </alias>
  </lexeme>
  <lexeme><grapheme>/min</grapheme><alias>par minute</alias></lexeme>
  <!-- un sirop : 120 mg/5 ml, « 120 milligrammes pour 5 millilitres » ; 75 mg/m² -->
  <lexeme regex="true">
    <grapheme>/ ?(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>pour $1 millilitres</alias>
  </lexeme>
  <lexeme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><alias>par millilitre</alias></lexeme>
  <lexeme><grapheme>/dl</grapheme><grapheme>/dL</grapheme><alias>par décilitre</alias></lexeme>
  <!-- numération : « 150 000/mm³ », « 4000/µl » -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>par microlitre</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>par millimètre cube</alias></lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>par mètre carré</alias></lexeme>
  <lexeme><grapheme>/semaine</grapheme><alias>par semaine</alias></lexeme>
  <lexeme><grapheme>/mois</grapheme><alias>par mois</alias></lexeme>
  <!-- au maximum 8 cp/24 h, « par 24 heures » -->
  <lexeme regex="true">
    <grapheme>/ ?(12|24|48|72) ?(?:heures|h)\b</grapheme>
    <alias>par $1 heures</alias>
  </lexeme>
  <!-- l'intervalle des prises : 1 g/6 h, « toutes les 6 heures » (après
       une unité, pas après un nombre : « 9/17 h » est un horaire) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])(?&lt;!\dh)/ ?([2-9]|1[013-9]|2[0-3]) ?(?:heures|h)\b</grapheme>
    <alias>toutes les $1 heures</alias>
  </lexeme>

  <!-- IV : intraveineuse (voie, injection, perfusion) ; un stade ou grade
       IV, quatre, par [roman] de fr.rules -->
  <lexeme><grapheme>IV</grapheme><grapheme>i.v.</grapheme><alias>intraveineuse</alias></lexeme>

  <!-- « 24h/24, 7j/7 » : 24 heures sur 24, 7 jours sur 7 (eSpeak NG
       disait « 24 heures 24 ») -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,/])24 ?h ?/ ?24(?![\d:/]|[.,]\d)</grapheme>
    <alias>vingt-quatre heures sur vingt-quatre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,/])7 ?j ?/ ?7(?![\d:/]|[.,]\d)</grapheme>
    <alias>sept jours sur sept</alias>
  </lexeme>
  <!-- « 5 jours/7 » (une radiothérapie) : 5 jours sur 7 (eSpeak NG disait
       « 5 jours 7 ») -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,/])1 ?(?:jour|j) ?/ ?7(?![\d:/]|[.,]\d)</grapheme>
    <alias>1 jour sur 7</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,/])([2-7]) ?(?:jours|j) ?/ ?7(?![\d:/]|[.,]\d)</grapheme>
    <alias>$1 jours sur 7</alias>
  </lexeme>
  <!-- Heures : 8 h, 8h00, 8:00 huit heures ; 8 h 30 huit heures trente ; 1 h une heure ; 21 h vingt et une heures -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 ?(?:h|:) ?00\b</grapheme>
    <alias>une heure</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 ?(?:h|:) ?0?([1-5]?\d)\b</grapheme>
    <alias>une heure $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 ?h\b</grapheme>
    <alias>une heure</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])21 ?(?:h|:) ?00\b</grapheme>
    <alias>vingt et une heures</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])21 ?(?:h|:) ?0?([1-5]?\d)\b</grapheme>
    <alias>vingt et une heures $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])21 ?h\b</grapheme>
    <alias>vingt et une heures</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?(?:h|:) ?00\b</grapheme>
    <alias>$1 heures</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?(?:h|:) ?0?([1-5]?\d)\b</grapheme>
    <alias>$1 heures $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?h\b</grapheme>
    <alias>$1 heures</alias>
  </lexeme>

  <!-- Après une dose : « 120 mg SC » était « S C » -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bg |\bUI |\bcp\. |\bampoule |\bdose |\d |\dmg |\dml |\dmL |\dg )(?:SC|s\.c\.|s\.c(?!\w))(?!\w)</grapheme>
    <alias>en sous-cutané</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bg |\bUI |\bcp\. |\bampoule |\bdose |\d |\dmg |\dml |\dmL |\dg )(?:IM|i\.m\.|i\.m(?!\w))(?!\w)</grapheme>
    <alias>en intramusculaire</alias>
  </lexeme>
  <!-- Avec ses points, ailleurs aussi : « injection i.m. » était « i em »,
       « par voie s.c. » « esse cé » ; « en s.c. » est « en sous-cutané ».
       Des motifs, après ceux d'une dose, qui gagnent ainsi à égalité -->
  <lexeme regex="true">
    <grapheme>\b([Ee]n) s\.c\.(?!\w)</grapheme>
    <alias>$1 sous-cutané</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])s\.c\.(?!\w)</grapheme>
    <alias>sous-cutanée</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])i\.m\.(?!\w)</grapheme>
    <alias>intramusculaire</alias>
  </lexeme>

  <!-- Abréviations, dites en entier (et leur point ne finit pas la phrase) -->
  <lexeme><grapheme>env.</grapheme><alias>environ</alias></lexeme>
  <lexeme><grapheme>p. ex.</grapheme><grapheme>p.ex.</grapheme><alias>par exemple</alias></lexeme>
  <!-- « méd. traitant » « méd traitant », « inj. » « in j », « amp. » : eSpeak NG
       lisait l'abréviation -->
  <lexeme><grapheme>méd. traitant</grapheme><alias>médecin traitant</alias></lexeme>
  <lexeme><grapheme>inj.</grapheme><alias>injection</alias></lexeme>
  <!-- abréviations de prise de notes : « pdt 5 j » « pé dé té », « bcp », « tjs » -->
  <lexeme><grapheme>pdt</grapheme><alias>pendant</alias></lexeme>
  <lexeme><grapheme>bcp</grapheme><alias>beaucoup</alias></lexeme>
  <lexeme><grapheme>tjs</grapheme><alias>toujours</alias></lexeme>
  <lexeme><grapheme>vs</grapheme><grapheme>vs.</grapheme><alias>versus</alias></lexeme>
  <!-- « (ex. : ibuprofène) », « par ex. le paracétamol » : eSpeak NG disait
       « eks » ; seulement avant deux-points, une virgule ou un mot en
       minuscules (« votre ex. Il » reste) -->
  <lexeme regex="true">
    <grapheme>(?:\b[Pp]ar )?\b[Ee]x\.(?= ?[:,]|\s+\p{Ll})</grapheme>
    <alias>par exemple</alias>
  </lexeme>
  <!-- "cf. p. 5" était "cé èf" -->
  <lexeme><grapheme>cf.</grapheme><alias>voir</alias></lexeme>
  <lexeme><grapheme>c.-à-d.</grapheme><alias>c'est-à-dire</alias></lexeme>
  <lexeme regex="true"><grapheme>\betc(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>et cetera</alias></lexeme>
  <lexeme><grapheme>Tél.</grapheme><grapheme>Tél :</grapheme><grapheme>Tél:</grapheme><alias>Téléphone</alias></lexeme>
  <lexeme><grapheme>tél.</grapheme><alias>téléphone</alias></lexeme>
  <lexeme><grapheme>RDV</grapheme><grapheme>rdv</grapheme><grapheme>RDV.</grapheme><alias>rendez-vous</alias></lexeme>
  <!-- EHPAD se dit « épade » (eSpeak NG l'épelait, et en mot le lisait en
       anglais) -->
  <lexeme><grapheme>EHPAD</grapheme><grapheme>Ehpad</grapheme><alias>épade</alias></lexeme>
  <!-- « bât. B » était « ba B » : le patient doit trouver le bâtiment -->
  <!-- Renvois avant un numéro : « fig. 3 » était « fig », « chap. 4 »
       « chap », « réf. 123 » « réf » -->
  <lexeme regex="true"><grapheme>\b[fF]ig\. ?(?=\d)</grapheme><alias>figure </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[tT]ab\. ?(?=\d)</grapheme><alias>tableau </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]hap\. ?(?=\d)</grapheme><alias>chapitre </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[aA]rt\. ?(?=\d)</grapheme><alias>article </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[vV]ol\. ?(?=\d)</grapheme><alias>volume </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[rR]éf\. ?(?=\d)</grapheme><alias>référence </alias></lexeme>
  <lexeme><grapheme>cad.</grapheme><grapheme>càd</grapheme><alias>c'est-à-dire</alias></lexeme>
  <lexeme><grapheme>bât.</grapheme><grapheme>Bât.</grapheme><alias>bâtiment</alias></lexeme>
  <!-- « 5 av. de la République » était « av », « esc. 2 » « esk », « ch.
       204 » « cé ache » -->
  <lexeme regex="true"><grapheme>\b[aA]v\.(?= )</grapheme><alias>avenue</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[eE]sc\.(?= ?\d| [A-Z]\b)</grapheme><alias>escalier</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]h\. ?(?=\d)</grapheme><alias>chambre </alias></lexeme>
  <lexeme><grapheme>niv.</grapheme><grapheme>Niv.</grapheme><alias>niveau</alias></lexeme>
  <lexeme><grapheme>RDC</grapheme><grapheme>rdc</grapheme><alias>rez-de-chaussée</alias></lexeme>
  <!-- « vit. D » était « vi D » -->
  <lexeme regex="true">
    <grapheme>\b[Vv]it\.? (?=[ABCDEK]\d{0,2}\b)</grapheme>
    <alias>vitamine </alias>
  </lexeme>
  <lexeme><grapheme>Dr</grapheme><grapheme>Dr.</grapheme><alias>docteur</alias></lexeme>
  <!-- « M. Dupont » monsieur Dupont, « MM. » messieurs (eSpeak NG disait
       la lettre) ; « p. 5 » page 5 ; « 15 mn » 15 minutes ; « 30 s » et
       « 30 sec » 30 secondes -->
  <lexeme regex="true">
    <grapheme>\bM\.(?= \p{Lu})</grapheme>
    <alias>monsieur</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bMM\.(?= \p{Lu})</grapheme>
    <alias>messieurs</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bp\. ?(?=\d)</grapheme>
    <alias>page </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mn\b</grapheme>
    <alias>une minute</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?mn\b</grapheme>
    <alias>$1 minutes</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?sec\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>une seconde</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?sec\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 secondes</alias>
  </lexeme>
  <lexeme><grapheme>Pr</grapheme><grapheme>Pr.</grapheme><alias>professeur</alias></lexeme>
  <!-- une note sur 10 : « douleur 7/10 » « 7 sur 10 » (eSpeak NG disait
       « 7 10 ») ; seulement après ces mots, car 7/10 peut être une date -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Dd]ouleur |\b[Dd]ouleur à |\bEVA |\bEVA à |\bEN |\bEN à |\b[Éé]chelle |\b[Nn]ote |\b[Ss]core |≥|≤|≥ |≤ |&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 sur 10</alias>
  </lexeme>
  <lexeme><grapheme>max.</grapheme><grapheme>Max.</grapheme><alias>maximum</alias></lexeme>
  <lexeme><grapheme>min.</grapheme><alias>minimum</alias></lexeme>
  <!-- "1 cp" : un comprimé -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cp\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>1 comprimé</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?cps?\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 comprimés</alias>
  </lexeme>
  <!-- "1 gél." : une gélule, "2 gél." deux gélules ; "1 sach." un sachet -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?g[ée]l\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>une gélule</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?g[ée]l\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 gélules</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?sach\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>1 sachet</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?sach\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 sachets</alias>
  </lexeme>
  <!-- "20 gttes", "20 gtt" : gouttes, "1 gtte" une goutte -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?(?:gttes?|gtt)\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>une goutte</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?(?:gttes?|gtt)\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 gouttes</alias>
  </lexeme>
  <!-- "½ cp", "1/2 cp" : un demi comprimé ; "¼ cp", "1/4 comprimé" : un quart de comprimé (il disait « un quart comprimé ») -->
  <lexeme regex="true">
    <grapheme>(?&lt;=½ |½|/2 )cp\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>comprimé</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[¼¾⅓⅔] |[¼¾⅓⅔]|/3 |/4 )cp\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>de comprimé</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=(?&lt;![\d.,/]|\d )[¼¾⅓⅔] |(?&lt;![\d.,/]|\d )[123]/[34] )(comprimés?|gélules?|cuillères?|sachets?|ampoules?|doses?|verres?|tasses?)\b</grapheme>
    <alias>de $1</alias>
  </lexeme>
  <!-- Cuillères : "1 c. à s." une cuillère à soupe, "2 c. à c." deux
       cuillères à café (eSpeak NG lit les lettres) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:c\. ?à ?s\.|c\.à\.s\.|càs)</grapheme>
    <alias>une cuillère à soupe</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?(?:c\. ?à ?s\.|c\.à\.s\.|càs)</grapheme>
    <alias>$1 cuillères à soupe</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:c\. ?à ?c\.|c\.à\.c\.|càc)</grapheme>
    <alias>une cuillère à café</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?(?:c\. ?à ?c\.|c\.à\.c\.|càc)</grapheme>
    <alias>$1 cuillères à café</alias>
  </lexeme>
  <!-- "5 j" : cinq jours -->
  <!-- « 2-3 sem. » : semaines (avec son point, après un nombre) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?sem(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>une semaine</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?sem(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 semaines</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?j\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>1 jour</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?j\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 jours</alias>
  </lexeme>

  <!-- « de 1 » s'élide : « un comprimé de 1 g » est « d'un gramme », « une
       dose de 1 ml » « d'un millilitre », « de 1 seringue » « d'une
       seringue » (il disait « de un », « de une ») -->
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 (fois|cuillère|cuillerée|gélule|goutte|dose|heure|semaine|ampoule|injection|unité|nuit|pastille|prise|application|inhalation|pulvérisation|seringue|bouffée|capsule|tasse)\b</grapheme>
    <alias>$1'une $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 (comprimés?|sachets?|flacons?|patchs?|suppositoires?|jours?|mois|an|verre|litre)\b</grapheme>
    <alias>$1'un $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?mg\b(?![.,]\d)</grapheme>
    <alias>$1'un milligramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?g\b(?![.,]\d)</grapheme>
    <alias>$1'un gramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?kg\b(?![.,]\d)</grapheme>
    <alias>$1'un kilogramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?m[lL]\b(?![.,]\d)</grapheme>
    <alias>$1'un millilitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?(?:µg|μg|mcg)\b(?![.,]\d)</grapheme>
    <alias>$1'un microgramme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?cp\b(?![.,]\d)</grapheme>
    <alias>$1'un comprimé</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?(?:µ[lL]|μ[lL])\b(?![.,]\d)</grapheme>
    <alias>$1'un microlitre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?cm\b(?![.,]\d)</grapheme>
    <alias>$1'un centimètre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e 1 ?mm\b(?![.,]\d)</grapheme>
    <alias>$1'un millimètre</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e (?:1/2|½) ?(?:cp\b(?:\.(?!\s+\p{Lu}))?|comprimé\b)</grapheme>
    <alias>$1'un demi comprimé</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])e (?:1/2|½) (fois|cuillère|cuillerée|gélule|goutte|dose|heure|semaine|ampoule|injection|unité|nuit|pastille|prise|application|inhalation|pulvérisation|seringue|bouffée|capsule|tasse)\b</grapheme>
    <alias>$1'une demi-$2</alias>
  </lexeme>
  <!-- "1" devant un nom féminin : « une fois », « une gélule » (eSpeak NG
       dit « un »). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (fois|cuillère|cuillerée|gélule|goutte|dose|heure|semaine|ampoule|injection|unité|nuit|pastille|prise|application|inhalation|pulvérisation|seringue|bouffée|capsule|tasse)\b</grapheme>
    <alias>une $1</alias>
  </lexeme>
  <!-- Une demie devant un nom féminin : « 1/2 dose » est « une demi-dose »,
       « 1 1/2 cuillère » « une cuillère et demie », « 2 1/2 gélules » « 2
       gélules et demie » ([fraction] dit « un demi », qui va avec
       « comprimé »). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?:1/2|½) (fois|cuillère|cuillerée|gélule|goutte|dose|heure|semaine|ampoule|injection|unité|nuit|pastille|prise|application|inhalation|pulvérisation|seringue|bouffée|capsule|tasse)\b</grapheme>
    <alias>une demi-$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])1 ?(?:1/2|½) (fois|cuillère|cuillerée|gélule|goutte|dose|heure|semaine|ampoule|injection|unité|nuit|pastille|prise|application|inhalation|pulvérisation|seringue|bouffée|capsule|tasse)\b</grapheme>
    <alias>une $1 et demie</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])1 ?(?:1/2|½) (cuillères|cuillerées|gélules|gouttes|doses|heures|semaines|ampoules|injections|unités|nuits|pastilles|prises|applications|inhalations|pulvérisations|seringues|bouffées|capsules|tasses)\b</grapheme>
    <alias>une et demie $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])([2-9]|1\d) ?(?:1/2|½) (cuillères|cuillerées|gélules|gouttes|doses|heures|semaines|ampoules|injections|unités|nuits|pastilles|prises|applications|inhalations|pulvérisations|seringues|bouffées|capsules|tasses)\b</grapheme>
    <alias>$1 $2 et demie</alias>
  </lexeme>
  <!-- 21, 31 ... 61 devant un nom féminin : « vingt et une heures »,
       « trente et une gélules » (eSpeak NG dit « vingt et un »). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([2-6])1 (fois|cuillères|cuillerées|gélules|gouttes|doses|heures|semaines|ampoules|injections|unités|nuits|pastilles|prises|applications|inhalations|pulvérisations|seringues|bouffées|capsules|tasses|minutes)\b</grapheme>
    <alias>$10 et une $2</alias>
  </lexeme>
  <!-- Les ordinaux abrégés : « 2e étage » est « deuxième étage », « 1re
       dose » « première dose », « 2nd » « second » (eSpeak NG dit « deux
       e », « un re » ; il lit « 2ème », « 1ère » et « 1er »). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+)(?:e|è)\b</grapheme>
    <alias>$1ème</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+)(?:es|ès)\b</grapheme>
    <alias>$1èmes</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])1re\b</grapheme>
    <alias>1ère</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])1res\b</grapheme>
    <alias>premières</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])2nd\b</grapheme>
    <alias>second</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])2n?de\b</grapheme>
    <alias>seconde</alias>
  </lexeme>
  <!-- Des mots français qu'eSpeak NG lit avec les règles de l'anglais
       (« thrombose », « arthrose », « rythme », « dexaméthasone »), de
       sorte qu'un tel texte était refusé : écrits comme ils se disent ;
       et « week-end », « e-mail », dits comme en France. -->
  <lexeme regex="true">
    <grapheme>\b([Tt])hromb(\w*)</grapheme>
    <alias>$1romb$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Aa])rthr(\w*)</grapheme>
    <alias>$1rtr$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Rr])ythme(s?)\b</grapheme>
    <alias>$1itme$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Mm])ythe(s?)\b</grapheme>
    <alias>$1ite$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Mm])éthotrexate\b</grapheme>
    <alias>$1étotrexate</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Mm])éthadone\b</grapheme>
    <alias>$1étadone</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Ll])ithium\b</grapheme>
    <alias>$1ityome</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Ff])entanyl\b</grapheme>
    <alias>$1entanile</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Dd])examéthasone\b</grapheme>
    <alias>$1examétasone</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b([Mm])éthylprednisolone\b</grapheme>
    <alias>$1étilprednisolone</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Aa]nthracycline(s?)\b</grapheme>
    <alias>antracycline$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Ww]eek-ends?\b</grapheme>
    <alias>ouikènde</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Ee]-?mails?\b</grapheme>
    <alias>imèle</alias>
  </lexeme>
  <!-- Des mots anglais qu'on dit en français (eSpeak NG les lit avec les
       règles de l'anglais, et le texte était refusé) -->
  <lexeme regex="true">
    <grapheme>\b[Pp]arkings?\b</grapheme>
    <alias>parkinng</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Ss]tress\b</grapheme>
    <alias>stresse</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Pp]acemakers?\b</grapheme>
    <alias>pèce-mékeur</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(?:PET|TEP|[Pp]et|[Tt]ep)[- ]scans?\b</grapheme>
    <alias>pète-scanne</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Ww]eb\b</grapheme>
    <alias>ouèbe</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(?:[Ww]ifi|[Ww]i-[Ff]i|WIFI)\b</grapheme>
    <alias>ouifi</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Cc]heck-ups?\b</grapheme>
    <alias>tchèque-eupe</alias>
  </lexeme>
  <!-- « = » : eSpeak NG ne le disait pas -->
  <lexeme><grapheme>=</grapheme><alias>égale</alias></lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[²2](?![\w²/])</grapheme>
    <alias>1 mètre carré</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 mètres carrés</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 centimètres carrés</alias>
  </lexeme>
</lexicon>
