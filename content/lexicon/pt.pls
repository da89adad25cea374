<?xml version="1.0" encoding="UTF-8"?>
<!--
  Portuguese: unidades, horas e abreviaturas dos folhetos para pacientes (Brasil e Portugal).
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="pt"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- Um marcador tumoral: «CA 15-3», «CA 19-9», «CA 125» «C A 15 3» (não é um
       intervalo: era «15 a 3») -->
  <lexeme regex="true">
    <grapheme>\bCA ?(15|19|72|27)[-‐–.](3|9|4|29)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bCA ?(125|242|50)(?![\d-]|[.,]\d)</grapheme>
    <alias>C A $1</alias>
  </lexeme>
  <!-- Uma proporção: «1:3» «1 para 3», «1:1000» «1 para 1000» (o eSpeak NG
       dizia «um mil», e «1:3» era lido «uma hora e 3»); só com um algarismo
       ou três e mais depois dos dois-pontos, que nenhuma hora tem -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1 para $2</alias>
  </lexeme>

  <!-- Um número e sua unidade: "1 mg" um miligrama, "5 mg" miligramas -->
  <!-- Uma letra sozinha antes de um ponto: o eSpeak NG a lê como número
       romano ("vitamina D." era "vitamina quinhentos", "hepatite C."
       "hepatite cem", "tipo X." "tipo dez"); dita como letra -->
  <!-- Letras gregas: "β-bloqueador" "beta-bloqueador" (o eSpeak NG as lia em grego, "vita") -->
  <lexeme><grapheme>α</grapheme><alias>alfa</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>beta</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>gama</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>delta</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])(?&lt;!\w\.)C(?=\.(?!\.))</grapheme>
    <alias>cê</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])(?&lt;!\w\.)D(?=\.(?!\.))</grapheme>
    <alias>dê</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])(?&lt;!\w\.)L(?=\.(?!\.))</grapheme>
    <alias>éle</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])(?&lt;!\w\.)M(?=\.(?!\.))</grapheme>
    <alias>eme</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])(?&lt;!\w\.)X(?=\.(?!\.))</grapheme>
    <alias>xis</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mg\b</grapheme>
    <alias>um miligrama</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mg\b</grapheme>
    <alias>$1 miligramas</alias>
  </lexeme>
  <lexeme><grapheme>mg</grapheme><alias>miligramas</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:mcg|µg|μg)\b</grapheme>
    <alias>um micrograma</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$1 microgramas</alias>
  </lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>microgramas</alias></lexeme>
  <!-- Análises: "4 ng/ml" quatro nanogramas por mililitro, "2,6 mmol/l",
       "90 µmol/l" micromoles por litro, "12 g/dl" gramas por decilitro -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?ng\b</grapheme>
    <alias>um nanograma</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ng\b</grapheme>
    <alias>$1 nanogramas</alias>
  </lexeme>
  <lexeme><grapheme>ng</grapheme><alias>nanogramas</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µmol|μmol)\b</grapheme>
    <alias>um micromol</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:µmol|μmol)\b</grapheme>
    <alias>$1 micromoles</alias>
  </lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>micromoles</alias></lexeme>
  <!-- um volume: "10 µl" 10 microlitros (o eSpeak NG lia µ em inglês) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>um microlitro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?(?:µ[lL]|μ[lL]|mc[lL])\b</grapheme>
    <alias>$1 microlitros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?nmol\b</grapheme>
    <alias>um nanomol</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?nmol\b</grapheme>
    <alias>$1 nanomoles</alias>
  </lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>nanomoles</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?d[lL]\b</grapheme>
    <alias>um decilitro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?d[lL]\b</grapheme>
    <alias>$1 decilitros</alias>
  </lexeme>
  <lexeme><grapheme>dl</grapheme><grapheme>dL</grapheme><alias>decilitros</alias></lexeme>
  <!-- Dias de um ciclo: "D1 e D8", "D1-D5" dia 1 e dia 8 (eSpeak NG diz
       "dê um"); só em pares e não depois de "vitamina": "vitamina D3 e
       D2" são vitaminas -->
  <lexeme regex="true">
    <grapheme>(?&lt;![Vv]itamina )(?&lt;![Vv]itaminas )\bD(\d{1,2}) ?[-–] ?D(\d{1,2})\b(?![.,/]\d)</grapheme>
    <alias>dia $1 a dia $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![Vv]itamina )(?&lt;![Vv]itaminas )\bD(\d{1,2}),? (e|a|até|ao) D(\d{1,2})\b(?![.,/]\d)</grapheme>
    <alias>dia $1 $2 dia $3</alias>
  </lexeme>
  <!-- Radioterapia: "20 Gy" vinte grays, "1 Gy" um gray -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?Gy\b</grapheme>
    <alias>um gray</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gy\b</grapheme>
    <alias>$1 grays</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>grays</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?g\b</grapheme>
    <alias>um grama</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?g\b</grapheme>
    <alias>$1 gramas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?kg\b</grapheme>
    <alias>um quilograma</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?kg\b</grapheme>
    <alias>$1 quilogramas</alias>
  </lexeme>
  <lexeme><grapheme>kg</grapheme><alias>quilogramas</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[lL]\b</grapheme>
    <alias>um mililitro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>$1 mililitros</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>mililitros</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?[lL]\b</grapheme>
    <alias>um litro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?[lL]\b</grapheme>
    <alias>$1 litros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cm\b</grapheme>
    <alias>um centímetro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?cm\b</grapheme>
    <alias>$1 centímetros</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>centímetros</alias></lexeme>
  <!-- um comprimento: "2 m" dois metros (o eSpeak NG dizia a letra) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])1 ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>um metro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,£$€])(\d+(?:[.,]\d+)?) ?m\b(?![²³/]|\.\d| (?:people|patients|adults|children|men|women|cases|deaths|personas|pacientes|personnes|patients|pessoas|Menschen|Patienten)\b)</grapheme>
    <alias>$1 metros</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?mm\b</grapheme>
    <alias>um milímetro</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mm\b</grapheme>
    <alias>$1 milímetros</alias>
  </lexeme>
  <lexeme><grapheme>mm</grapheme><alias>milímetros</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?min\b</grapheme>
    <alias>um minuto</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?min\b</grapheme>
    <alias>$1 minutos</alias>
  </lexeme>
  <!-- o ordinal º escrito no lugar do sinal de grau: "38,5 ºC", "38º C"; e
       "febre de 38º" (de 34 a 42, uma temperatura, não "trigésimo oitavo"; depois
       de "o", "a", "do", "da", "no" ou "na" é um ordinal: "o 40º aniversário") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?(?:° ?|º ?)C\b</grapheme>
    <alias>um grau Celsius</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:° ?|º ?)C\b</grapheme>
    <alias>$1 graus Celsius</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><grapheme>ºC</grapheme><alias>graus Celsius</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(?&lt;!\bo |\ba |\bO |\bA |\bdo |\bda |\bno |\bna )((?:3[4-9]|4[0-2])(?:[.,]\d)?) ?º(?![\p{L}\d])</grapheme>
    <alias>$1 graus</alias>
  </lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>milimoles</alias></lexeme>
  <!-- Pressão arterial: 140/90 mmHg é "140 por 90" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?mmHg\b</grapheme>
    <alias>$1 por $2 milímetros de mercúrio</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>milímetros de mercúrio</alias></lexeme>
  <!-- ... e depois de "pressão" ou "PA" sem unidade, também em cmHg como
       se diz no Brasil: "pressão de 12/8" é "12 por 8", não "12 de agosto" -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Pp]ressão |\b[Pp]ressão de |\b[Pp]ressão arterial |\b[Pp]ressão arterial de |\bPA |\bPA: |\bPA de )(\d{1,3})[/xX](\d{1,3})(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 por $2</alias>
  </lexeme>
  <!-- ... e um valor depois de "abaixo de", "acima de", "menor que", "ex.":
       "abaixo de 14/9" é "14 por 9", não "14 de setembro" (em cmHg, de 7 a
       24 sobre 4 a 14, ou em mmHg) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\babaixo de |\bacima de |\bmenor que |\bmaior que |\bmenor do que |\bmaior do que |\binferior a |\bsuperior a |\bex\. |\bex\.: |\bmeta de |\balvo de )([7-9]|1\d|2[0-4])/([4-9]|1[0-4])(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 por $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\babaixo de |\bacima de |\bmenor que |\bmaior que |\bmenor do que |\bmaior do que |\binferior a |\bsuperior a |\bex\. |\bex\.: |\bmeta de |\balvo de )([7-9]\d|1\d\d|2[0-4]\d)/([4-9]\d|1[0-4]\d)(?!\d|/|[.,]\d| ?mmHg)</grapheme>
    <alias>$1 por $2</alias>
  </lexeme>
  <lexeme><grapheme>UI</grapheme><alias>unidades internacionais</alias></lexeme>

  <!-- "por": 5 mg/kg são cinco miligramas por quilograma -->
  <lexeme><grapheme>/kg</grapheme><alias>por quilograma</alias></lexeme>
  <lexeme><grapheme>/L</grapheme><grapheme>/l</grapheme><alias>por litro</alias></lexeme>
  <lexeme><grapheme>/dia</grapheme><alias>por dia</alias></lexeme>
  <lexeme><grapheme>/h</grapheme><alias>por hora</alias></lexeme>
  <lexeme><grapheme>/min</grapheme><alias>por minuto</alias></lexeme>
  <!-- "4 Gy/fração": a barra era muda -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/(?=\p{L})</grapheme>
    <alias> por </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\dGy|\d Gy)/ ?(?=\d)</grapheme>
    <alias> em </alias>
  </lexeme>
  <!-- um xarope: 120 mg/5 ml, "120 miligramas por 5 mililitros"; 75 mg/m² -->
  <lexeme regex="true">
    <grapheme>/ ?(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>por $1 mililitros</alias>
  </lexeme>
  <lexeme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><alias>por mililitro</alias></lexeme>
  <lexeme><grapheme>/dl</grapheme><grapheme>/dL</grapheme><alias>por decilitro</alias></lexeme>
  <!-- hemograma: "150.000/mm³", "4000/µl" -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>por microlitro</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>por milímetro cúbico</alias></lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>por metro quadrado</alias></lexeme>
  <lexeme><grapheme>/semana</grapheme><alias>por semana</alias></lexeme>
  <lexeme><grapheme>/mês</grapheme><alias>por mês</alias></lexeme>
  <!-- no máximo 8 comprimidos/24 h, "a cada 24 horas" -->
  <lexeme regex="true">
    <grapheme>/ ?(12|24|48|72) ?(?:horas|h)\b</grapheme>
    <alias>a cada $1 horas</alias>
  </lexeme>
  <!-- o intervalo entre doses: 500 mg/6 h, "a cada 6 horas" (depois de
       uma unidade, não de um número: "9/17 h" é um horário) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])(?&lt;!\dh)/ ?([2-9]|1[013-9]|2[0-3]) ?(?:horas|h)\b</grapheme>
    <alias>a cada $1 horas</alias>
  </lexeme>

  <!-- IV: intravenoso; depois de um nome feminino, intravenosa ("injeção
       IV" era "injeção intravenoso"); um estágio ou grau IV é quatro, por
       [roman] de pt.rules -->
  <lexeme regex="true">
    <grapheme>\b(via|Via|[Ii]njeção|[Ii]nfusão|[Aa]plicação|[Aa]dministração|[Mm]edicação|[Tt]erapia|[Qq]uimioterapia|[Ss]olução|[Dd]ose) (?:IV|i\.v\.)</grapheme>
    <alias>$1 intravenosa</alias>
  </lexeme>
  <lexeme><grapheme>IV</grapheme><grapheme>i.v.</grapheme><alias>intravenoso</alias></lexeme>
  <!-- Vias de uma receita: "via EV" "via endovenosa"; depois de uma dose
       "1 cp VO" "por via oral", "1 mg/kg EV", "1 ampola IM", "SC" (o
       eSpeak NG dizia "ev", "im" como palavras e soletrava "vê ó").
       Noutros lugares ficam como estão: SC é também Santa Catarina. -->
  <lexeme regex="true">
    <grapheme>\b(via|Via) (?:VO|v\.o\.)(?!\w)</grapheme>
    <alias>$1 oral</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(via|Via) (?:EV|e\.v\.)(?!\w)</grapheme>
    <alias>$1 endovenosa</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(via|Via) (?:IM|i\.m\.)(?!\w)</grapheme>
    <alias>$1 intramuscular</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b(via|Via) (?:SC|s\.c\.)(?!\w)</grapheme>
    <alias>$1 subcutânea</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bcomprimido |\bcomprimidos |\bcp |\bcps |\bcp\. |\bcomp\. |\bcápsula |\bcápsulas |\bgota |\bgotas |\bampola |\bampolas |\bdose |\bdoses |\bunidade |\bunidades |\bmg |\bml |\bmL |\bg |\bUI |\bkg |\d |\dmg |\dml |\dmL |\dg |\dh )(?:VO|v\.o\.)(?!\w)</grapheme>
    <alias>por via oral</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bcomprimido |\bcomprimidos |\bcp |\bcps |\bcp\. |\bcomp\. |\bcápsula |\bcápsulas |\bgota |\bgotas |\bampola |\bampolas |\bdose |\bdoses |\bunidade |\bunidades |\bmg |\bml |\bmL |\bg |\bUI |\bkg |\d |\dmg |\dml |\dmL |\dg |\dh )(?:EV|e\.v\.)(?!\w)</grapheme>
    <alias>por via endovenosa</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bcomprimido |\bcomprimidos |\bcp |\bcps |\bcp\. |\bcomp\. |\bcápsula |\bcápsulas |\bgota |\bgotas |\bampola |\bampolas |\bdose |\bdoses |\bunidade |\bunidades |\bmg |\bml |\bmL |\bg |\bUI |\bkg |\d |\dmg |\dml |\dmL |\dg |\dh )(?:IM|i\.m\.)(?!\w)</grapheme>
    <alias>por via intramuscular</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bcomprimido |\bcomprimidos |\bcp |\bcps |\bcp\. |\bcomp\. |\bcápsula |\bcápsulas |\bgota |\bgotas |\bampola |\bampolas |\bdose |\bdoses |\bunidade |\bunidades |\bmg |\bml |\bmL |\bg |\bUI |\bkg |\d |\dmg |\dml |\dmL |\dg |\dh )(?:SC|s\.c\.)(?!\w)</grapheme>
    <alias>por via subcutânea</alias>
  </lexeme>
  <!-- Com os pontos, noutro lugar também: "injeção i.m." era "i eme",
       "ou s.c." "ésse cê".  Padrões, depois dos de uma dose, que assim
       ganham num empate -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])s\.c\.(?!\w)</grapheme>
    <alias>subcutânea</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.])i\.m\.(?!\w)</grapheme>
    <alias>intramuscular</alias>
  </lexeme>

  <!-- Horas (hora é feminina): 8h, 8h00, 8:00 oito horas; 8h30 oito horas e trinta; 1h uma hora; 2h duas horas; 21h vinte e uma horas -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 ?[h:] ?00\b(?! ?min)</grapheme>
    <alias>uma hora</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 ?[h:] ?0?([1-5]?\d)\b(?! ?min)</grapheme>
    <alias>uma hora e $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])1 ?h\b</grapheme>
    <alias>uma hora</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])21 ?[h:] ?00\b(?! ?min)</grapheme>
    <alias>vinte e uma horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])21 ?[h:] ?0?([1-5]?\d)\b(?! ?min)</grapheme>
    <alias>vinte e uma horas e $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])21 ?h\b</grapheme>
    <alias>vinte e uma horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])2 ?[h:] ?00\b(?! ?min)</grapheme>
    <alias>duas horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])2 ?[h:] ?0?([1-5]?\d)\b(?! ?min)</grapheme>
    <alias>duas horas e $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])2 ?h\b</grapheme>
    <alias>duas horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])22 ?[h:] ?00\b(?! ?min)</grapheme>
    <alias>vinte e duas horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])22 ?[h:] ?0?([1-5]?\d)\b(?! ?min)</grapheme>
    <alias>vinte e duas horas e $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])22 ?h\b</grapheme>
    <alias>vinte e duas horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?[h:] ?00\b(?! ?min)</grapheme>
    <alias>$1 horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?[h:] ?0?([1-5]?\d)\b(?! ?min)</grapheme>
    <alias>$1 horas e $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?h\b</grapheme>
    <alias>$1 horas</alias>
  </lexeme>

  <!-- Abreviaturas, ditas por inteiro (e seu ponto não termina a frase) -->
  <lexeme><grapheme>Dr.</grapheme><alias>doutor</alias></lexeme>
  <!-- "Sr. Silva" senhor Silva, "Sra." senhora (o eSpeak NG dizia as
       letras); "pág. 5" página 5; "30 seg." 30 segundos (era "30
       segunda-feira") -->
  <lexeme><grapheme>Sr.</grapheme><alias>senhor</alias></lexeme>
  <lexeme><grapheme>Sra.</grapheme><alias>senhora</alias></lexeme>
  <lexeme regex="true">
    <grapheme>\b[Pp]ág\. ?(?=\d)</grapheme>
    <alias>página </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?seg\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>1 segundo</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+) ?seg\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 segundos</alias>
  </lexeme>
  <lexeme><grapheme>Dra.</grapheme><alias>doutora</alias></lexeme>
  <lexeme><grapheme>Prof.</grapheme><alias>professor</alias></lexeme>
  <lexeme><grapheme>Profa.</grapheme><alias>professora</alias></lexeme>
  <lexeme><grapheme>aprox.</grapheme><alias>aproximadamente</alias></lexeme>
  <lexeme><grapheme>p. ex.</grapheme><grapheme>p.ex.</grapheme><alias>por exemplo</alias></lexeme>
  <!-- «(ex.: ibuprofeno)», «por ex. o paracetamol»: o eSpeak NG dizia
       «eks»; só antes de dois-pontos, vírgula ou minúscula -->
  <lexeme regex="true">
    <grapheme>(?:\b[Pp]or )?\b[Ee]x\.(?= ?[:,]|\s+\p{Ll})</grapheme>
    <alias>por exemplo</alias>
  </lexeme>
  <!-- "cf. pág. 5" era "cê éfe" -->
  <!-- "fig. 3" era "fig", "cap. 4" "cap" -->
  <lexeme regex="true"><grapheme>\b[fF]ig\. ?(?=\d)</grapheme><alias>figura </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[tT]ab\. ?(?=\d)</grapheme><alias>tabela </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[cC]ap\. ?(?=\d)</grapheme><alias>capítulo </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[aA]rt\. ?(?=\d)</grapheme><alias>artigo </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[rR]ef\. ?(?=\d)</grapheme><alias>referência </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[vV]ol\. ?(?=\d)</grapheme><alias>volume </alias></lexeme>
  <lexeme><grapheme>cf.</grapheme><alias>conforme</alias></lexeme>
  <!-- Endereços: "Av. Paulista" era "av", "R. Augusta" "erre", "apto."
       "apto", "sl. 204" "ésse éle", "Hosp." "hosp", "edif." "edif", "s/n"
       "ésse barra ene".  "R." é rua só no início, após vírgula, "na" ou
       "à" e antes de um nome. -->
  <lexeme regex="true"><grapheme>\bAv\.</grapheme><alias>Avenida</alias></lexeme>
  <lexeme regex="true"><grapheme>(?&lt;=^|, |\bna |\bNa |\bà |\bÀ )R\. ?(?=\p{Lu})</grapheme><alias>Rua </alias></lexeme>
  <lexeme regex="true"><grapheme>\bapto\.</grapheme><alias>apartamento</alias></lexeme>
  <lexeme regex="true"><grapheme>\bsl\. ?(?=\d)</grapheme><alias>sala </alias></lexeme>
  <lexeme regex="true"><grapheme>\bHosp\b\.?</grapheme><alias>Hospital</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[eE]dif\.</grapheme><alias>edifício</alias></lexeme>
  <lexeme regex="true"><grapheme>\bs/n\b</grapheme><alias>sem número</alias></lexeme>
  <!-- "tomar c/ água", "s/ açúcar": com, sem (o eSpeak NG dizia "cê", "ésse");
       só antes de uma palavra em minúsculas -->
  <lexeme regex="true"><grapheme>\b[cC]/(?= ?\p{Ll})</grapheme><alias>com</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[sS]/(?= ?\p{Ll}\p{Ll})</grapheme><alias>sem</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[Oo]bs\.(?= ?:)</grapheme><alias>observação</alias></lexeme>
  <lexeme regex="true"><grapheme>\betc(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>et cetera</alias></lexeme>
  <lexeme><grapheme>Tel.</grapheme><grapheme>Tel:</grapheme><alias>Telefone</alias></lexeme>
  <lexeme><grapheme>tel.</grapheme><alias>telefone</alias></lexeme>
  <!-- uma nota de 0 a 10: "dor 7/10" "7 de 10" (o eSpeak NG dizia "7
       barra 10"); só depois destas palavras, pois 7/10 pode ser uma data -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Dd]or |\b[Dd]or de |\bEVA |\b[Ee]scala |\b[Ee]scala de |\b[Nn]ota |\b[Nn]ota de |≥|≤|≥ |≤ |&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 de 10</alias>
  </lexeme>
  <lexeme><grapheme>mín.</grapheme><grapheme>Mín.</grapheme><alias>mínimo</alias></lexeme>
  <lexeme><grapheme>máx.</grapheme><grapheme>Máx.</grapheme><alias>máximo</alias></lexeme>
  <!-- "1 cp" um comprimido; "de 8/8 h" de 8 em 8 horas -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?cp\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>1 comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?cps?\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 comprimidos</alias>
  </lexeme>
  <!-- "½ cp", "1/2 comp.": meio comprimido; "¼ cp", "1/4 comprimido": um quarto de comprimido (dizia "um quarto comprimido") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=½ |½|/2 )(?:cps?\b|comps?\b)(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[¼¾⅓⅔] |[¼¾⅓⅔]|/3 |/4 )(?:cps?\b|comps?\b)(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>de comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=(?&lt;![\d.,/]|\d )[¼¾⅓⅔] |(?&lt;![\d.,/]|\d )[123]/[34] )(comprimidos?|cápsulas?|colheres?|colher|sachês?|ampolas?|doses?|copos?|xícaras?)\b</grapheme>
    <alias>de $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?comp(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>1 comprimido</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?comps?(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 comprimidos</alias>
  </lexeme>
  <!-- "2-3 sem.": semanas (só com o ponto, depois de um número) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?sem(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>uma semana</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?sem(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme>
    <alias>$1 semanas</alias>
  </lexeme>
  <!-- "de 8/8 h", "de 8/8 horas", "8/8h": a cada 8 horas, dito "de 8 em
       8 horas" (o eSpeak NG diz "oito oito horas"). -->
  <lexeme regex="true">
    <grapheme>\bde (\d{1,2})/(\d{1,2}) ?(?:h|hs|horas)\b</grapheme>
    <alias>de $1 em $2 horas</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{1,2})/\1 ?(?:h|hs|horas)\b</grapheme>
    <alias>de $1 em $1 horas</alias>
  </lexeme>
  <!-- também em minutos e dias: "de 10/10 min" "de 10 em 10 minutos",
       "de 7/7 dias" (não "7 de julho": "de" antes de um dia e mês é
       uma data) -->
  <lexeme regex="true">
    <grapheme>\bde (\d{1,2})/(\d{1,2}) ?(?:min|minutos)\b</grapheme>
    <alias>de $1 em $2 minutos</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bde (\d{1,2})/(\d{1,2}) ?dias\b</grapheme>
    <alias>de $1 em $2 dias</alias>
  </lexeme>

  <!-- "1" e "2" diante de um nome feminino: "uma cápsula", "duas vezes"
       (o eSpeak NG diz "um", "dois"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (cápsula|vez|gota|colher|hora|semana|dose|ampola|injeção|unidade|noite|pastilha|aplicação|inalação|refeição|seringa|toma)\b</grapheme>
    <alias>uma $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])2 (cápsulas|vezes|gotas|colheres|horas|semanas|doses|ampolas|injeções|unidades|noites|pastilhas|aplicações|inalações|refeições|seringas|tomas)\b</grapheme>
    <alias>duas $1</alias>
  </lexeme>
  <!-- "2x", "x2": duas vezes ([symbols] diria "2 vezes", que o eSpeak NG
       lê "dois vezes") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])2 ?[xX](?![\w\d])</grapheme>
    <alias>duas vezes</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\w\d])[xX] ?2(?!\d|[.,]\d)</grapheme>
    <alias>duas vezes</alias>
  </lexeme>
  <!-- Meia diante de um nome feminino: "1/2 dose" é "meia dose", "1 1/2
       colher" "uma colher e meia", "2 1/2 colheres" "duas colheres e
       meia" ([fraction] diz "meio", que vai com "comprimido"). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])(?:1/2|½) (cápsula|vez|gota|colher|hora|semana|dose|ampola|injeção|unidade|noite|pastilha|aplicação|inalação|refeição|seringa|toma|xícara)\b</grapheme>
    <alias>meia $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])1 ?(?:1/2|½) (cápsula|vez|gota|colher|hora|semana|dose|ampola|injeção|unidade|noite|pastilha|aplicação|inalação|refeição|seringa|toma|xícara)\b</grapheme>
    <alias>uma $1 e meia</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])1 ?(?:1/2|½) (cápsulas|vezes|gotas|colheres|horas|semanas|doses|ampolas|injeções|unidades|noites|pastilhas|aplicações|inalações|refeições|seringas|tomas|xícaras)\b</grapheme>
    <alias>uma e meia $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])2 ?(?:1/2|½) (cápsulas|vezes|gotas|colheres|horas|semanas|doses|ampolas|injeções|unidades|noites|pastilhas|aplicações|inalações|refeições|seringas|tomas|xícaras)\b</grapheme>
    <alias>duas $1 e meia</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/\-–])([3-9]|1\d) ?(?:1/2|½) (cápsulas|vezes|gotas|colheres|horas|semanas|doses|ampolas|injeções|unidades|noites|pastilhas|aplicações|inalações|refeições|seringas|tomas|xícaras)\b</grapheme>
    <alias>$1 $2 e meia</alias>
  </lexeme>
  <!-- Os ordinais abreviados com ponto: «1.º andar» é «primeiro andar»
       (o eSpeak NG diz «um ordinal masculino»; lê «1º» e «1ª»). -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\w.,])(\d+)\.([ªº])</grapheme>
    <alias>$1$2</alias>
  </lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])1 ?m[²2](?![\w²/])</grapheme>
    <alias>1 metro quadrado</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 metros quadrados</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 centímetros quadrados</alias>
  </lexeme>
</lexicon>
