#!/usr/bin/env bash
# make bench: runs every bench/*.sh (each compares byoc with its anchor on the same byoc-local,
# median of BENCH_RUNS runs) and writes the table to bench/results.md with the machine it ran on.
set -u
cd "$(dirname "$0")/.."
export BINDIR=$(cd "${BINDIR:-bin}" && pwd) BYOC_ROOT=$PWD
rows=$(mktemp); export BENCH_ROWS=$rows
soak=$(sed -n '/^## Soak/,$p' bench/results.md 2>/dev/null)   # make soak's table is kept
for b in bench/*.sh; do
	case $(basename "$b") in lib.sh|run.sh) continue ;; esac
	echo "== $b" >&2
	bash "$b" >&2 || printf 'ROW\t%s\tfailed\t-\t-\t-\tno\n' "$(basename "$b" .sh)" >>"$rows"
done
{
	echo "# Benchmark results"
	echo
	echo "Run on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr). Median of ${BENCH_RUNS:-5} runs each; see docs/performance.md."
	echo
	echo "| measure | byoc | anchor | ratio | target | met? |"
	echo "|---|---|---|---|---|---|"
	# markdown: a '|' inside a field is escaped
	sed -n 's/^ROW\t//p' "$rows" | sed 's/|/\\|/g' |
		awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}'
	[ -n "$soak" ] && printf '\n%s\n' "$soak"
} >bench/results.md
cat bench/results.md
rm -f "$rows"
