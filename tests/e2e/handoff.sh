#!/usr/bin/env bash
# byoc-handoff against byoc-local: its Daytona side for the sandboxes, its Anthropic side (/v1)
# for the environments and sessions (issue 6.1, 6.2; issue 20).
source "$(dirname "$0")/lib.sh"
export ANTHROPIC_API_KEY=sk-ant-fake-handoff-0123456789
start_local --build-seconds 0.2 -v || { not_ok "byoc-local starts"; exit 1; }
trap 'stop_local; rm -rf "$TEST_TMP"' EXIT
export ANTHROPIC_BASE_URL=${LOCAL_URL%/api}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
v1() { local p=$1; shift; curl -s -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' "$@" "$ANTHROPIC_BASE_URL$p"; }
# the requests byoc-local served (-v logs one line each)
sessions_posted() { grep -c 'POST /v1/sessions -> ' "$TEST_TMP/local.log"; }
AG=$(v1 /v1/agents -d '{"name":"handoff","model":"claude-sonnet-4-5"}' | json 'd["id"]')
E1=$(v1 /v1/environments -d '{"name":"sh","config":{"type":"self_hosted"}}' | json 'd["id"]')
EC=$(v1 /v1/environments -d '{"name":"cl","config":{"type":"cloud"}}' | json 'd["id"]')
[ -n "$AG" ] && [ -n "$E1" ] && [ -n "$EC" ] || { not_ok "an agent and environments exist on byoc-local"; exit 1; }

api POST /snapshots -H 'Content-Type: application/json' -d '{"name":"handoff-img:1","imageName":"python:3.12-slim"}' >/dev/null
for _ in $(seq 100); do [ "$(api GET /snapshots/handoff-img:1 | json 'd["state"]')" = active ] && break; sleep 0.1; done
mk_sandbox() { # NAME LABELS_JSON -> id
	api POST /sandbox -H 'Content-Type: application/json' \
		-d "{\"name\":\"$1\",\"snapshot\":\"handoff-img:1\",\"labels\":$2}" | json 'd["id"]'
}
ID=$(mk_sandbox prep "{\"byoc.environment_id\":\"$E1\",\"byoc.mode\":\"prepared\"}")
[ -n "$ID" ] || { not_ok "a prepared sandbox exists to hand over"; exit 1; }

out=$(byoc byoc-handoff "$ID" --environment $E1 2>"$TEST_TMP/err"); rc=$?
check "metadata for a prepared sandbox is {\"daytona.sandbox_id\":ID}" [ $rc -eq 0 -a "$out" = "{\"daytona.sandbox_id\":\"$ID\"}" ]
out=$(ENVIRONMENT_ID=$E1 byoc byoc-handoff prep --format env 2>/dev/null)
check "a name resolves to the id; --format env; ENVIRONMENT_ID is the default" [ "$out" = "DAYTONA_SANDBOX_ID=$ID" ]

expect_exit 4 "another environment is refused" byoc byoc-handoff "$ID" -e env_2 -q
grep -q "environment" "$TEST_TMP/err" || true
byoc byoc-handoff "$ID" -e env_2 2>"$TEST_TMP/err" >/dev/null
check "the refusal names the broken rule" grep -q "byoc.environment_id" "$TEST_TMP/err"

ID2=$(mk_sandbox in-use "{\"byoc.environment_id\":\"$E1\",\"byoc.mode\":\"in-sandbox\",\"byoc.session_id\":\"sesn_other\"}")
out=$(byoc byoc-handoff "$ID2" -e $E1 2>"$TEST_TMP/err"); rc=$?
check "a sandbox bound to another session is refused (exit 4, nothing on stdout)" [ $rc -eq 4 -a -z "$out" ]
check "each broken rule is one line (bound + mode)" [ "$(grep -c 'rule ' "$TEST_TMP/err")" -eq 2 ]

out=$(byoc byoc-handoff --snapshot handoff-img:1 2>/dev/null)
check "snapshot handoff prints {\"daytona.snapshot_name\":NAME}" [ "$out" = '{"daytona.snapshot_name":"handoff-img:1"}' ]
expect_exit 3 "a missing snapshot is not found (3)" byoc byoc-handoff --snapshot no-such-snap -q
api POST /snapshots -H 'Content-Type: application/json' -d '{"name":"broken","buildInfo":{"dockerfileContent":"RUN true\n"}}' >/dev/null
for _ in $(seq 100); do [ "$(api GET /snapshots/broken | json 'd["state"]')" = build_failed ] && break; sleep 0.1; done
expect_exit 4 "a snapshot that is not active is refused (4)" byoc byoc-handoff --snapshot broken -q
expect_exit 2 "a sandbox and --snapshot together are a usage error" byoc byoc-handoff "$ID" --snapshot handoff-img:1 -q

# Sessions through byoc-local's /v1 side.
out=$(byoc byoc-handoff "$ID" -e $E1 --create-session --agent $AG --title "demo" --metadata team=infra 2>/dev/null); rc=$?
check "--create-session prints the session id" [ $rc -eq 0 -a "${out#sesn_}" != "$out" ]
SID=$out
body=$(curl -s "$ANTHROPIC_BASE_URL/v1/sessions/$SID" -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' -H 'anthropic-beta: managed-agents-2026-04-01')
check "the session carries daytona.sandbox_id and the extra metadata" \
	[ "$(json 'd["metadata"]["daytona.sandbox_id"]+","+d["metadata"]["team"]+","+d["environment_id"]' <<<"$body")" = "$ID,infra,$E1" ]
check "byoc-local refuses a request without the beta header (so the handoff's carried it)" \
	[ "$(curl -s -o /dev/null -w '%{http_code}' -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' "$ANTHROPIC_BASE_URL/v1/sessions/$SID")" = 400 ]

IDC=$(mk_sandbox cloudy "{\"byoc.environment_id\":\"$EC\",\"byoc.mode\":\"prepared\"}")
n_before=$(sessions_posted)
check "the session creates so far were logged" [ "$n_before" -ge 1 ]
expect_exit 4 "a cloud environment is refused before any session is created" \
	byoc byoc-handoff "$IDC" -e $EC --create-session --agent $AG -q
check "no session request was sent for it" [ "$(sessions_posted)" -eq "$n_before" ]

many=(); for i in $(seq 1 16); do many+=(--metadata "k$i=v"); done
expect_exit 2 "17 metadata pairs are refused before sending" byoc byoc-handoff "$ID" -e $E1 --create-session --agent a "${many[@]}" -q
expect_exit 2 "a 65-character key is refused" byoc byoc-handoff "$ID" -e $E1 --create-session --agent a --metadata "$(printf 'k%.0s' $(seq 65))=v" -q
check "nothing over the limits reached the API" [ "$(sessions_posted)" -eq "$n_before" ]

# --session adds the key to an existing session; --wait-bind sees the orchestrator bind it.
ID3=$(mk_sandbox bindme "{\"byoc.environment_id\":\"$E1\",\"byoc.mode\":\"prepared\",\"keep\":\"me\"}")
SID3=$(curl -s -X POST "$ANTHROPIC_BASE_URL/v1/sessions" -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' \
	-d "{\"agent\":\"$AG\",\"environment_id\":\"$E1\"}" | json 'd["id"]')
( sleep 1.5; api PUT "/sandbox/$ID3/labels" -H 'Content-Type: application/json' \
	-d "{\"labels\":{\"byoc.environment_id\":\"$E1\",\"byoc.mode\":\"in-sandbox\",\"byoc.session_id\":\"$SID3\"}}" >/dev/null ) &
BINDER=$!
out=$(byoc byoc-handoff "$ID3" --session "$SID3" --wait-bind 20 --json 2>"$TEST_TMP/err3"); rc=$?
check "--session --wait-bind returns once the orchestrator binds the sandbox" \
	[ $rc -eq 0 -a "$(json 'str(d["bound"])+","+d["session_id"]+","+d["metadata"]["daytona.sandbox_id"]' <<<"$out" 2>/dev/null)" = "True,$SID3,$ID3" ]
wait $BINDER

ID4=$(mk_sandbox nobind "{\"byoc.environment_id\":\"$E1\",\"byoc.mode\":\"prepared\"}")
start=$(date +%s)
out=$(byoc byoc-handoff "$ID4" -e $E1 --create-session --agent $AG --wait-bind 2 2>"$TEST_TMP/err"); rc=$?
check "--wait-bind that never binds exits 6 after about SEC seconds" [ $rc -eq 6 -a $(( $(date +%s) - start )) -le 6 ]
check "...and still names the session it created" [ "${out#sesn_}" != "$out" ]
check "...and says why" grep -q "orchestrator" "$TEST_TMP/err"

SIDX=$(curl -s -X POST "$ANTHROPIC_BASE_URL/v1/sessions" -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' \
	-d "{\"agent\":\"$AG\",\"environment_id\":\"$E1\",\"metadata\":{\"daytona.snapshot_name\":\"x\"}}" | json 'd["id"]')
expect_exit 4 "a session that already names a snapshot cannot also get a sandbox" byoc byoc-handoff "$ID4" --session "$SIDX" -q

if grep -rqF -e "$ANTHROPIC_API_KEY" -e "$DAYTONA_API_KEY" "$TEST_TMP"/err* "$TEST_TMP/local.log"; then
	not_ok "no secret in what byoc printed or byoc-local logged"
else
	ok "no secret in what byoc printed or byoc-local logged"
fi
finish
