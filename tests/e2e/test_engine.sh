# End-to-end tests for the build engine: incremental builds, worker
# processes, and what a killed build leaves behind.  They work on the
# tests' own fixture (tests/fixtures/clinic: title and three sections, en
# and es, profiles mp3 ulaw flac opus, all packages): 8 tracks.

E2E_PROJECT=clinic

test_noop_rebuild_changes_nothing() {
	run 0 "$AG" build -q
	snapshot out > before.txt
	sleep 1.1	# so that a rewritten file would show a new mtime
	run 0 "$AG" build
	expect_match "$OUT" "build: 0 rendered, 8 up to date, 0 skipped, 0 errors"
	expect_no_match "$OUT" "^\[[0-9]+/"
	snapshot out > after.txt
	cmp before.txt after.txt || fail "outputs changed: $(diff before.txt after.txt | head -4)"
}

# eSpeak NG's data hash is remembered in out/<guide>/.engine with the
# files' sizes and times: a remembered hash whose files look otherwise
# is computed again (the same, so nothing is rendered), and a hash
# remembered for these very files is the one used.
test_engine_hash_remembered() {
	run 0 "$AG" build -q
	local f=out/clinic/.engine sig hash
	expect_eq "$(sed -n 1p $f)" "audioguide-engine 1" ".engine header"
	sig=$(sed -n 2p $f)
	hash=$(sed -n 3p $f)
	printf 'audioguide-engine 1\n%s\n%s\n' 0123456789abcdef0123456789abcdef ffffffffffffffffffffffffffffffff > $f
	run 0 "$AG" build
	expect_match "$OUT" "build: 0 rendered, 8 up to date"
	expect_eq "$(sed -n 2p $f) $(sed -n 3p $f)" "$sig $hash" "hash computed again"
	printf 'audioguide-engine 1\n%s\n%s\n' "$sig" ffffffffffffffffffffffffffffffff > $f
	run 0 "$AG" build
	expect_match "$OUT" "build: 8 rendered, 0 up to date"
}

# That a language's voice exists is remembered with eSpeak NG's data
# (.keys/speech-checked), so a rebuild loads no voice to find it: a
# dictionary zeroed behind the data hash's back (same size, time and
# inode) is not read, where loading the voice complains of it.  When the
# data changes it is asked again: a voice that went away is an error.
test_voice_found_remembered() {
	local data dict=engine/espeak-ng-data/es_dict
	data=$(espeak-ng --version | sed -n 's/.*Data at: //p')
	[ -d "$data" ] || fail "no espeak-ng-data found ($data)"
	mkdir -p engine
	cp -r "$data" engine/espeak-ng-data
	export ESPEAK_DATA_PATH=$W/engine
	run 0 "$AG" build -q
	cp -p $dict es_dict.orig
	dd if=/dev/zero of=$dict bs=1 count="$(stat -c %s $dict)" \
		conv=notrunc status=none
	touch -r es_dict.orig $dict
	run 0 "$AG" build
	expect_match "$OUT" "build: 0 rendered, 8 up to date"
	expect_no_match "$ERR" "es_dict"
	rm engine/espeak-ng-data/lang/roa/es
	run 1 "$AG" build
	expect_match "$ERR" "no eSpeak NG voice 'es' for language 'es'"
	expect_match "$OUT" "clinic/en: 4 rendered"
}

