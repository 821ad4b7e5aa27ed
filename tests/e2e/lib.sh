# Shared by the end-to-end scripts: source it, call start_local, run tools,
# report with ok/not_ok. Each script prints TAP-style lines that tests/run.sh
# counts ("ok - name", "not ok - name", "skip - name").
set -u
BYOC_ROOT=${BYOC_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
BINDIR=${BINDIR:-$BYOC_ROOT/bin}
# The shared folder (Daytona's specs, the reference orchestrator) sits beside the repository.
SHARED=$BYOC_ROOT/../shared
TEST_TMP=$(mktemp -d /tmp/byoc-e2e.XXXXXX)
LOCAL_PID=
LOCAL_URL=
LOCAL_SANDBOX_API_URL=
LOCAL_STATE=
# Every exchange with byoc-local is logged here and held against Daytona's OpenAPI specs
# (tests/compat/validate.mjs): by finish() when a script runs alone, by tests/run.sh (which
# sets BYOC_TRAFFIC_DIR) once for the whole run.
TRAFFIC_LOG=$TEST_TMP/$(basename "$(dirname "$0")")-$(basename "$0" .sh).jsonl
export DAYTONA_API_KEY=${DAYTONA_API_KEY:-test-key-e2e}
_failures=0

# byoc TOOL ARGS...: runs a built tool (under valgrind when BYOC_WRAP is set).
byoc() { local t=$1; shift; ${BYOC_WRAP:-} "$BINDIR/$t" "$@"; }

ok() { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; _failures=$((_failures + 1)); }
skip() { echo "skip - $*"; }
# check NAME CMD...: ok when CMD exits 0.
check() { local n=$1; shift; if "$@"; then ok "$n"; else not_ok "$n"; fi; }
# refute NAME CMD...: ok when CMD fails (e.g. a grep that must find nothing).
refute() { local n=$1; shift; if "$@"; then not_ok "$n"; else ok "$n"; fi; }
# expect_exit CODE NAME CMD...: ok when CMD exits with CODE.
expect_exit() {
	local want=$1 n=$2 rc; shift 2
	"$@"; rc=$?
	if [ "$rc" -eq "$want" ]; then ok "$n"; else not_ok "$n (exit $rc, want $want)"; fi
}

# running PID...: how many of the PIDs are still running (a zombie waiting for its new
# parent to reap it does not count).
running() {
	local n=0 p
	for p in "$@"; do
		[ -e "/proc/$p" ] && [ "$(cut -d' ' -f3 "/proc/$p/stat" 2>/dev/null)" != Z ] && n=$((n + 1))
	done
	echo $n
}

# free_port: a port free on 127.0.0.1 now (for a host service a sandbox reaches through
# byoc-local's --forward-host-port, which is named before the service starts)
# sandbox_cat ID PATH: a file of sandbox ID from byoc-local's disk: its root while mounted, else
# its ext4 image read with debugfs (a stopped sandbox of an earlier byoc-local is not mounted)
sandbox_cat() {
	local s="$LOCAL_STATE/sandboxes/$1"
	if [ -f "$s/root$2" ]; then cat "$s/root$2"
	elif [ -f "$s/disk.img" ]; then debugfs -R "cat $2" "$s/disk.img" 2>/dev/null; fi
}
# results_add_row FILE SECTION HEADER ROW: ROW goes right after the last row of the table
# under "## SECTION" of FILE (a bench/results.md), the prose below that table staying below
# it; a missing section (or table) is made, with HEADER (the column names' line).
results_add_row() {
	python3 - "$@" <<'PY'
import os, sys
path, section, header, row = sys.argv[1:5]
lines = open(path).read().split("\n") if os.path.exists(path) else []
cols = header.count("|") - 1
table = [header, "|" + "---|" * cols, row]
h = next((k for k, l in enumerate(lines) if l.strip() == "## " + section), None)
if h is None:
    while lines and not lines[-1].strip():
        lines.pop()
    lines += ["", "## " + section, ""] + table + [""]
else:
    k = h + 1
    while k < len(lines) and not lines[k].startswith("|") and not lines[k].startswith("#"):
        k += 1
    if k < len(lines) and lines[k].startswith("|"):
        while k < len(lines) and lines[k].startswith("|"):
            k += 1
        lines[k:k] = [row]
    else:
        lines[h + 1:h + 1] = [""] + table
open(path, "w").write("\n".join(lines))
PY
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_local [byoc-local options...]: starts byoc-local on a free loopback port with
# a fresh state dir (or $LOCAL_STATE if set), exports DAYTONA_API_URL. $LOCAL_WRAP, when
# set, is a command that execs its arguments (so that $LOCAL_PID stays byoc-local's).
start_local() {
	LOCAL_STATE=${LOCAL_STATE:-$TEST_TMP/state}
	mkdir -p "$LOCAL_STATE"
	local out=$TEST_TMP/local.url
	: >"$out"
	${LOCAL_WRAP:-} "$BINDIR/byoc-local" --listen 127.0.0.1:${LOCAL_PORT:-0} --state "$LOCAL_STATE" \
		--api-key "$DAYTONA_API_KEY" --traffic-log "$TRAFFIC_LOG" "$@" >"$out" 2>>"$TEST_TMP/local.log" &
	LOCAL_PID=$!
	local i
	for i in $(seq 1 200); do
		if [ -s "$out" ]; then break; fi
		if ! kill -0 "$LOCAL_PID" 2>/dev/null; then
			echo "byoc-local exited early:" >&2; cat "$TEST_TMP/local.log" >&2; return 1
		fi
		sleep 0.05
	done
	LOCAL_URL=$(head -n 1 "$out")
	[ -n "$LOCAL_URL" ] || { echo "byoc-local printed no URL" >&2; return 1; }
	export DAYTONA_API_URL=$LOCAL_URL
	LOCAL_PORT=$(sed -E 's|.*:([0-9]+)/api$|\1|' <<<"$LOCAL_URL")
	# the sandbox-facing listener: what a worker inside a sandbox uses as ANTHROPIC_BASE_URL
	LOCAL_SANDBOX_API_URL=$(head -n 1 "$LOCAL_STATE/sandbox-api.url" 2>/dev/null)
}

stop_local() {
	if [ -n "$LOCAL_PID" ] && kill -0 "$LOCAL_PID" 2>/dev/null; then
		kill "$LOCAL_PID"; wait "$LOCAL_PID" 2>/dev/null
	fi
	LOCAL_PID=
}

# api METHOD PATH [curl args...]: raw call to byoc-local's API, body on stdout.
api() {
	local m=$1 p=$2; shift 2
	curl -sS -X "$m" -H "Authorization: Bearer $DAYTONA_API_KEY" "$@" "$LOCAL_URL$p"
}

source "$BYOC_ROOT/tests/compat/_deps.sh"

# save_traffic: hands this script's traffic log to tests/run.sh, or reports it against the specs.
save_traffic() {
	[ -s "$TRAFFIC_LOG" ] || return 0
	if [ -n "${BYOC_TRAFFIC_DIR:-}" ]; then
		cp "$TRAFFIC_LOG" "$BYOC_TRAFFIC_DIR/$(basename "$TRAFFIC_LOG" .jsonl)-$$.jsonl"
		return 0
	fi
	if ! compat_deps; then not_ok "npm ci of tests/compat (the OpenAPI validator) failed"; return 1; fi
	node "$BYOC_ROOT/tests/compat/validate.mjs" "$TRAFFIC_LOG" || _failures=$((_failures + 1))
	: >"$TRAFFIC_LOG"
}

finish() {
	stop_local
	save_traffic
	rm -rf "$TEST_TMP"
	[ "$_failures" -eq 0 ]
}
trap 'stop_local; save_traffic >/dev/null; rm -rf "$TEST_TMP"' EXIT
