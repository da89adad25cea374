# Bad input from many hands: each case gets "audioguide: FILE:LINE: what
# is wrong", a non-zero exit, and everything else still built.  Builds use
# one language and one profile to stay quick, on the tests' own fixture
# (tests/fixtures/clinic: en and es, four tracks each).

E2E_PROJECT=clinic

# built LANG...: each language of the fixture has its four tracks.
built() {
	local l
	for l in "$@"; do
		expect_match "$OUT" "clinic/$l: [0-9]+ rendered, [0-9]+ up to date, 0 skipped"
		expect_eq "$(ls out/clinic/$l/flac/*.flac | wc -l)" 4 "$l tracks"
	done
}

# bad_guide TEXT REGEX: a second guide with TEXT fails with REGEX while the
# bundled guide still builds.
bad_guide() {
	mkdir -p content/bad
	printf '%b' "$1" > content/bad/guide.md
	run 1 timeout 60 "$AG" build --lang en --profile flac
	expect_match "$ERR" "$2"
	built en
	[ ! -e out/bad/en ] || fail "the bad guide made outputs"
}

test_guide_invalid_utf8() {
	bad_guide '# T\n# A\nok\nbad \xc3\x28 byte\n' \
		"^audioguide: content/bad/guide.md:4: invalid UTF-8 \(byte 5 of the line\)"
}

test_guide_nul_byte() {
	bad_guide '# T\n# A\nab\0cd\n' "^audioguide: content/bad/guide.md:3: contains a NUL byte"
}

test_guide_no_heading() {
	bad_guide '\n\n' "^audioguide: content/bad/guide.md: no heading found"
	bad_guide 'Just a paragraph.\n' "^audioguide: content/bad/guide.md:1: text before the first heading"
}

test_guide_only_title() {
	bad_guide '\n**Only a title**\n\n' "^audioguide: content/bad/guide.md:2: the guide has a title but no sections"
}

test_guide_heading_without_text() {
	bad_guide '# T\n# Empty\n\n# Full\ntext\n' "^audioguide: content/bad/guide.md:2: section 'Empty' has no text under its heading"
}

test_guide_ten_thousand_sections() {
	python3 -c "
s = ['# T', '']
for i in range(10000): s += ['## Part %d' % i, '', 'Text %d.' % i, '']
open('big.md', 'w').write('\n'.join(s))"
	bad_guide "$(cat big.md)" "^audioguide: content/bad/guide.md:3999: more than 999 sections"
}

test_guide_megabyte_paragraph() {
	python3 -c "open('big.md', 'w').write('# T\n\n# Part\n\n' + 'word ' * 210000 + '\n')"
	bad_guide "$(cat big.md)" "^audioguide: content/bad/guide.md:5: paragraph is longer than 65536 bytes"
}

test_guide_control_characters() {
	bad_guide '# T\n# A\nred \033[31malert\033[0m\n' "^audioguide: content/bad/guide.md:3: control character U\+001B"
}

test_guide_hostile_headings_stay_in_out() {
	mkdir -p content/hostile
	{
		printf '# Title\n\n'
		for h in '../../x' '/etc/passwd' 'CON' '.. x ..' 'NUL' "$(printf 'x%.0s' $(seq 300))"; do
			printf '## %s\n\nSome text.\n\n' "$h"
		done
	} > content/hostile/guide.md
	run 0 "$AG" build content/hostile --profile flac
	expect_eq "$(ls out/hostile/en/flac | grep -v playlist | tr '\n' ' ')" \
		"00-title.flac 01-x.flac 02-etc-passwd.flac 03-con.flac 04-x-2.flac 05-nul.flac 06-$(printf 'x%.0s' $(seq 48)).flac " "file names"
	# Nothing was written outside out/hostile.
	expect_eq "$(find . -newer content/hostile/guide.md -type f ! -path './out/hostile/*' ! -name '.out' ! -name '.err' | wc -l)" 0 "files outside out/hostile"
}

test_guide_duplicates_crlf_and_boms() {
	mkdir -p content/mixed
	printf '\xef\xbb\xbf# Title\r\n\r\n## Causes\nFirst line\r\nsecond line.\n\n\xef\xbb\xbf## Causes\r\n\r\nMore \xef\xbb\xbfcauses.\n' > content/mixed/guide.md
	run 0 "$AG" build content/mixed --profile flac
	local m=out/mixed/manifest.json
	expect_eq "$(jq -r '[.languages[0].tracks[].section] | join(" ")' $m)" "title causes causes-2"
	expect_eq "$(jq -r '.languages[0].tracks[1].text[1]' $m)" "First line second line."
}

