#!/usr/bin/env bash
# byoc-prepare against byoc-local: every shipped recipe, pools, the plan, and a failure at each
# step leaving nothing behind (issue 6.3, 6.4, 6.7).
source "$(dirname "$0")/lib.sh"
start_local --build-seconds 0.3 || { not_ok "byoc-local starts"; exit 1; }
export RUNNER_PYTHON=python3 ENVIRONMENT_ID=env_prep
cd "$TEST_TMP"
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
toolbox_exec() { # ID SCRIPT -> the result text
	curl -s -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'Content-Type: application/json' \
		"${LOCAL_URL%/api}/toolbox/$1/process/execute" \
		-d "$(python3 -c 'import json,sys; print(json.dumps({"command": sys.argv[1]}))' "$2")" | json 'd["result"]' |
		grep -v 'setlocale' # Dockerfile.default sets LC_ALL=en_US.UTF-8, which this host's /usr lacks
}
count_env() { # ENV -> number of sandboxes labelled with it
	api GET "/sandbox?labels=$(python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.dumps({"byoc.environment_id": sys.argv[1]})))' "$1")" |
		json 'len(d["items"])'
}
R=$BYOC_ROOT/recipes

# A repository and a dataset to seed.
git init -q -b main repo && (cd repo && git config user.email t@e && git config user.name t &&
	echo one >a.txt && git add . && git commit -qm one && echo two >b.txt && git add . && git commit -qm two)
HEAD_SHA=$(git -C repo rev-parse HEAD)
mkdir -p data/sub && echo d1 >data/one.csv && echo d2 >data/sub/two.csv && echo x >data/scratch.tmp

out=$(byoc byoc-prepare "$R/default.json" -q 2>err); rc=$?
ID=$(json 'd["daytona.sandbox_id"]' <<<"$out" 2>/dev/null)
check "default.json: exit 0 and the handoff metadata on stdout" [ $rc -eq 0 -a -n "$ID" ]
sb=$(api GET "/sandbox/$ID")
check "default.json: the sandbox is stopped and labelled prepared for ENVIRONMENT_ID" \
	[ "$(json 'd["state"]+","+d["labels"]["byoc.mode"]+","+d["labels"]["byoc.environment_id"]+","+d["labels"]["byoc.recipe"]' <<<"$sb")" = "stopped,prepared,env_prep,default" ]
check "default.json: byoc.prepared_at is ISO-8601 UTC" grep -qE '"byoc.prepared_at": ?"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}(\.[0-9]+)?Z"' <<<"$sb"

out=$(byoc byoc-prepare "$R/repo.json" --set REPO_URL="file://$TEST_TMP/repo" --json -q 2>err); rc=$?
ID=$(json 'd["sandboxes"][0]["id"]' <<<"$out" 2>/dev/null)
check "repo.json: exit 0 with --json {snapshot, sandboxes, seconds}" [ $rc -eq 0 -a -n "$ID" ]
api POST "/sandbox/$ID/start" >/dev/null
api_wait_started() { for _ in $(seq 100); do [ "$(api GET "/sandbox/$1" | json 'd["state"]')" = started ] && return 0; sleep 0.1; done; return 1; }
api_wait_started "$ID"
check "repo.json: the repository is at its ref in /mnt/session/repo" \
	[ "$(toolbox_exec "$ID" 'cd /mnt/session/repo && cat a.txt b.txt && git rev-parse HEAD' | xargs)" = "one two $HEAD_SHA" ]

out=$(byoc byoc-prepare "$R/repo-and-data.json" --set REPO_URL="file://$TEST_TMP/repo" --set DATA_PATH="$TEST_TMP/data/" \
	--log-file "$TEST_TMP/prep.log" --json -q 2>err); rc=$?
ID=$(json 'd["sandboxes"][0]["id"]' <<<"$out" 2>/dev/null)
check "repo-and-data.json: exit 0" [ $rc -eq 0 -a -n "$ID" ]
check "repo-and-data.json: the setup command ran and its output is in the log" grep -q "$HEAD_SHA" "$TEST_TMP/prep.log"
api POST "/sandbox/$ID/start" >/dev/null; api_wait_started "$ID"
check "repo-and-data.json: the dataset arrived without the excluded *.tmp" \
	[ "$(toolbox_exec "$ID" 'cd /mnt/session/data && find . -type f | sort' | xargs)" = "./one.csv ./sub/two.csv" ]
