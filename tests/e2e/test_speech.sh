# End-to-end tests for speech correctness on the bundled guide: every
# language of the voice map reads a native sentence by its own rules,
# the Chinese tracks switch to no other language, a voice that would
# switch is caught (build and status), a catalog saved in NFD is spoken
# and keyed as NFC, `audioguide say` shows what is said and the default
# lexicons say units, times and abbreviations as each language does, and
# Arabic marks are said as a translator types them.
# What is said is checked with the espeak-ng command-line tool (eSpeak
# NG's own phoneme output: "(en)" marks a switch to English rules), not
# with audioguide's own code.

G=out/spine-metastases
SAMPLES=$ROOT/tests/fixtures/voices/samples.tsv

# switches VOICE TEXT: the number of switches to other languages' rules
# in espeak-ng's reading of TEXT.
switches() {
	local ph
	ph=$(espeak-ng -q -x -v "$1" "$2") || fail "espeak-ng -v $1 failed"
	printf '%s\n' "$ph" | grep -o '([a-z-]*)' | wc -l
}

test_every_voice_of_the_map_reads_its_language() {
	run 0 "$AG" voices
	local code voice inst text n=0
	while read -r code voice inst; do
		text=$(awk -F'\t' -v c="$code" '$1 == c { print $3 }' "$SAMPLES")
		[ -n "$text" ] || fail "no sample sentence for $code in $SAMPLES"
		if [ "$inst" = NO ]; then
			# eSpeak NG 1.51 has no such voice: said so, never
			# replaced by another.
			run 1 "$AG" say --lang "$code" "$text"
			expect_match "$ERR" "no eSpeak NG voice '$voice' for $code"
			continue
		fi
		expect_eq "$(switches "$voice" "$text")" 0 "switches of $voice reading the $code sample"
		run 0 "$AG" say --lang "$code" "$text"
		n=$((n + 1))
	done < <(echo "$OUT" | awk 'NR > 2 && /^$/ { exit } NR > 2 && /^[a-z]/ { print $1, $2, $3 }')
	[ "$n" -ge 40 ] || fail "only $n voices checked"
	# Japanese: kana are read by the voice's rules, kanji are not.
	run 1 "$AG" say --lang ja "人間は生まれながらにして自由である"
	expect_match "$OUT" "cannot say: '.*' (is|are) in a script voice ja reads by the names of its characters"
}

test_chinese_is_spoken_with_no_switch() {
	run 0 "$AG" build -q --lang zh_CN --package none --profile flac
	local m=$G/manifest.json voice t n=0 texts=0
	voice=$(jq -r '.languages[] | select(.code=="zh_CN") | .voice' $m)
	expect_eq "$voice" cmn-latn-pinyin "zh_CN voice"
	expect_eq "$(jq '.languages[] | select(.code=="zh_CN") | .tracks | length' $m)" 6 "zh_CN tracks"
	while IFS= read -r t; do
		n=$((n + $(switches "$voice" "$t")))
		texts=$((texts + 1))
	done < <(jq -r '.languages[] | select(.code=="zh_CN") | .tracks[].text[]' $m)
	[ "$texts" -ge 11 ] || fail "only $texts texts"
	expect_eq "$n" 0 "switches to other languages' rules in the zh_CN tracks"
	# Tones, not English letters: 脊柱 is read tS;'i35_| ts.'u51.
	expect_match "$(espeak-ng -q -x -v "$voice" "$(jq -r '.languages[] | select(.code=="zh_CN") | .title' $m)")" "tS;'i35_\| ts\.'u51"
}

test_a_voice_that_switches_is_caught() {
	# The voice the map had before: cmn reads Hanzi by English rules.
	printf '\n[voices]\nzh_CN = cmn\n' >> content/spine-metastases/guide.conf
	run 0 "$AG" build --lang zh_CN --package none --profile flac
	expect_match "$ERR" "^audioguide: po/spine-metastases/zh_CN.po:[0-9]+: 01-overview not built in zh_CN: '[^']+'.* voice cmn .*; .*say the word in content/lexicon/zh_CN.pls"
	local m=$G/manifest.json
	expect_eq "$(jq '.languages[] | select(.code=="zh_CN") | .tracks | length' $m)" 0 "zh_CN tracks said by cmn"
	expect_eq "$(jq -r '[.languages[] | select(.code=="zh_CN") | .skipped[] | .reason] | unique | join(",")' $m)" \
		"not said by its voice"
	expect_match "$(jq -r '.languages[] | select(.code=="zh_CN") | .skipped[0].problems[0] | .kind + " " + .po + " " + .message' $m)" \
		"^speech po/spine-metastases/zh_CN.po .*voice cmn"
	# status says the same, with the line to fix; --strict fails.
	run 3 "$AG" status --lang zh_CN --strict
	expect_match "$OUT" "0/6 sections complete"
	expect_match "$OUT" "po/spine-metastases/zh_CN.po:[0-9]+: '.*' .*voice cmn"
}

