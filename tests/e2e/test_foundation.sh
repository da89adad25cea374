# End-to-end tests for extract, status, voices and the PO workflow,
# checked with gettext's own tools and a JSON parser.

test_extract_pot_is_valid() {
	rm -f po/spine-metastases/spine-metastases.pot
	run 0 "$AG" extract content/spine-metastases
	local pot=po/spine-metastases/spine-metastases.pot
	msgfmt -c -o /dev/null "$pot" 2>/dev/null || msgfmt -c -o /dev/null "$pot"
	expect_eq "$(grep -c '^msgctxt' "$pot")" 11 "entries"
	expect_eq "$(msgattrib --no-wrap "$pot" | grep -c '^msgid "')" 12 "msgids incl. header"
	grep -q '^msgctxt "title"$' "$pot" || fail "no title entry"
	grep -q '^#: guide.md:20$' "$pot" || fail "no reference to guide.md:20"
	grep -q '^#\. Section 3 heading: Damage$' "$pot" || fail "no translator comment"
	grep -q 'charset=UTF-8' "$pot" || fail "no charset"
	grep -q 'Project-Id-Version: ' "$pot" || fail "no Project-Id-Version"
	# The committed template is what extract writes.
	cmp "$pot" "$ROOT/po/spine-metastases/spine-metastases.pot"
}

