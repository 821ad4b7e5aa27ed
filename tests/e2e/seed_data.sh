#!/usr/bin/env bash
# byoc-seed data and file against byoc-local: trees with symlinks, empty folders, non-ASCII
# names, empty files, a sparse file over 4 GiB, existing archives, compression, excludes,
# hostile archives refused before anything is sent, all-or-nothing replacement of DIR.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/_seed_lib.sh"

start_local --build-seconds 0 || { not_ok "byoc-local starts"; finish; exit 1; }
make_sandbox seed-data && ok "sandbox started" || { not_ok "sandbox started"; finish; exit 1; }
needs_toolbox

D=$TEST_TMP/ds
mkdir -p "$D/sub/deeper" "$D/empty" "$D/also empty/inner"
printf 'hello\n' >"$D/sub/a.txt"
: >"$D/zero"
: >"$D/sub/deeper/zero too"
ln -s sub/a.txt "$D/link"
ln -s ../sub "$D/empty/up"
ln -s dangling-target "$D/dangling"
printf 'x' >"$D/$(printf 'caf\303\251 \342\230\225 \344\270\255\346\226\207')"
head -c 300000 /dev/urandom >"$D/sub/random.bin"
chmod 0751 "$D/sub"
chmod 0600 "$D/zero"
chmod 0755 "$D/sub/a.txt"
touch -d '2001-02-03 04:05:06 UTC' "$D/sub/a.txt"
touch -h -d '2002-02-03 04:05:06 UTC' "$D/link"

out=$TEST_TMP/out.json
byoc byoc-seed data seed-data "$D/" --dest /home/daytona/ds --json >"$out" 2>"$TEST_TMP/err"
rc=$?
if [ $rc -eq 0 ]; then ok "data seed exits 0"; else not_ok "data seed exits 0 (exit $rc: $(cat "$TEST_TMP/err"))"; fi
check "--json has files, bytes, manifest_sha256, commit, seconds" python3 -c '
import json,sys; d=json.load(open(sys.argv[1]))
assert set(d) == {"files","bytes","manifest_sha256","commit","seconds"}, d
assert d["files"] == 5 and d["bytes"] == 300000 + 6 + 1 and len(d["manifest_sha256"]) == 64 and d["commit"] is None, d' "$out"
tree_listing "$D" >"$TEST_TMP/host.lst"
sbx_tree_listing /home/daytona/ds >"$TEST_TMP/sbx.lst"
if cmp -s "$TEST_TMP/host.lst" "$TEST_TMP/sbx.lst"; then
	ok "sandbox tree equals the host tree (types, modes, sizes, link targets, mtimes, names, content)"
else
	not_ok "sandbox tree equals the host tree"; diff "$TEST_TMP/host.lst" "$TEST_TMP/sbx.lst" | head -20
fi
check "no temporary left beside DIR" test -z "$(sbx_exec 'ls -a /home/daytona | grep byoc-seed')"
# which way it went: tar below BYOC_SEED_FILES_MIN (default 64 MiB), files mode at or above it
want_mode="of tar"; [ "${BYOC_SEED_FILES_MIN:-}" = 0 ] && want_mode="of files"
byoc byoc-seed data seed-data "$D/" --dest /home/daytona/ds-mode --verbose >/dev/null 2>"$TEST_TMP/mode.err"
check "the seed went as one stream $want_mode" grep -q "sending one stream $want_mode" "$TEST_TMP/mode.err"

