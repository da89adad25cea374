# Translations checked against their source, and urgent information kept
# (issue 19), on the tests' eye-clinic leaflet: en, es, fr (fr lacks the
# essential section "when-to-get-help-urgently"; guide.conf names it and
# the contact 0161 496 0732).
E2E_PROJECT=eye

G=out/eye

# tamper OLD NEW: replace OLD (which must be there) by NEW in es.po.
tamper() {
	python3 - po/eye/es.po "$1" "$2" <<-'EOF'
	import sys
	p, old, new = sys.argv[1:]
	s = open(p, encoding="utf-8").read()
	assert old in s, "not in es.po: " + old
	open(p, "w", encoding="utf-8").write(s.replace(old, new, 1))
	EOF
}

# po_line TEXT: the line of es.po's entry (its msgctxt) whose msgstr has TEXT.
po_line() {
	python3 - po/eye/es.po "$1" <<-'EOF'
	import sys
	lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
	at = [i for i, l in enumerate(lines) if sys.argv[2] in l and
	      not l.startswith("msgid") and not l.startswith('"')][0]
	while not lines[at].startswith("msgctxt"):
	    at -= 1
	print(at + 1)
	EOF
}

# not_said SECTION TEXT: es's track of SECTION is its notice, and TEXT
# is nowhere in what es says or shows.
not_said() {
	local vtt=$G/es/captions/$1.vtt
	expect_match "$(cat $vtt)" "Esta parte aún no está disponible en español" "$vtt"
	if grep -rq --include='*.vtt' --include='*.json' --include='*.html' -F "$2" $G; then
		fail "'$2' still in the outputs: $(grep -rl -F "$2" $G | head -3)"
	fi
}

# check_tampering OLD NEW SECTION MESSAGE-REGEX: the section is not said,
# with the entry's line and what differs; the build and status exit 4
# when the section is the essential one, else 0 and 3.
check_tampering() {
	tamper "$1" "$2"
	local line build=0 status=3
	line=$(po_line "$2")
	if [ "$3" = 02-when-to-get-help-urgently ]; then
		build=4 status=4
	fi
	run $build "$AG" build --lang es --profile flac
	expect_match "$ERR" "^audioguide: po/eye/es.po:$line: $3 not built in es: $4"
	not_said "$3" "$2"
	run $status "$AG" status --lang es
	expect_match "$OUT" "^      po/eye/es.po:$line: .*$4"
}

test_changed_phone_digit() {
	check_tampering "al [0161 496 0732](tel:+441614960732)" "al [0161 496 0723](tel:+441614960723)" \
		02-when-to-get-help-urgently \
		"the numbers differ: the source says 0161 496 0732, the translation 0161 496 0723"
}

test_changed_dose() {
	check_tampering "Tome 500 mg" "Tome 50 mg" 01-your-eye-drops \
		"the numbers differ: the source says 500 mg, the translation 50 mg"
}

test_changed_duration() {
	check_tampering "en 24 horas" "en 12 horas" 01-your-eye-drops \
		"the numbers differ: the source says 24 hours, the translation 12 horas"
}

test_changed_link_target() {
	check_tampering "[nuestro sitio web](https://example.org/eye-help)" \
		"[nuestro sitio web](https://evil.example/phish)" 04-more-information \
		"it links to https://evil.example/phish, which the source does not; it has no link to https://example.org/eye-help"
}

test_broken_link() {
	# The ")" lost: the target would be read out and shown as text.
	check_tampering "al [0161 496 0732](tel:+441614960732)." \
		"al [0161 496 0732](tel:+441614960732. Fuera de horario, llame al 999." \
		02-when-to-get-help-urgently \
		"its markup is broken: \"\]\(\" is left in the text"
}

test_dropped_link() {
	check_tampering "Lea más en [nuestro sitio web](https://example.org/eye-help)" \
		"Lea más en nuestro sitio web" 04-more-information \
		"it has no link to https://example.org/eye-help, as the source has"
}

