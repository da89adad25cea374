<?xml version="1.0" encoding="UTF-8"?>
<!--
  Spanish: unidades, horas y abreviaturas de los folletos para pacientes.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="es"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- Un marcador tumoral: «CA 15-3», «CA 19-9», «CA 125» «C A 15 3» (no es un
       intervalo: era «15 a 3») -->
  <lexeme regex="true">
    <grapheme>\bCA ?(15|19|72|27)[-‐–.](3|9|4|29)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bCA ?(125|242|50)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1</alias>
  </lexeme>
  <!-- Una proporción: «1:3» «1 a 3», «1:1000» «1 por 1000» (eSpeak NG decía
       «uno mil», y «1:3» se leía como una hora); solo con una cifra o tres y
       más tras los dos puntos, que ninguna hora tiene -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d)(?![\d:])</grapheme>
    <alias>$1 a $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d{3,})(?![\d:])</grapheme>
    <alias>$1 por $2</alias>
  </lexeme>

  <!-- Un número y su unidad: "1 mg" un miligramo, "5 mg" miligramos,
       "21 mg" veintiún miligramos, "31 mg" treinta y un miligramos
       (eSpeak NG dice "veintiuno", "treinta y uno") -->
  <!-- Letras griegas: "β-bloqueante" "beta-bloqueante" (eSpeak NG las leía en griego, "vita") -->
  <lexeme><grapheme>α</grapheme><alias>alfa</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>beta</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>gamma</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>delta</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mg\b</grapheme>
    <alias>un miligramo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?mg\b</grapheme>
    <alias>veintiún miligramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?mg\b</grapheme>
    <alias>$10 y un miligramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mg\b</grapheme>
    <alias>$1 miligramos</alias>
  </lexeme>
  <lexeme><grapheme>mg</grapheme><alias>miligramos</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>un microgramo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>veintiún microgramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$10 y un microgramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$1 microgramos</alias>
  </lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>microgramos</alias></lexeme>
  <!-- Análisis: "4 ng/ml" cuatro nanogramos por mililitro, "2,6 mmol/l",
       "90 µmol/l" micromoles por litro, "12 g/dl" gramos por decilitro -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?ng\b</grapheme>
    <alias>un nanogramo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?ng\b</grapheme>
    <alias>veintiún nanogramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?ng\b</grapheme>
    <alias>$10 y un nanogramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ng\b</grapheme>
    <alias>$1 nanogramos</alias>
  </lexeme>
  <lexeme><grapheme>ng</grapheme><alias>nanogramos</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µmol|μmol)\b</grapheme>
    <alias>un micromol</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?(?:µmol|μmol)\b</grapheme>
    <alias>veintiún micromoles</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?(?:µmol|μmol)\b</grapheme>
    <alias>$10 y un micromoles</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:µmol|μmol)\b</grapheme>
    <alias>$1 micromoles</alias>
  </lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>micromoles</alias></lexeme>
  <!-- un volumen: "10 µl" 10 microlitros (eSpeak NG leía µ en inglés) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>un microlitro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>$1 microlitros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?nmol\b</grapheme>
    <alias>un nanomol</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?nmol\b</grapheme>
    <alias>veintiún nanomoles</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?nmol\b</grapheme>
    <alias>$10 y un nanomoles</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?nmol\b</grapheme>
    <alias>$1 nanomoles</alias>
  </lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>nanomoles</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?d[lL]\b</grapheme>
    <alias>un decilitro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?d[lL]\b</grapheme>
    <alias>veintiún decilitros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?d[lL]\b</grapheme>
    <alias>$10 y un decilitros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?d[lL]\b</grapheme>
    <alias>$1 decilitros</alias>
  </lexeme>
  <lexeme><grapheme>dl</grapheme><grapheme>dL</grapheme><alias>decilitros</alias></lexeme>
  <!-- Radioterapia: "20 Gy" veinte grays, "1 Gy" un gray -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?Gy\b</grapheme>
    <alias>un gray</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gy\b</grapheme>
    <alias>$1 grays</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>grays</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?g\b</grapheme>
    <alias>un gramo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?g\b</grapheme>
    <alias>veintiún gramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?g\b</grapheme>
    <alias>$10 y un gramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?g\b</grapheme>
    <alias>$1 gramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?kg\b</grapheme>
    <alias>un kilogramo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?kg\b</grapheme>
    <alias>veintiún kilogramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?kg\b</grapheme>
    <alias>$10 y un kilogramos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?kg\b</grapheme>
    <alias>$1 kilogramos</alias>
  </lexeme>
  <lexeme><grapheme>kg</grapheme><alias>kilogramos</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[lL]\b</grapheme>
    <alias>un mililitro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?m[lL]\b</grapheme>
    <alias>veintiún mililitros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?m[lL]\b</grapheme>
    <alias>$10 y un mililitros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>$1 mililitros</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>mililitros</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?[lL]\b</grapheme>
    <alias>un litro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?[lL]\b</grapheme>
    <alias>veintiún litros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?[lL]\b</grapheme>
    <alias>$10 y un litros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?[lL]\b</grapheme>
    <alias>$1 litros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cm\b</grapheme>
    <alias>un centímetro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?cm\b</grapheme>
    <alias>veintiún centímetros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?cm\b</grapheme>
    <alias>$10 y un centímetros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?cm\b</grapheme>
    <alias>$1 centímetros</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>centímetros</alias></lexeme>
  <!-- una longitud: "2 m" dos metros (eSpeak NG decía la letra) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])1 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>un metro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€\-–])21 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>veintiún metros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€\-–])([3-9])1 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>$10 y un metros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])(\d+(?:[.,]\d+)?) ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>$1 metros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mm\b</grapheme>
    <alias>un milímetro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?mm\b</grapheme>
    <alias>veintiún milímetros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?mm\b</grapheme>
    <alias>$10 y un milímetros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mm\b</grapheme>
    <alias>$1 milímetros</alias>
  </lexeme>
  <lexeme><grapheme>mm</grapheme><alias>milímetros</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?min\b</grapheme>
    <alias>un minuto</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 ?min\b</grapheme>
    <alias>veintiún minutos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 ?min\b</grapheme>
    <alias>$10 y un minutos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?min\b</grapheme>
    <alias>$1 minutos</alias>
  </lexeme>
  <!-- el ordinal º escrito por el signo de grado: "38,5 ºC", "38º C"; y
       "fiebre de 38º" (de 34 a 42, una temperatura, no "trigésimo octavo"; tras
       "el", "la" o "del" es un ordinal: "el 40º aniversario") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:° ?|º ?)C\b</grapheme>
    <alias>un grado Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:° ?|º ?)C\b</grapheme>
    <alias>$1 grados Celsius</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><grapheme>ºC</grapheme><alias>grados Celsius</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(?&lt;!\bel |\bla |\bEl |\bLa |\bdel )((?:3[4-9]|4[0-2])(?:[.,]\d)?) ?º(?![\p{L}\d])</grapheme>
    <alias>$1 grados</alias>
  </lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>milimoles</alias></lexeme>
  <!-- Presión arterial: 140/90 mmHg es "140 sobre 90" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?mmHg\b</grapheme>
    <alias>$1 sobre $2 milímetros de mercurio</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>milímetros de mercurio</alias></lexeme>
  <!-- ... y tras "tensión" o "TA" sin unidad: eSpeak NG dice "barra" -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Tt]ensión |\b[Tt]ensión arterial |\b[Pp]resión arterial |\bTA |\bPA |\bTA: |\bPA: )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 sobre $2</alias>
  </lexeme>
  <!-- ... y una cifra tras "por debajo de", "más de", "p. ej." u "objetivo":
       "por debajo de 140/90" (ninguna fecha empieza por 70 o más) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=por debajo de |por encima de |\bmenor de |\bmayor de |\bmenos de |\bmás de |\binferior a |\bsuperior a |\bp\. ej\. |\bobjetivo |\bobjetivo de )([7-9]\d|1\d\d|2[0-4]\d)/([4-9]\d|1[0-4]\d)(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 sobre $2</alias>
  </lexeme>
  <lexeme><grapheme>UI</grapheme><alias>unidades internacionales</alias></lexeme>

  <!-- "por": 5 mg/kg son cinco miligramos por kilogramo -->
  <lexeme><grapheme>/kg</grapheme><alias>por kilogramo</alias></lexeme>
  <lexeme><grapheme>/L</grapheme><grapheme>/l</grapheme><alias>por litro</alias></lexeme>
  <lexeme><grapheme>/día</grapheme><alias>al día</alias></lexeme>
  <lexeme><grapheme>/h</grapheme><alias>por hora</alias></lexeme>
  <lexeme><grapheme>/min</grapheme><alias>por minuto</alias></lexeme>
  <!-- "4 Gy/fracción" era "barra fracción": Gy/fraction, Gy/session -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/(?=\p{L})</grapheme>
    <alias> por </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/ ?(?=\d)</grapheme>
    <alias> en </alias>
  </lexeme>
  <!-- un jarabe: 120 mg/5 ml, "120 miligramos por cada 5 mililitros"; 75 mg/m² -->
  <lexeme regex="true">
    <grapheme>/ ?(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>por cada $1 mililitros</alias>
  </lexeme>
  <lexeme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><alias>por mililitro</alias></lexeme>
  <lexeme><grapheme>/dl</grapheme><grapheme>/dL</grapheme><alias>por decilitro</alias></lexeme>
  <!-- hemograma: «150.000/mm³», «4000/µl» -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>por microlitro</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>por milímetro cúbico</alias></lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>por metro cuadrado</alias></lexeme>
  <lexeme><grapheme>/semana</grapheme><alias>por semana</alias></lexeme>
  <lexeme><grapheme>/mes</grapheme><alias>al mes</alias></lexeme>
  <!-- como máximo 8 comprimidos/24 h, "cada 24 horas" -->
  <lexeme regex="true">
    <grapheme>/ ?(12|24|48|72) ?(?:horas|h)\b</grapheme>
    <alias>cada $1 horas</alias>
  </lexeme>
  <!-- el intervalo entre dosis: 1 g/8 h, "cada 8 horas" (tras una
       unidad, no tras un número: "9/17 h" es un horario) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])(?&lt;!\dh)/ ?([2-9]|1[013-9]|2[0-3]) ?(?:horas|h)\b</grapheme>
    <alias>cada $1 horas</alias>
  </lexeme>

  <!-- IV: intravenoso; tras un nombre femenino, intravenosa ("inyección
       i.v." era "inyección intravenoso"); un estadio o grado IV es cuatro,
       por [roman] de es.rules -->
  <lexeme regex="true">
    <grapheme>\b(vía|Vía|[Ii]nyección|[Pp]erfusión|[Ii]nfusión|[Aa]dministración|[Mm]edicación|[Tt]erapia|[Qq]uimioterapia|[Ss]olución|[Dd]osis) (?:IV|i\.v\.)</grapheme>
    <alias>$1 intravenosa</alias>
  </lexeme>
  <lexeme><grapheme>IV</grapheme><grapheme>i.v.</grapheme><alias>intravenoso</alias></lexeme>

  <!-- Tras una dosis: "120 mg SC" era "S C" -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bg |\bUI |\bcomp\. |\bampolla |\bdosis |\d |\dmg |\dml |\dmL |\dg )(?:SC|s\.c\.|s\.c(?!\w))(?!\w)</grapheme>
    <alias>por vía subcutánea</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bg |\bUI |\bcomp\. |\bampolla |\bdosis |\d |\dmg |\dml |\dmL |\dg )(?:IM|i\.m\.|i\.m(?!\w))(?!\w)</grapheme>
    <alias>por vía intramuscular</alias>
  </lexeme>
  <!-- Con sus puntos, en otro lugar también: "inyección i.m." era "i
       eme", "vía s.c." "ese ce".  Patrones, tras los de una dosis, que
       así ganan en un empate -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])s\.c\.(?!\w)</grapheme>
    <alias>subcutánea</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])i\.m\.(?!\w)</grapheme>
    <alias>intramuscular</alias>
  </lexeme>

  <!-- Horas con punto, dos cifras de minutos y "h", como se escriben en
       España: "a las 9.30 h" era "nueve punto treinta hache"; también la
       primera de "de 9.30 a 14.00 h"; "3.5 h" es un número de horas -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(\d|1\d|2[0-3])\.00(?: ?h\b|(?=(?: a | ?[-–] ?)(?:\d|1\d|2[0-3])\.[0-5]\d ?h\b))</grapheme>
    <alias>$1 horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])0?(\d|1\d|2[0-3])\.(?:0([1-9])|([1-5]\d))(?: ?h\b|(?=(?: a | ?[-–] ?)(?:\d|1\d|2[0-3])\.[0-5]\d ?h\b))</grapheme>
    <alias>$1 y $2$3</alias>
  </lexeme>
  <!-- Horas: 8:00 las ocho en punto, 8:30 ocho y treinta, 8:05 ocho y cinco, 14:00 h catorce horas, cada 8 h cada ocho horas -->
  <!-- Un horario de horas en punto: "de 8:00 a 15:00 h" "de 8 a 15 horas"
       (era "de 8 en punto a 15 horas"); tras "entre", la clase de los
       rangos dice "y" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(?&lt;!\bentre |\bEntre |\bentre las |\bEntre las )0?(\d{1,2}):00(?: a | ?[-–] ?)0?(\d{1,2}):00(?: ?h\b)?(?![\d:])</grapheme>
    <alias>$1 a $2 horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(1[3-9]|2[0-3]):00(?: ?h\b)?(?![\d:])</grapheme>
    <alias>$1 horas</alias>
  </lexeme>
  <!-- medianoche: "desde las 00:00 h" "desde las doce de la noche" (era
       "las 0 en punto") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?0:00(?: ?h\b)?(?![\d:])</grapheme>
    <alias>doce de la noche</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1:00(?: ?h\b)?(?![\d:])</grapheme>
    <alias>una en punto</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):00(?: ?h\b)?(?![\d:])</grapheme>
    <alias>$1 en punto</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):0?([1-5]?\d)(?: ?h\b)?(?![\d:])</grapheme>
    <alias>$1 y $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:h|hs|hrs?)\b</grapheme>
    <alias>una hora</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d{1,2}) ?(?:h|hs|hrs?)\b</grapheme>
    <alias>$1 horas</alias>
  </lexeme>
  <!-- "cada 8 hs", "2 hrs", "30 mins", como se escriben en América (eSpeak
       NG los deletreaba: "hache ese") -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mins\b</grapheme>
    <alias>$1 minutos</alias>
  </lexeme>

  <!-- Abreviaturas, dichas enteras (y su punto no cierra la frase) -->
  <!-- "hab. 305" era "ab", "ext. 2345" "ekst": el paciente busca la
       habitación y marca la extensión -->
  <lexeme><grapheme>hab.</grapheme><grapheme>Hab.</grapheme><alias>habitación</alias></lexeme>
  <lexeme><grapheme>ext.</grapheme><grapheme>Ext.</grapheme><alias>extensión</alias></lexeme>
  <lexeme><grapheme>Dr.</grapheme><alias>doctor</alias></lexeme>
  <!-- "pág. 5" página 5; "30 seg." 30 segundos (eSpeak NG decía "pag" y
       "seg") -->
  <lexeme regex="true">
    <grapheme>\b[Pp]ág\. ?(?=\d)</grapheme>
    <alias>página </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?seg\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>un segundo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?seg\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 segundos</alias>
  </lexeme>
  <lexeme><grapheme>Dra.</grapheme><alias>doctora</alias></lexeme>
  <lexeme><grapheme>Prof.</grapheme><alias>profesor</alias></lexeme>
  <lexeme><grapheme>Profa.</grapheme><alias>profesora</alias></lexeme>
  <lexeme><grapheme>aprox.</grapheme><alias>aproximadamente</alias></lexeme>
  <!-- Cucharadas: "1 cda." una cucharada, "2 cdtas." dos cucharaditas
       (eSpeak NG lee las letras) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cda(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>una cucharada</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?cdas?(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 cucharadas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cdta(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>una cucharadita</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?cdtas?(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 cucharaditas</alias>
  </lexeme>
  <!-- Horarios: "L-V" de lunes a viernes (eSpeak NG: "ele uve") -->
  <lexeme><grapheme>L-V</grapheme><grapheme>L a V</grapheme><alias>lunes a viernes</alias></lexeme>
  <lexeme><grapheme>L-S</grapheme><grapheme>L a S</grapheme><alias>lunes a sábado</alias></lexeme>
  <lexeme><grapheme>L-D</grapheme><grapheme>L a D</grapheme><alias>lunes a domingo</alias></lexeme>
  <lexeme><grapheme>L-J</grapheme><grapheme>L a J</grapheme><alias>lunes a jueves</alias></lexeme>
  <lexeme><grapheme>p. ej.</grapheme><grapheme>p.ej.</grapheme><alias>por ejemplo</alias></lexeme>
  <!-- «(ej.: ibuprofeno)», «por ej. el paracetamol»: eSpeak NG decía
       «ej»; solo antes de dos puntos, una coma o una minúscula -->
  <lexeme regex="true">
    <grapheme>(?:\b[Pp]or )?\b[Ee]j\.(?= ?[:,]|\s+\p{Ll})</grapheme>
    <alias>por ejemplo</alias>
  </lexeme>
  <!-- "cf. pág. 5" era "ce efe" -->
  <!-- "fig. 3" era "fig", "cap. 4" "cap" -->
  <lexeme regex="true"><grapheme>\b[fF]ig\. ?(?=\d)</grapheme><alias>figura </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[tT]ab\. ?(?=\d)</grapheme><alias>tabla </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]ap\. ?(?=\d)</grapheme><alias>capítulo </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[aA]rt\. ?(?=\d)</grapheme><alias>artículo </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[rR]ef\. ?(?=\d)</grapheme><alias>referencia </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[vV]ol\. ?(?=\d)</grapheme><alias>volumen </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[aA]pdo\. ?(?=\d)</grapheme><alias>apartado </alias></lexeme>
  <lexeme><grapheme>cf.</grapheme><alias>véase</alias></lexeme>
  <!-- Direcciones: "Avda." era "abda", "c/ Mayor" "ce barra", "pl. 2" "pe
       ele", "Hosp." "osp", "edif." "edif", "s/n" "ese barra ene" -->
  <lexeme regex="true"><grapheme>\b(?:[Aa]vda|Av)\.</grapheme><alias>avenida</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]/ ?(?=\p{Lu})</grapheme><alias>calle </alias></lexeme>
  <lexeme regex="true"><grapheme>\bpl\. ?(?=\d)</grapheme><alias>planta </alias></lexeme>
  <lexeme regex="true"><grapheme>\bHosp\b\.?</grapheme><alias>Hospital</alias></lexeme>
  <lexeme regex="true"><grapheme>\bUrg\b(?:\.(?!\s+\p{Lu}|\s*$))?</grapheme><alias>Urgencias</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[eE]dif\.</grapheme><alias>edificio</alias></lexeme>
  <lexeme regex="true"><grapheme>\bs/n\b</grapheme><alias>sin número</alias></lexeme>
  <lexeme regex="true"><grapheme>\betc(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>etcétera</alias></lexeme>
  <lexeme><grapheme>Tel.</grapheme><grapheme>Tel:</grapheme><grapheme>Tfno.</grapheme><grapheme>Tlf.</grapheme><alias>Teléfono</alias></lexeme>
  <lexeme><grapheme>tel.</grapheme><grapheme>tfno.</grapheme><alias>teléfono</alias></lexeme>
  <lexeme><grapheme>núm.</grapheme><alias>número</alias></lexeme>
  <!-- una puntuación sobre 10: "dolor 7/10" "7 sobre 10" (eSpeak NG decía
       "7 barra 10"); solo tras estas palabras, porque 7/10 puede ser una
       fecha -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Dd]olor |\b[Dd]olor de |\bEVA |\bEVA de |\b[Ee]scala |\b[Ee]scala de |\b[Pp]untuación |\b[Pp]untuación de |≥|≤|≥ |≤ |&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 sobre 10</alias>
  </lexeme>
  <lexeme><grapheme>v.o.</grapheme><grapheme>V.O.</grapheme><alias>por vía oral</alias></lexeme>
  <lexeme><grapheme>máx.</grapheme><grapheme>Máx.</grapheme><alias>máximo</alias></lexeme>
  <lexeme><grapheme>mín.</grapheme><grapheme>Mín.</grapheme><alias>mínimo</alias></lexeme>
  <!-- "2-3 sem.": semanas (solo con su punto, tras un número) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?sem(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>una semana</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?sem(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 semanas</alias>
  </lexeme>
  <!-- "1 comprimido c/8 h": cada 8 horas -->
  <lexeme regex="true">
    <grapheme>\bc/ ?(?=\d)</grapheme>
    <alias>cada </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cp\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>un comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?cps?\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 comprimidos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?comps?(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>un comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?comps?(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 comprimidos</alias>
  </lexeme>
  <!-- "½ comp.", "1/2 cp": medio comprimido; "¼ comp.", "1/4 comprimido": un cuarto de comprimido (decía "medio comp." y "un cuarto comprimido") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=½ |½|/2 )(?:cps?\b|comps?\b)(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[¼¾⅓⅔] |[¼¾⅓⅔]|/3 |/4 )(?:cps?\b|comps?\b)(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>de comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=(?&lt;![\d.,/]|\d )[¼¾⅓⅔] |(?&lt;![\d.,/]|\d )[123]/[34] )(comprimidos?|cápsulas?|cucharadas?|cucharaditas?|sobres?|ampollas?|dosis|tabletas?|pastillas?|vasos?|tazas?)\b</grapheme>
    <alias>de $1</alias>
  </lexeme>

  <!-- "1" delante de un nombre: "un comprimido", "una cápsula", "una vez"
       (eSpeak NG dice "uno"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (cápsula|vez|gota|cucharada|cucharadita|pastilla|tableta|dosis|semana|hora|ampolla|inyección|unidad|noche|inhalación|aplicación|toma|pulsación|jeringa)\b</grapheme>
    <alias>una $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (comprimido|sobre|día|mes|año|parche|supositorio|vaso|minuto|inhalador|frasco|envase|vial|millón)\b</grapheme>
    <alias>un $1</alias>
  </lexeme>
  <!-- Media delante de un nombre femenino: "1/2 dosis" es "media dosis",
       "1 1/2 cucharada" "una cucharada y media", "2 1/2 cucharadas" "2
       cucharadas y media" ([fraction] dice "medio", que va con
       "comprimido"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?:1/2|½) (cápsula|vez|gota|cucharada|cucharadita|pastilla|tableta|dosis|semana|hora|ampolla|inyección|unidad|noche|inhalación|aplicación|toma|pulsación|jeringa|taza)\b</grapheme>
    <alias>media $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])1 ?(?:1/2|½) (cápsula|vez|gota|cucharada|cucharadita|pastilla|tableta|dosis|semana|hora|ampolla|inyección|unidad|noche|inhalación|aplicación|toma|pulsación|jeringa|taza)\b</grapheme>
    <alias>una $1 y media</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])1 ?(?:1/2|½) (cápsulas|veces|gotas|cucharadas|cucharaditas|pastillas|tabletas|dosis|semanas|horas|ampollas|inyecciones|unidades|noches|inhalaciones|aplicaciones|tomas|pulsaciones|jeringas|tazas)\b</grapheme>
    <alias>una y media $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])([2-9]|1\d) ?(?:1/2|½) (cápsulas|veces|gotas|cucharadas|cucharaditas|pastillas|tabletas|dosis|semanas|horas|ampollas|inyecciones|unidades|noches|inhalaciones|aplicaciones|tomas|pulsaciones|jeringas|tazas)\b</grapheme>
    <alias>$1 $2 y media</alias>
  </lexeme>
  <!-- 21, 31 ... 91 delante de un nombre: "veintiún días", "treinta y una
       semanas" (eSpeak NG dice "veintiuno", "treinta y uno"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 (cápsulas|veces|gotas|cucharadas|cucharaditas|pastillas|tabletas|dosis|semanas|horas|ampollas|inyecciones|unidades|noches|inhalaciones|aplicaciones|tomas|pulsaciones|jeringas)\b</grapheme>
    <alias>veintiuna $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])21 (comprimidos|sobres|días|meses|años|parches|supositorios|vasos|minutos|inhaladores|frascos|envases|viales)\b</grapheme>
    <alias>veintiún $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 (cápsulas|veces|gotas|cucharadas|cucharaditas|pastillas|tabletas|dosis|semanas|horas|ampollas|inyecciones|unidades|noches|inhalaciones|aplicaciones|tomas|pulsaciones|jeringas)\b</grapheme>
    <alias>$10 y una $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([3-9])1 (comprimidos|sobres|días|meses|años|parches|supositorios|vasos|minutos|inhaladores|frascos|envases|viales)\b</grapheme>
    <alias>$10 y un $2</alias>
  </lexeme>
  <!-- Los ordinales abreviados: «3er piso» es «tercer piso», «1.ª dosis»
       «primera dosis» (eSpeak NG dice «tres er», «uno punto a»; lee «1ª»
       y «2º»). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])1\.?er\b</grapheme>
    <alias>primer</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])3\.?er\b</grapheme>
    <alias>tercer</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+)\.([ªº])</grapheme>
    <alias>$1$2</alias>
  </lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[²2](?![\w²/])</grapheme>
    <alias>1 metro cuadrado</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 metros cuadrados</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 centímetros cuadrados</alias>
  </lexeme>
</lexicon>
