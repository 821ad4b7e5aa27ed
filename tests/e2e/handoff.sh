#!/usr/bin/env bash
# byoc-handoff against byoc-local and the local Anthropic stand-in (issue 6.1, 6.2).
source "$(dirname "$0")/lib.sh"
start_local --build-seconds 0.2 || { not_ok "byoc-local starts"; exit 1; }

export ANTHROPIC_API_KEY=sk-ant-fake-handoff-0123456789
python3 "$BYOC_ROOT/tests/standins/anthropic.py" --key "$ANTHROPIC_API_KEY" --env env_1=self_hosted \
	--env env_c=cloud --log "$TEST_TMP/anthropic.log" >"$TEST_TMP/anthropic.url" 2>/dev/null &
STANDIN=$!
trap 'kill $STANDIN 2>/dev/null; stop_local; rm -rf "$TEST_TMP"' EXIT
for _ in $(seq 50); do [ -s "$TEST_TMP/anthropic.url" ] && break; sleep 0.1; done
export ANTHROPIC_BASE_URL=$(cat "$TEST_TMP/anthropic.url")
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

api POST /snapshots -H 'Content-Type: application/json' -d '{"name":"handoff-img:1","imageName":"python:3.12-slim"}' >/dev/null
for _ in $(seq 100); do [ "$(api GET /snapshots/handoff-img:1 | json 'd["state"]')" = active ] && break; sleep 0.1; done
mk_sandbox() { # NAME LABELS_JSON -> id
	api POST /sandbox -H 'Content-Type: application/json' \
		-d "{\"name\":\"$1\",\"snapshot\":\"handoff-img:1\",\"labels\":$2}" | json 'd["id"]'
}
ID=$(mk_sandbox prep '{"byoc.environment_id":"env_1","byoc.mode":"prepared"}')
[ -n "$ID" ] || { not_ok "a prepared sandbox exists to hand over"; exit 1; }

out=$(byoc byoc-handoff "$ID" --environment env_1 2>"$TEST_TMP/err"); rc=$?
check "metadata for a prepared sandbox is {\"daytona.sandbox_id\":ID}" [ $rc -eq 0 -a "$out" = "{\"daytona.sandbox_id\":\"$ID\"}" ]
out=$(ENVIRONMENT_ID=env_1 byoc byoc-handoff prep --format env 2>/dev/null)
check "a name resolves to the id; --format env; ENVIRONMENT_ID is the default" [ "$out" = "DAYTONA_SANDBOX_ID=$ID" ]

expect_exit 4 "another environment is refused" byoc byoc-handoff "$ID" -e env_2 -q
grep -q "environment" "$TEST_TMP/err" || true
byoc byoc-handoff "$ID" -e env_2 2>"$TEST_TMP/err" >/dev/null
check "the refusal names the broken rule" grep -q "byoc.environment_id" "$TEST_TMP/err"

ID2=$(mk_sandbox in-use '{"byoc.environment_id":"env_1","byoc.mode":"in-sandbox","byoc.session_id":"sesn_other"}')
out=$(byoc byoc-handoff "$ID2" -e env_1 2>"$TEST_TMP/err"); rc=$?
check "a sandbox bound to another session is refused (exit 4, nothing on stdout)" [ $rc -eq 4 -a -z "$out" ]
check "each broken rule is one line (bound + mode)" [ "$(grep -c 'rule ' "$TEST_TMP/err")" -eq 2 ]

out=$(byoc byoc-handoff --snapshot handoff-img:1 2>/dev/null)
check "snapshot handoff prints {\"daytona.snapshot_name\":NAME}" [ "$out" = '{"daytona.snapshot_name":"handoff-img:1"}' ]
expect_exit 3 "a missing snapshot is not found (3)" byoc byoc-handoff --snapshot no-such-snap -q
api POST /snapshots -H 'Content-Type: application/json' -d '{"name":"broken","buildInfo":{"dockerfileContent":"RUN true\n"}}' >/dev/null
for _ in $(seq 100); do [ "$(api GET /snapshots/broken | json 'd["state"]')" = build_failed ] && break; sleep 0.1; done
expect_exit 4 "a snapshot that is not active is refused (4)" byoc byoc-handoff --snapshot broken -q
expect_exit 2 "a sandbox and --snapshot together are a usage error" byoc byoc-handoff "$ID" --snapshot handoff-img:1 -q