# What the sandbox's user may not read through (a file of mode 0200, a folder of 0300) still
# verifies and keeps its mode, and a reseed over a tree holding a read-only folder (0555, as a
# Go module cache has) replaces it and leaves nothing behind.
mkdir -p "$TEST_TMP/ro/locked" "$TEST_TMP/ro/ro"
printf 'a\n' >"$TEST_TMP/ro/wo"; chmod 0200 "$TEST_TMP/ro/wo"
printf 'b\n' >"$TEST_TMP/ro/ro/f"; chmod 0555 "$TEST_TMP/ro/ro"
printf 'c\n' >"$TEST_TMP/ro/locked/g"; chmod 0300 "$TEST_TMP/ro/locked"
rc=0
for k in 1 2; do byoc byoc-seed data seed-data "$TEST_TMP/ro/" --dest /home/daytona/ro --quiet >/dev/null 2>"$TEST_TMP/err" || rc=$?; done
got=$(sbx_exec 'stat -c "%a %s %n" /home/daytona/ro/wo /home/daytona/ro/ro /home/daytona/ro/ro/f /home/daytona/ro/locked /home/daytona/ro/locked/g; ls -a /home/daytona | grep -c byoc-seed')
want="200 2 /home/daytona/ro/wo
555 4096 /home/daytona/ro/ro
644 2 /home/daytona/ro/ro/f
300 4096 /home/daytona/ro/locked
644 2 /home/daytona/ro/locked/g
0"
if [ $rc -eq 0 ] && [ "$got" = "$want" ]; then ok "unreadable modes verify and keep their modes; a reseed over a read-only folder leaves nothing behind"
else not_ok "unreadable modes verify and keep their modes; a reseed over a read-only folder leaves nothing behind (exit $rc, '$got') $(cat "$TEST_TMP/err")"; fi

# Names that are not UTF-8 at all travel as raw bytes (pax hdrcharset=BINARY).
mkdir -p "$TEST_TMP/raw"; printf x >"$TEST_TMP/raw/$(printf 'caf\351')"; printf y >"$TEST_TMP/raw/$(printf 'ok\377\376name')"
byoc byoc-seed data seed-data "$TEST_TMP/raw/" --dest /home/daytona/raw --quiet >/dev/null 2>"$TEST_TMP/err"
rc=$?
got=$(sbx_exec 'ls /home/daytona/raw | od -An -c | tr -s " " | tr -d "\n"')
want=$(ls "$TEST_TMP/raw" | od -An -c | tr -s " " | tr -d "\n")
if [ $rc -eq 0 ] && [ "$got" = "$want" ]; then ok "names that are not UTF-8 arrive byte for byte"
else not_ok "names that are not UTF-8 arrive byte for byte (exit $rc, '$got' vs '$want') $(cat "$TEST_TMP/err")"; fi

# Reseeding replaces DIR as a whole (a file only in the old DIR is gone).
sbx_exec 'echo old > /home/daytona/ds/only-old' >/dev/null
byoc byoc-seed data seed-data "$D/" --dest /home/daytona/ds --quiet >/dev/null 2>&1
check "reseed replaces DIR as a whole" test "$(sbx_exec 'test -e /home/daytona/ds/only-old && echo still || echo gone')" = gone

# A big seed goes as two streams unpacked side by side (forced here with a 0-byte threshold).
BYOC_SEED_SPLIT_MIN=0 byoc byoc-seed data seed-data "$D/sub/" --dest /home/daytona/split --verbose >/dev/null 2>"$TEST_TMP/err"
rc=$?
tree_listing "$D/sub" >"$TEST_TMP/sub.lst"
sbx_tree_listing /home/daytona/split >"$TEST_TMP/split.lst"
if [ $rc -eq 0 ] && grep -q "two streams" "$TEST_TMP/err" && cmp -s "$TEST_TMP/sub.lst" "$TEST_TMP/split.lst"; then
	ok "two streams side by side: the same tree"
else not_ok "two streams side by side: the same tree (exit $rc) $(grep -v '^byoc-seed: [<>*]' "$TEST_TMP/err" | tail -3)"; fi

# Several paths, excludes, compression.
mkdir -p "$TEST_TMP/two/logs"
echo keep >"$TEST_TMP/two/keep.txt"; echo drop >"$TEST_TMP/two/logs/x.log"; echo drop >"$TEST_TMP/two/y.log"
for c in gzip zstd none; do
	byoc byoc-seed data seed-data "$D/sub" "$TEST_TMP/two" --dest "/home/daytona/multi-$c" --compress $c \
		--exclude '*.log' --exclude logs --quiet >/dev/null 2>"$TEST_TMP/err"
	rc=$?
	lst=$(sbx_exec "cd /home/daytona/multi-$c && find . | LC_ALL=C sort | tr '\n' ' '")
	if [ $rc -eq 0 ] && [ "$lst" = ". ./sub ./sub/a.txt ./sub/deeper ./sub/deeper/zero too ./sub/random.bin ./two ./two/keep.txt " ]; then
		ok "two paths, --compress $c, --exclude"
	else
		not_ok "two paths, --compress $c, --exclude (exit $rc, got '$lst') $(cat "$TEST_TMP/err")"
	fi
