#!/usr/bin/env bash
# byoc-orchestrator --webhook: Standard Webhooks signatures (forged, stale and foreign ones
# refused), a signed session.status_run_started drains the queue, /healthz; and a runner killed
# mid-tool is replaced by the janitor while its session's work is live.
source "$(dirname "$0")/_orch_lib.sh"

orch_world --work-ttl 3 --tool-timeout 60 || { not_ok "byoc-local, an environment, an agent and the runner snapshot"; finish; exit 1; }
export JANITOR_SECONDS=1 RUNNER_LAUNCH_PROBE_SECONDS=0.5 RUNNER_MAX_IDLE_SECONDS=30 RUNNER_REPLACE_GRACE_SECONDS=1
export ORCHESTRATOR_LOCK_FILE=$TEST_TMP/orch.lock WEBHOOK_DRAIN_SECONDS=3600
KEY_B64=$(head -c 32 /dev/urandom | base64 -w0)
export ANTHROPIC_WEBHOOK_SECRET=whsec_$KEY_B64

# post_event ID TIMESTAMP BODY [SECRET_B64]: a webhook delivery signed as Anthropic signs them.
post_event() {
	local id=$1 ts=$2 body=$3 key=${4:-$KEY_B64} sig
	sig=$(printf '%s.%s.%s' "$id" "$ts" "$body" |
		openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(base64 -d <<<"$key" | od -An -v -tx1 | tr -d ' \n')" -binary | base64 -w0)
	curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' \
		-H "webhook-id: $id" -H "webhook-timestamp: $ts" -H "webhook-signature: v1,$sig" --data "$body" "$HOOK/"
}

orch_start --webhook 127.0.0.1:0
HOOK=http://127.0.0.1:$(orch_port webhooks)
check "/healthz answers with the environment" wait_for 20 bash -c "curl -sf $HOOK/healthz | grep -q '$ENVIRONMENT_ID'"

# The mark makes the first run of the call hang (the runner is killed there) and the rerun return.
SCRIPT='{"script":[{"name":"bash","input":{"command":"if [ -f mark ]; then echo second run; else touch mark; sleep 120; fi"}},{"name":"bash","input":{"command":"echo after"}}]}'
S=$(session_new '{}' "$SCRIPT")
EVENT="{\"type\":\"event\",\"id\":\"wevt_1\",\"data\":{\"type\":\"session.status_run_started\",\"id\":\"$S\"}}"
now=$(date +%s)
check "a forged signature is refused (401)" [ "$(post_event msg_1 "$now" "$EVENT" "$(head -c 32 /dev/urandom | base64 -w0)")" = 401 ]
check "a stale timestamp is refused (401)" [ "$(post_event msg_2 $((now - 600)) "$EVENT")" = 401 ]
check "a body changed after signing is refused (401)" [ "$(
	sig=$(printf 'msg_3.%s.%s' "$now" "$EVENT" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(base64 -d <<<"$KEY_B64" | od -An -v -tx1 | tr -d ' \n')" -binary | base64 -w0)
	curl -s -o /dev/null -w '%{http_code}' -X POST -H "webhook-id: msg_3" -H "webhook-timestamp: $now" -H "webhook-signature: v1,$sig" --data "${EVENT/wevt_1/wevt_2}" "$HOOK/")" = 401 ]
check "an unsigned delivery is refused (401)" [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST --data "$EVENT" "$HOOK/")" = 401 ]
sleep 2
check "nothing was drained by a refused delivery" [ -z "$(api GET "/sandbox/byoc-$S" | jq -r '.id // empty')" ]
check "a signed event of another type is accepted and ignored (200)" \
	[ "$(post_event msg_4 "$(date +%s)" "{\"type\":\"event\",\"id\":\"wevt_0\",\"data\":{\"type\":\"session.status_idled\",\"id\":\"$S\"}}")" = 200 ]
check "a signed session.status_run_started is accepted (200)" [ "$(post_event msg_5 "$(date +%s)" "$EVENT")" = 200 ]
check "and drains the queue: the session's runner starts its first call" \
	wait_for 180 bash -c "curl -s -H 'Authorization: Bearer $DAYTONA_API_KEY' $LOCAL_URL/sandbox/byoc-$S | jq -e '.labels[\"byoc.work_id\"]' >/dev/null"
check "the refusals are logged" grep -q 'webhook.refused' "$TEST_TMP/orch.log"

# Kill the runner mid-call, as an OOM kill would: its lease lapses, the session reschedules,
# and the janitor, seeing the runner gone while the session runs, launches a new one.
SB=$(sandbox_json "byoc-$S" | jq -r .id)
kill_runner() {
	curl -s -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'content-type: application/json' \
		--data '{"command":"test -f /workspace/mark && kill -KILL -$(cat /home/daytona/.byoc-runner/pid)","timeout":10}' \
		"${LOCAL_URL%/api}/toolbox/$SB/toolbox/process/execute" | jq -e '.exitCode == 0' >/dev/null ||
	curl -s -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'content-type: application/json' \
		--data '{"command":"test -f /workspace/mark && kill -KILL -$(cat /home/daytona/.byoc-runner/pid)","timeout":10}' \
		"$(api GET "/sandbox/$SB/toolbox-proxy-url" | jq -r .url)/$SB/process/execute" | jq -e '.exitCode == 0' >/dev/null
}
check "the runner is killed mid-call" wait_for 60 kill_runner
check "the session runs to its end on a relaunched runner" wait_for 120 session_done "$S"
check "the unanswered call ran again on the new runner" grep -q 'second run' <(tool_results "$S")
check "the janitor relaunched it" grep -q 'janitor.runner_missing' "$TEST_TMP/orch.log"
kill -TERM "$ORCH_PID"; wait "$ORCH_PID"; rc=$?; ORCH_PIDS=()
check "SIGTERM drains the webhook orchestrator (exit $rc)" [ "$rc" -eq 0 ]
finish
