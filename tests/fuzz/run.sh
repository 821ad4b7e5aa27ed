#!/usr/bin/env bash
# Runs every built libFuzzer target for SECONDS_PER_TARGET seconds over its committed seed corpus
# (copied to a scratch dir so new inputs do not dirty the tree), FUZZ_JOBS targets at a time
# (default: the number of cores). A crash fails the run; add the crashing input to
# tests/fuzz/regress/<target>/ so the regression test replays it. FUZZ_TARGETS="a b" picks targets.
set -u
cd "$(dirname "$0")/../.."
secs=${SECONDS_PER_TARGET:-60}
jobs=${FUZZ_JOBS:-$(nproc)}
targets=${FUZZ_TARGETS:-$(cd build/fuzz/bin && ls fuzz_*)}
results=build/fuzz/results
: >"$results"

run_one() { # NAME
	local name=$1 f=build/fuzz/bin/$1 work=tests/fuzz/corpus-run/$1
	mkdir -p "$work" "tests/fuzz/corpus/$name"
	cp -r "tests/fuzz/corpus/$name/." "$work/" 2>/dev/null
	# tests/fuzz/<target>.flags: extra libFuzzer flags for one target
	local extra; extra=$(cat "tests/fuzz/$name.flags" 2>/dev/null)
	if "$f" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="build/fuzz/$name-" \
		$extra "$work" 2>"build/fuzz/$name.log"; then
		echo "ok - $name: ${secs}s, $(grep -aEo 'Done [0-9]+ runs' "build/fuzz/$name.log" | tail -n1)" >>"$results"
	else
		echo "not ok - $name crashed: see build/fuzz/$name.log" >>"$results"
	fi
}

echo "fuzzing $(echo $targets | wc -w) targets, ${secs}s each, $jobs at a time"
for name in $targets; do
	[ -x "build/fuzz/bin/$name" ] || { echo "not ok - $name: not built" >>"$results"; continue; }
	while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
	run_one "$name" &
done
wait
cat "$results"
for f in $(grep '^not ok' "$results" | grep -o 'build/fuzz/[^ ]*\.log'); do
	echo "--- $f"; tail -n 30 "$f"
done
! grep -q '^not ok' "$results"
