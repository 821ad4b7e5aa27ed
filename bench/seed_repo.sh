#!/usr/bin/env bash
# byoc-seed repo of a big repository over git's smart HTTP against git itself, side by side on
# the same git server (Apache + git http-backend) and the same byoc-local: `--depth 1` and a full
# clone, each against `git clone [--depth 1]` followed by `tar c | curl -T` of the clone (its
# .git too) into the sandbox; target within 1.3x. Peak RSS of the seeds: target 64 MiB (git
# itself needs about that for libgit2's own history).
# The repository (made with git fast-import) has BENCH_REPO_FILES small files (default
# 100,000) in 1,000 folders, BENCH_REPO_COMMITS commits each changing 2,000 of them (so the
# pack holds deltas), and one incompressible file of BENCH_REPO_BIG_MIB MiB (default 512):
# 191,063 objects, more than libgit2's own history (134,000). The pack is indexed and the tree
# checked out in flat memory (src/lib/gitpack.h, gitcheckout.h; libgit2 1.8's own need 83 MiB
# here, docs/architecture.md). BENCH_REPO_RUNS (default 3) runs of each, alternated; medians.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../tests/e2e/_seed_lib.sh"
source "$(dirname "$0")/../tests/e2e/_git_server.sh"
trap 'stop_git_server; finish' EXIT

FILES=${BENCH_REPO_FILES:-100000}
COMMITS=${BENCH_REPO_COMMITS:-30}
BIG=${BENCH_REPO_BIG_MIB:-512}
git_server_available || { echo "apache2 or git-http-backend missing" >&2; exit 1; }
start_local --build-seconds 0 || exit 1
make_sandbox bench-repo || exit 1
needs_toolbox

mkdir -p "$TEST_TMP/git-server/repos"
REPO=$TEST_TMP/git-server/repos/big.git
if [ -n "${BENCH_REPO_SOURCE:-}" ]; then
	# a real repository (e.g. a mirror of libgit2's own history): its HEAD branch, as served
	git clone -q --bare --no-local "$BENCH_REPO_SOURCE" "$REPO" || exit 1
	FILES=$(( $(git -C "$REPO" ls-tree -r HEAD | wc -l) - 1 )); BIG=0
	COMMITS=$(( $(git -C "$REPO" rev-list --count HEAD) - 1 ))
	WHAT="$(basename "${BENCH_REPO_SOURCE%/}"): $((FILES + 1)) files"
else
git init -q --bare "$REPO"
python3 - "$FILES" "$COMMITS" "$BIG" <<'PY' | git -C "$REPO" fast-import --quiet --big-file-threshold=64m
import os, sys
files, commits, big = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
out = sys.stdout.buffer
def blob(mark, data):
    out.write(b"blob\nmark :%d\ndata %d\n" % (mark, len(data)) + data + b"\n")
def body(i, rev):
    return b"".join(b"file %d revision %d line %d\n" % (i, rev, k) for k in range(8))
mark = 1
for i in range(files):
    blob(mark + i, body(i, 0))
out.write(b"blob\nmark :%d\ndata %d\n" % (files + 1, big << 20))  # written in chunks
for _ in range(big):
    out.write(os.urandom(1 << 20))
out.write(b"\n")
out.write(b"commit refs/heads/main\ncommitter b <b@e> 1700000000 +0000\ndata 4\nbase\n")
for i in range(files):
    out.write(b"M 100644 :%d d%03d/f%06d.txt\n" % (mark + i, i % 1000, i))
out.write(b"M 100644 :%d big.bin\n\n" % (files + 1))
m = files + 2
for c in range(1, commits + 1):
    changed = [i % files for i in range(c * 2000, c * 2000 + 2000)]
    for i in changed:
        blob(m, body(i, c)); m += 1
    out.write(b"commit refs/heads/main\ncommitter b <b@e> %d +0000\ndata 3\nc%d\n" % (1700000000 + c, c % 10))
    m0 = m - 2000
    for j, i in enumerate(changed):
        out.write(b"M 100644 :%d d%03d/f%06d.txt\n" % (m0 + j, i % 1000, i))
    out.write(b"\n")
