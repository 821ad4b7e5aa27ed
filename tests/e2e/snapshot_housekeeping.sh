#!/usr/bin/env bash
# byoc-snapshot list / get / delete / prune against byoc-local: all pages, prefix filter,
# not found, and prune keeping the newest N and any snapshot a sandbox was created from.
source "$(dirname "$0")/lib.sh"
start_local --build-seconds 0 || { not_ok "byoc-local starts"; finish; exit 1; }
D=$TEST_TMP/hk
mkdir -p "$D"
printf 'FROM python:3.12-slim\nRUN true\n' >"$D/Dockerfile"
for i in 1 2 3 4; do
	byoc byoc-snapshot publish -f "$D/Dockerfile" --name "hk-$i" -q >/dev/null || not_ok "publish hk-$i"
	sleep 1.1   # distinct createdAt
done
byoc byoc-snapshot publish -f "$D/Dockerfile" --name "other-1" -q >/dev/null
out=$(byoc byoc-snapshot list --prefix hk- --json)
check "list --prefix hk- --json gives the four, newest first" \
	test "$(python3 -c 'import json,sys; print(",".join(s["name"] for s in json.loads(sys.argv[1])))' "$out")" = "hk-4,hk-3,hk-2,hk-1"
check "list without a prefix has all five" test "$(byoc byoc-snapshot list | grep -c .)" -ge 5
# many pages: 105 more snapshots straight through the API, listed through every page
for i in $(seq 1 105); do
	api POST /snapshots -H 'Content-Type: application/json' -d "{\"name\":\"pg-$i\",\"imageName\":\"python:3.12-slim\"}" >/dev/null
done
check "list follows every page (105 named pg-)" test "$(byoc byoc-snapshot list --prefix pg- | grep -c .)" -eq 105
check "get NAME prints it" bash -c 'grep -q "^name: hk-2" <<<"$1" && grep -q "^state: active" <<<"$1"' _ \
	"$(byoc byoc-snapshot get hk-2)"
check "get --json is the SnapshotDto" \
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["name"]=="hk-2" and d["id"]' "$(byoc byoc-snapshot get hk-2 --json)"
expect_exit 3 "get of a missing snapshot exits 3" byoc byoc-snapshot get nope-404 -q
# the API key from .env in the working directory, as the SDK reads it; the URL from the environment
mkdir -p "$D/envdir"
printf 'DAYTONA_API_KEY=%s\n' "$DAYTONA_API_KEY" >"$D/envdir/.env"
check "DAYTONA_API_KEY is read from .env" \
	bash -c 'cd "$0" && env -u DAYTONA_API_KEY "$1" get hk-2 -q >/dev/null' "$D/envdir" "$BINDIR/byoc-snapshot"
expect_exit 7 "a wrong key is an authentication error (exit 7)" env DAYTONA_API_KEY=wrong "$BINDIR/byoc-snapshot" get hk-2 -q

# a sandbox made from the oldest
sb=$(api POST /sandbox -H 'Content-Type: application/json' -d '{"snapshot":"hk-1"}')
check "a sandbox was created from hk-1" grep -q '"snapshot": *"hk-1"' <<<"$sb"
out=$(byoc byoc-snapshot prune --prefix hk- --keep 1 --dry-run 2>"$D/err")
check "prune --dry-run names hk-3 and hk-2 (not the newest, not the one in use)" test "$(echo $out)" = "hk-3 hk-2"
check "prune --dry-run says why hk-1 is kept" grep -q "keeping 'hk-1': sandbox" "$D/err"
check "--dry-run deleted nothing" test "$(byoc byoc-snapshot list --prefix hk- | grep -c .)" -eq 4
out=$(byoc byoc-snapshot prune --prefix hk- --keep 1 --json 2>/dev/null)
check "prune --json reports what it deleted and kept" \
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["deleted"]==["hk-3","hk-2"] and d["keptInUse"]==["hk-1"]' "$out"
sleep 0.5
check "after prune hk-4 and hk-1 remain" \
	test "$(byoc byoc-snapshot list --prefix hk- | cut -f1 | sort | tr '\n' ' ')" = "hk-1 hk-4 "
check "prune left other prefixes alone" byoc byoc-snapshot get other-1 -q
expect_exit 2 "prune without --prefix is a usage error" byoc byoc-snapshot prune --keep 1
id=$(byoc byoc-snapshot delete hk-4 2>/dev/null); rc=$?
check "delete NAME prints the id and exits 0" bash -c '[ $0 -eq 0 ] && [ ${#1} -eq 36 ]' $rc "$id"
sleep 0.5
expect_exit 3 "deleted: get exits 3" byoc byoc-snapshot get hk-4 -q
expect_exit 3 "delete of a missing snapshot exits 3" byoc byoc-snapshot delete hk-4 -q
finish
