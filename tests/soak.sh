#!/usr/bin/env bash
# make soak: SOAK_N (default 200) byoc-prepare runs of recipes/repo-and-data.json against one
# byoc-local that injects 10% faults of every kind (500, 503, 429, reset, delay) on every route
# and is killed (SIGKILL) and restarted twice midway. Then it checks and prints:
#  - every prepare either succeeded with a verified tree or failed cleanly;
#  - the prepared sandboxes left equal the successes; no snapshot was built twice;
#  - no process and no temp file is left behind.
set -u
# make passes BINDIR=bin: absolute, since the soak runs from its own folder
[ -n "${BINDIR:-}" ] && BINDIR=$(cd "$BINDIR" && pwd) && export BINDIR
source "$(dirname "$0")/e2e/lib.sh"
N=${SOAK_N:-200}
[ "${SOAK_KEEP:-}" = 1 ] && trap 'stop_local; echo "kept $TEST_TMP" >&2' EXIT
PAR=${SOAK_PARALLEL:-6}
export RUNNER_PYTHON=python3 ENVIRONMENT_ID=env_soak
cd "$TEST_TMP"
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

git init -q -b main repo && (cd repo && git config user.email s@s && git config user.name s &&
	for i in $(seq 20); do echo "$i" >"f$i.txt"; done && git add . && git commit -qm soak)
mkdir -p data && for i in $(seq 50); do head -c 2048 /dev/urandom >"data/d$i.bin"; done

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export LOCAL_PORT=$PORT
FAULTS=(--fault '* /* 0.02 500' --fault '* /* 0.02 503' --fault '* /* 0.02 429'
	--fault '* /* 0.02 reset' --fault '* /* 0.02 delay=300')
start_local --build-seconds 1 "${FAULTS[@]}" || { not_ok "byoc-local starts"; exit 1; }
# The tools' temporary files (git clones, ...) go to TMPDIR: a folder of our own, so that what
# they leave is ours to count whatever else runs on the machine.
mkdir -p "$TEST_TMP/tmp"
export TMPDIR=$TEST_TMP/tmp

# Publish once first (with retries inside) so every prepare races on an existing or building name.
run_one() {
	local i=$1
	"$BINDIR/byoc-prepare" "$BYOC_ROOT/recipes/repo-and-data.json" --set REPO_URL="file://$TEST_TMP/repo" \
		--set DATA_PATH="$TEST_TMP/data/" --log-file "$TEST_TMP/logs/$i.log" --json -q \
		>"$TEST_TMP/out/$i.json" 2>"$TEST_TMP/err/$i.txt"
	echo $? >"$TEST_TMP/rc/$i"
}
mkdir -p logs out err rc
restarts=0
inits=
for i in $(seq 1 "$N"); do
	run_one "$i" &
	while [ "$(jobs -rp | wc -l)" -gt "$PAR" ]; do sleep 0.1; done
	if [ "$i" -eq $((N / 3)) ] || [ "$i" -eq $((2 * N / 3)) ]; then
		inits+=" $(pgrep -P "$LOCAL_PID" | tr '\n' ' ')"   # its sandboxes' PID 1s
		kill -9 "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null
		sleep 0.5
		start_local --build-seconds 1 "${FAULTS[@]}" || { not_ok "byoc-local restarts"; exit 1; }
		restarts=$((restarts + 1))
	fi
done
while [ "$(jobs -rp | grep -vc "^$LOCAL_PID$")" -gt 0 ]; do sleep 0.2; done

# Judge with faults off: restart byoc-local clean on the same state.
inits+=" $(pgrep -P "$LOCAL_PID" | tr '\n' ' ')"
stop_local
start_local --build-seconds 1 || { not_ok "byoc-local restarts clean"; exit 1; }
succeeded=0 failed=0 unclean=0
for i in $(seq 1 "$N"); do
	if [ "$(cat "rc/$i")" = 0 ]; then succeeded=$((succeeded + 1)); else failed=$((failed + 1)); fi
done
left=$(api GET "/sandbox?labels=%7B%22byoc.environment_id%22%3A%22env_soak%22%7D&limit=200" | json 'len(d["items"])')
ids_ok=$(cat out/*.json 2>/dev/null | python3 -c '
import json, sys
n = 0
for line in sys.stdin:
    line = line.strip()
    if line:
        n += len(json.loads(line)["sandboxes"])
print(n)')
snaps=$(api GET "/snapshots?limit=200" | json 'len([s for s in d["items"] if s["name"].startswith("byoc-env-default-")])')
procs=$(pgrep -f "$BINDIR/byoc-(prepare|seed|snapshot|sandbox|handoff)" | wc -l)
# sandbox inits of the byoc-locals killed or stopped along the way (zombies do not count)
old_inits=$(running $inits)
tmp_after=$(find "$TMPDIR" -mindepth 1 | wc -l)
stray=$(find "$LOCAL_STATE" -name '*.byoc-seed-*' 2>/dev/null | wc -l)

echo "prepares: $N, succeeded: $succeeded, failed cleanly or not: $failed, byoc-local restarts: $restarts"
echo "sandboxes left: $left, handed over: $ids_ok, snapshots: $snaps, processes left: $procs," \
	"sandbox inits of earlier byoc-locals still running: $old_inits of $(echo $inits | wc -w)"
echo "temp files left in TMPDIR: $tmp_after, stray temp files in sandboxes: $stray"
check "every success handed over exactly one sandbox" [ "$ids_ok" -eq "$succeeded" ]
check "prepared sandboxes left equal the successes (failures cleaned up)" [ "$left" -eq "$succeeded" ]
check "no snapshot was built twice (one snapshot for the recipe's Dockerfile)" [ "$snaps" -eq 1 ]
check "no byoc process left running" [ "$procs" -eq 0 ]
check "no sandbox process of a killed or stopped byoc-local left running" [ "$old_inits" -eq 0 ]
check "no temp files left in TMPDIR" [ "$tmp_after" -eq 0 ]
check "no temp files left in the sandboxes" [ "$stray" -eq 0 ]
check "some prepares succeeded despite the faults" [ "$succeeded" -gt 0 ]
# SOAK_KEEP=1 keeps the folder (finish would remove it)
if [ "${SOAK_KEEP:-}" = 1 ]; then stop_local; [ "$_failures" -eq 0 ]; exit; fi
finish
