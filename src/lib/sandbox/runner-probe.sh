# Prints the runner's state as one JSON line {"state","pid","exit_code","detail"}:
#   running          the pid in $BYOC_RUNNER_STATE/pid is alive (and not a zombie)
#   exited_zero      the runner ended with 0 (its session went idle or ended)
#   exited_nonzero   it ended with another code (exit_code says which)
#   missing_pidfile  no runner was launched here (or its files were cleared)
#   missing_process  launched, but gone without writing its exit code (killed)
#   unknown          the files are unreadable or malformed (detail says how)
set +e
state=${BYOC_RUNNER_STATE:?}
emit() { printf '{"state":"%s","pid":%s,"exit_code":%s,"detail":"%s"}\n' "$1" "$2" "$3" "$4"; }

exited() {
	[ -f "$state/exit" ] || return 1
	code=$(head -n 1 "$state/exit" 2>/dev/null | tr -d '[:space:]')
	case $code in
	0) emit exited_zero null 0 "" ;;
	'' | *[!0-9]*) emit unknown null null bad_exit_code ;;
	*) emit exited_nonzero null "$code" "" ;;
	esac
}

exited && exit 0
if [ ! -s "$state/pid" ]; then
	emit missing_pidfile null null ""
	exit 0
fi
pid=$(head -n 1 "$state/pid" 2>/dev/null | tr -d '[:space:]')
case $pid in
'' | *[!0-9]*)
	emit unknown null null bad_pidfile
	exit 0
	;;
esac
# PID 1 of a sandbox may not reap orphans: a dead runner can linger as a zombie that
# kill -0 still finds, so read its state from /proc.
proc_state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)
if [ -n "$proc_state" ] && [ "$proc_state" != Z ]; then
	emit running "$pid" null ""
elif ! exited; then
	# Gone without an exit code, unless it wrote one after the first look.
	emit missing_process "$pid" null ""
fi
