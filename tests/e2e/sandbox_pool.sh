#!/usr/bin/env bash
# A pool of 20 with 10% of sandbox creates failing with 503 ends with exactly 20 sandboxes.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0 --fault 'POST /api/sandbox 0.1 503'
mk_snapshot snap-pool || { not_ok "snapshot for the test"; finish; exit 1; }
out=$TEST_TMP/out

byoc byoc-sandbox create --environment env_pool --snapshot snap-pool --count 20 --name pool >"$out" 2>"$TEST_TMP/err"
rc=$?
check "the pool of 20 succeeds under 10% 503s" test "$rc" -eq 0
check "it prints 20 distinct ids" test "$(sort -u "$out" | wc -l)" -eq 20
check "exactly 20 sandboxes exist for the environment" test "$(count_env env_pool)" -eq 20
names=$(api GET "/sandbox?limit=200" --get --data-urlencode 'labels={"byoc.environment_id":"env_pool"}' | jq -r '.items[].name' | sort -V | tr '\n' ' ')
check "named pool-1 ... pool-20" test "$names" = "$(for i in $(seq 1 20); do printf 'pool-%d ' "$i"; done)"
started=$(api GET "/sandbox?limit=200" --get --data-urlencode 'labels={"byoc.environment_id":"env_pool"}' | jq '[.items[] | select(.state == "started")] | length')
check "all 20 are started" test "$started" -eq 20
check "faults were injected during the run" grep -qi 'fault' "$TEST_TMP/local.log"
check "byoc-sandbox list --environment finds the 20" test "$(byoc byoc-sandbox list --environment env_pool | wc -l)" -eq 20
check "byoc-sandbox list --mode prepared --json" test "$(byoc byoc-sandbox list --environment env_pool --mode prepared --json | jq length)" -eq 20
check "byoc-sandbox list --mode in-sandbox finds none" test "$(byoc byoc-sandbox list --environment env_pool --mode in-sandbox | wc -l)" -eq 0
finish
