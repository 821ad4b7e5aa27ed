#!/usr/bin/env bash
# byoc-seed repo against byoc-local with a real git server on 127.0.0.1: git's smart HTTP
# (git http-backend) behind Apache with basic auth, started here as a foreground process
# with its own minimal config. Branches, tags, SHAs, shallow clones, submodules, --no-git,
# --token-env, git's credential helper, a wrong password (exit 7), and a search for the
# credential over every file of the sandbox and every byte byoc printed.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_seed_lib.sh"

source "$(dirname "$0")/_git_server.sh"
trap 'stop_git_server; stop_local; rm -rf "$TEST_TMP"' EXIT

if ! git_server_available; then
	skip "apache2 or git-http-backend not installed"; finish; exit 0
fi

USER_NAME=alice
TOKEN="ghp-seed-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
G=$TEST_TMP/git-server; mkdir -p "$G/repos" # the layout start_git_server serves
GIT="git -c user.name=t -c user.email=t@e -c init.defaultBranch=main -c protocol.file.allow=always"
export GIT_CONFIG_NOSYSTEM=1 HOME=$TEST_TMP/home; mkdir -p "$HOME"

# Repositories: sub (for the submodule) and origin (branches, tags, a submodule by relative URL).
(
	set -e
	cd "$G/repos"
	$GIT init -q w-sub && cd w-sub && echo s >s.txt && $GIT add . && $GIT commit -qm s && cd ..
	$GIT clone -q --bare w-sub sub.git
	$GIT init -q w && cd w
	for i in 1 2 3 4 5; do echo $i >n.txt; $GIT add .; $GIT commit -qm "c$i"; done
	$GIT tag -a v1 -m v1 HEAD~2
	$GIT tag light HEAD~3
	$GIT checkout -qb dev; echo dev >d.txt; $GIT add .; $GIT commit -qm dev; $GIT checkout -q main
	$GIT submodule -q add ../sub.git sub && $GIT commit -qm "add sub"
	cd .. && $GIT clone -q --bare w origin.git
	cd origin.git && $GIT branch -q dev "$(cd ../w && git rev-parse dev)" 2>/dev/null || true
) >"$G/setup.log" 2>&1 || { not_ok "git repositories created"; cat "$G/setup.log"; finish; exit 1; }
git -C "$G/repos/origin.git" config http.receivepack false
# Apache as root serves as nobody, who must read the repositories.
[ "$(id -u)" = 0 ] && chown -R nobody "$G/repos"
start_git_server "$USER_NAME" "$TOKEN" || { not_ok "git server starts"; cat "$GIT_SRV/run/error.log"; finish; exit 1; }
port=${GIT_SERVER_URL#http://127.0.0.1:}; port=${port%%/*}
for i in $(seq 1 100); do
	curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/git/origin.git/info/refs?service=git-upload-pack" 2>/dev/null | grep -q 401 && break
	sleep 0.1
done
code=$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_NAME:$TOKEN" "http://127.0.0.1:$port/git/origin.git/info/refs?service=git-upload-pack")
if [ "$code" = 200 ]; then ok "apache + git http-backend with basic auth on 127.0.0.1:$port"
else not_ok "apache + git http-backend ($code)"; cat "$GIT_SRV/run/error.log" "$GIT_SRV/run/stdout.log"; finish; exit 1; fi

# the git server is on the host's loopback: --remote clones run inside the sandbox, which
# reaches only what the operator forwards
start_local --build-seconds 0 --forward-host-port "$port" || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-repo && ok "sandbox started" || { not_ok "sandbox started"; finish; exit 1; }
needs_toolbox

URL="http://$USER_NAME@127.0.0.1:$port/git/origin.git"
OUTS=$TEST_TMP/outs; mkdir -p "$OUTS"
n=0
# seed NAME ARGS...: runs byoc-seed repo, keeps stdout/stderr for the credential search.
seed() { n=$((n + 1)); byoc byoc-seed repo seed-repo "$@" >"$OUTS/$n.out" 2>"$OUTS/$n.err"; }
# check_eq NAME GOT WANT: ok when equal, else not ok with both and the last stderr.
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; printf 'got:  %s\nwant: %s\n' "$2" "$3"; cat "$OUTS/$n.err"; fi; }
rev() { git -c safe.directory='*' -C "$G/repos/origin.git" rev-parse "$1"; }

export GIT_TOKEN=$TOKEN
seed "$URL" --dest /home/daytona/r-main; rc=$?
if [ $rc -eq 0 ] && [ "$(cat "$OUTS/$n.out")" = "$(rev main)" ]; then ok "default branch seeded, commit printed"
else not_ok "default branch seeded (exit $rc) $(cat "$OUTS/$n.err")"; fi
got=$(sbx_exec 'cd /home/daytona/r-main && git rev-parse HEAD && git symbolic-ref HEAD && cat n.txt && git status --porcelain | wc -l && git rev-list --count HEAD')
# the pack byoc indexed and the index it wrote, as git checks them
fsck=$(sbx_exec 'cd /home/daytona/r-main && git fsck --full --strict 2>&1 && git verify-pack .git/objects/pack/*.idx && git ls-files --debug >/dev/null && [ "$(stat -c %a .git/objects/pack/*.pack)" = 444 ] && echo FSCK-OK')
case $fsck in *FSCK-OK*) ok "git fsck --full --strict and verify-pack accept the seeded repository; its pack is read-only as git leaves it" ;;
*) not_ok "git fsck of the seeded repository: $fsck" ;; esac
check_eq "sandbox repo: HEAD, branch, files, clean status, full history" "$got" "$(rev main)
refs/heads/main
5
0
6"

seed "$URL" --ref dev --dest /home/daytona/r-dev; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-dev && git rev-parse HEAD && cat d.txt')
check_eq "--ref branch" "$rc $got" "0 $(rev dev)
dev"