test_committed_pos_pass_msgfmt() {
	local n=0
	for po in "$ROOT"/po/*/*.po; do
		msgfmt -c --check-format -o /dev/null "$po" || fail "$po"
		grep -q 'awaiting review by a qualified medical translator' "$po" ||
			fail "$po does not say it is a draft"
		n=$((n + 1))
	done
	expect_eq "$n" 8 "PO files"
}

test_status_all_complete() {
	run 0 "$AG" status
	expect_eq "$(echo "$OUT" | head -1)" "status: every section ready in every language"
	run 0 "$AG" status --strict	# still accepted
	expect_eq "$(echo "$OUT" | grep -c '6/6 sections complete')" 9 "complete languages"
	for l in en es fr de pt_BR zh_CN ar vi ru; do
		expect_match "$OUT" "^  $l " "status for $l"
	done
}

test_status_json_is_valid() {
	run 0 "$AG" status --json
	echo "$OUT" | python3 -m json.tool >/dev/null || fail "invalid JSON"
	expect_eq "$(echo "$OUT" | jq '.guides[0].languages | length')" 9
	expect_eq "$(echo "$OUT" | jq '[.guides[0].languages[] | select(.complete)] | length')" 9
	expect_eq "$(echo "$OUT" | jq -r '.guides[0].languages[] | select(.code=="zh_CN") | .voice')" cmn-latn-pinyin
	expect_eq "$(echo "$OUT" | jq '[.guides[0].languages[].voice_installed] | all')" true
}

test_edit_source_makes_section_fuzzy_everywhere() {
	sed -i 's/One or more tumors may grow\./One or more tumors may grow there./' \
		content/spine-metastases/guide.md
	run 0 "$AG" update-po
	for po in po/spine-metastases/*.po; do
		msgfmt -c -o /dev/null "$po" || fail "$po after msgmerge"
		expect_eq "$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgctxt "damage"')" 1 "fuzzy in $po"
	done
	run 3 "$AG" status --json
	expect_eq "$(echo "$OUT" | jq '[.not_ready, .languages_not_ready, .essential_not_ready]' | tr -d ' \n')" "[8,8,0]"
	expect_eq "$(echo "$OUT" | jq '[.guides[0].languages[] | select(.code != "en") | .fuzzy] | unique')" "[
  1
]"
	expect_eq "$(echo "$OUT" | jq -c '[.guides[0].languages[] | select(.code != "en") | [.sections[] | select(.complete | not) | .id]] | unique')" '[["damage"]]'
	run 3 "$AG" status
	expect_eq "$(echo "$OUT" | head -1)" "status: 8 sections not ready in 8 languages"
	# Each problem names the PO file and the line of its entry.
	local line
	line=$(grep -n '^msgctxt "damage"' po/spine-metastases/es.po | sed -n 2p | cut -d: -f1)
	expect_match "$OUT" "po/spine-metastases/es.po:$line: fuzzy"
}

test_untranslated_and_missing_reported() {
	# Blank one msgstr (untranslated) and delete another entry (missing).
	python3 - po/spine-metastases/fr.po <<'PY'
import re, sys
p = sys.argv[1]; s = open(p, encoding="utf-8").read()
s = s.replace('msgstr "Causes"', 'msgstr ""', 1)
s = re.sub(r'#\. Section 5 heading: Treatment\n#: guide.md:26\nmsgctxt "treatment"\nmsgid "Treatment"\nmsgstr "Traitement"\n\n', '', s)
open(p, "w", encoding="utf-8").write(s)
PY
	run 3 "$AG" status --lang fr
	expect_eq "$(echo "$OUT" | head -1)" "status: 2 sections not ready in 1 language"
	expect_match "$OUT" "9 translated, 0 fuzzy, 2 untranslated; 4/6"
	expect_match "$OUT" "incomplete: 02-causes 05-treatment"
	expect_match "$OUT" "fr.po:[0-9]+: untranslated"
	expect_match "$OUT" "guide.md:26 has no entry for the current source text"
}

test_malformed_po_names_line() {
	printf 'msgctxt "x"\nmsgid "y"\nmsgstr oops\n' >> po/spine-metastases/de.po
	local last
	last=$(wc -l < po/spine-metastases/de.po)
	run 1 "$AG" status
	expect_match "$ERR" "^audioguide: po/spine-metastases/de.po:$last: "
	# The other languages are still reported.
	expect_match "$OUT" "^  es "
}

test_po_without_voice_is_error() {
	cp po/spine-metastases/es.po po/spine-metastases/xx.po
	sed -i 's/Language: es/Language: xx/' po/spine-metastases/xx.po
	run 1 "$AG" status
	expect_match "$ERR" "audioguide: po/spine-metastases/xx.po: no eSpeak NG voice 'xx'"
	# guide.conf [voices] fixes it.
	printf '[voices]\nxx = es\n' > content/spine-metastases/guide.conf
	run 0 "$AG" status
}

test_bad_po_name_is_error() {
	cp po/spine-metastases/es.po po/spine-metastases/Spanish.po
	run 1 "$AG" status
	expect_match "$ERR" "Spanish.po: 'Spanish' is not a gettext language code"
}

test_guide_errors_name_file_and_line() {
	mkdir -p content/bad
	printf '# Title\n# Part\nok\nbad \xff\n' > content/bad/guide.md
	run 1 "$AG" status content/bad
	expect_eq "$ERR" "audioguide: content/bad/guide.md:4: invalid UTF-8 (byte 5 of the line); save the file as UTF-8"
	printf '\njust text\n' > content/bad/guide.md
	run 1 "$AG" extract content/bad
	expect_match "$ERR" "^audioguide: content/bad/guide.md:2: text before the first heading"
	printf '# T\n# P\ntext\n' > content/bad/guide.md
	printf 'rate = 150\nspeed = 2\n' > content/bad/guide.conf
	run 1 "$AG" status content/bad
	expect_eq "$ERR" "audioguide: content/bad/guide.conf:2: unknown key 'speed'"
	# A broken guide does not stop the others.
	run 1 "$AG" status
	expect_match "$OUT" "spine-metastases"
}

test_usage_errors_exit_2() {
	run 2 "$AG" status --bogus
	expect_match "$ERR" "unknown option '--bogus'"
	expect_match "$ERR" "usage: audioguide status"
	run 2 "$AG" frobnicate
	run 2 "$AG"
	run 0 "$AG" status --help
	expect_match "$OUT" "usage: audioguide status"
	run 1 "$AG" status content/nope
	expect_match "$ERR" "content/nope: not a guide folder"
}

test_voices_lists_table() {
	run 0 "$AG" voices
	expect_match "$OUT" "^pt_BR +pt-br +yes"
	expect_match "$OUT" "^zh_CN +cmn-latn-pinyin +yes"
	expect_match "$OUT" "^ar +ar +yes"
}

test_project_outside_repo() {
	# A user's own project: its own content/ and po/, run from its folder.
	local p
	p=$(mktemp -d)
	mkdir -p "$p/content/clinic-hours"
	printf '# Clinic hours\n\n## Mornings\n\nWe open at eight.\n' > "$p/content/clinic-hours/guide.md"
	(cd "$p" && "$AG" extract >/dev/null)
	[ -f "$p/po/clinic-hours/clinic-hours.pot" ] || fail "no POT in the user's project"
	msginit --no-translator -l es -i "$p/po/clinic-hours/clinic-hours.pot" -o "$p/po/clinic-hours/es.po" 2>/dev/null
	(cd "$p" && "$AG" status --json) > "$W/s.json" || [ $? = 3 ] || fail "status: not 3"
	expect_eq "$(jq -r '.guides[0].languages[1].code' "$W/s.json")" es
	expect_eq "$(jq '.guides[0].languages[1].untranslated' "$W/s.json")" 3
	mkdir -p "$p/translations/clinic-hours"
	cp "$p/po/clinic-hours/es.po" "$p/translations/clinic-hours/fr.po"
	sed -i 's/^"Language: es/"Language: fr/' "$p/translations/clinic-hours/fr.po"
	(cd "$p" && "$AG" status --po translations --json) > "$W/s2.json" || [ $? = 3 ] || fail "status: not 3"
	expect_eq "$(jq -r '[.guides[0].languages[].code] | join(",")' "$W/s2.json")" "en,fr" "with --po elsewhere"
	rm -rf "$p"
}

# The program's own phrases: every catalog passes msgfmt with its format
# checks, says it is a draft, translates every phrase, and the template
# is what xgettext extracts from the sources today.
test_program_phrases_catalogs() {
	local po n=0
	for po in "$ROOT"/po/*.po; do
		msgfmt -c --check-format -o /dev/null "$po" || fail "$po"
		grep -q 'awaiting review' "$po" || fail "$po does not say it is a draft"
		expect_eq "$(msgattrib --translated --no-fuzzy --no-obsolete "$po" | grep -c '^msgid "[^"]')" \
			"$(grep -c '^msgid "[^"]' "$ROOT/po/audioguide.pot")" "$po translated"
		n=$((n + 1))
	done
	expect_eq "$n" 9 "phrase catalogs"
	xgettext --language=C --keyword=N_ --add-comments=TRANSLATORS: --from-code=UTF-8 \
		--package-name=audioguide --package-version=0.3.0 --msgid-bugs-address= \
		--no-location -o fresh.pot "$ROOT/src/phrase.c" 2>/dev/null
	diff <(grep -v POT-Creation-Date fresh.pot) <(grep -v POT-Creation-Date "$ROOT/po/audioguide.pot") ||
		fail "po/audioguide.pot is not what xgettext extracts (run make update-po)"
}
