#!/usr/bin/env bash
# Nothing fails that could have succeeded, and nothing is left behind (issue 18):
#  1. answers lost after the work was done (byoc-local's "drop" fault) on every toolbox POST:
#     prepares still succeed, and each recipe command ran exactly once (a counter file);
#  3. byoc-prepare SIGKILLed after its command ran: the rerun takes the sandbox over, and
#     ends as an uninterrupted run (one sandbox of the name, the command run once, no seed left);
#  4. SIGTERM to byoc-prepare in a slow seed ends it within 3 s, its seed and sandbox deleted;
#     Ctrl-C in a pool whose creates are in flight deletes them too (found by name);
#  5. a command that cannot start says why; a failure after retries says how many attempts;
#  a command's variables wait in a file of the sandbox user's alone (0600 in a 0700 directory),
#  removed after the step, when it cannot start, and by the rerun of a run killed before it.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_sandbox_lib.sh"
export RUNNER_PYTHON=python3
cd "$TEST_TMP"
mkdir -p data && for i in $(seq 20); do head -c 4096 /dev/urandom >"data/d$i.bin"; done
head -c $((8 << 20)) /dev/urandom >data/big.bin

# recipe NAME ENV CMD [STOP] -> recipe file path
recipe() {
	jq -n --arg name "$1" --arg env "$2" --arg cmd "$3" --arg data "$TEST_TMP/data" --argjson stop "${4:-true}" \
		'{version: 1, snapshot: {name: "retry-snap"},
		  sandbox: {name: $name, environment: $env, stop_when_ready: $stop},
		  datasets: [{path: $data, dest: "/mnt/session/data"}],
		  commands: [{run: $cmd, timeout: 60}], verify: {python: "python3"}}' >"$TEST_TMP/$1.json"
	echo "$TEST_TMP/$1.json"
}
# count_in NAME: lines of /mnt/session/COUNT in the sandbox NAME, read from byoc-local's disk
count_in() {
	local id f
	id=$(api GET "/sandbox/$1" | jq -r .id)
	f=$(find "$LOCAL_STATE" -path "*$id*/mnt/session/COUNT" 2>/dev/null | head -n 1)
	[ -n "$f" ] && wc -l <"$f" || echo 0
}
prepare_quiet() { byoc byoc-prepare "$@" >/dev/null; }
sandboxes_named() { api GET "/sandbox?limit=200" | jq --arg n "$1" '[.items[] | select(.name == $n)] | length'; }
COUNTER='echo ran >> /mnt/session/COUNT'

# ---- 1. the step wrapper on its own (the sandbox's shell is sh here) ---------------------------------
# run_step ID CMD: the script tbc_execute_once sends
run_step() {
	{ echo "BYOC_STEP=$1"; cat "$BYOC_ROOT/src/lib/sandbox/step.sh"
	  printf '(\n%s\n) </dev/null >"$byoc_step_d/out" 2>&1\nbyoc_step_end $?\n' "$2"; } |
		BYOC_STEP_ROOT=$TEST_TMP/steps sh
}
run_step s1 'echo x >> s1.count; sleep 2; echo first; exit 3' >s1.a &
sleep 0.5
run_step s1 'echo x >> s1.count; echo second' >s1.b; rc=$?
wait
check "step wrapper: an attempt while the first runs waits, then answers with its output and status" \
	[ "$(cat s1.b)" = first -a "$rc" = 3 -a "$(cat s1.a)" = first ]
check "...and the command ran once" [ "$(wc -l <s1.count)" = 1 ]
mkdir -p steps/s2 && ln -s 999999999 steps/s2/taker
run_step s2 'echo again' >s2.out
check "step wrapper: a step whose taker died without a status is run again" [ "$(cat s2.out)" = again ]
# a taker of an earlier boot of the sandbox, whose pid is now another process's (pids start
# again in a restarted sandbox: here each attempt's shell is PID 1 of its own PID namespace)
run_step_ns() { # SECS ID CMD: run_step in a new PID namespace, killed with it after SECS
	{ echo "BYOC_STEP=$2"; cat "$BYOC_ROOT/src/lib/sandbox/step.sh"
	  printf '(\n%s\n) </dev/null >"$byoc_step_d/out" 2>&1\nbyoc_step_end $?\n' "$3"; } |
		BYOC_STEP_ROOT=$TEST_TMP/steps timeout -s KILL "$1" unshare -pf --kill-child --mount-proc sh
}
if unshare -pf --mount-proc true 2>/dev/null; then
	run_step_ns 1 s3 "echo x >> $TEST_TMP/s3.count; sleep 5" >/dev/null 2>&1
	run_step_ns 10 s3 "echo x >> $TEST_TMP/s3.count; echo again" >s3.out 2>&1
	check "step wrapper: a taker killed with its sandbox, its pid now the rerun's own, is taken again" \
		[ "$(cat s3.out)" = again -a "$(wc -l <s3.count)" = 2 ]
else
	skip "step wrapper: pid reuse (unshare -p cannot run here)"
