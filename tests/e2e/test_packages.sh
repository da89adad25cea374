# End-to-end tests for the talking books (DAISY 2.02, EPUB 3 with Media
# Overlays) and the player page, checked with independent tools:
# epubcheck, a DAISY checker that parses the book itself (daisycheck.py,
# durations from ffprobe), axe-core in Debian's Chromium (pagecheck.js).

G=out/spine-metastases

tag_of() {	# gettext code -> BCP 47 tag, from the manifest
	jq -r --arg c "$1" '.languages[] | select(.code == $c) | .bcp47' $G/manifest.json
}

test_books_and_page_of_every_language() {
	run 0 "$AG" build -q
	local l n=0
	for l in $(jq -r '.languages[].code' $G/manifest.json); do
		epubcheck_ok "$G/$l/spine-metastases-$l.epub"
		python3 "$ROOT/tests/e2e/daisycheck.py" "$G/$l/daisy202" "$(tag_of "$l")" ||
			fail "DAISY book of $l"
		n=$((n + 1))
	done
	expect_eq "$n" 9 "languages checked"
	browser_checks || return 0
	node "$ROOT/tests/browser/pagecheck.js" $G || fail "player page"
	# DAISY Ace, the EPUB accessibility checker, on a left-to-right, a
	# right-to-left and a CJK book (17 s each).
	for l in es ar zh_CN; do
		PUPPETEER_EXECUTABLE_PATH=${CHROMIUM:-/usr/bin/chromium} \
			"$ROOT/tests/browser/node_modules/.bin/ace-cli" -s -f -o ace-$l \
			$G/$l/spine-metastases-$l.epub >ace.log 2>&1 || fail "ace $l: $(tail -5 ace.log)"
		expect_eq "$(jq -r '.["earl:result"]["earl:outcome"]' ace-$l/report.json)" pass \
			"Ace on the $l EPUB: $(jq -c '[.assertions[] | .assertions[]? | .["earl:test"]["dct:title"]]' ace-$l/report.json)"
	done
}

test_arabic_is_rtl_and_chinese_is_zh_CN() {
	run 0 "$AG" build -q --lang ar,zh_CN
	local ar=$G/ar/spine-metastases-ar.epub zh=$G/zh_CN/spine-metastases-zh_CN.epub
	unzip -p "$ar" EPUB/package.opf | grep -q 'page-progression-direction="rtl"' ||
		fail "Arabic spine is not right-to-left"
	unzip -p "$ar" EPUB/01-overview.xhtml | grep -q '<html [^>]*lang="ar" xml:lang="ar" dir="rtl"' ||
		fail "Arabic section is not dir=rtl"
	unzip -p "$zh" EPUB/01-overview.xhtml | grep -q '<html [^>]*lang="zh-CN" xml:lang="zh-CN"' ||
		fail "Chinese section is not lang=zh-CN"
	unzip -p "$zh" EPUB/package.opf | grep -q '<dc:language>zh-CN</dc:language>' ||
		fail "Chinese EPUB dc:language"
	grep -q '<html [^>]*lang="ar" xml:lang="ar" dir="rtl"' $G/ar/daisy202/ncc.html ||
		fail "Arabic DAISY ncc is not rtl"
	grep -q '<meta name="dc:language" content="zh-CN" />' $G/zh_CN/daisy202/ncc.html ||
		fail "Chinese DAISY dc:language"
	grep -q '<article data-lang="ar" lang="ar" dir="rtl"' $G/index.html || fail "page: Arabic view"
	grep -q '<article data-lang="zh-CN" lang="zh-CN" dir="ltr"' $G/index.html || fail "page: Chinese view"
	# gettext codes in paths, BCP 47 in markup
	[ -f $G/zh_CN/daisy202/ncc.html ] || fail "zh_CN path"
	grep -q 'src="zh_CN/opus/01-overview.opus"' $G/index.html || fail "page: zh_CN audio path"
}

