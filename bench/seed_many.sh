#!/usr/bin/env bash
# byoc-seed data of many small files (default 100,000 of 1 KiB; BENCH_MANY_FILES): peak RSS.
# The entry list and the manifest that proves arrival spill to temporary files
# (docs/byoc-seed.1 MEMORY), so memory should not grow with the number of entries: this row
# holds that to the 32 MiB target with many more entries than the 1 GiB seed has.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../tests/e2e/_seed_lib.sh"

FILES=${BENCH_MANY_FILES:-100000}
start_local --build-seconds 0 || exit 1
make_sandbox bench-many || exit 1
needs_toolbox

DS=$TEST_TMP/many
python3 - "$DS" "$FILES" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(root, "d%03d" % (i % 100))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "file-%06d.txt" % i), "wb") as f:
        f.write(os.urandom(1024))
PY
s=$EPOCHREALTIME
rss=$(peak_rss_kib "$BINDIR/byoc-seed" data bench-many "$DS/" --dest /home/daytona/many --quiet)
t=$(awk -v s="$s" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.1f", e - s}')
[ "$(sbx_exec 'find /home/daytona/many -type f | wc -l')" = "$FILES" ] || { echo "seed of $FILES files incomplete" >&2; exit 1; }
echo "byoc-seed of $FILES files: ${rss} KiB, ${t} s" >&2
row "seed peak RSS, $FILES files of 1 KiB" "$((rss / 1024)) MiB" "-" "-" "< 32 MiB" \
	"$([ "$rss" -lt 32768 ] && echo yes || echo no)"
finish
