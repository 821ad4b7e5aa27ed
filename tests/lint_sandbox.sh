#!/usr/bin/env bash
# The programs that run inside sandboxes (src/lib/sandbox/) are checked as programs:
# sh -n and shellcheck (when installed) for shell, py_compile for Python. TAP-style lines.
set -u
cd "$(dirname "$0")/.."
rc=0
for f in src/lib/sandbox/*.sh; do
	[ -f "$f" ] || continue
	if out=$(sh -n "$f" 2>&1); then echo "ok - sh -n $f"; else echo "not ok - sh -n $f: $out"; rc=1; fi
	if command -v shellcheck >/dev/null 2>&1; then
		if out=$(shellcheck -s sh "$f" 2>&1); then echo "ok - shellcheck $f"; else
			echo "not ok - shellcheck $f"; echo "$out" >&2; rc=1; fi
	fi
done
pyc=$(mktemp -d)
trap 'rm -rf "$pyc"' EXIT
for f in src/lib/sandbox/*.py; do
	[ -f "$f" ] || continue
	if out=$(python3 -c 'import sys, py_compile; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)' "$f" "$pyc/c.pyc" 2>&1); then
		echo "ok - py_compile $f"
	else
		echo "not ok - py_compile $f: $out"; rc=1
	fi
done
exit $rc
