#!/usr/bin/env bash
# `make check-compat-latest`: the compat suite (tests/compat) against the newest @daytonaio/sdk on
# npm today, not the pinned one. It runs in a copy under build/compat-latest so that the pinned
# package.json and lock stay as they are; the build, the specs and the e2e helpers are the tree's.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
# the copy is build/compat-latest/repo, with build/compat-latest/shared beside it (../shared)
top=$root/${BUILD:-build}/compat-latest
work=$top/repo
rm -rf "$top"
mkdir -p "$work/tests"
ln -s "$(cd "$root/../shared" && pwd)" "$top/shared"
for f in "$root"/*; do [ "$(basename "$f")" = tests ] || ln -s "$f" "$work/"; done
ln -s "$root/tests/e2e" "$work/tests/e2e"
cp "$root/tests/run.sh" "$work/tests/"
(cd "$root/tests" && tar cf - --exclude=node_modules compat) | (cd "$work/tests" && tar xf -)
cd "$work/tests/compat"
pinned=$(node -p "require('./package.json').dependencies['@daytonaio/sdk']")
npm ci --no-audit --no-fund --loglevel=error >&2
npm install --no-save --no-audit --no-fund --loglevel=error @daytonaio/sdk@latest >&2
latest=$(node -p "require('@daytonaio/sdk/package.json').version")
echo "compat suite against @daytonaio/sdk $latest (pinned: $pinned)" >&2
BINDIR=$(cd "$root/${BINDIR:-bin}" && pwd) BUILD=$root/${BUILD:-build} exec bash "$work/tests/run.sh" compat