done

# Existing archives are sent as they are and unpacked in the sandbox.
A=$TEST_TMP/arch; mkdir -p "$A"
(cd "$D" && tar cf "$A/t.tar" . && tar czf "$A/t.tar.gz" . && tar czf "$A/t.tgz" . && tar --zstd -cf "$A/t.tar.zst" . && zip -qry "$A/t.zip" sub zero)
for f in t.tar t.tar.gz t.tgz t.tar.zst; do
	byoc byoc-seed data seed-data "$A/$f" --dest "/home/daytona/arch-$f" --quiet >/dev/null 2>"$TEST_TMP/err"
	rc=$?
	sbx_tree_listing "/home/daytona/arch-$f" >"$TEST_TMP/a.lst"
	if [ $rc -eq 0 ] && cmp -s "$TEST_TMP/host.lst" "$TEST_TMP/a.lst"; then ok "archive $f unpacked identically"
	else not_ok "archive $f unpacked identically (exit $rc) $(cat "$TEST_TMP/err")"; fi
done
byoc byoc-seed data seed-data "$A/t.zip" --dest /home/daytona/arch-zip --quiet >/dev/null 2>"$TEST_TMP/err"
rc=$?
z=$(sbx_exec 'cat /home/daytona/arch-zip/sub/a.txt; test -f /home/daytona/arch-zip/zero && echo zero')
if [ $rc -eq 0 ] && [ "$z" = "hello
zero" ]; then ok "zip archive unpacked"; else not_ok "zip archive unpacked (exit $rc, '$z') $(cat "$TEST_TMP/err")"; fi

# Hostile archives: refused before anything is sent. The API URL points to a closed port, so a
# tool that contacted the server would fail with another exit code than 4.
H=$TEST_TMP/hostile; mkdir -p "$H"
python3 - "$H" <<'EOF'
import io, sys, tarfile
d = sys.argv[1]
def mk(name, entries):
    with tarfile.open(f"{d}/{name}", "w") as t:
        for kind, n, arg in entries:
            i = tarfile.TarInfo(n)
            if kind == "f":
                i.size = len(arg); t.addfile(i, io.BytesIO(arg))
            elif kind == "l":
                i.type = tarfile.SYMTYPE; i.linkname = arg; t.addfile(i)
            elif kind == "h":
                i.type = tarfile.LNKTYPE; i.linkname = arg; t.addfile(i)
            elif kind == "d":
                i.type = tarfile.DIRTYPE; t.addfile(i)
mk("dotdot.tar", [("f", "ok", b"x"), ("f", "../escape", b"x")])
mk("abs.tar", [("f", "/tmp/byoc-abs-escape", b"x")])
mk("through.tar", [("l", "l", "/tmp"), ("f", "l/byoc-through", b"x")])
mk("through-inside.tar", [("d", "d", None), ("l", "l", "d"), ("f", "l/x", b"x")])
mk("linkout.tar", [("l", "up", "../../etc")])
mk("hardout.tar", [("h", "h", "../../etc/passwd")])
EOF
for f in dotdot abs through through-inside linkout hardout; do
	DAYTONA_API_URL=http://127.0.0.1:9/api byoc byoc-seed data seed-data "$H/$f.tar" --dest /home/daytona/hostile \
		>"$TEST_TMP/h.out" 2>"$TEST_TMP/h.err"
	rc=$?
	if [ $rc -eq 4 ] && grep -q "archive" "$TEST_TMP/h.err"; then ok "hostile archive $f refused before sending (exit 4)"
	else not_ok "hostile archive $f refused before sending (exit $rc: $(cat "$TEST_TMP/h.err"))"; fi
done
# the same for a host tree holding a symlink that points out
mkdir -p "$TEST_TMP/badtree"; ln -s /etc "$TEST_TMP/badtree/etc"
DAYTONA_API_URL=http://127.0.0.1:9/api expect_exit 4 "host tree with a symlink out refused before sending" \
	byoc byoc-seed data seed-data "$TEST_TMP/badtree" --quiet
check "nothing of the hostile seeds reached the sandbox" \
	test -z "$(sbx_exec 'ls -d /home/daytona/hostile* /tmp/byoc-abs-escape /tmp/byoc-through 2>/dev/null')"

# A sparse file over 4 GiB: the sizes survive, holes are not sent.
if [ -n "${BYOC_WRAP:-}" ]; then skip "sparse 5 GiB file (hashing 5 GiB under valgrind takes too long)"; else
S=$TEST_TMP/sparse; mkdir -p "$S"
truncate -s 5G "$S/huge.img"; printf 'end' | dd of="$S/huge.img" bs=1 seek=$((5 * 1024 * 1024 * 1024 - 3)) conv=notrunc status=none
# The bound is the tool's own memory: under ASan its shadow and quarantine come on top, so the
# sanitized run checks the seed but not the bound (make check measures it unsanitized).
if [ -z "${BYOC_WRAP:-}" ] && [ -z "${BYOC_SANITIZED:-}" ] && [ -x /usr/bin/time ]; then
	/usr/bin/time -v -o "$TEST_TMP/time" "$BINDIR/byoc-seed" data seed-data "$S/" --dest /home/daytona/sparse --json >"$out" 2>"$TEST_TMP/err"
	rc=$?
	kb=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+).*/\1/p' "$TEST_TMP/time")
	if [ -n "$kb" ] && [ "$kb" -lt 32768 ]; then ok "peak RSS seeding 5 GiB: ${kb} KiB (< 32 MiB)"
	else not_ok "peak RSS seeding 5 GiB: '${kb}' KiB (< 32 MiB)"; fi