test_a_catalog_in_nfd_is_spoken_and_keyed_as_nfc() {
	run 0 "$AG" build -q --lang vi --package none --profile flac
	jq -c '.languages[] | select(.code=="vi") | .tracks[].text' $G/manifest.json > nfc.txt
	python3 - po/spine-metastases/vi.po <<-'EOF'
	import sys, unicodedata
	p = sys.argv[1]
	s = open(p, encoding='utf-8').read()
	open(p, 'w', encoding='utf-8').write(unicodedata.normalize('NFD', s))
	EOF
	grep -q $'\xcc\x9b' po/spine-metastases/vi.po || fail "the catalog is not in NFD (no U+031B)"
	msgfmt -c -o /dev/null po/spine-metastases/vi.po || fail "msgfmt rejects the NFD catalog"
	# Same text, same keys: nothing to render again.
	run 0 "$AG" build --lang vi --package none --profile flac
	expect_match "$OUT" "spine-metastases/vi: 0 rendered, 6 up to date, 0 skipped"
	jq -c '.languages[] | select(.code=="vi") | .tracks[].text' $G/manifest.json > nfd.txt
	cmp nfc.txt nfd.txt || fail "the text said changed"
	! grep -q $'\xcc\x9b' $G/vi/captions/*.vtt $G/manifest.json || fail "NFD text reached the outputs"
	local f
	for f in $G/vi/flac/*.flac; do
		! metaflac --export-tags-to=- "$f" | grep -q $'\xcc\x9b' || fail "NFD in the tags of $f"
	done
	# What NFD would have made eSpeak NG say: another vowel and tone
	# (thư is t'y7; in NFD, t'u7).
	expect_match "$(espeak-ng -q -x -v vi "$(printf 'Ung thu\xcc\x9b')")" "t'u7"
	expect_match "$(espeak-ng -q -x -v vi "Ung thư")" "t'y7"
}

test_say_shows_text_phonemes_and_lexicon() {
	run 0 "$AG" say --lang es "Tome 5 mg"
	expect_match "$OUT" "^text: +Tome 5 miligramos$"
	expect_match "$OUT" "^lexicon: +content/lexicon/es.pls:[0-9]+: \"5 mg\" -> \"5 miligramos\"$"
	local want
	want=$(espeak-ng -q -x -v es "Tome 5 miligramos" | tr '\n' ' ' | sed 's/ *$//')
	expect_eq "$(echo "$OUT" | sed -n 's/^phonemes: *//p')" "$want" "phonemes"
	expect_match "$want" "m,iliQ\*\*'amos"
	run 0 "$AG" say --lang es --no-lexicon "Tome 5 mg"
	expect_match "$OUT" "^text: +Tome 5 mg$"
	expect_match "$OUT" "^phonemes: +t'ome T'inko ,emex'e$"
	expect_no_match "$OUT" "^lexicon:"
	run 0 "$AG" say --lang es --ipa "Tome 5 mg"
	want=$(espeak-ng -q --ipa -v es "Tome 5 miligramos" | tr '\n' ' ' | sed 's/ *$//')
	expect_eq "$(echo "$OUT" | sed -n 's/^phonemes: *//p')" "$want" "IPA"
	run 0 "$AG" say --lang es --wav tome.wav "Tome 5 mg"
	expect_eq "$(soxi -r tome.wav) $(soxi -c tome.wav)" "22050 1" "WAV rate and channels"
	approx "$(soxi -D tome.wav)" 2 1.5 "WAV duration"
	# Text eSpeak NG cannot say in the language: exit 1, and why.
	run 1 "$AG" say --lang ru "hello"
	expect_match "$OUT" "^cannot say: 'hello' is not a Russian word voice ru says by its own rules: eSpeak NG reads it by English rules \(en\)"
	run 1 "$AG" say --lang zh_CN --no-lexicon "做MRI检查"
	expect_match "$OUT" "^cannot say: 'MRI' is in Latin letters, which voice cmn-latn-pinyin reads as pinyin"
	# A switch no one word makes by itself (at a slash between Chinese
	# words) is still caught, as the whole text.
	run 1 "$AG" say --lang zh_CN "片/两片"
	expect_match "$OUT" "^cannot say: \"片/两片\" is not read by voice cmn-latn-pinyin's own rules \(switches to en\)"
	# A fraction no [fraction] key says: the advice names that section.
	run 1 "$AG" say --lang zh_CN "服用1/5片"
	expect_match "$OUT" "^cannot say: '1/5' .*; say the fraction \"1/5\" in \[fraction\] of content/lexicon/zh_CN.rules, or "
	run 1 "$AG" say --lang zh_CN "1/2/2026 片/两片"
	expect_no_match "$OUT" "\[fraction\]"
	run 1 "$AG" say --lang zh_CN "编号140/90"
	expect_no_match "$OUT" "\[fraction\]"
	# A symbol a voice drops without a sound is named, whatever the
	# voice: "✓" in Spanish, "№" in French, an unlisted "⅕" anywhere.
	run 1 "$AG" say --lang es "Tome ✓ esto"
	expect_match "$OUT" "^cannot say: '✓' is said as nothing: voice es has no word for it and drops it without a sound; say a symbol in \[symbols\] of content/lexicon/es.rules"
	run 1 "$AG" say --lang fr --no-lexicon "Dossier № 5"
	expect_match "$OUT" "'№' is said as nothing"
	# A minus sign a voice drops ("-20 °C" heard as "20 °C") is named,
	# with the key that says it; the shipped rules say it, and a hyphen
	# after a number ("1 -2") is no minus.
	run 1 "$AG" say --lang fr --no-lexicon "Conserver à -20 degrés"
	expect_match "$OUT" "^cannot say: '-' is said as nothing: voice fr has no word for it and drops it without a sound; give the word for a minus sign as minus in \[digits\] of content/lexicon/fr.rules"
	run 0 "$AG" say --lang fr "Conserver à -20 degrés"
	expect_match "$OUT" "text: *Conserver à moins 20 degrés"
	run 0 "$AG" say --lang fr --no-lexicon "Prendre 1 -2 comprimés"
	run 1 "$AG" say --lang en "Take ⅕ of it"
	expect_match "$OUT" "'⅕' is said as nothing: .*say the fraction \"1/5\" in \[fraction\]"
	# A digit or letter of a script the voice does not know is dropped
	# without a sound too: "Take ٢ tablets" was heard "Take tablets".
	run 1 "$AG" say --lang en "Take ٢ tablets"
	expect_match "$OUT" "^cannot say: '٢' is said as nothing: voice en-us has no word for it and drops it without a sound; write a number with the digits 0 to 9, or say the word in content/lexicon/en.pls$"
	run 1 "$AG" say --lang de "Nehmen Sie ２ Tabletten"
	expect_match "$OUT" "'２' is said as nothing"
	run 1 "$AG" say --lang en "Ask ꯑꯅꯤ"
	expect_match "$OUT" "'ꯑ' and 'ꯅ' are said as nothing"
	expect_match "$OUT" "write it in a script the voice reads"
	expect_no_match "$OUT" "digits 0 to 9|\\[symbols\\]"
	# The voice's own digits and letters, alone or not, pass.
	run 0 "$AG" say --lang ar "٤ و ۴ ء ة ى"
	run 0 "$AG" say --lang ru "ъ ь ё й"
	run 0 "$AG" say --lang vi "ặ ữ đ"
	# One the voice says, one the rules say, and marks of notes and
	# lists, which are meant to make no sound, pass.
	run 0 "$AG" say --lang en "Press # then ©, take < 10 mg*, • done"
	run 0 "$AG" say --lang es "Tome ½ comprimido"
	# Phoneme brackets in a text are said apart, never as phonemes.
	run 0 "$AG" say --lang en "[[h@l'oU]]"
	expect_match "$OUT" "^text: +\[ \[h@l'oU\] \]$"
	run 2 "$AG" say --lang en
	run 1 "$AG" say --lang xx "a"
}

