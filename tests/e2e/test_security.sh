# Reliability and security: what a hostile contributor or an unlucky
# admin can put in front of a build.  No input crashes it, hangs it past
# its documented budget or makes it touch a file outside out/<guide>/;
# every generated configuration parses by its server's rules.  On the
# tests' own fixture (tests/fixtures/clinic: en and es).

E2E_PROJECT=clinic

# conf_line TEXT: add a line to guide.conf; $L is its line number.
conf_line() {
	printf '%b\n' "$1" >> content/clinic/guide.conf
	L=$(wc -l < content/clinic/guide.conf)
}

test_title_and_publisher_are_checked_as_text() {
	cp content/clinic/guide.conf conf.orig
	conf_line 'title = Bad \xff\xfe title'
	local cmd
	for cmd in "status" "build --lang en --profile flac" "lexicon check" \
		   "extract" "update-po"; do
		run 1 timeout 60 "$AG" $cmd
		expect_match "$ERR" "^audioguide: content/clinic/guide.conf:$L: title: invalid UTF-8 \(byte 5 of the value\)" "$cmd"
	done
	cp conf.orig content/clinic/guide.conf
	conf_line 'title = Clear \033[2J screen'
	run 1 "$AG" status
	expect_match "$ERR" "guide.conf:$L: title: control character U\+001B \(byte 7 of the value\)"
	expect_no_match "$OUT$ERR" $'\033' "the terminal's escape"
	cp conf.orig content/clinic/guide.conf
	conf_line 'publisher = Clinic \xef\xbf\xbf'
	run 1 "$AG" status
	expect_match "$ERR" "guide.conf:$L: publisher: noncharacter U\+FFFF"
	cp conf.orig content/clinic/guide.conf
	conf_line 'title = ?!'
	run 1 "$AG" status
	expect_match "$ERR" "guide.conf:$L: title = \?!: has no letter or digit to say"
	# U+FFFE in guide.md and in a msgstr: refused with their line.
	cp conf.orig content/clinic/guide.conf
	printf '# T\n\n## A\n\nok \xef\xbf\xbe\n' > content/clinic/guide.md
	run 1 "$AG" status
	expect_match "$ERR" "guide.md:5: noncharacter U\+FFFE"
}

test_symlinks_below_out_are_never_followed() {
	run 0 "$AG" build -q --package asterisk,freeswitch,loop,daisy202,epub3,web
	# A folder of someone else's files, linked in at every level.
	mkdir -p theirs/en
	echo prompt > theirs/en/vm-intro.gsm
	echo menu > theirs/hospital-main-menu.wav
	ln -s vm-intro.gsm theirs/en/link-of-theirs
	local sum link
	sum=$(find theirs -printf '%p %y %s\n' | sort; find theirs -type f -print0 | sort -z | xargs -0 md5sum)
	for link in es en/mp3 en/captions en/.keys en/.keys/flac en/daisy202 \
		    en/prompts/ulaw asterisk asterisk/sounds \
		    asterisk/sounds/es/audioguide/clinic freeswitch/sounds \
		    freeswitch/sounds/en/audioguide/clinic/8000 loop .keys/loop \
		    en/mp3/01-before-you-come.mp3; do
		mv out/clinic/$link moved
		ln -s "$W/theirs" out/clinic/$link
		run 1 "$AG" build --package asterisk,freeswitch,loop,daisy202,epub3,web
		expect_match "$ERR" "^audioguide: out/clinic/$link: is a symbolic link \(to $W/theirs\); audioguide writes only inside out/clinic/" "$link"
		expect_eq "$(find theirs -printf '%p %y %s\n' | sort; find theirs -type f -print0 | sort -z | xargs -0 md5sum)" \
			"$sum" "the linked folder, after a build with out/clinic/$link"
		rm out/clinic/$link
		mv moved out/clinic/$link
	done
	# The link the other way (theirs -> out) is what README shows: fine.
	ln -s "$W/out/clinic/asterisk/sounds/en" theirs/audioguide
	run 0 "$AG" build --package asterisk,freeswitch,loop,daisy202,epub3,web
	expect_match "$OUT" "build: 0 rendered"
}