# Every sentence of the book is a target, in the order of the captions,
# with the captions' times; and the text around them is all there.
test_sentences_follow_the_captions() {
	run 0 "$AG" build -q --lang es --package epub3,daisy202
	local vtt=$G/es/captions/03-damage.vtt smil=$G/es/daisy202/03-damage.smil
	local cues clips
	cues=$(grep -- ' --> ' $vtt | awk '{print $1, $3}' |
		awk -F'[: ]' '{printf "%.3f %.3f\n", $1*3600+$2*60+$3, $4*3600+$5*60+$6}')
	clips=$(grep -o 'clip-begin="npt=[0-9.]*s" clip-end="npt=[0-9.]*s"' $smil |
		sed 's/clip-begin="npt=\([0-9.]*\)s" clip-end="npt=\([0-9.]*\)s"/\1 \2/')
	expect_eq "$clips" "$cues" "DAISY clips vs captions"
	clips=$(unzip -p $G/es/spine-metastases-es.epub EPUB/03-damage.smil |
		grep -o 'clipBegin="[0-9:.]*" clipEnd="[0-9:.]*"' |
		sed 's/clipBegin="\([0-9:.]*\)" clipEnd="\([0-9:.]*\)"/\1 \2/' |
		awk -F'[: ]' '{printf "%.3f %.3f\n", $1*3600+$2*60+$3, $4*3600+$5*60+$6}')
	expect_eq "$clips" "$cues" "EPUB clips vs captions"
	# The spans' text, in order, is the captions' text.
	python3 - "$G/es/daisy202/content.html" "$vtt" <<-'EOF' || fail "spans vs captions"
	import re, sys, xml.etree.ElementTree as ET
	doc = ET.parse(sys.argv[1]).getroot()
	spans = ["".join(s.itertext()) for s in doc.iter("{http://www.w3.org/1999/xhtml}span")
	         if s.get("id", "").startswith("s3_")]
	cues = [b.split("\n")[2] for b in open(sys.argv[2]).read().split("\n\n")[1:] if b.strip()]
	assert spans == cues, (spans, cues)
	text = "".join(doc.itertext())
	assert "Pueden crecer uno o más tumores." in text
	EOF
}

test_books_rebuild_only_what_changed() {
	run 0 "$AG" build -q
	snapshot out > before.txt
	sleep 1.1
	run 0 "$AG" build -q
	snapshot out > after.txt
	cmp before.txt after.txt || fail "no-op build changed: $(diff before.txt after.txt | head -4)"
	sed -i 's/Pueden crecer uno o más tumores\./Pueden crecer uno o varios tumores./' \
		po/spine-metastases/es.po
	run 0 "$AG" build -q
	snapshot out > after.txt
	local changed f
	changed=$(diff before.txt after.txt | sed -n 's/^> \(out[^ ]*\) .*/\1/p' |
		grep -Ev '/(mp3|ulaw|flac|opus|captions)/|manifest.json$|-loop.m3u8$' | sort)
	# What must change: the section's text, clips and audio in each book.
	for f in $G/es/.keys/epub3 $G/es/spine-metastases-es.epub $G/es/daisy202/03-damage.mp3 \
		$G/es/daisy202/03-damage.smil $G/es/daisy202/content.html $G/index.html; do
		echo "$changed" | grep -qx "$f" || fail "$f not rewritten"
	done
	# What may: later SMILs' elapsed times, the NCC's total time and size,
	# what passed the speakability check (the new sentence).
	f=$(echo "$changed" | grep -Ev "^$G/es/(\.keys/(epub3|speech-checked)|spine-metastases-es.epub|daisy202/(ncc.html|content.html|03-damage.mp3|0[3-5]-[a-z]*.smil))$|^$G/index.html$" || true)
	expect_eq "$f" "" "files rewritten that did not need to be"
	unzip -p $G/es/spine-metastases-es.epub EPUB/03-damage.xhtml | grep -q 'uno o varios tumores' ||
		fail "EPUB text not updated"
	grep -q 'uno o varios tumores' $G/es/daisy202/content.html || fail "DAISY text not updated"
	cmp $G/es/daisy202/03-damage.mp3 $G/es/mp3/03-damage.mp3 || fail "DAISY audio not updated"
	epubcheck_ok $G/es/spine-metastases-es.epub
	python3 "$ROOT/tests/e2e/daisycheck.py" $G/es/daisy202 es || fail "DAISY after the edit"
}

