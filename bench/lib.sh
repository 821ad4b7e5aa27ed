# Shared by bench/*.sh: byoc-local on loopback (from tests/e2e/lib.sh), timing with medians,
# and one result row per measure:  row MEASURE BYOC ANCHOR RATIO TARGET MET
source "$(dirname "${BASH_SOURCE[0]}")/../tests/e2e/lib.sh"
RUNS=${BENCH_RUNS:-5}

# NODE_MODULES: the official SDK's node_modules (tests/compat, `npm ci` there); in a git worktree
# without its own, the one of the repository's main checkout (found through git, not a path).
sdk_node_modules() {
	local d common
	NODE_MODULES=
	common=$(git -C "$BYOC_ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)
	for d in "$BYOC_ROOT/tests/compat/node_modules" ${common:+"$(dirname "$common")/tests/compat/node_modules"}; do
		[ -d "$d/@daytonaio/sdk" ] && { NODE_MODULES=$d; break; }
	done
}
BENCH_ROWS=${BENCH_ROWS:-/dev/stdout}

# median N1 N2 ...: the median of the numbers.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# seconds CMD...: wall-clock seconds of one run of CMD (its output discarded). The clock is
# bash's own $EPOCHREALTIME: a `date` process on each side would add milliseconds of the
# harness to a 10 ms measure.
seconds() {
	local s e
	s=$EPOCHREALTIME; "$@" >/dev/null 2>&1; e=$EPOCHREALTIME
	awk -v s="$s" -v e="$e" 'BEGIN {printf "%.4f", e - s}'
}

# median_seconds CMD...: median wall-clock seconds over $RUNS runs.
median_seconds() { local i v=(); for i in $(seq 1 "$RUNS"); do v+=("$(seconds "$@")"); done; median "${v[@]}"; }

# peak_rss_kib CMD...: peak resident set size of CMD in KiB (GNU time).
peak_rss_kib() { /usr/bin/time -f '%M' -o "$TEST_TMP/rss" "$@" >/dev/null 2>&1; tail -n 1 "$TEST_TMP/rss"; }

# row MEASURE BYOC ANCHOR RATIO TARGET MET: one line of the results table.
# Fields are tab-separated, so a measure may contain '|' (e.g. "tar c | curl -T").
# Without BENCH_ROWS, on stdout itself: reopening /dev/stdout (>>) would write at the file's end
# while stdout's own offset stays behind, so the next line on stdout overwrote the row.
row() {
	if [ "$BENCH_ROWS" = /dev/stdout ]; then
		printf 'ROW\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@"
	else
		printf 'ROW\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$BENCH_ROWS"
	fi
}

# tar_upload DIR DEST: `tar c | curl -T` of DIR into the sandbox's bulk-upload endpoint at DEST
# ($TOOLBOX): the multipart framing written around the tar stream, sent chunked from stdin
# (curl -F @- would first read the whole stream into memory).
tar_upload() {
	local b=byocbench0123456789
	{
		printf -- '--%s\r\nContent-Disposition: form-data; name="files[0].path"\r\n\r\n%s\r\n' "$b" "$2"
		printf -- '--%s\r\nContent-Disposition: form-data; name="files[0].file"; filename="t.tar"\r\n' "$b"
		printf 'Content-Type: application/octet-stream\r\n\r\n'
		tar -C "$1" -cf - .
		printf -- '\r\n--%s--\r\n' "$b"
	} | curl -sS -f -X POST -T - -H "Authorization: Bearer $DAYTONA_API_KEY" \
		-H "Content-Type: multipart/form-data; boundary=$b" "$TOOLBOX/files/bulk-upload" >/dev/null
}
