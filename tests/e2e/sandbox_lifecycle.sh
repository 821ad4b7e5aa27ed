#!/usr/bin/env bash
# byoc-sandbox get, start, stop, archive, delete; --help and the man page say the same.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0
mk_snapshot snap-life || { not_ok "snapshot for the test"; finish; exit 1; }
state() { api GET "/sandbox/$1" | jq -r .state; }
a=$(byoc byoc-sandbox create -q --environment env_lc --snapshot snap-life)
b=$(byoc byoc-sandbox create -q --environment env_lc --snapshot snap-life)

check "get --json is the sandbox" test "$(byoc byoc-sandbox get "$a" --json | jq -r .id)" = "$a"
check "get shows its labels" grep -q "^label	byoc.mode=prepared$" <<<"$(byoc byoc-sandbox get "$a")"
check "stop two prints both ids" test "$(byoc byoc-sandbox stop -q "$a" "$b" | wc -l)" -eq 2
check "  and they are stopped" test "$(state "$a")/$(state "$b")" = stopped/stopped
check "start" test "$(byoc byoc-sandbox start -q "$a")" = "$a"
check "  is started" test "$(state "$a")" = started
check "archive a stopped one" test "$(byoc byoc-sandbox archive -q "$b")" = "$b"
check "  is archived" test "$(state "$b")" = archived
check "delete both" test "$(byoc byoc-sandbox delete -q "$a" "$b" | wc -l)" -eq 2
check "  are gone" test "$(api GET "/sandbox/$a" -o /dev/null -w '%{http_code}')/$(api GET "/sandbox/$b" -o /dev/null -w '%{http_code}')" = 404/404
expect_exit 3 "get of an unknown sandbox is not found" byoc byoc-sandbox get -q no-such
expect_exit 3 "delete of an unknown sandbox is not found" byoc byoc-sandbox delete -q no-such
expect_exit 2 "an unknown command is a usage error" byoc byoc-sandbox frobnicate
expect_exit 2 "create options on another command are a usage error" byoc byoc-sandbox list --count 3

# --help and docs/byoc-sandbox.1 document the same options, commands and exit statuses
man=$BYOC_ROOT/docs/byoc-sandbox.1
help=$(byoc byoc-sandbox --help)
help_opts=$(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
man_opts=$(sed 's/\\-/-/g' "$man" | grep -oE -- '--[a-z][a-z-]+' | sort -u)
check "--help and the man page list the same options" test "$help_opts" = "$man_opts"
man_items=$(grep -E '^\.BR? ' "$man")
for c in create label check verify list get start stop archive delete reap; do
	check "both document '$c'" sh -c "grep -qw -- '$c' <<'EOT'
$man_items
EOT
grep -qE '^  ($c|.*\\|$c)' <<'EOT'
$help
EOT"
done
help_status=$(sed -n '/^exit status/,$p' <<<"$help")
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in both" sh -c "grep -qw '$code' <<'EOT'
$help_status
EOT
grep -qx '\\.B $code' '$man'"
done
finish
