#!/usr/bin/env bash
# The isolation on machines unlike this one (issue 16, point 2): byoc-local on a cgroup v2
# hierarchy (the kernel's own, in a mount namespace where it is /sys/fs/cgroup's only
# hierarchy), and byoc-local where pasta, disk images and cgroups are all missing: it says
# so once per limit at start, its sandboxes still run with what is left (their own
# loopback only, plain files that can never carry set-id bits, process groups).
source "$(dirname "$0")/lib.sh"
export BYOC_LOCAL_TRANSITION_MS=50
[ "$(id -u)" = 0 ] || { skip "not root: no mount namespace to hide the machine's tools in"; finish; exit 0; }

BASE= AUTH=
source "$(dirname "$0")/_isolation_lib.sh"
wait_state() { # WHAT ID STATE
	local i
	for i in $(seq 1 100); do [ "$(api GET "/$1/$2" | jq -r .state)" = "$3" ] && break; sleep 0.1; done
}
new_sandbox() {
	local id
	id=$(api POST /sandbox -H 'content-type: application/json' -d '{"snapshot":"m"}' | jq -r .id)
	wait_state sandbox "$id" started
	echo "$id"
}
# start_in_ns SETUP: byoc-local in its own mount namespace, after the shell lines SETUP
start_in_ns() {
	: >"$TEST_TMP/local.log"
	printf '#!/bin/sh\nset -e\n%s\nexec "$@"\n' "$1" >"$TEST_TMP/ns.sh"
	chmod +x "$TEST_TMP/ns.sh"
	LOCAL_WRAP="unshare -m --propagation private $TEST_TMP/ns.sh" start_local --build-seconds 0.2 || return 1
	BASE=${LOCAL_URL%/api}
	AUTH="Authorization: Bearer $DAYTONA_API_KEY"
	api POST /snapshots -H 'content-type: application/json' -d '{"name":"m","imageName":"debian:12"}' >/dev/null
	wait_state snapshots m active
}

# ---- cgroup v2 ----------------------------------------------------------------------
V2=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/mounts)
if [ -z "$V2" ]; then
	skip "no cgroup2 file system mounted on this machine"
else
	# The hierarchy this machine has at $V2 becomes /sys/fs/cgroup, alone, as on a v2 system.
	start_in_ns "mount --bind '$V2' /sys/fs/cgroup" || { echo "not ok - byoc-local starts on cgroup v2"; exit 1; }
	ctl=$(cat "$V2/cgroup.controllers")
	A=$(new_sandbox)
	check "v2: a command runs in its own leaf of the sandbox's cgroup" \
		grep -qx "0::/byoc-local/$A/c[0-9]*" <<<"$(run "$A" 'grep "^0::" /proc/self/cgroup')"
	check "v2: the sandbox's cgroup is in the v2 hierarchy" test -d "$V2/byoc-local/$A"
	for c in pids memory cpu; do
		if grep -qw "$c" <<<"$ctl"; then
			check "v2: the $c controller is enabled for the sandbox" grep -qw "$c" "$V2/byoc-local/$A/cgroup.controllers"
		else
			check "v2: the missing $c controller is said once at start" \
				test "$(grep -c "no .*$c.* controller can be enabled" "$TEST_TMP/local.log")" = 1
		fi
	done
	if grep -qw memory <<<"$ctl"; then
		check "v2: memory.max is the sandbox's memory" \
			test "$(cat "$V2/byoc-local/$A/memory.max")" = $(( $(api GET "/sandbox/$A" | jq -r .memory) << 30 ))
	fi
	ex "$A" "$(jq -cn '{command:"setsid sleep 311 & setsid sh -c \"sleep 312\" & sleep 100", timeout:2}')" >/dev/null
	check "v2: timeout answers 408" test "$(cat "$TEST_TMP/code")" = 408
	sleep 0.5
	check "v2: timeout: no process started with setsid survives" \
		test -z "$(run "$A" 'ps -eo args | grep "^sleep 31[12]"')"
	ex "$A" "$(jq -cn '{command:"setsid sleep 313 & sleep 314"}')" -m 2 >/dev/null
	for i in $(seq 1 30); do [ -z "$(run "$A" 'ps -eo args | grep "^sleep 31[34]"')" ] && break; sleep 0.2; done
	check "v2: a vanished client: the command and what it started with setsid end" \
		test -z "$(run "$A" 'ps -eo args | grep "^sleep 31[34]"')"
	api POST "/sandbox/$A/stop" >/dev/null
	wait_state sandbox "$A" stopped
	check "v2: a stopped sandbox leaves no cgroup" test ! -e "$V2/byoc-local/$A"
	stop_local
