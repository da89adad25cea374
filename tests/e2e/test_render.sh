# End-to-end tests for audioguide build, checked with independent tools:
# ffprobe and ffmpeg (decoding, tags, EBU R128 loudness), sox, jq.

ALL_PROFILES=wav,flac,mp3,opus,ogg,ulaw,alaw,gsm,sln,sln16,wav8k

# decoded_seconds FILE PROFILE: duration of the decoded audio (ffmpeg
# trims MP3's encoder delay and padding from its LAME header).
decoded_seconds() {
	local f=$1 p=$2 fmt=""
	case $p in
	ulaw) fmt="-f mulaw -ar 8000 -ac 1" ;;
	alaw) fmt="-f alaw -ar 8000 -ac 1" ;;
	gsm) fmt="-f gsm -ar 8000" ;;
	sln) fmt="-f s16le -ar 8000 -ac 1" ;;
	sln16) fmt="-f s16le -ar 16000 -ac 1" ;;
	esac
	# shellcheck disable=SC2086
	ffmpeg -v error $fmt -i "$f" -ac 1 -ar 48000 -f s16le - | wc -c |
		awk '{ printf "%.4f", $1 / 2 / 48000 }'
}

test_every_profile_decodes_at_its_rate() {
	run 0 "$AG" build --lang es,ar --profile "$ALL_PROFILES"
	local m=out/spine-metastases/manifest.json
	expect_eq "$(jq '[.languages[].tracks | length] | add' $m)" 12 "tracks"
	local p f want_codec want_rate
	for p in wav flac mp3 opus ogg wav8k; do
		case $p in
		wav) want_codec=pcm_s16le want_rate=22050 ;;
		flac) want_codec=flac want_rate=22050 ;;
		mp3) want_codec=mp3 want_rate=22050 ;;
		opus) want_codec=opus want_rate=48000 ;;
		ogg) want_codec=vorbis want_rate=22050 ;;
		wav8k) want_codec=pcm_s16le want_rate=8000 ;;
		esac
		for f in out/spine-metastases/{es,ar}/$p/*.*; do
			[ "${f##*/}" = playlist.m3u8 ] && continue
			expect_eq "$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name,sample_rate,channels -of csv=p=0 "$f")" \
				"$want_codec,$want_rate,1" "$f"
		done
	done
	for f in out/spine-metastases/es/ulaw/*.ulaw; do
		sox -t ul -r 8000 -c 1 "$f" -n stat 2>/dev/null || fail "sox cannot read $f"
	done
	expect_eq "$(ls out/spine-metastases/es/gsm/*.gsm | wc -l)" 6 "gsm files"
	# Ogg pages, checksums and the serial number audioguide sets.
	oggz-validate out/spine-metastases/{es,ar}/{opus,ogg}/*.o* || fail "invalid Ogg"
}

test_raw_lengths_and_durations_agree() {
	run 0 "$AG" build --lang fr --profile "$ALL_PROFILES"
	local m=out/spine-metastases/manifest.json d f p bytes n i
	n=$(jq '.languages[0].tracks | length' $m)
	for ((i = 0; i < n; i++)); do
		d=$(jq ".languages[0].tracks[$i].duration" $m)
		for p in ulaw alaw sln sln16 gsm; do
			f=out/spine-metastases/$(jq -r ".languages[0].tracks[$i].files.$p.path" $m)
			bytes=$(stat -c %s "$f")
			case $p in
			ulaw | alaw) approx "$bytes" "$(awk -v d="$d" 'BEGIN { print d * 8000 }')" 8 "$f bytes" ;;
			sln) approx "$bytes" "$(awk -v d="$d" 'BEGIN { print d * 16000 }')" 16 "$f bytes" ;;
			sln16) approx "$bytes" "$(awk -v d="$d" 'BEGIN { print d * 32000 }')" 32 "$f bytes" ;;
			gsm)	# 33-byte frames of 160 samples, the last one padded
				expect_eq "$((bytes % 33))" 0 "$f frame size"
				approx "$bytes" "$(awk -v d="$d" 'BEGIN { print d * 8000 / 160 * 33 }')" 33 "$f bytes" ;;
			esac
		done
		for p in wav flac mp3 opus ogg ulaw alaw gsm sln sln16 wav8k; do
			f=out/spine-metastases/$(jq -r ".languages[0].tracks[$i].files.$p.path" $m)
			approx "$(decoded_seconds "$f" $p)" "$d" 0.030 "$f duration"
		done
	done
}

test_loudness_meets_targets_all_languages() {
	run 0 "$AG" build
	local f r
	for f in out/spine-metastases/*/flac/*.flac; do
		r=$(ebur128 "$f")
		approx "${r% *}" -20 1 "$f integrated loudness"
		awk -v p="${r#* }" 'BEGIN { exit !(p <= -1.0) }' || fail "$f sample peak ${r#* } dBFS"
	done
	for f in out/spine-metastases/*/ulaw/*.ulaw; do
		r=$(ebur128 "$f" -f mulaw -ar 8000 -ac 1)
		approx "${r% *}" -22 1 "$f integrated loudness"
		awk -v p="${r#* }" 'BEGIN { exit !(p <= -3.0) }' || fail "$f sample peak ${r#* } dBFS"
	done
	expect_eq "$(ls out/spine-metastases/*/flac/*.flac | wc -l)" 54 "flac tracks"
	expect_eq "$(ls out/spine-metastases/*/mp3/*.mp3 | wc -l)" 54 "mp3 tracks"
	expect_eq "$(ls out/spine-metastases/*/ulaw/*.ulaw | wc -l)" 54 "ulaw tracks"
}

# Every codec meets the targets, measured with ffmpeg's own EBU R128
# meter on the decoded files: GSM (which loses about 1 LU), Opus and
# Vorbis (whose decoders overshoot) included; the manifest says which
# files had to be encoded again, and the summary counts them.
test_every_codec_meets_its_targets() {
	run 0 "$AG" build --lang es,ru,vi --package none --profile mp3,opus,ogg,ulaw,alaw,gsm,flac
	local m=out/spine-metastases/manifest.json again files f p r target ceiling
	again=$(sed -n 's/.*; \([0-9]*\) audio files, \([0-9]*\) encoded again$/\2/p' <<<"$OUT")
	files=$(sed -n 's/.*; \([0-9]*\) audio files, .*/\1/p' <<<"$OUT")
	expect_eq "$files" 126 "audio files written"
	expect_eq "$again" "$(jq '[.languages[].tracks[].files[] | select(.encodes > 1)] | length' $m)" \
		"files encoded again, summary against manifest"
	# What a codec's table entry is for: nearly every file right the
	# first time (GSM's loss varies with the voice).
	[ "$again" -le 20 ] || fail "$again of $files files encoded again"
	expect_eq "$(jq '[.languages[].tracks[].files | to_entries[] | select(.key != "gsm" and .value.encodes > 1)] | length' $m)" \
		"$(jq '[.languages[].tracks[].files.opus | select(.encodes > 1)] | length' $m)" "files other than GSM and Opus encoded again"
	for p in mp3 opus ogg ulaw alaw gsm flac; do
		case $p in
		ulaw | alaw | gsm) target=-22 ceiling=-3 ;;
		*) target=-20 ceiling=-1 ;;
		esac
		for f in out/spine-metastases/{es,ru,vi}/$p/*.$p; do
			case $p in
			ulaw) r=$(ebur128 "$f" -f mulaw -ar 8000 -ac 1) ;;
			alaw) r=$(ebur128 "$f" -f alaw -ar 8000 -ac 1) ;;
			gsm) r=$(ebur128 "$f" -f gsm -ar 8000) ;;
			*) r=$(ebur128 "$f") ;;
			esac
			# ffmpeg's decoders are not libsndfile's: 0.1 of slack.
			approx "${r% *}" "$target" 0.4 "$f integrated loudness"
			# G.711 is measured through its table as it is written,
			# not decoded: what ffmpeg reads (to its 0.1 LU and dB).
			if [ $p = ulaw ] || [ $p = alaw ]; then
				local rel=${f#out/spine-metastases/}
				approx "${r% *}" "$(jq --arg f "$rel" '[.languages[].tracks[].files[] | select(.path == $f) | .loudness_lufs][0]' $m)" 0.1 "$f loudness in the manifest"
				approx "${r#* }" "$(jq --arg f "$rel" '[.languages[].tracks[].files[] | select(.path == $f) | .sample_peak_dbfs][0]' $m)" 0.1 "$f peak in the manifest"
			fi
			awk -v p="${r#* }" -v c="$ceiling" 'BEGIN { exit !(p <= c + 0.1) }' ||
				fail "$f sample peak ${r#* } dBFS over $ceiling"
		done
	done
}

# MP3 and Opus files are measured on the signal given to their encoder,
# not decoded (README "Loudness"): in every language, what the manifest
# says is within 0.06 LU of ffmpeg's meter on the written file, and the
# decoded sample peaks stay under the ceiling by the profile's margin.
test_mp3_and_opus_measured_on_their_signal() {
	run 0 "$AG" build --package none --profile mp3,opus,ogg
	local m=out/spine-metastases/manifest.json p f r rel n=0
	for p in mp3 opus ogg; do
		for f in out/spine-metastases/*/$p/*.$p; do
			r=$(ebur128 "$f")
			rel=${f#out/spine-metastases/}
			approx "${r% *}" "$(jq --arg f "$rel" '[.languages[].tracks[].files[] | select(.path == $f) | .loudness_lufs][0]' $m)" \
				"$([ $p = ogg ] && echo 0.15 || echo 0.06)" "$f loudness in the manifest"
			awk -v p="${r#* }" 'BEGIN { exit !(p <= -1.0) }' ||
				fail "$f sample peak ${r#* } dBFS over -1"
			n=$((n + 1))
		done
	done
	expect_eq "$n" 162 "files measured"
}

test_tags_read_back() {
	run 0 "$AG" build --lang zh_CN,ru --profile mp3,flac,wav,opus
	local f
	f=out/spine-metastases/zh_CN/mp3/03-damage.mp3
	expect_eq "$(ffprobe -v error -show_entries format_tags=title -of csv=p=0 $f)" "损害"
	expect_eq "$(ffprobe -v error -show_entries format_tags=album -of csv=p=0 $f)" "脊柱转移性癌症"
	expect_eq "$(ffprobe -v error -show_entries format_tags=artist -of csv=p=0 $f)" "eSpeak NG cmn-latn-pinyin"
	expect_eq "$(ffprobe -v error -show_entries format_tags=track -of csv=p=0 $f)" "4/6"
	expect_eq "$(ffprobe -v error -show_entries format_tags=comment -of csv=p=0 $f)" "zh_CN"
	f=out/spine-metastases/ru/flac/01-overview.flac
	expect_eq "$(ffprobe -v error -show_entries format_tags=title -of csv=p=0 $f)" "Общие сведения"
	expect_match "$(ffprobe -v error -show_entries format_tags=software -of csv=p=0 $f)" "^audioguide "
	f=out/spine-metastases/ru/wav/01-overview.wav
	expect_eq "$(ffprobe -v error -show_entries format_tags=album -of csv=p=0 $f)" "Метастатический рак позвоночника"
	f=out/spine-metastases/ru/opus/01-overview.opus
	expect_eq "$(ffprobe -v error -show_entries stream_tags=title -of csv=p=0 $f)" "Общие сведения"
}

test_captions_are_webvtt_inside_the_track() {
	run 0 "$AG" build --lang en,ar --profile flac
	local m=out/spine-metastases/manifest.json i n d vtt cues
	for l in 0 1; do
		n=$(jq ".languages[$l].tracks | length" $m)
		for ((i = 0; i < n; i++)); do
			d=$(jq ".languages[$l].tracks[$i].duration" $m)
			vtt=out/spine-metastases/$(jq -r ".languages[$l].tracks[$i].captions" $m)
			cues=$(python3 "$ROOT/tests/e2e/vttcheck.py" "$d" "$vtt") || fail "$vtt"
			# ffmpeg's WebVTT demuxer reads the same number of cues.
			expect_eq "$(ffprobe -v error -show_entries packet=pts -of csv=p=0 "$vtt" | grep -c '[0-9]')" "$cues" "$vtt cues"
		done
	done
	local v=out/spine-metastases/en/captions/03-damage.vtt
	expect_eq "$(grep -c -- '-->' $v)" 6 "Damage cues (heading + 5 sentences)"
	grep -qx 'One or more tumors may grow.' $v || fail "sentence text not as written"
	# The first cue starts after the 0.5 s head, the second after the pause.
	expect_match "$(sed -n 4p $v)" "^00:00:00\.500 --> "
}

test_manifest_matches_files() {
	run 0 "$AG" build --lang de,vi
	local m=out/spine-metastases/manifest.json
	python3 -m json.tool $m >/dev/null || fail "manifest is not JSON"
	expect_eq "$(jq -r '.profiles | join(",")' $m)" "mp3,ulaw,flac,opus"
	expect_eq "$(jq -r '.espeak_ng' $m)" "$(espeak-ng --version | awk '{print $4}')"
	local t f
	for t in $(jq -c '.languages[].tracks[] | [.duration, .files.flac.path, .files.flac.bytes, (.text | length), .number]' $m); do
		f=out/spine-metastases/$(echo "$t" | jq -r '.[1]')
		approx "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f")" "$(echo "$t" | jq '.[0]')" 0.002 "$f duration"
		expect_eq "$(stat -c %s "$f")" "$(echo "$t" | jq '.[2]')" "$f size"
		# The title speaks one chunk; a section its heading and paragraph.
		expect_eq "$(echo "$t" | jq '.[3]')" "$(echo "$t" | jq 'if .[4] == 0 then 1 else 2 end')" "$f text chunks"
	done
	expect_eq "$(jq -r '.languages[] | select(.code=="vi") | .tracks[1].text[0]' $m)" "Tổng quan"
	# Measured loudness is recorded per file.
	approx "$(jq '.languages[0].tracks[2].files.ulaw.loudness_lufs' $m)" -22 0.5 "manifest ulaw loudness"
}

test_playlists() {
	run 0 "$AG" build --lang en,es --profile mp3,ulaw
	local pl=out/spine-metastases/es/mp3/playlist.m3u8
	expect_eq "$(head -1 $pl)" "#EXTM3U"
	expect_eq "$(grep -c '^#EXTINF:[0-9.]*,' $pl)" 6 "EXTINF lines"
	grep -qx '#EXTINF:[0-9.]*,Causas' $pl || fail "translated title missing"
	grep -v '^#' $pl | while read -r f; do
		[ -f "out/spine-metastases/es/mp3/$f" ] || fail "$f in playlist does not exist"
	done
	# Loop playlists are for players: none of raw telephone files.
	[ ! -e out/spine-metastases/ulaw-loop.m3u8 ] || fail "a loop playlist of raw mu-law"
	local loop=out/spine-metastases/mp3-loop.m3u8
	expect_eq "$(grep -vc '^#' $loop)" 12 "loop entries"
	expect_eq "$(grep -v '^#' $loop | head -1)" "en/mp3/00-title.mp3"
	expect_eq "$(grep -v '^#' $loop | sed -n 7p)" "es/mp3/00-title.mp3"
	grep -v '^#' $loop | while read -r f; do
		[ -f "out/spine-metastases/$f" ] || fail "$f in loop playlist does not exist"
	done
}

test_fuzzy_section_skipped_in_one_language_only() {
	run 0 "$AG" build --lang en,es,fr --profile flac
	local old=out/spine-metastases/es/flac/03-damage.flac
	[ -f $old ] || fail "no first build"
	# Mark the Spanish Damage paragraph fuzzy, as msgmerge would.
	python3 - po/spine-metastases/es.po <<'PY'
import sys
p = sys.argv[1]; s = open(p, encoding="utf-8").read()
s = s.replace('#. Section 3 (Damage), paragraph 1.\n#: guide.md:20\n', '#. Section 3 (Damage), paragraph 1.\n#: guide.md:20\n#, fuzzy\n', 1)
open(p, "w", encoding="utf-8").write(s)
PY
	local line
	line=$(grep -n -A1 '^#, fuzzy' po/spine-metastases/es.po | grep msgctxt | cut -d- -f1)
	run 0 "$AG" build --lang en,es,fr --profile flac
	expect_match "$ERR" "^audioguide: po/spine-metastases/es.po:$line: 03-damage not built in es: fuzzy"
	# Its place is kept by a notice, said again in place of the track.
	expect_match "$OUT" "spine-metastases/es: 1 rendered, 5 up to date, 1 skipped \(1 with a notice in its place\)"
	expect_match "$OUT" "spine-metastases/fr: 0 rendered, 6 up to date, 0 skipped"
	expect_match "$(cat out/spine-metastases/es/captions/03-damage.vtt)" "Esta parte aún no está disponible en español"
	grep -q "células cancerosas" out/spine-metastases/es/captions/03-damage.vtt && fail "outdated Spanish track still in out/"
	[ -f out/spine-metastases/fr/flac/03-damage.flac ] || fail "French track missing"
	local m=out/spine-metastases/manifest.json
	expect_eq "$(jq -c '.languages[] | select(.code=="es") | .skipped[0] | [.section, .problems[0].kind, .problems[0].line]' $m)" "[\"damage\",\"fuzzy\",$line]"
	expect_eq "$(jq -c '.languages[] | select(.code=="es") | .tracks[] | select(.section=="damage") | [.notice, .title]' $m)" '[true,"Daños"]'
	expect_eq "$(grep -c damage out/spine-metastases/es/flac/playlist.m3u8)" 1 "the notice in the playlist"
	run 3 "$AG" build --lang es --profile flac --strict
}

test_markup_in_translation_is_read_as_text() {
	# Phoneme brackets and format directives in a translation are text.
	python3 - po/spine-metastases/de.po <<'PY'
import sys
p = sys.argv[1]; s = open(p, encoding="utf-8").read()
s = s.replace('msgstr "Ursachen"', 'msgstr "Ursachen [[h@l@U]] %s%n%x &amp; a < b"', 1)
open(p, "w", encoding="utf-8").write(s)
PY
	run 0 "$AG" build --lang de --profile flac
	local m=out/spine-metastases/manifest.json d
	d=$(jq '.languages[0].tracks[2].duration' $m)
	awk -v d="$d" 'BEGIN { exit !(d > 10 && d < 60) }' || fail "duration $d s is not proportionate to the text"
	expect_eq "$(jq -r '.languages[0].tracks[2].title' $m)" 'Ursachen [[h@l@U]] %s%n%x & a < b'
	grep -q 'Ursachen \[\[h@l@U\]\] %s%n%x &amp; a &lt; b' out/spine-metastases/de/captions/02-causes.vtt ||
		fail "caption does not show the text as written"
	# A translator's SSML is raw HTML: that section is not spoken, and why.
	sed -i 's|msgstr "Ursachen \[\[h@l@U\]\].*"|msgstr "Ursachen <break time=\\"3600s\\"/>"|' po/spine-metastases/de.po
	run 0 "$AG" build --lang de --profile flac
	expect_match "$ERR" "po/spine-metastases/de.po:[0-9]+: 02-causes not built in de: raw HTML \(<break time=\"3600s\"/>\)"
	expect_eq "$(jq -r '.languages[0].tracks[] | select(.section=="causes") | .notice' out/spine-metastases/manifest.json)" true \
		"the section's notice in its place"
	grep -q "break time" out/spine-metastases/de/captions/02-causes.vtt && fail "the section is still there"
	true
}

test_outputs_deterministic() {
	run 0 "$AG" build --lang es --profile wav,flac,ulaw,alaw,gsm,sln,sln16,wav8k,ogg --out o1
	run 0 "$AG" build --lang es --profile wav,flac,ulaw,alaw,gsm,sln,sln16,wav8k,ogg --out o2
	diff -r o1 o2 >/dev/null || fail "two builds differ: $(diff -rq o1 o2 | head -3)"
}

# libopus's mode, looked up once by the program (src/encode.c), gives
# the same Opus files, byte for byte, as libopus looking it up each time.
test_opus_mode_cache_changes_no_byte() {
	run 0 "$AG" build --lang es,ru --profile opus --out o1
	run 0 env AUDIOGUIDE_OPUS_MODE_CACHE=0 "$AG" build --lang es,ru --profile opus --out o2
	local n
	n=$(find o1 -name '*.opus' | wc -l)
	[ "$n" -ge 10 ] || fail "only $n Opus files"
	diff -r o1 o2 >/dev/null || fail "the Opus files differ: $(diff -rq o1 o2 | head -3)"
}

test_build_errors() {
	run 1 "$AG" build --profile mp3,aiff
	expect_match "$ERR" "audioguide: --profile: unknown profile 'aiff'"
	run 0 "$AG" build --profile help
	expect_match "$OUT" "^ulaw +raw G.711 mu-law, .ulaw +8000"
	printf 'profiles = mp3, wma\n' >> content/spine-metastases/guide.conf
	run 1 "$AG" build
	expect_match "$ERR" "content/spine-metastases/guide.conf:$(wc -l < content/spine-metastases/guide.conf): unknown profile 'wma'"
}

test_broken_po_keeps_earlier_outputs() {
	run 0 "$AG" build --lang en,ru --profile flac
	local f=out/spine-metastases/ru/flac/01-overview.flac sum
	sum=$(md5sum < $f)
	printf 'msgctxt "x"\nmsgid "y"\nmsgstr bad\n' >> po/spine-metastases/ru.po
	run 1 "$AG" build --lang en,ru --profile flac
	expect_match "$ERR" "^audioguide: po/spine-metastases/ru.po:[0-9]+: "
	expect_match "$OUT" "spine-metastases/en: 0 rendered, 6 up to date"
	expect_eq "$(md5sum < $f)" "$sum" "earlier Russian track"
	local m=out/spine-metastases/manifest.json
	expect_eq "$(jq '[.languages[] | select(.code=="ru") | .tracks | length] | .[0]' $m)" 6 "kept Russian entry"
	expect_match "$(jq -r '.languages[] | select(.code=="ru") | .error' $m)" "ru.po:[0-9]+:"
}
