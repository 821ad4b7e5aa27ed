#!/usr/bin/env bash
# byoc-sandbox reap deletes prepared, unclaimed sandboxes of one environment older than the
# threshold (by byoc.prepared_at, else createdAt), and touches nothing else.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0
mk_snapshot snap-reap || { not_ok "snapshot for the test"; finish; exit 1; }
old='2020-01-01T00:00:00Z'
mk() { byoc byoc-sandbox create -q --environment "${1:-env_r}" --snapshot snap-reap; }
relabel() { set_labels_raw "$1" "$2"; }

old1=$(mk); relabel "$old1" '{"byoc.environment_id":"env_r","byoc.mode":"prepared","byoc.prepared_at":"'$old'"}'
old2=$(mk); relabel "$old2" '{"byoc.environment_id":"env_r","byoc.mode":"prepared","byoc.prepared_at":"'$old'","byoc.session_id":""}'
young=$(mk)
claimed=$(mk); relabel "$claimed" '{"byoc.environment_id":"env_r","byoc.mode":"prepared","byoc.prepared_at":"'$old'","byoc.session_id":"sesn_1"}'
insandbox=$(mk); relabel "$insandbox" '{"byoc.environment_id":"env_r","byoc.mode":"in-sandbox","byoc.prepared_at":"'$old'"}'
otherenv=$(mk env_other); relabel "$otherenv" '{"byoc.environment_id":"env_other","byoc.mode":"prepared","byoc.prepared_at":"'$old'"}'
nostamp=$(mk); relabel "$nostamp" '{"byoc.environment_id":"env_r","byoc.mode":"prepared"}'
garbage=$(mk); relabel "$garbage" '{"byoc.environment_id":"env_r","byoc.mode":"prepared","byoc.prepared_at":"yesterday"}'
exists() { api GET "/sandbox/$1" -o /dev/null -w '%{http_code}' | grep -q 200; }
gone() { ! exists "$1"; }
all="$old1 $old2 $young $claimed $insandbox $otherenv $nostamp $garbage"

byoc byoc-sandbox reap --environment env_r --older-than 1h --dry-run >"$TEST_TMP/dry" 2>/dev/null
check "--dry-run lists exactly the two old unclaimed prepared ones" \
	test "$(sort "$TEST_TMP/dry" | tr '\n' ' ')" = "$(printf '%s\n' "$old1" "$old2" | sort | tr '\n' ' ')"
n=0; for s in $all; do exists "$s" && n=$((n + 1)); done
check "--dry-run deletes nothing" test "$n" -eq 8

byoc byoc-sandbox reap --environment env_r --older-than 1h >"$TEST_TMP/out" 2>/dev/null
check "reap exits 0 and prints the two it deleted" test "$(wc -l <"$TEST_TMP/out")" -eq 2
check "the old unclaimed prepared sandbox is gone" gone "$old1"
check "one with an empty session id is gone too" gone "$old2"
for s in young claimed insandbox otherenv nostamp garbage; do
	check "kept: $s" exists "${!s}"
done
check "the claimed one's labels are untouched" test "$(label_of "$claimed" byoc.session_id)" = sesn_1

# createdAt is the fallback: a sandbox without (or with an unreadable) byoc.prepared_at ages by creation
sleep 2
byoc byoc-sandbox reap --environment env_r --older-than 1s >"$TEST_TMP/out" 2>/dev/null
check "by createdAt, the unstamped and the unreadable ones go (and the young one)" \
	test "$(sort "$TEST_TMP/out" | tr '\n' ' ')" = "$(printf '%s\n' "$nostamp" "$garbage" "$young" | sort | tr '\n' ' ')"
for s in claimed insandbox otherenv; do
	check "still kept: $s" exists "${!s}"
done
expect_exit 2 "reap needs --older-than" byoc byoc-sandbox reap --environment env_r
expect_exit 2 "reap needs --environment" byoc byoc-sandbox reap --older-than 1h
expect_exit 2 "a bad duration is refused" byoc byoc-sandbox reap --environment env_r --older-than 1y
finish
