#!/usr/bin/env bash
# byoc-sandbox create: labels, started, ids on stdout; checks before any request;
# all-or-nothing pools (a missing snapshot, a taken name) leave nothing of theirs behind.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0
mk_snapshot snap-e2e || { not_ok "snapshot for the test"; finish; exit 1; }
out=$TEST_TMP/out err=$TEST_TMP/err

# one sandbox
byoc byoc-sandbox create --environment env_one --snapshot snap-e2e --label team=ml --env FOO=bar >"$out" 2>"$err"
rc=$?
id=$(cat "$out")
check "create one exits 0 and prints one id" test "$rc" -eq 0 -a "$(wc -l <"$out")" -eq 1
check "the sandbox is started" test "$(api GET "/sandbox/$id" | jq -r .state)" = started
check "labelled byoc.environment_id=ENV" test "$(label_of "$id" byoc.environment_id)" = env_one
check "labelled byoc.mode=prepared" test "$(label_of "$id" byoc.mode)" = prepared
check "labelled byoc.prepared_at=ISO-8601 UTC" \
	grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' <<<"$(label_of "$id" byoc.prepared_at)"
check "the given label is kept" test "$(label_of "$id" team)" = ml
check "the env is passed" test "$(api GET "/sandbox/$id" | jq -r .env.FOO)" = bar

# ENVIRONMENT_ID and DEFAULT_SNAPSHOT_NAME are the defaults
id2=$(ENVIRONMENT_ID=env_default DEFAULT_SNAPSHOT_NAME=snap-e2e byoc byoc-sandbox create -q --name named-one)
check "ENVIRONMENT_ID is the default environment" test "$(label_of "$id2" byoc.environment_id)" = env_default
check "--name names it" test "$(api GET "/sandbox/$id2" | jq -r .name)" = named-one
check "--json prints the sandboxes" test "$(ENVIRONMENT_ID=e byoc byoc-sandbox create -q --snapshot snap-e2e --json | jq -r '.[0].labels["byoc.mode"]')" = prepared

# without --snapshot and DEFAULT_SNAPSHOT_NAME: the name byoc-snapshot gives dockerfiles/Dockerfile.default
want=$(cd "$BYOC_ROOT" && env -u DEFAULT_SNAPSHOT_NAME "$BINDIR/byoc-snapshot" name -f dockerfiles/Dockerfile.default)
(cd "$BYOC_ROOT" && env -u DEFAULT_SNAPSHOT_NAME "$BINDIR/byoc-sandbox" create -q --environment e) 2>"$err"
rc=$?
check "the default snapshot is byoc-snapshot's name for Dockerfile.default ($want)" \
	test "$rc" -eq 3 -a -n "$want" -a -n "$(grep -F "snapshot '$want' not found" "$err")"
(cd "$TEST_TMP" && env -u DEFAULT_SNAPSHOT_NAME -u BYOC_ROOT "$BINDIR/byoc-sandbox" create -q --environment e) 2>"$err"
rc=$?
check "no Dockerfile.default and no --snapshot is a usage error naming the fix" \
	test "$rc" -eq 2 -a -n "$(grep -F -- "--snapshot" "$err")"

# refused before any request
before=$(api GET "/sandbox?limit=200" | jq '.items | length')
expect_exit 2 "byoc.mode cannot be set by hand" byoc byoc-sandbox create -q --environment e --snapshot snap-e2e --label byoc.mode=x
expect_exit 2 "byoc.session_id cannot be set by hand" byoc byoc-sandbox create -q --environment e --snapshot snap-e2e --label byoc.session_id=s
expect_exit 2 "a bad label key is refused" byoc byoc-sandbox create -q --environment e --snapshot snap-e2e --label 'bad key=v'
expect_exit 2 "a control character in a value is refused" byoc byoc-sandbox create -q --environment e --snapshot snap-e2e --label "k=$(printf 'a\tb')"
expect_exit 2 "no environment is a usage error" env -u ENVIRONMENT_ID "$BINDIR/byoc-sandbox" create -q --snapshot snap-e2e
check "nothing was created by refused commands" test "$(api GET "/sandbox?limit=200" | jq '.items | length')" -eq "$before"

# a missing snapshot: not found, nothing created, for one and for a pool
expect_exit 3 "a missing snapshot is 'not found'" byoc byoc-sandbox create -q --environment env_miss --snapshot no-such-snap
byoc byoc-sandbox create -q --environment env_miss --snapshot no-such-snap --count 5 --name miss 2>"$err"
rc=$?
check "a pool from a missing snapshot fails" test "$rc" -ne 0
check "and names the snapshot" grep -q "no-such-snap" "$err"
check "and leaves no sandbox behind" test "$(count_env env_miss)" -eq 0

# a pool where one create fails (its name is taken by someone else's sandbox): all or nothing
api POST /sandbox -H 'content-type: application/json' \
	-d '{"name":"clash-3","snapshot":"snap-e2e","labels":{"owner":"someone-else"}}' >/dev/null
byoc byoc-sandbox create --environment env_clash --snapshot snap-e2e --count 6 --parallel 3 --name clash >"$out" 2>"$err"
rc=$?
check "a pool with a failing member exits non-zero" test "$rc" -ne 0
check "and prints no ids" test ! -s "$out"
check "the failure is reported with its sandbox" grep -q "clash-3" "$err"
check "every sandbox the pool created is deleted" test "$(count_env env_clash)" -eq 0
check "the other owner's sandbox is untouched" test "$(api GET /sandbox/clash-3 | jq -r .labels.owner)" = someone-else

# --keep-failed keeps them
byoc byoc-sandbox create -q --environment env_keep --snapshot snap-e2e --count 4 --name clash --keep-failed >/dev/null 2>"$err"
rc=$?
check "--keep-failed still fails" test "$rc" -ne 0
check "--keep-failed keeps what was created" test "$(count_env env_keep)" -ge 1

# idempotent by name: when a create answers 409 and the sandbox of that name carries this run's
# byoc.environment_id and byoc.prepared_at (what a retried create that did land looks like),
# it is adopted, not duplicated. The run's stamp is the current second: retry if it ticked over.
adopted=no
for try in 1 2 3; do
	now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	pre=$(api POST /sandbox -H 'content-type: application/json' -d '{"name":"adopt'$try'-2","snapshot":"snap-e2e",
		"labels":{"byoc.environment_id":"env_adopt'$try'","byoc.mode":"prepared","byoc.prepared_at":"'$now'"}}' | jq -r .id)
	byoc byoc-sandbox create -q --environment "env_adopt$try" --snapshot snap-e2e --count 3 --name "adopt$try" >"$out" 2>"$err"
	rc=$?
	[ "$(label_of "$pre" byoc.prepared_at)" = "$(api GET "/sandbox/adopt$try-1" | jq -r '.labels["byoc.prepared_at"]')" ] || continue
	adopted=yes
	check "a 409 on a sandbox this run made is adopted (exit 0, 3 ids)" test "$rc" -eq 0 -a "$(wc -l <"$out")" -eq 3
	check "  its id is the existing one" grep -qx "$pre" "$out"
	check "  and no duplicate was made" test "$(count_env "env_adopt$try")" -eq 3
	break
done
[ "$adopted" = yes ] || skip "the clock ticked over the second three times: adoption not exercised"

check "--help exits 0" sh -c "\"$BINDIR/byoc-sandbox\" --help >/dev/null"
finish