test_default_lexicons_say_units_times_and_abbreviations() {
	local code written said got voice langs
	langs=$(ls "$ROOT/content/lexicon" | grep "\.pls$" | sed "s/\.pls$//" | sort | tr "\n" " ")
	expect_eq "$langs" "ar de en es fr pt ru vi zh_CN " "default lexicons"
	while IFS=$'\t' read -r code written said; do
		run 0 "$AG" say --lang "$code" "$written"
		got=$(echo "$OUT" | sed -n 's/^text: *//p')
		expect_eq "$got" "$said" "$code \"$written\""
		# the map's row (the first); the list of voices follows it
		voice=$("$AG" voices | awk -v c="$code" '$1 == c { print $2; exit }')
		[ -n "$voice" ] || fail "no voice for $code in audioguide voices"
		expect_eq "$(switches "$voice" "$said")" 0 "switches in $voice's \"$said\""
	done < <(grep -v '^#' "$ROOT/tests/fixtures/voices/lexicon-defaults.tsv")
	# Each shipped lexicon is valid, its phonemes and aliases said by
	# its language's voice.
	run 0 "$AG" lexicon check
	expect_match "$OUT" "^content/lexicon/zh_CN.pls: [0-9]+ entries$"
}

# Arabic as a translator types it: the vowel after a shadda is said, a
# sun letter after al- is doubled once, bi-al- is bil-, a doubled y is
# a consonant.  eSpeak NG 1.51 read all of these wrong from NFC text.
test_arabic_marks_are_said_as_written() {
	local written ipa n=0
	while IFS=$'\t' read -r written ipa; do
		run 0 "$AG" say --lang ar --ipa "$written"
		expect_eq "$(echo "$OUT" | sed -n 's/^phonemes: *//p')" "$ipa" "IPA of $written"
		n=$((n + 1))
	done < <(grep -v '^#' "$ROOT/tests/fixtures/voices/arabic-marks.tsv")
	[ "$n" -ge 20 ] || fail "only $n Arabic words"
	# What is shown (say's text, captions) is what was written; only
	# eSpeak NG is given the rewritten marks.
	run 0 "$AG" say --lang ar "السَّاعَة"
	expect_match "$OUT" "^text: +السَّاعَة$"
}