test_nul_cuts_the_translation() {
	check_tampering 'msgstr "En una emergencia, llame al 999."' \
		'msgstr "Llame al 999\0 si no puede mover las piernas."' \
		02-when-to-get-help-urgently "the translation holds an escaped NUL"
	# msgfmt itself lets it pass: the check is ours.
	msgfmt -c -o /dev/null po/eye/es.po || fail "msgfmt refused it (it did not before)"
}

test_length_far_from_the_source() {
	tamper "No conduzca hasta que le digamos que ve lo bastante bien, normalmente después de 14 días." \
		"No conduzca en 14 días."
	run 0 "$AG" build --lang es --profile flac
	tamper "No conduzca en 14 días." \
		"No conduzca en 14 días. $(printf 'Esto es un texto de relleno que no está en el original. %.0s' 1 2 3 4 5 6)"
	local line
	line=$(po_line "No conduzca en 14 días.")
	run 0 "$AG" build --lang es --profile flac
	expect_match "$ERR" "^audioguide: po/eye/es.po:$line: 03-driving not built in es: it is [0-9]+ bytes long, the source [0-9]+: more than 4 times longer"
}

test_reviewed_difference_builds() {
	# A difference a reviewer confirms (0.5 g is 500 mg) is marked so,
	# and the section is said; the mark is part of the entry's key.
	tamper "Tome 500 mg de paracetamol" "Tome 0,5 g de paracetamol"
	local line
	line=$(po_line "Tome 0,5 g")
	run 0 "$AG" build --lang es --profile flac
	expect_match "$ERR" "es.po:$line: 01-your-eye-drops not built in es: the numbers differ: the source says 500 mg, the translation 0,5 g; if it is right, add \"# reviewed: numbers\""
	tamper "#: guide.md:9
msgctxt \"your-eye-drops\"" "# reviewed: numbers
#: guide.md:9
msgctxt \"your-eye-drops\""
	run 0 "$AG" build --lang es --profile flac
	expect_match "$OUT" "^\[1/1\] es/01-your-eye-drops flac"
	expect_no_match "$ERR" "01-your-eye-drops"
	expect_match "$(cat $G/es/captions/01-your-eye-drops.vtt)" "Tome 0,5 g de paracetamol"
	# Only that check of that entry is silenced: a wrong link in
	# another entry is still caught.
	tamper "web](https://example.org/eye-help)" "web](https://example.org/eye)"
	run 3 "$AG" status --lang es
	expect_match "$OUT" "it links to https://example.org/eye, which the source does not"
	expect_no_match "$OUT" "01-your-eye-drops"
	# The reviewer's mark is what msgmerge keeps: a translator comment.
	msgmerge -q -o merged.po po/eye/es.po po/eye/eye.pot
	grep -q "^# reviewed: numbers$" merged.po || fail "msgmerge dropped the mark"
}

test_the_same_facts_in_other_words_pass() {
	# A date, a phone number and a dose written the language's way are
	# the same facts: "4-6 horas" for "4-6 hours" is not a difference.
	run 0 "$AG" status --lang es
	expect_match "$OUT" "es +es +12 translated, 0 fuzzy, 0 untranslated; 5/5 sections complete"
}

