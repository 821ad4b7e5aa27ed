#!/usr/bin/env bash
# byoc's context hashes against the official SDK's own functions (Image.fromDockerfile +
# ObjectStorage.computeHashForPathMd5 from @daytonaio/sdk 0.218.0, run by node) over
# several fixture trees and COPY forms: every context the SDK uploads must appear in
# `byoc-snapshot contexts --json` with the same archivePath and hash (issue 3.2).
source "$(dirname "$0")/_setup.sh"
F=$TEST_TMP/fx

mk() { mkdir -p "$(dirname "$1")"; printf '%b' "$2" >"$1"; }
fixture() {
	rm -rf "$F"; mkdir -p "$F"
	# the contract's tree, plus names that sort differently bytewise and by locale
	mk "$F/src/B/k" 'x'; mk "$F/src/a.txt" 'abc'; ln -s a.txt "$F/src/link"
	mk "$F/src/sub/_q" 'y'; mkdir -p "$F/src/sub/empty2"; mk "$F/src/z.txt" 'hello\n'
	mk "$F/src/Zeta/é.txt" 'accent'; mk "$F/src/zeta/ü/deep/f" 'deep'; mk "$F/src/-dash" 'd'
	mk "$F/src/.hidden/h" 'h'; mkdir -p "$F/src/only-link"; ln -s ../a.txt "$F/src/only-link/l"
	mk "$F/app1.py" 'print(1)\n'; mk "$F/z dir/with space.txt" 'sp'
	head -c 3000000 /dev/urandom >"$F/src/big.bin"
	mkdir -p "$F/emptydir"
	# Node rounds a stat's time to the millisecond before node-tar floors it to the second:
	# one file in the last half millisecond of a second, one just before it
	touch -d @1795342959.9997 "$F/z dir/with space.txt"; touch -d @1795342959.9994 "$F/app1.py"
	mk "$F/lib/one.txt" '1'; mk "$F/lib/two.txt" '2'; mk "$F/lib/x.md" 'md'
}

