#!/usr/bin/env bash
# The official Anthropic SDK's EnvironmentWorker inside a byoc-local sandbox (issue 20.3).
source "$(dirname "$0")/_setup.sh"
export ANTHROPIC_API_KEY=sk-ant-api03-sandbox-FAKE0123456789
start_local --build-seconds 0.5 --anthropic-api-key "$ANTHROPIC_API_KEY" --work-ttl 20 \
	|| { echo "not ok - byoc-local starts"; exit 1; }
# Sandboxes share this machine's network until they get their own; then the sandbox-facing
# address byoc-local serves the worker routes on replaces this one.
export ANTHROPIC_BASE_URL=${LOCAL_URL%/api}
node "$COMPAT_DIR/anthropic_sandbox.mjs"
rc=$?
finish || rc=1
exit $rc
