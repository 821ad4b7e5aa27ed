#!/usr/bin/env bash
# A sandbox's network, tried from inside real byoc-local sandboxes (issue 16, points 1 and
# 5): each sandbox has its own network namespace; byoc-local's API, its S3 endpoint, the
# host's other loopback services and abstract Unix sockets, and other sandboxes' listeners
# are unreachable; only the sandbox-facing listener and --forward-host-port ports are
# forwarded; a sandbox binding byoc-local's port takes nothing over; networkBlockAll leaves
# lo only; networkAllowList leaves one route per CIDR.
source "$(dirname "$0")/lib.sh"
HOST_PIDS=()
trap 'kill "${HOST_PIDS[@]}" 2>/dev/null; stop_local; rm -rf "$TEST_TMP"' EXIT
command -v pasta >/dev/null || { skip "pasta (passt) not installed"; finish; exit 0; }

# two host loopback services: one the operator forwards, one nobody named
FWD=$(free_port); HID=$(free_port)
mkdir -p "$TEST_TMP/www"; echo forwarded >"$TEST_TMP/www/index.html"
(cd "$TEST_TMP/www" && exec python3 -m http.server --bind 127.0.0.1 "$FWD" >/dev/null 2>&1) & HOST_PIDS+=($!)
(cd "$TEST_TMP/www" && exec python3 -m http.server --bind 0.0.0.0 "$HID" >/dev/null 2>&1) & HOST_PIDS+=($!)
# an abstract Unix socket on the host
ABS=byoc-iso-$$
python3 -c 'import socket,sys,time; s=socket.socket(socket.AF_UNIX); s.bind("\0"+sys.argv[1]); s.listen(); time.sleep(600)' "$ABS" &
HOST_PIDS+=($!)
for i in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$FWD/" && curl -s -o /dev/null "http://127.0.0.1:$HID/" && break; sleep 0.1; done

export BYOC_LOCAL_TRANSITION_MS=50
start_local --build-seconds 0.2 --forward-host-port "$FWD" || { echo "not ok - byoc-local starts"; exit 1; }
grep -q "pasta cannot run here" "$TEST_TMP/local.log" &&
	{ skip "pasta cannot run on this machine (byoc-local said so at start)"; finish; exit 0; }
BASE=${LOCAL_URL%/api}
AUTH="Authorization: Bearer $DAYTONA_API_KEY"
run() { # SANDBOX SCRIPT -> result
	curl -sS -X POST -H "$AUTH" -H 'content-type: application/json' "$BASE/toolbox/$1/process/execute" \
		-d "$(jq -cn --arg c "$2" '{command:$c, timeout:30}')" | jq -r .result
}
new_sandbox() {
	local id i
	id=$(api POST /sandbox -H 'content-type: application/json' -d "$1" | jq -r .id)
	for i in $(seq 1 100); do [ "$(api GET "/sandbox/$id" | jq -r .state)" = started ] && break; sleep 0.1; done
	echo "$id"
}
api POST /snapshots -H 'content-type: application/json' -d '{"name":"net","imageName":"debian:12"}' >/dev/null
for i in $(seq 1 100); do [ "$(api GET /snapshots/net | jq -r .state)" = active ] && break; sleep 0.1; done
A=$(new_sandbox '{"snapshot":"net"}')
B=$(new_sandbox '{"snapshot":"net"}')
C=$(new_sandbox '{"snapshot":"net","networkBlockAll":true}')
D=$(new_sandbox '{"snapshot":"net","networkAllowList":"10.0.0.0/8,172.16.0.0/12"}')
check "four sandboxes started" test "$(api GET "/sandbox/$D" | jq -r .state)" = started

# curl from inside: prints the HTTP code, 000 when nothing answered
reach() { run "$1" "curl -s -m 3 -o /dev/null -w '%{http_code}' '$2'"; }
check "inside, byoc-local's API is unreachable" test "$(reach "$A" "$LOCAL_URL/health")" = 000
check "inside, byoc-local's S3 endpoint is unreachable" test "$(reach "$A" "$BASE/s3/")" = 000
check "inside, byoc-local's toolbox is unreachable" test "$(reach "$A" "$BASE/toolbox/$B/files")" = 000
check "inside, the gateway is not the host's loopback" test "$(reach "$A" "http://192.0.2.1:$LOCAL_PORT/api/health")" = 000
check "inside, a host service on 0.0.0.0 nobody forwarded is unreachable" \
	test "$(reach "$A" "http://127.0.0.1:$HID/")" = 000
