# Checks what byoc-orchestrator's runner needs in a sandbox, each check on its own, and
# prints one line per failed check ("missing: NAME (what to do)"). Exit 0 when all hold.
#   BYOC_RUNNER_CHECK    a command that succeeds when the runner and its SDK are installed
#   BYOC_RUNNER_STATE    the runner's state folder (must be creatable and writable)
#   BYOC_WORKDIR         the session's workdir (must be creatable and writable)
#   BYOC_MEMORY_DIR      optional: memory stores' mount (must be writable when set)
set +e
failed=0
miss() {
	printf 'missing: %s\n' "$1"
	failed=1
}
writable() { [ -d "$1" ] && [ -w "$1" ]; }
command -v setsid >/dev/null 2>&1 || miss "setsid (util-linux)"
command -v awk >/dev/null 2>&1 || miss "awk"
mkdir -p "${BYOC_WORKDIR:?}" 2>/dev/null
writable "$BYOC_WORKDIR" || miss "a writable workdir $BYOC_WORKDIR"
mkdir -p "${BYOC_RUNNER_STATE:?}" 2>/dev/null
writable "$BYOC_RUNNER_STATE" || miss "a writable runner state folder $BYOC_RUNNER_STATE"
if [ -n "${BYOC_MEMORY_DIR:-}" ]; then
	writable "$BYOC_MEMORY_DIR" || miss "a writable $BYOC_MEMORY_DIR for memory stores"
fi
if [ -n "${BYOC_RUNNER_CHECK:-}" ]; then
	sh -c "$BYOC_RUNNER_CHECK" >/dev/null 2>&1 || miss "the runner (check: $BYOC_RUNNER_CHECK; publish a snapshot from dockerfiles/runner/)"
fi
exit $failed
