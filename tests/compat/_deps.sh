# compat_deps: installs the pinned npm packages of tests/compat (the official SDK, the OpenAPI
# validator) from package-lock.json when they are missing. Sourced by tests/e2e/lib.sh and
# tests/run.sh.
compat_deps() {
	local dir
	dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
	[ -d "$dir/node_modules/openapi-backend" ] && [ -d "$dir/node_modules/@daytonaio/sdk" ] && return 0
	(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
}
