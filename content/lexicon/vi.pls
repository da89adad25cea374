<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vietnamese: đơn vị, giờ và chữ viết tắt trong tờ hướng dẫn cho bệnh nhân.
  DRAFT awaiting clinical review, like the sample translations: a
  clinician and a native speaker check every entry before it is relied on.

  How audioguide reads it: README, "Fixing how a word is said".  A
  pattern lexeme (regex="true") is a PCRE2 pattern, case as written, and
  its alias may use $1..$9; where two match the same text, the first in
  the file wins, so a singular comes before its plural.
-->
<lexicon version="1.0" alphabet="x-espeak" xml:lang="vi"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">

  <!-- Số và đơn vị, đọc theo âm tiết tiếng Việt -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mg\b</grapheme>
    <alias>$1 mi li gam</alias>
  </lexeme>
  <lexeme><grapheme>mg</grapheme><alias>mi li gam</alias></lexeme>
  <!-- liều xạ trị: 20 Gy "20 gờ-rây" (eSpeak NG đọc Gy theo tiếng Anh) -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?Gy\b</grapheme>
    <alias>$1 gờ-rây</alias>
  </lexeme>
  <lexeme><grapheme>Gy</grapheme><alias>gờ-rây</alias></lexeme>
  <!-- "400 IU" là đơn vị quốc tế (eSpeak NG đọc "i u") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\d |\d)(?:IU|UI)\b</grapheme>
    <alias>đơn vị quốc tế</alias>
  </lexeme>
  <!-- "x 5 ngày" sau một liều là thời gian dùng thuốc: "trong 5 ngày"
       (eSpeak NG đọc "ích") -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\S )[xX×] (?=\d+ (?:ngày|tuần|tháng)\b)</grapheme>
    <alias>trong </alias>
  </lexeme>
  <!-- đường dùng thuốc: "tiêm TM" "tiêm tĩnh mạch", "tiêm TB" "tiêm
       bắp", "tiêm TDD" "tiêm dưới da"; sau một liều "1 mg/kg TM" "tiêm
       tĩnh mạch" (eSpeak NG đánh vần "T M").  Ở chỗ khác TB có thể là
       bệnh lao, nên vẫn đánh vần. -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\btiêm |\bTiêm )TM(?!\w)</grapheme>
    <alias>tĩnh mạch</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bkg |\bg |\bống |\bviên |\bliều |\d |\dmg |\dml )TM(?!\w)</grapheme>
    <alias>tiêm tĩnh mạch</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btiêm |\bTiêm )TB(?!\w)</grapheme>
    <alias>bắp</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bkg |\bg |\bống |\bviên |\bliều |\d |\dmg |\dml )TB(?!\w)</grapheme>
    <alias>tiêm bắp</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\btiêm |\bTiêm )TDD(?!\w)</grapheme>
    <alias>dưới da</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;=\bmg |\bml |\bmL |\bkg |\bg |\bống |\bviên |\bliều |\d |\dmg |\dml )TDD(?!\w)</grapheme>
    <alias>tiêm dưới da</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:mcg|µg|μg)\b</grapheme>
    <alias>$1 mi cờ rô gam</alias>
  </lexeme>
  <lexeme><grapheme>mcg</grapheme><grapheme>µg</grapheme><grapheme>μg</grapheme><alias>mi cờ rô gam</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?g\b</grapheme>
    <alias>$1 gam</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?kg\b</grapheme>
    <alias>$1 ki lô gam</alias>
  </lexeme>
  <lexeme><grapheme>kg</grapheme><alias>ki lô gam</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?m[lL]\b</grapheme>
    <alias>$1 mi li lít</alias>
  </lexeme>
  <lexeme><grapheme>ml</grapheme><alias>mi li lít</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?[lL]\b</grapheme>
    <alias>$1 lít</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?cm\b</grapheme>
    <alias>$1 xen ti mét</alias>
  </lexeme>
  <lexeme><grapheme>cm</grapheme><alias>xen ti mét</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mm\b</grapheme>
    <alias>$1 mi li mét</alias>
  </lexeme>
  <lexeme><grapheme>mm</grapheme><alias>mi li mét</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?° ?C\b</grapheme>
    <alias>$1 độ xê</alias>
  </lexeme>
  <lexeme><grapheme>°C</grapheme><alias>độ xê</alias></lexeme>
  <!-- Xét nghiệm: 2,6 mmol/l, 90 µmol/l, 4 ng/ml ("ng" chỉ sau một số), 12 g/dl -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?mmol\b</grapheme>
    <alias>$1 mi li mon</alias>
  </lexeme>
  <lexeme><grapheme>mmol</grapheme><alias>mi li mon</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?(?:µmol|μmol)\b</grapheme>
    <alias>$1 mi cờ rô mon</alias>
  </lexeme>
  <lexeme><grapheme>µmol</grapheme><grapheme>μmol</grapheme><alias>mi cờ rô mon</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?nmol\b</grapheme>
    <alias>$1 na nô mon</alias>
  </lexeme>
  <lexeme><grapheme>nmol</grapheme><alias>na nô mon</alias></lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?ng\b</grapheme>
    <alias>$1 na nô gam</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?d[lL]\b</grapheme>
    <alias>$1 đề xi lít</alias>
  </lexeme>
  <!-- Huyết áp: 140/90 mmHg là "140 trên 90" -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d/.,])(\d{2,3})/(\d{2,3}) ?mmHg\b</grapheme>
    <alias>$1 trên $2 mi li mét thủy ngân</alias>
  </lexeme>
  <lexeme><grapheme>mmHg</grapheme><alias>mi li mét thủy ngân</alias></lexeme>
  <lexeme><grapheme>%</grapheme><alias>phần trăm</alias></lexeme>

  <!-- "mỗi", "trên": 3 lần/ngày là ba lần mỗi ngày; 5 mg/kg là năm mi li gam trên ki lô gam -->
  <lexeme><grapheme>/ngày</grapheme><alias>mỗi ngày</alias></lexeme>
  <lexeme><grapheme>/tuần</grapheme><alias>mỗi tuần</alias></lexeme>
  <lexeme><grapheme>/tháng</grapheme><alias>mỗi tháng</alias></lexeme>
  <lexeme><grapheme>/năm</grapheme><alias>mỗi năm</alias></lexeme>
  <!-- "50.000 đ/lần" "đồng mỗi lần" (nó đọc "xẹt"), "/viên", "/hộp", "/đợt" -->
  <lexeme><grapheme>/lần</grapheme><alias>mỗi lần</alias></lexeme>
  <lexeme><grapheme>/viên</grapheme><alias>mỗi viên</alias></lexeme>
  <lexeme><grapheme>/hộp</grapheme><alias>mỗi hộp</alias></lexeme>
  <lexeme><grapheme>/đợt</grapheme><alias>mỗi đợt</alias></lexeme>
  <!-- "xem tr. 12": trang 12 (nó đọc "tê e-rờ") -->
  <lexeme regex="true"><grapheme>\b[tT]r\. ?(?=\d)</grapheme><alias>trang </alias></lexeme>
  <lexeme regex="true">
    <grapheme>/ ?(12|24|48|72) ?(?:giờ|h)\b</grapheme>
    <alias>mỗi $1 giờ</alias>
  </lexeme>
  <!-- khoảng cách giữa các liều: 500 mg/6 h, "mỗi 6 giờ" (sau một đơn vị,
       không sau một số: "9/17 h" là giờ mở cửa) -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d\s])(?&lt;!\dh)/ ?([2-9]|1[013-9]|2[0-3]) ?(?:giờ|h)\b</grapheme>
    <alias>mỗi $1 giờ</alias>
  </lexeme>
  <lexeme><grapheme>/giờ</grapheme><grapheme>/h</grapheme><alias>mỗi giờ</alias></lexeme>
  <lexeme><grapheme>/phút</grapheme><grapheme>/min</grapheme><alias>mỗi phút</alias></lexeme>
  <lexeme><grapheme>/kg</grapheme><alias>trên ki lô gam</alias></lexeme>
  <lexeme><grapheme>/m²</grapheme><grapheme>/m2</grapheme><alias>trên mét vuông</alias></lexeme>
  <!-- mạch "80 l/ph": lần mỗi phút (eSpeak NG đọc "lít") -->
  <lexeme regex="true"><grapheme>(?&lt;![\d.,])(\d+) ?l/ph(?:út)?\b</grapheme><alias>$1 lần mỗi phút</alias></lexeme>
  <lexeme><grapheme>/l</grapheme><grapheme>/L</grapheme><alias>trên lít</alias></lexeme>
  <lexeme><grapheme>/ml</grapheme><grapheme>/mL</grapheme><alias>trên mi li lít</alias></lexeme>
  <lexeme><grapheme>/dl</grapheme><grapheme>/dL</grapheme><alias>trên đề xi lít</alias></lexeme>
  <!-- công thức máu: "150.000/mm³", "4000/µl" -->
  <lexeme><grapheme>/µl</grapheme><grapheme>/µL</grapheme><grapheme>/μl</grapheme><grapheme>/μL</grapheme><alias>trên mi cờ rô lít</alias></lexeme>
  <lexeme><grapheme>/mm³</grapheme><grapheme>/mm3</grapheme><alias>trên mi li mét khối</alias></lexeme>
  <!-- "50 G/L" năm mươi giga trên lít (eSpeak NG đọc chữ G) -->
  <lexeme regex="true">
    <grapheme>(\d+(?:[.,]\d+)?) ?G/L\b</grapheme>
    <alias>$1 ghi ga trên lít</alias>
  </lexeme>

  <!-- IV: giai đoạn, độ IV là bốn (theo [roman] của vi.rules); còn lại
       là tiêm tĩnh mạch -->
  <!-- sau "tiêm", "truyền": "tĩnh mạch" ("tiêm IV" là "tiêm tiêm tĩnh
       mạch") -->
  <lexeme regex="true">
    <grapheme>\b([Tt]iêm|[Tt]ruyền|[Đđ]ường) IV\b</grapheme>
    <alias>$1 tĩnh mạch</alias>
  </lexeme>
  <lexeme><grapheme>IV</grapheme><alias>tiêm tĩnh mạch</alias></lexeme>

  <!-- Giờ: 8:00, 8h là tám giờ; 8:30, 8h30 là tám giờ ba mươi -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?[:h] ?00\b</grapheme>
    <alias>$1 giờ</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?[:h] ?0?([1-5]?\d)\b</grapheme>
    <alias>$1 giờ $2</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d:.])0?(\d{1,2}) ?h\b</grapheme>
    <alias>$1 giờ</alias>
  </lexeme>

  <!-- Chữ viết tắt, đọc đầy đủ -->
  <lexeme><grapheme>BS.</grapheme><grapheme>BS</grapheme><alias>bác sĩ</alias></lexeme>
  <lexeme><grapheme>ĐT</grapheme><grapheme>ĐT:</grapheme><alias>điện thoại</alias></lexeme>
  <!-- Địa chỉ: "BV Chợ Rẫy, P.12, Q.5, TP.HCM", "SĐT" (eSpeak NG đánh vần "B V",
       "P chấm 12", "T P H C M", "S Đ T"); "P." và "Q." chỉ trước một số,
       "BV" trước một chữ hoa -->
  <lexeme><grapheme>SĐT</grapheme><alias>số điện thoại</alias></lexeme>
  <lexeme regex="true"><grapheme>\bBV(?= \p{Lu})</grapheme><alias>bệnh viện</alias></lexeme>
  <lexeme regex="true"><grapheme>\b(?:TP|Tp)\.? ?(?:HCM|Hồ Chí Minh)\b</grapheme><alias>Thành phố Hồ Chí Minh</alias></lexeme>
  <lexeme regex="true"><grapheme>\b(?:TP|Tp)\. ?(?=\p{Lu}\p{Ll})</grapheme><alias>thành phố </alias></lexeme>
  <lexeme regex="true"><grapheme>\bP\. ?(?=\d)</grapheme><alias>phường </alias></lexeme>
  <lexeme regex="true"><grapheme>\bQ\. ?(?=\d)</grapheme><alias>quận </alias></lexeme>
  <lexeme regex="true"><grapheme>\bv\.v(?:\.(?!\s+\p{Lu})|(?=\.\s+\p{Lu}))?(?!\w)</grapheme><alias>vân vân</alias></lexeme>
  <lexeme><grapheme>TS.</grapheme><alias>tiến sĩ</alias></lexeme>
  <lexeme><grapheme>ThS.</grapheme><alias>thạc sĩ</alias></lexeme>

  <!-- Common medicines as patients in the UK see them written (paracetamol), respelled in Vietnamese syllables. -->
  <lexeme><grapheme>canxi</grapheme><grapheme>Canxi</grapheme><alias>can xi</alias></lexeme>
  <lexeme><grapheme>paracetamol</grapheme><alias>pa ra xê ta môn</alias></lexeme>
  <lexeme><grapheme>ibuprofen</grapheme><alias>i bu pờ rô phen</alias></lexeme>
  <lexeme><grapheme>aspirin</grapheme><alias>át pi rin</alias></lexeme>
  <lexeme><grapheme>codeine</grapheme><alias>cô đê in</alias></lexeme>
  <lexeme><grapheme>morphine</grapheme><alias>moóc phin</alias></lexeme>
  <lexeme><grapheme>amoxicillin</grapheme><alias>a mốc xi xi lin</alias></lexeme>
  <lexeme><grapheme>penicillin</grapheme><alias>pê ni xi lin</alias></lexeme>
  <lexeme><grapheme>omeprazole</grapheme><grapheme>omeprazol</grapheme><alias>ô mê pờ ra dôn</alias></lexeme>
  <lexeme><grapheme>metformin</grapheme><alias>mét phoóc min</alias></lexeme>
  <lexeme><grapheme>insulin</grapheme><alias>in su lin</alias></lexeme>
  <lexeme><grapheme>warfarin</grapheme><alias>oa pha rin</alias></lexeme>
  <lexeme><grapheme>dexamethasone</grapheme><alias>đéc xa mê tha xôn</alias></lexeme>
  <lexeme><grapheme>prednisolone</grapheme><alias>pờ rét ni xô lôn</alias></lexeme>
  <lexeme><grapheme>chloramphenicol</grapheme><alias>cờ lo ram phê ni côn</alias></lexeme>
  <lexeme><grapheme>atropine</grapheme><alias>a trô pin</alias></lexeme>
  <!-- thuốc của tờ hướng dẫn về di căn cột sống (bản nháp, chờ người bản
       ngữ và bác sĩ kiểm tra) -->
  <lexeme><grapheme>denosumab</grapheme><alias>đê nô su máp</alias></lexeme>
  <lexeme><grapheme>axit zoledronic</grapheme><grapheme>acid zoledronic</grapheme><alias>a xít dô lê đờ rô níc</alias></lexeme>
  <lexeme><grapheme>zoledronic</grapheme><alias>dô lê đờ rô níc</alias></lexeme>
  <lexeme><grapheme>oxycodone</grapheme><grapheme>oxycodon</grapheme><alias>ô xi cô đôn</alias></lexeme>
  <lexeme><grapheme>gabapentin</grapheme><alias>ga ba pen tin</alias></lexeme>
  <lexeme><grapheme>pregabalin</grapheme><alias>pờ rê ga ba lin</alias></lexeme>
  <lexeme><grapheme>corticoid</grapheme><grapheme>corticoids</grapheme><alias>coóc ti cô ít</alias></lexeme>
  <lexeme><grapheme>bisphosphonate</grapheme><grapheme>bisphosphonat</grapheme><alias>bít phốt pho nát</alias></lexeme>
  <!-- "vd:", "VD:", "vd." là "ví dụ" (eSpeak NG đọc "vê đê"); chỉ trước
       dấu hai chấm, dấu phẩy hoặc sau dấu chấm -->
  <lexeme regex="true">
    <grapheme>\b(?:vd|VD|Vd)(?:\.|(?= ?[:,]))</grapheme>
    <alias>ví dụ</alias>
  </lexeme>
  <!-- điểm trên thang 10: "đau 7/10" "7 trên 10" (eSpeak NG bỏ dấu gạch
       chéo: "bảy mười"); chỉ sau các từ và dấu này, vì 7/10 có thể là ngày -->
  <lexeme regex="true">
    <grapheme>(?&lt;=\b[Đđ]au |\b[Đđ]au ở mức |\b[Mm]ức đau |\b[Đđ]iểm |\b[Tt]hang điểm |≥|≤|≥ |≤ |&gt; |&lt; )(\d|10)/10(?![\d/]|[.,]\d)</grapheme>
    <alias>$1 trên 10</alias>
  </lexeme>
  <!-- "vitamin" đọc theo tiếng Việt (eSpeak NG đọc theo tiếng Anh) -->
  <lexeme><grapheme>vitamin</grapheme><alias>vi ta min</alias></lexeme>
  <!-- an area after a number: "1.8 m²", "1,8 m2", "4 cm²" (eSpeak NG said "m 2") -->
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?m[²2](?![\w²/])</grapheme>
    <alias>$1 mét vuông</alias>
  </lexeme>
  <lexeme regex="true">
    <grapheme>(?&lt;![\d.,])(\d+(?:[.,]\d+)?) ?cm[²2](?![\w²/])</grapheme>
    <alias>$1 xen ti mét vuông</alias>
  </lexeme>
</lexicon>
