# Ends the runner's whole process group (TERM, then KILL after 5 s) and clears its pid and
# exit files, so the next launch starts clean. Quiet and successful when none runs.
set +e
state=${BYOC_RUNNER_STATE:?}
if [ -s "$state/pid" ]; then
	pid=$(head -n 1 "$state/pid" | tr -d '[:space:]')
	case $pid in
	'' | *[!0-9]*) ;;
	*)
		# setsid made the runner a group leader: its group id is its pid.
		kill -TERM "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
		i=0
		while [ $i -lt 50 ] && kill -0 "$pid" 2>/dev/null; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -KILL "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
		;;
	esac
fi
rm -f "$state/pid" "$state/exit"
exit 0
