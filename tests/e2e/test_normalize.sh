# End-to-end tests for what is said means what is written: the tables of
# spoken forms of every shipped language (tests/fixtures/normalize, run
# by normcheck.py against the espeak-ng command-line tool), names kept in
# the guide's language and said by its voice, every word the voice
# cannot say reported at once, and Arabic written without its vowels.
# On the tests' own fixture (tests/fixtures/clinic: en and es).

E2E_PROJECT=clinic

test_every_table_of_spoken_forms() {
	local t n=0
	for t in "$ROOT"/tests/fixtures/normalize/*.tsv; do
		run 0 python3 "$ROOT/tests/e2e/normcheck.py" "$AG" "$t"
		expect_match "$OUT" "^[a-zA-Z_]+: ([4-9][0-9]|[1-9][0-9][0-9]) cases .*, 0 failed$" "$(basename "$t")"
		n=$((n + 1))
	done
	expect_eq "$n" 9 "tables (en es fr de pt_BR ru ar vi zh_CN)"
}

# A section of the fixture's guide in Russian, Arabic, Chinese and
# Vietnamese, naming A&E, paracetamol and a hospital by their English
# names, as leaflets for patients in the UK do.
foreign_names() {
	cat > content/clinic/guide.md <<-'EOF'
	# Eye drops

	## Getting help

	If your eye gets worse, go to the Moorfields Eye Hospital (A&E) and take paracetamol for the pain.
	EOF
	printf 'languages = en, ru, ar, zh_CN, vi\nprofiles = flac\n' > content/clinic/guide.conf
	rm -f po/clinic/*
	python3 - <<-'EOF'
	heads = {'ru': 'Как получить помощь', 'ar': 'الحُصُولُ عَلَى المُسَاعَدَة',
	         'zh_CN': '如何求助', 'vi': 'Tìm trợ giúp'}
	titles = {'ru': 'Глазные капли', 'ar': 'قَطَرَاتُ العَيْن', 'zh_CN': '眼药水',
	          'vi': 'Thuốc nhỏ mắt'}
	texts = {
	 'ru': 'Если глазу станет хуже, идите в Moorfields Eye Hospital (A&E) и примите paracetamol от боли.',
	 'ar': 'إِذَا سَاءَتْ عَيْنُكَ، اِذْهَبْ إِلَى Moorfields Eye Hospital (A&E) وَخُذْ paracetamol لِلْأَلَم.',
	 'zh_CN': '如果眼睛变糟，请去Moorfields Eye Hospital（A&E），并服用paracetamol止痛。',
	 'vi': 'Nếu mắt nặng hơn, hãy đến Moorfields Eye Hospital (A&E) và uống paracetamol để giảm đau.',
	}
	src = 'If your eye gets worse, go to the Moorfields Eye Hospital (A&E) and take paracetamol for the pain.'
	for l in texts:
	    with open('po/clinic/%s.po' % l, 'w', encoding='utf-8') as f:
	        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: %s\\n"\n\n' % l)
	        f.write('msgctxt "title"\nmsgid "Eye drops"\nmsgstr "%s"\n\n' % titles[l])
	        f.write('msgctxt "getting-help"\nmsgid "Getting help"\nmsgstr "%s"\n\n' % heads[l])
	        f.write('msgctxt "getting-help"\nmsgid "%s"\nmsgstr "%s"\n' % (src, texts[l]))
	EOF
}

test_names_stay_in_the_guide_language() {
	foreign_names
	# Unlisted, the hospital's name is English in every translation: the
	# section is not said, and every such word is named, once, bare.
	run 3 "$AG" status
	local l
	for l in ru ar zh_CN vi; do
		expect_match "$OUT" "po/clinic/$l.po:[0-9]+: .*'Hospital'" "$l"
	done
	expect_match "$OUT" "'Moorfields', 'Eye' and 'Hospital' are not Russian words voice ru says by its own rules: eSpeak NG reads them by English rules \(en\)"
	expect_no_match "$OUT" "'\(|\(A&E\)'|Hospital'?\)"
	expect_match "$OUT" "list a name that stays in English under \[names\] in content/clinic/guide.conf, or say the word in content/lexicon/ru.pls"
	# Listed, each is said as listed by the guide's own voice.
	printf '[names]\nMoorfields Eye Hospital = Moorfields Eye Hospital\nA&E = A and E\nparacetamol = paracetamol\n' >> content/clinic/guide.conf
	run 0 "$AG" status
	expect_match "$OUT" "ru +ru +[0-9]+ translated.* 2/2 sections complete"
	expect_match "$OUT" "ar +ar +[0-9]+ translated.* 2/2 sections complete"
	expect_match "$OUT" "zh_CN +cmn-latn-pinyin .* 2/2 sections complete"
	expect_match "$OUT" "vi +vi .* 2/2 sections complete"
	run 0 "$AG" build
	expect_match "$(jq -r '.languages[] | select(.code=="ru") | .tracks[1].text[1]' out/clinic/manifest.json)" \
		"идите в Moorfields Eye Hospital \(A and E\) и примите paracetamol"
	# What the Russian voice says is Russian; the names, English.
	expect_eq "$(espeak-ng -q -x -v ru 'Если глазу станет хуже, идите в и примите от боли.' | grep -c '(en)')" 0 "switches in the Russian words"
	run 0 "$AG" say --guide content/clinic --lang ru "Идите в A&E."
	expect_match "$OUT" "^name: +\"A&E\" -> \"A and E\" \(content/clinic/guide.conf:[0-9]+\)$"
	expect_match "$OUT" "^voice en-us says \"A and E\": "
	# The audio: the name is heard, in the English voice, inside the
	# Russian track (it is longer than the track without it).
	[ -s out/clinic/ru/flac/01-getting-help.flac ] || fail "no Russian track"
}

test_every_bad_word_is_reported_in_one_build() {
	# Three words in two paragraphs of a Spanish section that no Spanish
	# rule reads (Greek and Cyrillic: eSpeak NG switches to Greek, or
	# reads Cyrillic letters by their names): all three are named, each
	# with its entry's line, without the punctuation around them.
	python3 - <<-'EOF'
	p = 'po/clinic/es.po'
	s = open(p, encoding='utf-8').read()
	s = s.replace('"Llegue quince minutos antes, por favor.', '"Llegue quince minutos antes («Ελλάδα»), por favor.')
	s = s.replace('"La visita suele durar una media hora."', '"La visita suele durar una media hora en Москва y Киев."')
	open(p, 'w', encoding='utf-8').write(s)
	EOF
	run 0 "$AG" build --lang es --profile flac --package none
	expect_match "$ERR" "po/clinic/es.po:[0-9]+: 02-on-the-day not built in es: 'Ελλάδα' is not a Spanish word voice es says by its own rules: eSpeak NG reads it by Greek rules \(el\)"
	expect_match "$ERR" "po/clinic/es.po:[0-9]+: 02-on-the-day not built in es: 'Москва' and 'Киев' are in a script voice es reads by the names of its characters"
	expect_eq "$(echo "$ERR" | grep -c '02-on-the-day not built')" 2 "one message per entry"
}

test_arabic_without_vowel_marks_is_caught() {
	foreign_names
	printf '[names]\nMoorfields Eye Hospital = Moorfields Eye Hospital\nA&E = A and E\nparacetamol = paracetamol\n' >> content/clinic/guide.conf
	# "يكتب" (he writes) without its vowels: eSpeak NG reads jktb.
	sed -i 's/إِذَا سَاءَتْ عَيْنُكَ،/إِذَا سَاءَتْ عَيْنُكَ أو يكتب الطبيب،/' po/clinic/ar.po
	run 3 "$AG" status --lang ar
	expect_match "$OUT" "po/clinic/ar.po:[0-9]+: 'يكتب' is said without its vowels: eSpeak NG cannot guess the vowels"
	expect_match "$OUT" "write its vowel marks in the translation, or say the word in content/lexicon/ar.pls"
	expect_match "$(espeak-ng -q --ipa -v ar 'يكتب')" "^jktb"
	# With its marks it is said: يَكْتُبُ.
	sed -i 's/أو يكتب الطبيب/أو يَكْتُبُ الطبيب/' po/clinic/ar.po
	run 0 "$AG" status --lang ar
	expect_match "$OUT" "2/2 sections complete"
	# A vowel is not enough: "نستطيع" (we can) is read nstˈtˤiːʕ, with
	# three consonants at its start, which no Arabic word has.
	sed -i 's/أو يَكْتُبُ الطبيب/أو نستطيع/' po/clinic/ar.po
	run 3 "$AG" status --lang ar
	expect_match "$OUT" "po/clinic/ar.po:[0-9]+: 'نستطيع' is said without its vowels"
	expect_match "$(espeak-ng -q --ipa -v ar 'نستطيع')" "^nst"
	sed -i 's/أو نستطيع/أو نَسْتَطِيعُ/' po/clinic/ar.po
	run 0 "$AG" status --lang ar
}

test_say_shows_each_class() {
	run 0 "$AG" say --lang en "Call 999 or 0161 496 0732 on 14/04/2026; take 1-2 tablets; see rnib.org.uk; the DVLA; 24/7."
	expect_match "$OUT" "^text: +Call nine nine nine or zero one six one, four nine six, zero seven three two on the fourteenth of April 2026; take 1 to 2 tablets; see R N I B dot org dot U K; the D V L eh; twenty-four hours a day, seven days a week\.$"
	expect_match "$OUT" "^emergency: \"999\" -> \"nine nine nine\" \(.*/en.rules:[0-9]+\)$"
	expect_match "$OUT" "^telephone: \"0161 496 0732\" -> "
	expect_match "$OUT" "^date: +\"14/04/2026\" -> \"the fourteenth of April 2026\"$"
	expect_match "$OUT" "^range: +\"1-2\" -> \"1 to 2\"$"
	expect_match "$OUT" "^address: +\"rnib.org.uk\" -> "
	expect_match "$OUT" "^acronym: +\"DVLA\" -> \"D V L eh\"$"
	expect_match "$OUT" "^symbol: +\"24/7\" -> "
	# A dose's fraction is said as one, never "one slash two".
	run 0 "$AG" say --lang en "Take 1/2 tablet, then 1 1/2 tablets."
	expect_match "$OUT" "^text: +Take a half tablet, then 1 and a half tablets\.$"
	expect_match "$OUT" "^fraction: \"1/2\" -> \"a half\" \(.*/en.rules:[0-9]+\)$"
	expect_match "$OUT" "^fraction: \"1 1/2\" -> \"1 and a half\" "
	# The date order is the guide's: a US guide reads 04/14/2026.
	printf 'date_order = mdy\n' >> content/clinic/guide.conf
	run 0 "$AG" say --guide content/clinic "on 04/14/2026"
	expect_match "$OUT" "^text: +on April fourteenth, 2026$"
	# A rules file with a mistake names its line.
	mkdir -p content/lexicon
	printf '[digits]\nwords = zero, one\n' > content/lexicon/en.rules
	run 1 "$AG" say "999"
	expect_match "$ERR" "content/lexicon/en.rules:2: \[digits\] words: needs ten items, 0 to 9, with commas"
}
