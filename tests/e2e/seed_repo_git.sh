#!/usr/bin/env bash
# byoc-seed repo leaves what `git clone` leaves. Every seed is compared with `git clone
# [--depth N] [--branch REF] [--recurse-submodules]` run here under umask 022 (the sandbox
# user's), while byoc-seed runs under the host umask 027: the work tree (names, types, modes,
# symlink targets, bytes), the index (git ls-files -s), git status, refs and HEAD, the
# refspec, .git/shallow and rev-parse --is-shallow-repository, the submodules' config and
# status, and git fsck (--strict as git's own clone passes it). Served by git's smart HTTP
# (Apache) and by `git daemon`, from generated repositories carrying .gitattributes
# conversions (eol=crlf, text, text=auto over CRLF, ident, working-tree-encoding), an LFS
# pointer under filter=lfs (git-lfs absent, as in the sandbox), tags (annotated and
# lightweight), a zero-padded 040000 tree, a 100775 mode, an empty
# tree, a non-UTF-8 name, symlinks, submodules by relative and file:// URLs, nested ones.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_seed_lib.sh"
source "$(dirname "$0")/_git_server.sh"
DAEMON_PID=
trap '[ -n "$DAEMON_PID" ] && kill "$DAEMON_PID" 2>/dev/null; stop_git_server; stop_local; rm -rf "$TEST_TMP"' EXIT

if ! git_server_available; then
	skip "apache2 or git-http-backend not installed"; finish; exit 0
fi

USER_NAME=alice
TOKEN="tok-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
G=$TEST_TMP/git-server; R=$G/repos; mkdir -p "$R"
GIT="git -c user.name=t -c user.email=t@e -c init.defaultBranch=main -c protocol.file.allow=always"
export GIT_CONFIG_NOSYSTEM=1 HOME=$TEST_TMP/home; mkdir -p "$HOME"
LOCAL_SUB=$TEST_TMP/local/lsub.git   # a submodule by file:// URL

# a tree object from "mode name sha" lines, written as given (zero-padded modes kept)
literal_tree() {
	python3 -c '
import sys, subprocess
out = b""
for line in sys.stdin.read().splitlines():
    mode, name, sha = line.split(" ")
    out += mode.encode() + b" " + name.encode() + b"\0" + bytes.fromhex(sha)
sys.stdout.write(subprocess.run(["git", "hash-object", "-t", "tree", "-w", "--literally", "--stdin"],
    input=out, capture_output=True, check=True).stdout.decode())'
}

