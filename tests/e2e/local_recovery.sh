#!/usr/bin/env bash
# byoc-local never leaves a sandbox in a transition for ever (what make soak found):
#  - a lifecycle change the store cannot write answers 500 and leaves the sandbox as it was
#    (not pending with no thread to settle it, where every later stop or delete is 409);
#  - transitions cut by kill -9 (create, stop, delete) settle after the restart, and the
#    sandboxes can then be stopped and deleted.
source "$(dirname "$0")/lib.sh"

jget() { python3 -c 'import json,sys
d=json.load(sys.stdin)
v=eval("d"+sys.argv[1])
print(json.dumps(v) if isinstance(v,(dict,list,bool)) or v is None else v)' "$1"; }
status() { local m=$1 p=$2; shift 2; curl -s -o /dev/null -w '%{http_code}' -X "$m" -H "Authorization: Bearer $DAYTONA_API_KEY" "$@" "$LOCAL_URL$p"; }
post() { api POST "$1" -H 'Content-Type: application/json' -d "$2"; }
# wait_state ID STATE: polls GET /sandbox/ID until its state is STATE (15 s).
wait_state() {
	local i s
	for i in $(seq 1 300); do
		s=$(api GET "/sandbox/$1" | jget '["state"]' 2>/dev/null)
		[ "$s" = "$2" ] && return 0
		sleep 0.05
	done
	echo "state of $1 is '$s', want '$2'" >&2
	return 1
}
wait_gone() {
	local i
	for i in $(seq 1 300); do
		[ "$(status GET "/sandbox/$1")" = 404 ] && return 0
		sleep 0.05
	done
	return 1
}

SNAP=e2e-snap
SNAP_ID=5e2e0000-0000-4000-8000-000000000002
LOCAL_STATE=$TEST_TMP/state
mkdir -p "$LOCAL_STATE/snapshots"
echo e2e-org >"$LOCAL_STATE/org-id"
cat >"$LOCAL_STATE/snapshots/$SNAP_ID.json" <<EOF
{"id":"$SNAP_ID","organizationId":"e2e-org","general":false,"name":"$SNAP","imageName":"python:3.12-slim","state":"active","cpu":1,"gpu":0,"mem":1,"disk":3,"createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}
EOF
export BYOC_LOCAL_TRANSITION_MS=300
start_local || { not_ok "byoc-local starts"; finish; exit 1; }

# ---- a change the store cannot write ---------------------------------------------------
id=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"rec-a\"}" | jget '["id"]')
check "a sandbox is created and started" wait_state "$id" started
# A directory where the store writes its temp file makes the write fail (also for root).
mkdir "$LOCAL_STATE/sandboxes/.$id.json.tmp"
check "stop that cannot be stored is 500" test "$(status POST "/sandbox/$id/stop")" = 500
check "delete that cannot be stored is 500" test "$(status DELETE "/sandbox/$id")" = 500
rmdir "$LOCAL_STATE/sandboxes/.$id.json.tmp"
check "the sandbox is left as it was: started, not stopping" test "$(api GET "/sandbox/$id" | jget '["state"]')" = started
check "and keeps its name (the failed delete did not rename it)" test "$(api GET "/sandbox/rec-a" | jget '["id"]')" = "$id"
check "stop then works" test "$(status POST "/sandbox/$id/stop")" = 200
check "reaches stopped" wait_state "$id" stopped
check "delete then works" test "$(status DELETE "/sandbox/$id")" = 200
check "and the sandbox goes away" wait_gone "$id"

# ---- transitions cut by kill -9 settle after the restart -------------------------------
b=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"rec-b\"}" | jget '["id"]')
c=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"rec-c\"}" | jget '["id"]')
wait_state "$b" started && wait_state "$c" started
check "stop is accepted" test "$(status POST "/sandbox/$b/stop")" = 200
check "delete is accepted" test "$(status DELETE "/sandbox/$c")" = 200
# a create whose transition the kill cuts (the create answer itself is lost)
curl -s -o /dev/null -m 5 -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'Content-Type: application/json' \
	-d "{\"snapshot\":\"$SNAP\",\"name\":\"rec-d\"}" "$LOCAL_URL/sandbox" &
cpid=$!
sleep 0.1
inits=$(pgrep -P "$LOCAL_PID" | tr '\n' ' ')   # the sandboxes' PID 1s, children of byoc-local
kill -9 "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null; LOCAL_PID=
wait "$cpid" 2>/dev/null
alive() { running $inits; }
alive_none() { local i; for i in $(seq 1 50); do [ "$(alive)" = 0 ] && return 0; sleep 0.1; done; return 1; }
check "the killed byoc-local had running sandboxes, still running ($(alive) of them)" test "$(alive)" -gt 0
check "the kill left transitions pending on disk" python3 -c 'import json,glob,sys
sys.exit(0 if any(json.load(open(f)).get("_pending") for f in glob.glob(sys.argv[1]+"/sandboxes/*.json")) else 1)' "$LOCAL_STATE"
start_local || { not_ok "byoc-local restarts on the same state"; finish; exit 1; }
check "the restarted byoc-local killed the inits it could not adopt (init.pid)" alive_none
check "the cut stop settles: stopped" wait_state "$b" stopped
check "the cut delete settles: gone" wait_gone "$c"
d=$(api GET /sandbox/rec-d | jget '["id"]')
check "the cut create settles: started" wait_state "$d" started
check "nothing is left pending" python3 -c 'import json,glob,sys,time
for i in range(100):
    if not any(json.load(open(f)).get("_pending") for f in glob.glob(sys.argv[1]+"/sandboxes/*.json")): sys.exit(0)
    time.sleep(0.05)
