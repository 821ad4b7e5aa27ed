# The sandbox's half of a manifest (lib/manifest.h): prints the canonical manifest of the tree
# at $BYOC_ROOT, one sorted line per entry. With python3 it runs manifest.py (handed over as
# $byoc_manifest_py), which also writes the manifest's sha256 to $BYOC_SUM and applies
# files-mode meta parts ($BYOC_META); without python3, find and sha256sum print the same lines.
# lib/manifest.c sets byoc_manifest_py, BYOC_ROOT and optionally BYOC_SUM, BYOC_META before it.
# The fallback reads NUL-separated names with bash's read -d: the toolbox runs commands in bash.
# shellcheck disable=SC2154,SC3045
if command -v python3 >/dev/null 2>&1; then
  python3 -c "$byoc_manifest_py" "$BYOC_ROOT" "${BYOC_SUM:-}" "${BYOC_META:-}"
elif [ -n "${BYOC_META:-}" ]; then
  echo "files-mode meta parts need python3" >&2; exit 3
else
  cd "$BYOC_ROOT" || exit 3
  find . -mindepth 1 -print0 | while IFS= read -r -d '' p; do
    n=${p#./}
    h=$(printf '%s' "$n" | od -An -v -tx1 | tr -d ' \n')
    if [ -L "$p" ]; then
      l="l $(readlink -n "$p" | wc -c) $(readlink -n "$p" | sha256sum | cut -c1-64)"
    elif [ -d "$p" ]; then l='d 0 -'
    elif [ -f "$p" ]; then l="f $(stat -c %s "$p") $(sha256sum < "$p" | cut -c1-64)"
    else l='o 0 -'; fi
    printf '%s\t%s\n' "$h" "$l"
  done | LC_ALL=C sort | awk -F '\t' 'BEGIN { for (i = 0; i < 256; i++) { x = sprintf("%02x", i); if (i >= 33 && i <= 126 && i != 37) m[x] = sprintf("%c", i); else m[x] = sprintf("%%%02X", i) } } { s = ""; for (i = 1; i < length($1); i += 2) s = s m[substr($1, i, 2)]; print $2 " " s }'
fi