check "repo-and-data.json: the sandbox env is set" [ "$(toolbox_exec "$ID" 'echo $DATA_DIR' | xargs)" = "/mnt/session/data" ]

# a recipe's workdir: repos and data land under it, and verify checks it is writable
cat >"$TEST_TMP/wd.json" <<EOF
{ "workdir": "/home/daytona/ws", "snapshot": { "dockerfile": "$BYOC_ROOT/dockerfiles/Dockerfile.minimal" },
  "repos": [ "file://$TEST_TMP/repo" ], "datasets": [ "$TEST_TMP/data/" ], "verify": { "python": "python3" } }
EOF
check "workdir: the plan seeds under it" grep -q 'into /home/daytona/ws/<repo name>' <(byoc byoc-prepare "$TEST_TMP/wd.json" --dry-run 2>&1)
out=$(byoc byoc-prepare "$TEST_TMP/wd.json" --json -q 2>err); rc=$?
ID=$(json 'd["sandboxes"][0]["id"]' <<<"$out" 2>/dev/null)
check "workdir: exit 0" [ $rc -eq 0 -a -n "$ID" ]
api POST "/sandbox/$ID/start" >/dev/null; api_wait_started "$ID"
check "workdir: the repository and the dataset are under it" \
	[ "$(toolbox_exec "$ID" 'cd /home/daytona/ws && cat repo/b.txt && find data -type f | sort' | xargs)" = "two data/one.csv data/scratch.tmp data/sub/two.csv" ]

out=$(byoc byoc-prepare "$R/python-ml.json" --log-file "$TEST_TMP/ml.log" -q 2>err); rc=$?
req=$(grep -v '^#' "$BYOC_ROOT/dockerfiles/python-ml/requirements.txt" | grep -m1 .)
check "python-ml.json: the toolchain's own Dockerfile is published and its COPY'd requirements are in the sandbox" \
	[ $rc -eq 0 -a -n "$req" ] && grep -qF "$req" "$TEST_TMP/ml.log"

out=$(byoc byoc-prepare "$R/default.json" --count 3 --json -q 2>err); rc=$?
check "--count 3 prepares three sandboxes" [ $rc -eq 0 -a "$(json 'len(set(s["id"] for s in d["sandboxes"]))' <<<"$out")" = 3 ]

