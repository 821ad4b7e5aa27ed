#!/usr/bin/env bash
# make demo: the whole flow on one machine, no account needed. byoc-local plays Daytona and
# Anthropic's Managed Agents API (/v1); everything it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BINDIR:-$ROOT/bin}
BIN=$(cd "$BIN" && pwd)
WORK=$(mktemp -d /tmp/byoc-demo.XXXXXX)
LOCAL_PID= ORCH_PID=
cleanup() {
	local rc=$?
	for pid in $ORCH_PID $LOCAL_PID; do
		kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
	if pgrep -f "byoc-local --listen 127.0.0.1:0 --state $WORK" >/dev/null; then
		echo "demo: byoc-local is still running" >&2; rc=1
	fi
	exit $rc
}
trap cleanup EXIT
say() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }
run() { printf '$ %s\n' "$*" >&2; "$@"; }
start=$(date +%s)

say "1. start byoc-local: Daytona's API and Anthropic's /v1 side on 127.0.0.1"
export DAYTONA_API_KEY=demo-key-$RANDOM$RANDOM
export ANTHROPIC_API_KEY=sk-ant-demo-not-a-real-key
"$BIN/byoc-local" --listen 127.0.0.1:0 --state "$WORK/state" --api-key "$DAYTONA_API_KEY" \
	--build-seconds 1 >"$WORK/url" 2>"$WORK/byoc-local.log" &
LOCAL_PID=$!
for _ in $(seq 100); do [ -s "$WORK/url" ] && break; sleep 0.05; done
export DAYTONA_API_URL=$(head -n 1 "$WORK/url")
export ANTHROPIC_BASE_URL=${DAYTONA_API_URL%/api}
echo "DAYTONA_API_URL=$DAYTONA_API_URL ANTHROPIC_BASE_URL=$ANTHROPIC_BASE_URL" >&2
v1() { curl -sS -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' -d "$2" "$ANTHROPIC_BASE_URL$1" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

say "2. publish the snapshots: the reference's default, and the runner's (dockerfiles/runner)"
SNAP=$(run "$BIN/byoc-snapshot" publish -f dockerfiles/Dockerfile.default)
echo "snapshot: $SNAP" >&2
echo "publishing again costs one GET:" >&2
run "$BIN/byoc-snapshot" publish -f dockerfiles/Dockerfile.default -q >/dev/null
echo "(byoc-local's builds copy files and only log RUN, so the runner's npm ci runs here)" >&2
cp -r dockerfiles/runner "$WORK/runner"
(cd "$WORK/runner" && npm ci --omit=dev --no-audit --no-fund --loglevel=error >&2)
: >"$WORK/runner/.dockerignore"
RUNNER_SNAP=$(run "$BIN/byoc-snapshot" publish -f "$WORK/runner/Dockerfile")
echo "runner snapshot: $RUNNER_SNAP (node and the official @anthropic-ai/sdk worker)" >&2

say "3. generate a small dataset"
mkdir -p "$WORK/data/images" "$WORK/data/labels"
for i in $(seq 1 200); do
	head -c $((4096 + i * 97)) /dev/urandom >"$WORK/data/images/img-$i.bin"
	echo "img-$i.bin,$((i % 10))" >>"$WORK/data/labels/labels.csv"
done
echo "scratch" >"$WORK/data/skip-me.tmp"
echo "$(find "$WORK/data" -type f | wc -l) files, $(du -sh "$WORK/data" | cut -f1)" >&2

say "4. prepare a sandbox from recipes/repo-and-data.json: this repository + the dataset"
echo "(the self-hosted environment and agent a session will use, created on byoc-local's /v1)" >&2
ENVIRONMENT_ID=$(v1 /v1/environments '{"name":"demo","config":{"type":"self_hosted"}}')
AGENT=$(v1 /v1/agents '{"name":"demo","model":"claude-sonnet-4-5"}')
export ENVIRONMENT_ID
echo "environment: $ENVIRONMENT_ID, agent: $AGENT" >&2
REF=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo main)
echo "(byoc-local's sandboxes run this machine's /usr, which has python3 but no python3.12," >&2
echo " so the runner preflight is checked with --python python3: RUNNER_PYTHON=python3)" >&2
run "$BIN/byoc-prepare" recipes/repo-and-data.json --set DOCKERFILE="$WORK/runner/Dockerfile" \
	--set REPO_URL="file://$ROOT" --set REF="$REF" \
	--set DATA_PATH="$WORK/data" --set RUNNER_PYTHON=python3 --log-file "$WORK/prepare.log" --json \
	>"$WORK/prepared.json"
ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sandboxes"][0]["id"])' "$WORK/prepared.json")
echo "prepared sandbox: $ID (stopped until the orchestrator attaches it)" >&2
echo "what its setup command recorded (commit, file count):" >&2
# (Dockerfile.default sets LC_ALL=en_US.UTF-8, a locale this host's /usr lacks: bash warns about it)
sed -n '/exit 0, output/,/^[0-9]\{4\}-/p' "$WORK/prepare.log" | sed '1d;$d' | grep -v setlocale | sed 's/^/  /' >&2

