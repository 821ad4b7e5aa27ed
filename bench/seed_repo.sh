#!/usr/bin/env bash
# byoc-seed repo of a big repository over git's smart HTTP: peak RSS.
# The repository (made with git fast-import) has BENCH_REPO_FILES small files (default
# 100,000) in 1,000 folders, BENCH_REPO_COMMITS commits each changing 2,000 of them (so the
# pack holds deltas), and one incompressible file of BENCH_REPO_BIG_MIB MiB (default 512):
# about 260,000 objects. The pack is indexed and the tree checked out in flat memory
# (src/lib/gitpack.h, gitcheckout.h), so the row holds the 32 MiB target for many more
# objects, and a bigger file, than small repositories have.
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
objects=$(git -C "$REPO" count-objects -v | awk '/^in-pack/ {print $2}')
[ "$(id -u)" = 0 ] && chown -R nobody "$REPO"
start_git_server u p || exit 1
URL="http://u@${GIT_SERVER_URL#http://}/big.git"

s=$EPOCHREALTIME
rss=$(GIT_TOKEN=p peak_rss_kib "$BINDIR/byoc-seed" repo bench-repo "$URL" --dest /home/daytona/big --quiet)
t=$(awk -v s="$s" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.1f", e - s}')
[ "$(sbx_exec 'git -C /home/daytona/big ls-files | wc -l')" = "$((FILES + 1))" ] &&
	[ "$(sbx_exec 'stat -c %s /home/daytona/big/big.bin')" = "$((BIG << 20))" ] &&
	[ -z "$(sbx_exec 'git -C /home/daytona/big status --porcelain')" ] ||
	{ echo "seed of the repository incomplete" >&2; exit 1; }
echo "byoc-seed repo of $objects objects, $FILES files + $BIG MiB: ${rss} KiB, ${t} s" >&2
row "seed peak RSS, repo over HTTP: $objects objects, $FILES files + a $BIG MiB file" "$((rss / 1024)) MiB" "-" "-" \
	"< 32 MiB" "$([ "$rss" -lt 32768 ] && echo yes || echo no)"
