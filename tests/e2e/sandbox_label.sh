#!/usr/bin/env bash
# byoc-sandbox label merges: it never drops a label it was not asked to drop, even with
# other writers at the same time; the orchestrator's labels cannot be set by hand.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0
mk_snapshot snap-label || { not_ok "snapshot for the test"; finish; exit 1; }
id=$(byoc byoc-sandbox create -q --environment env_l --snapshot snap-label --label keep=me)

check "label sets K=V and prints the id" test "$(byoc byoc-sandbox label -q "$id" a=1 b=2)" = "$id"
check "label K- drops only K" byoc byoc-sandbox label -q "$id" a- c=3
want='{"b":"2","byoc.environment_id":"env_l","byoc.mode":"prepared","byoc.prepared_at":"'$(label_of "$id" byoc.prepared_at)'","c":"3","keep":"me"}'
check "every other label is kept" test "$(labels_of "$id")" = "$want"
check "--json prints the labels" test "$(byoc byoc-sandbox label -q "$id" d=4 --json | jq -r .d)" = 4
expect_exit 2 "byoc.mode cannot be set by hand" byoc byoc-sandbox label -q "$id" byoc.mode=in-sandbox
expect_exit 2 "byoc.session_id cannot be dropped by hand" byoc byoc-sandbox label -q "$id" byoc.session_id-
expect_exit 2 "a malformed argument is refused" byoc byoc-sandbox label -q "$id" justakey
expect_exit 3 "an unknown sandbox is not found" byoc byoc-sandbox label -q no-such-sandbox a=1
check "refused changes changed nothing" test "$(label_of "$id" byoc.mode)" = prepared

# concurrent writers: 4 byoc-sandbox label processes, 10 keys each, at once
id=$(byoc byoc-sandbox create -q --environment env_l --snapshot snap-label --label keep=me)
pids=()
for w in a b c d; do
	( for i in $(seq 1 10); do byoc byoc-sandbox label -q "$id" "$w$i=v$i" >/dev/null || echo "FAIL $w$i"; done ) \
		>"$TEST_TMP/w$w" 2>&1 &
	pids+=($!)
done
# and a naive writer of an unrelated key that retries until its own key sticks
( for i in $(seq 1 5); do byoc byoc-sandbox label -q "$id" "z$i=w" >/dev/null; done ) &
pids+=($!)
wait "${pids[@]}"
check "no writer failed" test -z "$(cat "$TEST_TMP"/w?)"
got=$(api GET "/sandbox/$id" | jq '.labels | keys | length')
check "all 45 written keys and the 4 others are there ($got)" test "$got" -eq 49
check "the orchestrator's labels survived" test "$(label_of "$id" byoc.mode)/$(label_of "$id" byoc.environment_id)" = prepared/env_l
check "the create label survived" test "$(label_of "$id" keep)" = me
finish
