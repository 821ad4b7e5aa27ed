#!/usr/bin/env bash
# byoc-local's real sandboxes and toolbox over HTTP (issue 2, points 6 and 7; contract.md §5):
# uploads (bulk, chunked, single, 50 MiB with a flat RSS) and downloads with equal sha256,
# bulk-download multipart, info/folder/permissions/list/delete, execute (exit codes, cwd, envs,
# image ENV/WORKDIR, 408), background processes surviving, uid 1000 "daytona", isolation
# between sandboxes and from the state dir, networkBlockAll, planted symlinks, git clone with
# credentials kept out of .git/config, stop/start/restart/delete.
source "$(dirname "$0")/lib.sh"

export BYOC_LOCAL_TRANSITION_MS=50
# the private git server below is on the host's loopback: forwarded into sandboxes by name
GITSRV_PORT=$(free_port)
start_local --build-seconds 0.2 --forward-host-port "$GITSRV_PORT" || { echo "not ok - byoc-local starts"; exit 1; }
BASE=${LOCAL_URL%/api}
AUTH="Authorization: Bearer $DAYTONA_API_KEY"

# post PATH JSON -> body on stdout, status in $TEST_TMP/code
post() { curl -sS -o "$TEST_TMP/body" -w '%{http_code}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
	--data-binary "$2" "$LOCAL_URL$1" >"$TEST_TMP/code"; cat "$TEST_TMP/body"; }
# tb METHOD SANDBOX PATH [curl args] -> body on stdout, status in $TEST_TMP/code
tb() {
	local m=$1 s=$2 p=$3; shift 3
	curl -sS -o "$TEST_TMP/body" -w '%{http_code}' -X "$m" -H "$AUTH" "$@" "$BASE/toolbox/$s$p" >"$TEST_TMP/code"
	cat "$TEST_TMP/body"
}
code() { cat "$TEST_TMP/code"; }
# ex SANDBOX JSON -> execute answer body (status in $TEST_TMP/code)
ex() { tb POST "$1" /process/execute -H 'Content-Type: application/json' --data-binary "$2"; }
# run SANDBOX SCRIPT -> the result text of executing SCRIPT
run() { ex "$1" "$(jq -n --arg c "$2" '{command:$c}')" | jq -r .result; }
sbx_state() { api GET "/sandbox/$1" | jq -r .state; }
wait_sbx() {
	local i
	for ((i = 0; i < 100; i++)); do
		[ "$(sbx_state "$1")" = "$2" ] && return 0
		sleep 0.1
	done
	echo "# sandbox $1 is $(sbx_state "$1"), wanted $2" >&2
	return 1
}
new_sandbox() { # JSON -> id, waits for started
	local id
	id=$(post /sandbox "$1" | jq -r .id)
	wait_sbx "$id" started >&2 && echo "$id"
}

# ---- a snapshot with ENV and WORKDIR, and sandboxes from it ----
df=$'FROM debian:12\nENV FROM_IMAGE=img GREETING=hello\nWORKDIR /work\n'
post /snapshots "$(jq -n --arg d "$df" '{name:"tbx-snap",buildInfo:{dockerfileContent:$d}}')" >/dev/null
for i in $(seq 1 100); do [ "$(api GET /snapshots/tbx-snap | jq -r .state)" = active ] && break; sleep 0.1; done
check "snapshot with ENV and WORKDIR is active" test "$(api GET /snapshots/tbx-snap | jq -r .state)" = active
A=$(new_sandbox '{"snapshot":"tbx-snap","env":{"FROM_SANDBOX":"sbx"}}')
B=$(new_sandbox '{"snapshot":"tbx-snap"}')
C=$(new_sandbox '{"snapshot":"tbx-snap","networkBlockAll":true}')
check "three sandboxes started" test -n "$A" -a -n "$B" -a -n "$C"

# ---- identity, env, cwd, exit codes, timeout ----
check "commands run as uid 1000 named daytona, HOME /home/daytona" \
	test "$(run "$A" 'id -u; id -un; id -g; echo $HOME')" = $'1000\ndaytona\n1000\n/home/daytona'
check "image ENV, sandbox env and request envs apply; WORKDIR is the cwd" \
	test "$(ex "$A" '{"command":"echo $FROM_IMAGE $FROM_SANDBOX $R; pwd","envs":{"R":"req"}}' | jq -r .result)" = $'img sbx req\n/work'
