# End-to-end tests for pronunciation lexicons and the speakability check
# on the tests' own fixture (tests/fixtures/clinic, en and es): a guide's
# lexicon changes only the tracks whose words it says, `lexicon check`
# shows each entry's use, hostile lexicons are refused with FILE:LINE and
# leave the last build alone, and a voice that cannot read a script (ja)
# is refused or checked.  What is said is checked with the espeak-ng
# command-line tool, audio with the tests' snapshots.

E2E_PROJECT=clinic

# lexicon FILE BODY: a PLS lexicon (Spanish) with BODY as its lexemes.
lexicon() {
	mkdir -p "$(dirname "$1")"
	cat > "$1" <<-EOF
	<?xml version="1.0" encoding="UTF-8"?>
	<lexicon version="1.0" alphabet="x-espeak" xml:lang="es"
	         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
	$2
	</lexicon>
	EOF
}

# Files of the snapshot whose contents changed, audio and captions only.
changed_audio() {
	diff <(grep -v '^[0-9a-f]\{32\} ' "$1") <(grep -v '^[0-9a-f]\{32\} ' "$2") |
		sed -n 's/^> \(out[^ ]*\) .*/\1/p' | grep -E '\.(mp3|ulaw|flac|opus|vtt)$' | sort || true
}

on_the_day_files() {
	printf '%s\n' out/clinic/es/captions/02-on-the-day.vtt \
		out/clinic/es/daisy202/02-on-the-day.mp3 \
		out/clinic/es/flac/02-on-the-day.flac out/clinic/es/mp3/02-on-the-day.mp3 \
		out/clinic/es/opus/02-on-the-day.opus out/clinic/es/ulaw/02-on-the-day.ulaw
}

test_lexicon_entry_rerenders_only_the_tracks_it_says() {
	run 0 "$AG" build -q
	snapshot out > before.txt
	sleep 1.1
	# "enfermera" is in section 2 only.
	lexicon content/clinic/lexicon/es.pls \
		'<lexeme><grapheme>enfermera</grapheme><alias>enfermera diplomada</alias></lexeme>
	<lexeme><grapheme>radiografía</grapheme><alias>placa</alias></lexeme>'
	run 0 "$AG" build
	expect_match "$OUT" "^\[1/1\] es/02-on-the-day mp3,ulaw,flac,opus$"
	expect_match "$OUT" "build: 1 rendered, 7 up to date"
	snapshot out > after.txt
	expect_eq "$(changed_audio before.txt after.txt)" "$(on_the_day_files)" "re-rendered files"
	local said
	said=$(jq -r '.languages[] | select(.code=="es") | .tracks[2].text[1]' out/clinic/manifest.json)
	expect_match "$said" "Una enfermera diplomada le tomará" "manifest text"
	# The captions show what is written; the audio says the alias.
	grep -q 'Una enfermera le tomará' out/clinic/es/captions/02-on-the-day.vtt ||
		fail "captions are not the written text"
	# Editing the entry: again only that track, and the books follow.
	cp after.txt before.txt
	sleep 1.1
	sed -i 's/enfermera diplomada/enfermera titulada/' content/clinic/lexicon/es.pls
	run 0 "$AG" build
	expect_match "$OUT" "build: 1 rendered, 7 up to date"
	snapshot out > after.txt
	expect_eq "$(changed_audio before.txt after.txt)" "$(on_the_day_files)" "re-rendered files"
	cmp out/clinic/es/daisy202/02-on-the-day.mp3 out/clinic/es/mp3/02-on-the-day.mp3 ||
		fail "DAISY audio not updated"
	unzip -p out/clinic/es/clinic-es.epub EPUB/audio/02-on-the-day.mp3 |
		cmp - out/clinic/es/mp3/02-on-the-day.mp3 || fail "EPUB audio not updated"
	grep -q '02-on-the-day.mp3' out/clinic/index.html || fail "page lost the track"
	epubcheck_ok out/clinic/es/clinic-es.epub
	# An entry of a file that matches nothing changes nothing.
	sleep 1.1
	sed -i 's/<alias>placa</<alias>placa simple</' content/clinic/lexicon/es.pls
	run 0 "$AG" build
	expect_match "$OUT" "build: 0 rendered, 8 up to date"
}

