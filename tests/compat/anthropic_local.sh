#!/usr/bin/env bash
# The official Anthropic TypeScript SDK (sessions, WorkPoller, EnvironmentWorker), unchanged,
# against byoc-local's /v1 side (issue 20).
source "$(dirname "$0")/_setup.sh"
export ANTHROPIC_API_KEY=sk-ant-api03-compat-FAKE0123456789
start_local --anthropic-api-key "$ANTHROPIC_API_KEY" --work-ttl 12 --tool-timeout 30 \
	|| { echo "not ok - byoc-local starts"; exit 1; }
export ANTHROPIC_BASE_URL=${LOCAL_URL%/api}
node "$COMPAT_DIR/anthropic_local.mjs"
rc=$?
finish || rc=1
exit $rc