test_hostile_titles_make_loadable_xml() {
	mkdir -p content/pre--op po/pre--op
	printf '# Pre-op -- what to expect <&> "now"\n\n## Before -- the day\n\nEat nothing after midnight -- or as told.\n\n## After\n\nRest at home.\n' > content/pre--op/guide.md
	printf 'title = Pre-op -- what to expect --\npublisher = A&B <clinic> --\nlanguages = en\npackages = freeswitch, asterisk, daisy202, epub3, web\nprofiles = mp3\n' > content/pre--op/guide.conf
	run 0 "$AG" build content/pre--op
	local f n=0 d
	# (index.html is HTML5, not XML: axe and Chromium check it.)
	for f in $(find out/pre--op -name '*.xml' -o -name '*.smil' -o -name '*.html' ! -name index.html -o -name '*.opf' -o -name '*.xhtml'); do
		xmllint --noout "$f" || fail "$f is not well-formed XML"
		n=$((n + 1))
	done
	d=$(mktemp -d)
	(cd "$d" && unzip -q "$W/out/pre--op/en/pre--op-en.epub")
	for f in $(find "$d" -name '*.xhtml' -o -name '*.smil' -o -name '*.opf' -o -name '*.xml'); do
		xmllint --noout "$f" || fail "$f (EPUB) is not well-formed XML"
		n=$((n + 1))
	done
	rm -rf "$d"
	[ "$n" -ge 12 ] || fail "only $n XML files checked"
	# No text of the guide's in a comment; the id, made safe.
	expect_no_match "$(grep -h '<!--' out/pre--op/freeswitch/*/*.xml)" "expect|--op"
	expect_match "$(grep -h '<!--' out/pre--op/freeswitch/ivr_menus/*.xml)" "guide pre- -op\."
	run 0 python3 "$ROOT/tests/e2e/phonecheck.py" out/pre--op
}

