#!/usr/bin/env bash
# byoc-local's own contract: URL line, auth, listen policy, sandbox API and state machine,
# durability across kill -9, one server per state dir, fault injection, auto-stop timers.
source "$(dirname "$0")/lib.sh"

# jq-free JSON: jget EXPR reads a document on stdin and prints d<EXPR> (python syntax).
jget() { python3 -c 'import json,sys
d=json.load(sys.stdin)
v=eval("d"+sys.argv[1])
print(json.dumps(v) if isinstance(v,(dict,list,bool)) or v is None else v)' "$1"; }
# status METHOD PATH [curl args]: prints the HTTP status only.
status() { local m=$1 p=$2; shift 2; curl -s -o /dev/null -w '%{http_code}' -X "$m" -H "Authorization: Bearer $DAYTONA_API_KEY" "$@" "$LOCAL_URL$p"; }
post() { api POST "$1" -H 'Content-Type: application/json' -d "$2"; }
has() { grep -q -- "$1" <<<"$2"; }
# wait_state ID STATE: polls GET /sandbox/ID until its state is STATE (10 s).
wait_state() {
	local i s
	for i in $(seq 1 200); do
		s=$(api GET "/sandbox/$1" | jget '["state"]' 2>/dev/null)
		[ "$s" = "$2" ] && return 0
		sleep 0.05
	done
	echo "state of $1 is '$s', want '$2'" >&2
	return 1
}

SNAP=e2e-snap
SNAP_ID=5e2e0000-0000-4000-8000-000000000001
seed_snapshot() { # a ready snapshot document, as the snapshot module stores them
	mkdir -p "$LOCAL_STATE/snapshots"
	cat >"$LOCAL_STATE/snapshots/$SNAP_ID.json" <<EOF
{"id":"$SNAP_ID","organizationId":"$(cat "$LOCAL_STATE/org-id" 2>/dev/null || echo e2e-org)","general":false,"name":"$SNAP","imageName":"python:3.12-slim","state":"active","cpu":2,"gpu":0,"mem":4,"disk":10,"createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}
EOF
}

# ---- serving ------------------------------------------------------------------------
LOCAL_STATE=$TEST_TMP/state
mkdir -p "$LOCAL_STATE"
echo e2e-org >"$LOCAL_STATE/org-id"
seed_snapshot
start_local || { not_ok "byoc-local starts"; finish; exit 1; }
check "prints its URL on stdout, one line" \
	bash -c "[ \$(wc -l <'$TEST_TMP/local.url') -eq 1 ] && grep -qE '^http://127\.0\.0\.1:[0-9]+/api$' '$TEST_TMP/local.url'"
check "health answers" bash -c "curl -sf '$LOCAL_URL/health' | grep -q ok"

body=$(curl -s "$LOCAL_URL/sandbox")
check "401 without a key" test "$(curl -s -o /dev/null -w '%{http_code}' "$LOCAL_URL/sandbox")" = 401
check "401 body is NestJS's shape" test "$(jget '["statusCode"],d["error"],d["message"],d["path"],"timestamp" in d' <<<"$body")" = \
	"$(printf '%s' "(401, 'Unauthorized', 'Unauthorized', '/api/sandbox', True)")"
check "401 with a wrong key" test "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer nope' "$LOCAL_URL/sandbox")" = 401
check "toolbox routes answer 401 in the proxy's Go shape" has '"code":"UNAUTHORIZED"' "$(curl -s "${LOCAL_URL%/api}/toolbox/x/files/info?path=/")"
head -c $((9 << 20)) /dev/zero >"$TEST_TMP/big"
check "a buffered body over 8 MiB is 413" test "$(status POST /sandbox -H 'Content-Type: application/json' --data-binary @"$TEST_TMP/big")" = 413
check "unknown API route is a NestJS 404" bash -c "curl -s -H 'Authorization: Bearer $DAYTONA_API_KEY' '$LOCAL_URL/nothing' | grep -q '\"message\":\"Cannot GET /api/nothing\"'"

out=$("$BINDIR/byoc-local" --listen 0.0.0.0:0 --state "$TEST_TMP/s2" --api-key k 2>&1 </dev/null)
rc=$?
check "refuses a non-loopback address without --public (exit 4)" test "$rc" = 4
check "says why and names --public" has '--public' "$out"
out=$("$BINDIR/byoc-local" --listen 127.0.0.1:0 --state "$LOCAL_STATE" --api-key k 2>&1 </dev/null)
rc=$?
check "a second byoc-local on the same state dir is refused" test "$rc" = 4
check "the refusal says the state dir is in use" has 'is in use' "$out"
expect_exit 2 "bad --fault is a usage error" "$BINDIR/byoc-local" --fault 'GET /x 2 503' --state "$TEST_TMP/s3"
man_ok=0
for opt in $("$BINDIR/byoc-local" --help | grep -oE -- '--[a-z-]+' | sort -u); do
	sed 's/\\//g' "$BYOC_ROOT/docs/byoc-local.1" | grep -q -- "$opt" || { not_ok "man page documents $opt"; man_ok=1; }
done
[ $man_ok = 0 ] && ok "man page documents every --help option"

# ---- sandboxes -----------------------------------------------------------------------
sb=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"e2e-a\",\"labels\":{\"grp\":\"g1\",\"k\":\"v\"},\"env\":{\"A\":\"1\"}}")
id=$(jget '["id"]' <<<"$sb")
check "create answers a started sandbox" test "$(jget '["state"]' <<<"$sb")" = started
check "DTO carries toolboxProxyUrl" test "$(jget '["toolboxProxyUrl"]' <<<"$sb")" = "${LOCAL_URL%/api}/toolbox"
check "DTO defaults (user, intervals, resources from the snapshot)" test \
	"$(jget '["user"],d["autoStopInterval"],d["autoArchiveInterval"],d["autoDeleteInterval"],d["cpu"],d["memory"],d["snapshot"]' <<<"$sb")" = \
	"('daytona', 15, 10080, -1, 2, 4, '$SNAP')"
check "no private field leaks" bash -c "! grep -q '\"_' <<<'$sb'"
check "get by id" test "$(api GET "/sandbox/$id" | jget '["name"]')" = e2e-a
check "get by name" test "$(api GET /sandbox/e2e-a | jget '["id"]')" = "$id"
check "duplicate name answers 409" test "$(status POST /sandbox -H 'Content-Type: application/json' -d "{\"snapshot\":\"$SNAP\",\"name\":\"e2e-a\"}")" = 409
check "409 message is Daytona's" has 'Sandbox with name e2e-a already exists' "$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"e2e-a\"}")"
check "unknown snapshot answers 400 with Daytona's message" has 'Snapshot nope not found. Did you add it through the Daytona Dashboard?' "$(post /sandbox '{"snapshot":"nope"}')"
check "resources with a snapshot answer 400" test "$(status POST /sandbox -H 'Content-Type: application/json' -d "{\"snapshot\":\"$SNAP\",\"cpu\":4}")" = 400
check "toolbox-proxy-url by id" test "$(api GET "/sandbox/$id/toolbox-proxy-url" | jget '["url"]')" = "${LOCAL_URL%/api}/toolbox"
check "toolbox-proxy-url by name is 404" test "$(status GET /sandbox/e2e-a/toolbox-proxy-url)" = 404