fi

# ---- 1. lost answers on every toolbox POST ---------------------------------------------------
start_local --fault 'POST /toolbox/* 0.4 drop' || { not_ok "byoc-local starts"; finish; }
mk_snapshot retry-snap
ok1=0 once=0
for n in 1 2 3; do
	byoc byoc-prepare "$(recipe "lost-$n" env_lost "$COUNTER")" --log-file lost.log -q >/dev/null 2>"lost-$n.err" &&
		ok1=$((ok1 + 1))
	[ "$(count_in "lost-$n")" = 1 ] && once=$((once + 1))
done
drops=$(grep -c "answer dropped" "$TEST_TMP/local.log")
check "answers lost after the work was done ($drops of them): 3 of 3 prepares succeed" [ "$ok1" = 3 ]
check "...and each recipe command ran exactly once" [ "$once" = 3 ]
[ "$ok1$once" = 33 ] || tail -n 4 lost-*.err >&2
stop_local

# ---- 3. killed, then run again -----------------------------------------------------------------
start_local || { not_ok "byoc-local restarts"; finish; }
R=$(recipe conv env_conv "$COUNTER; sleep 1")
"$BINDIR/byoc-prepare" "$R" --log-file conv.log -q >/dev/null 2>conv1.err &
P=$!
for _ in $(seq 600); do grep -q 'commands\[0\] (step' conv.log 2>/dev/null && break; sleep 0.05; done
sleep 0.3
kill -9 $P; wait $P 2>/dev/null
sleep 0.5
check "a seed started by a SIGKILLed byoc-prepare does not outlive it" [ "$(pgrep -fc "$BINDIR/byoc-seed")" = 0 ]
expect_exit 0 "the rerun of the killed byoc-prepare succeeds" prepare_quiet "$R" --log-file conv.log -q
check "...taking over the one sandbox of its name" [ "$(sandboxes_named conv)" = 1 ]
check "...stopped and verified as an uninterrupted run leaves it" \
	[ "$(api GET /sandbox/conv | jq -r .state)" = stopped ]
# The command runs as a toolbox session command (tbc_execute_once), which outlives the killed
# client: the rerun's attempt waits for it and answers with its record instead of running it again.
check "...without running its command again (ran $(count_in conv) times)" [ "$(count_in conv)" = 1 ]
check "...and nothing of a seed left in the sandbox" [ "$(find "$LOCAL_STATE" -name '*.byoc-seed-*' | wc -l)" = 0 ]

# A seed of a SIGKILLed byoc-prepare still removes what it half-made in the sandbox: its byoc-seed
# child gets SIGTERM when byoc-prepare dies (tool_spawn), which a seed run inside the killed
# process could not (why byoc-prepare runs seeds as a child although seed_run is a library call).
mkdir -p big && head -c $((256 << 20)) /dev/zero >big/zeros.bin
jq --arg d "$TEST_TMP/big" '.datasets[0].path = $d' \
	"$(recipe orphan env_orphan true)" >orphan-big.json
"$BINDIR/byoc-prepare" orphan-big.json --log-file orphan.log -q >/dev/null 2>orphan.err &
P=$!
seen=0
for _ in $(seq 1200); do
	[ -n "$(find "$LOCAL_STATE" -name '*.byoc-seed-*' -print -quit 2>/dev/null)" ] && { seen=1; break; }
	kill -0 $P 2>/dev/null || break
	sleep 0.05
done
kill -9 $P; wait $P 2>/dev/null
for _ in $(seq 200); do [ -z "$(find "$LOCAL_STATE" -name '*.byoc-seed-*' -print -quit)" ] && break; sleep 0.05; done
if [ "$seen" = 1 ]; then ok "byoc-prepare SIGKILLed in the middle of a seed (its temporaries seen in the sandbox)"
else not_ok "byoc-prepare SIGKILLed in the middle of a seed (no temporary seen)"; sed 's/^/#   /' orphan.err; fi
check "...the seed still removes its temporaries" [ "$(find "$LOCAL_STATE" -name '*.byoc-seed-*' | wc -l)" = 0 ]

# ---- 5. errors say what happened ----------------------------------------------------------------
jq '.commands[0].cwd = "/no/such/dir" | .commands[0].env = {NOCWD_TOK: "x"} | .sandbox.name = "nocwd"' "$R" >nocwd.json
byoc byoc-prepare nocwd.json --log-file nocwd.log --keep-failed 2>nocwd.err >/dev/null
check "a command that cannot start reports the sandbox's reason" \
	grep -q "commands\[0\] could not start in the sandbox: .*No such file or directory" nocwd.err
nocwd=$(api GET /sandbox/nocwd | jq -r .id)
check "...and leaves no file of its variables in the sandbox" \
	[ "$(exec_in "$nocwd" 'ls -A /tmp/.byoc-env 2>/dev/null | wc -l' | jq -r .result | tr -d '[:space:]')" = 0 ]
