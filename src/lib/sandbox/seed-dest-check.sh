# Before anything is sent: the temporaries go beside $D and $D is renamed into place there,
# all as the sandbox's user, so $D's parent must be theirs to write (lib/seed.c sets D).
# Prints BYOC-OK, or BYOC-DENIED and the folder.
P=$(dirname -- "${D:?}")
mkdir -p -- "$P" 2>/dev/null
if [ -d "$P" ] && [ -w "$P" ] && [ -x "$P" ]; then echo BYOC-OK; else echo "BYOC-DENIED $P"; fi