test_essential_section_missing_keeps_its_place_everywhere() {
	run 4 "$AG" build --package daisy202,epub3,web,asterisk,freeswitch,loop
	local last
	last=$(echo "$OUT" | tail -1)
	expect_eq "$last" "build: 1 essential section is missing: eye/02-when-to-get-help-urgently in fr (its notice is in its place)"
	local notice="Cette partie n'est pas encore disponible en français. Pour obtenir de l'aide, appelez le zéro un six un, quatre neuf six, zéro sept trois deux."
	# What is said (the manifest's text: the number digit by digit, in
	# its groups) and shown (the captions: as written).
	expect_eq "$(jq -r '.languages[] | select(.code=="fr") | .tracks[2] | [.section, (.notice|tostring), (.text|join(" "))] | join("|")' $G/manifest.json)" \
		"when-to-get-help-urgently|true|When to Get Help Urgently $notice"
	expect_match "$(cat $G/fr/captions/02-when-to-get-help-urgently.vtt)" "appelez le 0161 496 0732"
	local d
	d=$(soxi -D $G/fr/flac/02-when-to-get-help-urgently.flac)
	awk -v d="$d" 'BEGIN { exit !(d > 6 && d < 30) }' || fail "notice lasts $d s"
	run 0 "$AG" say --lang fr --guide content/eye "Pour obtenir de l'aide, appelez le 0161 496 0732."
	expect_match "$OUT" '^telephone: +"0161 496 0732" -> "zéro un six un, quatre neuf six, zéro sept trois deux"$'
	expect_match "$OUT" "^phonemes: .* zer'o W~ s'iz 'W~ k'atr n'Wf s'is zer'o s'Et trw'a d'Y$"
	# The books and the page.
	grep -q "appelez le 0161 496 0732" $G/fr/daisy202/content.html || fail "DAISY"
	python3 "$ROOT/tests/e2e/daisycheck.py" $G/fr/daisy202 fr || fail "DAISY with the notice"
	unzip -p $G/fr/eye-fr.epub EPUB/02-when-to-get-help-urgently.xhtml | grep -q "appelez le 0161 496 0732" || fail "EPUB"
	epubcheck_ok $G/fr/eye-fr.epub
	expect_match "$(sed -n '/<article data-lang="fr"/,/<\/article>/p' $G/index.html)" "appelez le 0161 496 0732"
	expect_match "$(sed -n '/<article data-lang="fr"/,/<\/article>/p' $G/index.html)" '<h2 id="fr-h2" lang="en" xml:lang="en">'
	# The phone tree: key 2 in French as in English, playing the notice.
	grep -qF "audioguide/eye/02-when-to-get-help-urgently: When to Get Help Urgently $notice" \
		$G/asterisk/sounds/fr/audioguide-eye.txt || fail "Asterisk transcript"
	grep -qF "Pour When to Get Help Urgently, tapez 2." $G/asterisk/sounds/fr/audioguide-eye.txt ||
		fail "the French menu does not offer the notice on key 2"
	expect_match "$(sed -n '/^\[audioguide-eye+fr+1\]/,/^$/p' $G/asterisk/extensions_audioguide_eye.conf)" \
		'^exten => 2,1,Set\(AG_TRIES=0\)$'
	run 0 python3 "$ROOT/tests/e2e/phonecheck.py" $G
	# The loop: the notice is one of its parts, and the recording lasts
	# as long as its parts (measured by ffprobe, not by audioguide).
	expect_match "$(jq -r '.loops[] | select(.language=="fr") | .parts | join(" ")' $G/manifest.json)" \
		"fr/flac/02-when-to-get-help-urgently.flac"
	local sum total
	sum=$(for p in $(jq -r '.loops[] | select(.language=="fr") | .parts[]' $G/manifest.json); do
		ffprobe -v error -show_entries format=duration -of csv=p=0 $G/$p; done | awk '{ s += $1 } END { print s }')
	total=$(ffprobe -v error -show_entries format=duration -of csv=p=0 $G/loop/eye-fr.mp3)
	approx "$total" "$sum" 0.5 "the French loop's length"
	# status says so on its first line, and exits 4.
	run 4 "$AG" status
	expect_eq "$(echo "$OUT" | head -1)" "status: 1 section not ready in 1 language (1 essential)"
}

test_missing_section_that_is_not_essential() {
	# The same French gap, with no essential section named: the notice
	# is still there, the build succeeds, status still exits 3.
	sed -i '/^essential = /d' content/eye/guide.conf
	run 0 "$AG" build --profile flac
	expect_match "$(cat $G/fr/captions/02-when-to-get-help-urgently.vtt)" "appelez le 0161 496 0732"
	run 3 "$AG" status
	expect_eq "$(echo "$OUT" | head -1)" "status: 1 section not ready in 1 language"
	run 0 "$AG" status --lang en,es
	expect_eq "$(echo "$OUT" | head -1)" "status: every section ready in every language"
}
