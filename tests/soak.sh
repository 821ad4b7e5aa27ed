#!/usr/bin/env bash
# make soak: SOAK_N (default 200) byoc-prepare runs of recipes/repo-and-data.json (a repo, a
# dataset and a setup command, plus a command that counts its runs in /mnt/session/COUNT)
# against one byoc-local that injects SOAK_FAULTS (default 0.10) faults, split evenly over every
# kind (500, 503, 429, reset, delay=300, drop: the answer lost after the work was done) on every
# route the tools use (the API, object storage, the toolbox), and is killed (SIGKILL) and
# restarted twice midway. SOAK_KILL=1 also SIGKILLs each byoc-prepare at a random point and runs
# it again, which must end as an uninterrupted run would. Then it checks and prints:
#  - at least SOAK_MIN (default: 198 of 200 at 10%, 190 at 20%, scaled to N) succeeded, each
#    with a verified tree (byoc-seed's manifest check) and its command run exactly once;
#  - every failure names the fault no retry could fix: its step, the attempts made and the
#    last answer (an HTTP status, the transport error, or a sandbox command's exit);
#  - the prepared sandboxes left equal the successes, one per name; no snapshot built twice;
#  - no process and no temp file is left behind; no sandbox init of a killed byoc-local runs on.
# The counts go to bench/results.md as a row of its "Soak" table.
set -u
# make passes BINDIR=bin: absolute, since the soak runs from its own folder
[ -n "${BINDIR:-}" ] && BINDIR=$(cd "$BINDIR" && pwd) && export BINDIR
source "$(dirname "$0")/e2e/lib.sh"
N=${SOAK_N:-200}
RATE=${SOAK_FAULTS:-0.10}
KILL=${SOAK_KILL:-0}
[ "${SOAK_KEEP:-}" = 1 ] && trap 'stop_local; echo "kept $TEST_TMP" >&2' EXIT
PAR=${SOAK_PARALLEL:-6}
# 198 of 200 at 10% faults, 190 of 200 at 20% (the issue's bar), scaled to N
MIN=${SOAK_MIN:-$(python3 -c "import sys; n, r = int(sys.argv[1]), float(sys.argv[2]); print(int(n * (0.99 if r <= 0.1 else 0.95)))" "$N" "$RATE")}
export RUNNER_PYTHON=python3 ENVIRONMENT_ID=env_soak
cd "$TEST_TMP"
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

git init -q -b main repo && (cd repo && git config user.email s@s && git config user.name s &&
	for i in $(seq 20); do echo "$i" >"f$i.txt"; done && git add . && git commit -qm soak)
mkdir -p data && for i in $(seq 50); do head -c 2048 /dev/urandom >"data/d$i.bin"; done
# the shipped recipe, named per run (a rerun must find its sandbox), and a command that counts
jq --arg df "$BYOC_ROOT/dockerfiles/Dockerfile.default" \
	'.snapshot.dockerfile = $df | .sandbox.name = "${NAME}" |
	 .commands += [{run: "echo ran >> /mnt/session/COUNT", timeout: 60}]' \
	"$BYOC_ROOT/recipes/repo-and-data.json" >recipe.json

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export LOCAL_PORT=$PORT
each=$(python3 -c "import sys; print(float(sys.argv[1]) / 6)" "$RATE")
FAULTS=(--fault "* /* $each 500" --fault "* /* $each 503" --fault "* /* $each 429"
	--fault "* /* $each reset" --fault "* /* $each delay=300" --fault "* /* $each drop")
start_local --build-seconds 1 "${FAULTS[@]}" || { not_ok "byoc-local starts"; exit 1; }
# The tools' temporary files (git clones, ...) go to TMPDIR: a folder of our own, so that what
# they leave is ours to count whatever else runs on the machine.
mkdir -p "$TEST_TMP/tmp"
export TMPDIR=$TEST_TMP/tmp