test_markup_and_control_looking_text_is_spoken_as_text() {
	mkdir -p content/markup
	cat > content/markup/guide.md <<'MD'
# Markup

## Tags

Phoneme brackets [[h@l'oU]], format strings 100%s%n%x, `<speak>` in code and a < b stay text.

## Scripts

A ‮reversed‬ word and zero​width​joined text.
MD
	run 0 "$AG" build content/markup --profile flac
	local m=out/markup/manifest.json d
	for i in 1 2; do
		d=$(jq ".languages[0].tracks[$i].duration" $m)
		awk -v d="$d" 'BEGIN { exit !(d > 2 && d < 25) }' || fail "track $i lasts $d s"
	done
	# Arabic in an English guide: the English voice would read the
	# letters' names; the section is not said, and the build says why.
	sed -i 's/^A ‮reversed‬ word/مرحبا بكم/' content/markup/guide.md
	run 0 "$AG" build content/markup --profile flac
	expect_match "$ERR" "content/markup/guide.md:9: 02-scripts not built in en: 'مرحبا' and 'بكم' are in a script voice en-us reads by the names of its characters; write it in a script the voice reads"
	expect_eq "$(jq -r '.languages[0].skipped[0] | .reason + " " + .problems[0].kind' $m)" "not said by its voice speech"
	grep -qF "Phoneme brackets [[h@l'oU]], format strings 100%s%n%x, &lt;speak&gt; in code and a &lt; b stay text." \
		out/markup/en/captions/01-tags.vtt || fail "caption is not the text as written"
	# What is said: the brackets apart (never phoneme input), the
	# per cent signs as the English lexicon says them, < and > as the
	# English rules say them (never a tag).
	expect_eq "$(jq -r '.languages[0].tracks[1].text[1]' $m)" "Phoneme brackets [ [h@l'oU] ], format strings 100 percent s percent n percent x, less than speak more than in code and a less than b stay text."
	# Raw HTML (SSML, a tag) is not spoken as text: it is refused.
	printf '# T\n\n## A\n\nSay <break time="3600s"/> now.\n' > content/markup/guide.md
	run 1 "$AG" build content/markup --profile flac
	expect_match "$ERR" "^audioguide: content/markup/guide.md:5: raw HTML \(<break time=\"3600s\"/>\) is not read aloud"
}

# bad_po EDIT REGEX: a broken es.po fails with REGEX; English builds.
bad_po() {
	python3 -c "$1" po/clinic/es.po
	run 1 "$AG" build --lang en,es --profile flac
	expect_match "$ERR" "$2"
	built en
	expect_match "$OUT" "clinic/es: not built; its earlier outputs are kept"
}

test_po_syntax_error() {
	bad_po "import sys; p=sys.argv[1]; s=open(p).read().replace('msgstr \"Antes de venir\"', 'msgstr Antes', 1); open(p,'w').write(s)" \
		"^audioguide: po/clinic/es.po:[0-9]+: "
}

test_po_wrong_charset() {
	# Declared UTF-8, written in Latin-1.
	bad_po "import sys; p=sys.argv[1]; s=open(p,encoding='utf-8').read(); open(p,'wb').write(s.encode('latin-1', 'replace'))" \
		"^audioguide: po/clinic/es.po:[0-9]+: "
	restore po/clinic/es.po
	bad_po "import sys; p=sys.argv[1]; s=open(p).read().replace('charset=UTF-8', 'charset=NO-SUCH-CHARSET'); open(p,'w').write(s)" \
		"^audioguide: po/clinic/es.po:[0-9]+: unknown charset 'NO-SUCH-CHARSET'"
}

test_po_duplicate_entry() {
	bad_po "import sys; p=sys.argv[1]; open(p,'a').write('\nmsgctxt \"on-the-day\"\nmsgid \"On the Day\"\nmsgstr \"Otra vez\"\n')" \
		"^audioguide: po/clinic/es.po:[0-9]+: duplicate message definition"
}

test_po_control_character() {
	bad_po "import sys; p=sys.argv[1]; s=open(p).read().replace('msgstr \"Antes de venir\"', 'msgstr \"Antes \\\\033[31mde venir\"', 1); open(p,'w').write(s)" \
		"^audioguide: po/clinic/es.po:[0-9]+: msgstr holds control character U\+001B"
}

test_po_blank_and_plural_entries_skip_their_section() {
	python3 - po/clinic/es.po <<'PY'
import sys
p = sys.argv[1]; s = open(p, encoding="utf-8").read()
s = s.replace('msgstr "Antes de venir"', 'msgstr "   "', 1)
s = s.replace('msgctxt "on-the-day"\nmsgid "On the Day"\nmsgstr "El día de la visita"',
              'msgctxt "on-the-day"\nmsgid "On the Day"\nmsgid_plural "On the Days"\nmsgstr[0] "El día"\nmsgstr[1] "Los días"', 1)
open(p, "w", encoding="utf-8").write(s)
PY
	run 0 "$AG" build --lang es --profile flac
	expect_match "$ERR" "es.po:[0-9]+: 01-before-you-come not built in es: untranslated"
	expect_match "$ERR" "es.po:[0-9]+: 02-on-the-day not built in es: plural entry"
	# Each skipped section keeps its place with a notice track.
	expect_match "$OUT" "clinic/es: 4 rendered, 0 up to date, 2 skipped \(2 with a notice in their place\)"
}

test_po_unknown_context_reported() {
	printf '\nmsgctxt "no-such-section"\nmsgid "Stray"\nmsgstr "Perdido"\n' >> po/clinic/es.po
	local line
	line=$(grep -n 'msgctxt "no-such-section"' po/clinic/es.po | cut -d: -f1)
	run 0 "$AG" build --lang es --profile flac
	expect_match "$ERR" "^audioguide: po/clinic/es.po:$line: 1 entry is not in the guide, ignored"
	built es
}

test_po_for_missing_guide_and_bad_names() {
	mkdir -p po/ghost
	cp po/clinic/es.po po/ghost/es.po
	run 1 "$AG" build --lang en --profile flac
	expect_match "$ERR" "^audioguide: po/ghost: translations for a guide that does not exist"
	built en
	rm -rf po/ghost
	run 2 "$AG" build --lang ../x
	expect_match "$ERR" "--lang ../x: not a language code"
	run 1 "$AG" build --lang it --profile flac
	expect_match "$ERR" "po/clinic: no it.po for --lang it"
	printf 'languages = en, ../x\n' >> content/clinic/guide.conf
	run 1 "$AG" build --profile flac
	expect_match "$ERR" "content/clinic/guide.conf:$(wc -l < content/clinic/guide.conf): languages: '../x' is not a language code"
	restore content/clinic/guide.conf
	cp po/clinic/es.po po/clinic/French.po
	run 1 "$AG" build --lang en --profile flac
	expect_match "$ERR" "French.po: 'French' is not a gettext language code"
}

# bad_conf LINES REGEX: guide.conf with LINES appended fails with REGEX,
# where {L} is the first appended line's number and {L2} the second's.
bad_conf() {
	local n re
	n=$(wc -l < content/clinic/guide.conf)
	re=${2//\{L\}/$((n + 1))}
	re=${re//\{L2\}/$((n + 2))}
	printf '%b' "$1" >> content/clinic/guide.conf
	run 1 "$AG" build --lang en,es --profile flac
	expect_match "$ERR" "$re"
	restore content/clinic/guide.conf
}

test_conf_bad_values() {
	bad_conf 'rate = fast\n' "^audioguide: content/clinic/guide.conf:{L}: rate = fast: expected a whole number from 80 to 450"
	bad_conf 'rate = 1e99\n' "^audioguide: content/clinic/guide.conf:{L}: rate = 1e99"
	bad_conf 'pitch = -5\n' "^audioguide: content/clinic/guide.conf:{L}: pitch = -5"
	bad_conf 'volume = 11\n' "^audioguide: content/clinic/guide.conf:{L}: unknown key 'volume'"
	bad_conf '[loudness]\ntarget_lufs = -3\n' "^audioguide: content/clinic/guide.conf:{L2}: target_lufs = -3: expected a number from -40 to -10"
	bad_conf 'profiles = mp3, wma\n' "^audioguide: content/clinic/guide.conf:{L}: unknown profile 'wma'"
	bad_conf '[voices]\nes = no-such-voice\n' "^audioguide: content/clinic/guide.conf:{L2}: \[voices\] es = no-such-voice: eSpeak NG has no such voice"
}

test_out_not_writable() {
	mkdir -p ro
	chmod 755 "$W" "$W/content" "$W/po" "$W/ro" && chmod -R a+rX "$W/content" "$W/po"
	run 1 setpriv --reuid=65534 --regid=65534 --clear-groups "$AG" build --lang en --profile flac --out ro
	expect_match "$ERR" "^audioguide: ro/clinic: cannot create directory: Permission denied"
	run 1 "$AG" build --lang en --profile flac --out content/clinic/guide.md
	expect_match "$ERR" "exists and is not a directory"
}

test_disk_full_damages_nothing() {
	# (no packages: their Opus tracks differ from build to build)
	run 0 "$AG" build --lang en --profile flac,ulaw --package none
	local before
	before=$(cd out && find . -type f ! -name .lock | sort | xargs md5sum)
	# A file-size limit of 100 KB: the FLAC tracks cannot be written.
	run 1 bash -c "ulimit -f 100; exec '$AG' build --lang en --profile flac,ulaw --package none --force -j1"
	expect_match "$ERR" "File too large"
	[ -z "$(find out -name '.*.tmp*')" ] || fail "temporaries left"
	# Every file under a final name is whole: the old ones were kept.
	local f
	for f in out/clinic/en/flac/*.flac; do
		flac -t -s "$f" || fail "$f damaged"
	done
	expect_eq "$(ls out/clinic/en/flac/*.flac | wc -l)" 4 "FLAC files"
	# The next build, with room, finishes the job, and matches the first.
	run 0 "$AG" build --lang en --profile flac,ulaw --package none
	expect_match "$OUT" "build: [0-9]+ rendered"
	expect_eq "$(cd out && find . -type f ! -name .lock | sort | xargs md5sum)" "$before" "outputs after the full disk"
}

test_missing_path_argument() {
	run 1 "$AG" build content/no-such-guide
	expect_match "$ERR" "^audioguide: content/no-such-guide: not a guide folder"
	run 1 "$AG" extract /no/such/dir
	run 1 bash -c "cd /tmp && '$AG' build"
	expect_match "$ERR" "content: no such folder"
}