check "inside, the --forward-host-port service answers at 127.0.0.1:PORT" \
	test "$(run "$A" "curl -s -m 3 http://127.0.0.1:$FWD/")" = forwarded
check "inside, the sandbox-facing listener answers at the same URL as on the host" \
	test "$(reach "$A" "$LOCAL_SANDBOX_API_URL/v1/nothing")" = 404
check "the sandbox has its own interface and a default route (pasta)" \
	test "$(run "$A" "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | sort | tr '\n' ' '; awk '\$2==\"00000000\"{print \"default\"}' /proc/net/route")" = "eth0 lo default"
out=$(run "$A" "python3 -c 'import socket; s=socket.socket(socket.AF_UNIX); s.connect(\"\\0$ABS\"); print(\"connected\")' 2>&1 | tail -n 1")
check "inside, the host's abstract Unix socket is unreachable" grep -q "ConnectionRefused\|No such file" <<<"$out"

# a listener in B is out of A's reach
P=$(free_port)
run "$B" "setsid python3 -m http.server --bind 0.0.0.0 $P >/dev/null 2>&1 &
for i in \$(seq 1 50); do c=\$(curl -s -m 3 -o /dev/null -w '%{http_code}' http://127.0.0.1:$P/); [ \$c = 200 ] && break; sleep 0.1; done; echo \$c" >"$TEST_TMP/b"
check "B's listener answers inside B" test "$(cat "$TEST_TMP/b")" = 200
check "B's listener is unreachable from A" test "$(reach "$A" "http://127.0.0.1:$P/")" = 000
check "B's listener is unreachable from the host" test "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$P/")" = 000

# the port takeover: A binds byoc-local's port; byoc-local is killed and starts again
run "$A" "setsid python3 -c 'import socket,time
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((\"0.0.0.0\", $LOCAL_PORT)); s.listen(); time.sleep(120)' >/dev/null 2>&1 & sleep 0.5; echo bound" >/dev/null
check "with A holding the port in its namespace, the host still reaches byoc-local" \
	test "$(curl -s -o /dev/null -w '%{http_code}' "$LOCAL_URL/health")" = 200
kill -9 "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null
LOCAL_PORT_WAS=$LOCAL_PORT
LOCAL_PORT=$LOCAL_PORT_WAS start_local --build-seconds 0.2 --forward-host-port "$FWD"
check "byoc-local starts again on its port after being killed" test "$LOCAL_PORT" = "$LOCAL_PORT_WAS"
out=$(byoc byoc-sandbox list 2>&1)
check "byoc-sandbox list reaches the real byoc-local" grep -q "$A" <<<"$out"

# networkBlockAll and networkAllowList
# (the restarted byoc-local boots the sandboxes again: wait until C and D answer)
for i in $(seq 1 100); do [ "$(run "$C" 'echo up')$(run "$D" 'echo up')" = upup ] && break; sleep 0.1; done
check "networkBlockAll: lo only" \
	test "$(run "$C" "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '")" = lo
check "networkBlockAll: the sandbox-facing listener is unreachable too" \
	test "$(reach "$C" "$LOCAL_SANDBOX_API_URL/v1/nothing")" = 000
check "networkAllowList: one route per CIDR, no default route" \
	test "$(run "$D" "awk 'NR>1{print \$2\"/\"\$8}' /proc/net/route | sort | tr '\n' ' '")" = "0000000A/000000FF 000010AC/0000F0FF "
check "networkAllowList: the host's other services stay unreachable" test "$(reach "$D" "http://127.0.0.1:$HID/")" = 000

stop_local
check "no pasta is left running after byoc-local stopped" test -z "$(pgrep -f "pasta.*$LOCAL_STATE" || true)"
finish