sys.exit(1)' "$LOCAL_STATE"
check "the created one stops" test "$(status POST "/sandbox/$d/stop")" = 200
check "and reaches stopped" wait_state "$d" stopped
check "both can be deleted" test "$(status DELETE "/sandbox/$b") $(status DELETE "/sandbox/$d")" = "200 200"
check "and go away" bash -c "$(declare -f wait_gone status); LOCAL_URL='$LOCAL_URL' DAYTONA_API_KEY='$DAYTONA_API_KEY'; wait_gone '$b' && wait_gone '$d'"

# ---- a request that comes in as soon as the restarted byoc-local listens -----------------
# (the soak: clients retry on the same port, so they come in before the restart's clean-up of
# the killed byoc-local's inits, which then killed the sandbox the request had just booted:
# an execute answered exit -1 with no output, and the old init, its init.pid overwritten,
# was left running)
e=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"rec-e\"}" | jget '["id"]')
wait_state "$e" started
tb=$(api GET "/sandbox/$e" | jget '["toolboxProxyUrl"]')
tb=${tb%/}/$e
inits=$(pgrep -P "$LOCAL_PID" | tr '\n' ' ')
kill -9 "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null; LOCAL_PID=
# asks until the port answers (curl exit 7: nothing listens yet) and while the sandbox is in
# its restart's transition (409), as byoc's clients do
( for i in $(seq 1 1000); do
	curl -s -m 30 -o "$TEST_TMP/early.json" -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" \
		-H 'Content-Type: application/json' -d '{"command":"sleep 2; echo done","timeout":20}' \
		"$tb/process/execute"
	[ $? = 7 ] || grep -q '"statusCode":409' "$TEST_TMP/early.json" || break
	sleep 0.01
done ) &
epid=$!
start_local || { not_ok "byoc-local restarts on the same state"; finish; exit 1; }
wait "$epid"
check "an execute that came in as the restart began ran to its end (got $(cat "$TEST_TMP/early.json"))" \
	grep -q '"exitCode":0,"result":"done' "$TEST_TMP/early.json"
check "no init of the killed byoc-local is left running" alive_none
check "the restart killed only what the killed byoc-local left" test "$(grep -c "sandbox $e: killed init" "$TEST_TMP/local.log")" -le 2

# ---- a sandbox init that hangs before exec fails its own start, not every later one -----
stop_local
BYOC_LOCAL_TEST_BOOT_STALL=1 BYOC_LOCAL_BOOT_TIMEOUT_MS=1000 start_local ||
	{ not_ok "byoc-local starts with a stalling init"; finish; exit 1; }
t0=$(date +%s)
for n in 1 2 3; do
	curl -s -o "$TEST_TMP/stall$n" -w '%{http_code}' -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" \
		-H 'Content-Type: application/json' -d "{\"snapshot\":\"$SNAP\",\"name\":\"stall-$n\"}" \
		"$LOCAL_URL/sandbox" >"$TEST_TMP/stall$n.code" &
done
for n in 1 2 3; do
	for i in $(seq 1 300); do [ -s "$TEST_TMP/stall$n.code" ] && break; sleep 0.1; done
done
t=$(($(date +%s) - t0))
check "three creates whose init hangs all answer within 15 s (took $t s)" test "$t" -le 15
check "each is 400 'Sandbox failed to start' naming the boot timeout" \
	bash -c "grep -l 'did not get ready within 1000 ms' '$TEST_TMP'/stall[123] | wc -l | grep -qx 3"
for n in 1 2 3; do
	s=$(api GET "/sandbox/stall-$n" | jget '["state"],d["id"]')
	check "stall-$n is settled as error" test "${s%%,*}" = "('error'"
	sid=$(api GET "/sandbox/stall-$n" | jget '["id"]')
	check "stall-$n can be deleted" test "$(status DELETE "/sandbox/$sid")" = 200
	check "and goes away" wait_gone "$sid"
done
check "no stalled init is left running" test -z "$(pgrep -f "byoc-local .*--state $LOCAL_STATE" | grep -vx "$LOCAL_PID")"

# ---- a restart whose default sandbox-facing port (--listen's + 1) was taken meanwhile ------
stop_local
# the holder says when it listens (the port may linger a moment after the stop)
python3 -c 'import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
for _ in range(100):
    try:
        s.bind(("127.0.0.1", int(sys.argv[1]))); break
    except OSError:
        time.sleep(0.1)
s.listen(1); open(sys.argv[2], "w").write("up"); time.sleep(60)' $((LOCAL_PORT + 1)) "$TEST_TMP/holder.up" &
holder=$!
for i in $(seq 1 150); do [ -s "$TEST_TMP/holder.up" ] && break; sleep 0.1; done
check "byoc-local restarts though its sandbox-facing port $((LOCAL_PORT + 1)) is taken" start_local
check "...on a free one it names" bash -c "grep -q 'sandbox-facing port $((LOCAL_PORT + 1)) is taken' '$TEST_TMP/local.log' &&
	! grep -q ':$((LOCAL_PORT + 1))\$' '$LOCAL_STATE/sandbox-api.url'"
kill "$holder" 2>/dev/null
finish
