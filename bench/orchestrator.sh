#!/usr/bin/env bash
# byoc-orchestrator, on one byoc-local with the runner snapshot (dockerfiles/runner):
#  - a work item queued -> its runner's first heartbeat (the official SDK's EnvironmentWorker in
#    the sandbox), for a prepared (stopped) sandbox and for a new byoc-<session>, against the same
#    sequence of calls made step by step with the official SDKs from node (bench/orch_sdk.mjs,
#    itself a running loop, so node's start is not counted); median of BENCH_RUNS;
#  - the orchestrator's own CPU time per work item (user + system from /proc: not the time it
#    waits on either API), target < 10 ms;
#  - its peak RSS with 100 live sessions (runners that stay up; the janitor probing them all),
#    target < 16 MiB.
source "$(dirname "$0")/lib.sh"
source "$BYOC_ROOT/tests/e2e/_orch_lib.sh"
sdk_node_modules
[ -n "$NODE_MODULES" ] || { echo "bench/orchestrator: no SDK node_modules in tests/compat (make deps)" >&2; exit 1; }
LIVE=${BENCH_LIVE_SESSIONS:-100}

orch_world --work-ttl 60 --tool-timeout 60 || { echo "bench/orchestrator: no world" >&2; exit 1; }
export JANITOR_SECONDS=3600 RUNNER_MAX_IDLE_SECONDS=1 RUNNER_LAUNCH_PROBE_SECONDS=0.2
export ORCHESTRATOR_LOCK_FILE=$TEST_TMP/orch.lock
SCRIPT='{"script":[{"name":"bash","input":{"command":"true"}}]}'

# hb_latency SID: seconds from the session's work item queued to its runner's first heartbeat
# (the first latest_heartbeat_at seen; the next comes ttl/2 = 30 s later).
hb_latency() {
	local sid=$1 j end=$((SECONDS + 120))
	while [ $SECONDS -lt $end ]; do
		j=$(V1_KEY=$ANTHROPIC_ENVIRONMENT_KEY v1 GET "/v1/environments/$ENVIRONMENT_ID/work?limit=100" |
			jq -c --arg s "$sid" '[.data[] | select(.data.id == $s and .latest_heartbeat_at != null)] | first // empty')
		if [ -n "$j" ]; then
			python3 -c 'import json, sys, datetime as d
p = lambda s: d.datetime.fromisoformat(s.replace("Z", "+00:00"))
j = json.load(sys.stdin); print((p(j["latest_heartbeat_at"]) - p(j["created_at"])).total_seconds())' <<<"$j"
			return 0
		fi
		sleep 0.02
	done
	echo "bench/orchestrator: no heartbeat for session $sid" >&2
	return 1
}
prepared_session() {
	local id
	id=$(byoc byoc-sandbox create -q --snapshot "$RUNNER_SNAPSHOT") && byoc byoc-sandbox stop -q "$id" >/dev/null &&
		byoc byoc-handoff "$id" --create-session --agent "$AGENT" --message "$SCRIPT"
}
new_session() { session_new '{}' "$SCRIPT"; }
cpu_ms() { awk '{printf "%.0f", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }

# --- byoc-orchestrator ---------------------------------------------------------------------
orch_start --workers 8
B_PREP=() B_NEW=()
for r in $(seq 1 "$RUNS"); do
	s=$(prepared_session) && B_PREP+=("$(hb_latency "$s")")
	s=$(new_session) && B_NEW+=("$(hb_latency "$s")")
done
# Own time: CPU spent over a burst of BURST items taken to launched runners at once (idle
# polling between bursts is not an item's cost).
BURST=${BENCH_BURST:-20}
base=$(grep -c 'work.launched' "$TEST_TMP/orch.log")
cpu0=$(cpu_ms "$ORCH_PID")
for i in $(seq 1 "$BURST"); do new_session >/dev/null; done
burst_done() { [ "$(grep -c 'work.launched' "$TEST_TMP/orch.log")" -ge $((base + BURST)) ]; }
wait_for 600 burst_done
cpu1=$(cpu_ms "$ORCH_PID")
orch_stop
own=$(awk -v c=$((cpu1 - cpu0)) -v n="$BURST" 'BEGIN {printf "%.1f", c / n}')

# --- the SDKs, step by step -------------------------------------------------------------------
NODE_PATH=$NODE_MODULES BENCH_ITEMS=$((2 * RUNS)) node "$BYOC_ROOT/bench/orch_sdk.mjs" \
	>"$TEST_TMP/sdk.out" 2>"$TEST_TMP/sdk.err" &
SDK_PID=$!
A_PREP=() A_NEW=()
for r in $(seq 1 "$RUNS"); do
	s=$(prepared_session) && A_PREP+=("$(hb_latency "$s")")
	s=$(new_session) && A_NEW+=("$(hb_latency "$s")")
done
wait "$SDK_PID" || { echo "bench/orchestrator: the SDK anchor failed: $(tail -n 5 "$TEST_TMP/sdk.err")" >&2; }

ratio_row() { # MEASURE BYOC_VALUES ANCHOR_VALUES
	local b a
	b=$(median $2) a=$(median $3)
	row "$1" "$(printf '%.3f s' "$b")" "$(printf '%.3f s (SDKs step by step, node)' "$a")" \
		"$(awk -v b="$b" -v a="$a" 'BEGIN {printf "%.2fx", a / b}')" "faster than the SDKs" \
		"$(awk -v b="$b" -v a="$a" 'BEGIN {print (b < a) ? "yes" : "no"}')"
}
ratio_row "work item queued -> runner's first heartbeat, prepared (stopped) sandbox" "${B_PREP[*]}" "${A_PREP[*]}"
ratio_row "work item queued -> runner's first heartbeat, new sandbox byoc-<session>" "${B_NEW[*]}" "${A_NEW[*]}"
row "orchestrator's own CPU time per work item (user + system, $BURST at once)" "$own ms" - - "< 10 ms" \
	"$(awk -v o="$own" 'BEGIN {print (o < 10) ? "yes" : "no"}')"

# --- peak RSS with LIVE live sessions ---------------------------------------------------------
# Runners that stay up (sleep) stand for live sessions; the janitor probes them all.
RUNNER_COMMAND='sleep 900' JANITOR_SECONDS=5 orch_start --workers 8
for i in $(seq 1 "$LIVE"); do
	v1 POST /v1/sessions "{\"agent\":\"$AGENT\",\"environment_id\":\"$ENVIRONMENT_ID\"}" | jq -r .id >>"$TEST_TMP/live"
done
while read -r s; do session_say "$s" "$SCRIPT" >/dev/null; done <"$TEST_TMP/live"
launched() { [ "$(grep -c 'runner.launched' "$TEST_TMP/orch.log")" -ge "$LIVE" ]; }
wait_for 900 launched || echo "bench/orchestrator: only $(grep -c 'runner.launched' "$TEST_TMP/orch.log") of $LIVE launched" >&2
sleep 12   # two janitor passes over every live sandbox
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$ORCH_PID/status")
orch_stop
row "orchestrator peak RSS, $LIVE live sessions ($(grep -c 'runner.launched' "$TEST_TMP/orch.log") runners)" \
	"$((hwm / 1024)) MiB" - - "< 16 MiB" "$([ "$hwm" -lt 16384 ] && echo yes || echo no)"