# An outdated translation is never in a book or on the page.
test_fuzzy_section_is_a_notice_in_books() {
	run 0 "$AG" build -q --lang es,fr
	python3 - po/spine-metastases/es.po <<-'EOF'
	import sys
	p = sys.argv[1]
	s = open(p).read()
	i = s.index('msgctxt "damage')
	s = s[:i] + "#, fuzzy\n" + s[i:]
	open(p, "w").write(s)
	EOF
	run 0 "$AG" build --lang es,fr
	expect_match "$ERR" "03-damage not built in es: fuzzy"
	local notice="Esta parte aún no está disponible en español."
	# The section keeps its place in every book, with the notice in
	# Spanish under its heading as the guide has it (marked as English).
	grep -q "$notice" $G/es/daisy202/content.html || fail "DAISY has no notice"
	grep -q '<h1 id="nh3" lang="en" xml:lang="en"><a href="03-damage.smil#t3_1">Damage</a></h1>' \
		$G/es/daisy202/ncc.html || fail "ncc does not link the notice under its English heading"
	unzip -p $G/es/spine-metastases-es.epub EPUB/03-damage.xhtml | grep -q "$notice" || fail "EPUB has no notice"
	grep -q 'es/mp3/03-damage' $G/index.html || fail "page does not play the notice"
	expect_match "$(sed -n '/<article data-lang="es"/,/<\/article>/p' $G/index.html)" "$notice"
	grep -q "Cuando las células cancerosas" $G/es/daisy202/content.html && fail "DAISY still has the fuzzy text"
	grep -q "Lorsque les cellules cancéreuses\|cellules cancéreuses" $G/fr/daisy202/content.html || fail "French book lost its text"
	[ -e $G/fr/daisy202/03-damage.smil ] || fail "French book lost the section"
	epubcheck_ok $G/es/spine-metastases-es.epub
	python3 "$ROOT/tests/e2e/daisycheck.py" $G/es/daisy202 es || fail "DAISY with the notice"
	expect_match "$(grep -c '<h1' $G/es/daisy202/ncc.html)" '^6$' "ncc headings"
}

