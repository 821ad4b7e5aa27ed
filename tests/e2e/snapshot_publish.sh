#!/usr/bin/env bash
# byoc-snapshot publish against byoc-local (issue 3.3 and 3.7): publish twice (the second
# sends one GET), four racing publishes end with one snapshot, a failing build exits 5
# with its reason, a changed context re-uploads only what changed; --rebuild-failed,
# --timeout, Ctrl-C, --log-file, --json, --name.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_snapshot_lib.sh"
start_local -v --build-seconds 2 || { not_ok "byoc-local starts"; finish; exit 1; }

scenario_twice plain strict
scenario_race plain
scenario_fail plain
scenario_changed plain

# --log-file gets the build log; --quiet keeps stderr empty; stdout is the name only
D=$TEST_TMP/logfile
mkproj "$D" logfile
out=$(byoc byoc-snapshot publish -f "$D/Dockerfile" --quiet --log-file "$D/build.log" 2>"$D/err")
check "--quiet: nothing on stderr" test ! -s "$D/err"
check "--log-file holds the build log" grep -q "COPY app.py /app/" "$D/build.log"
check "stdout is the name only" test "$out" = "$(byoc byoc-snapshot name -f "$D/Dockerfile")"

# --rebuild-failed: a snapshot found failed is deleted and built again; without it, exit 5
D=$TEST_TMP/rebuild
mkdir -p "$D"
printf 'RUN false\n' >"$D/Dockerfile.bad"
printf 'FROM python:3.12-slim\nRUN true\n' >"$D/Dockerfile.good"
expect_exit 5 "--name: a failing build exits 5" byoc byoc-snapshot publish -f "$D/Dockerfile.bad" --name rb-snap -q
expect_exit 5 "a snapshot found failed is reported, not rebuilt, without --rebuild-failed" \
	byoc byoc-snapshot publish -f "$D/Dockerfile.good" --name rb-snap -q
old_id=$(api GET /snapshots/rb-snap | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
out=$(byoc byoc-snapshot publish -f "$D/Dockerfile.good" --name rb-snap --rebuild-failed --json 2>/dev/null); rc=$?
check "--rebuild-failed deletes the failed one and builds again" \
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["state"]=="active" and d["created"] and d["id"]!=sys.argv[2]' \
	"$out" "$old_id"
check "--rebuild-failed exit 0" test $rc -eq 0
expect_exit 2 "--name with --prefix is a usage error" byoc byoc-snapshot publish --name a --prefix b -q

# a snapshot gone inactive (Daytona deactivates those unused for weeks) is activated and waited for
D=$TEST_TMP/inactive
mkproj "$D" inactive
name=$(byoc byoc-snapshot publish -f "$D/Dockerfile" -q)
sid=$(api GET "/snapshots/$name" | jq -r .id)
api POST "/snapshots/$sid/deactivate" >/dev/null
check "the published snapshot was made inactive" test "$(api GET "/snapshots/$sid" | jq -r .state)" = inactive
out=$(byoc byoc-snapshot publish -f "$D/Dockerfile" --json 2>"$D/err")
check "publish activates an inactive snapshot and waits until it is active (not built again)" \
	test "$(jq -c '[.state, .created, .id]' <<<"$out")" = "[\"active\",false,\"$sid\"]"
check "  and says so" grep -q "is inactive; activating it" "$D/err"

# a build-log stream cut mid-build (Daytona's proxy cuts them after about 145 s) is opened again
# and what was printed is not printed twice; the publish ends instead of waiting on a dead stream
stop_local
start_local -v --build-seconds 4 --fault 'GET /snapshots/*/build-logs 1 cut=1' ||
	{ not_ok "byoc-local restarts"; finish; exit 1; }
D=$TEST_TMP/cut
mkproj "$D" cut
out=$(timeout 60 "$BINDIR/byoc-snapshot" publish -f "$D/Dockerfile" 2>"$D/err"); rc=$?
check "a publish whose build-log stream is cut every second ends, exit 0 (got $rc)" test $rc -eq 0
check "... the stream was cut more than once" test "$(grep -c 'build-logs cut after' "$TEST_TMP/local.log")" -ge 2
check "... and resumed: the log is whole, each line once" \
	test "$(grep -c 'COPY app.py /app/' "$D/err")" -eq 1 -a "$(grep -c '^Step 1/' "$D/err")" -eq 1

# a wait bounded by --timeout exits 6; Ctrl-C exits 130 promptly
stop_local
start_local -v --build-seconds 30 || { not_ok "byoc-local restarts"; finish; exit 1; }
D=$TEST_TMP/slow
mkproj "$D" slow
start=$(date +%s)
expect_exit 6 "--timeout 3 on a 30 s build exits 6" byoc byoc-snapshot publish -f "$D/Dockerfile" --timeout 3 -q
check "... after about 3 s" test $(( $(date +%s) - start )) -le 10
${BYOC_WRAP:-} "$BINDIR/byoc-snapshot" publish -f "$D/Dockerfile" -q &
pid=$!
# (a background job starts with SIGINT ignored until the tool installs its handler: give it
# time to start, more under valgrind)
if [ -n "${BYOC_WRAP:-}" ]; then sleep 6; else sleep 1.5; fi
start=$(date +%s)
kill -INT $pid
wait $pid; rc=$?
check "Ctrl-C while waiting exits 130 (got $rc)" test $rc -eq 130
check "... promptly" test $(( $(date +%s) - start )) -le 5
finish