prepare_i() { # I: one byoc-prepare run of sandbox soak-I (exec: $! is byoc-prepare itself)
	exec "$BINDIR/byoc-prepare" recipe.json --set REPO_URL="file://$TEST_TMP/repo" \
		--set DATA_PATH="$TEST_TMP/data/" --set NAME="soak-$1" --log-file "$TEST_TMP/logs/$1.log" --json -q \
		>"$TEST_TMP/out/$1.json" 2>>"$TEST_TMP/err/$1.txt"
}
run_one() {
	local i=$1 p
	if [ "$KILL" = 1 ]; then
		# SIGKILL at a random point of the run (a prepare takes a few seconds here), then again
		( prepare_i "$i" ) & p=$!
		sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 8), 2))')"
		kill -9 "$p" 2>/dev/null && echo "killed" >>"$TEST_TMP/killed/$i"
		wait "$p" 2>/dev/null
	fi
	( prepare_i "$i" )
	echo $? >"$TEST_TMP/rc/$i"
}
# "PID:START" of each sandbox init of byoc-local $1 (PID 1 of its own PID namespace, among
# its children; its command helpers and entering processes are not), and of those its state's
# init.pid files name: START (the clock tick it began) tells the process from a later one
# given the same PID (pid_max is often 32768, and a soak forks many thousands).
starttime() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20; }
sandbox_inits() {
	local p
	for p in $(pgrep -P "$1"); do
		[ "$(awk '$1 == "NSpid:" { print $NF }' "/proc/$p/status" 2>/dev/null)" = 1 ] && echo "$p:$(starttime "$p")"
	done
	cat "$LOCAL_STATE"/sandboxes/*/init.pid 2>/dev/null | awk 'NF == 2 { print $1 ":" $2 }'
}
# how many of the "PID:START" given still run (zombies do not count), once they had up to
# SOAK_EXIT_GRACE (5) seconds to exit: a PID namespace's init ends after all its processes,
# which a busy disk can slow; a leak stays
inits_running() {
	local n e p end=$(($(date +%s) + ${SOAK_EXIT_GRACE:-5}))
	while :; do
		n=0
		for e; do
			p=${e%%:*}
			[ "$(starttime "$p")" = "${e#*:}" ] && [ "$(cut -d' ' -f3 "/proc/$p/stat" 2>/dev/null)" != Z ] && n=$((n + 1))
		done
		[ "$n" -eq 0 ] || [ "$(date +%s)" -ge "$end" ] && break
		sleep 0.2
	done
	echo "$n"
}
mkdir -p logs out err rc killed
restarts=0
inits=
t0=$(date +%s)
for i in $(seq 1 "$N"); do
	run_one "$i" &
	while [ "$(jobs -rp | wc -l)" -gt "$PAR" ]; do sleep 0.1; done
	if [ "$i" -eq $((N / 3)) ] || [ "$i" -eq $((2 * N / 3)) ]; then
		killed_pid=$LOCAL_PID inits+=" $(sandbox_inits "$LOCAL_PID" | tr '\n' ' ')"
		kill -9 "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null
		inits+=" $(sandbox_inits "$killed_pid" | tr '\n' ' ')"   # booted at the last instant
		sleep 0.5
		start_local --build-seconds 1 "${FAULTS[@]}" || { not_ok "byoc-local restarts"; exit 1; }
		restarts=$((restarts + 1))
	fi
done
while [ "$(jobs -rp | grep -vc "^$LOCAL_PID$")" -gt 0 ]; do sleep 0.2; done
secs=$(($(date +%s) - t0))

# Judge with faults off: restart byoc-local clean on the same state.
inits+=" $(sandbox_inits "$LOCAL_PID" | tr '\n' ' ')"
# (byoc-local's lines carry a time stamp before "fault:")
faults_seen=$(grep -c "byoc-local: .*fault: .* \(->\|reset\|delayed\|dropped\)" "$TEST_TMP/local.log")
stop_local
start_local --build-seconds 1 || { not_ok "byoc-local restarts clean"; exit 1; }
# I: one line for failed run I, the fault no retry could fix: "soak-I (exit R): step S: the
# tool's last word (after N attempts, the last answer)", with what of those it lacks in [].
why_failed() {
	python3 - "$1" "$(cat "rc/$1")" "err/$1.txt" <<'PY'
import re, sys
i, rc, path = sys.argv[1:4]
lines = [l.rstrip("\n") for l in open(path, errors="replace")]
steps = [m.group(1) for l in lines for m in [re.search(r"step (\S+) failed", l)] if m]
said = [l for l in lines if l.strip() and not re.match(r"^byoc-prepare: step .* failed$", l)]
attempts = re.compile(r"\b\d+ attempts?\b|\battempt \d+")
answer = re.compile(r"(: |-> |HTTP |status |answered )[1-5]\d\d\b|\bexit (status )?-?\d+|reset by peer|refused|"
                    r"timed out|empty reply|recv failure|send failure|connect|transfer closed|"
                    r"failure when receiving|deadline of", re.I)
why = next((l for l in reversed(said) if attempts.search(l)), said[-1] if said else "")
why = re.sub(r"^byoc-prepare: sandbox \d+ \S*: step \S+ failed: ", "", why)
lacks = [w for w, ok in (("the step", steps), ("the attempts", attempts.search(why)),
                         ("the last answer", answer.search(why))) if not ok]
print(f"soak-{i} (exit {rc}): step {steps[-1] if steps else '?'}: {why}" +
      (f" [lacks {', '.join(lacks)}]" if lacks else ""))
PY
}
succeeded=0 failed=0 once=0 twice=0
: >failures.txt
for i in $(seq 1 "$N"); do
	if [ "$(cat "rc/$i")" = 0 ]; then
		succeeded=$((succeeded + 1))
		id=$(api GET "/sandbox/soak-$i" | json 'd["id"]')
		n=$(sandbox_cat "$id" /mnt/session/COUNT | grep -c .)
		if [ "$n" = 1 ]; then once=$((once + 1)); else twice=$((twice + 1)); echo "soak-$i: its command ran $n times" >&2; fi
	else
		failed=$((failed + 1))
		why_failed "$i" >>failures.txt
	fi
done
left=$(api GET "/sandbox?labels=%7B%22byoc.environment_id%22%3A%22env_soak%22%7D&limit=200" | json 'len(d["items"])')
names=$(api GET "/sandbox?labels=%7B%22byoc.environment_id%22%3A%22env_soak%22%7D&limit=200" | json 'len(set(s["name"] for s in d["items"]))')
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
inits=$(printf '%s\n' $inits | sort -u)   # a child's and its init.pid's are one
old_inits=$(inits_running $inits)
tmp_after=$(find "$TMPDIR" -mindepth 1 | wc -l)
# a seed's temporaries (DIR.byoc-seed-XXXX, its uploads and manifest) beside the recipe's
# destinations, in /mnt/session: read from the disk image when it is not mounted (the judge's
# byoc-local starts no sandbox), as sandbox_cat does
seed_temps() {
	local s=$LOCAL_STATE/sandboxes/$1
	if [ -d "$s/root/mnt/session" ]; then ls -a "$s/root/mnt/session"
	elif [ -f "$s/disk.img" ]; then debugfs -R "ls /mnt/session" "$s/disk.img" 2>/dev/null | tr -s ' ' '\n'
	fi | grep -c '\.byoc-seed-'
}
stray=0
for d in "$LOCAL_STATE"/sandboxes/*/; do
	n=$(seed_temps "$(basename "$d")")
	[ "$n" -gt 0 ] && echo "sandbox $(basename "$d"): $n temporary files of a seed left in /mnt/session" >&2
	stray=$((stray + n))
done
killed=$(find killed -type f | wc -l)

mode="${RATE} faults"
[ "$KILL" = 1 ] && mode+=", each run SIGKILLed at random and rerun ($killed killed)"
echo "prepares: $N ($mode), succeeded: $succeeded (at least $MIN wanted), failed: $failed," \
	"byoc-local restarts: $restarts, faults injected: $faults_seen, $secs s"
echo "commands run exactly once: $once of $succeeded, more than once: $twice"
echo "sandboxes left: $left ($names names), handed over: $ids_ok, snapshots: $snaps, processes left: $procs," \
	"sandbox inits of earlier byoc-locals still running: $old_inits of $(echo $inits | wc -w)"
echo "temp files left in TMPDIR: $tmp_after, stray temp files in sandboxes: $stray"
[ -s failures.txt ] && { echo "failures (the fault no retry could fix):"; sed 's/^/  /' failures.txt; }
check "at least $MIN of $N prepares succeeded" [ "$succeeded" -ge "$MIN" ]
check "every success ran its command exactly once" [ "$once" -eq "$succeeded" ]
check "every failure names its step, the attempts made and the last answer" [ "$(grep -c '\[lacks ' failures.txt)" -eq 0 ]
check "every success handed over exactly one sandbox" [ "$ids_ok" -eq "$succeeded" ]
check "prepared sandboxes left equal the successes (failures cleaned up)" [ "$left" -eq "$succeeded" ]
check "one sandbox per name" [ "$names" -eq "$left" ]
check "no snapshot was built twice (one snapshot for the recipe's Dockerfile)" [ "$snaps" -eq 1 ]
check "no byoc process left running" [ "$procs" -eq 0 ]
check "no sandbox process of a killed or stopped byoc-local left running" [ "$old_inits" -eq 0 ]
check "no temp files left in TMPDIR" [ "$tmp_after" -eq 0 ]
check "no temp files left in the sandboxes" [ "$stray" -eq 0 ]

# the row, right after the last row of bench/results.md's Soak table (the prose below it
# stays below it; make bench keeps that section)
row=$(printf '| %s | %s | %s%% | %s | %s | %s | %s | %s | %s |' "$(date -u +%Y-%m-%dT%H:%MZ)" "$N" \
	"$(python3 -c "print(round(float('$RATE') * 100))")" "$restarts" "$([ "$KILL" = 1 ] && echo "$killed killed" || echo no)" \
	"$succeeded" "$once" "$failed" "$secs")
results_add_row "$BYOC_ROOT/bench/results.md" Soak \
	"| run | prepares | faults (every kind, every route) | byoc-local restarts | SIGKILL and rerun | succeeded | commands run once | failed | seconds |" \
	"$row"
# SOAK_KEEP=1 keeps the folder (finish would remove it)
if [ "${SOAK_KEEP:-}" = 1 ]; then stop_local; [ "$_failures" -eq 0 ]; exit; fi
finish
