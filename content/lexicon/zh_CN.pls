<?xml version="1.0" encoding="UTF-8"?>
<!--
  Chinese (Mandarin, Simplified): 患者手册中的单位、时间和缩写。
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="zh-CN"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
  <!-- 比例："1:3" "1比3"，"1:1000" "1比1000"（eSpeak NG 读成 "一三"）；冒号后
       只有一位或三位以上数字时，时间没有这种写法 -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.,])(\d+):(\d|\d{3,})(?![\d:])</grapheme>
    <alias>$1比$2</alias>
  </lexeme>

  <!-- 分级和分期："3/4级"是"3或4级"（3 级或 4 级毒性），"2/3期"是"2或3期"，
       不是分数"四分之三级" -->
  <!-- 希腊字母：β "贝塔"（eSpeak NG 按希腊语读作 "vita"） -->
  <lexeme><grapheme>α</grapheme><alias>阿尔法</alias></lexeme>
  <lexeme><grapheme>β</grapheme><alias>贝塔</alias></lexeme>
  <lexeme><grapheme>γ</grapheme><alias>伽马</alias></lexeme>
  <lexeme><grapheme>δ</grapheme><alias>德尔塔</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d./])([0-5])/([1-5])(?= ?(?:级|期))</grapheme>
    <alias>$1或$2</alias>
  </lexeme>
  <!-- 数字和单位：拉丁字母的单位说汉语（cmn-latn-pinyin 把拉丁字母当拼音读） -->
  <!-- "每"：10 mg/kg 是"十毫克每千克"（斜杠被读成英语 slash） -->
  <lexeme><grapheme>/kg</grapheme><grapheme>/千克</grapheme><alias>每千克</alias></lexeme>
  <lexeme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><grapheme>/毫升</grapheme><alias>每毫升</alias></lexeme>
  <lexeme><grapheme>/升</grapheme><alias>每升</alias></lexeme>
  <!-- 不在数字前："L4/L5" 是两节椎骨，不是"每升" -->
  <lexeme regex="true">
    <grapheme>/[Ll](?![A-Za-z0-9])</grapheme>
    <alias>每升</alias>
  </lexeme>
  <lexeme><grapheme>/dL</grapheme><grapheme>/dl</grapheme><grapheme>/分升</grapheme><alias>每分升</alias></lexeme>
  <!-- 血常规："150000/µL"、"4000/mm³" -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>每微升</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>每立方毫米</alias></lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>每平方米</alias></lexeme>
  <lexeme><grapheme>/天</grapheme><grapheme>/日</grapheme><grapheme>/d</grapheme><alias>每天</alias></lexeme>
  <lexeme><grapheme>/h</grapheme><grapheme>/小时</grapheme><alias>每小时</alias></lexeme>
  <!-- 两次用药的间隔："500 mg/6 h" 是"每6小时"（在单位之后，不在数字之后） -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])/ ?(\d{1,2}) ?(?:h|小时)(?![A-Za-z])</grapheme>
    <alias>每$1小时</alias>
  </lexeme>
  <lexeme><grapheme>/min</grapheme><grapheme>/分钟</grapheme><alias>每分钟</alias></lexeme>
  <lexeme><grapheme>mg</grapheme><alias>毫克</alias></lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>微克</alias></lexeme>
  <lexeme><grapheme>kg</grapheme><alias>千克</alias></lexeme>
  <lexeme><grapheme>ml</grapheme><alias>毫升</alias></lexeme>
  <lexeme><grapheme>cm</grapheme><alias>厘米</alias></lexeme>
  <lexeme><grapheme>mm</grapheme><alias>毫米</alias></lexeme>
  <lexeme><grapheme>min</grapheme><alias>分钟</alias></lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>毫米汞柱</alias></lexeme>
  <!-- 血压："120/80 mmHg"、"血压120/80" 说"高压120，低压80"（斜线原按英文读，
       被拒绝） -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?(mmHg|毫米汞柱)</grapheme>
    <alias>高压$1，低压$2毫米汞柱</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=血压|血压：|血压:|血压 )(\d{2,3})/(\d{2,3})(?!\d|/|[.,]\d)</grapheme>
    <alias>高压$1，低压$2</alias>
  </lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>毫摩尔</alias></lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>微摩尔</alias></lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>纳摩尔</alias></lexeme>
  <lexeme><grapheme>ng</grapheme><alias>纳克</alias></lexeme>
  <lexeme><grapheme>dL</grapheme><grapheme>dl</grapheme><alias>分升</alias></lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>戈瑞</alias></lexeme>
  <!-- 胰岛素、肝素的单位："10 U"、"10 IU" 是"10单位"、"10国际单位"（U 被当作
       拼音，IU 被逐个字母读出）；只在数字后 -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\d|\d )(?:IU|iu)(?![A-Za-z])</grapheme>
    <alias>国际单位</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\d|\d )U(?![A-Za-z])</grapheme>
    <alias>单位</alias>
  </lexeme>
  <!-- 椎骨：T4-T6 是"胸4到胸6"，L1、C5、S1 在"椎"前是"腰1"、"颈5"、"骶1"
       （eSpeak NG 把 T 当作拼音，这样的文字会被拒绝）。只在范围中或"椎"、
       "节段"之前：T4 也是甲状腺激素。 -->
  <lexeme regex="true">
    <grapheme>(?|(?&lt;![A-Za-z])T(\d{1,2})(?= ?(?:椎|节段)| ?[-–~～至到/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–~～至到/]|[CTLS]\d\d[-–~～至到/]|[CTLS]\d [-–~～至到] |[CTLS]\d\d [-–~～至到] )T(\d{1,2})(?!\d))</grapheme>
    <alias>胸$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?|(?&lt;![A-Za-z])L(\d{1,2})(?= ?(?:椎|节段)| ?[-–~～至到/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–~～至到/]|[CTLS]\d\d[-–~～至到/]|[CTLS]\d [-–~～至到] |[CTLS]\d\d [-–~～至到] )L(\d{1,2})(?!\d))</grapheme>
    <alias>腰$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?|(?&lt;![A-Za-z])C(\d{1,2})(?= ?(?:椎|节段)| ?[-–~～至到/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–~～至到/]|[CTLS]\d\d[-–~～至到/]|[CTLS]\d [-–~～至到] |[CTLS]\d\d [-–~～至到] )C(\d{1,2})(?!\d))</grapheme>
    <alias>颈$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?|(?&lt;![A-Za-z])S(\d{1,2})(?= ?(?:椎|节段)| ?[-–~～至到/] ?[CTLS]\d)|(?&lt;=[CTLS]\d[-–~～至到/]|[CTLS]\d\d[-–~～至到/]|[CTLS]\d [-–~～至到] |[CTLS]\d\d [-–~～至到] )S(\d{1,2})(?!\d))</grapheme>
    <alias>骶$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[CTLS]\d|[CTLS]\d\d) ?[-–~～] ?(?=[CTLS]\d)</grapheme>
    <alias>到</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=[CTLS]\d|[CTLS]\d\d)/(?=[CTLS]\d)</grapheme>
    <alias>、</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><grapheme>℃</grapheme><alias>摄氏度</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\d|\d )g(?![A-Za-z0-9])</grapheme>
    <alias>克</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\d|\d )[lL](?![A-Za-z0-9])</grapheme>
    <alias>升</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\d|\d )h(?![A-Za-z0-9])</grapheme>
    <alias>小时</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+) g(?![A-Za-z0-9])</grapheme>
    <alias>$1克</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+) [lL](?![A-Za-z0-9])</grapheme>
    <alias>$1升</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+) h(?![A-Za-z0-9])</grapheme>
    <alias>$1小时</alias>
  </lexeme>

  <!-- 小数和百分数：1.5 一点五，1.25 一点二五（小数点后逐位读），50% 百分之五十 -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+)\.(\d) ?[%％]</grapheme>
    <alias>百分之$1点$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+)\.(\d)(\d) ?[%％]</grapheme>
    <alias>百分之$1点$2 $3</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+) ?[%％]</grapheme>
    <alias>百分之$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+)\.(\d)(?![\d.])</grapheme>
    <alias>$1点$2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+)\.(\d)(\d)(?![\d.])</grapheme>
    <alias>$1点$2 $3</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])(\d+)\.(\d)(\d)(\d)(?![\d.])</grapheme>
    <alias>$1点$2 $3 $4</alias>
  </lexeme>

  <!-- 时间：8:00 八点，8:30 八点三十分，8:05 八点零五分 -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):00(?![\d:])</grapheme>
    <alias>$1点</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):0([1-9])(?![\d:])</grapheme>
    <alias>$1点零$2分</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}):([1-5]\d)(?![\d:])</grapheme>
    <alias>$1点$2分</alias>
  </lexeme>
  <!-- 上午8:00-下午5:00：两个时间之间的横线读"到"（否则不读） -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\d:\d\d)\s?[-–~～]\s?(?=(?:上午|下午|中午|晚上|凌晨|早上)\d)</grapheme>
    <alias>到</alias>
  </lexeme>

  <!-- 罗马数字和常见缩写 -->
  <lexeme><grapheme>IV</grapheme><grapheme>Ⅳ</grapheme><alias>四</alias></lexeme>
  <lexeme><grapheme>III</grapheme><grapheme>Ⅲ</grapheme><alias>三</alias></lexeme>
  <lexeme><grapheme>II</grapheme><grapheme>Ⅱ</grapheme><alias>二</alias></lexeme>
  <lexeme><grapheme>MRI</grapheme><alias>磁共振</alias></lexeme>
  <lexeme><grapheme>CT</grapheme><alias>计算机断层扫描</alias></lexeme>
  <lexeme><grapheme>PET-CT</grapheme><alias>正电子发射计算机断层扫描</alias></lexeme>

  <!-- Common medicines as patients in the UK see them written (paracetamol), said by their Chinese names. -->
  <lexeme><grapheme>paracetamol</grapheme><alias>对乙酰氨基酚</alias></lexeme>
  <lexeme><grapheme>ibuprofen</grapheme><alias>布洛芬</alias></lexeme>
  <lexeme><grapheme>aspirin</grapheme><alias>阿司匹林</alias></lexeme>
  <lexeme><grapheme>codeine</grapheme><alias>可待因</alias></lexeme>
  <lexeme><grapheme>morphine</grapheme><alias>吗啡</alias></lexeme>
  <lexeme><grapheme>amoxicillin</grapheme><alias>阿莫西林</alias></lexeme>
  <lexeme><grapheme>penicillin</grapheme><alias>青霉素</alias></lexeme>
  <lexeme><grapheme>omeprazole</grapheme><alias>奥美拉唑</alias></lexeme>
  <lexeme><grapheme>metformin</grapheme><alias>二甲双胍</alias></lexeme>
  <lexeme><grapheme>insulin</grapheme><alias>胰岛素</alias></lexeme>
  <lexeme><grapheme>warfarin</grapheme><alias>华法林</alias></lexeme>
  <lexeme><grapheme>dexamethasone</grapheme><alias>地塞米松</alias></lexeme>
  <lexeme><grapheme>prednisolone</grapheme><alias>泼尼松龙</alias></lexeme>
  <lexeme><grapheme>chloramphenicol</grapheme><alias>氯霉素</alias></lexeme>
  <lexeme><grapheme>atropine</grapheme><alias>阿托品</alias></lexeme>

  <!-- Two of something is liǎng: 2周 两周, 2片 两片 (eSpeak NG says èr) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.])2(?=[个周次天片粒瓶支袋岁小滴盒杯勺])</grapheme>
    <alias>两</alias>
  </lexeme>

  <!-- 维生素的拉丁字母："维生素D" 是"维生素迪"，"B12" 是"比12"（拼音语音把字母当作拼音，这样的文字会被拒绝） -->
  <lexeme regex="true">
    <grapheme>(?&lt;=维生素)A(\d{0,2})(?![A-Za-z\d])</grapheme>
    <alias>诶$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=维生素)B(\d{0,2})(?![A-Za-z\d])</grapheme>
    <alias>比$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=维生素)C(\d{0,2})(?![A-Za-z\d])</grapheme>
    <alias>西$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=维生素)D(\d{0,2})(?![A-Za-z\d])</grapheme>
    <alias>迪$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=维生素)E(\d{0,2})(?![A-Za-z\d])</grapheme>
    <alias>伊$1</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=维生素)K(\d{0,2})(?![A-Za-z\d])</grapheme>
    <alias>开$1</alias>
  </lexeme>
  <!-- 满分10分的评分："疼痛7/10" "7分，满分10分"（eSpeak NG 把斜杠读成英语
       "slash"，文本被拒绝）；只在这些词和符号之后，因为 7/10 也可能是日期 -->
  <lexeme regex="true">
    <grapheme>(?&lt;=疼痛|评分|疼痛评分|疼痛程度|≥|≤|≥ |≤ |&gt;|&lt;|&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1分，满分10分</alias>
  </lexeme>
  <!-- "="：eSpeak NG 读成英语 "equals" -->
  <lexeme><grapheme>=</grapheme><alias>等于</alias></lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 平方米</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 平方厘米</alias>
  </lexeme>
  <!-- 处方中的拉丁缩写："bid" 每日两次 等（拼音语音把它们当作拼音，文本被拒绝） -->
  <lexeme><grapheme>qd</grapheme><grapheme>QD</grapheme><grapheme>q.d.</grapheme><alias>每日一次</alias></lexeme>
  <lexeme><grapheme>bid</grapheme><grapheme>BID</grapheme><grapheme>b.i.d.</grapheme><alias>每日两次</alias></lexeme>
  <lexeme><grapheme>tid</grapheme><grapheme>TID</grapheme><grapheme>t.i.d.</grapheme><alias>每日三次</alias></lexeme>
  <lexeme><grapheme>qid</grapheme><grapheme>QID</grapheme><grapheme>q.i.d.</grapheme><alias>每日四次</alias></lexeme>
  <lexeme><grapheme>qn</grapheme><grapheme>QN</grapheme><alias>每晚一次</alias></lexeme>
  <lexeme><grapheme>prn</grapheme><grapheme>PRN</grapheme><alias>必要时</alias></lexeme>
  <lexeme regex="true">
    <grapheme>\b[qQ](\d{1,2}) ?[hH]\b</grapheme>
    <alias>每$1小时一次</alias>
  </lexeme>
</lexicon>