else
	[ -n "${BYOC_SANITIZED:-}" ] && skip "peak RSS seeding 5 GiB (measured by the unsanitized run)"
	byoc byoc-seed data seed-data "$S/" --dest /home/daytona/sparse --json >"$out" 2>"$TEST_TMP/err"
	rc=$?
fi
got=$(sbx_exec 'stat -c %s /home/daytona/sparse/huge.img; tail -c 3 /home/daytona/sparse/huge.img; echo; du -k /home/daytona/sparse/huge.img | cut -f1')
size=$(sed -n 1p <<<"$got"); tailb=$(sed -n 2p <<<"$got"); kb=$(sed -n 3p <<<"$got")
if [ $rc -eq 0 ] && [ "$size" = 5368709120 ] && [ "$tailb" = end ]; then ok "sparse 5 GiB file seeded (size and content verified)"
else not_ok "sparse 5 GiB file seeded (exit $rc, '$got') $(cat "$TEST_TMP/err")"; fi
if [ -n "$kb" ] && [ "$kb" -lt 1048576 ]; then ok "sparse file stays sparse in the sandbox (${kb} KiB on disk)"
else not_ok "sparse file stays sparse in the sandbox ('$kb' KiB)"; fi
fi

# file: content never in argv or a log; mode applied; DEST replaced only when verified.
SECRET="sk-seed-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s' "$SECRET" >"$TEST_TMP/cred"
byoc byoc-seed file seed-data "$TEST_TMP/cred" /home/daytona/.config/cred --mode 0600 >"$TEST_TMP/f.out" 2>"$TEST_TMP/f.err"
rc=$?
got=$(sbx_exec 'stat -c %a /home/daytona/.config/cred; sha256sum < /home/daytona/.config/cred | cut -c1-64')
want="600
$(sha256sum <"$TEST_TMP/cred" | cut -c1-64)"
if [ $rc -eq 0 ] && [ "$got" = "$want" ]; then ok "file seeded with mode 0600 and equal sha256"; else not_ok "file seeded ($rc, '$got')"; fi
check "file prints its sha256" grep -q "$(sha256sum <"$TEST_TMP/cred" | cut -c1-64)" "$TEST_TMP/f.out"
if grep -rqa "$SECRET" "$TEST_TMP/f.out" "$TEST_TMP/f.err" "$TEST_TMP/local.log"; then
	not_ok "the file's content is in no output or log"
else
	ok "the file's content is in no output or log"
fi

finish