# The checkers can fail: a clip past the end of its audio, an overlap, a
# wrong total time, a page view without its language, an image without
# text are each caught.
test_checkers_catch_broken_books() {
	run 0 "$AG" build -q --lang es
	cp -r $G/es/daisy202 d1
	sed -i '0,/clip-end="npt=[0-9.]*s"/s//clip-end="npt=999.000s"/' d1/01-overview.smil
	python3 "$ROOT/tests/e2e/daisycheck.py" d1 es >log 2>&1 && fail "clip beyond the audio passed"
	grep -q "outside 01-overview.mp3" log || fail "daisycheck: $(cat log)"
	rm -rf d1 && cp -r $G/es/daisy202 d1
	sed -i 's/content="00:01:[0-9][0-9]"/content="00:09:00"/' d1/ncc.html
	python3 "$ROOT/tests/e2e/daisycheck.py" d1 es >log 2>&1 && fail "wrong totalTime passed"
	grep -q "ncc:totalTime 00:09:00" log || fail "daisycheck: $(cat log)"
	rm -rf d1 && cp -r $G/es/daisy202 d1
	python3 - d1/02-causes.smil <<-'EOF'
	import re, sys
	s = open(sys.argv[1]).read()
	b = re.findall(r'clip-begin="npt=([0-9.]+)s"', s)
	s = s.replace('clip-begin="npt=%ss"' % b[2], 'clip-begin="npt=%.3fs"' % (float(b[1]) + 0.1), 1)
	open(sys.argv[1], "w").write(s)
	EOF
	python3 "$ROOT/tests/e2e/daisycheck.py" d1 es >log 2>&1 && fail "overlap passed"
	grep -q "overlaps" log || fail "daisycheck: $(cat log)"
	rm d1/03-damage.mp3
	python3 "$ROOT/tests/e2e/daisycheck.py" d1 es >log 2>&1 && fail "missing file passed"
	grep -q "03-damage.mp3 does not exist" log || fail "daisycheck: $(cat log)"
	browser_checks || return 0
	# The page: a view without lang, an image without alternative text.
	cp $G/index.html good.html
	sed -i 's/<article data-lang="es" lang="es"/<article data-lang="es"/; s|<h1 id="es-h0">|<h1 id="es-h0"><img src="x.png">|' $G/index.html
	node "$ROOT/tests/browser/pagecheck.js" $G >log 2>&1 && fail "a broken page passed"
	grep -q "es: view has lang=" log || fail "pagecheck lang: $(cat log)"
	grep -q "axe image-alt" log || fail "pagecheck axe: $(cat log)"
	cp good.html $G/index.html
	# Ace: a table of contents without its ARIA role.
	python3 - $G/es/spine-metastases-es.epub bad.epub <<-'EOF'
	import sys, zipfile
	src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w")
	for i in src.infolist():
	    data = src.read(i)
	    if i.filename == "EPUB/nav.xhtml":
	        data = data.replace(b' role="doc-toc"', b"")
	    dst.writestr(i, data)
	dst.close()
	EOF
	PUPPETEER_EXECUTABLE_PATH=${CHROMIUM:-/usr/bin/chromium} \
		"$ROOT/tests/browser/node_modules/.bin/ace-cli" -s -f -o ace-bad bad.epub >/dev/null 2>&1 || true
	expect_eq "$(jq -r '.["earl:result"]["earl:outcome"]' ace-bad/report.json)" fail "Ace on a broken EPUB"
	jq -r '.assertions[] | .assertions[]? | .["earl:test"]["dct:title"]' ace-bad/report.json |
		grep -qx epub-type-has-matching-role || fail "Ace did not name the missing role"
}

test_package_options_and_errors() {
	run 2 "$AG" build --package
	run 1 "$AG" build -q --lang es --package daisy202,braille
	expect_match "$ERR" "unknown package 'braille'; known: daisy202, epub3, web"
	printf 'packages = daisy202, mp4\n' >> content/spine-metastases/guide.conf
	run 1 "$AG" build -q --lang es
	expect_match "$ERR" "content/spine-metastases/guide.conf:[0-9]+: unknown package 'mp4'"
	sed -i '$d' content/spine-metastases/guide.conf
	# --package none: tracks only.
	run 0 "$AG" build -q --lang es --profile ulaw --package none
	[ ! -e $G/es/daisy202 ] && [ ! -e $G/es/spine-metastases-es.epub ] && [ ! -e $G/index.html ] ||
		fail "--package none made packages"
	[ ! -e $G/es/opus ] && [ ! -e $G/es/mp3 ] || fail "--package none still rendered MP3 or Opus"
	# One package at a time, and the profiles it needs come with it.
	run 0 "$AG" build -q --lang es --profile ulaw --package epub3
	[ -f $G/es/spine-metastases-es.epub ] && [ -f $G/es/mp3/01-overview.mp3 ] ||
		fail "epub3 without its MP3s"
	[ ! -e $G/es/daisy202 ] && [ ! -e $G/index.html ] || fail "more than epub3 made"
}

