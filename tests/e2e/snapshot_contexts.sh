#!/usr/bin/env bash
# byoc-snapshot contexts: COPY/ADD forms, globs, .dockerignore, errors naming the line,
# the size limit refused before anything is sent (no server is even configured).
source "$(dirname "$0")/lib.sh"
P=$TEST_TMP/proj
mkdir -p "$P/src/sub" "$P/data" "$P/lib" "$P/node_modules/x"
printf 'abc' >"$P/src/a.txt"; printf 'bb' >"$P/src/sub/b.txt"; printf 'z' >"$P/src/junk.pyc"
printf 'print(1)\n' >"$P/app1.py"; printf 'x' >"$P/lib/l.so"; printf 'y' >"$P/node_modules/x/i.js"
head -c 3000 /dev/zero >"$P/data/big.bin"; printf 'k' >"$P/data/keep.csv"
printf 'numpy\n' >"$P/req.txt"
printf '%s\n' '# comment' '**/*.pyc' 'node_modules' 'data' '!data/keep.csv' >"$P/.dockerignore"
printf '%s\n' \
	'# syntax=docker/dockerfile:1' \
	'FROM python:3.12-slim AS base' \
	'COPY --chown=1000:1000 --chmod 755 src /app/src' \
	'COPY ["app1.py", "/app/"]' \
	'copy ./lib/ \' \
	'    /lib/' \
	'ADD https://example.com/x.tgz req.txt /opt/' \
	'COPY --from=base /etc/passwd /x' \
	'COPY <<EOF /etc/motd' \
	'hello' \
	'EOF' \
	'COPY l* /globbed/' \
	'COPY data /data' >"$P/Dockerfile"
unset DAYTONA_API_URL DAYTONA_API_KEY
out=$(byoc byoc-snapshot contexts -f "$P/Dockerfile" --json)
check "contexts --json succeeds without any server" test -n "$out"
py() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); $1" "$out"; }
check "archivePaths as the SDK names them, one per source" \
	test "$(py 'print(",".join(c["archivePath"] for c in d["contexts"]))')" = "src,app1.py,lib/,req.txt,lib,data"
check "flags with = and space, JSON form, continuation keep their lines" \
	test "$(py 'print([c["line"] for c in d["contexts"]][:3])')" = "[3, 4, 5]"
check ".dockerignore: *.pyc left out of src (2 files, 5 bytes)" \
	test "$(py 'c=d["contexts"][0]; print(c["files"], c["bytes"])')" = "2 5"
check ".dockerignore: the ! exception keeps data/keep.csv only" \
	test "$(py 'c=d["contexts"][5]; print(c["files"], c["bytes"])')" = "1 1"
check "a glob matches a folder (lib) as Docker does, ignored node_modules not" \
	test "$(py 'print(sum(1 for c in d["contexts"] if c["source"]=="l*"))')" = "1"
check "URL, --from stage and heredoc are not context" \
	test "$(py 'print(len(d["contexts"]))')" = "6"
check "every context has an md5 hash" test "$(py 'print(all(len(c["hash"])==32 for c in d["contexts"]))')" = "True"
check "human output lists each context" test "$(byoc byoc-snapshot contexts -f "$P/Dockerfile" | wc -l)" -eq 6

printf 'FROM x\nRUN true\nCOPY missing.txt /x\n' >"$P/Dockerfile.missing"
err=$(byoc byoc-snapshot contexts -f "$P/Dockerfile.missing" 2>&1); rc=$?
check "missing source: exit 3" test $rc -eq 3
check "missing source: the error names the line and the source" grep -q "line 3.*missing.txt" <<<"$err"
printf 'FROM x\nCOPY ../outside /x\n' >"$P/Dockerfile.escape"
err=$(byoc byoc-snapshot contexts -f "$P/Dockerfile.escape" 2>&1); rc=$?
check "escaping source: exit 4 naming line 2" bash -c '[ $0 -eq 4 ] && grep -q "line 2" <<<"$1"' $rc "$err"
printf 'FROM x\nCOPY node_modules /x\n' >"$P/Dockerfile.ignored"
err=$(byoc byoc-snapshot contexts -f "$P/Dockerfile.ignored" 2>&1); rc=$?
check "a source .dockerignore excludes is an error naming the line" \
	bash -c '[ $0 -eq 3 ] && grep -q "line 2.*dockerignore" <<<"$1"' $rc "$err"

printf 'FROM x\nCOPY . /app\n' >"$P/Dockerfile.all"
rm "$P/.dockerignore"
err=$(byoc byoc-snapshot contexts -f "$P/Dockerfile.all" --max-context-bytes 2K 2>&1); rc=$?
check "over --max-context-bytes: exit 4" test $rc -eq 4
check "over the limit: the largest entries are listed" grep -q "data/big.bin (2.9 KiB)" <<<"$err"
check "under the limit passes" byoc byoc-snapshot contexts -f "$P/Dockerfile.all" --max-context-bytes 1M -q
# publish refuses before sending anything: the API URL points at a closed port
err=$(DAYTONA_API_KEY=k DAYTONA_API_URL=http://127.0.0.1:9/api byoc byoc-snapshot publish \
	-f "$P/Dockerfile.all" --max-context-bytes 2K --hash-contexts 2>&1); rc=$?
check "publish refuses an oversized context before any request" \
	bash -c '[ $0 -eq 4 ] && grep -q "largest" <<<"$1" && ! grep -qi "connect" <<<"$1"' $rc "$err"
expect_exit 2 "bad --max-context-bytes is a usage error" \
	byoc byoc-snapshot contexts -f "$P/Dockerfile" --max-context-bytes 12X
finish
