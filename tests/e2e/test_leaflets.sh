# End-to-end tests for leaflets as they are really written: CommonMark
# structure (lists, links, tel:, comments, emphasis, an image, a
# subheading, a rule), sentence boundaries, partial builds, the missing
# section notice and update-po.  The guide tests/fixtures/prep has
# every construct, in English and Spanish; outputs are checked with
# independent tools: jq, grep, the espeak-ng command-line tool,
# epubcheck, the DAISY checker and axe-core in Chromium.

E2E_PROJECT=prep
P=out/prep

# Every cue's text, one per line, of a language's captions.
cues() {
	cat $P/$1/captions/*.vtt | awk 'prev ~ / --> / { print } { prev = $0 }'
}

test_nothing_of_the_markup_is_spoken_or_shown() {
	run 0 "$AG" build -q content/prep
	local m=$P/manifest.json l said shown
	for l in en es; do
		said=$(jq -r --arg l $l '.languages[] | select(.code==$l) | .tracks[].text[]' $m)
		shown=$(cues $l)
		# Markup, the comment, the image file and URLs are neither said
		# nor shown; a bare address is said as its host.
		expect_no_match "$said" '[*_`<>]|\]\(|\[|colon\.png|Patel|internal note|https?:|example\.org/prep|---' "$l spoken text"
		expect_no_match "$shown" '[*_`]|\]\(|\[|colon\.png|Patel|internal note|---' "$l captions"
		expect_match "$said" "(N H S|ene hache ese) (dot|punto) (U K|u ka)\.\$" "$l: the address said as its host"
	done
	# The image's description is read; the comment reached translators.
	expect_match "$(jq -r '.languages[1].tracks[1].text[]' $m)" '^Un esquema del intestino$'
	grep -q '^#\. Note: internal note: check the times with Dr Patel$' po/prep/prep.pot ||
		run 0 "$AG" extract content/prep
	grep -q '^#\. Note: internal note: check the times with Dr Patel$' po/prep/prep.pot ||
		fail "the comment is not a note for translators"
	! grep -rq Patel out/ || fail "the comment reached the outputs"
}

test_list_items_are_their_own_cues() {
	run 0 "$AG" build -q content/prep
	local c
	c=$(cues es)
	for l in "Beba dos litros de la solución." "Descanse en casa." "Sus medicamentos" "Una bata"; do
		echo "$c" | grep -qxF "$l" || fail "no cue \"$l\": $c"
	done
	# Numbered items are said as steps, in the language, never run on.
	expect_match "$(jq -r '.languages[0].tracks[1].text[2]' $P/manifest.json)" '^Step 1\. Drink two litres'
	expect_match "$(jq -r '.languages[1].tracks[1].text[3]' $P/manifest.json)" '^Paso 2\. Descanse en casa\.$'
	# A pause between items: each item's cue starts after the previous ends.
	python3 - $P/es/captions/01-the-day-before.vtt <<-'EOF' || fail "cues overlap"
	import re, sys
	t = re.findall(r'(\d+):(\d+):([\d.]+) --> (\d+):(\d+):([\d.]+)', open(sys.argv[1]).read())
	s = [(int(a)*3600+int(b)*60+float(c), int(d)*3600+int(e)*60+float(f)) for a, b, c, d, e, f in t]
	assert all(s[i][1] <= s[i + 1][0] for i in range(len(s) - 1)), s
	EOF
}

test_phone_number_said_digit_by_digit() {
	run 0 "$AG" build -q content/prep
	local m=$P/manifest.json en es
	en=$(jq -r '.languages[0].tracks[1].text[7]' $m)
	es=$(jq -r '.languages[1].tracks[1].text[7]' $m)
	expect_eq "$en" "Call zero eight zero zero, one two three, four five six seven or see our website."
	# What eSpeak NG says: digits, never "eight hundred" or "thousand".
	expect_no_match "$(espeak-ng -q -x -v en-us "$en")" "h'Vndr|T'aUz|T'aUs" "English phonemes"
	expect_no_match "$(espeak-ng -q -x -v es "$es")" "Tj'en|m'il|T'jentos" "Spanish phonemes"
	# The page and the books make it a number to tap, and links real.
	grep -q '<a href="tel:08001234567">0800 123 4567</a>' $P/index.html || fail "page: no tel: link"
	grep -q '<a href="https://example.org/prep">our website</a>' $P/index.html || fail "page: no link"
	unzip -p $P/es/prep-es.epub EPUB/01-the-day-before.xhtml |
		grep -q '<a href="tel:08001234567">' || fail "EPUB: no tel: link"
	grep -q '<a href="https://example.org/prep">nuestra web</a>' $P/es/daisy202/content.html ||
		fail "DAISY: no link"
}

test_every_cue_keeps_its_own_punctuation() {
	run 0 "$AG" build -q content/prep
	local c
	c=$(cues es)
	echo "$c" | grep -qxF "¿Tiene preguntas?" || fail "cues: $c"
	echo "$c" | grep -qxF "¡Llámenos!" || fail "cues: $c"
	echo "$c" | grep -qxF "Pregunte por «la unidad de endoscopia» (abierta todos los días)." || fail "cues: $c"
	expect_no_match "$c" '[¿¡(«“"]$' "a cue ending with what opens the next"
	expect_no_match "$(cues en)" '^[.,!?)»”]' "a cue starting with what closes the one before"
}

test_books_and_page_with_lists_and_links() {
	run 0 "$AG" build -q content/prep
	local l
	for l in en es; do
		epubcheck_ok $P/$l/prep-$l.epub
		python3 "$ROOT/tests/e2e/daisycheck.py" $P/$l/daisy202 $l || fail "DAISY $l"
	done
	# The subheading is a deeper level of both books.
	grep -q '<meta name="ncc:depth" content="2" />' $P/es/daisy202/ncc.html || fail "ncc:depth"
	grep -q '<h2 id="[^"]*"><a href="01-the-day-before.smil#t1_[0-9]*">Si se encuentra mal</a></h2>' \
		$P/es/daisy202/ncc.html || fail "no subheading in the NCC"
	unzip -p $P/es/prep-es.epub EPUB/nav.xhtml | tr -d '\n' |
		grep -q 'El día anterior</a><ol><li><a href="01-the-day-before.xhtml#h1_[0-9]*">Si se encuentra mal' ||
		fail "no nested subheading in the EPUB nav"
	grep -q '<ol start="1">' $P/index.html && grep -q '<li><span id="es-s1_[0-9]*">Sus medicamentos</span></li>' $P/index.html ||
		fail "page: lists"
	if browser_checks; then
		node "$ROOT/tests/browser/pagecheck.js" $P || fail "player page"
	fi
}

test_markdown_that_cannot_be_read_is_refused() {
	mkdir -p content/bad
	local md
	for md in '# T\n\n## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n=guide.md:5: a table cannot be read aloud' \
		'# T\n\n## A\n\nok\n\n<div>x</div>\n=guide.md:7: raw HTML' \
		'# T\n\n## A\n\n![](x.png)\n=guide.md:5: the image x.png has no description' \
		'# T\n\n## A\n\n[x](javascript:alert(1))\n=guide.md:5: a link to "javascript:alert\(1\)"'; do
		printf '%b' "${md%=*}" > content/bad/guide.md
		run 1 "$AG" build -q content/bad
		expect_match "$ERR" "^audioguide: content/bad/${md##*=}"
	done
	[ ! -e out/bad/en ] || fail "a refused guide made outputs"
	# In a translation: its section is not built there, and says why.
	run 0 "$AG" build -q content/prep --lang es
	sed -i 's/msgstr "Una bata"/msgstr "Una <b>bata<\/b>"/' po/prep/es.po
	run 0 "$AG" build -q content/prep --lang es
	expect_match "$ERR" "^audioguide: po/prep/es.po:[0-9]+: 01-the-day-before not built in es: raw HTML \(<b>\)"
}

tag_count() {	# the views of the page and the languages of the manifest
	echo "$(grep -c '<article data-lang=' $P/index.html) $(jq '.languages | length' $P/manifest.json)"
}

test_partial_build_keeps_every_language() {
	run 0 "$AG" build -q content/prep
	local before
	before=$(tag_count)
	expect_eq "$before" "2 2" "views and languages"
	cp $P/mp3-loop.m3u8 loop.before
	run 0 "$AG" build content/prep --lang es
	expect_match "$OUT" "build: 0 rendered, 3 up to date"
	expect_eq "$(tag_count)" "$before" "after --lang es"
	cmp loop.before $P/mp3-loop.m3u8 || fail "the loop playlist changed"
	# A Spanish fix renders Spanish alone, and English stays listed.
	sed -i 's/Descanse en casa\./Descanse en su casa./' po/prep/es.po
	run 0 "$AG" build content/prep --lang es
	expect_match "$OUT" "build: 1 rendered, 2 up to date"
	expect_eq "$(tag_count)" "$before" "after a Spanish fix"
	expect_eq "$(jq -r '[.languages[].code] | join(",")' $P/manifest.json)" "en,es"
	expect_eq "$(grep -c '^en/mp3/' $P/mp3-loop.m3u8)" 3 "English in the loop"
}

test_missing_section_says_so_in_its_language() {
	run 0 "$AG" build -q content/prep
	python3 - po/prep/es.po <<-'EOF'
	import sys
	p = sys.argv[1]; s = open(p).read()
	i = s.index('msgctxt "questions"\nmsgid "Do you')
	s = s[:i] + "#, fuzzy\n" + s[i:]
	open(p, "w").write(s)
	EOF
	run 0 "$AG" build content/prep
	expect_match "$ERR" "02-questions not built in es: fuzzy \(marked for review"
	# Its place is kept by a notice: heard, captioned and shown.
	expect_eq "$(jq -r '.languages[] | select(.code=="es") | .tracks[] | select(.section=="questions") | .notice' $P/manifest.json)" true
	python3 - $P/index.html <<-'EOF' || fail "no notice on the page"
	import re, sys
	page = open(sys.argv[1]).read()
	es = page[page.index('<article data-lang="es"'):]
	es = es[:es.index('</article>')]
	m = re.search(r'<h2[^>]*><span[^>]*>Preguntas</span></h2>\s*<audio.*?</audio>\s*<p><span[^>]*>([^<]*)</span></p>', es, re.S)
	assert m and m.group(1) == "Esta parte aún no está disponible en español.", es[-900:]
	assert 'es/mp3/02-questions.mp3' in es
	EOF
	if browser_checks; then
		node "$ROOT/tests/browser/pagecheck.js" $P || fail "player page with a notice"
	fi
}

test_update_po_marks_exactly_what_changed() {
	sed -i 's/Rest at home\./Rest at home for the day./' content/prep/guide.md
	cp po/prep/es.po before.po
	run 0 "$AG" update-po content/prep
	expect_match "$OUT" "po/prep/es.po: 1 fuzzy, 0 untranslated"
	msgfmt -c -o /dev/null po/prep/es.po || fail "msgfmt"
	expect_eq "$(msgattrib --only-fuzzy --no-obsolete --no-wrap po/prep/es.po | grep '^msgid "[^"]' )" \
		'msgid "Rest at home for the day."' "the fuzzy entry"
	expect_eq "$(msgattrib --only-fuzzy --no-obsolete --no-wrap po/prep/es.po | grep '^#| msgid')" \
		'#| msgid "Rest at home."' "its previous msgid"
	expect_eq "$(msgattrib --only-fuzzy po/prep/es.po | grep -c '^msgctxt')" 1 "fuzzy entries"
	# Every other entry kept its translation.
	expect_eq "$(msgattrib --translated --no-fuzzy po/prep/es.po | grep -c '^msgctxt')" 12
	run 3 "$AG" status --strict content/prep
	expect_match "$OUT" "fuzzy \(outdated: check it against the new source text\)"
	# In a project outside this repository, status names the command.
	local p
	p=$(mktemp -d)
	mkdir -p "$p/content/g" "$p/po/g"
	printf '# T\n\n## A\n\nOne.\n' > "$p/content/g/guide.md"
	printf 'msgctxt "title"\nmsgid "T"\nmsgstr "T"\n' > "$p/po/g/es.po"
	(cd "$p" && "$AG" status) > st.txt || [ $? = 3 ] || fail "status: not 3"
	grep -q "run audioguide update-po" st.txt || fail "status: $(cat st.txt)"
	(cd "$p" && "$AG" update-po) > up.txt || fail "update-po in a project: $(cat up.txt)"
	grep -q "po/g/es.po: 0 fuzzy, 2 untranslated" up.txt || fail "update-po: $(cat up.txt)"
	rm -rf "$p"
}

test_messages_a_newcomer_meets() {
	run 1 "$AG" build content/prep/guide.md
	expect_match "$ERR" "content/prep/guide.md: name the guide's folder: content/prep"
	run 1 "$AG" build prep
	expect_match "$ERR" "prep: name the guide's folder: content/prep"
	run 1 "$AG" build content/prep --lang it
	expect_match "$ERR" "no it.po for --lang it; this guide has en, es"
	printf 'profile = mp3\n' >> content/prep/guide.conf
	run 1 "$AG" build content/prep
	expect_match "$ERR" "guide.conf:[0-9]+: unknown key 'profile' \(did you mean 'profiles'\?\)"
	restore content/prep/guide.conf
	printf '[voices]\nes = es\npublisher = Clinic\n' >> content/prep/guide.conf
	run 1 "$AG" build content/prep
	expect_match "$ERR" "\[voices\] publisher: not a language code .*every key after \[voices\] belongs to it"
	restore content/prep/guide.conf
	# Playlists: translated titles; no loop of raw telephone files.
	run 0 "$AG" build -q content/prep --profile mp3,ulaw
	grep -qx '#PLAYLIST:Cómo prepararse para su colonoscopia (es)' $P/es/mp3/playlist.m3u8 ||
		fail "playlist title: $(head -2 $P/es/mp3/playlist.m3u8)"
	[ -f $P/mp3-loop.m3u8 ] && [ ! -e $P/ulaw-loop.m3u8 ] || fail "loop playlists: $(ls $P)"
}
