#!/usr/bin/env bash
# make install lays out tools, man pages and completions under DESTDIR/PREFIX; the completion
# offers each tool's subcommands and the options its --help names.
source "$(dirname "$0")/lib.sh"
dest=$TEST_TMP/dest
make -s -C "$BYOC_ROOT" install DESTDIR="$dest" PREFIX=/opt/byoc BINDIR="$BINDIR" BUILD="${BUILD:-build}" >/dev/null 2>&1
for t in "$BINDIR"/byoc-*; do
	n=$(basename "$t")
	check "install: bin/$n" [ -x "$dest/opt/byoc/bin/$n" ]
	check "install: man1/$n.1" [ -f "$dest/opt/byoc/share/man/man1/$n.1" ]
	check "install: completion for $n" [ -f "$dest/opt/byoc/share/bash-completion/completions/$n" ]
done
complete_words() { # TOOL WORDS... -> COMPREPLY, one per line
	PATH="$dest/opt/byoc/bin:$PATH" bash -c '
		source "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
		_byoc; printf "%s\n" "${COMPREPLY[@]}"' _ "$dest/opt/byoc/share/bash-completion/completions/byoc-seed" "$@"
}
check "byoc-snapshot pu<TAB> offers publish" [ "$(complete_words byoc-snapshot pu)" = publish ]
check "byoc-sandbox <TAB> offers reap and verify" grep -qx reap <(complete_words byoc-sandbox '')
check "byoc-seed data ID --ex<TAB> offers --exclude" grep -qx -- --exclude <(complete_words byoc-seed data ID --ex)
check "byoc-handoff --format <TAB> offers json and env" [ "$(complete_words byoc-handoff --format '' | tr '\n' ' ')" = "json env " ]
make -s -C "$BYOC_ROOT" uninstall DESTDIR="$dest" PREFIX=/opt/byoc BINDIR="$BINDIR" >/dev/null 2>&1
check "make uninstall removes them" [ -z "$(find "$dest" -type f)" ]
finish