PY
git -C "$REPO" symbolic-ref HEAD refs/heads/main
WHAT="$FILES files + $BIG MiB"
fi
objects=$(git -C "$REPO" count-objects -v | awk '/^in-pack/ {print $2}')
[ "$(id -u)" = 0 ] && chown -R nobody "$REPO"
GIT_TOKEN=$(openssl rand -hex 16)
start_git_server u "$GIT_TOKEN" || exit 1
URL="http://u@${GIT_SERVER_URL#http://}/big.git"
RRUNS=${BENCH_REPO_RUNS:-3}
export GIT_TOKEN

seed_run() { # DEST ARGS...: the seed, its peak RSS in $TEST_TMP/rss
	local d=$1; shift
	/usr/bin/time -f '%M' -o "$TEST_TMP/rss" "$BINDIR/byoc-seed" repo bench-repo "$URL" --dest "$d" "$@" >/dev/null 2>"$TEST_TMP/seed.err"
}
# git clone [ARGS] of the same URL, then its folder as a tar into the same bulk-upload endpoint
git_run() { # DEST ARGS...
	local d=$1 w=$TEST_TMP/gitclone; shift
	git -c credential.helper= -c "http.extraHeader=Authorization: Basic $(printf 'u:%s' "$GIT_TOKEN" | base64)" clone -q "$@" \
		"${URL/u@/}" "$w" && tar_upload "$w" "$d.tar"
}
timed() { local s=$EPOCHREALTIME; "$@" || return 1; awk -v s="$s" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.2f", e - s}'; }

for mode in depth1 full; do
	args=(); [ $mode = depth1 ] && args=(--depth 1)
	tb=(); tg=(); rss=0
	for i in $(seq 1 "$RRUNS"); do
		t=$(timed seed_run "/home/daytona/$mode-$i" "${args[@]}") || { cat "$TEST_TMP/seed.err" >&2; exit 1; }
		tb+=("$t"); r=$(tail -n 1 "$TEST_TMP/rss"); [ "$r" -gt "$rss" ] && rss=$r
		# the seed's own report: its time before it waits for the host clone's removal
		echo "$mode run $i: $(grep -o 'in [0-9.]*s, manifest' "$TEST_TMP/seed.err" | head -n 1)" >&2
		d=/home/daytona/$mode-$i
		[ "$i" -gt 1 ] ||
			{ [ "$(sbx_exec "git -C $d ls-files | wc -l")" = "$((FILES + 1))" ] &&
				{ [ "$BIG" = 0 ] || [ "$(sbx_exec "stat -c %s $d/big.bin")" = "$((BIG << 20))" ]; } &&
				[ -z "$(sbx_exec "git -C $d status --porcelain")" ] &&
				[ "$(sbx_exec "git -C $d rev-list --count HEAD")" = "$([ $mode = depth1 ] && echo 1 || echo $((COMMITS + 1)))" ]; } ||
			{ echo "seed of the repository ($mode) incomplete" >&2; exit 1; }
		# the sandbox's disk (3 GiB) holds one seed and its archive at a time; removals untimed
		sbx_exec "rm -rf $d" >/dev/null
		t=$(timed git_run "/home/daytona/git-$mode-$i" "${args[@]}") || { echo "git clone failed" >&2; exit 1; }
		tg+=("$t")
		sbx_exec "rm -f /home/daytona/git-$mode-$i.tar" >/dev/null
		rm -rf "$TEST_TMP/gitclone"
		echo "$mode run $i: byoc ${tb[-1]} s (${r} KiB), git clone + tar | curl ${tg[-1]} s, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
	done
	b=$(median "${tb[@]}"); g=$(median "${tg[@]}")
	r=$(awk -v a="$b" -v b="$g" 'BEGIN {printf "%.2f", a / b}')
	what=$([ $mode = depth1 ] && echo "--depth 1" || echo "full clone")
	row "seed repo $what over HTTP ($objects objects, $WHAT) vs git clone${args[*]:+ ${args[*]}} + tar c | curl -T" \
		"$b s" "$g s" "${r}x" "<= 1.3x" "$(awk -v r="$r" 'BEGIN {print (r <= 1.3) ? "yes" : "no"}')"
	row "seed peak RSS, repo $what over HTTP: $objects objects, $WHAT" "$((rss / 1024)) MiB" "-" "-" \
		"<= 64 MiB" "$([ "$rss" -le 65536 ] && echo yes || echo no)"
done
