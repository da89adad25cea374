# Helpers for end-to-end tests: each test_* function runs in its own bash,
# in a scratch project at $W (made by tests/run, kept and named when the
# test fails), with $AG the built program.  A failed check prints why and
# exits non-zero.
#
# A test file chooses the project it works on with E2E_PROJECT:
#   bundled  (default) the repository's content/ and po/: the patient guide
#   clinic   tests/fixtures/clinic: a small guide of the tests' own (title
#            and three sections, en and es), for tests of the engine
#   prep     tests/fixtures/prep: a leaflet with every Markdown construct

# The folder the scratch project was copied from.
e2e_source() {
	case "${E2E_PROJECT:-bundled}" in
	bundled) echo "$ROOT" ;;
	*) echo "$ROOT/tests/fixtures/$E2E_PROJECT" ;;
	esac
}

e2e_setup() {
	cp -r "$(e2e_source)/content" "$(e2e_source)/po" "$W/"
	cd "$W"
}

# restore PATH: put a file of the scratch project back as it was copied.
restore() {
	cp "$(e2e_source)/$1" "$1"
}

# snapshot DIR: every file under DIR with its size and mtime, then its
# checksum: what a rebuild must leave alone, rewritten or not.
snapshot() {
	find "$1" -type f ! -name .lock -printf '%p %s %T@\n' | sort
	find "$1" -type f ! -name .lock -print0 | sort -z | xargs -0 md5sum
}

fail() {
	echo "FAILED: $*" >&2
	exit 1
}

# run EXPECTED_EXIT cmd...: run, keep stdout/stderr in $OUT/$ERR files.
run() {
	local want=$1 rc=0
	shift
	"$@" >"$W/.out" 2>"$W/.err" || rc=$?
	OUT=$(cat "$W/.out")
	ERR=$(cat "$W/.err")
	if [ "$rc" != "$want" ]; then
		echo "stdout: $OUT" >&2
		echo "stderr: $ERR" >&2
		fail "'$*' exited $rc, expected $want"
	fi
}

expect_eq() {	# actual expected [what]
	[ "$1" = "$2" ] || fail "${3:-value}: got '$1', expected '$2'"
}

expect_match() {	# text regex [what]
	echo "$1" | grep -Eq -- "$2" || fail "${3:-output} does not match /$2/: $1"
}

expect_no_match() {
	if echo "$1" | grep -Eq -- "$2"; then
		fail "${3:-output} matches /$2/: $1"
	fi
}

# approx A B TOL: |A - B| <= TOL
approx() {
	awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }' ||
		fail "${4:-value} $1 is not within $3 of $2"
}

# The browser and Ace checks look at outputs, which do not depend on how
# audioguide was compiled: `make check SANITIZE=1` sets BROWSER_CHECKS=0
# and leaves them to the plain `make check`.
browser_checks() {
	[ "${BROWSER_CHECKS:-1}" = 1 ]
}

epubcheck_ok() {	# FILE: 0 errors and 0 warnings
	local log
	log=$(java -jar /usr/share/java/epubcheck.jar "$1" 2>&1) || true
	echo "$log" | grep -q "Messages: 0 fatals / 0 errors / 0 warnings" ||
		fail "epubcheck $1: $(echo "$log" | grep -E 'ERROR|WARNING|FATAL|Messages' | head -5)"
}

# ebur128 FILE [raw format args]: "I PEAK" from ffmpeg's own meter, the
# loudness to its 0.001 LU (the last frame's running figure) rather than
# the summary's 0.1.
ebur128() {
	local f=$1
	shift
	ffmpeg -nostats "$@" -i "$f" -af ebur128=peak=sample:metadata=1,ametadata=mode=print:key=lavfi.r128.I \
		-f null - 2>&1 |
		awk -F= '/lavfi.r128.I=/ { i = $2 } /^ +Peak:/ { split($0, w, " +"); p = w[3] } END { print i, p }'
}
