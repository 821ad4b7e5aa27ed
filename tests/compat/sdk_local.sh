#!/usr/bin/env bash
# The official Daytona TypeScript SDK, unchanged, against byoc-local (issue 2.10).
source "$(dirname "$0")/_setup.sh"
start_local --build-seconds 1 || { echo "not ok - byoc-local starts"; exit 1; }
node "$COMPAT_DIR/sdk_local.mjs"
rc=$?
finish || rc=1
exit $rc
