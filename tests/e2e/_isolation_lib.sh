# Commands in byoc-local sandboxes, straight through the toolbox (sourced after lib.sh and
# start_local; BASE and AUTH set by the caller).
ex() { # SANDBOX JSON [curl args] -> body; status in $TEST_TMP/code
	local s=$1 j=$2; shift 2
	curl -sS -o "$TEST_TMP/body" -w '%{http_code}' -X POST -H "$AUTH" -H 'content-type: application/json' \
		"$@" "$BASE/toolbox/$s/process/execute" -d "$j" >"$TEST_TMP/code" 2>/dev/null
	cat "$TEST_TMP/body"
}
run() { ex "$1" "$(jq -cn --arg c "$2" '{command:$c, timeout:60}')" | jq -r .result; }
