#!/usr/bin/env bash
# byoc-sandbox verify runs the reference's runner preflight inside the sandbox and names each
# missing or broken prerequisite. byoc-local's sandboxes use the host's /usr: on Debian 12 that
# has python3 (3.11) with pip (python3-pip, from make deps) and no python3.12.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/_sandbox_lib.sh"
start_local --build-seconds 0
mk_snapshot snap-verify || { not_ok "snapshot for the test"; finish; exit 1; }
err=$TEST_TMP/err
id=$(byoc byoc-sandbox create -q --environment env_v --snapshot snap-verify)

# the sandbox sees the host's /usr, not this shell's PATH (which may hold pyenv shims)
if ! exec_in "$id" 'echo toolbox-ok' | grep -q toolbox-ok; then
	skip "byoc-local has no toolbox process execute yet: verify cannot run"
	finish; exit 0
fi
if ls /usr/bin/python3.12 /usr/local/bin/python3.12 >/dev/null 2>&1; then
	skip "this host's /usr has python3.12: the Debian 12 case cannot be shown here"
else
	expect_exit 4 "the default interpreter python3.12 is missing" byoc byoc-sandbox verify "$id" 2>"$err"
	check "  and exactly that is said" test "$(cat "$err")" = "byoc-sandbox: python3.12 not found"
fi
if /usr/bin/python3 -m pip --version >/dev/null 2>&1; then
	check "verify --python python3 passes and prints the id" \
		test "$(byoc byoc-sandbox verify "$id" --python python3 2>"$err")" = "$id"
	check "--json says ok" test "$(byoc byoc-sandbox verify "$id" --python python3 --json | jq .ok)" = true
else
	not_ok "python3 -m pip is missing on this host: run make deps (python3-pip)"
fi
# --runner: byoc-orchestrator's preflight; this snapshot has no /opt/byoc-runner
expect_exit 4 "verify --runner: a snapshot without byoc-orchestrator's runner is refused" \
	byoc byoc-sandbox verify "$id" --runner 2>"$err"
check "  naming the runner and where it comes from" grep -q "the runner (check: .*dockerfiles/runner" "$err"
check "  --json lists each missing piece" \
	test "$(byoc byoc-sandbox verify "$id" --runner --json 2>/dev/null | jq -r '.ok, (.missing | map(select(startswith("the runner"))) | length)' | tr '\n' ' ')" = "false 1 "
exec_in "$id" 'mkdir -p /opt/byoc-runner 2>/dev/null; test -w /opt/byoc-runner && touch /opt/byoc-runner/runner.mjs' >/dev/null
if exec_in "$id" 'test -r /opt/byoc-runner/runner.mjs && echo yes' | grep -q yes; then
	check "verify --runner passes once the runner is there, and prints the id" \
		test "$(byoc byoc-sandbox verify "$id" --runner 2>"$err")" = "$id"
else
	skip "verify --runner passing (the sandbox user cannot write /opt here; e2e/orchestrator checks the runner snapshot)"
fi
expect_exit 2 "--runner with --python is a usage error" byoc byoc-sandbox verify "$id" --runner --python python3
expect_exit 4 "a missing interpreter is named" byoc byoc-sandbox verify "$id" --python python3.99 2>"$err"
check "  as 'python3.99 not found'" grep -qx "byoc-sandbox: python3.99 not found" "$err"
expect_exit 4 "an interpreter without pip is named" byoc byoc-sandbox verify "$id" --python false 2>"$err"
check "  as having no pip" grep -q "false has no pip" "$err"

# an unwritable /mnt/session (chmod inside the sandbox, as its user)
exec_in "$id" 'chmod 0555 /mnt/session' >/dev/null
expect_exit 4 "an unwritable /mnt/session is refused" byoc byoc-sandbox verify "$id" --python python3 2>"$err"
check "  and named, alone" test "$(cat "$err")" = "byoc-sandbox: /mnt/session is not writable"
byoc byoc-sandbox verify "$id" --json 2>/dev/null >"$TEST_TMP/j"
check "--json lists every missing prerequisite" \
	test "$(jq -c '.missing | length' "$TEST_TMP/j")" -ge 1 -a "$(jq -r .ok "$TEST_TMP/j")" = false