check "cwd is honoured" test "$(ex "$A" '{"command":"pwd","cwd":"/tmp"}' | jq -r .result)" = /tmp
body=$(ex "$A" '{"command":"echo out; echo err >&2; exit 3"}')
check "exit code and combined output" test "$(jq -r '.exitCode, .result' <<<"$body")" = $'3\nout\nerr'
check "the command is a script on stdin" test "$(run "$A" $'x=5\necho $((x * 2))')" = 10
start=$(date +%s)
body=$(ex "$A" '{"command":"sleep 20","timeout":1}')
check "timeout answers 408 REQUEST_TIMEOUT quickly" \
	test "$(code)" = 408 -a "$(jq -r .code <<<"$body")" = REQUEST_TIMEOUT -a $(( $(date +%s) - start )) -lt 6
ex "$A" '{"command":"   "}' >/dev/null
check "an empty command is 400" test "$(code)" = 400
ex "$A" '{"command":"true","envs":{"BAD-KEY":"x"}}' >/dev/null
check "an invalid env key is 400" test "$(code)" = 400
run "$A" 'setsid sleep 300 >/dev/null 2>&1 & echo $! > /home/daytona/bg.pid' >/dev/null
check "a process started with setsid & is alive in the next execute" \
	test "$(run "$A" 'kill -0 $(cat /home/daytona/bg.pid) && echo alive')" = alive

# ---- sessions ----
tb POST "$A" /process/session -H 'Content-Type: application/json' -d '{"sessionId":"s1"}' >/dev/null
check "session create is 201" test "$(code)" = 201
tb POST "$A" /process/session -H 'Content-Type: application/json' -d '{"sessionId":"s1"}' >/dev/null
check "a second session with the same id is 409" test "$(code)" = 409
sx() { tb POST "$A" /process/session/s1/exec -H 'Content-Type: application/json' "$@"; }
sx -d '{"command":"cd /tmp && export V=42"}' >/dev/null
body=$(sx -H 'X-Daytona-SDK-Version: 0.218.0' -d '{"command":"pwd; echo $V; echo e >&2; false"}')
check "session exec keeps the shell's state (cwd, variables) and answers output/exitCode/stdout/stderr" \
	test "$(jq -c '[.output, .exitCode, .stdout, .stderr]' <<<"$body")" = '["/tmp\n42\ne\n",1,"/tmp\n42\n","e\n"]'
body=$(sx -d '{"command":"pwd"}')
check "without an SDK version header exec has no stdout/stderr fields" test "$(jq -c '[.output, .stdout]' <<<"$body")" = '["/tmp\n",null]'
cmd=$(sx -d '{"command":"sleep 1; echo later","runAsync":true}' | jq -r .cmdId)
check "async session exec is 202 with a cmdId" test "$(code)" = 202 -a -n "$cmd"
check "the command has no exitCode while it runs" test "$(tb GET "$A" "/process/session/s1/command/$cmd" | jq -r .exitCode)" = null
for i in $(seq 1 50); do [ "$(tb GET "$A" "/process/session/s1/command/$cmd" | jq -r .exitCode)" = 0 ] && break; sleep 0.1; done
check "then its exitCode appears" test "$(tb GET "$A" "/process/session/s1/command/$cmd" | jq -r .exitCode)" = 0
check "logs are text/plain for old clients" test "$(tb GET "$A" "/process/session/s1/command/$cmd/logs")" = later
check "logs are JSON for SDK >= 0.167" \
	test "$(tb GET "$A" "/process/session/s1/command/$cmd/logs" -H 'X-Daytona-SDK-Version: 0.218.0' | jq -c .)" = '{"output":"later\n","stdout":"later\n","stderr":""}'
check "get session lists its commands" test "$(tb GET "$A" /process/session/s1 | jq '.commands | length')" = 4
tb DELETE "$A" /process/session/s1 >/dev/null
check "delete session is 204, then 404" test "$(code)" = 204 -a "$(tb GET "$A" /process/session/s1 >/dev/null; code)" = 404

# ---- uploads and downloads ----
head -c $((50 << 20)) /dev/urandom >"$TEST_TMP/big.bin"
want=$(sha256sum <"$TEST_TMP/big.bin" | cut -d' ' -f1)
hwm_before=$(awk '/VmHWM/ {print $2}' /proc/$LOCAL_PID/status)
body=$(tb POST "$A" /files/bulk-upload -H 'Transfer-Encoding: chunked' \
	-F 'files[0].path=/home/daytona/up/big.bin' -F "files[0].file=@$TEST_TMP/big.bin;filename=/home/daytona/up/big.bin")
