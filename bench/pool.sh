#!/usr/bin/env bash
# A pool of 20 prepared sandboxes against byoc-local: `byoc-sandbox create --count 20`
# (8 at a time, each waited until started) against creating the same 20 one by one with the
# official SDK (@daytonaio/sdk 0.218.0, daytona.create(...) which waits until started), each
# timed as a whole process, median of BENCH_RUNS (>= 5) runs. Target: byoc at least 5x faster.
source "$(dirname "$0")/lib.sh"
[ "$RUNS" -lt 5 ] && RUNS=5
N=${BENCH_POOL:-20}
sdk_node_modules
export NODE_MODULES

start_local --build-seconds 0 || exit 1
api POST /snapshots -H 'content-type: application/json' -d '{"name":"bench-pool","imageName":"debian:12"}' >/dev/null
for i in $(seq 1 200); do
	[ "$(api GET /snapshots/bench-pool | jq -r .state)" = active ] && break
	sleep 0.05
done

# Removes a run's sandboxes (untimed), so every run starts from the same server state.
cleanup_env() {
	local ids
	ids=$("$BINDIR/byoc-sandbox" list --environment "$1" 2>/dev/null)
	[ -n "$ids" ] && "$BINDIR/byoc-sandbox" delete -q $ids >/dev/null 2>&1
	return 0
}

cat >"$TEST_TMP/sdk.mjs" <<'JS'
import { createRequire } from 'node:module';
const require = createRequire(process.env.NODE_MODULES + '/');
const { Daytona } = require('@daytonaio/sdk');
const [n, env, prefix] = process.argv.slice(2);
const daytona = new Daytona({ apiUrl: process.env.DAYTONA_API_URL, apiKey: process.env.DAYTONA_API_KEY });
const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
for (let i = 1; i <= Number(n); i++) {
  await daytona.create({
    snapshot: 'bench-pool', name: `${prefix}-${i}`,
    labels: { 'byoc.environment_id': env, 'byoc.mode': 'prepared', 'byoc.prepared_at': at },
  }, { timeout: 120 });
}
process.exit(0);
JS

# (seconds runs these in a subshell: the run number is an argument)
byoc_run() { "$BINDIR/byoc-sandbox" create -q --environment "bench-b$1" --snapshot bench-pool --count "$N" --name "bp$1"; }
sdk_run() { node "$TEST_TMP/sdk.mjs" "$N" "bench-s$1" "sp$1"; }

b=() s=()
for run in $(seq 1 "$RUNS"); do
	b+=("$(seconds byoc_run "$run")")
	got=$("$BINDIR/byoc-sandbox" list --environment "bench-b$run" | wc -l)
	[ "$got" -eq "$N" ] || echo "byoc run $run made $got sandboxes, not $N" >&2
	cleanup_env "bench-b$run"
	if [ -n "$NODE_MODULES" ]; then
		s+=("$(seconds sdk_run "$run")")
		got=$("$BINDIR/byoc-sandbox" list --environment "bench-s$run" | wc -l)
		[ "$got" -eq "$N" ] || echo "sdk run $run made $got sandboxes, not $N" >&2
		cleanup_env "bench-s$run"
	fi
done
bm=$(median "${b[@]}")
echo "pool of $N: byoc ${b[*]} s; sdk ${s[*]:-(no SDK)} s" >&2
if [ -n "$NODE_MODULES" ]; then
	sm=$(median "${s[@]}")
	ratio=$(awk -v a="$sm" -v b="$bm" 'BEGIN {printf "%.1f", a / b}')
	met=$(awk -v r="$ratio" 'BEGIN {print (r >= 5) ? "yes" : "no"}')
	row "pool of $N prepared sandboxes (byoc-sandbox create --count $N vs SDK create one by one)" \
		"${bm} s" "${sm} s" "${ratio}x" ">= 5x" "$met"
else
	row "pool of $N prepared sandboxes" "${bm} s" "no SDK (tests/compat/node_modules missing)" "-" ">= 5x" "no"
fi
finish
