# Shared by the snapshot_* end-to-end scripts (not run by itself: the name starts with "_").
# The scenarios of issue 3.7 as functions, so that snapshot_faults.sh runs the same ones
# under injected faults. Each takes a tag that keeps names and folders apart.

# mkproj DIR TAG: a project with two contexts (src/ and app.py) and a Dockerfile unique to TAG.
mkproj() {
	local d=$1 tag=$2
	mkdir -p "$d/src/sub"
	printf 'alpha %s\n' "$tag" >"$d/src/a.txt"
	printf 'beta\n' >"$d/src/sub/b.txt"
	printf 'print("%s")\n' "$tag" >"$d/app.py"
	printf 'FROM python:3.12-slim\n# %s\nCOPY src /app/src\nCOPY app.py /app/\nENV TAG=%s\nWORKDIR /app\n' \
		"$tag" "$tag" >"$d/Dockerfile"
}

# requests in byoc-local's log since line N (it logs every request with -v)
log_lines() { wc -l <"$TEST_TMP/local.log"; }
requests_since() { tail -n +$(($1 + 1)) "$TEST_TMP/local.log" | grep -E ' (GET|HEAD|POST|PUT|DELETE) /' || true; }

# api_count_snapshots NAME: how many snapshots carry exactly that name
api_count_snapshots() {
	api GET "/snapshots?limit=200&name=$1" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(sum(1 for s in d.get("items", []) if s.get("name") == sys.argv[1]))' "$1"
}

# scenario_twice TAG [strict]: publish, then publish again; with strict, the second sends one GET.
scenario_twice() {
	local tag=$1 strict=${2:-} d=$TEST_TMP/twice-$1 out1 out2 n rc
	mkproj "$d" "$(basename "$d")"
	out1=$(byoc byoc-snapshot publish -f "$d/Dockerfile" --json 2>"$d/err1"); rc=$?
	check "[$tag] first publish exits 0" test $rc -eq 0
	check "[$tag] first publish created it and it is active" \
		python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["created"] is True and d["state"]=="active" and d["id"]' "$out1"
	# (under injected faults a 1 s build may end before a retried log stream opens)
	[ -n "$strict" ] && check "[$tag] build log streamed to stderr" grep -q "COPY src /app/src" "$d/err1"
	n=$(log_lines)
	out2=$(byoc byoc-snapshot publish -f "$d/Dockerfile" --json 2>/dev/null); rc=$?
	check "[$tag] second publish exits 0 with created=false" \
		python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["created"] is False and d["state"]=="active"' "$out2"
	if [ -n "$strict" ]; then
		local reqs
		reqs=$(requests_since "$n")
		check "[$tag] second publish sent exactly one request, a GET of the name" \
			bash -c '[ "$(grep -c . <<<"$1")" -eq 1 ] && grep -q "GET /api/snapshots/byoc-env-default-" <<<"$1"' _ "$reqs"
	fi
}

# scenario_race TAG: four concurrent publishes of a new Dockerfile: one snapshot, four exit 0s.
scenario_race() {
	local tag=$1 d=$TEST_TMP/race-$1 i name rcs="" pids=()
	mkproj "$d" "$(basename "$d")"
	name=$(byoc byoc-snapshot name -f "$d/Dockerfile")
	for i in 1 2 3 4; do
		( byoc byoc-snapshot publish -f "$d/Dockerfile" --timeout 120 >"$d/out$i" 2>"$d/err$i"; echo $? >"$d/rc$i" ) &
		pids+=($!)
	done
	wait "${pids[@]}"
	for i in 1 2 3 4; do rcs="$rcs$(cat "$d/rc$i")"; done
	check "[$tag] four concurrent publishes all exit 0 (got $rcs)" test "$rcs" = "0000"
	check "[$tag] all four print the name" \
		bash -c 'for i in 1 2 3 4; do [ "$(cat "$0/out$i")" = "$1" ] || exit 1; done' "$d" "$name"
	check "[$tag] exactly one snapshot exists with that name" test "$(api_count_snapshots "$name")" = 1
	check "[$tag] it is active" grep -q '"state": *"active"' <<<"$(api GET "/snapshots/$name")"
}

# scenario_fail TAG: a build that fails reports the server's reason, exit 5.
scenario_fail() {
	local tag=$1 d=$TEST_TMP/fail-$1 rc
	mkdir -p "$d"
	printf 'RUN echo %s without a FROM\n' "$tag" >"$d/Dockerfile"
	byoc byoc-snapshot publish -f "$d/Dockerfile" --timeout 120 >/dev/null 2>"$d/err"; rc=$?
	check "[$tag] a failing build exits 5" test $rc -eq 5
	check "[$tag] and reports the server's errorReason" grep -q "failed to build: .*FROM" "$d/err"
	byoc byoc-snapshot publish -f "$d/Dockerfile" --timeout 120 -q >/dev/null 2>"$d/err2"; rc=$?
	check "[$tag] publishing it again reports the same (exit 5, last log lines)" \
		bash -c '[ $0 -eq 5 ] && grep -q "last lines of the build log" "$1"' $rc "$d/err2"
}

# scenario_changed TAG: a changed context re-uploads only what changed.
scenario_changed() {
	local tag=$1 d=$TEST_TMP/changed-$1 n puts rc
	mkproj "$d" "$(basename "$d")"
	n=$(log_lines)
	byoc byoc-snapshot publish -f "$d/Dockerfile" --hash-contexts --timeout 120 >/dev/null 2>&1; rc=$?
	puts=$(requests_since "$n" | grep -c 'PUT /s3/.*/context.tar -> 200' || true)
	check "[$tag] first publish uploads both contexts (rc $rc, $puts PUTs)" \
		bash -c '[ $0 -eq 0 ] && [ $1 -eq 2 ]' $rc "$puts"
	printf 'print("changed %s")\n' "$tag" >"$d/app.py"
	n=$(log_lines)
	byoc byoc-snapshot publish -f "$d/Dockerfile" --hash-contexts --timeout 120 >/dev/null 2>&1; rc=$?
	puts=$(requests_since "$n" | grep 'PUT /s3/.*/context.tar -> 200' || true)
	check "[$tag] after changing app.py only that context is uploaded again (rc $rc)" \
		bash -c '[ $0 -eq 0 ] && [ "$(grep -c . <<<"$1")" -eq 1 ]' $rc "$puts"
}
