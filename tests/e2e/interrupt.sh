#!/usr/bin/env bash
# Ctrl-C at the points a tool can be stuck (issue 16, point 4; issue 18, point 4): in the
# middle of a request whose answer is slow, in a retry's backoff, waiting for a sandbox to
# start, in the middle of an upload, reading an endless standard input; byoc-prepare while its
# sandbox starts and mid-seed. Each ends within 3 s with exit 130, and what it half-made is
# gone. (Publish, seed and pool interrupts have their own checks in snapshot_publish, retry
# and seed_fault.)
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_seed_lib.sh"

# interrupt LABEL SIGNAL AFTER_S CMD...: runs CMD, sends SIGNAL after AFTER_S seconds, checks
# it ended within 3 s with exit 130; its stderr is in $TEST_TMP/int.err.
interrupt() {
	local label=$1 sig=$2 after=$3 pid rc t0 ms
	shift 3
	${BYOC_WRAP:-} "$@" >/dev/null 2>"$TEST_TMP/int.err" &
	pid=$!
	# (a background job starts with SIGINT ignored until the tool installs its handler)
	if [ -n "${BYOC_WRAP:-}" ]; then sleep $((after + 5)); else sleep "$after"; fi
	if ! kill -0 $pid 2>/dev/null; then
		wait $pid
		not_ok "$label: the tool had already ended (exit $?) before $sig: $(head -c 300 "$TEST_TMP/int.err")"
		return
	fi
	t0=$(date +%s%N)
	kill -"$sig" $pid
	wait $pid; rc=$?
	ms=$((($(date +%s%N) - t0) / 1000000))
	check "$label: $sig ends it in $ms ms (<= 3000) with exit 130 (got $rc)" [ "$ms" -le 3000 -a "$rc" = 130 ]
}

start_local --build-seconds 0 || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox int-base >/dev/null && ok "a sandbox to work on" || { not_ok "a sandbox to work on"; finish; exit 1; }
SBX=$(api GET "/sandbox/int-base" | jq -r .id)
head -c $((64 << 20)) /dev/urandom >"$TEST_TMP/big"
stop_local

# 1. every answer of the API slow (held 20 s before it is served)
start_local --build-seconds 0 --fault 'GET /api/* 1 delay=20000' --fault 'POST /toolbox/*/files/* 1 delay=20000' ||
	{ not_ok "byoc-local restarts with slow answers"; finish; exit 1; }
interrupt "byoc-sandbox list, mid-request" INT 1 "$BINDIR/byoc-sandbox" list
interrupt "byoc-sandbox get, mid-request" TERM 1 "$BINDIR/byoc-sandbox" get "$SBX"
interrupt "byoc-sandbox check, mid-request" INT 1 "$BINDIR/byoc-sandbox" check "$SBX" --environment e
ANTHROPIC_API_KEY=sk-ant-fake-interrupt-0123456789 ANTHROPIC_BASE_URL=${LOCAL_URL%/api} \
	interrupt "byoc-handoff, mid-request" INT 1 "$BINDIR/byoc-handoff" "$SBX" --environment e
interrupt "byoc-seed file, mid-upload" INT 2 "$BINDIR/byoc-seed" file "$SBX" "$TEST_TMP/big" /home/daytona/big.bin
stop_local
start_local --build-seconds 0 || { not_ok "byoc-local restarts"; finish; exit 1; }
check "...the interrupted upload left nothing in the sandbox" \
	test -z "$(sbx_exec 'ls -A /home/daytona | grep -e big.bin -e byoc-seed')"
stop_local

# 2. every answer a 503: the tools are in their retries' backoff
start_local --build-seconds 0 --fault 'GET /api/* 1 503' || { not_ok "byoc-local restarts with 503s"; finish; exit 1; }
interrupt "byoc-sandbox list, in a retry's backoff" INT 2 "$BINDIR/byoc-sandbox" list
interrupt "byoc-snapshot publish, in a retry's backoff" TERM 2 "$BINDIR/byoc-snapshot" publish \
	-f "$BYOC_ROOT/dockerfiles/Dockerfile.minimal" -q
stop_local

# 3. a sandbox that takes 8 s to start: byoc-sandbox create waits and is interrupted. Daytona
# refuses a delete while a start is pending (409), so within its 3 s the tool cannot delete
# it: it says so, naming it, and leaves it to a background delete that asks until it can.
BYOC_LOCAL_TRANSITION_MS=8000 start_local --build-seconds 0 || { not_ok "byoc-local restarts slow"; finish; exit 1; }
interrupt "byoc-sandbox create, waiting for started" INT 1.5 "$BINDIR/byoc-sandbox" create --snapshot seed-base \
	--name int-slow --environment env-int
slow=$(api GET /sandbox/int-slow | jq -r .id)
check "...it names the sandbox it could not delete in that time" \
	grep -q "could not delete int-slow ($slow), it is left: .*409" "$TEST_TMP/int.err"