(
	set -e
	cd "$R"
	mk() { $GIT init -q "w-$1" && (cd "w-$1" && echo "$1" >"$1.txt" && $GIT add . && $GIT commit -qm "$1"); }
	mk leaf && $GIT clone -q --bare w-leaf leaf.git
	mk sub && $GIT clone -q --bare w-sub sub.git
	mk sub2 && (cd w-sub2 && $GIT submodule -q add ../leaf.git leaf && $GIT commit -qm leaf) && $GIT clone -q --bare w-sub2 sub2.git
	mk lsub && mkdir -p "$(dirname "$LOCAL_SUB")" && $GIT clone -q --bare w-lsub "$LOCAL_SUB"
	$GIT init -q w && cd w
	printf '*.crlf text eol=crlf\n*.txt text\nid.c ident\n*.lfs filter=lfs diff=lfs merge=lfs -text\nauto.txt text=auto\nu16.txt working-tree-encoding=UTF-16LE\n' >.gitattributes
	printf 'one\ntwo\n' >a.crlf
	# an LFS pointer (git-lfs is not installed, so git leaves the pointer, and so must the seed)
	printf 'version https://git-lfs.github.com/spec/v1\noid sha256:%064d\nsize 12\n' 0 >big.lfs
	printf 'crlf\r\nin the repository\r\n' >auto.txt
	printf 'caf\xc3\xa9\n' | iconv -f UTF-8 -t UTF-16LE >u16.txt
	printf 'plain\n' >t.txt
	printf '/* $Id$ */\nint x;\n' >id.c
	printf 'bin\0ary\r\n' >b.bin
	printf '\xff\xfe latin' >"$(printf 'caf\xe9.txt')"
	mkdir -p d/e && echo deep >d/e/f && ln -s d/e/f link && printf '#!/bin/sh\n' >run.sh && chmod 755 run.sh
	$GIT add -A && $GIT commit -qm c1
	for i in 2 3 4; do echo "$i" >>t.txt; $GIT commit -qam "c$i"; done
	$GIT tag -a v1 -m v1 HEAD~1
	$GIT tag light HEAD~2
	$GIT submodule -q add ../sub.git sub
	$GIT submodule -q add ../sub2.git nested
	$GIT submodule -q add "file://$LOCAL_SUB" lsub
	$GIT commit -qm submodules
	$GIT checkout -qb dev HEAD~1 && echo dev >dev.txt && $GIT add dev.txt && $GIT commit -qm dev && $GIT checkout -q main
	# a branch whose tree git writes no longer but accepts: 040000, 100775, an empty tree
	blob=$(echo odd | git hash-object -w --stdin)
	empty=$(printf '' | git hash-object -t tree -w --stdin)
	inner=$(echo "100644 f $blob" | literal_tree)
	tree=$(printf '040000 d %s\n40000 empty %s\n100644 plain %s\n100775 x %s\n' "$inner" "$empty" "$blob" "$blob" | literal_tree)
	git update-ref refs/heads/odd "$(echo odd | $GIT commit-tree "$tree" -p main)"
	cd .. && $GIT clone -q --bare w super.git
	git -C super.git fetch -q ../w 'refs/heads/*:refs/heads/*'
) >"$G/setup.log" 2>&1 || { not_ok "git repositories created"; cat "$G/setup.log"; finish; exit 1; }
[ "$(id -u)" = 0 ] && chown -R nobody "$R"
start_git_server "$USER_NAME" "$TOKEN" || { not_ok "git server starts"; finish; exit 1; }
port=${GIT_SERVER_URL#http://127.0.0.1:}; port=${port%%/*}
dport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# as root the repositories belong to Apache's user: git daemon, as root, must take them as safe
GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0='*' setsid git daemon --listen=127.0.0.1 --port="$dport" --base-path="$R" --export-all --reuseaddr "$R" \
	>"$G/daemon.log" 2>&1 &
DAEMON_PID=$!
for i in $(seq 1 100); do git ls-remote "git://127.0.0.1:$dport/super.git" >/dev/null 2>&1 && break; sleep 0.1; done
start_local --build-seconds 0 || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-git && ok "git servers and a sandbox started" || { not_ok "sandbox started"; finish; exit 1; }
needs_toolbox

HTTP="http://$USER_NAME@127.0.0.1:$port/git/super.git"
export GIT_TOKEN=$TOKEN
REF=$TEST_TMP/ref; OUTS=$TEST_TMP/outs; mkdir -p "$REF" "$OUTS"

# What git itself reads of a clone, run in the clone's folder, here and in the sandbox.
# (names that are not UTF-8 printed escaped: the sandbox's answer travels as JSON)
FINGERPRINT='export GIT_CONFIG_NOSYSTEM=1 LC_ALL=C; g() { git -c safe.directory="*" "$@"; }
{
echo "## tree"; find . -name .git -prune -o -mindepth 1 -printf "%y %m %l %P\n" | sed -E "s/^l [0-7]+ /l - /" | sort
echo "## bytes"; find . -name .git -prune -o -type f -print0 | sort -z | xargs -0 -r sha1sum
echo "## index"; g ls-files -s; g submodule --quiet foreach --recursive "git -c safe.directory=* ls-files -s"
echo "## status"; g status --porcelain --ignored --untracked-files=all
echo "## head"; g symbolic-ref -q HEAD || g rev-parse HEAD
echo "## refs"; g for-each-ref --format="%(refname) %(objectname) %(symref)"
echo "## refspec"; g config --get-all remote.origin.fetch; g config remote.origin.url | sed -E "s#//[^/@]*@#//#"
echo "## branch"; g config --get-regexp "^branch\." | sort
echo "## shallow"; cat .git/shallow 2>/dev/null; g rev-parse --is-shallow-repository
echo "## submodules"; g config --get-regexp "^submodule\." | sed -E "s#//[^/@]*@#//#" | sort
g submodule status --recursive
g submodule --quiet foreach --recursive "git -c safe.directory=* config --get-regexp \"^submodule\\.\" | sed -E \"s#//[^/@]*@#//#\" | sort; git -c safe.directory=* for-each-ref --format=\"%(refname) %(symref)\"; git -c safe.directory=* symbolic-ref -q HEAD || echo detached"
echo "## fsck"; g fsck --full --no-progress >/dev/null 2>&1 && echo fsck-ok; g fsck --full --strict --no-progress >/dev/null 2>&1 && echo strict-ok
g submodule --quiet foreach --recursive "git -c safe.directory=* fsck --full --no-progress >/dev/null 2>&1 && echo sub-fsck-ok"
} | python3 -c "import sys; sys.stdout.write(sys.stdin.buffer.read().decode(\"utf-8\", \"backslashreplace\"))"'

n=0
# compare NAME URL "SEED ARGS" "GIT CLONE ARGS" ["GIT COMMAND THEN"]: seeds under umask 027, clones under 022, compares.
compare() {
	local name=$1 url=$2 sargs=$3 gargs=$4 then=${5:-} dir=/home/daytona/c$((n += 1)) rc got want
	(umask 027; byoc byoc-seed repo seed-git "$url" $sargs --dest "$dir" >"$OUTS/$n.out" 2>"$OUTS/$n.err"); rc=$?
	if [ $rc -ne 0 ]; then not_ok "$name: byoc-seed exit $rc"; cat "$OUTS/$n.err"; return; fi
	local refurl=${url/:\/\/$USER_NAME@/:\/\/$USER_NAME:$TOKEN@}
	(umask 022; $GIT clone -q $gargs "$refurl" "$REF/$n") >"$OUTS/$n.git" 2>&1 ||
		{ not_ok "$name: git clone $gargs"; cat "$OUTS/$n.git"; return; }
	[ -z "$then" ] || (umask 022; cd "$REF/$n" && $then) || { not_ok "$name: $then"; return; }
	want=$(cd "$REF/$n" && bash -c "$FINGERPRINT")
	got=$(sbx_exec "cd $dir && $FINGERPRINT")
	if [ "$got" = "$want" ]; then ok "$name: as git clone $gargs leaves it"
	else
		not_ok "$name: as git clone $gargs leaves it"
		diff <(echo "$want") <(echo "$got") | head -40
		cat "$OUTS/$n.err"
	fi
}

compare "default branch" "$HTTP" "" ""
compare "--ref branch" "$HTTP" "--ref dev" "--branch dev"
compare "--ref annotated tag" "$HTTP" "--ref v1" "--branch v1"
compare "--depth 1" "$HTTP" "--depth 1" "--depth 1"
compare "--depth 2 --ref branch" "$HTTP" "--depth 2 --ref dev" "--depth 2 --branch dev"
compare "--depth 1 --ref tag" "$HTTP" "--depth 1 --ref v1" "--depth 1 --branch v1"
compare "--ref lightweight tag" "$HTTP" "--ref light" "--branch light"
compare "--depth at the history's length" "$HTTP" "--depth 5" "--depth 5"
compare "--depth past the history's length" "$HTTP" "--depth 50" "--depth 50"
compare "--submodules (relative, nested, file://)" "$HTTP" "--submodules" "--recurse-submodules"
compare "--depth 1 --submodules" "$HTTP" "--depth 1 --submodules" "--depth 1 --recurse-submodules"
# a commit id: git clone, then git checkout of it
sha=$(git -c safe.directory="*" -C "$R/w" rev-parse main~2)
compare "--ref commit id" "$HTTP" "--ref ${sha:0:10}" "--no-checkout" "git checkout -q ${sha:0:10}"
compare "040000, 100775 and an empty tree" "$HTTP" "--ref odd" "--branch odd"
compare "git daemon: default branch" "git://127.0.0.1:$dport/super.git" "" ""
compare "git daemon: --ref tag --submodules" "git://127.0.0.1:$dport/super.git" "--ref v1" "--branch v1"

# shallow over git://: libgit2 1.8's request, mended on the way (gitclone.c shallow_git_transport)
compare "git daemon: --depth 1" "git://127.0.0.1:$dport/super.git" "--depth 1" "--depth 1"
compare "git daemon: --depth 2 --ref branch" "git://127.0.0.1:$dport/super.git" "--depth 2 --ref dev" "--depth 2 --branch dev"
compare "git daemon: --depth 1 --ref tag" "git://127.0.0.1:$dport/super.git" "--depth 1 --ref v1" "--depth 1 --branch v1"
compare "git daemon: --depth past the history's length" "git://127.0.0.1:$dport/super.git" "--depth 50" "--depth 50"
compare "git daemon: --depth 1 --submodules" "git://127.0.0.1:$dport/super.git" "--depth 1 --submodules" "--depth 1 --recurse-submodules"

stop_git_server
finish