check "bulk upload (chunked) of 50 MiB answers the path and bytes" \
	test "$(code)" = 200 -a "$(jq -c .files <<<"$body")" = '[{"path":"/home/daytona/up/big.bin","bytes":52428800}]'
hwm_after=$(awk '/VmHWM/ {print $2}' /proc/$LOCAL_PID/status)
check "byoc-local's RSS stays flat during a 50 MiB upload (+$(( (hwm_after - hwm_before) / 1024 )) MiB)" \
	test $((hwm_after - hwm_before)) -lt $((16 * 1024))
check "the bytes inside the sandbox are the uploaded ones" \
	test "$(run "$A" 'sha256sum /home/daytona/up/big.bin | cut -d" " -f1')" = "$want"
curl -sS -H "$AUTH" -o "$TEST_TMP/back.bin" "$BASE/toolbox/$A/files/download?path=/home/daytona/up/big.bin"
check "download returns the same sha256" test "$(sha256sum <"$TEST_TMP/back.bin" | cut -d' ' -f1)" = "$want"
check "uploaded files belong to daytona inside the sandbox" \
	test "$(run "$A" 'stat -c %U:%G /home/daytona/up/big.bin /home/daytona/up')" = $'daytona:daytona\ndaytona:daytona'
tb POST "$A" /files/upload'?path=rel/one.txt' -F "file=@$TEST_TMP/back.bin" >/dev/null
check "single upload with a relative path lands in the work dir" \
	test "$(code)" = 200 -a "$(run "$A" 'stat -c %s /work/rel/one.txt')" = 52428800
printf 'hello\n' >"$TEST_TMP/small.txt"
# files/upload-v2 (API v0.205): the file as the raw body, or as the multipart field "file"
body=$(tb POST "$A" '/files/upload-v2?path=/home/daytona/v2/raw.bin' -H 'Content-Type: application/octet-stream' \
	-T "$TEST_TMP/back.bin")
check "upload-v2 with a raw body (streamed) answers an UploadedFile" \
	test "$(code)" = 200 -a "$(jq -c . <<<"$body")" = '{"name":"raw.bin","path":"/home/daytona/v2/raw.bin","type":"file"}'
check "  and wrote those bytes, parents made, the sandbox user's" \
	test "$(run "$A" 'sha256sum /home/daytona/v2/raw.bin | cut -d" " -f1; stat -c %U /home/daytona/v2/raw.bin')" = "$want"$'\ndaytona'
tb POST "$A" '/files/upload-v2?path=/home/daytona/v2/raw.bin' -F "file=@$TEST_TMP/small.txt" >/dev/null
check "upload-v2 with a multipart body overwrites the file" \
	test "$(code)" = 200 -a "$(run "$A" 'cat /home/daytona/v2/raw.bin')" = "$(cat "$TEST_TMP/small.txt")"
tb POST "$A" '/files/upload-v2' -H 'Content-Type: application/octet-stream' --data-binary x >/dev/null
check "upload-v2 without ?path is 400" test "$(code)" = 400
body=$(tb POST "$A" /files/bulk-upload -F "files[0].file=@$TEST_TMP/small.txt" -F 'files[1].path=/tmp/ok.txt' \
	-F "files[1].file=@$TEST_TMP/small.txt")
check "a file part without its .path part is reported, the rest is written (400)" \
	test "$(code)" = 400 -a "$(jq -r '.errors[0]' <<<"$body")" = 'file[0]: missing .path metadata' \
	-a "$(jq -r '.files[0].path' <<<"$body")" = /tmp/ok.txt
tb POST "$A" /files/bulk-upload -H 'Content-Type: application/json' -d '{}' >/dev/null
check "a non-multipart bulk upload is 400 invalid multipart form" \
	test "$(code)" = 400 -a "$(jq -r '.errors[0]' "$TEST_TMP/body")" = 'invalid multipart form'
tb GET "$A" '/files/download?path=/nope' >/dev/null
check "download of a missing file is 404 with the daemon's error (source, FILE_NOT_FOUND)" \
	test "$(code)" = 404 -a "$(jq -r '.source + " " + .code + " " + (.statusCode | tostring)' "$TEST_TMP/body")" = "DAYTONA_DAEMON FILE_NOT_FOUND 404"