ids=()
for n in 1 2 3; do
	ids+=("$(post /sandbox "{\"snapshot\":\"$SNAP\",\"labels\":{\"grp\":\"g2\",\"n\":\"$n\"}}" | jget '["id"]')")
done
q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("{\"grp\":\"g2\"}"))')
check "list by labels returns exactly the matching ones" test \
	"$(api GET "/sandbox?labels=$q" | jget '["items"]' | python3 -c 'import json,sys;print(sorted(i["id"] for i in json.load(sys.stdin)))')" = \
	"$(python3 -c 'import sys;print(sorted(sys.argv[1:]))' "${ids[@]}")"
q2=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("{\"grp\":\"g2\",\"n\":\"2\"}"))')
check "every label pair must match" test "$(api GET "/sandbox?labels=$q2" | jget '["items"][0]["id"]')" = "${ids[1]}"
check "bad labels JSON is 400 'Invalid labels JSON format'" bash -c "curl -s -H 'Authorization: Bearer $DAYTONA_API_KEY' '$LOCAL_URL/sandbox?labels=%7Bx' | grep -q 'Invalid labels JSON format'"
p1=$(api GET "/sandbox?labels=$q&limit=2")
cur=$(jget '["nextCursor"]' <<<"$p1")
p2=$(api GET "/sandbox?labels=$q&limit=2&cursor=$(python3 -c 'import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))' "$cur")")
check "first page has limit items and a cursor" test "$(jget '["items"].__len__()' <<<"$p1")" = 2 -a "$cur" != None
check "last page has the rest and nextCursor null" test "$(jget '["items"].__len__(),d["nextCursor"]' <<<"$p2")" = "(1, None)"
check "pages cover every sandbox once" test \
	"$( (jget '["items"]' <<<"$p1"; jget '["items"]' <<<"$p2") | python3 -c 'import json,sys;print(sorted(i["id"] for l in sys.stdin for i in json.loads(l)))')" = \
	"$(python3 -c 'import sys;print(sorted(sys.argv[1:]))' "${ids[@]}")"