# Sessions through the stand-in.
out=$(byoc byoc-handoff "$ID" -e env_1 --create-session --agent agent_1 --title "demo" --metadata team=infra 2>/dev/null); rc=$?
check "--create-session prints the session id" [ $rc -eq 0 -a "${out#sesn_}" != "$out" ]
SID=$out
body=$(curl -s "$ANTHROPIC_BASE_URL/v1/sessions/$SID" -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' -H 'anthropic-beta: managed-agents-2026-04-01')
check "the session carries daytona.sandbox_id and the extra metadata" \
	[ "$(json 'd["metadata"]["daytona.sandbox_id"]+","+d["metadata"]["team"]+","+d["environment_id"]' <<<"$body")" = "$ID,infra,env_1" ]
check "the request carried the beta header" grep -q '"anthropic-beta": "managed-agents-2026-04-01"' "$TEST_TMP/anthropic.log"

IDC=$(mk_sandbox cloudy '{"byoc.environment_id":"env_c","byoc.mode":"prepared"}')
n_before=$(grep -c '"POST", "path": "/v1/sessions"' "$TEST_TMP/anthropic.log")
expect_exit 4 "a cloud environment is refused before any session is created" \
	byoc byoc-handoff "$IDC" -e env_c --create-session --agent agent_1 -q
check "no session request was sent for it" [ "$(grep -c '"POST", "path": "/v1/sessions"' "$TEST_TMP/anthropic.log")" -eq "$n_before" ]

many=(); for i in $(seq 1 16); do many+=(--metadata "k$i=v"); done
expect_exit 2 "17 metadata pairs are refused before sending" byoc byoc-handoff "$ID" -e env_1 --create-session --agent a "${many[@]}" -q
expect_exit 2 "a 65-character key is refused" byoc byoc-handoff "$ID" -e env_1 --create-session --agent a --metadata "$(printf 'k%.0s' $(seq 65))=v" -q
check "nothing over the limits reached the API" [ "$(grep -c '"POST", "path": "/v1/sessions"' "$TEST_TMP/anthropic.log")" -eq "$n_before" ]

# --session adds the key to an existing session; --wait-bind sees the orchestrator bind it.
ID3=$(mk_sandbox bindme '{"byoc.environment_id":"env_1","byoc.mode":"prepared","keep":"me"}')
SID3=$(curl -s -X POST "$ANTHROPIC_BASE_URL/v1/sessions" -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' \
	-d '{"agent":"agent_1","environment_id":"env_1"}' | json 'd["id"]')
( sleep 1.5; api PUT "/sandbox/$ID3/labels" -H 'Content-Type: application/json' \
	-d "{\"labels\":{\"byoc.environment_id\":\"env_1\",\"byoc.mode\":\"in-sandbox\",\"byoc.session_id\":\"$SID3\"}}" >/dev/null ) &
BINDER=$!
out=$(byoc byoc-handoff "$ID3" --session "$SID3" --wait-bind 20 --json 2>"$TEST_TMP/err3"); rc=$?
check "--session --wait-bind returns once the orchestrator binds the sandbox" \
	[ $rc -eq 0 -a "$(json 'str(d["bound"])+","+d["session_id"]+","+d["metadata"]["daytona.sandbox_id"]' <<<"$out" 2>/dev/null)" = "True,$SID3,$ID3" ]
wait $BINDER

ID4=$(mk_sandbox nobind '{"byoc.environment_id":"env_1","byoc.mode":"prepared"}')
start=$(date +%s)
out=$(byoc byoc-handoff "$ID4" -e env_1 --create-session --agent agent_1 --wait-bind 2 2>"$TEST_TMP/err"); rc=$?
check "--wait-bind that never binds exits 6 after about SEC seconds" [ $rc -eq 6 -a $(( $(date +%s) - start )) -le 6 ]
check "...and still names the session it created" [ "${out#sesn_}" != "$out" ]
check "...and says why" grep -q "orchestrator" "$TEST_TMP/err"

SIDX=$(curl -s -X POST "$ANTHROPIC_BASE_URL/v1/sessions" -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' \
	-d '{"agent":"agent_1","environment_id":"env_1","metadata":{"daytona.snapshot_name":"x"}}' | json 'd["id"]')
expect_exit 4 "a session that already names a snapshot cannot also get a sandbox" byoc byoc-handoff "$ID4" --session "$SIDX" -q

if grep -rqF -e "$ANTHROPIC_API_KEY" -e "$DAYTONA_API_KEY" "$TEST_TMP"/err* "$TEST_TMP/local.log"; then
	not_ok "no secret in what byoc printed or byoc-local logged"
else
	ok "no secret in what byoc printed or byoc-local logged"
fi
finish
