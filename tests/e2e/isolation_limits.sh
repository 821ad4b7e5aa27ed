#!/usr/bin/env bash
# A sandbox's limits, tried from inside real byoc-local sandboxes (issue 16, points 2 and 5):
# a fork bomb and an allocation past memory fail inside that sandbox only (byoc-local and
# another sandbox keep serving); a command's timeout and a client that hangs up end every
# process the command started, setsid ones included; stopping a sandbox leaves no cgroup.
source "$(dirname "$0")/lib.sh"
export BYOC_LOCAL_TRANSITION_MS=50
start_local --build-seconds 0.2 || { echo "not ok - byoc-local starts"; exit 1; }
grep -q "without cpu, memory and process limits\|no usable cgroup" "$TEST_TMP/local.log" &&
	{ skip "no cgroups on this machine (byoc-local said so at start)"; finish; exit 0; }
BASE=${LOCAL_URL%/api}
AUTH="Authorization: Bearer $DAYTONA_API_KEY"
source "$(dirname "$0")/_isolation_lib.sh"
new_sandbox() {
	local id i
	id=$(api POST /sandbox -H 'content-type: application/json' -d "$1" | jq -r .id)
	for i in $(seq 1 100); do [ "$(api GET "/sandbox/$id" | jq -r .state)" = started ] && break; sleep 0.1; done
	echo "$id"
}
# cgroup paths of a sandbox, whichever hierarchy the machine has
cg_dirs() { ls -d /sys/fs/cgroup/byoc-local/"$1" /sys/fs/cgroup/*/byoc-local/"$1" 2>/dev/null; }

api POST /snapshots -H 'content-type: application/json' -d '{"name":"lim","imageName":"debian:12"}' >/dev/null
for i in $(seq 1 100); do [ "$(api GET /snapshots/lim | jq -r .state)" = active ] && break; sleep 0.1; done
A=$(new_sandbox '{"snapshot":"lim"}')
B=$(new_sandbox '{"snapshot":"lim"}')
check "two sandboxes started" test "$(api GET "/sandbox/$B" | jq -r .state)" = started
check "each started sandbox has its own cgroup" test -n "$(cg_dirs "$A")" -a -n "$(cg_dirs "$B")"
mem=$(api GET "/sandbox/$A" | jq -r .memory)
lim=$(cat /sys/fs/cgroup/byoc-local/"$A"/memory.max /sys/fs/cgroup/memory/byoc-local/"$A"/memory.limit_in_bytes 2>/dev/null | head -n 1)
check "its memory limit is the sandbox's memory ($mem GiB)" test "$lim" = $((mem << 30))
check "a command runs in its sandbox's cgroup" grep -q "byoc-local/$A/c" <<<"$(run "$A" 'cat /proc/self/cgroup')"

# a fork bomb: fails inside A, the rest keeps serving
start=$(date +%s)
# (the shell then spins without forking, so that the timeout, not a failed fork, ends it)
ex "$A" "$(jq -cn '{command:"bomb() { bomb | bomb & }; bomb; while :; do :; done", timeout:4}')" >/dev/null
n=$(cat /sys/fs/cgroup/pids/byoc-local/"$A"/pids.max /sys/fs/cgroup/byoc-local/"$A"/pids.max 2>/dev/null | head -n 1)
check "fork bomb: the command ended within its timeout" test $(( $(date +%s) - start )) -lt 30
check "fork bomb: byoc-local still serves" test "$(curl -s -o /dev/null -w '%{http_code}' "$LOCAL_URL/health")" = 200
check "fork bomb: another sandbox still runs commands" test "$(run "$B" 'echo fine')" = fine
check "fork bomb: none of its processes is left (pids.max $n)" test "$(run "$A" 'ls /proc | grep -c "^[0-9]"')" -lt 10

# an allocation past the sandbox's memory
out=$(run "$A" "python3 -c 'b = bytearray($(( (mem + 1) << 30 ))); b[::4096] = b\"x\" * len(b[::4096]); print(\"alloc\" + \"ated\")' 2>&1; echo \"exit \$?\"")
check "allocating $((mem + 1)) GiB in a $mem GiB sandbox fails" grep -qE "exit (137|1)$" <<<"$out"
refute "the allocation never completed" grep -q allocated <<<"$out"
check "after it, another sandbox still runs commands" test "$(run "$B" 'echo fine')" = fine

# setsid under a timeout: everything the command started ends
ex "$A" "$(jq -cn '{command:"setsid sleep 301 & setsid sh -c \"sleep 302\" & sleep 100", timeout:2}')" >/dev/null
check "timeout answers 408" test "$(cat "$TEST_TMP/code")" = 408
sleep 0.5
check "timeout: no process started with setsid survives" test -z "$(run "$A" 'ps -eo args | grep "^sleep 30[12]"')"

# a client that hangs up on a long execute
ex "$A" "$(jq -cn '{command:"setsid sleep 303 & sleep 304"}')" -m 2 >/dev/null
for i in $(seq 1 30); do [ -z "$(run "$A" 'ps -eo args | grep "^sleep 30[34]"')" ] && break; sleep 0.2; done
check "a vanished client: the command and what it started with setsid end" \
	test -z "$(run "$A" 'ps -eo args | grep "^sleep 30[34]"')"
check "a background process of a command that ended normally survives" \
	test "$(run "$A" 'setsid sleep 305 >/dev/null 2>&1 & echo started' && run "$A" 'ps -eo args | grep -c "^sleep 305"')" = $'started\n1' \
	-o "$(run "$A" 'ps -eo args | grep -c "^sleep 305"')" = 1

# a write past the sandbox's disk: ENOSPC inside it, nothing on the host's disk
if grep -q "no disk limit" "$TEST_TMP/local.log"; then
	skip "no disk limit on this machine (byoc-local said so at start)"
else
	api POST /snapshots -H 'content-type: application/json' -d '{"name":"small","imageName":"debian:12","disk":1}' >/dev/null
	for i in $(seq 1 100); do [ "$(api GET /snapshots/small | jq -r .state)" = active ] && break; sleep 0.1; done
	S=$(new_sandbox '{"snapshot":"small"}')
	check "a 1 GiB sandbox sees a disk of about 1 GiB" \
		test "$(run "$S" "df -B1M --output=size / | tail -n 1 | tr -d ' '")" -lt 1100
	out=$(run "$S" 'dd if=/dev/zero of=/home/daytona/big bs=1M count=1200 2>&1; echo "exit $?"')
	check "writing 1200 MiB into a 1 GiB sandbox fails with 'No space left on device'" \
		grep -q "No space left on device" <<<"$out"
	check "after it, another sandbox still runs commands" test "$(run "$B" 'echo fine')" = fine
	run "$S" 'rm -f /home/daytona/big' >/dev/null
	check "its root is its own file system (nosuid, nodev)" \
		grep -q "nosuid,nodev" <<<"$(run "$S" "awk '\$2==\"/\"{print \$4}' /proc/mounts")"
	api DELETE "/sandbox/$S" >/dev/null
	for i in $(seq 1 100); do [ ! -e "$LOCAL_STATE/sandboxes/$S/disk.img" ] && break; sleep 0.1; done
	check "a deleted sandbox leaves no disk image and no mount" \
		test ! -e "$LOCAL_STATE/sandboxes/$S/disk.img" -a -z "$(grep "$S" /proc/mounts)"
fi

# commands that ended leave no cgroup leaf behind (B ran several, none left a process)
for i in 1 2 3 4 5; do run "$B" true >/dev/null; done
sleep 0.2
left=$(find "$(cg_dirs "$B" | head -n 1)" -mindepth 1 -maxdepth 1 -type d -name 'c[0-9]*' | wc -l)
check "commands that ended leave no cgroup leaf behind ($left left)" test "$left" = 0

# a WORKDIR replaced by a link to /etc: the chown at the next start does not follow it
df=$'FROM debian:12\nWORKDIR /work\n'
api POST /snapshots -H 'content-type: application/json' \
	-d "$(jq -cn --arg d "$df" '{name:"wd",buildInfo:{dockerfileContent:$d}}')" >/dev/null
for i in $(seq 1 100); do [ "$(api GET /snapshots/wd | jq -r .state)" = active ] && break; sleep 0.1; done
W=$(new_sandbox '{"snapshot":"wd"}')
run "$W" 'cd / && rm -rf /work && ln -s /etc /work && echo planted' >/dev/null
api POST "/sandbox/$W/stop" >/dev/null
for i in $(seq 1 100); do [ "$(api GET "/sandbox/$W" | jq -r .state)" = stopped ] && break; sleep 0.1; done
api POST "/sandbox/$W/start" >/dev/null
for i in $(seq 1 100); do [ "$(api GET "/sandbox/$W" | jq -r .state)" = started ] && break; sleep 0.1; done
check "a planted WORKDIR link is not followed by the chown at start (/etc stays root's)" \
	test "$(stat -c %u "$LOCAL_STATE/sandboxes/$W/root/etc")" = 0

# stop: the cgroups go
api POST "/sandbox/$A/stop" >/dev/null
for i in $(seq 1 100); do [ "$(api GET "/sandbox/$A" | jq -r .state)" = stopped ] && break; sleep 0.1; done
check "a stopped sandbox leaves no cgroup" test -z "$(cg_dirs "$A")"
stop_local
check "a stopped byoc-local leaves no cgroup" test -z "$(cg_dirs "$B")"
check "a stopped byoc-local leaves no mount" test -z "$(grep "$LOCAL_STATE" /proc/mounts)"
finish