check "limit over 200 is 400" test "$(status GET '/sandbox?limit=201')" = 400
check "list items carry toolboxProxyUrl and no env" test "$(api GET "/sandbox?labels=$q&limit=1" | jget '["items"][0].get("toolboxProxyUrl"),"env" in d["items"][0]')" = "('${LOCAL_URL%/api}/toolbox', False)"

lab=$(api PUT "/sandbox/$id/labels" -H 'Content-Type: application/json' -d '{"labels":{"only":"this"}}')
check "PUT labels replaces the whole set and returns the full Sandbox" test "$(jget '["labels"],d["id"],"env" in d' <<<"$lab")" = "({'only': 'this'}, '$id', True)"

# stop, then at once (same connection) delete and stop again: both meet the pending transition
codes=$(curl -s -o /dev/null -w '%{http_code} ' -H "Authorization: Bearer $DAYTONA_API_KEY" -X POST "$LOCAL_URL/sandbox/$id/stop" \
	--next -s -o /dev/null -w '%{http_code} ' -H "Authorization: Bearer $DAYTONA_API_KEY" -X DELETE "$LOCAL_URL/sandbox/$id" \
	--next -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $DAYTONA_API_KEY" -X POST "$LOCAL_URL/sandbox/$id/stop")
check "stop is accepted ($codes)" test "${codes%% *}" = 200
check "delete while a transition is pending is 409" test "$(cut -d' ' -f2 <<<"$codes")" = 409
check "stop while stopping is 409" test "$(cut -d' ' -f3 <<<"$codes")" = 409
check "reaches stopped" wait_state "$id" stopped
api POST "/sandbox/$id/start" >/dev/null
check "stop answers 'stopping' (clients poll)" test "$(api POST "/sandbox/$id/stop" | jget '["state"]')" = stopping
check "reaches stopped again" wait_state "$id" stopped
check "stop when stopped is 400" test "$(status POST "/sandbox/$id/stop")" = 400
check "archive answers 'archiving'" test "$(api POST "/sandbox/$id/archive" | jget '["state"]')" = archiving
check "reaches archived" wait_state "$id" archived
check "start from archived restores" test "$(api POST "/sandbox/$id/start" | jget '["state"]')" = restoring
check "reaches started" wait_state "$id" started
check "start when started is a no-op 200" test "$(status POST "/sandbox/$id/start")" = 200
check "archive when started is 400" test "$(status POST "/sandbox/$id/archive")" = 400
check "autostop/{minutes} sets the interval" test "$(api POST "/sandbox/$id/autostop/0" | jget '["autoStopInterval"]')" = 0
check "autoarchive/0 means the maximum" test "$(api POST "/sandbox/$id/autoarchive/0" | jget '["autoArchiveInterval"]')" = 43200
check "autostop/-1 is 400" test "$(status POST "/sandbox/$id/autostop/-1")" = 400

# ---- concurrency: racing creates keep names unique and the store whole ----------------
pids=()
for n in $(seq 1 8); do
	curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" \
		-H 'Content-Type: application/json' -d "{\"snapshot\":\"$SNAP\",\"name\":\"race\"}" "$LOCAL_URL/sandbox" \
		>>"$TEST_TMP/race" 2>&1 &
	pids+=($!)
done
wait "${pids[@]}"   # not a bare wait: byoc-local is a background job too
check "8 racing creates of one name: one 200, seven 409 ($(sort "$TEST_TMP/race" | uniq -c | tr -s ' \n' ' '))" \
	test "$(sort "$TEST_TMP/race" | uniq -c | awk '{print $2"x"$1}' | tr '\n' ' ')" = "200x1 409x7 "
for n in $(seq 1 8); do
	post /sandbox "{\"snapshot\":\"$SNAP\",\"labels\":{\"grp\":\"par\"}}" >/dev/null &
	pids+=($!)
	api PUT "/sandbox/$id/labels" -H 'Content-Type: application/json' -d "{\"labels\":{\"only\":\"this\",\"w\":\"$n\"}}" >/dev/null &
	pids+=($!)
done
wait "${pids[@]}"
qp=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("{\"grp\":\"par\"}"))')
check "8 parallel creates make 8 sandboxes" test "$(api GET "/sandbox?labels=$qp" | jget '["items"].__len__()')" = 8
check "every stored document is whole JSON" python3 -c 'import json,glob,sys
fs=glob.glob(sys.argv[1]+"/sandboxes/*.json")
[json.load(open(f)) for f in fs]
sys.exit(0 if len(fs)>=13 else 1)' "$LOCAL_STATE"
check "no temp files left behind" test -z "$(find "$LOCAL_STATE" -name '*.tmp')"
api PUT "/sandbox/$id/labels" -H 'Content-Type: application/json' -d '{"labels":{"only":"this"}}' >/dev/null

# ---- durability: kill -9 and restart on the same state --------------------------------
kill -9 "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null; LOCAL_PID=; unset LOCAL_PORT
start_local || { not_ok "byoc-local restarts on the same state"; finish; exit 1; }
check "sandbox survives kill -9 and restart" test "$(api GET "/sandbox/$id" | jget '["labels"]["only"]')" = this
check "it is started again after the restart" wait_state "$id" started
check "the other sandboxes survive too" test "$(api GET "/sandbox?labels=$q" | jget '["items"].__len__()')" = 3
check "all of them" test "$(api GET "/sandbox?labels=$qp" | jget '["items"].__len__()')" = 8

del=$(api DELETE "/sandbox/$id")
check "delete answers 'destroying' and renames at once" test "$(jget '["state"],d["name"].startswith("DESTROYED_e2e-a_")' <<<"$del")" = "('destroying', True)"
check "the name is free at once" test "$(status GET /sandbox/e2e-a)" = 404
ok_gone=1
for i in $(seq 1 400); do [ "$(status GET "/sandbox/$id")" = 404 ] && { ok_gone=0; break; }; sleep 0.05; done
check "404 after destroyed" test $ok_gone = 0
check "nothing left of it on disk" test ! -e "$LOCAL_STATE/sandboxes/$id.json"
again=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"name\":\"e2e-a\"}")
check "the name can be used again" test "$(jget '["state"]' <<<"$again" 2>&1)" = started || echo "$again"

