#!/usr/bin/env bash
# byoc-local's snapshots over HTTP (issue 2, point 3; contract.md §2): create in pull and
# build mode, the state machine, failures with errorReason, a context uploaded through the
# S3 endpoint and materialised, 409s and 400s, delete, list paging, the build-log stream's
# stop rule (closes on success, never on failure), and a restart mid-build.
source "$(dirname "$0")/lib.sh"

start_local --build-seconds 0.3 || { echo "not ok - byoc-local starts"; exit 1; }
BASE=${LOCAL_URL%/api}

# post JSON -> body on stdout, status in $TEST_TMP/code
post() { curl -sS -o "$TEST_TMP/body" -w '%{http_code}' -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" \
	-H 'Content-Type: application/json' --data-binary "$2" "$LOCAL_URL$1" >"$TEST_TMP/code"; cat "$TEST_TMP/body"; }
code() { cat "$TEST_TMP/code"; }
status() { curl -sS -o /dev/null -w '%{http_code}' -X "$1" -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL$2"; }
field() { jq -r "$1"; }
state_of() { api GET "/snapshots/$1" | jq -r .state; }
# wait_state NAME STATE [SECONDS]: polls until the snapshot is in STATE
wait_state() {
	local i n=$(( ${3:-10} * 10 ))
	for ((i = 0; i < n; i++)); do
		[ "$(state_of "$1")" = "$2" ] && return 0
		sleep 0.1
	done
	echo "# $1 is $(state_of "$1"), wanted $2" >&2
	return 1
}
dockerfile_json() { printf '%s' "$1" | jq -Rs .; }
# jq_ok PATH FILTER: the GET answer satisfies the jq filter
jq_ok() { api GET "$1" | jq -e "$2" >/dev/null; }

# ---- pull mode ----
body=$(post /snapshots '{"name":"pull-one","imageName":"python:3.12-slim","entrypoint":["", "sleep","infinity"]}')
check "pull mode: create answers 200 with state pending" test "$(code)" = 200 -a "$(field .state <<<"$body")" = pending
check "create answers the DTO: mem not memory, defaults cpu 1 gpu 0 mem 1 disk 3, empty entrypoint entries dropped" \
	test "$(jq -c '[.cpu,.gpu,.mem,.disk,.general,.memory,.entrypoint,.size,.errorReason]' <<<"$body")" = '[1,0,1,3,false,null,["sleep","infinity"],null,null]'
check "pull mode: pending -> pulling/active" wait_state pull-one active 5
check "pull mode: build-logs-url is 404 'has no build info'" \
	bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $DAYTONA_API_KEY' $LOCAL_URL/snapshots/$(api GET /snapshots/pull-one | jq -r .id)/build-logs-url)\" = 404 ]"

# ---- validation ----
post /snapshots '{"name":"bad name!","imageName":"python:3.12"}' >/dev/null
check "an invalid name is 400" test "$(code)" = 400
msg=$(post /snapshots '{"name":"latest-tag","imageName":"python:latest"}' | jq -r .message)
check "imageName :latest is 400" test "$(code)" = 400 -a "$msg" = 'Images with tag ":latest" are not allowed'
post /snapshots '{"name":"no-tag","imageName":"python"}' >/dev/null
check "imageName without a tag is 400" test "$(code)" = 400
msg=$(post /snapshots '{"name":"both","imageName":"python:3.12","buildInfo":{"dockerfileContent":"FROM a:1"}}' | jq -r .message)
check "imageName with buildInfo is 400" test "$msg" = "Cannot specify an image name when using a build info entry"
msg=$(post /snapshots '{"name":"ep","entrypoint":["x"],"buildInfo":{"dockerfileContent":"FROM a:1"}}' | jq -r .message)
check "entrypoint with buildInfo is 400" test "$msg" = "Cannot specify an entrypoint when using a build info entry"
msg=$(post /snapshots '{"name":"neither"}' | jq -r .message)
check "neither imageName nor buildInfo is 400" test "$msg" = "Must specify an image name when not using a build info entry"
post /snapshots '{"name":"cls","imageName":"a:1","sandboxClass":"windows"}' >/dev/null
check "sandboxClass windows is 400" test "$(code)" = 400
post /snapshots '{"name":"reg","imageName":"a:1","regionId":"mars"}' >/dev/null
check "an unknown regionId is 404" test "$(code)" = 404
msg=$(post /snapshots '{"name":"pull-one","imageName":"python:3.12-slim"}' | jq -r .message)
check "a duplicate name is 409 with Daytona's message" \
	test "$(code)" = 409 -a "$msg" = 'Snapshot with name "pull-one" already exists for this organization'

# four clients racing for one name: exactly one wins, the others get 409
pids=()
for i in 1 2 3 4; do
	curl -sS -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'Content-Type: application/json' \
		--data-binary '{"name":"raced","buildInfo":{"dockerfileContent":"FROM a:1\n"}}' "$LOCAL_URL/snapshots" >"$TEST_TMP/race.$i" &
	pids+=($!)
done
wait "${pids[@]}"
check "four concurrent creates of one name: one 200, three 409" \
	test "$(cat "$TEST_TMP"/race.* | sort | tr '\n' ' ')" = "200 409 409 409 "
check "... and one snapshot of that name" test "$(api GET '/snapshots?name=raced' | jq .total)" = 1

# ---- build mode without context ----
DF=$'FROM python:3.12-slim\nARG APP=/srv/app\nENV GREETING="hello there" APP_DIR=$APP\nWORKDIR $APP\nRUN pip install requests\nENTRYPOINT ["python", "-m", "http.server"]\n'
body=$(post /snapshots "{\"name\":\"built-one\",\"buildInfo\":{\"dockerfileContent\":$(dockerfile_json "$DF")}}")
id=$(jq -r .id <<<"$body")
want_ref="daytona-$(printf '%s' "$DF" | sha256sum | cut -d' ' -f1):daytona"
check "build mode: snapshotRef is daytona-sha256(dockerfile):daytona" test "$(jq -r .buildInfo.snapshotRef <<<"$body")" = "$want_ref"
check "build mode: entrypoint from the last ENTRYPOINT line" test "$(jq -c .entrypoint <<<"$body")" = '["python","-m","http.server"]'
# follow=true closes by itself about a second after success
start=$(date +%s.%N)
curl -sS -N --max-time 15 -H "Authorization: Bearer $DAYTONA_API_KEY" "$BASE/snapshots/$id/build-logs?follow=true" >"$TEST_TMP/follow.log" 2>/dev/null
rc=$?
# the log may not exist for the first few ms (pending): retry once
if [ $rc -eq 0 ] && grep -q 'build logs not found' "$TEST_TMP/follow.log"; then
	sleep 0.2
	curl -sS -N --max-time 15 -H "Authorization: Bearer $DAYTONA_API_KEY" "$BASE/snapshots/$id/build-logs?follow=true" >"$TEST_TMP/follow.log" 2>/dev/null
	rc=$?
fi
check "follow=true stream ends on its own after success" test $rc -eq 0
check "the streamed log has docker build steps and RUN not executed locally" \
	bash -c "grep -q 'Step 1/6 : FROM python:3.12-slim' '$TEST_TMP/follow.log' && grep -q 'RUN pip install requests (not executed locally)' '$TEST_TMP/follow.log' && grep -q '^Successfully built' '$TEST_TMP/follow.log'"
check "build mode ends active" wait_state built-one active 5
check "ENV and WORKDIR are recorded for sandboxes" \
	test "$(jq -c '[._env.GREETING, ._env.APP_DIR, ._workdir, ._built]' "$LOCAL_STATE/snapshots/$id.json")" = '["hello there","/srv/app","/srv/app",true]'
check "the WORKDIR exists in the snapshot's rootfs" test -d "$LOCAL_STATE/snapshots/$id/rootfs/srv/app"
no_private() { ! api GET "/snapshots/$id" | grep -q '"_'; }
check "private fields never reach clients" no_private
hdrs=$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $DAYTONA_API_KEY" "$BASE/snapshots/$id/build-logs")
check "the log stream is application/octet-stream, chunked" \
	bash -c "grep -qi '^content-type: application/octet-stream' <<<\"\$1\" && grep -qi '^transfer-encoding: chunked' <<<\"\$1\"" _ "$hdrs"
check "without follow the whole log is sent, then the connection closes" \
	bash -c "curl -sS --max-time 5 -H 'Authorization: Bearer $DAYTONA_API_KEY' '$BASE/snapshots/$id/build-logs' | grep -q 'Successfully tagged $want_ref'"
url=$(api GET "/snapshots/$id/build-logs-url" | jq -r .url)
check "build-logs-url points at the proxy route" test "$url" = "$BASE/snapshots/$id/build-logs"
check "the log route needs the bearer key (Go error shape)" \
	bash -c "curl -s '$BASE/snapshots/$id/build-logs' | jq -e '.statusCode == 401 and .code == \"UNAUTHORIZED\"' >/dev/null"
check "deprecated /api/snapshots/{id}/build-logs is an empty 200 once active" \
	test "$(curl -sS -o "$TEST_TMP/dep" -w '%{http_code}' -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/snapshots/$id/build-logs")" = 200 -a ! -s "$TEST_TMP/dep"
# dedup: the same Dockerfile and contexts again go straight to active
body=$(post /snapshots "{\"name\":\"built-two\",\"buildInfo\":{\"dockerfileContent\":$(dockerfile_json "$DF")}}")
check "same snapshotRef as an active snapshot: created active (dedup)" test "$(jq -r .state <<<"$body")" = active

# ---- failures ----
body=$(post /snapshots "{\"name\":\"no-from\",\"buildInfo\":{\"dockerfileContent\":\"RUN echo hi\\n\"}}")
nid=$(jq -r .id <<<"$body")
check "a Dockerfile without FROM ends build_failed" wait_state no-from build_failed 5
check "... with an errorReason" jq_ok /snapshots/no-from '.errorReason | test("no build stage")'
curl -sS -N --max-time 2.5 -H "Authorization: Bearer $DAYTONA_API_KEY" "$BASE/snapshots/$nid/build-logs?follow=true" >"$TEST_TMP/failed.log" 2>/dev/null
rc=$?
check "follow=true never closes by itself after a failure (curl times out, exit 28)" test $rc -eq 28
check "... and has sent the failure" grep -q 'no build stage' "$TEST_TMP/failed.log"
post /snapshots '{"name":"no-ctx","buildInfo":{"dockerfileContent":"FROM a:1\nCOPY app.py /app/\n","contextHashes":["0123456789abcdef0123456789abcdef"]}}' >/dev/null
check "a COPY whose context hash was never uploaded ends build_failed" wait_state no-ctx build_failed 5
check "... naming the missing context" \
	jq_ok /snapshots/no-ctx '.errorReason | test("0123456789abcdef0123456789abcdef was never uploaded")'

# ---- a context through the S3 endpoint ----
pa=$(curl -sS -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/object-storage/push-access")
if jq -e .accessKey <<<"$pa" >/dev/null 2>&1; then
	mkdir -p "$TEST_TMP/ctx/src/sub" "$TEST_TMP/ctx/empty"
	printf 'print(1)\n' >"$TEST_TMP/ctx/src/app.py"
	printf 'bee\n' >"$TEST_TMP/ctx/src/sub/b.txt"
	printf 'flask\n' >"$TEST_TMP/ctx/req.txt"
	upload() { # upload TARFILE HASH
		local sha
		sha=$(sha256sum "$1" | cut -d' ' -f1)
		curl -sS -o /dev/null -w '%{http_code}' --aws-sigv4 "aws:amz:$(jq -r '.region // "us-east-1"' <<<"$pa"):s3" \
			--user "$(jq -r .accessKey <<<"$pa"):$(jq -r .secret <<<"$pa")" \
			-H "x-amz-security-token: $(jq -r .sessionToken <<<"$pa")" -H "x-amz-content-sha256: $sha" \
			-T "$1" "$(jq -r .storageUrl <<<"$pa")/$(jq -r .bucket <<<"$pa")/$(jq -r .organizationId <<<"$pa")/$2/context.tar"
	}
	tar -C "$TEST_TMP/ctx" -cf "$TEST_TMP/src.tar" src
	tar -C "$TEST_TMP/ctx" -cf "$TEST_TMP/req.tar" req.txt
	check "contexts upload through the S3 endpoint" \
		test "$(upload "$TEST_TMP/src.tar" aaaa1111)" = 200 -a "$(upload "$TEST_TMP/req.tar" bbbb2222)" = 200
	DF2=$'FROM python:3.12-slim\nWORKDIR /app\nCOPY src /app/src\nCOPY req.txt .\nCOPY src/sub/b.txt /etc/b\n'
	body=$(post /snapshots "{\"name\":\"with-ctx\",\"buildInfo\":{\"dockerfileContent\":$(dockerfile_json "$DF2"),\"contextHashes\":[\"bbbb2222\",\"aaaa1111\"]}}")
	cid=$(jq -r .id <<<"$body")
	check "build with uploaded contexts ends active" wait_state with-ctx active 5
	R=$LOCAL_STATE/snapshots/$cid/rootfs
	check "COPY of a folder, a file into WORKDIR, a file to a new name are materialised" \
		bash -c "[ \"\$(cat $R/app/src/app.py $R/app/src/sub/b.txt $R/app/req.txt $R/etc/b)\" = \"\$(printf 'print(1)\nbee\nflask\nbee')\" ]"
	# what `docker build` keeps of a folder source (the Dockerfile reference, COPY): every
	# subfolder, empty ones too, with the modes the context carries; --chmod on files and folders
	mkdir -p "$TEST_TMP/ctx2/data/nested/empty" "$TEST_TMP/ctx2/data/priv"
	printf '#!/bin/sh\n' >"$TEST_TMP/ctx2/data/run.sh"; printf 's' >"$TEST_TMP/ctx2/data/priv/s.txt"
	chmod 0755 "$TEST_TMP/ctx2/data/run.sh"; chmod 0640 "$TEST_TMP/ctx2/data/priv/s.txt"
	chmod 0750 "$TEST_TMP/ctx2/data/priv"; chmod 0711 "$TEST_TMP/ctx2/data/nested/empty"
	tar -C "$TEST_TMP/ctx2" -cf "$TEST_TMP/data.tar" data
	check "a context with an empty subfolder uploads" test "$(upload "$TEST_TMP/data.tar" cccc3333)" = 200
	DF3=$'FROM python:3.12-slim\nCOPY data/ /app/data/\nCOPY --chmod=0700 data /chm/\nCOPY --link data/ /lnk/\nCOPY --chmod=6755 data /sid/\n'
	body=$(post /snapshots "{\"name\":\"with-dirs\",\"buildInfo\":{\"dockerfileContent\":$(dockerfile_json "$DF3"),\"contextHashes\":[\"cccc3333\"]}}")
	R=$LOCAL_STATE/snapshots/$(jq -r .id <<<"$body")/rootfs
	check "build with folders ends active" wait_state with-dirs active 5
	check "COPY data/ keeps the empty subfolder data/nested/empty" test -d "$R/app/data/nested/empty"
	modes() { (cd "$1" && stat -c '%n %a' run.sh priv priv/s.txt nested/empty | tr '\n' ' '); }
	check "COPY keeps the context's modes of files and folders" \
		test "$(modes "$R/app/data")" = "run.sh 755 priv 750 priv/s.txt 640 nested/empty 711 "
	check "COPY --chmod sets files and folders alike" \
		test "$(modes "$R/chm")" = "run.sh 700 priv 700 priv/s.txt 700 nested/empty 700 "
	check "COPY --link lays out the same files, folders and modes (it only changes how layers stack)" \
		test "$(modes "$R/lnk")" = "run.sh 755 priv 750 priv/s.txt 640 nested/empty 711 "
	check "COPY --chmod=6755 leaves no set-id bit on the host disk (files and folders 755)" \
		test "$(modes "$R/sid")" = "run.sh 755 priv 755 priv/s.txt 755 nested/empty 755 " -a -z "$(find "$R" -perm /6000)"
	# --chown (the Dockerfile reference, COPY --chown; BuildKit where it is loose): names from the
	# image's /etc/passwd and /etc/group (byoc-local's sandbox ones until the Dockerfile brings
	# its own), a user alone gives its primary gid, a uid alone the same gid; on every file and
	# folder the copy creates, parents it creates included, never a folder that was there. Seen
	# from inside a sandbox of the snapshot, as a process there sees them.
	mkdir -p "$TEST_TMP/ctx3/etc"
	printf 'root:x:0:0:root:/root:/bin/sh\napp:x:2001:2002::/home/app:/bin/sh\n' >"$TEST_TMP/ctx3/etc/passwd"
	printf 'root:x:0:\nappgrp:x:2003:\n' >"$TEST_TMP/ctx3/etc/group"
	tar -C "$TEST_TMP/ctx3" -cf "$TEST_TMP/etc.tar" etc
	check "a context with /etc/passwd and /etc/group uploads" test "$(upload "$TEST_TMP/etc.tar" dddd4444)" = 200
	DF4='FROM python:3.12-slim
COPY --chown=daytona data/ /own/name/
COPY --chown=1234:5678 data/ /own/num/
COPY --chown=4321 data/run.sh /own/uidonly
COPY --chown=daytona:nogroup data/run.sh /own/mixed
COPY --chown=1234:5678 --chmod=0750 data/ /own/chm/
COPY --link --chown=1234 data/ /own/lnk/
COPY --chown=1234:5678 data/run.sh /own/new/deep/run.sh
ADD --chown=2345:2345 data/run.sh /own/added
COPY --chown=1234:5678 <<EOF /own/hd
hi
EOF
COPY data/run.sh /own/plain
COPY etc/passwd etc/group /etc/
COPY --chown=app:appgrp data/run.sh /own/app
COPY --chown=app data/run.sh /own/app-primary
'
	body=$(post /snapshots "{\"name\":\"with-owners\",\"buildInfo\":{\"dockerfileContent\":$(dockerfile_json "$DF4"),\"contextHashes\":[\"cccc3333\",\"dddd4444\"]}}")
	check "build with --chown ends active" wait_state with-owners active 5
	R=$LOCAL_STATE/snapshots/$(jq -r .id <<<"$body")/rootfs
	check "the snapshot's files carry the image's ids, as docker's layers do" \
		test "$(stat -c '%u:%g' "$R/own/num/priv/s.txt" "$R/own/app" | tr '\n' ' ')" = "1234:5678 2001:2003 "
	sid=$(post /sandbox '{"snapshot":"with-owners"}' | jq -r .id)
	for i in $(seq 1 100); do [ "$(api GET "/sandbox/$sid" | jq -r .state)" = started ] && break; sleep 0.1; done
	in_sbx() {
		curl -sS -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'Content-Type: application/json' \
			"$BASE/toolbox/$sid/process/execute" --data-binary "$(jq -n --arg c "$1" '{command:$c}')" | jq -r .result
	}
	inside=$(in_sbx 'sh -c "cd /own && stat -c \"%n %u:%g %a\" . name name/run.sh name/priv name/priv/s.txt name/nested/empty num/priv num/run.sh uidonly mixed chm/priv chm/run.sh lnk/nested/empty new new/deep new/deep/run.sh added hd plain app app-primary"')
	want='. 1000:1000 755
name 1000:1000 755
name/run.sh 1000:1000 755
name/priv 1000:1000 750
name/priv/s.txt 1000:1000 640
name/nested/empty 1000:1000 711
num/priv 1234:5678 750
num/run.sh 1234:5678 755
uidonly 4321:4321 755
mixed 1000:65534 755
chm/priv 1234:5678 750
chm/run.sh 1234:5678 750
lnk/nested/empty 1234:1234 711
new 1234:5678 755
new/deep 1234:5678 755
new/deep/run.sh 1234:5678 755
added 2345:2345 755
hd 1234:5678 644
plain 65534:65534 755
app 2001:2003 755
app-primary 2001:2002 755'
	check "inside the sandbox stat shows the owners --chown asked for (root's as 65534, as all root files there)" \
		test "$inside" = "$want"
	[ "$inside" = "$want" ] || diff <(echo "$want") <(echo "$inside") | sed 's/^/# /'
	check "the toolbox's files/info names the same owner and group" \
		test "$(curl -sS -H "Authorization: Bearer $DAYTONA_API_KEY" "$BASE/toolbox/$sid/files/info?path=/own/num/run.sh" | jq -r '.owner + ":" + .group')" = 1234:5678
	check "the sandbox user writes where --chown=daytona gave it a folder" \
		test "$(in_sbx 'sh -c "echo x > /own/name/w && echo ok"')" = ok
	refute "... and not where --chown gave another user the folder" \
		test "$(in_sbx 'sh -c "echo x > /own/num/w && echo ok"')" = ok
	reason() { curl -sS -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/snapshots/$1" | jq -r .errorReason; }
	post /snapshots "{\"name\":\"ghost-owner\",\"buildInfo\":{\"dockerfileContent\":\"FROM a:1\\nCOPY --chown=ghost data/ /x/\\n\",\"contextHashes\":[\"cccc3333\"]}}" >/dev/null
	check "--chown of a user the image does not have fails the build" wait_state ghost-owner build_failed 5
	check "... saying so: COPY failed: unable to find user ghost" \
		bash -c 'grep -q "COPY failed: unable to find user ghost" <<<"$1"' _ "$(reason ghost-owner)"
	post /snapshots "{\"name\":\"ghost-group\",\"buildInfo\":{\"dockerfileContent\":\"FROM a:1\\nADD --chown=daytona:ghosts data/ /x/\\n\",\"contextHashes\":[\"cccc3333\"]}}" >/dev/null
	check "--chown of a group the image does not have fails the build" wait_state ghost-group build_failed 5
	check "... saying so: ADD failed: unable to find group ghosts" \
		bash -c 'grep -q "ADD failed: unable to find group ghosts" <<<"$1"' _ "$(reason ghost-group)"
else
	skip "contexts through the S3 endpoint (object storage not built in yet)"
fi

# ---- get, list, delete ----
check "GET by id and by name give the same snapshot" test "$(api GET "/snapshots/$id" | jq -r .name)" = built-one
check "GET of an unknown name is 404" test "$(status GET /snapshots/nope-nope)" = 404
for i in 1 2 3 4 5; do post /snapshots "{\"name\":\"Page-Item-$i\",\"imageName\":\"alpine:3.$i\"}" >/dev/null; done
list=$(api GET "/snapshots?name=page-item&limit=2&page=2&sort=name&order=asc")
check "list: case-insensitive name filter, paging, totals" \
	test "$(jq -c '[.total, .page, .totalPages, [.items[].name]]' <<<"$list")" = '[5,2,3,["Page-Item-3","Page-Item-4"]]'
check "list: limit over 200 is 400" test "$(status GET '/snapshots?limit=201')" = 400
check "list: limit 0 is 400" test "$(status GET '/snapshots?limit=0')" = 400
check "list: a bad sort is 400" test "$(status GET '/snapshots?sort=size')" = 400
check "list: a bad order is 400" test "$(status GET '/snapshots?order=up')" = 400
msg=$(curl -sS -X DELETE -H "Authorization: Bearer $DAYTONA_API_KEY" "$LOCAL_URL/snapshots/pull-one" | jq -r .message)
check "DELETE by name is 400 'uuid is expected'" test "$msg" = "Validation failed (uuid is expected)"
pid=$(api GET /snapshots/pull-one | jq -r .id)
check "DELETE by id is 200" test "$(status DELETE "/snapshots/$pid")" = 200
st=$(state_of pull-one)
check "then removing (or already gone)" test "$st" = removing -o "$st" = null
for i in $(seq 1 50); do [ "$(status GET /snapshots/pull-one)" = 404 ] && break; sleep 0.1; done
check "... GET answers 404" test "$(status GET /snapshots/pull-one)" = 404
check "... and its files are gone" test ! -e "$LOCAL_STATE/snapshots/$pid"
post /snapshots '{"name":"pull-one","imageName":"python:3.12-slim"}' >/dev/null
check "the name is free again" test "$(code)" = 200
check "deactivate is 204" test "$(status POST "/snapshots/$id/deactivate")" = 204
check "... and the snapshot is inactive" test "$(state_of built-one)" = inactive
check "activate an inactive snapshot: 200 pending, then active" \
	bash -c "[ \"\$(curl -sS -X POST -H 'Authorization: Bearer $DAYTONA_API_KEY' $LOCAL_URL/snapshots/$id/activate | jq -r .state)\" = pending ]"
check "... then active" wait_state built-one active 5
check "activate an active snapshot is 400" test "$(status POST "/snapshots/$id/activate")" = 400

# ---- durability: a build in flight survives a restart ----
stop_local
start_local --build-seconds 3 || { not_ok "byoc-local restarts"; finish; exit 1; }
BASE=${LOCAL_URL%/api}
body=$(post /snapshots "{\"name\":\"slow-one\",\"buildInfo\":{\"dockerfileContent\":\"FROM a:1\\nENV X=1\\nRUN true\\n\"}}")
sid=$(jq -r .id <<<"$body")
check "before the build starts, the log is 404 'build logs not found for ref'" \
	bash -c "curl -s -H 'Authorization: Bearer $DAYTONA_API_KEY' '$BASE/snapshots/$sid/build-logs' | jq -e '.statusCode == 404 and (.message | startswith(\"build logs not found for ref: daytona-\"))' >/dev/null"
wait_state slow-one building 3 >/dev/null
stop_local
start_local --build-seconds 0.3 || { not_ok "byoc-local restarts"; finish; exit 1; }
check "after a restart, snapshots are still there" test "$(state_of built-one)" = active
check "a build interrupted by the restart resumes and ends active" wait_state slow-one active 5
finish
