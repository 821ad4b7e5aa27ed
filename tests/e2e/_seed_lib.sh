# Helpers for the byoc-seed end-to-end scripts (sourced after lib.sh; skipped by run.sh).

# make_sandbox NAME [DISK_GIB]: an active snapshot "seed-base" (created once; with DISK_GIB,
# "seed-base-<DISK_GIB>g" of that disk instead of byoc-local's 3 GiB) and a started sandbox NAME;
# sets SBX_ID and TOOLBOX (the sandbox's toolbox base URL).
make_sandbox() {
	local name=$1 i st snap=seed-base disk=
	[ -n "${2:-}" ] && { snap=seed-base-${2}g; disk=",\"disk\":$2"; }
	if ! api GET "/snapshots/$snap" 2>/dev/null | grep -q '"state":"active"'; then
		api POST /snapshots -H 'Content-Type: application/json' \
			-d "{\"name\":\"$snap\",\"imageName\":\"debian:12\"$disk}" >/dev/null
		for i in $(seq 1 200); do
			api GET "/snapshots/$snap" | grep -q '"state":"active"' && break
			sleep 0.1
		done
	fi
	api POST /sandbox -H 'Content-Type: application/json' \
		-d "{\"name\":\"$name\",\"snapshot\":\"$snap\"}" >"$TEST_TMP/sbx.json"
	for i in $(seq 1 300); do
		api GET "/sandbox/$name" >"$TEST_TMP/sbx.json"
		st=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("state",""))' "$TEST_TMP/sbx.json")
		[ "$st" = started ] && break
		sleep 0.1
	done
	SBX_ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$TEST_TMP/sbx.json")
	TOOLBOX=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["toolboxProxyUrl"].rstrip("/") + "/" + d["id"])' "$TEST_TMP/sbx.json")
	[ "$st" = started ]
}

# needs_toolbox: skips the rest of the script when byoc-local has no process execute yet.
needs_toolbox() {
	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" \
		-H 'Content-Type: application/json' -d '{"command":"true"}' "$TOOLBOX/process/execute")
	if [ "$code" = 404 ] || [ "$code" = 501 ]; then
		skip "byoc-local has no toolbox process/execute yet ($code)"; finish; exit 0
	fi
}

# sbx_exec SCRIPT: runs SCRIPT in the sandbox; prints its output; returns its exit code.
sbx_exec() {
	local body out
	body=$(python3 -c 'import json,sys; print(json.dumps({"command": sys.argv[1], "timeout": 300}))' "$1")
	out=$(curl -sS -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'Content-Type: application/json' \
		--data-binary "$body" "$TOOLBOX/process/execute")
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.stdout.write(d.get("result","")); sys.exit(d.get("exitCode",1) & 255)' "$out"
}

# tree_listing DIR: type, mode, size, symlink target, mtime, name and content hash of everything
# below DIR, sorted: the same command runs on the host and in the sandbox.
TREE_LISTING='cd "$1" && find . -mindepth 1 -printf "%y %m %s %l %T@ %P\n" | sed -E "s/ ([0-9]+)\.[0-9]+ / \1 /" | sed -E "s/^l [0-7]+ /l - /" | LC_ALL=C sort && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum'
tree_listing() { bash -c "$TREE_LISTING" _ "$1"; }
sbx_tree_listing() { sbx_exec "set -- $(printf %q "$1"); $TREE_LISTING"; }