test_one_paragraph_edit_rerenders_one_section() {
	run 0 "$AG" build -q
	snapshot out > before.txt
	sed -i 's/La visita suele durar una media hora\./La visita dura una media hora./' \
		po/clinic/es.po
	run 0 "$AG" build
	expect_match "$OUT" "^\[1/1\] es/02-on-the-day mp3,ulaw,flac,opus$"
	expect_match "$OUT" "build: 1 rendered, 7 up to date"
	snapshot out > after.txt
	# Audio that changed: exactly es/02-on-the-day in every profile.
	local changed
	changed=$(diff <(grep -v '^[0-9a-f]\{32\} ' before.txt) <(grep -v '^[0-9a-f]\{32\} ' after.txt) |
		sed -n 's/^> \(out[^ ]*\) .*/\1/p' | grep -E '\.(mp3|ulaw|flac|opus|vtt)$' | sort)
	# (the DAISY book holds a link to the MP3)
	expect_eq "$changed" "$(printf '%s\n' out/clinic/es/captions/02-on-the-day.vtt \
		out/clinic/es/daisy202/02-on-the-day.mp3 \
		out/clinic/es/flac/02-on-the-day.flac out/clinic/es/mp3/02-on-the-day.mp3 \
		out/clinic/es/opus/02-on-the-day.opus \
		out/clinic/es/ulaw/02-on-the-day.ulaw)" "re-rendered files"
	grep -q 'La visita dura una media hora' out/clinic/es/captions/02-on-the-day.vtt ||
		fail "captions not updated"
	expect_eq "$(jq -r '.languages[] | select(.code=="es") | .tracks[2].text[2]' out/clinic/manifest.json)" \
		"La visita dura una media hora." "manifest text"
}

test_parallel_output_identical() {
	local p=wav,flac,ulaw,alaw,gsm,sln,sln16,wav8k,ogg
	# (the packages bring in mp3 and opus)
	run 0 "$AG" build -j1 --profile $p --out o1
	run 0 "$AG" build -j3 --profile $p --out o3
	local n=0 f
	while read -r f; do
		cmp "o1/$f" "o3/$f" || fail "$f differs between -j1 and -j3"
		n=$((n + 1))
	done < <(cd o1 && find . -type f ! -name .lock)
	[ "$n" -gt 150 ] || fail "only $n files compared"
	diff -r -x .lock o1 o3 >/dev/null || fail "trees differ"
}

# Start a build in its own process group; SIGKILL all of it once n tracks
# have all their keys written (a track's keys come after its files, its
# captions' key last).
kill_after() {
	local n=$1 pid i=0
	setsid "$AG" build -q -j2 >/dev/null 2>&1 &
	pid=$!
	# Whole keys only: a key being written is a temporary (.NAME.tmpPID),
	# and a kill then may leave no track whole.
	while [ "$(find out -path '*/.keys/captions/*' ! -name '.*' 2>/dev/null | wc -l)" -lt "$n" ]; do
		sleep 0.01
		i=$((i + 1))
		[ $i -lt 6000 ] || fail "build never reached $n tracks"
	done
	kill -9 -- "-$pid"
	wait "$pid" 2>/dev/null || true
	# The rest of the group dies a moment later, and until then its
	# workers hold the output's lock (a build then says "another
	# audioguide build is writing here", as it should): wait for them.
	i=0
	while pgrep -g "$pid" >/dev/null; do
		sleep 0.01
		i=$((i + 1))
		[ $i -lt 1000 ] || fail "the killed build's processes live on"
	done
}

