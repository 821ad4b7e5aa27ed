#!/usr/bin/env bash
# Recognisable fake credentials (Daytona key, Anthropic key, git token, the S3 secrets
# byoc-local issues) through every tool's success and failure paths, with --json and without,
# with --verbose traces; then every byte printed, every log file and every file in the
# sandboxes is searched for them: zero hits (issue 7.5). A file seeded on purpose is the one
# place its own content may be.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_git_server.sh"
trap 'stop_git_server; stop_local; rm -rf "$TEST_TMP"' EXIT
git_server_available || { skip "apache2 or git-http-backend not installed"; finish; exit 0; }

export DAYTONA_API_KEY=dtn_FAKEdaytonaKEY7f3a9c1e5b2d4a6f8e0c
export ANTHROPIC_API_KEY=sk-ant-FAKEanthropicKEY2b4d6f8a0c1e3a5c
GIT_TOKEN_VALUE=ghp_FAKEgitTOKEN9e8d7c6b5a4f3e2d1c0b
FILE_SECRET=FAKEfileSECRETa1b2c3d4e5f60718
export RUNNER_PYTHON=python3
O=$TEST_TMP/out; mkdir -p "$O"
n=0
# run EXPECT TOOL ARGS...: runs a tool, keeps its stdout and stderr for the search, checks its exit.
run() {
	local want=$1 rc; shift
	n=$((n + 1))
	byoc "$@" >"$O/$n.out" 2>"$O/$n.err"; rc=$?
	if { [ "$want" = 0 ] && [ $rc -eq 0 ]; } || { [ "$want" != 0 ] && [ $rc -ne 0 ]; }; then
		ok "$* (exit $rc)"
	else
		not_ok "$* (exit $rc, wanted $want)"; sed 's/^/#   /' "$O/$n.err" | tail -5
	fi
}

