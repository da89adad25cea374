#!/bin/bash
# The least a user could script for the same tracks: the espeak-ng CLI
# speaks each track's text in one go; sox trims its silence, pads it and
# peak-normalises it (no loudness measurement, no pauses between chunks,
# no band limit); then lame, flac, and sox for 8 kHz mu-law.  One track
# after another.  The harder baseline: it skips most of what audioguide
# does.
# usage: shell-min.sh MANIFEST.json OUTDIR
set -euo pipefail
manifest=$1
out=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

jq -r '.languages[] | .voice as $v | .code as $c | .tracks[] |
	[$v, $c, (.number | tostring), .section, (.text | join(" "))] | @tsv' \
	"$manifest" > "$tmp/tracks.tsv"
while IFS=$'\t' read -r voice lang number section text; do
	name=$(printf '%02d-%s' "$number" "$section")
	mkdir -p "$out/$lang/mp3" "$out/$lang/flac" "$out/$lang/ulaw"
	printf '%s\n' "$text" > "$tmp/t.txt"
	espeak-ng -v "$voice" -w "$tmp/t.wav" -f "$tmp/t.txt"
	sox "$tmp/t.wav" "$tmp/n.wav" silence 1 0.01 0.2% reverse silence 1 0.01 0.2% reverse pad 0.5 1.0 norm -1
	lame --quiet "$tmp/n.wav" "$out/$lang/mp3/$name.mp3"
	flac -s -f -o "$out/$lang/flac/$name.flac" "$tmp/n.wav"
	sox "$tmp/n.wav" -r 8000 -t ul "$out/$lang/ulaw/$name.ulaw"
done < "$tmp/tracks.tsv"