# ---- another organization sees nothing -----------------------------------------------
stop_local; unset LOCAL_PORT
start_local --org-id other-org || { not_ok "restart with another org"; finish; exit 1; }
check "another organization's sandbox is 404" test "$(status GET "/sandbox/${ids[0]}")" = 404
n_other=$(api GET /sandbox | jget '["items"].__len__()' 2>&1)
check "and is not listed ($n_other)" test "$n_other" = 0
stop_local; unset LOCAL_PORT

# ---- faults -------------------------------------------------------------------------------
start_local --fault 'GET /api/sandbox 1 503' --fault 'GET /api/sandbox/x429 1 429' \
	--fault 'GET /api/sandbox/reset 1 reset' --fault '* /api/sandbox/slow 1 delay=300' || { not_ok "start with faults"; finish; exit 1; }
check "--fault 503 at rate 1 gives 503" test "$(status GET /sandbox)" = 503
hdr=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/sandbox/x429")
check "--fault 429 gives 429" has 'HTTP/1.1 429' "$hdr"
check "--fault 429 sends Retry-After: 1" has 'Retry-After: 1' "$hdr"
curl -s -o /dev/null -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/sandbox/reset"
rc=$?
check "--fault reset gives a connection reset (curl exit 56, got $rc)" test "$rc" = 56
t=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/sandbox/slow")
check "--fault delay=300 delays (${t}s)" python3 -c "import sys;sys.exit(0 if float('$t')>=0.3 else 1)"
check "faults are applied before auth" test "$(curl -s -o /dev/null -w '%{http_code}' "$LOCAL_URL/sandbox")" = 503
check "injections are logged" grep -q 'fault: GET /api/sandbox -> 503' "$TEST_TMP/local.log"
check "other routes are untouched" test "$(status GET "/sandbox/${ids[0]}")" = 200
stop_local; unset LOCAL_PORT

# ---- real timers: auto-stop and ephemeral delete (a minute shortened to 100 ms) -----------
BYOC_LOCAL_MINUTE_MS=100 start_local || { not_ok "start with short minutes"; finish; exit 1; }
a=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"autoStopInterval\":2}" | jget '["id"]')
check "auto-stop stops an idle sandbox" wait_state "$a" stopped
e=$(post /sandbox "{\"snapshot\":\"$SNAP\",\"autoDeleteInterval\":0}" | jget '["id"]')
check "ephemeral: archive is refused" test "$(status POST "/sandbox/$e/archive")" = 400
api POST "/sandbox/$e/stop" >/dev/null
ok_gone=1
for i in $(seq 1 100); do [ "$(status GET "/sandbox/$e")" = 404 ] && { ok_gone=0; break; }; sleep 0.05; done
check "ephemeral: stop deletes it" test $ok_gone = 0

finish
