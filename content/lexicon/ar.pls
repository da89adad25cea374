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
  <!-- A ratio: "1:3" "1 إِلَى 3", "1:1000" (eSpeak NG dropped the colon); one
       digit or three and more after the colon, which no time has -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1 إِلَى $2</alias>
  </lexeme>

  <!-- A number and its unit, in Arabic or Latin letters; the unit said in the singular after the number, as spoken Modern Standard Arabic of the clinic does -->
  <!-- Greek letters: β "بِيتَا" (eSpeak NG read them by Greek rules, "vita") -->
  <lexeme><grapheme>α</grapheme><alias>أَلْفَا</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>بِيتَا</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>غَامَا</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>دِلْتَا</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:ملغ|مغ|mg)\b</grapheme>
    <alias>$1 مِلِّيغْرام</alias>
  </lexeme>
  <lexeme><grapheme>ملغ</grapheme><grapheme>mg</grapheme><alias>مِلِّيغْرام</alias></lexeme>
  <!-- a radiotherapy dose: 20 Gy "20 غْرَاي" (eSpeak NG read Gy in English) -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:غراي|Gy)\b</grapheme>
    <alias>$1 غْرَاي</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>غْرَاي</alias></lexeme>
  <!-- vertebrae as doctors write them, after "الفقرة" or joined to
       another: T4-T6 "تِي 4 إِلَى تِي 6", T10-L2, L5/S1 "إِل 5، إِس 1" (eSpeak
       NG read T by English rules, so such a text was refused); T4
       elsewhere may be the thyroid hormone -->
  <lexeme regex="true">
    <grapheme>(?|(?&lt;=الفقرة |الفقرات |فقرة |فقرات )T(\d{1,2})(?!\d)|(?&lt;![A-Za-z])T(\d{1,2})(?= ?[-–/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–/]|[CTLS]\d\d[-–/]|[CTLS]\d [-–] |[CTLS]\d\d [-–] )T(\d{1,2})(?!\d))</grapheme>
    <alias>تِي $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?|(?&lt;=الفقرة |الفقرات |فقرة |فقرات )L(\d{1,2})(?!\d)|(?&lt;![A-Za-z])L(\d{1,2})(?= ?[-–/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–/]|[CTLS]\d\d[-–/]|[CTLS]\d [-–] |[CTLS]\d\d [-–] )L(\d{1,2})(?!\d))</grapheme>
    <alias>إِل $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?|(?&lt;=الفقرة |الفقرات |فقرة |فقرات )C(\d{1,2})(?!\d)|(?&lt;![A-Za-z])C(\d{1,2})(?= ?[-–/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–/]|[CTLS]\d\d[-–/]|[CTLS]\d [-–] |[CTLS]\d\d [-–] )C(\d{1,2})(?!\d))</grapheme>
    <alias>سِي $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?|(?&lt;=الفقرة |الفقرات |فقرة |فقرات )S(\d{1,2})(?!\d)|(?&lt;![A-Za-z])S(\d{1,2})(?= ?[-–/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–/]|[CTLS]\d\d[-–/]|[CTLS]\d [-–] |[CTLS]\d\d [-–] )S(\d{1,2})(?!\d))</grapheme>
    <alias>إِس $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[CTLS]\d|[CTLS]\d\d) ?[-–] ?(?=[CTLS]\d)</grapheme>
    <alias>إِلَى</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[CTLS]\d|[CTLS]\d\d)/(?=[CTLS]\d)</grapheme>
    <alias>،</alias>
  </lexeme>
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
  <!-- Blood pressure: "120/80 mmHg", "120/80 ملم زئبق" is "120 على 80
       مليمتر زئبقي"; after ضغط الدم without its unit "120 على 80" (the
       slash was read in English, and زئبق without its vowels) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?(?:mmHg|(?:ملم|مم) ?زئبق)</grapheme>
    <alias>$1 عَلَى $2 مِلِّيمِتْر زِئْبَقِيّ</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=ضغط الدم |ضغط الدم: |الضغط )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d)</grapheme>
    <alias>$1 عَلَى $2</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><grapheme>ملم زئبق</grapheme><grapheme>مم زئبق</grapheme><alias>مِلِّيمِتْر زِئْبَقِيّ</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:° ?C|° ?م|° ?س)\b</grapheme>
    <alias>$1 دَرَجَة مِئَوِيَّة</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><grapheme>°م</grapheme><alias>دَرَجَة مِئَوِيَّة</alias></lexeme>
  <!-- Laboratory values: 2.6 mmol/L, 90 µmol/L, 4 ng/mL, 12 g/dL -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:مليمول|ملمول|mmol)\b</grapheme>
    <alias>$1 مِلِّيمُول</alias>
  </lexeme>
  <lexeme><grapheme>مليمول</grapheme><grapheme>ملمول</grapheme><grapheme>mmol</grapheme><alias>مِلِّيمُول</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:ميكرومول|µmol|μmol)\b</grapheme>
    <alias>$1 مِيكْرُومُول</alias>
  </lexeme>
  <lexeme><grapheme>ميكرومول</grapheme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>مِيكْرُومُول</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:نانومول|nmol)\b</grapheme>
    <alias>$1 نانُومُول</alias>
  </lexeme>
  <lexeme><grapheme>نانومول</grapheme><grapheme>nmol</grapheme><alias>نانُومُول</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:نانوغرام|نغ|ng)\b</grapheme>
    <alias>$1 نانُوغْرام</alias>
  </lexeme>
  <lexeme><grapheme>نانوغرام</grapheme><grapheme>ng</grapheme><alias>نانُوغْرام</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:دل|d[lL])\b</grapheme>
    <alias>$1 دِيسِيلِتْر</alias>
  </lexeme>
  <lexeme><grapheme>dl</grapheme><grapheme>dL</grapheme><alias>دِيسِيلِتْر</alias></lexeme>
  <lexeme><grapheme>%</grapheme><grapheme>٪</grapheme><alias>في المِئَة</alias></lexeme>
  <!-- "per": 10 mg/kg is "لِكُلِّ كِيلُوغْرام" (eSpeak NG read the slash in
       English); 120 mg/5 ml "لِكُلِّ 5 مِلِّيلِتْر"; /يوم "فِي اليَوْم" -->
  <lexeme regex="true">
    <grapheme>/ ?(\d+(?:[.,]\d+)?) ?(?:مل|m[lL])(?!\w)</grapheme>
    <alias>لِكُلِّ $1 مِلِّيلِتْر</alias>
  </lexeme>
  <lexeme><grapheme>/كغ</grapheme><grapheme>/kg</grapheme><alias>لِكُلِّ كِيلُوغْرام</alias></lexeme>
  <lexeme><grapheme>/مل</grapheme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><alias>لِكُلِّ مِلِّيلِتْر</alias></lexeme>
  <lexeme><grapheme>/ل</grapheme><grapheme>/لتر</grapheme><alias>لِكُلِّ لِتْر</alias></lexeme>
  <!-- not before a digit: "L4/L5" is two vertebrae, not "per litre" -->
  <lexeme regex="true">
    <grapheme>/[Ll](?![A-Za-z0-9])</grapheme>
    <alias>لِكُلِّ لِتْر</alias>
  </lexeme>
  <lexeme><grapheme>/دل</grapheme><grapheme>/dl</grapheme><grapheme>/dL</grapheme><alias>لِكُلِّ دِيسِيلِتْر</alias></lexeme>
  <!-- تعداد الدم: "150000/µL"، "4000/mm³" -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>لِكُلِّ مِيكْرُولِتْر</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>لِكُلِّ مِلِّيمِتْر مُكَعَّب</alias></lexeme>
  <lexeme><grapheme>/م²</grapheme><grapheme>/m²</grapheme><alias>لِكُلِّ مِتْر مُرَبَّع</alias></lexeme>
  <lexeme><grapheme>/يوم</grapheme><grapheme>/اليوم</grapheme><alias>فِي اليَوْم</alias></lexeme>
  <lexeme><grapheme>/ساعة</grapheme><grapheme>/h</grapheme><alias>فِي السَّاعَة</alias></lexeme>
  <!-- a dose's interval after a unit: 500 mg/6 h "كُلَّ 6 سَاعَات", 4 g/24 h
       "كُلَّ 24 سَاعَة" (the plural from 3 to 10, the singular after) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])/ ?([3-9]|10) ?(?:h|ساعات|ساعة)(?![A-Za-z])</grapheme>
    <alias>كُلَّ $1 سَاعَات</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])/ ?(1[1-9]|[2-9]\d) ?(?:h|ساعات|ساعة)(?![A-Za-z])</grapheme>
    <alias>كُلَّ $1 سَاعَة</alias>
  </lexeme>

  <!-- A Roman numeral after a stage, grade or type is its ordinal: المرحلة III
       "المرحلة الثالثة", النوع II "النوع الثاني" (the acronym class named the
       letters, "آي آي آي") -->
  <lexeme regex="true">
    <grapheme>(المرحلة|الدرجة|الفئة) I\b</grapheme>
    <alias>$1 الأُولَى</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(النوع|الصنف) I\b</grapheme>
    <alias>$1 الأَوَّل</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(المرحلة|الدرجة|الفئة) II\b</grapheme>
    <alias>$1 الثَّانِيَة</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(النوع|الصنف) II\b</grapheme>
    <alias>$1 الثَّانِي</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(المرحلة|الدرجة|الفئة) III\b</grapheme>
    <alias>$1 الثَّالِثَة</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(النوع|الصنف) III\b</grapheme>
    <alias>$1 الثَّالِث</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(المرحلة|الدرجة|الفئة) V\b</grapheme>
    <alias>$1 الخَامِسَة</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(النوع|الصنف) V\b</grapheme>
    <alias>$1 الخَامِس</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(النوع|الصنف) IV\b</grapheme>
    <alias>$1 الرَّابِع</alias>
  </lexeme>
  <!-- IV: a stage or grade is the fourth (feminine: المرحلة الرابعة); else intravenous -->
  <lexeme regex="true">
    <grapheme>(المرحلة|الدرجة) IV\b</grapheme>
    <alias>$1 الرابِعَة</alias>
  </lexeme>
  <lexeme><grapheme>IV</grapheme><alias>وَرِيدِيّ</alias></lexeme>

  <!-- Times: 8:00 eight exactly; 8:05 eight and five minutes; 8 ص eight in the morning, 8 م in the evening; in Arabic-Indic digits too, "٨:٠٠" (eSpeak NG said "٨ صفر صفر"; \d is any script's digit, a zero is written both ways) -->
  <!-- 0:00 and 24:00: twelve at night (it was "zero exactly") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])(?:[0٠]?[0٠]|24|٢٤):[0٠][0٠](?![\d:])</grapheme>
    <alias>الثَّانِيَة عَشْرَة لَيْلًا</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])[0٠]?(\d{1,2}):[0٠][0٠](?![\d:])</grapheme>
    <alias>$1 تَمامًا</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])[0٠]?(\d{1,2}):[0٠]([1-9١-٩])(?![\d:])</grapheme>
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
  <!-- "انظر ص 12": page 12 (it was the letter, "ṣād") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=انظر |راجع |انظري |اُنْظُرْ )ص\.? ?(?=\d)</grapheme>
    <alias>صَفْحَة </alias>
  </lexeme>

  <!-- Common words of patient leaflets, with their vowel marks: written
       without them, eSpeak NG reads them as bare consonants ("تقد" as tqd).
       A translator who writes the marks (لا تَقُدْ) needs none of these.
       Write a shadda as usual (يُقَلِّلُ, السَّاعَة): audioguide puts it as
       eSpeak NG 1.51 reads it right (README, "A word said without its
       vowels"); "audioguide say" shows what it says. -->
  <lexeme><grapheme>أن</grapheme><alias>أَنْ</alias></lexeme>
  <lexeme><grapheme>انظر</grapheme><alias>اُنْظُرْ</alias></lexeme>
  <lexeme><grapheme>تبدأ</grapheme><alias>تَبْدَأُ</alias></lexeme>
  <lexeme><grapheme>يبدأ</grapheme><alias>يَبْدَأُ</alias></lexeme>
  <lexeme><grapheme>تتضمن</grapheme><alias>تَتَضَمَّنُ</alias></lexeme>
  <lexeme><grapheme>يتضمن</grapheme><alias>يَتَضَمَّنُ</alias></lexeme>
  <lexeme><grapheme>تتقدم</grapheme><alias>تَتَقَدَّمُ</alias></lexeme>
  <lexeme><grapheme>يتقدم</grapheme><alias>يَتَقَدَّمُ</alias></lexeme>
  <lexeme><grapheme>تحقن</grapheme><alias>تُحْقَنُ</alias></lexeme>
  <lexeme><grapheme>يحقن</grapheme><alias>يُحْقَنُ</alias></lexeme>
  <lexeme><grapheme>تختلف</grapheme><alias>تَخْتَلِفُ</alias></lexeme>
  <lexeme><grapheme>يختلف</grapheme><alias>يَخْتَلِفُ</alias></lexeme>
  <lexeme><grapheme>تستخدم</grapheme><alias>تَسْتَخْدِمُ</alias></lexeme>
  <lexeme><grapheme>تشعر</grapheme><alias>تَشْعُرُ</alias></lexeme>
  <lexeme><grapheme>يشعر</grapheme><alias>يَشْعُرُ</alias></lexeme>
  <lexeme><grapheme>تشمل</grapheme><alias>تَشْمَلُ</alias></lexeme>
  <lexeme><grapheme>يشمل</grapheme><alias>يَشْمَلُ</alias></lexeme>
  <lexeme><grapheme>تصبح</grapheme><alias>تُصْبِحُ</alias></lexeme>
  <lexeme><grapheme>يصبح</grapheme><alias>يُصْبِحُ</alias></lexeme>
  <lexeme><grapheme>تصل</grapheme><alias>تَصِلُ</alias></lexeme>
  <lexeme><grapheme>يصل</grapheme><alias>يَصِلُ</alias></lexeme>
  <lexeme><grapheme>تضع</grapheme><alias>تَضَعُ</alias></lexeme>
  <lexeme><grapheme>ضع</grapheme><alias>ضَعْ</alias></lexeme>
  <lexeme><grapheme>تضعف</grapheme><alias>تَضْعُفُ</alias></lexeme>
  <lexeme><grapheme>يضعف</grapheme><alias>يَضْعُفُ</alias></lexeme>
  <lexeme><grapheme>تضغط</grapheme><alias>تَضْغَطُ</alias></lexeme>
  <lexeme><grapheme>يضغط</grapheme><alias>يَضْغَطُ</alias></lexeme>
  <lexeme><grapheme>تقد</grapheme><alias>تَقُدْ</alias></lexeme>
  <lexeme><grapheme>تقم</grapheme><alias>تَقُمْ</alias></lexeme>
  <lexeme><grapheme>تقود</grapheme><alias>تَقُودُ</alias></lexeme>
  <lexeme><grapheme>تنتج</grapheme><alias>تَنْتُجُ</alias></lexeme>
  <lexeme><grapheme>ينتج</grapheme><alias>يَنْتُجُ</alias></lexeme>
  <lexeme><grapheme>تنتشر</grapheme><alias>تَنْتَشِرُ</alias></lexeme>
  <lexeme><grapheme>ينتشر</grapheme><alias>يَنْتَشِرُ</alias></lexeme>
  <lexeme><grapheme>حبة</grapheme><alias>حَبَّة</alias></lexeme>
  <lexeme><grapheme>خذ</grapheme><alias>خُذْ</alias></lexeme>
  <lexeme><grapheme>متعددة</grapheme><alias>مُتَعَدِّدَة</alias></lexeme>
  <lexeme><grapheme>ومع</grapheme><alias>وَمَعَ</alias></lexeme>
  <lexeme><grapheme>يجب</grapheme><alias>يَجِبُ</alias></lexeme>
  <lexeme><grapheme>يسبب</grapheme><alias>يُسَبِّبُ</alias></lexeme>
  <lexeme><grapheme>يسمح</grapheme><alias>يَسْمَحُ</alias></lexeme>
  <lexeme><grapheme>تسمح</grapheme><alias>تَسْمَحُ</alias></lexeme>
  <lexeme><grapheme>يسمع</grapheme><alias>يَسْمَعُ</alias></lexeme>
  <lexeme><grapheme>يفقد</grapheme><alias>يَفْقِدُ</alias></lexeme>
  <lexeme><grapheme>يقوم</grapheme><alias>يَقُومُ</alias></lexeme>
  <lexeme><grapheme>ينشأ</grapheme><alias>يَنْشَأُ</alias></lexeme>
  <lexeme><grapheme>ببطء</grapheme><alias>بِبُطْء</alias></lexeme>
  <lexeme><grapheme>بسرعة</grapheme><alias>بِسُرْعَة</alias></lexeme>
  <lexeme><grapheme>بلطف</grapheme><alias>بِلُطْف</alias></lexeme>
  <lexeme><grapheme>تأخذ</grapheme><alias>تَأْخُذُ</alias></lexeme>
  <lexeme><grapheme>يأخذ</grapheme><alias>يَأْخُذُ</alias></lexeme>
  <lexeme><grapheme>تؤثر</grapheme><alias>تُؤَثِّرُ</alias></lexeme>
  <lexeme><grapheme>يؤثر</grapheme><alias>يُؤَثِّرُ</alias></lexeme>
  <lexeme><grapheme>تتحسن</grapheme><alias>تَتَحَسَّنُ</alias></lexeme>
  <lexeme><grapheme>يتحسن</grapheme><alias>يَتَحَسَّنُ</alias></lexeme>
  <lexeme><grapheme>تتصل</grapheme><alias>تَتَّصِلُ</alias></lexeme>
  <lexeme><grapheme>يتصل</grapheme><alias>يَتَّصِلُ</alias></lexeme>
  <lexeme><grapheme>تجلس</grapheme><alias>تَجْلِسُ</alias></lexeme>
  <lexeme><grapheme>يجلس</grapheme><alias>يَجْلِسُ</alias></lexeme>
  <lexeme><grapheme>تذهب</grapheme><alias>تَذْهَبُ</alias></lexeme>
  <lexeme><grapheme>يذهب</grapheme><alias>يَذْهَبُ</alias></lexeme>
  <lexeme><grapheme>تستمر</grapheme><alias>تَسْتَمِرُّ</alias></lexeme>
  <lexeme><grapheme>يستمر</grapheme><alias>يَسْتَمِرُّ</alias></lexeme>
  <lexeme><grapheme>تظهر</grapheme><alias>تَظْهَرُ</alias></lexeme>
  <lexeme><grapheme>يظهر</grapheme><alias>يَظْهَرُ</alias></lexeme>
  <lexeme><grapheme>تغسل</grapheme><alias>تَغْسِلُ</alias></lexeme>
  <lexeme><grapheme>يغسل</grapheme><alias>يَغْسِلُ</alias></lexeme>
  <lexeme><grapheme>تغلق</grapheme><alias>تُغْلِقُ</alias></lexeme>
  <lexeme><grapheme>يغلق</grapheme><alias>يُغْلِقُ</alias></lexeme>
  <lexeme><grapheme>تقف</grapheme><alias>تَقِفُ</alias></lexeme>
  <lexeme><grapheme>يقف</grapheme><alias>يَقِفُ</alias></lexeme>
  <lexeme><grapheme>تقل</grapheme><alias>تَقِلُّ</alias></lexeme>
  <lexeme><grapheme>يقل</grapheme><alias>يَقِلُّ</alias></lexeme>
  <lexeme><grapheme>تقلل</grapheme><alias>تُقَلِّلُ</alias></lexeme>
  <lexeme><grapheme>يقلل</grapheme><alias>يُقَلِّلُ</alias></lexeme>
  <lexeme><grapheme>تنتظر</grapheme><alias>تَنْتَظِرُ</alias></lexeme>
  <lexeme><grapheme>ينتظر</grapheme><alias>يَنْتَظِرُ</alias></lexeme>
  <lexeme><grapheme>ستشعر</grapheme><alias>سَتَشْعُرُ</alias></lexeme>
  <lexeme><grapheme>سنتصل</grapheme><alias>سَنَتَّصِلُ</alias></lexeme>
  <lexeme><grapheme>لمدة</grapheme><alias>لِمُدَّة</alias></lexeme>
  <lexeme><grapheme>نطلب</grapheme><alias>نَطْلُبُ</alias></lexeme>
  <lexeme><grapheme>ننصح</grapheme><alias>نَنْصَحُ</alias></lexeme>
  <lexeme><grapheme>يأكل</grapheme><alias>يَأْكُلُ</alias></lexeme>
  <lexeme><grapheme>يحدث</grapheme><alias>يَحْدُثُ</alias></lexeme>
  <lexeme><grapheme>يحصل</grapheme><alias>يَحْصُلُ</alias></lexeme>
  <lexeme><grapheme>يحمل</grapheme><alias>يَحْمِلُ</alias></lexeme>
  <lexeme><grapheme>يخبر</grapheme><alias>يُخْبِرُ</alias></lexeme>
  <lexeme><grapheme>يرفع</grapheme><alias>يَرْفَعُ</alias></lexeme>
  <lexeme><grapheme>يسأل</grapheme><alias>يَسْأَلُ</alias></lexeme>
  <lexeme><grapheme>يشرب</grapheme><alias>يَشْرَبُ</alias></lexeme>
  <lexeme><grapheme>يطلب</grapheme><alias>يَطْلُبُ</alias></lexeme>
  <lexeme><grapheme>يعرف</grapheme><alias>يَعْرِفُ</alias></lexeme>
  <lexeme><grapheme>يفتح</grapheme><alias>يَفْتَحُ</alias></lexeme>
  <lexeme><grapheme>يلمس</grapheme><alias>يَلْمِسُ</alias></lexeme>
  <lexeme><grapheme>يمنع</grapheme><alias>يَمْنَعُ</alias></lexeme>
  <!-- Found by the check that a word is said without two consonants at
       its start or three in a row (Arabic syllables have neither): the
       bundled leaflet's and the telephone menus' words. -->
  <lexeme><grapheme>الأسباب</grapheme><alias>الأَسْبَاب</alias></lexeme>
  <lexeme><grapheme>الأعصاب</grapheme><alias>الأَعْصَاب</alias></lexeme>
  <lexeme><grapheme>الأقراص</grapheme><alias>الأَقْرَاص</alias></lexeme>
  <lexeme><grapheme>الأنسجة</grapheme><alias>الأَنْسِجَة</alias></lexeme>
  <lexeme><grapheme>الثقوب</grapheme><alias>الثُّقُوب</alias></lexeme>
  <lexeme><grapheme>الخطيرة</grapheme><alias>الخَطِيرَة</alias></lexeme>
  <lexeme><grapheme>الخلايا</grapheme><alias>الخَلَايَا</alias></lexeme>
  <lexeme><grapheme>الرخوة</grapheme><alias>الرِّخْوَة</alias></lexeme>
  <lexeme><grapheme>السليمة</grapheme><alias>السَّلِيمَة</alias></lexeme>
  <lexeme><grapheme>الفقرات</grapheme><alias>الفَقَرَات</alias></lexeme>
  <lexeme><grapheme>المضاعفات</grapheme><alias>المُضَاعَفَات</alias></lexeme>
  <lexeme><grapheme>النقيلي</grapheme><alias>النَّقِيلِيّ</alias></lexeme>
  <lexeme><grapheme>تغزو</grapheme><alias>تَغْزُو</alias></lexeme>
  <lexeme><grapheme>تنمو</grapheme><alias>تَنْمُو</alias></lexeme>
  <lexeme><grapheme>خصائص</grapheme><alias>خَصَائِص</alias></lexeme>
  <lexeme><grapheme>عندما</grapheme><alias>عِنْدَمَا</alias></lexeme>
  <lexeme><grapheme>فتحات</grapheme><alias>فَتَحَات</alias></lexeme>
  <lexeme><grapheme>لاستئصال</grapheme><alias>لِاسْتِئْصَال</alias></lexeme>
  <lexeme><grapheme>للورم</grapheme><alias>لِلْوَرَم</alias></lexeme>
  <lexeme><grapheme>مستويات</grapheme><alias>مُسْتَوَيَات</alias></lexeme>
  <lexeme><grapheme>وإذا</grapheme><alias>وَإِذَا</alias></lexeme>
  <lexeme><grapheme>واسعة</grapheme><alias>وَاسِعَة</alias></lexeme>
  <lexeme><grapheme>والأدوية</grapheme><alias>وَالأَدْوِيَة</alias></lexeme>
  <lexeme><grapheme>والأمعاء</grapheme><alias>وَالأَمْعَاء</alias></lexeme>
  <lexeme><grapheme>والعظام</grapheme><alias>وَالعِظَام</alias></lexeme>
  <lexeme><grapheme>وجذور</grapheme><alias>وَجُذُور</alias></lexeme>
  <lexeme><grapheme>وموقعه</grapheme><alias>وَمَوْقِعُه</alias></lexeme>
  <lexeme><grapheme>يؤدي</grapheme><alias>يُؤَدِّي</alias></lexeme>
  <lexeme><grapheme>يمكن</grapheme><alias>يُمْكِن</alias></lexeme>
  <lexeme><grapheme>ينمو</grapheme><alias>يَنْمُو</alias></lexeme>
  <lexeme><grapheme>اضغط</grapheme><alias>اِضْغَطْ</alias></lexeme>
  <lexeme><grapheme>اللغات</grapheme><alias>اللُّغَات</alias></lexeme>
  <lexeme><grapheme>بهذه</grapheme><alias>بِهَذِهِ</alias></lexeme>
  <lexeme><grapheme>لإعادة</grapheme><alias>لِإِعَادَة</alias></lexeme>
  <lexeme><grapheme>للاستماع</grapheme><alias>لِلِٱسْتِمَاع</alias></lexeme>
  <lexeme><grapheme>للعربية</grapheme><alias>لِلْعَرَبِيَّة</alias></lexeme>
  <lexeme><grapheme>لمزيد</grapheme><alias>لِمَزِيد</alias></lexeme>
  <lexeme><grapheme>يلي</grapheme><alias>يَلِي</alias></lexeme>
  <!-- Words of doses and times ("3 مرات يوميا"), with their marks. -->
  <lexeme><grapheme>يوميا</grapheme><alias>يَوْمِيًّا</alias></lexeme>
  <lexeme><grapheme>دقائق</grapheme><alias>دَقَائِق</alias></lexeme>
  <lexeme><grapheme>مرات</grapheme><alias>مَرَّات</alias></lexeme>
  <lexeme><grapheme>مرتين</grapheme><alias>مَرَّتَيْن</alias></lexeme>
  <lexeme><grapheme>الرسوم</grapheme><alias>الرُّسُوم</alias></lexeme>
  <lexeme><grapheme>ثلاث</grapheme><alias>ثَلَاث</alias></lexeme>
  <lexeme><grapheme>ثلاثة</grapheme><alias>ثَلَاثَة</alias></lexeme>
  <lexeme><grapheme>أربع</grapheme><alias>أَرْبَع</alias></lexeme>
  <lexeme><grapheme>أربعة</grapheme><alias>أَرْبَعَة</alias></lexeme>
  <lexeme><grapheme>حبتين</grapheme><alias>حَبَّتَيْن</alias></lexeme>
  <lexeme><grapheme>أقراص</grapheme><alias>أَقْرَاص</alias></lexeme>
  <lexeme><grapheme>أيام</grapheme><alias>أَيَّام</alias></lexeme>

  <!-- Common medicines as patients in the UK see them written (paracetamol), said in Arabic letters with their vowel marks. -->
  <lexeme><grapheme>paracetamol</grapheme><alias>بَارَاسِيتَامُول</alias></lexeme>
  <lexeme><grapheme>ibuprofen</grapheme><alias>إِيبُوبْرُوفِين</alias></lexeme>
  <lexeme><grapheme>aspirin</grapheme><alias>أَسْبِرِين</alias></lexeme>
  <lexeme><grapheme>codeine</grapheme><alias>كُودَايِين</alias></lexeme>
  <lexeme><grapheme>morphine</grapheme><alias>مُورْفِين</alias></lexeme>
  <lexeme><grapheme>amoxicillin</grapheme><alias>أَمُوكْسِيسِيلِين</alias></lexeme>
  <lexeme><grapheme>penicillin</grapheme><alias>بِنِسِلِين</alias></lexeme>
  <lexeme><grapheme>omeprazole</grapheme><alias>أُومِيبْرَازُول</alias></lexeme>
  <lexeme><grapheme>metformin</grapheme><alias>مِيتْفُورْمِين</alias></lexeme>
  <lexeme><grapheme>insulin</grapheme><alias>إِنْسُولِين</alias></lexeme>
  <lexeme><grapheme>warfarin</grapheme><alias>وَارْفَارِين</alias></lexeme>
  <lexeme><grapheme>dexamethasone</grapheme><alias>دِيكْسَامِيثَازُون</alias></lexeme>
  <lexeme><grapheme>prednisolone</grapheme><alias>بْرِيدْنِيزُولُون</alias></lexeme>
  <lexeme><grapheme>chloramphenicol</grapheme><alias>كْلُورَامْفِينِيكُول</alias></lexeme>
  <lexeme><grapheme>atropine</grapheme><alias>أَتْرُوبِين</alias></lexeme>
  <!-- A prefix written apart before a number or a foreign word with a
       tatweel ("اتصل بـ 997"): its vowel, or eSpeak NG says the letter
       alone (b). -->
  <lexeme><grapheme>بـ</grapheme><alias>بِ</alias></lexeme>
  <lexeme><grapheme>لـ</grapheme><alias>لِ</alias></lexeme>
  <lexeme><grapheme>كـ</grapheme><alias>كَ</alias></lexeme>
  <lexeme><grapheme>وبـ</grapheme><alias>وَبِ</alias></lexeme>
  <lexeme><grapheme>ولـ</grapheme><alias>وَلِ</alias></lexeme>
  <!-- Words of care and emergencies ("اتصل بالطوارئ فورا"), with their
       marks: unvowelled, الطوارئ was read ʔatˤuːaːrʔ and فورا fuːraː. -->
  <lexeme><grapheme>الطبيب</grapheme><alias>الطَّبِيب</alias></lexeme>
  <lexeme><grapheme>طبيب</grapheme><alias>طَبِيب</alias></lexeme>
  <lexeme><grapheme>طبيبك</grapheme><alias>طَبِيبَكْ</alias></lexeme>
  <lexeme><grapheme>بطبيبك</grapheme><alias>بِطَبِيبَكْ</alias></lexeme>
  <lexeme><grapheme>بالطبيب</grapheme><alias>بِالطَّبِيبِ</alias></lexeme>
  <lexeme><grapheme>الطوارئ</grapheme><alias>الطَّوَارِئ</alias></lexeme>
  <lexeme><grapheme>الطوارىء</grapheme><alias>الطَّوَارِئ</alias></lexeme>
  <lexeme><grapheme>طوارئ</grapheme><alias>طَوَارِئ</alias></lexeme>
  <lexeme><grapheme>فورا</grapheme><alias>فَوْرًا</alias></lexeme>
  <lexeme><grapheme>فوراً</grapheme><alias>فَوْرًا</alias></lexeme>
  <lexeme><grapheme>الحمى</grapheme><alias>الحُمَّى</alias></lexeme>
  <lexeme><grapheme>حمى</grapheme><alias>حُمَّى</alias></lexeme>
  <lexeme><grapheme>حبوب</grapheme><alias>حُبُوب</alias></lexeme>
  <lexeme><grapheme>الإسعاف</grapheme><alias>الإِسْعَاف</alias></lexeme>
  <lexeme><grapheme>المستشفى</grapheme><alias>المُسْتَشْفَى</alias></lexeme>
  <lexeme><grapheme>الصيدلي</grapheme><alias>الصَّيْدَلِيّ</alias></lexeme>
  <lexeme><grapheme>ألم</grapheme><alias>أَلَم</alias></lexeme>
  <lexeme><grapheme>جرعة</grapheme><alias>جُرْعَة</alias></lexeme>
  <lexeme><grapheme>الجرعة</grapheme><alias>الجُرْعَة</alias></lexeme>
  <lexeme><grapheme>قرص</grapheme><alias>قُرْص</alias></lexeme>
  <lexeme><grapheme>الدواء</grapheme><alias>الدَّوَاء</alias></lexeme>
  <lexeme><grapheme>دواء</grapheme><alias>دَوَاء</alias></lexeme>
  <lexeme><grapheme>بالطوارئ</grapheme><alias>بِالطَّوَارِئِ</alias></lexeme>
  <lexeme><grapheme>للطوارئ</grapheme><alias>لِلطَّوَارِئِ</alias></lexeme>
  <lexeme><grapheme>اذهب</grapheme><alias>اِذْهَبْ</alias></lexeme>
  <lexeme><grapheme>شديدة</grapheme><alias>شَدِيدَة</alias></lexeme>
  <lexeme><grapheme>شديد</grapheme><alias>شَدِيد</alias></lexeme>
  <lexeme><grapheme>كانت</grapheme><alias>كَانَتْ</alias></lexeme>

  <!-- a vitamin's Latin letter after فيتامين: "فيتامين D" "دِي", B12 "بِي 12"
       (eSpeak NG read the letter in English, so such a text was refused) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=فيتامين |فِيتَامِين |فيتامينات |فِيتَامِينَات )A(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>إِيه $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=فيتامين |فِيتَامِين |فيتامينات |فِيتَامِينَات )B(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>بِي $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=فيتامين |فِيتَامِين |فيتامينات |فِيتَامِينَات )C(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>سِي $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=فيتامين |فِيتَامِين |فيتامينات |فِيتَامِينَات )D(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>دِي $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=فيتامين |فِيتَامِين |فيتامينات |فِيتَامِينَات )E(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>إِي $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=فيتامين |فِيتَامِين |فيتامينات |فِيتَامِينَات )K(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>كِيه $1</alias>
  </lexeme>
  <!-- the Arabic decimal separator ٫ between two digits: "٣٨٫٥" is "38
       فَاصِل 5" (eSpeak NG said "38 5", dropping the mark) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\p{Nd})٫(?=\p{Nd})</grapheme>
    <alias> فَاصِل </alias>
  </lexeme>
  <!-- درجة من 10: "الألم 7/10" "7 مِنْ 10" (قرأ eSpeak NG الشرطة المائلة
       بالإنجليزية "slash" فرُفض النص)؛ بعد هذه الكلمات والعلامات فقط، لأن
       7/10 قد يكون تاريخًا -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bالألم |\bألم |\bدرجة الألم |\bدرجة |\bمقياس |≥|≤|≥ |≤ |&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 مِنْ 10</alias>
  </lexeme>
  <!-- "=": eSpeak NG said nothing -->
  <lexeme><grapheme>=</grapheme><alias>يُسَاوِي</alias></lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 مِتْر مُرَبَّع</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 سَنْتِيمِتْر مُرَبَّع</alias>
  </lexeme>
</lexicon>
