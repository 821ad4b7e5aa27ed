# Helpers for the byoc-sandbox end-to-end scripts (sourced after lib.sh; run.sh skips _*.sh).

# mk_snapshot NAME: creates an active snapshot through byoc-local's API (pull mode).
mk_snapshot() {
	local name=$1 i state
	api POST /snapshots -H 'content-type: application/json' \
		-d "{\"name\":\"$name\",\"imageName\":\"debian:12\"}" >/dev/null
	for i in $(seq 1 200); do
		state=$(api GET "/snapshots/$name" | jq -r '.state // empty')
		[ "$state" = active ] && return 0
		sleep 0.05
	done
	echo "snapshot $name never became active (state '$state')" >&2
	return 1
}

# labels_of ID: the sandbox's labels as compact JSON with sorted keys.
labels_of() { api GET "/sandbox/$1" | jq -cS '.labels'; }
# label_of ID KEY
label_of() { api GET "/sandbox/$1" | jq -r --arg k "$2" '.labels[$k] // empty'; }
# set_labels_raw ID JSON: Daytona's full replace, as another client would do it.
set_labels_raw() {
	api PUT "/sandbox/$1/labels" -H 'content-type: application/json' -d "{\"labels\":$2}" >/dev/null
}
# count_env ENV: sandboxes labelled byoc.environment_id=ENV (raw API, all states but destroyed).
count_env() {
	api GET "/sandbox?limit=200" --get --data-urlencode "labels={\"byoc.environment_id\":\"$1\"}" |
		jq '.items | length'
}
# exec_in ID SCRIPT: runs SCRIPT in the sandbox through the toolbox; prints the result.
exec_in() {
	local url
	url=$(api GET "/sandbox/$1" | jq -r '.toolboxProxyUrl')
	curl -sS -X POST -H "Authorization: Bearer $DAYTONA_API_KEY" -H 'content-type: application/json' \
		"$url/$1/process/execute" -d "$(jq -cn --arg c "$2" '{command:$c, timeout:30}')"
}
