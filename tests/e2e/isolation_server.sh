#!/usr/bin/env bash
# byoc-local's own surfaces tried as an attacker would (issue 16, point 3): S3 listing and
# keys that name something outside the organization's folder ('..', '%00', '//'), a '%00'
# that cuts an API id, a second byoc-local on the port being served (SO_REUSEPORT), and
# connections that send nothing (slow headers, idle keep-alive) being closed.
source "$(dirname "$0")/lib.sh"

export BYOC_LOCAL_IDLE_SECONDS=2
start_local || { echo "not ok - byoc-local starts"; exit 1; }

json() { sed -nE "s/.*\"$1\":\"([^\"]*)\".*/\1/p"; }
PA=$(api GET /object-storage/push-access)
AK=$(json accessKey <<<"$PA"); SK=$(json secret <<<"$PA"); TOK=$(json sessionToken <<<"$PA")
SURL=$(json storageUrl <<<"$PA"); BK=$(json bucket <<<"$PA"); ORG=$(json organizationId <<<"$PA")
REGION=$(json region <<<"$PA")
s3() {
	curl -sS --path-as-is --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" \
		-H "x-amz-security-token: $TOK" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"
}
O="$SURL/$BK/$ORG"
printf 'victim' >"$TEST_TMP/v"; printf 'attack' >"$TEST_TMP/a"
s3 -o /dev/null -T "$TEST_TMP/v" "$O/victim.txt"

# ListObjectsV2 with a prefix that climbs out of the bucket's folder
for p in "$ORG/../../../../../../../../root/." "$ORG/../../../../../../../../etc/" "$ORG/../../" "$ORG//"; do
	enc=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$p")
	out=$(s3 "$SURL/$BK?list-type=2&prefix=$enc")
	check "ListObjectsV2 prefix '$p' lists nothing" grep -q "<KeyCount>0</KeyCount>" <<<"$out"
	refute "ListObjectsV2 prefix '$p' names no host file" grep -qE "passwd|org-id|\.lock|hostname" <<<"$out"
done

# %00 in a key: refused, the victim keeps its bytes
code=$(s3 -o /dev/null -w '%{http_code}' -T "$TEST_TMP/a" "$O/victim.txt%00.other")
check "PUT of 'victim.txt%00.other' is refused (400)" test "$code" = 400
check "the victim object is unchanged" test "$(s3 "$O/victim.txt")" = victim
for k in "..%2F..%2Fescape" "a%2F..%2F..%2F..%2Fescape" "a//b"; do
	code=$(s3 -o /dev/null -w '%{http_code}' -T "$TEST_TMP/a" "$O/$k")
	check "PUT of key '$ORG/$k' is refused ($code)" test "$code" = 400 -o "$code" = 403
done
refute "no file was written outside the bucket" test -e "$LOCAL_STATE/objects/escape" -o -e "$LOCAL_STATE/escape"

# %00 in an API id
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $DAYTONA_API_KEY" \
	"$LOCAL_URL/sandbox/x%00junk")
check "GET /api/sandbox/<id>%00junk is refused (400)" test "$code" = 400

# the sandbox-facing listener answers no Daytona, S3 or toolbox route
check "the sandbox-facing URL is kept in the state dir" grep -qE '^http://127\.0\.0\.1:[0-9]+$' <<<"$LOCAL_SANDBOX_API_URL"
for p in /api/health /api/sandbox /api/object-storage/push-access "/s3/$BK?list-type=2" /toolbox/x/files; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_SANDBOX_API_URL$p")
	check "the sandbox-facing listener answers $p with 404" test "$code" = 404
done

# a second byoc-local on the served address
port=$LOCAL_PORT
out=$("$BINDIR/byoc-local" --listen "127.0.0.1:$port" --state "$TEST_TMP/state2" --api-key k 2>&1 >/dev/null </dev/null &
	pid=$!; sleep 3; kill "$pid" 2>/dev/null && echo "still running"; wait "$pid" 2>/dev/null)
check "a second byoc-local on the same port exits with 'address in use'" grep -q "address in use" <<<"$out"
refute "the second byoc-local did not keep running" grep -q "still running" <<<"$out"

# connections that send nothing are closed after BYOC_LOCAL_IDLE_SECONDS
python3 - "$port" <<'PY' >"$TEST_TMP/slow.out"
import socket, sys, time
port = int(sys.argv[1])
conns = []
for i in range(3):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")   # headers never finished
    conns.append(s)
idle = socket.create_connection(("127.0.0.1", port))            # sends nothing at all
conns.append(idle)
time.sleep(6)
closed = 0
for s in conns:
    s.settimeout(1)
    try:
        closed += s.recv(1) == b""
    except OSError:
        closed += 1
print(closed)
PY
check "slow-header and idle connections are closed within a few seconds" test "$(cat "$TEST_TMP/slow.out")" = 4
check "byoc-local still serves after them" test "$(curl -s -o /dev/null -w '%{http_code}' "$LOCAL_URL/health")" = 200


stop_local
finish
