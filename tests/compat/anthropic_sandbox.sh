#!/usr/bin/env bash
# The official Anthropic SDK's EnvironmentWorker inside a byoc-local sandbox (issue 20.3).
source "$(dirname "$0")/_setup.sh"
export ANTHROPIC_API_KEY=sk-ant-api03-sandbox-FAKE0123456789
start_local --build-seconds 0.5 --anthropic-api-key "$ANTHROPIC_API_KEY" --work-ttl 20 \
	|| { echo "not ok - byoc-local starts"; exit 1; }
export ANTHROPIC_BASE_URL=${LOCAL_URL%/api}
# The worker in the sandbox calls the sandbox-facing listener (only the routes a worker needs,
# as a real sandbox reaches api.anthropic.com) where byoc-local has one; before sandboxes got
# their own network, the main address.
SANDBOX_ANTHROPIC_BASE_URL=$ANTHROPIC_BASE_URL
[ -s "$LOCAL_STATE/sandbox-api.url" ] && SANDBOX_ANTHROPIC_BASE_URL=$(head -n 1 "$LOCAL_STATE/sandbox-api.url")
export SANDBOX_ANTHROPIC_BASE_URL
node "$COMPAT_DIR/anthropic_sandbox.mjs"
rc=$?
finish || rc=1
exit $rc