fi

# ---- nothing to isolate with --------------------------------------------------------
# pasta and mkfs.ext4 hidden behind a file that cannot run, an empty read-only /sys/fs/cgroup
hide=""
for f in /usr/bin/pasta /usr/sbin/pasta /usr/sbin/mkfs.ext4; do
	[ -e "$f" ] && hide="$hide
mount --bind /dev/null $f"
done
LOCAL_STATE=$TEST_TMP/state-degraded
start_in_ns "mount -t tmpfs -o ro,size=1m tmpfs /sys/fs/cgroup$hide" ||
	{ echo "not ok - byoc-local starts with nothing to isolate with"; exit 1; }
log=$TEST_TMP/local.log
check "degraded: no network is said once at start" test "$(grep -c 'pasta .*sandboxes get no network' "$log")" = 1
check "degraded: no disk limit is said once at start" test "$(grep -c 'sandboxes get no disk limit' "$log")" = 1
check "degraded: no cgroup limits is said once at start" \
	test "$(grep -c 'sandboxes run without cpu, memory and process limits' "$log")" = 1
D=$(new_sandbox)
E=$(new_sandbox)
check "degraded: sandboxes still start and run commands" test "$(run "$D" 'echo fine')" = fine
check "degraded: a sandbox has no network but its own loopback" \
	test "$(run "$D" "awk 'NR > 2 {sub(\":\", \"\", \$1); print \$1}' /proc/net/dev")" = lo
port=$(sed -E 's|.*:([0-9]+)$|\1|' <<<"$BASE")
check "degraded: byoc-local's port is not reachable from inside" \
	test "$(run "$D" "python3 -c 'import socket; s = socket.socket(); s.settimeout(2); print(s.connect_ex((\"127.0.0.1\", $port)) != 0)'")" = True
check "degraded: the sandbox's files are plain files (no disk image)" test ! -e "$LOCAL_STATE/sandboxes/$D/disk.img"
out=$(run "$D" 'cd ~ && touch f && chmod u+s f 2>&1; echo "exit $?"; mkdir -p d && chmod g+s d 2>&1; echo "exit $?"')
check "degraded: chmod u+s is refused inside" grep -q "Operation not permitted" <<<"$out"
refute "degraded: neither chmod succeeded" grep -q "exit 0" <<<"$out"
out=$(run "$D" "cd ~ && python3 -c '
import os
for name, call in ((\"open\", lambda: os.open(\"g\", os.O_CREAT | os.O_WRONLY, 0o4755)),
                   (\"mknod\", lambda: os.mknod(\"h\", 0o102755)),
                   (\"fchmod\", lambda: os.fchmod(os.open(\"i\", os.O_CREAT | os.O_WRONLY, 0o755), 0o2755))):
    try:
        call(); print(name, \"made\")
    except OSError as e:
        print(name, e.errno)
'")
check "degraded: open(O_CREAT, 04755), mknod and fchmod with set-id bits fail with EPERM" \
	test "$out" = $'open 1\nmknod 1\nfchmod 1'
out=$(run "$D" "python3 -c '
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
for name, nr, args in ((\"openat2\", 437, (-100, b\".\", 0, 0)), (\"io_uring_setup\", 425, (1, 0))):
    r = libc.syscall(nr, *args)
    print(name, ctypes.get_errno() if r < 0 else \"ran\")
'")
check "degraded: openat2 and io_uring_setup, whose arguments a filter cannot read, answer ENOSYS" \
	test "$out" = $'openat2 38\nio_uring_setup 38'
check "degraded: ordinary modes still work" \
	test "$(run "$D" 'cd ~ && install -m 0750 /dev/null x && chmod 1777 d && stat -c %a x d | tr "\n" " "')" = "750 1777 "
check "degraded: reading and listing still work" test "$(run "$D" 'ls -d / /etc | wc -l')" = 2
check "degraded: no file of any sandbox carries a set-id bit on the host disk" \
	test -z "$(find "$LOCAL_STATE/sandboxes" -perm /6000 2>/dev/null)"
ex "$D" "$(jq -cn '{command:"sleep 321 & sleep 100", timeout:2}')" >/dev/null
check "degraded: a timeout still ends the command's process group" \
	test -z "$(run "$D" 'sleep 0.3; ps -eo args | grep "^sleep 321"')"
check "degraded: another sandbox keeps running commands" test "$(run "$E" 'echo fine')" = fine
finish