tb GET "$A" '/files/download?path=/home/daytona' >/dev/null
check "download of a directory is 400 BAD_REQUEST" test "$(code)" = 400 -a "$(jq -r .code "$TEST_TMP/body")" = BAD_REQUEST
curl -sS -D "$TEST_TMP/hdr" -H "$AUTH" -H 'Content-Type: application/json' -o "$TEST_TMP/multi" \
	-d '{"paths":["/tmp/ok.txt","/missing.txt"]}' "$BASE/toolbox/$A/files/bulk-download"
check "bulk-download answers multipart with DAYTONA-FILE-BOUNDARY" \
	grep -qi '^content-type: multipart/form-data; boundary=DAYTONA-FILE-BOUNDARY' "$TEST_TMP/hdr"
check "bulk-download has a file part named by the requested path with the bytes" \
	grep -q 'name="file"; filename="/tmp/ok.txt"' "$TEST_TMP/multi"
check "bulk-download has an error part FILE_NOT_FOUND for a missing path" \
	bash -c "grep -q 'name=\"error\"; filename=\"/missing.txt\"' '$TEST_TMP/multi' && grep -q FILE_NOT_FOUND '$TEST_TMP/multi'"
check "bulk-download ends with the closing boundary" \
	bash -c "tail -c 29 '$TEST_TMP/multi' | grep -q -- '--DAYTONA-FILE-BOUNDARY--'"
post_code=$(curl -sS -o "$TEST_TMP/body" -w '%{http_code}' -H "$AUTH" -d '{"paths":[]}' "$BASE/toolbox/$A/files/bulk-download")
check "bulk-download with no paths is 400 {error}" test "$post_code" = 400 -a "$(jq -r .error "$TEST_TMP/body")" != null

# ---- info, folder, permissions, list, delete ----
tb POST "$A" '/files/folder?path=/mnt/session/a/b&mode=750' >/dev/null
check "folder is 201 and mkdir -p with the mode" \
	test "$(code)" = 201 -a "$(run "$A" 'stat -c %a:%U /mnt/session/a/b')" = 750:daytona
tb POST "$A" '/files/folder?path=/mnt/session/a/b&mode=9z' >/dev/null
check "folder with a bad mode is 400" test "$(code)" = 400
tb POST "$A" '/files/folder?path=/tmp/ok.txt/sub' >/dev/null
check "folder where a file is in the way is 400" test "$(code)" = 400
tb POST "$A" '/files/permissions?path=/tmp/ok.txt&mode=600' >/dev/null
info=$(tb GET "$A" '/files/info?path=/tmp/ok.txt')
check "permissions then info: 0600, size, owner 1000, not a dir" \
	test "$(jq -r '[.permissions, .mode, .size, .owner, .group, .isDir, .name] | join(" ")' <<<"$info")" = "0600 -rw------- 6 1000 1000 false ok.txt"
check "info has modifiedAt (RFC 3339) and modTime" \
	test "$(jq -r '(.modifiedAt | test("^[0-9-]+T[0-9:]+Z$")) and (.modTime | length > 0)' <<<"$info")" = true
tb POST "$A" '/files/permissions?path=/tmp/ok.txt&mode=4755' >/dev/null
check "a set-uid mode is refused (400): no set-uid file on the host's disk" test "$(code)" = 400
tb POST "$A" '/files/permissions?path=/tmp/ok.txt&owner=nosuchuser' >/dev/null
check "permissions with an unknown owner is 400" test "$(code)" = 400
tb GET "$A" '/files/info?path=/nope' >/dev/null
check "info of a missing path is 404 FILE_NOT_FOUND" test "$(code)" = 404 -a "$(jq -r .code "$TEST_TMP/body")" = FILE_NOT_FOUND
check "list shows the folder" \
	test "$(tb GET "$A" '/files?path=/mnt/session/a' | jq -r '.[0].name + " " + (.[0].isDir | tostring)')" = "b true"
tb DELETE "$A" '/files?path=/mnt/session/a&recursive=true' >/dev/null
check "delete recursive is 204 and removes the tree" test "$(code)" = 204 -a "$(run "$A" 'ls /mnt/session')" = ''
check "work-dir and user-home-dir" test "$(tb GET "$A" /work-dir | jq -r .dir) $(tb GET "$A" /user-home-dir | jq -r .dir)" = "/work /home/daytona"

# ---- isolation and safety ----
run "$A" 'echo a-secret > /home/daytona/secret' >/dev/null
check "a sandbox cannot read another sandbox's files" \
	test "$(run "$B" 'cat /home/daytona/secret 2>/dev/null || echo none')" = none
