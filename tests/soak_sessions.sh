#!/usr/bin/env bash
# make soak-sessions: SOAK_N (default 200) sessions run by byoc-orchestrator against one
# byoc-local that injects SOAK_FAULTS (default 0.10) faults, split evenly over every kind (500,
# 503, 429, reset, delay=300, drop: the answer lost after the work was done) on every route of
# both APIs (Daytona's and Anthropic's /v1, the orchestrator's calls and the SDK worker's in the
# sandboxes alike). A third of the sessions are handed a prepared sandbox, a third a snapshot
# name, a third nothing (the default snapshot); SOAK_PARALLEL (20) run at once. The orchestrator
# is SIGKILLed and restarted twice midway. Then it checks and prints:
#  - every session's script completed (its bash call's answer is in its events);
#  - each session had exactly one sandbox (by byoc.session_id), and none is orphaned (a sandbox
#    of the environment labelled with no session of this soak, or prepared and never claimed);
#  - none is left running past its idle window (RUNNER_MAX_IDLE_SECONDS, then the janitor).
# The counts go to bench/results.md as a row of its "Sessions soak" table.
set -u
[ -n "${BINDIR:-}" ] && BINDIR=$(cd "$BINDIR" && pwd) && export BINDIR
source "$(dirname "$0")/e2e/_orch_lib.sh"
N=${SOAK_N:-200}
RATE=${SOAK_FAULTS:-0.10}
PAR=${SOAK_PARALLEL:-20}
LIMIT=${SOAK_TIMEOUT:-3600}
t0=$SECONDS

# The test's own calls meet the faults too: GETs and idempotent calls are retried by curl; a
# session created twice by a lost answer is an extra idle session with no work.
v1() {
	local m=$1 p=$2 body=${3:-}
	curl -sS --retry 10 --retry-all-errors --retry-delay 1 --max-time 30 -X "$m" \
		-H "Authorization: Bearer ${V1_KEY:-$ANTHROPIC_API_KEY}" \
		-H 'anthropic-version: 2023-06-01' -H 'anthropic-beta: managed-agents-2026-04-01' \
		-H 'content-type: application/json' ${body:+--data "$body"} "$ANTHROPIC_BASE_URL$p"
}
api() {
	local m=$1 p=$2; shift 2
	curl -sS --retry 10 --retry-all-errors --retry-delay 1 --max-time 30 -X "$m" \
		-H "Authorization: Bearer $DAYTONA_API_KEY" "$@" "$LOCAL_URL$p"
}

each=$(python3 -c "import sys; print(float(sys.argv[1]) / 6)" "$RATE")
FAULTS=(--fault "* /* $each 500" --fault "* /* $each 503" --fault "* /* $each 429"
	--fault "* /* $each reset" --fault "* /* $each delay=300" --fault "* /* $each drop")
orch_world --work-ttl 10 --tool-timeout 120 "${FAULTS[@]}" ||
	{ not_ok "byoc-local (faults $RATE), an environment, an agent and the runner snapshot"; finish; exit 1; }
ok "byoc-local with $RATE faults on both APIs, the runner snapshot $RUNNER_SNAPSHOT"
export JANITOR_SECONDS=2 RUNNER_LAUNCH_PROBE_SECONDS=0.5 RUNNER_MAX_IDLE_SECONDS=5 RUNNER_REPLACE_GRACE_SECONDS=2
export ORCHESTRATOR_LOCK_FILE=$TEST_TMP/orch.lock

