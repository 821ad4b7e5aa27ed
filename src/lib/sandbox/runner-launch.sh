# Starts the session's runner in the background, in its own session (setsid) so that it
# outlives this command, and prints its pid. byoc-orchestrator runs this through the
# toolbox's process/execute with the runner's environment in `envs` (never in argv):
#   BYOC_RUNNER_COMMAND  the runner (a shell command line, the operator's configuration)
#   BYOC_RUNNER_STATE    folder for pid, exit code and log (0700)
#   BYOC_WORKDIR         the folder the runner starts in (created when missing)
#   BYOC_PROBE_AFTER     optional: seconds to wait after the start before the probe that
#                        lib/runner appends to this program (runner-probe.sh), so that one
#                        call both launches and tells whether the runner stayed up
# The exit code lands in $BYOC_RUNNER_STATE/exit when the runner ends, so a probe can tell
# "exited 0" (the session went idle) from "crashed".
set -eu
state=${BYOC_RUNNER_STATE:?}
mkdir -p "$state" "${BYOC_WORKDIR:?}"
chmod 700 "$state"
cd "$BYOC_WORKDIR"
rm -f "$state/pid" "$state/exit"
# The runner's shell writes its own pid: setsid forks when it would otherwise be a group
# leader, so $! here may not be the runner.
# shellcheck disable=SC2016 # expanded by the inner shell, from its environment
setsid sh -c 'echo $$ >"$BYOC_RUNNER_STATE/pid.new" && mv "$BYOC_RUNNER_STATE/pid.new" "$BYOC_RUNNER_STATE/pid"
	sh -c "$BYOC_RUNNER_COMMAND"; code=$?
	printf "%s\n" "$code" >"$BYOC_RUNNER_STATE/exit"; exit "$code"' >"$state/log" 2>&1 </dev/null &
i=0
while [ ! -s "$state/pid" ]; do
	if [ $i -ge 100 ]; then
		echo "the runner did not start within 10 s" >&2
		exit 1
	fi
	sleep 0.1
	i=$((i + 1))
done
cat "$state/pid"
[ -n "${BYOC_PROBE_AFTER:-}" ] || exit 0
# a sleep without fractions (busybox without its fancy sleep) gets the whole seconds
sleep "$BYOC_PROBE_AFTER" 2>/dev/null || sleep "${BYOC_PROBE_AFTER%%.*}"