start_local --build-seconds 0.3 || { not_ok "byoc-local starts"; exit 1; }
start_git_server alice "$GIT_TOKEN_VALUE" && git_server_repo app || { not_ok "git server"; exit 1; }
# byoc-local's Anthropic side (/v1): an agent and a self-hosted environment for the handoffs
export ANTHROPIC_BASE_URL=${LOCAL_URL%/api}
v1() { curl -s -H "x-api-key: $ANTHROPIC_API_KEY" -H 'anthropic-version: 2026-10-21' \
	-H 'anthropic-beta: managed-agents-2026-04-01' -H 'content-type: application/json' -d "$2" "$ANTHROPIC_BASE_URL$1" |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
AGENT=$(v1 /v1/agents '{"name":"secrets","model":"claude-sonnet-4-5"}')
ENVIRONMENT_ID=$(v1 /v1/environments '{"name":"secrets","config":{"type":"self_hosted"}}')
export ENVIRONMENT_ID

P=$TEST_TMP/proj; mkdir -p "$P/src" "$TEST_TMP/data"
echo 'print(1)' >"$P/src/app.py"
printf 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src /app/src\n' >"$P/Dockerfile"
echo "$FILE_SECRET" >"$TEST_TMP/cred.txt"
for i in 1 2 3; do echo "row $i" >"$TEST_TMP/data/r$i.csv"; done

# byoc-snapshot
run 0 byoc-snapshot publish -f "$P/Dockerfile" -v
run 0 byoc-snapshot publish -f "$P/Dockerfile" --json -v
run 0 byoc-snapshot contexts -f "$P/Dockerfile" --json
run 0 byoc-snapshot list --json -v
SNAP=$(byoc byoc-snapshot name -f "$P/Dockerfile")
run 0 byoc-snapshot get "$SNAP" -v
DAYTONA_API_KEY=dtn_FAKEwrongKEY0000000000000000 run 1 byoc-snapshot get "$SNAP" -v
run 1 byoc-snapshot get no-such-snapshot --json -v

# byoc-sandbox
API_TOKEN=$FILE_SECRET run 0 byoc-sandbox create --snapshot "$SNAP" --name sec-1 --env API_TOKEN --json -v
ID=$(byoc byoc-sandbox get sec-1 --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
run 0 byoc-sandbox label "$ID" team=infra -v
run 0 byoc-sandbox check "$ID" -v
run 0 byoc-sandbox verify "$ID" --python python3 -v
run 1 byoc-sandbox verify "$ID" -v
run 0 byoc-sandbox list --json -v
DAYTONA_API_KEY=dtn_FAKEwrongKEY0000000000000000 run 1 byoc-sandbox list -v
run 1 byoc-sandbox get no-such-sandbox -v

# byoc-seed: the token goes to the git server and nowhere else
URL="${GIT_SERVER_URL/http:\/\//http://alice@}/app.git"
GIT_TOKEN=$GIT_TOKEN_VALUE run 0 byoc-seed repo "$ID" "$URL" --dest /mnt/session/app -v --json
GIT_TOKEN=$GIT_TOKEN_VALUE run 0 byoc-seed repo "$ID" "$URL" --dest /mnt/session/app2 --depth 1 -v
GIT_TOKEN=ghp_FAKEwrongTOKEN000000000000 run 1 byoc-seed repo "$ID" "$URL" --dest /mnt/session/app3 -v
run 0 byoc-seed data "$ID" "$TEST_TMP/data/" --dest /mnt/session/data -v --json
run 0 byoc-seed file "$ID" "$TEST_TMP/cred.txt" /home/daytona/cred.txt --mode 0600 -v --json
run 1 byoc-seed file "$ID" "$TEST_TMP/missing.txt" /home/daytona/x -v

# byoc-handoff
run 0 byoc-handoff "$ID" -v
run 0 byoc-handoff "$ID" --create-session --agent "$AGENT" --json -v
ANTHROPIC_API_KEY=sk-ant-FAKEwrongKEY00000000000 run 1 byoc-handoff "$ID" --create-session --agent "$AGENT" -v

# byoc-prepare, with a repo that needs the token and a failure
cat >"$TEST_TMP/r.json" <<JSON
{"snapshot": {"dockerfile": "$P/Dockerfile"},
 "sandbox": {"env": {"API_TOKEN": "$FILE_SECRET"}},
 "repos": [{"url": "$URL", "dest": "/mnt/session/app"}],
 "datasets": [{"path": "$TEST_TMP/data/"}],
 "commands": ["test -n \"\$API_TOKEN\" && git -C /mnt/session/app log --oneline | wc -l"],
 "verify": {"python": "python3"}}
JSON
GIT_TOKEN=$GIT_TOKEN_VALUE run 0 byoc-prepare "$TEST_TMP/r.json" --log-file "$O/prepare.log" --json -v
GIT_TOKEN=ghp_FAKEwrongTOKEN000000000000 run 1 byoc-prepare "$TEST_TMP/r.json" --log-file "$O/prepare-fail.log" -v

# The S3 credentials byoc-local issued to the publishes above are secrets too.
mapfile -t S3 < <(cat "$LOCAL_STATE"/s3creds/*.json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin.read().replace("}{", "}\n{").splitlines():
    try:
        d = json.loads(line)
    except ValueError:
        continue
    for k in ("secret", "sessionToken"):
        if d.get(k): print(d[k])')
check "byoc-local issued S3 credentials to the publishes" [ "${#S3[@]}" -ge 2 ]

secrets=("$DAYTONA_API_KEY" "$ANTHROPIC_API_KEY" "$GIT_TOKEN_VALUE" "${S3[@]}")
printf '%s\n' "${secrets[@]}" >"$TEST_TMP/secrets.pat"
# the files holding any of them, one pass over the sparse disk images' data only
leaks() { python3 "$BYOC_ROOT/tests/e2e/find_strings.py" "$TEST_TMP/secrets.pat" "$@"; }
hits=$(leaks "$O" "$TEST_TMP/local.log")
check "no credential in anything the tools printed or logged (${n} runs)${hits:+: $hits}" [ -z "$hits" ]
hits=$(leaks "$LOCAL_STATE/sandboxes")
check "no credential in any file of any sandbox${hits:+: $hits}" [ -z "$hits" ]
hits=$(grep -rlaF -- "$FILE_SECRET" "$O" "$TEST_TMP/local.log")
check "a seeded file's content and a sandbox env value appear in no output or log${hits:+: $hits}" [ -z "$hits" ]
printf '%s\n' "$FILE_SECRET" >"$TEST_TMP/file_secret.pat"
arrived() { python3 "$BYOC_ROOT/tests/e2e/find_strings.py" "$TEST_TMP/file_secret.pat" "$LOCAL_STATE/sandboxes" | grep -q .; }
check "...while the seeded file did arrive" arrived
check "--env K took the secret from the environment into the sandbox (as the API holds it)" \
	[ "$(api GET /sandbox/sec-1 | jq -r .env.API_TOKEN)" = "$FILE_SECRET" ]
refute "...and byoc-sandbox get --json does not print it" grep -qF -- "$FILE_SECRET" <(byoc byoc-sandbox get sec-1 --json 2>/dev/null)
expect_exit 2 "--env K with K unset is a usage error" byoc byoc-sandbox create --snapshot "$SNAP" --env NO_SUCH_VAR_XYZ -q
finish
