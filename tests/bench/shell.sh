#!/bin/bash
# What a user would otherwise script: the same tracks (mp3 and flac at
# -20 LUFS, 8 kHz mu-law at -22 LUFS, heading, pauses, trimmed silence)
# with the espeak-ng CLI, sox, ffmpeg (loudness), lame and flac, one
# track after another.
# usage: shell.sh MANIFEST.json OUTDIR
set -euo pipefail
manifest=$1
out=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

lufs() {
	ffmpeg -nostats -i "$1" -af ebur128 -f null - 2>&1 |
		awk '/^ +I:/ { i = $2 } END { print i }'
}

ntracks=$(jq '[.languages[].tracks[]] | length' "$manifest")
for ((t = 0; t < ntracks; t++)); do
	jq -c "[.languages[] | .voice as \$v | .code as \$c | .tracks[] | {v: \$v, c: \$c, n: .number, s: .section, title, text}][$t]" "$manifest" > "$tmp/t.json"
	voice=$(jq -r .v "$tmp/t.json")
	lang=$(jq -r .c "$tmp/t.json")
	name=$(printf '%02d-%s' "$(jq .n "$tmp/t.json")" "$(jq -r .s "$tmp/t.json")")
	title=$(jq -r .title "$tmp/t.json")
	n=$(jq '.text | length' "$tmp/t.json")
	parts=()
	for ((k = 0; k < n; k++)); do
		jq -r ".text[$k]" "$tmp/t.json" > "$tmp/c.txt"
		espeak-ng -v "$voice" -w "$tmp/c$k.wav" -f "$tmp/c.txt"
		# Trim the chunk's silence; pad: head, pause after heading, between paragraphs.
		before=0
		after=0.5
		[ "$k" -eq 0 ] && before=0.5 && after=0.7
		[ "$k" -eq $((n - 1)) ] && after=1.0
		sox "$tmp/c$k.wav" "$tmp/p$k.wav" silence 1 0.01 0.2% reverse silence 1 0.01 0.2% reverse pad "$before" "$after"
		parts+=("$tmp/p$k.wav")
	done
	sox "${parts[@]}" "$tmp/track.wav"
	mkdir -p "$out/$lang/mp3" "$out/$lang/flac" "$out/$lang/ulaw"
	g=$(awk -v l="$(lufs "$tmp/track.wav")" 'BEGIN { print -20 - l }')
	sox "$tmp/track.wav" "$tmp/norm.wav" gain -l "$g"
	lame --quiet --tt "$title" --ta "eSpeak NG $voice" "$tmp/norm.wav" "$out/$lang/mp3/$name.mp3"
	flac -s -f -T "TITLE=$title" -o "$out/$lang/flac/$name.flac" "$tmp/norm.wav"
	sox "$tmp/track.wav" -r 8000 "$tmp/phone.wav" sinc 300-3400
	g=$(awk -v l="$(lufs "$tmp/phone.wav")" 'BEGIN { print -22 - l }')
	sox "$tmp/phone.wav" -t ul "$out/$lang/ulaw/$name.ulaw" gain -l "$g"
done