# Prepared sandboxes for a third of the sessions (byoc-sandbox retries its calls).
NPREP=$((N / 3))
mkdir -p "$TEST_TMP/prep"
pids=()
for i in $(seq 1 "$NPREP"); do
	byoc byoc-sandbox create -q --snapshot "$RUNNER_SNAPSHOT" >"$TEST_TMP/prep/$i" 2>>"$TEST_TMP/prep.err" &
	pids+=($!)
	[ ${#pids[@]} = 8 ] && { wait "${pids[@]}"; pids=(); }
done
[ ${#pids[@]} = 0 ] || wait "${pids[@]}"
PREPS=($(cat "$TEST_TMP"/prep/* 2>/dev/null))
check "$NPREP prepared sandboxes made under faults" [ "${#PREPS[@]}" = "$NPREP" ]

orch_start --workers 8
declare -A SID=()   # i -> session id
declare -A DONE=()  # i -> 1
started=0 finished=0 kills=0
new_session() { # I
	local i=$1 md='{}' msg sid
	msg=$(jq -cn --arg c "echo soak-$i" '{script: [{name: "bash", input: {command: $c}}]}')
	case $((i % 3)) in
	0) md="{\"daytona.sandbox_id\":\"${PREPS[$((i / 3 - 1))]}\"}" ;;
	1) md="{\"daytona.snapshot_name\":\"$RUNNER_SNAPSHOT\"}" ;;
	esac
	sid=$(v1 POST /v1/sessions "{\"agent\":\"$AGENT\",\"environment_id\":\"$ENVIRONMENT_ID\",\"metadata\":$md}" | jq -r '.id // empty' | tail -n 1)
	[ -n "$sid" ] || return 1
	session_say "$sid" "$msg" >/dev/null || return 1
	SID[$i]=$sid
}
i_done() { # I
	v1 GET "/v1/sessions/${SID[$1]}/events?limit=100" |
		jq -e --arg want "soak-$1" '[.data[] | select(.type == "user.tool_result") | [.content[]? | .text? // empty] | join("")] | any(. == $want or startswith($want + "\n"))' >/dev/null 2>&1
}
next=1
while [ "$finished" -lt "$N" ] && [ $((SECONDS - t0)) -lt "$LIMIT" ]; do
	while [ $((started - finished)) -lt "$PAR" ] && [ "$next" -le "$N" ]; do
		new_session "$next" && started=$((started + 1)) && next=$((next + 1)) || sleep 1
	done
	for i in "${!SID[@]}"; do
		[ -n "${DONE[$i]:-}" ] && continue
		i_done "$i" && DONE[$i]=1 && finished=$((finished + 1))
	done
	# SIGKILL the orchestrator at a third and at two thirds, and start it again.
	if { [ "$kills" = 0 ] && [ "$finished" -ge $((N / 3)) ]; } || { [ "$kills" = 1 ] && [ "$finished" -ge $((2 * N / 3)) ]; }; then
		kill -KILL "$ORCH_PID" 2>/dev/null; wait "$ORCH_PID" 2>/dev/null
		kills=$((kills + 1)); echo "soak: orchestrator SIGKILLed ($kills) at $finished done" >&2
		orch_start --workers 8
	fi
	sleep 1
done
check "every session's script completed ($finished of $N, $((SECONDS - t0)) s)" [ "$finished" = "$N" ]
check "the orchestrator was SIGKILLed twice and restarted" [ "$kills" = 2 ]

# The idle window: runners exit RUNNER_MAX_IDLE_SECONDS after their turn, the janitor stops.
# byoc-sandbox list --json reads every page (and retries through the faults).
sandboxes() { byoc byoc-sandbox list --environment "$ENVIRONMENT_ID" --json 2>/dev/null | jq -c 'if type == "array" then . else .sandboxes // .items // [] end'; }
none_running() { [ "$(sandboxes | jq '[.[] | select(.state == "started")] | length')" = 0 ]; }
wait_for 180 none_running
orch_stop
ALL=$(sandboxes)
printf '%s\n' "${SID[@]}" | sort -u >"$TEST_TMP/sids"
per=$(jq -r '.[] | .labels["byoc.session_id"] // empty' <<<"$ALL" | sort | uniq -c)
one=0
for sid in $(cat "$TEST_TMP/sids"); do
	[ "$(awk -v s="$sid" '$2 == s {print $1}' <<<"$per")" = 1 ] && one=$((one + 1))
done
orphans=$(jq -r '.[] | (.labels["byoc.session_id"] // "-")' <<<"$ALL" | grep -cvxFf "$TEST_TMP/sids")
left=$(jq '[.[] | select(.state == "started")] | length' <<<"$ALL")
check "each session had exactly one sandbox ($one of ${#SID[@]})" [ "$one" = "${#SID[@]}" ]
check "no sandbox is orphaned ($orphans)" [ "$orphans" = 0 ]
check "none is left running past its idle window ($left)" [ "$left" = 0 ]
echo "sessions soak: $finished/$N completed, $one with exactly one sandbox, $orphans orphaned, $left left running, faults $RATE, orchestrator killed $kills times, $((SECONDS - t0)) s" >&2

res=$BYOC_ROOT/bench/results.md
if [ -w "$res" ]; then
	results_add_row "$res" "Sessions soak" \
		"| run | sessions | faults (every kind, both APIs) | orchestrator SIGKILLs | completed | exactly one sandbox | orphaned | left running | seconds |" \
		"$(printf '| %s | %s | %s%% | %s | %s | %s | %s | %s | %s |' "$(date -u +%Y-%m-%dT%H:%MZ)" "$N" \
			"$(python3 -c "print(round(float('$RATE') * 100))")" "$kills" "$finished" "$one" "$orphans" "$left" \
			"$((SECONDS - t0))")"
fi
finish