check "...and says a background delete has it" grep -q "left to a background 'byoc-sandbox delete'" "$TEST_TMP/int.err"
refute "...and does not claim to have deleted it" grep -q "deleted int-slow" "$TEST_TMP/int.err"
gone() { [ "$(api GET "/sandbox/$1" -o /dev/null -w '%{http_code}')" = 404 ] || [ "$(api GET "/sandbox/$1" | jq -r .state)" = destroyed ]; }
for i in $(seq 1 300); do gone "$slow" && break; sleep 0.1; done
check "...which deletes it once the start is done" gone "$slow"
# it exits once it saw the delete through: give it a moment after the sandbox is gone
for i in $(seq 1 50); do [ -z "$(pgrep -f "byoc-sandbox delete --timeout 120 $slow")" ] && break; sleep 0.1; done
check "...and ends" test -z "$(pgrep -f "byoc-sandbox delete --timeout 120 $slow")"

# byoc-prepare's own cleanup has the same 3 s and the same hand-off: SIGTERM while the sandbox
# it created is starting (its delete refused with a 409 until the start is done)
prep_recipe() { # NAME [DATA_DIR]: a recipe of a sandbox NAME (and a dataset) from seed-base
	jq -n --arg name "$1" --arg data "${2:-}" '{version: 1, snapshot: {name: "seed-base"},
		sandbox: {name: $name, environment: "env-int"}, commands: [{run: "true"}]}
		+ (if $data == "" then {} else {datasets: [{path: $data, dest: "/home/daytona/data"}]} end)' \
		>"$TEST_TMP/$1.json"
	echo "$TEST_TMP/$1.json"
}
interrupt "byoc-prepare, its sandbox starting" TERM 1.5 "$BINDIR/byoc-prepare" "$(prep_recipe int-prep)" \
	--log-file "$TEST_TMP/prep.log"
prep=$(api GET /sandbox/int-prep | jq -r .id)
check "...it names the sandbox it could not delete in that time" \
	grep -q "could not delete int-prep ($prep), it is left: .*409" "$TEST_TMP/int.err"
check "...and says a background delete has it" grep -q "left to a background 'byoc-sandbox delete'" "$TEST_TMP/int.err"
refute "...and does not claim to have deleted it" grep -q "deleted int-prep" "$TEST_TMP/int.err"
for i in $(seq 1 300); do gone "$prep" && break; sleep 0.1; done
check "...which deletes it once the start is done" gone "$prep"
stop_local

# ... and SIGINT in the middle of a seed (every upload held 20 s): the seed ends, then the sandbox goes
start_local --build-seconds 0 --fault 'POST /toolbox/*/files/* 1 delay=20000' ||
	{ not_ok "byoc-local restarts with slow uploads"; finish; exit 1; }
mkdir -p "$TEST_TMP/data" && head -c $((1 << 20)) /dev/urandom >"$TEST_TMP/data/d.bin"
"$BINDIR/byoc-prepare" "$(prep_recipe int-seed "$TEST_TMP/data")" --log-file "$TEST_TMP/prep.log" \
	>/dev/null 2>"$TEST_TMP/int.err" &
pid=$!
for i in $(seq 1 400); do grep -q 'datasets\[0\]' "$TEST_TMP/int.err" 2>/dev/null && break; sleep 0.05; done
sleep 1
t0=$(date +%s%N)
kill -INT $pid; wait $pid; rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "byoc-prepare, mid-seed: INT ends it in $ms ms (<= 3000) with exit 130 (got $rc)" [ "$ms" -le 3000 -a "$rc" = 130 ]
check "...its seed gone with it" test -z "$(pgrep -f "$BINDIR/byoc-seed data ")"
# (a deleted sandbox is renamed at once: its id is read from what the tool said)
seeded=$(sed -n 's/.*delet[a-z]* int-seed (\([^)]*\)).*/\1/p' "$TEST_TMP/int.err" | head -n 1)
check "...it says it deleted the sandbox, or that its delete is under way" \
	grep -q "deleted int-seed ($seeded)\|deleting int-seed ($seeded): accepted" "$TEST_TMP/int.err"
[ -n "$seeded" ] || sed 's/^/#   /' "$TEST_TMP/int.err"
for i in $(seq 1 300); do [ -n "$seeded" ] && gone "$seeded" && break; sleep 0.1; done
check "...which is gone" gone "${seeded:-int-seed}"
stop_local

# 4. inputs that never end: a FIFO as a seed's source or as a Dockerfile is refused at once
start_local --build-seconds 0 || { not_ok "byoc-local restarts"; finish; exit 1; }
mkfifo "$TEST_TMP/fifo"
sleep 60 >"$TEST_TMP/fifo" &
writer=$!
expect_exit 2 "byoc-seed file of a FIFO is refused, not read forever" timeout 10 "$BINDIR/byoc-seed" file "$SBX" "$TEST_TMP/fifo" /home/daytona/z.bin 2>/dev/null
timeout 10 "$BINDIR/byoc-snapshot" name -f "$TEST_TMP/fifo" >/dev/null 2>&1; rc=$?
check "byoc-snapshot name -f FIFO is refused, not read forever (exit $rc)" [ "$rc" != 0 -a "$rc" != 124 ]
kill $writer 2>/dev/null
check "...nothing of the refused seed is in the sandbox" test -z "$(sbx_exec 'ls -A /home/daytona | grep -e z.bin -e byoc-seed')"
finish