# Markup, quotes and ampersands in the text stay text in every package.
test_hostile_text_is_escaped() {
	mkdir -p content/x
	cat > content/x/guide.md <<-'EOF'
	# Tom & Jerry's "guide" \<x\>

	## A `<b>bold</b>` & "quoted" heading

	Use `<script>alert(1)</script>` & stop. Then ]]> and \&amp; stay text. Fine?

	## Second

	One. Two! Three?
	EOF
	printf 'packages = daisy202, epub3, web\n' > content/x/guide.conf
	run 0 "$AG" build -q content/x
	epubcheck_ok out/x/en/x-en.epub
	python3 "$ROOT/tests/e2e/daisycheck.py" out/x/en/daisy202 en || fail "DAISY of hostile text"
	grep -q '<script>alert' out/x/index.html && fail "markup from the guide reached the page"
	grep -q 'Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; stop' out/x/index.html ||
		fail "page text not escaped as text"
	if browser_checks; then
		node "$ROOT/tests/browser/pagecheck.js" out/x || fail "page of hostile text"
	fi
}

# Captions edited by hand (same size, so their key still holds) no longer
# match the text: the books say which file, and --force mends it.
test_captions_edited_by_hand() {
	run 0 "$AG" build -q --lang es,fr
	cp $G/es/spine-metastases-es.epub before.epub
	cp $G/index.html before.html
	sed -i 's/uno o más tumores/uno o más tumorez/' $G/es/captions/03-damage.vtt
	run 1 "$AG" build -q --lang es,fr
	expect_match "$ERR" "^audioguide: $G/es/captions/03-damage.vtt:[0-9]+: does not match the text of its section; rebuild with --force$"
	cmp before.epub $G/es/spine-metastases-es.epub || fail "the earlier book was not kept"
	cmp before.html $G/index.html || fail "the page lost a language"
	[ -f $G/fr/spine-metastases-fr.epub ] || fail "French book missing"
	run 0 "$AG" build -q --lang es,fr --force
	grep -q 'uno o más tumores' $G/es/captions/03-damage.vtt || fail "captions not mended"
	epubcheck_ok $G/es/spine-metastases-es.epub
}

# What a build killed while writing the books leaves (its own temporaries
# and libzip's) is removed by the next build.
test_killed_packaging_leaves_nothing() {
	run 0 "$AG" build -q --lang es
	touch $G/es/.spine-metastases-es.epub.tmp4242 \
		$G/es/.spine-metastases-es.epub.tmp4242.Ab12Cd \
		$G/es/daisy202/.ncc.html.tmp4242 $G/.index.html.tmp4242
	run 0 "$AG" build -q --lang es
	expect_eq "$(find out -name '.*.tmp*')" "" "temporaries left"
	epubcheck_ok $G/es/spine-metastases-es.epub
}

# A language with no complete section loses its books, and says so.
test_language_with_nothing_complete_loses_its_books() {
	run 0 "$AG" build -q --lang es,fr
	sed -i 's/^msgctxt/#, fuzzy\nmsgctxt/' po/spine-metastases/es.po
	run 0 "$AG" build -q --lang es,fr
	expect_match "$ERR" "^audioguide: $G/es: books removed: no section of it is complete$"
	[ ! -e $G/es/daisy202 ] && [ ! -e $G/es/spine-metastases-es.epub ] &&
		[ ! -e $G/es/.keys/epub3 ] || fail "Spanish books left"
	grep -q 'data-lang="es"' $G/index.html && fail "page still has a Spanish view"
	[ -f $G/fr/spine-metastases-fr.epub ] || fail "French book missing"
}

# The page's script and style are real files (src/web/), embedded as
# they are: the script parses, and the page carries both byte for byte.
test_player_assets_are_embedded_as_written() {
	node --check "$ROOT/src/web/player.js" || fail "player.js does not parse"
	run 0 "$AG" build -q --lang es
	python3 - "$G/index.html" "$ROOT/src/web/player.js" "$ROOT/src/web/player.css" <<-'PY' || fail "page assets"
	import sys
	page = open(sys.argv[1], encoding="utf-8").read()
	js = open(sys.argv[2], encoding="utf-8").read()
	css = open(sys.argv[3], encoding="utf-8").read()
	assert "<script>\n" + js + "</script>" in page, "script"
	assert "<style>\n" + css + "</style>" in page, "style"
	PY
}