test_guide_lexicon_overrides_the_project_and_installed_ones() {
	# Installed (AUDIOGUIDE_DATADIR/lexicon/es.pls): "mg" is miligramos.
	run 0 "$AG" say --lang es "Tome 5 mg."
	expect_match "$OUT" "^text: +Tome 5 miligramos\.$"
	expect_match "$OUT" "^lexicon: +$AUDIOGUIDE_DATADIR/lexicon/es.pls:[0-9]+: \"5 mg\" -> \"5 miligramos\""
	lexicon content/lexicon/es.pls '<lexeme><grapheme>mg</grapheme><alias>miligramos de la casa</alias></lexeme>
	<lexeme regex="true"><grapheme>(\d+) ?mg\b</grapheme><alias>$1 miligramos del proyecto</alias></lexeme>'
	run 0 "$AG" say --lang es "Tome 5 mg."
	expect_match "$OUT" "^text: +Tome 5 miligramos del proyecto\.$"
	lexicon content/clinic/lexicon/es.pls '<lexeme regex="true"><grapheme>(\d+) ?mg\b</grapheme><alias>$1 miligramos de la guía</alias></lexeme>'
	run 0 "$AG" say --lang es --guide content/clinic "Tome 5 mg."
	expect_match "$OUT" "^text: +Tome 5 miligramos de la guía\.$"
	expect_match "$OUT" "^lexicon: +content/clinic/lexicon/es.pls:4: "
	run 0 "$AG" say --lang es --guide content/clinic --no-lexicon "Tome 5 mg."
	expect_match "$OUT" "^text: +Tome 5 mg\.$"
}

test_lexicon_check_lists_every_use() {
	lexicon content/clinic/lexicon/es.pls \
		'<lexeme><grapheme>enfermera</grapheme><alias>enfermera diplomada</alias></lexeme>
	<lexeme><grapheme>quince minutos</grapheme><phoneme>k'"'"'inTe min'"'"'utos</phoneme></lexeme>
	<lexeme><grapheme>radiografía</grapheme><alias>placa</alias></lexeme>'
	run 0 "$AG" lexicon check content/clinic
	expect_match "$OUT" "^content/clinic/lexicon/es.pls: 3 entries$"
	expect_match "$OUT" "^  line 4: \"enfermera\" -> \"enfermera diplomada\": said 1 time$"
	# Where, and the phonemes without and with the entry, as the
	# espeak-ng command-line tool gives them.
	local before after
	before=$(espeak-ng -q -x -v es "enfermera" | tr -d '\n')
	after=$(espeak-ng -q -x -v es "enfermera diplomada" | tr -d '\n')
	echo "$OUT" | grep -qF "    clinic es content/clinic/guide.md:9: \"enfermera\"  $before  ->  $after" ||
		fail "no use with its phonemes ($before -> $after): $OUT"
	expect_match "$OUT" "^  line 5: \"quince minutos\" -> \"\[\[k'inTe min'utos\]\]\": said 1 time$"
	expect_match "$OUT" "^    line 6: \"radiografía\"$"
	# The installed lexicons are checked with each language's voice too.
	expect_match "$OUT" "^$AUDIOGUIDE_DATADIR/lexicon/en.pls: [0-9]+ entries$"
}

# hostile FILE-BODY LINE REGEX: the es lexicon is refused at LINE with
# REGEX; English builds, Spanish keeps what the last build made.
hostile() {
	mkdir -p content/lexicon
	printf '%s' "$1" > content/lexicon/es.pls
	run 1 "$AG" build --profile flac
	expect_match "$ERR" "^audioguide: content/lexicon/es.pls:$2: $3"
	expect_match "$OUT" "clinic/en: [0-9]+ rendered, [0-9]+ up to date, 0 skipped"
	snapshot out/clinic/es > es-after.txt
	cmp es-before.txt es-after.txt || fail "Spanish outputs changed: $(diff es-before.txt es-after.txt | head -3)"
	run 1 "$AG" lexicon check content/clinic
	expect_match "$ERR" "content/lexicon/es.pls:$2: $3"
}

