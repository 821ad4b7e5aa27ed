#!/usr/bin/env bash
# The publish scenarios of issue 3.7 again, with byoc-local failing 20% of all requests
# (API, S3 and log streams) with 503, 429 (Retry-After) or a connection reset: every run
# must end the same way as without faults.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_snapshot_lib.sh"
# the test's own checks retry through the faults (curl retries 429/5xx/resets)
api() {
	local m=$1 p=$2; shift 2
	curl -sSf --retry 20 --retry-all-errors --retry-delay 0 --retry-max-time 60 -X "$m" \
		-H "Authorization: Bearer $DAYTONA_API_KEY" "$@" "$LOCAL_URL$p"
}
# The three kinds run side by side, each with its own byoc-local, state and log (the runs
# mostly wait on builds and polls, so this takes the time of one).
run_kind() {
	local kind=$1
	TEST_TMP=$TEST_TMP/$kind LOCAL_STATE= LOCAL_PID= LOCAL_PORT=
	mkdir -p "$TEST_TMP"
	start_local -v --build-seconds 1 --fault "* /* 0.2 $kind" || { not_ok "byoc-local starts ($kind)"; return; }
	scenario_twice "$kind"
	scenario_race "$kind"
	scenario_fail "$kind"
	scenario_changed "$kind"
	injected=$(grep -ciE 'fault|inject' "$TEST_TMP/local.log" || true)
	check "[$kind] faults were injected ($injected)" test "$injected" -gt 0
	stop_local
}
for kind in 503 429 reset; do
	run_kind "$kind" >"$TEST_TMP/out-$kind" 2>&1 &
done
wait
for kind in 503 429 reset; do
	cat "$TEST_TMP/out-$kind"
	_failures=$((_failures + $(grep -c '^not ok' "$TEST_TMP/out-$kind" || true)))
done
finish