compare() { # NAME DOCKERFILE-TEXT [DOCKERFILE]
	local name=$1 sdk ours df=${3:-$F/Dockerfile}
	[ -n "$2" ] && printf '%b' "$2" >"$df"
	sdk=$(NODE_NO_WARNINGS=1 node "$COMPAT_DIR/ctxhash.mjs" "$df" 2>"$TEST_TMP/sdk.err") ||
		{ not_ok "$name: the SDK ran ($(tail -n 3 "$TEST_TMP/sdk.err"))"; return; }
	ours=$(byoc byoc-snapshot contexts -f "$df" --json 2>"$TEST_TMP/byoc.err") ||
		{ not_ok "$name: byoc ran ($(cat "$TEST_TMP/byoc.err"))"; return; }
	if python3 - "$sdk" "$ours" <<'PY'
import json, sys
sdk = json.loads(sys.argv[1])["contexts"]
ours = {c["archivePath"]: c["hash"] for c in json.loads(sys.argv[2])["contexts"]}
if not sdk:
    print("# the SDK uploads nothing here", file=sys.stderr); sys.exit(1)
bad = [(c["archivePath"], c["hash"], ours.get(c["archivePath"])) for c in sdk if ours.get(c["archivePath"]) != c["hash"]]
for b in bad:
    print("# archivePath %r: sdk %s, byoc %s" % b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
	then ok "$name: same archivePaths and hashes as the SDK ($(python3 -c 'import json,sys; print(len(json.loads(sys.argv[1])["contexts"]))' "$sdk") contexts)"
	else not_ok "$name"; fi
}

fixture
compare "COPY of a folder (contract tree, symlinks, empty dirs, non-ASCII, 3 MB file)" 'FROM x\nCOPY src /app\n'
compare "COPY . (the whole folder)" 'FROM x\nCOPY . /app\n'
compare "COPY ./ with a trailing slash" 'FROM x\nCOPY ./ /app\n'
compare "COPY ./src/sub/ (trailing slash kept in archivePath)" 'FROM x\nCOPY ./src/sub/ /y\n'
compare "COPY of a single file" 'FROM x\nCOPY app1.py /app/\n'
compare "COPY of an empty folder" 'FROM x\nCOPY emptydir /e\n'
compare "JSON form with a space in a name" 'FROM x\nCOPY ["z dir/with space.txt", "src/a.txt", "/x/"]\n'
compare "JSON-form glob (the SDK expands files only)" 'FROM x\nCOPY ["lib/*.txt", "/x/"]\n'
compare "flags with =, continuation, comment inside, lower-case keyword" \
	'FROM x\ncopy --chown=1000:1000 --chmod=755 \\\n# a comment\n  src/B \\\n  app1.py /x/\n'
compare "several instructions, the same source twice" 'FROM x AS a\nCOPY src /a\nFROM y\nCOPY src /b\nCOPY app1.py /c\nCOPY --from=a /a /d\n'
# The tar itself: for each context the SDK uploads, byoc's tar (`contexts --tar`) holds the
# same entries as the SDK's uploadAsTar (names, types, modes, sizes, link targets, mtimes
# of files, owners, bytes); the only difference allowed is order.
tar_compare() { # NAME DOCKERFILE-TEXT
	local name=$1 sdk ap src rc=0
	printf '%b' "$2" >"$F/Dockerfile"
	sdk=$(NODE_NO_WARNINGS=1 node "$COMPAT_DIR/ctxhash.mjs" "$F/Dockerfile" 2>/dev/null) || { not_ok "$name: SDK"; return; }
	while IFS='|' read -r ap src; do
		NODE_NO_WARNINGS=1 node "$COMPAT_DIR/sdktar.mjs" "$src" "$ap" >"$TEST_TMP/sdk.tar" 2>/dev/null || rc=1
		byoc byoc-snapshot contexts -f "$F/Dockerfile" --tar "${ap:-.}" >"$TEST_TMP/byoc.tar" 2>/dev/null || rc=1
		python3 - "$TEST_TMP/sdk.tar" "$TEST_TMP/byoc.tar" <<'PY' || rc=1
import hashlib, sys, tarfile
def entries(p):
    out = {}
    with tarfile.open(p) as t:
        for m in t.getmembers():
            data = hashlib.sha256(t.extractfile(m).read()).hexdigest() if m.isfile() else None
            out[m.name.rstrip("/") or "."] = (m.type, oct(m.mode), m.size, m.linkname, m.uid, m.gid,
                                               m.uname, m.gname, int(m.mtime) if m.isfile() else 0, data)
    return out
a, b = entries(sys.argv[1]), entries(sys.argv[2])
bad = sorted(set(a) ^ set(b)) + sorted(k for k in set(a) & set(b) if a[k] != b[k])
for k in bad[:10]:
    print("# %s: sdk %s, byoc %s" % (k, a.get(k), b.get(k)), file=sys.stderr)
sys.exit(1 if bad or not a else 0)
PY
	done < <(python3 -c 'import json,sys; [print(c["archivePath"]+"|"+c["sourcePath"]) for c in json.loads(sys.argv[1])["contexts"]]' "$sdk")
	if [ $rc -eq 0 ]; then ok "$name: the same tar entries as the SDK's uploadAsTar"; else not_ok "$name: tar differs from the SDK's"; fi
}
fixture
tar_compare "tar of a folder (symlinks, empty dirs, non-ASCII, a 0755 file)" 'FROM x\nCOPY src /app\n'
chmod 755 "$F/app1.py"
tar_compare "tar of the whole folder (COPY .)" 'FROM x\nCOPY . /app\n'
tar_compare "tar of a file and of a folder with a trailing slash" 'FROM x\nCOPY app1.py ./src/sub/ /x/\n'

# the shipped examples (no file there is excluded by their .dockerignore)
for ex in python-ml node; do
	cp -r "$BYOC_ROOT/dockerfiles/$ex" "$TEST_TMP/ex-$ex"
	compare "the shipped dockerfiles/$ex example" "" "$TEST_TMP/ex-$ex/Dockerfile"
done
finish
