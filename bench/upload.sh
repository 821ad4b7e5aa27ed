#!/usr/bin/env bash
# One file into a sandbox (issue 19, point 4): the toolbox's files/upload-v2 with the file as
# the raw body against the multipart bulk-upload the tools sent before, for a small (4 KiB)
# and a large (256 MiB, streamed from a file) file, on byoc-local:
#   - the request forms alone, with curl (the same libcurl as the tools; -T and -F both
#     stream the file), timed by curl itself (time_total: no process start in the measure),
#     and byoc-local's CPU time for them (utime + stime: steadier than wall time on a shared
#     machine, where the sandbox disk's writes dominate the wall time of a big file);
#   - byoc-seed file end to end (upload, then the sandbox's check and rename) on a byoc-local
#     that serves upload-v2, against the same tool on one that answers it 404 (as a daemon
#     older than v0.205 does: the tool falls back to the multipart form);
#   - byoc-seed file's peak RSS for the large file (memory flat: < 32 MiB).
# Median of BENCH_RUNS runs each, the forms interleaved; BENCH_UPLOAD_MB sets the large size.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../tests/e2e/_seed_lib.sh"

MB=${BENCH_UPLOAD_MB:-256}
head -c 4096 /dev/urandom >"$TEST_TMP/small"
head -c $((MB * 1024 * 1024)) /dev/urandom >"$TEST_TMP/large"
AUTH="Authorization: Bearer $DAYTONA_API_KEY"
label() { [ "$1" = small ] && echo "4 KiB" || echo "$MB MiB"; }
yes_if_lt() { awk -v a="$1" -v b="$2" 'BEGIN {print (a < b) ? "yes" : "no"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }

# FILE DEST: the multipart bulk-upload of one file (files[0].path, files[0].file)
multipart() {
	curl -sS -f -o /dev/null -w '%{time_total}' -X POST -H "$AUTH" -H 'Expect:' -F "files[0].path=$2" \
		-F "files[0].file=@$1;filename=$(basename "$2")" "$TOOLBOX/files/bulk-upload"
}
# FILE DEST: files/upload-v2 with the file as the body, with its Content-Length
raw_v2() {
	curl -sS -f -o /dev/null -w '%{time_total}' -X POST -H "$AUTH" -H 'Expect:' \
		-H 'Content-Type: application/octet-stream' -T "$1" "$TOOLBOX/files/upload-v2?path=$2"
}
seed_file() { "$BINDIR/byoc-seed" file "$1" "$2" /home/daytona/s --quiet; }
ticks() { awk '{print $14 + $15}' "/proc/$LOCAL_PID/stat"; }   # byoc-local's CPU, 1/100 s

start_local --build-seconds 0 || exit 1
make_sandbox bench-upload || exit 1
needs_toolbox
for size in small large; do
	tm=(); tv=(); cm=0; cv=0
	n=$([ $size = small ] && echo $((RUNS * 20)) || echo "$RUNS")   # small: enough calls to count CPU
	for i in $(seq 1 "$n"); do
		a=$(ticks); tm+=("$(multipart "$TEST_TMP/$size" /home/daytona/m)") || exit 1
		b=$(ticks); tv+=("$(raw_v2 "$TEST_TMP/$size" /home/daytona/v)") || exit 1
		c=$(ticks); cm=$((cm + b - a)); cv=$((cv + c - b))
	done
	m=$(median "${tm[@]}"); v=$(median "${tv[@]}")
	row "one file, $(label $size), the request alone: files/upload-v2 raw body vs multipart bulk-upload (curl, median of $n)" \
		"${v} s" "${m} s" "$(ratio "$m" "$v")" "faster" "$(yes_if_lt "$v" "$m")"
	cm=$(awk -v t="$cm" -v n="$n" 'BEGIN {printf "%.2f", t * 10 / n}'); cv=$(awk -v t="$cv" -v n="$n" 'BEGIN {printf "%.2f", t * 10 / n}')
	row "one file, $(label $size): byoc-local CPU per upload, upload-v2 vs multipart" "${cv} ms" "${cm} ms" \
		"$(ratio "$cm" "$cv")" "less" "$(yes_if_lt "$cv" "$cm")"
done
for size in small large; do
	t=$(median_seconds seed_file bench-upload "$TEST_TMP/$size"); eval "v2_$size=$t"
done
rss=$(peak_rss_kib "$BINDIR/byoc-seed" file bench-upload "$TEST_TMP/large" /home/daytona/s --quiet)
stop_local

# the same tool on a daemon without upload-v2
LOCAL_STATE=$TEST_TMP/state-old
start_local --build-seconds 0 --fault 'POST /toolbox/*/files/upload-v2 1 404' || exit 1
make_sandbox bench-upload-old || exit 1
for size in small large; do
	old=$(median_seconds seed_file bench-upload-old "$TEST_TMP/$size")
	new=$(eval echo "\$v2_$size")
	row "byoc-seed file, $(label $size), end to end: upload-v2 vs multipart (a daemon answering upload-v2 404)" \
		"${new} s" "${old} s" "$(ratio "$old" "$new")" "faster" "$(yes_if_lt "$new" "$old")"
done
row "byoc-seed file peak RSS, $MB MiB (upload-v2)" "$((rss / 1024)) MiB" - - "< 32 MiB" \
	"$([ "$rss" -lt 32768 ] && echo yes || echo no)"
finish