say "5. check it as the orchestrator will"
run "$BIN/byoc-sandbox" check "$ID" --environment "$ENVIRONMENT_ID"
run "$BIN/byoc-sandbox" list --environment "$ENVIRONMENT_ID" >&2

say "6. the handoff metadata for the session"
run "$BIN/byoc-handoff" "$ID" --environment "$ENVIRONMENT_ID"

say "7. hand it to a session whose agent lists the repository with its bash tool"
echo "(byoc-local's scripted agent plays the model: the message says which tool calls it makes)" >&2
LS='{"script":[{"name":"bash","input":{"command":"cd /mnt/session/repo && git rev-parse --short HEAD && ls"}}]}'
SESSION=$(run "$BIN/byoc-handoff" "$ID" --environment "$ENVIRONMENT_ID" --create-session --agent "$AGENT" \
	--title "byoc demo" --message "$LS")
echo "session: $SESSION, metadata {\"daytona.sandbox_id\": \"$ID\"}" >&2

say "8. run byoc-orchestrator: it claims the session's work, starts and binds the sandbox, launches the runner"
ANTHROPIC_ENVIRONMENT_KEY=$(curl -sS -X POST -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' -d '{}' \
	"$ANTHROPIC_BASE_URL/v1/environments/$ENVIRONMENT_ID/keys" | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
echo "(its runner reaches the Anthropic side at byoc-local's sandbox-facing address, as a real" >&2
echo " sandbox reaches api.anthropic.com)" >&2
printf '$ byoc-orchestrator --poll   # ENVIRONMENT_ID, ANTHROPIC_ENVIRONMENT_KEY, DAYTONA_* from the environment\n' >&2
ANTHROPIC_ENVIRONMENT_KEY=$ANTHROPIC_ENVIRONMENT_KEY DEFAULT_SNAPSHOT_NAME=$RUNNER_SNAP \
	RUNNER_BASE_URL=$(head -n 1 "$WORK/state/sandbox-api.url") RUNNER_MAX_IDLE_SECONDS=5 \
	ORCHESTRATOR_LOCK_FILE=$WORK/orch.lock "$BIN/byoc-orchestrator" --poll 2>"$WORK/orchestrator.log" &
ORCH_PID=$!
status=
for _ in $(seq 600); do
	status=$(curl -sS -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
		-H 'anthropic-beta: managed-agents-2026-04-01' "$ANTHROPIC_BASE_URL/v1/sessions/$SESSION/events?limit=100" |
		python3 -c '
import json, sys
ev = json.load(sys.stdin)["data"]
done = any(e["type"] == "agent.message" for e in ev)
for e in ev:
    if e["type"] == "user.tool_result" and done:
        for c in e.get("content") or []:
            print(c.get("text", ""))
print("DONE" if done else "")' 2>/dev/null) || true
	[ "${status##*$'\n'}" = DONE ] && break
	kill -0 "$ORCH_PID" 2>/dev/null || break
	sleep 0.2
done
grep -E ' (work\.(claimed|launched)|runner\.)' "$WORK/orchestrator.log" | cut -c1-160 | sed 's/^/  /' >&2 || true
if [ "${status##*$'\n'}" != DONE ]; then
	echo "demo: the session did not finish; the orchestrator's log:" >&2; tail -n 30 "$WORK/orchestrator.log" >&2
	exit 1
fi
echo "the agent's bash tool, run in the prepared sandbox by the SDK's worker, answered:" >&2
printf '%s\n' "${status%$'\n'DONE}" | sed 's/^/  | /' >&2

say "9. stop byoc-orchestrator: SIGTERM drains it"
kill -TERM "$ORCH_PID"
wait "$ORCH_PID" && echo "byoc-orchestrator exited 0" >&2
ORCH_PID=
cat >&2 <<MSG
With a real account: export ANTHROPIC_API_KEY, ANTHROPIC_ENVIRONMENT_KEY and DAYTONA_API_KEY,
unset the *_URL variables, publish dockerfiles/runner with a real build, and run the same
commands; byoc-orchestrator runs as a service (docs/byoc-orchestrator.service).
MSG

say "done in $(( $(date +%s) - start ))s; stopping byoc-local"
