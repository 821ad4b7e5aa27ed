#!/usr/bin/env bash
# Runs every built libFuzzer target for SECONDS_PER_TARGET seconds over its committed seed corpus
# (copied to a scratch dir so new inputs do not dirty the tree). A crash fails the run; add the
# crashing input to tests/fuzz/regress/<target>/ so the regression test replays it.
set -u
cd "$(dirname "$0")/../.."
secs=${SECONDS_PER_TARGET:-60}
rc=0
for f in build/fuzz/bin/fuzz_*; do
	[ -x "$f" ] || continue
	name=$(basename "$f")
	work=tests/fuzz/corpus-run/$name
	mkdir -p "$work" "tests/fuzz/corpus/$name"
	cp -r "tests/fuzz/corpus/$name/." "$work/" 2>/dev/null
	echo "== $name (${secs}s)"
	if ! "$f" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="build/fuzz/$name-" \
		"$work" 2>"build/fuzz/$name.log"; then
		echo "not ok - $name crashed: see build/fuzz/$name.log"; tail -n 30 "build/fuzz/$name.log"; rc=1
	else
		echo "ok - $name: $(grep -Eo 'Done [0-9]+ runs' "build/fuzz/$name.log" | tail -n1)"
	fi
done
exit $rc
