#!/usr/bin/env bash
# byoc-local's /v1 side with curl (issue 20): error shapes, --fault on /v1, and state that
# survives a restart (sessions, events, work items and environment keys). The official SDK's
# view is tests/compat/anthropic_local.sh.
source "$(dirname "$0")/lib.sh"
trap 'stop_local; rm -rf "$TEST_TMP"' EXIT
export ANTHROPIC_API_KEY=sk-ant-api03-e2e-FAKEkey0123456789
start_local --fault 'GET /v1/agents 1 503' || { not_ok "byoc-local starts"; exit 1; }
B=${LOCAL_URL%/api}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
V=(-H 'anthropic-version: 2023-06-01' -H 'anthropic-beta: managed-agents-2026-04-01')
v1() { local m=$1 p=$2; shift 2; curl -sS -X "$m" -H "x-api-key: $ANTHROPIC_API_KEY" "${V[@]}" -H 'content-type: application/json' "$@" "$B$p"; }
code() { curl -s -o "$TEST_TMP/body" -w '%{http_code}' "$@"; }

check "the Anthropic key defaults to ANTHROPIC_API_KEY; the Daytona key is not it" \
	[ "$(code -H "x-api-key: $DAYTONA_API_KEY" "${V[@]}" "$B/v1/sessions")" = 401 ]
check "an unknown /v1 route is a 404 with Anthropic's error body" \
	[ "$(code -H "x-api-key: $ANTHROPIC_API_KEY" "${V[@]}" "$B/v1/nope")" = 404 -a "$(json 'd["type"]+","+d["error"]["type"]' <"$TEST_TMP/body")" = error,not_found_error ]
check "--fault on a /v1 route answers in Anthropic's shape with retry-after" \
	[ "$(code -D "$TEST_TMP/h" -H "x-api-key: $ANTHROPIC_API_KEY" "${V[@]}" "$B/v1/agents")" = 503 -a "$(json 'd["error"]["type"]' <"$TEST_TMP/body")" = overloaded_error ]
check "...with a request-id" grep -qi '^request-id: req_' "$TEST_TMP/h"
check "a missing anthropic-version is a 400" \
	[ "$(code -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-beta: managed-agents-2026-04-01' "$B/v1/sessions")" = 400 ]

AG=$(v1 POST /v1/agents -d '{"name":"e2e","model":"claude-sonnet-4-5"}' | json 'd["id"]')
ENV=$(v1 POST /v1/environments -d '{"name":"e2e","config":{"type":"self_hosted"}}' | json 'd["id"]')
KEY=$(v1 POST "/v1/environments/$ENV/keys" | json 'd["key"]')
SID=$(v1 POST /v1/sessions -d "{\"agent\":\"$AG\",\"environment_id\":\"$ENV\",\"metadata\":{\"k\":\"v\"}}" | json 'd["id"]')
v1 POST "/v1/sessions/$SID/events" -d '{"events":[{"type":"user.message","content":[{"type":"text","text":"go"}]}]}' >/dev/null
E=(-H "Authorization: Bearer $KEY" "${V[@]}")
WID=$(curl -s "${E[@]}" "$B/v1/environments/$ENV/work/poll" | json 'd["id"]')
check "a user.message queued work that the environment key polls" [ "${WID#work_}" != "$WID" ]
curl -s -X POST "${E[@]}" "$B/v1/environments/$ENV/work/$WID/ack" >/dev/null

stop_local
start_local || { not_ok "byoc-local restarts on the same state"; exit 1; }
B=${LOCAL_URL%/api}
check "after a restart the session, its metadata and status are there" \
	[ "$(v1 GET "/v1/sessions/$SID" | json 'd["metadata"]["k"]+","+d["status"]')" = v,running ]
check "...its events" [ "$(v1 GET "/v1/sessions/$SID/events" | json 'd["data"][0]["type"]')" = user.message ]
check "...the acked work item" [ "$(v1 GET "/v1/environments/$ENV/work/$WID" | json 'd["state"]')" = starting ]
check "...and the environment key" [ "$(code "${E[@]}" "$B/v1/environments/$ENV/work/stats")" = 200 ]
printf '%s\n' "$KEY" "$ANTHROPIC_API_KEY" >"$TEST_TMP/keys.pat"
if python3 "$BYOC_ROOT/tests/e2e/find_strings.py" "$TEST_TMP/keys.pat" "$LOCAL_STATE" "$TEST_TMP/local.log" | grep -q .; then
	not_ok "no key in the state directory or the log (only hashes are kept)"
else
	ok "no key in the state directory or the log (only hashes are kept)"
fi
finish
