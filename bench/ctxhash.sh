#!/usr/bin/env bash
# byoc-snapshot, two measures (issue 3.8), median of BENCH_RUNS (>= 5) runs each:
#   1. context hashing throughput: `byoc-snapshot contexts` over a context of BENCH_CTX_MB MiB
#      (default 1024, in files of 16 MiB plus 1,000 small ones, page cache warm), against
#      `openssl speed -evp md5` (16 KiB blocks) on the same machine; target >= 85% of it;
#   2. a no-op publish (the snapshot exists and is active) as a whole process, against the
#      official SDK's snapshot.get from node (@daytonaio/sdk 0.218.0, process start included)
#      on the same byoc-local; target: at least 20 times faster.
# Prints one table row per measure.
source "$(dirname "$0")/lib.sh"
[ "$RUNS" -lt 5 ] && RUNS=5
MB=${BENCH_CTX_MB:-1024}

# ---- 1. hashing throughput ----------------------------------------------------------
C=$TEST_TMP/ctx
mkdir -p "$C/data/small"
big=$((MB / 16))
for i in $(seq 1 "$big"); do head -c $((16 << 20)) /dev/urandom >"$C/data/big-$i.bin"; done
for i in $(seq 1 1000); do printf 'small file %d\n' "$i" >"$C/data/small/f$i.txt"; done
printf 'FROM python:3.12-slim\nCOPY data /data\n' >"$C/Dockerfile"
bytes=$(du -sb "$C/data" | cut -f1)
cat "$C"/data/*.bin >/dev/null   # warm the page cache: measure hashing, not the disk
# the context is over the default 1 GiB limit on purpose: raise it, and make sure the tool
# really hashed (a refusal is fast and would time nothing)
"$BINDIR/byoc-snapshot" contexts -f "$C/Dockerfile" --max-context-bytes 8G -q >/dev/null ||
	{ echo "byoc-snapshot contexts failed" >&2; exit 1; }
hash_s=$(median_seconds "$BINDIR/byoc-snapshot" contexts -f "$C/Dockerfile" --max-context-bytes 8G -q)
byoc_mbs=$(awk -v b="$bytes" -v s="$hash_s" 'BEGIN {printf "%.0f", b / s / 1e6}')
# openssl: wall-clock (-elapsed) like ours, in 1000s of bytes per second; the 16 KiB column, median
v=()
for i in $(seq 1 "$RUNS"); do
	v+=("$(openssl speed -elapsed -evp md5 -seconds 1 2>/dev/null | awk '$1 == "md5" {sub(/k$/, "", $NF); print $NF}')")
done
ossl_mbs=$(awk -v k="$(median "${v[@]}")" 'BEGIN {printf "%.0f", k * 1000 / 1e6}')
ratio=$(awk -v a="$byoc_mbs" -v b="$ossl_mbs" 'BEGIN {printf "%.2f", a / b}')
met=$(awk -v r="$ratio" 'BEGIN {print (r >= 0.85) ? "yes" : "no"}')
echo "context hashing: $bytes bytes in ${hash_s}s = $byoc_mbs MB/s; openssl md5 $ossl_mbs MB/s" >&2
row "context hashing throughput ($((bytes >> 20)) MiB, warm cache)" "$byoc_mbs MB/s" \
	"$ossl_mbs MB/s (openssl speed -evp md5, 16 KiB)" "$ratio" ">= 0.85" "$met"
rm -rf "$C"

# ---- 2. no-op publish against the SDK's snapshot.get --------------------------------------
sdk_node_modules
start_local --build-seconds 0 || exit 1
P=$TEST_TMP/noop
mkdir -p "$P"
printf 'hello\n' >"$P/hello.txt"
printf 'FROM python:3.12-slim\nCOPY hello.txt /hello.txt\n' >"$P/Dockerfile"
name=$("$BINDIR/byoc-snapshot" publish -f "$P/Dockerfile" -q) || { echo "publish failed" >&2; exit 1; }
# A ~10 ms measure: 21 runs of each side, so that one scheduling hiccup cannot move the median.
RUNS_SAVED=$RUNS; [ "$RUNS" -lt 21 ] && RUNS=21
byoc_s=$(median_seconds "$BINDIR/byoc-snapshot" publish -f "$P/Dockerfile" -q)
if [ -n "$NODE_MODULES" ]; then
	cat >"$TEST_TMP/get.mjs" <<'EOF'
import { createRequire } from 'node:module';
const require = createRequire(process.env.NODE_MODULES + '/');
const { Daytona } = require('@daytonaio/sdk');
const daytona = new Daytona({ apiUrl: process.env.DAYTONA_API_URL, apiKey: process.env.DAYTONA_API_KEY });
const s = await daytona.snapshot.get(process.argv[2]);
if (s.state !== 'active') process.exit(1);
EOF
	export NODE_MODULES DAYTONA_USE_DEPRECATED_POLLING=true NODE_NO_WARNINGS=1
	node "$TEST_TMP/get.mjs" "$name" || { echo "the SDK's snapshot.get failed" >&2; exit 1; }
	sdk_s=$(median_seconds node "$TEST_TMP/get.mjs" "$name")
	RUNS=$RUNS_SAVED
	ratio=$(awk -v a="$byoc_s" -v b="$sdk_s" 'BEGIN {printf "%.1f", b / a}')
	met=$(awk -v r="$ratio" 'BEGIN {print (r >= 20) ? "yes" : "no"}')
	echo "no-op publish ${byoc_s}s, SDK snapshot.get ${sdk_s}s" >&2
	row "no-op publish (snapshot exists, whole process)" "$(awk -v s="$byoc_s" 'BEGIN {printf "%.1f ms", s * 1000}')" \
		"$(awk -v s="$sdk_s" 'BEGIN {printf "%.1f ms", s * 1000}') (SDK snapshot.get, node)" "${ratio}x" ">= 20x" "$met"
else
	row "no-op publish (snapshot exists, whole process)" "$byoc_s s" "SDK not installed" "-" ">= 20x" "no"
fi
finish