exec_in "$id" 'chmod 0755 /mnt/session' >/dev/null

# the session's working directory: --workdir, else ANTHROPIC_WORKDIR, else /mnt/session
exec_in "$id" 'mkdir -p /tmp/ro && chmod 0555 /tmp/ro' >/dev/null
expect_exit 4 "an unwritable --workdir is refused" byoc byoc-sandbox verify "$id" --python python3 --workdir /tmp/ro 2>"$err"
check "  and named, alone" test "$(cat "$err")" = "byoc-sandbox: /tmp/ro is not writable"
ANTHROPIC_WORKDIR=/tmp/ro expect_exit 4 "ANTHROPIC_WORKDIR is the default workdir" byoc byoc-sandbox verify "$id" --python python3 2>"$err"
check "  and named" grep -qx "byoc-sandbox: /tmp/ro is not writable" "$err"
check "a --workdir that does not exist yet is created, as /mnt/session is" \
	test "$(byoc byoc-sandbox verify "$id" --python python3 --workdir '/home/daytona/it'"'"'s here' 2>"$err")" = "$id"
check "  inside the sandbox (the path went as a variable, quote and all)" \
	test "$(exec_in "$id" 'test -d "/home/daytona/it'"'"'s here" && echo yes' | jq -r .result)" = yes
check "--json names the workdir" \
	test "$(byoc byoc-sandbox verify "$id" --python python3 --workdir /tmp/w --json | jq -r .workdir)" = /tmp/w
expect_exit 2 "a relative --workdir is a usage error" byoc byoc-sandbox verify "$id" --workdir session
# memory stores need a writable /mnt/memory; the sandbox user cannot make one under /mnt (root's),
# so it is laid in the sandbox's root from here, as an image that made it would have it
M=$LOCAL_STATE/sandboxes/$id/root/mnt/memory
mkdir -p "$M" && chmod 0555 "$M"
check "without --memory-stores /mnt/memory is not looked at" \
	test "$(byoc byoc-sandbox verify "$id" --python python3 2>"$err")" = "$id"
expect_exit 4 "with --memory-stores an unwritable /mnt/memory is refused" \
	byoc byoc-sandbox verify "$id" --python python3 --memory-stores 2>"$err"
check "  and named" test "$(cat "$err")" = "byoc-sandbox: /mnt/memory is not writable (memory stores need it)"
chmod 0777 "$M"
check "with --memory-stores a writable /mnt/memory passes" \
	test "$(byoc byoc-sandbox verify "$id" --python python3 --memory-stores 2>"$err")" = "$id"

expect_exit 2 "a shell-unsafe --python is a usage error" byoc byoc-sandbox verify "$id" --python 'python3;id'
byoc byoc-sandbox stop -q "$id" >/dev/null
expect_exit 4 "a stopped sandbox is refused (start it first)" byoc byoc-sandbox verify -q "$id" --python python3
# a sandbox on its way to started (a start, a restart of the server) is waited for, not refused
stop_local
BYOC_LOCAL_TRANSITION_MS=3000 start_local --build-seconds 0
api POST "/sandbox/$id/start" >/dev/null &
for i in $(seq 1 50); do [ "$(api GET "/sandbox/$id" | jq -r .state)" = starting ] && break; sleep 0.05; done
check "(the sandbox is starting)" test "$(api GET "/sandbox/$id" | jq -r .state)" = starting
check "a starting sandbox: verify waits until it is started, then passes" \
	test "$(byoc byoc-sandbox verify "$id" --python python3 2>"$err")" = "$id"
finish
