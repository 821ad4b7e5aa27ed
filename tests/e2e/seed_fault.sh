#!/usr/bin/env bash
# byoc-seed under connection resets on the upload path (byoc-local --fault): every run ends
# either in a verified tree at DIR or with DIR exactly as it was, never a partial one, and
# leaves no temporary beside DIR.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_seed_lib.sh"

D=$TEST_TMP/ds
mkdir -p "$D/sub/empty"
for i in $(seq 1 40); do head -c $((i * 4000)) /dev/urandom >"$D/sub/f$i"; done
ln -s sub/f1 "$D/link"
tree_listing "$D" >"$TEST_TMP/want.lst"

# invariant LABEL RC: DIR holds either the new tree (rc 0) or the old one (rc != 0); nothing beside it.
invariant() {
	local label=$1 rc=$2 lst
	sbx_tree_listing /home/daytona/ds >"$TEST_TMP/got.lst"
	if [ "$rc" -eq 0 ]; then
		if cmp -s "$TEST_TMP/want.lst" "$TEST_TMP/got.lst"; then ok "$label: exit 0 and a verified tree"
		else not_ok "$label: exit 0 but the tree differs"; fi
	else
		if [ "$(sbx_exec 'cd /home/daytona/ds && ls -A && cat old.txt')" = "old.txt
old" ]; then ok "$label: exit $rc and DIR unchanged"
		else not_ok "$label: exit $rc but DIR changed"; fi
	fi
	lst=$(sbx_exec 'ls -A /home/daytona | grep byoc-seed')
	if [ -z "$lst" ]; then ok "$label: no temporary left"; else not_ok "$label: temporaries left: $lst"; fi
}

# 1. Every upload reset: the seed fails, DIR stays as it was.
start_local --build-seconds 0 --fault 'POST /toolbox/*/files/bulk-upload 1 reset' --fault 'POST /toolbox/*/files/upload-v2 1 reset' || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-fault && ok "sandbox started" || { not_ok "sandbox started"; finish; exit 1; }
needs_toolbox
sbx_exec 'mkdir -p /home/daytona/ds && echo old > /home/daytona/ds/old.txt' >/dev/null
byoc byoc-seed data seed-fault "$D/" --dest /home/daytona/ds --quiet 2>"$TEST_TMP/err"
rc=$?
if [ $rc -ne 0 ]; then ok "every upload reset: the seed fails (exit $rc)"; else not_ok "every upload reset: the seed fails"; fi
invariant "all resets" $rc
stop_local

# 2. Half the uploads reset: retried; whatever happens, all or nothing.
LOCAL_STATE=$TEST_TMP/state2
start_local --build-seconds 0 --fault 'POST /toolbox/*/files/bulk-upload 0.5 reset' --fault 'POST /toolbox/*/files/upload-v2 0.5 reset' || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-fault2 || { not_ok "sandbox started"; finish; exit 1; }
successes=0
for i in 1 2 3 4 5 6; do
	sbx_exec 'rm -rf /home/daytona/ds && mkdir -p /home/daytona/ds && echo old > /home/daytona/ds/old.txt' >/dev/null
	byoc byoc-seed data seed-fault2 "$D/" --dest /home/daytona/ds --quiet 2>"$TEST_TMP/err"
	rc=$?
	[ $rc -eq 0 ] && successes=$((successes + 1))
	invariant "half resets, run $i" $rc
done
if [ $successes -ge 1 ]; then ok "retries get through half the resets ($successes of 6 runs)"; else not_ok "retries get through half the resets (0 of 6)"; fi
if grep -q "reset" "$TEST_TMP/local.log"; then ok "byoc-local logged the injected resets"; else not_ok "byoc-local logged the injected resets"; fi

# 3. Ctrl-C mid-seed: exit 130, what was sent is removed, DIR as it was.
mkdir -p "$TEST_TMP/huge"; truncate -s 40G "$TEST_TMP/huge/big"
sbx_exec 'rm -rf /home/daytona/ds && mkdir -p /home/daytona/ds && echo old > /home/daytona/ds/old.txt' >/dev/null
${BYOC_WRAP:-} "$BINDIR/byoc-seed" data seed-fault2 "$TEST_TMP/huge/" --dest /home/daytona/ds --quiet 2>"$TEST_TMP/err" &
pid=$!
# Ctrl-C once the upload is under way (its temporary is in the sandbox; under valgrind that
# takes a while), then give byoc-seed 120 s to clean up and exit.
for i in $(seq 1 600); do
	[ -n "$(find "$LOCAL_STATE/sandboxes" -name 'ds.byoc-seed-*' -print -quit 2>/dev/null)" ] && break
	sleep 0.2
done
kill -INT $pid
for i in $(seq 1 600); do kill -0 $pid 2>/dev/null || break; sleep 0.2; done
kill -0 $pid 2>/dev/null && { kill -9 $pid; echo "byoc-seed still running 120 s after Ctrl-C" >>"$TEST_TMP/err"; }
wait $pid
rc=$?
if [ $rc -eq 130 ]; then ok "Ctrl-C mid-seed: exit 130"; else not_ok "Ctrl-C mid-seed: exit 130 (exit $rc: $(cat "$TEST_TMP/err"))"; fi
invariant "Ctrl-C" 130

# 4. Bytes that change after the upload: the manifests differ, exit 4 naming the first difference,
# DIR as it was. (Every execute is delayed 3 s, so the uploaded tar, or in files mode the uploaded
# file, can be altered on the host side of the sandbox's disk before the sandbox checks it.)
stop_local
LOCAL_STATE=$TEST_TMP/state3
start_local --build-seconds 0 --fault 'POST /toolbox/*/process/execute 1 delay=3000' || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-fault3 || { not_ok "sandbox started"; finish; exit 1; }
M=$TEST_TMP/mm; mkdir -p "$M"; printf 'AAAAAAAAAAAAAAAA' >"$M/victim.txt"; printf 'ok' >"$M/other.txt"
sbx_exec 'mkdir -p /home/daytona/ds && echo old > /home/daytona/ds/old.txt' >/dev/null
byoc byoc-seed data seed-fault3 "$M/" --dest /home/daytona/ds >"$TEST_TMP/mm.out" 2>"$TEST_TMP/mm.err" &
pid=$!
python3 - "$LOCAL_STATE/sandboxes" <<'PYEOF'
import glob, os, sys, time
deadline = time.time() + 20
while time.time() < deadline:
    # the uploaded tar, or in files mode the file itself
    hits = glob.glob(sys.argv[1] + "/**/ds.byoc-seed-*.0.tar", recursive=True) + \
        glob.glob(sys.argv[1] + "/**/ds.byoc-seed-*/victim.txt", recursive=True)
    if hits and os.path.getsize(hits[0]) >= (16 if hits[0].endswith(".txt") else 2048):
        time.sleep(0.3)
        with open(hits[0], "r+b") as f:
            data = f.read()
            i = data.find(b"AAAAAAAAAAAAAAAA")
            if i >= 0:
                f.seek(i); f.write(b"B")
                print("altered", file=sys.stderr)
        break
    time.sleep(0.02)
PYEOF
wait $pid
rc=$?
if [ $rc -eq 4 ] && grep -q "victim.txt" "$TEST_TMP/mm.err"; then ok "altered bytes: exit 4 naming the first difference ($(tail -1 "$TEST_TMP/mm.err"))"
else not_ok "altered bytes: exit 4 naming the first difference (exit $rc: $(cat "$TEST_TMP/mm.err"))"; fi
check "altered bytes: DIR as it was" test "$(sbx_exec 'cd /home/daytona/ds && ls -A && cat old.txt')" = "old.txt
old"
check "altered bytes: no temporary left" test -z "$(sbx_exec 'ls -A /home/daytona | grep byoc-seed')"

# 5. One file goes as the body of files/upload-v2 (v0.205); a daemon without that route (404,
# as one older than v0.205 answers) gets it through bulk-upload, asked once per run.
# requests ROUTE: the statuses of the tools' POSTs to that toolbox route since mark
mark() { seen=$(wc -l <"$TRAFFIC_LOG"); }
requests() {
	tail -n +$((seen + 1)) "$TRAFFIC_LOG" | jq -r --arg r "$1" 'select(.method == "POST" and (.headers["user-agent"] // "" |
		startswith("byoc/")) and (.uri | test("/files/" + $r + "([?]|$)"))) | .status' | tr '\n' ' '
}
mark
head -c 3000000 /dev/urandom >"$TEST_TMP/one.bin"
byoc byoc-seed file seed-fault3 "$TEST_TMP/one.bin" /home/daytona/one.bin --quiet >/dev/null 2>"$TEST_TMP/one.err"
check "byoc-seed file sends the file as the body of files/upload-v2" \
	test "$? $(requests upload-v2)| $(requests bulk-upload)" = "0 200 | "
check "... byte-exact" test "$(sbx_exec 'sha256sum < /home/daytona/one.bin' | cut -c1-64)" = "$(sha256sum <"$TEST_TMP/one.bin" | cut -c1-64)"
stop_local
LOCAL_STATE=$TEST_TMP/state4
start_local --build-seconds 0 --fault 'POST /toolbox/*/files/upload-v2 1 404' || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-fault4 || { not_ok "sandbox started"; finish; exit 1; }
mark
byoc byoc-seed file seed-fault4 "$TEST_TMP/one.bin" /home/daytona/one.bin --quiet >/dev/null 2>"$TEST_TMP/one.err"
check "a daemon without files/upload-v2 (404): byoc-seed file falls back to bulk-upload, once" \
	test "$? $(requests upload-v2)| $(requests bulk-upload)" = "0 404 | 200 "
check "... byte-exact" test "$(sbx_exec 'sha256sum < /home/daytona/one.bin' | cut -c1-64)" = "$(sha256sum <"$TEST_TMP/one.bin" | cut -c1-64)"
finish
