# byoc's step wrapper (src/lib/sandbox/step.sh; tbclient.c sends it before a command).
# The sandbox's shell (sh, bash or zsh) runs it with BYOC_STEP set to the step's id; the
# command follows it in a subshell whose status goes to byoc_step_end. A command is not
# idempotent, but its request may be sent again (the answer was lost, the connection reset,
# the client was killed and run again): the first attempt takes the step (a symlink naming
# its shell's pid and start time: pids start again in a restarted sandbox, where the pid
# alone may name an unrelated process, or the next attempt's own shell), runs the command
# with its output kept, and records the exit status; a
# later attempt of the same step waits while the taker lives, then answers with the recorded
# output and status instead of running the command again. A taker that died without a
# status never finished (killed, or the command did not parse): the step is taken again.
# Records live in /tmp/.byoc-steps/<id> (BYOC_STEP_ROOT, for tests) and are pruned after a day.
byoc_step_root=${BYOC_STEP_ROOT:-/tmp/.byoc-steps}
byoc_step_d=$byoc_step_root/$BYOC_STEP
byoc_step_answer() {
	cat "$byoc_step_d/out" 2>/dev/null
	exit "$(cat "$byoc_step_d/rc")"
}
byoc_step_end() {
	echo "$1" >"$byoc_step_d/rc.new" && mv -f "$byoc_step_d/rc.new" "$byoc_step_d/rc"
	byoc_step_answer
}
# byoc_step_ident PID: "PID:START" (the 22nd field of /proc/PID/stat, counted after the
# command name, which may hold spaces); PID alone without /proc; nothing once PID is gone
byoc_step_ident() {
	if [ -r "/proc/$1/stat" ]; then
		byoc_step_s=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20)
		[ -n "$byoc_step_s" ] && echo "$1:$byoc_step_s"
	elif kill -0 "$1" 2>/dev/null; then
		echo "$1"
	fi
}
mkdir -m 700 "$byoc_step_root" 2>/dev/null
if ! { [ -d "$byoc_step_root" ] && mkdir -p "$byoc_step_d"; } 2>/dev/null; then
	echo "byoc: cannot record step $BYOC_STEP in $byoc_step_root: it must be writable"
	exit 125
fi
while :; do
	[ -f "$byoc_step_d/rc" ] && byoc_step_answer
	ln -s "$(byoc_step_ident $$)" "$byoc_step_d/taker" 2>/dev/null && break
	byoc_step_t=$(readlink "$byoc_step_d/taker" 2>/dev/null)
	if [ -n "$byoc_step_t" ] && [ "$(byoc_step_ident "${byoc_step_t%%:*}")" != "$byoc_step_t" ] &&
		[ ! -f "$byoc_step_d/rc" ]; then
		rm -f "$byoc_step_d/taker"
		continue
	fi
	sleep 0.2
done
find "$byoc_step_root" -mindepth 1 -maxdepth 1 -mmin +1440 -exec rm -rf {} + 2>/dev/null