check "a sandbox cannot see byoc-local's state dir" \
	test "$(run "$B" "ls '$LOCAL_STATE' 2>/dev/null || echo none; ls / | grep -c sandboxes")" = $'none\n0'
check "a sandbox sees only its own processes" test "$(run "$B" 'ps -eo comm= | grep -c "^sleep$"')" = 1
echo 'host original' >"$TEST_TMP/host-file"
run "$A" "ln -sf '$TEST_TMP/host-file' /home/daytona/evil; ln -sf ../../../../../../../..$TEST_TMP/host-file /home/daytona/evil2" >/dev/null
tb POST "$A" /files/bulk-upload -F 'files[0].path=/home/daytona/evil' -F "files[0].file=@$TEST_TMP/small.txt" \
	-F 'files[1].path=/home/daytona/evil2' -F "files[1].file=@$TEST_TMP/small.txt" >/dev/null
tb POST "$A" '/files/upload?path=/home/daytona/evil' -F "file=@$TEST_TMP/small.txt" >/dev/null
tb POST "$A" '/files/permissions?path=/home/daytona/evil&mode=777' >/dev/null
check "a symlink planted in the sandbox cannot be used to write or chmod a host file" \
	test "$(cat "$TEST_TMP/host-file"):$(stat -c %a "$TEST_TMP/host-file")" = "host original:$(stat -c %a "$TEST_TMP/small.txt")"
check "networkBlockAll: only loopback, byoc-local unreachable" \
	test "$(run "$C" "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '; curl -s -m 2 -o /dev/null $BASE/ || echo unreachable")" = $'lo\nunreachable'
check "without networkBlockAll: its own interface (pasta), byoc-local unreachable" \
	test "$(run "$B" "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | sort | tr '\n' ' '; curl -s -m 2 -o /dev/null $BASE/ || echo unreachable")" = "eth0 lo unreachable"

# ---- git clone ----
run "$B" 'git init -q -b main /tmp/r && cd /tmp/r && echo v1 > f && git add f && git -c user.email=a@b -c user.name=n commit -qm one && git branch dev && git update-server-info && echo ok' >/dev/null
tb POST "$B" /git/clone -H 'Content-Type: application/json' -d '{"url":"file:///tmp/r","path":"cl","branch":"dev"}' >/dev/null
check "git clone (branch) into a relative path is 200" \
	test "$(code)" = 200 -a "$(run "$B" 'cat /work/cl/f; git -C /work/cl rev-parse --abbrev-ref HEAD; stat -c %U /work/cl/f')" = $'v1\ndev\ndaytona'
commit=$(run "$B" 'git -C /tmp/r rev-parse HEAD')
tb POST "$B" /git/clone -H 'Content-Type: application/json' -d "{\"url\":\"file:///tmp/r\",\"path\":\"/tmp/c2\",\"commit_id\":\"$commit\"}" >/dev/null
check "git clone at a commit_id" test "$(code)" = 200 -a "$(run "$B" 'git -C /tmp/c2 rev-parse HEAD')" = "$commit"
tb POST "$B" /git/clone -H 'Content-Type: application/json' -d '{"url":"file:///tmp/nope","path":"/tmp/c3"}' >/dev/null
check "git clone of a missing repo is 404" test "$(code)" = 404
tb POST "$B" /git/clone -H 'Content-Type: application/json' -d '{"url":"file:///tmp/r","path":"/tmp/c2"}' >/dev/null
check "git clone into a non-empty directory is 409" test "$(code)" = 409
tb POST "$B" /git/clone -H 'Content-Type: application/json' -d '{"path":"/tmp/x"}' >/dev/null
check "git clone without url is 400" test "$(code)" = 400
# A dumb-HTTP git server on the host that wants Basic auth u:p4ss.
run "$B" 'cd /tmp && git clone -q --bare /tmp/r /tmp/srv.git && git -C /tmp/srv.git update-server-info && echo ok' >/dev/null
srv_dir=$TEST_TMP/git-srv
mkdir -p "$srv_dir"
cp -r "$LOCAL_STATE/sandboxes/$B/root/tmp/srv.git" "$srv_dir/"
cat >"$TEST_TMP/gitsrv.py" <<'EOF'
import base64, http.server, os, sys
want = "Basic " + base64.b64encode(b"u:p4ss").decode()
class H(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("Authorization") != want:
            self.send_response(401); self.send_header("WWW-Authenticate", 'Basic realm="git"'); self.end_headers(); return
        super().do_GET()
    def log_message(self, *a): pass
os.chdir(sys.argv[1])
s = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), H)
print(s.server_address[1], flush=True)
s.serve_forever()
EOF
python3 "$TEST_TMP/gitsrv.py" "$srv_dir" "$GITSRV_PORT" >"$TEST_TMP/gitsrv.port" &
srv_pid=$!
for i in $(seq 1 50); do [ -s "$TEST_TMP/gitsrv.port" ] && break; sleep 0.1; done
port=$(cat "$TEST_TMP/gitsrv.port")
tb POST "$B" /git/clone -H 'Content-Type: application/json' -d "{\"url\":\"http://127.0.0.1:$port/srv.git\",\"path\":\"/tmp/priv\"}" >/dev/null
check "git clone of a private repo without credentials is 401" test "$(code)" = 401
tb POST "$B" /git/clone -H 'Content-Type: application/json' \
	-d "{\"url\":\"http://127.0.0.1:$port/srv.git\",\"path\":\"/tmp/priv\",\"username\":\"u\",\"password\":\"p4ss\"}" >/dev/null
