#!/usr/bin/env bash
# Runs the named suites (default: unit e2e compat) and ends with one line
# "N passed, N failed[, N skipped]". Unit tests are Criterion binaries; e2e
# and compat scripts print TAP-style "ok - name" / "not ok - name" lines.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BINDIR=$(cd "${BINDIR:-bin}" && pwd)
export BYOC_ROOT=$PWD
if [ "${VALGRIND:-}" = 1 ]; then
	export BYOC_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --track-fds=no --suppressions=$PWD/tests/valgrind.supp"
fi
suites=${*:-unit e2e compat}
pass=0 fail=0 skip=0
failed_names=()
log_dir=$(mktemp -d /tmp/byoc-tests.XXXXXX)
# The e2e and compat scripts leave byoc-local's traffic here; it is held against Daytona's
# OpenAPI specs once, at the end (tests/compat/validate.mjs).
export BYOC_TRAFFIC_DIR=$log_dir/traffic
mkdir -p "$BYOC_TRAFFIC_DIR"

count() { # file -> updates pass/fail/skip from TAP-ish lines
	local p f s
	p=$(grep -c '^ok ' "$1" || true)
	f=$(grep -c '^not ok ' "$1" || true)
	s=$(grep -c '^skip ' "$1" || true)
	pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
	grep '^not ok ' "$1" | sed "s|^|  $2: |" >&2 || true
}

for suite in $suites; do
	case $suite in
	unit)
		for t in "$BUILD"/tests/test_*; do
			[ -x "$t" ] || continue
			name=$(basename "$t")
			out="$log_dir/$name.log"
			${BYOC_WRAP:-} "$t" --jobs=2 >"$out" 2>&1
			rc=$?
			line=$(grep -E 'Synthesis: Tested' "$out" | tail -n 1)
			p=$(sed -nE 's/.*Passing: ([0-9]+).*/\1/p' <<<"$line"); p=${p:-0}
			f=$(sed -nE 's/.*Failing: ([0-9]+).*/\1/p' <<<"$line"); f=${f:-0}
			c=$(sed -nE 's/.*Crashing: ([0-9]+).*/\1/p' <<<"$line"); c=${c:-0}
			pass=$((pass + p)); fail=$((fail + f + c))
			if [ $rc -ne 0 ] && [ $((f + c)) -eq 0 ]; then fail=$((fail + 1)); fi
			if [ $rc -ne 0 ]; then
				failed_names+=("unit/$name"); echo "--- unit/$name (exit $rc)" >&2; tail -n 40 "$out" >&2
			else
				echo "unit/$name: $p passed" >&2
			fi
		done
		for r in "$BUILD"/replay/fuzz_*; do
			[ -x "$r" ] || continue
			name=$(basename "$r")
			out="$log_dir/replay-$name.log"
			${BYOC_WRAP:-} "$r" "tests/fuzz/corpus/$name" "tests/fuzz/regress/$name" >"$out" 2>&1
			rc=$?
			count "$out" "replay/$name"
			if [ $rc -ne 0 ]; then
				fail=$((fail + 1)); failed_names+=("replay/$name")
				echo "--- replay/$name (exit $rc)" >&2; tail -n 30 "$out" >&2
			fi
		done
		out="$log_dir/lint_sandbox.log"
		bash tests/lint_sandbox.sh >"$out" 2>&1
		rc=$?
		count "$out" "lint/sandbox"
		if [ $rc -ne 0 ]; then
			failed_names+=("lint/sandbox"); echo "--- lint/sandbox (exit $rc)" >&2; tail -n 30 "$out" >&2
		else
			echo "lint/sandbox: $(grep -c '^ok ' "$out") passed" >&2
		fi
		;;
	e2e|compat)
		for t in tests/$suite/*.sh; do
			[ -f "$t" ] || continue
			case $(basename "$t") in lib.sh|_*) continue ;; esac
			name=$suite/$(basename "$t" .sh)
			out="$log_dir/${name//\//_}.log"
			start=$(date +%s)
			timeout 1200 bash "$t" >"$out" 2>&1
			rc=$?
			count "$out" "$name"
			if [ $rc -ne 0 ]; then
				if ! grep -q '^not ok ' "$out"; then fail=$((fail + 1)); fi
				failed_names+=("$name"); echo "--- $name (exit $rc)" >&2; tail -n 60 "$out" >&2
			else
				echo "$name: $(grep -c '^ok ' "$out") passed ($(( $(date +%s) - start ))s)" >&2
			fi
		done
		;;
	*) echo "unknown suite '$suite'" >&2; exit 2 ;;
	esac
done

if compgen -G "$BYOC_TRAFFIC_DIR/*.jsonl" >/dev/null; then
	out=$log_dir/spec.log
	start=$(date +%s)
	source tests/compat/_deps.sh
	if compat_deps && node tests/compat/validate.mjs "$BYOC_TRAFFIC_DIR"/*.jsonl >"$out" 2>&1; then
		echo "spec: $(grep -c '^ok ' "$out") traffic logs hold against the OpenAPI specs ($(( $(date +%s) - start ))s)" >&2
	else
		grep -q '^not ok ' "$out" || fail=$((fail + 1))
		failed_names+=("spec"); echo "--- spec (traffic against the OpenAPI specs)" >&2; grep -v '^ok ' "$out" | head -n 80 >&2
	fi
	count "$out" spec
fi

[ ${#failed_names[@]} -gt 0 ] && echo "failed: ${failed_names[*]} (logs in $log_dir)" >&2
if [ $skip -gt 0 ]; then echo "$pass passed, $fail failed, $skip skipped"; else echo "$pass passed, $fail failed"; fi
[ $fail -eq 0 ] && [ ${#failed_names[@]} -eq 0 ] && [ $pass -gt 0 ]
