# A first guide in ten minutes (issue 19): README's walkthrough, new,
# add-language, language tags as people write them, "did you mean", and
# bold lines in a guide with headings.
E2E_PROJECT=clinic

# An empty folder with `audioguide` on PATH, as after make install.
empty_folder() {
	mkdir -p "$W/bin" "$W/empty"
	ln -sf "$AG" "$W/bin/audioguide"
	export PATH="$W/bin:$PATH"
	cd "$W/empty"
}

test_readme_walkthrough() {
	empty_folder
	run 0 python3 "$ROOT/tests/e2e/walkthrough.py" "$ROOT/README.md" "$W/empty"
	expect_match "$OUT" "^walkthrough: [0-9]+ steps, each printing what README shows$"
	[ -f clinic/out/eye-drops/es/mp3/02-getting-help.mp3 ] || fail "no Spanish track"
	ffprobe -v error clinic/out/eye-drops/es/mp3/02-getting-help.mp3 || fail "ffprobe"
	msgfmt -c -o /dev/null clinic/po/eye-drops/es.po || fail "msgfmt"
	# The check can fail: README with one output changed.
	sed 's/^eye-drops\/es: 3 rendered/eye-drops\/es: 2 rendered/' "$ROOT/README.md" > "$W/README.changed"
	mkdir "$W/again"
	run 1 python3 "$ROOT/tests/e2e/walkthrough.py" "$W/README.changed" "$W/again"
	expect_match "$OUT" "step [0-9]+: \\$ audioguide build -q"
}

test_new_makes_a_guide_that_builds() {
	empty_folder
	run 0 "$AG" new content/leaflet
	expect_match "$OUT" "^content/leaflet/guide.md: an example guide: write yours over it$"
	# Its example says what it shows, and all of it is said.
	run 0 "$AG" build -q --profile flac
	expect_match "$OUT" "leaflet/en: 4 rendered, 0 up to date, 0 skipped"
	expect_eq "$ERR" "" "messages"
	# The voice is chosen in guide.conf, with how to choose another.
	grep -q '^en = en-us$' content/leaflet/guide.conf || fail "no voice line"
	grep -q 'en = en-gb' content/leaflet/guide.conf || fail "no word of en-gb"
	# Its commented keys work when uncommented.
	sed -i 's/^;essential = /essential = /; s/^;contact = /contact = /' content/leaflet/guide.conf
	run 0 "$AG" status
	# A folder that has a guide is left alone; a bad name is refused.
	run 1 "$AG" new content/leaflet
	expect_match "$ERR" "^audioguide: content/leaflet/guide.md: it is there already"
	run 2 "$AG" new "content/a b"
	expect_match "$ERR" "a guide folder's name is its id"
	# A bare name is a folder of content/.
	run 0 "$AG" new second
	[ -f content/second/guide.md ] || fail "new second"
}