test_long_and_colliding_guide_ids() {
	local long66 long98 g
	long66=clinic-with-a-rather-long-name-that-the-admin-chose-for-it-xyz-abc
	long98=$long66-and-then-some-more-words-to-reach-98-chars
	long98=${long98:0:98}
	expect_eq "${#long66}" 66 "id length"
	for g in clinic_es "$long66" "$long98" clinic.es; do
		cp -r content/clinic content/$g
		cp -r po/clinic po/$g
		mv po/$g/clinic.pot po/$g/$g.pot
	done
	for g in clinic clinic_es "$long66" "$long98" clinic.es; do
		printf 'languages = en, es\nprofiles = ulaw\npackages = asterisk, freeswitch\n' > content/$g/guide.conf
	done
	run 0 "$AG" build -q
	local ctx ext
	ctx=$(cat out/*/asterisk/extensions_audioguide_*.conf | sed -n 's/^\[\(.*\)\]$/\1/p')
	expect_eq "$(ls out/*/asterisk/extensions_audioguide_*.conf | wc -l)" 5 "one dialplan file per guide"
	expect_eq "$(echo "$ctx" | sort | uniq -d)" "" "contexts used twice"
	expect_eq "$(echo "$ctx" | awk 'length > 79' | head -1)" "" "contexts over 79 characters"
	ext=$(cat out/*/freeswitch/dialplan/*.xml | sed -n 's/.*<extension name="\([^"]*\)".*/\1/p')
	expect_eq "$(echo "$ext" | sort | uniq -d)" "" "FreeSWITCH extensions used twice"
	expect_eq "$(cat out/*/freeswitch/ivr_menus/*.xml | sed -n 's/.*<menu name="\([^"]*\)".*/\1/p' | sort | uniq -d)" "" \
		"FreeSWITCH menus used twice"
	# A dot is a dot in FreeSWITCH's regular expressions.
	grep -q 'expression="^audioguide_clinic\\.es\\+es\$"' out/clinic.es/freeswitch/dialplan/audioguide_clinic.es.xml ||
		fail "the id's dot is not escaped: $(grep expression out/clinic.es/freeswitch/dialplan/*.xml | head -2)"
	# The long ids: a stable tag, said in the file.
	expect_match "$(head -4 out/$long98/asterisk/extensions_audioguide_$long98.conf)" \
		"contexts are audioguide-${long98:0:28}~[0-9a-f]{10} "
	for g in clinic clinic_es "$long66" "$long98" clinic.es; do
		run 0 python3 "$ROOT/tests/e2e/phonecheck.py" out/$g
	done
}

test_lexicon_pattern_budgets() {
	mkdir -p content/lexicon
	local head='<?xml version="1.0" encoding="UTF-8"?><lexicon version="1.0" alphabet="x-espeak" xml:lang="es" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">'
	# More capturing groups than an alias can use: refused when read.
	python3 -c "print('$head'); print('<lexeme regex=\"true\"><grapheme>' + '(.)' * 12 + '</grapheme><alias>x</alias></lexeme></lexicon>')" > content/lexicon/es.pls
	run 1 "$AG" status --lang es
	expect_match "$ERR" "content/lexicon/es.pls:2: pattern .* has 12 capturing groups; an alias can use \\\$1 to \\\$9"
	# Fifty patterns that backtrack for ever: the first one stops the
	# sections it meets, with its line; in well under a second each.
	python3 -c "
print('$head')
for i in range(1, 51):
    print('<lexeme regex=\"true\"><grapheme>(?:\\\\w+\\\\s?)+\\\\d{%d}</grapheme><alias>x</alias></lexeme>' % i)
print('</lexicon>')" > content/lexicon/es.pls
	run 3 timeout 20 "$AG" status --lang es
	expect_match "$OUT" "content/lexicon/es.pls:2: the pattern \"\(\?:\\\\w\+\\\\s\?\)\+\\\\d\{1\}\" backtracks too far \(PCRE2's match limit\); make it simpler"
	expect_match "$OUT" "0/4 sections complete"
	# A greedy pattern against a 60 KB paragraph: bounded time and memory.
	python3 - <<-'EOF'
	import re
	p = 'po/clinic/es.po'
	s = open(p, encoding='utf-8').read()
	s = s.replace('msgstr "La visita suele durar una media hora."',
	              'msgstr "' + 'Palabra ' * 7000 + '"')
	open(p, 'w', encoding='utf-8').write(s)
	EOF
	python3 -c "print('$head'); print('<lexeme regex=\"true\"><grapheme>(?:.|x)*(?:.|x)*z</grapheme><alias>x</alias></lexeme></lexicon>')" > content/lexicon/es.pls
	run 3 /usr/bin/time -f '%M' timeout 120 "$AG" status --lang es
	# (ASan's shadow memory and quarantine are not the program's: the
	# bound is checked in the normal build's run of the suite.)
	[ "${SANITIZED:-0}" = 1 ] ||
		awk -v kb="$(echo "$ERR" | tail -1)" 'BEGIN { exit !(kb < 200000) }' || fail "peak memory $(echo "$ERR" | tail -1) KB"
}

test_translations_have_a_length_limit() {
	# 8 MB; under ASan 160 KB: libgettextpo grows a string by small
	# reallocations, which ASan's realloc copies every time (minutes
	# for 8 MB, where glibc's takes 0.6 s in all).
	local words=1000000
	[ "${SANITIZED:-0}" = 1 ] && words=20000
	WORDS=$words python3 - <<-'EOF'
	import os
	p = 'po/clinic/es.po'
	s = open(p, encoding='utf-8').read()
	s = s.replace('msgstr "La visita suele durar una media hora."',
	              'msgstr "' + 'palabra ' * int(os.environ['WORDS']) + '"')
	open(p, 'w', encoding='utf-8').write(s)
	EOF
	local line
	line=$(grep -n '^msgstr "palabra' po/clinic/es.po | cut -d: -f1)
	line=$((line - 2))	# the entry's msgctxt
	run 3 timeout 60 "$AG" status --lang es
	expect_match "$OUT" "po/clinic/es.po:$line: the translation is $((words * 8)) bytes long; a paragraph may be at most 65536"
	run 0 timeout 120 "$AG" build --lang es --profile flac
	expect_match "$ERR" "^audioguide: po/clinic/es.po:$line: 02-on-the-day not built in es: the translation is $((words * 8)) bytes long"
}

test_a_section_that_says_nothing_is_refused() {
	local g=content/clinic/guide.md
	printf '# T\n\n## ?\n\nSome words.\n' > $g
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: $g:3: heading has no letter or digit: nothing to say"
	printf '# T\n\n## A part\n\n...\n' > $g
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: $g:5: text has no letter or digit"
	printf '# T\n\n## A part\n\n\xe2\x80\x8b\xe2\x80\xae\xe2\x80\x8d\n' > $g
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: $g:5: text has no letter or digit"
	restore $g
	# A translation that says nothing: its section is not built.
	sed -i 's/^msgstr "Después de la visita"/msgstr "…"/' po/clinic/es.po
	run 3 "$AG" status --lang es
	expect_match "$OUT" "po/clinic/es.po:[0-9]+: the translation has no letter or digit: nothing to say"
	expect_match "$OUT" "3/4 sections complete"
}

test_sigterm_while_composing_stops_the_build() {
	# Forty sections, then the waiting-room recordings, the slow part of
	# composing: SIGTERM as the recording is being written.
	python3 - <<-'EOF'
	with open('content/clinic/guide.md', 'w') as f:
	    f.write('# Many Parts\n\n')
	    for i in range(40):
	        f.write('## Part %d\n\nThis is part %d of a long guide, with a few '
	                'sentences to say. Each one takes a while to hear. '
	                'Then it ends.\n\n' % (i + 1, i + 1))
	EOF
	printf 'languages = en\nprofiles = flac\npackages = loop\n' > content/clinic/guide.conf
	local pid rc=0 i
	"$AG" build -q >out.log 2>&1 &
	pid=$!
	for i in $(seq 1 1200); do
		ls out/clinic/loop/.*.tmp* >/dev/null 2>&1 && break
		kill -0 $pid 2>/dev/null || break
		sleep 0.05
	done
	ls out/clinic/loop/.*.tmp* >/dev/null 2>&1 || fail "never saw the recording being written: $(cat out.log)"
	kill -TERM $pid
	wait $pid || rc=$?
	expect_eq "$rc" 143 "exit status after SIGTERM while composing"
	expect_eq "$(find out -name '.*.tmp*' | head -3)" "" "temporaries left"
	[ ! -e out/clinic/loop/clinic-en.mp3 ] || fail "a recording was finished after SIGTERM"
	# The next build finishes the job.
	run 0 "$AG" build -q
	[ -s out/clinic/loop/clinic-en.mp3 ] || fail "no recording after the next build"
}

test_messages_name_what_to_fix() {
	cp content/clinic/guide.conf conf.orig
	conf_line '[voices]\nen = /etc/passwd'
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: content/clinic/guide.conf:$L: \[voices\] en = /etc/passwd: not an eSpeak NG voice name"
	cp conf.orig content/clinic/guide.conf
	conf_line '[voices]\nen = mb/mb-en1'
	run 1 "$AG" build --lang en --profile flac
	expect_match "$ERR" "^audioguide: content/clinic/guide.conf:$L: \[voices\] en = mb/mb-en1: an MBROLA voice"
	expect_no_match "$ERR" "mbrola:|MBROLA voice.*not found|/usr/share/mbrola" "eSpeak NG's own noise"
	cp conf.orig content/clinic/guide.conf
	# A voice eSpeak NG lacks: status says the language cannot be built.
	conf_line '[voices]\nen = no-such-voice'
	run 1 "$AG" status
	expect_match "$OUT" "en +no-such-voice +cannot be built"
	expect_no_match "$OUT" "^  en .*sections complete"
	cp conf.orig content/clinic/guide.conf
	# --shard from job runners, said as they number things.
	run 2 env CI_NODE_INDEX=0 "$AG" build --shard auto/2
	expect_match "$ERR" "CI_NODE_INDEX=0: GitLab counts its nodes from 1"
	run 0 env SLURM_ARRAY_TASK_ID=4 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_STEP=2 SLURM_ARRAY_TASK_COUNT=3 "$AG" build --shard auto --lang en --profile flac
	expect_match "$OUT" "build, shard 2 of 3"
	run 2 env SLURM_ARRAY_TASK_ID=1 SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_COUNT=3 "$AG" build --shard auto
	expect_match "$ERR" "SLURM_ARRAY_TASK_ID=1 is not one of the array's tasks"
	run 2 "$AG" build --shard a/b
	expect_match "$ERR" "--shard 'a/b': N must be a whole number"
	expect_no_match "$(echo "$ERR" | head -1)" "-1|-2"
	# A PO that is not one is not quoted back.
	printf 'secretword:x:0:0\n' > secret
	ln -s "$W/secret" po/clinic/fr.po
	run 1 "$AG" status
	expect_match "$ERR" "po/clinic/fr.po:1: unknown keyword: .*is this a PO file"
	expect_no_match "$ERR" "secretword"
	rm po/clinic/fr.po
	# gettext's words, then plain ones.
	printf 'msgid "Extra"\nmsgstr "sin cerrar\n' >> po/clinic/es.po
	run 1 "$AG" status
	expect_match "$ERR" "po/clinic/es.po:[0-9]+: end-of-line within string: a closing double quote \(\"\) is missing at the end of this line"
}

test_a_refused_menu_phrase_costs_only_the_menus() {
	# A translator's phrase with a directive of its own: refused, and
	# (under the sanitizers) nothing leaks.
	mkdir -p po
	sed 's/^msgstr "Para %s, pulse %d."/msgstr "Para %3$s%1$s, pulse %2$d."/' \
		"$AUDIOGUIDE_DATADIR/po/es.po" > po/es.po
	grep -q 'pulse %2$d' po/es.po || fail "the phrase was not changed"
	run 1 "$AG" build --package asterisk --profile ulaw
	expect_match "$ERR" "es has no telephone menus"
	expect_match "$OUT" "clinic/es: 4 rendered"
}

test_po_saved_with_a_bom_or_as_utf16_is_named() {
	# What Windows editors write ("UTF-8 with BOM", "Unicode"): gettext's
	# tools refuse both; build, status and update-po say what to do, and
	# update-po leaves the file as it is.
	cp po/clinic/es.po es.good
	printf '\xef\xbb\xbf' | cat - es.good > po/clinic/es.po
	cp po/clinic/es.po es.bom
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: po/clinic/es.po:1: starts with a byte order mark \(BOM\), which gettext's tools cannot read; save it as UTF-8 without a BOM$"
	run 1 "$AG" update-po
	expect_match "$ERR" "po/clinic/es.po:1: starts with a byte order mark"
	cmp -s po/clinic/es.po es.bom || fail "update-po changed the file"
	run 1 "$AG" build --profile flac --lang es
	expect_match "$ERR" "po/clinic/es.po:1: starts with a byte order mark"
	iconv -f UTF-8 -t UTF-16 es.good > po/clinic/es.po
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: po/clinic/es.po:1: saved as UTF-16; save it as UTF-8$"
}