test_sigkill_then_rebuild_equals_clean_build() {
	run 0 "$AG" build -q --out clean
	local n
	for n in 1 3 6; do
		rm -rf out
		kill_after $n
		# Nothing under a final name is truncated: every key's file is
		# whole (a key being written when the kill came is a temporary,
		# .NAME.tmpPID: not a key).
		local k
		for k in $(find out -path '*/.keys/flac/*' ! -name '.*'); do
			local f=out/clinic/${k#out/clinic/}
			f=${f/\/.keys\/flac\//\/flac\/}.flac
			flac -t -s "$f" || fail "$f is not a whole FLAC file"
		done
		run 0 "$AG" build
		expect_match "$OUT" "build: [0-9]+ rendered, ([1-9][0-9]*) up to date"
		[ -z "$(find out -name '.*.tmp*')" ] || fail "temporaries left: $(find out -name '.*.tmp*')"
		# Books and page included.
		diff -r -x .lock clean out >/dev/null ||
			fail "after a kill at $n: $(diff -rq -x .lock clean out | head -3)"
	done
}

test_sigterm_stops_workers_and_cleans_up() {
	setsid "$AG" build -j2 >build.log 2>&1 &
	local pid=$! i=0
	while [ "$(find out -path '*/.keys/flac/*' 2>/dev/null | wc -l)" -lt 3 ]; do
		sleep 0.01
		i=$((i + 1))
		[ $i -lt 6000 ] || fail "build never started"
	done
	kill -TERM "$pid"
	local rc=0
	wait "$pid" || rc=$?
	expect_eq "$rc" 143 "exit status after SIGTERM"
	grep -q "interrupted" build.log || fail "no message: $(cat build.log)"
	sleep 0.2
	pgrep -f "$AG build" >/dev/null && fail "workers still running"
	[ -z "$(find out -name '.*.tmp*')" ] || fail "temporaries left: $(find out -name '.*.tmp*')"
	run 0 "$AG" build -q
}

# stuck_speech WORKER HOLDER: stop the worker a moment; the holder's
# speech process, if it is blocked writing to the worker's pipe (and so
# has samples left to send), is printed.  The worker goes on once the
# speech process is crashed, or at once if there is none.
stuck_speech() {
	local speech i
	kill -STOP "$1" 2>/dev/null || return 0
	speech=$(pgrep -P "$2" | head -1)
	for i in $(seq 20); do
		[ -n "$speech" ] || break
		# wchan names the kernel function it sleeps in; where the
		# kernel hides it, the system call (1: write on x86-64) tells.
		case "$(cat "/proc/$speech/wchan" "/proc/$speech/syscall" 2>/dev/null)" in
		*pipe_write* | 0"1 "*)
			kill -ABRT "$speech" 2>/dev/null && echo "$speech"
			break ;;
		esac
		sleep 0.01
	done
	# A worker already ending takes the STOP as a zombie and may be
	# gone by now: nothing to continue then.
	kill -CONT "$1" 2>/dev/null || true
}

# crash WHAT [STATUS]: start a -j1 build, wait for a process of that kind
# (worker: the build's child; source: the worker's first child, which
# forks the holders; holder: a later child of the worker, which holds a
# voice; speech: the holder's, alive for a track's synthesis only), crash it
# with SIGABRT (not SIGSEGV, which ASan catches and turns into an exit)
# and let the build end with STATUS (1 unless given; a source is crashed
# once its first holder is forked, so mid-build); a build that ends
# first is tried again.
# A speech process is crashed only while it is stuck writing its samples
# to a worker stopped for the purpose: killed after its last byte (a
# short track, or ASan's slow exit) it would change nothing, and on a fast
# machine that was the most of its short life.
# build.log has what it said.  Under ASan, LeakSanitizer is off for these
# builds: a holder or speech process that ends runs it in its _exit, and
# its tracer, a child of that process, could be taken for a speech
# process.
crash() {
	local what=$1 want=${2:-1} pid worker source holder victim try rc
	for try in $(seq 30); do
		rm -rf out
		ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0" "$AG" build -j1 >build.log 2>&1 &
		pid=$!
		victim=
		while kill -0 "$pid" 2>/dev/null; do
			worker=$(pgrep -P "$pid" | head -1)
			victim=$worker
			# (pgrep -P 0 would name init)
			source=${worker:+$(pgrep -o -P "$worker" || true)}
			holder=${worker:+$(pgrep -n -P "$worker" || true)}
			[ "$holder" = "$source" ] && holder=
			[ "$what" = source ] && victim=${holder:+$source}
			[ "$what" = holder ] && victim=$holder
			if [ "$what" = speech ]; then
				victim=${holder:+$(stuck_speech "$worker" "$holder")}
				[ -n "$victim" ] && break
			fi
			[ -n "$victim" ] && kill -ABRT "$victim" 2>/dev/null && break
			victim=
		done
		rc=0
		wait "$pid" || rc=$?
		# A kill that found the process already ending (its last byte
		# sent, its exit under way) changes nothing: tried again too.
		[ -n "$victim" ] && { [ "$want" = 0 ] || [ "$rc" != 0 ]; } && break
	done
	[ -n "$victim" ] || fail "no $what process to crash in $try builds"
	expect_eq "$rc" "$want" "exit status with a crashed $what process: $(tail -3 build.log)"
}

test_a_crashed_worker_fails_its_track_only() {
	run 0 "$AG" build -q --out clean
	crash worker
	grep -q "worker process died (signal 6)" build.log || fail "no message: $(cat build.log)"
	# One track lost; a new worker took the others.
	grep -Eq "build: [0-9]+ rendered, 0 up to date, 0 skipped, 1 errors" build.log ||
		fail "not one error: $(tail -3 build.log)"
	crash speech
	grep -q "the speech process died (signal 6)" build.log || fail "no message: $(cat build.log)"
	grep -Eq "build: [0-9]+ rendered, 0 up to date, 0 skipped, 1 errors" build.log ||
		fail "not one error: $(tail -3 build.log)"
	[ -z "$(find out -name '.*.tmp*')" ] || fail "temporaries left: $(find out -name '.*.tmp*')"
	# The process that holds a voice for the worker: a new one takes
	# the tracks after the one it was speaking.
	crash holder
	grep -q "the speech process died (signal 6)" build.log || fail "no message: $(cat build.log)"
	grep -Eq "build: [0-9]+ rendered, 0 up to date, 0 skipped, 1 errors" build.log ||
		fail "not one error: $(tail -3 build.log)"
	[ -z "$(find out -name '.*.tmp*')" ] || fail "temporaries left: $(find out -name '.*.tmp*')"
	run 0 "$AG" build
	expect_match "$OUT" "build: [1-9][0-9]* rendered"
	diff -r -x .lock clean out >/dev/null || fail "the rebuild differs: $(diff -rq -x .lock clean out | head -3)"
}

# The source only forks holders: one that dies is started again, and no
# track is lost or spoken differently.
test_a_crashed_source_loses_nothing() {
	run 0 "$AG" build -q --out clean
	crash source 0
	diff -r -x .lock clean out >/dev/null || fail "the build differs: $(diff -rq -x .lock clean out | head -3)"
}

test_removed_section_loses_its_files() {
	run 0 "$AG" build -q
	[ -f out/clinic/es/mp3/02-on-the-day.mp3 ] || fail "no first build"
	# Drop the "On the Day" section from the guide.
	python3 - content/clinic/guide.md <<'PY'
import re, sys
p = sys.argv[1]; s = open(p).read()
s = re.sub(r'## On the Day\n.*?(?=## )', '', s, flags=re.S)
open(p, 'w').write(s)
PY
	run 0 "$AG" build
	expect_match "$ERR" "out/clinic/es/mp3/02-on-the-day.mp3: removed: its section is no longer in the guide"
	[ ! -e out/clinic/es/mp3/02-on-the-day.mp3 ] || fail "old track still there"
	[ ! -e out/clinic/en/captions/02-on-the-day.vtt ] || fail "old captions still there"
	[ ! -e out/clinic/en/.keys/mp3/02-on-the-day ] || fail "old key still there"
	# "After Your Visit" is now section 2: a new file, numbered by position.
	[ -f out/clinic/en/mp3/02-after-your-visit.mp3 ] || fail "no 02-after-your-visit"
	[ ! -e out/clinic/en/mp3/03-after-your-visit.mp3 ] || fail "03-after-your-visit left behind"
	expect_eq "$(grep -vc '^#' out/clinic/en/mp3/playlist.m3u8)" 3 "playlist entries"
}

# A language withdrawn (its PO removed, or left out of languages =):
# its whole folder goes, books included, and the build says so; a
# language only not selected (--lang) stays, and so does what is not a
# language's folder; a build refused (a link in out/) removes nothing.
test_removed_language_loses_its_folder() {
	run 0 "$AG" build -q
	[ -f out/clinic/es/clinic-es.epub ] || fail "no Spanish EPUB"
	mkdir -p out/clinic/notes && echo kept > out/clinic/notes/readme.txt
	run 0 "$AG" build -q --lang en
	[ -d out/clinic/es ] || fail "es removed by a build of en alone"
	printf 'languages = en\n' >> content/clinic/guide.conf
	# A link in it stops the build before anything is removed.
	mkdir -p "$W/elsewhere" && echo kept > "$W/elsewhere/file"
	ln -s "$W/elsewhere" out/clinic/es/link
	run 1 "$AG" build
	expect_match "$ERR" "out/clinic/es/link: is a symbolic link"
	[ -f out/clinic/es/clinic-es.epub ] || fail "es touched by a refused build"
	rm out/clinic/es/link
	run 0 "$AG" build
	expect_match "$ERR" "^audioguide: out/clinic/es: removed: es is no longer a language of the guide"
	[ ! -e out/clinic/es ] || fail "es still there: $(ls -A out/clinic/es)"
	[ -f "$W/elsewhere/file" ] || fail "outside out/ touched"
	[ -f out/clinic/notes/readme.txt ] || fail "a folder not a language's was removed"
	expect_eq "$(jq -r '[.languages[].code] | join(",")' out/clinic/manifest.json)" en "manifest languages"
	run 0 "$AG" build
	expect_no_match "$ERR" "removed" "second build"
	# Back in the guide: built again from nothing.
	restore content/clinic/guide.conf
	run 0 "$AG" build -q --lang es
	[ -f out/clinic/es/clinic-es.epub ] || fail "es not built again"
}

test_force_and_profile_added() {
	run 0 "$AG" build -q --lang es --profile ulaw
	run 0 "$AG" build --lang es --profile ulaw,alaw
	# Only the new profile is made; the mu-law files are left alone.
	expect_match "$OUT" "^\[1/4\] es/00-title alaw$"
	run 0 "$AG" build --lang es --profile ulaw,alaw --force
	expect_match "$OUT" "build: 4 rendered, 0 up to date"
}

test_concurrent_build_refused() {
	mkdir -p out/clinic
	exec 9>out/clinic/.lock
	flock 9
	run 1 "$AG" build --lang en
	expect_match "$ERR" "out/clinic/.lock: another audioguide build is writing here"
	exec 9>&-
}

# Three shards built into separate folders, merged by copying, then one
# plain build: it renders nothing, and the tree is the single build's,
# keys, books and page included.
test_shards_merged_equal_one_build() {
	local i
	for i in 0 1 2; do
		run 0 "$AG" build --shard $i/3 --out s$i
		expect_match "$OUT" "^build, shard $i of 3: [0-9]+ rendered, 0 up to date, 0 errors; [0-9]+ audio files, 0 encoded again; nothing shared written$"
		[ ! -e s$i/clinic/manifest.json ] || fail "shard $i wrote the manifest"
		[ ! -e s$i/clinic/index.html ] || fail "shard $i wrote the page"
	done
	# Every track is in exactly one shard.
	expect_eq "$(ls s0/clinic/*/flac/*.flac s1/clinic/*/flac/*.flac s2/clinic/*/flac/*.flac |
		sed 's|^s[0-9]/||' | sort | uniq -d)" "" "tracks in two shards"
	expect_eq "$(ls s0/clinic/*/flac/*.flac s1/clinic/*/flac/*.flac s2/clinic/*/flac/*.flac | wc -l)" 8 "tracks"
	mkdir merged
	for i in 0 1 2; do
		cp -r s$i/. merged/
	done
	run 0 "$AG" build --out merged
	expect_match "$OUT" "^build: 0 rendered, 8 up to date, 0 skipped, 0 errors$"
	run 0 "$AG" build --out single
	diff -r -x .lock merged single >/dev/null ||
		fail "merged shards differ from one build: $(diff -rq -x .lock merged single | head -3)"
	# Job runners' variables: a Slurm array of tasks 4..6 is shards 0..2.
	SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_MIN=4 SLURM_ARRAY_TASK_COUNT=3 \
		run 0 "$AG" build --shard auto --out slurm
	expect_match "$OUT" "^build, shard 1 of 3: "
	diff -r -x .lock s1 slurm >/dev/null || fail "--shard auto is not shard 1/3"
	JOB_COMPLETION_INDEX=2 run 0 "$AG" build --shard auto/3 --out k8s
	diff -r -x .lock s2 k8s >/dev/null || fail "JOB_COMPLETION_INDEX=2 is not shard 2/3"
	JOB_COMPLETION_INDEX=2 run 2 "$AG" build --shard auto
	expect_match "$ERR" "give it: --shard auto/N"
	run 2 "$AG" build --shard 3/3
	expect_match "$ERR" "shard 3 of 3 \(from --shard\); expected 0 <= I < N"
}
