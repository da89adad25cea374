<?xml version="1.0" encoding="UTF-8"?>
<!--
  Russian: единицы, римские цифры и сокращения в памятках для пациентов.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.

  Times: eSpeak NG says 8:00 "восемь ноль-ноль" and 8:30 "восемь
  тридцать", as Russians say them; no entry is needed.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="ru"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- Соотношение: «1:3» «1 к 3», «1:1000» «1 к 1000» (eSpeak NG говорил «один
       три», «один одна тысяча»); только с одной цифрой или тремя и более
       после двоеточия, которых нет во времени -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1 к $2</alias>
  </lexeme>

  <!-- Число и единица, в роде и падеже: 1 мг, 2 миллиграмма, 5 миллиграммов, 1,5 миллиграмма -->
  <!-- Римская цифра перед словом — порядковое число: «диабет II типа» —
       «второго типа»; по [roman] в ru.rules. -->
  <!-- Доза от дроби до числа: «½-1 таблетки» — «от половины до одной
       таблетки», «по ½-1 таблетке» — «по половине-одной таблетке»
       («1/2-1» было «один слэш два один»: у русского нет слова для
       диапазона, и дробь не говорилась) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Пп]о )(?:½|1/2) ?[-–] ?1(?![\d/.,])</grapheme>
    <alias>половине-одной</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(?:½|1/2) ?[-–] ?1(?![\d/.,])</grapheme>
    <alias>от половины до одной</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Пп]о )(?:¼|1/4) ?[-–] ?(?:½|1/2)(?![\d/.,])</grapheme>
    <alias>четверти-половине</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(?:¼|1/4) ?[-–] ?(?:½|1/2)(?![\d/.,])</grapheme>
    <alias>от четверти до половины</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Пп]о )1 ?[-–] ?(?:1½|1 1/2|1,5)(?![\d/.,])</grapheme>
    <alias>одной-полутора</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])1 ?[-–] ?(?:1½|1 1/2)(?![\d/.,])</grapheme>
    <alias>от одной до полутора</alias>
  </lexeme>
  <!-- Греческие буквы: «β-блокаторы» — «бета-блокаторы» (eSpeak NG читал их по-гречески, «вита») -->
  <lexeme><grapheme>α</grapheme><alias>альфа</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>бета</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>гамма</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>дельта</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?мг\b</grapheme>
    <alias>$1 миллиграмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?мг\b</grapheme>
    <alias>$1 миллиграмм</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?мг\b</grapheme>
    <alias>$1 миллиграмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?мг\b</grapheme>
    <alias>$1 миллиграммов</alias>
  </lexeme>
  <lexeme><grapheme>мг</grapheme><alias>миллиграммов</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?мкг\b</grapheme>
    <alias>$1 микрограмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?мкг\b</grapheme>
    <alias>$1 микрограмм</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?мкг\b</grapheme>
    <alias>$1 микрограмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?мкг\b</grapheme>
    <alias>$1 микрограммов</alias>
  </lexeme>
  <lexeme><grapheme>мкг</grapheme><alias>микрограммов</alias></lexeme>
  <!-- Анализы: «4 нг/мл» — четыре нанограмма на миллилитр, «2,6 ммоль/л»
       — миллимоля на литр, «90 мкмоль/л», «12 г/дл» — граммов на децилитр -->
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?нг\b</grapheme>
    <alias>$1 нанограмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?нг\b</grapheme>
    <alias>$1 нанограмм</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?нг\b</grapheme>
    <alias>$1 нанограмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?нг\b</grapheme>
    <alias>$1 нанограммов</alias>
  </lexeme>
  <lexeme><grapheme>нг</grapheme><alias>нанограммов</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?ммоль\b</grapheme>
    <alias>$1 миллимоля</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?ммоль\b</grapheme>
    <alias>$1 миллимоль</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?ммоль\b</grapheme>
    <alias>$1 миллимоля</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?ммоль\b</grapheme>
    <alias>$1 миллимолей</alias>
  </lexeme>
  <lexeme><grapheme>ммоль</grapheme><alias>миллимолей</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?мкмоль\b</grapheme>
    <alias>$1 микромоля</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?мкмоль\b</grapheme>
    <alias>$1 микромоль</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?мкмоль\b</grapheme>
    <alias>$1 микромоля</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?мкмоль\b</grapheme>
    <alias>$1 микромолей</alias>
  </lexeme>
  <lexeme><grapheme>мкмоль</grapheme><alias>микромолей</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?нмоль\b</grapheme>
    <alias>$1 наномоля</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?нмоль\b</grapheme>
    <alias>$1 наномоль</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?нмоль\b</grapheme>
    <alias>$1 наномоля</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?нмоль\b</grapheme>
    <alias>$1 наномолей</alias>
  </lexeme>
  <lexeme><grapheme>нмоль</grapheme><alias>наномолей</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?дл\b</grapheme>
    <alias>$1 децилитра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?дл\b</grapheme>
    <alias>$1 децилитр</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?дл\b</grapheme>
    <alias>$1 децилитра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?дл\b</grapheme>
    <alias>$1 децилитров</alias>
  </lexeme>
  <lexeme><grapheme>дл</grapheme><alias>децилитров</alias></lexeme>
  <!-- Лучевая терапия: «20 Гр» — двадцать грей, «2 Гр» — два грея -->
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?(?:Гр|Gy)\b</grapheme>
    <alias>$1 грея</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?(?:Гр|Gy)\b</grapheme>
    <alias>$1 грей</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?(?:Гр|Gy)\b</grapheme>
    <alias>$1 грея</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?(?:Гр|Gy)\b</grapheme>
    <alias>$1 грей</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?кг\b</grapheme>
    <alias>$1 килограмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?кг\b</grapheme>
    <alias>$1 килограмм</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?кг\b</grapheme>
    <alias>$1 килограмма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?кг\b</grapheme>
    <alias>$1 килограммов</alias>
  </lexeme>
  <lexeme><grapheme>кг</grapheme><alias>килограммов</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?мл\b</grapheme>
    <alias>$1 миллилитра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?мл\b</grapheme>
    <alias>$1 миллилитр</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?мл\b</grapheme>
    <alias>$1 миллилитра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?мл\b</grapheme>
    <alias>$1 миллилитров</alias>
  </lexeme>
  <lexeme><grapheme>мл</grapheme><alias>миллилитров</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?л\b</grapheme>
    <alias>$1 литра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?л\b</grapheme>
    <alias>$1 литр</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?л\b</grapheme>
    <alias>$1 литра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?л\b</grapheme>
    <alias>$1 литров</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?см\b</grapheme>
    <alias>$1 сантиметра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?см\b</grapheme>
    <alias>$1 сантиметр</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?см\b</grapheme>
    <alias>$1 сантиметра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?см\b</grapheme>
    <alias>$1 сантиметров</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?мм\b</grapheme>
    <alias>$1 миллиметра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?мм\b</grapheme>
    <alias>$1 миллиметр</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?мм\b</grapheme>
    <alias>$1 миллиметра</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?мм\b</grapheme>
    <alias>$1 миллиметров</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?ч\b</grapheme>
    <alias>$1 часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?ч\b</grapheme>
    <alias>$1 час</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?ч\b</grapheme>
    <alias>$1 часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?ч\b</grapheme>
    <alias>$1 часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?(?:° ?C|° ?С)\b</grapheme>
    <alias>$1 градуса Цельсия</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?(?:° ?C|° ?С)\b</grapheme>
    <alias>$1 градус Цельсия</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?(?:° ?C|° ?С)\b</grapheme>
    <alias>$1 градуса Цельсия</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?(?:° ?C|° ?С)\b</grapheme>
    <alias>$1 градусов Цельсия</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><grapheme>°С</grapheme><alias>градусов Цельсия</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?%</grapheme>
    <alias>$1 процента</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?1) ?%</grapheme>
    <alias>$1 процент</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d*[02-9])?[234]) ?%</grapheme>
    <alias>$1 процента</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+) ?%</grapheme>
    <alias>$1 процентов</alias>
  </lexeme>
  <lexeme><grapheme>%</grapheme><alias>процентов</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d{1,3}[.,]\d+) ?г\b(?!\.)</grapheme>
    <alias>$1 грамма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d{0,2}[02-9])?1) ?г\b(?!\.)</grapheme>
    <alias>$1 грамм</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])((?:\d{0,2}[02-9])?[234]) ?г\b(?!\.)</grapheme>
    <alias>$1 грамма</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d{1,3}) ?г\b(?!\.)</grapheme>
    <alias>$1 граммов</alias>
  </lexeme>
  <!-- Давление: "140/90 мм рт. ст." это "140 на 90 миллиметров ртутного
       столба"; число перед "мм рт. ст." берёт их с собой (иначе "мм"
       читается отдельно, а "рт. ст." по буквам) -->
  <lexeme regex="true">
    <grapheme>(\d+[.,]\d+) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 миллиметра ртутного столба</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/])((?:\d*[02-9])?1) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 миллиметр ртутного столба</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/])((?:\d*[02-9])?[234]) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 миллиметра ртутного столба</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,/])(\d+) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 миллиметров ртутного столба</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/((?:\d*[02-9])?1) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 на $2 миллиметр ртутного столба</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/((?:\d*[02-9])?[234]) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 на $2 миллиметра ртутного столба</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d+) ?мм рт\. ?ст\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>$1 на $2 миллиметров ртутного столба</alias>
  </lexeme>
  <!-- ... и после "АД" или "давление" без единиц: eSpeak NG говорит
       "слэш" -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bАД |\bАД: |\bдавление |\bдавления |\bдавлении )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d| ?мм)</grapheme>
    <alias>$1 на $2</alias>
  </lexeme>
  <!-- ... и значение после «ниже», «выше», «не более», «например»: «ниже
       140/90» (ни одна дата не начинается с 70 и больше) -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bниже |\bвыше |\bменее |\bболее |\bне выше |\bне ниже |\bне более |\bне менее |\bнапример |\bдо |\bцель |\bцелевое )([7-9]\d|1\d\d|2[0-4]\d)/([4-9]\d|1[0-4]\d)(?!\d|/|[.,]\d| ?мм)</grapheme>
    <alias>$1 на $2</alias>
  </lexeme>
  <lexeme><grapheme>мм рт. ст.</grapheme><grapheme>мм рт.ст.</grapheme><alias>миллиметров ртутного столба</alias></lexeme>
  <lexeme><grapheme>ME</grapheme><alias>международных единиц</alias></lexeme>
  <lexeme><grapheme>МЕ</grapheme><alias>международных единиц</alias></lexeme>

  <!-- Римские цифры стадий и степеней (IV — не «внутривенно»: это в/в) -->
  <lexeme><grapheme>IV</grapheme><alias>четыре</alias></lexeme>
  <lexeme><grapheme>III</grapheme><alias>три</alias></lexeme>
  <lexeme><grapheme>II</grapheme><alias>два</alias></lexeme>

  <!-- Сокращения полностью (их точка не конец предложения) -->
  <lexeme><grapheme>в/в</grapheme><alias>внутривенно</alias></lexeme>
  <!-- Часы работы: "Пн-Пт" с понедельника по пятницу (eSpeak NG читает
       буквы: "пэ эн пэ тэ") -->
  <lexeme regex="true">
    <grapheme>\b[Пп]н\.? ?[-–] ?[Пп]т\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>с понедельника по пятницу</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Пп]н\.? ?[-–] ?[Сс]б\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>с понедельника по субботу</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\b[Пп]н\.? ?[-–] ?[Вв]с\b(?:\.(?!\s+\p{Lu}))?</grapheme>
    <alias>с понедельника по воскресенье</alias>
  </lexeme>
  <lexeme><grapheme>в/м</grapheme><alias>внутримышечно</alias></lexeme>
  <lexeme><grapheme>п/к</grapheme><alias>подкожно</alias></lexeme>
  <lexeme><grapheme>т. е.</grapheme><grapheme>т.е.</grapheme><alias>то есть</alias></lexeme>
  <lexeme regex="true"><grapheme>\bи т\. ?д(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>и так далее</alias></lexeme>
  <lexeme regex="true"><grapheme>\bи т\. ?п(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>и тому подобное</alias></lexeme>
  <!-- «рис. 3» было «рис», «гл. 4» «гэ эль» -->
  <lexeme regex="true"><grapheme>\b[рР]ис\. ?(?=\d)</grapheme><alias>рисунок </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[тТ]абл\. ?(?=\d)</grapheme><alias>таблица </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[гГ]л\. ?(?=\d)</grapheme><alias>глава </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[рР]азд\. ?(?=\d)</grapheme><alias>раздел </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[пП]рил\. ?(?=\d)</grapheme><alias>приложение </alias></lexeme>
  <lexeme><grapheme>напр.</grapheme><alias>например</alias></lexeme>
  <!-- «т. к.» было «тэ ка», «и др.» «и дэ эр», «в т. ч.» «в тэ чэ» -->
  <lexeme><grapheme>т. к.</grapheme><grapheme>т.к.</grapheme><alias>так как</alias></lexeme>
  <lexeme><grapheme>в т. ч.</grapheme><grapheme>в т.ч.</grapheme><alias>в том числе</alias></lexeme>
  <lexeme regex="true"><grapheme>\bи др(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))</grapheme><alias>и другие</alias></lexeme>
  <lexeme><grapheme>прим.</grapheme><alias>примечание</alias></lexeme>
  <!-- Адрес: «г. Москва, ул. Ленина, д. 5, кв. 12» — «город Москва, улица
       Ленина, дом 5, квартира 12» (eSpeak NG: «гэ», «ул», «дэ», «ква»);
       «г.» только перед словом с заглавной буквы (после числа это год или
       граммы), «д.» и «кв.» только перед числом, «стр.» после дома —
       строение -->
  <lexeme regex="true"><grapheme>(?&lt;!\d )(?&lt;!\d)\bг\.(?= ?\p{Lu})</grapheme><alias>город</alias></lexeme>
  <lexeme regex="true"><grapheme>(?&lt;=\b[Нн]а )ул\.</grapheme><alias>улице</alias></lexeme>
  <lexeme regex="true"><grapheme>\b[Уу]л\.</grapheme><alias>улица</alias></lexeme>
  <lexeme regex="true"><grapheme>\bд\. ?(?=\d)</grapheme><alias>дом </alias></lexeme>
  <lexeme regex="true"><grapheme>\bкв\. ?(?=\d)</grapheme><alias>квартира </alias></lexeme>
  <lexeme regex="true"><grapheme>(?&lt;=\d, )стр\. ?(?=\d)</grapheme><alias>строение </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[Пп]р-т\b</grapheme><alias>проспект</alias></lexeme>
  <lexeme regex="true"><grapheme>\bр-н\b</grapheme><alias>район</alias></lexeme>
  <!-- «(см. с. 12)» было «эс эм эс двенадцать»: смотрите страницу; «см.»
       после числа — сантиметры, и его не трогаем -->
  <lexeme regex="true"><grapheme>(?&lt;![\d,])(?&lt;!\d )\b[Сс]м\.(?= ?(?:с\.|стр\.|рис\.|табл\.|выше|ниже|также|раздел|приложение|\p{Lu}))</grapheme><alias>смотрите</alias></lexeme>
  <lexeme regex="true"><grapheme>(?&lt;=[Сс]м\. )(?:с|стр)\. ?(?=\d)</grapheme><alias>страницу </alias></lexeme>
  <lexeme regex="true"><grapheme>\b[Сс]тр\. ?(?=\d)</grapheme><alias>страница </alias></lexeme>
  <lexeme><grapheme>прибл.</grapheme><alias>приблизительно</alias></lexeme>
  <!-- пульс «72 уд/мин»: ударов в минуту (было «уд в минуту») -->
  <lexeme regex="true"><grapheme>(?&lt;=\d )уд\.?/мин\b\.?</grapheme><alias>ударов в минуту</alias></lexeme>
  <!-- «ок. 15 мин.» было «ок»: около -->
  <lexeme regex="true"><grapheme>\b[Оо]к\. ?(?=\d)</grapheme><alias>около </alias></lexeme>
  <lexeme><grapheme>Тел.</grapheme><grapheme>Тел:</grapheme><alias>Телефон</alias></lexeme>
  <lexeme><grapheme>по тел.</grapheme><alias>по телефону</alias></lexeme>
  <lexeme><grapheme>тел.</grapheme><alias>телефон</alias></lexeme>
  <lexeme><grapheme>каб.</grapheme><alias>кабинет</alias></lexeme>
  <lexeme><grapheme>корп.</grapheme><alias>корпус</alias></lexeme>
  <!-- «доб. 234» было «доп»: добавочный номер набирают после основного -->
  <lexeme><grapheme>доб.</grapheme><alias>добавочный</alias></lexeme>
  <lexeme><grapheme>д-р</grapheme><alias>доктор</alias></lexeme>
  <!-- Позвонки латинскими буквами, как их пишут врачи: «Th4» тэ-аш 4,
       «L1» эль 1, «C5» цэ 5, «S1» эс 1 (eSpeak NG читал их по-английски) -->
  <lexeme regex="true">
    <grapheme>\bTh(\d{1,2})\b</grapheme>
    <alias>тэ аш $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bT(\d{1,2})\b</grapheme>
    <alias>тэ $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bL(\d{1,2})\b</grapheme>
    <alias>эль $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bC(\d{1,2})\b</grapheme>
    <alias>цэ $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bS(\d{1,2})\b</grapheme>
    <alias>эс $1</alias>
  </lexeme>
  <!-- Косая черта между двумя позвонками — диск между ними: «L4/L5»,
       «L5/S1» — «эль 4-эль 5» (eSpeak NG говорил «слэш») -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\bTh\d|\bTh\d\d|\b[CTLS]\d|\b[CTLS]\d\d)/(?=(?:Th|[CTLS])\d{1,2}\b)</grapheme>
    <alias>-</alias>
  </lexeme>
  <!-- Тот же диск, второй позвонок одним номером: «L4/5», «C5/6» —
       «эль 4-эль 5» (eSpeak NG говорил «эль 4 слэш 5»); только соседние -->
  <lexeme regex="true">
    <grapheme>\bTh(?=(?:1/2|2/3|3/4|4/5|5/6|6/7|7/8|8/9|9/10|10/11|11/12)(?![\d/]))(\d{1,2})/(\d{1,2})</grapheme>
    <alias>тэ аш $1-тэ аш $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bT(?=(?:1/2|2/3|3/4|4/5|5/6|6/7|7/8|8/9|9/10|10/11|11/12)(?![\d/]))(\d{1,2})/(\d{1,2})</grapheme>
    <alias>тэ $1-тэ $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bL(?=(?:1/2|2/3|3/4|4/5|5/6|6/7|7/8|8/9|9/10|10/11|11/12)(?![\d/]))(\d{1,2})/(\d{1,2})</grapheme>
    <alias>эль $1-эль $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bC(?=(?:1/2|2/3|3/4|4/5|5/6|6/7|7/8|8/9|9/10|10/11|11/12)(?![\d/]))(\d{1,2})/(\d{1,2})</grapheme>
    <alias>цэ $1-цэ $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>\bS(?=(?:1/2|2/3|3/4|4/5|5/6|6/7|7/8|8/9|9/10|10/11|11/12)(?![\d/]))(\d{1,2})/(\d{1,2})</grapheme>
    <alias>эс $1-эс $2</alias>
  </lexeme>

  <!-- Common medicines as patients in the UK see them written (paracetamol), said by their Russian names, so that the voice need not switch to English. -->
  <lexeme><grapheme>paracetamol</grapheme><alias>парацетамол</alias></lexeme>
  <lexeme><grapheme>ibuprofen</grapheme><alias>ибупрофен</alias></lexeme>
  <lexeme><grapheme>aspirin</grapheme><alias>аспирин</alias></lexeme>
  <lexeme><grapheme>codeine</grapheme><alias>кодеин</alias></lexeme>
  <lexeme><grapheme>morphine</grapheme><alias>морфин</alias></lexeme>
  <lexeme><grapheme>amoxicillin</grapheme><alias>амоксициллин</alias></lexeme>
  <lexeme><grapheme>penicillin</grapheme><alias>пенициллин</alias></lexeme>
  <lexeme><grapheme>omeprazole</grapheme><alias>омепразол</alias></lexeme>
  <lexeme><grapheme>metformin</grapheme><alias>метформин</alias></lexeme>
  <lexeme><grapheme>insulin</grapheme><alias>инсулин</alias></lexeme>
  <lexeme><grapheme>warfarin</grapheme><alias>варфарин</alias></lexeme>
  <lexeme><grapheme>dexamethasone</grapheme><alias>дексаметазон</alias></lexeme>
  <lexeme><grapheme>prednisolone</grapheme><alias>преднизолон</alias></lexeme>
  <lexeme><grapheme>chloramphenicol</grapheme><alias>хлорамфеникол</alias></lexeme>
  <lexeme><grapheme>atropine</grapheme><alias>атропин</alias></lexeme>

  <!-- "на" и "в": 10 мг/кг, "10 миллиграммов на килограмм"; сироп 120
       мг/5 мл, "на 5 миллилитров"; 2 раза/сут, "в сутки" -->
  <lexeme regex="true">
    <grapheme>/ ?(\d*(?:1\d|[05-9])) ?мл\b</grapheme>
    <alias>на $1 миллилитров</alias>
  </lexeme>
  <lexeme><grapheme>/мл</grapheme><alias>на миллилитр</alias></lexeme>
  <lexeme><grapheme>/дл</grapheme><alias>на децилитр</alias></lexeme>
  <lexeme><grapheme>/кг</grapheme><alias>на килограмм</alias></lexeme>
  <lexeme><grapheme>/л</grapheme><alias>на литр</alias></lexeme>
  <!-- «4 Гр/фракцию» было «слэш»: 4 Гр за фракцию -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\dГр|\d Гр)/(?=\p{L})</grapheme>
    <alias> за </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\dГр|\d Гр)/ ?(?=\d)</grapheme>
    <alias> за </alias>
  </lexeme>
  <!-- Тильда между двумя числами — диапазон, как дефис: «1~2 раза» —
       «один-два раза», не «один около двух» -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\d) ?[~～〜] ?(?=\d)</grapheme>
    <alias>-</alias>
  </lexeme>
  <!-- анализ крови: «150 000/мкл», «4000/мм³» -->
  <lexeme><grapheme>/мкл</grapheme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>на микролитр</alias></lexeme>
  <lexeme><grapheme>/мм³</grapheme><grapheme>/мм3</grapheme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>на кубический миллиметр</alias></lexeme>
  <lexeme><grapheme>/м²</grapheme><grapheme>/м2</grapheme><alias>на квадратный метр</alias></lexeme>
  <lexeme><grapheme>/сут.</grapheme><grapheme>/сут</grapheme><alias>в сутки</alias></lexeme>
  <lexeme><grapheme>/день</grapheme><alias>в день</alias></lexeme>
  <lexeme><grapheme>/ч</grapheme><alias>в час</alias></lexeme>
  <lexeme><grapheme>/мин</grapheme><alias>в минуту</alias></lexeme>
  <lexeme><grapheme>/нед.</grapheme><grapheme>/неделю</grapheme><alias>в неделю</alias></lexeme>
  <!-- Ложки без числа или после дроби: "1/2 ч. л." половину чайной
       ложки.  С числом ("2 ч. л.", "по 1 кап.", "5 таб.") их говорит
       [units] в ru.rules, в форме, которую требует число. -->
  <lexeme><grapheme>ч. л.</grapheme><grapheme>ч.л.</grapheme><alias>чайной ложки</alias></lexeme>
  <lexeme><grapheme>ст. л.</grapheme><grapheme>ст.л.</grapheme><alias>столовой ложки</alias></lexeme>

  <!-- "3 р. в день" "3 раза в день" (eSpeak NG: "3 эр"); только перед "в
       день", "в сутки", "в неделю", "в месяц": иначе "р." — рубли -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?р\.?(?= в (?:день|сутки|неделю|месяц)\b)</grapheme>
    <alias>1 раз</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([234]) ?р\.?(?= в (?:день|сутки|неделю|месяц)\b)</grapheme>
    <alias>$1 раза</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([5-9]|1\d) ?р\.?(?= в (?:день|сутки|неделю|месяц)\b)</grapheme>
    <alias>$1 раз</alias>
  </lexeme>
  <!-- "2 р/д" "2 раза в день", "3 р/сут" "3 раза в сутки" (eSpeak NG:
       "р" и "д" по буквам) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?р/д\b</grapheme>
    <alias>1 раз в день</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([234]) ?р/д\b</grapheme>
    <alias>$1 раза в день</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([5-9]|1\d) ?р/д\b</grapheme>
    <alias>$1 раз в день</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?р/сут\b\.?</grapheme>
    <alias>1 раз в сутки</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([234]) ?р/сут\b\.?</grapheme>
    <alias>$1 раза в сутки</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([5-9]|1\d) ?р/сут\b\.?</grapheme>
    <alias>$1 раз в сутки</alias>
  </lexeme>
  <!-- "2 р/нед" "2 раза в неделю", "1 р/мес" "1 раз в месяц" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?р/нед\b\.?</grapheme>
    <alias>1 раз в неделю</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([234]) ?р/нед\b\.?</grapheme>
    <alias>$1 раза в неделю</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([5-9]|1\d) ?р/нед\b\.?</grapheme>
    <alias>$1 раз в неделю</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 ?р/мес\b\.?</grapheme>
    <alias>1 раз в месяц</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([234]) ?р/мес\b\.?</grapheme>
    <alias>$1 раза в месяц</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])([5-9]|1\d) ?р/мес\b\.?</grapheme>
    <alias>$1 раз в месяц</alias>
  </lexeme>

  <!-- не более 8 таб./24 ч, "за 24 часа" -->
  <lexeme regex="true">
    <grapheme>/ ?(24|72) ?(?:часа|ч)(?!\w)</grapheme>
    <alias>за $1 часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>/ ?(12|48) ?(?:часов|ч)(?!\w)</grapheme>
    <alias>за $1 часов</alias>
  </lexeme>
  <!-- промежуток между приёмами: «1 г/6 ч» — «каждые 6 часов» (после
       единицы, не после числа: «9/17 ч» — часы работы) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])/ ?([234]|2[23]) ?(?:часа|ч)(?!\w)</grapheme>
    <alias>каждые $1 часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])/ ?([5-9]|1[013-9]|20) ?(?:часов|ч)(?!\w)</grapheme>
    <alias>каждые $1 часов</alias>
  </lexeme>

  <!-- "one" and "two" agree with a feminine noun: "1 каплю" is "одну
       каплю", "2 таблетки" "две таблетки" (eSpeak NG says один, два) -->
  <!-- после «по» — «по одной-две таблетки», как «по 1-2 таб.» (было «по
       одну две») -->
  <lexeme regex="true">
    <grapheme>(?&lt;=(?&lt;![\p{L}])[пП]о )1[-–]2 (капл|таблетк|ложк|доз|ампул|капсул|упаковк|ингаляци|инъекци|недел|минут|чашк)(и|ы)\b</grapheme>
    <alias>одной-две $1$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1[-–]2 (капл|таблетк|ложк|доз|ампул|капсул|упаковк|ингаляци|инъекци|недел|минут|чашк)(и|ы)\b</grapheme>
    <alias>одну-две $1$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (капл|таблетк|ложк|доз|ампул|капсул|упаковк|ингаляци|инъекци|недел|минут|чашк)(у|ю)\b</grapheme>
    <alias>одну $1$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (капл|таблетк|ложк|доз|ампул|капсул|упаковк|ингаляци|инъекци|недел|минут|чашк)(а|я)\b</grapheme>
    <alias>одна $1$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])1 (капл|таблетк|ложк|доз|ампул|капсул|упаковк|ингаляци|инъекци|недел|минут|чашк)(е|и)\b</grapheme>
    <alias>одной $1$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,\-–])2 (капл|таблетк|ложк|доз|ампул|капсул|упаковк|ингаляци|инъекци|недел|минут|чашк)(и|ы)\b</grapheme>
    <alias>две $1$2</alias>
  </lexeme>
  <!-- Время ровно в часах: "с 8:00 до 15:00" "с восьми часов до
       пятнадцати часов", "в 14:00" "в 14 часов" (eSpeak NG говорил "с
       восемь ноль ноль до пятнадцать ноль ноль"); после "с", "до", "от",
       "после" родительный падеж. -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?1:00(?![\d:])</grapheme>
    <alias>одного часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?2:00(?![\d:])</grapheme>
    <alias>двух часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?3:00(?![\d:])</grapheme>
    <alias>трёх часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?4:00(?![\d:])</grapheme>
    <alias>четырёх часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?5:00(?![\d:])</grapheme>
    <alias>пяти часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?6:00(?![\d:])</grapheme>
    <alias>шести часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?7:00(?![\d:])</grapheme>
    <alias>семи часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?8:00(?![\d:])</grapheme>
    <alias>восьми часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?9:00(?![\d:])</grapheme>
    <alias>девяти часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )10:00(?![\d:])</grapheme>
    <alias>десяти часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )11:00(?![\d:])</grapheme>
    <alias>одиннадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )12:00(?![\d:])</grapheme>
    <alias>двенадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )13:00(?![\d:])</grapheme>
    <alias>тринадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )14:00(?![\d:])</grapheme>
    <alias>четырнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )15:00(?![\d:])</grapheme>
    <alias>пятнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )16:00(?![\d:])</grapheme>
    <alias>шестнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )17:00(?![\d:])</grapheme>
    <alias>семнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )18:00(?![\d:])</grapheme>
    <alias>восемнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )19:00(?![\d:])</grapheme>
    <alias>девятнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )20:00(?![\d:])</grapheme>
    <alias>двадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )21:00(?![\d:])</grapheme>
    <alias>двадцати одного часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )22:00(?![\d:])</grapheme>
    <alias>двадцати двух часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )23:00(?![\d:])</grapheme>
    <alias>двадцати трёх часов</alias>
  </lexeme>
  <!-- Полночь: "с 0:00" "с полуночи", "до 24:00" "до двадцати четырёх
       часов" (eSpeak NG говорил "с ноль ноль ноль") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )0?0:00(?![\d:])</grapheme>
    <alias>полуночи</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Сс] |\b[Сс]о |\b[Дд]о |\b[Оо]т |\b[Пп]осле |\d:[0-5]\d[-–]|\d:[0-5]\d [-–]|\d:[0-5]\d [-–] )24:00(?![\d:])</grapheme>
    <alias>двадцати четырёх часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Вв] )0?0:00(?![\d:])</grapheme>
    <alias>полночь</alias>
  </lexeme>
  <!-- Часы работы без "с": "9:00-18:00" "с девяти часов до восемнадцати
       часов" (eSpeak NG говорил "девять ноль ноль восемнадцать ноль
       ноль"); первое время, если перед ним нет "с", "со", "от", и тире
       между ними -->
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?0:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с полуночи</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?1:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с одного часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?2:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с двух часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?3:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с трёх часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?4:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с четырёх часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?5:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с пяти часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?6:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с шести часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?7:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с семи часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?8:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с восьми часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?9:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с девяти часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])10:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с десяти часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])11:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с одиннадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])12:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с двенадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])13:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с тринадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])14:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с четырнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])15:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с пятнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])16:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с шестнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])17:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с семнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])18:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с восемнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])19:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с девятнадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])20:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с двадцати часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])21:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с двадцати одного часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])22:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с двадцати двух часов</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])23:00(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с двадцати трёх часов</alias>
  </lexeme>
  <!-- Первое время с минутами: "8:30-17:00" "с 8 30 до семнадцати часов"
       (eSpeak NG говорил "восемь тридцать семнадцать ноль ноль", тире
       молчало); время целых часов — по образцам выше -->
  <lexeme regex="true">
    <grapheme>(?&lt;!\b[Сс] |\b[Сс]о |\b[Оо]т |[\d:.])0?(1?\d|2[0-3]):([0-5]\d)(?=\s?[-–]\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias>с $1 $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\d:[0-5]\d|\d:[0-5]\d )[-–](?=\s?(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))</grapheme>
    <alias> до </alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Вв] )0?(1|21):00(?![\d:])</grapheme>
    <alias>$1 час</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Вв] )0?([234]|2[234]):00(?![\d:])</grapheme>
    <alias>$1 часа</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Вв] )0?([05-9]|1\d|20):00(?![\d:])</grapheme>
    <alias>$1 часов</alias>
  </lexeme>

  <!-- Оценка из 10: "боль 7/10" "7 из десяти" (eSpeak NG говорил "7 слэш
       10"); только после этих слов и знаков, ведь 7/10 бывает датой -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Бб]оль |\b[Бб]оль на |\b[Бб]оли |\b[Оо]ценка |\b[Оо]ценка боли |\b[Шш]кала |≥|≤|≥ |≤ |&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 из десяти</alias>
  </lexeme>
  <!-- Витамины латинской буквой: «витамин D» — «витамин дэ», «B12» —
       «бэ 12», «C» — «цэ» (eSpeak NG читал букву по-английски, и текст
       отклонялся); только после слова «витамин» -->
  <lexeme regex="true">
    <grapheme>(?&lt;=[Вв]итамин |[Вв]итамина |[Вв]итамину |[Вв]итамином |[Вв]итамине |[Вв]итамины |[Вв]итаминов )A(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>а $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[Вв]итамин |[Вв]итамина |[Вв]итамину |[Вв]итамином |[Вв]итамине |[Вв]итамины |[Вв]итаминов )B(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>бэ $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[Вв]итамин |[Вв]итамина |[Вв]итамину |[Вв]итамином |[Вв]итамине |[Вв]итамины |[Вв]итаминов )C(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>цэ $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[Вв]итамин |[Вв]итамина |[Вв]итамину |[Вв]итамином |[Вв]итамине |[Вв]итамины |[Вв]итаминов )D(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>дэ $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[Вв]итамин |[Вв]итамина |[Вв]итамину |[Вв]итамином |[Вв]итамине |[Вв]итамины |[Вв]итаминов )E(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>е $1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[Вв]итамин |[Вв]итамина |[Вв]итамину |[Вв]итамином |[Вв]итамине |[Вв]итамины |[Вв]итаминов )K(\d{0,2})(?![\p{L}\d])</grapheme>
    <alias>ка $1</alias>
  </lexeme>
</lexicon>
