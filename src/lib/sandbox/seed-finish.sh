# The end of a seed of a tree, in the sandbox (lib/seed.c): unpack the uploads into $T, print
# the manifest of $T into $M, and only when its sha256 is $WANT rename $T to $D (the old $D
# removed). Prints BYOC-OK; BYOC-MISMATCH and the sandbox's sha256 (with $M left for the host
# to name the first difference); or a last line saying what failed (exit 1, temporaries gone).
# Set before this text: D, T, M, WANT; NPAR (the first NPAR uploads hold disjoint top-level
# entries and are unpacked side by side when NPAR > 1); FILES=1 when the upload wrote the
# files into $T itself (files mode: manifest.sh applies the meta parts in BYOC_META);
# GITCHECK=1 for a repository (the proof covers .git: every object the seeded refs reach is
# there, as git in the sandbox reads it, submodules too; each object's bytes were checked on
# the host when the pack was indexed, and every file of .git arrived byte-exact: a sandbox
# without git is left to those two);
# BYOC_T=1 for timing lines; the functions rmtree (seed-rmtree.sh) and byoc_manifest
# (manifest.sh). The positional parameters are the uploads, in order (*.zip: a zip archive).
# Run again after an attempt was killed midway (byoc-local restarted the sandbox, the step's
# taker died without a status: lib/sandbox/step.sh takes it again), it must end as the first
# would have: the uploads are removed only at the very end, and when they are gone (that
# attempt got that far) a $D whose manifest is $WANT is the result. A seed of $D that was
# killed (byoc-seed or its byoc-prepare, SIGKILLed) left its temporaries beside $D under other
# names: a verified $D in place, they are removed (a seed of $D still running would be
# replaced by this one's rename anyway).
set -u
: "${D:?}" "${T:?}" "${M:?}" "${WANT:?}" "${NPAR:=0}" "${FILES:=0}" "${GITCHECK:=0}" "${BYOC_T:=}"
[ -n "$BYOC_T" ] && echo "BYOC-T start $(date +%s.%N)"
up_q=''
for A; do up_q="$up_q '$(printf %s "$A" | sed "s/'/'\\\\''/g")'"; done
drop_uploads() { eval "rm -f -- $up_q"; }
fsck_pid=''
fail() {
	[ -z "$fsck_pid" ] || wait "$fsck_pid"
	echo "byoc-seed: $*"; rmtree "$T" "$M" "$M.err" "$M.sum" "$M.fsck"; drop_uploads; exit 1
}
if [ "$FILES" != 1 ] && [ -d "$D" ]; then
	gone=0
	for A; do [ -e "$A" ] || gone=1; done
	# shellcheck disable=SC2034 # read by byoc_manifest
	if [ "$gone" = 1 ] && BYOC_ROOT=$D BYOC_SUM=$M.sum byoc_manifest > "$M" 2>/dev/null; then
		if [ -s "$M.sum" ]; then got=$(cat "$M.sum"); else got=$(sha256sum < "$M" | cut -c1-64); fi
		rm -f -- "$M" "$M.sum"
		[ "$got" = "$WANT" ] && { rmtree "$T" "$T.old"; echo BYOC-OK; exit 0; }
	fi
	rm -f -- "$M" "$M.sum"
fi
mkdir -p -- "$(dirname -- "$D")" || fail "cannot create the parent of $D"
if [ "$FILES" = 1 ]; then
	mkdir -p -- "$T" || fail "cannot create $T"
else
	{ rmtree "$T" && mkdir -- "$T"; } || fail "cannot create $T"
fi
if [ "$NPAR" -gt 1 ]; then
	pids='' i=0
	for A; do
		[ "$i" -lt "$NPAR" ] || break
		tar --warning=no-unknown-keyword --no-same-owner -xpf "$A" -C "$T" 2>&1 &
		pids="$pids $!" i=$((i + 1))
	done
	ok=1
	for P in $pids; do wait "$P" || ok=0; done
	[ "$ok" = 1 ] || fail "unpacking with tar failed"
fi
i=0
for A; do
	i=$((i + 1))
	[ "$NPAR" -gt 1 ] && [ "$i" -le "$NPAR" ] && continue
	case $A in
	*.zip)
		if command -v unzip >/dev/null 2>&1; then unzip -q -o "$A" -d "$T" 2>&1
		elif command -v python3 >/dev/null 2>&1; then python3 -m zipfile -e "$A" "$T"
		else false; fi || fail "cannot unpack the zip archive: install unzip or python3 in the sandbox"
		;;
	*)
		tar --warning=no-unknown-keyword --no-same-owner -xpf "$A" -C "$T" 2>&1 || fail "unpacking with tar failed"
		;;
	esac
	[ -n "$BYOC_T" ] && echo "BYOC-T unpacked $(date +%s.%N)"
done
# git's check of .git reads beside the manifest (both only read the tree)
if [ "$GITCHECK" = 1 ] && command -v git >/dev/null 2>&1; then
	# shellcheck disable=SC2016 # expanded by the inner sh
	(cd "$T" && find . -name .git -exec sh -c 'for g; do d=${g%/.git}
		GIT_CONFIG_NOSYSTEM=1 git -C "$d" -c safe.directory="*" fsck --connectivity-only --no-dangling --no-progress 2>&1 ||
		{ echo "(in $d)"; exit 1; }; done' sh {} +) > "$M.fsck" 2>&1 &
	fsck_pid=$!
fi
# shellcheck disable=SC2034 # read by byoc_manifest
BYOC_ROOT=$T BYOC_SUM=$M.sum
byoc_manifest > "$M" 2> "$M.err" || { cat "$M.err"; fail "computing the manifest failed"; }
rm -f -- "$M.err"
if [ "$FILES" = 1 ]; then
	printf '%s\n' "${BYOC_META:-}" | while IFS= read -r m; do [ -z "$m" ] || rm -f -- "$m"; done
fi
[ -n "$BYOC_T" ] && echo "BYOC-T manifest $(date +%s.%N)"
if [ -s "$M.sum" ]; then got=$(cat "$M.sum"); rm -f -- "$M.sum"
else got=$(sha256sum < "$M" | cut -c1-64); fi
if [ "$got" != "$WANT" ]; then
	[ -z "$fsck_pid" ] || wait "$fsck_pid"
	rm -f -- "$M.fsck"; echo "BYOC-MISMATCH $got"; exit 0
fi
if [ -n "$fsck_pid" ]; then
	p=$fsck_pid; fsck_pid=''
	wait "$p" || fail "the seeded repository is incomplete or corrupt (git fsck in the sandbox): $(head -c 600 "$M.fsck")"
fi
rm -f -- "$M.fsck"
if [ -e "$D" ] || [ -L "$D" ]; then
	mv -- "$D" "$T.old" || fail "cannot move the old $D aside"
	mv -- "$T" "$D" || { mv -- "$T.old" "$D"; fail "cannot rename into $D"; }
	rmtree "$T.old"
else mv -- "$T" "$D" || fail "cannot rename into $D"; fi
rm -f -- "$M"
drop_uploads
for A in "$D".byoc-seed-*; do
	case $A in "$T" | "$T".*) continue ;; esac
	if [ -e "$A" ] || [ -L "$A" ]; then rmtree "$A"; fi
done
echo BYOC-OK
