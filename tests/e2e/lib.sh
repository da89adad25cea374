# Helpers for end-to-end tests: each test_* function runs in its own bash,
# in a scratch project (a copy of content/ and po/) at $W, with $AG the
# built program.  A failed check prints why and exits non-zero.

e2e_setup() {
	W=$(mktemp -d "${TMPDIR:-/tmp}/audioguide-e2e.XXXXXX")
	cp -r "$ROOT/content" "$ROOT/po" "$W/"
	cd "$W"
}

e2e_teardown() {
	cd /
	rm -rf "$W"
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