seed "$URL" --ref v1 --dest /home/daytona/r-tag; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-tag && git rev-parse HEAD && cat n.txt')
check "--ref annotated tag" test "$rc $(cat "$OUTS/$n.out") $got" = "0 $(rev 'v1^{commit}') $(rev 'v1^{commit}')
3"

sha=$(rev main~4)
seed "$URL" --ref "${sha:0:12}" --dest /home/daytona/r-sha; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-sha && git rev-parse HEAD && cat n.txt')
check_eq "--ref abbreviated SHA" "$rc $got" "0 $sha
2"

seed "$URL" --ref v1 --depth 2 --dest /home/daytona/r-shallow; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-shallow && git rev-parse HEAD && git rev-list --count HEAD && wc -l < .git/shallow && git fsck --no-progress >/dev/null 2>&1 && echo fsck-ok; git cat-file -e HEAD~2 2>/dev/null && echo has-old || echo no-old')
check_eq "--depth 2: two commits, .git/shallow, fsck clean, older objects absent" "$rc $got" "0 $(rev 'v1^{commit}')
2
1
fsck-ok
no-old"

seed "$URL" --submodules --dest /home/daytona/r-sub; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-sub && cat sub/s.txt && git -C sub rev-parse HEAD && git submodule status | cut -c1')
check_eq "--submodules" "$rc $got" "0 s
$(git -c safe.directory='*' -C "$G/repos/sub.git" rev-parse HEAD)
 "

seed "$URL" --no-git --submodules --dest /home/daytona/r-nogit; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-nogit && cat n.txt sub/s.txt && find . -name .git | wc -l')
check_eq "--no-git" "$rc $got" "0 5
s
0"

unset GIT_TOKEN
export MY_GIT_TOKEN=$TOKEN
seed "$URL" --token-env MY_GIT_TOKEN --dest /home/daytona/r-tokenenv; rc=$?
check_eq "--token-env VAR" "$rc" 0
unset MY_GIT_TOKEN

# git's credential helper (store), no token in the environment
printf 'http://%s:%s@127.0.0.1:%s\n' "$USER_NAME" "$TOKEN" "$port" >"$HOME/.git-credentials"
git config --global credential.helper store
seed "$URL" --dest /home/daytona/r-helper; rc=$?
check_eq "git credential helper" "$rc" 0
git config --global --unset credential.helper
rm -f "$HOME/.git-credentials"

# Wrong password: a clear error, exit 7, nothing seeded.
export GIT_TOKEN=wrong-password
seed "$URL" --dest /home/daytona/r-wrong; rc=$?
if [ $rc -eq 7 ] && grep -qi "authentication" "$OUTS/$n.err"; then ok "wrong password: exit 7 with a clear message"
else not_ok "wrong password: exit 7 (exit $rc: $(cat "$OUTS/$n.err"))"; fi
check "wrong password seeds nothing" test -z "$(sbx_exec 'ls -d /home/daytona/r-wrong* 2>/dev/null')"
unset GIT_TOKEN
seed "$URL" --dest /home/daytona/r-none; rc=$?
check_eq "no credential at all: exit 7" "$rc" 7
seed "http://127.0.0.1:$port/git/nothere.git" --token-env HOME --dest /home/daytona/r-404; rc=$?
check "missing repository: exit 3 or 7" test "$rc" = 3 -o "$rc" = 7
export GIT_TOKEN=$TOKEN
seed "$URL" --ref no-such-ref --dest /home/daytona/r-noref; rc=$?
check_eq "unknown ref: exit 3" "$rc" 3
# local clones: a copy owned by this user (the served one belongs to apache's user)
cp -r "$G/repos/origin.git" "$TEST_TMP/local-origin.git"
seed "file://$TEST_TMP/local-origin.git" --ref dev --dest /home/daytona/r-file; rc=$?
check_eq "file:// URL" "$rc $(cat "$OUTS/$n.out")" "0 $(rev dev)"
seed "$TEST_TMP/local-origin.git" --dest /home/daytona/r-path; rc=$?
check_eq "local path" "$rc $(cat "$OUTS/$n.out")" "0 $(rev main)"

# The credential never entered the sandbox: not in any file of the sandbox (its whole state
# directory on the host, .git/config and remote URLs included), not in anything byoc printed.
remote=$(sbx_exec 'git -C /home/daytona/r-main remote get-url origin')
check_eq "remote URL in the sandbox carries no credential" "$remote" "http://127.0.0.1:$port/git/origin.git"
printf '%s\n' "$TOKEN" >"$TEST_TMP/token.pat"
token_files=$(python3 "$BYOC_ROOT/tests/e2e/find_strings.py" "$TEST_TMP/token.pat" "$LOCAL_STATE" | head -5)
if [ -n "$token_files" ]; then
	not_ok "the token is in no file of the sandbox or byoc-local's state"; echo "$token_files"
else
	ok "the token is in no file of the sandbox or byoc-local's state"
fi
if grep -rqa -- "$TOKEN" "$OUTS" "$TEST_TMP/local.log"; then not_ok "the token is in nothing byoc printed"
else ok "the token is in nothing byoc printed"; fi

# --remote: Daytona's server-side clone (the daemon gets the credential: checked last, after the searches).
seed "$URL" --remote --ref dev --dest /home/daytona/r-remote; rc=$?
got=$(sbx_exec 'cd /home/daytona/r-remote && cat d.txt && git remote get-url origin')
check_eq "--remote: server-side clone of a branch, origin URL without credential" "$rc $(cat "$OUTS/$n.out") $got" "0 $(rev dev) dev
http://127.0.0.1:$port/git/origin.git"

stop_git_server
finish
