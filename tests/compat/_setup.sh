# Sourced by the compat scripts: the e2e helpers, plus the pinned official SDK from npm.
source "$(dirname "${BASH_SOURCE[0]}")/../e2e/lib.sh"
COMPAT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
compat_deps || { echo "not ok - npm ci of the pinned SDKs failed"; exit 1; }
# The SDK opens a Socket.IO channel unless told to poll; byoc-local answers it 404
# and the SDK falls back to polling either way. Force polling to keep runs quiet.
export DAYTONA_USE_DEPRECATED_POLLING=true