check "git clone with username/password is 200" test "$(code)" = 200 -a "$(run "$B" 'cat /tmp/priv/f')" = v1
check "the password is not in the clone's .git/config" test "$(run "$B" 'grep -rc p4ss /tmp/priv/.git/config || true')" = 0
kill "$srv_pid" 2>/dev/null

# ---- unknown sandbox, stop/start, restart, delete ----
tb GET 00000000-0000-4000-8000-000000000000 /work-dir >/dev/null
check "an unknown sandbox is 404 in the Go error shape" \
	test "$(code)" = 404 -a "$(jq -r .code "$TEST_TMP/body")" = NOT_FOUND
check "a wrong key is 401 UNAUTHORIZED" test "$(curl -sS -H 'Authorization: Bearer wrong' "$BASE/toolbox/$A/work-dir" | jq -r .code)" = UNAUTHORIZED
run "$A" 'echo kept > /home/daytona/kept.txt' >/dev/null
api POST "/sandbox/$A/stop" >/dev/null
wait_sbx "$A" stopped
check "a stopped sandbox runs nothing (no process of its host uid is left)" \
	bash -c "! pgrep -u $(stat -c %u "$LOCAL_STATE/sandboxes/$A/root/home/daytona") >/dev/null"
ex "$A" '{"command":"true"}' >/dev/null
check "toolbox calls on a stopped sandbox answer 409 CONFLICT" \
	test "$(code)" = 409 -a "$(jq -r .code "$TEST_TMP/body")" = CONFLICT
api POST "/sandbox/$A/start" >/dev/null
wait_sbx "$A" started
check "start keeps the files; the background process did not survive the stop" \
	test "$(run "$A" 'cat /home/daytona/kept.txt; ps -eo args= | grep -qx "sleep 300" || echo gone')" = $'kept\ngone'
stop_local
start_local --build-seconds 0.2 || not_ok "byoc-local restarts"
wait_sbx "$A" started
# byoc-local boots its started sandboxes again after a restart; under load the first command
# may land while that boot is under way, so allow it 10 s to come back.
for _ in $(seq 1 20); do
	got=$(run "$A" 'cat /home/daytona/kept.txt' 2>/dev/null); [ "$got" = kept ] && break; sleep 0.5
done
[ "$got" = kept ] || { echo "# last answer: $(code) $(cat "$TEST_TMP/body" 2>/dev/null | head -c 300)"; }
check "after a byoc-local restart a started sandbox runs commands again with its files" test "$got" = kept
uids=$(for s in "$A" "$B" "$C"; do stat -c %u "$LOCAL_STATE/sandboxes/$s/root/home/daytona"; done | paste -sd,)
for s in "$A" "$B" "$C"; do api DELETE "/sandbox/$s" >/dev/null; done
for s in "$A" "$B" "$C"; do
	for i in $(seq 1 100); do [ -e "$LOCAL_STATE/sandboxes/$s" ] || break; sleep 0.1; done
done
check "delete leaves nothing of the sandboxes in the state dir" \
	test -z "$(ls "$LOCAL_STATE/sandboxes" 2>/dev/null | grep -E "^($A|$B|$C)")"
check "no process of a deleted sandbox is left" bash -c "! pgrep -u '$uids' >/dev/null"
finish