test_add_language_writes_a_draft_offline() {
	# No network, no prompt: stdin closed, no HOME, proxies to nowhere.
	run 0 env -u HOME http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 \
		"$AG" add-language content/clinic pt-BR </dev/null
	expect_match "$OUT" "^po/clinic/pt_BR.po: Portuguese \(Brazil\), to translate"
	local po=po/clinic/pt_BR.po
	msgfmt -c -o /dev/null $po || fail "msgfmt -c"
	grep -q '^"Language: pt_BR\\n"$' $po || fail "Language"
	grep -q '^"Plural-Forms: nplurals=2; plural=(n > 1);\\n"$' $po || fail "Plural-Forms"
	grep -q '^# DRAFT awaiting clinical review' $po || fail "draft note"
	expect_eq "$(msgattrib --untranslated $po | grep -c '^msgctxt')" \
		"$(grep -c '^msgctxt' po/clinic/clinic.pot)" "every entry to translate"
	# Plural forms a translator's tools expect, for other languages.
	run 0 "$AG" add-language content/clinic AR
	grep -q 'nplurals=6;' po/clinic/ar.po || fail "Arabic plural forms"
	run 0 "$AG" add-language content/clinic ru
	grep -q 'nplurals=3; plural=(n%10==1 && n%100!=11' po/clinic/ru.po || fail "Russian plural forms"
	run 0 "$AG" add-language content/clinic zh-Hans
	grep -q '^"Language: zh_CN\\n"$' po/clinic/zh_CN.po || fail "zh-Hans is zh_CN"
	grep -q 'nplurals=1; plural=0;' po/clinic/zh_CN.po || fail "Chinese plural forms"
	# What is there is left alone; the source language needs none.
	cp po/clinic/es.po es.before
	run 1 "$AG" add-language content/clinic es
	expect_match "$ERR" "^audioguide: po/clinic/es.po: it is there already; audioguide update-po merges"
	cmp -s es.before po/clinic/es.po || fail "es.po changed"
	run 1 "$AG" add-language content/clinic en
	expect_match "$ERR" "en is the language the guide is written in"
	run 2 "$AG" add-language content/clinic klingon
	# A language guide.conf does not list, or without a voice.
	printf 'languages = en, es\n' >> content/clinic/guide.conf
	run 0 "$AG" add-language content/clinic fr
	expect_match "$OUT" "^note: content/clinic/guide.conf:[0-9]+: languages = does not list fr"
	run 0 "$AG" add-language content/clinic tlh
	expect_match "$OUT" "^note: eSpeak NG has no voice 'tlh' for tlh"
}

test_language_tags_as_people_write_them() {
	run 0 "$AG" build -q --lang ES --profile flac
	expect_match "$OUT" "^clinic/es: 4 rendered"
	run 1 "$AG" status --lang es-ES
	expect_match "$ERR" "no es_ES.po for --lang es_ES \(did you mean es\?\)"
	run 1 "$AG" status --lang esp
	expect_match "$ERR" "no esp.po for --lang esp \(did you mean es\?\)"
	# guide.conf takes tags too, in languages = and [voices].
	printf 'languages = EN, es\n[voices]\nES = es-419\n' >> content/clinic/guide.conf
	run 0 "$AG" status
	expect_match "$OUT" "^  es +es-419 "
	# A PO file named by a tag is named as gettext names it.
	cp po/clinic/es.po po/clinic/pt-BR.po
	run 1 "$AG" status
	expect_match "$ERR" "po/clinic/pt-BR.po: a PO file is named by the gettext code of its language: rename it pt_BR.po"
}

test_did_you_mean() {
	run 2 "$AG" biuld
	expect_eq "$ERR" "audioguide: unknown command 'biuld'; did you mean 'build'?"
	run 2 "$AG" build --lnag es
	expect_match "$ERR" "^audioguide: unknown option '--lnag'; did you mean '--lang'\?"
	run 2 "$AG" status --profil flac
	expect_match "$ERR" "^audioguide: unknown option '--profil'$"	# status has no --profile
	run 1 "$AG" status content/clnic
	expect_eq "$ERR" "audioguide: content/clnic: not a guide folder; did you mean content/clinic?"
	run 1 "$AG" status clinic
	expect_eq "$ERR" "audioguide: clinic: name the guide's folder: content/clinic"
}

test_bold_line_is_a_heading_only_without_hash_headings() {
	# With ## headings, a bold warning line stays text in its section.
	cat > content/clinic/guide.md <<-'EOF'
	# Eye Drops

	## Using Them

	**Never share your eye drops.**
	Wash your hands first.

	## Storing Them

	Keep them cool.
	EOF
	run 0 "$AG" extract
	expect_eq "$(grep -c '^msgctxt' po/clinic/clinic.pot)" 5 "entries"
	grep -q '^msgid "\*\*Never share your eye drops.\*\* Wash your hands first."$' po/clinic/clinic.pot ||
		fail "the bold line is not text of its paragraph: $(cat po/clinic/clinic.pot)"
	grep -q 'msgctxt "never-share' po/clinic/clinic.pot && fail "a section of its own"
	# Without any # heading (the bundled guide's style), it is a heading.
	printf '**Eye Drops**\n\n**Using Them**\n\nWash your hands first.\n' > content/clinic/guide.md
	run 0 "$AG" extract
	grep -q '^msgctxt "using-them"$' po/clinic/clinic.pot || fail "bold headings"
}