test_hostile_lexicons_are_refused_with_file_and_line() {
	run 0 "$AG" build -q --profile flac
	snapshot out/clinic/es > es-before.txt
	local head='<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" alphabet="x-espeak" xml:lang="es"
  xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
'
	hostile "$head<lexeme><grapheme>a</grapheme>
<alias>b</lexeme></lexicon>" 5 "not well-formed XML"
	hostile '<?xml version="1.0"?>
<lexicon version="1.0" alphabet="ipa" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
<lexeme><grapheme>a</grapheme><phoneme>ə</phoneme></lexeme></lexicon>' 2 'alphabet "ipa"'
	hostile "$head<lexeme><grapheme>enfermera</grapheme>
<phoneme>ɛnfɛrˈmera</phoneme></lexeme></lexicon>" 5 "phonemes .* are not eSpeak NG mnemonics"
	hostile "$head<lexeme><grapheme>enfermera</grapheme>
<phoneme>a]] [[b</phoneme></lexeme></lexicon>" 5 "phonemes .* are not eSpeak NG mnemonics"
	hostile "$head<lexeme><grapheme>a</grapheme><alias>x</alias></lexeme>
<lexeme><grapheme>A</grapheme><alias>y</alias></lexeme>
<lexeme><grapheme>a</grapheme><alias>z</alias></lexeme></lexicon>" 6 "\"a\" is already in this lexicon \(line 4\)"
	hostile '<?xml version="1.0"?>
<!DOCTYPE lexicon [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<lexicon version="1.0"><lexeme><grapheme>&b;</grapheme><alias>x</alias></lexeme></lexicon>' 2 "a DOCTYPE is not allowed"
	hostile "$head<lexeme>
<grapheme>$(head -c 10240 /dev/zero | tr '\0' a)</grapheme><alias>x</alias></lexeme></lexicon>" 5 "longer than 1000 bytes"
	hostile "$head<lexeme regex=\"true\"><grapheme>(unclosed</grapheme><alias>x</alias></lexeme></lexicon>" 4 "pattern \"\(unclosed\": missing closing parenthesis"
	# Phonemes eSpeak NG 1.51 would cut short ("9" is no Spanish
	# phoneme: it says "'e" and drops the rest) are refused where used:
	# the section is not said, and the message names the lexicon.
	printf '%s' "$head<lexeme><grapheme>enfermera</grapheme>
<phoneme>e9nferm'e**a</phoneme></lexeme></lexicon>" > content/lexicon/es.pls
	run 0 "$AG" build --profile flac
	# Its place is kept by a notice, not by what was said before.
	expect_eq "$(jq -r '.languages[] | select(.code=="es") | .tracks[] | select(.section=="on-the-day") | .notice' out/clinic/manifest.json)" true
	expect_match "$ERR" "^audioguide: content/lexicon/es.pls:4: 02-on-the-day not built in es: the phonemes \"e9nferm'e\*\*a\" of \"enfermera\" are not all voice es's: eSpeak NG would say \"'e\""
	run 1 "$AG" lexicon check content/clinic
	expect_match "$ERR" "content/lexicon/es.pls:4: the phonemes \"e9nferm'e\*\*a\""
	# An alias in another language's script is not said either.
	printf '%s' "$head<lexeme><grapheme>enfermera</grapheme>
<alias>護士</alias></lexeme></lexicon>" > content/lexicon/es.pls
	run 1 "$AG" lexicon check content/clinic
	expect_match "$ERR" "content/lexicon/es.pls:4: the alias of \"enfermera\": '護士' is in a script voice es reads by the names of its characters"
}

test_big_and_backtracking_lexicons_have_limits() {
	# 100,000 entries load and build (the limit is 200,000 lexemes).
	python3 - <<-'EOF'
	import os
	os.makedirs('content/lexicon', exist_ok=True)
	with open('content/lexicon/es.pls', 'w') as f:
	    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<lexicon version="1.0" '
	            'alphabet="x-espeak" xml:lang="es" '
	            'xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">\n')
	    for i in range(100000):
	        f.write('<lexeme><grapheme>palabra%d</grapheme><alias>vocablo %d</alias></lexeme>\n' % (i, i))
	    f.write('<lexeme><grapheme>enfermera</grapheme><alias>enfermera jefa</alias></lexeme>\n')
	    f.write('</lexicon>\n')
	EOF
	run 0 timeout 300 "$AG" build -q --profile flac --lang es
	expect_match "$(jq -r '.languages[] | select(.code=="es") | .tracks[2].text[1]' out/clinic/manifest.json)" \
		"enfermera jefa" "an entry after 100,000 others"
	# A pattern written to backtrack for ever stops at PCRE2's match
	# limit, never hangs the build: the text it met is not said, with
	# the pattern's line.
	cat > content/lexicon/es.pls <<-'EOF'
	<?xml version="1.0" encoding="UTF-8"?>
	<lexicon version="1.0" alphabet="x-espeak" xml:lang="es"
	  xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">
	<lexeme regex="true"><grapheme>(\w+\s?)+\d</grapheme><alias>x</alias></lexeme>
	</lexicon>
	EOF
	run 0 timeout 300 "$AG" build -q --profile flac --lang es
	expect_match "$ERR" "content/lexicon/es.pls:4: 00-title not built in es: the pattern .* backtracks too far"
	# One lexeme past the limit of 200,000: refused, with its line.
	python3 - <<-'EOF'
	with open('content/lexicon/es.pls', 'w') as f:
	    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<lexicon version="1.0">\n')
	    for i in range(200001):
	        f.write('<lexeme><grapheme>p%d</grapheme><alias>v</alias></lexeme>\n' % i)
	    f.write('</lexicon>\n')
	EOF
	run 1 "$AG" build -q --profile flac --lang es
	expect_match "$ERR" "content/lexicon/es.pls:200003: more than 200000 lexemes"
}

test_japanese_kanji_need_a_choice_and_are_checked() {
	# A real Japanese translation: the title and section 1 in kana only,
	# sections 2 and 3 with kanji, as Japanese is ordinarily written.
	python3 - <<-'EOF'
	import re
	src = open('po/clinic/es.po').read()
	ja = {
	    'Su visita a la clínica': 'クリニックに いく とき',
	    'Antes de venir': 'くる まえに',
	    'El día de la visita': '当日',
	    'La visita suele durar una media hora.': '受診には通常三十分ほどかかります。',
	    'Después de la visita': '受診の後',
	}
	out = src.replace('"Language: es\\n"', '"Language: ja\\n"')
	for k, v in ja.items():
	    out = out.replace('msgstr "%s"' % k, 'msgstr "%s"' % v)
	# The multi-line entries, by their msgctxt and position.
	blocks = out.split('\n\n')
	texts = {
	    'Bring your health card': 'けんこう ほけんしょうと、のんでいる くすりの リストを もってきて ください。'
	                              'つうやくが ひつような ときは、よやくの ときに おしらせ ください。',
	    'Please arrive fifteen': '十五分前にお越しください。看護師が血圧を測り、体調をお聞きします。',
	    'You will receive': '書面でまとめをお渡しします。具合が悪くなったら、クリニックにお電話ください。',
	}
	for i, b in enumerate(blocks):
	    for k, v in texts.items():
	        if k in b:
	            blocks[i] = b[:b.index('msgstr')] + 'msgstr "%s"' % v
	open('po/clinic/ja.po', 'w').write('\n\n'.join(blocks) + '\n')
	EOF
	msgfmt -c -o /dev/null po/clinic/ja.po || fail "ja.po is not a valid catalog"
	run 0 "$AG" voices
	expect_match "$OUT" "note: it reads kanji, the ordinary script of Japanese, through English rules"
	# (no books or page: audioguide has no Japanese phrases for them)
	run 1 "$AG" build --profile flac --package none
	expect_match "$ERR" "po/clinic/ja.po: ja: eSpeak NG's voice ja reads kanji.*\[voices\] in content/clinic/guide.conf \(ja = ja\)"
	expect_match "$OUT" "clinic/en: [0-9]+ rendered"
	# Chosen in guide.conf: what the voice reads by its own rules is
	# built (kana), the rest is reported with the line to fix.
	printf '\n[voices]\nja = ja\n' >> content/clinic/guide.conf
	run 0 "$AG" build --profile flac --package none
	expect_match "$ERR" "po/clinic/ja.po:[0-9]+: 02-on-the-day not built in ja: '当日' is in a script voice ja reads by the names of its characters"
	expect_match "$ERR" "po/clinic/ja.po:[0-9]+: 03-after-your-visit not built in ja: '受診' is in a script voice ja reads"
	expect_eq "$(ls out/clinic/ja/flac/*.flac)" "$(printf 'out/clinic/ja/flac/%s\n' 00-title.flac 01-before-you-come.flac)" "ja tracks"
	local t ph
	while IFS= read -r t; do
		ph=$(espeak-ng -q -x -v ja "$t")
		expect_no_match "$ph" '\([a-z-]+\)' "espeak-ng -x -v ja \"$t\""
	done < <(jq -r '.languages[] | select(.code=="ja") | .tracks[].text[]' out/clinic/manifest.json)
	run 3 "$AG" status --lang ja
	expect_match "$OUT" "po/clinic/ja.po:[0-9]+: '当日' is in a script voice ja reads"
}

# The default lexicons of a program not installed (`make install`):
# found in the source tree it was built in (content/lexicon/), or where
# an install put them, never missing without a word.
test_default_lexicons_found_by_an_uninstalled_program() {
	run 0 env -u AUDIOGUIDE_DATADIR "$AG" lexicon check --lang en
	expect_no_match "$ERR" "warning" "stderr"
	expect_match "$OUT" "^($ROOT/content/lexicon|/.*/share/audioguide/lexicon)/en\.pls: [0-9]+ entries$"
	run 0 env -u AUDIOGUIDE_DATADIR "$AG" say --lang en "Call 999."
	expect_eq "$ERR" "" "stderr"
	expect_match "$OUT" "^phonemes: +k'O:l n'aIn n'aIn n'aIn" "999 said digit by digit"
}

# Without them (an AUDIOGUIDE_DATADIR without lexicon/, a program whose
# tree is gone) every command that speaks says so, and what it means.
test_missing_default_lexicons_are_warned() {
	local warn="^audioguide: warning: $W/nodata/lexicon: no such folder, so no default lexicons: .*make install"
	mkdir nodata
	run 0 env AUDIOGUIDE_DATADIR="$W/nodata" "$AG" say --lang en "Call 999."
	expect_match "$ERR" "$warn"
	expect_match "$OUT" "^phonemes: +k'O:l n'aInh'VndrI2d" "999 without the rules"
	run 0 env AUDIOGUIDE_DATADIR="$W/nodata" "$AG" say --no-lexicon --lang en "Call 999."
	expect_eq "$ERR" "" "stderr with --no-lexicon"
	run 0 env AUDIOGUIDE_DATADIR="$W/nodata" "$AG" build -q --lang en --profile ulaw
	expect_match "$ERR" "$warn"
	expect_eq "$(echo "$ERR" | grep -c warning)" 1 "warnings"
	run 0 env AUDIOGUIDE_DATADIR="$W/nodata" "$AG" lexicon check --lang en
	expect_match "$ERR" "$warn"
	run 0 "$AG" build -q --lang en --profile ulaw
	expect_no_match "$ERR" "warning" "stderr with AUDIOGUIDE_DATADIR set"
}

# A language added with no rules file anywhere (Italian): say and build
# name the file to write, once per build; once written, its rules apply
# and nothing is said.
test_language_without_rules_is_warned() {
	local warn="^audioguide: warning: content/lexicon/it\\.rules: no such file, nor any other rules for it: eSpeak NG alone says its ranges"
	run 0 "$AG" say --lang it "Prenda 1-2 compresse."
	expect_match "$ERR" "$warn"
	expect_match "$OUT" "^text: +Prenda 1-2 compresse\\.$"
	run 0 "$AG" add-language content/clinic it
	python3 - po/clinic/it.po <<-'PY'
	import sys
	p = sys.argv[1]; s = open(p).read()
	blocks = s.split('\n\n')
	for i, b in enumerate(blocks):	# every entry but the header
	    if i and 'msgid "' in b:
	        blocks[i] = b.rsplit('msgstr ""', 1)[0] + 'msgstr "Prenda 1-2 compresse."'
	open(p, 'w').write('\n\n'.join(blocks))
	PY
	sed -i 's/^#, fuzzy$//' po/clinic/it.po
	run 0 "$AG" build -q --lang it --profile ulaw --package none
	expect_match "$ERR" "$warn"
	expect_eq "$(echo "$ERR" | grep -c 'warning: content/lexicon/it.rules')" 1 "warnings"
	mkdir -p content/lexicon
	printf '[range]\nto = a\n' > content/lexicon/it.rules
	run 0 "$AG" say --lang it "Prenda 1-2 compresse."
	expect_eq "$ERR" "" "stderr"
	expect_match "$OUT" "^text: +Prenda 1 a 2 compresse\\.$"
	run 0 "$AG" build -q --lang it --profile ulaw --package none
	expect_no_match "$ERR" "warning" "stderr"
}
