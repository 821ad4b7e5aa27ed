#!/usr/bin/env bash
# byoc-orchestrator against byoc-local's Daytona and Anthropic sides, with the official SDK's
# EnvironmentWorker (dockerfiles/runner) as the runner inside the sandboxes: the default,
# snapshot and prepared paths, refusals, the janitor's rules, the lock, metrics, JSON logs,
# and the drain on SIGTERM.
source "$(dirname "$0")/_orch_lib.sh"

orch_world --work-ttl 4 --tool-timeout 20 || { not_ok "byoc-local, an environment, an agent and the runner snapshot"; finish; exit 1; }
ok "byoc-local, an environment, an agent and the runner snapshot ($RUNNER_SNAPSHOT)"
export JANITOR_SECONDS=1 RUNNER_LAUNCH_PROBE_SECONDS=0.5 RUNNER_MAX_IDLE_SECONDS=2 RUNNER_REPLACE_GRACE_SECONDS=1
export ORCHESTRATOR_LOCK_FILE=$TEST_TMP/orch.lock

# Fixtures made before the orchestrator runs: a prepared sandbox with a seeded repo, a second
# environment's prepared sandbox (never to be touched), and an old unclaimed prepared one.
mkdir -p "$TEST_TMP/repo/src" && echo 'int main(void) { return 0; }' >"$TEST_TMP/repo/src/main.c"
PREP=$(byoc byoc-sandbox create -q --snapshot "$RUNNER_SNAPSHOT") &&
	byoc byoc-seed data -q "$PREP" "$TEST_TMP/repo/" --dest /workspace/repo >/dev/null
check "a prepared sandbox seeded with a repo" [ -n "$PREP" ]
check "byoc-sandbox verify --runner: the runner snapshot carries the runner and its SDK" \
	[ "$(byoc byoc-sandbox verify "$PREP" --runner)" = "$PREP" ]
OTHER=$(ENVIRONMENT_ID=env_someone_else byoc byoc-sandbox create -q --snapshot "$RUNNER_SNAPSHOT")
STALE=$(byoc byoc-sandbox create -q --snapshot "$RUNNER_SNAPSHOT")
api PUT "/sandbox/$STALE/labels" -H 'content-type: application/json' \
	--data "$(sandbox_json "$STALE" | jq -c '{labels: (.labels + {"byoc.prepared_at": "2020-01-01T00:00:00Z"})}')" >/dev/null
OTHER_LABELS=$(sandbox_json "$OTHER" | jq -cS .labels)

# --- the three ways a session gets its sandbox ------------------------------------------
LS='{"script":[{"name":"bash","input":{"command":"pwd && ls -R"}}]}'
S_DEFAULT=$(session_new '{}' "$LS")
S_SNAP=$(session_new "{\"daytona.snapshot_name\":\"$RUNNER_SNAPSHOT\"}" "$LS")
S_PREP=$(byoc byoc-handoff "$PREP" --create-session --agent "$AGENT" --message "$LS")
check "byoc-handoff created a session for the prepared sandbox" [ -n "$S_PREP" ]
S_BAD=$(session_new "{\"daytona.sandbox_id\":\"$OTHER\"}" "$LS")
# Two sessions handed the same prepared sandbox, handled at once by two workers: one binds it.
TWIN=$(byoc byoc-sandbox create -q --snapshot "$RUNNER_SNAPSHOT")
S_TWIN1=$(session_new "{\"daytona.sandbox_id\":\"$TWIN\"}" "$LS")
S_TWIN2=$(session_new "{\"daytona.sandbox_id\":\"$TWIN\"}" "$LS")

orch_start --workers 4 --log-format json --metrics 127.0.0.1:0
PROMETHEUS=127.0.0.1:$(orch_port metrics)
for s in "$S_DEFAULT" "$S_SNAP" "$S_PREP"; do
	check "session $s ran its script in its sandbox and went idle" wait_for 180 session_done "$s"
done
check "the default session's sandbox is byoc-<session>, in-sandbox, from the default snapshot" \
	[ "$(label_of "byoc-$S_DEFAULT" byoc.mode)" = in-sandbox -a \
	  "$(sandbox_json "byoc-$S_DEFAULT" | jq -r .snapshot)" = "$RUNNER_SNAPSHOT" ]
check "the agent's bash ran in /workspace" grep -qx /workspace <(tool_results "$S_DEFAULT")
check "daytona.snapshot_name made byoc-<session> from that snapshot" \
	[ "$(label_of "byoc-$S_SNAP" byoc.session_id)" = "$S_SNAP" ]
check "the prepared sandbox was bound to its session (labels merged and read back)" \
	[ "$(label_of "$PREP" byoc.session_id)" = "$S_PREP" -a "$(label_of "$PREP" byoc.mode)" = in-sandbox ]
