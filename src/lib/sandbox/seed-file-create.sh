# The first step of a seed of one file (lib/seed.c sets T and MODE): an empty file at $T with
# its final mode, so the content never sits readable by others. Prints BYOC-OK.
set -u
umask 077
mkdir -p -- "$(dirname -- "${T:?}")" && rm -rf -- "$T" && : > "$T" && chmod "${MODE:?}" "$T" && echo BYOC-OK