plan=$(DAYTONA_API_URL=http://127.0.0.1:9/api byoc byoc-prepare "$R/repo-and-data.json" --dry-run \
	--set REPO_URL=file:///nowhere --set DATA_PATH=/nowhere 2>&1); rc=$?
check "--dry-run prints the plan and calls nothing (the API is unreachable)" [ $rc -eq 0 -a -n "$(grep "commands\[0\]" <<<"$plan")" ]

# A failure at each step deletes what the run created and names the step.
fails() { # NAME EXPECTED_STEP RECIPE_JSON [args...]: the run fails naming the step, leaves no sandbox
	local name=$1 step=$2 recipe=$3; shift 3
	local env=env_fail_$RANDOM
	printf '%s' "$recipe" | sed "s/ENVX/$env/" >"$TEST_TMP/f.json"
	byoc byoc-prepare "$TEST_TMP/f.json" --log-file "$TEST_TMP/f.log" "$@" >"$TEST_TMP/f.out" 2>"$TEST_TMP/f.err"; local rc=$?
	if [ $rc -ne 0 ] && grep -q "step $step failed" "$TEST_TMP/f.err" && [ "$(count_env "$env")" = 0 ] && [ ! -s "$TEST_TMP/f.out" ]; then
		ok "a failure at $name exits $rc, names step '$step' and leaves no sandbox"
	else
		not_ok "a failure at $name (exit $rc, sandboxes left: $(count_env "$env"))"; sed 's/^/#   /' "$TEST_TMP/f.err"
	fi
}
base='"snapshot":{"dockerfile":"'$BYOC_ROOT'/dockerfiles/Dockerfile.minimal"},"sandbox":{"environment":"ENVX"},"verify":{"python":"python3"}'
fails "the snapshot" snapshot '{"snapshot":{"name":"no-such-snapshot"},"sandbox":{"environment":"ENVX"}}'
fails "a repo" 'repos\[0\]' '{'"$base"',"repos":[{"url":"file:///nonexistent/repo"}]}'
fails "a dataset" 'datasets\[0\]' '{'"$base"',"datasets":[{"path":"/nonexistent/data"}]}'
fails "a file" 'files\[0\]' '{'"$base"',"files":[{"src":"/nonexistent/file","dest":"/mnt/session/f"}]}'
fails "a command" 'commands\[1\]' '{'"$base"',"commands":["true",{"run":"echo about to fail; exit 3"}]}'
check "...the failing command's output is in the log" grep -q "about to fail" "$TEST_TMP/f.log"
fails "verify (no python3.12 here)" verify '{'"${base%,\"verify\"*}"',"verify":{"python":"python3.12"}}'
api POST /sandbox -H 'Content-Type: application/json' -d '{"name":"taken","snapshot":"'"$(byoc byoc-snapshot name -f "$BYOC_ROOT/dockerfiles/Dockerfile.minimal")"'"}' >/dev/null
fails "create (the name is taken)" create '{"snapshot":{"dockerfile":"'$BYOC_ROOT'/dockerfiles/Dockerfile.minimal"},"sandbox":{"environment":"ENVX","name":"taken"},"verify":{"python":"python3"}}'
check "...and the sandbox that had the name is untouched" [ "$(api GET /sandbox/taken | json 'd["state"]')" = started ]

fails "the handoff (no Anthropic key)" handoff '{'"$base"',"handoff":{"create_session":true,"agent":"a"}}'
fails "a pool of 3 (all or nothing)" 'commands\[0\]' '{'"$base"',"commands":["exit 1"]}' --count 3

env=env_keep_$RANDOM
printf '{%s,"commands":["exit 1"]}' "$(sed "s/ENVX/$env/" <<<"$base")" >"$TEST_TMP/k.json"
byoc byoc-prepare "$TEST_TMP/k.json" --keep-failed -q >/dev/null 2>&1
check "--keep-failed leaves the failed sandbox for inspection" [ "$(count_env "$env")" = 1 ]

printf '{%s,"sandbox":{"environment":"env_s","env":{"API_TOKEN":"tok-SECRET-7f3a9"}},"commands":["test -n \\"$API_TOKEN\\""]}' \
	"$(sed 's/,"sandbox":{"environment":"ENVX"}//' <<<"$base")" >"$TEST_TMP/s.json"
byoc byoc-prepare "$TEST_TMP/s.json" --log-file "$TEST_TMP/s.log" -v >"$TEST_TMP/s.out" 2>"$TEST_TMP/s.err"; rc=$?
check "a secret in the sandbox env reaches the sandbox" [ $rc -eq 0 ]
refute "...and appears in nothing byoc printed or logged" grep -q "tok-SECRET-7f3a9" "$TEST_TMP/s.out" "$TEST_TMP/s.err" "$TEST_TMP/s.log"
# a command's own env: its values reach the command, never its text (a session command's
# text comes back in every poll's answer: byoc-local's traffic log holds them all)
printf '{%s,"commands":[{"run":"test \\"$CMD_TOK\\" = cmd-$(echo SECRET)-91b2 && test -z \\"$(ls -A /tmp/.byoc-env)\\"","env":{"CMD_TOK":"cmd-SECRET-91b2"}}]}' \
	"$(sed "s/ENVX/env_ce/" <<<"$base")" >"$TEST_TMP/ce.json"
byoc byoc-prepare "$TEST_TMP/ce.json" --log-file "$TEST_TMP/ce.log" -v >"$TEST_TMP/ce.out" 2>"$TEST_TMP/ce.err"; rc=$?
check "a command's env reaches the command (and its file is gone once read)" [ $rc -eq 0 ]
refute "...and is in no request or answer of the toolbox, nor in anything byoc printed or logged" \
	grep -q "cmd-SECRET-91b2" "$TRAFFIC_LOG" "$TEST_TMP/ce.out" "$TEST_TMP/ce.err" "$TEST_TMP/ce.log"
finish