DAYTONA_API_URL=http://127.0.0.1:9/api byoc byoc-sandbox get x 2>refused.err >/dev/null
check "a failure after retries says how many attempts were made and the last answer" \
	grep -q "Couldn.t connect to server (after 6 attempts)" refused.err
stop_local

# ---- 4. SIGTERM and Ctrl-C -------------------------------------------------------------------------
start_local --fault 'POST /toolbox/*/files/bulk-upload 1 delay=20000' --fault 'POST /toolbox/*/files/upload-v2 1 delay=20000' \
	--fault 'POST /api/sandbox 1 delay=2500' || { not_ok "byoc-local restarts"; finish; }
"$BINDIR/byoc-prepare" "$(recipe term env_term "$COUNTER")" --log-file term.log >/dev/null 2>term.err &
P=$!
for _ in $(seq 600); do grep -q "datasets\[0\]" term.err 2>/dev/null && break; sleep 0.05; done
sleep 0.5
t0=$(date +%s%N)
kill -TERM $P; wait $P; rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "SIGTERM to byoc-prepare in a slow seed ends it in $ms ms (<= 3000), exit 130" [ "$ms" -le 3000 -a "$rc" = 130 ]
check "...its seed gone with it" [ "$(pgrep -fc "$BINDIR/byoc-seed")" = 0 ]
# (within its 3 s a delete may be only accepted: the tool then says it is under way)
if grep -q "deleted term (" term.err; then
	check "...it says it deleted the sandbox, and it did" [ "$(count_env env_term)" = 0 ]
else
	check "...it says its delete is under way" grep -q "deleting term (.*): accepted, not gone yet" term.err
	for _ in $(seq 100); do [ "$(count_env env_term)" = 0 ] && break; sleep 0.1; done
	check "...and the sandbox goes" [ "$(count_env env_term)" = 0 ]
fi
grep -q "deleted term (\\|deleting term (" term.err || sed 's/^/#   /' term.err

"$BINDIR/byoc-sandbox" create --count 6 --parallel 6 --snapshot retry-snap --environment env_pool >/dev/null 2>pool.err &
P=$!
sleep 1
t0=$(date +%s%N)
kill -INT $P; wait $P; rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "Ctrl-C in a pool whose creates are in flight exits 130 in $ms ms (<= 3000)" [ "$rc" = 130 -a "$ms" -le 3000 ]
# (within its 3 s a delete may be only accepted, or still refused while the create is pending:
# then a background delete has it, which the tool says)
for _ in $(seq 150); do [ "$(count_env env_pool)" = 0 ] && break; sleep 0.2; done
check "...deletes the creates that were in flight, found by name" [ "$(count_env env_pool)" = 0 ]
check "...and says so truly" grep -q "every sandbox created was deleted\|every sandbox created was deleted or is being deleted" pool.err
grep -q "every sandbox created was deleted" pool.err || cat pool.err >&2
stop_local

# ---- a command's variables: a file of the sandbox user's alone, gone after the step -------------
# (every step's session is made 5 s late: its variables wait in their file meanwhile)
start_local --fault 'POST /toolbox/*/process/session 1 delay=5000' || { not_ok "byoc-local restarts"; finish; }
jq '.commands[0].env = {ENV_TOK: "tok-8c1e"} | .commands[0].run = "test \"$ENV_TOK\" = tok-8c1e && echo ran >> /mnt/session/COUNT"' \
	"$(recipe envf env_envf true false)" >envf-run.json
"$BINDIR/byoc-prepare" envf-run.json --log-file envf.log -q >/dev/null 2>envf.err &
P=$!
for _ in $(seq 600); do grep -q 'commands\[0\] (step' envf.log 2>/dev/null && break; sleep 0.05; done
envf=$(api GET /sandbox/envf | jq -r .id)
modes=
for _ in $(seq 40); do
	modes=$(exec_in "$envf" 'stat -c %a /tmp/.byoc-env /tmp/.byoc-env/* 2>/dev/null | tr "\n" " "' | jq -r .result)
	[ "$(wc -w <<<"$modes")" = 2 ] && break
	sleep 0.1
done
check "a command's variables wait in a file of mode 0600, in a directory of 0700 (got: $modes)" [ "$modes" = "700 600 " ]
kill -9 $P; wait $P 2>/dev/null
check "...which a byoc-prepare killed before the step started leaves behind" \
	[ "$(exec_in "$envf" 'ls -A /tmp/.byoc-env | wc -l' | jq -r .result | tr -d '[:space:]')" = 1 ]
stop_local
start_local || { not_ok "byoc-local restarts"; finish; }
expect_exit 0 "the rerun succeeds, the variables reaching the command" prepare_quiet envf-run.json --log-file envf.log -q
check "...the command run once" [ "$(count_in envf)" = 1 ]
check "...and no file of the variables is left in the sandbox" \
	[ "$(exec_in "$envf" 'ls -A /tmp/.byoc-env | wc -l' | jq -r .result | tr -d '[:space:]')" = 0 ]
finish