check "the prepared session's agent listed the seeded repository" grep -q 'main.c' <(tool_results "$S_PREP")
check "no byoc-<session> sandbox was made for the prepared session" [ "$(api GET "/sandbox/byoc-$S_PREP" | jq -r '.id // empty')" = "" ]
wait_for 20 grep -q "\"session_id\": *\"$S_BAD\".*\"reason\": *\"sandbox_refused\"\|\"reason\":\"sandbox_refused\".*$S_BAD\|$S_BAD.*sandbox_refused" "$TEST_TMP/orch.log"
check "a sandbox of another environment is refused for a session" grep -q 'sandbox_refused' "$TEST_TMP/orch.log"
twin_done() { session_done "$S_TWIN1" || session_done "$S_TWIN2"; }
check "two sessions handed one prepared sandbox: one of them runs in it" wait_for 180 twin_done
owner=$(label_of "$TWIN" byoc.session_id)
other=$S_TWIN1; [ "$owner" = "$S_TWIN1" ] && other=$S_TWIN2
check "the sandbox is bound to that one session" [ "$owner" = "$S_TWIN1" -o "$owner" = "$S_TWIN2" ]
refused_other() { grep -q "$other.*sandbox_refused\|sandbox_refused.*$other" "$TEST_TMP/orch.log"; }
check "and the other is refused" wait_for 20 refused_other
check "and ran no tool" [ -z "$(tool_results "$other")" ]
bad_work() { V1_KEY=$ANTHROPIC_ENVIRONMENT_KEY v1 GET "/v1/environments/$ENVIRONMENT_ID/work?limit=100" | jq -r --arg s "$S_BAD" "[.data[] | select(.data.id == \$s and ($1))] | length"; }
none_claimed() { [ "$(bad_work '.state == "starting" or .state == "active"')" = 0 ]; }
check "and its work was stopped, not left claimed" wait_for 10 none_claimed
n0=$(bad_work '.state == "stopped"'); sleep 4; n1=$(bad_work '.state == "stopped"')
check "the refused session's requeued work is deferred, not claimed and stopped in a loop ($n0 -> $n1 in 4 s)" \
	[ $((n1 - n0)) -le 1 ]

# --- a second turn reuses the session's sandbox; a crashed runner is replaced -------------
session_say "$S_DEFAULT" '{"script":[{"name":"bash","input":{"command":"echo second > second.txt"}},{"name":"read","input":{"file_path":"/workspace/second.txt"}}]}' >/dev/null
check "a second turn runs in the same sandbox" wait_for 180 session_done "$S_DEFAULT"
check "and sees the first turn's files" grep -q second <(tool_results "$S_DEFAULT")

# --- the janitor --------------------------------------------------------------------------
stopped_marked() { sandbox_json "$1" | jq -e '.state == "stopped" and (.labels["byoc.stopped_at"] // "" | length > 0)' >/dev/null; }
in_state() { [ "$(sandbox_json "$1" | jq -r .state)" = "$2" ]; }
has_result() { tool_results "$1" | grep -qx "$2"; }
check "an idle session's sandbox is stopped once its runner exits (byoc.stopped_at set)" \
	wait_for 60 stopped_marked "byoc-$S_SNAP"
session_say "$S_SNAP" '{"script":[{"name":"bash","input":{"command":"echo woke-from-stopped"}}]}' >/dev/null
check "a stopped sandbox is started for the session's next turn, which runs in it" \
	wait_for 180 has_result "$S_SNAP" woke-from-stopped
check "and stopped again once idle" wait_for 60 stopped_marked "byoc-$S_SNAP"
api POST "/sandbox/byoc-$S_SNAP/archive" >/dev/null
wait_for 30 in_state "byoc-$S_SNAP" archived
session_say "$S_SNAP" '{"script":[{"name":"bash","input":{"command":"echo woke-from-archived"}}]}' >/dev/null
check "an archived sandbox is started for the session's next turn, which runs in it" \
	wait_for 180 has_result "$S_SNAP" woke-from-archived
check "and it is stopped once idle again" wait_for 60 stopped_marked "byoc-$S_SNAP"
v1 POST "/v1/sessions/$S_PREP/archive" '{}' >/dev/null
terminal() { sandbox_json "$1" | jq -e '.labels["byoc.mode"] == "terminal" and (.state == "archived" or .state == "archiving")' >/dev/null; }
check "a terminated session's sandbox is archived and marked terminal" wait_for 60 terminal "$PREP"
check "an unclaimed prepared sandbox past PREPARED_TTL_HOURS is left while the TTL is off" [ "$(state_of "$STALE")" != "" ]
check "another environment's sandbox is never touched" [ "$(sandbox_json "$OTHER" | jq -cS .labels)" = "$OTHER_LABELS" ]

