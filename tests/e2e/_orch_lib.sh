# Sourced by the orchestrator's e2e scripts: byoc-local with its Managed Agents side, an
# environment with its key, an agent, a runner snapshot (dockerfiles/runner with the pinned
# SDK installed from npm), and helpers to drive sessions and byoc-orchestrator.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export ANTHROPIC_API_KEY=sk-ant-api03-orch-e2e-FAKE0123456789
ORCH_PIDS=()

# v1 METHOD PATH [JSON]: a call to byoc-local's /v1 with the API key; the body on stdout.
v1() {
	local m=$1 p=$2 body=${3:-}
	curl -sS -X "$m" -H "Authorization: Bearer ${V1_KEY:-$ANTHROPIC_API_KEY}" \
		-H 'anthropic-version: 2023-06-01' -H 'anthropic-beta: managed-agents-2026-04-01' \
		-H 'content-type: application/json' ${body:+--data "$body"} "$ANTHROPIC_BASE_URL$p"
}

# orch_world: byoc-local, ENVIRONMENT_ID, ANTHROPIC_ENVIRONMENT_KEY, AGENT, RUNNER_SNAPSHOT.
orch_world() {
	start_local --anthropic-api-key "$ANTHROPIC_API_KEY" "$@" || return 1
	export ANTHROPIC_BASE_URL=${LOCAL_URL%/api}
	# the last answer's field: a curl that retried (the soak's, under faults) prints every
	# answer it got, the refused ones first
	ENVIRONMENT_ID=$(v1 POST /v1/environments '{"name":"orch-e2e","config":{"type":"self_hosted"}}' | jq -r '.id // empty' | tail -n 1)
	export ENVIRONMENT_ID
	ANTHROPIC_ENVIRONMENT_KEY=$(v1 POST "/v1/environments/$ENVIRONMENT_ID/keys" '{}' | jq -r '.key // empty' | tail -n 1)
	export ANTHROPIC_ENVIRONMENT_KEY
	AGENT=$(v1 POST /v1/agents '{"name":"orch-e2e","model":"claude-sonnet-4-5"}' | jq -r '.id // empty' | tail -n 1)
	[ -n "$ENVIRONMENT_ID" ] && [ -n "$ANTHROPIC_ENVIRONMENT_KEY" ] && [ -n "$AGENT" ] || return 1
	# The runner image's context with its node_modules: byoc-local's builds copy files and only
	# log RUN, so what `npm ci` installs in a real build is put into the context here.
	local ctx=$TEST_TMP/runner-ctx
	mkdir -p "$ctx"
	cp -r "$BYOC_ROOT"/dockerfiles/runner/. "$ctx"/
	(cd "$ctx" && npm ci --omit=dev --no-audit --no-fund --loglevel=error >&2) || return 1
	: >"$ctx/.dockerignore"
	RUNNER_SNAPSHOT=$(byoc byoc-snapshot publish -q -f "$ctx/Dockerfile") || return 1
	export DEFAULT_SNAPSHOT_NAME=$RUNNER_SNAPSHOT
	# Runners reach the Anthropic side through byoc-local's sandbox-facing listener, as a
	# real sandbox reaches api.anthropic.com.
	export RUNNER_BASE_URL=$LOCAL_SANDBOX_API_URL
	[ -n "$RUNNER_BASE_URL" ]
}

# session_new METADATA_JSON SCRIPT_JSON: a session in the environment whose first message
# runs the scripted agent's tool calls; prints its id.
session_new() {
	local md=${1:-'{}'} script=$2 sid
	sid=$(v1 POST /v1/sessions "{\"agent\":\"$AGENT\",\"environment_id\":\"$ENVIRONMENT_ID\",\"metadata\":$md}" | jq -r .id)
	session_say "$sid" "$script" >/dev/null
	echo "$sid"
}

# session_say SID SCRIPT_JSON: a user message carrying a script.
session_say() {
	local text
	text=$(jq -Rn --arg s "$2" '$s')
	v1 POST "/v1/sessions/$1/events" "{\"events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":$text}]}]}"
}

# wait_for SECONDS CMD...: runs CMD every 0.2 s until it succeeds or SECONDS have passed.
wait_for() {
	local end=$((SECONDS + $1)); shift
	while [ $SECONDS -lt $end ]; do "$@" && return 0; sleep 0.2; done
	"$@"
}

session_status() { v1 GET "/v1/sessions/$1" | jq -r .status; }
# True once the session ran its whole script and went idle (an agent.message ends the turn).
session_done() {
	[ "$(session_status "$1")" = idle ] &&
		v1 GET "/v1/sessions/$1/events?limit=100" | jq -e '[.data[] | select(.type == "agent.message")] | length > 0' >/dev/null
}
# The text of every tool result of a session, one per line.
tool_results() {
	v1 GET "/v1/sessions/$1/events?limit=100" |
		jq -r '.data[] | select(.type == "user.tool_result") | [.content[]? | .text? // empty] | join("")'
}

sandbox_json() { api GET "/sandbox/$1"; }
label_of() { sandbox_json "$1" | jq -r --arg k "$2" '.labels[$k] // empty'; }
state_of() { sandbox_json "$1" | jq -r '.state // empty'; }

# orch_start [options...]: byoc-orchestrator in the background, its log in $TEST_TMP/orch.log.
orch_start() {
	${BYOC_WRAP:-} "$BINDIR/byoc-orchestrator" "$@" >>"$TEST_TMP/orch.log" 2>&1 &
	ORCH_PID=$!
	ORCH_PIDS+=("$ORCH_PID")
}

# orch_port WHAT: the port the orchestrator logged for its WHAT listener (webhooks, metrics),
# so tests listen on port 0 and never guess a free one.
orch_port() {
	local end=$((SECONDS + 20)) line
	while [ $SECONDS -lt $end ]; do
		line=$(grep 'orchestrator.listening' "$TEST_TMP/orch.log" | grep -E "what[\"=:]+$1" | tail -n 1)
		[ -n "$line" ] && { sed -E 's/.*port"?[=:]([0-9]+).*/\1/' <<<"$line"; return 0; }
		sleep 0.1
	done
	return 1
}

orch_stop() {
	local p
	for p in "${ORCH_PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
	for p in "${ORCH_PIDS[@]}"; do wait "$p" 2>/dev/null; done
	ORCH_PIDS=()
}
# On failure the orchestrator's log is kept for CI's output.
trap 'orch_stop; stop_local; [ "$_failures" -gt 0 ] && [ -f "$TEST_TMP/orch.log" ] && tail -n 60 "$TEST_TMP/orch.log" >&2; rm -rf "$TEST_TMP"' EXIT