test_update_po_says_what_to_do_next() {
	rm po/clinic/es.po
	run 0 "$AG" update-po
	expect_match "$OUT" "^po/clinic: no translations yet; make one to translate with$"
	expect_match "$OUT" "^  audioguide add-language content/clinic <lang>"
}

test_voices_shows_regional_voices() {
	run 0 "$AG" voices
	expect_match "$OUT" "^  en = en-gb$"
	expect_match "$OUT" "^en +.*en-gb.*en-us"
	expect_match "$OUT" "^pt +pt pt-br$"
	# Each one listed is a voice eSpeak NG takes by that name.
	local v
	for v in $(echo "$OUT" | sed -n '/^regional voices/,$p' | awk 'NR > 3 { $1 = ""; print }'); do
		espeak-ng -v "$v" -q -x "one" >/dev/null 2>&1 || fail "voice $v"
	done
}

# make install with a PREFIX of its own, from a copy of the source tree
# that is then removed: the installed program finds its phrases and
# lexicons where they went, with nothing to fall back on.  Another PREFIX
# compiles the paths in again; the same one does not.
test_make_install_with_a_prefix() {
	local tree="$W/tree" inst="$W/inst" ag
	mkdir -p "$tree/content"
	cp -r "$ROOT/src" "$ROOT/po" "$ROOT/Makefile" "$tree/"
	cp -r "$ROOT/content/lexicon" "$tree/content/"
	# Not the sanitizer's flags of the make that runs these tests.
	run 0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$tree" -j2 \
		install PREFIX="$inst"
	run 0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$tree" \
		install PREFIX="$inst"
	expect_no_match "$OUT" "project\\.c" "make install again, same PREFIX"
	run 0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$tree" \
		install PREFIX="$W/other"
	expect_match "$OUT" "AUDIOGUIDE_DATADIR='\"$W/other/share/audioguide\"'.*project\\.c" \
		"make install, another PREFIX"
	rm -rf "$tree"
	ag="$inst/bin/audioguide"
	[ -f "$inst/share/audioguide/po/es.po" ] || fail "no installed es.po"
	run 0 env -u AUDIOGUIDE_DATADIR "$ag" lexicon check --lang en
	expect_no_match "$ERR" "warning" "stderr"
	expect_match "$OUT" "^$inst/share/audioguide/lexicon/en\\.pls: [0-9]+ entries$"
	run 0 env -u AUDIOGUIDE_DATADIR "$ag" say --lang en "Call 999. Take 1-2 tablets."
	expect_eq "$ERR" "" "stderr"
	expect_match "$OUT" "^text: +Call nine nine nine\\. Take 1 to 2 tablets\\.$"
	# The program's own phrases, from the installed es.po: the Spanish
	# notice in the place of a section whose translation is fuzzy.
	sed -i '0,/^msgctxt "after-your-visit"/s//#, fuzzy\n&/' po/clinic/es.po
	run 0 env -u AUDIOGUIDE_DATADIR "$ag" build -q --lang es --profile ulaw \
		--package none
	expect_match "$ERR" "03-after-your-visit not built in es: fuzzy"
	expect_eq "$(jq -r '.languages[] | select(.code=="es") | .tracks[] | select(.section=="after-your-visit") | .notice' out/clinic/manifest.json)" true
	grep -q "Esta parte aún no está disponible en español\." \
		out/clinic/es/captions/03-after-your-visit.vtt || fail "no Spanish notice"
}