# --- the lock, metrics, JSON logs -----------------------------------------------------------
expect_exit 1 "a second orchestrator of the same environment exits 1" byoc byoc-orchestrator --once
check "naming the lock it could not take" grep -q "another orchestrator already holds $ORCHESTRATOR_LOCK_FILE" \
	<(byoc byoc-orchestrator --once 2>&1)
M=$(curl -s "http://$PROMETHEUS/metrics")
check "metrics: work launched are counted (at least the three sessions')" \
	awk '$1 == "byoc_orchestrator_work_total{outcome=\"launched\"}" && $2 >= 3 {found = 1} END {exit !found}' <<<"$M"
check "metrics: runner start latency is a histogram" grep -q '^byoc_orchestrator_runner_start_seconds_count' <<<"$M"
check "metrics: sandboxes by state" grep -q '^byoc_orchestrator_sandboxes{state=' <<<"$M"
check "--log-format json: every line is one JSON object with ts, level and event" \
	bash -c "jq -e -c 'select(.ts and .level and .event)' '$TEST_TMP/orch.log' >/dev/null && ! grep -v '^{' '$TEST_TMP/orch.log' | grep -q ."
refute "no secret reaches the log" grep -qE "$ANTHROPIC_ENVIRONMENT_KEY|sk-ant-req-" "$TEST_TMP/orch.log"

# --- drain on SIGTERM -------------------------------------------------------------------
start=$(date +%s%N)
kill -TERM "$ORCH_PID"; wait "$ORCH_PID"; rc=$?
ORCH_PIDS=()
check "SIGTERM: the orchestrator drains and exits 0 (exit $rc)" [ "$rc" -eq 0 ]
check "within 5 s" [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 5000 ]
check "and says so" grep -q '"event":"orchestrator.stopped"' "$TEST_TMP/orch.log"

# --- the janitor's deletes, in a pass of their own ------------------------------------------
: >"$TEST_TMP/orch.log"
MAX_IDLE_DAYS=0.000001 PREPARED_TTL_HOURS=1 byoc byoc-orchestrator --once >>"$TEST_TMP/orch.log" 2>&1
gone() { [ -z "$(sandbox_json "$1" | jq -r '.id // empty')" ] || sandbox_json "$1" | jq -e '.state == "destroyed" or .state == "destroying"' >/dev/null; }
check "stopped past MAX_IDLE_DAYS: deleted" wait_for 20 gone "byoc-$S_SNAP"
check "an unclaimed prepared sandbox past PREPARED_TTL_HOURS: deleted" grep -q "janitor.prepared_expired.*$STALE\|$STALE.*janitor.prepared_expired" "$TEST_TMP/orch.log"
check "another environment's prepared sandbox survives every rule" [ "$(sandbox_json "$OTHER" | jq -cS .labels)" = "$OTHER_LABELS" ]

# --- a runner that never heartbeats loses its lease ----------------------------------------
# Its item comes back with a new secret (the old one is dead), so the runner is replaced at
# once and the new one gets the new secret.
: >"$TEST_TMP/orch.log"
RUNNER_COMMAND='printf "%s\n" "$ANTHROPIC_WORK_SECRET" | sha256sum >>secrets.log; exec sleep 900' \
	RUNNER_LAUNCH_PROBE_SECONDS=0.2 JANITOR_SECONDS=3600 orch_start --workers 2
S_MUTE=$(session_new '{}' '{"script":[{"name":"bash","input":{"command":"true"}}]}')
replaced() { grep -q "runner.replaced.*$S_MUTE.*lease_lost\|runner.replaced.*lease_lost.*$S_MUTE" "$TEST_TMP/orch.log"; }
check "a runner that never heartbeats: its item comes back and the runner is replaced" wait_for 60 replaced
mute_id=$(sandbox_json "byoc-$S_MUTE" | jq -r .id)
relaunched() { [ "$(grep -c "runner.launched.*$S_MUTE" "$TEST_TMP/orch.log")" -ge 2 ]; }
wait_for 30 relaunched
secrets=$(cat "$LOCAL_STATE/sandboxes/$mute_id/root/workspace/secrets.log" 2>/dev/null)
check "and the new runner got the item's new secret ($(sort -u <<<"$secrets" | wc -l) distinct of $(wc -l <<<"$secrets"))" \
	[ "$(sort -u <<<"$secrets" | grep -c .)" -ge 2 ]
orch_stop
v1 POST "/v1/sessions/$S_MUTE/archive" '{}' >/dev/null

# --- usage --------------------------------------------------------------------------------
expect_exit 2 "a setting on the command line is refused" byoc byoc-orchestrator ENVIRONMENT_ID=x
expect_exit 2 "POLL_BLOCK_MS outside 1..999 is refused" env POLL_BLOCK_MS=1000 "$BINDIR/byoc-orchestrator" --once
expect_exit 2 "--webhook without a secret is refused" env -u ANTHROPIC_WEBHOOK_SECRET "$BINDIR/byoc-orchestrator" --webhook 127.0.0.1:0
finish
