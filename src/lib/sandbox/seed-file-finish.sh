# The last step of a seed of one file (lib/seed.c sets T, D, MODE, WANT): when the sha256 of
# $T is $WANT, $T gets MODE and is renamed to $D (BYOC-OK); otherwise $T is removed and
# BYOC-MISMATCH printed.
set -u
: "${T:?}" "${D:?}" "${MODE:?}" "${WANT:?}"
if command -v python3 >/dev/null 2>&1; then
	got=$(python3 -c 'import hashlib,sys; h=hashlib.sha256(); f=open(sys.argv[1],"rb")
for b in iter(lambda: f.read(1048576), b""): h.update(b)
print(h.hexdigest())' "$T")
else got=$(sha256sum < "$T" | cut -c1-64); fi
if [ "$got" != "$WANT" ]; then rm -f -- "$T"; echo BYOC-MISMATCH; exit 0; fi
chmod "$MODE" "$T" && mv -f -- "$T" "$D" && echo BYOC-OK
