#!/usr/bin/env bash
# byoc-sandbox check: the attach rules of the reference orchestrator for a new session.
# Passes on a fresh prepared sandbox; fails on each broken rule with one line for it.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0
mk_snapshot snap-check || { not_ok "snapshot for the test"; finish; exit 1; }
err=$TEST_TMP/err
mk() { byoc byoc-sandbox create -q --environment env_c --snapshot snap-check; }
base() { echo '{"byoc.environment_id":"env_c","byoc.mode":"prepared","byoc.prepared_at":"2026-01-01T00:00:00Z"}'; }

id=$(mk)
check "a fresh prepared sandbox passes" byoc byoc-sandbox check -q "$id" --environment env_c
check "ENVIRONMENT_ID is the default environment" env ENVIRONMENT_ID=env_c "$BINDIR/byoc-sandbox" check -q "$id"
check "--json says attachable" test "$(byoc byoc-sandbox check "$id" --environment env_c --json | jq .attachable)" = true

# rule: not bound to a session
id=$(mk); set_labels_raw "$id" "$(base | jq -c '. + {"byoc.session_id":"sesn_other"}')"
expect_exit 4 "bound to a session: refused" byoc byoc-sandbox check -q "$id" --environment env_c 2>"$err"
check "  one line, naming the session" test "$(wc -l <"$err")" -eq 1 -a -n "$(grep "already attached to session 'sesn_other'" "$err")"
id=$(mk); set_labels_raw "$id" "$(base | jq -c '. + {"byoc.session_id":""}')"
check "an empty byoc.session_id is not bound (as the reference)" byoc byoc-sandbox check -q "$id" --environment env_c

# rule: byoc.environment_id == ENV
id=$(mk)
expect_exit 4 "another environment: refused" byoc byoc-sandbox check -q "$id" --environment env_other 2>"$err"
check "  one line, naming both environments" \
	test "$(wc -l <"$err")" -eq 1 -a -n "$(grep "byoc.environment_id 'env_c', expected 'env_other'" "$err")"
id=$(mk); set_labels_raw "$id" '{"byoc.mode":"prepared"}'
expect_exit 4 "no environment label: refused" byoc byoc-sandbox check -q "$id" --environment env_c 2>"$err"
check "  says it is not set" grep -q "byoc.environment_id not set" "$err"

# rule: byoc.mode == prepared
id=$(mk); set_labels_raw "$id" "$(base | jq -c '. + {"byoc.mode":"in-sandbox"}')"
expect_exit 4 "mode in-sandbox: refused" byoc byoc-sandbox check -q "$id" --environment env_c 2>"$err"
check "  one line, naming the mode" test "$(wc -l <"$err")" -eq 1 -a -n "$(grep "must have byoc.mode='prepared' before attach (it is 'in-sandbox')" "$err")"

# every rule broken: one line each
id=$(mk); set_labels_raw "$id" '{"byoc.session_id":"s","byoc.environment_id":"x","byoc.mode":"terminal"}'
expect_exit 4 "all rules broken: refused" byoc byoc-sandbox check -q "$id" --environment env_c 2>"$err"
check "  three lines" test "$(wc -l <"$err")" -eq 3
check "  --json lists the three rules" \
	test "$(byoc byoc-sandbox check "$id" --environment env_c --json 2>/dev/null | jq -c '[.broken[].rule]')" = '["unbound","environment","mode"]'

expect_exit 3 "an unknown sandbox is not found" byoc byoc-sandbox check -q no-such --environment env_c
expect_exit 2 "no environment is a usage error" env -u ENVIRONMENT_ID "$BINDIR/byoc-sandbox" check -q "$id"
finish
