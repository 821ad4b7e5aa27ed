#!/usr/bin/env bash
# Every tool has --help (exit 0, on stdout) and a man page in docs/, and the two name the same
# long options: an option added to one and not the other fails here.
source "$(dirname "$0")/lib.sh"
opts() { grep -oE -- '--[a-z][a-z0-9-]+' | sort -u; }
for t in "$BINDIR"/byoc-*; do
	name=$(basename "$t")
	help=$("$t" --help 2>/dev/null); rc=$?
	check "$name --help exits 0 and prints usage on stdout" [ $rc -eq 0 -a -n "$help" ]
	man=$BYOC_ROOT/docs/$name.1
	if [ ! -f "$man" ]; then not_ok "$name has a man page docs/$name.1"; continue; fi
	ok "$name has a man page"
	man_opts=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$man" | opts)
	help_opts=$(opts <<<"$help")
	missing=$(comm -23 <(echo "$help_opts") <(echo "$man_opts") | tr '\n' ' ')
	extra=$(comm -13 <(echo "$help_opts") <(echo "$man_opts") | tr '\n' ' ')
	check "$name: every --option of --help is in the man page${missing:+ (missing: $missing)}" [ -z "$missing" ]
	check "$name: every --option of the man page is in --help${extra:+ (only in the man page: $extra)}" [ -z "$extra" ]
	if command -v man >/dev/null 2>&1; then
		check "$name.1 renders without warnings" [ -z "$(MANWIDTH=80 man --warnings -l "$man" 2>&1 >/dev/null)" ]
	fi
done
finish
