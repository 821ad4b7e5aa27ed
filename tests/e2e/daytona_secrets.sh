#!/usr/bin/env bash
# Daytona secrets, ttl, auto-pause and network allow lists (API v0.205) with byoc-sandbox against
# byoc-local: a secret's value comes from a variable or a file and is never printed, logged or put
# in a sandbox; the sandbox sees the placeholder; --ttl destroys on time.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
BYOC_LOCAL_MINUTE_MS=400 start_local --build-seconds 0 || { not_ok "byoc-local starts"; finish; exit 1; }
mk_snapshot snap-sec || { not_ok "snapshot for the test"; finish; exit 1; }
err=$TEST_TMP/err
export ENVIRONMENT_ID=env_s
VALUE="v4lue-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export API_TOKEN_VALUE=$VALUE

out=$(byoc byoc-sandbox secret create api-token --from-env API_TOKEN_VALUE --host api.example.com 2>"$err"); rc=$?
check "secret create --from-env prints the name (exit $rc)" test $rc -eq 0 -a "$out" = api-token
printf '%s\n' "file-$VALUE" >"$TEST_TMP/tok"
check "secret create --from-file too" test "$(byoc byoc-sandbox secret create file-token --from-file "$TEST_TMP/tok" 2>>"$err")" = file-token
expect_exit 2 "a value on the command line is refused: neither source given" byoc byoc-sandbox secret create x 2>/dev/null
expect_exit 2 "  both sources given" byoc byoc-sandbox secret create x --from-env API_TOKEN_VALUE --from-file "$TEST_TMP/tok" 2>/dev/null
expect_exit 2 "a bad secret name is a usage error" byoc byoc-sandbox secret create 'a b' --from-env API_TOKEN_VALUE 2>/dev/null
refute "a second secret of the same name is refused" byoc byoc-sandbox secret create api-token --from-env API_TOKEN_VALUE -q
check "secret list names both" test "$(byoc byoc-sandbox secret list | sort | xargs)" = "api-token file-token"
byoc byoc-sandbox secret list --json >"$TEST_TMP/list.json"
placeholder=$(jq -r '.[] | select(.name=="api-token") | .placeholder' "$TEST_TMP/list.json")
check "list --json has a placeholder and the hosts, no value" \
	test -n "$placeholder" -a "$(jq -r '.[] | select(.name=="api-token") | .hosts[0]' "$TEST_TMP/list.json")" = api.example.com
refute "  the value is in no answer" grep -q "$VALUE" "$TEST_TMP/list.json"

id=$(byoc byoc-sandbox create -q --environment env_s --snapshot snap-sec --secret API_TOKEN=api-token \
	--secret OTHER=file-token --ttl 600 --network-allow 10.0.0.0/8,192.168.1.0/24 2>>"$err")
check "create --secret --ttl --network-allow prints the id" test -n "$id"
got=$(exec_in "$id" 'printf %s "$API_TOKEN"' | jq -r .result)
check "the sandbox sees the placeholder in API_TOKEN" test "$got" = "$placeholder"
check "  and the value nowhere in its environment" \
	test "$(exec_in "$id" 'env | grep -c -- "v4lue-" || true' | jq -r .result | tr -d '\n')" = 0
sb=$(api GET "/sandbox/$id")
check "the sandbox carries autoDestroyAt and the allow list" \
	test "$(jq -r '.networkAllowList' <<<"$sb")" = 10.0.0.0/8,192.168.1.0/24 -a "$(jq -r '.autoDestroyAt | length > 0' <<<"$sb")" = true
refute "the value is in no byoc-local log line" grep -q "$VALUE" "$TEST_TMP/local.log"
refute "  nor in the tools' output" grep -q "$VALUE" "$err"
refute "  nor in the traffic log" grep -q "$VALUE" "$TRAFFIC_LOG"

expect_exit 2 "--network-allow with a bad CIDR is refused before any request" \
	byoc byoc-sandbox create -q --snapshot snap-sec --network-allow 10.0.0.0/33
expect_exit 2 "--secret without =NAME is a usage error" byoc byoc-sandbox create -q --snapshot snap-sec --secret API_TOKEN
n_before=$(api GET /sandbox | jq '.items | length')
refute "a sandbox with an unknown secret is refused" \
	byoc byoc-sandbox create -q --snapshot snap-sec --name no-such --secret X=no-such-secret
check "  and nothing is left behind" test "$(api GET /sandbox | jq '.items | length')" = "$n_before"

# ttl: a minute is 400 ms here; the sandbox is destroyed whatever its state
t=$(byoc byoc-sandbox create -q --snapshot snap-sec --ttl 1)
gone=no
for _ in $(seq 1 50); do
	[ "$(api GET "/sandbox/$t" -o /dev/null -w '%{http_code}')" = 404 ] && { gone=yes; break; }
	sleep 0.2
done
check "--ttl 1 destroys the sandbox a minute after its creation" test $gone = yes

# auto-pause: at most one of auto-stop and auto-pause
expect_exit 1 "--auto-pause with a non-zero --auto-stop is refused by the server" \
	byoc byoc-sandbox create -q --snapshot snap-sec --auto-pause 30 --auto-stop 15
p=$(byoc byoc-sandbox create -q --snapshot snap-sec --auto-pause 30)
check "--auto-pause 30 is stored and turns auto-stop off" \
	test "$(api GET "/sandbox/$p" | jq -c '[.autoPauseInterval, .autoStopInterval]')" = "[30,0]"

check "secret delete prints the names" test "$(byoc byoc-sandbox secret delete api-token file-token | xargs)" = "api-token file-token"
check "  and they are gone" test -z "$(byoc byoc-sandbox secret list)"
expect_exit 3 "deleting a missing secret exits 3" byoc byoc-sandbox secret delete api-token 2>/dev/null
finish
